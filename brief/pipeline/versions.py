"""What a wire takes back whole: a story its kill notice withdraws, and a version of a
story that a later version corrects. Neither is read at all: no bullet, bottom line,
title, key figure, quote or actor comes from it, and it counts as no report of its story
(the corrected version had counted the story's wire twice, as two sources, r68 F3).

A wire does not correct a sentence, it sends the story again: "(Corrects name of interior
minister in paragraph 4 to Lena Marosh, not Anton Keller)" heads a new version of the
same item under the same link, every other paragraph as it was. Read beside the earlier
version, the wrong name stood beside the right one with nothing to say which is right
(r68 F2). So the version is the unit, as it is for the wire's clients, who replace it:

- a kill notice (brief.ingest.notices) withdraws each story it names by its headline,
  from its own outlet and sent no later than it (an order to the editors also where
  either outlet is not known: `_killed_by`), and its own text is no story either (ingest
  made it notes);
- a version with a note about its page that another version of the same item lacks (a
  correction added since: its notes hold all the other's, and more) replaces that one.
  The same item is the same outlet and the same link, or the same headline, and the
  text of the earlier one is mostly the later one's (`SHARED`): a feed that links all its
  items to one page has no versions by it;
- a report whose text says its own outlet's earlier report gave a count wrong ("not
  four as Caspar Radio reported earlier", in Caspar Radio's report: `_own_corrections`)
  replaces that report of its outlet, not dated after it, that gives the count (`_gave_wrong`),
  under whatever link or headline: an outlet's corrected story is its version.

What is withdrawn keeps its place among the sources, with no text and a note that says
by which source, so a reader of the brief's Sources sees why it tells nothing. A daily
run tells a reader of an earlier brief what it told that no longer stands
(brief.daily.novelty.wire_versions). Only what a notice names, or a version of the same
item replaces, is ever withdrawn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from brief.ingest.notices import kills_of, same_headline
from brief.models import Corpus, Document, Sentence, Source

if TYPE_CHECKING:
    from brief.extract.figures.earlier_counts import Correction

# The share of the earlier version's paragraphs, as written, that the later one must hold
# to be a version of the same item.
SHARED = 0.5


def without_withdrawn(documents: Sequence[Document]) -> list[Document]:
    """The documents, each one a kill notice withdraws or a later version replaces left
    with no text and a note that says so (see the module's docstring)."""
    # each withdrawn document's note, and the later version that replaces it, if one does
    withdrawn: dict[int, tuple[str, int | None]] = {}
    for notice in documents:
        for kill in kills_of(notice.source.notes):
            for document in documents:
                number = document.source.number
                if (
                    document is not notice
                    and number not in withdrawn
                    and _killed_by(kill.ordered, notice, document)
                    and any(same_headline(h, document.source.title) for h in kill.headlines)
                ):
                    withdrawn[number] = (_WITHDRAWN.format(notice.source.number), None)
    # (only a version with notes about its page may replace another: most have none)
    for later in [d for d in documents if d.source.notes and d.blocks]:
        for earlier in documents:
            number = earlier.source.number
            if number not in withdrawn and _replaces(later, earlier):
                replacer = later.source.number
                withdrawn[number] = (_REPLACED.format(replacer), replacer)
    # (and one whose text says its outlet's earlier report gave a count wrong: "three
    # ..., not four as Caspar Radio reported earlier", r78 F2)
    for later in documents:
        for correction in _own_corrections(later) if later.source.number not in withdrawn else ():
            for earlier in documents:
                number = earlier.source.number
                if number not in withdrawn and _gave_wrong(earlier, later, correction):
                    replacer = later.source.number
                    withdrawn[number] = (_REPLACED.format(replacer), replacer)
    # (and one whose slug numbers it a later update of the item: "UPDATE 1-", "WRITETHRU-")
    for later in sorted(documents, key=lambda d: -d.source.update):
        if later.source.number in withdrawn or not later.source.update:
            continue
        for earlier in documents:
            number = earlier.source.number
            if number not in withdrawn and _updates(later, earlier):
                replacer = later.source.number
                withdrawn[number] = (_UPDATED.format(replacer), replacer)
    if not withdrawn:
        return list(documents)
    return [
        _emptied(document, *withdrawn[document.source.number])
        if document.source.number in withdrawn
        else document
        for document in documents
    ]


# The notes a document withdrawn or replaced gets, naming the source that does it.
_WITHDRAWN = "Withdrawn by source {}, the wire's kill notice."
_REPLACED = "Replaced by source {}, a version that corrects it."
_UPDATED = "Replaced by source {}, a later version of it."


def is_taken_back(source: Source) -> bool:
    """Whether a source with no text is a kill notice or what a notice or a later version
    took back (the notes `without_withdrawn` reads and writes), not a page with nothing
    to read."""
    written = tuple(note.split("{}")[0] for note in (_WITHDRAWN, _REPLACED, _UPDATED))
    return bool(kills_of(source.notes)) or any(n.startswith(written) for n in source.notes)


def _emptied(document: Document, note: str, replaced_by: int | None) -> Document:
    """The document with no text and no headline of its own to lend a story, its note
    added to its source's for readers, and the later version that replaces it set on its
    source for the code that follows it (brief.daily.late.told_owners)."""
    notes = (*document.source.notes, note)
    source = replace(document.source, notes=notes, replaced_by=replaced_by)
    return replace(document, blocks=(), title=None, source=source)


def _killed_by(ordered: bool, notice: Document, document: Document) -> bool:
    """Whether a notice may withdraw a document: one of its own outlet, sent no later
    than the notice (a substitute sent after under the same headline stands). An order to
    the editors ("Please kill ...") is a wire's notice by its form, so it may withdraw
    copy whose outlet is not known; a passive ("... has been withdrawn") from an unknown
    outlet may be a report of someone else's copy, and withdraws only its own outlet's."""
    if _day(document) and _day(notice) and _day(document) > _day(notice):
        return False
    if ordered:
        return _same_outlet(notice, document)
    first, second = notice.source.outlet, document.source.outlet
    return bool(first and second) and _same_outlet(notice, document)


def _day(document: Document) -> str:
    """The document's day as ISO "YYYY-MM-DD", or "" where it is not known."""
    date = (document.source.date or document.date or "")[:10]
    return date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else ""


def _same_outlet(one: Document, other: Document) -> bool:
    """Whether two documents are of one outlet, or either's outlet is not known."""
    first, second = one.source.outlet, other.source.outlet
    return not first or not second or first.casefold() == second.casefold()


def _replaces(later: Document, earlier: Document) -> bool:
    """Whether `later` is a later version of the item `earlier` is: the same item (see
    the module's docstring), and notes about its page that `earlier` lacks, besides all
    those `earlier` has."""
    if later is earlier or not later.blocks or not earlier.blocks:
        return False
    notes, before = set(later.source.notes), set(earlier.source.notes)
    if not notes > before:
        return False
    if not (later.source.outlet and earlier.source.outlet and _same_outlet(later, earlier)):
        return False
    same_link = bool(later.source.url) and later.source.url == earlier.source.url
    if not same_link and not same_headline(earlier.source.title or "", later.source.title):
        return False
    own = [b.text for b in earlier.blocks if b.kind == "paragraph" and b.text not in before]
    theirs = {b.text for b in later.blocks if b.kind == "paragraph"}
    return bool(own) and sum(text in theirs for text in own) >= SHARED * len(own)


def _own_corrections(document: Document) -> list[Correction]:
    """The counts a document's text says its own outlet gave wrong: a correction of a
    count (earlier_counts.corrections: ", not four as ... reported") whose words after
    "as" name the outlet (`_names_outlet`: "not four as Caspar Radio reported earlier"
    in Caspar Radio English Service's report)."""
    from brief.extract.figures.earlier_counts import corrections

    outlet = _folded_words(document.source.outlet or "")
    if len(outlet) < 2 or not document.blocks:
        return []
    found = []
    for n, block in enumerate(document.blocks):
        if block.kind != "paragraph" or ", not " not in block.text:
            continue
        named = [m.end() for m in _SET_ASIDE_AS.finditer(block.text)]
        if not any(_names_outlet(block.text[at : at + _NAMING_REACH], outlet) for at in named):
            continue
        found += corrections([Sentence(block.text, document.source.number, n, 0)])
    return found


def _names_outlet(text: str, outlet: Sequence[str]) -> bool:
    """Whether `text` opens on the outlet's name (its words, folded): all of it, or its
    first two words and more where the name ends there ("Caspar Radio reported" of
    Caspar Radio English Service; not "Radio Free Europe reported" of Radio Free Asia)."""
    written = re.findall(r"[^\W_]+", text)
    said = 0
    while said < min(len(outlet), len(written)) and written[said].casefold() == outlet[said]:
        said += 1
    if said == len(outlet):
        return True
    return said >= 2 and (said == len(written) or not written[said][:1].isupper())


# How far after "as" an outlet's name may stand ("not four as Caspar Radio reported").
_NAMING_REACH = 60
# A count set aside and the "as" after it: ", not four as ".
_SET_ASIDE_AS = re.compile(r",\s+(?:and |but )?not \S+ (?:as|like) (?:the |its )?", re.IGNORECASE)


def _folded_words(text: str) -> list[str]:
    """The words of a text in small letters, without their punctuation."""
    return re.findall(r"[^\W_]+", text.casefold())


def _gave_wrong(earlier: Document, later: Document, correction: Correction) -> bool:
    """Whether `earlier` is the report its own outlet's `later` says gave a count wrong
    (`_own_corrections`): of the same outlet, not dated after it, and a paragraph of it
    gives the count set aside, of a noun the correction counts, and not the corrected
    one. The outlet's corrected report is its version of that one, as a wire's corrected
    version is: what else the earlier said wrong goes with it (the driver it had counted
    among the freed, whom the later one's note names)."""
    from brief.extract.figures.earlier_counts import counts_of

    if earlier is later or not earlier.blocks or not _same_outlet(earlier, later):
        return False
    if not (earlier.source.outlet and later.source.outlet):
        return False
    if _day(earlier) and _day(later) and _day(earlier) > _day(later):
        return False
    return any(
        correction.corrects(counts_of(Sentence(block.text, earlier.source.number, n, 0)), None)
        for n, block in enumerate(earlier.blocks)
        if block.kind == "paragraph"
    )


def _updates(later: Document, earlier: Document) -> bool:
    """Whether `later` is a later update of the item `earlier` is, by the wire's slugs
    ("UPDATE 1-Roos wins ..." after "Roos leads ...", under the same link): of the same
    outlet, at the same link or under the same headline, numbered later by its slug
    (`Source.update`), sent no earlier (and the same day, where only the headline is
    the same), and telling the same event: at least `SHARED` of
    the words of the earlier one's first paragraph are in the later one's (an update
    rewrites its lede with the news, keeping whom and what it is about). Without a slug
    that numbers them, two texts under one link stand as two reports (a feed may link
    all its items to one page)."""
    if later is earlier or not later.blocks or not earlier.blocks:
        return False
    if later.source.update <= earlier.source.update:
        return False
    if not (later.source.outlet and earlier.source.outlet and _same_outlet(later, earlier)):
        return False
    if _day(later) and _day(earlier) and _day(later) < _day(earlier):
        return False
    same_link = bool(later.source.url) and later.source.url == earlier.source.url
    if not same_link and not same_headline(earlier.source.title or "", later.source.title):
        return False
    if not same_link and _day(later) != _day(earlier):
        return False  # a wire's daily headline again ("UPDATE 1-Oil rises ..."): a new item
    first, second = _lede_words(earlier), _lede_words(later)
    return bool(first) and len(first & second) >= SHARED * len(first)


def _lede_words(document: Document) -> set[str]:
    """The words of a document's first paragraph, folded."""
    lede = next((b.text for b in document.blocks if b.kind == "paragraph"), "")
    return set(re.findall(r"[^\W_]+", lede.casefold()))


def read_only(corpus: Corpus) -> Corpus:
    """The corpus without the documents that have no text (what a wire withdrew, its
    notices): no story is made of them, while they stay among the brief's sources."""
    if all(d.blocks for d in corpus.documents):
        return corpus
    return replace(corpus, documents=tuple(d for d in corpus.documents if d.blocks))
