"""Send one message over SMTP, retrying only what a retry can fix.

4xx replies, timeouts and dropped connections are worth retrying (with exponential
backoff); a 5xx reply or a failed login will fail the same way every time, and
hammering a server with a wrong password gets the account locked, so those stop at
once: one refused login per run, never one per AUTH mechanism. A refused login is a
ConfigError (exit 78): the password setting is wrong, and the messages wait in the
outbox until it is fixed. TLS is always verified: there is no switch to turn verification off.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl
import time
from collections.abc import Mapping
from email.message import EmailMessage

from brief.config import MailConfig
from brief.errors import BusyError, ConfigError, DeliveryError

log = logging.getLogger(__name__)

MAX_DELAY = 300.0


class RejectedError(DeliveryError):
    """The server refused this message for good (5xx to a recipient or to the data).

    Unlike a plain DeliveryError (bad password, untrusted certificate), other messages
    may still go through, so the caller moves this one aside and carries on.
    """


class _Transient(Exception):
    """Worth another try."""


def tls_context(mail: MailConfig) -> ssl.SSLContext:
    """A verifying context; `ca_file` replaces the system's trust store (private relays)."""
    try:
        return ssl.create_default_context(cafile=str(mail.ca_file) if mail.ca_file else None)
    except (OSError, ssl.SSLError) as exc:
        raise DeliveryError(f"cannot load CA file: {exc}", str(mail.ca_file)) from None


def check_settings(mail: MailConfig) -> None:
    """What sending needs, checked before any work: a run that cannot send must not
    build, queue and archive first, and a quiet day must not hide a broken setting."""
    if mail.username:
        mail.password()  # a ConfigError naming the variable or the file
    if mail.security != "none":
        try:
            tls_context(mail)
        except DeliveryError as exc:
            where = str(mail.source) if mail.source else None
            raise ConfigError(f"mail.ca_file: {exc.message}", where) from None


def send(
    msg: EmailMessage,
    mail: MailConfig,
    *,
    password: str | None,
) -> Mapping[str, tuple[int, bytes]]:
    """Send `msg`; return the recipients the server refused while accepting others.

    Raises RejectedError (this message, for good), DeliveryError (the server or our
    settings, for good) or BusyError (still failing after every retry).
    """
    ctx = tls_context(mail) if mail.security != "none" else None
    attempts = mail.retries + 1
    where = f"{mail.host}:{mail.port}"
    for attempt in range(1, attempts + 1):
        try:
            return _send_once(msg, mail, password, ctx)
        except _Transient as exc:
            if attempt == attempts:
                raise BusyError(
                    f"{exc} (gave up after {attempts} attempt{'s' if attempts > 1 else ''})",
                    where,
                ) from None
            delay = min(MAX_DELAY, mail.backoff * 2 ** (attempt - 1))
            log.info("%s: %s; retrying in %.0fs", where, exc, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


def _send_once(
    msg: EmailMessage, mail: MailConfig, password: str | None, ctx: ssl.SSLContext | None
) -> Mapping[str, tuple[int, bytes]]:
    where = f"{mail.host}:{mail.port}"
    smtp: smtplib.SMTP | None = None
    try:
        if mail.security == "tls":
            smtp = smtplib.SMTP_SSL(mail.host, mail.port, timeout=mail.timeout, context=ctx)
        else:
            smtp = smtplib.SMTP(mail.host, mail.port, timeout=mail.timeout)
        smtp.ehlo()
        if mail.security == "starttls":
            smtp.starttls(context=ctx)
            smtp.ehlo()
        if mail.username:
            _login(smtp, mail.username, password or "")
        refused = smtp.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        secret = mail.password_env or mail.password_file
        raise ConfigError(
            f"mail.username: {where} refused the login as {mail.username} ({_reply(exc)}); "
            f"check the password ({secret})",
            str(mail.source) if mail.source else None,
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"server does not support this: {exc}", where) from None
    except smtplib.SMTPRecipientsRefused as exc:
        replies = "; ".join(
            f"{rcpt}: {code} {_text(m)}" for rcpt, (code, m) in exc.recipients.items()
        )
        if all(code >= 500 for code, _ in exc.recipients.values()):
            raise RejectedError(f"recipient refused: {replies}", where) from None
        raise _Transient(f"recipient deferred: {replies}") from None
    except smtplib.SMTPResponseException as exc:  # sender, DATA or any other reply
        if isinstance(exc, smtplib.SMTPSenderRefused):
            what, final = f"sender {exc.sender}", DeliveryError
        elif isinstance(exc, smtplib.SMTPDataError):
            what, final = "message", RejectedError
        else:
            what, final = "server", DeliveryError
        if exc.smtp_code >= 500:
            raise final(f"{what} refused: {_reply(exc)}", where) from None
        raise _Transient(f"{what} deferred: {_reply(exc)}") from None
    except ssl.SSLError as exc:  # before OSError: a TLS failure is a setting, not a hiccup
        raise DeliveryError(f"TLS failed: {exc.reason or exc}", where) from None
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, TimeoutError):  # smtplib reports a read timeout so
            raise _Transient(_timed_out(mail)) from None
        raise _Transient(f"connection lost: {exc}") from None
    except smtplib.SMTPException as exc:  # e.g. no AUTH mechanism in common
        raise DeliveryError(str(exc), where) from None
    except TimeoutError:
        raise _Transient(_timed_out(mail)) from None
    except OSError as exc:  # refused, reset, unreachable
        raise _Transient(f"cannot talk to server: {exc}") from None
    else:
        _quit(smtp)
        if refused:
            log.warning(
                "%s refused %s",
                where,
                ", ".join(f"{r} ({c} {_text(m)})" for r, (c, m) in refused.items()),
            )
        return refused
    finally:
        if smtp is not None:
            smtp.close()


def _timed_out(mail: MailConfig) -> str:
    return f"timed out: no answer within {mail.timeout:g}s (mail.timeout)"


AUTH_MECHANISMS = ("CRAM-MD5", "PLAIN", "LOGIN")  # smtplib's order of preference


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Like smtplib's login, but one refused login (535) ends it.

    smtplib tries every mechanism in turn, so a wrong password costs two or three failed
    logins per run, and failed logins are what lock accounts. Another mechanism is tried
    only when the server said this one is not available (504, 534 and the like).
    """
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()
    mechanisms = [m for m in AUTH_MECHANISMS if m in offered]
    if not mechanisms:
        raise smtplib.SMTPException("No suitable authentication method found.")
    smtp.user, smtp.password = user, password
    for mechanism in mechanisms:
        method = getattr(smtp, "auth_" + mechanism.lower().replace("-", "_"))
        try:
            code, _ = smtp.auth(mechanism, method)
        except smtplib.SMTPAuthenticationError as exc:
            if exc.smtp_code == 535 or mechanism == mechanisms[-1]:
                raise
            log.info("AUTH %s not accepted (%s); trying the next", mechanism, _reply(exc))
            continue
        if code in (235, 503):  # 503: already authenticated
            return


def _quit(smtp: smtplib.SMTP) -> None:
    """The message is accepted already: a failing QUIT must not make us send it again."""
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.quit()


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}"


def _text(message: bytes | str) -> str:
    return message.decode("utf-8", "replace") if isinstance(message, bytes) else message
