"""`brief send FILE --to ...`: mail an existing brief now, one message per recipient.

The body needs the bottom line and section headings, which a PDF does not give back
easily; brief's own JSON output does, so FILE.json (or FILE itself, if it is the JSON)
is read when it exists. Without it the body just says what is attached.
"""

from __future__ import annotations

import hashlib
import logging
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from brief.config import MailConfig
from brief.deliver import mail as mailer
from brief.deliver import smtp
from brief.errors import DeliveryError, NoInputError, UsageError
from brief.options import Options

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SendReport:
    sent: tuple[str, ...]  # recipients the server accepted
    message_ids: tuple[str, ...]


def send_file(
    path: Path,
    recipients: Sequence[str],
    mail: MailConfig,
    options: Options,
    *,
    subject: str | None = None,
    now: datetime | None = None,
    sleep: Callable[[float], None] = time.sleep,
    context: ssl.SSLContext | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> SendReport:
    """Send `path` to each recipient; raise DeliveryError naming every refused one."""
    if not recipients:
        raise UsageError("no recipients: give --to ADDR")
    for rcpt in recipients:
        mailer.check_address(rcpt, "recipient")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NoInputError(exc.strerror or "cannot read", str(path)) from None
    clock = now or options.now or datetime.now().astimezone()
    digest = _digest(path, data, clock.date().isoformat())
    password = mail.password() if mail.username else None
    file_hash = hashlib.sha256(data).hexdigest()
    sent: list[str] = []
    ids: list[str] = []
    refused: list[str] = []
    for i, rcpt in enumerate(recipients):
        if progress:
            progress(i, len(recipients), f"sending to {rcpt}")
        msgid = mailer.message_id(["send", file_hash], rcpt, mail.sender)
        msg = mailer.build(
            digest,
            sender=mail.sender,
            recipient=rcpt,
            msgid=msgid,
            now=clock,
            options=options,
            attachment=path,
            attachment_data=data,
            subject=subject or mail.subject,
        )
        try:
            smtp.send(msg, mail, password=password, context=context, sleep=sleep)
        except smtp.RejectedError as exc:
            refused.append(exc.message)
            continue
        log.info("sent %s to %s", msgid, rcpt)
        sent.append(rcpt)
        ids.append(msgid)
    if progress:
        progress(len(recipients), len(recipients), "sent")
    if refused:
        done = f" (sent to {', '.join(sent)})" if sent else ""
        raise DeliveryError("; ".join(refused) + done, f"{mail.host}:{mail.port}")
    return SendReport(tuple(sent), tuple(ids))


def _digest(path: Path, data: bytes, date: str) -> mailer.Digest:
    title = path.stem
    if path.suffix == ".json":
        return mailer.digest_from_json(data, title, date)
    sibling = path.with_suffix(".json")
    if sibling.is_file():
        return mailer.digest_from_json(sibling.read_bytes(), title, date)
    return mailer.Digest(title, date, None, (), 0, 0)
