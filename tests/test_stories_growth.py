"""A story's growth lowers the bar for joining it: a maritime desk's three days.

Every report of the desk shares its sea, its militia, its spokesman and the monitoring
agency; each ship's reports share that ship, its owner, its crew and its ports. The
mean two groups need falls with the number of pairs it is over (see linkage._needed:
here 0.193 for one pair, 0.099 for three, 0.075 for six). The Aegean Pride's three
reports meet a Maren Bay report paired with an analysis naming both ships at a mean of
0.162 over six pairs, and the Maren Bay's other reports follow it in (0.207, 0.240);
without the analysis, one Maren Bay report joins the Aegean Pride's three at 0.153. The
Maren Bay's own reports (0.44 apart) were kept apart by apart.leads_with_two, which
read the agency that says every incident ("..., UKMTO said") as another event their
leads gave; since session 55 they are one story, which meets the Aegean Pride's whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.stories import find_stories
from tests.test_stories import corpus_of

DESK = Path(__file__).parent / "stories" / "maritime-desk"


def desk_stories() -> list[set[str]]:
    """The desk's stories found, each as the set of its reports' labelled story ids."""
    labels = dict(
        line.split("\t") for line in (DESK / "labels.tsv").read_text().splitlines() if line
    )
    names = sorted(labels)
    corpus = corpus_of([(DESK / name).read_text(encoding="utf-8") for name in names])
    return [{labels[names[s - 1]] for s in group.sources} for group in find_stories(corpus)]


@pytest.mark.xfail(
    strict=True,
    reason="the Maren Bay's reports join the Aegean Pride's below the bar of one pair "
    "(see the module docstring); not fixed in session 55",
)
def test_two_ships_attacked_in_one_sea_are_two_stories() -> None:
    mixed = [story for story in desk_stories() if {"maren", "aegean"} <= story]
    assert not mixed


def test_one_ships_reports_beside_the_desks_agency_are_one_story() -> None:
    """Both reports of the Helios Dawn lead with the ship and with the agency or the force
    that says it ("..., UKMTO said"), which the desk's other incidents lead with too: that
    speaker is no second event of their leads (apart.leads_with_two)."""
    assert [story for story in desk_stories() if "helios" in story] == [{"helios"}]
