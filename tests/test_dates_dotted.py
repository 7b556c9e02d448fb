"""Dates written with a stop after the day, as German, Danish, Czech or Polish pages write
them ("3. Dezember 2026" in English months' words, "3. 12. 2026"), read as the day."""

from __future__ import annotations

import pytest

from brief.ingest.layout.dates import date_in


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("torsdag 3. december 2026, 21:10", "2026-12-03"),
        ("3. 12. 2026 19:25", "2026-12-03"),
        ("03.12.2026", "2026-12-03"),
        ("3 December 2026", "2026-12-03"),
    ],
)
def test_a_day_with_a_stop_is_read(line: str, day: str) -> None:
    assert date_in(line) == day


def test_a_sentence_ending_on_a_year_before_a_figure_is_no_date() -> None:
    """ "... in 1924. 8 people ..." is a year and a count, not the 24th of August."""
    assert date_in("It opened in 1924. 8 people came.") == "1924"
