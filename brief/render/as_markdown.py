"""Markdown from the Jinja2 template `brief.md.j2`; every printed value is escaped."""

from __future__ import annotations

from brief.models import Briefing
from brief.options import Options
from brief.render.templates import preload, render_template
from brief.render.view import context

TEMPLATE = "brief.md.j2"


def render_markdown(briefing: Briefing, options: Options, *, shortened: bool = False) -> str:
    """`shortened`: the PDF's print that leaves lists out to fit (see brief.render.as_pdf);
    a list left out is not said to be empty."""
    return render_template(TEMPLATE, options, "markdown", shortened=shortened, **context(briefing))


def prepare(options: Options) -> None:
    """The template, loaded before the briefing exists (see brief.render.prepare)."""
    preload(TEMPLATE, options, "markdown")
