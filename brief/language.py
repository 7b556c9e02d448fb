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

import re
from collections import Counter
from collections.abc import Sequence
from itertools import islice

from brief.models import Document
from brief.rank.text import lowered, stop_words

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
    others = _BEYOND_LATIN.findall(sample)  # per character in Python only past Latin
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
    """The Latin-script language whose stop words are the largest share of the words."""
    tokens = Counter(lowered(_WORD, sample))
    total = sum(tokens.values())
    if not total:
        return None
    distinct = set(tokens)
    shares = {
        name: sum(map(tokens.__getitem__, distinct & stop_words(name))) / total
        for name in _LATIN_LISTS
    }
    best = max(shares, key=shares.__getitem__)
    return best if shares[best] >= MIN_STOP_SHARE else None


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
