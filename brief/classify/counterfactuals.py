"""A counterfactual: "Had Caracas not massed troops on the frontier, this column would be
about oil revenue", "If the army had not abandoned its camp, the separatists would not
now control the road", "The war might have been averted had Washington acted sooner".

Opinion writing tells an event by imagining the world without it. A past counterfactual
(a condition in the past perfect, "had" before its subject or after "if", and a
consequence under "would", "might" or "could") says the opposite of each of its clauses:
a negated clause tells what happened ("had not massed troops": they massed them; "would
not now control the road": they control it), and an affirmative one what did not ("this
column would be about oil revenue": it is not; "had Washington acted sooner": it did
not). So the negation of a clause that tells a fact halves none of its cues, and a clause
that tells what did not happen counts nothing (brief.classify): the writer's imagined
world is not the news, and cannot speak against it. The consequence's modal is the
counterfactual's form, not a hypothetical act of the sentence's actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from brief.classify.wording import tokens
from brief.extract.lexicon import alternation, words

# How far the condition's clause may run, and the consequence's before its modal.
CLAUSE_CHARS = 200


@dataclass(frozen=True)
class Counterfactual:
    """A counterfactual's clauses, in tokens: those negated tell what happened (`facts`,
    whose negation halves nothing), the others what did not (`imagined`, no news),
    and where the consequence's modal stands."""

    facts: tuple[tuple[int, int], ...]
    imagined: tuple[tuple[int, int], ...]
    modal: int


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lists = words()
    modal = alternation(lists["counterfactual_modals"])
    subject = alternation((*lists["object_determiners"], *lists["possessives"]))
    # "Had Caracas not massed ..., ... would ...", "If the army had not abandoned ...,
    # ... would ...": the condition to its comma, the consequence to a semicolon
    leading = re.compile(
        rf"\A\W*(?:had\s+(?!to\b|been\b)|if\s+(?=[^,;]{{1,{CLAUSE_CHARS}}}?\bhad\b))"
        rf"(?P<condition>[^,;]{{1,{CLAUSE_CHARS}}}),\s*"
        rf"(?P<consequence>[^;]{{0,{CLAUSE_CHARS}}}?\b(?P<modal>{modal})\b[^;]*)",
        re.IGNORECASE,
    )
    # "... might have been averted had Washington acted sooner": "had" before a subject
    # (a determiner, a possessive or a name), after a consequence in the perfect
    trailing = re.compile(
        rf"(?P<consequence>(?:[^,;]{{0,{CLAUSE_CHARS}}}?)\b(?P<modal>{modal})\s+(?:\w+\s+){{0,2}}?have\b[^,;]{{0,{CLAUSE_CHARS}}}?)"
        rf",?\s+(?:had|if\s+(?=[^,;]{{1,{CLAUSE_CHARS}}}?\bhad\b))\s+"
        rf"(?P<condition>(?:(?:{subject})\b|(?-i:[A-Z]))[^,;]{{1,{CLAUSE_CHARS}}})",
        re.IGNORECASE,
    )
    return leading, trailing


def _trailing(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The trailing form, its consequence from its clause's start (the sentence's, or
    after a comma or a semicolon): its subject is in the world imagined as well."""
    for start in (0, *(m.end() for m in re.finditer(r"[,;]\s*", text))):
        found = pattern.match(text, start)
        if found:
            return found
    return None


def counterfactual(text: str) -> Counterfactual | None:
    """The past counterfactual `text` tells, if any (the first)."""
    lowered = text.lower()
    if "had" not in lowered or not any(m in lowered for m in words()["counterfactual_modals"]):
        return None  # most sentences (the test in C)
    leading, trailing = _patterns()
    found = leading.match(text) or _trailing(text, trailing)
    if found is None:
        return None

    def span(group: str) -> tuple[int, int]:
        return len(tokens(text[: found.start(group)])), len(tokens(text[: found.end(group)]))

    modal = len(tokens(text[: found.start("modal")]))
    negators = words()["verb_negators"]
    facts: list[tuple[int, int]] = []
    imagined: list[tuple[int, int]] = []
    for group in ("condition", "consequence"):
        start, end = span(group)
        clause = tokens(text)[start:end]
        if group == "consequence":  # the modal's own negation: "would not now control"
            at = modal - start
            clause = clause[at + 1 : at + 4]
        (facts if negators.intersection(clause) else imagined).append((start, end))
    return Counterfactual(tuple(facts), tuple(imagined), modal)
