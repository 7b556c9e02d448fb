"""A toll told twice in one report in two words for one group ("one soldier was killed",
"killed one serviceman") is one key figure (r73 F4 leftover). Every text here is invented."""

from __future__ import annotations

from pathlib import Path

from brief.models import Figure
from brief.options import Options
from brief.pipeline import build

STRIKE = """Velm denies drone strike on Korr radar site

Velm on Tuesday denied that it had sent a drone against a Korr radar site near Dalby, where \
Korr said one soldier was killed.

"We sent no drone against Dalby," a Velm army spokesman said.

Korr says the strike on the radar site near Dalby killed one serviceman and wounded four."""


def _figures(tmp_path: Path, *texts: str) -> list[Figure]:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"a{n}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(str(path))
    return list(build(paths, Options()).figures)


def test_one_soldier_and_one_serviceman_of_one_report_are_one_death(tmp_path: Path) -> None:
    texts = [f.text for f in _figures(tmp_path, STRIKE)]
    dead = [t for t in texts if "soldier" in t or "serviceman" in t]
    assert len(dead) == 1, texts
    # another group is another death
    other = STRIKE.replace("killed one serviceman", "killed one technician")
    texts = [f.text for f in _figures(tmp_path, other)]
    assert len([t for t in texts if "soldier" in t or "technician" in t]) == 2, texts
