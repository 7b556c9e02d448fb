"""What a ranker may know besides the sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from brief.models import Ranking, Sentence


@dataclass(frozen=True)
class RankContext:
    """The source titles (one per source, in source order, where known) and the language."""

    titles: tuple[str, ...] = ()
    language: str = "english"


Ranker = Callable[[Sequence[Sentence], RankContext], Ranking]
