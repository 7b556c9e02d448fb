"""The noise line of the multi-document table: what size of difference means something."""

from __future__ import annotations

import math

from tools.eval_mds import noise, rouge155_recall, rouge155_tokens, standard_error


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


def test_rouge155_reads_text_as_rouge_does() -> None:
    # Lower case, dashes and punctuation split off and dropped, words past the budget cut,
    # only words longer than 3 letters stemmed.
    assert rouge155_tokens("The cease-fire's talks (AP) -- ended.", budget=5) == [
        "the",
        "ceas",
        "fire",
        "s",
        "talk",
        "ap",
    ]


def test_rouge155_sums_over_references_before_dividing() -> None:
    # 1 of 1 and 1 of 3 unigrams matched: 2 of 4 (50%), not the mean of 100% and 33%.
    recall1, recall2 = rouge155_recall("red", ["red", "red blue green"])
    assert math.isclose(recall1, 50.0)
    assert recall2 == 0.0
