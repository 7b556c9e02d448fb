"""The time a running measure is given as of, which its key figure keeps.

A measure counted through a day or a count ("turnout", a tally's shares, arrests "so
far") is true of the time its sentence gives: "The CENI said national turnout stood at 31
percent at noon" is the noon figure, and "turnout stood at 31 percent" read beside the
close of polls' "turnout was 58.4 percent" reads as a second, rival turnout (r67 F2).
English gives that time right after the measure ("at noon", "by 3 p.m.", "as of 14:00",
"at the close of polls", "so far") or in an opening adverbial that scopes its clause
("By midday, turnout had reached 22 percent", "With 96 of 212 constituencies counted,
Sanou has 53.1 percent and Kaboré 41.2 percent"). A key figure is read alone, so it
keeps that time: after it as written, or, for an opening that does not touch it, after a
comma ("Kaboré 41.2 percent, with 96 of 212 constituencies counted").

A figure of an earlier time keeps its year the same way ("52.7 percent in the 2023
election", the base of "up from"), or the year its sentence opens with ("more than 50
people were killed, in April 2021"), so it does not read as today's.

Apart from the scanner, whose figures the pipeline's own checks read bare (the time of
a rate is what they compare, pipeline.superseded.same_day): this only words the figure
a list shows, where its sentence is no longer beside it. Only shares and counts: a sum
or a distance is no running measure, and a count's time after an event verb ("arrested
40 people at 3 p.m.") is the event's, so a count keeps only an as-of time ("by noon",
"so far").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from functools import cache

from brief.extract.lexicon import alternation, words
from brief.ingest.furniture import entry_stamp
from brief.models import Figure


@cache
def _time() -> str:
    """A time of day as English writes it: a clock's ("3 pm", "14:00", "12.00 noon"), an
    hour's name ("noon", "midday") or a day's activity's close ("the close of polls")."""
    w = words()
    hours = alternation(w["named_hours"])
    closing = alternation(w["closing_activities"])
    return (
        rf"(?:\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:[ap]\.?m\b(?:\.(?!\s*$))?|GMT\b|(?:{hours})\b)"
        rf"|\d{{1,2}}[.:]\d{{2}}\b(?:\s*GMT\b)?"
        rf"|(?:{hours})\b"
        rf"|(?:the\s+)?(?:close|end)\s+of\s+(?:{closing})\b)"
    )


@cache
def _after() -> re.Pattern[str]:
    """A time right after a measure: "at noon", "by 3 pm", "as of 14:00", "so far"
    (group `as_of`: a preposition that gives it as of that time, not an event's "at")."""
    running = alternation(words()["running_adverbs"])
    return re.compile(
        rf"\s+(?:(?P<as_of>(?:by|as of|as at)\s+{_time()}|(?:{running})\b)"
        rf"|at\s+{_time()})",
        re.IGNORECASE,
    )


@cache
def _opening() -> re.Pattern[str]:
    """An opening adverbial of time or of a tally's progress, ended by a comma: "By
    midday,", "As of 3 pm,", "So far,", "With 96 of 212 constituencies counted,"."""
    w = words()
    running = alternation(w["running_adverbs"])
    tallying = alternation(w["tallying_participles"])
    number = r"\d{1,3}(?:,\d{3})*"
    progress = (
        rf"with\s+{number}\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?{number}\s+\w+"
        rf"(?:\s+\w+)?\s+(?:{tallying})"
    )
    return re.compile(
        rf"(?:(?:by|as of|as at)\s+{_time()}|(?:{running})|{progress})\s*,\s*",
        re.IGNORECASE,
    )


# The year a figure of an earlier time is of, right after it: "in the 2023 election", "in
# 2019", "last year", "a year earlier".
# ... or an earlier day, week or month: "0.7 percent yesterday", "0.25 percent of hull
# value last week", "0.25 percent before the attack" (r69 F8: a base without its time had
# read as a rate of the day).
# Not one pattern with tense's _earlier_year, _EARLIER_WEEK and _earlier_time, which read
# other places for other ends: this one only right after the figure, in lower case, to
# take its time into the figure's text, with a year in digits and the words up to its
# clause's end ("in the 2023 election"); those anywhere in a sentence as dates (and so
# never "the last year", a span up to now) or after a comparison's base.
_EARLIER = re.compile(
    r"\s+(?:(?:in|during|at)\s+(?:the\s+)?(?:19|20)\d{2}\b(?:\s+[a-z]+){0,2}?(?=[,.;:)]|\s*$)"
    r"|(?:last|a)\s+year(?:\s+earlier)?\b"
    r"|yesterday\b|(?:last|the\s+previous)\s+(?:week|month|quarter)\b"
    r"|an?\s+(?:day|week|month|quarter)\s+(?:earlier|ago|before)\b"
    r"|before\s+the\s+[a-z]+(?=[,.;:)]|\s*$)"
    # a day of the week's close or open, or the day itself: "from 9.31 percent at
    # Tuesday's close", "from 1.0 percent on Tuesday" (r75 F12)
    rf"|(?:at|on)\s+(?:{'|'.join(calendar.day_name)})"
    r"(?:['’]s\s+(?:close|open|opening|level|settlement|fixing))?\b)"
)
# A sentence's opening that dates it in a year: "In April 2021, ", "During 2019, ", "In
# early 2022, " (the year in digits: a year is what makes it history).
_DATED_OPENING = re.compile(
    r"(?P<when>(?:In|During)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}),\s+"
)
# Where a clause starts, so an opening adverbial scopes what follows it: the sentence's
# start, or after a colon, a semicolon, a dash or a sentence's end.
_CLAUSE_START = re.compile(r"(?:\A|[:;]\s+|\s[\u2014\u2013-]\s+|\.\s+)")
# What ends an opening's scope before the figure: another clause.
_SCOPE_BREAK = re.compile(r"[;:]|\.\s|\b(?:but|while|whereas|although|though)\b", re.I)


def as_of(figure: Figure, text: str) -> Figure:
    """The figure with the time its sentence `text` gives it as of (see the module's
    docstring); the figure itself where it has none, is no share or count, or its text
    is not in the sentence as written."""
    if figure.kind not in ("percent", "count"):
        return at_entry_time(figure, text)  # a rate or a price a live entry gives
    at = text.find(figure.text)
    if at < 0:
        return figure
    end = at + len(figure.text)
    if figure.past:
        # a comparison's base keeps its year: "52.7 percent in the 2023 election", not a
        # bare "52.7 percent" under today's turnout (r67 F18)
        dated = _EARLIER.match(text, end)
        if dated:
            return replace(figure, text=text[at : dated.end()])
        # ... or the year its sentence opens with: "In April 2021, ... fighting in which
        # more than 50 people were killed" is "more than 50 people were killed, in April
        # 2021" (r73 F11: a bare "more than 50 people were killed" had topped the key
        # figures of a border crisis ten years on)
        year_opening = _DATED_OPENING.match(text)
        if year_opening is None or year_opening.end() > at:
            return figure
        when = year_opening["when"]
        return replace(figure, text=f"{figure.text}, {when[:1].lower()}{when[1:]}")
    found = _after().match(text, end)
    if found is not None and (figure.kind == "percent" or found["as_of"]):
        return replace(figure, text=text[at : found.end()].rstrip(" ,"))
    opening = _opened(text, at)
    if opening is None:
        return at_entry_time(figure, text)
    start, stop = opening
    if stop == at:  # "By midday, turnout had reached 22 percent": as written
        return replace(figure, text=text[start:end])
    said = text[start:stop].rstrip(" ,")
    return replace(figure, text=f"{figure.text}, {said[:1].lower()}{said[1:]}")


def at_entry_time(figure: Figure, text: str) -> Figure:
    """A level a live page's entry gives, with the entry's time: the stamp an entry opens
    with ("11:20 — The index fell to 4.1 percent") is the time its figure is of, as "at
    noon" after it would be, so "4.1 percent at 11:20", not a bare level read beside the
    day's close. Only a level (a share or a rate, a price per something): a count's time
    is its event's, which the page's later entries revise (pipeline.superseded). The figure
    itself where its sentence opens no entry."""
    if (figure.kind != "percent" and figure.per is None) or figure.past:
        return figure
    stamp = entry_stamp(text)
    if stamp is None or text.find(figure.text) < stamp.end:
        return figure
    if _OWN_TIME.search(text, stamp.end):
        return figure  # "grew 3 percent in 2019", "... on Tuesday": a time of its own
    clock = _STAMP_CLOCK.match(text)
    if clock is None:
        return figure
    return replace(figure, text=f"{figure.text} at {clock['clock']}")


# A time the entry's sentence gives of its own, which its figure may be of: a year, a day
# or a month named, an earlier time ("yesterday", "a week ago", "last month").
_OWN_TIME = re.compile(
    rf"\b(?:(?:19|20)\d{{2}}|{'|'.join(calendar.day_name)}|{'|'.join(calendar.month_name[1:])}"
    r"|yesterday|ago|earlier|last)\b"
)
# The clock an entry's stamp writes, and its zone: "11:20", "9.15am ET", "22:10 GMT" (not a
# second zone's time in brackets, nor the dash).
_STAMP_CLOCK = re.compile(
    r"[\s*_]*(?P<clock>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?(?:\s+[A-Z]{2,4}\b)?)"
)


def of_the_day(figure: Figure, text: str, day: str | None) -> str | None:
    """The day a level is true of where its sentence dates it by nothing but its report:
    a rate, a share or a price its clause gives in the present ("underwriters are now
    quoting 0.9 percent of hull value", "Bulk carriers bound for Port Meridel are being
    quoted 1.2 percent", "Brent stands at $81") is its report's `day` (r69 F8: a broker's
    note of 14 June had given its rates, and the JSON had dated none of them). None for
    history (Figure.past), a clause in the past or to come, a count (what a present count
    tells may be always so: "About 45 ships pass through the strait on an average day"),
    and a report of no day."""
    level = figure.kind in ("percent", "money") or figure.per is not None
    if not day or figure.past or not level:
        return None
    at = text.find(figure.text)
    if at < 0:
        return None
    start = max((m.end() for m in _CLAUSE_OPENS.finditer(text, 0, at)), default=0)
    clause = text[start : at + len(figure.text)]  # its own words may hold the verb
    present, not_present = _tense_words()
    if present.search(clause) is None or not_present.search(clause) is not None:
        return None
    return day[:10]


# What opens the clause a level is told in: a mark, or a word of another clause.
_CLAUSE_OPENS = re.compile(r"[,;:()\u2014\u2013]|\b(?:that|which|who|while|when|after)\b")


@cache
def _tense_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of a level's clause told in the present, as of its report (words.toml's
    present_tellers: "are being quoted", "stands at", "now"), and of one told otherwise
    (not_present_tellers: "was", "will", "yesterday")."""
    w = words()
    return (
        re.compile(rf"\b(?:{alternation(w['present_tellers'])})\b", re.I),
        re.compile(rf"\b(?:{alternation(w['not_present_tellers'])})\b", re.I),
    )


def _opened(text: str, at: int) -> tuple[int, int] | None:
    """The span of the opening adverbial whose clause holds the figure at `at`: right
    before it, or at its clause's start with no other clause between."""
    for clause in _CLAUSE_START.finditer(text, 0, at):
        found = _opening().match(text, clause.end())
        if found is None or found.end() > at:
            continue
        if found.end() == at or not _SCOPE_BREAK.search(text, found.end(), at):
            return found.start(), found.end()
    return None
