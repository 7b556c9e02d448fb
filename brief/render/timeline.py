"""An SVG timeline of dated events, drawn by the project (no library, no external refs).

Which events: the caller passes them most important first (the order of the sentences'
rank), so the first MAX_EVENTS are kept and only then put in date order; keeping the
earliest instead would let background years push out the story itself.

Vertical, one row per event in date order: a reader scans dates down the left and the
events on the right, each its whole sentence (a cut one can say what its sentence does
not), and the height grows with the events and their lines while the width stays within
an A4 text column (170 mm). Events are spaced evenly, not by time, so that a 2014
event and a week of February 2022 are all readable. Article text is hostile: every
piece of it is XML-escaped and stripped of characters XML forbids.
"""

from __future__ import annotations

import calendar
import re
import textwrap
from collections.abc import Mapping, Sequence

from brief.extract.figures import date_order, dates_quote, same_event
from brief.models import Briefing, Quote, TimelineEvent

MAX_EVENTS = 7
WIDTH = 680  # user units; drawn 170 mm wide
TOP = 14
LINE_X = 118
_MONTHS = calendar.month_abbr[1:]  # "Jan" ... "Dec", as the figures read them
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def story_of_sources(briefing: Briefing) -> dict[int, int]:
    """Each source's story (its place among the brief's stories): the timeline's rows of
    one story tell one event on less (each_event_once)."""
    return {n: k for k, story in enumerate(briefing.stories) for n in story.sources}


def quote_days(briefing: Briefing) -> dict[Quote, str]:
    """The day each quote was said where the timeline dates its sentence by the saying
    ("On Tuesday, X had said: “...”" in Thursday's report): the same reading of the
    sentence's date as the timeline's row, so a quote and its row never disagree. A
    quote whose sentence is not so dated is its report's day (the caller's)."""
    rows: dict[object, list[TimelineEvent]] = {}
    for event in briefing.timeline:
        if len(event.date) == 10:  # a whole date, not a month or a year
            rows.setdefault(event.sentence, []).append(event)
    days: dict[Quote, str] = {}
    for quote in briefing.quotes:
        events = rows.get(quote.sentences[0], []) if quote.sentences else []
        found = {event.date for event in events if dates_quote(event, quote.text)}
        if len(found) == 1:
            days[quote] = found.pop()
    return days


def shown_events(
    events: Sequence[TimelineEvent], story_of: Mapping[int, int] | None = None
) -> list[TimelineEvent]:
    """The first MAX_EVENTS events (the caller passes them most important first), each
    once (see each_event_once), in date order. One is listed too (a scheduled date is
    news), but not drawn (see timeline_svg)."""
    return sorted(each_event_once(events, story_of, MAX_EVENTS), key=date_order)


def each_event_once(
    events: Sequence[TimelineEvent],
    story_of: Mapping[int, int] | None = None,
    most: int | None = None,
) -> list[TimelineEvent]:
    """The events in the order given (most important first), each event once: a row that
    tells the event of a more important one of the same day from another report
    (figures.same_event: "signed an agreement on Wednesday", "the protocol signed in
    Maputo on Wednesday") is left out, as a digest's one dated event is one row, and the
    place it took goes to another event; `most` rows at most. `story_of` maps a source to
    its story: rows of one story are one event on less (see figures.same_event). Every
    list of the timeline reads it, the JSON's whole one too: two rows of one arrest read
    as two arrests (r54)."""
    stories = story_of or {}

    def one_story(first: TimelineEvent, second: TimelineEvent) -> bool:
        story = stories.get(first.sentence.source)
        return story is not None and story == stories.get(second.sentence.source)

    kept: list[TimelineEvent] = []
    for event in events:
        if most is not None and len(kept) == most:
            break
        if not any(same_event(shown, event, one_story(shown, event)) for shown in kept):
            kept.append(event)
    return kept


def timeline_svg(events: Sequence[TimelineEvent], story_of: Mapping[int, int] | None = None) -> str:
    """Inline SVG markup, one drawing per row, stacked so that their pieces of the line
    meet; every piece of article text in it is XML-escaped.

    Each row shows its whole sentence, wrapped, with the words that date it in bold: a
    row cut to a line had lost its subject ("…Gold Resources were detained by soldiers"
    of "Two foreign engineers working for Kestrel Gold Resources were detained", r45 M6),
    and a cut row can say what its sentence does not. Only a sentence longer than
    MAX_LINES lines is cut, at a word, keeping its opening (its subject) and the line
    that holds its date. A page may end between two rows: one drawing of the whole,
    which no page can split, had gone whole to the next page and left a quarter of the
    one before it blank, and a print cut to fit two pages had cut for that room (r78 F8)."""
    shown = shown_events(events, story_of)
    if len(shown) < 2:
        return ""  # one date is no line to draw
    rows = [_row_lines(event) for event in shown]
    parts = []
    for n, (event, lines) in enumerate(zip(shown, rows, strict=True)):
        first, last = n == 0, n == len(shown) - 1
        top = TOP if first else 0
        height = top + LINE * len(lines) + ROW_GAP + (TOP if last else 0)
        y = top + 12
        label = " ".join(event.label.split())
        # (its height exact, a quarter millimetre a unit: a height rounded to a tenth
        # narrowed a row to keep its proportions, and its piece of the line stood aside)
        cited = _cited(event)
        parts += [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" '
            f'width="170mm" height="{height * 170 / WIDTH:.2f}mm" viewBox="0 0 {WIDTH} {height}" '
            f'font-family="sans-serif" font-size="12">',
            f"<title>{_text(date_label(event))}</title>",
            f'<line x1="{LINE_X}" y1="{TOP if first else 0}" x2="{LINE_X}" '
            f'y2="{height - TOP if last else height}" stroke="#8a94a6" stroke-width="2"/>',
            f'<circle cx="{LINE_X}" cy="{y - 4}" r="5" fill="#1f4e79" stroke="#fff" '
            f'stroke-width="1.5"/>',
            f'<text x="{LINE_X - 12}" y="{y}" text-anchor="end" font-weight="bold" '
            f'fill="#1f4e79">{_text(date_label(event))}</text>',
        ]
        for k, line in enumerate(lines):
            end = k == len(lines) - 1
            words = line[: -len(cited)].rstrip() if end else line
            ref = f'<tspan font-size="9" fill="#8a94a6"> {_text(cited)}</tspan>' if end else ""
            parts.append(
                f'<text x="{LINE_X + 14}" y="{y + LINE * k}" font-size="{TEXT_SIZE}" '
                f'fill="#222">{_marked(words, label)}{ref}</text>'
            )
        parts.append("</svg>")
    return "\n".join(parts)


MAX_LINES = 4
LINE_CHARS = 100  # at TEXT_SIZE (about 5.2 units a character), within the 548 units
# right of the line
TEXT_SIZE = 10
LINE = 13  # between the lines of a row
ROW_GAP = 8  # between rows


def _cited(event: TimelineEvent) -> str:
    """What ends a row: its reference, and who said it where it is a transcript's turn
    (`TimelineEvent.speaker`), else whose release it is where it is one."""
    if event.speaker:  # (compose.briefing._row_spoken)
        return f"{event.sentence.ref} · {' '.join(event.speaker.split())}"
    if event.issuer:  # (compose.issuers)
        return f"{event.sentence.ref} · {' '.join(event.issuer.split())}"
    return event.sentence.ref


def _row_lines(event: TimelineEvent) -> list[str]:
    """The row's sentence wrapped, its reference ending the last line; cut only past
    MAX_LINES (see timeline_svg), with "…" where words are left out."""
    text = " ".join(event.text.split())
    ref = _cited(event)
    lines = textwrap.wrap(f"{text} {ref}", LINE_CHARS)
    if len(lines) <= MAX_LINES:
        return lines
    lines = textwrap.wrap(text, LINE_CHARS - len(ref) - 2)  # room for "… [ref]" on each
    label = " ".join(event.label.split())
    dated = next((k for k, line in enumerate(lines) if label and label in line), 0)
    # the opening holds the subject; past it, the line of the date
    last = min(dated, len(lines) - 1) if dated >= MAX_LINES else MAX_LINES - 1
    kept = [*lines[: MAX_LINES - 1], ("…" if last >= MAX_LINES else "") + lines[last]]
    more = "…" if last < len(lines) - 1 else ""
    return [*kept[:-1], f"{kept[-1]}{more} {ref}"]


def _marked(line: str, label: str) -> str:
    """The line escaped, its date's words (`label`) in bold where the line holds them."""
    at = line.find(label) if label else -1
    if at < 0:
        return _text(line)
    end = at + len(label)
    return (
        f'{_text(line[:at])}<tspan font-weight="bold">{_text(line[at:end])}</tspan>'
        f"{_text(line[end:])}"
    )


_RANGE_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ?[-–] ?(\d{1,2})\b")


def date_label(event: TimelineEvent) -> str:
    """ "February 10-20" is drawn "10–20 Feb", not only its first day."""
    pretty = pretty_date(event.date)
    span = _RANGE_RE.search(event.label)
    day = pretty.split(" ", 1)[0]
    if span is None or not day.isdigit() or int(day) != int(span.group(1)):
        return pretty
    return f"{int(span.group(1))}–{int(span.group(2))} {pretty.split(' ', 1)[1]}"


def pretty_date(date: str) -> str:
    """ "2022-02-10" -> "10 Feb 2022"; "2022-02" -> "Feb 2022"; "2014" stays; "--02-09"
    (no year) -> "9 Feb". The one way a brief prints a date it gives (a timeline's row, a
    story's "developing since", an earlier report's quote)."""
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


def _text(text: str) -> str:
    # Imported here: xml.sax.saxutils pulls in urllib.request, http.client and ssl, which
    # a Markdown or JSON brief (they use only shown_events and date_label) never needs.
    from xml.sax.saxutils import escape

    return escape(_XML_BAD.sub("", text), {'"': "&quot;", "'": "&#39;"})
