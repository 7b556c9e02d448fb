"""What a story's own day makes stale before its end: a live blog's earlier entries
(`earlier_entries`), a rate given as of an earlier hour (`earlier_rates_of_the_day`) and
progress a later report of the day has passed (`passed_progress`). A wire's update keeps
its first date, so the day alone does not settle which is later: the time each report
gives does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from brief.extract.lexicon import words
from brief.ingest.furniture import entry_stamps
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.counts import casualties, recounted
from brief.pipeline.superseded.phrases import names_between
from brief.pipeline.superseded.reports import not_before, source_days, story_of_sources


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
        counts = {n: casualties(unique[members[n]]) for n in times}
        for n, found in counts.items():
            if not found:
                continue
            later: dict[str, set[float]] = {}
            for m, other in counts.items():
                if times[m] > times[n]:
                    for unit, values in other.items():
                        later.setdefault(unit, set()).update(values)
            if recounted(found, later):
                stale.add(members[n])
    return frozenset(stale)


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
    story_of = story_of_sources(story_groups)
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
    from brief.extract.figures.alone import figures_alone

    text = sentence.text
    lowered = text.lower()
    measured = words()["measured_rates"]
    if not any(map(lowered.__contains__, measured)):  # (in C: asked of every sentence)
        return []
    found = []
    for figure in figures_alone(sentence):
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
    story_of = story_of_sources(story_groups)
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
