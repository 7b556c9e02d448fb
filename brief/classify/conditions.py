"""Force promised on a condition: "Islamabad would strike militant hideouts inside
Afghanistan should further attacks be launched", "the army will respond with force if
the convoy is stopped", "Unless the rebels withdraw, the troops will advance".

A modal of promise ("will", "would", "shall") with a condition ("if", "unless", or
"should" before its subject) is how English words a threat: the force has not happened,
and happens only if the other side acts. PLOVER codes it THREATEN. The condition's own
event ("should further attacks be launched") is what the threat answers, not news: it is
background. The sentence holds the word THREAT, so a profile can weigh the threat as it
weighs any cue (the matcher holds it only when force is what is promised).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from brief.classify.wording import tokens
from brief.extract.lexicon import alternation, words

THREAT = "ultimatum"
# The modals of a promise, and the words that open a condition. Closed classes of
# English, as the coordinators of clauses are.
PROMISING = ("will", "would", "shall")
CONDITIONS = ("if", "unless")
# Quantifiers that may open the subject of an inverted "should" ("should further attacks
# be launched"), beside the determiners, possessives and pronouns.
SUBJECT_QUANTIFIERS = ("further", "more", "fresh", "new", "there", "it", "such")
# How far the promised act may run before its condition (one clause: no comma between
# but one right before the condition, "would respond with force, if necessary").
MAIN_CHARS = 120


@dataclass(frozen=True)
class Condition:
    """A promise on a condition, in tokens: where the modal stands, where the promised
    act ends (the condition's first word, or the sentence's end when the condition opens
    it) and the condition's clause (its words after the conditional word)."""

    modal: int
    act_end: int
    clause: tuple[int, int]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lists = words()
    subject = alternation(
        (
            *lists["object_determiners"],
            *lists["possessives"],
            *lists["subject_pronouns"],
            *SUBJECT_QUANTIFIERS,
        )
    )
    # "if", "unless", or "should" before a subject: a determiner, a quantifier, a pronoun
    # or a capitalised name ("should Israel strike"); "should be" is no condition
    condition = rf"(?:{alternation(CONDITIONS)})\b|should\s+(?=(?:{subject})\b|(?-i:[A-Z]))"
    promise = alternation(PROMISING)
    trailing = re.compile(
        rf"\b(?P<modal>{promise})\b[^,;]{{1,{MAIN_CHARS}}}?(?:,\s*)?"
        rf"\b(?P<condition>{condition})(?P<clause>[^;]*)",
        re.IGNORECASE,
    )
    leading = re.compile(
        rf"\A\W*(?P<condition>{condition})(?P<clause>[^,;]{{1,200}}),"
        rf"[^,;]{{0,{MAIN_CHARS}}}?\b(?P<modal>{promise})\b",
        re.IGNORECASE,
    )
    return trailing, leading


def condition(text: str) -> Condition | None:
    """The promise on a condition `text` makes, if any (the first)."""
    lowered = text.lower()
    if not any(word in lowered for word in PROMISING):  # most sentences promise nothing
        return None
    trailing, leading = _patterns()

    def at(char: int) -> int:
        return len(tokens(text[:char]))

    found = leading.match(text)
    if found:
        clause = (at(found.start("clause")), at(found.end("clause")))
        return Condition(at(found.start("modal")), len(tokens(text)), clause)
    found = trailing.search(text)
    if found:
        start = at(found.start("condition"))
        return Condition(
            at(found.start("modal")), start, (at(found.start("clause")), at(found.end()))
        )
    return None
