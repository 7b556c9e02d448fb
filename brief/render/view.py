"""Template-ready views of a Briefing: the few derived values templates should not compute."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from brief import __version__
from brief.models import Briefing, Mention

MAX_ACTORS = 12
MAX_FIGURES = 10
MAX_QUOTES = 4


def refs(mentions: tuple[Mention, ...]) -> Markup:
    """'[1:4; 2:7]'. Digits and punctuation we generate, so safe to print unescaped."""
    return Markup("[" + "; ".join(f"{m.source}:{m.index}" for m in mentions) + "]")


def context(b: Briefing) -> dict[str, Any]:
    return {
        "b": b,
        "version": __version__,
        "generated": b.generated.strftime("%Y-%m-%d %H:%M %Z").strip(),
        "created": b.generated.isoformat(timespec="seconds"),
        "ref": lambda bullet: Markup(bullet.ref),
        "refs": refs,
        "actors": b.actors[:MAX_ACTORS],
        "figures": b.figures[:MAX_FIGURES],
        "quotes": b.quotes[:MAX_QUOTES],
        "sections": [s for s in b.sections if s.bullets],
    }
