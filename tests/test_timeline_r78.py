"""r78's timeline: a row dated by the start of what an act provided for, or by an
appositive's participle (F12), and two rows of one act (F14)."""

from __future__ import annotations

from pathlib import Path

from brief.extract.figures import find_figures
from brief.extract.figures.dated_events.rows import same_event, timeline
from brief.models import Sentence, TimelineEvent
from tests.extract_helpers import sentences_of

# 2031-03-13 is a Thursday.
PUBLISHED = "2031-03-13"


def rows(*texts: str) -> list[tuple[str, int]]:
    said = [Sentence(text, 1, n, 0) for n, text in enumerate(texts, 1)]
    events = timeline(find_figures(said, {1: PUBLISHED}), said)
    return [(e.date, e.sentence.index) for e in events]


def test_the_start_of_what_an_act_provides_for_dates_no_act() -> None:
    """r78 F12: "the parties signed a protocol providing for the resumption of the work of
    the checkpoint from 17 March" was the timeline's 17 March row: the day the crossing
    reopens, set against a signing two days before. The participle's phrase is the
    protocol's, and its "from" the start of what it provides for."""
    assert (
        rows(
            "After the talks, the two sides signed an accord providing for the reopening of the"
            " Vell bridge from 16 March 2031 and the return of the ferries."
        )
        == []
    )
    assert rows("The council passed a law banning fireworks in the old town from 1 April.") == []
    # the act's own day stays its row's
    assert rows(
        "The two sides signed an accord on Wednesday providing for the reopening of the"
        " bridge from 16 March."
    ) == [("2031-03-12", 1)]
    # a "from" the main verb takes is its own start, and a noun's "from" no participle's
    assert rows("Ferries resumed from 10 March.") == [("2031-03-10", 1)]
    assert rows("The bridge will reopen from 16 March.") == [("2031-03-16", 1)]


def test_an_appositive_participle_with_its_part_of_the_day_is_the_noun_s() -> None:
    """r78 F12: "Moussa Traoré, the Malian driver freed on Wednesday evening with the
    Portuguese engineer Rui Carvalho, spoke to his family ... early on Thursday" was
    Wednesday's row: "evening" counted among the aside's words after its date, one too
    many for an aside."""
    assert rows(
        "Ilir Kasa, the ferry pilot freed on Wednesday evening with the Albanian deckhand Arben"
        " Dervishi, spoke to his family by telephone early on Thursday."
    ) == [("2031-03-13", 1)]


def test_a_dateline_in_accented_capitals_is_no_subject(tmp_path: Path) -> None:
    """r78 F12: "MÉNAKA — Moussa Traoré, the Malian driver freed on Wednesday evening ...,
    spoke ... early on Thursday": the dateline was read in plain capitals only, so it stayed
    in the sentence (and in its bullet), and its dash set the subject apart from its
    aside."""
    path = tmp_path / "a.txt"
    path.write_text(
        "Freed pilot calls home\n\nVLORË — Ilir Kasa, the ferry pilot freed on Wednesday"
        " with the deckhand, spoke to his family early on Thursday.\n\nHe is expected home"
        " next week.\n",
        encoding="utf-8",
    )
    said = sentences_of(path)
    assert said[0].text.startswith("Ilir Kasa, the ferry pilot")


def _events(*texts: str) -> list[TimelineEvent]:
    """Each text a report of its own (sources 1, 2, ...), its timeline rows."""
    said = [Sentence(text, n, 1, 0) for n, text in enumerate(texts, 1)]
    published = {n: PUBLISHED for n in range(1, len(texts) + 1)}
    return list(timeline(find_figures(said, published), said))


def test_one_act_two_reports_tell_in_other_words_is_one_row_of_its_story() -> None:
    """r78 F14: "Three of the five aid workers ... were freed late on Tuesday" and "Kari
    Eide and Jonas Brekke ... were freed late on Tuesday with their Malian colleague"
    were two rows of one release, and "agreed on Wednesday to reopen the crossing" and
    "signed a protocol late on Wednesday" two of one accord: the words that name those it
    befell differ, the act and its day do not."""
    freed = _events(
        "Two of the four ferry crew kidnapped in Vlorë in January were freed late on Tuesday"
        " and handed over to the coastguard, the ministry said on Wednesday.",
        "Ilir Kasa and Arben Dervishi, who work for the Adriatic line, were freed late on Tuesday.",
    )
    assert [e.date for e in freed] == ["2031-03-11", "2031-03-11"]
    assert same_event(freed[0], freed[1], one_story=True)
    assert not same_event(freed[0], freed[1])  # of two stories, two events may share a verb
    accord = _events(
        "Albania and Montenegro agreed on Wednesday to reopen the Vell bridge and to hold a"
        " joint inquiry into the collision.",
        "After six hours of talks in Shkodër, the two delegations signed a protocol late"
        " on Wednesday.",
    )
    assert [e.date for e in accord] == ["2031-03-12", "2031-03-12"]
    assert same_event(accord[0], accord[1], one_story=True)
    # two acts of one day that are not one: an agreement and a death
    other = _events(
        "Albania and Montenegro agreed on Wednesday to reopen the Vell bridge.",
        "A second ferry crewman died in hospital on Wednesday.",
    )
    assert not same_event(other[0], other[1], one_story=True)


def test_a_day_an_act_sets_after_its_own_is_no_day_before_it() -> None:
    """r78: "agreed on Wednesday to reopen the crossing on Friday morning" in a Thursday's
    report had dated the reopening the Friday before the agreeing (the clause's past);
    the row of the next sentence, "will reopen at 08:00 on Friday, March 17", took that
    day. The act has its own day, and what it set to come is after it."""
    said = [
        Sentence(
            "Albania and Montenegro agreed on Wednesday to reopen the Vell bridge on Friday"
            " morning.",
            1,
            1,
            0,
        ),
        Sentence("The bridge will reopen at 08:00 on Friday, March 14.", 1, 2, 0),
    ]
    figures = find_figures(said, {1: PUBLISHED})
    assert all(f.date != "2031-03-07" for f in figures)
    assert [(e.date, e.sentence.index) for e in timeline(figures, said)] == [
        ("2031-03-12", 1),
        ("2031-03-14", 2),
    ]


def test_a_day_of_the_noun_a_clause_names_dates_no_row_of_its_own() -> None:
    """r78's timelines held rows dated by another event than their news: a release by the
    day it was reported, for "since January" had been read as a "since" clause running
    on to the release's own day; a count by the day the figure it rose from was given; a
    visit by the day a post it names had been removed."""
    assert rows(
        "Two of the four ferry crew held in Vlorë since January were freed late on Tuesday,"
        " the ministry said on Wednesday."
    ) == [("2031-03-11", 1)]
    assert rows("Prices have risen since March 2030.") == []  # a span's start, still
    assert (
        rows(
            "The customs service now says 640 trucks are stuck at the bridge, up from the 410 it"
            " gave on Tuesday."
        )
        == []
    )
    assert (
        rows(
            "The minister has visited the Vell road, where police have put back the post removed"
            " on 7 March."
        )
        == []
    )
    assert rows("The minister visited the village attacked on Monday.") == []
    # the noun's own verb after it keeps its day: a subject, no participle
    assert rows("The army said the troops withdrew on Monday.") == [("2031-03-10", 1)]
