"""Counts a later report of the story makes stale: an earlier day's count of what the
latest day counts again (`stale_counts`), a count another report corrects
(`corrected_counts`) or recounts (`recounted_by_later_report`), and a count its own
report calls preliminary (`preliminary_counts`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from brief.extract.lexicon import alternation, words
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.death_tolls import recalled_tolls
from brief.pipeline.superseded.phrases import PHRASE_END, name_in_common, names_between
from brief.pipeline.superseded.reports import (
    STALE_DAYS,
    latest_day_sources,
    not_before,
    source_days,
    story_of_sources,
)

if TYPE_CHECKING:
    from brief.extract.figures.earlier_counts import Correction


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
    from brief.extract.figures.alone import figures_alone
    from brief.extract.figures.earlier_counts import COUNTED_AS

    def counted(sentence: Sentence, recalled: bool = True) -> set[tuple[str, float]]:
        """Its counts; without those of an earlier event its news follows, unless `recalled`."""
        return {
            (COUNTED_AS.get(f.unit.lower(), f.unit.lower()), f.value)
            for f in figures_alone(sentence)
            if f.kind == "count"
            and f.unit
            and f.value is not None
            and not f.past
            and (recalled or not in_earlier_event(sentence.text, f.text))
        }

    story_of = story_of_sources(story_groups)
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
class CorrectedTitles:
    """What a story's reports say is no longer so of its headlines, as the drafts hand it
    to compose (`compose_story`'s `corrected`): the reports whose opening another report
    calls false (`refuted`, `superseded.refuted.refuted_openings`: "Mine to close ...,
    sources say" beside the company's "Reports ... that the mine would close ... are
    false"), and the counts its reports give as corrections of another's
    (`corrections`), as its bullets leave out a sentence that gives the earlier count
    (`corrected_counts`)."""

    refuted: frozenset[int] = frozenset()
    corrections: tuple[Correction, ...] = ()
    # the reports whose headline gives a count fewer of the story's reports give than
    # another count of the same thing (extract.figures.outnumbered, r78 F1)
    outnumbered: frozenset[int] = frozenset()

    def __call__(self, title: str, source: int | None) -> bool:
        """Whether a headline of the story (its words, and the source it heads) is a
        refuted report's, gives a count another of its reports corrects, or one fewer of
        its reports give than another."""
        from brief.extract.figures.earlier_counts import counts_of

        if source is not None and (source in self.refuted or source in self.outnumbered):
            return True
        if not self.corrections:
            return False
        counts = counts_of(Sentence(text=title, source=source or 0, index=0, paragraph=0))
        return any(c.corrects(counts, source) for c in self.corrections)


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
    from brief.extract.figures.earlier_counts import corrections, counts_of

    # another report's correction: none in a story of one report
    story_of = story_of_sources(story_groups, several=True)
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


def in_earlier_event(text: str, figure: str) -> bool:
    """Whether a figure of the sentence is in a phrase that names what came before its
    news (words.toml's earlier_event_markers: "after", "following", "in the wake of" ...),
    with no clause's end between: "X resigned on Wednesday, a day after four soldiers were
    killed" tells the resignation, and "four" is the count of the event it followed, as
    that day's reports gave it."""
    at = text.find(figure)
    if at < 0:
        return False
    markers = list(earlier_event().finditer(text, 0, at))
    return bool(markers) and PHRASE_END.search(text, markers[-1].end(), at) is None


@cache
def earlier_event() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['earlier_event_markers'])})\b", re.IGNORECASE)


def casualties(sentence: Sentence) -> dict[str, set[float]]:
    """The sentence's current counts of the dead, the hurt and the missing, by class (a
    count an earlier report gave, revised since, is no figure and not among them)."""
    from brief.extract.figures.alone import figures_alone
    from brief.extract.figures.earlier_counts import COUNTED_AS

    found: dict[str, set[float]] = {}
    if not _CASUALTY_WORDS.search(sentence.text):
        return found
    for figure in figures_alone(sentence):
        unit = COUNTED_AS.get((figure.unit or "").lower())
        if figure.kind == "count" and unit and figure.value is not None and not figure.past:
            found.setdefault(unit, set()).add(figure.value)
    return found


# The words of a casualty count, a cheap test before a sentence's figures are read: the
# units above and the verbs' other forms ("killing 11 people", "injuring 37").
_CASUALTY_WORDS = re.compile(r"\b(?:dead|deaths?|kill|died|injur|wound|hurt|missing)", re.I)


def recounted(counts: Mapping[str, set[float]], later: Mapping[str, set[float]]) -> bool:
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
    the later. Earlier days' counts are `stale_counts`'. Only another report recounts: the
    stories of one report are not read."""
    story_of = story_of_sources(story_groups, several=True)
    recalled = recalled_tolls(unique, story_of)
    if not recalled:
        return frozenset()
    days = source_days(corpus)
    counts = {
        k: casualties(sentence) for k, sentence in enumerate(unique) if sentence.source in story_of
    }
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
        and any(recounted(found, by_source[one]) for one in earlier.get(unique[k].source, ()))
    )


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

    story_of = story_of_sources(story_groups)
    first = [
        k
        for k, sentence in enumerate(unique)
        if sentence.source in story_of and told_as_preliminary(sentence.text)
    ]
    if not first:
        return frozenset()
    days = source_days(corpus)
    # (a higher count is of the same story: only the stories of a first count are read)
    stories = {story_of[unique[k].source] for k in first}
    counts = {
        k: found
        for k, sentence in enumerate(unique)
        if story_of.get(sentence.source, -1) in stories and (found := casualties(sentence))
    }
    named = {k: names_between(unique[k].text, 0, len(unique[k].text)) for k in counts}

    def higher(k: int, other: int) -> bool:
        one, then = unique[k], unique[other]
        return (
            other != k
            and story_of[then.source] == story_of[one.source]
            and not_before(days, then.source, one.source)
            and name_in_common(named[k], named[other])
            and any(
                max(values) > min(counts[k].get(unit, {max(values)}))
                for unit, values in counts[other].items()
            )
        )

    return frozenset(k for k in first if k in counts and any(higher(k, j) for j in counts))
