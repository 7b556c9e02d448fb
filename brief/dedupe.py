"""Near-duplicate sentences across articles (the same agency copy in two papers).

Two sentences are the same when their word 3-shingles overlap by Jaccard >= 0.7.
Candidates come from an inverted index over shingles, so the cost stays near
linear in the number of sentences instead of comparing every pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from brief.models import Sentence

THRESHOLD = 0.7
_WORD = re.compile(r"\w+")
_COMMON = 50  # a shingle in more sentences than this is boilerplate, not evidence


def _shingles(text: str, ids: dict[tuple[str, ...], int]) -> frozenset[int]:
    """Word 3-shingles as small ints (one id per distinct shingle of the corpus), which hash
    and compare faster than tuples of strings in the index."""
    words = _WORD.findall(text.lower())
    if len(words) < 3:
        return frozenset({ids.setdefault(tuple(words), len(ids))})
    return frozenset(
        ids.setdefault(tuple(words[i : i + 3]), len(ids)) for i in range(len(words) - 2)
    )


def group_duplicates(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Groups of positions; the first of each group (earliest source) is the one kept."""
    ids: dict[tuple[str, ...], int] = {}
    shingles = [_shingles(s.text, ids) for s in sentences]
    # Posting lists stop at _COMMON + 1 entries: a longer one is never read, so keeping it
    # would only make memory grow with the corpus.
    index: dict[int, list[int]] = defaultdict(list)
    owner = list(range(len(sentences)))  # position -> kept position of its group
    for i, sh in enumerate(shingles):
        counts: dict[int, int] = defaultdict(int)
        for g in sh:
            hits = index.get(g)
            if hits and len(hits) <= _COMMON:
                for j in hits:
                    counts[j] += 1
        # The union is at least len(sh), so fewer shared shingles than this cannot pass.
        needed = THRESHOLD * len(sh)
        candidates = [(j, shared) for j, shared in counts.items() if shared >= needed]
        for j, shared in sorted(candidates, key=lambda kv: -kv[1]):
            union = len(sh) + len(shingles[j]) - shared
            if union and shared / union >= THRESHOLD:
                owner[i] = owner[j]
                break
        if owner[i] == i:
            for g in sh:
                postings = index[g]
                if len(postings) <= _COMMON:
                    postings.append(i)
    groups: dict[int, list[int]] = {}
    for i, kept in enumerate(owner):
        groups.setdefault(kept, []).append(i)
    return list(groups.values())
