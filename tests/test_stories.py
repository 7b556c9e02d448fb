"""The stories stage on small articles written for these tests."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import pytest

from brief.ingest import make_source, parse_text
from brief.models import Mention, Sentence, StoryGroup
from brief.segment import segment
from brief.stories import find_stories
from brief.stories.apart import (
    Named,
    country_words,
    harm_in_passing,
    harm_untold,
    measured_otherwise,
    named_in_passing,
    own_moments,
    own_names,
    places_only,
    rare_openings,
)
from brief.stories.linkage import MERGE_THRESHOLD
from brief.stories.similarity import tfidf_matrix, without_terms
from brief.stories.texts import Text, plain_term, story_texts
from tests.story_corpus import corpus_of, texts_of

SYLLABLES = "ka lo mi ra to se vi na du pe ro li ga te mo".split()


def made_up_name(rng: random.Random, syllables: int) -> str:
    """A name no dictionary holds: only the pile can tell what it names."""
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


CHILE_1 = """Strong quake shakes northern Chile
A magnitude 8.2 earthquake struck off the coast of northern Chile on Tuesday, April 1, 2014,
near the port of Iquique.
Six people were killed and about 2,500 homes were damaged in Iquique and Arica, Interior
Minister Rodrigo Penailillo said.
President Michelle Bachelet declared Tarapaca a disaster zone and sent soldiers to keep order.
The U.S. Geological Survey said the quake hit at a depth of 20 kilometres.
"""

CHILE_2 = """Chile counts damage after 8.2 tremor
Residents of Iquique spent Wednesday night outdoors after the 8.2 magnitude earthquake that
hit the Chilean coast on April 1.
Michelle Bachelet visited Arica and Iquique and said the government would rebuild the 2,500
damaged homes.
Rodrigo Penailillo confirmed six deaths, most of them from heart attacks and falling walls.
Nearly 300 inmates escaped from a women's prison in Iquique during the shaking, police in
Tarapaca said.
"""

JAPAN_1 = """Earthquake rattles Japan's Miyagi coast
A magnitude 7.3 earthquake struck off Miyagi prefecture in Japan on Friday, December 7,
2012, near the city of Sendai.
Three people were injured in Ishinomaki and a one-metre tsunami reached the coast, the Japan
Meteorological Agency said.
Prime Minister Yoshihiko Noda told residents of Sendai to move to higher ground.
The U.S. Geological Survey said the quake hit at a depth of 36 kilometres.
"""

JAPAN_2 = """Sendai shaken by 7.3 quake
The 7.3 tremor off Miyagi on December 7 shook buildings in Sendai and Tokyo and briefly
halted Shinkansen trains.
Yoshihiko Noda set up an emergency office as a small tsunami reached Ishinomaki.
The Japan Meteorological Agency lifted its tsunami warning two hours later.
Three injuries were reported in Miyagi, none serious.
"""

WIRE = """Parliament passes water bill
Lawmakers in Oslandia passed the national water bill on Monday by 212 votes to 97 after a
night of debate.
The bill caps what households pay for drinking water and puts the Oslandia Water Board under
the finance ministry.
Opposition leader Marta Kovenko called the vote a gift to the board's creditors.
The upper chamber is expected to approve the bill next week.
"""

WIRE_COPY = """Oslandia lawmakers back water bill
Lawmakers in Oslandia passed the national water bill on Monday by 212 votes to 97 after a
night of debate.
The bill caps what households pay for drinking water and puts the Oslandia Water Board under
the finance ministry.
Opposition leader Marta Kovenko called the vote a gift to the board's creditors.
The upper chamber is expected to approve the bill next week.
Follow our live coverage on the website.
"""

FESTIVAL = """Lantern festival opens in Brevik
Thousands of visitors crowded the harbour of Brevik on Saturday for the opening of the
lantern festival.
Organiser Ilse Marten said 400 lanterns were launched from fishing boats at dusk.
The festival runs until Sunday with concerts on the old pier.
"""


def group_of(groups: Sequence[StoryGroup], source: int) -> StoryGroup:
    return next(g for g in groups if source in g.sources)


def test_one_article_is_one_story() -> None:
    assert find_stories(corpus_of([CHILE_1])) == (StoryGroup(sources=(1,)),)


def test_copies_join_and_map_to_the_earliest_source() -> None:
    groups = find_stories(corpus_of([WIRE, FESTIVAL, WIRE_COPY, CHILE_1]))
    wire = group_of(groups, 1)
    assert wire.sources == (1, 3)
    assert wire.copies == {3: 1}
    assert wire.independent == (1,)
    assert group_of(groups, 2).sources == (2,)


def test_look_alike_earthquakes_stay_apart_and_each_event_joins() -> None:
    groups = find_stories(corpus_of([CHILE_1, JAPAN_1, CHILE_2, JAPAN_2, FESTIVAL]))
    assert [g.sources for g in groups] == [(1, 3), (2, 4), (5,)]
    assert all(not g.copies for g in groups)  # reports in their own words are independent


def test_every_source_in_exactly_one_group_in_order() -> None:
    texts = [CHILE_1, WIRE, JAPAN_1, FESTIVAL, WIRE_COPY, CHILE_2, JAPAN_2]
    groups = find_stories(corpus_of(texts))
    sources = [s for g in groups for s in g.sources]
    assert sorted(sources) == list(range(1, len(texts) + 1))
    assert [g.sources[0] for g in groups] == sorted(g.sources[0] for g in groups)
    assert all(list(g.sources) == sorted(g.sources) for g in groups)


def test_a_few_thousand_short_articles_are_grouped() -> None:
    """A smoke test of the sparse path: many events, each told by several outlets."""
    rng = random.Random(7)

    def name() -> str:
        return made_up_name(rng, 5)

    filler = (
        "officials said on the day that the situation was being watched closely and "
        "that more details would follow later in the week as reports came in"
    ).split()
    texts, events = [], []
    for event in range(400):
        person, place, thing = name(), name(), name()
        number = rng.randint(100, 9999)
        for _ in range(5):
            words = rng.sample(filler, 12)
            texts.append(
                f"{place} reports {thing}\n"
                f"In {place}, {person} said {number} people followed the {thing} affair. "
                f"Then {' '.join(words)}. Later {person} visited {place} again.\n"
            )
            events.append(event)
    groups = find_stories(corpus_of(texts))
    assert sorted(s for g in groups for s in g.sources) == list(range(1, len(texts) + 1))
    pure = sum(len({events[s - 1] for s in g.sources}) == 1 for g in groups)
    assert pure >= 0.9 * len(groups)


def test_texts_without_content_words_stay_alone() -> None:
    groups = find_stories(corpus_of(["It was the one.\n", "And so it was.\n", FESTIVAL]))
    assert [g.sources for g in groups] == [(1,), (2,), (3,)]


def test_a_wire_text_carried_by_most_of_the_pile_is_one_text() -> None:
    outlets = [WIRE.replace("Parliament passes", f"Outlet {n}:") for n in range(10)]
    groups = find_stories(corpus_of([FESTIVAL, *outlets, CHILE_1]))
    wire = group_of(groups, 2)
    assert wire.sources == tuple(range(2, 12))
    assert wire.copies == dict.fromkeys(range(3, 12), 2)


def test_a_pile_of_two_tells_same_event_from_look_alike() -> None:
    assert len(find_stories(corpus_of([CHILE_1, CHILE_2]))) == 1
    assert len(find_stories(corpus_of([CHILE_1, JAPAN_1]))) == 2


QUAKE_COMMON = [
    "The quake struck at a shallow depth, the U.S. Geological Survey said.",
    "Rescue teams searched collapsed buildings through the night.",
    "Hospitals treated dozens of injured people, officials said.",
    "A tsunami warning was issued and later lifted.",
    "Aftershocks rattled the region for hours.",
    "Power was cut to thousands of homes.",
]


def quake_reports(place: str, region: str, leader: str, when: str, shift: int) -> list[str]:
    """Five short reports of one quake, half of each in the words every quake report uses."""
    own = [
        f"A strong earthquake hit {region} near {place} on {when}.",
        f"{leader} flew to {place} to see the damage.",
        f"Residents of {place} slept outdoors after the quake.",
        f"In {region}, schools near {place} stayed closed.",
    ]
    return interleaved("Earthquake report {k}", own, QUAKE_COMMON, count=5, shift=shift, lines=4)


def interleaved(
    headline: str, own: list[str], common: list[str], *, count: int, shift: int, lines: int
) -> list[str]:
    """`count` reports under `headline` (formatted with their number k), each `lines`
    long: its own event's sentences in turn with the words any such report uses."""

    def line(k: int, i: int) -> str:
        if i % 2 == 0:
            return own[(k + i // 2) % len(own)]
        return common[(k + shift + i // 2) % len(common)]

    return [
        headline.format(k=k) + "\n" + "".join(line(k, i) + "\n" for i in range(lines))
        for k in range(count)
    ]


def test_two_groups_of_look_alike_reports_that_name_different_places_stay_apart() -> None:
    chile = quake_reports("Iquique", "northern Chile", "Michelle Bachelet", "April 1", 0)
    japan = quake_reports("Sendai", "Miyagi", "Yoshihiko Noda", "December 7", 3)
    groups = find_stories(corpus_of([*chile, *japan]))
    assert [g.sources for g in groups] == [(1, 2, 3, 4, 5), (6, 7, 8, 9, 10)]


def test_a_story_told_by_many_outlets_stays_whole() -> None:
    """More reports than any one text keeps as neighbours still make one story."""
    rng = random.Random(3)
    words = (
        "officials said on the day that the situation was being watched closely and more "
        "details would follow later in the week as reports came in from towns villages roads "
        "bridges rivers farms markets schools hospitals workers families children police"
    ).split()
    texts = []
    for k in range(150):
        picked = rng.sample(words, 24)
        texts.append(
            f"Flood report {k}\nHeavy floods hit Valdoria province, governor Anton Merik said. "
            f"{' '.join(picked[:12])}. Then {' '.join(picked[12:])}.\n"
        )
    groups = find_stories(corpus_of(texts))
    # Words every text shares weigh little in a big pile of one story (idf mostly from the pile),
    # so a straggler or two may stay apart; the story must not fall into pieces.
    assert max(len(g.sources) for g in groups) >= 145


# One desk's news of one week: every report its own event, several of them sharing a
# name or a field (a minister, an athlete, a season).
DESK = [
    """Kessel sets indoor mark in Boston
Maria Kessel broke the world indoor record over 3,000 metres at the Reggie Lewis Center
in Boston on Saturday, clocking eight minutes 29 seconds.
The 24-year-old led from the gun and finished well clear of the American champion.
Her coach Tomas Virta said the record had been the plan since October.
""",
    """Okafor wins Fayetteville sprint
Daniel Okafor won the 200 metres at the Tyson Invitational in Fayetteville on Friday
in 20.41 seconds, the fastest time in the world this winter.
Maria Kessel, who watched from the stands, called the race
the best of the meeting; she holds the world indoor record over 3,000 metres.
Okafor said he would skip the European indoor championships to rest a sore hamstring.
""",
    """Club fined over stadium safety
Harbour Athletic were fined 40,000 pounds on Tuesday after an inspection found blocked
exits at their Eastgate stadium during a league match in November.
The league said the club had been warned twice before.
The chairman promised new stewards and a review of crowd routes.
""",
    """Rowing squad named for spring regatta
Selectors named a squad of 18 rowers on Wednesday for the spring regatta on the river
Lune, with three newcomers in the eight.
Head coach Ilsa Brand said the crews would train at altitude in March.
The regatta opens the season for the national team.
""",
]


def test_reports_of_one_desk_that_share_a_name_stay_apart() -> None:
    """A shared athlete (and the words of the field) is not a shared event."""
    groups = find_stories(corpus_of(DESK))
    assert [g.sources for g in groups] == [(1,), (2,), (3,), (4,)]


LORNA = [
    """Typhoon Lorna batters Catanduanes
Typhoon Lorna smashed into Catanduanes on Thursday, killing at least 82 people and
flattening homes across the Bicol region.
Rescuers used boats to reach villages cut off by floods near Virac.
""",
    """Death toll rises in Bicol
The toll from Typhoon Lorna in the Bicol region rose to 82 on Friday as landslides
buried farms near Virac.
Governor Ruiz declared a state of calamity in Catanduanes.
""",
    """Governor Ruiz tours Catanduanes
Governor Ruiz flew over Catanduanes on Saturday to see what Lorna had left of the
abaca plantations and the coconut groves.
He said Virac needed clean water most.
""",
    """Aid reaches Virac
The first aid flights landed in Virac on Sunday, three days after Typhoon Lorna tore
through Catanduanes and the Bicol region.
Officials said 82 people had died.
""",
]

ODILE = [
    """Hurricane Odile floods Mayaguez
Hurricane Odile dumped 20 inches of rain on Mayaguez overnight, and the Rio Yaguez
burst its banks, police said on Tuesday.
Fourteen people died in western Puerto Rico.
""",
    """Puerto Rico counts the cost of Odile
Insurers in San Juan put the damage from Hurricane Odile at 300 million dollars as
Mayaguez pumped water out of its harbour.
Mayor Colon said the port would reopen next week.
""",
    """Mayor Colon asks Washington for help
Mayor Colon of Mayaguez asked federal officials for emergency funds on Wednesday, as
the Rio Yaguez slowly went down.
FEMA teams arrived in western Puerto Rico with generators.
""",
    """Power returns to Mayaguez
Electricity came back to most of Mayaguez on Thursday, a week after Hurricane Odile
cut the lines across western Puerto Rico.
The storm killed fourteen people on the island.
""",
]


def test_a_small_inbox_of_two_storms_is_two_stories() -> None:
    """In a pile of two storms the words of storms are in every text; what each storm's
    reports share (its name, its places, its people, its toll) still joins them."""
    groups = find_stories(corpus_of([*LORNA, *ODILE]))
    assert [g.sources for g in groups] == [(1, 2, 3, 4), (5, 6, 7, 8)]


ROE_GLASGOW = """Roe takes indoor 60m title in Glasgow
Tamsin Roe won the 60 metres at the indoor grand prix in Glasgow on Saturday in 7.12
seconds, a season's best.
Roe, who trains with Marcus Lee under coach Petra Lind, said she felt strong.
The Scot will now prepare for the European indoor championships in March.
"""

LEE_LIEVIN = """Lee eyes world indoor best in Lievin
Olympic champion Marcus Lee will try to lower his 60 metres best in Lievin on Sunday.
He ran 6.49 seconds in training this week, his agent said.
The French meeting is his last race before the European indoor championships.
"""

ROE_CROWD = """Glasgow crowd cheers Roe
A crowd of 5,000 in Glasgow saw Tamsin Roe win the 60 metres at Saturday's indoor
grand prix in 7.12 seconds.
Her coach Petra Lind said the win settled her place for the European championships.
"""


def test_two_reports_each_with_a_subject_the_other_never_names_stay_apart() -> None:
    """Two meets of one week share an athlete, a coach and the field's words, but each
    headline's subject (Roe in Glasgow, Lee in Lievin) is missing from the other report;
    a second report of the Glasgow meet names both and joins the first."""
    groups = find_stories(corpus_of([ROE_GLASGOW, LEE_LIEVIN, *DESK]))
    assert [g.sources for g in groups] == [(1,), (2,), (3,), (4,), (5,), (6,)]
    groups = find_stories(corpus_of([ROE_GLASGOW, ROE_CROWD, *DESK]))
    assert [g.sources for g in groups] == [(1, 2), (3,), (4,), (5,), (6,)]


def test_a_subject_spelled_without_its_accents_is_the_same_subject() -> None:
    """One outlet writes Müller, another Muller: the same athlete, one story."""
    accented = ROE_GLASGOW.replace("Roe", "Müller")
    plain = (
        "Glasgow crowd cheers Muller\n"
        "A crowd of 5,000 in Glasgow saw Tamsin Muller win the sprint on Saturday.\n"
        "She said the support had carried her.\n"
    )
    assert [g.sources for g in find_stories(corpus_of([accented, plain, *DESK]))][0] == (1, 2)


def test_a_big_inbox_with_one_campaign_season_is_not_one_blob() -> None:
    """Forty reports of one election season, among sixty reports of other desks, share
    the season's leaders and words pair by pair, each its own event: the season is a
    dense field of the pile, not one story."""
    rng = random.Random(11)

    def name() -> str:
        return made_up_name(rng, 4)

    season = (
        "campaign polls tax schools hospitals voters manifesto opposition party leader "
        "minister spending debate pledge rally"
    ).split()
    topics = (
        "pensions housing transport immigration farming prisons railways broadband police "
        "defence tuition childcare fishing tourism energy water museums libraries roads "
        "buses nurses doctors teachers science sport"
    ).split()
    texts = []
    for k in range(40):
        leader, rival = ("Wardle", "Hollin") if k % 2 else ("Hollin", "Wardle")
        topic, other = rng.sample(topics, 2)
        words = ", the ".join(rng.sample(season, 5))
        texts.append(
            f"{leader} sets out {topic} plan\n{leader} set out a plan on {topic} and "
            f"{other} on a visit to {name()}, promising {rng.randint(100, 9999)} new posts. "
            f"It came as {rival} spoke of the {words} ahead of the general election.\n"
        )
    for _ in range(60):
        person, place, firm = name(), name(), name()
        texts.append(
            f"{firm} opens in {place}\n{person} opened the {firm} works in {place} on "
            f"Monday with {rng.randint(100, 9999)} staff. {person} thanked {place} council.\n"
        )
    groups = find_stories(corpus_of(texts))
    assert max(len(g.sources) for g in groups) <= 2


def test_a_big_inbox_keeps_a_tour_of_reports_apart_and_one_event_whole() -> None:
    """A tennis tour's reports, each of its own player and city, share the tour's stars
    and words and meet at a group mean; only the event told by several outlets keeps one
    subject that most of its reports name."""
    rng = random.Random(5)

    def name() -> str:
        return made_up_name(rng, 4)

    texts = []
    for _ in range(12):
        player, rival, city = name(), name(), name()
        texts.append(
            f"{player} into {city} final\n{player} beat {rival} in straight sets to reach "
            f"the final of the {city} Open on Saturday. The tour moves on next week, where "
            "Kestrel and Fenwick are seeded first and second, and Kestrel's coach Marlowe "
            f"said the serve was the key. {rival} said the tiebreak, the crowd and the clay "
            "court made the match a hard one for the tour's seeds.\n"
        )
    for outlet in range(5):
        texts.append(
            f"Quiller wins Tavistra Open\nQuiller won the Tavistra Open on Sunday in three "
            f"sets, report {outlet}. Quiller said Tavistra had been a hard week, and beat "
            "Kestrel in the final. Fenwick lost in the semi-final to Kestrel, whose coach "
            "Marlowe said the serve and the clay court made the tiebreak a hard one.\n"
        )
    for _ in range(150):
        person, place, firm = name(), name(), name()
        texts.append(
            f"{firm} opens in {place}\n{person} opened the {firm} works in {place} on "
            f"Monday with {rng.randint(100, 9999)} staff. {person} thanked {place} council.\n"
        )
    groups = find_stories(corpus_of(texts))
    assert max(len({s for s in g.sources if s <= 12}) for g in groups) <= 2
    assert any(set(range(13, 18)) <= set(g.sources) for g in groups)


def test_a_third_report_of_one_desk_does_not_chain_onto_a_pair() -> None:
    """Two reports of one desk may meet on a shared policy; a third that shares only the
    desk's parties and leaders with one of them is not near the other, and stays alone."""
    rng = random.Random(3)

    def name() -> str:
        return made_up_name(rng, 4)

    texts = [
        "Liberals unveil homes plan\nThe Liberals would build 100,000 council homes for "
        "first-time buyers, leader Orwin Tazzle said on Monday. Tazzle said Labour had "
        "failed first-time buyers, and the Liberals would cut stamp duty for them.\n",
        "Budget aid for first-time buyers\nChancellor Pemberly Gask raised the stamp duty "
        "threshold for first-time buyers in his Budget on Wednesday. The Liberals' Orwin "
        "Tazzle said first-time buyers needed council homes, and the Tories said Labour had "
        "taxed them for years.\n",
        "Labour launches election slogan\nLabour launched its election slogan, Forward not "
        "back, at a rally in Corby on Friday. Chancellor Pemberly Gask said the slogan was "
        "about jobs and his Budget, and the Tories said Labour had broken its pledges.\n",
    ]
    for _ in range(22):
        person, place, firm = name(), name(), name()
        texts.append(
            f"{firm} opens in {place}\n{person} opened the {firm} works in {place} on "
            f"Monday with {rng.randint(100, 9999)} staff. {person} thanked {place} council.\n"
        )
    groups = find_stories(corpus_of(texts))
    assert len(group_of(groups, 3).sources) == 1


def firm_openings(rng: random.Random, count: int = 150) -> list[str]:
    """A big inbox's background: openings of made-up firms, each its own event."""
    texts = []
    for _ in range(count):
        person, place, firm = (made_up_name(rng, 4) for _ in range(3))
        texts.append(
            f"{firm} opens in {place}\n{person} opened the {firm} works in {place} on "
            f"Monday with {rng.randint(100, 9999)} staff. {person} thanked {place} council.\n"
        )
    return texts


def test_in_a_big_inbox_two_reports_alike_by_their_desk_stay_apart() -> None:
    """Two reports of one campaign are alike by the leaders and words that the desk's
    other reports use too; two reports of one fire share what nobody else in the pile
    names (the street, the owner, the toll)."""
    rng = random.Random(13)

    def name() -> str:
        return made_up_name(rng, 4)

    texts = [
        "Wardle sets out tuition pledge\nWardle set out a pledge on tuition at a rally on "
        "Monday, and said Hollin had no plan for the campaign, the polls or the voters.\n",
        "Hollin unveils pensions manifesto\nHollin unveiled a pensions manifesto to voters "
        "in a campaign speech, saying the election polls showed Wardle's rally had failed.\n",
        "Fire guts Brannock Lane bakery\nA fire gutted the Oskerby bakery in Brannock Lane "
        "on Sunday, killing 3 workers, fire chief Dellacourt said.\n",
        "Three die in Brannock Lane blaze\nThree workers died when fire swept through the "
        "Oskerby bakery in Brannock Lane, Dellacourt told reporters on Sunday.\n",
    ]
    stock = "rally campaign polls manifesto voters election plan pledge".split()
    for number in range(32):  # the desk's other news: a leader and one word of the season
        leader, word = ["Wardle", "Hollin"][number % 2], stock[number % len(stock)]
        guests = " and ".join(name() for _ in range(12))
        texts.append(
            f"{leader} in {name()}\n{leader} met {guests} on the {word} tour, and spoke of "
            f"{rng.randint(100, 999)} {rng.choice(['homes', 'jobs', 'beds', 'buses'])}.\n"
        )
    texts += firm_openings(rng)
    groups = find_stories(corpus_of(texts))
    assert group_of(groups, 1).sources == (1,)
    assert group_of(groups, 3).sources == (3, 4)


def wire_template(country: str, town: str, leader: str, dead: int, day: str) -> str:
    return (
        f"Earthquake kills {dead} in {country}\n"
        f"A strong earthquake struck southern {country} on {day}, killing at least {dead} "
        "people and destroying hundreds of homes, officials said.\n"
        f"Rescue teams searched the rubble in the town of {town} through the night.\n"
        f"President {leader} declared a state of emergency in the region.\n"
        '"We are doing everything we can," the interior minister said.\n'
    )


def test_two_quakes_told_in_one_wire_template_are_two_stories() -> None:
    """Every word alike but the country each report places its quake in (s9 review D10);
    a country after "of" says whose, not where ("Contador of Spain")."""
    chile = wire_template("Chile", "Temuco", "Michelle Bachelet", 40, "Tuesday")
    iran = wire_template("Iran", "Bam", "Mohammad Khatami", 120, "Friday")
    assert len(find_stories(corpus_of([chile, iran]))) == 2
    riders = [
        "Tour stage won\nAlberto Contador of Spain won the mountain stage on Sunday.\n"
        "The Tour de France leader kept the yellow jersey ahead of the final time trial.\n",
        "Tour leader tested\nAlexander Vinokourov of Kazakhstan failed a test on the Tour de "
        "France after the mountain stage.\nThe yellow jersey leader was not involved.\n",
    ]
    assert len(find_stories(corpus_of(riders))) == 1


def seizure(ship: str, flag: str, day: str, cargo: str, crew: int, third: str) -> str:
    return (
        f"Houthis seize {ship} in Red Sea\n"
        f"Houthi forces seized the {flag}-flagged ship {ship} in the Red Sea on {day}, the UK "
        "Maritime Trade Operations agency said.\n"
        f"Armed men boarded the ship from a helicopter off the port of Hodeidah.\n"
        f"The ship, carrying {cargo} to Egypt, has {crew} crew members on board.\n"
        f"{third}\n"
        "Houthi spokesman Abdulmalik al-Harazi said the owner had links to Israel.\n"
    )


def test_one_kind_of_event_on_two_days_each_with_its_own_subject_is_two_stories() -> None:
    """A reviewer's two Houthi seizures, told by one agency's template, had been one story
    (and a new seizure the next day marked developing); a development of the first on
    another day still names its ship, and stays."""
    kestrel = [
        seizure("Kestrel Bay", "Panama", "Saturday", "40,000 tonnes of wheat", 17, note)
        for note in ("The operator said the crew was safe.", "Egypt protested.")
    ]
    orion = seizure("Orion Star", "Maltese", "Monday", "80,000 tonnes of diesel", 22, "")
    groups = find_stories(corpus_of([*kestrel, orion]))
    assert [g.sources for g in groups] == [(1, 2), (3,)]
    released = (
        "Houthis free Kestrel Bay crew\nHouthi forces released the 17 crew members of the "
        "Kestrel Bay on Monday, the UK Maritime Trade Operations agency said.\n"
        "The Panama-flagged ship was seized off Hodeidah on Saturday by armed men from a "
        "helicopter.\nHouthi spokesman Abdulmalik al-Harazi said the owner had links to Israel.\n"
    )
    assert len(find_stories(corpus_of([*kestrel, released]))) == 1


def test_two_outbreaks_each_opening_on_its_country_are_two_stories() -> None:
    """Two reports of Bangladesh's dengue and one of Sri Lanka's had been one story: each
    opens on its country ("Sri Lanka has recorded ..."), a sentence's first words, which
    the country test had left out, and a country of two words."""
    bangladesh = [
        "Dengue deaths rise to 21\nBangladesh has recorded 1,688 dengue cases and 21 deaths"
        " this year, the health directorate said on Tuesday.\nHospitals in Dhaka opened"
        " extra wards as the Aedes mosquito bred in construction sites.\n",
        "Dengue cases climb in Dhaka\nBangladesh has recorded 1,204 dengue cases and 14"
        " deaths since January, health officials said on Sunday.\nThe Aedes mosquito is"
        " breeding in construction sites, the officials said.\n",
    ]
    sri_lanka = (
        "Dengue cases near 9,800\nSri Lanka has recorded 9,790 dengue cases and six deaths"
        " this year, the health ministry said on Tuesday.\nSchools were told to clear the"
        " breeding sites of the Aedes mosquito.\n"
    )
    groups = find_stories(corpus_of([*bangladesh, sri_lanka]))
    assert [g.sources for g in groups] == [(1, 2), (3,)]


def test_a_bodys_country_and_a_possessive_country_place_a_report() -> None:
    """ "The Reserve Bank of India's committee" places its report in India, as "Bank of
    Canada" does in Canada: a body's country after "of" is where (a person's is whose:
    "Contador of Spain"), and a possessive country is still the country."""
    from brief.stories.apart.countries import named_countries
    from brief.stories.texts import tokens as _tokens

    opening = "The Reserve Bank of India's committee kept its rate; the Bank of Canada cut."
    assert named_countries(_tokens(opening)) == {"India", "Canada"}
    from brief.stories.texts import story_texts

    text = story_texts(corpus_of([f"Rates\n{opening}\n", "Tour\nContador of Spain won.\n"]), [1, 2])
    assert not text[1].belonging and text[2].belonging == {"spain"}


def test_a_capital_places_a_report_as_its_country_does() -> None:
    """ "the Swedish embassy in Baghdad" and "the Swedish embassy in Beirut" are two
    countries' events: a seat of government names its country."""
    from brief.stories.apart.countries import named_countries
    from brief.stories.texts import tokens as _tokens

    assert named_countries(_tokens("Protesters stormed the embassy in Baghdad.")) == {"Iraq"}


def test_a_country_in_a_lead_is_written_as_a_name() -> None:
    """ "U.S." is the United States as "US" is, and "told us" or "a car bomb" names no
    country (CAR is one in capitals). r35: an AP report leading with "US warplanes" and a
    Reuters one with "U.S. strikes" of one Red Sea attack were two stories, as if each
    placed its event in a country the other never named."""
    from brief.stories.apart import lead_places

    texts = story_texts(
        corpus_of(
            [
                "US jets strike Yemen\nUS jets struck Yemen on Tuesday, officials said.\n",
                "Tanker towed as U.S. strikes Yemen\nA tanker was towed on Tuesday as U.S."
                " forces struck Yemen.\n",
                "Car bomb kills 9\nA car bomb killed 9 in Kabul, police told us on Monday.\n",
            ]
        ),
        [1, 2, 3],
    )
    placed = [lead for lead, _ in lead_places([texts[1], texts[2], texts[3]])]
    assert placed == [{"United States", "Yemen"}, {"United States", "Yemen"}, {"Afghanistan"}]


def test_a_countrys_airspace_or_waters_place_a_report_in_it() -> None:
    """ "violates Japanese airspace" places the report in Japan, where "Russian jets" only
    say whose: a reviewer's Japanese incursion had joined Estonia's (and a Swedish budget
    with it), as the Kyodo report named no country by name."""
    from brief.stories.apart.countries import _grounds
    from brief.stories.texts import tokens as _tokens

    assert _grounds(_tokens("A Russian plane violated Japanese airspace.")) == {"Japan"}
    assert not _grounds(_tokens("Russian jets crossed the border."))
    estonia = [
        f"Estonia says Russian jets violated its airspace\nEstonia said two Russian {jets}"
        " violated its airspace over the Gulf of Finland on Tuesday, the military said.\n"
        "NATO fighters were scrambled to intercept them, it added.\n"
        for jets in ("MiG-31 jets", "MiG-31 interceptors")
    ]
    japan = (
        "Russian patrol plane violates Japanese airspace off Hokkaido\nA Russian Il-38 patrol"
        " aircraft violated Japanese airspace off Hokkaido on Tuesday, prompting the Air"
        " Self-Defense Force to scramble fighter jets, the Defense Ministry said.\n"
        "The aircraft entered the airspace twice, the ministry said.\n"
    )
    assert [g.sources for g in find_stories(corpus_of([*estonia, japan]))] == [(1, 2), (3,)]


def test_a_pages_banner_and_links_make_no_story() -> None:
    """Four pages of one outlet, each opening on its cookie banner and ending on its
    "Trending now" links, had been one story titled "We value your privacy" (a held-out
    pile): the stories stage reads what an article says, not its page's furniture."""
    banner = (
        "We value your privacy. We and our 842 partners store and access information on your"
        " device, such as cookies, and process personal data for personalised ads and content."
    )
    links = "Trending now\nIs your power bank about to catch fire? Check this list\n"
    texts = [
        f"{banner}\n{title}\n{body}\n{links}"
        for title, body in (
            ("SkyNord stops flying", "The airline SkyNord went bust on Monday in Oslo."),
            ("Jellyfish cover beaches", "Barrel jellyfish stranded at Perranporth in Cornwall."),
            ("Lorenzini quits Indian Wells", "Giulia Lorenzini withdrew with a wrist injury."),
            ("Kyrgyz leader held", "Police in Bishkek detained the opposition leader."),
        )
    ]
    assert len(find_stories(corpus_of(texts))) == 4


def agency_reports(witness: str, town: str, rescuer: str, shift: int) -> list[str]:
    """Five reports of the Iquique quake by one agency, quoting its own people below the lead."""
    reports = quake_reports("Iquique", "northern Chile", "Michelle Bachelet", "April 1", shift)
    return [
        report
        + f"{witness}, a seismologist at the {town} observatory, said aftershocks would go on.\n"
        f"{witness} told reporters in {town} that the coast had risen by half a metre.\n"
        f"Rescue chief {rescuer} said teams from {town} had reached the port.\n"
        for report in reports
    ]


def test_one_quake_told_by_two_agencies_quoting_their_own_people_is_one_story() -> None:
    """Names below the leads (each agency's witnesses) do not make two events."""
    first = agency_reports("Anna Veltrani", "Valparaiso", "Tomas Orrego", 0)
    second = agency_reports("Jonas Hakelberg", "Antofagasta", "Luisa Fermin", 3)
    assert [g.sources for g in find_stories(corpus_of(first + second))] == [tuple(range(1, 11))]


MOUNTAIN = [
    "Rescue helicopters from the valley flew to the glacier below the summit ridge.",
    "Guides said the ice on the upper slopes had been unstable for weeks.",
    "The national park asked climbers to check the avalanche forecast before setting out.",
    "Mountain rescue teams recovered the body after a search of several hours.",
]


def fall_reports(climber: str, home: str, day: str, partner: str, shift: int) -> list[str]:
    """Three reports of one climber's fall, each half in the words of any such report."""
    own = [
        f"{climber}, a climber from {home}, died after a fall on Mount Ossery on {day}.",
        f"{partner}, who was roped to {climber}, survived with a broken leg.",
        f"Police in {home} said {climber} had climbed in the range for ten years.",
        f"{partner} told police that {climber} slipped on the ice near the ridge on {day}.",
    ]
    return interleaved("Climber dies on Mount Ossery", own, MOUNTAIN, count=3, shift=shift, lines=5)


def test_two_falls_on_one_mountain_told_by_a_few_reports_each_are_two_stories() -> None:
    """Two tight groups alike by their field's words only are two events."""
    first = fall_reports("Karel Vunder", "Brisbane", "Monday", "Ilona Sterk", 0)
    second = fall_reports("Dana Mirecki", "Perth", "Saturday", "Oskar Brenn", 2)[:2]
    groups = find_stories(corpus_of(first + second))
    assert [g.sources for g in groups] == [(1, 2, 3), (4, 5)]


def test_a_later_event_that_recalls_an_earlier_one_is_another_story() -> None:
    """Every report of the second arrest recalls the first, so the first has no name of
    its own in the text; its leads still name it, and the second leads with its own man."""
    first = Named(Counter(jackson=5, vincent=5, chargers=5), Counter(jackson=5, vincent=4), 5)
    second = Named(
        Counter(jamal=5, williams=5, jackson=4, vincent=4, chargers=5),
        Counter(jamal=5, williams=5),
        5,
    )
    assert own_names(first, second)
    assert own_names(second, first)
    # a development of one event that brings one new word (the torch of the same games)
    games = Named(Counter(beijing=4, games=4), Counter(beijing=4, games=3), 4)
    torch = Named(Counter(torch=6, beijing=3, games=2), Counter(torch=5), 6)
    assert not own_names(games, torch)


def test_a_later_look_alike_dated_in_a_year_the_earlier_never_gives_is_another_story() -> None:
    """A new lead actor named four years after the last: every later report recalls the
    earlier actor, even in its leads, so only the later group has names of its own; its
    reports are dated in a year the earlier ones never mention."""
    earlier = Named(
        Counter(vondrak=5, aldo=5, starship=5),
        Counter(vondrak=5, aldo=4),
        5,
        Counter({2009: 1}),
        Counter({2009: 2, 2010: 1}),
    )
    later = Named(
        Counter(pelletier=5, rosa=5, vondrak=5, aldo=4, starship=5),
        Counter(pelletier=5, rosa=5, vondrak=2, aldo=2),
        5,
        Counter({2013: 4}),
        Counter({2013: 5, 2009: 1}),
    )
    assert own_names(earlier, later)
    assert own_names(later, earlier)
    undated = [Named(*group[:3]) for group in (earlier, later)]
    assert not own_names(*undated)  # the names alone do not tell


def test_a_story_told_over_new_year_is_not_parted_by_its_years() -> None:
    """A wave of 26 December counted in January: the later reports are dated a year
    on, and their new place is no second event."""
    december = Named(
        Counter(sumalo=5, andaru=5), Counter(sumalo=5), 5, Counter({2004: 5}), Counter({2004: 5})
    )
    january = Named(
        Counter(sumalo=5, andaru=4, kerivan=5),
        Counter(sumalo=3, kerivan=1),
        5,
        Counter({2005: 4}),
        Counter({2005: 5, 2004: 1}),
    )
    assert not own_names(december, january)
    assert not own_names(january, december)


def test_a_text_is_dated_by_its_dateline_and_lead_not_by_a_recap() -> None:
    text = Text(
        "Banks brace for losses",
        [
            "Lenders in Vantoria set aside more money on Monday.",
            "Regulators met on Tuesday.",
            "The losses are the largest since the 2008 crash.",
        ],
        dateline="September 19, 2013",
    )
    assert text.dated == {2013}
    assert text.years == {2013, 2008}
    assert Text(None, ["Planned for December 15, 2013, the vote."]).dated == {2013}
    assert Text(None, ["It cost 1,2013 and 20130 and 3.2013 units."]).years == set()
    assert Text(None, ["Rates rose."], date="2016-02-14").dated == {2016}


def test_the_heading_over_a_first_sentence_is_its_dateline() -> None:
    corpus = corpus_of(
        [
            "Parliament vote set for December\n\n26 September 2013\n\n"
            "Voters in Kardonia will elect a new parliament, the commission said.\n"
            "Two parties will take part.\n",
            "Rates rise again\n\nThe central bank raised rates on Monday.\n",
        ]
    )
    texts = story_texts(corpus, [1, 2])
    assert texts[1].dated == {2013}
    assert texts[2].dated == set()


def test_in_a_big_inbox_two_reports_whose_openings_share_no_rare_word_stay_apart() -> None:
    """Two reports of one event say in their headlines and first sentences who, where or
    what it is (Brannock Lane, Oskerby); two of a desk's other news alike by common words
    further down ("spoke at length on Monday") do not start a story."""
    rng = random.Random(21)
    texts = [
        "Tax pledge for first-time buyers\nFirst-time buyers would pay no stamp duty, the "
        "housing spokesman said at a rally.\nHe spoke at length on Monday.\n",
        "Row over school meals budget\nParents and teachers criticised plans to cut the "
        "school meals budget in a letter.\nShe spoke on Monday at length.\n",
        "Fire guts Brannock Lane bakery\nA fire gutted the Oskerby bakery in Brannock Lane "
        "on Sunday, killing 3 workers.\nFire chief Dellacourt said the blaze began in an oven.\n",
        "Three die in Brannock Lane blaze\nThree workers died when fire swept through the "
        "Oskerby bakery in Brannock Lane.\nDellacourt told reporters the oven was old.\n",
    ]
    texts += firm_openings(rng)
    groups = find_stories(corpus_of(texts))
    assert group_of(groups, 1).sources == (1,)
    assert group_of(groups, 3).sources == (3, 4)


def test_two_reports_giving_one_place_and_one_count_are_one_story() -> None:
    """Armenpress's "Shirak earthquake death toll rises to 17" and CivilNet's "Gyumri
    residents sleep in tents ...; toll at 17" (other words, alike at 0.19) had been two
    stories, the second marked new (a reviewer's)."""
    armenpress = (
        "Shirak earthquake death toll rises to 17\\nThe death toll from Monday's magnitude 5.9"
        " earthquake in Shirak province has risen to 17, with 212 people injured, the"
        " Ministry of Emergency Situations said on Tuesday.\\nRescuers recovered eight more"
        " bodies from collapsed buildings in Akhurik overnight, the minister said.\\n"
    )
    civilnet = (
        "Gyumri residents sleep in tents as aftershocks continue; toll at 17\\nHundreds of"
        " families in and around Gyumri spent a second night in tents on Tuesday as"
        " aftershocks continued to shake Shirak province.\\nThe mayor said engineers had"
        " inspected 1,100 buildings in the city and declared 86 of them unsafe.\\n"
    )
    groups = find_stories(corpus_of([armenpress, civilnet]))
    assert [g.sources for g in groups] == [(1, 2)]


def test_two_quakes_whose_reports_recall_each_other_part_by_their_magnitudes() -> None:
    """The Van and Khoy quakes of one week (a blind pile): the Khoy reports recall Van's,
    so neither group has a name of its own; each group's leads give its magnitude, which
    the other's never do. A rate rise of 2.75% and one of 3.85% part the same way."""
    texts = [
        "Magnitude 6.1 quake hits Van province\nA magnitude 6.1 earthquake struck Van province"
        " in eastern Turkey on Monday, killing at least nine people in Ercis, officials said."
        " Buildings collapsed in the town centre and rescuers worked through the night.\n",
        "Girl pulled alive in Ercis as 6.1 quake toll rises\nRescuers in Ercis pulled a girl"
        " alive from the rubble on Tuesday, a day after the magnitude 6.1 earthquake in Van,"
        " as the number of dead rose to 23. Her mother waited outside the hospital.\n",
        "Magnitude 5.8 quake strikes near Khoy\nAn earthquake of magnitude 5.8 struck near"
        " Khoy in northwestern Iran on Thursday, killing four people, state media said, days"
        " after the Van earthquake in Ercis. Villagers slept outdoors in the cold.\n",
        "Khoy counts its dead after 5.8 tremor\nResidents of Khoy spent the night in parks"
        " after Thursday's magnitude 5.8 earthquake killed 11 people, three days after a"
        " deadly quake in Van and Ercis. Aid trucks reached the Qotur valley.\n",
    ]
    groups = find_stories(corpus_of(texts))
    assert [g.sources for g in groups] == [(1, 2), (3, 4)]


def test_one_rate_cut_told_by_its_size_and_by_its_level_is_one_story() -> None:
    """Two reports give the Fed's cut (by 0.25 point), two its new range (to 4.25%-4.5%):
    a change and a level are no measures of one kind, so they part nothing (review)."""
    texts = [
        "Fed cuts rates by 0.25 point\nThe Federal Reserve cut its benchmark rate by 0.25"
        " point on Wednesday, its third cut this year, Chair Jerome Powell said.\n",
        "Powell's Fed trims rates again\nThe Federal Reserve lowered borrowing costs by 0.25"
        " point on Wednesday as Jerome Powell pointed to a cooling labour market.\n",
        "Fed lowers range to 4.25%-4.5%\nThe Federal Reserve lowered its rate to 4.25% to"
        " 4.5% on Wednesday, Jerome Powell said after the meeting.\n",
        "Fed sets rate at 4.25% floor\nThe Federal Reserve set its policy rate at 4.25% at"
        " the bottom of its range on Wednesday, Jerome Powell told reporters.\n",
    ]
    assert [g.sources for g in find_stories(corpus_of(texts))] == [(1, 2, 3, 4)]


def test_a_price_rise_beside_a_rate_decision_is_measured_otherwise() -> None:
    """A fuel price's lead gives the price per litre, a rate decision's leads the new
    rate: two events of one economy's day, however many of its words they share. A
    report giving the price per litre beside reports giving one too is no such pair."""
    price = Text(
        "Diesel climbs to K2,340 a litre at the pumps",
        ["The state refiner raised diesel to K2,340 per litre on Friday."],
    )
    rate = Text(
        "Bank lifts policy rate to 14.5%",
        ["The central bank raised its policy rate by half a point to 14.5 percent."],
    )
    assert price.measures == {"per-litre 2340"}
    assert rate.measures == {"level 14.5"}
    rates = Counter({"level 14.5": 2})
    assert measured_otherwise(Counter(price.measures), 1, rates, 2)
    assert measured_otherwise(rates, 2, Counter(price.measures), 1)
    prices = Counter({"per-litre 2310": 2})
    assert not measured_otherwise(Counter(price.measures), 1, prices, 2)
    assert not measured_otherwise(Counter(), 1, rates, 2)  # no measure of its own
    assert Text("Inflation at 9%", ["Prices rose 9 per cent in May."]).measures == set()


def test_a_report_that_recalls_another_event_in_one_line_is_not_of_it() -> None:
    """r41: a Kazakh pipeline fire's closing line recalled a Georgian pipeline's sabotage,
    and the fire had joined that story; a report of the same event names its people and
    places in its lead and again and again."""
    georgian = [
        Text(
            "Blast halts gas flows through South Caucasus Pipeline in Georgia",
            [
                "An explosion hit the South Caucasus Pipeline near Gardabani in Georgia.",
                "Interior Minister Levan Beridze said the blast was sabotage.",
            ],
        ),
        Text(
            "Georgia detains four over Gardabani pipeline blast",
            ["Police in Georgia detained four people over the Gardabani blast, Beridze said."],
        ),
    ]
    fire = Text(
        "Fire halts flows on western Kazakhstan oil pipeline",
        [
            "A fire broke out on the Kenkiyak-Atyrau oil pipeline in western Kazakhstan.",
            "KazTransOil said a faulty valve had caused it.",
            "Repairs would take two days, the company said.",
            "The incident came days after the blast in Georgia, which officials called sabotage.",
        ],
    )
    follow_up = Text(
        "Funeral held for Gardabani blast victim",
        [
            "Hundreds attended the funeral of a worker killed in the Gardabani blast.",
            "Levan Beridze promised that those responsible would be punished.",
        ],
    )
    texts = [*georgian, fire, follow_up]
    assert named_in_passing(texts, [0, 1], [2])
    assert not named_in_passing(texts, [0, 1], [3])


_NEWSLETTER = (
    "FMM Evening: NBK surprises, som slumps, antimony at record\n\n"
    "Kazakhstan's National Bank raised its base rate by 100bp to 17.5%. Governor Yerlan"
    " Abenov's message was hawkish.\n\n"
    "The Kyrgyz som lost as much as 11% before recovering; the NBKR sold $125m.\n\n"
    "Kenya's central bank raised its rate by 50bp to 10.75%, the first hike since 2024.\n\n"
    "Antimony: Rotterdam prices jumped 18% to a record as the Kadamjay plant shut.\n\n"
    '"Frontier risk is not only about the Fed," said our strategist Olivia Brandt.\n'
)


def test_a_roundups_items_of_other_events_are_not_its_storys() -> None:
    """A newsletter of four events joined the Kazakh rate decision's reports, and its
    Kenyan rate and antimony price were that story's bullets (r42)."""
    from brief.stories.roundups import roundup_items

    report = (
        "Kazakhstan raises base rate to 17.5%\n\n"
        "The National Bank of Kazakhstan raised its base rate to 17.5% on Wednesday, a"
        " bigger rise than analysts in Almaty had expected. Governor Yerlan Abenov said the"
        " National Bank stood ready to act again, and the tenge firmed in Almaty.\n\n"
        "The National Bank of Kazakhstan said inflation in Kazakhstan had reached 12.4%.\n"
    )
    corpus = corpus_of([report, report.replace("raised", "lifted"), _NEWSLETTER])
    items = roundup_items([s for s in corpus.sentences if s.source == 3])
    assert items is not None and len(items) == 4  # the quotation is no item
    [story] = [g for g in find_stories(corpus) if 3 in g.sources]
    left_out = {
        s.text[:12] for s in corpus.sentences if Mention(s.source, s.index) in story.elsewhere
    }
    assert left_out == {"The Kyrgyz s", "Kenya's cent", "Antimony: Ro"}
    # a report of one event names its cast again: no roundup
    assert roundup_items([s for s in corpus.sentences if s.source == 1]) is None


def test_a_numbered_roundup_is_a_story_of_its_own() -> None:
    """Read whole, a newsletter of numbered items had drawn a Kenyan report of that day's
    rate rise into the Kazakh rate decision's story (r42); read by its first item, it
    joined that story, and a later item naming what the story names became its bullet.
    Its items may share a name (the day's events do); numbered points of one event, its
    place in each, are a report."""
    from brief.ingest.layout import numbered_items
    from brief.stories.roundups import roundup_items

    def numbered(paragraphs: Sequence[str]) -> str:
        return "\n\n".join(f"{k}) {p}" for k, p in enumerate(paragraphs, 1))

    digest = "Morning digest\n\n" + numbered(
        [
            "Kazakhstan's National Bank raised its base rate by 100bp to 17.5%.",
            # shares "Kazakhstan" with the first item: two events of one country's day
            "The Kyrgyz som lost 11% as traders in Bishkek followed Kazakhstan's move.",
            "Kenya's central bank raised its rate by 50bp to 10.75%.",
            "Antimony: Rotterdam prices jumped 18% to a record as the Kadamjay plant shut.",
            "Brazil's Petrobras cut diesel prices at its Santos refinery.",
        ]
    )
    assert numbered_items(digest.split("\n")) == 5
    assert numbered_items(["3. Next, the minister said ...", "Then 1) came."]) == 0
    report = (
        "Kazakhstan raises base rate to 17.5%\n\n"
        "The National Bank of Kazakhstan raised its base rate to 17.5% on Wednesday, a"
        " bigger rise than analysts in Almaty had expected. Governor Yerlan Abenov said the"
        " National Bank stood ready to act again, and the tenge firmed in Almaty.\n\n"
        "The National Bank of Kazakhstan said inflation in Kazakhstan had reached 12.4%.\n"
    )
    kenya = (
        "Kenya's central bank lifts rate to 10.75%\n\n"
        "The Central Bank of Kenya raised its rate by 50bp to 10.75% on Wednesday, its first"
        " rise since 2024, Governor Amos Kiprono said in Nairobi.\n\n"
        "Kiprono said the Kenyan shilling had lost 6% since June.\n"
    )
    corpus = corpus_of([report, report.replace("raised", "lifted"), digest, kenya])
    assert corpus.documents[2].items == 5
    assert roundup_items([s for s in corpus.sentences if s.source == 3], numbered=True)
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3,), (4,)]
    # five points of one strike, its city in each: a report, not a roundup
    points = "What we know\n\n" + numbered(
        [
            "Missiles hit a block of flats in Darnovo before dawn.",
            "Rescuers in Darnovo pulled two people from the rubble.",
            "The mayor of Darnovo declared a day of mourning.",
            "Schools in Darnovo will stay shut on Thursday.",
            "Power was restored to most of Darnovo by noon, Kelvo Energy said.",
        ]
    )
    corpus = corpus_of([points])
    assert corpus.documents[0].items == 5
    assert roundup_items(list(corpus.sentences), numbered=True) is None
    # an analyst's numbered points under headings, a name in a few only: one event's note
    note = "Two texts, one result\n\n" + numbered(
        [
            "The count. Nine votes carried the draft of Ostrava, with two abstentions.",
            "The substance. Checks on ships at sea were never the main tool for Velmora.",
            "The reporting clause. Briefings give the mission in Velmora a platform.",
            "What to watch. The panel of experts in Dorvan comes up for renewal soon.",
        ]
    )
    corpus = corpus_of([note])
    assert corpus.documents[0].items == 4
    assert roundup_items(list(corpus.sentences), numbered=True) is None


def test_a_summary_in_numbered_points_that_calls_its_parties_by_defined_terms_is_a_report() -> None:
    """A regulator's or a court's summary of one decision numbers its paragraphs, and after
    its first it calls its parties by the terms it defined for them ("Dalvik Sement AS
    (party 1)", "Marisol Tankers Ltd (the “Owners”)"), not by their names: the terms run
    through its points as a name would, and it is one decision's report, not a numbered
    roundup of several events, which is a story of its own (pile32: a court's media summary
    of a verdict stood apart from the verdict's reports)."""
    from brief.stories.roundups import roundup_items

    summary = (
        "Decision summary: cement cartel, case KT 12/2030\n\n"
        "SUMMARY OF DECISION ISSUED ON 4 MARCH 2031\n\n"
        "1. The parties were Dalvik Sement AS (party 1), a cement maker based in Bergen;"
        " Nordkalk Betong AS (party 2); and Mr Eirik Solvang Haugen (party 3), former sales"
        " director of Nordkalk.\n\n"
        "2. Between May 2026 and June 2029 party 1 and party 2 agreed the prices they would"
        " quote to builders across Hordaland and Rogaland.\n\n"
        "3. The authority found that party 3 arranged the meetings at a hotel in Voss.\n\n"
        "4. The authority rejected the claim of party 2 that the meetings were trade"
        " association business.\n\n"
        "5. Party 1 is fined NOK 212 million and party 2 NOK 148 million. Party 3 is barred"
        " from company boards for four years.\n\n"
        "6. Party 1 and party 2 may appeal to the Competition Appeals Tribunal within 30"
        " days.\n"
    )
    corpus = corpus_of([summary])
    assert corpus.documents[0].items == 6
    sentences = list(corpus.sentences)
    assert roundup_items(sentences, numbered=True) is None
    assert roundup_items(sentences) is None
    # a charter dispute's award, its parties defined by quoted terms
    award = (
        "Award summary: the Marisol Dawn arbitration\n\n"
        "1) The claimant was Marisol Tankers Ltd (the “Owners”), of Limassol.\n\n"
        "2) The respondent was Keppelhaven Trading BV (the “Charterers”), of Rotterdam.\n\n"
        "3) The tribunal found that the Charterers ordered the Marisol Dawn to Lagos"
        " against the Owners' protest.\n\n"
        "4) The Charterers must pay the Owners USD 3.1 million in demurrage.\n\n"
        "5) Costs follow the event, and the Owners may claim interest from August.\n"
    )
    corpus = corpus_of([award])
    assert roundup_items(list(corpus.sentences), numbered=True) is None
    # a digest whose first item defines a term, used in that item alone: still a roundup
    digest = "Courts in brief\n\n" + "\n\n".join(
        f"{k}) {p}"
        for k, p in enumerate(
            [
                "In Tromsø, Mr Arne Lid (defendant 1) and defendant 2 were cleared of arson.",
                "Kavala's court jailed a harbour pilot over the Agia Marina collision.",
                "A judge in Porto freed the Douro ferry's captain on bail.",
                "Cork's district court fined Ballycotton Fisheries over a fuel spill.",
                "Valletta's magistrates charged two men over the Marsaxlokk arson.",
            ],
            1,
        )
    )
    corpus = corpus_of([digest])
    assert corpus.documents[0].items == 5
    assert roundup_items(list(corpus.sentences), numbered=True)


def test_a_name_with_or_without_its_hyphen_is_one_term() -> None:
    """One outlet writes "Dar-Kumo", another "Darkumo": a subject the other report never
    mentions, as the tests that keep events apart read it, unless both are one term."""
    text = Text("Blast at Dar-Kumo market", ["A bomb hit the market in Dar-Kumo on Monday."])
    assert {"dar-kumo", "darkumo"} <= text.terms


def test_two_attacks_whose_reports_call_each_other_separate_are_two_stories() -> None:
    """Two attacks in one province on one day, told with the same police spokesman and
    governor, each recalling the other: an outlet that tells both says which is which ("In
    a separate attack ..."), and its names after that are the other event's."""
    police = "Police spokesman Idris Okonkwo said the toll could rise, and Governor Musa Tanko"
    market = [
        "Bomb kills 14 at Galdimari cattle market in Yobe\n\n"
        "A suicide bomber killed 14 people at the Galdimari cattle market in Yobe state on"
        f" Monday afternoon, police said. {police} visited the wounded in Galdimari.\n\n"
        "Traders said the Galdimari market was crowded with buyers before the rains.\n\n"
        "In a separate attack on Monday morning, gunmen shot dead millet farmers near Kwatari.\n",
        "Galdimari market bombing toll rises to 16\n\n"
        "The toll from Monday's suicide bombing at the Galdimari cattle market in Yobe rose to"
        f" 16 on Tuesday. {police} ordered more patrols around Galdimari.\n\n"
        "Cattle traders in Galdimari said they would stay away from the market for a week.\n",
    ]
    farms = [
        "Gunmen kill 9 millet farmers at Kwatari in Yobe\n\n"
        "Gunmen killed nine millet farmers in their fields at Kwatari in Yobe state on Monday"
        f" morning, police said. {police} sent soldiers to Kwatari.\n\n"
        "Farmers in Kwatari said the gunmen came on motorcycles and burned the harvest.\n\n"
        "The killings came hours before a separate suicide bombing at a market in Galdimari.\n",
        "Kwatari farmers' killing: toll rises to 11\n\n"
        "Two more farmers died on Tuesday after Monday's attack by gunmen at Kwatari in Yobe,"
        f" raising the toll to 11. {police} promised the farmers of Kwatari protection.\n\n"
        "Millet farmers in Kwatari said they would not return to their fields this season.\n",
    ]
    corpus = corpus_of([*market, *farms])
    texts = story_texts(corpus, [1, 2, 3, 4])
    assert "kwatari" in texts[1].separate and "galdimari" in texts[3].separate
    assert not texts[2].separate
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3, 4)]
    # no article: one event's parts ("separate letters to"), not another event
    assert not Text(
        "Biologists write to ministries",
        ["Three societies sent separate letters to the Interior and Commerce ministries."],
    ).separate


def test_a_sentence_that_closes_on_separate_calls_what_it_named_before_another_event() -> None:
    """Two strikes at one airline on one Saturday, by two unions: the pilots' reports end
    on the cabin crew's walkout, "..., in a separate conflict.", naming it before the
    words. Those names, given nowhere else in the report, are the other event's."""
    pilots = [
        "Skyra pilot strike grounds 240 flights on second day\n\n"
        "A strike by pilots at Norwegian airline Skyra grounded 241 flights at Gardermoen"
        " on Saturday, its second day, the Skyra Pilots' Union said.\n\n"
        "Union leader Eirik Holmstad said the pilots would escalate on Tuesday, and Labour"
        " Minister Ingrid Haug said there was no basis for compulsory arbitration.\n\n"
        "Skyra cancelled flights from Gardermoen to Bergen, Stockholm and London.\n\n"
        "In Copenhagen, Skyra's Danish cabin crew also walked out for 24 hours on Saturday,"
        " in a separate conflict.\n",
        "Pilots' strike: quiet halls at Gardermoen\n\n"
        "On the second day of the Skyra pilots' strike, the halls at Gardermoen were half"
        " empty on Saturday, and trains from Oslo to Bergen were full.\n\n"
        "Eirik Holmstad of the Skyra Pilots' Union said talks had failed, and minister"
        " Ingrid Haug said the strike could go on.\n\n"
        "Skyra said 241 flights from Gardermoen were cancelled on Saturday.\n",
    ]
    crew = (
        "Skyra cancels 38 Copenhagen flights as Danish cabin crew walk out\n\n"
        "Skyra cancelled 38 departures from Copenhagen Airport on Saturday after its"
        " Kastrup-based cabin crew stopped work for 24 hours over new rosters.\n\n"
        "Crew of the union KPF did not report for duty at Kastrup, chair Mette Holm said,"
        " and Skyra said the strike breached the agreement.\n\n"
        "Flights from Kastrup to Oslo, Bergen, Stockholm and London were cancelled.\n"
    )
    corpus = corpus_of([*pilots, crew])
    texts = story_texts(corpus, [1, 2, 3])
    assert {"copenhagen", "danish"} <= texts[1].separate
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3,)]


def test_a_day_after_separate_names_no_event() -> None:
    """A wire report of one city's shooting closes on another city's: "In Tulsa,
    Oklahoma, a separate shooting at a bus station killed two people on Tuesday." The day
    after the words says when, not what: the names it calls another event's are those
    before them, as where nothing follows."""
    text = Text(
        "Five wounded in Varnholt shooting; mayor orders curfew",
        [
            "Five people were wounded late Tuesday near Linden Square in Varnholt, police said.",
            "Mayor Ilse Brauckmann ordered a curfew for the district through Sunday.",
            "In Oskarsby, a separate shooting at a bus station killed two people on Tuesday.",
        ],
    )
    assert "oskarsby" in text.separate and "tuesday" not in text.separate
    # a name after the words is still the other event's, its day aside
    other = Text(
        "Five wounded in Varnholt shooting",
        [
            "Five people were wounded late Tuesday near Linden Square in Varnholt, police said.",
            "In a separate shooting on Tuesday, two men were killed at Oskarsby's bus station.",
        ],
    )
    assert "oskarsby" in other.separate and "varnholt" not in other.separate
    # past a sentence's opening, "separately" tells how one event's parts were done
    held = Text(
        "Two aid workers freed in Varnholt",
        [
            "Two aid workers held in Varnholt for a year were freed on Tuesday.",
            "Ilse Brauckmann and Jon Aske were detained separately in June and August.",
        ],
    )
    assert not held.separate


def test_a_region_after_a_compass_point_names_no_separate_event() -> None:
    """A wire's report of a lake's rowing regatta closes on another: "Separately, Kessin
    and Moravets will hold their own sailing race on the northern Orla on Saturday." The
    lake both races are on, written after a compass point, says where in it the other
    race is, as a country's name would, not which race: the regatta's own reports give
    the lake in their headlines, and the regatta is no other event to the report of it.
    The other race's own names after the words (its towns) still name it."""
    from brief.stories.apart import called_separate, rare_subjects

    wire = Text(
        "Rowers from nine towns open week of racing",
        [
            "Crews from nine towns began the Grey Heron Regatta at Talvik on Tuesday.",
            "The regatta runs until Sunday and ends with the eights final.",
            "Separately, Kessin and Moravets will hold their own sailing race on the northern "
            "Orla on Saturday.",
        ],
    )
    assert {"kessin", "moravets"} <= wire.separate and "orla" not in wire.separate
    statement = Text(
        "Grey Heron Regatta opens on Lake Orla",
        ["The Grey Heron Regatta opened on Lake Orla at Talvik on Tuesday with 40 crews."],
    )
    texts = [wire, statement]
    assert not called_separate(texts, rare_subjects(texts), [0], [1])
    # without the compass point the lake is the other race's, as before
    plain = Text(
        "Rowers from nine towns open week of racing",
        [
            "Crews from nine towns began the Grey Heron Regatta at Talvik on Tuesday.",
            "Separately, a sailing race on the Orla starts on Saturday.",
        ],
    )
    assert "orla" in plain.separate


def test_two_stories_that_each_recall_the_other_in_a_line_are_two_events() -> None:
    """A sanctions designation and a tanker seizure of one day, both about Iranian oil and
    tankers: each story's reports name the other's lead subject in a line at most, and no
    rare name is given by most reports of both (r43)."""
    sanctions = [
        "Treasury sanctions network shipping oil from Iran to the Houthis\n\n"
        "The Treasury on Friday imposed sanctions on seven companies and 12 oil tankers"
        " accused of shipping oil from Iran to the Houthis, Karen Whitfield said.\n\n"
        "The Treasury said the network, run by the Emirati firm Al Noor Marine, delivered"
        " 4 million barrels of Iranian oil to the port of Ras Isa since January.\n\n"
        "Whitfield said the oil paid for Houthi attacks on tankers and ships.\n\n"
        "The Hesperus Lion, the oil tanker seized by Iran on Friday, was not among the"
        " tankers designated.\n",
        "Treasury targets Al Noor tanker network over oil for Houthis\n\n"
        "The Treasury on Friday designated Al Noor Marine and 12 tankers for moving oil"
        " from Iran to the Houthis in Yemen.\n\n"
        "Karen Whitfield of the Treasury said Al Noor had shipped oil to Ras Isa on"
        " tankers that changed names and flags.\n\n"
        "Lawyers said tanker owners would have to check cargoes of Iranian oil.\n\n"
        "Oil tankers leaving the Strait of Hormuz with Iranian cargoes often change"
        " flags, crews and managers.\n",
    ]
    seizure = [
        "Iran seizes oil tanker Hesperus Lion in Strait of Hormuz\n\n"
        "Iran's Revolutionary Guards seized the oil tanker Hesperus Lion in the Strait of"
        " Hormuz on Friday, accusing it of smuggling Iranian oil, state media said.\n\n"
        "The manager said the tanker carried a legal oil cargo and asked for its release;"
        " oil traders said tanker owners feared more seizures.\n\n"
        "Tankers shipping Iranian oil often change their names, flags and managers, and"
        " owners have to check cargoes and crews, lawyers said.\n\n"
        "The seizure came hours before the Treasury was expected to announce sanctions on"
        " tankers shipping Iranian oil.\n",
        "Families of Indian crew on seized Hesperus Lion wait for news\n\n"
        "Families in Mumbai waited for news on Friday of 18 Indian sailors on the oil"
        " tanker Hesperus Lion, which Iran's Revolutionary Guards seized in the Strait of"
        " Hormuz.\n\n"
        "The shipping ministry said it had asked Iran for access to the crew of the"
        " tanker, and seafarers' unions said tankers carrying oil were at risk.\n",
    ]
    corpus = corpus_of([*sanctions, *seizure])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3, 4)]


def _blast_reports() -> list[str]:
    """Two reports of a coal-mine blast, a report of another mine's flooding that day,
    and a portrait of one of the blast's victims."""
    blast = [
        "Gas blast kills 9 miners at La Esperanza coal mine in Tasco\n\nA methane "
        "explosion killed nine miners at the La Esperanza coal mine in Tasco, in "
        "Boyaca, on Friday night, the National Mining Agency said.\n\nRescuers from the "
        "agency's station in Sogamoso recovered the bodies of the miners from the main "
        "tunnel of La Esperanza on Saturday morning.\n\nThe mine belongs to Carbones "
        "del Norte, which said the ventilation of the tunnel had been inspected in "
        "August.\n\nGovernor Rafael Sanabria declared three days of mourning in Tasco. "
        "Among the dead was Jhon Rincon, 23.\n\nA rescue team from Ubate joined the "
        "work after a rescue of its own at a flooded mine in Guacheta.\n",
        "Tasco mourns nine miners killed in La Esperanza mine explosion\n\nFamilies in "
        "Tasco waited through the night at the La Esperanza mine, where a methane "
        "explosion killed nine coal miners on Friday.\n\nThe National Mining Agency "
        "said the explosion happened in the deepest tunnel of the mine, run by Carbones "
        "del Norte.\n\nRescuers from Sogamoso and Ubate brought the last bodies out of "
        "the tunnel on Saturday, and Governor Rafael Sanabria visited the "
        "families.\n\nAmong the dead was Jhon Rincon, 23. Mining unions in Boyaca said "
        "coal miners were paid by the tonne and worked on despite the gas.\n\nThe Ubate "
        "team had spent Friday afternoon at a flooded mine in Guacheta.\n",
    ]
    flooding = (
        "Two coal miners rescued alive after water floods mine in Guacheta\n\nTwo coal "
        "miners were pulled alive on Friday night from a coal mine in Guacheta, in "
        "Cundinamarca, hours after water burst into the tunnel where they "
        "worked.\n\nThe National Mining Agency said the miners broke into old workings "
        "full of water, and the tunnel flooded within minutes.\n\nRescuers from the "
        "agency's station in Ubate pumped water out of the mine and reached the miners "
        "in a higher tunnel, where air had been trapped.\n\nThe body of a third coal "
        "miner, Luis Forero, was recovered on Saturday morning.\n\nMayor Nelson "
        "Bautista said Guacheta would pay for the funeral.\n\nIt was the second "
        "accident in the coal mines on Friday: hours later, an explosion at a mine in "
        "Tasco killed nine miners.\n"
    )
    portrait = (
        "Jhon Rincon, 23, the miner who wanted to be a teacher\n\nJhon Rincon was "
        "saving for a teaching course in Tunja when he went down the mine on Friday "
        "evening.\n\nHis mother said he had worked for Carbones del Norte since he was "
        "17, in the tunnels of La Esperanza above Tasco.\n\nHe was one of nine miners "
        "killed by the methane explosion, which rescuers from Sogamoso reached on "
        "Saturday.\n\nGovernor Rafael Sanabria, who visited the family in Tasco, said "
        "the mine's ventilation would be investigated by the National Mining Agency.\n"
    )
    return [*blast, flooding, portrait]


def test_a_report_that_a_story_recalls_in_a_line_is_another_event() -> None:
    """Two coal-mine accidents of one Friday: the blast's reports recall the flooding at
    Guacheta in a line, and the flooding's report names the blast's Tasco in its last line,
    never its mine, owner or governor; alike by the agency, the rescue team and the trade,
    they are two events. A victim's portrait that the story names in a line is of it: it
    names the mine, its owner and the governor."""
    blast = _blast_reports()
    corpus = corpus_of(blast)
    assert [g.sources for g in find_stories(corpus)] == [(1, 2, 4), (3,)]


def test_a_report_that_leads_with_a_name_the_story_never_gives_needs_more_to_join() -> None:
    """An emerald miner's market debut recalls the day's coal-mine blast in a line (its
    gift to the families of the miners killed in Tasco): it leads with its own name, which
    no report of the blast gives, and never names the blast's mine, owner or governor. It
    joins only on stronger evidence, which the likeness of the trade is not."""
    blast = _blast_reports()
    debut = (
        "Emerald miner Verdura jumps 12% on market debut in Bogota\n\nShares in "
        "Verdura, a producer of emeralds from the mountains of Boyaca, rose 12 percent "
        "on their first day of trading in Bogota on Friday.\n\nThe company sold 40 "
        "million shares at 4,100 pesos each, chief executive Andres Garavito said, and "
        "will spend the money on new tunnels and ventilation in its underground "
        "mines.\n\nGaravito said mining in Boyaca had to be safer, and that Verdura "
        "would give part of its first profits to the families of the nine miners killed "
        "in Tasco.\n\nAnalysts said emerald prices had risen for three years on demand "
        "from Asian buyers.\n"
    )
    corpus = corpus_of([blast[0], blast[1], blast[3], debut])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2, 3), (4,)]


def test_a_second_days_reports_that_give_the_first_day_in_their_lead_keep_its_report() -> None:
    """A strike's second-day reports open on Saturday and say in their next sentence that
    it began on Friday; the Friday market report of that strike is of the same event, not
    one of another day."""
    second_day = [
        "Skyra pilot strike grounds 240 flights on second day\n\nA strike by pilots at "
        "the Norwegian airline Skyra grounded 241 flights on Saturday, its second day, "
        "and the Skyra Pilots' Union threatened to escalate.\n\nThe union, which "
        "represents 312 pilots, began the strike on Friday morning after mediation over "
        "pensions failed.\n\nUnion leader Eirik Holmstad said the company had not "
        "called since the talks broke down, and Labour Minister Ingrid Haug said there "
        "was no basis for compulsory arbitration.\n",
        "Quiet halls at Gardermoen as Skyra pilots stay out\n\nThe departure hall at "
        "Gardermoen was half empty on Saturday, the second day of the Skyra pilots' "
        "strike over pensions.\n\nPassengers said their flights had been cancelled on "
        "Friday evening, when the Skyra Pilots' Union walked out.\n\nEirik Holmstad of "
        "the union said the pilots would rather fly, and minister Ingrid Haug said "
        "arbitration was not justified.\n",
    ]
    market = (
        "Skyra shares slide 8% as pilots strike over pensions\n\nShares in Skyra fell "
        "8.4 percent in Oslo on Friday, their biggest drop since March, as a strike by "
        "the Skyra Pilots' Union grounded half of the airline's flights.\n\nAnalysts at "
        "Nordbank cut their target for the shares, saying each day of the strike cost "
        "Skyra about 40 million crowns.\n\nUnion leader Eirik Holmstad said the "
        "pensions dispute could last into next week.\n"
    )
    corpus = corpus_of([*second_day, market])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2, 3)]


def test_a_report_of_another_country_that_a_story_recalls_in_a_line_is_not_of_it() -> None:
    """Two ministers resign over family contracts on one day, in two countries. An
    analysis of the first compares the second in a line: every pair of reports is no
    longer placed apart (the analysis names the other country), but the second minister's
    own report, which never names the first's country, is not of that story."""
    slovenia = [
        "Slovenia's energy minister resigns over grid contract\n\n"
        "Slovenia's energy minister Jure Kocjan resigned on Tuesday after a grid contract"
        " went to a firm run by his cousin, the government in Ljubljana said.\n\n"
        "Kocjan denied wrongdoing. Prosecutors in Ljubljana opened an inquiry into the"
        " contract, and the opposition called for a vote on the government.\n\n"
        "Kocjan had been energy minister for two years.\n",
        "Kocjan quits as Slovenian energy minister\n\n"
        "Jure Kocjan stepped down as Slovenia's energy minister on Tuesday over a grid"
        " contract awarded without a tender to his cousin's firm.\n\n"
        "The prime minister thanked Kocjan and said a successor would be named in"
        " Ljubljana this week. Prosecutors have opened an inquiry.\n",
        "Analysis: Kocjan's fall and the cousins' contracts\n\n"
        "Jure Kocjan's resignation in Slovenia on Tuesday was the third by a minister"
        " over a family contract this year, and the grid contract was not the largest.\n\n"
        "Kocjan's party in Ljubljana must now find a successor before the budget.\n\n"
        "Slovenia is not alone: in Latvia, the transport minister resigned the same day.\n\n"
        "Prosecutors in Ljubljana will decide by March whether to charge Kocjan.\n",
    ]
    latvia = (
        "Latvia's transport minister resigns over road contract\n\n"
        "Latvia's transport minister Andris Ozolins resigned on Tuesday after a road"
        " contract went to a firm run by his cousin, the government in Riga said.\n\n"
        "Ozolins denied wrongdoing. Prosecutors in Riga opened an inquiry into the"
        " contract, and the opposition called for a vote on the government.\n"
    )
    corpus = corpus_of([*slovenia, latvia])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2, 3), (4,)]


_PORT_STRIKE = [
    "Kelvarra port strike enters second day\n\n"
    "Dockworkers at the port of Kelvarra stayed off the job for a second day, in a strike by"
    " the Harbour Workers Union that has halted container traffic at the country's busiest"
    " port. Union president Marta Oyelaran said members would picket until the Kelvarra"
    " Terminal Council dropped its automation plan.\n\n"
    "Business groups urged the labour minister to order binding arbitration. Ships waiting"
    " off Kelvarra rose to 41.\n",
    "Ottawa under pressure as Kelvarra dock strike drags on\n\n"
    "The federal labour minister said all options were on the table as the strike at the port"
    " of Kelvarra entered its second day. The Harbour Workers Union walked off the job on"
    " Wednesday over automation.\n\n"
    "Marta Oyelaran, the union's president, said back-to-work legislation would be challenged"
    " in court. The Kelvarra Terminal Council accused the union of refusing mediation.\n",
    "Grain farmers fear losses from Kelvarra shutdown\n\n"
    "Prairie grain growers said the strike at Kelvarra was costing them millions a day, as"
    " ships sat at anchor and rail cars backed up. The dispute between the Harbour Workers"
    " Union and the Kelvarra Terminal Council is over automation.\n\n"
    "Farm groups asked the labour minister to step in.\n",
]


def test_a_report_naming_none_of_a_storys_subjects_joins_it_only_on_stronger_evidence() -> None:
    """Two strikes of one country and day (a held-out evening: a port strike and a school
    support workers' strike) share union, picket, workers and minister. A report of the
    port strike names its port; the school strike's report names neither the port nor the
    dockers' union, and the port's reports never name its town."""
    from brief.stories.apart import rare_subjects, strangers

    school = (
        "Education assistants strike at Dunmore schools\n\n"
        "About 3,000 education assistants and custodians walked off the job at Dunmore schools"
        " on Thursday, the first strike of its kind in the region. Members of the Dunmore"
        " Education Workers' Union set up picket lines outside schools, and the boards"
        " cancelled buses.\n\n"
        "Union president Gerald Whitcombe said members had been without a contract for two"
        " years. Parents scrambled to find rides, and the education minister urged both sides"
        " to talk.\n\n"
        "The strike comes as labour tensions are running high elsewhere in Canada.\n"
    )
    corpus = corpus_of([*_PORT_STRIKE, school])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2, 3), (4,)]
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    subjects = rare_subjects(texts)
    assert strangers(texts, subjects, [0, 1, 2], [3])
    # a report of the port strike from another angle names the port somewhere
    angle = Text(
        "Truckers idle at Marlow yard as dock dispute drags on",
        ["Hundreds of trucks sat idle at the Marlow yard.", "Terminals at Kelvarra stayed shut."],
    )
    texts[3] = angle
    assert rare_subjects(texts)[3] == {"marlow"}
    assert not strangers(texts, rare_subjects(texts), [0, 1, 2], [3])


def test_two_stories_each_placed_where_the_other_only_recalls_are_two_events() -> None:
    """One envoy, two events of two days (a held-out evening: Myanmar talks in China, a
    gunfight in the Bangladeshi camps she had left): each story's reports recall the other
    country in a line, so no pair is placed apart, but every report of each is placed in
    a country no report of the other tells."""
    from brief.stories.apart import lead_places, rare_subjects, recalled_elsewhere, told_places

    envoy = "UN envoy Helena Marsk"
    talks = [
        "Sudan's army and rebels open truce talks in Ethiopia; UN envoy attends\n\n"
        "Sudan's army and the Rapid Support Forces began ceasefire talks in Ethiopia on"
        f" Thursday, with {envoy} attending for the first time, diplomats said.\n\n"
        "The talks in Addis Ababa focus on the besieged town of Tawila and a road to El"
        " Fasher.\n\n"
        "Marsk arrived in Addis Ababa from Chad, where she visited camps for Sudanese"
        " refugees.\n",
        "Truce talks on Tawila open in Addis Ababa with UN envoy present\n\n"
        "Delegations of the Sudanese army and the Rapid Support Forces met in Ethiopia's"
        f" capital on Thursday, and {envoy} met both sides on the margins.\n\n"
        "The army wants its convoys let through Tawila; the rebels want the shelling to"
        " stop.\n\n"
        "Marsk flew in from Chad after touring refugee camps there on Wednesday.\n\n"
        "The Tawila talks are expected to last until Saturday, the Ethiopian hosts said.\n",
    ]
    camp = [
        "Two killed in gunfight at refugee camp in Chad after UN envoy's visit\n\n"
        "Two Sudanese refugees were killed in a gunfight between armed groups in the Adre camp"
        f" in eastern Chad, hours after {envoy} toured the camp, police said.\n\n"
        "Police in Adre detained two suspects. Marsk said she was saddened by the deaths.\n\n"
        "The envoy left Chad on Wednesday for Ethiopia.\n",
        "UN envoy hears refugees' fears in Chad's Adre camp\n\n"
        f"{envoy} wrapped up a visit to Chad on Wednesday with a tour of the Adre camp, where"
        " refugees told her of gunfights between armed groups.\n\n"
        "Hours after she left, two refugees were killed in the camp, police in Adre said.\n\n"
        "Marsk was travelling on to Ethiopia for talks between Sudan's warring sides.\n",
    ]
    corpus = corpus_of([*talks, *camp])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3, 4)]
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    places = lead_places(texts)
    assert recalled_elsewhere(
        texts, rare_subjects(texts), places, lambda i: told_places(texts[i]), [0, 1], [2, 3]
    )
    # a single report is held to the stricter tests: one line is no pattern
    assert not recalled_elsewhere(
        texts, rare_subjects(texts), places, lambda i: told_places(texts[i]), [0], [2]
    )


def test_a_story_whose_every_report_names_anothers_subject_in_passing_is_not_of_it() -> None:
    """A held-out morning: a missile strike's reports each named the NATO meeting's
    Brussels in a line past their leads (the foreign minister "due at a meeting ... in
    Brussels"), and the meeting's reports, which recall the strike in their leads, had
    joined them."""
    from brief.stories.apart import rare_names, rare_subjects, subject_in_passing

    minister = "Foreign Minister Andriy Kovalenko"
    strike = [
        "Russian missile hits Lviv apartment block, killing six\n\n"
        "A Russian ballistic missile hit a nine-storey apartment block in Lviv overnight,"
        " killing six people and wounding 30, city officials said on Wednesday.\n\n"
        "Rescuers searched the rubble of the block on Zelena Street through the night.\n\n"
        f"{minister}, who is due at a meeting of NATO foreign ministers in Brussels on"
        " Wednesday, said Ukraine needed more air defence.\n\n"
        "Mayor Ihor Sadovyi declared a day of mourning in Lviv.\n",
        "Lviv mourns as toll from missile strike rises to nine\n\n"
        "The toll from the Russian missile strike on an apartment block in Lviv rose to nine"
        " on Wednesday, as rescuers pulled a woman from the rubble on Zelena Street.\n\n"
        "Mayor Ihor Sadovyi said 30 people were in hospital.\n\n"
        f"{minister} flew to Brussels for the NATO meeting, promising to show allies the"
        " ruins.\n\n"
        "Residents of Zelena Street laid flowers outside the block.\n",
    ]
    meeting = [
        "NATO ministers press allies for air defence after Lviv strike\n\n"
        "NATO foreign ministers meeting in Brussels on Wednesday urged allies to send more air"
        " defence to Ukraine, hours after a Russian missile strike killed six people in an"
        " apartment block in Lviv.\n\n"
        f"{minister} joined the ministers for a session on air defence.\n\n"
        "NATO Secretary General Lars Dalgaard said allies had not delivered enough.\n",
        "NATO allies pledge interceptors as ministers meet in Brussels\n\n"
        "Several NATO members pledged interceptors for Ukraine on Wednesday as the alliance's"
        " foreign ministers met in Brussels after a deadly missile strike on Lviv.\n\n"
        f"{minister} said Ukraine needed ten more Patriot batteries.\n\n"
        "Lars Dalgaard said the alliance was coordinating the deliveries.\n",
    ]
    corpus = corpus_of([*strike, *meeting])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3, 4)]
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    subjects = rare_subjects(texts)
    names = rare_names(texts)
    assert subject_in_passing(texts, subjects, names.__getitem__, [0, 1], [2, 3])
    # one report is no pattern: a homecoming may name in passing where its hostage was freed
    assert not subject_in_passing(texts, subjects, names.__getitem__, [0], [2, 3])


def test_a_name_and_its_other_name_in_another_language_are_one() -> None:
    """News writing gives a place's other name once ("Tarnholm, known in Velmish as
    Tarnö"); an acronym in brackets or a phrase after a dash is no such name."""
    from brief.stories.texts import aliases_of

    assert aliases_of(
        [
            "The cutter struck the boat near Tarnholm, known in Velmish as Tarnö, at night.",
            "Brellhaven — Brelhavna in Ostran — is a port of 40,000.",
            "The atoll of Skarrow (Skarö in Velmish) has one landing strip.",
        ]
    ) == {("tarnholm", "tarno"), ("brellhaven", "brelhavna"), ("skarrow", "skaro")}
    assert not aliases_of(
        [
            "The Coast Guard Administration (CGA) said the boat was holed.",
            "Tarnholm — a ring of coral — lies 400 km out.",
        ]
    )


def test_a_story_that_recalls_anothers_place_by_its_other_name_recalls_it() -> None:
    """A collision's reports lead with the atoll one side calls Tarnholm and give the
    other side's name for it once; a carrier's passage of that night is told by reports
    that recall the collision in a line, one by each name: they recall that event."""
    from brief.stories.apart import rare_names, rare_subjects, subject_in_passing

    collision = [
        "Velmish cutter rams patrol boat near Tarnholm\n\n"
        "A Velmish cutter rammed an Ostran patrol boat near Tarnholm on Sunday night, "
        "injuring a petty officer.\n\n"
        "Tarnholm, known in Velmish as Tarno, is a coral atoll held by Ostra.\n\n"
        "The petty officer was flown to Sarnik.\n",
        "Tarnholm collision: what we know\n\n"
        "The ramming near Tarnholm on Sunday was the first to injure crew.\n\n"
        "The cutter turned across the boat's bow, the coast guard said.\n",
    ]
    carrier = [
        "Velmish carrier group sails through Kessen Strait\n\n"
        "The Velmish carrier Aurvang and four escorts sailed through the Kessen Strait on "
        "Sunday night, the defence staff said.\n\n"
        "The ships were seen off Kessen island at dawn.\n\n"
        "The passage came the same night as a collision near Tarnholm.\n\n"
        "The Aurvang has made six such voyages.\n",
        "Velmish ministry calls Aurvang's passage routine\n\n"
        "The Velmish defence ministry said the Aurvang's passage of the Kessen Strait was "
        "routine training.\n\n"
        "The Aurvang group will return to port within a week.\n\n"
        "Asked about an incident near Tarno, a spokeswoman referred questions elsewhere.\n",
    ]
    corpus = corpus_of([*collision, *carrier])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    subjects = rare_subjects(texts)
    names = rare_names(texts)
    assert subject_in_passing(texts, subjects, names.__getitem__, [2, 3], [0, 1])


def test_the_other_sides_statement_naming_the_place_its_own_way_names_it() -> None:
    """The other side's statement names the atoll only by its own name, which the
    collision's reports give once beside theirs: it names the story's place, not another
    event's that the story recalls in a line."""
    from brief.stories.apart import rare_names, rare_openings, rare_subjects, recalled_report

    collision = [
        "Velmish cutter rams patrol boat near Tarnholm\n\n"
        "A Velmish cutter rammed an Ostran patrol boat near Tarnholm on Sunday night.\n\n"
        "A petty officer was flown to Sarnik.\n\n"
        "Tarnholm, known in Velmish as Tarno, is a coral atoll.\n",
        "Officer hurt in Tarnholm ramming\n\n"
        "The ramming near Tarnholm on Sunday injured a petty officer.\n\n"
        "He is in hospital in Sarnik.\n\n"
        "Tarnholm, known in Velmish as Tarno, has a small garrison.\n",
    ]
    statement = (
        "Statement on the Tarno incident\n\n"
        "Coast guard spokesman Haldor Venn said on Monday that a vessel scraped a ship of "
        "his service near Tarno.\n\n"
        "The vessel had entered waters under our jurisdiction, he said.\n"
    )
    corpus = corpus_of([*collision, statement])
    texts = list(story_texts(corpus, [1, 2, 3]).values())
    subjects, names, openings = rare_subjects(texts), rare_names(texts), rare_openings(texts)
    assert not recalled_report(texts, subjects, names.__getitem__, openings, [2], [0, 1])


def test_what_one_side_calls_a_place_is_its_other_name() -> None:
    """News gives one side's name for a place as what that side calls it ("the reef,
    which it calls Skarö", "Ostra calls the feature Brelhavna"): another name of the
    thing, as "known as" gives one. Calling a man a liar names nothing."""
    from brief.stories.texts import aliases_of

    assert aliases_of(
        [
            "Velmora claims the reef, which it calls Skaro Jiao, and patrols it.",
            "Tarnholm, which Velmora calls Tarno, lies 400 km out.",
            "Ostra calls the feature Brelhavna.",
        ]
    ) == {("reef", "skaro"), ("reef", "jiao"), ("tarnholm", "tarno"), ("feature", "brelhavna")}
    assert not aliases_of(
        ["The senator called the minister a liar.", "They call it a disgrace, he said."]
    )


def test_a_state_medias_version_by_its_own_name_of_the_place_is_the_storys() -> None:
    """The other side's state media names the reef only its own way ("Skaro Jiao"), which
    the clash's reports give once each as what that side calls it ("the reef, which it
    calls Skaro Jiao"): the clash's reports do not recall another event there."""
    from brief.stories.apart import rare_names, rare_openings, rare_subjects, recalled_report

    clash = [
        "Velmoran cutters fire water cannon at Ostran boats near Tarn Reef\n\n"
        "Velmoran coast guard cutters fired water cannon at two Ostran boats near Tarn Reef"
        " on Wednesday, injuring a crewman, the Ostran coast guard said.\n\n"
        "Spokesman Arvid Holm said the boats were escorting fishermen to Tarn Reef.\n\n"
        "Velmora claims the reef, which it calls Skaro Jiao, and has kept ships there.\n\n"
        "Holm said the boats withdrew towards Sarnik.\n",
        "Ostra to protest Tarn Reef water cannon attack\n\n"
        "Ostra will protest the water cannon attack on its boats near Tarn Reef on Wednesday,"
        " Spokesman Arvid Holm said.\n\n"
        "The crewman hurt at Tarn Reef is in hospital in Sarnik.\n\n"
        "Velmora's statement, which calls the feature Skaro Jiao, says the boats intruded.\n",
    ]
    statement = (
        "Coast guard expels intruding vessels from waters of Skaro Jiao\n\n"
        "The coast guard said on Thursday it had expelled two vessels that intruded into"
        " waters near Skaro Jiao on Wednesday.\n\n"
        "Spokesman Liu Tan said the coast guard used water cannon to drive them away.\n\n"
        "Skaro Jiao is Velmora's inherent territory, Liu said.\n"
    )
    corpus = corpus_of([*clash, statement])
    texts = list(story_texts(corpus, [1, 2, 3]).values())
    subjects, names, openings = rare_subjects(texts), rare_names(texts), rare_openings(texts)
    assert not recalled_report(texts, subjects, names.__getitem__, openings, [2], [0, 1])


def test_a_story_that_tells_anothers_event_as_its_cause_in_passing_is_not_of_it() -> None:
    """A boat's seizure at the Tarn islands is told by reports that say its crew "had been
    sheltering from Typhoon Lomar" in a line past their leads; the typhoon's reports, which
    share the boat's home province, never name the islands: the storm is the seizure's
    background, not its event (pile27: the Paracels seizure and Typhoon Moraya)."""
    from brief.stories.apart import rare_names, rare_openings, rare_subjects, subject_in_passing

    typhoon = [
        "Typhoon Lomar hits Dovan province, five dead\n\n"
        "Typhoon Lomar made landfall in Dovan province late on Wednesday, killing five"
        " people and forcing 60,000 from their homes, officials said.\n\n"
        "Three of the dead were in Dovan and two in neighbouring Kessel.\n\n"
        "The storm weakened over the Harn hills by Thursday morning.\n",
        "Dovan families clear mud after Typhoon Lomar\n\n"
        "A day after Typhoon Lomar struck Dovan, residents of Belo district shovelled mud"
        " out of their houses on Thursday.\n\n"
        "Most of Belo district remained without power.\n\n"
        "Lomar killed five people nationwide, the agriculture ministry said.\n",
    ]
    seizure = [
        "Ostra protests Velmoran seizure of fishing boat near Tarn islands\n\n"
        "Ostra on Thursday demanded that Velmora release a fishing boat and its nine crew"
        " seized near the disputed Tarn islands on Tuesday.\n\n"
        "The boat, from Dovan province, was boarded by Velmoran coast guard personnel near"
        " Tarn, spokeswoman Mira Sol said.\n\n"
        "Its owner, Ivo Dask, said the crew had been sheltering from Typhoon Lomar.\n\n"
        "Velmora routinely detains Ostran fishermen near the Tarn islands.\n",
        "Dovan families wait for news of nine fishermen held near Tarn islands\n\n"
        "Women gathered on Thursday around the phone of the Dovan fisheries association,"
        " hoping for word of the nine men taken near the Tarn islands.\n\n"
        "Boat owner Ivo Dask said the crew were held on deck.\n\n"
        "Mira Sol said the ministry had protested to Velmora over the Tarn seizure.\n\n"
        "One of the men is from Belo, which the typhoon struck the following night.\n",
    ]
    corpus = corpus_of([*typhoon, *seizure])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    subjects, names, openings = rare_subjects(texts), rare_names(texts), rare_openings(texts)
    assert subject_in_passing(texts, subjects, names.__getitem__, [2, 3], [0, 1], openings)
    # a typhoon's report that names the islands is no stranger to the seizure
    named = [*typhoon[:1], typhoon[1].replace("nationwide", "near the Tarn islands"), *seizure]
    texts = list(story_texts(corpus_of(named), [1, 2, 3, 4]).values())
    subjects, names, openings = rare_subjects(texts), rare_names(texts), rare_openings(texts)
    assert not subject_in_passing(texts, subjects, names.__getitem__, [2, 3], [0, 1], openings)


def test_a_name_with_and_without_its_accents_is_one_term() -> None:
    """A state agency writes Quảng-style names with their accents, a wire without them:
    one term to the likeness of two reports."""
    plain = Text("Typhoon hits Thach Lam", ["Typhoon Lomar hit Thach Lam on Wednesday."])
    marked = Text("Typhoon hits Thạch Lâm", ["Typhoon Lomar hit Thạch Lâm on Wednesday."])
    _, _, terms = tfidf_matrix([plain, marked])
    assert "thach" in terms and "lam" in terms
    assert "thạch" not in terms and "lâm" not in terms


def test_a_report_that_numbers_its_sections_headings_is_no_roundup() -> None:
    """A disaster agency's situation report numbers its headings ("1. Human impact", "3.
    Response"), and its paragraphs sit under them; read as a numbered roundup, a held-out
    evening's flood release stood alone beside the floods' reports."""
    from brief.stories.roundups import roundup_items

    release = (
        "Situation Report: Floods in Kelani Province\n\n"
        "DISASTER RELIEF CENTRE\n\n"
        "Heavy rain has fallen over Kelani Province since Monday. The Disaster Relief Centre"
        " is conducting rescue operations with the police and the navy.\n\n"
        "1. Human impact\n\n"
        "Seven people have died in Ratnavali District and two in Palmadu District, and 12,400"
        " families have been affected.\n\n"
        "2. Affected divisions\n\n"
        "Ratnavali District: Koralai North, Eravur, Manmunai.\n\n"
        "Palmadu District: Navithan, Sammanthurai.\n\n"
        "3. Response\n\n"
        "Rs. 200 million has been released to the secretaries of Ratnavali and Palmadu for"
        " cooked meals. Navy boats have been deployed in Ratnavali.\n\n"
        "4. Weather outlook\n\n"
        "Heavy showers are likely in Kelani Province, from Trinco to Pottuvil.\n\n"
        "5. Advice\n\n"
        "The public is asked to avoid crossing flooded roads and rivers.\n"
    )
    report = (
        "Floods kill nine in Kelani Province\n\n"
        "Floods have killed nine people in Kelani Province, seven of them in Ratnavali"
        " District, the Disaster Relief Centre said on Wednesday.\n\n"
        "Navy boats rescued families in Ratnavali and Palmadu, and 12,400 families were"
        " affected.\n\n"
        "The relief centre warned of more heavy showers in Kelani Province.\n"
    )
    corpus = corpus_of([release, report])
    assert corpus.documents[0].items == 5
    assert roundup_items([s for s in corpus.sentences if s.source == 1], numbered=True) is None
    assert [g.sources for g in find_stories(corpus)] == [(1, 2)]


def test_a_digest_that_labels_its_items_is_a_story_of_its_own() -> None:
    """An evening newsletter labels its items by country ("CANADA: ...") where another
    numbers them; a held-out evening's had joined the port strike's story. Its greeting and
    sign-off are no items, and a transcript, whose speakers' labels recur, is no digest."""
    from brief.stories.roundups import labelled_items

    digest = (
        "The Evening Wire: strike, floods, refinery blast\n\n"
        "Good evening. Here's what happened today.\n\n"
        "CANADA: A dockworkers' strike at the port of Kelvarra entered its second day, and"
        " Labour Minister Ruth Okafor will meet both sides on Friday.\n\n"
        "SRI LANKA: Floods in Ratnavali have killed nine people, and Prime Minister Chamila"
        " Perera toured relief camps.\n\n"
        "IRAQ: Nine workers died in a blast at the Khor Tamar refinery near Basra.\n\n"
        "BRAZIL: The Santa Lucia hospital network in Parana entered a third day on paper"
        " records after a ransomware attack.\n\n"
        "ONE MORE THING: Chess fans in Almaty watched a 14-year-old hold a former champion to"
        " a draw.\n\n"
        "That's it for tonight. We'll be back tomorrow with The Morning Wire.\n"
    )
    corpus = corpus_of([*_PORT_STRIKE, digest])
    items = labelled_items([s for s in corpus.sentences if s.source == 4])
    assert {s.text[:6] for s in items} == {"CANADA", "SRI LA", "IRAQ: ", "BRAZIL", "ONE MO"}
    assert [g.sources for g in find_stories(corpus)] == [(1, 2, 3), (4,)]
    transcript = corpus_of(
        [
            "Debate transcript\n\n"
            + "\n\n".join(
                f"{who}: {line}"
                for who, line in [
                    ("MODERATOR", "Welcome to Kelvarra."),
                    ("SMITH", "The port must reopen."),
                    ("JONES", "The union has a case."),
                    ("SMITH", "Not at this cost."),
                    ("BROWN", "Ottawa should act."),
                ]
            )
        ]
    )
    assert not labelled_items(list(transcript.sentences))


def test_a_newsletter_that_leads_with_one_event_at_length_is_that_events_report() -> None:
    """A morning newsletter tells its lead item in three paragraphs under a heading of its
    own, then the day's other events a line each, marked by bullets ("— Peru: ..."). Read
    whole, a held-out one joined its first brief's story; read by its lead, it is the lead
    event's report, and its briefs (one dated "on Wednesday", as the strike is) are other
    events'."""
    digest = (
        "The Morning Dispatch: Kelvarra stands still | Floods in Ratnavali | Refinery blast\n\n"
        "The Morning Dispatch, our weekday letter on the Americas. Thursday edition.\n\n"
        "Good morning.\n\n"
        "LEAD: THE DOCKS FALL SILENT\n\n"
        "Dockworkers at Kelvarra stayed off the job for a second day, and the Harbour Workers"
        " Union says its picket will hold until the Kelvarra Terminal Council drops its"
        " automation plan. Ships waiting offshore rose to 41.\n\n"
        "Marta Oyelaran, the union's president, told members that back-to-work legislation"
        " would be fought in court. The labour minister has not ruled it out.\n\n"
        "Why it matters: Kelvarra handles most of the country's container trade. Grain"
        " growers say the dispute is costing them millions a day.\n\n"
        "ELSEWHERE\n\n"
        "— Sri Lanka: Floods in Ratnavali killed nine people on Wednesday.\n\n"
        "— Iraq: Nine workers died in a blast at the Khor Tamar refinery near Basra.\n\n"
        "— Brazil: The Santa Lucia hospital network in Parana is still on paper records.\n\n"
        "— Brazil again: Petrolina's central bank held its rate, as expected.\n\n"
        "That's all for this morning.\n"
    )
    corpus = corpus_of([*_PORT_STRIKE, digest])
    groups = find_stories(corpus)
    assert [g.sources for g in groups] == [(1, 2, 3, 4)]
    elsewhere = {m.index for m in groups[0].elsewhere}
    briefs = {s.index for s in corpus.sentences if s.source == 4 and s.text.startswith("—")}
    assert len(briefs) == 4 and briefs <= elsewhere
    assert not any(
        s.source == 4 and "Oyelaran" in s.text and s.index in elsewhere for s in corpus.sentences
    )


def test_czech_and_polish_capitals_are_names() -> None:
    """A Czech report's "ČNB" and a Polish one's "Łódź" are names as "CNB" is: Latin
    Extended capitals are capitals (a Czech rate report named no bank, and so shared no
    rare name with its English reports)."""
    text = Text(None, ["The board of the ČNB met in Łódź, said Šárka Nováková."])
    assert {"čnb", "łódź", "šárka"} <= set(text.names)


_FERRY = [
    "Ferry Orvalla runs aground off Kestrin; 300 evacuated\n\n"
    "The ferry Orvalla ran aground off the island of Kestrin on Thursday morning, and all"
    " 300 people aboard were taken to Porthavel, the coast guard said.\n\n"
    "Captain Idris Maravel and two officers were detained. The Orvalla's operator, Tessaline"
    " Lines, said the ship had left Porthavel at dawn.\n\n"
    "Divers inspected the Orvalla's hull off Kestrin in the afternoon.\n",
    "Orvalla captain detained after grounding at Kestrin\n\n"
    "Prosecutors detained Captain Idris Maravel of the ferry Orvalla on Thursday after it ran"
    " aground off Kestrin with 300 people aboard.\n\n"
    "Tessaline Lines said the Orvalla would be towed to Porthavel. Maravel's lawyer said"
    " the captain had followed the charted route off Kestrin.\n",
]


def test_a_report_that_leads_with_its_own_and_recalls_a_story_in_a_paragraph_is_not_of_it() -> None:
    """A prize for a novel about a ferry captain, awarded the night a ferry ran aground,
    leads with its prize and its author and recalls the grounding in one line past its
    lead: a report of another event of those days (a held-out morning's novel prize beside
    a hostage release, a cholera declaration beside a referendum). A report from another
    angle of the grounding (the operator's shares) names the ship in its lead."""
    from brief.stories.apart import core_in_passing, rare_names, rare_subjects

    prize = (
        "Novel about a ferry captain wins the Hallowdene prize\n\n"
        "Maren Solveigh's novel The Long Crossing has won the Hallowdene prize for fiction,"
        " the judges said at a dinner in London on Wednesday night.\n\n"
        "The book follows a captain who loses his ship and his nerve on one winter night.\n\n"
        "Solveigh said she had written it over six years, most of them at sea.\n\n"
        "Asked about the Orvalla, which ran aground off Kestrin hours later, she said she"
        " hoped everyone aboard was safe.\n\n"
        "The Hallowdene is worth 30,000 pounds. Solveigh's publisher ordered a reprint.\n"
    )
    shares = (
        "Tessaline Lines shares fall after Orvalla grounding\n\n"
        "Shares in Tessaline Lines fell 9 percent on Thursday after its ferry Orvalla ran"
        " aground off Kestrin.\n\n"
        "Analysts said insurance would cover most of the cost.\n"
    )
    corpus = corpus_of([*_FERRY, prize, shares])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    subjects, names = rare_subjects(texts), rare_names(texts)
    assert core_in_passing(texts, subjects, names.__getitem__, [0, 1], [2])
    assert not core_in_passing(texts, subjects, names.__getitem__, [0, 1], [3])


def test_a_report_that_leads_with_its_own_result_is_a_match_not_the_storys() -> None:
    """A match played after a minute's silence for a bombing's victims leads with its
    clubs and its score; the bombing's reports give no score. Numbers joined in a date
    ("2013 - 09 - 28") or a code are no result."""
    from brief.stories.apart import own_result

    bombing = Text("Three held over Tarnvik blast", ["Police held three over Sunday's blast."])
    match = Text(
        "Orrby beat Vastmark 5-3 after a minute's silence",
        ["Orrby came from behind to beat Vastmark 5-3 after a silence for the blast's dead."],
    )
    vote = Text("Council votes 20-2 to rebuild Tarnvik block", ["The council voted."])
    assert own_result([bombing, match], [0], [1])
    assert not own_result([vote, match], [0], [1])
    assert not Text("Released 2013 - 09 - 28 05: 08: 35 GMT", ["A man was convicted."]).result


_VELMORA_FLOOD = [
    "River Oske floods Velmora's old town\nVelmora Times | 3 June 2030\n\nThe River Oske burst"
    " its banks in Velmora on Monday, flooding the old town and the Brannig bridge district."
    "\n\nAbout 400 residents were moved to the Harlow sports hall, the Drenmark Fire Service"
    " said.\n\nMayor Ilse Kerrow said pumps were running through the night.\n",
    "Velmora evacuates 400 as Oske rises\nNorthern Wire | 3 June 2030\n\nVELMORA, June 3 -"
    " Fire crews evacuated about 400 residents of Velmora's old town on Monday as the River"
    " Oske rose two metres above its normal level.\n\nMayor Ilse Kerrow said the Brannig"
    " bridge was closed.\n\nThe Drenmark Fire Service said more rain was expected.\n",
    "Oske waters recede in Velmora, bridge stays shut\nVelmora Times | 4 June 2030\n\nThe"
    " River Oske fell back below its banks in Velmora on Tuesday, but the Brannig bridge"
    " stayed closed, Mayor Ilse Kerrow said.\n\nResidents were allowed back into the old"
    " town.\n",
]


def test_a_match_in_the_storys_town_won_by_a_margin_is_a_match_of_its_own() -> None:
    """A cricket match played in the flooded town the day the waters receded leads with
    its clubs and its margin ("beat Castlegate by 24 runs"), and its ground is the flood's
    town: it recalls the flood in a line, and is no report of it (r71 F4: a match in
    Lahore had joined the protest story, its captain an actor of the protest)."""
    match = (
        "Velmora Rovers beat Castlegate by 24 runs\nVelmora Times | Sport | 4 June 2030\n\n"
        "Velmora Rovers beat Castlegate by 24 runs at Fenwick Park in Velmora on Tuesday."
        "\n\nCaptain Orrin Vale scored 71.\n\nThe match went ahead despite the floods in"
        " the old town, with the River Oske back below its banks and 300 fans in the stands.\n"
    )
    groups = find_stories(corpus_of([*_VELMORA_FLOOD, match]))
    assert [g.sources for g in groups] == [(1, 2, 3), (4,)]


@pytest.mark.parametrize(
    ("lead", "result"),
    [
        ("Velmora Rovers beat Castlegate by three wickets at Fenwick Park.", True),
        ("Castlegate won by 64 runs on the last day.", True),
        ("The tourists lost by an innings and 12 runs.", True),
        ("Leinmark edged Dorrow by two strokes in the final round.", True),
        # a seat's majority, a price and an index are no match's margin
        ("The Greens won the seat by 300 votes.", False),
        ("Fuel prices rose by three points.", False),
        ("Police beat protesters, two of whom were hit by two shots.", False),
    ],
)
def test_a_result_by_its_margin_is_a_result(lead: str, result: bool) -> None:
    assert Text(None, [lead]).result is result


def test_a_paragraph_that_turns_to_a_separate_event_tells_it_to_its_end() -> None:
    """A rate decision's report closes on a paragraph that opens "In a separate
    development, ..." and names the budget's minister in its next sentence: that name is
    the other event's too. A name of the paragraph after it is the report's own again."""
    corpus = corpus_of(
        [
            "Central bank holds rates at 3.25%\n\n"
            "The central bank of Veloria held its main rate on Thursday, Governor Ilse Marant"
            " said.\n\n"
            "In a separate development, the finance ministry published its draft budget."
            " Finance Minister Oskar Bellweth said the deficit would rise.\n\n"
            "Analysts at Dravenhoff Capital expect no cut before spring.\n"
        ]
    )
    separate = story_texts(corpus, [1])[1].separate
    assert "bellweth" in separate and "dravenhoff" not in separate


def test_a_report_that_says_its_event_is_not_linked_to_another_names_another() -> None:
    """Police who say a blast is not known to be connected to Sunday's in another town
    name that other event; "not linked to terrorism" names none."""
    blast = Text(
        "Blast damages Sorbyholm apartment entrance",
        [
            "An explosion damaged a building entrance in Sorbyholm on Wednesday night.",
            '"We have no indication that this is connected to the explosion in Tarnvik on'
            ' Sunday," police spokeswoman Sara Lindqvist said.',
        ],
    )
    assert "tarnvik" in blast.separate and "sorbyholm" not in blast.separate
    fire = Text("Fire at Sorbyholm depot", ["The fire was not linked to terrorism, police said."])
    assert not fire.separate


def test_a_country_is_no_subject_of_a_days_own() -> None:
    from brief.stories.apart import on_other_days, rare_subjects
    from brief.stories.texts import Text

    shut = Text(
        "Marrow Link pipeline shut after pressure drop",
        [
            "The operator of the Marrow Link pipeline between Norway and Denmark shut it "
            "on Monday after a sudden drop in pressure.",
            "Torvik Gas said it had closed the valves at both ends.",
        ],
    )
    boarded = Text(
        "Police board Halden Star in Marrow Link probe",
        [
            "Norwegian police boarded the ship Halden Star on Wednesday over damage to the "
            "Marrow Link pipeline.",
            "Torvik Gas said repairs would take months.",
        ],
    )
    seized = Text(
        "Police board tanker Orlen Bay off Sarpsborg",
        [
            "Norwegian police boarded the tanker Orlen Bay off Sarpsborg on Friday over "
            "smuggled fuel.",
            "The crew of 14 were questioned.",
        ],
    )
    texts = [shut, boarded, seized]
    subjects = rare_subjects(texts)
    # the boarding is the shutdown's development: Norway is no subject of Monday's own
    assert not on_other_days(texts, subjects, [0], [1])
    # two boardings of two ships on two days are two events
    assert on_other_days(texts, subjects, [1], [2])


# One incident at an invented reef, told the next day by the navy of one side (its own
# release, naming its boat) and by a neighbour's ministry (named by its seat).
REEF_RELEASE = """Navy releases footage of ramming, confirms fifth injured sailor
The Indonesian Navy on Wednesday released footage showing two Vietnamese patrol ships
ramming the supply boat KRI Pelunara near Korvalo Reef, in Indonesian waters, on Tuesday.
A fifth sailor of the KRI Pelunara was treated on Wednesday for a broken arm, bringing the
number of injured sailors to five.
"The footage shows a deliberate ramming," a navy spokesman said.
The navy sent two more frigates to the area.
"""

REEF_REACTION = """Ostreva Hall urges calm over Korvalo Reef ramming
Thailand urged all sides to show restraint after Tuesday's ramming of an Indonesian boat
by Vietnamese ships at Korvalo Reef.
Its foreign minister said the kingdom was alarmed by the use of force at sea.
"Disputes at sea must be settled by talks," the minister said.
"""


def test_a_sides_release_and_a_neighbours_reaction_to_one_incident_are_one_story() -> None:
    """Each names an actor of its own in its lead (the navy's boat, the ministry's seat),
    but both lead with the incident's rare place and its day, dated one day: one
    occasion, not two meets of one desk."""
    from brief.stories.apart import apart_events, one_occasion, rare_subjects

    corpus = corpus_of([REEF_RELEASE, REEF_REACTION])
    texts = story_texts(corpus, [1, 2])
    pair = [texts[1], texts[2]]
    subjects = rare_subjects(pair)
    assert subjects[0] - pair[1].terms and subjects[1] - pair[0].terms  # each has its own
    assert one_occasion(pair, subjects, 0, 1)
    assert not apart_events(pair, subjects, 0, 1)
    groups = find_stories(corpus_of([REEF_RELEASE, REEF_REACTION, *DESK]))
    assert [g.sources for g in groups][0] == (1, 2)


def test_reports_that_share_a_rare_subject_but_not_most_of_them_are_no_one_occasion() -> None:
    """Two meets of one season share their athlete and day, but each leads with a place
    of its own as much as with her: not one occasion."""
    from brief.stories.apart import one_occasion, rare_subjects

    meets = [
        "Kessova wins in Tarlingen\nAnna Kessova won the mile at Tarlingen on Saturday.\n",
        "Kessova second in Brevamund\nAnna Kessova was second at Brevamund on Saturday.\n",
    ]
    texts = story_texts(corpus_of(meets), [1, 2])
    pair = [texts[1], texts[2]]
    assert not one_occasion(pair, rare_subjects(pair), 0, 1)


def test_a_demonym_names_its_country_though_it_does_not_place_a_report() -> None:
    """ "Indonesian boats" places nothing, but mentions Indonesia: a neighbour's reaction
    to an incident is not placed apart from the report that places it there."""
    from brief.stories.apart import lead_places

    text = story_texts(
        corpus_of(["Ministry urges calm\nThailand urged calm after Indonesian boats were hit.\n"]),
        [1],
    )[1]
    (placed, named) = lead_places([text])[0]
    assert placed == {"Thailand"}
    assert named == {"Thailand", "Indonesia"}


SCENE_TALKS = """Ministry opens talks over Veltarra quarry blockade
Government envoys met village elders on Thursday to end the blockade of the Veltarra
quarry, now in its fourth day.
The villagers want a share of the quarry's royalties and a new water pipe.
The envoys offered a commission to review the royalties within a month.
"""

SCENE_DRIVERS = """Lorry drivers stuck at Veltarra blockade run short of food
Hundreds of truckers queued on the highway on Thursday behind the blockade near Veltarra,
sleeping in their cabs.
One trucker said he had eaten nothing but biscuits since Monday.
Charities handed out bread and bottled water along the queue of lorries.
"""


def test_two_angles_that_open_on_one_rare_place_and_one_happening_are_one_story() -> None:
    """Talks over a blockade and the drivers it strands share little but the place, the
    blockade and the day: one scene, one story."""
    from brief.stories.apart import lead_places, one_scene, rare_openings, rare_subjects

    corpus = corpus_of([SCENE_TALKS, SCENE_DRIVERS])
    texts = story_texts(corpus, [1, 2])
    pair = [texts[1], texts[2]]
    assert one_scene(pair, rare_subjects(pair), rare_openings(pair), lead_places(pair), 0, 1)
    groups = find_stories(corpus_of([SCENE_TALKS, SCENE_DRIVERS, *DESK]))
    assert [g.sources for g in groups][0] == (1, 2)


def test_two_arrests_of_one_club_each_leading_with_its_own_player_are_no_one_scene() -> None:
    """One club, one kind of event, one weekday: but each report leads with a player the
    other never names."""
    from brief.stories.apart import lead_places, one_scene, rare_openings, rare_subjects

    arrests = [
        "Dravona forward arrested\nDravona forward Teo Markulis was arrested on Sunday after a "
        "brawl outside a nightclub.\n",
        "Dravona keeper arrested\nDravona goalkeeper Ilan Serbedo was arrested on Sunday on "
        "suspicion of drink-driving.\n",
    ]
    texts = story_texts(corpus_of(arrests), [1, 2])
    pair = [texts[1], texts[2]]
    assert not one_scene(pair, rare_subjects(pair), rare_openings(pair), lead_places(pair), 0, 1)


def test_a_hearing_weeks_before_a_verdict_that_recalls_its_day_is_another_event() -> None:
    """The verdict's reports recall the bail hearing of 3 May by its day, and lead with
    what came since (convicted), which the hearing's report could not tell."""
    from brief.stories.apart import before_the_event, rare_openings

    hearing = Text(
        "Judge denies bail to accused forger",
        [
            "A printer accused of forging Dravonian banknotes was denied bail on Tuesday.",
            "Ilan Serbedo will stand trial at the Korvath crown court next month.",
        ],
        date="2031-05-03",
    )
    verdict = Text(
        "Printer convicted of forging banknotes",
        [
            "Ilan Serbedo was convicted on Thursday of forging Dravonian banknotes.",
            "At a hearing on 3 May, weeks before the trial, a judge had denied him bail.",
        ],
        date="2031-06-05",
    )
    texts = [hearing, verdict]
    openings = rare_openings(texts)
    assert before_the_event(texts, openings, [0], [1])
    # days apart, not weeks: one news cycle
    soon = Text(
        "Printer convicted of forging banknotes",
        ["Ilan Serbedo was convicted on Thursday of forging Dravonian banknotes."],
        date="2031-05-06",
    )
    assert not before_the_event([hearing, soon], rare_openings([hearing, soon]), [0], [1])


def test_a_new_event_that_recalls_the_storys_in_one_line_is_another_story() -> None:
    """A navy's drills, announced the day it seized a freighter, tell the drills again and
    again and recall the seizure in one line past their lead; the seizure's reports lead
    with it and never tell the drills."""
    from brief.stories.apart import event_in_passing, rare_openings

    seizure = [
        Text(
            "Korvath navy seizes freighter",
            [
                "The Korvath navy seized the freighter Lunar Wren off Dravona on Tuesday.",
                "The freighter's owners said the crew of 19 were safe.",
            ],
            date="2031-05-06",
        ),
        Text(
            "Owners demand release of seized freighter",
            [
                "The owners of the Lunar Wren demanded the release of the seized freighter.",
                "They said the freighter was in international waters.",
            ],
            date="2031-05-06",
        ),
    ]
    drills = Text(
        "Korvath announces naval drills",
        [
            "The Korvath navy will hold three days of drills off Dravona from Friday.",
            "The drills will test mines and coastal batteries, a spokesman said.",
            "Ships were told to keep clear during the drills.",
            "The navy seized a freighter on Tuesday, but the spokesman said it was unrelated.",
        ],
        date="2031-05-06",
    )
    texts = [*seizure, drills]
    assert event_in_passing(texts, rare_openings(texts), [2], [0, 1])
    reaction = Text(
        "Insurers raise premiums after freighter seizure",
        [
            "Insurers raised premiums for ships off Dravona after the navy seized a freighter.",
            "Premiums doubled, brokers said.",
            "Premiums may rise again, one broker said.",
        ],
        date="2031-05-06",
    )
    texts = [*seizure, reaction]
    assert not event_in_passing(texts, rare_openings(texts), [2], [0, 1])


def test_a_new_event_that_half_the_storys_reports_recall_in_a_line_is_another() -> None:
    """Lights over a county's airfield at night, and the airfield's gliders lent to a
    neighbour's air show the next day: the lights' report tells them again and again and
    names the loan in one line past its lead; of the loan's two reports, one never names
    the lights and the other gives them one closing line. Half a story's reports recalling
    a happening in passing tell it no more than one does: the lights are their own event."""
    from brief.stories.apart import event_in_passing, rare_openings

    loan = [
        Text(
            "Harlow gliders to fly at Denbury air show",
            [
                "Four gliders of the Harlow club will be lent to the Denbury air show in "
                "August, the club said on Wednesday.",
                "The gliders will fly display routines on both days of the show.",
            ],
            date="2031-05-06",
        ),
        Text(
            "Denbury show borrows Harlow gliders",
            [
                "The Denbury air show will borrow four gliders from the Harlow club for its "
                "August displays, organisers said on Wednesday.",
                "Pilots from the club will fly them.",
                "Police said on Wednesday they were looking into lights seen over the "
                "Harlow airfield on Tuesday night.",
            ],
            date="2031-05-06",
        ),
    ]
    lights = Text(
        "Mystery lights over Harlow airfield puzzle police",
        [
            "Police are investigating bright lights seen hovering over Harlow airfield on "
            "Tuesday night.",
            "A night watchman saw the lights first, then neighbours reported the lights too.",
            "The lights moved west and vanished after an hour, police said.",
            "The club said it would lend four gliders to an air show in August.",
        ],
        date="2031-05-06",
    )
    texts = [*loan, lights]
    assert event_in_passing(texts, rare_openings(texts), [2], [0, 1])


def test_a_wires_update_that_leads_with_the_storys_event_is_of_it() -> None:
    """A wire's evening update leads with its news (a body found, an officer questioned)
    and tells it again and again, but its lead tells the collision too, where the morning
    copies place it: the update of the story, not a new event recalled in a line."""
    from brief.stories.apart import event_in_passing, rare_openings

    copies = [
        Text(
            "Trawler sinks after collision with freighter off Varnholm; 3 missing",
            [
                "A trawler sank after colliding with a freighter off Varnholm early Monday, "
                "and its crew went into the water.",
                "Three fishermen were missing, the coast guard said.",
                "The crew of the freighter rescued two men.",
            ],
            date="2031-05-06",
        ),
        Text(
            "Three fishermen missing as trawler sinks off Varnholm",
            [
                "A trawler sank after colliding with a freighter off Varnholm early Monday, "
                "and its crew went into the water.",
                "Three fishermen were missing, the coast guard said.",
                "Other crew members were rescued.",
            ],
            date="2031-05-06",
        ),
    ]
    update = Text(
        "UPDATE 1: Fisherman found dead after Varnholm collision; mate questioned",
        [
            "One of three fishermen missing after their trawler sank in a collision with a "
            "freighter off Varnholm on Monday was found dead, investigators said.",
            "Investigators questioned the freighter's mate on suspicion of negligence.",
            "Investigators seized the ship's voyage recorder.",
            "Two crew members of the trawler are still missing.",
        ],
        date="2031-05-06",
    )
    texts = [*copies, update]
    assert not event_in_passing(texts, rare_openings(texts), [2], [0, 1])


def test_a_local_reaction_that_leads_with_the_storys_count_is_of_it() -> None:
    """A town paper's reaction to a mine's expansion leads with the council's worries and
    tells them again and again; the company's release and a wire lead with the expansion
    and never tell the council. But the paper's first sentence gives the count the story's
    leads give (another 640 miners): it tells the story's happening in its lead, however
    it words the rest, and is no new event that recalls the story in a line."""
    from brief.stories.apart import event_in_passing, rare_openings

    expansion = [
        Text(
            "Orrin Minerals to expand Kessany copper mine",
            [
                "Orrin Minerals will hire 640 more miners to expand its copper mine at "
                "Kessany from March, the company said on Monday.",
                "The expansion will open a second shaft and double the mine's output.",
            ],
            date="2031-05-06",
        ),
        Text(
            "Copper miner adds 640 jobs at Kessany",
            [
                "Orrin Minerals said on Monday it would add 640 jobs at its Kessany copper "
                "mine, a second shaft doubling its output.",
                "Shares in the company rose 4 per cent.",
            ],
            date="2031-05-06",
        ),
    ]
    reaction = Text(
        "Kessany council worries over classrooms and clinics",
        [
            "When the news reached Kessany on Monday that another 640 miners would move to "
            "the town, the council's first question was about classrooms.",
            "The council said its two schools had no spare classrooms.",
            "The council will ask the province for more classrooms and a clinic.",
            "A teacher said the classrooms were already crowded.",
            "The copper mine's expansion was announced in the morning.",
        ],
        date="2031-05-06",
    )
    texts = [*expansion, reaction]
    assert event_in_passing(texts, rare_openings(texts), [2], [0, 1]) is False
    # without the count, the same paper leads with the council's own business
    council = Text(
        "Kessany council worries over classrooms and clinics",
        [
            "Kessany's council said on Monday that its classrooms and clinic were full.",
            "The council said its two schools had no spare classrooms.",
            "The council will ask the province for more classrooms and a clinic.",
            "A teacher said the classrooms were already crowded.",
            "The copper mine's expansion was announced in the morning.",
        ],
        date="2031-05-06",
    )
    texts = [*expansion, council]
    assert event_in_passing(texts, rare_openings(texts), [2], [0, 1])


def test_the_countries_a_headline_places_a_report_in_are_named_by_it() -> None:
    """A headline's capitals name its countries, though the body names the agency's seat
    only: the wire's report of the same draft is not placed elsewhere."""
    from brief.stories.apart import lead_places, placed_elsewhere

    wire = Text(
        "Powers circulate draft censuring Dravona",
        ["France, Britain and Germany circulated a draft censuring Dravona on Thursday."],
    )
    paper = Text(
        "Paris, London and Berlin prepare a censure of Dravona",
        ["A draft resolution is circulating in Vienna.", "The board votes on Monday."],
    )
    assert not placed_elsewhere(lead_places([wire, paper]), 0, 1)


def _commentary_reading(texts: list[Text]) -> tuple:  # type: ignore[type-arg]
    """What commentary_beside reads of a pile besides its texts: rare subjects, each text's
    rare names and rare openings."""
    from brief.stories.apart import rare_names, rare_openings, rare_subjects

    return rare_subjects(texts), rare_names(texts).__getitem__, rare_openings(texts)


def test_an_essay_that_leads_with_none_of_the_days_story_subjects_is_commentary() -> None:
    """The day's reports of a port strike lead with the port and the day; an essay of the
    same day on the sea at large gives no day, and leads with none of the port's names."""
    from brief.stories.apart import commentary_beside

    reports = [
        Text(
            "Drones hit Valdmarsk port",
            ["Drones hit the Valdmarsk grain terminal on Tuesday, killing two dockers."],
            date="2031-05-06",
        ),
        Text(
            "Two dockers killed at Valdmarsk",
            ["Two dockers were killed at Valdmarsk port early on Tuesday, officials said."],
            date="2031-05-06",
        ),
    ]
    essay = Text(
        "The Korvath Sea is the forgotten front",
        ["The debate about security looks north, to the Brevamund line and the Tarlingen gap."],
        date="2031-05-06",
    )
    texts = [*reports, essay]
    assert commentary_beside(texts, *_commentary_reading(texts), [2], [0, 1])
    about_it = Text(
        "What the Valdmarsk strike tells us",
        ["The strike on Valdmarsk shows how thin the port's defences are."],
        date="2031-05-06",
    )
    texts = [*reports, about_it]
    assert not commentary_beside(texts, *_commentary_reading(texts), [2], [0, 1])


def test_a_column_that_leads_with_what_happened_as_the_reports_do_is_no_commentary() -> None:
    """A strike's reports lead with the operator and the day; a column on it names neither
    in its lead, but tells the strike in the word every report's lead gives: it is about
    the strike, not an essay that recalls it."""
    from brief.stories.apart import commentary_beside

    reports = [
        Text(
            "Velbrail workers begin indefinite strike",
            ["Velbrail train drivers began an indefinite strike on Monday over pay."],
            date="2031-05-06",
        ),
        Text(
            "Buses and army drivers as Velbrail strike starts",
            ["The ministry put buses on Velbrail routes on Monday as the strike began."],
            date="2031-05-06",
        ),
    ]
    column = Text(
        "The strike is a warning to both sides",
        ["Nobody who waited on a cold platform this morning will thank either side."],
        date="2031-05-06",
    )
    texts = [*reports, column]
    assert not commentary_beside(texts, *_commentary_reading(texts), [2], [0, 1])
    essay = Text(
        "Our railways were built for another century",
        ["Nobody who waited on a cold platform this morning will be surprised by that."],
        date="2031-05-06",
    )
    texts = [*reports, essay]
    assert commentary_beside(texts, *_commentary_reading(texts), [2], [0, 1])


def test_an_explainer_that_leads_with_the_storys_name_of_common_words_is_no_commentary() -> None:
    """A rate cut's reports lead with the bank, whose name is of common words ("the
    Reserve Bank"), and the day; an explainer of what the cut means gives no day and none
    of the reports' rare subjects, but leads with the bank: the cut's own explainer."""
    from brief.stories.apart import commentary_beside

    reports = [
        Text(
            "Reserve Bank cuts rate, Governor Tavakelo signals pause",
            ["The Reserve Bank cut its cash rate to 3% on Tuesday."],
            date="2031-05-06",
        ),
        Text(
            "Reserve Bank trims cash rate",
            ["The Reserve Bank lowered its cash rate by a quarter point on Tuesday."],
            date="2031-05-06",
        ),
    ]
    explainer = Text(
        "What the rate cut means for your mortgage",
        ["The Reserve Bank has cut the cash rate again. Here is what it means if you borrow."],
        date="2031-05-06",
    )
    texts = [*reports, explainer]
    assert not commentary_beside(texts, *_commentary_reading(texts), [2], [0, 1])
    essay = Text(
        "Why savers always lose",
        ["Savers have been told for years that prudence pays. They should stop believing it."],
        date="2031-05-06",
    )
    texts = [*reports, essay]
    assert commentary_beside(texts, *_commentary_reading(texts), [2], [0, 1])


def test_a_clipping_and_the_word_it_stands_for_are_one_term() -> None:
    """One outlet's "quake" is another's "earthquake" (words.toml's same_words, the list
    the daily matching reads too)."""
    from brief.stories.similarity import _term

    assert _term("quake") == _term("earthquake")
    assert _term("blasts") == _term("explosions")


def test_a_report_that_leads_with_the_others_place_does_not_recall_it_in_passing() -> None:
    """Pile 7: the attack on a palace named the morgue of its dead in one line, and the
    morgue's report was held to recall another event; both lead with one city, which a
    report of another event only recalls. A curfew leading with the country whose
    capital the attack's report leads with is placed there too."""
    attack = Text(
        "Gunfire in Chisinau as soldiers attack presidential palace",
        [
            "Heavy gunfire rang out around the palace in Chisinau before dawn on Thursday.",
            "Residents said armoured vehicles were parked across the main avenues.",
            "A spokesman said the attack had been repelled and the soldiers arrested.",
            "Wounded soldiers were taken to the Kamera Tolu hospital, a doctor said.",
        ],
    )
    morgue = Text(
        "At a Chisinau morgue, mothers wait for names",
        [
            "By midday the courtyard outside the morgue of the Kamera Tolu hospital was full.",
            "Rosa Imbali, 52, had been there since 8 a.m. and had heard nothing from her son.",
            "Hospital staff said 14 bodies had been received by early afternoon.",
        ],
    )
    curfew = Text(
        "Moldova imposes nationwide curfew, shuts airport after night of fighting",
        [
            "Moldova's government ordered a dusk-to-dawn curfew across the country on Thursday.",
            "The interior minister said gatherings of more than five people were banned.",
            "Banks and most shops stayed closed, and flights were suspended.",
            "Relatives gathered at the Kamera Tolu hospital, where the wounded were taken.",
        ],
    )
    assert not named_in_passing([attack, morgue], [0], [1])
    assert not named_in_passing([attack, curfew], [0], [1])


def test_a_country_is_no_subject_of_a_reports_own() -> None:
    """Pile 7: a bloc's condemnation led with the country, the presidency's communique
    with its news agency; neither names the other's, and the pair needed more than one
    report of the event to another. A country is where the event is, not who: another
    country's look-alike event is kept apart by placed_elsewhere."""
    from brief.stories.apart import apart_events, rare_subjects

    condemnation = Text(
        "Regional bloc condemns attempt to overturn constitutional order in Moldova",
        [
            "The regional bloc on Thursday condemned an attempt to overturn the order in Moldova.",
            "It said it would not recognise a government that came to power by force.",
        ],
    )
    communique = Text(
        "Presidency: head of state safe after armed attack on palace, Varonel agency says",
        [
            "Varonel agency reported that an armed group attacked the palace before dawn.",
            "The attack was repelled and the head of state is safe, the presidency said.",
        ],
    )
    texts = [condemnation, communique]
    assert not apart_events(texts, rare_subjects(texts), 0, 1)


def test_a_governments_demonym_places_its_event_and_two_votes_stay_apart() -> None:
    """Two governments' confidence votes of one day share every word of the kind (motion,
    deputies, votes needed, opposition); "the Slovenian government" places one as
    "Croatia's cabinet" places the other, and the fallen premier's profile, which places
    nothing, does not bridge them."""
    from brief.stories.apart import lead_places, rare_subjects, recalled_elsewhere, told_places

    fall = [
        "Slovenian government falls in confidence vote\n\n"
        "The Slovenian government of Prime Minister Tomaž Verbič lost a vote of no"
        " confidence in parliament on Tuesday after its junior partner defected.\n\n"
        "The motion won 52 votes, six more than needed, and the opposition cheered.\n\n"
        "Verbič said his ministers would stay on until a new cabinet was formed.\n",
        "Verbič, the engineer who never liked parliament\n\n"
        "Tomaž Verbič spent twenty years building bridges before he entered politics.\n\n"
        "His fall on Tuesday, after a motion of no confidence, ends a career of six years.\n\n"
        "Friends say Verbič will go back to his engineering firm.\n",
    ]
    survival = [
        "Croatian cabinet survives confidence motion over fuel prices\n\n"
        "Croatia's minority cabinet of Prime Minister Dario Lončar survived a motion of no"
        " confidence in parliament on Tuesday, three votes short of the majority needed.\n\n"
        "The opposition had accused the cabinet of letting fuel prices rise.\n\n"
        "Lončar said the vote showed there was no other majority.\n",
        "Opposition vows new motion after Lončar scrapes through\n\n"
        "Leaders of Croatia's opposition said on Tuesday they would table another motion"
        " against Prime Minister Dario Lončar after theirs failed by three votes.\n\n"
        "Some deputies of the opposition walked out before the vote, they said.\n",
    ]
    corpus = corpus_of([*fall, *survival])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    places = lead_places(texts)
    assert [sorted(where) for where, _ in places] == [
        ["Slovenia"],
        [],
        ["Croatia"],
        ["Croatia"],
    ]
    assert recalled_elsewhere(
        texts, rare_subjects(texts), places, lambda i: told_places(texts[i]), [0, 1], [2, 3]
    )
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3, 4)]


def test_a_report_placed_elsewhere_beside_a_story_with_an_unplaced_report_stays_apart() -> None:
    """A navy ends its drills "after the drone strike" in another country's port; the
    strike's reports never tell the navy's country, and one of them places nothing
    ("Romanian officials said"), which no longer lets the drills join."""
    from brief.stories.apart import lead_places, rare_subjects, recalled_elsewhere, told_places

    reports = [
        "Drone hits fuel depot at Mangalia port\n\n"
        "A drone hit a fuel depot at the Romanian port of Mangalia on Wednesday night,"
        " killing two workers, officials in Romania said.\n\n"
        "Firefighters put out the blaze by morning.\n",
        "Two dead as drone strikes Mangalia depot\n\n"
        "Two workers were killed when a drone struck a fuel depot at Mangalia late on"
        " Wednesday, Romanian officials said.\n\n"
        "The drone came from the sea, the officials said.\n",
        "Greece ends naval exercise early\n\n"
        "Greece ended its Aegean Trident naval exercise on Thursday, two days early, after"
        " the drone strike in Mangalia.\n\n"
        "Vice Admiral Nikos Stavrou said the frigates would escort merchant ships.\n",
    ]
    corpus = corpus_of(reports)
    texts = list(story_texts(corpus, [1, 2, 3]).values())
    places = lead_places(texts)
    told = lambda i: told_places(texts[i])  # noqa: E731
    assert recalled_elsewhere(texts, rare_subjects(texts), places, told, [2], [0, 1])
    # a report of the story that places nothing but tells a third country may be of a
    # wider story
    wider = corpus_of(
        [
            *reports[:2],
            "Drones strike depots along the coast\n\n"
            "Drones struck fuel depots along the coast on Wednesday night, officials said.\n\n"
            "In Bulgaria, a depot at Balchik burned.\n\n"
            "Bulgaria's ministry said two workers were hurt.\n\n"
            "Bulgaria closed the port of Balchik for a day.\n",
            reports[2],
        ]
    )
    texts = list(story_texts(wider, [1, 2, 3, 4]).values())
    places = lead_places(texts)
    assert not recalled_elsewhere(
        texts, rare_subjects(texts), places, lambda i: told_places(texts[i]), [3], [0, 1, 2]
    )


def test_a_report_and_a_story_placed_apart_that_recall_each_other_in_a_line_are_apart() -> None:
    """Two ferries sink on one day, one off Tunisia, one off Algeria: the single report
    closes on the other sinking in a line, as one report of the story does on it; each
    tells its own country and only recalls the other's. Undated, or months apart (a
    saga's stops), one line is no pattern."""
    from brief.stories.apart import lead_places, rare_subjects, recalled_elsewhere, told_places

    reports = [
        "Ferry sinks off Tunisia's Kerkennah islands, 14 dead\n\n"
        "SFAX, March 6, 2026 - A ferry carrying 80 passengers sank off Tunisia's Kerkennah"
        " islands on Friday, killing 14 people, the Tunisian coast guard said.\n\n"
        "Divers searched the wreck of the Sidi Youssef through the afternoon.\n",
        "Tunisia ferry toll rises as divers search Kerkennah wreck\n\n"
        "SFAX, March 6, 2026 - The toll from the ferry sinking off Tunisia's Kerkennah"
        " islands rose to 17 on Friday, the coast guard said.\n\n"
        "The Sidi Youssef had left Sfax at dawn.\n\n"
        "Off Algeria, a second ferry capsized near Annaba the same day.\n",
        "Algerian navy pulls 9 from the sea after ferry capsizes off Annaba\n\n"
        "ANNABA, March 6, 2026 - The Algerian navy rescued nine people on Friday after a"
        " ferry capsized off Annaba in eastern Algeria, officials said.\n\n"
        "The El Bahri had 40 people aboard.\n\n"
        "The sinking came on the day a ferry went down off Tunisia.\n",
    ]
    corpus = corpus_of(reports)
    texts = list(story_texts(corpus, [1, 2, 3]).values())
    places = lead_places(texts)
    told = lambda i: told_places(texts[i])  # noqa: E731
    assert recalled_elsewhere(texts, rare_subjects(texts), places, told, [2], [0, 1])
    months_apart = [reports[0], reports[1], reports[2].replace("March 6", "November 20")]
    texts = list(story_texts(corpus_of(months_apart), [1, 2, 3]).values())
    places = lead_places(texts)
    assert not recalled_elsewhere(
        texts, rare_subjects(texts), places, lambda i: told_places(texts[i]), [2], [0, 1]
    )


def test_a_home_countrys_report_of_one_sinking_that_leads_with_its_vessel_is_not_apart() -> None:
    """The victims' home country reports the ferry's sinking from its own angle: placed in
    its own country, it leads with the ferry the story's leads name, and names the port
    it sank off: one event of one day, not two."""
    from brief.stories.apart import lead_places, rare_subjects, recalled_elsewhere, told_places

    reports = [
        "Ferry Qorvandel capsizes off Port Essaly, 20 dead\n\n"
        "ESSALY, June 2, 2026 - The ferry Qorvandel capsized off Port Essaly in Ghana on"
        " Tuesday, killing 20 people, police said.\n\n"
        "Divers from Ghana's navy recovered the bodies.\n",
        "Ghana ferry toll rises to 20 as Qorvandel is raised\n\n"
        "ESSALY, June 2, 2026 - The toll from the sinking of the Qorvandel in Ghana rose to"
        " 20 on Tuesday, Ghana's police said.\n\n"
        "The Qorvandel was overloaded, survivors said.\n",
        "Togo confirms five citizens among Qorvandel dead\n\n"
        "LOME, June 2, 2026 - Togo's foreign ministry confirmed on Tuesday that five Togolese"
        " traders died when the Qorvandel capsized.\n\n"
        "The ferry sank off Port Essaly, where divers recovered 20 bodies, Ghana said.\n\n"
        "Togo will bring the bodies home, the ministry said.\n",
    ]
    texts = list(story_texts(corpus_of(reports), [1, 2, 3]).values())
    places = lead_places(texts)
    told = lambda i: told_places(texts[i])  # noqa: E731
    assert not recalled_elsewhere(texts, rare_subjects(texts), places, told, [2], [0, 1])


def test_a_country_word_inside_a_longer_place_name_is_not_that_country() -> None:
    """ "Northern Ireland's High Court" is no court of Ireland's and "New Mexico" no
    Mexico, where the text writes them as place names; "in eastern Ukraine" is still
    Ukraine, and so is a title-case headline's "Eastern Ukraine"."""
    from brief.stories.apart import lead_bodies, lead_places, told_places

    texts = list(
        story_texts(
            corpus_of(
                [
                    "Northern Ireland's High Court rules scheme unlawful\n\n"
                    "Northern Ireland's High Court ruled on Monday that the scheme broke the"
                    " law.\n",
                    "New Mexico court strikes down county rules\n\n"
                    "A New Mexico court struck down the rules on Monday.\n",
                    "Shelling Hits Towns In Eastern Ukraine\n\n"
                    "Shelling hit towns in eastern Ukraine on Monday, officials said.\n",
                ]
            ),
            [1, 2, 3],
        ).values()
    )
    assert texts[0].regions == {("northern", "ireland")}
    assert lead_bodies(texts)[0] == {}
    assert [lead for lead, _ in lead_places(texts)] == [set(), set(), {"Ukraine"}]
    assert not told_places(texts[1])


def test_a_story_that_recalls_another_in_a_second_sentence_which_never_names_it_is_apart() -> None:
    """Defence ministers meeting in one city "a day after" a ramming at a shoal: most of
    the meeting's reports recall the shoal in their second sentence or further down, and
    the ramming's reports never name the meeting's city."""
    from brief.stories.apart import rare_names, rare_subjects, subject_in_passing

    meeting = [
        "Defence ministers meet in Townsville, agree on drills\n\n"
        "Defence ministers from three countries met in Townsville on Wednesday and agreed"
        " to hold a joint exercise next year.\n\n"
        "The meeting came a day after a coast guard ship rammed a patrol boat near Kalbay"
        " Reef.\n\n"
        "About 2,000 troops will take part in the exercise, named Coral Lance.\n",
        "Townsville talks set Coral Lance exercise for next year\n\n"
        "Ministers meeting in Townsville agreed on Wednesday to stage the Coral Lance"
        " exercise with 2,000 troops.\n\n"
        "One minister said the ramming at Kalbay Reef showed why partners must train"
        " together.\n\n"
        "The ministers also agreed to share surveillance data.\n",
        "Ministers in Townsville pledge 2,000 troops for Coral Lance\n\n"
        "The three ministers meeting in Townsville pledged 2,000 troops for Coral Lance on"
        " Wednesday.\n\n"
        "Amphibious landings will be part of the drills.\n",
    ]
    ramming = [
        "Coast guard ship rams patrol boat at Kalbay Reef; sailor hurt\n\n"
        "A coast guard ship rammed a patrol boat near Kalbay Reef on Tuesday, injuring one"
        " sailor, the navy said.\n\n"
        "The patrol boat returned to port with a dented hull.\n",
        "Ambassador summoned over Kalbay Reef ramming\n\n"
        "The foreign ministry summoned the ambassador on Tuesday over the ramming of a patrol"
        " boat at Kalbay Reef.\n\n"
        "The injured sailor was flown to hospital.\n",
    ]
    corpus = corpus_of([*meeting, *ramming])
    texts = list(story_texts(corpus, [1, 2, 3, 4, 5]).values())
    subjects = rare_subjects(texts)
    names = rare_names(texts)
    assert subject_in_passing(texts, subjects, names.__getitem__, [0, 1, 2], [3, 4])
    # one report of two recalling it is no pattern
    assert not subject_in_passing(texts, subjects, names.__getitem__, [0, 2], [3, 4])


def _shoal_reports(reaction_date: str) -> list[Text]:
    ramming = Text(
        "Patrol ship rams supply boat Tessaly near Merrow Bank",
        [
            "A patrol ship rammed the supply boat Tessaly near Merrow Bank on Tuesday, "
            "injuring one of its crew.",
            "The boat was carrying food to a garrison on the bank.",
        ],
        date="2031-03-04",
    )
    blame = Text(
        "Orin Haldt blames boat's crew for Merrow Bank collision",
        [
            "Spokesman Orin Haldt on Wednesday blamed the crew of the boat for a collision "
            "near Merrow Bank.",
            "He said the boat had sailed into waters it had no right to enter.",
            "The patrol ship had acted lawfully near the bank on Tuesday, he said.",
        ],
        date=reaction_date,
    )
    return [ramming, blame]


def test_the_next_days_report_naming_the_events_place_and_day_is_not_another_days() -> None:
    """A reaction dated the day after, leading with the ramming's place and naming its
    day, is that event's; dated weeks later, the same words tell another event of the
    saga (a hearing weeks before a verdict stays apart)."""
    from brief.stories.apart import on_other_days, rare_subjects

    texts = _shoal_reports("2031-03-05")
    subjects = rare_subjects(texts)
    assert not on_other_days(texts, subjects, [0], [1])
    assert not on_other_days(texts, subjects, [1], [0])
    later = _shoal_reports("2031-04-15")
    assert on_other_days(later, rare_subjects(later), [0], [1])


def test_an_initialism_is_no_subject_of_its_own_where_the_other_writes_it_out() -> None:
    from brief.stories.apart import on_other_days, rare_subjects

    rammed = Text(
        "MCG ship rammed near Merrow Bank",
        ["A ship of the MCG was rammed near Merrow Bank on Tuesday."],
        date="2031-03-04",
    )
    protest = Text(
        "Merrow Bank ramming draws protest",
        [
            "Minister Ilse Varga on Wednesday protested the ramming of a Merrow Coast Guard ship "
            "near Merrow Bank."
        ],
        date="2031-03-05",
    )
    texts = [rammed, protest]
    subjects = rare_subjects(texts)
    assert "mcg" in subjects[0] and "varga" in subjects[1]
    assert not on_other_days(texts, subjects, [0], [1])


def test_a_dated_leads_overnight_is_the_night_before_its_date() -> None:
    shelled = Text(
        "Villagers killed in shelling near Harrow Pass",
        ["The Vellan government said on Wednesday that two villagers died in shelling overnight."],
        date="2031-03-05",
    )
    assert shelled.days == {"wednesday", "tuesday"}
    undated = Text("Shelling overnight", ["Two villagers died in shelling overnight."])
    assert not undated.days


def test_the_speaker_of_a_lead_is_no_subject_of_its_scene() -> None:
    """Each side of a border clash tells it through its own source (a headline's ": Army
    media office", "the Vellan government said"): who says it is not another place."""
    from brief.stories.texts import _sayers

    said = _sayers(
        [
            "Four soldiers killed at Harrow Pass: HMO",
            "The Vellan government said two villagers died near Harrow Pass, officials said.",
        ]
    )
    assert said == {"hmo", "vellan"}  # Harrow Pass is the scene, not a speaker


def test_a_clash_told_from_each_side_through_its_own_source_is_one_scene() -> None:
    """One side's report gives the clash's night by its weekday, the other's, dated the
    next day, by "overnight"; each names its own side's speaker."""
    from brief.stories.apart import lead_places, one_scene, rare_openings, rare_subjects

    soldiers = Text(
        "Four soldiers killed as border posts near Harrow Pass come under fire: HMO",
        [
            "Four Vellan soldiers were killed when Dorsan forces opened fire on border posts "
            "near the Harrow Pass crossing late on Tuesday, the army's media office said."
        ],
        date="2031-03-05",
    )
    villagers = Text(
        "Dorsa says two villagers killed in shelling near Harrow Pass crossing",
        [
            "Dorsan spokesman Arif Zamani said on Wednesday that two villagers were killed when "
            "Vellan forces shelled border posts and villages near the Harrow Pass crossing "
            "overnight."
        ],
        date="2031-03-05",
    )
    texts = [soldiers, villagers]
    assert one_scene(texts, rare_subjects(texts), rare_openings(texts), lead_places(texts), 0, 1)


def test_a_newsletter_whose_lead_and_briefs_sit_under_headings_is_its_leads_report() -> None:
    """A newsletter may head its lead ("THE LEAD: ...") and its briefs ("ALSO TODAY",
    "ONE MORE THING") and mark the briefs with bullets, which ingest takes off: no label
    is left to read. Read whole, a held-out one joined the story of an item of its
    briefs; read by the lead under its own heading, it is the lead event's report."""
    digest = (
        "The Harbour Letter: Kelvarra stands still\n\n"
        "Good evening. Here is what we are watching.\n\n"
        "THE LEAD: DOCKS FALL SILENT\n\n"
        "Dockworkers at Kelvarra stayed off the job for a second day, and the Harbour Workers"
        " Union says its picket will hold. Ships waiting off Kelvarra rose to 41. Marta"
        " Oyelaran, the union's president, told members to stand firm. The Kelvarra Terminal"
        " Council has not moved on automation. Grain growers on the Prairies say the dispute"
        " costs them millions a day.\n\n"
        "ALSO TODAY\n\n"
        "• Sri Lanka: floods in Ratnavali have killed nine people.\n\n"
        "• Iraq: nine workers died in a blast at the Khor Tamar refinery near Basra.\n\n"
        "• Brazil: the Santa Lucia hospital network in Parana is still on paper records.\n\n"
        "ONE MORE THING\n\n"
        "Pickets at Kelvarra held a chess match; a 14-year-old beat a former champion.\n"
    )
    floods = (
        "Floods kill nine in Ratnavali\n\n"
        "Floods have killed nine people in Ratnavali District, the Disaster Relief Centre said"
        " on Thursday, and 12,400 families were affected.\n\n"
        "Navy boats rescued families in Ratnavali. The relief centre warned of more rain in"
        " Ratnavali.\n"
    )
    corpus = corpus_of([*_PORT_STRIKE, digest, floods])
    groups = find_stories(corpus)
    assert [g.sources for g in groups] == [(1, 2, 3, 4), (5,)]
    briefs = {s.index for s in corpus.sentences if s.source == 4 and "Ratnavali" in s.text}
    assert briefs and briefs <= {m.index for m in groups[0].elsewhere}


def test_a_report_that_leads_with_its_own_name_and_the_storys_place_tells_the_story() -> None:
    """A market report leads with a miner's shares and the fighting near the story's town
    ("Alai Gold slumped as fighting near Batken ..."): the fighting's consequence for the
    miner, which joins the story as any report of it. One that leads with its own name
    only, and recalls the fighting lower down, needs stronger evidence (an emerald miner's
    debut on the day of a coal-mine blast)."""
    from brief.stories.apart import leads_with_its_own, rare_names, rare_subjects

    fighting = [
        "Fighting near Dravinsk kills eleven\n\n"
        "Border troops fought overnight near Dravinsk, killing eleven, officials said on"
        " Monday. The clashes began at the Ostrel water intake.\n\n"
        "About 9,000 villagers left homes in Sarveh district.\n",
        "Truce agreed after Dravinsk clashes\n\n"
        "Commanders agreed a ceasefire on Monday after two days of fighting near Dravinsk.\n\n"
        "Both sides will inspect the Ostrel intake jointly, and Sarveh district is calm.\n",
        "Evacuees wait in a school gym\n\n"
        "Hundreds of families who fled the fighting waited on Monday in a school gym.\n\n"
        "They come from villages of Sarveh district near the Ostrel intake.\n",
    ]
    shares = (
        "Varnek Gold slumps as fighting near Dravinsk rattles investors\n\n"
        "Shares in Varnek Gold fell 9 percent on Monday as fighting near Dravinsk sent"
        " investors to the exits.\n\n"
        "Varnek Gold said its staff were safe and it had stopped night haulage.\n"
    )
    debut = (
        "Varnek Gold debuts on the exchange\n\n"
        "Shares in Varnek Gold rose 9 percent on their first day of trading on Monday.\n\n"
        "The company said its staff were safe after the border fighting.\n"
    )
    for report, apart in ((shares, False), (debut, True)):
        corpus = corpus_of([*fighting, report])
        texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
        subjects, names = rare_subjects(texts), rare_names(texts)
        assert leads_with_its_own(texts, subjects, names.__getitem__, [3], [0, 1, 2]) is apart


def test_a_market_close_that_retells_the_days_events_in_its_own_words_joins_none() -> None:
    """A close may tell the day's events in its own words, not by the names their reports
    lead with ("a strike by port workers", "after Korvath fired missiles"): a line that
    gives three rare words of a report's headline and first sentence retells its event.
    Beside the collision's story, which it retells in its lead only, it is a digest."""
    from brief.stories.apart import (
        digest_beside,
        rare_names,
        rare_openings,
        rare_subjects,
        subject_counts,
    )

    collision = [
        "Patrol boat holed in collision with cutter near Tarnholm\n\n"
        "A Velmish cutter rammed a patrol boat near Tarnholm late on Sunday, injuring "
        "a petty officer, the coast guard said.\n\n"
        "The petty officer was flown to Sarnik. The cutter left the area.\n",
        "Why the Tarnholm collision matters\n\n"
        "The cutter's ramming of a patrol boat near Tarnholm is the first to injure crew.\n\n"
        "Tarnholm is a small atoll. Sarnik sends supplies by air.\n",
    ]
    others = [
        "Dockers begin indefinite strike at Brellport\n\n"
        "Dockers at Brellport began an indefinite strike over wages on Monday.\n",
        "Korvath fires missiles into sea off Ostrava coast\n\n"
        "Korvath fired six ballistic missiles into the sea early on Monday.\n",
        "Quenmark cuts benchmark lending rates\n\n"
        "Quenmark's central bank cut its benchmark lending rates on Monday.\n",
    ]
    close = (
        "Regional shares mixed on Monday\n\n"
        "Regional stock markets ended mixed on Monday, with exporters slipping after a "
        "cutter rammed a patrol boat overnight.\n\n"
        "Shipping stocks fell as an indefinite strike by dockers closed the port.\n\n"
        "Defence makers rose after Korvath fired ballistic missiles.\n\n"
        "Banks gained after Quenmark trimmed benchmark lending rates.\n"
    )
    corpus = corpus_of([*collision, *others, close])
    texts = list(story_texts(corpus, [1, 2, 3, 4, 5, 6]).values())
    subjects, names, openings = rare_subjects(texts), rare_names(texts), rare_openings(texts)
    counted = subject_counts(subjects)
    assert digest_beside(texts, subjects, names.__getitem__, openings, counted, [5], [0, 1])
    assert not digest_beside(texts, subjects, names.__getitem__, openings, counted, [0], [1])


def test_a_market_close_that_tells_the_days_events_a_line_each_joins_none() -> None:
    """A general market close names the day's events a sentence each, under a lead of its
    own ("Most markets ended higher"); read whole, a held-out one joined the story of the
    IPO it gave most words to. A report of the IPO that recalls other news in a line leads
    with the IPO and tells it again and again."""
    from brief.stories.apart import (
        digest_beside,
        rare_names,
        rare_openings,
        rare_subjects,
        subject_counts,
    )

    listing = [
        "Talvora Logistics prices IPO at top of range\n\n"
        "Talvora Logistics priced its initial public offering at the top of its range on"
        " Monday, raising 2.1 billion, the company said.\n\n"
        "Talvora Logistics will list on 25 November. Demand for Talvora shares was strong.\n",
        "Talvora Logistics sets final offer price\n\n"
        "Talvora Logistics announced on Monday the final offer price of its public offering.\n\n"
        "The book of Talvora Logistics was covered 38 times.\n",
    ]
    others = [
        "Drone strike halts Bazrek gas plant\n\n"
        "A drone hit the Bazrek gas plant of Qorvan Energy overnight, halting output.\n",
        "Coastline Estates prices sukuk\n\n"
        "Coastline Estates priced a five-year sukuk at 5.85 percent on Monday.\n",
        "Quake shakes Dervolu, 14 injured\n\n"
        "A magnitude 5.1 earthquake shook Dervolu on Monday afternoon, injuring 14.\n",
    ]
    close = (
        "Markets close: shares edge up\n\n"
        "Most regional stock markets ended Monday slightly higher as investors focused on"
        " company news.\n\n"
        "The main index rose 0.4%, after Talvora Logistics priced its offering at the top of"
        " the range.\n\n"
        "Qorvan Energy fell 6.8% after a drone attack on its Bazrek plant.\n\n"
        "Coastline Estates' new sukuk was indicated above par.\n\n"
        "Lira assets were little moved by a moderate earthquake in Dervolu.\n"
    )
    corpus = corpus_of([*listing, *others, close])
    texts = list(story_texts(corpus, [1, 2, 3, 4, 5, 6]).values())
    subjects, names = rare_subjects(texts), rare_names(texts)
    counted = subject_counts(subjects)
    assert digest_beside(
        texts, subjects, names.__getitem__, rare_openings(texts), counted, [5], [0, 1]
    )
    assert not digest_beside(
        texts, subjects, names.__getitem__, rare_openings(texts), counted, [0], [1]
    )
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3,), (4,), (5,), (6,)]


def test_a_report_that_leads_with_its_own_beside_a_story_of_two_needs_stronger_evidence() -> None:
    """Two reports of talks in a city name their envoys and the city; a shooting on the
    border that day leads with its own village, names its soldier and minister, and
    recalls the talks in a clause ("hours after the two countries announced new border
    talks"), never their city or envoys: another event of the two countries, as beside a
    story of three. A third report of the talks names their envoys and city."""
    from brief.stories.apart import leads_with_its_own, rare_names, rare_subjects

    talks = [
        "Marovia and Kestland agree to resume border talks\n\n"
        "PELLINGRAD, December 3, 2026 - Marovia and Kestland agreed on Thursday in"
        " Pellingrad to resume talks on their border, envoys Ottar Brennvik and Ludo"
        " Sarkany said.\n\n"
        "Brennvik said the commission would meet again in January.\n\n"
        "Sarkany called the talks in Pellingrad frank.\n",
        "Why the Pellingrad border deal matters\n\n"
        "PELLINGRAD, December 3, 2026 - The agreement reached in Pellingrad on Thursday is"
        " small on paper.\n\n"
        "But Ottar Brennvik and Ludo Sarkany also set up a group on the rail line.\n\n"
        "Until then, the commission will keep drawing the border line.\n",
    ]
    shooting = (
        "Marovian soldier killed in shooting on Kestland border\n\n"
        "DULVIK, December 3, 2026 - A Marovian soldier was killed on Thursday by fire from"
        " Kestland positions near the village of Dulvik, hours after the two countries"
        " announced new border talks.\n\n"
        "The ministry named the soldier as Private Aron Tamsel, 19.\n\n"
        "Defence minister Ivo Garrant said the shooting near Dulvik would not derail"
        " the talks.\n"
    )
    envoys = (
        "Envoys hail Pellingrad talks\n\n"
        "PELLINGRAD, December 3, 2026 - Ottar Brennvik said in Pellingrad on Thursday that"
        " the border talks had gone well.\n\n"
        "Ludo Sarkany agreed, and said the commission would meet in January.\n"
    )
    undated = [re.sub(r"^[A-Z]+, December 3, 2026 - ", "", text, flags=re.M) for text in talks]
    for story, report, apart in (
        (talks, shooting, True),
        (talks, envoys, False),
        (undated, shooting, False),
    ):
        corpus = corpus_of([*story, report])
        texts = list(story_texts(corpus, [1, 2, 3]).values())
        subjects, names = rare_subjects(texts), rare_names(texts)
        assert leads_with_its_own(texts, subjects, names.__getitem__, [2], [0, 1]) is apart


def test_a_report_whose_lead_recalls_the_storys_place_as_what_came_before_is_a_new_event() -> None:
    """A navy replacing its commander "hours after sea drones hit a corvette at Kestrin"
    leads with its own admiral and gives the story's port only in a clause of what came
    before: a new decision of other actors, not the attack's report (pile8's rule). A
    report that leads with its own name and the port in a clause of the same moment ("as
    the attack at Kestrin ...") tells the attack's consequence, and joins it."""
    from brief.stories.apart import follows_the_story, rare_subjects

    attack = [
        "Drones hit corvette Orlin at Kestrin\n\n"
        "KESTRIN, December 3, 2026 - Sea drones struck the corvette Orlin near the port of"
        " Kestrin on Thursday, killing two sailors, deputy governor Anton Velsk said.\n\n"
        "Velsk said the Orlin had been towed into harbour.\n",
        "Corvette Orlin damaged at Kestrin\n\n"
        "KESTRIN, December 3, 2026 - The corvette Orlin was damaged by sea drones near"
        " Kestrin on Thursday, with two crew members killed.\n\n"
        "Anton Velsk said there was no threat to the city.\n",
    ]
    sacking = (
        "Navy replaces fleet commander after Kestrin attack\n\n"
        "MOSCOW, December 3, 2026 - The fleet's commander, Vice-Admiral Pavel Dornov, has"
        " been removed from his post, sources said on Thursday, hours after sea drones hit a"
        " corvette at Kestrin.\n\n"
        "Dornov had commanded the fleet since 2025. Rear Admiral Ilya Sarn takes over.\n"
    )
    shares = (
        "Kestrin Shipping shares fall as the attack at Kestrin rattles investors\n\n"
        "KESTRIN, December 3, 2026 - Shares in Kestrin Shipping fell 9 percent on Thursday"
        " as the drone attack at Kestrin port rattled investors.\n\n"
        "The company said its ships were safe.\n"
    )
    for report, after in ((sacking, True), (shares, False)):
        corpus = corpus_of([*attack, report])
        texts = list(story_texts(corpus, [1, 2, 3]).values())
        assert follows_the_story(texts, rare_subjects(texts), [2], [0, 1]) is after


def test_a_market_close_beside_a_story_named_in_common_words_joins_none() -> None:
    """A story whose own name is of common words ("the Reserve Bank") keeps no rare name
    most of its reports give; a market close that recalls it in a line, and the day's other
    events a line each, is still a digest beside it, read by the names its leads give."""
    from brief.stories.apart import (
        digest_beside,
        rare_names,
        rare_openings,
        rare_subjects,
        subject_counts,
    )

    rate = [
        "Reserve Bank cuts rate to 3%\n\n"
        "The Reserve Bank cut its cash rate by a quarter point to 3% on Monday.\n\n"
        "The bank said inflation had come back to its target. Economists had expected it.\n",
        "Reserve Bank signals pause, Governor Tavakelo says\n\n"
        "The Reserve Bank said on Monday that it may be done cutting for now.\n\n"
        "Mortgage holders will see lower payments from next month, lenders said.\n",
    ]
    others = [
        "Drone strike halts Bazrek gas plant\n\n"
        "A drone hit the Bazrek gas plant of Qorvan Energy overnight, halting output.\n",
        "Coastline Estates prices sukuk\n\n"
        "Coastline Estates priced a five-year sukuk at 5.85 percent on Monday.\n",
        "Quake shakes Dervolu, 14 injured\n\n"
        "A magnitude 5.1 earthquake shook Dervolu on Monday afternoon, injuring 14.\n",
    ]
    close = (
        "Markets close: shares edge up\n\n"
        "Most regional stock markets ended Monday slightly higher as investors focused on"
        " company news.\n\n"
        "The currency rose after the Reserve Bank cut its cash rate.\n\n"
        "Qorvan Energy fell 6.8% after a drone attack on its Bazrek plant.\n\n"
        "Coastline Estates' new sukuk was indicated above par.\n\n"
        "Lira assets were little moved by a moderate earthquake in Dervolu.\n"
    )
    corpus = corpus_of([*rate, *others, close])
    texts = list(story_texts(corpus, [1, 2, 3, 4, 5, 6]).values())
    subjects, names = rare_subjects(texts), rare_names(texts)
    counted = subject_counts(subjects)
    assert not names[0] & names[1]  # no rare name of its own
    assert digest_beside(
        texts, subjects, names.__getitem__, rare_openings(texts), counted, [5], [0, 1]
    )
    assert not digest_beside(
        texts, subjects, names.__getitem__, rare_openings(texts), counted, [0], [1]
    )


def test_a_report_that_leads_with_the_storys_happening_is_no_recalled_event() -> None:
    """A hospital's feature of a quake's night, in a town the quake's reports name in a
    line, leads with the quake: an angle of its event, though it names few of the story's
    places. A flooding at a mine the blast's reports recall in a line leads with a
    happening of its own: another event."""
    from brief.stories.apart import rare_names, rare_openings, rare_subjects, recalled_report

    quake = [
        "Earthquake kills four in Varnesk province\n\n"
        "A strong earthquake struck Varnesk province before dawn on Thursday, killing four"
        " people, the Ostrava Institute of Seismology said.\n\n"
        "Roads near Kellmoor and Tarvagh were cut. In Brelinca, a hospital was damaged.\n",
        "Earthquake toll in Varnesk rises to six\n\n"
        "The toll from Thursday's earthquake in Varnesk province rose to six, the Ostrava"
        " Institute of Seismology said.\n\n"
        "Landslides blocked roads near Kellmoor and Tarvagh. Patients were moved in Brelinca.\n",
    ]
    feature = (
        "Brelinca hospital moves patients outdoors after earthquake cracks wards\n\n"
        "Nurses in Brelinca cared for patients in tents on Thursday after the earthquake"
        " cracked the walls of two wards.\n\n"
        "The head nurse, Dalia Morvent, said the night was long.\n"
    )
    flooding = (
        "Brelinca miners rescued from flooding\n\n"
        "Rescuers brought nine miners out of a flooded pit in Brelinca on Thursday.\n\n"
        "The pit's owner, Dalia Morvent, said pumps had failed.\n"
    )
    for report, recalled in ((feature, False), (flooding, True)):
        corpus = corpus_of([*quake, report])
        texts = list(story_texts(corpus, [1, 2, 3]).values())
        subjects, names, openings = rare_subjects(texts), rare_names(texts), rare_openings(texts)
        assert (
            recalled_report(texts, subjects, names.__getitem__, openings, [2], [0, 1]) is recalled
        )


POST_RAID = (
    "Gunmen kill nine soldiers at Varesso outpost in Chad\n"
    "N'DJAMENA, March 3 - Gunmen on pick-up trucks killed nine soldiers in a raid on an army "
    "outpost at Varesso in Chad's Lac province on Tuesday, the army said.\n"
    "The army said six soldiers were wounded and that the fighting lasted three hours.\n"
)
PARK_RAID = (
    "Cameroon troops repel raid near border reserve\n"
    "YAOUNDE, March 3 - Cameroon's army repelled a raid on a military camp near the Long Lake "
    "reserve in the far north, killing five attackers, the army said.\n"
    "Three soldiers were wounded in the raid, near the border with Chad and Nigeria.\n"
)


def test_a_lead_country_the_other_never_names_is_a_subject_of_its_own() -> None:
    """Two raids on army posts of one day in two neighbours: one report places its raid
    in a country the other never names, and recalls the other's country only as a border;
    the other leads with its own town. Each has a subject of its own (r55 H1)."""
    from brief.stories.apart import apart_events, lead_places, rare_subjects

    corpus = corpus_of([POST_RAID, PARK_RAID])
    texts = story_texts(corpus, [1, 2])
    pair = [texts[1], texts[2]]
    subjects = rare_subjects(pair)
    assert not apart_events(pair, subjects, 0, 1)  # by names alone, the park's is no subject
    assert apart_events(pair, subjects, 0, 1, places=lead_places(pair))
    assert [g.sources for g in find_stories(corpus)] == [(1,), (2,)]


def test_a_market_close_whose_lead_weighs_several_countries_events_opens_on_no_scene() -> None:
    """A close's lead names the capital's takeover beside a levy, a sacking and a rate
    hold in three other countries: it shares the takeover's place and word with the
    bloc's condemnation, but tells the day's markets, not the takeover's scene."""
    from brief.stories.apart import lead_places, one_scene, rare_openings, rare_subjects

    condemnation = Text(
        "Bloc condemns Lomaville takeover",
        [
            "The regional bloc on Tuesday condemned the military takeover in Lomaville and "
            "demanded the release of the detained president."
        ],
        date="2031-03-04",
    )
    curfew = Text(
        "Curfew empties Lomaville streets after takeover",
        [
            "Soldiers patrolled the empty streets of Lomaville on Tuesday night as a curfew "
            "imposed after the takeover came into force."
        ],
        date="2031-03-04",
    )
    close = Text(
        "Stocks: Nairobi steady as Lomaville takeover weighs",
        [
            "Stocks ended flat on Tuesday as investors weighed a military takeover in "
            "Lomaville, a new levy in Zambia, a cabinet shake-up in Nigeria and a rate "
            "hold in Uganda."
        ],
        date="2031-03-04",
    )
    texts = [condemnation, curfew, close]
    args = (texts, rare_subjects(texts), rare_openings(texts), lead_places(texts))
    assert one_scene(*args, 0, 1)
    assert not one_scene(*args, 0, 2)


def test_an_attack_days_after_a_raid_is_apart_from_the_raid_s_mourning() -> None:
    """The market attack's headline recalls the raid as what came before; the mourning
    for the raid's soldiers names the market town once, in its last line."""
    from brief.stories.apart import apart_events, rare_subjects

    mourning = Text(
        "Vellmark declares mourning after Ostravel raid",
        [
            "Vellmark's president declared three days of mourning on Monday for the soldiers "
            "killed at Ostravel.",
            "A new commander was named for the eastern zone.",
            "The army said it had sent more troops to the Karsivo district.",
        ],
        date="2031-03-04",
    )
    market = Text(
        "Gunmen attack Karsivo market days after Ostravel raid",
        [
            "Gunmen attacked the weekly market in Karsivo on Monday evening, killing six "
            "civilians, officials said.",
            "The attack came two days after soldiers were killed at Ostravel.",
        ],
        date="2031-03-04",
    )
    texts = [mourning, market]
    assert apart_events(texts, rare_subjects(texts), 0, 1)


def test_a_wire_naming_the_ministers_name_once_beside_a_report_of_its_cuts_is_one_event() -> None:
    """Two reports open on one happening in one country, each with the country as its
    first word (which is no name): a wire that names the minister once, past its lead, does
    not recall another event of hers (r56: a country's power cuts had been two stories)."""
    from brief.stories.apart import rare_openings

    corpus = corpus_of(
        [
            "Bolivia orders water rationing as heatwave dries rivers\n\n"
            "Bolivia will impose water rationing in every town from Tuesday, the environment"
            " ministry said on Sunday, as a heatwave has dried its rivers.\n\n"
            "The Misicuni dam stood at a third of its level.\n\n"
            "Environment Minister Lenka Dvorakova said tankers would supply villages.\n\n"
            "Farmers expect the smallest harvest in years.\n",
            "Bolivia announces rationing of tap water\n\n"
            "Bolivia's government announced on Sunday that water rationing will start on"
            " Tuesday, as the heatwave has left rivers at record lows.\n\n"
            "Minister Lenka Dvorakova said schedules would follow on Monday.\n\n"
            "Dvorakova urged households to save water. Lenka Dvorakova took office in May.\n",
        ]
    )
    texts = list(story_texts(corpus, [1, 2]).values())
    assert named_in_passing(texts, [0], [1])  # read without their openings
    assert not named_in_passing(texts, [0], [1], rare_openings(texts))


def test_a_report_giving_the_count_a_central_banks_leads_give_is_of_its_decision() -> None:
    """A currency report opens on its country (a first word, no name) and the rate rise
    in its own words ("hike"), where the bank's reports say "raised": the count every
    lead gives (150 basis points) tells one happening of one country, so the report's one
    line naming the bank's people recalls no other event."""
    from brief.stories.apart import rare_openings

    bank = [
        "Hungarian central bank raises base rate in surprise move\n\n"
        "The National Bank of Hungary raised its base rate by 150 basis points on Thursday,"
        " Governor Zsolt Kertesz said.\n\n"
        "Zsolt Kertesz said inflation had reached 9%.\n\n"
        "The Monetary Council meets again in March.\n",
        "National Bank of Hungary lifts rate by 150 basis points\n\n"
        "The National Bank of Hungary lifted its base rate by 150 basis points on Thursday"
        " at an extra meeting of its Monetary Council.\n\n"
        "Governor Zsolt Kertesz said the forint had come under pressure.\n",
    ]
    currency = (
        "Hungary's forint slides as 150 basis-point hike stuns traders\n\n"
        "Hungary's forint fell 3% against the euro on Thursday after a 150 basis-point hike"
        " that traders had not expected.\n\n"
        "Dealers in Budapest said the move would calm prices.\n\n"
        "Zsolt Kertesz, the governor, had played down the risk in January.\n\n"
        "Bond yields fell across the curve.\n"
    )
    texts = list(story_texts(corpus_of([*bank, currency]), [1, 2, 3]).values())
    assert named_in_passing(texts, [2], [0, 1])  # read without their openings
    assert not named_in_passing(texts, [2], [0, 1], rare_openings(texts))


def test_a_newsletters_greeting_above_its_sections_is_no_item_and_no_bullet() -> None:
    """A newsletter greets its reader above its sections, and two of its items name two
    bodies that share a common word ("Grain"): it is still a roundup, and in the story of
    its first item its greeting and its other items are no bullets (r56)."""
    from brief.stories.roundups import roundup_items

    digest = (
        "The Harvest Letter: silo blast, port strike and a rate cut\n\n"
        "Welcome to this week's edition of The Harvest Letter, your Friday digest.\n\n"
        "WHAT HAPPENED\n\n"
        "A blast at Tamsin Grain's silo in Orvella killed two workers on Tuesday.\n\n"
        "Dockers at Pellham walked out over pay.\n\n"
        "The Central Bank of Varnia cut its rate to 4%.\n\n"
        "WHAT WE'RE WATCHING\n\n"
        "The Federal Grain Board publishes its crop report on Monday.\n"
    )
    blast = (
        "Silo blast kills two in Orvella\n\n"
        "A blast at Tamsin Grain's silo in Orvella killed two workers on Tuesday, the"
        " company said.\n\n"
        "Tamsin Grain said the Orvella silo would stay shut. Firefighters in Orvella worked"
        " through the night.\n"
    )
    corpus = corpus_of([blast, blast.replace("killed", "left dead"), digest])
    items = roundup_items([s for s in corpus.sentences if s.source == 3])
    assert items is not None and not any("Welcome" in s.text for item in items for s in item)
    [story] = [g for g in find_stories(corpus) if 3 in g.sources]
    assert story.roundups == frozenset({3})
    left_out = {
        s.text[:10] for s in corpus.sentences if Mention(s.source, s.index) in story.elsewhere
    }
    # (the greeting itself is furniture since ingest reads a newsletter's welcome: no
    # bullet, whatever its story)
    assert {"Dockers at", "The Centra", "The Federa"} <= left_out


def test_a_report_whose_paragraphs_share_only_a_country_and_its_bodies_is_no_roundup() -> None:
    """A country's name and a body's head word are words too ("Turkey", "Police",
    "Parliament"), but shared by a report's paragraphs they are its own cast: a report of
    one vote, a paragraph on each side of it, is no roundup, and its later paragraphs stay
    its story's bullets."""
    from brief.stories.roundups import roundup_items

    report = (
        "Turkish lawmakers pass protest bill\n\n"
        "Turkey's Parliament passed a bill on Thursday that widens the powers of the Police"
        " at street protests.\n\n"
        "Opposition deputies walked out of Parliament before the vote, calling the bill a"
        " threat to free assembly in Turkey.\n\n"
        "Police unions in Turkey welcomed the measure, which lets officers hold protesters"
        " for four days without charge.\n\n"
        "Rights groups said they would ask the Constitutional Court to strike down what"
        " Parliament had passed and the Police would enforce.\n"
    )
    corpus = corpus_of([report])
    assert roundup_items([s for s in corpus.sentences if s.source == 1]) is None


def test_a_report_whose_paragraph_follows_the_announcement_is_no_roundup() -> None:
    """A short report whose paragraphs each name their own (the pledge, the minister, the
    field, the price) had read as a roundup, and its price line "after the announcement"
    left its story's bullets: that line takes up the event its lead told."""
    from brief.stories.roundups import roundup_items

    report = (
        "Norvland pledges deeper gas cuts\n\n"
        "Norvland's energy ministry has pledged to cut gas exports by 12% from March.\n\n"
        "Minister Tove Ekhart announced the plan in Rimsby on Monday.\n\n"
        '"We keep our word," Ekhart said.\n\n'
        "Output from the Saltholm field, run by Vestra Energi, peaked in October.\n\n"
        "Dutch gas futures rose 3% to 41 euros on Monday after the announcement.\n"
    )
    # saying which announcement, the line leans on no paragraph: the other tests decide
    said = report.replace("the announcement", "the announcement of a tender")
    corpus = corpus_of([report, said])
    assert roundup_items([s for s in corpus.sentences if s.source == 1]) is None
    assert roundup_items([s for s in corpus.sentences if s.source == 2]) is not None


def test_two_central_banks_deciding_on_one_day_are_two_stories() -> None:
    """Two central banks of two countries decide on one day (a held-out desk's Thursday):
    their reports share rate, inflation, basis points and the day, and the single report
    recalls the other bank's move in a line, so no pair is placed apart by its country.
    Each lead gives a body of one kind ("central bank") of a country the other side
    never tells: two decisions. The two outlets' reports of one decision stay together."""
    norway = [
        "Norway's central bank raises rate to 4.75% as krone slides\n\n"
        "Norway's central bank raised its policy rate by 25 basis points to 4.75% on"
        " Thursday, saying a weak krone and stubborn inflation called for tighter policy.\n\n"
        "Governor Ida Wolden Brekke said further increases could not be ruled out. Core"
        " inflation stood at 3.4% in December.\n\n"
        "Most economists polled in Oslo had expected the rise.\n",
        "Norges Bank lifts benchmark rate to 4.75%\n\n"
        "Norway's central bank lifted its benchmark interest rate to 4.75% on Thursday, its"
        " first move since the summer, citing inflation well above its 2% target.\n\n"
        "The krone firmed after the decision, traders in Oslo said. Brekke told reporters"
        " the board had been unanimous.\n",
    ]
    iceland = (
        "Iceland's central bank holds rate at 7.25% for third meeting\n\n"
        "The Central Bank of Iceland kept its key interest rate at 7.25% on Thursday, the"
        " third meeting without change, saying inflation was easing towards its target.\n\n"
        "The monetary policy committee in Reykjavik said wage settlements would decide the"
        " timing of any cut. Inflation eased to 4.1% in December.\n\n"
        "The decision came on the same day that Norway's central bank raised its own rate"
        " by 25 basis points.\n\n"
        "The next meeting of the committee is due in February.\n"
    )
    corpus = corpus_of([*norway, iceland])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3,)]


def test_each_sides_army_in_one_clash_is_no_other_body() -> None:
    """Each side's army tells one border clash from its side: the leads give one kind of
    body of two countries, but each report names the other side again and again."""
    from brief.stories.apart import lead_bodies, other_bodies, spoken_of

    texts = [
        Text(
            "Armenia's army says two soldiers killed in border clash",
            [
                "Armenia's army said two of its soldiers were killed on Monday.",
                "It said Azerbaijani troops opened fire first near the village.",
                "Azerbaijani drones were seen over the ridge, it added.",
                "The army said Azerbaijani shelling lasted an hour.",
            ],
        ),
        Text(
            "Azerbaijan's army says it repelled an attack on the border",
            [
                "Azerbaijan's army said on Monday it had repelled an attack on its posts.",
                "It accused Armenian units of firing first.",
                "Armenian positions were hit in return, the ministry said.",
                "Three Armenian soldiers were seen retreating, it said.",
            ],
        ),
    ]
    bodies = lead_bodies(texts)
    assert bodies[0] == {"army": frozenset({"Armenia"})}
    assert not other_bodies(bodies, lambda i: spoken_of(texts[i]), 0, 1)


def test_a_market_reports_line_moved_by_another_named_event_is_not_its_storys() -> None:
    """A short market report joins the truce its lead line's move followed; its second
    line, copper moved by a strike at a mine no report of the story names, is another
    event's (no bullet or figure of the truce). A line that names no cause of its own
    ("after the announcement") leans on the lead and stays the story's."""
    from brief.stories.roundups import other_causes

    truce = [
        "Kenya and Somalia agree truce at Mandera crossing\n\n"
        "Kenya and Somalia agreed on Thursday to a truce at the Mandera crossing, where"
        " fighting has killed eleven border guards since Monday.\n\n"
        "Foreign ministers of both countries signed the truce in Nairobi.\n",
        "Mandera truce signed as guards bury their dead\n\n"
        "Somalia and Kenya signed a truce at the Mandera crossing on Thursday after four days"
        " of fighting that killed eleven border guards.\n\n"
        "Traders said the crossing would reopen on Friday.\n",
        "Shilling firms after Mandera truce\n\n"
        "Kenya's shilling rose 0.8% against the dollar on Thursday after Kenya and Somalia"
        " agreed a truce at the Mandera crossing.\n\n"
        "Copper rose to $9,800 a tonne as the Kolwezi Ridge strike continued.\n",
    ]
    corpus = corpus_of(truce)
    [story] = find_stories(corpus)
    assert {(m.source, m.index) for m in story.elsewhere} == {(3, 2)}
    sentences = [s for s in corpus.sentences if s.source == 3]
    others = [[s for s in corpus.sentences if s.source == n] for n in (1, 2)]
    leaning = [sentences[0], replace(sentences[1], text="Bonds rose after the announcement.")]
    assert other_causes(leaning, others) == []
    # a cause the story names is the story's own
    named = [sentences[0], replace(sentences[1], text="Bonds rose as the Mandera guards rested.")]
    assert other_causes(named, others) == []
    # a cause that explains the story's own actors' act is the story's reason
    reason = "Diplomats said both sides signed as the Harbour Line blockade hurt trade."
    explained = [sentences[0], replace(sentences[1], text=reason)]
    assert other_causes(explained, others) == []


def test_a_decision_of_its_own_actors_caused_by_the_days_event_is_another_event() -> None:
    """A depot blast told from four angles, and the same day a river authority closing the
    estuary to barges "after depot blast": its reports lead with the authority, never name
    the depot or its operator, and the blast's reports never name the authority."""
    from brief.stories.apart import Named, caused_decision, rare_openings

    blast = [
        "ARNSVIK, March 9, 2026 - An explosion tore through the Velmora fuel depot outside"
        " Arnsvik on Monday, killing three workers, its operator Tollund Energy said.\n\n"
        "Tollund Energy said two storage tanks burned until noon.\n\n"
        "Firefighters from Arnsvik kept the fire from spreading.\n",
        "ARNSVIK, March 9, 2026 - Three workers died when a fuel depot exploded at Velmora on"
        " Monday, police said.\n\n"
        "The Velmora depot is run by Tollund Energy.\n\n"
        "Police said the cause of the explosion was not yet known.\n",
        "ARNSVIK, March 9, 2026 - Tollund Energy shares fell 7% on Monday after an explosion"
        " at its Velmora fuel depot killed three workers.\n\n"
        "Analysts said the depot handled a fifth of the company's fuel.\n",
        "ARNSVIK, March 9, 2026 - Families of the three workers killed in the Velmora depot"
        " explosion gathered at the gates on Monday, Tollund Energy said.\n\n"
        "One widow said her husband had worked at Velmora for twenty years.\n",
    ]
    closure = [
        "HALDEN, March 9, 2026 - The Norrvik River Authority closed the estuary to fuel"
        " barges on Monday evening after the depot explosion, from midnight.\n\n"
        "Barge owners said the Norrvik River Authority had not consulted them.\n",
        "HALDEN, March 9, 2026 - Barge owners protested on Monday after the Norrvik River"
        " Authority shut the estuary following the depot explosion.\n\n"
        "The Norrvik River Authority said it would review the closure on Friday.\n",
    ]
    corpus = corpus_of([*blast, *closure])
    texts = list(story_texts(corpus, [1, 2, 3, 4, 5, 6]).values())
    openings = rare_openings(texts)

    def group(members: list[int]) -> tuple[list[int], Named]:
        names = Counter(name for i in members for name in texts[i].names)
        leads = Counter(name for i in members for name in texts[i].subjects)
        return members, Named(names, leads, len(members))

    assert caused_decision(texts, openings, group([4, 5]), group([0, 1, 2, 3]))
    # a report of the blast itself names its depot: no decision of other actors
    assert not caused_decision(texts, openings, group([2, 3]), group([0, 1, 4, 5]))
    # a government answering the blast with words is a reaction, the blast's story
    vowed = [
        closure[0].replace(
            "The Norrvik River Authority closed the estuary to fuel barges",
            "The Norrvik River Authority vowed tighter checks on fuel barges",
        ),
        closure[1].replace("Barge owners protested", "Barge owners welcomed a review"),
    ]
    texts = list(story_texts(corpus_of([*blast, *vowed]), [1, 2, 3, 4, 5, 6]).values())
    openings = rare_openings(texts)
    assert not caused_decision(texts, openings, group([4, 5]), group([0, 1, 2, 3]))


def test_a_market_report_that_leads_with_two_of_the_days_events_joins_neither() -> None:
    """An oil report whose headline and first sentence give a strait's closure and a
    refinery's blast, each told by two reports of its own, is moved by both and reports
    neither; read whole it had joined the blast's story through a diesel report. The
    diesel report leads with the blast alone (the strait comes two lines on), and joins.
    (The other event must be given by a name its reports lead with: the oil report's
    "explosion at a refinery" names none, so beside the strait it is not asked.)"""
    from brief.stories.apart import leads_with_two, openers, rare_openings, rare_subjects

    blast = [
        "Explosion shuts Vorlund refinery at Kessmark\n\n"
        "An explosion tore through a hydrocracker at Tamsel Energy's Vorlund refinery near"
        " Kessmark early on Wednesday, killing one worker, the company said.\n\n"
        "Firefighters put out the blaze at the Vorlund refinery by noon. Tamsel Energy shut"
        " every unit at Vorlund and gave no restart date.\n\n"
        "Kessmark's mayor said residents heard the blast across the harbour.\n",
        "Tamsel Energy statement on the Vorlund incident\n\n"
        "Tamsel Energy confirms that an explosion occurred at the hydrocracker of its"
        " Vorlund refinery at Kessmark on Wednesday morning.\n\n"
        "Tamsel Energy deeply regrets the death of a colleague at Vorlund. All units at"
        " Vorlund have been shut down.\n",
    ]
    diesel = (
        "Diesel futures jump after Vorlund refinery explosion\n\n"
        "Diesel futures jumped 4% on Wednesday after an explosion forced Tamsel Energy to shut"
        " its Vorlund refinery at Kessmark.\n\n"
        "The Vorlund hydrocracker makes about a fifth of the region's diesel, traders said.\n\n"
        "Crude rose less, also supported by the closure of the Melnar strait.\n"
    )
    strait = [
        "Tanker aground in Melnar strait, traffic halted\n\n"
        "The tanker Orsola Wind ran aground in the Melnar strait on Wednesday, and the"
        " coastguard suspended all traffic through the strait.\n\n"
        "The Orsola Wind was carrying crude from Tavrik. Salvors reached the Orsola Wind by"
        " afternoon.\n",
        "Melnar strait closed after tanker grounding\n\n"
        "Authorities closed the Melnar strait on Wednesday after the laden tanker Orsola Wind"
        " ran aground near its northern entrance.\n\n"
        "Forty ships were waiting to pass the Melnar strait by evening.\n",
    ]
    oil = (
        "Oil rises as Melnar strait closure, refinery explosion stir supply worries\n\n"
        "Oil prices rose 1% on Wednesday as the closure of the Melnar strait held up crude"
        " cargoes and an explosion at a refinery tightened the fuel market.\n\n"
        "Brent crude settled up 84 cents at $73.99 a barrel.\n\n"
        "At Kessmark, Tamsel Energy shut its Vorlund refinery after the blast.\n\n"
        "A larger than expected build in crude stocks capped gains.\n"
    )
    corpus = corpus_of([*blast, diesel, *strait, oil])
    texts = list(story_texts(corpus, [1, 2, 3, 4, 5, 6]).values())
    subjects, openings = rare_subjects(texts), rare_openings(texts)
    assert leads_with_two(texts, subjects, openings, openers(openings), [5], [0, 1, 2])
    assert not leads_with_two(texts, subjects, openings, openers(openings), [2], [0, 1])
    assert (1, 2, 3) in [g.sources for g in find_stories(corpus)]


def test_a_compound_of_place_names_names_each_place() -> None:
    """A road named for the towns it joins ("the Namarrua-Lalaua Norte road") names each
    of them: a release that leads with Lalaua Norte is no report of another place."""
    text = Text(
        "Corridor deal signed",
        ["Convoys may use the Pemsa-Lalovo Norte road from Wednesday, the ministry said."],
    )
    assert {"pemsa", "lalovo", "norte"} <= text.terms
    assert "ministry" in text.terms


def test_a_situation_reports_other_topics_are_not_the_story_it_joins() -> None:
    """A relief agency's situation report in sections (the toll, access, health,
    funding) joins a donors' conference by its funding line; its displaced, its road
    and its cholera cases, whose paragraphs name nothing the conference reports' leads
    name, are other events' (no bullets of the pledges). Its paragraphs that name the
    province or the conference stay the story's."""
    pledges = [
        "Donors pledge $400 million for Tavela crisis at Lisbon conference\n\n"
        "Donors pledged $400 million at a conference in Lisbon on Wednesday for people hit"
        " by floods in Tavela Province, short of the $700 million the appeal seeks.\n\n"
        "The Nordic Fund pledged $90 million, the largest single pledge.\n\n"
        "Delegates in Lisbon said more money would follow for Tavela.\n",
        "Lisbon conference raises $400 million for Tavela\n\n"
        "The pledging conference in Lisbon closed on Wednesday with $400 million promised for"
        " Tavela Province.\n\n"
        "Organisers in Lisbon said the Tavela appeal was now 57% funded.\n",
    ]
    sitrep = (
        "# Tavela Province floods, Situation Report No. 3\n\n"
        "## Highlights\n\n"
        "At least 130 people have died in Tavela Province since the floods began.\n\n"
        "The Refugee Office estimates that 200,000 people are displaced in Corvo camps.\n\n"
        "The Corvo-Marra road is open again, Harbour Police said.\n\n"
        "## Health\n\n"
        "The Health Ministry reports 560 suspected cholera cases and 15 deaths.\n\n"
        "## Funding\n\n"
        "Donors pledged $400 million at the Lisbon conference on Wednesday.\n"
    )
    corpus = corpus_of([*pledges, sitrep])
    assert len({s.heading for s in corpus.sentences if s.source == 3}) >= 2
    [story] = find_stories(corpus)
    elsewhere = {m.index for m in story.elsewhere if m.source == 3}
    texts = {s.index: s.text for s in corpus.sentences if s.source == 3}
    assert {texts[k][:14] for k in elsewhere} == {
        "The Refugee Of",
        "The Corvo-Marr",
        "The Health Min",
    }


def test_two_bodies_deciding_on_one_day_are_two_stories() -> None:
    """A lending fund's outlook and a central bank's rate cut of one day share their
    whole vocabulary (growth, inflation, forecasts); each lead gives its own body in full,
    which the other never names. A currency report that leads with the bank's cut names
    the bank, and joins its story."""
    from brief.stories.apart import own_bodies

    fund = (
        "Fund nudges up world growth forecast\n\n"
        "The Global Lending Fund on Wednesday raised its forecast for world growth this year"
        " to 3.2%, citing stronger activity, but said the outlook was clouded.\n\n"
        "The fund said inflation was expected to ease and central banks could cut rates"
        " gradually. Growth in Velmark was cut to 1.0% in its forecast.\n"
    )
    bank = [
        "Bank of Velmark cuts policy rate to 2%\n\n"
        "The Bank of Velmark on Wednesday cut its policy rate to 2% and lowered its growth"
        " forecast for this year to 1.0%, saying inflation was close to target.\n\n"
        "Governor Elin Marsk said growth had stalled and the outlook was weak.\n",
        "Bank of Velmark trims rate as growth stalls\n\n"
        "The Bank of Velmark trimmed its policy rate to 2% on Wednesday, its third cut, as"
        " growth stalled and inflation eased.\n\n"
        "Governor Elin Marsk said further cuts depended on the outlook for inflation.\n",
    ]
    currency = (
        "Velmark crown slides after surprise cut\n\n"
        "The Velmark crown fell 0.8% on Wednesday after the Bank of Velmark cut its policy"
        " rate to 2%.\n\n"
        "Traders said the cut and Governor Elin Marsk's weak outlook weighed on the crown.\n"
    )
    corpus = corpus_of([fund, *bank, currency])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    assert texts[0].bodies == {("global", "lending", "fund")}
    assert own_bodies(texts, [0], [1, 2, 3])
    assert not own_bodies(texts, [1], [2])
    assert not own_bodies(texts, [3], [1, 2])
    assert [g.sources for g in find_stories(corpus)] == [(1,), (2, 3, 4)]


def test_a_body_named_in_full_ends_at_its_head() -> None:
    """The body a first sentence opens on is its subject: a regulator's name as a notice
    writes it ("Civil Aviation Authority Norway") is the name a report gives ("the Civil
    Aviation Authority"); "of" joins ("Bank of Velmark"), a day or a possessive ends a
    name. A body named further on is seldom the one that acted."""
    from brief.stories.texts import bodies_named

    def body(sentence: str) -> frozenset[tuple[str, ...]]:
        return bodies_named(sentence.replace("'s", " 's").split())

    assert body("Civil Aviation Authority Norway suspends the licence") == {
        ("civil", "aviation", "authority")
    }
    assert body("The Bank of Velmark on Monday cut its rate") == {("bank", "of", "velmark")}
    assert body("The Lending Fund on Monday raised its forecast") == {("lending", "fund")}
    assert body("Lawyers for the senator asked the High Court to free him") == frozenset()


def test_a_situation_reports_setting_ties_no_topic_to_the_story() -> None:
    """A district that a situation report names under two of its headings (the road cut
    in its access section, the cholera cases in its health section) is the crisis's
    setting: the health paragraph is no line of the convoy attack whose lead names that
    district, while the access paragraph naming the convoy's road stays the attack's."""
    convoy = [
        "Gunmen attack aid convoy near Pellin in Varsa district\n\n"
        "Gunmen attacked an aid convoy of nine trucks near Pellin in Varsa district on"
        " Monday, killing two drivers, the Grain Relief Agency said.\n\n"
        "The agency said it had suspended deliveries on the Pellin road.\n",
        "Two drivers killed as Varsa convoy is ambushed near Pellin\n\n"
        "Two drivers were killed when gunmen ambushed a Grain Relief Agency convoy near Pellin"
        " in Varsa district on Monday.\n\n"
        "Officials said the trucks carried food for 30,000 people.\n",
    ]
    sitrep = (
        "# Ostria floods, Situation Report No. 1\n\n"
        "## Highlights\n\n"
        "At least 80 people have died in the Ostria floods since January.\n\n"
        "## Access\n\n"
        "An attack on a Grain Relief Agency convoy near Pellin in Varsa district killed two"
        " drivers.\n\n"
        "## Health\n\n"
        "The Health Ministry reports 214 suspected cholera cases in Varsa district.\n"
    )
    corpus = corpus_of([*convoy, sitrep])
    [story] = find_stories(corpus)
    texts = {s.index: s.text for s in corpus.sentences if s.source == 3}
    assert {texts[m.index][:14] for m in story.elsewhere if m.source == 3} == {"The Health Min"}


def mandate_and_ambush() -> list[str]:
    """Two reports of a council renewing a mission's mandate and three of an ambush on
    its troops that morning, in one country on one day (made up)."""
    renewal = [
        "Council renews Velmora mission's mandate, trims its troop ceiling\n\n"
        "The Security Council on Thursday renewed the mandate of the Kestrel mission in"
        " Velmora for a year and lowered its troop ceiling to 9,000.\n\n"
        "The resolution was adopted by 13 votes, with two abstentions.\n\n"
        "Velmora's envoy welcomed the mandate and asked for more helicopters.\n\n"
        "Members stood for a minute's silence for three soldiers killed that morning.\n",
        "Kestrel stays in Velmora: the mandate is renewed\n\n"
        "The Kestrel mission keeps its mandate in Velmora for another year after a vote in"
        " the council on Thursday afternoon.\n\n"
        "In Tarvik, ministers said the lower troop ceiling was a fair compromise.\n\n"
        "Opposition deputies said the mandate should have stayed as it was.\n\n"
        "The vote came hours after three of the mission's soldiers were killed in the north.\n",
    ]
    ambush = [
        "Three Kestrel soldiers killed in Velmora convoy ambush\n\n"
        "Three soldiers of the Kestrel mission were killed and four wounded on Thursday when"
        " gunmen ambushed their convoy near Dorvan in northern Velmora.\n\n"
        "The convoy was escorting fuel trucks to Dorvan, the mission said.\n\n"
        "Gunmen fired rockets at the lead vehicle before fleeing into the forest.\n\n"
        "The council votes on the mission's mandate later on Thursday.\n",
        "Kestrel mourns three soldiers killed near Dorvan\n\n"
        "Gunmen killed three soldiers of the Kestrel mission in an ambush on a convoy near"
        " Dorvan, Velmora, on Thursday morning.\n\n"
        "The mission's commander said the convoy had been hit by rockets and gunfire.\n\n"
        "Four wounded soldiers were flown to the mission's hospital in Tarvik.\n",
        "Velmora: convoy ambush kills three peacekeepers\n\n"
        "An ambush on a Kestrel convoy near Dorvan killed three soldiers on Thursday, the"
        " Velmora government said, condemning the attack.\n\n"
        "The convoy came under rocket fire on the road north of Dorvan.\n\n"
        "The governor of the north said patrols on the Dorvan road would be doubled.\n",
    ]
    return [*renewal, *ambush]


def test_a_decision_that_recalls_the_days_dead_in_a_line_is_no_report_of_the_attack() -> None:
    """A mission's mandate renewed on the day its soldiers were ambushed: the renewal's
    leads tell no one harmed and recall the dead in a line; the ambush's leads tell the
    killed and recall the mandate in a line. A reaction that leads with the ambush stays
    its report."""
    corpus = corpus_of(mandate_and_ambush())
    texts = list(story_texts(corpus, [1, 2, 3, 4, 5]).values())
    openings = rare_openings(texts)
    assert harm_in_passing(texts, openings, [0, 1], [2, 3, 4])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3, 4, 5)]
    assert not harm_in_passing(texts, openings, [2, 3], [4])
    reaction = Text(
        "Neighbours condemn convoy ambush in Velmora",
        [
            "Velmora's neighbours on Thursday condemned the ambush on a Kestrel convoy near"
            " Dorvan, calling for the gunmen to be caught.",
            "Tarvik's allies offered helicopters to the mission.",
            "Three soldiers were killed in the attack.",
        ],
    )
    with_reaction = [*texts[2:], reaction]
    assert not harm_in_passing(with_reaction, rare_openings(with_reaction), [0, 1, 2], [3])


def test_a_teaser_for_another_story_is_no_sentence_of_the_report() -> None:
    """A related-story link whose headline ends on a question mark names another event,
    however it ends: the stories stage reads no name of it."""
    corpus = corpus_of(
        [
            "Bloc lists four Ostravan arms dealers\n\n"
            "The bloc's council on Monday froze the assets of four arms dealers in Ostrava.\n\n"
            "The listings take to 19 the people under its Ostrava sanctions.\n\n"
            "Related: Talks on the Velmora mission resume — will Tarvik send troops?\n"
        ]
    )
    (text,) = story_texts(corpus, [1]).values()
    assert not any("Velmora" in sentence for sentence in text.head)


def test_a_count_given_only_after_separate_is_the_other_events() -> None:
    """A swap's wire closes on the return of bodies of the day before, "..., in a separate
    repatriation.": its count, given nowhere else in the report, is the other event's, as
    a name there would be, and the two stories share their officials and countries."""
    from brief.stories.apart import called_separate, rare_subjects

    swap = Text(
        "Varnia and Dolsk swap 130 prisoners each",
        [
            "Varnia and Dolsk exchanged 130 prisoners of war each on Monday in a swap"
            " brokered by Qestria, both governments said.",
            "The prisoners' coordination office in Velmar thanked Qestria.",
            "On Sunday Varnia received 640 bodies of its soldiers, in a separate repatriation.",
        ],
    )
    bodies = Text(
        "Varnia gets back 640 bodies",
        [
            "Varnia received the bodies of 640 soldiers from Dolsk on Sunday, the prisoners'"
            " coordination office in Velmar said.",
            "Dolsk received 25 bodies in return.",
        ],
    )
    assert swap.separate_counts == {"640"} and not bodies.separate_counts
    texts = [swap, bodies]
    assert called_separate(texts, rare_subjects(texts), [0], [1])
    # a count it gives of its own event too is no other event's
    both = Text(
        "Varnia gets back 640 bodies",
        [
            "Varnia received 640 bodies on Sunday.",
            "In a separate handover, Dolsk received 640 bodies of its own soldiers.",
        ],
    )
    assert not both.separate_counts
    # a sentence naming nothing: its counts are the other event's all the same
    hurt = Text(
        "Fire at Velmar depot", ["A fire hit a depot.", "In a separate fire, 37 were hurt."]
    )
    assert hurt.separate_counts == {"37"}


def test_a_report_that_tells_the_storys_happening_in_another_form_leads_with_it() -> None:
    """A ship hit by a drone off a port: one report's lead is "struck by a drone", the
    other's "hit by a drone ... as it approached Kessport, near Marren, injuring two",
    and two reports of a city's overnight strike lead with Marren, "drones" and
    "injuring". Leads that give the ship's "drone" in any form may tell its happening, so
    they are no other event's, and the report leads with one event, not with two (see
    leads_with_two): the city is where the port is."""
    from brief.stories.apart import leads_with_two, openers, rare_openings, rare_subjects

    ship = [
        "Tanker Halvor Sun hit by drone off Kessport, two crew injured\n\n"
        "The tanker Halvor Sun was struck by a drone off the port of Kessport on Monday"
        " morning, and two crew were injured, its manager Oskarby Lines said.\n\n"
        "Oskarby Lines said the Halvor Sun was seaworthy.\n",
        "Tanker hit off Kessport; crew safe except two\n\n"
        "A tanker managed by a Varnbridge company was hit by a drone on Monday as it"
        " approached Kessport, near Marren, injuring two of its crew.\n\n"
        "The Halvor Sun, operated by Oskarby Lines, had been due to load grain at Kessport.\n",
    ]
    city = [
        "Drones hit Marren flats, killing three\n\n"
        "Drones struck a block of flats in Marren overnight, killing three people and"
        " injuring 12, the Marren governor said.\n\n"
        "Rescuers searched the ruins in Marren's Tollick district.\n",
        "Marren mourns after night of drones\n\n"
        "Drones struck the Tollick district of Marren overnight, injuring 14 people and"
        " killing three, Mayor Ansel Drubeck said.\n\n"
        "Marren declared a day of mourning.\n",
    ]
    texts = list(story_texts(corpus_of([*ship, *city]), [1, 2, 3, 4]).values())
    subjects, openings = rare_subjects(texts), rare_openings(texts)
    assert not leads_with_two(texts, subjects, openings, openers(openings), [1], [0])


def count_and_march(date: str = "2031-04-24") -> list[Text]:
    """Three reports of one day's vote count in a made-up country (the commission's
    interim figures, a candidate's claim, the commission's reply), which never tell anyone
    harmed, and a march broken up that evening with two killed (made up), all dated
    `date` but the count's first."""
    return [
        Text(
            "Tarsova commission releases first count: Venko leads",
            [
                "The Tarsova electoral commission announced provisional results from 90 of"
                " 200 districts on Thursday, with President Ilo Venko on 52 percent.",
                "Opposition candidate Mara Doss had 44 percent, the commission said.",
                "The commission said the remaining districts would be verified by Friday.",
            ],
            date="2031-04-24",
        ),
        Text(
            "Doss claims victory in Tarsova before official results",
            [
                "Mara Doss declared herself the winner of Tarsova's presidential election on"
                " Thursday, saying her party's own tally gave her 55 percent.",
                "She accused the commission of delaying the provisional results.",
                "President Ilo Venko's spokesman called the claim reckless.",
            ],
            date=date,
        ),
        Text(
            "Tarsova commission rejects Doss claim, says count is sound",
            [
                "The Tarsova electoral commission rejected on Thursday a claim by Mara Doss's"
                " party that its provisional results were delayed to favour President Ilo"
                " Venko.",
                "Every district's result is checked against the signed forms, it said.",
                "Mara Doss's party was invited to send its evidence to the commission.",
            ],
            date=date,
        ),
        Text(
            "Two killed as police break up opposition march in Tarsova",
            [
                "Two people were killed and 15 injured when police fired tear gas to break up"
                " a march by opposition supporters in Belgrava, Tarsova's capital, on"
                " Thursday evening, hospital staff said.",
                "The marchers, supporters of Mara Doss, were heading for the commission's"
                " tally centre, where the provisional results are verified.",
                "Police said officers had been attacked with stones.",
            ],
            date=date,
        ),
    ]


def test_a_deadly_march_is_no_report_of_a_count_that_never_tells_the_dead() -> None:
    """A vote's count, a candidate's claim and the commission's reply share the country,
    the candidates and the capital with a march broken up that evening, but never tell
    the dead its leads give: the march is an event of its own. A reaction that leads
    with the march, in its words, is its report; a story told over weeks (a trial's
    reports need not recount the dead) is not judged so."""
    texts = count_and_march()
    openings = rare_openings(texts)
    assert harm_untold(texts, openings, [0, 1, 2], [3])
    assert not harm_untold(texts, openings, [0], [3])  # one report may tell only its angle
    weeks = count_and_march(date="2031-05-20")
    assert not harm_untold(weeks, rare_openings(weeks), [0, 1, 2], [3])
    reactions = [
        Text(
            "Envoys condemn police over Belgrava march",
            [
                "Foreign envoys on Thursday condemned the police's use of tear gas against"
                " the opposition march in Belgrava and asked for an inquiry.",
                "They urged calm until the commission declares the result.",
            ],
            date="2031-04-24",
        ),
        Text(
            "Tarsova church leaders call for calm over march",
            [
                "Tarsova's church leaders on Thursday called for calm after police broke up"
                " an opposition march with tear gas in Belgrava.",
                "They asked both candidates to wait for the commission.",
            ],
            date="2031-04-24",
        ),
    ]
    with_reactions = [texts[3], *reactions]
    assert not harm_untold(with_reactions, rare_openings(with_reactions), [1, 2], [0])


def test_two_ships_attacked_on_one_day_are_two_stories() -> None:
    """One militia claims two attacks of one day in one spokesman's words, and one wire
    tells both in one template; each report leads with its own hull, which the other
    never names. The owner's statement names its ship in its lead, and joins that one."""
    from brief.stories.apart import own_craft

    first = (
        "Militia says it fired a rocket at bulk carrier off Varnos\n\n"
        "VARNOS, May 4 (Harbour Wire) - The Ostrel Brigade said on Tuesday it had fired a"
        " rocket at the Maltese-flagged bulk carrier Quennet Lark in the Velsh Gulf.\n\n"
        "The ship was hit 40 nautical miles west of Varnos and a fire broke out on board.\n\n"
        "Brigade spokesman Oran Telvik said the group had targeted the vessel because its"
        " owner traded with its enemies.\n"
    )
    owner = (
        "Statement on the Quennet Lark\n\n"
        "Pardo Bulk confirms that its bulk carrier Quennet Lark was struck by a projectile in"
        " the Velsh Gulf early on Tuesday while carrying grain to Ostmark.\n\n"
        "All 19 crew are accounted for and the fire is out, the company said.\n"
    )
    second = (
        "Militia says it hit tanker Doravel Sun; owner says ship undamaged\n\n"
        "SELMA, May 4 (Harbour Wire) - The Ostrel Brigade said on Tuesday it had struck the"
        " oil tanker Doravel Sun near the Selma strait with two drones, hours after it"
        " claimed a rocket attack on a bulk carrier further north.\n\n"
        "Brigade spokesman Oran Telvik said the drones had hit their target.\n\n"
        "The tanker's owner said the vessel had not been hit and its crew were safe.\n"
    )
    corpus = corpus_of([first, owner, second])
    texts = list(story_texts(corpus, [1, 2, 3]).values())
    assert texts[0].craft == {("quennet", "lark")}
    assert texts[2].craft == {("doravel", "sun")}
    assert own_craft(texts, [0, 1], [2])
    assert not own_craft(texts, [0], [1])
    assert [g.sources for g in find_stories(corpus)] == [(1, 2), (3,)]


def test_a_ship_both_leads_name_or_one_named_in_a_line_tells_nothing_apart() -> None:
    """A frigate that escorts either ship is named by both leads: no ship of one side's
    own. A ship's kind written as a word of a capitalised name ("Tanker Trade Weekly") is
    no ship; a ship's name after a marker of what came before ("after the strike on the
    tanker ...") recalls another event's."""
    from brief.stories.apart import own_craft

    escort = (
        "Frigate escorts tanker Doravel Sun\n\n"
        "The navy frigate Istra Vale is escorting the tanker Doravel Sun in the Velsh Gulf,"
        " the task group said on Wednesday.\n"
    )
    other = (
        "Frigate reaches container ship Pelto Star\n\n"
        "The navy frigate Istra Vale reached the container ship Pelto Star on Thursday, the"
        " task group said.\n\n"
        "On Wednesday it escorted the Doravel Sun out of the gulf.\n"
    )
    digest = (
        "Rates climb after tanker strike\n\n"
        "War-risk rates rose on Wednesday, according to Tanker Trade Weekly, after the strike"
        " on the tanker Doravel Sun.\n"
    )
    corpus = corpus_of([escort, other, digest])
    texts = list(story_texts(corpus, [1, 2, 3]).values())
    assert texts[0].craft == {("istra", "vale"), ("doravel", "sun")}
    assert texts[2].craft == frozenset()
    # the second names the first's own ship in one line past its lead: a recall, not
    # its own; its own ship is one the first never names: two events
    assert own_craft(texts, [0], [1])
    # a ship named by a lead, beside a report whose lead names none but which names it
    # in its lead: not apart
    assert not own_craft(texts, [0], [2])


def test_two_regulators_fines_that_close_on_each_others_company_are_two_events() -> None:
    """Two regulators fine two platforms on one day, and a wire of each closes on the
    other's fine in a line: the other's company, recalled so by two reports of three, is
    its subject, not a name both stories give (a held-out Monday's two antitrust fines)."""
    from brief.stories.apart import rare_names, rare_subjects, subject_in_passing

    brussels = [
        "EU fines Vortalink 1.9 billion euros over its app store\n\n"
        "The European Commission fined Vortalink 1.9 billion euros on Monday for ranking"
        " its own apps above rivals' in the Vortalink Store.\n\n"
        "Commissioner Aurelia Santos said Vortalink had ignored its duties for 19 months.\n\n"
        "Vortalink said it would appeal to the General Court.\n\n"
        "The decision came on the same day Seoul's regulator fined Hanmiro.\n",
        "Opinion: Brussels has fined Vortalink, now it must make it matter\n\n"
        "A fine of 1.9 billion euros is small beside what Vortalink earns from its store.\n\n"
        "Aurelia Santos waited 19 months before acting against Vortalink.\n\n"
        "The Vortalink Store must change within 60 days, or the fine was for nothing.\n",
        "App developers cheer Vortalink fine but warn the 60 days count\n\n"
        "European app makers welcomed the Commission's fine against Vortalink on Monday.\n\n"
        "Vilma Koskinen of the Makers Alliance said Vortalink must let apps name prices.\n\n"
        "Aurelia Santos gave Vortalink 60 days to change its store.\n\n"
        "Also on this site: Seoul watchdog fines Hanmiro over merchant terms.\n",
    ]
    seoul = [
        "Hanmiro shares fall after Korea fine and prosecution referral\n\n"
        "Shares in Hanmiro fell 4% on Monday after the Fair Trade Commission fined it 87"
        " billion won for forcing merchants onto HanmiroPay.\n\n"
        "Analyst Yoon Da-eun said the referral of Hanmiro to prosecutors raised the stakes.\n\n"
        "Hanmiro said it would consider a lawsuit over HanmiroPay.\n",
        "Regulator fines Hanmiro 87 billion won over HanmiroPay\n\n"
        "The Fair Trade Commission on Monday fined Hanmiro 87 billion won for requiring"
        " merchants to use HanmiroPay.\n\n"
        "Vice chairman Oh Sung-min said Hanmiro could not dictate how merchants get paid.\n\n"
        "Hanmiro said it regretted the decision on HanmiroPay.\n\n"
        "The decision came hours before Brussels announced its own penalty on Vortalink.\n",
    ]
    corpus = corpus_of([*brussels, *seoul])
    texts = list(story_texts(corpus, [1, 2, 3, 4, 5]).values())
    subjects = rare_subjects(texts)
    names = rare_names(texts)
    assert subject_in_passing(texts, subjects, names.__getitem__, [0, 1, 2], [3, 4])


def test_a_local_papers_dateline_names_its_town() -> None:
    """A local paper datelines its report with the town ("ALICANTE - Residents of the San
    Blas district ...") and leads with a district of it: the report names the town the
    wire leads with, though segment cuts the dateline from its first sentence."""
    corpus = corpus_of(
        [
            "Neighbours stunned by phishing arrest\n\n"
            "ALICANTE - Residents of a block of flats in the San Blas district said they had"
            " no idea of what the young man did.\n\n"
            "Police carried out boxes of equipment on Saturday.\n",
            "Arrests on Monday\n\nMADRID - Police arrested a man on Monday.\n",
            "Quiet day\n\nThe Commission met on Monday and said nothing.\n",
        ]
    )
    texts = story_texts(corpus, [1, 2, 3])
    assert "alicante" in texts[1].terms
    assert texts[1].words[0] != "alicante"  # (the first sentence is the lead's own)
    assert "madrid" in texts[2].terms
    assert "commission" in texts[3].terms and "madrid" not in texts[3].terms


def test_a_blog_that_retells_the_storys_names_is_no_commentary() -> None:
    """A blog opens on its readers' morning, with none of the outage's names or its day,
    then tells the provider's region and the banks it took down, line after line: it
    retells the story, where an essay recalls it in a line or two."""
    from brief.stories.apart import commentary_beside

    reports = [
        Text(
            "Zephra Cloud outage knocks out Kellmar banking apps",
            [
                "A five-hour outage at Zephra Cloud's Brenholt region on Monday left"
                " customers of Ostrava Direkt unable to log in.",
                "Ostrava Direkt said its app was down for the morning.",
                "Lumbrik paused deliveries, and Tallweg terminals printed errors.",
            ],
            date="2031-05-05",
        ),
        Text(
            "Brenholt outage revives debate on Zephra Cloud dependence",
            [
                "Monday's failure at Zephra Cloud's Brenholt region left Ostrava Direkt"
                " customers without their bank for five hours.",
                "Lumbrik and Tallweg said they would review their suppliers.",
            ],
            date="2031-05-05",
        ),
    ]
    blog = Text(
        "Half the country's apps went dark. Here's why",
        [
            "If your banking app and the card reader at the bakery all went dark at once,"
            " you were not imagining a conspiracy.",
            "They all live in the same building.",
            "Zephra Cloud's Brenholt region stopped answering just before seven.",
            "Ostrava Direkt customers saw blank login screens.",
            "Lumbrik riders sat idle, and Tallweg terminals printed error slips.",
            "Zephra says a configuration change did not behave as expected.",
        ],
        date="2031-05-05",
    )
    texts = [*reports, blog]
    assert not commentary_beside(texts, *_commentary_reading(texts), [2], [0, 1])
    essay = Text(
        "Our payments were built for another century",
        [
            "If your banking app and the card reader at the bakery all went dark at once,"
            " you were not imagining a conspiracy.",
            "They all live in the same building.",
            "Regulators have warned about that building for a decade.",
            "Monday's failure at Zephra Cloud was only the latest.",
            "The question is who will pay for a second building.",
        ],
        date="2031-05-05",
    )
    texts = [*reports, essay]
    assert commentary_beside(texts, *_commentary_reading(texts), [2], [0, 1])


def test_english_frequencies_are_wordfreqs_asked_first_or_again() -> None:
    """The stories look each word up in wordfreq's English list once per process: the
    same frequency of each word as wordfreq's get_frequency_dict gives, asked first or
    again."""
    import wordfreq

    from brief.stories.similarity import _english_frequencies

    every = wordfreq.get_frequency_dict("en")
    words = {"the", "typhoon", "magnitude", "kestrelbayzz", "o'neill", "0000"}
    for asked in (words, words | {"tuesday", "qqxvz"}, {"typhoon"}):
        assert _english_frequencies(asked) == {w: every[w] for w in asked if w in every}


AIRLINE_KENYA = """Airline to halt two Kenyan routes
Northwind Airways will stop its flights from Manchester to Nairobi and Mombasa in Kenya
from 12 May, the carrier said on Monday.
The airline blamed weak bookings and said the routes had lost money for two years.
Passengers booked after May will be offered refunds or seats on partner carriers.
Northwind flies to Nairobi four times a week.
"""

INSURER_KENYA = """Kenyan insurer's shares jump on debut
Shares in Kenya's Jubari Mutual Assurance jumped on their first day of trading in Nairobi.
The stock closed 61% above its offer price, with demand eight times the shares on sale.
Kenya is opening its insurance market to private firms, and Jubari is the first to list.
Brokers in Nairobi said Kenyan savers had queued for the shares.
"""


def test_two_reports_alike_by_their_country_alone_are_not_one_event() -> None:
    """An airline's routes to Nairobi and an insurer's debut on Nairobi's exchange are
    alike (0.21) by Kenya, Kenyan and Nairobi alone: without the country's words nothing
    of what happened is shared. Two reports of one quake stay alike without Chile."""
    for pair, apart in (([AIRLINE_KENYA, INSURER_KENYA], True), ([CHILE_1, CHILE_2], False)):
        texts = story_texts(corpus_of(pair), [1, 2])
        matrix, _, terms = tfidf_matrix([texts[1], texts[2]])
        assert float(matrix[0].multiply(matrix[1]).sum()) > MERGE_THRESHOLD
        placeless = without_terms(matrix, country_words(), terms)
        assert places_only(placeless[0], 1, placeless[1], 1, MERGE_THRESHOLD) is apart


def _highway_bombs() -> list[Text]:
    """Two invented bombs on one highway, in two districts of one province on two days,
    each report naming the other's district once past its lead, and a family's piece."""
    tuesday = Text(
        "Roadside bomb kills four police on the Varn Highway",
        [
            "A roadside bomb struck a police van on the Varn Highway in Ostrel district of "
            "Kelmar province on Tuesday, killing four officers, police said.",
            "The device was hidden in a culvert near the village of Dunavo.",
            "The Red Hand group said it had also carried out a bombing in neighbouring Pashin "
            "district the day before.",
        ],
    )
    monday = Text(
        "Two soldiers killed as bomb hits army truck in Pashin",
        [
            "Two soldiers were killed on Monday when a bomb hit an army truck on the Varn "
            "Highway in Pashin district of Kelmar province, officials said.",
            "The truck was part of a convoy heading south near Belgrad Bazaar.",
            "Traffic between Pashin and Ostrel was halted for hours.",
        ],
    )
    family = Text(
        "Family of officer killed in bombing waits in Tarsa",
        [
            "The family of Constable Amir Dost, one of four police killed in the bombing, "
            "gathered in Tarsa on Wednesday.",
            "He had served in Ostrel district for two years.",
        ],
    )
    return [tuesday, monday, family]


def test_two_districts_on_two_days_are_two_events() -> None:
    """Two bombs of one group on one highway and in one province, a day apart, each placed
    by its lead in a district of its own: the other's district named once, past the lead,
    is a recall or a road's end, not its place."""
    from brief.stories.apart import placed_on_other_days

    texts = _highway_bombs()
    assert placed_on_other_days(texts, [0], [1])
    assert placed_on_other_days(texts, [1], [0])


def test_a_follow_up_on_a_new_day_without_a_district_of_its_own_is_not_placed_apart() -> None:
    """A family's piece on the next day opens on a town, not a district: its event's place
    is the bomb's, which it names past its lead."""
    from brief.stories.apart import placed_on_other_days

    texts = _highway_bombs()
    assert not placed_on_other_days(texts, [2], [0])
    assert not placed_on_other_days(texts, [0], [2])


def test_a_district_the_other_leads_with_is_no_place_of_its_own() -> None:
    """Reports of one bomb on two days that both lead with its district are one event's."""
    from brief.stories.apart import placed_on_other_days

    bomb = _highway_bombs()[0]
    toll = Text(
        "Ostrel bombing toll rises to six",
        [
            "Two more police officers wounded in the bombing in Ostrel district of Kelmar "
            "province died on Wednesday, doctors said.",
        ],
    )
    assert not placed_on_other_days([bomb, toll], [0], [1])


def test_a_dateline_place_a_headline_opens_on_is_a_subject() -> None:
    """A local paper's headline that opens on its dateline's town names it, though a first
    word's capital alone makes no name."""
    lines = [
        "Villagers evacuated during Tuesday's shelling were told on Wednesday to stay in shelters.",
    ]
    headline = "Korvath evacuees told to stay in shelters"
    assert "korvath" in Text(headline, lines, filed="KORVATH").subjects
    assert "korvath" not in Text(headline, lines).subjects


def test_a_sentences_first_stop_word_is_no_part_of_a_places_name() -> None:
    from brief.stories.apart.placing import _lead_localities

    text = Text(None, ["In Ostrel district of Kelmar province, a bomb hit a van on Tuesday."])
    assert _lead_localities(text) == {("ostrel",), ("kelmar",)}


def test_a_market_report_that_gives_an_event_only_as_its_moves_cause_is_the_markets() -> None:
    """A close that leads with shares rising "after foreign ministers meeting in Korvena
    agreed ..." and then tells only the market (its indexes, a company, the euro) reports
    the market's day: filed under the meeting, its prices became the meeting's key
    figures. A report of the meeting's effect on a market tells the meeting again further
    down (its city, its hotline) and joins it."""
    from brief.stories.apart import market_beside, rare_names

    meeting = [
        "Foreign ministers meet in Korvena, agree to set up border hotline\n\n"
        "The foreign ministers of Dalmark and Ostrava met in Korvena on Friday and agreed"
        " to set up a military hotline along their shared border, their host said.\n\n"
        "Foreign Minister Halvar Renske said the three-hour meeting had been useful.\n\n"
        "The ministers did not agree on reopening the Tesmo crossing.\n",
        "Korvena talks yield hotline, no deal on Tesmo crossing\n\n"
        "Ministers meeting in Korvena on Friday agreed on a border hotline but failed to"
        " agree on reopening the Tesmo crossing, diplomats said.\n\n"
        "Halvar Renske called the talks frank. The hotline should work within a month.\n",
    ]
    close = (
        "Shares rebound as Korvena talks ease border fears\n\n"
        "European shares rose on Friday after foreign ministers meeting in Korvena agreed"
        " to set up a border hotline.\n\n"
        "The STOXX 600 gained 0.8 percent and the DAX rose 1.1 percent.\n\n"
        "Shares in Brannwerk Defence fell 3.1 percent. The euro rose to $1.078.\n\n"
        "Traders said volumes were thin ahead of the weekend.\n"
    )
    bonds = (
        "Dalmark bonds rally as Korvena talks ease border fears\n\n"
        "Dalmark's government bonds rallied on Friday after foreign ministers meeting in"
        " Korvena agreed to set up a border hotline.\n\n"
        "Investors had feared the Tesmo crossing would stay shut for months.\n\n"
        "The ten-year yield fell 12 basis points.\n"
    )
    for report, apart in ((close, True), (bonds, False)):
        corpus = corpus_of([*meeting, report])
        texts = list(story_texts(corpus, [1, 2, 3]).values())
        assert texts[2].market_led and not texts[0].market_led
        names = rare_names(texts)
        openings = rare_openings(texts)
        assert market_beside(texts, names.__getitem__, openings, [2], [0, 1]) is apart
        stories = [g.sources for g in find_stories(corpus)]
        assert stories == ([(1, 2), (3,)] if apart else [(1, 2, 3)])


def test_a_notices_fields_are_read_after_its_report() -> None:
    """An agency's update opens with a box of fields ("River level: 5.6 m", "Homes
    flooded: 180"), then its report. The fields stand above the report as a dateline does:
    its lead is the report's first sentences (r70: an update's box had been its lead, and
    kept it from its flood's other reports). The fields are still read, after it."""
    text = (
        "River level: 5.6 m\nHomes flooded: 180\nRescues: 31 people\n"
        "The Severn crested at Carlow on Tuesday evening, and water reached Mill Lane.\n"
        "Crews rescued 31 people from cars and houses.\n"
    )
    doc = parse_text(text, make_source("bulletin.txt", 1, text.encode()))
    corpus = segment([doc])
    read = story_texts(corpus, [1])[1]
    assert read.head[0].startswith("The Severn crested at Carlow")
    assert read.head[-3:] == ["River level: 5.6 m", "Homes flooded: 180", "Rescues: 31 people"]


def test_a_notices_box_of_fields_is_no_roundup() -> None:
    """A flood bulletin opens with five fields, a paragraph each, whose labels open them
    as a name opens a digest's item ("Homes flooded: 180"): read as items, the bulletin
    had been a roundup, its figures another event's and left out of its story (r70). A
    field is its report's figure, no item."""
    from brief.stories.roundups import roundup_items

    lines = [
        "River level: 5.6 m",
        "Homes flooded: 180",
        "Rescues: 31 people",
        "Shelters open: 4",
        "Roads closed: 12",
        "The Severn crested at Carlow on Tuesday evening.",
        "Crews rescued 31 people from cars on Mill Lane.",
    ]
    told = [Sentence(text, 1, k + 1, k) for k, text in enumerate(lines)]
    assert roundup_items(told) is None


def test_a_statement_whose_paragraphs_speak_of_the_thing_its_first_named_is_no_roundup() -> None:
    """r71 F2: a company's four one-line paragraphs, each opening on its own words, had
    read as four events, and its denial of a rumour as another event's item. Two of them
    speak of "the mine" the first names ("the Tarsen Copper Mine"): one report. A
    roundup's items name their own subjects."""
    from brief.stories.roundups import roundup_items

    statement = (
        "Holmen Mining: Tarsen mine working normally\n\n"
        "Holmen Mining says the Tarsen Copper Mine near Orvik is working normally.\n\n"
        "Reports on social media that the mine would close are false.\n\n"
        "Water tests below the mine were within safe limits, director Ruth Aalberg said.\n\n"
        "Contractors should rely only on notices from Holmen.\n"
    )
    roundup = (
        "Mining briefs\n\n"
        "Holmen Mining says the Tarsen Copper Mine near Orvik is working normally.\n\n"
        "Vesta Gold opened a new shaft at its Korra pit in Lund on Monday.\n\n"
        "Prices of nickel in Rotterdam fell 2% after a weak week in Shanghai.\n\n"
        "Union leaders at Brenn Iron called off a strike planned for Friday.\n"
    )
    corpus = corpus_of([statement, roundup])
    assert roundup_items([s for s in corpus.sentences if s.source == 1]) is None
    assert roundup_items([s for s in corpus.sentences if s.source == 2]) is not None


def test_a_scale_named_after_a_person_is_no_name_of_the_event() -> None:
    """ "degrees Celsius" is written with a capital because Celsius was a person: the
    scale is a unit, which any temperature's report gives. A record heat in one country
    and a frost in another, both measured in degrees Celsius on one day, had opened on
    one scene, "celsius" the rare name both leads gave (pile34: a heatwave's wire joined
    a cold wave's)."""
    from brief.stories.apart import lead_places, one_scene, rare_openings, rare_subjects

    heat = (
        "Korvath swelters at 46.1 degrees as power fails\n\n"
        "KORVATH, March 4 - The city of Korvath had its hottest March day on Tuesday, at 46.1"
        " degrees Celsius (115 Fahrenheit), as temperatures across the plain stayed above 40"
        " degrees into the evening.\n\n"
        "The grid operator cut supply to 80,000 homes for an hour.\n"
    )
    frost = (
        "Frost and snow as temperatures plunge in Lysmark\n\n"
        "LYSMARK, March 4 - Temperatures in Lysmark fell to minus 9 degrees Celsius (16"
        " Fahrenheit) on Tuesday, the coldest March morning in 40 years, as snow closed the"
        " pass to Orneby.\n\n"
        "Farmers moved lambs into barns.\n"
    )
    texts = story_texts(corpus_of([heat, frost]), [1, 2])
    pair = [texts[1], texts[2]]
    for text in pair:
        assert not {"celsius", "fahrenheit"} & (text.subjects | set(text.names))
    assert "korvath" in pair[0].subjects and "lysmark" in pair[1].subjects
    assert not one_scene(pair, rare_subjects(pair), rare_openings(pair), lead_places(pair), 0, 1)
    # a company named after the scale keeps the rest of its name
    company = Text(None, ["Shares in Celsius Networks fell 4 percent on Tuesday."])
    assert "networks" in company.names


def test_a_notice_whose_paragraphs_point_back_to_the_above_is_no_roundup() -> None:
    """A weather service's warning gives its area in its first paragraph, then a
    paragraph for each element, each "in the above regions", and numbered advice: one
    notice of one event, not a roundup of several (pile34: a cold-wave warning, read as a
    numbered roundup, had been a story of its own beside its wire). "The above-average"
    points back to nothing."""
    from brief.stories.roundups import roundup_items

    def numbered(items: list[str]) -> str:
        return "".join(f"{k}. {item}\n\n" for k, item in enumerate(items, 1))

    notice = (
        "Orange warning for heavy rain in the Veldrin highlands\n\n"
        "Heavy rain is expected from 12 to 14 May over the Veldrin highlands, the Assal"
        " valley and the upper Tarro basin.\n\n"
        "Rain: 80 to 120 mm in the above regions, locally 180 mm on the slopes of Mount"
        " Orsk.\n\n"
        "Wind: gusts of 70 km/h in the above regions, up to 90 km/h on the Pelar ridge.\n\n"
        "Rivers: the Tarro at Kemmet may pass its warning level on 13 May.\n\n"
        "Advice:\n\n"
        + numbered(
            [
                "Residents should avoid river banks and fords.",
                "Farmers should move livestock from low fields.",
                "Drivers should not cross flooded roads.",
                "Schools should follow the instructions of the district office.",
            ]
        )
    )
    corpus = corpus_of([notice])
    assert corpus.documents[0].items == 4
    assert roundup_items(list(corpus.sentences), numbered=True) is None
    digest = "Farm briefs\n\n" + numbered(
        [
            "Grain prices in Dunmere rose after the above-average harvest forecast.",
            "Velmar Dairies opened a cheese plant in Ostrova on Monday.",
            "A blight of potatoes was reported near Kessel by the Tarro growers' union.",
            "Wool buyers in Pardon paid record prices at the spring sale.",
        ]
    )
    corpus = corpus_of([digest])
    assert roundup_items(list(corpus.sentences), numbered=True) is not None


def test_a_release_that_leads_with_its_own_figures_and_names_the_story_in_a_line_is_apart() -> None:
    """A statistics office's monthly figures lead with no rare name (a country, an
    office, a month) and with a happening of their own ("record", "provisional"), and
    name a ferry's grounding of that morning in one line past their lead: its own news,
    which recalls the story, as a weather service's month of statistics recalls the storm
    due next day (pile34). A report of the grounding that leads without its names still
    tells its happening ("aground"); a later report of that kind may be a development of
    the story, and is not held apart."""
    from brief.stories.apart import core_in_passing, rare_names, rare_openings, rare_subjects

    ferry = [
        Text(
            "Ferry Orvalla runs aground off Kestrin; 300 evacuated",
            [
                "The ferry Orvalla ran aground off the island of Kestrin on Thursday morning,"
                " and all 300 people aboard were taken to Porthavel, the coast guard said.",
                "Captain Idris Maravel and two officers were detained.",
                "Divers inspected the Orvalla's hull off Kestrin in the afternoon.",
            ],
            date="2031-05-15",
        ),
        Text(
            "Orvalla captain detained after grounding at Kestrin",
            [
                "Prosecutors detained Captain Idris Maravel of the ferry Orvalla on Thursday"
                " after it ran aground off Kestrin with 300 people aboard.",
                "Tessaline Lines said the Orvalla would be towed to Porthavel.",
            ],
            date="2031-05-16",
        ),
    ]

    def release(date: str) -> Text:
        return Text(
            "Sea crossings reach an April record, provisional figures show",
            [
                "Sea crossings reached their highest April total on record, according to"
                " provisional statistics from the national statistics office.",
                "Routes to the southern islands grew fastest, by 14 percent.",
                "Bookings for May were running ahead of last year, the office said.",
                "The figures were published on the morning the Orvalla ran aground.",
            ],
            date=date,
        )

    passengers = Text(
        "Passengers tell of a night aboard the stranded ship",
        [
            "Passengers spent the night on deck after their ship ran aground, waiting for"
            " boats to take them ashore.",
            "One said the crew of the Orvalla handed out blankets.",
        ],
        date="2031-05-16",
    )
    for single, apart in ((release("2031-05-15"), True), (passengers, False)):
        texts = [*ferry, single]
        subjects, names = rare_subjects(texts), rare_names(texts)
        assert not subjects[2]
        found = core_in_passing(
            texts, subjects, names.__getitem__, [2], [0, 1], rare_openings(texts)
        )
        assert found is apart
    # weeks later, the release might tell what followed the grounding: not held apart
    texts = [*ferry, release("2031-06-12")]
    subjects, names = rare_subjects(texts), rare_names(texts)
    assert not core_in_passing(
        texts, subjects, names.__getitem__, [2], [0, 1], rare_openings(texts)
    )


PIPELINE_CLAIM = """Drone hits pumping station near Valdoro, Ecuador says
On 4 May at 08:20 local time (13:20 UTC), a drone struck a pumping station of the Sarema
pipeline near Valdoro, in Pastaza province, the energy ministry said. Two guards were wounded.
"""

PIPELINE_DENIAL = """Armed group denies drone attack near Valdoro
The Frente Amaru said on Monday it had not attacked the pumping station near Valdoro, where
two guards were wounded. Its statement came hours after the energy ministry's claim.
"""

CONVOY_ATTACK = """Pipeline convoy ambushed near Puerto Lucero
A convoy of pipeline workers was ambushed near Puerto Lucero at 21:45 local time (02:45 UTC),
one engineer was killed, the army said. It blamed the Frente Amaru for the ambush.
"""

CONVOY_ARMY = """Army sends troops to Puerto Lucero after convoy ambush
The army sent 300 troops to Puerto Lucero after a convoy of pipeline workers was ambushed on
the road to the Sarema pumping stations. One engineer was killed.
"""


def _named(texts: list[Text], members: list[int]) -> Named:
    names = Counter(n for i in members for n in {plain_term(w) for w in texts[i].names})
    leads = Counter(n for i in members for n in texts[i].subjects)
    return Named(names, leads, len(members))


def test_two_incidents_of_one_crisis_hours_apart_are_two_stories() -> None:
    """A drone strike in the morning and an ambush at night, each told by a claim and a
    reply, share the crisis's words; their leads give moments in UTC hours apart, and
    each group has a place of its own."""
    texts = texts_of([PIPELINE_CLAIM, PIPELINE_DENIAL, CONVOY_ATTACK, CONVOY_ARMY])
    assert texts[0].clocked == {13 * 60 + 20}
    assert texts[2].clocked == {2 * 60 + 45}
    one, other = [0, 1], [2, 3]
    assert own_moments(texts, one, other, _named(texts, one), _named(texts, other))
    # one incident's steps an hour apart (the ambush, the army's arrival) stay one group
    later = texts_of([CONVOY_ARMY.replace("The army sent", "At 03:50 UTC the army sent")])
    mixed = [*texts[:2], texts[2], later[0]]
    assert mixed[3].clocked == {3 * 60 + 50}
    assert own_moments(mixed, one, other, _named(mixed, one), _named(mixed, other))
    close = texts_of([PIPELINE_CLAIM.replace("(13:20 UTC)", "(04:10 UTC)")])
    near = [close[0], texts[1], texts[2], texts[3]]
    assert not own_moments(near, one, other, _named(near, one), _named(near, other))
    # a report alone beside a story is not judged so
    assert not own_moments(texts, [0], other, _named(texts, [0]), _named(texts, other))


def test_a_price_by_a_clock_time_is_no_moment_of_what_happened() -> None:
    texts = texts_of(
        [
            "Diesel jumps after refinery blast\nDiesel futures rose 4% to $748 a tonne by "
            "1630 GMT after the blast at 0452 GMT, traders said.\n"
        ]
    )
    assert texts[0].clocked == {4 * 60 + 52}


def test_a_word_a_lead_gives_only_after_what_came_before_is_not_its_events() -> None:
    """A tidal turbine's start, told "two days after a dredger sank", is not called another
    event by a report of that start whose site lies "separate from the dredging channel
    where a dredger sank": the dredger is the earlier event's, which both recall."""
    from brief.stories.apart import called_separate, rare_openings, rare_subjects

    start = Text(
        "Tidal turbine at Harlow Sound starts up, two days after dredger sinking",
        [
            "A tidal turbine began feeding the grid from Harlow Sound on Monday, two days"
            " after a dredger sank at the mouth of the sound.",
            "The turbine's 14-metre rotor turned at dawn, said project manager Orla Keane.",
        ],
        date="2031-04-14",
    )
    site = Text(
        "First power from Harlow Sound tidal turbine",
        [
            "The first tidal turbine of the Sound Energy cooperative started turning at dawn"
            " on Monday in Harlow Sound.",
            "The site lies at the northern end of the sound, separate from the dredging"
            " channel where a dredger sank on Saturday.",
        ],
        date="2031-04-14",
    )
    texts = [start, site]
    assert "dredger" in start.recalled_words and "turbine" not in start.recalled_words
    assert not called_separate(texts, rare_subjects(texts), [0], [1], rare_openings(texts))


def test_names_a_storys_reports_recall_in_a_line_are_not_what_a_report_of_it_must_name() -> None:
    """A derailment's reports each recall another derailment of the line, in another
    province, in a line past their leads, and name the safety board in a line: names most
    of them give, but of what they recall, not of what they tell. A local paper's report
    that leads with a farmer whose field the wagons fell into, and names the railway, the
    town and the spill, need not name them: it is the derailment's report from its own
    angle, not another event (pile38: a farmer's field under a pipeline leak)."""
    from brief.stories.apart import leads_with_its_own, rare_names, rare_subjects

    reports = [
        "Corvale Railway freight train derails near Osgood, spilling canola oil\n\n"
        "Eleven wagons of a Corvale Railway freight train left the Tamarack Line near "
        "Osgood on Sunday, spilling about 300 tonnes of canola oil, the railway said.\n\n"
        "Corvale Railway said no one was hurt and the Tamarack Line would stay closed "
        "while crews cleared the wagons.\n\nThe Transport Safety Board sent "
        "investigators to the site.\n\nIt was the second derailment on the line in a "
        "week, after four empty wagons left the track near Brandvik, Manitoba, on Tuesday.\n",
        "Tamarack Line shut after Osgood derailment\n\nThe Tamarack Line of Corvale "
        "Railway remained shut on Monday after a freight train derailed near Osgood on "
        "Sunday, spilling canola oil.\n\nShippers said grain cars were backing up at "
        "Osgood and at the port.\n\nCorvale Railway said the line could reopen on "
        "Wednesday.\n\nThe railway called the derailment unrelated to last week's near "
        "Brandvik, Manitoba, where the Transport Safety Board is also investigating.\n",
        "Osgood derailment: Corvale Railway clears wagons from Tamarack Line\n\n"
        "Corvale Railway crews lifted the last derailed wagons from the Tamarack Line "
        "near Osgood on Monday, a day after the derailment spilled canola oil.\n\n"
        "Corvale Railway said 300 tonnes of oil had been recovered or contained near "
        "Osgood.\n\nThe Transport Safety Board has opened an investigation, its second "
        "into the line this month after a derailment near Brandvik, "
        "Manitoba.\n",
        "'The wagons were in my barley': Osgood farmer counts the cost\n\nHilde Brannigan "
        "heard the screech of steel from her kitchen on Sunday morning.\n\nBy the time she "
        "reached the crossing, eleven wagons of a Corvale Railway freight train lay on "
        "their sides in her barley stubble near Osgood, canola oil pooling in the "
        'ditch.\n\n"You don\'t think it will be your field," Brannigan said on Monday, as '
        "crews from Corvale Railway pumped the oil into tankers.\n\nThe railway has "
        "promised to pay for new topsoil, Brannigan said.\n",
        # another event of the town: its lead's name is no longer the story's alone
        "Osgood council approves new curling rink\n\nOsgood town council voted 5-2 on "
        "Monday to build a new curling rink beside the school, mayor Petra Lindgaard "
        "said.\n\nThe rink will cost 4.2 million dollars and open in 2029, Lindgaard "
        "said.\n",
    ]
    texts = texts_of(reports)
    subjects = rare_subjects(texts)
    kept = rare_names(texts)
    assert {"brannigan"} <= subjects[3]
    assert not leads_with_its_own(texts, subjects, kept.__getitem__, [3], [0, 1, 2])
    assert [g.sources for g in find_stories(corpus_of(reports))] == [(1, 2, 3, 4), (5,)]


def test_a_notice_that_opens_sentence_after_sentence_on_its_bodys_initials_is_not_in_passing() -> (
    None
):
    """A port authority's navigation notice opens its sentences on the authority's
    initials ("KPA advises ..."), which a capital at a sentence's start does not make a
    name; a news report of the notice writes them within its sentences ("a KPA spokesman
    said"). The notice names the report's places in two lines only, but it tells the
    authority's act throughout: it does not recall the report's event in passing (pile38:
    a grid operator's reserve notice beside a news site's report of it)."""
    notice = (
        "NAVIGATION NOTICE\n\nNotice No: 2291\n\nKPA advises all vessels that the northern "
        "fairway is closed to traffic until further notice.\n\nKPA has placed two "
        "lit buoys at the wreck of the dredger.\n\nKPA expects to reopen the fairway "
        "within 48 hours.\n\nPilots boarding at Marrick Roads should expect delays of up to "
        "six hours.\n\nVessels bound for Ostrand must use the southern fairway.\n"
    )
    report = (
        "Ships told to use southern fairway after dredger sinks off Marrick\n\nA dredger "
        "sank in the northern fairway off Marrick on Tuesday, and the port authority closed "
        "the channel to shipping.\n\nThe KPA said it had marked the wreck with two lit "
        'buoys.\n\n"We expect to reopen within two days," a KPA spokesman said.\n\nShips '
        "bound for Ostrand were told to use the southern fairway.\n"
    )
    texts = texts_of([notice, report])
    assert "kpa" not in texts[0].names  # it opens every sentence it stands in
    assert not named_in_passing(texts, [0], [1])
