"""Sentences of an article through the product's own ingest and segment path."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from brief.ingest import parse_text
from brief.models import Quote, Sentence, Source
from brief.segment import segment


def sentences_of(path: Path) -> tuple[Sentence, ...]:
    text = path.read_text(encoding="utf-8")
    source = Source(1, str(path), path.name, "", len(text))
    return segment([parse_text(text, source)]).sentences


def sentences(*texts: str) -> list[Sentence]:
    return [Sentence(t, 1, i, 0) for i, t in enumerate(texts, 1)]


def one_paragraph_each(*texts: str) -> list[Sentence]:
    """Sentences of one article, each a paragraph of its own (the first is paragraph 0)."""
    return [Sentence(t, 1, n, n - 1) for n, t in enumerate(texts, 1)]


def quotes_of(texts: Sequence[Sentence]) -> tuple[Quote, ...]:
    """The quotes find_quotes finds with the actors find_actors names in the same sentences."""
    from brief.extract.actors import find_actors
    from brief.extract.quotes import find_quotes

    return find_quotes(texts, find_actors(texts))


def speakers(*texts: str) -> list[tuple[str, str | None]]:
    """Each quote of the sentences of one article, with the actor it is given to."""
    return [(q.text, q.actor) for q in quotes_of(sentences(*texts))]


def people_roles(*texts: str) -> dict[str, str | None]:
    """The people find_actors names in the sentences of one article, each with its role."""
    from brief.extract.actors import find_actors

    return {a.name: a.role for a in find_actors(sentences(*texts)) if a.kind == "person"}


def roles_by_source(
    articles: Sequence[Sequence[str]], published: Mapping[int, str] | None = None
) -> dict[str, tuple[str | None, int | None]]:
    """Each person's role and the source that gives it, the articles numbered from 1."""
    from brief.extract.actors import find_actors

    texts = [
        Sentence(text, number, index, 0)
        for number, article in enumerate(articles, 1)
        for index, text in enumerate(article, 1)
    ]
    return {
        a.name: (a.role, a.role_cited.source if a.role_cited else None)
        for a in find_actors(texts, published=published)
        if a.kind == "person"
    }


def read_article(
    folder: Path, text: str
) -> tuple[dict[str, str | None], list[tuple[str, str | None]]]:
    """The person actors with their roles, and the quotes with their speakers, of an
    article written to `folder` and read through the product's own ingest and segmenter."""
    from brief.extract.actors import find_actors

    path = folder / "a.txt"
    path.write_text(text, encoding="utf-8")
    found = sentences_of(path)
    people = {a.name: a.role for a in find_actors(list(found)) if a.kind == "person"}
    return people, [(q.text, q.actor) for q in quotes_of(found)]
