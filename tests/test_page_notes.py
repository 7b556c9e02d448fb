"""An editor's note about the page ("Correction: ...") is no article text: none of its
sentences is a sentence of the story, though the note stays on the Document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.ingest import parse_text
from brief.ingest.notes import is_page_note, page_notes
from brief.models import Source
from brief.options import Options
from brief.pipeline import build
from brief.render import render
from brief.segment import segment

HEADLINE = "Harbour flood: four dead in Port Elsey, council says"
LEDE = "The council of Port Elsey said on Friday that four people had died in the flood."
LATER = "Fishermen began to repair the harbour wall on Friday."
CORRECTION = (
    "Correction: An earlier version of this article said that 12 people had died in Port "
    "Elsey. That figure was of people taken to hospital. Four had been confirmed dead at "
    "that time. We apologise for the error."
)


def src() -> Source:
    return Source(1, "a.txt", "a.txt", "0" * 64, 0)


def sentences(text: str) -> list[str]:
    return [s.text for s in segment([parse_text(text, src())]).sentences]


@pytest.mark.parametrize(
    "note",
    [
        CORRECTION,
        "Clarification: This story has been changed to say the wall was built in 1910. "
        "It was repaired in 1990.",
        "Editor's note: Ann Lee is a reporter at the Elsey Review. She lives in the town.",
        "EDITOR’S NOTE: This story contains pictures of the dead.",
        "(Correction: The vote was on Tuesday, not Monday. The text has been changed.)",
        "Correction 3 December 2026: The council's budget is 4 million, not 40 million.",
        # the day as the AP writes it, a month's abbreviation and its stop
        "Correction, Sept. 4, 2026: An earlier version of this article gave the wrong town."
        " The flood was in Port Elsey.",
        "An earlier version of this story misspelt the mayor's name. It is Ann Lee.",
        "This article has been amended to make clear the harbour was closed. It reopens soon.",
        "This story has been updated to include a statement from the harbour board.",
        # the newsroom's earlier copy, however it is named
        "An earlier headline on this story said 14 boats had sunk. Four sank.",
        "A previous caption misidentified the harbour master. He is Tom Reed.",
        "The original headline stated that the wall had collapsed. It cracked.",
        "A prior edition of this newsletter gave the wrong date for the vote.",
    ],
)
def test_a_note_about_the_page_gives_no_sentence(note: str) -> None:
    assert is_page_note(note)
    for where in (f"{HEADLINE}\n\n{note}\n\n{LEDE}\n\n{LATER}", f"{HEADLINE}\n\n{LEDE}\n\n{note}"):
        doc = parse_text(where, src())
        kept = sentences(where)
        assert LEDE in kept
        assert not any(s in note for s in kept)
        assert page_notes(doc) == (note,)


def test_the_lede_stays_the_first_paragraph_after_a_note() -> None:
    corpus = segment([parse_text(f"{HEADLINE}\n\n{CORRECTION}\n\n{LEDE}\n\n{LATER}", src())])
    assert [(s.text, s.paragraph) for s in corpus.sentences] == [(LEDE, 0), (LATER, 1)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the story's own words about a correction, a clarification or a note
        "The council issued a correction on Friday: four people had died, not 12.",
        "Correction of the figures took the council two days.",
        "Clarification sought by the harbour board was not given.",
        "Note that the harbour has flooded twice this year.",
        "Ann Lee, the mayor's editor, said the wall had held.",
        "This article of the treaty has been amended twice since 1990.",
        "An earlier version of the harbour plan said the wall would be raised.",
        "A previous edition of the regatta was cancelled after a storm.",
        "The original map of the harbour showed two piers.",
    ],
)
def test_the_story_speaking_of_corrections_is_kept(paragraph: str) -> None:
    assert not is_page_note(paragraph)
    assert paragraph in sentences(f"{HEADLINE}\n\n{LEDE}\n\n{paragraph}")


def test_a_page_of_only_a_correction_is_no_error() -> None:
    """A feed's item that is only the note is listed with nothing fit to tell, as a page of
    furniture is: not refused as a page with only its headline."""
    from brief.ingest import _no_article

    doc = parse_text(f"{HEADLINE}\n\n{CORRECTION}", src())
    assert _no_article(doc, "english") is None
    assert sentences(f"{HEADLINE}\n\n{CORRECTION}") == []


def test_a_correction_is_shown_under_its_article_in_sources(tmp_path: Path) -> None:
    """A correction is no sentence of the story, but a reader of an earlier brief that
    printed the wrong figure is told of it: Sources prints it under its article, escaped
    as any text of the article is, and the JSON keeps it (r46 H6)."""
    article = tmp_path / "flood.txt"
    hostile = CORRECTION + " <script>alert(1)</script>"
    article.write_text(f"{HEADLINE}\n\n{LEDE}\n\n{LATER}\n\n{hostile}\n", encoding="utf-8")
    briefing = build([str(article)], Options())
    (source,) = briefing.sources
    assert source.notes == (hostile,)
    sources = render(briefing, "md", Options()).decode().split("## Sources", 1)[1]
    assert "*Correction: An earlier version of this article said that 12 people" in sources
    assert "<script>" not in render(briefing, "html", Options()).decode()
    assert json.loads(render(briefing, "json", Options()))["sources"][0]["notes"] == [hostile]


def test_a_translators_note_is_set_aside_but_not_shown_as_a_page_note() -> None:
    """A translator's note glosses words of the translation: no sentence of the story, as a
    correction is none, but nothing a reader must be told beside the source (pile10: it
    had been rendered under its Sources line)."""
    note = 'Translator\'s note: "kala" is rendered as "harbour". Times are Elsey time.'
    doc = parse_text(f"{HEADLINE}\n\n{LEDE}\n\n{LATER}\n\n{note}\n", src())
    assert is_page_note(note)
    assert page_notes(doc) == ()
    assert all("Elsey time" not in s.text for s in segment([doc]).sentences)
    corrected = parse_text(f"{HEADLINE}\n\n{LEDE}\n\n{CORRECTION}\n", src())
    assert page_notes(corrected) == (CORRECTION,)
