"""A report older than the brief its reader already has is no "New" (brief.daily.dating)."""

from __future__ import annotations

import dataclasses
import json
import textwrap
from pathlib import Path

import pytest

from brief import config as cfg
from brief.daily.dating import stale_sources
from brief.models import Briefing, Source, Story
from tests.conftest import bare_briefing
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table, write_config
from tests.test_daily import BORDER, BORDER_FOLLOW_UP, NOW, TODAY, TOMORROW, run

STRAGGLER = """\
    Border troops dig in

    Troops at the northern border dug trenches on Monday, the defence ministry said.

    The ministry said the troops at the northern border would stay until talks in Geneva resumed.

    Villagers near the northern border said they had been told to leave.
    """


def briefing(days: dict[int, str | None], *stories: tuple[int, ...]) -> Briefing:
    """A brief of these sources (number -> date) grouped in these stories."""
    return bare_briefing(
        generated=NOW,
        sources=tuple(
            Source(n, f"{n}.txt", f"{n}.txt", f"sha{n}", 1, date=day) for n, day in days.items()
        ),
        stories=tuple(
            Story(f"s{i}", "T", told, len(told), "other", ()) for i, told in enumerate(stories)
        ),
    )


@pytest.mark.parametrize(
    ("days", "stories", "previous", "stale"),
    [
        # dated before the previous brief's day: older than that brief, alone or not
        ({1: "2026-11-23", 2: None}, [(1,), (2,)], "2026-11-24", {1}),
        # dated that day: stale once a later report of its story is in the brief
        ({1: "2026-11-24", 2: "2026-11-25"}, [(1, 2)], "2026-11-24", {1}),
        ({1: "2026-11-24", 2: "2026-11-25"}, [(1,), (2,)], "2026-11-24", set()),
        ({1: "2026-11-24T21:00:00", 2: "2026-11-24"}, [(1, 2)], "2026-11-24", set()),
        # news since the last brief (a day with no brief), today's, undated, a year
        ({1: "2026-11-22", 2: "2026-11-25"}, [(1, 2)], "2026-11-21", set()),
        ({1: "2026-11-26", 2: None, 3: "2026"}, [(1, 2, 3)], "2026-11-24", set()),
    ],
)
def test_a_report_is_stale_when_older_than_the_previous_brief(
    days: dict[int, str | None], stories: list[tuple[int, ...]], previous: str, stale: set[int]
) -> None:
    assert stale_sources(briefing(days, *stories), "2026-11-26", previous) == stale


def test_a_same_day_rebuild_holds_back_only_the_mornings_old_reports_and_overtaken_ones() -> None:
    """On a later run of the day, the morning's articles dated before the day are older
    than the morning's brief; an article that arrived since it is what came since,
    whatever its dateline, unless a later report of its story overtook it (r55 H4)."""
    days: dict[int, str | None] = {1: "2026-11-25", 2: "2026-11-25", 3: "2026-11-24"}
    morning = frozenset({"sha1"})  # 2 and 3 arrived since the morning's brief
    b = briefing({**days, 4: "2026-11-26"}, (1,), (2,), (3, 4))
    assert stale_sources(b, "2026-11-26", "2026-11-26", morning | {"sha4"}) == {1, 3}


def test_a_same_day_arrival_dated_days_before_is_stale_alone_in_its_story() -> None:
    """An arrival since the morning's brief is judged as after a brief of the day before:
    dated earlier, it is older than that, alone in its story or not."""
    b = briefing({1: "2026-11-19", 2: "2026-11-25", 3: "2026-11-26"}, (1,), (2,), (3,))
    assert stale_sources(b, "2026-11-26", "2026-11-26", frozenset({"sha3"})) == {1}


def test_with_no_previous_brief_nothing_is_stale_and_a_storyless_source_counts_alone() -> None:
    b = briefing({1: "2026-11-20", 2: "2026-11-26"}, (2,))
    assert stale_sources(b, "2026-11-26", None) == frozenset()
    assert stale_sources(b, "2026-11-26", "2026-11-25") == {1}
    assert stale_sources(dataclasses.replace(b, stories=()), "2026-11-26", "2026-11-25") == {1}


def dated(day: str, text: str) -> str:
    return f"+++ brief-article\n{json.dumps({'date': day})}\n+++\n" + textwrap.dedent(text)


def test_a_straggler_of_the_previous_briefs_day_is_not_new_beside_a_later_report(
    tmp_path: Path, plain_server: Server
) -> None:
    """A Monday wire arriving with Tuesday's reports of its story: its points are not
    flagged New, the Tuesday report's are (r46 H3: the governor's Monday "in control"
    had been flagged New on the day he was removed)."""
    briefing, names = _a_day_with_a_straggler(tmp_path, plain_server)
    marks = {(names[b.source], b.new) for story in briefing.stories for b in story.bullets}
    assert ("late.txt", True) not in marks and ("late.txt", False) in marks
    assert ("next.txt", True) in marks


def test_a_stragglers_points_come_after_the_days_reports_of_its_story(
    tmp_path: Path, plain_server: Server
) -> None:
    """The daily run tells the pipeline which reports are stragglers: in their story, the
    day's report's points come first, and the straggler's only fill what is left."""
    briefing, names = _a_day_with_a_straggler(tmp_path, plain_server)
    (story,) = [s for s in briefing.stories if len(s.sources) > 1]
    told = [names[b.source] for b in story.bullets]
    assert told == sorted(told, key=lambda name: name == "late.txt"), told
    assert told[0] == "next.txt"


def _a_day_with_a_straggler(
    tmp_path: Path, plain_server: Server
) -> tuple[Briefing, dict[int, str]]:
    """Today's brief of a story, then tomorrow's run with a straggler of today (late.txt)
    beside tomorrow's report of it (next.txt): the brief, and its sources' file names."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["json"]')
    (tmp_path / "inbox" / "a.txt").write_text(dated(TODAY, BORDER), encoding="utf-8")
    run(cfg.load(path))
    (tmp_path / "inbox" / "late.txt").write_text(dated(TODAY, STRAGGLER), encoding="utf-8")
    (tmp_path / "inbox" / "next.txt").write_text(
        dated(str(TOMORROW.date()), BORDER_FOLLOW_UP), encoding="utf-8"
    )
    report = run(cfg.load(path), now=TOMORROW)
    assert report.briefing is not None
    return report.briefing, {s.number: Path(s.path).name for s in report.briefing.sources}


def test_an_item_updated_in_place_is_never_stale() -> None:
    """An item its feed updated in place keeps its first publication date; fetched again
    since the last brief, what it adds is news of today (r60 F2: a ransom demand added to
    a Sunday wire had been held back as a straggler on Tuesday and briefed on no day)."""
    b = briefing({1: "2026-11-23", 2: "2026-11-26"}, (1, 2))
    assert stale_sources(b, "2026-11-26", "2026-11-25") == {1}
    assert stale_sources(b, "2026-11-26", "2026-11-25", updates=frozenset({1})) == frozenset()


KESSA_CLOSED = """\
    Orvik shuts Kessa border bridge after shelling

    Orvik closed the Kessa border bridge over the Lenn river on Sunday night after shells fired
    in fighting near Tarvo landed on its bank, border officials said.

    About 900 people crossed the Kessa bridge into Orvik before it closed, the Lenn district
    office said.

    Fighting between the army and Tarvo militias resumed on Saturday around the town of Tarvo.
    """
KESSA_REOPENED = """\
    Kessa border bridge reopens as fighting near Tarvo eases

    The Kessa border bridge over the Lenn river reopened to people and goods on Monday after
    fighting near Tarvo eased, the Lenn district office said.

    Most of the 900 people who crossed into Orvik at Kessa returned home, border officials said.
    """
KESSA_STRAGGLER = """\
    Orvik closes Kessa crossing as shells land near Lenn river

    Orvik shut its Kessa border bridge on Sunday night after shells from the fighting near Tarvo
    landed on the bank of the Lenn river, officials said.

    "Nobody should travel to Kessa until further notice," the Lenn district chief said.
    """


def test_a_stragglers_story_its_reader_was_told_a_later_day_of_tells_nothing(
    tmp_path: Path, plain_server: Server
) -> None:
    """r65 F1: a report of day 1 that arrives on day 3, after day 2's brief told its
    story's later news (the bridge reopened), is overtaken: its story is one line under
    "Also in the inbox" ("developing since ..., nothing new"), not a story with its stale
    headline and "Nobody should travel" as bullets. A straggler of day 2, no older than
    what its reader was told, still tells its part."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["json"]')
    inbox = tmp_path / "inbox"
    day2, day3 = TOMORROW, TOMORROW + (TOMORROW - NOW)
    (inbox / "a.txt").write_text(dated(TODAY, KESSA_CLOSED), encoding="utf-8")
    run(cfg.load(path))
    (inbox / "b.txt").write_text(dated(str(day2.date()), KESSA_REOPENED), encoding="utf-8")
    run(cfg.load(path), now=day2)
    (inbox / "late.txt").write_text(dated(TODAY, KESSA_STRAGGLER), encoding="utf-8")
    (inbox / "other.txt").write_text(dated(str(day3.date()), BORDER), encoding="utf-8")
    report = run(cfg.load(path), now=day3)
    assert report.briefing is not None
    names = {s.number: Path(s.path).name for s in report.briefing.sources}
    (late,) = [s for s in report.briefing.stories if names[s.sources[0]] == "late.txt"]
    assert late.status == "developing" and late.bullets == ()
    quoted = [q.text for q in report.briefing.quotes]
    assert not any("Nobody should travel" in text for text in quoted), quoted
    assert any(b for s in report.briefing.stories if s is not late for b in s.bullets)


def test_a_straggler_no_older_than_what_its_reader_was_told_still_tells_its_part(
    tmp_path: Path, plain_server: Server
) -> None:
    """The remembered story was last told from a report of day 1: a report of day 1 that
    arrives on day 3 is not overtaken by it, and tells its part."""
    path = write_config(tmp_path, mail=mail_table(plain_server.port), daily='formats = ["json"]')
    inbox = tmp_path / "inbox"
    (inbox / "a.txt").write_text(dated(TODAY, KESSA_CLOSED), encoding="utf-8")
    run(cfg.load(path))
    (inbox / "late.txt").write_text(dated(TODAY, KESSA_STRAGGLER), encoding="utf-8")
    (inbox / "other.txt").write_text(dated(str(TOMORROW.date()), BORDER), encoding="utf-8")
    report = run(cfg.load(path), now=TOMORROW + (TOMORROW - NOW))
    assert report.briefing is not None
    names = {s.number: Path(s.path).name for s in report.briefing.sources}
    (late,) = [s for s in report.briefing.stories if names[s.sources[0]] == "late.txt"]
    assert late.bullets


def test_a_report_its_feed_listed_only_after_the_last_brief_is_news_since() -> None:
    """A report dated the last brief's day that its feed did not list yet when the run of
    that brief read it was published after that brief: news since, though a later report
    of its story is in the brief (r77 F13: an afternoon ruling, first fetched the next
    morning, had been held back behind that morning's notice). One dated before that day
    is older than it however it came."""
    b = briefing({1: "2026-11-25", 2: "2026-11-26", 3: "2026-11-24"}, (1, 2, 3))
    assert stale_sources(b, "2026-11-26", "2026-11-25") == {1, 3}
    after = frozenset({1, 3})
    assert stale_sources(b, "2026-11-26", "2026-11-25", published_after=after) == {3}


def test_fetched_after_names_items_a_feed_read_before_did_not_list(tmp_path: Path) -> None:
    from brief.collect import fetched_after

    state = tmp_path / "state" / "feeds"
    state.mkdir(parents=True)
    lines = [
        ("2026-11-25T06:00:00+00:00", "old.txt", "http://x.example/a.xml"),
        ("2026-11-26T06:00:00+00:00", "late.txt", "http://x.example/a.xml"),
        # a feed first read this morning: when its items were published is not known
        ("2026-11-26T06:00:00+00:00", "new-feed.txt", "http://y.example/b.xml"),
    ]
    (state / "seen.jsonl").write_text(
        "".join(
            json.dumps({"at": at, "file": name, "keys": [f"guid {feed} {name}"]}) + "\n"
            for at, name, feed in lines
        )
        + '{"at": "2026-11-26T06:00:00+00:00", "file": "url-only.txt", "keys": ["url u"]}\n',
        encoding="utf-8",
    )

    class Daily:
        def require_daily(self) -> object:
            return dataclasses.make_dataclass("D", ["state"])(tmp_path / "state")

        feeds = ("a",)

    assert fetched_after(Daily(), "2026-11-25T06:00:00+00:00") == {"late.txt"}  # type: ignore[arg-type]
    assert fetched_after(Daily(), "not a time") == frozenset()  # type: ignore[arg-type]
