from __future__ import annotations

from pathlib import Path

import pytest

from brief.classify import OTHER, classify
from brief.errors import ConfigError
from brief.profiles import PROFILES, describe_profiles, load_profile


def test_packaged_profiles_load_and_describe_themselves() -> None:
    assert {"geopolitics", "markets"} <= set(PROFILES)
    descriptions = describe_profiles()
    for name in PROFILES:
        profile = load_profile(name)
        assert profile.sections and descriptions[name]
    geo = load_profile("geopolitics")
    # a markets brief's key figures give its prices and money first; a crisis's, its tolls
    assert load_profile("markets").figure_kinds == ("money", "percent")
    assert geo.figure_kinds == ()
    assert [s.key for s in geo.sections][:2] == ["military", "diplomacy"]
    assert geo.section("military") is not None and geo.section("military").title == "Military moves"


def test_markets_profile_sections_are_data() -> None:
    markets = load_profile("markets")
    result = classify(
        "Shares of the bank slumped 8 percent as investors fled the stock market.", markets
    )
    assert result.section == "markets"
    result = classify("The company agreed a takeover of its rival in a $4 billion deal.", markets)
    assert result.section == "deals"


USER_PROFILE = """
name = "my-desk"
description = "Only what I read"

[[sections]]
key = "talks"
title = "Talks first"
budget = 2
cues = ["talks", "negotiations", "summit"]

[[sections]]
key = "force"
title = "Force"
budget = 3
[sections.cues]
attack = 2
"air strike" = 3
"""


def test_user_profile_adds_drops_and_reorders_sections(tmp_path: Path) -> None:
    path = tmp_path / "desk.toml"
    path.write_text(USER_PROFILE, encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.name == "my-desk"
    assert [(s.key, s.title, s.budget) for s in profile.sections] == [
        ("talks", "Talks first", 2),
        ("force", "Force", 3),
    ]
    assert classify("The summit opened in Geneva.", profile).section == "talks"
    assert classify("An air strike hit the depot.", profile).section == "force"
    assert classify("The weather was mild.", profile).section == OTHER


FORCE, TALKS = 'sections #2 (key = "force")', 'sections #1 (key = "talks")'


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (("budget = 3", "budget = 0"), FORCE + ".budget"),
        (("budget = 3", 'budget = "three"'), FORCE + ".budget"),
        (('title = "Force"', 'titel = "Force"'), FORCE + ".titel"),
        (('key = "force"', 'key = "talks"'), 'sections #2 (key = "talks").key'),
        (('key = "force"', 'key = "Force!"'), 'sections #2 (key = "Force!").key'),
        (("attack = 2", 'attack = "high"'), FORCE + ".cues.attack"),
        (('name = "my-desk"', 'nmae = "my-desk"'), "nmae"),
        (("budget = 2", 'budget = 2\nparticipants = ["clergy"]'), TALKS + ".participants"),
        (("budget = 2", 'budget = 2\nparticipants = "country"'), TALKS + ".participants"),
        (('name = "my-desk"', 'name = "my-desk"\nfigure_kinds = ["prices"]'), "figure_kinds"),
        (('"air strike" = 3', '"air strike" = 3\n[actors]\ncountry = ["state"]'), "actors.country"),
        (
            ('description = "Only', 'actors = {official = "minister"}\ndescription = "Only'),
            "actors.official",
        ),
    ],
)
def test_profile_errors_name_the_file_and_the_key(
    tmp_path: Path, edit: tuple[str, str], key: str
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(USER_PROFILE.replace(*edit), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(str(path))
    assert info.value.path == str(path)
    assert info.value.message.startswith(key + ":")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (('"negotiations", ', '"negotiations", "", '), "cues: expected a list of phrases: item 3"),
        (('"negotiations", ', '"negotiations", 4, '), "item 3 is a whole number"),
        (('key = "force"', 'key = "talks"'), "duplicate section key 'talks': sections #1 has it"),
        (('key = "talks"\n', ""), "sections #1.key: is required"),
        (('cues = ["talks", "negotiations", "summit"]', "cues = []"), "holds no cues"),
    ],
)
def test_profile_errors_say_what_the_writer_wrote_and_what_is_wrong(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    """Sections are counted as their writer counts them, from 1, and named by their key;
    a list's bad item by its place in the list."""
    path = tmp_path / "broken.toml"
    path.write_text(USER_PROFILE.replace(*edit, 1), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(str(path))
    assert message in info.value.message


def test_invalid_toml_and_missing_sections(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[sections]\nkey=", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_profile(str(bad))
    empty = tmp_path / "empty.toml"
    empty.write_text('name = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="sections"):
        load_profile(str(empty))


def test_unknown_profile_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError) as info:
        load_profile("geopolitcs")
    assert "geopolitics" in info.value.message and "markets" in info.value.message


def test_missing_profile_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_profile(str(tmp_path / "nope.toml"))


def test_sections_name_the_actors_their_events_need(tmp_path: Path) -> None:
    """A kind of actor is the gazetteer's or one the profile names by its words."""
    path = tmp_path / "desk.toml"
    text = USER_PROFILE.replace(
        'description = "Only what I read"',
        'description = "Only what I read"\n[actors]\nenvoys = ["envoy", "Foreign Office"]',
    ).replace("budget = 2", 'budget = 2\nparticipants = ["envoys", "country"]')
    path.write_text(text, encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.actors == (("envoys", ("envoy", "Foreign Office")),)
    assert profile.sections[0].participants == ("envoys", "country")
    assert classify("The envoys opened talks.", profile).section == "talks"
    assert classify("France opened talks.", profile).section == "talks"
    assert classify("The two clubs opened talks.", profile).section == OTHER


def test_a_cue_may_count_only_with_a_kind_of_actor(tmp_path: Path) -> None:
    """`actor_cues`: "on standby" is readiness of force when troops are on it."""
    path = tmp_path / "desk.toml"
    text = (
        USER_PROFILE.replace(
            'description = "Only what I read"',
            'description = "Only what I read"\n[actors]\narmed = ["troops"]',
        )
        + '[sections.actor_cues.armed]\n"on standby" = 2\n'
    )
    path.write_text(text, encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.sections[1].actor_cues == (("armed", (("on standby", 2.0),)),)
    assert classify("The troops are on standby.", profile).section == "force"
    assert classify("The actors are on standby.", profile).section == OTHER
    path.write_text(text.replace("actor_cues.armed", "actor_cues.navy"), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"actor_cues.*unknown kind of actor 'navy'"):
        load_profile(str(path))


def test_the_documented_example_profile_loads(tmp_path: Path) -> None:
    """docs/profiles.md's example, with the [actors] table it says to keep, is a valid
    profile whose Diplomacy section takes a foreign minister's talks: the guide cannot
    drift from the schema unnoticed."""
    root = Path(__file__).resolve().parents[1]
    guide = (root / "docs" / "profiles.md").read_text(encoding="utf-8")
    example = guide.split("```toml\n", 1)[1].split("```", 1)[0]
    packaged = PROFILES["geopolitics"].read_text(encoding="utf-8")
    start = packaged.index("\n[actors]\n")
    actors = packaged[start : packaged.index("[[sections]]", start)]
    path = tmp_path / "eastflank.toml"
    path.write_text(example.replace("# [actors] ... kept as copied ...", actors))
    profile = load_profile(str(path))
    assert [s.key for s in profile.sections] == ["military", "diplomacy"]
    assert profile.title == "Eastern flank brief"
    text = "Foreign Minister Anna Berg will hold talks with her Polish counterpart on Friday."
    assert classify(text, profile).section == "diplomacy"
    # the guide's section for a country's own politics, added to it (r48 M6)
    politics = guide.split("```toml\n")[2].split("```", 1)[0]
    path.write_text(path.read_text() + "\n" + politics)
    text = "Prime Minister Kit Saeng resigned on Monday after losing a no-confidence vote."
    assert classify(text, load_profile(str(path))).section == "politics"


def test_a_relief_rule_names_a_known_kind_and_another_section(tmp_path: Path) -> None:
    base = (
        '[actors]\nweather = ["storm"]\n'
        '[[sections]]\nkey = "force"\ntitle = "Force"\ncues = ["deploy"]\n'
        '[[sections]]\nkey = "aid"\ntitle = "Aid"\ncues = ["rescue"]\n'
        "[sections.relief]\n"
        'of = "OF"\nhazard = "HAZARD"\nsending = ["deploy"]\ntoward = ["victim"]\n'
    )
    path = tmp_path / "relief.toml"
    path.write_text(base.replace("OF", "force").replace("HAZARD", "weather"), encoding="utf-8")
    relief = load_profile(str(path)).sections[1].relief
    assert relief is not None and relief.of == "force" and relief.toward == ("victim",)
    for of, hazard, key in (("aid", "weather", "of"), ("force", "flood", "hazard")):
        path.write_text(base.replace("OF", of).replace("HAZARD", hazard), encoding="utf-8")
        with pytest.raises(ConfigError, match=rf'sections #2 \(key = "aid"\)\.relief\.{key}:'):
            load_profile(str(path))


@pytest.mark.parametrize(
    "text",
    [
        "A methane blast killed 12 miners at a pit in the north on Tuesday, the operator said.",
        "A coal dust explosion ripped through the colliery overnight, the ministry said.",
        "Firedamp ignited deep in the shaft, killing three men, the governor said.",
        "A fireworks warehouse exploded in the town on Sunday, the fire service said.",
    ],
)
def test_what_explodes_by_accident_is_no_force(text: str) -> None:
    """An explosion of a pit's gas or dust, or of fireworks, is an accident, as a gas
    main's or a boiler's is: no attack, though it kills."""
    assert classify(text, load_profile("geopolitics")).section != "military"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a coal mine in the province, killing 20 miners, police said.",
        "Militants stormed a gold mine and killed nine soldiers guarding it, the army said.",
        "Two soldiers were killed when their vehicle hit a mine near the border.",
    ],
)
def test_an_attack_on_a_mine_and_a_landmine_stay_force(text: str) -> None:
    """A coal or gold mine is no landmine, but armed men attacking one are force."""
    assert classify(text, load_profile("geopolitics")).section == "military"
