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
from brief.pipeline.superseded import FORECAST, names_between, not_before, source_days

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def called_off(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` of forecasts another sentence of their story calls off."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    offs = [s for s in unique if s.source in story_of and calls_off(s.text)]
    if not offs:
        return frozenset()
    days = source_days(corpus)
    found = set()
    for k, sentence in enumerate(unique):
        if sentence.source not in story_of:
            continue
        for forecast in FORECAST.finditer(sentence.text):
            event = inflection_key(forecast["verb"])
            marks = _marks(sentence.text[: forecast.start()]) | _calendar(sentence.text)
            if any(
                off is not sentence
                and story_of[off.source] == story_of[sentence.source]
                and not_before(days, off.source, sentence.source)
                and any(
                    marks & (_marks(c) | _calendar(c))
                    for c in _clauses_calling_off(off.text, event)
                )
                for off in offs
            ):
                found.add(k)
    return frozenset(found)


def calls_off(text: str) -> bool:
    """Whether the sentence says something will not happen: a word of words.toml's
    calling_off, not denied ("has not been cancelled")."""
    return any(not _denied(text, found) for found in _calling_off().finditer(text))


def _clauses_calling_off(text: str, event: str) -> list[str]:
    """The clauses of the text whose word of calling off governs the event (`event`, an
    inflection key): its noun heads the clause's subject ("Her address to parliament has
    been cancelled"), or the calling off takes it as object ("scrapped Thursday's
    meeting") or verb ("will no longer address"). A clause of another event ("A rival
    protest was called off, but the address will go ahead") calls nothing of it off, and
    a sentence that says the event still goes ahead calls it off nowhere."""
    if _going_ahead().search(_calling_off().sub(" ", text)):
        return []
    return [
        clause
        for clause in _CLAUSE_END.split(text)
        if any(
            not _denied(clause, found) and _governs(clause, found, event)
            for found in _calling_off().finditer(clause)
        )
    ]


def _governs(clause: str, found: re.Match[str], event: str) -> bool:
    """Whether the calling off (`found`) is of the event: see _clauses_calling_off."""
    before = _WORD.findall(clause[: found.start()])
    after = _WORD.findall(clause[found.end() :])
    if after and _is_event(after[0], event):
        return True  # "will no longer address", "cancelled meetings"
    # the object: up to two words of a determiner, a possessive or a name first
    for n, word in enumerate(after[:3]):
        if _is_event(word, event):
            return all(_modifier(w) for w in after[:n])
    # the subject: the event's noun among the clause's first words, no preposition before
    # it ("Calder's planned address", not "a protest against the address")
    for n, word in enumerate(before[:_SUBJECT_REACH]):
        if _is_event(word, event):
            return not set(w.lower() for w in before[:n]) & _prepositions()
    return False


def _is_event(word: str, event: str) -> bool:
    return inflection_key(word.lower()) == event


def _modifier(word: str) -> bool:
    lower = word.lower()
    return (
        lower in words()["determiners"]
        or lower in words()["possessives"]
        or word[0].isupper()
        or calendar_word(lower)
    )


# A clause ends at a semicolon, a colon, a dash, or a comma or conjunction that joins another.
_CLAUSE_END = re.compile(r"[;:\u2014]|,? \b(?:but|while|whereas|although|though)\b", re.I)
# How many words open a clause up to its subject's noun ("The minister's planned address").
_SUBJECT_REACH = 5
_DENIAL_REACH = 12
_DENIED = re.compile(r"\b(?:not|never|n't)\b(?:\s+\w+)?\s*\Z", re.IGNORECASE)


def _denied(text: str, found: re.Match[str]) -> bool:
    return _DENIED.search(text, max(0, found.start() - _DENIAL_REACH), found.start()) is not None


def _marks(text: str) -> set[str]:
    """The words of the names in the text (who or where the event is)."""
    return {word for name in names_between(text, 0, len(text)) for word in name}


def _calendar(text: str) -> set[str]:
    """The calendar words of the text (when the event is): "thursday", "december"."""
    return {w.lower() for w in _WORD.findall(text) if calendar_word(w.lower())}


@cache
def _calling_off() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['calling_off'])})\b", re.IGNORECASE)


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(words()["object_prepositions"] | words()["name_prepositions"])


@cache
def _going_ahead() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['going_ahead'])})\b", re.IGNORECASE)
