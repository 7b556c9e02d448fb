"""A census of a period beside the events it names in passing, and a follow-up that names
its event as its reports lead with it (pile29: a monthly arrivals census had joined the
capsizing it named in a line; the families of a village aboard the other capsizing had
been a story of their own). Every text here is invented: a highland province's week of
road news in Peru."""

from __future__ import annotations

from brief.ingest import make_source, parse_text
from brief.models import Corpus
from brief.segment import segment
from brief.stories import find_stories
from brief.stories.apart import leads_with_its_own, rare_names, rare_openings, rare_subjects
from brief.stories.texts import story_texts


def _corpus(texts: list[str]) -> Corpus:
    documents = [
        parse_text(text, make_source(f"{n}.txt", n, text.encode("utf-8")))
        for n, text in enumerate(texts, 1)
    ]
    return segment(documents)


def _groups(texts: list[str]) -> list[tuple[int, ...]]:
    return [group.sources for group in find_stories(_corpus(texts))]


# The bus crash near Tarpaya on Friday night, told by three outlets.
CRASH = [
    "Bus plunges into gorge near Tarpaya, killing 11\n\nTarpaya Courier | 6 March 2026\n\n"
    "TARPAYA - Eleven people died and 23 were injured when an overnight bus plunged into a"
    " gorge near Tarpaya in southern Peru on Friday night, Peru's provincial police said on"
    " Saturday.\n\nThe"
    " bus, run by the Cóndor Andino company, left the road on a bend of the Quillo pass at"
    " about 23:10.\n\nFirefighters from Tarpaya and Ushco worked through the night to reach"
    " the wreck.",
    "Tarpaya bus crash: driver had worked 16 hours, company says\n\nAndes Wire | 6 March"
    " 2026\n\nThe driver of the bus that plunged into a gorge near Tarpaya on Friday night"
    " had been at the wheel for 16 hours, the Cóndor Andino company said on Saturday.\n\nThe"
    " toll stood at 11 dead, police said.\n\nThe Quillo pass was closed to heavy vehicles.",
    "Ushco hospital treats 23 injured from Quillo pass bus crash\n\nHighland Radio | 6 March"
    " 2026\n\nThe regional hospital in Ushco was treating 23 passengers of the Cóndor Andino"
    " bus that fell into the gorge near Tarpaya, its director said on Saturday.\n\nFour"
    " were in intensive care.\n\nRelatives gathered outside the hospital from dawn.",
]
# Two other events of the week, each told by its own reports.
BRIDGE = [
    "Lorry fire shuts Esmer bridge for a day\n\nAndes Wire | 5 March 2026\n\nA fuel lorry"
    " caught fire on the Esmer bridge on Thursday, closing the province's main river"
    " crossing for a day, the roads agency said.\n\nThe driver escaped unhurt.\n\nEngineers"
    " said the bridge's deck had not been damaged.",
    "Esmer bridge reopens after lorry blaze\n\nTarpaya Courier | 6 March 2026\n\nThe Esmer"
    " bridge reopened to traffic on Friday morning, a day after a fuel lorry burned on its"
    " deck.\n\nQueues of lorries stretched for eight kilometres on both banks.",
]
STRIKE = [
    "Corvala bus drivers strike over unpaid wages\n\nHighland Radio | 4 March 2026\n\nBus"
    " drivers in Corvala walked out on Wednesday over three months of unpaid wages, leaving"
    " villages across the valley without a service.\n\nThe drivers' union said the strike"
    " would last until the municipality paid.",
    "Corvala strike ends as municipality pays drivers\n\nAndes Wire | 6 March 2026\n\nBus"
    " drivers in Corvala returned to work on Friday after the municipality paid two of the"
    " three months of wages it owed.\n\nThe union called the deal a first step.",
]
# The transport observatory's monthly count, which names all three in a line each.
CENSUS = (
    "Road deaths in the highlands rose 14% in February, observatory says\n\nHighland Radio |"
    " 6 March 2026\n\nAt least 96 people died on the roads of Peru's highlands in February,"
    " 14% more than a year earlier, the Highland Transport Observatory said in its monthly report"
    " on Saturday.\n\nBuses accounted for 31 of the deaths and lorries for 22.\n\nThe"
    " report's figures do not yet include the bus that fell near Tarpaya on Friday night.\n\n"
    "Freight traffic was lower than usual in the first week of March, after the fire on"
    " the Esmer bridge closed the crossing.\n\nRural bus services were also thinner, the"
    " observatory said, with the drivers' strike in Corvala.\n\nThe observatory called for"
    " speed limiters on every bus older than ten years."
)


def test_a_census_that_names_an_event_in_a_line_is_no_report_of_it() -> None:
    """The monthly count leads with its own figures, of a month, and names the crash, the
    bridge fire and the strike a line each: it tells none of them, and joins none."""
    groups = _groups([*CRASH, *BRIDGE, *STRIKE, CENSUS])
    census = len(CRASH) + len(BRIDGE) + len(STRIKE) + 1
    assert (census,) in groups, groups
    assert (1, 2, 3) in groups, groups


# The same night's look-alike elsewhere: a minibus that overturned near Pallca.
LOOK_ALIKE = [
    "Minibus overturns near Pallca, six dead\n\nAndes Wire | 6 March 2026\n\nSix people died"
    " when a minibus overturned on a dirt road near Pallca on Friday night, the police in"
    " Pallca said on Saturday.\n\nNine others were hurt.\n\nThe minibus had been carrying"
    " farm workers home from the harvest.",
    "Pallca mourns six farm workers killed in minibus crash\n\nHighland Radio | 6 March"
    " 2026\n\nThe town of Pallca held a vigil on Saturday for the six farm workers who died"
    " when their minibus overturned on Friday night.\n\nThe mayor of Pallca declared two"
    " days of mourning.",
]
# A village whose young men were on the Tarpaya bus, told from the village.
VILLAGE = (
    "In Soras, mothers keep the radio on and wait for a list\n\nSierra Weekly | 6 March"
    " 2026\n\nSORAS - In the square of Soras, dozens of families waited on Saturday outside"
    " the community radio station, where the announcer reads out every name the hospital"
    " sends.\n\nAt least nine young men from Soras were on the overnight bus that plunged"
    " into the gorge near Tarpaya on Friday night, relatives said.\n\nThree families had"
    " heard that their sons were alive; the others had heard nothing since Friday"
    ' afternoon.\n\n"He called me from the terminal and said he would be home for the'
    ' potato harvest," said Marcelina Quispe, whose son is 19.\n\nMost of the young men'
    " of Soras leave each year for building sites on the coast, the village council's"
    " secretary, Teodoro Huamán, said.\n\nThe council has lent its pickup truck to take"
    " relatives down the valley road."
)


def test_a_follow_up_that_names_its_event_as_known_joins_it() -> None:
    """The village piece leads with its own square and radio station; its lead's second
    sentence names the crash as known, by its place, its night and what happened ("the
    overnight bus that plunged into the gorge near Tarpaya on Friday night"): it joins
    the crash, not the minibus that overturned that night near Pallca."""
    groups = _groups([*CRASH, *LOOK_ALIKE, VILLAGE, *BRIDGE, *STRIKE])
    village = len(CRASH) + len(LOOK_ALIKE) + 1
    crash = next(group for group in groups if 1 in group)
    assert village in crash and 4 not in crash and 5 not in crash, groups


def test_a_follow_up_leads_with_its_own_angle_but_names_its_event_as_known() -> None:
    """Beside the crash's three reports, the village piece leads with a name of its own
    (Soras) and never names the bus company or the pass: a report of another event, were
    it not for its lead's "the overnight bus that plunged into the gorge near Tarpaya on
    Friday night"; the minibus's report, which names no place of the crash, stays one."""
    corpus = _corpus([*CRASH, VILLAGE, LOOK_ALIKE[0]])
    numbers = sorted(d.source.number for d in corpus.documents)
    by_number = story_texts(corpus, numbers)
    texts = [by_number[n] for n in numbers]
    subjects, openings, kept = rare_subjects(texts), rare_openings(texts), rare_names(texts)
    crash = [0, 1, 2]
    village, minibus = 3, 4

    def own(report: int, read: list[set[str]] | tuple[()]) -> bool:
        return leads_with_its_own(texts, subjects, lambda i: kept[i], [report], crash, read)

    assert own(village, ()), "without its openings read, the village piece is its own"
    assert not own(village, openings)
    assert own(minibus, openings)
