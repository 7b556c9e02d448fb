"""Words, stop words and stems shared by every ranker and by the classifier.

All rankers, ours and the sumy adapters, see the same words so that they differ only in
how they score. The word pattern is sumy's own (letters, inner apostrophes and hyphens),
so the vectorised LexRank scores as sumy's does.

Why not sumy's Stemmer and get_stop_words: they import nltk (whose package imports
scipy.stats) and sumy.utils (which imports requests), about a second before the first
sentence. Stems come from PyStemmer, the Snowball project's own C stemmers; the stop
words are read from sumy's data files as files, without importing sumy. Stemming is the
slow part of ranking thousands of sentences, so stems are memoised per language.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import Stemmer

from brief.errors import BriefError

# sumy.nlp.tokenizers.Tokenizer._WORD_PATTERN, applied by search instead of to punkt tokens:
# a letter, then letters, apostrophes and hyphens, less the apostrophes and hyphens it
# ends with. Written as runs of letters joined by runs of the others, it matches what
# sumy's one-character alternation matches, already stripped of those ends: in a quarter
# less time than matching them and stripping each word after (the same words, checked
# on every line of the shared articles and evaluation sets).
_WORD = re.compile(r"[^\W\d_]+(?:['’-]+[^\W\d_]+)*")
# The same words in an ASCII text, where a letter is [A-Za-z] and no ’ occurs: the class
# [^\W\d_] costs `re` a Unicode look-up a character, [A-Za-z] a table bit, and findall
# takes 40% less time (97% of the sentences of news in English are ASCII). Callgrind: the
# default ranker at 25,000 sentences 3,412M -> 2,913M instructions, a 1,000-article
# digest's coverage ranking 6,484M -> 6,172M and its stories 5,799M -> 5,234M.
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:['-]+[A-Za-z]+)*")
# Snowball's English rules know only the ASCII apostrophe ("minister's" -> "minist").
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "‛": "'"})


def words(text: str) -> tuple[str, ...]:
    """The words of a sentence as written (no numbers, no punctuation)."""
    return tuple(found_in(_WORD, text, _ASCII_WORD))


def found_in(pattern: re.Pattern[str], text: str, in_ascii: re.Pattern[str]) -> list[str]:
    """pattern.findall(text), by its ASCII twin `in_ascii` where the text is ASCII: a
    pattern that matches the same there, written with ASCII classes (see _ASCII_WORD)."""
    return (in_ascii if text.isascii() else pattern).findall(text)


def lowered(
    pattern: re.Pattern[str], text: str, in_ascii: re.Pattern[str] | None = None
) -> list[str]:
    """The pattern's matches (words) in the text, lower-cased. ASCII text is lower-cased
    whole, in C, which gives the same words: only past ASCII does a letter's lower case
    change what a pattern matches. `in_ascii`: a pattern that matches what `pattern`
    does in lower-case ASCII text, searched there instead (see _ASCII_WORD)."""
    if text.isascii():
        return (in_ascii or pattern).findall(text.lower())
    return [found.lower() for found in pattern.findall(text)]


def lowered_words(text: str) -> list[str]:
    """The words of a sentence (`words`), lower-cased."""
    return lowered(_WORD, text, _ASCII_WORD)


@cache
def stop_words(language: str) -> frozenset[str]:
    """sumy's stop-word list for the language (empty where it has none)."""
    path = _sumy_stop_words_folder() / f"{language.lower()}.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip())


def _sumy_stop_words_folder() -> Path:
    """The folder of sumy's lists, found on the import path without importing sumy.

    Not by importlib's find_spec("sumy"): a file named sumy.py in the folder `python -m
    brief` runs from comes first on the path, and every ranking would then have gone on
    silently without stop words."""
    for entry in sys.path:
        folder = Path(entry or ".") / "sumy" / "data" / "stopwords"
        if folder.is_dir():
            return folder
    raise BriefError("sumy's stop-word lists are missing: install brief again")


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """A memoised Snowball stemmer taking a lower-cased word; identity where there is none."""
    if language.lower() not in Stemmer.algorithms():
        return str.lower
    stem_word = Stemmer.Stemmer(language.lower()).stemWord

    @cache
    def stem(word: str) -> str:
        return str(stem_word(word.translate(_APOSTROPHES)))

    return stem


def terms(text: str, language: str = "english") -> list[str]:
    """Stemmed content words: lower-cased, stop words dropped (as sumy's LexRank does)."""
    stop, stem = stop_words(language), stemmer(language)
    return [stem(word) for word in lowered_words(text) if word not in stop]
