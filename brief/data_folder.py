"""Where the word lists, the gazetteer and the page-furniture lists come from: a user's
data folder first (`--data DIR`, or `data` in a daily config's [brief] table), then the
copies packaged with brief.

A file of the folder named as a packaged one (DATA_FILES) overrides it list by list: each
list it holds (a key: `role_heads` of [lists], `buttons`, [[country]]) replaces the
packaged list of that name whole, so a user can take words out as well as add them, and
the lists it does not hold are the packaged ones. A user copies the file, edits two lists,
and the next release, whose file has lists the copy lacks, still reads it (a copy had
failed on every list a release added). A key the packaged file does not have is an error
naming the file and the key (a misspelt list must not be ignored in silence), unless a
release retired it (RETIRED_KEYS): then a warning names the key and the one that took its
place, the copy's value of it is not read, and the run goes on, so a copy made before
the release still reads. The lists are then checked as the packaged ones are. Any other
file in the folder is not used, and a warning says so, as for a templates folder.

The lists are read once per process and kept (the extractors ask them hundreds of
thousands of times), so the folder is a setting of the process, not of one brief: the
CLI sets it first thing (`use`), before anything reads a list, and a process that was
given one folder refuses another. The first list read without a folder fixes the
packaged copies for the process in the same way.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from brief.errors import ConfigError, UsageError
from brief.toml_schema import Table, dotted, read

log = logging.getLogger(__name__)

# The data files a folder may hold, as the packages that read them ship them.
DATA_FILES = ("words.toml", "gazetteer.toml", "furniture.toml")

# The keys a release took out of a packaged data file (dotted, as an error names them),
# and the key that holds their words now. Only these are forgiven in a user's copy.
RETIRED_KEYS: Mapping[str, Mapping[str, str]] = {
    "words.toml": {"stories.night_before": "values.before_the_date"},
}

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
        if not os.path.isdir(folder):  # (pathlib's raises on a name too long, s72 fuzz)
            raise ConfigError("not a folder of data files", str(folder))
        _warn_unused(folder)
    _chosen.append(folder)


def read_data(
    name: str, packaged: Path, *, tables: Collection[str] = ()
) -> tuple[str, dict[str, Any]]:
    """The data file `name` parsed, and the file its errors name: the packaged copy (from
    the folder `packaged`), each list of the user's folder's copy in place of the
    packaged list of its name when the folder has one. `tables` names the tables (dotted)
    whose keys are lists each, as words.toml's [lists]; any other key is one list,
    whatever it holds (a table of irregular forms, an array of [[country]] tables)."""
    if not _chosen:
        _chosen.append(None)
    folder = _chosen[0]
    ours = read(packaged / name, "word list")
    if folder is None or not (folder / name).is_file():
        return str(packaged / name), ours
    path = folder / name
    mine = _unretired(read(path, "word list"), str(path), "", RETIRED_KEYS.get(name, {}))
    return str(path), _overlaid(ours, mine, str(path), "", tables)


def _unretired(
    mine: Mapping[str, Any], path: str, name: str, retired: Mapping[str, str]
) -> dict[str, Any]:
    """`mine` without the keys a release retired (`retired`: dotted, to the key that took
    each one's place), one warning for each: an older copy still reads."""
    kept: dict[str, Any] = {}
    for key, value in mine.items():
        where = dotted(name, key)
        if where in retired:
            log.warning(
                "%s: %s: a retired key, not read; %s took its place",
                path,
                where,
                retired[where],
            )
        elif isinstance(value, dict) and any(old.startswith(f"{where}.") for old in retired):
            kept[key] = _unretired(value, path, where, retired)
        else:
            kept[key] = value
    return kept


def _overlaid(
    ours: Mapping[str, Any], mine: Mapping[str, Any], path: str, name: str, tables: Collection[str]
) -> dict[str, Any]:
    """`ours` with each list of `mine` in place of its own (`name`: the table's, dotted);
    a key `ours` has not is an unknown key of `path`."""
    table = Table(mine, path, name, known=ours)
    merged = dict(ours)
    for key, value in mine.items():
        where = dotted(name, key)
        if where in tables:
            merged[key] = _overlaid(ours[key], table.value(key, dict), path, where, tables)
        else:
            merged[key] = value
    return merged


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
