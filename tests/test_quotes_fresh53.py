"""Speech and speakers as news English marks them in farm and food copy (fresh53's odd
half): a nickname the text ties to the name it then gives. Invented texts of other
settings only."""

from __future__ import annotations

from pathlib import Path

from brief.extract.actors import find_actors
from tests.extract_helpers import quotes_of, sentences_of


def read(tmp_path: Path, text: str) -> tuple[dict[str, str | None], list[tuple[str, str | None]]]:
    """The person actors with their roles, and the quotes with their speakers, of an
    article read through the product's own ingest and segmenter."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    found = sentences_of(path)
    people = {a.name: a.role for a in find_actors(list(found)) if a.kind == "person"}
    return people, [(q.text, q.actor) for q in quotes_of(found)]


def test_a_nickname_the_text_ties_to_a_name_is_that_person(tmp_path: Path) -> None:
    people, quotes = read(
        tmp_path,
        "Last boat of the season\nHARBOUR DIARY\n\n"
        "The harbourmaster, Nugget, has watched the fleet come in for thirty years. He"
        ' waved us through at dusk. "The crabs have gone deep, and so will the prices,"'
        " he said. Nugget is Owen Pryce-Jones, though nobody has called him that since"
        " school.\n",
    )
    assert "Nugget" not in people
    assert people.get("Owen Pryce-Jones") == "harbourmaster"
    assert quotes == [("The crabs have gone deep, and so will the prices", "Owen Pryce-Jones")]


def test_a_name_said_to_be_someones_relative_is_another_person(tmp_path: Path) -> None:
    people, _ = read(
        tmp_path,
        "Last boat of the season\nHARBOUR DIARY\n\n"
        "The deckhand, Nugget, has worked the boat for ten years. Nugget is Owen"
        " Pryce-Jones's nephew, and Owen Pryce-Jones owns the boat.\n",
    )
    assert "Owen Pryce-Jones" in people
    assert "Nugget" in people
