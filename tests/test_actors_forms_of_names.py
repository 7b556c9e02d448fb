"""How naming systems and news English write a name around it: forms of address before
and after a name, a chief's title before his stool name, a firm named like a person, a
former post beside the current one, a body's initials that spell a pronoun."""

from __future__ import annotations

from brief.extract.actors import find_actors
from tests.extract_helpers import people_roles as people
from tests.extract_helpers import sentences


def test_a_form_of_address_after_a_surname_is_no_name_of_its_own() -> None:
    found = people(
        "Ayşe Yılmaz, a labour lawyer from Izmir, was appointed mediator.",
        '"They told me the wage is negotiable," Yılmaz Hanım told reporters.',
    )
    assert found == {"Ayşe Yılmaz": "labour lawyer from Izmir"}


def test_georgian_forms_of_address_open_no_name() -> None:
    found = people(
        "Tamar Kapanadze is spokeswoman for the minister, Levan Kapanadze.",
        "Batono Levan asked me to tell you he would rather see engineers.",
    )
    assert "Batono Levan" not in found and "Levan Kapanadze" in found


def test_a_chiefs_title_before_his_stool_name_is_no_word_of_it() -> None:
    found = people("The chief of the area, Nana Kwaku Ababio III, could not be reached.")
    assert found == {"Kwaku Ababio III": "chief of the area"}
    assert "Nana Gelashvili" in people("Nana Gelashvili, an opposition MP, said it was late.")


def test_a_compound_modifier_before_government_is_no_one() -> None:
    assert people("Ten-year government bond yields fell 40 basis points.") == {}


def test_a_firm_another_persons_title_names_as_employer_is_no_person() -> None:
    actors = find_actors(
        sentences(
            "Three miners were killed on Tuesday, owner Mineras Alto said.",
            "Rafael Ibarra, Mineras Alto chief executive, said rescue work continued.",
        )
    )
    kinds = {a.name: a.kind for a in actors}
    assert kinds.get("Mineras Alto") == "organisation"
    assert kinds.get("Rafael Ibarra") == "person"


def test_the_post_held_now_before_the_name_outranks_a_former_one_after_it() -> None:
    found = people(
        "The talks will be mediated by the African Union's special envoy for Kessara, "
        "Joseph Okello, a former Ugandan foreign minister."
    )
    assert found == {"Joseph Okello": "African Union's special envoy for Kessara"}


def test_who_in_capitals_is_the_bodys_initials() -> None:
    found = people('"It is worrying," said Dr Amina Ruto, WHO\'s health coordinator in Kessara.')
    assert found == {"Amina Ruto": "WHO's health coordinator in Kessara"}


def test_the_title_stands_without_a_possessive_pointing_back_to_a_body() -> None:
    found = people('"It will cost lives," said Tomas Ferreira, the group\'s country director.')
    assert found == {"Tomas Ferreira": "country director"}


def test_a_home_town_inside_the_aside_keeps_the_title_before_it() -> None:
    found = people("The MP, Mizanur Rahman of Gazipur, told the House he had the letter.")
    assert found == {"Mizanur Rahman": "MP"}


def test_a_chief_named_again_by_title_and_stool_name_is_the_same_chief() -> None:
    found = people(
        "The chief of Apapam, Nana Kofi Asamoah III, called a meeting.",
        '"Give the young men a window," Nana Asamoah said.',
    )
    assert found == {"Kofi Asamoah III": "chief of Apapam"}


def test_a_name_apposed_to_whose_title_is_a_persons_with_the_title_alone() -> None:
    found = people(
        "The contract went to CV Karya Lestari, whose director, Rangga Pratama, is the "
        "regent's son."
    )
    assert found == {"Rangga Pratama": "director"}  # not "CV Karya Lestari, whose director"


def test_a_name_apposed_to_a_who_clause_of_a_persons_noun_is_a_persons() -> None:
    found = people(
        "The surveyor who measured the dam, Pathirage Wanniarachchi, died in 2011.",
        "The engineer who signed the plans, T. Kulasekaram, now 79, lives in Jaffna.",
    )
    assert set(found) == {"Pathirage Wanniarachchi", "T. Kulasekaram"}


def test_an_initial_and_a_surname_are_the_one_full_name_it_opens() -> None:
    """r68 F15: an agency's "Mrs. O. Brack" is the Odile Brack named in full elsewhere,
    though a Tomas Brack shares the surname; beside two O. Bracks it is neither."""
    found = people(
        "Transport Minister Odile Brack opened the bridge.",
        "Opposition MP Tomas Brack called it late.",
        "The Minister of Transport, Mrs. O. Brack, cut the ribbon.",
    )
    assert found == {"Odile Brack": "Transport Minister", "Tomas Brack": "Opposition MP"}
    found = people(
        "Transport Minister Odile Brack opened the bridge.",
        "Her brother Oskar Brack, a banker, watched.",
        "O. Brack said the bridge would open in May.",
    )
    assert "O. Brack" in found and "Odile Brack" in found and "Oskar Brack" in found
