"""Daily runs as cron would do them: repeated, interrupted, overlapping, against a real SMTP server.

The brief pipeline is replaced by FakeEngine (fast and deterministic); everything else
(config, lock, state, archive, outbox, SMTP) is the real thing.
"""

from __future__ import annotations

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
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import brief.daily as daily
from brief import config as cfg
from brief.cli import app
from brief.deliver.outbox import Outbox
from brief.deliver.send import SendReport, send_file
from brief.errors import BusyError, ConfigError, DeliveryError
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import NOW, PASSWORD, USER, FakeEngine, Server, mail_table, write_config

ROOT = Path(__file__).resolve().parents[1]
TODAY = NOW.date().isoformat()


class Crash(BaseException):
    """Stands in for SIGKILL: not an Exception, so no `except Exception` can swallow it."""


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


def articles(tmp_path: Path, **texts: str) -> None:
    for name, text in texts.items():
        (tmp_path / "inbox" / name).write_text(textwrap.dedent(text), encoding="utf-8")


def setup(tmp_path: Path, server: Server | None, **kw: Any) -> cfg.Config:
    mail = mail_table(server.port, **kw) if server else ""
    path = write_config(tmp_path, mail=mail, daily='formats = ["pdf", "md"]')
    articles(
        tmp_path,
        **{
            "a.txt": "Troops massed at the border.\nTalks stalled in Geneva.\n",
            "b.txt": "Oil prices rose four percent.\nTroops massed at the border!\n",
        },
    )
    return cfg.load(path)


def run(config: cfg.Config, engine: FakeEngine, **kw: Any) -> daily.Report:
    kw.setdefault("now", NOW)
    return daily.run(
        config, engine=daily.Engine(engine.build, engine.render), sleep=lambda s: None, **kw
    )


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def assert_complete(tmp_path: Path, server: Server, emails: int = 1) -> None:
    """The state a finished run leaves: outputs, all inputs archived, one email, empty outbox."""
    assert files(tmp_path / "out") == [f"brief-{TODAY}.md", f"brief-{TODAY}.pdf"]
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
        ('security = "ssl"', "mail.security: choose from"),
        ("port = 0", "mail.port: must be between"),
        ('colour = "blue"', "mail.colour: unknown key"),
        ('username = "me"', "mail.username: needs password_env or password_file"),
        ("to = [1]", "mail.to: expected a list"),
        ('to = ["a@b.org\\nBcc: x@y.org"]', "mail.to: not one email address"),
        ('from = "a@b.org, c@d.org"', "mail.from: not one email address"),
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


def test_config_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    c = cfg.load(write_config(tmp_path, brief="sentences = 12"))
    assert c.require_daily().inbox == tmp_path / "inbox"
    assert c.options.sentences == 12
    assert c.mail is None


def test_bad_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "brief.toml"
    path.write_text("[daily\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        cfg.load(path)


# -- normal runs -----------------------------------------------------------------------------


def test_first_run_builds_archives_and_sends(
    tmp_path: Path, plain_server: Server, engine: FakeEngine
) -> None:
    report = run(setup(tmp_path, plain_server), engine)
    assert_complete(tmp_path, plain_server)
    assert report.built and len(report.sent) == 1 and report.waiting == 0
    [msg] = plain_server.handler.messages
    assert msg["To"] == "desk@example.org"
    [pdf] = list(msg.iter_attachments())
    assert pdf.get_filename() == f"brief-{TODAY}.pdf"
    assert pdf.get_content() == (tmp_path / "out" / f"brief-{TODAY}.pdf").read_bytes()
    body = msg.get_body(("plain",))
    assert body is not None and "Troops massed at the border." in body.get_content()
    assert engine.builds == [[str(tmp_path / "inbox" / "a.txt"), str(tmp_path / "inbox" / "b.txt")]]


def test_run_twice_sends_exactly_one_email(
    tmp_path: Path, plain_server: Server, engine: FakeEngine
) -> None:
    config = setup(tmp_path, plain_server)
    run(config, engine)
    second = run(config, engine, now=NOW + timedelta(hours=2))
    assert_complete(tmp_path, plain_server, emails=1)
    assert len(engine.builds) == 1 and not second.built and second.sent == ()


def test_a_second_day_marks_what_is_new(
    tmp_path: Path, plain_server: Server, engine: FakeEngine
) -> None:
    config = setup(tmp_path, plain_server)
    run(config, engine)
    articles(tmp_path, **{"c.txt": "Talks stalled in geneva\nA ceasefire was announced.\n"})
    tomorrow = NOW + timedelta(days=1)
    run(config, engine, now=tomorrow)
    md = (tmp_path / "out" / f"brief-{tomorrow.date()}.md").read_text()
    assert "- Talks stalled in geneva" in md  # seen yesterday (case and punctuation aside)
    assert "* A ceasefire was announced." in md
    assert len(plain_server.handler.messages) == 2
    assert "(1 new)" in str(plain_server.handler.messages[1]["Subject"])


def test_an_article_arriving_later_the_same_day_updates_the_brief(
    tmp_path: Path, plain_server: Server, engine: FakeEngine
) -> None:
    config = setup(tmp_path, plain_server)
    run(config, engine)
    articles(tmp_path, **{"c.txt": "A ceasefire was announced.\n"})
    report = run(config, engine, now=NOW + timedelta(hours=3))
    assert report.built
    assert [Path(p).name for p in engine.builds[1]] == ["a.txt", "b.txt", "c.txt"]
    first, second = plain_server.handler.messages
    assert first["Message-ID"] != second["Message-ID"]
    md = (tmp_path / "out" / f"brief-{TODAY}.md").read_text()
    assert "* A ceasefire was announced." in md and "- Oil prices rose four percent." in md
    assert "(1 new)" in str(second["Subject"]) and "new" not in str(first["Subject"])
    assert files(tmp_path / "archive") == [f"{TODAY}/a.txt", f"{TODAY}/b.txt", f"{TODAY}/c.txt"]


def test_a_late_article_the_same_day_is_marked_new_against_that_days_first_brief(
    tmp_path: Path, plain_server: Server, engine: FakeEngine
) -> None:
    config = setup(tmp_path, plain_server)
    run(config, engine, now=NOW - timedelta(days=1))  # yesterday: a.txt and b.txt
    articles(tmp_path, **{"c.txt": "Talks stalled in geneva\nGrain ships sailed.\n"})
    run(config, engine)  # today's first run compares with yesterday's brief
    md = tmp_path / "out" / f"brief-{TODAY}.md"
    assert "* Grain ships sailed." in md.read_text()
    assert "- Talks stalled in geneva" in md.read_text()
    articles(tmp_path, **{"d.txt": "A ceasefire was announced.\nGrain ships sailed!\n"})
    report = run(config, engine, now=NOW + timedelta(hours=3))  # same day, a late article
    assert report.built
    text = md.read_text()
    assert "* A ceasefire was announced." in text  # new since this morning's brief
    assert "- Grain ships sailed!" in text  # new this morning, not now
    assert "- Talks stalled in geneva" in text
    assert len(plain_server.handler.messages) == 3
    assert "(1 new)" in str(plain_server.handler.messages[2]["Subject"])
    state = json.loads((tmp_path / "state" / "state.json").read_text())
    assert state["briefs"][TODAY]["digest"]["new"] == 1


def test_nothing_in_the_inbox_is_quiet_and_sends_nothing(
    tmp_path: Path, plain_server: Server, engine: FakeEngine
) -> None:
    config = cfg.load(write_config(tmp_path, mail=mail_table(plain_server.port)))
    report = run(config, engine)
    assert not report.built and engine.builds == [] and plain_server.handler.messages == []


def test_same_name_next_day_and_clash_in_archive_never_overwrite(
    tmp_path: Path, plain_server: Server, engine: FakeEngine
) -> None:
    config = setup(tmp_path, plain_server)
    run(config, engine)
    articles(tmp_path, **{"a.txt": "A different article with the same name.\n"})
    run(config, engine, now=NOW + timedelta(hours=1))
    assert files(tmp_path / "archive") == [f"{TODAY}/a.1.txt", f"{TODAY}/a.txt", f"{TODAY}/b.txt"]


def test_unreadable_article_is_set_aside_not_fatal(
    tmp_path: Path, plain_server: Server, engine: FakeEngine, caplog: pytest.LogCaptureFixture
) -> None:
    config = setup(tmp_path, plain_server)
    articles(tmp_path, **{"bad.txt": "BINARY\n"})
    report = run(config, engine)
    assert report.built and len(plain_server.handler.messages) == 1
    assert f"{TODAY}/rejected/bad.txt" in files(tmp_path / "archive")
    assert "looks like a binary file" in caplog.text
    # the re-run does not pick it up again
    run(config, engine, now=NOW + timedelta(minutes=5))
    assert len(engine.builds) == 2 and len(plain_server.handler.messages) == 1


def test_dry_run_changes_nothing(tmp_path: Path, plain_server: Server, engine: FakeEngine) -> None:
    config = setup(tmp_path, plain_server)
    before = files(tmp_path)
    report = run(config, engine, dry_run=True)
    assert files(tmp_path) == before and engine.builds == []
    assert plain_server.handler.messages == []
    text = "\n".join(report.lines())
    assert f"would write {tmp_path}/out/brief-{TODAY}.pdf" in text
    assert "would queue a message to desk@example.org" in text
    assert f"would archive {tmp_path}/archive/{TODAY}/a.txt" in text


def test_starttls_auth_with_password_from_environment(
    tmp_path: Path,
    starttls_server: Server,
    ca_file: Path,
    engine: FakeEngine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = f'username = "{USER}"\npassword_env = "BRIEF_TEST_PW"\nca_file = "{ca_file}"\n'
    config = setup(tmp_path, starttls_server, security="starttls", extra=extra)
    monkeypatch.delenv("BRIEF_TEST_PW", raising=False)
    with pytest.raises(ConfigError, match="BRIEF_TEST_PW is not set"):
        run(config, engine)
    assert starttls_server.handler.messages == []  # but the brief is built and queued
    monkeypatch.setenv("BRIEF_TEST_PW", PASSWORD)
    run(config, engine)
    assert_complete(tmp_path, starttls_server)


# -- failures --------------------------------------------------------------------------------


def test_lock_held_means_busy(tmp_path: Path, plain_server: Server, engine: FakeEngine) -> None:
    config = setup(tmp_path, plain_server)
    (tmp_path / "state").mkdir()
    with open(tmp_path / "state" / "lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(BusyError, match="another brief run holds the lock") as err:
            run(config, engine)
    assert err.value.exit_code == 75 and err.value.path == str(tmp_path / "state" / "lock")
    assert engine.builds == [] and files(tmp_path / "inbox") == ["a.txt", "b.txt"]


def test_server_down_keeps_the_message_for_the_next_run(
    tmp_path: Path, plain_server: Server, engine: FakeEngine
) -> None:
    config = setup(tmp_path, plain_server)
    plain_server.handler.data_replies = ["421 4.3.2 shutting down"] * 3  # retries = 2
    with pytest.raises(BusyError, match="stay in the outbox"):
        run(config, engine)
    assert files(tmp_path / "inbox") == [] and len(files(tmp_path / "state" / "outbox")) == 1
    run(config, engine, now=NOW + timedelta(minutes=30))
    assert_complete(tmp_path, plain_server)


def test_refused_recipient_is_reported_others_delivered_none_resent(
    tmp_path: Path, plain_server: Server, engine: FakeEngine
) -> None:
    plain_server.handler.refuse = {"nobody@example.org"}
    config = setup(tmp_path, plain_server, to=("desk@example.org", "nobody@example.org"))
    with pytest.raises(DeliveryError, match="nobody@example.org: 550 5.1.1 no such user"):
        run(config, engine)
    assert [m["To"] for m in plain_server.handler.messages] == ["desk@example.org"]
    assert len(files(tmp_path / "state" / "failed")) == 1
    run(config, engine, now=NOW + timedelta(hours=1))
    assert len(plain_server.handler.messages) == 1 and plain_server.handler.attempts == 1


STAGES = ["locked", "written", "queued", "saved", "archived", "logged"]


@pytest.mark.parametrize("stage", STAGES)
def test_killed_at_any_stage_rerun_completes_with_one_email(
    tmp_path: Path,
    plain_server: Server,
    engine: FakeEngine,
    stage: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = setup(tmp_path, plain_server)

    def crash(name: str) -> None:
        if name == stage:
            raise Crash(name)

    monkeypatch.setattr(daily, "_stage", crash)
    with pytest.raises(Crash):
        run(config, engine)
    monkeypatch.undo()
    run(config, engine, now=NOW + timedelta(minutes=10))
    assert_complete(tmp_path, plain_server, emails=1)


def test_killed_mid_archive_loses_nothing(
    tmp_path: Path, plain_server: Server, engine: FakeEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = setup(tmp_path, plain_server)
    real = daily._link_or_copy

    def link_then_die(src: Path, dst: Path) -> None:
        real(src, dst)
        raise Crash("after link, before unlink")

    monkeypatch.setattr(daily, "_link_or_copy", link_then_die)
    with pytest.raises(Crash):
        run(config, engine)
    assert "a.txt" in files(tmp_path / "inbox") and f"{TODAY}/a.txt" in files(tmp_path / "archive")
    monkeypatch.undo()
    run(config, engine, now=NOW + timedelta(minutes=10))
    assert_complete(tmp_path, plain_server, emails=1)


def test_archive_across_file_systems_copies_then_removes(
    tmp_path: Path, plain_server: Server, engine: FakeEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = setup(tmp_path, plain_server)
    real_link = os.link

    def no_cross_device(src: Path, dst: Path) -> None:
        if "inbox" in str(src):
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_link(src, dst)

    monkeypatch.setattr(daily.os, "link", no_cross_device)
    run(config, engine)
    monkeypatch.undo()
    assert_complete(tmp_path, plain_server)
    assert (tmp_path / "archive" / TODAY / "a.txt").read_text().startswith("Troops massed")


def test_killed_between_accept_and_log_resends_with_the_same_message_id(
    tmp_path: Path, plain_server: Server, engine: FakeEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one documented gap (microseconds wide in real life): at-least-once, same ID."""
    config = setup(tmp_path, plain_server)
    monkeypatch.setattr(
        daily, "_stage", lambda name: (_ for _ in ()).throw(Crash()) if name == "accepted" else None
    )
    with pytest.raises(Crash):
        run(config, engine)
    monkeypatch.undo()
    run(config, engine, now=NOW + timedelta(minutes=10))
    first, second = plain_server.handler.messages
    assert first["Message-ID"] == second["Message-ID"]


SIGKILL_SCRIPT = """
import os, signal, sys
from datetime import datetime
from pathlib import Path
import brief.daily as daily
from brief import config as cfg
from tests.smtp_fixtures import FakeEngine

stage = sys.argv[2]
def die(name):
    if name == stage:
        os.kill(os.getpid(), signal.SIGKILL)
daily._stage = die
e = FakeEngine()
config = cfg.load(Path(sys.argv[1]))
now = datetime.fromisoformat(sys.argv[3])
daily.run(config, now=now, engine=daily.Engine(e.build, e.render), sleep=lambda s: None)
"""


@pytest.mark.parametrize("stage", ["queued", "logged"])
def test_sigkilled_process_then_rerun_sends_exactly_one(
    tmp_path: Path, plain_server: Server, engine: FakeEngine, stage: str
) -> None:
    config = setup(tmp_path, plain_server)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", SIGKILL_SCRIPT, str(config.path), stage, NOW.isoformat()],
        env=env,
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == -9, proc.stderr.decode()
    assert len(plain_server.handler.messages) == (1 if stage == "logged" else 0)
    # the dead run's lock is gone with it: the next cron run is not blocked
    run(config, engine, now=NOW + timedelta(minutes=10))
    assert_complete(tmp_path, plain_server, emails=1)


# -- the commands, as cron runs them ----------------------------------------------------------

SAMPLES = ROOT / "samples"
EPOCH = str(int(NOW.timestamp()))
cli_runner = CliRunner()


def brief_cli(*args: str) -> Result:
    return cli_runner.invoke(app, list(args), env={"SOURCE_DATE_EPOCH": EPOCH})


def test_cli_daily_real_pipeline_is_silent_and_sends_once(
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
    assert body is not None and "BOTTOM LINE" in body.get_content()
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
    articles(tmp_path, **{"a.txt": "Troops massed at the border.\n"})
    result = brief_cli("daily", "--config", str(path), "--dry-run")
    assert result.exit_code == 0
    assert f"would write {tmp_path}/out/brief-{TODAY}.pdf" in result.stdout
    assert not (tmp_path / "out").exists() and not (tmp_path / "state").exists()


def test_cli_daily_config_error_exits_78(tmp_path: Path) -> None:
    path = write_config(
        tmp_path, mail='host = "smtp.example.org"\nfrom = "b@x.org"\npassword = "x"'
    )
    result = brief_cli("daily", "--config", str(path))
    assert result.exit_code == 78
    assert result.stderr.startswith(f"brief: {path}: mail.password: passwords are never read")


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


def send(config: cfg.Config, pdf: Path, *to: str, **kw: Any) -> SendReport:
    kw.setdefault("now", NOW)
    return send_file(pdf, to, config.require_mail(), config.options, sleep=lambda s: None, **kw)


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
import brief.daily as daily
from brief.cli import main

marker, release = Path(sys.argv[1]), Path(sys.argv[2])
def hold(name):
    if name == "locked":
        marker.touch()
        while not release.exists():
            time.sleep(0.02)
daily._stage = hold
sys.argv = ["brief", "daily", "--config", sys.argv[3]]
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


def test_log_file_gets_the_details_stderr_stays_quiet(tmp_path: Path, plain_server: Server) -> None:
    path = write_config(
        tmp_path,
        mail=mail_table(plain_server.port),
        daily='formats = ["md"]\nlog_file = "logs/brief.log"',
    )
    shutil.copy(SAMPLES / "grain-corridor.txt", tmp_path / "inbox")
    try:
        result = brief_cli("daily", "--config", str(path))
    finally:
        for handler in logging.getLogger().handlers[:]:
            if isinstance(handler, logging.FileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert result.exit_code == 0 and result.output == ""
    log_text = (tmp_path / "logs" / "brief.log").read_text()
    assert "INFO brief.deliver.flush: sent <brief-" in log_text
    assert f"archived {tmp_path}/inbox/grain-corridor.txt" in log_text
