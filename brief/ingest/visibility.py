"""What a page never shows its reader: an element marked `hidden`, a template, or one
styled `display:none` or `visibility:hidden`, inline or by a rule of the page's own
stylesheet. Its text is no part of the article, whichever markup carries it (a saved
web page, HTML inside a Markdown article): left in, a line no reader saw ("Hidden text
says 5,000 soldiers were killed.") had become a bullet and the first key figure, and a
class-hidden "BREAKING: ... 40 soldiers killed" an organisation the page never names.
Text hidden only from screen readers (`aria-hidden`) is shown to everyone else, and stays.

A stylesheet is read cautiously, since a wrong reading drops text a reader sees: only
plain rules (no pseudo-class such as `:after` or `:hover`, which style a part or a
moment, not the element) that hide outright, and not for an element another rule, an
`@media` rule or its own style shows again (mobile-first pages hide and then show). A
`<style>` for print, or inside a template, an SVG or a <noscript>, styles nothing shown.
Where the rules would hide most of a page's text, the reading is taken for wrong and
nothing is hidden by them. Opacity, font size and offsets are left alone: layouts and
animations use them on visible text. tinycss2 reads the rules and cssselect2 matches
their selectors (WeasyPrint's CSS libraries); nothing is rendered or fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

NEVER_SHOWN = frozenset({"template"})
_HIDING = re.compile(r"display:none|visibility:(?:hidden|collapse)")
_SHOWING = re.compile(r"display:(?!none)|visibility:visible")
_INERT_PARENTS = frozenset({"template", "svg", "noscript"})
_MOST_RULES = 500  # a page's hiding rules read at most (matching costs rules x elements)
_MOST_SHEET = 200_000  # characters of stylesheet read at most


def never_shown(name: str, attributes: Iterable[tuple[str, str]]) -> bool:
    """Whether an element of tag `name` with these (attribute, value) pairs is never shown."""
    if name.lower() in NEVER_SHOWN:
        return True
    for key, value in attributes:
        key = key.lower()
        if key == "hidden":
            return True
        if key == "style" and _HIDING.search(_compact(value)):
            return True
    return False


def _compact(style: str) -> str:
    return "".join(style.lower().split())


def styled_away(root: Any) -> list[Any]:
    """The elements of an lxml page that its <style> sheets hide from every reader, none
    inside another (each is dropped with what it holds)."""
    sheets = [
        style.text
        for style in root.iter("style")
        if style.text and _HIDING.search(_compact(style.text)) and _for_the_screen(style)
    ]
    if not sheets:
        return []
    import cssselect2
    import tinycss2

    hiding, showing = cssselect2.Matcher(), cssselect2.Matcher()
    counts = {"hiding": 0, "showing": 0}
    for sheet in sheets:
        rules = tinycss2.parse_stylesheet(
            sheet[:_MOST_SHEET], skip_comments=True, skip_whitespace=True
        )
        _read_rules(rules, hiding, showing, counts, in_media=False)
    if not counts["hiding"]:
        return []
    page = cssselect2.ElementWrapper.from_html_root(root)
    hidden = []
    for element in page.iter_subtree():
        tree_element = element.etree_element
        if not hiding.match(element) or showing.match(element):
            continue
        if _SHOWING.search(_compact(tree_element.get("style") or "")):
            continue  # its own style shows it again
        hidden.append(tree_element)
    hidden = _outermost(hidden)
    gone = sum(_text_length(element) for element in hidden)
    return hidden if gone * 2 <= _text_length(root) else []  # most of it: a wrong reading


def invisible(root: Any) -> list[Any]:
    """What an lxml page never shows (marked, styled inline or by its stylesheet), none
    inside another: each is dropped with what it holds."""
    marked = [
        element
        for element in root.iter()
        if isinstance(element.tag, str) and never_shown(element.tag, element.items())
    ]
    return _outermost(marked + styled_away(root))


_NO_TEXT = frozenset({"script", "style", "template", "noscript"})


def _text_length(element: Any) -> int:
    """The characters of text an element holds, less its scripts' and styles'."""
    total = 0
    for inner in element.iter():
        if isinstance(inner.tag, str) and inner.tag.lower() in _NO_TEXT:
            continue
        total += len(inner.text or "")
    for inner in element.iter():
        if inner is not element:
            total += len(inner.tail or "")
    return total


def _for_the_screen(style: Any) -> bool:
    """A <style> that styles what a reader sees: not one for print, nor one inside a
    template, an SVG or a <noscript>."""
    media = (style.get("media") or "all").lower()
    if "screen" not in media and "all" not in media:
        return False
    return not any(
        isinstance(parent.tag, str) and parent.tag.lower() in _INERT_PARENTS
        for parent in style.iterancestors()
    )


def _read_rules(
    rules: Any, hiding: Any, showing: Any, counts: dict[str, int], in_media: bool
) -> None:
    """Add the plain rules that hide (outside @media) to `hiding`, and those that show
    (anywhere, @media included) to `showing`."""
    import cssselect2
    import tinycss2

    for rule in rules:
        if (
            rule.type == "at-rule"
            and rule.lower_at_keyword in {"media", "supports"}
            and rule.content
        ):
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            _read_rules(inner, hiding, showing, counts, in_media=True)
            continue
        if rule.type != "qualified-rule":
            continue  # @import is never fetched; @font-face, @keyframes style no element
        declarations = _compact(tinycss2.serialize(rule.content))
        hides = not in_media and bool(_HIDING.search(declarations))
        shows = bool(_SHOWING.search(declarations))
        if not (hides or shows) or ":" in tinycss2.serialize(rule.prelude):
            continue  # ":after", ":hover", ":nth-child": a part or a moment of the element
        try:
            selectors = cssselect2.compile_selector_list(rule.prelude)
        except Exception:  # cssselect2 raises more than SelectorError on some selectors
            continue
        kind = "hiding" if hides else "showing"
        if counts[kind] >= _MOST_RULES:
            continue
        for selector in selectors:
            (hiding if hides else showing).add_selector(selector, None)
            counts[kind] += 1


def _outermost(elements: list[Any]) -> list[Any]:
    """The elements none of the others holds (dropping one inside a dropped one fails)."""
    unique = list({id(element): element for element in elements}.values())
    chosen = set(map(id, unique))
    return [
        element
        for element in unique
        if not any(id(parent) in chosen for parent in element.iterancestors())
    ]
