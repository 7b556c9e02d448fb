"""Send queued messages from the outbox, shared by `brief daily` and `brief send`.

The order per message is what makes a crash-and-rerun safe: server 250 -> sent.log
(fsynced) -> sent box. A message the log already names is filed, never sent again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from brief.config import MailConfig
from brief.deliver import smtp
from brief.deliver.outbox import Outbox, Queued
from brief.errors import BriefError, BusyError

log = logging.getLogger(__name__)
CHECKPOINT = "checkpoint: %s"  # one format for every step boundary of a run


@dataclass(frozen=True)
class Refusal:
    """A message the server refused for good (5xx): retrying would fail the same way."""

    item: Queued
    recipient: str
    error: smtp.RejectedError


@dataclass(frozen=True)
class Delivery:
    sent: tuple[Queued, ...] = ()
    refused: tuple[Refusal, ...] = ()
    error: BriefError | None = None  # would hit every message; the rest wait
    already: tuple[Queued, ...] = ()  # sent by an earlier run (per sent.log), now filed


def flush(
    items: Sequence[Queued],
    outbox: Outbox,
    mail: MailConfig,
    now: datetime,
    *,
    on_refused: Callable[[Queued], None],
    progress: Callable[[int, int, str], None] | None = None,
) -> Delivery:
    """Send `items` in order; stop at the first error that is not one recipient's refusal.

    The caller holds the outbox lock, so no other run sends the same files meanwhile.
    The debug log marks the points between the steps ("checkpoint: accepted", "checkpoint:
    logged"), so a log shows where an interrupted run stopped.
    """
    if not items:
        return Delivery()
    logged = outbox.sent_ids()
    password = mail.password() if mail.username else None
    sent: list[Queued] = []
    refused: list[Refusal] = []
    already: list[Queued] = []
    for i, item in enumerate(items):
        if progress:
            progress(i, len(items), f"sending {item.name}")
        if item.message_id in logged:
            log.info("%s was sent by an earlier run; filing it", item.message_id)
            outbox.mark_sent(item)
            already.append(item)
            continue
        msg = item.load()
        to = str(msg["To"])
        try:
            smtp.send(msg, mail, password=password)
        except smtp.RejectedError as exc:
            log.info("%s: %s", item.message_id, exc)  # the caller reports it once
            on_refused(item)
            refused.append(Refusal(item, to, exc))
            continue
        except BriefError as exc:  # the server, or our settings: every message would fail
            left = len(items) - i
            exc.message += (
                f"; {left} message(s) stay in the outbox for the next run"
                if isinstance(exc, BusyError)
                else f"; {left} message(s) wait in the outbox and go out with the first run "
                "after this is fixed"
            )
            return Delivery(tuple(sent), tuple(refused), exc, tuple(already))
        log.debug(CHECKPOINT, "accepted")
        outbox.log_sent(item, to, now)
        log.debug(CHECKPOINT, "logged")
        outbox.mark_sent(item)
        log.info("sent %s to %s", item.message_id, to)
        sent.append(item)
    if progress:
        progress(len(items), len(items), "sent")
    return Delivery(tuple(sent), tuple(refused), None, tuple(already))
