"""Dates as a page writes them on its top lines and datelines, read as ISO days.

A stamp, a header's field, a byline or a dateline gives the day a source was published
("March 10th 2026", "10 Mar 2026", "2026-03-10", "12.05.2026"), which dates the source
and orders the timeline; a wrong day does more harm than none, so a date in numbers is
read only where its order is certain, and a day later than the page's is taken only
where a wire updated in place says so (`reported_day`). The patterns are shared by the
modules that find where such a date stands (stamps, bylines, labels, page_top,
datelines).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from brief.extract.lexicon import month_numbers
from brief.ingest.webpage import LATE_PAGE_DAYS

MONTHS = month_numbers()
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# (a day may be written as an ordinal: "March 10th 2026", "10th March 2026")
ORDINAL = "(?:st|nd|rd|th)?"
# The years a date is read in: a text's (_YEAR), and those a source's metadata states (a
# page's, a mail's Date, a feed's stamps, the inbox header's). A date outside them
# ("9999-12-31", "0001-01-01") is no day a report was published, and the days reckoned
# around one (a week on, the next year's same day) step off Python's calendar: such a
# page, mail or feed had ended the run with an internal error (s72 fuzz).
NEWS_YEARS = range(1900, 2100)
_YEAR = r"(?:19|20)\d\d"
# A date in full, its day, month and year, in any case: "2026-03-10"; "10 March 2026",
# "10th Mar., 2026", or with a stop after its day, as German, Danish or Czech write it
# ("24. August 2031"); "March 10th 2026", "Sept. 10, 2026". The one reader of such dates
# (full_date): the page's stamps, bylines and datelines, and the stale-state checks'
# dates near a report's day (pipeline.superseded.phrases.told_as_history).
FULL_DATE = re.compile(
    rf"\b(?P<iso_year>{_YEAR})-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)\b"
    rf"|\b(?P<day>\d{{1,2}})(?:{ORDINAL}|\.)\s+(?P<month>{MONTH})\.?,?\s+(?P<year>{_YEAR})\b"
    rf"|\b(?P<month2>{MONTH})\.?\s+(?P<day2>\d{{1,2}}){ORDINAL},?\s+(?P<year2>{_YEAR})\b",
    re.I,
)
# A day and its month, either way round, with or without its year: "11 March", "March 11th".
DAY_MONTH = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?(?P<month>{MONTH})\b\.?"
    rf"|(?P<month2>{MONTH})\.?\s+(?P<day2>\d{{1,2}}){ORDINAL}\b)",
    re.I,
)
# ... and its year where it is given ("12 June 2029", "June 12, 2029", "14 Jun"): a day a
# text may leave its year to the page's (stories.texts' stamps of an incident).
DAY_MONTH_YEAR = re.compile(rf"{DAY_MONTH.pattern}(?:,?\s+(?P<year>{_YEAR})\b)?", re.I)
_A_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# (with dots, a space may follow each, as Czech, Slovak and Polish write it: "24. 8. 2031")
_NUMBERS_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})(/|\.(?: (?=\d{1,2}\. \d))?)(\d{1,2})\2((?:19|20)\d\d)(?!\d)"
)


def date_in(line: str, today: date | None = None) -> str | None:
    """An ISO date, or a year, that a stamp's line states. A date in numbers is read where
    its order is certain: with dots, day first, as the countries that write them do
    ("12.05.2026", ERR's; "12.5.2026", Yle's); with slashes, where one number is over 12
    ("5/24/2013"), or where one order gives a day after `today` (the day it is read), when
    no page was published: read on 10 June 2026, "10/06/2026" is that day, not 6 October.
    Else ("05/02/2013") it gives its year alone."""
    written = full_date_in(line)
    if written is not None:
        day = full_date(written)
        return day.isoformat() if day is not None else None
    numbers = _NUMBERS_DATE.search(line)
    if numbers and (ordered := _day_and_month(numbers, today)) is not None:
        (day_said, month), year = ordered, numbers.group(4)
    else:
        year_only = _A_YEAR.search(line)
        return year_only.group(1) if year_only else None
    if not (1 <= month <= 12 and 1 <= int(day_said) <= calendar.monthrange(int(year), month)[1]):
        return None
    return f"{year}-{month:02d}-{int(day_said):02d}"


def full_date_in(line: str) -> re.Match[str] | None:
    """The full date (FULL_DATE) a line gives: its first with the day first, else its
    first with the month first, else its first in numbers."""
    return min(FULL_DATE.finditer(line), key=_written_order, default=None)


def _written_order(found: re.Match[str]) -> tuple[int, int]:
    return (0 if found["day"] else 1 if found["day2"] else 2), found.start()


def full_date(found: re.Match[str]) -> date | None:
    """The day a FULL_DATE match writes, or None where there is none ("31 June 2026")."""
    if found["iso_year"]:
        year, month, day = found["iso_year"], int(found["iso_month"]), found["iso_day"]
    else:
        year, day = found["year"] or found["year2"], found["day"] or found["day2"]
        month = MONTHS[(found["month"] or found["month2"]).lower()]
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def day_and_month(found: re.Match[str]) -> tuple[int, int]:
    """The day and the month (numbers) that a DAY_MONTH or DAY_MONTH_YEAR match writes."""
    return int(found["day"] or found["day2"]), MONTHS[(found["month"] or found["month2"]).lower()]


def _day_and_month(numbers: re.Match[str], today: date | None) -> tuple[str, int] | None:
    """The day and the month of a date in numbers (_NUMBERS_DATE), where its order is
    certain (see date_in)."""
    first, mark, second, year = numbers.group(1, 2, 3, 4)
    one, other = int(first), int(second)
    if mark.startswith(".") or one > 12:
        return first, other
    if other > 12:
        return second, one
    if today is not None and one != other:
        latest = today + timedelta(days=LATE_PAGE_DAYS)
        possible = [
            (day, month)
            for day, month in ((first, other), (second, one))
            if 1 <= int(day) <= calendar.monthrange(int(year), month)[1]
            and date(int(year), month, int(day)) <= latest
        ]
        if len(possible) == 1:
            return possible[0]
    return None  # "05/02/2013": May or February


# How long after its first date a page is updated in place under it: a developing story's
# days, not a month's
UPDATE_DAYS = 7


def in_news_years(day: str) -> bool:
    """Whether an ISO day, or a time opening with one, falls in NEWS_YEARS."""
    year = day[:4]
    return year.isascii() and year.isdigit() and int(year) in NEWS_YEARS


def reported_day(when: str, page_day: str | None, today: date | None) -> str | None:
    """The day a dateline or a stamp (`when`) gives, where it is later than the page's
    (`page_day`, ISO) by a few days (UPDATE_DAYS) and not after the day it is read: a wire
    updated in place keeps its first publication date, and its text the day of the report
    ("VIENNA, June 9" on a page of 8 June is 9 June). A day without its year takes the
    page's, or the next (a page of 31 December, a dateline of 2 January). Else None: a
    dateline before the page's day is the day it was filed."""
    if not page_day or len(page_day) != len("2027-06-08"):
        return None
    try:
        page = date.fromisoformat(page_day)
    except ValueError:
        return None
    written = date_in(when, today)
    candidates: list[date] = []
    if written and len(written) == len(page_day):
        candidates.append(date.fromisoformat(written))
    elif (found := DAY_MONTH.search(when)) is not None and not _A_YEAR.search(when):
        day = int(found["day"] or found["day2"])
        month = MONTHS[(found["month"] or found["month2"]).lower().rstrip(".")]
        for year in (page.year, page.year + 1):
            if 1 <= day <= calendar.monthrange(year, month)[1]:
                candidates.append(date(year, month, day))
    latest = today + timedelta(days=LATE_PAGE_DAYS) if today is not None else None
    for day_said in candidates:
        if page < day_said <= page + timedelta(days=UPDATE_DAYS) and (
            latest is None or day_said <= latest
        ):
            return day_said.isoformat()
    return None


# How far before the day it is read a dateline's day without its year is taken as this
# year's: a wire's copy is filed the day it is dated ("KARSEL, 13 June (TSN) -"), and read
# within days; one a season old may be of another year, and stays undated.
YEARLESS_DAYS = 31


def yearless_day(when: str, today: date | None) -> str | None:
    """The day a dateline without its year gives (`when`: "13 June", "June 13"), where the
    page gives none: the latest such day not after the day it is read (`today`, or a day
    or two later: LATE_PAGE_DAYS), taken where it falls within YEARLESS_DAYS before it.
    Agencies leave the year out because it is the current one; read long after, the day
    could be of any year, and a wrong day does more harm than none."""
    found = DAY_MONTH.search(when)
    if today is None or found is None or _A_YEAR.search(when):
        return None
    day = int(found["day"] or found["day2"])
    month = MONTHS[(found["month"] or found["month2"]).lower().rstrip(".")]
    latest = today + timedelta(days=LATE_PAGE_DAYS)
    for year in (latest.year, latest.year - 1):
        if day > calendar.monthrange(year, month)[1]:
            continue
        said = date(year, month, day)
        if said <= latest:
            return said.isoformat() if latest - said <= timedelta(days=YEARLESS_DAYS) else None
    return None
