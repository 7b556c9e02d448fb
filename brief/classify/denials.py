"""A denial the sentence itself contradicts: "The ministry denied its jets had struck the
village, but satellite images reviewed by the Ledger show fresh craters beside the school",
"..., but residents told the Courier that soldiers fired mortars from the hill", "The
junta insists the village was not bombed, yet drone footage ... shows smoke rising from
its market".

A bare denial asserts nothing of the act denied, and its verb frames the act as a side's
claim (PLOVER codes no event); so does a claim that the act did not happen, by a verb of
saying or insisting (words.toml's `attribution_verbs`, and the `claiming_verbs` of a
headline's party) with a negation in its clause. A contrast that sets a record or those
who saw the act against it (`contrast_openers`; a record among `showing_nouns` as the new
clause's subject with a verb among `showing_verbs`, or an eyewitness among
`eyewitness_nouns` with a verb of saying) is the writer's finding that the act took
place: the act is the news, and the denial is the side's word on it, as an attribution
is. So the denial's verb is an aside (it frames nothing, and its own cue counts as a
background clause's does), and the claim's negation is the side's, which negates nothing
the sentence reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from brief.classify.clauses import plural
from brief.classify.wording import STEMS
from brief.extract.lexicon import words

# Words after the contrast in which the witness stands ("but satellite images reviewed by
# the Ledger show", "but residents told"): the contrary clause's subject, not its object's.
SUBJECT_REACH = 4
# Words after the witness in which its verb stands (a participle phrase between).
VERB_REACH = 6


@dataclass(frozen=True)
class Contradiction:
    """A denial the sentence contradicts, in `tokens`: its verb, and the claim from the
    word after it to the contrast (where a negation is the side's)."""

    verb: int
    claim: tuple[int, int]


@dataclass(frozen=True)
class _Lexicon:
    denials: frozenset[str]  # as written
    claims: frozenset[str]  # stems of the verbs of saying and insisting
    negators: frozenset[str]
    cancellers: frozenset[str]
    contrasts: frozenset[str]
    attests: dict[str, frozenset[str]]  # a witness's forms: the stems of its verbs


@cache
def _lexicon() -> _Lexicon:
    lists = words()
    showing = frozenset(STEMS[verb] for verb in lists["showing_verbs"])
    saying = frozenset(STEMS[verb] for verb in lists["attribution_verbs"])
    return _Lexicon(
        denials=lists["denial_verbs"],
        claims=saying | frozenset(STEMS[verb] for verb in lists["claiming_verbs"]),
        negators=lists["negators"],
        cancellers=lists["denial_cancellers"] | lists["verb_negators"],
        contrasts=lists["contrast_openers"],
        attests={
            form: verbs
            for nouns, verbs in (
                (lists["showing_nouns"], showing),
                (lists["eyewitness_nouns"], saying),
            )
            for noun in nouns
            for form in (noun, plural(noun))
        },
    )


def contradicted(found: Sequence[str]) -> Contradiction | None:
    """The first denial in `found` (the sentence's `tokens`) that a later contrary clause
    contradicts by a record or an eyewitness, or None. A denial cancelled by its own
    clause ("no longer denies", "did not deny") is no denial to contradict, and a claim
    is one only with a negation before the contrast."""
    lex = _lexicon()
    if lex.contrasts.isdisjoint(found):
        return None  # most sentences
    contrast = next((k for k, w in enumerate(found) if w in lex.contrasts), -1)
    if not _attested(found, contrast, lex):
        return None
    for pos in range(contrast - 1):
        word = found[pos]
        if lex.cancellers.intersection(found[max(0, pos - 2) : pos]):
            continue
        if word in lex.denials or (
            STEMS[word] in lex.claims and lex.negators.intersection(found[pos + 1 : contrast])
        ):
            return Contradiction(pos, (pos + 1, contrast))
    return None


def _attested(found: Sequence[str], contrast: int, lex: _Lexicon) -> bool:
    """Whether the clause the contrast at `contrast` opens has a record or an eyewitness
    for its subject, with a verb it attests by."""
    subject = found[contrast + 1 : contrast + 1 + SUBJECT_REACH]
    witness = next((k for k, w in enumerate(subject) if w in lex.attests), -1)
    if witness < 0:
        return False
    start = contrast + 2 + witness
    verbs = lex.attests[subject[witness]]
    return any(STEMS[w] in verbs for w in found[start : start + VERB_REACH])
