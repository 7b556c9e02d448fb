"""A time measured from one the text told before ("A year later, ...", "The next day,
...") names no time of its own: a sentence that opens with it points back, and a
retrospective's figure in it is of that time, not of the lead's (r75 F5: "A year later,
the government cut public sector wages by 25 percent" had been a bullet without the
sentence it measures from, and its figure read "25 percent, in" the lead's month). Every
text here is invented."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures
from brief.extract.figures.notation import AnchoredTime, anchored_time
from brief.models import Sentence
from brief.selection.pointing_back import is_dangling


@pytest.mark.parametrize(
    ("text", "span", "direction"),
    [
        ("A year later, the harbour board sold the dredger.", "a year", "after"),
        ("Two weeks earlier the ferry had failed an inspection.", "two weeks", "before"),
        ("Decades later, the quarry reopened.", "decades", "after"),
        ("Six months on, the bridge is still closed.", "six months", "after"),
        ("A few days afterwards, the mayor resigned.", "a few days", "after"),
        ("Three days after, the strike ended.", "three days", "after"),
        ("The next day, divers found the wreck.", "the day", "after"),
        ("The following year saw the first harvest.", "the year", "after"),
        ("The previous week, the council had voted it down.", "the week", "before"),
        ("The year before, 12 boats had sunk.", "the year", "before"),
        ("(A month later the union signed.)", "a month", "after"),
    ],
)
def test_a_time_measured_from_one_told_before(text: str, span: str, direction: str) -> None:
    assert anchored_time(text) == AnchoredTime(span, direction)
    assert is_dangling(text)


@pytest.mark.parametrize(
    "text",
    [
        # its anchor is its own
        "Two days after the vote, the mayor resigned.",
        "A week before the final, the coach fell ill.",
        "A year later than planned, the tunnel opened.",
        "A year later, in October 2019, the tunnel opened.",
        # measured from now
        "Five years ago, the tunnel opened.",
        "Later, the council met.",
        # no duration
        "The next stage's riders set off at noon.",
        "A yearly report on the harbour was published.",
        "Two days of talks ended on Monday.",
        # a speaker's own time
        "“Three weeks on, nothing has changed,” the harbour master said.",
    ],
)
def test_a_time_of_its_own_or_of_now_is_no_anchored_one(text: str) -> None:
    assert anchored_time(text) is None


def _retold(texts: list[str], published: str = "2033-05-02") -> dict[str, bool]:
    sentences = [Sentence(text, 1, k + 1, k) for k, text in enumerate(texts)]
    return {f.text: f.past for f in find_figures(sentences, {1: published})}


def test_a_retrospective_s_figure_keeps_the_time_its_own_sentence_measures() -> None:
    found = _retold(
        [
            "In June 2015, a landslide buried the mining village of Corvena.",
            "Rescuers worked for 11 days in the mud.",
            "Two years later, the mining company paid 40 million dollars to the families.",
            "It closed 3 of its 5 pits.",
            "Six months after that, 200 miners lost their jobs.",
        ]
    )
    assert found["worked for 11 days, in June 2015"]
    # its own time, and the narrative goes on in it; never the lead's
    assert found["40 million dollars, two years after June 2015"]
    assert not any("40 million dollars, in" in text for text in found)
    assert any(text.endswith(", two years after June 2015") and "3" in text for text in found)
