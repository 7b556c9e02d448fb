"""A denial the sentence itself contradicts: "The ministry denied its jets had struck the
village, but satellite images reviewed by the Ledger show fresh craters beside the school".

A bare denial asserts nothing of the act denied, and its verb frames the act as a
side's claim (PLOVER codes no event). A contrast that sets a record against it
(words.toml's `contrast_openers`, a record among `showing_nouns` as the new clause's
subject, and a verb among `showing_verbs`) is the writer's finding that the act took
place: the act is the news, and the denial is the side's word on it, as an attribution
is. So the denial's verb is an aside: it frames nothing, and its own cue counts as a
background clause's does.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from brief.classify.clauses import plural
from brief.classify.wording import STEMS
from brief.extract.lexicon import words

# Words after the contrast in which the record stands ("but satellite images reviewed by
# the Ledger show"): the subject of the contrary clause, not a noun of its object.
SUBJECT_REACH = 4
# Words after the record in which its verb stands (a participle phrase between).
VERB_REACH = 6


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The denial verbs as written, the contrast openers, the records with their plurals
    and the stems of the showing verbs, read once."""
    lists = words()
    records = frozenset(form for noun in lists["showing_nouns"] for form in (noun, plural(noun)))
    showing = frozenset(STEMS[verb] for verb in lists["showing_verbs"])
    return lists["denial_verbs"], lists["contrast_openers"], records, showing


def contradicted(found: Sequence[str]) -> int:
    """The token of a denial's verb that a later contrary clause contradicts by a record
    (`found`: the sentence's `tokens`), or -1. A denial cancelled by its own clause ("no
    longer denies", "did not deny") is no denial to contradict."""
    denials, contrasts, records, showing = _lexicon()
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
        record = next((k for k, w in enumerate(subject) if w in records), -1)
        if record < 0:
            return -1
        start = contrast + 2 + record
        if any(STEMS[w] in showing for w in found[start : start + VERB_REACH]):
            return pos
        return -1
    return -1
