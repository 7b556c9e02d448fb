"""sumy's LexRank, vectorised: the same ranking in a fraction of the time.

sumy builds the sentence graph with a Python double loop (quadratic in pure Python).
Here the maths is sumy's exactly: tf = count / the sentence's largest count,
idf = log(N / (1 + df)), an edge where the cosine exceeds 0.1, rows divided by their
degree, and sumy's loose power method (stop when the step is below 0.1).

Two ways to the same graph. Up to `DENSE_LIMIT` sentences (a long article, a day of
them) the cosines are summed term by term into a dense matrix with numpy alone, and the
power method runs on it with the same numpy calls as sumy, so even ties come out
identical; importing scipy would cost more than the whole computation. Above it, a dense
matrix would not fit, so the cosines come from one scipy sparse product, computed in row
blocks so that only the edges above the threshold are ever held.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from brief.models import Ranking, Sentence
from brief.rank.context import RankContext
from brief.rank.text import terms
from brief.rank.vectors import Rows, counted

if TYPE_CHECKING:
    from scipy import sparse

THRESHOLD = 0.1
EPSILON = 0.1
DENSE_LIMIT = 2048
_BLOCK = 1024


def tfidf(counts: Rows) -> Rows:
    """sumy's LexRank weights: max-normalised tf times log(N / (1 + df)). A word in all
    sentences but one weighs nothing, and is no entry."""
    n = counts.shape[0]
    row_max = np.zeros(n)
    np.maximum.at(row_max, counts.rows, counts.values)
    row_max[row_max == 0] = 1.0
    df = np.bincount(counts.columns, minlength=counts.shape[1])
    idf = np.log(n / (1.0 + df))
    weights = (1.0 / row_max)[counts.rows] * counts.values * idf[counts.columns]
    return counts.with_values(weights).kept(weights != 0)


def adjacency(vectors: Rows, threshold: float = THRESHOLD) -> sparse.csr_matrix:
    """Edges where the cosine of unit-length rows exceeds `threshold`, block by block.

    The cosines are symmetric to the last bit: scipy's product sums a cell's terms in the
    order of the left row's entries, and every row holds its entries in the same order of
    terms (descending, from `row_normalised`), so cell (i, j) adds the same products in the
    same order as cell (j, i). So each block of rows is multiplied only with the
    rows from its own first one on, and each edge found is set both ways: half the
    products (the product was two thirds of LexRank's time at 25,000 sentences)."""
    from scipy import sparse

    n = vectors.shape[0]
    per_row = np.bincount(vectors.rows, minlength=n)
    indptr = np.r_[0, np.cumsum(per_row)]
    unit = sparse.csr_matrix((vectors.values, vectors.columns, indptr), shape=vectors.shape)
    if n == 0:
        return unit
    blocks = []
    for start in range(0, n, _BLOCK):
        later = sparse.csr_matrix(unit[start:].T)  # a row per term: the form the product reads
        product = sparse.csr_matrix(unit[start : start + _BLOCK] @ later)
        row = np.repeat(np.arange(product.shape[0]), np.diff(product.indptr))
        edge = (product.data > threshold) & (product.indices >= row)  # j >= i
        product.data = edge.astype(np.float64)
        product.eliminate_zeros()
        shape = (product.shape[0], n)
        blocks.append(
            sparse.csr_matrix((product.data, product.indices + start, product.indptr), shape)
        )
    upper = sparse.csr_matrix(sparse.vstack(blocks))
    graph = sparse.csr_matrix(upper + upper.T)
    graph.data[:] = 1.0  # the diagonal, in both, is one edge
    return graph


def dense_adjacency(sentence_terms: Sequence[Sequence[str]]) -> np.ndarray:
    """The edges of `adjacency(row_normalised(tfidf(counts)))` as a dense boolean matrix.

    Every term adds the products of its weights to each pair of sentences that share it,
    and numpy's bincount sums them. The sums run in the sparse path's order (entries
    sorted by row then term, zero weights dropped, norms by reduceat, cosines term by
    term), so the two paths agree to the last bit, not just within a tolerance."""
    n = len(sentence_terms)
    entries = counted(sentence_terms)
    rows, columns, counts, width = entries.rows, entries.columns, entries.values, entries.shape[1]
    row_max = np.ones(n)
    np.maximum.at(row_max, rows, counts)
    idf = np.log(n / (1.0 + np.bincount(columns, minlength=width)))
    weights = (1.0 / row_max)[rows] * counts * idf[columns]
    kept = weights != 0  # a term in every sentence weighs nothing: sparse drops it
    rows, columns, weights = rows[kept], columns[kept], weights[kept]
    starts = np.flatnonzero(np.diff(rows, prepend=-1))
    norms = np.ones(n)
    if len(starts):
        norms[rows[starts]] = np.sqrt(np.add.reduceat(weights * weights, starts))
    weights = (1.0 / norms)[rows] * weights
    # Entries grouped by term, each group in row order; each entry is paired with itself
    # (the diagonal: a sentence with any weight is its own neighbour) and the entries
    # after it. The cosines are symmetric to the last bit (a product is the same either
    # way round, and each cell sums its terms in the same order), so only the upper
    # triangle is summed, row by row in one flat array (half the pairs, half the memory
    # of an n x n one), and each edge found is set both ways.
    by_term = np.argsort(columns, kind="stable")
    term_rows, term_weights = rows[by_term], weights[by_term]
    sizes = np.bincount(columns, minlength=width)
    sizes = sizes[sizes > 0]
    partners = np.repeat(np.cumsum(sizes), sizes) - np.arange(len(term_rows))
    left = np.repeat(np.arange(len(term_rows)), partners)
    first_pair = np.cumsum(partners) - partners
    right = left + np.arange(len(left)) - np.repeat(first_pair, partners)
    # Cell (i, j), i <= j, is at row_start[i] + j - i.
    row_start = np.arange(n, dtype=np.int64) * (2 * n + 1 - np.arange(n, dtype=np.int64)) // 2
    cosines = np.bincount(
        (row_start - np.arange(n, dtype=np.int64))[term_rows][left] + term_rows[right],
        weights=term_weights[left] * term_weights[right],
        minlength=n * (n + 1) // 2,
    )
    cells = np.flatnonzero(cosines > THRESHOLD)
    first = np.searchsorted(row_start, cells, side="right") - 1
    second = cells - row_start[first] + first
    graph = np.zeros((n, n), dtype=bool)
    graph[first, second] = True
    graph[second, first] = True
    return graph


def power_method(graph: np.ndarray | sparse.csr_matrix, epsilon: float = EPSILON) -> np.ndarray:
    """sumy's power method on the degree-normalised graph (dense as sumy's, or sparse)."""
    n = graph.shape[0]
    degrees = np.asarray(graph.sum(axis=1, dtype=np.float64)).ravel()
    degrees[degrees == 0] = 1.0
    if isinstance(graph, np.ndarray):
        transposed = (graph * (1.0 / degrees)[:, None]).T
    else:
        from scipy import sparse

        transposed = sparse.csr_matrix((sparse.diags(1.0 / degrees) @ graph).T)
    p_vector = np.array([1.0 / n] * n)
    lambda_val = 1.0
    while lambda_val > epsilon:
        next_p = (
            np.dot(transposed, p_vector)
            if isinstance(transposed, np.ndarray)
            else transposed @ p_vector
        )
        norm = np.linalg.norm(next_p)
        if norm == 0:  # no edges at all (no sentence has a word): sumy yields NaN here
            return np.zeros(n)
        next_p /= norm
        lambda_val = float(np.linalg.norm(np.subtract(next_p, p_vector)))
        p_vector = next_p
    return p_vector


def lexrank_scores(sentences: Sequence[Sentence], language: str = "english") -> np.ndarray:
    if len(sentences) <= DENSE_LIMIT:
        return power_method(dense_adjacency([terms(s.text, language) for s in sentences]))
    from brief.rank.vectors import row_normalised, term_counts

    unit = row_normalised(tfidf(term_counts((s.text for s in sentences), language)))
    return power_method(adjacency(unit))


def order_by(scores: np.ndarray) -> tuple[int, ...]:
    """Best first, ties in reading order (as sumy's stable sort)."""
    return tuple(int(i) for i in np.argsort(-scores, kind="stable"))


def rank_lexrank(sentences: Sequence[Sentence], context: RankContext) -> Ranking:
    """LexRank, ranked exactly as sumy's LexRankSummarizer ranks the same sentences."""
    if not sentences:
        return Ranking("lexrank", (), ())
    scores = lexrank_scores(sentences, context.language)
    return Ranking("lexrank", tuple(float(x) for x in scores), order_by(scores))
