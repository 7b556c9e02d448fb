"""A headline's closing emoji: a decoration, no word of it.

A chat or a social post closes a statement's heading with pictures ("STATEMENT ON ...
📢📢"); they say nothing the words don't. A symbol of the text is a word's, though: a
temperature's degree ("Seville hits 46°"), a trade mark, a number sign. Only emoji go:
what Unicode draws as a picture by default (Emoji_Presentation, with skin tones), or a
pictograph the emoji variation selector asks to be drawn so ("⚠️"), with what joins or
dresses them. The `regex` module keeps Unicode's emoji properties current, so no table
of code points is ours to keep.
"""

from __future__ import annotations

import regex

_CLOSING_EMOJI = regex.compile(
    r"(?:\s*(?:\p{Emoji_Presentation}|\p{Emoji_Modifier}|\p{Extended_Pictographic}\ufe0f"
    # the variation selector, the joiner, the keycap's mark and the tags of a flag
    r"|[\ufe0f\u200d\u20e3\U000E0020-\U000E007F]))+\s*\Z"
)


def without_closing_emoji(title: str) -> str:
    """The headline less the emoji that close it; a headline of nothing else stays."""
    return _CLOSING_EMOJI.sub("", title).rstrip() or title
