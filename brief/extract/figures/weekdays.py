"""The days of the week news dates its events by ("fired a missile on Sunday", "will
travel to Tokyo on Wednesday", "passed the budget last Thursday"), read as dates from the
page's own date.

A daily report dates most of its news so, and a timeline without them misses the day's
events. A weekday is only a date beside a full publication date: it names a day of the
week around it, back for the past, on for what is to come (tense.weekday_tense). Without
the page's day, or where the clause says no tense ("would meet on Monday", "until
Friday") or the day only bounds a span ("since Monday", "by Thursday"), it is no date: a
wrong day is worse than none. "This Friday" may be either way, and is none too, and so
is "last Tuesday" in a Wednesday's report: a writer who meant the day before would have
written "yesterday" or "on Tuesday", and one outlet's "since last Tuesday" was another's
"since 9 June", a week earlier. A day after "for" is the one a plan is for ("has called a
general strike for Monday" in a Saturday's report is the Monday after: tense.prospect).
A "last" weekday further back is the latest one ("began last Thursday and will end
today" in a Saturday's report).

A day of the month written alone ("died of cholera on the 14th", "will meet on the 23rd")
is the article's month's: news writes the month when it is another. So it is a date only
beside a full publication date and where its clause's tense agrees (a past day not after
the page's, a coming one not before it): "arrived on the 28th" in a report of the 3rd is
last month's or a slip, and a wrong month is worse than none.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache

from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import WEEKDAY, day_before
from brief.extract.figures.tense import called_off_event, prospect, weekday_tense
from brief.extract.lexicon import alternation, words

# Words before a weekday that make it no event's day: a span's bound, a habit, a name.
_NO_EVENT_BEFORE = frozenset(
    {"since", "until", "till", "by", "through", "from", "every", "each", "a", "an", "the"}
)
# Words before it that leave it the day of an event: "on", a time of day's.
_EVENT_BEFORE = frozenset({"", "on", "late", "early", "overnight"})


@cache
def _weekday() -> re.Pattern[str]:
    return re.compile(rf"(?:(?P<before>\S+) )?(?:(?P<relation>[Ll]ast|[Nn]ext|[Tt]his) )?{WEEKDAY}")


def weekday_dates(
    text: str, published: str | None, ahead_from: int | None = None
) -> list[FoundFigure]:
    """The sentence's weekdays that date an event, each with its ISO date; none without a
    full publication date (`published`, ISO). After `ahead_from` (the end of a forecast:
    "were due to meet", "was expected to reach") a weekday is of what was to come,
    whatever tense its clause reads in (pipeline.superseded.passed_forecasts)."""
    if not published or len(published) < 10 or ("day" not in text and "the " not in text):
        return []
    try:
        then = date.fromisoformat(published[:10])
    except ValueError:
        return []
    found = _days_of_the_month(text, then) if _ORDINAL_DAY.search(text) else []
    if "day" not in text:
        return found
    for match in _weekday().finditer(text):
        coming = ahead_from is not None and match.start("day") >= ahead_from
        when = _date_of(text, match, then, coming)
        if when is None:
            continue
        earlier = _DAY_BEFORE.search(text, match.end())
        if earlier is not None and _said_before().search(text, 0, match.start("day")):
            # "North Korea said Tuesday it test-fired a missile the previous day": the
            # weekday is the saying's, and the event the day before it
            when = (date.fromisoformat(when) - timedelta(days=1)).isoformat()
            phrase = earlier.group()
            found.append(
                FoundFigure(earlier.start(), earlier.end(), phrase, "date", None, None, when)
            )
            continue
        start = match.start("relation") if match.group("relation") else match.start("day")
        found.append(
            FoundFigure(start, match.end(), text[start : match.end()], "date", None, None, when)
        )
    return found


# "on the 14th", a day of the month alone, ending its phrase: not "the 14th century", "the
# 23rd anniversary", "the 3rd Infantry", which the word after it makes a thing's
_ORDINAL_DAY = re.compile(
    r"\bon the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:when|and|at|in|after|before|as|of this month|but|to)\b)"
)


def _days_of_the_month(text: str, then: date) -> list[FoundFigure]:
    """The sentence's days of the month written alone that date an event (see the module's
    docstring), each with its ISO date."""
    found = []
    for match in _ORDINAL_DAY.finditer(text):
        day = int(match.group(1))
        if day > calendar.monthrange(then.year, then.month)[1]:
            continue
        tense = weekday_tense(text, match.start(1))
        if not (tense == "past" and day <= then.day or tense == "ahead" and day >= then.day):
            continue
        when = then.replace(day=day).isoformat()
        start = match.start() + 3  # "the 14th", without its "on"
        found.append(
            FoundFigure(start, match.end(), text[start : match.end()], "date", None, None, when)
        )
    return found


# The day before the one a sentence names: its event's day, when the weekday was its report's.
_DAY_BEFORE = re.compile(
    r"\b(?:the previous day|the day before|a day earlier)\b(?!\s+(?:the|than|that|when|of)\b)"
)


@cache
def _said_before() -> re.Pattern[str]:
    """A verb of report (words.toml's report_verbs) a little before a weekday: "said
    Tuesday", "said in a statement late on Monday" ("gathered on Monday, the day before
    the election" is no report's day)."""
    return re.compile(rf"\b(?:{alternation(words()['report_verbs'])})\b[^.;:,]{{0,40}}\Z")


# The weekly papers named for their day ("The Mail on Sunday", "The Independent on Sunday"):
# their "on Sunday" is a name's, whatever tense the clause is in.
_PAPER_BEFORE = re.compile(r"\b(?:Mail|Independent) on \Z")


def _date_of(text: str, match: re.Match[str], then: date, coming: bool = False) -> str | None:
    """The ISO date of the weekday `match` writes, or None (see the module's docstring);
    `coming`: a forecast's, of what is to come."""
    before = (match.group("before") or "").rstrip(",")
    relation = (match.group("relation") or "").strip().lower()
    if before.lower() in _NO_EVENT_BEFORE or relation == "this":
        return None
    if relation == "" and not (before.lower() in _EVENT_BEFORE or before.islower()):
        return None  # "Bloody Sunday", "Super Tuesday", "Good Friday": a name's
    if _PAPER_BEFORE.search(text, max(0, match.start() - 16), match.start("day")):
        return None  # "The Mail on Sunday survey found": a weekly paper's name
    weekday = list(calendar.day_name).index(match.group("day"))
    back = (then.weekday() - weekday) % 7  # days since it last fell, 0 on the day itself
    ahead = (weekday - then.weekday()) % 7
    if relation == "last":
        # the day before the page's is "yesterday" or "on Tuesday": "last Tuesday" in a
        # Wednesday's report is as often the week before's (r42 L1), and is none
        return None if back == 1 else (then - timedelta(days=back or 7)).isoformat()
    if relation == "next":
        return (then + timedelta(days=ahead or 7)).isoformat()
    if not coming and called_off_event(text, match.start("day")):
        # "Friday's meeting has been called off": the event had not come when it was
        # called off, so on a Thursday's page it is the Friday after (r66 F13 had put
        # it on the Friday before); where the Friday gone is the nearer ("Friday's
        # meeting was called off" on a Saturday's page) it may be either, and is none
        return (then + timedelta(days=ahead)).isoformat() if ahead <= back else None
    tense = "ahead" if coming else weekday_tense(text, match.start("day"))
    if (
        not coming
        and tense == "ahead"
        and prospect(text, match.start("day")) == "reported"
        and _another_day(text, match, then)
    ):
        # "said it was preparing to airlift ... on Tuesday" is the Tuesday after the saying:
        # the page's day's next, unless the sentence dates the saying by another day ("said
        # on Friday it would fly on Sunday" in a Monday's report is yesterday's Sunday, or
        # none that came), and a wrong day is worse than none
        return None
    if tense == "past":
        return (then - timedelta(days=back)).isoformat()
    if tense == "ahead":
        return (then + timedelta(days=ahead)).isoformat()
    return None


def _another_day(text: str, match: re.Match[str], then: date) -> bool:
    """Whether the sentence names a day other than the weekday `match` writes and the
    page's own ("yesterday", "on Friday" in a Monday's report; not "on Monday")."""
    if re.search(day_before(), text):
        return True
    own = calendar.day_name[then.weekday()]
    return any(
        other.start() != match.start() and other.group("day") != own
        for other in _weekday().finditer(text)
    )
