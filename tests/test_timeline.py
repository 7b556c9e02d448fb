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
    assert texts.index("2014") < texts.index("10 Feb 2022")  # oldest first
    assert "<script>" in texts  # shown as text, not markup
