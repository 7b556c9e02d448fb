"""A number as the text writes it, and what it is worth: digits grouped by commas or
spaces ("100,000", "100 000", a tokenised "200, 000"), a scale after them ("2.5bn",
"₹6.2 lakh crore", "US $5.4-billion"), or words ("two hundred", "several hundred",
"tens of thousands", "half a dozen").

Apart from the scan because every step of it reads numbers: the patterns that find
figures, the ranges and qualifiers that widen them, the tolls, conjuncts and shares that
add or divide them. A figure's value is the least its text says: of a range
("100-120", "between 200 and 300") its lower bound, of "tens of thousands" twenty
thousand, so a figure never sorts above what it settles.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

from brief.extract.figures.notation import number_values, signed
from brief.extract.lexicon import alternation

# Thousands grouped by commas or by (narrow no-break) spaces: "100,000", "100 000"; and
# by a comma a tokenised copy spaces, where the last group is "000" ("$200, 000 bail"):
# "May 5, 200 protesters" is a date and a count.
NUMBER = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:, \d{3})*, 000(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+(?:\.\d+)?"
)
# Compiled once: `re.search(NUMBER, ...)` looked the pattern up in re's cache at every call
# (27,925 look-ups at 25,000 sentences).
NUMBER_RE = re.compile(NUMBER)
GROUPING = re.compile(r"[,\s\u202f]")  # what float() cannot read in "100,000"


# A scale written as a word, which a vague quantity or an article may come before:
# "several hundred", "a dozen".
SCALE_WORD = re.compile(r"(?i:dozen|hundred|thousand|million|billion)\b")


# A scale of scales is one scale: "₹6.2 lakh crore" is 6.2 x 10^12.
_SCALE_OF_SCALES = r"(?: (?:hundred|thousand|lakh) (?:crore|million|billion)\b)"


@cache
def _scales() -> str:
    """The scales a number may take after it: words.toml's [values.scales]."""
    return alternation(number_values().scales)


@cache
def scale_words() -> str:
    """A number's scale, if any (joined by a hyphen too, as some papers write them: "US
    $5.4-billion", "a $2-million grant"; only the long scales, not "a 10-k race")."""
    return rf"(?:{_SCALE_OF_SCALES}| ?(?:{_scales()})\b|-(?:million|billion|trillion)\b)?"


# A scale after a number, or after the upper bound of its range ("$10-12bn" is billions).
_SECOND_SCALE = re.compile(r" (crore|million|billion)\b")


@cache
def _scale_after() -> re.Pattern[str]:
    sign = signed()
    return re.compile(
        rf"(?: ?[-–] ?{sign}?(?:{NUMBER})|,? (?:and|to|or) {sign}?(?:{NUMBER}|[a-z]+))?"
        r"(?:\s?|-(?=(?:million|billion|trillion)\b))"  # "5.4-billion" (see scale_words)
        rf"({_scales()})\b"
    )


_NUMBER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?(?: few)?")  # "thirty-eight" is one word


def _number_word(low: str, end: int) -> tuple[float, int] | None:
    """The value of the first number word in low[:end] and where it ends."""
    table = number_values()
    for w in _NUMBER_WORD.finditer(low, 0, end):
        value = table.numbers.get(w.group(), table.vague.get(w.group()))
        if value is not None:
            return value, w.end()
        first, hyphen, _ = w.group().partition("-")
        if hyphen and first in table.numbers:  # "one-third", "two-day": the number word
            return table.numbers[first], w.start() + len(first)
    return None


_HALF = re.compile(r"\bhalf an? ")  # "half a dozen" is six


# Kept: figures repeat ("two", "10%"): 5,361 values read in a 1,000-article inbox, of
# 2,112 texts.
@lru_cache(maxsize=8192)
def value_of(raw: str) -> float | None:
    """The first number of a figure with its scale ("2.5bn", "two hundred", "several
    hundred"): of a range ("100-120", "between 200 and 300"), the lower bound."""
    low = raw.lower()
    num = NUMBER_RE.search(low)
    table = number_values()
    plural = None if num else table.plural_phrase.search(low)
    if plural is not None:
        # "tens of thousands": at least two of each, so twice the product of the scales
        return 2 * math.prod(table.plural[w] for w in plural.group().split(" of "))
    # a number word before the digits is a range's lower bound: "between six and 12 hours"
    words_end = num.start() if num else len(low)
    ranged = num is None or any(joint in low for joint in (" to ", " or ", " and "))
    word = _number_word(low, words_end) if ranged and words_end > 1 else None
    if word is not None:
        value, after = word
    elif num:
        value, after = float(GROUPING.sub("", num.group())), num.end()
    else:
        return None
    scale = _scale_after().match(low, after)
    if scale:
        value *= table.scales[scale.group(1)]
        second = _SECOND_SCALE.match(low, scale.end())
        if second:
            value *= table.scales[second.group(1)]
    value = value / 2 if _HALF.search(low, 0, after) else value
    # binary floats: "$8.2 billion" is 8,200,000,000, not 8,199,999,999.999999
    return float(f"{value:.12g}")
