"""Where a phrase set off by a comma after a name opens and ends: past an age ("Jane
Doe, 67, a retired nurse,"), up to a comma, full stop or bracket that is no initialism's
or abbreviation's ("head of relief for the U.S. Agency for ...", "a top adviser to Mrs.
Clinton"), before a relative clause on its noun, and not where its closing comma opens
another name ("In Halifax, Nova Scotia, a spokesman for the board, Jim Harris,").

A titled apposition (appositions) and a described one (descriptions) find their phrase
by these same rules.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from brief.extract.actors.marks import BREAKS
from brief.extract.actors.roles.role_words import TITLE_WORDS, is_head, sure_given
from brief.extract.actors.word_knowledge import region_name
from brief.extract.lexicon import gazetteer, joined, words

if TYPE_CHECKING:
    from brief.extract.actors.names import Token


def ends_an_opening_adjunct(toks: list[Token], end: int) -> bool:
    """The comma at toks[end] closes the adjunct a participle opens the sentence with
    ("Speaking in a mix of Rutooro and English, the candidate, who ..."): what follows is
    the clause's subject, no apposition to the word before it."""
    if end >= len(toks) or toks[end].text != "," or end < 2:
        return False
    first = toks[0]
    if not first.text[:1].isupper() or first.text.isupper():
        return False
    if not (first.base.endswith("ing") and len(first.base) > 5):
        return False
    # (a finite verb makes the opening a clause: "Joining him is Ann Roe, an analyst,")
    finite = words()["auxiliaries"] | {"are", "were"}
    return all(
        tok.text not in BREAKS and tok.base not in finite and not tok.base.endswith("ed")
        for tok in toks[1:end]
    )


def subject_after_an_opening_adjunct(toks: list[Token], end: int) -> bool:
    """The comma at toks[end] closes the adjunct a participle opens the sentence with, and
    the noun phrase after it is the main clause's subject, no apposition to the name the
    adjunct ends with: "Speaking to the daily Kurier Norte, the woman, who asked not to
    be named, said ..." (r74 F3: the paper had been made a person, "woman"). The phrase
    is the subject where a verb follows it, past a relative clause set off by commas;
    where another noun phrase follows it, it is an apposition after all ("According to
    Ann Roe, Acting Director General for Asian Affairs, the talks will resume")."""
    if not ends_an_opening_adjunct(toks, end) or not toks[1].text.islower():
        return False  # (not "Acting Minister-President X, the party's leader who ..., is")
    k = end + 1
    while k < len(toks) and toks[k].text not in BREAKS:
        k += 1
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].base in _RELATIVES:
        k += 2
        while k < len(toks) and toks[k].text not in BREAKS:
            k += 1
    if k + 1 >= len(toks) or toks[k].text != ",":
        return False
    # a verb: one of saying, an auxiliary or a past form ("said", "was", "told"); not
    # "most of the dead were ..." after "According to X, a chief in Doma,"
    after = toks[k + 1]
    w = words()
    return after.text.islower() and (
        after.base in w.speech or after.base in w["auxiliaries"] or after.base.endswith("ed")
    )


_RELATIVES = frozenset({"who", "which", "whose"})


def portfolio_comma(toks: list[Token], at: int) -> bool:
    """toks[at] is a comma between the capitalised fields of one office's portfolio,
    which an "and" closes ("Minister for Power, Energy and Mineral Resources"): inside
    the title, as the fields are one object of its "for" or "of", no end of it. Not
    before a given name ("Minister for Trade, Jane Roe and ...": the next person)."""
    if toks[at].text != "," or at < 3 or at + 3 >= len(toks):
        return False
    k = at - 1
    while k > 0 and (toks[k].text[:1].isupper() or toks[k].text == ",") and at - k < 8:
        k -= 1
    if toks[k].base not in {"for", "of"} or k == 0 or k == at - 1:
        return False
    head = toks[k - 1]
    if not (head.text[:1].isupper() and is_head(head.base)):
        return False
    if sure_given(toks[at + 1].text):
        return False
    for n in range(at + 1, min(at + 8, len(toks) - 1)):
        if toks[n].base == "and":
            return n > at + 1 and toks[n + 1].text[:1].isupper()
        if not (toks[n].text[:1].isupper() or (toks[n].text == "," and n > at + 1)):
            return False
    return False


def bracketed_initials(toks: list[Token], at: int) -> bool:
    """ "(PNH)", "(PiS)": a body's initials in brackets, some written with a small letter."""
    if at + 2 >= len(toks):
        return False
    inside = toks[at + 1].text
    return (
        toks[at].text == "("
        and toks[at + 2].text == ")"
        and inside[:1].isupper()
        and sum(c.isupper() for c in inside) >= 2
        and inside.isalpha()
    )


def bracketed_field(toks: list[Token], at: int) -> int | None:
    """Past the bracket at toks[at] that narrows the head before it to a field, inside a
    title that goes on after it with its preposition ("assistant deputy minister
    (materiel) at the Department of National Defence", "director (operations) of the
    port"): the close bracket's place, else None. A bracket the title does not go on
    after is an aside (bracketed_aside)."""
    if toks[at].text != "(" or at == 0 or not is_head(toks[at - 1].base):
        return None
    for k in range(at + 2, min(at + 5, len(toks) - 1)):
        if toks[k - 1].base.endswith("ed") or not toks[k - 1].text.isalpha():
            return None  # "(pictured)", "(2019)": the writer's aside, no field
        if toks[k].text in BREAKS:
            after = toks[k + 1]
            closes = toks[k].text == ")"
            return k if closes and after.text.islower() and after.base in _FIELD_ENDS else None
    return None


# The prepositions that carry a title on past a bracketed field: what it is of, or at.
_FIELD_ENDS = frozenset({"of", "at", "for", "in"})


def bracketed_aside(toks: list[Token], at: int) -> bool:
    """ "Jane Roe, chair of the council (no relation of the minister), said": a bracket
    whose aside runs to a comma, a stop or the sentence's end closes the apposition
    before it, as the comma would have; the aside is the writer's, no word of the role."""
    if toks[at].text != "(":
        return False
    for k in range(at + 2, min(at + 14, len(toks))):
        if toks[k].text == "(":
            return False
        if toks[k].text == ")":
            return k + 1 >= len(toks) or toks[k + 1].text in {",", ".", ";"}
    return False


def second_description(toks: list[Token], first: int, end: int, *, whole: bool) -> int | None:
    """Where "and" opens a second noun phrase with its own article in toks[first:end]
    ("the union's general secretary and a train driver on Line B for 19 years"), or a
    denial ("the party's spokesperson and no relation to the minister"): the person has
    two descriptions, and the first, which ends there, is theirs as well. An
    indefinite article always opens one; "the" may open the object's second member
    ("spokesman for the ministry and the cabinet"), so only in a phrase too long to
    read `whole`."""
    articles = {"a", "an"} if whole else {"a", "an", "the"}
    for k in range(first + 1, end - 1):
        if toks[k].base != "and":
            continue
        if toks[k + 1].base in articles and _a_persons(toks, k + 2):
            return k
        if toks[k + 1].base in _DENIALS and k + 2 < end and toks[k + 2].text.islower():
            return k  # "the party's defence spokesperson and no relation to the director"
    return None


# Words that open a second predicate of the person, never a second member of an office's
# object: "and no relation to ...", "and not the first to ...", "and not related to ...".
_DENIALS = frozenset({"no", "not"})


def _a_persons(toks: list[Token], at: int) -> bool:
    """The noun phrase from toks[at] is headed by a person's noun before its first
    preposition ("a train driver on Line B"), not a body's ("a Singaporean port group"):
    a second description of the person, not a second member of an object."""
    described = joined("role_heads", "described")
    for tok in toks[at : at + 4]:
        if tok.base in described or is_head(tok.base):
            return True
        if tok.base in words()["role_prepositions"] or tok.text in BREAKS:
            return False
    return False


def relative_after_a_noun(toks: list[Token], k: int) -> bool:
    """ "the independent Vermont senator who is challenging ...": "who" after a
    lower-case noun, or after the name a preposition of the phrase took ("the former
    governor of Pennsylvania who is close to ..."), opens a relative clause on it, so the
    noun phrase ends there; so does "whom" ("a former official whom police accuse of
    ...") and "where" after a place's noun ("manager of the farm where the first case
    was found")."""
    if toks[k].base not in {"who", "whose", "whom", "where"}:
        return False
    prepositions = words()["role_prepositions"]
    if toks[k - 1].text.islower() or any(t.base in prepositions for t in toks[k - 4 : k - 1]):
        return True
    # "a delegate with the Spanish Red Cross who arrived": back over the whole name, its
    # initials in brackets ("the Institute for Defense and Security Research (IDSR) who")
    # and the small words inside it that join its capitalised ones
    at = k - 1
    if at > 2 and bracketed_initials(toks, at - 2):
        at -= 3
    while at > 0 and (
        toks[at].text[:1].isupper()
        or (toks[at].base in words()["connectors"] and toks[at - 1].text[:1].isupper())
    ):
        at -= 1
    if at > 0 and toks[at].base in words()["articles"]:
        at -= 1
    return toks[at].base in prepositions


def before_a_name(toks: list[Token], k: int, *, after_person: bool = False) -> bool:
    """The comma that closes a phrase opens a full name: the phrase describes that name
    ("a spokesman for the board, Jim Harris, said"), not the one before it. A style
    opening it does so only after what is no person's name ("the morning show Anopa
    Nkwa, the Managing Director of WPC, Ing. Kwabena Owusu-Ansah,"): `after_person`, a
    phrase between two people's names is the apposition of the one before."""
    if toks[k].text != "," or k + 2 >= len(toks) or not toks[k + 1].text[:1].isupper():
        return False
    # "the Managing Director of WPC, Ing. Kwabena Owusu-Ansah, said": a style opens it,
    # or a form of address ("the father of the boy, Haji Gul Khan, said")
    at = k + 2 + (toks[k + 2].text == ".")
    styles = joined("honorifics", "forms_of_address", "given_name_styles")
    if toks[k + 1].base in styles and at < len(toks):
        return not after_person and toks[at].text[:1].isupper()
    if not toks[k + 2].text[:1].isupper():
        return False  # not "a broker in Tampa, Fla., said"
    return sure_given(toks[k + 1].text)


def persons_name_before(toks: list[Token], comma: int) -> bool:
    """toks[comma] is a comma right after a person's full name: two capitalised words or
    more, the first a given name a list knows or after an honorific, and no place ("In
    Halifax, Nova Scotia,")."""
    if comma < 2 or toks[comma].text != ",":
        return False
    k = comma - 1
    while k > 0 and toks[k - 1].text[:1].isupper() and toks[k].text[:1].isupper():
        k -= 1
    if k == 0 and comma > 2 and not sure_given(toks[0].text):
        k = 1  # "Alongside Marisol Quentin,": a sentence's capitalised first word
    if not toks[k].text[:1].isupper() or k == comma - 1:
        return False
    if k > 0 and toks[k - 1].base in words()["articles"]:
        return False  # "at the Rosario Justice Centre,": a body's name, no person's
    name = " ".join(tok.text for tok in toks[k:comma])
    if gazetteer().get(name) is not None or region_name(name):
        return False  # "Nova Scotia": a place whose first word is also a given name
    return toks[k].base in words()["honorifics"] or sure_given(toks[k].text)


def initialism_dot(toks: list[Token], k: int) -> bool:
    """The full stop of a country's or a body's initials inside a phrase ("head of relief
    for the U.S. Agency for International Development", "the S. Rajaratnam School of
    ...") is no end when a capitalised word goes on after it, nor is a number sign's
    ("the Sea Lark No. 3"), nor a saint's or a mountain's in a place's name ("St.
    Thomas"), nor a firm's "Co." before the comma that closes the phrase.
    A title's abbreviation before a name ("Mrs. Clinton") is another matter
    (cut_at_abbreviation)."""
    if toks[k].text != "." or k + 1 >= len(toks):
        return False
    last, after = toks[k - 1], toks[k + 1].text
    if last.base in words()["company_suffixes"]:
        return after in {",", ")"}  # "executive director of the Puerto Rico Tourism Co.,"
    if last.text in {"No", "no"} and after[:1].isdigit():
        return True  # "the captain of the Sea Lark No. 3": a number sign
    if not after[:1].isupper():
        return False
    if len(last.text) == 1 and last.text.isupper():
        return _named_body_after(toks, k + 1)  # "the S. Rajaratnam School of ..."
    if last.text in {"St", "Ste"} or last.base in words()["place_heads"]:
        return True  # "a St. Thomas councillor", "a Mt. Hagen magistrate": a place's name
    return "." in last.text and last.text.replace(".", "").isupper()


def _named_body_after(toks: list[Token], at: int) -> bool:
    """Capitalised words from toks[at] on that a body's head noun ends ("Rajaratnam
    School", "Kennedy Institute"): the initial before them is a name's inside the body's
    name, where a person's ("Leon E. Panetta,") ends with the surname."""
    heads = words()["organisation_heads"]
    for tok in toks[at : at + 4]:
        if not tok.text[:1].isupper():
            return False
        if tok.base in heads:
            return True
    return False


def cut_at_abbreviation(toks: list[Token], k: int) -> bool:
    """The full stop that ends a phrase is an abbreviation's ("a top adviser to Mrs.
    Clinton", "chief of staff to Leon E. Panetta"): the phrase is cut short."""
    if toks[k].text != ".":
        return False
    last = toks[k - 1]
    short = joined("honorifics", "title_abbreviations")
    return last.base in short or (last.text[:1].isupper() and len(last.text.replace(".", "")) <= 2)


_AGE = re.compile(r"\d{1,3}")  # an age between commas: "Jane Doe, 67, a ..."


def past_an_age(toks: list[Token], j: int) -> int:
    """ "Jane Doe, 67, a retired nurse,": the apposition opens at the comma after the
    age ("now 33" too), not at the comma before it; and after the letters of a rank
    the name carries ("Counsel to the panel, Jane Doe KC,", "Jane Doe KC, a former judge,").
    Asked up to five times a run (78,000 times on the 1,000-article inbox): where neither
    a comma nor a word in capitals follows the name (most runs), the apposition can only
    open there, and nothing more is read (0.04 -> 0.02 s of CPU)."""
    if j >= len(toks) or (toks[j].text != "," and not toks[j].text.isupper()):
        return j
    j = past_post_nominals(toks, j)
    # "Dwayne Roe, now 33, a former ...": the age today
    now = j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].base == "now"
    aged = j + 1 if now else j
    if (
        aged + 2 < len(toks)
        and toks[j].text == ","
        and _AGE.fullmatch(toks[aged + 1].text)
        and toks[aged + 2].text == ","
    ):
        return aged + 2
    return j


def past_post_nominals(toks: list[Token], j: int) -> int:
    """Past the letters of a rank or honour written in capitals after a name ("KC",
    "SC", "SAN", "MP"): they are the name's, and the apposition opens after them."""
    acronyms = words()["title_acronyms"]
    while j < len(toks) and toks[j].text.isupper() and toks[j].base in acronyms:
        j += 1
    # "Jane Roe, MD, PhD, an oncologist": letters set off by commas, each its own
    while (
        j + 2 < len(toks)
        and toks[j].text == ","
        and _letters_after_name(toks[j + 1], acronyms)
        and toks[j + 2].text == ","
    ):
        j += 2
    return j


def _letters_after_name(tok: Token, acronyms: frozenset[str]) -> bool:
    """A rank's, an honour's or a degree's letters: in capitals, or mixed ("PhD")."""
    return tok.base in acronyms and sum(map(str.isupper, tok.text)) >= 2


def opens_apposition(tok: Token) -> bool:
    return tok.text == ","


def apposition_reach(toks: list[Token], first: int, usual: int) -> int:
    """How many words an apposition may run: longer when it opens with a job's noun and
    its preposition ("a senior vice president in the Boca Raton office of John Burns Real
    Estate,"), where what follows the preposition only places the job; longer still for
    the chained offices of the protocol style ("member of the Political Bureau of the
    LPRP Central Committee and chairman of its Commission for External Relations,",
    "Acting Director General for European Affairs at the Ministry of Foreign Affairs,")."""
    if first >= len(toks):
        return usual
    if noun_of_a_post(toks, first):
        return usual + 12
    return usual + 12 if title_of_a_post(toks, first) else usual


def title_of_a_post(toks: list[Token], first: int) -> bool:
    """ "Acting Director General for European Affairs at ...": capitalised title words
    and, among the first four, a head before "of", "for", "at" or "in"."""
    for k in range(first, min(first + 4, len(toks) - 1)):
        tok = toks[k]
        if not tok.text[:1].isupper() or not TITLE_WORDS[tok.base]:
            return False
        if is_head(tok.base) and toks[k + 1].base in {"of", "at", "for", "in"}:
            return True
    return False


def noun_of_a_post(toks: list[Token], first: int) -> bool:
    """ "associate professor of history", "political science professor at": lower-case
    words and, among the first four, a job's noun before "of", "at" or "for"; past the
    regions or fields in capitals that may open it ("Europe and Central Asia director
    at", "Middle East and North Africa director at")."""
    described = joined("role_heads", "described")
    openers = joined("determiners", "possessives")
    start = first
    while start < min(first + _REGION_WORDS, len(toks) - 1) and (
        toks[start].text[:1].isupper() or (start > first and toks[start].base == "and")
    ):
        start += 1
    if start > first and toks[start - 1].base == "and":
        return False
    for k in range(start, min(start + 4, len(toks) - 1)):
        if not toks[k].text.islower() or toks[k].base in openers:
            return False  # "then became a supporter of": a clause, not a bare noun phrase
        if toks[k].base in described and toks[_past_field(toks, k + 1)].base in _FIELD_ENDS:
            return True
    return False


# How many words in capitals (and their "and"s) may open a job's noun phrase.
_REGION_WORDS = 6


def _past_field(toks: list[Token], at: int) -> int:
    """The place after the bracketed field that opens at toks[at] ("minister (materiel)
    at"), else `at`."""
    close = bracketed_field(toks, at)
    return at if close is None else close + 1


# Words that close a noun phrase after its head: a relative or a preposition ("an armed
# group that ...", "a coalition of ...", "a militia backed by ..." is seen by its form).
_PHRASE_CLOSERS = frozenset({"that", "which", "who", "whose", "by", "under", "within", "behind"})


@cache
def _closers() -> frozenset[str]:
    """_PHRASE_CLOSERS and the prepositions a role holds or none does, joined once: each
    name set off by a comma is asked, by the roles and by the bodies alike."""
    return _PHRASE_CLOSERS | joined("role_prepositions", "outside_prepositions")


def apposes_a_body(toks: list[Token], name_end: int) -> bool:
    """ "The Sea Wolves, an armed group that has fought the army since 2021,", "Ansar
    al-Wadi, a militia loyal to a former governor,": the apposition's first noun phrase is
    headed by a noun of a body's kind (words.toml's body_kinds), so the name is a body's,
    and the person's nouns further on ("governor") are someone else's. The kind is the
    head only where the phrase closes after it (a comma, a relative, a preposition, a
    participle, or a postpositive adjective before its complement); before another noun
    it is a modifier ("a militia commander", "a rebel group member": a person)."""
    j = past_an_age(toks, name_end)
    if j + 2 >= len(toks) or not opens_apposition(toks[j]):
        return False
    opener = toks[j + 1]
    if not (
        opener.base in joined("determiners") or (opener.possessive and opener.text[0].isupper())
    ):
        return False
    kinds = words()["body_kinds"]
    closers = _closers()
    for k in range(j + 2, min(j + 6, len(toks) - 1)):
        tok = toks[k]
        if tok.text in BREAKS or tok.base in closers:
            return False  # no kind heads the first noun phrase
        if tok.base not in kinds or not tok.text.islower():
            continue  # a modifier before the head ("an armed", "a rebel", "a farmers'"), or
            # a name's word ("the Uganda Forward Movement (UFM) candidate")
        if tok.possessive:
            return False  # "the group's spokesman": the kind owns the head
        after = toks[k + 1]
        return (
            after.text in BREAKS
            or after.base in closers
            or after.base in words()["body_kind_complements"]
            or (after.text.islower() and after.base.endswith(("ed", "ing")))
        )
    return False
