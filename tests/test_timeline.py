from __future__ import annotations

import xml.etree.ElementTree as ET

from brief.models import Mention, TimelineEvent
from brief.render.timeline import timeline_svg


def event(date: str, label: str, text: str, index: int = 1) -> TimelineEvent:
    return TimelineEvent(date, label, text, Mention(1, index))


def test_fewer_than_two_events_draw_nothing() -> None:
    assert timeline_svg(()) == ""
    assert timeline_svg((event("2014", "2014", "Crimea."),)) == ""


def test_svg_is_well_formed_escaped_and_self_contained() -> None:
    hostile = 'Troops <script>alert("x")</script> & "friends" \x00 moved'
    svg = timeline_svg(
        [event("2022-02-10", "February 10-20", hostile, 2), event("2014", "2014", "Annexed.")]
    )
    root = ET.fromstring(svg)  # parses: every text is escaped
    assert root.tag.endswith("svg") and root.get("width") == "170mm"
    assert "<script>" not in svg and "href" not in svg and "url(" not in svg
    texts = "".join(root.itertext())
    assert texts.index("2014") < texts.index("10–20 Feb 2022")  # oldest first
    assert "<script>" in texts  # shown as text, not markup


def test_the_most_important_events_are_kept_then_drawn_in_date_order() -> None:
    from brief.render.timeline import MAX_EVENTS

    story = [
        event(f"--03-{d:02d}", f"March {d}", "Now.", d) for d in range(20, 20 - MAX_EVENTS, -1)
    ]
    history = [event("1991", "1991", "Long ago."), event("2014", "2014", "Before.")]
    texts = "".join(ET.fromstring(timeline_svg(story + history)).itertext())
    assert "1991" not in texts and "2014" not in texts  # the input order is importance
    days = [texts.index(f"{d} Mar") for d in range(20 - MAX_EVENTS + 1, 21)]
    assert days == sorted(days)  # drawn by date


def test_a_date_range_is_labelled_as_a_range() -> None:
    svg = timeline_svg(
        [
            event("--02-10", "February 10-20", "Drills."),
            event("2022-03-10", "10–24 March 2022", "Talks."),
            event("--02-09", "February 9", "Arrival."),
        ]
    )
    texts = "".join(ET.fromstring(svg).itertext())
    assert "10–20 Feb" in texts and "10–24 Mar 2022" in texts and "9 Feb" in texts
    assert texts.index("10–24 Mar 2022") < texts.index("9 Feb")  # yearless dates last
