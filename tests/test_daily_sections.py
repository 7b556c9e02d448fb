"""A developing story keeps the section its reader met it in (brief.daily.novelty)."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path

from brief import config as cfg
from brief.daily import state as saved
from brief.daily.novelty import section_moves
from brief.daily.state import State
from brief.models import Briefing, Story, text_key
from tests.smtp_fixtures import write_config
from tests.test_daily import (
    BORDER,
    BORDER_FOLLOW_UP,
    GRAIN,
    NOW,
    OIL,
    TOMORROW,
    articles,
    briefing_of,
    remember,
    run,
    with_stories,
)


def placed(b: Briefing, **sections: str) -> Briefing:
    """The stories in the sections (and so relevant) the profile would have put them."""
    stories = []
    for story in b.stories:
        section = sections.get(story.id, "other")
        bullets = tuple(dataclasses.replace(x, section=section) for x in story.bullets)
        relevant = section != "other"
        stories.append(
            dataclasses.replace(story, section=section, relevant=relevant, bullets=bullets)
        )
    return dataclasses.replace(b, stories=tuple(stories))


def test_a_developing_story_nothing_places_today_keeps_its_section(tmp_path: Path) -> None:
    day1 = placed(
        with_stories(
            briefing_of(tmp_path, **{"a.txt": BORDER, "b.txt": OIL}),
            ("s-border", "Troops at the border", (1,)),
            ("s-oil", "Oil", (2,)),
        ),
        **{"s-border": "military", "s-oil": "economy"},
    )
    _, state = remember(day1, State(), "2026-11-24")
    assert state.stories["s-border"].section == "military"
    day2 = placed(  # nothing places either story today
        with_stories(
            briefing_of(tmp_path, **{"c.txt": BORDER_FOLLOW_UP, "d.txt": GRAIN}),
            ("fresh-1", "Border talks resume", (1,)),
            ("fresh-2", "Grain ships sail", (2,)),
        )
    )
    marked, state = remember(day2, state, "2026-11-25")
    border = next(s for s in marked.stories if s.id == "s-border")
    assert border.status == "developing" and border.section == "military" and border.relevant
    assert {x.section for x in border.bullets} == {"military"}
    shown = {s.key: s.bullets for s in marked.sections}
    assert shown["military"] == border.bullets
    assert state.stories["s-border"].section == "military"
    assert marked.stories[0].id == "s-border"  # the only story in the profile leads


def test_a_developing_story_moves_when_today_weighs_clearly_elsewhere(tmp_path: Path) -> None:
    """Today's news of it (a sentence sent before is no news of the day) weighs for
    Economy, not Military."""
    oil = OIL + "\n    Oil exports rose and fuel prices fell as refiners bought more crude.\n"
    day1 = placed(
        with_stories(briefing_of(tmp_path, **{"a.txt": OIL}), ("s-oil", "Oil", (1,))),
        **{"s-oil": "military"},
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = placed(
        with_stories(
            briefing_of(tmp_path, **{"b.txt": oil, "c.txt": GRAIN}),
            ("fresh", "Oil", (1,)),
            ("grain", "Grain", (2,)),
        ),
        fresh="economy",
    )
    marked, state = remember(day2, state, "2026-11-25")
    oil = next(s for s in marked.stories if s.id == "s-oil")
    assert oil.section == "economy"
    assert state.stories["s-oil"].section == "economy"


def test_a_state_file_without_story_sections_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    story = {"id": "s1", "title": "T", "first_seen": "2026-11-24", "last_seen": "2026-11-24"}
    doc = {"version": 2, "briefs": {}, "stories": {"s1": story}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert saved.load(path).stories["s1"].section == ""


def test_a_lone_developing_story_left_out_today_keeps_its_section(tmp_path: Path) -> None:
    """One story keeps the single layout: its catch-all sentences go to the kept section."""
    day1 = placed(
        with_stories(briefing_of(tmp_path, **{"a.txt": BORDER}), ("s-border", "Border", (1,))),
        **{"s-border": "military"},
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = placed(
        with_stories(briefing_of(tmp_path, **{"c.txt": BORDER_FOLLOW_UP}), ("fresh", "Talks", (1,)))
    )
    before = {s.key: len(s.bullets) for s in day2.sections}
    marked, _ = remember(day2, state, "2026-11-25")
    after = {s.key: len(s.bullets) for s in marked.sections}
    assert marked.stories[0].section == "military" and marked.stories[0].relevant
    assert before["other"] > 0 and after["other"] == 0
    assert after["military"] == before["military"] + before["other"]
    assert all(b.section != "other" for b in marked.summary)


def test_a_story_joining_two_remembered_ones_is_as_old_as_the_older(tmp_path: Path) -> None:
    """r44 H1: a cyclone's third day joined the access row and the minister's dismissal of
    the second, each remembered as its own story; it took the id of the dismissal (first
    briefed on day 2), was called "developing since" day 2 though its reader met the
    cyclone on day 1, and was moved to the dismissal's section. It is as old as the
    oldest story it continues, and goes where today's reports place it when those were
    shown in two sections."""
    oil = OIL + "\n    Brent crude closed at 91 dollars a barrel in London.\n"
    talks = """\
    Border talks stall again

    Talks between the two governments stalled in Geneva.

    Negotiators returned to Geneva on Tuesday after troops pulled back from the northern border.
    """
    day1 = placed(
        with_stories(briefing_of(tmp_path, **{"a.txt": BORDER}), ("s-border", "Troops", (1,))),
        **{"s-border": "military"},
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = placed(
        with_stories(
            briefing_of(tmp_path, **{"b.txt": BORDER_FOLLOW_UP, "c.txt": oil}),
            ("talks", "Border talks resume", (1,)),
            ("s-oil", "Oil", (2,)),
        ),
        talks="military",
        **{"s-oil": "economy"},
    )
    _, state = remember(day2, state, "2026-11-25")
    assert state.stories["s-oil"].first_seen == "2026-11-25"
    day3 = placed(
        with_stories(
            briefing_of(tmp_path, **{"d.txt": talks, "e.txt": oil}),
            ("both", "Border talks and oil", (1, 2)),
        ),
        both="diplomacy",
    )
    marked, state = remember(day3, state, "2026-11-26")
    story = marked.stories[0]
    assert story.id == "s-oil"  # the id of the strongest match
    assert story.status == "developing" and story.since == "2026-11-24"
    assert story.section == "diplomacy"
    assert state.stories[story.id].first_seen == "2026-11-24"


def test_a_story_another_took_lends_no_first_day(tmp_path: Path) -> None:
    """r47 M3: a story that also touches a remembered story which another of today's
    stories continues is not as old as that one: its since is its own story's first day
    (a minister confirmed on day 2 had been "developing since" day 1, the troop story's
    day, for sharing his name with it)."""
    oil = OIL + "\n    Brent crude closed at 91 dollars a barrel in London.\n"
    talks = """\
    Border talks stall again

    Talks between the two governments stalled in Geneva.

    Negotiators returned to Geneva on Tuesday after troops pulled back from the northern border.
    """
    troops = """\
    Troops stay at the border

    Troops massed at the northern border on Monday, the defence ministry said.

    The ministry said the troops would stay through the winter.
    """
    day1 = placed(
        with_stories(briefing_of(tmp_path, **{"a.txt": BORDER}), ("s-border", "Troops", (1,))),
        **{"s-border": "military"},
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = placed(
        with_stories(
            briefing_of(tmp_path, **{"b.txt": BORDER_FOLLOW_UP, "c.txt": oil}),
            ("talks", "Border talks resume", (1,)),
            ("s-oil", "Oil", (2,)),
        ),
        talks="military",
        **{"s-oil": "economy"},
    )
    _, state = remember(day2, state, "2026-11-25")
    day3 = placed(
        with_stories(
            briefing_of(tmp_path, **{"d.txt": talks, "e.txt": oil, "f.txt": troops}),
            ("both", "Border talks and oil", (1, 2)),
            ("border", "Troops stay", (3,)),
        ),
        both="diplomacy",
        border="military",
    )
    marked, state = remember(day3, state, "2026-11-26")
    by_id = {story.id: story for story in marked.stories}
    assert by_id["s-border"].since == "2026-11-24"
    assert by_id["s-oil"].status == "developing" and by_id["s-oil"].since == "2026-11-25"
    assert state.stories["s-oil"].first_seen == "2026-11-25"


def _scored(b: Briefing, scores: dict[str, dict[str, float]]) -> Briefing:
    """The briefing with its sentences' section cues set by the sentence's first words."""
    sentences = []
    for record in b.sentences:
        found = next((v for k, v in scores.items() if record.text.startswith(k)), {})
        sentences.append(dataclasses.replace(record, section_scores=found))
    return dataclasses.replace(b, sentences=tuple(sentences))


def test_a_developing_storys_day_weighs_its_news_not_its_background(tmp_path: Path) -> None:
    """r51 M1: a strike's second day (the toll rising, a count corrected) moved from
    Military to Economy because both of its reports repeated the port's background line,
    sent the day before and cued for Economy. A line sent before is no news of the day,
    and a line two reports repeat is one line."""
    background = "The harbour handles most of the grain the country exports to world markets."
    toll = f"""\
    Harbour strike toll rises

    The toll from the missile strike on the harbour rose to five on Tuesday.

    {background}
    """
    count = f"""\
    Harbour corrects count of wounded

    The harbour authority said on Tuesday that eight people were wounded in the strike.

    {background}
    """
    b = briefing_of(tmp_path, **{"a.txt": toll, "b.txt": count})
    b = _scored(
        b,
        {
            "The toll": {"military": 2.0},
            "The harbour authority": {"military": 2.0},
            "The harbour handles": {"economy": 4.0, "military": -3.0},
        },
    )
    story = dataclasses.replace(
        with_stories(b, ("s", "Harbour strike toll rises", (1, 2))).stories[0],
        section="economy",
        relevant=True,
    )
    sent = frozenset({text_key(background)})
    assert section_moves.section_weights(b, story) == {"military": 1.0, "economy": 4.0}
    assert section_moves.keep_section(b, story, "military", sent).section == "military"
    assert section_moves.keep_section(b, story, "military").section == "economy"


STRIKE = """\
    Missiles hit Varna port

    Missiles struck the port of Varna on Thursday, killing four dock workers, the governor said.

    The governor said air defence units shot down two of the six missiles.
    """
STRIKE_LIVE = """\
    Live: strike on Varna port

    Rescuers searched the rubble of a warehouse at the port of Varna for survivors.

    Volunteers brought blankets and hot meals to families waiting at the port gates.
    """
STRIKE_TOLL = """\
    Varna toll rises

    The governor said air defence units shot down two of the six missiles.

    Rescuers searched the rubble of a warehouse at the port of Varna for survivors.

    Air defence units shot down three attack drones over the Varna naval base on Friday night.

    The army said the missile strike was launched from warships in the Black Sea.

    The port's grain terminal will resume loading on Monday, its operator said.
    """


def test_a_story_met_in_two_sections_keeps_the_one_today_weighs_most(tmp_path: Path) -> None:
    """r54: one strike's wire was shown under Military and its live blog under
    Humanitarian; the next day's report, continuing both, went where the day's ranking
    placed it (Economy, for its port's grain terminal) though its day's sentences weighed
    most for Military. Of the sections its reader met it in, it keeps the heaviest today,
    and moves only as keep_section allows."""
    day1 = placed(
        with_stories(
            briefing_of(tmp_path, **{"a.txt": STRIKE, "b.txt": STRIKE_LIVE}),
            ("s-strike", "Missiles hit Varna port", (1,)),
            ("s-live", "Live: strike on Varna port", (2,)),
        ),
        **{"s-strike": "military", "s-live": "humanitarian"},
    )
    _, state = remember(day1, State(), "2026-11-24")
    day2 = placed(
        with_stories(briefing_of(tmp_path, **{"c.txt": STRIKE_TOLL}), ("toll", "Toll", (1,))),
        toll="economy",
    )
    story = day2.stories[0]
    weights = section_moves.section_weights(day2, story, state.sent_before("2026-11-25"))
    assert weights["military"] > max(weights["humanitarian"], weights["economy"] / 2)
    marked, state = remember(day2, state, "2026-11-25")
    [story] = marked.stories
    assert story.status == "developing" and story.section == "military"
    assert state.stories[story.id].section == "military"


# -- a strike that turns violent, over days of `brief daily` (r65 F14) -------------------------

DESK_PROFILE = """\
name = "desk"
title = "Port desk"
min_score = 1.0

[[sections]]
key = "unrest"
title = "Protests and strikes"
[sections.cues]
strike = 3
strikes = 3
walkout = 3
pickets = 2
union = 1

[[sections]]
key = "force"
title = "Force"
[sections.cues]
killed = 3
killing = 3
clashes = 2
"opened fire" = 3
torched = 2
gunmen = 3
troops = 2
wounded = 2
"""
STRIKE_DAY1 = """\
    Varn dockers begin strike over pay

    Dockers at the port of Varn began a three-day strike on Monday over pay, the
    dockers' union said.

    Union leader Tomas Adler said the strike would go on until the port authority
    raised wages.

    Pickets blocked the main gate of the Varn port and no ships were unloaded.
    """
STRIKE_DAY2 = """\
    Two killed as Varn dock strike turns violent

    Two dockers were killed and dozens were wounded in clashes with police at the port
    of Varn on Tuesday.

    Police opened fire on dockers who had torched two lorries at the main gate, the
    port authority said.

    Troops were sent to guard the Varn port after the clashes, and union leader Tomas
    Adler said the dead men had been killed for asking for a fair wage.
    """
ATTACK_DAY2 = """\
    Gunmen kill four guards at Varn port

    Gunmen attacked the port of Varn overnight, killing four guards, the army said.

    Troops were sent to the Varn port, and soldiers opened fire on the gunmen as they fled.

    Tomas Adler of the dockers' union said two of the dead guards were his men.
    """


def _day(tmp_path: Path, config: cfg.Config, now: datetime, **texts: str) -> Story:
    """The one story in the profile of the day's `brief daily` run (fixed clock, the desk
    profile; a second story outside it makes the brief a digest, laid out by story)."""
    articles(tmp_path, **texts)
    report = run(config, now=now)
    assert report.briefing is not None
    (story,) = [s for s in report.briefing.stories if s.relevant]
    return story


def _desk(tmp_path: Path) -> cfg.Config:
    (tmp_path / "desk.toml").write_text(DESK_PROFILE, encoding="utf-8")
    return cfg.load(
        write_config(tmp_path, daily='formats = ["md", "json"]', brief='profile = "desk.toml"')
    )


def test_a_strike_told_with_its_dead_stays_under_strikes(tmp_path: Path) -> None:
    """The strike's second day is told with force words (killed, opened fire, torched)
    and weighs more than twice as much for Force, but its headline still names the
    strike: its reader finds it under Protests and strikes, where he met it (r65 F14: the
    hartal had gone to Military moves on its second day and back on its third)."""
    config = _desk(tmp_path)
    first = _day(tmp_path, config, NOW, **{"a.txt": STRIKE_DAY1, "c.txt": OIL})
    assert first.section == "unrest"
    second = _day(tmp_path, config, TOMORROW, **{"b.txt": STRIKE_DAY2, "d.txt": GRAIN})
    assert second.status == "developing" and second.id == first.id
    assert second.section == "unrest"
    doc = json.loads((tmp_path / "out" / f"brief-{TOMORROW.date()}.json").read_text())
    shown = {s["key"] for s in doc["sections"] if s["bullets"]}
    assert shown == {"unrest"}


def test_a_strike_that_became_an_armed_attack_moves(tmp_path: Path) -> None:
    """Today's reports lead with gunmen and troops, and no lead names the strike: they are
    decisively Force's, and the story goes there."""
    config = _desk(tmp_path)
    first = _day(tmp_path, config, NOW, **{"a.txt": STRIKE_DAY1})
    assert first.section == "unrest"
    second = _day(tmp_path, config, TOMORROW, **{"b.txt": ATTACK_DAY2})
    assert second.status == "developing" and second.id == first.id
    assert second.section == "force"
