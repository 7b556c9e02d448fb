"""A party's own release's sentence, printed as a bullet or a timeline row, says whose
account it is where it names no sayer of its own (r73 F12). Every text is invented: a
collision of two island states' patrol boats in a strait."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app
from brief.compose.issuers import body_name, issued_by, issuers
from brief.models import Source

runner = CliRunner()

WIRE = (
    "Veskaran and Morlund patrol boats collide in Tessel Strait\n\n"
    "PORT ALVEN, May 12, 2030 (Island Wire) - A Veskaran patrol boat and a Morlund coast"
    " guard cutter collided in the Tessel Strait on Monday, both governments said.\n\n"
    "Each side accused the other of entering its waters, and Veskara summoned Morlund's"
    " ambassador.\n"
)
RELEASE = (
    "MINISTRY OF DEFENCE OF THE REPUBLIC OF MORLUND\n\n"
    "PRESS RELEASE\n\n"
    "Veskaran boat rams Morlund cutter in Tessel Strait\n\n"
    "On 12 May at 09:40 local time, a Veskaran patrol boat rammed the Morlund cutter Hallin"
    " inside Morlund waters in the Tessel Strait, in breach of the 2028 fisheries accord.\n\n"
    "The cutter returned to Kessby harbour with damage to her bow, the Ministry of Defence"
    " said.\n"
)
ISSUER = "MINISTRY OF DEFENCE OF THE REPUBLIC OF MORLUND"


def _source(number: int, outlet: str | None) -> Source:
    return Source(number, f"{number}.txt", f"{number}.txt", "0" * 64, 1, outlet=outlet)


def test_a_body_is_named_as_a_letterhead_names_it_and_a_news_outlet_is_none() -> None:
    for outlet in (
        "Ministry of Fisheries of the Republic of Selvana",
        "Office of the Governor of Tessel",
        "Headquarters of the Morlund Navy",
        ISSUER,
    ):
        assert body_name(outlet), outlet
    for outlet in ("Island Wire", "Port Alven Gazette", "Pacific News Agency", "Tessel Times"):
        assert not body_name(outlet), outlet
    assert not body_name(None)


def test_a_release_is_marked_only_beside_other_outlets_and_without_a_sayer_of_its_own() -> None:
    release, wire = _source(1, ISSUER), _source(2, "Island Wire")
    assert issuers([release, wire]) == {1: ISSUER}
    # one body's releases alone are that body's throughout: nothing to tell apart
    assert issuers([release, _source(3, ISSUER)]) == {}
    bare = "Veskaran units fired on the cutter Hallin at 09:40."
    assert issued_by(ISSUER, bare) == ISSUER
    # the sentence names whose it is
    assert issued_by(ISSUER, "The cutter was damaged, the Ministry of Defence said.") is None
    assert issued_by(ISSUER, "According to the harbour master, the cutter was damaged.") is None
    assert issued_by(None, bare) is None
    named = f"The {ISSUER.title()} rejects the claim that its cutter entered Veskaran waters."
    assert issued_by(ISSUER, named) is None


def test_the_row_and_the_bottom_line_of_a_release_name_its_issuer(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    env = {"SOURCE_DATE_EPOCH": "1904716800"}  # 2030-05-11
    for name in ("out.json", "out.md"):
        result = runner.invoke(app, ["make", str(folder), "-o", str(tmp_path / name)], env=env)
        assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    rows = {row["ref"]: row for row in brief["timeline"]}
    assert rows["[1:1]"]["issuer"] == ISSUER
    # the wire's row is its outlet's reporting, "both governments said"
    assert all("issuer" not in row for ref, row in rows.items() if not ref.startswith("[1:"))
    said = [b for b in brief["summary"] if b["ref"] == "[1:2]"]
    assert said and "issuer" not in said[0]  # "..., the Ministry of Defence said"
    printed = (tmp_path / "out.md").read_text(encoding="utf-8")
    row = next(line for line in printed.splitlines() if line.startswith("- **") and "[1:1]" in line)
    assert row.endswith(f"[1:1] · {ISSUER}")
    lead = next(line for line in printed.splitlines() if line.startswith("**Bottom line:**"))
    assert "On 12 May at 09:40" in lead and lead.endswith(f"[1:1] · {ISSUER}")
