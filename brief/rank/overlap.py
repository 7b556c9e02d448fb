"""Lexical-overlap degree: TextRank's sentence similarity summed over a sentence's source.

Mihalcea and Tarau (2004) link two sentences by the words they share, divided by the sum
of the logs of their lengths; sumy's Reduction ranks by the sum of those links. Unlike a
cosine, the link grows with the words a sentence covers, so the degree prefers sentences
that carry much of the article's vocabulary: the ones a summary quotes whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from brief.rank.vectors import Rows

EXACT_LIMIT = 2000  # sentences in one source; beyond it the pairwise links cost too much


def overlap_degree(counts: Rows, groups: np.ndarray) -> np.ndarray:
    """Per row: sum over the other rows of its group of shared words / (log len + log len).

    Shared words count with multiplicity (a product of counts, as in sumy's Reduction).
    The links are found one group at a time, so their cost is the number of sentence
    pairs within a source that share a word. A source over EXACT_LIMIT sentences (a
    book-length paste) takes the partner's log length as the source mean instead, which
    makes the sum a product with the source's word totals: linear.
    """
    n = counts.shape[0]
    degree = np.zeros(n)
    logs = np.log(np.maximum(counts.row_sums(), 1.0))
    for rows, block in _blocks(counts, groups):
        if len(rows) > EXACT_LIMIT:
            own = block.row_sums(block.values * block.values)
            shared_sum = block.dot(block.column_sums()) - own
            degree[rows] = shared_sum / np.maximum(logs[rows] + logs[rows].mean(), 1e-9)
            continue
        left, right, shared = _shared_words(block)
        norm = logs[rows[left]] + logs[rows[right]]
        link = np.divide(shared, norm, out=np.zeros_like(shared), where=norm > 0)
        degree[rows] += np.bincount(left, weights=link, minlength=len(rows))
        degree[rows] += np.bincount(right, weights=link, minlength=len(rows))
    return degree


def _blocks(counts: Rows, groups: np.ndarray) -> Iterator[tuple[np.ndarray, Rows]]:
    """Each group's rows (ascending) and its block of the matrix, rows numbered from 0
    and words renumbered in the same order (the block's own vocabulary): one sort of
    the entries for all groups, so a thousand sources cost no more than one."""
    order = np.argsort(groups, kind="stable")
    bounds = np.flatnonzero(np.r_[True, np.diff(groups[order]) != 0, True])
    local = np.empty(len(groups), dtype=np.int64)
    local[order] = np.arange(len(groups)) - np.repeat(bounds[:-1], np.diff(bounds))
    entry_groups = groups[counts.rows]
    by_group = np.argsort(entry_groups, kind="stable")  # each row's entries stay in order
    entry_bounds = np.searchsorted(entry_groups[by_group], groups[order[bounds[:-1]]])
    entry_bounds = np.r_[entry_bounds, len(by_group)]
    for k, (start, end) in enumerate(zip(bounds[:-1], bounds[1:], strict=True)):
        entries = by_group[entry_bounds[k] : entry_bounds[k + 1]]
        words, columns = np.unique(counts.columns[entries], return_inverse=True)
        block = Rows(
            local[counts.rows[entries]],
            columns.ravel(),
            counts.values[entries],
            (int(end - start), max(len(words), 1)),
        )
        yield order[start:end], block


def _shared_words(block: Rows) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each pair of rows (i < j) sharing a word, and the sum of their count products.

    The pairs come in the order of scipy's sparse product (row by row; within a row, the
    reverse of the order in which a partner is first met), so the link sums add up
    as they did with scipy's `triu(block @ block.T)`."""
    rows, columns, values = block.rows, block.columns, block.values
    by_word = np.lexsort((rows, columns))
    word_rows, word_values = rows[by_word], values[by_word]
    sizes = np.bincount(columns, minlength=block.shape[1])  # rows holding each word
    word_start = np.cumsum(sizes) - sizes
    partners = sizes[columns]  # for each entry, the entries of its word
    entry = np.repeat(np.arange(len(rows)), partners)
    first = np.cumsum(partners) - partners
    other = word_start[columns][entry] + np.arange(len(entry)) - first[entry]
    left, right = rows[entry], word_rows[other]
    upper = right > left  # only i < j is kept: where a partner is first met is unchanged
    met_at = np.flatnonzero(upper)
    left, right = left[upper], right[upper]
    products = values[entry[upper]] * word_values[other[upper]]
    width = max(block.shape[0], 1)
    pairs, first, pair_of = np.unique(left * width + right, return_index=True, return_inverse=True)
    shared = np.bincount(pair_of.ravel(), weights=products, minlength=len(pairs))
    shared = shared.astype(np.float64)  # bincount of no pairs at all is an integer array
    left, right = pairs // width, pairs % width
    order = np.lexsort((-met_at[first], left))
    return left[order], right[order], shared[order]
