"""What a page sets around its sentences that is none of theirs: a live page's time
stamps opening its entries, and brackets a sentence does not end inside. All texts are
invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import ingest, make_source, parse_text
from brief.options import Options
from brief.segment import segment, split_sentences


def test_a_live_pages_stamps_and_greetings_are_no_bullet(tmp_path: Path) -> None:
    """r44 M5: "07:10 — Good morning." and "We will bring you the latest throughout the
    day." had been bullets. An entry keeps its time: a live page's first sentence is its
    latest entry, no lede (compose.leads.is_live_entry)."""
    page = tmp_path / "live.md"
    page.write_text(
        "# Elsey floods live: river peaks at Kelmarsh\n\n"
        "*Live blog — The Elsey Chronicle — Wednesday 4 June 2025*\n\n"
        "**17:45** — The mayor, Ann Lee, said on Wednesday that the river had peaked at "
        "6.2 metres.\n\n"
        "**07:10** — Good morning. The Elsey burst its banks overnight at Kelmarsh. We will "
        "bring you the latest throughout the day.\n",
        encoding="utf-8",
    )
    doc = ingest(str(page), 1, Options())
    texts = [s.text for s in segment([doc]).sentences]
    assert texts == [
        "17:45 — The mayor, Ann Lee, said on Wednesday that the river had peaked at 6.2 metres.",
        "07:10 — Good morning.",
        "The Elsey burst its banks overnight at Kelmarsh.",
        "We will bring you the latest throughout the day.",
    ]
    from brief.ingest.furniture import is_furniture

    assert [t for t in texts if not is_furniture(t)] == [texts[0], texts[2]]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # r44 L2: split inside its brackets, the note had made two sentences' edges
        (
            "Schools opened as shelters. (Translated from Elsan by the Kelmarsh Gazette. "
            "The Elsan text prevails.)",
            [
                "Schools opened as shelters.",
                "(Translated from Elsan by the Kelmarsh Gazette. The Elsan text prevails.)",
            ],
        ),
        (
            "The port reopened [see map. Ships queued] on Monday. Trade resumed.",
            ["The port reopened [see map. Ships queued] on Monday.", "Trade resumed."],
        ),
        # a bracket that never closes, or closes a list's letter, holds no sentence
        (
            "He left (angry. Then (later) he came back. All was well.",
            ["He left (angry.", "Then (later) he came back.", "All was well."],
        ),
        (
            "The deal covers a) wages. It also covers (b) hours. And c) pensions.",
            ["The deal covers a) wages.", "It also covers (b) hours.", "And c) pensions."],
        ),
    ],
)
def test_a_sentence_does_not_end_inside_brackets_that_close_later(
    paragraph: str, sentences: list[str]
) -> None:
    assert split_sentences(paragraph) == sentences


def test_brackets_far_apart_do_not_join_a_paragraph() -> None:
    """A bracket left open early and one closed far on are no pair of the writer's: the
    sentences between stay apart."""
    filler = " ".join(f"Crews cleared road number {n}." for n in range(40))
    paragraph = f"The river rose (see below. {filler} Water fell)."
    assert len(split_sentences(paragraph)) > 40


def test_a_translators_note_is_no_sentence_of_the_story() -> None:
    text = (
        "Governor visits Kelmarsh\nKelmarsh Gazette | Unofficial English translation | "
        "4 June 2025\nThe governor said on Wednesday that Kelmarsh was cut off.\n\n"
        "(Translated from Elsan by the Kelmarsh Gazette. The Elsan text prevails.)\n"
    )
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    from brief.ingest.furniture import is_furniture

    texts = [s.text for s in segment([doc]).sentences]
    assert [t for t in texts if not is_furniture(t)] == [
        "The governor said on Wednesday that Kelmarsh was cut off."
    ]


def test_a_long_texts_stamps_are_no_sentences_wherever_it_is_split() -> None:
    """A text long enough to be split partly in a child process (segment._split_all) loses
    its stamps and header lines in either part, as a short one does: each paragraph's
    are told apart where it is split."""
    from brief.segment import SPLIT_BESIDE_FROM

    entry = (
        "7.57 pm.\n\nThe river rose again at Kelmarsh on Wednesday, the mayor said. "
        "Crews worked through the night to raise the banks.\n\n"
        "By Ann Lee | Wirefeed | Dec. 3, 2026, 9:14 a.m.\n\n"
    )
    entries = SPLIT_BESIDE_FROM // len(entry) + 20
    text = "Elsey floods: the river peaks\n\n" + entry * entries
    data = text.encode("utf-8")
    doc = parse_text(text, make_source("long.txt", 1, data))
    texts = [s.text for s in segment([doc]).sentences]
    assert "7.57 pm." not in texts
    assert not any(t.startswith("By Ann Lee") for t in texts)
    assert texts.count("The river rose again at Kelmarsh on Wednesday, the mayor said.") == entries
