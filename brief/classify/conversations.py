"""A conversation with another state: "the prime minister spoke to the Emir of Qatar for
almost an hour", "the chancellor talked with Ankara", "telephoned Qatar's emir".

A verb of talking (words.toml's `talking_verbs`) is no cue of its own: officials speak to
reporters, to parliament and to the BBC every day. Its object says whom a side consulted:
a state itself, named by its name or its seat, or one of its offices ("the Emir of
Qatar", "the President of Kenya", "Qatar's emir"; words.toml's `role_heads`) is another
side, and PLOVER codes the talk CONSULT, as it codes "held talks with". So the sentence
holds the word CONSULTATION at the verb, which a profile weighs as it weighs any cue.

The verb is reciprocal too: with a subject that names two states, by their names, seats
or demonyms ("the heads of the Japanese and Chinese coast guards spoke over their
hotline", "Indian and Pakistani commanders talked for 12 hours"), the two talked with each
other, and the sentence holds the word as well. Only where what follows the verb is the
talk's channel, length or manner or the clause's end (words.toml's
`reciprocal_talk_after`): "spoke to reporters", "spoke of their losses" and "spoke on
condition of anonymity" name a third party, a topic or a source's terms, no talk between
the two.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from brief.classify.directives import a_state
from brief.classify.wording import RECENT_TOKENS, STEMS, tokens
from brief.extract.actors.places import matcher as gazetteer_matcher
from brief.extract.lexicon import words

# The word a sentence holds where one side talks with another state: diplomacy's plainest
# verb for it (as "urge" is a demand's).
CONSULTATION = "consult"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# A verb, "to" or "with" (none after "telephoned"), and its object: a name ("Ankara"), an
# office of a state ("the Emir of Qatar", "the Prime Minister of Japan": its head word, a
# word before it), or a state's office in the possessive ("Qatar's emir").
_TALK = re.compile(
    rf"\b(?P<verb>[a-z]+)\s+(?:(?:to|with)\s+)?(?:the\s+)?"
    rf"(?:(?:[A-Za-z-]+\s+)?(?P<head>[A-Za-z-]+)\s+of\s+(?:the\s+)?(?P<of>{_NAME})"
    rf"|(?P<owner>{_NAME})['’]s?\s+(?P<office>[a-z-]+)"
    rf"|(?P<state>{_NAME}))"
)


# A word, for the reciprocal reading (`_reciprocal`): each is tried as the verb.
_WORD = re.compile(r"[A-Za-z]+")
# What ends a subject before its verb: a clause's break.
_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]")
# What may end the clause right after a reciprocal verb.
_CLAUSE_END = re.compile(r"\s*(?:[,;:.!?\u2013\u2014]|\Z)")


@cache
def _talking_stems() -> frozenset[str]:
    """words.toml's talking_verbs as stems, read once ("spoke" is "speak")."""
    return frozenset(STEMS[verb] for verb in words()["talking_verbs"])


def conversation(text: str, stems: Collection[str] | None = None) -> int:
    """The token of the verb at which `text` tells a side talking with another state (the
    first), or -1. `stems`: those of its `tokens`, when known."""
    if stems is None:
        stems = frozenset(map(STEMS.__getitem__, RECENT_TOKENS[text]))
    verbs = _talking_stems()
    if verbs.isdisjoint(stems):
        return -1  # most sentences
    roles = words()["role_heads"]
    for found in _TALK.finditer(text):
        if STEMS[found["verb"]] not in verbs:
            continue
        if found["head"] is not None:
            side = found["head"].lower() in roles and a_state(found["of"])
        elif found["owner"] is not None:
            side = found["office"] in roles and a_state(found["owner"])
        else:
            side = a_state(found["state"])
        if side:
            return len(tokens(text[: found.start("verb")]))
    return _reciprocal(text, verbs)


@cache
def _after_reciprocal() -> re.Pattern[str]:
    """What may follow a reciprocal verb of talking (words.toml's reciprocal_talk_after)."""
    phrases = sorted(words()["reciprocal_talk_after"], key=len, reverse=True)
    return re.compile(rf"\s+(?i:{'|'.join(map(re.escape, phrases))})\b")


def _reciprocal(text: str, verbs: frozenset[str]) -> int:
    """The token of the first verb of talking whose subject names two states and after
    which their talk's channel, length or manner or the clause's end follows, or -1."""
    after = _after_reciprocal()
    for found in _WORD.finditer(text):
        word = found.group().lower()
        # (a subject of two takes the plural's verb: "talks" after two states is the noun,
        # whose talks the profile's cue weighs)
        if word.endswith("s") or STEMS[word] not in verbs:
            continue
        if not (after.match(text, found.end()) or _CLAUSE_END.match(text, found.end())):
            continue
        clause = text[: found.start()]
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(clause)]
        subject = clause[breaks[-1] if breaks else 0 :]
        states = {
            entry.name
            for _, _, _, entry in gazetteer_matcher().finditer(subject)
            if entry is not None and entry.kind == "country"
        }
        if len(states) >= 2:
            return len(tokens(clause))
    return -1
