"""A permission withheld: "The navy will not let the boats land", "Ankara won't allow
the inspectors in", "would never permit a referendum". English says a side's refusal of
what another asks or does by negating a verb of permission (words.toml's
`permission_verbs`) as often as by "refuse": PLOVER codes both REJECT.

The verb is a concession's cue when it is not negated ("agreed to allow aid in"), and a
negation only halves a cue, so the sentence holds the word REFUSAL at the verb, which a
profile weighs as it weighs any cue, and whose frames govern what is not allowed: the
boats and the refugees on them are the object refused, not a humanitarian event.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from brief.classify.wording import STEMS
from brief.extract.lexicon import words

# The word a sentence holds where it withholds a permission: a refusal's plainest verb.
REFUSAL = "refuse"
# Words between the negation and the verb ("will not let", "would never allow", "has not
# permitted"): the negation is one of the verb's own group, not a word of another clause.
NEGATION_REACH = 2
# Words after the verb in which its object's infinitive is sought: a thing "allowed to be
# built" is a rule about things (a state's ban on new factories), where a party let in or
# allowed to act ("will not let the boats land", "allow the statement to pass") is
# another side refused, as "refuse" takes one.
OBJECT_REACH = 8


@cache
def _permission_stems() -> frozenset[str]:
    return frozenset(STEMS[verb] for verb in words()["permission_verbs"])


def withheld(found: Sequence[str], stems: Collection[str] | None = None) -> int:
    """Where a negated verb of permission is among the words (`tokens`), or -1; not one
    whose object is to be acted on (OBJECT_REACH). `stems`: the words' stems, when known:
    most sentences hold no verb of permission, and those say so at once."""
    permission = _permission_stems()
    if stems is not None and permission.isdisjoint(stems):
        return -1
    negators = words()["verb_negators"]
    for pos, word in enumerate(found):
        if STEMS[word] in permission and any(
            found[k] in negators for k in range(max(0, pos - NEGATION_REACH), pos)
        ):
            after = found[pos + 1 : pos + 1 + OBJECT_REACH]
            if not any(a == "to" and b == "be" for a, b in zip(after, after[1:], strict=False)):
                return pos
    return -1
