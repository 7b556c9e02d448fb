"""A sum imposed or paid keeps the noun that says so ("a fine of 2,000 francs", "bail of
$5,000", "$40,000 in damages"): bare, a money figure says neither that it is a penalty
nor of what (r76 F14's fine). Invented texts of other settings."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures
from brief.models import Sentence


def money(text: str) -> list[str]:
    found = [Sentence(text, 1, 1, 0)]
    return [f.text for f in find_figures(found, {1: "2029-09-12"}) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The ferryman, who was released on Tuesday with a fine of 2,000 francs, said he"
            " would appeal.",
            "a fine of 2,000 francs",
        ),
        ("The ferryman was released on bail of 5,000 francs on Monday.", "bail of 5,000 francs"),
        (
            "The club was given a record fine of 3 million euros.",
            "a record fine of 3 million euros",
        ),
        ("A court ordered the mill to pay $40,000 in damages.", "$40,000 in damages"),
        # a sum of no penalty's noun stays bare
        ("The mill paid 3 million euros in taxes.", "3 million euros"),
        ("The club was fined a record sum of 3 million euros.", "3 million euros"),
    ],
)
def test_a_penalty_keeps_its_noun(text: str, figure: str) -> None:
    assert money(text) == [figure]
