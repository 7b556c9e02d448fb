"""Pick the kept sentences from a ranking, never leaving one dangling.

A sentence that opens by pointing back ("He noted that...", "However, ...", "These
demands include...") reads as nonsense without the sentence before it. When the ranking
picks one, its antecedent (the previous sentence of the same source) comes along, placed
just before it and counted in the budget; when the budget cannot take both, or the
antecedent chain is too long, the sentence is skipped.

Opening "It" counts as pointing back even in "It is thought that ...": telling the
expletive "it" from the referring one needs a parser, and the price of a false alarm is
small (the previous sentence comes along, or the next-best sentence is taken) while a
miss leaves the reader with an unresolved reference.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from brief.models import Ranking, Sentence

_OPENERS = (
    # pronouns and determiners that refer back
    "he|she|it|they|him|her|them|his|hers|its|their|theirs|this|these|those|that|such"
    "|both|neither|either|another|others|the latter|the former|the same|the other"
    # discourse connectives that continue an argument
    "|however|but|and|or|nor|also|meanwhile|still|yet|instead|moreover|furthermore"
    "|besides|nevertheless|nonetheless|therefore|thus|hence|so(?! far)|then|otherwise|likewise"
    "|similarly|additionally|consequently|accordingly|indeed|in addition|as a result"
    "|on the other hand|by contrast|in contrast|in fact|even so|after that|at the same time"
    "|in turn|for his part|for her part|for their part|that said|even then"
)
_DANGLING = re.compile(rf"^[\s\"'“”‘’«»(\[—–-]*(?:{_OPENERS})(?![\w'’-])", re.IGNORECASE)
# "Earlier, she told ...", "On Monday, they said ...": a short opening phrase, then a
# pronoun that still points back.
_AFTER_OPENER = re.compile(
    r"^[\s\"'“‘(]*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+"
    r"(?:he|she|they|it|his|her|their|its|this|these|those)(?![\w'’-])"
)
MAX_CHAIN = 2  # antecedents a sentence may bring along (itself dangling: one more)


def continues_quote(text: str) -> bool:
    """The tail of a quote opened in the sentence before ('... for casualties," she said.'):
    its first double quote closes rather than opens."""
    close, opening = text.find("”"), text.find("“")
    if close != -1 and (opening == -1 or close < opening):
        return True
    first = text.find('"')
    return first > 0 and not text[first - 1].isspace() and text[first - 1] not in "([{—–-"


def is_dangling(text: str) -> bool:
    """Does the sentence open with a word, or sit inside a quote, that needs the sentence
    before it?"""
    return (
        _DANGLING.match(text) is not None
        or _AFTER_OPENER.match(text) is not None
        or continues_quote(text)
    )


def _previous(sentences: Sequence[Sentence]) -> list[int | None]:
    """Position of each sentence's antecedent: the previous sentence of its source."""
    where = {(s.source, s.index): i for i, s in enumerate(sentences)}
    return [where.get((s.source, s.index - 1)) for s in sentences]


def _needs(sentence: Sentence) -> bool:
    return sentence.index > 1 and is_dangling(sentence.text)


def unresolved(sentences: Sequence[Sentence], kept: Sequence[int]) -> list[int]:
    """The kept positions left dangling: their antecedent is not kept before them."""
    previous = _previous(sentences)
    seen: set[int] = set()
    bad = []
    for pos in kept:
        antecedent = previous[pos]
        if _needs(sentences[pos]) and (antecedent is None or antecedent not in seen):
            bad.append(pos)
        seen.add(pos)
    return bad


def select(sentences: Sequence[Sentence], ranking: Ranking, count: int) -> tuple[int, ...]:
    """Positions of the kept sentences, best first; an antecedent directly precedes its
    dependent sentence."""
    previous = _previous(sentences)
    kept: list[int] = []
    chosen: set[int] = set()
    for pos in ranking.order:
        if len(kept) >= count:
            break
        if pos in chosen:
            continue
        chain = _chain(sentences, previous, chosen, pos)
        if chain is None or len(kept) + len(chain) > count:
            continue
        kept.extend(chain)
        chosen.update(chain)
    return tuple(kept)


def _chain(
    sentences: Sequence[Sentence],
    previous: list[int | None],
    chosen: Collection[int],
    pos: int,
) -> list[int] | None:
    """`pos` with the antecedents it needs, earliest first; None when none will do."""
    chain = [pos]
    while _needs(sentences[chain[0]]):
        antecedent = previous[chain[0]]
        if antecedent is not None and antecedent in chosen:
            break
        if antecedent is None or len(chain) > MAX_CHAIN:
            return None
        chain.insert(0, antecedent)
    return chain
