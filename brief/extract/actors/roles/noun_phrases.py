"""Whether a role's words make a noun phrase or a clause, and where a noun phrase's head
stands.

A role is a noun phrase ("the lead author of the study"): words with an auxiliary, a
modal or a personal pronoun ("is suing President", "the more they appear to like him")
are a clause, whatever noun ends them, and a postmodifier ("of the study", "owned by
...") follows the head. The title scan, the appositions and the descriptions all read a
phrase so; the grammar is none of theirs alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from brief.extract.lexicon import joined, number_words, words

if TYPE_CHECKING:
    from brief.extract.actors.names import Token


@cache
def clause_words() -> frozenset[str]:
    """Words that mark a clause and never stand in a noun phrase: an auxiliary or a form of
    "be" (a finite verb goes with them: "is suing President", "Did President"), a modal,
    and a personal pronoun ("they appear to like him")."""
    w = words()
    modals = w["not_before_a_role"] - w["role_prepositions"]
    pronouns = joined("subject_pronouns", "male_pronouns", "female_pronouns", "body_pronouns")
    return joined("auxiliaries", "passive") | modals | (pronouns - w["role_relatives"])


def not_a_noun_phrase(phrase: Sequence[Token]) -> bool:
    """ "have thrown their support behind the presumptive nominee", "the more they appear
    to like him", "is suing President": a phrase with an auxiliary, a modal or a personal
    pronoun is a clause, whatever noun ends it. A possessive determiner may open the
    phrase, the object of its preposition or a coordinated phrase ("his campaign
    chairman", "chairman of her party", "a founder and its chief executive"), nowhere
    else but in an infinitive that postmodifies the head ("the first woman to divorce her
    husband"); so may an object pronoun ("a friend of hers"). Nor does a participle with
    its complement open one ("promoted on Tuesday ...", "based in Lagos")."""
    if len(phrase) > 1 and participle_with_object(phrase[0], phrase[1]):
        return True  # "promoted on Tuesday after serving as spokesman": a clause, cut short
    clause = clause_words()
    owners = joined("possessives", "male_pronouns", "female_pronouns", "body_pronouns")
    openers = words()["role_prepositions"] | {"and", "or"}
    for n, tok in enumerate(phrase):
        if tok.base not in clause or not tok.text.islower():
            continue  # "nominee for the farce Being Julia": a name's word
        if tok.base == "be" and n > 0 and phrase[n - 1].base == "to":
            continue  # "the first woman to be elected": an infinitive, no finite verb
        if tok.base in words()["subject_pronouns"] or tok.base not in owners:
            return True  # "they", "is", "would": a clause's
        infinitive = any(t.base == "to" for t in phrase[:n])  # "the first to divorce her"
        if n > 0 and phrase[n - 1].base not in openers and not infinitive:
            return True  # "thrown their support", "like him": a verb's object
    return False


def head_index(phrase: Sequence[Token]) -> int:
    """Where a noun phrase's head stands: before its first postmodifier, a preposition
    ("lead author of the study"), a participle with its own complement ("the Whig party
    faced a dilemma", "a taxi company owned by ...", "a charity run by ...": "by" takes
    the participle before it too) or an adverb opening an adjective phrase ("a school
    unusually diverse for ..."); else the last word. Only the words that postmodifiers
    open are asked, so "a retired teacher" and "the managing director" keep their head."""
    prepositions = words()["role_prepositions"]
    for n in range(1, len(phrase)):
        tok = phrase[n]
        if tok.base == "by":
            return max(n - 2, 0)  # "run by", "owned by": the participle's noun
        if tok.base in prepositions and not _inside_a_name(phrase, n):
            return n - 1
        if n + 1 < len(phrase) and participle_with_object(tok, phrase[n + 1]):
            return n - 1
        if n + 1 < len(phrase) and _verb_before_an_owner(phrase, n):
            return n - 1
        if _adverb_after_its_noun(phrase, n):
            return n - 1
    return len(phrase) - 1


def _verb_before_an_owner(phrase: Sequence[Token], n: int) -> bool:
    """ "the ministry summoned Kyrgyzstan's ambassador", "... told Kyrgyzstan's ...": a
    lower-case -ed or -ing word, or an irregular verb's form, after a noun and before a
    name's possessive, which is a determiner as "his" is, is a clause's verb, and the
    possessive opens its object. After a determiner or an adverb it is the owner's
    adjective ("the ruling ANC's secretary-general", "a recently retired Boeing's
    engineer")."""
    tok, before, after = phrase[n], phrase[n - 1], phrase[n + 1]
    verb = tok.base.endswith(("ed", "ing")) and len(tok.base) > 4
    if not (tok.text.islower() and (verb or tok.base in words().irregular)):
        return False
    if not (after.possessive and after.text[:1].isupper()):
        return False
    adjectival = joined("determiners", "possessives")
    return not (before.base in adjectival or before.possessive or before.base.endswith("ly"))


def _inside_a_name(phrase: Sequence[Token], n: int) -> bool:
    """ "University of Washington professor", "Club for Growth donor": a lower-case
    preposition between capitalised words joins a name's words, opening no postmodifier."""
    after = phrase[n + 1] if n + 1 < len(phrase) else None
    return phrase[n - 1].text[:1].isupper() and after is not None and after.text[:1].isupper()


def _adverb_after_its_noun(phrase: Sequence[Token], n: int) -> bool:
    """ "a school unusually diverse for the region": an -ly adverb and its adjective after
    the noun, closing the phrase or before a preposition; before a noun they modify it
    ("Mercer's ardently conservative daughter", "recently elected president")."""
    tok = phrase[n]
    if not (tok.text.islower() and tok.base.endswith("ly") and len(tok.base) > 4):
        return False
    after = phrase[n + 2] if n + 2 < len(phrase) else None
    return after is None or after.base in words()["role_prepositions"]


def participle_with_object(tok: Token, after: Token) -> bool:
    """ "faced a dilemma", "owned by", "convicted of", "representing five families",
    "accepting best director for ...": a lower-case -ed or -ing word whose next word
    opens its object (an article, a possessive, a preposition, a number, or the "best"
    or "worst" of an award's name) is a verb."""
    if not (tok.text.islower() and tok.base.endswith(("ed", "ing")) and len(tok.base) > 4):
        return False
    opens = joined("determiners", "possessives", "role_prepositions") | {"by", "best", "worst"}
    return after.base in opens or after.base in number_words() or after.text.isdigit()
