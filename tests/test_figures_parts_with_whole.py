"""A toll's hurt are shown with its dead or after them, never above them: a part shown
without its whole reads as the count of the toll above it (r73 F4); and a toll told twice
in one report in two words for one group ("one soldier was killed", "killed one
serviceman") is one key figure (r73 F4 leftover). Every text here is invented."""

from __future__ import annotations

from pathlib import Path

from brief.models import Figure
from brief.options import Options
from brief.pipeline import build

RAID = """Ceasefire in the Tarn hills broken as mortar fire kills a farmer

A mortar round killed one farmer in the Tarn hill village of Osk late on Tuesday, police said.

The firing lasted about twenty minutes, villagers said.

Police said the round came from across the river."""
DENIAL = """Velm denies drone strike on Korr radar site

Velm on Tuesday denied that it had sent a drone against a Korr radar site near Dalby, where \
Korr said one soldier was killed.

"We sent no drone against Dalby," a Velm army spokesman said.

Korr says the strike on the radar site near Dalby killed one technician and wounded four."""


def _figures(tmp_path: Path, *texts: str) -> list[Figure]:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"a{n}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(str(path))
    return list(build(paths, Options()).figures)


def test_a_claims_wounded_stand_after_its_dead(tmp_path: Path) -> None:
    figures = _figures(tmp_path, RAID, DENIAL)
    texts = [f.text for f in figures]
    hurt = texts.index("wounded four")
    dead = [n for n, f in enumerate(figures) if f.sentence == figures[hurt].sentence and n != hurt]
    assert not dead or dead[0] < hurt, texts
    if not dead:  # its dead told first in the report ("said one soldier was killed")
        assert any("soldier" in t for t in texts[:hurt]), texts


def test_a_toll_told_whole_keeps_its_hurt_after_its_dead(tmp_path: Path) -> None:
    text = (
        "Landslide kills four in Marrow valley\n\n"
        "A landslide killed four herders in the Marrow valley on Tuesday, police said.\n\n"
        "Rescue teams searched the slope for two more hours before dark.\n\n"
        "A ferry struck a pier at Kell on Monday, where the port authority said one sailor"
        " was killed.\n\n"
        "The port authority says the collision at Kell killed one sailor and injured three"
        " passengers."
    )
    texts = [f.text for f in _figures(tmp_path, text)]
    assert texts.index("one sailor was killed") < texts.index("injured three passengers"), texts


def test_one_soldier_and_one_serviceman_of_one_report_are_one_death(tmp_path: Path) -> None:
    strike = DENIAL.replace("killed one technician", "killed one serviceman")
    texts = [f.text for f in _figures(tmp_path, strike)]
    dead = [t for t in texts if "soldier" in t or "serviceman" in t]
    assert len(dead) == 1, texts
    # another group is another death
    texts = [f.text for f in _figures(tmp_path, DENIAL)]
    assert len([t for t in texts if "soldier" in t or "technician" in t]) == 2, texts
