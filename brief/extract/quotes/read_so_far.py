"""The sentences a story's reader has read so far, kept so that "was it ever said?" is cheap.

Pronouns and namesakes ask, at every bare surname and every "he", whether the story has
said something so far: named a namesake in full, said that someone died. A daily brief's
file can be one story of 25,000 sentences, and reading each of them again in Python for
each such question made the quotes stage grow with the square of the file. Here the
sentences are also kept joined, in blocks, so one question is a few searches in C, and
each pattern's first match is remembered with how far it was searched, so that no
sentence is searched twice for one pattern.

Each match the joined text gives is confirmed on its own sentence, so the answers are
those of searching sentence by sentence, for patterns without anchors (^, $), which is
what the readers ask.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

# Sentences per joined block: big enough that a search is mostly C, small enough that the
# sentences not yet in a block are few.
_BLOCK = 256

# A search of a text from a position: where it finds something, or None.
Search = Callable[[str, int], "int | None"]


class ReadSoFar:
    """The sentences read, in order; `texts` is the list of them (read it, never change it)."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        # each full block: its sentences joined by "\n", and where each of them starts
        self._blocks: list[tuple[str, list[int]]] = []
        # a pattern -> (how many sentences were searched, the first that matches, if any)
        self._first: dict[re.Pattern[str], tuple[int, int | None]] = {}
        # a pattern -> (how many sentences were searched, every one that matches)
        self._every: dict[re.Pattern[str], tuple[int, list[int]]] = {}

    def append(self, text: str) -> None:
        self.texts.append(text)
        if len(self.texts) % _BLOCK == 0:
            chunk = self.texts[-_BLOCK:]
            starts, at = [], 0
            for sentence in chunk:
                starts.append(at)
                at += len(sentence) + 1
            self._blocks.append(("\n".join(chunk), starts))

    def first_match(self, pattern: re.Pattern[str]) -> int | None:
        """The index of the first sentence read that `pattern` matches, if any."""
        searched, first = self._first.get(pattern, (0, None))
        if first is None and searched < len(self.texts):
            first = next(self._matching(_match_start(pattern), searched), None)
            self._first[pattern] = (len(self.texts), first)
        return first

    def matching(self, pattern: re.Pattern[str], start: int = 0) -> list[int]:
        """The indices of the sentences from `start` on that `pattern` matches, in order:
        a rare pattern asked again and again (at every namesake) whose sentences are
        searched once, not once per question."""
        searched, found = self._every.get(pattern, (0, []))
        if searched < len(self.texts):
            found = [*found, *self._matching(_match_start(pattern), searched)]
            self._every[pattern] = (len(self.texts), found)
        return found[bisect_left(found, start) :]

    def holding(self, literal: str, start: int = 0) -> Iterator[int]:
        """The indices of the sentences from `start` on that hold `literal`, in order."""

        def find(text: str, position: int) -> int | None:
            at = text.find(literal, position)
            return None if at < 0 else at

        return self._matching(find, start)

    def _matching(self, search: Search, start: int) -> Iterator[int]:
        """The sentences from `start` on where `search` finds something: in the joined
        blocks first, each find confirmed on its sentence alone (a find may run across
        two sentences), then one by one in the sentences no block holds yet."""
        number = start
        while number < len(self.texts):
            block, within = divmod(number, _BLOCK)
            if block == len(self._blocks):
                for rest in range(number, len(self.texts)):
                    if search(self.texts[rest], 0) is not None:
                        yield rest
                return
            joined, starts = self._blocks[block]
            position = starts[within]
            while (found := search(joined, position)) is not None:
                at = bisect_right(starts, found) - 1
                if search(self.texts[block * _BLOCK + at], 0) is not None:
                    yield block * _BLOCK + at
                if at + 1 == len(starts):
                    break
                position = starts[at + 1]
            number = (block + 1) * _BLOCK


def _match_start(pattern: re.Pattern[str]) -> Search:
    """A pattern's search, as where its match starts."""

    def search(text: str, position: int) -> int | None:
        found = pattern.search(text, position)
        return None if found is None else found.start()

    return search
