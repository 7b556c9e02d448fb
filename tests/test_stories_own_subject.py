"""A single report whose lead tells its own event of its own ship (a fire on a named
ferry) is a story of its own beside the day's story, however many of its setting's words
it shares, unless a report of the story tells that event (r77 F1: a feeder's engine-room
fire had joined a port strike's story through the ports it sailed between and the day)."""

from __future__ import annotations

from brief.stories import find_stories
from brief.stories.apart import rare_openings, rare_subjects, tells_its_own
from tests.story_corpus import dated_corpus_of, dated_texts_of, texts_of

STRIKE = [
    (
        "2031-03-04",
        "Bus drivers strike across Velmora as pay talks fail\n\n"
        "Bus drivers in Velmora walked out on Tuesday after pay talks with the Orbis"
        " Transit company collapsed, leaving commuters stranded across the city.\n\n"
        "Orbis Transit said it would run a skeleton service on the Harlen and Dunmore"
        " routes.\n\n"
        "The drivers' union said the walkout would last at least three days.\n",
    ),
    (
        "2031-03-04",
        "Velmora commuters stranded as bus strike begins\n\n"
        "Commuters queued for taxis in Velmora on Tuesday as bus drivers began a strike"
        " over pay, after talks with Orbis Transit broke down overnight.\n\n"
        "Ferry crossings from Dunmore to the Harlen quay were packed, the city said.\n\n"
        "Orbis Transit chief executive Marta Olsen said the offer was fair.\n",
    ),
    (
        "2031-03-04",
        "Velmora bus strike: union rejects Orbis offer\n\n"
        "The Velmora bus drivers' union rejected a new offer from Orbis Transit on"
        " Tuesday, saying the strike in Velmora would go on.\n\n"
        "Orbis Transit said the walkout had halted 80 percent of its routes.\n\n"
        "Ferry operators on the Dunmore crossing added sailings.\n",
    ),
]
FIRE = (
    "2031-03-04",
    "Fire on ferry Kestrel Bay off Dunmore, three passengers treated\n\n"
    "Fire broke out in the galley of the passenger ferry Kestrel Bay off Dunmore late on"
    " Monday, and three passengers were treated for smoke inhalation, the coastguard said"
    " on Tuesday.\n\n"
    "The ferry was sailing from Harlen with 210 people on board.\n\n"
    "The crew put out the fire within an hour, the coastguard said.\n",
)


def _apart(pile: list[tuple[str, str]]) -> bool:
    texts = dated_texts_of(pile)
    subjects, openings = rare_subjects(texts), rare_openings(texts)
    return tells_its_own(texts, subjects, openings, [3], [0, 1, 2])


def test_a_fire_on_its_own_ship_is_its_own_event() -> None:
    """The ferry is named by no report of the strike; its lead tells a fire, in words no
    report of the strike uses; it shares Dunmore, Harlen and the day alone."""
    assert _apart([*STRIKE, FIRE])
    groups = find_stories(dated_corpus_of([*STRIKE, FIRE]))
    assert sorted(g.sources for g in groups) == [(1, 2, 3), (4,)]


def test_a_story_that_tells_the_event_keeps_it() -> None:
    """Where a report of the story tells the fire, the ferry's report is the story's."""
    told = (
        STRIKE[2][0],
        STRIKE[2][1].replace(
            "Ferry operators on the Dunmore crossing added sailings.",
            "The ferry Kestrel Bay caught fire off Dunmore, and its passengers were treated"
            " for smoke.",
        ),
    )
    assert not _apart([*STRIKE[:2], told, FIRE])


def test_an_angle_that_leads_with_the_storys_place_is_no_other_event() -> None:
    """A ferry's crossing packed with stranded commuters leads with the ferry and with the
    strike's city: an angle of the strike, not an event of its own."""
    packed = (
        "2031-03-04",
        "Packed ferry Kestrel Bay carries Velmora commuters\n\n"
        "The passenger ferry Kestrel Bay carried twice its usual load from Velmora on"
        " Tuesday morning, its skipper said, with queues stretching along the quay.\n\n"
        "The ferry added two crossings in the afternoon.\n",
    )
    assert not _apart([*STRIKE, packed])


def test_a_ship_named_to_be_told_apart_is_not_the_leads_ship() -> None:
    """ "Not to be confused with the tanker Sea Wrenn" names a ship to keep it apart: the
    event befell the ferry, and only the ferry is the lead's ship (r77 F2: a feeder's fire
    had joined a look-alike bulk carrier's grounding by the name so given)."""
    (text,) = texts_of(
        [
            "Fire on ferry Sea Wren off Dunmore\n\n"
            "Fire broke out on the ferry Sea Wren off Dunmore on Monday, the coastguard"
            " said.\n\n"
            "The Sea Wren, not to be confused with the tanker Sea Wrenn aground at Harlen,"
            " was sailing to Velmora.\n"
        ]
    )
    assert text.craft == frozenset({("sea", "wren")})
