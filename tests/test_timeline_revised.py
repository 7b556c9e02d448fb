"""A sentence that gives only a count an earlier report gave, revised since, is no
timeline row: its day is the stale count's."""

from brief.extract.figures import find_figures
from brief.extract.figures.dated_events.rows import timeline
from brief.models import Sentence


def _rows(*texts: str) -> list[str]:
    sentences = [Sentence(text=t, source=1, index=n, paragraph=n) for n, t in enumerate(texts, 1)]
    return [event.text for event in timeline(find_figures(sentences), sentences)]


def test_a_pluperfect_report_of_a_revised_count_is_no_event() -> None:
    rows = _rows(
        "The agency on 4 March 2026 raised the toll from the floods to 31.",
        "The agency had reported 22 deaths on 3 March 2026.",
    )
    assert rows == ["The agency on 4 March 2026 raised the toll from the floods to 31."]


def test_a_count_in_another_s_words_keeps_its_row() -> None:
    rows = _rows("The ministry said on 3 March 2026 it had recorded 40 cases of cholera.")
    assert len(rows) == 1


def test_the_day_of_an_earlier_report_a_correction_sets_aside_is_no_events() -> None:
    """r58: "..., not three as reported on Wednesday" in Thursday's report had been a row
    of Wednesday's."""
    rows = _rows(
        "The mayor said four boats had sunk, not five as reported on 3 March 2026.",
        "The harbour reopened on 4 March 2026, as first reported by the Gazette.",
    )
    assert rows == ["The harbour reopened on 4 March 2026, as first reported by the Gazette."]
