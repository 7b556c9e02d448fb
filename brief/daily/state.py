"""What a daily run remembers between runs, as typed records in one JSON file.

Per day: the SHA-256 of every article used (so a re-run does not rebuild, and the same
file tomorrow is no news), the text keys of every bullet a reader saw (what tomorrow's "new" marks
compare with), every sentence of the articles briefed, case and punctuation folded (so
tomorrow neither repeats them nor takes a re-typed copy of one for news) and the ids of
the day's stories. Per story: what it takes to recognise it tomorrow (its sentences' keys
and a small signature of its distinctive terms, each with its rarity) and the profile
section it was shown in, so a developing story stays where its reader met it. Everything
older than KEEP_DAYS is dropped, so the file stays small however long cron runs.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from brief.deliver.outbox import fsync_dir
from brief.errors import ConfigError
from brief.models import text_key
from brief.output import write_atomic

STATE_VERSION = 2
KEEP_DAYS = 60
MAX_STORY_KEYS = 2000  # sentence keys kept per story: the newest win


@dataclass(frozen=True)
class DayRecord:
    """One day's brief (the latest build of that day)."""

    inputs: tuple[str, ...] = ()  # SHA-256 of the articles it was made from
    rejected: tuple[str, ...] = ()  # SHA-256 of articles set aside as unreadable
    outputs: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()  # text_key of every bullet a reader saw in the day's briefs
    # Every sentence of the articles it was made from, folded (novelty.already_sent.fold): what was
    # sent, whether printed or not, matched tomorrow as the dedupe stage matches copies.
    seen: tuple[str, ...] = ()
    stories: tuple[str, ...] = ()  # ids of its stories
    new: int = 0  # bullets marked new
    built: str | None = None  # ISO time of the build; None: nothing was built that day
    # the day's articles set aside, each as "NAME: why" (NAME as archived in rejected/):
    # the day's brief lists them
    set_aside: tuple[str, ...] = ()
    # the stories of its latest build, as they were told: a later run of the day keeps
    # each of them, however its rebuild groups their articles (late.keep_told)
    told: tuple[ToldStory, ...] = ()
    # text_key of every sentence a quote, timeline or key-figure row of the day's briefs
    # came from: a later run of the day keeps those rows (late.held), the day's brief
    # being the archive of record
    rows: tuple[str, ...] = ()
    # the quotes, key figures and timeline rows the pages of its latest build showed
    # (late.shown_rows): a later run of the day shows them first (late.shown_first)
    shown: tuple[str, ...] = ()
    # the headlines of the articles a bullet or row of the day's briefs came from, folded
    # (ingest.notices.fold_headline): a wire's kill notice of one of them on a later day
    # is told to the reader (novelty.wire_versions.taken_back_whole)
    headlines: tuple[str, ...] = ()
    # what the day's briefs said withdrawn since an earlier brief, one key each
    # (daily.withdrawals.said_keys): a later run of the day sends its brief again for
    # a notice it has more, never for the same one
    withdrawn: tuple[str, ...] = ()
    # the day's record as of the day's latest brief that went out before this build (None:
    # none had): a later run finding this build's mail still unsent in the outbox
    # builds against it, what its reader has (daily.runner._as_mailed). Kept for the
    # last day only: a day's unsent mail goes out with the next run.
    mailed: DayRecord | None = None


@dataclass(frozen=True)
class ToldStory:
    """A story of the day's brief as its reader got it: its headline, where it stood and
    its bullets (text_key, in order), and its articles by SHA-256, so that the day's
    rebuild can tell it again when the story's articles end up in a bigger story."""

    id: str
    title: str
    section: str
    sources: tuple[str, ...]  # SHA-256 of its articles
    bullets: tuple[str, ...] = ()  # text_key of its bullets, in order
    independent: int = 1
    actors: tuple[str, ...] = ()
    relevance: float = 0.0
    relevant: bool = True
    watched: bool = False
    news: bool = False  # a point of it was news of the day (Story.news_today)


@dataclass(frozen=True)
class StoryRecord:
    """A story briefed before: enough to know it again tomorrow, under the same id."""

    id: str
    title: str
    first_seen: str  # ISO dates
    last_seen: str
    keys: tuple[str, ...] = ()  # text_key of every sentence of its sources
    signature: tuple[str, ...] = ()  # its most distinctive terms
    # each term's rarity in general English, in signature order (novelty.recognition.signatures);
    # () in a file written before rarities were kept
    weights: tuple[float, ...] = ()
    section: str = ""  # the profile section it was last shown in; "" before this was kept
    # the words of what happened that it never writes as names (novelty.recognition.EVENT_TERMS);
    # () in a file written before they were kept
    events: tuple[str, ...] = ()
    # the latest day its reports were dated, over every brief that told it (ISO date): a
    # report older than that is overtaken for its reader (novelty.recognition.overtaken);
    # "" in a file written before it was kept, or where no report was dated
    reported: str = ""
    # the countries every report that places it places its event in, and every country
    # its reports name (brief.stories.apart.lead_places): a look-alike event of another
    # day placed where this one never names is another story (recognition._placed_apart);
    # () in a file written before they were kept, or where no report placed it
    placed: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    # the acts its reports' leads give their agent as the subject of (Text.agent_act,
    # "agent words|verb|party|what": see recognition.story_acts), where they name one
    # agent: one kind of act by another organisation on a later day is another story
    # (recognition._acted_apart); () in a file written before they were kept
    acts: tuple[str, ...] = ()


@dataclass(frozen=True)
class State:
    briefs: Mapping[str, DayRecord] = field(default_factory=dict)
    stories: Mapping[str, StoryRecord] = field(default_factory=dict)

    def day(self, today: str) -> DayRecord | None:
        return self.briefs.get(today)

    def previous(self, today: str) -> DayRecord | None:
        """The last brief built up to today: today's own on a re-run for a late article
        (so the late article's bullets are the new ones), else the latest earlier day's."""
        day = self.previous_day(today)
        return self.briefs[day] if day is not None else None

    def previous_day(self, today: str) -> str | None:
        """The day of `previous(today)`."""
        built = [d for d in self.briefs if d <= today and self.briefs[d].built]
        return max(built, default=None)

    def sent_before(self, today: str) -> frozenset[str]:
        """Keys of every bullet of earlier days' briefs and of every sentence of the articles
        they were made from: never to be picked again. Today's own earlier brief is not
        included, so a rebuild of the day keeps its bullets."""
        earlier = [rec for d, rec in self.briefs.items() if d < today]
        keys = {k for rec in earlier for k in rec.sentences}
        return frozenset(keys.union(text_key(t) for rec in earlier for t in rec.seen))

    def seen_before(self, today: str) -> tuple[str, ...]:
        """The folded sentences of earlier days' articles, for near-duplicate matching."""
        texts = (t for d in sorted(self.briefs) if d < today for t in self.briefs[d].seen)
        return tuple(dict.fromkeys(texts))

    def rows_before(self, today: str) -> frozenset[str]:
        """The text_key of the sentences earlier days' briefs showed a row of (a quote, a
        timeline row, a key figure): the words their reader was shown."""
        return frozenset(k for d, rec in self.briefs.items() if d < today for k in rec.rows)

    def briefed_other_days(self, today: str) -> frozenset[str]:
        """SHA-256 of the articles any other recorded day used: the same file again is not
        news, whichever day told it (a run for an earlier day had re-briefed as New an
        article a later day had sent, r46 M9)."""
        return frozenset(s for d, rec in self.briefs.items() if d != today for s in rec.inputs)

    def last_day(self) -> str | None:
        """The latest day a run recorded, if any."""
        return max(self.briefs, default=None)

    def with_day(self, today: str, record: DayRecord) -> State:
        return replace(self, briefs={**self.briefs, today: record})

    def with_stories(self, records: Mapping[str, StoryRecord]) -> State:
        return replace(self, stories={**self.stories, **records})

    def pruned(self, today: str) -> State:
        """Only the last KEEP_DAYS days and the stories seen within them."""
        oldest = (date.fromisoformat(today) - timedelta(days=KEEP_DAYS)).isoformat()
        return State(
            briefs={d: r for d, r in self.briefs.items() if d > oldest},
            stories={i: r for i, r in self.stories.items() if r.last_seen > oldest},
        )


def load(path: Path) -> State:
    """Read the state; a missing file is a fresh start, a damaged one a ConfigError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return State()
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"state file is unreadable ({exc}); move it away to start afresh", str(path)
        ) from None
    try:
        return _decode(data)
    except (TypeError, ValueError, KeyError, AttributeError):
        raise ConfigError(
            "state file has an unknown layout; move it away to start afresh", str(path)
        ) from None


def save(path: Path, state: State, today: str) -> None:
    state = state.pruned(today)
    briefs = {d: r if d == today else replace(r, mailed=None) for d, r in state.briefs.items()}
    doc = {
        "version": STATE_VERSION,
        "briefs": {d: asdict(r) for d, r in sorted(briefs.items())},
        "stories": {i: asdict(r) for i, r in sorted(state.stories.items())},
    }
    write_atomic(path, (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    fsync_dir(path.parent)


def _decode(data: Any) -> State:
    """Version 1 files (briefs only, plus a `digest` table) still load: their briefs keep
    today's novelty working, and stories start afresh."""
    if not isinstance(data, dict) or not isinstance(data.get("briefs"), dict):
        raise ValueError("no briefs")
    briefs = {str(d): _day(r) for d, r in data["briefs"].items()}
    stories = {str(i): _story(r) for i, r in (data.get("stories") or {}).items()}
    return State(briefs, stories)


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("expected a list of strings")
    return tuple(value)


def _signature_weights(value: Any, terms: int) -> tuple[float, ...]:
    """A signature's rarities; () when they do not fit its terms or are no rarities (not
    finite, negative, true or false): the terms still match, weighed as today's are."""
    if not isinstance(value, list) or not all(isinstance(v, int | float) for v in value):
        raise TypeError("expected a list of numbers")
    usable = all(not isinstance(v, bool) and math.isfinite(v) and v >= 0 for v in value)
    return tuple(float(v) for v in value) if usable and len(value) == terms else ()


def _day(raw: Mapping[str, Any]) -> DayRecord:
    digest = raw.get("digest") or {}
    return DayRecord(
        inputs=_strings(raw.get("inputs", [])),
        rejected=_strings(raw.get("rejected", [])),
        outputs=_strings(raw.get("outputs", [])),
        sentences=_strings(raw.get("sentences", [])),
        seen=_strings(raw.get("seen", [])),
        stories=_strings(raw.get("stories", [])),
        new=int(raw.get("new", digest.get("new", 0))),
        built=str(raw["built"]) if raw.get("built") else None,
        set_aside=_strings(raw.get("set_aside", [])),
        told=tuple(_told(r) for r in raw.get("told", [])),
        rows=_strings(raw.get("rows", [])),
        shown=_strings(raw.get("shown", [])),
        headlines=_strings(raw.get("headlines", [])),
        withdrawn=_strings(raw.get("withdrawn", [])),
        mailed=_day(raw["mailed"]) if raw.get("mailed") else None,
    )


def _told(raw: Mapping[str, Any]) -> ToldStory:
    relevance = raw.get("relevance", 0.0)
    if isinstance(relevance, bool) or not isinstance(relevance, int | float):
        raise TypeError("expected a number")
    return ToldStory(
        id=str(raw["id"]),
        title=str(raw["title"]),
        section=str(raw["section"]),
        sources=_strings(raw.get("sources", [])),
        bullets=_strings(raw.get("bullets", [])),
        independent=int(raw.get("independent", 1)),
        actors=_strings(raw.get("actors", [])),
        relevance=float(relevance),
        relevant=bool(raw.get("relevant", True)),
        watched=bool(raw.get("watched", False)),
        news=bool(raw.get("news", False)),
    )


def _story(raw: Mapping[str, Any]) -> StoryRecord:
    return StoryRecord(
        id=str(raw["id"]),
        title=str(raw["title"]),
        first_seen=str(raw["first_seen"]),
        last_seen=str(raw["last_seen"]),
        keys=_strings(raw.get("keys", [])),
        signature=_strings(raw.get("signature", [])),
        weights=_signature_weights(raw.get("weights", []), len(raw.get("signature") or [])),
        section=str(raw.get("section") or ""),
        events=_strings(raw.get("events", [])),
        reported=str(raw.get("reported") or ""),
        placed=_strings(raw.get("placed", [])),
        named=_strings(raw.get("named", [])),
        acts=_strings(raw.get("acts", [])),
    )
