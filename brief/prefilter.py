"""Cheap tests that spare a regular expression: does a text hold one of the words a
pattern cannot match without?

Python's `re` tries a pattern at every position of a text; most sentences hold none of
the words an attribution, a money figure or a spelled-out count needs, and a substring
test in C rejects them for a fraction of the cost. The test must never reject a text the
pattern would match, so it reads case as `re.IGNORECASE` does.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import ahocorasick

# A list of words, made once by its caller: its automaton is kept (see _searcher).
Words = tuple[str, ...] | frozenset[str]

# The four non-ASCII letters that re.IGNORECASE matches to ASCII ones (re's documentation):
# a text that holds one is always let through.
_ODD_CASE = frozenset("\u0130\u0131\u017f\u212a")


def has_odd_case(text: str) -> bool:
    """Whether `text` holds one of those letters: a lower-cased test of it may miss what
    `re.IGNORECASE` finds."""
    return not text.isascii() and not _ODD_CASE.isdisjoint(text)  # isascii reads a flag


def may_hold(text: str, words: Words) -> bool:
    """Whether `text` may hold one of the lower-case `words`, ignoring case."""
    if has_odd_case(text):
        return True
    return _searcher(words)(text.lower())


# The word lists asked about: a dozen in a brief, each asked of every sentence.
_LISTS_KEPT = 64


@lru_cache(maxsize=_LISTS_KEPT)
def _searcher(words: Words) -> Callable[[str], bool]:
    """Whether a lower-cased text holds one of the words, in one pass over it for all of
    them (an Aho-Corasick automaton, in C), where a substring test of each word read the
    text once a word: at 1,000 articles a dozen callers ask 230,000 times, of lists of 4
    to 111 words."""
    if "" in words:
        return lambda text: True  # every text holds the empty word
    if not words:
        return lambda text: False
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return lambda text: next(automaton.iter(text), None) is not None
