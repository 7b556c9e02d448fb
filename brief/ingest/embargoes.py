"""Embargoes: a press office's or a wire's order that its copy is not published before a
stated time ("EMBARGOED UNTIL 00:01 GMT THURSDAY 12 MARCH 2029", "Embargo: 10:00 CET, 4
May", "Not for publication or broadcast before 00:01 GMT Thursday", "HOLD FOR RELEASE
UNTIL 10 A.M. EST, JAN. 5"). A newsroom that runs the copy early breaks its word to the
source, so brief never briefs it before then (r68 F4: an embargoed pledge was mailed an
hour early, headlined by its embargo line).

The line is a label above the release's headline, as "PRESS RELEASE" is: never its title
nor a sentence to brief. It stands among the text's first lines (`TOP_LINES`) and opens
with an embargo's words (embargoes.toml: openers, or "not for" some uses "before").
Its time is read as the line writes it: a time of day, a zone, a date or a weekday:
- a date with no year takes the year of the item's date (or the run's), the next one
  where that is long past (`PAST_DAYS`);
- a weekday alone, or a bare time, is the first such day from the item's date on (the
  item's own day, for a bare time); an item with no date gives it nothing to count from;
- a date with no time is its start; "midnight" with a date is that day's end, the later
  of the two readings;
- a date in numbers is read only where its order is certain (layout.dates.date_in);
- a time with no zone is read in the last zone to reach it (UTC-12), so that the copy
  is never out before the time has come wherever the press office is; the reason says so.
Where no time can be read ("EMBARGOED", "under embargo until further notice", a weekday
of an undated item), the copy is embargoed with no known end: it stays out, and the reason
says why, until the line is gone. "Embargo: none" is a label too, and no embargo.

The source records the line and the time (`Source.embargo`, `Source.embargo_until`, an
instant in UTC): `held_at` says whether the run's clock is before it, which `brief make`
and `brief batch` leave out (brief.ingest.reading) and `brief daily` keeps in the inbox
for the first run after it (brief.daily.planning).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from brief.data_folder import read_data
from brief.extract.lexicon import alternation
from brief.ingest.layout.dates import (
    DAY_MONTH,
    FULL_DATE,
    date_in,
    day_and_month,
    full_date,
    full_date_in,
)
from brief.toml_schema import Table

DATA_FILE = "embargoes.toml"
TOP_LINES = 6  # the text's first lines (that hold words) an embargo line stands in
LINE_WORDS = 30  # the most words an embargo line runs to: more is a sentence
PAST_DAYS = 180  # a day and month this long before the item's date is next year's
LAST_ZONE = timezone(timedelta(hours=-12))  # where a time of no zone comes last


@dataclass(frozen=True)
class Embargo:
    """An embargo line's reading: the line as written, its end (None: not known, or no
    embargo at all where `free`), and what the reader must be told of how it was read."""

    line: str
    until: datetime | None = None
    free: bool = False  # "Embargo: none"
    note: str | None = None


@dataclass(frozen=True)
class _Words:
    openers: tuple[str, ...]
    uses: frozenset[str]
    none_words: frozenset[str]
    zones: dict[str, tzinfo]


@cache
def _words() -> _Words:
    """embargoes.toml, read once and checked (a ConfigError names file and key)."""
    path, raw = read_data(DATA_FILE, Path(__file__).parent / "data", tables=("zones",))
    table = Table(raw, path, known=("openers", "uses", "none_words", "zones"), required=("zones",))
    zones_table = table.table("zones", known=raw.get("zones", {}).keys())
    zones: dict[str, tzinfo] = {}
    for name in zones_table.data if zones_table else ():
        written = zones_table.string(name) if zones_table else ""
        zones[name.lower()] = _zone(written, zones_table, name)
    return _Words(
        openers=tuple(sorted(table.strings("openers", lower=True), key=len, reverse=True)),
        uses=frozenset(table.strings("uses", lower=True)),
        none_words=frozenset(table.strings("none_words", lower=True)),
        zones=zones,
    )


def _zone(written: str, table: Table | None, name: str) -> tzinfo:
    """A zone as the data file writes it: an offset ("+05:30") or an IANA name."""
    if found := re.fullmatch(r"([+-])(\d\d):(\d\d)", written):
        sign = -1 if found[1] == "-" else 1
        return timezone(sign * timedelta(hours=int(found[2]), minutes=int(found[3])))
    try:
        return ZoneInfo(written)
    except (ValueError, KeyError) as exc:  # ZoneInfoNotFoundError is a KeyError
        raise table.fail(name, f"not a time zone: {written!r}") if table else exc from None


def split_embargo(text: str) -> tuple[str, str | None]:
    """The text without its embargo lines (each a label among its first lines), and the
    first of them that gives a time or a day (else the first), or the text and None."""
    lines = text.split("\n")
    found: list[int] = []
    seen = 0
    for at, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > TOP_LINES:
            break
        if is_embargo_line(line):
            found.append(at)
    if not found:
        return text, None
    # (of "EMBARGOED" over "Not for publication before 00:01 GMT ...", the one with a time)
    said = [_bare(lines[at]) for at in found]
    first = next((line for line in said if _time_of_day(line) or _day_named(line)), said[0])
    kept = [line for at, line in enumerate(lines) if at not in found]
    return "\n".join(kept), first


def split_title(title: str) -> tuple[str | None, str | None]:
    """A mail's Subject without the embargo label that opens it, and the label: "EMBARGOED
    UNTIL 00:01 GMT 12 MARCH: Fund pledges 40m for sea wall" is the headline "Fund pledges
    40m for sea wall" under the label "EMBARGOED UNTIL 00:01 GMT 12 MARCH". The label is
    the longest opening, up to a colon, a dash or a bar, that is an embargo line, before
    a headline of three words or more that is none; a subject that is all label has no
    headline (None)."""
    if _opening().match(_bare(title)) is None:
        return title, None
    for cut in reversed(list(_TITLE_CUT.finditer(title))):
        label, rest = title[: cut.start()], title[cut.end() :].strip()
        if len(rest.split()) >= 3 and is_embargo_line(label) and not is_embargo_line(rest):
            return rest, _bare(label)
    return (None, _bare(title)) if is_embargo_line(title) else (title, None)


# Where a subject's label ends and its headline begins: a colon (not a time's), a dash or
# a bar set off by spaces.
_TITLE_CUT = re.compile(r"(?<!\d):\s+|\s+[-–—|]\s+")


def may_be_embargoed(text: str) -> bool:
    """Whether a text's opening names an embargo anywhere (its markup too): what a daily
    run's plan reads whole to find out (most texts do not, and are not read twice)."""
    return _opening().search(text[:OPENING_CHARACTERS]) is not None


OPENING_CHARACTERS = 65_536  # a saved page's top, its markup included


def is_embargo_line(line: str) -> bool:
    """Whether a line is an embargo's label (see the module's docstring): it opens with an
    embargo's words and goes on with nothing, "none", "until further notice", a time or a
    day. After a bare "Embargo" or "Embargoed" (no "until", "before"), the time follows a
    colon or a dash or comes at once ("EMBARGOED 00:01 GMT ..."): "EMBARGO ON RUSSIAN OIL
    FROM 5 DECEMBER" is a headline. After "until" or "before", a line in capitals is one
    whatever it says ("EMBARGOED UNTIL RELEASE OF THE REPORT": no end to read); a
    sentence is none ("Embargoed until recently, the report ...")."""
    bare = _bare(line)
    if not bare or len(bare.split()) > LINE_WORDS:
        return False
    opened = _opening().match(bare)
    if opened is None:
        return False
    after = bare[opened.end() :]
    rest = after.strip(" :-–—,.")
    if not rest or _free(rest):
        return True
    until = _UNTIL.search(opened[0]) is not None
    set_off = after.lstrip()[:1] in ":-–—,"
    if not (until or set_off or _TIME_OR_DAY_FIRST.match(rest)):
        return False
    if re.fullmatch(r"(?i)(?:until\s+)?further\s+notice", rest):
        return True
    if until and bare.upper() == bare:
        return True
    return _time_of_day(rest) is not None or _day_named(rest)


# An opener that says until when ("embargoed until", "not for publication before").
_UNTIL = re.compile(r"(?i)\b(?:until|till|to|before|after|at|for)\s*$")
# A time or a day right after a bare opener: "EMBARGOED 00:01 GMT", "Embargoed Thursday".
_TIME_OR_DAY_FIRST = re.compile(
    r"(?i)(?:\d|noon\b|midday\b|midnight\b|today\b|tonight\b|tomorrow\b"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)


def read_embargo(line: str, item_day: date | None, today: date) -> Embargo:
    """The embargo's end, as the line writes it (see the module's docstring). `item_day`:
    the item's date, what a weekday or a bare time counts from; `today`: the run's day,
    what gives a year where the item has no date."""
    opened = _opening().match(line)
    rest = line[opened.end() :] if opened else line
    if _free(rest.strip(" :-–—,.")):
        return Embargo(line, free=True)
    clock = _time_of_day(rest)
    zone = _zone_in(rest, clock.end if clock else 0)
    day, why = _day(rest, item_day, today)
    if day is None:
        return Embargo(line, note=why)
    at = datetime.combine(day, clock.value if clock else time(0))
    if clock is not None and clock.midnight:
        at += timedelta(days=1)
    note = why
    if zone is None:
        zone = LAST_ZONE
        note = "the line names no time zone: read in the last one to reach it, UTC-12"
    return Embargo(line, until=at.replace(tzinfo=zone).astimezone(UTC), note=note)


def held_at(embargo: str | None, until: str | None, now: datetime) -> str | None:
    """Why a source is held at `now` (its embargo line and end, as its Source records
    them: `until` an ISO instant, None where not known), or None once it is free."""
    if embargo is None:
        return None
    if until is None:
        return f"embargoed, with no end brief can read in {_quoted(embargo)}"
    end = datetime.fromisoformat(until)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    if now >= end:
        return None
    return f"embargoed until {describe(end)}"


def describe(end: datetime) -> str:
    """An embargo's end as a reason says it: "2029-03-11 06:00 UTC"."""
    return end.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def as_recorded(end: datetime | None) -> str | None:
    """An embargo's end as the source records it: an ISO instant in UTC."""
    return end.astimezone(UTC).isoformat().replace("+00:00", "Z") if end else None


def _quoted(line: str) -> str:
    short = line if len(line) <= 60 else line[:60] + "..."
    return f'"{short}"'


# Marks a line may carry around its words: Markdown's emphasis and heading, brackets.
_MARKS = "*_#>[](){}|"


def _bare(line: str) -> str:
    return " ".join(line.strip().strip(_MARKS).strip().split())


def _free(rest: str) -> bool:
    return rest.lower().strip(" .") in _words().none_words


@cache
def _opening() -> re.Pattern[str]:
    words = _words()
    openers = alternation(words.openers)
    uses = alternation(words.uses)
    forbidden = rf"not\s+for\s+(?:{uses})(?:\s*(?:,|\bor\b|\band\b|/)\s*(?:{uses}))*"
    return re.compile(
        rf"(?:no\s+embargo\b|(?:{openers})\b|{forbidden}\s+(?:before|until|till)\b)",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class _Clock:
    value: time
    end: int
    midnight: bool = False  # "midnight, 30 June": read as the day's end, the later one


# A time of day: "06:00", "0.01", "10 a.m.", "12.01am", "0001 GMT", "0600 hrs", noon.
_AMPM = r"(?P<ap>[ap])\.?\s?m\b\.?"
_TIME = re.compile(
    rf"(?<![\d.:/])(?P<h>\d{{1,2}})[:.](?P<m>[0-5]\d)(?![.\d])\s*(?:{_AMPM})?"
    rf"|(?<![\d.:/])(?P<h2>\d{{1,2}})\s*(?:{_AMPM.replace('ap', 'ap2')})"
    r"|(?<![\d.:/])(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:hrs|hours|h\b|[A-Z]{2,4}\b))"
    r"|\b(?P<word>noon|midday|midnight)\b",
    re.IGNORECASE,
)


def _time_of_day(text: str) -> _Clock | None:
    found = _TIME.search(text)
    if found is None:
        return None
    if found["word"]:
        midnight = found["word"].lower() == "midnight"
        return _Clock(time(0 if midnight else 12), found.end(), midnight=midnight)
    hour = int(found["h"] or found["h2"] or found["h3"])
    minute = int(found["m"] or found["m3"] or 0)
    half = (found["ap"] or found["ap2"] or "").lower()
    if half and not 1 <= hour <= 12:
        return None
    if half == "a" and hour == 12:
        hour = 0
    elif half == "p" and hour < 12:
        hour += 12
    if hour > 23:
        return None
    return _Clock(time(hour, minute), found.end())


@cache
def _zone_pattern() -> re.Pattern[str]:
    zones = _words().zones
    phrases = alternation([z for z in zones if " " in z])
    # an abbreviation in capitals only ("ET", "PT", "Z" are words or letters otherwise)
    codes = "|".join(sorted((z.upper() for z in zones if " " not in z), key=len, reverse=True))
    offset = r"(?:GMT|UTC)\s*(?P<sign>[+\-−])\s*(?P<oh>1[0-4]|0?\d)(?!\d)(?::?(?P<om>\d\d))?"
    return re.compile(rf"(?<![\w+-])(?:{offset}|(?i:{phrases})|(?P<code>{codes}))(?![\w+-])")


def _zone_in(text: str, after: int) -> tzinfo | None:
    """The zone the line names, the one after its time first."""
    pattern = _zone_pattern()
    found = pattern.search(text, after) or pattern.search(text)
    if found is None:
        return None
    if found["sign"]:
        sign = -1 if found["sign"] in "-−" else 1
        offset = timedelta(hours=int(found["oh"]), minutes=int(found["om"] or 0))
        return timezone(sign * offset)
    return _words().zones[" ".join(found[0].lower().split())]


_WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)} | {
    name.lower(): n for n, name in enumerate(calendar.day_abbr)
}
_WEEKDAY = re.compile(
    r"\b(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE
)
_RELATIVE = re.compile(r"\b(today|tonight|tomorrow)\b", re.IGNORECASE)


def _day_named(text: str) -> bool:
    return bool(
        DAY_MONTH.search(text)
        or FULL_DATE.search(text)
        or _WEEKDAY.search(text)
        or _RELATIVE.search(text)
    )


def _day(text: str, item_day: date | None, today: date) -> tuple[date | None, str | None]:
    """The embargo's day, and a note (why it cannot be read, or a weekday the date
    belies)."""
    named = _dated(text, item_day, today)
    weekday = _WEEKDAY.search(text)
    if named is not None:
        if weekday is not None and _WEEKDAYS[weekday[1].lower()] != named.weekday():
            return named, (
                f"the line gives {weekday[1]} and {named:%d %B %Y}, a {named:%A}: read as the date"
            )
        return named, None
    relative = _RELATIVE.search(text)
    if item_day is None and (weekday or relative or _time_of_day(text)):
        return None, "the item has no date for its weekday or time to count from"
    if weekday and item_day is not None:
        ahead = (_WEEKDAYS[weekday[1].lower()] - item_day.weekday()) % 7
        return item_day + timedelta(days=ahead), None
    if relative and item_day is not None:
        return item_day + timedelta(days=relative[1].lower() == "tomorrow"), None
    if item_day is not None and _time_of_day(text):
        return item_day, None
    return None, None


def _dated(text: str, item_day: date | None, today: date) -> date | None:
    """A date the line writes: in full, or a day and month (of the item's year, or the
    next where that is long before the item's date)."""
    if (found := full_date_in(text)) is not None:
        return full_date(found)
    # (in numbers, where their order is certain: "12.03.2029", "03/25/2029"; layout.dates)
    if (numbers := date_in(text, today)) is not None and len(numbers) == len("2029-03-12"):
        return date.fromisoformat(numbers)
    if found := DAY_MONTH.search(text):
        day, month = day_and_month(found)
        base = item_day or today
        named = _valid(base.year, month, day)
        if named is not None and (base - named).days > PAST_DAYS:
            named = _valid(base.year + 1, month, day)
        return named
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
