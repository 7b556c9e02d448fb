"""A Maildir outbox and sent box that make delivery survive a crash at any point.

    queue      -> outbox/new/NAME           (written via tmp/ + rename: never half a message)
    250 from server -> line in sent.log     (appended and fsynced at once)
    then       -> sent/cur/NAME:2,S         (a rename)

NAME is derived from the Message-ID, which is derived from the brief's inputs and the
recipient, so queueing the same message twice lands on the same file, and a message
already in the sent box or the sent log is never queued or sent again. The one gap
left is between the server's 250 and the fsync of the log line: a crash in those
microseconds sends the message again on the next run, with the same Message-ID, so
the recipient's mail system can tell it is a repeat. Closing it would mean risking
a lost message instead, and losing a brief is worse than a duplicate.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import fcntl
import hashlib
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import BinaryIO

from brief.errors import BusyError, OutputError

log = logging.getLogger(__name__)

SUBDIRS = ("tmp", "new", "cur")
SEEN = ":2,S"


@dataclass(frozen=True)
class Queued:
    """A message waiting in the outbox."""

    path: Path
    name: str
    message_id: str

    def load(self) -> EmailMessage:
        msg = email.message_from_bytes(self.path.read_bytes(), policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


def file_name(group: str, message_id: str) -> str:
    """`group` (e.g. date + recipient) lets a newer version of a message replace an unsent one."""
    return f"{group}.{hashlib.sha256(message_id.encode()).hexdigest()[:24]}"


def group_name(date: str, recipient: str) -> str:
    return f"{date}.{hashlib.sha256(recipient.lower().encode()).hexdigest()[:8]}"


class Outbox:
    """outbox/, sent/, failed/ (Maildirs) and sent.log under one folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.outbox = root / "outbox"
        self.sent = root / "sent"
        self.failed = root / "failed"
        self.log_path = root / "sent.log"

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """One sender at a time (`brief daily` or `brief send`), or two could send one file.

        flock, not a pid file: the kernel drops it when the process dies, even by SIGKILL.
        """
        path = self.root / "lock"
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot open lock file: {exc.strerror}", str(path)) from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                by = f" (pid {holder})" if holder else ""
                raise BusyError(f"another brief run holds the lock{by}", str(path)) from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            yield
        finally:
            os.close(fd)

    def create(self) -> None:
        try:
            for box in (self.outbox, self.sent, self.failed):
                for sub in SUBDIRS:
                    (box / sub).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(
                f"cannot create mail folders: {exc.strerror}", str(self.root)
            ) from None

    # -- state queries -------------------------------------------------------------------------

    def sent_ids(self) -> set[str]:
        try:
            lines = self.log_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return set()
        return {parts[1] for line in lines if len(parts := line.split("\t")) >= 2}

    def is_done(self, name: str) -> bool:
        """Sent or failed for good: either way, it must not be queued again."""
        return any(
            (box / sub / f).exists()
            for box in (self.sent, self.failed)
            for sub in ("new", "cur")
            for f in (name, name + SEEN)
        )

    def sent_file(self, file_hash: str, recipient: str, header: str) -> bool:
        """Whether a message carrying this file (its SHA-256 in `header`) went to this
        recipient: `brief send` of the PDF a daily run already mailed is not sent twice."""
        wanted = {header.lower(): file_hash, "to": recipient.lower()}
        for sub in ("new", "cur"):
            folder = self.sent / sub
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                try:
                    with open(path, "rb") as fh:
                        found = {
                            key.strip().lower(): value.strip().lower()
                            for key, _, value in (line.partition(":") for line in _header_lines(fh))
                        }
                except OSError:
                    continue  # filed away meanwhile: the log still has its Message-ID
                if all(found.get(key) == value for key, value in wanted.items()):
                    return True
        return False

    def went_out(self, groups: Iterable[str]) -> bool:
        """Whether a message of these groups is in the sent box."""
        prefixes = tuple(f"{group}." for group in groups)
        return any(
            path.name.startswith(prefixes)
            for sub in ("new", "cur")
            if (self.sent / sub).is_dir()
            for path in (self.sent / sub).iterdir()
        )

    def refused(self) -> list[Path]:
        """Messages refused for good, kept in failed/ until a person retries or drops them."""
        return sorted(
            path
            for sub in ("new", "cur")
            if (self.failed / sub).is_dir()
            for path in (self.failed / sub).iterdir()
            if not path.name.startswith(".")
        )

    def pending(self) -> list[Queued]:
        """Messages waiting, oldest brief first (names start with the date)."""
        items = []
        for sub in ("new", "cur"):
            folder = self.outbox / sub
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if path.name.startswith("."):
                    continue
                items.append(Queued(path, path.name.split(":")[0], _message_id(path)))
        return sorted(items, key=lambda q: q.name)

    # -- state changes -------------------------------------------------------------------------

    def queue(self, msg: EmailMessage, group: str) -> Path | None:
        """Put a message in the outbox unless it was already sent; returns where, or None."""
        message_id = str(msg["Message-ID"])
        name = file_name(group, message_id)
        if self.is_done(name) or message_id in self.sent_ids():
            log.info("%s was already sent; not queueing it again", message_id)
            return None
        self._drop_superseded(group, name)
        target = self.outbox / "new" / name
        tmp = self.outbox / "tmp" / name
        try:
            with open(tmp, "wb") as fh:
                fh.write(msg.as_bytes())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
            fsync_dir(target.parent)
        except OSError as exc:
            raise OutputError(f"cannot queue message: {exc.strerror}", str(target)) from None
        log.info("queued %s for %s in %s", message_id, msg["To"], target)
        return target

    def log_sent(self, item: Queued, recipients: str, now: datetime) -> None:
        """Call the moment the server accepted: from here on the message is never sent again."""
        line = f"{now.isoformat(timespec='seconds')}\t{item.message_id}\t{recipients}\n"
        with open(self.log_path, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def mark_sent(self, item: Queued) -> None:
        """File a logged message in the sent box (also what a re-run does after a kill here)."""
        self._move(item, self.sent)

    def mark_failed(self, item: Queued) -> None:
        self._move(item, self.failed)

    def discard(self, item: Queued) -> None:
        """Drop a queued message (`brief send` reports a refusal at once; a re-run retries)."""
        with contextlib.suppress(FileNotFoundError):
            item.path.unlink()
        fsync_dir(item.path.parent)

    def _move(self, item: Queued, box: Path) -> None:
        target = box / "cur" / (item.name + SEEN)
        os.replace(item.path, target)
        fsync_dir(target.parent)

    def _drop_superseded(self, group: str, name: str) -> None:
        """An unsent older version of the same day's message to the same person is replaced."""
        for old in self.pending():
            if old.name.startswith(group + ".") and old.name != name:
                log.info("replacing unsent %s with a newer version", old.message_id)
                with contextlib.suppress(FileNotFoundError):
                    old.path.unlink()


def _message_id(path: Path) -> str:
    """Read just the Message-ID header, without parsing a PDF attachment."""
    with open(path, "rb") as fh:
        for raw in _header_lines(fh):
            key, _, value = raw.partition(":")
            if key.strip().lower() == "message-id":
                return value.strip()
    return ""


def _header_lines(fh: BinaryIO) -> Iterator[str]:
    """The message's header fields, each unfolded onto one line (RFC 5322: a field goes on
    after a line break that whitespace follows)."""
    field = ""
    for raw in fh:
        line = raw.decode("ascii", "replace").rstrip("\r\n")
        if line[:1] in (" ", "\t") and field:
            field += " " + line.strip()
            continue
        if field:
            yield field
        if not line:
            return
        field = line
    if field:
        yield field


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: without this, a power cut can undo it."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
