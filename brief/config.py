"""The daily TOML config: read once, checked up front, so an unattended run fails early and clearly.

Every mistake raises ConfigError naming the file and the dotted key, because the
person reading it is looking at a cron mail, not at a debugger. Relative paths are
taken relative to the config file, so cron's working directory does not matter.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, cast

from brief.errors import ConfigError, SettingError, UsageError
from brief.options import Options
from brief.profiles import PROFILES, load_profile
from brief.render import RENDERERS

Security = Literal["starttls", "tls", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "tls", "none")
# The renderers' formats, PDF (the daily default) first, as the messages list them.
FORMATS = ("pdf", *(name for name in RENDERERS if name != "pdf"))
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
DEFAULT_PORTS: Mapping[Security, int] = {"starttls": 587, "tls": 465, "none": 25}


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


class _Table:
    """Typed access to one TOML table that reports 'file: table.key: problem'."""

    def __init__(self, data: Mapping[str, Any], name: str, path: Path) -> None:
        self.data, self.name, self.path = data, name, path
        self.used: set[str] = set()

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.name}.{key}: {problem}", str(self.path))

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
        self.used.add(key)
        if key not in self.data:
            return default
        value = self.data[key]
        bad_bool = isinstance(value, bool) and bool not in (
            kind if isinstance(kind, tuple) else (kind,)
        )
        if not isinstance(value, kind) or bad_bool:
            wanted = (
                kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            )
            raise self.fail(key, f"expected {wanted}, got {type(value).__name__}")
        return value

    def text(self, key: str, default: str | None = None) -> str | None:
        value = self.get(key, str, default)
        if value is not None and not value.strip():
            raise self.fail(key, "must not be empty")
        return cast("str | None", value)

    def required(self, key: str) -> str:
        value = self.text(key)
        if value is None:
            raise self.fail(key, "is required")
        return value

    def path_(self, key: str, default: str | None = None) -> Path | None:
        value = self.text(key, default)
        if value is None:
            return None
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.path.parent / p

    def strings(self, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.get(key, (list, str), None)
        if value is None:
            return default
        items = [value] if isinstance(value, str) else value
        if not all(isinstance(v, str) and v.strip() for v in items):
            raise self.fail(key, "expected a list of non-empty strings")
        return tuple(items)

    def number(self, key: str, default: float, minimum: float = 0) -> float:
        value = self.get(key, (int, float), default)
        if value < minimum:
            raise self.fail(key, f"must be at least {minimum}")
        return float(value)

    def check_unknown(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.fail(unknown[0], "unknown key")


def load(path: Path) -> Config:
    """Read and check a config file; every problem is a ConfigError naming file and key."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror}", str(path)) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", str(path)) from exc
    unknown = sorted(set(data) - {"daily", "brief", "mail", "feeds", "fetch"})
    if unknown:
        raise ConfigError(
            f"{unknown[0]}: unknown table (expected daily, brief, mail, feeds, fetch)", str(path)
        )
    tables = {k: _table(data, k, path) for k in ("daily", "brief", "mail")}
    daily = _daily(tables["daily"]) if tables["daily"] else None
    mail = _mail(tables["mail"]) if tables["mail"] else None
    if mail is not None:  # one outbox for both commands; [daily].state's default without it
        mail = replace(mail, state=daily.state if daily else path.parent / "state")
    return Config(
        path=path,
        options=_options(tables["brief"]) if tables["brief"] else Options(),
        daily=daily,
        mail=mail,
        **_feeds(data, path),
    )


def _table(data: Mapping[str, Any], name: str, path: Path) -> _Table | None:
    if name not in data:
        return None
    if not isinstance(data[name], dict):
        raise ConfigError(f"{name}: expected a table", str(path))
    return _Table(data[name], name, path)


def _options(t: _Table) -> Options:
    ratio = t.get("ratio", (int, float))
    try:
        options = Options(
            algorithm=t.text("algorithm", "default") or "default",
            sentences=t.get("sentences", int),
            ratio=float(ratio) if ratio is not None else None,
            profile=_profile(t),
            templates=t.path_("templates"),
            language=t.text("language", "english") or "english",
            encoding=t.text("encoding"),
            title=t.text("title"),
        )
    except SettingError as exc:
        raise t.fail(exc.setting, exc.reason) from None
    t.check_unknown()
    _check_brief_options(t, options)
    return options


def _profile(t: _Table) -> str:
    """A profile name is resolved like `brief make -p` does it; a relative file path is
    taken relative to the config file, like every other path in it."""
    name = t.text("profile", "geopolitics") or "geopolitics"
    if name in PROFILES or not name.endswith(".toml"):
        return name
    return str(t.path_("profile"))


def _check_brief_options(t: _Table, options: Options) -> None:
    """What a run would only find out after taking the lock: say it at load time."""
    try:
        load_profile(options.profile)
    except ConfigError as exc:
        raise t.fail("profile", exc.message) from None


def _daily(t: _Table) -> DailyConfig:
    formats = t.strings("formats", ("pdf",))
    for fmt in formats:
        if fmt not in FORMATS:
            raise t.fail("formats", f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    level = (t.text("log_level", "info") or "info").lower()
    if level not in ("debug", "info", "warning", "error"):
        raise t.fail("log_level", "choose from debug, info, warning, error")
    state = t.path_("state", "state")
    assert state is not None
    daily = DailyConfig(
        inbox=_required_path(t, "inbox"),
        output=_required_path(t, "output"),
        archive=_required_path(t, "archive"),
        state=state,
        formats=tuple(dict.fromkeys(formats)),
        include=t.strings("include", ("*",)),
        log_file=t.path_("log_file"),
        log_level=level,
    )
    inbox = daily.inbox.resolve()
    for key, folder in (("output", daily.output), ("archive", daily.archive)):
        if folder.resolve() == inbox:
            # the next run would read its own briefs (or never empty the inbox)
            raise t.fail(key, "must not be the inbox folder")
    t.check_unknown()
    return daily


def _required_path(t: _Table, key: str) -> Path:
    t.required(key)
    p = t.path_(key)
    assert p is not None
    return p


def _mail(t: _Table) -> MailConfig:
    if "password" in t.data:
        raise t.fail(
            "password",
            "passwords are never read from the config file; "
            "use password_env (an environment variable) or password_file",
        )
    security = t.text("security", "starttls") or "starttls"
    if security not in SECURITIES:
        raise t.fail("security", "choose from starttls, tls, none")
    sec = cast(Security, security)
    host = t.required("host")
    if sec == "none" and host not in LOCAL_HOSTS:
        raise t.fail(
            "security", "'none' sends the password and briefs in clear; only for localhost"
        )
    port = t.get("port", int, DEFAULT_PORTS[sec])
    if not 0 < port < 65536:
        raise t.fail("port", "must be between 1 and 65535")
    username = t.text("username")
    password_env, password_file = t.text("password_env"), t.path_("password_file")
    if password_env and password_file:
        raise t.fail("password_file", "give password_env or password_file, not both")
    if username and not (password_env or password_file):
        raise t.fail("username", "needs password_env or password_file")
    attach = t.text("attach")
    if attach is not None and attach not in FORMATS:
        raise t.fail("attach", f"unknown format {attach!r} (choose from {', '.join(FORMATS)})")
    # The check each message's From and To get, at load time: a bad address fails now,
    # not at the first send. Imported here: the mail module brings the brief's views,
    # which `brief fetch` and a config without [mail] never need.
    from brief.deliver.mail import check_address

    sender, to = t.required("from"), t.strings("to", ())
    for key, address in [("from", sender), *(("to", a) for a in to)]:
        try:
            check_address(address)
        except UsageError:
            raise t.fail(key, f"not one email address: {address!r}") from None
    mail = MailConfig(
        host=host,
        sender=sender,
        to=to,
        port=port,
        security=sec,
        username=username,
        password_env=password_env,
        password_file=password_file,
        subject=t.text("subject"),
        attach=attach,
        timeout=t.number("timeout", 30.0, minimum=0.1),
        retries=int(t.number("retries", 4)),
        backoff=t.number("backoff", 5.0),
        ca_file=t.path_("ca_file"),
        source=t.path,
    )
    t.check_unknown()
    return mail


def _feeds(data: Mapping[str, Any], path: Path) -> dict[str, Any]:
    """[[feeds]] (url, name) and [fetch]; feeds need a contact for an honest User-Agent."""
    raw = data.get("feeds", [])
    if not isinstance(raw, list) or not all(isinstance(f, dict) for f in raw):
        raise ConfigError("feeds: expected [[feeds]] tables", str(path))
    feeds: list[FeedConfig] = []
    for i, entry in enumerate(raw):
        t = _Table(entry, f"feeds[{i}]", path)
        url = t.required("url")
        if not url.lower().startswith(("http://", "https://")) or any(ch.isspace() for ch in url):
            raise t.fail("url", f"not an http or https URL: {url!r}")
        feeds.append(FeedConfig(url=url, name=t.text("name")))
        t.check_unknown()
    t = _table(data, "fetch", path) or _Table({}, "fetch", path)
    contact = t.text("contact")
    if contact is not None and any(ord(ch) < 32 or ch in "()" for ch in contact):
        raise t.fail("contact", "must be one line without parentheses")
    if feeds and contact is None:
        raise t.fail("contact", "is required with [[feeds]] (an email or URL for the User-Agent)")
    fetch = FetchConfig(
        contact=contact,
        allow_private=_networks(t, "allow_private"),
        timeout=t.number("timeout", 20.0, minimum=0.1),
        delay=t.number("delay", 2.0),
        retries=int(t.number("retries", 2)),
        backoff=t.number("backoff", 5.0),
        max_backoff=t.number("max_backoff", 120.0),
        max_bytes=int(t.number("max_bytes", 5 * 1024 * 1024, minimum=1024)),
        max_redirects=int(t.number("max_redirects", 5)),
    )
    t.check_unknown()
    return {"feeds": tuple(feeds), "fetch": fetch}


def _networks(t: _Table, key: str) -> tuple[str, ...]:
    """true: every address; false: none but public ones; a list: these networks too."""
    value = t.get(key, (bool, list), False)
    if isinstance(value, bool):
        return ("0.0.0.0/0", "::/0") if value else ()
    try:
        return tuple(str(ipaddress.ip_network(v, strict=False)) for v in value)
    except (TypeError, ValueError) as exc:
        raise t.fail(key, f"expected true, false or a list of addresses: {exc}") from None
