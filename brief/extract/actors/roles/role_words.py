"""The tests of one word that every reader of a role asks: is it a role's head
("minister", "Supt", "co-founder"), a word a title may hold, the head of a title or of
a person's description, a word that opens a phrase of its own?

Apart from the readers (title_scan, title_before, appointments, appositions,
descriptions) because each of them asks these questions, and the names ask some too
(`is_head`); the words asked most are worked out once a word (WordMemo).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from brief.extract.actors.word_knowledge import SURE, gender
from brief.extract.lexicon import WordMemo, clause_openers, gazetteer, joined, words

if TYPE_CHECKING:
    from brief.extract.actors.names import Token


def is_head(base: str) -> bool:
    """A role head, an abbreviated title ("Supt", "Insp"), or a compound of one
    ("vice-chief", "co-founder", "Lt.-Col.")."""
    heads = words()["role_heads"]
    if base in heads or base in words()["title_abbreviations"]:
        return True
    first, _, last = base.rpartition("-")
    prefix = first.replace(".", "")
    return bool(first) and last.rstrip(".") in heads and prefix in words()["head_prefixes"]


def adjective_not_rank(toks: Sequence[Token], at: int) -> bool:
    """toks[at] is a head word in lower case that English writes so as an adjective and
    capitalises as a rank (words.toml's capital_heads): "other major African currencies",
    "a major Emanuel foe" name no one. It is the rank after a force's word or a
    nationality ("army major Ahmed Khan", "Pakistani major") and before another head
    ("retired major general")."""
    tok = toks[at]
    if not (tok.text.islower() and tok.base in words()["capital_heads"]):
        return False
    after = toks[at + 1].base if at + 1 < len(toks) else ""
    before = toks[at - 1] if at > 0 else None
    ranked = before is not None and (
        before.base in words()["role_modifiers"] or gazetteer().get(before.text) is not None
    )
    return not (ranked or is_head(after))


def abbreviated_head(tok: Token) -> bool:
    return is_head(tok.base) and (len(tok.text) <= 4 or "." in tok.text)


def shared_title(role: str) -> bool:
    """ "Sens. Robert Menendez (D-N.J.), Joe Manchin III ...": a plural title ("Sens.",
    "Reps.") is shared by the names it lists. It shows a person, but it is no one's
    title as it stands."""
    abbreviations = words()["title_abbreviations"]
    bases = [w.strip(".,").lower() for w in role.split()]
    heads = [b for b in bases if is_head(b)]
    return bool(heads) and all(
        h.endswith("s") and h in abbreviations and h[:-1] in abbreviations for h in heads
    )


def _title_word(base: str) -> bool:
    return base in joined("role_heads", "described", "role_modifiers") or is_head(base)


TITLE_WORDS = WordMemo(_title_word)


def first_lady(toks: list[Token], k: int) -> bool:
    """ "First lady Michelle Obama": "lady" after "first" heads an office (the one the
    president's wife holds), not an honorific."""
    return toks[k].base == "lady" and k >= 1 and toks[k - 1].base == "first"


@cache
def phrase_openers() -> frozenset[str]:
    """Words that open a clause or a phrase of their own: none is a title's field."""
    return (
        clause_openers()
        | joined("not_before_a_role", "role_prepositions", "object_prepositions", "connectors")
        | function_words()
    )


def function_words() -> frozenset[str]:
    return joined("open_ended", "determiners", "possessives")


def _title_head(base: str) -> bool:
    return is_head(base) or base in joined("described", "person_nouns")


TITLE_HEADS = WordMemo(_title_head)


def country_possessive(tok: Token) -> bool:
    """ "Ethiopia's", "China's": a country that owns the name or the office after it."""
    if not tok.possessive:
        return False
    entry = gazetteer().get(tok.text[: len(tok.base)])
    return entry is not None and entry.kind == "country" and entry.form in {"name", "alias"}


def sure_given(word: str) -> bool:
    return gender(word.lower()) in SURE
