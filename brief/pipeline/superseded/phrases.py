"""The names and noun phrases the checks of what is superseded compare across a story's
reports: two sentences tell of one thing only where they name it alike ("the curfew in
Avel" is not "the curfew in Bera"), so each check reads the same names, subjects and
heads the same way."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from brief.extract.lexicon import words
from brief.inflection import inflection_key

# What ends a phrase before a figure: its clause's punctuation, or a second verb's "and".
PHRASE_END = re.compile(r"[,;:()\u2014\u2013]|\.\s|\band\b")


# Words before a verb's form that keep it from telling what happened ("to reach", "would
# have reached", "never reached").
NOT_DONE = frozenset(
    {"to", "be", "not", "never", "will", "would", "could", "might", "may", "must", "should", "can"}
)


# An outcome told as history, not as today's news ("met in 2019", "reached it last year").
HISTORY = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:last|previous) (?:week|month|year)\b"
    r"|\bearlier this (?:week|month|year)\b|\bpreviously\b|\bago\b|\bin the past\b"
    r"|\b[Tt]he (?:last|previous|first) time\b"
)


def told_as_history(text: str, day: date | None = None) -> bool:
    """Does the text tell an outcome as history (`HISTORY`: a year, "last week")? A year
    that only dates a day near the report's own (`day`: within NEAR_DAYS of it), in a full
    date ("on 10 March 2031", "March 10, 2031", "2031-03-10"), is the news's day written
    out, not history: an operator's notice that "the airport is closed from 02:00 on 10
    March 2031" tells a state of that morning (r71 F1: it had been read as history, and
    the airport shown closed beside its reopening). Without a day, a year is history."""
    if day is not None:
        from brief.ingest.layout.dates import FULL_DATE

        text = FULL_DATE.sub(lambda found: _near_or_not(found, day), text)
    return HISTORY.search(text) is not None


# How far from the report's day a full date is still the news's day (a week's catch-up).
NEAR_DAYS = 7


def _near_or_not(found: re.Match[str], day: date) -> str:
    """A full date's text (layout.dates.FULL_DATE) without its year where it is within
    NEAR_DAYS of `day`."""
    from brief.ingest.layout.dates import full_date

    when = full_date(found)
    return "" if when is not None and abs((when - day).days) <= NEAR_DAYS else found[0]


WORD = re.compile(r"[A-Za-z][\w'’-]*")


def names_between(text: str, low: int, high: int) -> list[frozenset[str]]:
    """The names between `low` and `high`, each as its words: capitalised words, less
    calendar words and those capitalised whatever they are (a sentence's or a quote's
    first word, "I"), and less a possessive's ending: "on Vaitkus's confirmation" names
    whom "to confirm Tomas Vaitkus" does (r47 M6)."""
    from brief.extract.actors.names.capital_runs import name_pattern
    from brief.extract.lexicon import calendar_word

    names = []
    for found in name_pattern().finditer(text, low, high):
        tokens = frozenset(
            POSSESSIVE.sub("", word.lower())
            for at, word in _words_at(found)
            if word[0].isupper()
            and len(word) > 1
            and not calendar_word(word.lower())
            and not _OPENS.search(text[:at])
        )
        if tokens:
            names.append(tokens)
    return names


POSSESSIVE = re.compile(r"['’]s?$")


def _words_at(found: re.Match[str]) -> list[tuple[int, str]]:
    at = found.start()
    out = []
    for word in found[0].split(" "):
        out.append((at, word))
        at += len(word) + 1
    return out


# What is before a word capitalised whatever it is: nothing, or an opening quote mark.
_OPENS = re.compile(r"(?:\A|[\"“‘(]|[.:;?!] )[\W]*\Z")


def name_in_common(these: list[frozenset[str]], those: list[frozenset[str]]) -> bool:
    """Do `these` and `those` name someone or something in common (one word in common
    will do: "Poseidon Titan" and "Titan")?"""
    return any(name & other for name in these for other in those)


# How far before "now" its subject is read, in characters.
SUBJECT_SPAN = 90


TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d.,:]*|[^\w\s]")


# Prepositions a subject's noun phrase runs on through ("the number of people", "the
# curfew in Avel", "the alert for the Avel district").
_SUBJECT_LINKS = frozenset({"of", "in", "for", "at", "on"})


def subject_phrase(before: str) -> list[str]:
    """The noun phrase that ends right before "now": back from it to its determiner (on
    through "of", "in", "for" before one), not past a verb of saying, a clause's
    punctuation or a relative pronoun ("the quay, which now opens" -> "the quay")."""
    lists = words()
    tokens = TOKEN.findall(before[-SUBJECT_SPAN:])
    if tokens and tokens[-1].lower() in lists["relative_pronouns"] | {"that"}:
        tokens.pop()
        if tokens and tokens[-1] == ",":
            tokens.pop()
    stops = small_words()
    phrase: list[str] = []
    while tokens:
        word = tokens[-1]
        lower = word.lower()
        if not word[0].isalnum() or _is_saying(lower) or lower in lists["relative_pronouns"]:
            break
        phrase.insert(0, tokens.pop())
        if lower in stops:
            if tokens and tokens[-1].lower() in _SUBJECT_LINKS:
                phrase.insert(0, tokens.pop())
                continue
            break
    while phrase and phrase[0].lower() in _SUBJECT_LINKS:
        phrase.pop(0)
    return phrase


def _is_saying(word: str) -> bool:
    """Is `word` a form of a verb of saying ("said", "says", "told")?"""
    speaking = words().speech
    return word in speaking or inflection_key(word) in speaking


def head_word(phrase: list[str]) -> str:
    """The head of a noun phrase: its last word before a preposition it runs on through
    ("the number of people missing" -> "number", "the death toll" -> "toll")."""
    at = next((i for i, word in enumerate(phrase) if i and word.lower() in _SUBJECT_LINKS), None)
    return (phrase[:at] if at is not None else phrase)[-1]


@cache
def small_words() -> frozenset[str]:
    """The articles, determiners and possessives that open a noun phrase before its name
    or head ("the", "its", "this"): one union for the stale-state readers, built once
    rather than on each call (several are asked of every sentence)."""
    lists = words()
    return frozenset(lists["articles"] | lists["determiners"] | lists["possessives"])


def capitalised_words(tokens: Sequence[str]) -> frozenset[str]:
    """The capitalised words among `tokens` (places, people, bodies)."""
    small = small_words()
    return frozenset(word for word in tokens if word[:1].isupper() and word.lower() not in small)
