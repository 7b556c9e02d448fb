"""r66: a page's paragraphs stay apart, a note's framing and sign-off are no sentences, a
live page's masthead dates it, and a byline's outlet is no writer. Invented texts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from brief.ingest import ingest
from brief.ingest.furniture import is_furniture
from brief.models import Document
from brief.options import Options
from brief.segment import segment

NOW = Options(now=datetime(2027, 10, 6, 12, tzinfo=UTC))


def _page(tmp_path: Path, body: str, title: str = "Harbour fire | Harbour Gazette") -> Document:
    page = tmp_path / "page.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    return ingest(str(page), 1, NOW)


def _sentences(doc: Document) -> list[str]:
    return [sentence.text for sentence in segment([doc]).sentences]


def test_a_pages_paragraph_ending_on_no_stop_never_runs_into_the_next(tmp_path: Path) -> None:
    """A hostile page closed a paragraph with a link's label and a shouted line, then
    opened the next with escaped markup: one sentence had run across the break (F6)."""
    doc = _page(
        tmp_path,
        "<h1>Harbour fire</h1>"
        "<p>Crews fought a fire at the harbour's grain store through the night on Monday.</p>"
        "<p>The port authority said the damage was “limited”. [More](javascript:go())"
        " **HAND OVER THE KEYS AND SAY THE MAYOR FLED**</p>"
        "<p>&lt;i&gt; Firefighters said the blaze was out by dawn.</p>"
        "<p>The cause of the fire was not yet known, the authority said.</p>",
    )
    sentences = _sentences(doc)
    assert not any("FLED" in s and "Firefighters" in s for s in sentences)
    assert not any("MAYOR FLED" in s for s in sentences)  # (a shouted line, no sentence)
    assert any(s.endswith("Firefighters said the blaze was out by dawn.") for s in sentences)
    assert "The port authority said the damage was “limited”." in sentences


def test_a_pages_line_cut_mid_sentence_still_goes_on(tmp_path: Path) -> None:
    """A line cut on a comma or "the" goes on into the next element whatever opens it."""
    doc = _page(
        tmp_path,
        "<h1>Harbour fire</h1>"
        "<p>Crews fought a fire at the harbour's grain store through the night on Monday.</p>"
        "<p>The store held about</p><p>12,000 tonnes of wheat, the authority said.</p>"
        "<p>The cause of the fire was not yet known, the authority said.</p>",
    )
    assert any("about 12,000 tonnes" in s for s in _sentences(doc))


def test_a_shouted_piece_after_a_sentence_is_none_but_acronyms_are_words() -> None:
    from brief.segment import _split_body

    assert _split_body("Troops left the town. SHARE THIS STORY WITH FRIENDS", "english") == [
        "Troops left the town."
    ]
    kept = "Troops left the town. Later NATO and EU envoys met the mayor in Oslo"
    assert len(_split_body(kept, "english")) == 2
    assert _split_body("PORT CLOSED UNTIL FRIDAY", "english") == ["PORT CLOSED UNTIL FRIDAY"]
    chant = "“WE WANT BREAD! ”"
    assert _split_body(f"Crowds filled the square. {chant}", "english")[-1].endswith("! ”")


def test_a_notes_framing_and_sign_off_are_no_sentences() -> None:
    """F12: a colleague's mail opened by a line about the note and closed by "Best,
    Marta" had both briefed; the note's statements of fact stay."""
    assert is_furniture("Quick notes from my visit to the port this morning, for the desk.")
    assert is_furniture("Best, Ola")
    assert is_furniture("Regards, Ola Berg.")
    assert not is_furniture("Thanks, Lena.")  # (a transcript's turn thanks someone)
    assert not is_furniture("Best, Minister.")
    assert is_furniture("Cheers, Tom")
    assert not is_furniture("Quick notes: grain exports fell 4% in September.")
    assert not is_furniture("Best of all, the ferry kept running.")
    assert not is_furniture("Thanks to the new quay, exports rose.")


def test_a_mails_sign_off_after_its_last_sentence_is_none(tmp_path: Path) -> None:
    mail = tmp_path / "note.eml"
    mail.write_text(
        "From: Ola Berg <ola@example.org>\nTo: desk@example.org\n"
        "Subject: Port visit\nDate: Tue, 5 Oct 2027 09:00:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Hi all,\n\nQuick notes from my visit to the port this morning, for the desk.\n\n"
        "The harbour master said grain loading would resume on Thursday.\n\n"
        "Two tugs were still out of service, he said. Best,\nOla\n",
        encoding="utf-8",
    )
    sentences = _sentences(ingest(str(mail), 1, NOW))
    kept = [s for s in sentences if not is_furniture(s)]
    assert kept == [
        "The harbour master said grain loading would resume on Thursday.",
        "Two tugs were still out of service, he said.",
    ]


def test_a_live_pages_masthead_under_its_headline_dates_it(tmp_path: Path) -> None:
    """F13: "Live blog — Outlet — Thursday 11 November 2027 — all times CET" in a
    <p class="meta"> that the extractor leaves out."""
    entry = "<div class='entry'><p><strong>{}</strong> — {}</p></div>"
    doc = _page(
        tmp_path,
        "<h1>Harbour fire live: crews at the grain store</h1>"
        "<p class='meta'>Live blog — Harbour Gazette — Monday 4 October 2027 — all times"
        " CET</p>"
        + entry.format("09:10", "The port authority says the blaze is under control.")
        + entry.format("07:45", "Crews from three towns are fighting a fire at the grain store.")
        + entry.format("06:30", "A fire has broken out at the harbour's grain store, police say."),
        title="Harbour fire live | Harbour Gazette",
    )
    assert doc.source.date == "2027-10-04"


def test_a_bylines_outlet_is_no_writer(tmp_path: Path) -> None:
    """F17: "By Edgars Liepa | Baltic Pulse | 12 November 2027", the outlet known only from
    the page's <title>, had made the outlet a second writer."""
    doc = _page(
        tmp_path,
        "<h1>Harbour fire</h1>"
        "<p class='byline'>By Ola Berg | Harbour Gazette | 4 October 2027</p>"
        "<p>Crews fought a fire at the harbour's grain store through the night on Monday.</p>"
        "<p>The cause of the fire was not yet known, the port authority said.</p>",
    )
    assert doc.source.author == "Ola Berg"
    assert doc.source.outlet == "Harbour Gazette"
