"""TOML read through a cache of the tables it parsed to, kept as JSON.

A brief reads three TOML files before its first sentence: words.toml, gazetteer.toml
and its profile. tomllib is pure Python and took 0.024 s of CPU to parse them, in every
run, before the extraction child is forked (so on the way of both processes); Python's
JSON decoder, in C, reads the same tables in under a millisecond.

A cache file holds the text it was parsed from, and is used only for that exact text:
an edited file (a user's profile) is parsed again, and a text that is not valid TOML is
never cached, so its error is tomllib's, as without a cache. The files are data, never
code, in the user's cache folder (as the given names' table, brief.extract.actors.word_knowledge).
A table JSON cannot hold as it is (a TOML date) is not cached; a cache that cannot be
read or written is no cache, and nothing is said. The newest KEPT_FILES files are kept.
"""

from __future__ import annotations

import json
import os
import tomllib
import zlib
from contextlib import suppress
from pathlib import Path
from typing import Any

from brief.errors import OutputError


def loads(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`, from the cache when it holds this text."""
    encoded = text.encode("utf-8", "surrogatepass")
    path = _cache_file(encoded)
    if path is None:
        return tomllib.loads(text)
    with suppress(OSError, ValueError):
        cached = json.loads(path.read_bytes())
        if isinstance(cached, dict) and cached.get("text") == text:
            table = cached.get("table")
            if isinstance(table, dict):  # else a damaged file: parsed again, and rewritten
                return table
    table = tomllib.loads(text)
    with suppress(OSError, ValueError, TypeError, OutputError):
        kept = json.dumps({"text": text, "table": table}, ensure_ascii=False).encode("utf-8")
        if json.loads(kept)["table"] == table:  # every value as it was (no NaN, no date)
            from brief.output import write_atomic

            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, kept)
            _prune(path.parent)
    return table


KEPT_FILES = 64  # a user editing a profile makes a file per version: the oldest go


def _prune(folder: Path) -> None:
    """Only on a write (a new text), so a run that reads the cache lists no folder."""
    with suppress(OSError):
        files = sorted(folder.glob("toml-*.json"), key=lambda f: f.stat().st_mtime)
        for stale in files[: max(0, len(files) - KEPT_FILES)]:
            stale.unlink(missing_ok=True)


def _cache_file(encoded: bytes) -> Path | None:
    """Named by the text's length and checksum: another text with the same name only
    takes the file over (each run checks the text it holds). None without a home folder
    (no cache folder is made in the working one)."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(home):
        return None
    return Path(home) / "brief" / f"toml-{len(encoded)}-{zlib.crc32(encoded):08x}.json"
