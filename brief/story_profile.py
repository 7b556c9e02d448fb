"""Where a story sits in the profile: its section, judged from all its sentences, and its
relevance (section cues plus the profile's watch list; the exclude list pushes it out).

One sentence is weak evidence: a sports report that says "attack" once is not military
news. A story's section is the one its sentences' cue totals favour among those the leads
of its articles state (each article's headline, judged with its article, and opening
sentences: all of them, so the section does not depend on which article sorts first;
the sections a lead sentence goes to before those whose cues it only holds: a seizure's
lede that also holds diplomacy's words had put a seizure whose only other diplomacy was
one quoted demand under Diplomacy, r62 F9), or
the one most of its headlines state where that is force or a toll (`lead_places`): a
reader meets a story by a headline, so a border war headlined with its dead is force
though its truce and the capitals' calls fill more sentences. It is placed only when a
fair share of its sentences fall in some profile section at all, or several outlets lead
with it. Otherwise it is outside the profile and goes to "Also in the inbox",
listed, never dropped. Its relevance reads every article too (the watch list and the
exclude list each one's headline and lead, or its sentences coming back to a term):
whether a story is reported must not depend on file names, nor on a passing mention.

One article's lead alone does not place it: hand-read over the BBC desks, the single
articles placed because their headline and first sentence held a section's cues were
right for about half (economic leads 12 of 17, the others 2 or 3 of 18: a Welsh arts row
under Diplomacy, a campaign group's poll plans under Military), and a wrong section is
worse than none. Only a section whose events a lead states unmistakably (`lead_places`:
force, a disaster's toll) is placed by its lead with thinner cues after it: when its
headline and first sentence both state it, or its lead states it more than any other.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from brief.classify import OTHER, Article, actor_kinds, classify, sides
from brief.ingest.furniture import is_furniture, turn_greeting
from brief.models import Classification
from brief.profiles import Profile

# A story is in the profile when a fair share of its sentences is, and its best section's
# cues are dense enough: a news story states its event in the lead and comes back to it; a
# passing mention ("attack" in a match report) doesn't.
MIN_SHARE = 0.4
MIN_DENSITY = 0.8  # the best section's positive cue weight per sentence
# ... or this, for a section that `lead_places` (a toll, a strike) when an article's
# headline and first sentence both state it: a flood report whose later paragraphs are
# witnesses, aid and history. Over the fresh sets' articles (other countries' presses)
# this placed 15 floods, quakes, strikes and kidnappings left out before, and no other;
# over the 1,059 BBC articles one ("Abbas 'will not tolerate' attacks", military).
LEAD_DENSITY = 0.5
# Both bars are in the weight of an ordinary cue: they were set on sections whose cues
# weigh about this or more (the packaged profiles' sections, by their median cue), where a
# frame that is no cue counts as much. A section whose ordinary cue weighs less (a user's
# plain list, weight 1 each) has its bars scaled down with it: the same count of cues per
# sentence tells its events, whatever number its writer gave them.
ORDINARY_WEIGHT = 2.0
WATCH_WEIGHT = 1.0  # relevance a watch-list hit adds (a section's share adds up to 1)
# A lone article is about an excluded topic when its headline or lede names one; a story
# of several articles when half of them are, each by its headline and lede or by this
# many of its sentences. The lede is its first sentence: the third of a typhoon's report,
# "Vietnam, a major coffee and rice exporter, is regularly hit by storms", is background,
# and "rice" excluded had sent the storm's seven dead to "Also in the inbox" (r52 H4). A
# watched term may stand a little further in (WATCH_LEAD): watching adds a story to the
# brief, excluding takes one out, and a wrong exclusion is the costlier error.
EXCLUDE_LEAD = 1
WATCH_LEAD = 3
EXCLUDE_SENTENCES = 2


@dataclass(frozen=True)
class Placement:
    section: str
    relevance: float
    relevant: bool
    watched: bool = False  # it names a term of the profile's watch list


@lru_cache(maxsize=16)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """Terms match whole words of a lower-cased text; a trailing * matches any ending.
    (Lower-casing the text once is twice as fast as a case-insensitive search.)"""
    if not terms:
        return None
    parts = []
    for term in terms:
        stem = term.rstrip("*").lower()
        body = r"\s+".join(re.escape(w) for w in stem.split())
        parts.append(body + (r"\w*" if term.endswith("*") else r"(?!\w)"))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")


@lru_cache(maxsize=1 << 16)
def _mentioned(terms: tuple[str, ...], text: str) -> bool:
    """One text against the terms, once: a digest places each story twice (its
    sentences' sections, then the story), and every story reads all its sentences."""
    pattern = _pattern(terms)
    return pattern is not None and pattern.search(text.lower()) is not None


def mentioned(terms: tuple[str, ...], texts: Sequence[str], least: int = 1) -> bool:
    """Whether at least `least` of the texts mention any of the terms: the texts after
    the one that makes it so are not searched."""
    found = (t for t in texts if _mentioned(terms, t)) if terms else iter(())
    return next(islice(found, least - 1, None), None) is not None


def place(
    classes: Sequence[Classification],
    texts: Sequence[str],
    lead: Sequence[Classification],
    headline: str,
    profile: Profile,
    outlets: int = 1,
    articles: Sequence[Article] = (),
    headlines: Mapping[Article, str] | None = None,
    leads: tuple[tuple[Classification, ...], ...] = (),
) -> Placement:
    """`classes` and `texts` are the story's sentences in reading order; `lead` the
    classes of the headline and opening sentences of each of its articles, where a news
    story states its event (`article_leads`, one after another); `articles` which
    article each sentence is from (one article when not given); `headlines` every member
    article's headline, as `articles` names them, or `headline` is the first article's.
    Given all of them, the story's section and relevance are the same whichever of its
    articles sorts first.
    `leads`: each article's own lead (`article_leads`), to tell several outlets leading
    with a section from one article's stray cue."""
    first: Hashable = articles[0] if articles else None
    titles: dict[Hashable, str] = {first: headline}
    if headlines is not None:
        titles = {article: title for article, title in headlines.items()}
    scores: dict[str, list[float]] = {}
    inside = 0
    for c in classes:
        if c.section != OTHER:
            inside += 1
        # A sentence's negative cues count too: a story whose sentences say "decision",
        # "pledge" and "election" beside one "war" argues against force, not for it.
        for key, score in c.scores.items():
            if key != OTHER:
                scores.setdefault(key, []).append(score)
    # fsum is exact: a total, and so a tie or a threshold, does not depend on the order
    totals = {key: math.fsum(values) for key, values in scores.items()}
    share = inside / len(classes) if classes else 0.0
    order = [s.key for s in profile.sections]
    # The story's section is one its lead states, the one its sentences favour most: a
    # strait standoff whose lead reports warships is military news even when its later
    # sentences hold more talk.
    # A supporting section (Background) holds a story's history, and places no story.
    placing = {s.key for s in profile.sections if not s.supporting}
    stated = [
        k
        for k in totals
        if k in placing and any(c.scores.get(k, 0.0) >= profile.min_score for c in lead)
    ]
    # ... and of those, the ones a lead sentence goes to come first: a seizure's lede that
    # also holds diplomacy's words states the seizure (r62 F9)
    landed = {c.section for c in lead}
    watched = about_watched(profile.watch, texts, articles, titles)
    excluded = about_excluded(profile.exclude, texts, articles, titles)
    # The sections its lead states, most favoured first: the first its sentences tell
    # places it. A coup whose reports also quote diplomats and "did not respond to requests
    # for comment" may total a little more for Diplomacy than for force, yet state its
    # force densely and in every outlet's lead: the runner-up that is told is the story's
    # section, not "Other" because the leader was not (r49 H5).
    ranked = sorted(stated, key=lambda k: (k in landed, totals[k], -order.index(k)), reverse=True)
    # ... unless its headlines state force (a section its lead places) more often than
    # any other section: the reader meets the story by one of them, and a border war
    # headlined with its dead had been filed under Diplomacy, its truce and the calls
    # from three capitals outweighing the fighting in sentences.
    headed = _headlined(leads, profile)
    if headed in ranked:
        ranked.remove(headed)
        ranked.insert(0, headed)
    section = next(
        (
            k
            for k in ranked
            if totals[k] > 0  # its sentences, negative cues and all, lean to it
            and _told(k, classes, share, outlets, leads, profile, bool(stated))
            and _has_sides(
                profile,
                k,
                [*titles.values(), *texts],
                [t for t, c in zip(texts, classes, strict=True) if c.section == k],
            )
        ),
        OTHER,
    )
    # A story is as relevant as its sentences are, or its lead, where it states its event:
    # a long report whose later paragraphs turn to reactions and history still leads
    # with the event that makes it news.
    lead_share = (
        sum(c.section == section for c in lead) / len(lead) if lead and section != OTHER else 0.0
    )
    relevance = max(share, lead_share) + (WATCH_WEIGHT if watched else 0.0)
    # A profile without sections (a plain summary) has nothing to leave out. An excluded
    # topic wins over a watched term, as a reader's mute filter does in the readers they
    # know (Feedly): a desk watching Nigeria that excludes "football" meant the squad's
    # news to go, and a story about both is still listed under "Also in the inbox" (r65
    # F12; a passing mention excludes nothing, see about_excluded).
    relevant = not profile.sections or ((section != OTHER or watched) and not excluded)
    return Placement(section, relevance, relevant, watched)


def _told(
    section: str,
    classes: Sequence[Classification],
    share: float,
    outlets: int,
    leads: Sequence[Sequence[Classification]],
    profile: Profile,
    stated: bool,
) -> bool:
    """Whether the story tells the section's events, not only mentions them: its cues
    are dense (how densely its sentences report them: their cues for it, not less the
    other sections' sentences' negative ones; "called for a ceasefire" takes nothing
    from "rebels seized the town"), or several outlets lead with it, or an article's
    headline and first sentence state it. Several outlets reporting one event make it
    news: one stray cue in one article's lead is not outlets leading with it (two reports
    of one desk merged into a story share a word, not an event)."""
    positive = math.fsum(max(0.0, c.scores.get(section, 0.0)) for c in classes)
    density = positive / len(classes) if classes else 0.0
    return (
        (share >= MIN_SHARE and density >= MIN_DENSITY * _cue_scale(profile, section))
        or (outlets > 1 and _led_with(section, leads, profile.min_score, stated))
        or (density >= _lead_density(profile, section) and _headline_and_lede(section, leads))
        or (
            _lead_places(profile, section)
            and density >= _lead_density(profile, section)
            and _stated_most(section, leads)
        )
    )


def _headlined(leads: Sequence[Sequence[Classification]], profile: Profile) -> str | None:
    """The section the articles' headlines state more often than any other, where it is
    one a lead places (`lead_places`) and one article's headline and first sentence both
    state it (`_headline_and_lede`): a factory fire's headline whose "fire" reads as
    shooting, over a lede of workers evacuated, states no force. None on a tie."""
    votes: dict[str, int] = {}
    for lead in leads:
        if lead and lead[0].section != OTHER:
            votes[lead[0].section] = votes.get(lead[0].section, 0) + 1
    if not votes:
        return None
    best = max(votes, key=lambda key: votes[key])
    if list(votes.values()).count(votes[best]) > 1:
        return None
    if not _lead_places(profile, best) or not _headline_and_lede(best, leads):
        return None
    return best


def _has_sides(
    profile: Profile, section: str, texts: Sequence[str], own: Sequence[str] = ()
) -> bool:
    """Whether a story names a side its section's events can take place between. A
    section's participants hold its own kinds (Military's victims) beside political
    actors: states and international bodies, officials and envoys, armed forces and
    groups (`_political`). A story needs one of those somewhere: a shooting outside a
    nightclub, a carjacking or a gas blast names a police force, a gunman's victims,
    residents and a city, and no side of force or diplomacy in PLOVER's sense, however
    many of its sentences say "shot" or "explosion". A section whose events are between
    states (`foreign_sides`) needs a
    state, the bodies of two (the Kremlin and the White House), or one of those sides: a
    budget fight between the Senate, the White House and the parties is one state's own
    affairs. A section without participants (the economy, people's needs) is not asked.
    `own`, the story's sentences that land in the section, may name the side in any kind
    of the profile's dealings between states: a desk's section of naval escorts that
    lists warships ("forces", no political kind) is told by "the Varland Navy frigate
    escorted the tanker", whose navy is an armed side (r62 F9)."""
    spec = next(s for s in profile.sections if s.key == section)
    if spec.foreign_sides:
        # between states: a story of them names a state or a side for one (an envoy, "the
        # two governments"); a state's bodies alone (the Senate, the White House) may be
        # its own affairs
        states: set[str] = set()  # whose bodies it names
        for text in texts:  # read no further than it takes
            for name, kind in sides(text):
                if kind == "country":
                    return True
                if kind == "body":
                    states.add(name)
            if len(states) >= 2:
                return True  # "The Kremlin rejected the White House's demand": two states
        envoys = frozenset(spec.foreign_sides)
        return any(not envoys.isdisjoint(actor_kinds(text, profile)) for text in texts)
    if not spec.participants:
        return True
    political = _political(profile, section)
    if any(not political.isdisjoint(actor_kinds(text, profile)) for text in texts):
        return True
    between = _between(profile, section)
    return any(not between.isdisjoint(actor_kinds(text, profile)) for text in own)


@lru_cache(maxsize=64)
def _political(profile: Profile, section: str) -> frozenset[str]:
    """The section's participants that are political actors: those that are also sides of
    the profile's dealings between states (the participants of its sections with
    `foreign_sides`, Diplomacy's), or all of them when the profile has no such section or
    they share none (a desk's own section of parties, or of police, asks for its own). So
    a section a user adds changes what no other section asks: every gated section's kinds
    in common had been the bar, and one extra section with participants ["party"] left
    it empty, every military story outside the profile (r54)."""
    spec = profile.section(section)
    own = frozenset(spec.participants) if spec is not None else frozenset()
    return own & _between(profile, section) or own


@lru_cache(maxsize=64)
def _between(profile: Profile, section: str) -> frozenset[str]:
    """The sides of the profile's dealings between states (the participants of its other
    sections with `foreign_sides`): its political actors."""
    return frozenset(
        kind
        for s in profile.sections
        if s.foreign_sides and s.key != section
        for kind in s.participants
    )


def _lead_places(profile: Profile, section: str) -> bool:
    spec = profile.section(section)
    return spec is not None and spec.lead_places


def _lead_density(profile: Profile, section: str) -> float:
    bar = LEAD_DENSITY if _lead_places(profile, section) else MIN_DENSITY
    return bar * _cue_scale(profile, section)


@lru_cache(maxsize=64)
def _cue_scale(profile: Profile, section: str) -> float:
    """How much lighter the section's ordinary cue (its median positive weight) is than
    the weight the density bars were set for; never heavier, so a section of weighty cues
    keeps the bars it was tuned with."""
    spec = profile.section(section)
    weights = [weight for _, weight in spec.cues if weight > 0] if spec else []
    if not weights:
        return 1.0
    return min(1.0, statistics.median(weights) / ORDINARY_WEIGHT)


def _headline_and_lede(section: str, leads: Sequence[Sequence[Classification]]) -> bool:
    """Whether an article's headline and its first sentence both state the section: a
    clash report whose later paragraphs turn to tributes, villagers' words and history
    (under 40% of its sentences) is still that clash's news."""
    return any(len(lead) >= 2 and lead[0].section == lead[1].section == section for lead in leads)


def _stated_most(section: str, leads: Sequence[Sequence[Classification]]) -> bool:
    """Whether an article's lead (its headline and first sentences) states the section
    more than any other, one of its sentences in the section with no cue against any
    section: a headline in words the profile lacks ("Junta imposes night curfew in
    Conakry as protest toll rises to seven"), or naming its actor by another section's
    weak cue ("junta"), says nothing against a lede of people killed in clashes with
    security forces (r45 H1). A stating sentence with another domain's words (a charity
    single's singers) states nothing unmistakably."""
    for lead in leads:
        if not any(c.section == section and min(c.scores.values()) >= 0 for c in lead[1:]):
            continue
        totals: dict[str, float] = {}
        for c in lead:
            for key, score in c.scores.items():
                totals[key] = totals.get(key, 0.0) + max(0.0, score)
        own = totals.pop(section, 0.0)
        if all(own > other for other in totals.values()):
            return True
    return False


def _led_with(
    section: str, leads: Sequence[Sequence[Classification]], floor: float, stated: bool
) -> bool:
    """Whether several of the articles' leads state the section: at least two, and a third
    of them (a storm's nine wire reports lead with its toll in four; two desk reports
    merged by a shared word state nothing together). Without the articles' own leads,
    whether the story's lead does."""
    if not leads:
        return stated and section != OTHER
    stating = sum(any(c.scores.get(section, 0.0) >= floor for c in lead) for lead in leads)
    return stating >= max(2, math.ceil(len(leads) / 3))


def article_leads(
    classes: Sequence[Classification],
    articles: Sequence[Article],
    headlines: Mapping[Article, Classification],
    lead_sentences: int,
    members: Sequence[Article] = (),
    texts: Sequence[str] = (),
) -> tuple[tuple[Classification, ...], ...]:
    """Each member article's lead: its headline (judged with its article,
    `classify_with_headlines`) and its first `lead_sentences` sentences. `members`: all
    the story's articles, so a copy whose sentences all went to another copy (whichever
    sorts first) still leads with its own headline. `texts`, the sentences' own, keep page
    furniture out of a lead: a broadcaster's "Listen to Caspian Morning from 0500 GMT."
    over a flood's toll had been the lede that left the flood out of the profile (r41).
    A transcript's turn that only greets ("SPOKESWOMAN: Good afternoon.") is no lede
    either: a ministry's briefing on the day's detentions had been left out so (r74 F12)."""
    grouped: dict[Article, list[Classification]] = {article: [] for article in members}
    for k, (c, article) in enumerate(zip(classes, articles, strict=True)):
        if k < len(texts) and (is_furniture(texts[k]) or turn_greeting(texts[k])):
            grouped.setdefault(article, [])
            continue
        grouped.setdefault(article, []).append(c)
    return tuple(
        tuple(([headlines[article]] if article in headlines else []) + own[:lead_sentences])
        for article, own in grouped.items()
    )


def about_excluded(
    terms: tuple[str, ...],
    texts: Sequence[str],
    articles: Sequence[Hashable],
    headlines: Mapping[Hashable, str],
) -> bool:
    """Whether one article's headline and lead name an excluded topic, or, for a story of
    several articles, half of them or more are about one, each judged whole (its headline
    and lead, or its sentences again and again): a story of twelve football reports is
    sport whichever of them sorts first. `articles` is which article each text is from
    (one article when empty), `headlines` each article's headline."""
    votes = _articles_about(terms, texts, articles, headlines, EXCLUDE_LEAD)
    if not votes:  # no exclude list (the markets profile has none): nothing is excluded
        return False
    if len(votes) == 1:
        return votes[0][0]
    return 2 * sum(lead or repeated for lead, repeated in votes) >= len(votes)


def about_watched(
    terms: tuple[str, ...],
    texts: Sequence[str],
    articles: Sequence[Hashable],
    headlines: Mapping[Hashable, str],
) -> bool:
    """Whether some article of the story is about a watched term: its headline and lead
    name it, or its sentences come back to it. A passing mention is not: a currency
    report's one line on a cyclone, or a cup final's minute of silence for a province,
    is no story about them (r46 M7)."""
    return any(
        lead or repeated
        for lead, repeated in _articles_about(terms, texts, articles, headlines, WATCH_LEAD)
    )


def _articles_about(
    terms: tuple[str, ...],
    texts: Sequence[str],
    articles: Sequence[Hashable],
    headlines: Mapping[Hashable, str],
    lead_sentences: int,
) -> list[tuple[bool, bool]]:
    """For each article: whether its headline and first `lead_sentences` sentences name a
    term, and whether its sentences do again and again."""
    if not terms or not texts:
        return []
    by_article: dict[Hashable, list[str]] = {}
    for text, article in zip(
        texts, articles or [next(iter(headlines), None)] * len(texts), strict=True
    ):
        by_article.setdefault(article, []).append(text)
    return [
        (
            mentioned(terms, [headlines.get(article, ""), *own[:lead_sentences]]),
            mentioned(terms, own, EXCLUDE_SENTENCES),
        )
        for article, own in by_article.items()
    ]


def confine(
    classes: Sequence[Classification],
    texts: Sequence[str],
    stories: Sequence[tuple[str, Sequence[int]]],
    profile: Profile,
    lead_sentences: int,
    outlets: Sequence[int] = (),
    sources: Sequence[Article] = (),
    headlines: Mapping[Article, Classification] | None = None,
    titles: Sequence[Mapping[Article, str]] = (),
    story_sources: Sequence[Sequence[Article]] = (),
) -> tuple[Classification, ...]:
    """The sentences of a story the profile leaves out have no section of it either: a
    match report that says "beat" or "battled" is not military news, in a digest or in
    a brief of that one article. `stories`: each story's headline and the positions of
    its sentences in reading order; `outlets`: how many report each independently (1
    when not given), as `place` weighs them, so a story the digest reports keeps its
    sentences' sections; `sources`: which article each sentence is from, so a story is
    judged on all its articles; `headlines`: each article's headline judged with it
    (`classify_with_headlines`), without which a story's own headline is judged alone;
    `titles`: each story's articles' headlines, all of them (copies too), so its
    relevance does not depend on which sorts first; `story_sources`: the article each of
    a story's positions is read as, where a sentence several stories carry is in each
    (in place of `sources`). A sentence loses its section only when no story carrying it
    keeps it. The scores stay, so the JSON can still explain."""
    kept: set[int] = set()
    left: set[int] = set()
    for n, (headline, positions) in enumerate(stories):
        members = [classes[k] for k in positions]
        texts_of = [texts[k] for k in positions]
        reporting = outlets[n] if n < len(outlets) else 1
        of_article = story_sources[n] if n < len(story_sources) else ()
        of_article = of_article or ([sources[k] for k in positions] if sources else ())
        own_titles = titles[n] if n < len(titles) else None
        leads: tuple[tuple[Classification, ...], ...] = ()
        if headlines is None or not of_article:
            lead = [classify(headline, profile), *members[:lead_sentences]]
        else:
            leads = article_leads(
                members, of_article, headlines, lead_sentences, list(own_titles or ()), texts_of
            )
            lead = [c for own in leads for c in own]
        placement = place(
            members, texts_of, lead, headline, profile, reporting, of_article, own_titles, leads
        )
        (kept if placement.relevant else left).update(positions)
    confined = list(classes)
    for k in left - kept:
        if classes[k].section != OTHER:  # most sentences of a story left out have none
            confined[k] = replace(classes[k], section=OTHER)
    return tuple(confined)
