"""r78's key figures: a toll of one cut before its head noun (F11)."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures
from tests.extract_helpers import sentences


def _figures(text: str) -> list[str]:
    return [f.text for f in find_figures(sentences(text)) if f.kind != "date"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A shooting on Monday killed one Tajik border guard.", "killed one Tajik border guard"),
        ("The raid killed one border officer.", "killed one border officer"),
        ("The raid killed one border police officer.", "killed one border police officer"),
        ("The blast killed one dock worker.", "killed one dock worker"),
        ("One (1) Filipino seafarer remains missing.", "One (1) Filipino seafarer remains missing"),
        ("The crash killed one crew member.", "killed one crew member"),
    ],
)
def test_a_toll_of_one_ends_on_its_head_noun(text: str, figure: str) -> None:
    """r78 F11: "killed one Kyrgyz border guard" was shown "killed one Kyrgyz border":
    "border" ends as a trade's name does ("-er"), and the first such noun was taken for
    the person counted. A compound's head is its last noun."""
    assert _figures(text)[0] == figure
