"""An editor's note about the page: a paragraph that is the newsroom speaking about its
copy, not about the event.

A correction is written as a paragraph of its own, opened by a label and a colon
("Correction: ...", "Clarification: ...", "Editor's note: ...", perhaps with the day it
was made, "Correction 31 July 2017: ...") or by a sentence about the page ("An earlier
version of this article said ...", "This article has been amended to ..."). Its later
sentences carry no label: "That figure referred to people treated for injuries. Nine
people had been confirmed dead in the town at that time. We apologise for the error."
Read one by one they pass for the story's own (r46 H6 had the apology as a bullet and
the corrected figure, without its place and time, as the bottom line), so the note is
known by its paragraph's opening and the whole paragraph is set aside: it stays on the
Document as a block, for whoever shows a page's corrections (`page_notes`), and segment
makes no sentence of it. The labels and openers are furniture.toml's page_note_labels
and correction_openers, and an opener about the newsroom's earlier copy in general
(`_earlier_copy`: "An earlier headline on this story said 40 had died", r58 #11).
A translator's note (translation_note_labels: "Translator's note: "mahalla" is rendered
as "neighbourhood". Times are local.") is set aside so too, but shown nowhere: it glosses the
translation's words, and corrects nothing a reader was told.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from brief.extract.lexicon import alternation, words
from brief.ingest.furniture import label_forms, lists
from brief.models import Block, Document

# What may stand before the label: space, an opening bracket, a quote's mark or a dash.
_OPENING = r"[\s(\[*_—–-]*"
# The day a note was made, between its label and the colon ("Correction 31 July 2017:",
# "Clarification (Dec. 3):", "Correction, Jan. 28, 2030:"): a short run with a figure in
# it and no stop but a month's abbreviated, a word's stop before a space (the AP's "Jan.
# 28" had kept a trade paper's dated correction as its lede, which named the other
# country's regulator it had confused: pile36).
_DAY_CHARACTER = r"(?:[^:.\n]|(?<=[A-Za-z])\.(?= ))"
_DAY = rf"(?:[\s,(]+{_DAY_CHARACTER}{{0,24}}?\d{_DAY_CHARACTER}{{0,16}}?)?"


@cache
def _note() -> re.Pattern[str]:
    found = lists()
    labels = label_forms(found.page_note_labels)
    translation = label_forms(found.translation_note_labels)
    openers = alternation(found.correction_openers)
    return re.compile(
        rf"{_OPENING}(?:(?:(?P<translation>{translation})|{labels}){_DAY}\s*:"
        rf"|(?i:{openers})\b|(?i:{_earlier_copy()}))"
    )


def _earlier_copy() -> str:
    """ "An earlier headline said ...", "A previous caption on this story misidentified
    ...", "The original version of this article gave ...": an earlier part of the page
    with a verb of what it said, or "of/on this" after it; an earlier version or draft only
    with "of/on this" (an earlier version of a bill, a treaty, is news)."""
    found = lists()
    # the adjectives of an earlier report of a count ("the earlier toll") date an earlier
    # copy of the page too; "initial" is the first of those that came before this one
    earlier = words()["earlier_report_adjectives"] | {"initial"}
    this = r"\s+(?:of|on|in|for)\s+this\b"
    copy = alternation(found.correction_copy_nouns)
    verbs = alternation(found.correction_copy_verbs)
    version = alternation(found.correction_version_nouns)
    return (
        rf"(?:an?|the)\s+(?:{alternation(earlier)})\s+"
        rf"(?:(?:{copy})(?:{this}|\s+(?:{verbs})\b)|(?:{version}){this})"
    )


def is_page_note(paragraph: str) -> bool:
    """Whether the paragraph is an editor's note about the page (every sentence of it)."""
    return _note().match(paragraph) is not None


def notes_as_paragraphs(document: Document) -> Document:
    """The document with each heading that is a note about the page made a paragraph: a
    wire's correction, a short line with no stop ("(Corrects name of minister in
    paragraph 4 to ...)"), reads as a heading to the layout, and would head the story's
    sentences instead of being set aside and shown as a note."""
    if not any(b.kind == "heading" and _note().match(b.text) for b in document.blocks):
        return document
    blocks = tuple(
        Block("paragraph", b.text) if b.kind == "heading" and _note().match(b.text) else b
        for b in document.blocks
    )
    return replace(document, blocks=blocks)


def page_notes(document: Document) -> tuple[str, ...]:
    """The document's editor's notes about its page (a correction, a clarification), in
    reading order: what a brief's Sources could show beside the article. A translator's
    note is none of them."""
    return tuple(
        block.text
        for block in document.blocks
        if block.kind == "paragraph"
        and (found := _note().match(block.text)) is not None
        and not found["translation"]
    )
