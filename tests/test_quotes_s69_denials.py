"""A quoted claim whose own sentence says in the same breath that someone denies it
carries its denier, or is no row where only a pronoun names them (r74 F15). Invented
texts of other settings only."""

from __future__ import annotations

from pathlib import Path

from brief.extract.quotes.denials import denied_in
from brief.models import Quote
from tests.extract_helpers import quotes_of, sentences_of


def quotes(tmp_path: Path, text: str) -> list[Quote]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return list(quotes_of(sentences_of(path)))


_DAM = (
    "Dam row deepens\nRIVER COURIER\n\n"
    "Carla Benn, the water minister of Ostrava Province, visited the dam on Monday.\n\n"
    'Benn said the contractor had "cut every corner it could", a charge the builders\''
    " federation rejected.\n\n"
    '"We will publish the inspection in full," Benn said.\n'
)


def test_a_quote_its_sentence_says_is_denied_carries_its_denier(tmp_path: Path) -> None:
    found = {q.text: (q.actor, q.denied_by) for q in quotes(tmp_path, _DAM)}
    assert found["cut every corner it could"] == ("Carla Benn", "the builders' federation")
    assert found["We will publish the inspection in full"] == ("Carla Benn", None)


def test_the_tag_forms_of_a_denial() -> None:
    said = 'He said the pilot had "admitted the error" and resigned, which the airline has denied.'
    assert denied_in(said, "admitted the error") == "the airline"
    said = '"The strait is closed," the navy said, a claim rejected by the port authority.'
    assert denied_in(said, "The strait is closed,") == "the port authority"
    said = 'She said the mayor had "taken the money", an accusation he flatly denied on Friday.'
    assert denied_in(said, "taken the money") == "he"


def test_a_tag_that_denies_nothing_or_comes_before_the_quote_gives_no_denier() -> None:
    said = 'She said the mayor had "taken the money", which the mayor has not denied.'
    assert denied_in(said, "taken the money") is None
    said = '"We will win," she said, adding that the party was ready.'
    assert denied_in(said, "We will win,") is None
    said = 'The claim, which the club denied, was repeated by a fan who called it "a fix".'
    assert denied_in(said, "a fix") is None
    said = '"The plan is dead," she said of the bridge, which the council has rejected.'
    assert denied_in(said, "The plan is dead,") is None  # a plan rejected, not the claim


def test_a_quote_denied_by_a_pronoun_alone_is_no_row(tmp_path: Path) -> None:
    text = (
        "Mayor accused\nHILL TIMES\n\n"
        "Anders Pol, the opposition leader, spoke in the council on Tuesday.\n\n"
        'Pol said the mayor had "taken the money for the bridge", which he denied.\n'
    )
    assert [q.text for q in quotes(tmp_path, text)] == []


_STRIKE = (
    "Mill owner accused over strike\nBy Lene Holt, Labour Desk, 4 May 2028\n\n"
    "Workers at the Varde textile mill stayed out for a third day on Tuesday.\n\n"
    'Union leader Petra Lund said the owner had "locked the gates before the vote was'
    " counted\", which the mill's management has denied.\n\n"
    "The strike began after talks on pay broke down last week.\n"
)


def test_a_denied_quote_is_printed_with_its_denier_in_json_and_markdown(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from brief.cli import app

    path = tmp_path / "strike.txt"
    path.write_text(_STRIKE, encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = json.loads(out.read_text(encoding="utf-8"))["quotes"]
    denied = [q for q in rows if q["text"].startswith("locked the gates")]
    assert [q.get("denied_by") for q in denied] == ["the mill's management"]
    markdown = tmp_path / "brief.md"
    result = CliRunner().invoke(app, ["make", str(path), "-o", str(markdown)])
    assert result.exit_code == 0, result.output
    assert "· denied by the mill's management" in markdown.read_text(encoding="utf-8")
