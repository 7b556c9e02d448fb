"""How a story of a wire, an operator's releases and a notice is headed, led and dated
(r69: a war-risk desk's drone strike, headed by the manager's "statement on" and
"correction on" titles, led by a restating of a moved plan, an agency's letterhead taken
as its title, and a release's "today" printed as the brief's). Every text here is
invented: a ferry fire in a sound, a fisheries agency's copy."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.compose.titles import (
    SPEAKS_FOR_A_SIDE,
    STATES_EVENT,
    names_a_document,
    numbered_notice,
    report_stance,
)
from brief.ingest.files import make_source
from brief.ingest.layout import parse_text
from brief.models import Corpus, Document, Sentence, Source, StoryGroup
from brief.pipeline.superseded.states import moved_states
from brief.render.view import by_its_day

runner = CliRunner()

WIRE = (
    "Fire on ferry in Skarholm Sound injures two crew\n\n"
    "SKARHOLM, March 7, 2028 (Nordic Wire) - A fire broke out in the engine room of the"
    " passenger ferry Aurora Lind in the Skarholm Sound on Tuesday, injuring two crew"
    " members, the operator said.\n\n"
    "All 212 passengers were taken off by lifeboats and none was hurt, the coastguard said.\n\n"
    "The ferry was towed to Skarholm harbour in the afternoon.\n"
)
RELEASE = (
    "PRESS RELEASE\n\n"
    "Skarsund Line statement on MS Aurora Lind\n\n"
    "Skarsund Line | Bergvik | 7 March 2028\n\n"
    "Skarsund Line confirms that a fire broke out in the engine room of MS Aurora Lind at"
    " 0650 local time this morning during the crossing to Skarholm.\n\n"
    "Two crew members were treated for smoke inhalation and all passengers were brought"
    " ashore safely.\n\n"
    "Media contact: press@skarsund.example\n"
)
NOTICE = (
    "NOTICE 31/2028 // SKARHOLM SOUND // FERRY FIRE\n\n"
    "7 March 2028\n\n"
    "At 0650 local time a passenger ferry reported a fire in her engine room in the"
    " Skarholm Sound.\n\n"
    "Vessels are advised to keep clear of the towing operation off Skarholm.\n"
)
UPDATE = (
    "PRESS RELEASE\n\n"
    "Skarsund Line: update on MS Aurora Lind\n\n"
    "Skarsund Line | Bergvik | 8 March 2028\n\n"
    "The 34 crew of MS Aurora Lind will be flown home from Skarholm on Friday, Skarsund Line"
    " said on Wednesday.\n\n"
    "The ferry will stay in Skarholm harbour while the fire damage is surveyed.\n"
)
CORRECTION = (
    "PRESS RELEASE\n\n"
    "Skarsund Line: correction on MS Aurora Lind\n\n"
    "Skarsund Line | Bergvik | 9 March 2028\n\n"
    "In our update of 8 March we said the crew of MS Aurora Lind would be flown home on"
    " Friday. The crew will now fly home on Saturday, 11 March.\n\n"
    "The two injured crew members left hospital on Thursday.\n"
)


def _make(tmp_path: Path, texts: dict[str, str], when: str, out: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    target = tmp_path / out
    result = runner.invoke(
        app, ["make", str(folder), "-o", str(target)], env={"SOURCE_DATE_EPOCH": when}
    )
    assert result.exit_code == 0, result.output
    return target


DAY2_MORNING = "1836108000"  # 2028-03-08 06:00 UTC
DAY3_MORNING = "1836194400"  # 2028-03-09 06:00 UTC


def test_a_release_or_a_notice_that_names_its_document_heads_no_story_the_wire_tells() -> None:
    for title in (
        "Skarsund Line statement on MS Aurora Lind",
        "Skarsund Line: update on MS Aurora Lind",
        "Skarsund Line: correction on MS Aurora Lind",
    ):
        assert names_a_document(title), title
        assert report_stance(title) == SPEAKS_FOR_A_SIDE, title
    for title in (
        "NOTICE 31/2028 // SKARHOLM SOUND // FERRY FIRE",
        "Harbour Notice 7/2028: Quay 4 shut",
    ):
        assert numbered_notice(title), title
        assert report_stance(title) == SPEAKS_FOR_A_SIDE, title
    # a headline with a verb tells its news, whatever its copy noun or number
    for title in (
        "Skarsund Line: MS Aurora Lind crew to fly home",
        "Fire on ferry in Skarholm Sound injures two crew",
        "Ferrymen posted on Skarholm Quay",
        "Update 3: Ferry fire toll rises to two",
        "Covid-19: cases rise in Bergvik",
    ):
        assert not names_a_document(title), title
        assert not numbered_notice(title), title
        assert report_stance(title) == STATES_EVENT, title


def test_the_wires_headline_heads_a_story_of_wire_release_and_notice(tmp_path: Path) -> None:
    texts = {"wire.txt": WIRE, "release.txt": RELEASE, "notice.txt": NOTICE}
    out = _make(tmp_path, texts, DAY2_MORNING, "day1.json")
    brief = json.loads(out.read_text(encoding="utf-8"))
    titles = [story["title"] for story in brief["stories"]]
    assert titles[0] == "Fire on ferry in Skarholm Sound injures two crew", titles


def test_a_moved_plan_and_its_restating_are_no_bullet_row_or_lead(tmp_path: Path) -> None:
    texts = {
        "wire.txt": WIRE,
        "release.txt": RELEASE,
        "notice.txt": NOTICE,
        "update.txt": UPDATE,
        "correction.txt": CORRECTION,
    }
    out = _make(tmp_path, texts, DAY3_MORNING, "all.json")
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert brief["stories"][0]["title"] == "Fire on ferry in Skarholm Sound injures two crew"
    bullets = [b["text"] for s in brief["sections"] for b in s["bullets"]]
    lines = [*bullets, *(e["text"] for e in brief["timeline"])]
    if brief["bottom_line"]:
        lines.append(brief["bottom_line"]["text"])
    assert not any("Friday" in line or "In our update" in line for line in lines), lines
    assert not any("34 crew" in figure["text"] for figure in brief["figures"])
    # the new day stands
    assert any("Saturday, 11 March" in e["text"] for e in brief["timeline"])


def _sentences(*articles: tuple[int, str, list[str]]) -> tuple[Corpus, list[Sentence]]:
    unique = [
        Sentence(text, number, index, index)
        for number, _day, texts in articles
        for index, text in enumerate(texts, start=1)
    ]
    documents = tuple(
        Document(Source(number, f"{number}.txt", f"{number}.txt", "0" * 64, 1, date=day), None, ())
        for number, day, _texts in articles
    )
    return Corpus(documents, tuple(unique)), unique


def test_only_a_restating_that_a_later_sentence_replaces_moves_a_plan() -> None:
    plan = (
        1,
        "2028-05-02",
        ["The Olen bridge will reopen to lorries on Friday, the council said."],
    )
    moved = (
        2,
        "2028-05-03",
        [
            "In yesterday's notice we said the Olen bridge would reopen to lorries on Friday.",
            "The bridge will now reopen on Monday, 8 May.",
        ],
    )
    corpus, unique = _sentences(plan, moved)
    assert moved_states(corpus, unique, [StoryGroup((1, 2))]) == {0, 1}
    # a release's own word, or an earlier version's, restated in other forms
    for restating in (
        "Our notice of 2 May said the Olen bridge would reopen to lorries on Friday.",
        "An earlier version of this story said the Olen bridge would reopen to lorries on Friday.",
    ):
        corpus, unique = _sentences(plan, (2, "2028-05-03", [restating, moved[2][1]]))
        assert moved_states(corpus, unique, [StoryGroup((1, 2))]) == {0, 1}, restating
    # another story's plan stays, and so does a plan of another thing
    assert not moved_states(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])
    other = (1, "2028-05-02", ["The Varn ferry will resume on Friday, the council said."])
    corpus, unique = _sentences(other, moved)
    assert moved_states(corpus, unique, [StoryGroup((1, 2))]) == {1}
    # a third party's saying is reported, not restated; a restating nothing replaces stays
    for restating in (
        ["The council said the Olen bridge would reopen to lorries on Friday.", moved[2][1]],
        [moved[2][0], "Lorries queued at the Olen bridge on Monday."],
    ):
        corpus, unique = _sentences(plan, (2, "2028-05-03", restating))
        assert not moved_states(corpus, unique, [StoryGroup((1, 2))]), restating


AGENCY = (
    "Varnish Fisheries Press Agency (VFPA)\n\n"
    "Trawler crews protest new quota cuts in Olsund\n\n"
    "OLSUND, 4 March (VFPA) - Crews of about 40 trawlers blocked the harbour of Olsund on"
    " Monday to protest against the new cod quota.\n\n"
    "The fisheries ministry said the quota would not be reviewed before June.\n"
)


@pytest.mark.parametrize(
    ("today", "dated"),
    [(date(2028, 3, 6), "2028-03-04"), (None, None), (date(2028, 7, 1), None)],
)
def test_an_agencys_letterhead_is_no_title_and_its_dateline_dates_it(
    today: date | None, dated: str | None
) -> None:
    """A day without its year is this year's where it is recent; read months later, or
    with no day it is read, it stays undated (a wrong day does more harm than none)."""
    doc = parse_text(AGENCY, make_source("vfpa.txt", 1, AGENCY.encode()), today=today)
    assert doc.title == "Trawler crews protest new quota cuts in Olsund"
    assert doc.date == dated
    assert doc.blocks[0].text.startswith("Crews of about 40 trawlers")


def test_a_bullet_of_an_earlier_day_that_dates_by_its_day_carries_that_day(
    tmp_path: Path,
) -> None:
    out = _make(tmp_path, {"release.txt": RELEASE}, DAY2_MORNING, "release.md")
    text = out.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if "this morning" in line)
    assert line.endswith("· 7 Mar"), line
    # read the day it was written, it is that day's
    same_day = _make(tmp_path, {"release.txt": RELEASE}, "1836072000", "same.md")  # 7 March, 20:00
    assert "· 7 Mar" not in same_day.read_text(encoding="utf-8")
    assert by_its_day("at 0650 local time today") and by_its_day("killed yesterday")
    assert not by_its_day("on Tuesday, 7 March") and not by_its_day("Todays menu")
    # a time from another event is no day of writing (review)
    assert not by_its_day("a drone circled the ferry hours earlier")


def test_only_a_writers_own_copy_restated_and_moved_in_its_slot_is_a_move() -> None:
    """Review: "Our correspondent reported ..." is news, not the writer restating its
    copy, and a state in another slot ("now stands at 3" after "on Friday") moves no
    plan; "Our notice of 2 May said ... on Monday" then "... now sail on Wednesday" does."""
    from brief.pipeline.superseded.states import _moved

    flown = "the 34 crew would be flown home from Skarholm on Friday."
    assert (
        _moved(
            f"Our correspondent in Skarholm reported that {flown}",
            "The ferry will now sail on Sunday.",
        )
        is None
    )
    assert (
        _moved(f"In our statement we said {flown}", "The number of injured crew now stands at 3.")
        is None
    )
    moved = _moved(
        "Our notice of 2 May said the ferry would sail on Monday.",
        "The ferry will now sail on Wednesday.",
    )
    assert moved is not None and moved.old == {"Monday"}


def test_a_bullet_that_names_its_own_day_carries_no_report_day(tmp_path: Path) -> None:
    """Review: "... on Monday, 6 March, hours earlier ..." dates itself: no " · 7 Mar"
    beside it, though its report is of an earlier day than the brief's."""
    text = RELEASE.replace(
        "Two crew members",
        "A drone had circled the ship on Monday, 6 March, hours earlier than the fire, the"
        " master said.\n\nTwo crew members",
    )
    out = _make(tmp_path, {"release.txt": text}, DAY2_MORNING, "release.md")
    lines = [line for line in out.read_text(encoding="utf-8").splitlines() if "6 March" in line]
    assert lines and not any(line.endswith("· 7 Mar") for line in lines), lines


def test_a_restating_is_told_by_words_tomls_restating_verbs() -> None:
    """The verbs of a restating are data (restating_verbs): a correction's "wrote" and
    "indicated" restate as "said" does; "told" puts its hearer before what was said."""
    from brief.extract.lexicon import words
    from brief.pipeline.superseded.states import _moved

    assert "indicated" in words()["restating_verbs"]
    for verb in ("wrote", "indicated", "had announced"):
        moved = _moved(
            f"An earlier version of this story {verb} that the Tarn ferry would sail on Monday.",
            "The ferry will now sail on Wednesday.",
        )
        assert moved is not None and moved.old == {"Monday"}, verb
    told = _moved(
        "In our notice we told readers the Tarn ferry would sail on Monday.",
        "The ferry will now sail on Wednesday.",
    )
    assert told is None


def test_a_writers_restated_count_that_its_next_sentence_corrects_is_withdrawn() -> None:
    # the writer restates its own earlier count, then names the right figure: the restating
    # is no bullet, row or figure, in a report of its own or beside another of its story
    told = (
        1,
        "2029-09-04",
        ["Forty passengers were stranded at the Varn ferry pier on Monday, officials said."],
    )
    for restating in (
        "In Bulletin 12 we said 40 passengers were stranded at the pier on 3 September.",
        "The number of passengers stranded on 3 September was previously given as 40.",
        "Our bulletin of 3 September reported 40 passengers stranded at the pier.",
    ):
        correcting = (
            2,
            "2029-09-04",
            [restating, "The correct figure for 3 September was 34; six were crew."],
        )
        corpus, unique = _sentences(told, correcting)
        assert moved_states(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))]) == {1}, restating
    # a restating the next sentence does not correct stays, and so does a "correct" figure
    # that gives the same count again
    for after in (
        "The ferry resumed on 4 September.",
        "The correct figure for 3 September was 40.",
    ):
        corpus, unique = _sentences(
            told, (2, "2029-09-04", ["In Bulletin 12 we said 40 passengers were stranded.", after])
        )
        assert not moved_states(corpus, unique, [StoryGroup((1, 2))]), after
    # a third party's count, restated by the reporter, is a report, not the writer's own
    corpus, unique = _sentences(
        told,
        (
            2,
            "2029-09-04",
            ["The council said 40 passengers were stranded.", "The correct figure was 34."],
        ),
    )
    assert not moved_states(corpus, unique, [StoryGroup((1,)), StoryGroup((2,))])
