"""Finding and reading article files: folders become their article files, inputs are
read up to the byte limit, and files that are certainly not text (PDF, images, archives,
executables) are refused by their signatures before any decoding."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from brief.errors import InputError, NoInputError, UsageError
from brief.ingest.unmarkdown import MARKDOWN_SUFFIXES
from brief.ingest.webpage import HTML_SUFFIXES
from brief.models import Source
from brief.options import Options

EMAIL_SUFFIXES = (".eml",)  # a saved email message: see message.py
ARTICLE_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, ".text", *HTML_SUFFIXES, *EMAIL_SUFFIXES)
# Signatures of files that are certainly not articles, even under a .txt name.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"%!PS": "a PostScript file",
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "gzip-compressed data",
    b"BZh": "bzip2-compressed data",
    b"\xfd7zXZ\x00": "xz-compressed data",
    b"(\xb5/\xfd": "zstd-compressed data",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\xd0\xcf\x11\xe0": "an Office document",
    b"{\\rtf": "an RTF document",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"RIFF": "a RIFF media file",
    b"\x7fELF": "an executable",
    b"\xca\xfe\xba\xbe": "an executable",
}


@dataclass(frozen=True)
class Input:
    """One article to read; `in_folder` when it came from a folder the user named, so a
    bad one is skipped with a warning instead of failing the whole brief."""

    path: str
    in_folder: bool = False


def expand_inputs(paths: Iterable[str]) -> list[str]:
    """Files as given; folders become their article files, sorted, so runs are reproducible."""
    return [i.path for i in expand(paths)]


def expand(paths: Iterable[str]) -> list[Input]:
    """Like expand_inputs, with where each came from (the pipeline reads a file named
    twice once; another file with the same bytes is a copy: a second source of one text)."""
    paths = list(paths)
    if paths.count("-") > 1:
        raise UsageError("standard input can be read only once", "-")
    out: list[Input] = []
    for p in paths:
        path = Path(p)
        try:  # a folder one may not list, or a path through one
            files = _folder_articles(path) if p != "-" and path.is_dir() else None
        except PermissionError:
            raise NoInputError("permission denied", p) from None
        except OSError as exc:
            raise NoInputError(exc.strerror or "cannot read", p) from None
        if files is not None:
            if not files:
                raise NoInputError("is a directory with no articles (.txt, .md, .html)", p)
            out.extend(Input(f, in_folder=True) for f in files)
        else:
            out.append(Input(p))
    return out


def _folder_articles(folder: Path) -> list[str]:
    return sorted(
        str(f)
        for f in folder.iterdir()
        if f.is_file()
        and not f.name.startswith(".")
        and f.suffix.lower() in ARTICLE_SUFFIXES
        and f.stem.upper() != "README"  # it describes the folder: no article
    )


def read_bytes(path: str, options: Options) -> bytes:
    """Read at most max_bytes (+1 to detect overflow) from a file or '-' (stdin)."""
    limit = options.max_bytes
    if path == "-":
        if sys.stdin is None:  # the caller closed it (`<&-`)
            raise NoInputError("standard input is closed", path)
        try:
            data = sys.stdin.buffer.read(limit + 1)
        except OSError as exc:
            raise NoInputError(exc.strerror or "cannot read", path) from None
    else:
        # os.path, not a Path object per article: a tenth of an inbox's reading
        if os.path.isdir(path or "."):  # as Path(""), the working folder
            raise NoInputError("is a directory", path)
        try:
            with open(path, "rb") as fh:
                data = fh.read(limit + 1)
        except FileNotFoundError:
            raise NoInputError("no such file", path) from None
        except PermissionError:
            raise NoInputError("permission denied", path) from None
        except OSError as exc:
            raise NoInputError(exc.strerror or "cannot read", path) from None
    if len(data) > limit:
        raise InputError(
            f"larger than the {limit:,}-byte input limit (the max_bytes setting)", path
        )
    return data


def sniff_binary(data: bytes, path: str) -> None:
    """Refuse files whose first bytes say they are something other than text."""
    if data.startswith(tuple(_MAGIC)):  # one call, then which
        what = next(what for magic, what in _MAGIC.items() if data.startswith(magic))
        raise InputError(f"looks like {what}, not text", path)
    if b"%PDF-" in data[:1024]:
        raise InputError("looks like a PDF file, not text", path)


def make_source(path: str, number: int, data: bytes) -> Source:
    name = "stdin" if path == "-" else Path(path).name
    return Source(number, path, name, hashlib.sha256(data).hexdigest(), len(data))
