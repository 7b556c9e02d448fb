"""r76's key figures: one side of a dispute in another report of its story (F2)."""

from __future__ import annotations

from pathlib import Path

from brief.models import Briefing
from brief.options import Options
from brief.pipeline import build

UNION = "\n\n".join(
    [
        "Union says 412 workers dismissed at Karsk smelter",
        "Karsk, 12 May 2026",
        "The Metalworkers' Union has documented 412 dismissals at the Karsk aluminium"
        " smelter since 2 May, the union said on Tuesday.",
        "The labour ministry on Tuesday gave a figure of 260 workers dismissed at the"
        " smelter, a count the union disputes.",
        "Workers have occupied the smelter's main gate since Monday.\n",
    ]
)
MINISTRY = "\n\n".join(
    [
        "Labour ministry reviews dismissals at Karsk smelter",
        "Karsk, 12 May 2026",
        "The labour ministry said on Tuesday it was reviewing the dismissals at the Karsk"
        " aluminium smelter.",
        "Since 2 May, 260 workers have been dismissed at the Karsk smelter.",
        "The smelter's owner, Nordval Metals, said the dismissals followed a fall in orders.",
        "Inspectors will visit the smelter on Thursday.\n",
    ]
)


def brief_of(tmp_path: Path, *texts: str) -> Briefing:
    tmp_path.mkdir(exist_ok=True)
    paths = []
    for k, text in enumerate(texts):
        path = tmp_path / f"{k}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return build(paths, Options())


def test_a_disputed_count_is_no_key_figure_in_another_report_of_its_story(
    tmp_path: Path,
) -> None:
    """r76 F2: "..., a count the network disputes" had dropped the count from its own
    report, but the ministry's own transcript gave the same count bare: one side of the
    dispute shown as fact. The story ties the two reports; the other report's count of
    the same thing is the same side."""
    brief = brief_of(tmp_path, UNION, MINISTRY)
    assert len(brief.stories) == 1
    figures = [f.text for f in brief.figures]
    assert not any("260" in text for text in figures)
    # the other report alone: nothing there says the count is disputed
    alone = [f.text for f in brief_of(tmp_path / "alone", MINISTRY).figures]
    assert any("260 workers" in text for text in alone)
