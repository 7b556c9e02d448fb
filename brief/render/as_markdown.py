"""Markdown from the Jinja2 template `brief.md.j2`; every printed value is escaped."""

from __future__ import annotations

from brief.models import Briefing
from brief.options import Options
from brief.render.templates import render_template
from brief.render.view import context


def render_markdown(briefing: Briefing, options: Options) -> str:
    return render_template("brief.md.j2", options, "markdown", **context(briefing))
