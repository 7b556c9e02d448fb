"""What around a run shows that it names no one: a business, a work, a place or a group.

A common noun before it ("accountancy firm Grant Thornton"), an apposition after it
("Freddie Mac, the country's other largest mortgage firm"), a company's suffix, a
place's or a street's noun, a number ("Route 66"), "its" after its speech verb, a plural
verb, an article and a word of sequence ("the next James Bond"), a list of things it
stands in. Some show it in every mention (`names_a_thing`); others only make a run
that has nothing but a person's shape unlike a person (`unlike_a_person`).
"""

from __future__ import annotations

import re

from brief.extract.actors.names.name_words import (
    hyphened_given_name,
    number_word_set,
    speech_verb_forms,
)
from brief.extract.actors.names.sentence_tokens import (
    OPENING_MARKS,
    QUOTE_CLOSES,
    QUOTE_OPENS,
    Token,
    base_of,
)
from brief.extract.actors.roles import is_head
from brief.extract.actors.word_knowledge import (
    SURE,
    common_word,
    everyday_english,
    gender,
    never_a_name,
    person_nouns,
    plural_demonym,
    region_name,
)
from brief.extract.lexicon import gazetteer, joined, words


def names_a_street(toks: list[Token], j: int) -> bool:
    """ "on Omar El Mokhtar Street", "Martin Luther King Avenue": a capitalised street's
    noun right after the run makes it a street's name, after whoever it honours."""
    return j < len(toks) and toks[j].text[:1].isupper() and toks[j].base in words()["street_nouns"]


def ends_in_a_bodys_word(toks: list[Token], j: int) -> bool:
    """ "the private broadcaster Cedar TV", "Kiss Radio": a capitalised word that ends a
    body's name (words.toml's body_name_ends) right after the run, which a name's run
    never takes in (words.toml's not_names), makes the run the first words of that body's
    name, as a street's noun does a street's; not after a possessive ("Roe's TV show")."""
    return (
        j < len(toks)
        and not toks[j - 1].possessive
        and toks[j].text[:1].isupper()
        and toks[j].base in words()["body_name_ends"]
    )


def placed_in_a_region(toks: list[Token], i: int, j: int) -> bool:
    """ "sitting at Garrison Petawawa, Ontario", "born in Charters Towers, Queensland": a
    run after a preposition that puts it somewhere (words.toml's place_locatives), then a
    comma and a region or a country that closes the phrase, is a place's name, as
    "Atlanta, Georgia" is; a person is not written "at Jane Roe, Ontario"."""
    if (
        i < 1
        or toks[i - 1].base not in words()["place_locatives"]
        or toks[i - 1].text[:1].isupper()
    ):
        return False
    if j + 1 >= len(toks) or toks[j].text != ",":
        return False
    region = toks[j + 1]
    if not region.text.istitle() or region.possessive:
        return False
    closed = j + 2 >= len(toks) or toks[j + 2].text in {",", ".", ";", ")"}
    entry = gazetteer().get(region.text)
    known = entry.form != "demonym" if entry is not None else region_name(region.text)
    return closed and bool(known)


def opens_a_street(toks: list[Token], i: int, j: int) -> bool:
    """ "on Calle Azopardo", "along Avenida de Mayo": a street's noun that opens the run,
    in the languages that put it first, makes the run a street's name."""
    return j - i >= 2 and toks[i].base in words()["street_openers"]


def attributive_name(toks: list[Token], j: int) -> bool:
    """ "Lady Magnolia singer Anna Berg": a name with an honorific before a lower-case
    noun of a trade (not an office: "Lady Ashton spokesman" is her spokesman) modifies it
    as a band's or a brand's name does."""
    if j >= len(toks) or toks[j - 1].possessive or not toks[j].text.islower():
        return False
    return toks[j].base in person_nouns() and not is_head(toks[j].base)


def designator(toks: list[Token], j: int) -> bool:
    """ "Air France Flight 447", "Route 66": a word seen only in lower case inside
    sentences, capitalised before a number, names a numbered thing; "Howard Flight" with
    no number is an MP (and "Brown 12" in a list of scorers a player: Punkt has seen
    "Brown" capitalised inside sentences)."""
    if j >= len(toks) or not toks[j].text[:1].isdigit():
        return False
    return never_a_name(toks[j - 1].base)


def goes_on_as_its(toks: list[Token], j: int) -> bool:
    """ "Royal Caribbean said its ships would return": the run speaks, and what it says
    goes on with "its", the pronoun of a body speaking of itself; a person says "his" or
    "her" ("Paul Rhys was its best performer" is the award's: a speech verb only)."""
    k = j + 1 if j < len(toks) and toks[j].base in words()["adverbs"] else j
    return (
        k + 1 < len(toks)
        and toks[k].text.islower()
        and toks[k].base in speech_verb_forms()
        and toks[k + 1].base == "its"
    )


def reports_as_it(toks: list[Token], j: int) -> bool:
    """ "Hyundai Rotem said in a statement (that) it would transfer ...": the run issues a
    statement whose reported clause opens with "it", as a body reports its own doings;
    a person's is "he" or "she". Asked only of a name whose first word no list knows as
    a given name, and only of the formal report ("said it would take years" may be
    anyone's, of a thing named before)."""
    k = j
    if k >= len(toks) or not toks[k].text.islower() or toks[k].base not in speech_verb_forms():
        return False
    k += 1
    if [t.base for t in toks[k : k + 3]] != ["in", "a", "statement"]:
        return False  # the formal report only: "said it would take years" may be anyone's
    k += 3
    if k < len(toks) and toks[k].base == "that":
        k += 1  # ("said in a statement it would": the "that" left out)
    return k + 1 < len(toks) and toks[k].base == "it" and toks[k + 1].base in _REPORTING_AUX


# What follows a body's "it" in what it reports of itself: "it would", "it will", "it had".
_REPORTING_AUX = frozenset({"would", "will", "had", "has", "was", "is", "plans", "intends"})


def which_relative(toks: list[Token], i: int, j: int) -> bool:
    """ "Coral Pacific, which has cut its flights to Suva, said ...": a relative clause
    opened by "which" right after the run, set off by a comma, tells of a thing, a body or
    a place; a person's is opened by "who". Only where the run opens its sentence, so the
    "which" cannot take in a whole clause before it ("The prize went to Ana Roe, which
    surprised no one")."""
    opens = i == 0 or (i == 1 and toks[0].text in OPENING_MARKS)
    return opens and j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].base == "which"


def speaks_after_apposition(toks: list[Token], j: int) -> bool:
    """ "according to NordNet Watch, a traffic monitor, which said ...": a relative
    "which" after the name's apposition is said of what the apposition and the name
    both stand for, a thing or a body (a person's is "who"); and one that speaks is no
    thing but a body. A "which" that takes in a whole clause before it ("..., which
    surprised no one") does not speak, so only a speech verb counts (r76 F23)."""
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].base not in {"a", "an", "the"}:
        return False
    for k in range(j + 2, min(j + 2 + _APPOSITION_REACH, len(toks) - 2)):
        tok = toks[k]
        if tok.text == ",":
            verb = k + 2
            if toks[k + 1].base != "which" or verb >= len(toks):
                return False
            if toks[verb].base in words()["adverbs"] and verb + 1 < len(toks):
                verb += 1  # "which also said"
            return toks[verb].text.islower() and toks[verb].base in speech_verb_forms()
        if not tok.text[:1].isalnum() or tok.base in {"who", "whose", "whom", "which", "that"}:
            return False
    return False


# How many words an apposition before its "which" may run (speaks_after_apposition).
_APPOSITION_REACH = 8


def plural_subject(toks: list[Token], i: int, j: int) -> bool:
    """ "Paris St Germain have also watched him": a name that opens its sentence and
    takes a plural verb names a team or a body, as British English writes them; one
    person takes "has" ("Smith and Jones have" is two: the run opens no sentence)."""
    opens = i == 0 or (i == 1 and toks[0].text in OPENING_MARKS)
    return opens and j < len(toks) and toks[j].text in {"have", "are", "were"}


def a_type(toks: list[Token], i: int) -> bool:
    """ "who will be the next James Bond", "the first black James Bond": a name after an
    article and a word of sequence is a part to play or a type, not its bearer (no one's
    name takes an article); one adjective may come between ("black")."""
    for k in (i - 1, i - 2):
        if k < 1 or not toks[k].text.islower():
            return False
        if toks[k].base in words()["type_markers"]:
            return toks[k - 1].base in words()["articles"]
    return False


def heads_its_phrase(toks: list[Token], j: int) -> bool:
    """Nothing after the run but a break or a function word ("the Ustashe, a regime",
    "the Ustashe as patriots"): the run heads its noun phrase, not "the Obama campaign"."""
    if j >= len(toks):
        return True
    nxt = toks[j]
    return not nxt.text[:1].isalnum() or nxt.base in words()["after_a_head"] | {"as", "and"}


def counted_before(toks: list[Token], i: int) -> bool:
    """ "the 1995 Dayton Accords", "the two Roman Catholics": an article and a number
    before a plural count or date what the run names, and no one's name is counted. A
    number alone may rank a person ("1 Roger Federer", "Six Chris Paterson penalties",
    "at 15, Rhys Williams") or date a clause ("In 2003 Tony Blair ...")."""
    if i < 2 or toks[i - 2].base not in words()["articles"]:
        return False
    before = toks[i - 1]
    number = before.text.isdigit() or before.base in number_word_set()
    return number and _plural_run_end(toks, i)


def _plural_run_end(toks: list[Token], i: int) -> bool:
    k = i
    while k + 1 < len(toks) and _capital(toks[k + 1]):
        k += 1
    last = toks[k].base
    return last.endswith("s") and not last.endswith("ss")


def _a_group(toks: list[Token], i: int, j: int) -> bool:
    """ "thousands of Roman Catholics", "many Roman Catholics": a plural after a quantifier
    names a group or things; one person is never counted so."""
    last = toks[j - 1].base
    if not last.endswith("s") or last.endswith("ss") or i == 0:
        return False
    quantifiers = words()["group_quantifiers"]
    before = toks[i - 1].base
    if before == "of" and i >= 2:
        return toks[i - 2].base in quantifiers
    return before in quantifiers


def unlike_a_person(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Where a name with nothing but a person's shape names a firm, a medium or a work:
    "favourite at Gideon Marlowe" (a place of business), "the 21-year-old told Maria
    Velsco." (the outlet a quote was given to), "histories, including Tudor Wessex" (a
    member of things), "Open Water, Peter Varnham, Garden State" (listed with names that
    are no one's)."""
    if _a_group(toks, i, j):
        return True
    before = toks[i - 1].base if i else ""
    if before == "at" and not (i >= 2 and toks[i - 2].base.endswith(("ed", "ing"))):
        return True  # not "criticism has been aimed at Pascal Cygan"
    if before in {"to", "from"} and i >= 2 and _route_noun(toks[i - 2]):
        return True  # "a train to Stanley Harcourt": where a journey goes
    ends = j >= len(toks) or toks[j].text in {".", ",", ":", ";"}
    if before == "told" and ends and any(mark in text for mark in '"“'):
        return True
    if before in {"including", "as"} and i >= 3 and toks[i - 2].text == ",":
        noun = toks[i - 3]
        if noun.text.islower() and noun.base.endswith("s") and noun.base[:-1] not in person_nouns():
            return True
    return _listed_with_things(toks, i, j)


def _route_noun(tok: Token) -> bool:
    """A journey's or a way's noun in lower case, singular or plural ("trains")."""
    if not tok.text.islower():
        return False
    nouns = words()["route_nouns"]
    return tok.base in nouns or tok.base.removesuffix("s") in nouns


def _listed_with_things(toks: list[Token], i: int, j: int) -> bool:
    """A list member ("A, B and C") whose neighbours in the list are capitalised runs of
    common words or with a number, which no one's name is ("Open Water", "Bet 365");
    not "for The Aviator, Michael Mann" (no list) nor "Bono, The Edge, Adam Clayton and
    Larry Mullen" (a person's name beside it)."""
    neighbours = [run for run in (_run_before(toks, i), _run_after(toks, j)) if run is not None]
    if _after_a_firm(toks, i):
        return True  # "Goldman Sachs & Co, Harris Interactive and Neilsen/Net Ratings"
    return bool(neighbours) and all(map(_no_ones_name, neighbours))


def _after_a_firm(toks: list[Token], i: int) -> bool:
    """The list member before the run ends in a firm's suffix ("Goldman Sachs & Co,"):
    the list is of firms."""
    if i < 3 or toks[i - 1].base not in _JOINS:
        return False
    suffix, before = toks[i - 2], toks[i - 3]
    named = before.text[:1].isupper() or before.text == "&"
    return suffix.text[:1].isupper() and named and suffix.base in words()["company_suffixes"]


_JOINS = frozenset({",", "and", "or"})


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def _run_before(toks: list[Token], i: int) -> list[str] | None:
    """The list member before a run: capitalised words after a join or the sentence's
    start, then a join; None without a join, [] when the member is not whole."""
    if i < 2 or toks[i - 1].base not in _JOINS:
        return None
    k = i - 2
    while k >= 0 and _capital(toks[k]):
        k -= 1
    member = [t.text for t in toks[k + 1 : i - 1]]
    if member and member[0].lower() in words()["fronted_prepositions"]:
        return None  # "In 1999, Tony Blair visited": a fronted phrase, no list's member
    return member if k < 0 or toks[k].base in _JOINS else []


def _run_after(toks: list[Token], j: int) -> list[str] | None:
    """The list member after a run: a join, capitalised words, then a join or a break;
    [] when the member is not whole, or when the members after the run end on a role's
    head, whose modifiers they are, no list ("Ann Lee, Middle East and North Africa
    director at ...": her office's region)."""
    if j >= len(toks) or toks[j].base not in _JOINS:
        return None
    k = j + 1
    while k < len(toks) and _capital(toks[k]):
        k += 1
    member = [t.text for t in toks[j + 1 : k]]
    ends = k >= len(toks) or toks[k].base in _JOINS or toks[k].text in {".", ";", ":"}
    if not ends:
        return []
    last = k
    while last < len(toks) and toks[last].base in {"and", "or"}:
        last += 1
        while last < len(toks) and _capital(toks[last]):
            last += 1
    if last > k and last < len(toks) and toks[last].text.islower() and is_head(toks[last].base):
        return []  # "Middle East and North Africa director"
    return member


def _no_ones_name(run: list[str]) -> bool:
    """Two or more capitalised words, all common ones, or with a number."""
    if len(run) < 2:
        return False
    return any(word[:1].isdigit() for word in run) or all(map(common_word, run))


# A digit inside a word, against a letter: "Care4Calais", "Web3".
DIGIT_INSIDE_RE = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")


def fills_a_quotation(text: str, toks: list[Token], i: int, j: int) -> bool:
    """ "withdrawn “Deep Harbour” from its programme": a run that fills a quotation alone,
    the marks right around it (a comma or a stop inside the closing one), is a work's
    title, an operation's or a slogan's, which news sets in quotation marks; a person's
    name is not. (A title before it, "the firm's 'Chief Yahoo'", is name_role's.)"""
    before = text[: toks[i].start]
    after = text[toks[j - 1].end :].lstrip(",.!?")
    if before[-1:] not in QUOTE_OPENS or after[:1] not in QUOTE_CLOSES:
        return False
    if gender(toks[i].text) is not None:
        # a person's name as a string ('searched for "Frank Lloyd Wright"'); a title that
        # opens with a word the names dictionary holds ("Deep Harbour") is read so too
        return False
    if _NAMING_BEFORE.search(before[:-1]) is not None:
        return False  # a name given as such: "identified herself only as “Ate Lyn,”"
    # words said, a speech tag after them: "“Tony Blair,” she said, “is wrong.”"
    return words().speech.isdisjoint(_WORD.findall(after[1:40].lower()))


# Words that give the name after them as a name: "known as", "named", "calls himself".
_WORD = re.compile(r"[a-z]+")
_NAMING_BEFORE = re.compile(r"\b(?:as|named|called|calls|nicknamed|dubbed|name|alias)\s*\Z", re.I)


def names_a_thing(toks: list[Token], i: int, j: int, names: tuple[str, ...]) -> bool:
    """What the words around a run show it to name, in every mention: a business, a
    band or a work after its common noun ("accountancy firm Grant Thornton", "Mike
    Leigh's film Vera Drake", "companies such as Adam Opel", "Bookmakers Ladbrokes"), a
    work before its author ("Mr Norrell by Susanna Clarke"), or a place before its noun
    ("King Cross station", "the Sheffield Hallam seat"), or that noun ends it ("Imam
    Khomeini International Airport"). A suffix ("Motors", "Wells Fargo Bank") ends a
    business's name, or comes before the region of its branch ("Media Labs Europe")."""
    w = words()
    if names[-1].lower() in w["company_suffixes"]:
        return True
    if not all(map(str.isalpha, names)) and any(DIGIT_INSIDE_RE.search(name) for name in names):
        return True  # "Grace Help4Kids": no one's name holds a digit inside a word
    if any(len(name) > 3 and name.lower() in w["company_suffixes"] for name in names[:-1]):
        return True  # "Motors Europe" of "General Motors Europe": a business's branch
    if (
        len(names) >= 2
        and names[-1].lower() in w["place_nouns"]
        and (gender(base_of(names[0])) not in SURE or _plural_only(names[-1]))
    ):
        return True  # "Khomeini International Airport", "Wembley Stadium"; not "Emma Ward"
    if len(names) >= 2 and names[-1].lower() in w["land_features"]:
        return True  # "the Jordan Valley": a place whatever word opens it
    if len(names) >= 2 and _abstract_plural(names[-1]) and gender(base_of(names[0])) not in SURE:
        return True  # "Tenant Relations", "Water Solutions": a desk's name; not "Jeff Sessions"
    if (
        len(names) >= 2
        and _after_the(toks, i)
        and names[-1][:1].isupper()
        and names[-1].lower() in joined("place_nouns", "structure_nouns")
    ):
        return True  # "the Denton Bridge", "the Sir Ignatius Kilage Stadium": a place
    if len(names) >= 2 and plural_demonym(names[-1]) and gender(names[0]) is None:
        return True  # "Orthodox Serbs", "Bosnian Croats": a people; not "Claire Danes"
    if i > 0 and _registry_compound(toks[i - 1].base, w["registry_compounds"]):
        return True  # "the Liberia-flagged Sea Lark": a ship; "state-owned Rosneft": a firm
    if i > 0 and toks[i - 1].base in w["vessel_prefixes"] and not toks[i - 1].text.istitle():
        return True  # "the ms Ryndam", "MV Seaspray": a ship, not "Ms Ryndam"
    if (
        i >= 2
        and toks[i - 2].text == "the"
        and toks[i - 1].text[:1].isupper()
        and toks[i - 1].base.rstrip(".") in w["craft_honorifics"]
    ):
        return True  # "aboard the Doña Jimena", "the Miss Dolores": a craft named so
    if _place_under_a_style(toks, i, names):
        return True  # "the Central Bank of Sri Lanka": a country, not Mr Lanka
    if i > 0 and toks[i - 1].base in w["head_first_bodies"] and _capital(toks[i - 1]):
        return True  # "the Université Félix Houphouët-Boigny": a body named after him
    if len(names) >= 2 and names[0].lower() in w["head_first_bodies"]:
        return True  # "Mineração Serra Azul": a trade's noun opens a firm's name
    if len(names) >= 2 and gender(names[-1].lower()) is None and region_name(" ".join(names)):
        return True  # "Minas Gerais": a region's whole name (not "Victoria Ncube")
    if len(names) >= 2 and thing_noun(toks[i].base) and not hyphened_given_name(names[-1]):
        return True  # "Bookmakers Ladbrokes": the sentence's capital on the noun (not
        # "Song Min-ho", a family name before a romanised given name)
    if i > 0 and toks[i - 1].base in {"its", "their"}:
        return True  # "its Solo Chassis gaming chair": what a body owns is a thing
    if _quoted_whole(toks, i, j) and gender(base_of(names[0])) is None:
        return True  # a shirt that read “Fascist Trump”: a slogan, a title, a nickname
    if _quoted_whole(toks, i, j) and _quoted_work(toks, i, j):
        return True  # "the album “Grace Hill”", "“Deep Harbour,” a film about ..."
    k = i - 1
    if k >= 2 and toks[k].base == "as" and toks[k - 1].base == "such":
        k -= 2  # "companies such as Adam Opel"
    if k >= 1 and toks[k].text == "," and _apposed_to_a_thing(toks, k, j):
        k -= 1  # "the West End musical, Bombay Dreams."
    if k >= 0 and (toks[k].text[:1].islower() or k == 0) and _thing_noun_ending(toks, k):
        return True  # "Bookmaker William Hill has": the noun may open the sentence
    if j < len(toks) and toks[j].text[:1].islower() and _place_noun_at(toks, j):
        return True  # "from Mihail Kogalniceanu air base": a base named after him
    if _built_after_the(toks, i, j):
        return True  # "at the former Zion Lutheran building": a building, named for whom
    if (
        i >= 2
        and toks[i - 1].text[:1].isupper()
        and (is_head(toks[i - 1].base) or toks[i - 1].base.rstrip(".") in w["honorifics"])
        and toks[i - 2].text.islower()
        and toks[i - 2].base in w["vessel_nouns"]
    ):
        # "the patrol ship Admiral Gromov": a ship named after an admiral, and "the tanker
        # Sri Kenanga", "the ferry Lady Mary": a ship's name may open with a style
        return True
    if i >= 2 and toks[i - 1].base == "of" and toks[i - 2].base in w["dwellers"]:
        return True  # "a resident of Hazel Grove": a place its people live in
    if len(names) >= 2 and _joined_to_a_body(toks, j) and gender(base_of(names[0])) not in SURE:
        return True  # "the Major Organised Crime and Anti-Corruption Agency": one body
    return _before_author(toks, j) or _apposed_thing(toks, j)


def _abstract_plural(word: str) -> bool:
    """A plural of an abstract noun in "-tion" or "-sion" ("Relations", "Operations",
    "Admissions"): the last word of a desk's or a body's name, hardly ever of a person's
    (after a sure given name it is: "Jeff Sessions")."""
    return word.lower().endswith(("tions", "sions")) and len(word) > 6


def _place_under_a_style(toks: list[Token], i: int, names: tuple[str, ...]) -> bool:
    """A place whose name opens with a word that is also a style before a person's name
    ("Sri Lanka", "Lord Howe Island"): the style and the run together are a name the
    gazetteer knows, so the run is that place's last words, and no one's name."""
    if i == 0 or toks[i - 1].base not in words()["honorifics"] or not _capital(toks[i - 1]):
        return False
    if toks[i - 1].end + 1 != toks[i].start:
        return False  # "Sri. Lanka", a full stop between them: no place's name
    return f"{toks[i - 1].text} {' '.join(names)}" in gazetteer()


def _joined_to_a_body(toks: list[Token], j: int) -> bool:
    """ "and" after a run, then capitalised words a body's head noun ends, with nothing
    after them: the run's common words open that body's name ("the Serious Fraud and
    Asset Recovery Office (SFARO)"), as two bodies are never joined without their
    articles."""
    if j + 2 >= len(toks) or toks[j].base != "and":
        return False
    k = j + 1
    while k < len(toks) and toks[k].text[:1].isupper():
        k += 1
    ends = k >= len(toks) or toks[k].text in {"(", ",", ".", ";", ":"}
    return k > j + 1 and ends and toks[k - 1].base in words()["organisation_heads"]


def named_for_place_and_trade(names: tuple[str, ...]) -> bool:
    """ "Sahel Cement", "Kano Flour Mills", "Lagos Steel": a place's name, then nothing
    but common nouns, names a business after where it stands and what it makes. A
    person's name opens with a given name, and a place's name that is also one ("Chad
    Baker", "Georgia Mills", "Paris Hilton") keeps the person."""
    if len(names) < 2 or gender(base_of(names[0])) is not None:
        return False
    entry = gazetteer().get(names[0])
    place = (entry is not None and entry.kind == "country") or region_name(names[0])
    return place and all(
        word[:1].isupper() and word.isalpha() and (common_word(word) or everyday_english(word))
        for word in names[1:]
    )


def opened_by_compass(toks: list[Token], i: int) -> bool:
    """ "the Western Jet Foil processing site", "the Northern Grain Board": a capitalised
    compass word between "the" and the run opens the name, which is then a place's or a
    body's; no one's name opens with one, and a person's title stands between ("the
    Western Cape premier Alan Winde")."""
    return (
        i >= 2
        and toks[i - 1].text[:1].isupper()
        and toks[i - 1].base in words()["region_words"]
        and toks[i - 2].base == "the"
    )


def _after_the(toks: list[Token], i: int) -> bool:
    """Whether "the" opens the run at toks[i], past an honorific ("the Sir Ignatius ...")."""
    k = i - 1
    if k >= 0 and toks[k].base in words()["honorifics"]:
        k -= 1
    return k >= 0 and toks[k].text == "the"


def _registry_compound(word: str, ends: frozenset[str]) -> bool:
    """ "liberia-flagged", "state-owned": a compound whose last part says where a thing
    is registered or who owns it."""
    first, dash, last = word.rpartition("-")
    return bool(first and dash) and last in ends


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})


def _built_after_the(toks: list[Token], i: int, j: int) -> bool:
    """ "the former Zion Lutheran building", "the old Kofi Annan hall": a run between "the"
    (and at most one lower-case word that describes) and a built place's noun in lower
    case modifies that noun, as a name does the place it is given to; a person is never
    so written. (Capitalised, the noun ends the place's own name: see names_a_thing.)"""
    if j >= len(toks) or not toks[j].text.islower():
        return False
    if toks[j].base not in words()["structure_nouns"]:
        return False
    k = i - 1
    if k >= 1 and toks[k].text.islower() and toks[k].text.isalpha() and toks[k].text != "the":
        k -= 1
    return k >= 0 and toks[k].text in {"the", "The"}


def _place_noun_at(toks: list[Token], j: int) -> bool:
    """A place's noun of one word or two ("station", "air base") starts at toks[j]."""
    nouns = words()["place_nouns"]
    two = f"{toks[j].base} {toks[j + 1].base}" if j + 1 < len(toks) else ""
    return toks[j].base in nouns or two in nouns


def _plural_only(noun: str) -> bool:
    """A place's noun that the list holds in the plural, having no singular ("Barracks"):
    no one's surname, so after a given name ("Robertson Barracks") it still names the
    place, where "Emma Ward" is a woman. (The list holds the others in the singular.)"""
    low = noun.lower()
    return low.endswith("s") and not low.endswith("ss")


def _quoted_whole(toks: list[Token], i: int, j: int) -> bool:
    """Whether the run is all a quotation holds (“Fascist Trump”, ''The Rock,''): words
    quoted as words, a slogan or a title, not a mention of someone (the caller keeps a
    run a known given name opens: MTV's "Carson Daly" is still him)."""
    if i == 0 or toks[i - 1].text not in _OPENING_QUOTES:
        return False
    comma = j < len(toks) and toks[j].text == ","
    k = j + 1 if comma else j
    if k >= len(toks) or toks[k].text not in _CLOSING_QUOTES:
        return False
    # “Tony Blair,” he said, “is wrong.”: a quotation the speech tag interrupts
    after = toks[k + 1].base if k + 1 < len(toks) else ""
    return not (comma and (after in words().speech or after in words()["person_pronouns"]))


def _quoted_work(toks: list[Token], i: int, j: int) -> bool:
    """A run that fills quotation marks which the sentence calls a work, as it would
    unquoted: a work's noun before the opening mark ("the album “Grace Hill”") or an
    apposition a work's or a place's noun heads after the closing one ("“Deep
    Harbour,” a film about ...", the comma inside the marks or after them). A title
    that opens with a word the names dictionary holds is still no one's name; a name
    quoted as a string ('searched for "Frank Lloyd Wright"') stays its person's."""
    if i >= 2 and toks[i - 2].text[:1].islower() and _thing_noun_ending(toks, i - 2):
        return True
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].text in _CLOSING_QUOTES:
        return _apposed_thing([*toks[: j + 1], *toks[j + 2 :]], j)  # “Deep Harbour,” a
    return j + 1 < len(toks) and _apposed_thing(toks, j + 1)  # “Deep Harbour”, a


def _apposed_thing(toks: list[Token], j: int) -> bool:
    """ "Jonathan Strange and Mr Norrell, a novel about the magic arts", "Freddie Mac,
    the country's other largest mortgage firm,": an apposition headed by a work's, a
    business's or a settlement's noun (not "a film director"), or one a compound of who
    owns it or where it is registered opens ("a state-owned maker of mortar rounds")."""
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].base not in words()["articles"]:
        return False
    people = joined("role_heads", "described")
    for k in range(j + 2, min(j + 8, len(toks) - 1)):
        base = toks[k].base
        if toks[k].possessive and toks[k].text.islower():
            continue  # "Marriott Springhill Suites, the agent's hotel,": a determiner
        if toks[k].text == "-" or toks[k].text[:1].isdigit():
            continue  # "X, a 60,000-tonne vessel": a measure modifies the head
        if _registry_compound(base, words()["registry_compounds"]):
            return True  # "X, a state-owned maker of ...": no person is owned or flagged
        if thing_noun(base):
            return toks[k + 1].base in words()["after_a_head"] or _participle(toks[k + 1])
        if base in words()["settlement_nouns"]:
            # "Deep Harbour, a fishing village north of Bergen": a place (not "Anna Berg,
            # a village elder", a person's noun after it)
            return toks[k + 1].base in joined("after_a_head", "cardinal_points")
        if (
            not toks[k].text.islower()
            or base in people
            or base in words()["after_a_head"] | {"and"}
        ):
            return False  # "Dan Conston, a senior adviser to the group": a person's noun
    return False


def _apposed_to_a_thing(toks: list[Token], comma: int, j: int) -> bool:
    """ "the popular West End musical, Bombay Dreams.": a run between commas after a noun
    phrase whose head may be a thing's; not "best musical, Victoria Hamilton was" (no
    closing comma) nor "the director of the film, Vinod Pande," (a person's head)."""
    closed = j >= len(toks) or toks[j].text in {",", ".", ";", ")"}
    if not closed or not toks[comma - 1].text[:1].islower():
        return False
    people = joined("role_heads", "described")
    k = comma - 1
    while k >= 0 and comma - k <= 10 and toks[k].text != ",":
        if toks[k].base in people:
            # "AR Rahman, the director of the musical, Bombay Dreams": the description is
            # the name's before it, so the run is what "of" names
            return k >= 2 and toks[k - 1].base in words()["articles"] and _after_a_name(toks, k - 2)
        k -= 1
    return True


def _after_a_name(toks: list[Token], k: int) -> bool:
    return toks[k].text == "," and k >= 1 and toks[k - 1].text[:1].isupper()


def thing_noun(base: str) -> bool:
    """A noun that names what a business, a band or a work is, singular or plural."""
    nouns = words()["thing_nouns"]
    if base in nouns:
        return True
    if base.endswith("ies") and base[:-3] + "y" in nouns:
        return True  # "companies"; "movies" is a movie's plural
    return base.endswith("s") and base[:-1] in nouns


def _thing_noun_ending(toks: list[Token], k: int) -> bool:
    """A thing's noun that ends at `k`, of one word or of two ("the bulk carrier Anna
    Petrova": "carrier" alone is as often an airline, so the list holds the pair)."""
    if thing_noun(toks[k].base):
        return True
    return k >= 1 and f"{toks[k - 1].base} {toks[k].base}" in words()["thing_nouns"]


def _participle(tok: Token) -> bool:
    """A present participle that opens a reduced relative clause after a noun's head ("a
    60,000-tonne vessel carrying maize", "a firm making drones"): the head ends there."""
    text = tok.text
    return text.islower() and text.isalpha() and len(text) > 5 and text.endswith("ing")


def _before_author(toks: list[Token], j: int) -> bool:
    """ "Jonathan Strange and Mr Norrell by Susanna Clarke": a work's title before "by"
    and its author's full name."""
    if j + 2 >= len(toks) or toks[j].base != "by":
        return False
    author = toks[j + 1]
    return (
        gender(author.base) in SURE and toks[j + 2].text[:1].isupper() and author.text[:1].isupper()
    )
