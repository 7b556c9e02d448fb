"""Properties over arbitrary input: any text is a valid PDF or one clean line; any bytes
decode or raise InputError; any text survives escaping as exactly itself."""

from __future__ import annotations

import html
import io
import re
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
