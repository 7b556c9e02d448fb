"""A look-alike event of another day, placed where the remembered story never was, is
another story (brief.daily.novelty.recognition: the places the stories stage reads)."""

from __future__ import annotations

from pathlib import Path

from brief.daily.novelty import recognition
from brief.daily.state import State
from tests.test_daily import briefing_of, remember, with_stories

BALLOON_ONE = """\
    Weather balloon lands on farm near Levice, nobody hurt

    A research balloon came down on a farm near the Slovak town of Levice on Monday
    evening, Slovakia's interior ministry said, adding that nobody was hurt.

    Pieces of the gondola were found about 2 km from the Hron river, the ministry said.

    Slovak Interior Minister Juraj Kollar said the owner of the balloon was not yet known.

    Slovakia has recorded stray balloons over its territory twice since 2024.
    """

BALLOON_TWO = """\
    Weather balloon lands on farm near Szeged, nobody hurt

    A research balloon came down on a farm near the Hungarian city of Szeged on Tuesday
    evening, Hungary's interior ministry said, adding that nobody was hurt.

    Pieces of the gondola were found about 2 km from the Tisza river, the ministry said.

    Hungarian Interior Minister Laszlo Vadas said the owner of the balloon was not yet known.

    Hungary has recorded stray balloons over its territory twice since 2024.
    """

BALLOON_ONE_AGAIN = """\
    Levice balloon was a university weather probe, ministry says

    The research balloon that came down on a farm near the Slovak town of Levice on Monday
    was a weather probe launched by a university, Slovakia's interior ministry said.

    Slovak Interior Minister Juraj Kollar said the gondola would be returned to its owner.
    """


def test_a_look_alike_event_in_another_country_the_next_day_is_new(tmp_path: Path) -> None:
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": BALLOON_ONE}), ("s-levice", "Levice", (1,))
    )
    _, state = remember(day1, State(), "2026-11-23")
    assert state.stories["s-levice"].placed == ("Slovakia",)
    day2 = with_stories(
        briefing_of(tmp_path, **{"b.txt": BALLOON_TWO}), ("s-szeged", "Szeged", (1,))
    )
    marked, _ = remember(day2, state, "2026-11-24")
    assert [(s.id, s.status, s.since) for s in marked.stories] == [("s-szeged", "new", None)]


def test_the_same_event_told_again_in_its_country_still_continues(tmp_path: Path) -> None:
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": BALLOON_ONE}), ("s-levice", "Levice", (1,))
    )
    _, state = remember(day1, State(), "2026-11-23")
    day2 = with_stories(
        briefing_of(tmp_path, **{"b.txt": BALLOON_ONE_AGAIN}), ("fresh", "Probe", (1,))
    )
    marked, _ = remember(day2, state, "2026-11-24")
    assert [(s.id, s.status) for s in marked.stories] == [("s-levice", "developing")]


def test_a_story_continuing_its_days_first_brief_is_not_the_look_alike_before_it(
    tmp_path: Path,
) -> None:
    """A late run of the day: today's story continues the morning's brief of it, whose
    signature the look-alike of the day before still meets; it is not that one's past."""
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": BALLOON_ONE}), ("s-levice", "Levice", (1,))
    )
    _, state = remember(day1, State(), "2026-11-23")
    morning = with_stories(
        briefing_of(tmp_path, **{"b.txt": BALLOON_TWO}), ("s-szeged", "Szeged", (1,))
    )
    _, state = remember(morning, state, "2026-11-24")
    late = with_stories(
        briefing_of(tmp_path, **{"b.txt": BALLOON_TWO, "c.txt": BALLOON_ONE_AGAIN}),
        ("late-1", "Szeged", (1,)),
        ("late-2", "Levice", (2,)),
    )
    marked, _ = remember(late, state, "2026-11-24")
    assert [(s.id, s.status) for s in marked.stories] == [
        ("s-szeged", "new"),
        ("s-levice", "developing"),
    ]


def test_story_places_reads_the_place_every_placed_report_gives(tmp_path: Path) -> None:
    day = with_stories(
        briefing_of(tmp_path, **{"a.txt": BALLOON_ONE, "b.txt": BALLOON_TWO}),
        ("both", "Balloons", (1, 2)),
        ("one", "Levice", (1,)),
    )
    (both_placed, both_named), (one_placed, _) = recognition.story_places(day, day.stories)
    assert both_placed == frozenset()  # the two reports place it in two countries
    assert both_named == {"Slovakia", "Hungary"}
    assert one_placed == {"Slovakia"}
