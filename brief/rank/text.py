"""Words, stop words and stems shared by every ranker.

All rankers, ours and the sumy adapters, see the same words so that they differ only in
how they score. The word pattern is sumy's own (letters, inner apostrophes and hyphens),
so the vectorised LexRank reproduces sumy's exactly. Stemming is the slow part of
ranking thousands of sentences, so stems are cached per language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

# sumy.nlp.tokenizers.Tokenizer._WORD_PATTERN, applied by search instead of to punkt tokens.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")


def words(text: str) -> tuple[str, ...]:
    """The words of a sentence as written (no numbers, no punctuation)."""
    return tuple(m.group().rstrip("'’-") for m in _WORD.finditer(text))


@cache
def stop_words(language: str) -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in get_stop_words(language))
    except LookupError:
        return frozenset()


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """A memoised stemmer taking a lower-cased word; identity where sumy has none."""
    try:
        stem = Stemmer(language)
    except LookupError:
        return str.lower
    return cache(stem)


def terms(text: str, language: str = "english") -> list[str]:
    """Stemmed content words: lower-cased, stop words dropped (as sumy's LexRank does)."""
    stop, stem = stop_words(language), stemmer(language)
    lowered = (w.lower() for w in words(text))
    return [stem(w) for w in lowered if w not in stop]
