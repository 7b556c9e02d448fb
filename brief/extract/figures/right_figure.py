"""The right figure a writer's correction names: "The correct figure for 3 June was 34",
after "In Notice 12 we said 40 boats were in the harbour on 3 June".

A release that corrects its own earlier count restates it, then gives the right one in a
sentence of its own, which names it by what it is ("the correct figure", "the actual
number") and not by what it counts: the noun is the restated count's, in the sentence
before. Without it, the correction's "34" is a bare number and no figure, and the list
keeps only the count it replaced (r77 F3; the restating itself is the pipeline's to drop:
pipeline.superseded.states). The figure shows the sentence's own words from the right
figure's name to its number ("correct figure for 3 June was 34"), so a list read without
the sentence still says it is a correction, and counts the restated count's noun
("boats"); a restated count of another value, of the sentence right before in the same
report, is asked for, and where there is none there is no figure.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.number_reading import value_of
from brief.extract.lexicon import alternation, words


@cache
def right_figure_name() -> re.Pattern[str]:
    """The name a correction gives its right figure, "the correct figure", "the actual
    number" (words.toml's correct_figure_adjectives and correct_figure_nouns): it names
    the count by what it is, not by what it counts. Read here for the figure, and by
    pipeline.superseded.states for the count it replaces."""
    w = words()
    adjectives = alternation(w["correct_figure_adjectives"])
    nouns = alternation(w["correct_figure_nouns"])
    return re.compile(rf"\b(?i:{adjectives})\s+(?i:{nouns})\b")


@cache
def _right_figure() -> re.Pattern[str]:
    """ "correct figure for 3 June was 34", "actual number is 1,200": the name of the right
    figure (`right_figure_name`), a few words of what it is of, and its verb and number."""
    return re.compile(
        right_figure_name().pattern + r"[^;:.]{0,40}?"
        r"\s(?:was|is|were|are|stood at|stands at|should have been)"
        r"\s+(?P<number>\d[\d,]*(?:\.\d+)?)(?![\w,]*\d)(?!\.\d)"
    )


def right_figure(text: str, restated: FoundFigure | None) -> FoundFigure | None:
    """The right figure the sentence names, of the restated count's noun (`restated`: the
    count of the sentence before that it replaces), or None: no such name, no count
    restated before it, or the same value again (no correction)."""
    if restated is None or restated.kind != "count" or not restated.unit:
        return None
    found = _right_figure().search(text)
    if found is None:
        return None
    value = value_of(found.group("number"))
    if value is None or value == restated.value:
        return None
    return FoundFigure(
        found.start(), found.end(), found.group(), "count", value, restated.unit, None
    )


def names_a_right_figure(text: str) -> bool:
    """Whether the sentence names a right figure ("The correct figure was 34")."""
    return _right_figure().search(text) is not None
