"""The pipeline: inputs -> Briefing. The one place that knows the order of the stages.

segment -> stories -> dedupe -> rank -> classify -> select -> extract -> compose, in
`brief_documents`. What it needs besides the stages lives beside it, a job a module:
- `choosing`: the brief's own ranking and its choice of sentences;
- `drafts`: each story's place in the profile and its own bullets;
- `extracting`: the extraction child (actors, quotes, and a digest's covers of its stories,
  made in a forked process beside this one) and what this process shares of its work.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import cast

from brief.errors import ConfigError, InputError, NoInputError, NoticeError
from brief.ingest import Input, expand
from brief.ingest.reading import Progress, ingest_all
from brief.language import plain_summary
from brief.limits import Beside
from brief.models import Briefing, Document, Mention
from brief.options import Options
from brief.output import refuse_overwriting
from brief.pipeline.choosing import (
    behind_the_rest,
    chains_share_a_section,
    choose_summary,
    is_digest,
    opinion_sentences,
    rank_brief,
    unsent_positions,
)
from brief.pipeline.classifying import all_classes
from brief.pipeline.drafts import (
    LEAD_SENTENCES,
    DraftInputs,
    compose_stories,
    own_voice_sources,
    place_stories,
    story_drafts,
    story_positions,
    story_readings,
)
from brief.pipeline.extracting import (
    Extracting,
    Extracts,
    Once,
    Plan,
    Works,
    all_told,
    extract,
    figures_ahead,
    figures_of,
    from_both,
    kept_sources,
    load_extractors,
    load_ranking,
    load_shared,
    of_sources,
    of_their_articles,
    read_here_from,
    without_opinion,
)
from brief.pipeline.outdated import of_all_parts, outdated
from brief.pipeline.refuted import refuted_claims
from brief.pipeline.retracted import retracted, without_retracted
from brief.pipeline.versions import is_taken_back, read_only, without_withdrawn
from brief.profiles import Profile, load_profile
from brief.rank import RankContext
from brief.segment import segment
from brief.selection.exchanges import small_talk
from brief.selection.not_news import told_elsewhere
from brief.stories import find_stories

# What only comes after segmenting (classify, compose, the extractors, selection) is
# imported in the functions that use it: a brief too small for an extraction child never
# needs some of it, what both processes need is loaded just before the fork
# (`load_shared`), and what only this process needs is loaded after it, off the child's
# way.

__all__ = ["Progress", "brief_documents", "build", "check_options"]

log = logging.getLogger(__name__)


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
    # (os.path's test: pathlib's raises on a name too long for the file system, s72 fuzz)
    if options.templates is not None and not os.path.isdir(options.templates):
        raise ConfigError("templates folder not found", str(options.templates))


def build(
    inputs: Sequence[str | Input],
    options: Options,
    progress: Progress | None = None,
    *,
    sent: frozenset[str] = frozenset(),
    developing: Mapping[tuple[int, ...], str] | None = None,
    background: frozenset[int] = frozenset(),
    meanwhile: Callable[[], object] | None = None,
    writes: Path | None = None,
) -> Briefing:
    """Files, folders or articles read already (Inputs holding their bytes) in, one
    Briefing out (several articles are ranked together).

    `sent` holds the `text_key` of sentences a reader was already sent (a daily run's
    earlier briefs): they are never chosen again. `developing`: the section a story keeps, by
    its sorted sources (a daily run's developing story, in the section it was shown in
    before, though the profile would leave it out today). `background`: the numbers of
    the sources older than the brief the reader already has (a daily run's stragglers,
    daily.dating): their sentences come after the others' in their story and in the
    brief's own ranking. `meanwhile` is what the caller will
    need after the brief (the renderer), done while the extraction child may still
    work (see `brief_documents`). `writes`: the file the caller will write the brief to,
    which must be none of the articles."""
    check_options(options)
    profile = load_profile(options.profile)
    items = expand(inputs)
    if writes is not None:
        refuse_overwriting([writes], [item.path for item in items if item.data is None])
    documents = ingest_all(items, options, progress)
    if not documents:
        named = (given if isinstance(given, str) else given.path for given in inputs)
        raise NoInputError("no readable articles", ", ".join(named))
    return brief_documents(
        documents,
        options,
        profile,
        sent=sent,
        developing=developing,
        background=background,
        meanwhile=meanwhile,
    )


def _publication_dates(documents: Sequence[Document]) -> dict[int, str]:
    """The date (or year) each dated source was published: what dates its "February 9"."""
    return {d.source.number: d.date[:10] for d in documents if d.date and d.date[:4].isdigit()}


def _outlet_dollars(documents: Sequence[Document]) -> dict[int, str]:
    """The dollar each source's outlet means by a bare "$", where its address or name
    tells its country (extract.figures.currencies.outlet_dollar). Not a wire's copy (its
    outlet an agency: a dateline's "(AP)", a header's "| Reuters"): a New Zealand site's
    copy of a New York wire writes New York's dollars."""
    from brief.extract.figures.currencies import outlet_dollar
    from brief.ingest.furniture import is_news_agency

    found = {
        d.source.number: outlet_dollar(d.source.outlet, d.source.url)
        for d in documents
        if not is_news_agency(d.source.outlet or "")
    }
    return {number: code for number, code in found.items() if code}


def _outlet_states(documents: Sequence[Document]) -> dict[int, tuple[str, str]]:
    """Each source that is a state ministry's own release, as its outlet says ("Ministry
    of Defence of the Kyrgyz Republic"): its state and the ministry's name, by which
    the release's bare "the Ministry of Defence" is that state's (see find_actors)."""
    outlets = {d.source.number: d.source.outlet for d in documents if d.source.outlet}
    if not any("Ministry" in o or "Department" in o for o in outlets.values()):
        return {}  # (most inputs: no need to load the gazetteer in this process)
    from brief.extract.actors.places import outlet_state

    found = {number: outlet_state(outlet) for number, outlet in outlets.items()}
    return {number: state for number, state in found.items() if state is not None}


@_fewer_collections()
def brief_documents(
    documents: Sequence[Document],
    options: Options,
    profile: Profile | None = None,
    *,
    sent: frozenset[str] = frozenset(),
    developing: Mapping[tuple[int, ...], str] | None = None,
    background: frozenset[int] = frozenset(),
    meanwhile: Callable[[], object] | None = None,
) -> Briefing:
    """segment -> stories -> dedupe -> rank -> classify -> select -> extract -> compose.

    Extraction needs only the sentences, so for an input large enough to pay for a fork
    it runs beside rank, classify and select, in a child process on the other core.
    `meanwhile` runs once this process has nothing left to do but wait for the child's
    actors and quotes: what would come after the brief is done there instead."""
    profile = profile or load_profile(options.profile)
    # a story its wire killed, or a version a later one corrects, is not read at all
    documents = without_withdrawn(documents)
    plain = plain_summary(documents, options.language)
    if plain:  # the extractors and the profile's cues read English only: one ranked section
        profile = replace(profile, sections=(), other_title="Summary", watch=(), exclude=())
    corpus = segment(documents, options.language, options.max_sentences)
    if not corpus.sentences:
        path = documents[0].source.path if documents else None
        if any(not d.blocks and is_taken_back(d.source) for d in documents):
            raise NoticeError("nothing to brief: a wire's kill notice, or what it withdraws", path)
        raise InputError("no sentences found", path)
    # A child for the extraction is forked once the sentences exist, so it inherits them.
    # It groups the duplicates first (every extractor reads only the distinct sentences)
    # and sends the groups here, where meanwhile the stories are found and what ranking
    # and classifying need is imported. Before the fork, finding the stories (2.4 s of
    # CPU for 1,000 articles, half of it importing scipy and wordfreq) kept both processes
    # waiting; beside the child's grouping and actors it keeps only this one busy, and
    # the child ranks each article by itself for the stories (see `Plan`).
    context = RankContext(tuple(d.title or "" for d in documents), options.language)
    may_fork = not plain and len(corpus.sentences) >= PARALLEL_FROM
    if may_fork:
        load_shared()
    published = _publication_dates(documents)
    dollars = _outlet_dollars(documents)
    reading = Extracting(
        corpus,
        context,
        options.algorithm,
        sent,
        published,
        dollars,
        profile,
        outlet_states=_outlet_states(documents),
    )
    with Beside.ahead(
        reading.works, load_extractors, what="extraction", parallel=may_fork
    ) as extraction:
        several = len(documents) > 1 and options.algorithm == "default"  # may be a digest
        plan = Plan(read_here=not plain and not several, by_article=several)
        works = cast(Works, extraction.start(plan))
        # (what a wire withdrew has no text, and is no report of any story: versions)
        story_groups = find_stories(read_only(corpus))
        if plan.by_article:  # for the child's covers of the stories
            extraction.send(story_groups)
            works.stories.take(story_groups)
        if may_fork:
            load_ranking(options.algorithm)
        from brief import compose
        from brief.classify import classify_with_headlines, load_matcher
        from brief.story_profile import confine

        if may_fork:  # while the child groups the duplicates, which this process waits for
            load_matcher(profile)
            figures_ahead(corpus.sentences, published, partial(extraction.ready, works.groups))
        groups = works.groups.take(extraction.result(works.groups))
        unique = [corpus.sentences[g[0]] for g in groups]
        # the sentences whose translation stands beside them, read once of them all for
        # the brief's choice and its stories' (either process's: see DraftInputs)
        from brief.selection.translations import translated

        originals = translated(unique)
        if plan.by_article:
            extraction.send(originals)
            works.translated.take(originals)
        read_here = read_here_from(len(unique)) if plan.read_here else None
        if read_here is not None:  # the last sentences, while the child reads the first
            from brief.extract.actors import read

            extraction.send(read(unique, read_here))
        rankings = rank_brief(
            corpus,
            groups,
            unique,
            story_groups,
            options,
            context,
            lambda: works.by_article.take(extraction.result(works.by_article)),
        )
        headlines = {d.source.number: d.title or "" for d in corpus.documents}
        # (a digest's in parts, which the child may share: see brief.pipeline.classifying)
        classes, headline_classes = (
            all_classes(from_both(extraction, works.classes), len(unique))
            if works.classes
            else classify_with_headlines(
                [s.text for s in unique], profile, [s.source for s in unique], headlines
            )
        )
        readings = story_readings(corpus, groups, story_groups)
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
        # a column's sentences are never sent as news, even when nothing else is left
        unsent = unsent_positions(unique, sent) - opinion_sentences(corpus, unique)
        taken_back = retracted(corpus)
        # a quote taken back is no bullet, as a stale count is none, nor a refuted claim
        # nor an event to come that a report of its story calls off
        # (a digest's in parts, which the child may share: see brief.pipeline.outdated)
        made_stale = (
            of_all_parts(from_both(extraction, works.outdated))
            if plan.by_article
            else outdated(corpus, unique, story_groups)
        )
        off = made_stale.called_off
        # what a report of its story withdrew or corrected is taken back as a quote is
        withdrawn = taken_back.sentences(unique) | made_stale.withdrawn
        stale = made_stale.superseded | withdrawn | refuted_claims(unique)
        behind = frozenset(k for k, s in enumerate(unique) if s.source in background)
        # a roundup's items of other events are no bullet of its story's brief either
        unfit = stale | told_elsewhere(unique, story_groups)
        chosen = choose_summary(
            unique, rankings, classes, profile, unsent, options, unfit, behind, originals
        )
        classes = tuple(chains_share_a_section(unique, chosen, classes))
        fresh_by_article = behind_the_rest(
            [k for k in rankings.by_article.order if k in unsent], behind
        )
        digest = is_digest(story_groups, options)
        placements = place_stories(
            unique, story_groups, classes, headline_classes, profile, headlines, readings
        )
        for n, group in enumerate(story_groups):
            section = (developing or {}).get(tuple(sorted(group.sources)))
            if section is not None:  # before what the tables and the child are told
                placements[n] = replace(placements[n], section=section, relevant=True)
        kept = kept_sources(story_groups, placements) if digest else None
        given = DraftInputs(
            fresh=tuple(fresh_by_article),
            placements=tuple(placements),
            scores=rankings.brief.scores,
            # the bullets of a digest's stories, where the user set how many to keep
            total=options.budget(len(unique)) if digest and options.sets_budget else None,
            stale=stale,
            sections=tuple(c.section for c in classes),
            behind=behind,
            own_voice=own_voice_sources(corpus) if digest else frozenset(),
            small_talk=small_talk(unique),
            translated=originals,
        )
        if plan.by_article:  # which stories' quotes the child makes, and drafts
            extraction.send(kept)
            works.kept.take(kept)
            extraction.send(given if digest else None)
            works.drafting.take(given if digest else None)
        # a digest's figures: the child's, once it has the kept stories, or made here
        # when it is not yet on them (`Beside.result`)
        figures = Once(
            partial(extraction.result, works.figures[0])
            if works.figures
            else partial(figures_of, of_sources(unique, kept), published, dollars)
        )
        # a digest's in parts, which the child may share (see extracting.Works); they need
        # no extract: done while the child may still work
        composed = (
            all_told(extraction, works)
            if digest and works.told
            else list(
                compose_stories(
                    corpus,
                    groups,
                    given,
                    story_drafts(
                        corpus,
                        groups,
                        unique,
                        story_groups,
                        rankings.by_article,
                        list(story_positions(unique, story_groups, given.fresh)),
                        dict,  # no covers made ahead: each is made as its story is drafted
                        given,
                        context,
                        profile,
                    ),
                ).values()
            )
        )
        dates = {d.source.number: d.source.date or "" for d in documents}
        # (read here: the extract package reads word lists, which --data must set first)
        from brief.extract.figures.retrospective import retrospectives

        stories = compose.order_stories(
            composed,
            dates,
            [s.key for s in profile.sections],
            retrospectives(corpus.sentences, dates),
        )
        if plain:
            found = Extracts()
            if meanwhile is not None:
                meanwhile()
        else:
            in_full = compose.reported_sources(stories) if kept is not None else None
            found = extract(
                unique, extraction, works, figures, meanwhile, in_full, published, dollars
            )
            found = of_their_articles(found, corpus.sentences, story_groups)
            found = without_opinion(found, corpus)
            found = without_retracted(
                found, taken_back, {Mention(unique[k].source, unique[k].index) for k in withdrawn}
            )

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
        superseded={Mention(unique[k].source, unique[k].index) for k in stale},
        called_off={Mention(unique[k].source, unique[k].index) for k in off},
    )
