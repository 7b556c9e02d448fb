"""Line shapes: what a line's form says of it, before what it says.

Text comes without markup, so a line's shape is all that tells a heading from a sentence:
a short line without closing punctuation is a heading (a subheading under the title) and
never merges into the next sentence; a line ending on a comma or an open-ended word was
cut mid-sentence; a numbered part's name ("Item 7.01 Regulation FD Disclosure.") heads
what follows; a run of labelled fields ("VESSEL: ...", "DATE/TIME: ...") is a notice's
text. The layout's other modules ask these; they ask nothing of those.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from brief.extract.lexicon import joined, words
from brief.ingest.furniture import HEADLINE_WORDS, finite_verb, is_furniture

# What closes a sentence, or the clause a line ends on, and the quotes and brackets after it
TERMINAL = ".!?…:;。！？"
CLOSERS = "\"'”’»)]"
# A run of letters, of any script: a line's words less their figures and marks.
LETTERS = re.compile(r"[^\W\d_]+")


@cache
def name_particles() -> frozenset[str]:
    """Words inside a name written in title case ("Republic of the Philippines"):
    words.toml's [layout] title_case_particles."""
    return words()["title_case_particles"]


@cache
def long_name_particles() -> frozenset[str]:
    """The words in lower case between the capitalised words of an organisation's name
    written out (see bylines), in English and in the Romance languages' names: words.toml's
    [layout] title_case_particles and written_out_particles."""
    return joined("title_case_particles", "written_out_particles")


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def cut_mid_sentence(line: str) -> bool:
    """A line ending in a comma or in one of words.toml's [layout] open_ended words ("of",
    "the", "between") was cut mid-sentence: never a heading or a title."""
    last = line.split()[-1:]
    return bool(last) and (last[0].lower() in words()["open_ended"] or line.rstrip().endswith(","))


# A labelled field of a notice on a line of its own: a label of a few words (perhaps
# joined by "/", "&" or "-"), its colon, and what it says. The label is in capitals
# ("VESSEL: NORTH STAR (tanker, 18 crew)", "DATE/TIME: 04 JUN 2026, 1120 UTC",
# "LOCATION: 12°10'N 044°02'E"), or opens with one as a sentence does before a value that
# opens with a number ("Size: 5,410 acres", "Structures destroyed: 52 (44 homes, 8
# outbuildings)", "Damage: $4.2 million"): an agency's update's, a bulletin's or a fact
# sheet's box of figures above its prose. (A page's credits and links in that case,
# "Editor: Zhou Lan", "Related: Peru's central bank holds rate at 4.25%", "Tags: ...", are
# no notice's text.)
_FIELD_LABEL = re.compile(
    r"([A-Z]{2,}(?:[ /&-]+[A-Z]{2,}){0,2})\s*:\s+\S"
    r"|([A-Z][a-z]+(?:[ /&-]+[A-Za-z][a-z]+){0,3})\s*:\s+[$£€¥₹]?\d"
)


def is_labelled_field(line: str) -> bool:
    """Whether the line (or a sentence) has a notice's labelled field's form: a label in
    capitals or opening with one, and what it says ending on no stop. Text of the
    notice, as a sentence is, where such lines come in a run (`field_lines`). A host's
    or questioner's label ("MODERATOR: ...", words.toml's asking_labels) heads the turn
    it opens, and a page's furniture ("PHOTO: AFP") is none of the text."""
    found = _FIELD_LABEL.match(line)
    if found is None or ends_sentence(line):
        return False
    label = (found.group(1) or found.group(2)).casefold()
    return label not in words()["asking_labels"] and not is_furniture(line)


def field_lines(lines: Sequence[str]) -> frozenset[int]:
    """The lines that are a notice's fields: two or more labelled fields one under another
    ("VESSEL: ...", "DATE/TIME: ...", "POSITION: ..."; "Size: 5,410 acres", "Containment:
    35%"), no blank line between. They are its text, never headings that head what
    follows (an advisory's vessel, time and position had been left out of every output,
    r62 F10), and each is a line of its own: none runs on into the next field or into the
    prose under them ("Personnel: 95 Structures destroyed: 0 The fire started ...", where
    each number had been read with the next line's label, r70 F4, F5). One such line alone
    is a kicker or a section's heading ("LEAD: THE DOCKS FALL SILENT", "SKETCH: Two
    Joneses ...")."""
    labelled = [bool(line) and ":" in line and is_labelled_field(line) for line in lines]
    return frozenset(
        at
        for at, field in enumerate(labelled)
        if field and ((at > 0 and labelled[at - 1]) or (at + 1 < len(lines) and labelled[at + 1]))
    )


def looks_like_heading(line: str, most: int = 14) -> bool:
    """Short (`most` words) and without closing punctuation: "Ukraine creates reserve
    troops"."""
    if len(line) > 120 * most // 14:  # before splitting a paragraph's long line into words
        return False
    words = line.split()
    return (
        0 < len(words) <= most
        and not ends_sentence(line)
        and not cut_mid_sentence(line)
        and not _holds_sentence(line)
    )


# A sentence's end inside a line: a lower-case word (no initial, "J.", nor most
# abbreviations of titles, "Sen.") and its stop, a closing quote, then markup the page
# shows as text ("<b>", "&amp;", "[1]"), which opens no sentence of a headline's (nor
# does a contact's "Tel. +886 ...", a headline's second sentence or a figure).
_SENTENCE_END_INSIDE = re.compile(r"[^\W\d_]*[a-z][^\W\d_]\s*[.!?][\"”’')]*\s+(?=[<&\[])")


def _holds_sentence(line: str) -> bool:
    """Whether the line holds a whole sentence of three words or more before markup shown
    as text: a paragraph whose last words are no sentence ('"Polling day has not
    changed," he said. <b>bold</b>', a page showing a tag as text), never a heading, so
    its sentence is not lost with it (r57 #3). A headline of two sentences ("First the
    water took the house. Now it is taking the children") stays one."""
    found = _SENTENCE_END_INSIDE.search(line)
    return found is not None and len(line[: found.start()].split()) >= 3


TITLE_CHARS = 200


def reads_as_headline(text: str) -> bool:
    """A line that ends on a word or a figure, not on a stop of any script, in a
    headline's words at most: "Only a headline", "Rates held at 6.75%". A sentence ends on
    its stop: ".", "?", "。", Devanagari's "।"."""
    stripped = text.rstrip().rstrip(CLOSERS)
    if not stripped or len(text.split()) > HEADLINE_WORDS or len(text) > TITLE_CHARS:
        return False
    last = stripped[-1]
    return last.isalnum() or last in "%‰" or unicodedata.category(last).startswith("S")


def stands_alone(line: str, following: str) -> bool:
    """Whether a line that ends no sentence may still end its paragraph, in text of a line
    per paragraph: not when it stops mid-phrase ("and", a comma: cut_mid_sentence) nor
    on a title whose holder's name opens the `following` line ("said Senator / Elizabeth
    Warren"). (A line may well end on a name: "... on Saturday", "... against Pittsburgh".)"""
    if cut_mid_sentence(line):
        return False
    tail = [w.rstrip(".").lower() for w in line.split()[-4:]]
    first = following.split(None, 1)[0].lower() if following.strip() else ""
    if not tail or tail[-1] not in _titles_before_names() or first in words()["sentence_openers"]:
        return True  # no title, or the next line opens a sentence ("... Secretary / The ...")
    # "... the resignation of the President", "... the Swiss President": a whole noun
    # phrase, the title's own, no name to follow; but "said the Prime Minister / Boris
    # Johnson": a speaker's title, whose name the next line gives
    determiners = words()["determiners"] | words()["possessives"]
    determined = next((k for k, w in enumerate(tail[:-1]) if w in determiners), None)
    if determined is None:
        return False
    return not (determined > 0 and tail[determined - 1] in words().speech)


@cache
def _titles_before_names() -> frozenset[str]:
    return joined("role_heads", "honorifics", "title_abbreviations")


# A part's number at a line's opening: "Item 7.01", "Section 4", "7.01", "(d)", "99.1"
_ENUMERATOR = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVX]{1,4}[.)]|\([a-z0-9]{1,3}\))\s+(?=\S)"
)
# A stop, then the next part's number: "(d) Exhibits. 99.1 Press release dated ..."
_NEXT_PART = re.compile(r"(?<=\.)\s+(?=(?:\d{1,3}(?:\.\d{1,3})+|\([a-z0-9]{1,3}\))\s)")


def enumerated_heading(line: str) -> bool:
    """A numbered part's heading, its closing stop a form's, not a sentence's: a part's
    number, then a name of capitalised words with no verb ("Item 7.01 Regulation FD
    Disclosure.", "Section 4. Definitions."), or of the form's entries, each numbered
    ("(d) Exhibits. 99.1 Press release dated June 8, 2027."). A numbered sentence
    ("1. Troops crossed the river.") has its verb."""
    if len(line.split()) > HEADLINE_WORDS:
        return False
    parts = _NEXT_PART.split(line.strip())
    particles = name_particles()
    for at, part in enumerate(parts):
        number = _ENUMERATOR.match(part)
        if number is None:
            return False
        named = part[number.end() :].rstrip(".").split()
        if not named or not named[0][:1].isupper():
            return False
        # (the first part a name, no verb; the entries under it, each numbered, may
        # describe: "99.1 Press release dated June 8, 2027")
        if at == 0 and any(
            (not w[:1].isupper() and not w[:1].isdigit() and w.lower() not in particles)
            or finite_verb(w)
            for w in named
        ):
            return False
    return True
