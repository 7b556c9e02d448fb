"""Near-duplicate sentences across articles (the same agency copy in two papers).

Two sentences are the same when their word 3-shingles overlap by Jaccard >= 0.7.
Candidates come from an inverted index over shingles, so the cost stays near
linear in the number of sentences instead of comparing every pair. Only a prefix of
each sentence's shingles is looked up (prefix filtering, as in set-similarity joins):
a sentence sharing 70% of the shingles must share one of any 30% + 1 of them, so the
rarest ones suffice and a common phrase does not pull in dozens of candidates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from brief.models import Sentence

THRESHOLD = 0.7
_WORD = re.compile(r"\w+")
_COMMON = 50  # a shingle in more sentences than this is boilerplate, not evidence


def _shingles(text: str, ids: dict[str, int]) -> frozenset[int]:
    """Word 3-shingles as small ints (one id per distinct shingle of the corpus). The keys
    are joined strings, not tuples: strings are not tracked by the cyclic garbage collector,
    whose passes over hundreds of thousands of tuples grew faster than the input."""
    words = _WORD.findall(text.lower())
    if len(words) < 3:
        return frozenset({ids.setdefault(" ".join(words), len(ids))})
    keys = (" ".join(words[i : i + 3]) for i in range(len(words) - 2))
    return frozenset(ids.setdefault(key, len(ids)) for key in keys)


def group_duplicates(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Groups of positions; the first of each group (earliest source) is the one kept.

    A sentence joins the group of the kept sentence it shares most evidence shingles with
    (ties: the earliest) among those at Jaccard >= THRESHOLD."""
    ids: dict[str, int] = {}
    shingles = [_shingles(s.text, ids) for s in sentences]
    # Kept sentences by shingle. A list stops at _COMMON + 1 entries: past _COMMON the
    # shingle is boilerplate and never read again, so storing more would only cost memory.
    index: dict[int, list[int]] = {}
    owner = list(range(len(sentences)))  # position -> kept position of its group
    for i, sh in enumerate(shingles):
        evidence = sorted((len(index.get(g, ())), g) for g in sh)
        evidence = [(size, g) for size, g in evidence if size <= _COMMON]
        # The union is at least len(sh), so a match shares at least this many shingles.
        needed = math.ceil(THRESHOLD * len(sh) - 1e-9)
        if evidence and len(evidence) >= needed:
            usable = frozenset(g for _, g in evidence)
            prefix = evidence[: len(evidence) - needed + 1]
            candidates = sorted({j for _, g in prefix for j in index.get(g, ())})
            best: tuple[int, int] | None = None  # (shared, j): most shared, then earliest
            for j in candidates:
                shared = len(usable & shingles[j])
                union = len(sh) + len(shingles[j]) - shared
                passes = shared >= needed and shared / union >= THRESHOLD
                if passes and (best is None or shared > best[0]):
                    best = (shared, j)
            if best is not None:
                owner[i] = owner[best[1]]
        if owner[i] == i:
            for g in sh:
                postings = index.setdefault(g, [])
                if len(postings) <= _COMMON:
                    postings.append(i)
    groups: dict[int, list[int]] = {}
    for i, kept in enumerate(owner):
        groups.setdefault(kept, []).append(i)
    return list(groups.values())
