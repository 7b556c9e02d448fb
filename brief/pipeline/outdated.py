"""What a story's other reports make outdated: its counts, levels, titles and forecasts
superseded by a later report (`superseded`), what a report withdraws or corrects
(`superseded.withdrawn`), and its events to come that a report calls off (`called_off`).
Each reads one story at a time, never across stories, so the stories can be read in
parts, as their covers are: the extraction child takes the parts from the first and the
brief's process from the last, until they meet (`extracting.Works`). At 1,000 articles
these were 1.4 s of CPU on the brief's process, the longer chain, at a time when the
child had nothing left to do."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.called_off import called_off, undone
from brief.pipeline.parts import part_of
from brief.pipeline.superseded import superseded
from brief.pipeline.superseded.withdrawn import withdrawn_or_corrected


@dataclass(frozen=True)
class Outdated:
    """Positions in the distinct sentences: those superseded, and those of them that are
    events called off (the brief lists these apart) or that tell what a report withdrew
    or corrected (`withdrawn`: never so, they give no figure or row either)."""

    superseded: frozenset[int] = frozenset()
    called_off: frozenset[int] = frozenset()
    withdrawn: frozenset[int] = frozenset()


def outdated(
    corpus: Corpus,
    unique: Sequence[Sentence],
    story_groups: Sequence[StoryGroup],
    part: int | None = None,
) -> Outdated:
    """What the stories of one part (or of all, for None) make outdated."""
    if part is None:
        off = called_off(corpus, unique, story_groups)
        # a calling off a later report undoes, or overtakes by the event held, is
        # superseded as well (called_off.undone)
        gone = superseded(corpus, unique, story_groups) | undone(corpus, unique, story_groups)
        back = withdrawn_or_corrected(corpus, unique, story_groups)
        return Outdated(gone | off | back, off, back)
    groups = part_of(story_groups, part)
    sources = {number for group in groups for number in group.sources}
    own = [k for k, sentence in enumerate(unique) if sentence.source in sources]
    found = outdated(corpus, [unique[k] for k in own], groups)
    return Outdated(
        frozenset(own[i] for i in found.superseded),
        frozenset(own[i] for i in found.called_off),
        frozenset(own[i] for i in found.withdrawn),
    )


def of_all_parts(parts: Iterable[Outdated]) -> Outdated:
    """The parts' findings together."""
    superseded_in: set[int] = set()
    off: set[int] = set()
    back: set[int] = set()
    for part in parts:
        superseded_in |= part.superseded
        off |= part.called_off
        back |= part.withdrawn
    return Outdated(frozenset(superseded_in), frozenset(off), frozenset(back))
