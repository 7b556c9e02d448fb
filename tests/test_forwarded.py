"""A copy passed on by mail or chat: the forwarder's note, the mail client's separator and
headers and the chat's marks are no words of it (brief.ingest.forwarded, r61 F10, F11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import ingest
from brief.ingest.forwarded import forwarded, without_chat_marks
from brief.ingest.message import without_subject_marks
from brief.ingest.pictographs import without_closing_emoji
from brief.options import Options
from brief.segment import segment

OPTS = Options()
HEADLINE = "Harbour board reopens the north quay"
LEDE = "The harbour board reopened the north quay on Monday after six weeks of repairs."
COPY = (
    f"{HEADLINE}\n\nPort Elsey, 3 March 2027\n\n{LEDE}\n\n"
    "Ferries will dock there again from Friday.\n"
)


@pytest.mark.parametrize(
    "separator",
    [
        "---------- Forwarded message ---------",
        "-----Original Message-----",
        "Begin forwarded message:",
        "-----",  # a bare rule: in a message only
        "________________________________",
    ],
)
def test_a_forwarded_mail_is_read_as_the_copy_it_passes_on(tmp_path: Path, separator: str) -> None:
    """The forwarder's note had been the brief's bottom line, and the subject's release
    tag ("- for immediate release") stuck on the title."""
    letter = tmp_path / "fwd.txt"
    letter.write_text(
        "From: Press Office <press@board.example>\nSent: Monday, 3 March 2027 15:12\n"
        "To: Core Team\nSubject: FW: Quay reopens - for immediate release\n\n"
        "Hi all, see below what went to the papers this afternoon. Thanks, Ann\n\n"
        f"{separator}\n\n{COPY}\n-----\nPress Office | Harbour Board | +000 000\n"
        "This email and any attachments are confidential.\n",
        encoding="utf-8",
    )
    doc = ingest(str(letter), 1, OPTS)
    assert doc.title == HEADLINE
    assert not doc.source.title_is_subject  # the copy's own headline: a published one
    sentences = [s.text for s in segment([doc]).sentences]
    assert sentences[0] == LEDE and not any("confidential" in s for s in sentences)


def test_a_forwarded_copy_without_a_headline_takes_its_own_subject(tmp_path: Path) -> None:
    letter = tmp_path / "fwd.eml"
    letter.write_text(
        "From: ann@example.org\nSubject: Fwd: notes\nDate: Tue, 16 Mar 2027 08:00:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\nFor the file.\n\n"
        "---------- Forwarded message ---------\nFrom: Board <press@board.example>\n"
        "Date: Mon, 15 Mar 2027\nSubject: Press release: Quay reopens\nTo: ann@example.org\n\n"
        f"{LEDE} Ferries will dock there again from Friday.\n",
        encoding="utf-8",
    )
    doc = ingest(str(letter), 1, OPTS)
    assert doc.title == "Quay reopens"
    assert doc.source.title_is_subject  # a sender's label: it heads no story a report heads
    assert segment([doc]).sentences[0].text == LEDE


def test_a_rule_after_an_articles_paragraphs_or_in_a_text_file_forwards_nothing() -> None:
    story = f"{LEDE}\n\nThe works cost two million.\n\nThe board met on Friday.\n\nIt voted.\n"
    assert forwarded(f"{story}\n-----Original Message-----\nFrom: a\n\nOld text.\n") is None
    assert forwarded(f"Harbour notes\n\n-----\n\n{story}") is None  # not in a message
    assert forwarded(f"Harbour notes\n\n-----\n\n{story}", in_message=True) is not None


def test_a_chat_s_forwarding_marks_and_stamps_are_no_words_of_the_statement(
    tmp_path: Path,
) -> None:
    """ "*Forwarded many times*" had been a party's statement's title: the chat's mark
    goes, the statement's heading is its title and its letterhead its issuer."""
    statement = tmp_path / "statement.txt"
    statement.write_text(
        "*Forwarded many times*\n\n*ELSEY FARMERS' PARTY (EFP)*\n*OFFICE OF THE CHAIRMAN*\n\n"
        "STATEMENT ON THE CLOSURE OF THE GRAIN MARKET \U0001f4e2\U0001f4e2\n\n3rd March 2027\n\n"
        "The Elsey Farmers' Party condemns the closure of the grain market on Monday.\n\n"
        "We demand that it reopen at once.\n",
        encoding="utf-8",
    )
    doc = ingest(str(statement), 1, OPTS)
    assert doc.title == "STATEMENT ON THE CLOSURE OF THE GRAIN MARKET"
    assert doc.source.outlet == "ELSEY FARMERS' PARTY (EFP)"
    assert doc.source.date == "2027-03-03"
    chat = "[03/03/2027, 19:02] Ann Lee: Forwarded\n[03/03/2027, 19:02] Ann Lee: The quay opened."
    assert without_chat_marks(chat) == "The quay opened."
    # a rule and a list's item keep their marks; a word in a sentence is no mark
    assert without_chat_marks("_____\n* item") == "_____\n* item"
    assert without_chat_marks("The letter was forwarded.") == "The letter was forwarded."


def test_a_live_page_s_stamped_entries_keep_their_speakers() -> None:
    """A live page stamps each entry with a date and a time before its speaker; a chat's
    export brackets its stamp or closes it with a dash, and only there is the sender a
    chat's. The minister's name had been cut as a chat's sender, her quote unattributed."""
    live = (
        "Ferry strike live: crews and ministers trade blows\n\n"
        '03.03.2027 09:15 Shipping Minister Ann Roe: "We will not give in to this strike."\n\n'
        '03.03.2027 09:40 Crew leader Tom Berg: "The minister has not met us for a month."\n\n'
        "03.03.2027 10:05 Crews at the north quay walked off the job at 10:00.\n"
    )
    assert without_chat_marks(live) == live
    spaced = "[03/03/2027, 09:15] Ann Roe: The ferries are tied up.\n\nThe strike goes on."
    assert without_chat_marks(spaced) == spaced  # one stamp of two lines, no mark: no export
    export = (
        "03/03/2027, 09:15 - Ann Roe: The ferries are tied up.\n"
        "03/03/2027, 09:16 - Tom Berg: Crews walked off at ten.\n"
    )
    assert without_chat_marks(export) == "The ferries are tied up.\nCrews walked off at ten.\n"


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Heatwave: Seville hits 46°", "Heatwave: Seville hits 46°"),
        ("Brand™ and Rival® merge; № 1 in ©", "Brand™ and Rival® merge; № 1 in ©"),
        ("Ferries resume \U0001f4e2\U0001f4e2", "Ferries resume"),
        ("Polls close \u2705", "Polls close"),
        ("Storm warning \u26a0\ufe0f", "Storm warning"),
        ("Crews cheer \U0001f44f\U0001f3fd", "Crews cheer"),
        ("Team wins \U0001f468\u200d\U0001f469\u200d\U0001f467", "Team wins"),
        ("\U0001f4e2", "\U0001f4e2"),
    ],
)
def test_only_emoji_close_no_word_of_a_headline(title: str, bare: str) -> None:
    """A chat's closing pictures are no words of the headline; a degree, a trade mark or a
    number sign are (they had been cut as 'symbols')."""
    assert without_closing_emoji(title) == bare


@pytest.mark.parametrize(
    "subject",
    [
        "Fwd: Quay reopens - for immediate release",
        "Quay reopens (media release)",
        "NEWS RELEASE: Quay reopens",
        "For immediate release: Quay reopens",
    ],
)
def test_a_subject_s_release_tag_is_any_of_the_release_labels(subject: str) -> None:
    """One list of a release's labels (furniture.toml's release_labels) for a subject's tag
    and a page's label line."""
    assert without_subject_marks(subject) == "Quay reopens"


def test_a_forwarded_copy_s_headers_are_the_mail_headers_of_the_data(tmp_path: Path) -> None:
    """Each header a mail client writes over what it forwards (furniture.toml's
    mail_headers, in any case, a space before its colon or not) is no line of the copy."""
    letter = tmp_path / "fwd.txt"
    letter.write_text(
        "Ann, for the file.\n\n---------- Forwarded message ---------\n"
        "FROM: Press Office <press@board.example>\nReply-To : press@board.example\n"
        "CC: desk@board.example\nSubject: Quay reopens\n\n"
        f"{LEDE} Ferries will dock there again from Friday.\n",
        encoding="utf-8",
    )
    doc = ingest(str(letter), 1, OPTS)
    assert doc.title == "Quay reopens"
    assert doc.source.title_is_subject  # a sender's label: it heads no story a report heads
    assert segment([doc]).sentences[0].text == LEDE
