"""The "seen" store: which articles were already written to the inbox, so none comes twice.

An article is known by any of three keys, tried in this order: its GUID (within its
feed), its canonical URL (tracking parameters and fragment removed), and the hash of
its text (the same story re-published under a new address).

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
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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


def item_keys(feed_url: str, guid: str | None, url: str | None) -> tuple[str, ...]:
    keys = []
    if guid:
        keys.append(f"guid {feed_url} {guid}")
    if url:
        keys.append(f"url {canonical_url(url)}")
    return tuple(keys)


class SeenStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.keys: set[str] = set()
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
                self.keys.update(k for k in record["keys"] if isinstance(k, str))
            except (ValueError, KeyError, TypeError):
                log.warning("%s: line %d is unreadable (a run killed mid-write?)", path, number)

    def known(self, keys: Iterable[str]) -> bool:
        return any(k in self.keys for k in keys)

    def add(self, keys: Iterable[str], **facts: str | None) -> None:
        """Record keys durably before returning."""
        keys = sorted(set(keys))
        line = json.dumps({"keys": keys, **facts}, ensure_ascii=False, sort_keys=True)
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
        self.keys.update(keys)
