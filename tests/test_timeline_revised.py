"""A sentence that gives only a count an earlier report gave, revised since, is no
timeline row: its day is the stale count's."""

from brief.extract.figures import find_figures
from brief.extract.figures.dated_events import timeline
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
