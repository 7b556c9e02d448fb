"""A page's top: what its own lines above and under the headline say of it.

What a page says of itself there is read, never briefed: a time stamp dates the source
("Published 3 Dec 2026", a bare date under the headline), a dateline on its own line
gives its date and its outlet ("Mexico City - March 10, 2026 - El País English", "Sudan
Horizon | Port Sudan correspondent | 4 December 2026", "Guayaquil, Ecuador, 16 Mar 2026
(EFE).-"), and a header line of credits its writer. Only the lines above the headline
and the first few under it (STAMP_LINES) are read so: further down, a date is the
story's, and a day an anniversary piece recalls dates no page.
"""

from __future__ import annotations

import re
from datetime import date

from brief.extract.lexicon import weekday_names, words
from brief.ingest.furniture import is_news_agency
from brief.ingest.layout.bylines import (
    a_job,
    a_name,
    a_place,
    by_writer,
    byline,
    credited_name,
    is_outlet_name,
    undated,
    without_place,
)
from brief.ingest.layout.dates import (
    DAY_MONTH,
    date_in,
    day_and_month,
    full_date,
    full_date_in,
)
from brief.ingest.layout.header import (
    WHEN,
    bylines_capitalised,
    field_kind,
    header_fields,
    is_header_line,
    is_masthead_line,
    sections,
)
from brief.ingest.layout.labels import a_field, a_label, a_labelled_topic, release_label
from brief.ingest.layout.shapes import LETTERS
from brief.ingest.layout.stamps import CLOCK, DATELINE_PLACE, STAMP_LENGTH, STAMP_LINES, is_stamp


def top_lines(lines: list[str], head: int) -> list[int]:
    """The lines that hold words at the top of a page: above its headline (at `head`), or
    among the STAMP_LINES lines under it."""
    top = [k for k in range(head) if lines[k]]
    return top + [k for k in range(head, len(lines)) if lines[k]][: STAMP_LINES + 1]


def top_header_lines(lines: list[str], head: int, *, headline: bool = True) -> list[int]:
    """Where the header lines (`is_header_line`, `is_masthead_line`) stand at the top of
    a page's lines, the headline's own line aside. `headline`: whether the line at `head`
    is the headline (a copy whose title came with it, a feed's entry, opens on its body:
    a masthead there is the page's, r76 F9)."""
    return [
        k
        for k in top_lines(lines, head)
        if is_header_line(lines[k]) or ((k != head or not headline) and is_masthead_line(lines[k]))
    ]


def credits_under(lines: list[str], head: int) -> bool:
    """Whether the first line holding words under the line at `head` credits the page,
    as a headline's byline or date does: "By Ann Lee | Elsey Desk | 16 November 2026",
    "By Ann Lee", "16 November 2026" (a paragraph is followed by the next)."""
    below = next((line for line in lines[head + 1 :] if line), "")
    return bool(below) and (
        (below.startswith("By ") and by_writer(below) is not None)
        or is_header_line(below)
        or is_masthead_line(below)
        or (is_stamp(below) and date_in(below) is not None)
        or credited_stamp(below) is not None
    )


def stamp_date(
    lines: list[str], first: int, today: date | None = None, *, headline: bool = True
) -> tuple[str | None, str | None]:
    """The date of the page's time stamp, and the outlet a stamp credits beside it (or
    None). The date is the day it was published, as an ISO date, or its year alone where
    the day is not plain ("05/02/2013" is May or February). A stamp above the headline
    (the lines before `first`) is the page's; among its first lines, only one that says it
    is ("Published ...", "Updated ...", a clock's time) or that credits the copy
    (`credited_stamp`: "Buenos Aires Times | March 9, 2026", "SAN JOSÉ, March 10, 2026 -
    The Tico Times"), or a bare date right under the headline that the story does not
    name again (`_bare_date`): "March 11, 2011" over an anniversary piece that tells of
    "March 11" is the day it recalls, while a place or an outlet dates no recalled day.
    `headline`: whether the line at `first` is the headline (a bare date under a
    release's first paragraph is none of its page's)."""
    after = [line for line in lines[first:] if line][: STAMP_LINES + 1]
    published = [
        line
        for n, line in enumerate(after)
        # (after[0] is the headline, which a name line would take for a writer)
        if _says_when_published(line)
        or (n > 1 and byline(after[n - 1]) is not None)
        or (
            n > 0
            and (
                credited_stamp(line, today) is not None
                or is_header_line(line)
                or is_masthead_line(line)
            )
        )
        or (n == 1 and headline and _bare_date(line, lines[first:]))
    ]
    stamps = [*(line for line in lines[:first] if line), *published]
    date = outlet = None
    for line in stamps:
        credited = credited_stamp(line, today)
        if date is None and is_stamp(line):
            date = date_in(line, today)
        if date is None and credited is not None:
            date = credited[0]
        if date is None and (is_header_line(line) or is_masthead_line(line)):
            date = _header_date(line, today)
        if outlet is None and credited is not None:
            outlet = credited[1]
    return date, outlet


def _says_when_published(line: str) -> bool:
    """A line that says it stamps the page: a word that tells so, or a clock's time.
    Asked of a page's first lines, whole paragraphs as often as not, before anything else
    can start: its words are read only where one of the telling words is in it at all (a
    word that lower-cases to one is in the line lower-cased), a regular expression's scan
    of a paragraph costing a hundred times a substring's."""
    tells = words()["stamp_tells"]
    lowered = line.lower()
    if not any(tell in lowered for tell in tells):
        return CLOCK.search(line) is not None
    said = {w.lower() for w in LETTERS.findall(line)}
    return bool(CLOCK.search(line)) or not said.isdisjoint(tells)


def _header_date(line: str, today: date | None = None) -> str | None:
    """The date the first dated field of a header line gives (`is_header_line`)."""
    for field in header_fields(line):
        if field_kind(field) == WHEN and (found := date_in(field, today)) is not None:
            return found
    return None


def _bare_date(line: str, lines: list[str]) -> bool:
    """A bare date under the headline ("4 December 2026", "Friday, December 4, 2026",
    "2026-12-04"), a line of nothing but a day, its month by name and a year (or an ISO
    date; "04/12/2026" may be either month's), that dates the page: unless the
    story, in the other `lines`, names that day again ("On March 11 the town met"
    under "March 11, 2011"), as a piece does that recalls it; a report of the day tells
    it by its weekday ("on Friday"). r43 M4: such dates had dated nothing."""
    if not is_stamp(line):
        return False
    found = full_date_in(line)
    if found is None or DATELINE_PLACE.match(line) is not None:
        return False
    written = full_date(found)
    if written is None:
        return False
    day = (written.day, written.month)
    return not any(
        day_and_month(found) == day
        for text in lines
        if text != line
        for found in DAY_MONTH.finditer(text)
    )


# The parts of a stamp's line, set apart by bars or dashes between spaces: "Mexico City -
# March 10, 2026 - El País English", "Buenos Aires Times | March 9, 2026".
_STAMP_SEPARATOR = re.compile(r"\s+(\||--|[-–—·•●])\s+")
# A dateline on a line of its own that closes on its credit or its place in brackets:
# "Guayaquil, Ecuador, 16 Mar 2026 (EFE).-", "March 16, 2026 (EL FASHER) –".
_BRACKETED_CREDIT = re.compile(
    r"(?P<stamp>.+?),?\s*\((?P<credit>[^()]{2,40})\)\s*\.?\s*(?:--|[-–—])?\s*"
)


def credited_stamp(line: str, today: date | None = None) -> tuple[str, str | None] | None:
    """The date and the outlet (or None) of a dateline on a line of its own, the page's
    stamp of where, when or whose: a date, with a place or an outlet's name set apart by a
    dash or a bar ("Mexico City - March 10, 2026 - El País English", "Tuesday, March 10th
    2026 - MercoPress", "Buenos Aires Times | March 9, 2026"), or after a place in capitals
    ("SAN JOSÉ, March 10, 2026 - The Tico Times", "KHARTOUM, March 10, 2026 -"). A name
    after the date is the copy's credit, as the agency closes a wire dateline; one before
    it is a place where a dash sets it apart (a dateline opens with where it was filed) and
    the site's name where a bar does (as in a page's title, "Headline | Outlet"; of a
    site's name and a place, "AKIpress | Bishkek | 9 June 2026", the first). No
    sentence: every other part of the line is a name. A credit or a place in brackets may
    close it, as a wire dateline's does ("16 Mar 2026 (EFE).-", "March 16, 2026 (EL
    FASHER) –"): the agency is the outlet."""
    line = bylines_capitalised(line)
    written = line.strip()
    if written.startswith("By "):  # "By The Irrawaddy 9 March 2026": a byline and its day
        found = full_date_in(written)
        day = full_date(found) if found is not None else None
        if (
            found is not None
            and day is not None
            and found.end() == len(written)
            # (less its weekday: "By Ann Lee, Elsey Times, Monday, 30 November 2026")
            and by_writer(writer := undated(written)) is not None
            and not _STAMP_SEPARATOR.search(writer)  # (an outlet between: read below)
            and LETTERS.findall(writer)[-1].lower() not in weekday_names()  # "By Friday, ..."
        ):
            return day.isoformat(), None
    bracketed = _BRACKETED_CREDIT.fullmatch(line.strip())
    if bracketed is not None and len(line) <= 2 * STAMP_LENGTH:
        stamp, credit = bracketed["stamp"].strip(), bracketed["credit"].strip()
        date = date_in(stamp, today) if is_stamp(stamp) else None
        if date is not None:
            return date, credit if is_news_agency(credit) else None
    line = line.strip().rstrip("|-–— ")
    if not line or len(line) > 3 * STAMP_LENGTH or line.endswith("."):
        return None
    parts = _STAMP_SEPARATOR.split(line)
    texts, separators = parts[::2], parts[1::2]
    dated = next((n for n, part in enumerate(texts) if is_stamp(part) and date_in(part)), None)
    if dated is None or not all(
        n == dated
        or a_name(part)
        or a_field(part)
        or a_labelled_topic(part)
        or (n > dated and (is_stamp(part) or sections(part)))
        for n, part in enumerate(texts)
    ):
        return None  # (after the date, its time and the page's sections: "- 10:52 | World")
    stamp = texts[dated]
    if len(texts) == 1 and DATELINE_PLACE.match(stamp) is None:
        return None  # a date alone, which may be a recalled day's (see _bare_date)
    date = date_in(stamp, today)
    if date is None:
        return None
    credits = [part for part in texts[dated + 1 :] if _a_credit(part) and not sections(part)]
    site = _barred_credit(texts[:dated], separators[:dated])
    if site and credits and not (is_outlet_name(credits[0]) or is_news_agency(credits[0])):
        # the site's name before the date, and after it a name that is no outlet's nor an
        # agency's: its writer ("South China Morning Post | 14 Oct 2026 | Lu Wen in
        # Beijing" had been the copy of an outlet called "Lu Wen in Beijing", r52)
        credits = site
    if not credits:
        credits = site
    if not credits:
        credits = [part for part in texts[:dated] if _a_credit(part) and is_outlet_name(part)]
    outlet = credits[0] if credits and not a_label(credits[0]) and not a_place(credits[0]) else None
    return date, without_place(outlet) if outlet is not None else None


def _barred_credit(names: list[str], separators: list[str]) -> list[str]:
    """The site's name among the `names` set apart by bars before a stamp's date (each
    followed by its separator), or none. Alone, it is the site's ("Buenos Aires Times |
    March 9, 2026"); of two, the first: a dateline names its place right before its date,
    and the line opens with whose it is ("AKIpress | Bishkek | 9 June 2026", the city had
    been the outlet). More are a page's path, not a credit. A writer's byline, the
    writer's job or the copy's label is no credit (`_a_credit`): "Sudan Horizon | Port
    Sudan correspondent | 4 December 2026" is Sudan Horizon's."""
    barred: list[str] = []
    for name, separator in zip(reversed(names), reversed(separators), strict=True):
        if separator != "|":
            break
        if _a_credit(name):  # not "By Ann Lee | Outlet | date": the writer's
            barred.insert(0, name)
    return barred[:1] if len(barred) <= 2 else []


def _a_credit(part: str) -> bool:
    """A header's field that may name whose copy the page is: a name (`a_name`; a label
    of the copy in lower case, "Wire report", is none), not a writer's byline, a job
    ("Staff Reporter", byline_roles), a credit of who made the copy ("Words: Ann Lee",
    "Story by Ann Lee") nor a release's label ("Press Release")."""
    if part.startswith("By ") or not a_name(part) or release_label().search(part):
        return False
    if credited_name(part) is not None:
        return False
    return not a_job([w.lower() for w in LETTERS.findall(part)])


def header_writer(line: str) -> str | None:
    """The writer a byline names among the fields of a header that dates the page ("By Ann
    Lee | Elsey Courier | June 4, 2025", "Elsey Courier · By Ann Lee · 4 June 2025"), or
    None."""
    line = bylines_capitalised(line)
    if "By " not in line or credited_stamp(line) is None:
        return None
    field = header_byline(line)
    return by_writer(field) if field is not None else None


def header_byline(line: str) -> str | None:
    """The byline among a header line's fields ("By Ann Lee, Wirefeed"), or None."""
    return next((field for field in header_fields(line) if field.startswith("By ")), None)
