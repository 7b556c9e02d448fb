"""Compose: stage outputs -> the Briefing renderers see (stories, titles, the brief)."""

from brief.compose.briefing import briefing, bullet
from brief.compose.digest import (
    compose_story,
    order_stories,
    reported_sources,
    story_sentences,
    with_actors,
)

__all__ = [
    "briefing",
    "bullet",
    "compose_story",
    "order_stories",
    "reported_sources",
    "story_sentences",
    "with_actors",
]
