"""Compose: stage outputs -> the Briefing renderers see (stories, titles, the brief)."""

from brief.compose.briefing import briefing, bullet
from brief.compose.stories import actors_by_source, compose_story, order_stories

__all__ = ["briefing", "bullet", "actors_by_source", "compose_story", "order_stories"]
