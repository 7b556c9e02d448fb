"""Properties over arbitrary input: any text is a valid PDF or one clean line; any bytes
decode or raise InputError; any text survives escaping as exactly itself."""

from __future__ import annotations

import email.utils
import html
import io
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from typer.testing import CliRunner

from brief.cli import app
from brief.errors import InputError
from brief.ingest import clean_text, decode
from brief.options import Options
from brief.render.as_html import markdown_to_html
from brief.render.escape import markdown_escape

runner = CliRunner()
# Text with real sentences and words in it, mixed with anything Unicode has.
WORDS = st.sampled_from(
    ["Troops", "moved", "Київ", "said.", "الحدود", "北约", "[x](javascript:y)", "<img src=x>",
     "# ", "\n", "\n\n", "* ", "> ", "&amp;", "\u202e", "\u200b", "!", "`", "|", "1.", "Ελλάδα"]
)  # fmt: skip
TEXTS = st.lists(st.one_of(WORDS, st.text(max_size=30)), max_size=60).map(" ".join)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXTS)
def test_any_text_is_a_valid_pdf_or_one_clean_line(tmp_path: Path, text: str) -> None:
    src = tmp_path / "in.txt"
    out = tmp_path / "out.pdf"
    out.unlink(missing_ok=True)
    src.write_text(text, encoding="utf-8", errors="surrogatepass")
    result = runner.invoke(app, ["make", str(src), "-o", str(out)])
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        data = out.read_bytes()
        assert data.startswith(b"%PDF-")
        assert len(PdfReader(io.BytesIO(data)).pages) >= 1
    else:
        assert result.exit_code == 65, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"brief: {src}: ")
        assert not out.exists()


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400) | TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")))
@example(data=b"\x1b]")  # a terminal code alone: nothing left once it is out
def test_any_bytes_decode_to_clean_text_or_raise_input_error(data: bytes) -> None:
    try:
        text = decode(data, "x.txt", Options())
    except InputError as exc:
        assert exc.exit_code == 65 and "\n" not in exc.message
    else:
        assert text.strip()
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b]", text)


VISIBLE = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Zl", "Zp")), max_size=80)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.one_of(WORDS, VISIBLE), max_size=20).map(" ".join))
def test_escaped_text_renders_as_exactly_itself(text: str) -> None:
    value = clean_text(text)
    out = markdown_to_html("- " + markdown_escape(value) + " [1:2]\n")
    assert re.sub(r"<(/?)(ul|li)>", "", out).count("<") == 0, out
    shown = html.unescape(re.sub(r"</?(ul|li)>", "", out))
    shown = shown.replace("\u2068", "").replace("\u2069", "")
    assert shown.split() == (value + " [1:2]").split()


def test_control_characters_are_never_printed() -> None:
    """A file name holding a terminal's escape code went into the Markdown as it was."""
    assert markdown_escape("evil\x1b[31mred.txt") == "evil\ufffd\\[31mred.txt"
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", markdown_escape("a\x00b\x85c\x07"))


def test_tildes_and_math_dollars_are_literal_on_forges_too() -> None:
    """GitHub and GitLab strike text between tildes and set TeX between dollars (r57): the
    raw Markdown holds no tilde pair and no dollar that opens math, money stays readable."""
    struck = markdown_escape("a ~~struck~~ claim and $x^2$ or $$y$$")
    assert "~" not in struck and "$x" not in struck and "$$" not in struck
    assert markdown_escape("about ~5%, cost $5m and $40") == "about ~5%, cost $5m and $40"
    # a dollar with no space after it opens math that a later one with none before closes
    for text in ("from $5 to 10$ each", "cost $5m, US$ 40"):
        assert "$" not in markdown_escape(text)
        assert html.unescape(markdown_to_html(markdown_escape(text))).strip() == f"<p>{text}</p>"
    shown = html.unescape(markdown_to_html(struck))
    assert "a ~~struck~~ claim and $x^2$ or $$y$$" in shown


def test_a_text_that_opens_on_a_comma_is_briefed_or_refused_cleanly(tmp_path: Path) -> None:
    """Hypothesis found ", said." (an empty clause before the lead's comma) made the
    fallback title fail with an internal error."""
    src = tmp_path / "in.txt"
    src.write_text(", said.", encoding="utf-8")
    result = runner.invoke(app, ["make", str(src), "-o", str(tmp_path / "out.md")])
    assert result.exit_code in {0, 65} and "internal error" not in result.output


@settings(max_examples=200, deadline=None)
@given(
    text=TEXTS,
    words=st.lists(
        st.one_of(st.sampled_from(["said", "moved", "київ", "k", ""]), st.text(max_size=4))
    ),
)
def test_may_hold_finds_what_a_substring_test_of_each_word_finds(
    text: str, words: list[str]
) -> None:
    from brief.prefilter import has_odd_case, may_hold

    wanted = tuple(word.lower() for word in words)
    expected = has_odd_case(text) or any(word in text.lower() for word in wanted)
    assert may_hold(text, wanted) is expected
    assert may_hold(text, frozenset(wanted)) is expected


# What a source states of itself, beside its text: the inbox header a fetch writes, a
# page's metadata, a mail's headers. Hypothesis tries the calendar's ends and every
# character, where s72's fuzz found a date of 9999-12-31 or 0001-01-01 (an internal
# error wherever the days around it were reckoned), an address urlsplit refuses
# ("http://[x"), a title of control bytes, and a charset with a NUL.
LEAD = (
    "Troops gather near the border\n\nOfficials said on Tuesday that 12,000 troops had moved"
    " towards the border by March 3, the defence ministry reported.\n"
)
STATED = st.one_of(
    st.dates().map(str),
    st.text(max_size=20),
    st.builds("http://{}".format, st.text(max_size=12)),
    st.integers(),
    st.none(),
)
NOW = datetime(2026, 11, 25, 6, tzinfo=UTC)
OFFSETS = st.builds(timedelta, minutes=st.integers(-23 * 60 - 59, 23 * 60 + 59)).map(timezone)


def _source(kind: str, values: dict[str, object], when: datetime) -> tuple[str, bytes]:
    """A source of `kind` stating `values` and `when` (its date: the day alone, where
    the source gives a day)."""
    values = {**values, "date": values.get("date", when.date().isoformat())}
    if kind == "header":
        head = json.dumps(values, ensure_ascii=False)
        return "feed-x.txt", f"+++ brief-article\n{head}\n+++\n{LEAD}".encode(
            "utf-8", "surrogatepass"
        )
    if kind == "page":
        meta = "".join(
            f"<meta property='article:published_time' content='{value}'>"
            if key == "date"
            else f"<meta name='{key}' content='{html.escape(str(value))}'>"
            for key, value in values.items()
        )
        body = "".join(f"<p>{p}</p>" for p in LEAD.split("\n\n"))
        page = f"<html><head>{meta}</head><body><h1>Troops gather</h1>{body}</body></html>"
        return "a.html", page.encode("utf-8", "surrogatepass")
    sent = email.utils.format_datetime(when)
    charset, sender = str(values.get("title", "utf-8")), str(values.get("author", "a@b.example"))
    head = f"From: {sender}\nSubject: Troops\nDate: {sent}\n"
    head += f'Content-Type: text/plain; charset="{charset}"\n'
    return "a.eml", (head + "\n" + LEAD).encode("utf-8", "surrogatepass")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(["header", "page", "mail"]),
    values=st.dictionaries(st.sampled_from(["url", "feed", "title", "author"]), STATED),
    when=st.datetimes(timezones=OFFSETS),
)
@example(kind="header", values={"date": "9999-12-31", "url": "http://[::1"}, when=NOW)
@example(kind="header", values={"date": "0001-01-01", "title": "\x00\x1b]" * 40}, when=NOW)
@example(kind="page", values={"date": "9999-12-31"}, when=NOW)
@example(
    kind="mail",
    values={"title": "a\x00b"},
    when=datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-12))),
)
def test_what_a_source_states_of_itself_gives_a_brief_or_one_clean_line(
    tmp_path: Path, kind: str, values: dict[str, object], when: datetime
) -> None:
    name, data = _source(kind, values, when)
    src = tmp_path / name
    src.write_bytes(data)
    result = runner.invoke(app, ["make", str(src), "-o", "-", "-f", "json"])
    assert "Traceback" not in result.output and "internal error" not in result.stderr
    assert "brief: ERROR" not in result.stderr, result.stderr
    if result.exit_code:
        assert result.exit_code == 65, result.stderr
        assert result.stderr.strip().splitlines() == [result.stderr.strip()]
        assert result.stderr.startswith(f"brief: {src}: ")


@settings(max_examples=150, deadline=None)
@given(
    link=st.one_of(st.builds("http://{}".format, st.text(max_size=16)), st.text(max_size=16)),
    when=st.datetimes(timezones=OFFSETS),
    json_feed=st.booleans(),
)
@example(
    link="http://[::1",
    when=datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-12))),
    json_feed=False,
)
@example(
    link="https://a:99999/",
    when=datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
    json_feed=True,
)
def test_a_feeds_links_and_stamps_are_read_or_none(
    link: str, when: datetime, json_feed: bool
) -> None:
    """Every item's link is one urllib reads, port and all, or none; a feed urllib or
    feedparser cannot read is a FeedFormatError, never another exception."""
    from urllib.parse import urlsplit

    from brief.collect.feeds import FeedFormatError, parse_feed

    if json_feed:
        item = {"id": "1", "url": link, "date_published": when.isoformat(), "content_text": LEAD}
        body, media = (
            json.dumps({"items": [item]}).encode("utf-8", "surrogatepass"),
            "application/json",
        )
    else:
        stamp = email.utils.format_datetime(when)
        body = (
            "<rss version='2.0'><channel><title>F</title><item><title>T</title>"
            f"<link>{html.escape(link)}</link><pubDate>{stamp}</pubDate></item></channel></rss>"
        ).encode("utf-8", "surrogatepass")
        media = "application/rss+xml"
    try:
        items = parse_feed(body, "https://example.org/feed", media).items
    except FeedFormatError:
        return
    for found in items:
        if found.link is not None:
            parts = urlsplit(found.link)  # (a ValueError where urllib cannot read it)
            assert parts.port is None or 0 <= parts.port <= 65535
        for day in (found.published, found.updated_day):
            assert day is None or 1900 <= date.fromisoformat(day).year < 2100
