"""The pipeline: inputs -> Briefing. The one place that knows the order of the stages
(and how many bullets a story gets)."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

from brief.dedupe import group_duplicates
from brief.errors import ConfigError, InputError
from brief.extract.lexicon import gazetteer, words
from brief.ingest import expand
from brief.ingest.reading import Progress, ingest_all
from brief.language import plain_summary
from brief.limits import Beside
from brief.models import (
    Actor,
    Briefing,
    Bullet,
    Classification,
    Corpus,
    Document,
    Figure,
    Mention,
    Quote,
    Ranking,
    Sentence,
    Story,
    StoryGroup,
    TimelineEvent,
    text_key,
)
from brief.options import Options
from brief.profiles import Profile, load_profile
from brief.rank import RankContext, rank
from brief.segment import segment
from brief.stories import find_stories

if TYPE_CHECKING:
    from brief.extract import quotes as quotes_module
    from brief.story_profile import Placement

# What only comes after segmenting (classify, compose, the extractors, selection) is
# imported in the functions that use it: a brief too small for an extraction child never
# needs some of it, what both processes need is loaded just before the fork
# (`_load_shared`), and what only this process needs is loaded after it, off the child's
# way.

log = logging.getLogger(__name__)

STORY_MIN_BULLETS = 2
STORY_MAX_BULLETS = 5
LEAD_SENTENCES = 2  # a news story states its event in its headline and first sentences
# Allocations between two runs of the cyclic garbage collector while a brief is built.
COLLECT_EVERY = 10_000
# Distinct sentences from which extraction runs in a child process beside the ranking.
# Forking costs CPU (copied pages, a second process to end): measured, at 424 sentences
# the time it saves (27 ms) only equals the CPU it adds (29 ms); at 717, 58 ms against 35.
PARALLEL_FROM = 500


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """A brief builds hundreds of thousands of small objects that live until it is done
    (sentences, tokens, names, tallies) and makes few reference cycles. With Python's
    default (a collection every 700 allocations) the collector ran more than a thousand
    times for 25,000 sentences, and its full passes over the growing heap took a tenth
    of the run; every 10,000 allocations it takes a fortieth. The setting is restored
    after, so a process that briefs and then does other work is unaffected."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(COLLECT_EVERY, thresholds[0]), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def check_options(options: Options) -> None:
    """What Options cannot check without touching the disk, before reading any input."""
    if options.templates is not None and not options.templates.is_dir():
        raise ConfigError("templates folder not found", str(options.templates))


def build(
    inputs: Sequence[str],
    options: Options,
    progress: Progress | None = None,
    *,
    sent: frozenset[str] = frozenset(),
    meanwhile: Callable[[], object] | None = None,
) -> Briefing:
    """Files, folders or '-' in, one Briefing out (several articles are ranked together).

    `sent` holds the `text_key` of sentences a reader was already sent (a daily run's
    earlier briefs): they are never chosen again. `meanwhile` is what the caller will
    need after the brief (the renderer), done while the extraction child may still
    work (see `brief_documents`)."""
    check_options(options)
    profile = load_profile(options.profile)
    documents = ingest_all(expand(inputs), options, progress)
    if not documents:
        raise InputError("no readable articles", ", ".join(inputs))
    return brief_documents(documents, options, profile, sent=sent, meanwhile=meanwhile)


def _budgeted(
    order: Sequence[int], classes: Sequence[Classification], profile: Profile
) -> tuple[int, ...]:
    """Rank order with each section capped at its budget; the overflow moves to the end."""
    budget = {s.key: s.budget for s in profile.sections}
    used: dict[str, int] = {}
    head: list[int] = []
    tail: list[int] = []
    for pos in order:
        key = classes[pos].section
        if used.get(key, 0) >= budget.get(key, len(order)):
            tail.append(pos)
        else:
            used[key] = used.get(key, 0) + 1
            head.append(pos)
    return (*head, *tail)


def _publication_years(documents: Sequence[Document]) -> dict[int, int]:
    """The year each dated source was published: the year of its undated "February 9"."""
    return {d.source.number: int(d.date[:4]) for d in documents if d.date and d.date[:4].isdigit()}


@dataclass(frozen=True)
class _Rankings:
    """The brief's ranking (the JSON summary, the sections), and the one each
    single-article story's bullets come from; `algorithm` is the ranker that ran."""

    brief: Ranking
    by_article: Ranking
    algorithm: str


@dataclass(frozen=True)
class _Extracts:
    actors: tuple[Actor, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()


@_fewer_collections()
def brief_documents(
    documents: Sequence[Document],
    options: Options,
    profile: Profile | None = None,
    *,
    sent: frozenset[str] = frozenset(),
    meanwhile: Callable[[], object] | None = None,
) -> Briefing:
    """segment -> stories -> dedupe -> rank -> classify -> select -> extract -> compose.

    Extraction needs only the sentences, so for an input large enough to pay for a fork
    it runs beside rank, classify and select, in a child process on the other core.
    `meanwhile` runs once this process has nothing left to do but wait for the child's
    actors and quotes: what would come after the brief is done there instead."""
    profile = profile or load_profile(options.profile)
    plain = plain_summary(documents, options.language)
    if plain:  # the extractors and the profile's cues read English only: one ranked section
        profile = replace(profile, sections=(), other_title="Summary", watch=(), exclude=())
    corpus = segment(documents, options.language, options.max_sentences)
    if not corpus.sentences:
        path = documents[0].source.path if documents else None
        raise InputError("no sentences found", path)
    # A child for the extraction is forked once the sentences exist, so it inherits them.
    # It groups the duplicates first (every extractor reads only the distinct sentences)
    # and sends the groups here, where meanwhile the stories are found and what ranking
    # and classifying need is imported. Before the fork, finding the stories (2.4 s of
    # CPU for 1,000 articles, half of it importing scipy and wordfreq) kept both processes
    # waiting; beside the child's grouping and actors it keeps only this one busy, and
    # the child ranks each article by itself for the stories (see `_Plan`).
    context = RankContext(tuple(d.title or "" for d in documents), options.language)
    may_fork = not plain and len(corpus.sentences) >= PARALLEL_FROM
    if may_fork:
        _load_shared()
    years = _publication_years(documents)
    reading = _Extracting(corpus.sentences, years, context, options.algorithm, sent)
    with Beside.ahead(
        reading.works, _load_extractors, what="extraction", parallel=may_fork
    ) as extraction:
        several = len(documents) > 1 and options.algorithm == "default"  # may be a digest
        plan = _Plan(read_here=not plain and not several, by_article=several)
        works = cast(_Works, extraction.start(plan))
        story_groups = find_stories(corpus)
        if plan.by_article:  # for the child's covers of the stories
            extraction.send(story_groups)
            works.stories.take(story_groups)
        if may_fork:
            _load_ranking(options.algorithm)
        from brief import compose
        from brief.classify import classify_with_headlines, load_matcher
        from brief.story_profile import confine

        if may_fork:  # while the child groups the duplicates, which this process waits for
            load_matcher(profile)
            _read_ahead(corpus.sentences, years, partial(extraction.ready, works.groups))
        groups = works.groups.take(extraction.result(works.groups))
        unique = [corpus.sentences[g[0]] for g in groups]
        read_here = _read_here(len(unique)) if plan.read_here else None
        if read_here is not None:  # the last sentences, while the child reads the first
            from brief.extract.actors import read

            extraction.send(read(unique, read_here))
        rankings = _rank(
            corpus,
            groups,
            unique,
            story_groups,
            options,
            context,
            lambda: works.by_article.take(extraction.result(works.by_article)),
        )
        headlines = {d.source.number: d.title or "" for d in corpus.documents}
        classes, headline_classes = classify_with_headlines(
            [s.text for s in unique], profile, [s.source for s in unique], headlines
        )
        readings = _story_readings(corpus, groups, story_groups)
        told = [
            (headlines[g.sources[0]], [k for k, _ in r])
            for g, r in zip(story_groups, readings, strict=True)
        ]
        outlets = [len(g.independent) for g in story_groups]
        classes = confine(
            classes,
            [s.text for s in unique],
            told,
            profile,
            LEAD_SENTENCES,
            outlets,
            [s.source for s in unique],
            headline_classes,
            [{n: headlines[n] for n in g.sources} for g in story_groups],
            [[article for _, article in r] for r in readings],
        )
        unsent = _unsent(unique, sent)
        chosen = _choose(unique, rankings, classes, profile, unsent, options)
        classes = tuple(_chains_share_a_section(unique, chosen, classes))
        fresh_by_article = [k for k in rankings.by_article.order if k in unsent]
        digest = _digest(story_groups, options)
        placements = _placements(
            unique, story_groups, classes, headline_classes, profile, headlines, readings
        )
        kept = _kept_sources(story_groups, placements) if digest else None
        if plan.by_article:  # which stories' quotes the child makes
            extraction.send(kept)
            works.kept.take(kept)
        figures = _Once(partial(_figures, _of_sources(unique, kept), years))
        if digest and not plain:  # while the child makes the stories' covers
            figures()
        drafts = _story_drafts(  # needs no extract: done while the child may still work
            corpus,
            groups,
            unique,
            story_groups,
            rankings.by_article,
            fresh_by_article,
            partial(_covers, extraction, works.covers if digest else ()),
            placements,
            context,
        )

        def bullet(k: int) -> Bullet:
            return compose.bullet(corpus.sentences, groups, rankings.brief, classes, k)

        dates = {d.source.number: d.source.date or "" for d in documents}
        stories = compose.order_stories(_stories(corpus, drafts, bullet), dates)
        if plain:
            found = _Extracts()
            if meanwhile is not None:
                meanwhile()
        else:
            in_full = compose.reported_sources(stories) if kept is not None else None
            found = _extract(unique, extraction, works, figures, meanwhile, in_full, years)

    return compose.briefing(
        corpus=corpus,
        groups=groups,
        ranking=rankings.brief,
        classes=classes,
        chosen=chosen,
        profile=profile,
        actors=found.actors,
        figures=found.figures,
        quotes=found.quotes,
        timeline=found.timeline,
        stories=compose.with_actors(stories, found.actors),
        title=options.title,
        generated=options.now or datetime.now(UTC),
    )


def _rank(
    corpus: Corpus,
    groups: Sequence[Sequence[int]],
    unique: Sequence[Sentence],
    story_groups: Sequence[StoryGroup],
    options: Options,
    context: RankContext,
    by_article: Callable[[], Ranking | None],
) -> _Rankings:
    """Several texts: what most of them report, said once, leads (concept coverage across
    them); the default ranker's lead and centrality priors are for a single article, so
    a story told by one article is still summarised by it (`by_article`: that ranking,
    made by the extraction child when it could; None when it did not)."""
    several = _digest(story_groups, options)
    if several:  # every copy of a fact weighs, one copy is a bullet
        from brief.rank.coverage import rank_kept

        copies = {c: o for g in story_groups for c, o in g.copies.items()}
        ranking = rank_kept(corpus.sentences, groups, context, copies)
    else:
        ranking = rank(unique, options.algorithm, context)
    ranking = replace(ranking, algorithm=options.algorithm)
    if not several:
        return _Rankings(ranking, ranking, options.algorithm)
    each = by_article()
    if each is None:
        each = rank(unique, options.algorithm, context)
    return _Rankings(ranking, each, "coverage")


def _unsent(unique: Sequence[Sentence], sent: frozenset[str]) -> set[int]:
    """Positions of the sentences not already sent; a key costs a hash of the sentence
    (a tenth of a second for 25,000), so none is made when nothing was sent."""
    if not sent:
        return set(range(len(unique)))
    return {k for k, s in enumerate(unique) if text_key(s.text) not in sent}


def _choose(
    unique: Sequence[Sentence],
    rankings: _Rankings,
    classes: Sequence[Classification],
    profile: Profile,
    unsent: set[int],
    options: Options,
) -> tuple[int, ...]:
    """The brief's sentences, none already sent. Section budgets act on the choice: a
    sentence whose section is full waits behind the rest, so the brief covers more than
    one kind of news. Lead means lead (a baseline keeps the opening sentences, whatever
    their sections), and a cover is already diverse. Page furniture ("Sign up for our
    newsletter", "... contributed to this report") is no news, whatever its rank; an
    input of nothing else is briefed as it is (`_furniture`)."""
    from brief.selection import select

    fresh = [k for k in rankings.brief.order if k in unsent]
    keep_order = rankings.algorithm in ("lead", "coverage")
    budget = options.budget(len(unique))

    def choose(order: Sequence[int]) -> Sequence[int]:
        budgeted = tuple(order) if keep_order else _budgeted(order, classes, profile)
        return select(unique, replace(rankings.brief, order=budgeted), budget)

    return _picked_without(fresh, choose, lambda k: _furniture(unique[k].text))


def _picked_without(
    order: Sequence[int],
    pick: Callable[[Sequence[int]], Sequence[int]],
    unfit: Callable[[int], bool],
) -> tuple[int, ...]:
    """`pick(order)`, picked again without what it picked that is `unfit`, until it picks
    nothing unfit; when nothing fit is left, the last picks as they are. Only picks are
    checked: a check of every sentence of a long input (furniture: 5 us each) would cost
    more than the choice."""
    left = list(order)
    picked = tuple(pick(left))
    while dropped := {k for k in picked if unfit(k)}:
        left = [k for k in left if k not in dropped]
        if not left:
            break
        picked = tuple(pick(left))
    return picked


def _furniture(text: str) -> bool:
    """Page furniture a brief leaves out (brief.ingest.furniture), but for a link in a
    reporter's sentence ("The memo was posted at http://..."): it is still that sentence,
    and an article's brief shows it as written (a digest's bullets, chosen across
    articles, leave links out)."""
    from brief.ingest.furniture import POST, furniture_kind

    return furniture_kind(text) not in (None, POST)


def _extract(
    unique: Sequence[Sentence],
    extraction: Beside,
    works: _Works,
    figures: Callable[[], tuple[Figure, ...]],
    meanwhile: Callable[[], object] | None,
    told: frozenset[int] | None,
    years: Mapping[int, int],
) -> _Extracts:
    """Actors, figures, quotes and the timeline; a duplicate sentence is one mention.
    Figures first: this process finds them (`_read_ahead`, `_figures`) while the child
    is still on actors and quotes. Actors are read before quotes: unpickling them
    overlaps the child's work on quotes, which need them; so does the timeline. Then,
    before this process waits for them, `meanwhile`: at 1,601 sentences this process
    waited 0.06 s for the child's actors and quotes, and then loaded the renderer. A
    digest's quotes come in parts (see `QUOTE_PARTS`): this process makes the last ones
    the child has not begun.

    A digest's figures and quotes are those of the stories the profile keeps (see
    `_kept_sources`); `told`, the sources of the stories it reports in full, are among
    them unless none of those has a bullet. When none of the rows cites a story told in
    full, the brief shows the other stories' rows (compose.briefing): all are made then."""
    from brief.extract.figures import timeline

    found_figures = figures()
    if told is not None and not _cites(found_figures, told, lambda f: (f.sentence,)):
        found_figures = _figures(unique, years)
    events = timeline(found_figures, unique)
    if meanwhile is not None:
        meanwhile()
    found_actors = works.actors.take(extraction.result(works.actors))
    found_quotes = tuple(q for part in _from_both(extraction, works.quotes) for q in part)
    if told is not None and not _cites(found_quotes, told, attrgetter("sentences")):
        from brief.extract.quotes import find_quotes

        found_quotes = find_quotes(unique, found_actors)
    return _Extracts(found_actors, found_figures, found_quotes, events)


Row = TypeVar("Row", Figure, Quote)


def _cites(
    rows: Sequence[Row], told: frozenset[int], cites: Callable[[Row], Sequence[Mention]]
) -> bool:
    return any(m.source in told for row in rows for m in cites(row))


def _kept_sources(
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


def _of_sources(unique: Sequence[Sentence], sources: frozenset[int] | None) -> Sequence[Sentence]:
    """The sentences of those sources (all for None)."""
    return unique if sources is None else [s for s in unique if s.source in sources]


class _Plan(NamedTuple):
    """What the extraction child is told once it is forked: whether this process reads a
    share of the sentences for the actors (`read_here`, see `_read_here`: not for a digest,
    where this process is the busier one), and whether the child also ranks each article
    by itself (`by_article`, for a digest's stories; see `_rank`). A digest is known only
    from its stories, found after the fork: several articles under the default ranker may
    be one (copies of one text), which only costs the child a ranking no one asks for."""

    read_here: bool
    by_article: bool


@dataclass(frozen=True)
class _Extracting:
    """What the extractors read: the sentences, and the year each source was published
    (the extraction child inherits both when it is forked); and what a digest's stories
    need of it (`_Plan.by_article`): what each article's own ranking needs (`context`,
    `algorithm`), and what the reader was sent before (`sent`)."""

    sentences: Sequence[Sentence]
    years: dict[int, int]
    context: RankContext
    algorithm: str
    sent: frozenset[str]

    def works(self, plan: _Plan, received: Callable[[], Any]) -> Sequence[Callable[[], object]]:
        """The works, in the order the child does them: the groups of duplicates, which
        this process waits for, and each article's own ranking (a digest's: this process
        asks for it once it has ranked the whole, a longer coverage ranking); then actors
        and quotes, the longest first: the child sends actors (this process reads them
        while the child finds quotes), then quotes, which need them. The actors of the
        sentences from `_read_here` on come from what this process read of them (the
        value `received`). For several articles (`_Plan.by_article`), the covers of the
        stories come between (`_story_covers`; the stories are the first value `received`):
        a digest shows the quotes of the stories its profile keeps (`_kept_sources`, the
        second value), known once this process has placed them; the figures are this
        process's (see `_read_ahead`)."""
        groups = _Once(partial(group_duplicates, self.sentences))
        distinct = _Once(lambda: [self.sentences[g[0]] for g in groups()])

        def each_article() -> Ranking | None:
            if not plan.by_article:
                return None
            return rank(distinct(), self.algorithm, self.context)

        def actors() -> tuple[Actor, ...]:
            from brief.extract.actors import find_actors

            read_here = _read_here(len(distinct())) if plan.read_here else None
            return find_actors(distinct(), read_here, received)

        by_article = _Once(each_article)

        stories: _Once[Sequence[StoryGroup]] = _Once(received)
        # Then (by_article plans) the sources whose quotes are made (see `_kept_sources`),
        # received after the stories whatever the child asks for first.
        kept: _Once[frozenset[int] | None] = _Once(
            (lambda: (stories(), received())[1]) if plan.by_article else lambda: None
        )

        def stories_apart() -> list[tuple[list[int], list[int]]]:
            ranking = by_article()
            assert ranking is not None  # the by_article plan ranks each article
            unsent = _unsent(distinct(), self.sent)
            fresh = [k for k in ranking.order if k in unsent]
            return list(_stories_apart(distinct(), stories(), fresh))

        apart = _Once(stories_apart)  # once for all the parts a process makes

        def covers(part: int) -> dict[int, tuple[int, ...]]:
            return _story_covers(
                self.sentences, groups(), distinct(), stories(), apart(), self.context, part
            )

        found_actors = _Once(actors)
        quote_parts = QUOTE_PARTS if plan.by_article else 1
        stories_split = _Once(lambda: _split_stories(_of_sources(distinct(), kept()), quote_parts))
        speakers = _Once(lambda: _speakers(found_actors()))

        def quotes(part: int) -> tuple[Quote, ...]:
            from brief.extract.quotes import quotes_of

            return quotes_of(stories_split()[part], speakers())

        parts = range(COVER_PARTS) if plan.by_article else range(0)
        return _Works(
            groups,
            by_article,
            found_actors,
            tuple(partial(covers, part) for part in parts),
            tuple(partial(quotes, part) for part in range(quote_parts)),
            stories,
            kept,
        )


Value = TypeVar("Value")


class _Once(Generic[Value]):
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


class _Works(tuple[Callable[[], object], ...]):
    """The child's works in the order it does them (see `_Extracting.works`), by name:
    Beside takes them as they are, and `start` gives them back to this process; and what
    they receive from this process (`stories`, `kept`), which this process takes as it
    sends it."""

    groups: _Once[list[list[int]]]
    by_article: _Once[Ranking | None]
    actors: _Once[tuple[Actor, ...]]
    covers: tuple[Callable[[], dict[int, tuple[int, ...]]], ...]
    quotes: tuple[Callable[[], tuple[Quote, ...]], ...]
    stories: _Once[Sequence[StoryGroup]]
    kept: _Once[frozenset[int] | None]

    def __new__(
        cls,
        groups: _Once[list[list[int]]],
        by_article: _Once[Ranking | None],
        actors: _Once[tuple[Actor, ...]],
        covers: tuple[Callable[[], dict[int, tuple[int, ...]]], ...],
        quotes: tuple[Callable[[], tuple[Quote, ...]], ...],
        stories: _Once[Sequence[StoryGroup]],
        kept: _Once[frozenset[int] | None],
    ) -> _Works:
        works = super().__new__(cls, (groups, by_article, actors, *covers, *quotes))
        works.groups, works.by_article, works.actors = groups, by_article, actors
        works.covers, works.quotes = covers, quotes
        works.stories, works.kept = stories, kept
        return works


# A digest's covers of its stories are made in this many parts (a story in every
# COVER_PARTS-th), and its quotes in QUOTE_PARTS parts of whole stories (quotes read each
# story on its own): the child makes them from the first and this process from the last,
# until they meet (`_from_both`), so neither waits long for the other, whichever is free
# first. At 1,000 articles the covers take 1.3-1.8 s; this process made them all, then
# waited 0.7 s for the child's quotes (2 s), which it now shares.
COVER_PARTS = 8
QUOTE_PARTS = 8


def _from_both(extraction: Beside, parts: Sequence[Callable[[], Value]]) -> list[Value]:
    """The values of the parts, in order: this process makes the last ones the child has
    not begun (see `Beside.result`), and takes the rest from it."""
    made = [extraction.result(part) for part in reversed(parts)]
    return made[::-1]


def _covers(
    extraction: Beside, parts: Sequence[Callable[[], dict[int, tuple[int, ...]]]]
) -> dict[int, tuple[int, ...]]:
    """The covers of all parts (see `_from_both`)."""
    made: dict[int, tuple[int, ...]] = {}
    for covers in _from_both(extraction, parts):
        made.update(covers)
    return made


# From how many distinct sentences this process reads a share of them for the actors, and
# which share (the last ones): the child's chain (actors, then quotes) grows faster than
# what this process does meanwhile (ranking, classifying, choosing, figures). Measured in
# CPU from the child's start: at 1,601 sentences this process is the longer by 0.03 s,
# at 6,405 the child by 0.35 s, at 25,000 by 2 s. A little under half: this process
# also pickles its share, and the child must not wait for it.
READ_HERE_FROM = 4_000
READ_HERE_SHARE = 0.45


def _read_here(sentences: int) -> int | None:
    """Where the sentences this process reads for the actors start, or None for none."""
    if sentences < READ_HERE_FROM:
        return None
    return sentences - int(sentences * READ_HERE_SHARE)


def _digest(story_groups: Sequence[StoryGroup], options: Options) -> bool:
    """Several texts ranked by coverage, then each by itself (`_rank`), and stories drafted:
    this process is then the busier one (1,000 articles: 4.8 s of CPU from the child's
    start to the figures, against its 3.8 s of actors and quotes), so it reads none."""
    return sum(len(g.independent) for g in story_groups) > 1 and options.algorithm == "default"


def _load_shared() -> None:
    """What both processes read, once, before the extraction child is forked: the actors'
    modules (classify imports them here) and the gazetteer (classify's countries and
    bodies). Read after the fork, each process read its own. The figures are this
    process's: their module is loaded after the fork, here only (with compose)."""
    from brief.extract import actors  # noqa: F401 (imported, for both)

    gazetteer()


def _load_extractors() -> None:
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


def _figures(unique: Sequence[Sentence], years: Mapping[int, int]) -> tuple[Figure, ...]:
    from brief.extract.figures import find_figures

    return find_figures(unique, years)


# How many sentences `_read_ahead` reads between two looks at the child's progress: at
# 40 us a sentence, 10 ms.
READ_AHEAD_CHUNK = 256


def _read_ahead(
    sentences: Sequence[Sentence], years: Mapping[int, int], ready: Callable[[], bool]
) -> None:
    """The figures are this process's: it reads the sentences for them while it waits for
    the child's groups of duplicates (at 25,000 sentences 0.8 s, most of the figures'
    reading), until the groups come. The rest comes after, when this process has ranked,
    classified and chosen; in a digest, while the child makes the stories' covers."""
    from brief.extract.figures import read_ahead

    for start in range(0, len(sentences), READ_AHEAD_CHUNK):
        if ready():
            return
        read_ahead(sentences[start : start + READ_AHEAD_CHUNK], years)


def _load_ranking(algorithm: str) -> None:
    """What ranking will import, loaded while the child groups the duplicates: numpy,
    which every ranker but `lead` reads (0.04 s)."""
    if algorithm != "lead":
        import numpy  # noqa: F401 (imported, for the ranker)


@dataclass(frozen=True)
class _StoryDraft:
    """A story's bullets (unique-sentence positions, best first) and its place in the
    profile: all of a story but its actors, which the extraction brings."""

    group: StoryGroup
    picks: tuple[int, ...]
    placement: Placement


def _placements(
    unique: Sequence[Sentence],
    story_groups: Sequence[StoryGroup],
    classes: Sequence[Classification],
    headline_classes: Mapping[int, Classification],
    profile: Profile,
    headlines: Mapping[int, str],
    readings: Sequence[Sequence[tuple[int, int]]],
) -> list[Placement]:
    """Each story's place in the profile (`headline_classes`: each article's headline,
    judged with it; `readings`: each story's sentences as `_story_readings` reads them)."""
    from brief.story_profile import article_leads, place

    placements = []
    for group, reading in zip(story_groups, readings, strict=True):
        member_classes = [classes[k] for k, _ in reading]
        texts = [unique[k].text for k, _ in reading]
        headline = headlines[group.sources[0]]
        of_article = [article for _, article in reading]
        leads = article_leads(
            member_classes, of_article, headline_classes, LEAD_SENTENCES, group.sources
        )
        lead = tuple(c for own in leads for c in own)
        outlets = len(group.independent)
        titles = {n: headlines[n] for n in group.sources}  # all of them: any order
        placements.append(
            place(
                member_classes, texts, lead, headline, profile, outlets, of_article, titles, leads
            )
        )
    return placements


def _story_drafts(
    corpus: Corpus,
    groups: Sequence[Sequence[int]],
    unique: Sequence[Sentence],
    story_groups: Sequence[StoryGroup],
    by_article: Ranking,
    fresh: Sequence[int],
    covers: Callable[[], Mapping[int, tuple[int, ...]]],
    placements: Sequence[Placement],
    context: RankContext,
) -> list[_StoryDraft]:
    """Each story's own bullets (`fresh`: unsent positions, best first; `groups`: the
    corpus positions of each unique sentence's copies; `covers()`: what `_story_covers`
    made of the stories it was given, asked for last: the child may still be making
    them), with its place in the profile (`_placements`)."""
    made = covers()
    drafts = []
    for number, (positions, unsent) in enumerate(_stories_apart(unique, story_groups, fresh)):
        group = story_groups[number]
        story = _StorySentences(
            unique, positions, _own_copies(corpus.sentences, groups, positions, group)
        )
        cover = made.get(number)
        if cover is None and len(group.independent) > 1:
            cover = _story_cover(story, unsent, group, context)
        picks = _story_picks(story, by_article, unsent, group, cover)
        drafts.append(_StoryDraft(group, picks, placements[number]))
    return drafts


def _stories_apart(
    unique: Sequence[Sentence], story_groups: Sequence[StoryGroup], fresh: Sequence[int]
) -> Iterator[tuple[list[int], list[int]]]:
    """Each story's unique-sentence positions, in reading order, and its own unsent ones,
    best first (`fresh`)."""
    members = _story_members(unique, story_groups)
    story_of = {k: i for i, positions in enumerate(members) for k in positions}
    fresh_in: list[list[int]] = [[] for _ in story_groups]
    for k in fresh:
        fresh_in[story_of[k]].append(k)
    return zip(members, fresh_in, strict=True)


def _story_covers(
    sentences: Sequence[Sentence],
    groups: Sequence[Sequence[int]],
    unique: Sequence[Sentence],
    story_groups: Sequence[StoryGroup],
    apart: Sequence[tuple[list[int], list[int]]],
    context: RankContext,
    part: int,
) -> dict[int, tuple[int, ...]]:
    """`_story_cover` of each story several outlets tell in one of the COVER_PARTS parts,
    by its number (`apart`: each story's positions and unsent ones, `_stories_apart`):
    made by the extraction child or by this process, whichever gets to the part first
    (see `_covers`). At 1,000 articles the covers were 1.3-1.8 s of the 1.55-1.9 s of CPU
    this process spent on the stories' drafts, when it was the longer chain by 1.8 s; in
    parts, the two chains end level."""
    covers = {}
    for number in range(part, len(story_groups), COVER_PARTS):
        group = story_groups[number]
        if len(group.independent) > 1:
            positions, unsent = apart[number]
            copies = _own_copies(sentences, groups, positions, group)
            covers[number] = _story_cover(
                _StorySentences(unique, positions, copies), unsent, group, context
            )
    return covers


def _stories(
    corpus: Corpus, drafts: Sequence[_StoryDraft], bullet: Callable[[int], Bullet]
) -> list[Story]:
    """Each story as the brief shows it, but for its actors (compose.with_actors): which
    are told in full says whose figures and quotes the brief shows (see `_extract`)."""
    from brief import compose

    return [
        compose.compose_story(
            group=draft.group,
            corpus=corpus,
            picks=draft.picks,
            bullet=bullet,
            placement=draft.placement,
        )
        for draft in drafts
    ]


def _chains_share_a_section(
    unique: Sequence[Sentence], chosen: Sequence[int], classes: Sequence[Classification]
) -> list[Classification]:
    """A kept sentence that needs the one before it ("He added that ...", or the rest of
    a quote that sentence opened) is read with it, so it goes in its antecedent's section
    (select keeps that antecedent)."""
    from brief.selection import leans_on

    placed = list(classes)
    leaning = leans_on(unique, chosen)
    for k in sorted(leaning, key=lambda k: (unique[k].source, unique[k].index)):
        # reading order: a chain takes its first sentence's section
        placed[k] = replace(placed[k], section=placed[leaning[k]].section)
    return placed


def _story_readings(
    corpus: Corpus, groups: Sequence[Sequence[int]], story_groups: Sequence[StoryGroup]
) -> list[list[tuple[int, int]]]:
    """Each story's sentences for its place in the profile, as (unique position, article)
    in reading order. A sentence several articles carry (a quote two reports share) is
    read in every story that carries it, once, as the article with the least hash has
    it: whichever file name sorts first, a story is judged on the same sentences."""
    story_of = {number: i for i, g in enumerate(story_groups) for number in g.sources}
    sha = {d.source.number: d.source.sha256 for d in corpus.documents}
    found: list[list[tuple[int, int, int]]] = [[] for _ in story_groups]
    for position, group in enumerate(groups):
        carriers: dict[int, Sentence] = {}
        for k in group:
            sentence = corpus.sentences[k]
            story = story_of[sentence.source]
            held = carriers.get(story)
            least = held is None or (sha[sentence.source], sentence.index) < (
                sha[held.source],
                held.index,
            )
            if least:
                carriers[story] = sentence
        for story, sentence in carriers.items():
            found[story].append((sentence.source, sentence.index, position))
    return [[(position, source) for source, _, position in sorted(own)] for own in found]


def _story_members(
    unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> list[list[int]]:
    """Each story's unique-sentence positions, in reading order."""
    story_of = {number: i for i, g in enumerate(story_groups) for number in g.sources}
    members: list[list[int]] = [[] for _ in story_groups]
    for k, sentence in enumerate(unique):
        members[story_of[sentence.source]].append(k)
    return members


@dataclass(frozen=True)
class _StorySentences:
    """A story's unique sentences (`positions` into `unique`, in reading order) and, for
    each of them, every copy its articles carry (so that each copy votes in the cover)."""

    unique: Sequence[Sentence]
    positions: Sequence[int]
    copies: tuple[tuple[Sentence, ...], ...]

    @property
    def sentences(self) -> list[Sentence]:
        return [self.unique[k] for k in self.positions]


def _own_copies(
    sentences: Sequence[Sentence],
    groups: Sequence[Sequence[int]],
    positions: Sequence[int],
    group: StoryGroup,
) -> tuple[tuple[Sentence, ...], ...]:
    """Each of the story's unique sentences with the copies of it in the story's own
    articles (another story's copy of a shared quote is that story's vote)."""
    members = set(group.sources)
    return tuple(
        tuple(sentences[p] for p in groups[k] if sentences[p].source in members) for k in positions
    )


def _story_picks(
    story: _StorySentences,
    ranking: Ranking,
    fresh: Sequence[int],  # the story's own unsent positions, best first
    group: StoryGroup,
    cover: tuple[int, ...] | None,
) -> tuple[int, ...]:
    """2 to 5 bullets, one more for each independent source, nothing already sent.

    A story told by several outlets is summarised as the brief's summary is: by concept
    coverage across them (`cover`, see `_story_cover`), unless that cover has too few.
    One article's best sentences are its own ranking's.
    """
    from brief.compose.leads import points_back
    from brief.selection import is_dangling, select

    count = _bullets(group)
    positions, unique = story.positions, story.unique
    if cover is not None and len(cover) >= min(count, STORY_MIN_BULLETS):
        return tuple(positions[i] for i in cover)
    local = {k: i for i, k in enumerate(positions)}
    sentences = story.sentences
    order = tuple(local[k] for k in fresh)

    # select brings a pick that opens with a pointing word its sentence before; a speaker's
    # "We ..." or "those reports" (compose.leads.points_back) it would not, and the story
    # would lose that bullet after the choice (a 28-sentence story shown with one). Page
    # furniture is no bullet (as in `_choose`).
    def unfit(k: int) -> bool:
        text = sentences[k].text
        return (points_back(text) and not is_dangling(text)) or _furniture(text)

    def choose(left: Sequence[int]) -> Sequence[int]:
        return select(sentences, replace(ranking, order=tuple(left)), count)

    picked = _picked_without(order, choose, unfit)
    return _with_a_lede(unique, [positions[i] for i in picked], fresh, count)


def _bullets(group: StoryGroup) -> int:
    """How many bullets a story gets: one more for each independent source, 2 to 5."""
    return max(STORY_MIN_BULLETS, min(STORY_MAX_BULLETS, len(group.independent) + 1))


def _story_cover(
    story: _StorySentences,
    fresh: Sequence[int],  # the story's own unsent positions, best first
    group: StoryGroup,
    context: RankContext,
) -> tuple[int, ...]:
    """A several-outlet story's picks (positions in `story.sentences`), best first: the
    coverage ranking of its own articles (every copy of a sentence votes), as the brief's
    summary ranks the whole input: what most of them report, said once, its best 100-word
    cover first and then what best extends it, so that its first 100 words are a summary
    of the story; the cover is kept whole (up to 5 bullets) where the story has fewer
    sources than it has sentences. When the reader was sent some of it before, what they
    were sent is known and the cover leaves out what it said (and the lede is the best
    unsent one by the articles' own ranking, the coverage ranking having no room for what
    is known).

    A reader meets a story through an article's first sentence, written to open it: when
    the cover holds none, the best-ranked lede that can open a story opens it, and the
    cover is made again around it (what it says is known), so the first 100 words are
    still the best cover that opens with a lede. On DUC 2003 (39 clusters) that costs the
    first story's bullets 0.1 of ROUGE-1 where putting the lede in the last pick's place
    cost 0.5 (against no lede rule), and 11 of the 13 stories it opened read better
    opened by their lede ("Brazilian voters appeared to re-elect President ..."
    against "In preliminary returns, Cardoso appeared to have defeated ...")."""
    from brief.compose.leads import can_lead
    from brief.rank.coverage import can_be_bullet, rank_kept
    from brief.selection import SUMMARY_WORDS, fit_in_words, select

    count = _bullets(group)
    sentences = story.sentences
    local = {k: i for i, k in enumerate(story.positions)}
    order = [local[k] for k in fresh]
    unsent = set(order)
    sent = [i for i in range(len(sentences)) if i not in unsent]
    if sent:
        ranked: Sequence[int] = order
        picked = _cover_and_more(sentences, context, count, sent, SUMMARY_WORDS, STORY_MAX_BULLETS)
    else:
        flat: list[Sentence] = []
        kept: list[range] = []  # each unique sentence's copies, by position in `flat`
        for copies in story.copies:
            kept.append(range(len(flat), len(flat) + len(copies)))
            flat.extend(copies)
        coverage = rank_kept(flat, kept, context, group.copies)
        ranked = coverage.order
        bullets = tuple(i for i in ranked if can_be_bullet(sentences[i].text))
        opening = fit_in_words((sentences[i].text for i in bullets), SUMMARY_WORDS)
        whole = min(STORY_MAX_BULLETS, max(count, opening))  # the cover whole
        picked = select(sentences, replace(coverage, order=bullets), whole)
    if any(sentences[i].index == 1 for i in picked):
        return tuple(picked)
    lede = next(
        (i for i in ranked if sentences[i].index == 1 and can_lead(sentences[i].text)), None
    )
    if lede is None:
        return tuple(picked)
    room = SUMMARY_WORDS - len(sentences[lede].text.split())
    rest = _cover_and_more(
        sentences, context, count - 1, [*sent, lede], room, STORY_MAX_BULLETS - 1
    )
    return (lede, *rest)


def _cover_and_more(
    sentences: Sequence[Sentence],
    context: RankContext,
    count: int,
    known: Sequence[int],
    room: int,
    most: int,
) -> tuple[int, ...]:
    """The best cover within `room` words of what the `known` sentences do not say (in
    up to `most` sentences), then, up to `count` sentences in all, the sentences that
    best extend it (as the coverage ranker extends its first cover, to RANKER_WORDS). It
    reads the story's unique sentences only: `summarize_story` has no copies to weigh."""
    from brief.rank.coverage import RANKER_WORDS, summarize_story
    from brief.selection import SUMMARY_WORDS

    if count < 1:
        return ()
    cover = summarize_story(
        sentences, context, max_words=max(room, 0), max_sentences=max(count, most), exclude=known
    )
    if len(cover) >= count:
        return cover
    more = summarize_story(
        sentences,
        context,
        max_words=RANKER_WORDS - SUMMARY_WORDS,
        max_sentences=count - len(cover),
        exclude=[*known, *cover],
    )
    return (*cover, *more)


def _with_a_lede(
    unique: Sequence[Sentence], picked: Sequence[int], fresh: Sequence[int], count: int
) -> tuple[int, ...]:
    """A reader meets a story through its first bullet: when no pick is an article's first
    sentence, the best-ranked unsent one that can open a story takes the last place."""
    from brief.compose.leads import can_lead

    if any(unique[k].index == 1 for k in picked):
        return tuple(picked)
    lede = next((k for k in fresh if unique[k].index == 1 and can_lead(unique[k].text)), None)
    if lede is None:
        return tuple(picked)
    return (lede, *picked[: count - 1])
