"""Criticism told as fire: "The minister came under fire from lawmakers over the
deployment", "the scheme has come under fire for encouraging vigilantes".

"Under fire" is said of a patrol shot at and of an official criticised, and English tells
which by the fire's source: "came under fire from an armed group", "from Armenian
positions", "from men in a pickup" are shots; "from lawmakers of his own party", "from
opposition MPs", "from critics" are words. A source that names a speaker (the profile's
kinds of actor who speak but do not shoot: officials, parties, envoys, communities; or
words.toml's `critic_nouns`: critics, campaigners, rights groups) and no side of force
(the armed, forces, the police, assailants) makes the fire criticism; so does the ground
of the criticism after "for", a gerund ("came under fire for blocking a statement"),
where shots last "for hours". Over the matter criticised is left alone: a drone comes
under fire "over the Black Sea".

The matcher (`_without_criticised_fire`) takes the `physical` section's cue of "fire"
back and reads the sentence as holding a verb of criticism there, whose frames govern
what follows: the matter criticised ("over the army deployment") is its topic, no force
used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from brief.classify.clauses import clause_grammar
from brief.classify.wording import STEMS, function_word_set
from brief.extract.lexicon import words

# The word the sentence holds at the fire told as criticism (its cues and frames).
CRITICISM = "criticise"
# The most words between "fire" and "from" or "for" ("came under fire in recent days
# for missing ..."), and in the source after "from" before its noun ("from some
# backbench Conservative MPs").
REACH = 5
# The kinds of actor who speak and do not shoot, and those who shoot.
SPEAKERS = frozenset({"official", "local", "party", "envoy", "community"})
SHOOTERS = frozenset({"armed", "forces", "police", "assailant"})


def _source(after: Sequence[str]) -> Sequence[str]:
    """The source's words: up to the first function word that opens no noun phrase ("from
    rights groups over the police raid": "rights groups")."""
    closed = function_word_set()
    openers = clause_grammar().object_openers
    for end, word in enumerate(after):
        if word in closed and word not in openers:
            return after[:end]
    return after


@cache
def _critics() -> frozenset[str]:
    return frozenset(STEMS[word] for word in words()["critic_nouns"])


def criticised_fire(found: Sequence[str], kinds_of: Callable[[str], frozenset[str]]) -> list[int]:
    """The positions of "fire" in "under fire" told as criticism, in the words
    (`tokens`); `kinds_of` gives the kinds of actor a word names by itself."""
    spots: list[int] = []
    for pos in range(1, len(found)):
        if found[pos] != "fire" or found[pos - 1] != "under":
            continue
        for k in range(pos + 1, min(len(found) - 1, pos + 2 + REACH)):
            if found[k] == "for":
                nxt = found[k + 1]
                if nxt.endswith("ing") and len(nxt) > 5:
                    spots.append(pos)
                break
            if found[k] == "from":
                source = _source(found[k + 1 : k + 2 + REACH])
                kinds = frozenset().union(*map(kinds_of, source))
                critics = any(STEMS[word] in _critics() for word in source)
                if (critics or kinds & SPEAKERS) and not kinds & SHOOTERS:
                    spots.append(pos)
                break
    return spots
