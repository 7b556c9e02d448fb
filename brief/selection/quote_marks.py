"""Where a quotation opens and closes, across the sentences of a paragraph.

A bullet never shows half a quote, so selection asks which way each mark faces. Which
way a straight quote faces is told by its neighbours (after a space it opens, after a
word or punctuation it closes), as typesetters do; a paragraph starts outside any
quote, so one stray mark cannot spread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.models import Bullet, Sentence


def opens_with_quote(text: str) -> bool:
    """Someone's words, not the news: the sentence opens with a quotation mark (no lead,
    compose.leads.can_lead; no roundup's item, stories.roundups)."""
    return text.lstrip()[:1] in "\"“‘'«"


def continues_quote(text: str) -> bool:
    """The tail of a quote opened in the sentence before ('... for casualties," she said.'):
    its first double quote closes rather than opens."""
    close, opening = text.find("”"), text.find("“")
    if close != -1 and (opening == -1 or close < opening):
        return True
    first = text.find('"')
    if first <= 0 or text[first - 1].isspace() or text[first - 1] in "([{—–-":
        return False
    return not (text[first - 1] == ":" and _opens(text[first + 1 : first + 2]))


def _opens(after: str) -> bool:
    """After a colon, a straight quote mark opens a quote when the quote's text follows it
    ('said:"We', 'wrote:"#MeToo', 'said:"$5'), and closes one before a space or a
    closing mark ('the slogan "Enough:" and', '"Enough:", he said')."""
    return bool(after) and not after.isspace() and after not in ",.;:!?)]"


QUOTE_MARKS = '"“”«»„'


_OPENING_MARKS = "“«„"


_QUOTE_MARK = re.compile(f"[{QUOTE_MARKS}]")


def leaves_quote_open(text: str, inside: bool = False) -> bool:
    """Whether a quote is open at the end of the sentence (`inside`: one was open at its
    start): the next sentence goes on with it."""
    for mark in _QUOTE_MARK.finditer(text):  # most sentences hold none
        at, char = mark.start(), mark.group()
        if char == '"':
            before = text[at - 1] if at else " "
            after = text[at + 1 : at + 2]
            inside = before.isspace() or before in "([{—–-/" or (before == ":" and _opens(after))
        else:
            inside = char in _OPENING_MARKS
    return inside


def quoted_at(text: str, position: int) -> bool:
    """Whether a quotation holds the sentence's character at `position`: one opens
    before it and is still open, or, where no mark comes before it, the first after it
    closes a quote the sentence before opened."""
    head = text[:position]
    if _QUOTE_MARK.search(head) is not None:
        return leaves_quote_open(head)
    return continues_quote(text[position:])


def continues_quote_from(before: Sentence, after: Sentence) -> bool:
    """The sentence goes on with the quote left open: in the same paragraph, or opening
    the next one with a quote mark (a quote over several paragraphs reopens each one)."""
    return before.paragraph == after.paragraph or after.text.lstrip()[:1] in QUOTE_MARKS


def quote_runs(bullets: Sequence[Bullet]) -> list[tuple[Bullet, ...]]:
    """Bullets as the reader takes them: the sentences of one quotation, kept together by
    select, make one item (in one section, one bullet), so no item opens or closes a quote
    it does not hold whole. Each sentence keeps its own citation."""
    runs: list[list[Bullet]] = []
    open_quote = False
    for bullet in bullets:
        previous = runs[-1][-1] if runs else None
        follows = (
            previous is not None
            and (bullet.source, bullet.index) == (previous.source, previous.index + 1)
            and open_quote
        )
        if follows:
            runs[-1].append(bullet)
        else:
            runs.append([bullet])
        open_quote = leaves_quote_open(bullet.text, follows)
    return [tuple(run) for run in runs]
