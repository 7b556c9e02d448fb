"""Where a text names something, and when reports were dated: in its lead (headline
and first sentence) or in a line or two past it, in passing.

News writing puts its own event in the lead and recalls others further down, and one news
cycle's reports are dated days apart at most. Every test of this package reads a report that
way, to tell its own event from one it only recalls; these are the readings they share.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Collection, Iterator, Sequence

from brief.ingest.layout.dates import DAY_MONTH, day_and_month
from brief.stories.texts import LEAD_SENTENCES, WEEK, Text

# A report that shares another group's names in no more lines than this, all past its lead,
# recalls that event (see named_in_passing).
PASSING_LINES = 2

# Reports dated this many days apart or fewer are of one news cycle (see
# leads_with_its_own).
NEAR_DAYS = 2

# How far before a word of what happened its "the" may stand ("the overnight bus that
# plunged": the article, then a word or two of the noun; see as_known).
DEFINITE_REACH = 3


def single_beside(
    one: list[int], other: list[int], at_least: int
) -> Iterator[tuple[int, list[int]]]:
    """A single report and the group of at least `at_least` beside it, whichever of the
    two pair is which (nothing where neither is a single report)."""
    for single, group in ((one, other), (other, one)):
        if len(single) == 1 and len(group) >= at_least:
            yield single[0], group


def same_days(texts: Sequence[Text], alone: int, story: list[int]) -> bool:
    """Whether no report of a story is dated more than NEAR_DAYS from a report's day
    (either's day unknown: no report is)."""
    day = texts[alone].day
    return day is None or all(
        abs((other - day).days) <= NEAR_DAYS for i in story if (other := texts[i].day) is not None
    )


def all_dated(texts: Sequence[Text], group: Sequence[int]) -> bool:
    """Whether every text of a group is dated (its page's or its dateline's day)."""
    return all(texts[i].day is not None for i in group)


def lines_naming_all(text: Text, craft: tuple[str, ...]) -> set[int]:
    """The sentences of a text that give every word of a ship's name."""
    return set.intersection(*(set(lines_naming(text, word)) for word in craft))


def at_most_in_passing(text: Text, name: str) -> bool:
    """Whether a text names a name in no more than PASSING_LINES sentences, all past its
    lead, if at all."""
    return mentioned_in_passing(text, name) or not lines_naming(text, name)


def lines_naming(text: Text, name: str) -> list[int]:
    """The sentences of a text that name a name (accents aside), by their index; its
    plural names it too ("the Kardashians", "the Houthis")."""
    forms = {name, name + "s", name.removesuffix("s")}
    return sorted({k for form in forms for k in text.lines_of.get(form, ())})


def mentioned_in_passing(text: Text, name: str, others: Collection[str] = ()) -> bool:
    """Whether a text names a name (or one of its `others`, its other names) in one to
    PASSING_LINES sentences, all past its lead."""
    lines = sorted({k for form in {name, *others} for k in lines_naming(text, form)})
    return 0 < len(lines) <= PASSING_LINES and lines[0] >= LEAD_SENTENCES


def small_letters(text: Text, opening: set[str]) -> set[str]:
    """A text's rare opening words (see rare_openings) written in small letters: what
    happened, not who."""
    return opening & {word for word in text.written_lead if word.islower()}


def word_lines(text: Text) -> dict[str, list[int]]:
    """Each word of a text and the sentences that use it, by their index: `lines_with`
    for every word at once (a digest's lines were searched for every word of every other
    report's lead, 400,000 searches over a 1,000-article inbox)."""
    lines: dict[str, list[int]] = {}
    start = 0
    for k, end in enumerate(text.sentence_ends):
        for word in dict.fromkeys(text.words[start:end]):
            lines.setdefault(word, []).append(k)
        start = end
    return lines


def lines_with(text: Text, word: str) -> list[int]:
    """The sentences of a text that use a word (casefolded), by their index; a compound
    written with a hyphen uses it where its parts stand in a row: one outlet's
    "cold-smoked salmon" is a recall notice's "Cold Smoked Norwegian Salmon"."""
    parts = word.split("-") if "-" in word else []
    lines, start = [], 0
    for k, end in enumerate(text.sentence_ends):
        words = text.words[start:end]
        if word in words or (parts and _in_a_row(words, parts)):
            lines.append(k)
        start = end
    return lines


def _in_a_row(words: Sequence[str], parts: Sequence[str]) -> bool:
    """Whether a sentence's words hold these parts one after another."""
    size = len(parts)
    return any(
        tuple(words[k : k + size]) == tuple(parts)
        for k, word in enumerate(words)
        if word == parts[0]
    )


def as_known(words: Sequence[str], at: int) -> bool:
    """Whether a sentence's word (by its place among the sentence's words) is named as
    something the reader knows: within DEFINITE_REACH words after "the", with no "a"
    between ("the fishing boat that capsized", "on the first day of the ban"), not as
    news ("a boat capsized")."""
    before = list(words[max(0, at - DEFINITE_REACH) : at])
    return "the" in before and not {"a", "an"} & set(before[before.index("the") :])


def gives_day(sentence: str, day: datetime.date) -> bool:
    """Whether a sentence gives a day with its month ("18 February", "Feb. 18";
    layout.dates.DAY_MONTH)."""
    return any(
        day_and_month(found) == (day.day, day.month) for found in DAY_MONTH.finditer(sentence)
    )


def recalls_day(text: Text, day: datetime.date) -> bool:
    """Whether a text gives a day as its own event's: by its date, or by its weekday where
    it is dated in the week after it ("Tuesday's drone strike"), in its lead or in more
    than PASSING_LINES sentences. A report that places its incident beside an earlier one
    in a line past its lead ("the approach follows the 12 Jun UAV strike 5nm to the
    north") recalls another incident, not its own."""
    weekday = calendar.day_name[day.weekday()].lower()
    by_weekday = text.day is not None and 0 <= (text.day - day).days < WEEK
    lines, start = [], 0
    for k, end in enumerate(text.sentence_ends):
        if gives_day(text.head[k], day) or (by_weekday and weekday in text.words[start:end]):
            lines.append(k)
        start = end
    return bool(lines) and (lines[0] < LEAD_SENTENCES or len(lines) > PASSING_LINES)
