"""A phrasal verb split by its pronoun object: "set it alight", "gunned him down",
"rounded them up"; and a verb of putting by force split from "into" by its object:
"bundled the reporter into a van".

English puts a pronoun object between a phrasal verb and its particle (or the adjective
of its result), and cannot put it after: "set alight the house" and "set the house
alight", but only "set it alight". A profile writes its phrases as the verb and its
particle ("set alight", "gun down"), so a sentence that tells the act with a pronoun
would match no cue. The matcher reads the words with each such pronoun moved after the
particle: the phrase is found at its verb, and no word changes its place in the clauses
and spans counted by position.

A verb that puts its object somewhere by force (words.toml's caused_motion_verbs:
"bundle", "shove") takes the place after "into", with the object between, a noun phrase
as often as a pronoun ("bundled a dissident blogger into a van"), where the passive says
the phrase whole ("was bundled into a van"). The matcher reads "into" right after such a
verb when a short object stands between: opened by a determiner, a possessive, a number
or a pronoun, and holding no function word (no clause of its own), so "bundle into" is
found at its verb; the object's words move by one, inside the same stretch.
"""

from __future__ import annotations

from functools import cache

from brief.classify.wording import STEMS, function_word_set, stem_all
from brief.extract.lexicon import number_words, words

# The most words an object between a verb of caused motion and "into" holds after its
# opening word ("a Belarusian exile blogger"): a longer stretch is a clause of its own.
OBJECT_WORDS = 4


@cache
def _closed_class() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lists = words()
    particles = lists["object_particles"] | lists["closing_particles"]
    return lists["object_pronouns"], particles, lists["object_determiners"]


@cache
def _caused_motion() -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the verbs of caused motion, and the words that open their object."""
    lists = words()
    openers = (
        lists["object_determiners"]
        | lists["possessives"]
        | lists["object_pronouns"]
        | number_words()
    )
    return frozenset(stem_all(sorted(lists["caused_motion_verbs"]))), frozenset(openers)


def particles_joined(found: list[str]) -> list[str]:
    """The tokens with each pronoun object that stands between a verb and its particle
    moved after the particle ("set it alight" -> "set alight it"), and "into" moved
    before the object of a verb of caused motion ("bundled a man into" -> "bundled into
    a man"); `found` itself when neither is there (most sentences). Not "us" after a
    determiner: "the US" is a state."""
    pronouns, particles, determiners = _closed_class()
    joined = found
    if not pronouns.isdisjoint(found):
        joined = list(found)
        for pos in range(1, len(joined) - 1):
            if (
                joined[pos] in pronouns
                and joined[pos + 1] in particles
                and joined[pos - 1] not in determiners
            ):
                joined[pos], joined[pos + 1] = joined[pos + 1], joined[pos]
    if "into" in joined:
        joined = _into_joined(joined)
    return joined


def _into_joined(found: list[str]) -> list[str]:
    verbs, openers = _caused_motion()
    closed = function_word_set()
    joined = found
    for pos in range(len(found) - 2):
        if STEMS[found[pos]] not in verbs:
            continue
        opener = found[pos + 1]
        if not (opener in openers or opener.isdigit()):
            continue
        for end in range(pos + 2, min(len(found), pos + 3 + OBJECT_WORDS)):
            word = found[end]
            if word == "into":
                joined = [*joined[: pos + 1], "into", *joined[pos + 1 : end], *joined[end + 1 :]]
                break
            if word in closed:
                break
    return joined
