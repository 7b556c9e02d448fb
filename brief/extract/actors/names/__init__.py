"""Runs of capitalised words that may be a person's name, and the evidence that they are.

A name is what the text shows: a title or role before it, an apposition after it, an
honorific, a speech verb beside a name that starts with a given name, or "X
administration". A party, place or chamber in front of a name ("Labour MP", "Liberal
Democrat Sarah Teather", "Commons Oliver Heald") modifies it and is not part of it; a
possessive ("ABC's George Stephanopoulos") ends a name.

A given name is one the international first-name dictionary of gender-guesser knows, or
a word the Punkt model never saw in lower case ("Darian" is a name, "Time" of "Time
Warner" is a word). Either alone works for names from any country.

One module a job, in the order a sentence meets them:

sentence_tokens  a sentence's Tokens, made once and shared by its readers
capital_runs     where each run of name words opens and ends (`name_runs`)
name_start       which of a run's first words are no part of the name
name_role        the title or role the text gives a run, and when it is withheld
person_evidence  what around a run shows a person
thing_evidence   what around a run shows a business, a work, a place or a group
candidate_names  each run as a Name with its evidence (`candidates`)

and name_words, the tests of one word they share. Callers import from here: these are
the names other modules use.
"""

from __future__ import annotations

from brief.extract.actors.names.candidate_names import Name, candidates
from brief.extract.actors.names.capital_runs import NameRun, may_name_someone, name_runs, saint_dot
from brief.extract.actors.names.name_role import superlative_before
from brief.extract.actors.names.name_words import (
    TextOffices,
    generational,
    hyphened_given_name,
    peoples_plural,
    read_offices,
    role_words,
    surname_of,
)
from brief.extract.actors.names.sentence_tokens import (
    INITIALS_RE,
    Token,
    forget_tokens,
    in_spans,
    initials_apart,
    tokens,
)
from brief.extract.actors.names.thing_evidence import named_for_place_and_trade

__all__ = [
    "peoples_plural",
    "INITIALS_RE",
    "Name",
    "NameRun",
    "Token",
    "candidates",
    "forget_tokens",
    "generational",
    "hyphened_given_name",
    "in_spans",
    "initials_apart",
    "may_name_someone",
    "name_runs",
    "named_for_place_and_trade",
    "TextOffices",
    "read_offices",
    "role_words",
    "saint_dot",
    "superlative_before",
    "surname_of",
    "tokens",
]
