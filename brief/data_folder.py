"""Where the word lists, the gazetteer and the page-furniture lists come from: a user's
data folder first (`--data DIR`, or `data` in a daily config's [brief] table), then the
copies packaged with brief.

A file of the folder named as a packaged one (DATA_FILES) replaces it whole, and is
checked as the packaged one is; the packaged copies fill in the rest. Any other file in
the folder is not used, and a warning says so, as for a templates folder.

The lists are read once per process and kept (the extractors ask them hundreds of
thousands of times), so the folder is a setting of the process, not of one brief: the
CLI sets it first thing (`use`), before anything reads a list, and a process that was
given one folder refuses another. The first list read without a folder fixes the
packaged copies for the process in the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from pathlib import Path

from brief.errors import ConfigError, UsageError

log = logging.getLogger(__name__)

# The data files a folder may hold, as the packages that read them ship them.
DATA_FILES = ("words.toml", "gazetteer.toml", "furniture.toml")

_chosen: list[Path | None] = []  # the process's folder, once chosen (None: the packaged copies)


def use(folder: Path | None) -> None:
    """Read the data files from `folder` (None: the packaged copies) for the rest of the
    process. The same folder again is nothing; another one is refused."""
    folder = folder.absolute() if folder is not None else None
    if _chosen:
        if _chosen[0] != folder:
            kept = _chosen[0] or "the packaged copies"
            raise UsageError(
                f"this process reads its word lists from {kept}; one process uses one data folder",
                str(folder or "-"),
            )
        return
    if folder is not None:
        if not folder.is_dir():
            raise ConfigError("not a folder of data files", str(folder))
        _warn_unused(folder)
    _chosen.append(folder)


def data_file(name: str, packaged: Path) -> Path:
    """The data file `name` to read: the folder's copy when it has one, else `packaged`
    (the packaged copy's folder)."""
    if not _chosen:
        _chosen.append(None)
    folder = _chosen[0]
    if folder is not None and (folder / name).is_file():
        return folder / name
    return packaged / name


def _warn_unused(folder: Path) -> None:
    """One warning per file of the folder that brief will never read."""
    warn_unused_files(folder, DATA_FILES, "data file")


def warn_unused_files(folder: Path, known: Collection[str], kind: str) -> None:
    """One warning per file of a user's folder that brief will never read: a misnamed file
    must not pass in silence (a data folder's, a templates folder's)."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in known:
            continue
        log.warning(
            "%s: not a %s brief uses, ignored; the names are %s",
            entry,
            kind,
            ", ".join(sorted(known)),
        )
