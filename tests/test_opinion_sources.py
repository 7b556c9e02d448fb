"""A column, an editorial or a comment gives no bullet and no bottom line, even briefed
alone: its claims are the writer's (pipeline.choosing.opinion_sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.compose.titles import labelled_as_opinion
from brief.options import Options
from brief.pipeline import build

COLUMN = (
    "Port Elsey's council let the harbour rot for a decade.\n\n"
    "Mayor Ann Lee knew the wall was failing, and still the repairs came late.\n\n"
    "The town must rebuild its harbour board before the next storm, not after it.\n"
)
REPORT = (
    "Port Elsey harbour wall collapses in storm\n\n"
    "The harbour wall of Port Elsey collapsed during a storm on Friday, the council said.\n\n"
    "Repairs are expected to take three months.\n"
)


@pytest.mark.parametrize(
    ("headline", "opinion"),
    [
        ("Opinion: The harbour did not have to fall", True),
        ("Editorial | Elsey deserves better", True),
        ("Comment: A decade of neglect", True),
        ("Analysis: Why the harbour wall failed", False),
        ("Harbour wall collapses in storm", False),
    ],
)
def test_a_headline_labelled_as_a_writers_view(headline: str, opinion: bool) -> None:
    assert labelled_as_opinion(headline) is opinion


def test_a_column_briefed_alone_gives_no_bullet(tmp_path: Path) -> None:
    path = tmp_path / "column.txt"
    path.write_text(f"Opinion: The harbour did not have to fall\n\n{COLUMN}", encoding="utf-8")
    briefing = build([str(path)], Options())
    assert not briefing.summary
    assert not any(section.bullets for section in briefing.sections)


def test_a_column_briefed_alone_says_why_it_has_no_bullet(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from brief.cli import app

    path = tmp_path / "column.txt"
    path.write_text(f"Opinion: The harbour did not have to fall\n\n{COLUMN}", encoding="utf-8")
    result = CliRunner().invoke(app, ["make", str(path), "-o", "-", "-f", "md"])
    assert result.exit_code == 0, result.output
    assert "labelled as opinion" in result.output
    assert "Bottom line" not in result.output


def test_a_column_beside_a_report_leaves_the_report_its_bullets(tmp_path: Path) -> None:
    column, report = tmp_path / "column.txt", tmp_path / "report.txt"
    column.write_text(f"Opinion: The harbour did not have to fall\n\n{COLUMN}", encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")
    briefing = build([str(column), str(report)], Options())
    shown = [b.text for b in briefing.summary]
    shown += [b.text for section in briefing.sections for b in section.bullets]
    assert shown
    assert all(b.source == 2 for b in briefing.summary)
    assert not any("knew the wall" in text for text in shown)


COMMENT_DATED = (
    "Tarn Valley Institute | Commentary | By Ola Brenner | 9 June 2031\n\n"
    "The levy agreed in Harwick on Tuesday follows a pattern the council has used before: "
    "delay, consult, then tax.\n\n"
    "This time the cycle took eleven days, from the first hearing to the vote.\n\n"
    "For the ferry operators, the cost is a precedent.\n"
)
REPORT_DATED = (
    "Harwick council agrees ferry levy\n\n"
    "Harwick council agreed on Tuesday to charge ferry operators a levy of 40 pence a "
    "passenger, its chairman said.\n\n"
    "The levy will take effect on 1 July.\n"
)


def test_a_comment_gives_no_timeline_row_and_no_key_figure(tmp_path: Path) -> None:
    """A comment's judgement dated by the day in its subject's participle, and its own
    count, would drop the label that says whose they are (r74 F7)."""
    comment, report = tmp_path / "comment.txt", tmp_path / "report.txt"
    comment.write_text(
        f"Commentary: The Harwick levy and the price of delay\n\n{COMMENT_DATED}",
        encoding="utf-8",
    )
    report.write_text(REPORT_DATED, encoding="utf-8")
    briefing = build([str(comment), str(report)], Options())
    assert briefing.timeline and all(e.sentence.source == 2 for e in briefing.timeline)
    assert not any(f.sentence.source == 1 for f in briefing.figures)
    assert not any("eleven days" in f.text for f in briefing.figures)
