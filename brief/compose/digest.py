"""A digest's stories: each with its headline, sources, section, bullets and actors, in
order of importance.

Importance is how many outlets reported the story independently (copies of one wire text
count once), then its relevance to the profile, then how recent it is.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence, Sized
from dataclasses import replace
from functools import partial
from operator import attrgetter
from typing import TypeVar

import regex

from brief.compose.leads import (
    can_lead,
    newest_entry,
    opening_surname,
    opens_report,
    opens_with_epithet,
    points_back,
)
from brief.compose.titles import (
    SPEAKS_FOR_A_SIDE,
    STATES_EVENT,
    can_head,
    headline,
    report_stance,
    untitled_lede,
)
from brief.ingest.furniture import is_promotion
from brief.models import (
    Actor,
    Bullet,
    Corpus,
    Document,
    Mention,
    Sentence,
    Story,
    StoryGroup,
)
from brief.rank.context import SUMMARY_WORDS
from brief.selection.chains import fit_in_words
from brief.selection.quote_marks import continues_quote, leaves_quote_open
from brief.story_profile import Placement

MAX_ACTORS = 5
# A digest's leading stories: its top block names the first LEADING of the stories it
# reports in full (and says how many more follow), and when none matches the profile it
# reports this many. One number, so the top block and the sections never disagree.
LEADING = 5


def is_digest(stories: Sized) -> bool:
    """More than one story: the brief reads as a digest (top stories, no bottom line),
    and so do its email and its JSON's reader."""
    return len(stories) > 1


def story_id(shas: Sequence[str]) -> str:
    """Stable for the same articles in any order (a daily run keeps a story's first id)."""
    return hashlib.sha256(min(shas).encode("ascii")).hexdigest()[:12]


def compose_story(
    *,
    group: StoryGroup,
    corpus: Corpus,
    picks: Sequence[int],
    bullet: Callable[[int], Bullet],
    placement: Placement,
    stances: Mapping[int, int],
    alone: Mapping[tuple[int, int], frozenset[str]],
    led: bool = False,
    corrected: Callable[[str, int | None], bool] = lambda _title, _source: False,
) -> Story:
    """`picks` are the story's chosen sentences (positions `bullet` understands), best
    first; `led`: the first is the story's lead, chosen as the lede its latest day's
    reports bear out most (pipeline.drafts), and its report's headline heads the story.
    `stances` (`report_stances`) and `alone` (`names_alone` of the story's articles) are
    the drafts', which read them first; so is `corrected`, whether a headline of the
    story (its words, and the source it heads) is one another of its reports says is no
    longer so (`pipeline.superseded.counts.CorrectedTitles`: a count it corrects, or an
    opening it calls false), which heads no story. Its actors come after (`with_actors`):
    which stories a digest tells in full says whose quotes the brief needs."""
    documents = story_documents(corpus, group.sources)
    ranked = [
        replace(_cited_within(bullet(k), group.sources, corpus), section=placement.section)
        for k in picks
    ]
    # Each source's lede stands in for a headline only when none of its articles has one
    # a reader can take (see `headline`).
    untitled = not any(d.title and can_head(d.title) for d in documents)
    firsts = [lede for lede in map(partial(first_sentence, corpus), group.sources) if lede]
    picked = {(b.source, b.index) for b in ranked}
    stated = {
        s.source
        for s in firsts
        if (s.source, s.index) in picked and opens_report(s.text, s.index, s.heading)
    }
    if led and ranked and not _sided_lead(ranked[0].source, stances):
        stated = {ranked[0].source}
    # (a transcript's: the words its news opens with, past its labels and greetings)
    ledes = (
        [replace(s, text=untitled_lede(corpus.sentences, s)) for s in firsts] if untitled else []
    )
    title, best = headline(
        documents,
        ledes,
        [b.text for b in ranked],
        stated,
        stances,
        group.roundups,
        group.copies,
        corrected,
    )
    bullets = stand_alone(ranked, best, _introduced_names(alone, ranked))
    return Story(
        id=story_id([d.source.sha256 for d in documents]),
        title=title,
        sources=group.sources,
        independent=len(group.independent),
        section=placement.section,
        bullets=bullets,
        relevance=round(placement.relevance, 4),
        relevant=placement.relevant,
        watched=placement.watched,
        copies=tuple(sorted(group.copies.items())),
    )


def _sided_lead(source: int, stances: Mapping[int, int]) -> bool:
    """Whether the story's lead is of a report that speaks for a party (a release whose
    headline names its document, `compose.titles.report_stance`) while another of its
    reports states the event: the lead's sentence may state it too ("The Presidential
    Envoy ... will attend the meeting in Brussels on 18 April"), but its report's headline
    heads the story only where none of its reports states the event, as the README says
    (r72 F13: "No: 91, 16 April 2031, Press Release Regarding ..." had headed the talks'
    story over the wire's "Greek and Turkish negotiators to meet in Brussels ..."). The
    headline is then chosen as for a story with no lead of its own (`headline`)."""
    from brief.compose.titles import SPEAKS_FOR_A_SIDE

    return stances.get(source, 0) >= SPEAKS_FOR_A_SIDE and any(
        stance < SPEAKS_FOR_A_SIDE for number, stance in stances.items() if number != source
    )


def report_stances(
    documents: Sequence[Document], ledes: Mapping[int, str], sides: Collection[int]
) -> dict[int, int]:
    """Each report's stance to its story's event (`compose.titles.report_stance`), by
    source: from its headline and its first sentence (`ledes`, by source: the text of
    its sentence 1). A report of a side of an event another tells (`sides`:
    `compose.titles.side_reports` of the same ledes, which the caller works out once
    per story and reads for its latest day too) stands as one that speaks for a side:
    it heads and leads only a story none of whose reports tells the event."""
    return {
        d.source.number: max(
            report_stance(d.title or "", ledes.get(d.source.number, "")),
            SPEAKS_FOR_A_SIDE if d.source.number in sides else STATES_EVENT,
        )
        for d in documents
    }


def _cited_within(bullet: Bullet, sources: Sequence[int], corpus: Corpus | None = None) -> Bullet:
    """The bullet as its story's sources carry it: one sentence may be in two stories'
    articles (a wire paragraph two reports share), and a story listing one source cited
    another story's ("1 source [132]" over "[132:11; 133:10]"). Its words are then its
    own source's (a near copy may word it otherwise)."""
    members = set(sources)
    mentions = bullet.cited or (Mention(bullet.source, bullet.index),)
    inside = [m for m in mentions if m.source in members]
    if not inside or len(inside) == len(mentions):
        return bullet
    first = inside[0]
    own = corpus and next(
        (s.text for s in corpus.sentences if (s.source, s.index) == (first.source, first.index)),
        None,
    )
    return replace(
        bullet,
        text=own or bullet.text,
        source=first.source,
        index=first.index,
        cited=tuple(inside) if len(inside) > 1 else (),
    )


def story_documents(corpus: Corpus, sources: Sequence[int]) -> list[Document]:
    """The sources' documents, in the corpus's order. Ingest numbers the documents from 1
    in that order, so each is looked up at its place (and found there, or the documents
    are scanned): a scan for each of a digest's 543 stories took 0.2 s for 1,000."""
    documents = corpus.documents
    numbers = sorted(set(sources))
    found = [documents[n - 1] for n in numbers if 0 < n <= len(documents)]
    if len(found) == len(numbers) and all(
        d.source.number == n for d, n in zip(found, numbers, strict=True)
    ):
        return found
    members = set(sources)
    return [d for d in documents if d.source.number in members]


def _introduced_names(
    alone: Mapping[tuple[int, int], frozenset[str]], bullets: Sequence[Bullet]
) -> dict[tuple[int, int], frozenset[str]]:
    """The bullets that open with a name alone whose fuller form their article gave
    before, by (source, index), with those fuller forms (`alone`: see `names_alone`)."""
    return {
        (b.source, b.index): alone[(b.source, b.index)]
        for b in bullets
        if (b.source, b.index) in alone
    }


# A capitalised word with the name after it ("Mateus Nampuito", "Mayor Muianga", "Rémi
# Kaboré"): the name is in the lookahead, so that every pair of a run of capitals is read.
_FULLER = regex.compile(r"\b\p{Lu}[\w'’.-]*(?=\s+(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?)\b)")


def names_alone(
    corpus: Corpus, sources: Collection[int], through: Mapping[int, int] | None = None
) -> dict[tuple[int, int], frozenset[str]]:
    """The sentences of these sources that open with a name alone (`opening_surname`)
    whose fuller form their article gave before ("Nampuito said ..." after "Mateus
    Nampuito, the régulo of Lúrio Sul"), by (source, index), with the fuller forms the
    article gave it ("Mateus Nampuito"): a reader meets the person by the fuller name
    first, or the bullet reads as a stranger's (r46 L7), or as a namesake's that another
    report of the story names in full (r67 F4: "Kaboré said ..." of the minister Rémi
    Kaboré, under a bullet naming the candidate Fatou Kaboré). One pass over each source:
    an article of 25,000 sentences is read once, and only up to the sentence `through`
    gives for it, where a caller asks of no later one (a single article's few bullets:
    0.13 s of CPU for the whole of a 25,000-sentence article)."""
    found = {}
    for source in sources:
        given: defaultdict[str, set[str]] = defaultdict(set)
        for sentence in source_sentences(corpus, source):
            if through is not None and sentence.index > through[source]:
                break
            name = opening_surname(sentence.text) if sentence.index > 1 else None
            if name is not None and name in given:
                found[(source, sentence.index)] = frozenset(given[name])
            for fuller in _FULLER.finditer(sentence.text):
                given[fuller.group(1)].add(_fuller_form(fuller))
    return found


def _fuller_form(found: regex.Match[str]) -> str:
    """ "Rémi Kaboré": the word before and the name."""
    return f"{found.group(0)} {found.group(1)}"


def story_sentences(corpus: Corpus, sources: Collection[int]) -> list[Sentence]:
    """The sentences of a story's reports, source by source (see source_sentences)."""
    return [s for number in sorted(set(sources)) for s in source_sentences(corpus, number)]


def source_sentences(corpus: Corpus, number: int) -> Sequence[Sentence]:
    """A source's sentences, found where they start and end in the corpus's reading
    order (source, then index): a scan of all for each of a digest's stories was 0.5 s of
    CPU at 1,000 articles."""
    key = partial(_place, number)
    start = bisect_left(corpus.sentences, 0, key=key)
    end = bisect_left(corpus.sentences, 1, lo=start, key=key)
    return corpus.sentences[start:end]


def _place(number: int, sentence: Sentence) -> int:
    """-1 before the source's sentences, 0 for one of them, 1 after."""
    return -1 if sentence.source < number else 0 if sentence.source == number else 1


def first_sentence(corpus: Corpus, number: int) -> Sentence | None:
    """A source's first sentence; the corpus is in reading order (source, then index)."""
    found = source_sentences(corpus, number)
    return found[0] if found else None


def stand_alone(
    ranked: Sequence[Bullet],
    best_source: int | None,
    introduced: Mapping[tuple[int, int], frozenset[str]] | None = None,
) -> tuple[Bullet, ...]:
    """A story's bullets as a reader takes them, each one readable where it stands.

    The first is a lead: the best source's first sentence if it was picked (the report
    whose headline heads the story), else another source's first sentence, else the
    best-ranked bullet that names its subject (never one that points back, a quotation, a
    promotion or a live page's latest entry). The rest follow by source (the
    lead's first, then each other in the order of its best bullet) and in text order
    within a source, so an antecedent comes before the sentence that needs it. A bullet
    that still leans on a sentence the story does not keep before it is left out, and so
    is a promotion ("Listen to the interview on ..."), and so is one that opens with a
    name alone (`introduced`: by (source, index), its fuller forms) where no bullet
    before it gives one of them.

    The picks are ranked so that their first SUMMARY_WORDS are a short summary of the
    story; a reader (or a judge) who stops there should read that summary. So the picks
    that open it are read first, then the rest, each part in that order; and, but for the
    headline's report's lede, the lead is one of the opening picks where one can lead (a
    first sentence among the others opens only when none of the opening picks is one)."""
    ranked = [b for b in ranked if not is_promotion(b.text)] or list(ranked)
    if not ranked:
        return ()
    opening = _opening(ranked)
    fit = [b for b in opening if can_lead(b.text)] or [b for b in ranked if can_lead(b.text)]
    ledes = [b for b in fit if opens_report(b.text, b.index)] or [
        b for b in ranked if opens_report(b.text, b.index)
    ]
    # the headline's report's lede, where it was picked: a story headed "Mozambique and
    # UN clash over aid access" had opened with an aid agency's cholera unit, the only
    # lede among its opening picks (r44)
    first = next(
        (b for b in ranked if b.source == best_source and opens_report(b.text, b.index)), None
    )
    # a live page alone has no lede: its newest entry is its latest news
    newest = None if ledes else newest_entry([b for b in ranked if can_lead(b.text)])
    first = first or (ledes[0] if ledes else None) or newest or (fit[0] if fit else ranked[0])
    sources = list(dict.fromkeys([first.source, *(b.source for b in ranked)]))
    by_text = sorted(ranked, key=lambda b: (sources.index(b.source), b.index))
    opens = {(b.source, b.index) for b in opening}
    own = [b for b in by_text if b.source == first.source and b is not first]
    rest = [b for b in by_text if b.source != first.source]
    ordered = [
        first,
        *(b for b in own if b.index > first.index),
        *(b for b in own if b.index < first.index),
        *rest,
    ]
    # stable: the opening picks first, each part in the order above
    ordered.sort(key=lambda b: b is not first and (b.source, b.index) not in opens)
    return _readable(_in_text_order(ordered, first), introduced or {})


def _in_text_order(ordered: Sequence[Bullet], first: Bullet) -> list[Bullet]:
    """Each source's bullets in the places its bullets hold, but in its own text's order
    (the first bullet stays first): a report's later sentence read before an earlier one
    leans on what the reader has not yet been told ("The 24-year-old student ..." before
    the sentence naming him; the tail of a sentence split at "(6. 6 feet)" before its
    head)."""
    places: dict[int, list[int]] = defaultdict(list)
    for place, bullet in enumerate(ordered):
        if bullet is not first:
            places[bullet.source].append(place)
    result = list(ordered)
    for held in places.values():
        for place, bullet in zip(
            held, sorted((ordered[k] for k in held), key=attrgetter("index")), strict=True
        ):
            result[place] = bullet
    return result


def _opening(ranked: Sequence[Bullet]) -> list[Bullet]:
    """The best picks within SUMMARY_WORDS (the first always)."""
    return list(ranked[: max(1, fit_in_words((b.text for b in ranked), SUMMARY_WORDS))])


def _readable(
    ordered: Sequence[Bullet], introduced: Mapping[tuple[int, int], frozenset[str]]
) -> tuple[Bullet, ...]:
    """The bullets (the first always) whose antecedents are kept before them: the sentence
    just before for a pointing opener or a quote's tail, any earlier one of its source
    for an epithet ("The 35-year-old"), one with the fuller name for a name alone
    (`introduced`); and whose open quote is closed by the next."""
    kept: list[Bullet] = []
    for n, b in enumerate(ordered):
        if kept and not _stands_after(b, kept, ordered[n + 1 : n + 2]):
            continue
        forms = introduced.get((b.source, b.index))
        if kept and forms is not None and not named_fully(forms, kept):
            continue
        kept.append(b)
    return tuple(kept)


def named_fully(forms: frozenset[str], kept: Sequence[Bullet]) -> bool:
    """Whether a kept bullet gives the name in a fuller form its article gave ("Mateus
    Nampuito", "Mayor Muianga"), as `names_alone` reads an article's introductions: not
    a namesake's ("Fatou Kaboré" for "Kaboré said" where the article named "Rémi
    Kaboré")."""
    return any(_fuller_form(m) in forms for k in kept for m in _FULLER.finditer(k.text))


def _stands_after(b: Bullet, kept: Sequence[Bullet], following: Sequence[Bullet]) -> bool:
    before = {(k.source, k.index) for k in kept}
    pointing = b.index > 1 and (points_back(b.text) or continues_quote(b.text))
    if pointing and (b.source, b.index - 1) not in before:
        return False
    own_earlier = any(k.source == b.source and k.index < b.index for k in kept)
    if not pointing and b.index > 1 and opens_with_epithet(b.text) and not own_earlier:
        return False
    if leaves_quote_open(b.text):
        return [(f.source, f.index) for f in following] == [(b.source, b.index + 1)]
    return True


def actors_by_source(actors: Sequence[Actor]) -> dict[int, Counter[str]]:
    """Mentions of each actor in each source, counted once for all stories."""
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for actor in actors:
        for mention in actor.sentences:
            counts[mention.source][actor.name] += 1
    return counts


def with_actors(stories: Sequence[Story], actors: Sequence[Actor]) -> tuple[Story, ...]:
    """The stories, in their order, each with its main actors."""
    by_source = actors_by_source(actors)
    kinds = {a.name: a.kind for a in actors}
    return tuple(
        replace(story, actors=_main_actors(by_source, kinds, story.sources)) for story in stories
    )


def reported_sources(stories: Sequence[Story]) -> frozenset[int]:
    """The sources of the stories a digest reports in full (`reported`)."""
    return frozenset(n for story in reported(stories) for n in story.sources)


def _main_actors(
    by_source: Mapping[int, Counter[str]], kinds: Mapping[str, str], members: Sequence[int]
) -> tuple[str, ...]:
    """The actors this story's sentences mention most; people first on a tie."""
    counts: Counter[str] = Counter()
    for number in members:
        counts.update(by_source.get(number, {}))
    ranked = sorted(counts, key=lambda name: (-counts[name], kinds.get(name) != "person", name))
    return tuple(ranked[:MAX_ACTORS])


def order_stories(
    stories: Sequence[Story],
    dates: Mapping[int, str],
    sections: Sequence[str] = (),
    history: Collection[int] = frozenset(),
) -> tuple[Story, ...]:
    """Relevant stories first; then the day's news before a story every report of which
    is a retrospective (`history`: its lead opens in an earlier year and tells it in the
    past, extract.figures.retrospective): its own dated past is no news of the day, as its
    counts are that year's, and a feature on the rescue of 2009 had been the second top
    story of a crisis's day, above the IMF suspending its review (r75 F11); then
    independent sources; then relevance to the profile:
    a story its watch list names, then the profile's sections in the order it lists them
    (its priorities: `sections`, their keys in order), then the share of the story's
    sentences its section holds; then recency (the latest publication date among its
    sources; undated stories last among equals); then the story's id, so that ties do
    not follow the order the files' names sort in. A refiner's quarterly profit had led
    a geopolitics digest above troops massing on a border, every story there equally
    relevant; and a bank's results, every sentence of them economy, above a pipeline
    sabotage's investigation, a quarter of whose sentences are its witnesses' and its
    history (r41 H3)."""

    def latest(story: Story) -> str:
        return max((dates.get(n, "") for n in story.sources), default="")

    def section_rank(story: Story) -> int:
        return sections.index(story.section) if story.section in sections else len(sections)

    ranked = sorted(stories, key=attrgetter("id"))
    ranked.sort(key=latest, reverse=True)  # stable sorts: recency, then importance

    def told_before(story: Story) -> bool:
        return bool(story.sources) and all(n in history for n in story.sources)

    ranked.sort(
        key=lambda s: (
            not s.relevant,
            told_before(s),
            -s.independent,
            not s.watched,
            section_rank(s),
            -s.relevance,
        )
    )
    return tuple(ranked)


Listed = TypeVar("Listed")


def reported(
    stories: Sequence[Listed],
    is_relevant: Callable[[Listed], bool] = attrgetter("relevant"),
    has_bullets: Callable[[Listed], bool] = attrgetter("bullets"),
) -> tuple[Listed, ...]:
    """The stories a digest reports in full (its top block and sections): the relevant
    ones. When none matches the profile, the day still has news: its leading stories (the
    most independent sources first) are reported, and the reader is told none matched.
    A story with no bullet (a daily run's developing story whose sentences were all sent
    before) has nothing to report: it is listed with the others, one line.
    Stories come in order; a brief's JSON stories are read back with their own tests."""
    told = [s for s in stories if has_bullets(s)]
    relevant = tuple(s for s in told if is_relevant(s))
    return relevant or tuple(told[:LEADING])
