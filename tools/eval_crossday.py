"""Score how `brief daily` knows a story again the next morning (issue 9, point 5).

A labelled pile of `stories/<set>/` becomes two days: each story goes, by a hash of its
id, to day 1 only, day 2 only, or both (its articles in name order, the first half on day
1). Day 1 is briefed and its stories remembered as `brief daily` remembers them
(`novelty.recognition.recognise`); day 2 is briefed and recognised against that memory.
A day-2 story is judged by the gold story most of its articles belong to:

- *continued*: that gold story had articles on day 1. It should be `developing`, and
  carry the id of a day-1 story made mostly of that gold story's articles.
- *new*: it had none. It should be `new`; a `developing` one is a false link, the
  worst error, since the reader is told "you know this story" of one he never saw.
  ECB+'s look-alike events (two earthquakes of one topic) are the test of that.

Halves split the gold stories by crc32 parity, as the stories eval does (the days by
another hash, SHA-256, which crc32's parity does not predict). The matching
was tuned on half A; half B is the check. `tools/data/crossday` and `crossday2`
(invented articles of two days, written blind for this check) are scored the same way,
their days given. crossday2 (session 72: a Europe, Middle East and Africa security desk's
Thursday and Friday, look-alikes in the same capitals, a rumour confirmed, an analysis of
a day-1 story, follow-ups that name the first event only in their third paragraph) held
out: 11 continued, 8 linked, 3 left new, 8 new, no false link.

    python -m tools.eval_crossday --data ../shared/eval
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from brief.daily.novelty.recognition import recognise
from brief.daily.state import DayRecord, State
from brief.models import Briefing
from brief.options import Options
from brief.pipeline import build
from tools import quiet_ingest
from tools.eval_stories import desk_clock, half, read_labels

DATA = Path(__file__).resolve().parent / "data"
DAY1, DAY2 = "2026-04-14", "2026-04-15"  # the days the stories sets are briefed on


@dataclass(frozen=True)
class Judged:
    """One day-2 story as scored."""

    gold: str  # the gold story most of its articles belong to
    continued: bool  # that story had articles on day 1
    developing: bool  # brief said so
    linked_right: bool  # and linked it to a day-1 story of the same gold story
    title: str = ""
    linked_to: str = ""  # the title of the day-1 story it was linked to


def split_days(gold: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """Files of day 1 and of day 2: a story by its id's hash on day 1 only, day 2 only
    (a quarter each) or both (half; a lone article then stays on day 1)."""
    by_story: dict[str, list[str]] = {}
    for name in sorted(gold):
        by_story.setdefault(gold[name], []).append(name)
    day1: list[str] = []
    day2: list[str] = []
    for story, names in by_story.items():
        kind = hashlib.sha256(story.encode("utf-8")).digest()[0] % 4
        if kind == 0:
            day1 += names
        elif kind == 1:
            day2 += names
        else:
            cut = (len(names) + 1) // 2
            day1 += names[:cut]
            day2 += names[cut:]
    return day1, day2


def _majority(briefing: Briefing, sources: Sequence[int], gold_of: Mapping[str, str]) -> str:
    names = {s.number: Path(s.path).name for s in briefing.sources}
    votes = Counter(gold_of.get(names.get(n, ""), "") for n in sources)
    return min(votes.items(), key=lambda item: (-item[1], item[0]))[0]


def run_days(
    day1: Sequence[Path],
    day2: Sequence[Path],
    gold_of: Mapping[str, str],
    days: tuple[str, str] = (DAY1, DAY2),
) -> list[Judged]:
    """Brief both days at 06:00 UTC as `brief daily` would and judge day 2's stories."""
    first = build([str(p) for p in day1], Options(now=_morning(days[0])))
    second = build([str(p) for p in day2], Options(now=_morning(days[1])))
    return judge(first, second, gold_of, days)


def _morning(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=6, tzinfo=UTC)


def judge(
    first: Briefing,
    second: Briefing,
    gold_of: Mapping[str, str],
    days: tuple[str, str] = (DAY1, DAY2),
) -> list[Judged]:
    """Day 1's stories remembered, day 2's recognised against them, and judged."""
    day1, day2 = days
    known, records = recognise(first, State(), day1)
    state = State(briefs={day1: DayRecord(built=f"{day1}T06:00:00+00:00")}, stories=records)
    gold_of_record = {story.id: _majority(first, story.sources, gold_of) for story in known.stories}
    titles = {story.id: story.title for story in known.stories}
    day1_gold = {gold_of.get(Path(s.path).name, "") for s in first.sources}
    recognised, _ = recognise(second, state, day2)
    judged = []
    for story in recognised.stories:
        gold = _majority(second, story.sources, gold_of)
        developing = story.status == "developing"
        judged.append(
            Judged(
                gold=gold,
                continued=gold in day1_gold,
                developing=developing,
                linked_right=developing and gold_of_record.get(story.id) == gold,
                title=story.title,
                linked_to=titles.get(story.id, "") if developing else "",
            )
        )
    return judged


def scores(judged: Sequence[Judged]) -> tuple[int, int, int, int, int]:
    """(continued, linked right, new, falsely developing, continued left new)."""
    continued = [j for j in judged if j.continued]
    new = [j for j in judged if not j.continued]
    return (
        len(continued),
        sum(j.linked_right for j in continued),
        len(new),
        sum(j.developing for j in new)
        + sum(j.developing and not j.linked_right for j in continued),
        sum(not j.developing for j in continued),
    )


def _row(name: str, part: str, judged: Sequence[Judged]) -> str:
    continued, right, new, false, missed = scores(judged)
    found = f"{right / continued:.1%}" if continued else "-"
    return f"| {name} | {part} | {continued} | {right} | {found} | {missed} | {new} | {false} |"


def report(data: Path | None = None) -> str:
    lines = [
        "## Stories across days: `brief daily` on the next morning",
        "",
        __doc__.split("\n\n")[1].replace("\n", " "),
        "",
        "*continued*: day-2 stories whose gold story was briefed on day 1; *linked*: of "
        "them, marked developing with the id of a day-1 story of the same gold story; "
        "*left new*: marked new; *false links*: a story marked developing that is new, "
        "or linked to another story's id.",
        "",
        "| set | half | continued | linked | share | left new | new | false links |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, day1, day2, gold, days in piles(data):
        judged = run_days(day1, day2, gold, days)
        lines.append(_row(name, "all", judged))
        if not name.endswith("(fresh)"):
            for part in "AB":
                lines.append(_row(name, part, [j for j in judged if half(j.gold) == part]))
    return "\n".join(lines)


# name, day-1 files, day-2 files, gold story of each file name, and the two days
Pile = tuple[str, list[Path], list[Path], dict[str, str], tuple[str, str]]


def piles(data: Path | None) -> list[Pile]:
    """Each labelled set as (name, day-1 files, day-2 files, gold story of each file name)."""
    found: list[Pile] = []
    if data is not None and (Path(data) / "stories").is_dir():
        for folder in sorted(p for p in (Path(data) / "stories").iterdir()):
            if not (folder / "labels.tsv").is_file():
                continue
            gold = read_labels(folder / "labels.tsv")
            day1, day2 = split_days(gold)
            articles = folder / "articles"
            first = [articles / n for n in day1]
            found.append((folder.name, first, [articles / n for n in day2], gold, (DAY1, DAY2)))
    # the blind sets (tools/data/crossday, crossday2, ...), each briefed on its own days
    for fresh in sorted(DATA.glob("crossday*")):
        if not (fresh / "labels.tsv").is_file():
            continue
        labels = read_labels(fresh / "labels.tsv")
        gold = {Path(k).name: v for k, v in labels.items()}
        first = [fresh / k for k in sorted(labels) if k.startswith("day1/")]
        second = [fresh / k for k in sorted(labels) if k.startswith("day2/")]
        found.append((f"{fresh.name} (fresh)", first, second, gold, _days(fresh, first, second)))
    return found


def _days(folder: Path, first: Sequence[Path], second: Sequence[Path]) -> tuple[str, str]:
    """The days a blind set is briefed on: those its `days.txt` names (two ISO dates: a
    wire's dateline gives no year, "MOGADISHU, Oct 21", which the run's clock supplies),
    else those of each day's latest dated article, the second the day after the first
    where its articles give no date."""
    named = folder / "days.txt"
    if named.is_file():
        day1, day2 = named.read_text(encoding="utf-8").split()
        return day1, day2
    start = desk_clock(first)
    if start is None:
        return DAY1, DAY2
    end = desk_clock(second)
    return start.date().isoformat(), (end or start + timedelta(days=1)).date().isoformat()


def main(argv: list[str] | None = None) -> int:
    quiet_ingest()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--errors", action="store_true", help="list the misjudged stories")
    args = parser.parse_args(argv)
    if args.errors:
        for name, day1, day2, gold, days in piles(args.data):
            for j in run_days(day1, day2, gold, days):
                if j.developing != j.continued or (j.developing and not j.linked_right):
                    kind = "LEFT NEW" if j.continued and not j.developing else "FALSE LINK"
                    where = f"{name}\t{half(j.gold)}\t{kind}\t{j.gold}"
                    print(f"{where}\t{j.title[:70]}\t<- {j.linked_to[:70]}")
        return 0
    print(report(args.data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
