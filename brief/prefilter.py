"""Cheap tests that spare a regular expression: does a text hold one of the words a
pattern cannot match without?

Python's `re` tries a pattern at every position of a text; most sentences hold none of
the words an attribution, a money figure or a spelled-out count needs, and a substring
test in C rejects them for a fraction of the cost. The test must never reject a text the
pattern would match, so it reads case as `re.IGNORECASE` does.
"""

from __future__ import annotations

from collections.abc import Iterable

# The four non-ASCII letters that re.IGNORECASE matches to ASCII ones (re's documentation):
# a text that holds one is always let through.
_ODD_CASE = frozenset("\u0130\u0131\u017f\u212a")


def has_odd_case(text: str) -> bool:
    """Whether `text` holds one of those letters: a lower-cased test of it may miss what
    `re.IGNORECASE` finds."""
    return not text.isascii() and not _ODD_CASE.isdisjoint(text)  # isascii reads a flag


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether `text` may hold one of the lower-case `words`, ignoring case."""
    if has_odd_case(text):
        return True
    low = text.lower()
    return any(map(low.__contains__, words))  # in C: no generator to resume for each word
