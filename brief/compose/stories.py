"""A digest's stories: each with its headline, sources, section, bullets and actors, in
order of importance.

Importance is how many outlets reported the story independently (copies of one wire text
count once), then its relevance to the profile, then how recent it is.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from brief.compose.titles import headline
from brief.models import Actor, Bullet, Corpus, Story, StoryGroup
from brief.story_profile import Placement

MAX_ACTORS = 5


def story_id(shas: Sequence[str]) -> str:
    """Stable for the same articles in any order (a daily run keeps a story's first id)."""
    return hashlib.sha256(min(shas).encode("ascii")).hexdigest()[:12]


def compose_story(
    *,
    group: StoryGroup,
    corpus: Corpus,
    picks: Sequence[int],
    bullet: Callable[[int], Bullet],
    placement: Placement,
    actors: Mapping[int, Counter[str]],
    kinds: Mapping[str, str],
) -> Story:
    """`picks` are the story's chosen sentences (positions `bullet` understands), best
    first; `actors` counts each source's actor mentions (`actors_by_source`)."""
    members = set(group.sources)
    documents = [d for d in corpus.documents if d.source.number in members]
    bullets = tuple(replace(bullet(k), section=placement.section) for k in picks)
    # The lede names a story only when none of its articles has a headline: the scan of
    # every sentence is not made for each story of a large inbox otherwise.
    untitled = not any(d.title for d in documents)
    lede = next((s for s in corpus.sentences if s.source in members), None) if untitled else None
    title = headline(documents, lede, [b.text for b in bullets])
    return Story(
        id=story_id([d.source.sha256 for d in documents]),
        title=title,
        sources=group.sources,
        independent=len(group.independent),
        section=placement.section,
        bullets=bullets,
        actors=_main_actors(actors, kinds, group.sources),
        relevance=round(placement.relevance, 4),
        relevant=placement.relevant,
    )


def actors_by_source(actors: Sequence[Actor]) -> dict[int, Counter[str]]:
    """Mentions of each actor in each source, counted once for all stories."""
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for actor in actors:
        for mention in actor.sentences:
            counts[mention.source][actor.name] += 1
    return counts


def _main_actors(
    by_source: Mapping[int, Counter[str]], kinds: Mapping[str, str], members: Sequence[int]
) -> tuple[str, ...]:
    """The actors this story's sentences mention most; people first on a tie."""
    counts: Counter[str] = Counter()
    for number in members:
        counts.update(by_source.get(number, {}))
    ranked = sorted(counts, key=lambda name: (-counts[name], kinds.get(name) != "person", name))
    return tuple(ranked[:MAX_ACTORS])


def order_stories(stories: Sequence[Story], dates: Mapping[int, str]) -> tuple[Story, ...]:
    """Relevant stories first; then independent sources, relevance, recency (the latest
    publication date among its sources; undated stories last among equals)."""

    def latest(story: Story) -> str:
        return max((dates.get(n, "") for n in story.sources), default="")

    ranked = sorted(stories, key=latest, reverse=True)  # stable sorts: recency last
    ranked.sort(key=lambda s: (not s.relevant, -s.independent, -s.relevance))
    return tuple(ranked)
