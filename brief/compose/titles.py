"""Titles: a brief's, and a story's. Always the sources' own words, or the profile's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from brief.models import Document, Sentence
from brief.segment import without_dateline

TITLE_WORDS = 16
# A lede that opens with a subordinate clause ("As X prepares to meet Y, Russia's troop
# deployment raises concerns ...") has its news in the main clause after the comma.
_SUBORDINATE = frozenset(
    "as while after before although though when since amid despite following with"
    " speaking according".split()
)
_FUNCTION_WORDS = frozenset("a an the of to in on at by for from with and or but as that".split())
_WORD = re.compile(r"\w+")

# "(CNN)", "LONDON (Reuters) -": where the story was filed, not what it says.


def headline(documents: Sequence[Document], lede: Sentence | None, summary: Sequence[str]) -> str:
    """The headline that best states what the summary says (most words in common with
    it), earliest first on a tie; the lede's main clause when no article has one."""
    titled = [d.title for d in documents if d.title]
    if not titled:
        return fallback_title(lede.text) if lede else ""
    said = {w for text in summary for w in _WORD.findall(text.casefold())}
    said -= _FUNCTION_WORDS

    def overlap(title: str) -> int:
        return len(said & set(_WORD.findall(title.casefold())))

    return max(titled, key=lambda t: (overlap(t), -titled.index(t)))


def digest_title(profile_title: str, day: date) -> str:
    """A digest is the profile's, for a day: never one article's headline."""
    return f"{profile_title} — {day.day} {day:%B %Y}"


def fallback_title(sentence: str) -> str:
    """No headline: the lead sentence's main clause, cut at a word boundary. A title, not
    a bullet, so a cut is fine; it is still the source's own words."""
    text = without_dateline(sentence).rstrip(".!?…") or sentence
    head, comma, rest = text.partition(", ")
    if comma and head.split()[0].lower() in _SUBORDINATE and len(rest.split()) >= 5:
        text = rest[0].upper() + rest[1:]
    words = text.split()
    if len(words) <= TITLE_WORDS:
        return text
    cut = words[:TITLE_WORDS]
    while len(cut) > 6 and cut[-1].lower().strip(",;:") in _FUNCTION_WORDS:
        cut.pop()
    return " ".join(cut).rstrip(",;:") + "…"
