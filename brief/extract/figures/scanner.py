"""The figures of each sentence: patterns in priority order, a number's value, its
qualifier or range, what it counts, and shares.

One module because its steps work on one another's results: a span one pattern took is
not reused by the next, a qualifier or a range widens what a pattern found, and a count
ends where the noun phrase after its number ends. A figure found in several sentences is
cited by the first that dates an event by it (dated_events.is_event_date), else by its
first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from brief.extract.actors.word_knowledge import common_word, given_name
from brief.extract.figures.currencies import (
    US_CONVERSION,
    bare_dollar,
    currency_word,
    lettered,
    longest_signs,
    named_before,
    national_currency,
    other_dollar_codes,
)
from brief.extract.figures.dated_events import is_event_date
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import (
    DATE_PATTERN,
    DIGIT,
    MONTH_STARTS,
    WORD_REACH,
    YEAR_PATTERN,
    YEAR_RE,
    in_name,
    iso,
    number_values,
)
from brief.extract.figures.noun_phrases import (
    MAX_NOUN_WORDS,
    after_a_name,
    names_number,
    noun_phrase_end,
    plural,
)
from brief.extract.figures.number_reading import (
    NUMBER,
    SCALE_WORD,
    scale_words,
    value_of,
)
from brief.extract.figures.ranges import (
    RANGE_LOW,
    descending,
    figure_bound,
    qualified_start,
    range_start,
    with_sign,
)
from brief.extract.figures.rates import LEVEL_BEFORE, exchange_rate, with_rate
from brief.extract.figures.tense import clause_tense, dated_by, earlier_dates
from brief.extract.figures.tolls import (
    CASUALTY_AFTER,
    PARTITIVE_BEFORE,
    casualty_toll,
    toll_before,
)
from brief.extract.lexicon import (
    PhraseMatcher,
    alternation,
    gazetteer,
    joined,
    shared_starts,
    weekday_names,
    words,
)
from brief.models import Figure, Mention, Sentence
from brief.prefilter import has_odd_case, may_hold

# "Thousands of troops": a plural scale's count is of what follows its "of".
_OF = re.compile(r" of\b")


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
    sentences: Sequence[Sentence], published: Mapping[int, str] | None = None
) -> tuple[Figure, ...]:
    """`published` maps a source to its publication date (ISO, or a year), when the page
    gave one: what dates a "February 9" (see notation.iso).

    A bare "$" is a US dollar (wire copy writes one so), but not in an article that
    writes another dollar explicitly ("G$1.1 trillion", "12 billion Guyanese dollars",
    "A$68m"): there its "$" may be that one, and its sums have no currency."""
    dates = published or {}
    out: list[Figure] = []
    seen: dict[str, tuple[int, bool]] = {}  # figure text -> (place in `out`, dates an event)
    bare: list[int] = []  # places in `out` of sums with a bare "$"
    other_dollars: set[int] = set()  # the sources that write another dollar
    for s in sentences:
        before = None
        day = dates.get(s.source)
        scanned = list(_scanned(s.text, day))
        earlier = earlier_dates(scanned, day)
        if any(f.kind == "money" and f.unit in other_dollar_codes() for f in scanned):
            other_dollars.add(s.source)
        for f in scanned:
            converted = before is not None and _conversion(s.text, before, f)
            before = f
            if converted:
                continue  # "75 kilometers (50 miles)": one distance, written twice
            key = f.text.lower()
            known = seen.get(key)
            if known is not None and (known[1] or f.date is None):
                continue  # its first sentence stands (or an event's does): nothing to read
            event = f.date is not None and is_event_date(s.text, f.start, f.end)
            at = Mention(s.source, s.index)
            bound = figure_bound(f.text, f.kind, f.value, f.unit)
            past = bool(earlier) and f.kind != "date" and dated_by(s.text, f, earlier)
            figure = Figure(f.text, f.kind, f.value, f.unit, at, f.date, bound, past)
            if known is None:
                seen[key] = (len(out), event)
                if f.unit == "USD" and bare_dollar(s.text, f):
                    bare.append(len(out))
                out.append(figure)
            elif event:
                # "since 2022" first, "invaded in 2022" later: cite the event's sentence
                out[known[0]] = figure
                seen[key] = (known[0], True)
    for n in bare:
        if out[n].sentence.source in other_dollars:
            out[n] = replace(out[n], unit=None)
    return tuple(out)


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
    if DIGIT.search(text):
        patterns = _patterns(spelled)
    elif spelled and may_hold(text, _spelled()[1]):  # the cheaper first
        patterns = _words_only()
    else:
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
    rated = sorted((with_sign(text, with_rate(text, f)) for f in found), key=lambda f: f.start)
    # a conversion a rate took in ("(115 miles)" of "185 kilometers (115 miles) per hour")
    kept = [g for g in rated if not any(f.start < g.start and g.end <= f.end for f in rated)]
    return named_before(text, kept) if any(f.kind == "money" for f in kept) else kept


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
    if kind in {"money", "lettered", "percent", "count"} and descending(m.group()):
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
        end = _share_of(text, m.end())
        return FoundFigure(start, end, text[start:end], "percent", value_of(raw), "%", None)
    if kind == "strong":
        return FoundFigure(start, m.end(), raw, "count", value_of(raw), raw.split()[-1], None)
    if kind == "leading":
        unit = m.group("lead").lower()
        return FoundFigure(m.start(), m.end(), m.group(), "measure", value_of(raw), unit, None)
    if kind == "unit":
        end = m.end()
        unit = (m.group("glued") or m.group("hyphen")).lower()
        if m.group("hyphen") and unit not in words()["leading_units"]:
            end = noun_phrase_end(text, end, 2)[0]  # "300-mile line"; not "20-km and", nor
            # "6.2-magnitude earthquake struck": a magnitude measures no noun
        return FoundFigure(start, end, text[start:end], "measure", value_of(raw), _unit(unit), None)
    return _counted(text, m, start)


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


def _unit(written: str) -> str:
    """A measure's unit by its one name ("kilometres" -> "km", "square kilometers" ->
    "square km"): words.toml's [values.unit_names]."""
    names = number_values().unit_names
    *modifiers, last = written.split(" ")
    return " ".join([*modifiers, names.get(last, last)])


# What a share is of: " of the vote", " of the company's capital", " of GDP".
_OF_WHAT = re.compile(r" of (?:(?:the|a|an|its|their|his|her|our) )?(?:[\w’'-]+['’]s )?")


def _share_of(text: str, end: int) -> int:
    """Where a percentage's figure ends: past what it is a share of ("51 percent of the
    vote"), or a reader of the key figures sees a share of nothing ("51 percent").

    The phrase is kept only when it is whole: its noun phrase ends where the sentence's
    words show it does (a stop, a comma, a verb or preposition that goes on), or a share
    of a part would read as a share of the whole ("36% of UK camera phone [users]", "19
    percent of voters [of color]", "40% of Sanders[' voters]"). A pronoun or a number is
    what it is a share of in another phrase ("40 percent of whom", "of the hundreds")."""
    found = _OF_WHAT.match(text, end)
    if found is None:
        return end
    noun_end, noun = noun_phrase_end(text, found.end(), MAX_NOUN_WORDS + 1)
    if not 0 < len(noun) <= MAX_NOUN_WORDS or noun[0].lower() in words()["not_share_heads"]:
        return end
    if noun[0][:1].isdigit() or noun[0].lower() in number_values().plural:
        return end  # "of the 22.8 million", "of the hundreds of jobs"
    after = _PHRASE_ENDS.match(text, noun_end)
    if after is None or (
        after.group(1) and after.group(1).lower() not in words()["share_phrase_followers"]
    ):
        return end
    if after.group().startswith(".") and (
        len(noun[-1]) <= 3
        or noun[-1].isupper()
        or "." in noun[-1]
        or noun[-1].lower() in joined("honorifics", "title_abbreviations")
    ):
        return end  # "of Mrs. Clinton's voters", "of all U.S. adults": an abbreviation's dot
    return noun_end


# What may follow a whole noun phrase: the sentence's end or a mark, or a word that goes
# on with the clause (captured; words.toml's share_phrase_followers).
_PHRASE_ENDS = re.compile(r"[.,;:!?)\]\"”](?:[\s\"”’']|$)|$|\s+([a-z]+)\b")


def _counted(text: str, m: re.Match[str], start: int) -> FoundFigure | None:
    """A number and what it counts: "up to 10 Su-35 fighter jets", "eight years"."""
    after = m.end()
    values = number_values()
    if values.plural_phrase.fullmatch(m.group()) and (of := _OF.match(text, after)) is not None:
        after = of.end()  # "thousands of troops": the count is of what follows "of"
    if text.endswith(_RANK_ENDS, 0, m.start()) and _RANK_BEFORE.search(
        text, max(0, m.start() - 8), m.start()
    ):
        return None  # "World No 1 Williams", "No 10 officials": a rank or a name
    year = YEAR_RE.fullmatch(m.group()) is not None
    if year and toll_before(text, start) is None:
        return None  # "in 2004": a year counts nothing, unless it ends a toll (see below)
    hurt = CASUALTY_AFTER.match(text, after)
    if (
        hurt
        and hurt.group(1).lower() in words()["casualties"]
        and not year
        and not PARTITIVE_BEFORE.search(text, max(0, start - 40), start)
    ):
        value = value_of(text[start : m.end()])  # "18 injured", "three dead": people so
        if value is not None:
            word = hurt.group(1).lower()
            return FoundFigure(
                start, hurt.end(), text[start : hurt.end()], "count", value, word, None
            )
    end, noun = noun_phrase_end(text, after, MAX_NOUN_WORDS)
    if noun and _not_a_count(text, m.start(), end, noun):
        return None
    if not noun:
        rate = exchange_rate(text, m.end()) if LEVEL_BEFORE.search(text, 0, start) else None
        if rate is not None and not year and (value := value_of(text[start : m.end()])):
            # "at 3,100 to the U.S. dollar": a rate, of the currency the clause's subject
            # names, but English writes one both ways ("the Sudanese pound at 3,100 to the
            # dollar", "the pound at 1.25 to the dollar"): money, with no currency claimed
            return FoundFigure(start, rate, text[start:rate], "money", value, None, None)
        toll = toll_before(text, start)
        # "the death toll of one of the worst storms": "one of" counts one of what
        # follows, not the dead ("rose to 150 of the 239 on board" is the toll)
        partitive = m.group().lower() == "one" and _OF.match(text, m.end()) is not None
        if (
            toll is not None
            and not partitive
            and (value := value_of(text[start : m.end()])) is not None
        ):
            return FoundFigure(toll, m.end(), text[toll : m.end()], "count", value, "dead", None)
        return None  # "six unpaid."; but "1.2 million displaced people" counts
    head = noun[-1].lower()
    value = value_of(text[start : m.end()])
    if value is None or year:
        return None  # "the 2012 rebellion": a year, left to the year pattern
    if m.group().endswith("m") and noun[0].lower() in words()["distance_events"]:
        return None  # "60m hurdles": an event's name, not 60 million hurdles
    units = words()["units"]
    if head in words()["minute_units"] and (seconds := _SECONDS_AFTER.match(text, end)) is not None:
        # "14 minutes 32.93 seconds": one time, not a count of minutes and one of seconds
        total = value * 60 + float(seconds.group(1))
        return FoundFigure(
            start, seconds.end(), text[start : seconds.end()], "measure", total, "seconds", None
        )
    if head in words()["durations"] and head == noun[-1] and not head.endswith("s") and value != 1:
        # "a nine week break", "a 25 year lease": a singular unit modifies the noun after
        # it, which belongs to the figure ("nine week" alone says nothing)
        end = noun_phrase_end(text, end, 1)[0]
    figure_text = text[start:end]
    if value < 2 and m.group().lower().strip() in values.numbers:
        return None  # "one soldier", "One day you will...": not a key figure
    if m.group().lower() in values.numbers and _definite_before().search(text, 0, start):
        return None  # "the two countries", "their three children": ones already known
    if _AGE_AFTER.match(text, end) or figure_text.lower().endswith(" old"):
        return None  # "the 18 year old", "35 years old": an age, no count
    currency = currency_word(noun)
    if currency is not None:  # "millions of dollars", "Swedish crowns", "CFA francs"
        size = currency.count(" ") + 1
        money = values.currency_words.get(currency) or national_currency(
            values.currency_choices[currency], noun[:-size]
        )
        if money is not None or currency in values.currency_words:
            return FoundFigure(start, end, figure_text, "money", value, money, None)
    if (head in words()["durations"] or head in units) and noun[-1][:1].isupper():
        return None  # "the US TV show 60 Minutes": a unit written as a name is a title
    if head in words()["durations"] or head in units or any(n.lower() in units for n in noun):
        modifier = noun[-2].lower() if len(noun) > 1 else None
        if modifier in words()["unit_modifiers"]:
            head = f"{modifier} {head}"  # "nautical miles" are no miles
        return FoundFigure(start, end, figure_text, "measure", value, _unit(head), None)
    if names_number(text, start, m.group(), noun):
        return None  # "Six Nations", "Fortune 500 list", "Section 404 obliges": names
    if len(noun) == 1 and head in words()["generic_nouns"]:
        return None  # "two sides", "three times": no fact in it
    if head.isascii() and not plural(head):
        return None  # "20 women work", "seven leading": the count ends on its plural noun
    # "three in ten U.S. citizens": a share, not a count of ten; "thousands" is no whole
    # a share's whole is a number standing alone ("thousands of" is none)
    alone = text.endswith(" ", 0, m.start()) and after == m.end()
    share = _share_before(text, m.start(), value, head) if alone else None
    if share is not None:
        begin, percent = share
        return FoundFigure(begin, end, text[begin:end], "percent", percent, "%", None)
    people = head in words()["casualty_nouns"]
    casualties = casualty_toll(text, start, end, value) if people else None
    return casualties or FoundFigure(start, end, figure_text, "count", value, head, None)


@cache
def _definite_before() -> re.Pattern[str]:
    """A spelled-out count after "the", a demonstrative or a possessive (words.toml's
    possessives) refers back to what the text already named ("the two countries", "their
    three children"); it reports no quantity."""
    definite = alternation({"the", "these", "those", *words()["possessives"]})
    return re.compile(rf"(?<![\w-])(?i:{definite}) \Z")


# "No 1", "No. 10", "number 10": what follows is a rank or a name ("World No 1 Williams").
_RANK_BEFORE = re.compile(r"(?<![\w.])(?:No\.?|no\.|Nos\.?|[Nn]umber|#) ?\Z")
_RANK_ENDS = ("No ", "No", "No. ", "no. ", "Nos ", "Nos. ", "number ", "Number ", "#", "# ")
_AGE_AFTER = re.compile(r"[ -](?:years?[ -])?old\b")
# A coordinate: "29 degrees, 50.36 minutes north"; "48, 43.08 minutes east".
_MINUTES_AFTER = re.compile(r",? (?:and )?\d+(?:\.\d+)? minutes?\b")
_DEGREES_BEFORE = re.compile(r"\bdegrees?,? (?:and )?\Z")
_COMPASS_AFTER = re.compile(r" (?i:north|south|east|west)\b")
# A list's title: "the 10 Healthiest Cities", "20 Greatest Hits".
_SUPERLATIVE = re.compile(r"[A-Z][a-z]{2,}est")


def _not_a_count(text: str, start: int, end: int, noun: list[str]) -> bool:
    """A number with a noun that counts nothing: a coordinate's degrees or minutes, or a
    number in a title ("10 Healthiest Cities")."""
    head = noun[-1].lower()
    if not head.startswith(("degree", "min")) and not (len(noun) > 1 and noun[0][:1].isupper()):
        return False  # cheap: "three major breeding areas" names no coordinate nor title
    if head in {"degree", "degrees"} and _MINUTES_AFTER.match(text, end):
        return True
    if head in words()["minute_units"] and (
        _DEGREES_BEFORE.search(text, max(0, start - 12), start) or _COMPASS_AFTER.match(text, end)
    ):
        return True
    return (
        len(noun) > 1
        and _SUPERLATIVE.fullmatch(noun[0]) is not None
        and all(w[:1].isupper() and w[1:].islower() for w in noun)
    )


@cache
def _share_pattern() -> re.Pattern[str]:
    spelled = "|".join(sorted(number_values().numbers, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,])(?P<part>{NUMBER}|(?i:{spelled})) (?P<link>in(?: every)?|out of|of)"
        r"(?: the)? \Z"
    )


def _share_before(text: str, start: int, whole: float, counted: str) -> tuple[int, float] | None:
    """Where "three in ten", "one in every 500" or "29 of 34" starts and its share in
    percent, when the number at `start` is the whole of a share. "One of 10 children" is
    one member of the ten, not a tenth of them: "of" makes a share from two on."""
    if not text.endswith((" in ", " of ", " every ", " of the "), 0, start):
        return None  # ("33 of the 81 seats": the share, not the 81)
    found = _share_pattern().search(text, max(0, start - 30), start)
    part = value_of(found.group("part")) if found else None
    if found is None or part is None or not 0 < part < whole:
        return None
    if found.group("link") == "of" and part < 2:
        return None
    if (
        found.group("part")[:1].isupper() or _labelled(text, found.start(), found.group("link"))
    ) and after_a_name(text, found.start()):
        # "control of Uranium One in three transactions": a name's word; "Week 3 of 17",
        # "Caption 27 of 43": a labelled place in a series
        return None
    if _RANK_BEFORE.search(text, max(0, found.start() - 8), found.start()) or _in_a_series(
        text, found.start(), counted
    ):
        return None  # "number 7 of 20 candidates", "Game 4 of 7 games": a place in a series
    return qualified_start(text, found.start()), 100 * part / whole


def _labelled(text: str, start: int, link: str) -> bool:
    """Whether the number at `start`, before "of", follows a capitalised word that labels
    a place in a series ("Week 3 of 17", "Hide Caption 27 of 43"); not a place's name
    after its preposition ("In Texas 29 of 34 counties", "Across Europe 9 of 10 farms")
    nor a qualifier ("Almost 29 of 34 states"): those give shares."""
    if link != "of" or qualified_start(text, start) != start:
        return False
    before = text[max(0, start - 2 * WORD_REACH) : start].split()
    # after a preposition or an article a capitalised word that is no common noun is a
    # place ("In Texas", "in the UK"): the number opens the clause's subject ("In Week 3
    # of 17 games" is still a label)
    if len(before) < 2 or before[-2].lower() not in _place_openers():
        return True
    return common_word(before[-1])


@cache
def _place_openers() -> frozenset[str]:
    return joined("object_prepositions", "fronted_prepositions", "articles", "determiners")


def _in_a_series(text: str, start: int, counted: str) -> bool:
    """Whether the number at `start` is a place in the series the whole counts: the word
    before it is the counted noun ("Game 4 of 7 games", "Chapter 3 of 12 chapters",
    "Photo 27 of 43 photos"), not another ("In the first round 6 in 10 voters")."""
    before = text[max(0, start - WORD_REACH) : start].split()
    if not before:
        return False
    word = before[-1].lower()
    return counted in (word, f"{word}s", f"{word}es") or counted == word.removesuffix("s")


_SECONDS_AFTER = re.compile(r",? (?:and )?(\d+(?:\.\d+)?) ?(?:seconds|secs?)\b")


@cache
def _clock_zone() -> re.Pattern[str]:
    return re.compile(rf" ?(?:{alternation(words()['clock_zones'])})\b", re.IGNORECASE)


def _clock_time(text: str, end: int) -> bool:
    """ "1900 GMT", "2010 local time": a time of day, not a year."""
    return _clock_zone().match(text, end) is not None
