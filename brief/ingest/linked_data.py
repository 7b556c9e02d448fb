"""A saved page's JSON-LD article record: its headline, authors, date and publisher.

trafilatura reads a page's JSON-LD only where it is written to schema.org's letter (an
"@context", an author typed "Person"); a page that writes it loosely, or whose byline is
not shown, had given no writer, date or outlet (r57 #8). These are read here from the
first article record of the page's `<script type="application/ld+json">` elements, as
text only: nothing it names is fetched, and its articleBody is never the article's text
(the page shows its own).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

# An article record's @type: schema.org's Article and its kinds (NewsArticle,
# ReportageNewsArticle, AnalysisNewsArticle, BlogPosting, ...).
_ARTICLE_TYPE = re.compile(r"(?:\w*Article|BlogPosting|LiveBlogPosting|Report)", re.I)
_SCRIPT = re.compile(
    r"<script[^>]{0,200}?type\s*=\s*[\"']?application/ld\+json[^>]{0,200}>(.{0,200000}?)</script>",
    re.I | re.S,
)
_MAX_SCRIPTS = 20


@dataclass(frozen=True)
class ArticleRecord:
    headline: str | None
    authors: tuple[str, ...]  # people; an organisation named as author is the publisher's
    published: str | None
    publisher: str | None


def article_record(html: str) -> ArticleRecord | None:
    """The page's first JSON-LD article record, or None where it has none (or none that
    parses)."""
    for count, found in enumerate(_SCRIPT.finditer(html)):
        if count == _MAX_SCRIPTS:
            break
        try:
            data = json.loads(found.group(1))
        except (ValueError, RecursionError):
            continue  # (a record nested past Python's depth: no record, the page stays)
        record = _first_article(data, depth=0)
        if record is not None:
            return ArticleRecord(
                headline=_text(record.get("headline")),
                authors=tuple(_people(record.get("author"))),
                published=_date(record.get("datePublished")),
                publisher=_name(record.get("publisher")),
            )
    return None


def _first_article(data: object, depth: int) -> dict[str, object] | None:
    """The first record typed as an article, in a list or an "@graph" (a few levels down)."""
    if depth > 3:
        return None
    if isinstance(data, list):
        for item in data[:_MAX_SCRIPTS]:
            record = _first_article(item, depth + 1)
            if record is not None:
                return record
        return None
    if not isinstance(data, dict):
        return None
    kinds = data.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if any(isinstance(kind, str) and _ARTICLE_TYPE.fullmatch(kind) for kind in kinds):
        return data
    return _first_article(data.get("@graph"), depth + 1)


def _people(value: object) -> list[str]:
    """The people an author field names: a name, a record with one (not an
    organisation's), or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:_MAX_SCRIPTS]:
        if isinstance(item, dict):
            kinds = item.get("@type", "Person")
            if "Person" not in (kinds if isinstance(kinds, list) else [kinds]):
                continue  # ("@type": ["Person"] is a person too)
        name = _name(item)
        if name is not None and name not in names:
            names.append(name)
    return names


def _name(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value)


# A page template's placeholder left unfilled ("{{ author.name }}", "{% if %}", "${date}"):
# no name, date or headline of the article.
_TEMPLATE = re.compile(r"\{\{|\{%|\$\{")


def _text(value: object) -> str | None:
    """A string field on one line, or None (a short one: a name, a date, a headline)."""
    if not isinstance(value, str) or _TEMPLATE.search(value):
        return None
    text = " ".join(value.split())
    return text if 0 < len(text) <= 300 else None


def _date(value: object) -> str | None:
    """A date field that is an ISO 8601 date or time ("2026-12-04", "2026-12-04T09:30:00Z"),
    or None: anything else written there is no date we can trust."""
    text = _text(value)
    if text is None:
        return None
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return text
