"""A title in apposition after a name: "Jack Straw, UK Foreign Secretary, said",
"Edward Leigh, who is chairman of the committee,".

Apart from the described appositions (descriptions) because a titled one must hold a
role's head word and read as a noun phrase, and then serves any name; a described one
has no title word to go by, and is read only after a name that starts with a given
name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.extract.actors.marks import BREAKS, DASHES
from brief.extract.actors.roles.apposition_bounds import (
    apposes_a_body,
    apposition_reach,
    before_a_name,
    bracketed_aside,
    bracketed_field,
    bracketed_initials,
    cut_at_abbreviation,
    initialism_dot,
    opens_apposition,
    past_an_age,
    persons_name_before,
    portfolio_comma,
    relative_after_a_noun,
    second_description,
    subject_after_an_opening_adjunct,
)
from brief.extract.actors.roles.dated_roles import apposed_as_past
from brief.extract.actors.roles.noun_phrases import not_a_noun_phrase
from brief.extract.actors.roles.role_words import TITLE_WORDS, is_head, sure_given
from brief.extract.lexicon import joined, words

if TYPE_CHECKING:
    from brief.extract.actors.names import Token


def apposition(text: str, toks: list[Token], name_end: int) -> str | None:
    """ "Jack Straw, UK Foreign Secretary, said" -> "UK Foreign Secretary". One that "then"
    opens is held no longer ("signed by Zbigniew Kepa, then defence minister."), and
    "now" opens the one held today ("Kepa, now an MP for ..."; see apposed_now)."""
    if apposes_a_body(toks, name_end):
        return None  # "Ansar al-Wadi, a militia loyal to a former governor,": a body
    if subject_after_an_opening_adjunct(toks, name_end):
        return None  # "Speaking to X, the minister said": the listener; the subject follows
    phrase = _apposed_phrase(toks, name_end)
    if phrase is None:
        return _held_by_verb(text, toks, name_end)
    if apposed_as_past(phrase):
        return None  # "Kepa, previously his first deputy,": held then, no title for today
    if phrase[0].base in _TIME_OPENERS and len(phrase) > 1:
        if phrase[0].base == "then":
            return None
        phrase = phrase[1:]
        if phrase[0].base in words()["articles"] and len(phrase) > 1:
            phrase = phrase[1:]
    if phrase is None or not _titles(phrase):
        return None
    return text[phrase[0].start : phrase[-1].end]


def _held_by_verb(text: str, toks: list[Token], name_end: int) -> str | None:
    """ "Viktor Roe, who heads the regional rescue service, said" -> "head of the
    regional rescue service": a relative clause whose verb, in the present, is a title's
    head or its doer's ("heads", "chairs", "leads": `_agent_head`) and whose object a
    noun phrase that a comma, a full stop or a second predicate ("and is ...") closes
    says the office held now, as "who is head of" would; the head and the object are the
    text's words. ("who headed": held then, maybe not now.)"""
    j = past_an_age(toks, name_end)
    if j + 4 >= len(toks) or toks[j].text != "," or toks[j + 1].base != "who":
        return None
    verb, first = toks[j + 2], j + 3
    head = _agent_head(verb.text) if verb.text.islower() and verb.text.endswith("s") else None
    if head is None:
        return None
    opener = toks[first]
    if not (
        opener.base in joined("determiners", "possessives")
        or opener.possessive
        or _bare_field(toks, first, head == verb.text[:-1])
    ):
        return None
    k, auxiliaries = first, words()["auxiliaries"]
    while k < len(toks) and k - first < 9 and toks[k].text not in _CLOSERS:
        if toks[k].base == "and" and k + 1 < len(toks) and toks[k + 1].base in auxiliaries:
            break  # "who leads the Green group and is no relation": a second predicate
        k += 1
    if k >= len(toks) or toks[k].text not in {",", ".", "and"} or k == first + 1:
        return None
    if toks[k].text == "," and not (k + 1 < len(toks) and toks[k + 1].text.islower()):
        return None  # "who chairs the Doctors, Nurses and ... Union": a list in a name
    phrase = toks[first:k]
    pronouns = joined("male_pronouns", "female_pronouns")
    if not_a_noun_phrase(phrase) or any(
        _verb(phrase, n) or t.base in pronouns or t.base in words()["role_relatives"]
        for n, t in enumerate(phrase)
    ):
        return None
    if head != verb.text[:-1] and not any(t.text[:1].isupper() for t in phrase):
        return None  # "who leads the way": a doer's noun only of a body the text names
    return f"{head} of {text[phrase[0].start : phrase[-1].end]}"


def held_where(text: str, toks: list[Token], name_start: int, name_end: int) -> str | None:
    """ "X was showing a camera made by a start-up, Optyka Nocna, where she is chief
    technology officer." -> "chief technology officer at Optyka Nocna": a "where" clause
    on a body the sentence names, whose subject is a pronoun and whose predicate is a
    title after "is", says the office the sentence's person holds there; only where no
    other name stands between (whose pronoun it might be) and the title ends the
    sentence or its clause, before or after the name. A sentence without "where" is
    not read word by word for the names before and after: of the 1,000-article inbox's
    6,096 runs asked, 76 stand in one (0.04 -> 0.007 s of CPU)."""
    if "where" not in text.lower():
        return None  # (the clause's "where" is a token's base: the text's, lower-cased)
    pronouns = joined("male_pronouns", "female_pronouns")
    if any(_names_someone(toks, k) for k in range(name_start - 1)):
        return None  # "Jane Roe met John Smith at Acme, where he is": whose "he"?
    for k in range(name_end + 1, len(toks) - 4):
        if _names_someone(toks, k):
            return None  # another person's name before the clause: whose pronoun?
        if toks[k].text != "," or toks[k + 1].base != "where" or toks[k + 2].base not in pronouns:
            continue
        if toks[k + 3].base != "is":
            return None
        first = k + 4 + (toks[k + 4].base in words()["articles"])
        end = first
        while end < len(toks) and toks[end].text not in _CLOSERS and end - first < 8:
            end += 1
        phrase = toks[first:end]
        if not phrase or end >= len(toks) or toks[end].text not in {".", ",", ";"}:
            return None
        if not _titles(phrase) and not is_head(phrase[-1].base):
            return None
        title = text[phrase[0].start : phrase[-1].end]
        body = _body_before(toks, k)
        return f"{title} at {text[toks[body].start : toks[k - 1].end]}" if body else title
    return None


def _names_someone(toks: list[Token], k: int) -> bool:
    """A capitalised word and another after it, the first a given name: a person's name."""
    return k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and sure_given(toks[k].text)


def _body_before(toks: list[Token], comma: int) -> int | None:
    """Where the capitalised name (up to four words) that ends at the comma starts, else
    None ("a start-up, Optyka Nocna, where": "Optyka")."""
    k = comma
    while k > 0 and comma - k < 4 and toks[k - 1].text[:1].isupper():
        k -= 1
    return k if k < comma and k > 0 and not toks[k - 1].text[:1].isupper() else None


def _bare_field(toks: list[Token], first: int, titled: bool) -> bool:
    """ "who heads procurement of ammunition for ...", "who heads sales at ...": a bare
    noun, a field of work, with its preposition after it, is the object of a verb that is
    the title itself ("heads", "chairs"; not "leads talks for"), whose office it names."""
    if not titled or first + 1 >= len(toks):
        return False
    noun, after = toks[first], toks[first + 1]
    return noun.text.isalpha() and noun.text.islower() and after.base in {"of", "at", "for"}


def _agent_head(verb: str) -> str | None:
    """The title a verb in the present names its doer by: the verb's stem itself
    ("heads", "chairs", "captains") or its agent noun ("leads" -> "leader", "manages" ->
    "manager", "directs" -> "director", "governs" -> "governor"), where that is a title's
    head; else None ("owns", "teaches": no office)."""
    stem = verb[:-1]
    return next(
        (head for head in (stem, f"{stem}er", f"{stem}r", f"{stem}or") if is_head(head)), None
    )


def apposed_now(toks: list[Token], name_end: int) -> bool:
    """Whether the apposition after a name opens with "now": the office held today,
    which stands over one the text gave before ("Kepa, now an MP for ...")."""
    at = past_an_age(toks, name_end)
    return at + 1 < len(toks) and toks[at].text == "," and toks[at + 1].base == "now"


# Adverbs of time that open an apposition and date its office.
_TIME_OPENERS = frozenset({"then", "now"})


def _signature_role(phrase: list[Token]) -> list[Token] | None:
    """The role of a name's line that ends with no stop, a title in capitals ("Minister
    of Health", "Deputy Spokesperson"): each word capitalised but the particles that
    join a title's words (role_prepositions, and the connectors that join a name's);
    anything else (a clause cut short) is none."""
    particles = joined("role_prepositions", "connectors")
    if phrase[0].base in words()["articles"]:
        phrase = phrase[1:]
    if not phrase or not all(t.text[:1].isupper() or t.base in particles for t in phrase):
        return None
    return phrase


def _apposed_phrase(toks: list[Token], j: int) -> list[Token] | None:
    """The apposition after a name (see _apposed_words), unless its words are the
    sentence going on with another's title and name ("In Le Quotidien du Nord, columnist
    Bernard Vasseur mocks ...": see _titles_a_name)."""
    phrase = _apposed_words(toks, j)
    return None if phrase is not None and _titles_a_name(phrase) else phrase


def _apposed_words(toks: list[Token], j: int) -> list[Token] | None:
    """The words between a name's comma and the next comma, full stop or semicolon (at
    most nine), less an article; None when there is no such phrase or it is a relative
    clause ("Smith, who ...")."""
    j = past_an_age(toks, j)
    if j >= len(toks) or not opens_apposition(toks[j]):
        return None
    copula = _copula(toks, j + 1)  # "Edward Leigh, who is chairman of ...,"
    if copula and toks[j + 2].base == "was":
        return None  # "Dominic Cummings, who was an aide to ...,": held then, maybe not now
    opening = j + 1 + copula
    k = opening
    timed = opening < len(toks) and toks[opening].base in _TIME_OPENERS  # "now an MP for"
    first = opening + timed
    first += first < len(toks) and toks[first].base in words()["articles"]
    reach = apposition_reach(toks, first, 9) + timed
    while (
        k < len(toks)
        and k - opening < reach
        and (
            toks[k].text not in _CLOSERS
            or initialism_dot(toks, k)
            or bracketed_initials(toks, k)
            or (k > opening and bracketed_field(toks, k) is not None)
            or portfolio_comma(toks, k)  # "Minister for Power, Energy and Mineral ..."
        )
    ):
        if k > opening + 1 and relative_after_a_noun(toks, k):
            return _closed_by_relative(toks, opening, k)
        if k > opening + 1 and toks[k].base == "since":
            # when the post began, which the role is not: "acting head of X since January"
            # ("until" and "when" stay in it: they date it in the past)
            return _closed_by_relative(toks, opening, k)
        if bracketed_initials(toks, k):
            k += 3  # "director general of the Haitian National Police (PNH) since ..."
            continue
        field = bracketed_field(toks, k) if k > opening else None
        if field is not None:
            k = field + 1  # "assistant deputy minister (materiel) at the Department"
            continue
        k += 1
    if k == opening:
        return None
    whole = k >= len(toks) or toks[k].text in _CLOSERS
    second = second_description(toks, first, k, whole=whole)
    if second is not None:  # "the union's general secretary and a train driver on ..."
        return _closed_by_relative(toks, opening, second)
    if k >= len(toks):
        # the text ends it: a line that signs a quote or heads a transcript, set with no
        # stop ("— Jane Roe, Minister of Health")
        return _signature_role(toks[opening:])
    if toks[k].text not in {",", ".", ";", *DASHES} and not bracketed_aside(toks, k):
        return None
    if before_a_name(toks, k, after_person=persons_name_before(toks, j)) or cut_at_abbreviation(
        toks, k
    ):
        return None  # "In Halifax, Nova Scotia, a spokesman for the board, Jim Harris,"
    phrase = toks[opening:k]
    if phrase[0].base in words()["articles"]:
        phrase = phrase[1:]
    if not phrase or _opens_a_clause(phrase) or phrase[0].base == "as":
        return None  # "Hilda Crane, as secretary of state in 2012 put it,": no apposition
    if phrase[0].text.islower() and phrase[0].base in words()["role_prepositions"]:
        return None  # "Jane Roe SC, for the Director of Public Prosecutions,": no noun phrase
    if phrase[0].base in _LIST_JOINERS:
        return None  # "X, and Iran's ambassador to Austria, Y": the list's next member
    if (
        phrase[0].text.islower()
        and phrase[0].base
        in joined("adjunct_openers", "object_prepositions", "outside_prepositions")
        and not (phrase[0].base == "under" and len(phrase) > 1 and is_head(phrase[1].base))
    ):
        return None  # "Blinken, according to a Russian diplomat,": an adjunct, no noun phrase
    return phrase


def _titles_a_name(phrase: list[Token]) -> bool:
    """Whether the phrase after a name's comma opens with a title in lower case written
    right before another person's full name ("columnist Bernard Vasseur", "senior
    analyst Ruth Ng"): that title is the other's, and the words after the comma are the
    sentence going on after a fronted phrase ("In the Nord daily, columnist ..."), no
    apposition of the name before it."""
    first = next((k for k, tok in enumerate(phrase) if tok.text[:1].isupper()), None)
    if first is None or not 1 <= first <= 3 or first + 1 >= len(phrase):
        return False
    return (
        (is_head(phrase[first - 1].base) or phrase[first - 1].base in joined("described"))
        and sure_given(phrase[first].text)
        and phrase[first + 1].text[:1].isupper()
    )


# A spaced dash closes an apposition as a comma does ("governor of the Korean Development
# Bank (KDB) - one of the firm's creditors": what follows is an aside on the bank).
_CLOSERS = BREAKS | DASHES
# Words that join a list's next member after its comma: what follows is another's.
_LIST_JOINERS = frozenset({"and", "or", "nor", "but"})


def _closed_by_relative(toks: list[Token], opening: int, k: int) -> list[Token] | None:
    """The apposed noun phrase before a relative clause, less its article."""
    phrase = toks[opening:k]
    if phrase[0].base in words()["articles"]:
        phrase = phrase[1:]
    return None if not phrase or _opens_a_clause(phrase) else phrase


def _opens_a_clause(phrase: list[Token]) -> bool:
    """A relative pronoun ("who served twice as foreign minister and who ...") or an
    appointing verb's participle ("named this week as the new envoy") opens a clause,
    never a title: the office it tells of may be past or to come, and its words up to
    the next comma are no noun phrase."""
    first = phrase[0]
    return first.base in words()["role_relatives"] or (
        first.text.islower() and first.base in words()["appointment_verbs"]
    )


def _copula(toks: list[Token], k: int) -> int:
    """How many words of "who is", "who was" or "who has been" open an apposition, before
    a noun phrase ("who is chairman of", "who has been acting head of ... since January";
    "who was the bill's floor manager": a role of the past, which the caller leaves
    out), else 0 ("who is battling Rep. Joe Heck" is a clause)."""
    if k + 2 >= len(toks) or toks[k].base != "who":
        return 0
    if toks[k + 1].base in {"is", "was"}:
        length = 2
    elif toks[k + 1].base == "has" and toks[k + 2].base == "been" and k + 3 < len(toks):
        length = 3
    else:
        return 0
    nxt = toks[k + length]
    noun_phrase = (
        nxt.base in joined("determiners", "possessives") or TITLE_WORDS[nxt.base] or nxt.possessive
    )
    return length if noun_phrase else 0


def _titles(phrase: list[Token]) -> bool:
    """An apposed phrase is a title when a head word is in it and it ends with a title
    word ("UK Foreign Secretary") or goes on after the head with a preposition or another
    title ("the envoy for the Sahel", "chairman and chief architect"); a clause with a
    verb or pronoun ("Colleen Lafond, said she wanted justice.") is none."""
    pronouns = joined("male_pronouns", "female_pronouns")
    if any(_verb(phrase, n) or t.base in pronouns for n, t in enumerate(phrase)):
        return False
    if any(_joined_verb(phrase, n) for n in range(len(phrase) - 2)):
        return False  # "director general of the CBI and included representatives of ..."
    if not_a_noun_phrase(phrase):
        return False
    found = [n for n, t in enumerate(phrase) if is_head(t.base) and not t.possessive]
    if not found:
        return False
    if phrase[-1].base in joined("role_heads", "role_modifiers") or is_head(phrase[-1].base):
        return True  # "Tory co-chairman"
    # "the envoy for the Sahel", "Microsoft chairman and chief software architect"; the
    # head may follow a modifier that is a head too ("deputy energy minister in charge")
    for head in found:
        while head + 1 < len(phrase) and is_head(phrase[head + 1].base):
            head += 1  # "director general of ...": the head's words run on
        field = bracketed_field(phrase, head + 1) if head + 1 < len(phrase) else None
        tail = phrase[(head if field is None else field) + 1 :]  # past "(operations)"
        if tail and tail[0].base in {"of", "for", "to", "in", "at", "and"}:
            return True
    return False


def _joined_verb(phrase: list[Token], n: int) -> bool:
    """ "and included representatives": "and", a past tense and a word that is no head
    after it: a clause joined on, not a second office ("and retired general")."""
    if phrase[n].base != "and":
        return False
    verb, after = phrase[n + 1], phrase[n + 2]
    past = verb.base.endswith("ed") or verb.base in words().irregular
    return verb.text.islower() and past and after.text.islower() and not is_head(after.base)


# Words after which a speech verb's form is a noun: "minister in charge of", "the call".
_NOUN_OPENERS = frozenset({"in", "on", "at", "under", "the", "a", "an"})


def _verb(phrase: list[Token], n: int) -> bool:
    """A speech verb in an apposed phrase makes it a clause, unless it is capitalised (a
    name's word: "State Department spokesman") or a title's word that modifies the head
    after it or ends its "of" ("state minister for ...", "secretary of state"; not '"
    said Rep.')."""
    if phrase[n].base not in words().speech or not phrase[n].text.islower():
        return False
    if n > 0 and phrase[n - 1].base in _NOUN_OPENERS:
        return False  # "in charge of the grid", "the call": a noun after them, no verb
    if phrase[n].base not in words()["role_modifiers"]:
        return True
    after = n + 1 < len(phrase) and TITLE_WORDS[phrase[n + 1].base]
    return not (after or (n > 0 and phrase[n - 1].base == "of"))
