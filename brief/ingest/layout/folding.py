"""Folding: how a text's lines break, and which of them make one paragraph.

Paragraphs are kept whether they come one per line, separated by blank lines or folded
at a fixed width (`hard_wrapped`): a line runs on into the next only where the text is
folded and it ends no sentence. A list's items are blocks of their own (`list_items`),
never glued to the next item; a web page's elements stand apart whatever ends them
(`lines_apart`); a word a printed page hyphenated at a line's end is made whole again
(`joined_lines`), and a drop capital scraped onto a line of its own goes back to its
word (`drop_capitals`). List and quote markers open a line but are no part of its
sentence (`bare`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.ingest.furniture import entry_stamp, is_furniture
from brief.ingest.layout.bylines import byline
from brief.ingest.layout.header import is_header_line
from brief.ingest.layout.shapes import CLOSERS, ends_sentence
from brief.ingest.layout.stamps import is_stamp
from brief.language import ENGLISH
from brief.rank.text import stop_words

MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# List and quote markers open a line but are not part of its sentence.
_LINE_MARK = re.compile(r"^(?:[*+•\-]|>+|\d{1,3}[.)])\s+")
# A list's item marker (no quote's ">": a quoted reply runs on over its lines).
_ITEM_MARK = re.compile(r"\s*(?:[*+•\-]|\d{1,3}[.)])\s+\S")


def bare(line: str) -> str:
    """A line without its list or quote marker; a line of only ornaments ("* * *") is blank.

    Blank lines, and lines that open with a letter (neither a heading's "#" nor a
    marker), are kept as they are, without the two patterns: most lines are one or the
    other, and the patterns were a tenth of ingesting an inbox."""
    line = line.strip()
    if not line or line[:1].isalpha():
        return line
    if not MD_HEADING.match(line):
        line = _LINE_MARK.sub("", line)
    return line if any(ch.isalnum() for ch in line) else ""


def drop_capitals(lines: list[str]) -> list[str]:
    """A page's drop capital, scraped onto a line of its own ("T", then "he most likely
    person ..."), is the first letter of the next line's first word: put back, it no
    longer titles the article "T" nor opens its lede with "he". It joins a word only when
    the two make a word Punkt's table of English knows ("T" + "he", "A" + "lmost"): a plan
    "B" and its "was adopted", a poem's "I" and "wandered", an answer "A" and "dog" stay
    apart."""
    for i, line in enumerate(lines):
        if len(line) != 1 or not line.isupper():
            continue
        at = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
        if at is None or not lines[at][:1].islower():
            continue
        rest = lines[at].split(maxsplit=1)[0].strip(CLOSERS + ",.;:!?")
        if _a_word(line.lower() + rest):
            lines[i], lines[at] = "", line + lines[at]
    return lines


def list_items(raw: list[str], kept: str | None) -> list[bool]:
    """The lines that are a list's items by their marker ("- ...", "• ...", "2) ..."),
    two at least in a run of lines (an item's folded line, indented, between them): a
    numbered line alone between blank lines is a report's section heading ("1. Human
    impact"), and a first line whose number a tokenised copy spaced (`kept`, see
    parse_text) is a headline."""
    marked = [bool(_ITEM_MARK.match(line)) and not (kept and line.strip() == kept) for line in raw]
    items = [False] * len(raw)
    run: list[int] = []  # the marked lines of the run of lines so far
    for at, line in enumerate([*raw, ""]):
        if at < len(raw) and marked[at]:
            run.append(at)
            continue
        if line.strip() and run and continues_item(line, line):
            continue  # (an item's folded line)
        if len(run) >= 2:
            for item in run:
                items[item] = True
        run = []
    return items


def continues_item(raw: str, line: str) -> bool:
    """Whether a line under a list's item is the item's own, folded at a width: indented
    under its marker, or going on in lower case."""
    return raw[:1].isspace() or line[:1].islower()


def lines_apart(raw: list[str], lines: list[str]) -> list[bool]:
    """The lines of a web page's text that are an element of their own whatever ends
    them: a list's item (its marker in `raw`), a line of page furniture ("READ MORE:
    ...", "MOST READ") and a live page's entry heading ("4:00 pm — Death toll rises to
    23", whose entry's first sentence it had been glued into, r52 M3). A tabloid's teaser
    list and its promotions, ending on no stop, had made its page read as text folded at
    a width, and run into its lede (r50 H1); its paragraphs folded by <br> or <pre> still
    read so."""
    return [
        bool(line)
        and (
            bool(_LINE_MARK.match(whole.strip()))
            or is_furniture(line)
            or entry_stamp(line) is not None
        )
        for whole, line in zip(raw, lines, strict=True)
    ]


def hard_wrapped(lines: list[str], apart: Sequence[bool] = ()) -> bool:
    """Most lines run on into the next (text folded at a fixed width): then a heading
    or title must stand alone between blank lines. A time stamp's line runs into nothing,
    nor does a byline's: a headline, its byline, its date and the story, a line each, are
    four lines, not one folded. Nor does a line `apart` marks (see lines_apart), nor one
    that had room to spare (`_folded`)."""
    body = [line for line in lines if line]
    if len(body) < 4:
        return False
    marked = list(apart) or [False] * len(lines)
    running = sum(
        1
        for line, nxt, alone, next_alone in zip(lines, lines[1:], marked, marked[1:], strict=False)
        if line
        and nxt
        and not (alone or next_alone)
        and not ends_sentence(line)
        and _folded(line, nxt)
        and not any(is_stamp(part) or byline(part) or is_header_line(part) for part in (line, nxt))
    )
    return running > len(body) / 3


def _folded(line: str, nxt: str) -> bool:
    """Whether a line may have been broken for want of room before the next: folding at a
    width breaks a line only where the next word would not fit, so the line is about as
    long as the next one can be. One under half the next line's length had room for its
    words and ends a line of its own: a page's kicker ("World") over its headline, a
    headline over a lede of two lines' length, a line each in a short article (r78 F6:
    the two had made a five-line article read as folded, and run into its lede)."""
    return 2 * len(line) >= len(nxt)


# A word broken at a line's end by a hyphen, its rest opening the next line in lower case.
_BROKEN_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)-\Z")
_WORD_REST = re.compile(r"([^\W\d_]+)")


def joined_lines(lines: list[str]) -> str:
    """A paragraph's lines, joined by a space; a word a printed page hyphenated at the
    line's end ("the largest single ac-" / "tion against ...", a PDF's text) is made whole
    again when the two halves make a word English writes and the word's first half alone
    is none: "action"; a compound's hyphen ("two-" / "thirds") is the word's own and
    stays, with no space after it (r56 M6 had "ac- tion" in a bullet). A suspended
    hyphen ("pre-" / "and post-war") goes on to no word and keeps its space."""
    text = lines[0]
    for line in lines[1:]:
        broken = _BROKEN_WORD.search(text) if text.endswith("-") else None
        rest = _WORD_REST.match(line) if broken is not None and line[:1].islower() else None
        if broken is not None and rest is not None and _rejoins(broken[1], rest[1]):
            text = text[:-1] + line
        elif broken is not None and rest is not None and _compound(broken[1], rest[1]):
            text += line  # (a compound's own hyphen: "two-" / "thirds")
        else:
            text = f"{text} {line}"
    return text


def _rejoins(head: str, tail: str) -> bool:
    return _a_word((head + tail).lower()) and not _a_word(head.lower())


def _compound(head: str, tail: str) -> bool:
    """Two words a hyphen joins, the second no function word ("and" after a suspended
    "pre-")."""
    return (_a_word(head) or _a_word(tail)) and tail.lower() not in stop_words(ENGLISH)


def _a_word(word: str) -> bool:
    """Whether Punkt's table of English has seen the word in lower case (loaded only for a
    capital alone on its line before a line in lower case, seldom met)."""
    from brief.extract.actors.word_knowledge import common_word

    return common_word(word)


_ITEM_NUMBER = re.compile(r"\s{0,3}(\d{1,2})[.)]\s+\S")


def numbered_items(lines: Sequence[str]) -> int:
    """How many items a text numbers in order from 1 ("1) Kazakhstan's National Bank
    ...", "2) The Kyrgyz som ..."), each opening a line: the markers that `bare` takes
    off the lines, counted first. A number alone counts no item ("3. Next, ..." in a
    story), nor does a list that does not start from 1."""
    expected = 1
    for line in lines:
        found = _ITEM_NUMBER.match(line)
        if found is not None and int(found.group(1)) == expected:
            expected += 1
    return expected - 1
