"""A count in a body's own release is that body's, and a share of a whole is the count
it gives of its noun: a union's "340 of 410 wards are closed" is the union's claim, and
where a wire of the brief calls the union's "340 closed wards" disputed, no key figure
(r77 F4, of a port strike; invented texts of another setting)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app
from brief.extract.figures import disputable_count, find_figures
from brief.extract.figures.counted import share_part
from brief.models import Sentence

runner = CliRunner()

WIRE = """Valmor nurses strike for a second day

VALMOR, March 4 (Lakeland Wire) - Nurses at Valmor's three hospitals stayed off work on \
Tuesday for a second day, the Valmor Nurses Union said.

The union said it now counted 340 closed wards, a figure the health board disputed.

The health board said 120 wards were closed."""
RELEASE = """Nurses' strike holds as wards close

Valmor Nurses Union | 4 March 2031

The strike called by the Valmor Nurses Union holds at all three hospitals, with 340 of 410 \
wards closed this morning.

The health board's figure of 120 closed wards counts only wards with patients in them.

Our members will meet on Thursday to vote on the board's offer of 2.4 percent."""


def _put(folder: Path, name: str, outlet: str, text: str) -> None:
    header = json.dumps({"outlet": outlet})
    (folder / name).write_text(f"+++ brief-article\n{header}\n+++\n{text}\n", encoding="utf-8")


def _figures(tmp_path: Path, texts: dict[str, tuple[str, str]]) -> list[dict[str, object]]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (outlet, text) in texts.items():
        _put(folder, name, outlet, text)
    out = tmp_path / "brief.json"
    result = runner.invoke(
        app, ["make", str(folder), "-o", str(out)], env={"SOURCE_DATE_EPOCH": "1930000000"}
    )
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))["figures"]


def test_a_share_of_a_whole_counts_its_part_of_the_whole_noun() -> None:
    assert share_part("340 of 410 wards") == (340, "wards")
    assert share_part("12 of the region's 47 schools") == (12, "schools")
    assert share_part("three in ten voters") is None
    (share,) = [
        f
        for f in find_figures([Sentence("Rebels hold 12 of the region's 47 districts.", 1, 1, 0)])
        if f.kind == "percent"
    ]
    assert share.text == "12 of the region's 47 districts"
    assert disputable_count(share) == ("districts", 12)


def test_a_bodys_release_gives_its_counts_and_its_disputed_claim_is_no_key_figure(
    tmp_path: Path,
) -> None:
    figures = _figures(
        tmp_path,
        {"a.txt": ("Lakeland Wire", WIRE), "b.txt": ("Valmor Nurses Union", RELEASE)},
    )
    shown = {str(f["text"]): f.get("sayer") for f in figures}
    # the union's own count, called disputed by the wire, is no key figure in either form
    assert not any(text.startswith("340") for text in shown), shown
    # the rival count is no key figure either, and never the union's
    assert not any(t.startswith("120") and w == "Valmor Nurses Union" for t, w in shown.items())
    # the release's own figure is the union's
    assert shown.get("2.4 percent") == "Valmor Nurses Union", shown


def test_a_count_a_release_cites_as_anothers_is_that_others(tmp_path: Path) -> None:
    wire = WIRE.replace(
        "The union said it now counted 340 closed wards, a figure the health board disputed.",
        "Patients were sent to Orsk.",
    ).replace("The health board said 120 wards were closed.", "")
    figures = _figures(
        tmp_path,
        {"a.txt": ("Lakeland Wire", wire), "b.txt": ("Valmor Nurses Union", RELEASE)},
    )
    shown = {str(f["text"]): f.get("sayer") for f in figures}
    assert shown.get("340 of 410 wards") == "Valmor Nurses Union", shown
    assert shown.get("120 closed wards") == "the health board", shown


def test_a_news_outlets_name_is_no_bodys(tmp_path: Path) -> None:
    """An outlet whose name has a word of a news outlet's ("Lakeland Press Agency") is no
    body issuing a release: its counts keep no sayer the text does not give."""
    release = RELEASE.replace("Our members", "Members")
    figures = _figures(
        tmp_path,
        {"a.txt": ("Lakeland Wire", WIRE), "b.txt": ("Lakeland Press Agency", release)},
    )
    assert not any(f.get("sayer") == "Lakeland Press Agency" for f in figures), figures
