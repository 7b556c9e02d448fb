"""Building the email, and sending it to a real local SMTP server that fails in each way."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from brief.config import MailConfig
from brief.deliver import mail, smtp
from brief.errors import BusyError, ConfigError, DeliveryError, UsageError
from brief.options import Options
from brief.pipeline import build
from brief.render import render
from brief.render.as_json import to_dict
from tests.conftest import SAMPLES
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import NOW, PASSWORD, USER, Server

DIGEST = mail.Digest(
    title="Baltic <drills>\nBcc: victim@example.org",
    date="2026-11-25",
    bottom_line="NATO began drills & Russia objected.",
    sections=(mail.SectionDigest("Military", 3, 1), mail.SectionDigest("Diplomacy", 1, 0)),
    sources=2,
    new=1,
)


def message(to: str = "desk@example.org", **kw: object) -> EmailMessage:
    args: dict = dict(
        sender="Brief <brief@example.org>",
        recipient=to,
        msgid=mail.message_id(["x"], to, "brief@example.org"),
        now=NOW,
        options=Options(),
        attachment=Path("brief-2026-11-25.pdf"),
        attachment_data=b"%PDF-1.4 fake",
    )
    args.update(kw)
    return mail.build(DIGEST, **args)


def settings(server: Server, **kw: object) -> MailConfig:
    base = MailConfig(
        host="127.0.0.1",
        sender="Brief <brief@example.org>",
        to=("desk@example.org",),
        port=server.port,
        security="none",
        timeout=5,
        retries=3,
        backoff=1.0,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    """The backoff waits, recorded instead of slept."""
    waits = Sleeps()
    monkeypatch.setattr(time, "sleep", waits)
    return waits


# -- building --------------------------------------------------------------------------------


def test_message_has_one_line_subject_text_html_and_pdf() -> None:
    msg = message()
    subject = str(msg["Subject"])
    assert "\n" not in subject and "Bcc" not in msg
    assert subject.startswith("Baltic <drills> Bcc: victim@example.org") and "2026-11-25" in subject
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    assert "BOTTOM LINE\nNATO began drills & Russia objected." in text.get_content()
    assert "- Military: 3 points, 1 new" in text.get_content()
    assert (
        "Baltic &lt;drills&gt;" in html.get_content()
        and "<li>Diplomacy: 1 point</li>" in html.get_content()
    )
    [pdf] = list(msg.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == "brief-2026-11-25.pdf"
    assert pdf.get_content() == b"%PDF-1.4 fake"
    assert msg["Auto-Submitted"] == "auto-generated"


def test_the_same_brief_makes_the_same_bytes_boundaries_and_all(tmp_path: Path) -> None:
    """r44 L7: Python draws a MIME boundary at random, so two runs under SOURCE_DATE_EPOCH
    had made two messages that `cmp` told apart. Each boundary is made from the message's
    own content: the same message, the same bytes, in the outbox too; another
    attachment, another boundary around it."""
    from brief.deliver.outbox import Outbox, group_name

    first, again = message().as_bytes(), message().as_bytes()
    assert first == again
    boundaries = [part.get_boundary() for part in message().walk() if part.is_multipart()]
    assert len(boundaries) == 2 and len(set(boundaries)) == 2
    assert all(b is not None and b.startswith(mail.BOUNDARY_PREFIX) for b in boundaries)
    other = message(attachment_data=b"%PDF-1.4 another brief")
    assert other.get_boundary() != message().get_boundary()
    queued = []
    for run in ("one", "two"):
        box = Outbox(tmp_path / run)
        box.create()
        path = box.queue(message(), group_name("2026-11-25", "desk@example.org"))
        assert path is not None
        queued.append(path.read_bytes())
    assert queued[0] == queued[1] == first


def test_a_server_receives_the_same_bytes_for_the_same_brief(plain_server: Server) -> None:
    """Sent twice (built twice, as two runs would), the message reaches the server byte for
    byte the same, and reads back whole."""
    for _ in range(2):
        smtp.send(message(), settings(plain_server), password=None)
    first, second = plain_server.handler.raw
    assert first == second
    [pdf] = list(plain_server.handler.messages[0].iter_attachments())
    assert pdf.get_content() == b"%PDF-1.4 fake"


def test_subject_override_is_a_template() -> None:
    msg = message(subject="[brief] {{ date }}: {{ bottom_line }}")
    assert msg["Subject"] == "[brief] 2026-11-25: NATO began drills & Russia objected."


def test_message_id_is_stable_per_inputs_and_recipient() -> None:
    a = mail.message_id(["daily", "2026-11-25", "abc"], "Desk <desk@example.org>", "b@ex.org")
    assert a == mail.message_id(["daily", "2026-11-25", "abc"], "desk@EXAMPLE.org", "b@ex.org")
    assert a != mail.message_id(["daily", "2026-11-25", "abd"], "desk@example.org", "b@ex.org")
    assert a != mail.message_id(["daily", "2026-11-25", "abc"], "boss@example.org", "b@ex.org")
    assert a.startswith("<brief-") and a.endswith("@ex.org>")


@pytest.mark.parametrize("bad", ["a@b.org\r\nBcc: x@y.org", "not an address", "a@b.org, c@d.org"])
def test_bad_recipient_is_refused_before_sending(bad: str) -> None:
    with pytest.raises(UsageError):
        message(to=bad)


def test_digest_from_json_reads_a_briefs_json_output() -> None:
    data = (
        b'{"title": "T", "generated": "2026-11-25T06:00:00+00:00", "sources": [{}, {}],'
        b' "bottom_line": {"text": "B"}, "sections": [{"title": "S", "bullets": [{"new": true}]},'
        b' {"title": "Empty", "bullets": []}]}'
    )
    d = mail.digest_from_json(data, "fallback", "2026-01-01")
    assert d == mail.Digest("T", "2026-11-25", "B", (mail.SectionDigest("S", 1, 1),), 2, 1)
    assert mail.digest_from_json(b"%PDF", "F", "2026-01-01").title == "F"


def test_a_brief_mailed_later_gives_the_day_it_is_of_once() -> None:
    """A digest of a week's harvest reports, made the morning after the last of them,
    is of that last day: its subject and body give that date, not the day it was made
    beside it; a daily run's title gives the run's day; a headline, the latest report's."""

    def doc(title: str, dates: list[str | None]) -> bytes:
        return json.dumps(
            {
                "title": title,
                "generated": "2031-09-19T07:00:00+00:00",
                "sources": [{"date": d} for d in dates],
                "sections": [],
            }
        ).encode()

    week = mail.digest_from_json(
        doc("Grain desk — 18 September 2031", ["2031-09-16", "2031-09-18", None]), "x", "y"
    )
    assert week.date == "2031-09-18"
    assert week.context()["dated"]
    msg = mail.build(
        week,
        sender="desk@grain.example",
        recipient="ops@grain.example",
        msgid="<a@grain.example>",
        now=datetime(2031, 9, 19, 7, tzinfo=UTC),
        options=Options(),
    )
    assert msg["Subject"] == "Grain desk — 18 September 2031"
    body = msg.get_body(("plain",)).get_content()
    assert "2031-09-19" not in body and "2031-09-18" in body
    # a daily run's title is of the run's day, whatever its reports' dates
    daily = mail.digest_from_json(doc("Grain desk — 19 September 2031", ["2031-09-18"]), "x", "y")
    assert daily.date == "2031-09-19"
    # "8 September" is no end of "18 September": a title of another day is a headline
    other = mail.digest_from_json(doc("Grain desk — 8 September 2031", ["2031-09-18"]), "x", "y")
    assert other.date == "2031-09-18"
    headline = mail.digest_from_json(doc("Barge stuck at Kaub lock", ["2031-09-17"]), "x", "y")
    assert headline.date == "2031-09-17"
    assert mail.digest_from_json(b"{}", "F", "2031-09-19").date == "2031-09-19"


def test_email_counts_what_the_reader_sees_not_the_bottom_line_twice() -> None:
    """Issue 12.7: 'Military moves: 8 points' in the email, 7 in the PDF. The counts are
    the bullets under each heading of the rendered brief."""
    briefing = build([str(SAMPLES / "sahel-ceasefire.txt")], Options(now=NOW))
    md = render(briefing, "md", Options()).decode()
    shown = {}
    for block in md.split("\n## ")[1:]:
        heading, _, body = block.partition("\n")
        shown[heading] = sum(line.startswith("- ") for line in body.splitlines())
    d = mail.digest(briefing, "2026-11-25")
    assert d.sections and all(shown[s.title] == s.bullets for s in d.sections)
    as_json = json.dumps(to_dict(briefing)).encode()
    assert mail.digest_from_json(as_json, "x", "2026-11-25").sections == d.sections


def test_starttls_with_auth_delivers(
    starttls_server: Server, ca_file: Path, sleeps: Sleeps
) -> None:
    cfg = settings(starttls_server, security="starttls", username=USER, ca_file=ca_file)
    refused = smtp.send(message(), cfg, password=PASSWORD)
    assert refused == {}
    [got] = starttls_server.handler.messages
    assert got["Message-ID"] == message()["Message-ID"]
    assert [a.get_filename() for a in got.iter_attachments()] == ["brief-2026-11-25.pdf"]
    assert sleeps == []


def test_starttls_trusts_ca_file_from_config(starttls_server: Server, ca_file: Path) -> None:
    cfg = settings(starttls_server, security="starttls", username=USER, ca_file=ca_file)
    smtp.send(message(), cfg, password=PASSWORD)
    assert len(starttls_server.handler.messages) == 1


def test_implicit_tls_with_auth_delivers(implicit_tls_server: Server, ca_file: Path) -> None:
    cfg = settings(implicit_tls_server, security="tls", username=USER, ca_file=ca_file)
    smtp.send(message(), cfg, password=PASSWORD)
    assert len(implicit_tls_server.handler.messages) == 1


def test_untrusted_certificate_fails_without_retry(starttls_server: Server, sleeps: Sleeps) -> None:
    cfg = settings(starttls_server, security="starttls", username=USER)
    with pytest.raises(DeliveryError, match="TLS failed") as err:
        smtp.send(message(), cfg, password=PASSWORD)  # the system's CAs: not the test CA
    assert not isinstance(err.value, smtp.RejectedError)
    assert sleeps == [] and starttls_server.handler.messages == []


def test_wrong_password_is_one_failed_login_and_a_config_error(
    starttls_server: Server, ca_file: Path, sleeps: Sleeps
) -> None:
    """smtplib's login tries PLAIN, then LOGIN: two failed logins per run lock accounts."""
    cfg = settings(
        starttls_server, security="starttls", username=USER, password_env="PW", ca_file=ca_file
    )
    with pytest.raises(ConfigError, match="refused the login as brief \\(535") as err:
        smtp.send(message(), cfg, password="wrong")
    assert sleeps == [] and starttls_server.handler.logins == 1
    assert err.value.exit_code == 78 and "check the password (PW)" in str(err.value)


def test_plain_connection_to_starttls_only_server_is_refused(
    starttls_server: Server, sleeps: Sleeps
) -> None:
    with pytest.raises(DeliveryError, match="530"):
        smtp.send(message(), settings(starttls_server), password=None)
    assert sleeps == []


# -- sending: failures -----------------------------------------------------------------------


def test_451_then_250_is_retried_once(plain_server: Server, sleeps: Sleeps) -> None:
    plain_server.handler.data_replies = ["451 4.3.0 try later"]
    smtp.send(message(), settings(plain_server), password=None)
    assert len(plain_server.handler.messages) == 1
    assert plain_server.handler.attempts == 2
    assert sleeps == [1.0]


def test_persistent_4xx_gives_up_with_busy_and_backoff(
    plain_server: Server, sleeps: Sleeps
) -> None:
    plain_server.handler.data_replies = ["451 4.3.0 try later"] * 10
    with pytest.raises(BusyError, match="451 4.3.0 try later.*4 attempts"):
        smtp.send(message(), settings(plain_server), password=None)
    assert sleeps == [1.0, 2.0, 4.0]
    assert plain_server.handler.messages == []


def test_550_recipient_is_reported_and_not_retried(plain_server: Server, sleeps: Sleeps) -> None:
    plain_server.handler.refuse = {"nobody@example.org"}
    with pytest.raises(smtp.RejectedError, match="nobody@example.org: 550 5.1.1 no such user"):
        smtp.send(message(to="nobody@example.org"), settings(plain_server), password=None)
    assert sleeps == [] and plain_server.handler.attempts == 0


def test_partly_refused_recipients_are_returned(plain_server: Server) -> None:
    plain_server.handler.refuse = {"nobody@example.org"}
    msg = message()
    msg.replace_header("To", "desk@example.org, nobody@example.org")
    refused = smtp.send(msg, settings(plain_server), password=None)
    assert refused == {"nobody@example.org": (550, b"5.1.1 no such user")}
    assert plain_server.handler.envelopes[0][1] == ["desk@example.org"]


def test_550_on_data_is_rejected_without_retry(plain_server: Server, sleeps: Sleeps) -> None:
    plain_server.handler.data_replies = ["554 5.6.0 message refused"]
    with pytest.raises(smtp.RejectedError, match="554"):
        smtp.send(message(), settings(plain_server), password=None)
    assert sleeps == [] and plain_server.handler.attempts == 1


def test_dropped_after_data_is_retried(plain_server: Server, sleeps: Sleeps) -> None:
    plain_server.handler.drops = 1
    smtp.send(message(), settings(plain_server), password=None)
    assert plain_server.handler.attempts == 2 and len(plain_server.handler.messages) == 1
    assert sleeps == [1.0]


def test_always_dropping_server_gives_up_busy(plain_server: Server, sleeps: Sleeps) -> None:
    plain_server.handler.drops = 100
    with pytest.raises(BusyError, match="connection lost"):
        smtp.send(message(), settings(plain_server, retries=1), password=None)
    assert plain_server.handler.attempts == 2 and sleeps == [1.0]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """Accepts TCP connections (kernel backlog) but never says a word."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(5)
        yield s.getsockname()[1]


def test_timeout_is_retried_then_busy(silent_port: int, sleeps: Sleeps) -> None:
    cfg = MailConfig(
        host="127.0.0.1",
        sender="b@example.org",
        port=silent_port,
        security="none",
        timeout=0.2,
        retries=1,
        backoff=1.0,
    )
    with pytest.raises(BusyError) as err:
        smtp.send(message(), cfg, password=None)
    assert "timed out: no answer within 0.2s (mail.timeout)" in str(err.value)
    assert "connection lost" not in str(err.value)
    assert sleeps == [1.0]


def test_connection_refused_is_busy(sleeps: Sleeps) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: connections are refused
        cfg = MailConfig(
            host="127.0.0.1",
            sender="b@example.org",
            port=port,
            security="none",
            retries=2,
            backoff=0.5,
        )
        with pytest.raises(BusyError, match="cannot talk to server"):
            smtp.send(message(), cfg, password=None)
    assert sleeps == [0.5, 1.0]


def test_a_digest_email_names_its_leading_stories() -> None:
    """The subject and body follow the digest: its title (which carries the day) and one
    line for each leading story, read back the same from the brief's JSON."""
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    briefing = build(paths, Options(now=NOW))
    d = mail.digest(briefing, "2026-11-25")
    assert len(d.stories) == 4 and all("(1 source" in line for line in d.stories)
    message = mail.build(
        d,
        sender="brief@example.org",
        recipient="desk@example.org",
        msgid="<x@example.org>",
        now=NOW,
        options=Options(),
    )
    assert message["Subject"] == briefing.title == "Geopolitics brief — 25 November 2026"
    body = message.get_body(("plain",))
    assert body is not None and "TOP STORIES" in body.get_content()
    assert d.stories[0] in body.get_content()
    as_json = json.dumps(to_dict(briefing)).encode()
    assert mail.digest_from_json(as_json, "x", "2026-11-25").stories == d.stories


def test_a_digest_under_a_users_own_title_dates_its_subject() -> None:
    """A daily config's title = "Morning brief" had sent every morning's digest under the
    same undated subject (a reviewer's): only a title that holds the date goes without it."""
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    briefing = replace(build(paths, Options(now=NOW)), title="Morning brief")
    message = mail.build(
        mail.digest(briefing, "2026-11-25"),
        sender="brief@example.org",
        recipient="desk@example.org",
        msgid="<x@example.org>",
        now=NOW,
        options=Options(),
    )
    assert message["Subject"] == "Morning brief — 2026-11-25"


def test_the_email_of_a_developing_morning_follows_the_digest() -> None:
    """One story reported in full, developing, and the rest outside the profile: the body
    still names it with its "developing since" line and lists the others; the subject
    (the digest's title holds the day) does not print the date again."""
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    briefing = build(paths, Options(now=NOW))
    first, *others = briefing.stories
    stories = (
        replace(first, status="developing", since="2026-11-24"),
        *(replace(s, relevant=False, status="new") for s in others),
    )
    briefing = replace(briefing, stories=stories)
    d = mail.digest(briefing, "2026-11-25")
    assert d.digest and len(d.stories) == 1 and "developing since 24 Nov 2026" in d.stories[0]
    assert len(d.also) == len(others) and all(line.endswith("· new)") for line in d.also)
    message = mail.build(
        d,
        sender="brief@example.org",
        recipient="desk@example.org",
        msgid="<x@example.org>",
        now=NOW,
        options=Options(),
    )
    assert message["Subject"] == "Geopolitics brief — 25 November 2026"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "TOP STORIES" in text and "ALSO IN THE INBOX" in text
    assert all(s.title in text for s in stories)
    # one line an item, a blank line between blocks only: a phone shows it whole (r48 L8)
    also = text.split("ALSO IN THE INBOX\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(also) == len(others) and all(line.startswith("- ") for line in also)
    assert "\n\n\n" not in text
    html = message.get_body(("html",))
    assert html is not None and "Also in the inbox" in html.get_content()
    as_json = json.dumps(to_dict(briefing)).encode()
    back = mail.digest_from_json(as_json, "x", "2026-11-25")
    assert (back.stories, back.also, back.digest) == (d.stories, d.also, True)


def test_the_email_says_nothing_new_where_the_brief_does() -> None:
    """A developing story the brief tells nothing new of says so in the email too (a
    reviewer's day-2 email had listed a republished story as if it were news), and a
    digest's email shows no bottom line the brief does not."""
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    briefing = build(paths, Options(now=NOW))
    first, second, *others = briefing.stories
    stories = (
        replace(first, status="new"),
        replace(second, status="developing", since="2026-11-24", bullets=(), relevant=False),
        *others,
    )
    d = mail.digest(replace(briefing, stories=stories), "2026-11-25")
    assert any(line.endswith("developing since 24 Nov 2026, nothing new)") for line in d.also)
    assert d.bottom_line is None


def test_a_single_brief_keeps_the_date_in_the_subject_and_names_a_developing_story() -> None:
    briefing = build([str(SAMPLES / "baltic-drills.txt")], Options(now=NOW))
    assert len(briefing.stories) == 1
    assert mail.digest(briefing, "2026-11-25").stories == ()  # no daily run: no status
    marked = replace(
        briefing, stories=(replace(briefing.stories[0], status="developing", since="2026-11-24"),)
    )
    d = mail.digest(marked, "2026-11-25")
    assert not d.digest and len(d.stories) == 1 and "developing since" in d.stories[0]
    message = mail.build(
        d,
        sender="brief@example.org",
        recipient="desk@example.org",
        msgid="<x@example.org>",
        now=NOW,
        options=Options(),
    )
    assert message["Subject"] == f"{briefing.title} — 2026-11-25"


def test_the_email_gives_each_leading_storys_new_points_and_the_feeds_health() -> None:
    """A reader on a phone learns what changed without the PDF: each leading story's new
    points (else its lead), cut short, and a feed that could not be read; the same body
    from the brief's JSON, as `brief send` builds it (r60 F11)."""
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    briefing = build(paths, Options(now=NOW))
    first, second, *others = briefing.stories
    assert len(first.bullets) > 1 and second.bullets
    marked = tuple(replace(b, new=n == 1) for n, b in enumerate(first.bullets))
    failed = (
        "Hill Post (https://hill.example/feed.xml): failed since 2026-11-25 06:00 UTC: HTTP 503"
    )
    briefing = replace(
        briefing,
        stories=(
            replace(first, bullets=marked, status="developing", since="2026-11-24"),
            replace(second, status="new"),
            *others,
        ),
        feed_health=(failed,),
    )
    d = mail.digest(briefing, "2026-11-25")
    # its new point alone; nothing marked: its lead; each with its citation (r72 F11)
    assert d.points[0] == (mail._cited(first.bullets[1].text, first.bullets[1].ref),)
    assert d.points[1] == (mail._cited(second.bullets[0].text, second.bullets[0].ref),)
    assert all(len(p) <= mail.POINT_CHARS for points in d.points for p in points)
    message = mail.build(
        d,
        sender="brief@example.org",
        recipient="desk@example.org",
        msgid="<x@example.org>",
        now=NOW,
        options=Options(),
    )
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"- {d.stories[0]}\n  · {d.points[0][0]}\n- {d.stories[1]}\n" in text
    assert f"FEED HEALTH\n- {failed}\n" in text
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Feed health" in html and "Hill Post" in html
    back = mail.digest_from_json(json.dumps(to_dict(briefing)).encode(), "x", "2026-11-25")
    assert (back.stories, back.points, back.feeds) == (d.stories, d.points, d.feeds)


def test_a_long_point_is_cut_at_a_word() -> None:
    words = " ".join(f"word{n}" for n in range(80))
    cut = mail._cut(words)
    assert len(cut) <= mail.POINT_CHARS and cut.endswith("…")
    assert words.startswith(cut[:-1]) and cut[-2].isdigit()
    assert mail._cut("A short point.") == "A short point."


def test_a_point_keeps_its_attribution() -> None:
    """A lead cut at 180 characters had lost its closing ", X said", and a claim read as
    fact: a sentence of usual length is shown whole, and a longer one is cut before its
    closing clause, which stays."""
    lead = (
        "The two delegations met in the lakeside town of Varnessa on Thursday for the first "
        "direct talks on the disputed river crossings in almost two years, harbour "
        "authority officials said."
    )
    assert 180 < len(lead) <= mail.POINT_CHARS and mail._cut(lead) == lead
    long = lead.replace("on Thursday", "on Thursday " + "after weeks of shuttle diplomacy " * 4)
    cut = mail._cut(long)
    assert len(cut) <= mail.POINT_CHARS
    assert cut.startswith("The two delegations met") and cut.endswith(
        " …, harbour authority officials said."
    )


def test_a_storys_mail_points_come_from_its_reports_in_turn() -> None:
    """A story of several reports gives one point of each report before a second of any:
    a story of eight reports had given two result lines of one release, and the mail
    never said what its other reports told (r61 F2)."""
    points = [
        ("The count stood at half the districts.", True, 7, ""),
        ("The challenger had 45 percent.", True, 7, ""),
        ("The president dismissed the interior minister.", True, 2, ""),
        ("The commission said its system was not hacked.", True, 6, ""),
    ]
    assert mail._points(points) == (points[0][0], points[2][0])
    # a report the mail told already (a one-story brief's bottom line) comes last
    assert mail._points(points, told=(7,)) == (points[2][0], points[3][0])
    # one report: its points in order; nothing new: the lead alone
    assert mail._points([(t, n, 1, r) for t, n, _, r in points]) == (points[0][0], points[1][0])
    assert mail._points([(t, False, s, r) for t, _, s, r in points]) == (points[0][0],)
    # a point ends on its citation, as the brief's bullet does (r72 F11)
    cited = [(t, n, s, f"[{s}:{k}]") for k, (t, n, s, _) in enumerate(points, 1)]
    assert mail._points(cited) == (f"{points[0][0]} [7:1]", f"{points[2][0]} [2:3]")


def test_a_one_story_briefs_mail_gives_what_its_sections_print_after_its_bottom_line() -> None:
    """A brief of one story prints its bottom line and its sections, no list of its
    story's points: its mail gives their new points, not the bottom line again, and the
    same from the JSON (r61 F2: the mail's first point had been its bottom line)."""
    briefing = build([str(SAMPLES / "baltic-drills.txt")], Options(now=NOW))
    assert len(briefing.stories) == 1 and briefing.bottom_line is not None
    story = replace(briefing.stories[0], status="developing", since="2026-11-24")
    sections = tuple(
        replace(s, bullets=tuple(replace(b, new=True) for b in s.bullets))
        for s in briefing.sections
    )
    marked = replace(briefing, stories=(story,), sections=sections)
    printed = [(b.text, b.ref) for s in sections for b in s.bullets]
    assert len(printed) > 1
    d = mail.digest(marked, "2026-11-25")
    assert len(d.points) == 1 and d.points[0][0] == mail._cited(*printed[0])
    assert not any(p.startswith(briefing.bottom_line.text) for p in d.points[0])
    back = mail.digest_from_json(json.dumps(to_dict(marked)).encode(), "x", "2026-11-25")
    assert back.points == d.points


def test_a_mail_of_a_brief_that_withdraws_something_says_so_in_one_line() -> None:
    """A reader who reads only the mail learns that something an earlier brief told him
    was withdrawn or corrected; `brief send` reads it back from the brief's JSON, as the
    daily run's mail gives it from the brief."""
    doc = {
        "title": "T",
        "generated": "2026-11-25T06:00:00+00:00",
        "sections": [{"title": "S", "bullets": [{"text": "x", "new": True}]}],
        "withdrawn": [
            {"words": "three divers", "source": 2, "correction": "four, not three."},
            {"words": "will hold", "source": 3},
        ],
    }
    d = mail.digest_from_json(json.dumps(doc).encode(), "x", "2026-11-25")
    assert d.withdrawn == 2

    def message_of(digest: mail.Digest) -> EmailMessage:
        to = "desk@example.org"
        msgid = mail.message_id(["x"], to, "brief@example.org")
        return mail.build(
            digest,
            sender="brief@example.org",
            recipient=to,
            msgid=msgid,
            now=NOW,
            options=Options(),
        )

    for digest, said in ((d, "corrects 2 things"), (replace(d, withdrawn=1), "something")):
        message = message_of(digest)
        for kind in ("plain", "html"):
            body = message.get_body((kind,))
            assert body is not None
            lines = [line for line in body.get_content().splitlines() if said in line]
            assert len(lines) == 1 and "an earlier brief told you" in lines[0], kind
    plain = message_of(replace(d, withdrawn=0)).get_body(("plain",))
    assert plain is not None and "earlier brief told you" not in plain.get_content()


DAM_RELEASE = (
    "MINISTRY OF WATER RESOURCES OF THE REPUBLIC OF ORVANIA\n\n"
    "PRESS RELEASE\n\n"
    "Statement by the Ministry of Water Resources on the Kessel dam talks\n\n"
    "Following technical talks held in Brandt on 3 and 4 June, the two delegations agreed"
    " on a schedule for the release of water from the Kessel reservoir during the summer.\n\n"
    "The first release of water will take place on 15 June and the second on 1 July.\n"
)
DAM_WIRE = (
    "Orvania and Tellmark agree Kessel dam water schedule\n\n"
    "BRANDT, June 5, 2026 (Delta Wire) - Orvania and Tellmark agreed on Thursday on a summer"
    " schedule for releasing water from the disputed Kessel dam, ending a month-long row"
    " over the river's flow, officials from both countries said.\n\n"
    "Farmers downstream in Tellmark had warned that their rice crop would fail without the"
    " water, and the dispute had closed two border crossings.\n"
)


def test_brief_send_marks_a_releases_point_with_its_issuer_as_the_daily_mail_does(
    tmp_path: Path,
) -> None:
    """A body's release whose sentence names no sayer of its own is marked with its issuer
    in the daily mail (render.view.voiced, the JSON's `issuer`), also when the release
    heads its story; `brief send`, reading the brief back from its JSON, had dropped the
    mark (r74 F19): one sender, one body."""
    (tmp_path / "release.txt").write_text(DAM_RELEASE, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(DAM_WIRE, encoding="utf-8")
    issuer = "MINISTRY OF WATER RESOURCES OF THE REPUBLIC OF ORVANIA"
    briefing = build([str(tmp_path)], Options(now=NOW))
    stories = tuple(replace(s, status="new") for s in briefing.stories)
    sections = tuple(
        replace(s, bullets=tuple(replace(b, new=True) for b in s.bullets))
        for s in briefing.sections
    )
    marked = replace(
        briefing,
        stories=tuple(
            replace(s, bullets=tuple(replace(b, new=True) for b in s.bullets)) for s in stories
        ),
        sections=sections,
    )
    d = mail.digest(marked, "2026-06-05")
    assert any(p.endswith(f"· {issuer}") for points in d.points for p in points), d.points
    back = mail.digest_from_json(json.dumps(to_dict(marked)).encode(), "x", "2026-06-05")
    assert (back.stories, back.points) == (d.stories, d.points)


def test_a_story_first_told_today_is_new_though_it_gives_no_bullet() -> None:
    """A column listed under "Also in the inbox" (a comment gives no bullet by design) had
    read "new, nothing new" in the brief and its mail (r74 F22): "nothing new" is said of
    a developing story only, which an earlier brief told."""
    from brief.render.view import describe_status, describe_story

    assert describe_status("new", None, told=False) == "new"
    assert describe_story([4], 1, "new", None, told=False) == "1 source [4] · new"
    assert describe_status("developing", "2026-11-24", told=False) == (
        "developing since 24 Nov 2026, nothing new"
    )
    assert describe_status("developing", "2026-11-24") == "developing since 24 Nov 2026"
    assert describe_status(None, None, told=False) == ""
