"""Batch: one brief per article of a folder, in one process; a bad file never stops the rest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from brief.errors import BriefError, OutputError
from brief.ingest import expand_inputs
from brief.options import Options
from brief.output import write_atomic
from brief.pipeline import Progress, build, check_options
from brief.profiles import load_profile
from brief.render import render


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    failed: tuple[BriefError, ...]


def output_paths(inputs: Sequence[str], out_dir: Path, fmt: str) -> list[Path]:
    """OUT_DIR/<stem>.<fmt>; when two inputs share a stem the later keeps its suffix too."""
    seen: set[str] = set()
    paths = []
    for p in inputs:
        name = Path(p).stem
        if name in seen:
            name = Path(p).name
        seen.add(name)
        paths.append(out_dir / f"{name}.{fmt}")
    return paths


def run_batch(
    in_dir: str, out_dir: Path, fmt: str, options: Options, progress: Progress | None = None
) -> BatchResult:
    check_options(options)
    load_profile(options.profile)  # a broken profile fails once, not once per file
    inputs = expand_inputs([in_dir])
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror}", str(out_dir)) from None
    written: list[Path] = []
    failed: list[BriefError] = []
    targets = output_paths(inputs, out_dir, fmt)
    for done, (src, dst) in enumerate(zip(inputs, targets, strict=True), 1):
        try:
            write_atomic(dst, render(build([src], options), fmt, options))
            written.append(dst)
        except OutputError:
            raise  # the folder is unwritable: every other file would fail the same way
        except BriefError as exc:
            failed.append(exc)
        if progress:
            progress(done, len(inputs), Path(src).name)
    return BatchResult(tuple(written), tuple(failed))
