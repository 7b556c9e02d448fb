"""The advertisements and other furniture boxes of a web page, by the class and id names
its boxes carry.

A page of a news site puts ads, sponsored links and "recommended" promotions between and
around the article, in boxes its own markup names ("ad", "ad-slot", "sponsored",
"adsbygoogle", "taboola"). Their words are no news: "Earn $5,000 a week from home!"
had become a bullet, "3 bottles for KSh 2,999" a key figure, and a casino advert's
"Minister" a person (r38). The names are the site's own words for the box, so they are
read as words (furniture.toml's box_marks), never as substrings ("header", "shadow",
"download" hold no ad). A box that holds the article's own parts (an <article>, <main>
or <h1>) or half of the page's text on its own is kept: a site that names its article's
box so is misread, not emptied. (A page of ads around a one-line story is still mostly
ads: those go, each box on its own.)

The same holds of the page's other boxes that are no part of its story, which sites name
as plainly: links to other stories ("related", "read-more", "most-read": a teaser's
"NATO" had become an actor, r50 M3), a newsletter's or a paywall's pitch, a share bar, an
embedded post ("twitter-tweet"), a writer's bio and a disclaimer (r50 H2).

A custom element's tag is such a name too: AMP's <amp-ad> and <amp-sticky-ad>, whose
placeholder text ("ADVERT: Buy cheap phones now.") had become a bullet (r57 #6).
"""

from __future__ import annotations

import re
from typing import Any

from brief.ingest.furniture import lists
from brief.ingest.visibility import outermost, text_length

_PARTS = re.compile(r"[\s_-]+")


def advertising(root: Any) -> list[Any]:
    """The elements of an lxml page its class or id names (or a custom element's tag) mark
    as an advertisement, none inside another, less those that hold the article (see the
    module's docstring)."""
    marks, ad_free = lists().box_marks, lists().ad_free_marks
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if "-" in element.tag:  # a custom element is named by the site as a class is
            names += f" {element.tag.lower()}"
        parts = _name_parts(names) if names.strip() else set()
        if parts & marks and not parts & ad_free:
            found.append(element)
    if not found:
        return []
    whole = text_length(root)
    # (the boxes that hold the article are kept first, so an ad inside one still goes)
    return outermost(
        [
            element
            for element in found
            if text_length(element) * 2 <= whole
            and not any(True for _ in element.iter("article", "main", "h1"))
        ]
    )


def _name_parts(names: str) -> set[str]:
    """The words of class and id names, and each two of a name run together: "most-read"
    is "most", "read" and "mostread"."""
    found: set[str] = set()
    for name in names.split():
        parts = [part for part in _PARTS.split(name) if part]
        found.update(parts)
        found.update(a + b for a, b in zip(parts, parts[1:], strict=False))
    return found
