"""The figures of each sentence: the patterns in priority order, and the figures of
many sentences weighed against one another (`find_figures`).

Patterns run in priority order over each sentence (money, percentages, dates, "-strong"
forces, measures, counts, bare years), and a character span one took is not reused by
the next, so "February 10-20" is one date, not a date and a count. What a pattern found
the other modules complete: a qualifier or a range widens it (ranges), a count ends
where the noun phrase after its number ends (counted), a rate, a sign in words and a
currency follow. A figure found in several sentences is cited by the first that dates
an event by it (dated_events.is_event_date), else by its first; one in brackets after
another of its kind ("75 kilometers (50 miles)") is the same, written twice. A count
its sentence gives as revised since is none (earlier_counts.superseded), so a later
sentence's same words are cited, and so is one that describes what stands (a population,
a threshold, a list's length: standing); one told as an earlier day's report is put after
today's where its article tells the same casualties again (`_told_again_since`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache, partial

from brief.extract.actors.word_knowledge import common_word, given_name
from brief.extract.figures.befell import verb_opening
from brief.extract.figures.complements import (
    with_complements,
    with_duration_verbs,
    with_penalty_nouns,
    without_bare_others,
)
from brief.extract.figures.conditional import in_condition, negated_object
from brief.extract.figures.counted import (
    changed_subject,
    counted_figure,
    degree_of,
    restated_subject,
    share_of,
    share_part,
    unit_name,
    unit_reading,
)
from brief.extract.figures.currencies import (
    US_CONVERSION,
    bare_dollar,
    bare_dollar_currency,
    lettered,
    longest_signs,
    named_before,
    other_dollar_codes,
)
from brief.extract.figures.dated_events.event_dates import is_event_date
from brief.extract.figures.earlier_counts import (
    may_tell_earlier,
    report_verb,
    superseded,
    told_earlier,
)
from brief.extract.figures.fields import field_figure
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.hearsay import (
    answers_denial,
    disclaimed_sentences,
    disclaims,
    disputed,
    hearsay,
    may_hedge,
    rival_values,
)
from brief.extract.figures.notation import (
    DATE_PATTERN,
    DIGIT,
    MONTH_STARTS,
    WORD_RE,
    YEAR_PATTERN,
    in_name,
    iso,
    number_values,
)
from brief.extract.figures.number_phrases import noun_phrase_end
from brief.extract.figures.number_reading import NUMBER, SCALE_WORD, scale_words, value_of
from brief.extract.figures.policy_rates import rate_start
from brief.extract.figures.ranges import (
    RANGE_LOW,
    descending,
    figure_bound,
    qualified_start,
    range_end,
    range_start,
    with_sign,
)
from brief.extract.figures.rates import with_rate
from brief.extract.figures.retrospective import retrospective_years
from brief.extract.figures.right_figure import right_figure
from brief.extract.figures.sayers import claimed_by_no_one, sayer
from brief.extract.figures.scene import locates, sets_the_scene
from brief.extract.figures.scope import names_the_dead
from brief.extract.figures.standing import standing
from brief.extract.figures.tense import (
    before_the_news,
    change_base,
    clause_tense,
    dated_by,
    earlier_dates,
    earlier_weeks,
    earlier_years,
    over_years_to_now,
    recalls_an_earlier_event,
)
from brief.extract.figures.tolls import one_dead
from brief.extract.figures.weekdays import weekday_dates
from brief.extract.lexicon import (
    PhraseMatcher,
    alternation,
    gazetteer,
    number_words,
    shared_starts,
    weekday_names,
    words,
)
from brief.ingest.layout.shapes import is_labelled_field
from brief.models import Figure, Mention, Sentence
from brief.prefilter import has_odd_case, may_hold


@cache
def _patterns(spelled: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """All patterns in priority order. The "unit" pattern's units are words.toml's
    [figures] glued_units ("64km", "300-mile line"): a unit glued or hyphenated to its
    number comes after "-strong" forces and before counts.

    Without `spelled` the count pattern is of digits only, for a sentence none of whose
    words is a number word (see _may_spell_a_number), where its number words cannot
    match: trying them at each word cost more than the rest of the pattern (at 25,000
    sentences, 0.16 s against 0.07 s over the sentences with a digit)."""
    values = number_values()
    units = alternation(words()["glued_units"])
    signs = alternation(values.signs)  # "NZ$" before "$"
    number = rf"(?:{RANGE_LOW})?(?:{NUMBER})"
    digit = r"(?=\d)"  # a number in digits starts with one: see YEAR_PATTERN
    if spelled:
        digit = ""
        words_ = shared_starts(values.numbers)
        number = (
            rf"{values.plural_phrase.pattern}(?= of )|{number}|(?i:{words_})"
            rf"|(?i:{alternation(values.vague)})(?= {SCALE_WORD.pattern})"
        )
    return (
        (
            "money",
            re.compile(
                rf"(?<![A-Za-z])(?:{signs}) ?(?:{NUMBER})(?: ?[-–] ?(?:{signs})?(?:{NUMBER}))?"
                rf"{scale_words()}"
                rf"|(?:{RANGE_LOW})?(?:{NUMBER}){scale_words()}"
                rf" (?:{'|'.join(values.currency_words)})\b"
            ),
        ),
        (
            "lettered",  # "Rs 5 crore", "N1.5bn", "KES 300 million": see currencies.lettered
            re.compile(
                rf"(?P<code>{alternation([*values.currency_letters, *values.iso_codes])})"
                rf" ?(?:{NUMBER})(?: ?[-–] ?(?:{NUMBER}))?(?P<scale>{scale_words()})"
            ),
        ),
        ("percent", re.compile(rf"(?:{RANGE_LOW})?(?:{NUMBER}) ?(?:%|percent\b|per cent\b)")),
        ("date", DATE_PATTERN),
        ("strong", re.compile(rf"(?:{NUMBER}){scale_words()}-strong [a-z]+")),
        (
            "leading",  # "magnitude 6.2", "magnitude-7.1": a unit before its number
            re.compile(
                rf"(?i:(?P<lead>{alternation(words()['leading_units'])}))[ -](?:{NUMBER})"
                r"(?![\w%-]|[.,:/]\d)"
            ),
        ),
        (
            "trade",  # "1.62 million bpd", "700,000 b/d", "450 MW": see _trade_measure
            re.compile(
                rf"(?=\d)(?<![\w.,:/-])(?:{RANGE_LOW})?(?:{NUMBER}){scale_words()}[ -]?"
                rf"(?P<trade>(?i:{alternation(words()['trade_units'])}))(?![\w/-])"
            ),
        ),
        (
            "unit",
            re.compile(
                rf"(?=\d)(?<![\w.,:/-])(?:{NUMBER})(?:(?P<glued>{units})|-(?P<hyphen>{units}))\b"
            ),
        ),
        (
            "count",
            re.compile(
                rf"{digit}(?<![\w.,-])(?<!\d[:/])(?:{number}){scale_words()}(?![\w%-]|[.,:/]\d)"
            ),
        ),
        ("year", YEAR_PATTERN),
    )


@cache
def _words_only() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns a sentence without a digit can match: spelled-out counts."""
    return tuple((kind, pattern) for kind, pattern in _patterns(True) if kind == "count")


# Every pattern but a spelled-out count needs a digit (`\d`); some need a sign or a word
# as well. A sentence without them is not matched against those patterns at all.
@cache
def _needs() -> dict[str, tuple[str, ...]]:
    values = number_values()
    return {
        "money": (*values.signs, *values.currency_words),
        "percent": ("%", "percent", "per cent"),
        "strong": ("-strong ",),
        "date": (*MONTH_STARTS, "-", "–"),
        "year": ("18", "19", "20"),  # YEAR's first two digits
    }


def find_figures(
    sentences: Sequence[Sentence],
    published: Mapping[int, str] | None = None,
    outlet_dollars: Mapping[int, str] | None = None,
) -> tuple[Figure, ...]:
    """`published` maps a source to its publication date (ISO, or a year), when the page
    gave one: what dates a "February 9" (see notation.iso); `outlet_dollars`, a source
    to its outlet's dollar (currencies.outlet_dollar), where its outlet tells one.

    A bare "$" is no currency the text settles by itself: outlets write their own dollar
    so (The Straits Times' "$100,000" is Singapore's, RNZ's "$45m" New Zealand's), wires
    the US one. It is its outlet's dollar where the outlet's country is known; else an
    article that writes one other dollar explicitly ("NZ$45 million",
    "12 billion Guyanese dollars", "A$68m") means that one by its bare "$"; in any other
    its bare "$" sums have no currency (see currencies.bare_dollar_currency)."""
    dates = published or {}
    out: list[Figure] = []
    seen: dict[str, tuple[int, bool]] = {}  # figure text -> (place in `out`, dates an event)
    bare: list[int] = []  # places in `out` of sums with a bare "$"
    dollars: dict[int, set[str]] = {}  # each source's other dollars, written explicitly
    hurt: list[tuple[int, bool]] = []  # places in `out` of tolls, each told as of an earlier day
    revising: list[int] = []  # places in `out` of tolls their sayer "now" gives
    # the sentences whose next one says their figure is unchecked ("No official has
    # confirmed the figure."): their counts are hearsay
    # ("I could not independently confirm the morgue count.": the count the morgue gave,
    # a sentence or two before)
    disclaimed: set[tuple[int, int]] = set()
    texts: dict[int, dict[int, str]] = {}
    for s in sentences:
        texts.setdefault(s.source, {})[s.index] = s.text
    paragraphs = {(s.source, s.index): s.paragraph for s in sentences}
    for s in sentences:
        if disclaims(s.text):
            back = disclaimed_sentences(s.text, s.index, texts[s.source])
            disclaimed.update((s.source, index) for index in back)
        if may_hedge(s.text) and answers_denial(s.text):
            # "The Greek denial does not change the facts. Our radar ... for 22 seconds":
            # the claim the other side denies, restated in its paragraph
            disclaimed.add((s.source, s.index))
            if paragraphs.get((s.source, s.index + 1)) == s.paragraph:
                disclaimed.add((s.source, s.index + 1))
    # what a sentence says one side disputes: (its source, what is counted, a value) of the
    # count and of the rival count the sentence sets against it
    contested: set[tuple[int, str, float]] = set()
    # what a disputed count counts, its value and the names in whose claim it is: the same
    # claimant's count in another report is the same claim, in doubt there too
    claims: set[tuple[str, float, str, str]] = set()
    news_year = _news_year(dates)
    # the sentences of a retrospective that tell the earlier year its lead opens in
    retold = retrospective_years(
        sentences, {n: dates.get(n) or news_year or "" for n in {s.source for s in sentences}}
    )
    # the places in `out` of fields' figures, and the other sentences' figures (by source,
    # kind, value and unit) a field's may be told again by
    boxed: list[int] = []
    told: set[tuple[int, str, float | None, str | None]] = set()
    for s in sentences:
        before = None
        day = dates.get(s.source)
        scanned = list(_scanned(s.text, day))
        # (a notice's field, "Structures destroyed: 52 (44 homes, 8 outbuildings)": one
        # figure, shown whole, its label saying what it counts; see fields)
        shown = None
        if ": " in s.text and DIGIT.search(s.text) and is_labelled_field(s.text):
            fielded = field_figure(s.text, scanned, partial(_scanned, published=day))
            if fielded is not None:
                scanned, shown = [fielded.figure], fielded.shown
        if may_hold(s.text, _RIGHT_FIGURE_HINTS):
            # "The correct figure for 3 June was 34", after the count it corrects
            restated = _restated_count(texts[s.source].get(s.index - 1), day)
            right = right_figure(s.text, restated)
            if right is not None and not any(
                f.kind != "date" and f.start < right.end and right.end <= f.end for f in scanned
            ):
                scanned = sorted([*scanned, right], key=lambda f: f.start)
        if not any(f.unit in _CASUALTY_CLASS for f in scanned) and (
            (dead := one_dead(s.text)) is not None
        ):
            # "A farmer ... has died": one dead with no numeral; not where the sentence
            # counts its casualties ("A soldier died ..., taking the toll to three")
            scanned = sorted([*scanned, dead], key=lambda f: f.start)
        revisable = bool(scanned) and may_tell_earlier(s.text)
        unchecked = (s.source, s.index) in disclaimed
        hedged = bool(scanned) and not unchecked and may_hedge(s.text)
        earlier = (
            [*earlier_dates(scanned, day or news_year), *earlier_years(s.text)] if scanned else []
        )
        for f in scanned:
            if f.kind == "money" and f.unit in other_dollar_codes():
                dollars.setdefault(s.source, set()).add(f.unit)
        for f in scanned:
            converted = before is not None and _conversion(s.text, before, f)
            before = f
            if converted:
                continue  # "75 kilometers (50 miles)": one distance, written twice
            if f.kind != "date" and in_condition(s.text, f):
                continue  # "would close if winds exceeded 90 km/h": a threshold, no fact
            if f.kind in _NEGATABLE and negated_object(s.text, f):
                continue  # "cannot generate an area of 40,000 square kilometres": not so
            if f.kind != "date" and locates(s.text, f.start, f.end, f.unit):
                continue  # "latitude 14 degrees North": a position, as a place name is
            if standing(s.text, f):
                continue  # "a border town of 60,000 people": what stands, no fact of the news
            if _time_frame(s.text, f):
                continue  # "about 20 times in the past two years": the count's frame
            if f.kind == "count" and names_the_dead(s.text, f.start, f.end):
                continue  # "The dead were two police officers and a civilian": a part
            if f.kind == "count" and _quoted_vague(s.text, f):
                continue  # 'peaceful until "a few dozen provocateurs" arrived': a phrase
            if revisable and f.kind != "date" and superseded(s.text, f):
                continue  # "the union had reported ... three drivers killed": revised since
            if f.kind != "date" and claimed_by_no_one(s.text, f):
                continue  # "saying her party's own tally gave her 54 percent": whose?
            if f.kind != "date" and (unchecked or (hedged and hearsay(s.text, f))):
                if hedged and f.kind == "count" and f.value is not None and disputed(s.text, f):
                    # "..., a toll the government disputes; the agency still gives 74"
                    counted = counted_kind(f.unit)
                    rivals = {f.value, *rival_values(s.text, f)}
                    contested.update((s.source, counted, v) for v in rivals)
                    claims.update((counted, f.value, *who) for who in _claimant_names(s.text, f))
                continue  # "Unverified posts claimed that as many as 200 ...": hearsay
            # a date is each source's own: "on Monday" in two reports may be two events
            # and so is a bare "$" sum, whose currency is its article's
            own = f.kind == "date" or (f.unit == "USD" and bare_dollar(s.text, f))
            key = f"{s.source}:{f.text.lower()}" if own else f.text.lower()
            known = seen.get(key)
            if known is not None and (known[1] or f.date is None):
                continue  # its first sentence stands (or an event's does): nothing to read
            event = f.date is not None and is_event_date(s.text, f.start, f.end)
            at = Mention(s.source, s.index)
            # "treated about 40 people" reads as "about 40 people" does
            opened = f.text[verb_opening(f.text) :]
            bound = figure_bound(opened, f.kind, f.value, f.unit)
            toll = f.kind == "count" and f.unit in _CASUALTY_CLASS
            past = f.kind != "date" and (
                (bool(earlier) and dated_by(s.text, f, earlier, spans=toll))
                or (toll and over_years_to_now(s.text, f))
                or before_the_news(s.text, f)
                or recalls_an_earlier_event(s.text, f, day)
                # "rose to 1.2% ..., from 1.0% on Tuesday": where the rise started, the
                # earlier value, however its base is dated
                or change_base(s.text, f, scanned)
                # "quoted at 0.25 percent of hull value last week": an earlier week's level
                or (
                    (f.kind == "percent" or f.per is not None)
                    and dated_by(s.text, f, earlier_weeks(s.text))
                )
            )
            worded = shown or f.text
            then = retold.get((s.source, s.index)) if f.kind != "date" else None
            if then is not None and not past and f.date is None:
                # "freed two Belarusians, in March 2027": the retrospective's year, shown
                past, worded = True, f"{worded}, {then}"
            figure = Figure(
                worded,
                f.kind,
                f.value,
                f.unit,
                at,
                f.date,
                bound,
                past,
                f.per,
                sayer(s.text, f),
                range_end(opened, f.kind),
            )
            if known is None:
                if shown is not None:
                    boxed.append(len(out))
                else:
                    told.add((s.source, *_measured(f)))
                seen[key] = (len(out), event)
                if f.unit == "USD" and bare_dollar(s.text, f):
                    bare.append(len(out))
                if f.kind == "count" and f.unit in _CASUALTY_CLASS:
                    hurt.append((len(out), told_earlier(s.text, f, scanned, day)))
                    if figure.sayer and _says_now(s.text, figure.sayer):
                        revising.append(len(out))
                out.append(figure)
            elif event:
                # "since 2022" first, "invaded in 2022" later: cite the event's sentence
                out[known[0]] = figure
                seen[key] = (known[0], True)
    for n in bare:
        source = out[n].sentence.source
        outlets = (outlet_dollars or {}).get(source)
        out[n] = replace(out[n], unit=bare_dollar_currency(dollars.get(source), outlets))
    recalled = _told_again_since(out, hurt)
    for n in recalled:
        out[n] = replace(out[n], past=True)
    for n in _recalled_by_another(out, recalled, dates):
        out[n] = replace(out[n], past=True)
    contested |= _set_against(out, contested)
    revised = _revised_by_sayer(out, revising, dates)
    # a field its report's prose tells again ("Containment: 22%" over "containment rose
    # to 22%"): one fact, and the sentence's fuller words are kept, as a sitrep's are
    # (key_choice.repeated)
    revised |= {n for n in boxed if _told_in_prose(out[n], told)}
    return tuple(
        f
        for k, f in enumerate(out)
        if k not in revised and not _contested(f, contested) and not _claimed_again(f, claims)
    )


# The kinds of figure a negated verb's object is no fact of (conditional.negated_object).
_NEGATABLE = frozenset({"measure", "money", "percent"})


def _restated_count(text: str | None, day: str | None) -> FoundFigure | None:
    """The first count of the sentence before one that names a right figure
    (right_figure): the count it corrects, whose noun it counts."""
    if not text or not may_hold(text, _RESTATING_HINTS):
        return None
    return next((f for f in _scanned(text, day) if f.kind == "count" and f.unit), None)


# The words that may name a right figure (right_figure), a cheap test before it is read.
_RIGHT_FIGURE_HINTS = ("correct", "right ", "accurate", "actual", "true ")
# The words of a writer's restating of its own earlier count ("we said", "was previously
# given as", "as first published"), a cheap test before its figures are read again.
_RESTATING_HINTS = (" we ", "we said", "our ", "previously", "first ", "earlier", "original")


def _measured(figure: FoundFigure | Figure) -> tuple[str, float | None, str | None]:
    """What a figure measures and how much: its kind, value and unit."""
    return figure.kind, figure.value, figure.unit


def _told_in_prose(
    field: Figure, told: Collection[tuple[int, str, float | None, str | None]]
) -> bool:
    """Whether a field's figure is one a sentence of its report gives (`told`: each
    sentence's figures by source, kind, value and unit): the same kind and number, of
    the same unit or of a noun the field names ("Structures destroyed: 3 (outbuildings)"
    and "destroyed three outbuildings")."""
    named = field.text.lower()
    return any(
        source == field.sentence.source
        and kind == field.kind
        and value == field.value
        and (
            unit == field.unit or (unit is not None and re.search(rf"\b{re.escape(unit)}\b", named))
        )
        for source, kind, value, unit in told
    )


_CASUALTY_NAMES = {"dead": "dead", "hurt": "injured"}  # the unit a toll's kind is named by


def named_unit(figure: Figure) -> str | None:
    """A figure's unit as a reader groups by it: a toll's one name however its sentence
    words it ("the death toll rose to 27", "27 people had died", "27 deaths" are all
    `dead`; "wounded" and "hurt" are `injured`), as docs/json.md promises a count's unit
    (r68 F12: one toll had come out under three units). The figure keeps its own word,
    which the steps after the scan read in its text ("died" of "27 people had died")."""
    if figure.kind != "count":
        return figure.unit
    return _CASUALTY_NAMES.get(counted_kind(figure.unit), figure.unit)


_NOW = re.compile(r"\s+now\s+[a-z]+s\b")


def _says_now(text: str, who: str) -> bool:
    """Whether the sentence gives a sayer's count as its count now ("The Red Cross now
    says three people were killed and 41 injured"): a revision of its own earlier count."""
    found = re.search(re.escape(who), text, re.IGNORECASE)
    return found is not None and _NOW.match(text, found.end()) is not None


def _revised_by_sayer(
    figures: Sequence[Figure], revising: Collection[int], dates: Mapping[int, str]
) -> frozenset[int]:
    """The places of the casualty counts a sayer gave that it "now" gives otherwise, in
    another sentence of the brief not dated after it (a live page may have no date): "The
    Red Cross said it had treated 37 injured people" beside "The Red Cross now says ... 41
    injured" (r67 F7). "Now"
    says its count replaced the one it gave before; the two side by side would read as
    two counts. The same sayer by its words, a name among them, and the same casualties."""
    found: set[int] = set()
    for k in revising:
        new = figures[k]
        who = (new.sayer or "").lower()
        if not any(_a_name(word) for word in (new.sayer or "").split()):
            continue  # "officials now say": no one sayer to tie two counts
        day = dates.get(new.sentence.source, "")
        kind = counted_kind(new.unit)
        found.update(
            j
            for j, old in enumerate(figures)
            if j not in revising
            and old.kind == "count"
            and (old.sayer or "").lower() == who
            and counted_kind(old.unit) == kind
            and old.value != new.value
            and old.sentence != new.sentence
            and not (day and dates.get(old.sentence.source, "") > day)
        )
    return frozenset(found)


def _set_against(
    figures: Sequence[Figure], contested: Collection[tuple[int, str, float]]
) -> set[tuple[int, str, float]]:
    """The rival counts a sentence sets against a disputed count where it tells it again
    ("Two people were killed ..., the police said, while the opposition said nine had been
    killed" in a report whose later sentence says the nine are disputed, r67 F7): a count
    of the same casualties in that sentence, of another value and another sayer, is the
    other side of the dispute, as the rival in the disputing sentence itself is."""
    by_sentence: dict[Mention, list[Figure]] = {}
    for figure in figures:
        if figure.kind == "count" and figure.value is not None:
            by_sentence.setdefault(figure.sentence, []).append(figure)
    rivals: set[tuple[int, str, float]] = set()
    for told in by_sentence.values():
        for figure in told:
            if not _contested(figure, contested):
                continue
            kind = counted_kind(figure.unit)
            rivals.update(
                (other.sentence.source, kind, other.value)
                for other in told
                if other.value is not None
                and other.value != figure.value
                and counted_kind(other.unit) == kind
                and other.sayer != figure.sayer
            )
    return rivals


def disputed_counts(sentences: Sequence[Sentence]) -> frozenset[tuple[int, str, float]]:
    """Each count a sentence says another side disputes (", a count the union disputes"),
    and each rival count that sentence sets against it: its source, what it counts
    (`counted_kind`) and its value, as find_figures reads them. The brief's stories tie
    reports of one event together, which find_figures does not know: the same count of
    the same thing in another report of the disputed count's story is the same side of
    the dispute (compose.briefing), however that report words it, with or without a
    sayer ("Since 9 May, 88 workers have been dismissed" in the board's own transcript)."""
    found: set[tuple[int, str, float]] = set()
    for s, f, value in _disputed_in(sentences):
        counted = counted_kind(f.unit)
        found.update((s.source, counted, v) for v in {value, *rival_values(s.text, f)})
    return frozenset(found)


def disputed_claims(sentences: Sequence[Sentence]) -> frozenset[tuple[str, float, str]]:
    """Each count a sentence says another side disputes, with what it counts
    (`counted_kind`), its value and its claimant's head noun (`_head`: "union" of "The union
    said it now counted 52 idle cranes, a figure the port authority disputed"): the same
    count of the same thing a body of that head gives in its own release, whatever story
    the brief tells it in, is the same claim (compose.briefing: r77 F4, the union's
    release had printed "52 of 58 quay cranes" bare beside the wire's dispute)."""
    found: set[tuple[str, float, str]] = set()
    for s, f, value in _disputed_in(sentences):
        if who := sayer(s.text, f) or _reporting_subject(s.text, f.start):
            found.add((counted_kind(f.unit), value, _head(who.split())))
    return frozenset(found)


def _disputed_in(
    sentences: Sequence[Sentence],
) -> Iterator[tuple[Sentence, FoundFigure, float]]:
    """Each count a sentence gives as hearsay that another side disputes, with its
    sentence and value: what `disputed_counts` and `disputed_claims` read, one by its
    report, the other by its claimant."""
    for s in sentences:
        if not may_hedge(s.text):
            continue
        for f in _scanned(s.text, None):
            if f.kind != "count" or f.value is None:
                continue
            if hearsay(s.text, f) and disputed(s.text, f):
                yield s, f, f.value


def _reporting_subject(text: str, start: int) -> str | None:
    """The subject of the verb of report that opens the sentence before a count ("The
    union said it now counted 52 ...": "The union"), where `sayer` reads none: a few
    words, the sentence's first, right before the verb."""
    verb = report_verb().search(text, 0, start)
    if verb is None:
        return None
    subject = text[: verb.start()].split()
    return " ".join(subject) if 0 < len(subject) <= _SUBJECT_WORDS else None


_SUBJECT_WORDS = 5


def _claimant_names(text: str, figure: FoundFigure) -> frozenset[tuple[str, str]]:
    """Each capitalised word of whoever gives a count, with the sayer's last word, its
    head (sayers.sayer: "Tiraspol" and "administration" of "The separatist administration
    in Tiraspol"), which name its claimant in another report."""
    who = (sayer(text, figure) or "").split()
    named = [word for word in who if _a_name(word)]
    # and each name alone, the body it names: "the UFD" gives the claim of "UFD
    # secretary-general Issa Coulibaly" in another report (r67 F7)
    return frozenset((word, _head(who)) for word in named) | frozenset(
        (word, word.lower()) for word in named
    )


def _head(who: list[str]) -> str:
    """The head noun of a sayer: its last word before an "in" or "of" ("administration"
    of "The separatist administration in Tiraspol"), in lower case."""
    for k, word in enumerate(who):
        if word.lower() in {"in", "of", "for"} and k:
            return who[k - 1].lower()
    return who[-1].lower() if who else ""


def _a_name(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and word.lower() not in words()["determiners"]


def _claimed_again(figure: Figure, claims: Collection[tuple[str, float, str, str]]) -> bool:
    """Whether a count is a claim a report of the brief says another side disputes, given
    again by the same claimant in another report: "The separatist administration in
    Tiraspol said only one person had died, a toll the ministry disputes" in one, "The
    Tiraspol administration still says only one person was killed" in the next day's (r66
    F8). The same count of the same casualties by a sayer with a name in common is the
    same claim, as much in doubt; a list of bare figures cannot say "disputed". A sayer
    named by common nouns alone ("the ministry", "officials") ties no two reports, nor do
    two sayers of one place's name and two heads ("the Tiraspol fire service")."""
    if figure.kind != "count" or figure.value is None or not figure.sayer:
        return False
    counted = counted_kind(figure.unit)
    who = figure.sayer.split()
    head = _head(who)
    return any((counted, figure.value, word, head) in claims for word in who if _a_name(word))


def _quoted_vague(text: str, figure: FoundFigure) -> bool:
    """Whether a vague count ("a few dozen", "hundreds of") is a phrase quoted inside the
    reporter's sentence: a speaker's own words for those they blame or praise ('had been
    peaceful until "a few dozen provocateurs" arrived', r66 F16), which give no number a
    list can show as counted. Not a quotation of a whole clause ('"Dozens of people were
    injured and are being treated at three hospitals," said Fauzi'), a speaker's report
    of a toll, nor a number in quotation marks, which someone still gives."""
    if not figure.text.lower().startswith(number_values().vague_starts):
        return False
    for opening, closing in (("\u201c", "\u201d"), ('"', '"')):
        begin = text.rfind(opening, 0, figure.start)
        end = text.find(closing, figure.end)
        if begin <= 0 or end < 0 or closing in text[begin + 1 : figure.start]:
            continue
        if len(text[begin + 1 : end].split()) <= _QUOTED_PHRASE:
            return True
    return False


_QUOTED_PHRASE = 6  # words: a quoted noun phrase, a speaker's label, not their clause


def _contested(figure: Figure, contested: Collection[tuple[int, str, float]]) -> bool:
    """Whether a count is one a report of the brief says is disputed, or the rival count
    set against it there (r59 S1-2): "OCHA said at least 131 people had died, a toll the
    government disputes; the agency still gives 74" puts in doubt the sitrep's "at least
    131 deaths" and the agency's "74 deaths" too. A list of bare figures cannot say
    "disputed", so neither side is one, as the disputed count itself is none (hearsay);
    the sentences, which say who gives which, are the brief's bullets.

    Only in the disputed count's own report: which other report tells the same event is
    not known here, and the same number of another event ("killed 40 people" in another
    country) is no rival count (review of r59)."""
    told = disputable_count(figure)
    return told is not None and (figure.sentence.source, *told) in contested


def disputable_count(figure: Figure) -> tuple[str, float] | None:
    """What a figure counts (`counted_kind`) and how many, as a dispute's count is matched:
    a count's own, or the part a share of a whole gives ("52 of 58 quay cranes" is 52
    cranes, counted.share_part), since a report that calls the count disputed may word it
    "52 idle cranes" (r77 F4: the share had stood bare beside the dispute). None for any
    other figure."""
    if figure.kind == "count" and figure.value is not None:
        return counted_kind(figure.unit), figure.value
    if figure.kind == "percent" and (part := share_part(figure.text)) is not None:
        return counted_kind(part[1]), part[0]
    return None


def counted_kind(unit: str | None) -> str:
    """What a count counts, its casualties by kind ("dead" of "killed", "died", "deaths";
    "hurt"; "missing") and any other by its unit ("displaced", "tents")."""
    low = (unit or "").lower()
    if low in THE_DEAD or low in words()["death_nouns"]:
        return "dead"
    if low in words()["hurt_words"]:
        return "hurt"
    return low


def _time_frame(text: str, figure: FoundFigure) -> bool:
    """Whether a measure of time is the frame a clause counts or compares in ("had made
    the same trip about 20 times in the past two years", "In the past 24 hours, 40
    people were killed", "have risen 12 percent over the last three months"): it counts
    nothing itself (r74 F21: "two years" had been a key figure of a detention). Not a
    duration a clause tells ("detained for the past two years", "a two-year sentence")."""
    if figure.kind != "measure" or figure.unit not in _TIME_UNITS:
        return False
    return _FRAME_BEFORE.search(text, 0, figure.start) is not None


_TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})
_FRAME_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ww]ithin)\s+the\s+(?:past|last|previous)\s+\Z"
)


def _news_year(dates: Mapping[int, str]) -> str | None:
    """The year of the brief's latest dated report: what an undated report's "in 2005"
    is earlier than. A report of the brief's day says what happened that day, so a year
    before the day's is history (a toll of "a quake near Zarand in 2005") whether or
    not its own page gave a date; its "February 9" stays of no year (notation.iso)."""
    years = [day[:4] for day in dates.values() if day[:4].isdigit()]
    return max(years) if years else None


# The words that tell a count as a part of the one before it ("87 suspected cases,
# including three deaths"), which the whole's figure keeps with it (_with_wholes).
PART_WORDS = ("including ", "among them ", "among whom ", "of whom ", "of them ")
_PART_BEFORE = re.compile(rf"\b(?:{'|'.join(word.strip() for word in PART_WORDS)}) \Z", re.I)


# The casualties a toll counts, by its unit: the dead, the hurt, the missing.
_CASUALTY_CLASS = {
    "dead": "dead", "killed": "dead", "died": "dead", "martyred": "dead", "drowned": "dead",
    "perished": "dead",
    "injured": "hurt", "wounded": "hurt", "hurt": "hurt", "missing": "missing",
}  # fmt: skip


def _told_again_since(out: Sequence[Figure], hurt: Sequence[tuple[int, bool]]) -> list[int]:
    """The places of the tolls told as an earlier day's report (earlier_counts.told_earlier:
    "Yesterday, the ship's manager said two crew were killed") whose article tells a count
    of the same casualties without such words ("bringing the death toll to three"): that
    day's count, since told again. Those go after today's figures (Figure.past); one no
    later count of its article revises stays where it is, since a next day's report may
    give the latest count as the day before's. A count of the dead or the hurt only grows,
    so it is revised by one as high or higher (not by an older clash's smaller toll the
    article recalls); the missing fall as they are found ("three were missing", then "two
    crew still missing")."""
    now: dict[tuple[int, str], float] = {}  # (source, casualties) -> the highest told now
    for n, earlier in hurt:
        figure = out[n]
        if not earlier and not figure.past and figure.value is not None:
            key = (figure.sentence.source, _CASUALTY_CLASS[figure.unit or ""])
            now[key] = max(now.get(key, figure.value), figure.value)
    found = []
    for n, earlier in hurt:
        figure = out[n]
        kind = _CASUALTY_CLASS[figure.unit or ""]
        told = now.get((figure.sentence.source, kind))
        if not earlier or figure.value is None or told is None:
            continue
        if kind == "missing" or told >= figure.value:
            found.append(n)
    return found


def _recalled_by_another(
    out: Sequence[Figure], recalled: Sequence[int], dates: Mapping[int, str]
) -> list[int]:
    """The places of the tolls another report gives as news that a report of that day or
    a later one tells as an earlier day's, told again higher since (`_told_again_since`):
    "Four Ecuadorian soldiers were killed" in a copy of yesterday's wire dated today,
    where today's report says "Yesterday, the army said four soldiers were killed" and
    that the toll "has risen to seven". The other report calls it earlier, so it is (a
    day's brief had shown the four beside the seven, r58). The same count of the same
    casualties of the same people: the recalled count's words ("soldiers were killed")
    are all in the other's ("Four Ecuadorian soldiers were killed"). The sentence that
    gives it gives that earlier report, so its other casualty counts are that report's
    too ("... were killed and six were wounded")."""
    found = []
    for n in recalled:
        told = out[n]
        source = told.sentence.source
        kind = _CASUALTY_CLASS[told.unit or ""]
        said = _words_of(told.text)
        for k, figure in enumerate(out):
            other = figure.sentence.source
            if (
                other != source
                and not figure.past
                and figure.kind == "count"
                and figure.value == told.value
                and _CASUALTY_CLASS.get(figure.unit or "") == kind
                and dates.get(other, "")[:10] <= dates.get(source, "")[:10]
                and said <= _words_of(figure.text)
            ):
                found.append(k)
    copies = {out[k].sentence for k in found}
    return [
        k
        for k, figure in enumerate(out)
        if figure.sentence in copies and figure.unit in _CASUALTY_CLASS and not figure.past
    ]


def _words_of(text: str) -> frozenset[str]:
    """A count's words but its number, lower-cased: what it says of whom and what befell."""
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower()) if w not in number_words())


# The units of a toll of the dead: "killed", "died" ...
THE_DEAD = frozenset(unit for unit, kind in _CASUALTY_CLASS.items() if kind == "dead")


def lede_toll(text: str) -> float | None:
    """The count of all the dead a lede gives as its news ("killed at least 27 people",
    "the death toll rose to 74", "30 dead"): its event's toll as that report had it, to
    tell an earlier report's count from a later one's. Only the first toll, and only
    before any subordinate clause but one of the same time ("as", "while"), which gives
    the background ("... has offered to send
    observers after a clash killed six soldiers" reports an offer; a lede may recall an
    older clash's toll after its own). None for a count of some of them ("Eight Tajik
    border guards were killed"): a part, not an earlier total. A part told before the
    total is what raised it ("Two protesters wounded in Friday's clashes died overnight,
    bringing the number of people killed ... to six" gives six)."""
    background = _subordinator().search(text)
    for toll in _scanned(text, None):
        if background is not None and toll.start > background.start():
            break
        if toll.kind != "count" or toll.unit not in THE_DEAD:
            continue
        said = re.findall(r"[a-z]+", toll.text.lower())
        if (
            words()["everyone_nouns"].intersection(said)
            or (len(said) <= 4 and said[-1] in THE_DEAD)
            or toll.text.lower().startswith(tuple(words()["tolls"]))  # "number of deaths ..."
        ):
            return toll.value
    return None


@cache
def _subordinator() -> re.Pattern[str]:
    """The subordinators that open a clause of background: all but those of the same time
    ("..., as the death toll rose to 71" is the report's own count)."""
    background = words()["subordinators"] - words()["same_time_subordinators"]
    return re.compile(rf"\b(?:{alternation(background)})\b", re.I)


_OPENS_BRACKET = re.compile(r"\s*[(;]\s*")  # "(£722m; $1.3bn)": each a conversion
_CLOSES_BRACKET = re.compile(r"\s*[);]")  # "(€2m of it in Europe)" is another sum


def _conversion(text: str, before: FoundFigure, figure: FoundFigure) -> bool:
    """A measure or a sum given again in another unit, in brackets right after it: "75
    kilometers (50 miles)", "$5 million (£3.2 million)", "9.5bn kronor (£722m; $1.3bn)"."""
    return (
        figure.kind == before.kind
        and figure.kind in {"measure", "money"}
        and figure.unit != before.unit
        and _OPENS_BRACKET.fullmatch(text, before.end, figure.start) is not None
        and _CLOSES_BRACKET.match(text, figure.end) is not None
    )


def read_ahead(sentences: Sequence[Sentence], published: Mapping[int, str]) -> None:
    """Read the sentences for figures before `find_figures` asks for them, while this
    process would wait (the pipeline's, for the duplicates): reading a sentence is most of
    finding its figures, and its result is kept (`_scanned`)."""
    for s in sentences:
        _scanned(s.text, published.get(s.source))


# A sentence's figures before the ones of earlier sentences are weighed: kept for the
# sentences `read_ahead` read, and a brief's, while it is built (25,000 sentences).
@lru_cache(maxsize=32_768)
def _scanned(text: str, published: str | None) -> tuple[FoundFigure, ...]:
    return tuple(_scan(text, published))


def _scan(text: str, published: str | None) -> list[FoundFigure]:
    """The sentence's figures, in order (a list, not a generator: most sentences have
    none, and a generator was made and resumed for each of them all the same)."""
    found: list[FoundFigure] = []
    # Cheap rejection first: only a spelled-out count ("eight years") needs no digit.
    spelled = _may_spell_a_number(text)
    patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()
    if DIGIT.search(text):
        patterns = _patterns(spelled)
    elif spelled and may_hold(text, _spelled()[1]):  # the cheaper first
        patterns = _words_only()
    weekdays = weekday_dates(text, published)
    if not patterns and not weekdays:
        return found
    # Characters a figure already holds: a flag per character, so that testing a match
    # costs its length, not the number of figures found before it.
    taken = bytearray(len(text))
    needs_of = _needs()
    for kind, pattern in patterns:
        needs = needs_of.get(kind)
        if needs is not None and not any(map(text.__contains__, needs)):  # stays in C
            continue
        for m in pattern.finditer(text):
            if taken.find(1, m.start(), m.end()) >= 0:
                continue
            f = _figure(kind, text, m, published)
            if f is None:
                continue
            if taken.find(1, f.start, f.end) >= 0:
                # "between £5m and £6m": a range's lower bound found alone first is its part
                found = [g for g in found if not (f.start <= g.start and g.end <= f.end)]
            taken[f.start : f.end] = b"\x01" * (f.end - f.start)
            found.append(f)
    # a weekday written with its day of the month ("on Sunday, 29 November") is that day:
    # the day of the month is the date, whatever the weekday would make it. One apart from
    # it is another day ("raised its threat level on Friday, after the attack on the
    # night of 2 December"), and the timeline chooses between them (dated_events)
    days = [f for f in found if f.kind == "date" and f.date and f.date.count("-") == 2]
    found += (
        f
        for f in weekdays
        if taken.find(1, f.start, f.end) < 0 and not any(_written_with(text, f, d) for d in days)
    )
    rated = sorted((with_sign(text, with_rate(text, f)) for f in found), key=lambda f: f.start)
    # a conversion a rate took in ("(115 miles)" of "185 kilometers (115 miles) per hour")
    kept = [g for g in rated if not any(f.start < g.start and g.end <= f.end for f in rated)]
    kept = _with_wholes(text, without_bare_others(with_complements(text, kept)))
    kept = with_duration_verbs(text, kept)
    kept = _with_other_side(text, kept)
    if not any(f.kind == "money" for f in kept):
        return kept
    return with_penalty_nouns(text, named_before(text, kept))


def _measured_noun(text: str, start: int, end: int) -> tuple[int, int]:
    """A leading unit's measure (text[start:end]: "magnitude 5.7") with what it measures
    where the text names it (words.toml's leading_unit_nouns) right after it ("a magnitude
    5.7 earthquake") or before its "of" ("an aftershock of magnitude 4.6"); as it was
    where it names none ("The strongest, of magnitude 4.6, struck": render.view prints it
    only where a brief has no other figure)."""
    nouns = words()["leading_unit_nouns"]
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in nouns:
        return start, after.end()
    before = _NOUN_OF_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).lower() in nouns:
        return before.start(1), end
    return start, end


_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_NOUN_OF_BEFORE = re.compile(r"\b([A-Za-z]+),? of \Z")


@cache
def _other_side() -> re.Pattern[str]:
    """The other side of a tally after its count: "to 63" of "by 212 votes to 63",
    "against 204", "to two", "to none" (a number in digits or words, or words.toml's
    tally_nils, and, or not, the tally's noun again), not a change's end ("to 63
    percent")."""
    spelled = alternation([*number_values().numbers, *words()["tally_nils"]])
    return re.compile(
        r"\s+(?:to|against)\s+(?P<number>\d{1,3}(?:,\d{3})+|\d+|"
        rf"(?i:{spelled}))\b(?![.,]?\d|\s*%)"
        r"(?:\s+(?P<noun>[a-z]+))?"
    )


@cache
def _after_a_count() -> frozenset[str]:
    """Words after a number that are no noun it counts: a preposition, a conjunction."""
    w = words()
    return frozenset(
        w["clause_words"] | w["subordinators"] | {"in", "on", "at", "with", "for", "of"}
    )


def _with_other_side(text: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """Each tally's count with the count set against it ("212 votes to 63"): a vote's
    result is both sides, and "212 votes" alone tells neither the margin nor that there
    was a side against (r72 F18). Only a count of words.toml's tally_nouns, and only
    where the number after "to" or "against" counts the same (no noun, or one of them);
    the number is part of the figure, no figure of its own."""
    tallies = words()["tally_nouns"]
    out: list[FoundFigure] = []
    for figure in found:
        other = (
            _other_side().match(text, figure.end)
            if figure.kind == "count"
            and figure.unit in tallies
            and not text.endswith(("from ", "From "), 0, figure.start)  # a change's start
            else None
        )
        noun = other["noun"] if other is not None else None
        if noun is not None and noun not in tallies and noun not in _after_a_count():
            other = None  # "from 40 votes to 63 percent": a change, to a number of another
        if other is not None:
            end = other.end() if noun in tallies else other.end("number")
            out = [g for g in out if not (figure.end <= g.start < end)]
            found = [g for g in found if not (figure.end <= g.start < end)]
            figure = figure._replace(end=end, text=text[figure.start : end])
        elif figure.kind != "date" and any(
            f.start < figure.start and figure.end <= f.end for f in out
        ):
            continue  # the other side of a tally taken in before (not a date a whole's
            # clause gives before its part: "40 arrests on 3 June, including 12 minors")
        out.append(figure)
    return out


def _with_wholes(text: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """Each part ("including three deaths") told with its whole, the figure of its kind
    before it in its clause ("87 suspected cases, including three deaths"): one figure,
    the whole's value and unit, for a part read alone would pass for a count of its own
    ("including three deaths" had led a cyclone's figures, its 87 cases ranked out of
    sight). A part with no whole before it (", including three deaths" after a number
    that counts nothing: "has risen to 87") is no figure."""
    out: list[FoundFigure] = []
    told: tuple[FoundFigure, int | None] | None = None  # the last part, and its whole's place
    for figure in found:
        part = (
            _PART_BEFORE.search(text, max(0, figure.start - 16), figure.start)
            if figure.kind != "date"
            else None
        )
        if part is None and told is not None and _conjoined_part(text, told[0], figure):
            # "including 41 women and 19 minors": the parts' list goes on, each a part
            told = (figure, told[1])
            if told[1] is not None:
                k = told[1]
                out[k] = out[k]._replace(end=figure.end, text=text[out[k].start : figure.end])
            continue
        if figure.kind != "date":
            told = None
        if part is None and out and _deaths_of_the_sick(text, out[-1], figure):
            # "214 suspected cases and six deaths": the outbreak's deaths, with its cases
            out[-1] = out[-1]._replace(end=figure.end, text=text[out[-1].start : figure.end])
            continue
        if part is None and _deaths_of_sick_uncounted(text, figure):
            continue  # "cases have risen to 389, with 11 deaths": a part with no whole
        if part is None:
            out.append(figure)
            continue
        told = (figure, None)
        at = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind != "date"), None)
        if at is None or out[at].kind != figure.kind:
            continue
        whole = out[at]
        gap = _gap_past_dates(text, out[at + 1 :], whole.end, part.start())
        if _JOINS_PART.fullmatch(gap) is None:
            continue
        out[at] = whole._replace(end=figure.end, text=text[whole.start : figure.end])
        told = (figure, at)
    return out


# What joins a part to the one before it in a list of parts: "and", "or" or a comma (not
# ", and", which after a list of parts opens the clause's next item: "312 detentions,
# including 41 women and 19 minors, and 64 reports of ill-treatment").
_PART_THEN_PART = re.compile(r"\s+(?:and|or)\s+|,\s+(?!(?:and|or)\b)")


def _conjoined_part(text: str, part: FoundFigure, figure: FoundFigure) -> bool:
    """Whether `figure` is the next of a list of parts after `part` ("including 41 women
    and 19 minors"): a part as the first is, shown with their whole or, with none, not at
    all (a bare "19 minors" had stood beside the whole it was a part of, r76 F14)."""
    return (
        figure.kind == part.kind
        and part.end <= figure.start
        and _PART_THEN_PART.fullmatch(text, part.end, figure.start) is not None
    )


def _gap_past_dates(text: str, dates: Sequence[FoundFigure], start: int, end: int) -> str:
    """The words between a whole and its part's word, each date between them written as a
    word: a date is part of the whole's clause ("312 detentions since 9 March, including
    ..."), though its digits are no other figure's."""
    gap = text[start:end]
    for date in sorted(dates, key=lambda d: d.start, reverse=True):
        if date.kind == "date" and start <= date.start and date.end <= end:
            gap = gap[: date.start - start] + "date" + gap[date.end - start :]
    return gap


def _deaths_of_the_sick(text: str, before: FoundFigure, figure: FoundFigure) -> bool:
    """Whether a count of deaths is joined by "and", "with" or a list's comma to the count
    of the sick right before it ("214 suspected cases and six deaths", "389 cases, with 11
    deaths", "512 suspected cholera cases, 14 deaths"):
    those deaths are the outbreak's, and read alone ("six deaths") they sat under a
    flood's toll as more of its dead (r59 S2-3)."""
    w = words()
    return (
        figure.kind == "count"
        and before.kind == "count"
        and (figure.unit or "").lower() in w["death_nouns"]
        and (before.unit or "").lower() in w["sick_counts"]
        and _SICK_THEN_DEATHS.fullmatch(text, before.end, figure.start) is not None
    )


def _deaths_of_sick_uncounted(text: str, figure: FoundFigure) -> bool:
    """Whether a count of deaths follows ", with" after a number that counts nothing, in a
    clause whose subject is the sick ("Suspected cases have risen to 389, with 11
    deaths"): the outbreak's deaths, whose whole is no figure, so, as a part with no
    whole, none."""
    w = words()
    if figure.kind != "count" or (figure.unit or "").lower() not in w["death_nouns"]:
        return False
    joined = _NUMBER_WITH.search(text, max(0, figure.start - 24), figure.start)
    if joined is None:
        return False
    clause = _CLAUSE_START.split(text[: joined.start()])[-1]
    return any(word.lower() in w["sick_counts"] for word in WORD_RE.findall(clause))


# What joins a count of the sick and its deaths: "and", ", with", and an aside between
# ("561 cases, 41 of them confirmed by tests, and 15 deaths"), or a list's comma alone, as
# a sitrep's field gives them ("AFFECTED: 512 suspected cholera cases, 14 deaths").
_SICK_THEN_DEATHS = re.compile(r"(?:,[^,;:.]{1,60})?,?\s+(?:and|with)\s+|,\s+", re.I)
# A bare number, then ", with": "have risen to 389, with".
_NUMBER_WITH = re.compile(r"\d[\d,.]*,? with \Z")
_CLAUSE_START = re.compile(r"[;:]|\.\s")


# What may stand between a whole and its part's word: a comma or a bracket, after a few
# words of the whole's clause (" have been recorded since Monday, including ...").
_JOINS_PART = re.compile(r"(?:[^;:.!?()\d]{0,60}?)?\s*[,(\u2014\u2013]\s*|\s+")


# What may stand between a weekday and the day of the month written with it: "Sunday, 29
# November", "Monday 7 December", "Wednesday (2 December)", "on Sunday, the 29th", "2
# December (Wednesday)".
_WEEKDAY_THEN_DAY = re.compile(r"[\s,(]*(?:the\s+)?")
_DAY_THEN_WEEKDAY = re.compile(r"[\s,(]*")


def _written_with(text: str, weekday: FoundFigure, day: FoundFigure) -> bool:
    """Whether a weekday and a day of the month are one date written twice."""
    if weekday.end <= day.start:
        return _WEEKDAY_THEN_DAY.fullmatch(text, weekday.end, day.start) is not None
    return day.end <= weekday.start and (
        _DAY_THEN_WEEKDAY.fullmatch(text, day.end, weekday.start) is not None
    )


# A spelled-out count is a whole word ("ten", "Ten"), or one with its scale glued on
# ("tenk"): the count pattern's look-arounds allow no other letters next to it.


@cache
def _spelled() -> tuple[PhraseMatcher[str], tuple[str, ...]]:
    """The words a spelled-out count can be, as whole words, and those it can start with
    (a number word, a vague quantity's word or a plural scale)."""
    values = number_values()
    words_ = (
        frozenset(values.numbers)
        | {w + s for w in values.numbers for s in values.scales}
        | {w.split()[-1] for w in values.vague}
        | frozenset(values.plural)
    )
    return PhraseMatcher({w: w for w in words_}), (*values.numbers, *values.vague, *values.plural)


def _may_spell_a_number(text: str) -> bool:
    """Whether a word of `text` is a spelled-out number: "ten" inside "often" or "one"
    inside "someone" pass the substring test, not this one. Whole words found in one
    pass of an automaton cost a third of splitting the text into its words (0.08 s
    against 0.25 s over 25,000 sentences)."""
    if has_odd_case(text):
        return True
    return next(_spelled()[0].finditer(text.lower()), None) is not None


# A quantity is never written with a leading zero: "000 scientists" is the tail of a
# "20, 000" that a sentence split cut in two, and "007" is a name. Not a group of
# thousands ("1,050", "10 050", or "20, 000" whole, as tokenised copy spaces it).
_ZERO_LED = re.compile(r"(?<![\d.,])(?<!\d[ \u00a0\u202f])(?<!\d, )0\d|(?<=\d, )(?!000(?!\d))0\d")


def _figure(kind: str, text: str, m: re.Match[str], published: str | None) -> FoundFigure | None:
    if kind == "lettered" and not lettered(text, m):
        return None
    if kind in {"money", "lettered", "percent", "count", "trade"} and descending(m.group()):
        return None
    if kind not in {"date", "year"} and _ZERO_LED.search(text, m.start(), m.end()):
        return None
    if kind == "date":
        if _named_may(text, m):
            return None  # "the supply boat Unaiza May 4": a name, not 4 May
        date = iso(m.group(), published, clause_tense(text, m.start()) if published else None)
        return FoundFigure(m.start(), m.end(), m.group(), "date", None, None, date)
    if kind == "year":
        if in_name(text, m.start()) or _clock_time(text, m.end()):
            return None
        return FoundFigure(m.start(), m.end(), m.group(), "date", None, None, m.group())
    start = m.start()
    if kind != "strong":
        ranged = text.endswith((" to ", " or ", " and "), 0, start)
        start = qualified_start(text, range_start(text, m, kind) if ranged else start)
    raw = text[start : m.end()]
    if kind == "money":
        values = number_values()
        sign = next((sym for sym in longest_signs() if sym in raw), None)
        unit = values.signs[sign] if sign else None
        if sign == "$" and US_CONVERSION.match(text, m.end()):
            unit = None  # "$600 million (US$430 million)": a dollar that is not the US one
        unit = unit or next(
            (c for w, c in values.currency_words.items() if raw.lower().endswith(w)), None
        )
        return FoundFigure(start, m.end(), raw, "money", value_of(raw), unit, None)
    if kind == "lettered":
        code = m.group("code")
        unit = number_values().currency_letters.get(code, code)  # an ISO code is its own
        return FoundFigure(start, m.end(), raw, "money", value_of(raw), unit, None)
    if kind == "percent":
        end = share_of(text, m.end())
        if end == m.end() and (degree := degree_of(text, start, end)) != end:
            # "was 35% contained": the degree of a state, which says what it measures
            return FoundFigure(
                start, degree, text[start:degree], "percent", value_of(raw), "%", None
            )
        if end == m.end():
            subject = changed_subject(text, start)
            if subject == start:
                subject = restated_subject(text, start)
            start = subject if subject != start else rate_start(text, start)
        else:
            # what changed to a share of a whole or a level ("connectivity ... had fallen to
            # 35 percent of normal levels", r67 F18), or whose count it restates ("obtained
            # 2,315,569 votes, or 50.3 percent of the valid votes", r67 F9)
            subject = changed_subject(text, start)
            start = subject if subject != start else restated_subject(text, start)
        return FoundFigure(start, end, text[start:end], "percent", value_of(raw), "%", None)
    if kind == "strong":
        return FoundFigure(start, m.end(), raw, "count", value_of(raw), raw.split()[-1], None)
    if kind == "leading":
        unit = m.group("lead").lower()
        begin, end = _measured_noun(text, m.start(), m.end())
        return FoundFigure(begin, end, text[begin:end], "measure", value_of(raw), unit, None)
    if kind == "trade":
        return _trade_measure(text, m, start)
    if kind == "unit":
        end = m.end()
        unit = (m.group("glued") or m.group("hyphen")).lower()
        if m.group("hyphen") and unit not in words()["leading_units"]:
            end, noun = noun_phrase_end(text, end, 2)  # "300-mile line"; not "20-km and",
            # nor "6.2-magnitude earthquake struck": a magnitude measures no noun but its own
            if noun and noun[-1].lower() in words()["sized_containers"]:
                return None  # "a 50-kilogram bag of rice": a kind of bag, no amount
        elif m.group("hyphen"):
            start, end = _measured_noun(text, start, end)  # "6.2-magnitude earthquake"
        if sets_the_scene(text, start, end, unit_name(unit)):
            return None  # "40km from the border": where a place lies
        return FoundFigure(
            start, end, text[start:end], "measure", value_of(raw), unit_name(unit), None
        )
    return counted_figure(text, m, start)


def _trade_measure(text: str, m: re.Match[str], start: int) -> FoundFigure | None:
    """A number in a unit of energy or trade (words.toml's trade_units): a measure in the
    unit's name, scaled by the scale it carries ("1.1 mb/d" is 1,100,000 barrels per
    day), and per what its name says it is per. A capital "M" where only a lower-case
    one is a million (lower_case_units: "Mb/d") is a thousand as often: no figure."""
    written = m.group("trade")
    if written.lower() in words()["lower_case_units"] and not written.islower():
        return None
    value = value_of(text[start : m.start("trade")])
    if value is None:
        return None
    scale, unit = unit_reading(" ".join(written.lower().split()))
    per = unit.partition(" per ")[2] or None
    return FoundFigure(
        start, m.end(), text[start : m.end()], "measure", value * scale, unit, None, per
    )


_WORD_BEFORE = re.compile(r"(?<!\b[Ii]n )(?<!\b[Aa]t )([A-Z][a-z]+) \Z")  # not "in Ohio May 5"


def _named_may(text: str, m: re.Match[str]) -> bool:
    """ "May" after a capitalised word that is no day's, month's or sentence's opening is
    part of a name ("Unaiza May 4", "Theresa May"), not the month."""
    if not m.group().startswith("May "):
        return False
    before = _WORD_BEFORE.search(text, 0, m.start())
    if before is None or before.start() == 0:
        return False
    word = before.group(1)
    return (
        word.lower() not in weekday_names()
        and given_name(word)
        and not common_word(word)
        and word not in gazetteer()
    )


@cache
def _clock_zone() -> re.Pattern[str]:
    return re.compile(rf" ?(?:{alternation(words()['clock_zones'])})\b", re.IGNORECASE)


def _clock_time(text: str, end: int) -> bool:
    """ "1900 GMT", "2010 local time": a time of day, not a year."""
    return _clock_zone().match(text, end) is not None
