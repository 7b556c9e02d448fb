"""A copy's notes about itself: the line that says what a transcript or a statement is
("Transcript of the hearing held by ..."), the line that brings in the text below it
("The following statement was read by ..."), and an interpreter's or an editor's note
("The mayor's answers were interpreted into French for local reporters.") are the
page's, as a translator's note is: no bullet, lead, row or key figure. A chair's turns in
a printed exchange (a press officer who opens and closes it, giving the floor, and
answers no question while another does) are no news either. Invented texts only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.ingest.furniture import NOTE, furniture_kind


@pytest.mark.parametrize(
    "text",
    [
        "Transcript of the hearing held by the harbour commission in Port Elsey on Friday,"
        " 3 May 2029, at 10:00 local time.",
        "Transcript of the briefing of Deputy Mayor Kofi Arthur, Thursday, 2 May 2029.",
        "Full text of the address given by President Ana Roe at the opening of parliament.",
        "Remarks by the Chief Medical Officer at the launch of the measles campaign.",
        "Transcript of the call held on 4 March, edited for length.",
        "The following statement was read by press officer Tom Lake on behalf of the club's"
        " chairman at 18:00 on Sunday.",
        "The following is an edited record of the council's news conference.",
        "The mayor's answers were interpreted into French for local reporters.",
        "Questions from regional reporters were interpreted from Spanish.",
    ],
)
def test_a_note_of_what_the_copy_is_is_the_pages(text: str) -> None:
    assert furniture_kind(text) == NOTE


@pytest.mark.parametrize(
    "text",
    [
        "Transcripts of the calls were released by the court on Monday.",
        "The transcript of the hearing shows the judge warned the defence twice.",
        "Text of the treaty was published on Monday after months of secrecy.",
        "Remarks by the minister angered farmers in the north of the country.",
        "The following day, the statement was read out in parliament.",
        "Her remarks were translated into Russian for state television, which cut the"
        " passage on the border.",
        "The statement was read by a colonel on state television at dawn.",
        "The charges were translated into Arabic for the three defendants.",
    ],
)
def test_a_sentence_about_a_transcript_or_a_statement_is_news(text: str) -> None:
    assert furniture_kind(text) is None


BRIEFING = "\n\n".join(
    [
        "Port authority: no closure of the northern harbour",
        "Elsey Port Authority | Press conference transcript | 2 May 2029",
        "Transcript of the press conference held by Harbour Master Ines Varga at the port"
        " offices in Port Elsey on Wednesday, 2 May 2029, at 10:00 local time. Questions"
        " from visiting reporters were interpreted from Portuguese.",
        "PRESS OFFICER (Tom Lake): Good morning. The Harbour Master will make a statement"
        " and then take two questions.",
        "VARGA: Let me be plain. The northern harbour will not close, whatever the dredging"
        " survey finds. Ferries will run to the islands on the normal timetable, and the"
        " fuel berth reopened at dawn. The survey found silt at 4.2 metres in the outer"
        " channel.",
        "QUESTION (Elsey Herald): Will pilots still board at the outer buoy?",
        "VARGA: Pilots will board at the inner buoy until the channel is dredged, from Friday.",
        "QUESTION (Island Radio): Will the ferry company be paid for the delays?",
        "VARGA: The authority will pay the ferry company 80,000 euros for the two days lost.",
        "PRESS OFFICER (Tom Lake): Thank you. That concludes the press conference.",
    ]
)


def _briefed(tmp_path: Path) -> dict:
    from typer.testing import CliRunner

    from brief.cli import app
    from tests.conftest import sample_paths

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in sample_paths():
        (inbox / path.name).write_bytes(path.read_bytes())
    (inbox / "port.txt").write_text(BRIEFING, encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(inbox), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_a_press_conference_is_told_by_its_principals_answers(
    tmp_path: Path, fixed_clock: object
) -> None:
    """Its story's bullets are the harbour master's words, not the transcript's line of
    what it is, nor the press officer's housekeeping; neither is a row of the timeline,
    and "two questions" is no key figure."""
    data = _briefed(tmp_path)
    number = next(s["number"] for s in data["sources"] if s["name"] == "port.txt")
    (story,) = [s for s in data["stories"] if number in s["sources"]]
    texts = [bullet["text"] for bullet in story["summary"]]
    assert texts
    assert not any("Transcript of" in t or "two questions" in t for t in texts), texts
    assert any("will not close" in t for t in texts), texts
    rows = [row["text"] for row in data["timeline"]]
    assert not any("Transcript of" in r or "two questions" in r for r in rows), rows
    assert not any("two questions" in f["text"] for f in data["figures"])


NOTE_LINES = "\n".join(  # a line each, as a feed's archived copy holds them
    [
        "Elsey Securities | Markets note | 3 May 2029",
        "Elsey: port strike puts the harbour bond at risk",
        "By Mara Lind, senior analyst for Northern and Western Europe",
        "The strike at the northern harbour has halted fuel deliveries to the islands for a"
        " third day. We expect the harbour authority to miss its June coupon if the strike"
        " lasts another week.",
        "This note is not investment advice.",
    ]
)


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        ("By Mara Lind, senior analyst for Northern and Western Europe", "Mara Lind"),
        ("By Ann Lee, chief correspondent", "Ann Lee"),
        ("By Election Day, senior officials had fled the capital", None),
    ],
)
def test_a_byline_may_give_the_writers_job_at_length(line: str, writer: str | None) -> None:
    from brief.ingest.layout.bylines import byline

    assert byline(line) == writer


def test_a_notes_headline_and_byline_stay_apart_from_its_lede(tmp_path: Path) -> None:
    """A line a paragraph, the headline and the byline above the first: they are no part
    of its first sentence (r75 F10 had them glued into one bullet)."""
    from brief.ingest import parse_text
    from brief.models import Source
    from brief.segment import segment

    doc = parse_text(NOTE_LINES, Source(1, "note.txt", "note.txt", "", len(NOTE_LINES)))
    assert doc.title == "Elsey: port strike puts the harbour bond at risk"
    first = segment([doc]).sentences[0].text
    assert first.startswith("The strike at the northern harbour"), first


def test_a_later_sentence_of_a_turn_past_its_preface_keeps_its_voice(
    tmp_path: Path, fixed_clock: object
) -> None:
    """The harbour master's turn opens with a preface ("Let me be plain."), which her
    quote leaves out as small talk: her next sentence, a bullet, is still hers."""
    from typer.testing import CliRunner

    from brief.cli import app

    (tmp_path / "port.txt").write_text(BRIEFING, encoding="utf-8")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["make", str(tmp_path / "port.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    (closure,) = [b for b in data["summary"] if "will not close" in b["text"]]
    assert closure.get("speaker") == "Ines Varga", closure
    assert not any(b["text"].endswith("Let me be plain.") for b in data["summary"])


def _quiet(tmp_path: Path, paragraphs: list[str]) -> set[str]:
    from brief.selection.exchanges import small_talk
    from tests.extract_helpers import sentences_of

    path = tmp_path / "a.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    sentences = sentences_of(path)
    return {sentences[at].text for at in small_talk(sentences)}


def test_a_chair_who_gives_the_floor_is_read_without_the_closing_turn(tmp_path: Path) -> None:
    """A brief over several days drops a press officer's closing "Thank you all." as a near
    copy of another day's "Thank you.": the one who opens and gives the floor at once to
    the one who answers every question is the chair all the same (r75 F6)."""
    lines = BRIEFING.split("\n")
    quiet = _quiet(tmp_path, lines[:-1])
    assert any("take two questions" in text for text in quiet), quiet
    assert not any("will not close" in text or "inner buoy" in text for text in quiet), quiet


def test_a_principal_who_opens_and_hands_over_to_the_questions_is_no_chair(
    tmp_path: Path,
) -> None:
    """A minister who opens with a statement, the questions put then to her deputy, holds
    the floor: no one is given it, so her turn is news."""
    quiet = _quiet(
        tmp_path,
        [
            "Transcript of the briefing by Transport Minister Ada Kurz, 3 May 2029.",
            "KURZ: The Elsey bridge will close for repairs from June.",
            "QUESTION (Elsey Herald): How long will the repairs take?",
            "BRANDT: Four months, if the steel arrives on time.",
            "QUESTION (Island Radio): Will buses replace the trains?",
            "BRANDT: Buses will run every ten minutes.",
        ],
    )
    assert not any("bridge will close" in text for text in quiet), quiet
