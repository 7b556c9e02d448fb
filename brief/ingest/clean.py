"""Clean text: one kind of newline, no controls or invisible format characters, NFC; and
the unbroken junk strings (data URIs, base64) that are never prose."""

from __future__ import annotations

import html
import logging
import re
import unicodedata

from brief.errors import InputError

log = logging.getLogger(__name__)

_NEWLINES = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# Zero-width joiners are spelling in Arabic, Persian and Indic scripts (and emoji);
# between Latin or Cyrillic letters they only hide words from search and matching.
# Compiled (by re, once) only for a text with a joiner: compiling it takes 0.003 s of
# CPU (its look-behind spans all of Unicode), which every brief paid at import.
_JOINER = "(?<![\u0590-\U0010ffff])[\u200c\u200d]|[\u200c\u200d](?=[\x00-\u058f])"
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
# A terminal's escape sequence, whole (text copied from a terminal or a log: "\x1b[31m"):
# a CSI (colours, cursor moves), an OSC (window titles, links) ended by BEL or ST, or
# a two-character escape. Stripping only the ESC left "[31m" glued to a name.
_TERMINAL_CODE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\\\)?|\x1b[=>78]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # below 0x20, less tab and newlines
# Base64, hex dumps, minified code: long runs of ASCII without a space.
BLOB_RUN = 60
BLOB = re.compile(f"[!-~]{{{BLOB_RUN},}}")
# A run this long without a space is never prose: a data URI, a base64 blob, a hex dump.
# (ASCII only: Chinese and Japanese prose has no spaces at all.)
JUNK_TOKEN = 200
JUNK = re.compile(f"[!-~]{{{JUNK_TOKEN},}}")
WORD = re.compile(r"[^\W\d_]+")
# Printable ASCII (what BLOB and JUNK are runs of) as "a", every other byte as a space.
_RUN_BYTES = bytes(0x61 if 0x21 <= b <= 0x7E else 0x20 for b in range(256))
# The newlines that are not "\n" (what _NEWLINES replaces), each looked for on its own.
_OTHER_NEWLINES = ("\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")


def has_run(text: str, length: int) -> bool:
    """Whether `text` holds `length` printable ASCII characters in a row, the least a
    BLOB or JUNK match needs. Prose has none, and this asks C string functions (UTF-8
    keeps ASCII bytes and codes every other character in bytes above 0x7f), while a
    regex scan takes 0.05 s for each 3 MB of text."""
    return b"a" * length in printable_runs(text)


def printable_runs(text: str) -> bytes:
    """The text's bytes with printable ASCII as "a" and every other byte a space: what
    `has_run` looks in (made once where several lengths are asked of one text)."""
    return text.encode("utf-8", "surrogatepass").translate(_RUN_BYTES)


# A character reference ("&amp;", "&#8217;") left in text saved from a web page or an
# SGML feed. One HTML knows is that character; any other ("&QL;", "&UR;": typesetting
# codes of news-agency SGML) is markup, never text, and goes.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _character(reference: re.Match[str]) -> str:
    found = html.unescape(reference.group())
    return " " if found in (reference.group(), "\ufffd") else found


# The characters markup is written with: a tag's brackets, a reference's "&" and an
# attribute's quotes. A reference to one of them in a page's source is for its parser.
MARKUP_CHARACTERS = "<>&\"'"


def _character_not_markup(reference: re.Match[str]) -> str:
    """Any character but markup's own (MARKUP_CHARACTERS, decoded once, later, by the
    page's parser): a quote decoded inside an attribute ends it there, and what followed
    is read as markup ("content=\"... release&lt;img src=x onerror=&quot;...&quot;&gt;\"" had
    made an og:title end in a cut tag, "release<img src=x onerror=", r78 F7)."""
    found = _character(reference)
    return reference.group() if found in MARKUP_CHARACTERS and found else found


def without_junk_tokens(text: str, path: str | None = None) -> tuple[str, list[str]]:
    """The text without its unbroken junk strings, and those strings: an InputError ("no
    prose") when nothing is left. The caller says what was dropped (`describe_junk`),
    in a warning, or in its error when what is left is no article either."""
    junk = JUNK.findall(text) if has_run(text, JUNK_TOKEN) else []
    if not junk:
        return text, []
    kept = JUNK.sub(" ", text)
    if not WORD.search(kept):
        raise InputError("no prose: only long unbroken strings (encoded or binary data?)", path)
    return kept, junk


def describe_junk(junk: list[str]) -> str:
    """ "1 unbroken string of 1,000,000 characters", "2 unbroken strings of 800 characters"."""
    plural = "" if len(junk) == 1 else "s"
    return f"{len(junk)} unbroken string{plural} of {sum(map(len, junk)):,} characters"


# Every character but printable ASCII and the newline: where a control or an invisible
# character can be. Prose has few kinds of them ("’", "—"), so each kind is looked at
# once, and the patterns scan the text only when one is there (the invisible pattern's
# scan of every character took 0.07 s of CPU for 3 MB, this one's 0.02 s).
_UNUSUAL = re.compile("[^\n\x20-\x7e]")


def clean_text(text: str, path: str | None = None, markup: bool = False) -> str:
    """NFC, one kind of newline, character references decoded (unknown ones dropped), no
    controls or invisible format characters. In `markup` (a page's source, Markdown), a
    reference to a character markup is written with stays as written for its parser: in
    Markdown "&lt;script&gt;" is a mention, which must not read as a tag
    (unmarkdown.plain_markdown decodes them after its tags are out)."""
    if any(newline in text for newline in _OTHER_NEWLINES):
        text = _NEWLINES.sub("\n", text)
    unusual = set(_UNUSUAL.findall(text))
    if not _MOJIBAKE_SIGNS.isdisjoint(unusual):  # before the controls: "â€\x9d" is "”"
        text = _without_mojibake(text)
        unusual = set(_UNUSUAL.findall(text))
    if "\x1b" in unusual or "\x9b" in unusual:
        text = _TERMINAL_CODE.sub("", text)
    if any(_CONTROL.match(ch) for ch in unusual):
        # (none left where a terminal code was the whole text: b"\x1b]" cleans to "")
        controls = len(_CONTROL.findall(text))
        if controls and controls / len(text) > _MAX_CONTROL_SHARE:
            raise InputError("binary data (control bytes), not text", path)
    text = text.replace("\t", " ")
    if "&" in text:  # a reference may stand for any character
        unusual.update(*map(html.unescape, set(_ENTITY.findall(text))))
        text = _ENTITY.sub(_character_not_markup if markup else _character, text)
    if "\u200c" in text or "\u200d" in text:  # the joiner pattern is slow to scan for
        text = re.sub(_JOINER, "", text)
    if any(_INVISIBLE.match(ch) for ch in unusual):
        text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if any(_STRAY_CANDIDATE.match(ch) for ch in unusual):
        text = _STRAY_CANDIDATE.sub(_kept_mark, text)
    return text


# Marks that NFC leaves and that are decoration or nothing, not spelling: they cut a
# name in two for every word pattern ("Tulegenova" + U+0336 reads as "Tulegenova" and a
# new word), so one invisible code point could move a quote to another speaker.
# - overlays (U+0334-U+0338 and the symbol overlays): strike-through and slashes; no
#   orthography writes a letter with them (stroked letters are atomic: đ, ł, ɨ);
# - variation selectors: presentation only, kept after an emoji or a symbol ("❤️",
#   a keycap) and after a Han ideograph (a name's glyph variant), where they are used;
# - the combining grapheme joiner unless a mark follows (its one use), the
#   Hangul compatibility fillers and the Khmer inherent vowels Unicode discourages:
#   default-ignorable code points, drawn as nothing;
# - a combining diacritic with no letter to sit on (after a space or a line start).
# Real diacritics NFC cannot compose (Yoruba "ẹ́", Vietnamese tones on rare bases)
# follow a letter and stay.
_OVERLAYS = "\u0334-\u0338\u20d2\u20d3\u20d8-\u20da\u20e5\u20e6\u20ea\u20eb"
_SELECTORS = "\ufe00-\ufe0f\U000e0100-\U000e01ef"
_DIACRITICS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_IGNORABLE = "\u17b4\u17b5\u3164\uffa0"
_STRAY_CANDIDATE = re.compile(
    f"[{_OVERLAYS}{_IGNORABLE}]|(^|(?<=\\s))[{_DIACRITICS}]+|.?[{_SELECTORS}]+|\u034f",
    re.MULTILINE,
)
_SELECTOR = re.compile(f"[{_SELECTORS}]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def _kept_mark(found: re.Match[str]) -> str:
    """What stays of a stray mark: nothing, or a variation selector with its base where
    the selector has a use, or a joiner before a mark."""
    mark = found.group()
    if mark == "\u034f":  # kept only where it orders the mark after it
        after = found.string[found.end() : found.end() + 1]
        return mark if after and unicodedata.combining(after) else ""
    if _SELECTOR.match(mark[-1]):
        base = "" if _SELECTOR.match(mark[0]) else mark[0]
        used = base and (
            unicodedata.category(base).startswith("S") or base in "0123456789#*" or _HAN.match(base)
        )
        return mark if used else base
    return ""


# The first characters of UTF-8's two- and three-byte sequences read as Windows-1252:
# "FranÃ§ois", "Itâ€™s". A page saved in one encoding and read in the other (and then,
# at times, decomposed: "A" and a combining tilde or circumflex).
_MOJIBAKE_SIGNS = frozenset("ÃÂâ\u0302\u0303")


def _without_mojibake(text: str) -> str:
    """UTF-8 text once decoded as Windows-1252 or Latin-1, decoded right (ftfy's
    fix_encoding, which changes only what its byte patterns show to be such): a name
    cut at "FranÃ" is no name, and a quote's "â€™" no apostrophe."""
    import ftfy

    # line by line, as ftfy's fix_text reads: a line in a code page of its own beside lines
    # read right ("Gardă" above "GardÄƒ's editor Mihai CreÅ£u", a paragraph pasted from
    # another file, r57 #12) is mended on its own, where the whole text fits no one repair
    lines = unicodedata.normalize("NFC", text).split("\n")
    return "\n".join(str(ftfy.fix_encoding(line)) if not line.isascii() else line for line in lines)
