"""What a page never shows its reader: an element marked `hidden`, a template, or one
its style keeps out of sight, inline or by a rule of the page's own stylesheet:
`display:none` or `visibility:hidden`; moved off the page (`position:absolute;
left:-9999px`, a top or left offset of a thousand pixels or more on a positioned box: no
page can be scrolled to the left of or above its origin, and no layout puts reading text
a thousand pixels beyond its box); clipped to nothing (`clip: rect(0 0 0 0)` on an
absolute box, `clip-path: inset(50%)`, or a box of at most a pixel's height or width
with its overflow hidden and no padding: the "screen-reader only" and collapsed-box
idioms); or, where its text fits in the indent, a first line indented a thousand pixels
to the left (the image-replacement idiom). Its text is no part of the article,
whichever markup carries it (a saved web page, HTML inside a Markdown article): left in,
a line no reader saw ("Hidden text says 5,000 soldiers were killed.") had become a
bullet and the first key figure, a class-hidden "BREAKING: ... 40 soldiers killed" an
organisation the page never names, and an off-screen "40% returns guaranteed" a key
figure (r45 H5). Text hidden only from screen readers (`aria-hidden`) is shown to
everyone else, and stays; opacity is left alone too: layouts and animations fade in
visible text (a scroll-in `opacity:0`), and a box moved by a percentage or a transform
is a slide-in, not a hiding place. A font size of nought hides an element's text unless
an element inside it sets a size of its own (the `font-size:0` parent that closes the
gaps between inline boxes, whose children are the text): "FONTZERO: ..." had been a
bullet (r57 #8). Text drawn in its background's colour, or in a transparent one, by the
element's own style is unseen too (r67 F13: see `_unseen_colour`).

A stylesheet is read by the cascade, for the properties above alone: of the rules that
match an element, the most specific, then the last, wins (`!important` first, the
element's own style next; a shorthand such as `overflow`, `padding` or `inset` sets its
parts). A rule inside `@media` or `@supports` is for some screens only: an element is
hidden only if it is without those rules and with the rules of each condition on its
own (mobile-first pages hide, then show). A rule for a part of an element (`::after`)
styles no text of it. A `<style>` with a media query of its own (print, narrow screens),
or inside a template, an SVG or a <noscript>, hides nothing. Where a page's sheets are
too long to read whole, or its rules would hide most of its text, none of them hides
anything: a wrong reading drops text a reader sees. tinycss2 reads the rules and
cssselect2 matches their selectors (WeasyPrint's CSS libraries); nothing is rendered,
run or fetched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

NEVER_SHOWN = frozenset({"template"})
_HIDING = re.compile(r"display:none|visibility:(?:hidden|collapse)")
# A style that may hide by one of the properties read here (a quick test, on the style
# without spaces or capitals, before any parsing): `_hides` decides.
_MAY_HIDE = re.compile(
    r"display:none|visibility:(?:hidden|collapse)"
    r"|(?<![\w-])(?:left|top|inset|text-indent):-\d\d|(?<![\w-])clip(?:-path)?:"
    r"|(?<![\w-])(?:max-)?(?:height|width):(?:0|1px)|(?<![\w-])font-size:0(?![.\d])"
)
# An element's own style that is judged only with its text or its children known (an
# indent, a font size of nought: see `styled_away`).
_JUDGED_IN_PLACE = re.compile(r"text-indent|(?<![\w-])font-size:0(?![.\d])")
_INERT_PARENTS = frozenset({"template", "svg", "noscript"})
_MOST_RULES = 500  # selectors of the properties read here a page's sheets may set ...
_MOST_SHEET = 200_000  # ... and characters of them: past either, none is read

FAR_OFF = 999  # CSS pixels: an offset or indent this far moves text off any page
_EM = 16  # CSS pixels in an em, a browser's default font size
_WIDEST_CHARACTER = 32  # CSS pixels: a large headline's em, wider than any one character
# The CSS pixels in a unit of length (an absolute one, or the default font's em).
_UNITS = {"px": 1.0, "em": _EM, "rem": _EM, "pt": 4 / 3, "pc": 16.0, "in": 96.0}
_UNITS |= {"cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6}
_LENGTH = re.compile(r"([+-]?(?:\d+\.?\d*|\.\d+))([a-z]*)")
# Elements a browser lays out as boxes (HTML's rendering section): one with a height.
# Any other (a <span>, a link, an unknown name) is a line's run of text unless its
# style makes it a box (`display:block`, `position:absolute`).
_BOXES = frozenset(
    """address article aside blockquote body center dd details dialog dir div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend
    li listing main menu nav ol p plaintext pre search section summary table ul xmp
    button img input select textarea iframe video""".split()
)
# Properties read here, and the parts a shorthand sets (top, right, bottom, left).
_SHORTHANDS = {
    "inset": ("top", "right", "bottom", "left"),
    "padding": ("padding-top", "padding-right", "padding-bottom", "padding-left"),
}
_READ = frozenset(
    {"display", "visibility", "position", "left", "top", "clip", "clip-path", "text-indent"}
    | {"font-size"}
    | {"height", "max-height", "width", "max-width", "overflow-x", "overflow-y"}
    | {part for parts in _SHORTHANDS.values() for part in parts}
)
Declarations = dict[str, tuple[str, bool]]  # property: (value, !important)


def never_shown(name: str, attributes: Iterable[tuple[str, str]]) -> bool:
    """Whether an element of tag `name` with these (attribute, value) pairs is never
    shown, by its own markup and style (an indent is judged where its text is known:
    `styled_away`)."""
    if name.lower() in NEVER_SHOWN:
        return True
    for key, value in attributes:
        key = key.lower()
        if key == "hidden":
            return True
        if key == "style":
            style = _compact(value)
            if _HIDING.search(style):
                return True
            if _MAY_HIDE.search(style) and _hides(_own(value.strip("\"'")), name):
                return True
            if "color:" in style and _unseen_colour(value.strip("\"'"), _classed(attributes)):
                return True
    return False


def _classed(attributes: Iterable[tuple[str, str]]) -> bool:
    return any(key.lower() in {"class", "id"} for key, _ in attributes)


# Text drawn in its own background's colour, or in no colour at all, is no text: a
# hostile page's `<p style="color:#fff;background:#fff">` had become a bullet (r67 F13).
# Only an element's own style is read, where it sets both its text's colour and its
# background's (a colour named, in hex or as rgb() or hsl(), each alike), or a colour
# wholly transparent. Text whose colour is its background's is still seen where a
# shadow, a stroke, its own fill colour or an image behind it draws it (gradient text
# is `color: transparent` with its background clipped to the text). Opacity is left
# alone (see the module's docstring), and so is a colour the page's sheet gives: its
# background may be an ancestor's, an image's or an external sheet's, which nothing here
# reads, and a dark theme's white text is read there.
_COLOUR_READ = frozenset(
    {"color", "background", "background-color", "background-image", "text-shadow"}
    | {"background-clip", "-webkit-background-clip", "-webkit-text-fill-color"}
    | {"-webkit-text-stroke", "-webkit-text-stroke-width"}
)
_DRAWN_OTHERWISE = ("text-shadow", "-webkit-text-fill-color", "-webkit-text-stroke")
# Text this close to its background (WCAG's contrast ratio; 1 is none, 21 black on
# white) no reader makes out: #fafafa on white is 1.04, the faintest grey of a page's
# small print (#eee) 1.16.
_LEAST_CONTRAST = 1.05


@lru_cache(maxsize=4096)
def _unseen_colour(style: str, classed: bool) -> bool:
    """Whether an element's own style draws its text in its background's colour, or in
    a transparent one, with nothing else that draws it; a transparent one only on an
    element no class or id of the page's sheet may style (gradient text's class clips
    its background to the text)."""
    import tinycss2.color3

    values = {prop: value for prop, (value, _) in _colour_declarations(style).items()}
    if _drawn_otherwise(values) or _image_behind(values):
        return False
    colour = tinycss2.color3.parse_color(values.get("color", ""))
    if not isinstance(colour, tinycss2.color3.RGBA):
        return False  # none, inherited, currentColor or a variable: not known here
    if colour.alpha == 0:
        return not classed
    background = _background(values)
    if background is None or background.alpha < 1:
        return False  # what shows through it is not known here
    return _too_close(colour, background)


def _colour_declarations(style: Any) -> Declarations:
    """The colour properties a style's declarations (its text, or a rule's parsed
    content) set, lower-cased; of two settings, the later (an `!important` one first)."""
    import tinycss2

    found: Declarations = {}
    for declaration in tinycss2.parse_declaration_list(
        style, skip_comments=True, skip_whitespace=True
    ):
        if declaration.type == "declaration" and declaration.lower_name in _COLOUR_READ:
            value = " ".join(tinycss2.serialize(declaration.value).lower().split())
            value = value.replace("!important", "").strip()
            if not (found.get(declaration.lower_name, ("", False))[1] > declaration.important):
                found[declaration.lower_name] = (value, declaration.important)
    return found


def _drawn_otherwise(values: Mapping[str, str]) -> bool:
    """A shadow, a stroke or a fill colour of its own draws the text whatever its colour."""
    return any(
        values.get(prop) not in {None, "none", "0", "0px", "initial", "unset"}
        for prop in (*_DRAWN_OTHERWISE, "-webkit-text-stroke-width")
    )


def _image_behind(values: Mapping[str, str]) -> bool:
    """An image or a gradient behind the text, or a background clipped to the text."""
    shorthand = values.get("background", "")
    clip = values.get("background-clip", "") + values.get("-webkit-background-clip", "")
    return (
        values.get("background-image") not in {None, "none", "initial", "unset"}
        or any(mark in shorthand for mark in ("url(", "gradient(", "image("))
        or "text" in clip
    )


def _too_close(colour: Any, background: Any) -> bool:
    """Whether text of `colour` (any alpha) on an opaque `background` cannot be told
    from it."""
    drawn = [
        colour.alpha * ink + (1 - colour.alpha) * paper
        for ink, paper in zip(colour[:3], background[:3], strict=True)
    ]
    return _contrast(drawn, list(background[:3])) <= _LEAST_CONTRAST


def _background(values: Mapping[str, str]) -> Any:
    """The background colour an element's own style sets (by `background-color`, else
    the `background` shorthand, which holds no image here), or None."""
    import tinycss2
    import tinycss2.color3

    if "background-color" in values:
        colour = tinycss2.color3.parse_color(values["background-color"])
        return colour if isinstance(colour, tinycss2.color3.RGBA) else None
    shorthand = values.get("background", "")
    if "url(" in shorthand or "gradient(" in shorthand or "image(" in shorthand:
        return None
    found = None
    for token in tinycss2.parse_component_value_list(shorthand, skip_comments=True):
        colour = tinycss2.color3.parse_color(token)
        if isinstance(colour, tinycss2.color3.RGBA):
            found = colour
    return found


def _contrast(first: list[float], second: list[float]) -> float:
    """WCAG 2's contrast ratio of two sRGB colours (channels from 0 to 1)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(channels: list[float]) -> float:
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@lru_cache(maxsize=4096)
def _own(style: str) -> dict[str, str]:
    """The values an element's own style sets (a page repeats its inline styles)."""
    return _values(declared(style))


def _compact(style: str) -> str:
    return "".join(style.lower().split())


def declared(style: Any) -> Declarations:
    """The properties read here that a style's declarations (its text, or a rule's
    parsed content) set, shorthands as their parts; of two settings of one property,
    the later (an `!important` one first)."""
    import tinycss2

    found: Declarations = {}
    for declaration in tinycss2.parse_declaration_list(
        style, skip_comments=True, skip_whitespace=True
    ):
        if declaration.type != "declaration":
            continue
        value = " ".join(tinycss2.serialize(declaration.value).lower().split())
        for prop, part in _parts(declaration.lower_name, value):
            if prop in _READ and not (found.get(prop, ("", False))[1] > declaration.important):
                found[prop] = (part, declaration.important)
    return found


def _parts(name: str, value: str) -> Iterator[tuple[str, str]]:
    """A declaration as the properties it sets: `overflow: hidden auto` is overflow-x
    hidden and overflow-y auto; `inset` and `padding` take one to four sides' values."""
    if name == "overflow":
        x, _, y = value.partition(" ")
        yield "overflow-x", x
        yield "overflow-y", y or x
    elif name in _SHORTHANDS:
        sides = value.split()
        if 1 <= len(sides) <= 4:
            top, right = sides[0], sides[1] if len(sides) > 1 else sides[0]
            bottom = sides[2] if len(sides) > 2 else top
            left = sides[3] if len(sides) > 3 else right
            yield from zip(_SHORTHANDS[name], (top, right, bottom, left), strict=True)
    else:
        yield name, value


def _values(declarations: Declarations) -> dict[str, str]:
    return {prop: value for prop, (value, _) in declarations.items()}


def _pixels(value: str | None) -> float | None:
    """A length in CSS pixels, or None for none, a percentage or a unit of the screen."""
    found = _LENGTH.fullmatch(value.replace("!important", "").strip()) if value else None
    if found is None:
        return None
    number, unit = float(found.group(1)), found.group(2)
    if not unit:
        return 0.0 if number == 0 else None
    return number * _UNITS[unit] if unit in _UNITS else None


def _hides(values: Mapping[str, str], name: str) -> bool:
    """Whether an element of tag `name` with these cascaded style values is out of
    sight: not displayed or invisible, moved off the page, or clipped to nothing."""
    if values.get("display") == "none" or values.get("visibility") in {"hidden", "collapse"}:
        return True
    position = values.get("position", "static")
    if position in {"absolute", "fixed", "relative"} and any(
        (_pixels(values.get(side)) or 0) <= -FAR_OFF for side in ("left", "top")
    ):
        return True
    if position in {"absolute", "fixed"} and _collapsed(values.get("clip")):
        return True
    if _clipped_away(values.get("clip-path")):
        return True
    return _a_box(values, name) and (_shut(values, "height", "y") or _shut(values, "width", "x"))


_RECT = re.compile(r"rect\(([^)]*)\)")


def _collapsed(clip: str | None) -> bool:
    """A clip rectangle (top, right, bottom, left) of at most a pixel either way."""
    found = _RECT.fullmatch(clip.strip()) if clip else None
    if found is None:
        return False
    sides = [_pixels(side) for side in found.group(1).replace(",", " ").split()]
    if len(sides) != 4 or any(side is None for side in sides):
        return False
    top, right, bottom, left = (side or 0.0 for side in sides)
    return bottom - top <= 1 or right - left <= 1


_INSET = re.compile(r"inset\(\s*(\d+(?:\.\d+)?)%\s*\)")
_NO_RADIUS = re.compile(r"(?:circle|ellipse)\(\s*0(?:px|%)?(?:\s+0(?:px|%)?)?\s*\)")


def _clipped_away(path: str | None) -> bool:
    """A clip path that leaves nothing: `inset(50%)` and more, a circle of no radius."""
    if not path:
        return False
    inset = _INSET.fullmatch(path.strip())
    return bool(inset and float(inset.group(1)) >= 50) or bool(_NO_RADIUS.fullmatch(path.strip()))


def _a_box(values: Mapping[str, str], name: str) -> bool:
    """Whether the element is laid out as a box, whose height and width hold."""
    display = values.get("display")
    if values.get("position") in {"absolute", "fixed"}:
        return display != "contents"
    if display is not None and display not in {"inherit", "initial", "unset", "revert"}:
        return display not in {"inline", "contents"}
    return name.lower() in _BOXES


_AXES = {"y": ("overflow-y", "padding-top", "padding-bottom"), "x": ()}
_AXES["x"] = ("overflow-x", "padding-left", "padding-right")


def _shut(values: Mapping[str, str], size: str, axis: str) -> bool:
    """A box at most a pixel high (or wide) that hides what overflows it, with no
    padding that way to show its text in."""
    overflow, *padding = _AXES[axis]
    if values.get(overflow) not in {"hidden", "clip"}:
        return False
    sizes = [_pixels(values.get(prop)) for prop in (size, f"max-{size}")]
    if not any(found is not None and found <= 1 for found in sizes):
        return False
    return all(values.get(side) is None or _pixels(values.get(side)) == 0 for side in padding)


def _indented_away(values: Mapping[str, str], element: Any) -> bool:
    """Whether a first line indented far to the left holds all the element's text: a
    text no wider than the indent, each character taken a large headline's em wide."""
    indent = _pixels(values.get("text-indent"))
    if indent is None or indent > -FAR_OFF:
        return False
    return 0 < text_length(element) * _WIDEST_CHARACTER <= -indent


def _sheet_matcher(
    sheets: list[str], read: Callable[[Any], Declarations]
) -> tuple[Any, int, set[str]]:
    """A matcher of the sheets' rules for the screen, each with its @media condition and
    the declarations `read` takes from it (a rule that sets none of them is left out),
    how many selectors it holds, and the conditions they sit under. A selector cssselect2
    cannot read leaves its rule out; a pseudo-element's ("::after") styles a part of an
    element, not its text."""
    import cssselect2
    import tinycss2

    matcher = cssselect2.Matcher()
    conditions: set[str] = set()
    added = 0
    for sheet in sheets:
        rules = tinycss2.parse_stylesheet(sheet, skip_comments=True, skip_whitespace=True)
        for rule, condition in _plain_rules(rules):
            settings = read(rule.content)
            if not settings:
                continue
            try:
                selectors = cssselect2.compile_selector_list(rule.prelude)
            except Exception:  # cssselect2 raises more than SelectorError
                continue
            for selector in selectors:
                if selector.pseudo_element is None:
                    matcher.add_selector(selector, (condition, settings))
                    added += 1
                    if condition is not None:
                        conditions.add(condition)
    return matcher, added, conditions


def styled_away(root: Any) -> list[Any]:
    """The elements of an lxml page its style hides from every reader (see the module's
    docstring), by the cascade of its <style> sheets and each element's own style."""
    sheets = [style.text for style in root.iter("style") if style.text and _for_the_screen(style)]
    own_styles = [_compact(element.get("style") or "") for element in _tagged(root)]
    if not any(_JUDGED_IN_PLACE.search(style) for style in own_styles) and not (
        any(_MAY_HIDE.search(_compact(sheet)) for sheet in sheets)
        or (sheets and any(_MAY_HIDE.search(style) for style in own_styles))
    ):
        return []  # (never_shown has judged each element's own style alone)
    if sum(len(sheet) for sheet in sheets) > _MOST_SHEET or _elements(root) > _MOST_ELEMENTS:
        return []  # a framework's sheet or a huge page: not read in part, so not at all
    import cssselect2

    matcher, added, _ = _sheet_matcher(sheets, declared)
    if added > _MOST_RULES:
        return []
    page = cssselect2.ElementWrapper.from_html_root(root)
    hidden, shrunk, sized = [], [], set()
    for element in page.iter_subtree():
        tree_element = element.etree_element
        # (specificity, order, pseudo-element, payload), least specific and earliest first
        found = [match[-1] for match in matcher.match(element)]
        style = tree_element.get("style") or ""
        if not found and not _JUDGED_IN_PLACE.search(_compact(style)):
            if "font-size" in style.lower():
                sized.add(tree_element)  # (a size of its own, shown inside a shrunk box)
            continue  # its own style alone: never_shown has judged it
        own = declared(style) if style else {}
        if _hidden_on_every_screen(found, own, tree_element):
            hidden.append(tree_element)
        elif _on_every_screen(found, own, lambda values: _no_size(values.get("font-size"))):
            shrunk.append(tree_element)
        elif any("font-size" in settings for _, settings in found) or "font-size" in own:
            sized.add(tree_element)
    # A font size of nought shows nothing, unless an element inside sets its own: the
    # idiom that closes the gaps between inline boxes, whose children are the page's text.
    hidden += [e for e in shrunk if not any(inner in sized for inner in e.iterdescendants())]
    hidden = outermost(hidden)
    gone = sum(text_length(element) for element in hidden)
    return hidden if gone * 2 <= text_length(root) else []  # most of it: a wrong reading


_MOST_ELEMENTS = 20_000  # elements of a page whose sheet is matched (rules x elements)


def _tagged(root: Any) -> Iterator[Any]:
    return (element for element in root.iter() if isinstance(element.tag, str))


def _elements(root: Any) -> int:
    return sum(1 for _ in root.iter())


def _hidden_on_every_screen(
    found: list[tuple[str | None, Declarations]], own: Declarations, element: Any
) -> bool:
    """Whether the rules an element matches (least specific and earliest first) and its
    own style hide it without any conditional rule and under each condition alone."""
    return _on_every_screen(
        found, own, lambda values: _hides(values, element.tag) or _indented_away(values, element)
    )


def _on_every_screen(
    found: list[tuple[str | None, Declarations]],
    own: Declarations,
    test: Callable[[Mapping[str, str]], bool],
) -> bool:
    """Whether the cascaded values pass `test` without any conditional rule and under
    each condition alone."""
    conditions = {condition for condition, _ in found if condition is not None}
    for condition in [None, *sorted(conditions)]:
        rules = [settings for when, settings in found if when in {None, condition}]
        if not test(_cascaded(rules, own)):
            return False
    return True


def _no_size(value: str | None) -> bool:
    """A font size of nought, in any unit: text drawn at no size at all (r57 #8)."""
    if not value:
        return False
    return _pixels(value) == 0 or value.replace("!important", "").strip() in {"0%", "0.0%"}


def _cascaded(
    rules: list[Declarations], own: Declarations, read: frozenset[str] = _READ
) -> dict[str, str]:
    """Each property's value (of those `read`) by the cascade: the last `!important`
    rule's, else the element's own, else the last rule's (an `!important` own value over
    all)."""
    values = {}
    for prop in read:
        setting = [rule[prop] for rule in rules if prop in rule]
        important = [value for value, flagged in setting if flagged]
        if prop in own and own[prop][1]:
            values[prop] = own[prop][0]
        elif important:
            values[prop] = important[-1]
        elif prop in own:
            values[prop] = own[prop][0]
        elif setting:
            values[prop] = setting[-1][0]
    return values


def _plain_rules(rules: Any, condition: str | None = None) -> Any:
    """Each style rule with the @media or @supports condition it sits under, if any
    (@import is never fetched; @font-face and @keyframes style no element)."""
    import tinycss2

    for rule in rules:
        if rule.type == "qualified-rule":
            yield rule, condition
        elif (
            rule.type == "at-rule"
            and rule.lower_at_keyword in {"media", "supports"}
            and rule.content
        ):
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            here = f"@{rule.lower_at_keyword} {_compact(tinycss2.serialize(rule.prelude))}"
            yield from _plain_rules(inner, f"{condition} {here}" if condition else here)


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
    marked = [element for element in _tagged(root) if never_shown(element.tag, element.items())]
    return outermost(marked + styled_away(root) + unseen_colours(root))


# Elements a browser draws in colours of its own, whatever colour they inherit (a link's
# blue, a form control's, a highlight's black on yellow): their text is seen.
_OWN_COLOURS = frozenset({"a", "button", "input", "select", "textarea", "mark"})
_INHERITED = ("color", *_DRAWN_OTHERWISE, "-webkit-text-stroke-width")
_MOST_SCREENS = 8  # @media conditions of a page's colour rules read, each on its own


def unseen_colours(root: Any) -> list[Any]:
    """The elements of an lxml page whose text its style draws in its background's
    colour, or a transparent one (`_unseen_colour`), by the cascade of its <style>
    sheets, its own styles and `<font color>` / `bgcolor`, with colour inherited and a
    background showing through its children's. The background of a page that sets none
    is the browser's white, unless the page links a style sheet, which is not read.
    Hidden only on every screen (without any @media rule, and with each one's), with all
    its text (an element inside that sets a colour of its own is seen)."""
    sheets = [style.text for style in root.iter("style") if style.text and _for_the_screen(style)]
    if not _may_match_colours(root, sheets):
        return []
    if sum(len(sheet) for sheet in sheets) > _MOST_SHEET or _elements(root) > _MOST_ELEMENTS:
        return []
    import cssselect2

    matcher, added, conditions = _sheet_matcher(sheets, _colour_declarations)
    if added > _MOST_RULES * 4 or len(conditions) > _MOST_SCREENS:
        return []
    linked = any(
        "stylesheet" in (link.get("rel") or "").lower().split() for link in root.iter("link")
    )
    page = list(cssselect2.ElementWrapper.from_html_root(root).iter_subtree())
    matched = {id(e.etree_element): [m[-1] for m in matcher.match(e)] for e in page}
    hidden: set[int] | None = None
    for screen in [None, *sorted(conditions)]:
        unseen = _unseen_on(page, matched, screen, linked)
        hidden = unseen if hidden is None else hidden & unseen
    found = outermost([e.etree_element for e in page if id(e.etree_element) in (hidden or set())])
    gone = sum(text_length(element) for element in found)
    return found if gone * 2 <= text_length(root) else []  # most of it: a wrong reading


def _may_match_colours(root: Any, sheets: list[str]) -> bool:
    """A quick test: whether the page sets a colour at all, beyond an element's own
    style alone (which `never_shown` judges)."""
    if any(
        element.get("bgcolor") or element.get("color")
        for element in root.iter("body", "font", "table", "td", "tr", "div")
    ):
        return True
    return any("color" in sheet.lower() or "background" in sheet.lower() for sheet in sheets)


def _unseen_on(
    page: list[Any],
    matched: Mapping[int, list[tuple[str | None, Declarations]]],
    screen: str | None,
    linked: bool,
) -> set[int]:
    """The ids of the elements whose text, and all their descendants', is unseen on
    one screen (rules without a condition, and those of `screen`)."""
    import tinycss2.color3

    white = tinycss2.color3.parse_color("white")
    black = tinycss2.color3.parse_color("black")
    state: dict[int, tuple[Any, Any, bool]] = {}  # id: (colour, background, drawn)
    unseen: dict[int, bool] = {}
    for wrapper in page:
        element = wrapper.etree_element
        parent = wrapper.parent.etree_element if wrapper.parent is not None else None
        colour, background, drawn = state.get(id(parent), (black, None if linked else white, False))
        rules = [settings for when, settings in matched[id(element)] if when in {None, screen}]
        own = _colour_declarations(element.get("style") or "") if element.get("style") else {}
        hints: Declarations = {}
        if element.get("color") and element.tag == "font":
            hints["color"] = (element.get("color").lower(), False)
        if element.get("bgcolor"):
            hints["background-color"] = (element.get("bgcolor").lower(), False)
        values = _cascaded([hints, *rules], own, _COLOUR_READ)
        set_colour = tinycss2.color3.parse_color(values.get("color", ""))
        if isinstance(set_colour, tinycss2.color3.RGBA):
            colour = set_colour
        elif "color" in values and values["color"] not in {"inherit", "currentcolor"}:
            colour = None  # a variable, a system colour: not known here
        elif str(element.tag).lower() in _OWN_COLOURS:
            colour = None
        drawn = drawn or _drawn_otherwise(values)
        if _image_behind(values):
            background = None
        elif "background-color" in values or "background" in values:
            set_background = _background(values)
            if set_background is None:
                if not _keeps_background(values):
                    background = None
            elif set_background.alpha >= 1:
                background = set_background
            elif set_background.alpha > 0:
                background = None  # a tint over what: not worked out here
        state[id(element)] = (colour, background, drawn)
        unseen[id(element)] = bool(
            colour is not None
            and background is not None
            and not drawn
            and (colour.alpha == 0 or _too_close(colour, background))
        )
    # An element is unseen with all it holds: its own text unseen, or none, and so each
    # element inside it.
    whole: dict[int, bool] = {}
    for wrapper in reversed(page):
        element = wrapper.etree_element
        own_text = (element.text or "").strip() or any(
            (child.tail or "").strip() for child in element
        )
        whole[id(element)] = (unseen[id(element)] or not own_text) and all(
            whole.get(id(child), True) for child in element if isinstance(child.tag, str)
        )
    return {
        id(w.etree_element)
        for w in page
        if unseen[id(w.etree_element)] and whole[id(w.etree_element)]
    }


def _keeps_background(values: Mapping[str, str]) -> bool:
    """A background value that sets no colour: the one behind shows through."""
    return all(
        values.get(prop, "none") in {"none", "transparent", "inherit", "initial", "unset"}
        for prop in ("background", "background-color")
    )


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
