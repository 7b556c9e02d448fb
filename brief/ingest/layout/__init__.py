"""Layout: clean text -> a Document of a title, headings and paragraphs.

A headline becomes the title; a short line without closing punctuation is a subheading
and never merges into the next sentence; paragraphs are kept whether they come one per
line, separated by blank lines or folded at a fixed width.

What a page says of itself, above or under its headline, is read, never briefed: a time
stamp dates the source, a byline names its writer, and a dateline, on its own line
("Mexico City - March 10, 2026 - El País English", a header of fields, "Sudan Horizon |
Port Sudan correspondent | 4 December 2026") or opening the story's first paragraph
("NIAMEY, March 10, 2026 (Reuters) - "), gives its date and its outlet; one that opens
the paragraph is cut from it, so the first sentence starts where the reporter's does.
A header line of credits above or under the headline ("The Elsey Review · Thursday 3
December 2026 · By Ann Lee", "Words: Ann Lee  Photos: Tom Roe": fields of names, dates,
times and bylines, no clause) is read for the date and the writer and dropped: no title,
subheading or first sentence. What a release sets above its headline (its issuer's
letterhead, "PRESS RELEASE") is no title. docs/inputs.md lists the forms for users.

`parse_text`, here, runs the steps in turn; each job is a module of its own, each
reading only those above it in this list: shapes (what a line's form says: a sentence's
end, a heading, a headline), dates (a date as a page writes it), stamps (a time stamp's
line), labels (what a page calls itself: a label, a menu), bylines (names, bylines,
credits), header (a header line of credits and its fields), page_top (the page's date,
outlet and writer from its top lines), letterheads (an issuer's names), headline (which
line is the title), folding (which lines make a paragraph), signed (a signature and the
lines it signs), runs (text too long without a stop to be a sentence) and datelines (a
wire's dateline opening the first paragraph). None of them imports this module.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date

from brief.errors import InputError
from brief.ingest.furniture import HEADLINE_WORDS, entry_stamp, update_note
from brief.ingest.layout.bylines import by_outlet, by_writer, byline, is_outlet_name
from brief.ingest.layout.datelines import dateline_credit, read_dateline
from brief.ingest.layout.dates import date_in, reported_day, yearless_day
from brief.ingest.layout.folding import (
    MD_HEADING,
    bare,
    continues_item,
    drop_capitals,
    hard_wrapped,
    joined_lines,
    lines_apart,
    list_items,
    numbered_items,
)
from brief.ingest.layout.header import (
    byline_writers,
    header_fields,
    is_header_line,
    is_masthead_line,
    is_running_header,
)
from brief.ingest.layout.headline import (
    SUBJECT_HEAD_DATE,
    looks_like_title,
    past_masthead,
    release_prefix,
    subject_line,
)
from brief.ingest.layout.labels import FORM_NUMBER, dated_label, is_menu, one_word_label
from brief.ingest.layout.letterheads import company_letterhead, is_letterhead, letterhead_issuer
from brief.ingest.layout.page_top import (
    credited_stamp,
    credits_under,
    header_byline,
    header_writer,
    stamp_date,
    top_header_lines,
    top_lines,
)
from brief.ingest.layout.runs import MAX_RUN, describe_runs, without_long_runs
from brief.ingest.layout.shapes import (
    cut_mid_sentence,
    ends_sentence,
    enumerated_heading,
    field_lines,
    is_labelled_field,
    looks_like_heading,
    reads_as_headline,
    stands_alone,
)
from brief.ingest.layout.signed import contact_blocks, signed_off, signed_quotes
from brief.ingest.layout.stamps import STAMP_LINES, is_stamp
from brief.ingest.notes import is_page_note
from brief.ingest.tables import without_tables
from brief.models import Block, Document, Source

# What other modules import from the layout (the jobs' modules are its own).
__all__ = [
    "MAX_RUN",
    "byline_writers",
    "header_fields",
    "is_header_line",
    "is_labelled_field",
    "is_letterhead",
    "is_masthead_line",
    "is_outlet_name",
    "is_running_header",
    "is_stamp",
    "numbered_items",
    "parse_text",
    "reads_as_headline",
    "reported_day",
    "without_long_runs",
]

log = logging.getLogger(__name__)


# A first line opening with a number, a stop and another number is a headline whose
# decimal a tokenised copy spaced ("6. 1 - magnitude quake strikes Aceh"), not item 6 of
# a list: a list does not open an article.
_SPACED_DECIMAL = re.compile(r"\d{1,3}\.\s\d")


def parse_text(
    text: str,
    source: Source,
    *,
    find_title: bool = True,
    today: date | None = None,
    lines_are_blocks: bool = False,
) -> Document:
    """Split text into a title, headings and paragraphs. `today`: the day it is read (no
    page is dated later; see date_in). `lines_are_blocks`: each line is an element of
    a web page (a paragraph, a heading, a list's item) or a line of one, as the page
    extractor writes it: its list items and furniture make it no text folded at a width
    (see lines_apart).

    One line per paragraph and blank-line-separated, hard-wrapped paragraphs are
    both common; a line joins the previous one only when that line did not end a
    sentence. A short line without closing punctuation is a heading, so it never
    merges into the next sentence.
    """
    raw, lines, kept = _lines(text, source)
    # In text (a web page's lines are its elements, see lines_apart), each item of a list is a
    # block of its own, never glued to the next item nor to the line above the list:
    # "Key points", then "- Output fell 3% in May", "- Exports rose" had been one
    # sentence of no clause (r56 M6). An item is a sentence, but one in a headline's form
    # (see _blocks).
    items = [False] * len(lines) if lines_are_blocks else list_items(raw, kept)
    # (a notice's fields, a line each, run into nothing: a box of six of them above a short
    # update had made its text read as folded at a width, and glued them into its lede)
    fields = _notice_fields(lines)
    apart = lines_apart(raw, lines) if lines_are_blocks else items
    wrapped = hard_wrapped(lines, [a or at in fields for at, a in enumerate(apart)])
    first = _opening(lines)
    top = _page_top(lines, first, today, find_title=find_title)
    date = top.date
    title: str | None = None
    # A notice's, a memo's or a letter's own subject line under its head ("Subject:
    # Temporary increase in initial margin"): its title; the head above it (the issuer,
    # the notice's number, its date, whom it is to) is none of its text
    subject = subject_line(lines, first) if first is not None and find_title else None
    if subject is not None:
        at, title = subject
        for k in range(first or 0, at + 1):
            if (field := SUBJECT_HEAD_DATE.match(lines[k])) is not None:
                date = date or date_in(field.group(1), today)
            lines[k] = ""
    elif first is not None and find_title:
        lines, items, raw = lines[top.head :], items[top.head :], raw[top.head :]
        m = MD_HEADING.match(lines[0])
        candidate = m.group(1) if m else lines[0]
        if (label := release_prefix().match(candidate)) is not None:
            candidate = candidate[label.end() :]
        rest = [line for line in lines[1:] if line]
        alone = len(lines) < 2 or not lines[1]
        if (
            top.headed
            and rest
            and top.head not in fields  # (a notice's first field: its text, no headline)
            and looks_like_title(candidate, alone, credited=alone and top.credited)
            and (alone or not wrapped or m)
        ):
            title = candidate
            lines, items, raw = lines[1:], items[1:], raw[1:]

    blocks = _blocks(lines, raw, items, source, wrapped=wrapped, lines_are_blocks=lines_are_blocks)
    if not any(b.kind == "paragraph" for b in blocks):
        # A lone short line is still an article of one sentence, not a heading.
        blocks = [Block("paragraph", b.text) for b in blocks]
        if not blocks and title:
            blocks, title = [Block("paragraph", title)], None
    # (a header line's byline first, then the story's first blocks: "By Ann Lee")
    bylines = [named for line in top.credits if (named := header_byline(line)) is not None]
    openings = [*bylines, *(b.text for b in blocks[:STAMP_LINES])]
    author = next(filter(None, (by_writer(t) or header_writer(t) for t in openings)), None)
    byline_outlet = next(filter(None, map(by_outlet, openings)), None)
    dateline = read_dateline(blocks)
    if dateline is not None:
        at, found = dateline
        blocks[at] = Block("paragraph", blocks[at].text[found.end() :])
        when = found["date"] or found["first"]
        # (a dateline's day after the page's: the report's, updated in place under the
        # page's first date, "VIENNA, June 9" on a page of 8 June)
        later = reported_day(when, date or source.date, today) if when else None
        date = (
            later or date or (date_in(when, today) or yearless_day(when, today) if when else None)
        )
    if source.outlet is None:
        credit = (
            dateline_credit(dateline[1]["agency"]) or dateline[1]["slashed"]
            if dateline is not None
            else None
        )
        source = replace(source, outlet=top.outlet or credit or byline_outlet or top.issuer)
    return Document(
        source=source,
        title=title,
        blocks=tuple(blocks),
        date=date,
        author=author,
        items=numbered_items(raw),
    )


def _lines(text: str, source: Source) -> tuple[list[str], list[str], str | None]:
    """The text's lines as written (`raw`, less a table's rows) and as read: less their
    list and quote markers and a printed page's running headers, a drop capital back on
    its word, a signature and a contact's lines joined to what they sign; and the first
    line where it opens with a spaced decimal (`kept`: a headline, no list's item)."""
    raw, table_rows = without_tables(text.split("\n"))
    if table_rows:
        log.warning(
            "%s: %d table row(s) left out: a brief quotes sentences, and a row is none",
            source.path,
            table_rows,
        )
    first_line = next((line.strip() for line in raw if line.strip()), "")
    # asked once, not of every line: most articles open with no number
    kept = first_line if _SPACED_DECIMAL.match(first_line) else None
    lines = drop_capitals(
        [line.strip() if kept and line.strip() == kept else bare(line) for line in raw]
    )
    lines = signed_quotes(raw, lines)
    lines = contact_blocks(lines)
    lines = signed_off(lines)
    # (a printed page's running header or footer: a blank where the page broke)
    lines = ["" if line and is_running_header(line) else line for line in lines]
    return raw, lines, kept


def _notice_fields(lines: list[str]) -> frozenset[int]:
    """The lines that are a notice's fields (`field_lines`), less a page's stamps written
    as fields in sentence case ("Published time: March 12, 2013 02: 03", "Updated: 14 Sep
    2026"): they date the page and say nothing of the news. (A notice's "DATE/TIME: 04
    JUN 2026, 0615 UTC" in capitals is its text, r62 F10.)"""
    return frozenset(
        at
        for at in field_lines(lines)
        if lines[at].split(":", 1)[0].isupper() or not is_stamp(lines[at].split(":", 1)[1].strip())
    )


def _opening(lines: list[str]) -> int | None:
    """Where the page opens: its first line that holds words, past what stands above its
    headline and is neither the title nor a line of the story: a time stamp ("11 November
    2011 Last updated at 12:41 GMT"), a label ("Columnist"), a menu ("Skip to main
    content | Subscribe | Sign in"), a header line or an update note."""
    return next(
        (
            i
            for i, line in enumerate(lines)
            if line
            and not (
                is_stamp(line)
                or one_word_label(line)
                or is_menu(line)
                or is_header_line(line)
                or update_note(line) is not None
            )
        ),
        None,
    )


@dataclass(frozen=True)
class _PageTop:
    """What a page's top lines say of it (see _page_top)."""

    head: int  # where the headline is (or the story opens)
    headed: bool  # whether there is a headline
    date: str | None
    outlet: str | None  # a stamp's credit
    issuer: str | None  # a release's issuer, named on its letterhead
    credited: bool  # a byline or the page's date stands under the headline
    credits: tuple[str, ...]  # the header lines of credits, read for the writer


def _ends_title(line: str, source: Source) -> bool:
    """Whether a line above the first paragraph is the headline its feed or page gave
    the article, in the same words or in most of them (two thirds of its words the
    headline's: "Regarding the Decision of the Council of the European Union and the
    Brussels Talks" under "No: 91, 16 April 2031, Press Release Regarding the Decision of
    the EU Council and the Brussels Talks"): the headline, set again under the release's
    number and date, never a sentence, however long (r72 F10: a 15-word subject line had
    been a bullet, one of five of its story's). The caller asks it only of a line that
    ends on no stop: a lede that shares its headline's words ends on one."""
    title = set(re.findall(r"\w+", (source.title or "").casefold()))
    said = set(re.findall(r"\w+", line.casefold()))
    return len(said) >= _TITLE_LINE_WORDS and 3 * len(said & title) >= 2 * len(said)


_TITLE_LINE_WORDS = 3  # the fewest words of a line that restates the headline


def _page_top(
    lines: list[str], first: int | None, today: date | None, *, find_title: bool
) -> _PageTop:
    """What the lines at the page's top (from `first`) say of it: where its headline is,
    its date, its outlet, its issuer and its header lines. The lines that are the page's
    and none of the story's (header lines, an update note, a dated label) are blanked in
    `lines`."""
    # (past a masthead or an issuer's letterhead: what stands above the headline is the
    # page's, its stamps too)
    head, headed = past_masthead(lines, first) if first is not None else (0, True)
    date, stamp_outlet = stamp_date(lines, head, today, headline=headed and find_title)
    # the body that issued a release, named on its letterhead, when nothing else names whose
    # (not a form's authority: "UNITED STATES SECURITIES AND EXCHANGE COMMISSION" over
    # "FORM 8-K" is whose form it is, not who filed it)
    above = [line for line in lines[first:head] if line] if first is not None else []
    formed = any(FORM_NUMBER.fullmatch(line) for line in above)
    issuer = None if formed else letterhead_issuer([line for line in above if is_letterhead(line)])
    # The header lines of credits at its top are the page's, read for its writer: no line
    # of the story, and none runs into the next (a headline, the lede)
    credited = headed and credits_under(lines, head)
    credits: list[str] = []
    for at in top_header_lines(lines, head, headline=headed and find_title):
        credits.append(lines[at])
        lines[at] = ""
    # A wire's update note there ("UPDATED 16 Nov 2026, 17:45 — adds new toll") is the
    # desk's, no line of the story; the day it stamps dates the page when nothing did. One
    # that says the version corrects ("(Corrects name of minister in paragraph 4 to ...)")
    # is an editor's note about the page too: kept for `notes`, which sets it aside and
    # shows it, and for what replaces the version it corrects (brief.pipeline.versions)
    for at in top_lines(lines, head):
        if (note := update_note(lines[at])) is not None and not is_page_note(lines[at]):
            date = date or (date_in(note["stamp"], today) if note["stamp"] else None)
            lines[at] = ""
    # A page's label dated at its top ("Norvania travel advice - updated 15 March 2027.")
    # is no line of the story either; its date dates the page when nothing did. (A
    # byline's, a credited stamp's or a header's line is read for its writer or outlet.)
    for at in top_lines(lines, head):
        line = lines[at]
        if (
            not (find_title and at == head)
            and (labelled := dated_label(line)) is not None
            and byline(line) is None
            and credited_stamp(line, today) is None
            and not (is_stamp(line) or is_header_line(line) or is_masthead_line(line))
        ):
            date = date or date_in(labelled, today)
            lines[at] = ""
    return _PageTop(head, headed, date, stamp_outlet, issuer, credited, tuple(credits))


def _blocks(
    lines: list[str],
    raw: list[str],
    items: list[bool],
    source: Source,
    *,
    wrapped: bool,
    lines_are_blocks: bool,
) -> list[Block]:
    """The story's lines made headings and paragraphs (`raw`: the lines as written;
    `items`: which of them are a list's items; `wrapped`: the text is folded at a width).
    A run too long for a sentence is left out with a warning, and text of nothing else is
    refused (InputError)."""
    blocks: list[Block] = []
    para: list[str] = []
    set_aside: list[str] = []

    def flush() -> None:
        if para:
            text = joined_lines(para)
            # A list's item in a headline's form, short and ending on no stop, is a
            # heading, as such a line is anywhere in text: a digest's point ("Ministers
            # endorse the policing plan" under "Key points", told again in the story's own
            # sentences), a release's highlight, a link's label under "Related links". An
            # item written as a sentence is one.
            if in_item and looks_like_heading(text):
                blocks.append(Block("heading", text))
            else:
                pieces, runs = without_long_runs(text)
                blocks.extend(Block("paragraph", p) for p in pieces)
                set_aside.extend(runs)
            para.clear()

    # The next non-empty line after each line: a heading is never followed by a
    # lower-case continuation ("The minister said the talks / would resume ...").
    following = [""] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        following[i] = lines[i + 1] or following[i + 1]

    fields = _notice_fields(lines)
    previous = ""
    prose = False  # a paragraph has begun
    in_item = False  # the paragraph is a list's item
    for i, (line, nxt) in enumerate(zip(lines, following, strict=True)):
        before, previous = previous, line
        if not line:
            # A paragraph never opens in lower case: after one that ends mid-sentence,
            # "was" and "prime minister and I ..." are the same sentence broken by blank
            # lines, not paragraphs of their own.
            if not (para and not ends_sentence(para[-1]) and nxt[:1].islower()):
                flush()
            continue
        alone = not before and (i + 1 >= len(lines) or not lines[i + 1] or items[i + 1])
        if items[i] or (in_item and not continues_item(raw[i], line)):
            # (an item, and what follows it but the item's own folded line)
            flush()
            in_item = items[i]
            if in_item:
                para.append(line)
                prose = True
                continue
        m = MD_HEADING.match(line)
        if m:
            flush()
            if m.group(1):
                blocks.append(Block("heading", m.group(1)))
            continue
        # In text of a line per paragraph, a line that does not end a sentence, followed by
        # one in capitals, is a line of its own (a long headline, a summary point, a
        # stamp): not the start of the next sentence. A web page's element goes on into
        # the next only where that one goes on its sentence, in lower case: one opening
        # with a digit, a quote or a sign is an element of its own (a paragraph ending
        # on a link's label and a shouted line had run into the next, "&lt;img ...&gt;
        # Police said ...", one sentence across a paragraph break, r66 F6). A line that
        # opens with a live page's entry stamp ("17:10 - Judge ...") opens an entry: a
        # masthead above it that ends on no stop ("Live blog - ... | all times local
        # (GMT+4)") had run into the page's latest entry (r76 F9).
        starts_fresh = (
            not para
            or ends_sentence(para[-1])
            or (
                not wrapped
                and (
                    line[:1].isupper()
                    or (lines_are_blocks and not line[:1].islower())
                    or entry_stamp(line) is not None
                )
                and stands_alone(para[-1], line)
            )
        )
        if starts_fresh and not prose and company_letterhead(line) and not nxt[:1].islower():
            # an issuer's letterhead above the story (its headline the feed's): a name,
            # the stop of its legal form an abbreviation's, "VANTREL AUTOMOTIVE COMPONENTS
            # N.V.": a heading as a state's is, never a sentence to brief (r77 F8)
            flush()
            blocks.append(Block("heading", line))
            continue
        if starts_fresh and enumerated_heading(line) and not nxt[:1].islower():
            flush()  # a filing's or a report's numbered heading: "Item 7.01 Regulation FD."
            blocks.append(Block("heading", line))
            continue
        if i in fields and (starts_fresh or not cut_mid_sentence(para[-1])):
            # a field of its own, never run into the next line (a heading's form), nor the
            # line above it into it unless that line broke off mid-phrase
            flush()
            blocks.append(Block("paragraph", line))
            prose = True
            continue
        if (
            starts_fresh
            # (above a page's first paragraph, an element that ends on no stop is its
            # standfirst or a teaser, in a headline's words: "Three held; the search goes
            # on" is no sentence to brief, r50 M4)
            and looks_like_heading(
                line,
                HEADLINE_WORDS
                if not (wrapped or prose) and (lines_are_blocks or _ends_title(line, source))
                else 14,
            )
            and not nxt[:1].islower()
            and (alone or not wrapped)
        ):
            flush()
            blocks.append(Block("heading", line))
            continue
        if starts_fresh:
            flush()
        para.append(line)
        prose = True
    flush()
    if set_aside and not any(b.kind == "paragraph" for b in blocks):
        raise InputError(
            f"no sentence: only {describe_runs(set_aside)} without a full stop (a pasted"
            " list or data?); a piece of one is no sentence to quote",
            source.path,
        )
    if set_aside:
        log.warning(
            "%s: left out %s without a full stop: no sentence runs that long (a pasted list"
            " or data?), and a piece of one is no sentence to quote",
            source.path,
            describe_runs(set_aside),
        )
    return blocks
