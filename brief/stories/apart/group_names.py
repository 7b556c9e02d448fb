"""What a group of reports names, measures and dates (Named), and the tests that
read it: two groups with names, measures or years of their own are two events, and a small
group that reacts to a story's event with a decision of its own is a new event.

Outlets of one event quote their own witnesses further down, so a name of its own counts
only where most of a group's reports give it and almost none of the other's does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from functools import cache
from typing import NamedTuple

from brief.extract import lexicon
from brief.stories.apart.countries import country_words
from brief.stories.apart.mentions import (
    PASSING_LINES,
    all_dated,
    same_days,
    single_beside,
    small_letters,
)
from brief.stories.apart.rare_words import OWN_NAME_SHARE
from brief.stories.texts import TERMS, Text, plain_term, told_as_before

# Two groups of at least 4 texts are two events when each has a name that >= 60% of its
# texts mention (rare_words.OWN_NAME_SHARE) and <= 10% of the other's do.
OWN_NAME_GROUP = 4
OWN_NAME_ABSENT = 0.1
# How many reports of a group must give a measure in their leads (see own_measures).
MEASURED_BY = 2
PRICE_KIND = "per-"  # the kind of a price per unit (see texts._measures)
OWN_SUBJECT_WORDS = 2  # led names of its own that make a later, other event

# A year of a group's own (see _own_years) is one the other group mentions neither in,
# nor within YEAR_NEAR of: a story told over New Year (a tsunami of 26 December, its
# toll counted in January) gives two years a year apart.
YEAR_NEAR = 1


# Two groups whose leads give moments of the day at least this many minutes apart, in
# UTC, however their days fall, tell two incidents (see own_moments).
MOMENT_GAP = 6 * 60
MINUTES_A_DAY = 24 * 60
# Only groups of this many reports or more are judged so: a single report beside a story
# (a market's close "at 1630 GMT" beside a blast "at 0452 GMT") has names of its own in
# every line.
MOMENT_GROUP = 2


class Named(NamedTuple):
    """What a group of reports names: in how many of its texts each name occurs
    (`names`), in how many of its headlines and first sentences (`leads`), and its size;
    in how many of its texts each year is a date of its reporting (`dated`: its
    dateline, headline or first sentences give it) and in how many it is mentioned at all
    (`years`)."""

    names: Counter[str]
    leads: Counter[str]
    size: int
    dated: Counter[int] = Counter()
    years: Counter[int] = Counter()


def own_measures(one: Counter[str], one_size: int, other: Counter[str], other_size: int) -> bool:
    """Whether two groups of reports tell of two events by what each measured: each has a
    measure (a magnitude 5.8, a rate raised to 2.75%: see texts._measures) that most of its
    reports' headlines and first sentences give, and the other's give one of that kind,
    never that one.
    Tolls rise from report to report; a quake's magnitude or a bank's new rate is written
    again in each. Two look-alike events (the Khoy and the Van quakes of one week, the
    Australian and New Zealand rate rises) told by reports that recall each other share
    their names, never their leads' measures. A measure counts when two reports or more
    give it: one agency's 5.9 beside another's 6.0 for one quake is no pattern."""

    def kept(measures: Counter[str], size: int, others: Counter[str]) -> bool:
        # a measure of one kind ("magnitude 6.1") the other group gives of that kind too,
        # but never with this value ("magnitude 5.8")
        kinds = {measure.split()[0] for measure in others}
        return any(
            n >= MEASURED_BY
            and n * 2 >= size
            and value not in others
            and value.split()[0] in kinds
            and not value.startswith(PRICE_KIND)  # a price differs from town to town
            for value, n in measures.items()
        )

    return kept(one, one_size, other) and kept(other, other_size, one)


def measured_otherwise(
    one: Counter[str], one_size: int, other: Counter[str], other_size: int
) -> bool:
    """Whether a single report leads with a price per unit (a pump price "N1,185 per
    litre") beside a group whose leads give a measure of another kind (a policy rate
    "raised to 27.25%"), and neither's leads give the other's kind.

    A lead says what its event is by its own measure: a price rise gives the price, a
    rate decision the rate. Two events of one economy's day (the pump price and the
    central bank's rate) share the economy's words (inflation, prices, the naira), never
    their leads' measures. The group's measure counts when two of its reports or more and
    most of them give it (see own_measures); a single report's price is its own lead."""

    def apart(single: Counter[str], group: Counter[str], size: int) -> bool:
        prices = {value.split()[0] for value in single if value.startswith(PRICE_KIND)}
        theirs = {value.split()[0] for value in group}
        told = {
            value.split()[0] for value, n in group.items() if n >= MEASURED_BY and n * 2 >= size
        }
        return (
            bool(prices and told)
            and not prices & theirs
            and not told & set(value.split()[0] for value in single)
        )

    if one_size == 1 and other_size >= MEASURED_BY:
        return apart(one, other, other_size)
    if other_size == 1 and one_size >= MEASURED_BY:
        return apart(other, one, one_size)
    return False


def own_names(one: Named, other: Named) -> bool:
    """Whether two groups of reports are two events: each has a name (a place, a person)
    that most of its reports mention and the other's reports almost never do, and for one
    of them at least it is a name its headlines or first sentences give.

    Reports of one event keep naming its place and people; two earthquakes, or two
    celebrities in rehab, differ exactly there, and a lead says who or where its event
    is. Names further down alone do not tell: outlets reporting one event quote their own
    witnesses and experts (AFP's seismologist, one paper's coach), names the other
    outlets' reports never use. Only groups of OWN_NAME_GROUP or more texts are judged: in
    fewer, "most of its reports" is not yet a pattern.

    A year the reports are dated in is such a name too (see _own_years): look-alike events
    of one kind recur (a new Doctor Who actor named in 2009 and in 2013, two emergency
    browser patches), and the later one's reports, recalling the earlier, leave the
    earlier one no name of its own, but not its year.
    """
    if one.size < OWN_NAME_GROUP or other.size < OWN_NAME_GROUP:
        return False
    mine = _own(one.names, one.size, other.names, other.size)
    theirs = _own(other.names, other.size, one.names, one.size)
    # A year of a group's own is a cue that needs no counterpart on the other side (see
    # _own_years): with a year of the other's, or a name of either, it makes two events.
    my_years, their_years = _own_years(one, other), _own_years(other, one)
    if (my_years or their_years) and ((my_years and their_years) or mine or theirs):
        return True
    mine_led = sum(plain_term(name) in one.leads for name in mine)
    theirs_led = sum(plain_term(name) in other.leads for name in theirs)
    if mine and theirs:
        return mine_led + theirs_led > 0
    # A later event's reports recall the earlier one ("the team's second such arrest in a
    # month"), so the earlier one's names are not its own; its headlines and first
    # sentences still name it, where the later one's never do. The later one must lead
    # with a subject of its own named in full (given name and surname, a place and its
    # region), not one word a development of the same event may bring ("the Torch").
    if mine_led >= OWN_SUBJECT_WORDS:
        return bool(_own(other.leads, other.size, one.leads, one.size))
    if theirs_led >= OWN_SUBJECT_WORDS:
        return bool(_own(one.leads, one.size, other.leads, other.size))
    return False


def own_actors(
    texts: Sequence[Text], rare_opened: Sequence[set[str]], one: list[int], other: list[int]
) -> bool:
    """Whether two groups of two or more reports tell two actors' events: each has a name
    that every one of its reports' headlines and first sentences give (a rare opening
    word, see rare_openings), that more than half of its reports open their headline or
    first sentence on (Text.opened_on: the subject of a news lead, whose event it is),
    that is no country's, and that fewer than half of the other's reports' headlines and
    first sentences give, in either number. Such a pair stays apart however it meets
    again (see linkage.link_events).

    A second bank's results beside a first bank's capital hole: every report of the
    results opens on its bank ("Nordhavn Bank reported ...") and names the other's crisis
    further down or late in a line ("... sees no sector problem in Skovgaard woes"); the
    crisis's reports open on theirs. Two groups of one event (a trial and its verdict, a
    takeover told by the buyer's and the trade press's reports) open on one actor, the
    jury or the buyer, and differ in their leads by what they do not open on: a place ("a
    Spiro man", "stuck on Mount Cook"), a venue, a word of the field ("server
    innovator")."""
    if len(one) < 2 or len(other) < 2:
        return False

    def own(group: list[int], others: list[int]) -> bool:
        given = Counter(word for i in group for word in rare_opened[i])
        for word, n in given.items():
            if n < len(group) or word in country_words():
                continue
            opening = sum(word in texts[i].opened_on for i in group)
            forms = {word, word + "s", word.removesuffix("s")}
            theirs = sum(bool(rare_opened[j] & forms) for j in others)
            if 2 * opening > len(group) and 2 * theirs < len(others):
                return True
        return False

    return own(one, other) and own(other, one)


def own_event_names(texts: Sequence[Text], one: list[int], other: list[int]) -> bool:
    """Whether two groups of reports tell two events that news calls by two proper names
    (Text.event_names: "the Cedar Fire", "the Cedar Creek Fire"): each group has a name
    that a report of it writes and more than half its reports' headlines and lead
    sentences give, whole, where at most half the other's tell it (give it in their leads,
    or in more than PASSING_LINES sentences): a single report beside a group tells none
    of the group's name, and a press conference on both fires does not bridge them.

    A name is read whole. The Cedar Creek Fire's reports name the Cedar Fire 20 miles
    away, to keep the two straight ("It is not connected to the Cedar Fire"), and every
    word of that name is a word of their own fire's; one agency's updates on both fires
    share its template, field lines and zones. Nor is a name given inside a longer one of
    the pile: "the Deer Park Fire" gives no "Park Fire". Two wire reports in one template
    (a fire in Nevada, a fire in Oregon) share every word but their names. Reports of one
    event give its name in their leads, or name it again and again further down."""
    written = [texts[i].event_names for i in (*one, *other) if texts[i].event_names]
    if not written:
        return False  # (most pairs of groups)
    names = _Names(set().union(*written))
    if names.own(texts, one, other) and names.own(texts, other, one):
        return True
    return any(
        names.of_neither(texts, alone, group) for alone, group in single_beside(one, other, 1)
    )


class _Names:
    """The event names of two groups (see own_event_names), and where each is given."""

    def __init__(self, names: Collection[tuple[str, ...]]) -> None:
        self.names = frozenset(names)
        # each name's longer names that hold it ("deer park fire" holds "park fire")
        self.longer = {
            name: [other for other in names if len(other) > len(name) and _at(other, name)]
            for name in names
        }

    def own(self, texts: Sequence[Text], mine: Sequence[int], theirs: Sequence[int]) -> bool:
        """Whether a group has an event's name of its own beside another: a name either
        group writes (an agency's update may write its fire's name only in its Title-Case
        headline, "Cedar Creek Fire Incident Update No. 4", and "the fire" below it)."""
        for name in self.names:
            if sum(self.gives(texts[i].led, name) for i in mine) * 2 > len(mine) and self.told_by(
                texts, theirs, name
            ):
                return True
        return False

    def of_neither(self, texts: Sequence[Text], alone: int, group: Sequence[int]) -> bool:
        """Whether a single report whose lead sentences give two events' names, and whose
        headline gives neither alone ("Transcript: county fire briefing", over "... news
        conference on the Cedar Fire and the Cedar Creek Fire"), tells two events beside
        a group that does not: most of whose leads give one of those names at most. It is
        no report of one event's story (nor of a story whose leads name no event: the
        day's weather warning, a utility's outage), where its lines on the other event
        would stand under that story's headline. A report of one event may recall the
        other in its lead ("while firefighters were already stretched by the Cedar
        Fire"), but its headline names its own."""
        led = texts[alone].led
        names = {name for name in self.names if self.gives(led, name)}
        if len(names) < 2 or sum(self.gives(led[:1], name) for name in names) == 1:
            return False
        both = sum(sum(self.gives(texts[i].led, name) for name in names) >= 2 for i in group)
        return both * 2 <= len(group)

    def told_by(self, texts: Sequence[Text], group: Sequence[int], name: tuple[str, ...]) -> bool:
        """Whether at most half a group's reports tell an event's name (give it in their
        leads, or in more than PASSING_LINES sentences)."""
        return sum(
            self.gives(texts[i].led, name) or self.lines_giving(texts[i], name) > PASSING_LINES
            for i in group
        ) * 2 <= len(group)

    def gives(self, lines: Sequence[Sequence[str]], name: tuple[str, ...]) -> bool:
        """Whether one of these lines (each its words' terms) gives a name's words in a
        row, not as words of a longer name of the pile."""
        for words in lines:
            taken = {
                k
                for other in self.longer.get(name, ())
                for start in _starts(words, other)
                for k in range(start, start + len(other))
            }
            if any(start not in taken for start in _starts(words, name)):
                return True
        return False

    def lines_giving(self, text: Text, name: tuple[str, ...]) -> int:
        """In how many of its sentences a text gives a name (see gives)."""
        if name[0] not in text.terms:
            return 0  # (most texts)
        starts = [0, *text.sentence_ends]
        return sum(
            self.gives([[TERMS[word] for word in text.words[start:end]]], name)
            for start, end in zip(starts, text.sentence_ends, strict=False)
        )


def _starts(words: Sequence[str], name: tuple[str, ...]) -> list[int]:
    """Where a name's words stand in a row in a line's words."""
    size = len(name)
    return [
        k
        for k in range(len(words) - size + 1)
        if words[k] == name[0] and tuple(words[k : k + size]) == name
    ]


def _at(longer: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a longer name holds a name's words in a row."""
    return bool(_starts(longer, name))


def caused_decision(
    texts: Sequence[Text],
    openings: Sequence[set[str]],
    one: tuple[list[int], Named],
    other: tuple[list[int], Named],
) -> bool:
    """Whether a group of fewer than OWN_NAME_GROUP reports tells a new decision of its
    own actors, caused by a story of OWN_NAME_GROUP or more: every one of its leads gives
    a name the story's reports never name, the story's leads give one of the story's own
    that its reports never name, and a lead of its tells the story's happening only after
    a marker of what came before, in a rare word in small letters that half the story's
    openings give ("Insurers add the coast to their high-risk list after depot attack").
    Reports of the event itself, from any angle, name its place or its operator; a
    committee's listing, a court's order or a neighbour's closure caused by it is
    reported by its own actors, with the event as its cause, on the event's days (its
    reports all dated NEAR_DAYS at most from the story's: a saga's turns of other months
    are told so too). A lead that answers the event with words ("Premier vows new bill
    after ruling"; see _reacts) tells a reaction, which is the event's story.
    (own_names asks OWN_NAME_GROUP on both sides: a story's smaller angles quote people
    of their own.)"""
    (small_members, small), (big_members, big) = sorted((one, other), key=lambda g: g[1].size)
    if small.size >= OWN_NAME_GROUP or big.size < OWN_NAME_GROUP:
        return False
    if not all_dated(texts, small_members) or not all(
        same_days(texts, i, big_members) for i in small_members
    ):
        return False  # a decision of the event's days, not a saga's later turn
    if not any(
        small.leads.get(plain_term(name), 0) == small.size and not big.names.get(name)
        for name in small.names
    ):
        return False
    if not any(
        plain_term(name) in big.leads and not small.names.get(name)
        for name in _own(big.names, big.size, small.names, small.size)
    ):
        return False
    happened = Counter(word for i in big_members for word in small_letters(texts[i], openings[i]))
    told = {word for word, n in happened.items() if n * 2 >= big.size}
    for i in small_members:
        opening = " ".join(texts[i].written_lead)
        earlier = told_as_before(opening)  # the story's event, as what came before
        if told & {plain_term(word.casefold()) for word in earlier.split()} and not _reacts(
            opening[: len(opening) - len(earlier)]
        ):
            return True
    return False


def _reacts(clause: str) -> bool:
    """Whether a lead's words before its marker of what came before answer the event
    with words, a verb of speech or judgement (words.toml's reacting_verbs and
    judging_verbs: "Premier vows new bill after ruling", "Union welcomes ...") rather
    than tell an act of their own ("Insurers add the coast to their list after ..."): a
    reaction is the event's story, told by whoever answers it."""
    return any(word.casefold() in _reacting_forms() for word in clause.split())


@cache
def _reacting_forms() -> frozenset[str]:
    """Every form of words.toml's reacting_verbs and judging_verbs."""
    lemmas = lexicon.words()["reacting_verbs"] | lexicon.words()["judging_verbs"]
    irregular: dict[str, list[str]] = defaultdict(list)
    for form, lemma in lexicon.words().irregular.items():
        irregular[lemma].append(form)
    return frozenset(
        form for lemma in lemmas for form in lexicon.verb_forms(lemma, tuple(irregular[lemma]))
    )


def _own_years(one: Named, other: Named) -> list[int]:
    """The years most of one group's texts are dated in, that almost none of the other's
    mention, nor the year before or after.

    Reports of one event, where they give a year, give its own: in the dateline, or
    beside the date in their first sentences ("planned for December 15, 2013"). A year
    further down is as often a recap ("the 2008 crash"), so it counts only as a mention,
    which keeps a year from being the other group's own. Alone it is weak (many reports
    never write their year: an agency's undated copy), so own_names asks for a second
    cue. A story running over New Year gives two years side by side, so the year before
    or after counts as the same."""
    return [
        year
        for year, n in one.dated.items()
        if n >= OWN_NAME_SHARE * one.size
        and sum(other.years.get(year + d, 0) for d in range(-YEAR_NEAR, YEAR_NEAR + 1))
        <= OWN_NAME_ABSENT * other.size
    ]


def _own(counts: Counter[str], size: int, their_counts: Counter[str], their_size: int) -> list[str]:
    """The names most of one group's texts (or leads) give and almost none of the other's
    do, counted the same way."""
    return [
        name
        for name, n in counts.items()
        if n >= OWN_NAME_SHARE * size and their_counts.get(name, 0) <= OWN_NAME_ABSENT * their_size
    ]


def own_moments(
    texts: Sequence[Text], one: list[int], other: list[int], mine: Named, theirs: Named
) -> bool:
    """Whether two groups report two incidents of one day by the moments their leads give
    in UTC (Text.clocked: "at 11:30 Dushanbe time (06:30 UTC)", "began at 23:05 Dushanbe
    time (18:05 GMT)"): every moment of one is at least MOMENT_GAP from every moment of
    the other, however their days fall, and each group has a name of its own, as
    own_names reads them, one of them given by its leads: the drone strike on the depot
    near Ravshan in the morning, the shelling near Gulshan that night.

    One incident's reports give its moment again, or its steps' moments (began, ended,
    each side's clock, hours apart at most); a name the other group never uses is, in
    small groups, every outlet's own witness (see own_names), and the moments are what
    two incidents of one crisis's day do not share."""
    if len(one) < MOMENT_GROUP or len(other) < MOMENT_GROUP:
        return False
    clocks = frozenset().union(*(texts[i].clocked for i in one))
    their_clocks = frozenset().union(*(texts[i].clocked for i in other))
    if not clocks or not their_clocks:
        return False
    if any(
        min(abs(m - t), MINUTES_A_DAY - abs(m - t)) < MOMENT_GAP
        for m in clocks
        for t in their_clocks
    ):
        return False
    own = _own(mine.names, mine.size, theirs.names, theirs.size)
    their_own = _own(theirs.names, theirs.size, mine.names, mine.size)
    if not own or not their_own:
        return False
    return any(plain_term(name) in mine.leads for name in own) or any(
        plain_term(name) in theirs.leads for name in their_own
    )
