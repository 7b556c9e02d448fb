"""A sentence's words as the classifier reads them: its tokens, their stems, and which
are a name's later words.

The cue matcher and the reading of actors ask for the same words of the same sentences,
so they are tokenised and stemmed once here, and remembered for the sentences read last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.lexicon import WordMemo, words
from brief.inflection import inflection_key
from brief.rank.text import stop_words

_TOKEN_RE = re.compile(r"[a-z0-9]+")


# word -> its inflection key: a cue matches the inflected forms of its word, not every
# word a stemmer would fold into it ("mobile" is no "mobilize"); see brief.inflection.
STEMS = WordMemo(inflection_key)


def stem_all(words: Sequence[str]) -> list[str]:
    """The stems of a sentence's words: one dictionary look-up a known word."""
    return list(map(STEMS.__getitem__, words))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; "n't" becomes "not" so negation is one rule."""
    low = text.lower().replace("\u2019", "'").replace("n't", " not")
    return _TOKEN_RE.findall(low)


def compounded(text: str, pos: int, size: int) -> bool:
    """Whether `tokens`(text)[pos] is the later part of a hyphenated word ("the
    Redut-Sever company", "a long-promised loan"): part of a word that names or qualifies,
    no predicate of the clause. `size`: how many words the caller reads the text as (one
    more than its tokens where it holds a word the text does not write: then no word is
    asked about)."""
    if "-" not in text:
        return False  # most sentences
    low = text.lower().replace("\u2019", "'").replace("n't", " not")
    found = list(_TOKEN_RE.finditer(low))
    if len(found) != size or not 0 <= pos < size:
        return False
    start = found[pos].start()
    return start >= 2 and low[start - 1] == "-" and low[start - 2].isalnum()


# Punctuation between two words that ends a clause or sets a phrase apart: a comma (not
# one between a number's digit groups), a semicolon, a colon, a bracket or a dash.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|--|\s-\s")
_DIGIT_GROUP = re.compile(r",\Z")


def clause_breaks(text: str) -> dict[int, str]:
    """The positions (as `tokens` counts them) of the words a clause's punctuation stands
    before, with what stands between the word and the one before it: the words alone do
    not say where the clauses of "Tehran rejected the proposal, and Brent rose" meet."""
    low = text.lower().replace("\u2019", "'").replace("n't", " not")
    found = list(_TOKEN_RE.finditer(low))
    breaks = {}
    for k in range(1, len(found)):
        gap = low[found[k - 1].end() : found[k].start()]
        if not gap.strip() or not _CLAUSE_BREAK.search(gap):
            continue
        if (
            _DIGIT_GROUP.fullmatch(gap)
            and found[k - 1].group().isdigit()
            and found[k].group().isdigit()
        ):
            continue
        breaks[k] = gap
    return breaks


# The `tokens` of the texts read last, not to be changed by their readers. A sentence is
# read for its cues (`_scores`), then often again for its actors (`_Actors.kinds`) and its
# subject (`pronoun_subject`), and the next few sentences read it once more for what they
# refer back to: at 25,000 sentences, 38,472 tokenisations were of 28,300 distinct texts.
# Those readings come close together, so a few hundred texts are enough to keep. (With
# the lookbehind of references' _TITLE: classify 3.5% fewer instructions on c25000's
# first 5,000 sentences, 3.2% on the inbox's.)
RECENT_TOKENS = WordMemo(tokens, kept=512)


_CASED_TOKEN = re.compile(r"[A-Za-z0-9]+")
_NAME_GAP = re.compile(r"[ \u00a0]+|[ \u00a0]*[&-][ \u00a0]*")
# Two _CASED_TOKENs in a row that both start with a capital: the whole of the first, what
# stands between them, and the first letter of the second. (The capital first, and what
# stands before it tested after it, so `re` skips to the capitals.)
_CAPITALISED_PAIR = re.compile(r"[A-Z](?<![A-Za-z0-9].)[A-Za-z0-9]*[^A-Za-z0-9]+[A-Z]")


def inside_names(text: str, size: int | None = None, *, connected: bool = False) -> frozenset[int]:
    """The positions (as `tokens` counts them) of capitalised words that continue a
    capitalised word before them: a name's later words ("Bank" in "South Bank Show",
    "Food" in "Big Food", "Storm" in "Operation Desert Storm") name it, they report no
    event. None in a title-case or upper-case text ("Army Moves Tanks To Border").
    `size`: how many `tokens` the text has, when known. `connected`: instead, those after
    a name's connector (words.toml's `connectors`: "Torture" in "Committee against
    Torture", "Energy" in "Department of Energy"), which tell what the name is about."""
    low = _cased(text)
    if text[1:].islower() or not (connected or _may_pair(text, low)):
        return frozenset()
    found = list(_CASED_TOKEN.finditer(low))
    # a character whose lower case is another length, or a scoreline among the tokens
    if len(found) != (len(tokens(text)) if size is None else size):
        return frozenset()
    written = [m.group() for m in found]
    capitalised = [w[0].isupper() for w in written]
    # capitalised words after capitalised words, next to them or after a connector (the
    # capitalised word's place: k - 1 or k - 2); most sentences have none or few
    links = _connectors()
    pairs = [
        (k, k - 2) if connected else (k, k - 1)
        for k in range(1, len(found))
        if capitalised[k]
        and (
            (k > 1 and capitalised[k - 2] and written[k - 1] in links)
            if connected
            else capitalised[k - 1]
        )
    ]
    if not pairs:
        return frozenset()
    function_words = function_word_set()
    if any(w.istitle() and w.lower() in function_words for w in written[1:]) or 2 * sum(
        len(w) > 1 and w.isupper() for w in written
    ) > len(written):
        return frozenset()  # a title-case or upper-case headline: every word is capitalised
    return frozenset(
        k
        for k, head in pairs
        if written[head].lower() not in function_words  # "The", "In": a sentence's first word
        and all(
            _NAME_GAP.fullmatch(low, found[j - 1].end(), found[j].start())
            for j in range(head + 1, k + 1)
        )
    )


@cache
def _connectors() -> frozenset[str]:
    """The lower-case words that join a name's capitalised words ("of", "for", "against")."""
    return frozenset(words()["connectors"])


def _cased(text: str) -> str:
    """The text with "n't" written out as `tokens` does, in its own case."""
    return text.replace("\u2019", "'").replace("n't", " not").replace("N'T", " NOT")


def _may_pair(text: str, cased: str) -> bool:
    """Whether the text may hold a capitalised word right after another (`cased` is
    `_cased(text)`): not when no capital follows its first letter (islower says so in C),
    nor when one search, in C, finds no pair."""
    return not text[1:].islower() and _CAPITALISED_PAIR.search(cased) is not None


class NameWords:
    """`inside_names` of a sentence, worked out only when a word asked about is a
    capitalised word after a capitalised one: a cue's word rarely is, and the words as
    written, one search in C, say so."""

    def __init__(self, text: str, size: int) -> None:
        self.text = text
        self.size = size  # how many `tokens` the text has
        self.cased = _cased(text)
        self.written = _CASED_TOKEN.findall(self.cased) if _may_pair(text, self.cased) else None
        self.inside: frozenset[int] | None = None
        self.connected: frozenset[int] | None = None

    def __contains__(self, pos: int) -> bool:
        written = self.written
        if (
            written is None
            or len(written) != self.size  # inside_names finds none then
            or pos < 1
            or not (written[pos][0].isupper() and written[pos - 1][0].isupper())
        ):
            return False
        if self.inside is None:
            self.inside = inside_names(self.text, self.size)
        return pos in self.inside

    def after_connector(self, pos: int) -> bool:
        """Whether the word at `pos` is a name's, after its connector ("Committee against
        Torture")."""
        if self.connected is not None:
            return pos in self.connected
        written = self.written or _CASED_TOKEN.findall(self.cased)
        if (
            len(written) != self.size
            or pos < 2
            or not (written[pos][0].isupper() and written[pos - 2][0].isupper())
            or written[pos - 1] not in _connectors()
        ):
            return False
        self.connected = inside_names(self.text, self.size, connected=True)
        return pos in self.connected


@cache
def function_word_set() -> frozenset[str]:
    return stop_words("english") | words()["count_ends"]


def matches_at(stems: Sequence[str], pos: int, phrase: tuple[str, ...]) -> bool:
    return tuple(stems[pos : pos + len(phrase)]) == phrase


def goes_on(words: Sequence[str], pos: int, rest: tuple[str, ...]) -> bool:
    """Whether the stems of the words after words[pos] are `rest` (a phrase's stems after
    its first)."""
    return tuple(map(STEMS.__getitem__, words[pos + 1 : pos + 1 + len(rest)])) == rest
