"""Fetched articles in the inbox: one plain-text file each, its metadata in a header.

    +++ brief-article
    {"feed": "...", "outlet": "...", "title": "...", "date": "2026-11-25", "url": "..."}
    +++
    The article's text, one paragraph per line ...

One file, not a text and a sidecar: it is written to a hidden temp file and renamed
into place, so the inbox never holds half an article, and `brief daily` archives it
like any other. The name comes from the article's key, and the bytes from its content
only, so writing the same article again after a crash replaces the file with itself.

`read_header` is ingest's side: the header is untrusted text like the article (anyone
can drop a file in the inbox), so every value is checked, cleaned and capped, and a
value that fails is dropped rather than trusted.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from brief.errors import InputError
from brief.output import write_atomic

MARK = "+++ brief-article"
END = "+++"
MAX_HEADER = 16 * 1024
MAX_VALUE = 300
MAX_URL = 2000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ArticleMeta:
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    author: str | None = None
    feed: str | None = None


def article_name(key: str) -> str:
    return f"feed-{hashlib.sha256(key.encode()).hexdigest()[:20]}.txt"


def write_article(inbox: Path, key: str, meta: ArticleMeta, text: str) -> Path:
    """The article into the inbox, its header's values capped as `read_header` reads them:
    a feed's 48 KB title had made a header that the daily run refused (r62 F12)."""
    values = {k: _capped(k, v) for k, v in asdict(meta).items()}
    header = json.dumps({k: v for k, v in values.items() if v}, ensure_ascii=False)
    path = inbox / article_name(key)
    write_atomic(path, f"{MARK}\n{header}\n{END}\n{text.strip()}\n".encode())
    return path


def _capped(key: str, value: str | None) -> str | None:
    """A header's value as read back: a web address whole or not at all (a cut one leads
    elsewhere), any other one on one line and cut to MAX_VALUE characters at a word's end,
    "…" saying so."""
    if value is None:
        return None
    if key in ("url", "feed"):
        return value if len(value) <= MAX_URL else None
    value = " ".join(value.split())
    if len(value) <= MAX_VALUE:
        return value
    cut = value[: MAX_VALUE - 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return cut.rstrip(" ,;:-–—") + "…"


def read_header(text: str, path: str) -> tuple[ArticleMeta | None, str]:
    """(metadata, the article's text) for a file `brief fetch` wrote; (None, text) otherwise."""
    if not text.startswith(MARK + "\n"):
        return None, text
    header, sep, body = text[len(MARK) + 1 :].partition(f"\n{END}\n")
    if not sep:
        raise InputError("article header is not closed by +++", path)
    if len(header) > MAX_HEADER:
        raise InputError(
            f"article header is longer than {MAX_HEADER // 1024} KiB (brief fetch caps each"
            f" value at {MAX_VALUE} characters)",
            path,
        )
    try:
        raw = json.loads(header)
    except ValueError:
        raise InputError("article header is not valid JSON", path) from None
    if not isinstance(raw, dict):
        raise InputError("article header is not a JSON object", path)
    values = {k: _clean(raw.get(k)) for k in ArticleMeta.__dataclass_fields__}
    for key in ("url", "feed"):
        values[key] = _web_address(raw.get(key))
    if values["date"] and not iso_day(values["date"]):
        values["date"] = None  # not a date, or none the calendar has ("2026-02-30")
    return ArticleMeta(**values), body


def iso_day(text: str) -> bool:
    """Whether a text is a day written as ISO writes it ("2026-03-10"), and one the
    calendar has (not "2026-02-30") in the years a report is dated (not "9999-12-31":
    layout.dates.NEWS_YEARS): an article's date, as the inbox keeps it."""
    from brief.ingest.layout.dates import in_news_years

    if not _DATE.match(text) or not in_news_years(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _clean(value: object, limit: int = MAX_VALUE) -> str | None:
    """A value as one line of clean text, or None: one that is no string, or that is
    mostly control bytes, which clean_text refuses as binary data (a title of NULs and
    terminal codes had ended the run without the article's path, s72 fuzz)."""
    from brief.ingest import clean_text

    if not isinstance(value, str):
        return None
    try:
        value = " ".join(clean_text(value).split())[:limit]
    except InputError:
        return None
    return value or None


def _web_address(value: object) -> str | None:
    """A web address with a host, or None: urlsplit refuses some that are none
    ("http://[::1", an unclosed IPv6 host) with a ValueError, which had ended the run."""
    url = _clean(value, MAX_URL)
    if url is None or " " in url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None
