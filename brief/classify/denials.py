"""A denial the sentence itself contradicts: "The ministry denied its jets had struck the
village, but satellite images reviewed by the Ledger show fresh craters beside the school",
"..., but residents told the Courier that soldiers fired mortars from the hill".

A bare denial asserts nothing of the act denied, and its verb frames the act as a
side's claim (PLOVER codes no event). A contrast that sets a record or those who saw the
act against it (words.toml's `contrast_openers`; a record among `showing_nouns` as the new
clause's subject with a verb among `showing_verbs`, or an eyewitness among
`eyewitness_nouns` with a verb of saying, `attribution_verbs`) is the writer's finding
that the act took place: the act is the news, and the denial is the side's word on it, as
an attribution is. So the denial's verb is an aside: it frames nothing, and its own cue counts as a
background clause's does.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from brief.classify.clauses import plural
from brief.classify.wording import STEMS
from brief.extract.lexicon import words

# Words after the contrast in which the witness stands ("but satellite images reviewed by
# the Ledger show", "but residents told"): the contrary clause's subject, not its object's.
SUBJECT_REACH = 4
# Words after the witness in which its verb stands (a participle phrase between).
VERB_REACH = 6


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """The denial verbs as written, the contrast openers, and each witness (a record, an
    eyewitness, with their plurals) with the stems of the verbs it attests by, read once."""
    lists = words()
    showing = frozenset(STEMS[verb] for verb in lists["showing_verbs"])
    saying = frozenset(STEMS[verb] for verb in lists["attribution_verbs"])
    attests = {
        form: verbs
        for nouns, verbs in ((lists["showing_nouns"], showing), (lists["eyewitness_nouns"], saying))
        for noun in nouns
        for form in (noun, plural(noun))
    }
    return lists["denial_verbs"], lists["contrast_openers"], attests


def contradicted(found: Sequence[str]) -> int:
    """The token of a denial's verb that a later contrary clause contradicts by a record or
    an eyewitness (`found`: the sentence's `tokens`), or -1. A denial cancelled by its own
    clause ("no longer denies", "did not deny") is no denial to contradict."""
    denials, contrasts, attests = _lexicon()
    if denials.isdisjoint(found) or contrasts.isdisjoint(found):
        return -1  # most sentences
    cancellers = words()["denial_cancellers"] | words()["verb_negators"]
    for pos, word in enumerate(found):
        if word not in denials or cancellers.intersection(found[max(0, pos - 2) : pos]):
            continue
        contrast = next((k for k in range(pos + 2, len(found)) if found[k] in contrasts), -1)
        if contrast < 0:
            return -1
        subject = found[contrast + 1 : contrast + 1 + SUBJECT_REACH]
        witness = next((k for k, w in enumerate(subject) if w in attests), -1)
        if witness < 0:
            return -1
        start = contrast + 2 + witness
        verbs = attests[subject[witness]]
        if any(STEMS[w] in verbs for w in found[start : start + VERB_REACH]):
            return pos
        return -1
    return -1
