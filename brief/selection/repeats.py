"""A sentence that says a kept one again: held in it word for word, run on from it, or
the same report with another verb of saying. Two bullets saying one thing waste the
reader's budget and read as two facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.extract import lexicon

_WORDS = re.compile(r"\w+")


REPEAT_WORDS = 8  # a sentence this long inside another is the other's repeat


def worded(text: str) -> str:
    return " " + " ".join(_WORDS.findall(text.casefold())) + " "


def says_again(text: str, worded: str, said: Sequence[tuple[str, str]]) -> bool:
    """Whether a sentence says a kept one again: held in it word for word, or holding it
    where a page lost the full stop after it and ran on into the next sentence ("... at
    Southampton Crown Court Consultant physiatrist John O'Shea said ..."). A sentence
    that holds a kept one and goes on with a fact of its own ("... in Leeds city centre,
    and a woman has been arrested") is news."""
    for kept, one in said:
        if min(one.count(" "), worded.count(" ")) <= REPEAT_WORDS:
            continue
        if worded in one:
            return True
        if one in worded and _runs_on_from(text, kept):
            return True
        if _reported_again(worded, one):
            return True
    return False


def _reported_again(worded: str, kept: str) -> bool:
    """Whether a report of what someone said holds nothing a kept one does not, but for
    its verb of saying: "Kremlin spokesman Dmitry Orlov repeated that Russia had nothing
    to do with the incident" beside "Kremlin spokesman Dmitry Orlov said Russia had
    nothing to do with the incident and called the accusations ..." (r47 L5). The verbs
    of saying and a "that" after one are set aside in both; then one past form ("repeated",
    "reiterated") may be the sentence's own."""
    from brief.inflection import past_form

    lists = lexicon.words()

    def unsaid(text: str) -> list[str]:
        return [w for w in text.split() if w not in lists.speech and w != "that"]

    own, other = unsaid(worded), " " + " ".join(unsaid(kept)) + " "
    if len(own) <= REPEAT_WORDS:
        return False
    if f" {' '.join(own)} " in other:
        return True
    return any(
        f" {' '.join(own[:at] + own[at + 1 :])} " in other
        for at, word in enumerate(own)
        if past_form(word)
    )


def _runs_on_from(text: str, kept: str) -> bool:
    """Whether `text` is `kept` without its closing stop, then a capitalised word."""
    body = kept.rstrip().rstrip(".!?\"”’'")
    at = text.find(body)
    return at >= 0 and re.match(r"\s+[A-Z]", text[at + len(body) :]) is not None
