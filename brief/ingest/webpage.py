"""Saved web pages -> the article's plain text, title, date, author and site name.

trafilatura finds the main text and drops navigation, scripts, images and links;
we only ever hand it a string, never a URL, so it has nothing to fetch. The page's
own markup is never rendered: only its extracted text goes on.
"""

from __future__ import annotations

import html as entities
import logging
import re
from configparser import ConfigParser
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from brief.errors import InputError
from brief.extract.lexicon import month_names, weekday_names, words
from brief.ingest.advertising import advertising
from brief.ingest.furniture import is_clock_time, opens_with_link_label
from brief.ingest.furniture import lists as furniture_lists
from brief.ingest.linked_data import article_record
from brief.ingest.visibility import invisible

log = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MIN_WORDS = 8  # fewer extracted words than this (and under MIN_CHARS): not an article
MIN_CHARS = 40  # for scripts written without spaces

# A document that opens like a web page, whatever its file name says.
_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
# Where a page declares its charset, e.g. <meta charset="windows-1251">.
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I
)


@dataclass(frozen=True)
class Page:
    text: str  # paragraphs, one per line
    title: str | None
    date: str | None
    author: str | None
    outlet: str | None = None  # the site's own name (its og:site_name), where it gives one
    url: str | None = None  # the address the page gives itself (canonical link, og:url)
    redirect: str | None = None  # the host a <meta> refresh sends the browser to at once
    # a date the page shows only in its body (a <time>), too late to be its publication's
    # (see _published): not its date, but said, since the clock may be what is wrong
    set_aside: str | None = None


# A page that sends the browser elsewhere within this many seconds is never read there:
# what it shows meanwhile ("If you are not redirected, click here") is no article.
REDIRECT_SECONDS = 5
# Fewer words than this on such a page: only the notice that it sends the reader on ("If
# you are not redirected, click here"); more, and the saved page holds an article.
REDIRECT_WORDS = 30
_REFRESH = re.compile(
    r"\s*(\d{1,6})(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?['\"]?\s*(\S+?)['\"]?\s*$", re.I
)
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//([\w.-]{1,100})", re.I)


def redirected(tree: Any) -> str | None:
    """Where a page's <meta http-equiv="refresh"> sends the browser within
    REDIRECT_SECONDS: its host (only letters, digits, dots and dashes: it is said in an
    error), or "another address" for a relative one; None for a page that only reloads
    itself, waits longer, or says so inside <noscript> (a fallback for a reader without
    scripts, who is still shown the page)."""
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        if any(parent.tag == "noscript" for parent in meta.iterancestors()):
            continue
        found = _REFRESH.match(meta.get("content") or "")
        if found is None or int(found.group(1)) > REDIRECT_SECONDS:
            continue
        host = _HOST.match(found.group(2))
        return host.group(1).lower() if host else "another address"
    return None


def looks_like_html(path: str, text: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES) or bool(_HTML_START.match(text[:4096]))


# Attributes in one start tag. libxml2 checks each against those before it, and lxml
# lists them a lookup each: reading grows with their square, and one <p> of 20,000 took
# 12 s, of 50,000 more than two minutes (s72 fuzz), a 5 MB page's hours. No page's element
# holds a thousand; a page with one is crafted, and is not read: dropping the attributes
# would drop a `hidden` among them too.
MOST_ATTRIBUTES = 1000
# A start tag, its quoted values whole (a value may hold ">"), to its ">" or the end:
# possessive, so each is scanned once, and a match resumes the scan after it.
_START_TAG = re.compile(r"""<[A-Za-z][^\s/>]*+(?:"[^"]*+"?|'[^']*+'?|[^>"']++)*+""")
_VALUE = re.compile(r"""\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>"']*+)""")
_ATTRIBUTE_NAME = re.compile(r"""[^\s/="'>]++""")  # (libxml2 parts names at "/" too)


def _crowded_tag(html: str) -> bool:
    """Whether a start tag holds more than MOST_ATTRIBUTES attributes (a tag too short to
    hold them is not counted: 0.01 s for a 5 MB page)."""
    for tag in _START_TAG.finditer(html):
        if tag.end() - tag.start() > 2 * MOST_ATTRIBUTES:
            names = _ATTRIBUTE_NAME.findall(_VALUE.sub(" ", tag.group()))
            if len(names) > MOST_ATTRIBUTES + 1:  # (the first is the tag's name)
                return True
    return False


def declared_charset(data: bytes) -> str | None:
    """The charset a page's <meta> names, if any (looked for in the first 4 KiB)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def extract(html: str, today: date | None = None, path: str | None = None) -> Page | None:
    """The main text of a page, or None when it has none. `today`: the day it is read; a
    date more than LATE_PAGE_DAYS after it that the page's metadata does not state is no
    publication date (a summit's to come in a <time> element), and the page has none
    (see _published). An InputError about `path` for a page too crafted to read
    (`_crowded_tag`)."""
    if _crowded_tag(html):
        raise InputError(
            f"a web page with a tag of more than {MOST_ATTRIBUTES:,} attributes (crafted"
            " markup?), not read",
            path,
        )
    try:
        found, headlines, tree = _extracted(html, short_ok=False)
        if found is not None and "\n" not in str(found.get("text") or "").strip():
            # Under 250 characters of main text, trafilatura falls back to all the text
            # of the page's body in one line: the headline glued to the lead ("Rebels
            # shell port city Rebels shelled ..."). Its main text, paragraphs apart, is
            # the article, however short.
            found = _extracted(html, short_ok=True)[0] or found
        if isinstance(found, dict) and _not_this_page(found.get("title"), headlines):
            # the page's hidden metadata names another headline ("Pakistan declares war
            # on Afghanistan" under a visible "... hold talks at Torkham"): it describes
            # some other article, so its title, date and author are none of this one's
            found = _extracted(html, short_ok=True, own_metadata_only=True)[0] or found
    except Exception:  # a parser meeting hostile markup: the page simply has no text for us
        log.debug("trafilatura failed", exc_info=True)
        return None
    text = str(found.get("text") or "") if isinstance(found, dict) else ""
    redirect = redirected(tree) if tree is not None else None
    if redirect is not None and len(text.split()) < REDIRECT_WORDS:
        return Page("", None, None, None, redirect=redirect)  # only sends the reader on
    if len(text.split()) < MIN_WORDS and len(text.strip()) < MIN_CHARS:
        return None  # a menu, a cookie notice or an empty app shell is not an article
    assert isinstance(found, dict)
    title = _one_line(title_words(str(found.get("title") or "")))
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest  # the headline is the title, not the first paragraph
    outlet = _one_line(found.get("sitename"))
    shown = _one_line(found.get("date"))
    stated = _metadata_days(tree) if tree is not None else frozenset()
    date, author = _published(shown, today, stated), _author(found.get("author"))
    if author is not None and tree is not None:
        author = _not_cut(author, tree, outlet)
    if author is not None and tree is not None:
        author = _bylined(author, tree, outlet)
    record = article_record(html)
    if record is not None and not _not_this_page(record.headline, headlines):
        # what trafilatura did not read of the page's own record (r57 #8: a record with
        # no "@context", or a page with no byline shown, had given no writer nor outlet)
        outlet = outlet or record.publisher
        author = author or (_author("; ".join(record.authors)) if record.authors else None)
        date = date or _one_line(record.published)  # the page's own statement
    if outlet is None and tree is not None:
        outlet = _title_outlet(tree, record.headline if record is not None else None)
    if author is not None and outlet is not None and _the_sites_address(author, outlet):
        author = None  # "Rappler.com" (read "Rappler com") is the site, no writer (r52)
    if author is not None and outlet is not None:
        author = _not_the_outlet(author, outlet)
    from brief.ingest.layout.dates import in_news_years

    if date is not None and not in_news_years(date):
        date = None  # ("9999-12-31": no day a report is dated, layout.dates.NEWS_YEARS)
    if date is None and tree is not None:
        date = _masthead_day(tree, today)
    late = shown is not None and in_news_years(shown) and _late(shown, today)
    set_aside = shown if date is None and late else None
    return Page(text, title, date, author, outlet, _web_address(found), set_aside=set_aside)


# What parts a site's name from the headline in a page's <title>: a bar, or a dash
# with spaces around it ("Port reopens | Harbour Times", "Port reopens - Harbour Times").
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||::|-|\u2013|\u2014)\s+")
_SITE_NAME_WORDS = 5


def _title_outlet(tree: Any, record_headline: str | None) -> str | None:
    """The site's name a page's <title> adds after its headline, where what goes before
    the separator is the page's headline (its <h1>, or its JSON-LD record's) and what
    follows is a short name in capitals: "Regulator fines portal | Adriatic Eye". A title
    that is only a headline ("Floods kill 12 - officials") gives none: its first part is
    no headline the page shows."""
    titles = [
        title_words(e.text_content())
        for e in tree.iter("title")
        if e.getparent() is not None and e.getparent().tag == "head"
    ]
    if not titles:
        return None
    parts = _TITLE_SEPARATOR.split(" ".join(titles[0].split()))
    if len(parts) < 2:
        return None
    headline, name = _plain_words(" ".join(parts[:-1])), parts[-1].strip()
    shown = [_plain_words(e.text_content()) for e in tree.iter("h1")]
    if record_headline:
        shown.append(_plain_words(record_headline))
    words = name.split()
    if (
        not headline
        or headline not in shown
        or not 0 < len(words) <= _SITE_NAME_WORDS
        or not all(word[0].isupper() or word[0].isdigit() for word in words if len(word) > 3)
        or not words[0][0].isupper()
        or name[-1] in ".!?"
        or _page_furniture(words)
    ):
        return None
    return name


def _page_furniture(words: list[str]) -> bool:
    """Whether a <title>'s suffix is a section or a page of the site, not its name: each
    word a section's or a page's (furniture.toml's section_words: "World News"), a label
    of the copy (header_labels: "Live Updates", "Opinion") or a number ("Page 2"). A
    determiner or any other word makes it a name ("The National", "National Post")."""
    found = furniture_lists()
    furniture = found.section_words | found.header_labels
    return all(word.isdigit() or word.lower().strip(",:;()") in furniture for word in words)


def _bylined(author: str, tree: Any, outlet: str | None) -> str | None:
    """The writers the page's byline element names, judged from its own words where it
    is a header line of fields (layout.byline_writers): trafilatura cuts an outlet's name
    at "of" and keeps a desk's ("Gulf of Guinea Wire | Business | 7 December 2026" had
    given "Gulf; Business", r55 M1). The author as read, where no such line gave it."""
    from brief.ingest.layout import byline_writers

    line = _source_line(author, tree)
    writers = byline_writers(line, outlet) if line is not None else None
    if writers is None:
        return author
    return "; ".join(writers) or None


_LINE_CHARS = 300  # no byline element is longer (layout.header.HEADER_CHARS is less)


def _not_cut(author: str, tree: Any, outlet: str | None) -> str | None:
    """The author whole where trafilatura read the first words of the page's
    `<meta name="author">` only: it cuts a name at "of" or "in" ("Office of Overseas Travel
    Advice staff" had given the author "Office", r60 F15). Where the cut is a body's head
    (furniture's letterhead_heads: "Office", "Embassy"), no person's name, the whole value
    less a staff credit's words closing it (byline_roles: "... staff", ", Staff Writer"),
    or none where what is left is the page's outlet; never a fragment. A person's name cut
    from a place or an outlet ("John Smith in London", "Maria Lopez of Reuters") is the
    author as cut: the rest says where they were or whom they write for."""
    values = [
        " ".join(str(meta.get("content") or "").split())
        for meta in tree.iter("meta")
        if str(meta.get("name") or "").casefold() == "author"
    ]
    parts = [part.strip(" ()[],.").casefold() for part in author.split(";")]
    if not parts[0] or parts[0].split()[-1] not in furniture_lists().letterhead_heads:
        return author
    for value in values:
        held = {word.casefold() for part in parts for word in part.split()}
        left = [w for w in value.split() if w[:1].isupper() and w.casefold() not in held]
        if parts[0] and value.casefold().startswith(parts[0]) and left:
            roles, words = furniture_lists().byline_roles, value.split()
            while words and words[-1].strip(",.").casefold() in roles:
                words.pop()
            whole = " ".join(words).strip(" ,;|-–—")
            mine = outlet is not None and whole.casefold() == outlet.casefold()
            return None if not whole or mine else whole
    return author


def _source_line(author: str, tree: Any) -> str | None:
    """The shortest element's text holding every name of the author as trafilatura read
    it (its byline element), or None: the author came from the page's metadata."""
    names = [name.strip().casefold() for name in author.split(";") if name.strip()]
    best: str | None = None
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or a processing instruction
        text = _short_text(element)
        if text is None or (best is not None and len(text) >= len(best)):
            continue
        if all(name in text.casefold() for name in names):
            best = text
    return best


def _short_text(element: Any) -> str | None:
    """The element's text on one line, or None when it is longer than a byline."""
    parts, length = [], 0
    for part in element.itertext():
        length += len(part)
        if length > _LINE_CHARS * 2:
            return None
        parts.append(part)
    return " ".join("".join(parts).split()) or None


def _not_the_outlet(author: str, outlet: str) -> str | None:
    """The writers less the page's outlet, which is none of them: a byline of fields "By
    Edgars Liepa | Baltic Pulse | 12 November 2027" had given the writers "Edgars Liepa;
    Baltic Pulse" where the outlet came from the page's <title> only, after the byline
    was read, and Sources named the outlet twice (r66 F17)."""
    writers = [part.strip() for part in author.split(";")]
    kept = [part for part in writers if part and part.casefold() != outlet.casefold()]
    return "; ".join(kept) if len(kept) < len(writers) else author if kept else None


# The elements after a page's headline that may hold its header line: a kicker, a
# standfirst, the byline or masthead line.
_HEAD_ELEMENTS = 3


def _masthead_day(tree: Any, today: date | None) -> str | None:
    """The day an undated page's header line gives, under its headline: a live page's
    masthead ("Live blog — Danube Herald — Thursday 11 November 2027 — all times CET",
    docs/inputs.md's form for a text article) or a line of credits, read as a text's is
    (layout). trafilatura leaves such an element out of the main text (its class "meta")
    and finds no date in it: the page had been undated, and its brief had no timeline
    (r66 F13). Only a header line's, a short element of names and a date, never a day a
    sentence names; and none too late to be the page's (see _late)."""
    from brief.ingest.layout import is_header_line, is_masthead_line
    from brief.ingest.layout.dates import date_in

    headline = next(tree.iter("h1"), None)
    if headline is None:
        return None
    for element in islice(headline.itersiblings(), _HEAD_ELEMENTS):
        line = _short_text(element) if isinstance(element.tag, str) else None
        if line is None or len(line) > _LINE_CHARS:
            continue
        if is_header_line(line) or is_masthead_line(line):
            day = date_in(line, today)
            if day is not None and _ISO_DAY.fullmatch(day) and not _late(day, today):
                return day
    return None


def _the_sites_address(author: str, outlet: str) -> bool:
    """Whether the page's author is its site's own address: "Rappler.com", or "Rappler
    com" as trafilatura splits it, beside the site Rappler."""
    return (
        re.fullmatch(
            rf"(?:www[ .])?{re.escape(outlet)}"
            r"[ .](?:com|net|org|news|co|[a-z]{2})(?:[ .][a-z]{2})?",
            author.strip(),
            re.IGNORECASE,
        )
        is not None
    )


# A page may be dated a day or two after the day it is read where its time zone is ahead
# or its copy came under embargo; later than that, a date found in its body is some
# event's to come. (The date its metadata states is its own, however late: see
# _published.)
LATE_PAGE_DAYS = 2


def _published(value: str | None, today: date | None, stated: frozenset[str]) -> str | None:
    """The page's date: the one trafilatura found, unless it is more than LATE_PAGE_DAYS
    after `today` and none of the page's metadata states that day (`stated`), so it came
    from the page's body (a <time> of a summit to come). A date its metadata states is
    kept however late, as a text's byline or a mail's Date is: the source says when it
    was published, and the clock may be what is wrong (ingest warns of either, r65 F16:
    a page dated 2027 read with a 2026 clock had lost its date, silently)."""
    if value is None or not _late(value, today):
        return value
    return value if value[:10] in stated else None


def _late(value: str, today: date | None) -> bool:
    """Whether a date is more than LATE_PAGE_DAYS after `today`."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return False
    return today is not None and day > today + timedelta(days=LATE_PAGE_DAYS)


def _metadata_days(tree: Any) -> frozenset[str]:
    """The days (YYYY-MM-DD) the page's <meta> elements open their values with: its
    publication's, its update's (article:published_time, datePublished, dc.date)."""
    days = set()
    for meta in tree.iter("meta"):
        value = str(meta.get("content") or "").strip()[:10]
        if _ISO_DAY.fullmatch(value):
            days.add(value)
    return frozenset(days)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"'`]{1,500}")


def _web_address(found: dict[str, object]) -> str | None:
    """The page's own address, where its markup gives one and it is a web address: the
    Sources list gives it so a reader can find the article again. Anything else (a
    "javascript:" link, a relative path) is none."""
    url = found.get("url")
    return url if isinstance(url, str) and _WEB_ADDRESS.fullmatch(url) else None


_STAMP_GLUE = frozenset({"last", "on", "at"})  # "Last updated on", "Published at"


def _author(value: object) -> str | None:
    """The page's authors, less what a byline line puts beside them that trafilatura splits
    into names ("API | Tuesday, March 10, 2026" had given "API; Tuesday; March"; "Ali Akbar
    | Published March 10, 2026" "Ali Akbar; Published March"): a part that is only days'
    or months' names and a stamp's words, or has a digit ("April Ryan" stays); and beside
    an outlet's name, that name and any one-word field."""
    from brief.ingest.layout import is_outlet_name  # (layout reads this module's limits)

    written = _one_line(value)
    if written is None:
        return None
    # (a stamp's words, words.toml's stamp_tells, and the ones that join them to a date)
    calendar_words = weekday_names() | month_names() | words()["stamp_tells"] | _STAMP_GLUE
    names = [
        part.strip()
        for part in written.split(";")
        if part.strip()
        and not any(ch.isdigit() for ch in part)
        and not all(word.lower().strip(".,") in calendar_words for word in part.split())
    ]
    if any(is_outlet_name(name) for name in names):
        # "Nordic Times | Helsinki", "By Olga Brandt, Baltic Wire": the outlet is the page's
        # publisher, and a one-word field beside it its place or desk (r47 L2)
        names = [n for n in names if not is_outlet_name(n) and len(n.split()) > 1]
    return "; ".join(names) or None


def _not_this_page(title: object, headlines: list[str]) -> bool:
    """Whether the title trafilatura read (from a page's JSON-LD, as a rule) is none of
    the page's `headlines` (see _headlines), where it has one."""
    if not isinstance(title, str) or not _plain_words(title):
        return False
    wanted = _plain_words(title)
    return bool(headlines) and not any(wanted in h or h in wanted for h in headlines)


def _headlines(tree: Any) -> list[str]:
    """The page's own <title> (not an SVG's) and its <h1>s, as words: letter case and
    quote marks aside ("Talks Held At Torkham", "Pakistan's" and "Pakistan’s")."""
    heads = [
        e for e in tree.iter("title") if e.getparent() is not None and e.getparent().tag == "head"
    ]
    shown = [
        *(_plain_words(title_words(e.text_content())) for e in heads),
        *(_plain_words(e.text_content()) for e in tree.iter("h1")),
    ]
    return [headline for headline in shown if headline]


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _extracted(
    html: str, short_ok: bool, own_metadata_only: bool = False
) -> tuple[dict[str, object] | None, list[str], Any]:
    """trafilatura's reading of the page without what it never shows (see visibility),
    the page's headlines (_headlines, read from the same parse) and the parse; `short_ok`:
    its main text however short, with no fallback; `own_metadata_only`: without its
    JSON-LD."""
    import trafilatura
    from trafilatura.settings import DEFAULT_CONFIG

    tree = trafilatura.load_html(html)
    headlines = _headlines(tree) if tree is not None else []
    if tree is not None and own_metadata_only:
        for script in list(tree.iter("script")):
            if "ld+json" in (script.get("type") or "").lower():
                script.drop_tree()
    if tree is not None:
        # A <base> says where the page's relative links lead, not where the page is: its
        # host had been given as the outlet and its address as the article's (r57 #8).
        # The page's own address is its canonical link's or og:url.
        for base in list(tree.iter("base")):
            base.drop_tree()
        for element in invisible(tree):
            element.drop_tree()  # its tail text is its parent's, and stays
        for element in advertising(tree):
            element.drop_tree()
        _drop_code(tree)
        _keep_entry_stamps(tree)
        _unlink_sentences(tree)
    doc = trafilatura.bare_extraction(
        tree if tree is not None else html,
        url=None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        favor_recall=True,
        deduplicate=False,
        # A date only from where a page states it (its metadata, a <time> element, the
        # URL), never guessed from its text: "Copyright 2026" in a footer had dated the
        # article 2026-01-01. No date is better than a made-up one. And the date it
        # states, whenever that is (see _published for a date too late): htmldate's
        # default bound, today, had thrown a later one away and dated the page by the
        # first of its month, a day it never gives.
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": _NO_LATEST_DATE,
        },
        config=_any_length() if short_ok else DEFAULT_CONFIG,
    )
    found = doc if isinstance(doc, dict) else doc.as_dict() if doc is not None else None
    return found, headlines, tree


_NO_LATEST_DATE = "9999-12-31"


# Elements whose content is never words: a script's code and a style sheet (a script of
# JSON is data: JSON-LD is the page's record of itself, which trafilatura reads).
CODE_ELEMENTS = frozenset({"script", "style"})
# What closes up to the word before it: a stop, a comma, a closing bracket or quote.
_CLOSING = re.compile(r"^[.,;:!?)\]}”’»]")


def _drop_code(tree: Any) -> None:
    """Every script and style element, its content with it, wherever it stands: r63 F6's
    `<h1>Gerida camp: water points <script>alert('x')</script> reopen</h1>` had given the
    headline "... points alert('x') reopen" (trafilatura takes an only <h1>'s text whole,
    code and all). Where the text after it closes up to the word before ("pumps
    <script>...</script>, the committee said"), the space before the element goes too:
    "pumps , the committee" had been a bullet's words."""
    for element in list(tree.iter(*CODE_ELEMENTS)):
        if "json" in (element.get("type") or "").lower():
            continue  # data, not code: a JSON-LD record, what htmldate reads a date from
        if _CLOSING.match(element.tail or ""):
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "").rstrip()
            elif element.getparent() is not None:
                parent = element.getparent()
                parent.text = (parent.text or "").rstrip()
        element.drop_tree()  # its tail text is its parent's, and stays


_MARKUP_LAYERS = 3  # escaped twice, as feeds do, and once more
# an HTML element's tag, opening or closing: its name is one HTML knows (lxml.html.defs)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
# a script or style element written out in a title's text, its content with it
_CODE = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# a tag cut off at the title's end, an attribute begun: "release<img src=x onerror="
_CUT_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\s+[\w:-]+=[^<>]*\Z")


def title_words(text: str, *, markup: bool = False) -> str:
    """A title's words, where it is written as HTML (`markup`: a feed says so) or holds
    an HTML element opened and closed, however often escaped (a page's <title> is text
    to the parser, and a feed's title escaped once more than it should is text to
    feedparser: r60 F10, r63 F6): entities decoded, the tags of HTML elements left out,
    and a script's or a style's content with its tags, for code is never words. A title
    that is text keeps its angle brackets ("BTS film <Yet to Come> opens", "x<y") and a
    lone "<script>" it names: the renderers escape them. An element's tag cut off at its
    end, an attribute begun (a title capped mid-tag), is markup too, and goes."""
    if not markup and not _holds_markup(text):
        return text
    for _ in range(_MARKUP_LAYERS):
        read = _TAG.sub(_no_element, _CUT_TAG.sub(_no_element, _CODE.sub(" ", text)))
        read = " ".join(entities.unescape(read).split())
        if read == text:
            return read
        text = read
        if entities.unescape(text) == text and not _paired(text) and not _cut_tag(text):
            break
    return text


def _holds_markup(text: str) -> bool:
    """Whether an HTML element is opened and closed in the text, or its tag cut off at
    its end (`_CUT_TAG`), as it is or with one or two layers of escaping read."""
    for _ in range(_MARKUP_LAYERS):
        if _paired(text) or _cut_tag(text):
            return True
        read = entities.unescape(text)
        if read == text:
            return False
        text = read
    return False


@cache
def _html_tags() -> frozenset[str]:
    """The names of HTML's elements. Loaded where a text holds a tag's form: lxml, whose
    list this is, takes 0.035 s of CPU to import, and an inbox of text files needs it
    for nothing else (a page's parser imports it where a page is read)."""
    from lxml.html.defs import tags

    return frozenset(tags)


def _cut_tag(text: str) -> bool:
    """Whether the text ends in an HTML element's tag cut off (`_CUT_TAG`)."""
    cut = _CUT_TAG.search(text)
    return cut is not None and not _no_element(cut)


def _no_element(match: re.Match[str]) -> str:
    return "" if match.group(2).casefold() in _html_tags() else match.group(0)


def _paired(text: str) -> bool:
    """Whether an HTML element is both opened and closed in the text: markup, not a
    mention of a tag."""
    found = [(m.group(1), m.group(2).casefold()) for m in _TAG.finditer(text)]
    return any(("/", name) in found for slash, name in found if not slash and name in _html_tags())


def _keep_entry_stamps(tree: Any) -> None:
    """A live page whose entries open with a <time> element keeps each stamp as text that
    opens the entry's first paragraph ("08:10 — Nine people ..."), as a live page written
    in text has it (ingest.furniture.entry_stamp). trafilatura drops the element's text,
    and without it no entry is later than another: a first count of the dead had stayed a
    key figure beside the later entry's recount (r50 H3). Only where two or more entries
    are stamped: one <time> is a byline's or a caption's."""
    stamps = [t for t in tree.iter("time") if is_clock_time(t.text_content() or "")]
    if len(stamps) < 2:
        return
    for stamp in stamps:
        paragraph = next((e for e in stamp.itersiblings() if e.tag == "p"), None)
        if paragraph is None and stamp.getparent() is not None:
            paragraph = next((e for e in stamp.getparent().itersiblings() if e.tag == "p"), None)
        if paragraph is None:
            continue
        paragraph.text = f"{stamp.text_content().strip()} — {paragraph.text or ''}"
        stamp.drop_tree()


# A link's text that is a sentence of the article: this many words at least (the least a
# bullet states a fact in, rank.coverage.MIN_WORDS), ending as a sentence does.
LINKED_SENTENCE_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_SENTENCE_START = re.compile(r"^[\"“‘'(]?[A-Z0-9]")
# Where a link is the page's navigation or its list of other articles, whatever its text.
_LINK_LISTS = frozenset({"nav", "aside", "footer", "header", "menu", "li", "ul", "ol", "form"})


def _unlink_sentences(tree: Any) -> None:
    """A paragraph of the article that is all link ("<p><a href=...>Under the deal, the
    battalion will be based in the north.</a></p>") is text, not a link: trafilatura
    drops a block that is all link as navigation, and had lost a story's key fact (r55
    M2). A link's text is the article's when it is a sentence (LINKED_SENTENCE_WORDS
    words or more, opening in a capital and closing in a stop) and its paragraph holds
    nothing else, outside the page's menus and lists: there, a headline ("Read more:
    Five things to know") or a label ("Click here") stays a link, and goes. So does a
    link that leads to another page (`_leads_away`) or opens on a related story's label
    ("Read more: Cholera has killed 40 people in Malawi.", furniture's link_labels): a
    teaser for another article, whose sentence is that article's, not this one's; when
    its address is an article's (`_ARTICLE_PATH`) or it opens on such a label, the
    paragraph goes here, as trafilatura may keep it. The link's tag goes and its words
    stay, so its markup (an onclick, a script's address) goes with it."""
    own = _own_address(tree)
    for link in list(tree.iter("a")):
        paragraph = link.getparent()
        if paragraph is None or paragraph.tag != "p":
            continue
        said = " ".join(link.text_content().split())
        if said != " ".join(paragraph.text_content().split()):
            continue  # a link inside a paragraph's words is read with them already
        if not (
            len(said.split()) >= LINKED_SENTENCE_WORDS
            and _SENTENCE_END.search(said)
            and _SENTENCE_START.match(said)
        ):
            continue
        if any(parent.tag in _LINK_LISTS for parent in paragraph.iterancestors()):
            continue
        href = link.get("href")
        if opens_with_link_label(said) or (
            _leads_away(href, own) and _ARTICLE_PATH.search(urlsplit(href or "").path)
        ):
            paragraph.drop_tree()  # its tail text is its parent's, and stays
            continue
        if _leads_away(href, own):
            continue
        link.drop_tag()


# An article's address: a dated path ("/2026/12/07/", "/20261207/", "2026-12-07") or a
# headline's slug of three words or more ("/malawi-cholera-toll-rises").
_ARTICLE_PATH = re.compile(
    r"/(?:19|20)\d\d/[01]?\d/|/(?:19|20)\d\d-?[01]\d-?[0-3]\d\b|/[a-z0-9]+(?:-[a-z0-9]+){2,}[^/]*/?$",
    re.IGNORECASE,
)


def _own_address(tree: Any) -> str | None:
    """The page's own address, as its head gives it (canonical link, og:url)."""
    for element in tree.iter("link", "meta"):
        if (element.get("rel") or "").lower() == "canonical":
            return element.get("href") or None
        if (element.get("property") or "").lower() == "og:url":
            return element.get("content") or None
    return None


def _leads_away(href: str | None, own: str | None) -> bool:
    """Whether a link's address is another page than this one. A whole paragraph linked
    to another page of the site (a slug, a dated path) is a teaser for that article, and
    its sentence that article's; only a link that goes nowhere (no address, "#", a
    script's "javascript:") or to the page itself keeps its words as this article's
    (r55 M2: a hostile page had wrapped its key fact in a link to "#")."""
    href = (href or "").strip()
    if not href or href.startswith("#") or href.lower().startswith("javascript:"):
        return False
    if own is None:
        return True
    there, here = urlsplit(href), urlsplit(own)
    if there.netloc and there.netloc.lower() != here.netloc.lower():
        return True
    return there.path.rstrip("/") != here.path.rstrip("/")


@cache
def _any_length() -> ConfigParser:
    """trafilatura's settings with no least length of main text before its fallbacks."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return config


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())[:300]
    return value or None
