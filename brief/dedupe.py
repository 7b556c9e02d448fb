"""Near-duplicate sentences across articles (the same agency copy in two papers).

Two sentences are the same when their word 3-shingles overlap by Jaccard >= 0.7.
Candidates come from an inverted index over shingles, so the cost stays near
linear in the number of sentences instead of comparing every pair. Only a prefix of
each sentence's shingles is looked up (prefix filtering, as in set-similarity joins):
a sentence sharing 70% of the shingles must share one of any 30% + 1 of them, so the
rarest ones suffice and a common phrase does not pull in dozens of candidates.

Shingles are numbered in plain Python up to a few thousand sentences, with numpy above.
numpy's import costs more than the whole grouping at that size, and the grouping is the
extraction child's first work (brief.pipeline), which needs numpy for nothing else.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Hashable, Sequence
from functools import cache
from itertools import count
from typing import Protocol

from brief.extract.lexicon import alternation, month_names, weekday_names
from brief.models import Sentence

THRESHOLD = 0.7
_WORD = re.compile(r"\w+")
# The figures a sentence gives, however its thousands are written: "1,200", "1200" and
# tokenised copy's "1, 000" are one; "1.5" is not "15", and "March 3, 2015" gives two.
_THOUSANDS = re.compile(r"(?<=\d)[,.]\s?(?=\d{3}(?!\d))")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_COMMON = 50  # a shingle in more sentences than this is boilerplate, not evidence
# Up to this many sentences, shingles are numbered without numpy (see the docstring):
# measured, plain Python takes 0.02 s for 1,600 sentences (numpy 0.015 s after its import
# of 0.04 s), 0.11 s for 6,400 (numpy 0.065 s).
PLAIN_UNTIL = 4_000


class _Numbered(Protocol):
    """What the grouping reads of the shingles: per text, how many it has, how many of
    them an earlier text has, all of them (`of`), and per text the shingles worth
    indexing (`worth_indexing`): those a later text has, of the texts compared."""

    sizes: list[int]
    seen_before: list[int]

    def of(self, k: int) -> frozenset[Hashable]: ...

    def worth_indexing(self, compared: Sequence[int]) -> dict[int, Collection[Hashable]]: ...


class _PlainShingles:
    """The shingles of a few thousand texts as tuples of words, in sets (see _Numbered).
    A text of fewer than three words is one shingle of its own kind (a string).

    Which shingles an earlier text has, and which a later one, come from passes of set
    operations over the texts, forward and back (C loops: a count of every shingle, then
    a Python loop over them, took a third longer); the pass back only over the shingles
    of the texts compared. Only a later text looks a text's shingles up, so the ones only
    an earlier text shares need no index."""

    def __init__(self, texts: Sequence[str]) -> None:
        words = [_WORD.findall(text.lower()) for text in texts]
        self._sets: list[frozenset[Hashable]] = [
            frozenset(zip(ws, ws[1:], ws[2:], strict=False) if len(ws) >= 3 else (" ".join(ws),))
            for ws in words
        ]
        self.sizes = list(map(len, self._sets))
        self.seen_before: list[int] = []
        seen: set[Hashable] = set()
        for keys in self._sets:
            # those it adds are those no earlier text has: no set of the others is made
            before = len(seen)
            seen |= keys
            self.seen_before.append(len(keys) - (len(seen) - before))

    def of(self, k: int) -> frozenset[Hashable]:
        return self._sets[k]

    def worth_indexing(self, compared: Sequence[int]) -> dict[int, Collection[Hashable]]:
        """Per text, its shingles that a later text has and one of `compared` too."""
        wanted = frozenset().union(*(self._sets[k] for k in compared))
        found: dict[int, Collection[Hashable]] = {}
        seen: set[Hashable] = set()
        for k in range(len(self._sets) - 1, -1, -1):
            keys = self._sets[k] & wanted
            if keys:
                if later := keys & seen:
                    found[k] = later
                seen |= keys
        return found


class _Shingles:
    """The distinct word 3-shingles of every text, numbered, and where each one occurs.

    Words become ids in one dictionary; the shingles of all texts are then numbered at
    once with numpy (a pair of word ids, then the pair and the third word), so no string,
    tuple or set is built per shingle. A text of fewer than three words is one shingle of
    its own kind. Sets are made only for the few texts that are compared."""

    def __init__(self, texts: Sequence[str]) -> None:
        import numpy as np

        tokens = _words_and_ends(texts)
        # A word's id is where it first occurs, one dictionary pass in C: ids in the
        # order of first occurrence, as the codes below need, only not dense.
        vocabulary: dict[str, int] = {}
        ids = np.fromiter(map(vocabulary.setdefault, tokens, count()), np.int64, len(tokens))
        is_end = ids == vocabulary[_END]
        text_ends = np.flatnonzero(is_end)
        counts = np.diff(text_ends, prepend=-1) - 1
        word_ids = ids[~is_end]
        # A shingle starts at every word that has two more words after it in its text.
        owner = np.repeat(np.arange(len(texts)), counts)
        ends = np.cumsum(counts)
        at = np.flatnonzero(np.arange(len(word_ids)) < (ends - 2)[owner])
        width = len(tokens)
        first, second, third = word_ids[at], word_ids[at + 1], word_ids[at + 2]
        if width < 1 << 21:  # three ids in one int64
            codes = (first * width + second) * width + third
        else:  # number the pairs first
            pairs = np.unique(first * width + second, return_inverse=True)[1].ravel()
            codes = pairs.astype(np.int64) * width + third
        # A text of fewer than three words is one shingle of its own: a negative code.
        short = np.flatnonzero(counts < 3)
        joined = [
            " ".join(tokens[end - size : end])
            for end, size in zip(text_ends[short].tolist(), counts[short].tolist(), strict=True)
        ]
        short_codes = dict.fromkeys(joined, 0)
        for number, key in enumerate(short_codes):
            short_codes[key] = -1 - number
        # Every code in the order of the texts: a short text's one code where it stands.
        holders = owner[at]
        where = np.searchsorted(holders, short)
        codes = np.insert(
            codes, where, np.fromiter(map(short_codes.__getitem__, joined), np.int64, len(joined))
        )
        holders = np.insert(holders, where, short)
        # Distinct (shingle, text) pairs, by shingle then text (a stable sort: the texts
        # of one code stay in order).
        order = np.argsort(codes, kind="stable")
        by_code, holding_texts = codes[order], holders[order]
        new_code = np.r_[True, by_code[1:] != by_code[:-1]]
        keep = new_code | np.r_[True, holding_texts[1:] != holding_texts[:-1]]
        numbers = np.cumsum(new_code) - 1  # shingles numbered 0, 1, ... by code
        # How many shingles each text has, and how many of them some earlier text has.
        sizes = np.bincount(holding_texts[keep], minlength=len(texts))
        self.sizes: list[int] = sizes.tolist()
        self.seen_before: list[int] = np.bincount(
            holding_texts[keep & ~new_code], minlength=len(texts)
        ).tolist()
        # Back in the texts' order (no second sort), each text's shingles once.
        kept = np.empty_like(keep)
        kept[order] = keep
        number_of = np.empty_like(numbers)
        number_of[order] = numbers
        self.shingle_of = number_of[kept]
        self.bounds = np.r_[0, np.cumsum(sizes)]
        # Each text's shingles that another text has too: the only ones worth indexing.
        holding = np.bincount(numbers[keep])  # texts a shingle
        self._shared = holding[self.shingle_of] >= 2
        self._text_of = holders[kept]  # whose each of shingle_of is
        self._sets: dict[int, frozenset[int]] = {}

    def of(self, k: int) -> frozenset[int]:
        found = self._sets.get(k)
        if found is None:
            found = frozenset(self.shingle_of[self.bounds[k] : self.bounds[k + 1]].tolist())
            self._sets[k] = found
        return found

    def worth_indexing(self, compared: Sequence[int]) -> dict[int, Collection[Hashable]]:
        """Per text, its shingles that another text has and one of `compared` too."""
        import numpy as np

        asked = np.zeros(len(self.sizes), dtype=bool)
        asked[np.asarray(compared, dtype=np.int64)] = True
        wanted = np.zeros(len(self._shared), dtype=bool)  # more than there are shingles
        wanted[self.shingle_of[asked[self._text_of]]] = True
        keep = self._shared & wanted[self.shingle_of]
        texts, keys = self._text_of[keep], self.shingle_of[keep].tolist()
        held = np.bincount(texts, minlength=len(self.sizes))
        bounds = np.r_[0, np.cumsum(held)].tolist()
        # (the texts holding any, by their counts: NumPy 2's np.unique of a plain array
        # builds a hash set, ten times slower than a sort here, numpy#31969)
        return {k: keys[bounds[k] : bounds[k + 1]] for k in np.flatnonzero(held).tolist()}


# What follows each text's words in `_words_and_ends`: no word character, so no word
# holds it, and not a letter, so lower-casing every text at once reads each word as
# lower-casing it alone does (a final sigma ends where a text ends).
_END = "\x00"
_WORD_OR_END = re.compile(r"\w+|\x00")


def _words_and_ends(texts: Sequence[str]) -> list[str]:
    """The lower-case words of all texts, in one list, each text's followed by _END: one
    findall over all the texts, not one a text as _PlainShingles does. Measured at 25,000
    sentences, with the single sort below: _Shingles 0.44 -> 0.36 s of CPU for about the
    same instructions (callgrind); what goes is memory traffic, a list a text and their
    flat copy."""
    joined = _END.join([*texts, ""])
    if joined.count(_END) != len(texts):  # a text holds it: not a word character either
        joined = _END.join([*(text.replace(_END, " ") for text in texts), ""])
    return _WORD_OR_END.findall(joined.lower())


@cache
def _named_day() -> re.Pattern[str]:
    """A weekday's or a month's name as a date gives it, capitalised ("Tuesday", "May"):
    a day a sentence names, which a copy gives as it does its figures."""
    names = alternation(name.capitalize() for name in weekday_names() | month_names())
    return re.compile(rf"\b(?:{names})\b")


class _Numbers:
    """The numbers and the named days each text states, worked out when first asked for."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._found: dict[int, Counter[str]] = {}

    def of(self, k: int) -> Counter[str]:
        found = self._found.get(k)
        if found is None:
            text = _THOUSANDS.sub("", self._texts[k])
            found = Counter(_NUMBER.findall(text)) + Counter(_named_day().findall(text))
            self._found[k] = found
        return found

    def agree(self, one: int, other: int) -> bool:
        """Whether one text's numbers and named days are all the other's: a copy may
        leave a figure or a day out, but not give another ("36 people died" for 32; "The
        next update will be issued at 8 a.m. Wednesday" for "... Tuesday", which had
        been cited as one sentence, r70 F17)."""
        mine, theirs = self.of(one), self.of(other)
        return mine <= theirs or theirs <= mine


def _label_again(sentences: Sequence[Sentence], later: int, earlier: int) -> bool:
    """Whether the later sentence is a line of its own ending in a colon that its own
    source wrote before: a record's speaker label ("MP Jane Roe:") over each of her
    turns, which brings in new words, not a copy of the old ones. Dropped, the turn under
    it had read as the previous speaker's words, or no one's."""
    one, other = sentences[later], sentences[earlier]
    if one.source != other.source or not one.text.rstrip().endswith(":"):
        return False
    after = sentences[later + 1] if later + 1 < len(sentences) else None
    before = sentences[later - 1] if later else None
    return all(
        near is None or near.source != one.source or near.paragraph != one.paragraph
        for near in (before, after)
    )


def group_duplicates(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Groups of positions; the first of each group (earliest source) is the one kept.

    A sentence joins the group of the kept sentence it shares most evidence shingles with
    (ties: the earliest) among those at Jaccard >= THRESHOLD whose numbers agree (one's
    are all the other's), and only a kept sentence is looked up by later ones. An update
    of a wire story ("In Poland, 36 people died" for 32) is another fact, not a copy: a
    bullet of the group cites every member, and so cited a sentence its number
    contradicts. Only the first _COMMON + 1 kept sentences with a shingle are looked up by
    it: a shingle in more is boilerplate, not evidence.
    """
    if not sentences:
        return []
    texts = [s.text for s in sentences]
    shingles: _Numbered = (_PlainShingles if len(texts) <= PLAIN_UNTIL else _Shingles)(texts)
    # Kept sentences by shingle. A list stops at _COMMON + 1 entries: past _COMMON the
    # shingle is boilerplate and never read again, so storing more would only cost memory.
    # A shingle no other sentence has is never looked up, so it is not indexed.
    index: dict[Hashable, list[int]] = {}
    owner = list(range(len(sentences)))  # position -> kept position of its group
    # The union is at least len(sh), so a match shares at least this many shingles, each
    # one an earlier sentence has: a sentence with fewer has no match (most), and that is
    # known before any is compared. So only the shingles of the sentences compared are
    # ever looked up, and only they are indexed (at 25,000 sentences, 61,000 entries of
    # 148,000, and 13,700 sentences to visit): the same groups, in 40% less time.
    sizes, seen_before = shingles.sizes, shingles.seen_before
    least = [math.ceil(THRESHOLD * size - 1e-9) for size in sizes]
    compared = [i for i, seen in enumerate(seen_before) if seen >= least[i] and seen]
    indexed = shingles.worth_indexing(compared)
    asked = set(compared)
    numbers = _Numbers(texts)
    for i in sorted(asked.union(indexed)):
        needed = least[i]
        if i in asked:
            sh = shingles.of(i)
            evidence = sorted((len(index.get(g, ())), g) for g in sh)
            evidence = [(size, g) for size, g in evidence if size <= _COMMON]
            if evidence and len(evidence) >= needed:
                usable = frozenset(g for _, g in evidence)
                prefix = evidence[: len(evidence) - needed + 1]
                candidates = sorted({j for _, g in prefix for j in index.get(g, ())})
                best: tuple[int, int] | None = None  # (shared, j): most shared, then earliest
                for j in candidates:
                    other = shingles.of(j)
                    shared = len(usable & other)
                    union = len(sh) + len(other) - shared
                    passes = shared >= needed and shared / union >= THRESHOLD
                    if passes and (best is None or shared > best[0]) and numbers.agree(i, j):
                        best = (shared, j)
                if best is not None and not _label_again(sentences, i, best[1]):
                    owner[i] = owner[best[1]]
        if owner[i] == i:
            for g in indexed.get(i, ()):
                kept = index.setdefault(g, [])
                if len(kept) <= _COMMON:
                    kept.append(i)
    groups: dict[int, list[int]] = {}
    for i, kept_at in enumerate(owner):
        groups.setdefault(kept_at, []).append(i)
    return list(groups.values())
