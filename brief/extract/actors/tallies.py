"""Counting mentions: one tally per actor, people merged by surname, companies by evidence.

Actors are ranked by how central they are to the text (mentions, then how early they
come), never by whether a role was found: the subject of an article named four times
outranks a passer-by with a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from brief.extract.actors.names import Name, common_word, gender, given_name
from brief.extract.lexicon import words
from brief.models import Actor, ActorKind, Mention, Sentence

Found = tuple[int, Sentence, Name]  # (sentence order, sentence, name)


@dataclass
class Tally:
    name: str
    kind: ActorKind
    role: str | None = None
    count: int = 0
    first: tuple[int, int] = (0, 0)
    where: dict[tuple[int, int], None] = field(default_factory=dict)

    def add(self, sentence: Sentence) -> None:
        self.count += 1
        self.where.setdefault((sentence.source, sentence.index), None)

    def actor(self) -> Actor:
        mentions = tuple(Mention(s, i) for s, i in self.where)
        return Actor(self.name, self.kind, self.role, self.count, mentions)


def ranked(tallies: Sequence[Tally]) -> tuple[Actor, ...]:
    """Most mentioned first; ties by first appearance."""
    order = sorted(tallies, key=lambda t: (-t.count, t.first))
    return tuple(t.actor() for t in order)


@cache
def _company_cue() -> re.Pattern[str]:
    nouns = "|".join(sorted(words()["company_nouns"]))
    return re.compile(rf"\b(?:the|its) (?:{nouns})\b", re.I)


def companies(found: list[Found], sentences: Sequence[Sentence], people: set[str]) -> list[Tally]:
    """Non-person names that speak ("Time Warner said") are businesses only when the
    text says so: a suffix (Inc, Group, Bank) or "the company"/"the firm" in the paragraph."""
    cue = _company_cue()
    cues = {(s.source, s.paragraph) for s in sentences if cue.search(s.text)}
    suffixes = words()["company_suffixes"]
    tallies: dict[str, Tally] = {}
    for order, sentence, name in found:
        if not name.company or name.person or name.text in people:
            continue
        suffix = name.tokens[-1].lower() in suffixes
        if suffix or (sentence.source, sentence.paragraph) in cues:
            tallies.setdefault(name.text, Tally(name.text, "organisation", first=(order, 0)))
    for _, sentence, name in found:
        if name.text in tallies:
            tallies[name.text].add(sentence)
    return list(tallies.values())


def _person_keys(found: list[Found]) -> list[str]:
    """The person each name stands for, as a key: its surname, or, when the text names
    two people with that surname ("Jordan Paris", "Cheryl Paris"), the full name; a
    surname alone then stands for the namesake named last before it, of the gender its
    honorific gives ("Mrs. Clinton" after "Bill Clinton" is still Hillary Clinton)."""
    givens: dict[str, set[str]] = {}
    particles = words()["particles"]  # "Mr Mac Conmara-Boyle" is Fergal Mac Conmara-Boyle
    for _, _, name in found:
        first_name = name.tokens[0]
        if len(name.tokens) >= 2 and gender(first_name) and first_name.lower() not in particles:
            givens.setdefault(name.tokens[-1], set()).add(name.tokens[0])
    first: dict[str, str] = {}
    for _, _, name in found:
        surname = name.tokens[-1]
        if len(givens.get(surname, ())) >= 2 and name.tokens[0] in givens[surname]:
            first.setdefault(surname, f"{name.tokens[0]} {surname}")
    keys: list[str] = []
    latest: dict[str | tuple[str, str | None], str] = {}
    latest.update(first)
    for _, _, name in found:
        surname = name.tokens[-1]
        if surname not in first:
            keys.append(surname)
        elif len(name.tokens) >= 2 and name.tokens[0] in givens[surname]:
            latest[surname] = f"{name.tokens[0]} {surname}"
            keys.append(latest[surname])
            latest[(surname, gender(name.tokens[0]))] = latest[surname]
        else:
            sex = _honorific_gender(name.honorific)
            keys.append(latest.get((surname, sex)) or latest[surname])
    return keys


def _honorific_gender(honorific: str | None) -> str | None:
    w = words()
    if honorific in w["female_honorifics"]:
        return "female"
    return "male" if honorific in w["male_honorifics"] else None


def _given_named(name: Name) -> bool:
    """ "Logan Shawcross-Nakamura", "George W. Bush": a known given name that is no
    common word ("Will Cruz", "Whether Cruz" open a sentence), then a surname."""
    first = name.tokens[0]
    shape = len(name.tokens) == 2 or "." in name.tokens[1:-1]
    return shape and not name.headline and gender(first) is not None and not common_word(first)


def _resumed_surnames(found: list[Found]) -> set[str]:
    """ "Logan Shawcross-Nakamura scored ..." then "Shawcross-Nakamura's goal": a name that
    starts with a known given name and is later called by its last word alone (not "the
    Marlies") is a person's, as news names people."""
    full: set[str] = set()
    resumed: set[str] = set()
    for _, _, name in found:
        if name.headline or name.company or name.article:
            continue
        if _given_named(name):
            full.add(name.tokens[-1])
        elif len(name.tokens) == 1 and name.tokens[0] in full:
            resumed.add(name.tokens[0])
    return resumed


def people(found: list[Found]) -> list[Tally]:
    """Group person names by surname, so "Fomin" joins "Alexander Fomin"; namesakes
    with different given names stay two people."""
    groups: dict[str, Tally] = {}
    keys = _person_keys(found)
    # "Bernie Sanders won ..." then "Sanders said": the surname that speaks is a person's.
    full = {n.tokens[-1] for _, _, n in found if len(n.tokens) >= 2 and given_name(n.tokens[0])}
    speaking = {
        n.tokens[0] for _, _, n in found if len(n.tokens) == 1 and n.speaks and not n.headline
    }
    speaking &= full
    resumed = _resumed_surnames(found)
    for (order, _, name), key in zip(found, keys, strict=True):
        later = name.tokens[-1] in resumed and (len(name.tokens) == 1 or _given_named(name))
        if not (name.person or name.tokens[-1] in speaking or later):
            continue
        tally = groups.get(key)
        if tally is None:
            tally = groups[key] = Tally(name.text, "person", first=(order, 0))
        if len(name.text) > len(tally.name):
            tally.name = name.text
        if tally.role is None and name.role:
            tally.role = name.role
    for (_, _, name), key in zip(found, keys, strict=True):
        # "Nkechi Adebayo" (no evidence) names the "Ms Adebayo" seen
        tally = groups.get(key)
        fuller = tally is not None and len(name.text) > len(tally.name)
        if tally is not None and fuller and given_name(name.tokens[0]) and not name.headline:
            tally.name = name.text
            tally.role = tally.role or name.role
    # Surname-first names ("Lin Cheng-yu" ... "Lin said") merge on the first token.
    by_first = {t.name.split()[0]: t for t in groups.values() if " " in t.name}
    for (_, sentence, name), key in zip(found, keys, strict=True):
        tally = groups.get(key)
        if tally is not None and (
            tally.name.endswith(name.text) or (name.headline and name.text.endswith(tally.name))
        ):
            tally.add(sentence)
        elif len(name.tokens) == 1 and name.tokens[0] in by_first:
            by_first[name.tokens[0]].add(sentence)
    return [t for t in groups.values() if t.count]
