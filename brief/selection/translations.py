"""A sentence in another language than its article, given with its translation: no bullet.

An English report quotes a French speaker in French and gives the English next to it
(«Ils ont coupé internet ...», a déclaré Mme Kaboré. ("They cut the internet ...," Ms
Kaboré said.)). A brief is in its articles' language, so the bullet is the translation,
never the original: the French had been the bullet and its English left out (r67 F11).

A translation says the same of the same people and figures in other words: it stands
next to the original (after it, or before), is in the article's language, holds every
number the original holds and either sits in brackets (the translator's own mark) or,
where both open a quotation, names someone the original names; and it is of a like
length (the sentence before, on the same speaker, is no translation). A sentence in another
language with no translation beside it is left alone: it is all the article gives.
Languages are told by `brief.language.detect` (scripts, then stop words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.language import detect
from brief.models import Sentence

# A translation is at least half and at most twice its original's length, in letters:
# languages differ in wordiness by far less (French runs about a fifth longer).
_LONGEST_RATIO = 2.0
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A name: a capitalised word after the sentence's first word.
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
_OPENS_QUOTE = re.compile(r"^\s*[(\[]?\s*[\"“«‘']")
_BRACKETED = re.compile(r"^\s*[(\[].*[)\]][.!?]?\s*$", re.DOTALL)


def translated(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Positions of the sentences in another language than their article whose
    translation stands next to them (see the module's docstring)."""
    by_place = {(s.source, s.index): pos for pos, s in enumerate(sentences)}
    texts: dict[int, list[str]] = {}  # each article's sentences, gathered in one pass
    for sentence in sentences:
        texts.setdefault(sentence.source, []).append(sentence.text)
    articles: dict[int, str | None] = {}
    found = set()
    for pos, sentence in enumerate(sentences):
        own = detect(sentence.text)
        if own is None:
            continue
        if sentence.source not in articles:
            articles[sentence.source] = detect(" ".join(texts[sentence.source]))
        article = articles[sentence.source]
        if article is None or own == article:
            continue
        for step in (1, -1):
            beside = by_place.get((sentence.source, sentence.index + step))
            if beside is not None and _translates(sentences[beside].text, sentence.text, article):
                found.add(pos)
                break
    return frozenset(found)


def _translates(text: str, original: str, language: str) -> bool:
    """Whether `text`, in `language`, may be the translation of `original`."""
    if detect(text) != language:
        return False
    letters, original_letters = _letters(text), _letters(original)
    if not letters or not original_letters:
        return False
    if max(letters, original_letters) > _LONGEST_RATIO * min(letters, original_letters):
        return False
    if not set(_NUMBER.findall(original)) <= set(_NUMBER.findall(text)):
        return False
    if _BRACKETED.match(text):
        return True
    both_quotes = _OPENS_QUOTE.match(text) and _OPENS_QUOTE.match(original)
    return bool(both_quotes and _names(original) & _names(text))


def _letters(text: str) -> int:
    return sum(character.isalpha() for character in text)


def _names(text: str) -> set[str]:
    """The capitalised words after a sentence's first word."""
    return {word for word in _WORD.findall(text)[1:] if word[0].isupper()}
