"""Which language an article is in, offline: from its script, then from its stop words.

brief's sections, actors, figures and quotes read English only; on a Russian article they
give confident garbage (every bullet in "Other", no actors, figures cut mid-phrase). So
each article's language is checked, and one that is not English is said in one line and
gets a plain ranked summary.

Why no library: langdetect (last release 2021) and langid (2016) are unmaintained, and
lingua is large. The question is narrow (English or not, and if not, name it) and follows
from how language works: a language's function words are its most frequent words, so the
share of a text's words found in each stop-word list (sumy ships 18) tells the languages
of one script apart, and the script (Cyrillic, Greek, Arabic, CJK ...) tells the rest.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from brief.models import Document
from brief.rank.text import lowered, stop_words

log = logging.getLogger(__name__)

ENGLISH = "english"  # the one language the extractors read

# Languages brief can segment or stem; --language accepts these.
LANGUAGES = (
    "arabic czech danish dutch english estonian finnish french german greek hebrew"
    " hungarian italian japanese korean chinese norwegian polish portuguese romanian"
    " russian slovak slovene spanish swedish thai turkish ukrainian"
).split()

# Latin-script languages told apart by stop words (the lists sumy ships).
_LATIN_LISTS = (
    "english french german italian spanish portuguese swedish polish czech slovak".split()
)
# Below this share of stop words no Latin language is recognised: the text is too short,
# a list of names, or a language without a list (Dutch, Finnish ...).
MIN_STOP_SHARE = 0.12
_SAMPLE_CHARS = 5_000  # enough text to tell; the rest of a long article adds nothing
_MIN_LETTERS = 40
_LETTER = re.compile(r"[^\W\d_]")
_BEYOND_LATIN = re.compile(r"[^\W\d_\u0000-\u024f]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")  # _WORD's words in ASCII text, faster

_SCRIPTS = (  # (first, last, script), checked in order
    ("\u0400", "\u04ff", "cyrillic"),
    ("\u0370", "\u03ff", "greek"),
    ("\u0590", "\u05ff", "hebrew"),
    ("\u0600", "\u06ff", "arabic"),
    ("\u0e00", "\u0e7f", "thai"),
    ("\u3040", "\u30ff", "kana"),
    ("\u4e00", "\u9fff", "han"),
    ("\uac00", "\ud7af", "hangul"),
)
_SCRIPT_LANGUAGE = {
    "greek": "greek",
    "hebrew": "hebrew",
    "arabic": "arabic",
    "thai": "thai",
    "kana": "japanese",
    "han": "chinese",
    "hangul": "korean",
}


def _script(ch: str) -> str:
    if ch < "\u0250":
        return "latin"
    for first, last, script in _SCRIPTS:
        if first <= ch <= last:
            return script
    return "other"


def detect(text: str) -> str | None:
    """The language of `text` (a name from LANGUAGES), or None when it cannot tell."""
    return _detect(text[:_SAMPLE_CHARS])


def _detect(sample: str) -> str | None:
    # per character in Python only past Latin; ASCII (O(1) to ask) has nothing past it
    others = [] if sample.isascii() else _BEYOND_LATIN.findall(sample)
    if not others:
        # All letters are Latin: only whether there are enough of them matters, and
        # counting every one (a string per letter) was a third of a 1,000-article inbox's
        # detection
        if next(islice(_LETTER.finditer(sample), _MIN_LETTERS - 1, None), None) is None:
            return None
        return _latin_language(sample)
    letters = len(_LETTER.findall(sample))
    if letters < _MIN_LETTERS:
        return None
    scripts = Counter(_script(ch) for ch in others)
    scripts["latin"] = letters - len(others)
    script, _count = scripts.most_common(1)[0]
    if script == "kana" or (script == "han" and scripts["kana"]):
        return "japanese"  # Japanese mixes kana into Han; Chinese has none
    if script == "cyrillic":
        # Letters only Ukrainian has, against letters only Russian has.
        ukrainian = sum(sample.count(ch) for ch in "іїєґІЇЄҐ")
        russian = sum(sample.count(ch) for ch in "ыэъЫЭЪ")
        return "ukrainian" if ukrainian > russian else "russian"
    if script != "latin":
        return _SCRIPT_LANGUAGE.get(script)
    return _latin_language(sample)


def _latin_language(sample: str) -> str | None:
    """The Latin-script language whose stop words tell most of the words, each counted in
    full for whether the text is in that language at all (MIN_STOP_SHARE), but shared out
    among the lists that hold it for which language it is. A function word of several
    languages tells little of which: Spanish's "de" (in sumy's Portuguese and Swedish
    lists, not its Spanish one) had made a Spanish report of dates ("4 de diciembre de
    2026") Portuguese, while its "el", "los" and "del" are Spanish's alone (r56 L9)."""
    words = _lowered_words(sample)
    if not words:
        return None
    lists = _stop_lists()
    found = [0] * len(_LATIN_LISTS)  # stop words of each list, in _LATIN_LISTS' order
    telling = [0.0] * len(_LATIN_LISTS)  # the same, each shared among its lists
    for word, count in Counter(filter(lists.__contains__, words)).items():
        holders = lists[word]
        for position in holders:
            found[position] += count
            telling[position] += count / len(holders)
    best = max(range(len(_LATIN_LISTS)), key=telling.__getitem__)
    return _LATIN_LISTS[best] if found[best] / len(words) >= MIN_STOP_SHARE else None


@lru_cache(maxsize=1)
def _stop_lists() -> dict[str, tuple[int, ...]]:
    """Each word of the Latin stop lists -> the positions in _LATIN_LISTS of the lists
    that hold it: one look-up per stop word in the text, where a set intersection per
    list looked at every word ten times (a third of the inbox's detection)."""
    lists: dict[str, tuple[int, ...]] = {}
    for position, name in enumerate(_LATIN_LISTS):
        for word in stop_words(name):
            lists[word] = (*lists.get(word, ()), position)
    return lists


def _lowered_words(sample: str) -> list[str]:
    """The sample's words, lower-cased. The sample is lower-cased whole, in C, unless it
    holds "İ", the one letter whose lower case ("i" and a combining dot, not a letter)
    splits a word; then each word is. Every other character keeps its length and whether
    it is a letter, so the words are the same; only a Greek sigma may take the other of
    its two lower-case forms, which no Latin stop list holds. In ASCII text a letter is
    one of A-Z and a-z, which the regex engine tests with a table, not a category look-up
    per character: 70% of an inbox's articles are ASCII. Both of those cases are
    `rank.text.lowered`'s, with _WORD's ASCII twin."""
    if sample.isascii() or "\u0130" in sample:
        return lowered(_WORD, sample, _ASCII_WORD)
    return _WORD.findall(sample.lower())


def describe(language: str | None) -> str:
    return language.capitalize() if language else "not recognisably English"


def not_in(document: Document, language: str) -> str | None:
    """What an article looks like when that is clearly not `language`, else None.

    Only a confident other answer counts: text too short or too odd to tell is given
    the benefit of the doubt."""
    found = document.looks_like
    return None if found == language else found


def plain_summary(documents: Sequence[Document], language: str) -> bool:
    """True when the English-only extractors must be skipped: the brief is not in
    English, or most of its articles are clearly in another language."""
    if language != ENGLISH:
        return True
    found = [not_in(d, language) for d in documents]
    return sum(1 for f in found if f is not None) * 2 > len(found) > 0


def warn_language(doc: Document, language: str) -> None:
    """Say in one line when an article is clearly not in `language` (what it looks like
    stays on the document: `Document.looks_like`). Said as the article is read (`ingest`),
    once a read: a daily run builds twice, and each segmenting had said it again (r63 14)."""
    found = not_in(doc, language)
    if found is None:
        return
    limits = (
        "brief finds sections, actors, figures and quotes in English only, so this is "
        "a plain ranked summary"
        if found != ENGLISH
        else f"set the language to {ENGLISH}"
    )
    log.warning(
        "%s: looks like %s, not %s: %s",
        doc.source.path,
        describe(found),
        describe(language),
        limits,
    )
