"""The signature that signs a quotation: a dash, then a name (with its style or title
before it), then, after a comma, the signer's role ("“...” — The Honourable Jane Roe,
Minister of Health"), as a release's "Quotes" block sets it.

One shape for the three places that meet it, so that they agree on what signs: the page
reader joins a dash line under a quotation to it (ingest.layout), the sentence splitter
keeps the signature with the quotation it ends (segment), and the quote reader gives the
quotation to the one person the name is (extract.quotes.story_reader)."""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import alternation, words

DASHES = "-–—"
# A dash and the space after it: a signature's opening, once the sentence splitter has
# cut it from the quotation it signs.
OPENINGS = tuple(f"{dash} " for dash in DASHES)
NAME_WORDS = 8  # a style, a title and the name: few more


@cache
def signature() -> re.Pattern[str]:
    """A dash, then a name of capitalised words (a style, a title, the name, with a name's
    particles: "de", "bin", "van", words.toml's particles) and, after a comma, whatever
    follows: `name` and `role` (None without a comma). Each reader asks of the role what
    it needs."""
    word = rf"(?:[A-Z][\w’'.-]*|{alternation(words()['particles'])})"
    return re.compile(
        rf"\s*[{DASHES}]\s+(?P<name>[A-Z][\w’'.-]*(?:\s+{word}){{0,{NAME_WORDS - 1}}})\s*"
        r"(?:,(?P<role>.*))?",
        re.DOTALL,
    )
