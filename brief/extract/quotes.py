"""Direct quotes with their speakers. STUB: the sections helper replaces this."""

from __future__ import annotations

from collections.abc import Sequence

from brief.models import Actor, Quote, Sentence


def find_quotes(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    return ()
