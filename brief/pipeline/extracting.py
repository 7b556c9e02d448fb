"""Actors, quotes and figures, and a digest's covers of its stories: the works of the
extraction child, a process forked beside this one once the sentences exist
(`brief.limits.Beside`), and how the two processes share them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

from brief.dedupe import group_duplicates
from brief.extract.lexicon import gazetteer, words
from brief.limits import Beside
from brief.models import (
    Actor,
    Corpus,
    Figure,
    Mention,
    Quote,
    Ranking,
    Sentence,
    Story,
    StoryGroup,
    TimelineEvent,
)
from brief.pipeline.choosing import unsent_positions
from brief.pipeline.classifying import Part, classify_part
from brief.pipeline.drafts import (
    DraftInputs,
    compose_stories,
    story_covers,
    story_drafts,
    story_positions,
)
from brief.pipeline.outdated import Outdated, outdated
from brief.pipeline.parts import PARTS
from brief.rank import RankContext, rank
from brief.selection.not_news import other_events, told_elsewhere

if TYPE_CHECKING:
    from brief.extract import quotes as quotes_module
    from brief.profiles import Profile
    from brief.story_profile import Placement


@dataclass(frozen=True)
class Extracts:
    actors: tuple[Actor, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()


def extract(
    unique: Sequence[Sentence],
    extraction: Beside,
    works: Works,
    figures: Callable[[], tuple[Figure, ...]],
    meanwhile: Callable[[], object] | None,
    told: frozenset[int] | None,
    published: Mapping[int, str],
    outlet_dollars: Mapping[int, str] | None = None,
) -> Extracts:
    """Actors, figures, quotes and the timeline; a duplicate sentence is one mention.
    Figures first: this process finds them (`figures_ahead`, `figures_of`) while the child
    is still on actors and quotes, but for a digest's, which the child makes once this
    process has placed the stories, unless this process gets to them first (`Works`).
    Actors are read before quotes: unpickling them overlaps the child's work on quotes,
    which need them; so does the timeline. Then,
    before this process waits for them, `meanwhile`: at 1,601 sentences this process
    waited 0.06 s for the child's actors and quotes, and then loaded the renderer. A
    digest's quotes come in parts (see `parts`): this process makes the last ones
    the child has not begun.

    A digest's figures and quotes are those of the stories the profile keeps (see
    `kept_sources`); `told`, the sources of the stories it reports in full (whose rows
    the brief shows, compose.briefing), are among them unless none of those has a
    bullet: when none of the rows cites a story told in full, all are made."""
    from brief.compose.briefing import rows_about
    from brief.extract.figures import timeline

    found_figures = figures()
    if told is not None and not rows_about(found_figures, lambda f: (f.sentence,), told):
        found_figures = figures_of(unique, published, outlet_dollars)
    events = timeline(found_figures, unique)
    if meanwhile is not None:
        meanwhile()
    found_actors = works.actors.take(extraction.result(works.actors))
    found_quotes = tuple(q for part in from_both(extraction, works.quotes) for q in part)
    if told is not None and not rows_about(found_quotes, attrgetter("sentences"), told):
        from brief.extract.quotes import find_quotes

        found_quotes = find_quotes(unique, found_actors)
    return Extracts(found_actors, found_figures, found_quotes, events)


def of_their_articles(
    found: Extracts, sentences: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> Extracts:
    """What was found, less what only sentences telling of another event than their
    story's say: "Separately, North Korea fired a missile" in a report on drills around
    Taiwan (selection.not_news.other_events), and a roundup's items of other events
    (selection.not_news.told_elsewhere: a market close's gas and crude prices in a refinery fire's
    story). The brief files a fact under the story of the article that gives it, and a
    reader would forward the drills' figures, people and dates as such; the selection
    keeps those sentences out of bullets for the same reason.

    They are filed nowhere else: the brief has no table without a story (each row is the
    story's of the article it cites), and the event they tell is either no story of the
    brief, or one whose own reports give its facts."""
    elsewhere = {
        Mention(sentences[pos].source, sentences[pos].index)
        for pos in other_events(sentences) | told_elsewhere(sentences, story_groups)
    }
    if not elsewhere:
        return found
    actors = []
    for actor in found.actors:
        mentions = tuple(m for m in actor.sentences if m not in elsewhere)
        if not mentions:
            continue
        if len(mentions) < len(actor.sentences):
            # (a title stays cited where it is given: it is the person's, not the event's)
            dropped = len(actor.sentences) - len(mentions)
            actor = replace(actor, mentions=actor.mentions - dropped, sentences=mentions)
        actors.append(actor)
    return Extracts(
        actors=tuple(actors),
        figures=tuple(f for f in found.figures if f.sentence not in elsewhere),
        quotes=tuple(q for q in found.quotes if not set(q.sentences) <= elsewhere),
        timeline=tuple(e for e in found.timeline if e.sentence not in elsewhere),
    )


def without_opinion(found: Extracts, corpus: Corpus) -> Extracts:
    """What was found, less the key figures and timeline rows of a column, an editorial
    or a comment (`choosing.opinion_sentences`' sources). Its sentences give no bullet,
    for its claims are its writer's; a row or a figure drops the label that says so too
    ("17 Mar: The understanding ... follows a pattern Minsk has used before: detain,
    accuse, then trade.", r74 F7: a think tank's commentary had dated its judgement as
    news, and its "five days" was a key figure of the story). Its quotes keep their
    speaker, and its people stay actors."""
    from brief.compose.titles import labelled_as_opinion

    columns = {d.source.number for d in corpus.documents if labelled_as_opinion(d.title or "")}
    if not columns:
        return found
    return replace(
        found,
        figures=tuple(f for f in found.figures if f.sentence.source not in columns),
        timeline=tuple(e for e in found.timeline if e.sentence.source not in columns),
    )


def kept_sources(
    story_groups: Sequence[StoryGroup], placements: Sequence[Placement]
) -> frozenset[int] | None:
    """The sources of the stories a digest's profile keeps, whose figures and quotes it
    shows (compose.briefing: those of the stories it reports in full, which are these
    when any has a bullet); None when it keeps none (the leading stories are reported
    then): every source's are made. At 1,000 articles it keeps 128 stories of 543, and the
    figures and quotes of the others were 0.7 and 1.1 s of CPU, made to be left out.
    It is also the right figure: a number a kept story shares with one left out cites
    the kept story's sentence, not the first in the pile (which the brief left out)."""
    kept = frozenset(
        n for g, p in zip(story_groups, placements, strict=True) if p.relevant for n in g.sources
    )
    return kept or None


def of_sources(unique: Sequence[Sentence], sources: frozenset[int] | None) -> Sequence[Sentence]:
    """The sentences of those sources (all for None)."""
    return unique if sources is None else [s for s in unique if s.source in sources]


class Plan(NamedTuple):
    """What the extraction child is told once it is forked: whether this process reads a
    share of the sentences for the actors (`read_here`, see `read_here_from`: not for a digest,
    where this process is the busier one), and whether the child also ranks each article
    by itself (`by_article`, for a digest's stories; see `rank_brief`). A digest is known only
    from its stories, found after the fork: several articles under the default ranker may
    be one (copies of one text), which only costs the child a ranking no one asks for."""

    read_here: bool
    by_article: bool


@dataclass(frozen=True)
class Extracting:
    """What the extractors read: the sentences of the corpus (the extraction child
    inherits it when it is forked); and what a digest's stories need of it
    (`Plan.by_article`): what each article's own ranking needs (`context`, `algorithm`),
    and what the reader was sent before (`sent`)."""

    corpus: Corpus
    context: RankContext
    algorithm: str
    sent: frozenset[str]
    published: Mapping[int, str] = field(default_factory=dict)  # each dated source's date
    outlet_dollars: Mapping[int, str] = field(default_factory=dict)  # see figures_of
    profile: Profile | None = None  # a digest's, whose classes the child may share
    # each state ministry's own release: its state and the ministry (see find_actors)
    outlet_states: Mapping[int, tuple[str, str]] = field(default_factory=dict)

    @property
    def sentences(self) -> Sequence[Sentence]:
        return self.corpus.sentences

    def works(self, plan: Plan, received: Callable[[], Any]) -> Sequence[Callable[[], object]]:
        """The works, in the order the child does them: the groups of duplicates, which
        this process waits for, and each article's own ranking (a digest's: this process
        asks for it once it has ranked the whole, a longer coverage ranking); then actors
        and quotes, the longest first: the child sends actors (this process reads them
        while the child finds quotes), then quotes, which need them. The actors of the
        sentences from `read_here_from` on come from what this process read of them (the
        value `received`). For several articles (`Plan.by_article`), the sentences' classes
        (`classifying`), what the stories' other reports make outdated (`outdated`), the
        covers of the stories and the figures come between (`story_covers`; the stories
        are the first value `received`, the sentences whose translation stands beside
        them the second): a digest shows the figures and quotes of the stories its
        profile keeps (`kept_sources`, the third value), known once this process has
        placed them), then the stories drafted and composed (`story_drafts`,
        `compose_stories`: what this process chose for them, `DraftInputs`, is the fourth
        value). The figures are one work: a number is cited once, at the first sentence
        of the kept stories that gives it. At 1,000 articles the child, done with its
        actors and its parts of the outdated and the covers, had 2 to 3 s left with
        nothing to do while this process read the figures (0.6 s of CPU) and drafted the
        stories; other inputs' figures are this process's (see `figures_ahead`). The
        covers come before the figures, as they need no kept sources: done with its parts
        of the outdated, the child had waited for them (0.2 to 0.35 s at 1,000 articles)
        while this process placed the stories and chose its sentences."""
        groups = Once(partial(group_duplicates, self.sentences))
        distinct = Once(lambda: [self.sentences[g[0]] for g in groups()])

        def each_article() -> Ranking | None:
            if not plan.by_article:
                return None
            return rank(distinct(), self.algorithm, self.context)

        def actors() -> tuple[Actor, ...]:
            from brief.extract.actors import find_actors

            read_here = read_here_from(len(distinct())) if plan.read_here else None
            titles = {d.source.number: d.title or "" for d in self.corpus.documents}
            return find_actors(
                distinct(), read_here, received, self.published, self.outlet_states, titles
            )

        by_article = Once(each_article)

        stories: Once[Sequence[StoryGroup]] = Once(received)

        def translated_received() -> frozenset[int]:
            """Then (by_article plans) the distinct sentences whose translation stands
            beside them (`selection.translations.translated`), which this process reads
            once it has the groups, for its choice and its stories' (see `DraftInputs`)."""
            stories()
            return cast(frozenset[int], received())

        translated = Once(translated_received)

        def kept_received() -> frozenset[int] | None:
            """Then (by_article plans) the sources whose quotes are made (see
            `kept_sources`), received after the stories whatever the child asks first."""
            if not plan.by_article:
                return None
            translated()
            return cast(frozenset[int] | None, received())

        kept = Once(kept_received)

        def drafting_received() -> DraftInputs | None:
            """Then what drafting a digest's stories reads of this process's choice (see
            `DraftInputs`; None for no digest), received after the kept sources."""
            kept()
            return cast(DraftInputs | None, received())

        drafting = Once(drafting_received)

        def stories_apart() -> list[tuple[list[int], list[int]]]:
            ranking = by_article()
            assert ranking is not None  # the by_article plan ranks each article
            unsent = unsent_positions(distinct(), self.sent)
            fresh = [k for k in ranking.order if k in unsent]
            return list(story_positions(distinct(), stories(), fresh))

        apart = Once(stories_apart)  # once for all the parts a process makes

        def covers(part: int) -> dict[int, tuple[int, ...]]:
            return story_covers(
                self.sentences,
                groups(),
                distinct(),
                stories(),
                apart(),
                self.context,
                part,
                translated(),
            )

        shared = range(PARTS) if plan.by_article else range(0)  # the parts either process takes
        cover_parts = tuple(Once(partial(covers, part)) for part in shared)

        def drafting_apart() -> list[tuple[list[int], list[int]]]:
            given = drafting()
            assert given is not None  # asked only for a digest's drafts
            return list(story_positions(distinct(), stories(), given.fresh))

        # the stories' unsent positions as the brief's process chose them
        apart_drafted = Once(drafting_apart)

        def told(part: int) -> dict[int, Story]:
            given, ranking = drafting(), by_article()
            if given is None:  # no digest: this process tells its one story
                return {}
            assert ranking is not None  # the by_article plan ranks each article
            drafts = story_drafts(
                self.corpus,
                groups(),
                distinct(),
                stories(),
                ranking,
                apart_drafted(),
                cover_parts[part],
                given,
                self.context,
                self.profile,
                part,
            )
            return compose_stories(self.corpus, groups(), given, drafts)

        found_actors = Once(actors)
        quote_parts = PARTS if plan.by_article else 1
        stories_split = Once(lambda: _split_stories(of_sources(distinct(), kept()), quote_parts))
        speakers = Once(lambda: _speakers(found_actors()))

        def quotes(part: int) -> tuple[Quote, ...]:
            from brief.extract.quotes import quotes_of

            return quotes_of(stories_split()[part], speakers())

        def classes_part(part: int) -> Part:
            assert self.profile is not None  # the by_article plans' Extracting has one
            headlines = {d.source.number: d.title or "" for d in self.corpus.documents}
            return classify_part(distinct(), self.profile, headlines, part)

        def outdated_part(part: int) -> Outdated:
            return outdated(self.corpus, distinct(), stories(), part)

        def figures() -> tuple[Figure, ...]:
            return figures_of(of_sources(distinct(), kept()), self.published, self.outlet_dollars)

        classify_parts = shared if self.profile else range(0)
        return Works(
            groups,
            by_article,
            found_actors,
            tuple(partial(classes_part, part) for part in classify_parts),
            tuple(partial(outdated_part, part) for part in shared),
            (figures,) if plan.by_article else (),
            cover_parts,
            tuple(partial(told, part) for part in shared),
            tuple(partial(quotes, part) for part in range(quote_parts)),
            stories,
            translated,
            kept,
            drafting,
        )


Value = TypeVar("Value")


class Once(Generic[Value]):
    """A value made once per process, by the first work that needs it, or taken from
    the child that made it (`take`), so that no work here makes it again."""

    def __init__(self, make: Callable[[], Value]) -> None:
        self._make = make
        self._made: list[Value] = []

    def __call__(self) -> Value:
        if not self._made:
            self._made.append(self._make())
        return self._made[0]

    def take(self, value: Value) -> Value:
        if not self._made:
            self._made.append(value)
        return self._made[0]


class Works(tuple[Callable[[], object], ...]):
    """The child's works in the order it does them (see `Extracting.works`), by name:
    Beside takes them as they are, and `start` gives them back to this process; and what
    they receive from this process (`stories`, `translated`, `kept`, `drafting`), which
    this process takes as it sends it."""

    groups: Once[list[list[int]]]
    by_article: Once[Ranking | None]
    actors: Once[tuple[Actor, ...]]
    classes: tuple[Callable[[], Part], ...]
    outdated: tuple[Callable[[], Outdated], ...]
    figures: tuple[Callable[[], tuple[Figure, ...]], ...]
    covers: tuple[Once[dict[int, tuple[int, ...]]], ...]
    told: tuple[Callable[[], dict[int, Story]], ...]
    quotes: tuple[Callable[[], tuple[Quote, ...]], ...]
    stories: Once[Sequence[StoryGroup]]
    translated: Once[frozenset[int]]
    kept: Once[frozenset[int] | None]
    drafting: Once[DraftInputs | None]

    def __new__(
        cls,
        groups: Once[list[list[int]]],
        by_article: Once[Ranking | None],
        actors: Once[tuple[Actor, ...]],
        classes: tuple[Callable[[], Part], ...],
        outdated: tuple[Callable[[], Outdated], ...],
        figures: tuple[Callable[[], tuple[Figure, ...]], ...],
        covers: tuple[Once[dict[int, tuple[int, ...]]], ...],
        told: tuple[Callable[[], dict[int, Story]], ...],
        quotes: tuple[Callable[[], tuple[Quote, ...]], ...],
        stories: Once[Sequence[StoryGroup]],
        translated: Once[frozenset[int]],
        kept: Once[frozenset[int] | None],
        drafting: Once[DraftInputs | None],
    ) -> Works:
        works = super().__new__(
            cls,
            (groups, by_article, actors, *classes, *outdated, *covers, *figures, *told, *quotes),
        )
        works.groups, works.by_article, works.actors = groups, by_article, actors
        works.classes, works.outdated, works.figures = classes, outdated, figures
        works.covers, works.told, works.quotes = covers, told, quotes
        works.stories, works.translated = stories, translated
        works.kept, works.drafting = kept, drafting
        return works


def from_both(extraction: Beside, parts: Sequence[Callable[[], Value]]) -> list[Value]:
    """The values of the parts, in order: this process makes the last ones the child has
    not begun (see `Beside.result`), and takes the rest from it."""
    made = [extraction.result(part) for part in reversed(parts)]
    return made[::-1]


def all_told(extraction: Beside, works: Works) -> list[Story]:
    """A digest's stories, in their order, of all parts (see `from_both`): the covers
    first, which this process keeps for the parts of the stories it tells."""
    for part, covers in zip(works.covers, from_both(extraction, works.covers), strict=True):
        part.take(covers)
    made: dict[int, Story] = {}
    for stories in from_both(extraction, works.told):
        made.update(stories)
    return [made[number] for number in range(len(made))]


# From how many distinct sentences this process reads a share of them for the actors, and
# which share (the last ones): the child's chain (actors, then quotes) grows faster than
# what this process does meanwhile (ranking, classifying, choosing, figures). Measured in
# CPU from the child's start: at 1,601 sentences this process is the longer by 0.03 s,
# at 6,405 the child by 0.35 s, at 25,000 by 2 s. A little under half: this process
# also pickles its share, and the child must not wait for it.
READ_HERE_FROM = 4_000
READ_HERE_SHARE = 0.45


def read_here_from(sentences: int) -> int | None:
    """Where the sentences this process reads for the actors start, or None for none."""
    if sentences < READ_HERE_FROM:
        return None
    return sentences - int(sentences * READ_HERE_SHARE)


def load_shared() -> None:
    """What both processes read, once, before the extraction child is forked: the actors'
    modules (classify imports them here) and the gazetteer (classify's countries and
    bodies). Read after the fork, each process read its own. The figures' module is
    loaded after the fork, where the figures are read (with compose here; a digest's in
    the child)."""
    from brief.extract import actors  # noqa: F401 (imported, for both)

    gazetteer()


def load_extractors() -> None:
    """The extractors' modules, and what they read before their first sentence: the word
    lists, the gazetteer, the given names and Punkt's table of how words are written, and
    the patterns the actors and quotes rules build from them."""
    from brief.extract import actors, quotes  # noqa: F401 (imported, for the works)

    words()
    gazetteer()
    actors.load_tables()
    quotes.load_tables()


def _split_stories(unique: Sequence[Sentence], parts: int) -> list[list[Sentence]]:
    """The distinct sentences in parts for the quotes, each of whole stories ("he said"
    never reaches into another article: quotes reads each on its own)."""
    from brief.extract.quotes import split_stories

    return split_stories(unique, parts)


def _speakers(actors: Sequence[Actor]) -> quotes_module.Speakers:
    from brief.extract.quotes import speakers_by_story

    return speakers_by_story(actors)


def figures_of(
    unique: Sequence[Sentence],
    published: Mapping[int, str],
    outlet_dollars: Mapping[int, str] | None = None,
) -> tuple[Figure, ...]:
    from brief.extract.figures import find_figures

    return find_figures(unique, published, outlet_dollars)


# How many sentences `figures_ahead` reads between two looks at the child's progress: at
# 40 us a sentence, 10 ms.
READ_AHEAD_CHUNK = 256


def figures_ahead(
    sentences: Sequence[Sentence], published: Mapping[int, str], ready: Callable[[], bool]
) -> None:
    """The figures of one article are this process's: it reads the sentences for them
    while it waits for the child's groups of duplicates (at 25,000 sentences 0.8 s, most
    of the figures' reading), until the groups come. The rest comes after, when this
    process has ranked, classified and chosen. (A digest's are the child's, unless this
    process gets to them first: see `Extracting.works`.)"""
    from brief.extract.figures import read_ahead

    for start in range(0, len(sentences), READ_AHEAD_CHUNK):
        if ready():
            return
        read_ahead(sentences[start : start + READ_AHEAD_CHUNK], published)


def load_ranking(algorithm: str) -> None:
    """What ranking will import, loaded while the child groups the duplicates: numpy,
    which every ranker but `lead` reads (0.04 s)."""
    if algorithm != "lead":
        import numpy  # noqa: F401 (imported, for the ranker)
