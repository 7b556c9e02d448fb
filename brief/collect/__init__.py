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


@dataclass(frozen=True)
class FeedResult:
    url: str
    name: str | None
    status: Status
    written: tuple[Path, ...] = ()
    problem: str | None = None  # why it failed, or what was wrong although it was read
    failing_since: str | None = None  # ISO time of the first failure in a row

    @property
    def label(self) -> str:
        return f"{self.name} ({self.url})" if self.name else self.url


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
        """The brief's feed-health note: one line per feed that failed or was malformed."""
        lines = []
        for f in self.feeds:
            if f.status == "failed":
                since = (f.failing_since or "").replace("T", " ")[:16]
                lines.append(f"{f.label}: failed since {since} UTC: {f.problem}")
            elif f.problem:
                lines.append(f"{f.label}: read, but {f.problem}")
        return tuple(lines)

    def lines(self) -> list[str]:
        out = [f"{len(self.written)} new article(s) from {len(self.feeds)} feed(s)"]
        for f in self.feeds:
            detail = f"{len(f.written)} new" if f.status == "fetched" else f.status
            out.append(f"  {f.label}: {detail}{f': {f.problem}' if f.problem else ''}")
        return out


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
