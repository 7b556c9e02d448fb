"""Sentence-by-term count matrices, the common input of the vectorised rankers.

Why not scipy.sparse: importing it costs more than ranking a long article (scipy 1.17's
array-API layer copies every attribute of numpy, which imports numpy.f2py, numpy.testing
and numpy.ma), and the rankers need only a few operations on the non-zero entries. So a
matrix is its non-zero entries in row-major order, as scipy's canonical CSR keeps them,
and each operation sums in the order scipy's does (a row's entries by `reduceat`, a
product with a vector entry by entry with `bincount`): the figures are scipy's to the
last bit, not just within a tolerance.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from brief.rank.text import terms


@dataclass(frozen=True)
class Rows:
    """A sparse matrix as its non-zero entries, by row and then by column."""

    rows: np.ndarray  # int64, ascending
    columns: np.ndarray  # int64, ascending within a row
    values: np.ndarray  # float64
    shape: tuple[int, int]

    def with_values(self, values: np.ndarray) -> Rows:
        return Rows(self.rows, self.columns, values, self.shape)

    def kept(self, keep: np.ndarray) -> Rows:
        """The entries where `keep` is true (a zero weight is no entry, as in scipy)."""
        return Rows(self.rows[keep], self.columns[keep], self.values[keep], self.shape)

    def row_sums(self, values: np.ndarray | None = None) -> np.ndarray:
        """Per row, the sum of its entries (or of `values` aligned with them)."""
        values = self.values if values is None else values
        sums = np.zeros(self.shape[0])
        starts = np.flatnonzero(np.r_[True, self.rows[1:] != self.rows[:-1]])
        if len(self.rows):
            sums[self.rows[starts]] = np.add.reduceat(values, starts)
        return sums

    def column_sums(self) -> np.ndarray:
        return np.bincount(self.columns, weights=self.values, minlength=self.shape[1])

    def dot(self, vector: np.ndarray) -> np.ndarray:
        """The matrix times a dense vector."""
        products = self.values * vector[self.columns]
        return np.bincount(self.rows, weights=products, minlength=self.shape[0])

    def row(self, number: int) -> np.ndarray:
        """One row as a dense vector."""
        dense = np.zeros(self.shape[1])
        at = self.rows == number
        dense[self.columns[at]] = self.values[at]
        return dense

    def select(self, numbers: np.ndarray) -> Rows:
        """The given rows, renumbered 0, 1, ... in the order given (ascending)."""
        position = np.full(self.shape[0], -1, dtype=np.int64)
        position[numbers] = np.arange(len(numbers))
        keep = position[self.rows] >= 0
        return Rows(
            position[self.rows[keep]],
            self.columns[keep],
            self.values[keep],
            (len(numbers), self.shape[1]),
        )


def distinct(values: np.ndarray) -> np.ndarray:
    """np.unique(values) of a 1-D array of integers, sorted, by sorting. NumPy 2.x finds
    the values of a plain np.unique (none of its return_ options) with a hash set, which
    at these sizes is ten to fifty times slower than its SIMD sort (numpy#31969): of a
    digest's 270,000 concept keys per story pile, 0.13 s against 3 ms. The same values,
    in the same order."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


def term_counts(texts: Iterable[str], language: str = "english") -> Rows:
    """Rows: sentences; columns: stemmed content words; values: occurrences."""
    return counted([terms(text, language) for text in texts])


def counted(per_row: Sequence[Sequence[str]]) -> Rows:
    """Rows: the given rows of terms; columns: the terms, numbered in order of first use;
    values: occurrences. Numbered by C loops (a dictionary's setdefault per term, in a
    generator, cost a fifth of the whole at 25,000 sentences)."""
    flat = list(chain.from_iterable(per_row))
    vocabulary = dict.fromkeys(flat, 0)
    for number, term in enumerate(vocabulary):
        vocabulary[term] = number
    lengths = list(map(len, per_row))
    width = max(len(vocabulary), 1)
    owner = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    indices = np.fromiter(map(vocabulary.__getitem__, flat), np.int64, len(flat))
    cells, counts = np.unique(owner * width + indices, return_counts=True)
    return Rows(cells // width, cells % width, counts.astype(np.float64), (len(lengths), width))


def row_normalised(matrix: Rows) -> Rows:
    """Unit-length rows (empty rows stay empty), so a dot product is a cosine.

    Like scipy's product with a diagonal matrix, the result holds each row's entries in
    reverse order; later sums run over them in that order, as scipy's did."""
    norms = np.sqrt(matrix.row_sums(matrix.values * matrix.values))
    norms[norms == 0] = 1.0
    return reversed_rows(matrix.with_values((1.0 / norms)[matrix.rows] * matrix.values))


def reversed_rows(matrix: Rows) -> Rows:
    """The same matrix with each row's entries in the reverse order."""
    order = np.lexsort((-np.arange(len(matrix.rows)), matrix.rows))
    return Rows(matrix.rows[order], matrix.columns[order], matrix.values[order], matrix.shape)
