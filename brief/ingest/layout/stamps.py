"""Time stamps: a page's line that says when, not what.

A scraped page keeps its stamps among its lines ("2 years ago", "7.57 pm.", "11 November
2011 Last updated at 12:41 GMT", "Mombasa Observer | 11 March 2026, 09:15 EAT"): a stamp
dates the source and is never a title, a heading, a sentence or a brief's first line.
`is_stamp` is asked of the lines at a page's top, of the fields of its header lines and
of every sentence (segment drops one), so it reads the line's shape and its words alone.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import calendar_words, joined, words
from brief.ingest.layout.shapes import LETTERS, long_name_particles

# A clock's time: "10:14", "7.57", "9pm", "2:47 p.m."; as a tokenised copy spaces its
# colon and its stops too, "2: 47 p. m." (as it spaces a decimal's point: see segment).
CLOCK = re.compile(r"\b\d{1,2}(?:[.:]|: )\d{2}\b|\b\d{1,2} ?[ap]\.? ?m\b", re.IGNORECASE)
# Longer lines say something: "11 November 2011 Last updated at 12:41 GMT" is 42 long.
STAMP_LENGTH = 50
# A day, a month and a year of two or four digits, or a year first: "05/02/2013",
# "2013-05-02" (not "3-2-1" nor "24/7/365").
_NUMERIC_DATE = re.compile(
    r"\s*(?:\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*(?:\d{4}|\d{2})"
    r"|\d{4}\s*([/.-])\s*\d{1,2}\s*\2\s*\d{1,2})\s*$"
)
# Capital letters, accented ones too ("SAN JOSÉ", "SÃO PAULO").
UPPER = "A-ZÀ-ÖØ-Þ"
DATELINE_PLACE = re.compile(
    rf"[{UPPER}][{UPPER}.'-]+(?: [{UPPER}][{UPPER}.'-]+){{0,2}}, (?=\w)"
    # or written as a name ("Caracas, March 17, 2026", "Mexico City, 10 March 2026"), with
    # its country perhaps ("Guayaquil, Ecuador, 16 Mar 2026")
    # (not "By Friday, March 13": a deadline, no place)
    rf"|(?!By\b)(?:[{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+){{0,2}}, ){{1,2}}(?=\w)"
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
    if (place := DATELINE_PLACE.match(text)) is not None:
        text = text[place.end() :]
    if _NUMERIC_DATE.match(text):
        return True  # "05/02/2013", "2013-05-02"
    found = [w.lower() for w in LETTERS.findall(text)]
    timed, tells = time_words()
    if any(len(w) >= 3 and w not in timed for w in found):
        return False
    return bool(CLOCK.search(text)) or any(w in tells for w in found)


def _credit(part: str) -> bool:
    """A stamp's neighbour on its line: an outlet's or a byline's few capitalised words
    ("Lusophone Africa Report", "By Thandeka Nkosi, Africa Markets Wire, Johannesburg"),
    perhaps joined by a name's particles ("UN Office for the Coordination of Humanitarian
    Affairs (OCHA)"), no sentence: one word in lower case at most besides them."""
    found = LETTERS.findall(part)
    particles = long_name_particles()
    named = [w for w in found if w not in particles]
    capitals = [w for w in named if w[:1].isupper()]
    return 0 < len(named) <= 10 and len(capitals) >= len(named) - 1 and not part.endswith(".")


# How far past the headline a page's time stamp may stand ("Headline / May 03, 2013 /
# story"): its first lines.
STAMP_LINES = 3


@cache
def time_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words a stamp may hold (words.toml's stamp words and durations, calendar's
    names), and those of them that tell a time (the names, stamp_tells), made once."""
    names = calendar_words()
    timed = joined("stamp_words", "durations") | names
    return timed, names | words()["stamp_tells"]
