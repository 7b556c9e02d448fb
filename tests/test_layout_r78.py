"""A page's kicker and headline above a short story whose feed gave another headline
(r78 F6), and markup in a page's og:title (r78 F7), tried on an invented port strike.

F6: the two lines, ending on no stop, ran on into the lede, and made a five-line story
read as text folded at a width, where a heading must stand between blank lines: "World
Dockers walk out ... Dock workers at ..." was one sentence. F7: the page's source had its
character references decoded before its parser read it, so an attribute's "&quot;" ended
the attribute, and the og:title kept a cut tag: "... Vell<img src=x onerror=".
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from typer.testing import CliRunner

from brief import daily
from brief.cli import app
from brief.ingest import Options, clean_text, ingest
from brief.ingest.layout.folding import hard_wrapped
from brief.ingest.unmarkdown import plain_markdown
from brief.ingest.webpage import title_words
from tests.conftest import FIXED_NOW
from tests.smtp_fixtures import *  # noqa: F403  (the SMTP server fixtures)
from tests.smtp_fixtures import Server, mail_table
from tests.test_fetch import feed_reply, html_reply, load, rss, write_config
from tests.web_fixtures import WebServer

KICKER = "Europe"
HEADLINE = "Dockers walk out at Vell as talks on shelters collapse"
FEED_TITLE = "Vell port strike: what we know"
LEDE = (
    "Dock workers at the port of Vell walked out on Tuesday after talks with the operator "
    "on blast shelters broke down late on Monday, the dockers' union said."
)
STORY = [
    LEDE,
    "About 1,400 workers joined the strike, which halted loading at all four container "
    "berths, union leader Marta Kovic told reporters at the gate.",
    "The operator said it would meet the union again on Thursday.",
]
runner = CliRunner()


def _fetched(tmp_path: Path, lines: list[str]) -> Path:
    """An article as `brief fetch` writes it: its feed's headline in the header."""
    saved = tmp_path / "feed-item.txt"
    saved.write_text(
        f'+++ brief-article\n{{"title": "{FEED_TITLE}", "outlet": "Harbour Post", "date":'
        ' "2026-11-24", "url": "https://example.org/vell"}\n+++\n' + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    return saved


def _paragraphs(path: Path) -> list[str]:
    doc = ingest(str(path), 1, Options(now=FIXED_NOW))
    return [b.text for b in doc.blocks if b.kind == "paragraph"]


def test_a_kicker_and_a_headline_other_than_the_feeds_open_no_sentence(tmp_path: Path) -> None:
    assert _paragraphs(_fetched(tmp_path, [KICKER, HEADLINE, *STORY])) == STORY


def test_a_story_a_line_each_under_its_kicker_and_headline_keeps_its_lines(
    tmp_path: Path,
) -> None:
    """The same page saved as text, with no header: its headline is its title."""
    saved = tmp_path / "vell.txt"
    saved.write_text("\n".join([KICKER, HEADLINE, *STORY]) + "\n", encoding="utf-8")
    doc = ingest(str(saved), 1, Options(now=FIXED_NOW))
    assert doc.title == HEADLINE
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == STORY


def test_a_line_with_room_to_spare_was_not_folded() -> None:
    """Folding breaks a line where the next word would not fit: a line under half the
    next one's length had room, and ends a line of its own."""
    assert not hard_wrapped([KICKER, HEADLINE, *STORY])
    assert not hard_wrapped([HEADLINE, "By Ann Lee and Tom Roe in", *STORY])


def test_text_folded_at_a_width_is_still_folded() -> None:
    """Lines of about one length, as monospace folds them, or a printed page's
    proportional type (a line of wide letters holds fewer), under a short heading."""
    text = " ".join(STORY * 3)
    assert hard_wrapped(["Background", *textwrap.wrap(text, 72)])
    uneven = [line + " " + "x" * (n % 3) * 4 for n, line in enumerate(textwrap.wrap(text, 60))]
    assert hard_wrapped(uneven)


def _page(title: str, *, kicker: str = KICKER, headline: str = HEADLINE) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<!doctype html><html><head><title>{HEADLINE} | Harbour Post</title><meta property="og:'
        f'title" content="{title}"><meta name="author" content="Ana Field"></head><body><article>'
        f'<p class="kicker">{kicker}</p><h1>{headline}</h1>{paragraphs}</article></body></html>'
    ).encode()


def test_daily_briefs_the_story_from_its_lede(
    tmp_path: Path, web: WebServer, plain_server: Server
) -> None:
    web.routes["/vell"] = html_reply(_page(HEADLINE))
    item = {"title": FEED_TITLE, "link": f"{web.url}/vell", "guid": "vell"}
    web.routes["/post.xml"] = feed_reply(rss([item]))
    config = write_config(tmp_path, [(f"{web.url}/post.xml", "Harbour Post")])
    with config.open("a", encoding="utf-8") as toml:
        toml.write("\n[mail]\n" + mail_table(plain_server.port))
    assert daily.run(load(config), now=FIXED_NOW).built
    brief = (tmp_path / "out" / "brief-2026-11-25.md").read_text(encoding="utf-8")
    body = brief.split("## Sources")[0]
    assert f"{LEDE} [1:1]" in body
    assert HEADLINE not in body and f"{KICKER} " not in body
    mail = plain_server.handler.messages[0].get_body(("plain",)).get_content()
    assert HEADLINE not in mail and LEDE[:40] in mail


# -- F7: markup in a page's og:title -------------------------------------------------------

HOSTILE_TITLE = (
    "Dockers walk out at &lt;i&gt;Vell&lt;/i&gt;&lt;img src=x onerror=&quot;alert(&#x27;t&#x27;)"
    "&quot;&gt;"
)


def test_a_title_written_as_html_in_an_attribute_keeps_its_words_only(tmp_path: Path) -> None:
    saved = tmp_path / "vell.html"
    saved.write_bytes(_page(HOSTILE_TITLE, headline="Dockers walk out at <i>Vell</i>"))
    doc = ingest(str(saved), 1, Options(now=FIXED_NOW))
    assert doc.title == "Dockers walk out at Vell"
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == STORY
    out = tmp_path / "vell.md"
    result = runner.invoke(app, ["make", str(saved), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = out.read_text(encoding="utf-8")
    assert brief.startswith("# Dockers walk out at Vell\n")
    assert not any(mark in brief for mark in ("<", "&lt;", "onerror", "alert"))


def test_a_pages_source_keeps_the_references_its_parser_reads() -> None:
    """A quote or a bracket written as a reference in a page's source is its parser's to
    decode: decoded before, "&quot;" ends the attribute it stands in."""
    source = '<meta content="a &quot;b&quot; &lt;c&gt; &amp; &#x27;d&#39; &eacute;">'
    assert clean_text(source, markup=True) == (
        '<meta content="a &quot;b&quot; &lt;c&gt; &amp; &#x27;d&#39; é">'
    )
    assert clean_text("a &quot;b&quot; &#x27;d&#39;") == "a \"b\" 'd'"


def test_markdowns_quotes_written_as_references_are_its_words(tmp_path: Path) -> None:
    """Markdown's source keeps them for its own reading too, which decodes them last."""
    assert plain_markdown('Said &quot;no&quot; and &#39;never&#x27;, <b title="x">twice</b>.') == (
        "Said \"no\" and 'never', twice."
    )
    saved = tmp_path / "vell.md"
    saved.write_text(
        f"# {HEADLINE}\n\n{LEDE}\n\nMarta Kovic said: &quot;We stay out until the "
        "shelters are built.&quot;\n",
        encoding="utf-8",
    )
    doc = ingest(str(saved), 1, Options(now=FIXED_NOW))
    assert doc.blocks[-1].text == 'Marta Kovic said: "We stay out until the shelters are built."'


def test_a_tag_cut_off_at_a_titles_end_is_no_word() -> None:
    assert title_words("Talks <i>resume</i> in Vell<img src=x onerror=") == "Talks resume in Vell"
    assert title_words("Talks resume in Vell&lt;img src=x onerror=&quot;") == "Talks resume in Vell"
    # a comparison, a book's title in brackets: words
    assert title_words("Is a<b and c=d?") == "Is a<b and c=d?"
    assert title_words("BTS film <Yet to Come> opens") == "BTS film <Yet to Come> opens"
