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
from collections.abc import Collection, Mapping, Sequence
from itertools import chain
from pathlib import Path

from brief.config import DailyConfig
from brief.deliver.outbox import fsync_dir
from brief.errors import NoInputError, OutputError

log = logging.getLogger(__name__)

# Files still being written: an editor's or a copy's temporary file, a browser's download
# in progress (moved, its final rename would fail and the download be lost).
IGNORED = (
    "*.tmp",
    "*.part",
    "*.partial",
    "*~",
    "*.swp",
    "*.crdownload",
    "*.download",
    "*.opdownload",
)


def _matches(name: str, patterns: Sequence[str]) -> bool:
    """Whether a file's name matches one of the patterns, in any case: "C.TXT" is a
    "*.txt" article, as a Windows or macOS inbox sees it."""
    folded = name.casefold()
    return any(fnmatch.fnmatchcase(folded, pattern.casefold()) for pattern in patterns)


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
        and _matches(p.name, daily.include)
        and not _matches(p.name, IGNORED)
    ]
    for path in wanted:
        if not path.is_file():  # said, not silently passed over (left where it is)
            what = "a broken link" if path.is_symlink() and not path.exists() else None
            what = what or ("a folder" if path.is_dir() else "not a regular file (a pipe?)")
            log.warning("%s: skipped: %s", path, what)
    return [p for p in wanted if p.is_file()]


def passed_over(daily: DailyConfig) -> list[Path]:
    """The inbox's files that `include` takes for no article (a colleague's .docx where
    articles are "*.txt"), in name order: set aside as an unreadable article is, named
    once in a warning and the day's "Files set aside", never left unsaid in the inbox
    (r61 F12). Hidden files and files still being written (IGNORED) are not asked of."""
    if not daily.inbox.is_dir():
        return []
    try:
        entries = sorted(daily.inbox.iterdir())
    except OSError:
        return []  # (said by waiting_articles)
    return [
        p
        for p in entries
        if not p.name.startswith(".")
        and not _matches(p.name, daily.include)
        and not _matches(p.name, IGNORED)
        and p.is_file()
    ]


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


def destinations(moves: Sequence[tuple[Path, Path]]) -> dict[Path, Path]:
    """Where each (file, folder) of a run will be archived, in this order: under its own
    name, or, where the folder holds another file by that name (or an earlier file of
    these takes it), the name with the first free number ("a.1.txt"). A file already
    there with the same content is that file (a re-run after a kill). Planned before the
    brief is written, so its JSON names where each source will be (`archive` moves it
    there)."""
    taken: set[Path] = set()
    found: dict[Path, Path] = {}
    for src, folder in moves:
        sha = sha256(src)
        for n in range(_MOST_NAMES):
            dst = folder / _numbered(src, n)
            if dst in taken:
                continue
            if not dst.exists() or (dst.is_file() and sha256(dst) == sha):
                break
        else:
            raise OutputError("too many archived files with this name", str(src))
        taken.add(dst)
        found[src] = dst
    return found


_MOST_NAMES = 10_000


def _numbered(src: Path, n: int) -> str:
    return src.name if n == 0 else f"{src.stem}.{n}{src.suffix}"


def archive(src: Path, planned: Path) -> Path:
    """Move to the planned place (`destinations`) without ever overwriting: should
    another file have taken that name since (a person's, in the archive), the next free
    numbered name. Where it went."""
    folder = planned.parent
    folder.mkdir(parents=True, exist_ok=True)
    sha = sha256(src)
    names = (folder / _numbered(src, n) for n in range(_MOST_NAMES))
    for dst in chain((planned,), names):
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
