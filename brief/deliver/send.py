"""`brief send FILE --to ...`: mail an existing brief now, one message per recipient.

It goes through the same outbox, sent log and lock as `brief daily`, so a crash and a
re-run do not send twice, and a message the server could not take now stays queued.

The body needs the bottom line and section headings, which a PDF does not give back
easily; brief's own JSON output does, so FILE.json (or FILE itself, if it is the JSON)
is read when it exists. Without it the body just says what is attached.

`queue_brief` is how a brief becomes a queued message, for `brief daily` too: one kind
of message, whichever command mails it.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from brief.config import MailConfig
from brief.deliver import mail as mailer
from brief.deliver.address import check_address
from brief.deliver.flush import flush
from brief.deliver.outbox import Outbox, file_name
from brief.deliver.smtp import check_settings
from brief.errors import ConfigError, DeliveryError, InputError, NoInputError, UsageError
from brief.options import Options
from brief.provenance import made_by_brief
from brief.render import SUFFIXES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SendReport:
    sent: tuple[str, ...]  # recipients the server accepted this run
    message_ids: tuple[str, ...]
    already: tuple[str, ...] = ()  # recipients an earlier run sent this same file to


def send_file(
    path: Path,
    recipients: Sequence[str],
    mail: MailConfig,
    options: Options,
    *,
    subject: str | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    force: bool = False,
) -> SendReport:
    """Queue `path` for each recipient in the outbox, then send; raise naming every refusal.

    The Message-ID comes from the file's SHA-256 and the recipient, so re-running the
    same command (after a crash, or by mistake) does not send twice; a changed file is
    a new message. `force` sends again anyway, under a fresh Message-ID.
    """
    if not recipients:
        raise UsageError("no recipients: name at least one address")
    for rcpt in recipients:
        check_address(rcpt, "recipient")
    check_settings(mail)
    root = mail.state
    if root is None:
        raise ConfigError(
            "no state folder for the outbox", str(mail.source) if mail.source else None
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NoInputError(exc.strerror or "cannot read", str(path)) from None
    check_brief_file(path, data)
    clock = now or options.now or datetime.now().astimezone()
    digest = _digest(path, data, clock.date().isoformat())
    file_hash = hashlib.sha256(data).hexdigest()
    nonce = [secrets.token_hex(8)] if force else []
    outbox = Outbox(root)
    outbox.create()
    with outbox.lock():
        names: dict[str, str] = {}  # outbox file name -> recipient
        for rcpt in recipients:
            msgid = mailer.message_id(["send", file_hash, *nonce], rcpt, mail.sender)
            group = _group(clock, file_hash, rcpt)
            names[file_name(group, msgid)] = rcpt
            if not force and outbox.sent_file(file_hash, rcpt, mailer.ATTACHMENT_HEADER):
                continue  # a daily run mailed this very file
            queue_brief(  # None: sent before, unless still waiting to be filed
                outbox,
                digest,
                mail,
                recipient=rcpt,
                msgid=msgid,
                group=group,
                now=clock,
                options=options,
                attachment=path,
                data=data,
                subject=subject,
            )
        items = [q for q in outbox.pending() if q.name in names]
        done = flush(
            items,
            outbox,
            mail,
            clock,
            on_refused=outbox.discard,  # reported now; re-running the command tries again
            progress=progress,
        )
    sent = [names[q.name] for q in done.sent]
    waiting = {q.name for q in items}
    already = [r for n, r in names.items() if n not in waiting] + [
        names[q.name] for q in done.already
    ]
    for rcpt in already:
        log.warning("%s was already sent to %s; not sending it again", path, rcpt)
    if done.error is not None:
        raise done.error
    if done.refused:
        ok = f" (sent to {', '.join(sent)})" if sent else ""
        refused = "; ".join(r.error.message for r in done.refused)
        raise DeliveryError(refused + ok, f"{mail.host}:{mail.port}")
    return SendReport(tuple(sent), tuple(q.message_id for q in done.sent), tuple(already))


def queue_brief(
    outbox: Outbox,
    digest: mailer.Digest,
    mail: MailConfig,
    *,
    recipient: str,
    msgid: str,
    group: str,
    now: datetime,
    options: Options,
    attachment: Path,
    data: bytes,
    subject: str | None = None,
) -> Path | None:
    """One recipient's message, built and queued; None if it was sent before. `subject`
    overrides mail.subject (`brief send --subject`)."""
    msg = mailer.build(
        digest,
        sender=mail.sender,
        recipient=recipient,
        msgid=msgid,
        now=now,
        options=options,
        attachment=attachment,
        attachment_data=data,
        subject=subject or mail.subject,
    )
    return outbox.queue(msg, group)


def check_brief_file(path: Path, data: bytes) -> None:
    """Refuse to mail anything but a brief (PDF, HTML, Markdown, JSON), by name and by
    content: random bytes must not go out as text/plain, nor a PDF named .md."""
    fmt = SUFFIXES.get(path.suffix.lower())  # the names brief gives its outputs
    if fmt is None:
        raise InputError(
            "not a brief: brief sends only .pdf, .html, .md or .json files it made", str(path)
        )
    if fmt == "pdf":
        if not data.startswith(b"%PDF-"):
            raise InputError("not a PDF, though named .pdf", str(path))
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"not a brief: {path.suffix} but not UTF-8 text", str(path)) from None
    if any(ord(ch) < 0x20 and ch not in "\t\n\r\f" for ch in text):
        raise InputError(f"not a brief: {path.suffix} but holds control bytes", str(path))
    if not made_by_brief(text):
        raise InputError(f"not a brief: a {path.suffix} file that brief did not write", str(path))


def _group(clock: datetime, file_hash: str, rcpt: str) -> str:
    """Per file and recipient: a forced re-send replaces only an unsent copy of itself, and
    never a daily message ('send' is not hex, so it cannot match a daily group's prefix)."""
    key = hashlib.sha256(f"{file_hash}\n{rcpt.lower()}".encode()).hexdigest()[:12]
    return f"{clock.date().isoformat()}.send.{key}"


def _digest(path: Path, data: bytes, date: str) -> mailer.Digest:
    title = path.stem
    if path.suffix == ".json":
        return mailer.digest_from_json(data, title, date)
    sibling = path.with_suffix(".json")
    if sibling.is_file():
        return mailer.digest_from_json(sibling.read_bytes(), title, date)
    return mailer.Digest(title, date, None, (), 0, 0)
