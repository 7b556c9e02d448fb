"""The noise line of the multi-document table: what size of difference means something."""

from __future__ import annotations

import math

from tools.eval_mds import noise, standard_error


def test_standard_error_of_a_mean() -> None:
    assert standard_error([]) == 0.0
    assert standard_error([3.0]) == 0.0
    assert math.isclose(standard_error([1.0, 3.0]), 1.0)


def test_paired_error_ignores_what_both_methods_share() -> None:
    # Clusters differ a lot in difficulty, the two methods by a constant: no paired noise.
    rows = [
        {"coverage": (30.0 + k, 8.0 + k), "lexrank": (29.0 + k, 7.0 + k)} for k in range(0, 10, 3)
    ]
    line = noise(rows)
    assert "paired with lexrank: ±0.00" in line
    assert "R1 ±1.94" in line
