"""Shared test fixtures: paths to samples and ../shared, and a fixed clock."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from brief.daily import Report
from brief.models import Briefing, Sentence
from tests.web_fixtures import WebServer

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "articles" / "russia-belarus-geneva.txt"
FIXED_NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
FIXED_EPOCH = str(int(FIXED_NOW.timestamp()))


@pytest.fixture(autouse=True)
def _reset_logging() -> Iterator[None]:
    """CLI tests configure the root logger (--verbose sets DEBUG); don't let it leak into
    the next test, where a local SMTP server's chatter would land on the console."""
    yield
    root = logging.getLogger()
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    root.setLevel(logging.WARNING)


@pytest.fixture
def seed() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/articles is not beside the checkout")
    return SEED


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """The CLI reads SOURCE_DATE_EPOCH, so CLI output is reproducible too."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_EPOCH)
    return FIXED_NOW


def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def bare_briefing(**fields: object) -> Briefing:
    """A Briefing with nothing in it but the fields a test gives, so a test of one part of
    a brief (the view, the daily state, the figures' print) names only what it is about."""
    empty: dict[str, object] = {
        "title": "Brief",
        "generated": FIXED_NOW,
        "sources": (),
        "profile": "geopolitics",
        "algorithm": "default",
        "bottom_line": None,
        "summary": (),
        "sections": (),
        "actors": (),
        "figures": (),
        "quotes": (),
        "sentences": (),
    }
    return Briefing(**{**empty, **fields})  # type: ignore[arg-type]


def story_sentences(articles: Sequence[Sequence[str]]) -> list[Sentence]:
    """A story's articles (each its sentences, one paragraph apiece) as segmented
    Sentences, sources and indexes counted from 1."""
    return [
        Sentence(text, source, index, index - 1)
        for source, article in enumerate(articles, start=1)
        for index, text in enumerate(article, start=1)
    ]


def assert_story_ids(report: Report, state: Path) -> None:
    """A daily run's invariant, checked by the tests (the program does not check it):
    each story of its brief has an id of its own, in its JSON too, and the state file
    (`state`) one record of each story under that id, saying what the brief says of it
    (its first day, which `since` gives). A later run of the day had given two stories
    one id, a late story taking the id a morning story was told under (s72)."""
    if not report.built or report.briefing is None:
        return
    stories = report.briefing.stories
    twice = [i for i, n in Counter(s.id for s in stories).items() if n > 1]
    assert not twice, f"stories sharing an id: {twice}"
    for path in report.outputs:
        if path.suffix == ".json":
            doc = json.loads(path.read_text(encoding="utf-8"))
            assert sorted(s["id"] for s in doc["stories"]) == sorted(s.id for s in stories)
    records = json.loads(state.read_text(encoding="utf-8"))["stories"]
    for story in stories:
        record = records.get(story.id)
        assert record is not None, f"no record of {story.id} ({story.title!r})"
        assert record["last_seen"] == report.date, (story.id, record)
        if story.status is not None:
            first = story.since if story.status == "developing" else report.date
            assert record["first_seen"] == first, (story.id, story.status, story.since, record)


@pytest.fixture
def web() -> Iterator[WebServer]:
    """A real HTTP server on 127.0.0.1 serving feeds and pages (tests/web_fixtures.py)."""
    server = WebServer().start()
    try:
        yield server
    finally:
        server.stop()
