"""Feed bytes -> the items in them: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed
read here (feedparser 6, the current release, does not read it; the format is plain JSON).

A title is plain text (`_plain`): a feed may escape its markup once more than it should,
and a reader had seen "Curfew & <b>crackdown</b>" in a headline, the Sources and the
mail (r60 F10); but a title feedparser reads as text keeps its angle brackets ("BTS film
<Yet to Come> opens"): the renderers escape it.

A malformed XML feed (feedparser's "bozo") is still read as far as it goes, and the
problem is returned so the feed-health note can name it. Values are untrusted text:
they are only ever written into an article's metadata, which ingest cleans again.
"""

from __future__ import annotations

import calendar
import email.utils
import io
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from xml.sax import SAXParseException

from brief.ingest.layout.dates import NEWS_YEARS
from brief.ingest.webpage import title_words

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/x-rss+xml",  # unregistered, but what many servers give .rss
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
    "text/plain",  # some servers label every feed this way
    "text/html",  # and some this way; feedparser sniffs the content either way
)
JSON_TYPES = ("application/feed+json", "application/json")


@dataclass(frozen=True)
class FeedItem:
    guid: str | None
    link: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD, in the offset the feed gives
    author: str | None
    content: str | None  # the article text the feed carries, if any
    content_is_html: bool = True
    outlet: str | None = None  # who published it, where the item names its own source
    # When the feed says the item last changed: its updated time, else its published one
    # (ISO, UTC, to the second). With the title and the text, what tells a new version.
    updated: str | None = None
    # The day of `updated` where it was written, in the offset the feed gives, as
    # `published` is: the day the text's "on Tuesday" is of
    updated_day: str | None = None
    # The text is from the element that carries the article itself (RSS content:encoded,
    # Atom <content>, JSON Feed content_text or content_html), not a summary: when the
    # page fails, it is the article, however short (collector).
    full_text: bool = False
    # The feed gives a teaser of its own besides that text (RSS <description>, Atom
    # <summary>, JSON Feed summary), shorter than it: the feed tells the article from its
    # teaser, so the text is the whole article however short, and its page is not fetched
    # (r68/r69 F19: a press office's full-text items were fetched, their 404 warned of
    # every run).
    teaser_apart: bool = False


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    items: tuple[FeedItem, ...]
    problem: str | None = None  # why the feed is malformed, when it is


class FeedFormatError(Exception):
    """Nothing in these bytes is a feed."""


def parse_feed(data: bytes, url: str, media_type: str) -> ParsedFeed:
    if media_type in JSON_TYPES or data.lstrip()[:1] == b"{":
        return _json_feed(data, url)
    import feedparser

    # A stream, never a string: feedparser fetches a string that looks like a URL.
    try:
        parsed = feedparser.parse(
            io.BytesIO(data),
            response_headers={"content-location": url, "content-type": media_type},
            resolve_relative_uris=True,
            sanitize_html=True,
        )
    except Exception as exc:
        # feedparser reads a malformed feed as far as it goes and says why (bozo), but its
        # loose parser raises on some: "&#xD800;" (a surrogate) had ended the run with a
        # UnicodeEncodeError (s72 fuzz). As webpage.extract treats trafilatura's.
        raise FeedFormatError(f"unreadable feed: {_one_line(str(exc))}") from None
    problem = None
    if parsed.get("bozo"):
        problem = f"malformed feed: {_one_line(_parse_problem(parsed.get('bozo_exception')))}"
    if not parsed.get("version") and not parsed.entries:
        raise FeedFormatError(problem or "not a feed")
    items = tuple(_xml_item(entry) for entry in parsed.entries)
    return ParsedFeed(
        _plain(parsed.feed.get("title"), parsed.feed.get("title_detail")), items, problem
    )


def _xml_item(entry: Any) -> FeedItem:
    content = None
    is_html = True
    full = False
    for part in entry.get("content") or ():
        if part.get("value"):
            content = str(part["value"])
            is_html = "html" in str(part.get("type", "text/html"))
            full = True
            break
    teaser = str(entry.get("summary") or "") if full else ""
    if content is None and entry.get("summary"):
        # RSS 2.0 has one element for a teaser and for the whole text: <description>. Long
        # enough, it is the article (see collector.FULL_TEXT_WORDS), whatever its link does.
        content = str(entry["summary"])
        is_html = "html" in str((entry.get("summary_detail") or {}).get("type", "text/html"))
    # feedparser 6 maps a missing `updated` to `published` with a DeprecationWarning: ask
    # for what the entry holds
    held = entry.keys()
    stamps = [name for name in ("published", "updated") if f"{name}_parsed" in held]
    # (a stamp in a year no report is dated, "Fri, 31 Dec 9999", is none: layout.dates)
    stamps = [name for name in stamps if _in_news_years(entry[f"{name}_parsed"])]
    published = _day_written(entry, stamps[0]) if stamps else None
    changed = stamps[-1] if stamps else None  # its updated time, else its published one
    updated = changed_day = None
    if changed is not None:
        stamp = calendar.timegm(entry[f"{changed}_parsed"])
        updated = datetime.fromtimestamp(stamp, UTC).isoformat()
        changed_day = _day_written(entry, changed)
    source = entry.get("source") or {}
    return FeedItem(
        guid=_text(entry.get("id")),
        link=_web_link(_text(entry.get("link"))),
        title=_plain(entry.get("title"), entry.get("title_detail")),
        published=published,
        author=_text(entry.get("author")),
        content=content,
        content_is_html=is_html,
        outlet=_plain(source.get("title"), source.get("title_detail")),
        updated=updated,
        updated_day=changed_day,
        full_text=full,
        teaser_apart=_shorter(teaser, content),
    )


def _day_written(entry: Any, name: str) -> str:
    """The day of an entry's time stamp (`name`: "published", "updated") where it was
    written: in the offset the stamp gives ("Mon, 14 Sep 2026 19:10:00 -0700" is 14
    September, though 15 September in UTC, r70 F14: the text's "Monday" was its day),
    else in UTC as feedparser reads it."""
    stamp = entry.get(name)
    when = _stamped(stamp) if isinstance(stamp, str) else None
    if when is not None:
        return when.date().isoformat()
    parsed = calendar.timegm(entry[f"{name}_parsed"])
    return datetime.fromtimestamp(parsed, UTC).date().isoformat()


def _in_news_years(parsed: Any) -> bool:
    """Whether feedparser read a stamp (a time.struct_time) in layout.dates.NEWS_YEARS:
    one of year 9999 or 0 had ended the run, when converted, with an internal error."""
    return bool(parsed) and parsed.tm_year in NEWS_YEARS


def _stamped(stamp: str) -> datetime | None:
    """A feed's time stamp read with its own offset: RFC 822 (RSS) or RFC 3339 (Atom);
    None for one in a year no report is dated (layout.dates.NEWS_YEARS), whose day in
    UTC may be off the calendar."""
    try:
        when = email.utils.parsedate_to_datetime(stamp.strip())
    except (TypeError, ValueError, IndexError):
        try:
            when = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return when if when.year in NEWS_YEARS else None


def _shorter(teaser: str | None, content: str | None) -> bool:
    """Whether a feed's teaser of an item is there and has fewer words than its content
    (either as HTML: tags are no words)."""
    if not teaser or not content:
        return False
    return 0 < len(_words(teaser)) < len(_words(content))


def _words(markup: str) -> list[str]:
    """The words of a text that may be HTML, for counting them."""
    return re.sub(r"<[^>]*>", " ", markup).split()


def _json_feed(data: bytes, url: str) -> ParsedFeed:
    """JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedFormatError(f"not a JSON feed: {_one_line(str(exc))}") from None
    except RecursionError:  # arrays nested 100,000 deep (s72 fuzz)
        raise FeedFormatError("not a JSON feed: nested too deeply") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise FeedFormatError("not a JSON feed: no items list")
    problem = None
    if not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        problem = "malformed feed: no JSON Feed version"
    items = []
    for raw in doc["items"]:
        if not isinstance(raw, dict):
            problem = "malformed feed: an item is not an object"
            continue
        link = _text(raw.get("url"))
        authors = raw.get("authors") or (
            [raw["author"]] if isinstance(raw.get("author"), dict) else []
        )
        names = [str(a["name"]) for a in authors if isinstance(a, dict) and a.get("name")]
        html = _text(raw.get("content_html"), keep_lines=True)
        plain = _text(raw.get("content_text"), keep_lines=True)
        items.append(
            FeedItem(
                guid=_text(raw.get("id")) if not isinstance(raw.get("id"), int) else str(raw["id"]),
                link=_web_link(link, base=url) if link else None,
                title=_plain(raw.get("title")),  # plain text (JSON Feed 1.1), see _plain
                published=_iso_date(raw.get("date_published") or raw.get("date_modified")),
                author=", ".join(names) or None,
                content=html or plain,
                content_is_html=html is not None,
                updated=_iso_time(raw.get("date_modified") or raw.get("date_published")),
                updated_day=_iso_date(raw.get("date_modified") or raw.get("date_published")),
                full_text=bool(html or plain),
                teaser_apart=_shorter(_text(raw.get("summary")), html or plain),
            )
        )
    return ParsedFeed(_text(doc.get("title")), tuple(items), problem)


def _iso_date(value: Any) -> str | None:
    """The day of an RFC 3339 time in the offset it gives (see `_day_written`)."""
    when = _stamped(value) if isinstance(value, str) else None
    return when.date().isoformat() if when else None


def _iso_time(value: Any) -> str | None:
    when = _when(value)
    return when.isoformat(timespec="seconds") if when else None


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.year not in NEWS_YEARS:
        return None  # (as `_stamped`: in UTC, "9999-12-31T23:59-12:00" is off the calendar)
    return when.astimezone(UTC) if when.tzinfo is not None else when


def _web_link(link: str | None, base: str | None = None) -> str | None:
    """An item's link (read against `base`, the feed's address) when it is a web address:
    a "javascript:", "data:" or "file:" link is no article page, never fetched nor shown
    as its address, and nor is one urllib cannot read ("http://[::1", an unclosed IPv6
    host; "https://a:99999/", no port: each had ended the run with a ValueError, s72
    fuzz). Campaign tracking ("?utm_source=wire&utm_medium=rss") is left off: it names
    the feed, not the page, and a reader's Sources showed it."""
    if link is None:
        return None
    try:
        link = urljoin(base, link) if base else link
        parts = urlsplit(link)
        parts.port  # noqa: B018 (raises for a port out of range or not a number)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(key, value) for key, value in query if not key.lower().startswith("utm_")]
    if len(kept) == len(query):
        return link
    return urlunsplit(parts._replace(query=urlencode(kept)))


def _text(value: Any, *, keep_lines: bool = False) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip() if keep_lines else " ".join(value.split())
    return value or None


def _plain(value: Any, detail: Any = None) -> str | None:
    """A title as plain text (webpage.title_words). feedparser has decoded it and says
    what it is (its `*_detail` type): an HTML one loses its tags, and only tags of HTML
    elements, and has its entities decoded, however often the feed escaped it (r60 F10:
    "&amp;lt;b&amp;gt;"); one feedparser calls text keeps its "<" ("BTS film <Yet to
    Come>", "x<y") unless it holds an element opened and closed: feedparser calls a
    title text where a tag in it is not one it allows, and r63 F6's
    "&lt;script&gt;alert('x')&lt;/script&gt;" had reached the headline and the mail."""
    text = _text(value)
    if text is None:
        return None
    markup = "html" in str((detail or {}).get("type", "text/plain"))
    return _text(title_words(text, markup=markup))


def _parse_problem(exc: object) -> str:
    """An XML parser's error as a reader wants it: "line 2, column 52: not well-formed", not
    expat's "<unknown>:2:52: ..." (the stream has no name to give)."""
    if isinstance(exc, SAXParseException):
        return f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    return str(exc)


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]
