"""The headline: which line is the title, past what a page or a release sets above it.

A headline becomes the title. Above it a page may set its masthead ("DUSHANBE TIMES"), a
release its issuer's letterhead ("REPUBLIC OF NIGER - MINISTRY OF THE INTERIOR"), a
label ("PRESS RELEASE", "FORM 8-K"), a date, a section's path or a byline: none is a
title, and with no headline under a letterhead the story has none (a communiqué of
paragraphs). A memo's or a notice's subject line ("Subject: Temporary increase in
initial margin") is its title. What may be a headline is short, ends on no sentence's
stop and is none of the page's furniture (`looks_like_title`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from brief.extract.lexicon import alternation, joined, words
from brief.ingest.furniture import HEADLINE_WORDS, finite_verb, is_controls
from brief.ingest.furniture import lists as furniture_lists
from brief.ingest.layout.bylines import by_writer
from brief.ingest.layout.header import is_header_line
from brief.ingest.layout.labels import (
    document_label,
    is_menu,
    one_word_label,
    release_label,
    section_path,
)
from brief.ingest.layout.letterheads import is_letterhead
from brief.ingest.layout.page_top import credited_stamp
from brief.ingest.layout.shapes import (
    CLOSERS,
    LETTERS,
    TITLE_CHARS,
    cut_mid_sentence,
    ends_sentence,
    name_particles,
)
from brief.ingest.layout.stamps import is_stamp


def looks_like_title(line: str, alone: bool = False, credited: bool = False) -> bool:
    """`alone`: a blank line follows it. A line that ends in an open-ended word ("over",
    "on") was cut mid-sentence, unless it stands alone and the word may end a headline
    ("... warns inflation fight not over"): no paragraph breaks off mid-sentence.
    `credited`: a byline or the page's date stands under it, as under a headline only;
    then a stop inside it is a headline's ("Analysis: The border was settled on paper.
    The valley shows what paper can't do"), no caption's nor a paragraph's."""
    tokens = line.split()
    stripped = line.rstrip().rstrip(CLOSERS)
    ends_free = alone and bool(tokens) and tokens[-1].lower() in words()["headline_ends"]
    cut = cut_mid_sentence(line) and not (ends_free and not line.rstrip().endswith(","))
    return (
        0 < len(tokens) <= HEADLINE_WORDS
        and len(line.strip()) > 1  # a drop capital's letter on its line ("T", "he most ...")
        and len(line) <= TITLE_CHARS
        and not stripped.endswith((":", ";"))
        and (not stripped.endswith(".") or _a_name_closing(stripped))
        and (credited or not _sentence_inside(stripped))
        and not cut
        and not is_stamp(line)
        and not is_header_line(line)
        and not _heads_nothing(line)
        and not is_controls(line)
        and not is_menu(line)
    )


# A full stop inside the line, then a capital ("... the stock market's climb. Will he"):
# a caption or a paragraph of sentences, not a headline. Not the stop of an abbreviation
# ("Sen. Kirsten Gillibrand", "Jackson will play vs. Steelers", "U.S. Senate").
_STOP_INSIDE = re.compile(r"(\w+)\.(?=[\"”’')]?\s+[\"“‘']?[A-Z])")


def _sentence_inside(line: str) -> bool:
    return any(
        len(word) > 1 and not word.isupper() and word.lower() not in _abbreviations()
        for word in (found.group(1) for found in _STOP_INSIDE.finditer(line))
    )


@cache
def _abbreviations() -> frozenset[str]:
    """Words written with a stop that ends no sentence: the titles the segmenter knows
    ("Sen.", "Gen.") and Punkt's English abbreviations ("vs.", "Inc.", "Jan.")."""
    import punkt

    return (
        joined("honorifics", "title_abbreviations") - words()["stopless_honorifics"]
    ) | frozenset(punkt.load_model("english").abbrev_types)


_NAME_LINE_WORDS = 6


def _a_name_closing(line: str) -> bool:
    """Whether a line's closing stop is its last word's, an abbreviation's, on a name of a
    few capitalised words and no verb: "Norvant Energy Inc." under a filing's letterhead
    names the company it is about; "Shares fell at Acme Inc." is a sentence."""
    found = line.split()
    particles = name_particles()
    return (
        len(found) <= _NAME_LINE_WORDS
        and found[-1].rstrip(".").lower() in _abbreviations()
        and all(w[:1].isupper() or w.lower() in particles for w in found)
        and not any(finite_verb(w) for w in found)
    )


# The marks a dateline's stub or a label ends on before what it heads: "CARDIFF |"
_SEPARATORS = "|/-–—:•·"


def _heads_nothing(line: str) -> bool:
    """A dateline's stub or a page's label, one word before a separator: "CARDIFF |"."""
    said = [w for w in LETTERS.findall(line) if len(w) >= 3]
    return len(said) <= 1 and line.rstrip().endswith(tuple(_SEPARATORS))


_MASTHEAD_WORDS = 4
_MASTHEAD_REACH = 6  # lines that hold words, the masthead's own among them


def past_masthead(lines: list[str], first: int) -> tuple[int, bool]:
    """Where the headline is, and whether there is one, when the first line is a masthead,
    a letterhead or a label above it: a line of a few words in capitals ("DUSHANBE
    TIMES", "PRESS RELEASE"), an issuer's letterhead in capitals (`is_letterhead`: "U.S.
    DEPARTMENT OF THE TREASURY") or a line that labels a release ("UNHCR: Uganda press
    release"), followed within a few lines (past a section's path, a date, the issuer's
    other letterhead lines, a release's label, a byline: `_above_headline`) by a line that
    reads as a headline. With none there, a letterhead or a release's label heads nothing:
    the story opens at the first other line, and has no headline (a ministry's communiqué
    of paragraphs had been headed "REPUBLIC OF NIGER - MINISTRY OF THE INTERIOR, ...",
    r43 M5); a short headline in capitals over its story's first sentence ("CHARGERS'
    RECEIVER ARRESTED") stays."""
    marked = _marked_headline(lines, first)
    if marked is not None:
        return marked, True
    opening = lines[first]
    issued = is_letterhead(opening) or bool(release_label().search(opening))
    if not (issued or _masthead(opening)):
        return first, True
    # (its lines that hold words: a release may set a blank line between each)
    below = (k for k in range(first + 1, len(lines)) if lines[k])
    label = None  # a line under the letterhead that names the document, not its news
    for k in islice(below, _MASTHEAD_REACH - 1):
        line = lines[k]
        if _above_headline(line):
            continue
        if looks_like_title(line, alone=k + 1 >= len(lines) or not lines[k + 1]):
            if issued and label is None and _names_its_document(line):
                label = k
                continue
            return k, True
        if label is not None:
            return label, True
        return (k, False) if issued else (first, True)
    return (label, True) if label is not None else (first, True)


# The words after a noun of copy that say whose the document is: "Statement by the
# spokesperson", "Report from the mission". What it is about is said as a header field's
# topic is (words.toml's [layout] topic_prepositions: "Statement on the presidential
# results", "Communiqué of the summit", "Inquiry into the collapse").
_WHOSE = frozenset({"by", "from"})


@cache
def _about() -> frozenset[str]:
    """The words after a noun of copy that say what the document is about or whose it is."""
    return words()["topic_prepositions"] | _WHOSE


def _names_its_document(line: str) -> bool:
    """A line that names the kind of document (furniture's header_labels) and what it is
    about, with no verb of its own: "Statement on the presidential results" under a
    mission's letterhead is the document's label, and the headline under it says the
    news ("EU observers call for publication of results by polling station", r67 F5).
    "Report by UN finds abuses" reports a finding."""
    said = LETTERS.findall(line)
    return (
        len(said) >= 2
        and said[0].lower() in furniture_lists().header_labels
        and said[1].lower() in _about()
        and not any(finite_verb(word) for word in said[2:])
    )


# A Markdown heading of the first level: the article's title, as its author marked it.
_FIRST_LEVEL_HEADING = re.compile(r"^\s{0,3}#\s+\S")


def _marked_headline(lines: list[str], first: int) -> int | None:
    """Where a Markdown article's first-level heading stands among its top lines, under
    lines that are no sentences (an issuer's name, a label, a stamp): its author marked it
    as the title, and what stands above it is the page's. A mission's bolded name, "**EUROPEAN
    UNION ELECTION OBSERVATION MISSION - TALANKÉ 2028**", had titled its release over "#
    EU observers: orderly vote, but tabulation lacks transparency" (r67 F5)."""
    if _FIRST_LEVEL_HEADING.match(lines[first]) or ends_sentence(lines[first]):
        return None
    below = (k for k in range(first + 1, len(lines)) if lines[k])
    for k in islice(below, _MASTHEAD_REACH - 1):
        if _FIRST_LEVEL_HEADING.match(lines[k]):
            return k
        if ends_sentence(lines[k]):
            return None
    return None


def _above_headline(line: str) -> bool:
    """A line that a page or a release sets above its headline, never the headline: a time
    stamp or a dateline on its own line ("PRESS RELEASE | 4 December 2026"), a one-word
    label, a menu, a section's path, the issuer's letterhead ("Republic of the
    Philippines", in capitals or not), a release's label ("PRESS RELEASE") or a byline
    ("By Ann Lee")."""
    return (
        is_stamp(line)
        or one_word_label(line)
        or is_menu(line)
        or section_path(line)
        or is_letterhead(line)
        or release_label().search(line) is not None
        or (line.startswith("By ") and by_writer(line) is not None)
        or credited_stamp(line) is not None
        or is_header_line(line)
        or document_label(line)
    )


def _masthead(line: str) -> bool:
    found = LETTERS.findall(line)
    return (
        0 < len(found) <= _MASTHEAD_WORDS and line.isupper() and not any(c.isdigit() for c in line)
    )


@cache
def release_prefix() -> re.Pattern[str]:
    """A release's label before its headline on the headline's line: "PRESS RELEASE: EU
    NAVFOR responds to hijacking" is headed "EU NAVFOR responds to hijacking"."""
    labels = alternation(furniture_lists().release_labels)
    return re.compile(rf"(?i:{labels})\s*[:|]\s*(?=\S)")


# The label of a document's subject line: a memo's and a notice's "Subject:", a letter's
# "Re:" (as a mail's header names it)
_SUBJECT = re.compile(r"(?:Subject|SUBJECT|Re|RE|Subj)\s*:\s*(\S.*)")
# The date field of a document's head: "Date: 8 June 2027"
SUBJECT_HEAD_DATE = re.compile(r"(?:Date|DATE)\s*:\s*(\S.*)")
_HEAD_LINE_WORDS = 12  # a head's lines are short: a name, a number, a date, an address


def subject_line(lines: list[str], first: int) -> tuple[int, str] | None:
    """Where a document's subject line is, and its subject, where one stands in its head:
    among its first lines, each of them short and no sentence (its issuer, its number,
    its date), a line labelled "Subject:" or "Re:" whose subject reads as a headline."""
    seen = 0
    for at in range(first, len(lines)):
        line = lines[at]
        if not line:
            continue
        seen += 1
        if seen > _MASTHEAD_REACH + 2:
            return None
        found = _SUBJECT.fullmatch(line)
        if found is not None:
            said = found.group(1).strip()
            return (at, said) if looks_like_title(said, alone=True) else None
        if len(line.split()) > _HEAD_LINE_WORDS or (
            ends_sentence(line) and not _a_name_closing(line)
        ):
            return None
    return None
