"""Compose: where chosen sentences are shown, and what every sentence record says."""

from __future__ import annotations

from brief.classify import OTHER
from brief.compose import _place
from brief.models import Classification
from brief.profiles import Profile, SectionSpec


def _profile(budget: int) -> Profile:
    spec = SectionSpec(key="military", title="Military moves", budget=budget)
    return Profile(name="t", description="", sections=(spec,))


def test_budget_overflow_is_shown_under_other_in_rank_order() -> None:
    classes = [Classification("military")] * 4
    placed = _place([2, 0, 3, 1], classes, _profile(budget=2))
    assert placed == {2: "military", 0: "military", 3: OTHER, 1: OTHER}
