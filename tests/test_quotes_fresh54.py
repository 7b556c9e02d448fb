"""Speech and speakers as news English marks them in school and campus copy (fresh54's
odd half): a statement signed by a body's press officer, a hearing's labels by office and
by a surname two people share, names of other conventions. Invented texts of other
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


def test_a_statement_signed_by_a_press_officer_is_not_the_signers(tmp_path: Path) -> None:
    """ "In a statement signed by its head of corporate communications, X, the company
    said": what "the statement says" later is the company's, not the officer's; a letter
    its chairman signs stays his."""
    _, quotes = read(
        tmp_path,
        "Water utility rations supply in three estates\nCOASTAL LEDGER | Utilities\n\n"
        "The Mombasa Water and Sewerage Company says it will ration supply in three estates"
        " after a main pipe burst on Friday.\n\n"
        "In a statement signed by its head of corporate communications, Ms Wanjiru"
        ' Kamau-Otieno, the company said repairs would take "at least ten days." The'
        ' statement says residents should store water "in clean, covered containers only."\n\n'
        "In a letter signed by its chairman, Mr Juma Mwinyi Bakari, the residents'"
        ' association said it would sue. The letter says the company "ignored six warnings'
        ' since March."\n',
    )
    said = dict(quotes)
    assert said.get("in clean, covered containers only.") is None
    assert said["ignored six warnings since March."] == "Juma Mwinyi Bakari"
