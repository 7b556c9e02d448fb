"""Reports beside a story that name its event without telling it: a digest of the
day, a market report, commentary, a lead that tells two events.

They share the story's words because they sum it up, price it or comment on it; joined to
the story, they would pull the other events they name into it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from brief.extract import lexicon
from brief.rank.text import stemmer
from brief.stories.apart.countries import country_words, demonymed, named_countries, told_places
from brief.stories.apart.mentions import (
    PASSING_LINES,
    lines_naming,
    recalls_day,
    same_days,
    single_beside,
    small_letters,
    word_lines,
)
from brief.stories.apart.rare_words import OWN_NAME_SHARE, core_names
from brief.stories.texts import PLAIN_TERMS, SUBJECT_SENTENCES, TERMS, Text, counts_of, plain_term

# A digest tells at least this many events, a line or two each (see digest_beside), as a
# roundup does (brief.stories.roundups.ITEMS): a report recalls one or two others.
DIGEST_EVENTS = 4
# A headline and first sentence that give this many rare words of a story's leads, and as
# many of another event's that the story's leads never give, tell two events (see
# leads_with_two): one shared word ("refinery") is a desk's.
LED_EVENT_WORDS = 2
# ... given so by this many other reports' leads: an event of the pile, not one report's
# words of its field ("jumped", "grounding").
LED_EVENT_REPORTS = 2
# A line or two of a digest that give this many of the rare words of another report's
# headline and first sentence retell that report's event (see digest_beside): one shared
# word ("ministry", "strike") is a desk's, three are a summary of what happened.
RETOLD_WORDS = 3
# A census or a roundup names the story's event and at least this many other events of the
# pile, each in a line or two (see roundup_beside): "several events named, none told". A
# report of one event recalls one other, seldom two, and leads with its own.
ROUNDUP_OTHERS = 2


def digest_beside(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    kept_names: Callable[[int], frozenset[str]],
    openings: Sequence[set[str]],
    counted: Mapping[str, int],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether a single report is a digest of the day beside a story: its first sentence
    gives none of the story's rare subjects (a country aside; its headline may list the
    day's events: "som, Zagros Crescent and Lebanon paper slide"), it names the
    rare names most of the story's reports give, and the names most of their leads give
    (a central bank's, of common words), in a line or two only (PASSING_LINES),
    and so, in a line or two each, the lead subjects of at least DIGEST_EVENTS - 1 other
    events of the pile that no report of the story names.

    A market close or a news-in-brief column tells the day's events a sentence or two each
    ("... after Najd Cold Chain priced its IPO", "... fell 6.8% after a drone attack on its
    plant"), under a lead of its own ("Most Gulf markets ended higher"). Read whole, it is
    nearest the event it gives most words to, and it joined that story (pile10's close, an
    IPO's). A report of one event tells it again and again; the other events it recalls in
    a line are few. An event is told by a name that most of the texts naming it lead with
    (not a president's or a state's, which a desk's reports give in passing), and other
    texts that share a name it gives are one event (three outlets'
    copies of one wire, its company's statement). A close may retell an event in its own
    words, not by the name its reports lead with ("a strike by rail workers cut freight
    services", "after North Korea fired artillery near the western sea border"): a line or
    two that give RETOLD_WORDS or more of the rare words of another report's headline and
    first sentence (see rare_openings) tell that report's event."""
    country = country_words()
    for alone, story in single_beside(one, other, 1):
        text = texts[alone]
        theirs = set().union(*(subjects[i] for i in story)) - country
        first = text.words[: text.sentence_ends[0]] if text.sentence_ends else []
        if not theirs or theirs & set(map(TERMS.__getitem__, first)):
            continue  # it leads with the story's event
        core = core_names(kept_names, story) | _led_names(texts, story)
        lines = {k for name in core for k in lines_naming(text, name)}
        lines |= _retelling(text, set().union(*(openings[i] for i in story)) - country)
        if not 0 < len(lines) <= PASSING_LINES:
            continue  # it tells the story's event at length, or never names it
        in_story = set().union(*(texts[i].terms for i in story))
        where = word_lines(text)  # looked up for every word of every other report's lead
        # Every other report's subjects and lead words are asked of it: only those it
        # names or uses at all can count, and whether one tells an event in a line or two
        # (led with by most of the texts naming it, for a name) is its own, judged once
        # (it had been judged again for every report giving it: a third of digest_beside's
        # time); each report's are then found by one set intersection.
        taken = {alone, *story}
        others = [j for j in range(len(subjects)) if j not in taken]
        nameable = _namings(text) - country - in_story
        # the names another report gives as a subject: counted once for the pile (the
        # union of a thousand reports' subjects had been made again for each digest)
        given = {
            name
            for name in nameable.intersection(counted)
            if counted[name] > sum(name in subjects[i] for i in taken)
        }
        telling = {
            name
            for name in given
            if len(lines_naming(text, name)) <= PASSING_LINES
            and _led_by_most(texts, subjects, name, alone)
        }
        retelling = {
            word for word in where.keys() - country - in_story if len(where[word]) <= PASSING_LINES
        }
        told = (_told_of(subjects[j], openings[j], telling, retelling) for j in others)
        if len(_events(told)) >= DIGEST_EVENTS - 1:
            return True
    return False


def roundup_beside(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    kept_names: Callable[[int], frozenset[str]],
    openings: Sequence[set[str]],
    counted: Mapping[str, int],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether a single report is a census or a roundup beside a story: its headline and
    first sentence give a count of its own (Text.lead_counts; none of the story's leads
    give it) and none of the story's rare subjects, nor a name most of its reports keep
    or most of its leads give (a country aside); it names the story's event (those names,
    or a line that retells its leads' rare words) in a line or two past its first
    sentence only (PASSING_LINES); and it names so, in a line or two each and not in its
    opening, the lead subjects of ROUNDUP_OTHERS or more other events of the pile that no
    report of the story names.

    A monthly census, a week in review or a situation report counts a period and names
    its events without telling any: "About 31,400 people reached Italy ... by sea in May.
    ... Its count does not yet include the capsizing off Sicily on Monday night or the
    overturning of a pirogue near El Hierro the same night. ... capacity on Lesbos was
    already above 90% before this week's fire". Read whole, it is nearest the event whose
    field it shares most (arrivals on the Atlantic route and the Canary Islands), and it
    had joined that capsizing's story (pile29's census): its lead shares the story's
    countries, so it was not held to recall the capsizing (see named_in_passing). Unlike
    digest_beside's market close, it names fewer events of the pile, by the plain name of
    their place, which their reports lead with less often than with a cape or a port. A
    report of the story leads with it or tells it again and again; a report of its own
    news leads with no count (a model's engagement told beside the gala it happened at,
    whose pages name the other guests a line each); and a roundup of an occasion names
    it in its lead (Multi-News's gala)."""
    country = country_words()
    for alone, story in single_beside(one, other, 1):
        text = texts[alone]
        theirs = set().union(*(subjects[i] for i in story)) - country
        led = _led_names(texts, story)
        if not theirs or subjects[alone] & (theirs | led):
            continue  # it leads with the story's event
        if not text.lead_counts - set().union(*(texts[i].lead_counts for i in story)):
            continue  # no count of its own in its lead: a report of its own news
        core = core_names(kept_names, story) | led
        if core & {lexicon.unaccented(name) for name in text.subjects}:
            continue  # its lead gives a name the story's reports keep (an occasion's)
        lines = {k for name in core for k in lines_naming(text, name)}
        lines |= _retelling(text, set().union(*(openings[i] for i in story)) - country)
        if not 0 < len(lines) <= PASSING_LINES or 0 in lines:
            continue  # it tells the story's event at length, in its lead, or never names it
        in_story = set().union(*(texts[i].terms for i in story))
        taken = {alone, *story}
        # the lead subjects of other reports that it names in a line or two, not in its lead
        named = {
            name
            for name in (_namings(text) - country - in_story - subjects[alone]).intersection(
                counted
            )
            if counted[name] > sum(name in subjects[i] for i in taken)
            and len(lines_naming(text, name)) <= PASSING_LINES
        }
        if len(named) < ROUNDUP_OTHERS:
            continue
        others = (given & named for j, given in enumerate(subjects) if j not in taken)
        if len(_events(others)) >= ROUNDUP_OTHERS:
            return True
    return False


def _told_of(
    subject: set[str], opening: set[str], telling: set[str], retelling: set[str]
) -> set[str]:
    """The names a digest gives of another report's event: the subjects of it that it
    tells in a line or two, and its lead's words when it retells RETOLD_WORDS or more."""
    retold = opening & retelling
    named = subject & telling
    return named | retold if len(retold) >= RETOLD_WORDS else named


def _events(named_by_report: Iterable[set[str]]) -> list[set[str]]:
    """The other events a report names, from the names it gives of each other report's:
    two reports it names by a name in common are one event told twice (digest_beside,
    roundup_beside)."""
    events: list[set[str]] = []
    for named in named_by_report:
        if not named:
            continue
        same = [event for event in events if event & named]
        events = [event for event in events if not event & named]
        events.append(named.union(*same))
    return events


def leads_with_two(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    openings: Sequence[set[str]],
    opened_by: Mapping[str, list[int]],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether a single report's headline and first sentence tell a story's event and
    another event of the pile, each by LED_EVENT_WORDS or more rare words that the
    other's leads never give (see rare_openings; the other event's, as LED_EVENT_REPORTS
    of its reports' leads give them), while it tells the story in a line or
    two at most (PASSING_LINES): a market report or an outlook moved by several events
    ("Oil rises as strait closure, refinery outage add to supply jitters") is a report of
    none of them.

    A report of one event leads with it, and recalls another, if at all, further down
    (a diesel report "after an explosion forced the refinery to shut", the strait's
    closure two lines on); where its lead tells another event as what came before ("hours
    after drones hit a corvette"), it tells its own event again and again and so the
    story of the other in a line or two. A single report is asked, not a group: a market
    report that opens on two events is its own, however near it stands to either.

    Nor is a report of a day before every report of the story, whose day a report of the
    story gives as its event's (see recalls_day): news tells a story day by day, and the
    next day's report dates what it changes ("suspend ... the asset freeze ..., adopted on
    15 April 2031, to support the talks announced today"). The earlier report leads with
    its own event and with the cause it answers (the sanctions and the survey ship they
    target); it is the story's first day, not a report of two of the pile's events (r72
    F4: the sanctions adopted and suspended had each joined the crisis's other news).

    A report whose lead gives one of the story's lead words, in any form ("drones"
    beside "drone"), may tell the story's own happening, and is no other event's here: a
    ship's report hit by "a drone" as it "approached Kessport, near Marren" does not
    lead with Marren's overnight strike by "drones" as well. Nor is a lead's speaker
    (Text.sayers) a name of another event: a desk's monitoring agency says every incident
    ("..., UKMTO said"), and a ship's report that leads with it leads with none of the
    other ships' events.

    `opened_by`: the texts whose leads give each rare opening word (see openers)."""
    country = country_words()
    stem = stemmer("english")
    for alone, story in single_beside(one, other, 1):
        if _earlier_day(texts, alone, story):
            continue  # the story's own earlier day, which its later reports date
        mine = openings[alone] - country
        theirs = set().union(*(openings[i] for i in story)) - country
        given = mine & theirs
        rest = mine - theirs  # what else its lead gives: asked first, of every report
        # a lead that gives the story's words in any form ("drones", "drone") is no other
        # event's: it may tell the story's own happening
        stems = {stem(word) for word in given}
        if len(given) < LED_EVENT_WORDS or len(rest) < LED_EVENT_WORDS:
            continue
        members = set(story)
        sayers = texts[alone].sayers  # who says it ("..., UKMTO said") is no event of it
        # the reports whose leads give two or more of those words, found by word
        sharing = Counter(j for word in rest for j in opened_by.get(word, ()))
        others = sum(
            n >= LED_EVENT_WORDS
            and j != alone
            and j not in members
            and not {stem(word) for word in openings[j]} & stems
            and bool((shared := rest & openings[j]) & subjects[j] - sayers - texts[j].sayers)
            and bool(small_letters(texts[alone], shared))
            for j, n in sharing.items()
        )
        if others < LED_EVENT_REPORTS:
            continue
        given_at = {  # each of the story's lead words it gives, and in which sentence
            (TERMS[word], k)
            for word, lines in word_lines(texts[alone]).items()
            if TERMS[word] in given
            for k in lines
        }
        told = Counter(k for _, k in given_at)
        if len([k for k, n in told.items() if n >= LED_EVENT_WORDS]) <= PASSING_LINES:
            return True  # it tells the story's event in a line or two
    return False


def market_beside(
    texts: Sequence[Text],
    kept_names: Callable[[int], frozenset[str]],
    openings: Sequence[set[str]],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether every report of one group opens on a market's move and the event it
    answers (Text.market_led), a market of no country the other's reports tell (see
    told_places), and either its move answers another event (a rare name of its own
    that no lead of the other's gives: see _answers_another), or none tells the other
    group's event again past its first sentence:
    no later line gives a rare name of the other's reports (see rare_names), a rare word
    of their headlines and first sentences (see rare_openings) or a count their leads
    give (Text.lead_counts).

    A market report tells the market's day: "European shares rose on Friday after foreign
    ministers meeting in Vienna agreed to set up a border hotline. The STOXX 600 gained
    0.8 percent ... The euro rose to $1.078." The event is the move's cause, told in a
    clause, as classify reads a market's reaction; the report's figures are the market's,
    and filed under the meeting they became its key figures. A report of the event's
    effect on its markets tells the event again further down: a currency's record low
    names the border towns of the fighting and its truce, the cocoa futures' fall Ghana's
    new farmgate price, the loonie's the bank's new overnight rate. A group of such
    reports (two outlets' closes) is asked as one. So does a move of the event's own
    country's market, however short ("Kenya's shilling rose after Kenya and Somalia
    agreed a truce"): the event's consequence for that country, told by its price; but
    not one whose first sentence tells the move alone, its headline the cause ("Kyrgyz
    som slides as border tension hits sentiment" over "The Kyrgyz som fell 1.4 percent
    ... on Monday"), and which never names the event (see _names_the_event): a report of
    the market's day, whose lead gives no event (r73 F9: its central bank's sales became
    a shelling's key figures)."""
    for group, story in ((one, other), (other, one)):
        if not all(texts[i].market_led for i in group):
            continue
        theirs = set().union(*(told_places(texts[i]) for i in story))
        names = {lexicon.unaccented(w) for i in story for w in kept_names(i)}
        led = {lexicon.unaccented(w) for i in story for w in openings[i]}
        counts = set().union(*(texts[i].lead_counts for i in story))
        if any(
            (named_countries(texts[i].market_led) | demonymed(texts[i].market_led)) & theirs
            for i in group
        ):
            # the event's own country's market, which joins, unless its lead tells the
            # move alone (its headline gives the cause) and it never names the event
            places = country_words()
            if all(texts[i].market_headlined for i in group) and not any(
                _names_the_event(texts[i], names - places, led - places, counts) for i in group
            ):
                return True
            continue  # the event's consequence for its country, told by its price
        if all(_answers_another(texts[i], kept_names(i), led) for i in group):
            return True  # its move answers another event, whatever it names further down
        if not any(_retells(texts[i], names | led, counts) for i in group):
            return True
    return False


def _names_the_event(text: Text, names: set[str], led: set[str], counts: set[str]) -> bool:
    """Whether a market report names a story's event: the cause its move answers, or a
    line past its first sentence, gives a name of the story's reports (`names`: see
    rare_names) or RETOLD_WORDS rare words of their leads (`led`: see rare_openings), what
    happened told again ("after the Bank of Canada unexpectedly cut interest rates"), or a
    line gives a count the story's leads give (see _retells); both sets are unaccented
    plain terms, the countries' words aside. "Kenya's shilling rose after Kenya and
    Somalia agreed a truce at the Mandera crossing" names it, and so does a record low "as
    overnight fighting near Batken" rattled investors; "Kyrgyz som slides as border
    tension hits sentiment", over a day's trading, a central bank's sales and a miner's
    shares "far from the border", names only the country's mood (r73 F9): one word of the
    field (border, floods) is any of that country's reports'."""
    cause = {lexicon.unaccented(PLAIN_TERMS[w]) for w in text.market_cause}
    if cause & names or len(cause & led) >= RETOLD_WORDS:
        return True
    if any(k >= SUBJECT_SENTENCES for k in _retelling(text, led)):
        return True
    return _retells(text, names, counts)


def _answers_another(text: Text, names: frozenset[str], led: set[str]) -> bool:
    """Whether the event a market's move answers (Text.market_cause) is named by a rare
    name of the report's (see rare_names) that no lead of a story gives (`led`: the rare
    words of its headlines and first sentences): a broker's note whose rates follow "the
    Kestrel Spirit explosion" is no report of the day's convoy, though it names the convoy
    in a warranty further down (r69 F10)."""
    cause = {lexicon.unaccented(PLAIN_TERMS[w]) for w in text.market_cause}
    own = {lexicon.unaccented(n) for n in names} & cause
    return bool(own) and not own & led


def _retells(text: Text, words: set[str], counts: set[str]) -> bool:
    """Whether a sentence of a text past its first gives one of these words (unaccented
    plain terms) or counts."""
    for word, lines in word_lines(text).items():
        if lines[-1] >= SUBJECT_SENTENCES and lexicon.unaccented(PLAIN_TERMS[word]) in words:
            return True
    return any(counts_of(sentence) & counts for sentence in text.head[SUBJECT_SENTENCES:])


def _retelling(text: Text, words: set[str]) -> set[int]:
    """The lines of a text that give RETOLD_WORDS or more of these words (the rare words
    of a story's headlines and first sentences): the lines that retell its event. Each
    word as written: a compound written open ("fossil fuel") counts by its words, not
    again as "fossil-fuel" (see lines_with)."""
    where = word_lines(text)
    lines = Counter(k for word in words for k in where.get(word, ()))
    return {k for k, count in lines.items() if count >= RETOLD_WORDS}


def _led_names(texts: Sequence[Text], group: list[int]) -> set[str]:
    """The names that the headlines or first sentences of most of a group's reports give,
    less days, months and countries: a story whose own name is of common words ("the
    Reserve Bank") keeps no rare name (see rare_names), yet its leads give
    that name."""
    common = lexicon.weekday_names() | lexicon.month_names() | country_words()
    given = Counter(
        name
        for i in group
        for name in {lexicon.unaccented(plain_term(n)) for n in texts[i].subjects} - common
    )
    return {name for name, n in given.items() if n >= OWN_NAME_SHARE * len(group)}


def _led_by_most(texts: Sequence[Text], subjects: Sequence[set[str]], name: str, but: int) -> bool:
    """Whether most of the texts that name a name (but one) give it in their headline or
    first sentence: an event's own name, which its reports lead with, not a name of the
    desk's (a president, a state, a network) that many reports give in their bodies."""
    naming = [k for k, text in enumerate(texts) if k != but and name in text.terms]
    return sum(name in subjects[k] for k in naming) * 2 > len(naming)


def _namings(text: Text) -> set[str]:
    """Every name `lines_naming` finds in some sentence of a text: each name it gives,
    that name's plural and its singular."""
    names = set(text.lines_of)
    names |= {name + "s" for name in text.lines_of}
    names |= {name[:-1] for name in text.lines_of if name.endswith("s")}
    return names


def commentary_beside(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    kept_names: Callable[[int], frozenset[str]],
    openings: Sequence[set[str]],
    one: list[int],
    other: list[int],
) -> bool:
    """Whether a single report is commentary beside a story of the day's news: its headline and
    lead give no weekday (a day of that week by its date is one: Text.days, "On 14 March
    2034, the Ambassador ... was summoned", r78 F5) and none of the rare subjects the
    story's leads give (a country aside), nor a name of common words most of them give ("the
    Reserve Bank"), where most leads of the story give the day of its event. An essay on a
    sea or a policy recalls the day's strike in a paragraph; one about the strike alone
    leads with its place, an explainer of a rate cut with its bank, a column with what
    happened in the words every lead of the story gives ("The rail strike is a warning": a
    rare word of it in small letters, see rare_openings). And a report that gives the
    story's own names (the rare names most of its reports give, see rare_names) in more than
    PASSING_LINES of its lines, a name opening a sentence too, retells the story: a blog
    that opens on its readers' morning ("If your banking app ... went dark") and then tells
    the provider's outage, its region and the banks it took down."""
    country = country_words()
    for alone, story in single_beside(one, other, 2):
        if texts[alone].days or sum(bool(texts[i].days) for i in story) * 2 <= len(story):
            continue
        if texts[alone].day is None or all(texts[i].day is None for i in story):
            continue  # (one day's news, dated: see event_in_passing)
        if not same_days(texts, alone, story):
            continue
        theirs = set().union(*(subjects[i] for i in story)) - country
        # the names of common words their leads give ("the Reserve Bank") are theirs too
        led = theirs | _led_names(texts, story)
        if not theirs or (subjects[alone] | texts[alone].opening) & led:
            continue
        happened = small_letters(texts[alone], openings[alone])
        if all(happened & small_letters(texts[i], openings[i]) for i in story):
            continue
        lines = word_lines(texts[alone])
        if len({k for name in core_names(kept_names, story) for k in lines.get(name, ())}) > (
            PASSING_LINES
        ):
            continue  # it retells the story by its names
        return True
    return False


def _earlier_day(texts: Sequence[Text], alone: int, story: list[int]) -> bool:
    """Whether a report is dated before every report of a story, all dated, and a report
    of the story gives its day as its own event's (see recalls_day)."""
    day = texts[alone].day
    later = [texts[i].day for i in story]
    return (
        day is not None
        and all(other is not None and other > day for other in later)
        and any(recalls_day(texts[i], day) for i in story)
    )
