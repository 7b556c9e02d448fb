"""Nothing is ever fetched: a loopback server counts every request while hostile
articles and pages, referencing it in every way markup can, are made into briefs."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from brief.cli import app

runner = CliRunner()
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


class Server:
    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                hits.append(f"{self.command} {self.path}")
                body = b"p { color: red }" if self.path.endswith(".css") else PNG
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_HEAD = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    s.thread.start()
    try:
        yield s
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()


def hostile_text(url: str) -> str:
    return f"""Ministers meet as talks stall over sanctions

Officials said on Tuesday that talks in Geneva had stalled. ![pixel]({url}/md-image.png)
The memo was at [the link]({url}/md-link) and <{url}/autolink> and {url}/bare-url, aides said.
<img src="{url}/html-img.png"> The European Union said it would respond within two weeks.
<link rel="stylesheet" href="{url}/link.css"> China said it opposed the move on Monday.
<link rel="attachment" href="{url}/attachment.bin"> Trade fell 4 percent in the quarter.
<style>@import url({url}/import.css); body {{ background: url({url}/bg.png) }}</style> Markets fell.
<object data="{url}/object.pdf"></object><iframe src="{url}/frame"></iframe> Analysts were wary.
<svg><image href="{url}/svg.png"/></svg> The talks resume on 3 March in Brussels, officials said.
[ref]: {url}/ref-definition
"""


def hostile_page(url: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>Talks stall in Geneva</title>
<meta http-equiv="refresh" content="0;url={url}/refresh">
<link rel="stylesheet" href="{url}/page.css"><link rel="attachment" href="{url}/att.bin">
<link rel="icon" href="{url}/favicon.png"><script src="{url}/app.js"></script>
<style>@import "{url}/page-import.css";</style><base href="{url}/">
</head><body><article><h1>Talks stall in Geneva</h1>
<p>Officials said on Tuesday that talks in Geneva had stalled over sanctions relief.
<img src="{url}/img.png" srcset="{url}/img2.png 2x"> The European Union said it would respond.</p>
<p>China said it opposed the move. <a href="{url}/a">Read more</a> Trade fell 4 percent.</p>
<video poster="{url}/poster.png" src="{url}/v.mp4"></video><embed src="{url}/embed.swf">
<p>The talks resume on 3 March in Brussels, officials said, <q cite="{url}/q">quietly</q>.</p>
<p style="background:url({url}/inline.png)">Markets fell 2 percent after the news, traders said.</p>
</article></body></html>"""


@pytest.mark.parametrize("kind", ["txt", "md", "html"])
def test_rendering_makes_zero_requests(server: Server, tmp_path: Path, kind: str) -> None:
    src = tmp_path / f"article.{kind}"
    src.write_text(hostile_page(server.url) if kind == "html" else hostile_text(server.url))
    for fmt in ("pdf", "html", "md", "json"):
        out = tmp_path / f"brief.{fmt}"
        result = runner.invoke(app, ["make", str(src), "-o", str(out), "-n", "12"])
        assert result.exit_code == 0, result.output
    pdf = (tmp_path / "brief.pdf").read_bytes()
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    assert b"/EmbeddedFile" not in pdf and b"/URI" not in pdf
    assert server.hits == []


def test_the_pdf_fetcher_refuses_even_markup_that_slipped_through(server: Server) -> None:
    """Defence in depth: raw hostile HTML straight into WeasyPrint with our fetcher."""
    from weasyprint import HTML

    from brief.render.as_pdf import _make_fetcher

    raw = hostile_page(server.url) + f'<img src="file:///etc/passwd"><img src="{server.url}/x">'
    pdf = HTML(string=raw, base_url=None, url_fetcher=_make_fetcher()).write_pdf()
    assert pdf is not None and b"/EmbeddedFile" not in pdf
    assert server.hits == []
    for url in ("file:///etc/passwd", f"{server.url}/x.png", "data:image/png;base64,AAAA"):
        with pytest.raises(ValueError):
            _make_fetcher().fetch(url)  # type: ignore[attr-defined]
    # The server does count: WeasyPrint's own fetcher would have called it.
    HTML(string=f'<img src="{server.url}/control.png">').write_pdf()
    assert server.hits == ["GET /control.png"]


def test_a_refused_resource_is_one_warning_not_an_error(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    """A user's stylesheet naming a URL: the fetcher's warning says it was refused, and
    WeasyPrint's "Failed to load image" ERROR on a run that succeeds is not repeated."""
    from weasyprint import HTML

    from brief.render.as_pdf import _make_fetcher

    raw = f'<p style="background: url({server.url}/bg.png)">Text</p><img src="{server.url}/i.png">'
    HTML(string=raw, base_url=None, url_fetcher=_make_fetcher()).write_pdf()
    assert server.hits == []
    assert [r.levelname for r in caplog.records if r.levelno >= logging.WARNING] == ["WARNING"] * 2
