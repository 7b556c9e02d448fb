"""Speech and speakers as news English marks them in transport copy (fresh56's even
half): a correction that gives a remark to someone else, a description that opens a
sentence after a fronted phrase, and a bare surname that a family shares in a sentence
that names one of them in full. Invented texts of other settings only."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import read_article as read


def test_a_correction_gives_the_remark_to_the_one_it_names(tmp_path: Path) -> None:
    """ "... said the coach, X, told reporters, “...” The remark was made by his assistant,
    Y." is Y's: the correction names the maker; when it names no one the table knows, the
    quote keeps no speaker."""
    _, quotes = read(
        tmp_path,
        "Corrections\nHIGHLAND GAZETTE | Corrections\n\n"
        "Cup final (May 2): A report said the coach, Duncan Reid Fraser, told reporters,"
        ' "We ran out of legs." The remark was made by his assistant, Moira Reid Fraser.'
        " Mr Fraser did not speak after the match.\n\n"
        "Ferry timetable (May 3): A report said the skipper, Angus Bain, called the crossing"
        ' "the roughest in years." That remark was made by a passenger.\n',
    )
    said = dict(quotes)
    assert said["We ran out of legs."] == "Moira Reid Fraser"
    assert said["the roughest in years."] is None


def test_a_description_opening_after_a_fronted_phrase_is_the_subject(tmp_path: Path) -> None:
    """ "An hour before the blessing, the bishop walked to the quay ... “...,” he said" is
    the bishop the story named, not the man named in the sentence before."""
    _, quotes = read(
        tmp_path,
        "A bishop at the harbour\nCOASTAL HERALD | Features\n\n"
        "The visitor on the pier was Bishop Tomasz Wielgosz, 68, who blesses the fleet"
        " each spring.\n\n"
        "His nephew, Marek Zielinski, who was travelling with him, slept through the"
        " whole thing in the car.\n\n"
        "An hour before the blessing, the bishop walked to the end of the quay."
        ' "The sea does not care who you are," he said.\n',
    )
    assert dict(quotes)["The sea does not care who you are"] == "Tomasz Wielgosz"


def test_a_bare_surname_beside_a_namesake_in_full_is_not_that_namesake(tmp_path: Path) -> None:
    """ "Maj. Okonkwo named his boat after his aunt, Ada Okonkwo" in an obituary whose
    nephew spoke is neither the aunt nor, without more, the nephew: the "he" of the
    paragraphs after it is left unattributed rather than given to the nephew who
    announced the death."""
    _, quotes = read(
        tmp_path,
        "Felix Okonkwo Jr., river pilot, dies at 80\nDELTA TIMES | Obituaries\n\n"
        "Felix Okonkwo Jr., a retired army major and river pilot who named his boat the"
        " Ada, died on Monday. He was 80.\n\n"
        "His death was announced by his nephew, Emeka Okonkwo, who said he had gone"
        ' "peacefully, the way he steered."\n\n'
        "Maj. Okonkwo named his first boat after his aunt, Ada Okonkwo, who raised him."
        ' "She never set foot in it," he told the Times in 2001.\n\n'
        "He was born in Onitsha in 1944 to Ada and Felix Okonkwo Sr., a trader.\n\n"
        "After serving in the army, he joined the river service in 1970.\n\n"
        '"A river is a road that moves," he liked to say.\n\n'
        "The Ada is moored today at Onitsha.\n",
    )
    said = dict(quotes)
    assert said["peacefully, the way he steered."] == "Emeka Okonkwo"
    assert said["A river is a road that moves"] != "Emeka Okonkwo"


def test_a_craft_called_after_someone_is_no_person(tmp_path: Path) -> None:
    """ "the Señora Amparo" and "the Miss Hattie", a ship and a seaplane named after
    someone, are no people; "Miss Hattie Greer" the teacher is."""
    people, _ = read(
        tmp_path,
        "Harbour museum opens\nBAY CHRONICLE | Local\n\n"
        "The museum's pride is the Miss Hattie, a 1931 seaplane, moored beside the"
        " trawler that carried it. Visitors arrived aboard the Señora Amparo on Saturday.\n\n"
        'The seaplane was named after Miss Hattie Greer, a schoolteacher. "She flew once'
        ' and never again," said the curator, Owen Pask.\n',
    )
    assert "Amparo" not in people and "Señora Amparo" not in people
    assert "Hattie" not in people and "Miss Hattie" not in people
    assert "Owen Pask" in people


def test_an_airline_after_carrier_and_a_legal_form_are_no_people(tmp_path: Path) -> None:
    """ "a turboprop operated by the regional carrier Tern Link" is an airline's; "Mourne
    Wings DAC", with an Irish company's legal form, a firm's."""
    people, _ = read(
        tmp_path,
        "Cargo flights cut\nNORTHERN LEDGER | Business\n\n"
        "The aircraft, a turboprop operated by the regional carrier Tern Link, landed"
        " long. Tern Link said it had changed its rosters.\n\n"
        "Judge Orla Breen said Mourne Wings DAC had shown that fog closed the airport."
        ' Mourne Wings said it was "reading the judgment."\n',
    )
    assert "Tern Link" not in people and "Mourne Wings" not in people
    assert "Orla Breen" in people


def test_a_styled_family_name_label_names_the_one_so_styled(tmp_path: Path) -> None:
    """ "Prof Zhou:" of an interview with Prof Zhou Meiling, her family name first, is
    hers, not the Zhou she names in an answer with another style; "Mr Thomas:" of a story
    whose one Thomas is Thomas Berg stays his own, since a style before a sure given name
    makes it a surname."""
    _, quotes = read(
        tmp_path,
        "Tides and turbines\nHARBOUR ENGINEERING REVIEW | Interview\n\n"
        "Prof Zhou Meiling, 52, leads the tidal energy laboratory at Dalian Maritime"
        " University.\n\n"
        "Harbour Engineering Review: Why tides?\n\n"
        "Prof Zhou: Because the moon never goes on strike. My first teacher, Dr Zhou Peng,"
        " taught me that. We are not family.\n\n"
        "Harbour Engineering Review: What comes next?\n\n"
        "Prof Zhou: A turbine that fish can swim through.\n",
    )
    said = dict(quotes)
    assert said["A turbine that fish can swim through."] == "Zhou Meiling"
    _, quotes = read(
        tmp_path,
        "Ferry board meets\nISLAND NEWS | Council\n\n"
        "Thomas Berg chaired the ferry board on Monday.\n\n"
        "Mr Thomas: The timetable is a disgrace and the board knows it.\n\n"
        "Thomas Berg: The board will review it next month, as promised.\n",
    )
    said = dict(quotes)
    assert said["The timetable is a disgrace and the board knows it."] != "Thomas Berg"


def test_people_brought_in_by_a_description_and_named_after_it(tmp_path: Path) -> None:
    """ "A man from the back row stood up: Dr Tariq Hassan, ..." makes the next "he" Dr
    Hassan; "The woman in bed 4 was Rosa Lindqvist, 80," and "When she woke, her first
    words were: “...”" are hers."""
    _, quotes = read(
        tmp_path,
        "A night on the ward\nMIDLANDS NURSING TIMES | Diary\n\n"
        "We called for help. A man from the back row stood up: Dr Tariq Hassan, a"
        " surgeon from Leicester. He listened to her chest for a minute.\n\n"
        '"Her lungs are clear. Let her sleep," he told us.\n\n'
        "The woman in bed 4 was Rosa Lindqvist, 80, a retired ferry captain.\n\n"
        'When she woke, her first words were: "Who is steering the ship?"\n',
    )
    said = dict(quotes)
    assert said["Her lungs are clear. Let her sleep"] == "Tariq Hassan"
    assert said["Who is steering the ship?"] == "Rosa Lindqvist"
