"""One reader of dates written in full (brief.ingest.layout.dates.FULL_DATE, full_date):
a page's stamps and bylines, and the stale-state checks' dates near a report's day; and
one of a day with its month (DAY_MONTH, DAY_MONTH_YEAR, day_and_month): the stories'
incident stamps and days of their own."""

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


def test_a_stamp_after_its_clock_zone_and_with_an_ordinal_is_read() -> None:
    """stories.texts' stamps read a day and its month with layout.dates' DAY_MONTH_YEAR:
    one written right after the zone ("0520 UTC 3 May 2030") or as an ordinal ("3rd
    May") had been read as no day (a zone's letters taken for a month)."""
    from brief.stories.texts import _stamped_days

    page = date(2030, 5, 5)
    assert _stamped_days(["At 0520 UTC 3 May 2030 a trawler was boarded."], page) == {
        date(2030, 5, 3)
    }
    assert _stamped_days(["At 0520 UTC on 3rd May a trawler was boarded."], page) == {
        date(2030, 5, 3)
    }
    assert _stamped_days(["On May 3, 2029 at 0520 UTC a trawler was boarded."], page) == {
        date(2029, 5, 3)
    }
    assert _stamped_days(["At 0520 UTC on 31 June a trawler was boarded."], page) == set()


def test_a_day_given_with_its_month_is_a_phrase_not_two_words_apart() -> None:
    """stories.apart.own_days reads a day with its month as layout.dates.DAY_MONTH does:
    "Feb. 18" and "18th February" give 18 February; "February, 18 people" does not."""
    from brief.stories.apart.mentions import gives_day

    day = date(2031, 2, 18)
    assert gives_day("The tribunal sat on Feb. 18 in Vessby.", day)
    assert gives_day("The tribunal sat on the 18th of February.", day)
    assert not gives_day("In February, 18 people were fined.", day)
    assert not gives_day("The tribunal sat on 18 March.", day)


def test_a_span_of_days_with_a_month_cut_short_is_no_scoreline() -> None:
    from brief.extract.figures.notation import scoreline_at

    assert scoreline_at("The rowing regatta ran Sept. 3-5 on the lake.") == -1
    assert scoreline_at("The festival runs 12-14 Aug in Corvale.") == -1
    assert scoreline_at("Corvale beat Ostmark 3-1 in the final.") > 0


def test_a_label_is_dated_by_a_full_date_however_written() -> None:
    """layout.labels.is_label_line reads a label's closing date with layout.dates.FULL_DATE."""
    from brief.ingest.layout.labels import is_label_line

    assert is_label_line("Harbour notice for Kestrel Quay - updated Sept. 15, 2029")
    assert is_label_line("Harbour notice for Kestrel Quay, 15 SEPTEMBER 2029.")
    assert is_label_line("Harbour notice for Kestrel Quay - issued 2029-09-15")
    assert not is_label_line("Pilots strike at Kestrel Quay, 15 September 2029.")
