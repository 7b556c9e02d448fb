"""A person described rather than titled, by a noun the lists call a description
("spokesman", "lawyer", "author"): before a name set off by commas ("A spokesman for
the UN, Stephane Dujarric, said") or in apposition after it ("Bruce Mate, the lead
author of the study, said").

Without a title word to anchor it, a description is a role only as a noun phrase
headed by a person's noun: not a body ("a conservative action committee"), not others
("the oldest players"), not a clause ("a rampant Martyn Williams leading the way").
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

from brief.extract.actors.marks import BREAKS, DASHES
from brief.extract.actors.roles.apposition_bounds import (
    apposes_a_body,
    apposition_reach,
    before_a_name,
    bracketed_aside,
    bracketed_initials,
    cut_at_abbreviation,
    initialism_dot,
    noun_of_a_post,
    opens_apposition,
    past_an_age,
    past_post_nominals,
    persons_name_before,
    portfolio_comma,
    relative_after_a_noun,
    second_description,
    subject_after_an_opening_adjunct,
)
from brief.extract.actors.roles.dated_roles import apposed_as_past, as_former
from brief.extract.actors.roles.noun_phrases import (
    head_index,
    not_a_noun_phrase,
    participle_with_object,
)
from brief.extract.actors.roles.role_words import (
    TITLE_WORDS,
    address_start,
    is_head,
    phrase_openers,
    rank_start,
    style_start,
    sure_given,
)
from brief.extract.actors.roles.title_scan import span_at
from brief.extract.actors.word_knowledge import person_nouns
from brief.extract.lexicon import (
    calendar_word,
    gazetteer,
    joined,
    kin_genders,
    number_words,
    weekday_names,
    words,
)
from brief.ingest.furniture import entry_stamp

if TYPE_CHECKING:
    from brief.extract.actors.names import Token
    from brief.extract.actors.names.sentence_tokens import Spans


def _past_home(toks: list[Token], name_end: int) -> int:
    """The end of "of <Place>" after a name, when a comma closes it ("The MP, Jane Roe of
    Gazipur, said"): where a person is from or sits for is said inside the aside and
    ends neither the name nor the aside; else `name_end` as it is."""
    if name_end + 2 >= len(toks) or toks[name_end].base != "of":
        return name_end
    end = name_end + 1
    while end < len(toks) and toks[end].text[:1].isupper():
        end += 1
    return end if end > name_end + 1 and end < len(toks) and toks[end].text == "," else name_end


def described_before(
    text: str, toks: list[Token], name_start: int, name_end: int, spans: Spans = ()
) -> str | None:
    """ "A spokesman for the UN, Stephane Dujarric, said" -> "spokesman for the UN"; and
    past an honorific, between commas ("The party's leader, Dr John Smith, said").
    `spans`: the known bodies' names, which an owner's possessive may end ("Save the
    Children's country director")."""
    w = words()
    if name_end + 2 < len(toks) and toks[name_end].text == "(" and toks[name_end + 2].text == ")":
        name_end += 3  # "Col. Abdullahi Haruna (rtd),": a word in brackets after the name
    name_end = past_post_nominals(toks, name_end)  # "Counsel to the panel, Jane Doe KC,"
    name_end = _past_home(toks, name_end)  # "The MP, Md. Mizanur Rahman of Gazipur,"
    titled = _before_honorific(toks, name_start)
    closed = name_end >= len(toks) - 1 and toks[-1].text == "."  # "..., Dr. Hiba Shawwa."
    if (
        titled < name_start
        and not closed
        and (name_end >= len(toks) or toks[name_end].text not in _ASIDE_CLOSERS)
    ):
        return None  # "punching a protester, Mr. Trump said": a clause, then its subject
    name_start = titled
    if name_start < 3 or toks[name_start - 1].text != ",":
        return None
    # (a colon closes it before the words it brings in: "a note by the UN Resident
    # Coordinator in Nepal, Dr. Jane Roe: "...")
    if name_end < len(toks) and toks[name_end].text not in _CLOSERS | w.speech:
        return None
    described = joined("role_heads", "described", "apposed_heads")
    for k in reversed(_description_starts(toks, name_start, spans)):  # the longest, headed
        phrase = toks[k : name_start - 1]
        if k > 0 and toks[k - 1].base == "whose" and _kin_phrase(phrase):
            # "Ana Roe, whose husband, X,": what X is to the owner, who must be named
            owner = _whose_owner(toks, k - 1)
            relation = text[phrase[0].start : phrase[-1].end]
            return None if owner is None else f"{relation} of {owner}"
        # "The third prosecution witness (PW3), X,", "An investigating judge (juge
        # d'instruction), X,": initials or a gloss in brackets after the head
        opened = _bracket_open(phrase, len(phrase) - 1) if phrase else None
        bare = phrase[:opened] if opened else phrase
        if len(bare) > 1 and bare[-1].base in w["place_pro_forms"]:
            # "A nurse there, X,": the noun's place is the text's before, no part of it
            bare = phrase = bare[:-1]
        # "The runner's coach, X,", "the club's striker, X,", "Her coach, X,": a person's
        # noun after an owner is what X is to them or where X plays, a role as an
        # office is (not "the teenager, X,", which only describes)
        # (so is a trade's noun that may be a person's, words.toml's trade_nouns less the
        # body_trade_nouns, before a name that opens with a given name: "Corella's
        # publisher, Siobhan Petrakis," is what she is to Corella; "The ship's operator,
        # Bosphorus Dry Cargo," a firm)
        trades = _persons_trades() if sure_given(toks[titled].text) else frozenset()
        heads = described | person_nouns() | trades if _owned(bare) else described
        if phrase and _headed(bare, heads):
            if _between_names(toks, k):
                return None  # "Ana Roe, a judge, Dr. Ben Poe,": Roe's apposition, if anyone's
            if _adjunct_then_subject(toks, k, name_end):
                return None  # "Through his lawyer, X said": the lawyer is not X
            if phrase[0].text == "then" and len(phrase) > 1:
                # "the then Minister of State, X,": the office held at the time told, which
                # "then" says is theirs no longer (as "then-" does)
                return as_former(text[phrase[1].start : phrase[-1].end])
            return text[phrase[0].start : phrase[-1].end]
    return None  # "the Kremlin's position, Peskov" is no role


def _adjunct_then_subject(toks: list[Token], k: int, name_end: int) -> bool:
    """ "Through his lawyer, Marco Roe said", "According to her aide, Ana Poe said": a
    description a preposition governs is that phrase's object, and the name after its
    comma, which no comma closes before the verb, is the clause's subject, not an
    apposition ("According to the mayor, Ana Poe, the road ..." apposes her)."""
    if name_end >= len(toks) or toks[name_end].text in _CLOSERS:
        return False
    while k > 0 and toks[k - 1].base in joined("determiners", "possessives"):
        k -= 1  # (the phrase's determiner: "his lawyer")
    return k > 0 and toks[k - 1].base in joined("fronted_prepositions", "object_prepositions")


@cache
def _persons_trades() -> frozenset[str]:
    """Trade nouns that may name a person as well as a body ("publisher", "producer",
    "developer"): words.toml's trade_nouns less its body_trade_nouns."""
    return words()["trade_nouns"] - words()["body_trade_nouns"]


# What closes a name apposed to a description before it: a comma, a stop, a bracket, or
# a dash that opens an aside about the person ("The Dean of Ossory, the Very Rev Tom
# Roe - whose surname ... - will act").
_CLOSERS = frozenset({",", ".", ";", ":", ")", "-", "–", "—"})
# Of them, the ones that close a styled name as an aside ("A spokesman, Dr Ann Lee, said"),
# not a clause's subject after its adjunct ("punching a protester, Mr. Trump said").
_ASIDE_CLOSERS = frozenset({",", ":", "-", "–", "—"})


def _between_names(toks: list[Token], start: int) -> bool:
    """The description starting at toks[start] follows a person's name and its comma
    ("met Marisol Quentin, the head of Harlow Gas, Dr. Tomas Brenner"): it is the
    apposition of the name before, if anyone's, never the next one's."""
    at = start - 1
    if (
        at >= 0
        and toks[at].text.islower()
        and toks[at].base in joined("determiners", "possessives")
    ):
        at -= 1
    return persons_name_before(toks, at)


def _before_honorific(toks: list[Token], i: int) -> int:
    """Where a name starts with the honorific or the rank before it ("Dr", "Mr.", "Lt.
    Gen.") counted in, with the possessive a form of address opens with ("His
    Excellency Temir Osmonov")."""
    ranked = rank_start(toks, i)
    if ranked is not None:
        return ranked
    k = style_start(toks, i)  # "The Dean of Ossory, the Very Rev Tom Roe,"
    at = k - 1 - (k >= 2 and toks[k - 1].text == ".")  # "Atty." and its dot
    # "counsel for X, Chief Emeka Obi,", "the boy's father, Haji Gul Khan,": its style
    styles = joined("standing_titles", "forms_of_address", "given_name_styles")
    if at >= 0 and toks[at].base in styles and toks[at].text[:1].isupper():
        start = address_start(toks, at)
        # "The cleric, Hojatoleslam Sayyed Mahdi al-Musawi,": a rank's style, then a
        # lineage's, each before the name
        while start >= 1 and toks[start - 1].base in styles and toks[start - 1].text.istitle():
            start = address_start(toks, start - 1)
        return start
    return k


def _description_starts(toks: list[Token], i: int, spans: Spans) -> list[int]:
    """Where a description before a name's comma may start, nearest first: after a
    determiner or possessive ("Its president, X", "his wife, X"), or "whose" ("a miner whose
    brother, X": as "his brother, X", never the miner's words), or at an owner's name
    ("Leung's wife, Ho Mei-Ling": the owner stays in the role); at most twelve words back
    ("The branch secretary of the Red Cross Society in Gombe, X"), and never before a
    preposition no role holds ("between", "against"). An owner's
    name is whole: a known body's ("Save the Children's country director"), else its
    capitalised words, and none where a "the" or "of" joins it to more capitals ("Doctors
    of the World's"), which may be a body's name the words cannot tell the end of (a
    role "World's country director" would name no post)."""
    openers = joined("determiners", "possessives")
    outside = words()["outside_prepositions"]
    starts = []
    k = i - 2
    reach = 20 if _protocol_title(toks, i) or _mandate_title(toks, i) else 12
    while (
        k >= 0
        and i - k <= min(reach + _inside_body_names(toks, k, i - 1), 20)
        and (
            toks[k].text[0].isalnum()
            or _bracket_open(toks, k)
            or initialism_dot(toks, k)
            or _plural_possessive_mark(toks, k)
            or portfolio_comma(toks, k)  # "the Minister for Power, Energy and ..., X"
        )
    ):
        if _plural_possessive_mark(toks, k):
            k -= 1  # "The monitors' director, X": a plural's possessive, not a break
            continue
        opened = _bracket_open(toks, k)
        if opened is not None:
            # "the head of the National Security Bureau (BBN), X": its initials
            reach += k - opened + 1
            k = opened - 1
            continue
        if toks[k].base == "whose" and toks[k].text.islower():
            starts.append(k + 1)  # "an authority whose director of X, Y,": Y is the director
            break  # (what comes before "whose" is its owner's, not Y's)
        if toks[k].base in outside:
            if toks[k + 1].base not in openers:  # else its start after the article is in
                starts.append(k + 1)  # "an agreement between PAL's owner, Lucio Tan"
            break
        if toks[k].base in openers:
            if not _inside_a_name(toks, k):
                starts.append(k + 1)
        elif _bare_post(toks, k):
            starts.append(k)  # "by counsel to the EFCC, X", "Counsel for the State, X,"
        elif toks[k].possessive and toks[k].text[0].isupper():
            body = span_at(toks[k].start, spans)
            if body is not None:
                k = next(n for n, tok in enumerate(toks) if tok.start >= body[0])
                starts.append(k)  # a known body's whole name: "Save the Children's"
                k -= 1
                continue
            owner = k  # the owner's whole name: "Dhaka North City Corporation's mayor"
            while owner > 0 and i - owner < 10 and _owner_word(toks[owner - 1]):
                owner -= 1  # (not "Yesterday", "But": a sentence's opening word)
            if not _inside_a_name(toks, owner - 1):
                starts.append(owner)
        k -= 1
    return starts


def _whose_owner(toks: list[Token], whose: int) -> str | None:
    """The person "whose" is of: the name right before it ("Ana Roe, whose husband"), or
    before the description it ends ("Reza Roe, a miner whose brother"); else None (a
    body's or a noun's relation: "a miner whose brother", with no name)."""
    k = whose - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    else:  # past a lower-case description back to its comma
        while k > 0 and toks[k].text.islower() and whose - k < 8:
            k -= 1
        if toks[k].text != ",":
            return None
        k -= 1
    end = k + 1
    while k >= 0 and toks[k].text[:1].isupper() and end - k <= 4:
        k -= 1
    run = toks[k + 1 : end]
    while run and (TITLE_WORDS[run[0].base] or gazetteer().get(run[0].text) is not None):
        run = run[1:]  # "Hungarian MEP Réka Roe": her title is no part of her name
    if len(run) < 2 or run[0].base in joined("determiners", "possessives"):
        return None  # (a name of two words or more: kin is a person's)
    return " ".join(tok.text for tok in run)


def _kin_phrase(phrase: list[Token]) -> bool:
    """A relation's noun ("younger brother", "husband") heads the phrase: after "whose",
    what the person is to the owner, who the text names elsewhere, not a role."""
    return bool(phrase) and phrase[head_index(phrase)].base in kin_genders()


def _inside_body_names(toks: list[Token], start: int, end: int) -> int:
    """How many words of the capitalised name that ends a description at toks[end] stand
    past its first ("of the Department of Inspection for Factories and Establishments,":
    six): a body's name is one noun phrase, however long, and the description counts it
    as one word. Only a name that ends it: words after one are the description's own."""
    k = end - 1
    while k > start and (
        toks[k].text[:1].isupper()
        or (toks[k].base in _NAME_JOINS and toks[k + 1].text[:1].isupper())
    ):
        k -= 1
    first = k + 1  # the name's first word, or end when none ends the description
    while first < end and not toks[first].text[:1].isupper():
        first += 1
    return max(end - first - 1, 0)


def _plural_possessive_mark(toks: list[Token], k: int) -> bool:
    """toks[k] is the apostrophe of a plural's possessive, written against the plural
    ("the observers' head", "the monitors’ director")."""
    return (
        toks[k].text in ("'", "’")
        and k > 0
        and toks[k - 1].end == toks[k].start
        and toks[k - 1].text.endswith("s")
        and toks[k - 1].text[:1].isalpha()
    )


def _inside_a_name(toks: list[Token], k: int) -> bool:
    """toks[k] is a "the", "of" or "and" inside an owner's name, between capitalised
    words that run on to its possessive ("Save the Children's", "Bank of England's",
    "Doctors of the World's"): where no description starts. Not before a title written
    in full ("in Ramallah the Tánaiste and Minister for ...": no possessive)."""
    if k < 1 or toks[k].text not in _NAME_JOINS:
        return False
    before = k - 1
    while before > 0 and toks[before].text in _NAME_JOINS:
        before -= 1  # "of the"
    if not _owner_word(toks[before]):
        return False
    for tok in toks[k + 1 :]:
        if not _owner_word(tok):
            return False
        if tok.possessive:
            return True
    return False


_NAME_JOINS = frozenset({"the", "of", "and", "for", "&"})


def _bare_post(toks: list[Token], k: int) -> bool:
    """toks[k] is a post's noun with no article, before the preposition of whom it serves,
    as English writes a post held in a case or a body ("cross-examined by counsel to the
    first defendant, X", "Counsel for the State, X, said", "with spokesman for the
    ministry, X"): a description starts at it, opening the sentence (or a live page's
    entry, after its stamp: "9.48am - Counsel for the family, X:") or after a
    preposition, where no article could have been left out before another word."""
    tok = toks[k]
    if k + 1 >= len(toks) or toks[k + 1].base not in words()["role_prepositions"]:
        return False
    if not (is_head(tok.base) or tok.base in words()["described"]):
        return False
    if k == 0 or _after_entry_stamp(toks, k):
        return True
    return tok.text.islower() and toks[k - 1].base in _BEFORE_A_BARE_POST


def _after_entry_stamp(toks: list[Token], k: int) -> bool:
    """toks[k] is the first word after a live page's entry stamp ("9.48am - ")."""
    if not 0 < k <= 8 or toks[k - 1].text not in DASHES:
        return False
    written = [" "] * toks[k].start
    for tok in toks[:k]:
        written[tok.start : tok.end] = tok.text
    stamp = entry_stamp("".join(written))
    return stamp is not None and stamp.end == toks[k].start


# Prepositions before which a post's noun stands bare ("represented by counsel for ...").
_BEFORE_A_BARE_POST = frozenset({"by", "with", "from"})


def _protocol_title(toks: list[Token], i: int) -> bool:
    """An office written in full before a name's comma, its words all capitalised back
    to "the" ("the Tánaiste and Minister for Foreign Affairs and Trade of Ireland, X"):
    its description may run twice as far back."""
    k = i - 2
    while k >= 0 and i - k <= 20:
        tok = toks[k]
        if tok.base in words()["articles"]:
            return k + 1 < i - 1 and is_head(toks[k + 1].base) and toks[k + 1].text[:1].isupper()
        if not (tok.text[:1].isupper() or tok.base in _OFFICE_JOINS):
            return False
        k -= 1
    return False


def _mandate_title(toks: list[Token], i: int) -> bool:
    """An office whose capitalised title, right after "the", has its remit written out
    in lower case after a preposition ("the UN Special Envoy on the rights of seafarers
    and of fishing crews, X"): a mandate's name runs long, and its description may run
    as far back as an office written in full (r76 F25). The words between are only
    words (the scan stops at punctuation), and the title's last capitalised word is a
    head."""
    prepositions = words()["role_prepositions"]
    k = i - 2
    while k >= 1 and i - k <= 20:
        tok = toks[k]
        if tok.base in prepositions and tok.text.islower() and toks[k - 1].text[:1].isupper():
            m = k - 1
            while m >= 0 and toks[m].text[:1].isupper() and toks[m].base not in words()["articles"]:
                m -= 1
            return (
                m >= 0
                and m < k - 1
                and toks[m].base in words()["articles"]
                and is_head(toks[k - 1].base)
                and _a_remit(toks[k : i - 1])
            )
        if not tok.text[:1].isalnum():
            return False
        k -= 1
    return False


def _a_remit(chain: list[Token]) -> bool:
    """Whether words after a title are its remit, a chain of prepositional phrases ("on
    the rights of seafarers and of fishing crews"), not a clause that runs on to another
    noun phrase ("on Tuesday thanked the volunteers of ..."): in such a chain an article
    follows only a preposition or a coordinator, no possessive pronoun owns a noun, and
    no time is named."""
    prepositions = words()["role_prepositions"]
    articles = words()["articles"]
    possessives = words()["possessives"]
    for n, tok in enumerate(chain):
        if tok.base in possessives or calendar_word(tok.text) or _a_time(tok):
            return False
        before = chain[n - 1].base if n else ""
        if tok.base in articles and before not in prepositions | {"and", "or"}:
            return False
    return True


# The small words an office written in full holds ("Minister for Foreign Affairs and Trade
# of Ireland", "Ambassador of the State of Palestine to Ireland").
_OFFICE_JOINS = frozenset({"of", "for", "and", "to", "in", "&"})


def _bracket_open(toks: list[Token], k: int) -> int | None:
    """Where the bracket toks[k] closes opens, when it holds a body's or a post's initials
    or a gloss of up to three words after a word ("(BBN)", "the third prosecution witness
    (PW3)", "an investigating judge (juge d'instruction)"); else None."""
    if toks[k].text != ")":
        return None
    for opened in range(k - 2, max(k - 5, 0), -1):
        if toks[opened].text == "(":
            inside = toks[opened + 1 : k]
            if toks[opened - 1].text[:1].isalnum() and all(t.text[:1].isalnum() for t in inside):
                return opened
            return None
    return None


def _owner_word(tok: Token) -> bool:
    """A word of an owner's name before its possessive: capitalised, and no word that
    opens a clause or tells a time ("Yesterday Argentina's economy minister")."""
    base = tok.base
    return (
        tok.text[:1].isupper()
        and base not in phrase_openers()
        and base not in words()["time_nouns"]
        and base not in weekday_names()
    )


def _owned(phrase: list[Token]) -> bool:
    """Whether a phrase opens with an owner: a possessive pronoun ("Her coach") or a
    possessive word before its last ("The runner's coach", "Rovers' striker")."""
    return bool(phrase) and (
        phrase[0].base in words()["possessives"] or any(t.possessive for t in phrase[:-1])
    )


def _headed(phrase: list[Token], described: frozenset[str]) -> bool:
    """ "the family's lawyer", "a spokesman for the UN": a noun phrase whose head is a
    described noun, last or before its preposition (not "her husband carried out ...")."""
    if not_a_noun_phrase(phrase):
        return False
    inner = joined("determiners", "possessives") | words()["role_prepositions"]
    # past an owner's name, whose own "the" or "of" is no postmodifier's ("Save the
    # Children's country director", "the Bank of England's governor")
    owned = [n for n, t in enumerate(phrase) if t.possessive and t.text[:1].isupper()]
    rest = phrase[owned[-1] + 1 :] if owned else phrase[1:]
    simple = (
        not any(t.base in inner for t in rest)
        and phrase[0].base not in words()["role_prepositions"]
    )
    last = phrase[-1].base
    if (
        simple
        and (_described_head(last) or last in described)
        and head_index(phrase) == len(phrase) - 1
    ):
        # not "A charity run by Lowe's widow, Jenni Lowe-Anker": its head is "charity"
        return True  # not "the seat after the previous candidate"
    # the head stands among the first words after the owner's possessive, if any ("the
    # agency's deputy country director in Kenya")
    owner = next((n + 1 for n, t in enumerate(phrase[:-1]) if t.possessive), 0)
    if any(
        (t.base in described or is_head(t.base))  # "ambassador-designate to"
        and phrase[m + 1].base in words()["role_prepositions"]
        for m, t in enumerate(phrase[: owner + 3])
        if (m < 3 or m >= owner) and m + 1 < len(phrase)
    ):
        return True
    head = head_index(phrase)
    if (
        head < len(phrase) - 2
        and _described_head(phrase[head].base)
        and phrase[head + 1].base.endswith("ing")
        and participle_with_object(phrase[head + 1], phrase[head + 2])
    ):
        # "a young graduate holding a master's degree in geology": a present participle's
        # phrase after the head (a past form may be a clause's verb: "The minister
        # received the ...")
        return True
    if (
        head < len(phrase) - 2
        and _described_head(phrase[head].base)
        and phrase[head + 1].text.islower()
        and phrase[head + 1].base.endswith("ed")
        and phrase[head + 2].base in words()["role_prepositions"]
    ):
        return True  # "a consultant based in Limassol": a past participle and where
    return _titled_phrase(phrase)


def _titled_phrase(phrase: list[Token]) -> bool:
    """ "the Group Chief Executive Officer of NNPC Ltd", "the Tánaiste and Minister for
    Foreign Affairs and Trade of Ireland": capitalised title words up to a head before
    the first preposition, as the protocol style writes an office in full."""
    words_of = phrase[1:] if phrase[0].base in words()["articles"] else phrase
    dating = joined("role_past", "role_standin")
    while len(words_of) > 1 and words_of[0].text.islower() and words_of[0].base in dating:
        words_of = words_of[1:]  # "a former Ebonyi State Commissioner for Finance"
    for m, tok in enumerate(words_of[:-1]):
        if not tok.text[:1].isupper() and tok.base not in {"and", "&"}:
            return False
        if is_head(tok.base) and words_of[m + 1].base in words()["role_prepositions"]:
            return True
    return False


def described_apposition(text: str, toks: list[Token], name_end: int) -> str | None:
    """ "Bruce Mate, the lead author of the study, said", "Craig Morris, an environmental
    blogger,": an appositive noun phrase with no title word, so only for a name that
    starts with a given name."""
    one = _one_of_them(text, toks, name_end)
    if one is not None:
        return one
    if apposes_a_body(toks, name_end):
        return None  # "the Sea Wolves, an armed group that ...": a body, no person
    if subject_after_an_opening_adjunct(toks, name_end):
        # "Speaking to the daily Kurier Norte, the woman, who ...": the comma closes the
        # participle's adjunct, whose object the name is; the subject follows, no apposition
        return None
    phrase = _described_phrase(toks, name_end)
    if phrase is not None and any(t.base in words().speech for t in phrase):
        # "Peter Dobrow, a T-Mobile spokesperson said": no closing comma; the phrase
        # before the verb is a role when a title or description ends it
        phrase = list(itertools.takewhile(lambda t: t.base not in words().speech, phrase))
        if not phrase or not _described_head(phrase[-1].base):
            return None
        if _inside_a_clause(toks, name_end):
            # "... intruded into the waters near Bajo Verde, a spokesperson said": the
            # phrase is the subject of "said", its own attribution, no apposition of a
            # name that ends the reported clause
            return None
    if not phrase or _names_others(phrase) or _clause(phrase) or not_a_noun_phrase(phrase):
        return None
    if apposed_as_past(phrase):
        return None  # "X, then deputy chairman of the committee,": held then, not today
    if phrase[head_index(phrase)].base in _non_person_heads():
        return None  # "the Whig party faced a dilemma", "a conservative action committee"
    phrase = _without_dated_participle(phrase)
    return text[phrase[0].start : phrase[-1].end]


def _without_dated_participle(phrase: list[Token]) -> list[Token]:
    """ "the harbour photographer freed on bail on Friday": a past participle's clause
    after the role's head that carries a time of its own tells an event of that day (a
    release, an arrest, a vote), no title: what the sentence tells next may already
    have overtaken it ("..., was detained again on Saturday"). The role is the noun
    phrase before it; a participle with no time ("a consultant based in Limassol")
    stays a description (r76 F17)."""
    head = head_index(phrase)
    for n in range(head + 1, len(phrase)):
        tok = phrase[n]
        if not (tok.text.islower() and tok.base.endswith("ed")):
            continue
        if any(_a_time(t) for t in phrase[n + 1 :]):
            return phrase[:n]
        return phrase
    return phrase


def _a_time(tok: Token) -> bool:
    """A word that names a day or a time: a weekday's or a month's name, a time noun
    ("week", "yesterday") or a year."""
    low = tok.base.lower()
    if calendar_word(tok.text) or low in words()["time_nouns"]:
        return True
    return tok.text.isdecimal() and len(tok.text) == 4


_GROUP_WORDS = 3  # "one of the two injured petitioners": the group's words, at most


def _one_of_them(text: str, toks: list[Token], name_end: int) -> str | None:
    """ "Ann Roe, one of the two injured petitioners, said" -> "injured petitioner", "Ann
    Roe, one of two women elders who signed it," -> "woman elder": one of a group that a
    person's noun names (words.toml's described, or a role's head) is described by that
    noun said of one; the relative clause after it says which of them. Lower-case words
    only, and nothing after the noun: "one of the workers' lawyers" and "one of the
    victims of the fire" are left to say nothing."""
    j = past_an_age(toks, name_end)
    if j + 4 >= len(toks) or toks[j].text != "," or toks[j + 1].base != "one":
        return None
    counted = _a_count(toks[j + 3])  # "one of two elders": a count, no determiner
    if toks[j + 2].base != "of" or not (
        counted or toks[j + 3].base in joined("determiners", "possessives")
    ):
        return None
    first = j + 3 if counted else j + 4
    if first < len(toks) and _a_count(toks[first]):
        first += 1
    end = first
    while (
        end < len(toks)
        and toks[end].text not in BREAKS
        and toks[end].base not in words()["person_relatives"]
        and end - first <= _GROUP_WORDS
    ):
        end += 1
    # ("one of two elders who signed the petition,": the relative clause says which
    # elders, and the noun what she is)
    if end == first or end >= len(toks) or toks[end].text not in {",", ".", "who", "whose"}:
        return None
    group = toks[first:end]
    noun = group[-1].text
    if not all(t.text.islower() and (t.text.isalpha() or "-" in t.text) for t in group):
        return None
    if not noun.endswith("s") or noun.endswith("ss") or not _described_head(noun[:-1]):
        return None
    if any(t.base in joined("role_prepositions", "role_relatives") for t in group):
        return None
    said = text[group[0].start : group[-1].end - 1]
    # "one of two women elders" is a woman elder
    return re.sub(r"\b(wo)?men\b", lambda m: f"{m[1] or ''}man", said)


def _a_count(tok: Token) -> bool:
    return tok.base in number_words() or tok.text.isdigit()


def _inside_a_clause(toks: list[Token], name_end: int) -> bool:
    """The name ending at toks[name_end] is the object of a word in small letters, a
    clause's ("waters near X", "met with X"), not the subject that opens the sentence or
    follows a quote ("Peter Dobrow, a T-Mobile spokesperson said")."""
    start = name_end
    while start > 0 and toks[start - 1].text[:1].isupper():
        start -= 1
    return start > 0 and toks[start - 1].text[:1].islower()


@cache
def _non_person_heads() -> frozenset[str]:
    """Heads that name a body, a place, a work or a thing ("party", "committee",
    "school", "magazine"): a phrase they head describes no person."""
    return joined(
        "organisation_heads",
        "thing_nouns",
        "company_nouns",
        "place_nouns",
        "settlement_nouns",
        "leader_nouns",
        "not_bodies",
        "writings",
    ) - joined("role_heads", "described", "person_nouns")


def _has_head(phrase: list[Token], heads: frozenset[str]) -> bool:
    return any(t.base in heads or is_head(t.base) for t in phrase)


def _clause(phrase: list[Token]) -> bool:
    """ "a rampant Martyn Williams leading the way up front": a role is a noun phrase;
    one that holds another person's full name before any preposition and no head after
    it, or an -ing verb with its object, is a clause or a list's next member ("the widow
    of Kurt Cobain", "an Orlando TV reporter" are roles)."""
    prepositions = words()["role_prepositions"]
    heads = joined("role_heads", "described")
    owned = False  # a preposition came: a name after it is the role's object
    for n, tok in enumerate(phrase[:-1]):
        owned = owned or tok.base in prepositions
        named = not owned and tok.text[:1].isupper() and sure_given(tok.text)
        rest = phrase[n + 2 :]
        if named and phrase[n + 1].text[:1].isupper() and not _has_head(rest, heads):
            return True
        after = phrase[n + 1].base
        verb = n > 0 and tok.text.islower() and tok.base.endswith("ing")
        # "a lawyer representing the families": the participle's phrase on a person's
        # noun postmodifies it, the role's head
        on_a_person = n > 0 and phrase[n - 1].text.islower() and phrase[n - 1].base in heads
        if verb and after in joined("determiners", "possessives") and not on_a_person:
            return True
    return False


def _described_head(base: str) -> bool:
    return is_head(base) or base in joined("described", "apposed_heads")


def _described_phrase(toks: list[Token], j: int) -> list[Token] | None:
    """The words after a name's comma and an article, up to a comma, full stop or
    bracket (at most nine); None when there are none or they make a relative clause.
    A job's noun and its preposition need no article ("Ann Vole, associate professor of
    history at Hale University,")."""
    fronted = _fronted(toks, j)
    j = past_an_age(toks, j)
    if j + 2 >= len(toks) or not opens_apposition(toks[j]):
        return None
    first = j + 2 if toks[j + 1].base in words()["articles"] else j + 1
    if first == j + 1 and not noun_of_a_post(toks, first):
        return None
    k = first
    reach = apposition_reach(toks, first, 10)
    while (
        k < len(toks) and k - j <= reach and (toks[k].text not in BREAKS or initialism_dot(toks, k))
    ):
        if k > first and relative_after_a_noun(toks, k):
            return toks[first:k]  # "Marty Vane, an education professor at Hale who ..."
        k += 1
        joined_on = k + 3 < len(toks) and toks[k + 3].base in {"and", "or", "but", "nor"}
        if k > first and bracketed_initials(toks, k) and not joined_on:
            # "a Cyclone Preparedness Programme (CPP) volunteer": a body's initials
            # after its name inside the phrase, which they lengthen by three words (not
            # before "and": "of the Manufacturers Union (MU) and included ..." goes on
            # as a clause)
            k += 3
            reach += 3
    whole = k >= len(toks) or toks[k].text in BREAKS
    second = second_description(toks, first, k, whole=whole)
    if second is not None:  # "a cleaner and a commuter on Line A for 22 years"
        phrase = toks[first:second]
        relatives = words()["role_relatives"] | {"that"}
        return None if any(t.base in relatives for t in phrase) else phrase
    phrase = toks[first:k]
    if k >= len(toks) or not phrase:
        return None
    if toks[k].text not in {",", ".", ")"} and not bracketed_aside(toks, k):
        return None
    if before_a_name(toks, k, after_person=persons_name_before(toks, j)) or cut_at_abbreviation(
        toks, k
    ):
        return None  # "spokesman for Mrs. Clinton": the full stop is no phrase's end
    if k == len(toks) - 1 and fronted:
        # "According to an affidavit by X, the sheriff took cash.": after a fronted
        # adjunct the words up to the sentence's end are its main clause, no apposition
        return None
    if any(t.base in words()["role_relatives"] | {"that"} for t in phrase):
        return None
    return phrase


def _fronted(toks: list[Token], end: int) -> bool:
    """The name ending at toks[end] stands in the adjunct that opens the sentence
    ("According to an affidavit by X,", "In a ruling by X,"), whose main clause follows
    the name's comma: no comma comes before it ("In 1962, he married X, a stewardess."
    has its main clause before the name)."""
    first = toks[0].base if toks else ""
    if first not in joined("adjunct_openers", "role_prepositions") | {"by", "under"}:
        return False
    return all(tok.text != "," for tok in toks[:end])


def _names_others(phrase: list[Token]) -> bool:
    """ "the oldest players", "the Republican National Committee": a plural head, or a name
    with no preposition in the phrase, describes others or a body, not the person."""
    last = phrase[-1].base
    plural = last.endswith("s") and not last.endswith("ss") and phrase[-1].text.islower()
    if plural and len(phrase) > 1 and head_index(phrase) == len(phrase) - 1:
        # not "professor of history at the University of Nevada-Las Vegas", nor "a
        # lawyer representing the families": a plural after the head is its complement's
        return True
    prepositions = {"of", "at", "for", "in", "on", "with", "from"}  # "a farmer from Karangazi"
    return phrase[-1].text[:1].isupper() and not any(t.base in prepositions for t in phrase)
