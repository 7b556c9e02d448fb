"""Force averted: "going over ways to avoid clashes at the shoal", "to avert a war",
"measures to prevent further incidents at sea".

A verb of averting (words.toml's `averting_verbs`: avoid, avert, prevent, forestall) says
that what its object names did not happen, and is meant not to: "clashes" after "avoid"
are no clashes fought. PLOVER codes the sentence's other predicate (the talks held, the
measures agreed), and where there is none, nothing. So a `physical` section's cues in the
verb's object count nothing and frame nothing, as what did not happen in a counterfactual
does (the matcher's `_without_averted`); what the sentence tells beside them is read from
its other words.

Not where the averting is negated or failed ("failed to prevent the massacre", "did not
avert the clash", "could not avoid a fight"): then the force happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from brief.classify.wording import STEMS, function_word_set, stem_all
from brief.extract.lexicon import number_words, words

# The most words of the object after the verb ("a full scale war", "further accidental
# clashes"): a longer stretch has left the object.
OBJECT_WORDS = 4
# Words before the verb in which a negation or a failure undoes the averting ("failed to
# prevent", "did not avert", "was unable to avoid").
UNDOING_REACH = 3


@cache
def _averting() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs' stems, the words that undo the averting before them, and the function
    words an object may open with."""
    lists = words()
    verbs = frozenset(stem_all(sorted(lists["averting_verbs"])))
    undoing = frozenset(stem_all(sorted(lists["averting_failures"]))) | lists["verb_negators"]
    openers = lists["object_determiners"] | lists["possessives"] | number_words() | {"further"}
    return verbs, undoing, frozenset(openers)


def averted(found: Sequence[str]) -> list[tuple[int, int]]:
    """The spans (start, end) of the words (`tokens`) that name what a verb of averting
    keeps from happening: its object, up to OBJECT_WORDS words and no further than a
    function word that does not open it."""
    verbs, undoing, openers = _averting()
    closed = function_word_set()
    spans: list[tuple[int, int]] = []
    for pos, word in enumerate(found):
        if STEMS[word] not in verbs:
            continue
        if any(
            found[k] in undoing or STEMS[found[k]] in undoing
            for k in range(max(0, pos - UNDOING_REACH), pos)
        ):
            continue
        end = pos + 1
        while end < len(found) and end - pos <= OBJECT_WORDS:
            if found[end] in closed and found[end] not in openers:
                break
            end += 1
        if end > pos + 1:
            spans.append((pos + 1, end))
    return spans
