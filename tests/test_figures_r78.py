"""r78's key figures: a toll of one cut before its head noun (F11), and figures that lost
what they count or said nothing alone (F16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.extract.figures import find_figures
from brief.options import Options
from brief.pipeline import build
from brief.render.view import shown_figures
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


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The motion was adopted by 11 votes to none, with four abstentions.", "11 votes to none"),
        ("The motion was adopted by 11 votes to two.", "11 votes to two"),
        ("The bill passed by nine votes to four.", "nine votes to four"),
        ("The bill passed by 212 votes to 63.", "212 votes to 63"),
    ],
)
def test_a_tally_keeps_a_side_against_written_in_words(text: str, figure: str) -> None:
    """r78 F16: "by 13 votes to none" was shown "13 votes": a side against in words is a
    side against (README: a vote's tally keeps the side against)."""
    assert _figures(text)[0] == figure


def test_a_change_to_a_number_in_words_is_no_side_against() -> None:
    assert _figures("Support fell from 40 votes to two percent.")[0] == "40 votes"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The charity closed its clinics, leaving about 9,000 people without the care"
            " they gave.",
            "leaving about 9,000 people without the care",
        ),
        ("The storm left 40,000 people without power.", "left 40,000 people without power"),
    ],
)
def test_people_an_event_leaves_without_something_keep_what_they_lack(
    text: str, figure: str
) -> None:
    """r78 F16: "leaving about 18,000 people without the mobile clinics" was shown "about
    18,000 people", which says nothing of what befell them, as "left homeless" and "remain
    without power" say it."""
    assert _figures(text)[0] == figure


QUAKE = "\n\n".join(
    [
        "Aftershocks rattle quake-hit valley",
        "Tarsk, 12 May 2026",
        "The death toll from Monday's earthquake in the Orvel valley rose to six on"
        " Wednesday, the disaster agency said.",
        "More than 2,000 people are sleeping in tents, the agency said. The strongest, of"
        " magnitude 4.6, struck on Wednesday afternoon.",
        "An aftershock of magnitude 3.9 was felt in the capital.",
        "Rescue teams have cleared the main road.\n",
    ]
)


def test_a_magnitude_that_names_nothing_it_measures_is_not_printed(tmp_path: Path) -> None:
    """r78 F16: "magnitude 4.6" of an aftershock ("The strongest, of magnitude 4.6") was
    listed bare under the quake's story, whose own quake was stronger: a reader takes it
    for the quake's. Its noun is shown where the text names it; where it names none, the
    print leaves it out as it does a bare length (the JSON keeps it)."""
    path = tmp_path / "quake.txt"
    path.write_text(QUAKE, encoding="utf-8")
    brief = build([str(path)], Options())
    texts = [f.text for f in brief.figures]
    assert "magnitude 4.6" in texts
    shown = [f.text for f, _ in shown_figures(brief)]
    assert "magnitude 4.6" not in shown
    assert "aftershock of magnitude 3.9" in shown
