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
