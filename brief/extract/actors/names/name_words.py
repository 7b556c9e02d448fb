"""Tests of one word that the name rules share, asked of the same words again and again.

Whether a capitalised word may stand in a name (`is_name_token`: no title, honorific,
listed common word, adverb or describing compound), worked out once a distinct word;
and the kinds of word that open, end or describe a run wherever it is read: a title word,
a number, a superlative, the first word of a sentence or a quotation, a Romance particle,
a people's plural. They are here, apart, so that finding the runs and weighing them can
both ask them without either importing the other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from brief.extract.actors.marks import OPENERS
from brief.extract.actors.names.sentence_tokens import BASES, Spans, Token, in_spans
from brief.extract.actors.roles import is_head, text_heads, use_text_heads
from brief.extract.actors.word_knowledge import common_word, gender
from brief.extract.lexicon import WordMemo, gazetteer, word_values, words
from brief.models import Sentence


@cache
def _never_names() -> frozenset[str]:
    """Lower-case words that never start or continue a name: one set, looked up once a word."""
    w = words()
    return w["not_names"] | role_words() | w["honorifics"] | w["name_modifiers"]


@cache
def role_words() -> frozenset[str]:
    """Title words and their modifiers ("minister", "deputy")."""
    return words()["role_heads"] | words()["role_modifiers"]


def coined_then_words(names: tuple[str, ...] | list[str]) -> bool:
    """ "Balt Gas Link", "Sahel Water Works": a coined word no list knows as a given
    name, then two or more words English writes in lower case, is how a business, a
    utility or an office is named (a brand or a place, then what it does); a person's
    middle names and surname are names, so such a run that speaks is no one's. A word
    after the first that the name list knows as a given name is a middle name, and the
    run a person's: "Adwoa Grace Brown", "Yaw Young King" (a given name the list does not
    know, then a middle name and a surname English also writes in lower case; read as a
    business, West African names had left the people table)."""
    return (
        len(names) >= 3
        and gender(names[0].lower()) is None
        and all(map(common_word, names[1:]))
        and not any(gender(name.lower()) is not None for name in names[1:])
    )


def is_name_token(tok: Token, spans: Spans) -> bool:
    return NAME_WORDS[tok.text] and not in_spans(tok.start, spans)


def _name_word(text: str) -> bool:
    """Capitalised, not an acronym, and no title, honorific or listed common word."""
    if not text[0].isupper() or len(text) < 2 or text.isupper():
        return False
    base = BASES[text]
    if sum(map(str.isupper, text)) >= 2 and base in words()["title_acronyms"]:
        return False  # "PhD", "DPhil": a degree's letters in mixed case ("Md" is a name)
    if adjective_compound(text):
        return False  # "the new Western-backed government": a compound adjective
    if base.endswith(_ADVERB_ENDINGS) and gender(base) is None:
        return False  # "Ironically, the president ...": an adverb opens the sentence
    return not (base in _never_names() or is_head(base) or base.startswith("ex-"))


def _generational(word: str) -> bool:
    """ "Jr.", "Snr", "III": a generational suffix after a surname (words.toml's
    generations), written with or without its stop. It tells a father from a son, but it
    is no surname: "Biden" names Joseph R. Biden Jr. again."""
    return word.rstrip(".").lower() in words()["generations"]


# Asked of every run's words and every tally's name, again and again (160,000 times in
# the 1,000-article inbox's find_actors, of a few thousand distinct words): each word is
# worked out once, then looked up in C (0.29 -> 0.11 us a call).
generational = WordMemo(_generational).__getitem__


def surname_of(name: str) -> str:
    """A full name's surname, its last word past a generational suffix ("Biden" of
    "Joseph R. Biden Jr.")."""
    parts = name.split()
    while len(parts) > 1 and generational(parts[-1]):
        parts.pop()
    return parts[-1] if parts else name


def peoples_plural(text: str) -> bool:
    """A demonym's plural ("Indonesians", "Filipinos") names a people: it opens no
    person's name ("the victims were Indonesians Sutrisno, 41"), though it may end one
    ("Claire Danes")."""
    if not text.endswith("s"):
        return False
    entry = gazetteer().get(text[:-1])
    return entry is not None and entry.form == "demonym"


# An adjective made an adverb ("Ironically", "Reportedly", "Importantly") is never a name,
# though Punkt may never have seen a rare one in lower case; names that end in "-ly"
# ("Kelly", "Beverly", "Connolly") end otherwise, or gender-guesser knows them.
_ADVERB_ENDINGS = ("ically", "ingly", "edly", "ously", "ively", "fully", "lessly", "ately")


# Most capitalised words ("The", "But", a surname) come back often: each is tested once.
NAME_WORDS = WordMemo(_name_word)


@dataclass(frozen=True)
class TextOffices:
    """The offices each article of a text shows in words no list holds ("Kagawad Ernesto
    Villaruel", "the kagawad said"; roles.text_heads), by source. They are role heads,
    and their capitalised forms no name's words, in the sentences of the article that
    shows them only: brief never guesses across articles, and "the kagawad" of one
    Filipino report makes no capitalised word before a name a title in another. Most
    articles show none (6 of the 1,000-article inbox's did, 1 once participles and
    modifiers were no longer read as offices), and reading the next article costs
    nothing when neither shows any (role_words.use_text_heads forgets only the words
    whose answer changes)."""

    by_source: Mapping[int, frozenset[str]]  # the sources that show some
    only_source: int | None  # the text's one article, or None for several

    def read_in(self, source: int) -> None:
        """`source`'s sentences are read next: its offices are heads, no other's."""
        _use(self.by_source.get(source, _NO_HEADS))

    def read_across(self) -> None:
        """The whole text is read at once (what the acronyms define, the tallies, the
        choice of roles, tenure, the speakers, then the quotes): they ask whether a word
        is a role's head without its source, so a text of one article has its offices
        and a text of several has none. The roles those offices head were read in their
        own sentences already; a later check that needs one (a left office, "the kagawad
        said" after its name) settles nothing, which is a gap, not a wrong guess."""
        heads = _NO_HEADS if self.only_source is None else self.by_source.get(self.only_source)
        _use(heads or _NO_HEADS)


_NO_HEADS: frozenset[str] = frozenset()


def _use(heads: frozenset[str]) -> None:
    changed = use_text_heads(heads)
    if changed:
        NAME_WORDS.forget(changed)


def read_offices(sentences: Sequence[Sentence]) -> TextOffices:
    """A new text is read: the offices each of its articles shows, learned from that
    article's sentences alone (see TextOffices), with the heads of no text installed, as
    if no text came before: the last text's offices, still role heads, changed what its
    shapes show ("the rapper" learned, read once, forgotten the next)."""
    by_source: dict[int, list[str]] = {}
    for sentence in sentences:
        by_source.setdefault(sentence.source, []).append(sentence.text)
    _use(_NO_HEADS)
    learned = {source: text_heads.learn(texts) for source, texts in by_source.items()}
    only = next(iter(by_source)) if len(by_source) == 1 else None
    return TextOffices({source: heads for source, heads in learned.items() if heads}, only)


@cache
def number_word_set() -> frozenset[str]:
    return frozenset(word_values("number_words"))


def adjective_compound(text: str) -> bool:
    """ "Western-backed", "Los Angeles-area": a compound that only describes, never a name
    word: a participle after the hyphen, or a common word after a long word; not "Ban
    Ki-moon" nor "Ross-van Dorp", whose short first part is a syllable or a name."""
    if not modifier_compound(text):
        return False
    first, _, last = text.rpartition("-")
    return last.endswith("ed") or len(first.rpartition("-")[2]) >= 5


# A romanised Korean or Chinese given name: two short syllables, the second in lower case
# ("Ji-hoon", "Soo-jin", "Chen-wei"); not a compound of a prefix ("Anti-war"), with a
# participle ("Paris-based") or of a place ("Dong-gu").
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def hyphened_given_name(word: str) -> bool:
    """ "Ji-hoon" of "Park Ji-hoon": a given name written after the family name, so a
    short capitalised word before it is a surname even when it is a word ("Park", "Song")."""
    first, _, second = word.partition("-")
    return (
        _HYPHENED_GIVEN.fullmatch(word) is not None
        and not word.endswith(("ed", "ing"))
        and first.lower() not in words()["compound_prefixes"]
        and second not in words()["romanised_place_suffixes"]  # "Dong-gu", a district
        and not (common_word(first) and common_word(second))  # "Idol-style"
    )


def modifier_compound(text: str) -> bool:
    first, _, last = text.rpartition("-")
    if not first or not last[:1].islower() or text.lower().startswith("ex-"):
        return False
    return len(last) >= 3 and common_word(last)


def opens_sentence(toks: list[Token], i: int) -> bool:
    """The word opens the sentence or a quotation: its capital may be theirs alone."""
    return i == 0 or toks[i - 1].text in OPENERS


def is_superlative(base: str) -> bool:
    if base in {"best", "worst", "most", "least"}:
        return True
    if not base.endswith("est") or len(base) < 6:
        return False
    stem = base[:-3]  # "greatest", "largest", "biggest"
    doubled = stem[-1] == stem[-2] and common_word(stem[:-1])
    return doubled or (len(stem) >= 4 and (common_word(stem) or common_word(stem + "e")))


def speech_verb_forms() -> frozenset[str]:
    """Every form of every speech verb ("said", "tells"): beside a name, a person."""
    return words().speech
