"""Layout: clean text -> a Document of a title, headings and paragraphs.

A headline becomes the title; a short line without closing punctuation is a subheading
and never merges into the next sentence; paragraphs are kept whether they come one per
line, separated by blank lines or folded at a fixed width.

What a page says of itself, above or under its headline, is read, never briefed: a time
stamp dates the source, a byline names its writer, and a dateline, on its own line
("Mexico City - March 10, 2026 - El País English", a header of fields, "Sudan Horizon |
Port Sudan correspondent | 4 December 2026") or opening the story's first paragraph
("NIAMEY, March 10, 2026 (Reuters) - "), gives its date and its outlet; one that opens
the paragraph is cut from it, so the first sentence starts where the reporter's does.
A header line of credits above or under the headline ("The Elsey Review · Thursday 3
December 2026 · By Ann Lee", "Words: Ann Lee  Photos: Tom Roe": fields of names, dates,
times and bylines, no clause) is read for the date and the writer and dropped: no title,
subheading or first sentence. What a release sets above its headline (its issuer's
letterhead, "PRESS RELEASE") is no title. docs/inputs.md lists the forms for users.
"""

from __future__ import annotations

import calendar
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from itertools import islice

from brief.errors import InputError
from brief.extract.lexicon import (
    alternation,
    gazetteer,
    joined,
    month_numbers,
    unaccented,
    weekday_names,
    words,
)
from brief.inflection import inflection_key
from brief.ingest.furniture import (
    HEADLINE_WORDS,
    contact_heading,
    entry_stamp,
    finite_verb,
    is_controls,
    is_furniture,
    is_news_agency,
    label_forms,
    update_note,
)
from brief.ingest.furniture import lists as furniture_lists
from brief.ingest.signatures import signature
from brief.ingest.tables import without_tables
from brief.ingest.webpage import LATE_PAGE_DAYS
from brief.language import ENGLISH
from brief.models import Block, Document, Source
from brief.rank.text import stop_words

log = logging.getLogger(__name__)

_TERMINAL = ".!?…:;。！？"
_CLOSERS = "\"'”’»)]"
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# List and quote markers open a line but are not part of its sentence.
_LINE_MARK = re.compile(r"^(?:[*+•\-]|>+|\d{1,3}[.)])\s+")
# A list's item marker (no quote's ">": a quoted reply runs on over its lines).
_ITEM_MARK = re.compile(r"\s*(?:[*+•\-]|\d{1,3}[.)])\s+\S")
# A first line opening with a number, a stop and another number is a headline whose
# decimal a tokenised copy spaced ("6. 1 - magnitude quake strikes Aceh"), not item 6 of
# a list: a list does not open an article.
_SPACED_DECIMAL = re.compile(r"\d{1,3}\.\s\d")
# No real sentence runs this long without a full stop. Longer runs (a pasted list, a
# page of text without punctuation, a wall of brackets) are left out with a warning
# (`without_long_runs`), so every later stage works on bounded, whole sentences.
MAX_RUN = 1500
# Every run without a full stop, of which only the long ones are cut: a pattern asking for
# MAX_RUN + 1 such characters scanned each run again from every position in it (0.3 s of
# CPU for the paragraphs of 25,000 sentences), this one reads the text once.
_RUN = re.compile("[^.!?…。！？؟۔।॥։።။]+")


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _cut_mid_sentence(line: str) -> bool:
    """A line ending in a comma or in one of words.toml's [layout] open_ended words ("of",
    "the", "between") was cut mid-sentence: never a heading or a title."""
    last = line.split()[-1:]
    return bool(last) and (last[0].lower() in words()["open_ended"] or line.rstrip().endswith(","))


# A labelled field of a notice on a line of its own: a label in capitals of a few words
# (perhaps joined by "/", "&" or "-"), its colon, and what it says ("VESSEL: NORTH STAR
# (tanker, 18 crew)", "DATE/TIME: 04 JUN 2026, 1120 UTC", "LOCATION: 12°10'N 044°02'E").
_FIELD_LABEL = re.compile(r"([A-Z]{2,}(?:[ /&-]+[A-Z]{2,}){0,2})\s*:\s+\S")


def is_labelled_field(line: str) -> bool:
    """Whether the line (or a sentence) has a notice's labelled field's form: a label in
    capitals, and what it says ending on no stop. Text of the notice, as a sentence is,
    where such lines come in a run (`_field_lines`). A host's or questioner's label
    ("MODERATOR: ...", words.toml's asking_labels) heads the turn it opens, and a page's
    furniture ("PHOTO: AFP") is none of the text."""
    found = _FIELD_LABEL.match(line)
    if found is None or _ends_sentence(line):
        return False
    label = found.group(1).casefold()
    return label not in words()["asking_labels"] and not is_furniture(line)


def _field_lines(lines: Sequence[str]) -> frozenset[int]:
    """The lines that are a notice's fields: two or more labelled fields one under another
    ("VESSEL: ...", "DATE/TIME: ...", "POSITION: ..."), no blank line between. They are its
    text, never headings that head what follows (an advisory's vessel, time and position
    had been left out of every output, r62 F10). One such line alone is a kicker or a
    section's heading ("LEAD: THE DOCKS FALL SILENT", "SKETCH: Two Joneses ...")."""
    labelled = [bool(line) and ":" in line and is_labelled_field(line) for line in lines]
    return frozenset(
        at
        for at, field in enumerate(labelled)
        if field and ((at > 0 and labelled[at - 1]) or (at + 1 < len(lines) and labelled[at + 1]))
    )


def _looks_like_heading(line: str, most: int = 14) -> bool:
    """Short (`most` words) and without closing punctuation: "Ukraine creates reserve
    troops"."""
    if len(line) > 120 * most // 14:  # before splitting a paragraph's long line into words
        return False
    words = line.split()
    return (
        0 < len(words) <= most
        and not _ends_sentence(line)
        and not _cut_mid_sentence(line)
        and not _holds_sentence(line)
    )


# A sentence's end inside a line: a lower-case word (no initial, "J.", nor most
# abbreviations of titles, "Sen.") and its stop, a closing quote, then markup the page
# shows as text ("<b>", "&amp;", "[1]"), which opens no sentence of a headline's (nor
# does a contact's "Tel. +886 ...", a headline's second sentence or a figure).
_SENTENCE_END_INSIDE = re.compile(r"[^\W\d_]*[a-z][^\W\d_]\s*[.!?][\"”’')]*\s+(?=[<&\[])")


def _holds_sentence(line: str) -> bool:
    """Whether the line holds a whole sentence of three words or more before markup shown
    as text: a paragraph whose last words are no sentence ('"Polling day has not
    changed," he said. <b>bold</b>', a page showing a tag as text), never a heading, so
    its sentence is not lost with it (r57 #3). A headline of two sentences ("First the
    water took the house. Now it is taking the children") stays one."""
    found = _SENTENCE_END_INSIDE.search(line)
    return found is not None and len(line[: found.start()].split()) >= 3


TITLE_CHARS = 200


def reads_as_headline(text: str) -> bool:
    """A line that ends on a word or a figure, not on a stop of any script, in a
    headline's words at most: "Only a headline", "Rates held at 6.75%". A sentence ends on
    its stop: ".", "?", "。", Devanagari's "।"."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    if not stripped or len(text.split()) > HEADLINE_WORDS or len(text) > TITLE_CHARS:
        return False
    last = stripped[-1]
    return last.isalnum() or last in "%‰" or unicodedata.category(last).startswith("S")


# A full stop inside the line, then a capital ("... the stock market's climb. Will he"):
# a caption or a paragraph of sentences, not a headline. Not the stop of an abbreviation
# ("Sen. Kirsten Gillibrand", "Jackson will play vs. Steelers", "U.S. Senate").
_STOP_INSIDE = re.compile(r"(\w+)\.(?=[\"”’')]?\s+[\"“‘']?[A-Z])")


def _stands_alone(line: str, following: str) -> bool:
    """Whether a line that ends no sentence may still end its paragraph, in text of a line
    per paragraph: not when it stops mid-phrase ("and", a comma: _cut_mid_sentence) nor
    on a title whose holder's name opens the `following` line ("said Senator / Elizabeth
    Warren"). (A line may well end on a name: "... on Saturday", "... against Pittsburgh".)"""
    if _cut_mid_sentence(line):
        return False
    tail = [w.rstrip(".").lower() for w in line.split()[-4:]]
    first = following.split(None, 1)[0].lower() if following.strip() else ""
    if not tail or tail[-1] not in _titles_before_names() or first in words()["sentence_openers"]:
        return True  # no title, or the next line opens a sentence ("... Secretary / The ...")
    # "... the resignation of the President", "... the Swiss President": a whole noun
    # phrase, the title's own, no name to follow; but "said the Prime Minister / Boris
    # Johnson": a speaker's title, whose name the next line gives
    determiners = words()["determiners"] | words()["possessives"]
    determined = next((k for k, w in enumerate(tail[:-1]) if w in determiners), None)
    if determined is None:
        return False
    return not (determined > 0 and tail[determined - 1] in words().speech)


@cache
def _titles_before_names() -> frozenset[str]:
    return joined("role_heads", "honorifics", "title_abbreviations")


def _sentence_inside(line: str) -> bool:
    return any(
        len(word) > 1 and not word.isupper() and word.lower() not in _abbreviations()
        for word in (found.group(1) for found in _STOP_INSIDE.finditer(line))
    )


@cache
def _abbreviations() -> frozenset[str]:
    """Words written with a stop that ends no sentence: the titles the segmenter knows
    ("Sen.", "Gen.") and Punkt's English abbreviations ("vs.", "Inc.", "Jan.")."""
    import punkt

    return (
        joined("honorifics", "title_abbreviations") - words()["stopless_honorifics"]
    ) | frozenset(punkt.load_model("english").abbrev_types)


def _looks_like_title(line: str, alone: bool = False, credited: bool = False) -> bool:
    """`alone`: a blank line follows it. A line that ends in an open-ended word ("over",
    "on") was cut mid-sentence, unless it stands alone and the word may end a headline
    ("... warns inflation fight not over"): no paragraph breaks off mid-sentence.
    `credited`: a byline or the page's date stands under it, as under a headline only;
    then a stop inside it is a headline's ("Analysis: The border was settled on paper.
    The valley shows what paper can't do"), no caption's nor a paragraph's."""
    tokens = line.split()
    stripped = line.rstrip().rstrip(_CLOSERS)
    ends_free = alone and bool(tokens) and tokens[-1].lower() in words()["headline_ends"]
    cut = _cut_mid_sentence(line) and not (ends_free and not line.rstrip().endswith(","))
    return (
        0 < len(tokens) <= HEADLINE_WORDS
        and len(line.strip()) > 1  # a drop capital's letter on its line ("T", "he most ...")
        and len(line) <= TITLE_CHARS
        and not stripped.endswith((":", ";"))
        and (not stripped.endswith(".") or _a_name_closing(stripped))
        and (credited or not _sentence_inside(stripped))
        and not cut
        and not is_stamp(line)
        and not is_header_line(line)
        and not _heads_nothing(line)
        and not is_controls(line)
        and not is_menu(line)
    )


_NAME_LINE_WORDS = 6
# The label of a document's subject line: a memo's and a notice's "Subject:", a letter's
# "Re:" (as a mail's header names it)
_SUBJECT = re.compile(r"(?:Subject|SUBJECT|Re|RE|Subj)\s*:\s*(\S.*)")
# The date field of a document's head: "Date: 8 June 2027"
_SUBJECT_HEAD_DATE = re.compile(r"(?:Date|DATE)\s*:\s*(\S.*)")
_HEAD_LINE_WORDS = 12  # a head's lines are short: a name, a number, a date, an address


def _subject_line(lines: list[str], first: int) -> tuple[int, str] | None:
    """Where a document's subject line is, and its subject, where one stands in its head:
    among its first lines, each of them short and no sentence (its issuer, its number,
    its date), a line labelled "Subject:" or "Re:" whose subject reads as a headline."""
    seen = 0
    for at in range(first, len(lines)):
        line = lines[at]
        if not line:
            continue
        seen += 1
        if seen > _MASTHEAD_REACH + 2:
            return None
        found = _SUBJECT.fullmatch(line)
        if found is not None:
            said = found.group(1).strip()
            return (at, said) if _looks_like_title(said, alone=True) else None
        if len(line.split()) > _HEAD_LINE_WORDS or (
            _ends_sentence(line) and not _a_name_closing(line)
        ):
            return None
    return None


# A part's number at a line's opening: "Item 7.01", "Section 4", "7.01", "(d)", "99.1"
_ENUMERATOR = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVX]{1,4}[.)]|\([a-z0-9]{1,3}\))\s+(?=\S)"
)
# A stop, then the next part's number: "(d) Exhibits. 99.1 Press release dated ..."
_NEXT_PART = re.compile(r"(?<=\.)\s+(?=(?:\d{1,3}(?:\.\d{1,3})+|\([a-z0-9]{1,3}\))\s)")


def _enumerated_heading(line: str) -> bool:
    """A numbered part's heading, its closing stop a form's, not a sentence's: a part's
    number, then a name of capitalised words with no verb ("Item 7.01 Regulation FD
    Disclosure.", "Section 4. Definitions."), or of the form's entries, each numbered
    ("(d) Exhibits. 99.1 Press release dated June 8, 2027."). A numbered sentence
    ("1. Troops crossed the river.") has its verb."""
    if len(line.split()) > HEADLINE_WORDS:
        return False
    parts = _NEXT_PART.split(line.strip())
    for at, part in enumerate(parts):
        number = _ENUMERATOR.match(part)
        if number is None:
            return False
        named = part[number.end() :].rstrip(".").split()
        if not named or not named[0][:1].isupper():
            return False
        # (the first part a name, no verb; the entries under it, each numbered, may
        # describe: "99.1 Press release dated June 8, 2027")
        if at == 0 and any(
            (not w[:1].isupper() and not w[:1].isdigit() and w.lower() not in _NAME_PARTICLES)
            or finite_verb(w)
            for w in named
        ):
            return False
    return True


def _a_name_closing(line: str) -> bool:
    """Whether a line's closing stop is its last word's, an abbreviation's, on a name of a
    few capitalised words and no verb: "Norvant Energy Inc." under a filing's letterhead
    names the company it is about; "Shares fell at Acme Inc." is a sentence."""
    found = line.split()
    return (
        len(found) <= _NAME_LINE_WORDS
        and found[-1].rstrip(".").lower() in _abbreviations()
        and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in found)
        and not any(finite_verb(w) for w in found)
    )


_LETTERS = re.compile(r"[^\W\d_]+")
# A clock's time: "10:14", "7.57", "9pm", "2:47 p.m."; as a tokenised copy spaces its
# colon and its stops too, "2: 47 p. m." (as it spaces a decimal's point: see segment).
_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]|: )\d{2}\b|\b\d{1,2} ?[ap]\.? ?m\b", re.IGNORECASE)
_SEPARATORS = "|/-–—:•·"
# Longer lines say something: "11 November 2011 Last updated at 12:41 GMT" is 42 long.
STAMP_LENGTH = 50
# A day, a month and a year of two or four digits, or a year first: "05/02/2013",
# "2013-05-02" (not "3-2-1" nor "24/7/365").
_NUMERIC_DATE = re.compile(
    r"\s*(?:\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*(?:\d{4}|\d{2})"
    r"|\d{4}\s*([/.-])\s*\d{1,2}\s*\2\s*\d{1,2})\s*$"
)
# Capital letters, accented ones too ("SAN JOSÉ", "SÃO PAULO").
_UPPER = "A-ZÀ-ÖØ-Þ"
_DATELINE_PLACE = re.compile(
    rf"[{_UPPER}][{_UPPER}.'-]+(?: [{_UPPER}][{_UPPER}.'-]+){{0,2}}, (?=\w)"
    # or written as a name ("Caracas, March 17, 2026", "Mexico City, 10 March 2026"), with
    # its country perhaps ("Guayaquil, Ecuador, 16 Mar 2026")
    # (not "By Friday, March 13": a deadline, no place)
    rf"|(?!By\b)(?:[{_UPPER}][^\W\d_]+(?:[ -][{_UPPER}][^\W\d_]+){{0,2}}, ){{1,2}}(?=\w)"
)


def is_stamp(text: str) -> bool:
    """A scraped page's time stamp, that says when and not what: "2 years ago", "7.57 pm.",
    "December 19.", "05 / 02 / 2013", "(Published Thursday, July 24, 2014)": a short line
    of numbers and time words that tells a time. Never a title, a sentence or a brief's first line.
    ("I am 25." and "19 years." tell no time, so they stay.) A dateline's place in capitals
    may open it: "INDONESIA, July 2, 2013" says where and when, not what."""
    if any(mark in text for mark in '"“”«»'):
        return False
    if " | " in text and len(text) <= 3 * STAMP_LENGTH:
        # "Mombasa Observer | 11 March 2026, 09:15 EAT": a stamp beside an outlet, a byline
        parts = [part.strip() for part in text.split(" | ")]
        stamped = [part for part in parts if is_stamp(part)]
        return bool(stamped) and all(part in stamped or _credit(part) for part in parts)
    if len(text) > STAMP_LENGTH:
        return False
    if (place := _DATELINE_PLACE.match(text)) is not None:
        text = text[place.end() :]
    if _NUMERIC_DATE.match(text):
        return True  # "05/02/2013", "2013-05-02"
    found = [w.lower() for w in _LETTERS.findall(text)]
    timed, tells = _time_words()
    if any(len(w) >= 3 and w not in timed for w in found):
        return False
    return bool(_CLOCK.search(text)) or any(w in tells for w in found)


def _credit(part: str) -> bool:
    """A stamp's neighbour on its line: an outlet's or a byline's few capitalised words
    ("Lusophone Africa Report", "By Thandeka Nkosi, Africa Markets Wire, Johannesburg"),
    perhaps joined by a name's particles ("UN Office for the Coordination of Humanitarian
    Affairs (OCHA)"), no sentence: one word in lower case at most besides them."""
    found = _LETTERS.findall(part)
    named = [w for w in found if w not in _LONG_NAME_PARTICLES]
    capitals = [w for w in named if w[:1].isupper()]
    return 0 < len(named) <= 10 and len(capitals) >= len(named) - 1 and not part.endswith(".")


# How far past the headline a page's time stamp may stand ("Headline / May 03, 2013 /
# story"): its first lines.
STAMP_LINES = 3


def _stamp_date(
    lines: list[str], first: int, today: date | None = None, *, headline: bool = True
) -> tuple[str | None, str | None]:
    """The date of the page's time stamp, and the outlet a stamp credits beside it (or
    None). The date is the day it was published, as an ISO date, or its year alone where
    the day is not plain ("05/02/2013" is May or February). A stamp above the headline
    (the lines before `first`) is the page's; among its first lines, only one that says it
    is ("Published ...", "Updated ...", a clock's time) or that credits the copy
    (`_credited_stamp`: "Buenos Aires Times | March 9, 2026", "SAN JOSÉ, March 10, 2026 -
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
        or (n > 1 and _byline(after[n - 1]) is not None)
        or (
            n > 0
            and (
                _credited_stamp(line, today) is not None
                or is_header_line(line)
                or is_masthead_line(line)
            )
        )
        or (n == 1 and headline and _bare_date(line, lines[first:]))
    ]
    stamps = [*(line for line in lines[:first] if line), *published]
    date = outlet = None
    for line in stamps:
        credited = _credited_stamp(line, today)
        if date is None and is_stamp(line):
            date = _date_in(line, today)
        if date is None and credited is not None:
            date = credited[0]
        if date is None and (is_header_line(line) or is_masthead_line(line)):
            date = _header_date(line, today)
        if outlet is None and credited is not None:
            outlet = credited[1]
    return date, outlet


def _bare_date(line: str, lines: list[str]) -> bool:
    """A bare date under the headline ("4 December 2026", "Friday, December 4, 2026",
    "2026-12-04"), a line of nothing but a day, its month by name and a year (or an ISO
    date; "04/12/2026" may be either month's), that dates the page: unless the
    story, in the other `lines`, names that day again ("On March 11 the town met"
    under "March 11, 2011"), as a piece does that recalls it; a report of the day tells
    it by its weekday ("on Friday"). r43 M4: such dates had dated nothing."""
    if not is_stamp(line):
        return False
    found = _DAY_MONTH_YEAR.search(line) or _MONTH_DAY_YEAR.search(line) or _ISO_DATE.search(line)
    if found is None or _DATELINE_PLACE.match(line) is not None:
        return False
    written = _date_in(found.group())
    if written is None or len(written) != len("2026-12-04"):
        return False
    day = (int(written[8:]), int(written[5:7]))
    return not any(
        _day_of(found) == day
        for text in lines
        if text != line
        for found in _DAY_MONTH.finditer(text)
    )


def _day_of(found: re.Match[str]) -> tuple[int, int]:
    """The day and the month (numbers) that a `_DAY_MONTH` match writes."""
    return int(found["day"] or found["day2"]), _MONTHS[(found["month"] or found["month2"]).lower()]


# The parts of a stamp's line, set apart by bars or dashes between spaces: "Mexico City -
# March 10, 2026 - El País English", "Buenos Aires Times | March 9, 2026".
_STAMP_SEPARATOR = re.compile(r"\s+(\||--|[-–—·•●])\s+")
# A dateline on a line of its own that closes on its credit or its place in brackets:
# "Guayaquil, Ecuador, 16 Mar 2026 (EFE).-", "March 16, 2026 (EL FASHER) –".
_BRACKETED_CREDIT = re.compile(
    r"(?P<stamp>.+?),?\s*\((?P<credit>[^()]{2,40})\)\s*\.?\s*(?:--|[-–—])?\s*"
)
_NAME_WORDS = 6  # an outlet's or a place's name: "Lusophone Africa Report", "El País English"


def _credited_stamp(line: str, today: date | None = None) -> tuple[str, str | None] | None:
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
    line = _bylines_capitalised(line)
    written = line.strip()
    if written.startswith("By "):  # "By The Irrawaddy 9 March 2026": a byline and its day
        found = _DAY_MONTH_YEAR.search(written) or _MONTH_DAY_YEAR.search(written)
        day = _date_in(found.group()) if found is not None else None
        if (
            found is not None
            and day is not None
            and found.end() == len(written)
            # (less its weekday: "By Ann Lee, Elsey Times, Monday, 30 November 2026")
            and _by_writer(writer := _undated(written)) is not None
            and not _STAMP_SEPARATOR.search(writer)  # (an outlet between: read below)
            and _LETTERS.findall(writer)[-1].lower() not in weekday_names()  # "By Friday, ..."
        ):
            return day, None
    bracketed = _BRACKETED_CREDIT.fullmatch(line.strip())
    if bracketed is not None and len(line) <= 2 * STAMP_LENGTH:
        stamp, credit = bracketed["stamp"].strip(), bracketed["credit"].strip()
        date = _date_in(stamp, today) if is_stamp(stamp) else None
        if date is not None:
            return date, credit if is_news_agency(credit) else None
    line = line.strip().rstrip("|-–— ")
    if not line or len(line) > 3 * STAMP_LENGTH or line.endswith("."):
        return None
    parts = _STAMP_SEPARATOR.split(line)
    texts, separators = parts[::2], parts[1::2]
    dated = next((n for n, part in enumerate(texts) if is_stamp(part) and _date_in(part)), None)
    if dated is None or not all(
        n == dated
        or _a_name(part)
        or _a_field(part)
        or _a_labelled_topic(part)
        or (n > dated and (is_stamp(part) or _sections(part)))
        for n, part in enumerate(texts)
    ):
        return None  # (after the date, its time and the page's sections: "- 10:52 | World")
    stamp = texts[dated]
    if len(texts) == 1 and _DATELINE_PLACE.match(stamp) is None:
        return None  # a date alone, which may be a recalled day's (see _bare_date)
    date = _date_in(stamp, today)
    if date is None:
        return None
    credits = [part for part in texts[dated + 1 :] if _a_credit(part) and not _sections(part)]
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
    outlet = (
        credits[0] if credits and not _a_label(credits[0]) and not _a_place(credits[0]) else None
    )
    return date, _without_place(outlet) if outlet is not None else None


def _header_writer(line: str) -> str | None:
    """The writer a byline names among the fields of a header that dates the page ("By Ann
    Lee | Elsey Courier | June 4, 2025", "Elsey Courier · By Ann Lee · 4 June 2025"), or
    None."""
    line = _bylines_capitalised(line)
    if "By " not in line or _credited_stamp(line) is None:
        return None
    byline = _header_byline(line)
    return _by_writer(byline) if byline is not None else None


def byline_writers(line: str, outlet: str | None = None) -> list[str] | None:
    """The writers a page's byline element names when it is a header line of fields
    (`is_header_line`), [] when it is a body's name alone, or None when it is neither.
    Only a person's name is a writer: a "By" field's, or a field of two to four
    capitalised words that names no body (`_a_body`: an outlet, a forum; nor the page's
    own `outlet`), no label of the copy ("English service"), no place, section nor staff
    credit (a credit, "Words: Ann Lee", is read as `_header_writer` reads it). A
    masthead of outlet, desk and date names no one: "Gulf Wire | Business | 7 December
    2026" had credited the writers "Gulf; Business" (r55 M1)."""
    line = _bylines_capitalised(" ".join(line.split()))
    if _a_body(line) or (outlet is not None and line.casefold() == outlet.casefold()):
        return []  # the outlet's name alone: "Gulf of Guinea Wire"
    if not is_header_line(line):
        return None
    writers = []
    for field in header_fields(line):
        if field.startswith("By "):
            writers += [w] if (w := _by_writer(field)) is not None else []
        elif _a_writers_name(field, outlet):
            writers.append(field)
    return writers


def _a_writers_name(field: str, outlet: str | None) -> bool:
    """A header's field that can only be a person's name (see byline_writers)."""
    return (
        _WRITER_ALONE.fullmatch(field) is not None
        and not _a_body(field)
        and (outlet is None or field.casefold() != outlet.casefold())
        and not (_a_field(field) or _a_place(field) or _a_label(field) or _staff_credit(field))
        and _field_kind(field) != WHEN
    )


def _a_body(name: str) -> bool:
    """A name (`_a_name`) of an outlet (`is_outlet_name`) or of another body, its last word
    heading it ("Sahel Humanitarian Forum", "Elsey Press Service": the lexicon's
    organisation_heads, company_suffixes and body_name_ends), never a person's."""
    last = name.split()[-1:]
    return _a_name(name) and (
        is_outlet_name(name)
        or (
            bool(last)
            and last[0].lower()
            in joined("organisation_heads", "company_suffixes", "body_name_ends")
        )
    )


# A header line of credits: "The Elsey Courier · Saturday 5 December 2026 · By Ann Lee",
# "By ANN LEE | Wirefeed | Dec 3, 2026 9:14 AM", "Published: 03/12/2026 10:14 | Updated:
# 11:02", "Words: Ann Lee  Photos: Tom Roe". Its fields are set apart by a separator
# between spaces (a bar, a dash, a dot), by two spaces or more, or by the label that opens
# the next ("... 10:14 Updated: 11:02", "... Ann Lee Photos: Tom Roe").
_FIELD_BREAK = re.compile(r"\s+(?:\||--|[-–—·•●])\s+|\s{2,}")
# A byline's "by" in lower case opening a field ("The Star | 14 Oct 2026 | by FARID
# WAHAB"), read as "By" is (r52: such a header had dated and credited nothing).
_LOWER_BY = re.compile(r"(^|\s(?:\||--|[-–—·•●])\s)by(?=\s+[A-Z])")


def _bylines_capitalised(line: str) -> str:
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
    line = _bylines_capitalised(line)
    if not _may_split(line):
        return False
    known = _header_words()
    unknown = sum(1 for word in _LOWER_WORD.findall(line) if word not in known)
    if unknown > 1 and not (unknown <= _TOPIC_FIELD_WORDS and _topic_join().search(line)):
        return False
    fields = header_fields(line)
    if len(fields) < 2:
        return False
    kinds = [_field_kind(field) for field in fields]
    if None in kinds or not ({WHEN, WHO} & set(kinds)):
        return False
    # (a closing stop is a sentence's, or a clock's "p.m.")
    return not line.endswith(".") or kinds[-1] == WHEN


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
    particles; a stamp beside a credit may hold one other, `_credit`)."""
    lists = furniture_lists()
    timed, _ = _time_words()
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
    credit = rf"(?:{label_forms(_credit_labels())})(?:\s*:|\s+by\s)"
    return re.compile(rf"(?<!\S)(?:{stamp}|{credit})")


def _field_kind(field: str) -> str | None:
    """What a header's field tells (WHEN, WHO or NAME), or None: words of a sentence."""
    if is_stamp(field) or _timed(field):
        return WHEN
    if field.startswith("By "):
        return WHO if _by_writer(field) is not None or _staff_credit(field[3:]) else None
    if (credited := _credited(field)) is not None:
        return WHO if _a_name(credited) else None
    if _a_name(field) or _a_field(field) or _sections(field) or _a_labelled_topic(field):
        return NAME
    return None


# A credit's field: its label, then a colon or "by", then who: "Words: Ann Lee", "Photos
# by Tom Roe/Wirefeed", "Additional reporting: Ann Lee".
_CREDIT_FIELD = re.compile(r"(?P<label>[A-Z][A-Za-z]*(?:\s[a-z]+)?)(?:\s*:|\s+by)\s+(?P<name>\S.*)")


def _credited(field: str) -> str | None:
    """Who a credit's field credits ("Words: Ann Lee" -> "Ann Lee"), or None: no credit."""
    credit = _CREDIT_FIELD.fullmatch(field)
    if credit is None or credit["label"].lower() not in _credit_labels():
        return None
    return credit["name"]


@cache
def _credit_labels() -> frozenset[str]:
    """The labels of a credit's field: furniture.toml's credit_labels and picture_words."""
    lists = furniture_lists()
    return lists.credit_labels | lists.picture_words


def _timed(field: str) -> bool:
    """A field of figures and time words only, longer than a stamp or telling no time on
    its own: "5 min read", "Updated 12/25/11 05:12 AM ET". Not "1st AC" nor "16k": a
    word of time at least."""
    found = [w.lower() for w in _LETTERS.findall(field)]
    timed, _ = _time_words()
    return (
        any(ch.isdigit() for ch in field)
        and any(len(w) >= 3 for w in found)
        and all(len(w) < 3 or w in timed for w in found)
    )


def _credits_under(lines: list[str], head: int) -> bool:
    """Whether the first line holding words under the line at `head` credits the page,
    as a headline's byline or date does: "By Ann Lee | Elsey Desk | 16 November 2026",
    "By Ann Lee", "16 November 2026" (a paragraph is followed by the next)."""
    below = next((line for line in lines[head + 1 :] if line), "")
    return bool(below) and (
        (below.startswith("By ") and _by_writer(below) is not None)
        or is_header_line(below)
        or is_masthead_line(below)
        or (is_stamp(below) and _date_in(below) is not None)
        or _credited_stamp(below) is not None
    )


def _top_header_lines(lines: list[str], head: int) -> list[int]:
    """Where the header lines (`is_header_line`, `is_masthead_line`) stand at the top of
    a page's lines, the headline's own line aside."""
    return [
        k
        for k in _top_lines(lines, head)
        if is_header_line(lines[k]) or (k != head and is_masthead_line(lines[k]))
    ]


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
    if " | " not in line or len(line) > HEADER_CHARS or any(mark in line for mark in '"“”«»'):
        return False
    line = _bylines_capitalised(line)
    fields = [field.strip() for field in line.split(" | ")]
    kinds = [_field_kind(field) for field in fields]
    return (
        kinds[0] in (NAME, WHO)
        and any(_clock_note(field) for field in fields[1:])
        and all(
            kind is not None or _clock_note(field)
            for field, kind in zip(fields, kinds, strict=True)
        )
        and any(
            kind == WHEN and _date_in(field) is not None
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


def _top_lines(lines: list[str], head: int) -> list[int]:
    """The lines that hold words at the top of a page: above its headline (at `head`), or
    among the STAMP_LINES lines under it."""
    top = [k for k in range(head) if lines[k]]
    return top + [k for k in range(head, len(lines)) if lines[k]][: STAMP_LINES + 1]


def _header_date(line: str, today: date | None = None) -> str | None:
    """The date the first dated field of a header line gives (`is_header_line`)."""
    for field in header_fields(line):
        if _field_kind(field) == WHEN and (found := _date_in(field, today)) is not None:
            return found
    return None


def _header_byline(line: str) -> str | None:
    """The byline among a header line's fields ("By Ann Lee, Wirefeed"), or None."""
    return next((field for field in header_fields(line) if field.startswith("By ")), None)


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
    """A header's field that may name whose copy the page is: a name (`_a_name`; a label
    of the copy in lower case, "Wire report", is none), not a writer's byline, a job
    ("Staff Reporter", byline_roles), a credit of who made the copy ("Words: Ann Lee",
    "Story by Ann Lee") nor a release's label ("Press Release")."""
    if part.startswith("By ") or not _a_name(part) or _release_label().search(part):
        return False
    if _credited(part) is not None:
        return False
    return not _a_job([w.lower() for w in _LETTERS.findall(part)])


def _a_job(said: list[str]) -> bool:
    """Whether a credit's words (in lower case) say the writer's job: one of byline_roles
    ("Staff Writer", "Special to The Post"). "For" says it only opening the credit ("For
    The Elsey Post"): inside a name it joins the name's words ("UN Office for the
    Coordination of Humanitarian Affairs", whose header had been read as no credit, r44
    H4)."""
    roles = furniture_lists().byline_roles
    return any(w in roles and (w != "for" or n == 0) for n, w in enumerate(said))


def is_outlet_name(part: str) -> bool:
    """A name with a news outlet's word in it (outlet_words: "The Gulf Chronicle", "Manila
    Courier Online") or a news agency's: before a date behind a dash ("Live blog — The Gulf
    Chronicle — Friday 4 December 2026") whose copy it is, where a place's name ("Port
    Elsey - June 4, 2025") says where it was filed. Its words are read without their
    accents, as the outlet_words are written: "Rádio Lúrio" is a radio's."""
    said = {unaccented(w).lower() for w in _LETTERS.findall(part)}
    return is_news_agency(part) or not furniture_lists().outlet_words.isdisjoint(said)


# A page header's field that labels the copy: capitalised words, and at least one word of
# byline_roles or header_labels ("Port Sudan correspondent", "English service", "Wire
# report", "Live blog", "Unofficial English translation").
_FIELD_WORDS = 6
# A document's number: "Communique No. 041/MI/SP/ATA", "Press Release Ref: PR-2026-114".
_REFERENCE = re.compile(
    r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s(?:No|Nr|Ref|Reference)\.?:?\s*[\w/.-]*\d[\w/.-]*"
)


# A document's number after its label: "014/2027", "12-2026", "No.7" is _REFERENCE's.
_NUMBERED = re.compile(r"\d[\d/.-]*\d|\d")


def _a_field(part: str) -> bool:
    """A field of a page's header that says what the copy is or who wrote it, not whose it
    is and no sentence: a label of capitalised words and words of byline_roles or
    header_labels ("Port Sudan correspondent", "English service", "Wire report",
    "Morning programme transcript"), perhaps joined by function words or naming its
    medium (outlet_words: "Evening news transcript"); any other word in
    lower case is a sentence's, short or not ("Troops advance", "Aid programme cut": a
    headline beside its outlet and date keeps its words), or a document's number
    ("Communique No. 041/MI/SP/ATA")."""
    if _REFERENCE.fullmatch(part.strip()):
        return True
    found = part.split()
    if len(found) > 1 and _NUMBERED.fullmatch(found[-1]) and not _NUMBERED.match(found[-2]):
        # a label and the copy's number: "MTAC ADVISORY 014/2027", "Bulletin 12-2026"
        return _a_field(" ".join(found[:-1]))
    lists = furniture_lists()
    labels = lists.byline_roles | lists.header_labels
    media = lists.outlet_words
    bare = [w.strip("()’'").lower() for w in found]
    return (
        0 < len(found) <= _FIELD_WORDS
        and found[0][:1].isupper()
        and not any(ch.isdigit() for ch in part)
        and not part.endswith((".", ":", ";", ","))
        and any(w in labels for w in bare)
        and all(
            w[:1].isupper() or b in labels or b in media or b in stop_words(ENGLISH)
            for w, b in zip(found, bare, strict=True)
        )
    )


_TOPIC_FIELD_WORDS = 10


@cache
def _topic_join() -> re.Pattern[str]:
    """A label's word before one of words.toml's topic_prepositions, and its topic after."""
    joins = "|".join(sorted(words()["topic_prepositions"]))
    return re.compile(rf"[A-Za-z] (?:{joins}) ")


def _a_labelled_topic(part: str) -> bool:
    """A field that names the copy and what it is about: a label (`_a_field`: "Statement",
    "Evening news transcript") and, after "on" or "of", its subject ("Statement on the
    presidential results", "Transcript of the evening news"), the way an issuer's or a
    broadcaster's header line says what the page is. Its subject is a noun phrase, no
    verb of its own (`finite_verb`): "Report on abuse released" is a headline's words."""
    found = part.split()
    joins = words()["topic_prepositions"]  # "on", "of", "about"
    at = next((n for n, w in enumerate(found) if n and w in joins), None)
    if at is None or at + 1 >= len(found) or len(found) > _TOPIC_FIELD_WORDS:
        return False
    if part.endswith((".", ":", ";", ",", "?", "!")) or not _a_field(" ".join(found[:at])):
        return False
    return not any(w[:1].isalpha() and finite_verb(w) for w in found[at + 1 :])


def _a_place(name: str) -> bool:
    """A country or a city that seats a government (the gazetteer's): where a story was
    filed, never who published it ("Bishkek | 9 June 2026")."""
    entry = gazetteer().get(name)
    return entry is not None and entry.kind == "country" and entry.form != "demonym"


def _sections(part: str) -> bool:
    """A page's section labels after its stamp, set apart by commas: "World, Japan"."""
    labels = [label.strip() for label in part.split(",")]
    return len(labels) > 1 and all(_a_name(label) for label in labels)


def _a_name(part: str) -> bool:
    """A short run of capitalised words, perhaps with short particles ("Buenos Aires
    Times", "El País English", "Brasil em Foco", "MercoPress") and its initials in brackets
    ("Iraqi News Agency (INA)"), or a byline: no sentence. An organisation's longer name
    is one too where its words in lower case are only a name's particles (`_a_long_name`:
    "UN Office for the Coordination of Humanitarian Affairs (OCHA)")."""
    if part.startswith("By ") and (_by_writer(part) is not None or _staff_credit(part[3:])):
        return True
    found = _BRACKETED_PLACE.sub("", _INITIALS_IN_BRACKETS.sub("", part)).split()
    return (
        len(found) > 0
        and found[0][:1].isupper()
        and not any(ch.isdigit() for ch in part)
        and (
            (
                len(found) <= _NAME_WORDS
                and all(w[:1].isupper() or (w.isalpha() and len(w) <= 3) for w in found)
            )
            or _a_long_name(found)
        )
    )


# An organisation's name written out: "UN Office for the Coordination of Humanitarian
# Affairs", "International Federation of Red Cross and Red Crescent Societies",
# "Instituto Nacional de Gestão e Redução do Risco de Desastres". Its capitalised words,
# at most; the words in lower case between them are particles alone.
_LONG_NAME_WORDS = 8
_LONG_NAME_PARTICLES = frozenset(
    {"of", "the", "and", "for", "on", "in", "to", "at", "&"}
    | {"de", "da", "do", "das", "dos", "des", "du", "del", "la", "le", "el", "y", "e", "et"}
)


def _a_long_name(found: list[str]) -> bool:
    """Words (brackets' initials and place taken out) that make an organisation's long
    name: capitalised words, _LONG_NAME_WORDS at most, joined by particles only, the last
    capitalised. A sentence has a verb in lower case: "Troops advance on the capital"."""
    capitalised = [w for w in found if w[:1].isupper()]
    return (
        len(capitalised) <= _LONG_NAME_WORDS
        and found[-1][:1].isupper()
        and all(w[:1].isupper() or w in _LONG_NAME_PARTICLES for w in found)
    )


def _staff_credit(credit: str) -> bool:
    """A byline's credit of a paper's staff, whose writer it does not name: "Asia-Plus
    staff", "Our Correspondent". Capitalised words, and words of byline_roles."""
    found = credit.split()
    roles = furniture_lists().byline_roles
    return (
        0 < len(found) <= _NAME_WORDS
        and found[0][:1].isupper()
        and any(w.lower() in roles for w in found)
        and all(w[:1].isupper() or w.lower() in roles for w in found)
        and not any(ch.isdigit() for ch in credit)
    )


_INITIALS_IN_BRACKETS = re.compile(r"\s*\([A-Z]{2,6}\)")
# A place in brackets after an outlet's name, where its edition is: "Global Herald
# (Beijing)". Part of no outlet's name (`_without_place`).
_BRACKETED_PLACE = re.compile(r"\s*\([A-Z][a-z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\)\s*$")


def _without_place(outlet: str) -> str:
    """The outlet's name less the place in brackets after it: "Global Herald (Beijing)" is
    the Global Herald, as "Iraqi News Agency (INA)" keeps its initials."""
    return _BRACKETED_PLACE.sub("", outlet).strip() or outlet


def _a_label(name: str) -> bool:
    """A page's section label in the outlet's place ("World | March 9, 2026", "Opinion"):
    one common word of English, no publisher's name."""
    from brief.extract.actors.word_knowledge import common_word

    return " " not in name and common_word(name.lower())


# A byline: "By Liis Kaarma", "By Jeta Hoxha, BIRN", or a name alone on its line under
# the headline ("Chinedu Okafor"): two to four capitalised words, nothing else.
_WRITER = r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*"
_BY_LINE = re.compile(rf"By\s+({_WRITER}(?:\s+and\s+{_WRITER})?)\s*(?:$|[,|])")
_NAME_LINE = re.compile(r"(?:[A-Z][a-z’'.-]+\s+){1,3}[A-Z][a-z’'-]+")
_WRITER_ALONE = re.compile(_WRITER)


_BYLINE_WORDS = 8  # "By Election Day, turnout had collapsed" is a sentence, no byline


def _by_writer(line: str) -> str | None:
    """The writer a "By ..." line names ("By Liis Kaarma" -> "Liis Kaarma", "By Ann Lee
    and Tom Brown" -> both), less an agency's name after it ("By Ann Lee Associated
    Press"), if it is one: short and no sentence."""
    found = _BY_LINE.match(line)
    if found is None or line.rstrip().endswith("."):
        return None
    if len(line.split()) > _BYLINE_WORDS and not _credits_only(line[found.end() :]):
        return None
    writer = found.group(1)
    for agency in furniture_lists().picture_agencies:  # "By SAMIR OTHMAN Associated Press"
        if writer.lower().endswith(f" {agency}") and " " in writer[: -len(agency) - 1]:
            return writer[: -len(agency) - 1]
    return writer


def _credits_only(rest: str) -> bool:
    """Whether what follows a byline's writer is only credits: names set apart by commas
    (`_a_name`: the outlet, the place it was filed from) and perhaps the page's date
    closing it, a few words in all. A byline's shape says which is which, however many
    words its outlet takes: "By Wanjiru Kamau, Nairobi Business Daily, 30 November 2026"
    (r44 L1 had lost its writer and its outlet: nine words had been too many for a
    byline). A sentence goes on in lower case: "By Election Day, turnout had collapsed"."""
    credits = _undated(rest).strip(" ,")
    return len(credits.split()) <= _BYLINE_WORDS and all(
        _a_name(part.strip()) for part in credits.split(",") if part.strip()
    )


def _undated(line: str) -> str:
    """A byline less the date that closes it: the date is the page's, no word of the
    credit ("By Wanjiru Kamau, Nairobi Business Daily, 30 November 2026" is a byline of
    six words, not nine; r44 L1 had lost its writer and its outlet to the count)."""
    found = _DAY_MONTH_YEAR.search(line) or _MONTH_DAY_YEAR.search(line)
    if found is None or line[found.end() :].strip():
        return line
    before = line[: found.start()].rstrip(" ,|–—-")
    words_before = before.split()
    if words_before and words_before[-1].strip(",").lower() in weekday_names():
        before = " ".join(words_before[:-1]).rstrip(" ,|–—-")  # "Monday, 30 November 2026"
    return before


def _by_outlet(line: str) -> str | None:
    """The outlet a byline credits after its writer's comma ("By Ann Lee, Premium Times"),
    or None: a credit of the writer's job ("Staff Writer", byline_roles), or of a place
    ("By Ann Lee, Lagos"), is none. Only a name with an outlet's word in it
    (outlet_words: "Times", "News", "Wire") or a news agency's is read."""
    found = _BY_LINE.match(line)
    if found is None or _by_writer(line) is None or not found.group().endswith(","):
        return None
    credit = line[found.end() :].split(",")[0].strip()
    lists = furniture_lists()
    said = [w.lower() for w in _LETTERS.findall(credit)]
    if not _a_name(credit) or not said or _a_job(said):
        return None
    if is_news_agency(credit) or not lists.outlet_words.isdisjoint(said):
        return None if _a_place(credit) else credit
    return None


def _byline(line: str) -> str | None:
    """The writer a byline names (`_by_writer`; a name alone on its line is one too), or
    None. A date right under one is the page's stamp."""
    if _BY_LINE.match(line) is not None:
        return _by_writer(line)
    return line if _NAME_LINE.fullmatch(line) and not is_stamp(line) else None


def dated_label(line: str) -> str | None:
    """The date of a page's label that closes on it, a heading with its day rather than a
    sentence (r60 F13): "Security alert update for citizens in Norvania, 16 March 2027.",
    "Norvania travel advice - updated 15 March 2027.", "Situation report No. 4 | 9 Feb
    2027". Its words name what the page is (one of furniture.toml's header_labels in any
    of its forms: "statement", "update", "report"), or a word that says the page was
    stamped ("updated") stands before the date; none is a verb that we can tell
    (auxiliaries, pasts), and the date is set off by a comma, a dash, a bar or a colon,
    not in apposition to a weekday. So "The talks resumed on 16 March 2027.", "The
    president arrives in Kyiv on Monday, 17 March 2027." and "Schools reopen on Monday,
    17 March 2027." are sentences: a present tense is no verb we can tell, and it needs
    the page's noun to be taken for a label. None for any other line. Asked only of the
    lines at a page's top, where a page puts its label."""
    if len(line.split()) > HEADLINE_WORDS or any(mark in line for mark in '"“”«»'):
        return None
    found = _dated_label_pattern().match(line.strip())
    if found is None:
        return None
    said = re.findall(r"[A-Za-z’']+", found["label"])
    if (
        not said
        or said[-1].lower() in weekday_names()
        or any(finite_verb(word) for word in said)
        or not (found["stamped"] or any(_page_noun(word) for word in said))
    ):
        return None
    return found["date"]


def _page_noun(word: str) -> bool:
    """A word naming what a page is, in any of its forms ("updates", "Statement")."""
    return inflection_key(word.lower()) in _page_noun_keys()


@cache
def _page_noun_keys() -> frozenset[str]:
    return frozenset(inflection_key(word) for word in furniture_lists().header_labels)


@cache
def _dated_label_pattern() -> re.Pattern[str]:
    tells = alternation(words()["stamp_tells"] - {"ago"})
    when = rf"{_DAY_MONTH_YEAR.pattern}|{_MONTH_DAY_YEAR.pattern}|{_ISO_DATE.pattern}"
    return re.compile(
        rf"(?P<label>.*?[^\W_])\s*(?:,|\s[-–—|:]|:)\s*"
        rf"(?P<stamped>(?:last\s+)?(?i:{tells})\s+(?:on\s+)?)?"
        rf"(?P<date>(?i:{when}))\s*\.?\Z"
    )


def _says_when_published(line: str) -> bool:
    """A line that says it stamps the page: a word that tells so, or a clock's time.
    Asked of a page's first lines, whole paragraphs as often as not, before anything else
    can start: its words are read only where one of the telling words is in it at all (a
    word that lower-cases to one is in the line lower-cased), a regular expression's scan
    of a paragraph costing a hundred times a substring's."""
    tells = words()["stamp_tells"]
    lowered = line.lower()
    if not any(tell in lowered for tell in tells):
        return _CLOCK.search(line) is not None
    said = {w.lower() for w in _LETTERS.findall(line)}
    return bool(_CLOCK.search(line)) or not said.isdisjoint(tells)


_MONTHS = month_numbers()
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# (a day may be written as an ordinal: "March 10th 2026", "10th March 2026")
_ORDINAL = "(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}}){_ORDINAL}\s+({_MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORDINAL},?\s+((?:19|20)\d\d)\b", re.I
)
# A day and its month, either way round, with or without its year: "11 March", "March 11th".
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month>{_MONTH})\b\.?"
    rf"|(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}}){_ORDINAL}\b)",
    re.I,
)
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_A_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NUMBERS_DATE = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")


def _date_in(line: str, today: date | None = None) -> str | None:
    """An ISO date, or a year, that a stamp's line states. A date in numbers is read where
    its order is certain: with dots, day first, as the countries that write them do
    ("12.05.2026", ERR's; "12.5.2026", Yle's); with slashes, where one number is over 12
    ("5/24/2013"), or where one order gives a day after `today` (the day it is read), when
    no page was published: read on 10 June 2026, "10/06/2026" is that day, not 6 October.
    Else ("05/02/2013") it gives its year alone."""
    day_month = _DAY_MONTH_YEAR.search(line)
    month_day = _MONTH_DAY_YEAR.search(line)
    iso = _ISO_DATE.search(line)
    numbers = _NUMBERS_DATE.search(line)
    if day_month:
        day, month, year = day_month.group(1), _MONTHS[day_month.group(2).lower()], day_month[3]
    elif month_day:
        month, day, year = _MONTHS[month_day.group(1).lower()], month_day.group(2), month_day[3]
    elif iso:
        year, month, day = iso.group(1), int(iso.group(2)), iso.group(3)
    elif numbers and (ordered := _day_and_month(numbers, today)) is not None:
        (day, month), year = ordered, numbers.group(4)
    else:
        year_only = _A_YEAR.search(line)
        return year_only.group(1) if year_only else None
    if not (1 <= month <= 12 and 1 <= int(day) <= calendar.monthrange(int(year), month)[1]):
        return None
    return f"{year}-{month:02d}-{int(day):02d}"


def _day_and_month(numbers: re.Match[str], today: date | None) -> tuple[str, int] | None:
    """The day and the month of a date in numbers (_NUMBERS_DATE), where its order is
    certain (see _date_in)."""
    first, mark, second, year = numbers.group(1, 2, 3, 4)
    one, other = int(first), int(second)
    if mark == "." or one > 12:
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


def _past_masthead(lines: list[str], first: int) -> tuple[int, bool]:
    """Where the headline is, and whether there is one, when the first line is a masthead,
    a letterhead or a label above it: a line of a few words in capitals ("DUSHANBE
    TIMES", "PRESS RELEASE"), an issuer's letterhead in capitals (`is_letterhead`: "U.S.
    DEPARTMENT OF THE TREASURY") or a line that labels a release ("UNHCR: Uganda press
    release"), followed within a few lines (past a section's path, a date, the issuer's
    other letterhead lines, a release's label, a byline: `_above_headline`) by a line that
    reads as a headline. With none there, a letterhead or a release's label heads nothing:
    the story opens at the first other line, and has no headline (a ministry's communiqué
    of paragraphs had been headed "REPUBLIC OF NIGER - MINISTRY OF THE INTERIOR, ...",
    r43 M5); a short headline in capitals over its story's first sentence ("CHARGERS'
    RECEIVER ARRESTED") stays."""
    opening = lines[first]
    issued = (opening.isupper() and is_letterhead(opening)) or bool(
        _release_label().search(opening)
    )
    if not (issued or _masthead(opening)):
        return first, True
    # (its lines that hold words: a release may set a blank line between each)
    below = (k for k in range(first + 1, len(lines)) if lines[k])
    for k in islice(below, _MASTHEAD_REACH - 1):
        line = lines[k]
        if _above_headline(line):
            continue
        if _looks_like_title(line, alone=k + 1 >= len(lines) or not lines[k + 1]):
            return k, True
        return (k, False) if issued else (first, True)
    return first, True


def _above_headline(line: str) -> bool:
    """A line that a page or a release sets above its headline, never the headline: a time
    stamp or a dateline on its own line ("PRESS RELEASE | 4 December 2026"), a one-word
    label, a menu, a section's path, the issuer's letterhead ("Republic of the
    Philippines", in capitals or not), a release's label ("PRESS RELEASE") or a byline
    ("By Ann Lee")."""
    return (
        is_stamp(line)
        or _label(line)
        or is_menu(line)
        or _section_path(line)
        or is_letterhead(line)
        or _release_label().search(line) is not None
        or (line.startswith("By ") and _by_writer(line) is not None)
        or _credited_stamp(line) is not None
        or is_header_line(line)
        or _document_label(line)
    )


# A form's name and number in capitals: "FORM 8-K", "SCHEDULE 13D" (a code, not a count:
# "FLOODS KILL 40" is a headline).
_FORM_NUMBER = re.compile(r"[A-Z]+(?:\s[A-Z]+){0,2}\s\d[\d/.-]*[A-Z/.-][\w/.-]*")


def _document_label(line: str) -> bool:
    """A line in capitals that says what kind of document this is, set under its issuer's
    letterhead and above what it is about, never its headline: a label of header_labels'
    words ("CURRENT REPORT"), a numbered one ("NOTICE TO MEMBERS No. 27/114") or a form's
    name and number ("FORM 8-K"). A headline in capitals says what happened ("CHARGERS'
    RECEIVER ARRESTED")."""
    stripped = line.strip()
    letters = _LETTERS.findall(_REFERENCE_MARK.sub("", stripped))
    if not letters or not all(w.isupper() for w in letters):
        return False
    return _FORM_NUMBER.fullmatch(stripped) is not None or _a_field(stripped)


# The mark before a document's number, the one word in lower case a label in capitals holds
_REFERENCE_MARK = re.compile(r"\b(?:No|Nr|Ref)\b\.?")


_MASTHEAD_WORDS = 4
_MASTHEAD_REACH = 6  # lines that hold words, the masthead's own among them


@cache
def _release_label() -> re.Pattern[str]:
    """A line that labels a release (furniture.toml's release_labels): "PRESS RELEASE",
    "UNHCR: Uganda press release", "PRESS RELEASE No. 15/2027" closing it, or "For
    immediate release" opening it, where no headline follows after a colon and no
    sentence goes on in lower case."""
    labels = alternation(furniture_lists().release_labels)
    return re.compile(
        rf"\b(?:{labels})(?:\s+(?:no|nr|ref)\.?:?\s*[\w/.-]*\d[\w/.-]*)?\s*$"
        rf"|^(?:{labels})\b(?!\s*[:|]\s*[^\W\d_])(?!\s+[a-z])",
        re.I,
    )


@cache
def _release_prefix() -> re.Pattern[str]:
    """A release's label before its headline on the headline's line: "PRESS RELEASE: EU
    NAVFOR responds to hijacking" is headed "EU NAVFOR responds to hijacking"."""
    labels = alternation(furniture_lists().release_labels)
    return re.compile(rf"(?i:{labels})\s*[:|]\s*(?=\S)")


def _masthead(line: str) -> bool:
    found = _LETTERS.findall(line)
    return (
        0 < len(found) <= _MASTHEAD_WORDS and line.isupper() and not any(c.isdigit() for c in line)
    )


# A letterhead's names are set apart by dashes or bars: "REPUBLIC OF NIGER - MINISTRY OF
# THE INTERIOR, PUBLIC SECURITY AND TERRITORIAL ADMINISTRATION".
_LETTERHEAD_SEPARATOR = re.compile(r"\s+[|/–—-]\s+")
_LETTERHEAD_WORDS = 16
_LETTERHEAD_MODIFIERS = 3  # "U.S. DEPARTMENT", "PHILIPPINE COAST GUARD"
# Words inside a name written in title case ("Republic of the Philippines")
_NAME_PARTICLES = frozenset({"of", "the", "and", "for", "on", "in", "to", "&"})


def is_letterhead(line: str) -> bool:
    """An issuer's letterhead: the names of a state or a government body and nothing else,
    in capitals or in title case, each opening with its head (furniture's
    letterhead_heads) and "of" or "for" ("REPUBLIC OF NIGER", "U.S. DEPARTMENT OF THE
    TREASURY", "Republic of the Philippines", "MINISTRY OF THE INTERIOR, PUBLIC SECURITY
    AND TERRITORIAL ADMINISTRATION") or closing with it ("PHILIPPINE COAST GUARD"),
    perhaps with its initials in brackets ("DEMOCRATIC RENEWAL ALLIANCE (DRA)"). No
    number, no closing stop. A headline says what happened: "ARMY KILLS 40 REBELS" and
    "POLICE ARREST MAYOR" name a body and go on."""
    line = _INITIALS_IN_BRACKETS.sub("", line).strip()
    tokens = line.split()
    if (
        not tokens
        or len(tokens) > _LETTERHEAD_WORDS
        or any(ch.isdigit() for ch in line)
        or line[-1] in _TERMINAL
    ):
        return False
    if not line.isupper() and not all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in _LETTERS.findall(line)
    ):
        return False
    heads = furniture_lists().letterhead_heads
    for name in _LETTERHEAD_SEPARATOR.split(line):
        said = [w for w in re.split(r"[\s-]+", name.lower().strip(",; ")) if w]
        at = next((n for n, w in enumerate(said) if w.strip(",;") in heads), None)
        if at is None or _modifiers(name, said[at]) > _LETTERHEAD_MODIFIERS:
            return False
        if at + 1 < len(said) and said[at + 1] == _POSTPOSITIVE:
            at += 1  # "DIRECTORATE GENERAL OF COASTAL SAFETY", "Directorate-General for Trade"
        if at + 1 < len(said) and said[at + 1] not in ("of", "for"):
            return False
    return True


def _modifiers(name: str, head: str) -> int:
    """The words before a name's head, a hyphened word one and "and" none: "NATIONAL
    ELECTORAL AND BOUNDARIES COMMISSION" and "PAN-AFRICAN ELECTION OBSERVATION MISSION"
    have three."""
    before = []
    for token in name.lower().split():
        if head in token.strip(",;").split("-"):
            break
        before.append(token)
    counted = sum(1 for token in before if token not in ("and", "&"))
    # (a state's name of several words opening it is one word, as "U.S." is: "UNITED
    # STATES SECURITIES AND EXCHANGE COMMISSION")
    for size in range(len(before), 1, -1):
        if _a_state(" ".join(before[:size])):
            return counted - size + 1
    return counted


@cache
def _state_names() -> frozenset[str]:
    """The gazetteer's names of countries, in lower case ("united states")."""
    return frozenset(
        form.lower()
        for form, entry in gazetteer().items()
        if entry.kind == "country" and entry.form in ("name", "alias")
    )


def _a_state(words_before: str) -> bool:
    """Whether the words are a country's name ("united states")."""
    return words_before.strip(",;") in _state_names()


def _issuer(letterheads: list[str]) -> str | None:
    """Of a release's letterhead lines, the body that issued it: the first that names no
    state ("REPUBLIC OF ELSEY" / "MINISTRY OF HEALTH" is the ministry's; a party's name
    over "OFFICE OF THE PARTY LEADER" is the party's), else the state's."""
    states = furniture_lists().letterhead_states
    bodies = (line for line in letterheads if _LETTERS.findall(line)[0].lower() not in states)
    return next(bodies, letterheads[0] if letterheads else None)


# The adjective English sets after an office's head, as in "Attorney General": a body's
# "Directorate General of ...", "Secretariat-General of ...".
_POSTPOSITIVE = "general"


def _section_path(line: str) -> bool:
    """ "Politics | Security": a page's sections, each a word or two, between bars."""
    items = _menu_items(line)
    return len(items) >= 2 and all(item and len(item.split()) <= 2 for item in items)


def _label(line: str) -> bool:
    """A page's one-word label above its headline ("Columnist", "Opinion", "Exclusive"):
    a headline says what happened, in words enough for a clause. Not a line of a script
    written without spaces (Chinese, Japanese, Thai), where a whole headline is one
    "word": "中国与美国外长举行电话会谈" had been dropped as a label."""
    word = line.strip().rstrip(":")
    return len(word) >= 3 and _LETTERS.fullmatch(word) is not None and not _UNSPACED.search(word)


# Scripts written without spaces between words: Thai, kana, CJK ideographs.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


# A page's menu: three items or more set apart by bars or bullets, each of four words at
# most ("Skip to main content | Subscribe | Sign in | Menu"). A headline is one phrase; a
# headline beside its outlet ("Floods kill 40 | Daily Nation") has two parts.
_MENU_ITEM_WORDS = 4
_MENU_ITEMS = 3
_MENU_BAR = re.compile(r"\s[|•·]\s")


def is_menu(line: str) -> bool:
    """A line of a page's menu, never a headline nor a sentence. A page's title in the
    same shape, "Floods kill 40 | Africa | Daily Nation", opens with its headline: a
    menu opens with a word or two, or with a control ("Skip to main content")."""
    items = _menu_items(line)
    if len(items) < _MENU_ITEMS or not all(
        item and len(item.split()) <= _MENU_ITEM_WORDS for item in items
    ):
        return False
    return len(items[0].split()) <= 2 or is_controls(items[0])


def _menu_items(line: str) -> list[str]:
    """A line's items between bars or bullets."""
    return [item.strip() for item in _MENU_BAR.split(line.strip())]


def _heads_nothing(line: str) -> bool:
    """A dateline's stub or a page's label, one word before a separator: "CARDIFF |"."""
    said = [w for w in _LETTERS.findall(line) if len(w) >= 3]
    return len(said) <= 1 and line.rstrip().endswith(tuple(_SEPARATORS))


@cache
def _time_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words a stamp may hold (words.toml's stamp words and durations, calendar's
    names), and those of them that tell a time (the names, stamp_tells), made once."""
    names = [*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr]
    calendar_words = frozenset(name.lower() for name in names if name)
    timed = joined("stamp_words", "durations") | calendar_words
    return timed, calendar_words | words()["stamp_tells"]


def _hard_wrapped(lines: list[str], apart: Sequence[bool] = ()) -> bool:
    """Most lines run on into the next (text folded at a fixed width): then a heading
    or title must stand alone between blank lines. A time stamp's line runs into nothing,
    nor does a byline's: a headline, its byline, its date and the story, a line each, are
    four lines, not one folded. Nor does a line `apart` marks (see _apart)."""
    body = [line for line in lines if line]
    if len(body) < 4:
        return False
    marked = list(apart) or [False] * len(lines)
    running = sum(
        1
        for line, nxt, alone, next_alone in zip(lines, lines[1:], marked, marked[1:], strict=False)
        if line
        and nxt
        and not (alone or next_alone)
        and not _ends_sentence(line)
        and not any(is_stamp(part) or _byline(part) or is_header_line(part) for part in (line, nxt))
    )
    return running > len(body) / 3


def _apart(raw: list[str], lines: list[str]) -> list[bool]:
    """The lines of a web page's text that are an element of their own whatever ends
    them: a list's item (its marker in `raw`), a line of page furniture ("READ MORE:
    ...", "MOST READ") and a live page's entry heading ("4:00 pm — Death toll rises to
    23", whose entry's first sentence it had been glued into, r52 M3). A tabloid's teaser
    list and its promotions, ending on no stop, had made its page read as text folded at
    a width, and run into its lede (r50 H1); its paragraphs folded by <br> or <pre> still
    read so."""
    return [
        bool(line)
        and (
            bool(_LINE_MARK.match(whole.strip()))
            or is_furniture(line)
            or entry_stamp(line) is not None
        )
        for whole, line in zip(raw, lines, strict=True)
    ]


def without_long_runs(text: str) -> tuple[list[str], list[str]]:
    """A paragraph's text less each run of more than MAX_RUN characters without a full
    stop, and those runs (with the stop that ends them); a run that semicolons cut into
    clauses short enough is kept as those clauses (`_clauses`). No sentence is that long: such a
    run is a pasted list, a table or data run together, and its pieces, cut anywhere,
    had become bullets that open and end mid-phrase (r57 #2). What comes before a run
    and after it stays, each a paragraph of its own, so no kept sentence is glued to it
    and every sentence cited is one the source wrote whole."""
    if len(text) <= MAX_RUN:
        return [text], []
    pieces: list[str] = []
    runs: list[str] = []
    start = 0
    for m in _RUN.finditer(text):
        if m.end() - m.start() <= MAX_RUN:
            continue
        end = min(m.end() + 1, len(text))  # its stop: no sentence of what follows
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        clauses = _clauses(text[m.start() : end])
        pieces.append(text[start : m.start()])
        if clauses:
            pieces.extend(clauses)
        else:
            runs.append(text[m.start() : end].strip())
        start = end
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()], runs


_CLAUSE_END = re.compile(r"(?<=;)\s+")


def _clauses(run: str) -> list[str]:
    """A long run's clauses, where semicolons cut it into pieces of at most MAX_RUN each
    (a chronology's "1957 -- ...; 1970 -- ...;"): each a statement whole, as a sentence
    is; none (an empty list) where any piece is still too long."""
    clauses = _CLAUSE_END.split(run.strip())
    if len(clauses) < 2 or max(map(len, clauses)) > MAX_RUN:
        return []
    return clauses


def describe_runs(runs: Sequence[str]) -> str:
    """ "1 run of 30,412 characters", "2 runs of 4,100 characters"."""
    plural = "" if len(runs) == 1 else "s"
    return f"{len(runs)} run{plural} of {sum(map(len, runs)):,} characters"


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
        or (len(field.split()) <= _FIELD_WORDS and not _ends_sentence(field))
        for field in fields
    )


def _items(raw: list[str], kept: str | None) -> list[bool]:
    """The lines that are a list's items by their marker ("- ...", "• ...", "2) ..."),
    two at least in a run of lines (an item's folded line, indented, between them): a
    numbered line alone between blank lines is a report's section heading ("1. Human
    impact"), and a first line whose number a tokenised copy spaced (`kept`, see
    parse_text) is a headline."""
    marked = [bool(_ITEM_MARK.match(line)) and not (kept and line.strip() == kept) for line in raw]
    items = [False] * len(raw)
    run: list[int] = []  # the marked lines of the run of lines so far
    for at, line in enumerate([*raw, ""]):
        if at < len(raw) and marked[at]:
            run.append(at)
            continue
        if line.strip() and run and _continues_item(line, line):
            continue  # (an item's folded line)
        if len(run) >= 2:
            for item in run:
                items[item] = True
        run = []
    return items


# A word broken at a line's end by a hyphen, its rest opening the next line in lower case.
_BROKEN_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)-\Z")
_WORD_REST = re.compile(r"([^\W\d_]+)")


def _joined_lines(lines: list[str]) -> str:
    """A paragraph's lines, joined by a space; a word a printed page hyphenated at the
    line's end ("the largest single ac-" / "tion against ...", a PDF's text) is made whole
    again when the two halves make a word English writes and the word's first half alone
    is none: "action"; a compound's hyphen ("two-" / "thirds") is the word's own and
    stays, with no space after it (r56 M6 had "ac- tion" in a bullet). A suspended
    hyphen ("pre-" / "and post-war") goes on to no word and keeps its space."""
    text = lines[0]
    for line in lines[1:]:
        broken = _BROKEN_WORD.search(text) if text.endswith("-") else None
        rest = _WORD_REST.match(line) if broken is not None and line[:1].islower() else None
        if broken is not None and rest is not None and _rejoins(broken[1], rest[1]):
            text = text[:-1] + line
        elif broken is not None and rest is not None and _compound(broken[1], rest[1]):
            text += line  # (a compound's own hyphen: "two-" / "thirds")
        else:
            text = f"{text} {line}"
    return text


def _rejoins(head: str, tail: str) -> bool:
    return _a_word((head + tail).lower()) and not _a_word(head.lower())


def _compound(head: str, tail: str) -> bool:
    """Two words a hyphen joins, the second no function word ("and" after a suspended
    "pre-")."""
    return (_a_word(head) or _a_word(tail)) and tail.lower() not in stop_words(ENGLISH)


def _continues_item(raw: str, line: str) -> bool:
    """Whether a line under a list's item is the item's own, folded at a width: indented
    under its marker, or going on in lower case."""
    return raw[:1].isspace() or line[:1].islower()


def _bare(line: str) -> str:
    """A line without its list or quote marker; a line of only ornaments ("* * *") is blank.

    Blank lines, and lines that open with a letter (neither a heading's "#" nor a
    marker), are kept as they are, without the two patterns: most lines are one or the
    other, and the patterns were a tenth of ingesting an inbox."""
    line = line.strip()
    if not line or line[:1].isalpha():
        return line
    if not _MD_HEADING.match(line):
        line = _LINE_MARK.sub("", line)
    return line if any(ch.isalnum() for ch in line) else ""


def _drop_capitals(lines: list[str]) -> list[str]:
    """A page's drop capital, scraped onto a line of its own ("T", then "he most likely
    person ..."), is the first letter of the next line's first word: put back, it no
    longer titles the article "T" nor opens its lede with "he". It joins a word only when
    the two make a word Punkt's table of English knows ("T" + "he", "A" + "lmost"): a plan
    "B" and its "was adopted", a poem's "I" and "wandered", an answer "A" and "dog" stay
    apart."""
    for i, line in enumerate(lines):
        if len(line) != 1 or not line.isupper():
            continue
        at = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
        if at is None or not lines[at][:1].islower():
            continue
        rest = lines[at].split(maxsplit=1)[0].strip(_CLOSERS + ",.;:!?")
        if _a_word(line.lower() + rest):
            lines[i], lines[at] = "", line + lines[at]
    return lines


_QUOTE_ENDS = re.compile(r"[.!?…]['’\"”]$")
_SIGN_OFF_WORDS = 24
_QUOTATION_LINES = 12  # the lines a quotation signed under it is folded over, at most
_ABBREVIATION = 5  # "Jr.", "Ltd.", "Inc.": a stop that ends no sentence


def _signed_quotes(raw: list[str], lines: list[str]) -> list[str]:
    """A quotation paragraph and the dash line under it that signs it (a signature, as
    ingest.signatures shapes it), joined as one paragraph ("“...” — The Honourable Jane
    Roe, Minister of Health"): the line alone was a heading no one read, and left the
    quote without its speaker. A list's item under a quote ("- Canada has imposed
    sanctions on ...") is a clause, no signature."""
    last = -1  # the last line with words
    for at, line in enumerate(lines):
        if not line:
            continue
        found = signature().fullmatch(raw[at].strip())
        if (
            found is not None
            and last >= 0
            and _QUOTE_ENDS.search(lines[last])
            and _quotation_alone(lines, last)
            and _signs(found)
        ):
            lines[last] = f"{lines[last]} — {found.string[found.start('name') :]}"
            lines[at] = ""
            continue
        last = at
    return lines


_OPENS_QUOTATION = re.compile(r"[\"'“‘«„]")
_QUOTATION_MARK = re.compile(r"[\"“«„]")  # (a single mark inside may be a nested quote's)


def _quotation_alone(lines: list[str], last: int) -> bool:
    """Whether the paragraph that ends on `lines[last]` is a quotation and nothing else,
    its first line opening on the mark: a signature signs a quotation set on its own, as
    a release's "Quotes" block sets it. A quotation the paragraph gives its speaker ("The
    minister told reporters: "..."") is signed by no dash line under it: a live page's
    entry closes on its writer's name ("- Ann Lee"), who had become the minister's
    namesake and an actor of the news."""
    for at in range(last, max(last - _QUOTATION_LINES, -1), -1):
        line = lines[at]
        if not line:
            return False
        if _OPENS_QUOTATION.match(line):
            return True
        if _QUOTATION_MARK.search(line[:-2] if at == last else line):
            return False  # (the quotation opens after the paragraph's words)
    return False


_CONTACT_LINES = 6  # a name, a title, an office, a telephone, a mail, a page


def _contact_blocks(lines: list[str]) -> list[str]:
    """A release's contact label alone on its line ("Media contact:") and the lines
    under it, joined as one line: the contact it names there ("Jane Roe, Head of Public
    Relations", a mail) is the issuer's press office, as a contact line's is, and no
    person of the news. The label alone had stood apart from them, and the name had
    become an actor (s53)."""
    for at, line in enumerate(lines):
        if not line or not contact_heading(line):
            continue
        under = next((j for j in range(at + 1, len(lines)) if lines[j]), None)
        if under is None:
            break
        block: list[str] = []
        for j in range(under, min(under + _CONTACT_LINES, len(lines))):
            if not lines[j]:
                break
            block.append(lines[j])
            lines[j] = ""
        lines[at] = " ".join([line, *block])
    return lines


# A letter's close ending its line on a comma, after a sentence or alone: "Yours
# sincerely,", "That's all for this week. Fair winds,"
_CLOSE = re.compile(r"(?:^|[.!?]['’\"”]?\s+)[A-Z][^.!?,;:\d\"“”]*,\Z")
_CLOSE_WORDS = 4


def _signed_off(lines: list[str]) -> list[str]:
    """A letter's or a newsletter's close and the name signed under it ("Fair winds,",
    then "Ann Lee, Editor, The Weekly Letter"): the signature is the writer's, the
    page's, and no person of the news. Only where the name's line ends its block on no
    stop and no verb, a signature's shape: "In Lagos," above "Jane Roe, a trader, said
    prices rose" is a sentence folded at a width."""
    for at, line in enumerate(lines[:-1]):
        close = _CLOSE.search(line) if line.endswith(",") else None
        if close is None or len(close.group().split()) > _CLOSE_WORDS:
            continue
        name = lines[at + 1]
        if not name or name[-1:] in ".!?:;" or (at + 2 < len(lines) and lines[at + 2]):
            continue
        found = signature().fullmatch(f"- {name}")
        if found is not None and _signs(found) and not any(map(finite_verb, name.split())):
            lines[at + 1] = ""
    return lines


def _signs(found: re.Match[str]) -> bool:
    """Whether a dash line is a signature and no list's item: a name of two words at
    least (a line alone under a quote needs more than "- Pricing"), and after a comma the
    signer's role, no clause."""
    who = found.string[found.start("name") :]
    role = found["role"] or ""
    last = who.split()[-1]
    return (
        len(found["name"].split()) >= 2
        and len(who.split()) <= _SIGN_OFF_WORDS
        and not any(mark in role for mark in "!?;:")
        and ". " not in role  # (a sentence after the comma)
        and not (last.endswith(".") and len(last) > _ABBREVIATION)
        and not any(word in words()["open_ended"] for word in role.split()[-1:])
    )


def _a_word(word: str) -> bool:
    """Whether Punkt's table of English has seen the word in lower case (loaded only for a
    capital alone on its line before a line in lower case, seldom met)."""
    from brief.extract.actors.word_knowledge import common_word

    return common_word(word)


def parse_text(
    text: str,
    source: Source,
    *,
    find_title: bool = True,
    today: date | None = None,
    lines_are_blocks: bool = False,
) -> Document:
    """Split text into a title, headings and paragraphs. `today`: the day it is read (no
    page is dated later; see _date_in). `lines_are_blocks`: each line is an element of
    a web page (a paragraph, a heading, a list's item) or a line of one, as the page
    extractor writes it: its list items and furniture make it no text folded at a width
    (see _apart).

    One line per paragraph and blank-line-separated, hard-wrapped paragraphs are
    both common; a line joins the previous one only when that line did not end a
    sentence. A short line without closing punctuation is a heading, so it never
    merges into the next sentence.
    """
    raw, table_rows = without_tables(text.split("\n"))
    if table_rows:
        log.warning(
            "%s: %d table row(s) left out: a brief quotes sentences, and a row is none",
            source.path,
            table_rows,
        )
    first_line = next((line.strip() for line in raw if line.strip()), "")
    # asked once, not of every line: most articles open with no number
    kept = first_line if _SPACED_DECIMAL.match(first_line) else None
    lines = _drop_capitals(
        [line.strip() if kept and line.strip() == kept else _bare(line) for line in raw]
    )
    lines = _signed_quotes(raw, lines)
    lines = _contact_blocks(lines)
    lines = _signed_off(lines)
    # (a printed page's running header or footer: a blank where the page broke)
    lines = ["" if line and is_running_header(line) else line for line in lines]
    # In text (a web page's lines are its elements, see _apart), each item of a list is a
    # block of its own, never glued to the next item nor to the line above the list:
    # "Key points", then "- Output fell 3% in May", "- Exports rose" had been one
    # sentence of no clause (r56 M6). An item is a sentence, but one in a headline's form
    # (see flush, below).
    items = [False] * len(lines) if lines_are_blocks else _items(raw, kept)
    wrapped = _hard_wrapped(lines, _apart(raw, lines) if lines_are_blocks else items)
    title: str | None = None
    # A page's time stamp above its headline ("11 November 2011 Last updated at 12:41
    # GMT") is neither the title nor a line of the story, nor is its label ("Columnist")
    # or its menu ("Skip to main content | Subscribe | Sign in").
    first = next(
        (
            i
            for i, line in enumerate(lines)
            if line
            and not (
                is_stamp(line)
                or _label(line)
                or is_menu(line)
                or is_header_line(line)
                or update_note(line) is not None
            )
        ),
        None,
    )
    # (past a masthead or an issuer's letterhead: what stands above the headline is the
    # page's, its stamps too)
    head, headed = _past_masthead(lines, first) if first is not None else (0, True)
    date, stamp_outlet = _stamp_date(lines, head, today, headline=headed and find_title)
    # the body that issued a release, named on its letterhead, when nothing else names whose
    # (not a form's authority: "UNITED STATES SECURITIES AND EXCHANGE COMMISSION" over
    # "FORM 8-K" is whose form it is, not who filed it)
    top = [line for line in lines[first:head] if line] if first is not None else []
    formed = any(_FORM_NUMBER.fullmatch(line) for line in top)
    issuer = None if formed else _issuer([line for line in top if is_letterhead(line)])
    # The header lines of credits at its top are the page's, read for its writer: no line
    # of the story, and none runs into the next (a headline, the lede)
    credited = headed and _credits_under(lines, head)
    credits: list[str] = []
    for at in _top_header_lines(lines, head):
        credits.append(lines[at])
        lines[at] = ""
    # A wire's update note there ("UPDATED 16 Nov 2026, 17:45 — adds new toll") is the
    # desk's, no line of the story; the day it stamps dates the page when nothing did
    for at in _top_lines(lines, head):
        if (note := update_note(lines[at])) is not None:
            date = date or (_date_in(note["stamp"], today) if note["stamp"] else None)
            lines[at] = ""
    # A page's label dated at its top ("Norvania travel advice - updated 15 March 2027.")
    # is no line of the story either; its date dates the page when nothing did. (A
    # byline's, a credited stamp's or a header's line is read for its writer or outlet.)
    for at in _top_lines(lines, head):
        line = lines[at]
        if (
            not (find_title and at == head)
            and (labelled := dated_label(line)) is not None
            and _byline(line) is None
            and _credited_stamp(line, today) is None
            and not (is_stamp(line) or is_header_line(line) or is_masthead_line(line))
        ):
            date = date or _date_in(labelled, today)
            lines[at] = ""
    # A notice's, a memo's or a letter's own subject line under its head ("Subject:
    # Temporary increase in initial margin"): its title; the head above it (the issuer,
    # the notice's number, its date, whom it is to) is none of its text
    subject = _subject_line(lines, first) if first is not None and find_title else None
    if subject is not None:
        at, title = subject
        for k in range(first or 0, at + 1):
            if (field := _SUBJECT_HEAD_DATE.match(lines[k])) is not None:
                date = date or _date_in(field.group(1), today)
            lines[k] = ""
    elif first is not None and find_title:
        lines, items, raw = lines[head:], items[head:], raw[head:]
        m = _MD_HEADING.match(lines[0])
        candidate = m.group(1) if m else lines[0]
        if (label := _release_prefix().match(candidate)) is not None:
            candidate = candidate[label.end() :]
        rest = [line for line in lines[1:] if line]
        alone = len(lines) < 2 or not lines[1]
        if (
            headed
            and rest
            and _looks_like_title(candidate, alone, credited=alone and credited)
            and (alone or not wrapped or m)
        ):
            title = candidate
            lines, items, raw = lines[1:], items[1:], raw[1:]

    blocks: list[Block] = []
    para: list[str] = []
    set_aside: list[str] = []

    def flush() -> None:
        if para:
            text = _joined_lines(para)
            # A list's item in a headline's form, short and ending on no stop, is a
            # heading, as such a line is anywhere in text: a digest's point ("Ministers
            # endorse the policing plan" under "Key points", told again in the story's own
            # sentences), a release's highlight, a link's label under "Related links". An
            # item written as a sentence is one.
            if in_item and _looks_like_heading(text):
                blocks.append(Block("heading", text))
            else:
                pieces, runs = without_long_runs(text)
                blocks.extend(Block("paragraph", p) for p in pieces)
                set_aside.extend(runs)
            para.clear()

    # The next non-empty line after each line: a heading is never followed by a
    # lower-case continuation ("The minister said the talks / would resume ...").
    following = [""] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        following[i] = lines[i + 1] or following[i + 1]

    fields = _field_lines(lines)
    previous = ""
    prose = False  # a paragraph has begun
    in_item = False  # the paragraph is a list's item
    for i, (line, nxt) in enumerate(zip(lines, following, strict=True)):
        before, previous = previous, line
        if not line:
            # A paragraph never opens in lower case: after one that ends mid-sentence,
            # "was" and "prime minister and I ..." are the same sentence broken by blank
            # lines, not paragraphs of their own.
            if not (para and not _ends_sentence(para[-1]) and nxt[:1].islower()):
                flush()
            continue
        alone = not before and (i + 1 >= len(lines) or not lines[i + 1] or items[i + 1])
        if items[i] or (in_item and not _continues_item(raw[i], line)):
            # (an item, and what follows it but the item's own folded line)
            flush()
            in_item = items[i]
            if in_item:
                para.append(line)
                prose = True
                continue
        m = _MD_HEADING.match(line)
        if m:
            flush()
            if m.group(1):
                blocks.append(Block("heading", m.group(1)))
            continue
        # In text of a line per paragraph, a line that does not end a sentence, followed by
        # one in capitals, is a line of its own (a long headline, a summary point, a
        # stamp): not the start of the next sentence.
        starts_fresh = (
            not para
            or _ends_sentence(para[-1])
            or (not wrapped and line[:1].isupper() and _stands_alone(para[-1], line))
        )
        if starts_fresh and _enumerated_heading(line) and not nxt[:1].islower():
            flush()  # a filing's or a report's numbered heading: "Item 7.01 Regulation FD."
            blocks.append(Block("heading", line))
            continue
        if starts_fresh and i in fields:
            flush()  # a field of its own, never run into the next line (a heading's form)
            blocks.append(Block("paragraph", line))
            prose = True
            continue
        if (
            starts_fresh
            # (above a page's first paragraph, an element that ends on no stop is its
            # standfirst or a teaser, in a headline's words: "Three held; the search goes
            # on" is no sentence to brief, r50 M4)
            and _looks_like_heading(
                line, HEADLINE_WORDS if lines_are_blocks and not (wrapped or prose) else 14
            )
            and not nxt[:1].islower()
            and (alone or not wrapped)
        ):
            flush()
            blocks.append(Block("heading", line))
            continue
        if starts_fresh:
            flush()
        para.append(line)
        prose = True
    flush()
    if set_aside and not any(b.kind == "paragraph" for b in blocks):
        raise InputError(
            f"no sentence: only {describe_runs(set_aside)} without a full stop (a pasted"
            " list or data?); a piece of one is no sentence to quote",
            source.path,
        )
    if set_aside:
        log.warning(
            "%s: left out %s without a full stop: no sentence runs that long (a pasted list"
            " or data?), and a piece of one is no sentence to quote",
            source.path,
            describe_runs(set_aside),
        )
    if not any(b.kind == "paragraph" for b in blocks):
        # A lone short line is still an article of one sentence, not a heading.
        blocks = [Block("paragraph", b.text) for b in blocks]
        if not blocks and title:
            blocks, title = [Block("paragraph", title)], None
    # (a header line's byline first, then the story's first blocks: "By Ann Lee")
    bylines = [byline for line in credits if (byline := _header_byline(line)) is not None]
    openings = [*bylines, *(b.text for b in blocks[:STAMP_LINES])]
    author = next(filter(None, (_by_writer(t) or _header_writer(t) for t in openings)), None)
    byline_outlet = next(filter(None, map(_by_outlet, openings)), None)
    dateline = _read_dateline(blocks)
    if dateline is not None:
        at, found = dateline
        blocks[at] = Block("paragraph", blocks[at].text[found.end() :])
        when = found["date"] or found["first"]
        # (a dateline's day after the page's: the report's, updated in place under the
        # page's first date, "VIENNA, June 9" on a page of 8 June)
        later = reported_day(when, date or source.date, today) if when else None
        date = later or date or (_date_in(when, today) if when else None)
    if source.outlet is None:
        credit = (
            _dateline_credit(dateline[1]["agency"]) or dateline[1]["slashed"]
            if dateline is not None
            else None
        )
        source = replace(source, outlet=stamp_outlet or credit or byline_outlet or issuer)
    return Document(
        source=source,
        title=title,
        blocks=tuple(blocks),
        date=date,
        author=author,
        items=numbered_items(raw),
    )


_ITEM_NUMBER = re.compile(r"\s{0,3}(\d{1,2})[.)]\s+\S")


def numbered_items(lines: Sequence[str]) -> int:
    """How many items a text numbers in order from 1 ("1) Kazakhstan's National Bank
    ...", "2) The Kyrgyz som ..."), each opening a line: the markers that `_bare` takes
    off the lines, counted first. A number alone counts no item ("3. Next, ..." in a
    story), nor does a list that does not start from 1."""
    expected = 1
    for line in lines:
        found = _ITEM_NUMBER.match(line)
        if found is not None and int(found.group(1)) == expected:
            expected += 1
    return expected - 1


# A wire dateline opening the story's first paragraph: where the story was filed (in
# capitals, or a name of a few capitalised words), perhaps its region, perhaps the day,
# perhaps the agency whose copy it is, then a dash: "NIAMEY, March 10, 2026 (Reuters) -",
# "UVIRA, Democratic Republic of Congo, March 10, 2026 (AFP) -", "KHARTOUM, March 10,
# 2026 -", "TALLINN, May 12 (Reuters) -", "SEOUL, May 12 (Yonhap) --"; or the day first
# and the place in brackets, "March 10, 2026 (PORT SUDAN) -". What says when is read as
# the source's date, the agency as its outlet (the copy is the agency's), and the whole
# is no part of the first sentence. (segment.without_dateline cuts the forms that carry
# neither: "SANTA ROSA, Calif. _", "MUMBAI: ".)
_WEEKDAY = "|".join(sorted(calendar.day_name, key=len, reverse=True))
# Words in a dateline's brackets: an agency's name ("(Reuters)", "(Anatolia Desk)"), or a
# credit of whose report it is ("(Interfax-style report by Kavkaz Wire)").
_CREDIT_WORDS = 8
_WRITTEN_DATE = (
    rf"(?:(?i:(?:(?:{_WEEKDAY}),?\s)?(?:(?:{_MONTH})\.?\s\d{{1,2}}{_ORDINAL}"
    rf"|\d{{1,2}}{_ORDINAL}\s(?:{_MONTH})\.?)(?:,?\s(?:19|20)\d\d)?)"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
)
_DASH = r"\.?\s*(?:--|[-—–_])\s+"  # (EFE's stop before its dash: "Bogotá, Mar 12 (EFE).-")
_DATELINE = re.compile(
    rf"(?:[{_UPPER}][{_UPPER}.'/-]+(?:\s[{_UPPER}][{_UPPER}.'/-]*)*"  # NIAMEY, PORT-AU-PRINCE
    rf"|(?P<named>[{_UPPER}][\w.'-]*(?:\s[{_UPPER}][\w.'-]*){{0,2}}))"  # Mexico City
    rf"(?:,\s(?!{_WRITTEN_DATE})[{_UPPER}][\w.'-]*(?:\s[\w.'-]+){{0,3}})?"  # , Calif.
    rf"(?:,\s(?P<date>{_WRITTEN_DATE}))?"
    rf"(?:\s\((?P<agency>[{_UPPER}][\w&'.-]*(?:\s[\w&'.-]+){{0,{_CREDIT_WORDS - 1}}})\))?"
    # the agency between slashes, as the Russian-language agencies credit their copy:
    # "MOSCOW, June 3. /TASS/. Russia ...", "DUSHANBE, 16.11.2026 /Khovar/. — On ..."
    rf"(?:(?<=\d)\.?\s/(?P<slashed>[{_UPPER}][\w&'.-]*(?:\s[\w&'.-]+){{0,3}})/\.?)?"
    # CNA's dateline ends at its credit with no dash: "Taipei, Dec. 14 (CNA) A magnitude"
    rf"(?:(?P<dash>{_DASH})|(?<=[)/.])\s+)"
    rf"|(?P<first>{_WRITTEN_DATE})\s\([{_UPPER}][{_UPPER}.' -]{{1,30}}\){_DASH}"
)
_AGENCY_CHARS = 30  # "(Tchad Hebdo)", "(Anatolia Desk)"; longer, a bracket of the text's own
_CREDITED_BY = re.compile(r"\bby\s+(?P<name>[A-Z].*)\Z")


# How long after its first date a page is updated in place under it: a developing story's
# days, not a month's
UPDATE_DAYS = 7


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
    written = _date_in(when, today)
    candidates: list[date] = []
    if written and len(written) == len(page_day):
        candidates.append(date.fromisoformat(written))
    elif (found := _DAY_MONTH.search(when)) is not None and not _A_YEAR.search(when):
        day = int(found["day"] or found["day2"])
        month = _MONTHS[(found["month"] or found["month2"]).lower().rstrip(".")]
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


def _read_dateline(blocks: list[Block]) -> tuple[int, re.Match[str]] | None:
    """The block that opens with a wire dateline that says when or whose (`_DATELINE`), and
    the dateline, when what follows it reads as a sentence's start. Among the first
    blocks: a standfirst, or a picture's caption, may come before."""
    for at, block in enumerate(blocks[:STAMP_LINES]):
        if block.kind != "paragraph":
            continue
        found = _DATELINE.match(block.text)
        rest = block.text[found.end() :] if found else ""
        if (
            found is not None
            # (a place in capitals says it is one; a name, "Beijing", only before a date or
            # a news agency's credit: "Beirut (AFP) –", not "Jane Lee (D-Ohio) –")
            and (
                found["date"]
                or found["first"]
                or (found["agency"] and (not found["named"] or is_news_agency(found["agency"])))
            )
            # (a longer bracket only behind a place in capitals, a date and a dash, which
            # say "dateline" on their own: "KERCH, December 3, 2026 (... by Kavkaz Wire) -")
            and (
                len(found["agency"] or "") <= _AGENCY_CHARS
                or (not found["named"] and found["date"] and found["dash"])
            )
            # without a dash, only a place, a date and a credit together say "dateline"
            and (
                found["dash"]
                or found["first"]
                or (found["date"] and (found["agency"] or found["slashed"]))
            )
            and (rest[:1].isupper() or rest[:1] in "“\"‘'")
        ):
            return at, found
    return None


def _dateline_credit(agency: str | None) -> str | None:
    """Whose copy a dateline's brackets say it is: the agency they name ("(Reuters)"), or
    in a longer credit the outlet it names after "by" ("(Interfax-style report by Kavkaz
    Wire)": Kavkaz Wire, whose report it is, where Interfax only names the style, r54);
    None where they name no outlet ("(Reporting by Ann Lee and Tom Roe)")."""
    if agency is None or len(agency) <= _AGENCY_CHARS and not _CREDITED_BY.search(agency):
        return agency
    by = _CREDITED_BY.search(agency)
    name = by["name"].strip() if by is not None else ""
    return name if name and _a_name(name) and is_outlet_name(name) else None
