"""Copies: a wire text republished by several outlets is one text, not several reports.

Two texts whose word 5-shingles are contained one in the other are copies, and every
copy maps to the earliest source of its set (see brief.stories).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.stories.texts import Text

if TYPE_CHECKING:
    import numpy as np


# A copy keeps at least this share of the smaller text's 5-shingles: agency copy trimmed
# or given a new headline by one outlet is still the same text; two reports of one event
# in their own words share far less than half their 5-word runs.
COPY_CONTAINMENT = 0.8
SHINGLE = 5
# A 5-shingle found in more texts than this is an outlet's boilerplate (a footer, a
# sign-up line), not evidence that two texts are one. The bound is loose, because one wire
# text may well be most of a small pile; it is there to keep the pair count near linear.
SHINGLE_MAX_SHARE = 0.25
SHINGLE_MAX_MIN = 50


def find_copies(texts: dict[int, Text], numbers: Sequence[int]) -> dict[int, int]:
    """Each source -> the earliest source whose text it repeats (itself if none)."""
    import numpy as np
    from scipy import sparse

    hashes, owners = _shingle_hashes([texts[n].words for n in numbers])
    _, columns = np.unique(hashes, return_inverse=True)
    incidence = sparse.csr_matrix(
        (np.ones(len(columns)), (owners, columns.ravel())),
        shape=(len(numbers), int(columns.max(initial=-1)) + 1),
    )
    incidence.sum_duplicates()  # a shingle a text repeats is one entry of its row
    incidence.data[:] = 1.0
    sizes = np.diff(incidence.indptr)  # each text's distinct shingles
    df = np.diff(incidence.tocsc().indptr)
    cap = max(SHINGLE_MAX_MIN, int(SHINGLE_MAX_SHARE * len(numbers)))
    evidence = incidence @ sparse.diags(((df >= 2) & (df <= cap)).astype(float))
    shared = sparse.triu(evidence @ incidence.T, k=1).tocoo()
    parent = list(range(len(numbers)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b, count in zip(shared.row, shared.col, shared.data, strict=True):
        smaller = min(sizes[a], sizes[b])
        if smaller and count / smaller >= COPY_CONTAINMENT:
            ra, rb = root(int(a)), root(int(b))
            parent[max(ra, rb)] = min(ra, rb)  # the earliest source stays the original
    return {n: numbers[root(i)] for i, n in enumerate(numbers)}


def _shingle_hashes(texts: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """The word 5-shingles of the texts as 64-bit polynomial hashes, and the text each
    is of (in order; a text may repeat one). A text of fewer than SHINGLE words is padded
    with zeros to one shingle; an empty one has none.

    All texts in one pass: their words side by side in one array (each padded), hashed
    over every window at once, and the windows that cross from one text into the next
    left out. (A text at a time, each with its own np.unique, `find_copies` took 0.22-0.29 s
    of CPU for 1,000 articles; so, 0.15-0.16 s.)"""
    import numpy as np

    counts = np.array([len(words) for words in texts], np.int64)
    padded = np.where(counts > 0, np.maximum(counts, SHINGLE), 0)
    starts = np.cumsum(padded) - padded
    ids = np.zeros(int(padded.sum()), np.uint64)
    # Python's string hash: consistent within this process, which is all a comparison
    # within one pile needs.
    words = [word for text in texts for word in text]
    ids[_spans(starts, counts)] = np.fromiter(map(hash, words), np.int64, len(words)).view(
        np.uint64
    )
    width = max(0, len(ids) - SHINGLE + 1)
    hashes = np.zeros(width, np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            hashes = hashes * np.uint64(1_000_003) + ids[k : k + width] + np.uint64(1)
    windows = np.maximum(padded - SHINGLE + 1, 0)
    return hashes[_spans(starts, windows)], np.repeat(np.arange(len(texts)), windows)


def _spans(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions starts[i], starts[i] + 1, ..., starts[i] + lengths[i] - 1 of each i."""
    import numpy as np

    total = int(lengths.sum())
    firsts = np.cumsum(lengths) - lengths  # where each span begins in the result
    return np.repeat(starts - firsts, lengths) + np.arange(total)
