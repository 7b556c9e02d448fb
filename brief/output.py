"""Atomic writes: a failed run never leaves a partial or truncated output file."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from brief.errors import OutputError, UsageError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temp file in the same folder, fsync, then rename over `path`.

    A symlink is followed (its target is replaced, the link kept); a device or FIFO
    (`-o /dev/null`) cannot be replaced by a rename, so it is written directly. An
    existing file keeps its permissions; a new one gets the umask's.
    """
    target = Path(os.path.realpath(path))
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write output: {exc.strerror}", str(path)) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            raise OutputError("is a directory", str(path))
        try:
            with open(target, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise OutputError(f"cannot write output: {exc.strerror}", str(path)) from None
        return
    mode = stat.S_IMODE(info.st_mode) if info else 0o666 & ~_umask()
    try:
        # a short name of its own: the target's name with a prefix and a suffix had been
        # too long for the file system where the target's name alone was not (r37 G3)
        fd, tmp = tempfile.mkstemp(prefix=".brief-", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"cannot create output: {exc.strerror}", str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write output: {exc.strerror}", str(path)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def refuse_overwriting(outputs: Sequence[Path], inputs: Sequence[str]) -> None:
    """A brief written over an article it reads (`brief make a.md -o a.md`, a batch into
    its own folder) would destroy the article: refused before anything is read. `inputs`
    are the files read. An earlier brief in its place is no article (it is skipped when
    read): a brief made again into the inbox replaces it."""
    from brief.provenance import what_file_is

    read = {os.path.realpath(path) for path in inputs}
    for output in outputs:
        target = os.path.realpath(output)
        if target in read and what_file_is(target) is None:
            raise UsageError("is also an article read: the brief would overwrite it", str(output))
