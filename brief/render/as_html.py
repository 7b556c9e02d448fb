"""HTML: the Markdown brief through python-markdown, wrapped in a print-ready page.

Raw HTML is switched off in python-markdown as a second wall behind escaping:
even a value that slipped through unescaped would come out as text, not markup.
"""

from __future__ import annotations

import re

import markdown
from markupsafe import Markup, escape

from brief.models import Briefing
from brief.options import Options
from brief.render.as_markdown import prepare as prepare_markdown
from brief.render.as_markdown import render_markdown
from brief.render.templates import preload, render_template
from brief.render.timeline import story_of_sources, timeline_svg
from brief.render.view import context

# The Markdown timeline's list; HTML and PDF show the graphic in its place.
_TIMELINE_LIST = re.compile(r'(<h2 id="timeline">[^<]*</h2>\s*)<ul>.*?</ul>', re.DOTALL)


def markdown_to_html(text: str) -> str:
    md = markdown.Markdown(extensions=["tables", "sane_lists", "toc"], output_format="html")
    md.preprocessors.deregister("html_block")
    for pattern in ("html", "autolink", "automail"):
        if pattern in md.inlinePatterns:
            md.inlinePatterns.deregister(pattern)
    return md.convert(text)


# Said under the title of a print the PDF shortened to fit two pages, or as near as its
# stories allow (see as_pdf).
SHORTENED = (
    "This print is shortened. The Markdown and HTML have every point; the JSON every"
    " actor, figure, quote and date too."
)


def render_html(
    briefing: Briefing, options: Options, *, compact: bool = False, shortened: bool = False
) -> str:
    """`compact`: the PDF's denser print (smaller type, narrower margins), the last step
    it takes to keep a long digest to two pages (see as_pdf); `shortened`: that print
    leaves out what the full brief has, and says so under its title."""
    body = markdown_to_html(render_markdown(briefing, options, shortened=shortened))
    if shortened:
        note = f'<p class="shortened">{escape(SHORTENED)}</p>'
        body = body.replace("</h1>", "</h1>" + note, 1)
    svg = timeline_svg(briefing.timeline, story_of_sources(briefing))
    if svg:
        figure = f'<figure class="timeline">{svg}</figure>'
        body = _TIMELINE_LIST.sub(lambda m: m.group(1) + figure, body, count=1)
    css = render_template("brief.css", options, "text")
    return render_template(
        "brief.html.j2",
        options,
        "html",
        body=Markup(body),
        css=Markup(css),
        compact=compact,
        **context(briefing),
    )


def prepare(options: Options) -> None:
    """The templates, loaded before the briefing exists (see brief.render.prepare)."""
    prepare_markdown(options)
    preload("brief.css", options, "text")
    preload("brief.html.j2", options, "html")
