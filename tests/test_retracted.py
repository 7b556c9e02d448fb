"""A quote the story or an editor's note takes back is shown nowhere: no quote, bullet or
bottom line (pipeline.retracted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import parse_text
from brief.models import Briefing, Source
from brief.options import Options
from brief.pipeline import build
from brief.pipeline.retracted import retracted
from brief.segment import segment

HEADLINE = "Port Elsey mayor says harbour will reopen"
LEDE = "The mayor of Port Elsey, Ann Lee, said on Friday that the harbour would reopen soon."
QUOTE = "“The boats will be back on the water by Monday,” Lee told a local radio station."
OTHER = "“We have lost two seasons already,” said Tom Reed, a fisherman."
LATER = "Repairs to the harbour wall began on Friday morning."


def shown(briefing: Briefing) -> list[str]:
    bullets = [b.text for b in briefing.summary]
    bullets += [b.text for section in briefing.sections for b in section.bullets]
    return bullets + [q.text for q in briefing.quotes]


def brief_of(tmp_path: Path, *articles: str) -> Briefing:
    paths = []
    for n, text in enumerate(articles):
        path = tmp_path / f"a{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return build(paths, Options())


@pytest.mark.parametrize(
    "retraction",
    [
        "Hours later, the mayor's office withdrew the remark, saying Lee had been misquoted.",
        "The mayor's office later retracted the statement.",
        "Lee later denied making the comments.",
        "A spokesman said Lee had made no such statement.",
    ],
)
def test_a_story_that_takes_a_quote_back_shows_it_nowhere(tmp_path: Path, retraction: str) -> None:
    text = f"{HEADLINE}\n\n{LEDE}\n\n{QUOTE}\n\n{retraction}\n\n{OTHER}\n\n{LATER}\n"
    briefing = brief_of(tmp_path, text)
    seen = shown(briefing)
    assert not any("back on the water" in s for s in seen)
    assert any("two seasons" in q.text for q in briefing.quotes)


def test_a_story_without_a_retraction_keeps_its_quote(tmp_path: Path) -> None:
    text = f"{HEADLINE}\n\n{LEDE}\n\n{QUOTE}\n\n{OTHER}\n\n{LATER}\n"
    assert any("back on the water" in q.text for q in brief_of(tmp_path, text).quotes)


def test_an_editors_note_takes_back_the_words_it_quotes_in_any_article(
    tmp_path: Path,
) -> None:
    """The note's quoted run (a distinctive part of the quote) names the quote, also as
    another outlet printed it."""
    note = (
        "Editor's note: An earlier version of this story quoted Ann Lee as saying the boats "
        'would be "back on the water by Monday". Lee did not make that remark.'
    )
    first = f"{HEADLINE}\n\n{LEDE}\n\n{QUOTE}\n\n{OTHER}\n"
    second = f"Harbour repairs begin\n\n{LATER}\n\n{note}\n"
    seen = shown(brief_of(tmp_path, first, second))
    assert not any("back on the water" in s for s in seen)


def src(number: int) -> Source:
    return Source(number, "a.txt", "a.txt", "0" * 64, 0)


@pytest.mark.parametrize(
    "sentence",
    [
        # what a retraction of something else, or a short quoted phrase, says
        "The council withdrew its plan for a new pier in March.",
        "Lee denied that the harbour had been neglected.",
        "Correction: The vote was on Tuesday, not Monday.",
        # everyday making and saying: no determiner refers back, or a wh-word stands between
        "The port authority did not make any statement on the delay.",
        "She did not say when the statement on the repairs would be issued.",
        # someone else, not the speaker's side, disowns a statement
        "The fishermen's union did not make that statement, its chair added.",
    ],
)
def test_no_quote_is_taken_back_without_words_of_taking_it_back(sentence: str) -> None:
    text = f"{HEADLINE}\n\n{LEDE}\n\n{QUOTE}\n\n{sentence}\n"
    corpus = segment([parse_text(text, src(1))])
    assert not retracted(corpus).runs


def test_a_denial_takes_back_the_words_it_quotes_not_the_quote_before() -> None:
    text = (
        f"{HEADLINE}\n\n{OTHER}\n\nLee denied saying “the harbour is finished”, her office said.\n"
    )
    runs = retracted(segment([parse_text(text, src(1))])).runs
    assert runs == {"the harbour is finished"}


def test_a_speaker_who_says_he_was_misquoted_takes_back_his_own_words_only() -> None:
    text = (
        f"{HEADLINE}\n\n{LEDE}\n\n{QUOTE}\n\n{OTHER}\n\n"
        "Lee later said she had been misquoted by the station.\n"
    )
    runs = retracted(segment([parse_text(text, src(1))])).runs
    assert runs == {"the boats will be back on the water by monday"}


def test_a_quote_by_a_pronoun_is_its_antecedent_s_to_take_back() -> None:
    text = (
        f"{HEADLINE}\n\n{OTHER}\n\nThe harbour board's chair, Ruth Moss, spoke on Friday.\n\n"
        "“The wall will hold for a century,” she said.\n\n"
        "The harbour board later withdrew the remark.\n"
    )
    runs = retracted(segment([parse_text(text, src(1))])).runs
    assert runs == {"the wall will hold for a century"}


def test_the_words_taken_back_keep_whose_they_are_said_to_be() -> None:
    """Each run taken back keeps the names its text gives its speaker (a daily run tells a
    withdrawal only of that speaker's words), none for a pronoun, a day or a title."""
    text = (
        f"{HEADLINE}\n\nOn Monday, Harbour Minister Ruth Okafor denied saying “the pier"
        " will be sold”.\n\nShe denied saying “the fleet is finished” either.\n\n"
        f"{QUOTE}\n\nLee later said she had been misquoted.\n"
    )
    taken = retracted(segment([parse_text(text, src(1))]))
    assert taken.by == {
        "the pier will be sold": {"okafor"},
        "the fleet is finished": frozenset(),
        "the boats will be back on the water by monday": {"lee"},
    }
