"""Whether a text is one that brief wrote, told by its content, and whether it is a news
feed rather than an article.

A brief left in an inbox folder (`brief make inbox -o inbox/brief.md`) must not be read
back as an article on the next run: its sentences would cite themselves and merge the
stories it reports into one. And `brief send` mails only briefs. brief's own templates
mark what they write: the HTML's generator meta tag (which WeasyPrint also makes the
PDF's Creator), the Markdown's "Generated ... · profile: ..." line under the title, and
the JSON's top-level keys. A user's own templates may drop those marks; then the text is
read as any other.

An HTML brief is told by its head as brief.html.j2 writes it (the content policy, the
generator and the description in their places), not by a generator tag anywhere. A
Markdown brief is told by its whole shape, not by the stamp's line alone: the stamp
right under the "# " title, and the "## Sources" section with its numbered list. A line
copied into an article (a hostile feed's "*Generated ... · profile: x · ranker: y*")
had got the article refused, or skipped from a folder: a source could suppress itself
(r57 #4).
"""

from __future__ import annotations

import json
import re

# (Looked for near the start only: a brief's marks are in its first lines.)
HEAD = 4096
# brief.html.j2's generator tag: "brief" and its version.
_HTML_MARK = re.compile(r"""<meta\s+name=["']generator["']\s+content=["']brief \d+\.\d+""")
# The rest of brief.html.j2's head, around the generator: its policy that loads nothing
# and its description. A page that copies the generator tag alone is read (r57 #4).
_HTML_HEAD = re.compile(
    r"""\A\s*<!DOCTYPE html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8">\s*"""
    r"""<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">"""
    r""".{0,2000}?<meta name="description" content="Extractive briefing from \d+ source""",
    re.S | re.I,
)
# brief.md.j2's line under the title, in whatever time zone the brief was made:
# "*Generated 2026-11-25 06:00 UTC · profile: geopolitics · ranker: default · ..."
_MARKDOWN_MARK = re.compile(
    r"\A\s*# [^\n]+\n\s*"  # the title, then the stamp: the first two lines written
    r"\*Generated \d{4}-\d\d-\d\d \d\d:\d\d[^·\n]{0,12} · profile: [^·\n]+ · ranker: "
)
# brief.md.j2's last section: its heading, then the first source's number.
_MARKDOWN_SOURCES = re.compile(r"^## Sources\n\s*^1\. \S", re.M)
_BRIEF_BYTES = 1 << 24  # read, at most, of a file that opens as a Markdown brief
_JSON_KEYS = frozenset({"generated", "profile", "sources", "summary"})  # as_json's
# A feed's root element, and an element right after it (a channel, an entry, a generator,
# a link, or its own end): not an article that opens by naming the tag ("<rss
# version="2.0"> is the opening tag of ...", prose after it).
_FEED = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b[^<>]*>\s*<", re.S
)


def made_by_brief(text: str) -> bool:
    """Whether the text is a brief in HTML, Markdown or JSON, as brief's templates write
    them."""
    head = text[:HEAD]
    if _HTML_MARK.search(head):
        return _HTML_HEAD.match(head) is not None
    if _MARKDOWN_MARK.match(head):
        return _MARKDOWN_SOURCES.search(text) is not None
    if not head.lstrip().startswith("{"):
        return False
    try:
        parsed = json.loads(text)
    except ValueError:
        return False
    return isinstance(parsed, dict) and parsed.keys() >= _JSON_KEYS


def is_feed(text: str) -> bool:
    """Whether the text is an RSS or Atom feed: a list of articles, not one."""
    return _FEED.match(text[:HEAD]) is not None


def not_an_article(text: str) -> str | None:
    """Why a text is no article: "a brief that brief made" or "a news feed"; None for
    anything else."""
    if made_by_brief(text):
        return "a brief that brief made, not an article"
    if is_feed(text):
        return "a news feed, not an article (brief fetch reads feeds)"
    return None


def what_file_is(path: str) -> str | None:
    """`not_an_article` of a file, told by its first bytes (None for a file that cannot
    be read: reading it will say why)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD).decode("utf-8", errors="replace")
            if _MARKDOWN_MARK.match(head):  # its Sources close it: the whole is read
                head += fh.read(_BRIEF_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None
    return not_an_article(head)
