"""A ministry's briefing printed as a transcript (r74 F12, F24): its title names the
spokeswoman, its turns label her by the surname alone in capitals; the interpreter's note
about the copy is no bullet, a greeting no lede, and a bullet of her turn shows her words
with her name where a quote's speaker goes. Every text is invented: a port authority's
briefing on a closed quay in an island state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.ingest import furniture
from tests.extract_helpers import people_roles

runner = CliRunner()

BRIEFING = (
    "Briefing by the Harbour Authority spokeswoman, Ingrid Solvang\n\n"
    "English interpretation of remarks delivered in Kessian.\n\n"
    "SOLVANG (through interpreter): Good morning.\n\n"
    "SOLVANG (through interpreter): The north quay at Kessby stays closed until divers"
    " finish their survey of the collapsed pier.\n\n"
    "QUESTION (Alven Evening Post): When will the ferries to Morlund run again?\n\n"
    "SOLVANG (through interpreter): Not before Thursday. Three ferries will use the south"
    " quay until the survey is complete.\n\n"
    "QUESTION (Island Wire): Was anyone hurt when the pier collapsed?\n\n"
    "SOLVANG (through interpreter): No one was hurt. Two crew members were checked and"
    " released.\n"
)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("English interpretation of remarks delivered in Kessian.", True),
        ("Interpretation of the statement made in Morlandic.", True),
        ("The interpretation of remarks delivered in Kessian was disputed.", False),
        ("English interpretation of remarks delivered in Kessian angered Alven.", False),
    ],
)
def test_an_interpretation_note_is_a_credit_of_the_copy(text: str, note: bool) -> None:
    """A note that the copy interprets words spoken in another language, and nothing
    else, is about the copy, as a translator's note is."""
    assert (furniture.furniture_kind(text) == furniture.CREDIT) is note


@pytest.mark.parametrize(
    ("text", "greets"),
    [
        ("SOLVANG (through interpreter): Good morning.", True),
        ("ŁUKASIK: Good afternoon.", True),
        ("SOLVANG: Good morning. The quay is closed.", False),
        ("Solvang: Good morning.", False),
    ],
)
def test_a_turn_that_only_greets(text: str, greets: bool) -> None:
    assert furniture.turn_greeting(text) is greets


def test_a_question_labels_outlet_is_no_person() -> None:
    """ "QUESTION (Alven Evening Post):" names a paper, whose "Post" is no verb of
    "Alven Evening"; a name in full in the brackets is the asker."""
    assert people_roles("QUESTION (Alven Evening Post): Is the quay closed?") == {}
    assert "Tove Lind" in people_roles("QUESTION (Tove Lind): Is the quay closed?")


def _made(tmp_path: Path, name: str) -> str:
    article = tmp_path / "briefing.txt"
    article.write_text(BRIEFING, encoding="utf-8")
    env = {"SOURCE_DATE_EPOCH": "1780000000"}
    result = runner.invoke(app, ["make", str(article), "-o", str(tmp_path / name)], env=env)
    assert result.exit_code == 0, result.output
    return (tmp_path / name).read_text(encoding="utf-8")


def test_a_briefings_turns_are_the_spokeswomans_words_under_her_name(tmp_path: Path) -> None:
    brief = json.loads(_made(tmp_path, "out.json"))
    bullets = [b for s in brief["sections"] for b in s["bullets"]]
    if brief.get("bottom_line"):
        bullets.append(brief["bottom_line"])
    # the JSON's text is the sentence as written; the print leaves its label off
    texts = [b["text"][len(b.get("label", "")) :] for b in bullets]
    # the interpreter's note is no bullet, and no bullet prints the turn's label
    assert not any("interpretation" in text for text in texts)
    assert not any(text.startswith("SOLVANG") for text in texts)
    pairs = list(zip(bullets, texts, strict=True))
    spoken = [b for b, text in pairs if text.startswith(("The north", "Not bef"))]
    assert spoken
    assert all(b.get("speaker") == "Ingrid Solvang" for b in spoken)
    assert all(b["text"] == b.get("label", "") + text for b, text in pairs)
    assert any(b.get("label") == "SOLVANG (through interpreter): " for b in spoken)
    quotes = {q["text"]: q["speaker"] for q in brief["quotes"]}
    assert quotes.get("No one was hurt. Two crew members were checked and released.") == (
        "Ingrid Solvang"
    )
    people = {a["name"]: a.get("role") for a in brief["actors"] if a["kind"] == "person"}
    assert people.get("Ingrid Solvang") == "Harbour Authority spokeswoman"
    assert not any("Evening" in name for name in people)


def test_a_bullet_of_a_turn_prints_its_speaker_after_the_citation(tmp_path: Path) -> None:
    printed = _made(tmp_path, "out.md")
    assert "SOLVANG (through interpreter)" not in printed.split("## Quotes")[0]
    assert "· Ingrid Solvang" in printed


@pytest.mark.parametrize(
    ("text", "agenda"),
    [
        ("I will start with the situation concerning the closed quay.", True),
        ("Let me begin with the ferries.", True),
        ("I will start with the quay, which collapsed on Sunday.", False),
        ("I will start with the good news that no one was hurt.", False),
        ("We will start with the ferries.", False),
    ],
)
def test_a_briefings_agenda_alone_is_small_talk(text: str, agenda: bool) -> None:
    from brief.extract.quotes.transcripts import agenda_alone

    assert agenda_alone(text) is agenda


def test_the_opening_turns_agenda_is_no_quote(tmp_path: Path) -> None:
    """ "Good morning. I will begin with the quay." says nothing of the news: no quote."""
    text = BRIEFING.replace(
        "SOLVANG (through interpreter): Good morning.\n",
        "SOLVANG (through interpreter): Good morning. I will begin with the north quay.\n",
    )
    article = tmp_path / "briefing.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["make", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert not any(q["text"].startswith("I will begin") for q in brief["quotes"])


# A road authority's press conference whose principal dates the news in her turns: the
# timeline's rows of them print her words, and her name after the citation (r75 F6).
PASS_BRIEFING = (
    "Press conference of the Alpine Roads Directorate, Brenna, 14 March 2029\n\n"
    "MODERATOR (Tomas Reiter): Good afternoon. The director will speak first.\n\n"
    "HOLLENSTEIN: The Furka pass closed on 12 March 2029 after an avalanche buried two"
    " hundred metres of the road. Ploughs have cleared half of it.\n\n"
    "QUESTION (Valley Courier): When will it reopen?\n\n"
    "HOLLENSTEIN: We expect to reopen the pass on 17 March 2029 if no more snow falls.\n\n"
    "QUESTION (Rhone Radio): Was anyone caught by the avalanche?\n\n"
    "HOLLENSTEIN: No one was caught. A bus turned back on Monday before the slope gave"
    " way.\n\n"
    "MODERATOR (Tomas Reiter): Thank you.\n\n"
    "Director Maren Hollenstein spoke at the directorate's office in Brenna.\n"
)


def test_a_timeline_row_of_a_turn_prints_its_speaker_not_its_label(tmp_path: Path) -> None:
    article = tmp_path / "pass.txt"
    article.write_text(PASS_BRIEFING, encoding="utf-8")
    env = {"SOURCE_DATE_EPOCH": "1868400000"}
    for name in ("out.md", "out.json"):
        result = runner.invoke(app, ["make", str(article), "-o", str(tmp_path / name)], env=env)
        assert result.exit_code == 0, result.output
    rows = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["timeline"]
    spoken = [row for row in rows if row.get("speaker")]
    assert spoken, rows
    for row in spoken:
        assert row["speaker"] == "Maren Hollenstein"
        assert not row["text"].startswith("HOLLENSTEIN")
    assert any(row.get("turn_label") == "HOLLENSTEIN: " for row in spoken)
    printed = (tmp_path / "out.md").read_text(encoding="utf-8")
    timeline = printed.split("## Timeline")[1] if "## Timeline" in printed else printed
    assert "HOLLENSTEIN:" not in timeline
    assert "· Maren Hollenstein" in timeline


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("No.", True),
        ("Not at all.", True),
        ("No, not at all.", True),
        ("We’ll see.", True),
        ("No one was hurt.", False),
        ("Never again will the quay flood.", False),
        ("Well, the ferries are late.", False),
    ],
)
def test_a_bare_answer_says_nothing_without_its_question(text: str, bare: bool) -> None:
    from brief.extract.quotes.transcripts import bare_answer

    assert bare_answer(text) is bare


def test_a_bare_answer_is_no_bullet_and_the_turns_words_keep_their_speaker(
    tmp_path: Path,
) -> None:
    """r77 F16: an answer's "No." had been a bullet under its speaker's name, the question
    it answered unshown. It belongs to the question-and-answer pair: no bullet; the turn's
    next sentence is a bullet under the speaker's name as the turn's first would be."""
    article = tmp_path / "briefing.txt"
    article.write_text(
        BRIEFING.replace(
            "SOLVANG (through interpreter): No one was hurt. Two crew",
            "SOLVANG (through interpreter): No. Two crew",
        ).replace("Was anyone hurt when", "Did the divers find anyone when"),
        encoding="utf-8",
    )
    env = {"SOURCE_DATE_EPOCH": "1780000000"}
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["make", str(article), "-o", str(out)], env=env)
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    bullets = [b for s in brief["sections"] for b in s["bullets"]]
    if brief.get("bottom_line"):
        bullets.append(brief["bottom_line"])
    texts = [b["text"][len(b.get("label", "")) :] for b in bullets]
    assert "No." not in texts
    crew = [b for b, t in zip(bullets, texts, strict=True) if t.startswith("Two crew")]
    assert all(b.get("speaker") == "Ingrid Solvang" for b in crew)
