"""Key figures and dates. STUB: the sections helper replaces this."""

from __future__ import annotations

from collections.abc import Sequence

from brief.models import Figure, Sentence, TimelineEvent


def find_figures(sentences: Sequence[Sentence]) -> tuple[Figure, ...]:
    return ()


def timeline(figures: Sequence[Figure], sentences: Sequence[Sentence]) -> tuple[TimelineEvent, ...]:
    return ()
