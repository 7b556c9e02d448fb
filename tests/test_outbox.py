"""The Maildir outbox: idempotent queueing, nothing queued twice once sent, moves are renames."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest

from brief.deliver.outbox import Outbox, group_name
from tests.smtp_fixtures import NOW


def msg(msgid: str, to: str = "desk@example.org", body: str = "hello") -> EmailMessage:
    m = EmailMessage()
    m["From"] = "brief@example.org"
    m["To"] = to
    m["Subject"] = "brief"
    m["Message-ID"] = msgid
    m.set_content(body)
    m.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename="b.pdf")
    return m


@pytest.fixture
def box(tmp_path: Path) -> Outbox:
    o = Outbox(tmp_path / "state")
    o.create()
    return o


def test_queue_writes_a_maildir_message(box: Outbox) -> None:
    path = box.queue(msg("<a@x>"), group_name("2026-11-25", "desk@example.org"))
    assert path is not None and path.parent == box.outbox / "new"
    assert list((box.outbox / "tmp").iterdir()) == []
    [item] = box.pending()
    assert item.message_id == "<a@x>" and item.name.startswith("2026-11-25.")
    assert item.load()["To"] == "desk@example.org"
    # a standard Maildir reader sees it too
    assert [m["Message-ID"] for m in mailbox.Maildir(box.outbox, create=False)] == ["<a@x>"]


def test_queueing_the_same_message_twice_keeps_one(box: Outbox) -> None:
    group = group_name("2026-11-25", "desk@example.org")
    box.queue(msg("<a@x>", body="first build"), group)
    box.queue(msg("<a@x>", body="rebuilt after a crash"), group)
    [item] = box.pending()
    body = item.load().get_body(("plain",))
    assert body is not None and "rebuilt" in body.get_content()


def test_a_sent_message_is_never_queued_again(box: Outbox) -> None:
    group = group_name("2026-11-25", "desk@example.org")
    box.queue(msg("<a@x>"), group)
    [item] = box.pending()
    box.log_sent(item, "desk@example.org", NOW)
    box.mark_sent(item)
    assert box.pending() == []
    assert box.queue(msg("<a@x>"), group) is None
    assert box.pending() == []
    assert box.sent_ids() == {"<a@x>"}
    assert [p.name for p in (box.sent / "cur").iterdir()] == [item.name + ":2,S"]


def test_logged_but_not_moved_is_not_queued_again(box: Outbox) -> None:
    """A run killed between the sent log and the move: the log alone is enough."""
    group = group_name("2026-11-25", "desk@example.org")
    box.queue(msg("<a@x>"), group)
    [item] = box.pending()
    box.log_sent(item, "desk@example.org", NOW)
    assert box.queue(msg("<a@x>"), group) is None
    assert box.pending() == [item]  # still there for the flush to file it, unsent


def test_a_newer_version_replaces_an_unsent_one(box: Outbox) -> None:
    group = group_name("2026-11-25", "desk@example.org")
    other = group_name("2026-11-25", "boss@example.org")
    box.queue(msg("<old@x>"), group)
    box.queue(msg("<boss@x>", to="boss@example.org"), other)
    box.queue(msg("<new@x>"), group)
    assert sorted(i.message_id for i in box.pending()) == ["<boss@x>", "<new@x>"]


def test_failed_messages_are_kept_and_not_requeued(box: Outbox) -> None:
    group = group_name("2026-11-25", "nobody@example.org")
    box.queue(msg("<f@x>", to="nobody@example.org"), group)
    [item] = box.pending()
    box.mark_failed(item)
    assert box.pending() == [] and len(list((box.failed / "cur").iterdir())) == 1
    assert box.queue(msg("<f@x>", to="nobody@example.org"), group) is None
    assert [p.name for p in box.refused()] == [item.name + ":2,S"]  # reported by every run


def test_pending_is_oldest_brief_first_and_skips_dotfiles(box: Outbox) -> None:
    box.queue(msg("<b@x>"), group_name("2026-11-26", "desk@example.org"))
    box.queue(msg("<a@x>"), group_name("2026-11-25", "desk@example.org"))
    (box.outbox / "new" / ".hidden").write_text("x")
    assert [i.message_id for i in box.pending()] == ["<a@x>", "<b@x>"]
