"""r76's key figures: a count says what befell those it counts, and a part shows with its
whole or not at all (F14). Every text here is invented, of other settings."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures
from tests.extract_helpers import sentences


def counts(text: str) -> list[str]:
    return [f.text for f in find_figures(sentences(text)) if f.kind == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of how badly between a conjunct's count and its participle
        (
            "Wardens said 30 poachers had been arrested and four rangers slightly injured.",
            ["30 poachers had been arrested", "four rangers slightly injured"],
        ),
        (
            "Three climbers were critically injured in the fall.",
            ["Three climbers were critically injured"],
        ),
        ("Two guards were badly hurt.", ["Two guards were badly hurt"]),
    ],
)
def test_how_badly_they_were_hurt_stays_with_the_count(text: str, expected: list[str]) -> None:
    assert counts(text) == expected
