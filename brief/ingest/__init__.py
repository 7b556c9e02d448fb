"""Ingest: a file's bytes, or those its caller read -> a clean `Document` (title,
headings, paragraphs).

Article text is hostile until proven otherwise, so every check that can reject an input
happens here, before any parsing: size, binary signatures, decoding. One more follows the
layout: a document none of whose sentences is the article's (only its headline, or only
a page's notice to the reader's browser, "Please enable JavaScript ...") is refused as an
empty one is. One module a job:

    files    find article files, read bytes within the limit, refuse binaries
    charset  bytes -> text (BOM, named encoding, UTF-8, an allowlisted detector)
    clean    controls and invisible characters out, NFC; junk tokens dropped
    webpage  a saved web page -> its main text, title, date and author (trafilatura)
    visibility  what a page never shows (hidden elements), for webpage and unmarkdown
    message  a saved email message -> its subject, date and text (or HTML) part
    forwarded  a copy passed on by mail or chat -> the copy: a forwarder's note, a mail
               client's separator and headers, a chat's marks and stamps out
    unmarkdown  a Markdown article -> its text, links and emphasis decoded, HTML tags
                and hidden elements out; a .txt article's stray Markdown images and links
    layout   text -> title, headings and paragraphs; a page's stamp, header line, byline
             and dateline read as the source's date, writer and outlet; a masthead, a
             release's letterhead and label are no title (docs/inputs.md)
    furniture  is a sentence page furniture (a caption, a button, a credit), not news?
    notes    is a paragraph an editor's note about the page ("Correction: ...")?
    slugs    a wire's slug off a headline ("UPDATE 1-Cyclone ..." -> "Cyclone ...")
    reading  every input of a brief, each file once, numbered (a big folder in two processes)
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from brief.collect.inbox import read_header
from brief.errors import InputError
from brief.ingest.charset import ALLOWED_ENCODINGS, codec_name, decode
from brief.ingest.clean import clean_text, describe_junk, without_junk_tokens
from brief.ingest.embargoes import as_recorded, read_embargo, split_embargo, split_title
from brief.ingest.files import (
    ARTICLE_SUFFIXES,
    Input,
    expand,
    expand_inputs,
    input_bytes,
    make_source,
    read_bytes,
)
from brief.ingest.forwarded import forwarded, without_chat_marks
from brief.ingest.furniture import after_furniture, is_browser_notice, is_furniture
from brief.ingest.homoglyphs import describe as describe_look_alikes
from brief.ingest.homoglyphs import mixed_script_words
from brief.ingest.layout import (
    MAX_RUN,
    parse_text,
    reads_as_headline,
    reported_day,
    without_long_runs,
)
from brief.ingest.message import Message, looks_like_message, read_message, without_subject_marks
from brief.ingest.notes import is_page_note, notes_as_paragraphs, page_notes
from brief.ingest.notices import as_notice
from brief.ingest.pictographs import without_closing_emoji
from brief.ingest.slugs import update_number, without_slug
from brief.ingest.unmarkdown import is_markdown, plain_markdown, plain_text
from brief.ingest.webpage import extract, looks_like_html
from brief.language import warn_language
from brief.models import Document
from brief.options import Options
from brief.provenance import not_an_article

__all__ = [
    "ALLOWED_ENCODINGS",
    "ARTICLE_SUFFIXES",
    "MAX_RUN",
    "Input",
    "clean_text",
    "codec_name",
    "decode",
    "expand",
    "expand_inputs",
    "ingest",
    "make_source",
    "parse_text",
    "read_article",
    "read_bytes",
    "without_long_runs",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RawArticle:
    """An input as read and checked: its bytes, its text, and a saved email's message,
    parsed once (the check reads its body, and so does ingest)."""

    data: bytes
    text: str
    message: Message | None


def read_article(article: str | Input, options: Options) -> RawArticle:
    """An input (a file's path, or an Input) as read, or an InputError or NoInputError
    saying why it is no article (empty, binary, too large, undecodable, a brief or a saved
    feed). What `brief daily`'s plan asks of each new file, so that it sets aside what
    the run will."""
    item = article if isinstance(article, Input) else Input(article)
    path = item.path
    data = input_bytes(item, options)
    # A saved email is checked by its body, decoded part by part, not as one text: its
    # MIME wrapping (a base64 text part) had been refused as "no prose". Its headers are
    # ASCII, so its opening tells it whatever the body's charset.
    message = None
    if looks_like_message(path, data[:16384].decode("utf-8", "replace")):
        message = read_message(data, path, options)
        body, text = message.text, data.decode("utf-8", "replace")
    else:
        body = text = decode(data, path, options)
    reason = not_an_article(body)
    if reason is not None:
        raise InputError(reason, path)
    return RawArticle(data, text, message)


def ingest(article: str | Input, number: int, options: Options) -> Document:
    """Read, check, decode and parse one input (a file's path, or an Input); web pages go
    through the extractor first."""
    item = article if isinstance(article, Input) else Input(article)
    path = item.path
    raw = read_article(item, options)
    source = make_source(path, number, raw.data, item.name)
    today = (options.now or datetime.now(UTC)).date()  # no page is dated much later
    fetched, text = read_header(raw.text, path)  # `brief fetch` wrote it: its URL, outlet, ...
    if fetched is not None:
        source = replace(source, url=fetched.url, outlet=fetched.outlet, title=fetched.title)
        source = replace(source, date=fetched.date, author=fetched.author)
        text = plain_text(text)  # a feed's text is as a .txt article's
        text, embargo = split_embargo(text)
        doc = parse_text(text, source, find_title=fetched.title is None, today=today)
        title = fetched.title or doc.title
        date = _reported(fetched.date, doc.date, today)
        doc = replace(doc, source=replace(doc.source, date=date))
        # (its writer, else its text's byline's, as of a page or a .txt: r65 F16)
        author = fetched.author or doc.author
        doc = _titled(replace(doc, title=title, date=date, author=author))
        return _with_article(doc, options, path, embargo=embargo)
    subject = sent = labelled = None
    html = looks_like_html(path, text)
    if raw.message is not None:
        message = raw.message
        text, html, sent = message.text, message.html, message.date
        source = replace(source, outlet=message.outlet)  # a newsletter's publisher
        subject = clean_text(message.title, path) if message.title else None
        # ("EMBARGOED UNTIL 00:01 GMT 12 MARCH: Fund pledges ...": a label, then the title)
        subject, labelled = split_title(subject) if subject else (None, None)
    if not html:
        text = plain_markdown(text) if is_markdown(path) else plain_text(text)
        # a copy passed on under a forwarder's note: the copy is the article, its own
        # headline its title (the mail's Subject, or the copy's, where it has none)
        passed = forwarded(text, in_message=raw.message is not None)
        if passed is not None:
            text, own = passed.text, without_subject_marks(passed.subject)
            subject = clean_text(own, path) if own else subject
        if not is_markdown(path):
            text = without_chat_marks(text)  # a chat's "Forwarded many times", its stamps
        source = replace(source, date=sent)
        text, junk = without_junk_tokens(text, path)
        text, embargo = split_embargo(text)  # a label, never the title (embargoes)
        embargo = embargo or labelled
        found = subject is None or passed is not None
        doc = parse_text(text, source, find_title=found, today=today)
        title = (doc.title or subject) if passed is not None else (subject or doc.title)
        doc = _titled(replace(doc, title=title, date=sent or doc.date), subject)
        return _with_article(doc, options, path, junk=junk, embargo=embargo)
    page = extract(text, today, path)
    if page is not None and page.redirect is not None:
        raise InputError(
            f"a web page that only sends the browser elsewhere (a redirect to {page.redirect}),"
            " no article",
            path,
        )
    # (a page's text is plain text too: Markdown a site printed as written is decoded as a
    # .txt article's is, its links' words kept without their addresses, r65 F15)
    body, junk = (
        without_junk_tokens(plain_text(clean_text(page.text, path)), path) if page else ("", [])
    )
    if not body.strip():
        raise InputError("a web page with no article text in it", path)
    body, embargo = split_embargo(body)
    embargo = embargo or labelled
    title = subject or (clean_text(page.title, path) if page and page.title else None)
    date = sent or (page.date if page else None)
    author = clean_text(page.author, path) if page and page.author else None
    outlet = clean_text(page.outlet, path) if page and page.outlet else None
    url = source.url or (page.url if page else None)
    source = replace(source, date=date, author=author, outlet=source.outlet or outlet, url=url)
    doc = parse_text(body, source, find_title=title is None, today=today, lines_are_blocks=True)
    if not sent:
        date = _reported(date, doc.date, today)
        doc = replace(doc, source=replace(doc.source, date=date))
    # (the writer the page's text names, its byline line, where its markup names none, as
    # a .txt article's is read: "By Ama Boateng | Kumasi | 3 May 2027", r65 F16)
    author = author or doc.author
    doc = _titled(replace(doc, title=title or doc.title, date=date, author=author), subject)
    if page is not None and page.set_aside is not None and doc.source.date is None:
        _warn_set_aside(page.set_aside, today, path)
    return _with_article(doc, options, path, page=True, junk=junk, embargo=embargo)


def _reported(page_day: str | None, text_day: str | None, today: date) -> str | None:
    """The page's date (a feed's, its markup's), unless its text dates the report a few
    days later (`layout.reported_day`: a wire updated in place under its first date,
    its dateline "VIENNA, June 9", r64 F6)."""
    if page_day and text_day and (later := reported_day(text_day, page_day, today)):
        return later
    return page_day or text_day


def _with_article(
    doc: Document,
    options: Options,
    path: str,
    *,
    page: bool = False,
    junk: Sequence[str] = (),
    embargo: str | None = None,
) -> Document:
    """The document, or an InputError when it holds no article (`_no_article`): a page
    with nothing but a notice to the reader's browser, or a file with nothing but its
    headline, is as empty as a blank one. `junk`: the unbroken strings dropped from its
    text, said in a warning, or in the error when what is left is no article either
    ("huge-token.txt" had been briefed from its headline alone). `embargo`: the embargo
    line taken off its top, read into its source (`_embargoed`)."""
    if embargo is not None:
        doc = _embargoed(doc, embargo, options, path)
    reason = _no_article(doc, options.language)
    if reason is not None:
        what = "a web page with no article text in it" if page else "no article text"
        if junk:
            dropped = "was" if len(junk) == 1 else "were"
            what += f" once {describe_junk(list(junk))} {dropped} dropped (encoded data?)"
        raise InputError(f"{what}: {reason}", path)
    if junk:
        log.warning("%s: dropped %s (encoded data?)", path, describe_junk(list(junk)))
    look_alikes = mixed_script_words([doc.title or "", *(block.text for block in doc.blocks)])
    if look_alikes:
        log.warning(
            "%s: %s Latin letters with Cyrillic or Greek ones, kept as written (a look-alike "
            "spelling?): %s",
            path,
            "a word mixes" if len(look_alikes) == 1 else f"{len(look_alikes)} words mix",
            describe_look_alikes(look_alikes),
        )
    _warn_if_dated_later(doc, options, path)
    warn_language(doc, options.language)
    doc = notes_as_paragraphs(doc)
    notes = page_notes(doc)
    doc = replace(doc, source=replace(doc.source, notes=notes)) if notes else doc
    # a wire's kill notice is no story: its words are the page's notes (brief.ingest.notices)
    return as_notice(doc)


def _embargoed(doc: Document, line: str, options: Options, path: str) -> Document:
    """The document with its embargo recorded in its source (brief.ingest.embargoes): the
    line, and when it lifts, counted from the item's own date; an item with no date of
    its own is dated the day its embargo lifts (the day it may first be published). How
    the line was read, where it had to be guessed at (no zone, a weekday the date
    belies), is said in a warning."""
    dated = doc.source.date or doc.date or ""
    item_day = date.fromisoformat(dated[:10]) if ISO_DAY.fullmatch(dated[:10]) else None
    today = (options.now or datetime.now(UTC)).date()
    reading = read_embargo(line, item_day, today)
    if reading.free:
        return doc
    if reading.note is not None:
        log.warning('%s: embargo line "%s": %s', path, reading.line[:QUOTED], reading.note)
    until = as_recorded(reading.until)
    day = doc.source.date or doc.date or (until[:10] if until else None)
    source = replace(doc.source, embargo=reading.line, embargo_until=until, date=day)
    return replace(doc, source=source, date=doc.date or day)


ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _warn_if_dated_later(doc: Document, options: Options, path: str) -> None:
    """A warning where the article is dated after the run's day (a mail's Date, a page's
    own): kept as dated, since the text may well be right and the clock wrong, but a brief
    for 8 June that holds a note of 9 June says so (r64 F13)."""
    dated = doc.source.date or doc.date
    today = (options.now or datetime.now(UTC)).date()
    if dated and doc.source.embargo_until and dated == doc.source.embargo_until[:10]:
        return  # dated by its embargo: the day it may first be published (`_embargoed`)
    if dated and len(dated) == len("2027-06-09") and dated > today.isoformat():
        log.warning(
            "%s: dated %s, after the run's day (%s): kept as dated; check the article's"
            " date or the clock",
            path,
            dated,
            today.isoformat(),
        )


def _warn_set_aside(shown: str, today: date, path: str) -> None:
    """A warning where the only date a page shows, in its body and not its metadata, is
    too late to be its publication's (webpage._published): the page is undated, and the
    user told why, as of a dated one (`_warn_if_dated_later`)."""
    log.warning(
        "%s: the page shows %s, after the run's day (%s), in its text and not its metadata:"
        " taken for an event's day, the page left undated; check the article's date or"
        " the clock",
        path,
        shown[:10],
        today.isoformat(),
    )


QUOTED = 60  # characters of a line that an error quotes
LOOKED_AT = 2 * MAX_RUN  # characters of a block split into sentences to find the article


def _no_article(doc: Document, language: str) -> str | None:
    """Why the document holds no article, or None when a sentence of it is one (the first
    ends the search). None of its sentences is, when each is page furniture
    (`furniture.is_furniture`; one that only opens with a button or a label, "CLOSE Flood
    waters rose ...", holds the article's words) or a headline's line (`reads_as_headline`:
    it ends on no stop). Then it holds:
    - a notice that the page keeps its content from the reader's browser ("Please enable
      JavaScript to read this article", a cookie banner), as a page saved from a script
      or a consent wall does;
    - or no furniture, only its headline (and headings): no sentence beyond its title.
    A page of other furniture (a site's help text) is no error: it is listed as a story
    with nothing fit to tell."""
    from brief.segment import split_sentences  # segment reads layout: imported when asked

    notice, furniture = None, False
    headings = [doc.title] if doc.title else []
    for block in doc.blocks:
        if block.kind == "heading":
            headings.append(block.text)
            continue
        if is_page_note(block.text):  # a correction: the page's, as furniture is
            furniture = True
            continue
        # (a block's opening is enough: its first sentence that is the article's ends the
        # search, and a long block is not split twice, here and when segmented)
        for sentence in split_sentences(block.text[:LOOKED_AT], language):
            rest = after_furniture(sentence)
            if is_furniture(rest):
                furniture = True
                if notice is None and is_browser_notice(sentence):
                    notice = sentence
            elif reads_as_headline(rest):
                headings.append(sentence)
            else:
                return None
    if notice is not None:
        return f"only a notice to the reader's browser, {_quoted(notice)}"
    if furniture or not headings:
        return None
    if len(headings) == 1:
        return f"only a headline, {_quoted(headings[0])}"
    return f"only a headline and headings, no sentence: {_quoted(headings[0])}, ..."


def _quoted(line: str) -> str:
    return f'"{line[:QUOTED]}{"..." if len(line) > QUOTED else ""}"'


def _titled(doc: Document, subject: str | None = None) -> Document:
    """The source carries its headline too, so Sources can list it, and the date and the
    writer its page shows when nothing else gave them (layout: a time stamp's, a byline's).
    A wire's slug is no word of the headline, wherever the headline came from (a feed's
    item, a page, the text): "UPDATE 1-Cyclone ..." is "Cyclone ..." (`slugs`); nor are
    the emoji closing it (`pictographs`). `subject`: a mail's Subject (a forwarded copy's,
    too), which the source says its headline is where it is one (a sender's label for a
    message, which heads a story only where no report of it has a published headline)."""
    mailed = subject is not None and doc.title == subject
    update = update_number(doc.title) if doc.title else 0
    if doc.title:
        doc = replace(doc, title=without_closing_emoji(without_slug(doc.title) or doc.title))
    source = replace(
        doc.source,
        title=doc.title,
        date=doc.source.date or doc.date,
        author=doc.source.author or doc.author,
        title_is_subject=mailed,
        update=update,
    )
    return replace(doc, source=source, author=doc.author or doc.source.author)
