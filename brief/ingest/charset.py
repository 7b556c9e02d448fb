"""Decoding: bytes -> text, from a byte-order mark, a named encoding, strict UTF-8, UTF-8
with a few stray legacy bytes, or a detector that may only answer from an allowlist of
code pages (never UTF-7), and never with mojibake. Among the single-byte code pages that
fit, the one whose words are a language's is taken (brief.ingest.alphabets)."""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from collections import Counter

from brief.errors import InputError, SettingError
from brief.ingest.alphabets import language_fit, words_fit
from brief.ingest.clean import (
    BLOB,
    BLOB_RUN,
    JUNK,
    JUNK_TOKEN,
    WORD,
    clean_text,
    printable_runs,
)
from brief.ingest.files import sniff_binary
from brief.ingest.unmarkdown import is_markdown
from brief.ingest.webpage import declared_charset, looks_like_html
from brief.options import Options

log = logging.getLogger(__name__)

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
_MULTI_BYTE = frozenset({"gb18030", "big5", "cp932", "shift_jis", "euc_jp", "cp949", "euc_kr"})
SINGLE_BYTE = tuple(name for name in ALLOWED_ENCODINGS if name not in _MULTI_BYTE)
# Codecs that turn plain ASCII into other characters, and one that reads nothing
# ("undefined" raises a bare UnicodeError on any byte: an internal error, s72 fuzz);
# refused even with --encoding.
_REFUSED_CODECS = {"utf_7", "unicode_escape", "raw_unicode_escape", "punycode", "idna", "undefined"}
_WIDE = ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be")
_ACCENT_RUN = re.compile("[\u00c0-\u024f]{4}")


def codec_name(name: str) -> str:
    """Python's canonical name for an encoding the user named, refusing the dangerous ones:
    a SettingError of the `encoding` setting, which the command line and a config file
    each name in their own terms."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # (ValueError: a NUL in the name, s72 fuzz)
        raise SettingError("encoding", f"{name!r} is unknown") from None
    canonical = info.name.replace("-", "_")
    if canonical in _REFUSED_CODECS or not getattr(info, "_is_text_encoding", True):
        raise SettingError("encoding", f"{name!r} is not allowed")
    return canonical


def _guess(data: bytes, preferred: str | None) -> tuple[str, str] | None:
    """(encoding, text) for the likeliest allowed encoding that reads as real words, or None.

    The detector ranks by its statistics; where its first reading is a single-byte code
    page, the single-byte readings are weighed by how many of their words are a
    language's (r57 #11: a Slovak page without a charset had been read as Windows-1252,
    "Kováèová", which the detector rated as high as Windows-1250's "Kováčová"). Ties keep
    the detector's order."""
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
    best: tuple[tuple[float, float], str, str] | None = None
    # a single-byte code page's words, as bytes
    words = Counter(w for w in _LEGACY_TOKEN.findall(data) if _HIGH_BYTE.search(w))
    for *_, name in sorted(candidates):
        if best is not None and name in _MULTI_BYTE:
            continue
        fit = (1.0, 1.0)
        if name not in _MULTI_BYTE:
            fit = words_fit({w.decode(name, "replace"): n for w, n in words.items()})
            if best is not None and fit <= best[0]:
                continue  # no better than the reading taken: not read whole
        text = data.decode(name, errors="replace")
        if "\ufffd" in text or not plausible(text):
            continue
        if name in _MULTI_BYTE:
            return name, text
        best = (fit, name, text)
        if fit == (1.0, 1.0):
            break
    return None if best is None else (best[1], best[2])


# A word, what a single-byte code page reads as one (ASCII's spaces, punctuation and
# digits part words); its words with a byte beyond ASCII are weighed. Whole tokens, then
# a test: a pattern that had to hold the high byte scanned a long run without one again
# from each of its letters, minutes for a 50,000-letter string (reviewer's s51 #1).
_LEGACY_TOKEN = re.compile(rb"[^\s!-@\[-`{-~]+")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


# What a wrong code page makes of stray bytes, never in an article: box drawing and block
# shapes (KOI8), C1 controls, private-use characters, lone spacing accents (˙ ˝ ˘).
_NEVER_TEXT = re.compile("[\u2500-\u259f\u0080-\u009f\ue000-\uf8ff\u02c7\u02d8-\u02dd]")


def plausible(text: str) -> bool:
    """False for mojibake: legacy bytes read in the wrong code page give words like
    "ÿþúûüý", Latin words with Cyrillic letters inside, or a lone "яюъ" in English text."""
    if _NEVER_TEXT.search(text):
        return False
    words = [w for w in WORD.findall(text) if not w.isascii()]
    if not words:
        return True
    letters = sum(len(w) for w in WORD.findall(text))
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
    encoding, damage_said = None, False
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom) :], name
            break
    if encoding is None and options.encoding:
        encoding = codec_name(options.encoding)
    if encoding is None and b"\x00" in data:
        encoding = _bomless_utf16(data)
    wide = encoding is not None and encoding.replace("-", "_") in _WIDE
    if b"\x00" in data and not wide:
        raise InputError("binary data (NUL bytes), not text", path)
    if encoding is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            declared = _allowed(declared_charset(data))
            read = _as_declared(data, declared)
            repaired = _mostly_utf8(data, declared) if read is None else None
            guess = _guess(data, declared) if read is None else None
            damaged = _damaged_utf8(data) if read is None else None
            if damaged is not None and guess is not None:
                # a legacy file with a few letters beyond ASCII, or damage (r63 F10)
                legacy = guess if guess[0] in _MULTI_BYTE else _likeliest(data, guess)
                guess, damaged = (legacy, None) if legacy is not None else (guess, damaged)
            if read is not None:
                encoding, text = read
            elif repaired is not None and (
                guess is None
                or (guess[0] in SINGLE_BYTE and language_fit(repaired[1]) >= language_fit(guess[1]))
            ):
                encoding, text, stray = repaired
                _warn_stray(path, exc.start, stray, encoding)
            elif damaged is not None:
                text, stray = damaged
                _warn_damaged(path, exc.start, stray)
                damage_said = True
            else:
                if guess is None:
                    raise InputError(
                        "not UTF-8 and not in any encoding brief recognises; name its encoding",
                        path,
                    ) from None
                encoding, text = guess
                _warn_guessed(path, exc.start, encoding, declared)
    elif encoding == "iso8859_1":  # Python's name of latin-1
        text = data.decode("latin_1").translate(_C1_AS_WINDOWS)
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not valid {encoding} text (byte {exc.start}); name another encoding", path
            ) from None
    # A page's markup and Markdown decode their own references: "&lt;script&gt;" in a
    # paragraph is words the page shows, and decoded here it would be a tag that the
    # page's parser then drops, taking the words with it (r51 L2)
    marked_up = is_markdown(path) or looks_like_html(path, text)
    text = clean_text(text, path, markup=marked_up)
    if not text.strip():
        raise InputError("empty: no text to brief", path)
    if not damage_said and "\ufffd" in text:
        _warn_replaced(path, text.count("\ufffd"))
    # junk tokens are dropped later, after any HTML extraction
    runs = printable_runs(text)
    prose = JUNK.sub(" ", text) if b"a" * JUNK_TOKEN in runs else text
    if prose is not text:
        runs = printable_runs(prose)
    blobs = sum(len(t) for t in BLOB.findall(prose)) if b"a" * BLOB_RUN in runs else 0
    if not WORD.search(prose) or (
        blobs > 300 and blobs > 0.5 * sum(not ch.isspace() for ch in prose)
    ):
        raise InputError("no prose: mostly long unbroken strings (encoded or binary data?)", path)
    return text


def _warn_guessed(path: str, start: int, encoding: str, declared: str | None) -> None:
    """One warning line that the file's characters were guessed: bytes that are not UTF-8
    (a legacy code page's, or UTF-8 damaged in transit, r46 L2's "accÃÿþommodation") are
    read in the likeliest allowed code page and repaired where they were UTF-8, which may
    leave a wrong character where a byte was broken. The file is briefed all the same; the
    warning tells the user where to look, and how to be sure (name its encoding). A page
    that declared a charset its bytes do not fit is told so: the guess is not its word."""
    log.warning(
        "%s: not valid UTF-8 (from byte %d)%s; read as %s, a guess: some characters may be "
        "wrong (name its encoding to be sure)",
        path,
        start,
        f", nor the {declared} it declares" if declared and declared != encoding else "",
        encoding,
    )


def _warn_damaged(path: str, start: int, stray: int) -> None:
    """One warning line for UTF-8 text with a few bytes no code page reads as words: they
    are shown as what they are, damage (U+FFFD), rather than guessed."""
    log.warning(
        "%s: %d %s not valid UTF-8 (the first at byte %d) and no code page reads %s as "
        "words; shown as U+FFFD, the replacement character, where %s (name its encoding "
        "if it is not UTF-8)",
        path,
        stray,
        "byte is" if stray == 1 else "bytes are",
        start,
        "it" if stray == 1 else "them",
        "it stands" if stray == 1 else "they stand",
    )


def _warn_replaced(path: str, count: int) -> None:
    """One warning line for text that holds U+FFFD, the replacement character, in bytes
    that are valid: characters an earlier reading lost (a feed's text decoded in the wrong
    code page, where one byte of a UTF-8 quotation mark had no character: "hostage,â€"
    then "hostage,\ufffd"). What they were is gone; the sentence is briefed as it stands,
    and the user told where to look (r65 F17 had passed them into a brief unsaid)."""
    log.warning(
        "%s: %d %s lost before brief read the file, shown as U+FFFD, the replacement"
        " character (decoded in the wrong encoding where it was saved or sent?)",
        path,
        count,
        "character was" if count == 1 else "characters were",
    )


def _warn_stray(path: str, start: int, stray: int, encoding: str) -> None:
    """One warning line for UTF-8 text with a few bytes that are not (a paragraph pasted
    from a legacy file): the text is UTF-8's, and the stray bytes are read in a code page,
    which may be the wrong one for a word."""
    log.warning(
        "%s: %d %s not valid UTF-8 (the first at byte %d); read as %s there, a guess: "
        "those characters may be wrong (name its encoding to be sure)",
        path,
        stray,
        "byte is" if stray == 1 else "bytes are",
        start,
        encoding,
    )


# Bytes that are no UTF-8, kept by Python's surrogateescape as U+DC80-U+DCFF.
_STRAY_BYTES = re.compile("[\udc80-\udcff]+")
_UTF8_CHARACTER = re.compile("[^\x00-\x7f\udc80-\udcff]")
# A word holding stray bytes (the bytes may be its letters: "Caf\xe9"), or a run of them
# alone: whole words, then those with a stray byte (linear, as _LEGACY_TOKEN).
_STRAY_TOKEN = re.compile("(?:[^\\W\\d_]|[\udc80-\udcff])+")


# Stray bytes a UTF-8 text may hold for each character beyond ASCII it encodes: a line
# pasted from a legacy file into a report with few such characters; random bytes make
# a UTF-8 character by chance for dozens of stray ones.
_STRAY_PER_CHARACTER = 4


def _mostly_utf8(data: bytes, declared: str | None) -> tuple[str, str, int] | None:
    """(code page, text, count of stray bytes) for UTF-8 text with bytes that are not, the
    stray ones read in the single-byte code page whose words they make a language's (the
    page's declared one first, then Windows-1252); None for a file with few UTF-8
    characters beyond ASCII for its stray bytes, or one that then reads as mojibake.
    r57 #12: a UTF-8 report with a cp1252 "Café" pasted in had been refused as in no
    encoding. The caller weighs this reading against a legacy code page's: a legacy
    file's bytes may make a UTF-8 character by chance ("Т»"), never a word."""
    escaped = data.decode("utf-8", "surrogateescape")
    stray = sum(map(len, _STRAY_BYTES.findall(escaped)))
    if len(_UTF8_CHARACTER.findall(escaped)) * _STRAY_PER_CHARACTER < stray:
        return None
    # every stray run, in its word
    sample = " ".join(w for w in _STRAY_TOKEN.findall(escaped) if _STRAY_BYTES.search(w))
    best: tuple[tuple[float, float], str] | None = None
    for page in sorted(SINGLE_BYTE, key=lambda page: page != declared):
        read = _read_stray(sample, page)
        if read is None or _NEVER_TEXT.search(read):
            continue
        fit = language_fit(read)
        if best is None or fit > best[0]:
            best = (fit, page)
    text = None if best is None else _read_stray(escaped, best[1])
    if best is None or text is None or not plausible(text):
        return None
    page = best[1]
    if not _settled(page, _read_stray(sample, page) or ""):
        page = WESTERN
        text = _read_stray(escaped, page)
    if text is None or not _read_as_words(_read_stray(sample, page) or ""):
        return None  # no code page's letters: damage (see _damaged_utf8)
    return page, text, stray


# UTF-8 with damage, not a legacy file: at most one run of bytes that are not UTF-8 in
# this many words. More, and the bytes are a code page's letters or no text at all.
DAMAGE_WORDS = 10


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, count of stray bytes) for UTF-8 text with a few bytes that are not (a
    transfer cut a character short, a stray byte-order mark: r63 F10's "Fri\\xff\\xfeday",
    "two\\xc3(weeks"), each run of them U+FFFD; None where they are more than a few. The
    caller takes it where no code page reads those bytes as words: a single-byte guess
    had read the file whole as ISO 8859-13, and "Fri’žday" and "twoĆ(weeks" had reached
    the mail as the source's words."""
    escaped = data.decode("utf-8", "surrogateescape")
    runs = _STRAY_BYTES.findall(escaped)
    if len(runs) * DAMAGE_WORDS > len(WORD.findall(escaped)):
        return None
    return data.decode("utf-8", "replace"), sum(map(len, runs))


def _read_as_words(text: str) -> bool:
    """Whether every word of the text beyond ASCII is a language's word (alphabets), in
    letter case too (a capital after a small letter, "twoĆ", is no word's), where a
    symbol that stands as one ("45°C", "Acme™", "€5") is no part of a word. A symbol
    between two letters or after a letter beyond ASCII ("â€", what a UTF-8 quotation
    mark cut short reads as) is a wrong code page's."""
    words = _NON_ASCII.sub(_as_symbol, text)
    return language_fit(words)[0] == 1.0 and not any(
        _mixed_case(word) for word in _STRAY_TOKEN.findall(words) if not word.isascii()
    )


_NON_ASCII = re.compile("[^\x00-\x7f]")
WESTERN = ALLOWED_ENCODINGS[0]  # the likeliest code page of all (Windows-1252)


def _likeliest(data: bytes, guess: tuple[str, str]) -> tuple[str, str] | None:
    """The single-byte reading of a file with a few bytes beyond ASCII that is words and
    the likeliest (`_settled`): the guess, else Windows-1252's; None where neither is
    (the bytes are damage)."""
    if _settled(*guess):
        return guess if _read_as_words(guess[1]) else None
    try:
        text = data.decode(WESTERN)
    except UnicodeDecodeError:
        return None
    return (WESTERN, text) if plausible(text) and _read_as_words(text) else None


def _settled(page: str, text: str) -> bool:
    """Whether a reading of a few bytes in `page` is the likeliest one: in Windows-1252,
    or with a letter that Windows-1252 cannot write ("Łódź": only a Central European
    page can). A writer picks a code page that writes their text, and most texts are
    written in the most used page; where it could have written the same characters,
    the bytes would be its own, and a rarer page's reading of a few bytes is a
    coincidence of 17 tables, not evidence: ISO 8859-13 had read a stray
    "\\xff\\xfe" as "’ž" (r63 F10), ISO 8859-15 a "½" as "œ"."""
    if page == WESTERN:
        return True
    try:
        "".join(_NON_ASCII.findall(text)).encode(WESTERN)
    except UnicodeEncodeError:
        return True
    return False


def _as_symbol(found: re.Match[str]) -> str:
    """A symbol that stands as one as a space, for language_fit to weigh words only."""
    character, at, text = found.group(), found.start(), found.string
    if not unicodedata.category(character).startswith(("S", "No")):
        return character
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    glued = (before.isalpha() and not before.isascii()) or (before.isalpha() and after.isalpha())
    return character if glued else " "


def _mixed_case(word: str) -> bool:
    return any(
        before.islower() and after.isupper() and not (before + after).isascii()
        for before, after in zip(word, word[1:], strict=False)
    )


def _read_stray(escaped: str, page: str) -> str | None:
    """`escaped` with its stray bytes read in `page`, or None where one is not in it."""
    try:
        return _STRAY_BYTES.sub(
            lambda run: run.group().encode("utf-8", "surrogateescape").decode(page), escaped
        )
    except UnicodeDecodeError:
        return None


# Latin-1 named by the user is read as browsers read it (WHATWG): its C1 bytes, control
# characters no text holds, are Windows-1252's characters ("\x85" an ellipsis, not a line
# break, r57 #12, where one had cut a sentence to its last three characters).
_C1_AS_WINDOWS = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without its byte-order mark, told by where its NUL bytes stand: text
    in the Latin script has a NUL as every other byte, the second (little-endian) or the
    first (big-endian) of each pair, and almost never in the other place."""
    if len(data) < 16 or len(data) % 2:
        return None
    pairs = len(data) // 2
    for name, zeros, others in (
        ("utf-16-le", data[1::2], data[0::2]),
        ("utf-16-be", data[0::2], data[1::2]),
    ):
        if zeros.count(0) >= 0.9 * pairs and others.count(0) == 0:
            return name
    return None


def _as_declared(data: bytes, declared: str | None) -> tuple[str, str] | None:
    """(encoding, text) in the charset the page's <meta> declares, where that is an allowed one,
    every byte reads in it and the text is words: the page said how to read it, so it is
    no guess (r57 #11 had warned "read as cp1251, a guess" of a declared windows-1251)."""
    if declared is None or declared not in ALLOWED_ENCODINGS:
        return None
    try:
        text = data.decode(declared)
    except UnicodeDecodeError:
        return None
    return (declared, text) if plausible(text) else None


def _allowed(name: str | None) -> str | None:
    try:
        canonical = codecs.lookup(name).name.replace("-", "_") if name else None
    except LookupError:
        return None
    # Browsers read a page labelled latin-1 as windows-1252; so do we.
    return "cp1252" if canonical in ("latin_1", "ascii") else canonical
