"""A release's quotation signed on the dash line under it ("- The Honourable Jane Roe,
Minister of Health") is the signer's; a list's item under a quote is no signature.
Invented articles only (fresh27 14 has the shape)."""

from __future__ import annotations

from pathlib import Path

from tests.extract_helpers import quotes_of, sentences_of, speakers

RELEASE = """Ministry announces funding for rural clinics

News release

March 3, 2026 - Exampleton - Department of Health

Today, the Department of Health announced funding for twelve rural clinics in the north.

Quotes

"Every family deserves a clinic within an hour's drive. This funding brings that promise closer."

- The Honourable Priyanka Oduya-Lindqvist, Minister of Health

"Rural nurses have carried this system for years. Today we give them the tools they asked for."

— Hon. Bartholomew Kessington-Achebe, Minister of Rural Affairs

Quick facts

- The clinics will open in 2027.
"""

NEWS = """Council approves new bus routes

The council approved four new bus routes on Tuesday, its transport chair said.

"We listened to every neighbourhood before we drew a single line," said Councillor Maren
Oyelaran-Thorpe, who chairs the transport committee.

"Buses that run empty help no one."

- Canada has imposed new rules on the funding of local transport since 2024.
"""


def _said(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(q.text, q.actor) for q in quotes_of(sentences_of(path))]


def test_each_quote_is_its_signer_s(tmp_path: Path) -> None:
    said = _said(tmp_path, RELEASE)
    assert [speaker for _, speaker in said] == [
        "Priyanka Oduya-Lindqvist",
        "Bartholomew Kessington-Achebe",
    ]


def test_the_signature_is_no_sentence_of_its_own(tmp_path: Path) -> None:
    sentences = sentences_of(_write(tmp_path, RELEASE))
    assert not any(s.text.startswith(("—", "-", "The Honourable")) for s in sentences)


def test_a_list_item_under_a_quote_signs_nothing(tmp_path: Path) -> None:
    said = _said(tmp_path, NEWS)
    assert said[-1][1] != "Canada"
    texts = [s.text for s in sentences_of(_write(tmp_path, NEWS))]
    assert "Canada has imposed new rules on the funding of local transport since 2024." in texts


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "b.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_signer_s_role_is_the_title_after_the_comma(tmp_path: Path) -> None:
    from brief.extract.actors import find_actors

    people = {a.name: a.role for a in find_actors(sentences_of(_write(tmp_path, RELEASE)))}
    assert people["Priyanka Oduya-Lindqvist"] == "Minister of Health"
    assert people["Bartholomew Kessington-Achebe"] == "Minister of Rural Affairs"


def test_a_dash_after_a_sentence_s_own_words_signs_nothing() -> None:
    """A signature signs a paragraph that is the quotation alone; a dash after a
    sentence's own words goes on with the sentence (review of session 48)."""
    said = speakers(
        "Foreign Minister Lena Brask told parliament the accord was fair.",
        'She called the deal "a victory for both our peoples" — Omar Feld, the opposition'
        " leader, had signed an earlier draft in 2019.",
    )
    assert ("a victory for both our peoples", "Omar Feld") not in said


def test_one_shape_of_signature_names_the_signer_and_their_role() -> None:
    from brief.ingest.signatures import signature

    found = signature().fullmatch("— The Honourable Ayodele van der Berg, Minister of Ports")
    assert found is not None
    assert (found["name"], found["role"]) == (
        "The Honourable Ayodele van der Berg",
        " Minister of Ports",
    )
    assert signature().fullmatch("- Canada has imposed new rules") is None
