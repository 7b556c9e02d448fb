"""One plan for a daily run: what it will read, build, write, queue, archive and send.

`brief daily --dry-run` prints the plan; `brief daily` makes the same plan and executes
it. Making the plan checks everything the run depends on before any work is done, so a
broken setting (a missing inbox, an unset password, an unwritable folder) fails today,
at once and without side effects, not on the first busy morning after the lock is taken.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from brief.config import Config, DailyConfig, MailConfig
from brief.daily import state as saved
from brief.daily.archive import passed_over, sha256, used_earlier, waiting_articles
from brief.deliver.outbox import Outbox
from brief.deliver.smtp import check_settings
from brief.errors import ConfigError, InputError, NoInputError, OutputError
from brief.ingest import ingest, read_article
from brief.ingest.embargoes import held_at, may_be_embargoed
from brief.options import Options
from brief.pipeline import check_options

RETRY_HELP = "see 'Refused messages' in docs/daily.md to retry or drop them"


@dataclass(frozen=True)
class Plan:
    """A run's work, decided from the config, the state file and the inbox alone."""

    date: str  # ISO date the brief is for
    now: datetime
    state: saved.State
    create: tuple[Path, ...]  # folders the run creates
    archive: Path  # today's archive folder (unreadable articles go to its rejected/)
    articles: tuple[Path, ...]  # every article file waiting in the inbox (all get archived)
    shas: Mapping[Path, str] = field(default_factory=dict)
    fresh: tuple[Path, ...] = ()  # the new ones among them: a build is due
    # new ones that cannot be read (empty, binary, an unknown encoding), each with why:
    # set aside in the archive's rejected/ folder, not built
    unreadable: Mapping[Path, str] = field(default_factory=dict)
    not_taken: tuple[Path, ...] = ()  # those among them daily.include takes for no article
    # new ones whose embargo has not lifted by the run's clock, each with until when: left
    # in the inbox, neither built nor archived, for the first run after it
    held: Mapping[Path, str] = field(default_factory=dict)
    repeats: tuple[Path, ...] = ()  # the same bytes an earlier day briefed: archived, not news
    earlier: tuple[Path, ...] = ()  # articles already used today, rebuilt with the new ones
    outputs: tuple[Path, ...] = ()
    recipients: tuple[str, ...] = ()  # one message each, when a brief is built
    attach: str | None = None  # which output is attached
    waiting: int = 0  # messages already in the outbox
    refused: int = 0  # messages refused earlier, waiting in failed/ for a person
    mail: MailConfig | None = None
    feeds: tuple[str, ...] = ()  # fetched first, into the inbox
    # what the last fetch left to tell: feeds failing, articles waiting for their page
    feed_problems: tuple[str, ...] = ()

    @property
    def builds(self) -> bool:
        return bool(self.fresh)

    def lines(self) -> list[str]:
        """The plan as `--dry-run` prints it: only what is true now, and what would change."""
        out = [f"{self.date}: {len(self.fresh)} new article(s) in the inbox"]
        out += [f"  {a}" for a in self.fresh]
        out += [f"already briefed on an earlier day, not news: {a}" for a in self.repeats]
        out += [
            f"{a}: {why}: would set it aside in {self.archive / 'rejected'}"
            if a in self.not_taken
            else f"cannot read {a} ({why}): would set it aside in {self.archive / 'rejected'}"
            for a, why in self.unreadable.items()
        ]
        out += [
            f"{a}: {why}: would wait in the inbox for a later run" for a, why in self.held.items()
        ]
        out += [f"would create folder {p}" for p in self.create]
        out += [f"would fetch new articles from {url} first" for url in self.feeds]
        out += list(self.feed_problems)
        if self.builds:
            if self.earlier:
                out.append(f"would rebuild with {len(self.earlier)} article(s) used earlier today")
            # Whether the brief holds a point not briefed before is known only once it is
            # built: a late copy of an earlier article is archived and nothing is sent.
            out.append("if the new articles hold anything not briefed before:")
            out += [f"  would write {p}" for p in self.outputs]
            out += [f"  would queue a message to {r}" for r in self.recipients]
        else:
            out += [f"up to date: {p}" for p in self.outputs if p.is_file()]
        out += [
            f"would archive {a} to {self.archive}"
            for a in self.articles
            if a not in self.unreadable
        ]
        if self.mail is not None:
            out.append(f"mail: {_describe(self.mail)}")
        if self.waiting:
            out.append(f"{self.waiting} message(s) to send in the outbox")
        if self.refused:
            out.append(f"{self.refused} message(s) refused earlier wait in failed/: {RETRY_HELP}")
        return out


def _describe(mail: MailConfig) -> str:
    login = f" as {mail.username}" if mail.username else ""
    secret = ""
    if mail.password_env:
        secret = f", password from ${mail.password_env} (set)"
    elif mail.password_file:
        secret = f", password from {mail.password_file} (readable)"
    over = {"none": "no TLS", "starttls": "STARTTLS", "tls": "TLS"}[mail.security]
    return f"to {mail.host}:{mail.port} ({over}){login}{secret}"


def make(config: Config, now: datetime, *, quiet: bool = False) -> Plan:
    """Check the whole config and decide the run's work; reads, never writes. `quiet`:
    what reading the new articles says (a file's encoding guessed) is not said here, since
    the run reads them again to build and says it there: a cp1252 file's warning had
    reached cron three times in one run, from two plans and the build (r51 L3)."""
    daily = config.require_daily()
    mail = config.mail
    where = str(config.path)
    if mail is not None and mail.attach and mail.attach not in daily.formats:
        raise ConfigError(f"mail.attach: {mail.attach!r} is not in daily.formats", where)
    check_options(config.options)
    if mail is not None:
        check_settings(mail)
    included = waiting_articles(daily, fed=bool(config.feeds))
    others = passed_over(daily)
    articles = sorted([*included, *others])
    create = folders_to_create(daily, fed=bool(config.feeds))
    today = now.date().isoformat()
    state = _in_order(saved.load(daily.state / "state.json"), today, daily.state / "state.json")
    record = state.day(today)
    shas = {p: sha256(p) for p in articles}
    known = set(record.inputs) | set(record.rejected) if record else set()
    briefed = state.briefed_other_days(today)
    repeats = tuple(p for p in articles if shas[p] in briefed and shas[p] not in known)
    fresh = tuple(p for p in articles if shas[p] not in known and shas[p] not in briefed)
    patterns = ", ".join(daily.include)
    unreadable = {p: f"not taken by daily.include ({patterns})" for p in fresh if p in others}
    with _unsaid() if quiet else nullcontext():
        read, named = _unreadable(tuple(p for p in fresh if p not in unreadable), config.options)
        unreadable |= read
    unreadable = {p: unreadable[p] for p in fresh if p in unreadable}  # (in name order)
    fresh = tuple(p for p in fresh if p not in unreadable)
    with _unsaid() if quiet else nullcontext():
        held = _embargoed(tuple(p for p in fresh if p in named), config.options, now)
    fresh = tuple(p for p in fresh if p not in held)
    articles = [p for p in articles if p not in held]
    earlier = used_earlier(daily, today, record.inputs if record else (), shas) if fresh else []
    outbox = Outbox(daily.state)
    recipients = tuple(mail.to) if mail is not None else ()
    attach = (mail.attach if mail else None) or (
        "pdf" if "pdf" in daily.formats else daily.formats[0]
    )
    return Plan(
        date=today,
        now=now,
        state=state,
        create=tuple(create),
        archive=daily.archive / today,
        articles=tuple(articles),
        shas=shas,
        fresh=fresh,
        unreadable=unreadable,
        not_taken=tuple(p for p in unreadable if p in others),
        held=held,
        repeats=repeats,
        earlier=tuple(p for p in earlier if p not in fresh),
        outputs=tuple(daily.output / f"brief-{today}.{fmt}" for fmt in daily.formats),
        recipients=recipients,
        attach=attach,
        waiting=len(outbox.pending()),
        refused=len(outbox.refused()),
        mail=mail,
        feeds=tuple(f.url for f in config.feeds),
    )


def _in_order(state: saved.State, today: str, path: Path) -> saved.State:
    """The state, if this run's day is not before the last day a run recorded. A clock set
    back (or a run asked for an earlier day) would rewrite that day's brief, already
    mailed, with news of a later day, and brief as New what a later day sent (r46 M9):
    refused, before any work, rather than made to look like an ordinary day."""
    last = state.last_day()
    if last is not None and today < last:
        raise ConfigError(
            f"this run is for {today}, but a run was already recorded for {last}: a run "
            "for an earlier day would rewrite what was briefed and sent; is the clock right?",
            str(path),
        )
    return state


def _unreadable(
    paths: tuple[Path, ...], options: Options
) -> tuple[dict[Path, str], frozenset[Path]]:
    """The new articles that cannot be read (empty, binary, too large, an encoding brief
    does not know, a brief or a saved feed), each with why: read as the build reads them
    (brief.ingest.read_article), so the plan says what the run does with them, and the
    run builds only the rest. Parsing (a web page with no article in it) is left to the
    build, which sets such a page aside too: the plan must stay cheap, since it reads
    every new article of the day. And those whose text names an embargo at all, which
    `_embargoed` reads whole (brief.ingest.embargoes.may_be_embargoed)."""
    found: dict[Path, str] = {}
    named: set[Path] = set()
    for path in paths:
        try:
            if may_be_embargoed(read_article(str(path), options).text):
                named.add(path)
        except (InputError, NoInputError) as exc:
            found[path] = exc.message
    return found, frozenset(named)


def _embargoed(paths: tuple[Path, ...], options: Options, now: datetime) -> dict[Path, str]:
    """The new articles still under embargo at the run's clock, each with until when
    (brief.ingest.embargoes): left in the inbox for the first run after it."""
    found: dict[Path, str] = {}
    reading = replace(options, now=now)
    for path in paths:
        try:
            source = ingest(str(path), 1, reading).source
        except (InputError, NoInputError):
            continue  # the build sets it aside, and says why
        if (why := held_at(source.embargo, source.embargo_until, now)) is not None:
            found[path] = why
    return found


@contextmanager
def _unsaid() -> Iterator[None]:
    """Nothing logged meanwhile reaches stderr or the log file."""
    root = logging.getLogger()
    handlers, root.handlers = root.handlers, [logging.NullHandler()]
    try:
        yield
    finally:
        root.handlers = handlers


def folders_to_create(daily: DailyConfig, *, fed: bool = False) -> list[Path]:
    """The output, archive and state folders a run will create (and the inbox, when feeds
    fill it); an error if it cannot."""
    missing = []
    wanted = (daily.state, daily.output, daily.archive, *((daily.inbox,) if fed else ()))
    for folder in dict.fromkeys(wanted):
        if folder.is_dir():
            if not os.access(folder, os.W_OK | os.X_OK):
                raise OutputError("folder is not writable", str(folder))
            continue
        if folder.exists():
            raise OutputError("not a folder", str(folder))
        parent = folder.parent
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
        if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
            raise OutputError(f"cannot create folder: {parent} is not writable", str(folder))
        missing.append(folder)
    return missing
