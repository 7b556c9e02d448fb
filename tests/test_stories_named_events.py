"""Reports of one event that name it otherwise: an agency's bulletin titled by the event's
name, beside the wire's report of the day's toll (r68 F8: the dam's bulletin of its latest
toll had been a story of its own, and a daily brief's new story). Every text here is
invented."""

from __future__ import annotations

from brief.ingest import make_source, parse_text
from brief.segment import segment
from brief.stories import find_stories
from brief.stories.texts import Text, story_texts


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


# Two floods of one county named one inside the other ("the Alder Flood", "the Alder Brook
# Flood"), told by one agency's bulletins in one template, each recalling the other in a
# line; a wire report in one template of a flood in another state; a briefing on both.
ALDER_BULLETIN = (
    "Alder Flood Situation Report No. 3\n\n"
    "River level: 6.2 m\nHomes flooded: 140\nPeople in shelters: 310\n\n"
    "The Alder Flood crested at 6.2 metres on Tuesday night, and water is slowly falling"
    " in Kessock and Mirren.\n\nThe river authority lifted the order to leave for zone"
    " KR-2. Zones KR-1 and KR-3 remain under orders to leave.\n\nThis report covers the"
    " Alder Flood only. Reports on the Alder Brook Flood are issued separately.\n\n"
    "The next report will be issued at 6 p.m."
)
ALDER_BROOK_BULLETIN = (
    "Alder Brook Flood Situation Report No. 2\n\n"
    "River level: 3.1 m\nHomes flooded: 12\nPeople in shelters: 40\n\n"
    "The Alder Brook Flood cut the road between Tavish and Orrin on Tuesday, and"
    " water reached 12 homes on Brook Lane.\n\nThe river authority told residents of zone"
    " TB-1 to leave. It is not connected to the Alder Flood, 30 km away.\n\n"
    '"It is a separate flood with separate crews," said duty officer Hana Lusk.\n\n'
    "The next report will be issued at 7 p.m."
)
ALDER_NEWS = (
    "Kessock families count the cost as the Alder Flood recedes\n\n"
    "Families in Kessock began pumping water from their homes on Wednesday as the Alder"
    " Flood slowly fell, a day after it crested at 6.2 metres.\n\nThe river authority said"
    " 140 homes had been flooded. About 310 people spent the night in shelters.\n\n"
    '"We lost the whole ground floor," said Ines Carro, who lives on Mill Street.'
)
ALDER_BROOK_NEWS = (
    "Tavish residents leave as the Alder Brook Flood cuts the Orrin road\n\n"
    "Residents of Tavish packed their cars on Tuesday as the Alder Brook Flood cut the"
    " road to Orrin and water reached a dozen homes on Brook Lane.\n\n"
    '"We have never seen the brook this high," said Tavish councillor Ewan Rusk.'
)


def test_two_floods_named_one_inside_the_other_are_two_stories() -> None:
    """r70 F1/F2: one agency's numbered bulletins on two fires named one inside the other
    (the Cedar Fire, the Cedar Creek Fire) share their template and field lines, and each
    recalls the other to keep the two straight: every word of one's name is a word of the
    other's. A name read whole tells them apart; each outlet's report joins its own."""
    groups = _groups([ALDER_BULLETIN, ALDER_BROOK_BULLETIN, ALDER_NEWS, ALDER_BROOK_NEWS])
    assert sorted(groups) == [(1, 3), (2, 4)], groups
    assert sorted(_groups([ALDER_BULLETIN, ALDER_BROOK_BULLETIN])) == [(1,), (2,)]


WIRE_TEMPLATE = (
    "{state} flood kills one, swamps dozens of homes\n\n"
    "{town}, {abbr}, May 3 (Plains Wire) - A flash flood in {side} {state} has killed one"
    " person and swamped dozens of homes, authorities said Sunday, as rescuers in boats"
    " searched streets under a metre of water.\n\nThe {name} Flood in {county} County had"
    " covered 40 square km by Sunday morning, the {county} County emergency office said."
    " It has damaged {homes} homes.\n\nAbout 900 people left their homes, and the"
    " highway is closed.\n\n"
    '"This is a fast, dangerous flood," emergency manager {chief} said.\n\n'
    "The river is expected to fall on Tuesday."
)


def test_two_floods_told_in_one_wire_template_are_two_stories() -> None:
    """r70 F3: a wire's report of a flood in one state and its report of a flood in
    another, told in the same words, share every word but their names and figures. Each
    names its event whole ("the Lorne Flood", "the Ashby Flood"), which the other never
    names: two stories, and the other state's official is not quoted under this one."""
    one = WIRE_TEMPLATE.format(
        state="Kansas",
        town="LORNE",
        abbr="Kan.",
        side="eastern",
        name="Lorne",
        county="Bale",
        homes=41,
        chief="Dale Ortner",
    )
    other = WIRE_TEMPLATE.format(
        state="Nebraska",
        town="ASHBY",
        abbr="Neb.",
        side="southern",
        name="Ashby",
        county="Crane",
        homes=33,
        chief="Ruth Ivers",
    )
    assert sorted(_groups([one, other])) == [(1,), (2,)]


def test_a_briefing_on_two_named_floods_joins_neither() -> None:
    """A press conference's transcript whose lead names both floods, and whose headline
    names neither, tells two events: beside one flood's story it would file the other's
    zones and orders under that story's headline. It stays a story of its own."""
    briefing = (
        "Transcript: county flood briefing, May 3\n\n"
        "This is a transcript of the county's news conference on the Alder Flood and the"
        " Alder Brook Flood, edited for length.\n\n"
        "HANA LUSK, DUTY OFFICER: Zone TB-1 was told to leave this morning, and the Orrin"
        " road is cut.\n\n"
        "MAYOR ILSE VARGA: Kessock's shelters hold 310 people, and the Alder Flood crested"
        " overnight."
    )
    groups = _groups([ALDER_BROOK_BULLETIN, ALDER_BROOK_NEWS, briefing])
    assert (3,) in groups and (1, 2) in groups, groups


def test_a_report_that_recalls_another_named_event_in_its_lead_joins_its_own() -> None:
    """A report of one flood may recall another in its lead ("while crews were already
    stretched by the Alder Flood"); its headline names its own, and it is that one's."""
    recall = (
        "Second flood, the Alder Brook Flood, forces families from Tavish\n\n"
        "A second flood forced families from Tavish on Tuesday while crews were already"
        " stretched by the Alder Flood to the north.\n\nThe Alder Brook Flood reached 12"
        " homes on Brook Lane, the river authority said. Despite the similar name, it is a"
        " separate flood, 30 km from the Alder Flood."
    )
    groups = _groups([ALDER_BULLETIN, ALDER_NEWS, ALDER_BROOK_BULLETIN, recall])
    assert (3, 4) in groups and (1, 2) in groups, groups


def test_event_names_are_read_whole() -> None:
    from brief.stories.texts import event_names_of

    assert event_names_of(
        [
            "The Alder Brook Flood's crest passed the town of Tavish late on Tuesday night,"
            " and the water is now falling, the Kerr County Flood Office said."
        ]
    ) == {("alder", "brook", "flood")}
    # a Title-Case line's capitals say nothing; a body named for a flood is no flood
    assert event_names_of(["Alder Flood Situation Report No. 3"]) == frozenset()
    assert event_names_of(["Crews of the Tri-Valley Flood Authority worked all night."]) == (
        frozenset()
    )
    assert event_names_of(["The Alder Flood Tuesday reached the first homes of the town."]) == {
        ("alder", "flood")
    }
    assert event_names_of(["Monday's Alder Flood was the worst in years."]) == {("alder", "flood")}


def test_two_unnamed_floods_placed_in_two_regions_are_two_stories() -> None:
    """The same wire template with no flood's name: each lead places its flood by a
    compass point before a region ("in eastern Kansas", "in southern Nebraska") that the
    other never names, as two countries would. A report of one region's flood that names
    the region the other leads with stays with it."""
    template = WIRE_TEMPLATE.replace("The {name} Flood in", "The flood in")
    one = template.format(
        state="Kansas",
        town="LORNE",
        abbr="Kan.",
        side="eastern",
        name="",
        county="Bale",
        homes=41,
        chief="Dale Ortner",
    )
    other = template.format(
        state="Nebraska",
        town="ASHBY",
        abbr="Neb.",
        side="southern",
        name="",
        county="Crane",
        homes=33,
        chief="Ruth Ivers",
    )
    assert sorted(_groups([one, other])) == [(1,), (2,)]
    from brief.stories.apart.countries import lead_regions
    from brief.stories.texts import Text

    texts = [
        Text("Flood in eastern Kansas", ["A flood in eastern Kansas killed one on Sunday."]),
        Text("Kansas flood", ["Rescuers in Kansas searched for a missing man on Monday."]),
        Text("Storm hits late Sunday", ["A storm hit eastern Ukraine late on Sunday."]),
    ]
    assert lead_regions(texts) == [
        (frozenset({"kansas"}), frozenset({"kansas"})),
        (frozenset(), frozenset({"kansas"})),
        (frozenset(), frozenset()),
    ]


def test_a_name_inside_a_longer_name_is_not_given_by_it() -> None:
    """ "The Deer Park Flood" gives the words of "the Park Flood" in a row, but names
    another flood: read inside the longer name of the pile, it is no mention of it."""
    park = ALDER_BULLETIN.replace("Alder Brook Flood", "Deer Park Flood").replace(
        "Alder Flood", "Park Flood"
    )
    deer_park = ALDER_BROOK_BULLETIN.replace("Alder Flood", "Park Flood").replace(
        "Alder Brook Flood", "Deer Park Flood"
    )
    assert "Deer Park Flood" in park and "the Park Flood" in deer_park
    assert sorted(_groups([park, deer_park])) == [(1,), (2,)]
    from brief.stories.apart import own_event_names
    from brief.stories.texts import Text

    texts = [
        Text(None, ["The water of the Park Flood reached the first homes of Kessock overnight."]),
        Text(
            None, ["The water of the Deer Park Flood reached the first homes of Tavish overnight."]
        ),
    ]
    assert own_event_names(texts, [0], [1])


def test_a_bulletin_that_names_its_flood_in_its_headline_alone_is_that_floods() -> None:
    """An agency's bulletin may write its event's name only in its Title-Case headline
    ("Alder Brook Flood Situation Report No. 2") and "the flood" below it: a name the
    pile writes (the other bulletin's "Reports on the Alder Brook Flood are issued
    separately") is read in that headline all the same."""
    terse = (
        ALDER_BROOK_BULLETIN.replace("The Alder Brook Flood cut", "The flood cut")
        .replace(" It is not connected to the Alder Flood, 30 km away.", "")
        .replace("It is a separate flood with separate crews", "We have crews on every road")
    )
    assert "Alder Brook Flood" in terse.split("\n", 1)[0]
    assert "Alder Brook Flood" not in terse.split("\n", 1)[1]
    from brief.stories.apart import own_event_names

    texts = [_text(ALDER_BULLETIN), _text(terse)]
    assert own_event_names(texts, [0], [1])


def _text(article: str) -> Text:
    """The stories stage's reading of one article."""
    document = parse_text(article, make_source("1.txt", 1, article.encode("utf-8")))
    return story_texts(segment([document]), [1])[1]
