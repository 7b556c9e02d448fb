"""The numbers that only set a scene: when ("two days after the attack", "five years
ago") and where ("about 40 km to the north", "200 metres from the station"), as a date
or a place name does.

A key figure is a quantity of what happened or was decided: the dead, money, forces,
tonnes, "three days of national mourning", "jailed for ten years". The time between two
events, or a place's distance from another, is neither: a trial's key figures had listed
"about 40 km" and "two days" beside a story's tolls (r55 L3). Such a number is no figure,
as a year in "since 2022" is no count. The grammar says which: a duration followed by a
word of offset (words.toml's time_offsets) and governed by no preposition (span_prepositions:
"sentenced to five years after a trial" gives the sentence's size), a distance followed
by a relation of place (place_relations). Nor is the span a thing is ranked over ("for
the first time in ten days", "its highest level in 15 years": ranking_words), r59 S4-15.

Apart from `counted` because both the count pattern's figures (there) and a glued unit's
("40km from the border", the scanner) are asked.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import alternation, words


def sets_the_scene(text: str, start: int, end: int, unit: str | None) -> bool:
    """Whether the measure at text[start:end], of `unit` (unit_name's), only tells when or
    where: a time between two events or a place's distance from another."""
    if unit in words()["durations"]:
        if _ranked_over(text, start):
            return True  # "for the first time in ten days": the span of a ranking
        return _offset().match(text, end) is not None and not _governed(text, start)
    if unit in words()["distances"]:
        if _WITHIN.search(text, 0, start) and _of_a_place().match(text, end):
            return True  # "living within 8 km of the crater": the zone where they live
        # "14nm W of Gull Island": a navigator's point of the compass is "west of"
        return _relation().match(text, end) is not None or _compass().match(text, end) is not None
    return False


def locates(text: str, start: int, end: int, unit: str | None) -> bool:
    """Whether the number of degrees at text[start:end] is a position or a course, not a
    quantity: a coordinate's or a course's noun a few words before it ("bounded to the
    north by latitude 14 degrees North", "a heading of 270 degrees"), or a point of the
    compass after it, past its minutes ("42 degrees East", "13 degrees 20 minutes
    North"). A latitude had been a key figure of "14 degrees" (r69 F4), as a count of
    something. A temperature's degrees ("47 degrees Celsius") and a turn's stay."""
    if (unit or "").lower() not in words()["angle_units"]:
        return False
    if _position_before().search(text, max(0, start - 30), start) is not None:
        return True
    return _point_after().match(text, end) is not None


@cache
def _compass() -> re.Pattern[str]:
    points = alternation(sorted((p.upper() for p in words()["compass_points"]), key=len)[::-1])
    return re.compile(rf"\s+(?:{points})\s+of\b")


@cache
def _position_before() -> re.Pattern[str]:
    """A position's noun, then at most "of" and an article or qualifier, right before the
    number: "latitude ", "a heading of ", "bearing of about "."""
    nouns = alternation(words()["position_nouns"])
    return re.compile(
        rf"\b(?i:{nouns})\s+(?:of\s+)?(?:(?:about|some|around|roughly|approximately)\s+)?\Z"
    )


@cache
def _point_after() -> re.Pattern[str]:
    """A point of the compass after a number of degrees, past its minutes and seconds:
    " North", " 20 minutes North", " 40' N"."""
    points = alternation(words()["cardinal_points"])
    return re.compile(
        r"(?:\s+\d{1,2}(?:\.\d+)?\s*(?:minutes?|mins?|['’′])){0,2}"
        rf"\s+(?i:{points})\b"
    )


# A radius round a place: "within" before the distance, "of the" after it ("within 8 km of
# the crater"); not a length of a thing ("30 km of border", "a 5 km stretch of the road").
_WITHIN = re.compile(r"\bwithin (?:(?:about|some|around|roughly) )?\Z", re.I)


@cache
def _of_a_place() -> re.Pattern[str]:
    """ "of the", or of a pronoun or a name: "within two miles of her at all times" (a
    convoy's promise, r69 F8), "within 8 km of Mount Kanlaon"."""
    pronouns = alternation(words()["object_pronouns"])
    return re.compile(rf"\s+of\s+(?:(?:the|{pronouns})\b|[A-Z])")


def _governed(text: str, start: int) -> bool:
    """Whether a preposition (words.toml's span_prepositions) takes the figure as its
    object: "for five years after", "to ten years before"."""
    before = _LAST_WORD.search(text, 0, start)
    return before is not None and before.group(1).lower() in words()["span_prepositions"]


_LAST_WORD = re.compile(r"([A-Za-z]+)\s*\Z")


def _ranked_over(text: str, start: int) -> bool:
    """Whether a duration is the span a thing is ranked over: "in" right before it and,
    a few words before that in its clause, a word that ranks (words.toml's ranking_words:
    "the first time in ten days", "its highest level in 15 years")."""
    found = _RANKED_IN.search(text, max(0, start - 60), start)
    if found is None:
        return False
    return any(_ranks(word) for word in found.group("words").split())


def _ranks(word: str) -> bool:
    """Whether a word ranks: one of ranking_words, "most"/"least" ("the most rain in 20
    years"), or any superlative in "-est" but the nouns that end so ("the fastest pace";
    not "the protest")."""
    w = words()
    low = word.lower()
    if low in w["ranking_words"] or low in {"most", "least"}:
        return True
    return word.islower() and len(low) > 4 and low.endswith("est") and low not in w["est_nouns"]


# "in" after up to five words of its clause: "first time in ", "highest level in ".
_RANKED_IN = re.compile(r"(?P<words>(?:[A-Za-z'’-]+ ){1,5})in \Z")


@cache
def _offset() -> re.Pattern[str]:
    return re.compile(rf"\s+(?i:{alternation(words()['time_offsets'])})\b")


@cache
def _relation() -> re.Pattern[str]:
    return re.compile(rf"\s+(?i:{alternation(words()['place_relations'])})\b")
