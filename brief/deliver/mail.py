"""Build the email for a brief: templated subject, plain text + HTML body, the brief attached.

The Message-ID is derived from what the brief was made of and who it goes to, never
from the clock or a random number: a re-run that rebuilds the same brief produces
the same ID, which is what lets the outbox and the server's logs recognise a repeat.
So are the MIME boundaries between its parts, from the message's own content (Python's
are random): under SOURCE_DATE_EPOCH the same brief makes the same bytes, and an
archived message can be checked with `cmp` (r44 L7).
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any, get_args

from brief.compose.digest import LEADING, is_digest, reported
from brief.compose.titles import long_date, news_day
from brief.deliver.address import check_address
from brief.errors import ConfigError, NoInputError
from brief.models import Briefing, Bullet, Withdrawn, WithdrawnKind
from brief.options import Options
from brief.render.templates import render_template
from brief.render.view import (  # as the brief shows
    describe_story,
    quote_runs,
    shown_sections,
    voice,
    voiced,
)

# What the body gives of each leading story, for a reader on a phone (r60 F11: headlines
# and counts had told a security desk nothing of what changed): its new points, else its
# lead, this many, each whole up to this length (a long sentence of news; a lead cut at
# 180 had lost "..., United Nations officials said", and a claim read as fact), a longer
# one cut at a word but for its closing clause up to TAG_CHARS: an attribution stays. The
# PDF attached has the rest.
MAIL_POINTS = 2
POINT_CHARS = 300
TAG_CHARS = 80

SUBJECT_TEMPLATE = "email_subject.txt.j2"
TEXT_TEMPLATE = "email_body.txt.j2"
HTML_TEMPLATE = "email_body.html.j2"


@dataclass(frozen=True)
class SectionDigest:
    title: str
    bullets: int
    new: int


@dataclass(frozen=True)
class Digest:
    """What the email body says about a brief: enough to decide whether to open the PDF."""

    title: str
    date: str  # ISO date the brief is for
    bottom_line: str | None
    sections: tuple[SectionDigest, ...]
    sources: int
    new: int  # bullets new since the previous brief
    stories: tuple[str, ...] = ()  # a digest's leading stories, one line each
    more: int = 0  # stories the digest reports in full beyond those
    also: tuple[str, ...] = ()  # the digest's other stories ("Also in the inbox")
    digest: bool = False  # more than one story: the title is the profile's and the date's
    # a daily run's inbox files it could not read, "NAME: why": the brief lists them, and
    # the mail says so, or its reader would never know an article was dropped (r46 L6)
    set_aside: tuple[str, ...] = ()
    # a later version of the day's brief, which went out earlier that day: its subject
    # says so, or it reads as a duplicate of the morning's (r46 H2)
    update: bool = False
    # what each of `stories` says that is new (else its lead), one list per story
    points: tuple[tuple[str, ...], ...] = ()
    # the brief's feed-health note: a feed that could not be read, an article late, so a
    # reader of the mail alone knows a source is missing (r60 F11)
    feeds: tuple[str, ...] = ()
    # how many things an earlier brief said that this one withdraws or corrects (its
    # "Withdrawn since an earlier brief" block): the mail says so in one line, or a reader
    # of the mail alone never learns that something he was told no longer stands
    withdrawn: int = 0
    # each of them in one line, what it was and what stands now ("An earlier brief gave
    # “31-12”; source 3, a corrected version, corrects it: ..."): a reader of the
    # mail alone learns what changed, not only that something did (`Withdrawn.notice`)
    corrections: tuple[str, ...] = ()

    def context(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date,
            "bottom_line": self.bottom_line,
            "sections": self.sections,
            "sources": self.sources,
            "new": self.new,
            "stories": self.stories,
            "more": self.more,
            "also": self.also,
            "digest": self.digest,
            "dated": self._title_holds_date(),
            "set_aside": self.set_aside,
            "update": self.update,
            "points": self.points,
            "feeds": self.feeds,
            "withdrawn": self.withdrawn,
            "corrections": self.corrections,
        }

    def _title_holds_date(self) -> bool:
        """A digest's title and a daily run's hold the date (the profile's title and it);
        a user's own title ("Morning brief", every day) does not, and the subject gives it."""
        try:
            return long_date(date.fromisoformat(self.date)) in self.title
        except ValueError:
            return False


def digest(briefing: Briefing, date: str | None = None) -> Digest:
    """Counts of what the reader sees in the brief (compose keeps the bottom line out of
    the sections), and a digest's leading stories; an update where the brief is a daily
    run's later version of the day's (its `update_of`)."""
    sections = tuple(_counted(s.title, s.bullets) for s in shown_sections(briefing))
    told = () if briefing.bottom_line is None else (briefing.bottom_line.source,)
    whose = voiced(briefing)

    def cited(bullet: Bullet) -> str:
        return " · ".join(filter(None, (bullet.ref, whose(bullet))))

    printed = [
        (b.text, b.new, b.source, cited(b)) for s in shown_sections(briefing) for b in s.bullets
    ]
    lines = [
        (
            s.title,
            describe_story(s.sources, s.independent, s.status, s.since, told=bool(s.bullets)),
            _points([(b.text, b.new, b.source, cited(b)) for b in s.bullets])
            if is_digest(briefing.stories)
            else _points(printed, told),
        )
        for s in briefing.stories
    ]
    shown = set(
        reported(
            range(len(lines)),
            lambda n: briefing.stories[n].relevant,
            lambda n: bool(briefing.stories[n].bullets),
        )
    )
    return Digest(
        title=briefing.title,
        date=date
        or brief_day(briefing.title, (s.date for s in briefing.sources), briefing.generated),
        # a digest opens on its top stories, not a bottom line (as the brief does)
        bottom_line=(
            briefing.bottom_line.text
            if briefing.bottom_line and not is_digest(briefing.stories)
            else None
        ),
        sections=sections,
        sources=len(briefing.sources),
        new=sum(s.new for s in sections),
        set_aside=briefing.set_aside,
        update=briefing.update_of is not None,
        feeds=briefing.feed_health,
        withdrawn=len(briefing.withdrawn),
        corrections=tuple(w.notice for w in briefing.withdrawn),
        **_stories(lines, shown, any(s.status for s in briefing.stories)),
    )


def brief_day(title: str, dates: Iterable[str | None], generated: datetime) -> str:
    """The day a brief is of (ISO), as its title gives it: a digest's title and a daily
    run's end on their day ("Supply-chain risk brief — 12 May 2033": compose.titles
    .digest_title), the day of its latest report (compose.titles.news_day) or the day
    it was made; a title that ends on neither (one article's headline, a user's own) is
    of its latest report's day. The mail's subject and body give this one date: `brief
    send` of a whole week's brief, made the morning after, had said "... 12 May 2033
    — 2033-05-13", the day it was made beside the day it is of (r77 F21)."""
    latest = news_day(dates, generated)
    for day in (latest, generated.date()):
        if f" {title}".endswith(f" {long_date(day)}"):
            return day.isoformat()
    return latest.isoformat()


def _json_day(doc: dict[str, Any], fallback: str) -> str:
    """`brief_day` of a brief's own JSON (its title, its sources' dates, when it was
    made); `fallback` where it does not say when it was made."""
    try:
        generated = datetime.fromisoformat(str(doc.get("generated")))
    except ValueError:
        return fallback
    dates = [
        str(s["date"]) if s.get("date") else None
        for s in doc.get("sources") or ()
        if isinstance(s, dict)
    ]
    return brief_day(str(doc.get("title") or ""), dates, generated)


def _counted(title: str, bullets: Sequence[Bullet]) -> SectionDigest:
    """A section's items as the brief prints them: the sentences of one quotation are
    one item (selection.quote_marks.quote_runs); an item is new when one of its sentences is."""
    runs = quote_runs(bullets)
    return SectionDigest(title, len(runs), sum(any(b.new for b in run) for run in runs))


def _points(
    bullets: Sequence[tuple[str, bool, int, str]], told: Collection[int] = ()
) -> tuple[str, ...]:
    """A story's points for the mail: its bullets (text, new, source; best first) marked
    new, else its lead (the first), each cut at a word boundary (see MAIL_POINTS). A
    story of several reports gives one point of each report before a second of any, the
    reports the mail has told already (`told`: a one-story brief's bottom line) last:
    a story of eight reports had given two result lines of one release, and the mail
    never said what its other reports told (r61 F2: a minister sacked, the hack denied).
    A brief of one story prints no list of its story's points but its bottom line and
    sections, and its mail gives what those print (the caller's `bullets`) after the
    bottom line it opens with. Each point ends on its citation (a bullet's fourth field,
    "[11:3]"), as the brief's bullet does: a point with none read as the brief's own
    word, a party's release's "The ship will continue its work" as a fact (r72 F11)."""
    new = [(text, source, ref) for text, is_new, source, ref in bullets if is_new]
    chosen = new or [(text, source, ref) for text, _, source, ref in bullets[:1]]
    before: Counter[int] = Counter(told)
    order = []
    for n, (_, source, _) in enumerate(chosen):
        order.append((before[source], n))
        before[source] += 1
    picked = [chosen[n] for _, n in sorted(order)[:MAIL_POINTS]]
    return tuple(_cited(" ".join(text.split()), ref) for text, _, ref in picked)


def _cited(text: str, ref: str) -> str:
    """A point and its citation, the two within POINT_CHARS."""
    if not ref:
        return _cut(text)
    return f"{_cut(text, POINT_CHARS - len(ref) - 1)} {ref}"


def _cut(text: str, most: int = POINT_CHARS) -> str:
    """The point whole when it fits (`most` characters); else cut in the middle where a
    short closing clause may be whose words these are (", officials said."), at its end
    where not."""
    if len(text) <= most:
        return text
    _, comma, tail = text.rpartition(", ")
    if comma and len(tail) <= TAG_CHARS:
        room = most - len(tail) - len(" …, ")
        return text[:room].rsplit(" ", 1)[0].rstrip(",;:") + " …, " + tail
    return text[: most - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _stories(
    lines: Sequence[tuple[str, str, tuple[str, ...]]], shown: set[int], marked: bool
) -> dict[str, Any]:
    """A digest (more than one story) follows the brief: its leading stories, each with
    the line the brief prints under its headline (so a developing story says since when),
    how many more it reports, and its other stories one line each, so a morning whose news
    is outside the profile still says what came in. One story is the brief itself, named
    only when a daily run marked it (new, or developing since a day)."""
    if not is_digest(lines):
        one = [(f"{t} ({line})", points) for t, line, points in lines if marked]
        return {"stories": tuple(t for t, _ in one), "points": tuple(p for _, p in one)}
    told = [(f"{t} ({line})", points) for n, (t, line, points) in enumerate(lines) if n in shown]
    also = [f"{t} ({line})" for n, (t, line, _) in enumerate(lines) if n not in shown]
    return {
        "stories": tuple(t for t, _ in told[:LEADING]),
        "points": tuple(p for _, p in told[:LEADING]),
        "more": max(0, len(told) - LEADING),
        "also": tuple(also),
        "digest": True,
    }


def _describe_json_story(story: dict[str, Any]) -> str:
    sources = [int(n) for n in story.get("sources", [])]
    independent = int(story.get("independent", len(sources)))
    return describe_story(
        sources,
        independent,
        story.get("status"),
        story.get("since"),
        told=bool(story.get("summary", True)),
    )


def digest_from_json(data: bytes, fallback_title: str, date: str) -> Digest:
    """Read back a brief's own JSON output (for `brief send FILE` with a sibling .json)."""
    try:
        doc = json.loads(data)
        bottom = doc.get("bottom_line") or {}
        sections = tuple(
            _counted(
                str(s["title"]),
                [
                    Bullet(
                        str(b.get("text", ""))[len(str(b.get("label") or "")) :],
                        b.get("source", 0),
                        b.get("index", 0),
                        0.0,
                        "",
                        new=bool(b.get("new")),
                        speaker=b.get("speaker") or None,
                    )
                    for b in s["bullets"]
                ],
            )
            for s in doc.get("sections", [])
            if s.get("bullets")
        )
        listed = doc.get("stories", [])
        told = (int(bottom["source"]),) if isinstance(bottom, dict) and "source" in bottom else ()
        heads = {
            int(n): str(story.get("title") or "")
            for story in listed
            for n in story.get("sources", [])
        }
        by_number = {
            int(source["number"]): source
            for source in doc.get("sources", [])
            if isinstance(source, dict) and "number" in source
        }

        def point(b: dict[str, Any]) -> tuple[str, bool, int, str]:
            """A bullet as _points takes it: its text, whether new, its source, its
            citation and whose words it gives: the JSON's `issuer`, which the brief
            wrote as `voiced` read it (a body's release whose sentence names no sayer
            of its own is marked though it heads its story: `brief send` had dropped
            the issuer the daily mail printed, r74 F19); for a JSON written before it
            held issuers, as the headlines say (`voice`, which `voiced` reads first)."""
            number = int(b.get("source", 0))
            source = by_number.get(number, {})
            # (a transcript's turn, its label off the text, names its speaker: r74 F24)
            said = (
                str(b.get("speaker") or "")
                or str(b.get("issuer") or "")
                or voice(source.get("title"), source.get("outlet"), heads.get(number))
            )
            cited = " · ".join(filter(None, (str(b.get("ref") or ""), said)))
            # (a turn's label, where its speaker is given, is off the printed words)
            text = str(b.get("text", ""))[len(str(b.get("label") or "")) :]
            return text, bool(b.get("new")), number, cited

        printed = [
            point(b)
            for s in doc.get("sections", [])
            for b in s.get("bullets") or ()
            if isinstance(b, dict)
        ]
        lines = [
            (
                str(s["title"]),
                _describe_json_story(s),
                _points([point(b) for b in s.get("summary") or () if isinstance(b, dict)])
                if is_digest(listed)
                else _points(printed, told),
            )
            for s in listed
        ]
        shown = set(
            reported(
                range(len(listed)),
                lambda n: bool(listed[n].get("relevant", True)),
                lambda n: bool(listed[n].get("summary", True)),
            )
        )
        return Digest(
            title=str(doc.get("title") or fallback_title),
            date=_json_day(doc, date),
            bottom_line=(
                bottom.get("text") if isinstance(bottom, dict) and not is_digest(listed) else None
            ),
            sections=sections,
            sources=len(doc.get("sources", [])),
            new=sum(s.new for s in sections),
            set_aside=tuple(str(line) for line in doc.get("set_aside") or ()),
            # a daily run's later version of the day's brief: its subject says "(update)"
            # as the daily mail's did (a JSON written before it held `update_of`: none)
            update=bool(doc.get("update_of")),
            feeds=tuple(str(line) for line in doc.get("feed_health") or ()),
            withdrawn=len(doc.get("withdrawn") or ()),
            corrections=tuple(
                Withdrawn(
                    words=str(w.get("words", "")),
                    source=int(w.get("source", 0)),
                    correction=str(w.get("correction", "")),
                    kind=w["kind"] if w.get("kind") in get_args(WithdrawnKind) else "",
                ).notice
                for w in doc.get("withdrawn") or ()
                if isinstance(w, dict)
            ),
            **_stories(lines, shown, any(s.get("status") for s in listed)),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return Digest(fallback_title, date, None, (), 0, 0)


def message_id(parts: Iterable[str], recipient: str, sender: str) -> str:
    """A stable ID: same brief inputs + same recipient -> same ID, on any run."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") + b"\0")
    h.update(parseaddr(recipient)[1].lower().encode("utf-8"))
    domain = parseaddr(sender)[1].rpartition("@")[2] or "brief.local"
    return f"<brief-{h.hexdigest()[:32]}@{domain}>"


ATTACHMENT_HEADER = "X-Brief-Attachment-SHA256"


def build(
    digest: Digest,
    *,
    sender: str,
    recipient: str,
    msgid: str,
    now: datetime,
    options: Options,
    attachment: Path | None = None,
    attachment_data: bytes | None = None,
    subject: str | None = None,
) -> EmailMessage:
    """One message to one recipient. `subject` is a Jinja template string overriding the file."""
    context = digest.context() | {
        "attachment": attachment.name if attachment else None,
        "recipient": recipient,
    }
    msg = EmailMessage()
    msg["Subject"] = _subject(subject, options, context)
    msg["From"] = check_address(sender, "sender")
    msg["To"] = check_address(recipient, "recipient")
    msg["Date"] = format_datetime(now if now.tzinfo else now.astimezone())
    msg["Message-ID"] = msgid
    msg["X-Brief-Date"] = digest.date
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to a cron job
    msg.set_content(render_template(TEXT_TEMPLATE, options, "text", **context))
    msg.add_alternative(render_template(HTML_TEMPLATE, options, "html", **context), subtype="html")
    if attachment is not None:
        data = attachment_data if attachment_data is not None else _read(attachment)
        # which file went out, so `brief send` knows a brief the daily run already mailed
        msg[ATTACHMENT_HEADER] = hashlib.sha256(data).hexdigest()
        ctype = mimetypes.guess_type(attachment.name)[0] or "application/octet-stream"
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=attachment.name)
    _set_boundaries(msg)
    return msg


BOUNDARY_PREFIX = "=_brief_"  # "=_" is no quoted-printable text: no encoded line opens so


def _set_boundaries(msg: EmailMessage) -> None:
    """Give each multipart part of the message a boundary made from its own content, its
    leaf parts as they are sent (headers and encoded bodies, which hold no boundary) and
    its place in the message: the same message, the same boundaries, on any run. Python's
    generator draws a random one for a part that has none. One that its content holds
    (no text can foresee its own hash, but a boundary must not occur in its part) is
    lengthened until it does not."""
    for place, part in enumerate(msg.walk()):
        if not part.is_multipart() or part.get_boundary() is not None:
            continue
        leaves = [leaf.as_bytes() for leaf in part.walk() if not leaf.is_multipart()]
        h = hashlib.sha256(str(place).encode("ascii"))
        for leaf in leaves:
            h.update(hashlib.sha256(leaf).digest())
        boundary = BOUNDARY_PREFIX + h.hexdigest()[:40]
        while any(boundary.encode("ascii") in leaf for leaf in leaves):
            boundary += "_"
        part.set_boundary(boundary)


def _subject(template: str | None, options: Options, context: dict[str, Any]) -> str:
    if template is None:
        text = render_template(SUBJECT_TEMPLATE, options, "text", **context)
    else:
        import jinja2

        try:
            text = (
                jinja2.Environment(undefined=jinja2.StrictUndefined)
                .from_string(template)
                .render(**context)
            )
        except jinja2.TemplateError as exc:
            raise ConfigError(f"subject template: {exc}") from None
    # One line, whatever the template or the article title contained.
    return re.sub(r"\s+", " ", text).strip() or f"Brief {context['date']}"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise NoInputError(f"cannot read attachment: {exc.strerror}", str(path)) from None
