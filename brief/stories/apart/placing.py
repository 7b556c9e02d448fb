"""Where each report places its event: in a country, or in a district, county or
station of its own, and on which day.

Two events of one kind (two wrecks of one day, two bombs of one group on one highway) are
told apart by their places; one event's reports from several countries (its victims' home
country, a neighbour's reaction) and from several angles of one scene stay together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from brief.extract import lexicon
from brief.stories.apart.countries import country_names, country_words
from brief.stories.apart.lone_reports import leads_with_story
from brief.stories.apart.mentions import (
    PASSING_LINES,
    all_dated,
    lines_naming_all,
    same_days,
    single_beside,
    small_letters,
)
from brief.stories.texts import LEAD_SENTENCES, TERMS, Text, news_stop_words, plain_term

# A single report of the day of a story's event in another country whose lead gives a
# rare name this many of the story's leads give (a ferry's, its lake port's) tells that
# event too, as its victims' home country sees it (see recalled_elsewhere): two wrecks of
# one day each lead with their own boat and coast.
SAME_DAY_LED = 1

# A lead placed in more countries than this tells several events (a market close's: a
# takeover, a levy, a sacking), not one scene (see one_scene); a neighbour's reaction
# places two: its own and the event's.
SCENE_COUNTRIES = 2


def recalled_elsewhere(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    places: Sequence[tuple[frozenset[str], frozenset[str]]],
    told: Callable[[int], frozenset[str]],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether a single report and a story report events in two countries, as
    placed_elsewhere asks of every pair of them, where a report of the story may recall
    the single report's country in a line or two: an analysis of one minister's fall
    compares another country's ("Lisbon is not alone: on Wednesday Romania's transport
    minister resigned ..."), and that minister's own report, placed in Romania, is not
    of the Portuguese story, which it never names. A report of the story that places
    nothing (a wire's "Romanian officials said") is no counter-example, while at least
    half of the story's reports are placed and those that are not name no other country
    (see _located): a navy ending its drills "after the drone
    strike in Constanța", placed in Turkey, is not of the Romanian strike's story, whose
    reports never tell Turkey. Where the single report and the story's are all dated
    NEAR_DAYS apart at most, the single report may recall the story's country in a line
    or two as well (see told_places): two shipwrecks of one day off two countries, each
    closing on the other in a line ("It came hours after a ferry sank off Tunisia"), are
    two events; unless the single report leads with the story's own place or vessel (see
    leads_with_story): a victims' home country's report of one ferry's sinking names the
    ferry and the lake as the reports of the country it sank in do. (A saga's reports of
    other months, a torch relay's stops in several countries, recall its host country so:
    there one line is no pattern.)

    Two stories of two reports or more are two events when every report of each that is
    placed is placed in a country that no report of the other tells, however they recall
    each other, and at least half of each story's reports are placed (see _located): an
    envoy's two trips
    (ceasefire talks in China, a gunfight in the Bangladeshi camps she had just left) are
    told by reports that each name the other country in a line ("she arrived in Kunming
    from Bangladesh", "before leaving for China"). A story's profile or market report
    need not place it (two governments' confidence votes of one day: the fallen prime
    minister's profile, the currency's slide). A single report beside a single report is
    held to placed_elsewhere's test: one line is no pattern.

    `told`: a text's told_places, by its index (read only when asked: most merges never
    get here)."""
    for alone, story in single_beside(one, other, 2):
        placed, named = places[alone]
        located = _located(places, told, story)
        if (
            all_dated(texts, [alone, *story])
            and same_days(texts, alone, story)
            and not leads_with_story(texts, subjects, alone, story, SAME_DAY_LED)
        ):
            named = told(alone)  # two events of one day may each recall the other
        if (
            placed
            and located
            and all(places[i][0] - named for i in located)
            and all(placed - told(i) for i in story)
        ):
            return True
    if min(len(one), len(other)) < 2:
        return False
    located, other_located = _located(places, told, one), _located(places, told, other)
    if not located or not other_located:
        return False
    return all(places[x][0] - told(y) for x in located for y in other) and all(
        places[y][0] - told(x) for y in other_located for x in one
    )


def _located(
    places: Sequence[tuple[frozenset[str], frozenset[str]]],
    told: Callable[[int], frozenset[str]],
    story: list[int],
) -> list[int]:
    """The reports of a story that place its event (see lead_places), where they are at
    least half of them and every report that places nothing tells no country but theirs
    (see told_places: a wire's "Romanian officials said"); else none. A report telling
    other countries (a cold snap's toll across Poland, Romania and Bulgaria) may be of a
    wider story."""
    located = [i for i in story if places[i][0]]
    where = frozenset().union(*(places[i][0] for i in located))
    if len(located) * 2 < len(story) or any(told(i) - where for i in story if not places[i][0]):
        return []
    return located


def one_scene(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    openings: Sequence[set[str]],
    countries: Sequence[tuple[frozenset[str], frozenset[str]]],
    one: int,
    other: int,
) -> bool:
    """Whether two reports open on one scene: their headlines and first sentences share a
    rare name that is no country's (a town, a mine, a road: "Niamey", "Antacocha"; see
    rare_subjects) and a rare word of what happened there ("coup", "blockade"; see
    rare_openings), and they are dated within NEAR_DAYS. Angles of one event (a curfew, a
    bloc's condemnation, the streets emptied after a coup; talks over a blockade and the
    truckers it strands) share little else: each tells its own people and figures.

    Where each opening gives a rare name that the other never names (the sayer aside),
    they are two events of one place. Where one of them does, the word they share must
    tell what happened, not where: a noun of place (see _place_words: "border",
    "district", "village") is no happening. A commander's dismissal names him and his
    successor, and the count of villagers who left their homes in his district that day
    never does; the two share the district, its "border" and the day, and are two events
    (r73 F2: the displacement report had joined the dismissal, and the next day the UN's
    displacement update took the dismissal's id). A neighbour's reaction to a cabinet
    voted out, naming its prime minister, and the currency's slide as lawmakers "ousted
    the cabinet" share the cabinet's fall; the evacuees of a border shelling, whose
    report names no one the shelling's does not, share its province and "border".

    A report whose headline or first sentence places events in more than SCENE_COUNTRIES
    countries (`countries`: see lead_places) opens on no one scene: a market close's lead
    weighs a takeover in one capital, a levy in another country and a sacking in a third."""
    places = (subjects[one] & subjects[other]) - country_names()
    if not places or not texts[one].days & texts[other].days:
        return False
    if any(len(countries[i][0]) > SCENE_COUNTRIES for i in (one, other)):
        return False  # a digest's lead: several events in several countries
    own = [
        bool(subjects[i] - texts[j].terms - texts[i].sayers - country_names())
        for i, j in ((one, other), (other, one))
    ]
    if all(own):
        return False  # each with a subject the other never names: two events of one place
    # what happened is a common noun or verb: written in small letters in both openings
    # (a first name opening a headline, "Tony", is no event), and beside a who of one's
    # own, no noun of place
    matter = small_letters(texts[one], openings[one]) & small_letters(texts[other], openings[other])
    matter -= country_words() | (_place_words() if any(own) else frozenset())
    return bool(matter) and same_days(texts, one, [other])


@cache
def _place_words() -> frozenset[str]:
    """Nouns that say where, not what happened: a place's kind ("district", "station",
    "village"), its ground ("coast", "airspace"), its land's feature ("valley") and its
    edge ("border": words.toml's place_nouns, place_kind_nouns, ground_nouns,
    land_features and boundary_nouns)."""
    w = lexicon.words()
    kinds = ("place_nouns", "place_kind_nouns", "ground_nouns", "land_features", "boundary_nouns")
    return frozenset().union(*(w[name] for name in kinds))


def placed_on_other_days(texts: Sequence[Text], one: list[int], other: list[int]) -> bool:
    """Whether two groups report two events of one kind, each placed by its openings in a
    place of its own (a district, a county, a station: see _lead_localities) on days of its
    own: "a roadside bomb struck a police van on the Indus Highway in Dera Ismail Khan
    district ... on Tuesday" is not "an improvised explosive device hit an army pickup on
    the Indus Highway in Lakki Marwat district ... on Monday", however alike one desk's two
    reports are and whoever claims both. Each group's place is one that no opening of the
    other gives, and that no report of the other names beyond a line or two past its lead:
    a report of one may recall the other ("... said it carried out a roadside bombing in
    neighbouring Lakki Marwat district the day before"), or name its town as a road's end
    ("traffic between Bannu and Dera Ismail Khan was halted"). No weekday that the leads
    of one group give (see Text.days) is the other's, and each group's leads give one.

    Reports of one event told over days name one place for it: a follow-up's lead may
    open on a new place (a family's home town) on a new day, but seldom a place with the
    noun of a district or a station, as the event's own reports place it (on_other_days
    asks the rest, where the other group never names a subject)."""
    days = set().union(*(texts[i].days for i in one))
    other_days = set().union(*(texts[i].days for i in other))
    if not days or not other_days or days & other_days:
        return False
    return bool(_own_places(texts, one, other)) and bool(_own_places(texts, other, one))


def _own_places(texts: Sequence[Text], group: list[int], others: list[int]) -> set[tuple[str, ...]]:
    """The places a group's openings give (see _lead_localities) that no opening of the
    others gives in full, and that each of the others names in a line or two past its
    lead at most."""
    given = [_opened_terms(texts[i]) for i in others]
    return {
        place
        for i in group
        for place in _lead_localities(texts[i])
        if not any(set(place) <= opened for opened in given)
        and all(_named_at_most_in_passing(texts[k], place) for k in others)
    }


def _named_at_most_in_passing(text: Text, place: tuple[str, ...]) -> bool:
    """Whether a text gives every word of a place's name in one sentence in no more than
    PASSING_LINES sentences, all past its lead, if at all (a "Sajid Marwat" in its lead
    does not name Lakki Marwat)."""
    lines = sorted(lines_naming_all(text, place))
    return len(lines) <= PASSING_LINES and (not lines or lines[0] >= LEAD_SENTENCES)


def _opened_terms(text: Text) -> set[str]:
    """A text's subjects as terms (accents aside): the names its opening gives."""
    return {lexicon.unaccented(name) for name in text.subjects}


def _lead_localities(text: Text) -> set[tuple[str, ...]]:
    """The places a text's headline and first sentence give by a name before a noun of
    place in small letters (words.toml's place_nouns: "Lakki Marwat district", "Niger's
    Tillabéri region", "Kings Cross station"), each as its words' terms, less a country's
    words and calendar words; a possessive before it is whose the place is, not its name,
    and a stop word ("In", "The") opens a sentence, not the name."""
    heads = set(lexicon.words()["place_nouns"])
    common = lexicon.weekday_names() | lexicon.month_names() | country_words()
    skipped = news_stop_words()  # "In Ostrel district ..."
    words = text.written_lead
    found: set[tuple[str, ...]] = set()
    for at, word in enumerate(words):
        if word not in heads:
            continue
        start = at
        while (
            start > 0
            and words[start - 1][:1].isupper()
            and not _possessive(words[start - 1])
            and TERMS[words[start - 1]] not in skipped
        ):
            start -= 1
        place = tuple(TERMS[w] for w in words[start:at] if TERMS[w] not in common)
        if place:
            found.add(place)
    return found


def _possessive(word: str) -> bool:
    """Whether a written word is a possessive ("Pakistan's", "Niger’s")."""
    return plain_term(word) != word
