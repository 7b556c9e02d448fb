"""Figures that describe what stands, not what happened: no key figure.

News counts its event ("killed 31 people", "19,000 people have been displaced") and
describes the things the event touches with numbers too. A place is described by its
population: what it "is home to", what it "has", what a "town of" holds, or where people
"live" ("Amdal, a border town of 60,000 people", "home to about 48,000 people"). A rate is
told against the level it is measured by ("2.8 percent, above the emergency threshold of
1 percent"). A list is announced by the number of its items, which the sentence then gives
("an agenda of three points: a ceasefire, humanitarian access and ..."). Each number is
true, but none says what befell anyone: in a list of key figures, a reader takes "60,000
people" for the displaced or the dead, "1 percent" for a rate measured, "three points" for
something counted (r63 F11). The sentences stay bullets; the figures are left out, as a
condition's threshold is (conditional).

The mechanisms are English's: the phrase that makes a count a population (words.toml's
[figures] population_phrases, a settlement noun and "of", a dweller counted after "has",
a verb of dwelling), the noun of a reference level before "of" or after the figure
(reference_levels), and a colon that opens the list a count announces. A count of the
dead, the hurt or the missing, or one told with what befell it ("arrested three men: ..."),
is news however a sentence goes on.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.figures.befell import verb_opening
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.tolls import befalling_verb_forms, dwelling_verb_forms
from brief.extract.lexicon import alternation, words


def standing(text: str, figure: FoundFigure) -> bool:
    """Whether a figure of `text` describes what stands (a place's population, a reference
    level, the length of a list the sentence gives) rather than what happened."""
    if figure.kind == "date":
        return False
    return (
        population(text, figure)
        or reference_level(text, figure)
        or list_length(text, figure)
        or held(text, figure)
        or ruled_size(text, figure)
    )


def ruled_size(text: str, figure: FoundFigure) -> bool:
    """Whether a count is the size a rule sets for what it bans or allows, a bound after
    a plural noun and "of" ("banned gatherings of more than four people", "a ban on
    groups of over 20", "gatherings of more than 50 people are prohibited"): the bar the
    rule is set against, as a condition's threshold is (conditional), not people anything
    befell; in a list of key figures "more than four people" read as a count of the
    news (r71 F9). The sentence stays a bullet."""
    if figure.kind != "count" or not figure.text.lower().startswith(_bounds()):
        return False
    before = _ruled_before().search(text[max(0, figure.start - 60) : figure.start])
    after = _ruled_after().match(text[figure.start :])
    if before is None and (after is None or not _PLURAL_OF.search(text, 0, figure.start)):
        return False
    return figure.unit not in words()["casualties"]


_PLURAL_OF = re.compile(r"\b[a-z]+s of \Z", re.IGNORECASE)


@cache
def _ruled_before() -> re.Pattern[str]:
    """A rule's word, then a plural noun and "of", right before a bound ("banned
    gatherings of", "a ban on groups of")."""
    rules = alternation(words()["rule_words"])
    return re.compile(rf"\b(?:{rules})(?: (?:on|all|any))? [a-z]+s of \Z", re.IGNORECASE)


@cache
def _ruled_after() -> re.Pattern[str]:
    """A bound's clause that a rule's word closes after "be" or "remain" ("... of more
    than 50 people are prohibited")."""
    rules = alternation(words()["rule_words"])
    return re.compile(
        rf"[^,;:.]{{0,40}}? (?:are|is|were|was|will be|remain|remained|have been|had been)"
        rf" (?:{rules})\b",
        re.IGNORECASE,
    )


@cache
def _bounds() -> tuple[str, ...]:
    return tuple(f"{bound} " for bound in words()["qualifier_bounds"])


def held(text: str, figure: FoundFigure) -> bool:
    """Whether a measure is what a thing holds, which only a possessive pronoun right
    before it says whose ("Anna Petrova will discharge her 64,000 tonnes of wheat"): it
    describes the pronoun's owner, and a list, without the sentence, cannot say whose
    cargo it is (r69 F8). Not one told with what befell it, which is news; nor a count
    ("One of her 12 guards was hurt"), whose noun names what it counts."""
    if figure.kind != "measure":
        return False
    before = _LAST_WORD.search(text, max(0, figure.start - 8), figure.start)
    if before is None or before.group(1).lower() not in words()["possessives"]:
        return False
    told = set(figure.text.lower().split())
    return befalling_verb_forms().isdisjoint(told) and words()["casualties"].isdisjoint(told)


_LAST_WORD = re.compile(r"\b([A-Za-z]+)\s+\Z")


def population(text: str, figure: FoundFigure) -> bool:
    """Whether a count of people is a place's population: after what makes it one ("home
    to", "a border town of", "has 300 residents") or with a verb of dwelling in its own
    words ("About 15,000 people live in and around the town")."""
    lists = words()
    unit = (figure.unit or "").lower()
    if figure.kind != "count" or unit in lists["casualties"] or unit in lists["death_nouns"]:
        return False  # "the lives of 23 peacekeepers": a toll, whose noun a verb's form is
    if _populated().search(text, 0, figure.start) is not None:
        return True
    if unit in lists["dwellers"] and _HAS.search(text, 0, figure.start) is not None:
        return True
    told = figure.text.lower().split()
    return any(word in dwelling_verb_forms() for word in told if word != unit)


def reference_level(text: str, figure: FoundFigure) -> bool:
    """Whether a figure is the level something is measured against: the value of a noun of
    words.toml's reference_levels ("the emergency threshold of 1 percent", "a 5 percent
    threshold")."""
    return (
        _level_before().search(text, 0, figure.start) is not None
        or _level_after().match(text, figure.end) is not None
    )


def list_length(text: str, figure: FoundFigure) -> bool:
    """Whether a count is the number of the items of a list its sentence gives after a
    colon ("an agenda of three points: a ceasefire, humanitarian access and ..."): the
    items are the news, their number a sentence's signpost. Not a count of casualties nor
    one told with what befell it."""
    told = figure.text.lower().split()
    if (
        figure.kind != "count"
        or verb_opening(figure.text) > 0
        or not befalling_verb_forms().isdisjoint(told)
    ):
        return False
    unit = (figure.unit or "").lower()
    lists = words()
    if unit in lists["casualties"] or unit in lists["death_nouns"] or unit in lists["afflicted"]:
        return False
    items = _LIST_AFTER.match(text, figure.end)
    return items is not None and _ENUMERATED.search(items.group("items")) is not None


# "has 300 residents": a place's dwellers counted after its verb of having.
_HAS = re.compile(r"\b(?:has|have|had)\s+\Z", re.IGNORECASE)
# A colon right after a count, then its items to the sentence's end.
_LIST_AFTER = re.compile(r"\s*:\s+(?P<items>[^.;]+)")
# Items of a list: two or more, parted by a comma or joined by "and" / "or".
_ENUMERATED = re.compile(r",|\b(?:and|or)\b")


@cache
def _populated() -> re.Pattern[str]:
    """What ends right before a population: a phrase of words.toml's population_phrases
    ("home to"), or a settlement noun and "of" ("a border town of"), with the count's
    qualifier already in the figure."""
    lists = words()
    phrases = alternation(lists["population_phrases"])
    places = alternation(lists["settlement_nouns"])
    return re.compile(rf"\b(?:{phrases}|(?:{places}) of)\s+\Z", re.IGNORECASE)


@cache
def _level_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['reference_levels'])}) of\s+\Z", re.IGNORECASE)


@cache
def _level_after() -> re.Pattern[str]:
    return re.compile(rf"[\s-]*(?:{alternation(words()['reference_levels'])})\b", re.IGNORECASE)
