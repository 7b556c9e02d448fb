"""Titles a later day's report gives their holder no longer (`retitled`): Monday's
"Interior Minister Daniel Abara" beside Tuesday's "Defence Minister Daniel Abara" is a
reshuffle, and the earlier line would give the reader a stale title as current."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from brief.extract.lexicon import words
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.phrases import POSSESSIVE
from brief.pipeline.superseded.reports import (
    STALE_DAYS,
    dated_readings,
    source_days,
    story_of_sources,
)


def _titles(text: str) -> list[tuple[str, str, str]]:
    """The titles the sentence gives people before their names ("Interior Minister Daniel
    Abara"): each as (surname, title, the title's head), lower case; a title's head is a
    role's (words.toml's role_heads), with a name of two words or more after it."""
    from brief.extract.actors.names.capital_runs import name_pattern

    heads = words()["role_heads"]
    found = []
    for run in name_pattern().finditer(text):
        tokens = run[0].split(" ")
        for at, token in enumerate(tokens[:-2]):
            if token.lower() in heads and all(word[:1].isupper() for word in tokens[at + 1 :]):
                title = " ".join(tokens[: at + 1]).lower()
                found.append((POSSESSIVE.sub("", tokens[-1].lower()), title, token.lower()))
                break
    return found


def retitled(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences of an earlier day's report that give a person a title ("The government
    delegation will be led by Interior Minister Daniel Abara") where a later day's report
    of their story gives the same person another title of the same kind of office
    ("Defence Minister Daniel Abara signed") and never this one: a reshuffle the later
    report tells, and the earlier line read beside it gives the reader a stale title as
    current (r63 F8). Reports more than STALE_DAYS apart tell history; a report that gives
    both titles, or one title more fully ("Energy Minister", "Saudi Energy Minister"),
    keeps both (when unsure, the earlier one stays)."""
    story_of = story_of_sources(story_groups)
    days = source_days(corpus)
    titled = dated_readings(unique, story_of, days, lambda sentence: _titles(sentence.text))
    if len({unique[k].source for k in titled}) < 2:
        return frozenset()
    # each story's titles of each person, by day
    given: dict[tuple[int, date, str], set[tuple[str, str]]] = {}
    for k, found in titled.items():
        source = unique[k].source
        for surname, title, head in found:
            given.setdefault((story_of[source], days[source], surname), set()).add((title, head))

    def stale(k: int) -> bool:
        source = unique[k].source
        story, day = story_of[source], days[source]
        for surname, title, head in titled[k]:
            for (other, then, name), titles in given.items():
                if (
                    other == story
                    and name == surname
                    and 0 < (then - day).days <= STALE_DAYS
                    and any(h == head for _, h in titles)
                    and not any(_same_title(t, title) for t, _ in titles)
                ):
                    return True
        return False

    return frozenset(k for k in titled if stale(k))


def _same_title(one: str, other: str) -> bool:
    """Are two titles one, as written more or less fully ("Energy Minister", "Saudi Energy
    Minister")? Another office has a word the other has not, both ways ("Interior
    Minister", "Defence Minister")."""
    these, those = set(one.split()), set(other.split())
    return these <= those or those <= these
