"""The daily TOML config: read once, checked up front, so an unattended run fails early and clearly.

Every mistake raises ConfigError naming the file and the dotted key, because the
person reading it is looking at a cron mail, not at a debugger. Relative paths are
taken relative to the config file, so cron's working directory does not matter.
"""

from __future__ import annotations

import errno
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from brief.deliver.address import check_address
from brief.errors import ConfigError, SettingError, UsageError
from brief.options import MOST_BYTES, Options, options_from
from brief.profiles import PROFILES, load_profile
from brief.render import RENDERERS
from brief.toml_schema import Table, read

Security = Literal["starttls", "tls", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "tls", "none")
# The renderers' formats, PDF (the daily default) first, as the messages list them.
FORMATS = ("pdf", *(name for name in RENDERERS if name != "pdf"))
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
DEFAULT_PORTS: Mapping[Security, int] = {"starttls": 587, "tls": 465, "none": 25}
# No wait or timeout of a run is longer than the day it runs in, nor does it try a server
# more often than this: time.sleep() and sockets refuse seconds past about 292 years, and
# a backoff doubled on each retry soon passes what a float holds. A timeout of 1e15 s or
# 10**15 retries had ended the run with an OverflowError (s72 fuzz).
MOST_SECONDS = 24 * 3600
MOST_RETRIES = 100


@dataclass(frozen=True)
class MailConfig:
    """How to reach the SMTP server. The password itself is never stored here."""

    host: str
    sender: str
    to: tuple[str, ...] = ()
    port: int = 587
    security: Security = "starttls"
    username: str | None = None
    password_env: str | None = None
    password_file: Path | None = None
    subject: str | None = None  # a Jinja template string; None: templates/email_subject.txt.j2
    attach: str | None = None  # which output format is attached; None: pdf, else the first
    timeout: float = 30.0  # seconds per SMTP operation
    retries: int = 4  # extra attempts after a transient failure
    backoff: float = 5.0  # seconds before the first retry; doubles each time
    ca_file: Path | None = None  # trust this CA bundle as well (a private relay)
    source: Path | None = None  # the config file, for error messages
    state: Path | None = None  # outbox, sent box and lock: [daily].state, shared with brief send

    def password(self) -> str | None:
        """Read the password when it is needed (not at load time, so --dry-run needs none)."""
        where = str(self.source) if self.source else None
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(
                    f"mail.password_env: environment variable {self.password_env} is not set",
                    where,
                )
            return value
        if self.password_file:
            try:
                return self.password_file.read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise ConfigError(
                    f"mail.password_file: cannot read {self.password_file}: {exc.strerror}", where
                ) from exc
        return None


@dataclass(frozen=True)
class DailyConfig:
    """Where a daily run reads, writes and keeps its state."""

    inbox: Path
    output: Path
    archive: Path
    state: Path
    formats: tuple[str, ...] = ("pdf",)
    include: tuple[str, ...] = ("*",)  # glob patterns of article files in the inbox
    log_file: Path | None = None
    log_level: str = "info"


@dataclass(frozen=True)
class FeedConfig:
    """One [[feeds]] entry: where the feed is and who publishes it."""

    url: str
    name: str | None = None  # the outlet, shown in the brief's Sources


@dataclass(frozen=True)
class FetchConfig:
    """[fetch]: how politely and how carefully feeds and article pages are fetched."""

    contact: str | None = None  # an address or URL for the User-Agent; required with feeds
    allow_private: tuple[str, ...] = ()  # networks reachable although not public (true: all)
    timeout: float = 20.0  # seconds to connect, and between bytes read
    delay: float = 2.0  # seconds between requests to the same host
    retries: int = 2  # extra attempts after a timeout, a 429 or a 5xx
    backoff: float = 5.0  # seconds before the first retry; doubles each time
    max_backoff: float = 120.0  # no wait is longer; a longer Retry-After skips the run
    max_bytes: int = 5 * 1024 * 1024  # per response, before and after decompression
    max_redirects: int = 5


@dataclass(frozen=True)
class Config:
    path: Path
    options: Options = field(default_factory=Options)
    daily: DailyConfig | None = None
    mail: MailConfig | None = None
    feeds: tuple[FeedConfig, ...] = ()
    fetch: FetchConfig = field(default_factory=FetchConfig)

    def require_daily(self) -> DailyConfig:
        if self.daily is None:
            raise ConfigError("missing [daily] table", str(self.path))
        return self.daily

    def require_mail(self) -> MailConfig:
        if self.mail is None:
            raise ConfigError("missing [mail] table", str(self.path))
        return self.mail


_TABLES = ("daily", "brief", "mail", "feeds", "fetch")
_BRIEF_KEYS = (
    "algorithm",
    "sentences",
    "ratio",
    "profile",
    "templates",
    "data",
    "language",
    "encoding",
    "title",
)
_DAILY_KEYS = ("inbox", "output", "archive", "state", "formats", "include", "log_file", "log_level")
_MAIL_KEYS = (
    "host",
    "from",
    "to",
    "port",
    "security",
    "username",
    "password_env",
    "password_file",
    "subject",
    "attach",
    "timeout",
    "retries",
    "backoff",
    "ca_file",
)
_FEED_KEYS = ("url", "name")
_FETCH_KEYS = (
    "contact",
    "allow_private",
    "timeout",
    "delay",
    "retries",
    "backoff",
    "max_backoff",
    "max_bytes",
    "max_redirects",
)
LOG_LEVELS = ("debug", "info", "warning", "error")


def _path(t: Table, key: str, default: str | None = None) -> Path | None:
    """A path, taken relative to the config file (so cron's working folder never matters),
    or a ConfigError where no file system holds such a name: one with a NUL, or too long.
    pathlib raises on it (ValueError, OSError) wherever the run asks what is there, and
    such an inbox or data folder had ended the run with an internal error (s72 fuzz)."""
    value = t.text(key, default)
    if value is None:
        return None
    if "\x00" in value:
        raise t.fail(key, "holds a NUL character, which no path can")
    p = Path(value).expanduser()
    p = p if p.is_absolute() else Path(t.file).parent / p
    try:
        os.stat(p)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise t.fail(key, f"not a usable path: {exc.strerror}") from None
    return p


def _required_path(t: Table, key: str) -> Path:
    t.string(key)
    p = _path(t, key)
    assert p is not None
    return p


def load(path: Path) -> Config:
    """Read and check a config file; every problem is a ConfigError naming file and key."""
    data = read(path, "config")
    top = Table(data, path, known=_TABLES)
    if isinstance(data.get("mail"), dict) and "password" in data["mail"]:
        raise ConfigError(
            "mail.password: passwords are never read from the config file; "
            "use password_env (an environment variable) or password_file",
            str(path),
        )
    brief = top.table("brief", known=_BRIEF_KEYS)
    daily_table = top.table("daily", known=_DAILY_KEYS)
    mail_table = top.table("mail", known=_MAIL_KEYS)
    daily = _daily(daily_table) if daily_table else None
    mail = _mail(mail_table) if mail_table else None
    if mail is not None:  # one outbox for both commands; [daily].state's default without it
        mail = replace(mail, state=daily.state if daily else path.parent / "state")
    return Config(
        path=path,
        options=_options(brief) if brief else options_from({}),
        daily=daily,
        mail=mail,
        **_feeds(top),
    )


def _options(t: Table) -> Options:
    """[brief]: the settings `brief make` takes as flags, under the same names."""
    try:
        options = options_from(
            {
                "algorithm": t.text("algorithm"),
                "sentences": t.value("sentences", int),
                "ratio": t.value("ratio", (int, float)),
                "profile": _profile(t),
                "templates": _path(t, "templates"),
                "data": _path(t, "data"),
                "language": t.text("language"),
                "encoding": t.text("encoding"),
                "title": t.text("title"),
            }
        )
    except SettingError as exc:
        raise t.fail(exc.setting, exc.reason) from None
    _check_brief_options(t, options)
    return options


def _profile(t: Table) -> str:
    """A profile name is resolved like `brief make -p` does it; a relative file path is
    taken relative to the config file, like every other path in it."""
    name = t.string("profile", "geopolitics")
    if name in PROFILES or not name.endswith(".toml"):
        return name
    return str(_path(t, "profile"))


def _check_brief_options(t: Table, options: Options) -> None:
    """What a run would only find out after taking the lock: say it at load time."""
    if options.data is not None and not options.data.is_dir():
        raise t.fail("data", f"not a folder: {options.data}")
    try:
        load_profile(options.profile)
    except ConfigError as exc:
        if exc.path is not None and os.path.isfile(exc.path) and exc.path != str(t.file):
            # the profile's own file is at fault: its path, key and line say where (r53
            # L1: its line number had been given under the config file's path)
            raise
        raise t.fail("profile", exc.message) from None


def _daily(t: Table) -> DailyConfig:
    formats = t.strings("formats", ("pdf",), single=True, choices=FORMATS)
    level = t.choice("log_level", LOG_LEVELS, "info", any_case=True)
    state = _path(t, "state", "state")
    assert state is not None and level is not None
    daily = DailyConfig(
        inbox=_required_path(t, "inbox"),
        output=_required_path(t, "output"),
        archive=_required_path(t, "archive"),
        state=state,
        formats=tuple(dict.fromkeys(formats)),
        include=t.strings("include", ("*",), single=True),
        log_file=_path(t, "log_file"),
        log_level=level,
    )
    inbox = daily.inbox.resolve()
    for key, folder in (("output", daily.output), ("archive", daily.archive)):
        if folder.resolve() == inbox:
            # the next run would read its own briefs (or never empty the inbox)
            raise t.fail(key, "must not be the inbox folder")
    return daily


def _mail(t: Table) -> MailConfig:
    sec = cast(Security, t.choice("security", SECURITIES, "starttls"))
    host = t.string("host")
    if sec == "none" and host not in LOCAL_HOSTS:
        raise t.fail(
            "security", "'none' sends the password and briefs in clear; only for localhost"
        )
    port = t.whole("port", DEFAULT_PORTS[sec], minimum=1, maximum=65535)
    username = t.text("username")
    password_env, password_file = t.text("password_env"), _path(t, "password_file")
    if password_env and password_file:
        raise t.fail("password_file", "give password_env or password_file, not both")
    if username and not (password_env or password_file):
        raise t.fail("username", "needs password_env or password_file")
    attach = t.choice("attach", FORMATS)
    # The check each message's From and To get, at load time: a bad address fails now,
    # not at the first send (its own module: the mail module's imports read word lists).
    sender, to = t.string("from"), t.strings("to", single=True)
    for key, address in [("from", sender), *(("to", a) for a in to)]:
        try:
            check_address(address)
        except UsageError:
            raise t.fail(key, f"not one email address: {address!r}") from None
    subject = t.text("subject")
    fault = _template_fault(subject) if subject else None
    if fault:
        raise t.fail("subject", f"template error: {fault}")
    return MailConfig(
        host=host,
        sender=sender,
        to=to,
        port=port,
        security=sec,
        username=username,
        password_env=password_env,
        password_file=password_file,
        subject=subject,
        attach=attach,
        timeout=t.number("timeout", 30.0, minimum=0.1, maximum=MOST_SECONDS),
        retries=int(t.number("retries", 4, minimum=0, maximum=MOST_RETRIES)),
        backoff=t.number("backoff", 5.0, minimum=0, maximum=MOST_SECONDS),
        ca_file=_path(t, "ca_file"),
        source=Path(t.file),
    )


def _template_fault(template: str) -> str | None:
    """What is wrong with a subject template's syntax, found at load time, where the
    error can name the file and the key, rather than at the first send."""
    import jinja2

    try:
        jinja2.Environment().parse(template)
    except jinja2.TemplateSyntaxError as exc:
        return str(exc)
    return None


def _feeds(top: Table) -> dict[str, Any]:
    """[[feeds]] (url, name) and [fetch]; feeds need a contact for an honest User-Agent."""
    feeds: list[FeedConfig] = []
    for t in top.tables("feeds", known=_FEED_KEYS):
        url = t.string("url")
        if not url.lower().startswith(("http://", "https://")) or any(ch.isspace() for ch in url):
            raise t.fail("url", f"not an http or https URL: {url!r}")
        try:  # ("http://[::1", "http://a:99999/": urllib refuses them, s72 fuzz)
            urlsplit(url).port  # noqa: B018 (raises for a port out of range or not a number)
        except ValueError as exc:
            raise t.fail("url", f"not a web address: {url!r} ({exc})") from None
        feeds.append(FeedConfig(url=url, name=t.text("name")))
    t = top.table("fetch", known=_FETCH_KEYS) or Table({}, top.file, "fetch", known=())
    contact = t.text("contact")
    if contact is not None and any(ord(ch) < 32 or ch in "()" for ch in contact):
        raise t.fail("contact", "must be one line without parentheses")
    if feeds and contact is None:
        raise t.fail("contact", "is required with [[feeds]] (an email or URL for the User-Agent)")
    fetch = FetchConfig(
        contact=contact,
        allow_private=_networks(t, "allow_private"),
        timeout=t.number("timeout", 20.0, minimum=0.1, maximum=MOST_SECONDS),
        delay=t.number("delay", 2.0, minimum=0, maximum=MOST_SECONDS),
        retries=int(t.number("retries", 2, minimum=0, maximum=MOST_RETRIES)),
        backoff=t.number("backoff", 5.0, minimum=0, maximum=MOST_SECONDS),
        max_backoff=t.number("max_backoff", 120.0, minimum=0, maximum=MOST_SECONDS),
        max_bytes=int(t.number("max_bytes", 5 * 1024 * 1024, minimum=1024, maximum=MOST_BYTES)),
        max_redirects=int(t.number("max_redirects", 5, minimum=0)),
    )
    return {"feeds": tuple(feeds), "fetch": fetch}


def _networks(t: Table, key: str) -> tuple[str, ...]:
    """true: every address; false: none but public ones; a list: these networks too."""
    value = t.value(key, (bool, list), False)
    if isinstance(value, bool):
        return ("0.0.0.0/0", "::/0") if value else ()
    try:
        return tuple(str(ipaddress.ip_network(v, strict=False)) for v in value)
    except (TypeError, ValueError) as exc:
        raise t.fail(key, f"expected true, false or a list of addresses: {exc}") from None
