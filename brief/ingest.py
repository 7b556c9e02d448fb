"""Ingest: bytes from a file or stdin -> a clean `Document` (title, headings, paragraphs).

Article text is hostile until proven otherwise, so every check that can reject an
input happens here, before any parsing: size, binary signatures, decoding.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from brief.collect.inbox import read_header
from brief.errors import InputError, NoInputError, UsageError
from brief.htmlpage import HTML_SUFFIXES, declared_charset, extract, looks_like_html
from brief.models import Block, Document, Source
from brief.options import Options

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", *HTML_SUFFIXES)

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
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# What the detector may answer, most likely first: ties go to the earlier one.
# UTF-7 is never here: it turns innocent ASCII like "+ADw-" into "<".
ALLOWED_ENCODINGS = (
    "cp1252", "iso8859_15", "latin_1", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u",
    "iso8859_5", "mac_cyrillic", "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1257",
    "iso8859_13", "cp1256", "iso8859_6", "cp1255", "iso8859_8", "gb18030", "big5", "cp932",
    "shift_jis", "euc_jp", "cp949", "euc_kr",
)  # fmt: skip
# Codecs that turn plain ASCII into other characters; refused even with --encoding.
_REFUSED_CODECS = {"utf_7", "unicode_escape", "raw_unicode_escape", "punycode", "idna"}
_WIDE = ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be")

_TERMINAL = ".!?…:;。！？"
_CLOSERS = "\"'”’»)]"
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# List and quote markers open a line but are not part of its sentence.
_LINE_MARK = re.compile(r"^(?:[*+•\-]|>+|\d{1,3}[.)])\s+")
_NEWLINES = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# Zero-width joiners are spelling in Arabic, Persian and Indic scripts (and emoji);
# between Latin or Cyrillic letters they only hide words from search and matching.
_JOINER = re.compile("(?<![\u0590-\U0010ffff])[\u200c\u200d]|[\u200c\u200d](?=[\x00-\u058f])")
# Controls, format characters (bidi overrides, zero-width spaces, soft hyphens, tag
# characters) and non-characters: none is text, and several can reorder or hide what
# the reader sees. Every Unicode "Cf" character except the joiners above is listed.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
    "\u08e2\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufdd0-\ufdef"
    "\ufeff\ufff9-\ufffb\ufffe\uffff\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
_MAX_CONTROL_SHARE = 0.05
# Base64, hex dumps, minified code: long runs of ASCII without a space.
_BLOB = re.compile(r"[!-~]{60,}")
# A run this long without a space is never prose: a data URI, a base64 blob, a hex dump.
# (ASCII only: Chinese and Japanese prose has no spaces at all.)
JUNK_TOKEN = 200
_JUNK = re.compile(f"[!-~]{{{JUNK_TOKEN},}}")
_WORD = re.compile(r"[^\W\d_]+")
_ACCENT_RUN = re.compile("[\u00c0-\u024f]{4}")
# No real sentence runs this long without a full stop. Longer runs (a page of text
# without punctuation, a wall of brackets) are cut into pieces of at most this size,
# so every later stage, from ranking to layout, works on bounded sentences.
MAX_RUN = 1500
_RUN = re.compile(f"[^.!?…。！？]{{{MAX_RUN + 1},}}")


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
    """Like expand_inputs, with where each came from (the pipeline reads a file whose
    bytes it has seen, under any name, as the same source)."""
    paths = list(paths)
    if paths.count("-") > 1:
        raise UsageError("standard input can be read only once", "-")
    out: list[Input] = []
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
                raise NoInputError("is a directory with no articles (.txt, .md, .html)", p)
            out.extend(Input(f, in_folder=True) for f in files)
        else:
            out.append(Input(p))
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
        raise InputError(
            f"larger than the {limit:,}-byte input limit (the max_bytes setting)", path
        )
    return data


def codec_name(name: str) -> str:
    """Python's canonical name for an encoding the user named, refusing the dangerous ones."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise UsageError(f"unknown encoding {name!r}") from None
    canonical = info.name.replace("-", "_")
    if canonical in _REFUSED_CODECS or not getattr(info, "_is_text_encoding", True):
        raise UsageError(f"encoding {name!r} is not allowed")
    return canonical


def sniff_binary(data: bytes, path: str) -> None:
    """Refuse files whose first bytes say they are something other than text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"looks like {what}, not text", path)
    if b"%PDF-" in data[:1024]:
        raise InputError("looks like a PDF file, not text", path)


def _guess(data: bytes, preferred: str | None) -> tuple[str, str] | None:
    """(encoding, text) for the likeliest allowed encoding that reads as real words, or None."""
    import charset_normalizer

    rank = {name: i for i, name in enumerate(ALLOWED_ENCODINGS)}
    if preferred in rank:
        rank[preferred] = -1  # the page's own <meta charset>, when it fits the bytes
    candidates: list[tuple[float, float, int, str]] = []
    for match in charset_normalizer.from_bytes(data, cp_isolation=list(ALLOWED_ENCODINGS)):
        names = [n for n in (match.encoding, *match.could_be_from_charset) if n in rank]
        if names:
            name = min(names, key=rank.__getitem__)
            candidates.append((round(match.chaos, 2), -round(match.coherence, 2), rank[name], name))
    for *_, name in sorted(candidates):
        text = data.decode(name, errors="replace")
        if "\ufffd" not in text and plausible(text):
            return name, text
    return None


# What a wrong code page makes of stray bytes, never in an article: box drawing and block
# shapes (KOI8), C1 controls, private-use characters, lone spacing accents (˙ ˝ ˘).
_NEVER_TEXT = re.compile("[\u2500-\u259f\u0080-\u009f\ue000-\uf8ff\u02c7\u02d8-\u02dd]")


def plausible(text: str) -> bool:
    """False for mojibake: legacy bytes read in the wrong code page give words like
    "ÿþúûüý", Latin words with Cyrillic letters inside, or a lone "яюъ" in English text."""
    if _NEVER_TEXT.search(text):
        return False
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return True
    letters = sum(len(w) for w in _WORD.findall(text))
    foreign = sum(1 for w in words for ch in w if ch >= "\u0250")
    rare_foreign = foreign < 0.3 * letters  # a few non-Latin letters amid Latin text
    odd = 0
    for w in words:
        latin = any(ch.isascii() for ch in w)
        other = any(ch >= "\u0250" for ch in w)
        accented_only = len(w) > 1 and all("\u00c0" <= ch <= "\u024f" for ch in w)
        if (latin and other) or (other and rare_foreign) or _ACCENT_RUN.search(w) or accented_only:
            odd += 1
    return odd <= 0.25 * len(words)


def decode(data: bytes, path: str, options: Options) -> str:
    """Bytes -> clean NFC text, or a one-line reason why these bytes are not an article.

    Order: a byte-order mark, then --encoding, then strict UTF-8, then a detector
    that may only answer from ALLOWED_ENCODINGS.
    """
    sniff_binary(data, path)
    encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom) :], name
            break
    if encoding is None and options.encoding:
        encoding = codec_name(options.encoding)
    wide = encoding is not None and encoding.replace("-", "_") in _WIDE
    if b"\x00" in data and not wide:
        raise InputError("binary data (NUL bytes), not text", path)
    if encoding is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            guess = _guess(data, _allowed(declared_charset(data)))
            if guess is None:
                raise InputError(
                    "not UTF-8 and not in any encoding brief recognises; name its encoding", path
                ) from None
            encoding, text = guess
            log.debug("%s: decoded as %s", path, encoding)
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not valid {encoding} text (byte {exc.start}); name another encoding", path
            ) from None
    text = clean_text(text, path)
    if not text.strip():
        raise InputError("empty: no text to brief", path)
    prose = _JUNK.sub(" ", text)  # junk tokens are dropped later, after any HTML extraction
    blobs = sum(len(t) for t in _BLOB.findall(prose))
    if not _WORD.search(prose) or (
        blobs > 300 and blobs > 0.5 * sum(not ch.isspace() for ch in prose)
    ):
        raise InputError("no prose: mostly long unbroken strings (encoded or binary data?)", path)
    return text


def drop_junk_tokens(text: str, path: str | None = None) -> str:
    """The text without its unbroken junk strings, so the prose around them is briefed;
    "no prose" only when nothing is left."""
    junk = _JUNK.findall(text)
    if not junk:
        return text
    kept = _JUNK.sub(" ", text)
    if not _WORD.search(kept):
        raise InputError("no prose: only long unbroken strings (encoded or binary data?)", path)
    log.warning(
        "%s: dropped %d unbroken string%s of %s characters (encoded data?)",
        path or "-",
        len(junk),
        "" if len(junk) == 1 else "s",
        f"{sum(map(len, junk)):,}",
    )
    return kept


def _allowed(name: str | None) -> str | None:
    try:
        canonical = codecs.lookup(name).name.replace("-", "_") if name else None
    except LookupError:
        return None
    # Browsers read a page labelled latin-1 as windows-1252; so do we.
    return "cp1252" if canonical in ("latin_1", "ascii") else canonical


def clean_text(text: str, path: str | None = None) -> str:
    """NFC, one kind of newline, no controls or invisible format characters."""
    text = _NEWLINES.sub("\n", text)
    if text:
        controls = sum(1 for ch in text if ord(ch) < 0x20 and ch not in "\n\t\r")
        if controls / len(text) > _MAX_CONTROL_SHARE:
            raise InputError("binary data (control bytes), not text", path)
    text = _INVISIBLE.sub("", _JOINER.sub("", text.replace("\t", " ")))
    return unicodedata.normalize("NFC", text)


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


# A line ending in one of these was cut mid-sentence: never a heading or a title.
_OPEN_ENDED = frozenset(
    "a an the of to in on at by for from with and or but as that which who whose than"
    " into onto over under about after before between against during".split()
)


def _cut_mid_sentence(line: str) -> bool:
    words = line.split()
    return bool(words) and (words[-1].lower() in _OPEN_ENDED or line.rstrip().endswith(","))


def _looks_like_heading(line: str) -> bool:
    """Short and without closing punctuation: "Ukraine creates reserve troops"."""
    words = line.split()
    return (
        0 < len(words) <= 14
        and len(line) <= 120
        and not _ends_sentence(line)
        and not _cut_mid_sentence(line)
    )


def _looks_like_title(line: str) -> bool:
    words = line.split()
    stripped = line.rstrip().rstrip(_CLOSERS)
    return (
        0 < len(words) <= 25
        and len(line) <= 200
        and not stripped.endswith((".", ":", ";"))
        and not _cut_mid_sentence(line)
    )


def _hard_wrapped(lines: list[str]) -> bool:
    """Most lines run on into the next (text folded at a fixed width): then a heading
    or title must stand alone between blank lines."""
    body = [line for line in lines if line]
    if len(body) < 4:
        return False
    running = sum(
        1
        for line, nxt in zip(lines, lines[1:], strict=False)
        if line and nxt and not _ends_sentence(line)
    )
    return running > len(body) / 3


def split_runs(text: str) -> list[str]:
    """A paragraph cut wherever it runs more than MAX_RUN characters without a full stop;
    cuts fall on a space where there is one. Nothing is dropped."""
    if len(text) <= MAX_RUN:
        return [text]
    pieces: list[str] = []
    start = 0
    for m in _RUN.finditer(text):
        pos = m.start()
        while m.end() - pos > MAX_RUN:
            cut = text.rfind(" ", pos + MAX_RUN // 2, pos + MAX_RUN)
            cut = cut if cut > pos else pos + MAX_RUN
            pieces.append(text[start:cut])
            start = pos = cut
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _bare(line: str) -> str:
    """A line without its list or quote marker; a line of only ornaments ("* * *") is blank."""
    line = line.strip()
    if not _MD_HEADING.match(line):
        line = _LINE_MARK.sub("", line)
    return line if any(ch.isalnum() for ch in line) else ""


def parse_text(text: str, source: Source, *, find_title: bool = True) -> Document:
    """Split text into a title, headings and paragraphs.

    One line per paragraph and blank-line-separated, hard-wrapped paragraphs are
    both common; a line joins the previous one only when that line did not end a
    sentence. A short line without closing punctuation is a heading, so it never
    merges into the next sentence.
    """
    lines = [_bare(line) for line in text.split("\n")]
    wrapped = _hard_wrapped(lines)
    title: str | None = None
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None and find_title:
        m = _MD_HEADING.match(lines[first])
        candidate = m.group(1) if m else lines[first]
        rest = [line for line in lines[first + 1 :] if line]
        alone = first + 1 >= len(lines) or not lines[first + 1]
        if rest and _looks_like_title(candidate) and (alone or not wrapped or m):
            title = candidate
            lines = lines[first + 1 :]

    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.extend(Block("paragraph", p) for p in split_runs(" ".join(para)))
            para.clear()

    # The next non-empty line after each line: a heading is never followed by a
    # lower-case continuation ("The minister said the talks / would resume ...").
    following = [""] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        following[i] = lines[i + 1] or following[i + 1]

    previous = ""
    for i, (line, nxt) in enumerate(zip(lines, following, strict=True)):
        before, previous = previous, line
        if not line:
            flush()
            continue
        alone = not before and (i + 1 >= len(lines) or not lines[i + 1])
        m = _MD_HEADING.match(line)
        if m:
            flush()
            if m.group(1):
                blocks.append(Block("heading", m.group(1)))
            continue
        starts_fresh = not para or _ends_sentence(para[-1])
        if (
            starts_fresh
            and _looks_like_heading(line)
            and not nxt[:1].islower()
            and (alone or not wrapped)
        ):
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
    """Read, check, decode and parse one input; web pages go through the extractor first."""
    data = read_bytes(path, options)
    text = decode(data, path, options)
    source = make_source(path, number, data)
    fetched, text = read_header(text, path)  # `brief fetch` wrote it: its URL, outlet, ...
    if fetched is not None:
        source = replace(source, url=fetched.url, outlet=fetched.outlet, title=fetched.title)
        source = replace(source, date=fetched.date, author=fetched.author)
        doc = parse_text(text, source, find_title=fetched.title is None)
        title = fetched.title or doc.title
        return _titled(replace(doc, title=title, date=fetched.date, author=fetched.author))
    if not looks_like_html(path, text):
        return _titled(parse_text(drop_junk_tokens(text, path), source))
    page = extract(text)
    body = drop_junk_tokens(clean_text(page.text, path), path) if page else ""
    if not body.strip():
        raise InputError("a web page with no article text in it", path)
    title = clean_text(page.title, path) if page and page.title else None
    date = page.date if page else None
    author = clean_text(page.author, path) if page and page.author else None
    doc = parse_text(body, replace(source, date=date, author=author), find_title=title is None)
    return _titled(replace(doc, title=title or doc.title, date=date, author=author))


def _titled(doc: Document) -> Document:
    """The source carries its headline too, so Sources can list it."""
    return replace(doc, source=replace(doc.source, title=doc.title))
