"""Which of a brief's reports are older than what its reader was already sent.

A straggler (a Monday wire that reaches Tuesday's inbox) is no news in the sense of
"New": what it says held before the brief the reader already has, and the day's own
reports may have overtaken it. The trial's Tuesday brief had flagged "New:" the
governor's Monday "the provincial government is in control", on the day he was
removed (r46 H3). Only the day is known of most reports, so a report is stale when:

- it is dated before the previous brief's day: older than that brief, surely; or
- it is dated that day, and a later report of its story is in this brief: it may have
  come after the previous brief, but a later report has overtaken it.

A report dated the previous brief's day that its feed did not list yet when the run of
that brief read it was published after that brief: it is news since, whatever later
report its story holds (the trial's court ruling of the afternoon before, first fetched
in the morning, had been held back behind the port's morning notice, and no brief ever
told the ruling its story was headed by, r77 F13). What a later report does overtake of
it, a count, a state, is kept out sentence by sentence (pipeline.outdated).

A report dated after the previous brief's day and before today (a weekend with no brief)
is news since the last brief, and one dated today is today's. An undated one cannot be
told: it is taken as today's. So is an item its feed updated in place (the same link and
publication date, a new text), fetched again since the last brief: what it adds is news
of the day it was fetched, whatever date it carries, and what the earlier version said
was sent already (novelty). The trial's wire had added a ransom demand and the death of a
guard to its Sunday report; fetched on Tuesday and taken for a straggler, neither was
briefed on any day (r60 F2).

On a later run of the day (a late article rebuilds the day's brief), the previous brief
is the day's own: the morning's articles dated before the day are older than it. An
article that arrived since is judged as the morning's would have been after a brief of
the day before: one dated the day before is news the morning's mail never told (r55: a
market attack of the day before, dropped in at noon, went out in the "(update)" mail
with nothing marked new), unless a later report of its story, in the brief, has
overtaken it; one dated earlier is older than that, and stale however late it came (a
report of last week that lands at noon, alone in its story, is no more news than it
would have been in the morning).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from brief.models import Briefing

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def stale_sources(
    briefing: Briefing,
    today: str,
    previous_day: str | None,
    earlier: frozenset[str] = frozenset(),
    updates: frozenset[int] = frozenset(),
    published_after: frozenset[int] = frozenset(),
) -> frozenset[int]:
    """The numbers of the brief's sources older than the previous brief (see above);
    none with no previous brief to be older than. `earlier`: on a later run of the day,
    the SHA-256 of the articles the day's earlier brief was made from (the others
    arrived since). `updates`: the sources that are items updated in place, never stale.
    `published_after`: the sources known to be published after the previous brief of an
    earlier day (a feed that run read did not list them yet: collect.fetched_after),
    never stale when dated that brief's day: nothing of theirs held before it."""
    if previous_day is None:
        return frozenset()
    arrived = (
        {s.number for s in briefing.sources if s.sha256 not in earlier}
        if previous_day == today
        else set()
    )
    # an arrival is judged as after a brief of the day before (see above)
    day_before = str(date.fromisoformat(today) - timedelta(days=1)) if arrived else today
    days = {s.number: s.date[:10] for s in briefing.sources if s.date and _DAY.match(s.date)}
    stories: list[Iterable[int]] = [story.sources for story in briefing.stories]
    told = {n for story in stories for n in story}
    stories += [[s.number] for s in briefing.sources if s.number not in told]
    stale: set[int] = set()
    for sources in stories:
        dated = {n: days[n] for n in sources if n in days}
        latest = max(dated.values(), default="")
        stale.update(
            n
            for n, day in dated.items()
            if _older(day, latest, day_before if n in arrived else previous_day)
            and day < today
            and n not in updates
            and not (n in published_after and day == previous_day)
        )
    return frozenset(stale)


def _older(day: str, latest: str, previous_day: str) -> bool:
    """A report of this day, in a story whose latest report is of `latest`, is older than
    a brief of `previous_day` (see above)."""
    return day < previous_day or (day == previous_day and latest > day)
