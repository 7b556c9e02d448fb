"""An SVG timeline of dated events. STUB: the sections helper replaces this."""

from __future__ import annotations

from collections.abc import Sequence

from brief.models import TimelineEvent


def timeline_svg(events: Sequence[TimelineEvent]) -> str:
    """Inline SVG markup; every piece of article text in it is XML-escaped."""
    return ""
