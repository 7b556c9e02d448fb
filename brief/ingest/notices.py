"""A wire's kill notice: the agency telling its clients that a story it sent is taken back
whole, not corrected ("The story headlined "Police arrest ...", issued on March 9, is
withdrawn. There will be no substitute story.", "Editors: Please kill the item headlined
...", dpa's "Please kill item dpa 157 "U.S. launches Mars rocket"").

Wires word these notices the same way whoever sends them: a verb of taking copy back
(furniture.toml's kill_verbs), as an order to the editors (its plain form opening the
sentence, after "Please" or a label such as "Editors:") or in the passive ("is
withdrawn", "has been killed": kill_participles), of an item of copy (kill_item_nouns)
that the notice names by its headline in quotation marks or by its slug
(kill_naming_words: "headlined", "slugged"); in the passive, the item is its subject.
A notice is short and says so at its top: such a sentence within its first paragraphs
(`OPENS_WITHIN`), in a text of at most `NOTICE_PARAGRAPHS`. A longer article that tells
of a kill (a media story) is news, and is read as such.

The notice is no story: none of its sentences is a bullet, a quote or a title, and its
words are the page's note, shown under its source (`as_notice`). The story it names is
withdrawn by brief.pipeline.versions, and a daily run says so when an earlier brief told
it (brief.daily.novelty.wire_versions). Only a story the notice names is ever withdrawn:
its headline as the notice quotes it, case and punctuation aside (`same_headline`), sent
no later than the notice, by the notice's own outlet (or, for an order to the editors,
where either outlet is unknown). A notice that names a story by its slug alone withdraws
nothing: no story keeps its slug to be matched by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from brief.extract.lexicon import alternation, spaced_alternation
from brief.ingest.furniture import lists
from brief.ingest.slugs import without_slug
from brief.models import Document

OPENS_WITHIN = 3  # paragraphs (and lines above them) a notice's kill sentence stands in
NOTICE_PARAGRAPHS = 8  # the most paragraphs a notice runs to


@dataclass(frozen=True)
class Kill:
    """A kill: the sentence that says it, the headlines it names (a kill by slug names
    none: brief keeps no story's slug to match it by, so it withdraws nothing, though the
    notice is still no story), and whether it is an order to the editors ("Please kill
    ..."), the form only a wire's notice takes, where a passive ("... is withdrawn") may
    also be a report's news of someone else's copy."""

    sentence: str
    headlines: tuple[str, ...] = ()
    ordered: bool = False


def kill_in(text: str) -> Kill | None:
    """The kill a paragraph or note says, if it says one (see the module's docstring)."""
    for sentence in _SENTENCE.split(text.strip()):
        kill = _kill_sentence(sentence)
        if kill is not None:
            return kill
    return None


def as_notice(document: Document) -> Document:
    """The document, or, when it is a wire's kill notice, the same with no text: its
    paragraphs are the page's notes (shown under its source, read by the pipeline and a
    daily run for the story they withdraw), and it has no sentence to brief."""
    blocks = document.blocks
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    if not paragraphs or len(paragraphs) > NOTICE_PARAGRAPHS:
        return document
    if not any(kill_in(b.text) for b in blocks[:OPENS_WITHIN]):
        return document
    notes = tuple(dict.fromkeys([*(b.text for b in paragraphs), *document.source.notes]))
    return replace(document, blocks=(), source=replace(document.source, notes=notes))


def kills_of(notes: tuple[str, ...]) -> list[Kill]:
    """The kills a source's notes say (a notice's paragraphs, an editor's note)."""
    return [kill for note in notes if (kill := kill_in(note)) is not None]


def fold_headline(title: str) -> str:
    """A headline as compared: without a wire's slug, case, quotation marks and
    punctuation aside."""
    return " ".join(re.findall(r"[^\W_]+", without_slug(title).casefold()))


def same_headline(named: str, title: str | None) -> bool:
    """Whether a title is the headline a notice names (see `fold_headline`)."""
    return bool(title) and bool(named) and fold_headline(named) == fold_headline(title or "")


# Where a sentence of a note ends: a stop and a space before a capital or a quote's mark.
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“‘'(])")
# What a headline in quotation marks is: a run within one pair of them.
_QUOTED = r"(?:[\"“](?P<double>[^\"“”]{3,300})[\"”]|[‘'](?P<single>[^‘’']{3,300})[’'](?!\w))"
# A wire's slug: a word with a capital and a hyphen or slash in it ("Limbaugh-Painkillers",
# "US-SPACE/"), or a word in capitals.
_SLUG = r"(?P<{name}>[A-Z][\w]*(?:[-/][\w]+)+/?|[A-Z]{{3,}}[\w]*)"
# One with a hyphen or slash in it only, where no naming word says it is one.
_HYPHENED = r"(?P<bare>[A-Z][\w]*(?:[-/][\w]+)+/?)"


def _kill_sentence(sentence: str) -> Kill | None:
    """A kill, if the sentence says one: a named item and a verb that takes it back."""
    named = _named().search(sentence)
    if named is None:
        return None
    ordered = any(m.start() < named.start() for m in _ordered().finditer(sentence))
    # the passive's subject is the named item itself, right after it or past an aside
    # ("..., issued on March 9, is withdrawn"): 'A report titled "X" said 40 routes are
    # scrapped' takes back no copy
    passive = _passive().match(sentence, named.end()) is not None
    if not (ordered or passive):
        return None
    headline = named["double"] or named["single"]
    headlines = (headline.strip(),) if headline else ()
    return Kill(sentence.strip(), headlines=headlines, ordered=ordered)


@cache
def _named() -> re.Pattern[str]:
    """An item of copy and what names it: "the story headlined "..."", "item dpa 157
    "..."", "the story slugged Dam-Collapse", "the story Limbaugh-Painkillers"."""
    found = lists()
    nouns = alternation(found.kill_item_nouns)
    naming = alternation(found.kill_naming_words)
    # a few words between the noun and its headline: an agency and a number ("item dpa
    # 157"), a date ("issued on March 9"), never a stop
    between = r"(?:[\s,]+[\w.’'-]+){0,4}?"
    return re.compile(
        rf"\b(?i:{nouns})\b{between}(?:[\s,]+(?i:{naming}))?[\s,:]*{_QUOTED}"
        rf"|\b(?i:{nouns})\b[\s,]+(?i:{naming})[\s:]+{_SLUG.format(name='slug')}"
        rf"|\b(?i:{nouns})\s+{_HYPHENED}(?=[\s,.;]|\Z)"
    )


@cache
def _ordered() -> re.Pattern[str]:
    """An order to take copy back: its verb opening the sentence, after a label's colon
    or a dateline's dash ("Editors: Eliminate ...", "WEST PALM BEACH, Fla. - Please kill
    ..."), or after "Please"."""
    verbs = alternation(lists().kill_verbs)
    return re.compile(rf"(?:\A[\W_]*|\bplease\s+|[:—–-]\s+)(?:{verbs})\b", re.IGNORECASE)


@cache
def _passive() -> re.Pattern[str]:
    """A verb of taking copy back in the passive, as a notice says it: "is withdrawn",
    "has been killed", "is being withdrawn"; not "may be", "is not", nor a past told as
    news with its agent ("was withdrawn by the ministry on Monday")."""
    participles = alternation(lists().kill_participles)
    auxiliaries = spaced_alternation(lists().kill_auxiliaries)
    aside = r"(?:\s*,[^,;]{1,80},)?"  # ", issued on March 9,"
    return re.compile(
        rf"{aside}\s*(?:{auxiliaries})\s+(?:\w+ly\s+)?(?:{participles})\b(?!\s+by\b)",
        re.IGNORECASE,
    )
