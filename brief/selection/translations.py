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
    translation stands next to them (see the module's docstring).

    A translation's form is asked first (`_shaped_as_translation`: a bracket or a
    quotation, the numbers, the length), its language only then: telling a language
    (`detect`) reads every word, and it had read all 18,242 sentences of a 1,000-article
    inbox (0.37 s of CPU), where their form leaves 214 texts to tell (0.06 s in all)."""
    by_place = {(s.source, s.index): pos for pos, s in enumerate(sentences)}
    texts: dict[int, list[str]] = {}  # each article's sentences, gathered in one pass
    for sentence in sentences:
        texts.setdefault(sentence.source, []).append(sentence.text)
    articles: dict[int, str | None] = {}
    found = set()
    for pos, sentence in enumerate(sentences):
        shaped = [
            sentences[beside].text
            for step in (1, -1)
            if (beside := by_place.get((sentence.source, sentence.index + step))) is not None
            and _shaped_as_translation(sentences[beside].text, sentence.text)
        ]
        if not shaped:
            continue
        own = detect(sentence.text)
        if own is None:
            continue
        if sentence.source not in articles:
            articles[sentence.source] = detect(" ".join(texts[sentence.source]))
        article = articles[sentence.source]
        if article is None or own == article:
            continue
        if any(detect(text) == article for text in shaped):
            found.add(pos)
    return frozenset(found)


def _shaped_as_translation(text: str, original: str) -> bool:
    """Whether `text` has the form of a translation of `original`, whatever the
    languages: in brackets, or opening a quotation as the original does and naming
    someone it names; of a like length; holding every number it holds."""
    marked = _BRACKETED.match(text) or (
        _OPENS_QUOTE.match(text)
        and _OPENS_QUOTE.match(original)
        and _names(original) & _names(text)
    )
    if not marked:
        return False
    letters, original_letters = _letters(text), _letters(original)
    if not letters or not original_letters:
        return False
    if max(letters, original_letters) > _LONGEST_RATIO * min(letters, original_letters):
        return False
    return set(_NUMBER.findall(original)) <= set(_NUMBER.findall(text))


def _letters(text: str) -> int:
    return sum(character.isalpha() for character in text)


def _names(text: str) -> set[str]:
    """The capitalised words after a sentence's first word."""
    return {word for word in _WORD.findall(text)[1:] if word[0].isupper()}
