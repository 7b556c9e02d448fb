"""A word the text itself calls someone's name: "a woman named Thida", "a man surnamed
Fung", "a driver known only as Lek", "who gave his name only as Kofi", "who gave only
her first name, Olga,", "who identified himself only as Osman".

Why: people who give one name (witnesses, workers, survivors; many Indonesians and
Burmese have no other) are named in news by just these phrases, and the phrase settles
what the capitals cannot: the word is a person's name, not a place's or a firm's.
"Named", "called" and "known as" name things too ("a town named Hope", "a firm called
Apex"), so they count only after a noun of a person; "surnamed", and a person's own
"his" or "her" before "name", need none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from brief.extract.actors.names import Token
from brief.extract.actors.word_knowledge import agent_noun, person_nouns, pronoun_gender
from brief.extract.lexicon import joined, kin_genders, words


def called_by_name(toks: list[Token], at: int) -> str | None:
    """The role the naming phrase before the word at `at` gives it ("driver" of "a taxi
    driver known only as Lek"; "" where its noun names no trade: "a woman named
    Thida", "her first name, Olga"), or None where no such phrase calls it a name."""
    if at < 2:
        return None
    if _their_own_name(toks, at):
        return ""
    k = at - 1
    if toks[k].base == "surnamed":
        return _noun_role(toks, k - 1) or ""
    if toks[k].base == "as":  # "known only as Lek", "identified as Osman"
        k -= 1
        if toks[k].base == "only":
            k -= 1
        if toks[k].base in words()["reflexives"] and toks[k - 1].base in words()["naming_oneself"]:
            return ""  # "who identified himself only as Osman": a person names themself
        named_by = _named_by_someone(toks, k)
        if named_by is not None:
            # "The teenager, named by his family as Ilyes,": the noun before the phrase
            noun = named_by - 2 if toks[named_by - 1].text == "," else named_by - 1
            return _noun_role(toks, noun)
        if toks[k].base not in {"known", "identified"}:
            return None
        if k >= 1 and toks[k - 1].base == "only":
            k -= 1  # "only known as"
        if _asked_to_be(toks, k):
            return ""  # "a teacher who asked to be identified only as Martina"
    elif toks[k].base not in {"named", "called"}:
        return None
    return _noun_role(toks, k - 1)


def _named_by_someone(toks: list[Token], end: int) -> int | None:
    """Where "named", "identified" or "known" stands before a "by" phrase that ends at
    `end` ("named by his family as", "identified by police as"): who gave the name is
    no matter, the word after "as" is the name."""
    for k in range(end, max(end - 4, 1), -1):
        if toks[k].base == "by":
            verb = k - 1
            return verb if toks[verb].base in words()["naming_participles"] else None
        if not toks[k].text.isalpha() or not toks[k].text.islower():
            return None
    return None


def _asked_to_be(toks: list[Token], verb: int) -> bool:
    """ "who asked to be identified only as", "who wanted to be known as": someone who
    asks to be called so is a person, whatever noun the relative clause follows."""
    k = verb - 1
    if k < 3 or toks[k].base != "be" or toks[k - 1].base != "to":
        return False
    k -= 2  # the verb of asking, and "who" before it
    return toks[k - 1].base == "who" or (toks[k - 2].base == "who" and toks[k - 1].text.islower())


def _their_own_name(toks: list[Token], at: int) -> bool:
    """ "his name only as Kofi", "her first name, Olga,", "his surname, Leung": a
    person's possessive and a noun of a name, set before the word by a comma, "as" or
    "is"/"was"."""
    k = at - 1
    if toks[k].base not in {",", "as", "is", "was"}:
        return False
    k -= 1
    if k >= 0 and toks[k].base == "only":
        k -= 1  # "his name only as"
    if k < 1 or toks[k].base not in words()["name_nouns"]:
        return False
    k -= 1
    if toks[k].base in words()["name_kinds"]:
        k -= 1  # "first", "given"
    return k >= 0 and toks[k].base in {"his", "her"}


def _noun_role(toks: list[Token], noun: int) -> str | None:
    """The noun before a naming verb, when it names a person: its text where it names a
    trade or an office ("driver"), "" where it names a person by sex, age or kin only
    ("woman", "boy", "son"); None for any other noun ("a town named Hope")."""
    if noun < 0 or not toks[noun].text.islower():
        return None
    base = toks[noun].base
    if base in joined("human_nouns", "not_offices") or base in kin_genders():
        return ""
    last = base.rsplit("-", 1)[-1]  # "nutritional-supplement-maker": a maker
    bodies = joined("trade_nouns", "company_nouns", "also_bodies")
    if base in person_nouns() or (agent_noun(base) and last not in bodies):
        return toks[noun].text
    return None


# the clause straight after the word: nothing between but an age and an apposition
# ("Samir, 19, a student who", "Rosemary, 83, who", "Samir, who"); "A friend of Samir,
# who declined to give her name" may be the friend's clause, so its gender must agree
_WHO_CLAUSE_RE = re.compile(
    r",\s*(?:\d{1,3},\s*)?(?:(?:an?|the)\s+[^.;:!?“”\"(),]{0,60}?,?\s+)?who(?:se)?\b"
    r"([^.;:!?“”\"()]*)"
)
_CLAUSE_WORD_RE = re.compile(r"[a-z'’]+")
_OTHER_SEX_PRONOUNS = {"male": "female_pronouns", "female": "male_pronouns"}


def word_ends(text: str, word: str) -> Iterator[int]:
    """Where each whole-word use of `word` in `text` ends: found by plain search, not by a
    pattern compiled for each word (asked of every one-word name of every sentence, one
    pattern a name had crowded re's cache and cost a twentieth of the actors' time)."""
    start = 0
    while (at := text.find(word, start)) >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            yield end
        start = at + 1


def withholds_the_rest(text: str, word: str) -> bool:
    """Whether the relative clause after a one-word name says the text gives no more of
    the name ("Samir, 19, a student who declined to give his surname", "Rosemary, 83, who
    asked that her surname not be used", "who gave only his first name"): the person is
    known by that word alone, so a full name elsewhere that opens with it ("Samir
    Belkacem") is someone else's. A clause whose "his" or "her" is not the name's sex
    is said of someone else ("a friend of Samir, who declined to give her name")."""
    if "who" not in text:  # no clause to read, as in most sentences asked (32,000 on the
        return False  # 1,000-article inbox: 0.08 s of CPU)
    w = words()
    sex = pronoun_gender(word)
    for end in word_ends(text, word):
        clause = _WHO_CLAUSE_RE.match(text, end)
        if clause is None:
            continue
        said = [
            token.replace("’", "'") for token in _CLAUSE_WORD_RE.findall(clause.group(1).lower())
        ]
        own = [k for k, token in enumerate(said) if token in w["possessives"]]
        names_one = any(
            token in w["name_nouns"]
            and (k - 1 in own or (k - 2 in own and said[k - 1] in w["name_kinds"]))
            for k, token in enumerate(said)
        )
        withheld = any(token in w["withholding_words"] or token.endswith("n't") for token in said)
        # a possessive of the other sex (words.toml's male_ and female_pronouns) disagrees
        other = _OTHER_SEX_PRONOUNS.get(sex or "")
        agrees = other is None or not any(said[k] in w[other] for k in own)
        if names_one and withheld and agrees:
            return True
    return False
