"""Markdown articles -> their plain text: what a reader of the rendered page sees.

A note or article saved as `.md` writes links, emphasis and images as syntax. Left in,
`[foreign ministers](http://...)` and `**Geneva**` would be quoted in the brief as
written, with a URL in the middle of a sentence. This is decoding, like a web page's
tags, not rewriting: the words stay the author's, only the markup goes. Line-level
syntax (headings, list and quote markers) is layout's job and stays for it.

The input is hostile: blocks are found line by line, and no inline pattern can scan
past a bracket, a backtick or a line end that would end it, so a line of brackets or
asterisks costs linear time.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

MARKDOWN_SUFFIXES = (".md", ".markdown")

# The patterns are compiled when the first Markdown article is read (`_compiled`):
# compiling all of them at import cost every brief 0.002 s of CPU.

# Lines that are not prose: a code fence, a rule, a setext underline, a link definition.
_FENCE = r" {0,3}(`{3}|~{3})"
_RULE = r" {0,3}(?:[-*_][ \t]*){3,}"
_UNDERLINE = r" {0,3}(?:=+|-{2,})[ \t]*"
_DEFINITION = r" {0,3}\[[^\[\]]{1,200}\]:[ \t]+\S"
# An image is a picture: its alt text is a caption, not a sentence of the article.
_TARGET = r"(?:\([^()\s]{0,500}(?:[ \t]+\"[^\"()]{0,200}\")?\)|\[[^\[\]]{0,200}\])"
_IMAGE = r"!\[[^\[\]]{0,200}\]" + _TARGET
_LINK = r"\[([^\[\]]{1,200})\]" + _TARGET
_AUTOLINK = r"<((?:https?|mailto):[^<>\s]{1,500})>"
_CODE = r"`([^`]{1,200})`"
_FOOTNOTE = r"\[\^\w{1,20}\]"  # a footnote's mark ("said.[^1]"): its note is a definition
_STRONG = r"(\*\*|__)(?=[^\s*_])([^*_]{1,200}?)(?<=\S)\1"
_EMPHASIS = r"(?<![\w*])\*(?=[^\s*])([^*]{1,200}?)(?<=\S)\*(?![\w*])"
_UNDERSCORE = r"(?<![\w_])_(?=[^\s_])([^_]{1,200}?)(?<=\S)_(?![\w_])"
_MARKS = r"[\[*_`<\\]"  # a line without any of these has no inline markup
_ESCAPE = r"\\([\\`*_{}\[\]()#+\-.!>~|])"


class _Patterns(NamedTuple):
    fence: re.Pattern[str]
    rule: re.Pattern[str]
    underline: re.Pattern[str]
    definition: re.Pattern[str]
    marks: re.Pattern[str]
    # (pattern, replacement) in the order they apply: an image before the link it holds
    inline: tuple[tuple[re.Pattern[str], str], ...]


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
    )


def plain_markdown(text: str) -> str:
    """The text of a Markdown article with its inline markup decoded; one line in, one
    line out, except lines that are not prose (code, rules, link definitions)."""
    patterns = _compiled()
    kept: list[str] = []
    fence: str | None = None
    for line in _without_front_matter(_without_comments(text)).split("\n"):
        if fence is not None:  # inside a code block, until its closing fence
            fence = None if line.strip().startswith(fence) else fence
            continue
        if opens := patterns.fence.match(line):
            fence = opens.group(1)
            continue
        if kept and kept[-1].strip() and patterns.underline.fullmatch(line):
            continue  # "Title\n=====": the title line stays, layout reads it as one
        if patterns.rule.fullmatch(line) or patterns.definition.match(line):
            kept.append("")
            continue
        kept.append(_inline(line, patterns) if patterns.marks.search(line) else line)
    return "\n".join(kept)


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
