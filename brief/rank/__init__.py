"""Rankers: score every sentence and give a preference order. One registry, keyed by CLI name.

`default` is ours (position prior + centrality + title, length prior, MMR; see
docs/quality.md); `lexrank` is sumy's LexRank vectorised (same ranking); the other sumy
names run sumy's own summarizers on brief's sentences (`sumy-lexrank` is sumy's LexRank).
Rankers import numpy and scipy only when first called, and sumy (with nltk) only for
sumy's algorithms, so `brief --help` and the CLI's --algorithm choices stay cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from brief.rank.context import RankContext, Ranker

if TYPE_CHECKING:  # `brief --help` lists RANKERS; the dataclasses load with a brief
    from brief.models import Ranking, Sentence

__all__ = ["RANKERS", "RankContext", "Ranker", "rank"]


def lead(sentences: Sequence[Sentence], context: RankContext) -> Ranking:
    """Each source's opening first: index 1 of every source, then index 2, ..."""
    from brief.models import Ranking

    order = tuple(sorted(range(len(sentences)), key=lambda i: (sentences[i].index, i)))
    return Ranking("lead", tuple(1.0 / s.index for s in sentences), order)


def _lazy(module: str, attribute: str, *args: str) -> Ranker:
    """A ranker that imports its (heavy) implementation on first use."""

    def run(sentences: Sequence[Sentence], context: RankContext) -> Ranking:
        implementation = getattr(importlib.import_module(module), attribute)
        ranker: Ranker = implementation(*args) if args else implementation
        return ranker(sentences, context)

    run.__name__ = run.__qualname__ = f"{attribute}{args}" if args else attribute
    return run


def _sumy(name: str) -> Ranker:
    return _lazy("brief.rank.sumy_rankers", "sumy_ranker", name)


RANKERS: dict[str, Ranker] = {
    "default": _lazy("brief.rank.directed", "rank_default"),
    "lead": lead,
    "lexrank": _lazy("brief.rank.lexrank", "rank_lexrank"),
    "coverage": _lazy("brief.rank.coverage", "rank_coverage"),
    "textrank": _sumy("textrank"),
    "lsa": _sumy("lsa"),
    "luhn": _sumy("luhn"),
    "edmundson": _sumy("edmundson"),
    "sumbasic": _sumy("sumbasic"),
    "kl": _sumy("kl"),
    "reduction": _sumy("reduction"),
    "sumy-lexrank": _sumy("lexrank"),
}


def rank(sentences: Sequence[Sentence], algorithm: str, context: RankContext) -> Ranking:
    """The ranking is labelled with the registry key the user chose ('sumy-lexrank')."""
    return replace(RANKERS[algorithm](sentences, context), algorithm=algorithm)
