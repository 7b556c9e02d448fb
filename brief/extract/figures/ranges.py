"""A figure's words before its number that say how its value reads: a qualifier ("up to
10 jets", "no less than £168bn"), a range's lower bound ("100-120 UK troops", "between
200 and 300 troops", "two to three years", "from £199 to £9,500"), a sign written as a
word ("minus 20 degrees").

A figure says what the text says. A qualifier is kept whole, or left out after a
negation it does not include ("not up to 10"), which it would contradict alone. A range
is one figure, and its value the least the text says (the lower bound; "several" is 3),
so it never sorts above it; `figure_bound` tells the reader which way the value leans.
The patterns do not look for these words: each is looked for just before the number a
pattern found (see _qualifier_before).
"""

from __future__ import annotations

import re
from functools import cache
from typing import cast, get_args

from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import (
    MONTH,
    WORD_REACH,
    YEAR_RE,
    number_values,
    signed,
)
from brief.extract.figures.number_reading import (
    GROUPING,
    NUMBER,
    NUMBER_RE,
    SCALE_WORD,
    scale_words,
    value_of,
)
from brief.extract.lexicon import (
    alternation,
    currency_signs,
    joined,
    shared_starts,
    word_codes,
    words,
)
from brief.models import FigureBound, FigureKind

# A range is one figure as written ("100-120 UK troops", "20-25%", "$10-12bn"); its value
# is its lower bound, the least the text says, so a range never sorts above what it settles.
# A score ("a 5-4 win", "42-6 victors") is no range: see descending.
# Its lower bound is not grouped by spaces: "10 737-800 planes" is ten Boeing 737-800s.
_LOW_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
RANGE_LOW = rf"(?:{_LOW_NUM}) ?[-–] ?"  # "100-" of "100-120", found with its upper bound


@cache
def _range() -> re.Pattern[str]:
    return re.compile(rf"({_LOW_NUM}) ?[-–] ?{signed()}?({NUMBER})")


# A qualifier is looked for just before a number, not as an optional start of every
# pattern: an optional prefix stops `re` from skipping ahead to a digit.
@cache
def _qualifier_before() -> re.Pattern[str]:
    """words.toml's [figures] qualifiers, at the end of the text before a number."""
    return re.compile(rf"(?<!\w)(?:{shared_starts(qualifier_readings())}) \Z", re.IGNORECASE)


@cache
def qualifier_readings() -> dict[str, FigureBound]:
    """words.toml's [values.qualifiers]: each qualifier and how its number reads."""
    readings = word_codes("qualifiers", allowed=get_args(FigureBound))
    return {phrase: cast(FigureBound, reading) for phrase, reading in readings.items()}


@cache
def _range_opening() -> re.Pattern[str]:
    """A figure that opens with a range's lower bound: "100-120 UK troops", "between six
    and 12 hours", "from £199 to £9,500"."""
    spelled = alternation(number_values().numbers)
    return re.compile(
        rf"(?i:(?:between|from) )?(?:{signed()} ?)?(?:{_LOW_NUM}|(?i:{spelled}))"
        rf"(?: ?(?:%|per ?cent\b))?{scale_words()}(?: (?:to|or|and) | ?[-–] ?)"
        rf"(?={signed()}? ?(?:\d|(?i:{spelled})\b))"  # another number: no "-billion"
    )


_TO_RE = re.compile(r"\s(?:to|and)\s")  # "from £1.2bn to £900m": where a change ends
# A toll's opening before its number ("the lives of", "killing"): see tolls.casualty_toll
_TOLL_OPENING = re.compile(r"^(?:(?:the )?lives of |(?:kill|wound|injur)[a-z]*\s+)")


def figure_bound(
    text: str, kind: FigureKind, value: float | None, unit: str | None
) -> FigureBound | None:
    """How a figure's value reads against its text: as its qualifier says ("up to 10
    jets": "max"), "min" for a vague count ("hundreds of people") or a range, whose value
    is its first number: the least the text says, or the most where it falls ("from
    £1.2bn to £900m"); None where the value is the number as written, and where "over"
    before a span of time may mean "during" as well as "more than" ("£960m over 15 years",
    "for over 48 years"): a wrong bound is worse than none."""
    low = _TOLL_OPENING.sub("", text.lower())  # "the lives of more than 20", "killing at least 9"
    if kind == "date":
        return None
    if low.startswith("from "):
        parts = _TO_RE.split(text)
        last = value_of(parts[-1]) if len(parts) > 1 else None
        return "max" if last is not None and value is not None and last < value else "min"
    reading = next((r for q, r in qualifier_readings().items() if low.startswith(f"{q} ")), None)
    if reading is not None:
        during = low.startswith("over ") and unit in words()["durations"]
        return None if during else reading
    if low.startswith(number_values().vague_starts) or _range_opening().match(text):
        return "min"
    return None


def range_end(text: str, kind: FigureKind) -> float | None:
    """The number a range runs to, or a change reaches ("$10,800-11,600": 11,600;
    "between $180 million and $220 million": 220 million; "from $6,800 to $8,150": 8,150;
    "from £1.2bn to £900m": 900 million), None for a figure of one number. A range's
    value is its first number, the least it says (see figure_bound): a program that read
    the value alone had booked an exchange's old margin and the low end of every guidance
    range (r64 F4), so the other end is told beside it."""
    if kind == "date":
        return None
    opening = _TOLL_OPENING.match(text.lower())
    rest = text[opening.end() :] if opening else text
    lowered = rest.lower()
    qualifier = next((q for q in qualifier_readings() if lowered.startswith(f"{q} ")), None)
    if qualifier is not None:
        rest = rest[len(qualifier) + 1 :]
    if not (rest.lower().startswith(("from ", "between ")) or _range_opening().match(rest)):
        return None
    joint = _RANGE_JOINT.search(rest)
    return value_of(rest[joint.end() :]) if joint else None


# Where a range's lower bound ends and its upper one starts: a dash between numbers, or
# "to", "and", "or" ("from £199 to £9,500", "between six and 12 hours", "2,000 or 3,000").
_RANGE_JOINT = re.compile(r"(?<=[\d%]) ?[-–] ?|(?<=\w) (?:to|and|or) (?=\S)")


_QUALIFIER_REACH = 24  # characters before a number in which a qualifier can sit


def qualified_start(text: str, start: int) -> int:
    """Where a number's figure starts: at "up to" in "up to 10 jets", else at the number
    (or its range's lower bound, see range_start). A qualifier is kept whole or not at
    all: after a negation that it does not include ("not up to 10"), it is left out, since
    "up to 10" alone would say the opposite."""
    if SCALE_WORD.match(text, start):
        # "a dozen", "half a dozen": the article and the fraction belong to the number
        article = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
        start = article.start() if article else start
    if not text.endswith(" ", 0, start):
        return start  # a qualifier is a word and a space before the number: none here
    before = text[max(0, start - _QUALIFIER_REACH) : start]
    m = _qualifier_before().search(before)
    if m is None:
        return start
    at = start - len(m.group())
    if _NEGATION_BEFORE.search(text, max(0, at - 8), at):
        return start
    if m.group().strip().lower() in words()["qualifier_bounds"] and _NEGATED_VERB_BEFORE.search(
        text, max(0, at - 24), at
    ):
        return start
    return start - len(m.group())


_BETWEEN_REACH = 48


@cache
def _sign_start() -> re.Pattern[str]:
    return re.compile(signed())


@cache
def _range_before() -> re.Pattern[str]:
    """A range's lower bound written with a word before its upper one: "two to three
    years", "from £199 to £9,500", "2,000 or 3,000 metres", "between six and 12 hours"."""
    spelled = "|".join(sorted(number_values().numbers, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,{currency_signs()}-])(?:(?P<opener>(?i:between|from)) )?"
        rf"(?P<sign>{signed()} ?)?(?P<low>{NUMBER}|(?i:{spelled}))"
        rf"(?P<percent> ?(?:%|per ?cent\b))?{scale_words()} (?P<joint>to|or|and) \Z"
    )


def range_start(text: str, match: re.Match[str], kind: str) -> int:
    """Where a range ending in the figure at `match` starts, or the figure's own start. Its
    bounds are of one kind ("£199 to £9,500", a bare number to a count); a descending
    pair is a score ("won 5 to 4") unless "from" makes it a change ("fell from 20 to 10");
    years are left to the timeline; "and" joins only after "between"."""
    found = _range_before().search(text, max(0, match.start() - _BETWEEN_REACH), match.start())
    if found is None or kind not in {"money", "percent", "count", "unit"}:
        return match.start()
    opener = (found.group("opener") or "").lower()
    if found.group("joint") == "and" and opener != "between":
        return match.start()
    if opener == "between" and found.group("joint") == "or":
        return match.start()  # "between" takes "and", and in news copy "to" ("between 25 to 40")
    upper = match.group()
    upper_sign = _sign_start().match(upper) is not None
    if bool(found.group("sign")) != (kind == "money" and upper_sign):
        return match.start()
    if found.group("percent") and kind != "percent":
        return match.start()
    if (found.group("sign") or found.group("percent")) and not (
        opener or _in_a_noun_phrase(text, found, upper)
    ):
        return match.start()  # "fell $1.64 to $47.10", "$2.3bn or £1.2bn": a change, a conversion
    if _MONTH_BEFORE.search(text, 0, found.start("low")):
        return match.start()  # "the year starting April 1 to 3.6%": a date's day, no bound
    low, high = value_of(found.group("low")), value_of(upper)
    numbers = (found.group("low"), *NUMBER_RE.findall(upper)[:1])
    if low is None or high is None or any(YEAR_RE.fullmatch(n) for n in numbers):
        return match.start()
    if low >= high and opener != "from":
        return match.start()
    return found.start()


def _in_a_noun_phrase(text: str, found: re.Match[str], upper: str) -> bool:
    """Whether a signed lower bound ("$9bn to $11bn") opens a range, not a change: a
    change's amount is its verb's ("rose $7.2bn to $170.8bn", "fell more than $2 to
    $43.25", "up 5% to 20%"), a range sits where a noun phrase does, after a preposition
    or a determiner ("earnings of $9bn to $11bn", "at 3% to 4%", "the $40 to $50 level").
    "by" gives a difference ("rose by $2 to $43"), and a conversion changes its sign
    ("$2.3bn or £1.2bn"): neither is a range."""
    sign = found.group("sign") or ""
    if found.group("joint") != "to" or (sign and not upper.startswith(sign.strip())):
        return False
    at = qualified_start(text, found.start())  # "of about $9bn to $11bn": the word before
    before = text[max(0, at - 2 * WORD_REACH) : at].split()
    return bool(before) and before[-1].lower() in _noun_phrase_openers()


@cache
def _noun_phrase_openers() -> frozenset[str]:
    """The words after which a number opens a noun phrase: prepositions but "by", "to"
    and "over" (a difference, a change's new level, a qualifier), articles, determiners and
    possessives."""
    openers = joined("object_prepositions", "articles", "determiners", "possessives")
    return openers - {"by", "to", "over"} | {"of", "for"}


_MONTH_BEFORE = re.compile(rf"\b{MONTH} \Z")
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?i:half )?(?i:an?) \Z")
_NEGATION_BEFORE = re.compile(r"(?<!\w)(?i:no|not|never) \Z")


# A bound (words.toml's qualifier_bounds) after a negated verb ("have not won more than
# 42 percent", "didn't get more than 30 seats") is the negation's: the figure alone says
# no more than the number. An estimate is not ("didn't know nearly 500 people had fled"
# keeps "nearly").
_NEGATED_VERB_BEFORE = re.compile(r"(?<!\w)(?i:not|never|\w+n[’']t) [a-z]+ \Z")


def descending(figure_text: str) -> bool:
    """A range runs upwards ("100-120"); "5-4" and "42-6" are scores."""
    m = _range().search(figure_text)
    if m is None:
        return False
    low, high = (float(GROUPING.sub("", n)) for n in m.groups())
    return low >= high


def with_sign(text: str, found: FoundFigure) -> FoundFigure:
    """ "minus 20 degrees Celsius": a sign written as a word belongs to the figure, or
    the brief would report a frost as 20 degrees."""
    if found.value is None or found.kind not in {"count", "measure", "percent"}:
        return found
    sign = _MINUS_BEFORE.search(text, max(0, found.start - 17), found.start)
    if sign is None:
        return found
    start = sign.start()
    return found._replace(start=start, text=text[start : found.end], value=-found.value)


# ... but "plus or minus 3.5 points" ("plus/minus", "plus-or-minus") is a margin, no sign;
# and "negative" is as often a judgement ("negative 5 reviews", "tested negative 14 days
# later") as a sign, so only "minus" is read
_MINUS_BEFORE = re.compile(r"(?<![-/\w])(?<!plus or )minus $", re.I)
