"""A wire text that two outlets carry word for word (r55 L1), against the real local HTTP
and SMTP servers: each outlet is credited, and nothing is briefed or sent twice.

The collector keeps a copy of a text seen only from other outlets (the seen store names
the outlet of each line); the stories stage merges it with the first as one text with
two sources, and daily's memory of sent sentences keeps a copy that comes a day later
from repeating what was sent."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from typer.testing import CliRunner

from brief import daily
from brief.cli import app
from tests.conftest import FIXED_NOW
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table
from tests.test_fetch import (
    feed_reply,
    fetch,
    html_reply,
    inbox_files,
    load,
    page,
    rss,
    seen_lines,
    write_config,
)
from tests.web_fixtures import WebServer

TITLE = "Ferry runs aground off Port Elma, all passengers safe"
WIRE = "\n".join(
    [
        "PORT ELMA, Nov 24 (Global Wire) - A passenger ferry ran aground on a sandbank off "
        "Port Elma on Tuesday, and all 86 people on board were taken ashore by lifeboat, "
        "the coastguard said.",
        "The coastguard said the ferry Sea Lark struck the bank in thick fog about two miles "
        "from the harbour mouth shortly after dawn.",
        "“Every passenger is safe and the crew stayed on board to check the hull,” said "
        "Helen Marsh, the coastguard commander.",
        "Tugs will try to pull the ship free at high tide on Wednesday evening, the harbour "
        "master's office said.",
        "The operator, Elma Lines, cancelled its remaining sailings to the islands for the "
        "rest of the week.",
        "Fishermen in the bay were told to keep clear of the area while divers inspect the "
        "vessel for leaking fuel.",
        "It is the second grounding near the harbour this year, after a bulk carrier was "
        "stuck on the same bank in March.",
    ]
)
FOLLOW_UP = "\n".join(
    [
        "PORT ELMA, Nov 25 - Tugs pulled the stranded ferry Sea Lark off a sandbank near Port "
        "Elma, a day after it ran aground in fog, the harbour master's office said.",
        "Divers found a crack in the hull but no fuel had leaked into the bay, said Helen "
        "Marsh, the coastguard commander.",
        "Elma Lines said the ferry would be towed to a shipyard in Kerris for repairs that "
        "could take a month.",
        "The company will charter a smaller boat to restore sailings to the islands from Friday.",
        "Fishermen said they would go back to their moorings in the bay the next morning.",
    ]
)
runner = CliRunner()
OUTLETS = ("Coast Gazette", "Harbour Post")


def serve_wire(web: WebServer, outlet: str) -> None:
    """The wire's text on the outlet's own page, in the outlet's own feed."""
    slug = outlet.split()[0].lower()
    web.routes[f"/{slug}/ferry"] = html_reply(page(TITLE, WIRE))
    item = {"title": TITLE, "link": f"{web.url}/{slug}/ferry", "guid": f"{slug}-ferry"}
    web.routes[f"/{slug}.xml"] = feed_reply(rss([item]))


def desk(tmp_path: Path, web: WebServer, mail: Server | None = None) -> Path:
    """A desk that reads both outlets' feeds (each empty until served)."""
    for outlet in OUTLETS:
        web.routes[f"/{outlet.split()[0].lower()}.xml"] = feed_reply(rss([]))
    feeds = [(f"{web.url}/{o.split()[0].lower()}.xml", o) for o in OUTLETS]
    config = write_config(tmp_path, feeds)
    if mail is not None:
        with config.open("a", encoding="utf-8") as toml:
            toml.write("\n[mail]\n" + mail_table(mail.port))
    return config


def bullets(brief: str) -> list[str]:
    """The brief's bullets before its Sources, each as its sentence alone."""
    body = brief.split("## Sources")[0]
    return [
        line.removeprefix("- ").removeprefix("**New:** ").rsplit(" [", 1)[0]
        for line in body.splitlines()
        if line.startswith("- ") and (not line.startswith("- **") or "**New:**" in line)
    ]


def text_keys(line: dict[str, object]) -> set[str]:
    keys = line["keys"]
    assert isinstance(keys, list)
    return {key for key in keys if key.startswith("text ")}


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


# -- the collector -------------------------------------------------------------------------


def test_a_wire_text_two_outlets_carry_is_kept_from_each(tmp_path: Path, web: WebServer) -> None:
    config = desk(tmp_path, web)
    for outlet in OUTLETS:
        serve_wire(web, outlet)
    assert [len(f.written) for f in fetch(config).feeds] == [1, 1]
    first, copy = seen_lines(tmp_path)
    assert first["outlet"] == "Coast Gazette" and "copy" not in first
    assert copy["outlet"] == "Harbour Post" and copy["copy"] == "yes" and "file" in copy
    assert text_keys(first) == text_keys(copy) != set()  # one text, both outlets
    assert len(inbox_files(tmp_path)) == 2
    assert fetch(config).written == ()  # both seen now: nothing new, no page asked for again
    assert len(web.hits("/harbour/ferry")) == 1


def test_a_copy_from_an_outlet_that_carried_the_text_is_a_duplicate(
    tmp_path: Path, web: WebServer
) -> None:
    """Two feeds of one outlet (its world and its business desks), however the outlet's
    name is written, credit it once."""
    serve_wire(web, "Coast Gazette")
    web.routes["/desk/ferry"] = html_reply(page(TITLE, WIRE))
    web.routes["/desk.xml"] = feed_reply(rss([{"title": TITLE, "link": f"{web.url}/desk/ferry"}]))
    feeds = [(f"{web.url}/coast.xml", "Coast Gazette"), (f"{web.url}/desk.xml", "COAST gazette.")]
    report = fetch(write_config(tmp_path, feeds))
    assert [len(f.written) for f in report.feeds] == [1, 0]
    assert seen_lines(tmp_path)[-1]["duplicate"] == f"{web.url}/desk/ferry"


def test_an_update_to_a_text_another_outlet_carried_is_its_copy(
    tmp_path: Path, web: WebServer
) -> None:
    """An item updated in place to the wire's text that another outlet carried credits
    its outlet too; a new headline on a text its own outlet carried is no new version."""
    config = desk(tmp_path, web)
    serve_wire(web, OUTLETS[0])
    web.routes["/harbour/ferry"] = html_reply(page("Ferry aground", FOLLOW_UP))
    item = {"title": "Ferry aground", "link": f"{web.url}/harbour/ferry", "guid": "h-1"}
    web.routes["/harbour.xml"] = feed_reply(rss([item]))
    assert [len(f.written) for f in fetch(config).feeds] == [1, 1]

    web.routes["/harbour/ferry"] = html_reply(page(TITLE, WIRE))
    web.routes["/harbour.xml"] = feed_reply(rss([dict(item, title=TITLE)]))
    assert [f.updated for f in fetch(config).feeds] == [(), (TITLE,)]
    line = seen_lines(tmp_path)[-1]
    assert line["updated"] == line["copy"] == "yes" and line["outlet"] == "Harbour Post"

    web.routes["/harbour.xml"] = feed_reply(
        rss([dict(item, title="Sea Lark ferry grounded in fog")])
    )
    assert fetch(config).written == ()
    assert "duplicate" in seen_lines(tmp_path)[-1]


def test_a_journal_written_before_outlets_were_recorded_reads_as_before(
    tmp_path: Path, web: WebServer
) -> None:
    """A text its lines name with no outlet was carried by someone unknown: any copy of it
    is a duplicate, as it was, and the article seen is not written again."""
    config = desk(tmp_path, web)
    serve_wire(web, OUTLETS[0])
    assert len(fetch(config).written) == 1
    journal = tmp_path / "state" / "feeds" / "seen.jsonl"
    old = [{k: v for k, v in line.items() if k != "outlet"} for line in seen_lines(tmp_path)]
    journal.write_text("".join(json.dumps(line) + "\n" for line in old), encoding="utf-8")
    serve_wire(web, OUTLETS[1])
    assert fetch(config).written == ()
    assert "duplicate" in seen_lines(tmp_path)[-1]
    assert len(web.hits("/coast/ferry")) == 1


# -- the daily run: each outlet credited, each sentence once --------------------------------


def test_daily_credits_both_outlets_and_says_each_sentence_once(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    config = desk(tmp_path, web, plain_server)
    for outlet in OUTLETS:
        serve_wire(web, outlet)
    assert daily.run(load(config), now=FIXED_NOW).built
    brief = (tmp_path / "out" / "brief-2026-11-25.md").read_text(encoding="utf-8")
    sources = brief.split("## Sources")[1]
    assert all(outlet in sources for outlet in OUTLETS)
    said = bullets(brief)
    assert said and len(said) == len(set(said))
    assert "[1:2; 2:2]" in brief  # a bullet cites both copies
    assert len(plain_server.handler.messages) == 1
    assert not daily.run(load(config), now=FIXED_NOW + timedelta(hours=1)).built
    assert len(plain_server.handler.messages) == 1  # and it is sent once


def test_a_copy_alone_a_day_later_sends_nothing(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    config = desk(tmp_path, web, plain_server)
    serve_wire(web, OUTLETS[0])
    assert daily.run(load(config), now=FIXED_NOW).built
    serve_wire(web, OUTLETS[1])
    report = daily.run(load(config), now=FIXED_NOW + timedelta(days=1))
    assert not report.built and len(plain_server.handler.messages) == 1
    assert [p.parent.name for p in report.archived] == ["2026-11-26"]  # kept, not lost


def test_a_copy_a_day_later_adds_a_source_not_a_bullet(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    config = desk(tmp_path, web, plain_server)
    serve_wire(web, OUTLETS[0])
    assert daily.run(load(config), now=FIXED_NOW).built
    first = (tmp_path / "out" / "brief-2026-11-25.md").read_text(encoding="utf-8")

    serve_wire(web, OUTLETS[1])  # the other outlet's copy, beside the first's follow-up
    follow = {"title": "Tugs free the stranded ferry Sea Lark", "link": f"{web.url}/coast/tugs"}
    web.routes["/coast/tugs"] = html_reply(page(follow["title"], FOLLOW_UP))
    web.routes["/coast.xml"] = feed_reply(rss([follow]))
    assert daily.run(load(config), now=FIXED_NOW + timedelta(days=1)).built
    second = (tmp_path / "out" / "brief-2026-11-26.md").read_text(encoding="utf-8")
    assert len(plain_server.handler.messages) == 2
    assert "Harbour Post" in second.split("## Sources")[1]
    assert "2 sources" in second
    said = bullets(second)
    assert said and not [sentence for sentence in said if sentence in first]


def test_dry_run_writes_nothing_when_a_copy_waits_to_be_fetched(
    tmp_path: Path, web: WebServer, fixed_clock: object
) -> None:
    config = desk(tmp_path, web)
    serve_wire(web, OUTLETS[0])
    assert runner.invoke(app, ["daily", "--config", str(config)]).exit_code == 0
    serve_wire(web, OUTLETS[1])
    before = tree(tmp_path)
    result = runner.invoke(app, ["daily", "--dry-run", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert tree(tmp_path) == before
    assert web.hits("/harbour/ferry") == []
