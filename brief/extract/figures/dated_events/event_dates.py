"""Whether a date dates an event at all: not a span's bound or a deadline ("since 2022",
"by 2030"), a comparison's base, a period, a year used as a noun, a page's stamp, a
hypothetical, a forecast or an intention. A scheduled event keeps its date: it is set in
the calendar, which an analyst plans around. The scanner asks this too, to cite an
event's sentence for its date.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from brief.extract.figures.notation import (
    DATE_PATTERN,
    DIGIT,
    MONTH,
    MONTHS,
    WEEKDAY,
    WORD_RE,
    YEAR,
    YEAR_PATTERN,
    day_before,
    in_name,
    iso,
    number_values,
    signed,
)
from brief.extract.figures.tense import SCOPE_BREAK, called_off_event
from brief.extract.lexicon import alternation, contrast_negating, joined, weekday_names, words
from brief.inflection import past_form


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


@cache
def _not_a_base() -> re.Pattern[str]:
    return re.compile(
        rf" (?:\d|{signed()}|(?:a|an|expected|forecast|predicted|anticipated|feared|hoped"
        r"|thought|planned|\w+fold|twice|double|treble|triple|half)\b)",
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
        if not spelled and _not_a_base().match(sentence, than.end()) is None:
            return True
    return False


# "From 20% in May 2002", "from the loss of 364m euros in 2003", "up from the 1,200 it gave
# on Tuesday" (a count its own clause dates, no year: "from the 2008 crisis" names one):
# a figure after "from".
@cache
def _from_figure() -> re.Pattern[str]:
    count = r"(?:the|its|their) (?:\d{1,3}(?:,\d{3})+|\d{1,3})\b"
    return re.compile(rf" (?:(?:the \w+ of )?(?:{signed()}|\d)|{count})")


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


def ends_event(sentence: str, at: int, end: int) -> bool | None:
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
YEAR_SPAN = re.compile(rf"{YEAR} ?[-–] ?(?:{YEAR}|\d\d)")


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
        and not scheduled_in(sentence[opener.end() : closer.start() if closer else None])
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


def told_as_past(clause: str) -> bool:
    """Whether a clause's verb is in the past ("which the council suspended", "who had
    fled"), not a schedule ("which opens", "which will open"): history, not a plan."""
    if scheduled_in(clause):
        return False
    found = WORD_RE.findall(clause)
    return any(
        word.islower() and (past_form(word) or word in {"was", "were", "had"}) for word in found
    )


def scheduled_in(clause: str) -> bool:
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


def date_positions(sentence: str) -> dict[str, int]:
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


RELATIVES = frozenset({"that", "which", "who", "whose"})


_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been"})


def since_governs_another(sentence: str, since_end: int, at: int) -> bool:
    """Whether the "since" that ends at `since_end` takes a date of its own as its object,
    which ends before the date at `at`: "held in northern Mali since January were freed
    late on Tuesday" bounds January, and Tuesday is the main verb's (the row of a release
    had been dated by the day it was reported, r78)."""
    own = _SINCE_OBJECT.match(sentence, since_end)
    return (
        own is not None
        and own.end() <= at
        and _CLAUSE_OR_DATE.match(sentence, own.end()) is not None
    )


# A date right after "since": "since January", "since 3 March", "since 2021", "since Monday".
_SINCE_OBJECT = re.compile(rf" (?:{DATE_PATTERN.pattern}|{YEAR}|{MONTH}|{WEEKDAY})\b")
# What follows a date "since" takes and ends its phrase: a finite verb's auxiliary or a
# past form, not more of a "since" clause ("since January, when ...").
_CLAUSE_OR_DATE = re.compile(r" (?:(?:were|was|are|is|have|has|had) )?[a-z]+(?:ed|en)\b")


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
        return not since_governs_another(sentence, since.end(), at)
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
        if _from_figure().match(sentence, since.end(), at):
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
    relative = next((k for k, w in enumerate(lowered) if k and w in RELATIVES), len(between))
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


# A day a contrast negates, set against the one the clause tells: "hit the town late on
# Sunday, and not early on Monday as first reported", "sank on Saturday, not on Sunday",
# "on Friday rather than on Thursday". It is the day the news says the event did not
# fall on, no date of it (r73 F3: a correction was dated by the day it denies). Not a
# negated verb ("did not sail on Monday", whose day is the clause's), nor "not until
# Monday" (the day it came: "was not found until Monday"). The contrast is lexicon's
# (CONTRAST_NOT's, after any mark that sets a clause off, and "never").
_NEGATED_ALTERNATIVE_BEFORE = re.compile(
    contrast_negating("[,;(–—]", "(?:not|never)")
    + r"(?:(?:early|late|on|in|at|during|the|this|last|as\s+early\s+as)\s+){0,3}\Z"
    r"|\brather\s+than\s+(?:(?:early|late|on|in|at|during|the|this|last)\s+){0,3}\Z",
    re.IGNORECASE,
)


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


# A time of day: "02:30", "2.30", "0230 GMT", "10pm", "10.30 p.m.".
_CLOCK = (
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|\d{4}\s*(?:GMT|UTC|Z)\b|\d{1,2}\s*[ap]\.?m\b\.?)"
)
# A time of day, and the few words of its zone ("local time", "UTC", "Moscow time"),
# right before a bracket that opens with another time of day: the same moment restated.
_RESTATED_TIME = re.compile(rf"{_CLOCK}(?:\s+[\w.]+){{0,4}}\s*\(\s*{_CLOCK}[^()]*\Z", re.I)
_RESTATED_REACH = 80


def _in_restated_time(sentence: str, at: int) -> bool:
    """Whether the date is in a bracket that restates a time of day in another zone: "at
    about 02:30 local time (22:30 UTC on Sunday)" gives one moment twice, and a day in
    the bracket is the other zone's, where the event's is the place's own (r76 F6: an
    arrest at 02:30 on a Monday in Tbilisi had been dated the Sunday, a second row of one
    arrest). The day outside the bracket, or none, is the event's."""
    return _RESTATED_TIME.search(sentence, max(0, at - _RESTATED_REACH), at) is not None


def _no_event_at(sentence: str, at: int, end: int) -> bool:
    """Dates that stand for no event of their sentence: a span's first bound whose last
    follows ("from June 4 through June 26"), an age ("who is 35 on April 28"), a day
    naming a thing in a sentence dated by another time ("the February 27 earthquake ...
    on Wednesday", "found explosives at the site of Monday's blast, ... said on
    Wednesday": the blast is Monday's, the finding is told Wednesday), an earlier
    report's day ("not three as reported on Wednesday": `_as_reported_before`), a
    caption's or a markup's date, a day's possessive after a preposition ("killed in
    Monday's attack": the attack's), a day's possessive its clause calls off, and a date
    in a line without a verb ("December 19.",
    "(Dec. 21) AP",
    "HMS Cornwall at Zeebrugge in 2006.")."""
    before = sentence[max(0, at - 48) : at]
    if _as_reported_before().search(sentence, max(0, at - _AS_REPORTED_REACH), at):
        return True
    if _NEGATED_ALTERNATIVE_BEFORE.search(before):
        return True  # "on Sunday, and not early on Monday as first reported": the day denied
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
    if called_off_event(sentence, at):
        # "Friday's meeting ... has been called off": the day of an event that will not
        # be, no day of the sentence's news (the calling off); a row under it had read as
        # the day the meeting was called off, beside the row of its being held (r66 F13),
        # as a forecast called off is no row (pipeline.called_off); also where the
        # day is another sentence's date written again (rows), its "'s" left out
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
    if noun in words()["time_nouns"] or noun in words()["parts_of_time"]:
        return False
    opening = WORD_RE.findall(before, 0, found.start())
    if opening and opening[-1].lower() in prepositions():
        return True
    return _other_time().search(sentence, 0, at - len(before) + found.start()) is not None


# "the [presidential] election of [Wednesday,] ": a determiner, up to three words, a noun
_OF_DATE_BEFORE = re.compile(
    rf"\b(?i:the|its|their) (?:[\w-]+ ){{0,3}}?(?P<noun>[a-z][\w-]*) of (?:{WEEKDAY},? )?\Z"
)


def _preposition_before(before: str) -> bool:
    """Whether the word right before a date is a preposition ("in", "after", "of")."""
    found = WORD_RE.findall(before)
    return bool(found) and found[-1] in prepositions()


@cache
def prepositions() -> frozenset[str]:
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
    joined = coordinated_with(sentence, at)
    if joined is not None and not is_event_date(sentence, *joined):
        return False  # "since coups in 2020 and 2021": what bounds the first bounds both
    bound = _SPAN_BEFORE.search(sentence[max(0, at - 30) : at])
    if (
        (bound and not _WHEN_AFTER.match(sentence, end))  # "back to 1994, when talks ..."
        or _PERIOD_END_BEFORE.search(sentence, max(0, at - 48), at)
        or _AS_AT_BEFORE.search(sentence, max(0, at - 3), at)
        or ends_event(sentence, at, end) is False
        or (end - at == 4 and _PERIOD_BEFORE.search(sentence, max(0, at - 20), at))
        or (end - at == 4 and _names_a_thing(sentence, at, end))
        or (end - at == 4 and _year_as_a_noun(sentence, at, end))
        or _ONWARDS.match(sentence, end)
        or _SLASHED_YEARS.match(sentence, end)  # "the 2026/27 fiscal year": a period
        or _no_event_at(sentence, at, end)
        or _in_restated_time(sentence, at)
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
        and not scheduled_in(sentence[breaks[-1].end() : clause_end])
    ):
        # "Justice Kamau on Tuesday suspended the levy, which took effect on March 1": a
        # day in a relative clause is its thing's, when the news outside it has its own
        return False
    if (
        relative
        and sentence[: breaks[-1].start()].endswith(",")
        and (after is None or not WORD_RE.search(sentence, after.end()))
        and told_as_past(sentence[breaks[-1].end() : at])
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


def coordinated_with(sentence: str, at: int) -> tuple[int, int] | None:
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
PARTICIPLE_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+) (?P<participle>[a-z]+)"
    # a place's name between ("engineers seized near Bako on Saturday")
    r"(?: (?:near|in|at|outside|from) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?"
    r" (?:on|in|at|during|last|early|late)(?: the)? \Z"
)


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
    found = PARTICIPLE_BEFORE.search(sentence, max(start, at - 80), at)
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
    # a finite verb of a reported clause: "said that intermediaries were in contact with the
    # kidnappers of engineers seized on Saturday" (the participle is that clause's noun's)
    finite = joined("copulas", "have_forms")
    if reported and any(word in finite for word in before[verbs[-1] + 1 :]):
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
    return re.compile(rf"(?:\b(?P<before>\S+) )?{WEEKDAY}|(?P<relative>{day_before()})")


def _recent_day(sentence: str) -> bool:
    """Whether the sentence dates its news by a day of this week ("on Thursday",
    "released Tuesday", "yesterday"): a weekday after a lower-case word or opening the
    sentence ("On Monday,"), but not after "a" ("on a Saturday") nor in a name ("Bloody
    Sunday", "the Sunday Telegraph"); or by the page's own day ("today declared the
    results of the election held on 21 April": the holding is the election's)."""
    if PAGE_DAY.search(sentence):
        return True
    for found in _recent_re().finditer(sentence):
        before = (found.group("before") or "").rstrip(",")
        if found.group("relative") or before.lower() in _DAY_OPENERS:
            return True
        if before.islower() and before != "a":
            return True
    return False


PAGE_DAY = re.compile(r"\b(?:today|tonight)\b")  # lower case: "Today" may open a feature


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
    election widely expected to be held on 5 May", "Parliament is expected to vote on
    Friday"). The verbs of a calendar are words.toml's `scheduled`, and the acts set for a
    day its `scheduled_acts` ("due to vote on Friday")."""
    verbs = alternation(words()["scheduled"])
    acts = alternation(words()["scheduled_acts"])
    # "widely expected to be held on 5 May" is still speculation about the date
    # and "originally due to open in 2005" was a plan that has since changed
    hedged = "(?<!widely )(?<!generally )(?<!largely )(?<!broadly )(?<!originally )(?<!initially )"
    # an act someone is "expected to" do is a forecast of their conduct ("Parliament is
    # expected to vote on Friday"); "due to vote" is the calendar's (scheduled_acts)
    return re.compile(
        rf"\b{hedged}(?:(?i:expected|due|set|scheduled) to (?:{verbs})"
        rf"|(?i:due|set|scheduled) to (?:{acts}))\b"
    )


# A past reporting verb before the date: "would" after it is a reported "will" ("Kirsanov
# said the exercise would end on 28 March": he said "it will end on 28 March").
_REPORTED = re.compile(r"\b(?:said|told|announced|confirmed|added|stated)\b")


@cache
def _reported_schedule() -> re.Pattern[str]:
    """ "would end", "would meet", "would take place": in reported speech (see _REPORTED),
    a date set in the calendar (words.toml's `scheduled` and `scheduled_acts`), as "will"
    would be. A condition
    ("would end on 28 March if ...") still makes it a hypothetical."""
    verbs = alternation(words()["scheduled"] | words()["scheduled_acts"])
    return re.compile(rf"\bwould (?:{verbs})\b", re.IGNORECASE)


def _is_fragment(text: str) -> bool:
    found = (w.lower() for w in WORD_RE.findall(text))
    fragment = words()["fragment_words"]
    return all(w in fragment or w in MONTHS or w[0].isdigit() for w in found)
