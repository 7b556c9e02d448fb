"""The section a developing story keeps.

A developing story keeps the section its reader met it in: a cold wave's third day that
no longer says "homeless" is still the humanitarian story of days one and two, and a
visit that mentions a war once is not military news. It moves only when today's reports
are decisively another section's: no lead of them (headline, opening sentences) states
the kept section's event any more, and today's sentences (its day's news: no line sent
before, none counted twice) weigh clearly more (SECTION_SWITCH times) for another section
than for the kept one. A strike's second day is told with force words (killed, fired,
torched) and weighs for Military, but its headline still names the strike: the reader
follows it under Protests (r65 F14); a protest that turned into an armed clash no longer
leads with protesters. A story that continues stories shown in several sections keeps
the one of them its day weighs most for.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from brief.classify import OTHER, classify
from brief.classify.articles import LEAD_SENTENCES
from brief.compose.digest import order_stories, reported
from brief.compose.leads import can_lead
from brief.extract.figures.retrospective import retrospectives
from brief.models import (
    Briefing,
    Bullet,
    Classification,
    Section,
    SentenceRecord,
    Story,
    text_key,
)
from brief.profiles import Profile

# A developing story moves from the section it was shown in only when today's sentences
# weigh this many times more for another one (negative cues and all).
SECTION_SWITCH = 2.0


def heaviest_section(
    briefing: Briefing, story: Story, met_in: frozenset[str], sent: frozenset[str]
) -> str | None:
    """Of the sections the story's reader met it in, the one it keeps: where the stories
    it continues were shown in several (one day's strike wire under Military, its live
    blog under Humanitarian), the one today's sentences weigh most for, so that the
    switch rule (keep_section) still holds against every other section (r54: the next
    day's toll, heaviest for Military, had gone to Economy for want of one section).
    When today's sentences weigh for none of them, none is the one: the story goes where
    today's reports place it."""
    if len(met_in) < 2:
        return next(iter(met_in), None)
    weights = section_weights(briefing, story, sent)
    heaviest = max(sorted(met_in), key=lambda section: weights.get(section, 0.0))
    return heaviest if weights.get(heaviest, 0.0) > 0 else None


def section_weights(
    briefing: Briefing, story: Story, sent: frozenset[str] = frozenset()
) -> dict[str, float]:
    """The story's cue weight for each section, over its sources' sentences: each
    sentence once (two reports repeating one background line are one line), and none sent
    on an earlier day (`sent`, by text_key). What a story's day weighs is its day's news:
    the Poti port's background line ("Georgia's largest port, handles most of the grain"),
    repeated by both of a day's reports of the toll rising, had weighed the drone strike
    over to Economy (r51 M1)."""
    sources = set(story.sources)
    totals: Counter[str] = Counter()
    counted = set(sent)
    for record in briefing.sentences:
        key = text_key(record.text)
        if record.source in sources and key not in counted:
            counted.add(key)
            totals.update(record.section_scores)
    return dict(totals)


def lead_sections(briefing: Briefing, story: Story, profile: Profile) -> frozenset[str]:
    """The sections today's reports of the story state in a lead: a cue at the profile's
    min_score in an article's headline or one of its first LEAD_SENTENCES sentences, where
    a news report states the event it is about (as story_profile reads leads). A mail's
    Subject is a sender's label, no headline."""
    leads: list[Classification] = [
        classify(source.title, profile)
        for source in briefing.sources
        if source.number in story.sources and source.title and not source.title_is_subject
    ]
    opening: dict[int, list[SentenceRecord]] = {}
    for record in sorted(briefing.sentences, key=lambda r: (r.source, r.index)):
        if record.source in story.sources:
            opening.setdefault(record.source, []).append(record)
    stated = {
        key
        for c in leads
        for key, score in c.scores.items()
        if score >= profile.min_score and key != OTHER
    }
    stated.update(
        key
        for records in opening.values()
        for record in records[:LEAD_SENTENCES]
        for key, score in record.section_scores.items()
        if score >= profile.min_score and key != OTHER
    )
    return frozenset(stated)


def keep_section(
    briefing: Briefing,
    story: Story,
    section: str,
    sent: frozenset[str] = frozenset(),
    stated: frozenset[str] = frozenset(),
) -> Story:
    """The story in the section it was shown in before (`section`), unless today's
    reports are decisively the section it is in now: no lead of them states the kept
    section (`stated`: lead_sections), and their sentences (`section_weights`, without
    those in `sent`) weigh SECTION_SWITCH times more for the new one. A story nothing
    placed today stays in the profile, as the same story.

    The lead is read beside the weights because a day's cue totals follow what its
    sentences detail, not what the story is: a strike's second day, told with its dead
    and its torched buses, weighed eight times more for Military than for Protests while
    its headline still named the strike, and the story had gone to Military and back to
    Protests the day after (r65 F14)."""
    if story.section == section and story.relevant:
        return story
    if story.section != OTHER and story.relevant and section not in stated:
        weights = section_weights(briefing, story, sent)
        if weights.get(story.section, 0.0) > SECTION_SWITCH * max(0.0, weights.get(section, 0.0)):
            return story
    bullets = tuple(dataclasses.replace(b, section=section) for b in story.bullets)
    return dataclasses.replace(story, section=section, relevant=True, bullets=bullets)


def regrouped(briefing: Briefing, before: Sequence[Story], stories: Sequence[Story]) -> Briefing:
    """The digest again after stories changed section (`before`: as the pipeline placed
    them): in order of importance, its sections holding the stories it reports, its
    bottom line the top story's lead, as compose.briefing makes them. One story keeps its
    single layout, its sentences in their own sections; when the profile left it out
    today (every sentence in the catch-all), they go to the section it keeps, as a
    digest would put them."""
    dates = {s.number: s.date or "" for s in briefing.sources}
    ordered = order_stories(
        stories,
        dates,
        [section.key for section in briefing.sections],
        retrospectives(briefing.sentences, dates),
    )
    if len(ordered) < 2:
        briefing = dataclasses.replace(briefing, stories=ordered)
        if ordered and before and not before[0].relevant and ordered[0].relevant:
            return _into_section(briefing, ordered[0].section)
        return briefing
    shown = reported(ordered)
    lead = shown[0].bullets[0] if shown and shown[0].bullets else None
    return dataclasses.replace(
        briefing,
        stories=ordered,
        bottom_line=lead if lead and can_lead(lead.text) else None,
        sections=tuple(
            Section(
                s.key, s.title, tuple(b for t in shown if t.section == s.key for b in t.bullets)
            )
            for s in briefing.sections
        ),
    )


def _into_section(briefing: Briefing, section: str) -> Briefing:
    """A single-story brief whose sentences the profile left in the catch-all, with them
    in `section` instead (in reading order, as the single layout keeps them)."""

    def moved(bullet: Bullet) -> Bullet:
        return dataclasses.replace(bullet, section=section) if bullet.section == OTHER else bullet

    others = [b for s in briefing.sections if s.key == OTHER for b in s.bullets]
    sections = []
    for s in briefing.sections:
        if s.key == OTHER:
            sections.append(Section(s.key, s.title, ()))
        elif s.key == section:
            joined = sorted([*s.bullets, *map(moved, others)], key=lambda b: (b.source, b.index))
            sections.append(Section(s.key, s.title, tuple(joined)))
        else:
            sections.append(s)
    return dataclasses.replace(
        briefing,
        sections=tuple(sections),
        summary=tuple(map(moved, briefing.summary)),
        bottom_line=moved(briefing.bottom_line) if briefing.bottom_line else None,
    )
