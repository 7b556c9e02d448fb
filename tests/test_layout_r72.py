"""A release's subject line under its number and date, its feed's headline ending with it
(r72 F10), tried on an invented ports ministry's release."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from brief.ingest import Options, ingest

SUBJECT = "Concerning the Decision of the Harbour Board on the Dues Charged to Small Fishing Boats"


def _release(tmp_path: Path, title: str) -> Path:
    saved = tmp_path / "feed-item.txt"
    saved.write_text(
        f'+++ brief-article\n{{"title": "{title}", "outlet": "Ministry of Ports", "date":'
        ' "2027-03-08", "url": "https://example.org/r12"}\n+++\n'
        "MINISTRY OF PORTS AND FISHERIES\nPress Release No: 12\n8 March 2027\n"
        f"{SUBJECT}\n"
        "The ministry will halve the harbour dues charged to boats under 12 metres.\n"
        "Owners will pay the new dues from 1 April.\n",
        encoding="utf-8",
    )
    return saved


def test_a_long_subject_line_the_feeds_headline_ends_with_is_no_paragraph(
    tmp_path: Path,
) -> None:
    now = datetime(2027, 3, 9, tzinfo=UTC)
    doc = ingest(str(_release(tmp_path, f"No: 12, 8 March 2027, {SUBJECT}")), 1, Options(now=now))
    assert SUBJECT not in [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert doc.blocks[-2].text.startswith("The ministry will halve")


def test_a_long_first_line_of_other_words_stays_a_paragraph(tmp_path: Path) -> None:
    """A line the headline does not end with is read as before: a line of 15 words or more
    with no stop is a paragraph."""
    now = datetime(2027, 3, 9, tzinfo=UTC)
    doc = ingest(
        str(_release(tmp_path, "Harbour dues halved for small boats")), 1, Options(now=now)
    )
    assert SUBJECT in [b.text for b in doc.blocks if b.kind == "paragraph"]


def test_a_subject_line_in_most_of_the_headlines_words_is_no_paragraph(tmp_path: Path) -> None:
    """The feed shortens the release's own line ("the Board" for "the Harbour Board of
    Talara"): two thirds of its words are the headline's, and it is the headline still."""
    now = datetime(2027, 3, 9, tzinfo=UTC)
    title = "No: 12, 8 March 2027, Concerning the Board's Decision on Dues Charged to Small Boats"
    doc = ingest(str(_release(tmp_path, title)), 1, Options(now=now))
    assert SUBJECT not in [b.text for b in doc.blocks if b.kind == "paragraph"]
