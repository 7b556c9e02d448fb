"""Invented reports as the stories stage reads them, for the stories tests: each text a
source numbered from 1 (its file `n.txt`), parsed and segmented as ingest would, dated
where a test gives the page its day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from brief.ingest import make_source, parse_text
from brief.models import Corpus
from brief.segment import segment
from brief.stories.texts import Text, story_texts


def corpus_of(texts: Sequence[str]) -> Corpus:
    documents = [
        parse_text(text, make_source(f"{n}.txt", n, text.encode("utf-8")))
        for n, text in enumerate(texts, 1)
    ]
    return segment(documents)


def dated_corpus_of(texts: Sequence[tuple[str, str]]) -> Corpus:
    """Each (day, text) as a page dated its day."""
    documents = [
        parse_text(text, replace(make_source(f"{n}.txt", n, text.encode("utf-8")), date=day))
        for n, (day, text) in enumerate(texts, 1)
    ]
    return segment(documents)


def texts_of(reports: Sequence[str]) -> list[Text]:
    """The stories stage's view of each report (Text), in order."""
    return _texts(corpus_of(reports), len(reports))


def dated_texts_of(pile: Sequence[tuple[str, str]]) -> list[Text]:
    return _texts(dated_corpus_of(pile), len(pile))


def _texts(corpus: Corpus, count: int) -> list[Text]:
    return list(story_texts(corpus, list(range(1, count + 1))).values())
