"""The frozen dataclasses that flow between the pipeline stages.

Each stage takes and returns these, so a stage can be tested, swapped or reused
(batch, daily) without knowing about the others.

    ingest   : bytes            -> Document
    segment  : Document(s)      -> Corpus (Sentence list)
    stories  : Corpus           -> StoryGroups (the sources that report one event)
    rank     : Corpus           -> Ranking (score + preference order)
    select   : Ranking          -> Selection (the kept sentences, dangling ones repaired)
    classify : Sentence         -> Classification (section + per-section scores)
    extract  : Corpus           -> actors, figures, quotes
    compose  : all of the above -> Briefing
    render   : Briefing         -> bytes (md, html, pdf, json)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property, lru_cache
from typing import Literal, Protocol

BlockKind = Literal["heading", "paragraph"]


@lru_cache(maxsize=65_536)  # a digest asks it of a sentence for its story, then the pile
def text_key(text: str) -> str:
    """A sentence's identity across runs and outlets: case, punctuation and spacing
    differences do not make a sentence new."""
    import hashlib  # here: only daily runs need it, and OpenSSL's loading costs `--help`

    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:20]


def bullet_key(bullet: Bullet) -> str:
    """A bullet's identity across runs: its sentence's (`text_key`), the turn's label
    its print leaves off included. A later run of the day finds the bullets the day's
    brief showed among its sentences by it; keyed by the words shown, a transcript turn's
    two bullets were found nowhere, and the update lost them (r76 F7)."""
    return text_key(bullet.said)


@dataclass(frozen=True)
class Source:
    """Where a document came from; `number` is what bullets cite as [number:index]."""

    number: int
    path: str  # as the user gave it (the command line calls standard input "-")
    name: str  # file name shown in the brief
    sha256: str
    size: int
    date: str | None = None  # publication date and author, where a web page gave them
    author: str | None = None
    title: str | None = None  # the article's headline, where it has one
    outlet: str | None = None  # who published it (a feed's name), where known
    url: str | None = None  # where it was fetched from, where known
    # the page's editor's notes ("Correction: An earlier version said 27 dead ..."): no
    # sentence of the story, but what a reader of an earlier brief must be told (r46 H6)
    notes: tuple[str, ...] = ()
    # its title is a mail's Subject: a sender's label for a message, not a headline an
    # outlet published (see compose.titles.headline)
    title_is_subject: bool = False
    # its embargo line, as written ("EMBARGOED UNTIL 06:00 GMT ..."), and when it lifts, an
    # ISO instant in UTC (None with a line: no end could be read); brief.ingest.embargoes
    embargo: str | None = None
    embargo_until: str | None = None
    # the number of the source that replaces this one as a later version of its wire item
    # (brief.pipeline.versions; its note says so to readers): what a daily run told of
    # this one is told of that one (brief.daily.late). Not in the JSON (docs/json.md)
    replaced_by: int | None = None
    # which version of its wire item its headline's slug says it is ("UPDATE 2-": 2,
    # "WRITETHRU-": 1, none: 0; brief.ingest.slugs.update_number): a later one replaces
    # the earlier (brief.pipeline.versions). Not in the JSON, as its title has no slug
    update: int = 0


@dataclass(frozen=True)
class Block:
    """A heading or a paragraph of the article, in reading order."""

    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Document:
    """One article after ingest: clean Unicode text split into blocks."""

    source: Source
    title: str | None
    blocks: tuple[Block, ...]
    date: str | None = None
    author: str | None = None
    # how many numbered items it lists, "1)" or "1." opening a line each: a newsletter's
    # or a news-in-brief column's (see brief.stories.roundups)
    items: int = 0

    @cached_property
    def looks_like(self) -> str | None:
        """The language its text looks to be in (`brief.language.detect`), or None when
        that cannot be told. Found once, by whichever process reads the document: a
        value found in the child that reads half an inbox comes back with it, pickled."""
        from brief.language import detect

        return detect("\n".join(block.text for block in self.blocks))


class CitedText(Protocol):
    """A sentence as the stages after compose read it too: its text and its citation (a
    Sentence, or a brief's SentenceRecord), so one reader serves both."""

    @property
    def text(self) -> str: ...
    @property
    def source(self) -> int: ...
    @property
    def index(self) -> int: ...


@dataclass(frozen=True)
class Sentence:
    """One sentence of one source. `index` is 1-based within its source."""

    text: str
    source: int
    index: int
    paragraph: int  # 0-based paragraph number within its source
    heading: str | None = None  # the subheading the sentence sits under, if any

    @property
    def ref(self) -> str:
        return cite((Mention(self.source, self.index),))


@dataclass(frozen=True)
class Corpus:
    """All sentences of all documents, in reading order (source, then index)."""

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]

    @property
    def title(self) -> str | None:
        titles = [d.title for d in self.documents if d.title]
        return titles[0] if titles else None


@dataclass(frozen=True)
class Ranking:
    """A score per sentence (aligned with Corpus.sentences) and the preference order.

    `order` lists sentence positions best first; it may differ from sorting by
    score when a ranker does its own redundancy control (MMR).
    """

    algorithm: str
    scores: tuple[float, ...]
    order: tuple[int, ...]


@dataclass(frozen=True)
class Classification:
    """The section a sentence belongs to, with every section's score to explain why."""

    section: str
    scores: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Mention:
    """Where an actor, figure or quote was found."""

    source: int
    index: int

    @property
    def ref(self) -> str:
        return cite((self,))


def cite(mentions: Sequence[Mention]) -> str:
    """The one way a citation is written: "[2:14]", "[1:4; 2:7]"."""
    return "[" + "; ".join(f"{m.source}:{m.index}" for m in mentions) + "]"


ActorKind = Literal["person", "country", "organisation"]


@dataclass(frozen=True)
class Actor:
    name: str
    kind: ActorKind
    role: str | None
    mentions: int
    sentences: tuple[Mention, ...]
    # The sentence that gives the role: a title holds on the source's date, and in a
    # digest it may be another article's, so the reader can see which says it.
    role_cited: Mention | None = None
    # The other ways the text writes the name ("Sergei Lavrov" of "Sergey Lavrov",
    # "TimeWarner" of "Time Warner"): a speaker is found by them too.
    spellings: tuple[str, ...] = ()


FigureKind = Literal["count", "date", "money", "percent", "measure"]
# How a figure's value reads against its text: the least it says ("at least 74", "hundreds
# of", a range's lower bound), the most ("up to 10"), or an estimate ("about 300").
FigureBound = Literal["min", "max", "approx"]


@dataclass(frozen=True)
class Figure:
    """A number with what it counts ('100,000 Russian soldiers') or a date ('February 10-20')."""

    text: str
    kind: FigureKind
    value: float | None
    unit: str | None
    sentence: Mention
    # ISO date or year, for the timeline, where one can be told; in a Briefing, the date
    # the figure is of, which compose decides for every renderer (compose.briefing._dated)
    date: str | None = None
    bound: FigureBound | None = None  # None: the value is the number as written
    # History, not the news: its own clause dates it in a year before its source's ("the
    # clash in June 2020 that killed 20 Indian soldiers" in a 2027 report), sets it before
    # an event the sentence names ("had been killed before this week's attack"), or gives
    # an earlier day's report its article tells again since (see figures.earlier_counts).
    past: bool = False
    # What a rate is per ("day" of "900,000 barrels per day", "barrel" of "$81.42 a
    # barrel", "MWh"), None for no rate: a sum's unit stays its currency, so its per is
    # told only here (a measure's unit says it too: "barrels per day").
    per: str | None = None
    # Who gives it, where its own sentence says so ("OCHA" of "..., according to OCHA"),
    # None where the sentence names no one (see figures.sayers).
    sayer: str | None = None
    # The number a range runs to, or a change reaches, where `value` is where it starts:
    # 11,600 of "$10,800-11,600", 8,150 of "from $6,800 to $8,150" (figures.ranges.range_end).
    to: float | None = None


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    actor: str | None  # the Actor.name the speaker resolved to
    sentences: tuple[Mention, ...]
    # who the quote's own sentence says denies what it claims, as written ("..., which
    # Poland's Foreign Ministry has denied"): the row is printed with its denial (r74 F15)
    denied_by: str | None = None


@dataclass(frozen=True)
class Bullet:
    """One selected sentence as it appears in the brief."""

    text: str
    source: int
    index: int
    score: float
    section: str
    cited: tuple[Mention, ...] = ()  # every source carrying this sentence (near-duplicates)
    new: bool = False  # daily briefs: not in the previous brief
    # the one whose turn of a printed exchange the sentence opens, its label taken off the
    # text ("CZERWIŃSKA: Four ... remain" shows "Four ... remain", said by Joanna
    # Czerwińska), where the quotes give it a speaker (compose.briefing)
    speaker: str | None = None
    label: str = ""  # the turn's label taken off the text ("CZERWIŃSKA: "), for the JSON

    @property
    def said(self) -> str:
        """The sentence's words as its article gives them, a turn's label included: what
        the bullet is known by across runs (`bullet_key`)."""
        return self.label + self.text

    @property
    def ref(self) -> str:
        return cite(self.cited or (Mention(self.source, self.index),))


@dataclass(frozen=True)
class StoryGroup:
    """The stories stage's output: the sources that report one event.

    A wire text republished by several outlets is one text carried by several sources:
    `copies` maps each such copy to the source whose text it repeats (both in `sources`),
    so it is cited, but never counted as an independent report.
    """

    sources: tuple[int, ...]  # source numbers, ascending
    copies: Mapping[int, int] = field(default_factory=dict)  # copy -> original
    # sentences of its sources that tell other events: a roundup's other items
    elsewhere: frozenset[Mention] = frozenset()
    # its sources that tell several events (a newsletter, a market close): their
    # headlines name them all, not its event
    roundups: frozenset[int] = frozenset()

    @property
    def independent(self) -> tuple[int, ...]:
        """The sources that are not copies of another."""
        return tuple(s for s in self.sources if s not in self.copies)


StoryStatus = Literal["new", "developing"]


@dataclass(frozen=True)
class Story:
    """One story of a digest: its headline, sources and its own cited bullets."""

    id: str  # stable across daily runs: a story seen before keeps its id
    title: str
    sources: tuple[int, ...]
    independent: int  # how many of its sources are not copies of another
    section: str  # profile section key, judged from all its sentences; OTHER when none fits
    bullets: tuple[Bullet, ...]  # its lead first, then by source in text order; no repeats
    actors: tuple[str, ...] = ()  # its main actors' names
    relevance: float = 0.0  # to the profile (watch list and section cues)
    relevant: bool = True  # False: listed under "Also in the inbox"
    watched: bool = False  # it names a term of the profile's watch list
    status: StoryStatus | None = None  # set when there is a previous brief
    since: str | None = None  # ISO date the story was first briefed (developing stories)
    # a daily run: a point of it is news of the day, marked new in this brief or in the
    # day's earlier one (a later run of the day marks new only what came since: the
    # morning's news of a developing story is still the day's, r76 F18). Not in the JSON.
    news_today: bool = False
    # (copy, original) for each source that repeats another's text (StoryGroup.copies):
    # a late run's copy of a report the day's earlier brief told is that story's
    # (brief.daily.late.told_owners). Not in the JSON.
    copies: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    bullets: tuple[Bullet, ...]


@dataclass(frozen=True)
class SentenceRecord:
    """Every input sentence with why it was or was not chosen (for the JSON output)."""

    text: str
    source: int
    index: int
    score: float
    section: str
    selected: bool
    section_scores: Mapping[str, float]


@dataclass(frozen=True)
class TimelineEvent:
    date: str  # sortable ISO-ish: "2022", "2022-02", "2022-02-10"
    label: str  # the figure text, e.g. "February 10-20"
    text: str  # the sentence it came from
    sentence: Mention
    # the body whose own release the sentence is, where it names no sayer of its own
    # (compose.issuers): a party's account, not the brief's fact (r73 F12)
    issuer: str | None = None
    # the one whose turn of a printed exchange the sentence opens, its label ("RADU: ")
    # taken off `text` and kept in `turn_label`, where the quotes give the turn a speaker
    # (compose.briefing, as `Bullet.speaker`): the print shows the speaker after the
    # citation, as a bullet's; such a row has no issuer
    speaker: str | None = None
    turn_label: str = ""


# what a Withdrawn's words are: "" for words and counts a source takes back, "story" for
# the headline of a story a wire's kill notice withdraws, "version" for words a wire's
# corrected version of its story changes, "day" for the day of an event a report of its
# story now says was another ("on Sunday, and not early on Monday as first reported"),
# "note" for the words an outlet's note says its earlier copy described someone by
WithdrawnKind = Literal["", "story", "version", "day", "note"]


@dataclass(frozen=True)
class Withdrawn:
    """Words an earlier brief sent that a source of this one takes back (a daily run's:
    "Colonel X did not make that remark"): the reader was told them, and is told plainly
    that they no longer stand, not only by a note under Sources."""

    words: str  # as the text that takes them back quotes them
    source: int  # the source whose note or sentence takes them back
    # a count corrected: the sentence of `source` that corrects the count `words` gave
    # ("four of its workers, not three as first reported"); "" for words taken back. For
    # a story a wire killed, the notice's sentence; for a corrected version, its note
    correction: str = ""
    # "story": `words` is the headline of a story an earlier brief told that a wire's kill
    # notice (`source`) withdraws; "version": the words a version of a wire's story
    # (`source`) corrects, as its note gives them; "day": the words that dated an event
    # by the day `correction` says it did not fall on; "note": the words an outlet's note
    # (`correction`) says its earlier copy described someone by ("described X as
    # Algeria's foreign minister"); "" for the words and counts above
    kind: WithdrawnKind = ""

    @property
    def notice(self) -> str:
        """The sentence that tells the reader, the same in the brief's "Withdrawn since an
        earlier brief" and under the mail's CORRECTION line."""
        if self.kind == "story":
            said = f"An earlier brief told the story “{self.words}”; source {self.source}, "
            said += "the wire's kill notice, withdraws it"
        elif self.kind == "version":
            # a wire's or a newspaper's: "the wire's" had named the Courier a wire (r70 F7)
            said = f"An earlier brief gave “{self.words}”; source {self.source}, a corrected "
            said += "version, corrects it"
        elif self.kind == "day":
            said = f"An earlier brief gave “{self.words}”; source {self.source} corrects the day"
        elif self.kind == "note":
            said = f"An earlier brief gave “{self.words}”; source {self.source}'s note corrects it"
        elif self.correction:
            # "the figure": a count of people or an amount of money alike (r75: "corrects
            # the count" of 61.2 billion euros)
            said = f"An earlier brief gave “{self.words}”; source {self.source} corrects the figure"
        else:
            return (
                f"The reports of an earlier brief quoted “{self.words}”; source {self.source}"
                " takes these words back."
            )
        return f"{said}: {self.correction}" if self.correction else f"{said}."


@dataclass(frozen=True)
class Briefing:
    """Everything a renderer needs; renderers never look back at the sources."""

    title: str
    generated: datetime
    sources: tuple[Source, ...]
    profile: str
    algorithm: str
    bottom_line: Bullet | None
    summary: tuple[Bullet, ...]  # the top N in rank order
    sections: tuple[Section, ...]  # in profile order, bullets in reading order
    actors: tuple[Actor, ...]
    figures: tuple[Figure, ...]
    quotes: tuple[Quote, ...]
    sentences: tuple[SentenceRecord, ...]
    timeline: tuple[TimelineEvent, ...] = ()
    stories: tuple[Story, ...] = ()  # in order of importance; empty before grouping
    feed_health: tuple[str, ...] = ()  # feeds that failed (brief.collect.FetchReport.health)
    set_aside: tuple[str, ...] = ()  # a daily run's inbox files it could not read: "NAME: why"
    withdrawn: tuple[Withdrawn, ...] = ()  # a daily run's: what it sent before, taken back
    # a daily run's later version of the day's brief: when the brief it updates was made
    # (that one's `generated`), so whatever sends it says it is an update (r74)
    update_of: str | None = None
