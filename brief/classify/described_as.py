"""A judgement told as a description: "The Foreign Ministry described the decision to
demolish the memorial as sacrilege", "branded the sanctions as illegal", "characterised
the talks as constructive". English judges another's act by a verb of describing with
the act for its object and what it is called after "as": PLOVER codes the judgement
(DISAPPROVE or SUPPORT) whatever the words after "as" are, as it does for a quotation the
rest calls how someone described something (`openers`).

The sentence holds the word CHARACTERISATION at the verb, as an opening quotation's does,
and its frames govern the act described: the demolition is the judgement's topic, not an
event of its own. Only an active verb with an object between it and "as": "a man
described as a commander" (a passive: who he is) and "what officials described as an
attack" (the object is "what": the event is the attack) judge nothing. And only a
judgement by a side of the events the word's sections report (their `participants`, in
the subject): analysts, a campaign's strategists or a family's solicitor describing a
plan or a day judge no one's act between states.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from brief.classify.wording import RECENT_TOKENS, STEMS
from brief.extract.lexicon import words

# Words after the verb in which "as" is sought: the act judged, with its own object ("the
# decision of the Latvian authorities to demolish the memorial to Soviet soldiers").
OBJECT_REACH = 14


@cache
def _describing_stems() -> frozenset[str]:
    return frozenset(STEMS[verb] for verb in words()["describing_verbs"])


@cache
def _not_active() -> frozenset[str]:
    """Words before a verb form that make it no active verb with an object: the auxiliaries
    of a passive ("was described as"), and the determiners and possessives of a noun
    ("the label", "its brand")."""
    lists = words()
    return frozenset((*lists["passive"], *lists["object_determiners"], *lists["possessives"]))


def described(text: str, stems: Collection[str] | None = None) -> tuple[int, str] | None:
    """Where a verb of describing with its object and "as" after it is among the words of
    `text` (in `tokens`), with the text before it (its subject), or None. A finite verb
    only: a participle after the main clause ("ordered a carrier group to the region,
    describing the move as a signal") says how its subject saw its own act. `stems`:
    those of its words, when known: most sentences hold no verb of describing, and
    those say so at once."""
    describing = _describing_stems()
    if stems is not None and describing.isdisjoint(stems):
        return None
    found = RECENT_TOKENS[text]
    for pos, word in enumerate(found):
        if (
            STEMS[word] not in describing
            or word.endswith("ing")
            or (pos and found[pos - 1] in _not_active())
        ):
            continue
        after = found[pos + 1 : pos + 2 + OBJECT_REACH]
        # an object first: "as" right after the verb, or "by" (a passive's agent), is none
        if after[:1] and after[0] not in {"as", "by"} and "as" in after[1:]:
            return pos, _before(text, word, found[:pos].count(word))
    return None


def _before(text: str, word: str, earlier: int) -> str:
    """The text before the occurrence of `word` (a token) that follows `earlier` others."""
    spots = re.finditer(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text.lower())
    for count, spot in enumerate(spots):
        if count == earlier:
            return text[: spot.start()]
    return text
