"""A straggler's sentences come after the day's reports of its story (pipeline `background`;
r46 H3: a Monday wire's "in control" had taken a place of Tuesday's removal of the
governor). Every text here is invented."""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from brief.models import Briefing
from brief.options import Options
from brief.pipeline import build
from brief.pipeline.choosing import behind_the_rest

NOW = datetime(2027, 3, 4, 5, 0, tzinfo=UTC)

TODAY_WIRE = """\
    Dockers strike shuts the port of Varn for a second day

    Dockers at the port of Varn stayed off work on Wednesday for a second day, and the port
    authority dismissed its harbour master, Ilse Varga, over the strike.

    The dockers' union said the strike would go on until the port authority raised wages.

    Ships waiting to unload at Varn now number 23, the port authority said.

    The transport ministry said fuel for the northern provinces would come by road.
    """
TODAY_PAPER = """\
    Varn port authority dismisses harbour master as dockers strike

    The port authority of Varn dismissed its harbour master, Ilse Varga, on Wednesday, as
    dockers stayed off work for a second day.

    The dockers' union said the strike at the port of Varn would go on until wages rose.

    Twenty-three ships were waiting to unload at Varn, the port authority said.

    Fuel for the northern provinces will come by road, the transport ministry said.
    """
MONDAY_WIRE = """\
    Dockers at the port of Varn walk out

    Dockers at the port of Varn walked out on Monday, and the port of Varn stopped loading.

    The harbour master of the port of Varn, Ilse Varga, said the port authority of Varn was in
    control and the dockers' strike at the port of Varn would end within hours.

    The dockers' union said the strike at the port of Varn was over wages.
    """


def _article(folder: Path, name: str, day: str, text: str) -> Path:
    path = folder / name
    header = f"+++ brief-article\n{json.dumps({'date': day})}\n+++\n"
    path.write_text(header + textwrap.dedent(text), encoding="utf-8")
    return path


def _bullets_by_file(briefing: Briefing) -> list[str]:
    names = {s.number: Path(s.path).name for s in briefing.sources}
    return [names[b.source] for story in briefing.stories for b in story.bullets]


def test_a_stragglers_sentences_take_no_place_the_days_reports_can_fill(tmp_path: Path) -> None:
    paths = [
        _article(tmp_path, "wire.txt", "2027-03-04", TODAY_WIRE),
        _article(tmp_path, "paper.txt", "2027-03-04", TODAY_PAPER),
        _article(tmp_path, "monday.txt", "2027-03-02", MONDAY_WIRE),
    ]
    inputs = [str(p) for p in paths]
    plain = build(inputs, Options(now=NOW))
    assert len(plain.stories) == 1
    straggler = next(s.number for s in plain.sources if s.path.endswith("monday.txt"))
    assert "monday.txt" in _bullets_by_file(plain)  # its restatements would win places
    held = build(inputs, Options(now=NOW), background=frozenset({straggler}))
    told = _bullets_by_file(held)
    assert "monday.txt" not in told
    assert len(told) == len(_bullets_by_file(plain))
    summary = [s.source for s in held.summary]
    first = summary.index(straggler)
    assert set(summary[first:]) == {straggler}  # the brief's own ranking puts it last


def test_a_straggler_fills_a_place_the_days_reports_leave_empty(tmp_path: Path) -> None:
    short = """\
        Dockers strike shuts the port of Varn for a second day

        Dockers at the port of Varn stayed off work on Wednesday for a second day.
        """
    paths = [
        _article(tmp_path, "wire.txt", "2027-03-04", short),
        _article(tmp_path, "monday.txt", "2027-03-02", MONDAY_WIRE),
    ]
    inputs = [str(p) for p in paths]
    plain = build(inputs, Options(now=NOW))
    straggler = next(s.number for s in plain.sources if s.path.endswith("monday.txt"))
    held = build(inputs, Options(now=NOW), background=frozenset({straggler}))
    told = _bullets_by_file(held)
    assert told[0] == "wire.txt"
    assert "monday.txt" in told


def test_behind_the_rest_keeps_each_parts_order() -> None:
    assert behind_the_rest([5, 1, 4, 2, 3], {4, 5}) == [1, 2, 3, 5, 4]
    assert behind_the_rest([5, 1], set()) == [5, 1]
