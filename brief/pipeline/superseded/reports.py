"""A story's reports in time: each source's day, the story's latest day, and which of
two reports is not the earlier. Every check of what is superseded asks these; the
"later" a check means is one of these days, within STALE_DAYS."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import TypeVar
from weakref import ref

from brief.models import Corpus, Sentence, StoryGroup


def latest_day_sources(corpus: Corpus, group: StoryGroup) -> frozenset[int]:
    """The sources of a story's latest day, where its reports are of several days."""
    from brief.compose.digest import story_documents
    from brief.compose.titles import report_dates

    dates = report_dates(story_documents(corpus, group.sources))
    latest = max((date[:10] for date in dates.values() if date), default="")
    return frozenset(n for n, date in dates.items() if latest and date[:10] == latest)


# How many days before its story's latest day a report's count is an earlier count of the
# same running tally (a week's catch-up brief), not the story's history.
STALE_DAYS = 7


def source_days(corpus: Corpus) -> Mapping[int, date]:
    """Each dated source's day, by source number: which report is of a later day than
    another (see not_before). Every check asks it of the brief's corpus, for each part of
    a digest's stories (`pipeline.parts`): at 1,000 articles 66 times, each a read of the
    1,000 documents' dates, 0.06 s of CPU. The days of the corpus last asked are kept
    while it lives (a weak reference: a corpus is never hashed, its sentences are many)."""
    if _days_of and _days_of[0][0]() is corpus:
        return _days_of[0][1]
    found = {}
    for document in corpus.documents:
        written = (document.source.date or document.date or "")[:10]
        try:
            found[document.source.number] = date.fromisoformat(written)
        except ValueError:
            continue
    days = MappingProxyType(found)
    _days_of[:] = [(ref(corpus), days)]
    return days


_days_of: list[tuple[ref[Corpus], Mapping[int, date]]] = []  # see source_days


def not_before(days: Mapping[int, date], later: int, earlier: int) -> bool:
    """Is source `later` of the day of `earlier` or after it (true where either is
    undated)?"""
    return later not in days or earlier not in days or days[later] >= days[earlier]


_Found = TypeVar("_Found")


def dated_readings(
    unique: Sequence[Sentence],
    story_of: Mapping[int, int],
    days: Mapping[int, date],
    read: Callable[[Sentence], list[_Found]],
) -> dict[int, list[_Found]]:
    """What `read` finds in each sentence of `unique` whose report is of a story
    (`story_of`) and dated (`days`), by its position; a sentence it finds nothing in is
    left out. The checks that compare a story's days gather what they compare so."""
    return {
        k: found
        for k, sentence in enumerate(unique)
        if sentence.source in story_of and sentence.source in days and (found := read(sentence))
    }


def story_reports(
    unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> tuple[list[int], list[Sentence]]:
    """The sentences of `unique` that report their story, and their positions in it, for
    the checks to read and their answers to be mapped back: not a roundup's items of other
    events (selection.not_news.told_elsewhere), which are no report of the story (a
    newsletter's "floods killed 30" of another country makes none of the story's counts
    an earlier one, and is no bullet of the story either way)."""
    from brief.selection.not_news import told_elsewhere

    elsewhere = told_elsewhere(unique, story_groups)
    own = [k for k in range(len(unique)) if k not in elsewhere]
    return own, [unique[k] for k in own]


def story_of_sources(story_groups: Sequence[StoryGroup], several: bool = False) -> dict[int, int]:
    """Each source's story, by its number: the one map every check reads its stories by.
    With `several`, only the stories of several reports (a story of one report has no
    later one, and an inbox's are mostly of one)."""
    return {
        number: n
        for n, group in enumerate(story_groups)
        if not several or len(group.sources) > 1
        for number in group.sources
    }
