"""An SVG timeline of dated events, drawn by the project (no library, no external refs).

Which events: the caller passes them most important first (the order of the sentences'
rank), so the first MAX_EVENTS are kept and only then put in date order; keeping the
earliest instead would let background years push out the story itself.

Vertical, one row per event in date order: a reader scans dates down the left and the
events on the right, and the height grows with the events while the width stays within
an A4 text column (170 mm). Events are spaced evenly, not by time, so that a 2014
event and a week of February 2022 are all readable. Article text is hostile: every
piece of it is XML-escaped and stripped of characters XML forbids.
"""

from __future__ import annotations

import calendar
import re
import textwrap
from collections.abc import Sequence

from brief.extract.figures import date_order, same_event
from brief.models import TimelineEvent

MAX_EVENTS = 7
WIDTH = 680  # user units; drawn 170 mm wide
ROW = 34
TOP = 14
LINE_X = 118
_MONTHS = calendar.month_abbr[1:]  # "Jan" ... "Dec", as the figures read them
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def shown_events(events: Sequence[TimelineEvent]) -> list[TimelineEvent]:
    """The first MAX_EVENTS (the caller passes them most important first), in date order,
    each event once: a row that tells the event of a more important one of the same day
    from another report (figures.same_event: "signed an agreement on Wednesday", "the
    protocol signed in Maputo on Wednesday") is left out, as a digest's one dated event is
    one row, and the place it took goes to another event. One is listed too (a scheduled
    date is news), but not drawn (see timeline_svg)."""
    kept: list[TimelineEvent] = []
    for event in events:
        if len(kept) == MAX_EVENTS:
            break
        if not any(same_event(shown, event) for shown in kept):
            kept.append(event)
    return sorted(kept, key=date_order)


def timeline_svg(events: Sequence[TimelineEvent]) -> str:
    """Inline SVG markup; every piece of article text in it is XML-escaped."""
    shown = shown_events(events)
    if len(shown) < 2:
        return ""  # one date is no line to draw
    height = TOP * 2 + ROW * len(shown)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" '
        f'width="170mm" height="{height * 170 / WIDTH:.1f}mm" viewBox="0 0 {WIDTH} {height}" '
        f'font-family="sans-serif" font-size="12">',
        "<title>Timeline of dated events</title>",
        f'<line x1="{LINE_X}" y1="{TOP}" x2="{LINE_X}" y2="{height - TOP}" '
        f'stroke="#8a94a6" stroke-width="2"/>',
    ]
    for i, event in enumerate(shown):
        y = TOP + ROW * i + 16
        parts.append(
            f'<circle cx="{LINE_X}" cy="{y - 4}" r="5" fill="#1f4e79" stroke="#fff" '
            f'stroke-width="1.5"/>'
        )
        parts.append(
            f'<text x="{LINE_X - 12}" y="{y}" text-anchor="end" font-weight="bold" '
            f'fill="#1f4e79">{_text(date_label(event))}</text>'
        )
        label = _text(_clip(event.label, 60))
        ref = _text(event.sentence.ref)
        parts.append(
            f'<text x="{LINE_X + 14}" y="{y}" font-weight="bold" fill="#222">{label}'
            f'<tspan font-weight="normal" fill="#8a94a6" font-size="10"> {ref}</tspan></text>'
        )
        snippet = textwrap.wrap(_clip_around(event.text, event.label, 90), 90)[:1]
        for k, line in enumerate(snippet):
            parts.append(
                f'<text x="{LINE_X + 14}" y="{y + 14 + 12 * k}" font-size="10" '
                f'fill="#444">{_text(line)}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


_RANGE_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ?[-–] ?(\d{1,2})\b")


def date_label(event: TimelineEvent) -> str:
    """ "February 10-20" is drawn "10–20 Feb", not only its first day."""
    pretty = _pretty(event.date)
    span = _RANGE_RE.search(event.label)
    day = pretty.split(" ", 1)[0]
    if span is None or not day.isdigit() or int(day) != int(span.group(1)):
        return pretty
    return f"{int(span.group(1))}–{int(span.group(2))} {pretty.split(' ', 1)[1]}"


def _pretty(date: str) -> str:
    """ "2022-02-10" -> "10 Feb 2022"; "2022-02" -> "Feb 2022"; "2014" stays."""
    if date.startswith("--"):  # yearless: "--02-09" -> "9 Feb"
        month, _, day = date[2:].partition("-")
        try:
            return f"{int(day)} {_MONTHS[int(month) - 1]}"
        except (ValueError, IndexError):
            return date
    bits = date.split("-")
    try:
        if len(bits) == 3:
            return f"{int(bits[2])} {_MONTHS[int(bits[1]) - 1]} {bits[0]}"
        if len(bits) == 2:
            return f"{_MONTHS[int(bits[1]) - 1]} {bits[0]}"
    except (ValueError, IndexError):
        pass
    return date


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _clip_around(text: str, anchor: str, limit: int) -> str:
    """The text clipped so that its date (`anchor`) stays in view: a row dated February
    2022 must show "... invaded Ukraine in February 2022", not the sentence's first words
    about Crimea in 2014. Words before it are cut then, marked with "…"."""
    text = " ".join(text.split())
    at = text.find(" ".join(anchor.split()))
    end = at + len(anchor)
    if at < 0 or len(text) <= limit or end < limit - 1:
        return _clip(text, limit)
    start = text.find(" ", max(0, end - (limit - 12)))
    start = start + 1 if 0 <= start < at else at
    return "…" + _clip(text[start:], limit - 1)


def _text(text: str) -> str:
    # Imported here: xml.sax.saxutils pulls in urllib.request, http.client and ssl, which
    # a Markdown or JSON brief (they use only shown_events and date_label) never needs.
    from xml.sax.saxutils import escape

    return escape(_XML_BAD.sub("", text), {'"': "&quot;", "'": "&#39;"})
