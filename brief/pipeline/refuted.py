"""Claims the same story says are false, so neither they nor the rebuttal is a bullet or
a bottom line on its own (r58 #5).

A fact check tells the claim, then the verdict in a sentence of its own: "A post shared
thousands of times claims that 40 soldiers died. There is no evidence for this claim."
A brief picks sentences one by one, so the claim alone reads as the news, first of all
as a bottom line, and the verdict alone ("this claim") says nothing. Both are left out:
the story's other sentences and its headline tell what the check found. A claim rebutted
within its own sentence ("Peru said 12 civilians died, a claim Ecuador rejected") carries
its rebuttal, and stays.

The verdict refers back by a determiner and a rumour's noun (words.toml's rumour_nouns),
with a falsity phrase (falsity_phrases) on the right side of it: "no evidence for this
claim", "the rumour is baseless", or "This is false." opening the sentence. "The report
found no evidence of fraud" refutes nothing the story said before. It is the story's own
only with no attribution of its own: "The charges are baseless, his lawyer told
reporters" is one side's reply to the news, and the news stays, and so does the reply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.lexicon import alternation, words
from brief.models import Sentence
from brief.prefilter import may_hold


def refuted_claims(unique: Sequence[Sentence]) -> frozenset[int]:
    """Positions of the verdicts and of the claims right before them in their story."""
    where = {(s.source, s.index): k for k, s in enumerate(unique)}
    # (a verdict holds a falsity phrase: a substring test spares the pattern, tried at
    # every place of every sentence: at 1,000 articles 0.17 s of CPU, 0.07 s with it)
    false = tuple(words()["falsity_phrases"])
    found: set[int] = set()
    for k, sentence in enumerate(unique):
        if not may_hold(sentence.text, false):
            continue
        if _verdict().search(sentence.text) and not _attributed(sentence.text):
            found.add(k)
            claim = where.get((sentence.source, sentence.index - 1))
            if claim is not None:
                found.add(claim)
    return frozenset(found)


def _attributed(text: str) -> bool:
    """Whether someone says it: a speech verb ("said", "told", "denied") or "according
    to"; the nouns a verdict names ("claim", "post") are speech verbs' forms too."""
    found = words()
    nouns = set(found["rumour_nouns"])
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    return "according" in tokens or any(t in found.speech and t not in nouns for t in tokens)


_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _verdict() -> re.Pattern[str]:
    found = words()
    false = alternation(found["falsity_phrases"])
    claim = (
        rf"(?:this|that|the|these|those)\s+(?:[\w-]+\s+)?(?:{alternation(found['rumour_nouns'])})"
    )
    to_be = r"(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    backing = r"(?:for|to\s+support|supporting|behind|of|to\s+back(?:\s+up)?|backing)"
    return re.compile(
        rf"\b(?:(?:{false})\s+{backing}\s+{claim}\b"
        rf"|{claim}\s+{to_be}(?:{false})\b)"
        rf"|^\W*(?:this|that|it)\s+{to_be}(?:{false})\b",
        re.IGNORECASE,
    )
