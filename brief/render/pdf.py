"""PDF through WeasyPrint, with a URL fetcher that fetches nothing.

The page is self-contained (inline CSS and SVG), so any fetch at all — file:,
http:, data:, an attachment — can only come from content that should not be
there, and is refused.
"""

from __future__ import annotations

import logging
from typing import NoReturn

from brief.models import Briefing
from brief.options import Options
from brief.render.html import render_html

log = logging.getLogger(__name__)


def _make_fetcher() -> object:
    from weasyprint import URLFetcher

    class RefuseAll(URLFetcher):  # type: ignore[misc]
        """Every URL is refused; WeasyPrint then skips the resource."""

        def fetch(self, url: str, headers: object = None) -> NoReturn:
            log.warning("refused to fetch %.80r while rendering the PDF", url)
            raise ValueError("brief fetches nothing")

    return RefuseAll()


def render_pdf(briefing: Briefing, options: Options) -> bytes:
    from weasyprint import HTML

    html = render_html(briefing, options)
    document = HTML(string=html, base_url=None, url_fetcher=_make_fetcher())
    pdf = document.write_pdf(attachments=[], pdf_identifier=briefing.title.encode("utf-8")[:64])
    assert isinstance(pdf, bytes)
    return pdf
