"""A large story's bullets make room for one sentence that reaches further into the
profile: another of its sections, or a watched term no bullet names (pipeline.drafts
`_reaching_the_profile`; r46 H7). Every text here is invented."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path

from brief.options import Options
from brief.pipeline import build

NOW = datetime(2027, 3, 4, 9, 0, tzinfo=UTC)

PROFILE = """\
    name = "relief"
    title = "Relief brief"
    min_score = 1.0
    watch = ["Tessa valley", "Varn"]

    [[sections]]
    key = "impact"
    title = "Impact"
    [sections.cues]
    killed = 2.5
    dead = 2.5
    flood = 2
    floods = 2
    affected = 2
    displaced = 2
    sheltering = 2
    """
FUNDING = """
    [[sections]]
    key = "funding"
    title = "Funding"
    [sections.cues]
    appeal = 3
    donors = 3
    funding = 3
    """
REPORTS = {
    "wire.txt": """\
        Floods kill 31 in the Tessa valley

        Floods in the Tessa valley of northern Arland have killed 31 people, the civil
        protection agency said on Thursday.

        The civil protection agency said 85,000 people had been affected by the floods in the
        Tessa valley and 9,400 were displaced.

        The floods in the Tessa valley have displaced 9,400 people, who are sheltering in 40
        schools, the civil protection agency said.

        The Tessa river burst its banks after four days of rain.

        The army sent 30 boats to the Tessa valley to rescue families from their roofs.

        The main road from Varn to Olen was closed by the water on Wednesday.

        Power was cut in Olen and in the villages of the lower Tessa valley.
        """,
    "paper.txt": """\
        Tessa valley flood toll rises to 31

        The death toll from the floods in the Tessa valley rose to 31 on Thursday, the civil
        protection agency said.

        About 85,000 people have been affected by the floods and 9,400 are displaced, the
        civil protection agency said.

        The displaced are sheltering in 40 schools across the Tessa valley.

        The Tessa river burst its banks after four days of rain, the civil protection agency
        said.

        Soldiers in 30 army boats rescued families stranded on roofs, the defence ministry
        said.

        Water closed the main road between Varn and Olen on Wednesday, police said.

        Olen and the lower valley's villages have had no power since the river rose.

        Aid agencies launched an appeal to donors for $12 million on Thursday to feed the 9,400
        people displaced by the floods in the Tessa valley.
        """,
    "radio.txt": """\
        Thirty-one dead as floods swamp the Tessa valley

        Thirty-one people have been killed by the floods in the Tessa valley, the civil
        protection agency said on Thursday.

        The floods have affected 85,000 people in the Tessa valley, the agency said, and
        9,400 people are displaced.

        The Tessa river burst its banks after four days of rain, and more rain is forecast.

        The displaced are sheltering in 40 schools, the civil protection agency said.

        Thirty army boats were sent to lift families off their roofs in the valley.

        Police closed the Varn-Olen main road on Wednesday as water covered it.

        Electricity was cut in Olen, residents said, and in villages downstream.
        """,
}


def _inputs(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in REPORTS.items():
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        paths.append(str(path))
    return paths


def _bullets(tmp_path: Path, profile: str) -> list[str]:
    briefing = build(_inputs(tmp_path), Options(profile=profile, now=NOW))
    (story,) = briefing.stories
    assert len(story.bullets) >= 3
    return [b.text for b in story.bullets]


def test_a_large_storys_appeal_takes_a_restatements_place(tmp_path: Path) -> None:
    profile = tmp_path / "relief.toml"
    profile.write_text(textwrap.dedent(PROFILE + FUNDING), encoding="utf-8")
    told = _bullets(tmp_path, str(profile))
    assert any("appeal to donors" in text for text in told)
    assert "killed" in told[0]  # the lead keeps its place


def test_without_the_section_or_the_watched_term_nothing_makes_room(tmp_path: Path) -> None:
    profile = tmp_path / "plain.toml"
    text = textwrap.dedent(PROFILE).replace('watch = ["Tessa valley", "Varn"]', "watch = []")
    profile.write_text(text, encoding="utf-8")
    told = _bullets(tmp_path, str(profile))
    assert not any("appeal to donors" in text for text in told)
