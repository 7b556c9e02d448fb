"""JSON for machines: the whole Briefing, plus every input sentence with why it was (not) kept."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from brief import __version__
from brief.models import Briefing, Bullet, Mention, Story
from brief.options import Options


def _mentions(ms: tuple[Mention, ...]) -> list[str]:
    return [f"{m.source}:{m.index}" for m in ms]


def _bullet(b: Bullet) -> dict[str, Any]:
    return {
        "text": b.text,
        "source": b.source,
        "index": b.index,
        "ref": b.ref,
        "score": round(b.score, 6),
        "section": b.section,
        "cited": _mentions(b.cited) if b.cited else [f"{b.source}:{b.index}"],
        "new": b.new,
    }


def _story(story: Story) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": story.id,
        "title": story.title,
        "sources": list(story.sources),
        "independent": story.independent,
        "section": story.section,
        "relevant": story.relevant,
        "relevance": story.relevance,
        "actors": list(story.actors),
        "summary": [
            {
                "text": x.text,
                "source": x.source,
                "index": x.index,
                "score": round(x.score, 6),
                "cited": _mentions(x.cited) if x.cited else [f"{x.source}:{x.index}"],
                "new": x.new,
            }
            for x in story.bullets
        ],
    }
    if story.status is not None:  # only where there is a previous brief to compare with
        out["status"] = story.status
        out["since"] = story.since
    return out


def to_dict(briefing: Briefing) -> dict[str, Any]:
    return {
        "brief_version": __version__,
        "title": briefing.title,
        "generated": briefing.generated.isoformat(timespec="seconds"),
        "profile": briefing.profile,
        "algorithm": briefing.algorithm,
        "sources": [asdict(s) for s in briefing.sources],
        "bottom_line": _bullet(briefing.bottom_line) if briefing.bottom_line else None,
        # best first, as ranked: a reader (or a scorer) that takes the first N words
        # gets the best N words; "source" and "index" give the reading order back.
        "summary": [
            _bullet(x) | {"rank": rank} for rank, x in enumerate(briefing.summary, start=1)
        ],
        "stories": [_story(x) for x in briefing.stories],
        "sections": [
            {"key": s.key, "title": s.title, "bullets": [_bullet(x) for x in s.bullets]}
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
                "unit": f.unit,
                "date": f.date,
                "source": f.sentence.source,
                "index": f.sentence.index,
            }
            for f in briefing.figures
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "actor": q.actor,
                "sentences": _mentions(q.sentences),
            }
            for q in briefing.quotes
        ],
        "timeline": [
            {"date": e.date, "label": e.label, "text": e.text, "ref": e.sentence.ref}
            for e in briefing.timeline
        ],
        "sentences": [
            {
                "text": s.text,
                "source": s.source,
                "index": s.index,
                "score": round(s.score, 6),
                "section": s.section,
                "selected": s.selected,
                "section_scores": {k: round(v, 4) for k, v in s.section_scores.items()},
            }
            for s in briefing.sentences
        ],
    }


def render_json(briefing: Briefing, options: Options) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n"
