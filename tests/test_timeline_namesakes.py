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


def test_a_surname_after_its_particle_or_a_surname_that_is_a_word_is_no_bare_namesake() -> None:
    """ "Rui Costa da Silva" names in full, its particle the name's; a surname that is
    also a word ("May") is written for the word as often ("in May 2031")."""
    from brief.compose.briefing import _shared_surnames
    from brief.models import Actor
    from brief.selection.pointing_back import names_bare

    people = [
        Actor("Rui Costa da Silva", "person", None, 1, ()),
        Actor("Ana Silva", "person", None, 1, ()),
        Actor("Tom May", "person", None, 1, ()),
        Actor("Ella May", "person", None, 1, ()),
    ]
    shared = _shared_surnames(people)
    assert shared == {"Silva"}
    assert not names_bare("President Rui Costa da Silva was re-elected in 2030.", shared)
    assert names_bare("Silva was re-elected in 2030.", shared)
    assert not names_bare("The port reopened in May 2031.", shared)


def test_a_row_that_names_one_namesake_in_full_keeps_its_bare_surname() -> None:
    """ "Kapitza, 52, was taken from his flat, his wife Anna Kapitza said": the row names
    one of the two in full and tells the other by her; it is read alone."""
    from brief.selection.pointing_back import names_bare

    shared = {"Kapitza"}
    assert not names_bare(
        "Kapitza, 52, was taken from his flat at dawn, his wife Anna Kapitza said.", shared
    )
    assert names_bare("Kapitza was charged on Friday, her lawyer said.", shared)
