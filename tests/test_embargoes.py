"""Embargoed copy (r68 F4): the embargo line is a label, read for its time into the
source; `brief make` and `brief batch` leave the copy out before that time, and `brief
daily` keeps it in the inbox for the first run after it, which briefs it once. With the
fixed clock (Wednesday 25 November 2026, 06:00 UTC) and the real local SMTP server."""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.ingest.embargoes import is_embargo_line, read_embargo
from tests.conftest import FIXED_NOW
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table, write_config

runner = CliRunner()

HEADLINE = "Coastal trust pledges 40 million pounds for Harwick sea wall"
EMBARGO_LINE = (
    "EMBARGOED UNTIL 00:01 GMT THURSDAY 26 NOVEMBER 2026 - NOT FOR PUBLICATION OR BROADCAST"
    " BEFORE THAT TIME"
)
RELEASE = "\n\n".join(
    [
        EMBARGO_LINE,
        "HARWICK COASTAL TRUST",
        HEADLINE,
        "The Harwick Coastal Trust will give 40 million pounds to rebuild the sea wall that"
        " storms breached in October, its chair, Delia Moss, will announce on Thursday.",
        "The money will also pay for a survey of the 14 flood gates on the estuary.",
        "Media contact: press@harwick-trust.example",
    ]
)
FERRY = "\n\n".join(
    [
        "Ferry crews vote to strike",
        "Ferry crews on the Harwick estuary voted on Tuesday to strike for two days next"
        " week, their union said.",
        "The operator said it would run a reduced timetable.",
    ]
)
STADIUM = "\n\n".join(
    [
        "Harwick United fined over stadium crush",
        "The football league fined Harwick United 80,000 pounds on Tuesday over a crush at"
        " its ground in September.",
        "The club said it would not appeal.",
    ]
)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _at(when: datetime) -> dict[str, str]:
    return {"SOURCE_DATE_EPOCH": str(int(when.timestamp()))}


@pytest.mark.parametrize(
    ("line", "item_day", "until"),
    [
        ("EMBARGOED UNTIL 06:00 GMT, SUNDAY 11 MARCH 2029", None, "2029-03-11T06:00:00+00:00"),
        ("Embargoed until 00:01 GMT Thursday", date(2026, 11, 24), "2026-11-26T00:01:00+00:00"),
        ("Embargo: 10:00 CET, 4 May 2027", None, "2027-05-04T09:00:00+00:00"),
        ("Strictly embargoed until 09:30 BST", date(2027, 6, 2), "2027-06-02T08:30:00+00:00"),
        # US Eastern follows its summer time: 10 a.m. EDT in July
        ("HOLD FOR RELEASE UNTIL 10 A.M. ET, JULY 6, 2027", None, "2027-07-06T14:00:00+00:00"),
        ("Not for publication before 12.01am UTC+2, 12 March", date(2027, 3, 9), None),
        ("Under embargo until 0001 hrs GMT 3 January", date(2026, 12, 30), None),
        # midnight with a date is the day's end, the later reading
        ("Not for use before midnight GMT, 30 June 2027", None, "2027-07-01T00:00:00+00:00"),
        # no zone: read in the last zone to reach it (UTC-12)
        ("Embargoed until 10:00 Thursday 12 March 2029", None, "2029-03-12T22:00:00+00:00"),
    ],
)
def test_an_embargo_line_is_read_for_its_time(
    line: str, item_day: date | None, until: str | None
) -> None:
    assert is_embargo_line(line)
    reading = read_embargo(line, item_day, date(2026, 11, 25))
    assert reading.until is not None and not reading.free
    if until is not None:
        assert reading.until.isoformat() == until
    elif "UTC+2" in line:
        assert reading.until == datetime(2027, 3, 11, 22, 1, tzinfo=UTC)
    else:  # a day and month long past the item's date is next year's
        assert reading.until == datetime(2027, 1, 3, 0, 1, tzinfo=UTC)


def test_what_no_time_can_be_read_of_is_embargoed_with_no_end() -> None:
    for line in ("EMBARGOED", "Under embargo until further notice"):
        assert is_embargo_line(line)
        assert read_embargo(line, None, date(2026, 11, 25)).until is None
    # a weekday of an undated item has nothing to count from, and says so
    reading = read_embargo("Embargoed until 00:01 GMT Thursday", None, date(2026, 11, 25))
    assert reading.until is None and reading.note is not None
    free = read_embargo("Embargo: none", None, date(2026, 11, 25))
    assert free.free and free.until is None


@pytest.mark.parametrize(
    "line",
    [
        "Embargoed until recently, the report was kept from ministers.",
        "The trade embargo until 2030 hurts exporters.",
        "Embargo on arms sales lifted",
        "EMBARGO ON RUSSIAN OIL FROM 5 DECEMBER",  # a headline in capitals
        "Embargo lifted on 5 May",
        "For immediate release",
    ],
)
def test_a_sentence_about_an_embargo_is_no_embargo_line(line: str) -> None:
    assert not is_embargo_line(line)


def test_make_leaves_embargoed_copy_out_until_its_time(tmp_path: Path) -> None:
    """Before 00:01 GMT Thursday: alone, nothing to brief (65); in a folder, left out with
    a warning and the rest briefed. After it: an ordinary release, headlined by its own
    headline, its source recording the embargo."""
    folder = tmp_path / "in"
    release = _write(folder, "trust.txt", RELEASE)
    _write(folder, "ferry.txt", FERRY)
    alone = runner.invoke(
        app, ["make", str(release), "-o", str(tmp_path / "a.md")], env=_at(FIXED_NOW)
    )
    assert alone.exit_code == 65
    assert f"brief: {release}: embargoed until 2026-11-26 00:01 UTC: left out" in alone.stderr
    assert not (tmp_path / "a.md").exists()
    both = runner.invoke(
        app, ["make", str(folder), "-o", str(tmp_path / "b.md")], env=_at(FIXED_NOW)
    )
    assert both.exit_code == 0, both.output
    assert both.stderr == (
        f"brief: WARNING: {release}: embargoed until 2026-11-26 00:01 UTC: left out\n"
    )
    brief = (tmp_path / "b.md").read_text(encoding="utf-8")
    assert "Ferry crews" in brief and "40 million" not in brief and "EMBARGO" not in brief
    named = runner.invoke(
        app,
        ["make", str(release), str(folder / "ferry.txt"), "-o", str(tmp_path / "c.md")],
        env=_at(FIXED_NOW),
    )
    assert named.exit_code == 0 and "left out" in named.stderr  # named, no bad file either
    after = FIXED_NOW + timedelta(hours=18, minutes=1)
    lifted = runner.invoke(
        app, ["make", str(release), "-o", str(tmp_path / "d.json")], env=_at(after)
    )
    assert lifted.exit_code == 0 and lifted.stderr == "", lifted.output
    doc = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert doc["title"] == HEADLINE
    [source] = doc["sources"]
    assert source["title"] == HEADLINE
    assert source["embargo"].startswith("EMBARGOED UNTIL 00:01 GMT THURSDAY 26 NOVEMBER 2026")
    assert source["embargo_until"] == "2026-11-26T00:01:00Z"
    assert source["date"] == "2026-11-26"  # undated: the day it may first be published
    texts = [b["text"] for s in doc["sections"] for b in s["bullets"]]
    assert not any("EMBARGO" in t or "NOT FOR PUBLICATION" in t for t in texts)


def test_an_embargo_with_no_end_to_read_is_left_out_and_says_why(tmp_path: Path) -> None:
    release = _write(
        tmp_path,
        "hold.txt",
        RELEASE.replace(EMBARGO_LINE, "EMBARGOED UNTIL FURTHER NOTICE"),
    )
    later = FIXED_NOW + timedelta(days=30)
    result = runner.invoke(
        app, ["make", str(release), "-o", str(tmp_path / "h.md")], env=_at(later)
    )
    assert result.exit_code == 65
    assert (
        'embargoed, with no end brief can read in "EMBARGOED UNTIL FURTHER NOTICE": left out'
        in (result.stderr)
    )


def test_a_bare_time_counts_from_the_items_own_date(tmp_path: Path) -> None:
    """ "Embargoed until 09:00 GMT" on a release dated 25 November: 09:00 that day."""
    text = RELEASE.replace(EMBARGO_LINE, "Embargoed until 09:00 GMT\n\nHarwick | 25 November 2026")
    release = _write(tmp_path, "bare.txt", text)
    before = runner.invoke(
        app, ["make", str(release), "-o", str(tmp_path / "x.md")], env=_at(FIXED_NOW)
    )
    assert before.exit_code == 65 and "embargoed until 2026-11-25 09:00 UTC" in before.stderr
    after = runner.invoke(
        app,
        ["make", str(release), "-o", str(tmp_path / "y.md")],
        env=_at(FIXED_NOW + timedelta(hours=3)),
    )
    assert after.exit_code == 0, after.output


def test_batch_leaves_embargoed_copy_out_and_briefs_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    release = _write(folder, "trust.txt", RELEASE)
    _write(folder, "stadium.txt", STADIUM)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["batch", str(folder), "-o", str(out), "-f", "md"], env=_at(FIXED_NOW)
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["stadium.md"]
    said = f"brief: WARNING: {release}: embargoed until 2026-11-26 00:01 UTC: left out"
    assert said in result.stderr
    after = FIXED_NOW + timedelta(days=1)
    again = runner.invoke(
        app, ["batch", str(folder), "-o", str(tmp_path / "o2"), "-f", "md"], env=_at(after)
    )
    assert again.exit_code == 0 and "left out" not in again.stderr
    assert sorted(p.name for p in (tmp_path / "o2").iterdir()) == ["stadium.md", "trust.md"]


def test_daily_keeps_embargoed_copy_for_the_first_run_after_it(
    tmp_path: Path, plain_server: Server
) -> None:
    """05:00 Wednesday: the ferry story is briefed and mailed, the release waits in the
    inbox (said in the run's log and the dry run). 23:00: still waiting, nothing sent.
    05:00 Thursday: the release is briefed and mailed, archived; a rerun sends nothing."""
    config = write_config(
        tmp_path,
        mail=mail_table(plain_server.port),
        daily='formats = ["md", "json"]\nlog_file = "brief.log"',
    )
    inbox = tmp_path / "inbox"
    release = _write(inbox, "trust.txt", RELEASE)
    _write(inbox, "ferry.txt", FERRY)
    wednesday = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)

    def daily(when: datetime, *more: str) -> object:
        return runner.invoke(app, ["daily", *more, "-c", str(config)], env=_at(when))

    dry = daily(wednesday, "--dry-run")
    assert f"{release}: embargoed until 2026-11-26 00:01 UTC: would wait in the inbox" in dry.stdout
    assert f"would archive {release}" not in dry.stdout
    first = daily(wednesday)
    assert first.exit_code == 0, first.output
    assert [p.name for p in inbox.iterdir()] == ["trust.txt"]
    log = (tmp_path / "brief.log").read_text(encoding="utf-8")
    assert "trust.txt: embargoed until 2026-11-26 00:01 UTC: waits in the inbox" in log
    md = (tmp_path / "out" / "brief-2026-11-25.md").read_text(encoding="utf-8")
    assert "Ferry crews" in md and "40 million" not in md and "EMBARGO" not in md
    assert len(plain_server.handler.messages) == 1
    assert "40 million" not in plain_server.handler.messages[0].get_body(("plain",)).get_content()
    late = daily(datetime(2026, 11, 25, 23, 59, tzinfo=UTC))
    assert late.exit_code == 0 and len(plain_server.handler.messages) == 1
    assert release.exists()
    thursday = datetime(2026, 11, 26, 5, 0, tzinfo=UTC)
    second = daily(thursday)
    assert second.exit_code == 0, second.output
    assert not release.exists() and (tmp_path / "archive" / "2026-11-26" / "trust.txt").exists()
    md = (tmp_path / "out" / "brief-2026-11-26.md").read_text(encoding="utf-8")
    assert HEADLINE in md and "40 million" in md and "EMBARGO" not in md
    assert len(plain_server.handler.messages) == 2
    rerun = daily(thursday + timedelta(minutes=10))
    assert rerun.exit_code == 0 and len(plain_server.handler.messages) == 2


MAIL = """\
From: Harwick Coastal Trust <press@harwick-trust.example>
To: desk@example.org
Subject: EMBARGOED UNTIL 00:01 GMT 26 NOVEMBER: Trust names engineer to lead sea wall rebuild
Date: Tue, 24 Nov 2026 16:00:00 +0000
Content-Type: text/plain; charset=utf-8

The Harwick Coastal Trust has named the engineer Ruth Calloway to lead the rebuilding of
the sea wall, its chair said.

Calloway built the flood barrier at Marden in 2019.
"""
MARKDOWN = """\
**Strictly embargoed until 09:30 GMT, Thursday 26 November 2026**

# Harwick lifeboat crews to get new boats

The lifeboat charity will give the Harwick station two new boats next year, it said.

The station's crews went out 212 times this year.
"""


@pytest.mark.parametrize(
    ("name", "text", "headline", "until"),
    [
        ("trust.eml", MAIL, "Trust names engineer to lead sea wall rebuild", "2026-11-26 00:01"),
        ("lifeboat.md", MARKDOWN, "Harwick lifeboat crews to get new boats", "2026-11-26 09:30"),
    ],
)
def test_a_mails_subject_and_a_markdown_line_carry_an_embargo_too(
    tmp_path: Path, name: str, text: str, headline: str, until: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    before = runner.invoke(
        app, ["make", str(path), "-o", str(tmp_path / "a.md")], env=_at(FIXED_NOW)
    )
    assert before.exit_code == 65 and f"embargoed until {until} UTC: left out" in before.stderr
    after = FIXED_NOW + timedelta(days=2)
    lifted = runner.invoke(app, ["make", str(path), "-o", str(tmp_path / "b.json")], env=_at(after))
    assert lifted.exit_code == 0, lifted.output
    doc = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert doc["title"] == headline and doc["sources"][0]["title"] == headline
    assert doc["sources"][0]["embargo_until"] == until.replace(" ", "T") + ":00Z"
    texts = [b["text"] for s in doc["sections"] for b in s["bullets"]]
    assert not any("mbargo" in t for t in texts)
