"""A row that dates a noun's planned event ("committed to the talks in Tarsk on 3 May")
is no second row beside one that tells the event with its verb (r73 F15). Every text
here is invented."""

from __future__ import annotations

from brief.compose.briefing import _events_told_by_verbs
from brief.extract.figures import planned_in_a_noun
from brief.models import Mention, TimelineEvent


def _row(date: str, label: str, text: str, source: int, index: int = 1) -> TimelineEvent:
    return TimelineEvent(date, label, text, Mention(source, index))


COMMITTED = _row(
    "2030-05-03",
    "3 May",
    "The rebel council remains committed to the truce and to the talks in Tarsk on 3 May.",
    1,
    4,
)
MEETING = _row(
    "2030-05-03",
    "Friday",
    "Envoys of the council and the government will meet in Tarsk on Friday, the mediators said.",
    2,
)


def test_a_commitment_to_a_planned_event_is_not_the_event() -> None:
    assert planned_in_a_noun(COMMITTED, MEETING)
    # the row that tells it with its verb stays
    assert not planned_in_a_noun(MEETING, COMMITTED)
    # another day, or another place and name, is another event
    other_day = _row("2030-05-04", "Saturday", MEETING.text.replace("Friday", "Saturday"), 2)
    assert not planned_in_a_noun(COMMITTED, other_day)
    elsewhere = _row("2030-05-03", "Friday", "Farmers will march on the capital on Friday.", 3)
    assert not planned_in_a_noun(COMMITTED, elsewhere)
    # a present verb is not read: two rows stay two
    opens = _row("2030-05-03", "Friday", "The summit opens in Tarsk on Friday.", 4)
    signs = _row("2030-05-03", "Friday", "Leaders will sign the accord in Tarsk on Friday.", 5)
    assert not planned_in_a_noun(opens, signs)


def test_the_timeline_keeps_the_events_verb_row_of_its_story() -> None:
    rows = [COMMITTED, MEETING]
    assert _events_told_by_verbs(rows, None) == [MEETING]
    assert _events_told_by_verbs(rows, {1: 0, 2: 0}) == [MEETING]
    # of two stories, each keeps its rows
    assert _events_told_by_verbs(rows, {1: 0, 2: 1}) == rows
