"""A cleft sentence ("It was the navy, not the coast guard, that traded fire"): English
puts one part of a clause in focus after "It was" and tells the rest of the clause in a
relative clause after it, so that relative clause is the sentence's own predicate.

Two readings follow, both of the sentence's shape and not of its words. The relative
clause is no aside, though a comma may stand before it ("It was the Houthis' military
spokesman, not their political bureau, who warned ..."): it holds the event. And a focus
that is a time or a cause ("It was the first time since the Pulwama attack that the two
advisers met", "It was only after the talks collapsed that ...") is the clause's setting,
as an opening "Since ..." or "After ..." is: what happened then is background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from brief.classify.wording import tokens
from brief.extract.lexicon import alternation, words

# The copula of a cleft and the words that open its clause. Not "which": "It was a tense
# meeting, which ended without agreement" is a copula and an aside, and a cleft's clause
# opens with "that" or, for a person, "who". (Closed classes of English, not cues.) The
# focus holds no double quotation mark: in '"It was always tough," said Hewitt, who ...'
# the quotation has closed.
_CLEFT = re.compile(
    r"\A\W*it(?:['’]s|\s+(?:(?:has|had|will|would|may|might|must)\s+)?(?:been|be|was|is))\s+"
    r"(?P<focus>[^;:\"“”]{1,160}?)(?P<comma>,\s*)?\b(?P<clause>that|who|whom)\s",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cleft:
    """Where a cleft's focus ends and its clause starts, in characters and in `tokens`."""

    start: int  # the character where its relative word starts
    clause_token: int  # how many tokens stand before that word
    # The focus is a time or a cause: a background marker stands in it before any comma
    # ("the first time since the attack", "only after the talks collapsed"); one after a
    # comma contrasts its actor with another ("the Chadian contingent, rather than the
    # Nigerian units,"), and the actor is the clause's subject.
    focus_is_setting: bool


@cache
def _setting() -> re.Pattern[str]:
    """A background marker ("since", "after", "in the wake of") as a word of the focus."""
    return re.compile(rf"\b(?:{alternation(words()['background_markers'])})\b", re.IGNORECASE)


def cleft(text: str) -> Cleft | None:
    """The cleft that opens `text`, or None (most sentences)."""
    if not text[:6].lstrip(" \"'‘“").lower().startswith("it"):
        return None
    found = _CLEFT.match(text)
    # A comma opens a cleft's clause only after a contrast set off by commas ("the
    # spokesman, not the bureau, who"); after a plain focus it opens an aside ("It was
    # Greene's second defeat at the hands of his fellow American, who also won ...").
    if found is None or (found.group("comma") and "," not in found.group("focus")):
        return None
    start = found.start("clause")
    return Cleft(
        start=start,
        clause_token=len(tokens(text[:start])),
        focus_is_setting=_setting().search(found.group("focus").split(",", 1)[0]) is not None,
    )
