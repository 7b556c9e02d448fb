"""Words that mix Latin letters with Cyrillic or Greek ones: a look-alike spelling.

Cyrillic "А" and Greek "Α" are drawn as Latin "A"; a name spelt with one of them inside
("Аlyaksandr", "Marοvia") looks like the Latin name and is another string, so it is
another actor, and a search for the name misses it. An information operation uses such
spellings to slip past filters; no language writes one word in two of these scripts. The
text is kept as written (brief quotes its sources, it does not correct them); the user
is told which words these are, and which letters in them are the odd ones (r57 #10).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]{2,}")
_LOOK_ALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
_SHOWN = 5  # words named in a warning; the rest are counted
# The Cyrillic and Greek letters drawn as a Latin one in common fonts, and the Latin
# letters drawn as one of them. Made by hand after the idea of Unicode's confusables
# (which Python's unicodedata does not carry): every capital and small letter of the two
# scripts whose shape is a Latin letter's, the small capitals among them too ("в", "н",
# "т" read as a small "B", "H", "T"), whether or not it sounds like that letter. A word
# mixing scripts is a disguise only through such a letter: "10μg", "5kΩ" and "ΔT" are a
# unit and a symbol, written as science writes them, and no one's look-alike.
_DRAWN_LATIN = frozenset(
    "АВЕКМНОРСТУХІЈЅԀԚԜҮ"  # Cyrillic capitals
    "авекмнорстухіјѕԁӏһԛԝү"  # Cyrillic small letters
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"  # Greek capitals
    "αγεικνορτυχ"  # Greek small letters
)
_LATIN_DRAWN = frozenset("aceijopsxyhABCEHIJKMNOPSTXYZv")


def mixed_script_words(texts: Iterable[str]) -> list[str]:
    """Each word (once, in order) that mixes Latin letters with Cyrillic or Greek ones
    drawn alike, written with its odd letters named: 'Аlyona (Cyrillic А)', 'рaypаl
    (Cyrillic р а)'. A word right after a digit is a unit ("5kΩ"), no name."""
    found: dict[str, str] = {}
    for text in texts:
        if text.isascii():
            continue
        for match in _WORD.finditer(text):
            word = match.group()
            if word in found or word.isascii():
                continue
            if match.start() > 0 and text[match.start() - 1].isdigit():
                continue
            described = _described(word)
            if described is not None:
                found[word] = described
    return list(found.values())


def _described(word: str) -> str | None:
    """The word and its letters of the script it has fewest of, where those are drawn as
    letters of the other, or None where it is written in one script (or its odd letters
    look like no letter of the other)."""
    by_script: dict[str, list[str]] = {}
    for letter in word:
        by_script.setdefault(_script(letter), []).append(letter)
    if len(by_script) != 2 or not set(by_script) <= set(_LOOK_ALIKE_SCRIPTS):
        return None
    if "LATIN" not in by_script:
        return None  # Greek with Cyrillic: no look-alike of a Latin name
    fewest, most = sorted(by_script, key=lambda script: len(by_script[script]))
    if len(by_script[fewest]) == len(by_script[most]):
        return None  # no script the word is written in, with a letter of another
    drawn_alike = _DRAWN_LATIN if most == "LATIN" else _LATIN_DRAWN
    odd = [letter for letter in by_script[fewest] if letter in drawn_alike]
    if len(odd) < len(by_script[fewest]):
        return None  # a letter that looks like none of the word's script is seen as odd
    if fewest == "GREEK" and _symbols_among_capitals(word):
        return None
    return f"{word} ({fewest.capitalize()} {' '.join(dict.fromkeys(odd))})"


def _symbols_among_capitals(word: str) -> bool:
    """Whether the word's Greek letters are all small ones standing against capitals or
    the word's ends, as science writes a symbol into a name ("αSyn", "NFκB", "TNFα"): a
    disguise passes a small letter off among small ones ("ρaypal", "Mικrosoft")."""
    for index, letter in enumerate(word):
        if _script(letter) != "GREEK":
            continue
        if letter.isupper():
            return False
        beside = word[max(index - 1, 0) : index] + word[index + 1 : index + 2]
        if any(other.islower() and _script(other) == "LATIN" for other in beside):
            return False
    return True


def _script(letter: str) -> str:
    return unicodedata.name(letter, "").split(" ", 1)[0]


def describe(words: list[str]) -> str:
    """The words for a warning: the first few, and how many more."""
    shown = ", ".join(words[:_SHOWN])
    more = len(words) - _SHOWN
    return f"{shown} and {more} more" if more > 0 else shown
