"""Subjects of their own: two reports that each give a subject the other never
mentions are two events, unless they lead with one occasion; and a report that calls the
other's event separate ("In a separate attack ...") says so itself.

Two reports of one desk's run of news share its field; two of one event name the same who
and where.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from brief.extract import lexicon
from brief.stories.apart.countries import country_forms, country_words
from brief.stories.apart.mentions import lines_naming, lines_with, same_days, small_letters
from brief.stories.texts import LEAD_SENTENCES, Text


def called_separate(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    one: list[int],
    other: list[int],
    openings: Sequence[set[str]] = (),
) -> bool:
    """Whether a report of either group calls the other's event another one: a sentence
    of it that says so ("In a separate incident on Tuesday morning, gunmen killed rice
    farmers in Mafa"; "hours before a separate suicide bombing struck a cattle market in
    Ngurbalam") names after those words a subject of the other group's (see
    rare_subjects) that its own group's headlines and first sentences never give, and
    that the report names nowhere else (Text.separate: "a separate attack", "an
    unrelated case", "Separately, ...", and the rest of that sentence's paragraph; "not
    connected to the explosion in Tarnvik", which police say of their own blast).

    Two attacks of one state and day, told by the same police spokesman and governor,
    share most of their names and words, and each recalls the other; but an outlet that
    tells both says which is which. A sentence that calls something of its own event
    separate ("the bombers struck separate entrances of the market") names its own
    subjects, which its group's leads give. A count there that the other group's leads
    give and its own's never do names the other event as well (Text.separate_counts: a
    swap's report closing "On Wednesday Ukraine received the bodies of 1,000 people ...,
    in a separate repatriation", beside the repatriation's reports, which share its
    officials and countries and lead with the 1,000).

    So does a rare word of what happened that the other group's headlines and first
    sentences write in small letters (`openings`: see rare_openings, small_letters) and its
    own group's never give, where the report says its event is not linked to what it
    names so (Text.separate_words): a Greek engineer's arrest in Izmir, "which officials
    were treating separately from the dispute over the survey ship", beside the reports
    of that survey ship's standoff, whose leads tell the survey. One crisis's events
    share its background, and a report of one of them names the crisis in such words,
    not by its names. A word a lead gives only after a marker of what came before
    (Text.recalled_words: "two days after a German orbital rocket failed there") is the
    earlier event's: a sounding rocket's launch, whose range lies "separate from the new
    orbital launch site", is the launch a site's report of that morning tells too.

    And so does a word most leads of the other group, of two or more, give, where a report
    tells it in a sentence that calls what it tells another event, in that sentence alone,
    and no lead of its own group gives it (see _calls_their_doer: "whose dockers ... begin
    a separate 24-hour strike", beside the dockers' strike; "crane drivers, represented
    by a separate union, voted on Monday", beside their vote)."""
    if openings:
        country = country_words()
        led = {i: small_letters(texts[i], openings[i]) - country for i in (*one, *other)}
        for mine, theirs in ((one, other), (other, one)):
            # (not a word a lead gives only in a clause of what came before, "two days
            # after a German orbital rocket failed there": the earlier event's, which the
            # report may call apart from its own as well)
            given = Counter(word for i in theirs for word in led[i] - texts[i].recalled_words)
            told = {word for word, n in given.items() if n * 2 > len(theirs)}
            if len(mine) == 1 and any(
                len(lines_with(texts[mine[0]], word)) <= 1
                for word in texts[mine[0]].separate_words & told - led[mine[0]]
            ):
                return True
            if len(theirs) > 1 and _calls_their_doer(texts, mine, told):
                return True
    for mine, theirs in ((one, other), (other, one)):
        own = set().union(*(subjects[i] for i in mine))
        # (not a name their leads give only after a marker of what came before, "a day
        # after a student of the same surname was held in Tbilisi": the earlier event's,
        # which a report of either may call apart from its own, Text.recalled)
        others = set().union(*(subjects[i] - texts[i].recalled for i in theirs)) - own
        counted = set().union(*(texts[i].lead_counts for i in theirs)) - set().union(
            *(texts[i].lead_counts for i in mine)
        )
        if any(texts[i].separate & others or texts[i].separate_counts & counted for i in mine):
            return True
    return False


def _calls_their_doer(texts: Sequence[Text], mine: list[int], told: set[str]) -> bool:
    """Whether a report of a group tells, in a sentence that calls what it tells another
    event (Text.called_words), a word most of the other group's leads give (`told`), which
    no lead of its own group gives in any number, and uses it in that sentence alone: the
    other event's doer or act ("whose dockers ... begin a separate 24-hour strike"; "crane
    drivers, represented by a separate union, voted on Monday to approve strikes"). Two
    unions' acts of one week (a strike begun, another union's strike vote) share their
    employer, its offer and its spokesman, and each report recalls the other; but each
    names the other's doer only there. Of a group of two or more only: one report's lead
    gives words of its own angle that the other's reports may use by chance ("local
    officials said", "a separate case")."""
    own = {
        form
        for i in mine
        for word in texts[i].opening
        for form in (word, word + "s", word.removesuffix("s"))
    }
    return any(
        len(lines_with(texts[i], word)) <= 1
        for i in mine
        for word in texts[i].called_words & told - own
    )


def apart_events(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    one: int,
    other: int,
    openings: Sequence[set[str]] | None = None,
    places: Sequence[tuple[frozenset[str], frozenset[str]]] | None = None,
) -> bool:
    """Whether each of two texts has a subject the other never mentions, or (in a big
    pile, `openings`: see rare_openings) their openings share no rare word. A country's
    name is no subject here: it says where, not who (a bloc's condemnation leads with the
    country, the presidency's communique with its agency), and two events of two
    countries are placed apart by placed_elsewhere.

    A country a text's headline or first sentence places its event in (`places`: see
    lead_places) and the other never names, by name or demonym, is where it happened,
    though: beside a subject of the other's own, it tells two events of one kind (an
    attack on an army post in one country's region, a raid near a park in its neighbour,
    which recalls the first country only as a border). placed_elsewhere asks more, as it
    keeps them apart at any similarity: that each is placed where the other never names.

    Where one report's opening recalls the other's subject as what came before ("Gunmen
    attack Tera market days after Kourmadji raid"), a name given in one line past a lead
    is no name of that report's (see _gives_as_its_own): the mourning for Kourmadji's
    soldiers names Tera once, in its last line, where troops were sent."""
    if openings is not None and not openings[one] & openings[other]:
        return True
    # a report whose opening recalls the other's subject as what came before ("days after
    # the Kourmadji raid") tells another event: names given once in passing are no one's
    recalls = bool(
        subjects[one] & _recalled(texts[other]) or subjects[other] & _recalled(texts[one])
    )
    mine = {
        n
        for n in subjects[one]
        if (n,) not in country_forms()
        and n not in texts[one].teller
        and not (_gives_as_its_own(texts[other], n) if recalls else n in texts[other].terms)
    }
    theirs = {
        n
        for n in subjects[other]
        if (n,) not in country_forms()
        and n not in texts[other].teller
        and not (_gives_as_its_own(texts[one], n) if recalls else n in texts[one].terms)
    }
    if places is not None:
        mine |= _placed_apart(texts[one], places[one][0] - places[other][1], texts[other])
        theirs |= _placed_apart(texts[other], places[other][0] - places[one][1], texts[one])
    if not mine or not theirs:
        return False
    return not one_occasion(texts, subjects, one, other)


def _placed_apart(text: Text, countries: frozenset[str], other: Text) -> frozenset[str]:
    """Of the countries a text's lead places its event in that the other text never names,
    those where it puts no place the other names ("the city of Lahore, Pakistan": see
    Text.apposed): a local paper names its city, never its country."""
    return frozenset(
        country
        for country in countries
        if not any(all(w in other.terms for w in place) for place in text.apposed.get(country, ()))
    )


def _recalled(text: Text) -> set[str]:
    """The names a text's opening gives only in a clause of what came before (see
    Text.recalled), as subjects are written."""
    return {lexicon.unaccented(n) for n in text.recalled}


def _gives_as_its_own(text: Text, name: str) -> bool:
    """Whether a text gives a name as one of its event's: in its headline or first
    sentence, not only in a clause of what came before (see Text.recalled), or in more
    than one line. A name given once past the opening places a detail ("sent troops to the
    Tera department", "two days after soldiers were killed at Kourmadji"): a report of
    another event of the region may give it as its own scene."""
    if name not in text.terms:
        return False
    opened = {lexicon.unaccented(n) for n in text.subjects - text.recalled}
    if name in opened:
        return True
    lines = lines_naming(text, name)
    return len(lines) > 1 or (
        bool(lines) and lines[0] < LEAD_SENTENCES and name not in _recalled(text)
    )


def one_occasion(texts: Sequence[Text], subjects: Sequence[set[str]], one: int, other: int) -> bool:
    """Whether two reports lead with one occasion, each naming an actor of its own beside
    it: most of the rare subjects of each (see rare_subjects) are the other's subjects too,
    their leads give one day of it, and they are dated within NEAR_DAYS. A party's release
    about an incident names its own boat or unit, a neighbour's ministry reacting to it is
    named by its seat; both lead with the incident's place and day. Two meets of one
    season share an athlete, not most of their leads' rare names, nor their day."""
    shared = subjects[one] & subjects[other]
    return (
        all(len(shared) * 2 > len(subjects[i]) for i in (one, other))
        and bool(texts[one].days & texts[other].days)
        and same_days(texts, one, [other])
    )
