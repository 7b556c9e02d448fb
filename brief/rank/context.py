"""What a ranker may know besides the sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI lists the rankers for --help without loading the dataclasses
    from brief.models import Ranking, Sentence


# A short summary's length (DUC's): a multi-document ranking puts the best summary of this
# many words first (brief.rank.coverage), and a story's bullets read that summary first
# (selection.chains, compose.digest, pipeline.drafts).
SUMMARY_WORDS = 100


@dataclass(frozen=True)
class RankContext:
    """The source titles (one per source, in source order, where known) and the language."""

    titles: tuple[str, ...] = ()
    language: str = "english"


Ranker = Callable[[Sequence["Sentence"], RankContext], "Ranking"]
