"""How news English states a measure, and what its key figure keeps (r67 F2, F7, F9, F18):
the time a running measure is of, a dispute told across a report's sentences, a sayer's
own revision, the holder of a share. Invented texts."""

from __future__ import annotations

import pytest

from brief.extract.figures import as_of, find_figures
from brief.models import Sentence
from tests.extract_helpers import sentences


def _worded(text: str) -> list[str]:
    """The figures of one sentence as a key-figure list words them (figures.as_of)."""
    return [as_of(f, text).text for f in find_figures(sentences(text)) if f.kind != "date"]


def _figures(*texts: str) -> dict[str, str | None]:
    return {f.text: f.sayer for f in find_figures(sentences(*texts)) if f.kind != "date"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time after the measure
        (
            "The board said national turnout stood at 27 percent at noon.",
            ["turnout stood at 27 percent at noon"],
        ),
        ("Turnout was 44 percent at 3 pm, officials said.", ["Turnout was 44 percent at 3 pm"]),
        (
            "Provisional turnout was 61.5 percent at the close of polls.",
            ["turnout was 61.5 percent at the close of polls"],
        ),
        # an opening that scopes its clause: as written where it touches the figure, else
        # after a comma
        (
            "By midday, turnout had reached 19 percent, the board said.",
            ["By midday, turnout had reached 19 percent"],
        ),
        (
            "Board: with 40 of 150 districts counted, Oyelaran has 55.2 percent and Mbeki"
            " 39.9 percent.",
            [
                "40 of 150 districts",
                "with 40 of 150 districts counted, Oyelaran has 55.2 percent",
                "Mbeki 39.9 percent, with 40 of 150 districts counted",
            ],
        ),
        # a count keeps only an as-of time; an event's own time is no qualifier
        ("Police have arrested 60 people so far.", ["arrested 60 people so far"]),
        ("Police arrested 60 people at 3 pm.", ["arrested 60 people"]),
        # a comparison's base keeps its year
        (
            "Turnout was 61.5 percent, up from 48.1 percent in the 2022 election.",
            ["Turnout was 61.5 percent", "48.1 percent in the 2022 election"],
        ),
        # no time: the figure as found
        ("Prices rose 5 percent by 2030.", ["Prices rose 5 percent"]),
    ],
)
def test_a_running_measure_keeps_its_time(text: str, expected: list[str]) -> None:
    assert _worded(text) == expected


def test_shot_dead_counts_the_dead() -> None:
    """A passive's resultative "dead" is a toll, as "to death" is."""
    found = find_figures(sentences("Eleven miners had been shot dead near the pit."))
    assert [(f.text, f.unit) for f in found] == [("Eleven miners had been shot dead", "dead")]
    found = find_figures(sentences("Four men were sentenced to death."))
    assert [f.unit for f in found] != ["dead"]


def test_a_dispute_told_later_takes_the_rival_count_of_the_lede() -> None:
    """Neither side of a dispute is a key figure, where the lede sets both counts side by
    side and a later sentence says one is disputed."""
    assert _figures(
        "Three people were killed in clashes in Karvo on Friday, the army said, while the"
        " miners' union said eight had been killed.",
        "The union's leader, Jonas Pell, said eight miners had been shot dead, a toll the"
        " army disputes.",
        "The Karvo Red Crescent said it had treated 52 injured people.",
    ) == {"52 injured people": "the Karvo Red Crescent"}


def test_a_disputed_claim_is_its_bodys_in_another_report() -> None:
    """The claim of a body's official is the body's: "the MWU says eight" in another report
    is the disputed count again; another sayer's same number is not."""
    told = [
        Sentence(
            "MWU leader Jonas Pell said eight miners had been shot dead, a toll the army disputes.",
            1,
            1,
            0,
        ),
        Sentence(
            "The police say three people were killed, and the MWU says eight were killed.", 2, 1, 0
        ),
        Sentence("The Karvo fire service said eight people were killed.", 3, 1, 0),
    ]
    assert {f.text: f.sayer for f in find_figures(told)} == {
        "three people were killed": "the police",
        "eight people were killed": "the Karvo fire service",
    }


def test_a_sayers_count_now_replaces_its_earlier_one() -> None:
    """ "X now says" revises X's own count: the earlier one is no key figure, and "now" is
    no part of the sayer's name."""
    assert _figures(
        "The Karvo Red Crescent said it had treated 52 injured people.",
        "The Karvo Red Crescent now says three people were killed and 61 injured in Karvo.",
    ) == {
        "three people were killed": "the Karvo Red Crescent",
        "61 injured": "the Karvo Red Crescent",
    }
    # another sayer's count stays, and so does a count no name ties
    assert "52 injured people" in _figures(
        "The Karvo Red Crescent said it had treated 52 injured people.",
        "The hospital now says 61 people were injured.",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Jonas Pell (NDP) obtained 1,204,311 votes, or 48.2 percent of the valid votes.",
            ["Mr Jonas Pell (NDP) obtained 1,204,311 votes, or 48.2 percent of the valid votes"],
        ),
        ("Kasimu (PDP) has 49.6 percent.", ["Kasimu (PDP) has 49.6 percent"]),
        (
            "She said the party's tally gave her 48.9 percent and Pell 47.6 percent.",
            ["48.9 percent", "Pell 47.6 percent"],
        ),
        (
            "A poll gave Rind 40 percent, Pell 35 percent and Odo 12 percent.",
            ["Rind 40 percent", "Pell 35 percent", "Odo 12 percent"],
        ),
        (
            "The group said connectivity had fallen to 35 percent of normal levels.",
            ["connectivity had fallen to 35 percent of normal levels"],
        ),
        # r68 F11: the winner's share after the verb's object and "with"
        (
            "Mayor Dina Oyelaran won a second term outright with 62 percent of the vote.",
            ["Mayor Dina Oyelaran won a second term outright with 62 percent of the vote"],
        ),
        (
            "The Greens took the seat with just 38 percent.",
            ["The Greens took the seat with just 38 percent"],
        ),
        # no holder: the share as found
        ("The company sold 40,000 cars, or 12 percent more.", ["40,000 cars", "12 percent"]),
    ],
)
def test_a_share_keeps_its_holder(text: str, expected: list[str]) -> None:
    assert [f.text for f in find_figures(sentences(text)) if f.kind != "date"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the frame a clause counts in counts nothing itself (r74 F21)
        ("The skipper said he had made the crossing about 30 times in the past three years.", []),
        (
            "In the past 48 hours, 12 boats were seized, the coast guard said.",
            ["12 boats were seized"],
        ),
        # a duration the clause tells is kept
        ("The skipper has been held for the past three years.", ["three years"]),
    ],
)
def test_a_time_frame_is_no_figure(text: str, expected: list[str]) -> None:
    assert _worded(text) == expected
