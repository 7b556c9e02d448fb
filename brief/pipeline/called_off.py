"""Events to come that a report of their story says will not happen (r58 #15).

A brief's timeline lists what is scheduled ("Harbour Minister Ines Calder will address
parliament on Thursday") under its day, as it lists what happened. When a report of the
same story, of that day or a later one, says the event was called off ("Her address to
parliament on Thursday has been cancelled"), the row would tell the reader to expect what
the sources say will not come: the forecast is no row and no bullet.

The two are the same event when the report of its calling off names the event by the
forecast's verb (its noun or any form: "will address" and "her address", "will meet"
and "the meeting") and shares with the forecast a name or a day ("Calder", "Thursday").
A calling off that is itself denied ("has not been cancelled") calls nothing off. That a
person has since left an office does not settle that her engagement is off: only the
text's word that it is does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.lexicon import alternation, calendar_word, words
from brief.inflection import inflection_key
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded import _FORECAST, _days, _names, _not_before

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def called_off(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` of forecasts another sentence of their story calls off."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    offs = [s for s in unique if s.source in story_of and calls_off(s.text)]
    if not offs:
        return frozenset()
    days = _days(corpus)
    found = set()
    for k, sentence in enumerate(unique):
        if sentence.source not in story_of:
            continue
        for forecast in _FORECAST.finditer(sentence.text):
            event = inflection_key(forecast["verb"])
            marks = _marks(sentence.text[: forecast.start()]) | _calendar(sentence.text)
            if any(
                off is not sentence
                and story_of[off.source] == story_of[sentence.source]
                and _not_before(days, off.source, sentence.source)
                and event in {inflection_key(w.lower()) for w in _WORD.findall(off.text)}
                and marks & (_marks(off.text) | _calendar(off.text))
                for off in offs
            ):
                found.add(k)
    return frozenset(found)


def calls_off(text: str) -> bool:
    """Whether the sentence says something will not happen: a word of words.toml's
    calling_off, not denied ("has not been cancelled")."""
    return any(
        not _DENIED.search(text, max(0, found.start() - _DENIAL_REACH), found.start())
        for found in _calling_off().finditer(text)
    )


_DENIAL_REACH = 12
_DENIED = re.compile(r"\b(?:not|never|n't)\b(?:\s+\w+)?\s*\Z", re.IGNORECASE)


def _marks(text: str) -> set[str]:
    """The words of the names in the text (who or where the event is)."""
    return {word for name in _names(text, 0, len(text)) for word in name}


def _calendar(text: str) -> set[str]:
    """The calendar words of the text (when the event is): "thursday", "december"."""
    return {w.lower() for w in _WORD.findall(text) if calendar_word(w.lower())}


@cache
def _calling_off() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['calling_off'])})\b", re.IGNORECASE)
