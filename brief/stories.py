"""Stories: the articles that report the same event (a placeholder: one story per text,
copies merged). Replaced by the real grouping stage."""

from __future__ import annotations

from brief.models import Corpus, StoryGroup, text_key


def find_stories(corpus: Corpus) -> tuple[StoryGroup, ...]:
    texts: dict[tuple[str, ...], int] = {}
    copies: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    by_source: dict[int, list[str]] = {}
    for s in corpus.sentences:
        by_source.setdefault(s.source, []).append(text_key(s.text))
    for doc in corpus.documents:
        number = doc.source.number
        key = tuple(by_source.get(number, ()))
        original = texts.setdefault(key, number)
        if original != number:
            copies[number] = original
        members.setdefault(original, []).append(number)
    return tuple(
        StoryGroup(tuple(sorted(m)), {c: o for c, o in copies.items() if c in m})
        for _, m in sorted(members.items())
    )
