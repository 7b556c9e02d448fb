"""The inbox and the archive: which files are articles, and moving them without loss.

A move is link-then-unlink, so a kill leaves a file in the inbox, the archive or both,
never in neither; the re-run sees the same content already archived and just drops
the inbox name. Nothing is ever overwritten or deleted.
"""

from __future__ import annotations

import fnmatch
import hashlib
import logging
import os
import shutil
from collections.abc import Collection, Mapping
from pathlib import Path

from brief.config import DailyConfig
from brief.deliver.outbox import fsync_dir
from brief.errors import NoInputError, OutputError

log = logging.getLogger(__name__)

IGNORED = ("*.tmp", "*.part", "*.partial", "*~", "*.swp")  # files still being written


def waiting_articles(daily: DailyConfig, *, fed: bool = False) -> list[Path]:
    """Article files in the inbox, in name order so the brief does not depend on directory
    order. A missing inbox is an error: cron would otherwise report success forever; unless
    feeds fill it (`fed`), when the run creates it."""
    if fed and not daily.inbox.exists():
        return []
    if not daily.inbox.is_dir():
        raise NoInputError("inbox folder does not exist", str(daily.inbox))
    try:
        entries = sorted(daily.inbox.iterdir())
    except OSError as exc:
        raise NoInputError(f"cannot list inbox: {exc.strerror}", str(daily.inbox)) from None
    wanted = [
        p
        for p in entries
        if not p.name.startswith(".")
        and any(fnmatch.fnmatch(p.name, pat) for pat in daily.include)
        and not any(fnmatch.fnmatch(p.name, pat) for pat in IGNORED)
    ]
    for path in wanted:
        if not path.is_file():  # said, not silently passed over (left where it is)
            what = "a broken link" if path.is_symlink() and not path.exists() else None
            what = what or ("a folder" if path.is_dir() else "not a regular file (a pipe?)")
            log.warning("%s: skipped: %s", path, what)
    return [p for p in wanted if p.is_file()]


def used_earlier(
    daily: DailyConfig, today: str, wanted: Collection[str], inbox: Mapping[Path, str]
) -> list[Path]:
    """Articles already used today, so a second run that day rebuilds the whole day's brief.

    They are in today's archive, or still in the inbox if a run was stopped before archiving.
    """
    if not wanted:
        return []
    found: dict[str, Path] = {}
    for path, sha in inbox.items():
        if sha in wanted:
            found.setdefault(sha, path)
    folder = daily.archive / today
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file() and (sha := sha256(path)) in wanted:
                found.setdefault(sha, path)
    return sorted(found.values(), key=lambda p: p.name)


def archive(src: Path, folder: Path) -> Path:
    """Move without ever overwriting: a clashing name gets a numeric suffix."""
    folder.mkdir(parents=True, exist_ok=True)
    sha = sha256(src)
    for n in range(10_000):
        dst = folder / (src.name if n == 0 else f"{src.stem}.{n}{src.suffix}")
        try:
            link_or_copy(src, dst)
        except FileExistsError:
            if dst.is_file() and sha256(dst) == sha:
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


def link_or_copy(src: Path, dst: Path) -> None:
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


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise NoInputError(f"cannot read: {exc.strerror}", str(path)) from None
    return digest.hexdigest()
