"""What a page never shows its reader: an element marked `hidden`, a template, or one
styled away, inline or by the page's own stylesheet (`display:none`,
`visibility:hidden`, no opacity, no font size, pushed off-screen, clipped to nothing).
Its text is no part of the article, whichever markup carries it (a saved web page, HTML
inside a Markdown article): left in, a line no reader saw ("Hidden text says 5,000
soldiers were killed.") had become a bullet and the first key figure, and a class-hidden
"BREAKING: ... 40 soldiers killed" an organisation the page never names. Text hidden only
from screen readers (`aria-hidden`) is shown to everyone else, and stays; a rule inside
`@media` hides for some screens only, and its text stays too.

The stylesheet is read by tinycss2 and its selectors matched by cssselect2, WeasyPrint's
own CSS libraries: nothing is rendered and nothing fetched (an @import is never followed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import cssselect2
import tinycss2

NEVER_SHOWN = frozenset({"template"})


def never_shown(name: str, attributes: Iterable[tuple[str, str]]) -> bool:
    """Whether an element of tag `name` with these (attribute, value) pairs is never shown."""
    if name.lower() in NEVER_SHOWN:
        return True
    for key, value in attributes:
        key = key.lower()
        if key == "hidden":
            return True
        if key == "style" and _hides(
            tinycss2.parse_declaration_list(
                value.strip("\"'"), skip_comments=True, skip_whitespace=True
            )
        ):
            return True
    return False


def styled_away(root: Any) -> list[Any]:
    """The elements of an lxml page that its <style> sheets hide from every reader."""
    matcher = cssselect2.Matcher()
    rules = 0
    for style in root.iter("style"):
        sheet = tinycss2.parse_stylesheet(
            style.text or "", skip_comments=True, skip_whitespace=True
        )
        for rule in sheet:
            if rule.type != "qualified-rule":
                continue  # @media, @supports: some screens' rules; @import: never fetched
            declarations = tinycss2.parse_declaration_list(
                rule.content, skip_comments=True, skip_whitespace=True
            )
            if not _hides(declarations):
                continue
            try:
                selectors = cssselect2.compile_selector_list(rule.prelude)
            except cssselect2.SelectorError:
                continue  # a selector the library does not read hides nothing here
            for selector in selectors:
                matcher.add_selector(selector, None)
                rules += 1
    if not rules:
        return []
    page = cssselect2.ElementWrapper.from_html_root(root)
    return [element.etree_element for element in page.iter_subtree() if matcher.match(element)]


def _hides(declarations: Sequence[Any]) -> bool:
    """Whether CSS declarations keep an element's text from every reader's eyes."""
    values: dict[str, str] = {}
    for declaration in declarations:
        if declaration.type == "declaration":
            values[declaration.lower_name] = tinycss2.serialize(declaration.value).strip().lower()
    if values.get("display") == "none" or values.get("visibility") in {"hidden", "collapse"}:
        return True
    if _zero(values.get("opacity")) or _zero(values.get("font-size")):
        return True
    if any(_far_off(values.get(side)) for side in ("left", "top", "text-indent", "margin-left")):
        return True  # "left:-9999px": off-screen
    clip = values.get("clip", "") + values.get("clip-path", "")
    return bool(_CLIPPED.search(clip))


_NUMBER = re.compile(r"(-?\d*\.?\d+)\s*([a-z%]*)")
_CLIPPED = re.compile(
    r"rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|inset\(\s*50%"
)


def _zero(value: str | None) -> bool:
    found = _NUMBER.fullmatch(value.replace("!important", "").strip()) if value else None
    return found is not None and float(found.group(1)) == 0


def _far_off(value: str | None) -> bool:
    """A length far to the left or above the page ("-9999px", "-100em")."""
    found = _NUMBER.fullmatch(value.replace("!important", "").strip()) if value else None
    if found is None:
        return False
    amount = float(found.group(1)) * (16 if found.group(2) in {"em", "rem"} else 1)
    return found.group(2) in {"px", "em", "rem"} and amount <= -500
