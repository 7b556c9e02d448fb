"""What a daily run does with what a wire took back, beside the brief it tells it in: a
brief of nothing but the notices when they came alone (a kill of a story an earlier brief
told, with nothing else new), and whether a run's notices are news to the day's earlier
briefs, so that a later run sends its brief again for one more notice and never twice for
the same one. What is taken back is found by brief.daily.novelty.wire_versions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from brief.daily.novelty.wire_versions import taken_back_whole
from brief.daily.state import DayRecord, State
from brief.models import Briefing, Document, Source, Withdrawn, text_key
from brief.options import Options
from brief.pipeline.versions import is_taken_back, without_withdrawn


def notices_only(
    documents: Sequence[Document], options: Options, profile: str, state: State, today: str
) -> Briefing | None:
    """A brief of nothing but what the wire took back, when every article of the run is
    a kill notice or what one withdraws (the notice arrived alone, the story it kills
    went out in an earlier brief): its "Withdrawn since an earlier brief" and its
    sources. A notice is no story, so the run had built nothing and said nothing, and
    the morning team repeated the killed claim (r68). None when no earlier brief told
    what the notices take back: nothing to tell."""
    read = without_withdrawn(documents)
    if not read or any(d.blocks or not is_taken_back(d.source) for d in read):
        return None
    empty = Briefing(
        title=options.title or "",
        generated=options.now or datetime.now().astimezone(),
        sources=tuple(_numbered(d.source, n) for n, d in enumerate(read, 1)),
        profile=profile,
        algorithm=options.algorithm,
        bottom_line=None,
        summary=(),
        sections=(),
        actors=(),
        figures=(),
        quotes=(),
        sentences=(),
    )
    withdrawn = taken_back_whole(empty, state, today)
    return replace(empty, withdrawn=withdrawn) if withdrawn else None


def _numbered(source: Source, number: int) -> Source:
    return source if source.number == number else replace(source, number=number)


def said_keys(withdrawn: Sequence[Withdrawn]) -> frozenset[str]:
    """What a brief's "Withdrawn since an earlier brief" said, one key each: a later run
    of the day that has one more to say sends its brief again, though it has no new point
    (a kill notice that arrives after the morning's mail), and one with none more does not
    send the same notice twice (`DayRecord.withdrawn`)."""
    return frozenset(f"{w.kind}:{text_key(w.words)}" for w in withdrawn)


def says_more(briefing: Briefing, record: DayRecord | None) -> bool:
    """Whether the brief takes back something the day's earlier briefs did not say."""
    said = frozenset(record.withdrawn) if record is not None else frozenset()
    return bool(said_keys(briefing.withdrawn) - said)
