"""A wire's slug off a headline: "UPDATE 1-Cyclone Tamara: 31 dead" -> "Cyclone Tamara:
31 dead".

A news agency's feed titles an item with the desk's marks before its headline: the kind
of item ("EXCLUSIVE-", "FACTBOX-", "ANALYSIS-"), what became of it ("CORRECTED-",
"REFILE-", "RPT-"), or which update of the story it is ("UPDATE 2-", "WRAPUP 1-"), each
in capitals and glued to what follows by a hyphen with no space. A brief's Top stories
and its mail would show them as the headline's words (r46 L3).

Known by that shape: a slug in capitals (furniture.toml's wire_slugs or update_labels),
or any word in capitals with an update's number, a hyphen, then the headline's capital.
Some agencies bracket the slug and set it apart by a space: "(LEAD) Minister resigns",
"(2nd LD) ...". An acronym in a headline's compound is kept: "UN-backed force ..." (a
lower-case word follows), "US-China talks ..." ("US" is no slug and has no number).
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import alternation
from brief.ingest.furniture import label_forms, lists

# How a headline may open: a capital, a figure or a quote's mark.
_HEADLINE = r"(?=[A-Z0-9\"'“‘])"


@cache
def _slug() -> re.Pattern[str]:
    found = lists()
    named = alternation(s.upper() for s in found.wire_slugs | found.update_labels)
    numbered = r"[A-Z]{3,}(?:\s[A-Z]{3,})?\s\d{1,2}"  # "UPDATE 2", "WRAPUP 1"
    # "(LEAD)", "(2nd LD)", "(News Focus)", "(URGENT)": bracketed, in capitals or as a
    # title writes them, then a space
    bracketed = label_forms(found.wire_slugs | found.update_labels)
    return re.compile(
        rf"\s*(?:(?:(?:{named})(?:\s\d{{1,2}})?|{numbered})-"
        rf"|\((?:{bracketed}|LEAD|\d{{1,2}}(?:st|nd|rd|th)\s+LD)\)\s+){_HEADLINE}"
    )


def update_number(title: str) -> int:
    """Which version of its item a wire's slugs say the title's copy is: the number of an
    update's slug ("UPDATE 2-", "WRAPUP 1-", "(2nd LD)"), 1 for one with no number
    ("WRITETHRU-", "UPDATE-", "(LEAD)"), 0 for none (furniture.toml's version_slugs): a
    later version replaces an earlier one of the same item (brief.pipeline.versions)."""
    marks = lists().version_slugs
    slug, number = _slug(), 0
    while (found := slug.match(title)) is not None:
        mark = found.group(0).strip(" ()-").casefold()
        words = re.findall(r"[a-z][a-z-]*[a-z]", mark)
        if words and words[-1] in marks:
            figures = re.findall(r"\d+", mark)
            number = max(number, int(figures[0]) if figures else 1)
        title = title[found.end() :]
    return number


def without_slug(title: str) -> str:
    """The headline without the wire's slugs before it (each of them: "RPT-UPDATE 1-")."""
    slug = _slug()
    while (found := slug.match(title)) is not None:
        title = title[found.end() :]
    return title
