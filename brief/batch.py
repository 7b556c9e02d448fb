"""Batch: one brief per article of a folder, in one process; a bad file never stops the rest."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from brief.errors import BriefError, EmbargoError, NoticeError, OutputError
from brief.ingest import ARTICLE_SUFFIXES, expand_inputs
from brief.options import Options
from brief.output import refuse_overwriting, write_atomic
from brief.pipeline import Progress, build, check_options
from brief.profiles import load_profile
from brief.provenance import what_file_is
from brief.render import render


@dataclass(frozen=True)
class Skipped:
    """An entry of the folder that batch does not brief, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: skipped: {self.reason}"


@dataclass(frozen=True)
class LeftOut(Skipped):
    """An article batch does not brief yet: its embargo has not lifted by the run's clock
    (brief.ingest.embargoes). Said as `brief make` says it, "PATH: embargoed until ...:
    left out"; a later batch briefs it."""

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    failed: tuple[BriefError, ...]
    skipped: tuple[Skipped, ...] = ()


def output_paths(inputs: Sequence[str], out_dir: Path, fmt: str) -> list[Path]:
    """OUT_DIR/<stem>.<fmt>; when inputs share a stem (a.md, a.txt), every one of them
    keeps its whole name (a.md.<fmt>, a.txt.<fmt>), whatever order they come in. A name
    is written without its control and format characters (a line break, a right-to-left
    override that shows "rtl‮exe.md" as "rtlexe.md..."), and short enough for the file
    system, its extension kept."""
    stems = Counter(_plain(Path(p).stem) for p in inputs)
    names = []
    for p in inputs:
        stem = _plain(Path(p).stem)
        names.append(_shortened(stem if stems[stem] == 1 else _plain(Path(p).name), len(fmt) + 1))
    # names that cleaning or cutting made one ("a\nb" and "a_b"): each takes a mark of
    # its whole name, so no brief is written over another
    clashes = Counter(names)
    room = len(fmt) + 1 + 9
    return [
        out_dir
        / (
            f"{name}.{fmt}"
            if clashes[name] == 1
            else f"{_shortened(name, room)}-{_mark(Path(p).name)}.{fmt}"
        )
        for p, name in zip(inputs, names, strict=True)
    ]


def _mark(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def _plain(name: str) -> str:
    return "".join("_" if unicodedata.category(ch) in {"Cc", "Cf"} else ch for ch in name)


_NAME_BYTES = 255  # the longest file name most file systems take, in bytes


def _shortened(name: str, room: int) -> str:
    """`name` cut, at a character, to leave `room` bytes of a file name for its extension."""
    limit = _NAME_BYTES - room
    while len(name.encode("utf-8", "surrogateescape")) > limit:
        name = name[:-1]
    return name


def skipped_entries(in_dir: str, inputs: Sequence[str]) -> list[Skipped]:
    """What is in the folder but not briefed: subfolders (batch does not recurse) and
    files that are not articles. Hidden files are left out, as `ls` does."""
    folder = Path(in_dir)
    if not folder.is_dir():
        return []
    chosen = {Path(p).name for p in inputs}
    out = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or entry.name in chosen:
            continue
        if entry.is_dir():
            out.append(Skipped(str(entry), "a folder (batch reads only the folder's own files)"))
        elif entry.is_symlink() and not entry.exists():
            out.append(Skipped(str(entry), "a broken link"))
        elif not entry.is_file():
            out.append(Skipped(str(entry), "not a regular file (a pipe, a socket or a device)"))
        elif entry.suffix.lower() in ARTICLE_SUFFIXES:
            out.append(Skipped(str(entry), "a README, which describes the folder"))
        else:
            out.append(Skipped(str(entry), f"not an article file ({', '.join(ARTICLE_SUFFIXES)})"))
    return out


def run_batch(
    in_dir: str, out_dir: Path, fmt: str, options: Options, progress: Progress | None = None
) -> BatchResult:
    check_options(options)
    load_profile(options.profile)  # a broken profile fails once, not once per file
    inputs = expand_inputs([in_dir])
    skipped = skipped_entries(in_dir, inputs)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror}", str(out_dir)) from None
    written: list[Path] = []
    failed: list[BriefError] = []
    targets = output_paths(inputs, out_dir, fmt)
    refuse_overwriting(targets, inputs)
    for done, (src, dst) in enumerate(zip(inputs, targets, strict=True), 1):
        not_an_article = what_file_is(src)
        if not_an_article is not None:  # a brief an earlier batch left here, a saved feed
            skipped.append(Skipped(src, not_an_article))
        else:
            try:
                write_atomic(dst, render(build([src], options), fmt, options))
                written.append(dst)
            except OutputError:
                raise  # the folder is unwritable: every other file would fail the same way
            except EmbargoError as exc:  # not yet: no error either
                skipped.append(LeftOut(src, exc.message))
            except NoticeError as exc:  # a wire's kill notice: no article, and no error
                skipped.append(Skipped(src, exc.message.removeprefix("nothing to brief: ")))
            except BriefError as exc:
                failed.append(exc)
        if progress:
            progress(done, len(inputs), Path(src).name)
    return BatchResult(tuple(written), tuple(failed), tuple(skipped))
