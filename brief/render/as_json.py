"""JSON for machines: the whole Briefing, plus every input sentence with why it was (not) kept.

The format is described in docs/json.md. A bullet has one shape wherever it is (the
bottom line, the summary, a section, a story), with its `ref` written by the one citation
formatter (models.cite), and its `section` is where the brief prints it. Each row that
stands on a sentence (a bullet, a figure, a quote, a timeline row) names the `story` it
is filed under, so a dashboard can keep one story's tolls apart from another's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from brief import __version__
from brief.compose.titles import day_of
from brief.extract.figures import named_unit
from brief.models import Briefing, Bullet, Mention, Source, Story, cite
from brief.options import Options
from brief.render.timeline import each_event_once, quote_days, story_of_sources
from brief.render.view import voiced


def _mentions(ms: tuple[Mention, ...]) -> list[str]:
    return [f"{m.source}:{m.index}" for m in ms]


class _Filing:
    """Which story a sentence is filed under, and the section that prints it: the story
    one of whose bullets it is, else the one its article belongs to (every article is in
    one story, and a digest prints a story's bullets under the story's section, as its
    key figures and quotes take turns by the article's story)."""

    def __init__(self, briefing: Briefing) -> None:
        self.digest = len(briefing.stories) > 1
        self.voiced = voiced(briefing)
        self.printed = {
            Mention(b.source, b.index): section.key
            for section in briefing.sections
            for b in section.bullets
        }
        self.by_bullet: dict[Mention, Story] = {}
        self.by_source: dict[int, Story] = {}
        for story in briefing.stories:
            for bullet in story.bullets:
                for m in (Mention(bullet.source, bullet.index), *bullet.cited):
                    self.by_bullet.setdefault(m, story)
            for n in story.sources:
                self.by_source.setdefault(n, story)

    def story(self, sentence: Mention) -> Story | None:
        return self.by_bullet.get(sentence) or self.by_source.get(sentence.source)

    def story_id(self, sentences: Sequence[Mention]) -> str | None:
        story = self.story(sentences[0]) if sentences else None
        return story.id if story is not None else None

    def section(self, bullet: Bullet) -> str:
        """Where the brief prints the bullet, or would: a digest under its story's
        section, a one-story brief under its own words' (a quotation's sentences all
        under its first one's)."""
        where = Mention(bullet.source, bullet.index)
        if where in self.printed:
            return self.printed[where]
        story = self.story(where) if self.digest else None
        return story.section if story is not None else bullet.section


def _bullet(b: Bullet, filing: _Filing) -> dict[str, Any]:
    return {
        # (the sentence as written: a turn's label too, where the print takes it off)
        "text": b.label + b.text,
        "source": b.source,
        "index": b.index,
        "ref": b.ref,
        "score": round(b.score, 6),
        "section": filing.section(b),
        "story": filing.story_id((Mention(b.source, b.index),)),
        "cited": _mentions(b.cited) if b.cited else [f"{b.source}:{b.index}"],
        "new": b.new,
        # who said it, where it opens a transcript's turn (its label off the text), or
        # whose own release or document it is, as the print says after it (view.voiced)
        **({"speaker": b.speaker} if b.speaker else {}),
        **({"label": b.label} if b.label else {}),
        **({"issuer": issuer} if not b.speaker and (issuer := filing.voiced(b)) else {}),
    }


def _source(source: Source) -> dict[str, Any]:
    """A source as docs/json.md gives it: `replaced_by` and `update` are for the pipeline
    and the daily run, which read them from the source; readers of the JSON have the note
    that says which version replaced which."""
    return {k: v for k, v in asdict(source).items() if k not in {"replaced_by", "update"}}


def _story(story: Story, filing: _Filing) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": story.id,
        "title": story.title,
        "sources": list(story.sources),
        "independent": story.independent,
        "section": story.section,
        # told in full, as the print tells it: a story of the profile with no bullet (an
        # opinion column, whose views make none; a developing story with nothing new) is
        # listed under "Also in the inbox" (compose.digest.reported), and its JSON had
        # said relevant (r76 F13)
        "relevant": story.relevant and bool(story.bullets),
        "relevance": story.relevance,
        "actors": list(story.actors),
        "summary": [_bullet(x, filing) for x in story.bullets],
    }
    if story.status is not None:  # only where there is a previous brief to compare with
        out["status"] = story.status
        out["since"] = story.since
    return out


def to_dict(briefing: Briefing) -> dict[str, Any]:
    filing = _Filing(briefing)
    said = {s.number: day.isoformat() for s in briefing.sources if (day := day_of(s.date))}
    said_on = quote_days(briefing)
    return {
        "brief_version": __version__,
        "title": briefing.title,
        "generated": briefing.generated.isoformat(timespec="seconds"),
        # a daily run's later version of the day's brief: when the one it updates was made
        "update_of": briefing.update_of,
        "profile": briefing.profile,
        "algorithm": briefing.algorithm,
        "sources": [_source(s) for s in briefing.sources],
        "bottom_line": _bullet(briefing.bottom_line, filing) if briefing.bottom_line else None,
        # best first, as ranked: a reader (or a scorer) that takes the first N words
        # gets the best N words; "source" and "index" give the reading order back.
        "summary": [
            _bullet(x, filing) | {"rank": rank} for rank, x in enumerate(briefing.summary, start=1)
        ],
        "stories": [_story(x, filing) for x in briefing.stories],
        "sections": [
            {"key": s.key, "title": s.title, "bullets": [_bullet(x, filing) for x in s.bullets]}
            for s in briefing.sections
        ],
        "actors": [
            {
                "name": a.name,
                "kind": a.kind,
                "role": a.role,
                "role_ref": _mentions((a.role_cited,))[0] if a.role_cited else None,
                "spellings": list(a.spellings),
                "mentions": a.mentions,
                "sentences": _mentions(a.sentences),
            }
            for a in briefing.actors
        ],
        "figures": [
            {
                "text": f.text,
                "kind": f.kind,
                "value": f.value,
                "bound": f.bound,
                "to": f.to,
                "unit": named_unit(f),
                "per": f.per,
                "sayer": f.sayer,
                # the date it is of, as compose dated it (compose.briefing._dated)
                "date": f.date,
                "source": f.sentence.source,
                "index": f.sentence.index,
                "ref": f.sentence.ref,
                "story": filing.story_id((f.sentence,)),
            }
            for f in briefing.figures
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "actor": q.actor,
                "sentences": _mentions(q.sentences),
                "ref": cite(q.sentences),
                "story": filing.story_id(q.sentences),
                # the day its sentence says it was said ("On Tuesday, X had said:"), else
                # the day its report is dated (a straggler's is before the brief's day)
                "date": said_on.get(q)
                or (said.get(q.sentences[0].source) if q.sentences else None),
                # who its sentence says denies it, in the same breath (quotes.denials)
                **({"denied_by": q.denied_by} if q.denied_by else {}),
            }
            for q in briefing.quotes
        ],
        "timeline": [
            {
                "date": e.date,
                "label": e.label,
                "text": e.text,
                "ref": e.sentence.ref,
                "story": filing.story_id((e.sentence,)),
                # whose own release the row's sentence is (compose.issuers), where it is one
                **({"issuer": e.issuer} if e.issuer else {}),
                # a transcript turn's: who said it, and the label taken off `text`
                **({"speaker": e.speaker} if e.speaker else {}),
                **({"turn_label": e.turn_label} if e.turn_label else {}),
            }
            # one row an event, as the printed timeline: two reports of one arrest are
            # one row (figures' `date` still reads every dated sentence)
            for e in each_event_once(briefing.timeline, story_of_sources(briefing))
        ],
        "sentences": [
            {
                "text": s.text,
                "source": s.source,
                "index": s.index,
                "score": round(s.score, 6),
                "section": s.section,
                "story": filing.story_id((Mention(s.source, s.index),)),
                "selected": s.selected,
                "section_scores": {k: round(v, 4) for k, v in s.section_scores.items()},
            }
            for s in briefing.sentences
        ],
        # a daily run's feeds that failed, as the printed brief's Feed health note says
        "feed_health": list(briefing.feed_health),
        # a daily run's inbox files set aside unread, as the printed brief lists them
        "set_aside": list(briefing.set_aside),
        # a daily run's words sent before that a source of today's takes back
        "withdrawn": [
            {
                "words": w.words,
                "source": w.source,
                **({"correction": w.correction} if w.correction else {}),
                **({"kind": w.kind} if w.kind else {}),
            }
            for w in briefing.withdrawn
        ],
    }


def render_json(briefing: Briefing, options: Options) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n"
