"""The day of an event a report now says was another: "at 23:50 on Tuesday, and not early
on Wednesday as first reported" (r73 F3). The day it denies is no date of the news, the
corrected day is, and yesterday's row dated by the day denied is said withdrawn."""

from __future__ import annotations

import json
from pathlib import Path

from brief import config as cfg
from brief.extract.figures import find_figures
from brief.extract.figures.dated_events.rows import timeline
from brief.models import Sentence, Withdrawn
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table
from tests.test_daily import TOMORROW, run, write_config

SLIDE = """Rockslide buries herders' huts in Vell

A rockslide struck the mountain village of Vell early on Wednesday, burying three herders' \
huts, police in the Orsa valley said.

Rescuers with dogs were searching the rubble for two missing herders."""
SLIDE_LATER = """Two herders found alive under Vell rockslide

Rescuers pulled two herders alive from the rubble of their huts in Vell on Thursday.

The rockslide struck Vell at 23:50 local time on Tuesday, and not early on Wednesday as \
first reported, according to the police log.

The road into the Orsa valley will stay closed until Saturday."""


def _put(tmp_path: Path, name: str, date: str, text: str) -> None:
    header = json.dumps({"outlet": "Orsa Valley News", "date": date})
    path = tmp_path / "inbox" / name
    path.write_text(f"+++ brief-article\n{header}\n+++\n{text}\n", encoding="utf-8")


def rows(*texts: str, published: str) -> list[tuple[str, int]]:
    said = [Sentence(text, 1, n, 0) for n, text in enumerate(texts, 1)]
    events = timeline(find_figures(said, {1: published}), said)
    return [(e.date, e.sentence.index) for e in events]


def test_the_day_a_correction_denies_dates_nothing() -> None:
    # 2031-03-12 is a Wednesday
    assert rows(
        "The ferry sank off Kessa on Monday night, not on Tuesday as reported earlier.",
        published="2031-03-12",
    ) == [("2031-03-10", 1)]
    assert rows(
        "The storm cut the power line on Monday evening, rather than on Tuesday morning.",
        "The storm cut the line, and not early on Tuesday as first reported.",
        published="2031-03-12",
    ) == [("2031-03-10", 1)]  # (the second affirms no day)
    # a negated verb keeps its day: the day is the clause's, not one set against it
    assert rows("The ferry did not sail on Monday, the port said.", published="2031-03-12") == [
        ("2031-03-10", 1)
    ]


def test_a_correction_dates_a_verb_whose_past_is_its_present() -> None:
    """ "hit", "cut": no tense of their own; an earlier report of the event, which the
    sentence corrects, says it has happened."""
    assert rows(
        "The rockets hit the depot at 22:10 local time on Monday (18:10 GMT), and not early"
        " on Tuesday as first reported, the army said.",
        published="2031-03-12",
    ) == [("2031-03-10", 1)]
    assert rows("The rockets hit the depot on Monday.", published="2031-03-12") == []
    assert (
        rows(
            "The court hears the case on Thursday, not on Friday as first reported.",
            published="2031-03-12",
        )
        == []
    )


def test_yesterdays_row_dated_by_the_day_denied_is_withdrawn(
    tmp_path: Path, plain_server: Server
) -> None:
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md"]')
    _put(tmp_path, "a.txt", "2026-11-25", SLIDE)
    config = cfg.load(path)
    run(config)
    _put(tmp_path, "b.txt", "2026-11-26", SLIDE_LATER)
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    (notice,) = report.briefing.withdrawn
    assert notice.kind == "day" and notice.words == "early on Wednesday"
    assert "and not early on Wednesday as first reported" in notice.correction
    assert notice.notice.startswith("An earlier brief gave “early on Wednesday”; source 1")
    corrected = [e for e in report.briefing.timeline if "23:50" in e.text]
    assert [e.date for e in corrected] == ["2026-11-24"]
    mails = [m.get_body(("plain",)) for m in plain_server.handler.messages]
    assert mails[-1] is not None and "corrects the day" in str(mails[-1].get_content())


def test_a_day_correction_reads_back_from_the_json() -> None:
    notice = Withdrawn("early on wednesday", 2, "It struck on Tuesday, and not ...", kind="day")
    assert "source 2 corrects the day: It struck" in notice.notice
