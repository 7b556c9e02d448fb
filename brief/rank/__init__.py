"""Rankers: score every sentence and give a preference order. One registry, keyed by CLI name.

`default` is ours (position-aware directed centrality with title similarity, a length
prior and redundancy control; see docs/quality.md); `lexrank` is sumy's LexRank
vectorised; the other sumy names run sumy's own summarizers on brief's sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.models import Ranking, Sentence
from brief.rank.context import RankContext, Ranker
from brief.rank.directed import rank_default
from brief.rank.lexrank import rank_lexrank
from brief.rank.sumy_rankers import sumy_ranker

__all__ = ["RANKERS", "RankContext", "Ranker", "rank"]


def lead(sentences: Sequence[Sentence], context: RankContext) -> Ranking:
    """Each source's opening first: index 1 of every source, then index 2, ..."""
    n = len(sentences)
    order = tuple(sorted(range(n), key=lambda i: (sentences[i].index, i)))
    scores = tuple(1.0 / s.index for s in sentences)
    return Ranking("lead", scores, order)


RANKERS: dict[str, Ranker] = {
    "default": rank_default,
    "lead": lead,
    "lexrank": rank_lexrank,
    "textrank": sumy_ranker("textrank"),
    "lsa": sumy_ranker("lsa"),
    "luhn": sumy_ranker("luhn"),
    "edmundson": sumy_ranker("edmundson"),
    "sumbasic": sumy_ranker("sumbasic"),
    "kl": sumy_ranker("kl"),
    "reduction": sumy_ranker("reduction"),
    "sumy-lexrank": sumy_ranker("lexrank"),
}


def rank(sentences: Sequence[Sentence], algorithm: str, context: RankContext) -> Ranking:
    return RANKERS[algorithm](sentences, context)
