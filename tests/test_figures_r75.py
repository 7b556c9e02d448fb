"""r75's key figures: a forecast, a wish and a target are no figures (F3, F4)."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures
from tests.extract_helpers import sentences


def figures(text: str) -> list[str]:
    """The sentence's figures that may be key figures: not a forecast, a wish or a target
    (conditional.foreseen_key, asked by the key figures only)."""
    from brief.extract.figures.conditional import foreseen_key

    return [
        f.text
        for f in find_figures(sentences(text))
        if f.kind != "date" and not foreseen_key(f, text)
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a forecast, in the forecaster's voice or reported
        ("We now expect the harvest to reach 4.2 million tonnes this season.", []),
        ("The board said it expected the fund to lose 12 percent this year.", []),
        ("The co-operative sees prices easing to 310 dollars a tonne by August.", []),
        ("Output is forecast to rise by 3 percent.", []),
        (
            "Margins were 8.1 percent, less than the 9 percent forecast by analysts.",
            ["8.1 percent"],
        ),
        # a wish, and a target
        ('"They want to cap rents at 900 crowns a month," the tenants\' leader said.', []),
        ("The ministry kept its inflation target of 2 percent.", []),
        # what happened stays: after a break, "than expected", a compound, a change's start
        (
            "Growth is expected to slow, but exports rose 4 percent in May.",
            ["exports rose 4 percent"],
        ),
        ("Inflation fell more than expected to 3 percent in May.", ["3 percent"]),
        ("Sales sank by a larger-than-forecast 8.8 percent.", ["8.8 percent"]),
        (
            "Revenue is expected to fall to 14 billion dollars from 16 billion dollars.",
            ["16 billion dollars"],
        ),
        # what one is expected to say is a clause of its own
        (
            "The minister is expected to tell parliament that 300 troops will deploy.",
            ["300 troops"],
        ),
    ],
)
def test_a_forecast_a_wish_or_a_target_is_no_figure(text: str, kept: list[str]) -> None:
    found = figures(text)
    assert [f for f in found if any(k in f for k in kept)] == found
    assert len(found) == len(kept)


def test_a_comparisons_base_keeps_its_weekday() -> None:
    """F12: "falling to 8.74 percent from 9.31 percent at Tuesday's close" had given a bare
    9.31 percent, dated the report's Wednesday: the base keeps its time."""
    from brief.extract.figures import as_of

    text = (
        "The index closed at 412 points, with the rate falling to 3.1 percent from 3.4 percent"
        " at Monday's close."
    )
    worded = [as_of(f, text).text for f in find_figures(sentences(text)) if f.kind == "percent"]
    assert worded == ["3.1 percent", "3.4 percent at Monday's close"]
    text = "The spread narrowed to 2.2 percent, from 2.5 percent on Friday."
    worded = [as_of(f, text).text for f in find_figures(sentences(text)) if f.kind == "percent"]
    assert worded == ["2.2 percent", "2.5 percent on Friday"]
