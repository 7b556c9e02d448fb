"""A printed exchange's small talk gives no key figure: a chair's housekeeping ("will take
three questions") is the selection's one reading of small talk (exchanges.small_talk), which
the key figures ask too (r75 F6)."""

from __future__ import annotations

from pathlib import Path

from brief.models import Briefing
from brief.options import Options
from brief.pipeline import build

BRIEFING = "\n\n".join(
    [
        "Harbour master: the north basin stays shut",
        "Port of Vessan Authority | Media briefing transcript | 13 March 2026",
        "Transcript of the media briefing held by Harbour Master Tomas Ek on Friday, "
        "13 March 2026.",
        "MODERATOR (Lina Varga): Good afternoon. The Harbour Master will read a short "
        "statement and then take four questions.",
        "EK: The north basin will stay closed to tankers until the dredging is finished. "
        "Divers found 120 metres of damaged quay wall after the storm.",
        "QUESTION (Coastal Post): How many ships are waiting?",
        "EK: Eleven ships are waiting at the outer anchorage. The south basin is working "
        "normally.\n",
    ]
)


def brief_of(tmp_path: Path, text: str) -> Briefing:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return build([str(path)], Options())


def test_a_chair_s_housekeeping_gives_no_key_figure(tmp_path: Path) -> None:
    figures = [f.text for f in brief_of(tmp_path, BRIEFING).figures]
    assert not any("questions" in text for text in figures)
    assert any("120 metres" in text for text in figures)
