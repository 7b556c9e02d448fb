"""How the text writes months, years, dates and days of the week, what a word is, which
words stand for a value (words.toml's [values] tables), and where a result in numbers
("beat Wales 11-9") stands (the classifier's scoreline, the stories' score).

The scanner finds figures by these patterns and tables, and the timeline's rules
(dated_events) read a date's sentence by them too. They live apart from both because
the scanner asks dated_events whether a date dates an event: kept in the scanner, they
would make each module import the other.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Literal, NamedTuple

import pycountry

from brief.errors import ConfigError
from brief.extract.lexicon import (
    alternation,
    before_the_date,
    currency_signs,
    month_numbers,
    weekday_names,
    word_codes,
    word_values,
    words,
)
from brief.inflection import past_form

# Month names and their abbreviations (the calendar module's, and news style's "sept").
MONTHS = month_numbers()


class _Values(NamedTuple):
    """words.toml's [values] tables and what is made of them. Read on first use, not at
    import, so a bad table is a ConfigError the command line reports in one line. (This
    and found_figure.FoundFigure are named tuples: a frozen dataclass costs its module
    0.5-0.8 ms at import, the generated methods executed; a NamedTuple a sixth of that,
    and is made faster.)"""

    numbers: Mapping[str, float]  # "dozen" -> 12
    scales: Mapping[str, float]  # "bn" -> 1e9
    vague: Mapping[str, float]  # "several" -> 3
    plural: Mapping[str, float]  # "thousands" -> 1e3
    signs: Mapping[str, str]  # "$" -> "USD"
    currency_words: Mapping[str, str | None]  # "euros" -> "EUR", "pesos" -> None (several)
    # "pesos" -> ("ARS", "MXN", ...), with the words that are money only after a country
    currency_choices: Mapping[str, tuple[str, ...]]
    currency_letters: Mapping[str, str | None]  # "KSh" -> "KES", "Rs" -> None (several)
    currency_unions: Mapping[str, frozenset[str]]  # "XOF" -> {"SN", "CI", ...}
    iso_codes: frozenset[str]  # "KES"
    unit_names: Mapping[str, str]  # "kilometres" -> "km", "mb/d" -> "million barrels per day"
    per_names: Mapping[str, str]  # "megawatt hour" -> "MWh": what a rate is per
    vague_starts: tuple[str, ...]  # "several ", "thousands ": a vague count's opening
    plural_phrase: re.Pattern[str]  # "tens of thousands"


@cache
def number_values() -> _Values:
    vague = word_values("vague_quantities")
    plural = word_values("plural_scales")
    plurals = alternation(plural)
    iso_codes = frozenset(currency.alpha_3 for currency in pycountry.currencies)
    letters = word_codes("currency_letters", sorted(iso_codes))
    return _Values(
        numbers=_with_compounds(word_values("number_words")),
        scales=word_values("scales"),
        vague=vague,
        plural=plural,
        signs=word_codes("currency_signs", sorted(iso_codes)),
        currency_words=_one_code(word_codes("currency_words", sorted(iso_codes))),
        currency_choices={
            word: tuple(codes.split())
            for table in ("currency_words", "national_currency_words")
            for word, codes in word_codes(table, sorted(iso_codes)).items()
        },
        currency_letters=_one_code(letters),
        currency_unions=_unions(iso_codes),
        iso_codes=iso_codes,
        unit_names=word_codes("unit_names"),
        per_names=word_codes("per_names"),
        vague_starts=tuple(f"{w} " for w in (*vague, *plural)),
        plural_phrase=re.compile(rf"(?i:(?:{plurals})(?: of (?:{plurals}))*)"),
    )


def _unions(iso_codes: frozenset[str]) -> dict[str, frozenset[str]]:
    """[values.currency_unions]: each shared currency's ISO 4217 code and the ISO 3166 codes
    of its countries, both checked against pycountry's."""
    countries = sorted(country.alpha_2 for country in pycountry.countries)
    unions = word_codes("currency_unions", countries)
    wrong = sorted(code for code in unions if code.upper() not in iso_codes)
    if wrong:
        problem = f"values.currency_unions.{wrong[0]}: not an ISO 4217 currency code"
        raise ConfigError(problem, "words.toml")
    return {code.upper(): frozenset(members.split()) for code, members in unions.items()}


@cache
def territory_code(name: str) -> str:
    """The ISO 3166 two-letter code of a country or territory written by its ISO name
    ("Hong Kong": "HK"), or ""."""
    found = pycountry.countries.get(name=name)
    return found.alpha_2 if found is not None else ""


def _with_compounds(numbers: Mapping[str, float]) -> dict[str, float]:
    """The number words and the tens and units they join with a hyphen ("thirty-eight",
    38), as English writes 21 to 99."""
    tens = {word: value for word, value in numbers.items() if value in _TENS}
    units = {word: value for word, value in numbers.items() if 1 <= value <= 9}
    compounds = {f"{ten}-{unit}": tv + uv for ten, tv in tens.items() for unit, uv in units.items()}
    return {**numbers, **compounds}


_TENS = frozenset(range(20, 100, 10))


def _one_code(codes: Mapping[str, str]) -> dict[str, str | None]:
    """Each word's currency, or None where it stands for several ("pesos": "ARS MXN ...")."""
    return {word: None if " " in code else code for word, code in codes.items()}


# The months as the calendar module names them, then their abbreviations (and news
# style's "Sept", tried before "Sep"): a longer name before its own start.
_MONTH_SPELLINGS = [*calendar.month_name[1:], *calendar.month_abbr[1:]]
_MONTH_SPELLINGS.insert(_MONTH_SPELLINGS.index("Sep"), "Sept")
MONTH = rf"(?:{'|'.join(dict.fromkeys(_MONTH_SPELLINGS))})\.?"
# What every month name of MONTH starts with (case as written): a date names a month,
# or is a span of years, with its dash.
MONTH_STARTS = tuple(calendar.month_abbr[1:])
YEAR = r"(?:1[89]\d\d|20\d\d)"
YEAR_RE = re.compile(YEAR)
DATE_PATTERN = re.compile(
    rf"\b{MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?: ?[-–] ?\d{{1,2}})?(?:,? {YEAR})?\b"
    rf"|\b\d{{1,2}}(?: ?[-–] ?\d{{1,2}})? {MONTH}(?:,? {YEAR})?\b"
    rf"|\b{MONTH},? {YEAR}\b"
    rf"|\b{YEAR} ?[-–] ?(?:{YEAR}|\d\d)\b"
)
# (A look-ahead for a year's first digit first: `re` tries a pattern at every position,
# and the look-behinds after it then run only where a number starts; a third less time.)
YEAR_PATTERN = re.compile(rf"(?=[12])(?<![\w$£€-]){YEAR}(?![\w-]|[.,]\d)")


# A day of the week as news writes it: capitalised, perhaps possessive ("Sunday's vote"),
# and not a name's first word ("Sunday Times", "Monday Night Football"). The weekday
# dates (weekdays) and the timeline's test of news dated by a day of this week
# (dated_events) both find a weekday by it, each reading the words before it its own way.
# It is here, not in weekdays, since weekdays imports tense, which imports dated_events.
WEEKDAY = (
    rf"(?P<day>{alternation(name.capitalize() for name in weekday_names())})"
    r"(?:['’]s)?\b(?!\s+[A-Z])"
)


@cache
def day_before() -> str:
    """The day before the page's, in words ("yesterday", "last night": words.toml's
    [values.before_the_date]): a weekday's recent kin, for the same readers (dated_events'
    recent days, earlier_counts' reports of the day before)."""
    return rf"\b(?i:{alternation(before_the_date('day'))})\b"


@cache
def signed() -> str:
    """A currency sign as the patterns of ranges and qualifiers read it: a sign, perhaps
    after a country's letters ("NZ$", "R$"; any case: figures are read lower-cased too).
    Which currency each is: words.toml's [values.currency_signs]."""
    return f"(?:[A-Za-z]{{1,3}})?[{currency_signs()}]"


# A digit: every figure but a spelled-out count has one, so it is the scanner's first
# test of a sentence.
DIGIT = re.compile(r"\d")
# A word as the scanner and the timeline's rules read a sentence by: apostrophes, dots
# and hyphens inside it are its own ("it's", "U.S", "so-called").
WORD_RE = re.compile(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]")
# How far back the word before a number is looked for: the window, not the text before
# it, so that a sentence with many numbers costs its length, not its square.
WORD_REACH = 64


def in_name(text: str, start: int) -> bool:
    """ "Allied Determination 2022", "Euro 2024": a year right after a capitalised name."""
    window = text[max(0, start - WORD_REACH) : start]
    before = window.rstrip()
    if len(before) == len(window):
        return False
    prev = before.split()[-1].lstrip("\"“‘'(") if before.split() else ""  # "“Transformation 2000”"
    return (
        bool(prev)
        and prev[0].isupper()
        and prev.lower().strip(".,") not in MONTHS
        and prev.lower() not in words()["count_ends"]  # "In 2004, ...": a sentence's first word
        and prev[-1].isalpha()
    )


_DATE_WORD = re.compile(r"[A-Za-z]+|\d+")


def iso(raw: str, published: str | None, tense: Tense = None) -> str | None:
    """The date `raw` writes, in ISO form. A date without its year takes the one that
    puts it where its clause's `tense` does, beside `published` (the source's ISO date,
    or its year): "will meet on 15 July" in a December article is next July, "arrested
    him on 20 June" in a January one last June; a date in no clear tense takes the
    nearest year within half a year of it (see _year_shift). Without a publication date
    a "February 9" keeps no year ("--02-09"): guessing from other years in the text dates
    current events to historical ones."""
    words = _DATE_WORD.findall(raw)
    month = next((MONTHS[w.lower()] for w in words if w.lower() in MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    years = [n for n in numbers if n >= 1800]
    days = [n for n in numbers if n < 32]
    year = int(published[:4]) if published else None
    if not years and year is not None and month is not None and len(published or "") >= 7:
        day = days[0] if days else None
        if tense == "past" and days and _just_ahead(published or "", month, day):
            # "deliveries for the week of June 14-20 were cut" on 9 June: the past is the
            # cut's, the days the deliveries'; a year back would be written "last June"
            # (r64 F5 had dated the week a year back): the year is not told
            return f"--{month:02d}-{days[0]:02d}"
        year += _year_shift(published or "", month, day, tense)
        if days and not _exists(year, month, days[0]):
            return f"--{month:02d}-{days[0]:02d}"  # 29 February: not in the year read
    y = years[0] if years else year
    if month is None:
        return None if y is None else f"{y:04d}"
    if y is None:
        return f"--{month:02d}-{days[0]:02d}" if days else None
    if not days:
        return f"{y:04d}-{month:02d}"
    return f"{y:04d}-{month:02d}-{days[0]:02d}"


# What a date's clause says of it (see tense.clause_tense): to come, past, or neither.
Tense = Literal["ahead", "past"] | None
# A date to come may be a few weeks before the article's ("The law will take effect on 1
# December" on 2 December: copy written or read late), a past one no later than it; a date
# in no clear tense is the one nearest.
LATE_DAYS = 31
NEAREST_DAYS = 183


def _year_shift(published: str, month: int, day: int | None, tense: Tense) -> int:
    """-1, 0 or +1: the year of a yearless month (and day) told from the publication
    date's (see iso): of the three years around it, the nearest one the tense allows."""
    try:
        then = date(
            int(published[:4]),
            int(published[5:7]),
            int(published[8:10]) if len(published) >= 10 else 1,
        )
    except ValueError:  # a header's impossible date ("2026-02-30"): no shift
        return 0
    gaps = {}
    for shift in (-1, 0, 1):
        year = then.year + shift
        on = min(day or 1, calendar.monthrange(year, month)[1])
        gaps[shift] = (date(year, month, on) - then).days  # > 0: after the article
    if tense == "ahead":
        allowed = [s for s, gap in gaps.items() if gap >= -LATE_DAYS]
    elif tense == "past":
        allowed = [s for s, gap in gaps.items() if gap <= 1]  # (a day: time zones)
    else:
        allowed = [s for s, gap in gaps.items() if abs(gap) <= NEAREST_DAYS]
    return min(allowed, key=lambda s: abs(gaps[s])) if allowed else 0


def _just_ahead(published: str, month: int, day: int | None) -> bool:
    """Whether a yearless day falls in the month after the publication date, in its
    year (2 to LATE_DAYS days after it): a past tense beside it is another verb's."""
    try:
        then = date.fromisoformat(published[:10])
        on = date(then.year, month, min(day or 1, calendar.monthrange(then.year, month)[1]))
    except ValueError:
        return False
    return 1 < (on - then).days <= LATE_DAYS


def _exists(year: int, month: int, day: int) -> bool:
    return not (month == 2 and day == 29 and not calendar.isleap(year))


# A result written as numbers ("beat Wales 11-9", "won 6-3 6-0"): the classifier's
# scoreline, the stories' score. Not a year span ("2003-04") nor a decimal. (What stands
# before the first digit is tested after it, so `re` skips to the digits: four times as
# fast as testing first.)
_SCORELINE = re.compile(r"\d(?<![\d.,:/-]\d)\d{0,2} ?[-–] ?\d{1,3}(?![\d-]|[.,]\d)")
# Words next to such numbers that make them a span of days or a range of amounts ("7-11
# April", "March 10-24", "Sept. 3-5", "3-4 days", "10-15%"), not a result: a month as
# dates in figures write it (MONTH, capitalised, whole or cut).
_RANGE_BEFORE = re.compile(rf"\b{MONTH}\s*\Z")


@cache
def range_after() -> re.Pattern[str]:
    """A month or one of words.toml's [classify] range_units right after the numbers."""
    units = alternation(words()["range_units"])
    # A capitalised modifier may stand between ("100-120 UK troops").
    modifier = r"(?:[A-Z][\w.-]*\s+){0,2}"
    return re.compile(rf"\s*(?:%|{MONTH}\b|{modifier}(?i:{units})\b)")


def scoreline_at(text: str) -> int:
    """Where a result in numbers ("11-9") starts in `text`, or -1."""
    if "-" not in text and "–" not in text:
        return -1
    for found in _SCORELINE.finditer(text):
        before = text[max(0, found.start() - 12) : found.start()]
        if not _RANGE_BEFORE.search(before) and not range_after().match(text, found.end()):
            return found.start()
    return -1


# A lead that opens in an earlier year (a retrospective, an anniversary piece: see
# brief.extract.figures.retrospective and brief.stories.texts' Text.retold), read here
# so the stories stage may ask it as the classifier asks the scoreline.

# One opening adverbial before the lead's main clause: "Five years ago", "on a grey
# morning in March 2027", "In March 2027", "During the winter of 2027".
_AGO = re.compile(r"(?:[A-Z][a-z]+|\d+|[Aa]|[Tt]wo|[Tt]hree) (?:years?|decades?) ago\Z")
_ADVERBIAL = re.compile(r"(?i:in|on|during|at|one|early|late|that|by)\b[^,;:.\"“”]{0,60}\Z")
_YEAR_IN = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Oo]f)\s+(?P<when>(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:{'|'.join(name for name in calendar.month_name if name)}"
    r"|spring|summer|autumn|winter)\s+)?(?P<year>(?:19|20)\d{2}))\Z"
)
_NOT_SIMPLE_PAST = frozenset(
    {"has", "have", "is", "are", "am", "will", "shall", "now", "still", "since", "says",
     "hopes", "remains", "can", "may"}
)  # fmt: skip
# A verb in the present's -s form before its object: "employs 600 people", "runs a
# clinic" (a plural noun before a determiner or a number is rare in a clause).
_PRESENT = re.compile(r"\b[a-z]{2,}[^\Wsu]s (?:a|an|the|its|their|his|her|no|\d)\b")
_WORD = re.compile(r"[A-Za-z]+")


def earlier_year(lead: str, year: int) -> int | None:
    """The earlier year a report of `year` opens in, where its lead's opening adverbials
    give it and its main clause is told in the simple past ("On a clear winter morning in
    January 1995, scientists sent a rocket up ..." in 2030: 1995); else None. A
    retrospective or an anniversary piece tells that year's event, not the news of its
    own day (see brief.stories.apart.own_days.of_an_earlier_year; a retrospective's later
    sentences: brief.extract.figures.retrospective)."""
    when = opened_in(lead, year)
    return None if when is None else int(when[-4:])


def opened_in(lead: str, year: int) -> str | None:
    """The earlier time a lead's opening adverbials give ("March 2027"), where its main
    clause after them is told in the simple past; None for any other lead."""
    parts = lead.split(", ")
    when = None
    for k, part in enumerate(parts[:-1]):
        if k > 2 or not (_AGO.match(part) or _ADVERBIAL.match(part)):
            return None
        found = _YEAR_IN.search(part)
        if found is not None:
            if int(found["year"]) >= year:
                return None
            when = found["when"]
            rest = ", ".join(parts[k + 1 :])
            return when if simple_past(rest) else None
    return when


class AnchoredTime(NamedTuple):
    """A time a sentence opens with that is measured from one the text told before ("A
    year later", "The next day"): its span ("a year", "the day") and which way it points
    from that time ("after" or "before")."""

    span: str
    direction: str


def anchored_time(text: str) -> AnchoredTime | None:
    """The time `text` opens with where it is a span measured from an earlier sentence's
    time and names none of its own: a duration with an offset that takes no anchor after
    it ("A year later, ...", "Two days earlier, ...", "Years on, ...", "A week after,
    ..."; words.toml's [values.anchorless_offsets]), or a unit of time made the next or
    previous one ("The next day, ...", "The following year ..."; [values.sequence_words]).
    Alone, such a sentence tells no time: its anchor is the sentence before's. Not "a year
    later than planned", whose anchor is its own, nor "Two days after the vote", nor "Five
    years ago", measured from now."""
    found = _anchored().match(text)
    if found is None:
        return None
    if _OWN_TIME_AFTER.match(text, found.end()):
        return None  # "A year later, in October 2019, ...": the time is given after it
    offsets, sequence = _anchor_words()
    if found["offset"]:
        offset = found["offset"].lower()
        if offset in ("after", "before") and not _NOTHING_AFTER.match(text, found.end()):
            return None  # "Two days after the vote": its anchor follows
        span = found["span"]
        if not found["quantity"] and not span.lower().endswith("s"):
            return None  # "Day later" is no English time; "Years later" is
        return AnchoredTime(span[:1].lower() + span[1:], offsets[offset])
    unit = (found["unit"] or found["unit_after"]).lower()
    if found["sequence"]:
        return AnchoredTime(f"the {unit}", sequence[found["sequence"].lower()])
    return AnchoredTime(f"the {unit}", found["bare"].lower())


# A time of its own right after it, a year in digits: "A year later, in October 2019,".
_OWN_TIME_AFTER = re.compile(r",?\s+(?:in|on|during|by)\s+[^,;:.]{0,24}?\b(?:1[89]|20)\d{2}\b")
# Nothing after a bare "after" or "before" but the clause's end or a comma.
_NOTHING_AFTER = re.compile(r"\s*(?:[,;:.!?)]|\Z)")


@cache
def _anchor_words() -> tuple[dict[str, str], dict[str, str]]:
    """words.toml's [values.anchorless_offsets] and [values.sequence_words]."""
    ways = ("after", "before")
    return word_codes("anchorless_offsets", ways), word_codes("sequence_words", ways)


@cache
def _anchored() -> re.Pattern[str]:
    """The openings anchored_time reads (its groups: `span`, its `quantity` and `offset`;
    or the `unit` with a `sequence` word before it or a `bare` "after" or "before")."""
    offsets, sequence = _anchor_words()
    units = alternation(words()["durations"])
    numbers = alternation(word_values("number_words"))
    quantity = rf"(?:an?|one|\d+|{numbers}|a\s+few|few|several|some|many|a\s+couple\s+of)"
    return re.compile(
        # (not after a quotation mark: a speaker's "Three weeks on" is theirs, from a
        # time their words may give)
        r"[\s(\[—–-]*"
        rf"(?:(?P<span>(?:(?P<quantity>{quantity})\s+)?(?:{units}))\s+"
        rf"(?P<offset>{alternation(offsets)})(?![\w'’-])(?!\s+than\b)"
        rf"|the\s+(?:(?P<sequence>{alternation(sequence)})\s+(?P<unit>{units})"
        rf"|(?P<unit_after>{units})\s+(?P<bare>after|before)(?=\s*[,;:]))(?![\w'’-]))",
        re.IGNORECASE,
    )


def simple_past(clause: str) -> bool:
    """Told in the simple past or the past perfect: a verb of the past ("freed", "had
    spent", "was freed") and no present, perfect or future."""
    found = [w.lower() for w in _WORD.findall(clause)]
    if any(w in _NOT_SIMPLE_PAST for w in found) or _PRESENT.search(clause):
        return False
    return any(w in ("was", "were", "had") or past_form(w) for w in found)
