"""A transcript turn's label is its layout, not its words (r76 F8): an answer that opens
"Their count ..." points back to the question that names "them", as it would alone.
Invented texts: a harbour authority's briefing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.selection.pointing_back import is_dangling

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "dangles"),
    [
        ("SOLVANG: Their count includes ferries that only docked for fuel.", True),
        ("SOLVANG (through interpreter): They were told on Monday.", True),
        ("SOLVANG: The north quay stays closed until Thursday.", False),
        ("UPDATE: Police have closed the harbour road.", False),
        ("Solvang said: the quay is closed.", False),
    ],
)
def test_a_turns_words_point_back_past_its_label(text: str, dangles: bool) -> None:
    assert is_dangling(text) is dangles


BRIEFING = (
    "Briefing by the Harbour Authority spokeswoman, Ingrid Solvang\n\n"
    "SOLVANG: The north quay at Kessby stays closed until divers finish their survey of"
    " the collapsed pier, and 14 ferries have been diverted to the south quay.\n\n"
    "QUESTION (Alven Evening Post): The pilots' union says 40 ferries have been diverted."
    " Why is your figure lower?\n\n"
    "SOLVANG: Their figure includes ferries that only stopped at the south quay for fuel"
    " and left within an hour. Ours counts diverted sailings.\n\n"
    "QUESTION (Island Wire): Was anyone hurt when the pier collapsed?\n\n"
    "SOLVANG: No one was hurt when the pier collapsed at Kessby on Sunday.\n"
)


def test_an_answer_that_points_back_is_no_bullet_alone(tmp_path: Path) -> None:
    article = tmp_path / "briefing.txt"
    article.write_text(BRIEFING, encoding="utf-8")
    out = tmp_path / "out.json"
    env = {"SOURCE_DATE_EPOCH": "1780000000"}
    result = runner.invoke(app, ["make", str(article), "-o", str(out)], env=env)
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    bullets = [b for s in brief["sections"] for b in s["bullets"]]
    if brief.get("bottom_line"):
        bullets.append(brief["bottom_line"])
    texts = [b["text"][len(b.get("label", "")) :] for b in bullets]
    assert texts
    assert not any(text.startswith("Their figure") for text in texts)
