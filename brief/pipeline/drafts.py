"""A digest's stories before their actors: each story's place in the profile, and its own
2 to 5 bullets (a coverage cover across its outlets, or its one article's best)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, partial
from typing import TYPE_CHECKING

from brief.extract.figures.outnumbered import StoryCounts, story_counts
from brief.models import (
    Classification,
    Corpus,
    Document,
    Figure,
    Ranking,
    Sentence,
    Story,
    StoryGroup,
)
from brief.pipeline.choosing import left_out_as_furniture, no_bullet, picked_without
from brief.pipeline.departures import with_departure
from brief.pipeline.parts import numbers_in_part
from brief.pipeline.superseded.counts import CorrectedTitles
from brief.pipeline.superseded.reports import latest_day_sources, story_of_sources
from brief.prefilter import may_hold
from brief.profiles import Profile
from brief.rank import RankContext
from brief.selection.denied_claims import (
    with_contested_claims,
    with_denials_after_claims,
    with_denied_claims,
)

if TYPE_CHECKING:
    from brief.extract.lexicon import Words
    from brief.story_profile import Placement


STORY_MIN_BULLETS = 2
STORY_MAX_BULLETS = 5
LEAD_SENTENCES = 2  # a news story states its event in its headline and first sentences


@dataclass(frozen=True)
class StoryDraft:
    """A story's bullets (unique-sentence positions, best first) and its place in the
    profile: all of a story but its actors, which the extraction brings."""

    group: StoryGroup
    picks: tuple[int, ...]
    placement: Placement
    # the story's lead (a position in `picks`' terms) where it was chosen as the lede its
    # latest day's reports bear out most (`_consensus_lede`), or kept first where other
    # reports' ledes were added after it (`_each_report_heard`): its report heads the story
    lead: int | None
    # each report's stance to the story's event, by source (`_stances`), and the
    # sentences of its articles that open with a name alone their article gave in full
    # before (`compose.digest.names_alone`): the drafts read them to pick the bullets,
    # and composing the story reads them again for its headline and its bullets' names
    # (0.1 s of CPU at 1,000 articles, when each was worked out twice)
    stances: Mapping[int, int]
    alone: Mapping[tuple[int, int], frozenset[str]]


def place_stories(
    unique: Sequence[Sentence],
    story_groups: Sequence[StoryGroup],
    classes: Sequence[Classification],
    headline_classes: Mapping[int, Classification],
    profile: Profile,
    headlines: Mapping[int, str],
    readings: Sequence[Sequence[tuple[int, int]]],
) -> list[Placement]:
    """Each story's place in the profile (`headline_classes`: each article's headline,
    judged with it; `readings`: each story's sentences as `story_readings` reads them)."""
    from brief.story_profile import article_leads, place

    placements = []
    for group, reading in zip(story_groups, readings, strict=True):
        member_classes = [classes[k] for k, _ in reading]
        texts = [unique[k].text for k, _ in reading]
        headline = headlines[group.sources[0]]
        of_article = [article for _, article in reading]
        leads = article_leads(
            member_classes, of_article, headline_classes, LEAD_SENTENCES, group.sources, texts
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


@dataclass(frozen=True)
class DraftInputs:
    """What drafting the stories reads that only the brief's process knows once it has
    chosen the brief's sentences and placed the stories: `fresh`, the unsent positions,
    best first; each story's `placements`; the brief's ranking's `scores` (by unique
    position), which the bullets show; `total`, the bullets of the stories told in
    full together, where the user set how many sentences to keep (`story_budgets`);
    `stale`, positions of sentences made outdated (`pipeline.superseded`); each unique
    sentence's section in the profile (`sections`, by position; none where unclassified);
    `behind`, positions of a straggler's sentences; `own_voice`, the sources that are a
    body's own page (`own_voice_sources`); `small_talk`, positions of a printed
    exchange's host's turns and greetings (`selection.exchanges.small_talk`: no news),
    read once of all the sentences, not again for each part of a digest's stories; so is
    `translated` (positions of sentences whose translation stands beside them,
    `selection.translations.translated`; None: read of each story's sentences). A
    digest's is sent to the extraction child, which drafts and composes the parts of the
    stories it gets to first (`story_drafts`, `compose_stories`)."""

    fresh: tuple[int, ...]
    placements: tuple[Placement, ...]
    scores: tuple[float, ...]
    total: int | None = None
    stale: frozenset[int] = frozenset()
    sections: tuple[str, ...] = ()
    behind: frozenset[int] = frozenset()
    own_voice: frozenset[int] = frozenset()
    small_talk: frozenset[int] = frozenset()
    translated: frozenset[int] | None = None


def story_drafts(
    corpus: Corpus,
    groups: Sequence[Sequence[int]],
    unique: Sequence[Sentence],
    story_groups: Sequence[StoryGroup],
    by_article: Ranking,
    apart: Sequence[tuple[list[int], list[int]]],
    covers: Callable[[], Mapping[int, tuple[int, ...]]],
    given: DraftInputs,
    context: RankContext,
    profile: Profile | None = None,
    part: int | None = None,
) -> dict[int, StoryDraft]:
    """Each story's own bullets, by its number (`apart`: each story's positions and its
    own unsent ones, `story_positions` of `given.fresh`; `groups`: the corpus positions
    of each unique sentence's copies; `covers()`: what `story_covers` made of the stories
    it was given), with its place in the profile (`place_stories`). `part`: the stories
    of that part only (`parts.part_of`), made by the extraction child or by
    this process, whichever gets to it first (see extracting.Works); all where None.
    Each story has 2 to 5 bullets (`_bullets`) but where the user's budget says
    (`given.total`). Stale sentences are no bullets. A story tells what the profile's
    strongest cue names (`_naming_decisively`). In a story with unsent sentences of other
    reports, a straggler's (`given.behind`) are no bullet but where those leave a place
    empty (`_filled_from_behind`)."""
    from brief.classify.matcher import heaviest_cue
    from brief.compose.digest import names_alone

    covered = covers()  # the covers made so far: see story_covers
    budgets = (
        story_budgets(story_groups, given.placements, [len(p) for p, _ in apart], given.total)
        if given.total is not None
        else {}
    )
    behind = given.behind
    heaviest = heaviest_cue(profile) if profile is not None else None
    top = _top_weight(profile) if profile is not None else 0.0
    drafts = {}
    for number in numbers_in_part(len(story_groups), part):
        positions, unsent = apart[number]
        group = story_groups[number]
        # (of every article of the story: its bullets may cite another copy's)
        alone = names_alone(corpus, frozenset(group.sources))
        story = _StorySentences(
            unique,
            positions,
            _own_copies(corpus.sentences, groups, positions, group),
            given.translated,
        )
        held_back = _held_back(positions, unsent, behind)
        unfit = (
            frozenset(
                i for i, k in enumerate(positions) if k in given.stale or k in given.small_talk
            )
            | _named_alone(unique, positions, alone)
            | held_back
        )
        unfit |= _background_left_out(story, unsent, unfit, held_back, _bullets(group), context)
        # a count fewer of its reports give than another, stated as no one's, is no
        # bullet; one that says whose it is goes after the count most give (r78 F1)
        counts = _story_counts(corpus, group, story)
        minority = counts.minority or {}
        unfit |= frozenset(
            i
            for i, sentence in enumerate(story.sentences)
            if (sentence.source, sentence.index) in minority and not counts.says_whose(sentence)
        )
        count = budgets.get(number)
        reports = _side_reports(corpus, group)
        drafting = _Drafting(
            corpus=corpus,
            story=story,
            group=group,
            unsent=unsent,
            current=[k for k in unsent if k not in behind] if held_back else unsent,
            latest=_latest_telling(corpus, group, reports),
            unfit=unfit,
            count=count,
            context=context,
            stances=_stances(reports),
        )
        picks, drafting = _fit_picks(
            drafting, by_article, covered.get(number) if count is None else None
        )
        picks, lead = _opened(drafting, picks)
        if given.sections and profile is not None and count is None:
            reading = _ProfileReading(
                story, unsent, drafting.unfit, lead, given.sections, profile, heaviest, top
            )
            picks = _naming_decisively(picks, reading)
            if drafting.several:
                picks = _sections_heard(picks, reading, given.own_voice)
        picks = _completed(drafting, picks, lead, held_back)
        if minority:
            picks = _after_the_most_told(drafting, picks, counts)
            lead = lead if picks[:1] == (lead,) else None
        drafts[number] = StoryDraft(
            group, picks, given.placements[number], lead, drafting.stances, alone
        )
    return drafts


@dataclass(frozen=True)
class _Drafting:
    """One story while its bullets are chosen: its sentences, its own unsent positions
    (best first), the unsent ones but a straggler's where other reports have some
    (`current`: the day's news), the sources of its latest day (`latest_day_sources`),
    the places in `story.sentences` that can be no bullet (`unfit`), the bullets the
    user's budget gives it (`count`; None: the default, `_bullets`), and its reports'
    stances to its event (`_stances`)."""

    corpus: Corpus
    story: _StorySentences
    group: StoryGroup
    unsent: Sequence[int]
    current: Sequence[int]
    latest: frozenset[int]
    unfit: frozenset[int]
    count: int | None
    context: RankContext
    stances: Mapping[int, int]

    @property
    def several(self) -> bool:
        """Is it told by several independent outlets (a coverage cover of them)?"""
        return len(self.group.independent) > 1

    @property
    def bullets(self) -> int:
        """How many bullets it gets: the user's budget, or the default (`_bullets`)."""
        return self.count or _bullets(self.group)


def _held_back(
    positions: Sequence[int], unsent: Sequence[int], behind: frozenset[int]
) -> frozenset[int]:
    """The story's places (in its reading order) of a straggler's sentences (`behind`),
    where other reports have unsent ones: those are the story's news. A story only
    stragglers tell holds none back: theirs are its news."""
    if all(k in behind for k in unsent):
        return frozenset()
    return frozenset(i for i, k in enumerate(positions) if k in behind)


def _background_left_out(
    story: _StorySentences,
    unsent: Sequence[int],
    unfit: frozenset[int],
    held_back: frozenset[int],
    count: int,
    context: RankContext,
) -> frozenset[int]:
    """The story's places of sentences that restate background (`restated_background`),
    where its other unsent sentences that can be a bullet (a straggler's held back too,
    which may fill a place left empty: `_filled_from_behind`) are enough for its `count`
    bullets: such a sentence is weaker news than any report's own event. A travel
    advisory's "The UK ... already advises against all travel to Niger." and "Canada
    and Australia also advise against all travel to the country." had been two of its
    story's four bullets, while the kidnappers' ransom demand, the hostages' names and
    the road still closed, of the other report, were in none (r65 F2). Where the story
    has too little else, they are what it tells."""
    restated = restated_background(story.sentences, context.language) - unfit
    if not restated:
        return frozenset()
    place_of, sentences = story.place_of, story.sentences
    others = sum(
        1
        for k in unsent
        if (i := place_of[k]) not in restated
        and (i not in unfit or i in held_back)
        and _stands_alone(sentences[i])
    )
    return restated if others >= count else frozenset()


# How many of a sentence's own stems (its content words but the story's names) another
# sentence must hold, and at least what share of them, for the two to say one predicate.
GIVEN_STEMS = 2
GIVEN_SHARE = 0.66
_WORD = re.compile(r"[a-z]+")


def restated_background(sentences: Sequence[Sentence], language: str) -> frozenset[int]:
    """The sentences (places in `sentences`, one story's) that restate background: a
    particle presupposes that what they say is given (words.toml's
    presupposing_particles: an additive "also", that it holds of someone else too; an
    aspectual "already", that it held before the news), and another of the story's
    sentences gives what follows the particle (the predicate it marks), GIVEN_STEMS or
    more of its stems, and at least GIVEN_SHARE of them, past the names (the words the
    story writes capitalised inside a sentence and never in lower case: who holds the
    predicate is what such a sentence changes). "Canada and Australia also advise against
    all travel to the country" beside "The UK already advises against all travel to
    Niger": each gives the other's advice again, for other governments. Where what
    follows "also" is new ("The storm also destroyed 200 homes" beside "The storm killed
    12 people"), the particle adds it to what was said of the same subject: news."""
    from brief.extract.lexicon import words
    from brief.rank.coverage import content_stems, says_one_thing
    from brief.rank.text import stemmer

    listed = words()
    particles = tuple(listed["presupposing_particles"])
    marked: dict[int, str] = {}
    for i, sentence in enumerate(sentences):
        # (most sentences hold no particle: a substring test spares reading their words,
        # which had been a quarter of this, 0.1 s of CPU at 1,000 articles)
        if not may_hold(sentence.text, particles):
            continue
        predicate = _main_predicate(_QUOTED.sub(" ", sentence.text), listed)
        if predicate is not None:
            marked[i] = predicate
    if not marked:
        return frozenset()
    stem = stemmer(language)
    asked = {i: content_stems(predicate, language) for i, predicate in marked.items()}
    # Only the predicates' stems are looked up: of the names, those among them, and the
    # sentences holding those only (at 1,000 articles every word of 371 stories had been
    # stemmed, and each stem's sentences kept: a fifth of this, 0.04 s of CPU).
    wanted = frozenset[str]().union(*asked.values())
    names = {stem(w.lower()) for s in sentences for w in _capitalised(s.text)} & wanted
    if names:  # less the words the story writes in lower case
        names -= set(map(stem, _WORD.findall(" ".join(s.text for s in sentences))))
    whole = [content_stems(s.text, language) for s in sentences]
    # which sentences hold each stem: a sentence is compared only with those that share
    # its predicate's stems (each with all of a 25,000-sentence story had cost 15 s)
    looked_up = wanted - names
    holding: dict[str, list[int]] = {}
    for j, stems in enumerate(whole):
        for word in stems & looked_up:
            holding.setdefault(word, []).append(j)
    found = set()
    for i in marked:
        mine = asked[i] - names
        if len(mine) < GIVEN_STEMS:
            continue
        least = max(GIVEN_STEMS, GIVEN_SHARE * len(mine))
        shared = Counter(j for word in mine for j in holding.get(word, ()) if j != i)
        # another report's wording of the same sentence is no one else's: a copy
        if any(
            count >= least and not says_one_thing(whole[i], whole[j])
            for j, count in sorted(shared.items())
        ):
            found.add(i)
    return frozenset(found)


_WORD_IN = re.compile(r"[A-Za-z]+")
# How many words before the particle a relative pronoun puts it in a relative clause
# ("Virginia, which also reinstated ...": a clause about a name, not the sentence's news).
RELATIVE_REACH = 3


def _main_predicate(text: str, listed: Words) -> str | None:
    """What follows the first presupposing particle of a sentence, where it marks the
    main clause's predicate: not in a relative clause (RELATIVE_REACH), not opening the
    sentence ("Also, ..." adds a sentence, not a party) and not before a verb of saying
    ("He also said ..." adds what he said: its news). None where it marks none."""
    found = list(_WORD_IN.finditer(text))
    for at, word in enumerate(found):
        if word[0].lower() not in listed["presupposing_particles"]:
            continue
        before = [w[0].lower() for w in found[max(0, at - RELATIVE_REACH) : at]]
        after = found[at + 1][0].lower() if at + 1 < len(found) else ""
        relative = not listed["relative_pronouns"].isdisjoint(before)
        if at == 0 or relative or after in listed.speech:
            return None
        return text[word.end() :]
    return None


# A quotation inside a sentence: a particle there is the speaker's, not the reporter's.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _fit_picks(
    drafting: _Drafting, by_article: Ranking, cover: tuple[int, ...] | None
) -> tuple[tuple[int, ...], _Drafting]:
    """The story's picks (`_story_picks`, of `cover`, what `story_covers` made, where it
    holds nothing unfit), chosen again without what they hold that is no bullet: counts
    revised since (`_revised`) and, of several reports, a fact an earlier pick gives
    (`_retold`); with the drafting whose `unfit` holds those too."""
    story, unsent, group = drafting.story, drafting.unsent, drafting.group
    unfit, count = drafting.unfit, drafting.count
    while True:
        if drafting.several and (cover is None or not unfit.isdisjoint(cover)):
            cover = _story_cover(story, unsent, group, drafting.context, unfit, count=count)
        picks = _story_picks(story, by_article, unsent, group, cover, unfit, count)
        revised = _revised(story, picks) - unfit
        if drafting.several:
            revised |= _retold(story, picks, drafting.context.language) - unfit
        if not revised:
            return picks, replace(drafting, unfit=unfit)
        unfit |= revised


def _opened(drafting: _Drafting, picks: tuple[int, ...]) -> tuple[tuple[int, ...], int | None]:
    """The picks, led as the story's reports bear out, and the lead (None where the picks
    keep their own first). The cover of what the reader was not sent leans to what is new
    to him, not to the day's news; a story of several days opens with its latest day's
    report; and a story of several reports, with one that states its event
    (`_led_by_a_side`): `_consensus_lede` leads those. A lead gives way to the lede of a
    report of the latest count (`_led_by_latest_count`) or a higher toll (`_highest_toll`),
    and a sentence that gives the latest count is a bullet (`_telling_latest_count`). Of
    several reports, each report's headline news is heard (`_each_report_heard`)."""
    corpus, story, group = drafting.corpus, drafting.story, drafting.group
    unique, positions, unsent = story.unique, story.positions, drafting.unsent
    latest, unfit, current = drafting.latest, drafting.unfit, drafting.current
    several = drafting.several
    lead = None
    stances = drafting.stances
    sided = several and _led_by_a_side(unique, picks, stances)
    aside = _led_by_an_aside(corpus, group, unique, picks) if several else frozenset()
    if (
        len(unsent) < len(positions)
        or (latest and not _opened_by_latest(unique, picks, latest))
        or sided
        or aside
    ):
        unsent_here = set(unsent)
        told = [unique[k].text for k in positions if k not in unsent_here]
        preferred = _preferred_reports(corpus, group, latest, stances, sided, told)
        if aside:
            by_report = preferred
            preferred = lambda source: (float(source in aside), *by_report(source))  # noqa: E731
        lead = _consensus_lede(
            story,
            unsent,
            group,
            drafting.context,
            latest,
            unfit,
            preferred,
            every_lede=sided or bool(aside),
        )
    latest_count = _latest_count(corpus, story, unsent, latest, unfit)
    lead = _led_by_latest_count(unique, lead, latest_count)
    if lead is None:
        # (of what can lead: a restating a later sentence replaces is unfit, r69 F3)
        fit = [k for k in current if story.place_of[k] not in unfit]
        picks = _latest_day_lede(unique, picks, fit, latest)
    else:
        lead = _highest_toll(unique, lead, current, latest)
        if lead not in picks and several:
            remade = _story_cover(
                story, unsent, group, drafting.context, unfit, lead, drafting.count
            )
            picks = tuple(positions[i] for i in remade)
        picks = _latest_toll(unique, _led_by(unique, picks, lead, latest), current)
    picks = _telling_latest_count(unique, picks, latest_count)
    if several and drafting.count is None:
        heard = _each_report_heard(corpus, story, picks, unsent, group, unfit, latest)
        if heard != picks:
            lead = picks[0] if lead is None else lead
        picks = heard
    return picks, lead


def _completed(
    drafting: _Drafting, picks: tuple[int, ...], lead: int | None, held_back: frozenset[int]
) -> tuple[int, ...]:
    """The picks made whole: a person leaving an office told (`with_departure`), a
    denial with the claim it refers back to, or none (`with_denied_claims`), a fact
    told once (`_said_once`), topped up to the user's count (`_topped_up`), and a place
    left empty filled from a straggler's sentences (`_filled_from_behind`)."""
    story, unsent, unfit = drafting.story, drafting.unsent, drafting.unfit
    unique = story.unique
    unfit_positions = frozenset(story.positions[i] for i in unfit)
    picks = with_departure(unique, picks, drafting.current, unfit_positions, drafting.bullets)
    # a denial that refers back to a claim comes with it, or goes (r73 F7)
    picks = with_denied_claims(
        unique, picks, drafting.current, unfit_positions, drafting.bullets, _stands_alone
    )
    # ... and a claim with the denial its report gives right after it (r74 F15)
    picks = with_denials_after_claims(
        unique, picks, drafting.current, unfit_positions, drafting.bullets, _may_be_bullet
    )
    # ... and a side's denial that states the claim with the claim's own report (r76 F10)
    if drafting.several:
        picks = with_contested_claims(
            unique, picks, drafting.current, unfit_positions, drafting.bullets, _may_be_bullet
        )
        picks = _said_once(unique, picks, lead, drafting.context.language)
    if drafting.count is not None and len(picks) < drafting.count:
        picks = _topped_up(story, picks, unsent, unfit, drafting.count, drafting.context)
    if held_back:
        picks = _filled_from_behind(story, picks, unsent, unfit - held_back, drafting.bullets)
    return picks


def _story_counts(corpus: Corpus, group: StoryGroup, story: _StorySentences) -> StoryCounts:
    """The counts fewer of the story's reports give than another of the same thing
    (extract.figures.outnumbered), read of its reports' headlines and sentences."""
    from brief.compose.digest import story_documents

    if len(group.independent) < 3:
        return StoryCounts()  # (two reports are a tie at most)
    documents = story_documents(corpus, group.sources)
    return story_counts(documents, story.sentences, group.copies)


def _after_the_most_told(
    drafting: _Drafting, picks: Sequence[int], counts: StoryCounts
) -> tuple[int, ...]:
    """The picks, each that gives a count fewer reports give than another (`counts`)
    right after one that gives the count most reports give: a reader sees the two counts
    and whose each is, never the fewer's first (r78 F1: a radio's "four of the five aid
    workers" had led a story whose wire and paper said three). Where no pick gives the
    count most give, the best sentence that does comes in its place; with none, it goes."""
    unique = drafting.story.unique
    minority, majority = counts.minority or {}, counts.majority

    def place(k: int) -> tuple[int, int]:
        return (unique[k].source, unique[k].index)

    fit = [
        k
        for k in drafting.current
        if place(k) in majority and drafting.story.place_of[k] not in drafting.unfit
    ]
    out = [k for k in picks if place(k) not in minority]
    kept: set[int] = set()
    for k in picks:
        if place(k) not in minority:
            continue
        rival = next((r for r in out if place(r) in majority), None)
        if rival is None:
            rival = next((r for r in fit if r not in out), None)
            if rival is None:
                continue
            before = [j for j in picks if j in out and picks.index(j) < picks.index(k)]
            out.insert(out.index(before[-1]) + 1 if before else 0, rival)
        out.insert(out.index(rival) + 1, k)
        kept |= {rival, k}
    # (the story's budget holds: the last other pick makes room for a rival brought in)
    while len(out) > len(picks):
        spare = next((j for j in reversed(out) if j not in kept), None)
        if spare is None:
            break
        out.remove(spare)
    return tuple(out)


def _said_once(
    unique: Sequence[Sentence], picked: Sequence[int], lead: int | None, language: str
) -> tuple[int, ...]:
    """The picks but those that give again, in another report's words, a fact an earlier
    pick gives (`_same_fact`): the cover leaves such a copy out, but the steps after it
    add a report's lede (the latest day's, the latest count's, each report's headline
    news), and two wires' ledes of one strike, "A drone struck ..., killing three dock
    workers ..." and "Three workers were killed ... when a drone hit ...", had been two of
    a story's bullets (r51 M2). The lead and the first pick stay, and so does the lede of
    the first pick's report, whose headline heads the story (compose.digest): of two
    sentences of one fact, the other goes."""
    if not picked:
        return ()
    first = unique[picked[0]].source
    staying = {picked[0], lead} | {
        k for k in picked if unique[k].source == first and unique[k].index == 1
    }
    kept: set[int] = set()
    for k in sorted(picked, key=lambda k: k not in staying):  # stable: in their order
        if k in staying or not (
            any(_same_fact(unique[k], unique[o], language) for o in kept)
            or _details_told(unique[k], [unique[o] for o in kept])
        ):
            kept.add(k)
    return tuple(k for k in picked if k in kept)


# A decimal or a clock time as written: "6.4", "2:17", "2.17" (not a thousands' comma)
_NUMBER = re.compile(r"(?<![\d.:,])\d+[.:]\d+(?![.:,]?\d)")
# From how many numbers a sentence's are its event's details, which others can give all of
DETAILS = 2


def _details_told(sentence: Sentence, kept: Sequence[Sentence]) -> bool:
    """Does a sentence give nothing but details of its event other reports' kept
    sentences give, in precise numbers: every decimal and clock time it writes (DETAILS
    or more) is one of theirs ("The magnitude 6.4 quake struck near Mamuju at 2.17am"
    beside "A magnitude 6.4 earthquake struck Mamuju ..." and "The quake hit at 2:17
    a.m. ...", r52 M4)? A magnitude and a clock time two reports give are one fact each,
    however worded: a clock's "2.17am" is its "2:17 a.m.". One such number in common may
    be chance; two are the event's own. Whole numbers are not enough: a year and a small
    count two reports share tell no one fact (a trial on DUC 2003 had lost bullets so)."""
    mine = _numbers(sentence.text)
    if len(mine) < DETAILS:
        return False
    theirs = {n for other in kept if other.source != sentence.source for n in _numbers(other.text)}
    return mine <= theirs


def _numbers(text: str) -> frozenset[str]:
    """The decimals and clock times a sentence writes, a clock's "2:17" as "2.17"."""
    return frozenset(n.replace(":", ".") for n in _NUMBER.findall(text))


def _same_fact(sentence: Sentence, other: Sentence, language: str) -> bool:
    """Does a sentence give again a fact another report's sentence gives: it counts what
    befell people (the dead, the hurt, the displaced: `figures.figure_rank` below 0),
    every count it gives is one the other gives of the same people (`figures.same_count`:
    "killing three dock workers" and "Three workers were killed", "forced about 1,200
    people from their homes" and "displacing about 1,200 people"), and they share a
    content word beyond the numbers? Such a toll is the sentence's news, told twice. So
    is a price told with its move (`_price_move`: "rose 6% to $15.05 per million British
    thermal units" in two reports of one outage, r53 M2): a price and its change two
    reports give alike are one market's one move, however worded. A sentence with a count
    of its own is news of its own, and so is one whose count only names whom its news is
    about ("holding three surveyors ... and demanded a payment" beside "The relatives of
    three surveyors ... pleaded"), or no count."""
    from brief.extract.figures import figure_rank, same_count
    from brief.extract.figures.alone import figures_alone
    from brief.rank.coverage import content_stems

    if sentence.source == other.source:
        return False
    found = [f for f in figures_alone(sentence) if not f.past and f.kind != "date"]
    mine = [f for f in found if f.kind == "count"]
    if mine and all(figure_rank(f) < 0 for f in mine):
        theirs = [f for f in figures_alone(other) if f.kind == "count"]
    elif _price_move(found) and not _other_names(sentence.text, other.text):
        mine = found
        theirs = [f for f in figures_alone(other) if f.kind in _PRICE_MOVE]
    else:
        return False
    if not all(any(same_count(f, g) for g in theirs) for f in mine):
        return False
    shared = content_stems(sentence.text, language) & content_stems(other.text, language)
    numbers = _number_stems(language)
    return any(not w[:1].isdigit() and w not in numbers for w in shared)


def _other_names(text: str, other: str) -> bool:
    """Do two sentences name what they tell of by different names: "Brent crude rose 2%
    to $80" and "West Texas Intermediate rose 2% to $80" are two markets' moves, however
    alike (the names are the capitalised words past the first; none in one is no
    difference)."""
    mine, theirs = _capitalised(text), _capitalised(other)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _capitalised(text: str) -> frozenset[str]:
    return frozenset(w.strip(".,;:'’\"“”()") for w in text.split()[1:] if w[:1].isupper())


# The kinds of figure a price and its move are told in: see _price_move.
_PRICE_MOVE = frozenset({"money", "percent"})


def _price_move(figures: Sequence[Figure]) -> bool:
    """Do a sentence's figures tell a price and its move, and nothing else: a sum and a
    share ("rose 6% to $15.05", "fell 2% to $80 a barrel")? Two figures given alike by
    two reports are one fact, where one alone ("rose 6%") may be chance."""
    kinds = [f.kind for f in figures]
    return set(kinds) == _PRICE_MOVE


@cache
def _number_stems(language: str) -> frozenset[str]:
    """Numbers' words, stemmed ("three", "twelv"): two equal counts share them."""
    from brief.extract.figures.notation import number_values
    from brief.rank.text import stemmer

    return frozenset(map(stemmer(language), number_values().numbers))


def _filled_from_behind(
    story: _StorySentences,
    picked: Sequence[int],
    fresh: Sequence[int],
    unfit: frozenset[int],
    count: int,
) -> tuple[int, ...]:
    """The picks, then, where they are fewer than `count`, the best-ranked of the
    straggler's sentences held back (`fresh` holds them after the others) that can be a
    bullet: a straggler fills a place the day's reports leave empty, and never takes one
    of theirs. Not its lede: a picked lede opens its story and gives it its report's
    headline (compose.digest), and a straggler's is what held before the reader's last
    brief."""

    place_of = story.place_of
    out = list(picked)
    for k in fresh:
        if len(out) >= count:
            break
        sentence = story.unique[k]
        if (
            k not in out
            and place_of[k] not in unfit
            and _stands_alone(sentence)
            and not left_out_as_furniture(sentence.text)
            and not _is_lede(sentence)
        ):
            out.append(k)
    revised = _revised(story, out[len(picked) :])
    return tuple(k for k in out if place_of[k] not in revised)


def _named_alone(
    unique: Sequence[Sentence],
    positions: Sequence[int],
    alone: Mapping[tuple[int, int], frozenset[str]],
) -> frozenset[int]:
    """A story's sentences that open with a name alone its article gave in full before
    ("Muianga said ..."): no bullets, for the bullets are read without the sentences
    between them (`alone`: `compose.digest.names_alone` of the story's articles)."""
    return frozenset(
        i for i, k in enumerate(positions) if (unique[k].source, unique[k].index) in alone
    )


def _topped_up(
    story: _StorySentences,
    picked: Sequence[int],
    fresh: Sequence[int],
    unfit: frozenset[int],
    count: int,
    context: RankContext,
) -> tuple[int, ...]:
    """The picks, then up to the `count` the user set: what best extends them (the
    coverage of the story's sentences with what the picks and the sent ones say known, so
    that no fact is told twice), then the best-ranked of its other unsent sentences
    (`fresh`, by each article's own ranking) that can be a bullet. A cover ends where its
    words run out or nothing is left to gain, and a reader who asked for 40 sentences of
    a story of 80 wants more than a cover of 250 words."""
    from brief.rank.coverage import may_be_bullet, summarize_story

    place_of = story.place_of
    unsent = set(fresh)
    known = [place_of[k] for k in picked] + [
        i for i, k in enumerate(story.positions) if k not in unsent
    ]
    fit = [i for i in range(len(story.positions)) if i not in unfit]
    at = {i: n for n, i in enumerate(fit)}
    more = summarize_story(
        [story.sentences[i] for i in fit],
        context,
        max_sentences=count - len(picked),
        exclude=[at[i] for i in known if i in at],
    )
    out = [*picked, *(story.positions[fit[n]] for n in more)]
    have = set(out)
    for k in fresh:
        if len(out) >= count:
            break
        if k not in have and place_of[k] not in unfit and may_be_bullet(story.unique[k]):
            out.append(k)
            have.add(k)
    revised = _revised(story, out[len(picked) :])
    return tuple(k for k in out if place_of[k] not in revised)[:count]


def story_budgets(
    story_groups: Sequence[StoryGroup],
    placements: Sequence[Placement],
    sizes: Sequence[int],
    total: int,
) -> dict[int, int]:
    """How many bullets each story told in full gets when the user set how many sentences
    a digest keeps (`-n`, `--ratio`, a daily config's `sentences`): `total` shared among
    them as seats are by the D'Hondt rule, each story weighing as many votes as the
    default gives it bullets (one more than its independent sources), and none getting
    more than it has sentences (`sizes`). Each keeps its lead, however small `total`: a
    story told in full is never told without it. The stories listed one line each
    ("Also in the inbox") keep their default. A duty editor who asked for 3, 10 or 40
    sentences of a day of eight reports of a cyclone had been given the same five bullets
    each time, and no word that the setting did nothing (r44)."""
    from brief.compose.digest import LEADING

    relevant = [n for n, placement in enumerate(placements) if placement.relevant]
    told = (
        relevant
        or sorted(range(len(story_groups)), key=lambda n: (-len(story_groups[n].independent), n))[
            :LEADING
        ]
    )
    told = [n for n in told if sizes[n] > 0]
    counts = dict.fromkeys(told, 1)
    left = total - len(told)
    while left > 0:
        open_ = [n for n in told if counts[n] < sizes[n]]
        if not open_:
            break
        best = max(
            open_,
            key=lambda n: (
                (len(story_groups[n].independent) + 1) / (counts[n] + 1),
                len(story_groups[n].independent),
                -n,
            ),
        )
        counts[best] += 1
        left -= 1
    return counts


def _opened_by_latest(
    unique: Sequence[Sentence], picked: Sequence[int], latest: frozenset[int]
) -> bool:
    """Whether the picks hold a lede of the story's latest day (`compose.leads.opens_report`)."""

    return any(unique[k].source in latest and _is_lede(unique[k]) for k in picked)


def _revised(story: _StorySentences, picked: Sequence[int]) -> frozenset[int]:
    """The picks (as positions in `story.sentences`) whose counts are all an earlier
    report's, revised since (`earlier_counts.tells_only_revised_counts`): no bullets.
    Asked of the picks alone, and the story picked again without them: reading every
    sentence of a thousand articles so would cost a third of a second."""
    from brief.extract.figures.earlier_counts import tells_only_revised_counts

    return frozenset(
        story.place_of[k] for k in picked if tells_only_revised_counts(story.unique[k].text)
    )


def _retold(story: _StorySentences, picked: Sequence[int], language: str) -> frozenset[int]:
    """The picks (as positions in `story.sentences`) that give again another report's
    fact an earlier pick gives (`_said_once`): the story picked again without them fills
    their places with facts of its own, not left empty (r52 M4: the quake's tsunami
    all-clear and its displaced had no bullet beside two tellings of its magnitude)."""
    once = set(_said_once(story.unique, picked, None, language))
    return frozenset(story.place_of[k] for k in picked if k not in once)


@dataclass(frozen=True)
class _SideReports:
    """A story's reports (`documents`), the text of each one's first sentence where it
    opens its article (`ledes`, by source), and the reports that tell a side of an event
    another tells (`sides`: `compose.titles.side_reports`): worked out once per story,
    for its reports' stances (`_stances`) and its latest day that tells the event
    (`_latest_telling`), which had each worked them out of the same ledes."""

    documents: Sequence[Document]
    ledes: Mapping[int, str]
    sides: frozenset[int]


def _side_reports(corpus: Corpus, group: StoryGroup) -> _SideReports:
    """The story's reports, their ledes and its reports of a side (see `_SideReports`)."""
    from brief.compose.digest import first_sentence, story_documents
    from brief.compose.titles import side_reports

    documents = story_documents(corpus, group.sources)
    ledes = {
        n: lede.text
        for n in group.sources
        if (lede := first_sentence(corpus, n)) is not None and lede.index == 1
    }
    return _SideReports(documents, ledes, side_reports(documents, ledes))


def _stances(reports: _SideReports) -> dict[int, int]:
    """Each of the story's reports' stance to its event (`compose.titles.report_stance`)."""
    from brief.compose.digest import report_stances

    return report_stances(reports.documents, reports.ledes, reports.sides)


def _latest_telling(corpus: Corpus, group: StoryGroup, reports: _SideReports) -> frozenset[int]:
    """The sources of a story's latest day (`latest_day_sources`) of the reports that tell
    its event: a later day's report of a side of it (`reports.sides`) gives
    it no lede. "Calderra police say no arrests yet over Tarsa dam collapse", the one
    report of a dam's fourth day, had led and headed fifteen reports of the collapse and
    its toll (r68 F5)."""
    from brief.compose.titles import report_dates

    latest = latest_day_sources(corpus, group)
    if not latest:
        return latest
    sides = reports.sides
    if not latest & sides:
        return latest
    telling = {
        n: day[:10] for n, day in report_dates(reports.documents).items() if n not in sides and day
    }
    if not telling:
        return latest
    last = max(telling.values())
    return frozenset(n for n, day in telling.items() if day == last)


def _led_by_a_side(
    unique: Sequence[Sentence], picked: Sequence[int], stances: Mapping[int, int]
) -> bool:
    """Do the picks hold a judgement (`compose.leads.states_an_opinion`) or the opening
    of a report that speaks for a party or comments on the event, where another report
    states it? Either may lead the story, or give it its headline: the story is then led
    by the lede of a report that states the event (`_preferred_reports`). An analyst's
    thesis had led a troop build-up told by a wire and four other reports, and RIA's
    account of the Geneva talks, which Washington denied, the story of nine reports of
    them (r47)."""
    from brief.compose.leads import states_an_opinion
    from brief.compose.titles import SPEAKS_FOR_A_SIDE

    if not any(stance < SPEAKS_FOR_A_SIDE for stance in stances.values()):
        return False
    return any(
        states_an_opinion(unique[k].text)
        or (unique[k].index == 1 and stances.get(unique[k].source, 0) >= SPEAKS_FOR_A_SIDE)
        for k in picked
    )


def _led_by_an_aside(
    corpus: Corpus, group: StoryGroup, unique: Sequence[Sentence], picked: Sequence[int]
) -> frozenset[int]:
    """The story's reports of a side matter (`compose.titles.asides`), where the story, of
    one day, is led by one of them (else none): its lede would lead and its headline head
    the story where its other reports state its event. "Evacuation shelter opens at
    Harwick High School" had headed a wildfire's five reports (a trial). The story is then
    led by the lede its other reports bear out most (`_consensus_lede`, by
    `_preferred_reports`, those reports first). A story of several days opens with its
    latest day's lede already."""
    from brief.compose.digest import story_documents
    from brief.compose.titles import asides, report_dates

    if not picked:
        return frozenset()
    documents = story_documents(corpus, group.sources)
    if report_dates(documents):
        return frozenset()
    found = asides(documents)
    return found if unique[picked[0]].source in found else frozenset()


def _preferred_reports(
    corpus: Corpus,
    group: StoryGroup,
    latest: frozenset[int],
    stances: Mapping[int, int],
    sided: bool,
    told: Sequence[str] = (),
) -> Callable[[int], tuple[float, ...]]:
    """The order in which the story's reports may give it its lead, by source (lower
    first; `_consensus_lede` breaks ties by its coverage ranking): a report that speaks
    for a party or comments on the event after the others. Where such a report was
    among the picks (`sided`), a report that states the event goes before one that
    reports a party's claim ("Washington denies Moscow's account ...": its lede is the
    denial, one more side of the talks than their end). Then, of a story of three or
    more reports, the one whose headline the (latest day's) reports bear out most
    (`compose.titles.borne_out`), as such a story is headed: the wire's "Russian troops
    pour into Belarus" over "Lithuania raises readiness of rapid reaction force". `told`:
    what the reader was already sent of the story, which bears a headline out as one
    more report. A Batumi cafés' piece that named the Poti strike in passing had led and
    headed the strike's third day, and a minister's meeting its fifth, over the berths'
    reopening and the drone's identification (r51 H2)."""
    from brief.compose.digest import story_documents
    from brief.compose.titles import BORNE_OUT_FROM, SPEAKS_FOR_A_SIDE, borne_out

    documents = [
        d for d in story_documents(corpus, group.sources) if not latest or d.source.number in latest
    ]
    titles = {d.source.number: d.title or "" for d in documents}
    several = len(documents) >= BORNE_OUT_FROM
    borne = borne_out(documents, told) if several else (lambda _: 0.0)
    if not sided:
        return lambda source: (
            float(stances.get(source, 0) >= SPEAKS_FOR_A_SIDE),
            -borne(titles.get(source, "")),
        )
    return lambda source: (float(stances.get(source, 0)), -borne(titles.get(source, "")))


def _consensus_lede(
    story: _StorySentences,
    fresh: Sequence[int],
    group: StoryGroup,
    context: RankContext,
    latest: frozenset[int],
    unfit: frozenset[int],
    preferred: Callable[[int], tuple[float, ...]] | None = None,
    every_lede: bool = False,
) -> int | None:
    """The lede (a position in `unique`) that the story's latest day's reports bear out
    most: the first report's opening that comes first in the coverage ranking of that
    day's reports (every copy voting: the lede a brief of that day alone would open with)
    and says something they share, that is unsent and can lead
    (`compose.leads.opens_report`). What most of a day's reports say is its news. The
    cover of what the reader was not yet sent leans to what is new to him, and had led a
    cyclone's third day with a ministry's cholera release while the wire, the UN, an
    analysis and a newsletter led with the aid deal signed that day (r44); a story of
    three days, whose cover held no lede of its last day, had been led by a live blog's
    latest entry, a side item. The reports `preferred` first (by source, lower first:
    `_preferred_reports`) give it, whatever the ranks of their ledes; `every_lede`: of
    all the ledes, not only those that add to what the ranking's earlier sentences say
    (a wire's lede whose facts the ranking took from its second sentence adds nothing
    after it, and is still the lede the reports' headlines bear out). None where no
    unsent lede can lead."""
    from brief.extract.figures.earlier_counts import tells_only_revised_counts
    from brief.rank.coverage import may_be_bullet, rank_kept

    sentences = story.sentences
    members = [i for i, s in enumerate(sentences) if not latest or s.source in latest]
    flat, kept = _flattened(
        [c for c in story.copies[i] if not latest or c.source in latest] or [sentences[i]]
        for i in members
    )
    if not flat:
        return None
    coverage = rank_kept(flat, kept, context, group.copies)
    unsent = set(fresh)
    found = []
    for j in coverage.order:
        if coverage.scores[j] <= 0 and not every_lede:
            continue  # it says nothing the day's reports share: a cover's filler
        i = members[j]
        sentence = sentences[i]
        if (
            story.positions[i] in unsent
            and i not in unfit
            and _is_lede(sentence)
            and may_be_bullet(sentence)
            and not tells_only_revised_counts(sentence.text)
        ):
            found.append(i)
    order = preferred or (lambda _: ())
    best = min(found, key=lambda i: order(sentences[i].source), default=None)  # stable
    return None if best is None else story.positions[best]


# A report's lead, where it gives its toll: its headline and first sentences.
TOLL_SENTENCES = 3


@dataclass(frozen=True)
class _LatestCount:
    """Where a story's reports give tolls of all the dead that differ: the reports that
    give the highest in their leads (a toll rises as the dead are counted: they are the
    latest), the first of their unsent ledes that can lead, and a sentence that gives it."""

    reports: frozenset[int]
    lede: int | None
    told: int | None


def _latest_count(
    corpus: Corpus,
    story: _StorySentences,
    fresh: Sequence[int],
    latest: frozenset[int],
    unfit: frozenset[int],
) -> _LatestCount | None:
    """The story's latest count (`_LatestCount`), from its latest day's reports' leads (a
    headline and TOLL_SENTENCES sentences); None where they give one toll or none, or
    none lower of the countries the highest names (`superseded.lower_tolls`: one
    country's toll is no earlier count of another's)."""
    from brief.extract.figures import lede_toll
    from brief.rank.coverage import may_be_bullet

    sentences = story.sentences
    # A toll rises between reports: a story of one report (of its latest day) has none
    # risen (`_highest_risen`), and its leads' figures need not be read. They had been
    # for all 584 stories of the 1,000-article inbox, where 171 have several reports:
    # 0.25 s of CPU, now 0.13 s (with `_latest_toll`'s, lede_toll's in all 0.24 -> 0.17 s).
    if len({one.source for one in sentences if not latest or one.source in latest}) < 2:
        return None
    # an earlier day's reports' tolls are read too, as counts the latest day's may have
    # risen from: they give the story no lead of their own
    told = _lead_tolls(corpus, sentences, frozenset())
    risen = _highest_risen(sentences, told, latest)
    if risen is None:
        return None
    highest, reports = risen
    unsent = set(fresh)
    usable = [
        i
        for i, sentence in enumerate(sentences)
        if sentence.source in reports and story.positions[i] in unsent and i not in unfit
    ]
    lede = next(
        (
            story.positions[i]
            for i in usable
            if _is_lede(sentences[i]) and may_be_bullet(sentences[i])
        ),
        None,
    )
    count = next(
        (
            story.positions[i]
            for i in usable
            if lede_toll(sentences[i].text) == highest and may_be_bullet(sentences[i])
        ),
        None,
    )
    return _LatestCount(reports, lede, count)


# A report's toll as its lead gives it (-1 for none) and the countries it names.
_LeadToll = tuple[float, frozenset[str]]


def _lead_tolls(
    corpus: Corpus, sentences: Sequence[Sentence], latest: frozenset[int]
) -> dict[int, _LeadToll]:
    """Each of the story's reports' (of its latest day) toll of all the dead from its
    lead, by source: its headline's, or a higher one of its first TOLL_SENTENCES
    sentences, or an equal one that names the countries its headline's does not."""
    from brief.compose.digest import story_documents
    from brief.extract.figures import lede_toll
    from brief.extract.figures.tolls import toll_places

    # the story's own documents: all of them, for each of 582 stories, was 0.15 s
    documents = story_documents(corpus, [sentence.source for sentence in sentences])
    titles = {d.source.number: d.title or "" for d in documents}
    told: dict[int, _LeadToll] = {}
    for sentence in sentences:
        source = sentence.source
        if latest and source not in latest:
            continue
        if source not in told:
            title = titles.get(source, "")
            heading = lede_toll(title)
            told[source] = (-1.0, frozenset()) if heading is None else (heading, toll_places(title))
        found = lede_toll(sentence.text) if sentence.index <= TOLL_SENTENCES else None
        # a lede that names the countries of its headline's toll tells whose it is
        if found is not None and (
            found > told[source][0] or (found == told[source][0] and not told[source][1])
        ):
            told[source] = (found, toll_places(sentence.text))
    return told


def _highest_risen(
    sentences: Sequence[Sentence],
    told: Mapping[int, _LeadToll],
    latest: frozenset[int] = frozenset(),
) -> tuple[float, frozenset[int]] | None:
    """The highest of the reports' tolls (`told`: `_lead_tolls`) that has risen since
    another's, and the reports that give it; None where none has. Of a story of several
    days, the reports that give it are of its `latest` day, and an earlier day's are the
    counts it may have risen from: the wire's "death toll ... has risen to five" of a
    shelling's second day, whose report recalls the three dead the first day's gave, had
    not led its story, which a commander's dismissal that day headed (r73 F10).

    A toll has risen where a lower toll of the same countries was counted before: a
    town's higher toll from one source (which names none) is no later count of them,
    and had kept a late "death toll ... in northern Mozambique rose to 18" out of its
    story's bullets (r46 H2). And a report's toll another report gives as an earlier one
    is overtaken by it, whatever places they name (`superseded.recalled_tolls`): the
    later of two reports of one day tells the other's count as revised since (r48 H1)."""
    from brief.pipeline.superseded.death_tolls import recalled_tolls

    if not told:
        return None
    recalled = {
        n: counts
        for n, counts in recalled_tolls(sentences, dict.fromkeys(told, 0)).items()
        if told[n][0] >= 0
    }
    overtaken = {
        n
        for n, (toll, _) in told.items()
        if any(toll in counts for other, counts in recalled.items() if other != n)
    }
    # a report that tells a lower count as an earlier report's says its own toll has
    # risen: "has risen to five ... Initial reports had spoken of three dead"
    overtaking = {
        other
        for other, counts in recalled.items()
        if any(told[n][0] in counts for n in overtaken if n != other)
        or any(count < told[other][0] for count in counts)
    }
    risen = [
        (toll, at)
        for n, (toll, at) in told.items()
        if n not in overtaken
        and (not latest or n in latest)
        and (
            n in overtaking
            or (at and any(0 <= other < toll and where == at for other, where in told.values()))
        )
    ]
    if not risen:
        return None  # no toll of its countries risen between the reports
    highest, places = max(risen, key=lambda t: t[0])
    reports = frozenset(
        n
        for n, (toll, at) in told.items()
        if toll == highest and at == places and n not in overtaken and (not latest or n in latest)
    )
    return highest, reports


def _led_by_latest_count(
    unique: Sequence[Sentence], lead: int | None, latest_count: _LatestCount | None
) -> int | None:
    """The lead, or, where its report does not give the story's latest count, the lede of
    one that does: that report is the latest, and its lede the latest news. A late wire
    headed "Guinea junta rejects ECOWAS ultimatum as protest toll rises to 11" had been
    in no bullet of its story but its toll, which was led by a strike called "to protest
    against the killing of nine" (r45 H3, M4)."""
    if latest_count is None or latest_count.lede is None:
        return lead
    if lead is not None and unique[lead].source in latest_count.reports:
        return lead
    return latest_count.lede


def _telling_latest_count(
    unique: Sequence[Sentence], picked: Sequence[int], latest_count: _LatestCount | None
) -> tuple[int, ...]:
    """The picks, with a sentence that gives the story's latest count in place of the
    last where none gives it: the headline that states it is cited by a bullet, and an
    earlier count is not the only one a reader is given."""
    from brief.extract.figures import lede_toll

    if latest_count is None or latest_count.told is None or not picked:
        return tuple(picked)
    highest = lede_toll(unique[latest_count.told].text)
    if any(lede_toll(unique[k].text) == highest for k in picked):
        return tuple(picked)
    if len(picked) < STORY_MIN_BULLETS:
        return (*picked, latest_count.told)
    return (*picked[:-1], latest_count.told)


def _highest_toll(
    unique: Sequence[Sentence], lead: int, fresh: Sequence[int], latest: frozenset[int]
) -> int:
    """The lead, or where it gives a toll of all the dead, the latest day's lede that gives
    a higher one of the same tally (a toll rises as the dead are counted; see
    `_latest_toll` and `compose.leads.same_tally`)."""
    from brief.compose.leads import same_tally
    from brief.extract.figures import lede_toll

    toll = lede_toll(unique[lead].text)
    if toll is None:
        return lead
    higher = [
        (found, k)
        for k in fresh
        if (not latest or unique[k].source in latest)
        and _is_lede(unique[k])
        and (found := lede_toll(unique[k].text)) is not None
        and found > toll
        and same_tally(unique[k].text, unique[lead].text)
    ]
    return max(higher, key=lambda t: t[0])[1] if higher else lead


def _led_by(
    unique: Sequence[Sentence], picked: Sequence[int], lead: int, latest: frozenset[int]
) -> tuple[int, ...]:
    """The picks with `lead` first: where it was not picked, it takes the place of the
    first picked lede of an earlier day, or else of the last pick."""
    if lead in picked:
        return (lead, *(k for k in picked if k != lead))
    earlier = next(
        (
            at
            for at, k in enumerate(picked)
            if unique[k].index == 1 and latest and unique[k].source not in latest
        ),
        len(picked) - 1,
    )
    rest = [k for at, k in enumerate(picked) if at != earlier]
    return (lead, *rest)


def _latest_day_lede(
    unique: Sequence[Sentence],
    picked: Sequence[int],
    fresh: Sequence[int],
    latest: frozenset[int],
) -> tuple[int, ...]:
    """A story of several days opens with its latest day's report: its first sentence,
    the best-ranked that can lead, takes the place of the first picked lede of an earlier
    day (or, with none, of the last pick). A two-day water-cannon story had led with the
    first day's "Four Filipino crew members were injured", and the second day's "Six
    crew members ... raising the number from four" was in none of its bullets (r43);
    the headline follows the lede (see compose.titles.headline)."""

    if not latest or _opened_by_latest(unique, picked, latest):
        return tuple(picked)
    lede = next(
        (k for k in fresh if unique[k].source in latest and _is_lede(unique[k])),
        None,
    )
    if lede is None or not picked:
        return tuple(picked)
    earlier = next((at for at, k in enumerate(picked) if unique[k].index == 1), len(picked) - 1)
    return tuple(lede if at == earlier else k for at, k in enumerate(picked))


def story_positions(
    unique: Sequence[Sentence], story_groups: Sequence[StoryGroup], fresh: Sequence[int]
) -> Iterator[tuple[list[int], list[int]]]:
    """Each story's unique-sentence positions, in reading order, and its own unsent ones,
    best first (`fresh`)."""
    members = _story_members(unique, story_groups)
    story_of = {k: i for i, positions in enumerate(members) for k in positions}
    fresh_in: list[list[int]] = [[] for _ in story_groups]
    for k in fresh:
        if k in story_of:
            fresh_in[story_of[k]].append(k)
    return zip(members, fresh_in, strict=True)


def story_covers(
    sentences: Sequence[Sentence],
    groups: Sequence[Sequence[int]],
    unique: Sequence[Sentence],
    story_groups: Sequence[StoryGroup],
    apart: Sequence[tuple[list[int], list[int]]],
    context: RankContext,
    part: int,
    translated: frozenset[int] | None = None,
) -> dict[int, tuple[int, ...]]:
    """`_story_cover` of each story several outlets tell in one part (`parts.part_of`),
    by its number (`apart`: each story's positions and unsent ones, `story_positions`):
    made by the extraction child or by this process, whichever gets to the part first
    (see `all_covers`). At 1,000 articles the covers were 1.3-1.8 s of the 1.55-1.9 s of CPU
    this process spent on the stories' drafts, when it was the longer chain by 1.8 s; in
    parts, the two chains end level. `translated`: see `DraftInputs`."""
    covers = {}
    for number in numbers_in_part(len(story_groups), part):
        group = story_groups[number]
        if len(group.independent) > 1:
            positions, unsent = apart[number]
            copies = _own_copies(sentences, groups, positions, group)
            covers[number] = _story_cover(
                _StorySentences(unique, positions, copies, translated), unsent, group, context
            )
    return covers


def compose_stories(
    corpus: Corpus,
    groups: Sequence[Sequence[int]],
    given: DraftInputs,
    drafts: Mapping[int, StoryDraft],
) -> dict[int, Story]:
    """Each story drafted (`story_drafts`: all, or a part's), by its number, as the brief
    shows it, but for its actors (compose.with_actors): which are told in full says whose
    figures and quotes the brief shows (see `extract`). Its bullets show the brief's
    scores and the sentences' sections (`given`). A digest's are composed in the parts
    they are drafted in, by the extraction child or by this process (see
    extracting.Works): at 1,000 articles the drafts, but their covers, and the composing
    were 2 to 2.5 s of CPU of this process, while the child had nothing left to do."""
    from brief import compose

    bullet = partial(compose.bullet, corpus.sentences, groups, given.scores, given.sections)
    return {
        number: compose.compose_story(
            group=draft.group,
            corpus=corpus,
            picks=draft.picks,
            bullet=bullet,
            placement=draft.placement,
            led=draft.lead is not None and draft.picks[:1] == (draft.lead,),
            stances=draft.stances,
            alone=draft.alone,
            corrected=_corrected_titles(corpus, draft.group),
        )
        for number, draft in drafts.items()
    }


def _corrected_titles(corpus: Corpus, group: StoryGroup) -> CorrectedTitles:
    """What the story's other reports say is no longer so of a report's headline
    (`superseded.counts.CorrectedTitles`), read in the story's own sentences: the reports
    whose opening another calls false, and the counts another corrects. None in a story
    of one report."""
    from brief.compose.digest import story_documents
    from brief.extract.figures.earlier_counts import corrections

    if len(set(group.sources)) < 2:
        return CorrectedTitles()
    from brief import compose
    from brief.pipeline.superseded.refuted import refuted_openings

    sentences = compose.story_sentences(corpus, group.sources)
    outnumbered = (
        story_counts(story_documents(corpus, group.sources), sentences, group.copies)
        if len(group.independent) >= 3
        else StoryCounts()
    )
    return CorrectedTitles(
        refuted_openings(corpus, group, sentences),
        tuple(corrections(sentences)),
        outnumbered.titles,
    )


def story_readings(
    corpus: Corpus, groups: Sequence[Sequence[int]], story_groups: Sequence[StoryGroup]
) -> list[list[tuple[int, int]]]:
    """Each story's sentences for its place in the profile, as (unique position, article)
    in reading order. A sentence several articles carry (a quote two reports share) is
    read in every story that carries it, once, as the article with the least hash has
    it: whichever file name sorts first, a story is judged on the same sentences."""
    story_of = story_of_sources(story_groups)
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
    """Each story's unique-sentence positions, in reading order: not a roundup's items
    that tell other events (StoryGroup.elsewhere), which are no story's bullets."""
    from brief.selection.not_news import told_elsewhere

    story_of = story_of_sources(story_groups)
    members: list[list[int]] = [[] for _ in story_groups]
    elsewhere = told_elsewhere(unique, story_groups)
    for k, sentence in enumerate(unique):
        if k not in elsewhere:
            members[story_of[sentence.source]].append(k)
    return members


@dataclass(frozen=True)
class _StorySentences:
    """A story's unique sentences (`positions` into `unique`, in reading order) and, for
    each of them, every copy its articles carry (so that each copy votes in the cover);
    `translated`, the positions in `unique` of the sentences whose translation stands
    beside them, read once of all the brief's sentences (`DraftInputs.translated`; None:
    read of the story's own when it is picked)."""

    unique: Sequence[Sentence]
    positions: Sequence[int]
    copies: tuple[tuple[Sentence, ...], ...]
    translated: frozenset[int] | None = None

    @cached_property
    def originals(self) -> frozenset[int] | None:
        """The places in `sentences` of those of `translated` (`selection.chains.select`
        leaves them out, their translation is the bullet). Reading each story's
        sentences again for them, after the brief's were read, had been 0.5 s of CPU at
        1,000 articles (selection.translations detects each sentence's language)."""
        if not self.translated:
            return self.translated
        return frozenset(i for i, k in enumerate(self.positions) if k in self.translated)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The story's unique sentences, in reading order."""
        return tuple(self.unique[k] for k in self.positions)

    @cached_property
    def place_of(self) -> Mapping[int, int]:
        """Each of its unique positions' place in `sentences`: picks are unique positions,
        and what can be no bullet (`unfit`) places."""
        return {k: i for i, k in enumerate(self.positions)}


def _may_be_bullet(sentence: Sentence) -> bool:
    """Can the sentence be a bullet read right after the one before it
    (`rank.coverage.may_be_bullet`)?"""
    from brief.rank.coverage import may_be_bullet

    return may_be_bullet(sentence)


def _stands_alone(sentence: Sentence) -> bool:
    """Can the sentence be a bullet (`rank.coverage.may_be_bullet`), read without the one
    before it (`compose.leads.points_back`)?"""
    from brief.compose.leads import points_back
    from brief.rank.coverage import may_be_bullet

    return may_be_bullet(sentence) and not points_back(sentence.text)


def _is_lede(sentence: Sentence) -> bool:
    """Is the sentence its report's lede, one a story may open with
    (`compose.leads.opens_report`), and no line a brief leaves out whatever its rank
    (`no_bullet`: a notice's "DATE: 4 February 2027" above its report had opened a daily
    story as its lede, r63 F7)?"""
    from brief.compose.leads import opens_report

    return opens_report(sentence.text, sentence.index, sentence.heading) and not no_bullet(
        sentence.text
    )


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


def _flattened(
    copies: Iterable[Sequence[Sentence]],
) -> tuple[list[Sentence], list[range]]:
    """Every copy of a story's sentences in one list, and each sentence's copies as a range
    of it: what `rank.coverage.rank_kept` reads, every copy voting."""
    flat: list[Sentence] = []
    kept: list[range] = []
    for own in copies:
        kept.append(range(len(flat), len(flat) + len(own)))
        flat.extend(own)
    return flat, kept


def _story_picks(
    story: _StorySentences,
    ranking: Ranking,
    fresh: Sequence[int],  # the story's own unsent positions, best first
    group: StoryGroup,
    cover: tuple[int, ...] | None,
    unfit_here: frozenset[int] = frozenset(),  # positions in story.sentences: no bullet
    count: int | None = None,  # how many bullets, where set (see story_budgets)
) -> tuple[int, ...]:
    """2 to 5 bullets, one more for each independent source, nothing already sent.

    A story told by several outlets is summarised as the brief's summary is: by concept
    coverage across them (`cover`, see `_story_cover`), unless that cover has too few.
    One article's best sentences are its own ranking's. Neither picks what `unfit_here`
    holds (`pipeline.superseded`, `_revised`).
    """
    from brief.compose.leads import points_back
    from brief.selection.chains import select
    from brief.selection.pointing_back import is_dangling

    count = count or _bullets(group)
    positions, unique = story.positions, story.unique
    place_of = story.place_of
    if cover is not None and len(cover) >= min(count, STORY_MIN_BULLETS):
        usable = [k for k in fresh if place_of[k] not in unfit_here]
        return _latest_toll(unique, [positions[i] for i in cover], usable)
    sentences = story.sentences
    order = tuple(place_of[k] for k in fresh)

    # select brings a pick that opens with a pointing word its sentence before; a speaker's
    # "We ..." or "those reports" (compose.leads.points_back) it would not, and the story
    # would lose that bullet after the choice (a 28-sentence story shown with one). What
    # is no bullet whatever its rank (page furniture, a notice's field) is none here
    # either (as in `choose_summary`).
    def unfit(k: int) -> bool:
        text = sentences[k].text
        return (points_back(text) and not is_dangling(text)) or no_bullet(text) or k in unfit_here

    def choose(left: Sequence[int]) -> Sequence[int]:
        return select(sentences, replace(ranking, order=tuple(left)), count, story.originals)

    # a story with nothing fit to show (a scraped page of Twitter's notices) has no
    # bullet: the digest lists it, one line, instead of telling its furniture
    picked = [k for k in picked_without(order, choose, unfit) if not unfit(k)]
    usable = [k for k in fresh if place_of[k] not in unfit_here]
    return _latest_toll(
        unique, _with_a_lede(unique, [positions[i] for i in picked], usable, count), usable
    )


def _bullets(group: StoryGroup) -> int:
    """How many bullets a story gets: one more for each independent source, 2 to 5."""
    return max(STORY_MIN_BULLETS, min(STORY_MAX_BULLETS, len(group.independent) + 1))


def _story_cover(
    story: _StorySentences,
    fresh: Sequence[int],  # the story's own unsent positions, best first
    group: StoryGroup,
    context: RankContext,
    unfit: frozenset[int] = frozenset(),  # positions in story.sentences: no bullet
    lede: int | None = None,  # a position in `story.unique` that opens the cover
    count: int | None = None,  # how many bullets, where set (see story_budgets)
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
    against "In preliminary returns, Cardoso appeared to have defeated ...").

    `lede`, when given, is that lede (see `_consensus_lede`); `unfit` sentences are in
    no cover, though they still vote on what the story is about. A `count` the user set
    is kept to, neither more nor fewer where the story has them."""
    from brief.rank.context import SUMMARY_WORDS
    from brief.rank.coverage import may_be_bullet, rank_kept
    from brief.selection.chains import fit_in_words, select

    most = STORY_MAX_BULLETS if count is None else count
    count = count or _bullets(group)
    sentences = story.sentences
    place_of = story.place_of
    order = [place_of[k] for k in fresh]
    unsent = set(order)
    sent = [i for i in range(len(sentences)) if i not in unsent]

    def opened_by(first: int) -> tuple[int, ...]:
        """The lede at `first`, then the best cover of what it and the sent ones leave."""
        room = SUMMARY_WORDS - len(sentences[first].text.split())
        rest = _cover_and_more(sentences, context, count - 1, [*sent, first], room, most - 1, unfit)
        return (first, *rest)

    if lede is not None:
        return opened_by(place_of[lede])
    if sent:
        ranked: Sequence[int] = order
        picked = _cover_and_more(sentences, context, count, sent, SUMMARY_WORDS, most, unfit)
    else:
        coverage = rank_kept(*_flattened(story.copies), context, group.copies)
        ranked = coverage.order
        bullets = tuple(i for i in ranked if i not in unfit and may_be_bullet(sentences[i]))
        opening = fit_in_words((sentences[i].text for i in bullets), SUMMARY_WORDS)
        whole = min(most, max(count, opening))  # the cover whole
        picked = select(sentences, replace(coverage, order=bullets), whole, story.originals)
    if any(sentences[i].index == 1 for i in picked):
        return tuple(picked)
    found = next(
        (i for i in ranked if i not in unfit and _is_lede(sentences[i])),
        None,
    )
    return tuple(picked) if found is None else opened_by(found)


def _cover_and_more(
    sentences: Sequence[Sentence],
    context: RankContext,
    count: int,
    known: Sequence[int],
    room: int,
    most: int,
    unfit: Collection[int] = (),
) -> tuple[int, ...]:
    """The best cover within `room` words of what the `known` sentences do not say (in
    up to `most` sentences), then, up to `count` sentences in all, the sentences that
    best extend it (as the coverage ranker extends its first cover, to RANKER_WORDS). It
    reads the story's unique sentences only: `summarize_story` has no copies to weigh.
    An `unfit` sentence is read as not there: neither picked nor known."""
    from brief.rank.context import SUMMARY_WORDS
    from brief.rank.coverage import RANKER_WORDS, summarize_story

    if count < 1:
        return ()
    kept = [i for i in range(len(sentences)) if i not in unfit]
    if len(kept) < len(sentences):  # positions among the fit ones, and back
        at = {i: n for n, i in enumerate(kept)}
        inner = _cover_and_more(
            [sentences[i] for i in kept],
            context,
            count,
            [at[i] for i in known if i in at],
            room,
            most,
        )
        return tuple(kept[n] for n in inner)
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


def _latest_toll(
    unique: Sequence[Sentence], picked: Sequence[int], fresh: Sequence[int]
) -> tuple[int, ...]:
    """A story's lede that counts fewer dead than another of its ledes is an earlier
    count (`compose.leads.led_by_latest_count`): the lede with the highest toll leads in
    its place. Ledes only, and counts of all the dead only (see `lede_toll`): a later
    sentence's toll may be another event's, and "Eight Tajik border guards were killed"
    is a part, not an earlier count."""
    from brief.compose.leads import led_by_latest_count, same_tally
    from brief.extract.figures import lede_toll

    ledes = [k for k in fresh if unique[k].index == 1]
    if len(ledes) < 2:
        return tuple(picked)  # (one lede or none: no other toll, its figures not read)
    tolls = {
        k: toll
        for k in ledes
        if (toll := lede_toll(unique[k].text)) is not None and _is_lede(unique[k])
    }
    if len(tolls) < 2:
        return tuple(picked)
    highest = max(tolls, key=lambda k: tolls[k])  # the best-ranked of equals
    return led_by_latest_count(
        picked,
        lambda k: (
            k in tolls
            and tolls[k] < tolls[highest]
            and same_tally(unique[highest].text, unique[k].text)
        ),
        highest,
        key=lambda k: k,
    )


@dataclass(frozen=True)
class _ProfileReading:
    """What the profile's checks of a story's picks read (`_naming_decisively`,
    `_sections_heard`): the story, its own unsent positions (best first), the places in
    `story.sentences` that can be no bullet, its lead (which keeps its place), and each
    unique sentence's section in the profile."""

    story: _StorySentences
    unsent: Sequence[int]
    unfit: frozenset[int]
    lead: int | None
    sections: Sequence[str]
    profile: Profile
    heaviest: float | None  # the profile's `heaviest_cue`, read once a part
    top: float  # the profile's `_top_weight`, read once a part


def _top_weight(profile: Profile) -> float:
    """The weight of the profile's heaviest cue of a section (what its user weighs most,
    `_sections_heard`): read once a part of the stories, not for each story (a profile's
    thousand cues for each of 171 stories had been 0.03 s of CPU at 1,000 articles)."""
    return max((w for spec in profile.sections for _, w in spec.cues), default=0.0)


def _naming_decisively(picked: Sequence[int], reading: _ProfileReading) -> tuple[int, ...]:
    """The picks, with the story's sentence that holds one of the profile's heaviest cues
    (`heaviest_cue`: what its user weighs above the rest), where no bullet does, in the place of
    the last bullet in no section of the profile (the lead keeps its place). A story's
    bullets are what its reports share; a mining company's profile weighs "force
    majeure" above all, and the release "The Company has declared force majeure and has
    suspended all mining and processing operations" was in no bullet of its story, five
    of them a family's appeal, the African Union's condemnation and "The family said they
    had not been able to speak to him" (r45 M5). Where many cues weigh the most (a
    profile's score of 3s), the coverage of what the reports share decides. Unsent
    sentences only, that can be a bullet."""
    from brief.classify.matcher import OTHER, strongest_cue

    unique, sections, profile = reading.story.unique, reading.sections, reading.profile
    heaviest = reading.heaviest
    if heaviest is None:
        return tuple(picked)

    def weight(k: int) -> float:
        # (only whether a weight reaches the heaviest tells here: one below it is 0)
        return 0.0 if sections[k] == OTHER else strongest_cue(unique[k].text, profile, heaviest)

    held = max((weight(k) for k in picked), default=0.0)
    if held >= heaviest:
        return tuple(picked)
    place_of = reading.story.place_of
    have = set(picked)
    best, most = None, held
    for k in reading.unsent:  # best-ranked first: the first of equals
        if k in have or place_of[k] in reading.unfit or sections[k] == OTHER:
            continue
        found = weight(k)
        if found >= heaviest and found > most and _stands_alone(unique[k]):
            best, most = k, found
    if best is None:
        return tuple(picked)
    filler = [
        at for at, k in enumerate(picked) if at > 0 and k != reading.lead and sections[k] == OTHER
    ]
    if not filler:
        return tuple(picked)
    return tuple(best if at == filler[-1] else k for at, k in enumerate(picked))


def own_voice_sources(corpus: Corpus) -> frozenset[int]:
    """The sources that are a body's own page speaking as "we": an outlet named as a body
    is (words.toml's organisation_heads: "Office of Overseas Travel Advice", "Embassy of
    ..."), no news agency and no paper (paper_heads: "The Avel Herald"), whose page says
    "we" or "our" (first_person_plural) outside any quotation in OWN_VOICE_SENTENCES
    sentences or more ("We now advise against all travel to ...", "contact our
    embassy"). Its "we" is the body's, which the page names; a newspaper's "we" is a
    speaker's whose quotation ran on without its marks, or its editorial's."""
    from brief.extract.lexicon import alternation, words
    from brief.ingest.furniture import is_news_agency

    w = words()
    bodies = {
        d.source.number
        for d in corpus.documents
        if (outlet := d.source.outlet or "")
        and not is_news_agency(outlet)
        and _names_a_body(outlet.split(), w["organisation_heads"], w["paper_heads"])
    }
    if not bodies:
        return frozenset()
    # (as written or opening a sentence: "US" is the United States)
    forms = {form for word in w["first_person_plural"] for form in (word, word.capitalize())}
    plural = re.compile(rf"\b(?:{alternation(forms)})\b")
    saying: dict[int, int] = {}
    for sentence in corpus.sentences:
        text = sentence.text
        if sentence.source in bodies and plural.search(text) and not _QUOTE_MARKS.search(text):
            saying[sentence.source] = saying.get(sentence.source, 0) + 1
    return frozenset(n for n, count in saying.items() if count >= OWN_VOICE_SENTENCES)


def _names_a_body(name: Sequence[str], heads: frozenset[str], papers: frozenset[str]) -> bool:
    """A capitalised head of a body's name and none of a paper's: "Office of Overseas
    Travel Advice", not "The Avel Herald" or "Ministry Times"."""
    capitalised = [word.lower() for word in name if word[:1].isupper()]
    return papers.isdisjoint(capitalised) and not heads.isdisjoint(capitalised)


# How many sentences of a body's page must speak as "we" for its "we" to be the body's.
OWN_VOICE_SENTENCES = 2
_QUOTE_MARKS = re.compile(r"[\"“”«»]")


def _sections_heard(
    picked: Sequence[int], reading: _ProfileReading, own_voice: frozenset[int] = frozenset()
) -> tuple[int, ...]:
    """The picks, with a report's lede (its first sentence, or its first after its page's
    label) of a section of the profile that no bullet is in, where the lede holds a cue
    of the profile's top weight (what its user weighs most): just after the first
    bullet, in the place of the last bullet in no section or in a section another bullet
    is in. A story is placed in one section and its bullets are what its reports share;
    a government's travel advice grouped into the protests it is about had been in no
    bullet, though the profile's advice section asks for it and a brief of its page
    alone gave it there (r60 F3). A lede is its report's own news (a later sentence of
    an earlier report may be overtaken since); the best-ranked one, one a story. A
    body's own page (`own_voice`: source numbers) may speak as "we"
    (`can_be_its_pages_bullet`)."""
    from brief.classify.matcher import OTHER, strongest_cue
    from brief.ingest.layout.labels import is_label_line
    from brief.rank.coverage import can_be_its_pages_bullet
    from brief.selection.pointing_back import is_dangling

    if len(picked) < 2:
        return tuple(picked)
    profile, section_of, story, top = reading.profile, reading.sections, reading.story, reading.top
    asked = {spec.key for spec in profile.sections if not spec.supporting}
    heard = {section_of[k] for k in picked}
    unique = story.unique
    where = {(unique[k].source, unique[k].index): k for k in story.positions}
    have = set(picked)

    def fits(k: int) -> bool:
        sentence = unique[k]
        if sentence.source in own_voice:
            return can_be_its_pages_bullet(sentence.text) and not is_dangling(sentence.text)
        return _stands_alone(sentence)

    def lede(k: int) -> bool:
        """A report's first sentence, or its first after its page's label."""
        before = where.get((unique[k].source, unique[k].index - 1))
        return unique[k].index == 1 or (
            unique[k].index == 2 and before is not None and is_label_line(unique[before].text)
        )

    candidates = [
        k
        for k in reading.unsent
        if k not in have
        and story.place_of[k] not in reading.unfit
        and section_of[k] in asked - heard
        and top > 0
        and lede(k)
        and strongest_cue(unique[k].text, profile, top) >= top
        and fits(k)
    ]
    if not candidates:
        return tuple(picked)
    best = candidates[0]
    sections = [section_of[k] for k in picked]
    spare = [
        at
        for at, k in enumerate(picked)
        if at > 0
        and k != reading.lead
        and (sections[at] == OTHER or sections.count(sections[at]) > 1)
    ]
    out = list(picked)
    if spare:
        del out[spare[-1]]
    elif len(out) >= STORY_MAX_BULLETS:
        return tuple(picked)
    out.insert(1, best)
    return tuple(out)


# How many of a report's headline words (content words, by stem) its lede must hold, that
# no bullet nor sent sentence of its story does, for the lede to tell news of its own.
OWN_NEWS_TERMS = 2


def _each_report_heard(
    corpus: Corpus,
    story: _StorySentences,
    picked: Sequence[int],
    fresh: Sequence[int],
    group: StoryGroup,
    unfit: frozenset[int],
    latest: frozenset[int],
) -> tuple[int, ...]:
    """The picks, with the lede of each independent report (of the latest day) whose headline
    news they do not tell: where the lede holds OWN_NEWS_TERMS of its headline's content
    words that no pick and no sent sentence holds (who did it, what they want, how many), it
    comes just after the story's first bullet, which keeps its place and heads the story,
    while the story has fewer than STORY_MAX_BULLETS bullets (a full cover of what the
    reports share is not cut for one report's news). A headline is the report's own word on
    what is new in it; the coverage of a story of two reports weighs what they share, and a
    family's appeal after a militant video had been told with the video's description and a
    background count, while the wire's "JNIM ... said it was holding two foreign engineers
    ... and demanded a ransom", its headline's news, was in no bullet (r49 H6). Only where
    the story has a bullet for each report (one more than its independent reports, up to
    STORY_MAX_BULLETS): of more reports, the coverage decides what their ledes share."""
    from brief.compose.digest import story_documents
    from brief.compose.titles import can_head
    from brief.rank.text import terms

    count = _bullets(group)
    if len(group.independent) >= count or not picked:
        return tuple(picked)
    unique = story.unique
    unsent = set(fresh)
    place_of = story.place_of
    said = {t for k in story.positions if k not in unsent for t in terms(unique[k].text)}
    said.update(t for k in picked for t in terms(unique[k].text))
    ledes = {
        unique[k].source: k
        for k in fresh
        if unique[k].index == 1
        and place_of[k] not in unfit
        and unique[k].source in group.independent
    }
    candidates = []
    for document in story_documents(corpus, group.independent):
        number, title = document.source.number, document.title or ""
        k = ledes.get(number)
        if k is None or k in picked or (latest and number not in latest) or not can_head(title):
            continue
        sentence = unique[k]
        if _is_lede(sentence) and _stands_alone(sentence):
            candidates.append((set(terms(title)) & set(terms(sentence.text)), k))
    out = list(picked)
    added = 0
    for own, k in sorted(candidates, key=lambda c: -len(c[0])):
        if len(own - said) < OWN_NEWS_TERMS:
            continue  # its headline's news is told already (or by a lede just added)
        if len(out) >= STORY_MAX_BULLETS:
            break
        added += 1
        out.insert(added, k)
        said.update(terms(unique[k].text))
    return tuple(out)


def _with_a_lede(
    unique: Sequence[Sentence], picked: Sequence[int], fresh: Sequence[int], count: int
) -> tuple[int, ...]:
    """A reader meets a story through its first bullet: when no pick is an article's first
    sentence, the best-ranked unsent one that can open a story takes the last place."""

    if any(_is_lede(unique[k]) for k in picked):
        return tuple(picked)
    lede = next((k for k in fresh if _is_lede(unique[k])), None)
    if lede is None:
        return tuple(picked)
    return (lede, *picked[: count - 1])
