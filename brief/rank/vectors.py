"""Sentence-by-term count matrices, the common input of the vectorised rankers."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from scipy import sparse

from brief.rank.text import terms


def term_counts(texts: Iterable[str], language: str = "english") -> sparse.csr_matrix:
    """Rows: sentences; columns: stemmed content words; values: occurrences."""
    vocabulary: dict[str, int] = {}
    indptr: list[int] = [0]
    indices: list[int] = []
    for text in texts:
        indices.extend(vocabulary.setdefault(t, len(vocabulary)) for t in terms(text, language))
        indptr.append(len(indices))
    data = np.ones(len(indices))
    shape = (len(indptr) - 1, max(len(vocabulary), 1))
    matrix = sparse.csr_matrix((data, np.array(indices, dtype=np.int64), indptr), shape=shape)
    matrix.sum_duplicates()
    return matrix


def row_normalised(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Unit-length rows (empty rows stay empty), so a dot product is a cosine."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)
