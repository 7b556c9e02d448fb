"""The past in the present: obituaries, anniversaries and profiles quote the dead and the old
through what they wrote, read out by others. Words read from another's writing are never the
reader's; a fronted phrase does not hide the description that opens the main clause; a
speaker's quote that speaks of another "she" leaves a new paragraph's "She" unsettled.
Invented articles only."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import quotes_of, sentences_of


def article(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    """The quotes of an article read through the product's own ingest and segmenter."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(q.text, q.actor) for q in quotes_of(sentences_of(path))]


def test_a_description_after_a_fronted_phrase_is_the_subject_no_apposition(tmp_path: Path) -> None:
    text = """The surveyor who would not sign

Chief Surveyor Tomasz Wierzbicki retired from the land office in 2003.

The current head of the surveyors' guild, Marek Borowski, said the guild would hang his
portrait next spring.

Asked about his successors at the land office, the surveyor declined to name them. "That is
for their own consciences," he said.
"""
    said = dict(article(tmp_path, text))
    # the nearest speaker before is Borowski, but "the surveyor" is the subject
    assert said["That is for their own consciences"] != "Marek Borowski"


def test_a_label_reading_out_a_writing_gives_the_reader_none_of_its_words(
    tmp_path: Path,
) -> None:
    text = """RIVERSIDE RADIO - EVENING BULLETIN
ANCHOR (Dana Petrov): Twenty years ago tonight, the Lindqvist weir failed.
REPORTER (Omar Haddad): Anton Vasquez died in 2015. His widow, Ruth Vasquez, kept his logbook.
RUTH VASQUEZ (reading from the logbook): "Water over the sill at four. Called the office twice."
RUTH VASQUEZ: He wrote that before anyone else was awake. Nobody called back.
ANCHOR: Omar Haddad reporting.
"""
    said = article(tmp_path, text)
    # (the turn's words, wholly in quote marks, are given without them)
    logbook = next(who for words, who in said if words.startswith("Water over the sill"))
    assert logbook is None
    own = "He wrote that before anyone else was awake. Nobody called back."
    assert (own, "Ruth Vasquez") in said


def test_a_pronoun_after_a_fronted_phrase_with_no_comma_is_the_writer(tmp_path: Path) -> None:
    text = """The ledger of the Marlow mill

Greta Lindahl, the mill owner's late wife, kept the accounts for thirty years. In the back of
the 1961 ledger she wrote: "Paid the men first. Paid ourselves if anything was left."
"""
    said = article(tmp_path, text)
    assert said == [("Paid the men first. Paid ourselves if anything was left.", "Greta Lindahl")]


def test_a_new_paragraph_she_after_a_quote_about_another_she_is_unsettled(
    tmp_path: Path,
) -> None:
    text = """Agnes Morrow, midwife of the northern camps

Agnes Morrow, who has died aged 91, delivered more than 4,000 children in the camps of the
north.

"The nights were the worst. Agnes wrote every birth in a blue book, because she said every
child needed a line of its own," Dr Ines Kowalczyk said.

She was made an honorary fellow of the college in 2009. In her acceptance speech she told the
students: "Write everything down, and write it tonight."
"""
    said = dict(article(tmp_path, text))
    assert said["Write everything down, and write it tonight."] != "Ines Kowalczyk"


def test_a_name_after_a_who_clause_is_the_one_described_and_speaks(tmp_path: Path) -> None:
    text = """The verdict of 1991

Justice Arnav Mehra Sood sentenced the officers in 1991.

The clerk who typed the verdict, R. Subramaniam, now 81, remembers the room. "Nobody
breathed until he finished," he said.
"""
    said = article(tmp_path, text)
    assert said == [("Nobody breathed until he finished", "R. Subramaniam")]


def test_a_bare_surname_before_a_namesake_is_named_is_the_one_named_so_far(
    tmp_path: Path,
) -> None:
    text = """Council renames the harbour quay

Konrad Albers was harbour master from 1961 to 1988 and died in 2004.

The letter, found in a drawer at the harbour office, was written after Albers retired, when he
still chaired the pilots' board. In it he wrote: "The berth is yours. Remember who gave it."

His son, Peter Albers, a council member, left the chamber before the vote. "I will not defend
him and I will not judge him," he said.
"""
    said = article(tmp_path, text)
    assert said == [
        ("The berth is yours. Remember who gave it.", "Konrad Albers"),
        ("I will not defend him and I will not judge him", "Peter Albers"),
    ]
