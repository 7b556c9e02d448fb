"""The distinct sentences' classes in the profile, and each article's headline's, in parts
of whole articles: the classifier reads each article on its own (what a pronoun or a
name refers back to never crosses articles: classify.articles), so a digest's articles
can be classified in parts that the extraction child and the brief's process share, as
they share the covers (`extracting.Works`). At 1,000 articles classifying was a quarter
of the brief's process's CPU, beside the child's actors, which may end first."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from brief.models import Classification, Sentence
from brief.pipeline.parts import part_of
from brief.profiles import Profile

Classes = tuple[tuple[Classification, ...], dict[int, Classification]]
Part = tuple[tuple[int, ...], tuple[Classification, ...], dict[int, Classification]]


def classify_part(
    unique: Sequence[Sentence],
    profile: Profile,
    headlines: Mapping[int, str],
    part: int,
) -> Part:
    """The classes of the sentences of one part's articles (with their positions in
    `unique`), and of their headlines."""
    from brief.classify import classify_with_headlines

    numbers = part_of(sorted(headlines), part)
    chosen = set(numbers)
    positions = tuple(k for k, sentence in enumerate(unique) if sentence.source in chosen)
    classes, headline_classes = classify_with_headlines(
        [unique[k].text for k in positions],
        profile,
        [unique[k].source for k in positions],
        {number: headlines[number] for number in numbers},
    )
    return positions, classes, headline_classes


def all_classes(parts: Iterable[Part], sentences: int) -> Classes:
    """The parts' classes, in the order of the sentences; the headlines' by article."""
    classes: list[Classification | None] = [None] * sentences
    headline_classes: dict[int, Classification] = {}
    for positions, found, headlines_found in parts:
        for k, classification in zip(positions, found, strict=True):
            classes[k] = classification
        headline_classes.update(headlines_found)
    done = tuple(c for c in classes if c is not None)
    assert len(done) == sentences  # every sentence is of one article, of one part
    return done, dict(sorted(headline_classes.items()))
