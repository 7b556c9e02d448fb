"""One unattended daily run: inbox -> brief -> outbox -> archive -> sent, safe to kill anywhere.

Order of work, and what a re-run after a kill at each point does:

    lock            a second run (or a `brief send`) exits 75 (BusyError), never races
    read inbox      nothing written yet: the re-run starts over
    build + write   outputs are written atomically; the re-run rebuilds the same brief
    queue mail      one message per recipient, Message-ID from (date, inputs, recipient):
                    the re-run queues onto the same files, never a second copy
    save state      from here the day's inputs are known: the re-run does not rebuild
    archive inputs  hard link, then unlink: a file is in the inbox, the archive or both,
                    never neither; the re-run finishes the moves
    send            outbox -> server 250 -> sent.log (fsynced) -> sent box; the re-run
                    sends what is left and moves what the log says was sent

The state file (state/state.json) keeps, per day, the SHA-256 of every article used
and a hash of every bullet, which is how "new since the previous brief" is marked: the
previous brief is the last one built, today's own when a late article rebuilds the day.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import hashlib
import json
import logging
import os
import shutil
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from brief.config import Config, DailyConfig, MailConfig
from brief.deliver import mail as mailer
from brief.deliver.flush import flush
from brief.deliver.outbox import Outbox, fsync_dir, group_name
from brief.errors import (
    ConfigError,
    DeliveryError,
    InputError,
    NoInputError,
    OutputError,
)
from brief.models import Briefing, Bullet, Section, text_key
from brief.options import Options
from brief.output import write_atomic

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
STATE_VERSION = 1
KEEP_DAYS = 60
IGNORED = ("*.tmp", "*.part", "*.partial", "*~", "*.swp")  # files still being written


@dataclass(frozen=True)
class Engine:
    """The two library calls a run needs; tests pass fast stand-ins."""

    build: Callable[[Sequence[str], Options], Briefing]
    render: Callable[[Briefing, str, Options], bytes]


def default_engine() -> Engine:
    from brief.pipeline import build
    from brief.render import render

    return Engine(build, render)


@dataclass(frozen=True)
class Report:
    """What a run did (or, with dry_run, would do)."""

    date: str
    dry_run: bool = False
    articles: tuple[Path, ...] = ()  # new articles found in the inbox
    built: bool = False
    outputs: tuple[Path, ...] = ()
    rejected: tuple[Path, ...] = ()
    archived: tuple[Path, ...] = ()
    queued: tuple[str, ...] = ()  # recipients a message was queued for
    sent: tuple[str, ...] = ()  # Message-IDs the server accepted this run
    failed: tuple[str, ...] = ()  # "Message-ID: reason", moved to the failed box
    waiting: int = 0  # messages still in the outbox after the run

    def lines(self) -> list[str]:
        would = "would " if self.dry_run else ""
        out = [f"{self.date}: {len(self.articles)} new article(s) in the inbox"]
        out += [f"  {a}" for a in self.articles]
        if self.built:
            out += [f"{would}write {p}" for p in self.outputs]
        elif self.outputs:
            out += [f"up to date: {p}" for p in self.outputs]
        out += [f"{would}queue a message to {r}" for r in self.queued]
        out += [f"{would}move aside unreadable {p}" for p in self.rejected]
        out += [f"{would}archive {p}" for p in self.archived]
        out += [f"sent {m}" for m in self.sent]
        out += [f"failed {f}" for f in self.failed]
        if self.waiting:
            out.append(
                f"{self.waiting} message(s) {'to send' if self.dry_run else 'wait'} in the outbox"
            )
        return out


def run(
    config: Config,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    engine: Engine | None = None,
    sleep: Callable[[float], None] = time.sleep,
    ssl_context: ssl.SSLContext | None = None,
) -> Report:
    """Do (or with dry_run, describe) one daily run. Raises BusyError if another run is active.

    Errors in sending are raised after everything else is done and saved, so a bad
    mail server never costs the brief or the archive.
    """
    daily = config.require_daily()
    mail = config.mail
    if mail is not None and mail.attach and mail.attach not in daily.formats:
        raise ConfigError(f"mail.attach: {mail.attach!r} is not in daily.formats", str(config.path))
    clock = now or config.options.now or datetime.now().astimezone()
    today = clock.date().isoformat()
    if dry_run:
        return _plan(config, daily, today)
    _make_dirs(daily)
    with Outbox(daily.state).lock():
        _stage("locked")
        return _run(config, daily, clock, today, progress, engine, sleep, ssl_context)


def _run(
    config: Config,
    daily: DailyConfig,
    now: datetime,
    today: str,
    progress: Progress | None,
    engine: Engine | None,
    sleep: Callable[[float], None],
    ssl_context: ssl.SSLContext | None,
) -> Report:
    state = _load_state(daily.state / "state.json")
    outbox = Outbox(daily.state)
    outbox.create()
    record = state["briefs"].get(today)
    pending = _inbox(daily)
    shas = {p: _sha256(p) for p in pending}
    known = set(record["inputs"]) | set(record.get("rejected", ())) if record else set()
    fresh = [p for p in pending if shas[p] not in known]
    options = dataclasses.replace(config.options, now=now)
    outputs = tuple(daily.output / f"brief-{today}.{fmt}" for fmt in daily.formats)
    report: dict[str, Any] = {"date": today, "articles": tuple(fresh), "outputs": outputs}

    if fresh:
        earlier = _earlier_inputs(daily, today, record, shas)
        candidates = list(dict.fromkeys([*earlier, *fresh]))
        briefing, used, rejected = _build(candidates, options, engine or default_engine(), progress)
        report["rejected"] = tuple(rejected)
        used_shas = sorted({shas.get(p) or _sha256(p) for p in used})
        rejected_shas = sorted({shas[p] for p in rejected if p in shas})
        if briefing is not None:
            briefing = _mark_new(briefing, _previous_sentences(state, today))
            _write_outputs(briefing, daily, outputs, options, engine or default_engine(), progress)
            _stage("written")
            digest = mailer.digest(briefing, today)
            queued = _queue(
                config.mail, outbox, digest, today, used_shas, daily.formats, outputs, options, now
            )
            report |= {"built": True, "queued": queued}
            _stage("queued")
            record = {
                "inputs": used_shas,
                "rejected": rejected_shas,
                "outputs": [str(p) for p in outputs],
                "sentences": sorted(_bullet_hashes(briefing)),
                "digest": dataclasses.asdict(digest),
                "built": now.isoformat(timespec="seconds"),
            }
        else:
            record = dict(record or {"inputs": []})
            record["rejected"] = sorted({*record.get("rejected", ()), *rejected_shas})
        state["briefs"][today] = record
        _save_state(daily.state / "state.json", state)
        _stage("saved")
    elif pending:
        log.info("%d article(s) in the inbox were already used today; archiving them", len(pending))
    else:
        log.info("no new articles in %s", daily.inbox)

    rejected_set = set(report.get("rejected", ()))
    archived = [
        _archive(p, daily.archive / today / ("rejected" if p in rejected_set else ""))
        for p in pending
    ]
    report["archived"] = tuple(archived)
    _stage("archived")

    sent, failed, error = _flush(config.mail, outbox, now, progress, sleep, ssl_context)
    report |= {"sent": tuple(sent), "failed": tuple(failed), "waiting": len(outbox.pending())}
    result = Report(**report)
    if error is not None:
        raise error
    if failed:
        raise DeliveryError(
            f"{len(failed)} message(s) refused for good and moved to {outbox.failed}: "
            + "; ".join(failed)
        )
    return result


# -- the steps -------------------------------------------------------------------------------


def _stage(name: str) -> None:
    """A named point between steps; tests replace this to kill the run exactly there."""
    log.debug("stage %s done", name)


def _make_dirs(daily: DailyConfig) -> None:
    if not daily.inbox.is_dir():
        raise NoInputError("inbox folder does not exist", str(daily.inbox))
    for folder in (daily.state, daily.output, daily.archive):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create folder: {exc.strerror}", str(folder)) from None


def _inbox(daily: DailyConfig) -> list[Path]:
    """Article files waiting, in name order so the brief does not depend on directory order."""
    try:
        entries = sorted(daily.inbox.iterdir())
    except OSError as exc:
        raise NoInputError(f"cannot list inbox: {exc.strerror}", str(daily.inbox)) from None
    return [
        p
        for p in entries
        if p.is_file()
        and not p.name.startswith(".")
        and any(fnmatch.fnmatch(p.name, pat) for pat in daily.include)
        and not any(fnmatch.fnmatch(p.name, pat) for pat in IGNORED)
    ]


def _earlier_inputs(
    daily: DailyConfig, today: str, record: dict[str, Any] | None, inbox: dict[Path, str]
) -> list[Path]:
    """Articles already used today, so a second run that day rebuilds the whole day's brief.

    They are in today's archive, or still in the inbox if a run was stopped before archiving.
    """
    if not record or not record.get("inputs"):
        return []
    wanted = set(record["inputs"])
    found: dict[str, Path] = {}
    for p, sha in inbox.items():
        if sha in wanted:
            found.setdefault(sha, p)
    folder = daily.archive / today
    if folder.is_dir():
        for p in sorted(folder.iterdir()):
            if p.is_file() and (sha := _sha256(p)) in wanted:
                found.setdefault(sha, p)
    return sorted(found.values(), key=lambda p: p.name)


def _build(
    paths: list[Path], options: Options, engine: Engine, progress: Progress | None
) -> tuple[Briefing | None, list[Path], list[Path]]:
    """Build from every readable article; an unreadable one is set aside, not fatal.

    One broken file in the inbox must not stop the brief every morning from now on.
    """
    rejected: list[Path] = []
    todo = list(paths)
    while todo:
        if progress:
            progress(0, 1, f"building from {len(todo)} article(s)")
        try:
            briefing = engine.build([str(p) for p in todo], options)
        except (InputError, NoInputError) as exc:
            bad = next((p for p in todo if str(p) == exc.path), None)
            if bad is None:
                raise
            log.warning("%s; moving it to the archive's rejected folder", exc)
            rejected.append(bad)
            todo.remove(bad)
            continue
        if progress:
            progress(1, 1, "built")
        return briefing, todo, rejected
    log.warning("no readable articles; no brief today")
    return None, [], rejected


def _write_outputs(
    briefing: Briefing,
    daily: DailyConfig,
    outputs: tuple[Path, ...],
    options: Options,
    engine: Engine,
    progress: Progress | None,
) -> None:
    for i, (fmt, path) in enumerate(zip(daily.formats, outputs, strict=True)):
        if progress:
            progress(i, len(outputs), f"rendering {path.name}")
        write_atomic(path, engine.render(briefing, fmt, options))
        log.info("wrote %s", path)
    if progress:
        progress(len(outputs), len(outputs), "rendered")


def _queue(
    mail: MailConfig | None,
    outbox: Outbox,
    digest: mailer.Digest,
    today: str,
    input_shas: list[str],
    formats: tuple[str, ...],
    outputs: tuple[Path, ...],
    options: Options,
    now: datetime,
) -> tuple[str, ...]:
    if mail is None or not mail.to:
        return ()
    attach = mail.attach or ("pdf" if "pdf" in formats else formats[0])
    attachment = next(p for p in outputs if p.suffix == f".{attach}")
    data = attachment.read_bytes()
    queued = []
    for rcpt in mail.to:
        msg = mailer.build(
            digest,
            sender=mail.sender,
            recipient=rcpt,
            msgid=mailer.message_id(["daily", today, attach, *input_shas], rcpt, mail.sender),
            now=now,
            options=options,
            attachment=attachment,
            attachment_data=data,
            subject=mail.subject,
        )
        if outbox.queue(msg, group_name(today, rcpt)) is not None:
            queued.append(rcpt)
    return tuple(queued)


def _flush(
    mail: MailConfig | None,
    outbox: Outbox,
    now: datetime,
    progress: Progress | None,
    sleep: Callable[[float], None],
    ssl_context: ssl.SSLContext | None,
) -> tuple[list[str], list[str], Exception | None]:
    """Send everything in the outbox, `brief send`'s leftovers too (same lock, same boxes)."""
    waiting = outbox.pending()
    if not waiting:
        return [], [], None
    if mail is None:
        log.warning("%d message(s) in %s but no [mail] settings", len(waiting), outbox.outbox)
        return [], [], None
    done = flush(
        waiting,
        outbox,
        mail,
        now,
        on_refused=outbox.mark_failed,
        progress=progress,
        sleep=sleep,
        context=ssl_context,
        stage=lambda name: _stage(name),  # looked up per call, so tests can replace _stage
    )
    failed = [f"{r.item.message_id} to {r.recipient}: {r.error}" for r in done.refused]
    return [q.message_id for q in done.sent], failed, done.error


def _archive(src: Path, folder: Path) -> Path:
    """Move without ever overwriting: a clashing name gets a numeric suffix.

    Link-then-unlink means a kill leaves the file in both places, never in neither;
    the re-run sees the same content already archived and just drops the inbox name.
    """
    folder.mkdir(parents=True, exist_ok=True)
    sha = _sha256(src)
    for n in range(10_000):
        dst = folder / (src.name if n == 0 else f"{src.stem}.{n}{src.suffix}")
        try:
            _link_or_copy(src, dst)
        except FileExistsError:
            if dst.is_file() and _sha256(dst) == sha:
                break
            continue
        break
    else:
        raise OutputError("too many archived files with this name", str(src))
    fsync_dir(folder)
    src.unlink()
    fsync_dir(src.parent)
    log.info("archived %s to %s", src, dst)
    return dst


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError:  # another file system, or links not allowed: copy, then link the copy
        tmp = dst.with_name(f".{dst.name}.{os.getpid()}.tmp")
        shutil.copyfile(src, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        try:
            os.link(tmp, dst)
        finally:
            tmp.unlink()


# -- new since the previous brief ------------------------------------------------------------


_hash = text_key


def _all_bullets(b: Briefing) -> Iterator[Bullet]:
    if b.bottom_line:
        yield b.bottom_line
    yield from b.summary
    for s in b.sections:
        yield from s.bullets


def _bullet_hashes(b: Briefing) -> set[str]:
    return {_hash(x.text) for x in _all_bullets(b)}


def _previous_sentences(state: dict[str, Any], today: str) -> set[str] | None:
    """The last brief built before this one: today's own, on a re-run for a late article
    (so its bullets are the new ones), else the latest earlier day's."""
    built = sorted(d for d in state["briefs"] if d <= today and state["briefs"][d].get("sentences"))
    return set(state["briefs"][built[-1]]["sentences"]) if built else None


def _mark_new(b: Briefing, previous: set[str] | None) -> Briefing:
    """With no previous brief there is nothing to compare with, so nothing is marked."""
    if previous is None:
        return b

    def mark(x: Bullet) -> Bullet:
        return dataclasses.replace(x, new=_hash(x.text) not in previous)

    return dataclasses.replace(
        b,
        bottom_line=mark(b.bottom_line) if b.bottom_line else None,
        summary=tuple(mark(x) for x in b.summary),
        sections=tuple(
            Section(s.key, s.title, tuple(mark(x) for x in s.bullets)) for s in b.sections
        ),
    )


# -- state -----------------------------------------------------------------------------------


def _load_state(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"version": STATE_VERSION, "briefs": {}}
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"state file is unreadable ({exc}); move it away to start afresh", str(path)
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("briefs"), dict):
        raise ConfigError(
            "state file has an unknown layout; move it away to start afresh", str(path)
        )
    return data


def _save_state(path: Path, state: dict[str, Any]) -> None:
    briefs = state["briefs"]
    for old in sorted(briefs)[:-KEEP_DAYS]:
        del briefs[old]
    write_atomic(path, (json.dumps(state, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    fsync_dir(path.parent)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError as exc:
        raise NoInputError(f"cannot read: {exc.strerror}", str(path)) from None
    return h.hexdigest()


# -- dry run ---------------------------------------------------------------------------------


def _plan(config: Config, daily: DailyConfig, today: str) -> Report:
    """What a run would do, touching nothing: no lock, no folders created, no build."""
    state_path = daily.state / "state.json"
    state = _load_state(state_path) if state_path.exists() else {"briefs": {}}
    record = state["briefs"].get(today)
    pending = _inbox(daily) if daily.inbox.is_dir() else []
    known = set(record["inputs"]) | set(record.get("rejected", ())) if record else set()
    fresh = tuple(p for p in pending if _sha256(p) not in known)
    outputs = tuple(daily.output / f"brief-{today}.{fmt}" for fmt in daily.formats)
    mail = config.mail
    return Report(
        date=today,
        dry_run=True,
        articles=fresh,
        built=bool(fresh),
        outputs=outputs,
        archived=tuple(daily.archive / today / p.name for p in pending),
        queued=tuple(mail.to) if fresh and mail else (),
        waiting=len(Outbox(daily.state).pending()),
    )


# -- logging, for the CLI --------------------------------------------------------------------


def add_log_file(daily: DailyConfig | None) -> None:
    """Send brief's log records to the configured file too, at the configured level,
    without making stderr any louder (cron mails whatever reaches stderr)."""
    if daily is None or daily.log_file is None:
        return
    root = logging.getLogger()
    for handler in root.handlers:
        if handler.level == logging.NOTSET:
            handler.setLevel(root.level)
    try:
        daily.log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.FileHandler(daily.log_file, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot open log file: {exc.strerror}", str(daily.log_file)) from None
    level = logging.getLevelName(daily.log_level.upper())
    file_handler.setLevel(level)
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    brief_logger = logging.getLogger("brief")
    brief_logger.setLevel(min(level, root.getEffectiveLevel()))
