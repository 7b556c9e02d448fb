"""Daily runs as cron would do them: repeated, interrupted, overlapping, across days.

Everything is the real thing: config, plan, the brief pipeline on tiny articles written
here, state, archive, outbox, and a real SMTP server on 127.0.0.1, with a fixed clock.
"""

from __future__ import annotations

import dataclasses
import errno
import fcntl
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import brief.daily as daily
import brief.daily.archive as archive_module
from brief import config as cfg
from brief.cli import app
from brief.daily import state as saved
from brief.daily.novelty import already_sent, corrections, recognition
from brief.daily.state import DayRecord, State, StoryRecord
from brief.deliver.mail import digest_from_json
from brief.deliver.outbox import Outbox
from brief.deliver.send import SendReport, send_file
from brief.errors import BusyError, ConfigError, DeliveryError, NoInputError, OutputError
from brief.models import Briefing, Story, Withdrawn, text_key
from brief.options import Options
from brief.pipeline import build
from brief.render import render
from tests.checkpoints import at_checkpoint
from tests.conftest import assert_story_ids
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import NOW, PASSWORD, USER, Server, mail_table, write_config

ROOT = Path(__file__).resolve().parents[1]
TODAY = NOW.date().isoformat()
TOMORROW = NOW + timedelta(days=1)

BORDER = """\
    Troops at the border

    Troops massed at the northern border on Monday, the defence ministry said.

    Talks between the two governments stalled in Geneva.
    """
OIL = """\
    Oil prices climb

    Oil prices rose four percent on Monday as traders weighed the risk of conflict.

    Analysts said supply from the region could fall.
    """
BORDER_FOLLOW_UP = """\
    Border talks resume

    Talks between the two governments stalled in Geneva.

    Negotiators returned to Geneva on Tuesday after troops pulled back from the northern border.

    A ceasefire was announced on Tuesday evening.
    """
GRAIN = """\
    Grain ships sail

    Grain ships sailed from Odesa on Tuesday under a new corridor deal.

    Insurers cut their premiums for the route.
    """


class Crash(BaseException):
    """Stands in for SIGKILL: not an Exception, so no `except Exception` can swallow it."""


def articles(tmp_path: Path, **texts: str) -> None:
    for name, text in texts.items():
        (tmp_path / "inbox" / name).write_text(textwrap.dedent(text), encoding="utf-8")


def setup(tmp_path: Path, server: Server | None, **kw: Any) -> cfg.Config:
    mail = mail_table(server.port, **kw) if server else ""
    path = write_config(tmp_path, mail=mail, daily='formats = ["md", "json"]')
    articles(tmp_path, **{"a.txt": BORDER, "b.txt": OIL})
    return cfg.load(path)


def run(config: cfg.Config, **kw: Any) -> daily.Report:
    """A daily run, checked for the ids of its stories (conftest.assert_story_ids)."""
    kw.setdefault("now", NOW)
    report = daily.run(config, **kw)
    assert_story_ids(report, config.require_daily().state / "state.json")
    return report


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def bullets(tmp_path: Path, day: str = TODAY) -> dict[str, bool]:
    """Every bullet of a day's brief (from its JSON output) -> whether it is marked new."""
    doc = json.loads((tmp_path / "out" / f"brief-{day}.json").read_text())
    found = {b["text"]: b["new"] for s in doc["sections"] for b in s["bullets"]}
    if doc.get("bottom_line"):
        found[doc["bottom_line"]["text"]] = doc["bottom_line"]["new"]
    return found


def assert_complete(tmp_path: Path, server: Server, emails: int = 1) -> None:
    """The state a finished run leaves: outputs, all inputs archived, one email, empty outbox."""
    assert files(tmp_path / "out") == [f"brief-{TODAY}.json", f"brief-{TODAY}.md"]
    assert files(tmp_path / "inbox") == []
    assert files(tmp_path / "archive") == [f"{TODAY}/a.txt", f"{TODAY}/b.txt"]
    assert len(server.handler.messages) == emails
    assert files(tmp_path / "state" / "outbox") == []
    assert len(files(tmp_path / "state" / "sent")) == 1


# -- config ----------------------------------------------------------------------------------


def test_example_config_is_valid() -> None:
    c = cfg.load(ROOT / "examples" / "brief.toml")
    assert c.mail is not None and c.mail.password_env and c.daily is not None
    assert c.daily.inbox.is_absolute()


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('password = "hunter2"', "mail.password: passwords are never read from the config"),
        ('security = "none"\nhost = "smtp.example.org"', "mail.security: 'none'"),
        ('security = "ssl"', "mail.security: 'ssl' is unknown; choose from starttls"),
        ("port = 0", "mail.port: must be between"),
        ('colour = "blue"', "mail.colour: unknown key"),
        ('username = "me"', "mail.username: needs password_env or password_file"),
        ("to = [1]", "mail.to: expected a list"),
        ('to = ["a@b.org\\nBcc: x@y.org"]', "mail.to: not one email address"),
        ('from = "a@b.org, c@d.org"', "mail.from: not one email address"),
        # a subject template's syntax fails at load, not at the first send (r56 L13)
        ('subject = "Brief {{ date"', "mail.subject: template error: unexpected end"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path: Path, table: str, message: str) -> None:
    base = {"host": '"smtp.example.org"', "from": '"b@example.org"'}
    for line in table.splitlines():
        base[line.split("=")[0].strip()] = line.split("=", 1)[1].strip()
    path = write_config(tmp_path, mail="\n".join(f"{k} = {v}" for k, v in base.items()))
    with pytest.raises(ConfigError) as err:
        cfg.load(path)
    assert str(err.value).startswith(f"{path}: {message}")


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('algorithm = "nope"', "brief.algorithm: 'nope' is unknown; choose from default"),
        ('profile = "no-such-profile"', "brief.profile: unknown profile 'no-such-profile'"),
        ('profile = "missing.toml"', "brief.profile: cannot read profile"),
        ('language = "klingon"', "brief.language: 'klingon' is unknown; choose from"),
        ('encoding = "nope"', "brief.encoding: 'nope' is unknown"),
        ('encoding = "utf-7"', "brief.encoding: 'utf-7' is not allowed"),
        # (each of these had been an internal error, s72 fuzz)
        ('encoding = "a\\u0000b"', "brief.encoding: 'a\\x00b' is unknown"),
        ('encoding = "undefined"', "brief.encoding: 'undefined' is not allowed"),
        ('profile = "a\\u0000b.toml"', "brief.profile: holds a NUL character"),
        (f'profile = "{"p" * 5000}"', "brief.profile: unknown profile"),
        (f'data = "{"d" * 5000}"', "brief.data: not a usable path: File name too long"),
    ],
)
def test_brief_settings_fail_at_load_not_inside_a_run(
    tmp_path: Path, setting: str, message: str
) -> None:
    path = write_config(tmp_path, brief=setting)
    with pytest.raises(ConfigError) as err:
        cfg.load(path)
    assert str(err.value).startswith(f"{path}: {message}")


def test_a_faulty_profile_named_by_the_config_is_named_itself(tmp_path: Path) -> None:
    """r53 L1: a profile's own fault (its TOML, an unknown key) had been said under the
    config file's path, with the profile's line number."""
    (tmp_path / "mine.toml").write_text('title = "Mine"\n[[sections]\n', encoding="utf-8")
    path = write_config(tmp_path, brief='profile = "mine.toml"')
    with pytest.raises(ConfigError) as err:
        cfg.load(path)
    assert str(err.value).startswith(f"{tmp_path / 'mine.toml'}: not valid TOML")


def test_an_algorithm_giving_up_names_the_setting_not_a_flag(tmp_path: Path) -> None:
    """A daily run's algorithm is the config's `algorithm`: when it gives up at the
    inbox's size, the one line names that setting, never a flag of `brief make`."""
    from brief.rank.sumy_rankers import SENTENCE_LIMITS

    limit = SENTENCE_LIMITS["kl"]
    path = write_config(tmp_path, brief='algorithm = "kl"')
    lines = [f"Officials in town {i} reported new talks on trade." for i in range(limit + 5)]
    (tmp_path / "inbox" / "long.txt").write_text("\n\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(app, ["daily", "-c", str(path)])
    assert result.exit_code == 64, result.output
    assert result.stderr.startswith(f"brief: algorithm 'kl' gives up above {limit:,} sentences")
    assert " -a " not in result.stderr and "--algorithm" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_brief_table_names_the_inboxs_encoding(tmp_path: Path) -> None:
    """The warning for an article in an encoding brief does not recognise says to name
    it; a daily run names it in the config, as `brief make --encoding` does."""
    config = cfg.load(write_config(tmp_path, brief='encoding = "Latin-1"'))
    assert config.options.encoding == "iso8859_1"


def test_config_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_bytes((ROOT / "brief/profiles/geopolitics.toml").read_bytes())
    c = cfg.load(write_config(tmp_path, brief='sentences = 12\nprofile = "mine.toml"'))
    assert c.require_daily().inbox == tmp_path / "inbox"
    assert c.options.sentences == 12 and c.options.profile == str(tmp_path / "mine.toml")
    assert c.mail is None


def test_bad_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "brief.toml"
    path.write_text("[daily\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        cfg.load(path)
    # tomllib recurses into each array: nested 5,000 deep, a RecursionError (s72 fuzz)
    path.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(ConfigError, match="not valid TOML: arrays or tables nested too deeply"):
        cfg.load(path)


@pytest.mark.parametrize(
    ("folder", "message"),
    [
        ('inbox = "in\\u0000box"', "daily.inbox: holds a NUL character, which no path can"),
        (f'inbox = "{"i/" * 3000}"', "daily.inbox: not a usable path: File name too long"),
        (f'archive = "{"a" * 5000}"', "daily.archive: not a usable path: File name too long"),
    ],
)
def test_a_folder_no_file_system_holds_is_a_config_error(
    tmp_path: Path, folder: str, message: str
) -> None:
    """pathlib raises on such a name wherever the run asks what is there: a NUL in the
    inbox's path, or a path too long, had ended the run with an internal error (s72 fuzz)."""
    folders = {"inbox": '"inbox"', "output": '"out"', "archive": '"archive"', "state": '"s"'}
    key, value = folder.split(" = ", 1)
    lines = [f"{k} = {value if k == key else v}" for k, v in folders.items()]
    path = tmp_path / "brief.toml"
    path.write_text("[daily]\n" + "\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["daily", "-c", str(path)])
    assert (result.exit_code, result.stderr) == (78, f"brief: {path}: {message}\n")


# -- normal runs -----------------------------------------------------------------------------


def test_first_run_builds_archives_and_sends(tmp_path: Path, plain_server: Server) -> None:
    report = run(setup(tmp_path, plain_server))
    assert_complete(tmp_path, plain_server)
    assert report.built and len(report.sent) == 1 and report.waiting == 0
    [msg] = plain_server.handler.messages
    assert msg["To"] == "desk@example.org"
    [md] = list(msg.iter_attachments())
    assert md.get_filename() == f"brief-{TODAY}.md"
    assert md.get_payload(decode=True) == (tmp_path / "out" / f"brief-{TODAY}.md").read_bytes()
    body = msg.get_body(("plain",))
    assert body is not None and "TOP STORIES" in body.get_content()  # two stories: a digest
    assert not any(bullets(tmp_path).values())  # the first brief has nothing to be new against
    assert report.briefing is not None
    assert all(s.status is None for s in report.briefing.stories)


def test_run_twice_sends_exactly_one_email(tmp_path: Path, plain_server: Server) -> None:
    config = setup(tmp_path, plain_server)
    run(config)
    second = run(config, now=NOW + timedelta(hours=2))
    assert_complete(tmp_path, plain_server, emails=1)
    assert not second.built and second.sent == ()


def test_second_day_repeats_nothing_sent_and_marks_what_is_new(
    tmp_path: Path, plain_server: Server
) -> None:
    config = setup(tmp_path, plain_server)
    run(config)
    articles(tmp_path, **{"c.txt": BORDER_FOLLOW_UP, "d.txt": GRAIN})
    run(config, now=TOMORROW)
    second = bullets(tmp_path, TOMORROW.date().isoformat())
    assert "Talks between the two governments stalled in Geneva." not in second  # sent yesterday
    assert second["A ceasefire was announced on Tuesday evening."] is True
    assert len(plain_server.handler.messages) == 2
    assert "new points)" in str(plain_server.handler.messages[1]["Subject"])


def test_a_day_of_one_article_is_still_the_profiles_brief_for_the_day(
    tmp_path: Path, plain_server: Server
) -> None:
    """s9 review D9: one article's lead as title and subject changed with the day's count."""
    config = setup(tmp_path, plain_server)
    (tmp_path / "inbox" / "b.txt").unlink()
    run(config)
    (message,) = plain_server.handler.messages
    day = f"{NOW.day} {NOW:%B %Y}"
    assert str(message["Subject"]) == f"Geopolitics brief — {day}"
    doc = json.loads((tmp_path / "out" / f"brief-{TODAY}.json").read_text())
    assert doc["title"] == f"Geopolitics brief — {day}"


def test_two_days_one_story_continues_and_one_starts(tmp_path: Path, plain_server: Server) -> None:
    """Issue 9's check: the second day's articles continue one story and start another."""
    config = setup(tmp_path, plain_server)
    first = run(config)
    articles(tmp_path, **{"c.txt": BORDER_FOLLOW_UP, "d.txt": GRAIN})
    second = run(config, now=TOMORROW)
    state = json.loads((tmp_path / "state" / "state.json").read_text())
    assert state["version"] == 2 and set(state["briefs"]) == {TODAY, TOMORROW.date().isoformat()}
    assert first.briefing is not None and second.briefing is not None
    if not second.briefing.stories:
        pytest.skip("the pipeline has no stories stage yet")
    border_id = next(s.id for s in first.briefing.stories if "border" in s.title.lower())
    by_source = {
        Path(second.briefing.sources[n - 1].path).name: s
        for s in second.briefing.stories
        for n in s.sources
    }
    continued, started = by_source["c.txt"], by_source["d.txt"]
    assert (continued.id, continued.status, continued.since) == (border_id, "developing", TODAY)
    assert (started.status, started.since) == ("new", None)
    assert started.id not in {s.id for s in first.briefing.stories}
    assert set(state["stories"]) >= {border_id, started.id}


def test_an_article_arriving_later_the_same_day_updates_the_brief(
    tmp_path: Path, plain_server: Server
) -> None:
    config = setup(tmp_path, plain_server)
    run(config)
    articles(tmp_path, **{"c.txt": GRAIN})
    report = run(config, now=NOW + timedelta(hours=3))
    assert report.built and {Path(s.path).name for s in report.briefing.sources} == {  # type: ignore[union-attr]
        "a.txt",
        "b.txt",
        "c.txt",
    }
    first, second = plain_server.handler.messages
    assert first["Message-ID"] != second["Message-ID"]
    marked = bullets(tmp_path)
    assert marked["Grain ships sailed from Odesa on Tuesday under a new corridor deal."] is True
    assert (
        marked["Oil prices rose four percent on Monday as traders weighed the risk of conflict."]
        is False
    )
    assert "new points)" in str(second["Subject"]) and "new" not in str(first["Subject"])
    assert files(tmp_path / "archive") == [f"{TODAY}/a.txt", f"{TODAY}/b.txt", f"{TODAY}/c.txt"]


SPEAKER = """\
    Parliament elects a speaker

    Parliament elected Georgi Marinov as its speaker on Tuesday after a week of deadlock.

    "My first task is to pass the budget by December," said Georgi Marinov, the new speaker.

    The vote was 131 to 104.
    """


def test_a_story_first_told_today_is_new_in_every_brief_of_the_day(
    tmp_path: Path, plain_server: Server
) -> None:
    """A story first told by the day's morning brief is new in the day's update too, and
    one an earlier day told is developing since that day: the update had called the
    morning's new story "developing since" that same day (r61 F20)."""
    config = setup(tmp_path, plain_server)
    run(config)
    articles(tmp_path, **{"c.txt": BORDER_FOLLOW_UP, "d.txt": GRAIN})
    run(config, now=TOMORROW)
    articles(tmp_path, **{"e.txt": SPEAKER})
    run(config, now=TOMORROW + timedelta(hours=3))
    day = TOMORROW.date().isoformat()
    doc = json.loads((tmp_path / "out" / f"brief-{day}.json").read_text())
    sources = {s["number"]: Path(s["path"]).name for s in doc["sources"]}
    marks = {
        frozenset(sources[n] for n in story["sources"]): (story["status"], story["since"])
        for story in doc["stories"]
    }
    assert marks[frozenset({"d.txt"})] == ("new", None)  # the morning's new story
    assert marks[frozenset({"e.txt"})] == ("new", None)  # the late article's
    assert marks[frozenset({"c.txt"})] == ("developing", TODAY)
    body = plain_server.handler.messages[-1].get_body(("plain",))
    assert body is not None
    evening = " ".join(body.get_content().split())
    assert f"developing since {TOMORROW.day} {TOMORROW:%b %Y}" not in evening
    assert f"developing since {NOW.day} {NOW:%b %Y}" in evening


DOCK_STRIKE = """\
    Dock workers strike at Varnholm port

    Dock workers at Varnholm port walked out on Tuesday over pay, halting container traffic,
    the Varnholm dockers' union said.

    The union's leader, Maren Toft, said the strike would go on until the port authority
    raised its pay offer.

    The port authority had offered a rise of three percent, against the union's demand of seven.

    Some forty container ships were waiting to berth at Varnholm by Tuesday evening.
    """

DOCKER_INTERVIEW = """\
    "My grandfather was a docker too": a conversation with Maren Toft

    Maren Toft has led the dockers' union for six years.

    Q: Why did you become a docker?

    "My grandfather loaded timber at Varnholm, and my mother drove a crane," Toft said.
    """

DOCK_DEAL = """\
    Varnholm port strike ends with pay deal

    Dock workers at Varnholm port agreed a pay deal with the port authority on Thursday
    evening, ending the strike.

    Dock workers at Varnholm port walked out on Tuesday over pay, halting container traffic,
    the Varnholm dockers' union said.

    The port authority had offered a rise of three percent, against the union's demand of seven.

    Container traffic at the port is to resume on Friday morning.
    """

DOCK_OFFER = """\
    Varnholm port authority raises pay offer, strike over

    The port authority raised its pay offer to five percent on Thursday, and the dock
    workers' strike at Varnholm port is over.

    The port authority had offered a rise of three percent, against the union's demand of seven.

    Some forty container ships were waiting to berth at Varnholm by Tuesday evening.
    """


def test_a_late_story_takes_no_id_the_days_earlier_brief_gave(
    tmp_path: Path, plain_server: Server
) -> None:
    """A later run of the day gives no story an id the day's earlier brief gave another:
    day 3's morning told an interview as the day-1 strike's story ("developing since"
    day 1, under its id), and the evening's deal reports, which repeat the strike's
    sentences, met the strike better and took its id from the interview (the trial's
    update had told two stories under one id, s72). The story the morning told keeps its
    id and status; the late story is matched against the rest."""
    config = cfg.load(
        write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md", "json"]')
    )
    articles(tmp_path, **{"a.txt": DOCK_STRIKE})
    first = run(config).briefing
    articles(tmp_path, **{"b.txt": GRAIN})
    run(config, now=TOMORROW)
    day3 = NOW + timedelta(days=2)
    articles(tmp_path, **{"c.txt": DOCKER_INTERVIEW})
    morning = run(config, now=day3).briefing
    assert first is not None and morning is not None
    (strike,), (interview,) = first.stories, morning.stories
    assert (interview.id, interview.status, interview.since) == (strike.id, "developing", TODAY)
    articles(tmp_path, **{"d.txt": DOCK_DEAL, "e.txt": DOCK_OFFER})
    assert run(config, now=day3 + timedelta(hours=10)).built
    doc = json.loads((tmp_path / "out" / f"brief-{day3.date().isoformat()}.json").read_text())
    ids = [story["id"] for story in doc["stories"]]
    assert len(ids) == len(set(ids))
    names = {s["number"]: Path(s["path"]).name for s in doc["sources"]}
    by_id = {story["id"]: story for story in doc["stories"]}
    again = by_id.get(interview.id)
    assert again is not None and [names[n] for n in again["sources"]] == ["c.txt"]
    assert (again["status"], again["since"]) == ("developing", TODAY)
    late = next(story for story in doc["stories"] if story is not again)
    assert {names[n] for n in late["sources"]} == {"d.txt", "e.txt"}
    # the state: one record each, the interview's under its id
    records = json.loads((tmp_path / "state" / "state.json").read_text())["stories"]
    assert {i: records[i]["title"] for i in ids} == {s["id"]: s["title"] for s in doc["stories"]}
    assert records[interview.id]["first_seen"] == TODAY


BORDER_EVENING = """\
    Troops at the border pull back

    Troops at the northern border pulled back on Monday evening, the defence ministry said.

    The defence ministry said the talks in Geneva would resume on Wednesday.

    Two soldiers were wounded at the northern border before the pullback, a military doctor said.
    """


def test_a_story_a_late_article_brings_news_to_tells_that_news(
    tmp_path: Path, plain_server: Server
) -> None:
    """The evening's rebuild tells, of a story the late article joins, what it adds, marked
    new and counted in the subject: the trial's late toll (18 dead) had lost its story's
    places to the morning's sentences, and the brief went out again under the morning's
    subject with nothing new (r46 H2). It keeps, after that news, what the morning showed
    of it, not marked new: the day's brief is the archive of record (r47 H2). A story it
    brings nothing to stays as it was."""
    config = setup(tmp_path, plain_server)
    morning = run(config).briefing
    assert morning is not None
    oil = next(s for s in morning.stories if any("Oil" in b.text for b in s.bullets))
    was = next(s for s in morning.stories if s is not oil)
    articles(tmp_path, **{"c.txt": BORDER_EVENING})
    evening = run(config, now=NOW + timedelta(hours=10)).briefing
    assert evening is not None
    late = next(s.number for s in evening.sources if Path(s.path).name == "c.txt")
    border = next(s for s in evening.stories if late in s.sources)
    assert len(border.sources) == 2 and border.status == "new"  # first told today
    news = [b for b in border.bullets if b.source == late]
    assert news and all(b.new for b in news) and list(border.bullets[: len(news)]) == news
    kept = [(b.text, b.new) for b in border.bullets[len(news) :]]
    assert kept == [(b.text, False) for b in was.bullets]
    again = next(s for s in evening.stories if s.id == oil.id)
    assert [(b.text, b.new) for b in again.bullets] == [(b.text, False) for b in oil.bullets]
    first, second = (str(m["Subject"]) for m in plain_server.handler.messages)
    assert second == f"{first} (update, {len(news)} new points)"
    body = plain_server.handler.messages[-1].get_body(("plain",))
    assert body is not None and "An update of the brief sent earlier today" in body.get_content()
    # on a line of its own, not glued to the sources count (r47 L4)
    assert "\nAn update of the brief sent earlier today" in body.get_content()


def test_a_later_run_of_the_day_picks_from_what_the_days_briefs_showed(
    tmp_path: Path, plain_server: Server
) -> None:
    """A rebuild picks from what the day's briefs showed and what its late articles bring:
    a sentence of the day's articles no brief showed was told as its source, and had come
    back in a rebuild for no reason of the late article's."""
    config = setup(tmp_path, plain_server)
    morning = run(config).briefing
    articles(tmp_path, **{"c.txt": BORDER_EVENING})
    five = run(config, now=NOW + timedelta(hours=10)).briefing
    articles(tmp_path, **{"d.txt": GRAIN})
    nine = run(config, now=NOW + timedelta(hours=14)).briefing
    assert morning is not None and five is not None and nine is not None
    shown = {
        b.text for b in [*already_sent.shown_bullets(morning), *already_sent.shown_bullets(five)]
    }
    grain = next(s for s in nine.stories if any("Grain" in b.text for b in s.bullets))
    assert grain.bullets and all(b.new for b in grain.bullets)
    others = [b for s in nine.stories if s is not grain for b in s.bullets]
    assert others and all(b.text in shown and not b.new for b in others)
    assert len(plain_server.handler.messages) == 3


def test_what_a_rebuild_holds_back(tmp_path: Path) -> None:
    """late.held: the rebuild picks what the day's briefs showed and the late facts; a
    story the late facts join loses its earlier sentences' bullets and rows, one they do
    not join keeps its rows; a stale report's facts re-tell nothing."""
    from brief.daily.late import held

    b = with_stories(
        briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL, "c.txt": BORDER_EVENING}),
        ("s-border", "Border", (1, 3)),
        ("s-oil", "Oil", (2,)),
    )
    border, oil, evening = ([s for s in b.sentences if s.source == n] for n in (1, 2, 3))
    record = DayRecord(
        inputs=(b.sources[0].sha256, b.sources[1].sha256),
        sentences=(text_key(oil[0].text),),  # the morning showed one sentence of oil
        built="2026-11-25T06:30:00",
    )
    keys = {text_key(s.text) for s in border + oil + evening}
    out = held(b, record, evening, frozenset())
    assert out.rows == {text_key(s.text) for s in border}
    assert out.bullets == keys - {text_key(oil[0].text)} - {text_key(s.text) for s in evening}
    stale = held(b, record, evening, frozenset({3}))
    assert stale.rows == set() and text_key(evening[0].text) not in stale.bullets
    # a row the morning showed stays a row, though its sentence is no bullet again
    shown = dataclasses.replace(record, rows=(text_key(border[0].text),))
    kept = held(b, shown, evening, frozenset())
    assert kept.rows == out.rows - {text_key(border[0].text)}
    assert kept.bullets == out.bullets


QUAY_MORNING = """\
    Ferry crews strike at Halden quay

    Ferry crews at Halden quay stopped work on Monday over a new rota, halting crossings
    to the islands.

    The harbour authority will meet the crews' union in Lyster on Tuesday, the authority said.

    Islanders queued for the single freight boat still running.
    """
QUAY_FUEL = """\
    Island shops run short of fuel

    Shops on the Varna islands ran short of fuel on Monday as the ferry strike went on.

    The islands' council asked the navy for a tanker.
    """
QUAY_LATE = """\
    Navy tanker sails for the Varna islands

    Late news.

    The navy sent a tanker with 40,000 litres of fuel to the Varna islands on Tuesday, the
    council said.

    It is due to dock at Skarv before nightfall.
    """


def _quay_day(tmp_path: Path) -> tuple[Briefing, DayRecord]:
    """A morning of two stories (the strike, the fuel shortage), told; and a late article
    the rebuild groups with both, as one story of three reports."""
    from brief.daily.late import told

    b = with_stories(
        briefing_of(tmp_path, **{"a.txt": QUAY_MORNING, "b.txt": QUAY_FUEL, "c.txt": QUAY_LATE}),
        ("s-quay", "Ferry crews strike at Halden quay", (1,)),
        ("s-fuel", "Island shops run short of fuel", (2,)),
    )
    record = DayRecord(
        inputs=(b.sources[0].sha256, b.sources[1].sha256),
        sentences=tuple(text_key(x.text) for s in b.stories for x in s.bullets),
        told=told(b),
        built="2026-11-25T06:30:00",
    )
    return b, record


def test_a_late_articles_own_short_line_may_be_picked_in_the_rebuild(tmp_path: Path) -> None:
    """A sentence of the day's articles no brief showed was told as its source, but a late
    article was told by no brief: its short lines (a dateline, "Late news.") are no fact
    of their own (late_facts), yet the rebuild may pick them as a brief of it would, and
    the news that opens after a wire's dateline with a dash needs its dateline. Held back,
    they had left the trial's late item no bullet and in no story (r74 F1)."""
    from brief.daily.late import held, late_facts, late_lines

    b, record = _quay_day(tmp_path)
    sent = tuple(already_sent.fold(s.text) for s in b.sentences if s.source in (1, 2))
    facts = late_facts(b, record, sent, "english")
    lines = late_lines(b, record, sent, "english")
    short = next(s for s in b.sentences if s.source == 3 and s.text == "Late news.")
    assert short not in facts and short in lines
    assert all(s in lines for s in facts)
    assert text_key(short.text) in held(b, record, facts, frozenset()).bullets
    assert text_key(short.text) not in held(b, record, facts, frozenset(), lines).bullets


def test_a_late_article_taken_apart_from_the_mornings_stories_stays_in_a_story(
    tmp_path: Path,
) -> None:
    """A rebuild's story that holds two of the morning's stories and a late article is
    taken apart: each morning story told as it was, and the late article a story of its
    own, listed where none of its sentences made a bullet: every source in one story (the
    trial's late item had been in none, r74 F1)."""
    from brief.daily.late import keep_told

    b, record = _quay_day(tmp_path)
    bullets = tuple(x for s in b.stories for x in s.bullets)
    joined = Story(
        "s-all", "Navy tanker sails for the Varna islands", (1, 2, 3), 3, "other", bullets
    )
    kept = keep_told(dataclasses.replace(b, stories=(joined,)), record)
    where = {n: [s.id for s in kept.stories if n in s.sources] for n in (1, 2, 3)}
    assert where[1] == ["s-quay"] and where[2] == ["s-fuel"] and len(where[3]) == 1
    late = next(s for s in kept.stories if 3 in s.sources)
    assert late.sources == (3,) and late.title == "Navy tanker sails for the Varna islands"
    assert not late.bullets


def test_a_forecast_whose_day_a_late_report_reached_is_not_overtaken(tmp_path: Path) -> None:
    """The morning's "will meet the union on Tuesday", beside a late report dated that
    Tuesday of another part of the story, is outdated by the calendar, not by anything the
    late report says; the morning's brief was for that Tuesday too, and the update keeps
    its bullet (r74 F16: a mediator's trip "on Wednesday" had left the update for a late
    report of a consular visit)."""
    from brief.daily.late import outdated_keys
    from brief.models import Corpus, Document, Sentence, StoryGroup
    from brief.pipeline.outdated import outdated

    b = briefing_of(tmp_path, **{"a.txt": QUAY_MORNING, "c.txt": QUAY_LATE})
    dated = {1: "2026-11-23", 2: "2026-11-24"}
    b = dataclasses.replace(
        b, sources=tuple(dataclasses.replace(s, date=dated[s.number]) for s in b.sources)
    )
    forecast = next(s for s in b.sentences if "will meet" in s.text)
    story = Story("s", "Ferry strike", (1, 2), 2, "other", ())
    # the pipeline's own reading (a brief of both reports) leaves it out
    docs = tuple(Document(s, s.title, ()) for s in b.sources)
    unique = [Sentence(r.text, r.source, r.index, 0) for r in b.sentences]
    found = outdated(Corpus(docs, tuple(unique)), unique, [StoryGroup((1, 2))])
    assert forecast.text in {unique[k].text for k in found.superseded}
    assert text_key(forecast.text) not in outdated_keys(b, story)


BORDER_QUOTED = """\
    Troops at the border

    Troops massed at the northern border on Monday, the defence ministry said.

    Talks between the two governments stalled in Geneva.

    "The troops at the northern border stay until the Geneva talks resume," the ministry said.

    The two governments first met in Geneva on 2 March 2019.
    """


def test_a_late_article_joining_a_story_keeps_its_morning_rows(
    tmp_path: Path, plain_server: Server
) -> None:
    """The day's brief is the archive of record: a late report that joins a morning story
    adds its news, and the quote and the timeline row the morning showed of that story
    stay (r59 S2-8: the update had lost a minister's denial and its timeline rows)."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["json"]')
    articles(tmp_path, **{"a.txt": BORDER_QUOTED, "b.txt": OIL})
    config = cfg.load(path)
    morning = run(config).briefing
    assert morning is not None and morning.quotes and morning.timeline
    articles(tmp_path, **{"c.txt": BORDER_EVENING})
    evening = run(config, now=NOW + timedelta(hours=10)).briefing
    assert evening is not None
    late = next(s.number for s in evening.sources if Path(s.path).name == "c.txt")
    assert any(late in s.sources and len(s.sources) == 2 for s in evening.stories)
    assert {q.text for q in morning.quotes} <= {q.text for q in evening.quotes}
    assert {e.text for e in morning.timeline} <= {e.text for e in evening.timeline}


PORT_STRIKE = """\
    Dockers strike at Varna port

    Dockers at the port of Varna walked out on Monday over unpaid overtime, halting all traffic.

    "We will not load a single ship until we are paid," said Petar Ilinov, the union leader.

    "The strike costs the port two million euros a day," said Maria Kostova, the port director.

    Ships queued outside the harbour on Monday evening.
    """
RIVER_FLOOD = """\
    River floods villages near Ruse

    The Danube burst its banks near Ruse on Monday, flooding three villages and 400 homes.

    "The water rose a metre in an hour," said Ivan Dobrev, the mayor of Ruse.

    "We have sent boats and two hundred rescuers," said Elena Petrova, the interior minister.

    The river is expected to peak on Wednesday.
    """


def table_rows(markdown: str) -> set[str]:
    """The lines of a Markdown brief's quotes, key figures and timeline."""
    rows: set[str] = set()
    for table in ("Quotes", "Key figures", "Timeline"):
        _, _, rest = markdown.partition(f"\n## {table}\n")
        rows |= {line for line in rest.split("\n## ", 1)[0].splitlines() if line.startswith("- ")}
    return rows


def test_a_late_article_leaves_every_row_the_mornings_pages_showed(
    tmp_path: Path, plain_server: Server
) -> None:
    """The pages show the first few rows of each table: a late article's quote had taken
    the place of one the morning's brief showed (r61 F8: a minister's quote, two key
    figures and two timeline rows left the update). Every row the morning showed is
    still shown; the late article's news is in its bullets, and its rows in the JSON."""
    path = write_config(
        tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md", "json"]'
    )
    articles(tmp_path, **{"a.txt": PORT_STRIKE, "b.txt": RIVER_FLOOD})
    config = cfg.load(path)
    run(config)
    brief_md = tmp_path / "out" / f"brief-{TODAY}.md"
    morning = table_rows(brief_md.read_text())
    assert sum(line.startswith("- “") for line in morning) == 4  # the quotes the page holds
    articles(tmp_path, **{"c.txt": SPEAKER})
    evening = run(config, now=NOW + timedelta(hours=3)).briefing
    assert evening is not None and any(q.actor == "Georgi Marinov" for q in evening.quotes)
    assert morning <= table_rows(brief_md.read_text())
    assert "(update, " in str(plain_server.handler.messages[-1]["Subject"])


def test_the_rows_a_brief_showed_are_its_row_keys(tmp_path: Path) -> None:
    from brief.daily.late import row_keys

    b = briefing_of(tmp_path, **{"a.txt": BORDER_QUOTED})
    by_place = {(s.source, s.index): text_key(s.text) for s in b.sentences}
    assert b.quotes and row_keys(b) >= {
        by_place[m.source, m.index] for q in b.quotes for m in q.sentences
    }
    assert row_keys(dataclasses.replace(b, quotes=(), timeline=(), figures=())) == set()


def test_a_rebuild_that_joins_the_days_stories_keeps_each_as_told(tmp_path: Path) -> None:
    """late.keep_told: the evening's rebuild had put the morning's two stories and a late
    report into one story, which told only the late news, and the morning's stories left
    the day's brief of record (r47 H2). Each comes back as it was told; the late report's
    news is a story of its own, under its headline; a story the rebuild keeps whole gets
    back the bullets it lost, after its own."""
    from brief.daily.late import keep_told, told

    morning = with_stories(
        briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL}),
        ("s-border", "Border", (1,)),
        ("s-oil", "Oil", (2,)),
    )
    record = DayRecord(
        inputs=tuple(s.sha256 for s in morning.sources),
        sentences=tuple(already_sent.bullet_keys(morning)),
        told=told(morning),
        built="2026-11-25T06:30:00",
    )
    evening = briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL, "c.txt": GRAIN})
    late = [x for s in evening.sections for x in s.bullets if x.source == 3]
    joined = Story("x-all", "Oil", (1, 2, 3), 3, "other", tuple(late))
    kept = keep_told(dataclasses.replace(evening, stories=(joined,)), record)
    by_id = {s.id: s for s in kept.stories}
    assert set(by_id) == {"s-border", "s-oil", "x-all"}
    for was in morning.stories:
        again = by_id[was.id]
        assert (again.title, again.sources) == (was.title, was.sources)
        assert [(b.text, b.source) for b in again.bullets] == [
            (b.text, b.source) for b in was.bullets
        ]
    assert by_id["x-all"].sources == (3,) and by_id["x-all"].bullets == tuple(late)
    assert by_id["x-all"].title == "Grain ships sail"  # the late report's headline
    # the rebuild names the story after the late report; its reader knows it as "Oil"
    whole = Story("x-oil", "Grain ships sail", (2, 3), 2, "other", tuple(late))
    border = dataclasses.replace(morning.stories[0], id="x-border", bullets=())
    kept = keep_told(dataclasses.replace(evening, stories=(border, whole)), record)
    by_id = {s.id: s for s in kept.stories}
    assert set(by_id) == {"x-border", "x-oil"}  # recognise gives them their ids back
    assert by_id["x-oil"].title == "Oil"
    assert [b.text for b in by_id["x-oil"].bullets] == [
        *(b.text for b in late),
        *(b.text for b in morning.stories[1].bullets),
    ]
    assert [b.text for b in by_id["x-border"].bullets] == [
        b.text for b in morning.stories[0].bullets
    ]
    assert keep_told(evening, dataclasses.replace(record, built=None)) is evening


def test_a_late_copy_of_a_told_report_joins_the_story_that_told_it(tmp_path: Path) -> None:
    """late.keep_told: a late outlet's copy of a wire text the morning told had gone out
    with a late report the rebuild grouped it with, under that report's headline, as
    what the late articles brought (r70 F18: a radio's copy of the wire under a fact
    check). The copy adds its outlet to the story that told its text; the late report's
    own news is a story of its own."""
    from brief.daily.late import keep_told, told

    morning = with_stories(
        briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL}), ("s-both", "Border", (1, 2))
    )
    record = DayRecord(
        inputs=tuple(s.sha256 for s in morning.sources),
        sentences=tuple(already_sent.bullet_keys(morning)),
        told=told(morning),
        built="2026-11-25T06:30:00",
    )
    copy = OIL.replace("Oil prices climb", "Oil prices climb (Harbour Radio)")
    evening = briefing_of(
        tmp_path, **{"a.txt": BORDER, "b.txt": OIL, "c.txt": GRAIN, "d.txt": copy}
    )
    late = tuple(x for s in evening.sections for x in s.bullets if x.source == 3)
    border = Story("x-border", "Border", (1,), 1, "other", ())
    joined = Story("x-oil", "Grain ships sail", (2, 3, 4), 2, "other", late, copies=((4, 2),))
    kept = keep_told(dataclasses.replace(evening, stories=(border, joined)), record)
    by_id = {s.id: s for s in kept.stories}
    assert by_id["s-both"].sources == (1, 2, 4)
    assert by_id["x-oil"].sources == (3,) and by_id["x-oil"].title == "Grain ships sail"
    # a copy of a late report is late news like it
    joined = Story("x-oil", "Grain ships sail", (2, 3, 4), 2, "other", late, copies=((4, 3),))
    kept = keep_told(dataclasses.replace(evening, stories=(border, joined)), record)
    by_id = {s.id: s for s in kept.stories}
    assert by_id["s-both"].sources == (1, 2) and by_id["x-oil"].sources == (3, 4)


def test_the_stories_a_day_told_are_saved_and_read_back(tmp_path: Path) -> None:
    from brief.daily.late import told

    b = with_stories(briefing_of(tmp_path, **{"a.txt": BORDER}), ("s-border", "Border", (1,)))
    record = DayRecord(told=told(b), built="2026-11-25T06:30:00", rows=("a b c",))
    path = tmp_path / "state.json"
    saved.save(path, State().with_day("2026-11-25", record), "2026-11-25")
    assert saved.load(path).briefs["2026-11-25"].told == record.told
    assert record.told[0].sources == (b.sources[0].sha256,)


def test_a_story_the_days_briefs_told_under_another_id_is_no_reason_to_send_again(
    tmp_path: Path,
) -> None:
    """A rebuild that tells a story of the morning apart from the one it was in gives it
    an id of its own: developing, with bullets the day's briefs showed, it is nothing new
    to send (it had sent the day's brief again)."""
    from brief.daily.late import repeats_today

    b = with_stories(briefing_of(tmp_path, **{"a.txt": BORDER}), ("x-split", "Border", (1,)))
    story = dataclasses.replace(b.stories[0], status="developing", since="2026-11-25")
    b = dataclasses.replace(b, stories=(story,))
    shown = tuple(text_key(x.text) for x in story.bullets)
    record = DayRecord(
        inputs=(b.sources[0].sha256,),
        sentences=shown,
        seen=already_sent.seen(b),
        stories=("s-border",),
        built="2026-11-25T06:30:00",
    )
    assert repeats_today(b, record, record.seen, "english")
    new = dataclasses.replace(b, stories=(dataclasses.replace(story, status="new", since=None),))
    assert not repeats_today(new, record, record.seen, "english")


def test_a_late_article_dated_the_day_before_is_what_came_since(
    tmp_path: Path, plain_server: Server
) -> None:
    """An article that arrived after the morning's brief is what came since, whatever its
    dateline: the morning's mail never told it, so its points are marked new and the
    update counts them (r55 H4: a market attack of the day before, dropped in at noon,
    went out in an "(update)" mail with nothing marked new)."""
    config = setup(tmp_path, plain_server)
    morning = run(config).briefing
    assert morning is not None
    header = json.dumps({"date": str((NOW - timedelta(days=1)).date())})
    text = f"+++ brief-article\n{header}\n+++\n" + textwrap.dedent(BORDER_EVENING)
    (tmp_path / "inbox" / "c.txt").write_text(text, encoding="utf-8")
    evening = run(config, now=NOW + timedelta(hours=10)).briefing
    assert evening is not None
    late = next(s.number for s in evening.sources if Path(s.path).name == "c.txt")
    border = next(s for s in evening.stories if late in s.sources)
    assert any(b.new and b.source == late for b in border.bullets)
    assert not any(b.new for b in border.bullets if b.source != late)
    first, second = (str(m["Subject"]) for m in plain_server.handler.messages)
    assert second.startswith(f"{first} (update, ") and "new point" in second


def test_a_late_article_a_later_report_of_its_story_overtook_is_not_new(
    tmp_path: Path, plain_server: Server
) -> None:
    """A late arrival older than a report of its story the morning's brief already told
    (dated the day before it) is overtaken: its points are not marked new (r46 H3)."""
    config = cfg.load(write_config(tmp_path, mail=mail_table(plain_server.port)))
    header = json.dumps({"date": TODAY})
    articles(
        tmp_path,
        **{"a.txt": f"+++ brief-article\n{header}\n+++\n" + textwrap.dedent(BORDER), "b.txt": OIL},
    )
    morning = run(config).briefing
    assert morning is not None
    header = json.dumps({"date": str((NOW - timedelta(days=1)).date())})
    text = f"+++ brief-article\n{header}\n+++\n" + textwrap.dedent(BORDER_EVENING)
    (tmp_path / "inbox" / "c.txt").write_text(text, encoding="utf-8")
    evening = run(config, now=NOW + timedelta(hours=10)).briefing
    assert evening is not None
    late = next(s.number for s in evening.sources if Path(s.path).name == "c.txt")
    border = next(s for s in evening.stories if late in s.sources)
    assert not any(b.new for b in border.bullets)


def test_a_late_article_dated_last_week_is_as_old_as_it_would_have_been_in_the_morning(
    tmp_path: Path, plain_server: Server
) -> None:
    """An arrival since the morning's brief is judged as the morning's articles are: one
    dated days before, alone in its story, is older than the reader's last brief, however
    late it came; its points are not marked new, and no update counts them."""
    config = setup(tmp_path, plain_server)
    morning = run(config).briefing
    assert morning is not None
    header = json.dumps({"date": str((NOW - timedelta(days=7)).date())})
    text = f"+++ brief-article\n{header}\n+++\n" + textwrap.dedent(GRAIN)
    (tmp_path / "inbox" / "c.txt").write_text(text, encoding="utf-8")
    noon = run(config, now=NOW + timedelta(hours=4)).briefing
    assert noon is not None
    late = next(s.number for s in noon.sources if Path(s.path).name == "c.txt")
    assert not any(b.new for s in noon.stories if late in s.sources for b in s.bullets)
    assert not any("new point" in str(m["Subject"]) for m in plain_server.handler.messages)


def test_nothing_in_the_inbox_is_quiet_and_sends_nothing(
    tmp_path: Path, plain_server: Server
) -> None:
    config = cfg.load(write_config(tmp_path, mail=mail_table(plain_server.port)))
    report = run(config)
    assert not report.built and plain_server.handler.messages == []


def test_a_pipe_or_a_broken_link_in_the_inbox_is_said_not_passed_over(
    tmp_path: Path, plain_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    """They had been passed over in silence (r36): a reader of the log wondered where an
    article went."""
    import os

    config = setup(tmp_path, plain_server)
    inbox = tmp_path / "inbox"
    os.mkfifo(inbox / "pipe.txt")
    (inbox / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    report = run(config)
    assert report.built
    assert f"{inbox / 'pipe.txt'}: skipped: not a regular file" in caplog.text
    assert f"{inbox / 'gone.txt'}: skipped: a broken link" in caplog.text


def test_same_name_next_day_and_clash_in_archive_never_overwrite(
    tmp_path: Path, plain_server: Server
) -> None:
    config = setup(tmp_path, plain_server)
    run(config)
    articles(tmp_path, **{"a.txt": GRAIN})
    run(config, now=NOW + timedelta(hours=1))
    assert files(tmp_path / "archive") == [f"{TODAY}/a.1.txt", f"{TODAY}/a.txt", f"{TODAY}/b.txt"]


def test_the_jsons_source_paths_are_where_the_files_are_after_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """r45 M9: the daily JSON named each source by its inbox path, although the run had
    moved it to the archive, and relative to wherever cron started the run. Each path is
    now the archived file's, relative to the JSON's folder: the morning's, a late
    article's beside the ones it rebuilds with, and one a clash renamed."""
    config = cfg.load(write_config(tmp_path, daily='formats = ["json"]'))
    (tmp_path / "archive" / TODAY).mkdir(parents=True)
    (tmp_path / "archive" / TODAY / "b.txt").write_text("Not this one.\n", encoding="utf-8")
    articles(tmp_path, **{"a.txt": BORDER, "b.txt": OIL})
    monkeypatch.chdir(tmp_path.parent)  # the run starts elsewhere
    run(config)
    articles(tmp_path, **{"c.txt": GRAIN})
    run(config, now=NOW + timedelta(hours=2))
    out = tmp_path / "out"
    sources = json.loads((out / f"brief-{TODAY}.json").read_text())["sources"]
    paths = sorted(source["path"] for source in sources)
    assert paths == [f"../archive/{TODAY}/{name}" for name in ("a.txt", "b.1.txt", "c.txt")]
    for source in sources:
        found = out / source["path"]
        assert found.is_file() and archive_module.sha256(found) == source["sha256"]
    assert files(tmp_path / "inbox") == []


def test_unreadable_article_is_set_aside_not_fatal(
    tmp_path: Path, plain_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    config = setup(tmp_path, plain_server)
    (tmp_path / "inbox" / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    report = run(config)
    assert report.built and len(plain_server.handler.messages) == 1
    assert f"{TODAY}/rejected/bad.txt" in files(tmp_path / "archive")
    assert "binary data" in caplog.text
    again = run(config, now=NOW + timedelta(minutes=5))  # the re-run does not pick it up again
    assert not again.built and len(plain_server.handler.messages) == 1


def test_a_file_include_takes_for_no_article_is_set_aside_and_named(
    tmp_path: Path, plain_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    """r61 F12: with `include = ["*.txt"]`, a colleague's report.docx and notes.pdf in the
    inbox had stayed there, run after run, with no word: never briefed, never said. Each
    is set aside once, as an unreadable file is: a warning, a "Files set aside" line,
    rejected/."""
    path = write_config(
        tmp_path,
        mail=mail_table(plain_server.port),
        daily='formats = ["md", "json"]\ninclude = ["*.txt"]',
    )
    articles(tmp_path, **{"a.txt": BORDER, "b.txt": OIL})
    (tmp_path / "inbox" / "report.docx").write_bytes(b"PK\x03\x04 a colleague's report")
    (tmp_path / "inbox" / ".hidden").write_bytes(b"not asked of")
    config = cfg.load(path)
    assert run(config).built
    said = [r.getMessage() for r in caplog.records if "report.docx" in r.getMessage()]
    assert len(said) == 1 and "daily.include (*.txt)" in said[0]
    lines = json.loads((tmp_path / "out" / f"brief-{TODAY}.json").read_text())["set_aside"]
    assert lines == ["report.docx: not taken by daily.include (*.txt)"]
    assert f"{TODAY}/rejected/report.docx" in files(tmp_path / "archive")
    assert files(tmp_path / "inbox") == [".hidden"]
    caplog.clear()
    run(config, now=NOW + timedelta(minutes=5))
    assert "report.docx" not in caplog.text  # named once


def test_a_download_in_progress_is_left_alone_and_include_takes_any_case(
    tmp_path: Path, plain_server: Server
) -> None:
    """A browser's download still being written (b.txt.crdownload) is no file to set aside:
    moved, its final rename fails. "C.TXT" is a "*.txt" article. What is set aside is said
    as what happened, "not taken by daily.include", not "cannot read"."""
    path = write_config(
        tmp_path,
        mail=mail_table(plain_server.port),
        daily='formats = ["md", "json"]\ninclude = ["*.txt"]',
    )
    articles(tmp_path, **{"a.txt": BORDER, "C.TXT": OIL})
    inbox = tmp_path / "inbox"
    partials = ["b.txt.crdownload", "c.txt.download", "d.txt.part", "e.tmp", "f.txt~"]
    for partial in partials:
        (inbox / partial).write_bytes(b"half a download")
    (inbox / "report.docx").write_bytes(b"PK\x03\x04 a colleague's report")
    text = "\n".join(daily.plan(cfg.load(path), now=NOW).lines())
    assert f"{TODAY}: 2 new article(s) in the inbox" in text and f"{inbox}/C.TXT" in text
    assert f"{inbox}/report.docx: not taken by daily.include (*.txt): would set it aside" in text
    assert "cannot read" not in text
    assert not any(f"{inbox}/{name}" in text for name in partials)
    assert run(cfg.load(path)).built
    assert [p.name for p in inbox.iterdir() if p.suffix in {".docx", ".TXT"}] == []
    assert sorted(p.name for p in inbox.iterdir()) == partials


def test_a_run_reads_each_article_once(
    tmp_path: Path, plain_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    """A run builds twice when the first build shows it must (here, a re-typed copy of
    a sentence sent the day before): each build had read every file again, and said a
    file's warning each time (r47 L3: "dropped 1 unbroken string of 3,000 characters",
    twice a run)."""
    config = setup(tmp_path, plain_server)
    run(config)
    junk = "Q" * 2000
    text = f"""\
    Roads closed as talks stall

    {junk}

    Snow closed the mountain roads on Tuesday, the transport ministry said.

    Talks between the two governments stalled in Geneva again.
    """
    articles(tmp_path, **{"c.txt": text})
    caplog.clear()
    report = run(config, now=TOMORROW)
    assert report.built
    said = [r.getMessage() for r in caplog.records if "unbroken string" in r.getMessage()]
    assert len(said) == 1, said


def test_an_article_in_another_language_is_said_once_a_run(
    tmp_path: Path, plain_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    """r63 14: a later run of the day reads the morning's articles again from the archive
    and builds twice; a French article's "looks like French" had been said at each
    build's segmenting. It is said as the file is read, once a run."""
    config = setup(tmp_path, plain_server)
    french = (
        "Les combats se poursuivent\n\nLes combats se poursuivent à Amdal malgré les"
        " pourparlers, selon des sources locales. Le gouvernement a déclaré que les"
        " négociations continueraient mardi. Les habitants fuient la ville depuis trois jours.\n"
    )
    articles(tmp_path, **{"fr.txt": french})
    run(config)
    articles(
        tmp_path,
        **{"late.txt": "Talks resume\n\nTalks between the two governments resumed in Geneva.\n"},
    )
    caplog.clear()
    run(config, now=NOW + timedelta(hours=6))
    said = [r.getMessage() for r in caplog.records if "looks like French" in r.getMessage()]
    assert len(said) == 1, said


def test_a_guessed_encoding_is_said_once_a_run(
    tmp_path: Path, plain_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    """r51 L3: a cp1252 file's warning reached cron three times in one run: the plan made
    before the lock, the plan made under it, and the build each read the file and said
    it. The build says it; the plans of a run read quietly (a dry run still says it)."""
    config = setup(tmp_path, plain_server)
    text = (
        "Caf\xe9 owners fear for the season\n\nCaf\xe9 owners on the seafront said bookings fell.\n"
    )
    (tmp_path / "inbox" / "cafes.txt").write_bytes(text.encode("cp1252"))
    daily.plan(config, now=NOW)
    planned = [r.getMessage() for r in caplog.records if "not valid UTF-8" in r.getMessage()]
    assert len(planned) == 1, planned
    caplog.clear()
    assert run(config).built
    said = [r.getMessage() for r in caplog.records if "not valid UTF-8" in r.getMessage()]
    assert len(said) == 1, said


def test_the_brief_and_its_mail_list_the_files_set_aside(
    tmp_path: Path, plain_server: Server
) -> None:
    """An empty or binary inbox file, or a page with no article in it, went to rejected/
    with a warning on stderr only: the recipient never knew an article was dropped (r46
    L6). The day's brief (Markdown, JSON) and its mail name each by its archived name,
    with why; a later run of the day still lists them, and one that builds nothing
    records them for the day's next brief."""
    config = setup(tmp_path, plain_server)
    inbox = tmp_path / "inbox"
    (inbox / "empty.txt").write_bytes(b"")
    (tmp_path / "archive" / TODAY / "rejected").mkdir(parents=True)
    (tmp_path / "archive" / TODAY / "rejected" / "empty.txt").write_bytes(b"x")  # a clash
    (inbox / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8"
    )
    run(config)
    lines = json.loads((tmp_path / "out" / f"brief-{TODAY}.json").read_text())["set_aside"]
    assert lines[0] == "empty.1.txt: empty: no text to brief"
    assert len(lines) == 2 and lines[1].startswith("menu.html: ")
    markdown = (tmp_path / "out" / f"brief-{TODAY}.md").read_text(encoding="utf-8")
    assert "## Files set aside" in markdown and "- empty.1.txt: empty: no text to brief" in markdown
    body = plain_server.handler.messages[0].get_body(("plain",))
    assert body is not None and "- empty.1.txt: empty: no text to brief" in body.get_content()
    sent_again = digest_from_json((tmp_path / "out" / f"brief-{TODAY}.json").read_bytes(), "", "")
    assert list(sent_again.set_aside) == lines  # `brief send` of the file says it too

    (inbox / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    assert not run(config, now=NOW + timedelta(hours=1)).built  # nothing to brief
    articles(tmp_path, **{"c.txt": GRAIN})
    run(config, now=NOW + timedelta(hours=2))
    later = json.loads((tmp_path / "out" / f"brief-{TODAY}.json").read_text())["set_aside"]
    assert later[:2] == lines and later[2].startswith("bad.txt: binary data")


def test_the_plan_says_which_articles_cannot_be_read_and_the_run_does_that(
    tmp_path: Path, plain_server: Server
) -> None:
    """--dry-run and the run make one plan: an article that cannot be read goes to the
    rejected folder in both, and only in the plan's words beforehand."""
    config = setup(tmp_path, plain_server)
    inbox = tmp_path / "inbox"
    (inbox / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    (inbox / "empty.txt").write_bytes(b"")
    # a brief and a saved feed are no articles either: the plan had called them new
    (inbox / "old-brief.md").write_text(
        "# Geopolitics brief\n\n*Generated 2026-12-01 06:00 UTC · profile: geopolitics ·"
        " ranker: default · 1 source*\n\n- Troops moved. [1:1]"
        "\n\n## Sources\n\n1. Troops — a.txt\n",
        encoding="utf-8",
    )
    (inbox / "feed.txt").write_text(
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title></channel></rss>',
        encoding="utf-8",
    )
    unread = ("bad.txt", "empty.txt", "feed.txt", "old-brief.md")
    text = "\n".join(daily.plan(config, now=NOW).lines())
    rejected = tmp_path / "archive" / TODAY / "rejected"
    for name in unread:
        assert f"cannot read {tmp_path}/inbox/{name} (" in text
        assert f"would archive {tmp_path}/inbox/{name}" not in text
    assert f"would set it aside in {rejected}" in text
    assert f"{TODAY}: 2 new article(s) in the inbox" in text
    report = run(config)
    assert report.built and sorted(p.name for p in report.rejected) == list(unread)
    assert f"{TODAY}/rejected/empty.txt" in files(tmp_path / "archive")


def test_starttls_auth_with_password_from_environment(
    tmp_path: Path, starttls_server: Server, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = f'username = "{USER}"\npassword_env = "BRIEF_TEST_PW"\nca_file = "{ca_file}"\n'
    config = setup(tmp_path, starttls_server, security="starttls", extra=extra)
    monkeypatch.setenv("BRIEF_TEST_PW", PASSWORD)
    run(config)
    assert_complete(tmp_path, starttls_server)
    assert starttls_server.handler.logins == 1


# -- the plan: every check first, and --dry-run says only what is true -------------------------


def test_dry_run_changes_nothing_and_prints_the_plan(tmp_path: Path, plain_server: Server) -> None:
    config = setup(tmp_path, plain_server)
    before = files(tmp_path)
    text = "\n".join(daily.plan(config, now=NOW).lines())
    assert files(tmp_path) == before and plain_server.handler.messages == []
    assert not (tmp_path / "out").exists()
    assert f"would create folder {tmp_path}/out" in text
    assert f"would write {tmp_path}/out/brief-{TODAY}.md" in text
    assert "would queue a message to desk@example.org" in text
    assert f"would archive {tmp_path}/inbox/a.txt to {tmp_path}/archive/{TODAY}" in text
    assert "up to date" not in text


def test_dry_run_says_up_to_date_only_for_outputs_that_exist(
    tmp_path: Path, plain_server: Server
) -> None:
    config = setup(tmp_path, plain_server)
    run(config)
    (tmp_path / "out" / f"brief-{TODAY}.json").unlink()
    text = "\n".join(daily.plan(config, now=NOW + timedelta(hours=1)).lines())
    assert f"up to date: {tmp_path}/out/brief-{TODAY}.md" in text
    assert "json" not in text and "would create" not in text


def test_missing_inbox_fails_the_dry_run_like_the_real_run(tmp_path: Path) -> None:
    """Issue 12.1: the dry run said '0 new articles ... up to date' and exited 0."""
    config = cfg.load(write_config(tmp_path))
    (tmp_path / "inbox").rmdir()
    for attempt in (lambda: daily.plan(config, now=NOW), lambda: run(config)):
        with pytest.raises(NoInputError, match="inbox folder does not exist"):
            attempt()
    assert files(tmp_path) == ["brief.toml"]


def test_unwritable_output_parent_fails_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file where a folder should be")
    path = write_config(tmp_path)
    path.write_text(path.read_text().replace('output = "out"', 'output = "blocker/out"'))
    config = cfg.load(path)
    articles(tmp_path, **{"a.txt": BORDER})
    with pytest.raises(OutputError):
        daily.plan(config, now=NOW)
    with pytest.raises(OutputError):
        run(config)
    assert files(tmp_path / "inbox") == ["a.txt"] and not (tmp_path / "state").exists()


@pytest.mark.parametrize("inbox", ["empty", "busy"])
def test_unset_password_fails_at_once_and_does_no_work(
    tmp_path: Path, starttls_server: Server, monkeypatch: pytest.MonkeyPatch, inbox: str
) -> None:
    """Issue 12.2: the run built, queued and archived, then exited 78; an empty day exited 0."""
    extra = f'username = "{USER}"\npassword_env = "BRIEF_TEST_PW"\n'
    config = setup(tmp_path, starttls_server, security="starttls", extra=extra)
    if inbox == "empty":
        for p in (tmp_path / "inbox").iterdir():
            p.unlink()
    monkeypatch.delenv("BRIEF_TEST_PW", raising=False)
    before = files(tmp_path)
    for attempt in (lambda: daily.plan(config, now=NOW), lambda: run(config)):
        with pytest.raises(ConfigError, match="BRIEF_TEST_PW is not set") as err:
            attempt()
        assert err.value.exit_code == 78
    assert files(tmp_path) == before and starttls_server.handler.logins == 0


def test_missing_password_file_fails_at_once(tmp_path: Path, starttls_server: Server) -> None:
    extra = f'username = "{USER}"\npassword_file = "nowhere/pw"\n'
    config = setup(tmp_path, starttls_server, security="starttls", extra=extra)
    with pytest.raises(ConfigError, match="mail.password_file: cannot read"):
        daily.plan(config, now=NOW)
    with pytest.raises(ConfigError, match="mail.password_file: cannot read"):
        send(config, tmp_path / "inbox" / "a.txt", "a@example.org")
    assert not (tmp_path / "state").exists()


# -- failures --------------------------------------------------------------------------------


def test_lock_held_means_busy(tmp_path: Path, plain_server: Server) -> None:
    config = setup(tmp_path, plain_server)
    (tmp_path / "state").mkdir()
    with open(tmp_path / "state" / "lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(BusyError, match="another brief run holds the lock") as err:
            run(config)
    assert err.value.exit_code == 75 and err.value.path == str(tmp_path / "state" / "lock")
    assert files(tmp_path / "inbox") == ["a.txt", "b.txt"] and files(tmp_path / "out") == []


def test_server_down_keeps_the_message_for_the_next_run(
    tmp_path: Path, plain_server: Server
) -> None:
    config = setup(tmp_path, plain_server)
    plain_server.handler.data_replies = ["421 4.3.2 shutting down"] * 3  # retries = 2
    with pytest.raises(BusyError, match="stay in the outbox"):
        run(config)
    assert files(tmp_path / "inbox") == [] and len(files(tmp_path / "state" / "outbox")) == 1
    run(config, now=NOW + timedelta(minutes=30))
    assert_complete(tmp_path, plain_server)


def test_wrong_password_is_one_login_a_config_error_and_the_mail_waits(
    tmp_path: Path,
    starttls_server: Server,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 12.5: smtplib tried PLAIN then LOGIN, and 'failed for good' said 'stay'."""
    extra = f'username = "{USER}"\npassword_env = "BRIEF_TEST_PW"\nca_file = "{ca_file}"\n'
    config = setup(tmp_path, starttls_server, security="starttls", extra=extra)
    monkeypatch.setenv("BRIEF_TEST_PW", "wrong")
    with pytest.raises(ConfigError) as err:
        run(config)
    assert starttls_server.handler.logins == 1
    assert err.value.exit_code == 78 and "refused the login as brief (535" in str(err.value)
    assert "1 message(s) wait in the outbox" in str(err.value)
    assert len(files(tmp_path / "state" / "outbox")) == 1
    monkeypatch.setenv("BRIEF_TEST_PW", PASSWORD)
    run(config, now=NOW + timedelta(minutes=5))
    assert_complete(tmp_path, starttls_server)


def test_refused_message_is_reported_on_every_run_until_someone_acts(
    tmp_path: Path, plain_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 12.4: after the run that got the 5xx, later runs exited 0 in silence."""
    plain_server.handler.refuse = {"nobody@example.org"}
    config = setup(tmp_path, plain_server, to=("desk@example.org", "nobody@example.org"))
    with pytest.raises(DeliveryError, match="nobody@example.org: 550 5.1.1 no such user"):
        run(config)
    assert [m["To"] for m in plain_server.handler.messages] == ["desk@example.org"]
    [refused] = files(tmp_path / "state" / "failed")
    caplog.clear()
    run(config, now=NOW + timedelta(hours=1))
    assert len(plain_server.handler.messages) == 1 and plain_server.handler.attempts == 1
    [record] = [r for r in caplog.records if "refused earlier" in r.getMessage()]
    assert record.levelno == logging.ERROR and "docs/daily.md" in record.getMessage()
    plan = "\n".join(daily.plan(config, now=NOW + timedelta(hours=2)).lines())
    assert "1 message(s) refused earlier wait in failed/" in plan
    # the documented retry: move it back to the outbox
    plain_server.handler.refuse = set()
    src = tmp_path / "state" / "failed" / refused
    os.replace(src, tmp_path / "state" / "outbox" / "cur" / src.name)
    caplog.clear()
    run(config, now=NOW + timedelta(hours=3))
    assert [m["To"] for m in plain_server.handler.messages][-1] == "nobody@example.org"
    assert "refused earlier" not in caplog.text


STAGES = ["locked", "written", "queued", "saved", "archived", "logged"]


@pytest.mark.parametrize("stage", STAGES)
def test_killed_at_any_stage_rerun_completes_with_one_email(
    tmp_path: Path, plain_server: Server, stage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = setup(tmp_path, plain_server)

    def crash() -> None:
        raise Crash(stage)

    with at_checkpoint(stage, crash), pytest.raises(Crash):
        run(config)
    run(config, now=NOW + timedelta(minutes=10))
    assert_complete(tmp_path, plain_server, emails=1)


def test_killed_mid_archive_loses_nothing(
    tmp_path: Path, plain_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = setup(tmp_path, plain_server)
    real = archive_module.link_or_copy

    def link_then_die(src: Path, dst: Path) -> None:
        real(src, dst)
        raise Crash("after link, before unlink")

    monkeypatch.setattr(archive_module, "link_or_copy", link_then_die)
    with pytest.raises(Crash):
        run(config)
    assert "a.txt" in files(tmp_path / "inbox") and f"{TODAY}/a.txt" in files(tmp_path / "archive")
    monkeypatch.undo()
    run(config, now=NOW + timedelta(minutes=10))
    assert_complete(tmp_path, plain_server, emails=1)


def test_archive_across_file_systems_copies_then_removes(
    tmp_path: Path, plain_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = setup(tmp_path, plain_server)
    real_link = os.link

    def no_cross_device(src: Path, dst: Path) -> None:
        if "inbox" in str(src):
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_link(src, dst)

    monkeypatch.setattr(archive_module.os, "link", no_cross_device)
    run(config)
    monkeypatch.undo()
    assert_complete(tmp_path, plain_server)
    assert (tmp_path / "archive" / TODAY / "a.txt").read_text().startswith("Troops at the border")


def test_killed_between_accept_and_log_resends_with_the_same_message_id(
    tmp_path: Path, plain_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one documented gap (microseconds wide in real life): at-least-once, same ID."""
    config = setup(tmp_path, plain_server)

    def crash() -> None:
        raise Crash("accepted")

    with at_checkpoint("accepted", crash), pytest.raises(Crash):
        run(config)
    run(config, now=NOW + timedelta(minutes=10))
    first, second = plain_server.handler.messages
    assert first["Message-ID"] == second["Message-ID"]


SIGKILL_SCRIPT = """
import os, signal, sys
from datetime import datetime
from pathlib import Path
import brief.daily as daily
from brief import config as cfg
from tests.checkpoints import at_checkpoint

config = cfg.load(Path(sys.argv[1]))
now = datetime.fromisoformat(sys.argv[3])
with at_checkpoint(sys.argv[2], lambda: os.kill(os.getpid(), signal.SIGKILL)):
    daily.run(config, now=now)
"""


@pytest.mark.parametrize("stage", ["queued", "logged"])
def test_sigkilled_process_then_rerun_sends_exactly_one(
    tmp_path: Path, plain_server: Server, stage: str
) -> None:
    config = setup(tmp_path, plain_server)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", SIGKILL_SCRIPT, str(config.path), stage, NOW.isoformat()],
        env=env,
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr.decode()
    assert len(plain_server.handler.messages) == (1 if stage == "logged" else 0)
    # the dead run's lock is gone with it: the next cron run is not blocked
    run(config, now=NOW + timedelta(minutes=10))
    assert_complete(tmp_path, plain_server, emails=1)


# -- the commands, as cron runs them ----------------------------------------------------------

SAMPLES = ROOT / "samples"
EPOCH = str(int(NOW.timestamp()))
cli_runner = CliRunner()


def brief_cli(*args: str, **env: str) -> Result:
    return cli_runner.invoke(app, list(args), env={"SOURCE_DATE_EPOCH": EPOCH, **env})


def test_cli_daily_real_pipeline_is_silent_and_sends_a_pdf_once(
    tmp_path: Path, plain_server: Server
) -> None:
    path = write_config(
        tmp_path, mail=mail_table(plain_server.port), daily='formats = ["pdf", "json"]'
    )
    for name in ("baltic-drills.txt", "grain-corridor.txt"):
        shutil.copy(SAMPLES / name, tmp_path / "inbox" / name)
    first = brief_cli("daily", "--config", str(path))
    assert first.exit_code == 0 and first.output == "", first.output
    second = brief_cli("daily", "--config", str(path))
    assert second.exit_code == 0 and second.output == "", second.output
    [msg] = plain_server.handler.messages
    [pdf] = list(msg.iter_attachments())
    assert pdf.get_content().startswith(b"%PDF")
    body = msg.get_body(("plain",))
    # two stories make a digest: the email opens on its top stories, as the brief does,
    # and shows no bottom line the brief does not
    assert body is not None and "TOP STORIES" in body.get_content()
    assert "BOTTOM LINE" not in body.get_content()
    brief_json = json.loads((tmp_path / "out" / f"brief-{TODAY}.json").read_text())
    assert len(brief_json["sources"]) == 2
    assert files(tmp_path / "archive") == [
        f"{TODAY}/baltic-drills.txt",
        f"{TODAY}/grain-corridor.txt",
    ]


def test_cli_daily_second_run_at_once_exits_75(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    (tmp_path / "state").mkdir()
    with open(tmp_path / "state" / "lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = brief_cli("daily", "--config", str(path))
    assert result.exit_code == 75
    assert result.stderr == f"brief: {tmp_path}/state/lock: another brief run holds the lock\n"


def test_cli_daily_dry_run_prints_the_plan(tmp_path: Path, plain_server: Server) -> None:
    path = write_config(tmp_path, mail=mail_table(plain_server.port))
    articles(tmp_path, **{"a.txt": BORDER})
    result = brief_cli("daily", "--config", str(path), "--dry-run")
    assert result.exit_code == 0
    assert f"would write {tmp_path}/out/brief-{TODAY}.pdf" in result.stdout
    assert "mail: to 127.0.0.1:" in result.stdout and "(no TLS)" in result.stdout
    assert not (tmp_path / "out").exists() and not (tmp_path / "state").exists()


def test_cli_dry_run_of_the_example_config_without_an_inbox_exits_66(tmp_path: Path) -> None:
    """Without feeds nothing fills the inbox: a missing one is an error, as in a real run."""
    example = tmp_path / "brief.toml"
    text = (ROOT / "examples" / "brief.toml").read_text(encoding="utf-8")
    example.write_text(text.split("[[feeds]]", 1)[0], encoding="utf-8")
    result = brief_cli("daily", "--config", str(example), "--dry-run", BRIEF_SMTP_PASSWORD="x")
    assert result.exit_code == 66 and "inbox folder does not exist" in result.stderr
    assert result.stdout == ""


def test_cli_dry_run_with_feeds_would_create_the_inbox(tmp_path: Path) -> None:
    """With feeds the run fills the inbox itself, so it creates it; the dry run says so
    and claims no output that does not exist."""
    example = tmp_path / "brief.toml"
    example.write_bytes((ROOT / "examples" / "brief.toml").read_bytes())
    result = brief_cli("daily", "--config", str(example), "--dry-run", BRIEF_SMTP_PASSWORD="x")
    assert result.exit_code == 0, result.stderr
    assert f"would create folder {tmp_path}/inbox" in result.stdout
    assert "would fetch new articles from https://" in result.stdout
    assert "up to date" not in result.stdout and not (tmp_path / "inbox").exists()


def test_cli_daily_config_error_exits_78(tmp_path: Path) -> None:
    path = write_config(
        tmp_path, mail='host = "smtp.example.org"\nfrom = "b@x.org"\npassword = "x"'
    )
    result = brief_cli("daily", "--config", str(path))
    assert result.exit_code == 78
    assert result.stderr.startswith(f"brief: {path}: mail.password: passwords are never read")


def _close_log_files() -> None:
    for handler in logging.getLogger().handlers[:]:
        if isinstance(handler, logging.FileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()
    logging.getLogger("brief").setLevel(logging.NOTSET)  # add_log_file lowered it


def test_log_file_gets_the_details_stderr_stays_quiet(tmp_path: Path, plain_server: Server) -> None:
    path = write_config(
        tmp_path,
        mail=mail_table(plain_server.port),
        daily='formats = ["md"]\nlog_file = "logs/brief.log"',
    )
    articles(tmp_path, **{"a.txt": BORDER})
    try:
        result = brief_cli("daily", "--config", str(path))
    finally:
        _close_log_files()
    assert result.exit_code == 0 and result.output == ""
    log_text = (tmp_path / "logs" / "brief.log").read_text()
    assert "INFO brief.deliver.flush: sent <brief-" in log_text
    assert f"archived {tmp_path}/inbox/a.txt" in log_text


def test_log_file_stamps_the_wall_clock_and_opens_each_run_with_its_own(
    tmp_path: Path, plain_server: Server
) -> None:
    """r73 F17: a run whose clock SOURCE_DATE_EPOCH fixes (a replay of another week) is
    stamped with the wall clock, when it ran, and opens with a line giving its own
    clock, the day it is a brief of; the next run opens with its own line."""
    path = write_config(
        tmp_path,
        mail=mail_table(plain_server.port),
        daily='formats = ["md"]\nlog_file = "brief.log"',
    )
    articles(tmp_path, **{"a.txt": BORDER})
    try:
        first = brief_cli("daily", "--config", str(path))
        again = brief_cli("daily", "--config", str(path))
    finally:
        _close_log_files()
    assert first.exit_code == 0 and again.exit_code == 0
    lines = (tmp_path / "brief.log").read_text().splitlines()
    opening = f"INFO brief.daily: run for {NOW.astimezone(UTC):%Y-%m-%d %H:%M} UTC (clock fixed by"
    opened = [n for n, line in enumerate(lines) if opening in line]
    assert len(opened) == 2 and opened[0] == 0
    wall = datetime.now(UTC).astimezone().strftime("%Y-%m-%d")
    assert lines[0].startswith(wall) and NOW.strftime("%Y-%m-%d") != wall


def test_log_file_records_failures_too(tmp_path: Path, starttls_server: Server) -> None:
    """Issue 12.3: after runs that exited 78 and 74, the log held only INFO lines."""
    extra = f'username = "{USER}"\npassword_env = "BRIEF_TEST_PW"\n'
    path = write_config(
        tmp_path,
        mail=mail_table(starttls_server.port, security="starttls", extra=extra),
        daily='formats = ["md"]\nlog_file = "brief.log"',
    )
    try:
        unset = brief_cli("daily", "--config", str(path))
    finally:
        _close_log_files()
    assert unset.exit_code == 78
    assert unset.stderr.count("BRIEF_TEST_PW is not set") == 1  # said once on stderr
    log_text = (tmp_path / "brief.log").read_text()
    assert "ERROR brief.daily: run failed (exit 78): " in log_text
    assert "BRIEF_TEST_PW is not set" in log_text


def test_log_file_records_a_refusal(tmp_path: Path, plain_server: Server) -> None:
    plain_server.handler.refuse = {"desk@example.org"}
    path = write_config(
        tmp_path,
        mail=mail_table(plain_server.port),
        daily='formats = ["md"]\nlog_file = "brief.log"',
    )
    articles(tmp_path, **{"a.txt": BORDER})
    try:
        refused = brief_cli("daily", "--config", str(path))
    finally:
        _close_log_files()
    assert refused.exit_code == 74
    assert "ERROR brief.daily: run failed (exit 74): " in (tmp_path / "brief.log").read_text()


def test_cli_send_delivers_and_reports_refused(tmp_path: Path, plain_server: Server) -> None:
    path = write_config(tmp_path, mail=mail_table(plain_server.port))
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    (tmp_path / "brief.json").write_text('{"title": "T", "bottom_line": {"text": "BL"}}')
    ok = brief_cli("send", str(pdf), "--to", "a@example.org", "--config", str(path))
    assert ok.exit_code == 0 and ok.output == ""
    body = plain_server.handler.messages[0].get_body(("plain",))
    assert body is not None and "BOTTOM LINE\r\nBL" in body.get_content()
    plain_server.handler.refuse = {"nobody@example.org"}
    bad = brief_cli(
        "send",
        str(pdf),
        "--to",
        "nobody@example.org",
        "--to",
        "b@example.org",
        "--config",
        str(path),
        "--subject",
        "Brief {{ date }}",
    )
    assert bad.exit_code == 74
    assert "nobody@example.org: 550 5.1.1 no such user" in bad.stderr
    assert "(sent to b@example.org)" in bad.stderr
    assert [str(m["To"]) for m in plain_server.handler.messages] == [
        "a@example.org",
        "b@example.org",
    ]
    assert plain_server.handler.messages[1]["Subject"] == f"Brief {TODAY}"


def test_cli_send_names_a_bad_subject_template_as_a_setting(
    tmp_path: Path, plain_server: Server
) -> None:
    """The same setting may come from --subject or mail.subject: the error names the
    subject template, not a key the user did not write (r56 L13), and nothing is sent."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port))
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    args = ("send", str(pdf), "--to", "a@example.org", "--config", str(path))
    bad = brief_cli(*args, "--subject", "Brief {{ date")
    assert bad.exit_code == 78
    assert bad.stderr.startswith("brief: subject template: unexpected end of template")
    assert "mail.subject" not in bad.stderr
    assert plain_server.handler.messages == []


def send(config: cfg.Config, pdf: Path, *to: str, **kw: Any) -> SendReport:
    kw.setdefault("now", NOW)
    return send_file(pdf, to, config.require_mail(), config.options, **kw)


def test_send_twice_sends_once_unless_forced_or_changed(
    tmp_path: Path, plain_server: Server
) -> None:
    config = cfg.load(write_config(tmp_path, mail=mail_table(plain_server.port)))
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    first = send(config, pdf, "a@example.org")
    again = send(config, pdf, "a@example.org", now=NOW + timedelta(hours=1))
    assert first.sent == ("a@example.org",) and again.sent == () and again.already == first.sent
    assert len(plain_server.handler.messages) == 1
    assert files(tmp_path / "state" / "outbox") == []
    forced = send(config, pdf, "a@example.org", force=True)
    pdf.write_bytes(b"%PDF-1.4 fake, corrected")
    changed = send(config, pdf, "a@example.org")
    assert forced.sent == changed.sent == ("a@example.org",)
    ids = [m["Message-ID"] for m in plain_server.handler.messages]
    assert len(ids) == 3 and len(set(ids)) == 3 and ids[0] == first.message_ids[0]


def test_send_of_a_brief_the_daily_run_mailed_is_not_sent_twice(
    tmp_path: Path, plain_server: Server
) -> None:
    """`brief send` of the very file a daily run had mailed went out again under a new
    Message-ID (a reviewer's): one outbox, one record of which file went to whom. Forced,
    or to someone else, it goes."""
    config = setup(tmp_path, plain_server)
    run(config)
    assert len(plain_server.handler.messages) == 1
    brief_file = tmp_path / "out" / f"brief-{TODAY}.md"
    again = send(config, brief_file, "desk@example.org", now=NOW + timedelta(hours=1))
    assert again.sent == () and again.already == ("desk@example.org",)
    assert len(plain_server.handler.messages) == 1
    other = send(config, brief_file, "chief@example.org", now=NOW + timedelta(hours=1))
    assert other.sent == ("chief@example.org",)
    forced = send(config, brief_file, "desk@example.org", force=True)
    assert forced.sent == ("desk@example.org",) and len(plain_server.handler.messages) == 3


def test_send_of_an_update_says_it_is_one_as_the_daily_mail_did(
    tmp_path: Path, plain_server: Server
) -> None:
    """A later run of the day writes in its JSON which brief it updates (`update_of`, the
    morning's `generated`); `brief send` of that brief reads it, so its subject says
    "(update, ...)" as the daily mail's did, where it had read as the morning's (r74). The
    morning's brief records none."""
    config = setup(tmp_path, plain_server)
    run(config)
    out = tmp_path / "out"
    brief_json = out / f"brief-{TODAY}.json"
    morning = json.loads(brief_json.read_text())
    assert morning["update_of"] is None
    articles(tmp_path, **{"c.txt": BORDER_EVENING})
    run(config, now=NOW + timedelta(hours=10))
    evening = json.loads(brief_json.read_text())
    assert evening["update_of"] == morning["generated"]
    daily_subject = str(plain_server.handler.messages[-1]["Subject"])
    assert "(update, " in daily_subject
    sent = send(config, out / f"brief-{TODAY}.md", "anchor@example.org")
    assert sent.sent == ("anchor@example.org",)
    assert str(plain_server.handler.messages[-1]["Subject"]) == daily_subject


def test_send_killed_after_the_server_took_it_does_not_send_again(
    tmp_path: Path, plain_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = cfg.load(write_config(tmp_path, mail=mail_table(plain_server.port)))
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")

    def crash(self: Outbox, item: Any) -> None:
        raise Crash()

    with monkeypatch.context() as m:
        m.setattr(Outbox, "mark_sent", crash)
        with pytest.raises(Crash):
            send(config, pdf, "a@example.org")
    assert len(files(tmp_path / "state" / "outbox")) == 1  # logged, not yet filed
    rerun = send(config, pdf, "a@example.org")
    assert rerun.sent == () and rerun.already == ("a@example.org",)
    assert len(plain_server.handler.messages) == 1
    assert files(tmp_path / "state" / "outbox") == []
    assert len(files(tmp_path / "state" / "sent")) == 1


def test_send_to_a_server_that_is_down_stays_queued_for_the_rerun(
    tmp_path: Path, plain_server: Server
) -> None:
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))  # bound, not listening: connections are refused
        down = cfg.load(write_config(tmp_path, mail=mail_table(closed.getsockname()[1])))
        with pytest.raises(BusyError, match="1 message\\(s\\) stay in the outbox"):
            send(down, pdf, "a@example.org")
    assert len(files(tmp_path / "state" / "outbox")) == 1
    up = cfg.load(write_config(tmp_path, mail=mail_table(plain_server.port)))
    assert send(up, pdf, "a@example.org").sent == ("a@example.org",)
    assert len(plain_server.handler.messages) == 1
    assert files(tmp_path / "state" / "outbox") == []


HOLD_SCRIPT = """
import sys, time
from pathlib import Path
from brief.cli import main
from tests.checkpoints import at_checkpoint

marker, release = Path(sys.argv[1]), Path(sys.argv[2])
def hold():
    marker.touch()
    while not release.exists():
        time.sleep(0.02)
sys.argv = ["brief", "daily", "--config", sys.argv[3]]
with at_checkpoint("locked", hold):
    main()
"""


def test_two_processes_at_once_the_second_exits_75_and_one_email_goes_out(
    tmp_path: Path, plain_server: Server
) -> None:
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md"]')
    shutil.copy(SAMPLES / "baltic-drills.txt", tmp_path / "inbox")
    marker, release = tmp_path / "locked", tmp_path / "release"
    first = subprocess.Popen(
        [sys.executable, "-c", HOLD_SCRIPT, str(marker), str(release), str(path)],
        env={**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": EPOCH},
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(1500):
            if marker.exists() or first.poll() is not None:
                break
            time.sleep(0.02)
        assert marker.exists(), first.communicate()[1].decode()
        second = brief_cli("daily", "--config", str(path))
        assert second.exit_code == 75
        assert "another brief run holds the lock (pid" in second.stderr
    finally:
        release.touch()
        out, err = first.communicate(timeout=120)
    assert first.returncode == 0 and out == b"" and err == b"", err.decode()
    assert len(plain_server.handler.messages) == 1


# -- stories across days (hand-built stories on real briefings, until the pipeline groups) ----

BORDER_REWRITE = """\
    Northern border troops

    The defence ministry said troops at the northern border stayed on alert on Tuesday.

    Talks between the two governments in Geneva may resume, the ministry said.
    """


def briefing_of(tmp_path: Path, **texts: str) -> Briefing:
    folder = tmp_path / f"articles-{len(list(tmp_path.glob('articles-*')))}"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return build([str(folder / name) for name in texts], Options(now=NOW))


def with_stories(b: Briefing, *stories: tuple[str, str, tuple[int, ...]]) -> Briefing:
    """Stories as the stories stage would give them: id, title, sources, their bullets."""
    made = []
    for story_id, title, sources in stories:
        own = tuple(x for s in b.sections for x in s.bullets if x.source in sources)
        made.append(Story(story_id, title, sources, len(sources), "other", own))
    return dataclasses.replace(b, stories=tuple(made))


def remember(b: Briefing, state: State, day: str) -> tuple[Briefing, State]:
    marked, records = recognition.recognise(b, state, day)
    built = DayRecord(sentences=tuple(already_sent.bullet_keys(marked)), built=f"{day}T06:00:00")
    return marked, state.with_stories(records).with_day(day, built)


def test_first_brief_leaves_story_status_unset_and_remembers_them(tmp_path: Path) -> None:
    b = with_stories(
        briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL}),
        ("s-border", "Troops at the border", (1,)),
        ("s-oil", "Oil", (2,)),
    )
    marked, state = remember(b, State(), "2026-11-24")
    assert [(s.id, s.status, s.since) for s in marked.stories] == [
        ("s-border", None, None),
        ("s-oil", None, None),
    ]
    assert state.stories["s-border"].first_seen == "2026-11-24"
    assert state.stories["s-border"].keys and state.stories["s-border"].signature


MARCH_ROUTE = """\
    Dockworkers to march in Porto Velha on Thursday over unpaid wages

    Thousands of dockworkers are expected to march in Porto Velha on Thursday to demand two\
 months of unpaid wages.

    The march will start at Largo do Carmo at 09:00 and follow Avenida Marginal to the\
 harbour office, organisers said.

    The Velha Dockers Guild said the march would be peaceful.

    Traffic police said roads along the route would be closed for most of the day.
    """

MARCH_PLAN = """\
    Traffic plan for the Porto Velha dockworkers' march

    The Porto Velha traffic police announced the route of the dockworkers' march planned for\
 Thursday.

    Marchers will gather at Largo do Carmo at 09:00 and walk along Rua Tavares to the harbour\
 office.

    Rua Tavares will be closed to traffic between the Carmo and the fish market from 08:00 to\
 15:00.

    Commander Ilda Ferraz said 900 police officers would be deployed along the route.
    """

FERRY_FARES = """\
    Ferry fares rise on the Ilhas route

    The Ilhas ferry company raised its fares by 8 percent on Wednesday, citing fuel costs.

    Passengers on the Ilhas route will pay the new fares from Monday.
    """

MARCH_END = """\
    Porto Velha dockworkers' march passes off peacefully

    Several thousand dockworkers marched through central Porto Velha on Thursday to demand\
 unpaid wages, in a protest that ended peacefully at the Alfandega Press Club.

    No injuries or arrests were reported, police said.

    Labour Minister Rosa Quintela said the wages would be paid by the end of the month.

    The road was reopened to traffic at 14:30.
    """


def test_a_story_told_from_another_angle_the_next_day_is_known_by_what_happened(
    tmp_path: Path,
) -> None:
    """The route and the police's plan of a march, then its peaceful end and a minister's
    promise: each day's twelve most telling terms are its own angle's (the streets and the
    commander; the minister and the press club), and they share only the city and the
    dockworkers. The wages, the road and the peace the end tells are words of what happened
    of the day before, and the march continues (r71 F5: the Karachi march was "new" the
    morning after the brief that announced it)."""
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": MARCH_ROUTE, "b.txt": MARCH_PLAN, "c.txt": FERRY_FARES}),
        ("s-march", "Dockworkers to march", (1, 2)),
        ("s-ferry", "Ferry fares rise", (3,)),
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = with_stories(briefing_of(tmp_path, **{"d.txt": MARCH_END}), ("fresh", "March", (1,)))
    marked, _ = remember(day2, state, "2026-11-25")
    assert [(s.id, s.status, s.since) for s in marked.stories] == [
        ("s-march", "developing", "2026-11-24")
    ]


@pytest.mark.parametrize(
    ("follow_up", "why"),
    [
        (BORDER_FOLLOW_UP, "a shared sentence"),
        (BORDER_REWRITE, "its names and terms"),
        (BORDER, "the same article republished"),
    ],
)
def test_a_continued_story_keeps_its_id_and_is_developing(
    tmp_path: Path, follow_up: str, why: str
) -> None:
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL}),
        ("s-border", "Troops at the border", (1,)),
        ("s-oil", "Oil", (2,)),
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = with_stories(
        briefing_of(tmp_path, **{"c.txt": follow_up, "d.txt": GRAIN}),
        ("fresh-1", "Border", (1,)),
        ("fresh-2", "Grain ships sail", (2,)),
    )
    marked, state = remember(day2, state, "2026-11-25")
    continued, started = marked.stories
    assert (continued.id, continued.status, continued.since) == (
        "s-border",
        "developing",
        "2026-11-24",
    ), why
    assert (started.id, started.status, started.since) == ("fresh-2", "new", None)
    assert state.stories["s-border"].last_seen == "2026-11-25"
    assert state.stories["s-border"].first_seen == "2026-11-24"


def test_days_and_months_are_no_part_of_a_storys_signature(tmp_path: Path) -> None:
    """Capitalised by convention, not as names: any two stories of a week share them."""
    text = """\
        Assembly vote

        On Monday the Assembly in Geneva voted on the Interpol plan, and on Tuesday in May
        the Assembly met again in Geneva to debate the Interpol plan on Monday.
        """
    b = with_stories(briefing_of(tmp_path, **{"a.txt": text}), ("s", "Assembly vote", (1,)))
    sig = recognition.signature(b, b.stories[0])
    assert "geneva" in sig and not {"monday", "tuesday", "may"} & set(sig)


def test_a_signature_reads_a_name_with_or_without_its_accents(tmp_path: Path) -> None:
    """EFE writes Cuyuní and Brasília, Reuters Cuyuni and Brasilia: one river, one term."""
    accented = (
        "Ambush on the Cuyuní\n\nGunmen fired on a patrol on the Cuyuní river near Brasília.\n"
    )
    plain = "Ambush on the Cuyuni\n\nGunmen fired on a patrol on the Cuyuni river near Brasilia.\n"
    b = briefing_of(tmp_path, **{"a.txt": accented, "b.txt": plain})
    b = with_stories(b, ("s1", "Ambush on the Cuyuní", (1,)), ("s2", "Ambush on the Cuyuni", (2,)))
    assert recognition.signature(b, b.stories[0]) == recognition.signature(b, b.stories[1])


def test_a_signature_reads_a_clipping_as_the_word_it_stands_for(tmp_path: Path) -> None:
    """One day's "quake" is the next day's "earthquake", and a "walkout" the strike."""
    clipped = "Quake in Varnhold\n\nA quake and two tremors hit Varnhold; a walkout began.\n"
    full = "Earthquake in Varnhold\n\nAn earthquake hit Varnhold, and dockers went on strike.\n"
    b = briefing_of(tmp_path, **{"a.txt": clipped, "b.txt": full})
    b = with_stories(b, ("s1", "Quake in Varnhold", (1,)), ("s2", "Earthquake in Varnhold", (2,)))
    first, second = (set(recognition.signature(b, story)) for story in b.stories)
    assert {"earthquak", "strike"} <= first & second and "quak" not in first


QUAKE_AT_ORVANO = """\
    Quake kills nine in Orvano

    A magnitude 6.3 quake struck the Orvano valley of Tarvia, killing nine people in the
    town of Pelquen, governor Marta Quillan said.

    Quillan said rescuers were searching the rubble of a school in Pelquen.
    """
EARTHQUAKE_AT_ORVANO = """\
    Orvano earthquake toll rises to 17

    Rescuers pulled eight more bodies from a school in Pelquen, raising the toll of the
    earthquake in the Orvano valley of Tarvia to 17, governor Marta Quillan said.

    Quillan said tremors kept families of Pelquen in tents.
    """
EARTHQUAKE_AT_SELVANA = """\
    Earthquake kills four in Selvana

    A magnitude 5.8 earthquake struck the Selvana highlands of Morovia, killing four
    people in the town of Cotaga, mayor Edwin Chuqui said.

    Chuqui said rescuers were searching the rubble of homes in Cotaga.
    """


@pytest.mark.parametrize(
    ("day2", "expected"),
    [(EARTHQUAKE_AT_ORVANO, ("s-quake", "developing")), (EARTHQUAKE_AT_SELVANA, ("fresh", "new"))],
)
def test_an_earthquake_continues_the_quake_it_is_not_another(
    tmp_path: Path, day2: str, expected: tuple[str, str]
) -> None:
    """Yesterday's "quake" is today's "earthquake" where its names are; another country's
    earthquake, its own names and magnitude, is another story."""
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": QUAKE_AT_ORVANO}), ("s-quake", "Quake", (1,))
    )
    _, state = remember(day1, State(), "2026-11-24")
    today = with_stories(briefing_of(tmp_path, **{"b.txt": day2}), ("fresh", "Earthquake", (1,)))
    marked, _ = remember(today, state, "2026-11-25")
    assert (marked.stories[0].id, marked.stories[0].status) == expected


TROOPS_AT_VELMA = """\
    Kordavia moves troops to Velmara border

    Kordavia has moved 4,000 troops and armoured vehicles to bases near the Velmaran
    border, Velmara's defence ministry said, as Prime Minister Aino Talvik called allies.

    Talvik said columns of tanks were seen near Oskovo, and Kordavian President Dmitri
    Voronel's spokesman said the troops were on exercises.

    Talvik told reporters that Velmara would not be intimidated by the Kordavian tanks.
    """
CYBER_AT_VELMA = """\
    Hackers knock Velmara's banks offline

    A cyber attack knocked the websites of Velmara's banks and tax office offline,
    Prime Minister Aino Talvik said, blaming hackers loyal to Kordavia.

    Talvik said card payments worked, and Kordavian President Dmitri Voronel's embassy
    denied that Kordavia's hackers were behind the attack.

    The hackers claimed the attack on a messaging channel, and Talvik told Velmara's
    banks to check their websites.
    """


def test_shared_names_alone_do_not_continue_a_story(tmp_path: Path) -> None:
    """A cyber attack on a country's banks names its prime minister and its neighbour's
    president as yesterday's troop build-up did: another event, a new story."""
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": TROOPS_AT_VELMA}), ("s-troops", "Troops", (1,))
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = with_stories(
        briefing_of(tmp_path, **{"b.txt": CYBER_AT_VELMA}), ("fresh", "Hackers", (1,))
    )
    marked, _ = remember(day2, state, "2026-11-25")
    assert (marked.stories[0].id, marked.stories[0].status) == ("fresh", "new")
    assert state.stories["s-troops"].events


MUTINY_IN_THE_COUNTRY = """\
    Lesotho says it foiled an army mutiny

    Lesotho's government said on Sunday it had foiled a mutiny by soldiers who tried to
    take over the state broadcaster before dawn.

    The broadcaster was back on air by noon, and eleven officers were held, the
    government said.
    """
MUTINY_IN_THE_CAPITAL = """\
    Regional envoys arrive in Maseru after foiled mutiny

    Envoys of the regional bloc arrived in Maseru on Monday, two days after the foiled
    mutiny at the broadcaster.

    The envoys will meet ministers and union leaders during a three-day visit.
    """
FLOODS_IN_THE_CAPITAL = """\
    Floods cut roads around Maseru

    Heavy rain flooded roads and a bridge around Maseru on Monday, and the disaster agency
    said two families were rescued from their roofs.

    Schools stayed shut as the river kept rising, the agency said.
    """


@pytest.mark.parametrize(
    ("day2", "expected"),
    [
        (MUTINY_IN_THE_CAPITAL, ("s-mutiny", "developing")),
        (FLOODS_IN_THE_CAPITAL, ("fresh", "new")),
    ],
)
def test_naming_the_capital_is_naming_its_country(
    tmp_path: Path, day2: str, expected: tuple[str, str]
) -> None:
    """Yesterday's mutiny told by the country's name is today's told from its capital;
    another event in that capital is not the mutiny for the country both name."""
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": MUTINY_IN_THE_COUNTRY}), ("s-mutiny", "Mutiny", (1,))
    )
    _, state = remember(day1, State(), "2026-11-24")
    today = with_stories(briefing_of(tmp_path, **{"b.txt": day2}), ("fresh", "Envoys", (1,)))
    marked, _ = remember(today, state, "2026-11-25")
    assert (marked.stories[0].id, marked.stories[0].status) == expected


SHOAL_STANDOFF = """\
    Coast guard says water cannon fired near Karang Lintas shoal

    The Tarvian coast guard said a Morovian vessel fired a water cannon at its supply boat
    Bintang Laut near the Karang Lintas shoal, injuring two crew members.

    Commodore Ruel Dimaano said the Bintang Laut was carrying food to fishermen at Karang
    Lintas when two Morovian ships blocked it.
    """
SHOAL_OPINION = """\
    Opinion | Tarvia must stop treating Karang Lintas as a test of patience

    Every few months the same scene is replayed near the Karang Lintas shoal: a small
    Tarvian boat, a larger Morovian ship, a water cannon and a statement.

    This week's attack on the Bintang Laut should be the last one Tarvia answers with
    statements alone, and the fishermen of Karang Lintas deserve more than sympathy.
    """


def test_a_commentary_does_not_take_the_id_of_the_story_it_discusses(tmp_path: Path) -> None:
    """An op-ed on yesterday's standoff, alone in today's mail, is its own item: it
    comments on the story and reports no development of it."""
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": SHOAL_STANDOFF}), ("s-shoal", "Standoff", (1,))
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = with_stories(briefing_of(tmp_path, **{"b.txt": SHOAL_OPINION}), ("fresh", "Op-ed", (1,)))
    marked, _ = remember(day2, state, "2026-11-25")
    assert (marked.stories[0].id, marked.stories[0].status) == ("fresh", "new")


KENYA_BUDGET = """\
    Kenya budget

    Kenya's finance minister Njuguna Mbatia presented the national budget to parliament
    in Nairobi, saying the government would cut spending.

    The opposition said the budget would raise taxes on fuel.

    Mbatia told parliament the government expected growth of 5 percent.
    """
GHANA_BUDGET = """\
    Ghana budget

    Ghana's finance minister Kofi Asante presented the national budget to parliament in
    Accra, saying the government would raise spending on roads.

    The opposition said the budget would raise taxes on phones.

    Asante told parliament the government expected growth of 4 percent.
    """
KENYA_STRIKE = """\
    Kenyan teachers strike over pay

    Teachers across Kenya walked out of classrooms, defying the education minister's order
    to return to work.

    The teachers' union said the government's offer was an insult, and parliament's
    education committee summoned the union's leaders to Nairobi.
    """
NEWSROOM_LINE = "\n    Reporting by the regional desk of the Daily Courier in the capital.\n"


@pytest.mark.parametrize(
    ("day1_texts", "day2_text", "why"),
    [
        ((KENYA_BUDGET,), GHANA_BUDGET, "a field's common words, not its names"),
        ((KENYA_BUDGET,), KENYA_STRIKE, "a common word's possessive is no rarer"),
        ((BORDER + NEWSROOM_LINE, OIL + NEWSROOM_LINE), GRAIN + NEWSROOM_LINE, "a house line"),
    ],
)
def test_a_look_alike_or_a_house_line_does_not_continue_a_story(
    tmp_path: Path, day1_texts: tuple[str, ...], day2_text: str, why: str
) -> None:
    """Another country's budget shares "minister", "budget" and "parliament": rare words
    and names tell a story, common ones do not. A sentence several stories share (an
    outlet's credit line) proves none of them continued."""
    day1 = briefing_of(tmp_path, **{f"{n}.txt": t for n, t in enumerate(day1_texts)})
    day1 = with_stories(
        day1, *((f"s{n}", f"Story {n}", (n,)) for n in range(1, len(day1_texts) + 1))
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = with_stories(briefing_of(tmp_path, **{"x.txt": day2_text}), ("fresh", "Today", (1,)))
    marked, _ = remember(day2, state, "2026-11-25")
    assert [(s.id, s.status) for s in marked.stories] == [("fresh", "new")], why


def test_a_signature_keeps_its_rarities_and_an_older_one_still_matches(tmp_path: Path) -> None:
    day1 = with_stories(briefing_of(tmp_path, **{"a.txt": BORDER}), ("s-border", "Border", (1,)))
    _, state = remember(day1, State(), "2026-11-24")
    record = state.stories["s-border"]
    assert len(record.weights) == len(record.signature) and min(record.weights) > 0
    path = tmp_path / "state.json"
    saved.save(path, state, "2026-11-24")
    assert saved.load(path) == state
    older = State(state.briefs, {"s-border": dataclasses.replace(record, weights=())})
    day2 = with_stories(
        briefing_of(tmp_path, **{"c.txt": BORDER_REWRITE}), ("fresh", "Border", (1,))
    )
    marked, _ = remember(day2, older, "2026-11-25")
    assert [(s.id, s.status) for s in marked.stories] == [("s-border", "developing")]


DAM_BREACH = """\
    Dam breach floods Varenna valley

    The Corvel dam on the Lisna river burst on Monday, flooding six villages in the Varenna
    valley, the regional governor said.

    Rescue crews evacuated 4,000 residents from the Varenna valley as the Lisna river rose.
    """
DAM_CREWS = """\
    Lisna river keeps rising below the Corvel dam

    Engineers said the Corvel dam had shown cracks for a year before it burst.

    The Lisna river rose another metre overnight in the Varenna valley.
    """
DAM_SHELTERS = """\
    Shelters fill as Varenna valley floods

    Schools in the Varenna valley opened as shelters after the Corvel dam burst.

    The regional governor said the Lisna river had never risen so fast.
    """
AID_ARREST = """\
    Aid worker held in Tormund on smuggling charge

    Police in Tormund detained an aid worker on a smuggling charge on Sunday.

    Her charity said the aid worker had been carrying medicine for the flooded villages.
    """
DAM_INQUIRY = """\
    Inquiry opens into Corvel dam collapse

    The regional governor opened an inquiry on Tuesday into why the Corvel dam on the Lisna
    river burst.

    Families returned to two villages of the Varenna valley as the Lisna river fell.
    """


def test_a_remembered_story_goes_to_what_it_is_about_not_to_one_members_words(
    tmp_path: Path,
) -> None:
    """Yesterday's story of several reports held one of another event (an aid worker's
    arrest filed under a dam's collapse). Today that report, republished, shares its
    sentences with it, and the dam's own news shares none: the id goes to the story that
    holds what the remembered one is about, and the arrest is new, not "developing" as the
    dam story (r72 F2)."""
    day1 = with_stories(
        briefing_of(
            tmp_path,
            **{"a.txt": DAM_BREACH, "b.txt": DAM_CREWS, "c.txt": DAM_SHELTERS, "d.txt": AID_ARREST},
        ),
        ("s-dam", "Dam breach floods Varenna valley", (1, 2, 3, 4)),
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = with_stories(
        briefing_of(tmp_path, **{"e.txt": AID_ARREST, "f.txt": DAM_INQUIRY}),
        ("x-arrest", "Aid worker held in Tormund on smuggling charge", (1,)),
        ("x-inquiry", "Inquiry opens into Corvel dam collapse", (2,)),
    )
    marked, _ = remember(day2, state, "2026-11-25")
    arrest, inquiry = marked.stories
    assert (inquiry.id, inquiry.status, inquiry.since) == ("s-dam", "developing", "2026-11-24")
    assert (arrest.id, arrest.status, arrest.since) == ("x-arrest", "new", None)


TRAWLER_SEIZED = """\
    Ostrava Bay seizure: Kelmar holds Dunlin trawler crew

    Kelmar's coast guard seized the Dunlin trawler Heron Star in Ostrava Bay on Monday and
    detained its nine fishermen, accusing them of spying on naval berths at Port Savik.

    Dunlin recalled its ambassador from Kelmar in protest at the seizure.
    """
TRAWLER_CONSULS = """\
    Dunlin demands consular access to Heron Star fishermen

    Dunlin's foreign ministry demanded consular access to the nine Heron Star fishermen
    held at Port Savik, calling the spying charge absurd.

    Kelmar said the fishermen of the Heron Star would stay in custody during the inquiry.
    """
MEROVIAN_HELD = """\
    Merovian trucker held in Vell on tobacco smuggling charge

    A Merovian trucker was detained at the Vell checkpoint and charged with smuggling
    tobacco into Kelmar, prosecutors in Vell said.

    Merovia's consul asked to see the trucker held in Vell.
    """
TRAWLER_SWAP = """\
    Heron Star fishermen freed in Kelmar-Dunlin swap

    Kelmar freed the nine fishermen of the Dunlin trawler Heron Star on Wednesday in an
    exchange for two Kelmari sailors held in Dunlin, both foreign ministries said.

    The Heron Star fishermen crossed from Port Savik by boat after the spying charge was
    dropped.
    """
TRAWLER_SWAP_DUNLIN = """\
    Dunlin welcomes release of Heron Star crew

    Dunlin's foreign minister welcomed the release of the Heron Star fishermen seized in
    Ostrava Bay and said the ambassador would return to Kelmar.

    The swap was brokered in talks at Port Savik, the minister said.
    """
TRAWLER_SWAP_KELMAR = """\
    Kelmar says Heron Star crew confessed before swap

    Kelmar's coast guard said the Heron Star fishermen had confessed to photographing
    naval berths at Port Savik before they were exchanged.

    Dunlin called the confession forced.
    """
MEROVIAN_BEATEN = """\
    Merovia says trucker held in Vell was beaten

    Merovia's foreign ministry said the Merovian trucker detained at the Vell checkpoint
    on a tobacco smuggling charge had been beaten in custody, which Kelmar denied.

    The Merovian consul saw the trucker in Vell on Wednesday.
    """
BAY_QUEUE = """\
    Fishing boats queue at Ostrava Bay checkpoint

    Dozens of Dunlin fishing boats queued at the Ostrava Bay checkpoint on Monday as
    Kelmar's coast guard inspected every vessel after the Heron Star seizure.

    Fishermen said they had waited two days to reach their grounds.
    """


def test_a_story_keeps_the_id_of_what_most_of_its_reports_continue(tmp_path: Path) -> None:
    """Yesterday: a trawler's crew seized (two reports) and a trucker held (one). Today the
    stories stage joins the trucker's news to the swap's three reports. The swap is the
    seizure's story, as three of its four reports continue it, though its trucker report,
    read alone, holds more of the trucker's signature than any report holds of the
    seizure's; and a one-report straggler of the queue the seizure caused takes neither
    id, left over: it continues most the story the swap took (r74 F6, F11: a prisoner
    exchange had taken a one-source detainee's id, and a lorry queue the crisis's)."""
    day1 = with_stories(
        briefing_of(
            tmp_path,
            **{"a.txt": TRAWLER_SEIZED, "b.txt": TRAWLER_CONSULS, "c.txt": MEROVIAN_HELD},
        ),
        ("s-trawler", "Ostrava Bay seizure: Kelmar holds Dunlin trawler crew", (1, 2)),
        ("s-trucker", "Merovian trucker held in Vell on tobacco smuggling charge", (3,)),
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = with_stories(
        briefing_of(
            tmp_path,
            **{
                "d.txt": TRAWLER_SWAP,
                "e.txt": TRAWLER_SWAP_DUNLIN,
                "f.txt": TRAWLER_SWAP_KELMAR,
                "g.txt": MEROVIAN_BEATEN,
                "h.txt": BAY_QUEUE,
            },
        ),
        ("x-swap", "Heron Star fishermen freed in Kelmar-Dunlin swap", (1, 2, 3, 4)),
        ("x-queue", "Fishing boats queue at Ostrava Bay checkpoint", (5,)),
    )
    marked, later = remember(day2, state, "2026-11-25")
    swap, queue = marked.stories
    assert (swap.id, swap.status, swap.since) == ("s-trawler", "developing", "2026-11-24")
    assert (queue.id, queue.status) == ("x-queue", "new")
    # the day's rebuild: the queue, new this morning, is new in every brief of the day,
    # whatever else of an earlier day it meets (r74: a joint statement new in the
    # morning had been "developing since" the day before in the update)
    again, _ = remember(day2, later, "2026-11-25")
    assert [(s.id, s.status) for s in again.stories] == [
        ("s-trawler", "developing"),
        ("x-queue", "new"),
    ]
    told = later.stories["x-queue"]
    older = dataclasses.replace(state.stories["s-trucker"], section="diplomacy")
    assert recognition._continued(told, [told, older], "2026-11-25")[1] == "2026-11-25"
    assert recognition._continued(older, [older, told], "2026-11-25")[1] == "2026-11-24"


FERRY_INTERVIEW = """\
    "We will sail when the crews are paid": ferry union leader on the stoppage

    Ilse Moravec leads the ferry crews' union at Kettlewick harbour.

    Q: How long can the crews hold out?

    "As long as it takes," Moravec said.
    """

FERRY_LATE = """\
    Kettlewick ferry crews back at work after pay offer

    Ferry crews at Kettlewick harbour returned to work on Tuesday evening after the operator
    raised its pay offer, the union said.
    """


def test_a_story_the_mornings_brief_told_keeps_its_status_in_the_update(
    tmp_path: Path,
) -> None:
    """A story the day's earlier brief told, told again by the day's rebuild with no
    report since, is what that brief called it: an interview "developing since" the
    day before in the morning's mail had been "new" in the evening's update, a late
    story having taken the id the interview held in the morning (r77 F17). A story a
    late report joins tells the morning's story again, with news, under its id (s72)."""
    day1, day2 = "2026-11-24", "2026-11-25"
    morning = briefing_of(tmp_path, **{"i.txt": FERRY_INTERVIEW})
    sha = morning.sources[0].sha256
    # the morning's brief told the interview as the stoppage's story of day 1 (its id)
    told = saved.ToldStory(id="s-stoppage", title="Ferry stoppage", section="other", sources=(sha,))
    state = State(
        briefs={day2: DayRecord(inputs=(sha,), built=f"{day2}T06:00:00", told=(told,))},
        stories={
            "s-stoppage": StoryRecord(
                "s-stoppage", "Ferry stoppage", day1, day2, ("nothing-shared",), ("orchard",)
            )
        },
    )
    rebuild = with_stories(
        briefing_of(tmp_path, **{"i.txt": FERRY_INTERVIEW}), ("x-int", "Interview", (1,))
    )
    marked, records = recognition.recognise(rebuild, state, day2)
    (story,) = marked.stories
    assert (story.status, story.since) == ("developing", day1)
    assert records[story.id].first_seen == day1
    # a late report joins it: the story keeps the id the morning told it under, though
    # its signature meets nothing remembered here, and that story's first day with it
    # (it had been "new", with an id of its own)
    joined = with_stories(
        briefing_of(tmp_path, **{"i.txt": FERRY_INTERVIEW, "l.txt": FERRY_LATE}),
        ("x-int", "Interview", (1, 2)),
    )
    (story,) = recognition.recognise(joined, state, day2)[0].stories
    assert (story.id, story.status, story.since) == ("s-stoppage", "developing", day1)
    # the day's first brief: nothing told today to keep
    first = State(briefs={day1: DayRecord(built=f"{day1}T06:00:00")}, stories=state.stories)
    (story,) = recognition.recognise(rebuild, first, day2)[0].stories
    assert story.status == "new"


def test_a_story_the_mornings_brief_told_keeps_its_id_in_the_update(tmp_path: Path) -> None:
    """recognise, on a later run of the day: a story that tells again one the day's
    earlier brief told (late.continued_told) keeps that story's id first, and no other
    story of the rebuild takes an id that brief gave. The trial's update had told two
    stories under one id: keep_told had restored the morning's interview under the id it
    was told with (the day-1 strike's), and a late deal story, whose reports repeat the
    strike's sentences, took that id too (s72). A story a late article starts is matched
    against the other remembered stories, as on any day."""
    day1, day3 = "2026-11-23", "2026-11-25"
    strike = with_stories(
        briefing_of(tmp_path, **{"a.txt": DOCK_STRIKE, "g.txt": GRAIN}),
        ("x-strike", "Dock workers strike at Varnholm port", (1,)),
        ("x-grain", "Grain ships sail", (2,)),
    )
    _, state = remember(strike, State(), day1)
    texts = {"c.txt": DOCKER_INTERVIEW, "d.txt": DOCK_DEAL, "e.txt": DOCK_OFFER}
    rebuild = briefing_of(tmp_path, **texts)
    shas = [source.sha256 for source in rebuild.sources]
    told = saved.ToldStory(id="x-strike", title="Interview", section="other", sources=(shas[0],))
    morning = DayRecord(inputs=(shas[0],), built=f"{day3}T06:00:00", told=(told,))
    state = state.with_day(day3, morning)
    rebuild = with_stories(rebuild, ("x-strike", "Interview", (1,)), ("x-deal", "Deal", (2, 3)))
    # the deal story alone meets the strike (before the morning's brief, it would take
    # its id: the check that it meets it at all)
    earlier = State(briefs={day1: state.briefs[day1]}, stories=state.stories)
    assert [s.id for s in recognition.recognise(rebuild, earlier, day3)[0].stories][1] == "x-strike"
    marked, records = recognition.recognise(rebuild, state, day3)
    interview, deal = marked.stories
    assert (interview.id, interview.status, interview.since) == ("x-strike", "developing", day1)
    assert deal.id != "x-strike" and deal.status == "new"
    assert set(records) == {interview.id, deal.id}
    assert records["x-strike"].title == "Interview"


def test_a_remembered_story_is_matched_once_and_a_same_day_rebuild_keeps_its_id_and_new(
    tmp_path: Path,
) -> None:
    """A story the morning's mail told first is the same story in the evening's rebuild
    (its id), and new there too, as it is new today: the update had called it "developing
    since" that same day (r61 F20)."""
    day1 = with_stories(briefing_of(tmp_path, **{"a.txt": OIL}), ("s-oil", "Oil", (1,)))
    _, state = remember(day1, State(), "2026-11-24")
    morning = with_stories(briefing_of(tmp_path, **{"g.txt": GRAIN}), ("s-grain", "Grain", (1,)))
    _, state = remember(morning, state, "2026-11-25")
    rebuild = with_stories(
        briefing_of(
            tmp_path, **{"g.txt": GRAIN, "h.txt": GRAIN.replace("Grain ships sail", "Ships")}
        ),
        ("x1", "Grain", (1,)),
        ("x2", "Grain again", (2,)),
    )
    marked, _ = remember(rebuild, state, "2026-11-25")
    statuses = sorted((s.id, s.status, s.since) for s in marked.stories)
    assert ("s-grain", "new", None) in statuses  # told first by this morning's mail
    assert len({s.id for s in marked.stories}) == 2  # the other copy is not given the same id
    other = next(s for s in marked.stories if s.id != "s-grain")
    assert (other.status, other.since) == ("new", None)  # no brief told it yet


def test_state_file_round_trips_typed_records_and_drops_old_days(tmp_path: Path) -> None:
    record = StoryRecord("s1", "Title", "2026-08-01", "2026-08-02", ("k1",), ("term",))
    state = State(
        briefs={
            "2026-08-02": DayRecord(inputs=("abc",), built="2026-08-02T06:00:00"),
            "2026-11-24": DayRecord(sentences=("k2",), built="2026-11-24T06:00:00"),
        },
        stories={"s1": record},
    )
    path = tmp_path / "state.json"
    saved.save(path, state, "2026-11-25")
    loaded = saved.load(path)
    assert set(loaded.briefs) == {"2026-11-24"} and loaded.stories == {}  # > KEEP_DAYS old
    saved.save(path, state, "2026-08-03")
    assert saved.load(path) == state
    assert saved.load(path).sent_before("2026-11-24") == frozenset()


def test_a_version_1_state_file_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "briefs": {
                    "2026-11-24": {
                        "inputs": ["abc"],
                        "rejected": [],
                        "outputs": ["out/x.md"],
                        "sentences": ["k1"],
                        "digest": {"new": 3},
                        "built": "2026-11-24T06:30:00+00:00",
                    }
                },
            }
        )
    )
    state = saved.load(path)
    assert state.briefs["2026-11-24"].new == 3 and state.sent_before(TODAY) == {"k1"}
    path.write_text('{"briefs": {"2026-11-24": {"inputs": "not a list"}}}')
    with pytest.raises(ConfigError, match="unknown layout"):
        saved.load(path)


def test_a_republished_article_with_nothing_new_sends_no_empty_brief(
    tmp_path: Path, plain_server: Server
) -> None:
    config = setup(tmp_path, plain_server)
    run(config)
    articles(tmp_path, **{"again.txt": BORDER})
    report = run(config, now=TOMORROW)
    assert not report.built and len(plain_server.handler.messages) == 1
    assert not (tmp_path / "out" / f"brief-{TOMORROW.date()}.md").exists()
    assert f"{TOMORROW.date()}/again.txt" in files(tmp_path / "archive")
    assert not run(config, now=TOMORROW + timedelta(hours=1)).built  # and it stays used


# -- across days: nothing sent is news again ---------------------------------------------------

WARNING = """\
    Minister warns over border

    Troops massed at the northern border on Monday, the defence ministry said.

    "We will not give up a single metre of our land," Defence Minister Ivan Petrov said.

    The two countries signed a border treaty in 1994 that was meant to settle the dispute.

    More than 20,000 soldiers are now deployed in the region.
    """
WARNING_FOLLOW_UP = """\
    Border talks resume in Geneva

    Negotiators returned to Geneva on Tuesday after troops pulled back from the northern border.

    "We will not give up a single metre of our land," Defence Minister Ivan Petrov said.

    The two countries signed a border treaty in 1994 that was meant to settle the dispute.

    A ceasefire was announced on Tuesday evening by the foreign ministry.
    """


def tomorrow(tmp_path: Path, ext: str = "json") -> Path:
    return tmp_path / "out" / f"brief-{TOMORROW.date()}.{ext}"


def test_a_file_briefed_on_an_earlier_day_is_no_news_alone_or_mixed(
    tmp_path: Path, plain_server: Server
) -> None:
    """The same bytes under another name: no brief and no email alone; with a new article,
    only the new one is briefed. Both are archived."""
    config = setup(tmp_path, plain_server)
    run(config)
    shutil.copy(tmp_path / "archive" / TODAY / "a.txt", tmp_path / "inbox" / "copy-of-a.txt")
    plan = daily.plan(config, now=TOMORROW)
    assert [p.name for p in plan.repeats] == ["copy-of-a.txt"] and not plan.builds
    assert any("already briefed on an earlier day" in line for line in plan.lines())
    report = run(config, now=TOMORROW)
    assert not report.built and len(plain_server.handler.messages) == 1
    assert not tomorrow(tmp_path).exists()
    assert f"{TOMORROW.date()}/copy-of-a.txt" in files(tmp_path / "archive")

    shutil.copy(tmp_path / "archive" / TODAY / "b.txt", tmp_path / "inbox" / "copy-of-b.txt")
    articles(tmp_path, **{"d.txt": GRAIN})
    later = run(config, now=TOMORROW + timedelta(hours=1))
    assert later.built and later.briefing is not None
    assert [Path(s.path).name for s in later.briefing.sources] == ["d.txt"]
    assert f"{TOMORROW.date()}/copy-of-b.txt" in files(tmp_path / "archive")


def test_a_run_for_an_earlier_day_than_the_last_is_refused_and_changes_nothing(
    tmp_path: Path, plain_server: Server
) -> None:
    """A clock set back (or a backfill) had rewritten the earlier day's brief, mailed
    already, with a later day's news marked New (r46 M9): refused in one line, exit 78,
    for the dry run too, before anything is written, archived or sent."""
    config = setup(tmp_path, plain_server)
    run(config)
    articles(tmp_path, **{"c.txt": GRAIN})
    run(config, now=TOMORROW)
    mailed = (tmp_path / "out" / f"brief-{TODAY}.md").read_bytes()
    shutil.copy(
        tmp_path / "archive" / str(TOMORROW.date()) / "c.txt", tmp_path / "inbox" / "c2.txt"
    )
    articles(tmp_path, **{"d.txt": BORDER_FOLLOW_UP})
    before = files(tmp_path)
    for extra in ((), ("--dry-run",)):
        result = brief_cli("daily", "--config", str(tmp_path / "brief.toml"), *extra)
        assert result.exit_code == 78 and result.stdout == ""
        assert result.stderr == (
            f"brief: {tmp_path}/state/state.json: this run is for {TODAY}, but a run was "
            f"already recorded for {TOMORROW.date()}: a run for an earlier day would rewrite "
            "what was briefed and sent; is the clock right?\n"
        )
    assert files(tmp_path) == before and len(plain_server.handler.messages) == 2
    assert (tmp_path / "out" / f"brief-{TODAY}.md").read_bytes() == mailed


def test_the_same_file_is_no_news_whichever_recorded_day_briefed_it() -> None:
    state = State(
        briefs={
            "2026-11-24": DayRecord(inputs=("a",)),
            "2026-11-25": DayRecord(inputs=("b",)),
            "2026-11-26": DayRecord(inputs=("c",)),
        }
    )
    assert state.briefed_other_days("2026-11-25") == {"a", "c"}
    assert state.last_day() == "2026-11-26" and State().last_day() is None


def bullets_of_a_follow_up(tmp_path: Path, server: Server, in_place_of_talks: str) -> str:
    """Day one's brief, then tomorrow's of BORDER_FOLLOW_UP (its talks sentence replaced)
    and GRAIN: tomorrow's bullets, joined."""
    config = setup(tmp_path, server)
    run(config)
    follow_up = BORDER_FOLLOW_UP.replace(
        "Talks between the two governments stalled in Geneva.", in_place_of_talks
    )
    articles(tmp_path, **{"c.txt": follow_up, "d.txt": GRAIN})
    run(config, now=TOMORROW)
    return " ".join(bullets(tmp_path, TOMORROW.date().isoformat()))


def test_a_retyped_copy_of_a_sent_sentence_is_not_new(tmp_path: Path, plain_server: Server) -> None:
    """Recognised as the dedupe stage recognises copies, not by its exact words."""
    texts = bullets_of_a_follow_up(
        tmp_path,
        plain_server,
        "Troops massed at the northern border on Monday, the defence ministry said in a statement.",
    )
    assert "Troops massed" not in texts
    assert "A ceasefire was announced on Tuesday evening." in texts


def test_a_part_of_a_sent_sentence_is_not_new_but_a_new_figure_is(
    tmp_path: Path, plain_server: Server
) -> None:
    """Another outlet splits yesterday's sentence, or gives part of it: the part tells
    nothing new. A sentence that changes a figure of one sent does."""
    texts = bullets_of_a_follow_up(
        tmp_path,
        plain_server,
        "Oil prices rose four percent on Monday.\n\n"
        "Oil prices rose nine percent on Tuesday as traders weighed the risk of conflict.",
    )
    assert "Oil prices rose four percent on Monday." not in texts
    assert "Oil prices rose nine percent on Tuesday" in texts


def test_a_sentence_one_word_apart_from_one_sent_is_news(tmp_path: Path) -> None:
    earlier = [
        already_sent.fold(text)
        for text in (
            "Rescuers said the boy was found alive under the rubble of the collapsed school.",
            "The minister said the government would not raise taxes this year.",
        )
    ]
    today = briefing_of(
        tmp_path,
        **{
            "a.txt": """\
            Rescue ends

            Rescuers said the boy was found dead under the rubble of the collapsed school.

            The minister said the government would raise taxes this year.
            """
        },
    )
    assert already_sent.near_sent(today, earlier) == frozenset()


def test_a_sentence_held_in_one_sent_is_sent_unless_it_gives_a_new_number(tmp_path: Path) -> None:
    earlier = [
        already_sent.fold(
            "“The house is almost done, and it is almost completely in order,” she said on 3 May."
        )
    ]
    today = briefing_of(
        tmp_path,
        **{
            "a.txt": """\
            Repairs go on

            “It is almost completely in order,” she said.

            The house is almost done, and it is almost completely in order, with 40 rooms.

            The house is almost done, and it is almost completely in order, she said on 4 May.

            “The house is almost done, and it is almost completely in order,” she said on 3 May.
            """
        },
    )
    assert already_sent.near_sent(today, earlier) == {
        text_key("“It is almost completely in order,” she said."),
        text_key(
            "“The house is almost done, and it is almost completely in order,” she said on 3 May."
        ),
    }


def test_another_outlets_wording_of_a_fact_sent_is_sent(tmp_path: Path) -> None:
    """A reviewer's late AFP report marked "New:" what the brief had told the day before
    in the Taipei Times' words: its figures all sent, with three content words beside
    them, it is the fact sent. A new figure, or the same number of something else, is news:
    folding writes "4,500" as "4 500", which is not "7 500" (a review's probes)."""
    earlier = [
        already_sent.fold(text)
        for text in (
            "The ministry said it had detected 34 Chinese military aircraft and nine navy"
            " vessels around Taiwan over the preceding 24 hours.",
            "Israeli strikes killed 34 people in Gaza on Monday, health officials said.",
            "Israel sent 7,500 troops to the Gaza border, the army said.",
            "Inflation in Nigeria rose to 34.8 per cent in April, the statistics office said.",
        )
    ]
    today = briefing_of(
        tmp_path,
        **{
            "a.txt": """\
            Show of force

            Taiwan said it had detected 34 Chinese military aircraft and nine warships in 24 hours.

            Twelve of the 34 Chinese military aircraft crossed the median line, the ministry said.

            A convoy of 34 aid trucks entered Gaza on Tuesday, officials said.

            Israel has sent 4,500 troops to the Gaza border, the army said.

            Inflation in Nigeria rose to 34.2 per cent in May, the statistics office said.
            """
        },
    )
    assert already_sent.near_sent(today, earlier) == {
        text_key(
            "Taiwan said it had detected 34 Chinese military aircraft and nine warships"
            " in 24 hours."
        )
    }


def test_a_count_spelled_out_is_the_figure_sent(tmp_path: Path) -> None:
    """News writes small counts in words: a release's "four of its miners were killed",
    after the wire's "raising the number of miners killed to four" was sent, is that fact
    (r59 S2-9: marked New the next day). Another count, or the same count of something
    else, is news."""
    earlier = [
        already_sent.fold(
            "A fourth miner trapped since Friday's collapse died in hospital overnight,"
            " raising the number of miners killed to four, the company said."
        )
    ]
    release = (
        "The company has now confirmed that four of its contracted miners were killed in"
        " Friday's collapse at the Kestrel pit."
    )
    today = briefing_of(
        tmp_path,
        **{
            "a.txt": f"""\
            Pit collapse

            {release}

            Five miners were killed in Friday's collapse, the company said.

            Four rescuers were injured at the pit on Sunday, the company said.
            """
        },
    )
    assert already_sent.near_sent(today, earlier) == {text_key(release)}


def test_a_new_event_of_a_story_sent_is_news_though_it_shares_the_storys_words(
    tmp_path: Path,
) -> None:
    """What a sentence says happened (its verb and object) makes it the fact sent or news,
    not the story's standing words: a ransom demand for the engineers whose kidnapping was
    sent shares their count, the site and the company that speaks, and is the day's news.
    The kidnapping told again in other words is sent."""
    earlier = [
        already_sent.fold(
            "Four engineers were kidnapped from the Larvik dam site on Monday night, their"
            " employer said on Tuesday, one more than the police had reported."
        )
    ]
    demand = (
        "The kidnappers of four engineers from the Larvik dam site have demanded a ransom,"
        " their employer said on Thursday."
    )
    retold = "Their employer said four engineers had been kidnapped from the Larvik dam site."
    today = briefing_of(tmp_path, **{"a.txt": f"Dam kidnapping\n\n{demand}\n\n{retold}\n"})
    assert already_sent.near_sent(today, earlier) == {text_key(retold)}


def withdrawn_after(tmp_path: Path, denial: str, sent: str) -> tuple[Withdrawn, ...]:
    """What today's denial withdraws of a sentence an earlier brief showed a row of."""
    today = briefing_of(tmp_path, **{"a.txt": f"Trial row\n\n{denial}\n"})
    earlier = [already_sent.fold(sent)]
    return corrections.withdrawn_since(today, earlier, frozenset(map(text_key, earlier)))


def test_a_denial_withdraws_the_deniers_own_words_shown_before(tmp_path: Path) -> None:
    """A speaker denies words an earlier brief quoted of them: the reader is told."""
    denial = (
        'Health Minister Lena Koval denied saying "the vaccine trial was halted" and said'
        " the ministry had been misread."
    )
    sent = '"The vaccine trial was halted," Koval told reporters on Monday.'
    assert withdrawn_after(tmp_path, denial, sent) == (
        Withdrawn("the vaccine trial was halted", 1),
    )


@pytest.mark.parametrize(
    "denial, sent",
    [
        # another speaker said the words: the denier's denial is their own, no withdrawal
        (
            'Health Minister Lena Koval denied saying "the vaccine trial was halted" and'
            " accused the opposition of twisting her words.",
            "Senator Rafe Dunn told reporters the vaccine trial was halted last month.",
        ),
        (
            'On Tuesday, Interior Minister Omar Sadiq denied saying "the count was fixed in'
            ' the north".',
            "Opposition leader Ilse Brandt told a rally on Tuesday the count was fixed in"
            " the north and called for a recount.",
        ),
        # the speaker named first is not the one who denies
        (
            "A day after opposition leader Ilse Brandt's rally in Sotra, Interior Minister"
            ' Omar Sadiq denied saying "the count was fixed in the north".',
            "Brandt told the rally in Sotra the count was fixed in the north and called for"
            " a recount.",
        ),
        # the speaker's own words, but two content words: a phrase anyone says
        (
            'Interior Minister Omar Sadiq denied saying "the vote was rigged".',
            '"The vote was rigged," Sadiq told supporters.',
        ),
        # a pronoun: whose words, the text does not settle
        (
            'She denied saying "the vaccine trial was halted" on Tuesday.',
            '"The vaccine trial was halted," Koval told reporters on Monday.',
        ),
    ],
)
def test_a_denial_of_words_not_shown_as_the_deniers_is_no_withdrawal(
    tmp_path: Path, denial: str, sent: str
) -> None:
    """A minister denying a claim an opposition leader made withdraws no quote of his:
    no notice opens the brief unless the words were the denier's, shown, and more than a
    common phrase."""
    assert withdrawn_after(tmp_path, denial, sent) == ()


@pytest.mark.parametrize(
    "retold",
    [
        "Three more engineers were kidnapped from the dam site near Larvik, the company said.",
        "Another three engineers were kidnapped from the dam site near Larvik, the company said.",
        "A further three engineers were kidnapped from the dam site near Larvik, the company said.",
        "Three engineers were again kidnapped from the dam site near Larvik, the company said.",
        "Three engineers were kidnapped from the dam site near Larvik on Thursday, the company"
        " said.",
        "Three engineers were kidnapped from the dam site near Larvik on 9 May, the company said.",
    ],
)
def test_the_same_count_of_another_event_is_news(tmp_path: Path, retold: str) -> None:
    """A count sent before, written in words or figures, is news when the sentence tells
    another event of the kind: a word of repeat by the count ("three more", "another
    three", "a further three", "again"), or another day or date than the one sent."""
    earlier = [
        already_sent.fold(
            "Three engineers were kidnapped from the dam site near Larvik on Tuesday 4 May,"
            " the company said."
        )
    ]
    today = briefing_of(tmp_path, **{"a.txt": f"Dam kidnapping\n\n{retold}\n"})
    assert already_sent.near_sent(today, earlier) == frozenset()


FERRY = (
    "At least 40 people died when the ferry capsized off Larvik on Tuesday, the coast guard said."
)


@pytest.mark.parametrize(
    "retold",
    [
        "More than 40 people have died after the Larvik ferry capsized on Tuesday, according"
        " to the coast guard.",
        "The coast guard said on Thursday that at least 40 people died when the ferry capsized"
        " off Larvik on Tuesday.",
        "On Thursday the coast guard said at least 40 people died when the ferry capsized off"
        " Larvik on Tuesday.",
        "The coast guard told reporters on Thursday that at least 40 people died when the ferry"
        " capsized off Larvik on Tuesday.",
        "The new toll of 40 people died when the ferry capsized off Larvik on Tuesday, the"
        " coast guard said.",
    ],
)
def test_a_retold_count_is_no_other_event(tmp_path: Path, retold: str) -> None:
    """A bound on the toll ("more than 40"), the day the toll was given ("said on
    Thursday") or a revised toll ("the new toll") tells the event sent, not another."""
    today = briefing_of(tmp_path, **{"a.txt": f"Ferry disaster\n\n{retold}\n"})
    assert already_sent.near_sent(today, [already_sent.fold(FERRY)]) == {text_key(retold)}


@pytest.mark.parametrize(
    "retold",
    [
        "40 more people died when a second ferry capsized off Larvik, the coast guard said.",
        "On Thursday at least 40 people died when the ferry capsized off Larvik, the coast"
        " guard said.",
        "At least 40 people died when the ferry capsized off Larvik on Thursday, the coast guard"
        " said on Friday.",
    ],
)
def test_a_count_of_another_event_beside_a_saying_is_news(tmp_path: Path, retold: str) -> None:
    """The event's own day, or a word of repeat next to the count, is another event's."""
    today = briefing_of(tmp_path, **{"a.txt": f"Ferry disaster\n\n{retold}\n"})
    assert already_sent.near_sent(today, [already_sent.fold(FERRY)]) == frozenset()


def test_a_count_on_another_day_is_a_key_figure_again(tmp_path: Path) -> None:
    """Twelve killed on Wednesday after twelve killed on Monday is Wednesday's toll, a key
    figure of today's; the same toll of the same day, recalled, is not."""
    today = briefing_of(
        tmp_path,
        **{
            "a.txt": """\
            Convoy attacked near Tessit

            Twelve soldiers were killed on Wednesday when a roadside bomb struck their convoy
            near Tessit, the army said.
            """
        },
    )
    assert [f.text for f in today.figures] == ["Twelve soldiers were killed"]
    monday = "Twelve soldiers were killed when a roadside bomb struck their convoy near Tessit"
    assert (
        already_sent.sent_figures(today, [already_sent.fold(f"{monday} on Monday.")]) == frozenset()
    )
    assert already_sent.sent_figures(today, [already_sent.fold(f"{monday} on Wednesday.")]) == {0}


def test_the_same_count_on_the_same_day_is_the_fact_sent(tmp_path: Path) -> None:
    """Another outlet's wording of the count sent, on the day sent, is no news."""
    earlier = [
        already_sent.fold(
            "3 engineers were kidnapped from the dam site near Larvik on Tuesday, the company said."
        )
    ]
    retold = "Three engineers were kidnapped on Tuesday at the Larvik dam site, the company said."
    today = briefing_of(tmp_path, **{"a.txt": f"Dam kidnapping\n\n{retold}\n"})
    assert already_sent.near_sent(today, earlier) == {text_key(retold)}


def test_a_new_event_that_recalls_a_fact_sent_is_news(tmp_path: Path) -> None:
    """r54: an appeal's ruling on a detention sent the day before shares the detention's
    figure and several of its words, and says mostly what was not sent: it is the day's
    news (it had been left out, and the bottom line spoke of "the ruling" untold). The
    same fact retold in a few words of its own is still the fact sent."""
    earlier = [
        already_sent.fold(
            "A Lisbon court ordered union leader Marta Sousa held for 90 days pending trial"
            " on charges of sabotage."
        )
    ]
    ruling = (
        "An appeals court in Lisbon on Monday upheld the 90-day pre-trial detention of union"
        " leader Marta Sousa, dismissing her lawyers' claim that the case was politically"
        " driven."
    )
    retold = "Marta Sousa will be held for 90 days pending trial on sabotage charges."
    today = briefing_of(tmp_path, **{"a.txt": f"Appeal fails\n\n{ruling}\n\n{retold}\n"})
    assert already_sent.near_sent(today, earlier) == {text_key(retold)}


def test_a_retyped_copy_with_a_written_number_is_sent(tmp_path: Path) -> None:
    """What was sent is kept folded ("1 200" for "1,200", "3 5" for "3.5"): a copy re-typed
    with "on Tuesday" had become news again once duplicates had to agree on numbers."""
    sent = (
        "A convoy of 40 trucks carrying 1,200 tonnes of flour and 3.5 tonnes of medicine"
        " reached the besieged city after a week of talks, the United Nations said."
    )
    today = briefing_of(
        tmp_path,
        **{
            "a.txt": f"""\
            Convoy arrives

            {sent.replace("the United Nations said", "the United Nations said on Tuesday")}
            """
        },
    )
    assert len(already_sent.near_sent(today, [already_sent.fold(sent)])) == 1
    score = (
        "The bill passed by 52-48 in the Senate after a week of talks that ran from 2-5 March"
        " between the two parties, the majority leader's office said."
    )
    today = briefing_of(
        tmp_path,
        **{"b.txt": f"Bill passes\n\n{score.replace('office said', 'office said on Friday')}\n"},
    )
    assert len(already_sent.near_sent(today, [already_sent.fold(score)])) == 1


def test_sentences_of_an_article_briefed_are_sent_even_if_not_printed(tmp_path: Path) -> None:
    """What was sent is every sentence of the articles briefed (docs/daily.md): the
    state keeps them folded, and tomorrow's build never picks one."""
    path = write_config(tmp_path, daily='formats = ["json"]')
    config = cfg.load(path)
    articles(tmp_path, **{"w.txt": WARNING})
    first = run(config)
    assert first.briefing is not None
    state = saved.load(tmp_path / "state" / "state.json")
    record = state.briefs[TODAY]
    assert already_sent.fold("The two countries signed a border treaty in 1994") in " ".join(
        record.seen
    )
    assert len(record.seen) == len(first.briefing.sentences) == 4  # the headline is no sentence


def test_the_tables_do_not_repeat_what_was_sent(tmp_path: Path) -> None:
    """Quotes, timeline and key figures come from every sentence: a row whose sentence
    was sent on an earlier day is not printed again."""
    config = cfg.load(write_config(tmp_path, daily='formats = ["json", "md"]'))
    articles(tmp_path, **{"w.txt": WARNING})
    first = run(config)
    assert first.briefing is not None and first.briefing.quotes and first.briefing.timeline
    articles(tmp_path, **{"f.txt": WARNING_FOLLOW_UP})
    second = run(config, now=TOMORROW)
    assert second.briefing is not None
    assert second.briefing.quotes == () and second.briefing.timeline == ()
    text = tomorrow(tmp_path, "md").read_text(encoding="utf-8")
    assert "single metre" not in text and "1994" not in text
    assert "A ceasefire was announced" in text


def test_a_one_story_brief_says_the_story_is_developing(tmp_path: Path) -> None:
    """One story keeps the single layout; the Markdown (and so HTML and PDF) still says
    it is developing, not only the JSON."""
    config = cfg.load(write_config(tmp_path, daily='formats = ["json", "md", "html"]'))
    articles(tmp_path, **{"w.txt": WARNING})
    first = run(config)
    assert "developing" not in (tmp_path / "out" / f"brief-{TODAY}.md").read_text()
    assert first.briefing is not None and len(first.briefing.stories) == 1
    articles(tmp_path, **{"f.txt": WARNING_FOLLOW_UP})
    second = run(config, now=TOMORROW)
    assert second.briefing is not None and len(second.briefing.stories) == 1
    assert second.briefing.stories[0].status == "developing"
    line = "This story: 1 source [1] · developing since 25 Nov 2026"
    assert line in tomorrow(tmp_path, "md").read_text(encoding="utf-8")
    assert line in tomorrow(tmp_path, "html").read_text(encoding="utf-8")


def test_the_email_of_a_developing_morning_follows_the_digest(
    tmp_path: Path, plain_server: Server
) -> None:
    """The subject names the day once; the body lists the stories the brief reports (a
    developing one says since when) and the others, one line each, even when fewer than
    two are reported in full."""
    config = setup(tmp_path, plain_server)
    run(config)
    articles(tmp_path, **{"c.txt": BORDER_FOLLOW_UP, "d.txt": GRAIN})
    second = run(config, now=TOMORROW)
    assert second.briefing is not None and len(second.briefing.stories) == 2
    message = plain_server.handler.messages[1]
    subject = str(message["Subject"])
    assert subject.startswith("Geopolitics brief — 26 November 2026")
    assert str(TOMORROW.date()) not in subject
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "developing since 25 Nov 2026" in text
    for story in second.briefing.stories:
        assert story.title in text


def test_a_developing_story_with_nothing_new_is_one_line_not_an_empty_story(
    tmp_path: Path,
) -> None:
    """Its sentences were all sent: the digest lists it under "Also in the inbox" with
    its status, and reports the story that has news."""
    config = cfg.load(write_config(tmp_path, daily='formats = ["md", "json"]'))
    articles(tmp_path, **{"a.txt": BORDER, "b.txt": OIL})
    run(config)
    again = BORDER.replace("Troops at the border", "Border standoff").replace(
        "the defence ministry said.", "the defence ministry said in a statement."
    )
    articles(tmp_path, **{"c.txt": again, "d.txt": GRAIN})
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    text = tomorrow(tmp_path, "md").read_text(encoding="utf-8")
    also = text.split("## Also in the inbox", 1)[1].split("\n## ", 1)[0]
    assert "Border standoff [1] · developing since 25 Nov 2026, nothing new" in also
    assert "### Border standoff" not in text and "### Grain ships sail" in text
    top = text.split("## Top stories", 1)[1].split("\n## ", 1)[0]
    assert "Border standoff" not in top


@pytest.mark.parametrize("key", ["output", "archive"])
def test_an_output_or_archive_that_is_the_inbox_is_refused(tmp_path: Path, key: str) -> None:
    """The next run would read its own briefs as articles, or never empty the inbox."""
    path = write_config(tmp_path)
    text = path.read_text()
    old = next(line for line in text.splitlines() if line.startswith(f"{key} = "))
    path.write_text(text.replace(old, f'{key} = "inbox"'))
    with pytest.raises(ConfigError, match=f"daily.{key}: must not be the inbox folder"):
        cfg.load(path)


def test_a_late_article_that_only_repeats_an_earlier_days_sends_nothing_again(
    tmp_path: Path, plain_server: Server
) -> None:
    """Tomorrow's brief went out; a re-typed copy of today's border story arriving later
    tomorrow adds nothing, so the morning's brief is not rebuilt and sent again (it had
    been, with one more "nothing new" line). A late article with news still is."""
    config = setup(tmp_path, plain_server)  # a.txt and b.txt today
    run(config)
    articles(tmp_path, **{"c.txt": GRAIN})
    run(config, now=TOMORROW)
    assert len(plain_server.handler.messages) == 2
    again = BORDER.replace(
        "the defence ministry said.", "the defence ministry said in a statement."
    )
    articles(tmp_path, **{"d.txt": again})
    report = run(config, now=TOMORROW + timedelta(hours=3))
    assert not report.built and len(plain_server.handler.messages) == 2
    assert f"{TOMORROW.date()}/d.txt" in files(tmp_path / "archive")
    articles(tmp_path, **{"e.txt": OIL.replace("four percent", "six percent")})
    assert run(config, now=TOMORROW + timedelta(hours=4)).built
    assert len(plain_server.handler.messages) == 3


FLOOD = """\
    Swat floods kill 23

    Flash floods in Pakistan's Swat valley killed at least 23 people and displaced 12,000
    on Monday, officials in Mingora said.

    Rescue teams evacuated families from Mingora and Kalam, and aid agencies sent tents and
    food to relief camps.
"""

FLOOD_VISIT = """\
    General visits Swat valley after floods

    Lieutenant General Asim Nawaz visited Mingora and Kalam in Pakistan's Swat valley on
    Tuesday, a day after the flash floods.

    "Every hour counts now," Nawaz said in Mingora.

    The Kalam road to Mingora reopened to traffic, officials in Swat said.
"""


def test_a_developing_story_kept_in_its_section_is_in_the_tables_too(tmp_path: Path) -> None:
    """The profile would leave the Swat follow-up out today; as a developing story it stays
    under Humanitarian, and its quote and actors reach the brief's tables as well (they
    had been made only for the stories the profile kept)."""
    config = cfg.load(write_config(tmp_path, daily='formats = ["md", "json"]'))
    articles(tmp_path, **{"a.txt": FLOOD, "b.txt": OIL})
    run(config)
    articles(tmp_path, **{"c.txt": FLOOD_VISIT, "d.txt": GRAIN})
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    swat = next(s for s in report.briefing.stories if "Swat" in s.title)
    assert (swat.status, swat.relevant) == ("developing", True)
    assert "Every hour counts now" in {q.text for q in report.briefing.quotes}
    assert "Asim Nawaz" in {a.name for a in report.briefing.actors}


def test_new_is_judged_against_what_the_reader_saw(tmp_path: Path) -> None:
    """A digest prints its stories, not the JSON's top-level summary: a late rebuild had
    marked a story's bullet old for being in the morning's summary, which no reader saw,
    while marking the summary's own new."""
    b = with_stories(
        briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL}),
        ("s-border", "Troops at the border", (1,)),
        ("s-oil", "Oil", (2,)),
    )
    border = b.stories[0]
    assert len(border.bullets) >= 2
    held_back = border.bullets[-1]  # in the summary, not printed this morning
    morning = dataclasses.replace(
        b, stories=(dataclasses.replace(border, bullets=border.bullets[:-1]), b.stories[1])
    )
    assert text_key(held_back.text) not in already_sent.shown_keys(morning)
    late = already_sent.mark_new(b, already_sent.shown_keys(morning))
    assert late.stories[0].bullets[-1].new
    assert not late.stories[0].bullets[0].new
    # A run's "new" is what its new articles bring (r38): when the morning's brief was
    # made from the same articles, their sentence held back then is no news now
    rebuilt = already_sent.mark_new(
        b, already_sent.shown_keys(morning), frozenset(already_sent.seen(morning))
    )
    assert not any(bullet.new for story in rebuilt.stories for bullet in story.bullets)
    single = dataclasses.replace(b, stories=b.stories[:1])
    bottom = [single.bottom_line] if single.bottom_line else []
    assert already_sent.shown_keys(single) == {
        text_key(x.text) for x in [*bottom, *(y for s in single.sections for y in s.bullets)]
    }


def test_a_late_run_sends_only_what_its_late_articles_bring(tmp_path: Path) -> None:
    """A re-typed copy of yesterday's report, arriving late, joined its story and made room
    for one more bullet from the morning's own article: the day's brief went out a third
    time with "1 new point" that no late article said (a reviewer's)."""
    from brief.daily.late import late_points

    b = briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL})
    morning, late = b.sources[0], b.sources[1]
    shown = already_sent.shown_bullets(b)
    first = [x for x in shown if x.source == morning.number]
    record = DayRecord(inputs=(morning.sha256,), sentences=(), built="2026-11-24T06:00:00")
    points = late_points(b, record)
    assert points and all(x.source == late.number for x in points)
    assert not set(map(id, first)) & set(map(id, points))
    everything = DayRecord(inputs=(morning.sha256, late.sha256), built="2026-11-24T06:00:00")
    assert late_points(b, everything) == []


def test_a_late_article_with_new_facts_is_never_archived_unlisted(tmp_path: Path) -> None:
    """A late report of a story the profile leaves out (listed, not told) brings facts no
    article of the day gave: the day's brief is rebuilt so that it is listed, not archived
    unsent and in no brief (a reviewer's appeal to the Constitutional Court). A re-typed
    copy of the day's article still says nothing new."""
    from brief.daily.late import late_facts
    from brief.daily.novelty import already_sent

    b = briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL})
    morning = b.sources[0]
    morning_only = dataclasses.replace(
        b, sentences=tuple(s for s in b.sentences if s.source == morning.number)
    )
    record = DayRecord(
        inputs=(morning.sha256,), seen=already_sent.seen(morning_only), built="2026-11-24T06:00:00"
    )
    assert late_facts(b, record, record.seen, "english")
    copy = briefing_of(tmp_path, **{"a.txt": BORDER, "c.txt": BORDER.replace("Monday", "Monday ")})
    retyped = DayRecord(
        inputs=(copy.sources[0].sha256,), seen=already_sent.seen(copy), built="2026-11-24T06:00:00"
    )
    assert not late_facts(copy, retyped, retyped.seen, "english")


def test_a_count_sent_on_an_earlier_day_is_no_key_figure_again(tmp_path: Path) -> None:
    """Today's report recalls Monday's toll, sent on Monday: no key figure of today's
    (its sentence stays); another pair kidnapped today is news."""
    earlier = [
        already_sent.fold(text)
        for text in (
            "Gunmen attacked a fuel convoy near the Tessalit crossing on Monday, killing at"
            " least seven drivers.",
            "Gunmen kidnapped two surveyors near the quarry on Sunday.",
        )
    ]
    today = briefing_of(
        tmp_path,
        **{
            "a.txt": """\
            Quarry staff evacuated

            The mining firm evacuated 40 employees from its quarry on Wednesday.

            At least seven drivers were killed in Monday's attack at Tessalit.

            Gunmen kidnapped two geologists at a second site on Tuesday.
            """
        },
    )
    told = {today.figures[k].text for k in already_sent.sent_figures(today, earlier)}
    assert told == {"At least seven drivers were killed"}
    shown = {f.text for f in already_sent.without_sent(today, frozenset(), earlier).figures}
    assert "At least seven drivers were killed" not in shown
    assert "kidnapped two geologists" in shown or "two geologists" in shown


def test_a_continued_storys_record_keeps_the_events_words() -> None:
    """r49: a follow-up of new angles (a curfew, a morgue) must not make the story's
    record forget the coup: the next day's arrests over the coup had met only the
    curfew's words."""
    known = StoryRecord(
        "s-coup",
        "Coup",
        "2026-03-10",
        "2026-03-10",
        (),
        ("coup", "niamey", "palac"),
        (5.0, 6.0, 4.0),
        events=("coup", "seiz"),
    )
    signature, events = recognition._kept_signature(
        {"curfew": 5.5, "niamey": 6.0}, frozenset({"curfew"}), known
    )
    assert {"coup", "palac", "curfew", "niamey"} <= set(signature)
    assert signature["curfew"] == 5.5
    assert {"coup", "seiz", "curfew"} <= set(events)
    fresh, told = recognition._kept_signature({"curfew": 5.5}, frozenset({"curfew"}), None)
    assert (fresh, told) == ({"curfew": 5.5}, ("curfew",))


DRILLS = """\
    Navy begins Iron Gale exercise off Varnakos

    The Erlandian navy began its Iron Gale exercise off Varnakos, Admiral Tomas Velikan said.

    Velikan said twelve frigates and four submarines would take part in Iron Gale until Saturday.

    The Iron Gale drills off Varnakos are the largest the Erlandian navy has held.
    """
DRILLS_END = """\
    Erlandian navy ends Iron Gale exercise early

    The Erlandian navy ended its Iron Gale exercise off Varnakos early, Admiral Tomas Velikan said.

    Velikan said the frigates returned to port after the rocket strike on the Ostrava fuel depot.
    """
DEPOT_STRIKE = """\
    Rocket hits Ostrava fuel depot

    A rocket struck a fuel depot at the port of Ostrava, killing two guards, Hana Kolarova said.

    Kolarova said firefighters put out the blaze at the Ostrava depot by dawn.
    """
DEPOT_STRIKE_TOO = """\
    Two guards killed as rocket hits Ostrava depot

    Two guards died when a rocket hit a fuel tank at the Ostrava depot, Hana Kolarova said.

    Moravian police sealed the Ostrava harbour road, Kolarova said.
    """


def test_a_new_event_joined_by_one_report_of_a_remembered_story_is_new(tmp_path: Path) -> None:
    """r51 H1: the day's grouping put the report of drills ending early (which mentions
    the strike) with the reports of a strike first told that day, and the strike took the
    drills' id and "developing since" the day they began. The remembered story's report
    is a minority of one among reports that have nothing of it: the story is new. The
    drills' report alone continues the drills."""
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": DRILLS}), ("s-drills", "Iron Gale begins", (1,))
    )
    _, state = remember(day1, State(), "2026-11-24")
    files = {"b.txt": DEPOT_STRIKE, "c.txt": DEPOT_STRIKE_TOO, "d.txt": DRILLS_END}
    joined = with_stories(
        briefing_of(tmp_path, **files), ("strike", "Rocket hits Ostrava fuel depot", (1, 2, 3))
    )
    marked, _ = remember(joined, state, "2026-11-26")
    assert [(s.id, s.status, s.since) for s in marked.stories] == [("strike", "new", None)]
    apart = with_stories(
        briefing_of(tmp_path, **files),
        ("strike", "Rocket hits Ostrava fuel depot", (1, 2)),
        ("drills", "Erlandian navy ends Iron Gale exercise early", (3,)),
    )
    marked, _ = remember(apart, state, "2026-11-26")
    statuses = {s.id: (s.status, s.since) for s in marked.stories}
    assert statuses == {"strike": ("new", None), "s-drills": ("developing", "2026-11-24")}


DEPOT_STRIKE_ELSEWHERE = """\
    Rocket hits Kessel fuel depot

    A rocket struck a fuel depot at the port of Kessel, killing three guards, Peter Aldana said.

    Aldana said firefighters put out the blaze at the Kessel depot by noon.
    """
DEPOT_STRIKE_ELSEWHERE_TOO = """\
    Three guards killed as rocket hits Kessel depot

    Three guards died when a rocket hit a fuel tank at the Kessel depot, Aldana said.

    Police sealed the Kessel harbour road, Aldana said.
    """
PREMIUMS = """\
    Ostrava underwriters raise war-risk premiums again after Kessel

    Lindqvist Marine raised war-risk premiums again for ships calling at Ostrava and Kessel.

    Underwriters at Lindqvist Marine said the Ostrava strike had already doubled rates.
    """


def test_a_look_alike_event_joined_by_a_thread_of_a_remembered_story_is_new(
    tmp_path: Path,
) -> None:
    """r51: a strike on another port, told in the words the remembered strike was told
    in ("rocket", "depot", "guards"), grouped with a market item that continues a thread
    of the remembered story, had taken its id and "developing since". Reports that share
    only words of what happened, no name or place, have nothing of the remembered story."""
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": DEPOT_STRIKE, "b.txt": DEPOT_STRIKE_TOO}),
        ("s-ostrava", "Rocket hits Ostrava fuel depot", (1, 2)),
    )
    _, state = remember(day1, State(), "2026-11-24")
    files = {
        "c.txt": DEPOT_STRIKE_ELSEWHERE,
        "d.txt": DEPOT_STRIKE_ELSEWHERE_TOO,
        "e.txt": PREMIUMS,
    }
    joined = with_stories(
        briefing_of(tmp_path, **files), ("kessel", "Rocket hits Kessel fuel depot", (1, 2, 3))
    )
    marked, _ = remember(joined, state, "2026-11-27")
    assert [(s.id, s.status, s.since) for s in marked.stories] == [("kessel", "new", None)]


def test_a_quote_sent_before_and_recalled_today_is_no_quote_again(tmp_path: Path) -> None:
    """Today's report recalls Monday's quote ("On Monday, Reyes had said: ..."), which
    Monday's brief sent: no quote row of today's; today's own words are (r58 #3)."""
    earlier = [
        already_sent.fold('"The bridge will hold through the winter," Reyes said on Monday.')
    ]
    today = briefing_of(
        tmp_path,
        **{
            "a.txt": """\
            Bridge closed after cracks found

            Engineers closed the Varn bridge on Wednesday after finding cracks in two piers.

            "We found the cracks at dawn and closed it at once," engineer Lia Moss said.

            On Monday, Ana Reyes had said: "The bridge will hold through the winter."
            """
        },
    )
    assert any("hold through the winter" in q.text for q in today.quotes)
    shown = [q.text for q in already_sent.without_sent(today, frozenset(), earlier).quotes]
    assert not any("hold through the winter" in text for text in shown)
    assert any("closed it at once" in text for text in shown)


def test_words_sent_before_that_a_note_takes_back_are_said_withdrawn(tmp_path: Path) -> None:
    """A note of today's report takes back a quote Monday's reports gave: the daily brief
    says so plainly, not only under Sources; words never sent are no withdrawal."""
    note = (
        "Editor's note: An earlier version of this story quoted Ana Reyes as saying the bridge"
        ' "will hold its cracked piers through the winter". She did not make that remark, and'
        " the quote has been removed."
    )
    text = "Bridge reopens to light traffic\n\nThe Varn bridge reopened to cars on Thursday"
    today = briefing_of(tmp_path, **{"a.txt": f"{text} after repairs to two piers.\n\n{note}\n"})
    sent = [
        already_sent.fold(
            '"The bridge will hold its cracked piers through the winter," Reyes said.'
        )
    ]
    rows = frozenset(text_key(t) for t in sent)
    withdrawn = (Withdrawn("will hold its cracked piers through the winter", 1),)
    assert corrections.withdrawn_since(today, sent, rows) == withdrawn
    closed = [already_sent.fold("The bridge was closed.")]
    assert corrections.withdrawn_since(today, closed, frozenset(map(text_key, closed))) == ()
    # sent, but in no row of a brief: no words its reader was shown
    assert corrections.withdrawn_since(today, sent, frozenset()) == ()
    shown = render(
        dataclasses.replace(today, withdrawn=corrections.withdrawn_since(today, sent, rows)),
        "md",
        Options(),
    )
    assert "## Withdrawn since an earlier brief" in shown.decode("utf-8")


SITREP_MAIL = """\
    From: Field Security <security@partner.example>
    To: access@ngo.example
    Subject: SITREP 25/11 - Holm / Vessa road (partner)
    Date: Wed, 25 Nov 2026 05:40:00 +0000
    Content-Type: text/plain; charset=utf-8

    Gunmen abducted a water engineer of Clearwater Aid on the road between Holm and Vessa
    on Tuesday evening.

    Partners have suspended all movements on the Holm-Vessa road until further notice.
    """
ABDUCTION = """\
    Clearwater Aid engineer abducted on Holm-Vessa road

    Gunmen abducted a water engineer working for Clearwater Aid on the road between Holm
    and Vessa on Tuesday evening, the charity said.

    The engineer was taken from a clearly marked vehicle, Clearwater Aid said.
    """
ABDUCTION_WIRE = """\
    Gunmen seize aid engineer near Vessa

    Gunmen seized a Clearwater Aid water engineer on the Holm-Vessa road on Tuesday
    evening, the charity said on Wednesday.

    Clearwater Aid has suspended its work in Vessa, the charity said.
    """


def test_a_mails_subject_heads_no_story_a_late_outlets_report_joins(
    tmp_path: Path, plain_server: Server
) -> None:
    """A morning brief of a partner's mail alone is headed by its Subject; the day's update,
    whose late reports of two outlets join that story, is headed by an outlet's headline,
    not by the Subject the morning's brief gave it: a partner's confidential sitrep's had
    headed a story of six outlets' reports, and the update mail (r63 F2)."""
    config = setup(tmp_path, plain_server)
    articles(tmp_path, **{"partner.eml": SITREP_MAIL})
    morning = run(config).briefing
    assert morning is not None
    subject = "SITREP 25/11 - Holm / Vessa road (partner)"
    assert subject in {s.title for s in morning.stories}
    articles(tmp_path, **{"c.txt": ABDUCTION, "d.txt": ABDUCTION_WIRE})
    evening = run(config, now=NOW + timedelta(hours=3)).briefing
    assert evening is not None
    names = {s.number: Path(s.path).name for s in evening.sources}
    road = next(s for s in evening.stories if "partner.eml" in {names[n] for n in s.sources})
    assert {names[n] for n in road.sources} >= {"partner.eml", "c.txt"}, road.sources
    assert road.title in {
        "Clearwater Aid engineer abducted on Holm-Vessa road",
        "Gunmen seize aid engineer near Vessa",
    }, road.title
    body = plain_server.handler.messages[-1].get_body(("plain",))
    assert body is not None and subject not in body.get_content()


GRAIN_MAIL = """\
    From: Port Desk <desk@partner.example>
    To: access@ngo.example
    Subject: FYI 25/11 - Odesa corridor (partner)
    Date: Wed, 25 Nov 2026 09:40:00 +0000
    Content-Type: text/plain; charset=utf-8

    Our port contacts say four more grain ships will sail from Odesa on Thursday.
    """


def test_a_late_reports_news_is_headed_by_a_published_headline_before_a_subject(
    tmp_path: Path,
) -> None:
    """late.keep_told: the late articles' part of a story taken apart is headed by its
    first bullet's article, unless that article's title is a mail's Subject and another
    late article has a published headline (r63 F2)."""
    from brief.daily.late import keep_told, told
    from brief.models import Bullet

    morning = with_stories(
        briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL}),
        ("s-border", "Border", (1,)),
        ("s-oil", "Oil", (2,)),
    )
    record = DayRecord(
        inputs=tuple(s.sha256 for s in morning.sources),
        sentences=tuple(already_sent.bullet_keys(morning)),
        told=told(morning),
        built="2026-11-25T06:30:00",
    )
    texts = {"a.txt": BORDER, "b.txt": OIL, "c.txt": GRAIN, "d.eml": GRAIN_MAIL}
    evening = briefing_of(tmp_path, **texts)
    number = {Path(s.path).name: s.number for s in evening.sources}
    mail = number["d.eml"]
    assert [s.title_is_subject for s in evening.sources] == [False, False, False, True]
    late = sorted(
        (
            Bullet(s.text, s.source, s.index, 1.0, "other")
            for s in evening.sentences
            if s.source in (number["c.txt"], mail)
        ),
        key=lambda bullet: bullet.source != mail,  # the mail's first
    )
    joined = Story("x-all", "Oil", (1, 2, 3, 4), 4, "other", tuple(late))
    kept = keep_told(dataclasses.replace(evening, stories=(joined,)), record)
    assert {s.id: s.title for s in kept.stories}["x-all"] == "Grain ships sail"


DRIVERS_STRIKE = """\
    Harbour drivers' strike shuts Venn port road

    Lorries stood idle across Venn on Tuesday morning as the Harbour Drivers Union kept its
    members off the port road in a strike over new toll charges.

    Harbour Drivers Union leader Aman Tesfaye said the strike would go on until the port
    authority dropped the new toll charges.

    The Venn port authority said the charges were lawful.
    """
DRIVERS_STRIKE_OFF = """\
    Venn port strike called off after toll deal

    The Harbour Drivers Union called off the nationwide strike on Tuesday afternoon after the
    Venn port authority agreed to suspend the new toll charges, union leader Aman Tesfaye said.

    Lorries were back on the Venn port road by the evening, the port authority said.
    """


def test_a_late_report_that_overtakes_the_mornings_story_heads_it(
    tmp_path: Path, plain_server: Server
) -> None:
    """r65 F11: the evening's report that the strike was called off overtakes the
    morning's "the strike would go on until ...": the update shows that line no more, and
    heads the story by the late news, not by the morning's "strike shuts the port road"
    (the morning's mail keeps what it said)."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["json"]')
    articles(tmp_path, **{"a.txt": DRIVERS_STRIKE, "b.txt": OIL})
    config = cfg.load(path)
    morning = run(config).briefing
    assert morning is not None
    strike = next(s for s in morning.stories if "strike" in s.title)
    assert any("would go on" in b.text for b in strike.bullets)
    articles(tmp_path, **{"c.txt": DRIVERS_STRIKE_OFF})
    evening = run(config, now=NOW + timedelta(hours=10)).briefing
    assert evening is not None
    story = next(s for s in evening.stories if s.id == strike.id)
    assert not any("would go on" in b.text for b in story.bullets), story.bullets
    assert story.title == "Venn port strike called off after toll deal"
    assert any(b.new and "called off" in b.text for b in story.bullets)


DIVERS_SEIZED = """\
    Gunmen seize three divers from Corran Oil barge off Velt

    Gunmen in speedboats attacked a Corran Oil barge off Velt on Monday and seized three divers,
    the Velt coast guard said.

    The coast guard said patrol boats were searching the Velt estuary.
    """
DIVERS_CORRECTED = """\
    Velt police arrest two over Corran Oil barge attack

    Police in Velt arrested two men over Monday's seizure of divers from a Corran Oil barge, the
    Velt coast guard said on Tuesday.

    Corran Oil said on Tuesday that four of its divers, not three as first reported, were taken
    from the barge off Velt.
    """


def test_a_count_an_earlier_brief_gave_and_today_corrects_is_said_so(
    tmp_path: Path, plain_server: Server
) -> None:
    """r65 F5: yesterday's brief showed "seized three divers"; today's report says "four of
    its divers, not three as first reported". The brief opens with the notice of a
    count corrected, quoting what was shown and the sentence that corrects it: four
    divers today read as a fourth taken in a new attack. A count of another story, or
    one the correction does not name, gives no notice."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md"]')
    articles(tmp_path, **{"a.txt": DIVERS_SEIZED, "b.txt": OIL})
    config = cfg.load(path)
    run(config)
    articles(tmp_path, **{"c.txt": DIVERS_CORRECTED})
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    (notice,) = report.briefing.withdrawn
    assert notice.words == "three divers" and "not three as first reported" in notice.correction
    shown = (tmp_path / "out" / f"brief-{TOMORROW.date()}.md").read_text(encoding="utf-8")
    assert "## Withdrawn since an earlier brief" in shown
    assert "An earlier brief gave “three divers”" in shown
    # the mail says so too: its reader may read nothing else
    first, second = (m.get_body(("plain",)) for m in plain_server.handler.messages)
    assert first is not None and second is not None
    assert "CORRECTION" not in first.get_content()
    assert "corrects something an earlier brief told you" in second.get_content()


def test_a_correction_of_a_count_never_shown_gives_no_notice(
    tmp_path: Path, plain_server: Server
) -> None:
    """The first day's brief gave no count of divers (its report said none): no notice."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md"]')
    seized = DIVERS_SEIZED.replace("seized three divers", "seized its divers")
    articles(tmp_path, **{"a.txt": seized, "b.txt": OIL})
    config = cfg.load(path)
    run(config)
    articles(tmp_path, **{"c.txt": DIVERS_CORRECTED})
    report = run(config, now=TOMORROW)
    assert report.briefing is not None and report.briefing.withdrawn == ()


QUARRY_BLAST = """\
    Six killed in blast at Morrow quarry

    Six people were killed in an explosion at the Morrow limestone quarry near Tessel on
    Monday, local radio reported.

    Rescue teams were searching the quarry's lower terraces.
    """
QUARRY_CORRECTED = """\
    Morrow quarry owner charged after blast

    Prosecutors in Tessel charged the owner of the Morrow limestone quarry on Tuesday over
    Monday's explosion.

    Early reports had put the toll at six dead, a figure the Tessel coroner later corrected
    to four.
    """


def test_a_count_corrected_to_another_gives_the_earlier_briefs_notice(
    tmp_path: Path, plain_server: Server
) -> None:
    """r66 F4: yesterday's brief headed a story "six killed"; today's report says the
    six was "later corrected to four". The count shown, in whatever casualty word of
    the dead it was shown, is said to be corrected."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["md"]')
    articles(tmp_path, **{"a.txt": QUARRY_BLAST, "b.txt": OIL})
    config = cfg.load(path)
    run(config)
    articles(tmp_path, **{"c.txt": QUARRY_CORRECTED})
    report = run(config, now=TOMORROW)
    assert report.briefing is not None
    (notice,) = report.briefing.withdrawn
    assert notice.words.startswith("six") and "corrected to four" in notice.correction


def test_a_count_of_the_hurt_is_no_count_of_the_dead_corrected() -> None:
    from brief.daily.novelty.already_sent import fold
    from brief.daily.novelty.corrections import _corrections, _count_of

    ((_, new, was, nouns),) = _corrections(
        "Early reports had put the toll at six dead, a figure the coroner corrected to four.",
        "english",
    )
    assert (new, was) == (4, 6)
    assert _count_of(fold("Six people were killed in the blast."), 6, nouns, "english")
    assert not _count_of(fold("Six people were injured in the blast."), 6, nouns, "english")


QUAY_NOTE = """\
    Ecuador: dockers' walkout puts banana exports at risk

    By Lucia Marin, economist at Andes Capital

    The walkout by dockers at Guayaquil port halts most banana exports from Ecuador.
    We expect banana exports to fall by a fifth in June if the walkout at Guayaquil lasts two
    weeks.
    Exporters in Machala say ripe bananas are already being dumped.
    The Guayaquil port authority has not said when loading will resume.
    """

QUAY_DOWNGRADE = """\
    Vantor Ratings cuts Ecuador to B-, citing political turmoil

    Vantor Ratings cut Ecuador's rating to B- from B on Tuesday.
    The agency said the walkout by dockers at Guayaquil port and the halt of banana exports
    had weakened Ecuador's finances.
    It expects banana exports from Machala to fall by a fifth in June.
    The Guayaquil port authority said loading would not resume this week.
    """

QUAY_GOES_ON = """\
    Guayaquil dockers' walkout enters second week as banana exports stall

    The walkout by dockers at Guayaquil port entered its second week on Tuesday, with banana
    exports from Ecuador all but halted.
    Exporters in Machala said ripe bananas were being dumped for a second week.
    The Guayaquil port authority said loading would not resume this week.
    """


def test_a_new_event_whose_headline_tells_nothing_of_yesterday_s_is_new(tmp_path: Path) -> None:
    """In one country's crisis every story holds most of the others' names and words: a
    rating agency's downgrade, which recalls a dockers' walkout and its exports in a line,
    holds a third of a bank economist's note on the walkout and more, as the walkout's
    own next day does. Where terms alone join several of today's stories to one of
    yesterday's, they tell the crisis, not which story goes on: the headlines decide.
    The walkout's next day, whose headline tells the walkout, continues the note; the
    downgrade, whose headline tells another event, is new (invented; r75 F7: a note,
    then a downgrade, had been one story, "developing since" the note's day). Alone on
    its day, the downgrade keeps the link its terms give, as before."""
    day1 = with_stories(
        briefing_of(tmp_path, **{"a.txt": QUAY_NOTE}),
        ("s-note", "Ecuador: dockers' walkout puts banana exports at risk", (1,)),
    )
    _, state = remember(day1, State(), "2026-11-24")
    downgrade = "Vantor Ratings cuts Ecuador to B-, citing political turmoil"
    goes_on = "Guayaquil dockers' walkout enters second week as banana exports stall"
    day2 = with_stories(
        briefing_of(tmp_path, **{"b.txt": QUAY_DOWNGRADE, "c.txt": QUAY_GOES_ON}),
        ("x-downgrade", downgrade, (1,)),
        ("x-walkout", goes_on, (2,)),
    )
    marked, _ = remember(day2, state, "2026-11-25")
    assert [(s.id, s.status) for s in marked.stories] == [
        ("x-downgrade", "new"),
        ("s-note", "developing"),
    ]
    alone = with_stories(
        briefing_of(tmp_path, **{"b.txt": QUAY_DOWNGRADE}), ("x-downgrade", downgrade, (1,))
    )
    marked, _ = remember(alone, state, "2026-11-25")
    assert [(s.id, s.status) for s in marked.stories] == [("s-note", "developing")]
    # the pairs the terms alone make: the downgrade's is left out for its headline, and
    # stands where it is the note's only one; a shared sentence's pair always stands
    note = state.stories["s-note"]
    heads = [recognition.headline_terms([downgrade]), recognition.headline_terms([goes_on])]
    names = [frozenset(), frozenset()]
    by_terms = [((0, 1, 0.4, 0), 0, note), ((0, 1, 0.38, 0), 1, note)]

    def kept(pairs: list, several: tuple = (False, False), named: list = names) -> list:
        found = recognition._told_apart(pairs, heads, named, list(several), "english")
        return [i for _, i, _ in found]

    assert kept(by_terms) == [1]
    assert kept(by_terms[:1]) == [0]  # the note's only pair by terms stands
    assert kept([((0, 1, 0.4, 2), 0, note), by_terms[1]]) == [0, 1]  # a sentence shared
    assert kept(by_terms, (True, False)) == [0, 1]  # a story of several reports
    # a name of today's headline that the remembered story holds: its who or where
    assert kept(by_terms, named=[frozenset({"guayaquil"}), frozenset()]) == [0, 1]
    # (its first word is capitalised by its place)
    assert recognition._headline_names([downgrade], "english") == {"rate"}
    assert recognition.headline_terms(["Statement of the Ecuadorian Ministry of Finance"]) == {
        "ministri",
        "financ",
    }


NAVY_BRIEFING = """\
    Briefing by the Defence Ministry spokesman, Tomas Brenner

    BRENNER: Good afternoon.

    BRENNER: Two navy warships will patrol the strait until the mine clearance is finished.

    QUESTION (Valley Courier): When will the marines on the eastern coast stand down?

    BRENNER: Not before Friday. Four army battalions will stay on the eastern coast this week.

    QUESTION (Lake Radio): Were any soldiers wounded in the shelling?

    BRENNER: No soldier was wounded in the shelling. Two divers were checked and released.
    """


def test_a_late_article_leaves_the_turns_of_a_transcript_the_morning_showed(
    tmp_path: Path, plain_server: Server
) -> None:
    """A bullet of a transcript's turn shows its words without the turn's label, and is
    known across runs by its sentence, label and all: the morning's brief showed a
    briefing's turns, and the evening's update, rebuilt for a late article of another
    story, lost them, found nowhere by the words shown (r76 F7). They stay, with their
    speaker."""
    config = setup(tmp_path, plain_server)
    (tmp_path / "inbox" / "b.txt").unlink()
    articles(tmp_path, **{"w.txt": NAVY_BRIEFING})
    morning = run(config).briefing
    assert morning is not None
    turns = {
        (b.text, b.speaker)
        for story in morning.stories
        for b in story.bullets
        if b.label.startswith("BRENNER")
    }
    assert turns and all(speaker == "Tomas Brenner" for _, speaker in turns)
    articles(tmp_path, **{"c.txt": GRAIN})
    evening = run(config, now=NOW + timedelta(hours=3)).briefing
    assert evening is not None
    shown = {(b.text, b.speaker) for story in evening.stories for b in story.bullets}
    assert turns <= shown


def test_a_developing_storys_news_told_in_the_morning_is_the_days_news_in_its_update(
    tmp_path: Path, plain_server: Server
) -> None:
    """A later run of the day marks new only what came since the morning, so a story
    developing since an earlier day, whose news the morning's brief told, has nothing
    marked new in the update; it is still news of the day (`news_today`), told in full:
    the update's print had listed a re-arrest the morning told in full beside a film
    festival (r76 F18)."""
    config = setup(tmp_path, plain_server)
    run(config)
    articles(tmp_path, **{"c.txt": BORDER_FOLLOW_UP})
    morning = run(config, now=TOMORROW).briefing
    assert morning is not None
    border = next(s for s in morning.stories if s.status == "developing")
    assert border.news_today and any(b.new for b in border.bullets)
    articles(tmp_path, **{"e.txt": SPEAKER})
    evening = run(config, now=TOMORROW + timedelta(hours=3)).briefing
    assert evening is not None
    again = next(s for s in evening.stories if s.id == border.id)
    assert not any(b.new for b in again.bullets) and again.news_today
    state = json.loads((tmp_path / "state" / "state.json").read_text())
    told = state["briefs"][TOMORROW.date().isoformat()]["told"]
    assert {t["id"]: t["news"] for t in told}[border.id] is True


CRISIS_CALM = """\
    Interior Ministry says calm restored in Marovia after night of unrest

    The Marovian Interior Ministry said on Monday that calm had been restored in the capital,\
 Porto Lenca, after protesters threw bottles at police.

    The ministry said 140 people had been detained for disorderly conduct and that the\
 protest had been organised by provocateurs.

    Interior Ministry spokesman Anselmo Ruvic said police had acted with restraint.
    """

CRISIS_LEADER = """\
    Police detain dockers' union leader Hugo Bessart in Porto Lenca

    Police in Marovia detained Hugo Bessart, leader of the Lenca Dockers' Federation, at his\
 home before dawn on Monday, his union said.

    The Interior Ministry said Bessart was held on suspicion of organising the protest.

    His lawyer, Clara Venn, said she had not been allowed to see him.
    """

CRISIS_OMBUDSMAN = """\
    Ombudsman to inspect police cells after protest arrests

    Marovia's ombudsman, Teodor Mallin, said he would inspect the police cells where\
 protesters detained on Sunday night are held.

    Mallin said relatives of several detainees had complained that they could not find them.

    The Interior Ministry did not comment on the ombudsman's plan.
    """

CRISIS_CONSULATES = """\
    Consulates urge Marovia to free detained protesters

    The consulates of Norway, Chile and Japan in Porto Lenca on Tuesday urged Marovia to free\
 everyone detained for taking part in the protest.

    In a joint note, the three consulates said they were concerned by reports of excessive\
 force.

    Marovia's Foreign Ministry summoned the three consuls and called the note interference.
    """

CRISIS_HEARING = """\
    Court keeps union leader Bessart in custody

    A court in Porto Lenca on Tuesday ordered Hugo Bessart, the leader of the Lenca Dockers'\
 Federation, to be held for thirty days while he is investigated.

    His lawyer, Clara Venn, said the union leader would appeal.
    """


def test_a_story_continues_by_what_sets_yesterdays_story_apart_not_by_the_crisis_words(
    tmp_path: Path,
) -> None:
    """Every story of one crisis writes its country, its capital, the ministry, "detained"
    and "protest": a word most of yesterday's stories hold identifies none of them. The
    consulates' call shares only such words with the ministry's statement (a third of its
    rarity and more) and is new; the union leader's hearing shares his name and his
    lawyer's, which no other story of yesterday holds, and continues his arrest (invented;
    r76 F11: an embassies' call had taken the id of a ministry's statement, and the next
    day a UN office's call had taken it in turn)."""
    day1 = with_stories(
        briefing_of(
            tmp_path, **{"a.txt": CRISIS_CALM, "b.txt": CRISIS_LEADER, "c.txt": CRISIS_OMBUDSMAN}
        ),
        ("s-calm", "Interior Ministry says calm restored in Marovia after night of unrest", (1,)),
        ("s-leader", "Police detain dockers' union leader Hugo Bessart in Porto Lenca", (2,)),
        ("s-cells", "Ombudsman to inspect police cells after protest arrests", (3,)),
    )
    _, state = remember(day1, State(), "2026-11-23")
    day2 = with_stories(
        briefing_of(tmp_path, **{"d.txt": CRISIS_CONSULATES, "e.txt": CRISIS_HEARING}),
        ("x-consulates", "Consulates urge Marovia to free detained protesters", (1,)),
        ("x-hearing", "Court keeps union leader Bessart in custody", (2,)),
    )
    marked, _ = remember(day2, state, "2026-11-24")
    assert [(s.id, s.status) for s in marked.stories] == [
        ("x-consulates", "new"),
        ("s-leader", "developing"),
    ]
    # alone in yesterday's memory, the ministry's statement is the crisis: its words
    # are its own, and the call continues it as before
    alone = State().with_stories({"s-calm": state.stories["s-calm"]})
    alone = alone.with_day("2026-11-23", state.briefs["2026-11-23"])
    marked, _ = remember(day2, alone, "2026-11-24")
    assert [(s.id, s.status) for s in marked.stories][0] == ("s-calm", "developing")
    # a story of an earlier week that named the union leader is no neighbour of his
    # arrest: his name still sets the arrest apart from what its reader met beside it
    older = dataclasses.replace(
        state.stories["s-leader"], id="s-older", first_seen="2026-11-16", last_seen="2026-11-16"
    )
    marked, _ = remember(day2, state.with_stories({"s-older": older}), "2026-11-24")
    assert [(s.id, s.status) for s in marked.stories][1] == ("s-leader", "developing")
    # one of its own day that named him too leaves the hearing nothing of the arrest's own
    twin = dataclasses.replace(older, last_seen="2026-11-23")
    marked, _ = remember(day2, state.with_stories({"s-older": twin}), "2026-11-24")
    assert [(s.id, s.status) for s in marked.stories][1] == ("x-hearing", "new")
