"""Rankers: score every sentence and give a preference order. One registry, keyed by CLI name.

STUB: the ranking helper replaces this with the real registry (sumy algorithms,
a vectorised lexrank, lead and our default).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from brief.models import Ranking, Sentence


@dataclass(frozen=True)
class RankContext:
    """What a ranker may know besides the sentences: the source titles and language."""

    titles: tuple[str, ...] = ()
    language: str = "english"


Ranker = Callable[[Sequence[Sentence], RankContext], Ranking]


def _lead(sentences: Sequence[Sentence], context: RankContext) -> Ranking:
    n = len(sentences)
    scores = tuple(1.0 - i / max(n, 1) for i in range(n))
    return Ranking("lead", scores, tuple(range(n)))


RANKERS: dict[str, Ranker] = {"default": _lead, "lead": _lead}


def rank(sentences: Sequence[Sentence], algorithm: str, context: RankContext) -> Ranking:
    return RANKERS[algorithm](sentences, context)
