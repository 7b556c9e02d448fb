"""When a figure stands in time, as the words of its clause say.

A date written without its year ("February 9") takes the year its clause's tense points
to from the page's date (notation.iso): "will meet on 15 July" in a December article is
next July, "arrested him on 20 June" in a January one last June. A figure whose own
clause an earlier year dates ("the clash in June 2020 that killed 20 Indian soldiers" in
a 2027 report, "190,000 ounces last year", "In 2025, exports reached $4bn") is history,
not the news (Figure.past), and the key figures put it last, but not the change compared
with it ("up 12% from a year earlier") nor a count of the span since ("has displaced
20,000 people since January 2025");
so is one its past perfect sets before an event the sentence names ("two crew members
had been killed before this week's attack").

Apart from the scanner because both read the clause around a figure (its verbs, its
breaks, its relative clauses), not the number and what it counts.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Literal

from brief.extract import lexicon
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import (
    DATE_PATTERN,
    WEEKDAY,
    YEAR,
    Tense,
    day_before,
    iso,
    number_values,
)
from brief.extract.lexicon import words
from brief.inflection import past_form

# What ends a clause, roughly: punctuation, or a word that opens another clause. Looking
# back from a date, not "that": after a verb it opens the verb's complement, which stays
# in the verb's scope ("a bill which would ensure that shops close on 1 January"); looking
# ahead it does end the date's clause ("warned on 7 March that the war could be illegal").
SCOPE_BREAK = re.compile(
    r"[;:()\u2014\u2013]|,(?!\d)| _ | (?i:which|who|because|but|while|whereas|although|when|and|"
    r"after|before) "
)

# What makes a clause speak of what is to come ("will meet", "is due to", "next"), and of
# what has happened ("was", "had", an -ed verb with its object: "arrested him on 20 June").
_AHEAD = re.compile(
    r"\b(?:will|shall|won[’']t|(?:is|are) (?:due |set |scheduled |expected |going )?to"
    # a schedule in the present: "talks are scheduled for Thursday", "the vote is due on"
    r"|(?:is|are) (?:due|set|scheduled|planned|slated) (?:for|on)"
    r"|(?:due )?to be|next|upcoming|plans? to"
    # a calendar's present: "before the new term begins on 23 March", "the law takes effect"
    r"|begins|starts|opens|ends|closes|resumes|expires|takes (?:effect|place))\b|[’']ll\b",
    re.IGNORECASE,
)
# Neither: the future of a past ("would", "was to", "had been due to"), a span's end
# ("until") or what a past act looked ahead to ("stepped up pressure ahead of the
# anniversary on May 20"): a clause with one says no tense, and the nearest year is the
# date's.
_NEITHER = re.compile(
    r"\b(?:would|until|(?:was|were|had been) (?:due |set |expected |going )?to|ahead of"
    # a past schedule, kept or not: "talks were scheduled for Thursday but collapsed"
    r"|(?:was|were|had been) (?:due|set|scheduled|planned|slated) (?:for|on)"
    r"|in the (?:run|lead)-up to)\b",
    re.I,
)
# A thing due on the day, after its noun, the object of a past verb: "welcomed the talks
# due in Brussels on Friday" may be of talks to come or gone by, and the verb's past says
# nothing of the day they are due (r72: a draft's "talks due ... on Friday" had dated the
# Friday before). In the subject, the clause's own verb says ("The payment due on Friday
# was missed", "Two services due on Wednesday have been rerouted").
# ("is due on Friday" is to come: the present says so)
_DUE_THEN = re.compile(r"(?<!\bis )(?<!\bare )\bdue (?:in|on|at|for)\b[^,;:]{0,60}\Z", re.I)
# Past, unless the verb only looks forward from then ("was expected to", "were preparing
# for", "postponed the concert until"): those clauses say no tense, and the nearest year
# is the date's.
_PAST = re.compile(
    r"\b(?:was|were)\b(?! (?:\w+ing|to|due|set|expected|scheduled|planned|going)\b)"
    r"|\b(?:had|did)\b"
    r"|\b(?!(?:expect|plann|schedul|postpon|adjourn|delay|prepar)ed\b)[a-z]{3,}ed"
    r" (?:him|her|them|it|the|a|an|his|their|its|on|in|at|\d)",
    re.IGNORECASE,
)
# Where a clause starts or ends around a date: "said on 2 May that talks will resume"
# dates the saying; "talks, which will resume on 15 July" the talks; "will rule on
# whether the 10 March vote was valid" the vote.
_REACH = 160  # characters back from a date its clause is read over ("when the Pakistan
# Army opened fire on Indian positions along the Line of Control in the Keran sector of
# north Kashmir's Kupwara district on Sunday night")
_BRACKETED = re.compile(r"\([^()]{1,40}\)")
# (not a clock time's colon: "struck at 23:50 on Tuesday" is one clause, r73 F3)
_CLAUSE_BREAK = re.compile(
    r"[,;()]|(?<!\d):|:(?!\d)|\b(?:that|which|who|when|because|whether|if)\b"
)


def clause_tense(text: str, at: int) -> Tense:
    """What the clause of the date at `at` says of it: "ahead" (to come), "past", or None.
    A date that opens the sentence ("On 15 July, the two sides will meet", "On 5 January
    he will resign") belongs to the clause after it."""
    clause = _clause_of(text, at)
    if _asked_for().search(clause):
        return None  # "called for elections on 15 July": the year nearest the page's
    tense = _tense_of(clause)
    if tense is None:  # "whether the 10 March vote was valid": the verb after the date
        tense = _tense_of(_clause_after(text, at))
    return tense


def weekday_tense(text: str, at: int) -> Tense:
    """What the clause of a weekday at `at` says of it: clause_tense's reading, or past
    where the clause holds a verb in the past, an -ed form or an irregular one ("struck a
    tanker late on Sunday", "said on Monday"). A clause in the present says neither: "The
    court hears the case on Thursday" and "Taiwan holds elections on Saturday" are to
    come, "The deadline is Friday" either way, and a wrong day is worse than none."""
    # a bracketed aside is no clause ("across the Line of Control (LoC) in the Neelum
    # valley late on Sunday"): blanked, so every offset stands
    text = _BRACKETED.sub(lambda found: " " * len(found.group()), text)
    clause, after = _clause_of(text, at), _clause_after(text, at)
    if _asked_for().search(clause):
        return None  # "called for a summit on Saturday": the one asked for, not a past day
    if _DAY_THEN_INFINITIVE.search(clause):
        # "agreed on Wednesday to reopen the crossing on Friday": the act has its own day,
        # and this one is what it set to come after it, from a day the page's may not
        # tell (the past had made it the Friday before the agreeing, r78)
        return None
    looking = prospect(text, at)
    if looking is not None:
        # "said it was preparing to airlift ... on Tuesday": the airlift's day, after the
        # saying, never the Tuesday before it ("said" had made it last week's)
        return "ahead" if looking in {"ahead", "reported"} else None
    due = _DUE_THEN.search(clause)
    if due is not None and any(map(past_form, _WORD.findall(clause, 0, due.start()))):
        return None  # "welcomed the talks due in Brussels on Friday": either way
    tense = _tense_of(clause) or _tense_of(after)  # clause_tense's reading, each read once
    if tense is not None:
        return tense
    both = f"{clause} {after}"
    if _NEITHER.search(both):
        return None
    if any(map(past_form, _WORD.findall(_ATTRIBUTIVE.sub(" ", both)))):
        return "past"
    if _corrected_report_of(text, at) and any(
        word in words()["shared_pasts"] for word in _WORD.findall(clause)
    ):
        # "The shells hit the town late on Sunday, and not early on Monday as first
        # reported": a verb whose past is its present, and a day set against the one an
        # earlier report gave the event: reported, it has happened (r73 F3)
        return "past"
    if _verbless(both):
        # ", in northern Burkina Faso, on Sunday,": a phrase set off by commas, with no
        # verb of its own, dates the clause it hangs from ("killed 50 soldiers in Djibo"),
        # past other such phrases; that clause's own verb says which way, as above
        # ("travels to Tokyo, on Wednesday," is none, whatever came before it)
        segments = _CLAUSE_BREAK.split(text[: max(0, at - len(clause))])
        hung = next((part for part in reversed(segments) if _may_hold_verb(part)), "")
        if _NEITHER.search(hung):
            return None
        past = any(map(past_form, _WORD.findall(hung)))
        return _tense_of(hung) or ("past" if past else None)
    return None


@cache
def _correction_after() -> re.Pattern[str]:
    """A contrast after a day that negates another day an earlier report gave: ", and
    not early on Monday as first reported", "not on Monday as initially reported"."""
    return re.compile(
        rf"[^.;]{{0,30}}?{lexicon.CONTRAST_NOT}[^.;:,]{{0,30}}?{lexicon.as_earlier_reported()}",
        re.IGNORECASE,
    )


def _corrected_report_of(text: str, at: int) -> bool:
    """Whether the day at `at` is set against another an earlier report gave (see
    _correction_after)."""
    return _correction_after().match(text, at) is not None


def called_off_event(text: str, at: int) -> bool:
    """Whether the weekday at `at` is a possessive that names an event ("Friday's
    meeting", "Saturday's vote") its clause calls off (words.toml's calling_off):
    "Friday's meeting has been called off", "postponed Saturday's vote". A possessive
    weekday is its noun's day, not the verb's, and what is called off, put off or moved
    had not yet come when it was, though the verb is past (weekdays). Not an event that
    may be stopped once begun ("Saturday's match was abandoned at half-time":
    calling_off_begun), nor a calling off of another noun's verb ("Saturday's rally
    said a march had been cancelled")."""
    end = _word_end(text, at)
    if not text.startswith(_POSSESSIVES, end):
        return False
    text = _BRACKETED.sub(lambda found: " " * len(found.group()), text)
    begun = words()["calling_off_begun"]
    # the subject's verb: the calling off after the noun phrase, no other verb between
    # ("Friday's meeting of the ministers of Lithuania, Poland and Belarus has been called
    # off": a list's commas are the noun phrase's, so only a verb ends it)
    tail = text[end : end + _REACH]
    stop = _NOUN_PHRASE_STOP.search(tail)
    tail = tail[: stop.start()] if stop else tail
    for found in _calling_off().finditer(tail):
        if found.group().lower() in begun:
            continue
        return _only_its_subject(_WORD.findall(tail[: found.start()].lower()))
    # the object of the calling off: "called off Friday's meeting", "postponed Saturday's"
    object_of = _calling_off_before().search(_clause_of(text, at))
    return object_of is not None and object_of.group("verb").lower() not in begun


# What ends a noun phrase's reach to its verb whatever the words: another clause's mark.
_NOUN_PHRASE_STOP = re.compile(r"[;:()\u2014\u2013]|\.\s")


def _only_its_subject(between: list[str]) -> bool:
    """Whether the words between a noun and a calling off are the rest of its noun phrase
    and then the calling off's own auxiliaries ("of ministers in Lyon has now been"):
    no verb of another clause ("rally said a march had been"), and no auxiliary before
    the last run of them, which would be another verb phrase's ("meeting was a success
    and the march was")."""
    w = words()
    helping = (
        w["auxiliaries"] | w["state_auxiliaries"] | w["verb_negators"] | w["verb_inner_adverbs"]
    )
    k = len(between)
    while k and (between[k - 1] in helping or between[k - 1].endswith("ly")):
        k -= 1  # the calling off's own: "has now been", "will not be", "was formally"
    rest = between[:k]
    return not any(word in helping or past_form(word) or word in w.speech for word in rest)


@cache
def _calling_off() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation(words()['calling_off'])})\b", re.IGNORECASE)


@cache
def _calling_off_before() -> re.Pattern[str]:
    """A calling off right before its object: "scrapped ", "called off "."""
    verbs = lexicon.alternation(words()["calling_off"])
    return re.compile(rf"\b(?P<verb>{verbs}) \Z", re.IGNORECASE)


Prospect = Literal["ahead", "reported", "unsure"] | None


def prospect(text: str, at: int) -> Prospect:
    """Whether a verb that looks forward from its own time governs the date at `at`, and
    from when: English puts what is planned, prepared or due after the verb's time ("is
    preparing to airlift ... on Tuesday", "plans to vote on Friday"), and a report's past
    shifts a will back to "would" without moving its day ("said it would airlift on
    Tuesday": it said "we will"). So:
    "ahead": the verb is present ("is preparing to", "plans to", "are due to"), the day is
    to come;
    "reported": the verb is past in what a past verb of report says ("said it was preparing
    to", "said it planned to", "said it would", "said talks were due to"), the day is to
    come from the saying's, the page's unless the sentence dates the saying (weekdays);
    "unsure": the verb is past outside a report ("was due to dock on Sunday", "had planned
    to attack on Sunday", "would have met on Friday" is none of these): a plan of the past
    whose day may have come and gone, and a wrong day is worse than none;
    None: no such verb governs the date, and the clause's tense says (weekday_tense).
    Not a verb that is itself an event ("agreed to extend the truce on Sunday", "voted to
    close the border on Friday"): its day is as often the agreeing's. A day after "for"
    is one a plan is for (see _planned_for)."""
    head = text[max(0, at - _REACH) : at]
    if _FOR_A_DAY.search(head) and not text.startswith(_POSSESSIVES, _word_end(text, at)):
        return _planned_for(text, head, at)
    found = _last(_PROSPECTIVE.finditer(head))
    if found is None or _PROSPECT_BREAK.search(head, found.end()):
        return None
    between = _WORD.findall(head, found.end())
    if any(word in words().speech for word in between):
        return None  # "is set to hit $368bn this year, officials said on Tuesday": the saying's
    if any(map(past_form, between)):
        return "unsure"  # "to airlift biscuits donated by Japan on Tuesday": whose day?
    before = head[: found.start()]
    if found.group("present"):
        return "ahead"
    if _HAD_BEFORE.search(before) or found.group("perfect"):
        return "unsure"  # "had planned to", "had been due to": a plan overtaken since
    report = _last(_reported_past().finditer(before))
    if report is None or _PROSPECT_BREAK.search(before, report.end()):
        return "unsure"
    if _AND_END.search(before) and not _holds_a_verb(before[report.end() :]):
        # "pleaded not guilty ... and was due to return on July 6": the verb of plan is
        # the speaker's own second verb, not in what they said ("said it had sent troops
        # and was preparing to" is: a verb of the report's own comes before the "and")
        return "unsure"
    return "reported"


def _holds_a_verb(words_between: str) -> bool:
    """Whether a stretch holds a verb in the past or an auxiliary ("it had sent troops",
    "that it was deploying a team"), not only a verb's object ("both candidates")."""
    found = _WORD.findall(words_between)
    return any(word in words()["auxiliaries"] or past_form(word) for word in found)


# "for" right before a day: the day a thing is planned or set for ("a general strike for
# Monday", "has set the vote for Friday"), not the day of the verb that plans it; a
# possessive day ("arrested for Monday's attack") is its noun's, and no plan's.
_FOR_A_DAY = re.compile(r"\bfor (?:late |early )?\Z", re.IGNORECASE)
_POSSESSIVES = ("'s", "’s")
# The present perfect: "has called", "have already set", "has been called".
_PERFECT = re.compile(r"\b(?:has|have)\b(?: (?:not|already|now|\w+ly))*(?: been)? [a-z]+")
_WAS = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)


def _word_end(text: str, at: int) -> int:
    found = _LETTERS.match(text, at)
    return found.end() if found else at


def _planned_for(text: str, head: str, at: int) -> Prospect:
    """From when a day after "for" looks ahead: English says what a thing is planned
    for with "for" ("called a general strike for Monday", "a summit for Saturday"), and
    the day is after the planning, which the verb of the day's clause dates.
    "ahead": the planning is in the present, present perfect or future ("has called a
    strike for Monday", "calls a strike for Monday", "is set for Friday"), or no verb
    comes before the day and none after it says the day is past: the day is to come;
    "reported": the planning is in the past ("called a strike for Monday"): the day is
    to come from the planning's, the page's unless the sentence dates it by another day
    (weekdays), as a reported plan's is;
    "unsure": a plan of the past whose day may have come and gone ("had called a strike
    for Monday", "was set for Friday", "would be held for Friday", "a vote set for
    Tuesday was delayed"): a wrong day is worse than none."""
    breaks = list(_PROSPECT_BREAK.finditer(head))
    clause = head[breaks[-1].end() if breaks else 0 :]
    if _AHEAD.search(clause):
        return "ahead"
    if _NEITHER.search(clause) or re.search(r"\bhad\b", clause, re.IGNORECASE):
        return "unsure"
    if _PERFECT.search(clause):
        return "ahead"
    if _WAS.search(clause):
        return "unsure"
    if any(map(past_form, _WORD.findall(clause))):
        return "reported"
    after = _clause_after(text, at)
    if _tense_of(after) == "past" or any(map(past_form, _WORD.findall(after))):
        return "unsure"
    return "ahead"


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in found:  # noqa: B007 (the loop only reaches the last)
        pass
    return last


# A verb of plan or preparation before "to" and a verb, or a modal "would" before a verb:
# present ("is preparing to", "plans to", "are due to"), past ("was preparing to",
# "planned to", "were due to", "would airlift") or past perfect ("had been due to").
_PLANNING = (
    r"(?:preparing|planning|getting ready|gearing up|aiming|intending|hoping|looking|due|set"
    r"|scheduled|slated|going|about|poised|ready)"
)
_INFINITIVE = r"to (?:be )?[a-z]+"  # "to airlift", "to be released": the verb planned
_PROSPECTIVE = re.compile(
    rf"\b(?:(?P<present>(?:is|are|am|(?:has|have) been) (?:\w+ly )?{_PLANNING}"
    rf"|(?:plans|intends|aims|hopes|prepares|plan|intend|aim|prepare)) {_INFINITIVE}"
    rf"|(?P<perfect>had been (?:\w+ly )?{_PLANNING} {_INFINITIVE})"
    rf"|(?:was|were) (?:\w+ly )?{_PLANNING} {_INFINITIVE}"
    rf"|(?:planned|intended|aimed|hoped|prepared) {_INFINITIVE}"
    r"|(?:would|[’']d) (?!have\b)(?![a-z]+ed\b)(?:be )?[a-z]+)\b",
    re.IGNORECASE,
)
# What ends the reach of a verb of plan or of report over the words after it: another
# clause's word or mark (not a comma alone: "to airlift biscuits, water and tents on
# Tuesday"; ", and fans can exchange Saturday night's" is another clause).
_PROSPECT_BREAK = re.compile(
    r"[;:()\u2014\u2013]|\b(?:which|who|because|but|while|whereas|although|when|after"
    r"|before|until|since|if|unless)\b|\. |, (?:and|but|or) "
)
_HAD_BEFORE = re.compile(r"\bhad (?:\w+ly )?\Z")
_AND_END = re.compile(r" and \Z")


@cache
def _reported_past() -> re.Pattern[str]:
    """A verb of speech (words.toml's speech_verbs) in the past: what it reports in the
    past is backshifted from the speaker's present ("said it was preparing" is "we are
    preparing")."""
    past = {form for form in words().speech if past_form(form) and not form.endswith("ing")}
    return re.compile(rf"\b(?:{lexicon.alternation(past)})\b", re.IGNORECASE)


def _may_hold_verb(segment: str) -> bool:
    """Whether a stretch between commas may be a clause: a verb in the past or the
    future, or a lower-case word in -s ("travels", "appears") that is no phrase word; not
    ", in Niger's Tillaberi region near the border with Mali,"."""
    if _tense_of(segment) is not None or any(map(past_form, _WORD.findall(segment))):
        return True
    lower = [word for word in _LETTERS.findall(segment) if word.islower()]
    return any(
        len(word) > 3 and word.endswith("s") and word not in _phrase_words() for word in lower
    )


def _verbless(phrase: str) -> bool:
    """A few words with no verb form: prepositions, names, a region, a weekday ("on
    Sunday", "in northern Burkina Faso"); not a clause with a verb ("he arrives on").
    Capitalised words are names; the lower-case ones must be the phrase's own words."""
    found = _LETTERS.findall(phrase)
    lower = [word for word in found if word.islower()]
    return (
        bool(found)
        and len(found) <= _VERBLESS_WORDS
        and all(word in _phrase_words() for word in lower)
    )


_VERBLESS_WORDS = 6


@cache
def _phrase_words() -> frozenset[str]:
    """What a phrase of place and time is made of (words.toml's time_phrase_words, the
    weekdays, and the prepositions of place)."""
    w = words()
    return w["time_phrase_words"] | lexicon.weekday_names() | w["locatives"]


_WORD = re.compile(r"[a-z]+")
# An -ed form between a number or a determiner and the noun it modifies is an adjective,
# no verb of the clause: "Ulanga's 14.2 million registered voters choose a president on
# Wednesday" tells nothing past ("the injured driver", "three armed men").
_ATTRIBUTIVE = re.compile(
    r"(?:\d|\b(?:the|a|an|its|their|his|her|our|million|billion|thousand|hundred)|['’]s) "
    r"[a-z]+ed(?= [a-z])"
)
_LETTERS = re.compile(r"[A-Za-z]+")  # as written: a capital tells a name


def _clause_of(text: str, at: int) -> str:
    head = text[max(0, at - _REACH) : at]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    clause = head[breaks[-1].end() if breaks else 0 :]
    if not breaks and len(text[:at].split()) <= 2:  # an opening date: the clause after it
        start = text.find(" ", at + 1)
        start = text.find(",", at, at + 30) + 1 or start
        after = text[start : start + _REACH]  # "On Thursday, a team made up of ... is to"
        stop = _CLAUSE_BREAK.search(after)
        clause = after[: stop.start() if stop else len(after)]
    return clause


# A weekday that dates a verb, then an infinitive the verb takes, before the date whose
# clause it is: "agreed on Wednesday to reopen the crossing on ".
_DAY_THEN_INFINITIVE = re.compile(rf"\bon {WEEKDAY}(?: \w+)?,? to [a-z]+\b")


def _clause_after(text: str, at: int) -> str:
    rest = text[at : at + 100]
    stop = _CLAUSE_BREAK.search(rest)
    return rest[: stop.start() if stop else len(rest)]


def _tense_of(clause: str) -> Tense:
    if _AHEAD.search(clause):
        return "ahead"
    if _NEITHER.search(clause):
        return None
    return "past" if _PAST.search(clause) else None


@cache
def _asked_for() -> re.Pattern[str]:
    """An asking verb (words.toml's asking_verbs) whose object runs to the date, with no
    "and" or "but" between them that opens another clause: "called for talks on Thursday"."""
    verbs = lexicon.alternation(words()["asking_verbs"])
    return re.compile(rf"\b(?:{verbs})\b(?:(?!\b(?:and|but)\b).)*\Z", re.IGNORECASE)


def earlier_dates(found: Sequence[FoundFigure], published: str | None) -> list[FoundFigure]:
    """The sentence's dates in a year before its source's (known from the page)."""
    if not published or not published[:4].isdigit():
        return []
    year = int(published[:4])
    return [
        f
        for f in found
        if f.kind == "date" and f.date and f.date[:4].isdigit() and int(f.date[:4]) < year
    ]


def earlier_years(text: str) -> list[FoundFigure]:
    """The phrases that name a year before the page's without writing it ("last year",
    "the previous year", "last fiscal year", "a year earlier", "two years ago", "a
    year-earlier profit"), as dates of no day (`date` None): English counts them back
    from the time of writing, so they date a figure of their clause as history, as "in
    2024" does in a 2025 report, and need no page's date to. Not "the last year" nor "the
    past year" (but "the last fiscal year"), a span up to now ("prices have risen 10%
    over the last year"), nor "a year earlier than planned", which says when, not which
    year."""
    if "year" not in text and "Year" not in text:
        return []  # cheap: most sentences have none
    return [
        FoundFigure(m.start(), m.end(), m.group(), "date", None, None, None)
        for m in _earlier_year().finditer(text)
    ]


@cache
def _earlier_year() -> re.Pattern[str]:
    spelled = lexicon.alternation(number_values().numbers)
    return re.compile(
        r"\b(?i:previous|prior|preceding)(?: (?:fiscal|financial|calendar|tax))? year\b(?!-)"
        r"|\b(?i:last) (?:fiscal|financial|calendar|tax) year\b"
        r"|(?<![Tt]he )(?<![Pp]ast )\b(?i:last) year\b(?!-)"
        rf"|\b(?:(?i:a|one)|\d+|(?i:{spelled})) years? (?:earlier|ago)\b(?! than)"
        r"|\b(?i:year)-(?:earlier|ago)\b"
    )


def earlier_weeks(text: str) -> list[FoundFigure]:
    """The phrases that date a time a week or a month before the page's ("last week", "a
    month ago", "the previous week", "a week earlier"), as `earlier_years` does a year: a
    level of a rate or a share they date in its clause is that time's, not the day's
    ("premiums, quoted at 0.25 percent of hull value last week, were likely to rise": r69
    F8 had it among the day's rates). Asked of levels only (the scanner): a toll of last
    week may be the story's own, told in a weekly."""
    if "week" not in text and "month" not in text:
        return []  # cheap: most sentences have none
    return [
        FoundFigure(m.start(), m.end(), m.group(), "date", None, None, None)
        for m in _EARLIER_WEEK.finditer(text)
    ]


# Not one pattern with _earlier_year: a year ago is written in more ways that are no
# week's ("last fiscal year", "two years ago", "year-earlier"), and "two weeks ago" is not
# asked of here. _earlier_time and figures.as_of's _EARLIER read right after a value
# instead, and take more (a weekday, "previously"; a year's digits and its event).
_EARLIER_WEEK = re.compile(
    r"(?<![Tt]he )(?<![Pp]ast )\b(?i:last) (?:week|month)\b(?!-)"
    r"|\b(?i:previous|prior|preceding) (?:week|month)\b(?!-)"
    r"|\b(?i:a|one) (?:week|month) (?:earlier|ago|before)\b(?! than)"
)


def dated_by(
    text: str, figure: FoundFigure, dates: Sequence[FoundFigure], spans: bool = False
) -> bool:
    """Whether one of the dates stands in the figure's own clause: nothing that opens
    another (a comma, "which", "and" ...) between them, or the date opens the sentence
    and the figure is in the clause after its comma ("Last year, the mine produced
    190,000 ounces"). Not a date that starts a span up to now ("has displaced 20,000
    people since January 2025", "killed hundreds since the start of last year": a count
    of now), nor a comparison's base after the figure that compares with it ("rose 12%
    from a year earlier", "20% higher than last year": the change is now, and only the
    base, "down from $2.1bn a year earlier", is the date's).

    `spans`: whether the figure is a toll, which a span from an earlier year dates too:
    "have killed 40 people since 2019" is the count of years, no toll of the day's event
    (see over_years_to_now)."""
    for date in dates:
        if _starts_a_span(text, date, figure):
            if spans:
                return True
            continue
        if figure.end <= date.start and _compared_with(text, figure, date):
            continue
        start, end = (
            (date.end, figure.start) if date.end <= figure.start else (figure.end, date.start)
        )
        if start <= end and SCOPE_BREAK.search(text, start, end) is None:
            return True
        if date.end <= figure.start and _opens_the_sentence(text, date, figure):
            return True
        if date.end <= figure.start and _and_past_verb(text, date.end, figure):
            return True  # "which struck in 2019 and killed more than 600 people": the
            # second verb of the dated clause's subject shares its time
        if date.end <= figure.start and _relative_to_date(text, start, end):
            return True  # "a raid in November 2023, in which 21 people died": the raid's
        if date.end <= figure.start and (
            _PARTICIPLE_AFTER_DATE.fullmatch(text, start, end)
            or (_COMMA_GAP.fullmatch(text, start, end) and _OPENS_WITH_ING.match(figure.text))
        ):
            return True  # "attacked 100 ships between November 2023 and December 2024,
            # sinking four and killing at least nine sailors": the -ing clause is theirs,
            # also where its verb opens the figure ("in December 2023, killing three")
        if (
            date.end <= figure.start
            and _DETERMINER_BEFORE.search(text, 0, date.start)
            and _NOUN_RELATIVE_TO_DATE.fullmatch(text, start, end)
        ):
            return True  # "the 1988 Spitak earthquake, which killed about 25,000"
    return False


def over_years_to_now(text: str, figure: FoundFigure) -> bool:
    """Whether the figure's clause counts it over years up to now ("have killed dozens of
    people in the past three years", "over the last decade", "in recent years"): a sum
    of many events, history beside the news, not the count of the one the report tells.
    Years only: "killed 30 people in the past 24 hours" is the day's own toll."""
    found = _OVER_YEARS.search(text, figure.end)
    if found is not None and SCOPE_BREAK.search(text, figure.end, found.start()) is None:
        return True
    before = None
    for before in _OVER_YEARS.finditer(text, 0, figure.start):  # noqa: B007
        pass
    return before is not None and SCOPE_BREAK.search(text, before.end(), figure.start) is None


# A span of years up to now: "in the past three years", "over the last decade", "during
# the previous two years", "in recent years", "for decades".
_OVER_YEARS = re.compile(
    r"\b(?i:(?:in|over|during|within|across) (?:the )?(?:past|last|previous|preceding)"
    r"(?: (?:\w+|\d+))?(?: years| decades?)|in recent (?:years|decades)|for (?:years|decades))\b"
)


# "since" before a date in its clause: the date starts a span that runs to now.
_SINCE = re.compile(r"\b(?i:since)\b")
_SINCE_REACH = 40  # "since the start of the dry season last year"


def _starts_a_span(text: str, date: FoundFigure, figure: FoundFigure) -> bool:
    """Whether "since" governs the date, with no clause's break between them, and the
    figure is a count of the span ("had displaced 20,000 people since January 2025",
    "Since 2024 the firm has sold 2m phones"), not of the event the date dates, in a
    relative clause on its noun ("since the clash in June 2020 that killed 20 soldiers")."""
    begin = max(0, date.start - _SINCE_REACH)
    found = list(_SINCE.finditer(text, begin, date.start))
    if not found or SCOPE_BREAK.search(text, found[-1].end(), date.start) is not None:
        return False
    if figure.end <= found[-1].start():
        return True
    return date.end <= figure.start and not _RELATIVE.search(text, date.end, figure.start)


_RELATIVE = re.compile(r"\b(?:that|which|who|whom|when|where)\b", re.IGNORECASE)


# What ties a figure to the base it is compared with, between them: "than", "compared
# with", "against", "versus"; "on" right before a year ("up 5% on last year", "on 2024":
# "on" dates a day, never a year).
_COMPARED = re.compile(r"\b(?:than|compared (?:with|to)|against|versus|vs)\b", re.IGNORECASE)
_ON_A_YEAR = re.compile(r"\bon (?:the )?\Z", re.IGNORECASE)
_YEAR_ALONE = re.compile(r"\d{4}")
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_CHANGE_REACH = 24  # "up 469 percent", "fell to 1.9 billion yuan"


def _compared_with(text: str, figure: FoundFigure, date: FoundFigure) -> bool:
    """Whether the figure is compared with a base the date after it dates: a word of
    comparison between them, or "from" after a figure that a change gives ("up 469
    percent from a year earlier", "fell to 24% in April from 31% a year earlier"; not
    "moved 500 staff from London in 2024", whose "from" is a place's)."""
    gap = text[figure.end : date.start]
    if _COMPARED.search(gap):
        return True
    if _ON_A_YEAR.search(gap) and (date.date is None or _YEAR_ALONE.fullmatch(date.text)):
        return True
    if not _FROM.search(gap):
        return False
    return _change().search(text, max(0, figure.start - _CHANGE_REACH), figure.end) is not None


def change_base(text: str, figure: FoundFigure, figures: Sequence[FoundFigure]) -> bool:
    """Whether the figure is the base a change started from, after the figure the change
    reached: "rose to 1.2% of hull value on Thursday ..., from 1.0% on Tuesday", "raised
    premiums to about 1.0%, from 0.7% a week ago", "95,000 francs, up from 60,000 francs",
    "down from the 1.2 million bpd agreed on Tuesday", "from a previous forecast of 420,000
    tonnes". No current figure: the earlier value (Figure.past), after today's, as a base
    an earlier year dates is ("down from $2.1bn a year earlier"); a war-risk desk's key
    figures had listed the last rate beside the current one, as current (r62 F8). The
    figure before it is of its kind (a count or a measure of its unit), a change's word or
    "to" before it, in the sentence's clause; a range's "from" ("rose from 1.0% to 1.2%")
    is one figure, and "moved 500 staff from 12 offices" no change. A revision may give
    only where it started, its new value told elsewhere ("The statistics office revised
    down its April figure from 3.6%"): a verb of change or of revising right before, in
    the clause with no figure between, makes it the base too (r64 F8 had shown the
    withdrawn 3.6% as a key figure)."""
    if figure.kind == "date":
        return False
    if _compared_base(text, figure, figures):
        return True
    base = _FROM_BEFORE.search(text, max(0, figure.start - _BASE_REACH), figure.start)
    if base is None:
        return False
    before = None
    for other in figures:
        if other.end > figure.start:
            break
        if other.kind == "date":
            continue
        before = other
        if other.kind != figure.kind or (
            figure.kind in {"count", "measure"} and other.unit != figure.unit
        ):
            continue
        if _CLAUSE_END.search(text, other.end, figure.start) is not None:
            continue
        reach = max(0, other.start - _CHANGE_REACH)
        if _change().search(text, reach, figure.start) or _TO_BEFORE.search(
            text, reach, other.start
        ):
            return True
    # no figure the change reached: a verb of change or revising before "from", in its clause
    start = max(before.end if before else 0, base.start() - _REVISING_REACH)
    clause = list(_CLAUSE_OPENS.finditer(text, start, base.start()))
    if clause:
        start = clause[-1].end()
    return _revising().search(text, start, base.start()) is not None


# "from" before a figure, the base of a change ("from 1.0%", "up from 60,000"), with a
# determiner and a noun phrase "of" opens ("from the 1.2 million", "from a previous
# forecast of 420,000"); what ends the sentence's clause between the two figures; "to"
# right before the change's figure
def _compared_base(text: str, figure: FoundFigure, figures: Sequence[FoundFigure]) -> bool:
    """Whether the figure is an earlier value a figure before it is compared with: "quoting
    0.9 percent ..., against 0.7 percent yesterday", "eight hours a day, compared with
    about 20 hours before the attack". The comparison names the base by its word, with no
    verb of change, and the words right after the base say it is of an earlier time (r69
    F8: yesterday's 0.7 percent had been a key figure of the day, beside the rate quoted
    now). Not a rival's share ("41.3 percent of the vote against 38.5 percent for X"), a
    control group's ("compared with 2.8% for those on placebo"), another place's or a
    target ("against a $2.5 billion target"), nor the value now ("compared with 10 years
    now"): those are no earlier values. Only where a figure of its kind comes before it in
    its clause: "fought against 300 rebels" compares nothing."""
    if _COMPARED_BEFORE.search(text, max(0, figure.start - _BASE_REACH), figure.start) is None:
        return False
    if _earlier_time().match(text, figure.end) is None:
        return False
    return any(
        other.end <= figure.start
        and other.kind == figure.kind
        and (figure.kind not in {"count", "measure"} or other.unit == figure.unit)
        and _CLAUSE_END.search(text, other.end, figure.start) is None
        for other in figures
    )


# A comparison's word before its base: "against", "compared with", "versus", "as against",
# then what may name the base ("against a previous quote of", "compared with the").
_COMPARED_BEFORE = re.compile(
    r"\b(?i:against|compared (?:with|to)|versus|vs\.?) (?:(?i:the|its|their|a|an) )?"
    r"(?:(?:[a-z-]+ ){0,3}of )?\Z"
)


@cache
def _earlier_time() -> re.Pattern[str]:
    """Words right after a value that date it before the report: "yesterday", "last
    week", "a year earlier", "two days ago", "before the attack", "on Tuesday", "in
    2019", "previously"."""
    days = lexicon.alternation(lexicon.weekday_names())
    spelled = lexicon.alternation(number_values().numbers)
    return re.compile(
        r",?\s+(?i:yesterday|previously|earlier|initially"
        r"|(?:last|the previous|the prior) (?:day|week|month|quarter|year|time)"
        rf"|(?:a|an|\d+|{spelled}) (?:days?|weeks?|months?|quarters?|years?)"
        r" (?:earlier|ago|before)"
        r"|before (?:the|it|this)\b"
        rf"|on (?:{days})\b|in (?:19|20)\d\d\b)"
    )


_FROM_BEFORE = re.compile(
    r"\b(?i:from) (?:(?i:the|its|their|his|her|our|a|an) )?(?:(?:[a-z-]+ ){0,3}of )?\Z"
)
_BASE_REACH = 48  # "from a previous forecast of "
_CLAUSE_END = re.compile(r"[;:]|\.\s")
_TO_BEFORE = re.compile(r"\b(?i:to) \Z")
_REVISING_REACH = 60  # "revised down its April figure from"
# What opens another clause before a base's "from": its punctuation or a clause's word.
_CLAUSE_OPENS = re.compile(r"[,;:()]|\b(?:that|which|who|while|whereas|and|but)\b")


@cache
def _revising() -> re.Pattern[str]:
    """A verb of change, or one of revising a figure (words.toml's count_putting_verbs:
    "revised", "lowered", "cut"), or "up" or "down"."""
    verbs = words()["change_verbs"] | words()["count_putting_verbs"]
    return re.compile(rf"\b(?:{lexicon.alternation(verbs | {'up', 'down'})})\b", re.I)


@cache
def _change() -> re.Pattern[str]:
    """A verb of change (words.toml's change_verbs), its noun (the bare form of the verb
    its -s form is of: "an increase of 3 percent", "a rise of"), or "up" or "down"
    before a figure."""
    verbs = words()["change_verbs"]
    nouns = {verb[:-1] for verb in verbs if verb.endswith("s") and not verb.endswith("ss")}
    return re.compile(rf"\b(?:{lexicon.alternation(verbs | nouns | {'up', 'down'})})\b", re.I)


_OPENING_WORDS = 4  # "By the end of last year, ", "On this day last year, "
_NOT_THE_DATES = re.compile(r"\b(?i:after|since|from)\b")
_NOT_A_PHRASE = re.compile(r"[\d,;:()\u2014\u2013]")  # another figure, or another clause


def _opens_the_sentence(text: str, date: FoundFigure, figure: FoundFigure) -> bool:
    """Whether the date is the phrase that opens the sentence ("In 2024, ", "Last year,
    "), set off by a comma, and the figure is in the clause after it, which it dates.
    Not "After last year's floods, ...": what follows a date is not of it."""
    head = text[: date.start]
    found = head.split()
    if len(found) > _OPENING_WORDS or _NOT_A_PHRASE.search(head) or _NOT_THE_DATES.search(head):
        return False
    if any(w.lower() in words()["auxiliaries"] or past_form(w.lower()) for w in found):
        return False  # "Revenue was $3bn in 2024, and ...": a clause, not its opening
    comma = _COMMA_AFTER.match(text, date.end)
    if comma is None or comma.end() > figure.start:
        return False
    between = f" {text[comma.end() : figure.start]}"
    if SCOPE_BREAK.search(between) is None:
        return True
    # "In April 2021, a quarrel ... turned into two days of fighting in which more than
    # 50 people were killed": a relative clause in the past on a noun of the dated
    # clause is of its time too (r73 F11: the 2021 toll had been a key figure of today)
    relative = _RELATIVE_IN_OPENED.search(between)
    if relative is None or SCOPE_BREAK.search(between[: relative.start()]) is not None:
        return False
    clause = text[comma.end() + relative.end() - 1 : figure.start + len(figure.text)]
    return _CLAUSE_IN_CLAUSE.search(clause) is None and _told_in_the_past(clause)


# A relative clause's opening, on a noun of the clause an opening date dates.
_RELATIVE_IN_OPENED = re.compile(r" (?:in|during|at) which | (?:which|who) (?=[^,;:()]*\Z)")


def _told_in_the_past(clause: str) -> bool:
    """Whether a clause is told in the simple past: a verb of the past ("were killed",
    "died") and no perfect or present ("has since killed", "employs")."""
    found = [w.lower() for w in re.findall(r"[A-Za-z]+", clause)]
    if any(w in _NOT_SIMPLE_PAST for w in found):
        return False
    return any(w in ("was", "were") or past_form(w) for w in found)


_NOT_SIMPLE_PAST = frozenset({"has", "have", "is", "are", "now", "still", "since", "will"})


_COMMA_AFTER = re.compile(r"(?:['’]s)?\s*,\s*")


def _and_past_verb(text: str, after_date: int, figure: FoundFigure) -> bool:
    """Whether the figure is the object of a verb in the past that "and" joins to the
    date's clause, with no subject of its own ("struck ... in 2019 and killed more than
    600 people", "opened in 2019 and hired 600 workers"): one subject's two acts, and
    the date is both's. Not "and" before a clause ("in 2019, and the storm killed"), nor
    a verb in the present ("opened in 2019 and employs 600 people")."""
    found = _AND_VERB.search(text, after_date, figure.start + len(figure.text))
    if found is None or found.start("verb") > figure.start:
        return False
    if SCOPE_BREAK.search(text, after_date, found.start()) is not None:
        return False
    if found.end() < figure.start and SCOPE_BREAK.search(text, found.end(), figure.start):
        return False
    verb = found.group("verb")
    return past_form(verb) and verb not in words()["auxiliaries"]


_AND_VERB = re.compile(r" and (?P<verb>[a-z]+)\b")


def before_the_news(text: str, figure: FoundFigure) -> bool:
    """Whether the figure's clause is in the past perfect and sets it before an event the
    sentence names ("two crew members had been killed before this week's attack", "12
    ships had been seized before the truce"): a count of what came before that event,
    history beside the news, as a count an earlier year dates is (Figure.past). The past
    perfect says its time is before another; "before" and a noun say which. Not a clause
    ("had been killed before the ship sank" is the news's own order of events), nor a time
    of day ("before dawn")."""
    if "before" not in text:
        return False  # cheap: most sentences have none
    found = _BEFORE_EVENT.match(text, figure.end)
    if found is None:
        return False
    end = _PHRASE_END.search(text, found.end())
    rest = _LETTERS.findall(text, found.start("noun"), end.start() if end else len(text))
    w = words()
    if any(
        word.lower() in w["auxiliaries"]
        or word.lower() in w["passive"]
        or (word.islower() and past_form(word))
        for word in rest
    ):
        # "before the ship was abandoned", "before his buddies at the base persuaded
        # him": a clause, the news's own order of events, not an event's name
        return False
    breaks = list(SCOPE_BREAK.finditer(text, 0, figure.start))
    clause = text[breaks[-1].end() if breaks else 0 : found.start("before")]
    return _PAST_PERFECT.search(clause) is not None


def recalls_an_earlier_event(text: str, figure: FoundFigure, published: str | None = None) -> bool:
    """Whether the figure is in a relative clause that recounts an event the sentence's
    news follows ("The evacuation follows Monday's ambush on the road, in which at least
    nine people were killed"; "after last week's raid, during which 12 were arrested"):
    the event is named by an earlier day's possessive or after a word of sequence
    (words.toml's background_markers: "after the raid, in which"), and the count is that
    event's, told before, not this report's news (r49 M4).

    So is a clause on a time before the news: "when" or "in which" after a date a week or
    more before its report (`published`: "in August, when 17 soldiers were killed" in a
    December report, "a raid on 3 August, in which ..."), or "when" after what "since"
    names ("the deadliest since August, when ...", "since the March raid, when ..."):
    "since" looks back from the news to another time, and the clause tells what happened
    then. A trial's key figures had led with such a recalled 17 above the day's 14 (r55)."""
    found = None
    for found in _RECOUNTING.finditer(text, max(0, figure.start - _RECOUNT_REACH), figure.start):  # noqa: B007
        pass
    if found is None or _CLAUSE_STOP.search(text, found.end(), figure.start):
        return False
    head = text[max(0, found.start() - _RECOUNT_REACH) : found.start()]
    if _EARLIER_DAY_OWNER.search(head) is not None or _earlier_time_ends(head, published):
        return True
    if found.group("when"):
        since = _last(_SINCE.finditer(head))
        return (
            since is not None
            and SCOPE_BREAK.search(head, since.end()) is None
            and not _of_the_news_week(head[since.end() :], published)
        )
    w = words()
    recall = rf"\b(?:{lexicon.alternation(w['background_markers'])})\b"
    return re.search(recall, head, re.I) is not None


# What opens a relative clause that recounts its noun's event: "in which", "during
# which", ", which killed", ", that left", and ", when" after a time ("in August, when").
_RECOUNTING = re.compile(
    r"\b(?:in|during|at|of) which\b|, (?:which|that) (?=[a-z]+ed\b|left\b|killed\b)"
    r"|(?P<when>, when\b)"
)
_CLAUSE_STOP = re.compile(r"[;:()\u2014\u2013]|\.\s")
_RECOUNT_REACH = 90
# An event named by an earlier time: "Monday's ambush", "last week's raid".
_EARLIER_DAY_OWNER = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|week|"
    r"month|year|weekend)['’]s\b",
    re.IGNORECASE,
)
# A time its relative clause hangs from: a date ("3 August", "August 2025"), a year, or a
# month named alone ("in August"), capitalised as a month is.
_A_TIME = re.compile(rf"{DATE_PATTERN.pattern}|{YEAR}|\b(?:{'|'.join(calendar.month_name[1:])})\b")
# The words a time may stand before its clause's "when" or "which" by: "on 3 August near
# Tassia, when" (a place, not a clause of its own).
_TIME_TO_CLAUSE_WORDS = 3
# A report's news is of its week: a time that ended a week or more before it is an
# earlier event's.
_NEWS_DAYS = 7


def _of_the_news_week(phrase: str, published: str | None) -> bool:
    """Whether a phrase names a day of its report's week ("Monday", "yesterday", "5
    December" in a report of the 7th): "since Monday, when 14 soldiers were killed" may
    tell the news's own event, which its report counts."""
    if re.search(WEEKDAY, phrase) or re.search(day_before(), phrase):
        return True
    time = _last(_A_TIME.finditer(phrase))
    ended = _days_before(time.group(), published) if time is not None else None
    return ended is not None and ended < _NEWS_DAYS


def _days_before(written: str, published: str | None) -> int | None:
    """How many days before `published` (an ISO day) the time written ends ("August" at
    its last day, "2019" at its 31 December), or None where the page gives no day or the
    time no year."""
    if not published or len(published) < 10:
        return None
    when = iso(written, published, "past")
    if when is None or when.startswith("-"):
        return None
    try:
        year = int(when[:4])
        month = int(when[5:7]) if len(when) >= 7 else 12
        day = int(when[8:10]) if len(when) >= 10 else calendar.monthrange(year, month)[1]
        return (datetime.date.fromisoformat(published[:10]) - datetime.date(year, month, day)).days
    except ValueError:
        return None


def _earlier_time_ends(head: str, published: str | None) -> bool:
    """Whether `head` ends on a time (a few words of place after it at most) that ended
    _NEWS_DAYS or more before `published` (an ISO day): the time a relative clause after
    it tells of."""
    time = _last(_A_TIME.finditer(head))
    if time is None:
        return False
    between = [word.lower() for word in _LETTERS.findall(head, time.end())]
    if len(between) > _TIME_TO_CLAUSE_WORDS or any(
        word in words()["auxiliaries"] or past_form(word) for word in between
    ):
        return False  # "the curfew imposed on 1 August was lifted, when": another clause
    ended = _days_before(time.group(), published)
    return ended is not None and ended >= _NEWS_DAYS


# "before" a determined noun phrase of up to four words that ends the clause or goes on
# with a preposition: "before this week's attack.", "before the truce in May".
_BEFORE_EVENT = re.compile(
    r"[^,;:.()\u2014\u2013]{0,60}?\b(?P<before>before) "
    r"(?P<noun>(?:(?:the|this|that|last|its|their|his|her|a|an)|[A-Z]?[\w-]+['’]s)"
    r"(?: [\w'’-]+){1,4}?)(?=\s*(?:[,.;:)\u2014\u2013]|$)|"
    r" (?:in|on|at|of|near|off|by|against|from|to|and)\b)"
)
_PHRASE_END = re.compile(r"[,.;:()\u2014\u2013]")
_PAST_PERFECT = re.compile(r"\bhad\b(?: (?:not|never|already|\w+ly))?(?: been)? [a-z]+")


# A relative clause on a dated noun, up to a figure: ", in which", ", when", ", which";
# the noun may follow its year ("the 1988 Spitak earthquake, which killed about 25,000",
# "the February 2023 earthquakes that killed more than 53,000": history, not the news).
_RELATIVE_TO_DATE = re.compile(
    r",? (?:in which|during which|at which|when|which|that)(?P<clause> [^,;:()\u2014\u2013]*)"
)
# A clause that opens inside that relative clause is no longer the dated noun's: "what it
# did last year when it picked Kansas State largely because the Wildcats bring thousands
# of fans" says why, now.
_CLAUSE_IN_CLAUSE = re.compile(r" (?i:because|but|while|whereas|although|though|unless) ")


def _relative_to_date(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], between a date and a figure, is a relative clause on the
    dated noun, with no other clause opening in it before the figure."""
    found = _RELATIVE_TO_DATE.fullmatch(text, start, end)
    return found is not None and _CLAUSE_IN_CLAUSE.search(found["clause"]) is None


# A participle clause after the dated clause's comma goes on with its subject and its
# time: ", sinking four and killing at least".
_PARTICIPLE_AFTER_DATE = re.compile(r"[^,;:()\u2014\u2013]*, [a-z]+ing\b[^,;:()\u2014\u2013]*")
# ... or where the participle is the figure's first word: the gap ends at the comma.
_COMMA_GAP = re.compile(r"[^,;:()\u2014\u2013]*, ")
_OPENS_WITH_ING = re.compile(r"[a-z]+ing\b")
_NOUN_RELATIVE_TO_DATE = re.compile(
    r"(?: [\w'’-]+){1,4},? (?:in which|during which|at which|when|which|that)"
    r" [^,;:()\u2014\u2013]*"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?) \Z")  # the date used as an adjective
