"""The offices a text itself shows to be a person's, in words no list of ours holds.

Local news names offices in the words of the place ("kagawad", "prefeito", "síndico
municipal", "sous-préfète"), which English copy keeps, and in closed compounds of an
office English knows ("undersheriff"). No list of offices can hold every country's, but
news English writes an office the way it writes any other: as a common noun after a
determiner ("the kagawad said", "a tanod with a clipboard"), apposed to a name ("the
maire of Grande-Synthe, Patrick Lemaire,"), and as a title before a name ("Kagawad
Ernesto Villaruel"). A word English never writes in lower case (Punkt's table) that a
text writes so, after a determiner, and that the text also apposes to a name or sets
before one, is a role's head in that text: a capitalised word before a given name is
then a title, not a name's first word, and "Former prefeito Dieter Hasse" is the former
prefeito. A word the text only makes speak is not ("the governorate said", "the
reanalysis claims": a body or a thing speaks in news too).

Romance offices come in both genders ("prefeito", "prefeita"; "presidente",
"presidenta"): a word learned so brings its other gender's form.

Learned once an article (`learn`, from names.read_offices when a text is read) and
asked through `role_words.is_head` while that article's sentences are read, never
another's (names.TextOffices). Most articles write no unknown word after a determiner
and cost one search (about 4 ms an article on a busy machine).

A word English makes is no office, though Punkt's table may lack it: a participle
("an aspiring rapper"), the plural of a noun it knows ("Greek sprinters Kostas ..."),
nor a word before the noun that heads its phrase ("the plantation company, Kegalle
Estates Ltd.": English puts the head last); nor does a phrase apposed to a business's
name or a work's ("Ltd.", "The ...") show a person's office. Six of the 1,000-article
inbox's articles had learned eight words, six of them no office ("favourite",
"campaigners", "sprinters", "aspiring", "domineering", "mother"); one learns one now
("hooker", a rugby player's position: "Wales hooker Mefin Davies").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.actors.roles.role_words import function_words, is_head, phrase_openers
from brief.extract.actors.word_knowledge import (
    agent_noun,
    common_word,
    gender,
    given_name,
    person_nouns,
)
from brief.extract.lexicon import PhraseMatcher, WordMemo, joined, words

# A word as the readers below take it: letters, with hyphens and apostrophes inside.
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?|[^\w\s]")
# Words between a determiner and the office it opens ("the first-ranked kagawad", "the
# first deputy maire"), and between the office and its place ("síndico municipal").
_BETWEEN = 2
# The prefixes that make a closed compound of an office ("undersheriff", "subprefect"),
# and a word that may be one, in either case ("Undersheriff").
_COMPOUND_PREFIXES = ("under", "sub", "vice", "co")
_COMPOUNDS = re.compile(
    rf"\b(?:{'|'.join(p + '|' + p.capitalize() for p in _COMPOUND_PREFIXES)})[a-z]{{4,}}\b"
)


def learn(texts: Sequence[str]) -> frozenset[str]:
    """The words one article's sentences show to be offices (see the module's
    docstring), lower case. Only a word the article writes in lower case after a
    determiner (`_after_determiners`) or a compound of an office may be one: most
    articles write none that no list knows, and stop there. The sentences that write
    one are read for the shapes that show it. A word's own tests are worked out once a
    distinct word."""
    whole = "\n".join(texts)
    keys = {
        word for word in set(_after_determiners().findall(whole)) if _CANDIDATES[word] == _OFFICE
    }
    keys.update(
        low
        for low in {word.lower() for word in _COMPOUNDS.findall(whole)}
        if _CANDIDATES[low] == _COMPOUND
    )
    if not keys:
        return frozenset()  # most texts
    # the sentences that write a key (in a word or as one: the shapes below read whole
    # words), found in one pass over each (an Aho-Corasick automaton), not one search
    # per key: a 25,000-sentence article has hundreds of keys, which had cost 25 s
    holding = PhraseMatcher(dict.fromkeys(keys))
    tokenised = [_TOKEN.findall(text) for text in texts if holding.occurs_in(text.lower())]
    determined: set[str] = set()  # written in lower case after a determiner
    personal: set[str] = set()  # apposed to a name, or a name's title
    compounds: set[str] = set()
    postposed: set[tuple[str, str]] = set()  # (office, the adjective after it)
    for toks in tokenised:
        for k, tok in enumerate(toks):
            if len(tok) < 4:
                continue
            low = tok.lower()
            if low not in keys:
                continue
            kind = _CANDIDATES[low]
            if tok.islower() and _after_determiner(toks, k) and _ends_phrase(toks, k):
                if kind == _COMPOUND:
                    compounds.add(low)
                    continue
                determined.add(low)
                if _apposed(toks, k):
                    personal.add(low)
                    if _past_modifiers(toks, k) == k + 2 and toks[k + 1] not in words().speech:
                        postposed.add((low, toks[k + 1]))
            elif _titles_a_name(toks, k):  # "Kagawad Ernesto", "prefeito Marcelo Tavares"
                if kind == _COMPOUND:
                    compounds.add(low)
                else:
                    personal.add(low)
    learned = determined & personal
    forms = {form for word in learned for form in _other_gender(word)}
    if forms:
        written = {tok.lower() for toks in tokenised for tok in toks}
        forms &= written
    # "síndico municipal", "presidenta municipal of Salvatierra": the Romance order, the
    # adjective after the noun, which English copy keeps; the adjective is the office's
    adjectives = {word for office, word in postposed if office in learned}
    return frozenset(learned | forms | compounds | adjectives)


# What a word may be, for `learn`: none, an office of the text's if its shapes show it,
# or a closed compound of a known office.
_NONE, _OFFICE, _COMPOUND = 0, 1, 2


@cache
def _after_determiners() -> re.Pattern[str]:
    """A lower-case word of four letters or more after a determiner, a possessive or a
    dating word, up to two words after it ("the kagawad", "the first-ranked kagawad")."""
    cased = {form for word in _openers() for form in (word, word.capitalize())}
    openers = "|".join(sorted(map(re.escape, cased), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{openers})\s+(?:[\w'’-]+\s+){{0,{_BETWEEN}}}?"
        r"([^\W\d_A-Z][\w'’-]{3,})(?![\w'’-])"
    )


def _candidate(low: str) -> int:
    """A word of four letters or more that Punkt never saw in lower case and that no
    list holds as a head already, nor a compound of English words ("food-distribution").
    (Not wordfreq's test: one article does not load it.) Nor a word English makes of
    one it knows, which Punkt's table lacks only because the form is rarer: a
    participle ("aspiring", "domineering", "-ed"), which describes a person and names
    no office, or the plural of a known noun ("campaigners", "sprinters"), which names
    several people by what they do."""
    if not low.replace("-", "").isalpha() or low in _known():
        return _NONE
    if common_word(low) or ("-" in low and all(map(common_word, low.split("-")))):
        return _NONE
    if low.endswith(_PARTICIPLE_ENDINGS) or _english_plural(low):
        return _NONE
    return _COMPOUND if _compound(low) else _OFFICE


# The endings of English participles: "an aspiring rapper", "the domineering mother",
# "a disgraced councillor" (no office ends so in the languages English copy borrows from).
_PARTICIPLE_ENDINGS = ("ing", "ed")


def _english_plural(low: str) -> bool:
    """ "campaigners", "solicitors", "witnesses": a plural English makes of a noun it
    knows (Punkt saw the singular in lower case, or a list holds it)."""
    if not low.endswith("s"):
        return False
    singulars = (low[:-1], low[:-2]) if low.endswith("es") else (low[:-1],)
    return any(common_word(one) or one in _known() for one in singulars)


_CANDIDATES = WordMemo(_candidate)


@cache
def _known() -> frozenset[str]:
    # (and the nouns of bodies, places, things and writings: "the charity, Lantern
    # Rescue,", "the tanker, Pelangi Dawn,", "his memoir, Ms Mansour said")
    return (
        joined(
            "role_heads",
            "described",
            "particles",
            "not_names",
            "not_offices",
            "thing_nouns",
            "place_nouns",
            "place_heads",
            "writings",
            "organisation_heads",
            "company_nouns",
        )
        | person_nouns()
    )


def _compound(low: str) -> bool:
    """ "undersheriff", "subprefect": a prefix of rank closed up with a known office."""
    heads = words()["role_heads"]
    return any(
        low.startswith(prefix) and len(low) - len(prefix) >= 4 and low[len(prefix) :] in heads
        for prefix in _COMPOUND_PREFIXES
    )


@cache
def _openers() -> frozenset[str]:
    return joined("determiners", "possessives", "role_past", "role_standin")


def _after_determiner(toks: list[str], k: int) -> bool:
    """A determiner, a possessive or a word that dates an office ("former", "acting")
    before toks[k], with at most two modifiers of an office between ("the first deputy
    maire", "the first-ranked kagawad"); not the object of another office's "of"
    ("Delegate of the governorate, Sonia Mejri", "officer for the constituency, Kofi
    Roe": the name is the delegate's, the officer's)."""
    openers = _openers()
    for at in range(k - 1, max(k - 2 - _BETWEEN, -1), -1):
        low = toks[at].lower()
        if low in openers:
            if at < 2 or toks[at - 1] not in words()["role_prepositions"]:
                return True
            office = toks[at - 2]  # "Delegate of the", "minister of the"
            return not (office[:1].isupper() or is_head(office.lower()))
        if not (toks[at].islower() and ("-" in low or low in words()["role_modifiers"])):
            return False
    return False


def _ends_phrase(toks: list[str], k: int) -> bool:
    """toks[k] ends its noun phrase ("a tanod with", "the maire of", "the kagawad said",
    "the tanods' allowance"), past one lower-case word after it ("the presidenta
    municipal of"): a noun's modifier ("the barangay hall") is none, nor a word before a
    name ("Her compatriot Lena Holt": that it titles a name must be shown apart)."""
    at = _past_modifiers(toks, k)
    if at >= len(toks):
        return True
    after = toks[at]
    return (
        not after[:1].isalnum()
        or after.lower() in phrase_openers()
        or after.lower() in words().speech
    )


def _past_modifiers(toks: list[str], k: int) -> int:
    """Where the office at toks[k] ends, past one lower-case word that is neither a
    phrase's opener nor a noun of its own ("síndico municipal"; not "barangay captain",
    where the office is the captain). English puts a noun phrase's head last: before a
    noun English knows (an office, a person's, a body's, a place's or a thing's noun,
    or one made with an ending of people, "-er", "-ist"), a word is its modifier, and
    the noun its head ("the plantation company, Kegalle Estates Ltd.,", "the domineering
    mother, Amanda"), never an adjective after an office."""
    at = k + 1
    if at + 1 < len(toks) and toks[at].islower() and toks[at] not in phrase_openers():
        if _english_noun(toks[at]) or toks[at + 1] not in {",", "of"}:
            return at  # "the barangay hall": the word after is the phrase's
        at += 1
    return at


def _english_noun(low: str) -> bool:
    return is_head(low) or low in _known() or agent_noun(low) or _english_plural(low)


def _apposed(toks: list[str], k: int) -> bool:
    """ "the maire of Grande-Synthe, Patrick Lemaire", "The vice-prefeita, Cristiane
    Hering,", "The síndico municipal, Octavio Ramírez": a comma, then a name that opens
    with a given name."""
    at = _past_modifiers(toks, k)
    if at < len(toks) and toks[at] == "of":
        at += 1
        while at < len(toks) and toks[at][:1].isupper():
            at += 1
    return at < len(toks) and toks[at] == "," and _name_at(toks, at + 1)


def _titles_a_name(toks: list[str], k: int) -> bool:
    """ "Kagawad Ernesto Villaruel", "prefeito Marcelo Tavares Wendhausen": right before
    a name that opens with a given name."""
    return _name_at(toks, k + 1)


def _name_at(toks: list[str], at: int) -> bool:
    """A person's name at toks[at]: a given name and more capitalised words, none of
    them a title ("Barangay Captain Josefina", "Upazila Nirbahi Officer Md Kamrul
    Hasan"), an honorific ("the impeachment, Ms Chebet-Kamau will") or a word that
    names a body, a place or a thing ("winery Alazani Valley Cellars", "Oblast
    Territorial Centre")."""
    if at + 1 >= len(toks) or not (toks[at].isalpha() and toks[at + 1][:1].isupper()):
        return False
    first = toks[at]
    if not first[:1].isupper() or first.isupper() or first.lower() in function_words():
        return False  # "an aspiring rapper, The Squid and the Whale": a work's name
    if not (gender(first) is not None or given_name(first)):
        return False
    end = at
    while end < len(toks) and end - at < 5 and toks[end][:1].isupper():
        end += 1
    not_a_name = _not_name_words()
    return not any(is_head(word.lower()) or word.lower() in not_a_name for word in toks[at:end])


@cache
def _not_name_words() -> frozenset[str]:
    """The words that make a capitalised run a body's, a place's or a thing's name, and
    the honorifics: a company's form ("Kegalle Estates Ltd.": a phrase apposed to a
    business shows no person's office) as the body's head ("Council") does."""
    return (
        joined(
            "honorifics",
            "organisation_heads",
            "company_suffixes",
            "body_name_ends",
            "place_nouns",
            "place_heads",
            "land_features",
        )
        | words()["thing_nouns"]
    )


def _other_gender(word: str) -> tuple[str, ...]:
    """ "prefeita" of "prefeito", "presidente" and "presidento" of "presidenta": the
    Romance endings of one office's two genders."""
    stem, end = word[:-1], word[-1:]
    if end == "a":
        return (f"{stem}o", f"{stem}e")
    if end in {"o", "e"}:
        return (f"{stem}a",)
    return ()
