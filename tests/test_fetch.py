"""brief fetch against a real HTTP server on 127.0.0.1: new items, conditional GET, and
every fault the issue lists. The server logs each request, so the tests can show what
a second run asks for and what it leaves alone."""

from __future__ import annotations

import gzip
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from brief import config as config_file
from brief.cli import app
from brief.collect import FetchReport, fetch_feeds
from brief.collect.inbox import read_header
from brief.collect.seen import SeenStore, canonical_url
from brief.config import Config
from brief.errors import ConfigError, InputError
from brief.ingest import ingest
from brief.options import Options
from brief.pipeline import build
from brief.render import render
from tests.conftest import FIXED_NOW, ROOT
from tests.web_fixtures import Reply, Request, WebServer

runner = CliRunner()

TOPICS = ("harbour", "railway", "grain", "bridge", "power", "water", "school", "border")


def article_text(topic: str, sentences: int = 14) -> str:
    """Made-up news prose about one topic, long enough for the extractor."""
    lines = [
        f"Officials in the coastal province said on Monday that the {topic} project would "
        f"resume after a pause of {n + 2} weeks, citing new funding from the regional council."
        for n in range(sentences // 2)
    ]
    lines += [
        f"The {topic} agency expects {n * 3 + 4} teams to return to work, and a spokesman "
        f"said the timetable for the {topic} works had been agreed with local unions."
        for n in range(sentences - sentences // 2)
    ]
    return "\n".join(lines)


def page(title: str, text: str) -> bytes:
    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n"))
    return (
        f"<!doctype html><html><head><title>{escape(title)}</title>"
        f'<meta name="author" content="Ana Field"></head><body><nav>Home | World</nav>'
        f"<article><h1>{escape(title)}</h1>{paras}</article><footer>© Outlet</footer>"
        "</body></html>"
    ).encode()


def rss(items: list[dict[str, str]], *, close: bool = True) -> bytes:
    body = "".join(
        "<item>"
        f"<title>{escape(i['title'])}</title><link>{escape(i['link'])}</link>"
        f"<guid>{escape(i.get('guid', i['link']))}</guid>"
        "<pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate>"
        f"<description>{escape(i.get('summary', 'A short teaser.'))}</description>"
        + (
            f"<source url='https://apnews.com'>{escape(i['source'])}</source>"
            if "source" in i
            else ""
        )
        + (
            f"<content:encoded><![CDATA[{i['content']}]]></content:encoded>"
            if "content" in i
            else ""
        )
        + "</item>"
        for i in items
    )
    doc = (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Coast Gazette</title><link>http://example.org/</link>{body}"
    )
    return (doc + ("</channel></rss>" if close else "")).encode()


def feed_reply(body: bytes, etag: str | None = None, modified: str | None = None) -> Reply:
    headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
    if etag:
        headers["ETag"] = etag
    if modified:
        headers["Last-Modified"] = modified
    return Reply(200, body, headers)


def conditional(body: bytes, etag: str, modified: str) -> Callable[[Request], Reply]:
    """A feed that answers 304 when sent back its exact validators."""

    def answer(request: Request) -> Reply:
        if request.headers.get("if-none-match") == etag:
            return Reply(304, b"", {"ETag": etag})
        return feed_reply(body, etag, modified)

    return answer


def html_reply(body: bytes) -> Reply:
    return Reply(200, body, {"Content-Type": "text/html; charset=utf-8"})


def serve_articles(web: WebServer, names: list[str]) -> list[dict[str, str]]:
    items = []
    for n, name in enumerate(names):
        web.routes[f"/news/{name}"] = html_reply(
            page(f"{name.title()} works resume", article_text(TOPICS[n % len(TOPICS)]))
        )
        items.append({"title": f"{name.title()} works resume", "link": f"{web.url}/news/{name}"})
    return items


def write_config(tmp_path: Path, feeds: list[tuple[str, str | None]], **fetch: object) -> Path:
    settings = {
        "contact": "ops@example.org",
        "allow_private": True,
        "timeout": 0.5,
        "delay": 0,
        "retries": 1,
        "backoff": 0.05,
        "max_backoff": 2,
        "max_bytes": 256 * 1024,
        **fetch,
    }
    lines = [
        "[daily]",
        'inbox = "inbox"',
        'output = "out"',
        'archive = "archive"',
        'state = "state"',
        'formats = ["md"]',
        "",
    ]
    for url, name in feeds:
        lines += ["[[feeds]]", f"url = {json.dumps(url)}"]
        lines += [f"name = {json.dumps(name)}"] if name else []
    lines += ["", "[fetch]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in settings.items()]
    path = tmp_path / "brief.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load(path: Path) -> Config:
    return config_file.load(path)


def fetch(path: Path) -> FetchReport:
    return fetch_feeds(load(path), now=FIXED_NOW)


def inbox_files(tmp_path: Path) -> list[Path]:
    inbox = tmp_path / "inbox"
    return sorted(inbox.iterdir()) if inbox.exists() else []


def headers_of(path: Path) -> dict[str, str]:
    meta, _ = read_header(path.read_text(encoding="utf-8"), str(path))
    assert meta is not None
    return {k: v for k, v in vars(meta).items() if v}


@pytest.fixture
def private_web() -> Iterator[WebServer]:
    """A second server on 127.0.0.2: a private address the config does not allow."""
    server = WebServer("127.0.0.2").start()
    try:
        yield server
    finally:
        server.stop()


# -- new items, then 304 ------------------------------------------------------------------


def test_new_items_then_not_modified(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["harbour", "railway"])
    modified = "Tue, 24 Nov 2026 08:00:00 GMT"
    web.routes["/feed.xml"] = conditional(rss(items), '"v1"', modified)
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Coast Gazette")])

    first = fetch(config)
    assert [len(f.written) for f in first.feeds] == [2]
    files = inbox_files(tmp_path)
    assert len(files) == 2
    meta = headers_of(files[0])
    assert meta["outlet"] == "Coast Gazette"
    assert meta["feed"] == f"{web.url}/feed.xml"
    assert meta["url"].startswith(f"{web.url}/news/")
    assert meta["date"] == "2026-11-24"
    assert meta["title"].endswith("works resume")
    agent = web.hits("/feed.xml")[0].headers["user-agent"]
    assert agent.startswith("brief/") and "ops@example.org" in agent
    assert "application/rss+xml" in web.hits("/feed.xml")[0].headers["accept"]
    assert len(web.hits("/robots.txt")) == 1  # once per site per run

    second = fetch(config)
    assert second.written == () and second.feeds[0].status == "not modified"
    again = web.hits("/feed.xml")[-1].headers
    assert again["if-none-match"] == '"v1"'  # sent back exactly
    assert again["if-modified-since"] == modified
    assert len(web.hits("/news/harbour")) == 1 and len(web.hits("/news/railway")) == 1
    assert inbox_files(tmp_path) == files


def test_changed_etag_brings_only_the_new_item(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["harbour", "railway", "grain"])
    web.routes["/feed.xml"] = conditional(rss(items[:2]), '"v1"', "Mon, 23 Nov 2026 08:00:00 GMT")
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)])
    fetch(config)
    web.routes["/feed.xml"] = conditional(rss(items), '"v2"', "Tue, 24 Nov 2026 08:00:00 GMT")
    report = fetch(config)
    assert len(report.written) == 1 and len(inbox_files(tmp_path)) == 3
    assert [len(web.hits(f"/news/{n}")) for n in ("harbour", "railway", "grain")] == [1, 1, 1]
    assert headers_of(report.written[0])["outlet"] == "Coast Gazette"  # the feed's own title


def test_an_aggregators_item_is_its_publishers(tmp_path: Path, web: WebServer) -> None:
    """An item that names its source (an aggregator's) is that outlet's, not the feed's;
    an item that names none is the configured feed's."""
    items = serve_articles(web, ["harbour", "railway"])
    items[0]["source"] = "AP News"
    web.routes["/feed.xml"] = feed_reply(rss(items))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Top stories")])
    fetch(config)
    outlets = sorted(headers_of(path)["outlet"] for path in inbox_files(tmp_path))
    assert outlets == ["AP News", "Top stories"]


def test_full_text_in_the_feed_is_used_as_it_is(tmp_path: Path, web: WebServer) -> None:
    body = "".join(f"<p>{escape(p)}</p>" for p in article_text("bridge", 16).split("\n"))
    web.routes["/feed.xml"] = feed_reply(
        rss([{"title": "Bridge works", "link": f"{web.url}/news/bridge", "content": body}])
    )
    json_feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Power Daily",
        "items": [
            {
                "id": "p-1",
                "url": "/news/power",
                "title": "Power works",
                "content_text": article_text("power", 16),
                "date_published": "2026-11-23T22:30:00-05:00",
                "authors": [{"name": "Lee Ray"}],
            }
        ],
    }
    web.routes["/feed.json"] = Reply(
        200, json.dumps(json_feed).encode(), {"Content-Type": "application/feed+json"}
    )
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None), (f"{web.url}/feed.json", None)])
    report = fetch(config)
    assert [len(f.written) for f in report.feeds] == [1, 1]
    assert not web.hits("/news/bridge") and not web.hits("/news/power")
    power = headers_of(report.feeds[1].written[0])
    assert power["outlet"] == "Power Daily" and power["author"] == "Lee Ray"
    # the day it was written where it was (22:30 -05:00), not the next day in UTC (r70 F14)
    assert power["date"] == "2026-11-23" and power["url"] == f"{web.url}/news/power"


def test_the_whole_article_in_an_rss_description_is_used(tmp_path: Path, web: WebServer) -> None:
    """RSS 2.0 carries a teaser or the whole text in one element, <description>: long
    enough, it is the article, even when its link is gone or no web address."""
    bridge, dam = (
        "".join(f"<p>{escape(p)}</p>" for p in article_text(topic, 16).split("\n"))
        for topic in ("bridge", "dam")
    )
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                {"title": "Bridge works", "link": f"{web.url}/gone", "summary": bridge},
                {"title": "Dam works", "link": "javascript:alert(1)", "guid": "d", "summary": dam},
            ]
        )
    )
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert len(report.feeds[0].written) == 2
    assert not web.hits("/gone") and not web.hits("/robots.txt")
    assert "url" not in headers_of(report.feeds[0].written[1])


def test_a_long_excerpt_is_no_article_and_its_page_is_fetched(
    tmp_path: Path, web: WebServer
) -> None:
    """A <description> of 140 words that ends "[…]", or in WordPress's "The post ...
    appeared first on ...", is the start of the article: the page holds the rest."""
    words = " ".join(article_text("bridge", 16).split()[:140])
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                {
                    "title": "Bridge works",
                    "link": f"{web.url}/news/bridge",
                    "summary": words + " […]",
                },
                {
                    "title": "Dam works",
                    "link": f"{web.url}/news/dam",
                    "summary": f"<p>{words}</p><p>The post Dam appeared first on Gazette.</p>",
                },
            ]
        )
    )
    for name in ("bridge", "dam"):
        web.routes[f"/news/{name}"] = html_reply(page(f"{name} works", article_text(name)))
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert len(report.feeds[0].written) == 2
    assert web.hits("/news/bridge") and web.hits("/news/dam")


def test_a_long_excerpt_whose_page_is_gone_is_the_article_all_the_same(
    tmp_path: Path, web: WebServer
) -> None:
    """The page cannot be had for good (404): the feed's long excerpt is what there is,
    not lost. A full text that ends on an ordinary sentence ("... to sign up.") is no
    excerpt: its page is not fetched."""
    words = " ".join(article_text("bridge", 16).split()[:140])
    full = article_text("dam", 16) + "\nResidents have until March 1 to sign up."
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                {"title": "Bridge works", "link": f"{web.url}/gone", "summary": words + " […]"},
                {"title": "Dam works", "link": f"{web.url}/news/dam", "summary": full},
            ]
        )
    )
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert len(report.feeds[0].written) == 2
    assert web.hits("/gone") and not web.hits("/news/dam")


def test_a_link_to_the_rest_ends_an_excerpt_on_its_line_or_alone() -> None:
    from brief.collect.collector import _excerpt

    assert _excerpt("The deal covers 40 contracts. Continue reading →")
    assert _excerpt("The deal covers 40 contracts.\nRead more »")
    assert not _excerpt("Visit the council's website to learn more.")
    assert _excerpt("The deal covers 40 contracts. More »") and _excerpt("The deal.\nMore")
    assert not _excerpt("What do voters want? More.")


def test_atom_feed(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["school"])
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>'
        f'<entry><id>tag:x,2026:1</id><title>School</title><link href="{items[0]["link"]}"/>'
        "<updated>2026-11-22T10:00:00Z</updated><summary>Teaser.</summary></entry></feed>"
    ).encode()
    web.routes["/atom"] = Reply(200, atom, {"Content-Type": "application/atom+xml"})
    report = fetch(write_config(tmp_path, [(f"{web.url}/atom", None)]))
    meta = headers_of(report.written[0])
    assert meta["outlet"] == "Atom News" and meta["date"] == "2026-11-22"


# -- faults ----------------------------------------------------------------------------


def test_malformed_feed_is_read_and_reported(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["water"])
    web.routes["/bad.xml"] = feed_reply(rss(items, close=False))
    report = fetch(write_config(tmp_path, [(f"{web.url}/bad.xml", "Water Weekly")]))
    assert len(report.written) == 1
    (note,) = report.health()
    assert note.startswith("Water Weekly") and "malformed feed: line " in note
    assert "<" not in note  # expat's "<unknown>" stream name said nothing (r47 L1)


def test_not_a_feed_fails_alone(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["grain"])
    web.routes["/good.xml"] = feed_reply(rss(items))
    web.routes["/junk"] = Reply(200, b"\x00\x01 nothing", {"Content-Type": "application/xml"})
    web.routes["/missing"] = Reply(404, b"gone", {"Content-Type": "text/plain"})
    config = write_config(
        tmp_path,
        [
            (f"{web.url}/junk", "Junk"),
            (f"{web.url}/missing", "Gone"),
            (f"{web.url}/good.xml", None),
        ],
    )
    report = fetch(config)
    assert [f.status for f in report.feeds] == ["failed", "failed", "fetched"]
    assert len(report.written) == 1
    health = report.health()
    assert health[1] == f"Gone ({web.url}/missing): failed since 2026-11-25 06:00 UTC: HTTP 404"
    later = fetch_feeds(load(config), now=FIXED_NOW.replace(day=26))
    assert later.feeds[1].failing_since == report.feeds[1].failing_since  # since the first


def test_429_retry_after_is_honoured(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["border"])
    answers = [Reply(429, b"slow down", {"Retry-After": "1"}), feed_reply(rss(items))]
    stamps: list[float] = []

    def answer(request: Request) -> Reply:
        stamps.append(time.monotonic())
        return answers.pop(0)

    web.routes["/feed.xml"] = answer
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert len(report.written) == 1
    assert stamps[1] - stamps[0] >= 0.95  # waited as asked


def test_a_long_retry_after_skips_the_feed_this_run(tmp_path: Path, web: WebServer) -> None:
    web.routes["/feed.xml"] = Reply(503, b"", {"Retry-After": "3600"})
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert report.feeds[0].problem == "HTTP 503, asked to retry after 3600 s"
    assert len(web.hits("/feed.xml")) == 1


def test_server_slower_than_the_timeout(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["harbour"])
    web.routes["/slow.xml"] = Reply(200, rss(items), {"Content-Type": "text/xml"}, delay=1.5)
    web.routes["/fast.xml"] = feed_reply(rss(items))
    config = write_config(
        tmp_path, [(f"{web.url}/slow.xml", "Slow"), (f"{web.url}/fast.xml", None)], retries=0
    )
    report = fetch(config)
    assert report.feeds[0].status == "failed" and report.feeds[0].problem == "timed out"
    assert len(report.written) == 1  # the other feed is not held up


def test_redirect_loop(tmp_path: Path, web: WebServer) -> None:
    web.routes["/a"] = Reply(302, b"", {"Location": "/b"})
    web.routes["/b"] = Reply(301, b"", {"Location": f"{web.url}/a"})
    report = fetch(write_config(tmp_path, [(f"{web.url}/a", None)]))
    assert report.feeds[0].problem == "redirect loop"


def test_what_urllib_cannot_read_fails_that_feed_alone(tmp_path: Path, web: WebServer) -> None:
    """A Location, a Content-Length or a Retry-After urllib or float() refuses had ended
    the run with a ValueError (s72 fuzz): a redirect to "http://[::1" (an unclosed IPv6
    host), a length or a wait in digits that are no decimal ones ("²")."""
    web.routes["/moved"] = Reply(302, b"", {"Location": "http://[::1"})
    web.routes["/sized"] = Reply(200, rss([]), {"Content-Type": "text/xml", "Content-Length": "²"})
    web.routes["/busy"] = Reply(503, b"", {"Retry-After": "³¹"})
    names = ["moved", "sized", "busy"]
    config = write_config(tmp_path, [(f"{web.url}/{name}", name) for name in names], retries=1)
    problems = [feed.problem for feed in fetch(config).feeds]
    assert problems[0] == "redirected to no web address: 'http://[::1'"
    assert problems[1] is not None and problems[2] == "HTTP 503"


def test_a_feed_or_link_urllib_cannot_read_is_none() -> None:
    """An item's link urllib refuses ("http://[::1", a port out of range or not a number),
    a JSON feed nested 100,000 deep and a character reference to a surrogate (which
    feedparser's loose parser raises on) had each ended the run with an internal error
    (s72 fuzz): the link is none, the feed unreadable."""
    from brief.collect.feeds import FeedFormatError, parse_feed

    base = "https://example.org/feed"
    links = ["http://[::1", "https://[::1]:99999/", "http://a:b:c/", "https://example.org/a"]
    body = rss([{"title": "T", "link": link} for link in links])
    assert [i.link for i in parse_feed(body, base, "application/rss+xml").items] == [
        None,
        None,
        None,
        "https://example.org/a",
    ]
    (item,) = parse_feed(json.dumps({"items": [{"url": "http://[::1"}]}).encode(), base, "").items
    assert item.link is None
    for odd, media in (
        (b"[" * 100_000 + b"]" * 100_000, "application/json"),
        (rss([{"title": "T", "link": links[3]}]).replace(b">T<", b">&foo;&#xD800;<"), "text/xml"),
    ):
        with pytest.raises(FeedFormatError):
            parse_feed(odd, base, media)


def test_too_many_redirects(tmp_path: Path, web: WebServer) -> None:
    for n in range(8):
        web.routes[f"/r{n}"] = Reply(302, b"", {"Location": f"/r{n + 1}"})
    report = fetch(write_config(tmp_path, [(f"{web.url}/r0", None)], max_redirects=3))
    assert report.feeds[0].problem == "more than 3 redirects"


def test_a_feed_moved_permanently_is_read_there_and_said_to_have_moved(
    tmp_path: Path, web: WebServer
) -> None:
    """r63 F12: a feed answering 301 had been followed silently, and feeds.json kept only
    the old address. It is read at the new one, and its health line (and the dry run's)
    says where it moved, on each run until the config names it; a temporary redirect
    (302), or one after it, is said nowhere."""
    from brief.collect import known_problems

    items = serve_articles(web, ["grain"])
    web.routes["/v2/feed.xml"] = feed_reply(rss(items))
    web.routes["/feed.xml"] = Reply(301, b"", {"Location": "/v1/feed.xml"})
    web.routes["/v1/feed.xml"] = Reply(308, b"", {"Location": "/v2/feed.xml"})
    web.routes["/today.xml"] = Reply(302, b"", {"Location": "/feed.xml"})
    config = write_config(
        tmp_path, [(f"{web.url}/feed.xml", "Plains Daily"), (f"{web.url}/today.xml", None)]
    )
    report = fetch(config)
    note = f"Plains Daily ({web.url}/feed.xml): moved permanently to {web.url}/v2/feed.xml; "
    assert len(report.written) == 1 and report.health() == (note + "update the config",)
    assert known_problems(load(config)) == (f"feed {note}update the config (at the last fetch)",)
    web.routes["/feed.xml"] = feed_reply(rss(items))
    assert fetch_feeds(load(config), now=FIXED_NOW + timedelta(days=1)).health() == ()
    assert known_problems(load(config)) == ()


def test_oversized_and_compression_bomb(tmp_path: Path, web: WebServer) -> None:
    web.routes["/huge.xml"] = Reply(200, b" " * 300_000, {"Content-Type": "text/xml"})
    bomb = gzip.compress(b" " * 20_000_000)
    web.routes["/bomb.xml"] = Reply(
        200, bomb, {"Content-Type": "text/xml", "Content-Encoding": "gzip"}
    )
    web.routes["/lying.xml"] = Reply(  # the length header is missing: counted while reading
        200,
        b" " * 300_000,
        {"Content-Type": "text/xml", "Connection": "close", "Content-Length": ""},
    )
    config = write_config(
        tmp_path,
        [
            (f"{web.url}/huge.xml", None),
            (f"{web.url}/bomb.xml", None),
            (f"{web.url}/lying.xml", None),
        ],
    )
    report = fetch(config)
    assert len(bomb) < 256 * 1024
    assert report.feeds[0].problem == "larger than the 262,144-byte limit (300,000 bytes)"
    assert report.feeds[1].problem == "larger than the 262,144-byte limit after decompression"
    assert report.feeds[2].problem is not None and "262,144-byte limit" in report.feeds[2].problem


def test_compressed_feed_is_read(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["railway"])
    web.routes["/feed.xml"] = Reply(
        200, gzip.compress(rss(items)), {"Content-Type": "text/xml", "Content-Encoding": "gzip"}
    )
    assert len(fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)])).written) == 1
    assert "gzip" in web.hits("/feed.xml")[0].headers["accept-encoding"]


def test_non_html_article_page_is_skipped_for_good(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["grain"])
    web.routes["/news/grain"] = Reply(200, b"%PDF-1.7 ...", {"Content-Type": "application/pdf"})
    web.routes["/feed.xml"] = feed_reply(rss(items))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)])
    report = fetch(config)
    assert report.written == () and report.feeds[0].status == "fetched"
    assert report.health() == (  # "A short teaser." is no article: said, not lost in silence
        f"Coast Gazette ({web.url}/feed.xml): 1 article(s) left out: the page failed and the "
        "feed's text is too short: “Grain works resume” (unexpected content type "
        "'application/pdf')",
    )
    assert fetch(config).health() == ()
    assert len(web.hits("/news/grain")) == 1  # recorded: not asked again


def test_a_page_that_only_redirects_is_left_out_with_its_reason(
    tmp_path: Path, web: WebServer
) -> None:
    """A page whose only content is a <meta> refresh to elsewhere had been written as an
    article ("If you are not redirected, click here", r62 F11): brief never follows it."""
    items = serve_articles(web, ["grain"])
    web.routes["/news/grain"] = html_reply(
        b'<!doctype html><html><head><meta http-equiv="refresh" content="0; '
        b'url=https://elsewhere.example/x"><title>Moved</title></head><body><p>If you are '
        b'not redirected, <a href="https://elsewhere.example/x">click here</a>.</p></body></html>'
    )
    web.routes["/feed.xml"] = feed_reply(rss(items))
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert report.written == ()
    assert report.health() == (
        f"Coast Gazette ({web.url}/feed.xml): 1 article(s) left out: the page failed and the "
        "feed's text is too short: “Grain works resume” (a web page that only sends the "
        "browser elsewhere (a redirect to elsewhere.example))",
    )


def test_a_feeds_long_title_is_capped_in_the_header_it_writes(
    tmp_path: Path, web: WebServer
) -> None:
    """A 48 KB title had made a header the daily run refused as "not closed by +++" (r62
    F12): each value is cut to 300 characters at a word's end, as it is read."""
    items = serve_articles(web, ["grain"])
    items[0]["title"] = "Grain works resume at the port " * 2000
    web.routes["/feed.xml"] = feed_reply(rss(items))
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    (path,) = report.written
    title = headers_of(path)["title"]
    assert len(title) <= 300 and title.endswith(" resume…")
    assert read_header(path.read_text(encoding="utf-8"), str(path))[1].startswith("Officials ")


def test_a_header_too_long_is_said_so() -> None:
    header = json.dumps({"title": "x" * 20_000})
    with pytest.raises(InputError, match="longer than 16 KiB"):
        read_header(f"+++ brief-article\n{header}\n+++\nText.\n", "a.txt")
    with pytest.raises(InputError, match="not closed by"):
        read_header('+++ brief-article\n{"title": "x"}\nText.\n', "a.txt")


def test_a_page_is_decoded_with_the_configs_encoding(tmp_path: Path, web: WebServer) -> None:
    """[brief] encoding names the articles' encoding for a daily run: the pages fetched
    for the inbox are read with it too, as the files put there by hand are."""
    items = serve_articles(web, ["grain"])
    text = (
        article_text("grain") + "\nThe talks in Malmö would resume “soon”, after the café meeting."
    )
    web.routes["/news/grain"] = Reply(
        200,
        page("Grain works resume", text).decode().encode("mac_roman"),
        {"Content-Type": "text/html"},
    )
    web.routes["/feed.xml"] = feed_reply(rss(items))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)])
    config.write_text(config.read_text() + '\n[brief]\nencoding = "mac_roman"\n', encoding="utf-8")
    [path] = fetch(config).written
    assert "talks in Malmö would resume “soon”, after the café" in path.read_text(encoding="utf-8")


def test_robots_txt_is_respected_for_pages(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["school", "power"])
    web.routes["/robots.txt"] = Reply(
        200, b"User-agent: brief\nDisallow: /news/school\n", {"Content-Type": "text/plain"}
    )
    web.routes["/feed.xml"] = feed_reply(rss(items))
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert len(report.written) == 1
    assert not web.hits("/news/school") and len(web.hits("/news/power")) == 1


def test_transient_page_failure_is_retried_next_run(tmp_path: Path, web: WebServer) -> None:
    """A teaser too short to stand for the article waits for its page (500): named in
    the health note, and fetched next run although the feed answers 304."""
    items = serve_articles(web, ["harbour", "bridge"])
    good = web.routes["/news/bridge"]
    web.routes["/news/bridge"] = Reply(500, b"oops")
    web.routes["/feed.xml"] = conditional(rss(items), '"v1"', "Tue, 24 Nov 2026 08:00:00 GMT")
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)])
    first = fetch(config)
    assert len(first.written) == 1
    assert first.health() == (
        f"Coast Gazette ({web.url}/feed.xml): 1 article(s) not fetched yet, tried again next run: "
        "“Bridge works resume” (HTTP 500 since 2026-11-25 06:00 UTC)",
    )
    web.routes["/news/bridge"] = good
    second = fetch(config)
    assert second.feeds[0].status == "not modified" and second.health() == ()
    assert len(second.written) == 1 and len(inbox_files(tmp_path)) == 2
    assert len(web.hits("/news/harbour")) == 1


# -- an article page that fails: the feed's own text, a wait, or a line saying so ---------


def paragraph(topic: str, sentences: int = 4) -> str:
    """An RSS summary of whole sentences: 4 are 108 words, under FULL_TEXT_WORDS."""
    return " ".join(article_text(topic).split("\n")[:sentences])


def seen_lines(tmp_path: Path) -> list[dict[str, object]]:
    path = tmp_path / "state" / "feeds" / "seen.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_missing_page_leaves_the_feeds_paragraph_as_the_article(
    tmp_path: Path, web: WebServer
) -> None:
    """The reported bug: a 108-word summary whose page is 404 was skipped for good with
    an INFO log line only. It is the article now, the journal says why, `brief fetch`
    says so on stderr, and the page turning up later brings no second article."""
    summary = paragraph("bridge")
    item = {"title": "Bridge works", "link": f"{web.url}/news/bridge", "summary": summary}
    web.routes["/feed.xml"] = feed_reply(rss([item]))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Coast Gazette")])
    result = runner.invoke(app, ["fetch", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"brief: feed Coast Gazette ({web.url}/feed.xml): 1 article(s) taken from the "
        "feed's own text, as the page failed: “Bridge works” (HTTP 404)\n"
    )
    (path,) = inbox_files(tmp_path)
    assert read_header(path.read_text(encoding="utf-8"), str(path))[1] == summary + "\n"
    assert headers_of(path)["url"] == f"{web.url}/news/bridge"
    (line,) = seen_lines(tmp_path)
    assert (line["file"], line["page"], line["text"]) == (path.name, "HTTP 404", "feed")
    web.routes["/news/bridge"] = html_reply(page("Bridge works", article_text("bridge")))
    moved = dict(item, guid="bridge-2")  # and again under a new GUID: the link is known
    web.routes["/feed.xml"] = feed_reply(rss([item, moved]))
    assert fetch(config).written == () and fetch(config).health() == ()
    assert len(web.hits("/news/bridge")) == 1 and inbox_files(tmp_path) == [path]


def test_a_failing_page_gets_the_feeds_whole_sentences(tmp_path: Path, web: WebServer) -> None:
    """Whatever the failure (a timeout, 410, a paywall with less text than the feed), a
    summary of 40 words or more is the article at once, without the sentence an
    excerpt breaks off in or its WordPress credit."""
    long_cut = paragraph("dam", 3) + " The dam agency said the"
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                {"title": "Slow", "link": f"{web.url}/slow", "summary": paragraph("power", 2)},
                {"title": "Gone", "link": f"{web.url}/gone", "summary": long_cut + " […]"},
                {
                    "title": "Paywall",
                    "link": f"{web.url}/paywall",
                    "summary": f"<p>{paragraph('water')}</p><p>The post Water appeared "
                    "first on Coast Gazette.</p>",
                },
            ]
        )
    )
    web.routes["/slow"] = Reply(200, b"", {"Content-Type": "text/html"}, delay=1.5)
    web.routes["/gone"] = Reply(410, b"gone")
    teaser = "Subscribers can read the whole of this story, with our coverage of the region."
    web.routes["/paywall"] = html_reply(page("Water", teaser))
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)], retries=0))
    assert [p.reason for p in report.feeds[0].pages] == [
        "timed out",
        "HTTP 410",
        "the page has less text than the feed",
    ]
    assert {p.outcome for p in report.feeds[0].pages} == {"from feed"}
    texts = [read_header(p.read_text(encoding="utf-8"), str(p))[1] for p in report.written]
    assert texts == [
        paragraph("power", 2) + "\n",
        paragraph("dam", 3) + "\n",
        paragraph("water") + "\n",
    ]
    assert [line.get("page") for line in seen_lines(tmp_path)] == [
        "timed out",
        "HTTP 410",
        "the page has less text than the feed",
    ]


def test_a_teaser_waits_for_its_page_even_once_the_feed_drops_it(
    tmp_path: Path, web: WebServer
) -> None:
    """A page not up yet (404) behind a one-line teaser: the item waits, kept whole in
    the seen store, so the next day's feed need not list it any more."""
    teaser = "Officials said the harbour project would resume after a pause of two weeks."
    item = {"title": "Harbour works", "link": f"{web.url}/news/harbour", "summary": teaser}
    web.routes["/feed.xml"] = feed_reply(rss([item]))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Coast Gazette")])
    first = fetch(config)
    assert first.written == ()
    assert first.feeds[0].pages[0].outcome == "waiting"
    assert seen_lines(tmp_path)[0]["waiting"] == "HTTP 404"
    web.routes["/feed.xml"] = feed_reply(rss([]))
    web.routes["/news/harbour"] = html_reply(page("Harbour works", article_text("harbour")))
    later = fetch_feeds(load(config), now=FIXED_NOW + timedelta(days=1))
    (path,) = later.written
    assert later.health() == () and headers_of(path)["outlet"] == "Coast Gazette"
    assert "resume after a pause of 2 weeks" in path.read_text(encoding="utf-8")  # the page
    assert fetch_feeds(load(config), now=FIXED_NOW + timedelta(days=2)).written == ()
    assert len(web.hits("/news/harbour")) == 2


def test_a_page_that_never_comes_is_waited_for_two_days(tmp_path: Path, web: WebServer) -> None:
    """Tried on the first day and the two after; then a teaser holding one sentence a
    bullet can be is the article, and one that holds none is left out, in the health
    note. Either way the item is done: not asked for again."""
    teaser = "Officials said the harbour project would resume after a pause of two weeks."
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                {"title": "Harbour works", "link": f"{web.url}/harbour", "summary": teaser},
                {"title": "Watch: the dam", "link": f"{web.url}/dam", "summary": "Watch it."},
            ]
        )
    )
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Coast Gazette")])
    days = [fetch_feeds(load(config), now=FIXED_NOW + timedelta(days=n)) for n in range(4)]
    assert [len(d.written) for d in days] == [0, 0, 1, 0]
    assert [[p.outcome for p in d.feeds[0].pages] for d in days] == [
        ["waiting", "waiting"],
        ["waiting", "waiting"],
        ["from feed", "dropped"],
        [],
    ]
    assert days[1].health()[0] == (
        f"Coast Gazette ({web.url}/feed.xml): 2 article(s) not fetched yet, tried again next "
        "run: “Harbour works” (HTTP 404 since 2026-11-25 06:00 UTC); “Watch: the dam” "
        "(HTTP 404 since 2026-11-25 06:00 UTC)"
    )
    assert days[2].health() == (
        f"Coast Gazette ({web.url}/feed.xml): 1 article(s) taken from the feed's own text, "
        "as the page failed: “Harbour works” (HTTP 404)",
        f"Coast Gazette ({web.url}/feed.xml): 1 article(s) left out: the page failed and "
        "the feed's text is too short: “Watch: the dam” (HTTP 404)",
    )
    assert read_header(days[2].written[0].read_text(encoding="utf-8"), "")[1] == teaser + "\n"
    assert len(web.hits("/harbour")) == 3 and len(web.hits("/dam")) == 3
    assert sum("waiting" in line for line in seen_lines(tmp_path)) == 2  # once each
    assert seen_lines(tmp_path)[-1]["dropped"] == "HTTP 404"


def test_a_404_skipped_by_an_earlier_version_gets_its_chance(
    tmp_path: Path, web: WebServer
) -> None:
    """The journal of a version that skipped 404 pages for good, nothing said: the item
    its feed still lists is taken from the feed's text now; other lines stay seen."""
    items = [
        {"title": "Bridge works", "link": f"{web.url}/b", "summary": paragraph("bridge")},
        {"title": "Dam works", "link": f"{web.url}/d", "summary": paragraph("dam")},
    ]
    web.routes["/feed.xml"] = feed_reply(rss(items))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)])
    old = [
        {"keys": [f"url {web.url}/b"], "skipped": "HTTP 404"},
        {"keys": [f"url {web.url}/d"], "skipped": "unexpected content type 'application/pdf'"},
    ]
    seen = tmp_path / "state" / "feeds" / "seen.jsonl"
    seen.parent.mkdir(parents=True)
    seen.write_text("".join(json.dumps(line) + "\n" for line in old), encoding="utf-8")
    report = fetch(config)
    assert [p.title for p in report.feeds[0].pages] == ["Bridge works"]
    assert len(report.written) == 1 and not web.hits("/d")


def test_an_unreadable_robots_txt_is_no_refusal(tmp_path: Path, web: WebServer) -> None:
    """robots.txt answering 503 keeps the site's pages out this run only (RFC 9309):
    they wait, where they had been skipped for good as if robots.txt said no."""
    items = serve_articles(web, ["school"])
    web.routes["/robots.txt"] = Reply(503, b"down")
    web.routes["/feed.xml"] = feed_reply(rss(items))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)], retries=0)
    first = fetch(config)
    assert first.written == () and not web.hits("/news/school")
    (waiting,) = first.feeds[0].pages
    assert waiting.outcome == "waiting"
    assert waiting.reason == "robots.txt could not be read: HTTP 503"
    web.routes["/robots.txt"] = Reply(404, b"")
    assert len(fetch(config).written) == 1


def test_feed_text_without_an_excerpts_tail() -> None:
    from brief.collect.collector import _whole_sentences

    assert _whole_sentences("One whole sentence. And one cut off in […]") == "One whole sentence."
    assert _whole_sentences("It rose.\nThe post X appeared first on Y.") == "It rose."
    assert _whole_sentences("It rose. Continue reading →") == "It rose."
    assert _whole_sentences('He said: "It rose."\nRead more »') == 'He said: "It rose."'
    assert _whole_sentences("What do voters want? More.") == "What do voters want? More."
    assert _whole_sentences("It rose...") == ""


def test_daily_briefs_the_feeds_paragraph_and_says_why(
    tmp_path: Path, web: WebServer, fixed_clock: object
) -> None:
    """`brief daily`: the 404 page's article is in the brief, from the feed's text, and
    the Feed health note says so; a teaser waiting for its page is named there too."""
    teaser = "Officials said the harbour project would resume after a pause of two weeks."
    web.routes["/feed.xml"] = feed_reply(
        rss(
            [
                {"title": "Bridge works", "link": f"{web.url}/b", "summary": paragraph("bridge")},
                {"title": "Harbour works", "link": f"{web.url}/h", "summary": teaser},
            ]
        )
    )
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Coast Gazette")])
    result = runner.invoke(app, ["daily", "--config", str(config)])
    assert result.exit_code == 0, result.output
    (brief_md,) = (tmp_path / "out").glob("brief-*.md")
    text = brief_md.read_text(encoding="utf-8")
    assert "Bridge works" in text.split("## Sources", 1)[1]
    health = " ".join(text.split("## Feed health", 1)[1].split())
    assert "taken from the feed's own text, as the page failed: “Bridge works” (HTTP 404)" in health
    assert "not fetched yet, tried again next run: “Harbour works” (HTTP 404" in health


def test_redirect_to_a_private_address_is_refused(
    tmp_path: Path, web: WebServer, private_web: WebServer
) -> None:
    private_web.routes["/secret"] = html_reply(page("Secret", article_text("water")))
    private_web.routes["/feed.xml"] = feed_reply(rss([]))
    web.routes["/news/a"] = Reply(302, b"", {"Location": f"{private_web.url}/secret"})
    web.routes["/feed.xml"] = feed_reply(rss([{"title": "A", "link": f"{web.url}/news/a"}]))
    web.routes["/moved.xml"] = Reply(301, b"", {"Location": f"{private_web.url}/feed.xml"})
    config = write_config(
        tmp_path,
        [(f"{web.url}/feed.xml", None), (f"{web.url}/moved.xml", None)],
        allow_private=["127.0.0.1"],
    )
    report = fetch(config)
    assert report.written == ()
    assert report.feeds[1].status == "failed"
    assert report.feeds[1].problem == "refused: 127.0.0.2 is at a private address (127.0.0.2)"
    assert private_web.requests == []  # refused at connect time: not one byte was sent


def test_private_addresses_are_refused_by_default(tmp_path: Path, web: WebServer) -> None:
    web.routes["/feed.xml"] = feed_reply(rss([]))
    config = write_config(tmp_path, [(f"http://localhost:{web.port}/feed.xml", None)])
    config.write_text(config.read_text().replace("allow_private = true", "allow_private = false"))
    report = fetch(config)
    assert "private address" in (report.feeds[0].problem or "")
    assert web.requests == []


def test_only_http_and_https(tmp_path: Path, web: WebServer) -> None:
    web.routes["/feed.xml"] = feed_reply(rss([{"title": "F", "link": "file:///etc/passwd"}]))
    web.routes["/ftp"] = Reply(302, b"", {"Location": "ftp://example.org/feed"})
    report = fetch(
        write_config(tmp_path, [(f"{web.url}/feed.xml", None), (f"{web.url}/ftp", None)])
    )
    assert report.written == ()
    assert report.feeds[1].problem == "refused: only http and https, not 'ftp'"


# -- the seen store ----------------------------------------------------------------------


def test_the_same_article_from_two_feeds_is_written_once(tmp_path: Path, web: WebServer) -> None:
    items = serve_articles(web, ["harbour"])
    tracked = dict(items[0], link=items[0]["link"] + "?utm_source=rss&utm_medium=feed#top")
    web.routes["/one.xml"] = feed_reply(rss(items))
    web.routes["/two.xml"] = feed_reply(rss([tracked]))
    web.routes["/copy"] = html_reply(page("Harbour works resume", article_text("harbour")))
    web.routes["/three.xml"] = feed_reply(rss([{"title": "Copy", "link": f"{web.url}/copy"}]))
    config = write_config(
        tmp_path,
        [
            (f"{web.url}/one.xml", None),
            (f"{web.url}/two.xml", None),
            (f"{web.url}/three.xml", None),
        ],
    )
    report = fetch(config)
    assert [len(f.written) for f in report.feeds] == [1, 0, 0]  # by URL, then by text
    assert len(web.hits("/news/harbour")) == 1


def test_canonical_url() -> None:
    assert (
        canonical_url("HTTPS://Example.org:443/a/b?id=7&utm_campaign=x&fbclid=1#comments")
        == "https://example.org/a/b?id=7"
    )


def test_a_torn_last_line_is_skipped_and_closed(tmp_path: Path) -> None:
    path = tmp_path / "seen.jsonl"
    path.write_text('{"keys": ["url a"]}\n{"keys": ["url b"', encoding="utf-8")
    store = SeenStore(path)
    assert store.known(["url a"]) and not store.known(["url b"])
    store.add(["url c"])
    assert SeenStore(path).known(["url a"]) and SeenStore(path).known(["url c"])


def test_an_unreadable_seen_store_stops_the_fetch(tmp_path: Path, web: WebServer) -> None:
    web.routes["/feed.xml"] = feed_reply(rss(serve_articles(web, ["grain"])))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)])
    (tmp_path / "state" / "feeds" / "seen.jsonl").mkdir(parents=True)  # not a file
    with pytest.raises(Exception, match="seen store"):
        fetch(config)
    assert inbox_files(tmp_path) == []


def test_kill_mid_fetch_loses_and_duplicates_nothing(tmp_path: Path, web: WebServer) -> None:
    names = ["harbour", "railway", "grain", "bridge"]
    items = serve_articles(web, names)
    good = web.routes["/news/grain"]
    web.routes["/news/grain"] = Reply(200, b"", delay=30)  # hangs: the process is killed here
    web.routes["/feed.xml"] = conditional(rss(items), '"v1"', "Tue, 24 Nov 2026 08:00:00 GMT")
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)], timeout=60)
    child = subprocess.Popen(
        [sys.executable, "-m", "brief", "fetch", "--config", str(config)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not web.hits("/news/grain"):
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert len(inbox_files(tmp_path)) == 2  # harbour and railway were written
    web.routes["/news/grain"] = good
    (tmp_path / "inbox" / ".feed-0.txt.x1y2.tmp").write_text("half an article")
    report = fetch(config)
    assert len(report.written) == 2 and len(inbox_files(tmp_path)) == 4
    assert [len(web.hits(f"/news/{n}")) for n in names] == [1, 1, 2, 1]
    assert not any(p.name.startswith(".") for p in inbox_files(tmp_path))
    assert fetch(config).written == ()  # and now the feed is not modified


# -- the inbox format, the CLI and the brief ---------------------------------------------


def test_fetched_articles_brief_with_outlet_and_url(
    tmp_path: Path, web: WebServer, fixed_clock: object
) -> None:
    items = serve_articles(web, ["harbour", "railway"])
    web.routes["/feed.xml"] = feed_reply(rss(items))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Coast Gazette")])
    result = runner.invoke(app, ["fetch", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert result.output == ""  # silent on success
    briefing = build([str(tmp_path / "inbox")], Options(now=FIXED_NOW))
    briefing = replace(briefing, feed_health=("Slow (http://slow.example/feed): failed",))
    text = render(briefing, "md", Options()).decode()
    sources = text.split("## Sources")[1]
    assert sources.count("Coast Gazette") == 2
    assert f"{web.url}/news/harbour".replace("_", "\\_") in sources.replace("\\.", ".")
    assert "## Feed health" in text and "Slow" in text.split("## Feed health")[1]


def test_cli_reports_failed_feeds_on_stderr(tmp_path: Path, web: WebServer) -> None:
    """A line for each feed that failed; exit 75 when none could be read (it was 0, and a
    cron job failing every morning looked fine), 0 when one could."""
    items = serve_articles(web, ["harbour"])
    web.routes["/feed.xml"] = feed_reply(rss(items))
    config = write_config(tmp_path, [(f"{web.url}/nothing.xml", "Nothing")])
    result = runner.invoke(app, ["fetch", "--config", str(config)])
    assert result.exit_code == 75
    assert "brief: feed Nothing" in result.output and "HTTP 404" in result.output
    feeds = [(f"{web.url}/nothing.xml", "Nothing"), (f"{web.url}/feed.xml", "Gazette")]
    result = runner.invoke(app, ["fetch", "--config", str(write_config(tmp_path, feeds))])
    assert result.exit_code == 0 and "brief: feed Nothing" in result.output


def test_a_config_with_no_feeds_is_a_config_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["fetch", "--config", str(write_config(tmp_path, []))])
    assert result.exit_code == 78 and "no [[feeds]] to fetch" in result.output


def test_header_values_are_untrusted_text(tmp_path: Path) -> None:
    header = {
        "url": "javascript:alert(1)",
        "feed": "https://example.org/feed",
        "outlet": "<b>Outlet</b>\u202e\n\nInjected",
        "title": "T" * 1000,
        "date": "tomorrow",
        "author": ["not", "a", "string"],
    }
    path = tmp_path / "a.txt"
    path.write_text(
        f"+++ brief-article\n{json.dumps(header)}\n+++\n{article_text('grain')}\n", encoding="utf-8"
    )
    doc = ingest(str(path), 1, Options())
    assert doc.source.url is None and doc.source.date is None and doc.source.author is None
    assert doc.source.outlet == "<b>Outlet</b> Injected"  # text: escaped when rendered
    assert doc.title is not None and len(doc.title) == 300
    bad = tmp_path / "b.txt"
    bad.write_text("+++ brief-article\n{not json}\n+++\nText.\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        ingest(str(bad), 1, Options())


def test_a_header_value_no_reader_takes_is_dropped(tmp_path: Path) -> None:
    """A web address urlsplit refuses ("http://[::1": an unclosed IPv6 host) and a title
    of control bytes had ended the run with an internal error, or an error line without
    the file's path (s72 fuzz): each is dropped, as any value that fails is."""
    header = {"url": "http://[::1", "feed": "https://[x/feed", "title": "\x00\x1b]\u202e" * 40}
    path = tmp_path / "a.txt"
    path.write_text(
        f"+++ brief-article\n{json.dumps(header)}\n+++\n{article_text('grain')}\n", encoding="utf-8"
    )
    meta, _ = read_header(path.read_text(encoding="utf-8"), str(path))
    assert meta is not None and meta.url is None and meta.feed is None and meta.title is None
    assert ingest(str(path), 1, Options()).source.url is None


def test_config_needs_a_contact_and_http_urls(tmp_path: Path) -> None:
    path = tmp_path / "brief.toml"
    path.write_text('[[feeds]]\nurl = "https://example.org/feed"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="fetch.contact: is required"):
        load(path)
    path.write_text(
        '[[feeds]]\nurl = "file:///etc/passwd"\n[fetch]\ncontact = "a@b.org"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"feeds #1\.url: not an http or https URL"):
        load(path)
    path.write_text(
        '[[feeds]]\nurl = "https://e.org/f"\nnmae = "x"\n[fetch]\ncontact = "a@b.org"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"feeds #1\.nmae: unknown key"):
        load(path)
    # past what zlib, time.sleep() and sockets take, each had been an OverflowError (s72 fuzz)
    for key, value, most in (("max_bytes", 2**63 - 1, "1.1259e"), ("timeout", 1e15, "86400")):
        path.write_text(f"[fetch]\n{key} = {value}\n")
        with pytest.raises(ConfigError, match=rf"fetch\.{key}: must be between .* and {most}"):
            load(path)
    path.write_text("[fetch]\nretries = 1000000000000000\n")
    with pytest.raises(ConfigError, match=r"fetch\.retries: must be between 0 and 100"):
        load(path)
    for url in ("http://[::1/feed", "https://e.org:99999/f"):  # (s72 fuzz: a ValueError)
        path.write_text(f'[[feeds]]\nurl = "{url}"\n[fetch]\ncontact = "a@b.org"\n')
        with pytest.raises(ConfigError, match=r"feeds #1\.url: not a web address"):
            load(path)


def test_example_config_loads() -> None:
    config = load(ROOT / "examples" / "brief.toml")
    assert len(config.feeds) == 3 and config.fetch.contact


def test_kill_between_the_write_and_the_seen_line(tmp_path: Path, web: WebServer) -> None:
    """The article is in the inbox, the store does not know it, the feed's validators
    were not saved: the re-run writes the same bytes under the same name."""
    items = serve_articles(web, ["harbour", "railway"])
    web.routes["/feed.xml"] = feed_reply(rss(items), '"v1"')
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)])
    fetch(config)
    before = {p.name: p.read_bytes() for p in inbox_files(tmp_path)}
    seen = tmp_path / "state" / "feeds" / "seen.jsonl"
    seen.write_text(seen.read_text().splitlines()[0] + "\n")  # the second line never made it
    (tmp_path / "state" / "feeds" / "feeds.json").unlink()
    report = fetch(config)
    assert len(report.written) == 1
    assert {p.name: p.read_bytes() for p in inbox_files(tmp_path)} == before


def test_a_refused_connection_fails_that_feed_only(tmp_path: Path, web: WebServer) -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now
    web.routes["/feed.xml"] = feed_reply(rss(serve_articles(web, ["power"])))
    config = write_config(
        tmp_path, [(f"http://127.0.0.1:{port}/feed", "Closed"), (f"{web.url}/feed.xml", None)]
    )
    report = fetch(config)
    assert report.feeds[0].problem == (
        "network error: Failed to establish a new connection: [Errno 111] Connection refused"
    )
    assert len(report.written) == 1


def test_a_hostile_url_and_outlet_are_just_text(tmp_path: Path) -> None:
    header = {
        "url": "https://e.org/<img/src=x>[a](http://evil)",
        "outlet": "**<script>x</script>**",
    }
    path = tmp_path / "a.txt"
    path.write_text(
        f"+++ brief-article\n{json.dumps(header)}\n+++\n{article_text('water')}\n", encoding="utf-8"
    )
    briefing = build([str(path)], Options(now=FIXED_NOW))
    html = render(briefing, "html", Options()).decode()
    assert "<img" not in html and "<script" not in html and 'href="http://evil"' not in html
    assert "&lt;img/src=x&gt;" in html


def test_daily_fetches_first_and_briefs_with_outlet_url_and_health(
    tmp_path: Path, web: WebServer, fixed_clock: object
) -> None:
    """`brief daily` as cron runs it: feeds first (the inbox is created), then the brief,
    whose Sources show outlet and URL and which ends with the failing feed; the second run
    sends conditional requests and builds nothing new."""
    items = serve_articles(web, ["harbour", "railway"])
    web.routes["/good.xml"] = conditional(rss(items), '"v1"', "Tue, 24 Nov 2026 08:00:00 GMT")
    web.routes["/down.xml"] = Reply(503, b"down", {"Content-Type": "text/plain"})
    config = write_config(
        tmp_path, [(f"{web.url}/good.xml", "Coast Daily"), (f"{web.url}/down.xml", "Down Daily")]
    )
    first = runner.invoke(app, ["daily", "--config", str(config)])
    assert first.exit_code == 0, first.output
    (brief_md,) = (tmp_path / "out").glob("brief-*.md")
    text = brief_md.read_text(encoding="utf-8")
    sources = text.split("## Sources", 1)[1]
    assert "Coast Daily" in sources and f"{web.url}/news/harbour" in sources
    assert "## Feed health" in text and "Down Daily" in text.split("## Feed health", 1)[1]
    pages = len(web.hits("/news/harbour"))
    second = runner.invoke(app, ["daily", "--config", str(config)])
    assert second.exit_code == 0, second.output
    assert web.hits("/good.xml")[-1].headers.get("if-none-match")
    assert len(web.hits("/news/harbour")) == pages


@pytest.mark.parametrize(
    "stamp",
    ["Fri, 31 Dec 9999 23:59:59 -1200", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00"],
)
def test_a_stamp_in_a_year_no_report_is_dated_is_none(stamp: str) -> None:
    """A feed stamped in 9999 or year 1 had ended the run with an internal error (s72
    fuzz): its day in UTC is off Python's calendar. Such a stamp is none."""
    from brief.collect.feeds import parse_feed

    link = "https://example.org/a"
    dated = rss([{"title": "T", "link": link}])
    feeds = [
        (dated.replace(b"Tue, 24 Nov 2026 08:00:00 GMT", stamp.encode()), "application/rss+xml"),
        (
            f'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>T</title>'
            f'<link href="{link}"/><id>{link}</id><updated>{stamp}</updated>'
            f"<published>{stamp}</published></entry></feed>".encode(),
            "application/atom+xml",
        ),
        (
            json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
                {"id": "1", "url": link, "date_published": stamp, "date_modified": stamp}
            ]}).encode(),
            "application/feed+json",
        ),
    ]  # fmt: skip
    for body, media in feeds:
        (item,) = parse_feed(body, "https://example.org/feed", media).items
        assert (item.published, item.updated, item.updated_day) == (None, None, None), media


def test_a_links_campaign_tracking_is_left_off() -> None:
    """ "?utm_source=wire&utm_medium=rss" names the feed, not the page: a reviewer's
    Sources showed it. Other parameters of the address stay."""
    from brief.collect.feeds import parse_feed

    xml = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        b"<item><title>A</title><link>https://example.org/a?id=5&amp;utm_source=wire</link>"
        b"<guid>a-1</guid></item></channel></rss>"
    )
    [item] = parse_feed(xml, "https://example.org/feed.xml", "application/rss+xml").items
    assert item.link == "https://example.org/a?id=5"


def test_a_feed_with_no_name_is_named_by_its_title_and_an_item_by_its_own(
    tmp_path: Path, web: WebServer, caplog: pytest.LogCaptureFixture
) -> None:
    """The log had said "feed URL: None: no link to its page; dropped" for an item with
    no link, and the note named a feed the config does not name by its address though
    its title had been read (r46 L5); it keeps that title on the runs the feed fails."""
    from brief.collect import known_problems

    xml = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Northern Monitor</title>'
        b"<link>http://example.org/</link><item><title>Internal memo</title>"
        b"<guid isPermaLink='false'>memo-1</guid><description>Staff only.</description>"
        b"</item></channel></rss>"
    )
    web.routes["/feed.xml"] = feed_reply(xml)
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None)])
    label = f"Northern Monitor ({web.url}/feed.xml)"
    with caplog.at_level("INFO", logger="brief.collect"):
        report = fetch(config)
    assert report.health() == (
        f"{label}: 1 article(s) left out: the page failed and the feed's text is too short: "
        "“Internal memo” (no link to its page)",
    )
    assert f"feed {label}: “Internal memo”: no link to its page; dropped" in caplog.messages
    assert not any("None" in m for m in caplog.messages)
    web.routes["/feed.xml"] = Reply(503, b"down", {"Content-Type": "text/plain"})
    failing = fetch(config)
    assert failing.health()[0].startswith(f"{label}: failed since ")
    assert known_problems(load(config))[0].startswith(f"feed {label}: failing since ")


@pytest.mark.parametrize("media", ["application/x-rss+xml", "application/vnd.example+xml"])
def test_a_feed_served_as_any_xml_type_is_read(tmp_path: Path, web: WebServer, media: str) -> None:
    """`python3 -m http.server` serves .rss as application/x-rss+xml (Debian's mime.types):
    a +xml type is XML, so a feed served with one is read (r47 M1)."""
    items = serve_articles(web, ["railway"])
    web.routes["/feed.rss"] = Reply(200, rss(items), {"Content-Type": f"{media}; charset=utf-8"})
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.rss", None)]))
    assert len(report.written) == 1 and report.health() == ()


def test_an_article_page_served_as_xml_is_still_no_page(tmp_path: Path, web: WebServer) -> None:
    """The +xml rule widens what a feed may be served as, not what an article page may."""
    items = serve_articles(web, ["grain"])
    web.routes["/news/grain"] = Reply(200, b"<x/>", {"Content-Type": "application/x-rss+xml"})
    web.routes["/feed.xml"] = feed_reply(rss(items))
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert report.written == ()
    assert "unexpected content type 'application/x-rss+xml'" in report.health()[0]


# -- titles, full text, recovery (r60) -----------------------------------------------------


def test_a_title_is_plain_text_however_often_its_markup_was_escaped(
    tmp_path: Path, web: WebServer
) -> None:
    """r60 F10: "Curfew &amp; &lt;b&gt;crackdown&lt;/b&gt;" had kept "<b>" in the headline,
    the Sources and the mail. Entities are decoded and tags left out, however often the
    feed escaped them; a "<" or "&" that is no markup stays."""
    titles = {
        "once": "Dock &amp; <b>rail</b> strike: ports shut",  # escape() escapes it again
        "twice": "Toll rises &amp;#8211; &lt;i&gt;Gazette&lt;/i&gt;  live",
        "plain": "Inflation < 2% & falling at AT&T",
    }
    items = serve_articles(web, list(titles))
    for item, title in zip(items, titles.values(), strict=True):
        item["title"] = title
    web.routes["/feed.xml"] = feed_reply(rss(items))
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert [headers_of(p)["title"] for p in report.written] == [
        "Dock & rail strike: ports shut",
        "Toll rises – Gazette live",
        "Inflation < 2% & falling at AT&T",
    ]


def test_a_title_read_as_text_that_holds_an_element_is_markup_code_and_all(
    tmp_path: Path, web: WebServer
) -> None:
    """r63 F6: feedparser calls a title text where a tag in it is one it does not allow
    ("<script>"), and "Gerida camp: water points <script>alert('x')</script> reopen
    <b>bold</b>" had reached the headline, the Sources and the mail. An element opened
    and closed is markup, however often escaped: its tags are left out, and a script's
    content with them."""
    titles = [
        "Gerida camp: water points &lt;script&gt;alert('x')&lt;/script&gt; reopen "
        "&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;",
        "Dam &amp;lt;style&amp;gt;h1{}&amp;lt;/style&amp;gt;holds",
    ]
    items = serve_articles(web, ["one", "two"])
    body = rss(items)
    for item, title in zip(items, titles, strict=True):
        body = body.replace(
            f"<title>{item['title']}</title>".encode(), f"<title>{title}</title>".encode()
        )
    web.routes["/feed.xml"] = feed_reply(body)
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert sorted(headers_of(p)["title"] for p in report.written) == [
        "Dam holds",
        "Gerida camp: water points reopen bold",
    ]
    # a JSON Feed's title is text (JSON Feed 1.1), and holds no code all the same
    text = article_text("bridge")
    web.routes["/feed.json"] = json_feed_reply(
        [{"id": "j-1", "title": "Bridge <script>x()</script> opens", "content_text": text}]
    )
    (path,) = fetch(write_config(tmp_path, [(f"{web.url}/feed.json", None)])).written
    assert headers_of(path)["title"] == "Bridge opens"


def json_feed_reply(items: list[dict[str, object]]) -> Reply:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Quay Post", "items": items}
    return Reply(200, json.dumps(feed).encode(), {"Content-Type": "application/feed+json"})


def test_a_short_full_text_whose_page_fails_is_the_article_told_once_at_the_fetch(
    tmp_path: Path, web: WebServer, caplog: pytest.LogCaptureFixture
) -> None:
    """r60 F18: a JSON Feed item's whole text (content_text, under FULL_TEXT_WORDS) whose
    page is 404 had put a warning in every brief. The feed's own full text is the article,
    and the fetch warns of it once; the brief's health note has nothing to say."""
    text = paragraph("ferry", 2)
    assert len(text.split()) < 120
    item = {"id": "q-1", "url": "/news/ferry", "title": "Ferry works", "content_text": text}
    web.routes["/feed.json"] = json_feed_reply([item])
    config = write_config(tmp_path, [(f"{web.url}/feed.json", None)])
    with caplog.at_level("WARNING", logger="brief.collect.collector"):
        report = fetch(config)
    (path,) = report.written
    assert read_header(path.read_text(encoding="utf-8"), str(path))[1] == text + "\n"
    assert web.hits("/news/ferry") and report.health() == ()
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "“Ferry works”: HTTP 404; the article is the feed's own full text" in warning
    assert seen_lines(tmp_path)[-1]["page"] == "HTTP 404"


def test_a_feed_that_recovers_says_so_and_which_articles_came_late(
    tmp_path: Path, web: WebServer
) -> None:
    """r60 F18: a feed down on one run and read on the next had said nothing in its
    note: it says it recovered, and names the article of before its failure fetched late."""
    items = serve_articles(web, ["grain", "bridge"])
    web.routes["/feed.xml"] = Reply(503, b"down", {"Content-Type": "text/html"})
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Plains Daily")], retries=0)
    assert fetch(config).feeds[0].status == "failed"
    old = rss(items[:1]).replace(b"Tue, 24 Nov 2026 08:00:00 GMT", b"Tue, 24 Nov 2026 06:00:00 GMT")
    new = rss(items[1:]).replace(b"Tue, 24 Nov 2026 08:00:00 GMT", b"Wed, 25 Nov 2026 09:00:00 GMT")
    cut = old.index(b"</channel>")
    web.routes["/feed.xml"] = feed_reply(
        old[:cut] + new[new.index(b"<item>") : new.index(b"</channel>")] + old[cut:]
    )
    report = fetch_feeds(load(config), now=FIXED_NOW + timedelta(days=1))
    since = report.feeds[0].recovered
    assert since is not None and len(report.written) == 2
    assert report.health() == (
        f"Plains Daily ({web.url}/feed.xml): recovered, after failing since "
        f"{since.replace('T', ' ')[:16]} UTC; 1 article(s) fetched late: "
        "“Grain works resume” (2026-11-24)",
    )
    assert fetch_feeds(load(config), now=FIXED_NOW + timedelta(days=2)).health() == ()


def test_a_short_full_text_beside_its_own_teaser_is_the_article_and_no_page_is_fetched(
    tmp_path: Path, web: WebServer, caplog: pytest.LogCaptureFixture
) -> None:
    """r68/r69 F19: a press office's RSS gives each release whole in content:encoded (fewer
    than 120 words) and a teaser in <description>; its pages are gone. Each item had been
    fetched, and the 404 warned of on every run. The feed tells its teaser from its text,
    so the text is the article: no page is asked for and nothing is warned of. A JSON
    Feed's summary beside its content_text is the same."""
    release = [
        "The coastguard cutter Orla Fen towed the disabled trawler Maren Bay into Skelby "
        "harbour on Sunday, the coastguard said.",
        "All nine fishermen on board were unhurt.",
        "The trawler lost power in heavy seas 30 miles north of the harbour.",
    ]
    body = "".join(f"<p>{escape(p)}</p>" for p in release)
    item = {
        "title": "Cutter tows disabled trawler to Skelby",
        "link": f"{web.url}/news/trawler",
        "summary": "The coastguard cutter Orla Fen towed the disabled trawler ...",
        "content": body,
    }
    web.routes["/feed.xml"] = feed_reply(rss([item]))
    json_feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Skelby Coastguard",
        "items": [
            {
                "id": "c-2",
                "url": "/news/drill",
                "title": "Coastguard holds rescue drill off Skelby",
                "summary": "Crews from three stations took part.",
                "content_text": "Crews from three stations took part in a night rescue drill off "
                "Skelby on Saturday, the coastguard said. A helicopter from Brenn joined them.",
            }
        ],
    }
    web.routes["/feed.json"] = Reply(
        200, json.dumps(json_feed).encode(), {"Content-Type": "application/feed+json"}
    )
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", None), (f"{web.url}/feed.json", None)])
    with caplog.at_level(logging.WARNING):
        report = fetch(config)
    assert [len(f.written) for f in report.feeds] == [1, 1]
    assert not web.hits("/news/trawler") and not web.hits("/news/drill")
    assert report.health() == () and not caplog.records
    text = report.feeds[0].written[0].read_text(encoding="utf-8")
    assert "All nine fishermen on board were unhurt." in text


def test_a_short_full_text_that_is_its_teaser_still_fetches_the_page(
    tmp_path: Path, web: WebServer
) -> None:
    """A content element no longer than the feed's teaser tells nothing apart: a short
    one is the page's teaser as far as brief can tell, and the page is fetched."""
    teaser = article_text("harbour").split("\n")[0]
    link = f"{web.url}/news/harbour"
    item = {"title": "Harbour works", "link": link, "summary": teaser, "content": teaser}
    web.routes["/feed.xml"] = feed_reply(rss([item]))
    web.routes["/news/harbour"] = html_reply(page("Harbour works", article_text("harbour")))
    (path,) = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", "Coast Gazette")])).written
    assert web.hits("/news/harbour")
    assert len(read_header(path.read_text(encoding="utf-8"), str(path))[1].split()) > 200


def test_a_teaser_in_content_encoded_whose_page_is_down_waits_for_the_page(
    tmp_path: Path, web: WebServer
) -> None:
    """An outlet's content:encoded holding a teaser and "Read more", its page answering
    503 for a run: the teaser had become the whole article, with nothing in the health
    note, and the page back next run was never fetched. A page that may yet come is
    waited for, and fetched when it is there."""
    teaser = article_text("harbour").split("\n")[0] + " Read more"
    link = f"{web.url}/news/harbour"
    item = {"title": "Harbour works", "link": link, "content": f"<p>{escape(teaser)}</p>"}
    web.routes["/feed.xml"] = feed_reply(rss([item]))
    web.routes["/news/harbour"] = Reply(503, b"busy", {"Content-Type": "text/html"})
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Coast Gazette")], retries=0)
    first = fetch(config)
    assert first.written == () and [p.outcome for p in first.feeds[0].pages] == ["waiting"]
    assert "article(s) not fetched yet, tried again next run" in first.health()[0]
    web.routes["/news/harbour"] = html_reply(page("Harbour works", article_text("harbour")))
    (path,) = fetch_feeds(load(config), now=FIXED_NOW + timedelta(days=1)).written
    assert len(read_header(path.read_text(encoding="utf-8"), str(path))[1].split()) > 200


def test_a_waiting_page_is_dated_by_its_own_failure_and_not_told_twice(
    tmp_path: Path, web: WebServer
) -> None:
    """r63 F13: a page waiting since an HTTP 500, its site down the next run, had been
    "robots.txt could not be read: network error ... since" the day of the 500, below
    the feed's own line saying the host was down. The note says which failure it dates,
    then this run's, in other words than the feed's line where that one failed so too."""
    teaser = article_text("harbour").split("\n")[0] + " Read more"
    item = {"title": "Harbour works", "link": f"{web.url}/news/harbour", "content": teaser}
    web.routes["/feed.xml"] = feed_reply(rss([item]))
    web.routes["/news/harbour"] = Reply(500, b"oops", {"Content-Type": "text/html"})
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Coast Gazette")], retries=0)
    first = fetch(config)
    since = first.feeds[0].pages[0].since
    assert since is not None
    label, when = f"Coast Gazette ({web.url}/feed.xml)", f"{since.replace('T', ' ')[:16]} UTC"
    waiting = f"{label}: 1 article(s) not fetched yet, tried again next run: “Harbour works”"
    assert first.health() == (f"{waiting} (HTTP 500 since {when})",)
    for path in ("/feed.xml", "/robots.txt"):
        web.routes[path] = Reply(503, b"down", {"Content-Type": "text/html"})
    down = fetch_feeds(load(config), now=FIXED_NOW + timedelta(hours=2)).health()
    assert down[1] == f"{waiting} (HTTP 500 since {when}; now failing as the feed does)"
    assert down[0].startswith(f"{label}: failed since ") and down[0].endswith(": HTTP 503")
    web.routes["/feed.xml"] = feed_reply(rss([item]))
    web.routes["/robots.txt"] = Reply(404, b"", {"Content-Type": "text/plain"})
    web.routes["/news/harbour"] = Reply(502, b"", {"Content-Type": "text/html"})
    again = fetch_feeds(load(config), now=FIXED_NOW + timedelta(hours=4)).health()
    assert again[-1] == f"{waiting} (HTTP 500 since {when}; now HTTP 502)"


def test_a_teaser_in_content_encoded_whose_page_is_gone_is_the_article(
    tmp_path: Path, web: WebServer
) -> None:
    """A page gone for good (410) leaves the item's own text as the article, however
    short, warned of at the fetch only."""
    teaser = article_text("bridge").split("\n")[0]
    link = f"{web.url}/news/bridge"
    web.routes["/feed.xml"] = feed_reply(
        rss([{"title": "Bridge", "link": link, "content": teaser}])
    )
    web.routes["/news/bridge"] = Reply(410, b"gone", {"Content-Type": "text/html"})
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)], retries=0))
    (path,) = report.written
    assert read_header(path.read_text(encoding="utf-8"), str(path))[1] == teaser + "\n"
    assert report.health() == ()


def test_an_undated_item_of_a_recovered_feed_is_not_called_late(
    tmp_path: Path, web: WebServer
) -> None:
    """With no date an item is not known to be late: the recovered feed's note names no
    article fetched late (it had said “Grain works resume” () with an empty date)."""
    items = serve_articles(web, ["grain"])
    web.routes["/feed.xml"] = Reply(503, b"down", {"Content-Type": "text/html"})
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Plains Daily")], retries=0)
    assert fetch(config).feeds[0].status == "failed"
    web.routes["/feed.xml"] = feed_reply(
        rss(items).replace(b"<pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate>", b"")
    )
    report = fetch_feeds(load(config), now=FIXED_NOW + timedelta(days=1))
    since = report.feeds[0].recovered
    assert since is not None and len(report.written) == 1
    assert report.health() == (
        f"Plains Daily ({web.url}/feed.xml): recovered, after failing since "
        f"{since.replace('T', ' ')[:16]} UTC",
    )


def test_a_title_read_as_text_keeps_its_angle_brackets(tmp_path: Path, web: WebServer) -> None:
    """A title escaped once, as it should be, is text (feedparser: text/plain): what
    stands between "<" and ">" is words of the headline, no tag, and stays."""
    titles = [
        "Band film &lt;Night Ferry&gt; opens in cinemas",
        "Why the &lt;script&gt; tag is banned",
        "&lt;Breaking&gt; Flood hits the delta",
        "Rates: x&lt;y, y&gt;z",
    ]
    items = serve_articles(web, ["one", "two", "three", "four"])
    body = rss(items)
    for item, title in zip(items, titles, strict=True):
        body = body.replace(
            f"<title>{item['title']}</title>".encode(), f"<title>{title}</title>".encode()
        )
    web.routes["/feed.xml"] = feed_reply(body)
    report = fetch(write_config(tmp_path, [(f"{web.url}/feed.xml", None)]))
    assert sorted(headers_of(p)["title"] for p in report.written) == sorted(
        [
            "Band film <Night Ferry> opens in cinemas",
            "Why the <script> tag is banned",
            "<Breaking> Flood hits the delta",
            "Rates: x<y, y>z",
        ]
    )
