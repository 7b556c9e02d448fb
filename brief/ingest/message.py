"""A saved email message (`.eml`, or any text that opens with mail headers) -> its
article: the Subject is the headline, the Date the day it was sent, the text part (or the
HTML part, read as a web page) the body.

Analysts get wire copy and newsletters by mail and save them. Read as plain text, a
message had its headers briefed: "From: desk@wire.example To: ... Content-Type: ..."
was the title, the bottom line and a timeline row. Python's `email` package parses the
message (headers, MIME parts, transfer encodings); a part's bytes are decoded here, by a
charset it names only where brief would decode a file by it, else as a file is.
Attachments are not read.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from brief.errors import InputError
from brief.extract.lexicon import alternation
from brief.ingest.charset import ALLOWED_ENCODINGS, decode
from brief.ingest.files import EMAIL_SUFFIXES
from brief.options import Options

if TYPE_CHECKING:  # `email` is imported where a message is read: see `read_message`
    from email.headerregistry import Address
    from email.message import EmailMessage

# A message opens with header fields, one of them a sender's, a subject or MIME's.
_FIELD = r"[A-Za-z][A-Za-z0-9-]{0,40}:[^\n]*\n(?:[ \t][^\n]*\n)*"
_HEADERS = re.compile(rf"\A(?:{_FIELD})+\n")
_MAIL_FIELDS = re.compile(r"^(?:from|subject|mime-version|message-id|received):", re.I | re.M)


@dataclass(frozen=True)
class Message:
    text: str  # the body as written: plain text, or a page's HTML when `html`
    html: bool
    title: str | None
    date: str | None  # ISO day the message was sent
    outlet: str | None = None  # the publisher that sent it (`_publisher`), where it is one


def looks_like_message(path: str, text: str) -> bool:
    """An .eml file, or a text whose first lines are mail headers (at least two of a
    sender's, a subject or MIME's) and a blank line."""
    if path.lower().endswith(EMAIL_SUFFIXES):
        return True
    head = _HEADERS.match(text[:16384].replace("\r\n", "\n"))
    return head is not None and len(_MAIL_FIELDS.findall(head.group())) >= 2


def read_message(data: bytes, path: str, options: Options) -> Message:
    """The message's article, or an InputError when it has no text part. Parsed from its
    bytes: an 8-bit part is then its own bytes, decoded by its charset (parsed from text,
    a UTF-8 em dash had come out as "\\u2014", and a UTF-8 subject made the body "not
    valid utf_8").

    Python's `email` is imported here, where a message is read: its policies and header
    classes took 0.016 s of CPU to import, before the files of an inbox that holds no
    message are read."""
    import email.policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    try:
        message = BytesParser(policy=email.policy.default).parsebytes(data)
        assert isinstance(message, EmailMessage)  # (what the default policy makes)
        body = message.get_body(preferencelist=("plain", "html"))
        html = body is not None and body.get_content_subtype() == "html"
    except _UNREADABLE:
        raise InputError(
            "an email message whose MIME parts cannot be read (nested too deeply, or a"
            " malformed Content-Type)",
            path,
        ) from None
    if body is None:
        raise InputError("an email message with no text in it", path)
    payload = body.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else str(body.get_payload()).encode()
    charset = _allowed(_header(lambda: body.get_content_charset()))
    content = decode(data, path, replace(options, encoding=charset) if charset else options)
    subject = without_subject_marks(str(_header(lambda: message.get("subject", "")) or ""))
    if not html:
        content = _without_sign_off(content, _sender_name(message))
    return Message(content, html, subject, _sent(message), _publisher(message))


# What Python's `email` raises on a header it cannot parse, read when it is asked for: a
# charset with a NUL ("charset*=x\\x00y''abc"), comments nested past the recursion limit
# ("From: a@b.example (((((..."), parts nested thousands deep. Each had ended the run
# with an internal error (s72 fuzz); such a header is none, and parts none can reach
# make the message unreadable.
_UNREADABLE = (AttributeError, IndexError, LookupError, RecursionError, TypeError, ValueError)


def _header(read: Callable[[], object]) -> object:
    """What `read` gives of a message's header, or None where `email` cannot parse it."""
    try:
        return read()
    except _UNREADABLE:
        return None


def _sender_name(message: EmailMessage) -> str | None:
    """The sender's name as its From header gives it, where it gives one."""
    try:
        sender = message["from"]
        mailboxes = tuple(sender.addresses) if sender is not None else ()
    except _UNREADABLE:
        return None
    name = " ".join(mailboxes[0].display_name.split()) if len(mailboxes) == 1 else ""
    return name or None


def _without_sign_off(text: str, sender: str | None) -> str:
    """The body less its sign-off: a last paragraph that opens with the sender's own name,
    alone ("Castell & Reid Research." then "This note is not investment advice.", or the
    name over an address), signs the message and holds its small print, no news."""
    if not sender:
        return text
    paragraphs = re.split(r"\n\s*\n", text.rstrip())
    last = paragraphs[-1].strip()
    if len(paragraphs) < 2 or not last.startswith(sender):
        return text
    rest = last[len(sender) :]
    if rest and not re.match(r"\.?(?:\s|$)", rest):
        return text  # "Castell & Reid Research expects ..." is a sentence
    if rest.strip() and re.match(r"\s+[a-z]", rest):
        return text
    return "\n\n".join(paragraphs[:-1]) + "\n"


@cache
def _release_tag() -> re.Pattern[str]:
    """A release's tag on a subject line (furniture.toml's release_labels): "... - for
    immediate release", "... (press release)", "PRESS RELEASE: ..."."""
    from brief.ingest.furniture import lists

    labels = alternation(lists().release_labels)
    return re.compile(
        rf"\s*(?:[-–—|:]\s*|\()(?:{labels})\)?\s*$|^(?:{labels})\s*[:|–—-]\s*(?=\S)",
        re.IGNORECASE,
    )


def without_subject_marks(subject: str | None) -> str | None:
    """A mail's subject as the copy's headline: less a mail client's prefixes ("Fwd:") and
    a release's tag ("- for immediate release"), which say how it was sent, not what it
    says (r61 F10)."""
    if not subject:
        return None
    bare = _without_prefixes(" ".join(subject.split()))
    return _release_tag().sub("", bare).strip() or bare or None


def _without_prefixes(subject: str) -> str:
    """The subject less the marks mail clients put before it when a message is forwarded
    or answered ("Fwd: Re: Talks resume", "AW: WG[2]: ..."): furniture.toml's
    subject_prefixes. A subject of nothing else stays as it is."""
    from brief.ingest.furniture import lists

    words = "|".join(sorted(lists().subject_prefixes, key=len, reverse=True))
    found = re.match(rf"(?:(?:{words})(?:\s*\[\d{{1,3}}\])?\s*:\s*)+", subject, re.IGNORECASE)
    return subject[found.end() :] if found and subject[found.end() :].strip() else subject


def _publisher(message: EmailMessage) -> str | None:
    """The sender's name where it is the publisher's, whose newsletter it is: the address
    is at the publisher's own domain, which spells the name ("Politico Europe
    <newsletters@politico.eu>", "The Guardian <news@theguardian.com>": its first word, or
    its words run together), and the mailbox is no person's (named for none of its words).
    A person forwarding an article ("Ann Lee <ann.lee@example.org>", "Ford Lee
    <flee@ford.com>") names no outlet."""
    try:
        sender = message["from"]
        mailboxes: tuple[Address, ...] = tuple(sender.addresses) if sender is not None else ()
    except _UNREADABLE:
        return None
    if len(mailboxes) != 1:
        return None
    mailbox = mailboxes[0]
    name, domain = " ".join(mailbox.display_name.split()), mailbox.domain.lower()
    found = re.findall(r"[^\W_]+", name.lower())
    if not found or len(found) > 6:
        return None
    # (names joined, "Castell & Reid Research <research@castellreid.example>", are a
    # firm's, whatever its mailbox: a person has one name)
    joined = bool(re.search(r"\s(?:&|and)\s", name))
    personal = not joined and any(len(w) >= 3 and w in mailbox.username.lower() for w in found)
    # (its first word or all its words run together; a firm named for its partners, its
    # partners' names: "castellreid". A name's other part is unsure: "Elsey Courier Europe
    # <...@elseycourier.example>" may be the edition's, or the paper's)
    spelled = {found[0], "".join(found)}
    if joined:
        spelled |= {"".join(found[:size]) for size in range(2, len(found))}
    return name if not personal and not spelled.isdisjoint(domain.split(".")[:-1]) else None


def _allowed(charset: object) -> str | None:
    """The charset a part names, where brief decodes by it (never UTF-7)."""
    if not charset or not isinstance(charset, str):
        return None
    try:
        name = codecs.lookup(charset).name.replace("-", "_")
    except (LookupError, ValueError):  # (ValueError: a NUL in the name)
        return None
    return name if name in {"utf_8", "ascii", *ALLOWED_ENCODINGS} else None


def _sent(message: EmailMessage) -> str | None:
    from email.utils import parsedate_to_datetime

    from brief.ingest.layout.dates import in_news_years

    try:
        sent = parsedate_to_datetime(str(message["date"])).date().isoformat()
    except (*_UNREADABLE, OverflowError):
        return None  # no Date, or one no calendar holds
    return sent if in_news_years(sent) else None  # (not "Fri, 31 Dec 9999")
