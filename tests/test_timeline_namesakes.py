"""A timeline row is read alone: one that names by a bare surname one of two people of
the brief bears cannot tell whom (r76 F19). Invented texts."""

from __future__ import annotations

from pathlib import Path

from brief.options import Options
from brief.pipeline import build


def test_a_row_with_a_namesakes_bare_surname_is_left_out(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(
        "Two dockers arrested after harbour strike\n\n"
        "Police in Kestrel Bay arrested the union organiser Anna Kapitza on 3 June 2031"
        " after a strike closed the container terminal.\n\n"
        "Her brother, Ivan Kapitza, a crane operator, was detained on 4 June 2031 at his"
        " home, his wife said.\n\n"
        "Kapitza was charged on 5 June 2031 with obstructing port traffic, her lawyer said.\n\n"
        "The terminal reopened on 6 June 2031 under police guard.\n",
        encoding="utf-8",
    )
    rows = [event.text for event in build([str(article)], Options()).timeline]
    assert not any(row.startswith("Kapitza was charged") for row in rows)
    assert any("Anna Kapitza" in row for row in rows)
    assert any(row.startswith("The terminal reopened") for row in rows)
