"""Compose: the stage outputs -> one Briefing, the only thing renderers see.

One story keeps the single-article layout: a bottom line, then the top sentences of all
sources in their profile sections. Several stories make a digest: the brief's title is the
profile's and the day's, each section holds its stories' own bullets, the bottom line is
the top story's lead, and the actors, figures, quotes and timeline are those of the
stories it reports in full (the others' actors, figures and quotes only when those have
none; never their timeline). Either way a section holds what the reader sees (the bottom line is not
counted twice), and the bottom line is a sentence that can open a brief (compose.leads).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from brief.classify import OTHER
from brief.compose.digest import named_fully, names_alone, reported
from brief.compose.issuers import issued_by, issuers, release_bodies
from brief.compose.leads import (
    can_lead,
    led_by_latest_count,
    newest_entry,
    opening_surname,
    reads_alone,
    refers_back,
    same_tally,
)
from brief.compose.titles import (
    day_of,
    digest_title,
    fallback_title,
    news_day,
    report_dates,
    untitled_lede,
)
from brief.extract.actors.tallies import holds_office
from brief.extract.actors.word_knowledge import common_word
from brief.extract.figures import (
    DEAD,
    DETAIL,
    as_of,
    casualty_count,
    casualty_kind,
    date_precision,
    details,
    disputable_count,
    disputed_claims,
    disputed_counts,
    find_figures,
    key_figures,
    latest_tolls,
    lede_toll,
    of_the_day,
    planned_in_a_noun,
    profile_rank,
    repeated,
    retold,
    stale_tolls,
)
from brief.extract.figures.conditional import foreseen_key
from brief.extract.figures.earlier_counts import corrections
from brief.extract.figures.sayers import in_own_voice
from brief.extract.lexicon import gazetteer
from brief.extract.quotes.transcripts import agenda_alone
from brief.ingest.furniture import ADDRESS, furniture_kind, is_furniture
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
    Section,
    Sentence,
    SentenceRecord,
    Source,
    Story,
    TimelineEvent,
)
from brief.profiles import Profile
from brief.selection.exchanges import small_talk
from brief.selection.pointing_back import names_bare
from brief.selection.quote_marks import quote_runs


def _current_rows(
    events: Sequence[TimelineEvent], superseded: AbstractSet[Mention], story_of: Mapping[int, int]
) -> list[TimelineEvent]:
    """The timeline's rows less those of a sentence a later report of its story
    supersedes (pipeline.superseded: an older wire copy's "killing nine people" beside
    the corrected "killing 11 people") where another row of its story tells its day: one
    row for each event, and that with the current count (r50 H3). A superseded row that
    alone dates its day stays: the event is true, and the bullets carry the count."""
    told = {
        (story_of.get(e.sentence.source), e.date) for e in events if e.sentence not in superseded
    }
    return [
        e
        for e in events
        if e.sentence not in superseded or (story_of.get(e.sentence.source), e.date) not in told
    ]


def _events_told_by_verbs(
    events: Sequence[TimelineEvent], story_of: Mapping[int, int] | None
) -> list[TimelineEvent]:
    """The rows less one whose date is a noun's (a planned event's: "committed ... to the
    talks in Almaty on 12 September") where another row of its story tells that event on
    that day with a verb ("will meet in Almaty on Friday"): one event is one row, and a
    commitment to an event is not the event (figures.planned_in_a_noun, r73 F15).
    `story_of` maps a source to its story (None: a brief of one story)."""

    def one_story(one: TimelineEvent, other: TimelineEvent) -> bool:
        if story_of is None:
            return True
        story = story_of.get(one.sentence.source)
        return story is not None and story == story_of.get(other.sentence.source)

    return [
        e
        for e in events
        if not any(one_story(e, other) and planned_in_a_noun(e, other) for other in events)
    ]


def _latest_news_first(
    events: Sequence[TimelineEvent],
    latest: AbstractSet[int],
    weight: Callable[[Sequence[Mention]], float],
) -> tuple[TimelineEvent, ...]:
    """The rows most important first, those that the latest day's reports date to a day
    before the rest: of reports of several days, the latest tell the news, and an
    earlier day's sentences, ranked as high, had filled the printed cut (a pile of three
    days had shown 13 and 15 March and none of the 16 March events its JSON held, r60
    F8). A year or a month the latest reports give is their background, and takes its
    turn by rank with the rest."""

    def key(event: TimelineEvent) -> tuple[bool, float]:
        news = event.sentence.source in latest and date_precision(event.date) >= 2
        return (not news, -weight((event.sentence,)))

    return tuple(sorted(events, key=key))


def _latest_sources(documents: Sequence[Document]) -> set[int]:
    """The sources of the latest day, where the sources are of several days; else all."""
    dates = report_dates(documents)
    if not dates:
        return {d.source.number for d in documents}
    latest = max(date[:10] for date in dates.values())
    return {n for n, date in dates.items() if date[:10] == latest}


def _each_story_latest(corpus: Corpus, stories: Sequence[Story]) -> set[int]:
    """Of each story, the sources of its latest day. A digest's later day is no fact's
    update unless the story is the same: one market report of Thursday had put all its
    figures before a coup's toll of Wednesday, the day of that story's latest report."""
    by_number = {d.source.number: d for d in corpus.documents}
    return {
        number
        for story in stories
        for number in _latest_sources([by_number[n] for n in story.sources if n in by_number])
    }


def _raised_tolls(corpus: Corpus, stories: Sequence[Story]) -> set[Mention]:
    """The ledes whose toll their story's lead raises (see pipeline.drafts._latest_toll):
    their figures are an earlier count, and go after the latest day's as an earlier day's
    do ("At least 13 people ... were killed" had led the key figures under a lead of 27)."""
    leads = {
        source: (toll, story.bullets[0].text)
        for story in stories
        if story.bullets and (toll := lede_toll(story.bullets[0].text)) is not None
        for source in story.sources
    }
    return {
        Mention(s.source, s.index)
        for s in corpus.sentences
        if s.index == 1
        and s.source in leads
        and (toll := lede_toll(s.text)) is not None
        and toll < leads[s.source][0]
        and same_tally(leads[s.source][1], s.text)
    }


def _raised_by_lead(
    summary: Sequence[Bullet], lead: Bullet, raised: set[Mention]
) -> tuple[Bullet, ...]:
    """A brief of one story's reports says its toll as its story does: the story's lead
    stands in for the ledes whose toll it raises (`leads.led_by_latest_count`; a brief of
    four reports of one clash had said 13 dead in its bottom line under the title's 27)."""
    return led_by_latest_count(
        summary,
        lambda b: Mention(b.source, b.index) in raised,
        lead,
        key=lambda b: (b.source, b.index),
    )


def _introduced_first(
    sections: Sequence[Section],
    bottom: Bullet | None,
    alone: Mapping[tuple[int, int], frozenset[str]],
) -> tuple[Section, ...]:
    """The sections less the bullets that open with a name alone (`alone`: by (source,
    index), the fuller forms its article gave) where no bullet shown before them (the
    bottom line, then the sections in their order) gives one of those forms, as a
    digest's story leaves them out (`compose.digest.stand_alone`): the sections take a
    brief's sentences out of their article's order, and "Kaboré said ..." had stood under
    one heading with the full name under another, read as the other Kaboré's (r67 F4,
    r68 F10)."""
    shown = [bottom] if bottom else []
    kept_sections = []
    for section in sections:
        kept = []
        for b in section.bullets:
            forms = alone.get((b.source, b.index))
            if forms is not None and not named_fully(forms, shown):
                continue
            kept.append(b)
            shown.append(b)
        kept_sections.append(replace(section, bullets=tuple(kept)))
    return tuple(kept_sections)


def _title(corpus: Corpus, bottom: Bullet | None, forced: str | None, story: Story | None) -> str:
    """The user's title; else, for one story of several reports, the story's headline;
    else the headline of the bottom line's source; else that source's lede (a brief of
    one article: its own lede)."""
    if forced:
        return forced
    if story is not None and len(story.sources) > 1:
        return story.title
    number = bottom.source if bottom else corpus.sentences[0].source
    doc = next((d for d in corpus.documents if d.source.number == number), None)
    if doc and doc.title:
        return doc.title
    # segment keeps no page stamp ("7.57 pm.") as a sentence: the first is the lede
    lede = next((s for s in corpus.sentences if s.source == number), corpus.sentences[0])
    return fallback_title(untitled_lede(corpus.sentences, lede))


Row = TypeVar("Row", Actor, Figure, Quote)


def rows_about(
    rows: Sequence[Row], cites: Callable[[Row], Sequence[Mention]], told: AbstractSet[int]
) -> list[Row]:
    """The rows that cite one of the `told` sources."""
    return [r for r in rows if any(m.source in told for m in cites(r))]


def _actors_about(
    actors: Sequence[Actor], told: set[int], stories: Sequence[Story] = ()
) -> tuple[Actor, ...]:
    """A digest's actors are the people of the stories it reports in full, counted in
    them (a story under "Also in the inbox" is one line; its people are not the day's),
    each story's in turn: its people with a role first, its principal officials before
    the others, then the rest, busiest first.
    When those stories name nobody, there are none: the other stories' people, like
    their quotes, would read as the day's (a footballer's in a brief on Greek riots).
    Nor is a body named only by common words ("Foreign Ministry") that two stories
    mention: it is each country's own, and one row had counted the Kyrgyz, Armenian and
    Iranian ministries as one (a reviewer's)."""
    story_of = {n: k for k, story in enumerate(stories) for n in story.sources}
    ours = []
    for actor in actors:
        mentions = tuple(m for m in actor.sentences if m.source in told)
        if not mentions:
            continue
        if len({story_of.get(m.source) for m in mentions}) > 1 and _generic_body(actor):
            continue
        if len(mentions) < len(actor.sentences):
            actor = replace(actor, mentions=len(mentions), sentences=mentions)
        ours.append(actor)
    # within each story its principal officials first, then the rest, the busiest first
    # (stable: find_actors' order among equals): the acting head of a border service who
    # spoke for his side had stood 13th, after the guard he mourned, a wounded sergeant
    # and other stories' relatives (r78 F10)
    ours.sort(key=lambda a: (not _principal_official(a), -a.mentions))
    # each story's people with a role first, in turn (the stories' header lines name their
    # busiest actors, most often countries): a day's table had held twelve countries and
    # bodies and not one official of five stories (r43)
    return _each_story_in_turn(
        ours,
        stories,
        lambda a: a.sentences[0].source,
        lambda a: int(not (a.kind == "person" and a.role)),
    )


def _principal_official(actor: Actor) -> bool:
    """A person whose role is a post held now (extract.actors.tallies.holds_office), whom
    the brief names more than once: one who speaks for a side or acts in the story, not
    an official named in passing ("a deputy from Batken said"), who goes by mentions with
    the story's other people, its dead, its freed and its resigned."""
    return (
        actor.kind == "person"
        and actor.role is not None
        and actor.mentions > 1
        and holds_office(actor.role)
    )


def _phrase_quoted(quote: Quote) -> int:
    """1 for a phrase the reporter's sentence quotes ("smuggled fuel", "in constant
    contact", "any vessel of any company": it opens in lower case, inside the sentence),
    0 for a statement: a brief shows its first few quotes, and a day's had been four such
    phrases while whole statements with their speakers waited below (r43)."""
    first = quote.text.lstrip("\"'“‘«…. ")[:1]
    return int(first.islower())


def _generic_body(actor: Actor) -> bool:
    """An organisation named only by common words and known to no gazetteer: "Foreign
    Ministry", "Interior Ministry", "the Supreme Court" are some country's."""
    if actor.kind != "organisation" or actor.name in gazetteer():
        return False
    return all(common_word(word) for word in actor.name.split() if word.lower() != "of")


def _said_once(quotes: Sequence[Quote]) -> list[Quote]:
    """Each quote once: two outlets carrying one speaker's quote (word for word, or one a
    part of the other) are one quote, the whole of it, in the place of the better-ranked
    (`quotes` comes best first); so are words given to nobody and the same words, or more,
    given to someone. Quotes given to different speakers stay apart, and so does a
    fragment given to someone inside longer words given to nobody: which is right is not
    for this to say, and a fragment must not stand in for what it came from. Words alone
    decide, not case, spacing or punctuation. (A quote is compared only with the kept
    quotes its indexes give: a long one with those sharing a run of three words and the
    short ones, a short one with those holding its rarest word and the short ones sharing
    a word; a long brief holds thousands of quotes.)"""
    kept: list[tuple[str, Quote]] = []
    by_run: dict[tuple[str, ...], list[int]] = {}  # a run of three words -> kept quotes with it
    holding: dict[str, list[int]] = {}  # a word -> kept quotes with it (for short quotes)
    short_holding: dict[str, list[int]] = {}  # the same, of kept quotes of under 3 words
    short: list[int] = []  # kept quotes of fewer than three words
    for quote in quotes:
        said = _QUOTE_WORD.findall(quote.text.casefold())
        words = f" {' '.join(said)} "
        runs = {tuple(said[k : k + 3]) for k in range(len(said) - 2)}
        if len(said) < 3:  # held by a kept quote, or holding a short one
            near: Sequence[int] = sorted(
                {*_holding_all(holding, said, len(kept)), *_indexed(short_holding, set(said))}
            )
        else:
            # best-ranked first, as for a short one: of two kept quotes it holds, the one
            # it joins must not be whichever a set of its runs gave first (the hash seed)
            near = sorted({*short, *_indexed(by_run, runs)})
        same = next((k for k in near if _one_quote(kept[k], (words, quote))), None)
        if same is None:
            same = len(kept)
            kept.append((words, quote))
            if len(said) < 3:
                short.append(same)
                for word in set(said):
                    short_holding.setdefault(word, []).append(same)
        elif len(words) > len(kept[same][0]) or (
            kept[same][1].actor is None and quote.actor is not None
        ):
            kept[same] = (words, quote)  # the whole quote, or its speaker, where the part was
        else:
            continue
        for run in runs:
            by_run.setdefault(run, []).append(same)
        for word in set(said):
            holding.setdefault(word, []).append(same)
    # A quote another kept one now holds whole (same speaker, or nobody's words within a
    # speaker's): kept apart before that one grew (a fragment, then another outlet's whole)
    return [
        quote for k, (_, quote) in enumerate(kept) if not _held_by_another(kept, k, by_run, holding)
    ]


def _holding_all(
    holding: Mapping[str, list[int]], said: Sequence[str], count: int
) -> Sequence[int]:
    """The kept quotes that hold the rarest of a short quote's words (all `count` kept
    quotes for a quote of no words)."""
    if not said:
        return range(count)
    return holding.get(min(said, key=lambda word: len(holding.get(word, ()))), ())


def _held_by_another(
    kept: Sequence[tuple[str, Quote]],
    k: int,
    by_run: Mapping[tuple[str, ...], list[int]],
    holding: Mapping[str, list[int]],
) -> bool:
    words, quote = kept[k]
    said = words.split()
    if len(said) < 3:
        near: Sequence[int] = _holding_all(holding, said, len(kept))
    else:
        near = by_run.get(tuple(said[:3]), ())
    return any(
        c != k
        and (kept[c][1].actor == quote.actor or quote.actor is None)
        and words in kept[c][0]
        and (len(kept[c][0]) > len(words) or c < k)
        for c in near
    )


def _one_quote(kept: tuple[str, Quote], new: tuple[str, Quote]) -> bool:
    """Whether two quotes are one: one speaker's (or nobody's) words, one within the
    other; or words given to nobody within the same words given to someone."""
    (kept_words, kept_quote), (new_words, new_quote) = kept, new
    if kept_quote.actor == new_quote.actor:
        return new_words in kept_words or kept_words in new_words
    if new_quote.actor is None:
        return new_words in kept_words
    return kept_quote.actor is None and kept_words in new_words


_Key = TypeVar("_Key", str, tuple[str, ...])


def _indexed(index: Mapping[_Key, list[int]], keys: AbstractSet[_Key]) -> list[int]:
    """The kept quotes an index gives for any of the keys (a quote's runs or words)."""
    return [k for key in keys for k in index.get(key, ())]


_QUOTE_WORD = re.compile(r"\w+")


def _one_section_a_quotation(reading: Sequence[Bullet]) -> list[Bullet]:
    """The sentences of one quotation, chosen together, in the section of its first: a
    reader takes them as one item. “We have increased patrols ... had opened a quote
    under Military moves and its close, “... not seeking conflict,” Brigadier Persaud
    told ..., sat under Other developments with the speaker (a reviewer's)."""
    return [
        replace(bullet, section=run[0].section) if bullet.section != run[0].section else bullet
        for run in quote_runs(reading)
        for bullet in run
    ]


def _worded(
    figures: Sequence[Figure], text_of: Mapping[tuple[int, int], str]
) -> tuple[Figure, ...]:
    """The figures as a list shows them, read without their sentences (figures.as_of)."""
    return tuple(as_of(f, text_of.get((f.sentence.source, f.sentence.index), "")) for f in figures)


def _dated(
    figures: Sequence[Figure],
    timeline: Sequence[TimelineEvent],
    sources: Sequence[Source],
    text_of: Mapping[tuple[int, int], str],
) -> tuple[Figure, ...]:
    """Each figure with the date it is of, decided once here for every renderer: its own
    (a `date` figure's), else the one date the timeline gives its sentence (the day of the
    event the sentence reports; none where it gives two), else its report's day for a
    level its clause tells in the present (figures.of_the_day). A past figure (a
    comparison's base, history) takes no date of its report's day or later from its
    sentence's event: it is of its own earlier time."""
    found: dict[Mention, set[str]] = {}
    for event in timeline:
        found.setdefault(event.sentence, set()).add(event.date)
    dated = {sentence: dates.pop() for sentence, dates in found.items() if len(dates) == 1}
    said = {s.number: day.isoformat() for s in sources if (day := day_of(s.date))}
    out = []
    for f in figures:
        text = text_of.get((f.sentence.source, f.sentence.index), "")
        report_day = said.get(f.sentence.source)
        own_day = dated.get(f.sentence)
        if f.past and own_day and report_day and own_day >= report_day[: len(own_day)]:
            # a comparison's base or a count of history is no figure of the day the
            # sentence's news is of: "falling to 8.74 percent from 9.31 percent at
            # Tuesday's close" in Wednesday's report is no Wednesday's 9.31 (r75 F12)
            own_day = None
        date = f.date or own_day or of_the_day(f, text, report_day)
        out.append(f if date == f.date else replace(f, date=date))
    return tuple(out)


# A key figure's tier (compose's `tier`), lowest first, written as the digits of a mixed
# radix so that each step passes every tier below it: its rank (key_choice.profile_rank,
# from DEAD for the dead to DETAIL for a detail) moved to start at 0, then an older day's
# figure, a past one, and a fact another source gave first.
_LOWEST_RANK = DEAD  # key_choice.figure_rank's lowest: the dead
_NOT_LATEST = DETAIL - _LOWEST_RANK + 1  # 6: past every rank
_PAST = 2 * _NOT_LATEST  # 12
_TOLD_AGAIN = 2 * _PAST  # 24
# the tier of the hurt whose dead are no key figure: after every other figure's, a copy's
# and a detail's too (48)
LAST_TIER = 2 * _TOLD_AGAIN


def _dead_tiers(
    ranked: Sequence[Figure],
    ours: Sequence[Figure],
    tier: Callable[[Figure], float],
    text_of: Mapping[tuple[int, int], str],
) -> dict[Mention, float]:
    """The tier of the dead of each sentence that counts the hurt or missing beside its
    dead ("killed one serviceman and wounded two"): its dead's own, or, where the scanner
    kept them from an earlier sentence of the source that told them first ("said one
    soldier was killed"), that one's; LAST_TIER where no key figure shows them (a toll a
    later count replaced)."""
    found: dict[Mention, float] = {}
    for f in ranked:
        if casualty_kind(f) == "dead":
            found[f.sentence] = min(found.get(f.sentence, LAST_TIER), tier(f))
    shown = {id(f) for f in ranked}
    unshown = {f.sentence: f for f in ours if casualty_kind(f) == "dead" and id(f) not in shown}
    parts = {
        f.sentence
        for f in ranked
        if casualty_kind(f) in {"hurt", "missing"} and f.sentence not in found
    }
    for at in parts:
        dead: Sequence[Figure] = [unshown[at]] if at in unshown else ()
        text = text_of.get((at.source, at.index), "")
        if not dead and any(word in text for word in ("kill", "dead", "died", "death")):
            # (the cheap test first: most counts of the hurt stand alone)
            scanned = find_figures([Sentence(text, at.source, at.index, 0)])
            dead = [f for f in scanned if casualty_kind(f) == "dead"]
        if not dead:
            continue
        # the same count of the source's shown elsewhere is its whole ("said one soldier
        # was killed", then "killed one serviceman and wounded two")
        told = [
            tier(f)
            for f in ranked
            if casualty_kind(f) == "dead"
            and f.sentence.source == at.source
            and any(f.value == d.value for d in dead)
        ]
        found[at] = min(told, default=LAST_TIER)
    return found


def _in_own_voice(
    figures: Sequence[Figure],
    sents: Sequence[Sentence],
    documents: Sequence[Document],
    quotes: Sequence[Quote],
) -> list[Figure]:
    """The figures, each with no sayer of its own that its sentence gives as the writer's
    own count (figures.sayers.in_own_voice) with its report's outlet as sayer, where the
    outlet is known and the sentence is no one's quote."""
    outlet_of = {d.source.number: d.source.outlet for d in documents if d.source.outlet}
    quoted = {m for q in quotes for m in q.sentences}
    text_of = {(s.source, s.index): s.text for s in sents}
    out = []
    for f in figures:
        outlet = outlet_of.get(f.sentence.source)
        if f.sayer is None and f.kind != "date" and outlet and f.sentence not in quoted:
            text = text_of.get((f.sentence.source, f.sentence.index), "")
            start = text.find(f.text)
            if start >= 0 and in_own_voice(text, start):
                f = replace(f, sayer=outlet)
        out.append(f)
    return out


def _issued(
    figures: Sequence[Figure],
    sents: Sequence[Sentence],
    sources: Sequence[Source],
    quotes: Sequence[Quote],
) -> list[Figure]:
    """The figures, each with no sayer of its own from a body's own release
    (issuers.release_bodies) with that body as sayer: a release speaks in its issuer's
    voice without "said", and its count is the body's claim, which a bare list would show
    as the brief's fact (r77 F4). Not a quote's figure, whose speaker is another, nor one
    its sentence gives as another's report ("the port authority's figure of 31 idle
    cranes"): the release cites it, and it is not the issuer's."""
    bodies = release_bodies(sources)
    if not bodies:
        return list(figures)
    quoted = {m for q in quotes for m in q.sentences}
    text_of = {(s.source, s.index): s.text for s in sents}
    claims = disputed_claims(sents)
    out = []
    for f in figures:
        body = bodies.get(f.sentence.source)
        if f.sayer is None and f.kind != "date" and body and f.sentence not in quoted:
            text = text_of.get((f.sentence.source, f.sentence.index), "")
            start = text.find(f.text)
            if start < 0:
                out.append(f)
                continue
            cited = _REPORTED_BEFORE.search(text, max(0, start - 80), start)
            if cited is None:
                f = replace(f, sayer=body)
                told = disputable_count(f)
                heads = {w.lower() for w in body.split()}
                if told is not None and any((*told, head) in claims for head in heads):
                    continue  # the body's own claim, which a report calls disputed
            elif cited["who"]:
                f = replace(f, sayer=cited["who"][:1].lower() + cited["who"][1:])
        out.append(f)
    return out


# A count told as another's report, right before it: "the port authority's figure of ",
# "an estimate of ": a number the release cites, its giver the possessive's where one is
# written ("the port authority").
_REPORTED_BEFORE = re.compile(
    r"(?:(?P<who>\b(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}[\w-]+)['’]s?\s+(?:own\s+)?(?:latest\s+)?)?"
    r"\b(?:figure|figures|count|estimate|tally|toll|number|total|numbers)\s+of\s+\Z",
    re.IGNORECASE,
)


def _outnumbered(
    corpus: Corpus, stories: Sequence[Story], sents: Sequence[Sentence]
) -> tuple[dict[tuple[int, int], frozenset[float]], frozenset[tuple[int, int]]]:
    """The sentences (source, index) that give a count fewer of their story's reports
    give than another count of the same thing, each with those counts' values
    (extract.figures.outnumbered), and those of them whose sentence says no one's it is."""
    from brief.compose.digest import story_documents
    from brief.extract.figures.outnumbered import story_counts

    told = [(s.sources, dict(s.copies)) for s in stories if s.independent >= 3]
    of_source: dict[int, list[Sentence]] = {}
    if told:
        for sentence in sents:
            of_source.setdefault(sentence.source, []).append(sentence)
    found: dict[tuple[int, int], frozenset[float]] = {}
    unsaid: set[tuple[int, int]] = set()
    for sources, copies in told:
        own = [s for n in sorted(set(sources)) for s in of_source.get(n, ())]
        counts = story_counts(story_documents(corpus, sources), own, copies)
        found.update(counts.minority or {})
        unsaid.update(
            (s.source, s.index)
            for s in own
            if (s.source, s.index) in found and not counts.says_whose(s)
        )
    return found, frozenset(unsaid)


def _in_dispute(
    figure: Figure,
    disputes: AbstractSet[tuple[int, str, float]],
    story_of: Mapping[int, int],
) -> bool:
    """Whether a count is one a report of its story says is disputed, or the rival count
    set against it there: the same value of the same thing (`counted_kind`) in the same
    story (`disputes`: each story's disputed counts and their rivals); a share of a whole
    by the part it counts ("52 of 58 quay cranes" beside "52 idle cranes, a figure the port
    authority disputed": figures.disputable_count)."""
    story = story_of.get(figure.sentence.source)
    told = disputable_count(figure)
    return story is not None and told is not None and (story, *told) in disputes


def _each_story_in_turn(
    rows: Sequence[Row],
    stories: Sequence[Story],
    source: Callable[[Row], int],
    tier: Callable[[Row], float] = lambda row: 0,
    order: Callable[[Row], float] = lambda row: 0,
) -> tuple[Row, ...]:
    """A digest's quotes and key figures take turns by story, in the digest's order, best
    first within each: a brief shows its first few, and one talkative (or numerate) story
    should not fill them. Turns are taken within a `tier` (a key figure's: today's before
    an earlier day's and history's, and within each what an analyst counts before a small,
    vague or bare one), so one story's history never goes before another's news, nor one
    story's "8 km" or bare "3%" before another's toll (r41). Within a turn the rows go by
    `order` (a toll's: the highest first), then by their stories' order: the day's worst
    toll leads the key figures whichever story leads the brief (r52 M1)."""
    story_of = {n: k for k, story in enumerate(stories) for n in story.sources}
    queues: dict[tuple[float, int], list[Row]] = {}
    for row in rows:
        queues.setdefault((tier(row), story_of.get(source(row), len(stories))), []).append(row)
    turns = sorted(
        (
            (level, turn, order(row), k, row)
            for (level, k), queue in queues.items()
            for turn, row in enumerate(queue)
        ),
        key=lambda t: (t[0], t[1], t[2], t[3]),
    )
    return tuple(row for *_, row in turns)


def turns_spoken(
    bullets: Sequence[Bullet],
    quotes: Sequence[Quote],
    sentences: Sequence[Sentence | SentenceRecord],
) -> tuple[Bullet, ...]:
    """The bullets as the brief shows them, a transcript turn's without its label and
    with its speaker (`_turn_spoken`): for a bullet made again from its sentence after
    the brief was composed (a later run of the day keeps the morning's, daily.late)."""
    spoken = _spoken_turns(quotes, sentences)
    return tuple(_turn_spoken(b, spoken) for b in bullets) if spoken else tuple(bullets)


def _spoken_turns(
    quotes: Sequence[Quote], sentences: Sequence[Sentence | SentenceRecord]
) -> dict[tuple[int, int], Quote]:
    """The quotes of a transcript's turns given a speaker, by the sentences they cite:
    each opens with the turn's label ("CZERWIŃSKA: ...", `_TURN_LABEL_RE`), the words
    after it the quote's. A bullet of one of their sentences is that speaker's words,
    the turn's first or a later one."""
    text_of = {(s.source, s.index): s.text for s in sentences}
    spoken: dict[tuple[int, int], Quote] = {}
    for quote in quotes:
        if not quote.actor or not quote.sentences:
            continue
        first = quote.sentences[0]
        opening = text_of.get((first.source, first.index), "")
        found = _TURN_LABEL_RE.match(opening)
        if found is None:
            continue
        # (the words after the label may be the turn's small talk, which its quote leaves
        # out: "RADU: I want to be very clear.", then the quote's first words, r75 F6)
        said = [opening[found.end() :]]
        if _small_talk(said[0]):
            said += [text_of.get((m.source, m.index), "") for m in quote.sentences[1:2]]
        if not any(_labels(found["label"], quote, words_said) for words_said in said):
            continue
        spoken.update(((m.source, m.index), quote) for m in quote.sentences)
    return spoken


def _small_talk(words_said: str) -> bool:
    """Whether the words that open a turn are its small talk, which its quote leaves out
    (`extract.quotes.transcripts._past_small_talk`): a greeting or thanks, or the
    speaker's saying what, or how, they will speak ("I want to be very clear.")."""
    return furniture_kind(words_said) == ADDRESS or agenda_alone(words_said)


def _labels(label: str, quote: Quote, words_said: str) -> bool:
    """Whether a label before a sentence's words is its turn's, whose quote `quote` is:
    in capitals, or the speaker's name; the words after it the quote's."""
    named = label.isupper() or any(
        part.casefold() in label.casefold() for part in (quote.actor or "").split()
    )
    return named and bool(words_said) and words_said[:40] in quote.text


# A turn's label before its words: "CZERWIŃSKA: ", "KAVALCHUK (through interpreter): ",
# "DIR. ANDAYA: " (no quotation mark nor sentence in it).
_TURN_LABEL_RE = re.compile(r"(?P<label>[^:“”\"«».?!]{1,60}?(?:\s*\([^()]{1,40}\))?):\s+(?=\S)")


def _turn_spoken(bullet: Bullet, spoken: Mapping[tuple[int, int], Quote]) -> Bullet:
    """A bullet whose sentence opens with a transcript turn's label, less the label, its
    speaker the one the turn's quote is given to: a presenter reads the words, and who
    said them after the citation, as a quote's speaker stands after it (r74 F24). A label
    no quote gives a speaker ("QUESTION (Outlet):", a voice the text names nowhere)
    stays on the words: words are never shown without the voice the text gives them."""
    quote = spoken.get((bullet.source, bullet.index))
    if quote is None or bullet.speaker:
        return bullet
    found = _TURN_LABEL_RE.match(bullet.text)
    if found is not None and _labels(found["label"], quote, bullet.text[found.end() :]):
        return replace(
            bullet,
            text=bullet.text[found.end() :],
            speaker=quote.actor,
            label=bullet.text[: found.end()],
        )
    # (a later sentence of the turn: its words are the quote's as they stand)
    if bullet.text[:40] in quote.text:
        return replace(bullet, speaker=quote.actor)
    return bullet


def _row_spoken(event: TimelineEvent, spoken: Mapping[tuple[int, int], Quote]) -> TimelineEvent:
    """A timeline row of a transcript turn's sentence as `_turn_spoken` makes its bullet:
    the label is the transcript's layout, not the sentence's words ("RADU: We sold 2.3
    billion euros on Tuesday ..."), and its speaker stands after the citation."""
    as_bullet = _turn_spoken(
        Bullet(
            text=event.text,
            source=event.sentence.source,
            index=event.sentence.index,
            score=0.0,
            section="",
        ),
        spoken,
    )
    if as_bullet.speaker is None:
        return event
    return replace(
        event,
        text=as_bullet.text,
        speaker=as_bullet.speaker,
        turn_label=as_bullet.label,
        issuer=None,
    )


def bullet(
    sentences: Sequence[Sentence],
    groups: Sequence[Sequence[int]],
    scores: Sequence[float],
    sections: Sequence[str],
    unique: int,
) -> Bullet:
    """Unique sentence `unique` as a bullet, with its score in the brief's ranking and
    its section (`scores`, `sections`: by unique position), citing every source that
    carries it, each where it first does: a page that repeats a paragraph (a scrape of
    its teaser and its body) says it once more, not in another report."""
    first = sentences[groups[unique][0]]
    by_source: dict[int, Mention] = {}
    for i in groups[unique]:
        by_source.setdefault(sentences[i].source, Mention(sentences[i].source, sentences[i].index))
    cited = tuple(by_source.values())
    return Bullet(
        text=first.text,
        source=first.source,
        index=first.index,
        score=scores[unique],
        section=sections[unique],
        cited=cited if len(cited) > 1 else (),
    )


def briefing(
    *,
    corpus: Corpus,
    groups: Sequence[Sequence[int]],
    ranking: Ranking,
    classes: Sequence[Classification],
    chosen: Sequence[int],
    profile: Profile,
    actors: Sequence[Actor],
    figures: Sequence[Figure],
    quotes: Sequence[Quote],
    timeline: Sequence[TimelineEvent],
    stories: Sequence[Story],
    title: str | None,
    generated: datetime,
    superseded: AbstractSet[Mention] = frozenset(),
    called_off: AbstractSet[Mention] = frozenset(),
) -> Briefing:
    """`groups[k]` lists corpus positions of unique sentence k (first one kept);
    ranking, classes and chosen are indexed by unique sentence k. `superseded`: the
    sentences a later report of their story supersedes (pipeline.superseded: a toll
    counted higher since), whose figures go after the current ones, as an earlier day's
    do: "toll in Conakry has risen to nine" had been the key figure right after a late
    wire's 11 (r45 M4). `called_off`: events to come that a report of their story says
    will not happen (pipeline.called_off), which are no row of the timeline."""
    sents = corpus.sentences
    section_of = [c.section for c in classes]
    summary = tuple(bullet(sents, groups, ranking.scores, section_of, k) for k in chosen)
    # a count fewer of its story's reports give than another (extract.figures.outnumbered,
    # r78 F1) is no row nor key figure (below), and no bullet where its sentence says no
    # one's
    fewer, unsaid = _outnumbered(corpus, stories, sents) if stories else ({}, frozenset())
    summary = tuple(b for b in summary if (b.source, b.index) not in unsaid)
    raised = _raised_tolls(corpus, stories)
    specs = [(s.key, s.title) for s in profile.sections] + [(OTHER, profile.other_title)]
    if len(stories) > 1:
        shown = reported(stories)
        top = shown[0] if shown else None
        lead = top.bullets[0] if top and top.bullets else None
        bottom = lead if lead and can_lead(lead.text) else None
        sections = tuple(
            Section(key, heading, tuple(b for s in shown if s.section == key for b in s.bullets))
            for key, heading in specs
        )
        day = news_day((d.source.date or d.date for d in corpus.documents), generated)
        brief_title = title or digest_title(profile.title, day)
        told = {n for s in shown for n in s.sources}
    else:
        if stories and raised:
            summary = _raised_by_lead(summary, stories[0].bullets[0], raised)
        # The best sentence that can open a brief: never a promotion or a back-reference;
        # of reports of several days, the latest's (a report of 6 March's "18,000 have
        # crossed" had been the bottom line beside 11 March's "more than 25,000").
        # Nor one that opens with a name alone its article gave in full before ("Laane
        # said ..." after "Piet Laane"): read first, it names a stranger (r68 F13).
        asked: dict[int, int] = {}  # each source's last bullet that opens with a name
        for b in summary:
            if b.index > 1 and opening_surname(b.text):
                asked[b.source] = max(asked.get(b.source, 0), b.index)
        alone = names_alone(corpus, asked, through=asked)
        leading = [b for b in summary if can_lead(b.text) and (b.source, b.index) not in alone]
        latest = _latest_sources(corpus.documents)
        bottom = next((b for b in leading if b.source in latest), None) or next(iter(leading), None)
        if len(corpus.documents) == 1:  # a live page alone opens with its newest entry
            bottom = newest_entry(leading) or bottom
        # One story of several reports opens with its lead, as a digest's story does: the
        # report whose count is latest (pipeline.drafts), not the best-ranked sentence of
        # any ("Rescue teams reached villages" had opened a brief whose story led with
        # "The death toll ... rose to 18", r46 H2).
        if stories and len(stories[0].sources) > 1 and stories[0].bullets:
            lead = stories[0].bullets[0]
            bottom = next(
                (b for b in leading if (b.source, b.index) == (lead.source, lead.index)), bottom
            )
        top_ref = (bottom.source, bottom.index) if bottom else None
        reading = _one_section_a_quotation(sorted(summary, key=lambda b: (b.source, b.index)))
        sections = tuple(
            Section(
                key,
                heading,
                tuple(b for b in reading if b.section == key and (b.source, b.index) != top_ref),
            )
            for key, heading in specs
        )
        sections = _introduced_first(sections, bottom, alone)
        brief_title = _title(corpus, bottom, title, stories[0] if stories else None)
        told = {d.source.number for d in corpus.documents}

    chosen_set = set(chosen)
    records: list[SentenceRecord | None] = [None] * len(sents)
    for k, group in enumerate(groups):
        for i in group:
            s = sents[i]
            records[i] = SentenceRecord(
                text=s.text,
                source=s.source,
                index=s.index,
                score=ranking.scores[k],
                section=classes[k].section,
                selected=k in chosen_set and i == group[0],
                section_scores=dict(classes[k].scores),
            )

    score_of = {
        (sents[g[0]].source, sents[g[0]].index): ranking.scores[k] for k, g in enumerate(groups)
    }

    def weight(ms: Sequence[Mention]) -> float:
        return max((score_of.get((m.source, m.index), 0.0) for m in ms), default=0.0)

    def about(rows: Sequence[Row], cites: Callable[[Row], Sequence[Mention]]) -> list[Row]:
        """A digest's figures and quotes are those of the stories it reports in full, as
        its timeline is; a single brief reports every source."""
        return rows_about(rows, cites, told)

    digest = len(stories) > 1
    if digest:
        latest = _each_story_latest(corpus, stories)
    else:
        # one report is its own latest: its superseded counts (a live page's early count
        # its later entry raised, r50 H3) are then stale beside its current ones
        latest = _latest_sources(corpus.documents) if len(corpus.documents) > 1 else told

    def of_latest_day(figure: Figure) -> bool:
        return (
            figure.sentence.source in latest
            and figure.sentence not in raised
            and figure.sentence not in superseded
        )

    # A digest's timeline is its reported stories' alone: dates from the other stories
    # would read as the day's chronology, and off-profile rows are worse than none.
    events = [e for e in timeline if e.sentence.source in told] if digest else list(timeline)
    # A row is read alone, as a bullet is: one that needs the sentence before it ("It spent
    # 59.2 trillion rupiah" under 2004, "He is due to meet ...") reads as about the row above.
    # Nor is page furniture's date the story's: a caption's "In this Feb. 11, 2007, file
    # photo" dates the picture, an embedded post's signature the post.
    events = [
        e
        for e in events
        if not (refers_back(e.text) or is_furniture(e.text)) and e.sentence not in called_off
    ]
    # Nor is one that names by a bare surname one of two people of the brief bears
    # ("Kapitza was charged ..." beside Anna and Ivan Kapitza): it cannot tell whom (r76
    # F19), as a bullet with a namesake's bare surname cannot
    # (a digest's people are those of the stories it reports: `_actors_about`)
    namesakes = _shared_surnames(_actors_about(actors, told, stories) if digest else actors)
    events = [e for e in events if not names_bare(e.text, namesakes)]
    story_of = {n: k for k, story in enumerate(stories) for n in story.sources}
    events = _current_rows(events, superseded, story_of)
    # Nor is a count fewer of its story's reports give than another count of the same
    # thing (extract.figures.outnumbered, r78 F1): a row or a key figure would state it as
    # a fact
    events = [e for e in events if (e.sentence.source, e.sentence.index) not in fewer]
    figures = [
        f
        for f in figures
        if f.value not in fewer.get((f.sentence.source, f.sentence.index), frozenset())
    ]
    events = _events_told_by_verbs(events, story_of if digest else None)
    # Nor is furniture's number the story's: "Last week: 978 migrants rescued in one day
    # ... contributed to this report" is a link to another story and a credit.
    cited = {(f.sentence.source, f.sentence.index) for f in figures}
    furniture = {
        (s.source, s.index) for s in sents if (s.source, s.index) in cited and is_furniture(s.text)
    }
    figures = [f for f in figures if (f.sentence.source, f.sentence.index) not in furniture]
    # Nor is a printed exchange's small talk's (selection.exchanges.small_talk: a host's
    # or a chair's turns, a guest's greeting): a spokesperson's "The Acting Governor will
    # ... then take three questions." had listed "three questions" (r75 F6)
    quiet = {(sents[k].source, sents[k].index) for k in small_talk(sents)}
    figures = [f for f in figures if (f.sentence.source, f.sentence.index) not in quiet]
    # Nor is one side of a dispute, wherever its story gives it: a count one report says
    # is disputed ("..., a count the union disputes") is the same count of the same thing
    # in another report of its story, there with no tag to say so (r76 F2: the board's own
    # transcript gave it bare); find_figures leaves it out of its own report only
    disputes = {
        (story_of[source], counted, value)
        for source, counted, value in disputed_counts(sents)
        if source in story_of
    }
    figures = [f for f in figures if not _in_dispute(f, disputes, story_of)]

    # a count the writer gives as its own ("According to our latest count, ...", "We have
    # documented ...") is its outlet's, as a sayer named in the sentence would be (r76
    # F15: a monitor's counts had shown bare beside the ministry's, which kept theirs);
    # not a quote's, whose "our" is its speaker's
    figures = _in_own_voice(figures, sents, corpus.documents, quotes)
    # a count a body's own release gives is that body's, as a sayer named would make it
    figures = _issued(figures, sents, [d.source for d in corpus.documents], quotes)
    ours = about(figures, lambda f: (f.sentence,))
    # a story's toll is its latest day's that counts one, where its latest day's reports
    # count none of that kind (figures.latest_tolls)
    days = report_dates(corpus.documents)
    toll_latest = latest_tolls(
        [f for f in ours if f.sentence not in raised and f.sentence not in superseded],
        of_latest_day,
        lambda f: story_of.get(f.sentence.source),
        lambda f: days.get(f.sentence.source, "")[:10],
    )

    def of_latest(figure: Figure) -> bool:
        return of_latest_day(figure) or figure in toll_latest

    # a toll a later report of its story counts again is that toll told before, not a
    # second fact: "killing nine people" of Tuesday beside Wednesday's "risen to 12"
    text_of = {(s.source, s.index): s.text for s in sents}
    # (a count a report corrects, "three ..., not four as reported earlier", where the
    # correcting sentence's own count is another report's figure, told first)
    corrected = [(story_of.get(c.source), c) for c in corrections(sents)]
    stale = stale_tolls(
        ours,
        of_latest,
        lambda f: story_of.get(f.sentence.source),
        lambda mention: text_of.get((mention.source, mention.index), ""),
        corrected,
    )
    # a forecast, a wish or a target is no key figure (figures.conditional.foreseen_key)
    ranked_figures = key_figures(
        [
            f
            for f in ours
            if f not in stale
            and not foreseen_key(f, text_of.get((f.sentence.source, f.sentence.index), ""))
        ],
        lambda f: weight((f.sentence,)),
        of_latest,
        profile.figure_kinds,
    )
    # one figure for each fact of a story: another report's copy of it is no second fact
    copies = retold(ranked_figures, lambda f: story_of.get(f.sentence.source))
    ranked_figures = tuple(f for k, f in enumerate(ranked_figures) if k not in copies)
    minor = details(ranked_figures)
    # a fact another source gave first goes after every story's own (its own story's turn
    # would show "more than 40 accounts" beside "at least 40 accounts")
    told_again = {id(ranked_figures[k]) for k in repeated(ranked_figures)}

    def tier(f: Figure) -> float:
        return (
            _TOLD_AGAIN * (id(f) in told_again)
            + _PAST * f.past
            + _NOT_LATEST * (not of_latest(f))
            + (DETAIL if f in minor else profile_rank(f, profile.figure_kinds))
            - _LOWEST_RANK
        )

    # the hurt and missing of a toll its sentence gives whole ("killed one serviceman and
    # wounded two") stand no higher than its dead: a part shown without its whole reads
    # as the count of whatever toll stands above it (r73 F4: a claim's "wounded two", its
    # dead told again lower down, had stood under another incident's "killed one
    # civilian" as that one's wounded); where its dead are no key figure at all (a copy
    # of another toll, or one a later count replaced), the part comes last of all
    dead_tier = _dead_tiers(ranked_figures, ours, tier, text_of)

    def tier_with_whole(f: Figure) -> float:
        own = tier(f)
        if dead_tier and casualty_kind(f) in {"hurt", "missing"}:
            whole = dead_tier.get(f.sentence, own)
            return whole + 0.5 if whole > own else own  # (right after its dead's tier)
        return own

    # each read alone, so a running measure keeps the time it is of ("turnout stood at 31
    # percent at noon" beside the close of polls' turnout, r67 F2)
    worded = _worded(
        _each_story_in_turn(
            ranked_figures,
            stories if digest else (),
            lambda f: f.sentence.source,
            # every story's dead before any story's other casualties, those before its
            # other counts, then small or vague counts, durations and details last (the
            # turns are within each tier): one story's "three days" of mourning had gone
            # before another's "eight suspected pirates" (r55 L3)
            tier_with_whole,
            # the highest toll first
            lambda f: -(f.value or 0) if casualty_count(f) else 0,
        ),
        text_of,
    )
    # Most important first (the SVG draws the top few, in date order), the latest day's
    # news before older days' (see _latest_news_first).
    rows = _latest_news_first(events, _latest_sources(corpus.documents), weight)
    sources = tuple(d.source for d in corpus.documents)
    # a row of a party's own release says whose account it is (compose.issuers)
    issuer_of = issuers(sources)
    rows = tuple(
        replace(e, issuer=issued_by(issuer_of.get(e.sentence.source), e.text)) for e in rows
    )
    # a turn of a printed exchange shows its words, and its speaker where a quote's goes
    spoken = _spoken_turns(quotes, sents)
    if spoken:
        bottom = _turn_spoken(bottom, spoken) if bottom is not None else None
        summary = tuple(_turn_spoken(b, spoken) for b in summary)
        sections = tuple(
            replace(s, bullets=tuple(_turn_spoken(b, spoken) for b in s.bullets)) for s in sections
        )
        stories = [
            replace(s, bullets=tuple(_turn_spoken(b, spoken) for b in s.bullets)) for s in stories
        ]
        rows = tuple(_row_spoken(e, spoken) for e in rows)
    return Briefing(
        title=brief_title,
        generated=generated,
        sources=sources,
        profile=profile.name,
        algorithm=ranking.algorithm,
        bottom_line=bottom,
        summary=summary,
        sections=sections,
        actors=_actors_about(actors, told, stories) if digest else tuple(actors),
        figures=_dated(worded, rows, sources, text_of),
        quotes=_each_story_in_turn(
            _said_once(
                sorted(
                    about([q for q in quotes if reads_alone(q.text)], lambda q: q.sentences),
                    key=lambda q: -weight(q.sentences),
                )
            ),
            stories if digest else (),
            lambda q: q.sentences[0].source,
            _phrase_quoted,
        ),
        sentences=tuple(r for r in records if r is not None),
        timeline=rows,
        stories=tuple(stories),
    )


def _shared_surnames(actors: Sequence[Actor]) -> frozenset[str]:
    """The surnames (a full name's last word) two people of the actors bear; not one
    that is also a word ("May", "Young"), which a text writes for its word as often
    ("in May 2004")."""
    from brief.extract.actors.word_knowledge import common_word
    from brief.extract.lexicon import calendar_word

    seen: dict[str, set[str]] = {}
    for actor in actors:
        words_of = actor.name.split()
        if actor.kind != "person" or len(words_of) < 2:
            continue
        surname = words_of[-1]
        if not (common_word(surname) or calendar_word(surname)):
            seen.setdefault(surname, set()).add(actor.name)
    return frozenset(surname for surname, names in seen.items() if len(names) > 1)
