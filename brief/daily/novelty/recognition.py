"""A story known again on a later day, by what it is made of, not by its headline.

It shares sentences with a remembered story (an article republished again is the same
story), or its most distinctive terms (names, places, rare words) overlap strongly with a
remembered story's. Both survive a story's headline changing as it develops, and neither
needs the pipeline's ids, which are derived from the day's content and so change when the
story does. A story known again is developing, and keeps its id; one told only by
reports older than what its reader was sent is overtaken.
"""

from __future__ import annotations

import dataclasses
import math
import re
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

from brief.classify import OTHER
from brief.compose.titles import labelled_as_copy, names_a_document
from brief.daily.late import continues, told_owners
from brief.daily.novelty.section_moves import (
    heaviest_section,
    keep_section,
    lead_sections,
    regrouped,
)
from brief.daily.state import MAX_STORY_KEYS, State, StoryRecord
from brief.extract.lexicon import gazetteer, month_names, unaccented, weekday_forms, word_codes
from brief.models import (
    Briefing,
    Story,
    StoryStatus,
    bullet_key,
    text_key,
)
from brief.profiles import Profile
from brief.rank.text import lowered_words, stemmer, stop_words, terms, words
from brief.stories.apart import (
    Act,
    lead_places,
    one_agents_acts,
    other_agents_act,
    placed_elsewhere,
)
from brief.stories.apart.countries import country_words
from brief.stories.similarity import general_shares
from brief.stories.texts import Text, news_stop_words

SIGNATURE_SIZE = 12  # terms kept per story


RARE_SHARE = 1e-3  # a word general English uses in fewer texts is as rare as a name


NAME_WEIGHT = 3  # a name or headline word counts as this many sentences


# Measured by tools/eval_crossday.py (each labelled pile of ../shared/eval/stories briefed
# as two days, half A for tuning): weighing terms by rarity, and asking more of a shared
# sentence, took half A from 47 of 71 continued stories linked with 10 false links to 53
# with 5, half B from 55 of 80 with 19 to 50 with 7, and the blind two-day set
# (tools/data/crossday) from 5 of 11 to 8, with none false either way.
SIGNATURE_MATCH = 1 / 3  # share of the smaller signature's rarity both must hold


MIN_SHARED_TERMS = 4  # and never fewer terms than this


# A story's event terms: its EVENT_TERMS most telling words that it never writes as a
# name (what happened: "quake", "tanker", "ambush"), by how many of its sentences use
# them and their rarity. A story known again by its signature must share one of them
# with the remembered story (see _same_event). Measured by tools/eval_crossday.py: 12
# left two Multi-News follow-ups new (a documentary on a murder case, a conspiracy
# theorist's death) and one false link fewer; 18 left one new; 24 none, and no false link
# more than without the test.
EVENT_TERMS = 24


PROOF_TERMS = 2  # terms two signatures share for a shared sentence to prove one story


# A report of a story of several, read alone, that holds less of a remembered story's
# signature than this (rarity, as SIGNATURE_MATCH) has nothing of it; when such reports
# outnumber the rest, the story is another event (see _another_event). Measured on r51's
# trial and tools/eval_crossday.py: the strike reports held 0, 0 and 0.08 of the drills'
# signature (a "Black Sea" both name), multiling's Olympic-torch follow-ups 0.07-0.42 of
# the torch story's and its Abu Ghraib reports 0.20-0.36 of theirs. (Those shares were
# measured with event terms counted; `_stranger` now leaves them out, which can only
# lower a share, and eval_crossday did not move.)
STRANGER_SHARE = 0.1


def story_keys(briefing: Briefing, story: Story) -> frozenset[str]:
    """Every sentence of the story's sources, chosen or not: tomorrow's article may repeat
    any of them, and the bullets alone would miss a story whose sentences were all sent."""
    sources = set(story.sources)
    keys = {text_key(s.text) for s in briefing.sentences if s.source in sources}
    return frozenset(keys | {bullet_key(b) for b in story.bullets})


def signatures(
    briefing: Briefing,
    stories: Sequence[Story],
    language: str = "english",
    shared_by_many: frozenset[str] = frozenset(),
) -> list[dict[str, float]]:
    """Each story's SIGNATURE_SIZE most telling terms (stemmed, stop words dropped), each
    with its rarity: how many of its sources' sentences use a term, names (capitalised
    inside a sentence) and headline words counted NAME_WEIGHT times, times the term's
    rarity in general English (`rarity`). Look-alike events (two earthquakes, two
    celebrities in rehab) share their common nouns, and any two stories of one capital
    share "minister", "state" and "house"; their names and rare words tell them apart.
    A sentence several stories share (`shared_by_many`, by text_key: an outlet's credit
    line) is left out: its names belong to the outlet, not to any story."""
    return [sig for sig, _ in _signatures_and_events(briefing, stories, language, shared_by_many)]


def _signatures_and_events(
    briefing: Briefing,
    stories: Sequence[Story],
    language: str = "english",
    shared_by_many: frozenset[str] = frozenset(),
) -> list[tuple[dict[str, float], frozenset[str]]]:
    """Each story's signature (see signatures) and its event terms (see event_terms)."""
    counted = [_term_counts(briefing, story, language, shared_by_many) for story in stories]
    spellings = sorted({w for _, spelt, _ in counted for found in spelt.values() for w in found})
    shares = dict(zip(spellings, general_shares(spellings).tolist(), strict=True))
    found = []
    for counts, spelt, plain in counted:
        # a term is as rare as its commonest spelling: "minister's" is rare in the list,
        # "minister" is not (a review's Kenyan strike linked to a Kenyan budget)
        rarities = {
            t: rarity(max(shares.get(w, 0.0) for w in spelt.get(t, ()) or [""])) for t in counts
        }
        ranked = sorted(counts, key=lambda t: (-counts[t] * rarities[t], t))[:SIGNATURE_SIZE]
        # the words of any news report ("told", "according") tell no event
        told = [t for t in plain if not spelt.get(t, set()) & news_stop_words()]
        events = sorted(told, key=lambda t: (-plain[t] * rarities[t], t))[:EVENT_TERMS]
        found.append(({t: rarities[t] for t in sorted(ranked)}, frozenset(events)))
    return found


def signature(briefing: Briefing, story: Story, language: str = "english") -> tuple[str, ...]:
    """One story's signature terms, as `signatures` reads them among its story alone."""
    return tuple(signatures(briefing, [story], language)[0])


def rarity(share: float) -> float:
    """How much a term tells, from the share of general English texts that use it
    (`general_shares`, the stories stage's measure): log(1 / share), a word the list
    does not know (a name) as rare as one in a thousand texts."""
    return math.log(1.0 / max(share, RARE_SHARE))


def _term_counts(
    briefing: Briefing, story: Story, language: str, left_out: frozenset[str]
) -> tuple[Counter[str], dict[str, set[str]], Counter[str]]:
    """A story's term counts (see signatures), the words each term stands for, and the
    sentences that use each term only in small letters, never as a name (see
    event_terms)."""
    sources = set(story.sources)
    counts: Counter[str] = Counter()
    spelt: dict[str, set[str]] = {}
    plain: Counter[str] = Counter()
    named: set[str] = set()

    def stems(text: str) -> set[str]:
        found = _spelt_terms(text, language)
        for term, word in found.items():
            spelt.setdefault(term, set()).update(word)
        return set(found)

    texts = [
        s.text
        for s in briefing.sentences
        if s.source in sources and (not left_out or text_key(s.text) not in left_out)
    ]
    for text in texts or [b.text for b in story.bullets]:
        found = stems(text)
        counts.update(found)
        written = words(text)
        capitalised = set()
        for name in {w for w in written[1:] if w[:1].isupper()}:
            for term in stems(name):
                counts[term] += NAME_WEIGHT - 1
                capitalised.add(term)
        named |= capitalised
        # the first word is capitalised by its place, and tells nothing either way
        plain.update(found - capitalised - (stems(written[0]) if written else set()))
    for text in (story.title, *story.actors):
        for term in stems(text):
            counts[term] += NAME_WEIGHT
    return counts, spelt, Counter({t: n for t, n in plain.items() if t not in named})


@lru_cache(maxsize=65_536)  # read for a story's signature, then for its telling keys
def _spelt_terms(text: str, language: str) -> Mapping[str, frozenset[str]]:
    """A text's signature terms (stemmed, no stop words, days or months), each with the
    words that spell it, read without accents (Cuyuní in one outlet, Cuyuni in another)."""
    stop, stem = stop_words(language), stemmer(language)
    calendar_terms = _calendar_terms(language)
    same, seats = _same_terms(language), _seat_terms(language)
    found: dict[str, set[str]] = {}
    for word in lowered_words(unaccented(text)):
        if word not in stop:
            term = stem(word)
            term = seats.get(term, same.get(term, term))
            if term not in calendar_terms:
                found.setdefault(term, set()).add(word)
    return {term: frozenset(spellings) for term, spellings in found.items()}


def telling_keys(
    briefing: Briefing, story: Story, sig: Mapping[str, float], language: str = "english"
) -> frozenset[str]:
    """The keys of the story's sentences that hold a term of its signature: only a
    sentence about the story proves it continued ("To our community," or an archive's
    crawl notice, once yesterday and once today, proves nothing)."""
    sources = set(story.sources)
    return frozenset(
        text_key(s.text)
        for s in briefing.sentences
        if s.source in sources and not sig.keys().isdisjoint(_spelt_terms(s.text, language))
    )


@cache
def _same_terms(language: str) -> Mapping[str, str]:
    """Each stemmed word of words.toml's [values.same_words] (a clipping, or the plainer
    word for the same thing) to the stem of the word it stands for: one day's "quake" is
    the next day's "earthquake", and a "walkout" the strike it continues. Read by stem, so
    a plural or a verb's form is the same word too. Only English has the list."""
    if language != "english":
        return {}
    stem = stemmer(language)
    return {stem(word): stem(full) for word, full in word_codes("same_words").items()}


@cache
def _seat_terms(language: str) -> Mapping[str, str]:
    """Each country's seat of government (the gazetteer's government_seats) to the
    country's term: naming the capital is naming the country, and a story told on one
    day as "Guinea-Bissau says it foiled a coup" is told on the next from "Bissau" (r55
    M4). One term, not a proof: two stories of one country still need the other terms a
    link asks for. Only where seat and country are each one word ("New Delhi" and
    "India", "Seoul" and "South Korea" are not), so that no word of a longer name ("new",
    "south") stands for a country."""
    stem = stemmer(language)

    def term(name: str) -> str | None:
        found = lowered_words(unaccented(name))
        return stem(found[0]) if len(found) == 1 else None

    found = {}
    for form, entry in gazetteer().items():
        if entry.kind == "country" and entry.form == "seat":
            seat, country = term(form), term(entry.name)
            if seat and country and seat != country:
                found[seat] = country
    return found


@cache
def _calendar_terms(language: str) -> frozenset[str]:
    """Days and months are capitalised by convention, not as names, and any two stories
    of a week share them: in a signature they took the places of the event's own terms
    ("monday" for the second day of an Interpol assembly, s9 review D3)."""
    names = weekday_forms() | month_names()
    return frozenset(t for name in names for t in terms(name, language))


def _strength(
    keys: frozenset[str],
    sig: Mapping[str, float],
    known: StoryRecord,
    known_keys: frozenset[str],
    shared_by_many: frozenset[str],
) -> tuple[int, float]:
    """(shared sentences, signature overlap): shared sentences are proof, terms a hint.
    A sentence that several stories share (`shared_by_many`: a site's "To our community,"
    or an archive's crawl notice) proves nothing, nor does one shared by two stories
    whose signatures have fewer than PROOF_TERMS terms in common (an outlet's credit line
    under yesterday's border story and today's grain ships). The overlap is the rarity
    the two signatures share over the smaller signature's, with MIN_SHARED_TERMS terms at
    least."""
    theirs = _weights(known, sig)
    common = sig.keys() & theirs.keys()
    shared = len((keys & known_keys) - shared_by_many) if len(common) >= PROOF_TERMS else 0
    if len(common) < MIN_SHARED_TERMS:
        return shared, 0.0
    return shared, _held_share(sig, theirs)


def _held_share(sig: Mapping[str, float], theirs: Mapping[str, float]) -> float:
    """The rarity of the terms two signatures both hold, over the smaller signature's."""
    held = sum(min(sig[t], theirs[t]) for t in sig.keys() & theirs.keys())
    return held / (min(sum(sig.values()), sum(theirs.values())) or 1.0)


def _held_by(sig: Mapping[str, float], known: StoryRecord) -> float:
    """The overlap of today's signature with a remembered story's signature and event
    terms together (each of these at today's rarity), as _held_share reads two
    signatures', or 0 where they share fewer than MIN_SHARED_TERMS terms. Two reports of
    one march, told on two days from two angles (the route and its police; the peaceful
    end and the minister's promise), keep their twelve most telling terms apart, each its
    own angle's, where the later one's "salaries", "road" and "peaceful" are words of
    what happened of the earlier one (r71 F5)."""
    theirs = _weights(known, sig)
    for term in known.events:
        if term in sig and term not in theirs:
            theirs[term] = sig[term]
    if len(sig.keys() & theirs.keys()) < MIN_SHARED_TERMS:
        return 0.0
    return _held_share(sig, theirs)


def _holdings(known: StoryRecord, language: str) -> frozenset[str]:
    """The terms a remembered story holds: its signature, its words of what happened and
    its headline's (a signature keeps a story's twelve most telling terms, so a name it
    gives may fall just outside it; its headline still gives it)."""
    return frozenset({*known.signature, *known.events, *_spelt_terms(known.title, language)})


def _told_apart_from_neighbours(
    told: frozenset[str],
    heads: frozenset[str],
    names: frozenset[str],
    known: StoryRecord,
    neighbours: Sequence[tuple[StoryRecord, frozenset[str]]],
    language: str,
) -> bool:
    """Does today's story share with a remembered one what sets that one apart from its
    neighbours (the other stories last told on its day or since: those its reader met
    beside it and after it)? A term of its signature (`told`: today's signature and its
    reports') that no neighbour holds, or a word of its headline (`heads`, as
    headline_terms reads them) that no neighbour's headline gives, neither headline
    writing it as a name (`names`: today's). In one crisis every
    story of a day writes the country, its ministry, "detained" and "protest": words
    another story holds as well identify neither, however rare they are in general
    English, and a story of a later day that shares only such words with one of them
    continues none (r76 F11: an embassies' call had taken the id of a ministry's
    statement, and a UN office's call took it the day after). Of its signature only (its
    names and rare words): a word of what happened one story alone used ("independent",
    of a channel) is common English. The headline's word tells what happened where no
    name of its own does: a charge against "a Lithuanian citizen detained in Grodno",
    told without his name, goes on with his detention, whose headline gave "citizen"
    and no other did (r74). Its day's stories and those since, not every story
    remembered: a war told for weeks shares its names with stories of its earlier days
    that were new then, and still goes on."""
    others = [
        (other, held)
        for other, held in neighbours
        if other.id != known.id and other.last_seen >= known.last_seen
    ]
    own = told & set(known.signature)
    if any(not any(t in held for _, held in others) for t in own):
        return True
    # what happened, not who: a word either headline writes as a name ("Interior
    # Ministry") is the speaker, whose next statement may be of another event
    said = headline_terms([known.title], language) - _headline_names([known.title], language)
    theirs = said & heads - names
    return any(
        not any(t in headline_terms([other.title], language) for other, _ in others) for t in theirs
    )


def only_commentary(briefing: Briefing, story: Story) -> bool:
    """Is every report of the story a copy its desk labels as another kind than a report
    of the event ("Opinion | ...", "Analysis: ...", "Editorial: ...", "Statement by ...":
    compose.titles.labelled_as_copy, names_a_document)? Such a story joins a remembered
    one only by a sentence they share, never by the names it discusses: an op-ed on
    yesterday's standoff at a shoal, alone in today's mail, comments on the standoff and
    tells no development of it (r48's op-ed had taken the standoff's id). Where the day's
    grouping puts it with reports of the event, the story is theirs and continues. Not
    every comment by its grammar (a question, a lede that judges: report_stance): Multi-
    News's scraped pages open so, and two of its follow-ups were left new."""
    titles = {s.number: s.title or "" for s in briefing.sources}
    return all(
        labelled_as_copy(title) or names_a_document(title)
        for title in (titles.get(n, "") for n in story.sources)
    )


def _same_event(events: frozenset[str], sig: Mapping[str, float], known: StoryRecord) -> bool:
    """Does today's story tell what the remembered one told, by a word of what happened
    that both use (an event term of one, in the other's event terms or signature)? Names
    alone tell where and who: a cyber attack on a country's banks names its prime
    minister and its neighbour's president as the troop build-up on its border did, and
    is another story. Nor do words of what happened alone: the two signatures must share
    a term that is neither's event term (a name, or a rare word of the story's own). A
    record saved before event terms were kept is judged by its signature alone."""
    if not known.events:
        return True
    # and by a name both give: two earthquakes told in one template share every word
    # of what happened, and only their places tell them apart
    named = sig.keys() & set(known.signature) - events - set(known.events)
    theirs = {*known.events, *known.signature}
    return bool(named) and (
        not events.isdisjoint(theirs) or not sig.keys().isdisjoint(known.events)
    )


def headline_terms(titles: Sequence[str], language: str = "english") -> frozenset[str]:
    """The terms of a story's headlines that may tell what happened (stemmed as a
    signature's): not a country's words, which any two events of one country share
    ("Romania", "Romanian"), nor a label of copy ("Statement of ...", "Feature: ..."),
    nor the words of any news report ("says")."""
    from brief.ingest.furniture import lists

    ground = country_words() | lists().header_labels | news_stop_words()
    return frozenset(
        term
        for title in titles
        for term, spelt in _spelt_terms(title, language).items()
        if spelt.isdisjoint(ground)
    )


def _told_in_headlines(briefing: Briefing, story: Story, language: str) -> frozenset[str]:
    """The `headline_terms` of a story's headline and its reports', but of a headline
    that names a document ("Joint statement of the Ministry of Public Finance and the
    National Bank of ...", "IMF staff statement on ..."): it says whose the document
    is, not what happened."""
    titles = {source.number: source.title or "" for source in briefing.sources}
    told = [story.title, *(titles.get(n, "") for n in story.sources)]
    return headline_terms([t for t in told if not _document_headline(t)], language)


def _headline_names(titles: Sequence[str], language: str) -> frozenset[str]:
    """The `headline_terms` a headline writes as names (capitalised past its first word):
    who or where its event is ("Minsk says consular visit to Zieliński ...")."""
    return headline_terms(
        [" ".join(w for w in words(t)[1:] if w[:1].isupper()) for t in titles], language
    )


@cache
def _document_noun() -> re.Pattern[str]:
    """A headline that opens with a noun of copy (furniture.toml's header_labels) within
    its first words, then whose or what it is: "Joint statement of ...", "IMF staff
    statement on ...", "Transcript of ..."."""
    from brief.ingest.furniture import lists

    nouns = "|".join(re.escape(n) for n in sorted(lists().header_labels, key=len, reverse=True))
    return re.compile(rf"(?i)^(?:[\w&'’.-]+\s+){{0,3}}?(?:{nouns})\s+(?:of|by|from|on)\b")


def _document_headline(title: str) -> bool:
    return names_a_document(title) or _document_noun().match(title) is not None


Pair = tuple[tuple[int, int, float, int], int, StoryRecord]  # (strength, today's, remembered)


def _told_apart(
    pairs: Sequence[Pair],
    heads: Sequence[frozenset[str]],
    names: Sequence[frozenset[str]],
    several: Sequence[bool],
    language: str,
) -> list[Pair]:
    """The pairs, but those that terms alone join (no sentence shared) where the terms
    cannot tell which story goes on which: today's story meets several remembered ones
    so, or the remembered one is met so by several of today's. Then the terms are the
    crisis's that they all share (one country's, its institutions, its currency), and
    a pair stands only where the headlines tell one event (`_headlines_meet`). A
    story its terms alone join to one other keeps the link, as before: a march told one
    day by its route and the next by its end needs no headline word in common. So does
    a story of several reports (`several`), which is known by what its reports, each
    read alone, continue (`_reports_alone`): r74's prisoner exchange of seven reports
    continues the detentions crisis whose last headline was a diplomat's expulsion."""
    by_terms = [p for p in pairs if not p[0][3]]
    ours = Counter(i for _, i, _ in by_terms)
    theirs = Counter(known.id for _, _, known in by_terms)
    return [
        p
        for p in pairs
        if p[0][3]
        or several[p[1]]
        or (ours[p[1]] < 2 and theirs[p[2].id] < 2)
        or _headlines_meet(heads[p[1]], names[p[1]], p[2], language)
    ]


def _headlines_meet(
    ours: frozenset[str], names: frozenset[str], known: StoryRecord, language: str
) -> bool:
    """Does a story known again by its terms alone (no sentence shared) tell the
    remembered story's event in a headline: do its headlines (its own and its reports')
    and the remembered headline share a term of `headline_terms`? A headline is its
    story's main event (README). In one country's crisis every story holds most of the
    others' names and words, a third of the rarity and more, and each day's new event,
    which recalls the day before in a line ("the second member of the cabinet to quit
    since the coalition collapsed"), had taken an earlier one's id: a bank's note on the
    coalition's collapse, then a downgrade; the collapse, then a deputy prime minister's
    resignation, then a joint statement on the IMF programme (r75 F7). Or a name today's
    headline gives (`names`: who or where) is a term of the remembered story's
    signature: r74's "Minsk says consular visit to Zieliński possible this week" goes on
    with the detained engineer's story, headed by his family's words. Where either has
    no such headline (a document's name), nothing tells one event, and the link, asked
    of the headlines because the terms could not tell, does not stand: a story told new
    that a reader knew is a smaller error than one told "developing" that he never saw."""
    theirs = headline_terms([known.title] if not _document_headline(known.title) else [], language)
    return not ours.isdisjoint(theirs) or not names.isdisjoint(known.signature)


@dataclasses.dataclass(frozen=True)
class _Report:
    """One report of a story of several, read as a story of its own (`_reports_alone`)."""

    source: int
    signature: Mapping[str, float]
    events: frozenset[str]
    keys: frozenset[str]  # its sentences that hold a term of its signature (telling_keys)
    # its signature with, of the story's actors, only those it names (`_stranger`)
    own: Mapping[str, float]


def _reports_alone(
    briefing: Briefing, stories: Sequence[Story], language: str, shared_by_many: frozenset[str]
) -> dict[int, list[_Report]]:
    """For each story of several reports, each report's signature, event terms and
    telling keys, read as a story of its own under its own headline. Today's grouping may
    join the report that tells yesterday's event again to reports of its new angles,
    whose words dilute the story's signature: r49's day-2 coup (the bloc's condemnation,
    with the curfew and the emptied streets) came out "new", at 0.332 of the bar's 1/3,
    where the condemnation alone had been "developing". It may also join one report of
    yesterday's story to the reports of another event it mentions (`_another_event`),
    which is asked of each report's `own` signature: the story's actors it names, not
    all of them (the drills' admiral had been a name of each report of the strike the
    day's grouping joined the drills to). The signature that lifts a story keeps the
    story's actors, as measured (reading only those named linked a Multi-News page of
    crawl notices to another's)."""
    titles = {source.number: source.title for source in briefing.sources}
    texts: dict[int, list[str]] = {}
    for record in briefing.sentences:
        texts.setdefault(record.source, []).append(record.text)
    reports = [
        (i, dataclasses.replace(story, sources=(n,), title=titles.get(n) or story.title))
        for i, story in enumerate(stories)
        if len(story.sources) > 1
        for n in story.sources
    ]
    if not reports:
        return {}
    found = _signatures_and_events(briefing, [r for _, r in reports], language, shared_by_many)
    named = [
        dataclasses.replace(r, actors=_named_in(r.actors, " ".join(texts.get(r.sources[0], ()))))
        for _, r in reports
    ]
    differ = [k for k, (r, n) in enumerate(zip(reports, named, strict=True)) if r[1] != n]
    owns = dict(
        zip(
            differ,
            _signatures_and_events(briefing, [named[k] for k in differ], language, shared_by_many)
            if differ
            else [],
            strict=True,
        )
    )
    alone: dict[int, list[_Report]] = {}
    for k, ((i, report), (sig, kinds)) in enumerate(zip(reports, found, strict=True)):
        keys = telling_keys(briefing, report, sig, language)
        own = owns[k][0] if k in owns else sig
        alone.setdefault(i, []).append(_Report(report.sources[0], sig, kinds, keys, own))
    return alone


def _named_in(actors: Sequence[str], text: str) -> tuple[str, ...]:
    """The actors a text names, by their last word (a surname, an organisation's last)."""
    found = set(words(unaccented(text)))
    return tuple(a for a in actors if (words(unaccented(a)) or [""])[-1] in found)


def _stranger(report: _Report, known: StoryRecord) -> bool:
    """Has a report, read alone, nothing of the remembered story: less than
    STRANGER_SHARE of the rarity of the smaller signature in terms both hold, however
    few, other than words of what happened (either's event terms)? A "Black Sea" both
    name is not the story; nor are "drone", "strike" and "port" both write, which any
    report of the same kind of event would (`_same_event`: only names tell two template
    events apart): r51's Constanța strike, read alone, shared them with the Poti strike
    of three days before and had taken its id. Its sentences shared are asked apart
    (`_strength`)."""
    theirs = _weights(known, report.own)
    named = report.own.keys() & theirs.keys() - report.events - set(known.events)
    held = sum(min(report.own[t], theirs[t]) for t in named)
    whole = min(sum(report.own.values()), sum(theirs.values())) or 1.0
    return held / whole < STRANGER_SHARE


def _another_event(strangers: Sequence[int], reports: Sequence[_Report]) -> bool:
    """Is a story of several reports another event than the remembered one it meets,
    though some of its reports continue that one? So when the reports that have nothing
    of the remembered story (`strangers`: read alone, no sentence of it and `_stranger`)
    outnumber the rest. r51's Thursday: the
    day's grouping joined the report of Turkish drills ending early ("after the drone
    strike in Constanța") to two reports of the strike and a market item on it, and the
    strike, first reported that day, took the drills' id and "developing since" the day
    they began. The story is new; the remembered one is not continued by it. Not when
    they are as many: a quake's second day, its toll and a feature on the villages
    burying their dead, is one story though the feature shares few terms with the quake's
    first report."""
    return len(strangers) > len(reports) - len(strangers)


def _kept_signature(
    today: Mapping[str, float], events: frozenset[str], known: StoryRecord | None
) -> tuple[dict[str, float], tuple[str, ...]]:
    """The signature and event terms to remember for a story: today's, and where it
    continues a remembered one, the remembered terms today's lack after them (up to twice
    a signature's size). A story's record had kept only today's words, so the day after
    a follow-up of new angles (a curfew, a morgue) its next report (arrests over the coup)
    met the angles' words, not the event's (r49 day 3)."""
    if known is None:
        return dict(today), tuple(sorted(events))
    theirs = _weights(known, today)
    terms = [*sorted(today, key=lambda t: (-today[t], t))]
    terms += sorted((t for t in theirs if t not in today), key=lambda t: (-theirs[t], t))
    kept = {t: today.get(t, theirs.get(t, 0.0)) for t in terms[: 2 * SIGNATURE_SIZE]}
    told = [*sorted(events), *sorted(set(known.events) - events)][: 2 * EVENT_TERMS]
    return {t: kept[t] for t in sorted(kept)}, tuple(sorted(told))


def _weights(known: StoryRecord, today: Mapping[str, float]) -> dict[str, float]:
    """A remembered signature with its rarities; one saved before they were kept takes
    today's rarity of a shared term, and the median of today's for the others."""
    if len(known.weights) == len(known.signature):
        return dict(zip(known.signature, known.weights, strict=True))
    middle = statistics.median(today.values()) if today else 1.0
    return {t: today.get(t, middle) for t in known.signature}


Places = tuple[frozenset[str], frozenset[str]]  # (placed in, named): see story_places


def story_places(briefing: Briefing, stories: Sequence[Story]) -> list[Places]:
    """Each story's place, as the stories stage reads a report's (apart.lead_places): the
    countries every report that places its event places it in, where at least half of
    its reports do (none else), and every country any of its reports names. A drone
    falling near a Polish town on Wednesday and one falling near a Romanian city on
    Thursday, told in one template by two defence ministries, share every word of what
    happened; a day's `brief make` keeps them apart by their places (placed_elsewhere),
    and so does a later day (r66 F2)."""
    titles = {source.number: source.title for source in briefing.sources}
    texts: dict[int, list[str]] = {}
    for record in briefing.sentences:
        texts.setdefault(record.source, []).append(record.text)
    numbers = sorted({n for story in stories for n in story.sources})
    read = dict(
        zip(
            numbers,
            lead_places([Text(titles.get(n), texts.get(n, [])) for n in numbers]),
            strict=True,
        )
    )
    found = []
    for story in stories:
        places = [read[n] for n in story.sources]
        located = [placed for placed, _ in places if placed]
        placed = (
            frozenset.intersection(*located)
            if located and len(located) * 2 >= len(places)
            else frozenset()
        )
        found.append((placed, frozenset().union(*(named for _, named in places))))
    return found


def story_acts(briefing: Briefing, stories: Sequence[Story]) -> list[list[Act]]:
    """Each story's acts, as the stories stage reads them (apart.own_agents): the act
    each report's first sentence gives its agent as the subject of (Text.agent_act),
    where at least half its reports give one and all of them name one agent. Two rating
    agencies' downgrades of one country on two days share every word of what happened;
    each report names its own agency as the one who acted (r75 F7)."""
    titles = {source.number: source.title for source in briefing.sources}
    texts: dict[int, list[str]] = {}
    for record in briefing.sentences:
        texts.setdefault(record.source, []).append(record.text)
    return [
        one_agents_acts([Text(titles.get(n), texts.get(n, [])).agent_act for n in story.sources])
        for story in stories
    ]


def _act_strings(acts: Sequence[Act]) -> tuple[str, ...]:
    """Acts as a state file keeps them: "agent words|verb|party|what"."""
    return tuple(sorted({"|".join((" ".join(sorted(agent)), *rest)) for agent, *rest in acts}))


def _acts_of(known: StoryRecord) -> list[Act]:
    """A remembered story's acts (see _act_strings)."""
    found: list[Act] = []
    for kept in known.acts:
        parts = kept.split("|")
        if len(parts) == 4:
            found.append((frozenset(parts[0].split()), parts[1], parts[2], parts[3]))
    return found


def _acted_apart(ours: Sequence[Act], known: StoryRecord) -> bool:
    """Is today's story one kind of act as the remembered one's, by another organisation
    (apart.other_agents_act: Sterling & Coe's downgrade of a country the day after
    Halvard's)?"""
    return other_agents_act(ours, _acts_of(known))


def _placed_apart(ours: Places, known: StoryRecord) -> bool:
    """Is today's story placed in a country the remembered one never names, and the
    remembered one in a country today's never names (apart.placed_elsewhere, the test
    that keeps two look-alike events of one day apart)? Names and terms that two stories
    of one kind share (the "defence ministry", the "drone") do not join them then."""
    return bool(known.placed) and placed_elsewhere(
        [ours, (frozenset(known.placed), frozenset(known.named))], 0, 1
    )


def _records_apart(one: StoryRecord, other: StoryRecord) -> bool:
    """Are two remembered stories placed apart (see _placed_apart)?"""
    return bool(one.placed) and _placed_apart((frozenset(one.placed), frozenset(one.named)), other)


def recognise(
    briefing: Briefing,
    state: State,
    today: str,
    language: str = "english",
    profile: Profile | None = None,
) -> tuple[Briefing, dict[str, StoryRecord]]:
    """Give each of today's stories its remembered id, status and since; return the
    briefing and the story records to remember (today's stories, updated). `profile`
    reads today's headlines, where a developing story's section is kept (keep_section);
    without it (a caller after the ids only) no headline is read.

    Each remembered story is matched once at most: first to a story that shares a third
    of its sentences, then by how much of its signature they hold; on a later run of the
    day, a story that tells one the day's earlier brief told again keeps its id before
    any of these, and an id that brief gave goes to no story made of none of its reports.
    With no previous brief at all, statuses stay None: there is nothing to be new or
    developing against.
    """
    stories = briefing.stories
    if not stories:
        return briefing, {}
    keys = [story_keys(briefing, s) for s in stories]
    ours = Counter(k for found in keys for k in found)
    theirs = Counter(k for known in state.stories.values() for k in ours.keys() & set(known.keys))
    shared_by_many = frozenset(
        k for k, n in (ours | theirs).items() if ours[k] > 1 or theirs[k] > 1
    )
    found = _signatures_and_events(briefing, stories, language, shared_by_many)
    sigs = [sig for sig, _ in found]
    events = [kinds for _, kinds in found]
    proofs = [
        telling_keys(briefing, s, sig, language) for s, sig in zip(stories, sigs, strict=True)
    ]
    remembered = [(known, frozenset(known.keys)) for known in state.stories.values()]
    holdings = [(known, _holdings(known, language)) for known, _ in remembered]
    places = story_places(briefing, stories)
    acts = story_acts(briefing, stories)
    commentary = [only_commentary(briefing, story) for story in stories]
    heads = [_told_in_headlines(briefing, story, language) for story in stories]
    # (read only where there is a remembered story to meet: a first run has none)
    alone = _reports_alone(briefing, stories, language, shared_by_many) if remembered else {}
    named = [
        _headline_names([story.title] if not _document_headline(story.title) else [], language)
        for story in stories
    ]
    # A later run of the day: an id the day's earlier brief gave goes to a story of the
    # rebuild made of that story's reports, and to no other (see below)
    day = state.day(today)
    owners = told_owners(briefing, day)
    given = {t.id for t in day.told} if day is not None and day.built else set()
    holds = [{owners[n].id for n in story.sources if n in owners} for story in stories]
    pairs = []
    unfounded: set[tuple[int, str]] = set()  # joined by terms none of them its own
    for i in range(len(stories)):
        # the terms today's story is told by: its signature's, and each of its reports'
        told = frozenset(sigs[i]).union(*(r.signature for r in alone.get(i, ())))
        for known, known_keys in remembered:
            if known.id in given and known.id not in holds[i]:
                continue
            shared, overlap = _strength(proofs[i], sigs[i], known, known_keys, shared_by_many)
            # or as near as one of its reports, read alone, that tells the remembered event
            strangers = []
            backing = 0  # its reports that, read alone, continue the remembered story
            for report in alone.get(i, ()):
                by_report = _strength(
                    report.keys, report.signature, known, known_keys, shared_by_many
                )
                if not by_report[0] and _stranger(report, known):
                    strangers.append(report.source)
                near = by_report[1]
                same = _same_event(report.events, report.signature, known)
                if near > overlap and same:
                    overlap = near
                backing += bool(by_report[0]) or (near >= SIGNATURE_MATCH and same)
            if overlap < SIGNATURE_MATCH:
                # or as near by the remembered story's words of what happened as well
                overlap = max(overlap, _held_by(sigs[i], known))
            if (
                shared
                or (
                    overlap >= SIGNATURE_MATCH
                    and not commentary[i]
                    and _same_event(events[i], sigs[i], known)
                    and not _placed_apart(places[i], known)
                    and not _acted_apart(acts[i], known)
                )
            ) and not _another_event(strangers, alone.get(i, ())):
                # shared sentences that are a good part of the remembered story's own
                # prove it whole; a few of many prove one member of it (see below)
                whole = shared if shared >= SIGNATURE_MATCH * len(known_keys) else 0
                backed = max(backing, 1) if alone.get(i) else 1
                pairs.append(((whole, backed, overlap, shared), i, known))
                if not shared and not _told_apart_from_neighbours(
                    told, heads[i], named[i], known, holdings, language
                ):
                    unfounded.add((i, known.id))  # (read only for a pair that may link)
    pairs = _told_apart(
        pairs,
        heads,
        named,
        [len(story.sources) > 1 for story in stories],
        language,
    )
    # A link by terms that tell the remembered story no more than its neighbours does
    # not stand (`_told_apart_from_neighbours`); it still counted above, as one more
    # story the crisis's terms meet.
    pairs = [p for p in pairs if (p[1], p[2].id) not in unfounded]
    # The id goes to a story of today that shares a good part of the remembered story's
    # sentences (a third at least: an article republished), else to the one that holds
    # most of what it is about (its signature: its headline's words and names first),
    # not to the one that shares most sentences: a remembered story of several reports
    # may share all of one member's sentences with today's story of that member alone.
    # r72's day-1 naval standoff had held a report of a national detained; on day 2 that
    # detention, republished, shared four of its sentences and took its id, and the
    # standoff's own news (a denial, sanctions, the UN Council) came out new.
    # What a story of several reports continues is what its reports, each read alone,
    # continue (`backed`: how many of them do), before how much of a remembered story's
    # signature one of them holds: r74's day-3 exchange story, six of whose eight reports
    # continued the detentions crisis, had taken the id of a one-source story of a
    # Lithuanian detainee that one of its reports (merged into it) told again.
    # A story keeps the id of the remembered story it continues most, or none: where a
    # story that continues that one more took it, it is new, and takes no other's id by
    # chance (r74 F6: a one-source lorry queue had taken the crisis's id, left over; F11:
    # a joint statement, the id of the other side's briefing).
    pairs.sort(key=lambda p: (-p[0][0], -p[0][1], -p[0][2], -p[0][3], p[1], p[2].id))
    # A story that tells one the day's earlier brief told again (all its reports, no other
    # told story's: late.continues) keeps that story's id before any is paired, and no
    # story made of none of its reports takes an id that brief gave (above): the reader
    # was told the story under it. The trial's update had told two stories under one id: a
    # late deal story, whose signature met the day-1 strike better, took the id the
    # morning's interview held ("developing since" day 1), and keep_told restored the
    # interview under it too (s72). A story a late article starts is matched against
    # the other remembered stories, as on any day.
    matched: dict[int, StoryRecord] = {}
    for i, story in enumerate(stories):
        again = continues(story, owners)
        if again is not None and (record := state.stories.get(again.id)) is not None:
            matched[i] = record
    taken = {record.id for record in matched.values()}
    settled: set[int] = set(matched)  # stories whose best remembered story is decided
    linked: dict[int, list[StoryRecord]] = {}  # every remembered story each one continues
    for _, i, known in pairs:
        linked.setdefault(i, []).append(known)
        if i not in settled:
            settled.add(i)
            if known.id not in taken:
                matched[i] = known
                taken.add(known.id)
    judged = state.previous(today) is not None
    earlier_today = _told_again(briefing, state, today)
    sent = state.sent_before(today)
    out: list[Story] = []
    records: dict[str, StoryRecord] = {}
    sections = {s.key for s in briefing.sections} - {OTHER}
    for i, story in enumerate(stories):
        known_story = matched.get(i)
        # A story that continues several remembered ones (the threads of two days joined
        # in one report of the third) is as old as the oldest, and keeps the one of their
        # sections that today's sentences weigh most for (see `heaviest_section`).
        # A remembered story another of today's took is that one's past, not this one's:
        # a minister's swearing-in, first told on 10 Dec, had been "developing since 9
        # Dec" for sharing his name with the troop story of 9 Dec (r47 M3).
        others = {k.id for j, k in matched.items() if j != i}
        # Nor is a remembered story placed apart from the one it continues: a late run's
        # drone crash in one country, which continues the day's first brief of it, is not
        # the crash in another country the day before that its signature still meets.
        own = [
            k
            for k in linked.get(i, ())
            if k.id not in others
            and not (known_story and k.id != known_story.id and _records_apart(known_story, k))
        ]
        met_in, first_seen = _continued(known_story, own, today)
        if i in earlier_today:
            # a story the day's earlier brief told, told again with no report since, is
            # what that brief called it: its status was judged then, and nothing came to
            # change it (r77 F17: an interview "developing since" day 1 in the morning's
            # mail had been "new" in the update, the late deal story having taken the
            # day-1 strike's id that the interview held in the morning)
            first_seen = earlier_today[i]
        kept = heaviest_section(briefing, story, met_in & sections, sent)
        if kept in sections:
            stated = lead_sections(briefing, story, profile) if profile else frozenset()
            story = keep_section(briefing, story, kept, sent, stated)
        story_id = known_story.id if known_story else story.id
        old_keys = known_story.keys if known_story else ()
        if judged:
            # Developing once a brief of an earlier day told it. A story first told today
            # is new in every brief of the day: the update of the day's brief had called
            # the morning's new story "developing since" that same day (r61 F20); what
            # the update adds is marked on its points.
            status: StoryStatus = "developing" if first_seen < today else "new"
            story = dataclasses.replace(
                story,
                id=story_id,
                status=status,
                since=first_seen if status == "developing" else None,
            )
        else:
            story = dataclasses.replace(story, id=story_id)
        out.append(story)
        merged = tuple(dict.fromkeys([*sorted(keys[i]), *old_keys]))[:MAX_STORY_KEYS]
        kept_sig, kept_events = _kept_signature(sigs[i], events[i], known_story)
        records[story_id] = StoryRecord(
            id=story_id,
            title=story.title,
            first_seen=first_seen,
            last_seen=today,
            keys=merged,
            signature=tuple(kept_sig),
            weights=tuple(kept_sig.values()),
            events=kept_events,
            section=story.section if story.relevant else OTHER,
            reported=max(
                known_story.reported if known_story else "", _latest_report(briefing, story)
            ),
            placed=tuple(sorted(places[i][0] or (known_story.placed if known_story else ()))),
            named=tuple(sorted(places[i][1] | set(known_story.named if known_story else ()))),
            acts=_act_strings(acts[i]) or (known_story.acts if known_story else ()),
        )
    if all(
        a is b or a.section == b.section and a.relevant == b.relevant
        for a, b in zip(stories, out, strict=True)
    ):
        return dataclasses.replace(briefing, stories=tuple(out)), records
    return regrouped(briefing, stories, out), records


def _told_again(briefing: Briefing, state: State, today: str) -> dict[int, str]:
    """The stories of today (by index) that the day's earlier brief told, each made of
    the very reports of one of its stories (no report since, none left), with the day
    that story was first seen as that brief judged it."""
    day = state.day(today)
    if day is None or day.built is None or not day.told:
        return {}
    shas = {s.number: s.sha256 for s in briefing.sources}
    found: dict[int, str] = {}
    for i, story in enumerate(briefing.stories):
        mine = {shas[n] for n in story.sources if n in shas}
        if not mine or len(mine) < len(story.sources):
            continue
        told = [t for t in day.told if set(t.sources) == mine]
        if len(told) == 1 and (known := state.stories.get(told[0].id)) is not None:
            found[i] = known.first_seen
    return found


def _latest_report(briefing: Briefing, story: Story) -> str:
    """The day of the story's latest dated report ("" where none is dated)."""
    days = {s.number: (s.date or "")[:10] for s in briefing.sources}
    return max(
        (days.get(n, "") for n in story.sources if _ISO_DAY.match(days.get(n, ""))), default=""
    )


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


def overtaken(
    briefing: Briefing,
    state: State,
    today: str,
    older: frozenset[int],
    language: str = "english",
) -> frozenset[str]:
    """The sentences (text_key) of the stories whose every report is a straggler (`older`:
    daily.dating) that continue a story their reader was told from a report of a later
    day: a Sunday wire "Thailand shuts the border bridge" that reaches Wednesday's inbox,
    after Tuesday's brief told the bridge reopened, had been Wednesday's story with its
    headline, a section and "Nobody should travel to Mae Sot" as bullets (r65 F1). What it
    says held before what its reader already has, so it tells nothing: with its sentences
    held as sent, the story is one line under "Also in the inbox" ("developing since ...,
    nothing new"), and its rows leave the tables. A straggler of a story the reader never
    got, or of one last told from reports no later than it, still tells its part (after
    the day's reports: pipeline.choosing.behind_the_rest); so does a story that holds
    one report of today. Only the remembered story it takes the id of counts."""
    if not older or not any(s.sources and set(s.sources) <= older for s in briefing.stories):
        return frozenset()
    recognised, _ = recognise(briefing, state, today, language)
    days = {s.number: (s.date or "")[:10] for s in briefing.sources}
    found: set[str] = set()
    kept: set[str] = set()
    for story in recognised.stories:
        known = state.stories.get(story.id)
        latest = _latest_report(briefing, story)
        stale = (
            bool(story.sources)
            and set(story.sources) <= older
            and known is not None
            and bool(latest)
            and all(days.get(n) for n in story.sources)
            and known.reported > latest
        )
        keys = {text_key(r.text) for r in briefing.sentences if r.source in story.sources}
        (found if stale else kept).update(keys)
    # a sentence another story gives too (a credit line, a copy) stays that story's
    return frozenset(found - kept)


def _continued(
    known: StoryRecord | None, linked: Sequence[StoryRecord], today: str
) -> tuple[frozenset[str], str]:
    """The sections a story of today was met in and the day it was first seen, from the
    remembered story it takes the id of (`known`, None for a new one) and every
    remembered story it continues (`linked`: the signature or a sentence ties them). A
    cyclone's third day, the access deal signed and the toll at 71, had taken the id of
    the second day's health-minister story, been called "developing since 1 Dec" though
    its reader met the cyclone on 30 Nov, and been moved to Health, where that story had
    been shown; the first day's cyclone, the access row of the second, was the same
    story (r44)."""
    if known is None:
        return frozenset(), today
    every = [known, *(k for k in linked if k.id != known.id)]
    # a story the day's earlier brief told first, as new, is new in every brief of the
    # day: what else it meets was judged then (a joint statement new in the morning had
    # been "developing since" the day before in the update, by a story it had not taken)
    first = known.first_seen if known.first_seen >= today else min(k.first_seen for k in every)
    return frozenset(k.section for k in every), first


def kept_sections(
    briefing: Briefing,
    state: State,
    today: str,
    language: str = "english",
    profile: Profile | None = None,
) -> dict[tuple[int, ...], str]:
    """The section that each story the profile leaves out today keeps as a story briefed
    before (see recognise, keep_section), by its sorted sources: what the pipeline is
    told when it builds the brief again, so that its tables cover the story too."""
    left_out = {s.sources for s in briefing.stories if not s.relevant}
    if not left_out:
        return {}
    recognised, _ = recognise(briefing, state, today, language, profile)
    return {
        tuple(sorted(story.sources)): story.section
        for story in recognised.stories
        if story.sources in left_out and story.relevant
    }


def story_ids(briefing: Briefing) -> tuple[str, ...]:
    return tuple(s.id for s in briefing.stories)
