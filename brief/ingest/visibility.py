"""What a page never shows its reader: an element marked `hidden`, a template, or one
styled `display:none` or `visibility:hidden`, inline or by a rule of the page's own
stylesheet. Its text is no part of the article, whichever markup carries it (a saved
web page, HTML inside a Markdown article): left in, a line no reader saw ("Hidden text
says 5,000 soldiers were killed.") had become a bullet and the first key figure, and a
class-hidden "BREAKING: ... 40 soldiers killed" an organisation the page never names.
Text hidden only from screen readers (`aria-hidden`) is shown to everyone else, and stays.

A stylesheet is read by the cascade, for `display` and `visibility` alone: of the rules
that match an element, the most specific, then the last, wins (`!important` first, the
element's own style next), and a rule inside `@media` may show an element again but
never hides one (mobile-first pages hide, then show). A rule for a part of an element
(`::after`) styles no text of it. A `<style>` with a media query of its own (print,
narrow screens), or inside a template, an SVG or a <noscript>, hides nothing. Where a
page's sheets are too long to read whole, or its rules would hide most of its text, none
of them hides anything: a wrong reading drops text a reader sees. Opacity, font size and
offsets are left alone: layouts and animations use them on visible text. tinycss2 reads
the rules and cssselect2 matches their selectors (WeasyPrint's CSS libraries); nothing
is rendered or fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

NEVER_SHOWN = frozenset({"template"})
_HIDING = re.compile(r"display:none|visibility:(?:hidden|collapse)")
_INERT_PARENTS = frozenset({"template", "svg", "noscript"})
_MOST_RULES = 500  # selectors of display or visibility a page's sheets may set ...
_MOST_SHEET = 200_000  # ... and characters of them: past either, none is read


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
    """The elements of an lxml page that its <style> sheets hide from every reader, by
    the cascade: of the rules that match an element and set its `display` or
    `visibility`, the most specific, then the last, wins (`!important` first, its own
    style next). Rules inside `@media` may show an element again, never hide one."""
    sheets = [style.text for style in root.iter("style") if style.text and _for_the_screen(style)]
    if not any(_HIDING.search(_compact(sheet)) for sheet in sheets):
        return []
    if sum(len(sheet) for sheet in sheets) > _MOST_SHEET or _elements(root) > _MOST_ELEMENTS:
        return []  # a framework's sheet or a huge page: not read in part, so not at all
    import cssselect2
    import tinycss2

    matcher = cssselect2.Matcher()
    added = 0
    for sheet in sheets:
        rules = tinycss2.parse_stylesheet(sheet, skip_comments=True, skip_whitespace=True)
        for rule, in_media in _plain_rules(rules):
            # a hide inside @media is for some screens only
            settings = [found for found in _settings(rule) if not (found[1] and in_media)]
            if not settings:
                continue
            try:
                selectors = cssselect2.compile_selector_list(rule.prelude)
            except Exception:  # cssselect2 raises more than SelectorError
                continue  # a selector it cannot read: its rule is left out
            for selector in selectors:
                if selector.pseudo_element is None:  # not "::after": a part of it
                    for setting in settings:
                        matcher.add_selector(selector, setting)
                        added += 1
    if added > _MOST_RULES:
        return []
    page = cssselect2.ElementWrapper.from_html_root(root)
    hidden = []
    for element in page.iter_subtree():
        # (specificity, order, pseudo-element, payload), least specific and earliest first
        found = [match[-1] for match in matcher.match(element)]
        if found and _hidden_by(found, _compact(element.etree_element.get("style") or "")):
            hidden.append(element.etree_element)
    hidden = outermost(hidden)
    gone = sum(text_length(element) for element in hidden)
    return hidden if gone * 2 <= text_length(root) else []  # most of it: a wrong reading


_MOST_ELEMENTS = 20_000  # elements of a page whose sheet is matched (rules x elements)


def _elements(root: Any) -> int:
    return sum(1 for _ in root.iter())


def _plain_rules(rules: Any, in_media: bool = False) -> Any:
    """Each style rule with whether it sits inside @media or @supports (@import is never
    fetched; @font-face and @keyframes style no element)."""
    import tinycss2

    for rule in rules:
        if rule.type == "qualified-rule":
            yield rule, in_media
        elif (
            rule.type == "at-rule"
            and rule.lower_at_keyword in {"media", "supports"}
            and rule.content
        ):
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            yield from _plain_rules(inner, True)


def _settings(rule: Any) -> list[tuple[str, bool, bool]]:
    """(property, whether it hides, !important) for a rule's `display` and `visibility`."""
    import tinycss2

    found = {}
    for declaration in tinycss2.parse_declaration_list(
        rule.content, skip_comments=True, skip_whitespace=True
    ):
        if declaration.type == "declaration" and declaration.lower_name in {
            "display",
            "visibility",
        }:
            value = _compact(tinycss2.serialize(declaration.value))
            hides = (
                value in {"none"}
                if declaration.lower_name == "display"
                else value
                in {
                    "hidden",
                    "collapse",
                }
            )
            found[declaration.lower_name] = (declaration.lower_name, hides, declaration.important)
    return list(found.values())


def _hidden_by(matches: list[tuple[str, bool, bool]], inline: str) -> bool:
    """Whether the rules an element matches (least specific and earliest first), and its
    own style, leave it hidden."""
    for prop in ("display", "visibility"):
        setting = [match for match in matches if match[0] == prop]
        if not setting:
            continue
        important = [match for match in setting if match[2]]
        winner = (important or setting)[-1]
        if not important and re.search(rf"(?:^|;){prop}:", inline):
            continue  # its own style decides (never_shown has read it)
        if winner[1]:
            return True
    return False


def _for_the_screen(style: Any) -> bool:
    """A <style> for every screen: no media query of its own (a print sheet, or one for
    narrow screens only, hides nothing from every reader), nor inside a template, an SVG
    or a <noscript>."""
    media = " ".join((style.get("media") or "all").lower().split())
    if media not in {"all", "screen", "all, screen", "screen, all"}:
        return False
    return not any(
        isinstance(parent.tag, str) and parent.tag.lower() in _INERT_PARENTS
        for parent in style.iterancestors()
    )


def outermost(elements: list[Any]) -> list[Any]:
    """The elements none of the others holds (dropping one inside a dropped one fails)."""
    unique = list({id(element): element for element in elements}.values())
    chosen = set(map(id, unique))
    return [
        element
        for element in unique
        if not any(id(parent) in chosen for parent in element.iterancestors())
    ]


def invisible(root: Any) -> list[Any]:
    """What an lxml page never shows (marked, styled inline or by its stylesheet), none
    inside another: each is dropped with what it holds."""
    marked = [
        element
        for element in root.iter()
        if isinstance(element.tag, str) and never_shown(element.tag, element.items())
    ]
    return outermost(marked + styled_away(root))


_NO_TEXT = frozenset({"script", "style", "template", "noscript"})


def text_length(element: Any) -> int:
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
