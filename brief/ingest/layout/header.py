"""Header lines: a page's line of credits, which says when and by whom, never what happened.

Above or under its headline a page sets a line of fields ("The Elsey Review · Thursday 3
December 2026 · By Ann Lee", "By ANN LEE | Wirefeed | Dec 3, 2026 9:14 AM", "Words: Ann
Lee  Photos: Tom Roe": names, dates, times and bylines, no clause), a live desk its
masthead line ("Elsey Desk live | Thursday 3 December 2026 | all times local") and a
printed page its running header ("Meridian Research    Page 2 of 3"). Such a line is
read for the date and the writer and dropped: no title, subheading or first sentence.
Its fields are told apart here; page_top reads what they say of the page.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import alternation, joined, words
from brief.ingest.furniture import label_forms, translators_note
from brief.ingest.furniture import lists as furniture_lists
from brief.ingest.layout.bylines import (
    WRITER_ALONE,
    a_name,
    a_place,
    by_writer,
    credit_labels,
    credited_name,
    is_outlet_name,
    staff_credit,
)
from brief.ingest.layout.dates import date_in
from brief.ingest.layout.labels import (
    FIELD_WORDS,
    TOPIC_FIELD_WORDS,
    a_field,
    a_label,
    a_labelled_topic,
    topic_join,
)
from brief.ingest.layout.shapes import LETTERS, ends_sentence
from brief.ingest.layout.stamps import STAMP_LENGTH, is_stamp, time_words

# A header line of credits: "The Elsey Courier · Saturday 5 December 2026 · By Ann Lee",
# "By ANN LEE | Wirefeed | Dec 3, 2026 9:14 AM", "Published: 03/12/2026 10:14 | Updated:
# 11:02", "Words: Ann Lee  Photos: Tom Roe". Its fields are set apart by a separator
# between spaces (a bar, a dash, a dot), by two spaces or more, or by the label that opens
# the next ("... 10:14 Updated: 11:02", "... Ann Lee Photos: Tom Roe").
_FIELD_BREAK = re.compile(r"\s+(?:\||--|[-–—·•●])\s+|\s{2,}")
# A byline's "by" in lower case opening a field ("The Star | 14 Oct 2026 | by FARID
# WAHAB"), read as "By" is (r52: such a header had dated and credited nothing).
_LOWER_BY = re.compile(r"(^|\s(?:\||--|[-–—·•●])\s)by(?=\s+[A-Z])")


def bylines_capitalised(line: str) -> str:
    """The header line with each field's opening "by" written "By"."""
    return _LOWER_BY.sub(r"\1By", line) if "by " in line else line


HEADER_CHARS = 3 * STAMP_LENGTH
# What a header line's field tells.
WHEN = "when"  # a date, a time, a reading time: "Dec 3, 2026 9:14 AM", "5 min read"
WHO = "who"  # a byline or a credit: "By Ann Lee", "Words: Ann Lee", "Photos by Tom Roe"
NAME = "name"  # an outlet, a place, a label of the copy: "Elsey Courier", "Live blog"


def is_header_line(line: str) -> bool:
    """A page's header line of credits, which says when and by whom, never what happened:
    two fields or more (`header_fields`), each a stamp, a byline or a credit, or a name
    (an outlet's, a place's) or a label of the copy, and one of them at least saying when
    or who. Its words are names, dates and labels: no field holds a clause, so a sentence
    that opens "By Tuesday, the army had ..." is none, nor is a headline beside its
    outlet ("Floods kill 40 | Daily Nation"), whose words in lower case are a clause's."""
    # (asked of every sentence: the checks that its "by" written "By" leaves as they are
    # come before the substitution, which scans all of it, and a clause's words in lower
    # case rule most out before the fields are read)
    line = line.strip()
    if len(line) > HEADER_CHARS or any(mark in line for mark in '"“”«»'):
        return False
    line = bylines_capitalised(line)
    if not _may_split(line):
        return False
    known = _header_words()
    unknown = sum(1 for word in _LOWER_WORD.findall(line) if word not in known)
    if unknown > 1 and not (unknown <= TOPIC_FIELD_WORDS and topic_join().search(line)):
        return False
    fields = header_fields(line)
    if len(fields) < 2:
        return False
    kinds = _subsections(line, fields, [field_kind(field) for field in fields])
    if None in kinds or not ({WHEN, WHO} & set(kinds)):
        return False
    # (a closing stop is a sentence's, or a clock's "p.m.")
    return not line.endswith(".") or kinds[-1] == WHEN


# A section's subsection after its dash: "Fotbal – legionáři", "Sport - calcio estero".
_SUBSECTION_DASH = r"\s+(?:--|[-–—])\s+"


def _subsections(line: str, fields: list[str], kinds: list[str | None]) -> list[str | None]:
    """The kinds of a header's fields, a section's subsection read as a name: a field of
    one or two words in small letters that a dash sets apart from a section's name before
    it, a page's path written in its site's language, which keeps a subsection in small
    letters ("Sport Morava Online | Fotbal – legionáři | 24. 8. 2031 19:25": football,
    players abroad). A line whose clause follows a dash ("Floods | Crews search - 3 Dec")
    has a field of other words before it."""
    read = list(kinds)
    for k in range(1, len(fields)):
        field_words = fields[k].split()
        if (
            read[k] is None
            and read[k - 1] == NAME
            and 0 < len(field_words) <= 2
            and all(word[:1].islower() and word.isalpha() for word in field_words)
            and re.search(re.escape(fields[k - 1]) + _SUBSECTION_DASH + re.escape(fields[k]), line)
        ):
            read[k] = NAME
    return read


def _may_split(line: str) -> bool:
    """Whether a line holds a mark that may set a header's fields apart, looked for first:
    a separator, two spaces, a label's colon or "by" ("Posted 3 Dec 2026 Updated 4 Dec
    2026", with none, is one stamp). A scan for each mark: a pattern of them all took
    several times as long."""
    return (
        "-" in line
        or ":" in line
        or "|" in line
        or "  " in line
        or " by " in line
        or (
            not line.isascii()
            and ("·" in line or "•" in line or "●" in line or "–" in line or "—" in line)
        )
    )


# A word in lower case of four letters or more: a clause's, or a label's (_header_words).
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")


@cache
def _header_words() -> frozenset[str]:
    """The words in lower case a header line's fields hold: time words, a writer's job,
    a label of the copy or of a credit (a name's words are capitalised, or short
    particles; a stamp beside a credit may hold one other, see stamps)."""
    lists = furniture_lists()
    timed, _ = time_words()
    labels = lists.byline_roles | lists.header_labels | lists.credit_labels | lists.picture_words
    labels |= lists.outlet_words  # a label's medium: "Evening news transcript"
    return timed | frozenset(word for label in labels for word in label.split())


def header_fields(line: str) -> list[str]:
    """A header line's fields, in order (see _FIELD_BREAK)."""
    if not _may_split(line):
        return [line]  # (most lines: no field to set apart)
    fields = []
    for part in _FIELD_BREAK.split(line):
        starts = [0, *(m.start() for m in _field_label().finditer(part) if m.start() > 0)]
        fields += [part[a:b].strip() for a, b in zip(starts, [*starts[1:], len(part)], strict=True)]
    return [field for field in fields if field]


@cache
def _field_label() -> re.Pattern[str]:
    """The label that opens a header's field, a space before it: a stamp's ("Updated:",
    "First posted:", "Published") or a credit's ("Words:", "Photos by", "Story by")."""
    stamp_labels = words()["stamp_tells"]
    modifiers = words()["stamp_words"] - stamp_labels
    # (a modifier, "First", "Last", goes with its label, written in either case: read left
    # to right, a label's match takes it first)
    stamp = (
        rf"(?:(?:{label_forms(modifiers)})\s+(?i:{alternation(stamp_labels)})"
        rf"|(?:{label_forms(stamp_labels)}))\b(?:\s*:|\s+(?:on|at)\b)"
    )
    credit = rf"(?:{label_forms(credit_labels())})(?:\s*:|\s+by\s)"
    return re.compile(rf"(?<!\S)(?:{stamp}|{credit})")


def field_kind(field: str) -> str | None:
    """What a header's field tells (WHEN, WHO or NAME), or None: words of a sentence."""
    if is_stamp(field) or _timed(field):
        return WHEN
    if translators_note(field):
        return NAME  # a note of the copy: "Translated from Czech"
    if field.startswith("By "):
        return WHO if by_writer(field) is not None or staff_credit(field[3:]) else None
    if (credited := credited_name(field)) is not None:
        return WHO if a_name(credited) else None
    if a_name(field) or a_field(field) or sections(field) or a_labelled_topic(field):
        return NAME
    return None


def _timed(field: str) -> bool:
    """A field of figures and time words only, longer than a stamp or telling no time on
    its own: "5 min read", "Updated 12/25/11 05:12 AM ET". Not "1st AC" nor "16k": a
    word of time at least."""
    found = [w.lower() for w in LETTERS.findall(field)]
    timed, _ = time_words()
    return (
        any(ch.isdigit() for ch in field)
        and any(len(w) >= 3 for w in found)
        and all(len(w) < 3 or w in timed for w in found)
    )


def sections(part: str) -> bool:
    """A page's section labels after its stamp, set apart by commas: "World, Japan"."""
    labels = [label.strip() for label in part.split(",")]
    return len(labels) > 1 and all(a_name(label) for label in labels)


# (a hyphen between spaces stands for a dash in a plain-text copy: "Live blog - Tbilisi
# Monitor - Tuesday 15 March 2033 | all times local (GMT+4)", r76 F9)
_MASTHEAD_BREAK = re.compile(r"\s+[|–—-]\s+")


def is_masthead_line(line: str) -> bool:
    """A live desk's masthead line at a page's top: a header line of credits
    (`is_header_line`) but for a note on the page's clock, fields set apart by bars, the
    first a name (a desk's, an outlet's, a byline) and one a date, each other a header's
    field or the note ("Elsey Desk live | Thursday 3 December 2026 | all times local
    (GMT+2); the capital is an hour ahead"). A note's words are a clause's, so
    `is_header_line` does not take it; but it says how the page is kept, not what
    happened (pile10: such a line had been a story's first bullet). A field of other
    words is the story's ("Elsey Post | 4 June 2025 | Crews search the bay")."""
    line = line.strip()  # (what "By" for "by" leaves as it is, asked first: see is_header_line)
    if len(line) > HEADER_CHARS or any(mark in line for mark in '"“”«»'):
        return False
    # (set apart by bars, or by dashes between spaces: "Live blog — Danube Herald —
    # Thursday 11 November 2027 — all times CET", r66 F13; or both, the clock's note
    # after a bar: "Live blog - Tbilisi Monitor - 15 March 2033 | all times local")
    if len(_MASTHEAD_BREAK.split(line)) < 2:
        return False
    line = bylines_capitalised(line)
    fields = [field.strip() for field in _MASTHEAD_BREAK.split(line)]
    kinds = [field_kind(field) for field in fields]
    return (
        kinds[0] in (NAME, WHO)
        and any(_clock_note(field) for field in fields[1:])
        and all(
            kind is not None or _clock_note(field)
            for field, kind in zip(fields, kinds, strict=True)
        )
        and any(
            kind == WHEN and date_in(field) is not None
            for field, kind in zip(fields, kinds, strict=True)
        )
    )


def _clock_note(field: str) -> bool:
    """A live page's note on its clock: "all times GMT", "Times are local (UTC+3)"."""
    opening = field.lower()
    return any(
        opening.startswith(opener) and opening[len(opener) : len(opener) + 1] in ("", " ")
        for opener in furniture_lists().clock_note_openers
    )


def byline_writers(line: str, outlet: str | None = None) -> list[str] | None:
    """The writers a page's byline element names when it is a header line of fields
    (`is_header_line`), [] when it is a body's name alone, or None when it is neither.
    Only a person's name is a writer: a "By" field's, or a field of two to four
    capitalised words that names no body (`_a_body`: an outlet, a forum; nor the page's
    own `outlet`), no label of the copy ("English service"), no place, section nor staff
    credit (a credit, "Words: Ann Lee", is read as `header_writer` reads it). A
    masthead of outlet, desk and date names no one: "Gulf Wire | Business | 7 December
    2026" had credited the writers "Gulf; Business" (r55 M1)."""
    line = bylines_capitalised(" ".join(line.split()))
    # (a body's name alone, one field: a line of fields that names an outlet among them,
    # "By Ola Berg | Harbour Gazette | 4 October 2027", had been taken for one and named
    # no writer, r66 F17)
    alone = _a_body(line) and len(header_fields(line)) < 2
    if alone or (outlet is not None and line.casefold() == outlet.casefold()):
        return []  # the outlet's name alone: "Gulf of Guinea Wire"
    if not is_header_line(line):
        return None
    writers = []
    for field in header_fields(line):
        if field.startswith("By "):
            writers += [w] if (w := by_writer(field)) is not None else []
        elif _a_writers_name(field, outlet):
            writers.append(field)
    return writers


def _a_writers_name(field: str, outlet: str | None) -> bool:
    """A header's field that can only be a person's name (see byline_writers)."""
    return (
        WRITER_ALONE.fullmatch(field) is not None
        and not _a_body(field)
        and (outlet is None or field.casefold() != outlet.casefold())
        and not (a_field(field) or a_place(field) or a_label(field) or staff_credit(field))
        and field_kind(field) != WHEN
    )


def _a_body(name: str) -> bool:
    """A name (`a_name`) of an outlet (`is_outlet_name`) or of another body, its last word
    heading it ("Sahel Humanitarian Forum", "Elsey Press Service": the lexicon's
    organisation_heads, company_suffixes and body_name_ends), never a person's."""
    last = name.split()[-1:]
    return a_name(name) and (
        is_outlet_name(name)
        or (
            bool(last)
            and last[0].lower()
            in joined("organisation_heads", "company_suffixes", "body_name_ends")
        )
    )


# A page's number, a field of a running header or footer: "Page 2 of 3", "p. 2/3",
# "Page 4".
_PAGE_NUMBER = re.compile(r"(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)


def is_running_header(line: str) -> bool:
    """A printed page's running header or footer, kept in a document turned into text
    (a PDF's): a field that numbers the page and, beside it, only a few words each (the
    publisher, the series, a date), set apart by bars, dashes or a run of spaces
    ("Meridian Research          Page 2 of 3"). It repeats on every page and says
    nothing of the story: neither a title (it heads the first page) nor a line of the
    paragraph the page broke (r56 M6)."""
    if len(line) > HEADER_CHARS or not _PAGE_NUMBER.search(line):
        return False
    fields = [field.strip() for field in _FIELD_BREAK.split(line) if field.strip()]
    return any(_PAGE_NUMBER.fullmatch(field) for field in fields) and all(
        _PAGE_NUMBER.fullmatch(field)
        or (len(field.split()) <= FIELD_WORDS and not ends_sentence(field))
        for field in fields
    )
