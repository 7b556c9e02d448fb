"""A story of one day told by its event's reports and by one report of a side matter
(a food bank opening for striking dockers' families): the side matter is one report's
alone, and does not lead or head the story. Every text here is invented: a port strike in
a made-up country."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app
from brief.compose.titles import asides
from brief.models import Block, Document, Source

runner = CliRunner()

STRIKE = "Dockers strike shuts Port Meridan, stranding 40 ships"
REPORTS = {
    "wire.txt": (
        STRIKE,
        "Meridan — Dock workers walked off the job at Port Meridan on Monday, halting all cargo"
        " handling at the country's largest container port and leaving 40 ships waiting "
        "offshore, the port authority said.",
        "The Meridan Dockers' Union called the 48-hour strike after talks on a new wage "
        "agreement collapsed on Sunday night.",
        "The port handles about two thirds of the country's container trade.",
        "The port authority said perishable cargo would be moved to Halvik if the strike went on.",
    ),
    "paper.txt": (
        "Port Meridan strike halts cargo as dockers demand pay rise",
        "Cargo handling at Port Meridan came to a standstill on Monday as dock workers began a "
        "48-hour strike over pay, with about 40 ships anchored off the port.",
        "Union leader Tomas Varga said dockers had not had a rise in four years.",
        "Exporters of fruit warned that shipments could spoil within days.",
    ),
    "business.txt": (
        "Exporters count losses as Port Meridan strike halts cargo",
        "Exporters said on Monday that the dock workers' strike at Port Meridan, which halted "
        "cargo handling at the port, would cost them millions in delayed shipments.",
        "The Chamber of Exporters said 40 ships were waiting to unload.",
        "Fruit growers said their cargo could spoil within days.",
    ),
    "foodbank.txt": (
        "Food bank opens at Meridan community hall for striking dockers",
        "The Meridan Community Food Bank opened at the community hall on Monday for families of"
        " dock workers on the 48-hour strike that halted cargo handling at Port Meridan, where "
        "40 ships are waiting offshore, its director Ana Lisle said.",
        "Volunteers packed 300 parcels of rice, beans and tinned fish on Monday afternoon.",
        "The food bank asked residents to donate tinned goods and nappies.",
    ),
}


def _document(number: int, title: str, lede: str) -> Document:
    source = Source(number, f"{number}.txt", f"{number}.txt", "0" * 64, 1)
    return Document(source, title, (Block("paragraph", lede),))


def _documents(names: tuple[str, ...]) -> list[Document]:
    return [_document(n, REPORTS[name][0], REPORTS[name][1]) for n, name in enumerate(names, 1)]


def test_a_report_no_other_bears_out_beside_an_event_most_tell_is_an_aside() -> None:
    documents = _documents(("wire.txt", "paper.txt", "business.txt", "foodbank.txt"))
    assert asides(documents) == {4}


def test_no_aside_of_two_reports_nor_where_most_reports_are_alone() -> None:
    # of two reports neither is the other's majority
    assert asides(_documents(("wire.txt", "foodbank.txt"))) == set()
    # three angles and one event report: no headline most of the others bear out
    lonely = [
        _document(1, STRIKE, REPORTS["wire.txt"][1]),
        _document(2, "Halvik ferry fares rise", "Ferry fares from Halvik rose on Monday."),
        _document(3, "Fishing fleet stays home", "The fishing fleet stayed in harbour."),
        _document(4, REPORTS["foodbank.txt"][0], REPORTS["foodbank.txt"][1]),
    ]
    assert asides(lonely) == set()


def test_a_port_strike_is_headed_and_led_by_the_strike_not_the_food_bank(
    tmp_path: Path, fixed_clock: object
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text("\n\n".join(text) + "\n", encoding="utf-8")
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    briefing = json.loads(out.read_text(encoding="utf-8"))
    numbers = {s["title"]: s["number"] for s in briefing["sources"]}
    strike = next(s for s in briefing["stories"] if numbers[STRIKE] in s["sources"])
    assert not strike["title"].startswith("Food bank"), strike
    assert "Food Bank" not in strike["summary"][0]["text"], strike["summary"][0]
