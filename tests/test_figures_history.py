"""A figure of an earlier year is history (Figure.past): the year written out ("in
2024") or counted back from the page ("last year", "a year earlier", "two years ago"),
in the figure's clause, as a fronted phrase that opens it, or as the base a figure is
compared with; not the start of a span up to now, nor the base of a change that is now."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures, key_figures
from brief.models import Sentence
from tests.extract_helpers import sentences


def pasts(text: str, published: str = "2027-03-17") -> list[tuple[str, bool]]:
    return [
        (f.text, f.past) for f in find_figures(sentences(text), {1: published}) if f.kind != "date"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kestrel Gold produced 190,000 ounces last year.", [("190,000 ounces", True)]),
        ("Last year, the mine produced 190,000 ounces.", [("190,000 ounces", True)]),
        ("In 2025, the mine produced 190,000 ounces.", [("190,000 ounces", True)]),
        ("The refinery shipped 4.2m barrels in the last fiscal year.", [("4.2m barrels", True)]),
        ("Year-earlier profit was $2bn.", [("$2bn", True)]),
        (
            '"Five years ago, I would receive maybe ten applications a week.',
            # "Five years ago" only dates the clause (figures.scene): no figure of its own
            [("ten applications a week", True)],
        ),
        # the base a figure is compared with is the year's; the change is now
        (
            "Revenue was $3bn, down from $3.4bn a year earlier.",
            [("$3bn", False), ("$3.4bn", True)],
        ),
        (
            "Net profit fell to 1.9 billion yuan from 3.07 billion yuan a year earlier.",
            [("1.9 billion yuan", False), ("3.07 billion yuan", True)],
        ),
        (
            "Revenue came to $34 million, up 469 percent from a year earlier.",
            [
                ("$34 million", False),
                ("469 percent", False),
            ],
        ),
        ("Ticket sales were 20% higher than last year.", [("20%", False)]),
        ("Pump prices were up 5% on last year.", [("5%", False)]),
        ("Arrivals rose 4.2% in January compared with 2026.", [("Arrivals rose 4.2%", False)]),
        # a "from" of place is no comparison
        ("The bank moved 500 staff from Leeds last year.", [("500 staff", True)]),
    ],
)
def test_a_figure_an_earlier_year_dates_is_history(
    text: str, found: list[tuple[str, bool]]
) -> None:
    assert pasts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a span up to now: its count is now
        ("Prices have risen 10% over the last year.", [("Prices have risen 10%", False)]),
        ("In the past year, 300 people have died.", [("300 people have died", False)]),
        (
            "The offensive has displaced more than 20,000 residents since January 2026.",
            [("displaced more than 20,000 residents", False)],
        ),
        ("Since last year the firm has sold 2m phones.", [("2m phones", False)]),
        # "earlier than" says when, not which year
        ("The bridge opened a year earlier than planned at a cost of $2m.", [("$2m", False)]),
        # what follows a date is not of it, nor is another clause
        ("After last year's floods, the council built 200 dams.", [("200 dams", False)]),
        (
            "Turnover was $3bn in 2026, and the firm expects $4bn this year.",
            [("$3bn", True), ("$4bn", False)],
        ),
        (
            "The league did what it did last year when it chose Ardmore largely because"
            " its fans fill 30,000 seats.",
            [("30,000 seats", False)],
        ),
    ],
)
def test_a_figure_of_now_beside_an_earlier_year_is_no_history(
    text: str, found: list[tuple[str, bool]]
) -> None:
    assert pasts(text) == found


def test_last_years_output_comes_after_todays_figures() -> None:
    """A miner's "190,000 ounces last year" had been shown as a current key figure beside
    the day's strike (a reviewer's)."""
    found = find_figures(
        sentences(
            "Kestrel Gold said the mine produced 190,000 ounces last year.",
            "About 1,200 workers walked out at the Tarn mine on Monday.",
        ),
        {1: "2027-03-17"},
    )
    ranked = [f.text for f in key_figures(found, lambda figure: 1.0)]
    assert ranked == ["About 1,200 workers", "190,000 ounces"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a toll summed over years up to now, or since an earlier year, is no event's
        (
            "Landslides on the pass have killed at least 30 drivers over the past decade.",
            [("killed at least 30 drivers", True)],
        ),
        ("Raids in the valley have killed 85 people since 2021.", [("killed 85 people", True)]),
        (
            "In recent years floods have killed dozens of farmers.",
            [("killed dozens of farmers", True)],
        ),
        # the day's own toll, counted over hours, is the news
        ("Storms killed 14 people in the past 24 hours.", [("killed 14 people", False)]),
    ],
)
def test_a_toll_of_years_up_to_now_is_history(text: str, found: list[tuple[str, bool]]) -> None:
    assert [pair for pair in pasts(text) if pair[0] not in {"2021", "24 hours"}] == found


def test_an_undated_reports_earlier_year_is_the_briefs_history() -> None:
    """A report whose page gives no date is of the brief's day: the toll of "a ferry that
    sank in 2011" had led a Monday ferry story's key figures (pile 10's quake)."""
    found = find_figures(
        [
            *sentences("A ferry sank off the cape on Monday, killing three crew."),
            Sentence("A larger ferry that sank near the cape in 2011 killed 90 people.", 2, 1, 0),
        ],
        {1: "2026-05-04"},
    )
    assert [(f.text, f.past) for f in found if f.kind != "date"] == [
        ("killing three crew", False),
        ("killed 90 people", True),
    ]
    assert [f.text for f in key_figures(found, lambda figure: 1.0)] == ["killing three crew"]
