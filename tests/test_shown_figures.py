"""Key figures no analyst counts give way in print to those one does (r73 F16): how long
an event took within a day, and a measure that describes a thing. Invented figures of a
dam breach and a blockade of a strait."""

from __future__ import annotations

from datetime import UTC, datetime

from brief.models import Briefing, Figure, Mention
from brief.render.view import shown_figures
from tests.conftest import bare_briefing


def _figure(text: str, kind: str, unit: str | None, n: int) -> Figure:
    return Figure(text, kind, 1.0, unit, Mention(1, n))


def _briefing(figures: list[Figure]) -> Briefing:
    return bare_briefing(
        title="t",
        generated=datetime(2030, 5, 10, tzinfo=UTC),
        figures=tuple(figures),
    )


def test_a_duration_within_a_day_or_a_describing_measure_is_printed_only_alone() -> None:
    lasted = _figure("about forty minutes", "measure", "minutes", 2)
    within = _figure("within six hours", "measure", "hours", 3)
    strait = _figure("a 60-kilometre strait", "measure", "km", 4)
    toll = _figure("killed four fishermen", "count", "dead", 1)
    advance = _figure("advanced 12 km", "measure", "km", 5)
    siege = _figure("a siege of three months", "measure", "months", 6)
    shown = [f for f, _ in shown_figures(_briefing([lasted, within, strait, toll, advance, siege]))]
    assert shown == [toll, advance, siege]
    # a brief with nothing else shows them all the same
    alone = [f for f, _ in shown_figures(_briefing([lasted, strait]))]
    assert alone == [lasted, strait]
