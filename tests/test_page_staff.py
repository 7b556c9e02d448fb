"""The people a page names as its own staff, no people of its news: a live page's entry
signed by its writer ("- Ann Lee"), a release's contact under its label ("Media
contact:"), a newsletter's signature under its close ("Fair winds,"). Invented text."""

from __future__ import annotations

from pathlib import Path

from brief.extract.actors import find_actors
from tests.extract_helpers import quotes_of, sentences_of

LIVE = """LIVE: Ferry runs aground off Port Elsey

Elsey Live | Port Elsey

2:10 PM
Harbour master speaks
Harbour master Ruben Okonkwo-Vale told reporters: "Every passenger is safe, thank God."
- Talitha Marsden-Ayo

1:05 PM
A ferry carrying 212 passengers ran aground on a sandbank at dawn, the port authority said.
- Talitha Marsden-Ayo
"""

RELEASE = """Elsey Grain Cooperative
Press release

Elsey Grain Cooperative opens a new silo

The cooperative opened a silo for 40,000 tonnes of wheat on Monday, its chair said.

"Our farmers asked for storage," said Ingrid Baptiste-Okafor, chair of the cooperative.

Media contact:
Wendeline Strasser-Kuti, Head of Communications
press@elsey-grain.example
"""

NEWSLETTER = """THE HARBOUR LETTER | Issue 12

Good morning. This week: a shipyard closes, and its workers wait for their pay.

The Elsey shipyard closed on Tuesday, its receiver, Osric Mbeki-Lund, said.

That's all for this week. Safe travels,
Philippa Oyelowo-Grant, Editor, The Harbour Letter
"""


def _people(tmp_path: Path, text: str) -> dict[str, str | None]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name: a.role for a in find_actors(sentences_of(path)) if a.kind == "person"}


def test_a_live_entry_s_writer_signs_no_quotation(tmp_path: Path) -> None:
    people = _people(tmp_path, LIVE)
    assert "Ruben Okonkwo-Vale" in people
    assert "Talitha Marsden-Ayo" not in people
    path = tmp_path / "b.txt"
    path.write_text(LIVE, encoding="utf-8")
    said = {q.actor for q in quotes_of(sentences_of(path))}
    assert "Talitha Marsden-Ayo" not in said


def test_the_contact_under_a_release_s_label_is_no_person_of_the_news(tmp_path: Path) -> None:
    people = _people(tmp_path, RELEASE)
    assert "Ingrid Baptiste-Okafor" in people
    assert "Wendeline Strasser-Kuti" not in people


def test_a_newsletter_s_signature_is_no_person_of_the_news(tmp_path: Path) -> None:
    people = _people(tmp_path, NEWSLETTER)
    assert "Osric Mbeki-Lund" in people
    assert "Philippa Oyelowo-Grant" not in people


def test_a_name_after_a_short_clause_folded_at_a_width_stays(tmp_path: Path) -> None:
    for end in ("", "."):
        text = (
            "Prices of rice rose for a third week in the markets of the capital. In Lagos,\n"
            f"Ngozi Adeyemi-Hart, a trader, said her costs had doubled since March{end}\n"
        )
        assert "Ngozi Adeyemi-Hart" in _people(tmp_path, text)


def test_those_signed_under_a_signing_label_are_no_contact(tmp_path: Path) -> None:
    """The people signed under "Signed:" issue the statement: their lines are not set
    aside with the label as a contact's are."""
    from brief.ingest import ingest
    from brief.options import Options

    path = tmp_path / "a.txt"
    path.write_text(
        "Elsey Dockers' Union\nPress statement\n\n"
        "The union rejects the port's new shift pattern, which it says will cut pay.\n\n"
        "Signed:\nComrade Ifeoma Adeleke-Strand, General Secretary\n",
        encoding="utf-8",
    )
    blocks = [b.text for b in ingest(str(path), 1, Options()).blocks]
    assert not any(text.startswith("Signed: Comrade") for text in blocks)
    assert any("Ifeoma Adeleke-Strand" in text for text in blocks)
