"""Words a story says were never said keep no speaker, and a thing someone said something
was gives none of its own words to them."""

from __future__ import annotations

from tests.extract_helpers import speakers


def test_words_the_speaker_is_then_said_to_have_never_said_have_no_speaker() -> None:
    said = speakers(
        "Senator Ruth Amadi spoke at the county fair on Sunday.",
        'Two blogs quoted Amadi as calling the levy "a tax on breathing".',
        "She said no such thing.",
        '"I want the levy cut in half," Amadi said.',
    )
    assert said == [
        ("a tax on breathing", None),
        ("I want the levy cut in half", "Ruth Amadi"),
    ]


def test_a_denial_in_the_speakers_own_quote_unsays_the_words_before() -> None:
    said = speakers(
        "Governor Paul Obi took questions after the vote.",
        'A message shared by traders quoted him as saying "the bank will cut in May".',
        '"I have never said that, not once," Obi said.',
    )
    assert said[0] == ("the bank will cut in May", None)
    assert said[1][1] == "Paul Obi"


def test_another_persons_denial_unsays_nothing() -> None:
    said = speakers(
        "Mayor Ana Soto and councillor Ben Ruiz met voters on Monday.",
        '"We will fix the bridge this year," Soto said.',
        "Ruiz did not say that.",
    )
    assert said == [("We will fix the bridge this year", "Ana Soto")]


def test_a_caption_found_false_gives_its_words_no_speaker() -> None:
    said = speakers(
        "Candidate Musa Bello debated his rivals on Tuesday.",
        'A video online carries the caption: Musa Bello says "schools can wait".',
        'In the full recording, he said: "Schools cannot wait, and nor can clinics."',
        "The caption is false.",
    )
    assert said == [
        ("schools can wait", None),
        ("Schools cannot wait, and nor can clinics.", "Musa Bello"),
    ]


def test_what_someone_said_a_letter_was_gives_them_none_of_its_words() -> None:
    said = speakers(
        "Candidate Grace Atim spoke to farmers in Gulu on Saturday.",
        "Atim then read from what she said was a letter from a former minister:"
        ' "The state will build a mill in Gulu within a year."',
        'What she said next was: "The mill never came, and I will build it."',
    )
    assert said == [
        ("The state will build a mill in Gulu within a year.", None),
        ("The mill never came, and I will build it.", "Grace Atim"),
    ]


def test_what_someone_said_a_thing_was_in_their_quoted_words_is_theirs() -> None:
    said = speakers(
        'Senator Paul Reed attacked plans to change what he said was an "honest office".',
    )
    assert said == [("honest office", "Paul Reed")]


def test_a_denial_in_someone_elses_words_unsays_nothing_of_the_quote_before() -> None:
    said = speakers(
        "Voter Ann Blake, 61, drove to the rally in Macon.",
        '"He speaks like we do," said Blake.',
        '"I never said that, not once," Senator Tom Hale said of the rumour.',
    )
    assert said[0] == ("He speaks like we do", "Ann Blake")


def test_words_a_post_attributed_to_someone_calls_something_have_no_speaker() -> None:
    said = speakers(
        "The trust dismissed its director, Peter Lindqvist, on Monday.",
        'A message posted on a fan forum and attributed to Lindqvist called the trustees "a'
        ' club of cowards".',
        '"We never forget a friend," Lindqvist said on Tuesday.',
    )
    assert said[0] == ("a club of cowards", None)
    assert said[-1][1] == "Peter Lindqvist"


def test_a_line_attributed_to_someone_is_not_the_words_of_who_reports_it() -> None:
    said = speakers(
        "The poet Ilse Marden died on Friday, her son, Tomas Marden, said.",
        'A line often attributed to her online, "Silence is a kind of rhyme," appears in'
        " none of her books, Tomas Marden said.",
    )
    assert ("Silence is a kind of rhyme", None) in said


def test_a_quote_a_body_says_was_fabricated_has_no_speaker() -> None:
    said = speakers(
        "The league suspended its chairman, Oskar Pellham, for two years.",
        'A quote shared on forums had Mr Pellham saying "the referees were paid".',
        "The league said the quote was fabricated.",
    )
    assert said[0] == ("the referees were paid", None)


def test_a_clause_after_a_passive_attributed_to_is_not_hearsay() -> None:
    said = speakers(
        "The union's leader, Marta Okoye, met the board on Thursday.",
        "The leak was attributed to a junior clerk but Okoye called it"
        ' "a cover story for the board".',
        "The fire was widely attributed to a faulty cable and she called that"
        ' "a convenient story".',
    )
    assert ("a cover story for the board", "Marta Okoye") in said
    assert ("a convenient story", "Marta Okoye") in said


def test_names_joined_after_an_attributed_participle_stay_hearsay() -> None:
    said = speakers(
        "The union's leader, Marta Okoye, met the board on Thursday.",
        "A memo attributed to Okoye and her deputy called the plan"
        ' "a cruel scheme drawn up by people who never ride a bus".',
    )
    assert said[0] == ("a cruel scheme drawn up by people who never ride a bus", None)
