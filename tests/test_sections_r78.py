"""A user trial's foreign desk (r78 F17): a border shooting whose reports are headlined
with the killing sat under Diplomacy, its headline's "guard killed" naming no side of force
though every article named the border guard in full."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.classify import OTHER, classify, classify_with_headlines
from brief.classify.matcher import cached_matcher
from brief.classify.wording import tokens
from brief.cli import app
from brief.profiles import load_profile

GEO = load_profile("geopolitics")

WIRE = [
    "Armenia closed the Tolmak crossing on its border with Azerbaijan indefinitely on Tuesday"
    " after a shooting late on Monday killed one Armenian border guard and wounded two"
    " others, the State Border Service said.",
    "Sergeant Aram Petrosyan, 26, was killed when gunfire broke out near the crossing on the"
    " road between Ijevan and the Azerbaijani town of Gazakh, the service said.",
    "Two other guards were taken to hospital in Ijevan.",
]
WIRE_HEADLINE = "Armenia shuts Tolmak border crossing after guard killed in shooting"


def test_a_headlines_guard_is_the_border_guard_its_article_names() -> None:
    """A headline shortens its actor ("guard" for "border guard"): judged with its article,
    which writes the phrase in full, the guard killed is a side of force, where alone the
    word is anyone's (a nightclub's guard)."""
    assert classify(WIRE_HEADLINE, GEO).section == OTHER
    _, headlines = classify_with_headlines(WIRE, GEO, ["a"] * 3, {"a": WIRE_HEADLINE})
    assert headlines["a"].section == "military"


def test_a_word_modified_otherwise_is_another_actor() -> None:
    """The head of a phrase written before is that actor only where nothing but a
    function word, a number or a country stands before it: "the trade secretary" is not
    the foreign secretary named earlier, nor is "the home secretary", a phrase of its own."""
    actors = cached_matcher(GEO).actors
    heads, _ = actors.heads(tokens("Jack Straw, now foreign secretary, said"))
    assert heads["secretary"]
    for text, kinds in (
        ("The secretary said so.", heads["secretary"]),
        ("He met two Armenian secretaries.", heads["secretary"]),
        ("He thinks the trade secretary is weak.", set()),
        ("He backs the home secretary.", set()),
    ):
        assert actors.shortened(tokens(text), heads) == kinds, text


REPORTS = {
    "01-wire": [WIRE_HEADLINE, *WIRE],
    "02-baku": [
        "Baku says Armenian guards fired first at Tolmak, shepherd wounded",
        "Azerbaijan's border troops on Tuesday rejected Armenia's account of the deadly"
        " shooting at the Tolmak crossing, saying Armenian guards had opened fire first.",
        "A shepherd from the village of Kemerli was hit in the leg, the troops' spokesman said.",
        "Azerbaijan's foreign ministry said it regretted the loss of life and called for a"
        " joint investigation by the two countries.",
        "It said the closure of the crossing was a unilateral step that harms ordinary people.",
    ],
    "03-ministry": [
        "Statement of the Ministry of Foreign Affairs on the incident at the Tolmak checkpoint",
        "The Ministry of Foreign Affairs of Armenia expresses its deep concern over the armed"
        " incident at the Tolmak checkpoint, as a result of which a serviceman was killed.",
        "The Armenian side expresses its condolences to the family of the serviceman.",
        "The Ministry calls on the Azerbaijani side to refrain from any actions that could"
        " escalate the situation and to conduct a joint investigation.",
        "Armenia remains committed to resolving all border issues exclusively by peaceful"
        " means, through negotiations.",
    ],
    "04-live": [
        "Live: Tolmak crossing closed after deadly border shooting",
        "10:50 — Armenia's president has spoken by phone with his Azerbaijani counterpart.",
        "10:05 — The acting head of Armenia's State Border Service says reinforcements have"
        " been sent to the Ijevan section of the border.",
        "09:30 — The OSCE's special representative has urged both sides to show restraint and"
        " to settle the incident through talks.",
    ],
}


def test_a_border_shooting_headlined_with_its_dead_is_military_news(
    tmp_path: Path, fixed_clock: object
) -> None:
    """Its statements of concern, calls for restraint and the neighbour's call for an
    inquiry fill as many sentences as the shooting, but its headlines tell the guard killed
    and the fire: docs/profiles.md's border war headlined with its dead is force (r78
    F17: "after guard killed in shooting" had named no side, and the story sat under
    Diplomacy)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, lines in REPORTS.items():
        (inbox / f"{name}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(inbox), "-o", str(out)])
    assert result.exit_code == 0, result.output
    stories = json.loads(out.read_text(encoding="utf-8"))["stories"]
    assert [(len(s["sources"]), s["section"]) for s in stories] == [(4, "military")]
