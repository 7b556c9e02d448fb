"""The "seen" store: which articles were already written to the inbox, so none comes twice.

An article is known by any of three keys, tried in this order: its GUID (within its
feed), its canonical URL (tracking parameters and fragment removed), and the hash of
its text (the same story re-published under a new address).

An item is also remembered by its version (`item_version`): its title, its own text
in the feed and its updated time. Wires update a story in place all day (the same
GUID and link, "UPDATE 1-..." and a higher toll), so an item whose first key (its
GUID, else its URL) was seen with another version is fetched again, as a new version
of the article; the same version is never fetched again. A line records the version
of the item it was written for, and the latest line of a key holds its version. An
item seen before versions were recorded (or by another feed's GUID) gets its version
recorded as it is, without a fetch: there is nothing to compare it with.

A line also names the outlet its article is credited to (`outlet`): a wire's text
carried by two outlets is one story with two sources, so a copy of a text seen only from
other outlets is an article of its own (`carried_elsewhere`), and the stories stage merges
it with the first as a copy, crediting both. A copy from an outlet that has carried the
text already adds nothing and is a duplicate; so is any copy of a text named by a line
without an outlet (written before outlets were recorded, or of an outlet unknown): who
carried it cannot be told, and a duplicate is the old reading.

An item whose page could not be had yet is "waiting", not known: its line holds the
item itself (the feed may drop it before its page comes), the feed, the first
failure's time and why. It waits until a later line names one of its keys: the
article written, or given up on. Before items could wait, a 404 page was skipped for
good (`"skipped": "HTTP 404"`): such a line is not read as seen, so an item its feed
still lists gets the chance it should have had.

The store is an append-only journal, one JSON line per article, fsynced after each
line. A kill mid-line leaves a torn last line, which is skipped on reading and closed
with a newline before the next append; nothing earlier is ever rewritten, so no
failure can reset the store. A store that cannot be read stops the fetch (an error)
rather than being taken for empty, which would duplicate every article.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from brief.collect.feeds import FeedItem
from brief.errors import OutputError

log = logging.getLogger(__name__)

# Query parameters that say who sent the reader, never which article it is.
_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|"
    r"ref|ref_src|cmpid|cmp|ncid|ocid|icid|smid|sr_share|at_medium|at_campaign|"
    r"at_custom\d*|CMP|ito|xtor|wt_mc|share|s_cid)$",
    re.IGNORECASE,
)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and (parts.scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


def text_hash(text: str) -> str:
    """Case, punctuation and spacing do not make a different article."""
    words = re.findall(r"\w+", text.casefold())
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def item_version(item: FeedItem, *, dated: bool = True) -> str:
    """What a new version of an item changes: its title, its own text (what the feed
    carries of it: the whole article or a teaser) or, when `dated`, its updated time (a
    teaser's page may have changed under the same teaser; a whole article in the feed
    is its text, whatever its date says). Case, punctuation and spacing are no change."""
    parts = (item.title or "", item.content or "", (item.updated or "") if dated else "")
    return hashlib.sha256(" ".join(text_hash(p) for p in parts).encode()).hexdigest()[:20]


def outlet_key(outlet: str | None) -> str | None:
    """Case, punctuation and spacing do not make another outlet; a name with no word in
    it names none."""
    words = re.findall(r"\w+", outlet.casefold()) if outlet else []
    return " ".join(words) or None


def item_keys(feed_url: str, guid: str | None, url: str | None) -> tuple[str, ...]:
    keys = []
    if guid:
        keys.append(f"guid {feed_url} {guid}")
    if url:
        keys.append(f"url {canonical_url(url)}")
    return tuple(keys)


@dataclass(frozen=True)
class Waiting:
    """An item whose page failed in a way that may pass: all it takes to try it again."""

    keys: tuple[str, ...]
    feed: str
    outlet: str | None
    item: FeedItem
    since: str  # ISO time of the first failure
    reason: str  # why it failed then


class SeenStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.keys: set[str] = set()
        self.versions: dict[str, str] = {}  # key -> the version its latest line recorded
        # text key -> the outlets its lines name; None once a line names none
        self.outlets: dict[str, set[str] | None] = {}
        self.waiting: dict[tuple[str, ...], Waiting] = {}
        # the inbox names of the articles written as a new version of an item seen before
        self.updates: set[str] = set()
        # each inbox name a fetch wrote, with when and from which feed (its GUID key's)
        self.written: dict[str, tuple[str, str | None]] = {}
        self.torn = False
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise OutputError(f"cannot read the seen store: {exc.strerror}", str(path)) from None
        self.torn = bool(data) and not data.endswith(b"\n")
        for number, line in enumerate(data.splitlines(), 1):
            try:
                record = json.loads(line)
                keys = tuple(sorted(k for k in record["keys"] if isinstance(k, str)))
                if "waiting" in record:
                    self.waiting[keys] = _waiting(keys, record)
                elif record.get("skipped") != "HTTP 404":
                    self.keys.update(keys)
                    if isinstance(record.get("version"), str):
                        self.versions.update(dict.fromkeys(keys, record["version"]))
                    outlet = record.get("outlet")
                    self._carried(keys, outlet if isinstance(outlet, str) else None)
                    self._updated(record)
                    self._written(record, keys)
            except (ValueError, KeyError, TypeError):
                log.warning("%s: line %d is unreadable (a run killed mid-write?)", path, number)
        self._settle()

    def known(self, keys: Iterable[str]) -> bool:
        return any(k in self.keys for k in keys)

    def carried_elsewhere(self, key: str, outlet: str | None) -> bool:
        """Whether a text key was seen, and only from outlets other than `outlet`: its
        copy from `outlet` credits one more outlet. False for a text unseen, or seen from
        this outlet, or from one a line did not name (see the module's docstring)."""
        carriers, own = self.outlets.get(key), outlet_key(outlet)
        if not carriers or own is None:
            return False
        return own not in carriers

    def version_of(self, key: str) -> str | None:
        """The version of the item last recorded under this key (None: none recorded)."""
        return self.versions.get(key)

    def waiting_for(self, keys: Iterable[str]) -> Waiting | None:
        """The earliest waiting record of this article, by any of its keys."""
        wanted = set(keys)
        found = [w for w in self.waiting.values() if wanted.intersection(w.keys)]
        return min(found, key=lambda w: w.since, default=None)

    def waiting_in(self, feed: str) -> tuple[Waiting, ...]:
        return tuple(w for w in self.waiting.values() if w.feed == feed)

    def wait(
        self,
        keys: Iterable[str],
        feed: str,
        outlet: str | None,
        item: FeedItem,
        *,
        since: str,
        reason: str,
    ) -> None:
        """Record, durably, an item to try again on later runs."""
        keys = tuple(sorted(set(keys)))
        self._append(
            {
                "keys": list(keys),
                "waiting": reason,
                "since": since,
                "feed": feed,
                "outlet": outlet,
                "item": asdict(item),
            }
        )
        self.waiting[keys] = Waiting(keys, feed, outlet, item, since, reason)

    def add(
        self,
        keys: Iterable[str],
        *,
        version: str | None = None,
        outlet: str | None = None,
        **facts: str | None,
    ) -> None:
        """Record keys durably before returning, with the item's version and the outlet
        its text is credited to, when known."""
        keys = sorted(set(keys))
        known = {"version": version, "outlet": outlet}
        self._append({"keys": keys, **facts, **{k: v for k, v in known.items() if v}})
        self.keys.update(keys)
        if version:
            self.versions.update(dict.fromkeys(keys, version))
        self._carried(keys, outlet)
        self._updated(facts)
        self._settle()

    def _updated(self, record: Mapping[str, object]) -> None:
        """Note the article a line wrote as an update in place."""
        name = record.get("file")
        if record.get("updated") == "yes" and isinstance(name, str):
            self.updates.add(name)

    def _written(self, record: Mapping[str, object], keys: Iterable[str]) -> None:
        name, at = record.get("file"), record.get("at")
        if isinstance(name, str) and isinstance(at, str):
            feed = next((k.split(" ")[1] for k in keys if k.startswith("guid ")), None)
            self.written.setdefault(name, (at, feed))

    def _carried(self, keys: Iterable[str], outlet: str | None) -> None:
        """Note the outlet of a line's text keys; a line with none makes them anyone's."""
        for key in keys:
            if not key.startswith("text "):
                continue
            carriers, own = self.outlets.setdefault(key, set()), outlet_key(outlet)
            if carriers is None or own is None:
                self.outlets[key] = None
            else:
                carriers.add(own)

    def _settle(self) -> None:
        """A waiting item is done once a line names one of its keys."""
        for keys in [k for k in self.waiting if self.known(k)]:
            del self.waiting[keys]

    def _append(self, record: dict[str, object]) -> None:
        line = json.dumps(record, ensure_ascii=False, sort_keys=True)
        data = ("\n" if self.torn else "") + line + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, data.encode())
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise OutputError(
                f"cannot write the seen store: {exc.strerror}", str(self.path)
            ) from None
        self.torn = False


def _waiting(keys: tuple[str, ...], record: dict[str, object]) -> Waiting:
    """A waiting line read back; a line that does not hold one is unreadable (TypeError)."""
    item, fields = record["item"], set(FeedItem.__dataclass_fields__)
    if not isinstance(item, dict) or not keys:
        raise TypeError("no item")
    if not all(v is None or isinstance(v, str | bool) for v in item.values()):
        raise TypeError("an item's value is neither text nor a flag")
    texts = [record["feed"], record["since"], record["waiting"]]
    if not all(isinstance(t, str) for t in texts):
        raise TypeError("not text")
    outlet = record.get("outlet")
    return Waiting(
        keys=keys,
        feed=str(record["feed"]),
        outlet=outlet if isinstance(outlet, str) else None,
        item=FeedItem(**{k: v for k, v in item.items() if k in fields}),
        since=str(record["since"]),
        reason=str(record["waiting"]),
    )
