"""Each sample's Markdown brief is pinned; `make golden` regenerates after a reviewed change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import sample_paths
from tools.golden import GOLDEN, render_sample


@pytest.mark.parametrize("sample", sample_paths(), ids=lambda p: p.stem)
def test_sample_matches_golden(sample: Path) -> None:
    golden = GOLDEN / f"{sample.stem}.md"
    assert golden.exists(), f"no golden for {sample.name}: run `make golden`"
    assert render_sample(sample) == golden.read_text(encoding="utf-8"), (
        f"{sample.name} differs from {golden.name}: review, then run `make golden`"
    )


def test_every_golden_has_a_sample() -> None:
    stems = {p.stem for p in sample_paths()}
    assert {g.stem for g in GOLDEN.glob("*.md")} <= stems
