"""Markdown articles -> their plain text: what a reader of the rendered page sees.

A note or article saved as `.md` writes links, emphasis and images as syntax. Left in,
`[foreign ministers](http://...)` and `**Geneva**` would be quoted in the brief as
written, with a URL in the middle of a sentence. This is decoding, like a web page's
tags, not rewriting: the words stay the author's, only the markup goes. Line-level
syntax (headings, list and quote markers) is layout's job and stays for it.

Markdown also lets an author write HTML, which the page renders: a tag is no word of
the article, and `<b>Oil prices</b> rose` is read as "Oil prices rose" (a block's tag
or a line break, `<p>` or `<br>`, leaves a line break, so that its sentences do not run
together). What the page never shows is no text at all: a script, a style sheet, a
template, or an element marked `hidden` or styled `display:none` or `visibility:hidden`
goes with everything in it, as comments do. Left in, `<span style="display:none">` had
put a sentence no reader of the page saw into the brief, glued to a visible one. A
script or a style sheet runs to its closing tag, blank lines and all; one with no
closing tag after it is typed as a word, and only its tag goes. An escaped tag
("&lt;script&gt;") is a mention, printed as typed: clean_text leaves the references to
"<", ">" and "&" of a Markdown article, and they are decoded last, once the tags are out
(decoded first, two mentions paragraphs apart had made one "script" of all between).
Any other hidden element left open ends with its paragraph, as the `<p>` around it would
end it. A tag is what CommonMark calls one (a name and
well-formed attributes: "a < b" and "x<y" are prose), found on its line after the code
spans, whose tags are their text. No library does this as it is: python-markdown would
render the article to HTML for a parser to read back, and html.parser takes "x<y then"
for a tag left open.

A .txt article is plain text, read as written: its asterisks and brackets are the
author's. Only Markdown's images, web links and strong emphasis are taken for what they
are, since no author writes `![pixel](http://...)`, `[Click here](javascript:...)` or
`**share widely**` as prose: a copy out of a Markdown page brought them along, or a site
printed its Markdown unrendered. The image goes, the link leaves its words and the
emphasis its words (`plain_text`); "said. ![pixel](...)" had become a sentence ending in
a stray "!", and a quote had carried a script's address and its asterisks (r65 F15). A
bracket that is no link to an address ("[sic]", "[in brackets](as written)") and a single
asterisk (a footnote's mark, an email's *stress*, "F***") stay. A saved page's text and
a feed's are plain text too: ingest reads them so.

The input is hostile: blocks are found line by line, and no inline pattern can scan
past a bracket, a backtick, a tag's end or a line end that would end it, so a line of
brackets or asterisks costs linear time.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from brief.ingest.visibility import never_shown

MARKDOWN_SUFFIXES = (".md", ".markdown")

# The patterns are compiled when the first Markdown article is read (`_compiled`):
# compiling all of them at import cost every brief 0.002 s of CPU.

# Lines that are not prose: a code fence, a rule, a setext underline, a link definition.
_FENCE = r" {0,3}(`{3}|~{3})"
_RULE = r" {0,3}(?:[-*_][ \t]*){3,}"
_UNDERLINE = r" {0,3}(?:=+|-{2,})[ \t]*"
_DEFINITION = r" {0,3}\[[^\[\]]{1,200}\]:[ \t]+\S"
# An image is a picture: its alt text is a caption, not a sentence of the article.
# A link's target: its address in brackets, which may hold a pair of brackets of its own
# (CommonMark allows them balanced: "(javascript:alert('xss'))" had left a link of r44 L6
# as written, brackets and address in a bullet) or be written in angle brackets, then
# perhaps a title in quotes; or a reference's label in square brackets.
_ADDRESS = r"(?:[^()\s]|\([^()\s]{0,100}\)){0,500}"
_TARGET = (
    rf"(?:\((?:{_ADDRESS}|<[^<>\n]{{0,500}}>)(?:[ \t]+\"[^\"()]{{0,200}}\")?\)"
    r"|\[[^\[\]]{0,200}\])"
)
_IMAGE = r"!\[[^\[\]]{0,200}\]" + _TARGET
_LINK = r"\[([^\[\]]{1,200})\]" + _TARGET
# In a .txt article, only a link to a web address is taken for a link (see plain_text).
# (perhaps with its title: `[Belarus](https://... "map")`)
_WEB_LINK = (
    rf"\[([^\[\]]{{1,200}})\]\((?:[A-Za-z][A-Za-z0-9+.-]{{1,20}}:|www\.){_ADDRESS}"
    r"(?:[ \t]+\"[^\"()]{0,200}\")?\)"
)
# Links that close a paragraph after its last sentence's stop ("... the navy said.
# [see](...)"): a pointer to elsewhere, no words of that sentence nor one of its own; their
# words had been glued onto the sentence ("... the navy said. see", r62 F20). Out, with
# the space before them (`_without_trailing_links`).
_STOP_END = re.compile(r"[.!?…][\"'”’)\]]*\Z")
_TRAILING_LINK_CHARS = 800  # a link's most: its words (200), its target (500), brackets
_TRAILING_LINKS = 3  # the most links read off a paragraph's end
_AUTOLINK = r"<((?:https?|mailto):[^<>\s]{1,500})>"
_CODE = r"`([^`]{1,200})`"
_FOOTNOTE = r"\[\^\w{1,20}\]"  # a footnote's mark ("said.[^1]"): its note is a definition
_STRONG = r"(\*\*|__)(?=[^\s*_])([^*_]{1,200}?)(?<=\S)\1"
# In plain text, strong emphasis only where it is plainly that: two asterisks around words,
# not touching a word or another asterisk ("F**k", "5**2", "** note **" stay).
_PLAIN_STRONG = r"(?<![\w*])\*\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*\*(?![\w*])"
_EMPHASIS = r"(?<![\w*])\*(?=[^\s*])([^*]{1,200}?)(?<=\S)\*(?![\w*])"
_UNDERSCORE = r"(?<![\w_])_(?=[^\s_])([^_]{1,200}?)(?<=\S)_(?![\w_])"
_MARKS = r"[\[*_`<\\]"  # a line without any of these has no inline markup
_ESCAPE = r"\\([\\`*_{}\[\]()#+\-.!<>~|])"
# CommonMark's raw HTML (spec 0.31, 6.6), within a line: an open tag with its attributes,
# or a closing tag. A code span is matched first: the tags it shows are its text.
_NAME = r"[A-Za-z][A-Za-z0-9-]{0,30}"
_VALUE = r"[^\s\"'=<>`]{1,500}|'[^'\n]{0,500}'|\"[^\"\n]{0,500}\""
_ATTRIBUTE = rf"([A-Za-z_:][\w.:-]{{0,60}})(?:[ \t]*=[ \t]*({_VALUE}))?"
_ATTRIBUTES = rf"(?:[ \t]+{_ATTRIBUTE}){{0,50}}"
_TAG = (
    r"(?P<code>`[^`\n]{1,200}`)"
    rf"|(?<!\\)</(?P<closed>{_NAME})[ \t]*>"
    rf"|(?<!\\)<(?P<opened>{_NAME})(?P<attributes>{_ATTRIBUTES})[ \t]*(?P<empty>/)?>"
)
# A script or a style sheet: its text is no markup, and runs to its closing tag. (Not
# one opened in a code span's first character, nor an escaped one.)
_RAW_OPENING = rf"(?<![`\\])<(?P<name>(?i:script|style))(?![\w-]){_ATTRIBUTES}[ \t]*>"
_RAW_CLOSING = {name: rf"</(?i:{name})[ \t]*>" for name in ("script", "style")}
_SPACES = r"(?<=\S)[ \t]{2,}(?=\S)"  # where a tag was, between two spaces
_CLOSING_MARKS = frozenset(".,;:!?")  # right after a tag: the space before the tag goes
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# A tag of these starts a line of its own when rendered: CommonMark's block names, and br.
_BLOCK = frozenset(
    """address article aside base basefont blockquote body br caption center col colgroup
    dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset
    h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav
    noframes ol optgroup option p param search section summary table tbody td tfoot th
    thead title tr track ul""".split()
)


class _Patterns(NamedTuple):
    fence: re.Pattern[str]
    rule: re.Pattern[str]
    underline: re.Pattern[str]
    definition: re.Pattern[str]
    marks: re.Pattern[str]
    # (pattern, replacement) in the order they apply: an image before the link it holds
    inline: tuple[tuple[re.Pattern[str], str], ...]
    tag: re.Pattern[str]
    attribute: re.Pattern[str]
    raw_opening: re.Pattern[str]
    raw_closing: dict[str, re.Pattern[str]]
    spaces: re.Pattern[str]
    image: re.Pattern[str]
    web_link: re.Pattern[str]
    plain_strong: re.Pattern[str]
    last_link: re.Pattern[str]
    last_web_link: re.Pattern[str]


@cache
def _compiled() -> _Patterns:
    inline = (
        (_FOOTNOTE, ""),
        (_IMAGE, ""),
        (_LINK, r"\1"),
        (_AUTOLINK, r"\1"),
        (_CODE, r"\1"),
        (_STRONG, r"\2"),
        (_EMPHASIS, r"\1"),
        (_UNDERSCORE, r"\1"),
        (_ESCAPE, r"\1"),
    )
    return _Patterns(
        fence=re.compile(_FENCE),
        rule=re.compile(_RULE),
        underline=re.compile(_UNDERLINE),
        definition=re.compile(_DEFINITION),
        marks=re.compile(_MARKS),
        inline=tuple((re.compile(pattern), by) for pattern, by in inline),
        tag=re.compile(_TAG),
        attribute=re.compile(_ATTRIBUTE),
        raw_opening=re.compile(_RAW_OPENING),
        raw_closing={name: re.compile(pattern) for name, pattern in _RAW_CLOSING.items()},
        spaces=re.compile(_SPACES),
        image=re.compile(_IMAGE),
        web_link=re.compile(_WEB_LINK),
        plain_strong=re.compile(_PLAIN_STRONG),
        last_link=re.compile(rf"(?:^|[ \t]){_LINK}\Z"),
        last_web_link=re.compile(rf"(?:^|[ \t]){_WEB_LINK}\Z"),
    )


def plain_markdown(text: str) -> str:
    """The text of a Markdown article with its inline markup decoded; one line in, one
    line out, except lines that are not prose (code, rules, link definitions)."""
    patterns = _compiled()
    kept: list[str] = []
    fence: str | None = None
    hidden: _Hidden | None = None  # an element the page does not show, open since a line
    text = _without_front_matter(_without_comments(text))
    for line in (_without_raw_text(text, patterns) if "<" in text else text).split("\n"):
        if fence is not None:  # inside a code block, until its closing fence
            fence = None if line.strip().startswith(fence) else fence
            continue
        if hidden is not None and not line.strip():
            hidden = None  # left open, it ends with its paragraph, as a <p> would end it
        if hidden is None:
            if opens := patterns.fence.match(line):
                fence = opens.group(1)
                continue
            if kept and kept[-1].strip() and patterns.underline.fullmatch(line):
                continue  # "Title\n=====": the title line stays, layout reads it as one
            if patterns.rule.fullmatch(line) or patterns.definition.match(line):
                kept.append("")
                continue
        if hidden is not None or "<" in line:
            line, hidden = _without_tags(line, hidden, patterns)
        for part in line.split("\n"):  # a block's tag has started a line
            kept.append(_inline(part, patterns) if patterns.marks.search(part) else part)
    # "&lt;script&gt;" is a mention of a tag (clean_text kept it so): text, now, decoded
    # once ("&amp;lt;" is "&lt;" as typed)
    return _BRACKET_REFERENCE.sub(lambda m: html.unescape(m.group()), "\n".join(kept))


# A reference to a character markup is written with (clean.MARKUP_CHARACTERS: < > & " ')
_BRACKET_REFERENCE = re.compile(
    r"&(?:lt|gt|amp|quot|apos|#0*(?:6[02]|3[489])|#[xX]0*(?:3[cCeE]|2[2267]));"
)


def plain_text(text: str) -> str:
    """A plain-text article (a .txt, a page's or a feed's text) as written, but for
    Markdown's images (out), links to an address (their words) and strong emphasis (its
    words): see the module's docstring."""
    if "](" not in text and "**" not in text:
        return text
    patterns = _compiled()
    return "\n".join(
        _plain_line(line, patterns) if "](" in line or "**" in line else line
        for line in text.split("\n")
    )


def _plain_line(line: str, patterns: _Patterns) -> str:
    """A plain-text line less its images, its trailing links (see _TRAILING_LINKS), the
    other web links' brackets and addresses, and strong emphasis's asterisks."""
    if "](" in line:
        line = _without_trailing_links(patterns.image.sub("", line), patterns.last_web_link)
        line = patterns.web_link.sub(r"\1", line)
    return patterns.plain_strong.sub(r"\1", line) if "**" in line else line


def _without_trailing_links(line: str, last_link: re.Pattern[str]) -> str:
    """The line less the links that close it after a sentence's stop (see _STOP_END); as
    it was otherwise. Read from its end, a link at a time, so a long line costs no more
    than its last links."""
    rest, links = line.rstrip(), 0
    while links < _TRAILING_LINKS and rest.endswith((")", "]")):
        tail = rest[-_TRAILING_LINK_CHARS:]
        found = last_link.search(tail)
        if found is None:
            break
        rest, links = rest[: len(rest) - len(tail) + found.start()].rstrip(), links + 1
    return rest if links and _STOP_END.search(rest) else line


@dataclass(frozen=True)
class _Hidden:
    """An element whose content the page never shows, still open."""

    name: str
    depth: int = 1  # with the elements of its name opened inside it and not yet closed

    def after(self, tag: re.Match[str]) -> _Hidden | None:
        """Still open after this tag, or closed by it (None)."""
        if (tag["opened"] or tag["closed"] or "").lower() != self.name or tag["empty"]:
            return self
        depth = self.depth + (1 if tag["opened"] else -1)
        return _Hidden(self.name, depth) if depth else None


def _without_tags(
    line: str, hidden: _Hidden | None, patterns: _Patterns
) -> tuple[str, _Hidden | None]:
    """The line without its HTML tags nor what a hidden element holds, which may have
    opened on a line above; and the hidden element still open at its end."""
    kept: list[str] = []
    end = 0
    for tag in patterns.tag.finditer(line):
        if hidden is None:
            before = line[end : tag.start()]
            name = (tag["opened"] or tag["closed"] or "").lower()
            inline = name and name not in _BLOCK and not _opens_hidden(tag, patterns)
            if inline and line[tag.end() : tag.end() + 1] in _CLOSING_MARKS:
                before = before.rstrip(" \t")  # "are met” <img ...>." is "are met”."
            kept.append(before)
        end = tag.end()
        if hidden is not None:
            hidden = hidden.after(tag)
        elif tag["code"]:
            kept.append(tag["code"])
        elif _opens_hidden(tag, patterns):
            hidden = _Hidden(tag["opened"].lower())
        else:
            kept.append("\n" if (tag["opened"] or tag["closed"]).lower() in _BLOCK else "")
    if hidden is None:
        kept.append(line[end:])
    text = "".join(kept)
    return (patterns.spaces.sub(" ", text) if end else text), hidden


def _opens_hidden(tag: re.Match[str], patterns: _Patterns) -> bool:
    """Whether the tag opens an element the page never shows: a template, or one marked
    `hidden` or styled `display:none` or `visibility:hidden`."""
    name = (tag["opened"] or "").lower()
    if not name or tag["empty"] or name in _VOID:
        return False  # nothing inside to hide
    return never_shown(name, patterns.attribute.findall(tag["attributes"]))


def _without_raw_text(text: str, patterns: _Patterns) -> str:
    """Scripts and style sheets out, with their text, to their closing tag, blank lines
    and all. An opener with no closing tag after it is no script (a raw "<script>" the
    author typed as a word): it is left to `_without_tags`, which drops the tag. An
    escaped one ("&lt;script&gt;") is no tag here at all: clean_text leaves its
    references for plain_markdown to decode last."""
    parts, start = [], 0
    unclosed: set[str] = set()  # none closes after an opener: none after a later one
    for opening in patterns.raw_opening.finditer(text):
        name = opening["name"].lower()
        if opening.start() < start or name in unclosed:
            continue  # inside the one just dropped
        closing = patterns.raw_closing[name].search(text, opening.end())
        if closing is None:
            unclosed.add(name)
            continue
        parts.append(text[start : opening.start()])
        start = closing.end()
        if parts[-1].endswith((" ", "\t")):  # one space where the script stood
            while text.startswith((" ", "\t"), start):
                start += 1
    parts.append(text[start:])
    return "".join(parts)


# A static site's front matter: a YAML block fenced by "---" lines at the very start.
_FRONT_MATTER_LINES = 100


def _without_front_matter(text: str) -> str:
    """The text with its front matter ("---\ntitle: ...\n---") blanked line for line:
    the article's metadata, not its headline nor its prose. Only when every line between
    the fences is YAML's ("key: value", a list item, an indented line): an article may
    open with a rule ("---") above its prose."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return text
    for end in range(1, min(len(lines), _FRONT_MATTER_LINES)):
        if lines[end].strip() in ("---", "..."):
            if not all(_YAML_LINE.match(line) for line in lines[1:end]):
                return text
            return "\n".join([""] * (end + 1) + lines[end + 1 :])
    return text


# A line of front matter: "key: value", "- item", an indented or blank line, a comment.
_YAML_LINE = re.compile(r"\s*$|\s*#|[ \t]+\S|-\s|[\w-]+\s*:(?:\s|$)")


def _inline(line: str, patterns: _Patterns) -> str:
    if "](" in line:
        line = _without_trailing_links(patterns.image.sub("", line), patterns.last_link)
    for pattern, by in patterns.inline:
        line = pattern.sub(by, line)
    return line


def _without_comments(text: str) -> str:
    """HTML comments out, found with str.find: one pass, however many openers."""
    parts, start = [], 0
    while (opening := text.find("<!--", start)) >= 0:
        closing = text.find("-->", opening + 4)
        if closing < 0:
            break
        parts.append(text[start:opening])
        start = closing + 3
    parts.append(text[start:])
    return "".join(parts)


def is_markdown(path: str | None) -> bool:
    """Only a file that says it is Markdown is read as Markdown: in a .txt article an
    asterisk or a bracket is the author's text."""
    return bool(path) and str(path).lower().endswith(MARKDOWN_SUFFIXES)
