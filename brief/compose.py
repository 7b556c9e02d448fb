"""Compose: the stage outputs -> one Briefing, the only thing renderers see."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from brief.classify import OTHER
from brief.models import (
    Actor,
    Briefing,
    Bullet,
    Classification,
    Corpus,
    Figure,
    Mention,
    Quote,
    Ranking,
    Section,
    SentenceRecord,
    TimelineEvent,
)
from brief.profiles import Profile

TITLE_WORDS = 16
# A lede that opens with a subordinate clause ("As X prepares to meet Y, Russia's troop
# deployment raises concerns ...") has its news in the main clause after the comma.
_SUBORDINATE = frozenset(
    "as while after before although though when since amid despite following with"
    " speaking according".split()
)
_FUNCTION_WORDS = frozenset("a an the of to in on at by for from with and or but as that".split())


# "(CNN)", "LONDON (Reuters) -": where the story was filed, not what it says.
_DATELINE = re.compile(r"^(?:[A-Z][\w .,'-]{0,40}\s)?\((?:CNN|Reuters|AP|AFP|UPI)\)\s*[-—–:]?\s*")


def _title(corpus: Corpus, bottom: Bullet | None, forced: str | None) -> str:
    """The user's title; else the headline of the bottom line's source; else that
    source's lede (a brief of one article: its own lede)."""
    if forced:
        return forced
    number = bottom.source if bottom else corpus.sentences[0].source
    doc = next((d for d in corpus.documents if d.source.number == number), None)
    if doc and doc.title:
        return doc.title
    lede = next((s for s in corpus.sentences if s.source == number), corpus.sentences[0])
    return _fallback_title(lede.text)


def _fallback_title(sentence: str) -> str:
    """No headline: the lead sentence's main clause, cut at a word boundary. A title, not
    a bullet, so a cut is fine; it is still the source's own words."""
    text = _DATELINE.sub("", sentence).rstrip(".!?…") or sentence
    head, comma, rest = text.partition(", ")
    if comma and head.split()[0].lower() in _SUBORDINATE and len(rest.split()) >= 5:
        text = rest[0].upper() + rest[1:]
    words = text.split()
    if len(words) <= TITLE_WORDS:
        return text
    cut = words[:TITLE_WORDS]
    while len(cut) > 6 and cut[-1].lower().strip(",;:") in _FUNCTION_WORDS:
        cut.pop()
    return " ".join(cut).rstrip(",;:") + "…"


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
    title: str | None,
    generated: datetime,
) -> Briefing:
    """`groups[k]` lists corpus positions of unique sentence k (first one kept);
    ranking, classes and chosen are indexed by unique sentence k."""
    sents = corpus.sentences

    def bullet(k: int) -> Bullet:
        s = sents[groups[k][0]]
        cited = tuple(Mention(sents[i].source, sents[i].index) for i in groups[k])
        return Bullet(
            text=s.text,
            source=s.source,
            index=s.index,
            score=ranking.scores[k],
            section=classes[k].section,
            cited=cited if len(cited) > 1 else (),
        )

    summary = tuple(bullet(k) for k in chosen)
    reading = sorted(summary, key=lambda b: (b.source, b.index))
    specs = [(s.key, s.title) for s in profile.sections] + [(OTHER, profile.other_title)]
    sections = tuple(
        Section(key, heading, tuple(b for b in reading if b.section == key))
        for key, heading in specs
    )

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

    return Briefing(
        title=_title(corpus, summary[0] if summary else None, title),
        generated=generated,
        sources=tuple(d.source for d in corpus.documents),
        profile=profile.name,
        algorithm=ranking.algorithm,
        bottom_line=summary[0] if summary else None,
        summary=summary,
        sections=sections,
        actors=tuple(actors),
        figures=tuple(sorted(figures, key=lambda f: -weight((f.sentence,)))),
        quotes=tuple(sorted(quotes, key=lambda q: -weight(q.sentences))),
        sentences=tuple(r for r in records if r is not None),
        # Most important first (the SVG draws the top few, in date order).
        timeline=tuple(sorted(timeline, key=lambda e: -weight((e.sentence,)))),
    )
