"""Counts a sentence gives as an earlier report's, not as its story's count now.

A report that revises its story's counts often says what they were: "Initial reports on
Thursday had spoken of four foreigners kidnapped and two soldiers killed" after "three
soldiers were killed"; "On Thursday evening, the union had reported at least 40 tankers
burned and three drivers killed" after "five drivers". English marks such a count by the
past perfect of the verb that reported it (a report before the report's own time:
"had reported", "had spoken of", "had been estimated at"), or by a word that makes the
report an earlier one ("initial reports", "an earlier toll of 12", "officials initially
said"). Such a count is `superseded`, and no figure at all: the key figures are a list
without the words that marked it, which had shown it as the story's count, ranked above
the current one (r43 H2). Left out rather than put last, because it is no longer true: a
count of history is true of its time and goes last (Figure.past), but the list has no
place to say "earlier", and a stale count is worse than a missing one. Not a count in
another's words, whose past perfect is their present perfect ("the ministry said it had
recorded 40 cases"), nor one given as of a time ("by Friday the ministry had confirmed 45
deaths", "so far"), nor a report that speaks now ("Initial reports say 12 died").

A count told as a report of a day before the page's ("Yesterday, the ship's manager said
two crew were killed" in a live blog whose toll is three; "..., the army said on
Thursday" in a Friday's report) is that day's count, which may still be the latest:
`told_earlier` finds it, and the scanner puts it after the others (Figure.past) only where
its article tells a count of the same casualties, as high or higher, without an earlier
day's words.

A count that says which earlier count it corrects ("Seven crew were kidnapped, not six
as the manager first said") is a `Correction`: `corrections` finds them, `counts_of` and
`counted_nouns` read what a sentence counts, for the pipeline's checks and the key
figures alike.

Apart from tense, which reads when a figure's event was, because these read the report
around a count: its verb, its noun, whose words it is in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from brief.extract.figures.alone import figures_alone
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import DATE_PATTERN, YEAR_RE, day_before
from brief.extract.figures.number_reading import value_of
from brief.extract.lexicon import (
    CONTRAST_NOT,
    alternation,
    joined,
    month_names,
    number_words,
    weekday_names,
    words,
)
from brief.models import Sentence
from brief.prefilter import may_hold

# What ends the stretch of words a report governs: another clause's opening, a contrast,
# a new time ("but the toll has since risen to five", "; now 64"); not "since" a month,
# a weekday or a year, a preposition of the count's own clause ("three of the five aid
# workers held since January were freed, not four as ...").
_SINCE_A_TIME = alternation({*month_names(), *weekday_names()})
_BREAK = re.compile(
    r"[;:]|\.\s|\b(?i:but|while|whereas|although|though|yet|now|however|until"
    rf"|since(?!\s+(?:\d|(?:{_SINCE_A_TIME})\b)))\b"
)
_REACH = 150  # characters between a report's words and its count
# A count given as of a time: "by Friday the ministry had confirmed 45 deaths", "had so
# far reported", "to date".
_AS_OF = re.compile(
    r"\b(?i:by (?:late |early |mid-?)?(?:\w+day|then|noon|midday|midnight|nightfall|dawn|"
    r"\d|the (?:end|time|evening|morning|afternoon|weekend|close))|so far|to date|as of)\b"
)


@cache
def report_verb() -> re.Pattern[str]:
    """A verb of report that governs what follows it (words.toml's attribution_verbs and
    report_verbs), or "according to"; not the forms that are as often plural nouns
    ("Initial reports on Thursday had spoken of", "Gulf states")."""
    verbs = joined("attribution_verbs", "report_verbs") - _NOUN_FORMS | {"according to"}
    return re.compile(rf"\b(?i:{alternation(verbs)})\b")


_NOUN_FORMS = frozenset({"reports", "states"})


@cache
def _earlier_verb() -> re.Pattern[str]:
    """The past perfect of a verb of report ("had reported", "had earlier said", "had been
    estimated at", "had put the death toll at"), or one an adverb makes an earlier
    report's ("initially said", "first put the toll at"). Its group `adverb` is the
    adverb's, when that is what makes it earlier."""
    w = words()
    participles = alternation(w["count_report_participles"])
    adverbs = alternation(w["earlier_report_adverbs"])
    # "had put the death toll at 12", "had earlier lowered the toll of 10 to 8" (not "had
    # been set at critical": a level, no count)
    toll = (
        rf"(?:{alternation(w['count_putting_verbs'])})"
        r" the (?:death )?(?:toll|number|figure|count)"
    )
    # a time between the adverb and the verb: "had earlier on Wednesday lowered"
    when = r"(?:(?:on|late on|early on) \w+ |in the \w+ |yesterday |today )?"
    return re.compile(
        rf"\bhad (?:(?:{adverbs}) {when})?(?:been )?(?:(?:{adverbs}) )?(?:{participles}|{toll})\b"
        rf"|\b(?P<adverb>{adverbs}) (?:been )?(?:{participles}|{toll}|gave|spoke)\b",
        re.IGNORECASE,
    )


@cache
def _earlier_noun() -> re.Pattern[str]:
    """A report of a count an adjective makes an earlier one ("an earlier official toll",
    "previous casualty figures"), or the first one ("initial reports"; the group
    `preliminary`)."""
    w = words()
    earlier = alternation(w["earlier_report_adjectives"])
    preliminary = alternation(w["preliminary_report_adjectives"])
    nouns = alternation(w["report_nouns"])
    return re.compile(
        rf"\b(?i:{earlier}|(?P<preliminary>{preliminary}))(?: [a-z]+){{0,2}} (?i:{nouns})\b"
    )


# What tells an earlier report's noun in the past, between it and its count: a past verb,
# or its own "of" ("an earlier toll of 12"); not the present ("Previous estimates have put
# the damage at", "suggest"), which says what they say now.
_PAST_TOLD = re.compile(r"\b(?:had|was|were|said|spoke|gave|[a-z]{3,}ed)\b|\A (?:\w+ )?of\b")
_PRESENT_TOLD = re.compile(r"\b(?:have|has|say|says|show|shows|suggest|suggests|is|are)\b")
# What revises a first report's count after it: "Initial reports said 12 died, but
# officials later put the toll at 20", "a first estimate of 300, since raised".
_REVISED_AFTER = re.compile(
    r"\b(?:later|since|now|subsequently|revised|raised|lowered|updated|corrected|rose|risen"
    r"|climbed)\b",
    re.IGNORECASE,
)


@cache
def _markers() -> tuple[str, ...]:
    """The words that may tell an earlier report: "had", the adverbs and adjectives, and
    the "not" of a count set aside (`set_aside`)."""
    w = words()
    adjectives = w["earlier_report_adjectives"] | w["preliminary_report_adjectives"]
    return tuple(sorted({"had", "not "} | w["earlier_report_adverbs"] | adjectives))


def may_tell_earlier(text: str) -> bool:
    """Whether a sentence may hold a word that makes one of its counts an earlier
    report's (a substring test, in C): asked once a sentence, so that most are spared
    `superseded`'s reading."""
    return may_hold(text, _markers())


def superseded(text: str, figure: FoundFigure) -> bool:
    """Whether the sentence gives the count as an earlier report's (see the module's
    docstring): a report verb in the past perfect, or one an adverb or its noun's
    adjective makes an earlier one, governs it, before it or in a tag after it ("Two
    soldiers were killed, security sources had said", "..., according to earlier
    reports")."""
    if figure.kind == "date":
        return False
    start = max(0, figure.start - _REACH)
    number = _number_at(figure)
    if set_aside(text, number, figure.end):
        return True  # ", not 61.2 billion euros as stated on Monday": said wrong
    verb = _last(_earlier_verb(), text, start, number)
    if verb is not None and _governs(text, verb.end(), number, own_verbs=0):
        if verb.group("adverb"):
            return True  # "officials initially said", in anyone's words
        if not _in_others_words(text, verb.start()) and not _as_of(text, verb.start()):
            return True
    noun = _last(_earlier_noun(), text, start, number)
    if noun is not None and _governs(text, noun.end(), number, own_verbs=1):
        between = text[noun.end() : number]
        if _PRESENT_TOLD.search(between) or not _PAST_TOLD.search(between):
            return False
        return not noun.group("preliminary") or _REVISED_AFTER.search(text, figure.end) is not None
    if _revising().search(text, max(0, number - 40), number) is not None:
        return True  # "revising the 71.2 percent it had given": the count set aside
    return _tag_after(text, figure.end)


def set_aside(text: str, number: int, end: int) -> bool:
    """Whether the sentence sets the count at `number` (ending at `end`) aside as an
    earlier report's that was wrong: a contrast's "not" right before it and "as" or "like"
    and a verb of report right after it ("stood at 59.8 billion euros, not 61.2 billion
    euros as stated on Monday", "seven crew, not six as the manager first said"). The
    count the sentence corrects is no figure of its own: it says it is not so, which a
    list without its words would not say (r75 F1 had printed both amounts as key
    figures). Not a count the "not" only contrasts, with no report after it ("not 40
    percent but 60 percent"), nor one compared with a forecast ("not 3 percent as
    expected"), a verb of report alone making it a report's."""
    if _SET_ASIDE_BEFORE.search(text, max(0, number - 16), number) is None:
        return False
    after = _AS_AFTER.match(text, end)
    if after is None:
        return False
    stop = _BREAK.search(text, after.end(), after.end() + _AS_REACH)
    limit = stop.start() if stop else min(len(text), after.end() + _AS_REACH)
    return report_verb().search(text, after.end(), limit) is not None


_SET_ASIDE_BEFORE = re.compile(rf"{CONTRAST_NOT}\Z")
# "as" or "like" right after the count set aside, and how far its verb of report may be
# ("as stated on Monday", "as the ship's manager had first said").
_AS_AFTER = re.compile(r",?\s+(?i:as|like)\b")
_AS_REACH = 40


@dataclass(frozen=True)
class SetAside:
    """An amount a sentence sets aside as an earlier report's that was wrong (`set_aside`):
    its words as written ("61.2 billion euros") and the words its clause tells the amount
    it is set against by ("Foreign exchange reserves stood at", lowercased)."""

    source: int
    written: str
    measured: str


def set_aside_amounts(sentence: Sentence) -> list[SetAside]:
    """The amounts the sentence sets aside ("Foreign exchange reserves stood at 59.8
    billion euros at the end of May, not 61.2 billion euros as stated on Monday"), of a
    clause that opens with what it measures: the key figures drop another report's same
    amount of the same thing (key_choice._set_aside)."""
    text = sentence.text
    if "not " not in text:
        return []
    found = []
    for m in _AMOUNT_SET_ASIDE.finditer(text):
        if not set_aside(text, m.start("amount"), m.end("amount")):
            continue
        breaks = list(_BREAK.finditer(text, 0, m.start()))
        begin = breaks[-1].end() if breaks else 0
        first = re.compile(r"\d").search(text, begin, m.start())
        if first is None:
            continue
        measured = text[begin : first.start()].strip().lower()
        found.append(SetAside(sentence.source, m.group("amount"), measured))
    return found


# A contrast's "not", an amount (its number, then up to three words) and "as" or "like".
_AMOUNT_SET_ASIDE = re.compile(
    rf"{CONTRAST_NOT}(?P<amount>(?:[$€£]\s?)?\d[\d,.]*(?:\s+[^\s,;]+){{0,3}}?)(?=,?\s+(?i:as|like)\b)"
)


@cache
def _revising() -> re.Pattern[str]:
    """A verb whose object is a count it sets aside ("revising the 71.2 percent",
    "correcting its earlier 29"), right before the count's number: a determiner between
    them, as an object a count is set aside for has ("revised 40 forecasts" revises
    forecasts; "revised the toll to 19" gives the new count after "to")."""
    verbs = alternation(words()["revising_verbs"])
    return re.compile(
        rf"\b(?i:{verbs})\s+(?:the|its|their|his|her|an?)\s+(?:(?:earlier|previous|first|"
        r"initial|original)\s+)?(?:(?:figure|count|toll|estimate|number)\s+of\s+)?\Z"
    )


def told_as_preliminary(text: str) -> bool:
    """Whether the sentence gives its counts as a first report's, in the present ("...,
    according to an early count", "Initial reports say 12 died", "preliminary figures
    show"): still the news alone, but a count a higher one of its story has passed
    (pipeline.superseded.preliminary_counts). Not one that goes on to revise it ("Initial
    reports said 12 died, but officials later put the toll at 20"), whose first count is
    `superseded` and whose second is current."""
    if not may_tell_earlier(text):
        return False
    found = [m for m in _earlier_noun().finditer(text) if m.group("preliminary")]
    return bool(found) and _REVISED_AFTER.search(text, found[-1].end()) is None


def _number_at(figure: FoundFigure) -> int:
    """Where a figure's number is in its sentence. A toll's figure starts at its noun
    ("death toll at 15"), which the earlier report's own words may end with ("had earlier
    put the death toll at 15", "an earlier toll of 12"): those words are read up to the
    number, not to the figure's start, though never past it, where the count's own verb
    is ("15 people had been reported missing")."""
    found = _number().search(figure.text)
    return figure.start + (found.start() if found else 0)


@cache
def _number() -> re.Pattern[str]:
    """A number's start: a digit or a number's word."""
    return re.compile(rf"\d|\b(?i:{alternation(number_words())})\b")


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of `pattern` in text[start:end], the nearest to what follows."""
    found = list(pattern.finditer(text, start, end))
    return found[-1] if found else None


def _governs(text: str, start: int, end: int, own_verbs: int) -> bool:
    """Whether the report ending at `start` governs the count at `end`: no break between
    them, and no other verb of report than its own (`own_verbs`) to take the count."""
    if _BREAK.search(text, start, end) is not None:
        return False
    return len(report_verb().findall(text, start, end)) <= own_verbs


def _in_others_words(text: str, at: int) -> bool:
    """Whether a verb of report (or "according to") comes before `at` in its clause: "the
    ministry said it had recorded 40 cases" is its "we have recorded 40 cases"."""
    breaks = list(_BREAK.finditer(text, 0, at))
    return report_verb().search(text, breaks[-1].end() if breaks else 0, at) is not None


def _as_of(text: str, at: int) -> bool:
    """Whether the clause of the report at `at` gives its count as of a time ("By Friday
    the ministry had confirmed 45 deaths")."""
    breaks = list(_BREAK.finditer(text, 0, at))
    begin = breaks[-1].end() if breaks else 0
    end = _BREAK.search(text, at)
    return _AS_OF.search(text, begin, end.start() if end else len(text)) is not None


_TAG_REACH = 80
# A comma and a conjunction that opens a clause of cause or time, or a participle that
# opens the main clause's subject's own (", saying one victim had been counted twice",
# ", adding that ..."): no tag of report, which has a subject of its own.
_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?i:after|before|as|when|because|once|if|unless|whereas|since|until|[a-z]{2,}ing)\b"
)


def _tag_after(text: str, end: int) -> bool:
    """A tag after the count that tells it as an earlier report's: ", security sources had
    said", ", initial reports said", "according to earlier reports"; not a clause a
    conjunction opens after the comma, which tells a cause or a time ("revised the toll
    to 12, after two victims had been counted twice": r48 M2 had lost the current 12), or
    a participle, which tells the subject's own reason ("revised the toll down to 14,
    saying one victim had been counted twice": r58 lost the current 14)."""
    rest = text[end : end + _TAG_REACH]
    stop = _BREAK.search(rest)
    rest = rest[: stop.start() if stop else len(rest)]
    if "," not in rest and "according" not in rest:
        return False
    if _CLAUSE_AFTER_COMMA.match(rest[rest.find(",") :]) and "according" not in rest:
        return False
    if _corrected().match(rest[rest.find(",") :]):
        return False  # ", not 12 as it had first reported": the tag is the 12's
    verb = _earlier_verb().search(rest)
    if verb is not None and _THAN.search(rest, 0, verb.start()) is not None:
        return False  # ", one more than the navy had reported": the navy's is the base
    noun = _earlier_noun().search(rest)
    return (verb is not None and not verb.group("adverb")) or (
        noun is not None
        and not noun.group("preliminary")
        and report_verb().search(rest) is not None
    )


_THAN = re.compile(r"\bthan\b", re.IGNORECASE)


def revised_from(text: str, figure_text: str, value: float) -> float | None:
    """The count an earlier report gave that the sentence says its count revises, where
    it says so after it: "Seven crew members were kidnapped ..., its owner said, one more
    than the navy had reported" (six), "two fewer than police had said", "nine were
    injured, not 12 as it had first reported" (12). None where it says no such thing.
    The earlier report's count is no longer the story's (pipeline's and key_choice's
    readers drop it where another report of the story gives it: r62 F2 had kept the
    navy's six as the key figure, the owner's seven unlisted)."""
    at = text.find(figure_text)
    if at < 0:
        return None
    rest = text[at + len(figure_text) : at + len(figure_text) + _REVISION_REACH]
    stop = _BREAK.search(rest)
    rest = rest[: stop.start() if stop else len(rest)]
    found = _revision().search(rest)
    if found is None or report_verb().search(rest, found.end()) is None:
        return None
    if found.group("earlier"):
        return value_of(found.group("earlier"))  # ", not 12 as ...": the count itself
    number = value_of(found.group("number"))
    if number is None:
        return None
    return value - number if found.group("way").lower() == "more" else value + number


_REVISION_REACH = 160  # "..., its owner said on Tuesday, one more than the navy had reported"


@cache
def _revision() -> re.Pattern[str]:
    """ "one more than", "two fewer than", or a correction's ", not 12 as" before the
    earlier report's words."""
    numbers = alternation(number_words())
    number = rf"\d[\d,.]*|(?i:{numbers})"
    return re.compile(
        rf"(?<![\w,.])(?P<number>{number}) (?P<way>(?i:more|fewer|less)) than\b"
        rf"|,\s+(?:and |but )?not (?P<earlier>{number}) (?i:as|like)\b"
    )


@cache
def _corrected() -> re.Pattern[str]:
    """A comma and the count a correction sets aside (", not 12", ", and not twelve"):
    what follows it is told of that count ("nine people were injured, not 12 as it had
    first reported"), not of the one before the comma, which is the report's own."""
    numbers = alternation(number_words())
    return re.compile(rf",\s+(?:and |but )?not (?:\d|(?i:{numbers})\b)")


@cache
def _yesterday() -> re.Pattern[str]:
    """A day before the page's, in words."""
    return re.compile(day_before())


def told_earlier(
    text: str, figure: FoundFigure, dates: Sequence[FoundFigure], published: str | None
) -> bool:
    """Whether the count is told as a report of a day before the page's: the report's
    verb holds "yesterday" or an earlier day ("Yesterday, the ship's manager said two crew
    were killed", "..., the army said on Thursday" in a Friday's report), not the count's
    own event ("Gunmen killed 12 people yesterday")."""
    days = [(m.start(), m.end()) for m in _yesterday().finditer(text)]
    if published and len(published) >= 10:
        days += [
            (d.start, d.end)
            for d in dates
            if d.kind == "date" and d.date and len(d.date) == 10 and d.date < published[:10]
        ]
    for day_start, day_end in days:
        if day_end <= figure.start:
            between = text[day_end : figure.start]
            if _BREAK.search(between) is None and (
                report_verb().search(between) or _said_right_before(text, day_start)
            ):
                return True
        elif day_start >= figure.end and _tag().fullmatch(text, figure.end, day_start):
            return True  # "Two crew were killed, the manager said on Thursday."
    return False


@cache
def _tag() -> re.Pattern[str]:
    """A tag after a count, up to its day: the rest of the count's clause, a comma, a
    subject of a few words and its verb of report ("..., the manager said", ", security
    sources told reporters"); not another clause ("..., and 100 accidents were reported
    by late last night")."""
    return re.compile(
        r"[^,;:]*,\s+(?!(?:and|but|while|as|after|before|when)\b)(?:[\w'’.-]+\s+){0,6}?"
        rf"{report_verb().pattern}[^,;:.]{{0,{_SAID_REACH}}}"
    )


_SAID_REACH = 30  # "said in a statement on", "told reporters late"


def _said_right_before(text: str, at: int) -> bool:
    """A verb of report a few words before the day at `at` ("said on Thursday", "told
    reporters yesterday"): the day is its saying's."""
    return report_verb().search(text, max(0, at - _SAID_REACH), at) is not None


def tells_only_revised_counts(text: str) -> bool:
    """Does the sentence give counts, each one as an earlier report's revised since
    ("Initial reports had spoken of 12 dead on Sunday night.")? Its news is a count that
    is no longer true: no bullet (r44: one of a cyclone story's five bullets, above the
    UN's higher toll). The key figures leave such a count out
    (`superseded`, asked here of each number the
    sentence writes, whatever the number counts); a sentence that gives a current count
    beside it ("..., but the toll has since risen to 20") is still news, and so is a
    count in another's words ("the ministry said it had recorded 40 cases")."""
    if not may_tell_earlier(text):
        return False
    counts = [
        FoundFigure(m.start(), m.end(), m.group(), "count", None, None, None)
        for m in _counted_numbers(text)
    ]
    return bool(counts) and all(superseded(text, count) for count in counts)


def _counted_numbers(text: str) -> list[re.Match[str]]:
    """The numbers a sentence writes that may count something: in digits or in words
    ("12", "1,200", "twelve"), not a date's or a year ("on 29 November 2026", "in
    2019"), a clock's ("at 23:00"), a duration or a share ("16 minutes before the
    crash", "39 percent"), nor one of a group ("one of its investors")."""
    dated = [m.span() for m in DATE_PATTERN.finditer(text)]
    no_count_after = words()["no_count_after"]
    found = []
    for m in _NUMBER_WORD.finditer(text):
        word = m.group()
        if word[:1].isdigit():
            if YEAR_RE.fullmatch(word) or any(a <= m.start() < b for a, b in dated):
                continue
        elif word.lower() not in number_words():
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after is not None and after.group(1).lower() in no_count_after:
            continue
        found.append(m)
    return found


_NUMBER_WORD = re.compile(r"(?<![\w:.,])\d[\d,.]*\d(?![\w:])|(?<![\w:.,])\d(?![\w:])|[A-Za-z]+")
_NEXT_WORD = re.compile(r"[\s-]*(%|[A-Za-z]+)")


# What a count counts, for telling an earlier day's count of it: the dead, the hurt and the
# missing each one class however a sentence words them; any other unit is its own.
COUNTED_AS = {
    "dead": "dead", "killed": "dead", "died": "dead", "deaths": "dead", "death": "dead",
    "injured": "hurt", "wounded": "hurt", "hurt": "hurt", "injuries": "hurt",
    "missing": "missing",
}  # fmt: skip


@dataclass(frozen=True)
class Correction:
    """A report's count that says which earlier count it corrects: "Seven crew members
    were kidnapped, not six as the ship's manager first said" (earlier 6, value 7, of
    "crew" and "members"), "one more than the navy had reported"."""

    source: int
    nouns: frozenset[str]
    earlier: float
    value: float

    def corrects(self, counts: Mapping[float, frozenset[str]], source: int | None) -> bool:
        """Whether another report's counts (`counts_of`) give the earlier count, of a
        noun in common, and not the corrected one."""
        return (
            source != self.source
            and bool(counts.get(self.earlier, frozenset()) & self.nouns)
            and not counts.get(self.value, frozenset()) & self.nouns
        )


def corrections(sentences: Sequence[Sentence]) -> list[Correction]:
    """The counts these sentences give as corrections of an earlier report's
    (`earlier_counts.revised_from`)."""
    found = []
    for sentence in sentences:
        if not _MAY_CORRECT.search(sentence.text):
            continue
        for figure in figures_alone(sentence):
            if figure.kind != "count" or not figure.unit or figure.value is None or figure.past:
                continue
            earlier = revised_from(sentence.text, figure.text, figure.value)
            if earlier is not None and earlier != figure.value:
                nouns = counted_nouns(figure.text, figure.unit)
                found.append(Correction(sentence.source, nouns, earlier, figure.value))
    return found


# The words of a correction (a cheap test before a sentence's figures are read): ", not
# six as", "one more than", "two fewer than" (earlier_counts._revision).
_MAY_CORRECT = re.compile(r"\b(?:more|fewer|less) than\b|,\s+(?:and |but )?not ", re.IGNORECASE)


def counts_of(sentence: Sentence) -> dict[float, frozenset[str]]:
    """The sentence's current counts: each number, with the nouns it counts
    (`counted_nouns`)."""
    found: dict[float, frozenset[str]] = {}
    for f in figures_alone(sentence):
        if f.kind == "count" and f.unit and f.value is not None and not f.past:
            found[f.value] = found.get(f.value, frozenset()) | counted_nouns(f.text, f.unit)
    return found


def counted_nouns(text: str, unit: str) -> frozenset[str]:
    """What a count counts: its unit, and the words between its number and the unit
    ("crew" and "members" of "Seven crew members were kidnapped"), so that a headline's
    "six crew" is the count of a report's "six crew members". The dead, the hurt and the
    missing by their class, whatever the verb ("kill 30", "30 people died")."""
    nouns = {COUNTED_AS.get(unit.lower(), unit.lower())}
    tokens = _WORDS.findall(text.lower())
    if unit.lower() in tokens:
        at = len(tokens) - 1 - tokens[::-1].index(unit.lower())
        while at > 0 and not _is_number(tokens[at - 1]):
            at -= 1
            nouns.add(tokens[at])
        if at == 0:  # no number before the unit: its words are none of the count's
            nouns = {COUNTED_AS.get(unit.lower(), unit.lower())}
    return frozenset(nouns)


_WORDS = re.compile(r"[\w'’-]+")


def _is_number(token: str) -> bool:
    return token[:1].isdigit() or token in number_words()
