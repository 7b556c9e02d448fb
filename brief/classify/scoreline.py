"""A result written in numbers ("beat Wales 11-9"): a game, not a battle.

The sentence is given the word "scoreline", so a profile can weigh a result like any other
cue; a span of days or a range of amounts ("7-11 April", "10-15%") is no result.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.figures.notation import MONTH
from brief.extract.lexicon import alternation, words

# A result written as numbers ("beat Wales 11-9", "won 6-3 6-0") is a scoreline: the
# sentence gets the word, so a profile can weigh it like any cue (a game is no battle).
# Not a year span ("2003-04") nor a decimal. (What stands before the first digit is
# tested after it, so `re` skips to the digits: four times as fast as testing first.)
SCORELINE = "scoreline"
_SCORELINE = re.compile(r"\d(?<![\d.,:/-]\d)\d{0,2} ?[-–] ?\d{1,3}(?![\d-]|[.,]\d)")
# Words next to such numbers that make them a span of days or a range of amounts ("7-11
# April", "March 10-24", "Sept. 3-5", "3-4 days", "10-15%"), not a result: a month as
# dates in figures write it (notation.MONTH, capitalised, whole or cut).
_RANGE_BEFORE = re.compile(rf"\b{MONTH}\s*\Z")


@cache
def range_after() -> re.Pattern[str]:
    """A month or one of words.toml's [classify] range_units right after the numbers."""
    units = alternation(words()["range_units"])
    # A capitalised modifier may stand between ("100-120 UK troops").
    modifier = r"(?:[A-Z][\w.-]*\s+){0,2}"
    return re.compile(rf"\s*(?:%|{MONTH}\b|{modifier}(?i:{units})\b)")


def scoreline_at(text: str) -> int:
    """Where a result in numbers ("11-9") starts in `text`, or -1."""
    if "-" not in text and "–" not in text:
        return -1
    for found in _SCORELINE.finditer(text):
        before = text[max(0, found.start() - 12) : found.start()]
        if not _RANGE_BEFORE.search(before) and not range_after().match(text, found.end()):
            return found.start()
    return -1
