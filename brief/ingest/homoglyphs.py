"""Words that mix Latin letters with Cyrillic or Greek ones: a look-alike spelling.

Cyrillic "А" and Greek "Α" are drawn as Latin "A"; a name spelt with one of them inside
("Аlyaksandr", "Kovaлchuk") looks like the Latin name and is another string, so it is
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


def mixed_script_words(texts: Iterable[str]) -> list[str]:
    """Each word (once, in order) that mixes Latin letters with Cyrillic or Greek ones,
    written with its odd letters named: 'Kovaлchuk (Cyrillic л)', 'рaypаl (Cyrillic р а)'."""
    found: dict[str, str] = {}
    for text in texts:
        if text.isascii():
            continue
        for word in _WORD.findall(text):
            if word in found or word.isascii():
                continue
            described = _described(word)
            if described is not None:
                found[word] = described
    return list(found.values())


def _described(word: str) -> str | None:
    """The word and its letters of the script it has fewest of, or None where it is
    written in one script (or in one that is not drawn like another)."""
    by_script: dict[str, list[str]] = {}
    for letter in word:
        script = unicodedata.name(letter, "").split(" ", 1)[0]
        by_script.setdefault(script, []).append(letter)
    if len(by_script) < 2 or not set(by_script) <= set(_LOOK_ALIKE_SCRIPTS):
        return None
    if "LATIN" not in by_script:
        return None  # Greek with Cyrillic: no look-alike of a Latin name
    fewest = min(by_script, key=lambda script: len(by_script[script]))
    odd = " ".join(dict.fromkeys(by_script[fewest]))
    return f"{word} ({fewest.capitalize()} {odd})"


def describe(words: list[str]) -> str:
    """The words for a warning: the first few, and how many more."""
    shown = ", ".join(words[:_SHOWN])
    more = len(words) - _SHOWN
    return f"{shown} and {more} more" if more > 0 else shown
