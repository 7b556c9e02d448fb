"""A later run of the same day: what its late articles bring to the day's brief.

A late article rebuilds the day's brief from all of the day's articles, and the brief
goes out again only for what the late articles bring (docs/daily.md). Here, in one place:

- `late_facts`: what they say that no article of the day or of an earlier day said. Such
  a fact is never archived unsent: the day's brief goes out again, at least listing it.
- `held`: what the rebuild leaves out. It picks from what the day's briefs showed and
  what the late articles say that is new, and a story they bring news to is told
  again as an update: the day's earlier mail told its earlier points, so the rebuild
  shows what the late articles add, marked new. The trial's evening wire (INGC: the
  toll rose to 18) had joined a story of twelve reports whose five places the morning's
  sentences kept, and the day's brief went out again under the morning's subject with
  no point new (r46 H2).
- `late_points`, `repeats_today`: the rebuild's points the late articles give, and
  whether the rebuild has anything to send.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

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
    sentences = tuple(s for s in briefing.sentences if s.source in late and _tells(s))
    if not sentences:
        return ()
    said = novelty.near_sent(dataclasses.replace(briefing, sentences=sentences), sent, language)
    folded = frozenset(sent)
    return tuple(
        s for s in sentences if text_key(s.text) not in said and novelty.fold(s.text) not in folded
    )


@dataclass(frozen=True)
class Held:
    """What a later run of the day leaves out of its rebuild, by text_key."""

    bullets: frozenset[str] = frozenset()  # never picked as a bullet
    rows: frozenset[str] = frozenset()  # nor given a row of the tables


def held(
    briefing: Briefing, today: DayRecord, facts: Sequence[SentenceRecord], stale: frozenset[int]
) -> Held:
    """The rebuild's picks are what the day's briefs showed (`today.sentences`) and what
    the late articles say that is new (`facts`): a sentence of the day's articles that
    no brief showed was told as its source, as across days, and a re-typed copy tells
    nothing. A story the late articles bring news to, from a report not older than the
    day's earlier brief (`stale`: dating.stale_sources), tells only that news, in its
    bullets and its tables' rows: the day's earlier mail told the rest. A story they
    bring none to keeps what was shown of it, and its rows."""
    news = [s for s in facts if s.source not in stale]
    by = {s.source for s in news}
    retold = {n for story in briefing.stories if by & set(story.sources) for n in story.sources}
    told = {text_key(s.text) for s in news}
    facts_told = {text_key(s.text) for s in facts}
    earlier = {s.number for s in briefing.sources if s.sha256 in today.inputs}
    picks = frozenset(today.sentences) | facts_told
    rows = frozenset(
        key
        for s in briefing.sentences
        if s.source in retold
        and (key := text_key(s.text)) not in told
        # the day's earlier articles, and a late one's copies of what they said: a late
        # article's own short line ("Five died.") keeps its row
        and (s.source in earlier or (_tells(s) and key not in facts_told))
    )
    unpicked = {key for s in briefing.sentences if (key := text_key(s.text)) not in picks}
    return Held(bullets=rows | unpicked, rows=rows)


def _tells(sentence: SentenceRecord) -> bool:
    """Whether a sentence is long enough to tell a fact of its own, and no furniture."""
    return len(sentence.text.split()) >= LATE_FACT_WORDS and not is_furniture(sentence.text)


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
    shown = frozenset(today.sentences)
    return (
        today.built is not None
        and not late_points(briefing, today)
        and all(
            story.id in today.stories
            # one the day's briefs told, under another id (split from a story of theirs)
            or (
                story.status == "developing"
                and all(text_key(b.text) in shown for b in story.bullets)
            )
            for story in briefing.stories
        )
        and not late_facts(briefing, today, sent, language)
    )
