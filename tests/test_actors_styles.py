"""Religious and court styles before a name (fresh44): the style is no word of the name,
the office after it is the role, and a later mention by the style alone is the person."""

from __future__ import annotations

from brief.segment import split_sentences
from tests.extract_helpers import people_roles as people_of
from tests.extract_helpers import speakers


def test_a_possessive_style_is_no_word_of_the_name_and_the_office_after_it_is_the_role() -> None:
    people = people_of(
        "His Eminence Metropolitan Ignatius Haddad, who chaired the synod, said 11 bishops"
        " had chosen him.",
        "The dispute follows the death in March of His Beatitude Patriarch Elias III, who led"
        " the church for 28 years.",
        "His secretary said the patriarch had left a sealed letter.",
    )
    assert people["Ignatius Haddad"] == "Metropolitan"
    assert people["Elias III"] == "Patriarch"


def test_a_form_of_address_opens_no_name() -> None:
    people = people_of(
        "Mufti Zia-ul-Haq Naqshbandi, a member of the council, urged both sides to wait.",
        "Bhai Gurpreet Singh, the gurdwara's granthi, said the kitchen is no restaurant.",
        "Bhai Gurpreet said the langar will be served as usual.",
        "The cleric, Hojatoleslam Sayyed Mahdi al-Musawi, had said so in the sermon.",
    )
    assert {"Zia-ul-Haq Naqshbandi", "Gurpreet Singh", "Mahdi al-Musawi"} == set(people)
    assert people["Mahdi al-Musawi"] == "cleric"


def test_a_quoted_nickname_after_a_short_given_name_keeps_the_name_whole() -> None:
    text = (
        'Rev. Msgr. Jose Ma. "Pepito" Dimaculangan, rector of the basilica, told senators'
        " the parish had asked for 300 police."
    )
    assert len(split_sentences(text)) == 1
    assert "Jose Ma. Dimaculangan" in people_of(text)


def test_a_name_before_a_built_places_noun_names_the_place() -> None:
    people = people_of(
        "Tom Heuer said he had no objection.",
        "The congregation meets at the former Zion Lutheran building on Ridgeway Avenue.",
    )
    assert set(people) == {"Tom Heuer"}


def test_a_place_noun_before_a_title_is_its_jurisdiction() -> None:
    people = people_of("Assistant County Attorney Rachel Fong said the county was reviewing it.")
    assert people["Rachel Fong"] == "Assistant County Attorney"


def test_a_style_picks_one_of_two_namesakes() -> None:
    said = speakers(
        "Justice Shahid Mehmood Qureshi said the trial court should conclude the case.",
        "The complainant, Maulana Abdul Rauf Qureshi, announced a protest for Friday.",
        "Maulana Qureshi, who is not related to the judge, told this scribe that the clerics"
        " would protest.",
        "“The court has given its opinion. The street will give its opinion,” the cleric said.",
    )
    assert (
        "The court has given its opinion. The street will give its opinion",
        "Abdul Rauf Qureshi",
    ) in said


def test_a_style_with_a_word_of_respect_is_the_one_styled_so() -> None:
    said = speakers(
        "Mufti Zia-ul-Haq Naqshbandi, a member of the council, urged both sides to wait.",
        "He said the council had long made that recommendation.",
        "“Whoever misuses this law insults the Prophet twice,” Mufti sahib said.",
    )
    assert ("Whoever misuses this law insults the Prophet twice", "Zia-ul-Haq Naqshbandi") in said


def test_the_prelate_is_nobody_when_two_prelates_were_named() -> None:
    """ "The archbishop himself" is the one just spoken of, but a cardinal was named too:
    either may be "the prelate"."""
    said = speakers(
        "Cardinal Ignatius Haddad said he had been elected.",
        "Archbishop Severius Gemayel said the vote was void.",
        "The archbishop himself was more measured.",
        "“I do not want a second patriarch,” the prelate said.",
    )
    assert ("I do not want a second patriarch", None) in said
