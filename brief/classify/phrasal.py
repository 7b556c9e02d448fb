"""A phrasal verb split by its pronoun object: "set it alight", "gunned him down",
"rounded them up".

English puts a pronoun object between a phrasal verb and its particle (or the adjective
of its result), and cannot put it after: "set alight the house" and "set the house
alight", but only "set it alight". A profile writes its phrases as the verb and its
particle ("set alight", "gun down"), so a sentence that tells the act with a pronoun
would match no cue. The matcher reads the words with each such pronoun moved after the
particle: the phrase is found at its verb, and no word changes its place in the clauses
and spans counted by position.
"""

from __future__ import annotations

from functools import cache

from brief.extract.lexicon import words


@cache
def _closed_class() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lists = words()
    particles = lists["object_particles"] | lists["closing_particles"]
    return lists["object_pronouns"], particles, lists["object_determiners"]


def particles_joined(found: list[str]) -> list[str]:
    """The tokens with each pronoun object that stands between a verb and its particle
    moved after the particle ("set it alight" -> "set alight it"); `found` itself when
    none does (most sentences). Not "us" after a determiner: "the US" is a state."""
    pronouns, particles, determiners = _closed_class()
    if pronouns.isdisjoint(found):
        return found
    joined = list(found)
    for pos in range(1, len(joined) - 1):
        if (
            joined[pos] in pronouns
            and joined[pos + 1] in particles
            and joined[pos - 1] not in determiners
        ):
            joined[pos], joined[pos + 1] = joined[pos + 1], joined[pos]
    return joined
