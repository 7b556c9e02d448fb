"""PDF through WeasyPrint, with a URL fetcher that fetches nothing.

The page is self-contained (inline CSS and SVG), so any fetch at all — file:,
http:, data:, an attachment — can only come from content that should not be
there, and is refused. Markdown, HTML and layout run in a child process with a memory cap and a
deadline (brief.limits), so a pathological page ends in an error, not a hang.

Why `rendering_ahead`: importing WeasyPrint takes most of a second (cffi parses its C
declarations, and looks for each library under its Windows names first, which costs
about 80 short subprocesses on Linux: see docs/bench.md). A command that knows from the
start that it will write a PDF forks the render's child at once, and the child imports
WeasyPrint on the other core while this process reads and ranks the articles.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, NoReturn

from brief.limits import Ahead, run_limited
from brief.models import Briefing
from brief.options import Options

log = logging.getLogger(__name__)
WHAT = "rendering the PDF"

_ahead: list[Ahead] = []  # the child forked by `rendering_ahead`, until a render takes it


REFUSED = "brief fetches nothing"


def _make_fetcher() -> object:
    from weasyprint import URLFetcher

    class RefuseAll(URLFetcher):
        """Every URL is refused; WeasyPrint then skips the resource."""

        def fetch(self, url: str, headers: object = None) -> NoReturn:
            log.warning("refused to fetch %.80r while rendering the PDF", url)
            raise ValueError(REFUSED)

    logging.getLogger("weasyprint").addFilter(_not_a_refusal)
    return RefuseAll()


def _not_a_refusal(record: logging.LogRecord) -> bool:
    """WeasyPrint reports a resource the fetcher refused as an ERROR ("Failed to load
    image ... brief fetches nothing") on a run that succeeds: the fetcher's own warning
    has said it, once."""
    return REFUSED not in record.getMessage() and not (
        record.exc_info and REFUSED in str(record.exc_info[1])
    )


def _load() -> None:
    """What every render needs, imported before the briefing exists."""
    import weasyprint  # noqa: F401

    import brief.render.as_html  # noqa: F401


def _load_in_child() -> None:
    """The render child runs no programs, so it needs no PATH. Without one, ctypes finds
    no compiler to ask, and each library name WeasyPrint tries in vain costs one
    `ldconfig -p` instead of gcc, collect2 and two ld runs (see docs/bench.md). A
    missing PATH is also one less way for a hostile page to reach a program."""
    os.environ["PATH"] = os.devnull  # not "": an empty entry would mean the cwd
    _load()


@contextmanager
def rendering_ahead() -> Iterator[None]:
    """Within it, the next `render_pdf` uses a child forked (and importing) now.

    Where fork does not exist, nothing is started and rendering works as without it."""
    if not Ahead.available():
        yield
        return
    with Ahead(_load_in_child, _write_pdf) as ahead:
        _ahead.append(ahead)
        try:
            yield
        finally:
            if ahead in _ahead:
                _ahead.remove(ahead)


def render_pdf(briefing: Briefing, options: Options) -> bytes:
    """Markdown, HTML and layout all run in the limited child; only bytes come back."""
    path = briefing.sources[0].path if len(briefing.sources) == 1 else None
    if _ahead:
        ahead = _ahead.pop()
        return ahead.run(briefing, options, what=WHAT, path=path, timeout=options.render_timeout)
    _load()  # imported once here, so every child inherits it (a batch forks one per brief)
    return run_limited(
        lambda: _write_pdf(briefing, options),
        what=WHAT,
        path=path,
        timeout=options.render_timeout,
    )


# A brief is read in one or two pages. When the stories and the lists after them run
# longer, the lists are shortened, each step keeping at most this many (actors, key
# figures, quotes, timeline events), the most important first as the briefing ranks
# them; the later steps print denser (a day's digest of nine stories fits), then list
# the stories least the profile's one line each, with the stories not reported in full
# (`view.minor_stories`: in none of its sections, or nothing new in a daily run), then
# keep a digest's other stories to their lead and best bullets (fifteen reports of ten
# stories fit), and last keep only the key figures of the lists (sixteen reports of
# fifteen stories fit; each story's line still names its main actors). What is least
# the profile's goes first: a trial's mailed print kept a tennis story's lead and lost
# an airport's reopening (r65 F9). No story is cut, nor a reported story's lead, nor
# the Sources: they are what makes every citation traceable, so a pile of very many
# stories keeps the step that came nearest to two pages. A shortened print says so
# under its title; the Markdown, HTML and JSON keep everything.
MAX_PAGES = 2
# (actors, key figures, quotes, timeline events, denser print, items per story, the
# stories least the profile's listed one line each)
SHORTER_LISTS = (
    (8, 8, 3, 5, False, 5, False),
    (5, 5, 2, 4, False, 5, False),
    (5, 5, 2, 4, True, 5, False),
    (3, 3, 1, 3, True, 5, False),
    (3, 3, 1, 3, True, 5, True),
    (3, 3, 1, 3, True, 3, True),
    (3, 3, 1, 3, True, 2, True),
    (3, 3, 1, 3, True, 1, True),
    (0, 3, 0, 0, True, 1, True),
)


def _write_pdf(briefing: Briefing, options: Options) -> bytes:
    from weasyprint import HTML

    from brief.render.as_html import render_html
    from brief.render.timeline import each_event_once, story_of_sources
    from brief.render.view import fewer_bullets, shown_quotes

    fetcher = _make_fetcher()

    def lay_out(step: int) -> Any:
        """The print at a step of SHORTER_LISTS (-1: the whole brief), laid out."""
        if step < 0:
            return HTML(
                string=render_html(briefing, options), base_url=None, url_fetcher=fetcher
            ).render()
        actors, figures, quotes, events, compact, items, minor = SHORTER_LISTS[step]
        shorter = replace(
            fewer_bullets(briefing, items, minor),
            actors=briefing.actors[:actors],
            figures=briefing.figures[:figures],
            quotes=shown_quotes(briefing.quotes, quotes),
            # the first `events` events, each once (a row another report's row of the
            # same event would leave out takes no place)
            timeline=tuple(each_event_once(briefing.timeline, story_of_sources(briefing), events)),
        )
        html = render_html(shorter, options, compact=compact, shortened=True)
        return HTML(string=html, base_url=None, url_fetcher=fetcher).render()

    laid_out = lay_out(-1)
    if len(laid_out.pages) > MAX_PAGES:
        # Each step keeps no more than the one before, so the pages only fall along
        # SHORTER_LISTS: the first step within reach is found by halving, in at most five
        # layouts, not ten (a layout of a long digest takes most of a second).
        shortest = lay_out(len(SHORTER_LISTS) - 1)
        # Two pages may not be reached: then the first step that comes as near as the
        # last (a trial's mail of 20 reports had gone out at 5 pages, unshortened, when 3
        # were within reach), or the whole print when no step saves a page, as nothing is
        # cut for nothing.
        goal = max(MAX_PAGES, len(shortest.pages))
        if len(shortest.pages) < len(laid_out.pages):
            low, high, laid_out = 0, len(SHORTER_LISTS) - 1, shortest
            while low < high:
                middle = (low + high) // 2
                tried = lay_out(middle)
                if len(tried.pages) <= goal:
                    high, laid_out = middle, tried
                else:
                    low = middle + 1
    pdf = laid_out.write_pdf(attachments=[], pdf_identifier=briefing.title.encode("utf-8")[:64])
    assert isinstance(pdf, bytes)
    return pdf
