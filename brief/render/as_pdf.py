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
from dataclasses import dataclass, replace
from typing import Any, NoReturn

from brief.limits import Ahead, run_limited
from brief.models import Briefing
from brief.options import Options
from brief.render.timeline import MAX_EVENTS
from brief.render.view import MAX_ACTORS, MAX_FIGURES, MAX_QUOTES

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


# A brief is read in one or two pages. When the whole print runs longer, it is cut, one
# row or one point at a time, least important first, and the print kept is the one that
# cuts least and still fits (`prints`): the lists first (actors, key figures, quotes,
# timeline events) down to LISTS_BEFORE_DENSER, each keeping its most important rows as
# the briefing ranks them; then a denser print; then the lists down to LISTS_WHEN_DENSER;
# then the stories least the profile's (`view.minor_stories`: in none of its sections, or
# nothing new in a daily run) listed one line each, with the stories not reported in full,
# the lowest first; then a digest's stories lose their points, one at a time, from the
# story that prints the most (the lower story first), each keeping its lead with each
# other party's version of its event (`view.story_items`); last the lists down to
# LAST_LISTS (each story's line still names its main actors). The cuts had gone by whole
# steps, and a trial's print cut every story to its lead and dropped all its actors,
# quotes and dates for five lines of a Feed health note that ran onto a third page, with
# 60% of its second page blank (r78 F8). What is least the profile's goes first: a
# trial's mailed print kept a tennis story's lead and lost an airport's reopening (r65
# F9). No story is cut, nor a reported story's lead, nor the Sources: they are what makes
# every citation traceable, so a pile of very many stories keeps the print that came
# nearest to two pages. A shortened print says so under its title; the Markdown, HTML and
# JSON keep everything.
MAX_PAGES = 2
# (actors, key figures, quotes, timeline events) a shortened print keeps at most: each
# stage's cuts stop at its rows, one list at a time in this order
LISTS = (MAX_ACTORS, MAX_FIGURES, MAX_QUOTES, MAX_EVENTS)
LISTS_BEFORE_DENSER = ((8, 8, 3, 5), (5, 5, 2, 4))
LISTS_WHEN_DENSER = (3, 3, 1, 3)
LAST_LISTS = (0, 3, 0, 0)
# the points a story of a shortened print keeps at most from the first cut
MOST_ITEMS = 5


@dataclass(frozen=True)
class Print:
    """What a shortened print keeps: its lists' rows (as LISTS), its type, each story's
    items (in the digest's order), and the stories listed one line each (their sources)."""

    lists: tuple[int, int, int, int]
    compact: bool
    items: tuple[int, ...]
    listed: frozenset[tuple[int, ...]] = frozenset()


def prints(briefing: Briefing) -> list[Print]:
    """Every shortened print, in order, each keeping no more than the one before and
    cutting one row, one point or one story's place (or going denser) more."""
    from brief.compose.digest import is_digest, reported
    from brief.render.view import minor_stories, story_items

    headlines = {source.number: source.title or "" for source in briefing.sources}
    stories = briefing.stories
    items = [min(MOST_ITEMS, len(story_items(story, headlines))) for story in stories]
    found = [Print(LISTS, False, tuple(items))]

    def fewer_rows(goal: tuple[int, int, int, int]) -> None:
        while found[-1].lists != goal:
            for n in range(len(LISTS)):  # a row of each list in turn
                rows = list(found[-1].lists)
                if rows[n] > goal[n]:
                    rows[n] -= 1
                    found.append(replace(found[-1], lists=(rows[0], rows[1], rows[2], rows[3])))

    for goal in LISTS_BEFORE_DENSER:
        fewer_rows(goal)
    found.append(replace(found[-1], compact=True))
    fewer_rows(LISTS_WHEN_DENSER)
    if is_digest(stories):
        minor = minor_stories(stories)
        for story in reversed(stories):
            if story.sources in minor:
                found.append(replace(found[-1], listed=found[-1].listed | {story.sources}))
        told = {story.sources for story in reported(stories)} - found[-1].listed
        while True:
            kept = list(found[-1].items)
            cut = [n for n, story in enumerate(stories) if story.sources in told and kept[n] > 1]
            if not cut:
                break
            n = max(cut, key=lambda n: (kept[n], n))  # the most points, the lower story
            kept[n] -= 1
            found.append(replace(found[-1], items=tuple(kept)))
    fewer_rows(LAST_LISTS)
    return found


def _write_pdf(briefing: Briefing, options: Options) -> bytes:
    from weasyprint import HTML

    from brief.render.as_html import render_html
    from brief.render.timeline import each_event_once, story_of_sources
    from brief.render.view import fewer_bullets, shown_quotes

    fetcher = _make_fetcher()

    def lay_out(shorter: Print | None) -> Any:
        """The print, laid out: the whole brief (None), or shortened."""
        if shorter is None:
            return HTML(
                string=render_html(briefing, options), base_url=None, url_fetcher=fetcher
            ).render()
        actors, figures, quotes, events = shorter.lists
        shortened = replace(
            fewer_bullets(briefing, shorter.items, shorter.listed),
            actors=briefing.actors[:actors],
            figures=briefing.figures[:figures],
            quotes=shown_quotes(briefing.quotes, quotes),
            # the first `events` events, each once (a row another report's row of the
            # same event would leave out takes no place)
            timeline=tuple(each_event_once(briefing.timeline, story_of_sources(briefing), events)),
        )
        html = render_html(shortened, options, compact=shorter.compact, shortened=True)
        return HTML(string=html, base_url=None, url_fetcher=fetcher).render()

    laid_out = lay_out(None)
    if len(laid_out.pages) > MAX_PAGES:
        # Each print keeps no more than the one before, so the pages only fall along
        # `prints`: the first within reach is found by halving, in eight layouts for two
        # hundred prints, not two hundred (a layout of a long digest takes most of a
        # second).
        shorter = prints(briefing)
        shortest = lay_out(shorter[-1])
        # Two pages may not be reached: then the first print that comes as near as the
        # last (a trial's mail of 20 reports had gone out at 5 pages, unshortened, when 3
        # were within reach), or the whole print when no cut saves a page, as nothing is
        # cut for nothing.
        goal = max(MAX_PAGES, len(shortest.pages))
        if len(shortest.pages) < len(laid_out.pages):
            low, high, laid_out = 0, len(shorter) - 1, shortest
            while low < high:
                middle = (low + high) // 2
                tried = lay_out(shorter[middle])
                if len(tried.pages) <= goal:
                    high, laid_out = middle, tried
                else:
                    low = middle + 1
    pdf = laid_out.write_pdf(attachments=[], pdf_identifier=briefing.title.encode("utf-8")[:64])
    assert isinstance(pdf, bytes)
    return pdf
