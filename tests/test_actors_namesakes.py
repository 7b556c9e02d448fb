"""Two people of one family share a surname: a title tells them apart,
and where nothing does, a bare surname is no one's rather than the wrong one's.
Invented sentences only."""

from __future__ import annotations

from brief.extract.actors import find_actors
from brief.models import Sentence
from tests.extract_helpers import one_paragraph_each, quotes_of, sentences, speakers


def people(*texts: str) -> dict[str, tuple[str | None, int]]:
    return {
        a.name: (a.role, a.mentions) for a in find_actors(sentences(*texts)) if a.kind == "person"
    }


def test_a_titled_surname_is_not_a_relative_named_in_full_with_another_office() -> None:
    found = people(
        "As President Dalton faced criticism over his address, one lawmaker took a moment.",
        "Senate candidate Marisa Dalton greeted guests in the East Room on Tuesday.",
        "President Dalton stood beside her for photographs.",
    )
    assert found["Marisa Dalton"][0] != "President"
    assert found["Dalton"] == ("President", 2)


def test_the_full_name_with_the_same_title_is_that_person() -> None:
    found = people(
        "President Dalton faced criticism over his address.",
        "President Arlo Dalton said the plan would go ahead.",
    )
    assert found == {"Arlo Dalton": ("President", 2)}


def test_other_middle_initials_are_a_father_and_a_son() -> None:
    found = people(
        "The first President George H.W. Hale spoke at the party.",
        "George W. Hale worked a photo line at each party he hosted in 2008.",
        "George W. Hale said he was grateful.",
    )
    assert set(found) == {"George H.W. Hale", "George W. Hale"}
    assert set(people("James B. Corley testified.", "James Corley said no.")) == {"James B. Corley"}


def test_each_title_of_a_bare_surname_goes_to_its_own_holder_every_time() -> None:
    # The first answer for "Dalton" was once kept for every later "Dalton", whatever title
    # came before it: the first lady's mentions went to the president.
    found = people(
        "President Dalton arrived in Lagos on Monday for talks on trade.",
        "First lady Marisa Dalton visited a school in the city.",
        "President Dalton met the trade minister.",
        "First lady Dalton spoke to pupils about reading.",
        "President Dalton left on Tuesday.",
        "First lady Dalton stayed a day longer.",
    )
    assert found["Dalton"] == ("President", 3)
    assert found["Marisa Dalton"] == ("First lady", 3)


def test_a_title_with_its_country_is_the_same_office() -> None:
    # "US President Bush" is the "President Bush" of the text, not a person of his own;
    # "Vice President" or "former President" would be another office.
    found = people(
        "President George W Bush arrived in London on Monday for talks.",
        "Running back Reggie Bush scored twice for the Saints on Sunday.",
        "President Bush met the prime minister at Downing Street.",
        "US President Bush left on Tuesday.",
    )
    assert found["George W Bush"] == ("President", 3)
    assert "Bush" not in found


def test_a_particle_opening_a_sentence_is_the_surnames_not_a_given_name() -> None:
    """ "De Blasio said" is Bill de Blasio: a surname's particle is capitalised only as a
    sentence's first word; "Le Pen" is Marine Le Pen, however the particle is written."""
    found = people(
        "Mayor Bill de Blasio unveiled a housing plan on Tuesday.",
        "De Blasio said the plan would cost $41 billion.",
        "Marine Le Pen spoke in Lyon. Le Pen said France should leave.",
    )
    assert found["Bill de Blasio"] == ("Mayor", 2)
    assert "De Blasio" not in found
    assert found["Marine Le Pen"][1] == 2


def test_a_speaker_named_by_a_particle_surname_is_the_person() -> None:
    said = speakers(
        "Mayor Bill de Blasio unveiled a housing plan on Tuesday.",
        '"This is the biggest housing plan in the nation\'s history," de Blasio said.',
    )
    assert said == [("This is the biggest housing plan in the nation's history", "Bill de Blasio")]


def test_a_given_name_that_is_also_a_particle_is_still_a_given_name() -> None:
    """ "Van Jones" and "Tom Jones" are two people; "Mr. Gore" beside Al and Tipper Gore
    is Al."""
    found = people(
        "CNN commentator Van Jones hosted a benefit concert in Atlanta.",
        "Welsh singer Tom Jones closed the show.",
    )
    assert found["Tom Jones"][0] == "singer"
    assert found["Van Jones"][0] == "CNN commentator"  # a calling the text gives him
    said = speakers(
        "Former Vice President Al Gore and his wife Tipper Gore arrived on Monday.",
        '"We are glad to be here," Mr. Gore said.',
    )
    assert said == [("We are glad to be here", "Al Gore")]


def test_a_particle_surname_is_no_full_name_in_another_source() -> None:
    """ "Le Pen" alone in a second article is not the Marine Le Pen the first one names in
    full (never a guess across articles); "Van der Sar" of "Edwin van der Sar" is him."""
    found = find_actors(
        [
            Sentence("Marine Le Pen, the party leader, spoke in Lyon.", 1, 1, 0),
            Sentence("Le Pen led the party for four decades, his daughter said.", 2, 1, 0),
        ]
    )
    assert [(a.name, a.mentions) for a in found if a.kind == "person"] == [("Marine Le Pen", 1)]
    assert people(
        "Edwin van der Sar has announced he will retire.",
        "Van der Sar, 40, joined the club in 2005 from Fulham.",
    ) == {"Edwin van der Sar": (None, 2)}


def test_a_shared_given_name_after_a_title_is_the_one_whose_title_it_is() -> None:
    """ "Sheikh Mohammed said" is Qatar's Sheikh Mohammed bin Abdulrahman Al Thani (five
    words of name with its particles), not Crown Prince Mohammed bin Salman, named in the
    same sentence; the bare "Mohammed" is one of theirs, never a third person."""
    texts = (
        "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said on Wednesday"
        " that mediators were close to a deal, hours after Saudi Crown Prince Mohammed bin"
        " Salman spoke by phone with President Donald Trump.",
        'Sheikh Mohammed said: "We are close, but we are not there."',
        "Prince Mohammed told Mr Trump that the kingdom would not normalise relations.",
        '"There is a window now," Sheikh Mohammed said.',
    )
    assert [actor for _, actor in speakers(*texts)] == ["Mohammed bin Abdulrahman Al Thani"] * 2
    assert sorted(name for name in people(*texts) if "Mohammed" in name) == [
        "Mohammed bin Abdulrahman Al Thani",
        "Mohammed bin Salman",
    ]


def test_a_surname_with_its_particle_opening_a_sentence_is_no_new_person() -> None:
    """ "Al Kindi said" beside two al Kindis is one of theirs ("Al" is a given name too);
    "Mr Al Mazrouei told" before the grandson is named is the grandfather."""
    kindis = (
        "The session was addressed by Sheikh Nasser bin Rashid al Kindi, the envoy.",
        "Among those due to be freed is Abdulrahman al Kindi, a journalist.",
        "Al Kindi said Oman would host a follow-up round in January.",
    )
    assert "Al Kindi" not in people(*kindis)
    singers = (
        "Every summer until 1962, Rashid Al Mazrouei sang to the men who dived for pearls.",
        '"When I sing, I am on the boat again," Mr Al Mazrouei told The National.',
        "Many of the recordings were made by the singer's grandson, Hamad Al Mazrouei, a"
        " sound engineer.",
        "Hamad Al Mazrouei said the songs were nearly lost.",
    )
    assert [actor for _, actor in speakers(*singers)] == ["Rashid Al Mazrouei"]


def test_a_surname_after_a_generational_suffix_is_the_same_person() -> None:
    # "Joseph R. Biden Jr." and then "Biden" had been two people: the suffix was read as
    # the surname, and it had lost its stop.
    found = people(
        "President Joseph R. Biden Jr. signed the bill on Tuesday.",
        "Biden thanked the senators who wrote it.",
        "Martin Luther Quayle III attended the signing.",
        "Quayle said the law honoured his father's work.",
    )
    assert found["Joseph R. Biden Jr."] == ("President", 2)
    assert found["Martin Luther Quayle III"] == (None, 2)
    assert "Biden" not in found and "Quayle" not in found


def test_a_name_written_with_another_generation_is_a_father_or_a_son() -> None:
    found = people(
        "Donald Harlan Jr. said on Tuesday that his father would not attend.",
        "Governor Donald Harlan later told reporters that he had not decided.",
        "Harlan Jr. added that the family was united.",
    )
    assert found["Donald Harlan Jr."] == (None, 2)
    assert found["Donald Harlan"] == ("Governor", 1)


def test_a_surname_after_a_generational_suffix_speaks_for_the_full_name() -> None:
    assert speakers(
        "Gov. Eduardo Alcantara Jr. declared a state of calamity on Saturday.",
        "“Our airport is open. We need the planes now,” Alcantara said.",
    ) == [("Our airport is open. We need the planes now", "Eduardo Alcantara Jr.")]


def test_other_middle_names_written_in_full_are_two_people() -> None:
    found = people(
        "District Collector Manpreet Kaur Grewal said the roads would reopen.",
        "Another officer, Inspector Manpreet Singh Grewal, said the checks would go on.",
    )
    assert set(found) == {"Manpreet Kaur Grewal", "Manpreet Singh Grewal"}


def test_a_rank_before_a_shared_surname_names_neither_namesake_by_itself() -> None:
    # neither role holds "Insp", and the sentence before spoke of neither: no guess
    found = speakers(
        "Sergeant Ruairí Fennelly gave evidence of the arrest.",
        "Inspector Colm Fennelly, who is not related, leads the inquiry.",
        "The court rose at noon and the accused was remanded.",
        '"We have more to do," Insp Fennelly said.',
    )
    assert found == [("We have more to do", None)]


def test_another_before_a_full_name_is_someone_else_of_that_name() -> None:
    found = people(
        "The district officer, Tomas Luis Reyes, toured the flooded barangays.",
        "Another Tomas Reyes, a fisherman in the town, said the boats had been lost.",
    )
    assert set(found) == {"Tomas Luis Reyes", "Tomas Reyes"}
    said = speakers(
        "The district officer, Tomas Luis Reyes, toured the flooded barangays.",
        'Another Tomas Reyes, a fisherman in the town, said the boats were "all gone".',
    )
    assert said == [("all gone", "Tomas Reyes")]


def test_another_before_the_same_full_name_is_a_second_person() -> None:
    texts = (
        "The district officer, Ines Marlow, said, “The pier will reopen in May.”",
        "Another Ines Marlow, a ferry cook, said, “We have waited long enough.”",
    )
    named = [(a.name, a.role) for a in find_actors(sentences(*texts)) if a.kind == "person"]
    assert sorted(named) == [("Ines Marlow", "district officer"), ("Ines Marlow", "ferry cook")]
    said = dict(speakers(*texts))
    assert said["We have waited long enough."] == "Ines Marlow"
    # two people of one name: the officer's quote is no longer sure to be hers
    assert said["The pier will reopen in May."] in {"Ines Marlow", None}


def test_a_titled_surname_is_the_namesake_whose_role_holds_the_title() -> None:
    found = people(
        "Junior Finance Minister Kwame Ofori opened the new terminal on Monday.",
        "Ebo Ofori, the captain of the trawler Sea Lark, said the catch had doubled.",
        "Captain Ofori, who is no relation, said the nets were full.",
    )
    assert "Ofori" not in found
    assert found["Ebo Ofori"][1] == 2


def test_a_titled_surname_of_two_namesakes_is_no_third_person() -> None:
    found = people(
        "Labour councillor Niamh Brannigan said the plan was late.",
        "Senator Eoin Brannigan, who is no relation, agreed with her.",
        "Pressed by Deputy Brannigan on the cost, the minister gave no figure.",
    )
    assert set(found) == {"Niamh Brannigan", "Eoin Brannigan"}


def test_the_elder_namesake_after_a_father_named_in_full() -> None:
    said = speakers(
        "“We will hold our nerve,” shipping executive Jonas Veltkamp told reporters.",
        "The firm's chairman, his father Gerrit Veltkamp, said the family had waited before.",
        "“Patience wins. It always has,” the elder Veltkamp said.",
    )
    assert said[-1][1] == "Gerrit Veltkamp"


def test_he_after_a_full_name_is_that_namesake_whatever_the_other_given_name_says() -> None:
    said = quotes_of(
        one_paragraph_each(
            "Dougie Tremaine, president of the dockers' local, said his members would wait.",
            "“Nobody moves the cargo until we know,” he said.",
            "Local MP David Tremaine, who is no relation, wrote to the minister.",
        )
    )
    assert [q.actor for q in said] == ["Dougie Tremaine"]


def test_an_honorific_and_a_family_name_two_people_share_is_no_third_person() -> None:
    found = people(
        "Its director, Ms Tan Mei Xuan, said most firms had stopped the trade.",
        "“The honest players are not the problem,” Ms Tan said.",
        "Mr Tan Boon Huat, a ferry operator who is not related, said he saw the ships.",
    )
    assert set(found) == {"Tan Mei Xuan", "Tan Boon Huat"}


def test_a_double_surname_read_before_the_full_name_is_that_person() -> None:
    """ "Mayor Leon Ibarra" read first and "Tomás Leon Ibarra" after are one man, as
    "Leon Ibarra" read after the full name is (a given name may open a double surname);
    apposed to "your predecessor" while another person holds the office, his title is
    his no more and is not shown."""
    found = people(
        "Mayor Lucía Ferrer Soto opened the clinic on Monday.",
        "Your predecessor, Mayor Leon Ibarra, wanted a fee for every visit.",
        "Tomás Leon Ibarra and I do not agree on this.",
    )
    assert "Leon Ibarra" not in found
    assert found["Tomás Leon Ibarra"] == (None, 2)
    assert found["Lucía Ferrer Soto"][0] == "Mayor"


def test_a_predecessors_title_that_others_hold_too_is_kept() -> None:
    """A title several people hold at once is a style, not the one office succeeded to:
    the predecessor keeps it."""
    found = people(
        "Ambassador Ana Ruiz said the vote was fair.",
        "Ambassador Leo Moss said the count was slow.",
        "Her predecessor, Ambassador Kwame Osei, congratulated her.",
    )
    assert found["Kwame Osei"][0] == "Ambassador"


def test_a_name_the_person_is_known_by_is_theirs() -> None:
    """ "Ilda Ferreira Gomes, 58, known across the valley as Dona Nena": Nena is her,
    not a second person; "who dubbed Ana Ruiz a traitor" gives no one another name."""
    actors = find_actors(
        sentences(
            "Ilda Ferreira Gomes, 58, known across the valley as Dona Nena, kept the keys.",
            '"We lost everything," Dona Nena said.',
            "Tomas Abreu, who dubbed Ana Ruiz a traitor, left early.",
            "Ana Ruiz said she would stay.",
        )
    )
    people = {a.name: a for a in actors if a.kind == "person"}
    assert "Nena" not in people
    assert "Nena" in people["Ilda Ferreira Gomes"].spellings
    assert "Ana Ruiz" in people and "Tomas Abreu" in people


def test_a_form_of_address_of_the_other_sex_is_another_person_of_the_surname() -> None:
    found = people(
        "Ms. Okabe, who joined us today, now heads the safety office.",
        "Mr. Daisuke Okabe of the transport bureau, no relation to our Ms. Okabe, wrote to us.",
        "Ms. Okabe said the checks would be repeated.",
    )
    assert set(found) == {"Okabe", "Daisuke Okabe"}
    assert found["Okabe"][1] == 3  # the bureau's man is named once, she three times


def test_a_surname_of_two_words_that_two_namesakes_share_is_no_third_person() -> None:
    """ "Abu Hamdan said" beside Karim and Yasmin Abu Hamdan: their surname, as a one-word
    one is, never a person of its own."""
    found = people(
        "Trade minister Karim Abu Hamdan said the port would open in May.",
        "The port's director, Yasmin Abu Hamdan, who is no relation, did not speak.",
        "Abu Hamdan said the ministers would meet again in June.",
    )
    assert "Abu Hamdan" not in found
    assert set(found) == {"Karim Abu Hamdan", "Yasmin Abu Hamdan"}


def test_a_pen_or_stage_name_is_the_persons_other_name() -> None:
    """ "Vera Lindqvist, who writes under the pen name Ash Morrow", "whose stage name is",
    "(real name ...)": one person, listed by the legal name, who speaks under either;
    "whose son performs as Rui Sol" gives the son's act, not the father's."""
    texts = sentences(
        "Vera Lindqvist, who writes under the pen name Ash Morrow, won the prize on Friday.",
        '"I never wanted a face on the cover," Ash Morrow said.',
        "The boxer Ike Dunn (real name Isaac Mbeki Dunmore) fights in March.",
        '"I am ready," Ike Dunn said.',
        "Gil Porto, whose son performs as Rui Sol, declined to comment.",
        "Rui Sol said nothing.",
        "Carla Mendes, whose stage name is Lua Prata, sang last.",
        "Lua Prata thanked the crowd and said she would be back in May.",
    )
    actors = find_actors(texts)
    people = {a.name: a for a in actors if a.kind == "person"}
    assert set(people) == {
        "Vera Lindqvist",
        "Isaac Mbeki Dunmore",
        "Gil Porto",
        "Rui Sol",
        "Carla Mendes",
    }
    assert "Ash Morrow" in people["Vera Lindqvist"].spellings
    assert "Ike Dunn" in people["Isaac Mbeki Dunmore"].spellings
    assert "Lua Prata" in people["Carla Mendes"].spellings
    said = [(q.text, q.actor) for q in quotes_of(texts)]
    assert ("I never wanted a face on the cover", "Vera Lindqvist") in said
    assert ("I am ready", "Isaac Mbeki Dunmore") in said


def test_a_name_others_call_a_person_is_theirs() -> None:
    """ "Osman Idris, whom the whole street calls Abu Tariq": a teknonym or nickname
    others give him is his; "whom Ana Ruiz called a traitor" names Ana Ruiz, no other
    name of his."""
    texts = sentences(
        "Osman Idris, whom the whole harbour calls Abu Tariq, kept the keys to the boats.",
        '"We lost the nets in one night," Abu Tariq said.',
        "Tomas Abreu, whom Ana Ruiz called a traitor, left early.",
        "Ana Ruiz said she would stay.",
    )
    people = {a.name: a for a in find_actors(texts) if a.kind == "person"}
    assert set(people) == {"Osman Idris", "Tomas Abreu", "Ana Ruiz"}
    assert "Abu Tariq" in people["Osman Idris"].spellings
    said = dict((q.text, q.actor) for q in quotes_of(texts))
    assert said["We lost the nets in one night"] == "Osman Idris"
