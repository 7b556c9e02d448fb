"""sumy's summarizers run on OUR sentences, so every algorithm sees the same segmentation.

sumy's own Tokenizer needs NLTK data we do not have, so the document model is built
from brief's sentences with a tokenizer object whose `to_words` is `text.words`. sumy
returns only the chosen sentences; passing a callable as the count hands us sumy's full
rating-sorted list instead, so every sentence gets sumy's own rating as its score and the
order is sumy's (rating descending, ties in reading order).

Several of sumy's summarizers grow with the square or the cube of the sentence count (KL
rescores every sentence against the whole summary at every pick, so a full ranking is
cubic): kl ran 881 s on a 1,217-sentence article. Each has a size it gives up at,
measured with tools/bench.py's corpus (a few seconds on one busy core), and refuses a
larger input at once, naming that size, instead of hanging: a SettingError of the
`algorithm` setting, which the command line and a config file each name in their own
terms.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import groupby
from typing import Any

import numpy as np

from brief.errors import SettingError
from brief.extract.lexicon import words as lexicon_words
from brief.limits import time_limit
from brief.models import Ranking, Sentence
from brief.rank.context import RankContext
from brief.rank.text import stemmer, stop_words, words

# Most sentences each of sumy's summarizers ranks in under about 10 s on one core of a
# 2-core machine (measured under load, scaled by sumy-lexrank's 15 s at 1,600 sentences
# in docs/bench.md). `edmundson` ranks 3,200 sentences in under a second: no limit.
SENTENCE_LIMITS = {
    "kl": 150,
    "lsa": 400,
    "reduction": 600,
    "sumy-lexrank": 1_600,  # tools/bench.py compares with it at 1,600 (15 s)
    "textrank": 1_200,
    "sumbasic": 4_000,
    "luhn": 5_000,
}


RANK_TIMEOUT = 60.0  # seconds; the size limits keep real articles well under it


def check_size(algorithm: str, count: int) -> None:
    """Refuse, with the size it gives up at, an input an algorithm would take minutes on."""
    limit = SENTENCE_LIMITS.get(algorithm)
    if limit is not None and count > limit:
        raise SettingError(
            "algorithm",
            f"{algorithm!r} gives up above {limit:,} sentences and this input has {count:,} "
            "(its time grows with the square or cube of the length); choose 'default', "
            "which ranks 25,000 sentences in seconds, or brief fewer articles",
        )


class _Tokenizer:
    """The one method of sumy's Tokenizer that its summarizers call."""

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return words(text)


def _document(sentences: Sequence[Sentence], titles: Sequence[str]) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = _Tokenizer()
    # Titles go in as headings of the first paragraph (Edmundson's title and location
    # methods read them); sumy keeps headings out of `document.sentences`, so positions
    # stay aligned with ours.
    paragraphs: list[list[Any]] = [
        [SumySentence(title, tokenizer, is_heading=True) for title in titles if title]
    ]
    for number, (_, group) in enumerate(groupby(sentences, key=lambda s: (s.source, s.paragraph))):
        if number:
            paragraphs.append([])
        paragraphs[-1].extend(SumySentence(s.text, tokenizer) for s in group)
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs])


def _summarizer(name: str, language: str, titles: Sequence[str]) -> Any:
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes: dict[str, Any] = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "edmundson": EdmundsonSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
        "reduction": ReductionSummarizer,
    }
    stop = stop_words(language)
    summarizer = classes[name](stemmer(language))
    if name == "edmundson":
        # As sumy's CLI does: stop words are null words, cue words from the parser.
        title_words = [w for t in titles for w in words(t) if w.lower() not in stop]
        summarizer.null_words = stop or {"the"}
        # Edmundson's cue method needs stigma words, and sumy ships none for English:
        # words.toml's [rank] bonus_words and stigma_words.
        cue_words = lexicon_words()
        summarizer.bonus_words = (*cue_words["bonus_words"], *title_words)
        summarizer.stigma_words = cue_words["stigma_words"]
    else:
        summarizer.stop_words = stop
    return summarizer


RATING_DIGITS = 9


def sumy_ranker(name: str) -> Callable[[Sequence[Sentence], RankContext], Ranking]:
    """A Ranker running sumy's `name` summarizer."""

    algorithm = "sumy-lexrank" if name == "lexrank" else name  # the setting's name for it

    def rank(sentences: Sequence[Sentence], context: RankContext) -> Ranking:
        if not sentences:
            return Ranking(name, (), ())
        check_size(algorithm, len(sentences))

        # Below the size limit, long sentences can still make a summarizer crawl: it runs
        # under a deadline, so it ends in one line instead of a hang.
        document = _document(sentences, context.titles)
        captured: list[Any] = []

        def everything(infos: list[Any]) -> list[Any]:
            captured.extend(infos)
            return infos

        with (
            time_limit(RANK_TIMEOUT, what=f"ranking with algorithm {algorithm!r}", path=None),
            np.errstate(all="ignore"),  # degenerate input: sumy's LexRank divides 0 by 0
        ):
            _summarizer(name, context.language, context.titles)(document, everything)
        scores = [0.0] * len(sentences)
        for info in captured:
            rating = float(info.rating)
            # Rounded: LSA builds its term matrix from a set, so the last bits of a rating
            # change with the string hash seed, and near-ties would flip from run to run.
            scores[info.order] = round(rating, RATING_DIGITS) if math.isfinite(rating) else 0.0
        order = sorted((info.order for info in captured), key=lambda i: (-scores[i], i))
        if len(order) < len(sentences):  # a summarizer that bailed out early
            seen = set(order)
            order += [i for i in range(len(sentences)) if i not in seen]
        return Ranking(name, tuple(scores), tuple(order))

    rank.__doc__ = f"sumy's {name} summarizer on brief's sentences."
    return rank
