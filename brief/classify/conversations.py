"""A conversation with another state: "the prime minister spoke to the Emir of Qatar for
almost an hour", "the chancellor talked with Ankara", "telephoned Qatar's emir".

A verb of talking (words.toml's `talking_verbs`) is no cue of its own: officials speak to
reporters, to parliament and to the BBC every day. Its object says whom a side consulted:
a state itself, named by its name or its seat, or one of its offices ("the Emir of
Qatar", "the President of Kenya", "Qatar's emir"; words.toml's `role_heads`) is another
side, and PLOVER codes the talk CONSULT, as it codes "held talks with". So the sentence
holds the word CONSULTATION at the verb, which a profile weighs as it weighs any cue.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from brief.classify.directives import a_state
from brief.classify.wording import RECENT_TOKENS, STEMS, tokens
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
    return -1
