"""A single report beside a story: whether it joins it, tells it from its own angle,
or tells another event.

One report has no group of its own to show which names are its event's, so it is judged by
what its lead gives beside the story's leads: no subject in common, a rare name of its own,
a later event the story caused, a result of its own, or the story's names only recalled.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence

from brief.extract import lexicon
from brief.rank.text import stemmer
from brief.stories.apart.countries import country_names, country_words
from brief.stories.apart.likeness import SHARED_SUBJECT_GROUP, SHARED_SUBJECT_SHARE
from brief.stories.apart.mentions import (
    PASSING_LINES,
    all_dated,
    as_known,
    at_most_in_passing,
    lines_naming,
    lines_naming_all,
    lines_with,
    mentioned_in_passing,
    same_days,
    single_beside,
    small_letters,
)
from brief.stories.apart.rare_words import OWN_NAME_SHARE, core_names
from brief.stories.texts import (
    LEAD_SENTENCES,
    TERMS,
    Text,
    dated_weekdays,
    names_body,
    news_stop_words,
    plain_term,
)

# A single report that never names more than this share of the rare names most of a
# story's reports give tells another event, where the story recalls it in passing (see
# recalled_report), or needs stronger evidence to join, where it leads with a name of its
# own (see leads_with_its_own).
UNNAMED_SHARE = 0.5
# A single report that also leads with a rare name (no country's) the leads of this many
# of a story's reports give, and no other report of the pile names, tells that story's
# event from its own angle (see leads_with_its_own): one report's lead may name another
# event's place by chance, and a desk's names (a party's leader) run through its pile.
LED_WITH_STORY = 2

# A name of this many letters or more that a story's reports write with one letter more,
# fewer or other is the story's (see leads_with_its_own); a shorter one may be another.
SPELLING_LENGTH = 5

# A sentence of a report's lead that names a story's place and day, and this many rare
# words of what happened that the story's leads give, one of them after "the", names the
# story's event (see names_the_event): one shared word ("drones") is a desk's; a boat's
# kind and its fate ("the fishing boat that capsized") are the event's.
FOLLOW_UP_WORDS = 2

# leads_with_its_own asks of a story of two as well where every report is dated (one
# day's news): two reports of talks in Almaty, and a border shooting that day.
DATED_STORY_GROUP = 2


def strangers(
    texts: Sequence[Text], subjects: Sequence[set[str]], one: list[int], other: list[int]
) -> bool:
    """Whether a single report and a story of SHARED_SUBJECT_GROUP or more name none of
    each other's subjects (see rare_subjects), their country aside: the story keeps a
    subject that most of its reports name (SHARED_SUBJECT_SHARE), the report's headline or
    first sentence gives one of its own, and no report of either names a subject of the
    other's headlines and first sentences, beyond a country, its capital or its people
    ("Philippine", "Manila").

    A report of the event a story tells names its place or its people somewhere, whatever
    its angle: a port strike's reports name Vancouver, a reef incident's Lawak Reef. A
    report of another event of that country and field (a school strike in Calgary, a coral
    survey in Tubbataha) shares the story's words (union, picket, coast guard, reef) but
    none of its subjects, and the story none of its own. Such a pair starts a story only
    on stronger evidence, as two single reports with subjects of their own do (see
    apart_events)."""
    country = country_words()
    for alone, story in single_beside(one, other, SHARED_SUBJECT_GROUP):
        own = subjects[alone] - country
        theirs = set().union(*(subjects[i] for i in story)) - country
        named = [_names_of(texts[i]) for i in story]
        kept = any(
            sum(name in names for names in named) >= SHARED_SUBJECT_SHARE * len(story)
            for name in theirs
        )
        if own and kept and not own & set().union(*named) and not theirs & _names_of(texts[alone]):
            return True
    return False


def leads_with_its_own(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    kept_names: Callable[[int], frozenset[str]],
    one: list[int],
    other: list[int],
    openings: Sequence[set[str]] = (),
) -> bool:
    """Whether a single report leads with a rare name (see rare_subjects; a country aside)
    that no report of a story of SHARED_SUBJECT_GROUP or more gives, not even spelt a
    letter apart ("Lindsay" for "Lindsey"), and never names most of the rare names that
    most of the story's reports give (see rare_names), none of them dated more than
    NEAR_DAYS from it. So too beside a story of two, where all three are dated: a border
    shooting that leads with its village and soldier, and recalls the day's border talks
    in a clause, beside two reports of the talks that name their envoys and city. Two
    undated reports (a scrape of one show's interviews, a saga's) keep a subject too
    loosely to say what a third one's own name is.

    A report of the day's event names its mine, its victims, its officials, whatever its
    angle. An emerald miner's stock-market debut leads with its own name and recalls the
    day's coal-mine blast in a line (its pledge to "the families of the 14 miners of
    Sutavita"); a football match leads with its clubs and recalls the attack its minute's
    silence was for. Such a report joins the story only on stronger evidence, as two single
    reports with subjects of their own do (see apart_events). A story told over weeks (a
    quake, its aftershock, its rebuilding) is another matter: its later reports lead with
    names of their own. A report that leads with its own name and with the place or person
    the story's leads give ("Alai Gold's shares slumped as fighting near Batken ...") tells
    the event's consequence for its subject, not another event: its lead puts the two
    together (LED_WITH_STORY), where no other report of the pile names that place, and
    not only in a clause of what came before ("removed from his post, hours after sea
    drones hit a corvette at Novorossiysk": Text.recalled; see follows_the_story). So
    does one whose lead names the story's event as known (`openings`: see
    names_the_event), as a follow-up from the home village of its dead does, and one that
    leads with the person every report of the story names in full (see _leads_with_its_who:
    a freed hostage's mother at home, beside two reports of the release; pile18's had
    split from them once both were dated, as the story of two was then asked)."""
    country = country_words()
    for alone, story in single_beside(one, other, DATED_STORY_GROUP):
        own = subjects[alone] - country
        if not own or not same_days(texts, alone, story):
            continue
        if len(story) < SHARED_SUBJECT_GROUP and not all_dated(texts, [alone, *story]):
            continue  # two undated reports: a saga's, whose reports lead with names of their own
        if leads_with_story(texts, subjects, alone, story):
            continue  # it leads with the story's own place or person as well
        if _leads_with_its_who(texts, subjects, alone, story):
            continue  # the story's person's follow-up (her family at home, the next day)
        # a follow-up that names the story's event as known joins it (judged beside a
        # story of three or more: joined first to a pair, its own angle became a third
        # of that pair's subjects, and the story's other angles were kept apart from it)
        if (
            openings
            and len(story) >= SHARED_SUBJECT_GROUP
            and names_the_event(texts, subjects, openings, alone, story)
        ):
            continue  # its lead names the story's event as a follow-up does
        core = core_names(kept_names, story)
        if _led_as_story(texts, subjects, alone, story):
            core = _told_names(texts, core, story)
        unnamed = core - _terms_with_aliases(texts, alone, story)
        if len(unnamed) > UNNAMED_SHARE * len(core) and any(map(_unwritten(texts, story), own)):
            return True
    return False


def _led_as_story(
    texts: Sequence[Text], subjects: Sequence[set[str]], alone: int, story: list[int]
) -> bool:
    """Whether a report's headline or first sentence gives a rare name (no country's, and
    not only in a clause of what came before) that LED_WITH_STORY or more of a story's
    leads give: its place, as leads_with_story asks, though other reports of the pile name
    it too (a pipeline's storage hub, which a price report and another leak's reports
    name)."""
    country = country_words()
    led = Counter(name for i in story for name in subjects[i] - country)
    recalled = {lexicon.unaccented(name) for name in texts[alone].recalled}
    return any(led[name] >= LED_WITH_STORY for name in subjects[alone] - country - recalled)


def _told_names(texts: Sequence[Text], core: set[str], story: list[int]) -> set[str]:
    """A story's core names (see core_names) less those most of its reports give only in a
    line or two past their leads (OWN_NAME_SHARE; see mentioned_in_passing): another event
    they recall ("the same pipeline leaked in Saskatchewan last Wednesday"), a regulator
    named in a line, not what the story tells. A report of the event from its own angle (a
    farmer's field under the leak, his own name in its lead beside the story's place: see
    _led_as_story) need not recall them, and is not judged by them (pile38: a local
    paper's farmer beside a pipeline leak's reports, each of which recalled another leak
    of the line in a province the paper never names)."""
    return {
        name
        for name in core
        if sum(mentioned_in_passing(texts[i], name) for i in story) < OWN_NAME_SHARE * len(story)
    }


def misses_its_who(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    opened: Sequence[frozenset[str]],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether a single report never names, not even spelt a letter apart, a person that
    most of the openings of a story of two or more give (a rare subject, or a first word
    the pile writes as a name: see linkage.opening_names), which the story's reports name
    as a person's surname (see _a_persons): the story's who. Asked of a report that leads
    with a name of its own (see leads_with_its_own), which then tells another event of the
    story's setting, however much of that setting they share: a club's winger breaking his
    foot beside the club's signing of a midfielder, which every report of the signing
    leads with and the injury's report never names. A report of one person's event names
    that person, whatever its angle; an event of a place or a body may be named by its
    street, its initials, its ministry (a central bank's "CBE", a bomb's highway)."""
    for alone, story in single_beside(one, other, 2):
        if _unnamed_who(texts, subjects, opened, [alone], story):
            return True
    return False


def own_whos(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    opened: Sequence[frozenset[str]],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether two stories of two or more reports each lead with a person of their own (a
    name most of its openings give, and not most of the other's, written as a person's
    surname: see _a_persons), and no report of one names, not even spelt a letter apart,
    the other's: a captain's knee injury, whose reports never name the midfielder the club
    signs because of it, beside the signing's reports, which lead with the midfielder and
    recall the injury in two of five. A report of one person's event names that person,
    whatever its angle (see misses_its_who), and most reports of one event name the people
    of its other angles: the other side names the first one's person in half its reports
    at most."""
    if len(one) < 2 or len(other) < 2:
        return False
    for mine, theirs in ((one, other), (other, one)):
        if not _unnamed_who(texts, subjects, opened, mine, theirs):
            continue
        for name in _led(subjects, opened, mine) - _led(subjects, opened, theirs):
            naming = sum(
                name in texts[i].terms or _spelled_in(name, texts[i].terms) for i in theirs
            )
            if naming * 2 <= len(theirs) and _a_persons(texts, mine, name):
                return True
    return False


def _led(
    subjects: Sequence[set[str]], opened: Sequence[frozenset[str]], group: Sequence[int]
) -> set[str]:
    """The rare names (a country's aside) that most of a group's openings give: its rare
    subjects, and the first words the pile writes as names (see linkage.opening_names)."""
    country = country_words()
    given = Counter(
        name
        for i in group
        for name in (subjects[i] | {lexicon.unaccented(n) for n in opened[i]}) - country
    )
    return {name for name, count in given.items() if count >= OWN_NAME_SHARE * len(group)}


def _unnamed_who(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    opened: Sequence[frozenset[str]],
    mine: list[int],
    theirs: list[int],
) -> bool:
    """Whether no report of `mine` names a person most of the openings of `theirs` give,
    not even spelt a letter apart."""
    unwritten = _unwritten(texts, mine)
    return any(
        unwritten(name) and _a_persons(texts, theirs, name)
        for name in _led(subjects, opened, theirs) - _led(subjects, opened, mine)
    )


def names_the_event(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    openings: Sequence[set[str]],
    alone: int,
    story: list[int],
) -> bool:
    """Whether one sentence of a report's lead (its first LEAD_SENTENCES) names a story's
    event as known, the way a follow-up names what it follows: a rare name (no
    country's) that a lead of the story gives, not in a clause of what came before
    (Text.recalled), a weekday its leads give, and FOLLOW_UP_WORDS or more of the rare
    words of what happened that their headlines and first sentences write in small
    letters (see rare_openings), in any form ("capsized", "capsizing"), one of them
    named as known (mentions.as_known: after "the", with no "a" between). The day may be
    given by its date, as a ministry's note of protest gives it (r78 F5).

    A follow-up leads with its own angle (a village whose sons were aboard, families
    waiting by their phones) and names its event by what the event's reports lead with,
    as something the reader knows: "At least 14 young men from the village were on the
    fishing boat that capsized off Sicily on Monday night" is the coast guard's "fishing
    boat carrying migrants capsized overnight ... off south-eastern Sicily" (pile29's
    families in the Delta had been a story of their own). A report of another event names
    the story as its cause or its background, after a marker of what came before, or
    with "a": "Gulf bourses fell on Tuesday after a drone attack on an oil terminal"
    (pile16's market close had joined the terminal strike when the article was not
    asked). A look-alike of that night elsewhere (a pirogue off El Hierro) gives no place
    of the story's."""
    text = texts[alone]
    country = country_words()
    recalled = {lexicon.unaccented(name) for name in text.recalled}
    places = set().union(*(subjects[i] for i in story)) - country - recalled
    days = set().union(*(texts[i].days for i in story))
    stem = stemmer("english")
    happened = {
        stem(word) for i in story for word in small_letters(texts[i], openings[i]) - country
    }
    lines = {k for place in places for k in lines_naming(text, place) if k < LEAD_SENTENCES}
    start = 0
    for k, end in enumerate(text.sentence_ends[:LEAD_SENTENCES]):
        words = [TERMS[word] for word in text.words[start:end]]
        start = end
        # its weekday, or that day by its date ("the armed incident at the Kelden
        # checkpoint on 13 March 2034": see dated_weekdays)
        given = set(words) | dated_weekdays(text.head[k : k + 1], text.day)
        if k not in lines or not given & days:
            continue
        stems = [stem(w) for w in words]
        if len(set(stems) & happened) < FOLLOW_UP_WORDS:
            continue
        if any(word in happened and as_known(words, q) for q, word in enumerate(stems)):
            return True
    return False


def leads_with_story(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    alone: int,
    story: list[int],
    at_least: int = LED_WITH_STORY,
) -> bool:
    """Whether a single report's headline or first sentence gives a rare name (no
    country's) that at least `at_least` of a story's leads give and no other report of
    the pile names, and not only in a clause of what came before (see Text.recalled):
    the story's own place, vessel or person, which one report's lead names by chance
    hardly ever; or the body, named in full, whose decision they tell ("the Canadian
    dollar fell after the Bank of Canada cut ...")."""
    country = country_words()
    led = Counter(name for i in story for name in subjects[i] - country)
    recalled = {lexicon.unaccented(name) for name in texts[alone].recalled}
    shared = {name for name in subjects[alone] - country - recalled if led[name] >= at_least}
    if shared and not any(
        shared & texts[k].terms for k in range(len(texts)) if k != alone and k not in story
    ):
        return True
    # or the body whose decision the story's leads tell, by its full name (Text.bodies),
    # which no other report leads with: a big body is recalled across a desk's pile
    bodies = Counter(body for i in story for body in texts[i].bodies)
    given = {
        body
        for body, n in bodies.items()
        if n >= at_least and names_body(texts[alone], body, lead_only=True)
    }
    return bool(given) and not any(
        given & texts[k].bodies for k in range(len(texts)) if k != alone and k not in story
    )


def follows_the_story(
    texts: Sequence[Text], subjects: Sequence[set[str]], one: list[int], other: list[int]
) -> bool:
    """Whether a single report's headline or first sentence gives a subject that at least
    LED_WITH_STORY of a story's leads give only in a clause of what came before ("...
    removed from his post, hours after sea drones hit a corvette at Novorossiysk"; see
    Text.recalled). Asked of a report that leads with its own (see leads_with_its_own):
    its lead says its event came after the story's, a new decision of its own actors."""
    country = country_words()
    for alone, story in single_beside(one, other, DATED_STORY_GROUP):
        led = Counter(name for i in story for name in subjects[i] - country)
        recalled = {lexicon.unaccented(name) for name in texts[alone].recalled}
        if any(led[name] >= LED_WITH_STORY for name in recalled):
            return True
    return False


def own_result(
    texts: Sequence[Text],
    one: list[int],
    other: list[int],
    subjects: Sequence[set[str]] | None = None,
) -> bool:
    """Whether a single report's headline or lead gives a result in numbers (a match's
    "beat Vasteras 5-3", a vote's "ratified by 20-2", a margin's "by three wickets") where
    no lead of the group beside it gives one.

    A match, or a vote, is an event of its own, and every report of it says how it ended,
    at the top. A match played in a minute's silence for a bombing's victims, its clubs
    and players a name of their own, is not the bombing's development, however much of
    the bombing's city and names it gives; the bombing's reports give no score. Asked
    with leads_with_its_own: a report of a match that leads with the story's own names is
    judged by them. Or, with `subjects` (see rare_subjects), of a report whose lead gives
    a match's margin ("beat Castlegate by 24 runs": Text.margin) and a rare name (no
    country's) that no report of the group gives, whatever place of the story's its lead
    gives as well: a match played in the city of the day's protests, where the clubs are
    its own and the city the ground's (r71 F4). Not of any result so: asked of every
    scoreline and tally, it split reports of a refinery blast, a bill and a derby from
    their stories in the blind piles (pile17, pile22, pile31), and merged two of ECB+'s."""
    country = country_words()
    for alone, group in single_beside(one, other, 1):
        if not texts[alone].result or any(texts[i].result for i in group):
            continue
        if subjects is None:
            return True
        if not texts[alone].margin:
            continue
        if any(map(_unwritten(texts, group), subjects[alone] - country)):
            return True
    return False


def _unwritten(texts: Sequence[Text], group: Iterable[int]) -> Callable[[str], bool]:
    """Whether a name is one no report of `group` writes, not even spelt a letter apart
    (see _spelled_in)."""
    terms = set().union(*(texts[i].terms for i in group))
    return lambda name: name not in terms and not _spelled_in(name, terms)


def _spelled_in(name: str, terms: Collection[str]) -> bool:
    """Whether a name of SPELLING_LENGTH letters or more is one of the terms but for one
    letter (added, dropped or changed): outlets spell one name two ways ("Lindsey" and
    "Lindsay" Graham, "Piraquive" and "Piraquibe")."""
    if len(name) < SPELLING_LENGTH:
        return False
    return any(abs(len(term) - len(name)) <= 1 and _one_letter_apart(name, term) for term in terms)


def _one_letter_apart(one: str, other: str) -> bool:
    """Whether two different words differ by one letter added, dropped or changed."""
    if len(one) > len(other):
        one, other = other, one
    start = 0
    while start < len(one) and one[start] == other[start]:
        start += 1
    if len(one) == len(other):
        return one[start + 1 :] == other[start + 1 :]
    return one[start:] == other[start + 1 :]


def _names_of(text: Text) -> set[str]:
    """The names a text gives, as subjects are written (see rare_subjects)."""
    return {lexicon.unaccented(plain_term(name)) for name in text.names}


def recalled_report(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    kept_names: Callable[[int], frozenset[str]],
    openings: Sequence[set[str]],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether a single report tells another event than a story of two or more reports
    that recalls it: no report of the story gives a rare name of the report's headline and
    first sentence (see rare_subjects; a country's aside) in its own or in more than a line
    or two, most of them name one in a line or two past their leads (its capital counts,
    not its country), and the report never names most of the rare names that most of the
    story's reports give (see rare_names).

    A report of the story's event names its people and places, whatever its angle. Two
    coal-mine accidents of one day and country share the agency, the rescue team and the
    words of the trade; the blast's reports recall the flooding in a line ("a team that
    had spent the evening on a rescue of its own at a flooded mine in Chisquira"), and the
    flooding's report names the blast's place in its last line, never its mine, owner or
    governor. A report in another language that names its event's places in that language
    (Hungarian "Csikfalu" for Romanian "Ciucfalau") is not recalled in a line: the story's
    reports do not name its lead at all. And one whose leads' names the story's reports
    give in passing still names most of the story's own (a victim's family's account, the
    ship and its manager), and one that leads with what happened as every lead of the
    story tells it (a rare word of it in small letters: see rare_openings) tells the
    story's event from its angle: a hospital's night in a town the quake's reports name in
    a line leads with the quake, the flooding beside a mine's blast with a flooding. A
    name the story's reports give as another name of one of theirs ("Pratas, known in
    Chinese as Dongsha") is theirs: the other side's statement names the shoal its way."""
    country = country_words()
    for alone, story in single_beside(one, other, 2):
        own = subjects[alone] - country
        if not own or any(
            name in {lexicon.unaccented(subject) for subject in texts[i].subjects}
            or not at_most_in_passing(texts[i], name)
            for i in story
            for name in own
        ):
            continue
        # a name the story's reports give as a thing's other name ("the shoal, which it
        # calls Huangyan Island") is their own place's, not another event's, recalled
        recalled = subjects[alone] - country_names() - _given_as_other_names(texts, story)
        if not any(
            sum(mentioned_in_passing(texts[i], name) for i in story) >= OWN_NAME_SHARE * len(story)
            for name in recalled
        ):
            continue  # the story's reports do not recall it
        happened = small_letters(texts[alone], openings[alone])
        if all(happened & small_letters(texts[i], openings[i]) for i in story):
            continue  # it leads with what happened in the story's leads: an angle of it
        core = core_names(kept_names, story)
        if len(core - _terms_with_aliases(texts, alone, story)) > UNNAMED_SHARE * len(core):
            return True
    return False


def recalled_each_other(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    openings: Sequence[set[str]],
    opened: Sequence[frozenset[str]],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether a single report and a story (of one report or more) each recall the other's
    event in passing, and tell another happening: the report's headline and first sentence
    give a rare name (see rare_subjects; a country's aside) that no report of the story
    gives in its own, each names in a line or two past its lead at most, and one at least
    does; most of the story's openings give one (a rare subject, or a first word the pile
    writes as a name: see linkage.opening_names) that the report names so; and what
    happened, in rare words of the openings in small letters (see rare_openings), is
    recalled so too: no word of the report's opening is in an opening of the story's, and
    a word most of the story's openings give the report uses in a line or two past its
    lead, never in it.

    Two events of one kind at one place share that place, its people and the words of the
    kind: a club's winger breaks his foot in training the morning after its captain tore
    a knee ligament, and each report gives the other injury a line ("a second blow within
    a day": the captain, his knee); two ministers of one government resign a day apart.
    What each leads with, the player and what befell him, the other names only so. An
    angle of one event leads with a place or a person of its own too (a port where the
    survivors landed, a hospital waiting for its systems), and names the story's place
    in a line; but it tells what happened in the story's words, again and again."""
    country = country_words()
    for alone, story in single_beside(one, other, 1):
        text = texts[alone]
        happened = small_letters(text, openings[alone])
        if not happened or any(happened & small_letters(texts[i], openings[i]) for i in story):
            continue  # it says what happened as a report of the story does
        words = Counter(word for i in story for word in small_letters(texts[i], openings[i]))
        if not any(
            count >= OWN_NAME_SHARE * len(story) and _recalled_word(text, word)
            for word, count in words.items()
        ):
            continue  # it does not recall what happened in the story in a line or two
        mine = {
            name
            for name in subjects[alone] - country
            if all(name not in subjects[i] and at_most_in_passing(texts[i], name) for i in story)
            and any(mentioned_in_passing(texts[i], name) for i in story)
            and _a_persons(texts, [alone], name)
        }
        if not mine:
            continue
        if any(
            name not in subjects[alone]
            and mentioned_in_passing(text, name)
            and _a_persons(texts, story, name)
            for name in _led(subjects, opened, story)
        ):
            return True
    return False


def _leads_with_its_who(
    texts: Sequence[Text], subjects: Sequence[set[str]], alone: int, story: list[int]
) -> bool:
    """Whether a single report's headline or first sentence gives a rare name (no
    country's, not in a clause of what came before: Text.recalled) that names the story's
    person: every report of the story writes it in full, after a given name ("Tomas
    Halvorsen"), and either their leads never give it (they name that person by a
    description, "a Norwegian climber", and their place by its name) or they write it as a
    person's surname, alone as well (see _a_persons; a place, "Mae Sot", is written whole).
    The story's who, whose follow-up (a mother's first call from her freed son, a search of
    the arrested man's farmhouse) leads with that person and with names of its own (see
    leads_with_its_own)."""
    recalled = {lexicon.unaccented(name) for name in texts[alone].recalled}
    led = set().union(*(subjects[i] for i in story))
    return any(
        all(_a_persons(texts, [i], name, in_full=True) for i in story)
        and (name not in led or _a_persons(texts, story, name))
        for name in subjects[alone] - country_words() - recalled
    )


def _a_persons(
    texts: Sequence[Text], group: Sequence[int], name: str, in_full: bool = False
) -> bool:
    """Whether a group's reports write a name as a person's surname: closing a run of
    capitalised words after a given name ("winger Vojtěch Řezníček"), and alone in another
    sentence, with no capitalised word either side nor "the" before it ("Řezníček will miss
    the national team's September matches"), as news writing names a person in full once
    and by the surname after. A place or a body is written whole each time ("Mae Sot", "El
    Hierro", "Monetary Policy Committee"), or after "the" ("the Shoal"), or in capitals
    ("CNE"). `in_full`: written in full once is enough (a report of a few lines)."""
    full = alone = False
    stop = news_stop_words()
    for i in group:
        for sentence in texts[i].head:
            for found in _WORD.finditer(sentence):
                word = found.group()
                if word.isupper() or lexicon.unaccented(plain_term(word.casefold())) != name:
                    continue
                before = _WORD.findall(sentence[: found.start()])
                after = _WORD.findall(sentence[found.end() :])
                if after and after[0][:1].isupper() and sentence[found.end() :][:1] == " ":
                    continue  # within a longer name
                if before and before[-1][:1].isupper() and sentence[: found.start()].endswith(" "):
                    full = full or before[-1].casefold() not in stop
                elif not before or before[-1].casefold() != "the":
                    alone = True
    return full and (alone or in_full)


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _recalled_word(text: Text, word: str) -> bool:
    """Whether a text uses a word in a line or two (PASSING_LINES), all past its lead."""
    lines = lines_with(text, word)
    return 0 < len(lines) <= PASSING_LINES and lines[0] >= LEAD_SENTENCES


def _given_as_other_names(texts: Sequence[Text], story: list[int]) -> set[str]:
    """The names a story's reports give as another name of one of theirs (see Text.aliases)."""
    return {name for i in story for pair in texts[i].aliases for name in pair}


def _terms_with_aliases(texts: Sequence[Text], alone: int, story: list[int]) -> set[str]:
    """A report's terms, and the other names the story's reports give of its names
    ("Pratas, known in Chinese as Dongsha"): the other side's statement names the shoal
    by its own name."""
    terms = set(texts[alone].terms)
    for one, other in (pair for i in story for pair in texts[i].aliases):
        if one in texts[alone].terms or other in texts[alone].terms:
            terms |= {one, other}
    return terms


def tells_its_own(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    openings: Sequence[set[str]],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether a single report's lead tells its own event of its own ship beside a story
    of SHARED_SUBJECT_GROUP or more of its days: a ship its lead names by its kind
    (Text.craft, all of its name's words among the lead's names: "Fire broke out on the
    ferry Kestrel Bay off Dunmore"), which no lead of the story gives, and a rare word of
    what happened, in small letters, that its headline and first sentence give and no
    report of the story uses in any form, none that most of the story's leads give. Its
    lead gives no other rare name (no country's, nor its publisher's or sayer's:
    Text.teller, Text.sayers) that a lead of the story gives.

    A ship is the subject of what befell it as a person is: a report that tells a fire on
    a ferry tells that event, however many of its words (the port it sailed from, the
    day, a closure it was routed around) the day's other story shares. A report of the
    story would tell that event in the words of what happened; an angle of the story
    leads with the story's place or actor as well, or tells the story's happening.

    Persons were tried as well (a named executive resigning, whom no report of the story
    names): a person written in full is hard to tell from a car or a storm ("the
    presidential Rolls Royce", "hurricane Mitch"), and DUC's reports of one hurricane
    split (F1 .915 -> .879)."""
    country = country_words()
    stem = stemmer("english")
    for alone, story in single_beside(one, other, SHARED_SUBJECT_GROUP):
        text = texts[alone]
        if not same_days(texts, alone, story):
            continue
        led = {plain_term(name) for name in text.subjects}
        # (the story's own ship is its subject, which its leads give)
        whos: list[tuple[str, ...]] = [
            craft
            for craft in text.craft
            if set(craft) <= led
            and not any(set(craft) <= {plain_term(n) for n in texts[i].subjects} for i in story)
        ]
        if not whos:
            continue
        own = {word for who in whos for word in who}
        others = subjects[alone] - country - own - text.teller - text.sayers
        if others & set().union(*(subjects[i] for i in story)):
            continue  # its lead gives the story's place or actor as well: an angle of it
        told = {stem(word) for i in story for word in texts[i].terms}
        happened = small_letters(text, openings[alone]) - country - own
        # what most of the story's leads say happened, in small letters: a lead that tells
        # it too (a ferry "stranded by the strike") tells the story's event
        given = Counter(
            stem(word) for i in story for word in small_letters(texts[i], openings[i]) - country
        )
        if any(given[stem(word)] * 2 > len(story) for word in happened):
            continue
        if _tells_of(texts, story, whos, {stem(word) for word in happened}):
            continue  # a report of the story tells what befell the ship
        if any(stem(word) not in told for word in happened):
            return True
    return False


def _tells_of(
    texts: Sequence[Text], story: list[int], whos: list[tuple[str, ...]], happened: set[str]
) -> bool:
    """Whether a sentence of a story's report names one of the ships and a word (its stem)
    of what befell it."""
    stem = stemmer("english")
    for i in story:
        ends = texts[i].sentence_ends
        for who in whos:
            for k in lines_naming_all(texts[i], who):
                start = ends[k - 1] if k else 0
                if {stem(TERMS[w]) for w in texts[i].words[start : ends[k]]} & happened:
                    return True
    return False
