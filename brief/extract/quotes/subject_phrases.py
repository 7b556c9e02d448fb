"""The phrase that names a speech verb's subject, and its head: the one who speaks.

The words next to a speech verb hold more than its speaker: a role ("EEF chief economist
... said"), an apposition ("Straw, the foreign secretary, said"), a relative clause ("The
barrister who had represented Mr Martin had said"), an adverb or a time ("Straw later
said"), a second subject ("Blair and Brown said"). Only the head of the phrase speaks, so
a phrase is cut down to it before any actor is looked for; and the tag after a quote
("said X") and the clause before one ("X said:") cut their phrases the same way, so they
share these tests. Words go in, words come out: no actor is known here.
"""

from __future__ import annotations

import calendar
import re

from brief.extract.actors.word_knowledge import gender, person_nouns
from brief.extract.lexicon import joined, words
from brief.extract.quotes.speech_words import POSSESSIVE_END_RE


def name_word(token: str) -> bool:
    """A word of a name: capitalised, or a title's abbreviation ("Sen.", "Mr."), or a
    surname led by its particle in lower case ("al-Murtada", "el-Sisi")."""
    return (
        token[:1].isupper()
        and (token.replace("-", "").replace("’", "").isalpha() or token.endswith("."))
    ) or particle_led(token)


def particle_led(token: str) -> bool:
    """A surname written with its particle in lower case and joined to it by a hyphen
    ("al-Murtada", "el-Sisi", "bin-Laden"): a name, though it opens in lower case, as
    "de Blasio" is (the particles are words.toml's)."""
    if not token[:1].islower():
        return False
    found = _PARTICLE_LED_RE.match(token)
    return (
        found is not None
        and found.group(1) in words()["particles"]
        and found.group(2).replace("-", "").replace("’", "").replace("'", "").isalpha()
    )


# a particle, its hyphen, and a capitalised word (which may go on: "al-Murtada’s")
_PARTICLE_LED_RE = re.compile(r"([a-z]{1,4})-([A-Z]\w*(?:[-’'][\w]+)*)$")


def subject_word(token: str) -> bool:
    """A word that may be part of a subject phrase or an apposition: a name, a role word,
    a determiner, a pronoun, an adverb ("Straw, the UK foreign secretary, also said"), a
    surname's particle ("de Blasio said"), a body's possessive before a role ("“...,” its
    chief executive, Jane Roe, said"; not "our": the outlet's own voice)."""
    w = words()
    low = token.lower().removesuffix("’s").removesuffix("'s")
    return (
        token[:1].isupper()
        or low in w["particles"]
        or particle_led(token)
        or not token[:1].isalpha()
        or low in joined("role_heads", "role_modifiers", "described", "determiners")
        or low in joined("male_pronouns", "female_pronouns", "connectors")
        or low in w["possessives"] - {"our"}
        or low in words()["adverbs"]
        or low in w["name_modifiers"]
    )


def two_subjects(before: list[str], tail: list[str]) -> bool:
    """Whether a subject phrase is the second of two joined by "and" ("Blair and Brown"),
    not a name after a modifier that "and" joins ("Richard and Judy producer Amanda
    Ross")."""
    if before[-1:] != ["and"] or not tail or _and_in_modifier(tail):
        return False
    # both sides look like subjects: "Obama and Clinton", "The CMF (CMF) and the LCF";
    # not "Vice President for news and talk Dave Gorab", nor ", and Dayton says"
    first_ends = len(before) > 1 and (before[-2][:1].isupper() or before[-2] == ")")
    second_opens = tail[0][:1].isupper() or tail[0].lower() in words()["determiners"]
    return first_ends and second_opens and not _object_before(before[:-1])


def joined_to_an_object(before: list[str], tail: list[str]) -> bool:
    """ "spoke to protesters in Ukraine and Venezuela saying": before an -ing form, a name
    that "and" joins to a preposition's object is the second object, since a participle
    opens no clause of its own with a subject ("in Holland and Ferguson said" does: see
    _object_before); the one saying is the main clause's subject."""
    return before[-1:] == ["and"] and bool(tail) and _object_before(before[:-1])


def _object_before(first: list[str]) -> bool:
    """Whether the name that ends `first` comes right after a preposition ("training in
    Holland"): it is that preposition's object, no subject, so an "and" after it joins
    two clauses ("... in Holland and Ferguson said"), not two speakers. (After a verb
    it may open a clause of its own: "said Woolf and Falconer agreed"; and "of" and
    "for" may be a title's: "Secretary of State John Kerry and Sergei Lavrov said".)"""
    n = len(first)
    while n and first[n - 1][:1].isupper():
        n -= 1
    return 0 < n < len(first) and first[n - 1] in words()["object_prepositions"]


def is_description(phrase: list[str], *, possessive: bool = False) -> bool:
    """ "one resident", "a spokesman for the UN" (and with `possessive`, "its chairman"):
    a description a name may follow."""
    w = words()
    openers = w["determiners"] | (w["possessives"] if possessive else frozenset())
    # "Clinton's campaign chairman, John Podesta, said": a name's possessive opens one too
    owner = possessive and bool(phrase) and POSSESSIVE_END_RE.search(phrase[0]) is not None
    return (
        bool(phrase)
        and (phrase[0].lower() in openers or owner)
        # any noun of one person ("the public defender, Tamar Roe,"), not only an office's
        and any(t.lower() in joined("described", "role_heads") | person_nouns() for t in phrase)
    )


def role_words(phrase: list[str]) -> bool:
    """ "EEF chief economist", "Acting Detective Chief Superintendent": a phrase that
    names an office, which an apposition may name the holder of."""
    return any(token.lower() in joined("described", "role_heads") for token in phrase)


def is_name(tokens: list[str]) -> bool:
    """A short run of capitalised words ("Mick Deats")."""
    return 0 < len(tokens) <= 4 and all(token[:1].isupper() for token in tokens)


def inverted_subject(tokens: list[str]) -> list[str]:
    """ "said Sen. Ted Cruz (R-Texas), who ...": the words up to a break, or up to a
    clause of its own ("said Dan Golvach when asked about Lindsey Graham")."""
    out: list[str] = []
    stops = {"in", "on", "at", "who", *words()["clause_words"], *words()["quote_subordinators"]}
    for n, token in enumerate(tokens):
        if token == "and" and (
            _and_in_modifier(tokens[n + 1 :]) or and_in_office(out, tokens[n + 1 :])
        ):
            # "said Richard and Judy executive producer Amanda Ross", "said Minister of
            # Trade and Industry Jane Doe"
            out.append(token)
            continue
        if token in {",", ".", ";", ":", "(", "!", "?"} or token.lower() in stops:
            break
        named = any(t[:1].isupper() for t in out)  # not "said secretary of state Clinton"
        if named and token == "to" and out[-1].lower() not in joined("role_heads"):
            break  # "says Geir Solheim to the paper" (not "said Envoy to Syria Jane Doe")
        if named and token.islower() and token in words().speech:
            break  # "“...,” state Sen. Jason Holsman said": the verb comes after the name
        if named and (token in joined("adverbs", "time_words", "after_name_adverbs")):
            break  # "said Williams afterwards", "said Mr Clark yesterday"
        out.append(token)
    return out


def and_in_office(out: list[str], rest: list[str]) -> bool:
    """Whether "and" joins two words of an office's or a body's "of" or "for" phrase
    ("Under Secretary of the Treasury for Terrorism and Financial Intelligence Karen
    Whitfield", "Minister of Trade and Industry", "The Ministry of Physical Planning and
    Urban Development"): the words before it since an office's or a body's word and its
    preposition, and those after it to the clause's end, are capitals ("the" and "of"
    aside), and none before it is a given name ("Secretary of State John Kerry and
    Sergei Lavrov" are two)."""
    heads = joined("role_heads", "role_modifiers", "organisation_heads")
    at = next(
        (
            k
            for k in range(len(out) - 1, 0, -1)
            if out[k] in {"of", "for"} and out[k - 1].lower() in heads
        ),
        None,
    )
    if at is None or not out[at - 1][:1].isupper():
        return False
    inside = [t for t in out[at + 1 :] if t not in {"the", "of", "for"}]
    if not inside or not all(t[:1].isupper() for t in inside):
        return False
    if any(gender(t) is not None for t in inside):
        return False
    after = []
    for token in rest:
        if token in {",", ".", ";", ":", "(", "!", "?"}:
            break
        after.append(token)
    return bool(after) and all(t[:1].isupper() or t in {"the", "of", "for"} for t in after)


def _and_in_modifier(rest: list[str]) -> bool:
    """Whether "and" joins two names that modify a role and a name after it ("Richard
    and Judy executive producer Amanda Ross"), not two speakers ("Blair and Brown")."""
    roles = joined("role_heads", "role_modifiers", "described")
    for n, token in enumerate(rest[:6]):
        if token.islower():
            return token in roles and n > 0 and any(t[:1].isupper() for t in rest[n + 1 :])
    return False


def strip_apposition(tokens: list[str]) -> list[str]:
    """ "Straw , the foreign secretary ," -> "Straw"; trailing adverbs go too."""
    if "," in tokens:
        tokens = tokens[: tokens.index(",")]
    while tokens and when_word(tokens[-1]):
        tokens = tokens[:-1]
    return tokens


def opening_subject(tokens: list[str]) -> list[str]:
    """The name phrase a clause opens with ("Carson did not ..."), if it opens with one,
    past a fronted phrase that a comma closes ("Here in Columbia, Sanders ...", "When
    asked, Carson ..."); not "When ...", "In ..." without one."""
    fronted = joined("quote_subordinators", "fronted_prepositions") | {"here", "there"}
    while tokens:  # "On Thursday, after remaining neutral, Warren ..."
        opener = tokens[0].lower()
        adverb = (
            opener in joined("adverbs", "time_words") | {"meanwhile", "now"} and "," in tokens[:6]
        )
        if not ((opener in fronted and "," in tokens) or adverb):
            break
        tokens = tokens[tokens.index(",") + 1 :]  # "Later on Sunday, Carson ..."
    out: list[str] = []
    for token in tokens:
        low = token.lower()
        if not subject_word(token) or low in joined("quote_subordinators", "fronted_prepositions"):
            if out and _owner(out[-1]) and token.isalpha() and token.islower():
                # "Malawi's main opposition candidate rejected ...", "His chief rival
                # ...": a possessive determines the noun after it; the owner is not the
                # subject, so the phrase keeps the noun's first word and names no one
                out.append(token)
            break
        if low in words()["adverbs"] or token in {",", ".", ";", ":", "(", ")"}:
            break
        out.append(token)
    return out


def _owner(token: str) -> bool:
    """A possessive that determines a noun: a name's ("Malawi's") or "his", "her", "its",
    "their", "our"."""
    return token.lower() in words()["possessives"] or (
        token[:1].isupper() and POSSESSIVE_END_RE.search(token) is not None
    )


def when_word(token: str) -> bool:
    """An adverb or a time between a subject and its verb ("Priebus later Thursday told",
    "Trump on Monday said")."""
    return token in joined("adverbs", "time_words") or token in _WEEKDAYS  # not "May", "Early"


_WEEKDAYS = frozenset(calendar.day_name)


def _fronted(tokens: list[str]) -> bool:
    """Whether the words are a prepositional phrase that opens the sentence and holds no
    clause ("In the memoir", not "In 1989 he said that", whose pronoun after "that" is
    the reported clause's subject)."""
    if not tokens or not tokens[0][:1].isupper():
        return False
    if tokens[0].lower() not in words()["fronted_prepositions"]:
        return False
    stops = words()["clause_words"] | words().speech
    return all(token.isalnum() and token.lower() not in stops for token in tokens[1:])


def _fronted_adjunct(tokens: list[str]) -> bool:
    """Whether the words are an adverb of time alone ("Later", "Tonight") or a subordinate
    clause whose subject is a pronoun ("When I brought him tea") that opens the sentence,
    no comma nor quote in it."""
    if not tokens or not tokens[0][:1].isupper() or tokens[0].isupper():
        return False
    first = tokens[0].lower()
    if len(tokens) == 1:
        return when_word(first) and first not in {"on", "this", "next", "last", "has", "had"}
    if first not in words()["subordinators"] or tokens[1].lower() not in _CLAUSE_PRONOUNS:
        return False  # ("When the minister arrived he said": he may be the minister)
    return all(token.isalnum() or "'" in token or "’" in token for token in tokens[1:])


# The subjects of a fronted clause that name no one the pronoun after it may stand for
# apart from the story's people: "When I brought him tea he said".
_CLAUSE_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


# Prepositions before "which" or "whom" that open a relative clause with a subject of its
# own ("her written opinion, in which she said", "a letter in which the minister asked").
_RELATIVE_PREPOSITIONS = frozenset({"in", "of", "to", "by", "with", "under", "through"})


def subject_tail(tokens: list[str]) -> list[str]:
    """The noun phrase that ends just before a verb, less any adverb or time between. A
    relative clause in it is no part of its head: in "The barrister who had represented
    Mr Martin had said" the one speaking is the barrister, never Martin."""
    skipped = joined("passive", "focus_adverbs")  # "She is noting", "Roe just posted"
    while tokens and (when_word(tokens[-1]) or tokens[-1].lower() in skipped):
        tokens = tokens[:-1]  # "Straw later said"
    if tokens[-1:] and tokens[-1].lower() in words()["person_pronouns"] and _fronted(tokens[:-1]):
        # "In the margin beside the 1989 one she wrote": a subject pronoun is a phrase
        # of its own, and the words before it are a fronted phrase no comma closes
        return tokens[-1:]
    if (
        tokens[-1:]
        and tokens[-1].lower() in words()["person_pronouns"]
        and _fronted_adjunct(tokens[:-1])
    ):
        # "Later he said", "When I brought him tea he said": so is one after an adverb
        # of time, or a subordinate clause no comma closes, that opens the sentence
        return tokens[-1:]
    out: list[str] = []
    for n in range(len(tokens) - 1, -1, -1):
        token = tokens[n]
        if token in {",", ".", ";", ":", "(", ")", "“", "”", '"'}:
            break
        if token.lower() in {"that", "and", "but", "when", "as", "if", "because", "while"}:
            break
        if token.lower() == "what":
            break  # "protest what it called": the subject follows the fused relative
        if token.lower() in words()["relative_pronouns"]:
            if out and n and tokens[n - 1].lower() in _RELATIVE_PREPOSITIONS:
                break  # "an opinion, in which she said": the clause has its own subject
            out = []  # the head comes before the relative pronoun
            continue
        out.append(token)
        if len(out) >= 8:
            break
    return list(reversed(out))
