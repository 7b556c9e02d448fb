"""A story told by its event's own reports and by reports of its sides and consequences
("shares slump after the fire", "police detain a manager over the fire"): which heads
and leads it (r68 F5: a dam's collapse had been headed by its shares' fall, a
single-source arrest and the police's denial of it). Every text here is invented: a
chemical plant's fire in a made-up country."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app
from brief.compose.titles import side_reports
from brief.models import Document, Source

runner = CliRunner()


def _document(number: int, title: str) -> Document:
    return Document(Source(number, f"{number}.txt", f"{number}.txt", "0" * 64, 1), title, ())


FIRE = "Fire at Dunmore chemical plant kills four workers"
FIRE_LEDE = (
    "A fire at the Kelvar chemical plant in Dunmore killed four workers on Tuesday, the fire"
    " service said."
)


def test_a_headline_of_a_consequence_of_an_event_another_report_tells_is_a_side() -> None:
    documents = [
        _document(1, "Kelvar Chemicals shares slump 18 percent after Dunmore plant fire"),
        _document(2, FIRE),
        _document(3, "Police detain Kelvar plant manager over Dunmore fire"),
    ]
    ledes = {
        1: "Shares in Kelvar Chemicals fell 18 percent on Tuesday after the fire at its plant.",
        2: FIRE_LEDE,
        3: "Police in Ostrava detained the manager of the Dunmore plant over the fire.",
    }
    assert side_reports(documents, ledes) == {1, 3}
    # with no report that tells the fire itself, each is the story's own news
    assert side_reports([documents[0], documents[2]], {1: ledes[1], 3: ledes[3]}) == set()
    assert side_reports(documents[:1], ledes) == set()


def test_a_toll_a_time_a_name_or_an_untold_cause_makes_no_side() -> None:
    fire = _document(2, FIRE)
    for title in (
        "Death toll rises to 9 after Dunmore plant fire",  # the event's own toll
        "Dunmore plant reopens after 30 years of protests",  # a time
        "Smoke hangs over Dunmore",  # a name alone
        "Dock workers strike over pay",  # a cause no report tells
    ):
        found = side_reports([_document(1, title), fire], {2: FIRE_LEDE})
        assert found == set(), title


# A plant fire told over two days: the wire, the fire service's bulletin, a local paper
# and the company's shares on the first; on the second, only the police's word that no one
# has been arrested over it (the latest day's one report); and a match of another desk.
REPORTS = {
    "wire.txt": (
        FIRE + "\nCoast Wire | 12 May 2027",
        FIRE_LEDE,
        "Eleven people were taken to hospital with burns and smoke injuries.",
        "The blaze broke out in a solvent store shortly after 6 a.m. and burned for five"
        " hours before firefighters brought it under control.",
        "Kelvar Chemicals said it was working with investigators.",
    ),
    "bulletin.txt": (
        "Dunmore plant fire: situation at 18:00\nOstrava Fire Service | 12 May 2027",
        "The Ostrava Fire Service confirms four deaths following the fire at the Kelvar"
        " chemical plant in Dunmore on Tuesday.",
        "Eleven people are in hospital, two of them in a serious condition.",
        "Residents within 2 kilometres of the plant should keep their windows closed.",
    ),
    "local.txt": (
        "Dunmore counts its dead after chemical plant blaze\nDunmore Herald | 12 May 2027",
        "Four workers died on Tuesday when a blaze tore through the solvent store of the"
        " Kelvar chemical plant in Dunmore, the town's mayor said.",
        "Eleven others were injured, and the town's school was closed for the day.",
        "Smoke from the burning solvent store could be seen across the bay.",
    ),
    "shares.txt": (
        "Kelvar Chemicals shares slump 18 percent after Dunmore plant fire\n"
        "Ostrava Business Daily | 12 May 2027",
        "Shares in Kelvar Chemicals fell 18 percent on the Ostrava exchange on Tuesday after"
        " the fire at its Dunmore plant killed four workers.",
        "Analysts said the plant makes about a third of the company's solvents.",
    ),
    "police.txt": (
        "Ostrava police say no arrests yet over Dunmore plant fire\nCoast Wire | 13 May 2027",
        "Police in Ostrava said on Wednesday that no one had been arrested over the fire at"
        " the Kelvar chemical plant in Dunmore that killed four workers.",
        "Investigators had questioned the plant's manager as a witness, a spokesman said.",
    ),
    "football.txt": (
        "Ostrava beat Lenmark 3-0 in cup qualifier\nOstrava Sport | 12 May 2027",
        "Ostrava beat Lenmark 3-0 in a cup qualifier in Ostrava City on Tuesday, with two"
        " goals from striker Pavel Imre.",
        "The win lifts Ostrava to second place in their group.",
    ),
}


def test_a_story_is_headed_by_its_event_not_by_a_side_of_it(
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
    wire = numbers[FIRE]
    fire = next(s for s in briefing["stories"] if wire in s["sources"])
    assert len(fire["sources"]) >= 3, fire
    assert not fire["title"].startswith(("Ostrava police", "Kelvar Chemicals shares")), fire
    lead = fire["summary"][0]["text"]
    assert "no one had been arrested" not in lead and "Shares" not in lead, lead


def test_a_later_day_told_only_by_a_side_of_the_event_gives_no_lead() -> None:
    """The police's word, the one report of the fire's second day, is a side of the fire
    the first day's reports tell: the story's latest day for its lead is the first."""
    from brief.ingest import make_source, parse_text
    from brief.models import StoryGroup
    from brief.pipeline.drafts import _latest_telling, _side_reports
    from brief.pipeline.superseded.reports import latest_day_sources
    from brief.segment import segment

    names = ("wire.txt", "bulletin.txt", "local.txt", "police.txt")
    texts = ["\n\n".join(REPORTS[name]) for name in names]
    corpus = segment(
        [
            parse_text(text, make_source(name, n, text.encode("utf-8")))
            for n, (name, text) in enumerate(zip(names, texts, strict=True), 1)
        ]
    )
    group = StoryGroup(sources=(1, 2, 3, 4))
    assert latest_day_sources(corpus, group) == {4}
    assert _latest_telling(corpus, group, _side_reports(corpus, group)) == {1, 2, 3}
