"""The timeline's rows: at most one a sentence, the date its news happened on, and
whether two rows tell one event (a day's toll, a quote dated by its saying), oldest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from brief.extract.figures.dated_events.clauses import (
    BEFORE_A_VERB,
    after_since,
    cause_only,
    day_of_saying,
    ends_relative_before_verb,
    in_aside_relative,
    in_background,
    in_charged_act,
    in_denied_complement,
    in_later_complement,
    in_noun_aside,
    in_object_participle,
    in_object_participle_phrase,
    in_participle_aside,
    in_past_relative_clause,
    in_provided_start,
    in_subject_participle,
    in_subordinate_clause,
    later_clause_of_other_tense,
    overtaken_by_now,
    participle_beside_today,
    said_to_come,
    tag_of_a_past_report,
)
from brief.extract.figures.dated_events.event_dates import (
    YEAR_SPAN,
    date_positions,
    date_precision,
    ends_event,
    is_event_date,
)
from brief.extract.figures.notation import (
    MONTHS,
    WEEKDAY,
    WORD_RE,
)
from brief.extract.figures.tolls import verb_forms_of
from brief.extract.lexicon import alternation, weekday_names, words
from brief.inflection import past_form
from brief.models import Figure, Mention, Sentence, TimelineEvent


def yearless(event: TimelineEvent) -> bool:
    """An event dated by month and day alone ("--02-09"): its text gave no year."""
    return event.date.startswith("-")


def date_order(event: TimelineEvent) -> tuple[bool, int, str, int, int]:
    """Sort key: dated events in date order, then yearless ones ("--02-09") source by
    source, by month and day within each: a month and day from two sources may be of
    two years, so they are never put in one order across sources."""
    no_year = yearless(event)
    where = event.sentence
    return (no_year, where.source if no_year else 0, event.date, where.source, where.index)


def same_event(one: TimelineEvent, other: TimelineEvent, one_story: bool = False) -> bool:
    """Whether two rows, of two sentences, tell one event: the same date (a yearless one
    its month and day: "2 Dec" beside "2 Dec 2026"), the same verb dated by it ("signed an
    agreement on Wednesday", "the protocol signed in Maputo on Wednesday"), and at least
    SHARED_WORDS other words of substance in common ("United Nations", "Ntacua",
    "protocol"). Three reports of one signing are one row: a reader scanning the dates
    takes three rows for three events. Not a saying ("UNICEF said on Wednesday" and "OCHA
    said on Wednesday" are two), nor a row whose verb is not read (a present "signs"):
    where the verb is unsure, two rows stay two.

    Of one story (`one_story`: its reports, as the stories stage grouped them), the same
    day and SHARED_WORDS words of substance in common are enough, whatever verbs tell it
    ("Gunmen kidnapped two engineers ... in the Kayes region on Sunday" and "Two engineers
    were abducted on Sunday afternoon ... in the Kayes region", r49 L1): one story's one
    day is one event told again, unless a row is a saying's. So is one act its rows date
    by one verb, or by two of concluding an accord, whatever words name those it befell
    ("Three of the five aid workers ... were freed late on Tuesday" and "Kari Eide and
    Jonas Brekke ... were freed late on Tuesday with their colleague"; "agreed on
    Wednesday to reopen the crossing" and "signed a protocol late on Wednesday": r78 F14,
    two rows of one release and of one accord)."""
    if not _same_day(one.date, other.date):
        return False
    if one_story and not (_dated_by_saying(one) or _dated_by_saying(other)):
        return len(_shared_substance(one, other)) >= SHARED_WORDS or _one_act(one, other)
    if one_story and _same_toll(one.text, other.text):
        return True
    verb = _dated_verb(one)
    if verb is None or verb != _dated_verb(other):
        return False
    shared = _shared_substance(one, other)
    return len(shared - {verb}) >= SHARED_WORDS


SHARED_WORDS = 3


def planned_in_a_noun(event: TimelineEvent, other: TimelineEvent) -> bool:
    """Whether the row's date dates a noun of an event, not its sentence's verb, and the
    other row (of its story) tells that event on the same day with a verb of its own:
    "The ministry remains committed to the ceasefire and to the talks in Almaty on 12
    September" and "The foreign ministers ... will meet in Almaty on Friday" are one
    meeting, and the first row tells a commitment, not the meeting (r73 F15: two rows of
    one Friday). The noun is right before the date, after a determiner, with a place
    after it at most ("the talks in Almaty on 12 September"); the rows share a word of
    substance (the place, the event's name); the other row's dated verb is read
    (`_dated_verb`), this one's none."""
    if not _same_day(event.date, other.date) or event.sentence == other.sentence:
        return False
    if _dated_verb(event) is not None or _dated_verb(other) is None:
        return False
    at = _word_at(event.text, event.label)
    if at < 0 or _NOUN_BEFORE_DATE.search(event.text[max(0, at - 120) : at]) is None:
        return False
    return bool(_shared_substance(event, other))


# A determined noun right before a date, with a place after it at most: "the talks in
# Almaty on ", "a summit on ", "its vote at the United Nations on " (the noun in small
# letters, not "the Ministry").
_NOUN_BEFORE_DATE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|next)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][a-z-]+"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}?)?\s*(?:on|of)?\s*$"
)


def _same_toll(one: str, other: str) -> bool:
    """Do two sentences give one count of the dead, the hurt or the missing? Of one story
    and one day, "A drone attack on the port overnight killed two port workers ..., the
    governor said on Wednesday" and "Two workers at the port were killed early on
    Wednesday" are one strike told twice, though the first row's date is its saying's
    (r50: two rows of one strike)."""
    from brief.extract.figures.key_choice import same_toll

    theirs = _tolls(other)
    return any(same_toll(f, g) for f in _tolls(one) for g in theirs)


@lru_cache(maxsize=256)
def _tolls(text: str) -> tuple[Figure, ...]:
    """The sentence's counts of the dead, the hurt or the missing, of today's news."""
    from brief.extract.figures.key_choice import casualty_count
    from brief.extract.figures.scanner import find_figures

    found = find_figures([Sentence(text, 0, 1, 0)])
    return tuple(f for f in found if casualty_count(f) and not f.past)


def _dated_by_saying(event: TimelineEvent) -> bool:
    """Whether the row's date is its saying's ("UNICEF said on Wednesday")."""
    at = _word_at(event.text, event.label)
    return at >= 0 and day_of_saying(event.text, at)


def dates_quote(event: TimelineEvent, quoted: str) -> bool:
    """Whether the row's date is the day the quoted words were said: the date stands
    outside them and is the saying's ("“...,” X said on Tuesday", "X said on Tuesday
    that “...”"), or fronts the clause whose speech verb the quote is the whole object of
    ("On Tuesday, X had said: “...”"). Not a date of what was said ("X said the troops
    killed on Tuesday were “heroes”")."""
    quote_at = event.text.find(quoted)
    at = _word_at(event.text, event.label)
    if quote_at < 0 or at < 0 or quote_at <= at < quote_at + len(quoted):
        return False
    if day_of_saying(event.text, at):
        return True
    between = event.text[at + len(event.label) : quote_at]
    return at < quote_at and _speech_then_quote().search(between) is not None


@cache
def _speech_then_quote() -> re.Pattern[str]:
    """The words between a fronted date and a quote that is its clause's whole object: a
    subject and a report verb, then the quote ("On Tuesday, Paredes had said: “")."""
    verbs = alternation(words()["report_verbs"])
    return re.compile(rf"^,?\s[^“”\"]{{0,80}}?\b(?:{verbs})\s*[:,]?\s*[“\"‘']?$")


def _same_day(one: str, other: str) -> bool:
    """The same date, or a yearless day ("--12-02") and a dated one of its month and day
    ("2026-12-02")."""
    if one == other:
        return True
    yearless_day, dated = (one, other) if one.startswith("--") else (other, one)
    return (
        yearless_day.startswith("--")
        and len(yearless_day) == 7
        and len(dated) == 10
        and dated[5:] == yearless_day[2:]
    )


def _one_act(one: TimelineEvent, other: TimelineEvent) -> bool:
    """Whether two rows' dates date one verb ("freed", "freed"), or two of concluding an
    accord (words.toml's accord_verbs: "agreed", "signed")."""
    mine, theirs = _dated_word(one), _dated_word(other)
    if mine is None or theirs is None:
        return False
    if _stem(mine) == _stem(theirs):
        return True
    return mine in _accord_forms() and theirs in _accord_forms()


@cache
def _accord_forms() -> frozenset[str]:
    return verb_forms_of("accord_verbs")


def _dated_verb(event: TimelineEvent) -> str | None:
    """The verb nearest before the row's date in its clause, in the past ("signed") or
    after "to" or "will" ("is due to leave", "will start"), as a stem ("signed" ->
    "sign"), or None: not a verb of report, whose row is a saying's."""
    word = _dated_word(event)
    return _stem(word) if word is not None else None


def _dated_word(event: TimelineEvent) -> str | None:
    """_dated_verb's verb as written, in lower case."""
    at = _word_at(event.text, event.label)
    if at < 0:
        return None
    written_with = _WEEKDAY_BEFORE.search(event.text, max(0, at - 12), at)
    at = written_with.start() if written_with else at  # "on Friday, 4 December"
    begin = max(0, at - _VERB_REACH)
    breaks = list(_VERB_CLAUSE_BREAK.finditer(event.text, begin, at))
    begin = breaks[-1].end() if breaks else begin
    found = WORD_RE.findall(event.text, begin, at)
    fragment_words = words()["fragment_words"]
    for k in range(len(found) - 1, -1, -1):
        word = found[k]
        low = word.lower()
        # "is due to leave"; not "the road to a mine"
        ahead = k > 0 and found[k - 1].lower() in BEFORE_A_VERB and low not in fragment_words
        if word.isalpha() and word.islower() and (ahead or past_form(low)):
            return None if low in words()["report_verbs"] else low
    return None


_VERB_REACH = 80


_WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY},? \Z")


_VERB_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\b(?:and|but|which|who|while|after|as)\b")


def _stem(word: str) -> str:
    return word[:-2] if word.endswith("ed") else word


def _shared_substance(one: TimelineEvent, other: TimelineEvent) -> frozenset[str]:
    """The words of substance (`_substance`) two rows share, the words of a phrase of a
    cause or of what came first that does not hold a row's date (words.toml's
    cause_markers: "after", "following", up to the next comma) shared only with the
    other's such phrase. That phrase names another event than its row's, and by naming it
    sets the row apart from it: "Shelling ... killed one civilian late on Tuesday, hours
    after a ceasefire between the two states took effect" shares its ceasefire's words
    with "The two states agreed on Tuesday to a ceasefire ..., after the heads of their
    border services met", and is not that event (the agreement's row had been left out
    as the shelling told again, r73 F8); two rows that tell one cause ("declared
    insolvent in December 2003 after it emerged that 4bn euros ... did not exist",
    "collapsed in December 2003 after it emerged that the 4bn euros ...") still tell one
    event."""
    own, cause = _parts(one)
    others, others_cause = _parts(other)
    return (own & others) | (cause & others_cause)


@lru_cache(maxsize=1024)
def _parts(event: TimelineEvent) -> tuple[frozenset[str], frozenset[str]]:
    """A row's words of substance outside its phrases of a cause or of what came first
    that do not hold its date, and those phrases' (see `_shared_substance`)."""
    text = event.text
    at = _word_at(text, event.label)
    kept: list[str] = []
    cut: list[str] = []
    start = 0
    for marker in _cause_marker().finditer(text):
        end = _PHRASE_END.search(text, marker.end())
        stop = end.start() if end is not None else len(text)
        if marker.start() < start or (marker.start() <= at < stop):
            continue  # (inside a phrase cut already; or the phrase that dates the row)
        kept.append(text[start : marker.start()])
        cut.append(text[marker.start() : stop])
        start = stop
    kept.append(text[start:])
    return _substance(" ".join(kept)), _substance(" ".join(cut))


_PHRASE_END = re.compile(r"[,;:]|\.\s")


@cache
def _cause_marker() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(sorted(words()['cause_markers']))})\b", re.IGNORECASE)


def _substance(text: str) -> frozenset[str]:
    """The words of substance of a sentence, lower case: five letters or more, no
    weekday or month (every row of a day has one), and no word every report has (the
    stop words, words.toml's news_stop_words: "after", "about", "between", "people"):
    "An Armenian soldier was killed on Thursday ..., hours after the two countries
    announced new border talks" and "Armenia and Azerbaijan agreed on Thursday to hold
    ... talks" had shared "after" for the third word, and the killing's row stood for
    the agreement (r54)."""
    found = (word.lower() for word in WORD_RE.findall(text) if len(word) >= 5)
    common = _common_words()
    return frozenset(
        _stem(word)
        for word in found
        if word not in weekday_names() and word not in MONTHS and word not in common
    )


@cache
def _common_words() -> frozenset[str]:
    from brief.rank.text import stop_words

    return stop_words("english") | words()["news_stop_words"]


def timeline(figures: Sequence[Figure], sentences: Sequence[Sentence]) -> tuple[TimelineEvent, ...]:
    """Dated events, oldest first: at most one per sentence, its most precise date.

    A date is an event's only when the sentence reports something happening then: not
    the start of a span or a deadline ("since 2022", "by 2030", a "since" clause's own
    "since the army took power in July 2023"), not a span's bound ("between November
    2023 and early 2025") nor a date joined to one ("since coups in 2020 and 2021"), not
    a span of years ("2007-2013"), and not a date in a hypothetical, a forecast or an intention
    ("would be more appropriate ... on 1 April", "the referendum, expected in 2027").
    "Until" bounds a state or an arrangement ("funded until 2008"), so its date is no
    event's, unless an event ends it then ("an MP until 1995, when he resigned"). Nor is
    a sentence that gives only counts an earlier report gave, revised since ("The
    committee had reported 14 deaths on Monday evening"): its day is the stale count's,
    no event (r48 L6), as the sentence is no bullet and its count no key figure.
    """
    from brief.extract.figures.earlier_counts import tells_only_revised_counts

    text = {(s.source, s.index): s.text for s in sentences}
    dated = {(f.sentence.source, f.sentence.index) for f in figures if f.date is not None}
    revised = {w for w in dated if w in text and tells_only_revised_counts(text[w])}
    best: dict[tuple[int, int], tuple[tuple[int, bool, bool, bool, bool, bool, int], Figure]] = {}
    positions: dict[tuple[int, int], dict[str, int]] = {}
    for f in (*figures, *_dates_written_again(figures, text)):
        where = (f.sentence.source, f.sentence.index)
        if f.date is None or YEAR_SPAN.fullmatch(f.text) or where not in text:
            continue
        if where in revised:
            continue
        sentence = text[where]
        if where not in positions:
            positions[where] = date_positions(sentence)
        at = positions[where].get(f.text, -1)
        if at < 0:  # a weekday (figures.weekdays): a word no date pattern finds
            at = _word_at(sentence, f.text)
        if at < 0 or not is_event_date(sentence, at, at + len(f.text)):
            continue
        if cause_only(sentence, at, date_precision(f.date) < 2):
            continue  # "confirms 23 dead after the cyclone made landfall late on Sunday"
        if later_clause_of_other_tense(sentence, at):
            continue  # "Poland requested consultations, and the council will meet on Thursday"
        if overtaken_by_now(sentence, at + len(f.text)):
            continue  # "finished the survey on Tuesday and have now condemned 30 houses"
        if (
            in_subject_participle(sentence, at)
            or (date_precision(f.date) < 2 and in_past_relative_clause(sentence, at))
            or in_aside_relative(sentence, at, at + len(f.text))
            or in_participle_aside(sentence, at, at + len(f.text))
            or in_noun_aside(sentence, at, at + len(f.text))
            or in_charged_act(sentence, at)
            or in_object_participle(sentence, at, at + len(f.text))
            or participle_beside_today(sentence, at)
            or ends_relative_before_verb(sentence, at)
            or in_provided_start(sentence, at)
            or in_object_participle_phrase(sentence, at)
        ):
            continue  # "Two engineers kidnapped on Sunday have been freed": not Sunday's news
        if in_denied_complement(sentence, at, at + len(f.text)):
            continue  # "denies that its cutter rammed a boat on Sunday": the act it denies
        # the most precise date, then the one that is no bound's end, then one outside a
        # "since" or a cause's phrase ("on Friday, after the attack on 2 December"), then
        # the first in the sentence (its main clause's, as a rule: "launched in 2003, and
        # rivals are due to launch in 2005"), whatever order the figures came in
        precision = date_precision(f.date)
        rank = (
            precision,
            not ends_event(sentence, at, at + len(f.text)),
            not after_since(sentence, at),
            not in_background(sentence, at)
            and not in_later_complement(sentence, at)
            and not in_subordinate_clause(sentence, at),
            # what a report says is to come gives way to the day it was said, before or
            # after it ("will stop work on Monday, their union said on Sunday")
            precision < 2 or not said_to_come(sentence, at),
            precision < 2 or not day_of_saying(sentence, at),
            -at,
        )
        if where not in best or rank > best[where][0]:
            best[where] = (rank, f)
    events = [
        TimelineEvent(f.date or "", f.text, text[w], f.sentence)
        for w, (_, f) in best.items()
        if not _dates_only_the_saying(text[w], f.text)
    ]
    return tuple(sorted(events, key=date_order))


def _dates_only_the_saying(sentence: str, label: str) -> bool:
    """Whether the row's date, the one the sentence's main clause is dated by, is the day
    of an attribution after an event it reports in the past (tag_of_a_past_report): the
    sentence then dates no event, and has no row. A lesser date of its (a relative
    clause's, a "since" clause's) does not stand in: it is its thing's, not the news's."""
    at = date_positions(sentence).get(label, -1)
    if at < 0:  # a weekday (figures.weekdays): a word no date pattern finds
        at = _word_at(sentence, label)
    return at >= 0 and tag_of_a_past_report(sentence, at, at + len(label))


def _dates_written_again(
    figures: Sequence[Figure], text: Mapping[tuple[int, int], str]
) -> Iterator[Figure]:
    """The dates a dated sentence writes that the scanner gave to an earlier sentence of
    its source (it lists a date once): "The airport reopened on Tuesday morning, and
    airlines said they would resume flights on Wednesday" has a Tuesday the lede named
    first, and the sentence's row, with only its Wednesday to choose from, was dated by
    its later clause (r49 M3). Each is this sentence's too, for the row's choice only."""
    firsts: dict[tuple[int, str], Figure] = {}
    for f in figures:
        if f.date is not None:
            firsts.setdefault((f.sentence.source, f.text), f)
    own: dict[tuple[int, int], set[str]] = {}
    for f in figures:
        if f.date is not None:
            own.setdefault((f.sentence.source, f.sentence.index), set()).add(f.text)
    for (source, index), written in own.items():
        sentence = text.get((source, index))
        if sentence is None:
            continue
        for (of_source, label), first in firsts.items():
            if of_source == source and label not in written and _word_at(sentence, label) >= 0:
                yield replace(first, sentence=Mention(source, index))


def _word_at(sentence: str, word: str) -> int:
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)
    return found.start() if found else -1
