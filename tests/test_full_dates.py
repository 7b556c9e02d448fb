"""One reader of dates written in full (brief.ingest.layout.dates.FULL_DATE, full_date):
a page's stamps and bylines, and the stale-state checks' dates near a report's day."""

from datetime import date

from brief.ingest.layout.bylines import undated
from brief.ingest.layout.dates import date_in, full_date, full_date_in
from brief.pipeline.superseded.phrases import told_as_history


def test_a_stamp_reads_news_styles_sept() -> None:
    assert date_in("Posted Sept. 14, 2029, 08:10") == "2029-09-14"


def test_a_stamp_prefers_the_day_first_to_a_number_date_before_it() -> None:
    assert date_in("Ref 2029-01-02 | 14 March 2029") == "2029-03-14"


def test_no_such_day_is_no_date() -> None:
    found = full_date_in("Filed 31 June 2029")
    assert found is not None and full_date(found) is None
    assert date_in("Filed 31 June 2029") is None


def test_a_day_with_its_stop_as_german_writes_it() -> None:
    found = full_date_in("Lindholm, 24. August 2031")
    assert found is not None and full_date(found) == date(2031, 8, 24)


def test_a_byline_loses_its_closing_date_written_either_way() -> None:
    assert undated("By Orla Penhale, Harrow Gazette, Sept. 3, 2029") == (
        "By Orla Penhale, Harrow Gazette"
    )


def test_a_date_near_the_reports_day_is_no_history() -> None:
    day = date(2031, 8, 25)
    assert not told_as_history("The ferry terminal is shut from 06:00 on 24. August 2031.", day)
    assert not told_as_history("The depot closes on Sept. 1, 2031 for repairs.", day)
    assert told_as_history("The depot closed on 2 March 2027 for repairs.", day)
    assert told_as_history("The depot closed in 2027.", day)
