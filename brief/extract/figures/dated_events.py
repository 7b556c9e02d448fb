"""The timeline: which dates date an event, and one row a sentence made of them.

Apart from the scanner because its rules read the clause around a date (a hypothetical,
a span's bound, a comparison's base, a year used as a noun, a caption), not a number
and what it counts. The scanner asks `is_event_date` as well, to cite an event's
sentence for a date rather than its first mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from brief.extract.figures.notation import (
    DATE_PATTERN,
    DAY_BEFORE,
    DIGIT,
    MONTH,
    MONTHS,
    SIGNED,
    WEEKDAY,
    WORD_RE,
    YEAR,
    YEAR_PATTERN,
    in_name,
    iso,
    number_values,
)
from brief.extract.figures.tense import SCOPE_BREAK, past_form
from brief.extract.lexicon import alternation, weekday_names, words
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
    day is one event told again, unless a row is a saying's."""
    if not _same_day(one.date, other.date):
        return False
    if one_story and not (_dated_by_saying(one) or _dated_by_saying(other)):
        return len(_substance(one.text) & _substance(other.text)) >= SHARED_WORDS
    if one_story and _same_toll(one.text, other.text):
        return True
    verb = _dated_verb(one)
    if verb is None or verb != _dated_verb(other):
        return False
    shared = _substance(one.text) & _substance(other.text)
    return len(shared - {verb}) >= SHARED_WORDS


SHARED_WORDS = 3


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
    return at >= 0 and _day_of_saying(event.text, at)


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
    if _day_of_saying(event.text, at):
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


def _dated_verb(event: TimelineEvent) -> str | None:
    """The verb nearest before the row's date in its clause, in the past ("signed") or
    after "to" or "will" ("is due to leave", "will start"), as a stem ("signed" ->
    "sign"), or None: not a verb of report, whose row is a saying's."""
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
        ahead = k > 0 and found[k - 1].lower() in _BEFORE_A_VERB and low not in fragment_words
        if word.isalpha() and word.islower() and (ahead or past_form(low)):
            return None if low in words()["report_verbs"] else _stem(low)
    return None


# What makes the word after it a verb: "to leave", "will start".
_BEFORE_A_VERB = frozenset({"to", "will", "shall", "would"})


_VERB_REACH = 80
_WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY},? \Z")
_VERB_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\b(?:and|but|which|who|while|after|as)\b")


def _stem(word: str) -> str:
    return word[:-2] if word.endswith("ed") else word


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
        if f.date is None or _YEAR_SPAN.fullmatch(f.text) or where not in text:
            continue
        if where in revised:
            continue
        sentence = text[where]
        if where not in positions:
            positions[where] = _date_positions(sentence)
        at = positions[where].get(f.text, -1)
        if at < 0:  # a weekday (figures.weekdays): a word no date pattern finds
            at = _word_at(sentence, f.text)
        if at < 0 or not is_event_date(sentence, at, at + len(f.text)):
            continue
        if _cause_only(sentence, at, date_precision(f.date) < 2):
            continue  # "confirms 23 dead after the cyclone made landfall late on Sunday"
        if _later_clause_of_other_tense(sentence, at):
            continue  # "Poland requested consultations, and the council will meet on Thursday"
        if (
            _in_subject_participle(sentence, at)
            or (date_precision(f.date) < 2 and _in_past_relative_clause(sentence, at))
            or _in_aside_relative(sentence, at, at + len(f.text))
            or _in_participle_aside(sentence, at, at + len(f.text))
            or _participle_beside_today(sentence, at)
            or _ends_relative_before_verb(sentence, at)
        ):
            continue  # "Two engineers kidnapped on Sunday have been freed": not Sunday's news
        # the most precise date, then the one that is no bound's end, then one outside a
        # "since" or a cause's phrase ("on Friday, after the attack on 2 December"), then
        # the first in the sentence (its main clause's, as a rule: "launched in 2003, and
        # rivals are due to launch in 2005"), whatever order the figures came in
        precision = date_precision(f.date)
        rank = (
            precision,
            not _ends_event(sentence, at, at + len(f.text)),
            not _after_since(sentence, at),
            not _in_background(sentence, at)
            and not _in_later_complement(sentence, at)
            and not _in_subordinate_clause(sentence, at),
            # what a report says is to come gives way to the day it was said, before or
            # after it ("will stop work on Monday, their union said on Sunday")
            precision < 2 or not _said_to_come(sentence, at),
            precision < 2 or not _day_of_saying(sentence, at),
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
    of an attribution after an event it reports in the past (_tag_of_a_past_report): the
    sentence then dates no event, and has no row. A lesser date of its (a relative
    clause's, a "since" clause's) does not stand in: it is its thing's, not the news's."""
    at = _date_positions(sentence).get(label, -1)
    if at < 0:  # a weekday (figures.weekdays): a word no date pattern finds
        at = _word_at(sentence, label)
    return at >= 0 and _tag_of_a_past_report(sentence, at, at + len(label))


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


def _later_clause_of_other_tense(sentence: str, at: int) -> bool:
    """Whether the date at `at` is in a later clause coordinated after a comma and "and"
    or "but", or a semicolon, that looks ahead ("will meet on Thursday") where the
    clause before it is told in the past: "Poland formally requested consultations, and
    the council will meet on Thursday" is no Thursday's news, and the row, read as the
    sentence's, would put the request on the day of the meeting. Its date dates the
    second clause only, so it makes no row; the first clause's own date does."""
    joints = list(_CLAUSE_END.finditer(sentence, 0, at))
    if not joints:
        return False
    joint = joints[-1]
    if joint.group().startswith((":", ".")):
        return False
    later = sentence[joint.end() : at + 1]
    earlier = sentence[: joint.start()]
    if _WILL_OR_DUE.search(later) is None or _WILL_OR_DUE.search(earlier) is not None:
        return False
    return any(past_form(word.lower()) for word in WORD_RE.findall(earlier))


# What makes a clause look ahead: "will meet", "is due to", "are to".
_WILL_OR_DUE = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:due |set |scheduled )?to)\b|[’']ll\b", re.IGNORECASE
)


def _in_subordinate_clause(sentence: str, at: int) -> bool:
    """Whether the date at `at` dates a thing the sentence's news names, not the news: it
    is in a relative clause ("revising up the estimate of 30,000 that NATO officials gave
    on Tuesday", "the law, which the council passed on Monday") or in a participle that
    modifies the subject, whose own verb comes after the date ("A farmer injured when a
    drone crashed on Tuesday has died"). Beside another date, that one is the row's: the
    day of the saying, where the sentence has no other ("said on Wednesday")."""
    return _in_relative_clause(sentence, at) or _in_subject_participle(sentence, at)


def _in_past_relative_clause(sentence: str, at: int) -> bool:
    """A year or a month in a relative clause told in the past ("ECOWAS, which Niger left
    in January 2025, had no immediate comment") is its thing's history, never the
    sentence's row, whatever else it dates (r49 L1); a day there may be the news ("The
    ferry, which sank on Monday, was carrying 300 people") and only ranks lower."""
    found = _relative_word(sentence, at)
    return (
        found is not None
        and _in_relative_clause(sentence, at)
        and _told_as_past(sentence[found.end() : at])
    )


def _in_aside_relative(sentence: str, at: int, end: int) -> bool:
    """Whether the date is in a relative clause set off by commas inside the sentence
    ("Ndege, who was arrested on Monday night, denied the charge", "Voting at the
    station, where ballots were burnt on 21 April, will not be repeated") whose main verb,
    after the closing comma, tells an event of its own: the day is the clause's, and the
    row would date the denial by the arrest. A main verb of state keeps it, the news
    being the clause's ("The ferry, which sank on Monday, was carrying 300 people")."""
    found = _last(_ASIDE_RELATIVE.finditer(sentence, max(0, at - _RELATIVE_REACH), at))
    if found is None or _RELATIVE_END.search(sentence, found.end(), at) is not None:
        return False
    return _event_after_aside(sentence, end)


def _event_after_aside(sentence: str, end: int) -> bool:
    """Whether the aside the date at `end` closes is followed, after its comma, by the
    sentence's main verb telling an event ("..., denied the charge", "..., was freed"),
    not a state ("..., was carrying 300 people") nor a clause of its own; where no comma
    closes it, it closes the sentence, which _in_subordinate_clause and is_event_date
    read."""
    close = sentence.find(", ", end)
    if close < 0 or _RELATIVE_END.search(sentence, end, close) is not None:
        return False
    main = WORD_RE.findall(sentence[close + 2 : close + 62])
    while main and (main[0].lower() in _BEFORE_THE_VERB or main[0].endswith("ly")):
        main = main[1:]
    if not main:
        return False
    verb = main[0].lower()
    if verb in _STATE_VERBS:
        following = main[1].lower() if len(main) > 1 else ""
        return following == "been" or (past_form(following) and not following.endswith("ing"))
    return verb in _BEFORE_A_VERB or verb in _EVENT_AUXILIARIES or past_form(verb)


def _in_participle_aside(sentence: str, at: int, end: int) -> bool:
    """Whether the date is in a participle phrase set off by commas between the subject and
    its verb, as `_in_aside_relative` reads a relative clause: an appositive whose noun a
    participle follows ("The family of Peter Mwangi, the engineer abducted near the camp
    on Wednesday, appealed on Friday for his release") or a participle alone ("Mwangi,
    abducted on Wednesday, was freed"). The day is the abduction's, the noun's history,
    and would date the appeal (r63 F5). A participle of a passive takes no object, so a
    verb with one after it is a clause's own ("..., the gunmen seized two engineers on
    Wednesday, ..."); nor is an inverted attribution after it the sentence's verb
    ("..., said a spokesman")."""
    opening = sentence.rfind(", ", max(0, at - _RELATIVE_REACH), at)
    if opening < 0 or _RELATIVE_END.search(sentence, opening + 2, at) is not None:
        return False
    found = WORD_RE.findall(sentence, opening + 2, at)
    at_participle = _aside_participle(found)
    if at_participle < 0:
        return False
    if not _subject_alone(sentence[:opening]):
        return False  # "Canada's envoy, Lubaki, met with ...": a verb after its subject's aside
    after = found[at_participle + 1 : at_participle + 2]
    if after and not _opens_an_adjunct(after[0]):
        return False  # "the gunmen seized two engineers on": an object, a clause's verb
    close = sentence.find(", ", end)
    if close < 0 or len(WORD_RE.findall(sentence, end, close)) > _AFTER_DATE_WORDS:
        return False  # "repelled on Monday a complex attack carried out by ...": its object
    if not _event_after_aside(sentence, end):
        return False
    main = WORD_RE.findall(sentence, close + 2, min(len(sentence), close + 62))
    inverted = (
        len(main) > 1
        and main[0].lower() in words().speech
        and (main[1][:1].isupper() or main[1].lower() in _DETERMINERS)
    )
    return not inverted and main[0].lower() != "to"  # "..., to inform": a purpose, no verb


# The words an aside may give after its date before its closing comma ("on Wednesday
# evening near the camp,").
_AFTER_DATE_WORDS = 6


def _subject_alone(head: str) -> bool:
    """Whether the words before an aside run from the sentence's start with no clause
    break and are no opening phrase of place or time ("Mwangi", "The family of Peter
    Mwangi", "Kim said the ship"): a subject its verb follows. Not after another aside
    ("Canada's envoy, Lubaki, met with ...": "met" is the verb), nor after "In the
    central market," (its clause's subject and verb come after the comma)."""
    first = WORD_RE.match(head.lstrip())
    opening = first is not None and first.group().lower() in words()["fronted_prepositions"]
    return not opening and _RELATIVE_END.search(head) is None


def _aside_participle(found: Sequence[str]) -> int:
    """Where the participle stands in an aside's words before its date: the first word
    ("abducted near the camp on"), or after a noun phrase its determiner or number opens
    ("the Kenyan water engineer abducted near the camp on"), with no verb of its own
    before it; -1 where none does."""
    w = words()
    for k, word in enumerate(found[: _APPOSITIVE_WORDS + 1]):
        low = word.lower()
        if "-" in word:
            continue  # "so-called", "well-known": an adjective before its noun
        if word.islower() and (past_form(low) or low in w["short_participles"]):
            if k == 0:
                return 0
            opener = found[0].lower()
            numbered = opener[:1].isdigit() or opener in number_values().numbers
            return k if opener in _DETERMINERS or numbered else -1
        if low in w["auxiliaries"] or low in w["passive"] or low in _STATE_VERBS:
            return -1
        if low in w["subject_pronouns"] or low in _RELATIVES:
            return -1
    return -1


_APPOSITIVE_WORDS = 6  # "the Kenyan water engineer": a noun phrase's words before a participle


def _opens_an_adjunct(word: str) -> bool:
    """A preposition or an adverb after a participle ("abducted near", "taken by",
    "seized overnight"): what a passive's participle takes, where an active verb takes
    its object."""
    low = word.lower()
    return (
        low in _prepositions()
        or (word.islower() and low in words()["time_phrase_words"])  # "late", "overnight"
        or (low.endswith("ly") and word.islower())
        or low in weekday_names()  # the date itself: "abducted Wednesday"
        or low in MONTHS
    )


# Adverbs that may stand before a verb, besides those in -ly: "was not", "also denied".
_BEFORE_THE_VERB = frozenset({"not", "also", "later", "then"})
# A relative clause set off by a comma: "Ndege, who ...", "the station, where ...".
_ASIDE_RELATIVE = re.compile(r", (?:which|who|whom|whose|where)\b", re.IGNORECASE)
_STATE_VERBS = frozenset({"was", "were", "is", "are", "had", "has", "have"})
_EVENT_AUXILIARIES = frozenset({"will", "shall", "would", "could", "can", "may", "might"})


def _participle_beside_today(sentence: str, at: int) -> bool:
    """Whether the sentence dates its news by the page's day ("today declared the
    results") and the date is in a participle after a noun ("of the election held on 21
    April"): the date is that noun's, and the row the news's, which "today" dates (the
    timeline reads no "today" as a date, so the sentence has no row)."""
    today = _PAGE_DAY.search(sentence, 0, at)
    if today is None:
        return False
    found = _PARTICIPLE_BEFORE.search(sentence, max(today.end(), at - 80), at)
    if found is None:
        return False
    noun, participle = found.group("noun"), found.group("participle")
    w = words()
    opening = WORD_RE.findall(sentence, today.end(), found.start())
    # the noun a preposition's object ("of the election held"), so no subject of its own
    # verb ("was told the minister resigned on 3 March")
    # its determiner, perhaps a modifier or two before the noun ("of the presidential")
    lowered = [word.lower() for word in opening[-4:]]
    at_determiner = max((k for k, word in enumerate(lowered) if word in _DETERMINERS), default=-1)
    if at_determiner < 1 or lowered[at_determiner - 1] not in _prepositions():
        return False
    return (
        (past_form(participle) or participle in w["short_participles"])
        and noun not in w["auxiliaries"]
        and noun not in w["passive"]
        and noun not in w["subject_pronouns"]
        and not noun.endswith("ly")
        and not past_form(noun)
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


def _relative_word(sentence: str, at: int) -> re.Match[str] | None:
    """The last relative pronoun before the date with no clause break between, nor a
    day that closes its clause (_closes_clause)."""
    found = _last(_RELATIVE_WORD.finditer(sentence, max(0, at - _RELATIVE_REACH), at))
    if found is None or _RELATIVE_END.search(sentence, found.end(), at) is not None:
        return None
    if _closes_clause(sentence, found.end(), at):
        return None
    return found


def _closes_clause(sentence: str, start: int, at: int) -> bool:
    """Whether a day between `start` and `at` is followed by a finite verb, which is the
    sentence's own, the clause it ends being over: "Most of the 1,200 people who crossed
    into Thailand on Sunday returned to Myanmar on Monday" has its relative clause end
    at "Sunday", and Monday is the main clause's (r65 F6). A clause's verb phrase ends
    with its adjuncts of time; a verb right after one opens the predicate of the subject
    the clause described."""
    for day in _DAY_WORDS.finditer(sentence, start, at):
        if _finite_after(sentence, day.end()):
            return True
    return False


def _ends_relative_before_verb(sentence: str, at: int) -> bool:
    """Whether the day at `at` ends a relative clause and the sentence's own verb follows
    it in the perfect ("The 60 families who fled on Monday have returned"): the day is
    the clause's, its subject's history, as a subject's participle's is
    (_in_subject_participle). A verb in the past may tell what befell that day ("The
    quake which struck on Tuesday killed a child"): the day stays a row's."""
    day = _DAY_WORDS.match(sentence, at)
    return (
        day is not None
        and _PERFECT_AFTER.match(sentence, day.end()) is not None
        and _relative_word(sentence, at) is not None
    )


_PERFECT_AFTER = re.compile(r" (?:has|have|had)(?: (?:since|now|also|not))* (?:been )?[a-z]+ed\b")


# A day a verb phrase ends with: a weekday (and its part of the day), a day and a month.
_DAY_WORDS = re.compile(
    rf"\b{WEEKDAY}(?: (?:night|morning|afternoon|evening))?"
    rf"|\b{MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}} {MONTH}(?! \d)"
)


def _finite_after(sentence: str, end: int) -> bool:
    """Whether a finite verb follows at `end`: an auxiliary and its verb (_FINITE_AFTER:
    "has died", "were released") or a verb in the past ("returned", "went"), not a
    participle ("fleeing", "wounded by") nor a word in -ed that is none ("wounded")."""
    if _FINITE_AFTER.match(sentence, end) is not None:
        return True
    found = _NEXT_WORD.match(sentence, end)
    if found is None:
        return False
    word = found.group(1)
    return past_form(word) and not word.endswith("ing") and word not in words()["not_participles"]


_NEXT_WORD = re.compile(r" ([a-z]+)\b(?! (?:by|of)\b)")


def _in_relative_clause(sentence: str, at: int) -> bool:
    """A relative pronoun before the date with no clause break between: "which", "who",
    "whom", "whose", or "that" after a noun or a number (after a verb or a noun of report
    it opens what was said: "said on Wednesday that", "reports that")."""
    found = _relative_word(sentence, at)
    if found is None:
        return False
    if found.group().lower() != "that":
        return True
    before = sentence[max(0, found.start() - 40) : found.start()].split()
    if not before:
        return False
    word = before[-1]
    if word[:1].isdigit():
        return True  # "the estimate of 30,000 that NATO gave"
    low = word.lower()
    w = words()
    return (
        word.isalpha()
        and word.islower()
        and low not in w.speech
        and low not in w["report_verbs"]
        and low not in w["report_nouns"]
        and low not in _NOT_RELATIVE_THAT
        and not past_form(low)
        and not low.endswith("ly")
    )


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in found:  # noqa: B007
        pass
    return last


_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)
_RELATIVE_END = re.compile(r"[,;:()\u2014\u2013]|\.\s")
_RELATIVE_REACH = 100
# Words before "that" that make it a conjunction or a demonstrative, not a relative.
_NOT_RELATIVE_THAT = frozenset(
    {"so", "now", "such", "than", "given", "except", "provided", "and", "but", "or", "of",
     "in", "on", "at", "by", "for", "with", "from", "to", "is", "was", "are", "were", "be",
     "not", "all", "like", "about", "after", "before", "since", "until"}
)  # fmt: skip


def _in_subject_participle(sentence: str, at: int) -> bool:
    """A participle after the subject's noun ("A farmer injured when ...", "Two men
    arrested over the attack on Monday") before the date, in the sentence's first clause,
    and the subject's verb after the date with no comma between ("... on Tuesday has
    died", "... were released"): the date is the subject's history."""
    head = sentence[:at]
    if _RELATIVE_END.search(head) is not None:
        return False
    found = _SUBJECT_OPENER.match(head)
    reported = _reported_subject(head) if found is None else None
    if reported is not None:
        # "Brokers said the state guarantee announced by Georgia on Tuesday had slowed
        # the rise": the reported clause's subject, and its history
        head, found = reported
    if found is None:
        return False
    # the first past form after the subject's noun: "Two foreign engineers kidnapped"
    # (a lazy pattern had stopped at "foreign engineers" and found no participle), or
    # after the noun an "of" phrase gives it: "The kidnappers of two foreign engineers
    # seized near ..." (r65 F6)
    subject = head[found.end() :].split(" ")[: _SUBJECT_WORDS + 2]
    if "of" in subject[1:]:
        subject = head[found.end() :].split(" ")[: 2 * _SUBJECT_WORDS + 3]
    participle = next(
        (
            word
            for k, word in enumerate(subject)
            if k and subject[k - 1].isalpha() and subject[k - 1].islower() and past_form(word)
        ),
        None,
    )
    passive = f" {participle} by " in head
    if (
        participle is None
        or not participle.islower()
        or (participle in words().speech and not passive)
    ):
        return False  # "The agency said on Friday that ...": the clause's own verb
    day = DATE_PATTERN.match(sentence, at) or WORD_RE.match(sentence, at)  # "3 March", "Tuesday"
    return day is not None and _FINITE_AFTER.match(sentence, day.end()) is not None


def _reported_subject(head: str) -> tuple[str, re.Match[str]] | None:
    """The words before a date from the subject of a clause a verb of saying reports
    ("Brokers said the state guarantee announced by ..."), with its opener matched; None
    where no reported clause opens with a subject."""
    for said in reversed(list(WORD_RE.finditer(head))):
        if said.group().lower() in words().speech and said.group().islower():
            rest = head[said.end() :].lstrip()
            rest = rest[5:] if rest.startswith("that ") else rest
            found = _SUBJECT_OPENER.match(rest[:1].upper() + rest[1:])
            if found is not None:
                return rest, found
    return None


# The subject's words up to a participle: "A 64-year-old farmer injured", "Two men
# arrested"; an article or a number opens it.
_SUBJECT_OPENER = re.compile(r"(?:A|An|The|[Tt]wo|[Tt]hree|\d[\d,]*|One)\b ")
_SUBJECT_WORDS = 3  # the subject's words before its noun, at most
# The subject's verb right after the date (and its part of the day): an auxiliary and a
# verb, or a verb of dying.
_FINITE_AFTER = re.compile(
    r"(?: (?:night|morning|afternoon|evening))? (?:(?:has|have|had|was|were|is|are)"
    r"(?: (?:since|now|also|been|not))* [a-z]+|died\b)"
)


def _after_since(sentence: str, at: int) -> bool:
    """Whether the date at `at` is in a "since" clause ("its first counter-attack since the
    rebels seized the town on Sunday"): beside another date, that clause is the news's
    measure, and the sentence's row is the other's (r38 had dated the shelling Sunday)."""
    found = _SINCE_WORD.search(sentence, max(0, at - 80), at)
    return found is not None and _CLAUSE_END.search(sentence, found.end(), at) is None


_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)


def _in_background(sentence: str, at: int) -> bool:
    """Whether the date at `at` is in a phrase that gives the news's cause or setting
    (words.toml's background_markers: "after", "following", "amid" ...), up to the date
    with no comma between: beside another date, the main clause's is the row's ("raised
    its threat level on Friday, after the attack on the night of 2 December" is
    Friday's news, and the attack's date had dated it)."""
    markers = list(_background_marker().finditer(sentence, max(0, at - _BACKGROUND_REACH), at))
    return bool(markers) and _PHRASE_END.search(sentence, markers[-1].end(), at) is None


_BACKGROUND_REACH = 120


def _cause_only(sentence: str, at: int, coarse: bool) -> bool:
    """Whether the date at `at` dates only a cause the sentence gives its news by, not the
    news: a phrase of a cause or of what came first (words.toml's background_markers of
    _CAUSES: "after", "following", "in response to" ...) that runs to the date with no
    comma or "and" between (a second verb of the main clause: "after months of talks and
    seized the town on Sunday"). "The government confirms 23 dead after the cyclone made
    landfall late on Sunday" is no Sunday's news: the confirming has no day there, and the
    row, read as the sentence's, would put the toll on the day before it was given. So the
    date makes no row; beside a date of the main clause's own, that one does. Nor when the
    sentence says the news came within the date's own precision of its cause ("hours
    after", "days after" a year or a month: `coarse`). Not the other markers: a time the
    main clause shares ("amid protests on Sunday"), a contrast or a relative clause, which
    the timeline's rank and is_event_date read."""
    joined = _coordinated_with(sentence, at)
    if joined is not None:
        at = joined[0]  # "after slumping during 2001 and 2002": what holds one holds both
    markers = list(_background_marker().finditer(sentence, max(0, at - _BACKGROUND_REACH), at))
    if not markers or markers[-1].group().lower() not in _CAUSES:
        return False
    marker = markers[-1]
    if _TIME_OF_DAY.match(sentence, marker.end()):
        return False  # "will open just after midnight on Tuesday": a time, no cause
    offset = _OFFSET_BEFORE.search(sentence, max(0, marker.start() - 24), marker.start())
    if offset is not None and (offset.group("hours") or coarse):
        # "hours after the vote on Sunday", "less than a week after it opened in May
        # 2003": the news is as near its cause as the date is precise
        return False
    return _CAUSE_END.search(sentence, marker.end(), at) is None


# The background markers of a cause or of what came before the news, whose date is never
# the news's own.
_CAUSES = frozenset(
    {
        "after", "following", "in the wake of", "in response to", "in retaliation",
        "caused by", "because", "citing",
    }
)  # fmt: skip
# How long after its cause the news came, right before "after": within the day ("hours
# after", "shortly after") or within a week or two ("a week after", "days after").
_OFFSET_BEFORE = re.compile(
    r"\b(?:(?P<hours>shortly|soon|just|immediately|moments|minutes|hours|an hour)"
    r"|days|a day|a week|weeks|two weeks|a fortnight|\d+ days)\s+\Z",
    re.IGNORECASE,
)
_TIME_OF_DAY = re.compile(r" (?i:midnight|noon|midday|dawn|dusk|dark|nightfall|sunset|sunrise|\d)")
_CAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\.\s|\band\b")
_PHRASE_END = re.compile(r"[,;:]|\.\s")


@cache
def _background_marker() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['background_markers'])})\b", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[;:]|\.\s|,\s(?:and|but)\b")


def _day_of_saying(sentence: str, at: int) -> bool:
    """Whether the date at `at` is when something was said ("said on Monday", "told
    reporters on Tuesday", "said in a statement on Monday"): beside another date, the one
    of what was said is the event's ("late on Sunday, the military's media wing said on
    Monday"; "said on Tuesday it had test-fired a missile on Monday")."""
    before = sentence[max(0, at - 40) : at].split()
    saying = words()["report_verbs"]  # (so "announced on 9 March that the election held
    # on 1 March was void" dates the election)
    return any(word.lower().strip(",") in saying for word in before[-5:])


def _tag_of_a_past_report(sentence: str, at: int, end: int) -> bool:
    """Whether the date at `at` is the day of an attribution after what it reports ("...,
    the organisation said in a statement on Thursday") and what it reports is an event
    told in the past with no time of its own ("Mwangi was taken from a clearly marked
    vehicle at about 17:30", "At least 14 soldiers were killed in the clashes"): the day
    is the saying's, the event of any day before it, and the row would show it on the
    saying's day (r63 F5: the fighting of Tuesday night had Wednesday's row). A state the
    report gives as of that day ("have been killed", "remains closed", "were advancing"),
    a time it sets by the saying's day (words.toml's saying_day_words: "overnight"), what
    is to come, or a quotation (the words are the saying's, and the saying the event)
    keep the day; so does an attribution before what it reports ("The army said on
    Wednesday that ..."), whose saying is the sentence's event."""
    if not _day_of_saying(sentence, at):
        return False
    comma = sentence.rfind(", ", 0, at)
    if comma < 0:
        return False
    if not _attribution_tag(WORD_RE.findall(sentence, comma + 2, at)):
        return False
    rest = sentence[end:]
    rest = rest[: rest.find(", ")] if ", " in rest else rest
    if any(w == "that" or w in _STATE_VERBS or past_form(w) for w in WORD_RE.findall(rest)):
        return False  # "said on Wednesday it had ...": what was said comes after
    report = sentence[:comma]
    if _QUOTE_MARKS.search(report) or _saying_day_words().search(report):
        return False
    return _told_as_past_event(report)


_QUOTE_MARKS = re.compile(r"[\"“”]")


def _attribution_tag(found: Sequence[str]) -> bool:
    """Whether the words between a comma and a date are an attribution: a subject and a
    verb of report ("the organisation said in a statement on", "security sources told
    AFP on") or the verb before its subject ("said the army on"), with no verb of
    another clause among them ("offered remorse before his sentence was announced")."""
    if not found or len(found) > _TAG_WORDS or "that" in (word.lower() for word in found):
        return False
    verbs = words()["report_verbs"]
    at_verb = next((k for k, word in enumerate(found) if word.lower() in verbs), -1)
    if at_verb < 0:
        return False
    w = words()
    return not any(
        word.islower() and (past_form(word) or word in w["auxiliaries"] or word in _STATE_VERBS)
        for word in found[:at_verb]
    )


_TAG_WORDS = 16  # "a spokesman for the army's eastern command said in a statement on"


@cache
def _saying_day_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(words()['saying_day_words'])})\b")


def _told_as_past_event(clause: str) -> bool:
    """Whether a clause's main verb tells an event in the past: a passive ("was taken",
    "were killed"), a past perfect ("had been killed", "had left") or a past form with its
    object ("Gunmen attacked the convoy"); not a state ("was calm", "were advancing"), a
    present, a perfect or a modal. Read up to the first subordinate clause ("insists
    that ..."), past a relative clause's verb ("Gunmen who abducted three fishermen ...
    have contacted", "Khalvashi, who had chaired the government, ...") and an -ed
    adjective ("at troubled Philippine Airlines", "two renowned climbers"). A past form
    with no object after it may be a participle after its noun ("A driver injured when
    ... has died"), an adjective ("remains closed") or an intransitive verb ("Two men
    died"): the words after it decide, and where none does, the clause is not read as
    past: a wrong reading would leave a row out, not date one wrongly."""
    stop = _SUBORDINATE.search(clause)
    clause = clause[: stop.start()] if stop else clause
    tokens = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(clause)]
    w = words()
    skip_to = -1  # the end of a relative clause set off by commas
    in_relative = False  # a restrictive relative clause: its first verb is its own
    for k, (word, start, word_end) in enumerate(tokens):
        if start < skip_to:
            continue
        low = word.lower()
        if low in _RELATIVES and low != "that":
            if clause[:start].rstrip().endswith(","):
                close = clause.find(",", word_end)
                skip_to = close if close >= 0 else len(clause)
            else:
                in_relative = True
            continue
        if k and not word.islower():
            continue
        following = _words_after(clause, tokens, k)
        after = following[0].lower() if following else ""
        finite = low in w["auxiliaries"] or low in w["passive"] or low in _STATE_VERBS
        if in_relative and (finite or past_form(low)):
            in_relative = low in _STATE_VERBS
            continue  # "who had chaired": the relative's verb, its participle next
        if low in {"was", "were"}:
            return _participle(after) and after != "being"
        if low == "had":
            if after == "been":
                return len(following) > 1 and _participle(following[1].lower())
            return _participle(after)
        if finite:
            return False  # "is", "has", "will", "could": a state, a perfect or a modal
        before = tokens[k - 1][0].lower() if k else ""
        attributive = (
            before in _prepositions()
            or before in w["object_determiners"]
            or before in w["possessives"]
            or before[:1].isdigit()
            or before in number_values().numbers
        )
        if (
            k
            and past_form(low)
            and not attributive
            and following
            and _opens_an_object(following[0])
        ):
            return True
    return False


# What opens a subordinate clause, past which a clause's main verb is not read.
_SUBORDINATE = re.compile(
    r"[;:]|\b(?i:that|because|when|whether|if|after|before|while|although|though|unless"
    r"|since|until|as)\b"
)


def _words_after(clause: str, tokens: Sequence[tuple[str, int, int]], k: int) -> list[str]:
    """The words after the k-th, up to three, in its stretch (no comma between), less an
    adverb before a verb ("was not", "also")."""
    found: list[str] = []
    end = tokens[k][2]
    for word, start, word_end in tokens[k + 1 : k + 4]:
        if "," in clause[end:start]:
            break
        end = word_end
        low = word.lower()
        if low in _BEFORE_THE_VERB or (low.endswith("ly") and word.islower()):
            continue
        found.append(word)
    return found


def _opens_an_object(word: str) -> bool:
    """A word that opens a verb's object ("attacked the convoy", "seized two engineers",
    "freed him", "shelled Amdal"): the verb before it is active, and finite."""
    low = word.lower()
    w = words()
    return bool(word) and (
        low in w["object_determiners"]
        or low in w["possessives"]
        or low in w["object_pronouns"]
        or low[:1].isdigit()
        or low in number_values().numbers
        or (word[:1].isupper() and low not in weekday_names() and low not in MONTHS)
    )


def _participle(word: str) -> bool:
    """A past participle after "was" or "had" ("taken", "killed"), not an -ing form."""
    return (
        bool(word)
        and not word.endswith("ing")
        and (past_form(word) or word in words()["short_participles"])
    )


def _said_to_come(sentence: str, at: int) -> bool:
    """Whether the date at `at` is of what a report says is to come ("announced on Friday
    that power cuts will be imposed from Monday, 7 December"): beside the day of saying,
    the saying is the event the sentence reports, for what is to come has not happened
    (r56 L11 had dated the announcement to the Monday after it). A past one reported is
    the event ("said on Tuesday it had test-fired a missile on Monday"), and a schedule
    told with no day of saying keeps its date ("The committee will meet on 18 December")."""
    said = list(_saying().finditer(sentence, 0, at))
    if said:
        return _scheduled_in(sentence[said[-1].end() : at])
    # a tag after it ("Dock workers will walk out on Wednesday, their union said on
    # Monday") says so as well as a saying before it
    return _saying().search(sentence, at) is not None and _scheduled_in(sentence[:at])


def _in_later_complement(sentence: str, at: int) -> bool:
    """Whether the date at `at` is in a second clause a verb of report gives ("said on
    Tuesday that nine people had died in the town and that 27 had been treated for
    injuries on Sunday night"): it dates that clause only, and the day of saying, which
    dates them all, is the row's (r46 M6 had dated the toll to Sunday). One reported
    clause's own date is still its event's ("said on Tuesday it had test-fired a missile
    on Monday")."""
    said = list(_saying().finditer(sentence, 0, at))
    return bool(said) and _AND_THAT.search(sentence, said[-1].end(), at) is not None


_AND_THAT = re.compile(r"\band (?:also )?that\b", re.IGNORECASE)


@cache
def _saying() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['report_verbs'])})\b", re.IGNORECASE)


def _word_at(sentence: str, word: str) -> int:
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)
    return found.start() if found else -1


def date_precision(date: str) -> int:
    """How precise an ISO-ish date is: "2022" < "2022-02" < "--02-09" = "2022-02-09"."""
    return date.lstrip("-").count("-") + (1 if date.startswith("--") else 0)


# A date that starts or ends a period, sets a deadline or is a point of comparison
# ("since 2022", "by 2030", "in the year to March 2004", "the year beginning 1 October",
# "the three months up to 30 September", "the quarter ended April 30" (a reporting
# period's end, not an event), "over the course of 2004", "a year like 2022",
# "in the wake of 11 September" (an event the sentence's own event follows),
# "not as quickly as in 2004"), not the date of an event.
_SPAN_BEFORE = re.compile(
    r"\b(?:since|through|throughout|by|before|ahead of|as of|like|unlike|than|to|after|"
    r"(?:starting|beginning) in|"
    r"(?:the|in the) (?:wake|aftermath) of|"
    r"(?:than|as) (?:in|on|at|during)|up to|(?:the )?course of|"
    r"(?:year|years|months?|quarters?|weeks?|days?|half|period)"
    r" (?:to|from|(?:beginning|starting|ending|begun|started|ended)(?: on| in)?))"
    r"(?: at least| at the earliest)?(?: the)?(?: year)?"
    r"(?: (?:early|late|mid|middle of|end of|start of|beginning of|spring|summer|"
    r"autumn|fall|winter))?"
    # the weekday a date is written with ("since Monday, March 9")
    r"(?: (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)?[ -]\Z",
    re.IGNORECASE,
)
# "Until DATE" bounds a state or an arrangement, not an event: "funded until 2008",
# "extended the deadline until 15 July", "it will take until 9 February to deploy", "will
# not apply until 2027". In BBC business and tech news such dates were deadlines seven
# times in ten. The exception names the event that ends it: "an MP until 1995, when he
# resigned" dates the resignation, and keeps its row (after a date the sentence gives
# another event at).
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till)(?: at least| at the earliest)?(?: the)?"
    r"(?: (?:early|late|mid|middle of|end of|start of|beginning of|spring|summer|"
    r"autumn|fall|winter))?"
    # the weekday a date is written with ("since Monday, March 9")
    r"(?: (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)?[ -]\Z",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r",? when\b", re.IGNORECASE)
# "at" right before a date is a reading's, "as at" its balance date: "the capital ratio
# stood at 18.2% at 31 March 2026" is a state then, not an event (an event is "on" a day);
# "at the end of May" may be an event's, and is not read so.
_AS_AT_BEFORE = re.compile(r"\bat \Z", re.IGNORECASE)
# A year after "for" or "of" is a period or a target, not the date of an event: "the
# finalists for 2005", "the best-selling paperbacks of 2004 so far".
_PERIOD_BEFORE = re.compile(r"\b(?:for|of)(?: the year)? \Z", re.IGNORECASE)
# "Since" earlier in the date's clause makes the date the start of a span ("policy has
# changed since the war in Afghanistan in 2001"); "from" or a comparison makes it a
# bound or a base ("dating from 1945", "down from 20% in May 2002", "compared with the
# same month in 2003", "similar to those of April 2025", "almost double the figure in 2000").
_SINCE = re.compile(
    r"\b(?:since|compared (?:with|to)|(?:similar|comparable|equivalent|akin|identical) to"
    r"|double|twice|treble|triple)\b|\b(?P<start>from)\b",
    re.IGNORECASE,
)
# What makes a date after a likeness its clause's own: a preposition of time or a verb
# between them.
_LIKENESS_OWN_DATE = re.compile(
    r"\b(?:on|took|take|takes|began|begin|begins|was|were|is|are|has|have|had|will)\b"
)
# The end of a period whose start _SPAN_BEFORE bounded: "sales in the five months from 3
# August to 24 December".
_PERIOD_END_BEFORE = re.compile(
    r"\b(?:years?|months?|quarters?|weeks?|days?|half|period) from [^,;:.()]{1,24}"
    r" (?:to|until|till|through|and) \Z",
    re.IGNORECASE,
)
# A comparison's base: "roughly 30% higher than they were in January 2004", "more than in
# 2003". Not the "than" of a quantity ("more than 100 people died in May", "less than a
# week after it opened in March", "rose more than tenfold in 2004") nor of an expectation
# ("better than expected in May").
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
_INSTEAD_OF = re.compile(r"\binstead of\b", re.IGNORECASE)
_NOT_A_BASE = re.compile(
    rf" (?:\d|{SIGNED}|(?:a|an|expected|forecast|predicted|anticipated|feared|hoped|thought"
    r"|planned|\w+fold|twice|double|treble|triple|half)\b)",
    re.IGNORECASE,
)


def _comparison_base(sentence: str, start: int, at: int) -> bool:
    """Whether a comparative "than" in the date's clause makes the date its base, or an
    "instead of" the alternative set aside ("will run from 20:00, instead of from 22:00
    as ordered on Saturday": Saturday's is the order replaced, not the news)."""
    if _INSTEAD_OF.search(sentence, start, at):
        return True
    for than in _THAN.finditer(sentence, start, at):
        word = WORD_RE.match(sentence, than.end() + 1)
        spelled = word is not None and word.group().lower() in number_values().numbers
        if not spelled and _NOT_A_BASE.match(sentence, than.end()) is None:
            return True
    return False


# "From 20% in May 2002", "from the loss of 364m euros in 2003": a figure after "from".
_FROM_FIGURE = re.compile(rf" (?:the \w+ of )?(?:{SIGNED}|\d)")
_MONTH_YEAR = re.compile(rf"{MONTH},? {YEAR}")


def _date_end(sentence: str, at: int) -> int:
    m = DATE_PATTERN.match(sentence, at) or YEAR_PATTERN.match(sentence, at)
    return m.end() if m else at


# "From 2000 onwards": the start of a span.
_ONWARDS = re.compile(r" onwards?\b", re.IGNORECASE)
# A proviso after the date's clause: nothing is yet set for the date.
_PROVISO = re.compile(r" (?i:providing|provided|if|unless|as long as|on condition)\b")
# A year that modifies a noun names a thing, not when something happened: "the 1957
# film", "his 2006 budget", "the 1973 European Patent Convention", "the 2003 champion",
# "the original 1977 film" (one lower-case word may stand between).
_DETERMINER_BEFORE = re.compile(
    r"(?<!\w)(?i:the|a|an|his|her|its|their|our|my|your|this|that|\w+['’]s)"
    r"(?: (?P<between>[a-z]+))? \Z"
)
_WORD_AFTER = re.compile(r"[ -][\"“‘']?([^\W\d_][\w'’-]*)")


# A year as the object of a preposition of time ("in 2004", "between 2001 and 2004",
# "early 2005") dates something; after any other word ("against 2004 French Open
# champion Gaudio") and before a noun, it modifies the noun.
_TIME_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?i:in|on|at|during|since|until|till|by|before|after|from|to|of|for|around|"
    r"about|through|throughout|early|late|mid|between|and|or|than|spring|summer|autumn|"
    r"winter|year|years) \Z"
)


def _names_a_thing(sentence: str, at: int, end: int) -> bool:
    word = _WORD_AFTER.match(sentence, end)
    if word is None or word.group(1).lower() in words()["count_ends"]:
        return False  # "forget that in 1983", "events that made 2004 a year to forget"
    determiner = _DETERMINER_BEFORE.search(sentence, max(0, at - 32), at)
    if determiner is not None:
        return determiner.group("between") not in words()["count_ends"]
    return at > 0 and _TIME_WORD_BEFORE.search(sentence, max(0, at - 12), at) is None


_THE_YEAR_AFTER = re.compile(r" (?:also )?the year\b", re.IGNORECASE)


def _year_as_a_noun(sentence: str, at: int, end: int) -> bool:
    """ "2003's figures", "2018 is the year to ...", "called 2004 an outstanding success":
    a year as a possessive, a subject or an object is what the sentence talks about,
    not when something happened; a year after a time word ("in 2004 a law passed") is
    an adverbial whatever follows it."""
    if sentence.startswith(("'s", "’s"), end):
        return True
    if _TIME_WORD_BEFORE.search(sentence, max(0, at - 12), at):
        return False
    word = _WORD_AFTER.match(sentence, end)
    if word is None or sentence[end] != " ":
        return False
    after = word.group(1).lower()
    if after in words()["past_auxiliaries"]:
        # "2008 was the year Lehman Brothers fell" tells what happened then; "Only 1917
        # was colder", "1998 was chosen as the base year" say what the year was
        return _THE_YEAR_AFTER.match(sentence, word.end()) is None
    return after in words()["articles"] or after in words()["auxiliaries"]


def _ends_event(sentence: str, at: int, end: int) -> bool | None:
    """True for the date of an event that ends a state ("until 1995, when he resigned"),
    False for a bound or a deadline ("funded until 2008"), None for no "until" at all."""
    if _UNTIL_BEFORE.search(sentence, max(0, at - 40), at) is None:
        return None
    return _WHEN_AFTER.match(sentence, end) is not None


# Words that put a date outside what happened (words.toml's `not_yet`): a condition or a
# modal ("would be more appropriate on 1 April"), a forecast or an intention ("the
# election, widely expected on 5 May"; "plans to hold talks in 2006"), a hedge or a belief
# ("the belief that it will be on 5 May"). Lower-case "may" only, so the month is not
# taken for the modal. A plain future with a set date ("will meet on 4 May", "is due to
# report on 18 March") is a scheduled event and stays: see is_event_date.
@cache
def _hypothetical() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(words()['not_yet'])})\b|\bmay\b|\w[’']d\b")


_CLAUSE_BREAK = re.compile(rf"{SCOPE_BREAK.pattern}| (?i:that) ")
_WHETHER = re.compile(r"\b(?i:whether)\b")
_CONDITION = re.compile(r" ?(?i:if|unless|whether)\b")
_CLAUSE_REACH = 300  # characters either side of a date; a clause is rarely longer
# A span of years ("the budget for 2007-2013") is a period, not the date of an event.
_YEAR_SPAN = re.compile(rf"{YEAR} ?[-–] ?(?:{YEAR}|\d\d)")
# A year before a slash and the next one's digits: a fiscal year or a season ("2026/27").
_SLASHED_YEARS = re.compile(r"/(?:\d\d){1,2}\b")


# What sets a clause off from the sentence around it: punctuation, or a relative pronoun.
_ASIDE_OPENERS = frozenset({",", "_", "(", "\u2014", "\u2013", "which", "who"})
_ASIDE_CLOSERS = frozenset({",", "_", ")", "\u2014", "\u2013"})
_ASIDE_END = re.compile(r"[,)\u2014\u2013]| _ ")


def _described_now(sentence: str, start: int, at: int, end: int) -> bool:
    """Whether a year or a month is one of a description of a thing as it is now: a
    passive or a copula before it ("was built in 2014", "were founded in May 1990") and a
    verb in the present joined after it ("and is carrying 54,000 tonnes of wheat", "and
    has 300 staff"). The sentence says what the thing is; its year is its background, no
    event of the story (r62 F22: a ship's build year had headed the timeline)."""
    if _PASSIVE_PAST.search(sentence, start, at) is None:
        return False
    return _AND_NOW.match(sentence, end) is not None


_PASSIVE_PAST = re.compile(r"\b(?i:was|were)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|t)\b")
# a present verb joined to the dated clause, a few words after its date at most
_AND_NOW = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+and\s+(?:(?i:is|are|has|have|remains|remain)\b)")


def _background(
    sentence: str, opener: re.Match[str] | None, start: int, closer: re.Match[str] | None
) -> bool:
    """Whether a year sits in an aside about one of the sentence's things rather than in
    the clause that reports its news: a participle or relative clause set off on both
    sides, before the sentence's own verb ("the U.S. Virgin Islands _ battered by
    Hurricane Hugo in 1989 _ emerged unscathed", "Mr Nogar, who died in 1994, always
    ..."), or an opening participle ("Founded in 1998, the firm now ..."). Its row would
    date the news by it. Only a year or a month is read so: news gives a recent event its
    day ("the complaint, filed on 13 December, said"), and history its year."""
    opened = opener.group().strip().lower() if opener else ""
    if closer is not None and closer.group().strip().lower() == "and" and opened == ",":
        # "The ELN, founded in 1964 by priests and students, has ...": an "and" inside
        # the aside joins two of its words; the aside ends at its mark
        closer = _ASIDE_END.search(sentence, closer.end(), closer.end() + _CLAUSE_REACH)
    if (
        opener is not None
        and opened in {"which", "who"}
        and sentence[: opener.start()].endswith(",")  # ", which": about a thing named
        and (closer is None or not WORD_RE.search(sentence, closer.end()))
        and not _scheduled_in(sentence[opener.end() : closer.start() if closer else None])
    ):
        return True  # "... tow away the warship, which was grounded there in 1999.": its
    if closer is None or closer.group().strip() not in _ASIDE_CLOSERS:
        return False
    after = WORD_RE.search(sentence, closer.end())
    if after is None:
        return False  # the aside ends the sentence: "the army said, on 5 April."
    if opener is not None and opened not in _ASIDE_OPENERS:
        return False
    following = after.group().lower()
    if opened in {"which", "who"} and following in words().speech:
        return True  # "Dragan Ilic, who resigned in 2024, said ...": the said is today's
    if opened in {"which", "who"}:
        return True  # "consultations, which were last held in 2019, and that ...": theirs
    if opener is not None and following in words()["clause_continuers"]:
        return False
    first = WORD_RE.search(sentence, start)
    if first is None or "-" in first.group():
        return False  # "Recently-crowned", "So-called": adjectives
    word = first.group().lower()
    return (word.endswith("ed") and len(word) > 4) or word in words().irregular


def _told_as_past(clause: str) -> bool:
    """Whether a clause's verb is in the past ("which the council suspended", "who had
    fled"), not a schedule ("which opens", "which will open"): history, not a plan."""
    if _scheduled_in(clause):
        return False
    found = WORD_RE.findall(clause)
    return any(
        word.islower() and (past_form(word) or word in {"was", "were", "had"}) for word in found
    )


def _scheduled_in(clause: str) -> bool:
    """Whether a clause sets its date ahead ("which is due to open in 2007"): a schedule,
    not a thing's history."""
    return _SCHEDULING.search(clause) is not None


# A clause that looks ahead from its time, a past one too ("which would open in 2007"):
# unlike the tense module's _AHEAD, which reads a clause's tense to find a yearless
# date's year and so takes "would" for no tense, this asks only whether a date is set,
# not lived.
_SCHEDULING = re.compile(
    r"\b(?i:will|would|due|expected|set to|scheduled|planned|to be)\b"
    r"|\b(?i:is|are)\s+\w+ing\b"  # "who is retiring in 2006"
)


def _date_positions(sentence: str) -> dict[str, int]:
    """Where each date figure of a sentence first stands, found as scanner._scan finds
    dates: a date first, then a year outside it and outside a name. Not str.find: "2005"
    would be found inside "March 2005", and a sentence with many dates would cost its
    square."""
    positions: dict[str, int] = {}
    held = bytearray(len(sentence))
    for m in DATE_PATTERN.finditer(sentence):
        positions.setdefault(m.group(), m.start())
        held[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in YEAR_PATTERN.finditer(sentence):
        if held.find(1, m.start(), m.end()) < 0 and not in_name(sentence, m.start()):
            positions.setdefault(m.group(), m.start())
    return positions


_RELATIVES = frozenset({"that", "which", "who", "whose"})
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been"})


def _since_bounds(sentence: str, start: int, at: int) -> bool:
    """Whether "since" before a date in its clause makes the date the start of a span:
    "since the war in 2001" does, and so does a "since" clause with its own verb ("17
    ships have been attacked since the rebels resumed attacks in October 2023"): the
    row would show the whole sentence under that date, and its news (the attacks counted
    since, the span) did not happen then; the clause's event is told only as the span's
    start. A comparison's base with a verb of its own in a relative clause is one too
    ("the worst since student protests that preceded the fall of the junta in 1974")."""
    since = _SINCE.search(sentence, start, at)
    if since is None:
        return False
    word = since.group().lower()
    if word == "since":
        return True
    if word.startswith("compared"):
        # a comparison's base, verb or none: "offered 142 crowns, compared with the 132
        # crowns Meridian agreed to pay on Feb. 23" dates Meridian's deal, not the offer
        return True
    if word.startswith(("similar", "comparable", "equivalent", "akin", "identical")):
        # a likeness's base ("similar to those of April 2025"), but not a date the
        # clause goes on to give its own event ("drills similar to those of April 2025
        # on 8 December", "a law identical to Texas's took effect on 1 December")
        return _LIKENESS_OWN_DATE.search(sentence, since.end(), at) is None
    if since.group("start"):
        # "from 1985 to 1992" and "down from 20% in May 2002" bound a span or give a
        # comparison's base; "emerged from Chapter 11 in March 2003" dates the emerging,
        # and "runs from 10-20 February" or "from 11 March" the start of an event
        if _FROM_FIGURE.match(sentence, since.end(), at):
            return True
        bare = DIGIT.search(sentence, at, at + 3) and not DATE_PATTERN.match(sentence, at)
        return sentence[since.end() : at].strip() in {"", "the"} and (
            bool(bare) or _MONTH_YEAR.fullmatch(sentence, at, _date_end(sentence, at)) is not None
        )
    between = WORD_RE.findall(sentence, since.end(), at)
    # "double", "twice" ...: a base ("almost double the figure in 1996") unless the date
    # has a verb of its own after them. A verb inside a relative clause of the noun after
    # them (its pronoun after a noun: "that day" opens with a demonstrative) is the
    # noun's ("double the level that prevailed in 2001" is a base all the same); an
    # auxiliary after the relative clause's own subject and verb is the clause's.
    lowered = [w.lower() for w in between]
    relative = next((k for k, w in enumerate(lowered) if k and w in _RELATIVES), len(between))
    if _AUXILIARIES.intersection(lowered[relative + 2 :]):
        relative = len(between)  # not right after the pronoun: "that was held" is its own
    irregular = words().irregular
    return not any(w.endswith("ed") or w.lower() in irregular for w in between[:relative])


# A span's first date, when its last follows: "from June 4 through June 26", "between
# April 30 and May 1", "from November 15, 2003, to January 15, 2004". The row would show
# one end of the span as if the event were on it.
# Either bound may be a part of its year or month ("between November 2023 and early
# 2025", "from late 2019 to mid-2021", "between the end of 2022 and spring 2024").
_PART_OF = (
    r"(?:(?i:early|late|mid|the (?:end|start|beginning|middle|first half|second half) of"
    r"|(?:the )?(?:spring|summer|autumn|fall|winter)(?: of)?)[ -])?"
)
_SPAN_GOES_ON = re.compile(rf",? (?P<joint>to|through|till|until|and|[-–]) {_PART_OF}(?=\S)")
# its last bound's year, also after a hyphen ("mid-2021"), which YEAR_PATTERN leaves out
_YEAR_AT = re.compile(rf"{YEAR}(?!\d)")
_SPAN_OPENED = re.compile(rf"\b(?i:from|between)(?: the)? {_PART_OF}\Z")
_BETWEEN_DATE = re.compile(
    rf"\b(?i:between)(?: the)? {_PART_OF}(?:{MONTH} )?\d[\w ,.]{{0,24}} and {_PART_OF}\Z"
)
# An age: "who is 35 on April 28", "turns 60 in 2030".
_AGE_BEFORE = re.compile(
    r"\b(?i:is|turns|turned|turn|was|will be) \d{1,3}(?: years old)? (?:on|in) \Z"
)
# Markup written as text: '<tweet tweet-date="February 10, 2016">'.
_ATTRIBUTE_BEFORE = re.compile(r"\w=[\"']\Z")


# A day named as a thing's ("the February 27 earthquake") in a sentence that dates its own
# news by another time: "... rocked the coast earlier on Wednesday".
@cache
def _other_time() -> re.Pattern[str]:
    days = alternation(weekday_names())
    return re.compile(
        rf"\b(?:{days}|yesterday|today|tonight"
        r"|last (?:night|week|month|year)|this (?:week|month|year))\b",
        re.IGNORECASE,
    )


_DAY_DETERMINER_BEFORE = re.compile(r"(?<!\w)(?i:the|a|an|this|that|its|their|\w+['’]s) \Z")
_POSSESSIVE = ("'s", "’s")  # a weekday's (notation.WEEKDAY) takes its "'s" in
# The noun a day names, past a measure: "the February 27 8.8 earthquake".
_THING_AFTER = re.compile(r"(?: [\d.]+)?[ -][\"“‘']?([^\W\d_][\w'’-]*)")
# A span's last date after a dash: "March 30 – April 1, 2010".
_DASH_AFTER_DATE = re.compile(rf"(?:{MONTH} \d{{1,2}}|\d{{1,2}} {MONTH}|{YEAR}) ?[-–] ?\Z")
_COORDINATED_BEFORE = re.compile(r"(?<!\w)(?:and|or) \Z")
# A maturity: "bonds due 2031", "notes maturing 2034" name a security, no event.
_MATURITY_BEFORE = re.compile(r"\b(?:due|maturing) \Z")
# "the same type as February 27th": a comparison's base.
_SAME_AS_BEFORE = re.compile(r"\b(?i:same|similar)\b[^,;.]{0,40}\b(?i:as|to) \Z")


_AS_REPORTED_REACH = 90


@cache
def _as_reported_before() -> re.Pattern[str]:
    """An "as" clause of report before a date: the day an earlier report told what the
    sentence sets its news against ("two civilians had been killed, not three as reported
    on Wednesday", "as first reported by the Herald on Tuesday"). It dates that report,
    no event of the news: a Thursday's correction had been the 2 Dec row (r58)."""
    verbs = alternation(words()["report_verbs"])
    earlier = alternation(words()["earlier_report_adverbs"])
    return re.compile(
        # ... or a plan or an order an earlier adverb says was changed since: "instead of
        # from 22:00 to 05:00 as first ordered on Saturday" dates the first order, not the
        # new hours the sentence tells
        rf"\bas (?:(?:[\w'’-]+ ){{0,3}}?(?:{verbs})|(?:{earlier}) [a-z]+)"
        r"(?: (?:by|to|in) [^,;:.]{1,40}?)?(?: (?:on|in|last|early|late))* \Z",
        re.IGNORECASE,
    )


def _no_event_at(sentence: str, at: int, end: int) -> bool:
    """Dates that stand for no event of their sentence: a span's first bound whose last
    follows ("from June 4 through June 26"), an age ("who is 35 on April 28"), a day
    naming a thing in a sentence dated by another time ("the February 27 earthquake ...
    on Wednesday", "found explosives at the site of Monday's blast, ... said on
    Wednesday": the blast is Monday's, the finding is told Wednesday), an earlier
    report's day ("not three as reported on Wednesday": `_as_reported_before`), a
    caption's or a markup's date, a day's possessive after a preposition ("killed in
    Monday's attack": the attack's), and a date in a line without a verb ("December 19.",
    "(Dec. 21) AP",
    "HMS Cornwall at Zeebrugge in 2006.")."""
    before = sentence[max(0, at - 48) : at]
    if _as_reported_before().search(sentence, max(0, at - _AS_REPORTED_REACH), at):
        return True
    goes_on = _SPAN_GOES_ON.match(sentence, end)
    if goes_on is not None:
        last = goes_on.end()
        dated = DATE_PATTERN.match(sentence, last) or _YEAR_AT.match(sentence, last)
        joint = goes_on.group("joint")
        if dated and (joint != "and" or _SPAN_OPENED.search(before)):
            return True  # "and" joins a span only after "from" or "between"
    if _BETWEEN_DATE.search(before) and not _WHEN_AFTER.match(sentence, end):
        return True  # not "between July 2022 and July 2023, when Russia withdrew"
    if _AGE_BEFORE.search(before) or _DASH_AFTER_DATE.search(before):
        return True
    if _ATTRIBUTE_BEFORE.search(before) or _SAME_AS_BEFORE.search(before):
        return True
    if _MATURITY_BEFORE.search(before):
        return True  # "dollar bonds due 2031": a security named by when it matures
    word = _WORD_AFTER.match(sentence, end)
    if word is not None and word.group(1).lower() in words()["caption_nouns"]:
        return True  # "In this May 3, 2015 photo, ..."
    if (
        end - at == 4
        and word is not None
        and word.group(1)[:1].isupper()
        and word.group(1).lower() not in MONTHS
        and _COORDINATED_BEFORE.search(before)
    ):
        return True  # "the four-time champion and 2012 Tour de France winner"
    thing = _THING_AFTER.match(sentence, end)
    if (
        thing is not None
        and thing.group(1).lower() not in words()["count_ends"]
        and (_DAY_DETERMINER_BEFORE.search(before) or sentence.endswith(_POSSESSIVE, at, end))
        and (
            _other_time().search(sentence, 0, at)
            or _other_time().search(sentence, end)
            or (sentence.endswith(_POSSESSIVE, at, end) and _preposition_before(before))
        )
    ):
        # a possessive day is its noun's determiner: "at the site of Monday's blast"; and
        # as a preposition's object it names an event told before, whatever the sentence
        # tells of it: "A driver wounded in Monday's attack died overnight", "WFP has now
        # confirmed that three drivers were killed in Monday's attack" (r59 S2-5)
        return True
    if _of_a_noun(sentence, at, before):
        return True  # "preparations for the election of Wednesday, 21 April are complete"
    if _page_stamp().match(sentence[:at]):
        return True  # "Updated 20 October 2026, 19:30 — updates toll": the page's, no event's
    return _verbless(sentence, at, end)


def _of_a_noun(sentence: str, at: int, before: str) -> bool:
    """A date after a noun's "of" names the noun ("the election of 21 April", "the
    accord of Wednesday, 3 May"), as a day's possessive does: where that noun phrase is a
    preposition's object or the sentence dates its news by another time, it names a thing
    told of, not the day of what the sentence tells ("preparations for the election of
    21 April are complete" were complete before it). Not a noun of time ("on the night
    of 3 May", "the end of June"): that dates the event."""
    found = _OF_DATE_BEFORE.search(before)
    if found is None:
        return False
    noun = found.group("noun").lower()
    if noun in words()["time_nouns"] or noun in _PARTS_OF_TIME:
        return False
    opening = WORD_RE.findall(before, 0, found.start())
    if opening and opening[-1].lower() in _prepositions():
        return True
    return _other_time().search(sentence, 0, at - len(before) + found.start()) is not None


# "the [presidential] election of [Wednesday,] ": a determiner, up to three words, a noun
_OF_DATE_BEFORE = re.compile(
    rf"\b(?i:the|its|their) (?:[\w-]+ ){{0,3}}?(?P<noun>[a-z][\w-]*) of (?:{WEEKDAY},? )?\Z"
)
_PARTS_OF_TIME = frozenset({"end", "start", "beginning", "middle", "half", "course"})


def _preposition_before(before: str) -> bool:
    """Whether the word right before a date is a preposition ("in", "after", "of")."""
    found = WORD_RE.findall(before)
    return bool(found) and found[-1] in _prepositions()


@cache
def _prepositions() -> frozenset[str]:
    w = words()
    return w["object_prepositions"] | w["fronted_prepositions"] | w["name_prepositions"]


@cache
def _page_stamp() -> re.Pattern[str]:
    """A line opened by a stamp's label (words.toml's stamp_tells: "Updated", "Last
    updated:", "Published on") up to the date: the date is the page's own, when it was
    written or changed, whatever notes of the change follow ("— updates toll, adds
    police case")."""
    labels = alternation(words()["stamp_tells"])
    return re.compile(rf"\W*(?i:(?:last|first) )?(?i:{labels})\b\W*(?i:on |at )?\Z")


_VERBLESS_REACH = 120


def _verbless(sentence: str, at: int, end: int) -> bool:
    """A line whose lower-case words are all of a verbless fragment's (words.toml's
    fragment_words: no verb among them) has no verb: a date line, a caption or a credit.
    A caption's "(File photo: ...)" is one too."""
    if sentence.startswith("(") and any(
        f"{noun}:" in sentence.lower() for noun in words()["caption_nouns"]
    ):
        return True
    if len(sentence) > _VERBLESS_REACH:
        return False  # a caption or a date line is short; a long line has its verb
    lists = words()
    rest = sentence[:at] + " " + sentence[end:]
    return all(not w.islower() or w in lists["fragment_words"] for w in WORD_RE.findall(rest))


# Kept: find_figures reads a date in its sentence, and then the timeline, in the same
# process, reads the same date again (every timeline call, 317 of 317 in a 1,000-article
# inbox, 419 of 419 at 25,000 sentences; 0.14 ms a call).
@lru_cache(maxsize=4096)
def is_event_date(sentence: str, at: int, end: int) -> bool:
    """Does the date at sentence[at:end] say when something happened (or is set to)?

    A scheduled event ("will meet on 4 May", "is due to report on 18 March") keeps its
    date: it is announced as a fact of the calendar, which an analyst plans around. A
    hypothetical, a forecast or an intention does not: nothing is yet set for that date.
    """
    joined = _coordinated_with(sentence, at)
    if joined is not None and not is_event_date(sentence, *joined):
        return False  # "since coups in 2020 and 2021": what bounds the first bounds both
    bound = _SPAN_BEFORE.search(sentence[max(0, at - 30) : at])
    if (
        (bound and not _WHEN_AFTER.match(sentence, end))  # "back to 1994, when talks ..."
        or _PERIOD_END_BEFORE.search(sentence, max(0, at - 48), at)
        or _AS_AT_BEFORE.search(sentence, max(0, at - 3), at)
        or _ends_event(sentence, at, end) is False
        or (end - at == 4 and _PERIOD_BEFORE.search(sentence, max(0, at - 20), at))
        or (end - at == 4 and _names_a_thing(sentence, at, end))
        or (end - at == 4 and _year_as_a_noun(sentence, at, end))
        or _ONWARDS.match(sentence, end)
        or _SLASHED_YEARS.match(sentence, end)  # "the 2026/27 fiscal year": a period
        or _no_event_at(sentence, at, end)
        or _in_reported_subject(sentence, at, end)
        or "?" in sentence[end:]
    ):
        return False
    # A clause is read within a reach of the date, so a sentence of any length costs the same.
    reach_end = min(len(sentence), end + _CLAUSE_REACH)
    after = _CLAUSE_BREAK.search(sentence, end, reach_end)
    clause_end = after.start() if after else reach_end
    reach_start = max(0, at - _CLAUSE_REACH)
    breaks = list(SCOPE_BREAK.finditer(sentence, reach_start, at))
    starts = [reach_start] + [m.end() for m in breaks]
    k = len(starts) - 1
    # a year or a month, not a day: what news gives history and forecasts, not set events
    # (a weekday, which no pattern reads as a date, is a day)
    written = iso(sentence[at:end], None)
    coarse = written is not None and date_precision(written) < 2
    if coarse and _background(sentence, breaks[-1] if breaks else None, starts[k], after):
        return False  # "Port Zante, opened in 1997, was damaged": the port's date, not the news
    if coarse and _described_now(sentence, starts[k], at, end):
        return False  # "The ship was built in 2014 and is carrying wheat": what it is
    if coarse and _recent_day(sentence):
        # "The court on Thursday struck down a levy imposed ... in 2019": the news has a
        # day of this week; a bare year or month is then something else's
        return False
    relative = bool(breaks) and breaks[-1].group().strip().lower() in {"which", "who"}
    if (
        relative
        and _recent_day(sentence[: breaks[-1].start()] + sentence[clause_end:])
        and not _scheduled_in(sentence[breaks[-1].end() : clause_end])
    ):
        # "Justice Kamau on Tuesday suspended the levy, which took effect on March 1": a
        # day in a relative clause is its thing's, when the news outside it has its own
        return False
    if (
        relative
        and sentence[: breaks[-1].start()].endswith(",")
        and (after is None or not WORD_RE.search(sentence, after.end()))
        and _told_as_past(sentence[breaks[-1].end() : at])
    ):
        # "A spokesman said the port was under army control pending a review of the law,
        # which the council suspended on Wednesday": a relative clause set off by a comma
        # at the sentence's end tells, after the news, the history of a thing the news
        # names; the news has no day there, and the thing's day would date it (r45 M7)
        return False
    participle = _reduced_relative(sentence, starts[k], at)
    if participle >= 0 and _recent_day(sentence[:participle] + sentence[end:]):
        # "Troops have rescued 21 of the schoolgirls abducted on Monday, the army said on
        # Thursday": a participle after its noun, past the clause's own verb, dates that
        # noun's history; the news outside it has its own day
        return False
    # A verbless fragment joins the clause before it, as often as it takes.
    part = sentence[starts[k] : at] + " " + sentence[end:clause_end]
    if k == 0 and after and _is_fragment(part):
        # "In 2050, if the birth rate holds, ...": an opening adverbial belongs to the
        # clause after it. Only its condition is read: in "On 3 May, he said he would
        # resign" the date is of the saying, not of the modal in what was said.
        further = _CLAUSE_BREAK.search(sentence, after.end(), reach_end)
        if _CONDITION.match(sentence, after.end(), further.start() if further else reach_end):
            return False
        # ... and whether that clause forecasts a state ("In 2020, the PC will be passé")
        joint = _JOINT.search(sentence, after.end(), reach_end)
        main = sentence[after.end() : joint.start() if joint else reach_end]
        if coarse and _forecasts_a_state(main):
            return False
    if _since_bounds(sentence, starts[k], at):
        return False  # "since the war in Afghanistan in 2001": the date bounds a span
    if _comparison_base(sentence, starts[k], at):
        return False  # "30% higher than they were in January 2004": a comparison's base
    if after and after.group() == "," and _PROVISO.match(sentence, after.end()):
        return False  # "due to come into force in November 2006, providing it is ratified"
    while k > 0 and _is_fragment(part):
        k -= 1
        part = sentence[starts[k] : starts[k + 1]]
    # an indirect question after the date ("will discuss on Monday whether to suspend
    # ...") is what the dated event is about, not a condition on it: its "whether" and
    # its modals ("whether it would") leave the date set
    question = _WHETHER.search(sentence, end, clause_end)
    clause = _scheduled().sub(
        " ", sentence[starts[k] : question.start() if question else clause_end]
    )
    if _REPORTED.search(sentence, 0, at):
        clause = _reported_schedule().sub(" ", clause)
    own = sentence[starts[k] : clause_end]
    left, right = own.rfind(" - ", 0, at - starts[k]), own.find(" - ", end - starts[k])
    own = own[left + 1 if left >= 0 else 0 : right if right >= 0 else None]  # a dash's aside
    if coarse and _forecasts_a_state(own):
        return False  # "imports will be 3% higher in 2004": no event, a forecast
    return (
        _hypothetical().search(clause) is None
        and _FORECAST.search(clause) is None
        and _hearsay().search(clause) is None
    )


# A date coordinated after another, up to its own: "in 2020 and 2021", "in 2020 or in
# 2021", "in 2019, 2020, and 2021"; not a clause after a comma and "and" ("since 1998,
# and in 2024 he was elected").
_COORDINATION = re.compile(r" (?:and|or) (?:(?:in|on|during) )?|,(?: (?:and|or))? ")
_COORDINATION_REACH = 40


def _coordinated_with(sentence: str, at: int) -> tuple[int, int] | None:
    """Where the date stands that the date at `at` is coordinated with ("2020" of "since
    coups in 2020 and 2021"), or None: a conjunct shares its first's preposition and
    clause ("since", "between", "until"), and what makes the first no event's date makes
    the second none either; the first's own rules read that clause."""
    window = max(0, at - _COORDINATION_REACH)
    for pattern in (DATE_PATTERN, YEAR_PATTERN):
        for m in pattern.finditer(sentence, window, at):
            if _COORDINATION.fullmatch(sentence, m.end(), at):
                if _SPAN_OPENED.search(sentence, max(0, m.start() - 32), m.start()):
                    return None  # "between May 2019 and May 2020": a span's (see _no_event_at)
                return m.start(), m.end()
    return None


# A past form right before a date's preposition, after the noun it follows: "the
# schoolgirls abducted on", "a levy imposed in".
_PARTICIPLE_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+) (?P<participle>[a-z]+)"
    # a place's name between ("engineers seized near Bako on Saturday")
    r"(?: (?:near|in|at|outside|from) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?"
    r" (?:on|in|at|during|last|early|late)(?: the)? \Z"
)
# A finite verb of a reported clause: "said that intermediaries were in contact with the
# kidnappers of engineers seized on Saturday" (the participle is that clause's noun's).
_CLAUSE_VERBS = frozenset({"was", "were", "is", "are", "had", "has", "have"})


def _in_reported_subject(sentence: str, at: int, end: int) -> bool:
    """Whether the date at `at` is in the subject of a clause a verb of speech reports,
    before that clause's own verb: "revised its toll down to six, saying one soldier
    listed among the dead on Wednesday had been found alive". It dates what the subject
    was (its history), not what the clause tells of it, and the news is the saying, a
    later day's (r58 had dated Thursday's revision to Wednesday). Not the day of saying
    right after its verb ("said on Tuesday it had ..."), nor a date after the reported
    clause's verb ("said two people were killed on Monday")."""
    begin = max(0, at - _REPORTED_REACH)
    stop = _REPORTED_BREAK.search(sentence[begin:at][::-1])
    if stop is not None:
        begin = at - stop.start()
    said = [m for m in WORD_RE.finditer(sentence, begin, at) if m.group().lower() in words().speech]
    if not said:
        return False
    between = WORD_RE.findall(sentence, said[0].end(), at)
    if between[:1] == ["that"]:
        between = between[1:]
    if len(between) < _SUBJECT_BEFORE_DATE or _FINITE.search(" ".join(between)):
        return False
    return _FINITE_NEXT.match(sentence, end) is not None


_REPORTED_REACH = 120
_REPORTED_BREAK = re.compile(r"[;:]|\s\.|\.\s|,")
_SUBJECT_BEFORE_DATE = 3  # "one soldier listed among the dead": a noun and more before the date
# A finite verb: the reported clause's own, after its subject (`_FINITE_NEXT`: right
# after the date, which closes that subject).
_FINITE = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would)\b", re.IGNORECASE)
_FINITE_NEXT = re.compile(r"\s+(?:had|has|have|was|were|is|are|will|would)\b", re.IGNORECASE)


def _reduced_relative(sentence: str, start: int, at: int) -> int:
    """Where the participle starts whose reduced relative clause the date at `at` is in
    ("rescued 21 of the schoolgirls abducted on Monday"), or -1. The participle follows a
    noun (no auxiliary, pronoun or adverb: "they were abducted on Monday" is the news),
    and the clause has its own verb before that noun, so the participle is no second
    verb of its subject ("Rebels attacked on Monday" is the news)."""
    found = _PARTICIPLE_BEFORE.search(sentence, max(start, at - 80), at)
    if found is None or not past_form(found.group("participle")):
        return -1
    noun = found.group("noun")
    w = words()
    if noun in w["auxiliaries"] or noun in w["passive"] or noun in {"have", "had", "got", "get"}:
        return -1
    if noun.endswith("ly") or noun in w["subject_pronouns"] or past_form(noun):
        return -1
    before = WORD_RE.findall(sentence, start, found.start())
    verbs = [k for k, word in enumerate(before) if k and past_form(word.lower())]
    reported = verbs and before[verbs[-1]].lower() in w.speech
    if reported and any(word in _CLAUSE_VERBS for word in before[verbs[-1] + 1 :]):
        return found.start("participle")  # the reported clause has a verb of its own
    if not verbs or reported:
        return -1  # no verb of its own before, or what follows it is reported
    return found.start("participle")


# Where a main clause gives way to another (commas set off its asides instead).
_JOINT = re.compile(
    r"[;:()\u2014\u2013]| (?i:which|who|because|but|while|whereas|although|when|and|that) "
)
_WILL_BE = re.compile(r"\b(?:will|shall)(?: not)? be (?:\w+ly )?(\w+)", re.IGNORECASE)


@cache
def _recent_re() -> re.Pattern[str]:
    return re.compile(rf"(?:\b(?P<before>\S+) )?{WEEKDAY}|(?P<relative>{DAY_BEFORE})")


def _recent_day(sentence: str) -> bool:
    """Whether the sentence dates its news by a day of this week ("on Thursday",
    "released Tuesday", "yesterday"): a weekday after a lower-case word or opening the
    sentence ("On Monday,"), but not after "a" ("on a Saturday") nor in a name ("Bloody
    Sunday", "the Sunday Telegraph"); or by the page's own day ("today declared the
    results of the election held on 21 April": the holding is the election's)."""
    if _PAGE_DAY.search(sentence):
        return True
    for found in _recent_re().finditer(sentence):
        before = (found.group("before") or "").rstrip(",")
        if found.group("relative") or before.lower() in _DAY_OPENERS:
            return True
        if before.islower() and before != "a":
            return True
    return False


_PAGE_DAY = re.compile(r"\b(?:today|tonight)\b")  # lower case: "Today" may open a feature
_DAY_OPENERS = frozenset({"", "on", "last", "this", "since", "by", "until", "late", "early"})


def _forecasts_a_state(clause: str) -> bool:
    """ "Imports will be 3% higher in 2004", "in 2020 it will be passé": a future state,
    not an event. "Will be held", "will be signed" (a participle) is a calendar's. Read
    for a year or a month only: news gives a set event its day ("will be in Geneva on 16
    June")."""
    for found in _WILL_BE.finditer(clause):
        word = found.group(1).lower()
        if not (word.endswith(("ed", "en")) or word in words().irregular):
            return True
    return False


@cache
def _hearsay() -> re.Pattern[str]:
    """words.toml's [timeline] hearsay: "suggestions that he will run in 2020 - rumours
    he has denied" reports talk of an event, not the event."""
    return re.compile(rf"\b(?i:{alternation(words()['hearsay'])})\b")


# "Set to explode in 2005", "tipped to win on 5 May": a forecast, once the calendar's
# verbs ("set to open in 2007") have been taken out by _scheduled.
_FORECAST = re.compile(r"\b(?:set|poised|tipped) to (?!the\b|a\b|an\b)[a-z]+", re.IGNORECASE)


@cache
def _scheduled() -> re.Pattern[str]:
    """ "Exercises expected to take place on 10 February": newswire's way of announcing a
    date as set ("will take place"), not a forecast ("expected to fall in 2006", "an
    election widely expected to be held on 5 May"). The verbs of a calendar are
    words.toml's `scheduled`."""
    verbs = alternation(words()["scheduled"])
    # "widely expected to be held on 5 May" is still speculation about the date
    # and "originally due to open in 2005" was a plan that has since changed
    hedged = "(?<!widely )(?<!generally )(?<!largely )(?<!broadly )(?<!originally )(?<!initially )"
    return re.compile(rf"\b{hedged}(?i:expected|due|set|scheduled) to (?:{verbs})\b")


# A past reporting verb before the date: "would" after it is a reported "will" ("Kirsanov
# said the exercise would end on 28 March": he said "it will end on 28 March").
_REPORTED = re.compile(r"\b(?:said|told|announced|confirmed|added|stated)\b")


@cache
def _reported_schedule() -> re.Pattern[str]:
    """ "would end", "would meet", "would take place": in reported speech (see _REPORTED),
    a date set in the calendar (words.toml's `scheduled`), as "will" would be. A condition
    ("would end on 28 March if ...") still makes it a hypothetical."""
    return re.compile(rf"\bwould (?:{alternation(words()['scheduled'])})\b", re.IGNORECASE)


def _is_fragment(text: str) -> bool:
    found = (w.lower() for w in WORD_RE.findall(text))
    fragment = words()["fragment_words"]
    return all(w in fragment or w in MONTHS or w[0].isdigit() for w in found)
