"""Assign each sentence to one profile section (or "other"). STUB: the sections helper replaces this."""

from __future__ import annotations

from brief.models import Classification
from brief.profiles import Profile

OTHER = "other"


def classify(text: str, profile: Profile) -> Classification:
    low = text.lower()
    scores = {s.key: float(sum(low.count(c) for c in s.cues)) for s in profile.sections}
    best = max(scores, key=lambda k: scores[k], default=OTHER)
    if not scores or scores[best] <= 0:
        return Classification(OTHER, scores)
    return Classification(best, scores)
