"""Escaping: article text must never become Markdown or HTML markup.

Every value a template prints goes through `markdown_escape` (Jinja's `finalize`),
so a template author cannot forget it. HTML-significant characters become
entities and Markdown-significant ones get a backslash, so the text survives
python-markdown as literal characters. Bidi controls in the text are dropped, other
control characters shown as one mark, and a value with right-to-left letters is wrapped
in an isolate of our own.
"""

from __future__ import annotations

import re

from markupsafe import Markup

# "<" would open a tag and "&x;" would be read as an entity; a bare "&" or a ">" inside a
# line means nothing to python-markdown, so the raw .md stays readable ("AT&T", "a > b").
_ENTITY_AMP = re.compile(r"&(?=#?\w+;)")
# Characters with inline meaning anywhere in a line. `(`, `)` and `!` only matter
# after `[`, which is always escaped, so they stay readable.
_INLINE = re.compile(r"([\\`*_\[\]|{}])")
# Characters with block meaning at the start of a line (headings, lists, rules).
# "-", "+" and "1." make a list only when a space follows ("-5%" and "3.4%" do not).
_LINE_START = re.compile(r"^(\s*)(#|>|[+\-](?=\s|$)|\d+[.)](?=\s|$))", re.MULTILINE)
# Bidi and other invisible format controls would let text reorder the page around it.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Control characters (a file name may hold a terminal's escape code): shown as one mark.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Hebrew, Arabic, Syriac, Thaana, N'Ko ... and their presentation forms.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ISOLATE = "\u2068{}\u2069"  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
# GitHub's and GitLab's Markdown strike text between tildes and set TeX between dollars
# ("$x$", "$$"), which python-markdown does not: as entities they stay literal in both. A
# dollar before a digit or a space ("$5m", "US$ 40") opens no math and stays readable,
# unless a later one could close it: GitHub opens math at a "$" with no space after it
# ("$5") and closes it at one with no space before it and no digit after it ("10$ ",
# "US$ 40"), so "$5 and 10$ each" and "$5bn, or US$ 40" would set what lies between as
# math; there every dollar is an entity.
_TILDE = "~"
_MATH_DOLLAR = re.compile(r"\$(?=[^\d\s])")
_MATH_PAIR = re.compile(r"\$(?=\S).*?(?<=\S)\$(?!\d)", re.DOTALL)


def _escape_line_start(m: re.Match[str]) -> str:
    """'# x' -> '\\# x'; '1. x' -> '1\\. x' (python-markdown escapes '.', not digits)."""
    lead, mark = m.group(1), m.group(2)
    if mark[0].isdigit():
        return lead + mark[:-1] + "\\" + mark[-1]
    return lead + "\\" + mark


def markdown_escape(value: object) -> str:
    """Text -> Markdown that python-markdown renders back as exactly this text."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = _CONTROL.sub("\ufffd", _BIDI.sub("", str(value)))
    text = _ENTITY_AMP.sub("&amp;", text).replace("<", "&lt;")
    text = _INLINE.sub(r"\\\1", text)
    if text.count(_TILDE) > 1:
        text = text.replace(_TILDE, "&#126;")
    if _MATH_PAIR.search(text):
        text = text.replace("$", "&#36;")
    else:
        text = _MATH_DOLLAR.sub("&#36;", text)
    text = _LINE_START.sub(_escape_line_start, text)
    text = " ".join(text.split("\n"))
    # Right-to-left text is isolated, so it cannot pull the [1:4] after it into its run.
    return _ISOLATE.format(text) if _RTL.search(text) else text
