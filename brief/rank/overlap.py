"""Lexical-overlap degree: TextRank's sentence similarity summed over a sentence's source.

Mihalcea and Tarau (2004) link two sentences by the words they share, divided by the sum
of the logs of their lengths; sumy's Reduction ranks by the sum of those links. Unlike a
cosine, the link grows with the words a sentence covers, so the degree prefers sentences
that carry much of the article's vocabulary: the ones a summary quotes whole.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

EXACT_LIMIT = 2000  # sentences in one source; beyond it the pairwise links cost too much


def overlap_degree(counts: sparse.csr_matrix, groups: np.ndarray) -> np.ndarray:
    """Per row: sum over the other rows of its group of shared words / (log len + log len).

    Shared words count with multiplicity (a product of counts, as in sumy's Reduction).
    The link matrix is built one group at a time and is sparse, so its cost is the number
    of sentence pairs within a source that share a word. A source over EXACT_LIMIT
    sentences (a book-length paste) takes the partner's log length as the source mean
    instead, which makes the sum a product with the source's word totals: linear.
    """
    n = counts.shape[0]
    degree = np.zeros(n)
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    logs = np.log(np.maximum(lengths, 1.0))
    order = np.argsort(groups, kind="stable")
    bounds = np.flatnonzero(np.r_[True, np.diff(groups[order]) != 0, True])
    for start, end in zip(bounds[:-1], bounds[1:], strict=True):
        rows = order[start:end]
        block = counts[rows]
        if len(rows) > EXACT_LIMIT:
            totals = np.asarray(block.sum(axis=0)).ravel()
            own = np.asarray(block.multiply(block).sum(axis=1)).ravel()
            shared_sum = block @ totals - own
            degree[rows] = shared_sum / np.maximum(logs[rows] + logs[rows].mean(), 1e-9)
            continue
        shared = sparse.triu(block @ block.T, k=1).tocoo()
        norm = logs[rows[shared.row]] + logs[rows[shared.col]]
        link = np.divide(shared.data, norm, out=np.zeros_like(shared.data), where=norm > 0)
        degree[rows] += np.bincount(shared.row, weights=link, minlength=len(rows))
        degree[rows] += np.bincount(shared.col, weights=link, minlength=len(rows))
    return degree
