"""A real SMTP server (aiosmtpd on 127.0.0.1, a free port) that can misbehave on request,
a test CA (trustme), and config helpers for daily-run tests.

Import the fixtures into a test module with `from tests.smtp_fixtures import *`-style
names; tests/conftest.py belongs to the lead.
"""

from __future__ import annotations

import email
import email.policy
import ssl
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "brief", "s3cret-pw"
NOW = datetime.fromisoformat("2026-11-25T06:30:00+00:00")


class LocalController(Controller):
    """Binds port 0 and reads back the port the kernel chose: no clashes, no guessing."""

    def __init__(self, handler: Any, **kwargs: Any) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=0, **kwargs)

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        super()._trigger_server()


@dataclass
class Handler:
    """Records accepted messages; scripted failures are consumed one per DATA command."""

    data_replies: list[str] = field(default_factory=list)  # e.g. ["451 4.3.0 try later"]
    drops: int = 0  # drop the connection after DATA this many times
    refuse: set[str] = field(default_factory=set)  # RCPT TO addresses answered with 550
    messages: list[EmailMessage] = field(default_factory=list)
    raw: list[bytes] = field(default_factory=list)  # each accepted message as it came
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    attempts: int = 0
    logins: int = 0  # AUTH attempts, accepted or not

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001
        if address in self.refuse:
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
        self.attempts += 1
        if self.drops:
            self.drops -= 1
            server.transport.abort()
            return "250 never seen"
        if self.data_replies:
            return self.data_replies.pop(0)
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        self.messages.append(msg)
        self.raw.append(envelope.content)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 2.0.0 OK queued"


def _authenticator(handler: Handler) -> Any:
    def authenticate(server, session, envelope, mechanism, auth_data):  # noqa: ANN001
        handler.logins += 1
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == USER.encode()
            and auth_data.password == PASSWORD.encode()
        )
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535

    return authenticate


@dataclass
class Server:
    handler: Handler
    controller: LocalController

    @property
    def port(self) -> int:
        return self.controller.port


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(ctx)
    return ctx


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> Path:
    """The test CA as a PEM file, for mail.ca_file: trusted the way a user's relay's is."""
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def _serve(handler: Handler, **kwargs: Any) -> Iterator[Server]:
    controller = LocalController(handler, **kwargs)
    controller.start()
    try:
        yield Server(handler, controller)
    finally:
        controller.stop()


@pytest.fixture
def plain_server() -> Iterator[Server]:
    """No TLS, no AUTH: for security = "none" on localhost."""
    yield from _serve(Handler())


@pytest.fixture
def starttls_server(server_tls: ssl.SSLContext) -> Iterator[Server]:
    """STARTTLS required before anything else; AUTH LOGIN/PLAIN only over TLS."""
    handler = Handler()
    yield from _serve(
        handler,
        tls_context=server_tls,
        require_starttls=True,
        authenticator=_authenticator(handler),
        auth_require_tls=True,
    )


@pytest.fixture
def implicit_tls_server(server_tls: ssl.SSLContext) -> Iterator[Server]:
    # aiosmtpd cannot tell a socket wrapped by the listener is TLS, so allow AUTH on it.
    handler = Handler()
    yield from _serve(
        handler,
        ssl_context=server_tls,
        authenticator=_authenticator(handler),
        auth_require_tls=False,
    )


# -- config helpers --------------------------------------------------------------------------


def write_config(tmp_path: Path, mail: str = "", daily: str = "", brief: str = "") -> Path:
    """A brief.toml under tmp_path with inbox/out/archive/state beside it."""
    (tmp_path / "inbox").mkdir(exist_ok=True)
    text = textwrap.dedent(
        f"""\
        [daily]
        inbox = "inbox"
        output = "out"
        archive = "archive"
        state = "state"
        {daily}
        """
    )
    if brief:
        text += f"\n[brief]\n{brief}\n"
    if mail:
        text += f"\n[mail]\n{mail}\n"
    path = tmp_path / "brief.toml"
    path.write_text(text, encoding="utf-8")
    return path


def mail_table(
    port: int,
    *,
    security: str = "none",
    to: Sequence[str] = ("desk@example.org",),
    extra: str = "",
) -> str:
    quoted = ", ".join(f'"{t}"' for t in to)
    return (
        textwrap.dedent(
            f"""\
        host = "127.0.0.1"
        port = {port}
        security = "{security}"
        from = "Brief <brief@example.org>"
        to = [{quoted}]
        timeout = 5
        retries = 2
        backoff = 0.01
        """
        )
        + extra
    )
