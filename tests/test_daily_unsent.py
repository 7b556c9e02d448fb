"""A later run of the day whose latest brief never went out: its mail still waits in the
outbox, and the rebuild replaces it, so the rebuild is built against what the reader of
the day's mail has: the day's brief that went out, or none (r78 F3: the morning's mail
server was down, and the evening's message told only the late points, as "an update of
the brief sent earlier today")."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from brief import config as cfg
from brief.daily import state as saved
from brief.errors import BusyError
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server
from tests.test_daily import (
    BORDER_FOLLOW_UP,
    GRAIN,
    TOMORROW,
    articles,
    bullets,
    files,
    run,
    setup,
)

DAY = TOMORROW.date().isoformat()
MORNING_POINTS = (
    "Negotiators returned to Geneva on Tuesday after troops pulled back from the northern border.",
    "Grain ships sailed from Odesa on Tuesday under a new corridor deal.",
)
MONITORS = """\
    Ceasefire monitors reach the northern border

    Forty ceasefire monitors from the regional security organisation reached the northern
    border late on Tuesday, the organisation said.

    The monitors will patrol both sides of the frontier for three months.
    """
MONITORS_POINT = (
    "Forty ceasefire monitors from the regional security organisation reached the northern "
    "border late on Tuesday, the organisation said."
)
DRILLS = """\
    Frigates sail for naval drills

    Two frigates of the northern fleet sailed for ten days of naval drills in the Baltic,
    the defence ministry said.

    The ministry said the drills had been planned for months.
    """
DRILLS_POINT = (
    "Two frigates of the northern fleet sailed for ten days of naval drills in the Baltic, "
    "the defence ministry said."
)


def _run(config: cfg.Config, server: Server, now: datetime, *, down: bool = False) -> None:
    """A daily run; `down`: the server refuses every try, and the mail stays queued."""
    if not down:
        run(config, now=now)
        return
    server.handler.data_replies = ["421 4.3.2 shutting down"] * 3  # retries = 2
    with pytest.raises(BusyError, match="stay in the outbox"):
        run(config, now=now)
    server.handler.data_replies = []


def _day_two(tmp_path: Path, server: Server, *, morning_down: bool) -> cfg.Config:
    """Day 1 sent; day 2 at 06:00 (sent, or kept by a server down), then a late article."""
    config = setup(tmp_path, server)
    run(config)
    articles(tmp_path, **{"c.txt": BORDER_FOLLOW_UP, "d.txt": GRAIN})
    _run(config, server, TOMORROW, down=morning_down)
    assert len(files(tmp_path / "state" / "outbox")) == int(morning_down)
    articles(tmp_path, **{"e.txt": MONITORS})
    return config


def _text(server: Server, n: int) -> str:
    body = server.handler.messages[n].get_body(("plain",))
    assert body is not None
    return " ".join(body.get_content().split())


def test_a_rebuild_replacing_an_unsent_brief_is_the_days_first(
    tmp_path: Path, plain_server: Server
) -> None:
    """Its mail reads as the day's first: no "(update)", no "sent earlier today", and the
    morning's points are new (against the day before's brief) and counted, as the late
    one's is; the unsent version is replaced, never sent."""
    config = _day_two(tmp_path, plain_server, morning_down=True)
    _run(config, plain_server, TOMORROW + timedelta(hours=3))
    assert len(plain_server.handler.messages) == 2  # day 1's and the day-2 rebuild's
    assert files(tmp_path / "state" / "outbox") == []
    subject = str(plain_server.handler.messages[1]["Subject"])
    assert "update" not in subject and "earlier today" not in _text(plain_server, 1)
    marked = bullets(tmp_path, DAY)
    assert all(marked[point] for point in (*MORNING_POINTS, MONITORS_POINT)), marked
    assert f"({sum(marked.values())} new points)" in subject
    doc = json.loads((tmp_path / "out" / f"brief-{DAY}.json").read_text())
    assert doc["update_of"] is None


def test_a_rebuild_after_a_brief_that_went_out_is_an_update(
    tmp_path: Path, plain_server: Server
) -> None:
    """The same day with the morning's mail sent: the evening's is its update, and marks
    new only what came since."""
    config = _day_two(tmp_path, plain_server, morning_down=False)
    _run(config, plain_server, TOMORROW + timedelta(hours=3))
    assert len(plain_server.handler.messages) == 3
    marked = bullets(tmp_path, DAY)
    subject = str(plain_server.handler.messages[2]["Subject"])
    assert f"(update, {sum(marked.values())} new points)" in subject
    assert "earlier today" in _text(plain_server, 2)
    assert marked[MONITORS_POINT] and not any(marked[p] for p in MORNING_POINTS), marked


def test_a_rebuild_replacing_an_unsent_update_updates_the_brief_that_went_out(
    tmp_path: Path, plain_server: Server
) -> None:
    """The morning's mail went out, the first update's did not: the next update is built
    against the morning's brief, what its reader has, so the first update's news is new
    in it too, and the morning's is not."""
    config = _day_two(tmp_path, plain_server, morning_down=False)
    _run(config, plain_server, TOMORROW + timedelta(hours=3), down=True)
    articles(tmp_path, **{"f.txt": DRILLS})
    _run(config, plain_server, TOMORROW + timedelta(hours=6))
    assert len(plain_server.handler.messages) == 3  # day 1, the morning, the last update
    assert files(tmp_path / "state" / "outbox") == []
    marked = bullets(tmp_path, DAY)
    subject = str(plain_server.handler.messages[2]["Subject"])
    assert f"(update, {sum(marked.values())} new points)" in subject
    assert "earlier today" in _text(plain_server, 2)
    assert marked[MONITORS_POINT] and marked[DRILLS_POINT], marked
    assert not any(marked[p] for p in MORNING_POINTS), marked
    doc = json.loads((tmp_path / "out" / f"brief-{DAY}.json").read_text())
    assert doc["update_of"] == TOMORROW.isoformat(timespec="seconds")


def test_the_record_a_brief_was_built_against_is_kept_for_the_last_day_only(
    tmp_path: Path,
) -> None:
    """`mailed` is read back for the day saved; an earlier day's is dropped, since a
    day's unsent mail goes out with the next run, whatever its day."""
    morning = saved.DayRecord(inputs=("a",), sentences=("k",), built="2026-11-26T06:00:00")
    late = dataclasses.replace(morning, inputs=("a", "b"), built="2026-11-26T18:00:00")
    path = tmp_path / "state.json"
    state = saved.State().with_day(DAY, dataclasses.replace(late, mailed=morning))
    saved.save(path, state, DAY)
    assert saved.load(path).briefs[DAY].mailed == morning
    saved.save(path, saved.load(path), (TOMORROW + timedelta(days=1)).date().isoformat())
    assert saved.load(path).briefs[DAY] == late
