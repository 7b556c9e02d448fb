"""A date in a second reported clause dates that clause only: the row is the saying's
day (r46 M6)."""

from brief.extract.figures import find_figures, timeline
from brief.models import Sentence


def _row_date(text: str) -> str | None:
    sentences = [Sentence(text, 1, 1, 0)]
    rows = timeline(find_figures(sentences, {1: "2026-12-01"}), sentences)
    return rows[0].date if rows else None


def test_a_second_complement_s_date_does_not_date_the_statement() -> None:
    text = (
        "The clinic's head, Dr Ana Vilo, said on Tuesday that eight people had died in the"
        " village and that 30 had been treated for burns on Sunday night."
    )
    assert _row_date(text) == "2026-12-01"


def test_one_reported_clause_keeps_its_own_date() -> None:
    text = "The army said on Tuesday it had test-fired a missile on Sunday."
    assert _row_date(text) == "2026-11-29"


def test_a_date_in_a_reported_subject_dates_no_row() -> None:
    """r58: "..., saying one soldier listed among the dead on Wednesday had been found
    alive" in Thursday's report had been a row of Wednesday's: the date tells what the
    subject was, not the news."""
    text = (
        "The port authority cut its toll to four, saying a sailor reported missing on"
        " Monday had been found alive in a lifeboat."
    )
    assert _row_date(text) is None
    # the day of saying, or a date after the reported clause's verb, still dates a row
    assert _row_date("The port said on Monday a sailor had been found.") == "2026-11-30"
    assert _row_date("The port said a sailor went missing on Monday and was found.") == (
        "2026-11-30"
    )
