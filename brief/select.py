"""Pick the kept sentences from a ranking. STUB: the ranking helper adds dangling-sentence repair."""

from __future__ import annotations

from collections.abc import Sequence

from brief.models import Ranking, Sentence


def select(sentences: Sequence[Sentence], ranking: Ranking, count: int) -> tuple[int, ...]:
    """Positions of the kept sentences, best first."""
    return tuple(ranking.order[:count])
