"""Saved web pages -> the article's plain text, title, date and author.

trafilatura finds the main text and drops navigation, scripts, images and links;
we only ever hand it a string, never a URL, so it has nothing to fetch. The page's
own markup is never rendered: only its extracted text goes on.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MIN_WORDS = 8  # fewer extracted words than this (and under MIN_CHARS): not an article
MIN_CHARS = 40  # for scripts written without spaces

# A document that opens like a web page, whatever its file name says.
_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
# Where a page declares its charset, e.g. <meta charset="windows-1251">.
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I
)


@dataclass(frozen=True)
class Page:
    text: str  # paragraphs, one per line
    title: str | None
    date: str | None
    author: str | None


def looks_like_html(path: str, text: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES) or bool(_HTML_START.match(text[:4096]))


def declared_charset(data: bytes) -> str | None:
    """The charset a page's <meta> names, if any (looked for in the first 4 KiB)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def extract(html: str) -> Page | None:
    """The main text of a page, or None when it has none."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            favor_recall=True,
            deduplicate=False,
            # A date only from where a page states it (its metadata, a <time> element, the
            # URL), never guessed from its text: "Copyright 2026" in a footer had dated the
            # article 2026-01-01. No date is better than a made-up one.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        found = doc if isinstance(doc, dict) else doc.as_dict() if doc is not None else None
    except Exception:  # a parser meeting hostile markup: the page simply has no text for us
        log.debug("trafilatura failed", exc_info=True)
        return None
    text = str(found.get("text") or "") if isinstance(found, dict) else ""
    if len(text.split()) < MIN_WORDS and len(text.strip()) < MIN_CHARS:
        return None  # a menu, a cookie notice or an empty app shell is not an article
    assert isinstance(found, dict)
    title = _one_line(found.get("title"))
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest  # the headline is the title, not the first paragraph
    return Page(text, title, _one_line(found.get("date")), _one_line(found.get("author")))


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())[:300]
    return value or None
