"""Filings, notices and notes as inputs (r64 F11, F13): what a form's letterhead, a
notice's head and a note's sign-off say is no headline and no sentence of the news."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from brief.ingest import ingest, make_source, parse_text
from brief.options import Options
from brief.segment import segment

FILING = (
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\nCURRENT REPORT\n\n"
    "Tarnwell Shipping Corp.\n"
    "Date of Report (Date of earliest event reported): March 3, 2027\n\n"
    "Item 8.01 Other Events.\n\n"
    "On March 3, 2027, Tarnwell Shipping Corp. said that one of its tankers ran aground"
    " off Port Elsey.\n\n"
    "The Company expects the vessel to be out of service for six weeks.\n\n"
    "Item 9.01 Financial Statements and Exhibits.\n\n"
    "(d) Exhibits. 99.1 Press release dated March 3, 2027.\n"
)

NOTICE = (
    "ELSEY GRAIN EXCHANGE\nCIRCULAR TO MEMBERS No. 14/2027\nDate: 4 March 2027\n\n"
    "Subject: Wider daily price limit for milling wheat\n\n"
    "The Exchange will widen the daily price limit for milling wheat to 8% from 5 March.\n\n"
    "The change follows two sessions that closed at the limit.\n"
)


def _sentences(text: str) -> list[str]:
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    return [s.text for s in segment([doc]).sentences]


def test_a_forms_letterhead_and_labels_are_no_title_and_its_item_headings_no_sentences() -> None:
    doc = parse_text(FILING, make_source("a.txt", 1, FILING.encode()))
    assert doc.title == "Tarnwell Shipping Corp."
    assert doc.source.outlet is None  # the form is the SEC's; the filer is the company
    sentences = [s.text for s in segment([doc]).sentences]
    assert sentences[0].startswith("On March 3, 2027, Tarnwell Shipping Corp. said")
    assert not any(s.startswith(("Item ", "(d)", "99.1", "Tarnwell")) for s in sentences)


@pytest.mark.parametrize(
    "line",
    ["1. Troops crossed the river.", "2. Ministers Meet Today.", "(a) The Company shall pay."],
)
def test_a_numbered_sentence_stays_a_sentence(line: str) -> None:
    said = line.split(" ", 1)[1]  # (a list's mark is no word of it)
    text = f"Talks resume\n\nThe talks resumed on Monday.\n\n{line}\n"
    assert any(s.endswith(said) for s in _sentences(text))


def test_a_notices_subject_line_is_its_title_and_its_head_no_text() -> None:
    doc = parse_text(NOTICE, make_source("a.txt", 1, NOTICE.encode()))
    assert doc.title == "Wider daily price limit for milling wheat"
    assert doc.date == "2027-03-04"
    assert _sentences(NOTICE)[0].startswith("The Exchange will widen")


def test_a_subject_line_after_the_story_opens_is_no_title() -> None:
    text = (
        "Wheat limit widened\n\nThe exchange widened its limit on Thursday after a rally"
        " that traders called extraordinary.\n\nSubject: more to follow\n"
    )
    assert parse_text(text, make_source("a.txt", 1, text.encode())).title == "Wheat limit widened"


def _note(tmp_path: Path, sender: str, date: str = "Thu, 04 Mar 2027 06:00:00 +0000") -> Path:
    note = tmp_path / "note.eml"
    note.write_text(
        f"From: {sender}\nTo: desk@example.org\nSubject: Morning note: wheat\n"
        f"Date: {date}\nContent-Type: text/plain; charset=utf-8\n\n"
        "Good morning.\n\nMilling wheat rose 4% to $300 a tonne on Wednesday.\n\n"
        "We expect the rally to fade by April.\n\n"
        "Brannock & Vey Research. This note is not investment advice.\n",
        encoding="utf-8",
    )
    return note


def test_a_firms_note_names_its_outlet_and_its_sign_off_is_no_sentence(tmp_path: Path) -> None:
    """r64 F13: a firm named for two ("Brannock & Vey Research") at its own domain is the
    publisher, whatever its mailbox; its sign-off and small print are not briefed."""
    note = _note(tmp_path, "Brannock & Vey Research <research@brannockvey.example>")
    doc = ingest(str(note), 1, Options())
    assert doc.source.outlet == "Brannock & Vey Research"
    sentences = [s.text for s in segment([doc]).sentences]
    assert sentences[-1] == "We expect the rally to fade by April."


def test_a_persons_mail_names_no_outlet(tmp_path: Path) -> None:
    note = _note(tmp_path, "Ford Lee <flee@ford.example>")
    assert ingest(str(note), 1, Options()).source.outlet is None


def test_a_note_dated_after_the_runs_day_is_kept_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    note = _note(tmp_path, "Brannock & Vey Research <research@brannockvey.example>")
    now = datetime(2027, 3, 3, 6, 30, tzinfo=UTC)
    with caplog.at_level(logging.WARNING):
        doc = ingest(str(note), 1, Options(now=now))
    assert doc.source.date == "2027-03-04"
    assert "after the run's day (2027-03-03)" in caplog.text


UPDATED = (
    "Cut revised after objection\nElsey Energy Wire | 2027-03-08\n\n"
    "OSTRAVEL, March 9 - The group revised its planned cut on Tuesday after one member"
    " objected.\n\nPrices fell 2% on the revision.\n"
)


def test_a_datelines_day_after_the_pages_is_the_reports_day() -> None:
    """r64 F6: a wire updated in place keeps its first date; its dateline dates the report."""
    doc = parse_text(UPDATED, make_source("a.txt", 1, UPDATED.encode()))
    assert doc.date == "2027-03-09"
    earlier = UPDATED.replace("March 9", "March 7")  # filed the day before it was published
    assert parse_text(earlier, make_source("a.txt", 1, earlier.encode())).date == "2027-03-08"
    weeks = UPDATED.replace("March 9", "March 29")  # no update, weeks on
    assert parse_text(weeks, make_source("a.txt", 1, weeks.encode())).date == "2027-03-08"


def test_a_fetched_items_dateline_after_its_feeds_date_dates_it(tmp_path: Path) -> None:
    saved = tmp_path / "feed-item.txt"
    saved.write_text(
        '+++ brief-article\n{"title": "Cut revised after objection", "outlet": "Elsey Energy'
        ' Wire", "date": "2027-03-08", "url": "https://example.org/cut"}\n+++\n'
        "OSTRAVEL, March 9 - The group revised its planned cut on Tuesday after one member"
        " objected.\n\nPrices fell 2% on the revision.\n",
        encoding="utf-8",
    )
    now = datetime(2027, 3, 9, 22, 0, tzinfo=UTC)
    assert ingest(str(saved), 1, Options(now=now)).source.date == "2027-03-09"
    early = datetime(2027, 3, 5, 22, 0, tzinfo=UTC)  # a dateline after the run's day: no
    assert ingest(str(saved), 1, Options(now=early)).source.date == "2027-03-08"
