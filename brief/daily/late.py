"""A later run of the same day: what its late articles bring to the day's brief.

A late article rebuilds the day's brief from all of the day's articles, and the brief
goes out again only for what the late articles bring (docs/daily.md). Here, in one place:

- `late_facts`: what they say that no article of the day or of an earlier day said. Such
  a fact is never archived unsent: the day's brief goes out again, at least listing it.
- `retold`: a story they bring news to is told again as an update: the day's earlier
  mail told its earlier points, so the rebuild shows what the late articles add, marked
  new. The trial's evening wire (INGC: the toll rose to 18) had joined a story of twelve
  reports whose five places the morning's sentences kept, and the day's brief went out
  again under the morning's subject with no point new (r46 H2).
- `late_points`, `repeats_today`: the rebuild's points the late articles give, and
  whether the rebuild has anything to send.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from brief.daily import novelty
from brief.daily.state import DayRecord
from brief.ingest.furniture import is_furniture
from brief.models import Briefing, Bullet, Mention, SentenceRecord, text_key

LATE_FACT_WORDS = 6  # shorter lines (a dateline, "Related:") tell no fact of their own


def late_facts(
    briefing: Briefing, today: DayRecord, sent: Sequence[str], language: str
) -> tuple[SentenceRecord, ...]:
    """The sentences of the late articles (those not among `today`'s inputs) that say
    what no article briefed before said (`sent`: every sentence of the articles briefed,
    folded, the day's own included). A copy of the day's articles, re-typed, says
    nothing new; nor does its furniture."""
    late = {s.number for s in briefing.sources if s.sha256 not in today.inputs}
    sentences = tuple(
        s
        for s in briefing.sentences
        if s.source in late and len(s.text.split()) >= LATE_FACT_WORDS and not is_furniture(s.text)
    )
    if not sentences:
        return ()
    said = novelty.near_sent(dataclasses.replace(briefing, sentences=sentences), sent, language)
    folded = frozenset(sent)
    return tuple(
        s for s in sentences if text_key(s.text) not in said and novelty.fold(s.text) not in folded
    )


def retold(
    briefing: Briefing, facts: Sequence[SentenceRecord], stale: frozenset[int]
) -> frozenset[str]:
    """The keys of the sentences a rebuild is not to pick, so that each story the late
    articles bring news to (`facts`, less those of `stale` reports, older than the day's
    earlier brief: dating.stale_sources) tells only that news: every other sentence of
    its sources. A story they bring none to keeps its places."""
    news = [s for s in facts if s.source not in stale]
    by = {s.source for s in news}
    keep = {text_key(s.text) for s in news}
    return frozenset(
        key
        for story in briefing.stories
        if by & set(story.sources)
        for key in (text_key(s.text) for s in briefing.sentences if s.source in story.sources)
        if key not in keep
    )


def late_points(briefing: Briefing, today: DayRecord) -> list[Bullet]:
    """The points a later run of the day would show that the day's brief did not, and that
    a late article brings: a sentence of the morning's own articles the rebuild happens to
    show (a re-typed copy of yesterday's report joins its story and makes room for one
    more bullet) is nothing the late articles say, and sent no second email."""
    shown = frozenset(today.sentences)
    earlier = {s.number for s in briefing.sources if s.sha256 in today.inputs}
    return [
        b
        for b in novelty.shown_bullets(briefing)
        if text_key(b.text) not in shown
        and not {m.source for m in (b.cited or (Mention(b.source, b.index),))} & earlier
    ]


def repeats_today(briefing: Briefing, today: DayRecord, sent: Sequence[str], language: str) -> bool:
    """Whether a later run of the day would send the day's brief again with nothing to
    add: the same points, and no story but today's and old ones with nothing new (a late
    article that re-types yesterday's). A new story, even one outside the profile, is
    something to tell, and so is a late article's fact no brief has sent (`sent`: every
    sentence of the articles briefed, folded), though its story is only listed."""
    return (
        today.built is not None
        and not late_points(briefing, today)
        and all(
            story.id in today.stories or (story.status == "developing" and not story.bullets)
            for story in briefing.stories
        )
        and not late_facts(briefing, today, sent, language)
    )
