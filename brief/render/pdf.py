"""PDF through WeasyPrint, with a URL fetcher that fetches nothing.

The page is self-contained (inline CSS and SVG), so any fetch at all — file:,
http:, data:, an attachment — can only come from content that should not be
there, and is refused. Layout runs in a child process with a memory cap and a
deadline (brief.limits), so a pathological page ends in an error, not a hang.
"""

from __future__ import annotations

import logging
from typing import NoReturn

from brief.limits import run_limited
from brief.models import Briefing
from brief.options import Options
from brief.render.html import render_html

log = logging.getLogger(__name__)


def _make_fetcher() -> object:
    from weasyprint import URLFetcher

    class RefuseAll(URLFetcher):
        """Every URL is refused; WeasyPrint then skips the resource."""

        def fetch(self, url: str, headers: object = None) -> NoReturn:
            log.warning("refused to fetch %.80r while rendering the PDF", url)
            raise ValueError("brief fetches nothing")

    return RefuseAll()


def render_pdf(briefing: Briefing, options: Options) -> bytes:
    """Markdown, HTML and layout all run in the limited child; only bytes come back."""
    import weasyprint  # noqa: F401  imported once here, so every child inherits it

    path = briefing.sources[0].path if len(briefing.sources) == 1 else None
    return run_limited(
        lambda: _write_pdf(briefing, options),
        what="rendering the PDF",
        path=path,
        timeout=options.render_timeout,
    )


def _write_pdf(briefing: Briefing, options: Options) -> bytes:
    from weasyprint import HTML

    html = render_html(briefing, options)
    document = HTML(string=html, base_url=None, url_fetcher=_make_fetcher())
    pdf = document.write_pdf(attachments=[], pdf_identifier=briefing.title.encode("utf-8")[:64])
    assert isinstance(pdf, bytes)
    return pdf
