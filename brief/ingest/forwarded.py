"""A forwarded copy -> the copy: what passing it on by mail or chat wrapped around it.

An analyst gets a release or a party's statement passed on: by mail, under a colleague's
note ("Dear colleagues, please see below the text that went out to media") and a mail
client's separator and headers ("---------- Forwarded message ---------", "From: ...",
"Subject: ..."); by a chat, with its marks ("*Forwarded many times*") and the stamps of a
chat's export ("[20/04/2027, 19:02] Ann Lee: ..."). None of it is the copy's: the note
had been a brief's bottom line, and the chat's mark a statement's title. The copy is what
follows the separator; its own headers' Subject names it where its text has no headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief.ingest.furniture import lists

# A mail client's separator before the message it forwards or answers, a line of its own:
# "---------- Forwarded message ---------", "-----Original Message-----", "Begin
# forwarded message:" (the words are furniture.toml's forwarding_marks).
_DASHES = r"[-_=*~]{2,}"
# A rule across a mail's body ("-----", "________"): inside a message, what a note above it
# passes on (in an article's text it parts sections, so it is read only in a message).
_RULE = re.compile(r"[-_=*~]{5,}")
# A note above the copy: a forwarder's word or two, never the copy itself.
NOTE_CHARS = 600
NOTE_LINES = 4
# A chat export's stamp opening a line: "[20/04/2027, 19:02] Ann Lee: ", "20/04/2027, 19:02
# - Ann Lee: ", "[4/20/27, 7:02:11 PM] Ann Lee: ". What follows the sender's colon is the
# text passed on. A chat parts date and time by a comma and writes the stamp in brackets or
# closes it with a dash before the sender; a live page's entry ("20.04.2027 19:02 Transport
# Minister Ann Lee: ...") does neither, and its speaker is the news's.
_STAMP = r"\d{1,2}[./]\d{1,2}[./]\d{2,4},\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap]\.?[Mm]\.?)?"
_CHAT_STAMP = re.compile(rf"^(?:\[{_STAMP}\](?:\s+-)?|{_STAMP}\s+-)\s+[^:\n]{{1,40}}:\s+")
# A line wholly in a chat's emphasis ("*DEMOCRATIC RENEWAL ALLIANCE*", "_Forwarded_"): its
# words, as a reader sees them.
_EMPHASISED = re.compile(r"^([*_~])(?=\S)(.+?)(?<=\S)\1$")


@dataclass(frozen=True)
class Forward:
    """The copy a message passes on, and the Subject of its own headers (if any)."""

    text: str
    subject: str | None


def forwarded(text: str, *, in_message: bool = False) -> Forward | None:
    """The copy under a forwarder's note and a mail client's separator, or None when the
    text passes nothing on. In a message (`in_message`), a bare rule under a short note
    is such a separator too. The note above it is short (NOTE_LINES lines that hold words,
    NOTE_CHARS characters): a separator after the article's paragraphs closes a reply, whose
    quoted message is not the article."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _separator(stripped) or (in_message and _RULE.fullmatch(stripped)):
            return _copy(lines[at + 1 :])
        above = [written for written in lines[: at + 1] if written.strip()]
        if len(above) >= NOTE_LINES or sum(len(written) for written in above) > NOTE_CHARS:
            return None
    return None


def _separator(line: str) -> bool:
    """A mail client's line before what it forwards: a forwarding mark between dashes, or
    alone and closed by a colon ("Begin forwarded message:")."""
    words = re.sub(rf"^{_DASHES}|{_DASHES}$", "", line).strip().rstrip(":").strip().lower()
    marked = line != words and (line.startswith(("-", "_", "=", "*")) or line.endswith(":"))
    return marked and words in lists().forwarding_marks


def _copy(lines: list[str]) -> Forward | None:
    """The copy, less the forwarded message's own headers at its top."""
    subject = None
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    while at < len(lines) and (found := _header(lines[at].strip())) is not None:
        if found[0] == "subject":
            subject = found[1] or None
        at += 1
    copy = "\n".join(_unsigned(lines[at:])).strip()
    return Forward(copy, subject) if copy else None


def _header(line: str) -> tuple[str, str] | None:
    """A mail client's header over the message it forwards (furniture.toml's mail_headers,
    Outlook's "Sent:"): its name in lower case and its value."""
    name, colon, value = line.partition(":")
    name = name.strip().lower()
    return (name, value.strip()) if colon and name in lists().mail_headers else None


def _unsigned(lines: list[str]) -> list[str]:
    """The copy less the sender's signature under its last rule or the signature mark
    ("-- "): a few short lines (a press office's contact, a mail's disclaimer, "This email
    and any attachments are confidential."), none of the copy's."""
    for at in range(len(lines) - 1, -1, -1):
        stripped = lines[at].strip()
        if stripped and (_RULE.fullmatch(stripped) or lines[at].rstrip("\n") == "-- "):
            below = [line for line in lines[at + 1 :] if line.strip()]
            if len(below) <= NOTE_LINES and sum(len(line) for line in below) <= NOTE_CHARS:
                return lines[:at]
            break
    return lines


def without_chat_marks(text: str) -> str:
    """The text less what a chat wrote into it when it was passed on: a line that is only
    a forwarding mark ("Forwarded", "*Forwarded many times*"), a chat export's stamp and
    sender before a message, and the emphasis marks of a line written wholly in them. The
    stamps go only from a chat's export (`_a_chat_export`): elsewhere a stamped line is a
    page's own, its speaker the news's."""
    if not _may_hold_marks(text):
        return text
    lines = text.split("\n")
    exported = _a_chat_export(lines)
    kept = []
    for line in lines:
        stripped = _CHAT_STAMP.sub("", line.strip()) if exported else line.strip()
        plain = _plain(stripped)
        if _a_forwarding_mark(plain):
            continue
        kept.append(plain if plain != line.strip() else line)
    return "\n".join(kept)


def _a_chat_export(lines: list[str]) -> bool:
    """Text a chat exported or passed on: most of its lines that hold words open with a
    chat's stamp, or a line is a chat's forwarding mark (after its stamp, if any)."""
    written = [line.strip() for line in lines if line.strip()]
    stamped = [line for line in written if _CHAT_STAMP.match(line)]
    if 2 * len(stamped) > len(written):
        return True
    return any(_a_forwarding_mark(_plain(_CHAT_STAMP.sub("", line))) for line in written)


def _a_forwarding_mark(line: str) -> bool:
    return line.lower() in lists().forwarding_marks


def _plain(line: str) -> str:
    found = _EMPHASISED.match(line)
    return found[2].strip() if found is not None and _LETTER.search(found[2]) else line


_LETTER = re.compile(r"[^\W\d_]")
_CHAT_STAMP_ANYWHERE = re.compile(_CHAT_STAMP.pattern, re.M)


def _may_hold_marks(text: str) -> bool:
    """A cheap look first: most texts hold no chat's mark."""
    return (
        "*" in text
        or "_" in text
        or "~" in text
        or "orward" in text
        or _CHAT_STAMP_ANYWHERE.search(text) is not None
    )
