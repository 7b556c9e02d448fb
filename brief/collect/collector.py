"""The order of a fetch, chosen so that a kill anywhere loses nothing and duplicates nothing.

For each feed: GET with the stored validators (304: nothing new) -> parse -> for each
item not yet seen, or seen in another version (seen.item_version: a wire's story
updated in place, fetched again as an article of its own): its text (from the feed
when it carries the full text, else the page, if robots.txt allows) -> write the
article (atomic rename) -> add its keys to the seen store (fsynced) -> then the items
still waiting from earlier runs -> and only when every item is done, store the feed's
new validators. So:

- killed before the article is written: it is not in the seen store, and the feed's
  old validators bring the feed back in full next run;
- killed between the write and the seen line: next run writes the same bytes under
  the same name (the name comes from the item's key), replacing the file with itself.

When the page cannot be had, nothing is lost in silence, and each outcome is in the
report (the brief's feed-health note, `brief fetch`'s stderr):

- the feed's own text is the article when it holds FEED_TEXT_WORDS of whole sentences
  (an outlet's summary: briefed today rather than a day late);
- else the item waits when the failure may pass: a timeout, 429, 5xx, an unreadable
  robots.txt, or a 404 (a page often goes up after its feed entry). The seen store
  keeps the item itself, since the feed may drop it, and it is tried on every run
  until the WAIT_DAYS-th day after its first failure;
- the item's own full text (RSS content:encoded, Atom <content>, JSON Feed content_text or
  content_html: the element for the article itself, not a summary) is the article when
  the page failed for good (`_for_good`: a 4xx but 408 and 429, a refusal) or the text
  holds FEED_TEXT_WORDS; told once, as a warning at the fetch, not in the brief's note,
  which each day's brief would repeat for a feed whose pages are never there (r60 F18).
  A short one whose page may yet come waits as above: outlets put a teaser and "Read
  more" in content:encoded too, and a 503's teaser had been the whole article;
- when it fails for good (410, 403, robots.txt says no, not a web page, too large, no
  text) or has waited long enough, the feed's text is the article if it holds one
  whole sentence that can be a bullet (SENTENCE_WORDS), and the item is dropped if not.

Written from the feed's text or dropped, the item's keys are in the seen store, so its
page turning up later brings no second article.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from brief.collect import FeedResult, FetchReport, Outcome, PageFailure, feed_label
from brief.collect.feeds import FEED_TYPES, FeedFormatError, FeedItem, parse_feed
from brief.collect.fetcher import Fetcher, FetchError
from brief.collect.health import FeedStates
from brief.collect.inbox import ArticleMeta, iso_day, write_article
from brief.collect.robots import Robots
from brief.collect.seen import SeenStore, canonical_url, item_keys, item_version, text_hash
from brief.config import Config, DailyConfig, FeedConfig
from brief.errors import InputError, OutputError
from brief.ingest import decode
from brief.ingest.layout import parse_text
from brief.ingest.unmarkdown import plain_text
from brief.ingest.webpage import extract
from brief.models import Source
from brief.options import Options

log = logging.getLogger(__name__)

PAGE_TYPES = ("text/html", "application/xhtml+xml")
FULL_TEXT_WORDS = 120  # a feed entry this long is the article, not a teaser
# Whole sentences in the feed's own text that stand for the article when its page fails:
# a paragraph, a story's lead and a bullet or two, rather than waiting for the page.
FEED_TEXT_WORDS = 40
# The least that is briefed rather than dropped, once the page is lost: one sentence of
# this many words, the shortest a bullet states a fact in (rank.coverage.MIN_WORDS).
SENTENCE_WORDS = 10
WAIT_DAYS = 2  # a page that may yet come is tried until this many days after it failed
WAIT_STATUSES = frozenset({404})  # not there yet; 410 says it never will be


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
    now: datetime
    options: Options  # the run's: a page is decoded as the inbox's articles are
    updated: list[str] = field(default_factory=list)  # this feed's items fetched again
    # while the feed failed (set when this fetch reads it): since when, and the items of
    # before then this fetch wrote, late: (ISO day, title)
    failing_since: str | None = None
    late: list[tuple[str, str]] = field(default_factory=list)

    @property
    def when(self) -> str:
        return self.now.astimezone(UTC).isoformat(timespec="seconds")


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
        now=now,
        options=config.options,
    )
    try:
        return FetchReport(tuple(_feed(feed, run) for feed in config.feeds))
    finally:
        fetcher.close()


def _feed(feed: FeedConfig, run: _Run) -> FeedResult:
    run.updated.clear()
    run.late.clear()
    run.failing_since = None
    result = _fetch_feed(feed, run)
    if result.status == "failed" or run.failing_since is None:
        return replace(result, updated=tuple(run.updated))
    # read again after failing: the note says so, and which articles came late (r60 F18)
    return replace(
        result, updated=tuple(run.updated), recovered=run.failing_since, late=tuple(run.late)
    )


def _fetch_feed(feed: FeedConfig, run: _Run) -> FeedResult:
    state = run.states.get(feed.url)
    # A feed the config does not name is named by its own title, as last read, until
    # this fetch reads it: the note had named the Atom feed "Northern Corridor Monitor"
    # by its address (r46 L5).
    configured, feed = feed, replace(feed, name=feed.name or state.title)
    conditional = {}
    if state.etag:
        conditional["If-None-Match"] = state.etag
    if state.last_modified:
        conditional["If-Modified-Since"] = state.last_modified
    try:
        response = run.fetcher.get(feed.url, accept=FEED_TYPES, headers=conditional)
        run.failing_since = state.failing_since
        if response.status == 304:
            written, pages = _items(_waiting(feed, run, ()), feed, run)
            run.states.put(
                feed.url,
                state.succeeded(
                    run.when, state.etag, state.last_modified, state.title, response.moved
                ),
            )
            return FeedResult(
                feed.url, feed.name, "not modified", written, pages=pages, moved=response.moved
            )
        parsed = parse_feed(response.body, response.url, response.media_type)
    except (FetchError, FeedFormatError) as exc:
        run.failing_since = None
        failed = state.failed(run.when, str(exc))
        run.states.put(feed.url, failed)
        log.info("feed %s: %s", _label(feed), exc)  # the health note, and a caller's warning
        written, pages = _items(_waiting(feed, run, ()), feed, run)  # their pages are elsewhere
        return FeedResult(
            feed.url,
            feed.name,
            "failed",
            written,
            problem=str(exc),
            failing_since=failed.failing_since,
            pages=pages,
        )
    # An aggregator's item names its publisher (RSS and Atom <source>): a Google News
    # feed's AP report is AP's, whatever the feed is called.
    feed = replace(feed, name=configured.name or parsed.title or state.title)
    work = [(item, item.outlet or feed.name) for item in parsed.items]
    written, pages = _items([*work, *_waiting(feed, run, parsed.items)], feed, run)
    etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
    run.states.put(
        feed.url, state.succeeded(run.when, etag, modified, parsed.title, response.moved)
    )
    return FeedResult(
        feed.url,
        feed.name,
        "fetched",
        written,
        problem=parsed.problem,
        pages=pages,
        moved=response.moved,
    )


def _waiting(
    feed: FeedConfig, run: _Run, listed: tuple[FeedItem, ...]
) -> list[tuple[FeedItem, str | None]]:
    """The items of earlier runs still waiting for their page that the feed does not
    list this run (it dropped them, or answered 304): tried again from the seen store."""
    keys = {k for item in listed for k in item_keys(feed.url, item.guid, item.link)}
    return [
        (waiting.item, waiting.outlet)
        for waiting in run.seen.waiting_in(feed.url)
        if not keys.intersection(waiting.keys)
    ]


def _items(
    work: list[tuple[FeedItem, str | None]], feed: FeedConfig, run: _Run
) -> tuple[tuple[Path, ...], tuple[PageFailure, ...]]:
    """Each (item, outlet) in turn: the articles written, and the items whose page failed."""
    written: list[Path] = []
    pages: list[PageFailure] = []
    for item, outlet in work:
        try:
            path, page = _item(item, feed, outlet, run)
        except InputError as exc:
            log.info("feed %s: %s", _label(feed), exc)
            continue
        written += [path] if path else []
        pages += [page] if page else []
        if path and run.failing_since and item.updated and item.updated < run.failing_since:
            # listed before the feed failed: a fetch then would have had it (an undated
            # item is not known to be late)
            day = item.published or item.updated[:10]
            run.late.append((day, item.title or item.link or path.name))
    return tuple(written), tuple(pages)


def _item(
    item: FeedItem, feed: FeedConfig, outlet: str | None, run: _Run
) -> tuple[Path | None, PageFailure | None]:
    """The item's article written (or None: seen, a copy, not yet, dropped), and what
    became of it when its page failed."""
    keys = item_keys(feed.url, item.guid, item.link)
    if not keys:
        raise InputError("an item with neither a GUID nor a link", feed.url)
    text, whole = _feed_text(item)
    version = item_version(item, dated=not whole)
    update = None
    if run.seen.known(keys):
        recorded = run.seen.version_of(keys[0])
        if recorded == version:
            return None, None
        if recorded is None:  # seen before versions were kept, or through another feed
            run.seen.add(keys[:1], version=version, at=run.when, outlet=outlet)
            return None, None
        # Updated in place (a wire's "UPDATE 1-...", a higher toll): a new version of the
        # article, under its own name; what the earlier one said is not briefed again.
        update = version
        log.info("feed %s: %s was updated; fetching it again", _label(feed), _named(item))
    meta = ArticleMeta(
        url=item.link,
        outlet=outlet,
        title=item.title,
        # the day the feed's text states (its page, when fetched, states its own: `_page`)
        date=_text_day(_stated_day(text, run), item),
        author=item.author,
        feed=feed.url,
    )
    if whole:
        return _write(Article(text, meta), keys, run, version=version, update=update), None
    own = _whole_sentences(text)
    try:
        article = _page(item, meta, run)
        if _one_sentence(own) and len(article.text.split()) < len(own.split()):
            # a paywall's teaser, a "not found" notice served as 200
            raise FetchError("the page has less text than the feed", article.page_url or "")
        return _write(article, keys, run, version=version, update=update), None
    except FetchError as exc:
        failure = exc
    title = item.title or item.link or item.guid or feed.url
    waiting = run.seen.waiting_for(keys)
    since = waiting.since if waiting else run.when
    words = len(own.split())
    may_pass = failure.transient or failure.status in WAIT_STATUSES
    # A new version's page that may yet come is tried again on each run that lists it:
    # its version is not recorded until it is had.
    if item.full_text and _one_sentence(own) and (_for_good(failure) or words >= FEED_TEXT_WORDS):
        # the feed's own full text is the article: warned of here, once (see above); a
        # short one whose page may yet come (a 503) may be a teaser, so it waits as others do
        log.warning(
            "feed %s: %s: %s; the article is the feed's own full text",
            _label(feed),
            _named(item),
            failure,
        )
        path = _write(
            Article(own, meta), keys, run, page=failure.reason, version=version, update=update
        )
        return path, None
    if may_pass and words < FEED_TEXT_WORDS and (update or _days_since(since, run) < WAIT_DAYS):
        log.info("feed %s: %s: %s; tried again next run", _label(feed), _named(item), failure)
        if waiting is None and not update:
            run.seen.wait(keys, feed.url, outlet, item, since=since, reason=failure.reason)
        first = waiting.reason if waiting and waiting.reason != failure.reason else None
        return None, PageFailure(title, failure.reason, "waiting", since, first)
    outcome: Outcome = "from feed" if _one_sentence(own) else "dropped"
    log.info("feed %s: %s: %s; %s", _label(feed), _named(item), failure, outcome)
    if outcome == "dropped":
        run.seen.add(keys, dropped=failure.reason, at=run.when, version=version, outlet=outlet)
        return None, PageFailure(title, failure.reason, outcome)
    article = Article(own, meta)
    path = _write(article, keys, run, page=failure.reason, version=version, update=update)
    return path, PageFailure(title, failure.reason, outcome) if path else None


def _for_good(failure: FetchError) -> bool:
    """A page that will not come by trying again: a client error but a timeout (408) or
    too many requests (429), or a refusal with no status (robots.txt, not a web page, too
    large). A 404 counts: the feed's full text is the article, and only a teaser waits."""
    if failure.transient:
        return False
    return failure.status is None or (400 <= failure.status < 500 and failure.status != 408)


def _label(feed: FeedConfig) -> str:
    return feed_label(feed.url, feed.name)


def _named(item: FeedItem) -> str:
    """An item as the log names it: its title, else its link or GUID (the log had said
    "None" for an item with no link, r46 L5)."""
    if item.title:
        return f"“{item.title}”"
    return item.link or item.guid or "an item with no title"


def _write(
    article: Article,
    keys: tuple[str, ...],
    run: _Run,
    *,
    page: str | None = None,
    version: str | None = None,
    update: str | None = None,
) -> Path | None:
    """Into the inbox, then into the seen store; None when it is a copy of one seen.
    `page`: why the page failed, when the text is the feed's. `update`: the version of
    an item seen before (its keys are known, so only its text tells a copy), written
    under a name of its own: the earlier version may still be in the inbox.

    A text seen only from other outlets is written all the same, under the item's own
    name (r55 L1: a wire story two outlets carried word for word had credited only the
    first): the stories stage merges it with the first as a copy of one text and lists
    both outlets as its sources, and daily's memory of sent sentences keeps a copy that
    comes on a later day from repeating them. An update is told so too: its new text
    seen from its own outlet (a new headline on the same text) is no new version."""
    text = f"text {text_hash(article.text)}"
    landed = (f"url {canonical_url(article.page_url)}",) if article.page_url else ()
    found, outlet = (*keys, text, *landed), article.meta.outlet
    elsewhere = run.seen.carried_elsewhere(text, outlet)
    # the same item or page (by another GUID, or an address it redirects to), else the
    # same text from this outlet or one unknown
    same = not update and run.seen.known((*keys, *landed))
    if same or (run.seen.known((text,)) and not elsewhere):
        run.seen.add(found, duplicate=article.meta.url, version=version, outlet=outlet)
        return None
    name = f"{keys[0]} {update}" if update else keys[0]
    path = write_article(run.daily.inbox, name, article.meta, article.text)
    facts = {"page": page, "text": "feed"} if page else {}
    if update:
        facts["updated"] = "yes"
        run.updated.append(article.meta.title or article.meta.url or keys[0])
    if elsewhere:
        facts["copy"] = "yes"
    run.seen.add(found, file=path.name, at=run.when, version=version, outlet=outlet, **facts)
    return path


def _page(item: FeedItem, meta: ArticleMeta, run: _Run) -> Article:
    """The article from its page; a FetchError when it cannot be had."""
    if not item.link:
        raise FetchError("no link to its page", meta.feed or "")
    run.robots.check(item.link)
    page = run.fetcher.get(item.link, accept=PAGE_TYPES)
    try:
        html = decode(page.body, page.url, run.options)
    except InputError as exc:
        raise FetchError(exc.message, page.url) from None
    try:
        found = extract(html, run.now.astimezone(UTC).date(), page.url)
    except InputError as exc:  # (a page too crafted to read)
        raise FetchError(exc.message, page.url) from None
    if found is not None and found.redirect is not None:
        # never followed: the reader's browser would go there, brief does not
        raise FetchError(
            f"a web page that only sends the browser elsewhere (a redirect to {found.redirect})",
            page.url,
        )
    if found is None or not found.text.strip():
        raise FetchError("a web page with no article text in it", page.url)
    meta = ArticleMeta(
        url=item.link,
        # the item's own <source>, else the page's site name, else the feed's name: an
        # aggregator's feed named "Wire Business" had credited Nikkei Asia's page to itself
        outlet=item.outlet or found.outlet or meta.outlet,
        title=item.title or found.title,
        date=_page_day(found.date, item),
        author=item.author or found.author,
        feed=meta.feed,
    )
    return Article(found.text, meta, page.url)


def _feed_day(item: FeedItem) -> str | None:
    """The day the feed gives the item's text: the day it says the item changed, when
    that is later than the day it was published (an Atom entry's <updated>, a JSON
    Feed's date_modified: the text was rewritten then, and its "on Tuesday" is that
    day's), else the day it was published."""
    changed = item.updated_day or (item.updated[:10] if item.updated else None)
    if item.published is None or (changed is not None and changed > item.published):
        return changed or item.published
    return item.published


def _page_day(stated: str | None, item: FeedItem) -> str | None:
    """The day an article from its page carries. The page's own date, where it states
    one, is the best evidence of when its words were written, better than the feed's
    publication date (r55 H3: an entry published on the 7th and rewritten on the 8th had
    been dated the 7th, and the text's "on Tuesday" put a week early). A page that states
    none takes the feed's day (`_feed_day`: the day it says the item changed, if later).
    A feed's <updated> never outranks the page's own date: a typo fixed, or a feed
    rebuilt by its CMS, stamps it too, and would move the text's "on Tuesday" a week."""
    day = stated[:10] if stated else None
    return day if day is not None and iso_day(day) else _feed_day(item)


def _text_day(stated: str | None, item: FeedItem) -> str | None:
    """The day of an article from the feed's own text: the day its top states (see
    `_stated_day`), which a later <updated> does not outrank, as a page's date (r70 F14:
    a story corrected the next morning had been dated by its correction). A day before
    the item's publication is a dateline's, the day the copy was filed, and the
    publication's day stays, as ingest reads a dateline against a page's date
    (`layout.reported_day`)."""
    if stated is None or not iso_day(stated[:10]):
        return _feed_day(item)
    if item.published is None or stated[:10] >= item.published:
        return stated[:10]
    return item.published


def _stated_day(text: str, run: _Run) -> str | None:
    """The day a feed's own text states at its top, as ingest reads it from a .txt
    article (a byline's "By Maya Rennick | The Courier | September 15, 2026", a release's
    "Fire Authority | Update No. 2 | September 14, 2026, 7:00 p.m."), or None."""
    if not text.strip():
        return None
    today = run.now.astimezone(UTC).date()
    try:
        read = parse_text(plain_text(text), Source(0, "", "", "", 0), find_title=False, today=today)
    except InputError:
        return None  # no text to read a date off: the feed's day
    return read.date


def _days_since(since: str, run: _Run) -> int:
    """Calendar days (UTC) from the first failure to this run: a daily run a few seconds
    earlier than yesterday's still counts a day."""
    try:
        first = datetime.fromisoformat(since).astimezone(UTC).date()
    except ValueError:
        first = date.min
    return (run.now.astimezone(UTC).date() - first).days


def _feed_text(item: FeedItem) -> tuple[str, bool]:
    """The entry's own text, and whether it is the whole article: FULL_TEXT_WORDS or
    more, or the article's own element beside a shorter teaser of the feed's
    (`FeedItem.teaser_apart`: the feed tells the two apart), and no excerpt's mark (see
    _excerpt)."""
    if not item.content:
        return "", False
    if item.content_is_html:
        found = extract(f"<html><body><article>{item.content}</article></body></html>")
        text = found.text if found else ""
    else:
        text = item.content
    whole = len(text.split()) >= FULL_TEXT_WORDS or (item.teaser_apart and _one_sentence(text))
    return text, whole and not _excerpt(text)


def _one_sentence(text: str) -> bool:
    """Whether whole sentences hold one a bullet could be."""
    return any(len(s.split()) >= SENTENCE_WORDS for s in _SENTENCES.split(text))


_ARROWS = "»›>→"  # what a link to the rest ends with
# Between two sentences: after . ! ? or …, and any closing quote or bracket.
_SENTENCES = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"'”’)\]])\s+")
# A sentence that ends whole: in . ! or ?, not in an ellipsis ("...", "…", "[…]").
_WHOLE_END = re.compile(r"(?<![.…])[.!?][\"'”’)\]]*$")


def _excerpt(text: str) -> bool:
    """Whether a feed entry's text is the start of the article only, however long (see
    _marked). The page is fetched then; if it cannot be, the entry's whole sentences
    may be the article all the same (see _item)."""
    return _marked(next((line for line in reversed(text.splitlines()) if line.strip()), ""))


def _marked(line: str) -> bool:
    """Whether a line ends as an excerpt does: in an ellipsis ("... deployed in […]"),
    saying where the post "appeared first", or in a link to the rest ("... contracts.
    Read more »")."""
    from brief.ingest.furniture import lists

    marks = lists()
    last = " ".join(line.split()).casefold()
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


def _whole_sentences(text: str) -> str:
    """A feed entry's text without an excerpt's tail: the sentence it breaks off in
    ("... deployed in […]"), its link to the rest ("Read more »") and its "The post ...
    appeared first on ...", so that what is briefed ends on a whole sentence."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    while lines:
        line = lines[-1]
        if _WHOLE_END.search(line) and not _marked(line):
            break
        lines[-1] = " ".join(_SENTENCES.split(line)[:-1])  # its last sentence goes
        if not lines[-1]:
            lines.pop()
    return "\n".join(lines)
