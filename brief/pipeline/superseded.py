"""What a story's later reports make stale, so it is no bullet: an earlier day's count of
what the latest day counts again (`stale_counts`), a state an earlier day's report gives
as current that a later day's report gives anew (`restated_states`), a thing closed that
a later day's report says is open again, or the other way round (`reversed_states`: a
road, a border, a curfew, flights), a level (a price,
a target, a rate) a later report of the story gives anew (`replaced_levels`), a title a
later day's report gives its holder no longer (`retitled`), and a
forecast another report says came to pass (`overtaken_forecasts`). A reader forwards a brief without
re-reading the sources, and an outdated line read beside the current one gives nothing to
say which is current.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from brief.extract.lexicon import WordMemo, alternation, calendar_word, verb_forms, words
from brief.inflection import inflection_key
from brief.ingest.furniture import entry_stamps
from brief.models import Corpus, Sentence, StoryGroup


def superseded(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` that a later report of their story supersedes. A roundup's
    items of other events (selection.told_elsewhere) are no report of the story: a
    newsletter's "floods killed 30" of another country makes none of the story's counts
    an earlier one (and is no bullet of the story either way)."""
    from brief.selection import told_elsewhere

    elsewhere = told_elsewhere(unique, story_groups)
    own = [k for k in range(len(unique)) if k not in elsewhere]
    told = [unique[k] for k in own]
    found = (
        stale_counts(corpus, told, story_groups)
        | corrected_counts(corpus, told, story_groups)
        | lower_tolls(corpus, told, story_groups)
        | recounted_by_later_report(corpus, told, story_groups)
        | earlier_entries(told)
        | preliminary_counts(corpus, told, story_groups)
        | earlier_rates_of_the_day(corpus, told, story_groups)
        | passed_progress(corpus, told, story_groups)
        | overtaken_forecasts(corpus, told, story_groups)
        | passed_forecasts(corpus, told, story_groups)
        | restated_states(corpus, told, story_groups)
        | reversed_states(corpus, told, story_groups)
        | replaced_levels(corpus, told, story_groups)
        | retitled(corpus, told, story_groups)
    )
    return frozenset(own[i] for i in found)


def latest_day_sources(corpus: Corpus, group: StoryGroup) -> frozenset[int]:
    """The sources of a story's latest day, where its reports are of several days."""
    from brief.compose.digest import story_documents
    from brief.compose.titles import report_dates

    dates = report_dates(story_documents(corpus, group.sources))
    latest = max((date[:10] for date in dates.values() if date), default="")
    return frozenset(n for n, date in dates.items() if latest and date[:10] == latest)


# What a count counts, for telling an earlier day's count of it: the dead, the hurt and the
# missing each one class however a sentence words them; any other unit is its own.
_COUNTED_AS = {
    "dead": "dead", "killed": "dead", "died": "dead", "deaths": "dead", "death": "dead",
    "injured": "hurt", "wounded": "hurt", "hurt": "hurt", "injuries": "hurt",
    "missing": "missing",
}  # fmt: skip


def stale_counts(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Of each story of several days, the earlier days' sentences (positions in `unique`)
    that count what its latest day's reports count again, to another number (the dead,
    the hurt, the missing, people affected or sheltering): a reader of a brief of the
    three days of a cyclone had been given the first day's "140,000 people are affected"
    and "23 dead" as bullets beside the third day's 268,000 and 71 (r44), with nothing to
    say which was current. The latest day's counts are the story's. An earlier day's
    sentence with no count, with a count the latest day gives again ("52 people were
    killed" a month on), or one of what the latest day does not count, still tells its
    part; so does a report more than STALE_DAYS before the latest day, which tells the
    story's history rather than an earlier count of its running tally (a MultiLing
    cluster spans months). So does one whose count is only of an earlier event its news
    follows (`in_earlier_event`: "the minister resigned, a day after four soldiers were
    killed"): the resignation is its news, and the count dates it. No bullet of the
    story's, nor of the brief's summary."""
    from brief.extract.figures import find_figures

    def counted(sentence: Sentence, recalled: bool = True) -> set[tuple[str, float]]:
        """Its counts; without those of an earlier event its news follows, unless `recalled`."""
        return {
            (_COUNTED_AS.get(f.unit.lower(), f.unit.lower()), f.value)
            for f in find_figures([sentence])
            if f.kind == "count"
            and f.unit
            and f.value is not None
            and not f.past
            and (recalled or not in_earlier_event(sentence.text, f.text))
        }

    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    latest = {n: latest_day_sources(corpus, g) for n, g in enumerate(story_groups)}
    if not any(latest.values()):
        return frozenset()
    days = source_days(corpus)
    last = {
        n: max((days[s] for s in found if s in days), default=None) for n, found in latest.items()
    }
    today: dict[int, dict[str, set[float]]] = {}
    for sentence in unique:
        n = story_of.get(sentence.source)
        if n is not None and sentence.source in latest[n]:
            for unit, value in counted(sentence):
                today.setdefault(n, {}).setdefault(unit, set()).add(value)

    def stale(sentence: Sentence) -> bool:
        n = story_of.get(sentence.source)
        if n is None or not today.get(n) or sentence.source in latest[n]:
            return False
        day, end = days.get(sentence.source), last[n]
        if day is None or end is None or (end - day).days > STALE_DAYS:
            return False
        told = today[n]
        return any(
            unit in told and value not in told[unit]
            for unit, value in counted(sentence, recalled=False)
        )

    return frozenset(k for k, sentence in enumerate(unique) if stale(sentence))


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
    from brief.extract.figures import find_figures
    from brief.extract.figures.earlier_counts import revised_from

    found = []
    for sentence in sentences:
        if not _MAY_CORRECT.search(sentence.text):
            continue
        for figure in find_figures([sentence]):
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


def corrected_counts(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences whose count another report of their story corrects (`corrections`), of
    its day or a later one: beside the navy's "Seven crew members were kidnapped, not six
    as the ship's manager first said", the manager's "Gunmen abducted six crew members"
    had been the first bullet of their story. A sentence that gives the corrected count
    too tells the correction. The same number of the same thing (a noun of the count in
    common) is taken for one count: a reader given both numbers has nothing to say which
    is current, and a count left out is a gap, where a stale one is a wrong fact."""
    # another report's correction: none in a story of one report
    story_of = {
        number: n for n, g in enumerate(story_groups) if len(g.sources) > 1 for number in g.sources
    }
    by_story: dict[int, list[Correction]] = {}
    for correction in corrections([s for s in unique if s.source in story_of]):
        by_story.setdefault(story_of[correction.source], []).append(correction)
    if not by_story:
        return frozenset()
    days = source_days(corpus)

    def corrected(sentence: Sentence) -> bool:
        found = by_story.get(story_of.get(sentence.source, -1))
        if not found:
            return False
        counts = counts_of(sentence)
        return any(
            c.corrects(counts, sentence.source) and not_before(days, c.source, sentence.source)
            for c in found
        )

    return frozenset(k for k, sentence in enumerate(unique) if corrected(sentence))


def counts_of(sentence: Sentence) -> dict[float, frozenset[str]]:
    """The sentence's current counts: each number, with the nouns it counts
    (`counted_nouns`)."""
    from brief.extract.figures import find_figures

    found: dict[float, frozenset[str]] = {}
    for f in find_figures([sentence]):
        if f.kind == "count" and f.unit and f.value is not None and not f.past:
            found[f.value] = found.get(f.value, frozenset()) | counted_nouns(f.text, f.unit)
    return found


def counted_nouns(text: str, unit: str) -> frozenset[str]:
    """What a count counts: its unit, and the words between its number and the unit
    ("crew" and "members" of "Seven crew members were kidnapped"), so that a headline's
    "six crew" is the count of a report's "six crew members". The dead, the hurt and the
    missing by their class, whatever the verb ("kill 30", "30 people died")."""
    nouns = {_COUNTED_AS.get(unit.lower(), unit.lower())}
    tokens = _WORDS.findall(text.lower())
    if unit.lower() in tokens:
        at = len(tokens) - 1 - tokens[::-1].index(unit.lower())
        while at > 0 and not _is_number(tokens[at - 1]):
            at -= 1
            nouns.add(tokens[at])
        if at == 0:  # no number before the unit: its words are none of the count's
            nouns = {_COUNTED_AS.get(unit.lower(), unit.lower())}
    return frozenset(nouns)


_WORDS = re.compile(r"[\w'’-]+")


def _is_number(token: str) -> bool:
    from brief.extract.lexicon import number_words

    return token[:1].isdigit() or token in number_words()


def in_earlier_event(text: str, figure: str) -> bool:
    """Whether a figure of the sentence is in a phrase that names what came before its
    news (words.toml's earlier_event_markers: "after", "following", "in the wake of" ...),
    with no clause's end between: "X resigned on Wednesday, a day after four soldiers were
    killed" tells the resignation, and "four" is the count of the event it followed, as
    that day's reports gave it."""
    at = text.find(figure)
    if at < 0:
        return False
    markers = list(_earlier_event().finditer(text, 0, at))
    return bool(markers) and _PHRASE_END.search(text, markers[-1].end(), at) is None


@cache
def _earlier_event() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['earlier_event_markers'])})\b", re.IGNORECASE)


# What ends a phrase before a figure: its clause's punctuation, or a second verb's "and".
_PHRASE_END = re.compile(r"[,;:()\u2014\u2013]|\.\s|\band\b")


def _casualties(sentence: Sentence) -> dict[str, set[float]]:
    """The sentence's current counts of the dead, the hurt and the missing, by class (a
    count an earlier report gave, revised since, is no figure and not among them)."""
    from brief.extract.figures import find_figures

    found: dict[str, set[float]] = {}
    if not _CASUALTY_WORDS.search(sentence.text):
        return found
    for figure in find_figures([sentence]):
        unit = _COUNTED_AS.get((figure.unit or "").lower())
        if figure.kind == "count" and unit and figure.value is not None and not figure.past:
            found.setdefault(unit, set()).add(figure.value)
    return found


# The words of a casualty count, a cheap test before a sentence's figures are read: the
# units above and the verbs' other forms ("killing 11 people", "injuring 37").
_CASUALTY_WORDS = re.compile(r"\b(?:dead|deaths?|kill|died|injur|wound|hurt|missing)", re.I)


def _recounted(counts: Mapping[str, set[float]], later: Mapping[str, set[float]]) -> bool:
    """Does a later report count a class these counts count, to other numbers only?"""
    return any(unit in later and not values & later[unit] for unit, values in counts.items())


def recounted_by_later_report(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences whose count of the dead, the hurt or the missing a later report of
    their story, of the same day, counts to another number. A report that gives another
    report's toll as one revised since ("had earlier on Tuesday lowered Monday's toll of
    14 to 12" beside a morning report's "revised the death toll to 12") is the later of
    the two (`recalled_tolls`), so its "Two people are still missing" is the current
    count and the morning's "Three people remain missing" an earlier one (r48 M2: both
    had been key figures). Where each recalls the other's toll, neither is known to be
    the later. Earlier days' counts are `stale_counts`'."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    recalled = recalled_tolls(unique, story_of)
    if not recalled:
        return frozenset()
    days = source_days(corpus)
    counts = {k: _casualties(sentence) for k, sentence in enumerate(unique)}
    by_source: dict[int, dict[str, set[float]]] = {}
    for k, found in counts.items():
        for unit, values in found.items():
            by_source.setdefault(unique[k].source, {}).setdefault(unit, set()).update(values)

    def later(one: int, other: int) -> bool:
        """Does report `one` recall a toll report `other` gives as its own, of its day?"""
        return (
            one != other
            and story_of.get(one) == story_of.get(other)
            and days.get(one) == days.get(other)
            and bool(recalled.get(one, set()) & by_source.get(other, {}).get("dead", set()))
        )

    earlier = {
        other: [one for one in recalled if later(one, other) and not later(other, one)]
        for other in by_source
    }
    return frozenset(
        k
        for k, found in counts.items()
        if found
        and any(_recounted(found, by_source[one]) for one in earlier.get(unique[k].source, ()))
    )


def entry_times(sentences: Sequence[Sentence]) -> dict[int, int]:
    """The time of the entry each sentence of one article is in (minutes of the day, by
    position in `sentences`), where the article is a live blog: its entries open with
    their times, in order (newest first or oldest first), and a sentence without one is
    in the entry before it. Empty where fewer than two entries are timed or their times
    are out of order (a blog past midnight)."""
    times: dict[int, int] = {}
    current = None
    opened = entry_stamps(sentences)
    for k, stamp in enumerate(opened):
        if stamp is not None:
            current = stamp.minute_of_day
        if current is not None:
            times[k] = current
    stamps = [stamp.minute_of_day for stamp in opened if stamp is not None]
    ordered = stamps == sorted(stamps) or stamps == sorted(stamps, reverse=True)
    if len(set(stamps)) < 2 or not ordered:
        return {}
    return times


def earlier_entries(unique: Sequence[Sentence]) -> frozenset[int]:
    """Sentences of a live blog's entry whose count of the dead, the hurt or the missing
    a later entry of the blog counts to another number: a blog's "07:30 — officials
    confirm nine people killed" and "11:00 — ... now report 11 dead" are its earlier
    counts of the toll its "18:30 — ... has risen to 14" gives (r48 M2: all three had been
    key figures). An article's own revisions, by the clock of its entries."""
    by_source: dict[int, list[int]] = {}
    for k, sentence in enumerate(unique):
        by_source.setdefault(sentence.source, []).append(k)
    stale = set()
    for members in by_source.values():
        members.sort(key=lambda k: unique[k].index)
        times = entry_times([unique[k] for k in members])
        if not times:
            continue
        counts = {n: _casualties(unique[members[n]]) for n in times}
        for n, found in counts.items():
            if not found:
                continue
            later: dict[str, set[float]] = {}
            for m, other in counts.items():
                if times[m] > times[n]:
                    for unit, values in other.items():
                        later.setdefault(unit, set()).update(values)
            if _recounted(found, later):
                stale.add(members[n])
    return frozenset(stale)


def preliminary_counts(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give their count of the dead, the hurt or the missing as a first
    report's ("Nine people have been killed ..., according to an early count", "initial
    reports say 12 died": `earlier_counts.told_as_preliminary`) where another sentence of
    their story, of their own report or of one of the same day or later, counts the same
    casualties higher and names a place or a name they name (a live page of several
    events counts each one apart). A first count is the news until a higher one is
    given; then it is the count the tally has passed. A live page whose entries' times
    the page lost ("<time>" elements the extractor drops) had shown its 08:10 entry's
    "Nine people have been killed" as a key figure beside its 11:40 entry's 11 (r50 H3)."""
    from brief.extract.figures.earlier_counts import told_as_preliminary

    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    first = [
        k
        for k, sentence in enumerate(unique)
        if sentence.source in story_of and told_as_preliminary(sentence.text)
    ]
    if not first:
        return frozenset()
    days = source_days(corpus)
    counts = {
        k: found
        for k, sentence in enumerate(unique)
        if sentence.source in story_of and (found := _casualties(sentence))
    }
    named = {k: names_between(unique[k].text, 0, len(unique[k].text)) for k in counts}

    def higher(k: int, other: int) -> bool:
        one, then = unique[k], unique[other]
        return (
            other != k
            and story_of[then.source] == story_of[one.source]
            and not_before(days, then.source, one.source)
            and _shared(named[k], named[other])
            and any(
                max(values) > min(counts[k].get(unit, {max(values)}))
                for unit, values in counts[other].items()
            )
        )

    return frozenset(k for k in first if k in counts and any(higher(k, j) for j in counts))


# A measured rate (words.toml's measured_rates) and the names its figure's words give.
_Rate = tuple[str, frozenset[str]]


def earlier_rates_of_the_day(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give a measured rate as of a time of day ("turnout stood at 38
    percent at noon") where another sentence of their story, of the same day, gives the
    same rate at a later time of that day to another value ("a turnout of 61 percent at
    the close of polls"): a rate counted through a day is current at its latest time, and
    the noon figure read beside it, or alone in a bullet, reads as the day's (r61: the
    noon turnout had been two bullets and the close's in none). Only a sentence each of
    whose rates is so overtaken; a rate with no time, or of a part ("in the north"), is
    not the same measure's and stays."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    rated = {
        k: found
        for k, sentence in enumerate(unique)
        if sentence.source in story_of and (found := _timed_rates(sentence))
    }
    if len(rated) < 2:
        return frozenset()
    days = source_days(corpus)

    def overtaken(k: int, key: _Rate, value: float, minute: int) -> bool:
        one = unique[k]
        return any(
            story_of[unique[j].source] == story_of[one.source]
            and days.get(unique[j].source) == days.get(one.source)
            and any(
                other == key and later > minute and value not in _values_of(rated[j], key)
                for other, _, later in rated[j]
            )
            for j in rated
            if j != k
        )

    stale = {
        k
        for k, found in rated.items()
        if all(overtaken(k, key, value, minute) for key, value, minute in found)
    }
    # a report whose lead gives the rate as of an earlier time gives its other shares of
    # that rate as of it too ("Turnout was highest in Mto province at 44 percent")
    leads = {unique[k].source: {key[0] for key, _, _ in rated[k]} for k in _leads(unique, stale)}
    stale |= {
        k
        for k, sentence in enumerate(unique)
        if sentence.source in leads
        and _SHARE.search(sentence.text)
        and any(
            re.search(rf"\b{re.escape(rate)}\b", sentence.text, re.I)
            for rate in leads[sentence.source]
        )
    }
    return frozenset(stale)


def _leads(unique: Sequence[Sentence], among: AbstractSet[int]) -> set[int]:
    """Those of `among` that are their report's lead: one of its first two sentences."""
    opening: dict[int, list[int]] = {}
    for sentence in unique:
        opening.setdefault(sentence.source, []).append(sentence.index)
    return {k for k in among if unique[k].index in sorted(opening[unique[k].source])[:2]}


def _values_of(found: Sequence[tuple[_Rate, float, int]], key: _Rate) -> set[float]:
    return {value for other, value, _ in found if other == key}


def _timed_rates(sentence: Sentence) -> list[tuple[_Rate, float, int]]:
    """The measured rates the sentence gives with a time of day (words.toml's
    measured_rates: "turnout stood at 38 percent at 12.00 noon"), as (rate, value, minute
    of the day); the rate is its shortest name that ends it ("voter turnout": turnout)."""
    from brief.extract.figures import find_figures

    text = sentence.text
    lowered = text.lower()
    measured = words()["measured_rates"]
    if not any(rate in lowered for rate in measured):
        return []
    found = []
    for figure in find_figures([sentence]):
        name = figure.text.lower()
        named = [rate for rate in measured if name.startswith(f"{rate} ")]
        if figure.kind != "percent" or figure.value is None or not named:
            continue
        rate = min((rate for rate in measured if max(named, key=len).endswith(rate)), key=len)
        # the places and events its words name: a country's turnout is no province's
        key = (rate, frozenset().union(*names_between(figure.text, 0, len(figure.text))))
        at = text.find(figure.text)
        if at < 0:
            continue
        minute = _time_after(text, at + len(figure.text))
        if minute is None:
            minute = _time_before(text, at)
        if minute is not None:
            found.append((key, figure.value, minute))
    return found


# A time of day a measure is given as of: a clock's ("at 12.00 noon", "by 3 p.m.", "as of
# 14:00"), a named hour ("by noon", "at midday") or the close of the day's business ("at
# the close of polls", "at the end of voting").
_TIME_OF_DAY = re.compile(
    r"\b(?:at|by|as of|as at)\s+(?:"
    r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?(?!\s*(?:%|per\s?cent))"
    r"\s*(?P<half>[ap]\.?m\b\.?)?(?:\s*noon)?"
    r"|(?P<noon>noon|midday)|(?P<midnight>midnight)"
    r"|(?P<close>(?:the\s+)?(?:close|end)\s+of\s+(?:polls|polling|voting|play|trading|the\s+day)"
    r"|(?:the\s+)?close\b))",
    re.IGNORECASE,
)
_TIME_REACH = 40  # characters between a measure and the time it is given as of
_CLOSE = 24 * 60 - 1  # the close of a day's business: after any clock time of that day


def _minute(found: re.Match[str]) -> int | None:
    """The minute of the day a time gives; None for a bare number ("at 6")."""
    if found["noon"]:
        return 12 * 60
    if found["midnight"] or found["close"]:
        return _CLOSE  # "by midnight": the day's end, as its close is
    hour = int(found["hour"])
    if not found["minute"] and not found["half"] and "noon" not in found.group().lower():
        return None  # "at 6": a bare number is no clock
    half = (found["half"] or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    if hour > 23:
        return None
    return hour * 60 + int(found["minute"] or 0)


def _time_after(text: str, end: int) -> int | None:
    """The time of day a measure ending at `end` is given as of, right after it."""
    found = _TIME_OF_DAY.search(text, end, end + _TIME_REACH)
    if found is None or _RATE_BREAK.search(text, end, found.start()):
        return None
    return _minute(found)


def _time_before(text: str, start: int) -> int | None:
    """The time of day an opening gives a measure starting at `start` as of ("By noon,
    turnout had reached 38 percent")."""
    times = list(_TIME_OF_DAY.finditer(text, max(0, start - _TIME_REACH), start))
    if not times or _RATE_BREAK.search(text, times[-1].end(), start):
        return None
    return _minute(times[-1])


# What parts a measure from a time that is not its own: another clause or a contrast.
_RATE_BREAK = re.compile(r"[;:]|\.\s|\b(?:but|while|whereas|up from|down from|from)\b", re.I)


# A count of how far a tally has come: "112 of the 240 constituencies", "from 27,904 of
# 31,450 polling stations" (the whole in digits, and larger).
_PROGRESS = re.compile(
    r"(?<![\w.,])(?P<part>\d{1,3}(?:,\d{3})*|\d+) of (?:the )?"
    r"(?P<whole>\d{1,3}(?:,\d{3})*|\d+)\s+(?P<noun>[a-z]+)\b"
)
_SHARE = re.compile(r"\d\s*(?:%|per\s?cent\b)", re.IGNORECASE)


def passed_progress(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give shares of a tally counted so far ("with 112 of 240
    constituencies verified, Kasimu led with 51.2 percent") where another sentence of
    their story, of the same day or a later one, gives shares of the same tally counted
    further ("186 of 240 constituencies ..." in a report that gives shares): the later
    progress is the current count, and the earlier shares read beside it, or alone as a
    bullet, read as
    the result (r61: a morning's provisional results had led a counting day's brief, the
    evening's in no bullet). A report whose lead gives its progress is a report of it,
    and its other sentences' shares are of it too (a results release's "has 2,301,455
    votes, or 51.2 percent"). The same whole of the same things, only: "two of the 12
    miners" and a share in another story's sentence are no tally of these."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    sharing = {s.source for s in unique if s.source in story_of and _SHARE.search(s.text)}
    progress: dict[int, set[tuple[int, str, int]]] = {}
    for k, sentence in enumerate(unique):
        if sentence.source in sharing:
            for found in _PROGRESS.finditer(sentence.text):
                part, whole = _digits(found["part"]), _digits(found["whole"])
                if part < whole:
                    progress.setdefault(k, set()).add((whole, found["noun"], part))
    if len(progress) < 2:
        return frozenset()
    days = source_days(corpus)
    leads = _leads(unique, set(progress))

    def passed(k: int) -> bool:
        one = unique[k]
        return all(
            any(
                story_of[unique[j].source] == story_of[one.source]
                and not_before(days, unique[j].source, one.source)
                and any(w == whole and n == noun and p > part for w, n, p in marks)
                for j, marks in progress.items()
                if j != k
            )
            for whole, noun, part in progress[k]
        )

    # a sentence of shares, or a report's lead that gives its progress
    stale = {k for k in progress if (k in leads or _SHARE.search(unique[k].text)) and passed(k)}
    passed_leads = {unique[k].source for k in stale & leads}
    stale |= {
        k
        for k, sentence in enumerate(unique)
        if sentence.source in passed_leads and k not in progress and _SHARE.search(sentence.text)
    }
    return frozenset(stale)


def _digits(number: str) -> int:
    return int(number.replace(",", ""))


# How many days before its story's latest day a report's count is an earlier count of the
# same running tally (a week's catch-up brief), not the story's history.
STALE_DAYS = 7

# The words of a toll of the dead (a cheap test before a sentence's figures are read).
_DEATHS = re.compile(r"\b(?:toll|dead|deaths?|killed|killing|died|lives)\b", re.I)


def tolls_of_all(unique: Sequence[Sentence], story_of: Mapping[int, int]) -> dict[int, float]:
    """The toll of all the dead each sentence of a story gives (`lede_toll`: "the death
    toll rose to nine", "bringing the number of people killed to nine"), by position; not
    one told as history ("the 2009 stadium massacre, in which 157 people were killed")."""
    from brief.extract.figures import lede_toll

    found = {}
    for k, sentence in enumerate(unique):
        text = sentence.text
        if sentence.source in story_of and _DEATHS.search(text) and not _HISTORY.search(text):
            toll = lede_toll(text)
            if toll is not None:
                found[k] = toll
    return found


def lower_tolls(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give a toll of all the dead lower than another report of their story
    gives, of the same day or a later one (up to STALE_DAYS): a toll rises as the dead are
    counted, so the lower is an earlier count of it, where both name the same countries
    (`toll_places`: a country's own toll is a part of a region's). A re-sent brief had
    told a late wire's "bringing the death toll from three days of unrest in Conakry to
    11" beside the morning newsletter's "The protest toll in Conakry has risen to nine"
    (r45 M4), both of one day, which `stale_counts` (earlier days) leaves. A count of
    some of the dead ("Eight border guards were killed") is no toll of all (`lede_toll`),
    and a report's own earlier counts are its revisions (`earlier_counts`)."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    tolls = tolls_of_all(unique, story_of)
    if len(tolls) < 2:
        return frozenset()
    days = source_days(corpus)
    by_story: dict[int, list[int]] = {}
    for k in tolls:
        by_story.setdefault(story_of[unique[k].source], []).append(k)

    def later_or_same(later: int, earlier: int) -> bool:
        if later not in days or earlier not in days:
            return True
        return 0 <= (days[later] - days[earlier]).days <= STALE_DAYS

    places = {k: toll_places(unique[k].text) for k in tolls}
    recalled = recalled_tolls(unique, story_of)
    stale = set()
    for members in by_story.values():
        for k in members:
            source = unique[k].source
            if any(
                unique[j].source != source
                and tolls[j] > tolls[k]
                and places[k]
                and places[j] == places[k]
                and later_or_same(unique[j].source, source)
                for j in members
            ) or any(
                tolls[k] in counts and other != source and later_or_same(other, source)
                for other, counts in recalled.items()
                if story_of.get(other) == story_of[source]
            ):
                stale.add(k)
    return frozenset(stale)


def recalled_tolls(
    unique: Sequence[Sentence], story_of: Mapping[int, int]
) -> dict[int, set[float]]:
    """The tolls each report of a story tells as an earlier report's, revised since
    (`extract.figures.earlier_counts.superseded`: "The committee had earlier lowered
    Monday's toll of 14 to 12", "an earlier toll of nine"), by source. A report that
    gives another's count as one it has overtaken is the later of the two, whatever
    places the two name: a later report's toll of a typhoon naming only its province
    had been left beside the morning's corrected one, which it recalled as earlier
    (r48 H1)."""
    found: dict[int, set[float]] = {}
    for sentence in unique:
        if sentence.source in story_of and _DEATHS.search(sentence.text):
            counts = recalled_counts(sentence.text)
            if counts:
                found.setdefault(sentence.source, set()).update(counts)
    return found


# A number in digits or a word that may spell one ("14", "1,200", "nine").
_NUMBER_OR_WORD = re.compile(
    r"(?<![\w:.,])\d{1,3}(?:,\d{3})+(?![\w:])|(?<![\w:.,])\d+(?![\w:])|[A-Za-z]+"
)


def recalled_counts(text: str) -> frozenset[float]:
    """The counts a sentence gives as an earlier report's, revised since ("had reported
    14 deaths", "an earlier toll of 12"): `earlier_counts.superseded`, asked of each
    number the sentence writes."""
    from brief.extract.figures.earlier_counts import may_tell_earlier
    from brief.extract.figures.earlier_counts import superseded as told_as_earlier
    from brief.extract.figures.found_figure import FoundFigure
    from brief.extract.figures.notation import YEAR_RE
    from brief.extract.figures.number_reading import value_of
    from brief.extract.lexicon import number_words

    if not may_tell_earlier(text):
        return frozenset()
    spelled = number_words()
    found = set()
    for number in _NUMBER_OR_WORD.finditer(text):
        raw = number.group()
        if (
            raw[:1].isdigit()
            and YEAR_RE.fullmatch(raw)
            or (not raw[:1].isdigit() and raw.lower() not in spelled)
        ):
            continue  # a year ("in 2019"), or a word that spells no number
        value = value_of(raw)
        figure = FoundFigure(number.start(), number.end(), raw, "count", None, None, None)
        if value is not None and told_as_earlier(text, figure):
            found.add(value)
    return frozenset(found)


def toll_places(text: str) -> frozenset[str]:
    """The countries a sentence names, by a country's name, alias, demonym or capital
    ("Conakry" is Guinea's): two tolls are of one tally only where they name the same
    ("In France, the death toll rose to six" is a part of "at least 65 people throughout
    Europe", no earlier count of it), and a toll that names none ("In Puerto Rico, where
    three people were killed", "in Posoltega") is of a place the gazetteer cannot tell."""
    from brief.extract.lexicon import gazetteer

    table = gazetteer()
    found = set()
    for name in _name().finditer(text):
        words = name[0].split(" ")
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                form = " ".join(words[start:end])
                entry = table.get(form) or table.get(re.sub(r"['’]s$", "", form))
                if entry is not None and entry.kind == "country":
                    found.add(entry.name)
                    break
    return frozenset(found)


def source_days(corpus: Corpus) -> dict[int, date]:
    """Each dated source's day, by source number: which report is of a later day than
    another (see not_before)."""
    found = {}
    for document in corpus.documents:
        written = (document.source.date or document.date or "")[:10]
        try:
            found[document.source.number] = date.fromisoformat(written)
        except ValueError:
            continue
    return found


# A forecast: a verb under "will", "is expected (due, set, forecast ...) to" or "plans to",
# or the past of a plan told as reported speech ("the service said the storm was expected
# to reach the coast"): a report that tells the outcome overtakes either. Its "verb" group
# is the event to come; called_off reads forecasts by it too.
FORECAST = re.compile(
    r"\b(?:will|(?:is|are|was|were) (?:\w+ly )?"
    r"(?:expected|due|set|scheduled|slated|poised|going|forecast|predicted) to"
    r"|plans? to|intends? to) (?:(?:also|then|soon|later|now|finally) )?(?:be )?"
    r"(?P<verb>[a-z]+)\b"
)
# Words before a verb's form that keep it from telling what happened ("to reach", "would
# have reached", "never reached").
_NOT_DONE = frozenset(
    {"to", "be", "not", "never", "will", "would", "could", "might", "may", "must", "should", "can"}
)
# An outcome told as history, not as today's news ("met in 2019", "reached it last year").
_HISTORY = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:last|previous) (?:week|month|year)\b"
    r"|\bearlier this (?:week|month|year)\b|\bpreviously\b|\bago\b|\bin the past\b"
    r"|\b[Tt]he (?:last|previous|first) time\b"
)


@cache
def _name() -> re.Pattern[str]:
    """A name as written: a run of capitalised words, with the lower-case words that
    stand inside one (words.toml's particles, "Abu Bakr al Baghdadi", and "of", "Bank of
    China") between two of them."""
    inside = alternation(words()["particles"] | {"of"})
    return re.compile(rf"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|(?:{inside})(?= [A-Z])))*")


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# How far around a verb its subject and object are read, in characters.
_BEFORE, _AFTER = 100, 70


def overtaken_forecasts(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that forecast what another report of their story, of the same day or
    later, says happened: "The salvage tug Poseidon Titan ... is expected to reach the
    Asterion Bay early on Saturday" beside a late report's "The salvage tug Poseidon Titan
    reached the drifting container ship Asterion Bay ... on Friday evening" (r43). Both
    tell the verb of a name before it and of a name after it (who did it, and to what or
    whom: "AMD will acquire SeaMicro", "AMD has acquired SeaMicro"); a past form that
    is no such verb ("chips made by AMD") rarely has both. An outcome dated to the past
    ("met in 2019", "the last time the two teams played") is history, not the
    forecast's."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    days = source_days(corpus)
    speaking = words().speech
    forecasts: dict[str, list[tuple[int, _Roles]]] = {}
    for k, sentence in enumerate(unique):
        for found in FORECAST.finditer(sentence.text):
            if found["verb"] in speaking:
                continue  # "who reads this will say" is no event to come
            key = inflection_key(found["verb"])
            if any(told == key for told, _, _ in _past_forms(sentence.text, {key: None})):
                continue  # "was expected to land on Friday but landed on Thursday": told
            roles = _forecast_roles(sentence.text, found.start(), found.end())
            if all(roles):
                forecasts.setdefault(key, []).append((k, roles))
    if not forecasts:
        return frozenset()
    # the sources that forecast something in each story: only another source's report
    # can overtake a forecast, so a sentence of a story with none is not read
    forecasting: dict[int | None, set[int]] = {}
    for told in forecasts.values():
        for k, _ in told:
            forecasting.setdefault(story_of.get(unique[k].source), set()).add(unique[k].source)
    overtaken = set()
    for sentence in unique:
        story = story_of.get(sentence.source)
        if story is None or not forecasting.get(story, set()) - {sentence.source}:
            continue
        if _HISTORY.search(sentence.text):
            continue
        for key, start, end in _past_forms(sentence.text, forecasts):
            before, after = _roles(sentence.text, start, end)
            before = [*before, *_subject_head(sentence.text[:start])]
            after = [*after, *_object_head(sentence.text[end:])]
            for k, (who, what) in forecasts[key]:
                forecast = unique[k]
                if (
                    forecast.source != sentence.source
                    and story_of.get(forecast.source) == story_of[sentence.source]
                    and not_before(days, sentence.source, forecast.source)
                    and _shared(who, before)
                    and _shared(what, after)
                ):
                    overtaken.add(k)
    return frozenset(overtaken)


def passed_forecasts(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences of an earlier day's report that forecast or schedule something for a
    day its story's latest day has reached ("Talks were due to resume at 20:00 on
    Monday" in Monday's report, "the storm is forecast to make landfall on Tuesday" in
    Sunday's, beside Tuesday's reports): what was to come by then has come or not, and
    the latest day's reports tell which. Read beside them, the forecast reads as what is
    still to come (r60 F9: talks "due to resume" beside the strike their collapse
    brought). A forecast's weekday is the first such day on or after its report's day
    (a forecast is of what is to come); one bounding a span ("until Friday", "by
    Monday") dates no event, and a report more than STALE_DAYS before the latest day
    tells history."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    days = source_days(corpus)
    latest: dict[int, date] = {}
    for number, n in story_of.items():
        if number in days:
            latest[n] = max(latest.get(n, days[number]), days[number])
    speaking = words().speech
    passed = set()
    for k, sentence in enumerate(unique):
        source = sentence.source
        story = story_of.get(source)
        if story is None or source not in days or "day" not in sentence.text:
            continue
        day, last = days[source], latest[story]
        if not 0 < (last - day).days <= STALE_DAYS:
            continue
        for found in FORECAST.finditer(sentence.text):
            if found["verb"] in speaking:
                continue
            when = _forecast_day(sentence.text, found.end(), day)
            if when is not None and when <= last:
                passed.add(k)
                break
    return frozenset(passed)


def _forecast_day(text: str, end: int, day: date) -> date | None:
    """The day a forecast ending at `end` is for: the first weekday its clause names
    after it as an event's day ("on Tuesday", "early on Tuesday", "at 20:00 on Monday"),
    read from the report's `day` as the timeline reads it (`weekdays.weekday_dates`: not
    a span's bound, "until Friday"); None where it names none, or where the text
    qualifies the weekday ("next Friday", "on Monday, 22 March", "a week on Monday"): a
    plan read as due too soon is dropped while still to come, and a gap is better."""
    from brief.extract.figures.weekdays import weekday_dates

    clause = _CLAUSE_END.search(text, end)
    stop = clause.start() if clause else len(text)
    for found in weekday_dates(text, day.isoformat(), ahead_from=end):
        if not end <= found.start < stop or not found.date:
            continue
        if _qualified(text, found.start, found.end, found.text):
            return None
        return date.fromisoformat(found.date)
    return None


# What ends a forecast's clause: its punctuation, or a conjunction that opens another.
_CLAUSE_END = re.compile(
    r"[;(\u2014]|:(?!\d)|,\s+(?:but|and|while|after|before|because|as)\b|\.\s|\.$"
)


def _qualified(text: str, start: int, end: int, written: str) -> bool:
    """A weekday with a word or a date of its own: "next Friday", "on Monday, 22 March",
    "a week on Monday" (words.toml's durations)."""
    return (
        written.split()[0].lower() in words()["time_adverbs"]
        or _dated_after().match(text, end) is not None
        or _counted_from().search(text, max(0, start - 30), start) is not None
    )


@cache
def _dated_after() -> re.Pattern[str]:
    """A date right after a weekday: "Monday, 22 March", "Monday March 22"."""
    from brief.extract.figures.notation import MONTH

    return re.compile(
        rf",?\s*(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}|{MONTH}\s+\d)"
    )


@cache
def _counted_from() -> re.Pattern[str]:
    """A duration counted from a weekday, just before it: "a week on", "two days after"."""
    return re.compile(rf"\b(?:{alternation(words()['durations'])})\s+(?:on|from|after)\s+\Z")


# The names before a verb and the names after it (each name a set of its words).
_Roles = tuple[list[frozenset[str]], list[frozenset[str]]]


def _forecast_roles(text: str, start: int, end: int) -> _Roles:
    """Who a forecast is of and what it is to: the names before and after it, or where it
    names none, its subject's head noun ("the storm is expected to ...") and its object's
    ("... to make landfall", "to reach the coast"). An outcome of the same verb with the
    same subject and object tells it came to pass ("the storm made landfall")."""
    who, what = _roles(text, start, end)
    return who or _subject_head(text[:start]), what or _object_head(text[end:])


def _subject_head(before: str) -> list[frozenset[str]]:
    """The head noun of the noun phrase right before a verb, as a one-word name; none for a
    pronoun ("it", "they") or a name (those are read as names)."""
    phrase = _subject_phrase(before)
    if not phrase:
        return []
    head = _head_word(phrase)
    lists = words()
    if not head.isalpha() or not head.islower() or len(head) < 3:
        return []
    if head in lists["subject_pronouns"] | lists["body_pronouns"] | lists["articles"]:
        return []
    return [frozenset({head})]


def _object_head(after: str) -> list[frozenset[str]]:
    """The head noun of the object right after a verb ("make landfall near Kiro" ->
    "landfall", "reach the east coast" -> "coast"): the last lower-case word of its noun
    phrase, after any determiner and before a preposition, a calendar word or punctuation."""
    from brief.extract.lexicon import calendar_word

    lists = words()
    skip = lists["articles"] | lists["determiners"] | lists["possessives"]
    stops = lists["object_prepositions"] | lists["name_prepositions"]
    phrase: list[str] = []
    for token in _TOKEN.findall(after)[:_OBJECT_REACH]:
        lower = token.lower()
        if not phrase and lower in skip:
            continue
        if (
            not token.isalpha()
            or not token.islower()
            or lower in stops
            or calendar_word(lower)
            or lower.endswith("ly")  # "cross the coast early on Tuesday"
        ):
            break
        phrase.append(lower)
    return [frozenset({phrase[-1]})] if phrase else []


# How many words after a verb its object's noun phrase is read through.
_OBJECT_REACH = 4


def _past_forms(text: str, forecasts: Mapping[str, object]) -> list[tuple[str, int, int]]:
    """The forecast verbs the text tells in the past ("reached"), with where they are."""
    found = []
    words = list(_WORD.finditer(text))
    for n, word in enumerate(words):
        key = _PAST_KEYS[word[0].lower()]
        if key in forecasts and not (n and words[n - 1][0].lower() in _NOT_DONE):
            found.append((key, word.start(), word.end()))
    return found


def _past_key(form: str) -> str:
    """A past form's inflection key ("reached" -> "reach"), "" for any other word."""
    from brief.extract.figures.tense import past_form

    return inflection_key(form) if past_form(form) else ""


# asked of every word of every sentence of a brief: worked out once a distinct word
_PAST_KEYS = WordMemo(_past_key)


def _roles(text: str, start: int, end: int) -> _Roles:
    """The names before the verb's words (`start`) and after them (`end`), near them."""
    return names_between(text, max(0, start - _BEFORE), start), names_between(
        text, end, end + _AFTER
    )


def names_between(text: str, low: int, high: int) -> list[frozenset[str]]:
    """The names between `low` and `high`, each as its words: capitalised words, less
    calendar words and those capitalised whatever they are (a sentence's or a quote's
    first word, "I"), and less a possessive's ending: "on Vaitkus's confirmation" names
    whom "to confirm Tomas Vaitkus" does (r47 M6)."""
    from brief.extract.lexicon import calendar_word

    names = []
    for found in _name().finditer(text, low, high):
        tokens = frozenset(
            _POSSESSIVE.sub("", word.lower())
            for at, word in _words_at(found)
            if word[0].isupper()
            and len(word) > 1
            and not calendar_word(word.lower())
            and not _OPENS.search(text[:at])
        )
        if tokens:
            names.append(tokens)
    return names


_POSSESSIVE = re.compile(r"['’]s?$")


def _words_at(found: re.Match[str]) -> list[tuple[int, str]]:
    at = found.start()
    out = []
    for word in found[0].split(" "):
        out.append((at, word))
        at += len(word) + 1
    return out


# What is before a word capitalised whatever it is: nothing, or an opening quote mark.
_OPENS = re.compile(r"(?:\A|[\"“‘(]|[.:;?!] )[\W]*\Z")


def _shared(these: list[frozenset[str]], those: list[frozenset[str]]) -> bool:
    """Do `these` and `those` name someone or something in common (one word in common
    will do: "Poseidon Titan" and "Titan")?"""
    return any(name & other for name in these for other in those)


def not_before(days: dict[int, date], later: int, earlier: int) -> bool:
    """Is source `later` of the day of `earlier` or after it (true where either is
    undated)?"""
    return later not in days or earlier not in days or days[later] >= days[earlier]


# A state given as the current one: "now" and the verb that tells it ("which now runs
# from", "will now run from", "is now at"), not "until now", "by now" (words.toml's
# not_current_before_now). Its "verb" is the attribute's verb, or the "be" before "now"
# where a value follows it ("the level is now 4").
_NOW_STATE = re.compile(
    r"\b(?P<aux>is|are|was|were|has|have|will|would)?\s?\bnow "
    r"(?P<verb>[a-z]+|\d[\d.,:]*)\b(?P<rest>[^;]*)"
)
# What ends the value a state gives: a clause's punctuation before another clause.
_VALUE_END = re.compile(r"[,;(\u2014\u2013]|:(?!\d)|\.\s|\.$|\bafter\b|\bbecause\b|\binstead\b")
# How far before "now" its subject is read, in characters.
_SUBJECT_SPAN = 90
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d.,:]*|[^\w\s]")
# Prepositions a subject's noun phrase runs on through ("the number of people", "the
# curfew in Avel", "the alert for the Avel district").
_SUBJECT_LINKS = frozenset({"of", "in", "for", "at", "on"})


@dataclass(frozen=True)
class _State:
    """A state a sentence gives as current."""

    key: str  # the verb's key ("run", or the "be" before "now")
    head: str  # the stem of its subject's head noun ("curfew", "toll")
    names: frozenset[str]  # the capitalised names of its subject and value
    value_head: str  # the value's first word ("from", "at")
    value: str  # the value as written
    object: str  # the value's noun phrase after a determiner ("the airport"), lower case


def _states(text: str) -> list[_State]:
    """The states a sentence gives as current, each with its subject: the noun phrase
    right before "now", after any verb of saying ("Officials said the death toll now
    stands at 40" -> "the death toll")."""
    from brief.rank.text import terms

    lists = words()
    found = []
    for state in _NOW_STATE.finditer(text):
        verb, aux = state["verb"], state["aux"]
        if verb in lists.speech or inflection_key(verb) in lists.speech:
            continue  # "officials now say": who says it, not a state
        before = text[max(0, state.start() - _SUBJECT_SPAN) : state.start()].split()
        if not aux and before and before[-1].lower() in lists["not_current_before_now"]:
            continue  # "until now", "for now"
        told_by_aux = not verb.isalpha() or verb in _not_state_verbs()
        if told_by_aux and not aux:
            continue
        rest = f"{verb}{state['rest']}" if told_by_aux else state["rest"]
        end = _VALUE_END.search(rest)
        value = " ".join(rest[: end.start() if end else len(rest)].split())
        phrase = _subject_phrase(text[: state.start()])
        heads = terms(_head_word(phrase)) if phrase else []
        if not value or not heads:
            continue
        key = inflection_key(aux or "") if told_by_aux else inflection_key(verb)
        value_head = next((word.lower() for word in value.split() if word.isalpha()), "")
        found.append(
            _State(
                key,
                heads[0],
                _names(phrase[1:]) | _names(value.split()),
                value_head,
                value,
                _object(value),
            )
        )
    return found


def _subject_phrase(before: str) -> list[str]:
    """The noun phrase that ends right before "now": back from it to its determiner (on
    through "of", "in", "for" before one), not past a verb of saying, a clause's
    punctuation or a relative pronoun ("the quay, which now opens" -> "the quay")."""
    lists = words()
    tokens = _TOKEN.findall(before[-_SUBJECT_SPAN:])
    if tokens and tokens[-1].lower() in lists["relative_pronouns"] | {"that"}:
        tokens.pop()
        if tokens and tokens[-1] == ",":
            tokens.pop()
    stops = lists["articles"] | lists["determiners"] | lists["possessives"]
    phrase: list[str] = []
    while tokens:
        word = tokens[-1]
        lower = word.lower()
        if not word[0].isalnum() or _is_saying(lower) or lower in lists["relative_pronouns"]:
            break
        phrase.insert(0, tokens.pop())
        if lower in stops:
            if tokens and tokens[-1].lower() in _SUBJECT_LINKS:
                phrase.insert(0, tokens.pop())
                continue
            break
    while phrase and phrase[0].lower() in _SUBJECT_LINKS:
        phrase.pop(0)
    return phrase


def _is_saying(word: str) -> bool:
    """Is `word` a form of a verb of saying ("said", "says", "told")?"""
    speaking = words().speech
    return word in speaking or inflection_key(word) in speaking


def _restates(earlier: _State, later: _State) -> bool:
    """Does `later` give `earlier`'s state anew, to another value? The same verb, the
    same head of the subject ("toll" is not "number") and the value's first word alike;
    a name or an object one has and the other has not, or another, is another state
    ("the curfew in Avel" is not "the curfew in Bera", "control the airport" not "the
    port"): when unsure, the earlier one stays."""
    return (
        earlier.key == later.key
        and earlier.head == later.head
        and earlier.value_head == later.value_head
        and earlier.names == later.names
        and earlier.object == later.object
        and earlier.value.lower() != later.value.lower()
    )


def _head_word(phrase: list[str]) -> str:
    """The head of a noun phrase: its last word before a preposition it runs on through
    ("the number of people missing" -> "number", "the death toll" -> "toll")."""
    at = next((i for i, word in enumerate(phrase) if i and word.lower() in _SUBJECT_LINKS), None)
    return (phrase[:at] if at is not None else phrase)[-1]


def _names(tokens: Sequence[str]) -> frozenset[str]:
    """The capitalised words among `tokens` (places, people, bodies)."""
    small = words()["articles"] | words()["determiners"] | words()["possessives"]
    return frozenset(word for word in tokens if word[:1].isupper() and word.lower() not in small)


def _object(value: str) -> str:
    """The noun phrase a state's value names after a determiner ("control the airport" ->
    "the airport"): another object is another state, not this one's new value."""
    lists = words()
    stops = lists["articles"] | lists["object_determiners"] | lists["possessives"]
    tokens = value.lower().split()
    at = next((i for i, word in enumerate(tokens) if word in stops), None)
    return " ".join(tokens[at:]) if at is not None else ""


@cache
def _not_state_verbs() -> frozenset[str]:
    """Words after "now" that are no verb of a state ("now in its third day", "now a")."""
    return words()["now_not_verbs"] | words()["articles"]


def restated_states(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give a state as current ("the night curfew, which now runs from
    21:00 to 05:00", "the alert level is now 3") where a report of their story of a later
    day gives the same subject's same state anew, to another value ("the curfew now runs
    from midnight"): the later report says what holds now, as a later day's count says
    the toll, and the earlier one read beside it gives nothing to say which is current
    (r60 F1: an embassy's first alert's curfew hours had been the only ones shown).
    The same state is the same verb after "now" (or the "be" before it), the same head
    of its subject (the noun phrase before "now", after any verb of saying), the same
    names and object, and the value's first word alike ("from", "at"); a value given
    again is no change (`_restates`). Reports more than STALE_DAYS apart tell history.
    The later report may give it in the present without "now" (`_plain_states`: "the
    curfew runs from midnight", "the level is 2"): what a later day's report says holds
    is what holds, however it words it; the earlier one's "now" is what dates it."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    days = source_days(corpus)
    states = {
        k: found
        for k, sentence in enumerate(unique)
        if sentence.source in story_of
        and sentence.source in days
        and "now " in sentence.text
        and (found := _states(sentence.text))
    }
    # the states by story and day: a sentence is read only against its story's later days
    # (one long file is one story of one day, whose states are never read in pairs)
    by_day: dict[tuple[int, date], list[int]] = {}
    for k in states:
        source = unique[k].source
        by_day.setdefault((story_of[source], days[source]), []).append(k)
    # a later report may give the state anew without "now" ("the curfew runs from 23:00"):
    # those are read as later states only, of the verbs the story's "now" states use
    keys: dict[int, set[str]] = {}
    for k, found in states.items():
        keys.setdefault(story_of[unique[k].source], set()).update(state.key for state in found)
    later_states = dict(states)
    for k, sentence in enumerate(unique):
        story = story_of.get(sentence.source)
        if (
            story in keys
            and sentence.source in days
            and (plain := _plain_states(sentence.text, keys[story]))
        ):
            later_states[k] = states.get(k, []) + plain
            if k not in states:
                by_day.setdefault((story, days[sentence.source]), []).append(k)
    named = _named_by_story(corpus, unique, story_of, later_states)
    states = {k: [named(k, state) for state in found] for k, found in states.items()}
    later_states = {k: [named(k, state) for state in found] for k, found in later_states.items()}
    stale = set()
    for k, mine in states.items():
        source = unique[k].source
        later = [
            others
            for (story, day), others in by_day.items()
            if story == story_of[source] and 0 < (day - days[source]).days <= STALE_DAYS
        ]
        if any(
            _restates(state, theirs)
            for others in later
            for other in others
            for state in mine
            for theirs in later_states[other]
        ):
            stale.add(k)
    return frozenset(stale)


def _named_by_story(
    corpus: Corpus,
    unique: Sequence[Sentence],
    story_of: Mapping[int, int],
    states: Mapping[int, list[_State]],
) -> Callable[[int, _State], _State]:
    """How a state whose subject names nothing ("The curfew will now run from 20:00") is
    read: with the names its story gives that state (the same verb and head noun) where
    the story gives it of one place only and the state's own article names that place
    ("extended the curfew in the capital Tarsk"). A story that gives it of two places, or
    an article that names neither, leaves it unnamed, and so another state (trust first)."""
    places: dict[tuple[int, str, str], set[frozenset[str]]] = {}
    for k, found in states.items():
        for state in found:
            if state.names:
                key = (story_of[unique[k].source], state.key, state.head)
                places.setdefault(key, set()).add(state.names)
    if not places:
        return lambda k, state: state
    article: dict[int, set[str]] = {}
    for sentence in corpus.sentences:
        article.setdefault(sentence.source, set()).update(_WORD.findall(sentence.text))

    def named(k: int, state: _State) -> _State:
        source = unique[k].source
        found = places.get((story_of[source], state.key, state.head), set())
        if state.names or len(found) != 1:
            return state
        only = next(iter(found))
        return replace(state, names=only) if only <= article.get(source, set()) else state

    return named


def _plain_states(text: str, keys: AbstractSet[str]) -> list[_State]:
    """The states a sentence gives in the present without "now", of the verbs `keys` ("the
    curfew runs from 23:00", "the warning level is 2"): read as if "now" stood at the verb
    ("runs", or after "is"). A past form ("ran"), an -ing form or one under "to", "will",
    "not" ... (`_NOT_DONE`: "is due to run", "will run") gives no state that holds, nor
    one in a clause of a condition or a denial (`_unasserted`: "If the curfew runs from
    20:00, ...", "denied that the level is 2")."""
    from brief.extract.figures.tense import past_form

    found: list[_State] = []
    tokens = list(_WORD.finditer(text))
    for n, word in enumerate(tokens):
        lower = word[0].lower()
        if lower in _PRESENT_BE:
            read = f"{text[: word.end()]} now{text[word.end() :]}"
        elif lower.endswith("ing") or past_form(lower):
            continue
        else:
            read = f"{text[: word.start()]}now {text[word.start() :]}"
        if inflection_key(lower) not in keys or (n and tokens[n - 1][0].lower() in _NOT_DONE):
            continue
        if _unasserted().search(text, 0, word.start()):
            continue
        found.extend(state for state in _states(read) if state.key in keys)
    return found


@cache
def _unasserted() -> re.Pattern[str]:
    """A word of condition (words.toml's condition_openers, subject_conditions,
    hypothetical_openers) or a verb of denial (denial_verbs) before the end of a text,
    in its clause: no clause mark nor a word that opens another clause between."""
    lists = words()
    opens = alternation(
        lists["condition_openers"]
        | lists["subject_conditions"]
        | lists["hypothetical_openers"]
        | lists["denial_verbs"]
    )
    return re.compile(
        rf"(?<!\bas )(?<!\beven )\b(?i:{opens})\b"
        rf"(?:(?![,;:()\u2014\u2013\"“”]|\b(?:and|but|then|while|whereas)\b).)*\Z"
    )


# The present of "be" that gives a state by its value ("the level is 2").
_PRESENT_BE = frozenset({"is", "are"})


@dataclass(frozen=True)
class _Passage:
    """A state a sentence says a thing was put in: closed or open (words.toml's
    closing_state_verbs, opening_state_verbs), and the thing by the head of its noun
    phrase and the names in it ("the RN1 highway between Niamey and Tera": "highway",
    {"RN1", "Niamey", "Tera"})."""

    open: bool
    head: str
    names: frozenset[str]


def _passages(text: str) -> list[_Passage]:
    """The states this sentence says its things were put in or are in ("Authorities
    closed the border with Benin", "the bridge at Kora reopened on Tuesday", "the road
    remained shut"): the verb's object, or its subject where none follows it (intransitive
    or passive). Not one told as may be or not ("will reopen", "is due to reopen", "not
    reopened", "if the road is closed"), nor one recalled before the news (after "after",
    "since", "following" in its clause: "reopened on Tuesday after being closed for two
    days"), nor an -ing form, nor a sentence of history (a year, "last week")."""
    lists = words()
    if _HISTORY.search(text):
        return []
    small = lists["articles"] | lists["determiners"] | lists["possessives"]
    tokens = list(_WORD.finditer(text))
    found: list[_Passage] = []
    for n, token in enumerate(tokens):
        word = token[0]
        lower = word.lower()
        if lower not in _state_forms() or lower.endswith("ing") or (n and word[0].isupper()):
            continue  # not a verb of state; an -ing form; a name ("Open University")
        if n and tokens[n - 1][0].lower() in small:
            continue  # an adjective or a noun ("an open border", "the closed road", "a halt")
        opening = inflection_key(lower) in _state_keys(True)
        # the words before the verb back to its subject: auxiliaries, and what makes it
        # no state that holds
        back = n - 1
        while back >= 0 and tokens[back][0].lower() in lists["state_auxiliaries"]:
            back -= 1
        between = [tokens[k][0].lower() for k in range(back + 1, n)]
        if back >= 0 and tokens[back][0].lower() in _NOT_DONE:
            continue
        if any(word in _NOT_DONE for word in between):
            continue
        if _unasserted().search(text, 0, token.start()) or _recalled(text, token.start()):
            continue
        after = text[token.end() :]
        things = _things_after(after) if not between else []
        if things:
            passages = [_passage(opening, thing) for thing in things]
        else:
            start = tokens[back + 1].start() if back + 1 < n else token.start()
            passages = [_passage(opening, _subject_phrase(text[:start]), _place_after(after))]
        found.extend(passage for passage in passages if passage is not None)
    return found


def _things_after(after: str) -> list[list[str]]:
    """The noun phrases of a verb's objects (`_thing_after`), each of those joined by "and"
    or a comma ("closed the road near Orvik and the airport at Sand": two things)."""
    things = []
    tokens = _TOKEN.findall(after[:_SUBJECT_SPAN])
    while tokens:
        thing = _thing_after(" ".join(tokens))
        if not thing:
            break
        things.append(thing)
        tokens = tokens[len(thing) :]
        if not tokens or tokens[0].lower() not in (",", "and"):
            break
        tokens = tokens[1:]
        if tokens and tokens[0].lower() == "and":
            tokens = tokens[1:]
    return things


def _place_after(after: str) -> list[str]:
    """The names of the place right after a verb whose subject is the thing ("was imposed
    in Bissau", "reopened at Kora on Tuesday"): "in" or "at" and the names after it."""
    tokens = _TOKEN.findall(after[:_SUBJECT_SPAN])
    if len(tokens) < 2 or tokens[0].lower() not in ("in", "at"):
        return []
    names = []
    for word in tokens[1:]:
        if not word[:1].isupper() or calendar_word(word):
            break
        names.append(word)
    return names


def _recalled(text: str, at: int) -> bool:
    """Is the verb at `at` in a clause that recalls what came before the news ("after
    being closed for two days", "since authorities shut it")?"""
    markers = list(_earlier_event().finditer(text, 0, at))
    return bool(markers) and _PHRASE_END.search(text, markers[-1].end(), at) is None


def _thing_after(after: str) -> list[str]:
    """The noun phrase a verb's object opens right after it ("the RN1 highway between
    Niamey and Tera", "flights to Niamey", "its border with Benin"): on through a link
    (words.toml's thing_links) only where a name follows it; [] where none follows
    ("reopened on Tuesday", "closed to traffic")."""
    lists = words()
    tokens = _TOKEN.findall(after[:_SUBJECT_SPAN])
    links = lists["thing_links"]
    small = lists["articles"] | lists["determiners"] | lists["possessives"]
    phrase: list[str] = []
    k = 0
    while k < len(tokens):
        word = tokens[k]
        lower = word.lower()
        if not word[0].isalnum():
            if word in "-–" and phrase and k + 1 < len(tokens):
                phrase.append(word)
                k += 1
                continue
            break
        if lower in links and phrase:
            follows = tokens[k + 1 : k + 3]
            named = [w for w in follows if w.lower() not in small][:1]
            if named and named[0][:1].isupper() and not calendar_word(named[0]):
                phrase.append(word)
                k += 1
                continue
            break
        if lower in links or lower in _NOT_DONE or lower in _PHRASE_STOPS:
            break
        if calendar_word(word) or (lower in lists["time_words"] and not phrase):
            break
        phrase.append(word)
        k += 1
    return phrase if any(w[:1].isalpha() and w.lower() not in small for w in phrase) else []


def _passage(opening: bool, phrase: Sequence[str], where: Sequence[str] = ()) -> _Passage | None:
    """The state of the thing `phrase` names: its head (the last word before a link, lower
    case, by its stem, never one of its names: "Flights to Vell", "Kora Bridge") and its
    names, with those of `where` (the place a passive gives after its verb: "a curfew was
    imposed in Bissau"); None for a pronoun or a phrase that names nothing."""
    lists = words()
    small = lists["articles"] | lists["determiners"] | lists["possessives"]
    words_of = [w for w in phrase if w[:1].isalnum()]
    while words_of and words_of[0].lower() in small:
        words_of.pop(0)
    at = next((i for i, w in enumerate(words_of) if i and w.lower() in lists["thing_links"]), None)
    core = words_of[:at] if at is not None else words_of
    if not core or core[-1].lower() in lists["object_pronouns"]:
        return None
    head = core[-1]
    names = frozenset(
        w
        for w in [*words_of, *where]
        if w[:1].isupper() and w != head and not calendar_word(w) and w.lower() not in small
    )
    return _Passage(opening, inflection_key(head.lower()), names)


# Words that end an object's phrase: clause words after which what follows is no longer
# the thing ("closed the road while the army searched", "after", "because").
_PHRASE_STOPS = frozenset(
    {
        "while",
        "after",
        "because",
        "as",
        "but",
        "until",
        "when",
        "amid",
        "for",
        "on",
        "by",
        "over",
        "following",
        "since",
        "so",
    }
)


@cache
def _state_keys(opening: bool) -> frozenset[str]:
    """The stems of the verbs that put a thing in a state (`opening` or closing)."""
    name = "opening_state_verbs" if opening else "closing_state_verbs"
    return frozenset(inflection_key(lemma) for lemma in words()[name])


@cache
def _state_forms() -> frozenset[str]:
    """Every form of those verbs (the lemma itself: "shut", "open" as an adjective)."""
    return frozenset(
        form
        for name in ("opening_state_verbs", "closing_state_verbs")
        for lemma in words()[name]
        for form in verb_forms(lemma)
    )


def _same_thing(one: _Passage, other: _Passage) -> bool:
    """Are these the same thing? The same head ("bridge") and names, one's all the other's
    ("the bridge at Kora" and "the Kora-Lem bridge between Kora and Lem"); a thing that
    names nothing is no thing to match: when unsure, both stay."""
    return (
        one.head == other.head
        and bool(one.names)
        and bool(other.names)
        and (one.names <= other.names or other.names <= one.names)
    )


def reversed_states(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that say a thing was closed (a road, a bridge, a border, an airport, a
    curfew imposed, flights suspended) where a report of their story of a later day says
    the same thing is open again (reopened, resumed, lifted), or the other way round: the
    later report says what holds now, as a later day's count says the toll, and a desk
    given "closed the RN1 highway" beside nothing of its reopening is told the road is
    closed (r65 F3). The same thing is the same head noun and names, one's all the
    other's (`_same_thing`); a thing that names nothing, another story's, or a report
    more than STALE_DAYS later, is not read. A sentence is stale only where each state it
    gives is overtaken: "closed the border and the airport" stays while only the border
    has reopened."""
    story_of = {
        number: n for n, g in enumerate(story_groups) if len(g.sources) > 1 for number in g.sources
    }
    days = source_days(corpus)
    passages = {
        k: found
        for k, sentence in enumerate(unique)
        if sentence.source in story_of
        and sentence.source in days
        and _may_pass().search(sentence.text)
        and (found := _passages(sentence.text))
    }
    if len(passages) < 2:
        return frozenset()
    stale = set()
    for k, mine in passages.items():
        source = unique[k].source
        later = [
            theirs
            for other, found in passages.items()
            if story_of[unique[other].source] == story_of[source]
            and 0 < (days[unique[other].source] - days[source]).days <= STALE_DAYS
            for theirs in found
        ]
        if all(
            any(_same_thing(state, theirs) and theirs.open != state.open for theirs in later)
            for state in mine
        ):
            stale.add(k)
    return frozenset(stale)


@cache
def _may_pass() -> re.Pattern[str]:
    """A cheap test before a sentence's words are read for a state: a form of one of the
    verbs."""
    return re.compile(rf"\b(?i:{alternation(_state_forms())})\b")


@dataclass(frozen=True)
class _Level:
    """A level a sentence gives a quantity ("Brent crude rose 3% to $84.20 a barrel", "the
    output target is now 40.0 million bpd"): what it is of, and its value."""

    key: tuple[object, ...]  # kind, unit, per, the object's head and names
    head: str  # the subject's head, lower case ("crude", "target", or a name: "brent")
    names: frozenset[str]  # the subject's capitalised words ("Benchmark", "Brent")
    # the word before the subject's head and the object's ("output" target, "inflation"
    # forecast), "" for none
    modifiers: tuple[str, str]
    value: float

    def same(self, other: _Level) -> bool:
        """Of the same quantity: the same key, and names in common or none on either side
        ("Brent crude", "Benchmark Brent crude"; not "WTI crude")."""
        return (
            self.key == other.key
            and (
                self.head == other.head  # "Brent" heads "Brent settled", a name of "Brent crude"
                or (self.head in self.names and self.head in other.names)
                or (other.head in other.names and other.head in self.names)
            )
            and (bool(self.names & other.names) or not (self.names or other.names))
            and all(
                not one or not two or one == two
                for one, two in zip(self.modifiers, other.modifiers, strict=True)
            )
        )


def _levels(sentence: Sentence) -> list[_Level]:
    """The levels the sentence gives: a price, a rate or a measure (not a count, a change
    or an earlier value: "rose 3%", "from $82") right after "to", "at", "of" or a "be"
    ("rose 3% to $84.20", "kept at $90", "is now 40.0 million"), each keyed by the noun
    phrase before its clause's verb (its subject's head and names: "Brent crude", "the
    group's combined output target") and the object between verb and value ("raised their
    Brent forecast to $90"). A level whose subject is no noun phrase ("it", "we") is read
    as of nothing: another report's "we" is another sayer's forecast."""
    from brief.extract.figures import find_figures
    from brief.extract.figures.tense import past_form

    text = sentence.text
    if not _MAY_LEVEL.search(text):  # no value after a "to", "at", "of" or "be"
        return []
    lists = words()
    found = []
    for figure in find_figures([sentence]):
        if figure.kind not in _LEVEL_KINDS or figure.value is None or figure.past:
            continue
        if figure.bound is not None or figure.to is not None:
            continue  # "at least", a range: no level as written
        at = text.find(figure.text)
        number = _NUMBER_START.search(figure.text)
        if at < 0 or number is None:
            continue
        start = at + number.start()
        if not _LEVEL_BEFORE.search(text, max(0, start - 30), start):
            continue
        opens = list(_LEVEL_CLAUSE.finditer(text, 0, start))
        clause = opens[-1].end() if opens else 0
        tokens = list(_WORD.finditer(text, clause, start))
        # its verb: a "be", "will", a verb of change or of setting a figure; else the first
        # past form after the subject ("kept"), not one inside it ("combined output")
        lowered = [token[0].lower() for token in tokens]
        strong = lists["change_verbs"] | lists["count_putting_verbs"] | _LEVEL_VERBS
        verb = next((n for n, lower in enumerate(lowered) if n and lower in strong), None)
        if verb is None:
            verb = next((n for n, lower in enumerate(lowered) if n and past_form(lower)), None)
        if verb is None:
            continue
        subject_end = tokens[verb].start()
        after = lowered[verb + 1] if verb + 1 < len(lowered) else ""
        if lowered[verb] in _LEVEL_VERBS and after and after not in _LEVEL_SKIP:
            verb += 1  # "will fall to", "has risen to": the verb after the auxiliary
        phrase = _subject_phrase(text[clause:subject_end])
        if not phrase:
            continue
        head = _head_word(phrase).lower()
        if head in lists["subject_pronouns"] | lists["body_pronouns"] or not head.isalpha():
            continue
        subject = _names(phrase)
        between = [t[0].lower() for t in tokens[verb + 1 :] if t[0].lower() not in _LEVEL_SKIP]
        what = frozenset(name.lower() for name in _names(text[tokens[verb].end() : start].split()))
        key = (figure.kind, figure.unit, figure.per, tuple(between[-1:]), what)
        modifiers = (_modifier([word.lower() for word in phrase]), _modifier(between))
        names = frozenset(name.lower() for name in subject)
        found.append(_Level(key, head, names, modifiers, figure.value))
    return found


def _modifier(phrase: Sequence[str]) -> str:
    """The word right before a noun phrase's head ("petrol" of "petrol prices", "brent"
    of "Benchmark Brent crude"), "" where it is a determiner or there is none: "diesel
    prices" are not "petrol prices", where "the bank" may be "the central bank"."""
    lists = words()
    small = lists["articles"] | lists["determiners"] | lists["possessives"]
    if len(phrase) < 2 or phrase[-2] in small or not phrase[-2].isalpha():
        return ""
    return phrase[-2]


_LEVEL_KINDS = frozenset({"money", "percent", "measure"})
_NUMBER_START = re.compile(r"[\d$€£¥]")
# What a level's value follows: "to", "at", "of", or a "be" (and "now")
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|of|is|are|was|were|be|now|stands|stood)\s+(?:about|around|nearly|some\s+)?\Z"
)
# A cheap test before a sentence's figures are read: a value's first digit or currency
# sign right after what _LEVEL_BEFORE reads (whose window ends there)
_MAY_LEVEL = re.compile(
    r"\b(?:to|at|of|is|are|was|were|be|now|stands|stood)\s+(?:about|around|nearly|some\s+)?"
    r"[\d$€£¥]"
)
# What opens another clause before a level: its punctuation, or a contrast's word
_LEVEL_CLAUSE = re.compile(r"[,;:()\u2014\u2013]|\b(?:while|whereas|but)\b")
_LEVEL_VERBS = frozenset(
    {"is", "are", "was", "were", "will", "would", "has", "have", "had", "now", "stands", "stood"}
)
# Words between a level's verb and its value that tell nothing of what it is of
_LEVEL_SKIP = frozenset({"to", "at", "of", "now", "be", "up", "down", "about", "around", "by"})
# Words by which a sentence gives its value as a revision of one given before
_REVISING = re.compile(r"\b(?:now|revised|revises|revision|updated|amended|corrected)\b", re.I)


def replaced_levels(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give a level (`_levels`: a price of a benchmark, a target, a rate)
    that a later report of their story gives anew, to another value: "The group's combined
    output target will fall to 39.8 million bpd" beside an update's "The group's combined
    output target is now 40.0 million bpd", "Brent crude rose 3% to $84.20" beside its
    "Brent crude fell 1.8% to $82.69" (r64 F3: the update's headline had led the story,
    the first report's price and target its bullets, the update's shown nowhere). A
    market and a plan move through a story's days as its toll does, and the later value
    is the current one. Later is a later day (within STALE_DAYS), or of the same day (a
    wire's update keeps its first date) by the report's own words: it gives the other's
    value as the base of its change ("down from the 1.2 million bpd agreed on Tuesday",
    Figure.past), or the sentence gives its value as a revision ("is now", "revised")
    where the other does not. A sentence that dates its value to a day before its report
    ("settled at $84.20 on Tuesday" in Wednesday's note) gives that day's. Never across
    stories; when unsure which is later, both stay."""
    from brief.extract.figures import find_figures
    from brief.extract.figures.weekdays import weekday_dates

    # a story of one report has no later one: its sentences are not read (an inbox's
    # thousand stories are mostly of one report)
    story_of = {
        number: n for n, g in enumerate(story_groups) if len(g.sources) > 1 for number in g.sources
    }
    levels = {
        k: found
        for k, sentence in enumerate(unique)
        if sentence.source in story_of and (found := _levels(sentence))
    }
    if len(levels) < 2 or len({unique[k].source for k in levels}) < 2:
        return frozenset()
    days = source_days(corpus)
    # each source's current and earlier values, for which report recalls another's: read
    # only for the reports of a story whose days do not settle which is later
    sentences_of: dict[int, list[Sentence]] = {}
    for sentence in unique:
        sentences_of.setdefault(sentence.source, []).append(sentence)
    values: dict[tuple[int, bool], set[tuple[object, ...]]] = {}
    read: set[int] = set()

    def values_of(source: int, past: bool) -> set[tuple[object, ...]]:
        if source not in read:
            read.add(source)
            for sentence in sentences_of.get(source, []):
                for f in find_figures([sentence]):
                    if f.kind in _LEVEL_KINDS and f.value is not None:
                        entry = (f.kind, f.unit, f.value)
                        values.setdefault((source, f.past), set()).add(entry)
        return values.get((source, past), set())

    def recalls(one: int, other: int) -> bool:
        """Does report `one` give a value of report `other`'s as the base of its change?"""
        return bool(values_of(one, True) & values_of(other, False))

    def day_of(k: int) -> date | None:
        source = unique[k].source
        if source not in days:
            return None
        day = days[source]
        told = [
            date.fromisoformat(found.date)
            for found in weekday_dates(unique[k].text, day.isoformat())
            if found.date and len(found.date) == 10
        ]
        return min([day, *told])

    def later(one: int, other: int) -> bool:
        a, b = unique[one].source, unique[other].source
        if a == b or story_of[a] != story_of[b]:
            return False
        da, db = day_of(one), day_of(other)
        if da is not None and db is not None and da != db:
            return 0 < (da - db).days <= STALE_DAYS
        if recalls(b, a):
            return False
        return recalls(a, b) or (
            bool(_REVISING.search(unique[one].text)) and not _REVISING.search(unique[other].text)
        )

    stale = set()
    for k, mine in levels.items():
        for level in mine:
            anew = [
                theirs.value
                for j, others in levels.items()
                if later(j, k)
                for theirs in others
                if theirs.same(level)
            ]
            if anew and level.value not in anew:
                stale.add(k)
                break
    return frozenset(stale)


def _titles(text: str) -> list[tuple[str, str, str]]:
    """The titles the sentence gives people before their names ("Interior Minister Daniel
    Abara"): each as (surname, title, the title's head), lower case; a title's head is a
    role's (words.toml's role_heads), with a name of two words or more after it."""
    heads = words()["role_heads"]
    found = []
    for run in _name().finditer(text):
        tokens = run[0].split(" ")
        for at, token in enumerate(tokens[:-2]):
            if token.lower() in heads and all(word[:1].isupper() for word in tokens[at + 1 :]):
                title = " ".join(tokens[: at + 1]).lower()
                found.append((_POSSESSIVE.sub("", tokens[-1].lower()), title, token.lower()))
                break
    return found


def retitled(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences of an earlier day's report that give a person a title ("The government
    delegation will be led by Interior Minister Daniel Abara") where a later day's report
    of their story gives the same person another title of the same kind of office
    ("Defence Minister Daniel Abara signed") and never this one: a reshuffle the later
    report tells, and the earlier line read beside it gives the reader a stale title as
    current (r63 F8). Reports more than STALE_DAYS apart tell history; a report that gives
    both titles, or one title more fully ("Energy Minister", "Saudi Energy Minister"),
    keeps both (when unsure, the earlier one stays)."""
    story_of = {number: n for n, g in enumerate(story_groups) for number in g.sources}
    days = source_days(corpus)
    titled = {
        k: found
        for k, sentence in enumerate(unique)
        if sentence.source in story_of
        and sentence.source in days
        and (found := _titles(sentence.text))
    }
    if len({unique[k].source for k in titled}) < 2:
        return frozenset()
    # each story's titles of each person, by day
    given: dict[tuple[int, date, str], set[tuple[str, str]]] = {}
    for k, found in titled.items():
        source = unique[k].source
        for surname, title, head in found:
            given.setdefault((story_of[source], days[source], surname), set()).add((title, head))

    def stale(k: int) -> bool:
        source = unique[k].source
        story, day = story_of[source], days[source]
        for surname, title, head in titled[k]:
            for (other, then, name), titles in given.items():
                if (
                    other == story
                    and name == surname
                    and 0 < (then - day).days <= STALE_DAYS
                    and any(h == head for _, h in titles)
                    and not any(_same_title(t, title) for t, _ in titles)
                ):
                    return True
        return False

    return frozenset(k for k in titled if stale(k))


def _same_title(one: str, other: str) -> bool:
    """Are two titles one, as written more or less fully ("Energy Minister", "Saudi Energy
    Minister")? Another office has a word the other has not, both ways ("Interior
    Minister", "Defence Minister")."""
    these, those = set(one.split()), set(other.split())
    return these <= those or those <= these
