"""Reports of one event that name it otherwise: an agency's bulletin titled by the event's
name, beside the wire's report of the day's toll (r68 F8: the dam's bulletin of its latest
toll had been a story of its own, and a daily brief's new story). Every text here is
invented."""

from __future__ import annotations

from brief.ingest import make_source, parse_text
from brief.segment import segment
from brief.stories import find_stories


def _groups(texts: list[str]) -> list[tuple[int, ...]]:
    documents = [
        parse_text(text, make_source(f"{n}.txt", n, text.encode("utf-8")))
        for n, text in enumerate(texts, 1)
    ]
    return [group.sources for group in find_stories(segment(documents))]


OTHER_NEWS = [
    "Ostrava beat Lenmark 3-0 in cup qualifier\n\nOstrava beat Lenmark 3-0 in a cup qualifier"
    " in Ostrava City on Tuesday, with two goals from striker Pavel Imre.\n\nThe win lifts"
    " Ostrava to second place in their group.",
    "Ferry crews in Ostrava City call off strike after pay deal\n\nFerry crews in Ostrava"
    " City called off their strike on Thursday after the operator offered a 4 percent pay"
    " rise.\n\nServices will resume on Friday morning, the union said.",
]


def test_a_bulletin_titled_by_its_events_name_is_one_story_with_its_toll() -> None:
    """A bulletin's headline opens on its event's name ("Dunmore fire: situation at
    18:00"), where its capital alone makes no name, and its lede gives the toll alone: the
    wire's report of that day's toll, which names Dunmore within its lead, is its story."""
    wire = (
        "Ostrava parliament confirms Halden as industry minister; fire toll rises to 27\n\n"
        "OSTRAVA CITY, May 14 (Coast Wire) - Ostrava's parliament confirmed Mira Halden as"
        " industry minister on Thursday, two days after the fire at the Dunmore chemical"
        " plant, as the death toll rose to 27.\n\nLawmakers voted by 88 to 40 to confirm"
        " Halden.\n\nFive people were still missing, the fire service said."
    )
    bulletin = (
        "Dunmore fire: situation at 18:00\n\nThe fire service confirms 27 deaths. Five people"
        " remain missing.\n\nThe fire service thanks the 300 volunteers taking part in the"
        " search."
    )
    groups = _groups([wire, bulletin, *OTHER_NEWS])
    assert (1, 2) in groups, groups
