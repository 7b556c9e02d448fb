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
from brief.extract.lexicon import WordMemo, clause_openers, gazetteer, joined, role_head, words

if TYPE_CHECKING:
    from brief.extract.actors.names import Token


# The offices the article being read shows in words no list holds (text_heads.learn).
_TEXT_HEADS: set[str] = set()


def use_text_heads(heads: frozenset[str]) -> frozenset[str]:
    """Read `heads` as role heads from now on, in place of the last text's; the words
    whose answer changes, which each memo of a word's answer must forget. Asked as each
    article's sentences are read (names.TextOffices): most articles show none, and one
    that shows none after another that showed none changes nothing."""
    if not (heads or _TEXT_HEADS):
        return heads
    changed = frozenset(heads.symmetric_difference(_TEXT_HEADS))
    if changed:
        _TEXT_HEADS.clear()
        _TEXT_HEADS.update(heads)
        TITLE_WORDS.forget(changed)
        TITLE_HEADS.forget(changed)
    return changed


def is_head(base: str) -> bool:
    """A role head, an abbreviated title ("Supt", "Insp"), or a compound of one
    ("vice-chief", "co-founder", "Lt.-Col.", "minister-designate"): the lists'
    (lexicon.role_head) or one the article being read shows (_TEXT_HEADS)."""
    return role_head(base, _TEXT_HEADS)


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


@cache
def ranks() -> tuple[tuple[str, ...], ...]:
    """words.toml's military_ranks as word tuples, longest first."""
    ranks = {tuple(rank.split()) for rank in words()["military_ranks"]}
    return tuple(sorted(ranks, key=len, reverse=True))


@cache
def _rank_ends() -> frozenset[str]:
    return frozenset(rank[-1] for rank in ranks())


@cache
def _ranks_by_word(last: bool) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The ranks (longest first, as `ranks`) by their first word, or by their last: a
    rank is sought where a word is, among the few that word opens or ends, not among all
    126 ranks each time (rank_start and rank_only, asked 38,153 times on the 1,000-
    article inbox: 0.11 -> 0.06 s of CPU)."""
    by_word: dict[str, list[tuple[str, ...]]] = {}
    for rank in ranks():
        by_word.setdefault(rank[-1] if last else rank[0], []).append(rank)
    return {word: tuple(found) for word, found in by_word.items()}


def _rank_words(tok: Token) -> list[str]:
    """ "Lt.-Col." -> ["lt", "col"]: a token's words as a rank is written in the list."""
    return _rank_words_of(tok.base)


def _rank_words_of(base: str) -> list[str]:
    return [w for w in base.replace(".", "").split("-") if w]


def _ends_a_rank(base: str) -> bool:
    """ "col" of "Lt.-Col.", "gen" of "Gen.": the word's last word as ranks are written
    is a rank's last."""
    last = _rank_words_of(base)[-1:]
    return bool(last) and last[0] in _rank_ends()


# Asked of the word before every run (and before each rank found): rank_start, called
# 35,500 times on the 1,000-article inbox, had split that word twice a time: 0.07 -> 0.03
# s of CPU.
_ENDS_A_RANK = WordMemo(_ends_a_rank)


def rank_start(toks: Sequence[Token], end: int) -> int | None:
    """Where the capitalised ranks right before toks[end] start ("Lt Gen", "Brig. Gen.",
    "Lance Naik"), or None. A "General" or a "Marshal" (words.toml's postpositive_heads)
    that makes an office of the word before it ("Director General", "Surgeon General",
    "Fire Marshal") is that office's, not a rank; "chief General" is a rank after one."""
    at = end - 1 - (end >= 2 and toks[end - 1].text == ".")
    if at < 0 or not _ENDS_A_RANK[toks[at].base]:
        return None  # (most names: no rank's last word right before them)
    start = None
    while True:
        back = _words_back(toks, end if start is None else start)
        said = [word for _, word in back]
        ending = _ranks_by_word(last=True).get(said[0], ()) if said else ()
        rank = next((r for r in ending if tuple(reversed(said[: len(r)])) == r), None)
        if rank is None:
            return start
        first = back[len(rank) - 1][0]
        if len(back) > len(rank) and back[len(rank)][0] == first:
            return start  # "Secretary-General": a rank's word inside an office's
        if not all(toks[at].text[:1].isupper() for at, _ in back[: len(rank)]):
            return start  # "army major Ahmed Khan" is read as before
        if len(rank) == 1 and rank[0] in words()["postpositive_heads"] and first > 0:
            before = toks[first - 1]
            compound = is_head(f"{before.base.rstrip('.')}-{rank[0]}")
            # "Surgeon General", "Fire Marshal": a capitalised word that is no title of
            # its own makes an office of the rank's word after it
            named = before.text[:1].isupper() and not is_head(before.base.rstrip("."))
            if compound or named:
                return start
        start = first


def _words_back(toks: Sequence[Token], end: int) -> list[tuple[int, str]]:
    """Up to four words before toks[end], nearest first, with their tokens' places (the
    dots of abbreviations left out)."""
    back: list[tuple[int, str]] = []
    at = end - 1
    while at >= 0 and len(back) < 4:
        if toks[at].text != ".":
            back.extend((at, word) for word in reversed(_rank_words(toks[at])))
        at -= 1
    return back


def role_word_set(role: str) -> frozenset[str]:
    """A role's words in lower case, less the stops and commas around them: "Brig. Gen.,
    Houthi spokesman" holds "brig", "gen" and "spokesman"."""
    return frozenset(w for w in (w.strip(".,;:") for w in role.lower().split()) if w)


def rank_only(role: str) -> bool:
    """Whether a role is a rank (or a title of standing, "Sheikh") and the words that date
    it ("retired Maj Gen")."""
    left = [w for w in role.lower().replace(".", " ").replace("-", " ").split() if w]
    while left and left[0] in words()["role_past"]:
        left.pop(0)
    if len(left) == 1 and left[0] in words()["standing_titles"]:
        return True
    while left:
        opening = _ranks_by_word(last=False).get(left[0], ())
        rank = next((r for r in opening if tuple(left[: len(r)]) == r), None)
        if rank is None:
            return False
        left = left[len(rank) :]
    return True


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


def first_lady(toks: Sequence[Token], k: int) -> bool:
    """ "First lady Michelle Obama": "lady" after "first" heads an office (the one the
    president's wife holds), not an honorific."""
    return toks[k].base == "lady" and k >= 1 and toks[k - 1].base == "first"


def address_start(toks: Sequence[Token], i: int) -> int:
    """Where the honorifics and forms of address right before toks[i] start, or i: "Dr."
    and "Mr." with their stops, styles of several words ("Dato' Seri", "H.E. Eng.", "His
    Royal Highness", "Her Excellency"), and a standing title one of them stands before
    ("His Highness Sheikh", "H.H. Sheikh"), which is said with the style. A title before
    them is the name's ("Minister of Energy Eng. Ghiath Hamdoun"); they are no title."""
    honorifics = words()["honorifics"]
    k = i
    while k > 0:
        at = k - 1
        bracket = _bracketed_honorific(toks, at)
        if bracket is not None:
            k = bracket  # "Eng. (Mrs.) Dilani Perera": a second style in brackets
            continue
        if toks[at].text in _STOPS and at > 0:
            at -= 1  # "Dr.", "Dato'"
        word = toks[at]
        if word.base in honorifics and not first_lady(toks, at):
            k = at
        elif word.base == "royal" and k < i and toks[k].base in words()["royal_styles"]:
            k = at  # "His Royal Highness"
        elif (
            at == k - 1
            and k == i
            and word.base in words()["standing_titles"]
            and at > 0
            and address_start(toks, at) < at
        ):
            k = at  # "His Highness Sheikh Mansour"
        elif k < i and word.base in words()["style_openers"] and toks[k].base in honorifics:
            k = at  # "Tan Sri Zulkifli Hamzah": "Tan" opens the style, no surname here
        elif k == i and word.text[:1].isupper() and _clerical(toks, at):
            k = at  # "UCEW chairperson Father Joachim Tembo": the priest's style
        else:
            break
    if k < i and k > 0 and toks[k - 1].base in _ADDRESSING:
        k -= 1  # "His Excellency Temir Osmonov"
    return k


def _bracketed_honorific(toks: Sequence[Token], close: int) -> int | None:
    """Where an honorific in brackets that toks[close] closes opens ("(Mrs.)", "(Dr)"), as
    Sri Lankan and South Asian copy writes a woman's style after a professional one ("Eng.
    (Mrs.) Dilani Perera", "Comrade (Mrs) Ada Obi"), or None; not after a style that
    names what the person is ("Professor (Mrs) Ada Obi" is a professor), the role."""
    if close < 2 or toks[close].text != ")":
        return None
    at = close - 1 - (toks[close - 1].text == ".")
    if at < 1 or toks[at - 1].text != "(" or toks[at].base not in words()["honorifics"]:
        return None
    before = toks[at - 2 - (at >= 3 and toks[at - 2].text == ".")] if at >= 2 else None
    if before is None or is_head(before.base) or before.base in words()["described"]:
        return None  # "Professor (Mrs) Ada Obi": a style that names what she is, her role
    return at - 1


def style_start(toks: Sequence[Token], i: int) -> int:
    """Where the style before toks[i] starts with its grade and its article: "the Rt Rev",
    "the Very Rev", "the Ven.", "the Hon." (English writes a clergy's and a peer's style
    with "the"), or `address_start` where no article opens it. What comes before is what
    the style's bearer is: "The Dean of Ossory, the Very Rev Tom Roe," is the dean."""
    k = address_start(toks, i)
    if k == i:
        return i
    grades = words()["style_grades"]
    while k > 0:
        at = k - 1 - (k >= 2 and toks[k - 1].text == ".")  # "Rt." and its stop
        if toks[at].base not in grades or not toks[at].text[:1].isupper():
            break
        k = at
    return k - 1 if k > 0 and toks[k - 1].base == "the" else k


def styled(toks: Sequence[Token], k: int) -> bool:
    """toks[k] is the honorific of a style a possessive opens ("His Majesty", "Her Royal
    Highness") or one written short with stops ("H.E."): a form of address, never a
    word of an office, as "Lord" of "Lord Chancellor" is."""
    tok = toks[k]
    if tok.base not in words()["honorifics"]:
        return False
    if "." in tok.base:
        return True
    at = k - 1 - (k >= 2 and toks[k - 1].base == "royal")
    return at >= 0 and toks[at].base in _ADDRESSING


def _clerical(toks: Sequence[Token], at: int) -> bool:
    """toks[at] is a clergy's style ("Father", "Fr.", "Sister") after a title's word: the
    name's style. After a possessive or an article it is kin or a noun ("the Sister
    Roe case" is none; "his Father" is rare, "the Mother Superior" a title's)."""
    if toks[at].base not in words()["clerical_styles"] or at == 0:
        return False
    return toks[at - 1].base not in _ADDRESSING | {"the", "a", "an", "my", "our"}


_STOPS = frozenset({".", "'", "’"})
# The possessives a style told of its bearer opens with ("His Excellency", "Her Grace"),
# and with the one said to them ("Your Highness"), those a form of address opens with.
_STYLE_POSSESSIVES = frozenset({"his", "her", "their"})
_ADDRESSING = _STYLE_POSSESSIVES | {"your"}


def opens_a_style(word: str) -> bool:
    """ "His" of "His Beatitude Patriarch Elias III", "Her" of "Her Eminence ...": a
    capitalised possessive of the third person, which a dignitary's style opens with."""
    return word.istitle() and word.lower() in _STYLE_POSSESSIVES


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
