"""Near-duplicate grouping: agency copy in two papers is one sentence, the rest stays apart."""

from __future__ import annotations

import pytest

from brief import dedupe
from brief.dedupe import group_duplicates
from brief.models import Sentence

BASE = "The ministry said on Tuesday that forty trucks of flour had crossed the border at dawn"


def sentence(text: str, source: int, index: int = 1) -> Sentence:
    return Sentence(text, source, index, 0)


def test_a_copy_with_its_last_word_changed_joins_the_first() -> None:
    copy = BASE.replace("dawn", "daybreak")
    groups = group_duplicates([sentence(BASE, 1), sentence("Other news.", 1, 2), sentence(copy, 2)])
    assert groups == [[0, 2], [1]]


def test_copies_of_copies_stay_in_the_first_group() -> None:
    first = sentence(BASE, 1)
    second = sentence(BASE + " again", 2)
    third = sentence(BASE, 3)
    assert group_duplicates([first, second, third]) == [[0, 1, 2]]


def test_an_update_with_another_number_is_another_sentence() -> None:
    """A wire story's update ("36 people died" for 32) is a new fact: grouped as a copy,
    its bullet cited a sentence whose number contradicts it."""
    first = (
        "In Poland, 32 people died, most of them homeless men who froze to death outdoors"
        " after drinking, as temperatures fell to minus 20 degrees, police said on Friday."
    )
    update = first.replace("32", "36")
    groups = group_duplicates([sentence(first, 1), sentence(update, 2), sentence(first, 3)])
    assert groups == [[0, 2], [1]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a strike's two notices: the same words but the day (r70 F17)
        (
            "The union said the next round of talks would be held at 10 a.m. Tuesday.",
            "The union said the next round of talks would be held at 10 a.m. Thursday.",
        ),
        # an election board's two deadlines, a month apart
        (
            "Postal ballots must reach the county election board by 5 p.m. on 3 October.",
            "Postal ballots must reach the county election board by 5 p.m. on 3 November.",
        ),
    ],
)
def test_a_sentence_with_another_day_is_another_sentence(first: str, second: str) -> None:
    """A named day is a copy's as its figures are: one that gives another day ("8 a.m.
    Wednesday" for "8 a.m. Tuesday") says another thing, and a bullet citing both had
    cited a sentence that contradicts it (r70 F17). A copy that gives the same day is
    still a copy."""
    assert group_duplicates([sentence(first, 1), sentence(second, 2)]) == [[0], [1]]
    both = [sentence(first, 1), sentence(second, 2), sentence(first, 3)]
    assert group_duplicates(both) == [[0, 2], [1]]


def test_a_shared_boilerplate_phrase_is_not_evidence() -> None:
    boiler = "Reporting by the wire desk in the capital"
    sentences = [sentence(f"{boiler} story {n} about topic {n * 7}", n) for n in range(1, 80)]
    assert len(group_duplicates(sentences)) == len(sentences)


def test_plain_and_numpy_numbering_group_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small inputs number shingles without numpy (its import would cost more): the
    groups are the same either way, short texts and copies of copies included."""
    copy = BASE.replace("dawn", "daybreak")
    texts = [BASE, "Other news.", copy, "Hi", "Hi", "", BASE + " again", copy, "Other news."]
    sentences = [sentence(text, n) for n, text in enumerate(texts, 1)]
    plain = group_duplicates(sentences)
    monkeypatch.setattr(dedupe, "PLAIN_UNTIL", -1)
    assert group_duplicates(sentences) == plain
    assert plain == [[0, 2, 6, 7], [1, 8], [3, 4], [5]]


def test_a_copy_that_leaves_a_figure_out_is_still_a_copy() -> None:
    """Only another figure makes another fact: an outlet's copy may drop one."""
    first = (
        "In Poland, 32 people died, most of them homeless men who froze to death outdoors"
        " after drinking, as temperatures fell to minus 20 degrees, police said on Friday."
    )
    dated = first.replace("on Friday.", "on Friday, 3 March.")
    assert group_duplicates([sentence(dated, 1), sentence(first, 2)]) == [[0, 1]]


def test_a_number_written_another_way_is_the_same_number() -> None:
    """ "12,000", "12000" and tokenised copy's "12, 000" are one figure; "1.5" is not "15"."""
    base = (
        "Officials said the storm evacuated 12,000 residents from the coastal towns of the"
        " province on Monday night before the river burst its banks at dawn."
    )
    for other in ("12000", "12, 000"):
        copy = base.replace("12,000", other)
        assert group_duplicates([sentence(base, 1), sentence(copy, 2)]) == [[0, 1]], other


def test_a_decimal_and_a_date_stay_what_they_are() -> None:
    """Digits joined across separators had made "1.5 million" a copy of "15 million", and
    split "March 3, 2015" from "March 3"."""
    base = (
        "The operator said it had lost 1.5 million customers in the year to March after a"
        " price rise that regulators said was larger than any of its rivals had made."
    )
    other = base.replace("1.5 million", "15 million")
    assert group_duplicates([sentence(base, 1), sentence(other, 2)]) == [[0], [1]]
    dated = (
        "The suspect was arrested on March 3, 2015, at his home in the north of the city,"
        " where officers found weapons and cash hidden under the floor of a garden shed."
    )
    undated = dated.replace("March 3, 2015,", "March 3")
    assert group_duplicates([sentence(dated, 1), sentence(undated, 2)]) == [[0, 1]]


def test_a_speakers_label_line_said_again_is_no_copy() -> None:
    """A record prints its speaker's label over each of her turns: the second is her next
    turn's label, not a copy of the first (a copy of a sentence is still one)."""
    label = "Deputy Minister of Fisheries Jane Roe:"
    said = "The fleet will be inspected before the season opens on Monday morning."
    record = [
        Sentence(label, 1, 1, 0),
        Sentence(said, 1, 2, 1),
        Sentence(label, 1, 3, 2),
        Sentence(said, 1, 4, 3),
    ]
    assert group_duplicates(record) == [[0], [1, 3], [2]]
