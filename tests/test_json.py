"""The JSON output is one consistent account of the brief (docs/json.md): a bullet has
one shape and one section wherever it is, and each row that stands on a sentence names
the story it is filed under. All texts are invented for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brief.cli import app

FLOODS = """Floods kill 12 in the Tarn valley
By Ann Lee, Tarn Post, 24 November 2026

Floods killed 12 people in the Tarn valley on Tuesday, the disaster agency said.

About 3,000 people were displaced, and rescue teams searched for 40 people still missing.

"We lost everything in one night," said Mara Lind, a farmer in Ostrel.
"""
PORT = """Army takes over Ostravel port
By Sue Green, Elsey Wire, 24 November 2026

The army took control of the port of Ostravel on Monday, halting all shipping, officials said.

Shipping agents said at least 15 vessels were waiting outside the harbour on Tuesday.

"The port is closed until further notice," said Colonel Piet Varga, the army spokesman.
"""
SEIZURE = """Soldiers seize Ostravel port
By Tom Roe, Elsey Risk Letter, 24 November 2026

Soldiers seized the port of Ostravel on Monday and closed it to shipping, the port authority said.

About 200 soldiers took part in the operation, which halted exports worth $50 million a week.
"""

BREAKDOWN = """Tanker breakdown closes Varne channel
By Ida Holm, Coast Daily, 24 November 2026

Norway suspended shipping through the Varne channel on Thursday after a tanker lost engine \
power near the harbour, the coastal authority said.

Two tugboats towed the tanker to an anchorage, and no pollution was reported.

About 30 vessels were waiting at both ends of the channel on Thursday evening.

Oil prices rose slightly on the news.
"""


def _digest(tmp_path: Path, *more: str) -> dict:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    texts = {"a.txt": FLOODS, "b.txt": SEIZURE, "c.txt": PORT}
    texts.update({f"{n}.txt": text for n, text in enumerate(more)})
    for name, text in texts.items():
        (inbox / name).write_text(text, encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(inbox), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_each_figure_names_its_story_and_the_day_the_timeline_gives_it(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r45 M2: the figures carried no story, so a dashboard filed one story's toll under
    another's, and no date, although the timeline dated their sentences."""
    data = _digest(tmp_path)
    story_of = {n: s["id"] for s in data["stories"] for n in s["sources"]}
    floods, port = story_of[1], story_of[3]
    assert floods != port and story_of[2] == port
    figures = {f["text"]: f for f in data["figures"]}
    assert figures["killed 12 people"]["story"] == floods
    assert figures["killed 12 people"]["date"] == "2026-11-24"  # Tuesday
    assert figures["at least 15 vessels"]["story"] == port
    dated = {row["ref"]: row["date"] for row in data["timeline"]}
    for figure in data["figures"]:
        assert figure["story"] == story_of[figure["source"]]
        assert figure["ref"] == f"[{figure['source']}:{figure['index']}]"
        assert figure["date"] == dated.get(figure["ref"])
    for row in [*data["timeline"], *data["quotes"]]:
        assert row["story"] == story_of[int(row["ref"].strip("[]").split(":")[0])]


ARREST = (
    "Police detain Ostravel union leader\nBy Ann Lee, Tarn Post, 24 November 2026\n\n"
    "Riot police detained union leader Hanna Kovar outside the Ostravel docks late on"
    " Monday as dockers protested against the port's closure.\n\n"
    "Her lawyer said she was held without charge.\n"
)
ARREST_AGAIN = (
    "Kovar detained, dockers vow to return\nBy Tom Roe, Elsey Wire, 24 November 2026\n\n"
    "Union leader Hanna Kovar was detained by riot police outside the Ostravel docks on"
    " Monday night, as a third night of protests ended in clashes.\n\n"
    "Dockers said they would return to the gates on Tuesday.\n"
)


def test_one_event_two_outlets_tell_is_one_timeline_row(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r54: one arrest told by two outlets was two rows of the JSON's timeline, which
    read as two arrests, where the printed timeline had one; a figure of the row left
    out keeps its date."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in {"a.txt": ARREST, "b.txt": ARREST_AGAIN}.items():
        (inbox / name).write_text(text, encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(inbox), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    mondays = [row for row in data["timeline"] if row["date"] == "2026-11-23"]
    assert len(mondays) == 1, mondays


def test_a_bullet_has_one_shape_and_the_section_it_is_printed_under(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r45 M2: a story's bullets had no `ref`, and the top-level summary gave a sentence
    the section of its own words where the digest prints it under its story's."""
    data = _digest(tmp_path)
    printed = {b["ref"]: s["key"] for s in data["sections"] for b in s["bullets"]}
    bullets = [
        *data["summary"],
        *(b for s in data["sections"] for b in s["bullets"]),
        *(b for s in data["stories"] for b in s["summary"]),
    ]
    shape = set(data["sections"][0]["bullets"][0])
    assert {"ref", "section", "story", "cited"} <= shape
    for bullet in bullets:
        assert set(bullet) - {"rank"} == shape
        assert bullet["ref"] == "[" + "; ".join(bullet["cited"]) + "]"
    story = {s["id"]: s for s in data["stories"]}
    for bullet in data["summary"]:
        assert bullet["section"] == story[bullet["story"]]["section"]
        if bullet["ref"] in printed:
            assert bullet["section"] == printed[bullet["ref"]]
    for s in data["stories"]:
        assert all(b["story"] == s["id"] and b["section"] == s["section"] for b in s["summary"])


def test_a_sentence_names_its_story_which_says_why_it_is_in_no_section(
    tmp_path: Path, fixed_clock: object
) -> None:
    """r54 L2: a sentence whose scores reach `min_score` was "other" with nothing to say
    why: its story is outside the profile (a tanker's breakdown is no crisis), and a story
    the profile leaves out keeps none of its sentences in a section."""
    data = _digest(tmp_path, BREAKDOWN)
    story_of = {n: s["id"] for s in data["stories"] for n in s["sources"]}
    story = {s["id"]: s for s in data["stories"]}
    assert all(s["story"] == story_of[s["source"]] for s in data["sentences"])
    oil = next(s for s in data["sentences"] if s["text"].startswith("Oil prices"))
    assert oil["section"] == "other" and oil["section_scores"]["economy"] >= 1.0
    assert story[oil["story"]]["relevant"] is False
    for sentence in data["sentences"]:
        if story[sentence["story"]]["section"] == "other":
            assert sentence["section"] == "other"


COLUMN = """Opinion: The navy should stop pretending the strait is safe

Warships of both fleets now sail within a mile of each other in the strait every week.

The admirals on both sides insist that their patrols are routine and that nobody wants a clash.

They should stop pretending, and agree a hotline before a collision does it for them.
"""


def test_a_story_the_print_lists_for_having_no_bullet_is_not_relevant(tmp_path: Path) -> None:
    """`relevant` is the print's: told in full, or listed under "Also in the inbox". An
    opinion column, whose views make no bullet, is listed, though its words are of a
    section of the profile, and its JSON had said relevant (r76 F13)."""
    data = _digest(tmp_path, COLUMN)
    column = next(s for s in data["stories"] if s["title"].startswith("Opinion:"))
    assert column["summary"] == [] and column["relevant"] is False
    assert all(
        s["relevant"] == bool(s["summary"]) for s in data["stories"] if s["section"] != "other"
    )


def test_the_feed_health_note_is_in_the_json_too(tmp_path: Path) -> None:
    """r45 L8: a daily brief's Markdown and PDF said which feed had failed; its JSON did
    not."""
    from dataclasses import replace

    from brief.options import Options
    from brief.pipeline import build
    from brief.render import render
    from tests.conftest import FIXED_NOW

    article = tmp_path / "a.txt"
    article.write_text(FLOODS, encoding="utf-8")
    briefing = build([str(article)], Options(now=FIXED_NOW))
    assert json.loads(render(briefing, "json", Options()))["feed_health"] == []
    note = ("Tarn Post (http://127.0.0.1:9/feed.xml): failed since 2026-11-24: HTTP 500",)
    data = json.loads(render(replace(briefing, feed_health=note), "json", Options()))
    assert data["feed_health"] == list(note)


PRICES = """Gas and oil prices climb on Varne outage
By Ida Holm, Coast Daily, 24 November 2026

Brent crude rose to $84.10 a barrel on Tuesday after the Varne channel closed, traders said.

Day-ahead power in Norland cost 91.40 euros per megawatt hour, and the field pumps 310,000 bpd.
"""


def test_a_price_keeps_its_currency_as_its_unit_and_its_per_apart(tmp_path: Path) -> None:
    """r56 M5: "$81.42 a barrel" had no "per" in the JSON. A sum's `unit` stays its
    currency, as before (a bare "$" of an outlet of no known country has none), and `per`
    says what it is per; a measure's `unit` keeps its "per day" and `per` says it too."""
    path = tmp_path / "prices.txt"
    path.write_text(PRICES, encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    figures = {f["text"]: f for f in json.loads(out.read_text(encoding="utf-8"))["figures"]}
    assert (figures["$84.10 a barrel"]["unit"], figures["$84.10 a barrel"]["per"]) == (
        None,
        "barrel",
    )
    power = figures["91.40 euros per megawatt hour"]
    assert (power["kind"], power["unit"], power["per"]) == ("money", "EUR", "MWh")
    flow = figures["310,000 bpd"]
    assert (flow["kind"], flow["value"], flow["unit"], flow["per"]) == (
        "measure",
        310000.0,
        "barrels per day",
        "day",
    )
    assert all("per" in figure for figure in figures.values())


TOLLS = """Storm toll disputed in Vessa
By Ida Holm, Coast Daily, 24 November 2026

The Vessan Red Cross said at least 44 people had died in the storm.

The interior ministry reports 29 deaths, a lower count.

The storm destroyed 310 homes in the valley.
"""


def test_a_figure_names_who_gives_it_in_json_and_markdown(tmp_path: Path) -> None:
    """r59 S1-2: rival tolls had been bare key figures. A figure carries the body its own
    sentence names (`sayer`), null where it names none; the Markdown puts it in brackets."""
    path = tmp_path / "tolls.txt"
    path.write_text(TOLLS, encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    figures = {f["text"]: f for f in json.loads(out.read_text(encoding="utf-8"))["figures"]}
    assert figures["at least 44 people had died"]["sayer"] == "the Vessan Red Cross"
    assert figures["29 deaths"]["sayer"] == "the interior ministry"
    assert figures["destroyed 310 homes"]["sayer"] is None
    markdown = tmp_path / "brief.md"
    result = CliRunner().invoke(app, ["make", str(path), "-o", str(markdown)])
    assert result.exit_code == 0, result.output
    text = markdown.read_text(encoding="utf-8")
    assert "- 29 deaths (the interior ministry) [1:" in text
    assert "- destroyed 310 homes [1:" in text


RANGES = """Exchange raises copper margins
By Ida Holm, Metals Desk, 9 June 2027

The exchange raised initial margins on the copper contract from $6,800 to $8,150 per lot.

The miner reported repair costs of between $180 million and $220 million.

Copper traded in a range of $10,800-11,600 this week.

Three workers were killed in the collapse.
"""


def test_a_range_and_a_change_tell_the_number_they_run_to(tmp_path: Path) -> None:
    """r64 F4: a program that read `value` alone booked the exchange's old margin and the
    low end of every range. `value` is still where a range or a change starts (its
    `bound` says how it reads); `to` is where it runs to, null for one number."""
    path = tmp_path / "ranges.txt"
    path.write_text(RANGES, encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    figures = {f["text"]: f for f in json.loads(out.read_text(encoding="utf-8"))["figures"]}
    ends = {text: (f["value"], f["to"]) for text, f in figures.items()}
    assert ends["from $6,800 to $8,150 per lot"] == (6800.0, 8150.0)
    assert figures["from $6,800 to $8,150 per lot"]["per"] == "lot"
    assert ends["between $180 million and $220 million"] == (180_000_000.0, 220_000_000.0)
    assert ends["$10,800-11,600"] == (10800.0, 11600.0)
    assert ends["Three workers were killed"] == (3.0, None)


RATES = """War-risk rates ease in the Varne channel
By Ida Holm, Coast Daily, 24 November 2026

Underwriters are now quoting 0.6 percent of hull value for a seven-day transit, brokers said.

Premiums were 1.1 percent of hull value at the height of the blockade.
"""


def test_a_figures_date_is_decided_in_compose_and_the_json_reads_it(tmp_path: Path) -> None:
    """Review: the JSON had worked out a level's date at render time. The Briefing's figure
    carries it (a rate told in the present is of its report's day, one in the past of
    none), and the JSON gives what the Briefing says."""
    from brief.options import Options
    from brief.pipeline import build
    from brief.render import render
    from tests.conftest import FIXED_NOW

    article = tmp_path / "rates.txt"
    article.write_text(RATES, encoding="utf-8")
    briefing = build([str(article)], Options(now=FIXED_NOW))
    dates = {f.text: f.date for f in briefing.figures}
    assert dates["Underwriters are now quoting 0.6 percent of hull value"] == "2026-11-24"
    assert dates["1.1 percent of hull value"] is None
    data = json.loads(render(briefing, "json", Options()))
    assert {f["text"]: f["date"] for f in data["figures"]} == dates
