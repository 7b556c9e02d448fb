"""Finding and reading article files: folders become their article files, inputs are
read up to the byte limit, and files that are certainly not text (PDF, images, archives,
executables) are refused by their signatures before any decoding.

Only files are read here. An article its caller has read already (the command line
reads standard input itself: `-` is its name, not the library's) comes as an `Input`
holding its bytes, and meets the same limit and checks as a file's."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from brief.errors import InputError, NoInputError
from brief.ingest.unmarkdown import MARKDOWN_SUFFIXES
from brief.ingest.webpage import HTML_SUFFIXES
from brief.models import Source
from brief.options import Options

EMAIL_SUFFIXES = (".eml",)  # a saved email message: see message.py
ARTICLE_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, ".text", *HTML_SUFFIXES, *EMAIL_SUFFIXES)
# What an empty folder's error names: one of each kind (the list above has them all).
_KINDS = ", ".join((".txt", MARKDOWN_SUFFIXES[0], HTML_SUFFIXES[0], *EMAIL_SUFFIXES))
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
    bad one is skipped with a warning instead of failing the whole brief. `data` holds
    the bytes of one its caller has read already, `path` then being what messages call
    it and `name` what the brief's sources do; otherwise the file at `path` is read, and
    named by its file name."""

    path: str
    in_folder: bool = False
    data: bytes | None = None
    name: str | None = None


def expand_inputs(paths: Iterable[str]) -> list[str]:
    """Files as given; folders become their article files, sorted, so runs are reproducible."""
    return [i.path for i in expand(paths)]


def expand(paths: Iterable[str | Input]) -> list[Input]:
    """Like expand_inputs, with where each came from (the pipeline reads a file named
    twice once; another file with the same bytes is a copy: a second source of one text).
    An Input given stays as it is."""
    out: list[Input] = []
    for p in paths:
        if isinstance(p, Input):
            out.append(p)
            continue
        path = Path(p)
        try:  # a folder one may not list, or a path through one
            files = _folder_articles(path) if path.is_dir() else None
        except PermissionError:
            raise NoInputError("permission denied", p) from None
        except OSError as exc:
            raise NoInputError(exc.strerror or "cannot read", p) from None
        if files is not None:
            if not files:
                raise NoInputError(f"is a directory with no articles ({_KINDS})", p)
            out.extend(Input(f, in_folder=True) for f in files)
        elif not_an_article_name(p) and path.exists():
            # what a folder run skips, named alone (a .xml file of plain text had been
            # briefed, r62 F18); a file with no suffix ("notes", /dev/fd/63) is read
            raise InputError(f"not an article file ({', '.join(ARTICLE_SUFFIXES)})", p)
        else:
            out.append(Input(p))
    return out


def not_an_article_name(path: str) -> bool:
    """Whether a file's name says it is of another kind than an article's: a suffix that
    is none of ARTICLE_SUFFIXES ("feed.xml", "data.csv"). A name's last part in digits
    ("report.2027") is no suffix."""
    suffix = Path(path).suffix.lower()
    return suffix[1:].isalpha() and suffix not in ARTICLE_SUFFIXES


def _folder_articles(folder: Path) -> list[str]:
    return sorted(
        str(f)
        for f in folder.iterdir()
        if f.is_file()
        and not f.name.startswith(".")
        and f.suffix.lower() in ARTICLE_SUFFIXES
        and f.stem.upper() != "README"  # it describes the folder: no article
    )


def input_bytes(item: Input, options: Options) -> bytes:
    """The bytes of an input: those its caller read, or its file's; within the limit."""
    if item.data is None:
        return read_bytes(item.path, options)
    return within_limit(item.data, item.path, options)


def read_bytes(path: str, options: Options) -> bytes:
    """Read at most max_bytes (+1 to detect overflow) from a file."""
    # os.path, not a Path object per article: a tenth of an inbox's reading
    if os.path.isdir(path or "."):  # as Path(""), the working folder
        raise NoInputError("is a directory", path)
    try:
        # Not waiting for a writer: a named pipe no one writes to had hung the run for
        # good. Opened without waiting, a pipe with no writer reads as empty at once;
        # one a writer holds (a shell's `<(...)`) is read as it is written.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with open(descriptor, "rb") as fh:  # closes the descriptor, whatever happens
            os.set_blocking(descriptor, True)
            data = fh.read(options.max_bytes + 1)
            if not data and stat.S_ISFIFO(os.fstat(descriptor).st_mode):
                raise NoInputError("a pipe no one writes to", path)
    except FileNotFoundError:
        raise NoInputError("no such file", path) from None
    except PermissionError:
        raise NoInputError("permission denied", path) from None
    except OSError as exc:
        raise NoInputError(exc.strerror or "cannot read", path) from None
    return within_limit(data, path, options)


def within_limit(data: bytes, path: str, options: Options) -> bytes:
    """`data`, unless it is longer than max_bytes. A reader of a stream reads at most
    max_bytes + 1 bytes of it, as `read_bytes` does, to tell."""
    if len(data) > options.max_bytes:
        raise InputError(
            f"larger than the {options.max_bytes:,}-byte input limit (the max_bytes setting)",
            path,
        )
    return data


def sniff_binary(data: bytes, path: str) -> None:
    """Refuse files whose first bytes say they are something other than text."""
    if data.startswith(tuple(_MAGIC)):  # one call, then which
        what = next(what for magic, what in _MAGIC.items() if data.startswith(magic))
        raise InputError(f"looks like {what}, not text", path)
    if b"%PDF-" in data[:1024]:
        raise InputError("looks like a PDF file, not text", path)


def make_source(path: str, number: int, data: bytes, name: str | None = None) -> Source:
    """The source of an article: `name` in the brief's sources, by default its file's."""
    name = Path(path).name if name is None else name
    return Source(number, path, name, hashlib.sha256(data).hexdigest(), len(data))
