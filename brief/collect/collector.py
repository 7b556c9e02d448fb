"""The order of a fetch, chosen so that a kill anywhere loses nothing and duplicates nothing.

For each feed: GET with the stored validators (304: nothing new) -> parse -> for each
item not yet seen: its text (from the feed when it carries the full text, else the
page, if robots.txt allows) -> write the article (atomic rename) -> add its keys to
the seen store (fsynced) -> and only when every item is done, store the feed's new
validators. So:

- killed before the article is written: it is not in the seen store, and the feed's
  old validators bring the feed back in full next run;
- killed between the write and the seen line: next run writes the same bytes under
  the same name (the name comes from the item's key), replacing the file with itself;
- an item that failed for a reason that may pass (timeout, 5xx, 429) keeps the old
  validators too, so it is tried again; one that failed for good (robots.txt, not a
  web page, too large, no text) is recorded as seen and skipped from then on.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from brief.collect import FeedResult, FetchReport
from brief.collect.feeds import FEED_TYPES, FeedFormatError, FeedItem, ParsedFeed, parse_feed
from brief.collect.fetcher import Fetcher, FetchError
from brief.collect.health import FeedStates
from brief.collect.inbox import ArticleMeta, write_article
from brief.collect.robots import Robots
from brief.collect.seen import SeenStore, canonical_url, item_keys, text_hash
from brief.config import Config, DailyConfig, FeedConfig
from brief.errors import InputError, OutputError
from brief.ingest import decode
from brief.ingest.webpage import extract
from brief.options import Options

log = logging.getLogger(__name__)

PAGE_TYPES = ("text/html", "application/xhtml+xml")
FULL_TEXT_WORDS = 120  # a feed entry this long is the article, not a teaser


@dataclass(frozen=True)
class Article:
    text: str
    meta: ArticleMeta
    page_url: str | None = None  # where the page ended up after redirects


@dataclass
class _Run:
    daily: DailyConfig
    fetcher: Fetcher
    robots: Robots
    seen: SeenStore
    states: FeedStates
    when: str


def collect(config: Config, *, now: datetime) -> FetchReport:
    if not config.feeds:
        return FetchReport()
    daily = config.require_daily()
    root = daily.state / "feeds"
    try:
        root.mkdir(parents=True, exist_ok=True)
        daily.inbox.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror}", str(exc.filename)) from None
    for stale in daily.inbox.glob(".feed-*.tmp"):  # a kill mid-write left it; we hold the lock
        stale.unlink(missing_ok=True)
    fetcher = Fetcher(config.fetch)
    run = _Run(
        daily=daily,
        fetcher=fetcher,
        robots=Robots(fetcher),
        seen=SeenStore(root / "seen.jsonl"),
        states=FeedStates(root / "feeds.json"),
        when=now.astimezone(UTC).isoformat(timespec="seconds"),
    )
    try:
        return FetchReport(tuple(_feed(feed, run) for feed in config.feeds))
    finally:
        fetcher.close()


def _feed(feed: FeedConfig, run: _Run) -> FeedResult:
    state = run.states.get(feed.url)
    conditional = {}
    if state.etag:
        conditional["If-None-Match"] = state.etag
    if state.last_modified:
        conditional["If-Modified-Since"] = state.last_modified
    try:
        response = run.fetcher.get(feed.url, accept=FEED_TYPES, headers=conditional)
        if response.status == 304:
            run.states.put(feed.url, state.succeeded(run.when, state.etag, state.last_modified))
            return FeedResult(feed.url, feed.name, "not modified")
        parsed = parse_feed(response.body, response.url, response.media_type)
    except (FetchError, FeedFormatError) as exc:
        failed = state.failed(run.when, str(exc))
        run.states.put(feed.url, failed)
        log.info("feed %s: %s", feed.url, exc)  # reported in the health note, not to cron
        return FeedResult(
            feed.url, feed.name, "failed", problem=str(exc), failing_since=failed.failing_since
        )
    written, retry = [], 0
    for item in parsed.items:
        try:
            path = _item(item, feed, parsed, run)
        except FetchError as exc:
            log.info("feed %s: %s: %s", feed.url, exc.url, exc)
            if exc.transient:
                retry += 1
            else:
                _skip(run, feed, item, str(exc))
            continue
        except InputError as exc:
            log.info("feed %s: %s", feed.url, exc)
            _skip(run, feed, item, exc.message)
            continue
        if path is not None:
            written.append(path)
    if retry:
        etag, modified = state.etag, state.last_modified  # the feed comes back in full
    else:
        etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
    run.states.put(feed.url, state.succeeded(run.when, etag, modified))
    problems = [parsed.problem] if parsed.problem else []
    if retry:
        problems.append(f"{retry} article(s) could not be fetched now; they are tried next run")
    return FeedResult(
        feed.url, feed.name, "fetched", tuple(written), problem="; ".join(problems) or None
    )


def _skip(run: _Run, feed: FeedConfig, item: FeedItem, reason: str) -> None:
    """Failed for good: recorded, so it is not asked for again."""
    keys = item_keys(feed.url, item.guid, item.link)
    if keys:
        run.seen.add(keys, skipped=reason)


def _item(item: FeedItem, feed: FeedConfig, parsed: ParsedFeed, run: _Run) -> Path | None:
    keys = item_keys(feed.url, item.guid, item.link)
    if not keys:
        raise InputError("an item with neither a GUID nor a link", feed.url)
    if run.seen.known(keys):
        return None
    article = _article(item, feed, parsed, run)
    found = (*keys, f"text {text_hash(article.text)}")
    if article.page_url:
        found += (f"url {canonical_url(article.page_url)}",)
    if run.seen.known(found):  # the same story under another GUID or address
        run.seen.add(found, duplicate=article.meta.url)
        return None
    path = write_article(run.daily.inbox, keys[0], article.meta, article.text)
    run.seen.add(found, file=path.name, at=run.when)
    return path


def _article(item: FeedItem, feed: FeedConfig, parsed: ParsedFeed, run: _Run) -> Article:
    meta = ArticleMeta(
        url=item.link,
        outlet=feed.name or parsed.title,
        title=item.title,
        date=item.published,
        author=item.author,
        feed=feed.url,
    )
    text, whole = _feed_text(item)
    if whole:
        return Article(text, meta)
    if not item.link:
        if text:  # a long excerpt, and nowhere to read the rest: what the feed gives
            return Article(text, meta)
        raise InputError("no link and no full text in the feed", feed.url)
    try:
        if not run.robots.allowed(item.link):
            raise FetchError("robots.txt disallows fetching it", item.link)
        page = run.fetcher.get(item.link, accept=PAGE_TYPES)
        html = decode(page.body, page.url, Options())
        found = extract(html)
        if found is None or not found.text.strip():
            raise InputError("a web page with no article text in it", page.url)
    except (FetchError, InputError) as exc:
        if text and not (isinstance(exc, FetchError) and exc.transient):
            return Article(text, meta)  # the page is lost for good: the feed's long excerpt
        raise
    meta = ArticleMeta(
        url=item.link,
        outlet=meta.outlet,
        title=item.title or found.title,
        date=item.published or found.date,
        author=item.author or found.author,
        feed=feed.url,
    )
    return Article(found.text, meta, page.url)


def _feed_text(item: FeedItem) -> tuple[str, bool]:
    """The entry's own text when it is long enough to be the article ("" when not), and
    whether it is the whole of it (no excerpt's mark: see _excerpt)."""
    if not item.content:
        return "", False
    if item.content_is_html:
        found = extract(f"<html><body><article>{item.content}</article></body></html>")
        text = found.text if found else ""
    else:
        text = item.content
    if len(text.split()) < FULL_TEXT_WORDS:
        return "", False
    return text, not _excerpt(text)


_ARROWS = "»›>→"  # what a link to the rest ends with


def _excerpt(text: str) -> bool:
    """Whether a feed entry's text is the start of the article only, however long: its
    last line ends in an ellipsis ("... deployed in […]"), says where the post "appeared
    first", or ends in a link to the rest ("... contracts. Read more »"). The page is
    fetched then; if it cannot be, the entry's text is the article all the same (see
    _article)."""
    from brief.ingest.furniture import lists

    marks = lists()
    last = next((line for line in reversed(text.splitlines()) if line.strip()), "")
    last = " ".join(last.split()).casefold()
    # the line's last sentence, alone: "... contracts. Continue reading →", "... Read more"
    label = re.split(r"(?<=[.!?…])\s+", last)[-1].rstrip(_ARROWS + " .!:")
    alone = label == last.rstrip(_ARROWS + " .!:")  # the whole line: "More »", "Subscribe"
    arrowed = last.endswith(tuple(_ARROWS))  # "... on Monday. More »": a link
    return (
        last.endswith(tuple(mark for mark in marks.excerpt_ends if not mark[0].isalpha()))
        or any(mark in last for mark in marks.excerpt_ends if mark[0].isalpha())
        # a label of one word ends an excerpt only alone on its line: "What do voters
        # want? More." is a sentence
        or (label in marks.link_labels and (" " in label or alone or arrowed))
    )
