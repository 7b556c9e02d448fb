"""Per-feed state: the validators for conditional GET, and how the feed has been doing.

STATE/feeds/feeds.json maps each feed URL to its ETag and Last-Modified (stored and
sent back exactly as the server gave them), the last success, the feed's own title,
where a permanent redirect sent it, and, while it fails, since when and why. It is
rewritten atomically after each feed. Unlike the seen store, losing it costs little (a
full download of each feed, and the failure history), so a corrupt file is moved aside
with a warning and the run goes on.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from brief.output import write_atomic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedState:
    etag: str | None = None
    last_modified: str | None = None
    ok_at: str | None = None  # ISO time of the last successful fetch
    failing_since: str | None = None  # ISO time of the first failure in a row
    error: str | None = None  # the latest failure
    # the feed's own title, as last read: it names a feed the config gives no name in
    # the health note, on the runs it fails or answers 304 too
    title: str | None = None
    # where a permanent redirect sent the feed at its last fetch: the config should say so
    moved: str | None = None

    def succeeded(
        self,
        when: str,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
        moved: str | None = None,
    ) -> FeedState:
        return FeedState(
            etag=etag, last_modified=last_modified, ok_at=when, title=title, moved=moved
        )

    def failed(self, when: str, error: str) -> FeedState:
        return replace(self, failing_since=self.failing_since or when, error=error)


class FeedStates:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.states: dict[str, FeedState] = {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            fields = set(FeedState.__dataclass_fields__)
            self.states = {
                url: FeedState(
                    **{k: v for k, v in state.items() if k in fields and isinstance(v, str)}
                )
                for url, state in raw.items()
            }
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            aside = path.with_name(path.name + ".corrupt")
            log.warning("%s: unreadable (%s); moved to %s, starting afresh", path, exc, aside)
            with contextlib.suppress(OSError):
                os.replace(path, aside)

    def get(self, url: str) -> FeedState:
        return self.states.get(url, FeedState())

    def put(self, url: str, state: FeedState) -> None:
        self.states[url] = state
        data = {
            u: {k: v for k, v in asdict(s).items() if v is not None} for u, s in self.states.items()
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(data, indent=1, sort_keys=True).encode())
