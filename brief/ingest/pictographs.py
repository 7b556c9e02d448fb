"""A headline's closing emoji: a decoration, no word of it.

A chat or a social post closes a statement's heading with pictures ("STATEMENT ON ...
📢📢"); they say nothing the words don't. A symbol of the text is a word's, though: a
temperature's degree ("Seville hits 46°"), a trade mark, a number sign. Only emoji go
(data/pictographs.toml, after Unicode's emoji data), with what joins or dresses them.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "pictographs.toml"
_SELECTOR = "\ufe0f"  # the emoji variation selector: the symbol before it drawn as a picture


@cache
def _table() -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    with _DATA.open("rb") as handle:
        raw = tomllib.load(handle)
    return _spans(raw["emoji"]), _spans(raw["joiners"])


def _spans(items: list[str]) -> tuple[tuple[int, int], ...]:
    spans = []
    for item in items:
        first, _, last = item.partition("-")
        spans.append((int(first, 16), int(last or first, 16)))
    return tuple(spans)


def _within(character: str, spans: tuple[tuple[int, int], ...]) -> bool:
    point = ord(character)
    return any(first <= point <= last for first, last in spans)


def without_closing_emoji(title: str) -> str:
    """The headline less the emoji that close it; a headline of nothing else stays."""
    emoji, joiners = _table()
    bare = title.rstrip()
    selected = False  # the character before a variation selector is drawn as an emoji
    while bare:
        last = bare[-1]
        if _within(last, joiners):
            selected = selected or last == _SELECTOR
        elif _within(last, emoji) or (selected and unicodedata.category(last) == "So"):
            selected = False
        else:
            break
        bare = bare[:-1].rstrip()
    return bare or title
