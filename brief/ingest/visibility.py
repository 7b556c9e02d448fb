"""What a page never shows its reader: an element marked `hidden`, styled `display:none`
or `visibility:hidden`, or a template. Its text is no part of the article, whichever
markup carries it (a saved web page, HTML inside a Markdown article): left in, a line
no reader saw ("Hidden text says 5,000 soldiers were killed.") had become a bullet and
the first key figure. Text hidden only from screen readers (`aria-hidden`) is shown to
everyone else, and stays.
"""

from __future__ import annotations

from collections.abc import Iterable

NEVER_SHOWN = frozenset({"template"})
_INVISIBLE_STYLES = ("display:none", "visibility:hidden")


def never_shown(name: str, attributes: Iterable[tuple[str, str]]) -> bool:
    """Whether an element of tag `name` with these (attribute, value) pairs is never shown."""
    if name.lower() in NEVER_SHOWN:
        return True
    for key, value in attributes:
        key = key.lower()
        if key == "hidden":
            return True
        if key == "style":
            style = "".join(value.lower().split())
            if any(rule in style for rule in _INVISIBLE_STYLES):
                return True
    return False
