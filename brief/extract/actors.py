"""People (with roles), countries and organisations. STUB: the sections helper replaces this."""

from __future__ import annotations

from collections.abc import Sequence

from brief.models import Actor, Sentence


def find_actors(sentences: Sequence[Sentence]) -> tuple[Actor, ...]:
    return ()
