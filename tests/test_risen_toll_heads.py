"""A story of several days whose latest day brings a risen toll is headed and led by the
report that gives it, not by a side event of that day (r73 F10: a commander's dismissal
had headed a shelling's second day, whose wire said "death toll ... has risen to five").
Every text here is invented."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app
from brief.models import Sentence
from brief.pipeline.departures import tells_departure
from brief.pipeline.drafts import _highest_risen

runner = CliRunner()

ARTICLES = {
    "d1-wire.txt": (
        "Avalanche buries chalets above Vessen, killing three",
        "VESSEN, Norland, Jan 11, 2029 (Alpine Wire) - An avalanche buried four chalets above"
        " the ski village of Vessen in northern Norland on Sunday, killing three people, the"
        " regional police said.",
        "Rescuers pulled seven people alive from the snow, and two are still missing, the"
        " police said.",
        "The Vessen valley road was closed after the avalanche.",
    ),
    "d2-toll.txt": (
        "Death toll from Vessen avalanche rises to five",
        "VESSEN, Norland, Jan 12, 2029 (Alpine Wire) - The death toll from the avalanche that"
        " buried chalets above the Norland ski village of Vessen has risen to five, the"
        " regional police said on Monday.",
        "Rescuers found the bodies of the two missing skiers on Monday morning, the police said.",
        "Initial reports had spoken of three dead.",
    ),
    "d2-chief.txt": (
        "Norland replaces head of Vessen mountain rescue",
        "VESSEN, Norland, Jan 12, 2029 (Alpine Wire) - The governor of northern Norland on"
        " Sunday evening dismissed Captain Ivo Marrak as head of the Vessen mountain rescue"
        " service and appointed Captain Lena Stroh in his place, the governor's office said.",
        "The office gave no reason for the change.",
        "Marrak had led the service since 2024 and was in charge of the rescuers who searched"
        " the chalets above Vessen on Sunday.",
    ),
    "d2-hotels.txt": (
        "Vessen hotels empty as valley road stays shut after avalanche\n"
        "Norland Courier | By Ana Pirc, Vessen | Monday 12 January 2029",
        "Hotels in the Norland ski village of Vessen were half empty on Monday as the valley"
        " road stayed closed after Sunday's avalanche above the village.",
        "About 1,200 guests left Vessen by helicopter and bus on Monday, the tourist office said.",
    ),
    "d2-warning.txt": (
        "Norland raises avalanche warning for Vessen valley",
        "VESSEN, Norland, Jan 12, 2029 (Alpine Wire) - Norland's weather service raised the"
        " avalanche warning for the Vessen valley to its highest level on Monday, a day after"
        " an avalanche killed skiers above Vessen.",
        "Up to 60 cm of fresh snow is forecast for Tuesday, the service said.",
    ),
    "d2-port.txt": (
        "Dock strike halts container traffic at Port Ardan",
        "ARDAN, Jan 12, 2029 (Alpine Wire) - A strike by dock workers halted container traffic"
        " at Port Ardan on Monday, the port authority said.",
        "The union is demanding a 9 percent pay rise.",
    ),
}


def test_the_latest_days_risen_toll_heads_its_story_and_a_dismissal_is_a_bullet(
    tmp_path: Path, fixed_clock: object
) -> None:
    for file, texts in ARTICLES.items():
        (tmp_path / file).write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["make", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    story = next(s for s in brief["stories"] if len(s["sources"]) > 1)
    assert story["title"] == "Death toll from Vessen avalanche rises to five"
    texts = [b["text"] for b in story["summary"]]
    assert texts[0].startswith("The death toll from the avalanche")
    # the change of who leads the rescuers is told, not only learnt from a role column
    assert any("dismissed Captain Ivo Marrak" in t for t in texts), texts


def _sentences(*rows: tuple[int, str]) -> list[Sentence]:
    return [Sentence(text, source, 1, 0) for source, text in rows]


def test_a_toll_its_own_report_says_rose_from_an_earlier_count_has_risen() -> None:
    sentences = _sentences(
        (1, "The death toll from the mine fire in Orlo has risen to nine, officials said."),
        (1, "Initial reports had spoken of four dead."),
        (2, "Miners' families gathered at the gates of the Orlo mine on Friday."),
    )
    told = {1: (9.0, frozenset({"Tessaly"})), 2: (-1.0, frozenset())}
    assert _highest_risen(sentences, told) == (9.0, frozenset({1}))
    # a report that recalls only a higher count tells no toll risen
    higher = _sentences(
        (1, "The toll in Orlo is nine."), (1, "Initial reports had spoken of 12 dead.")
    )
    assert _highest_risen(higher, {1: (9.0, frozenset({"Tessaly"}))}) is None


def test_an_earlier_days_toll_is_a_count_risen_from_but_gives_no_lead() -> None:
    sentences = _sentences(
        (1, "A mine fire in Tessaly killed four miners on Thursday, officials said."),
        (2, "The death toll from the mine fire in Tessaly rose to nine on Friday."),
        (3, "Tessaly's mining minister visited the Orlo mine on Friday."),
    )
    told = {
        1: (4.0, frozenset({"Tessaly"})),
        2: (9.0, frozenset({"Tessaly"})),
        3: (-1.0, frozenset()),
    }
    latest = frozenset({2, 3})
    assert _highest_risen(sentences, told, latest) == (9.0, frozenset({2}))
    # the earlier day's higher count is no latest count of a day that gives a lower one
    assert _highest_risen(sentences, {**told, 1: (12.0, frozenset({"Tessaly"}))}, latest) is None


def test_an_ending_verb_with_its_holder_as_object_tells_a_departure() -> None:
    assert tells_departure(
        "The governor on Sunday dismissed Captain Ivo Marrak as head of the rescue service"
        " and appointed Lena Stroh in his place."
    )
    assert tells_departure("Berg replaced Lind as foreign minister on Friday.")
    # a thing's name is no holder; a relative clause and "after" tell what came before
    assert not tells_departure("The new system replaced Windows as the default.")
    assert not tells_departure("The board, which dismissed Roe as chairman in 2019, met.")
    assert not tells_departure("A week after the mayor dismissed Roe as police chief, it rained.")
