"""A sentence's tokens, made once and shared: every rule about names reads them.

Every sentence is read, so what is done per word is done in C where it can be: the tokens
are zipped from the pattern's matches (`_tokenised`). Making the tokens is still about
30% of reading the actors (callgrind, 1,601 sentences): most of it is making the objects
themselves, one string and one tuple a word. Several readers tokenise the same sentence
(the actors, the rules that weigh its names, the quotes' search for people), so its
tokens are kept (`_Tokenised`) until `forget_tokens` says a new text is read.

The tokens are made so that no name is cut in two: glued initials ("D.B.Ganbold") are
tokens of their own, and a quoted nickname inside a name or a gloss in another script in
brackets is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat
from re import Match
from typing import NamedTuple

from brief.extract.actors.word_knowledge import common_word
from brief.extract.lexicon import WordMemo, words

# (Initials written against the name, as Mongolian and Russian copy does, "D.Ganbold" and
# "D.B.Ganbold", are tokens of their own, as in "D. B. Ganbold": initials and a surname.)
# An initial, a slash and a word are one word: Ethiopian copy writes a name's first
# element short so ("Tekle W/Mariam", "G/Egziabher") and so its honorifics ("W/ro").
# A lower-case letter, a slash and a letter are one word too: Malaysian and Singaporean
# copy links an Indian name's given name to the father's so ("Ravindran a/l Subramaniam",
# son of; "a/p", daughter of), which words.toml's particles hold.
# (No token opens on a space, which the lookahead skips at once: each alternative had
# been tried there in turn, one space a word; 14% less CPU for the pattern.)
TOKEN_RE = re.compile(
    r"(?=\S)(?:"
    r"[A-Z]/[^\W\d_]+(?![\w/])"
    r"|(?<![\w/])[a-z]/[a-z](?![\w/])"
    r"|[^\W\d_](?=\.(?:[^\W\d_]\.)*[^\W\d_][^\W\d_]*[a-z])"
    r"|[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d(?:[\d,.]*\d)?|[^\w\s])"
)
INITIALS_RE = re.compile(r"(?:[A-Z]\.)*[A-Z]\.?")  # "E", "E.", "T.V", "T.V.": use fullmatch
_GLUED_INITIALS_RE = re.compile(r"^((?:[A-Z]\.)+)(?=[A-Z][a-z])")


def initials_apart(name: str) -> str:
    """A name as it reads with its glued initials set apart: "D.B.Ganbold" is "D.B.
    Ganbold", so that its last word is the surname, as in "D. B. Ganbold"."""
    return _GLUED_INITIALS_RE.sub(r"\1 ", name)


Spans = Sequence[tuple[int, int]]


class Token(NamedTuple):
    """A word or mark of a sentence (a tuple: one is made for every word of every sentence)."""

    text: str
    start: int
    end: int
    base: str  # lower case, without a possessive: what the word lists are searched for

    @property
    def possessive(self) -> bool:
        return self.text.endswith(_POSSESSIVE_ENDS)


_POSSESSIVE_ENDS = ("'s", "'S", "’s", "’S")


def base_of(word: str) -> str:
    low = word.lower().replace("’", "'")
    base = low[:-2] if low.endswith("'s") else low
    if word[: len(base)].isupper() and base in words()["relative_pronouns"]:
        # "WHO's health coordinator": a pronoun in capitals is a body's initials (the
        # World Health Organization), never the pronoun
        return word[: len(base)]
    return base


# The rules ask for the base of the words around every capitalised word, again and again.
BASES = WordMemo(base_of)


def tokens(text: str) -> list[Token]:
    """The sentence's tokens. The list is shared by every reader of the sentence (see
    _Tokenised): read it, never change it."""
    return _TOKENISED[text]


def forget_tokens() -> None:
    """A new text is read: the tokens kept of the last one's sentences go."""
    _TOKENISED.clear()


def _tokenised(text: str) -> list[Token]:
    """Each word, its span and its base are read from the matches by `map` over method
    descriptors, and zipped into Tokens by `tuple.__new__` (which skips NamedTuple's
    Python-level __new__), so no Python code runs per word: 6.4% fewer instructions than
    a loop per word over findall (with `find` for each word's start), 264.9 M -> 247.9 M
    for the 1,601-sentence text (callgrind)."""
    found = list(TOKEN_RE.finditer(text))
    texts = list(map(Match.group, found))
    fields = zip(
        texts,
        map(Match.start, found),
        map(Match.end, found),
        map(BASES.__getitem__, texts),
        strict=True,
    )
    toks = list(map(tuple.__new__, repeat(Token), fields))
    if "(" in text and not text.isascii():
        toks = _without_glosses(toks)
    if "s'" in text or "s’" in text:
        toks = _with_plural_possessives(toks)
    return _without_nicknames(toks) if _NICKNAME.search(text) else toks


def _with_plural_possessives(toks: list[Token]) -> list[Token]:
    """The tokens with a plural noun's possessive mark joined to it before a capitalised
    word ("the Dock Workers' Union", "the Reporters’ Freedom Committee",
    "Cartoonists' Collective"): a body's name runs on through it, as through "Workers
    Union". Only a noun's plural, which English writes in lower case too ("workers",
    "writers", "-ists"), not a surname's ("Charles Dickens' Bleak House": the mark ends
    his name); elsewhere the mark stays a quote's."""
    out: list[Token] = []
    n = 0
    while n < len(toks):
        tok = toks[n]
        if (
            n + 2 < len(toks)
            and tok.text[:1].isupper()
            and tok.text.endswith("s")
            and toks[n + 1].text in {"'", "’"}
            and toks[n + 1].start == tok.end
            and toks[n + 2].start > toks[n + 1].end
            and toks[n + 2].text[:1].isupper()
            and _a_nouns_plural(tok.base)
        ):
            mark = toks[n + 1]
            out.append(Token(tok.text + mark.text, tok.start, mark.end, tok.base))
            n += 2
            continue
        out.append(tok)
        n += 1
    return out


def _a_nouns_plural(base: str) -> bool:
    """A plural English writes in lower case, or whose singular it does or ends in "-ist"
    ("workers", "nurses", "cartoonists"); not a surname ("Dickens", "Walters")."""
    singular = base[:-1]
    return common_word(base) or common_word(singular) or singular.endswith("ist")


# A nickname quoted between a given name and a surname: Armand “Bong” Dizon, Wiroj 'Boy'
# Chanthawong, Juan “El Flaco” Pérez (up to NICKNAME_WORDS words).
NICKNAME_WORDS = 3
_QUOTED_NICKNAME = rf" [“\"‘'][A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,{NICKNAME_WORDS - 1}}}[”\"’'] "
_NICKNAME = re.compile(rf"[A-Z][\w.'’-]*{_QUOTED_NICKNAME}[A-Z]")
# The nickname alone, for a name's written form: "Rolando Mercado".
NICKNAME_INSIDE = re.compile(_QUOTED_NICKNAME)
# Quotation marks (name_role reads them too), and what may stand before a sentence's
# first word (thing_evidence too), which the nickname rule reads as a nickname's opening
# marks: the one-module names.py set OPENING_MARKS to '“"‘' here, then bound it again,
# further down, to this set, and the later binding is the one its rules ran with.
QUOTE_OPENS = frozenset("\"'“‘«")
QUOTE_CLOSES = frozenset("\"'”’»")
OPENING_MARKS = QUOTE_OPENS | {"("}  # what may stand before a sentence's first word
_CLOSING_MARKS = frozenset("”\"’'")


def _without_nicknames(toks: list[Token]) -> list[Token]:
    """The tokens less a quoted nickname inside a name ("Rolando “Boyet” Mercado",
    Rappler's and American style; "Walter 'El Chele' Guardado"): the name is the given
    name and the surname, and the quotes' marks had cut it in two ("Armand" alone, and
    "Mercado")."""
    out: list[Token] = []
    n = 0
    while n < len(toks):
        close = _nickname_end(toks, n) if out and _name_word_ends(out) else None
        if close is not None:
            n = close + 1
            continue
        out.append(toks[n])
        n += 1
    return out


def _name_word_ends(out: list[Token]) -> bool:
    """The tokens kept so far end in a capitalised word, or in a given name written short
    with its stop ("Jose Ma. “Pepito” Dimaculangan", "Md. “Babu” Rahman"): the quoted
    nickname may follow it. Not an acronym's stop ("U.S."), which a name does not take."""
    if out[-1].text[:1].isupper():
        return True
    return (
        len(out) >= 2
        and out[-1].text == "."
        and out[-2].text[:1].isupper()
        and not out[-2].text.isupper()
    )


def _nickname_end(toks: list[Token], start: int) -> int | None:
    """Where the closing mark is of a quoted nickname opening at toks[start], when
    capitalised words fill it and a capitalised word (the surname) follows it."""
    if toks[start].text not in OPENING_MARKS:
        return None
    for close in range(start + 2, min(start + 2 + NICKNAME_WORDS, len(toks) - 1)):
        if toks[close].text in _CLOSING_MARKS:
            inside = toks[start + 1 : close]
            if all(t.text[:1].isupper() for t in inside) and toks[close + 1].text[:1].isupper():
                return close
            return None
    return None


_LATIN = re.compile(r"[A-Za-z0-9]")


def _without_glosses(toks: list[Token]) -> list[Token]:
    """The tokens less brackets that hold no Latin letter or digit: "Councilor Kao
    Ming-hsun (高明勳) said" gives a name in its own script, as the Taipei Times and the
    Korea Herald do, and the name is beside its verb all the same."""
    out: list[Token] = []
    n = 0
    while n < len(toks):
        if toks[n].text == "(":
            close = next((k for k in range(n + 1, min(n + 8, len(toks))) if toks[k].text == ")"), 0)
            inside = toks[n + 1 : close]
            if close and inside and not any(_LATIN.search(t.text) for t in inside):
                n = close + 1
                continue
        out.append(toks[n])
        n += 1
    return out


class _Tokenised(dict[str, list[Token]]):
    """The tokens of the sentences read so far, each made once. A sentence with a name is
    tokenised to find it (actors._said), then again by the rules that weigh its names
    (mononyms, organisations) and by the quotes' search for people: 2,477 tokenisations
    of 1,597 distinct sentences, 1,517 once kept: 0.03 s of the actors' and quotes' 0.4.
    The first `kept` sentences are kept, later ones are made anew: the readers go back
    over the text from its start, so a memo cleared when full would have dropped the
    sentences they read next. `kept` holds every sentence of a text cut at the default
    --max-sentences (30,000): with the first 4,096 kept, the extraction child re-made
    2,984 of its 18,757 tokenisations at 25,000 sentences (0.18 s); keeping them all
    costs 26 MiB of peak memory there (179 -> 205 MiB, GNU time)."""

    def __init__(self, kept: int) -> None:
        super().__init__()
        self.kept = kept

    def __missing__(self, text: str) -> list[Token]:
        made = _tokenised(text)
        if len(self) < self.kept:
            self[text] = made
        return made


_TOKENISED = _Tokenised(kept=32_768)


def in_spans(start: int, spans: Spans) -> bool:
    return bool(spans) and any(first <= start < end for first, end in spans)
