"""Collecting articles from the configured feeds into the daily inbox (`brief fetch`).

This package is the only network code in brief; rendering still fetches nothing.
The modules, one job each: fetcher (careful HTTP), robots (robots.txt), feeds
(parsing), seen (never the same article twice), health (validators and failures per
feed), inbox (the article file format), collector (the order of the work).

Importing this package is cheap: urllib3 and feedparser load only when fetching,
because ingest reads the inbox format on every `brief make`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from brief.errors import ConfigError

if TYPE_CHECKING:
    from brief.config import Config

Status = Literal["fetched", "not modified", "failed"]
# What became of an item whose article page could not be had: written from the feed's own
# text, waiting to be tried again next run, or given up on (too little text in the feed).
Outcome = Literal["from feed", "waiting", "dropped"]
MAX_TITLES = 5  # named in one line of the health note; the rest are counted


@dataclass(frozen=True)
class PageFailure:
    """An item whose page failed, told in the health note: nothing is lost silently."""

    title: str
    reason: str  # why the page failed, e.g. "HTTP 404"
    outcome: Outcome
    since: str | None = None  # waiting: ISO time of the first failure
    first: str | None = None  # waiting: why it failed at `since`, where `reason` differs


@dataclass(frozen=True)
class FeedResult:
    url: str
    name: str | None
    status: Status
    written: tuple[Path, ...] = ()
    problem: str | None = None  # why it failed, or what was wrong although it was read
    failing_since: str | None = None  # ISO time of the first failure in a row
    pages: tuple[PageFailure, ...] = ()  # this run's items whose page failed
    updated: tuple[str, ...] = ()  # titles of items seen before, fetched again as changed
    recovered: str | None = None  # read again after failing since this ISO time
    late: tuple[tuple[str, str], ...] = ()  # (ISO day, title): items of before it failed
    moved: str | None = None  # the address a permanent redirect gave the feed's

    @property
    def label(self) -> str:
        return feed_label(self.url, self.name)


def feed_label(url: str, name: str | None) -> str:
    """A feed as the note and the log name it: its name (the config's, else its own
    title), then its address; the address alone only when it has neither."""
    return f"{name} ({url})" if name else url


@dataclass(frozen=True)
class FetchReport:
    feeds: tuple[FeedResult, ...] = ()

    @property
    def written(self) -> tuple[Path, ...]:
        return tuple(p for f in self.feeds for p in f.written)

    @property
    def failed(self) -> tuple[FeedResult, ...]:
        return tuple(f for f in self.feeds if f.status == "failed")

    def health(self) -> tuple[str, ...]:
        """The brief's feed-health note: one line per feed that failed or was malformed,
        and one per outcome of the articles whose page failed."""
        lines = []
        for f in self.feeds:
            if f.status == "failed":
                lines.append(f"{f.label}: failed since {_utc(f.failing_since)}: {f.problem}")
            elif f.problem:
                lines.append(f"{f.label}: read, but {f.problem}")
            if f.moved:
                lines.append(moved_note(f.label, f.moved))
            if f.recovered and f.status != "failed":
                late = f"; {len(f.late)} article(s) fetched late: {_late(f.late)}" if f.late else ""
                lines.append(f"{f.label}: recovered, after failing since {_utc(f.recovered)}{late}")
            for outcome, said in _OUTCOMES.items():
                pages = [p for p in f.pages if p.outcome == outcome]
                if pages:
                    feeds = f.problem if f.status == "failed" else None
                    lines.append(f"{f.label}: {len(pages)} {said}: {_titles(pages, feeds)}")
        return tuple(lines)

    def updates(self) -> tuple[str, ...]:
        """One line per feed whose items, seen before, changed and were fetched again."""
        return tuple(
            f"{f.label}: {len(f.updated)} article(s) updated in place, fetched again as a "
            f"new version: {_listed([f'“{t}”' for t in f.updated])}"
            for f in self.feeds
            if f.updated
        )

    def lines(self) -> list[str]:
        out = [f"{len(self.written)} new article(s) from {len(self.feeds)} feed(s)"]
        for f in self.feeds:
            detail = f"{len(f.written)} new" if f.status == "fetched" else f.status
            counts = [
                f"{n} {outcome}"
                for outcome in _OUTCOMES
                if (n := sum(p.outcome == outcome for p in f.pages))
            ]
            if f.updated:
                counts.insert(0, f"{len(f.updated)} of them updated in place")
            detail = ", ".join([detail, *counts])
            out.append(f"  {f.label}: {detail}{f': {f.problem}' if f.problem else ''}")
        return out


_OUTCOMES: dict[Outcome, str] = {
    "from feed": "article(s) taken from the feed's own text, as the page failed",
    "waiting": "article(s) not fetched yet, tried again next run",
    "dropped": "article(s) left out: the page failed and the feed's text is too short",
}


def moved_note(label: str, moved: str) -> str:
    """A feed that answers with a permanent redirect (301, 308) is read at its new address,
    and said to have moved on each run until the config names it: r63 F12's feed had been
    followed silently, with nothing to tell the user that its old address may stop
    answering one day."""
    return f"{label}: moved permanently to {moved}; update the config"


def _titles(pages: list[PageFailure], feeds: str | None = None) -> str:
    return _listed([f"“{p.title}” ({_why(p, feeds)})" for p in pages])


def _why(page: PageFailure, feeds: str | None) -> str:
    """Why a page failed, and since when: the reason of the failure it dates, then this
    run's, where that is another, in the words of the feed's own line only where that one
    failed the same way this run (r63 F13: "robots.txt could not be read: network error:
    ... since 2027-02-03 07:00 UTC" had dated the day's refused connection, the feed's
    line above it already told, by the day before's HTTP 500)."""
    if page.since is None:
        return page.reason
    if page.first is None:
        return f"{page.reason} since {_utc(page.since)}"
    now = "failing as the feed does" if feeds and page.reason.endswith(feeds) else page.reason
    return f"{page.first} since {_utc(page.since)}; now {now}"


def _late(items: tuple[tuple[str, str], ...]) -> str:
    return _listed([f"“{title}” ({day})" for day, title in items])


def _listed(named: list[str]) -> str:
    """The first MAX_TITLES of a note's items, and how many more: a line stays readable."""
    more = len(named) - MAX_TITLES
    return "; ".join(named[:MAX_TITLES]) + (f"; and {more} more" if more > 0 else "")


def _utc(when: str | None) -> str:
    return (when or "").replace("T", " ")[:16] + " UTC"


def known_problems(config: Config) -> tuple[str, ...]:
    """What the last fetch left to tell, read from the state without changing it
    (`brief daily --dry-run` fetches nothing): each configured feed failing since an
    earlier run, and each article waiting for its page, to be tried again by the run."""
    import json

    from brief.collect.seen import SeenStore

    daily = config.require_daily()
    root = daily.state / "feeds"
    try:
        states = json.loads((root / "feeds.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        states = {}  # none yet, or unreadable: the run starts it afresh and says so
    lines = []
    states = states if isinstance(states, dict) else {}
    labels = {
        feed.url: feed_label(feed.url, feed.name or _title(states, feed.url))
        for feed in config.feeds
    }
    for feed in config.feeds:
        label = labels[feed.url]
        state = states.get(feed.url)
        if isinstance(state, dict) and isinstance(state.get("failing_since"), str):
            lines.append(
                f"feed {label}: failing since {_utc(state['failing_since'])}: "
                f"{state.get('error') or 'unknown error'} (at the last fetch)"
            )
        elif isinstance(state, dict) and isinstance(state.get("moved"), str):
            lines.append(f"feed {moved_note(label, state['moved'])} (at the last fetch)")
    seen = SeenStore(root / "seen.jsonl")  # an unreadable store stops the run too
    for feed in config.feeds:
        label = labels[feed.url]
        pages = [
            PageFailure(w.item.title or w.item.link or feed.url, w.reason, "waiting", w.since)
            for w in seen.waiting_in(feed.url)
        ]
        if pages:
            lines.append(
                f"feed {label}: {len(pages)} article(s) waiting for their page, "
                f"tried again this run: {_titles(pages)}"
            )
    return tuple(lines)


def updated_in_place(config: Config) -> frozenset[str]:
    """The file names of the articles the fetch wrote as a new version of an item seen
    before (a wire's story updated in place: the same link and publication date, a new
    text). Such an article is news of the day it was fetched for what it adds, however old
    the date it carries (daily.dating)."""
    from brief.collect.seen import SeenStore

    if not config.feeds:
        return frozenset()
    return frozenset(SeenStore(config.require_daily().state / "feeds" / "seen.jsonl").updates)


def fetched_after(config: Config, when: str) -> frozenset[str]:
    """The file names of the articles a fetch first wrote after `when` (an ISO time: the
    reader's last brief) from a feed that had been read by then (an item of it was
    written at or before it): items their feed did not list when the run of that brief
    read it, so published after it, whatever day they carry (daily.dating). An article
    of a feed first read later, or dropped in the inbox, tells nothing of when it was
    published."""
    from brief.collect.seen import SeenStore

    if not config.feeds:
        return frozenset()
    written = SeenStore(config.require_daily().state / "feeds" / "seen.jsonl").written
    try:
        then = datetime.fromisoformat(when)
        times = {name: (datetime.fromisoformat(at), feed) for name, (at, feed) in written.items()}
        read_by_then = {feed for at, feed in times.values() if feed and at <= then}
        return frozenset(
            name for name, (at, feed) in times.items() if at > then and feed in read_by_then
        )
    except (ValueError, TypeError):
        return frozenset()


def _title(states: dict[str, object], url: str) -> str | None:
    """The feed's own title as its last fetch read it (feeds.json), if any."""
    state = states.get(url)
    title = state.get("title") if isinstance(state, dict) else None
    return title if isinstance(title, str) else None


def fetch_feeds(config: Config, *, now: datetime) -> FetchReport:
    """Fetch every configured feed once and write its new articles into the inbox.

    Call it with the state lock held (`brief daily` does; `collect_feeds` takes it).
    A feed's failure is in the report, never raised; only an unusable state or
    inbox folder raises (a BriefError)."""
    from brief.collect.collector import collect

    return collect(config, now=now)


def collect_feeds(config: Config, *, now: datetime) -> FetchReport:
    """`brief fetch`: fetch_feeds under the same lock as `brief daily`. A config with no
    feeds is an error: a cron job fetching nothing would look fine forever."""
    from brief.deliver.outbox import Outbox

    daily = config.require_daily()
    if not config.feeds:
        raise ConfigError("no [[feeds]] to fetch", str(config.path))
    daily.state.mkdir(parents=True, exist_ok=True)
    with Outbox(daily.state).lock():
        return fetch_feeds(config, now=now)
