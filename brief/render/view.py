"""Template-ready views of a Briefing: the few derived values templates should not compute."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from markupsafe import Markup

from brief import __version__
from brief.models import Actor, Briefing, Mention, Section
from brief.render.timeline import date_label, shown_events

MAX_ACTORS = 12
MAX_FIGURES = 10
MAX_QUOTES = 4


def refs(mentions: tuple[Mention, ...]) -> Markup:
    """'[1:4; 2:7]'. Digits and punctuation we generate, so safe to print unescaped."""
    return Markup("[" + "; ".join(f"{m.source}:{m.index}" for m in mentions) + "]")


def _shown_sections(b: Briefing) -> list[Section]:
    """Sections with bullets, less the bottom line: it already heads the brief."""
    top = (b.bottom_line.source, b.bottom_line.index) if b.bottom_line else None
    out = []
    for s in b.sections:
        bullets = tuple(x for x in s.bullets if (x.source, x.index) != top)
        if bullets:
            out.append(replace(s, bullets=bullets))
    return out


def _table_actors(b: Briefing) -> tuple[Actor, ...]:
    """People the text gives a role first (who, with their titles), then by mentions."""
    ranked = sorted(b.actors, key=lambda a: (not (a.kind == "person" and a.role), -a.mentions))
    return tuple(ranked[:MAX_ACTORS])


def context(b: Briefing) -> dict[str, Any]:
    return {
        "b": b,
        "version": __version__,
        "generated": b.generated.strftime("%Y-%m-%d %H:%M %Z").strip(),
        "created": b.generated.isoformat(timespec="seconds"),
        "ref": lambda bullet: Markup(bullet.ref),
        "refs": refs,
        "actors": _table_actors(b),
        "figures": b.figures[:MAX_FIGURES],
        "quotes": b.quotes[:MAX_QUOTES],
        "sections": _shown_sections(b),
        "timeline": shown_events(b.timeline),
        "when": lambda event: date_label(event),
    }
