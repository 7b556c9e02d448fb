"""Wire copy whose paragraph breaks were lost: headings, notes and datelines run into
the text, and numbers and initials that Punkt takes for a sentence's end."""

from __future__ import annotations

import pytest

from brief.segment import split_sentences, without_dateline


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("If No. 2 Florida State beats No. 1 Tennessee, they lose.", 1),
        ("She wrote about Charles M. Schulz. O.J. Simpson was there.", 2),
        ("He fought in World War I. Then he left.", 2),
        ("He lives in the U.S. The end. She moved to Washington, D.C. It rained.", 4),
    ],
)
def test_a_number_sign_or_an_initial_does_not_end_a_sentence(paragraph: str, expected: int) -> None:
    assert len(split_sentences(paragraph)) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "NATIONAL FORECAST Low pressure will move.",
            ["NATIONAL FORECAST", "Low pressure will move."],
        ),
        (
            "OPTIONAL MATERIAL FOLLOWS) Mahony said so.",
            ["OPTIONAL MATERIAL FOLLOWS)", "Mahony said so."],
        ),
        ("AT&T CEO John Smith said so.", ["AT&T CEO John Smith said so."]),
    ],
)
def test_a_heading_run_into_a_sentence_is_a_sentence_of_its_own(
    paragraph: str, expected: list[str]
) -> None:
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "*NASA to launch repair trip to telescope CAPE CANAVERAL, Fla. (AP) -- NASA will go.",
        "SANDOUPING (Three Gorges), November 5 (Xinhua) -- NASA will go.",
        "DHAKA, July 17 (Xinhua -- NASA will go.",
    ],
)
def test_a_dateline_goes_with_what_precedes_it(paragraph: str) -> None:
    assert without_dateline(paragraph) == "NASA will go."


def test_an_initial_before_a_function_word_ends_the_sentence() -> None:
    assert split_sentences("It was Plan B. The talks ended.") == [
        "It was Plan B.",
        "The talks ended.",
    ]
