"""Ingest: bytes from a file or stdin -> a clean `Document` (title, headings, paragraphs).

Article text is hostile until proven otherwise, so every check that can reject an
input happens here, before any parsing: size, binary signatures, decoding.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from brief.errors import InputError, NoInputError
from brief.models import Block, Document, Source
from brief.options import Options

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")

# Signatures of files that are certainly not articles, even under a .txt name.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x7fELF": "an executable",
}

_TERMINAL = ".!?…:;"
_CLOSERS = "\"'”’»)]"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")


def expand_inputs(paths: Iterable[str]) -> list[str]:
    """Files as given; folders become their article files, sorted, so runs are reproducible."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            files = sorted(
                str(f)
                for f in path.iterdir()
                if f.is_file()
                and not f.name.startswith(".")
                and f.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not files:
                raise NoInputError("is a directory with no articles (.txt, .md)", p)
            out.extend(files)
        else:
            out.append(p)
    return out


def read_bytes(path: str, options: Options) -> bytes:
    """Read at most max_bytes (+1 to detect overflow) from a file or '-' (stdin)."""
    limit = options.max_bytes
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        p = Path(path)
        if p.is_dir():
            raise NoInputError("is a directory", path)
        try:
            with p.open("rb") as fh:
                data = fh.read(limit + 1)
        except FileNotFoundError:
            raise NoInputError("no such file", path) from None
        except PermissionError:
            raise NoInputError("permission denied", path) from None
        except OSError as exc:
            raise NoInputError(exc.strerror or "cannot read", path) from None
    if len(data) > limit:
        raise InputError(f"larger than the {limit:,}-byte input limit (see --max-bytes)", path)
    return data


def decode(data: bytes, path: str, options: Options) -> str:
    """Bytes -> NFC text without control characters, or a one-line reason why not."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"looks like {what}, not text", path)
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8"
    else:
        encoding = options.encoding or "utf-8"
    if b"\x00" in data and encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        raise InputError("binary data (NUL bytes), not text", path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {encoding} text (byte {exc.start}); try --encoding", path
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", path) from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text.replace("\t", " "))
    if not text.strip():
        raise InputError("empty: no text to brief", path)
    return text


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _looks_like_heading(line: str) -> bool:
    """Short and without closing punctuation: "Ukraine creates reserve troops"."""
    words = line.split()
    return 0 < len(words) <= 14 and len(line) <= 120 and not _ends_sentence(line)


def _looks_like_title(line: str) -> bool:
    words = line.split()
    stripped = line.rstrip().rstrip(_CLOSERS)
    return 0 < len(words) <= 25 and len(line) <= 200 and not stripped.endswith((".", ":", ";"))


def parse_text(text: str, source: Source) -> Document:
    """Split text into a title, headings and paragraphs.

    One line per paragraph and blank-line-separated, hard-wrapped paragraphs are
    both common; a line joins the previous one only when that line did not end a
    sentence. A short line without closing punctuation is a heading, so it never
    merges into the next sentence.
    """
    lines = [line.strip() for line in text.split("\n")]
    title: str | None = None
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None:
        m = _MD_HEADING.match(lines[first])
        candidate = m.group(1) if m else lines[first]
        rest = [line for line in lines[first + 1 :] if line]
        if rest and _looks_like_title(candidate):
            title = candidate
            lines = lines[first + 1 :]

    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", " ".join(para)))
            para.clear()

    for line in lines:
        if not line:
            flush()
            continue
        m = _MD_HEADING.match(line)
        if m:
            flush()
            if m.group(1):
                blocks.append(Block("heading", m.group(1)))
            continue
        starts_fresh = not para or _ends_sentence(para[-1])
        if starts_fresh and _looks_like_heading(line):
            flush()
            blocks.append(Block("heading", line))
            continue
        if starts_fresh:
            flush()
        para.append(line)
    flush()
    if not any(b.kind == "paragraph" for b in blocks):
        # A lone short line is still an article of one sentence, not a heading.
        blocks = [Block("paragraph", b.text) for b in blocks]
        if not blocks and title:
            blocks, title = [Block("paragraph", title)], None
    return Document(source=source, title=title, blocks=tuple(blocks))


def make_source(path: str, number: int, data: bytes) -> Source:
    name = "stdin" if path == "-" else Path(path).name
    return Source(number, path, name, hashlib.sha256(data).hexdigest(), len(data))


def ingest(path: str, number: int, options: Options) -> Document:
    """Read, check, decode and parse one input."""
    data = read_bytes(path, options)
    text = decode(data, path, options)
    return parse_text(text, make_source(path, number, data))
