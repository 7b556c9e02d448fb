"""Which reading of a legacy file's bytes is words of a language.

Bytes in an undeclared single-byte code page are read in each code page they fit, and
most fit several: a Slovak page's "Kováčová" is "Kováèová" in Windows-1252, and a
Cyrillic name in an English article is "Îëåã" there. A detector's statistics of
character classes rate these alike (both are letters, both are Latin), so the choice
among the code pages is made by language: a word's letters beyond ASCII, in the right
code page, are all letters of one language's alphabet (data/alphabets.toml); in a wrong
one they mix the letters of several ("á" is Slovak or Spanish, "è" French or Italian: no
language writes both). A name from any language reads, since each word is checked alone.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "alphabets.toml"


@cache
def _alphabets() -> tuple[frozenset[str], ...]:
    with _DATA.open("rb") as handle:
        table = tomllib.load(handle)["alphabets"]
    return tuple(frozenset(letters) for letters in table.values())


# A run of characters between spaces and ASCII's punctuation and digits: a word, with
# what a wrong code page glues to it ("¼ubica" for Windows-1250's "Ľubica" in cp1257).
_TOKEN = re.compile(r"[^\s!-@\[-`{-~]+")


@cache
def _latin() -> frozenset[int]:
    """The alphabets written in Latin letters, by their place in `_alphabets`."""
    return frozenset(i for i, letters in enumerate(_alphabets()) if max(letters) < "\u0250")


def language_fit(text: str) -> tuple[float, float]:
    """How far `text` reads as written in languages, rather than as bytes read in the wrong
    code page: the share of its words with characters beyond ASCII that are a language's
    (their letters all in one language's alphabet, a Latin one where ASCII letters are
    with them, and no symbol glued to a letter), then
    the share that one language's alphabet holds (a Hungarian "hétfőn" read in
    Windows-1252 is "hétfõn", a Portuguese spelling amid Hungarian words). (1.0, 1.0) for
    text with no such word."""
    return words_fit(Counter(token for token in _TOKEN.findall(text) if not token.isascii()))


def words_fit(counts: Mapping[str, int]) -> tuple[float, float]:
    """`language_fit` of a text's words beyond ASCII, counted (each may hold several)."""
    alphabets = _alphabets()
    held = [0] * len(alphabets)
    readable = total = 0
    for written, count in counts.items():
        for word in (w for t in _TOKEN.findall(written.casefold()) for w in _PUNCTUATION.split(t)):
            foreign = {ch for ch in word if ch.isalpha() and not ch.isascii()}
            if not foreign and (word.isascii() or not any(ch.isalpha() for ch in word)):
                continue
            total += count
            latin = any(ch.isascii() and ch.isalpha() for ch in word)  # "Cafй" is no word
            if any(_glued(ch, latin) for ch in word if not ch.isascii() and not ch.isalpha()):
                continue
            fits = [
                i
                for i, alphabet in enumerate(alphabets)
                if foreign <= alphabet and (not latin or i in _latin())
            ]
            readable += count if fits else 0
            for i in fits:
                held[i] += count
    return (readable / total, max(held) / total) if total else (1.0, 1.0)


def _glued(character: str, latin: bool) -> bool:
    """A symbol or a fraction inside a word, or a mark on a Latin word's letter (Arabic's
    vowel signs): a wrong code page's letter ("¼ubica", "Nٌْez")."""
    category = unicodedata.category(character)
    return category[0] == "S" or category == "No" or (latin and category[0] == "M")


# Punctuation beyond ASCII (quotation marks, dashes, an ellipsis) and spaces part words.
_PUNCTUATION = re.compile(r"[\u00a0\u00a1\u00ab\u00b7\u00bb\u00bf\u2000-\u206f]+")
