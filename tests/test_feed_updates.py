"""Items updated in place (r41 H4), and what a cron operator is told of feed trouble (r41
L6), against the real local HTTP and SMTP servers.

A wire updates a story all day under the same GUID and link ("UPDATE 1-...", a toll
rising from three to four). The item is fetched again as a new version of the article;
an unchanged one is never fetched again, and the daily brief shows only what the new
version adds."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from brief import daily
from brief.cli import app
from brief.collect.seen import SeenStore
from tests.conftest import FIXED_NOW, SAMPLES
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table
from tests.test_fetch import (
    TOPICS,
    article_text,
    feed_reply,
    fetch,
    headers_of,
    html_reply,
    inbox_files,
    load,
    page,
    paragraph,
    rss,
    seen_lines,
    write_config,
)
from tests.web_fixtures import Reply, WebServer

runner = CliRunner()

GUID = "cws-strait-1"
OLD_TOLL = "The death toll remains at three, the coastguard said on Thursday."
NEW_TOLL = (
    "The death toll rose to four on Thursday after a second injured sailor, Chen Wei-ming, "
    "38, died in hospital in Kaohsiung."
)


def wire_text(toll: str) -> str:
    """A whole article (the samples' strait standoff) with its toll sentence."""
    lines = (SAMPLES / "strait-standoff.txt").read_text(encoding="utf-8").splitlines()[1:]
    return "\n".join([lines[0], toll, *lines[1:]])


def wire_item(web: WebServer, title: str, text: str, **extra: str) -> dict[str, str]:
    content = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return {
        "title": title,
        "link": f"{web.url}/news/strait",
        "guid": GUID,
        "content": content,
        **extra,
    }


def dated(body: bytes, when: str) -> bytes:
    """The feed with its items' pubDate changed (rss() dates every item alike)."""
    return body.replace(b"Tue, 24 Nov 2026 08:00:00 GMT", when.encode())


# -- the identity rule ----------------------------------------------------------------------


def test_an_item_updated_in_place_is_fetched_again_as_a_new_version(
    tmp_path: Path, web: WebServer
) -> None:
    first = wire_item(web, "Warships shadow each other in the strait", wire_text(OLD_TOLL))
    web.routes["/feed.xml"] = feed_reply(rss([first]))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Wire")])
    assert len(fetch(config).written) == 1
    (original,) = inbox_files(tmp_path)
    original.rename(tmp_path / "briefed.txt")  # the daily run archived it
    lines = len(seen_lines(tmp_path))

    assert fetch(config).written == ()  # the same item: nothing, and nothing recorded
    assert len(seen_lines(tmp_path)) == lines

    title = "UPDATE 1-Warships shadow each other in the strait; toll rises to four"
    web.routes["/feed.xml"] = feed_reply(rss([wire_item(web, title, wire_text(NEW_TOLL))]))
    report = fetch(config)
    assert [f.updated for f in report.feeds] == [(title,)]
    assert any("1 of them updated in place" in line for line in report.lines())
    (update,) = inbox_files(tmp_path)
    assert update.name != original.name  # its own name: the earlier one may be unbriefed
    assert headers_of(update)["title"] == title
    text = update.read_text(encoding="utf-8")
    assert NEW_TOLL in text and OLD_TOLL not in text
    assert seen_lines(tmp_path)[-1]["updated"] == "yes"

    assert fetch(config).written == ()  # that version is seen now
    assert web.hits("/news/strait") == []  # a full-text feed: its pages are never asked for


def test_the_same_content_is_still_skipped(tmp_path: Path, web: WebServer) -> None:
    """Case, spacing and punctuation are no new version; nor is a new date on a whole
    article the feed carries (its text is the article); nor a new title on the same
    text (recorded, and not fetched again)."""
    title = "Warships shadow each other in the strait"
    text = wire_text(OLD_TOLL)
    web.routes["/feed.xml"] = feed_reply(rss([wire_item(web, title, text)]))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Wire")])
    assert len(fetch(config).written) == 1

    respaced = text.replace(". ", ".  ").replace("Chinese", "CHINESE")
    body = dated(rss([wire_item(web, title, respaced)]), "Wed, 25 Nov 2026 09:00:00 GMT")
    web.routes["/feed.xml"] = feed_reply(body)
    lines = len(seen_lines(tmp_path))
    assert fetch(config).written == ()
    assert len(seen_lines(tmp_path)) == lines

    web.routes["/feed.xml"] = feed_reply(rss([wire_item(web, f"UPDATE 1-{title}", text)]))
    assert fetch(config).written == ()  # the same text under a new headline: a copy
    assert seen_lines(tmp_path)[-1].get("duplicate")
    lines = len(seen_lines(tmp_path))
    assert fetch(config).written == ()
    assert len(seen_lines(tmp_path)) == lines


def test_a_teasers_page_is_fetched_again_when_its_item_changes(
    tmp_path: Path, web: WebServer
) -> None:
    """A teaser feed: the page is asked for once while the item stays the same, again
    when its date or teaser changes; the same page brings no second article."""
    link = f"{web.url}/news/harbour"
    web.routes[link.removeprefix(web.url)] = html_reply(
        page("Harbour works resume", article_text("harbour"))
    )
    item = {"title": "Harbour works resume", "link": link, "guid": "h-1"}
    web.routes["/feed.xml"] = feed_reply(rss([item]))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Gazette")])
    assert len(fetch(config).written) == 1
    assert fetch(config).written == ()
    assert len(web.hits("/news/harbour")) == 1  # unchanged: never fetched again

    later = dated(rss([item]), "Tue, 24 Nov 2026 15:30:00 GMT")
    web.routes["/feed.xml"] = feed_reply(later)
    assert fetch(config).written == ()  # asked again; the same page is no new article
    assert len(web.hits("/news/harbour")) == 2
    assert fetch(config).written == ()
    assert len(web.hits("/news/harbour")) == 2

    web.routes["/news/harbour"] = html_reply(
        page("Harbour works halted", article_text("harbour") + "\n" + article_text("bridge", 4))
    )
    changed = {**item, "title": "Harbour works halted after a crane collapse"}
    web.routes["/feed.xml"] = feed_reply(dated(rss([changed]), "Tue, 24 Nov 2026 18:00:00 GMT"))
    report = fetch(config)
    assert len(report.written) == 1 and report.feeds[0].updated == (changed["title"],)
    assert len(web.hits("/news/harbour")) == 3


def test_an_item_seen_before_versions_were_kept_is_not_fetched_again(
    tmp_path: Path, web: WebServer
) -> None:
    """A seen store written by an earlier version of brief holds no versions: the item
    as it is now becomes its version, without a fetch; a later change is an update."""
    items = [{"title": f"{t.title()} works", "link": f"{web.url}/news/{t}"} for t in TOPICS[:2]]
    for t in TOPICS[:2]:
        web.routes[f"/news/{t}"] = html_reply(page(f"{t.title()} works", article_text(t)))
    web.routes["/feed.xml"] = feed_reply(rss(items))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Gazette")])
    assert len(fetch(config).written) == 2
    journal = tmp_path / "state" / "feeds" / "seen.jsonl"
    old = [{k: v for k, v in line.items() if k != "version"} for line in seen_lines(tmp_path)]
    journal.write_text("".join(json.dumps(line) + "\n" for line in old), encoding="utf-8")
    assert SeenStore(journal).versions == {}
    for path in inbox_files(tmp_path):
        path.unlink()

    assert fetch(config).written == ()
    assert len(web.hits("/news/harbour")) == 1
    assert all("version" in line for line in seen_lines(tmp_path)[2:])
    assert fetch(config).written == ()
    assert len(web.hits("/news/harbour")) == 1

    items[0]["summary"] = "Harbour works halted after a crane collapse on the quay."
    web.routes["/feed.xml"] = feed_reply(rss(items))
    web.routes["/news/harbour"] = html_reply(page("Harbour works", article_text("grain")))
    assert len(fetch(config).written) == 1
    assert len(web.hits("/news/harbour")) == 2 and len(web.hits("/news/railway")) == 1


# -- the daily run: the new facts, once ------------------------------------------------------


def test_daily_briefs_an_updated_wire_story_once_with_only_its_new_facts(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    title = "Warships shadow each other in the strait"
    web.routes["/feed.xml"] = feed_reply(rss([wire_item(web, title, wire_text(OLD_TOLL))]))
    config = write_config(tmp_path, [(f"{web.url}/feed.xml", "Wire")])
    with config.open("a", encoding="utf-8") as toml:
        toml.write("\n[mail]\n" + mail_table(plain_server.port))
    day1, day2 = FIXED_NOW, FIXED_NOW + timedelta(days=1)

    assert daily.run(load(config), now=day1).built
    sent = plain_server.handler.messages
    assert len(sent) == 1
    first = (tmp_path / "out" / "brief-2026-11-25.md").read_text(encoding="utf-8")

    assert not daily.run(load(config), now=day2).built  # unchanged: nothing new, no mail
    assert len(sent) == 1

    update = f"UPDATE 1-{title}; toll rises to four"
    web.routes["/feed.xml"] = feed_reply(rss([wire_item(web, update, wire_text(NEW_TOLL))]))
    report = daily.run(load(config), now=day2 + timedelta(hours=1))
    assert report.built and len(sent) == 2
    second = (tmp_path / "out" / "brief-2026-11-26.md").read_text(encoding="utf-8")
    assert "rose to four" in second.split("## Sources")[0]
    # the update keeps the item's first date, a day before the first brief's, and what it
    # adds is today's news all the same (r60 F2), not a straggler's
    assert report.briefing is not None and report.briefing.bottom_line is not None
    assert (report.briefing.bottom_line.text, report.briefing.bottom_line.new) == (NEW_TOLL, True)
    bullets = [line for line in second.splitlines() if line.startswith("- ")]
    for line in bullets:  # nothing the first brief said is said again
        sentence = line.removeprefix("- ").removeprefix("**New:** ").rsplit(" [", 1)[0]
        assert sentence not in first, line

    assert not daily.run(load(config), now=day2 + timedelta(hours=2)).built
    assert len(sent) == 2  # and the update is sent once


# -- operator visibility (L6) -----------------------------------------------------------------


@pytest.fixture
def troubled(tmp_path: Path, web: WebServer) -> Path:
    """A desk whose feeds fail three ways (HTTP 500, a web page, truncated XML), beside a
    good feed with a teaser whose page is not up yet (404: it waits)."""
    web.routes["/good.xml"] = feed_reply(
        rss(
            [
                {"title": "Bridge works", "link": f"{web.url}/b", "summary": paragraph("bridge")},
                {"title": "Harbour works", "link": f"{web.url}/h", "summary": "A teaser."},
            ]
        )
    )
    web.routes["/b"] = html_reply(page("Bridge works", article_text("bridge")))
    web.routes["/down.xml"] = Reply(500, b"<h1>500</h1>", {"Content-Type": "text/html"})
    web.routes["/page.xml"] = html_reply(page("Steppe Times", article_text("water")))
    web.routes["/cut.xml"] = feed_reply(rss([{"title": "Cut", "link": f"{web.url}/b"}])[:150])
    feeds = [
        (f"{web.url}/good.xml", "Good Daily"),
        (f"{web.url}/down.xml", "Down Daily"),
        (f"{web.url}/page.xml", "Page Daily"),
        (f"{web.url}/cut.xml", "Cut Daily"),
    ]
    return write_config(tmp_path, feeds)


def test_daily_warns_on_stderr_of_each_failing_feed_and_waiting_article(
    troubled: Path, fixed_clock: object
) -> None:
    result = runner.invoke(app, ["daily", "--config", str(troubled)])
    assert result.exit_code == 0, result.output  # a failing feed is no failed run
    lines = result.output.splitlines()
    assert all(line.startswith("brief: WARNING: feed ") for line in lines), lines
    for name in ("Down Daily", "Page Daily", "Cut Daily"):
        assert sum(name in line for line in lines) == 1, lines
    assert any("Down Daily" in line and "HTTP 500" in line for line in lines)
    (waiting,) = [line for line in lines if "Good Daily" in line]
    assert "not fetched yet" in waiting and "“Harbour works” (HTTP 404" in waiting


def test_dry_run_lists_failing_feeds_and_waiting_articles(
    troubled: Path, fixed_clock: object, tmp_path: Path
) -> None:
    before = runner.invoke(app, ["daily", "--dry-run", "--config", str(troubled)])
    assert before.exit_code == 0 and "failing since" not in before.output  # nothing known yet
    assert runner.invoke(app, ["daily", "--config", str(troubled)]).exit_code == 0
    state = sorted(p.relative_to(tmp_path) for p in (tmp_path / "state").rglob("*"))

    result = runner.invoke(app, ["daily", "--dry-run", "--config", str(troubled)])
    assert result.exit_code == 0, result.output
    failing = [line for line in result.output.splitlines() if "failing since" in line]
    assert len(failing) == 2, result.output  # the 500 and the web page; the cut one was read
    assert any("Down Daily" in line and "HTTP 500" in line for line in failing)
    (waiting,) = [line for line in result.output.splitlines() if "waiting for" in line]
    assert "Good Daily" in waiting and "“Harbour works” (HTTP 404 since 2026-11-25" in waiting
    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "state").rglob("*")) == state


# -- the date an article carries -------------------------------------------------------------

FERRY = (
    "LINDPORT, Nov 24 - The harbour authority reopened the ferry terminal on Tuesday after "
    "divers found no damage to the pier, the port director said.\n"
    "The terminal had been closed since Sunday, when a cargo ship struck the outer jetty in "
    "heavy fog and spilled diesel into the bay.\n"
    "Crews in small boats spent two days laying booms around the spill to keep it away from "
    "the oyster beds on the northern shore.\n"
    "The first ferry left for the islands at noon with about 200 passengers on board, and "
    "the evening sailings will run to the usual timetable, the operator said."
)


def atom_entry(link: str, *, published: str, updated: str) -> bytes:
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Bay Wire</title>'
        f"<entry><id>tag:bay,2026:7</id><title>Ferry terminal reopens</title>"
        f'<link href="{link}"/><updated>{updated}</updated><published>{published}</published>'
        "<summary>Terminal reopens.</summary></entry></feed>"
    ).encode()


def ferry_page(header: str | None) -> bytes:
    stamp = f'<p class="byline">{escape(header)}</p>' if header else ""
    paras = "".join(f"<p>{escape(p)}</p>" for p in FERRY.split("\n"))
    return (
        "<!doctype html><html><head><title>Ferry terminal reopens</title></head><body>"
        f"<article><h1>Ferry terminal reopens</h1>{stamp}{paras}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("header", "published", "updated", "day"),
    [
        # the page states its own date: its words' day, not the entry's first publication
        ("Bay Wire | 24 November 2026", "2026-11-23T19:00:00Z", "2026-11-24T09:00:00Z", "24"),
        ("Bay Wire | 24 November 2026", "2026-11-23T19:00:00Z", "2026-11-23T19:00:00Z", "24"),
        # no date on the page: the entry's change is when the text was written
        (None, "2026-11-23T19:00:00Z", "2026-11-24T09:00:00Z", "24"),
        (None, "2026-11-23T19:00:00Z", "2026-11-23T19:00:00Z", "23"),
        # a later <updated> never outranks the page's own date: a typo fixed or a feed
        # rebuilt stamps it too, and would move the text's "on Tuesday" (review of r55 H3)
        ("Bay Wire | 22 November 2026", "2026-11-22T19:00:00Z", "2026-11-24T09:00:00Z", "22"),
    ],
)
def test_an_article_carries_the_day_its_words_were_written(
    tmp_path: Path, web: WebServer, header: str | None, published: str, updated: str, day: str
) -> None:
    """An Atom entry updated in place had been dated by its <published> day although its
    page said it was of the next day, and the text's "on Tuesday" went a week early
    (r55 H3): the page's own date comes first, then a later change the feed reports."""
    web.routes["/news/ferry"] = html_reply(ferry_page(header))
    entry = atom_entry(f"{web.url}/news/ferry", published=published, updated=updated)
    web.routes["/atom"] = Reply(200, entry, {"Content-Type": "application/atom+xml"})
    report = fetch(write_config(tmp_path, [(f"{web.url}/atom", None)]))
    (path,) = report.written
    assert headers_of(path)["date"] == f"2026-11-{day}"


STRIKE_TEXT = (
    "Dock workers at the port of Kellby walked off the job on Monday evening after talks "
    "on night-shift pay broke down, their union said.\n"
    "The strike halted loading at all four container berths, and about 30 ships were "
    "waiting at anchor off the breakwater by nightfall.\n"
    "The port authority said it would ask the labour court on Tuesday to order the two "
    "sides back to talks."
)


def atom_full_entry(*, published: str, updated: str, byline: str | None) -> bytes:
    lines = STRIKE_TEXT.split("\n")
    if byline and byline.endswith(" -"):  # a dateline opens the first paragraph
        lines[0] = f"{byline} {lines[0]}"
    elif byline:
        lines.insert(0, byline)
    content = escape("".join(f"<p>{escape(line)}</p>" for line in lines))
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Post</title>'
        "<entry><id>tag:coast,2026:9</id><title>Kellby dock workers strike</title>"
        '<link href="https://coast.example/news/strike"/>'
        f"<updated>{updated}</updated><published>{published}</published>"
        f'<summary>Dockers strike.</summary><content type="html">{content}</content>'
        "</entry></feed>"
    ).encode()


@pytest.mark.parametrize(
    ("byline", "published", "updated", "day"),
    [
        # written on Monday evening in its own zone: Monday, though Tuesday in UTC
        (None, "2026-11-23T19:10:00-07:00", "2026-11-23T19:10:00-07:00", "23"),
        # the text's own byline is its page's date: a correction the next morning
        # (<updated>) does not move it
        (
            "By Ana Petrov | Coast Post | November 23, 2026",
            "2026-11-23T16:20:00-07:00",
            "2026-11-24T09:15:00-07:00",
            "23",
        ),
        # no date in the text: the feed's later change, on its own day
        (None, "2026-11-23T16:20:00-07:00", "2026-11-24T09:15:00-07:00", "24"),
        # a dateline before the publication is the day the copy was filed
        (
            "KELLBY, 22 November 2026 (Coast Wire) -",
            "2026-11-23T08:00:00-07:00",
            "2026-11-23T08:00:00-07:00",
            "23",
        ),
    ],
)
def test_a_feeds_own_text_carries_the_day_it_states(
    tmp_path: Path, web: WebServer, byline: str | None, published: str, updated: str, day: str
) -> None:
    """r70 F14: an entry whose whole text the feed carries is dated as a page is, by the
    date its text states, else by the feed's stamps read in the offset they give (a
    Monday-evening release at 19:10 -07:00 had been dated Tuesday, its day in UTC, and a
    story corrected the next morning by its <updated>)."""
    entry = atom_full_entry(published=published, updated=updated, byline=byline)
    web.routes["/atom"] = Reply(200, entry, {"Content-Type": "application/atom+xml"})
    report = fetch(write_config(tmp_path, [(f"{web.url}/atom", None)]))
    (path,) = report.written
    assert headers_of(path)["date"] == f"2026-11-{day}"
