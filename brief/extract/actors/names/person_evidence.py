"""What around a run shows that it names a person.

A role or an honorific does; so does the run's shape, a sure given name then a surname
("Paul Ryan"), when no article, count or title after it says otherwise; an age or "who"
after its comma; a speech verb beside a name that opens with a given name; a party or
place word before a full name ("Labour's"); a leader's noun after a surname ("the Bush
administration"). A demonym, a Spanish article or a Romance particle in the run says a
body or a place ("Canadian Tire", "Los Angeles", "Rio de Janeiro"). The words around a
run are read once, into an `Around`, which these rules share.
"""

from __future__ import annotations

from typing import NamedTuple

from brief.extract.actors.names.name_words import (
    coined_then_words,
    hyphened_given_name,
    is_name_token,
    modifier_compound,
    opens_sentence,
    speech_verb_forms,
)
from brief.extract.actors.names.sentence_tokens import INITIALS_RE, Spans, Token
from brief.extract.actors.roles import is_head
from brief.extract.actors.word_knowledge import (
    SURE,
    common_word,
    gender,
    given_name,
    plural_demonym,
)
from brief.extract.lexicon import (
    agent_verb_forms,
    gazetteer,
    hearer_verb_forms,
    joined,
    kin_genders,
    words,
)
from brief.selection.quote_marks import quoted_at

# What may follow a possessive that owns no noun: punctuation or a conjunction.
NO_NOUN = frozenset({",", ".", ";", ":", "and", "or", ")", "!", "?"})
# ... unless what stands before makes it a person's all the same: "a friend of Karl
# Dunmore's", "the idea was Karl Dunmore's".
_OWNING_BEFORE = frozenset({"of", "was", "is", "were", "are", "be", "been", "being"})


class Around(NamedTuple):
    """The words that stand around a run and decide what it names."""

    before: str  # the word before it, past an abbreviated title's dot ("Mr. Trump")
    after: str  # the word after it
    apposed: str | None  # what follows its comma: "age", "who" or "speech" (see apposed_after)
    # the last four are asked of a name of two words or more only (False for one word)
    after_title: bool = False  # a capitalised title and a name follow it
    country_owner: bool = False  # a country's possessive before it: "Ethiopia's"
    counted: bool = False  # a number before it: "150 Game shops", "the 1995 Dayton Accords"
    office_after: bool = False  # a capitalised title after it: "Nova Scotia's Minister"
    owns_nothing: bool = False  # a possessive with no noun after it: "Tom Fairley's, ..."


def before_a_title(toks: list[Token], j: int, spans: Spans) -> bool:
    """ "Jefferson Parish Sheriff Harry Lee", "Manchester Central MP Tony Lloyd": a
    capitalised title and a name right after the run."""
    if j + 1 >= len(toks) or not toks[j].text[:1].isupper() or not is_head(toks[j].base):
        return False
    return is_name_token(toks[j + 1], spans)


def only_words(toks: list[Token], i: int, names: tuple[str, ...], before: str) -> bool:
    """ "Development Planning", "Six government units", "the General Election": words
    that Punkt has seen in lower case and no dictionary knows as given names name no one,
    when they are two or more, or one whose capital is the sentence's or a title's after
    an article. "Mr Brown" and "Chancellor Brown" are people."""
    if before in words()["honorifics"]:
        return _form_of_address(toks, i, names)
    if len(names) >= 2 and names[-1].lower() in words()["parent_addresses"]:
        return True  # "Tell Mam I ate the cake": a child's word for a parent ends it
    if any(map(given_name, names)):
        return False
    if len(names) >= 2 or opens_sentence(toks, i):
        return True
    return i >= 2 and toks[i - 1].text[:1].isupper() and toks[i - 2].base in words()["articles"]


def outlet_staff(text: str, toks: list[Token], i: int, j: int) -> bool:
    """ "our correspondent Jane Roe", "My colleague Jane Roe reports": a name the
    outlet's own voice (words.toml's outlet_voice) puts right before it, outside a quote,
    is one of the outlet's staff reporting, not a person of the news (inside a quote, "my
    colleague" is the speaker's). A colleague is the outlet's only where the name goes on
    to report (`j`, the name's end: "My colleague Jane Roe explains below"); a column's
    writer who is no journalist has colleagues of their own trade ("My colleague Yamamoto
    Keiko has taught English here for 22 years")."""
    if i < 2 or quoted_at(text, toks[i].start):
        return False
    voice = words()["outlet_voice"]
    before = f"{toks[i - 2].base} {toks[i - 1].base}"
    # "our Kyiv correspondent Jane Roe": a place between the voice's two words
    placed = i >= 3 and f"{toks[i - 3].base} {toks[i - 1].base}" in voice
    if before in voice and "colleague" in before:
        return _reports_next(toks, j)
    return before in voice or placed


def _reports_next(toks: list[Token], j: int) -> bool:
    """Whether a speech verb follows the name that ends at `j`, past adverbs ("Jane Roe
    also reports")."""
    while j < len(toks) and toks[j].base in words()["adverbs"]:
        j += 1
    return j < len(toks) and toks[j].base in speech_verb_forms()


def _form_of_address(toks: list[Token], i: int, names: tuple[str, ...]) -> bool:
    """ "the hon. Gentleman", "the right hon. Member for Stroud": a parliament's style
    written in lower case before one common noun is how a member is addressed, not a
    name; a title before a name is capitalised ("Hon. Jane Roe"), but not before a
    member's or an office's noun ("The Hon. Member will withdraw")."""
    style = toks[i - 2] if i >= 2 and toks[i - 1].text == "." else toks[i - 1]
    office = names[0].lower() in joined("described", "role_heads")
    return (
        len(names) == 1
        and (style.text.islower() or office)
        and style.base in {"hon", "honourable", "honorable"}
        and common_word(names[0])
        and gender(names[0].lower()) is None
    )


def word_before(toks: list[Token], i: int) -> str:
    """The word before a run, read past an abbreviated title's dot: "Mr. Trump", "Rev.
    Kyev Tatum" are after "mr" and "rev", not after a full stop."""
    if not i:
        return ""
    before = toks[i - 1].base
    if before == "." and i >= 2 and len(toks[i - 2].text) <= 4:
        return toks[i - 2].base
    if before in words()["honorifics"] and toks[i - 1].text.islower():
        return ""  # "might miss England's trip": a verb, not the honorific "Miss"
    return before


def company_named(toks: list[Token], i: int, names: tuple[str, ...]) -> bool:
    """A suffix ("Inc", "Group") or a company noun and its comma before the run ("The
    mining company, Hamersley Range Resources, said") say it may be a business."""
    w = words()
    if names[-1].lower() in w["company_suffixes"]:
        return True
    return i >= 2 and toks[i - 1].text == "," and toks[i - 2].base in w["company_nouns"]


def beside_speech_verb(toks: list[Token], j: int, around: Around) -> bool:
    """A speech verb that makes the run its speaker: after it, unless a preposition
    makes the run no subject ("Chief Settee of Manitoba Keewatinowi Okimakanak said",
    "RCMP in Thunder Bay said"); before it, unless the run describes the one named
    ("said Moose Jaw resident Brandon Lee"); or after its apposition's comma."""
    speech = speech_verb_forms()
    if around.after in speech and around.before not in words()["name_prepositions"]:
        return True
    if around.before in speech and not _attributive(toks, j) and not toks[j - 1].possessive:
        # not "said Ladbrokes' Warren Lush", nor "told Maria Velsco" (the hearer)
        return around.before not in hearer_verb_forms()
    return around.apposed == "speech"


def is_person(
    last: Token,
    names: tuple[str, ...],
    role: str | None,
    around: Around,
    *,
    company: bool,
    speaks: bool,
) -> bool:
    """Whether the text shows the run is a person's name. A possessive without a role
    names a thing of theirs ("Trump's campaign"); a demonym opens no one's name
    ("Canadian Tire", "British Airways")."""
    honoured = around.before in words()["honorifics"]
    # a full name keeps its shape ("Hillary Clinton's campaign" is hers), but a
    # government holds a capitalised office: "Nova Scotia's Minister of Fisheries"
    # a possessive that owns no noun is a shop's or a brand's name ("brands include Tom
    # Fairley's, Strongbow and Carling"), as "Sainsbury's" is
    brand = around.owns_nothing and around.before not in _OWNING_BEFORE
    owner = len(names) >= 2 and not (around.office_after or brand)
    if last.possessive and role is None and not honoured and not owner:
        return False
    if _opens_with_demonym(names):
        return False
    if role is not None or honoured:
        return True
    if _spanish_article_opens(names) or _romance_place(names, around.before):
        return False
    # English names take no article: "the Royal Ballet", "a Royal Marine", "the Mac Mini"
    # have the shape of a given name and a surname but name a thing.
    shaped = (
        not company
        and around.before not in words()["articles"]
        and not around.counted
        and _given_then_surname(names)
    )
    if shaped and around.after_title:
        shaped = False  # "Jefferson Parish Sheriff Harry Lee": the run places the title
    if _kunya(names) and around.before not in words()["articles"]:
        return True  # "known in the packing house as Umm Youssef"
    return shown_by_context(names, around, company=company, speaks=speaks) or shaped


def _kunya(names: tuple[str, ...]) -> bool:
    """ "Umm Youssef": a kunya's opener before a sure given name names a person."""
    return (
        len(names) == 2
        and names[0].lower() in words()["kunya_openers"]
        and gender(names[1]) in SURE
    )


_SPANISH_ARTICLES = frozenset({"El", "Los", "Las"})


def _spanish_article_opens(names: tuple[str, ...]) -> bool:
    """ "El Informador", "Los Angeles": a Spanish article before a word that is no given
    name opens a paper's, a place's or a team's name; a person so called needs a title
    or an honorific ("IAEA chief El Baradei")."""
    return len(names) >= 2 and names[0] in _SPANISH_ARTICLES and gender(names[1]) is None


def _romance_place(names: tuple[str, ...], before: str) -> bool:
    """ "from Rio de Janeiro", "Playa del Mar": a run through a Spanish or Portuguese
    particle names a place after a locative, or when no sure given name opens it; a
    person's ("Rodrigo de la Serna") opens with a given name and stands elsewhere."""
    if len(names) < 3 or not any(word in words()["romance_particles"] for word in names[1:-1]):
        return False
    return before in words()["locatives"] or gender(names[0]) not in SURE


def _opens_with_demonym(names: tuple[str, ...]) -> bool:
    """ "Canadian Tire", "British Airways": a name of two words or more that opens with a
    demonym is a body's; no one's name opens with one."""
    if len(names) < 2:
        return False
    demonym = gazetteer().get(names[0])
    return demonym is not None and demonym.form == "demonym"


def shown_by_context(
    names: tuple[str, ...], around: Around, *, company: bool, speaks: bool
) -> bool:
    """What surrounds a run without a role that shows a person: an age or "who" after
    it, a speech verb beside a given name, a party or place modifier ("Labour's", "ex-")
    before a full name, or a leader noun after a surname ("Putin government")."""
    if around.after in words()["leader_nouns"] and len(names) == 1:
        # "the Bush administration"; not "Ten-year government bond yields", a compound
        # modifier the sentence's capital opens
        return not modifier_compound(names[0])
    if around.before in words()["articles"] or company:
        return False  # "the Tamil Tigers, who", "The Da Vinci Code claims"
    if around.apposed in {"age", "who"} and len(names) >= 2:
        return True  # not "the drinks company, Red Bull, who"
    if speaks and given_name(names[0]) and not coined_then_words(names):
        return True
    if around.after in agent_verb_forms() and len(names) >= 2 and all(map(_plain_name, names)):
        return True  # "Tendai Mukwashi met the delegations": a person in body
    if around.country_owner and len(names) == 2 and all(map(given_name, names)):
        # "Ethiopia's Tirunesh Dibaba", not "Britain's Royal Mail" nor "Dominica's Carib
        # Indians" (a people: no surname is a demonym's plural)
        return not plural_demonym(names[-1])
    return _modified(around.before) and len(names) >= 2 and given_name(names[0])


def _plain_name(word: str) -> bool:
    """A word that may be a given name or a surname: letters only (no initials, which
    another spelling of the name may space), never seen in lower case."""
    return word.replace("-", "").replace("'", "").isalpha() and given_name(word)


def _modified(before: str) -> bool:
    """A party, place or chamber word ("Labour", "Commons") or an "ex-" before a name
    modifies it: the name after it is a person's when it is a full one."""
    if before == "new":
        return False  # "Sony's new PlayStation Portable": what is new is a thing
    return bool(before) and (before in words()["name_modifiers"] or before.startswith("ex-"))


def _given_then_surname(names: tuple[str, ...]) -> bool:
    """Two or three words, a sure given name first and a surname last, not a word
    ("Vienna Document", "Jackson Park"); or four, two given names and two surnames, as
    Spanish names are written ("María José Chacón Vargas"); or a short family name and a
    romanised given name after it, as Korean and Chinese names are ("Park Ji-hoon")."""
    if len(names) < 2:
        return False
    if len(names) == 2 and len(names[0]) <= 5 and hyphened_given_name(names[1]):
        return names[0].isalpha() and names[0][:1].isupper()  # "Park Ji-hoon", family first
    # (a particle is no word of the count: "Rafael Nunes de Oliveira" has three)
    particles = words()["particles"]
    middle = [
        word
        for word in names[1:-1]
        if word != "." and not INITIALS_RE.fullmatch(word) and word not in particles
    ]
    spelled = [names[0], *middle, names[-1]]
    two_given = len(spelled) == 4 and gender(spelled[1].lower()) is not None
    # "Faadumo Cali Warsame": a given name no list knows before a sure one (name_start)
    unlisted_first = (
        len(spelled) in {3, 4}
        and gender(spelled[0].lower()) is None
        and given_name(spelled[0])
        and gender(spelled[1].lower()) in SURE
    )
    if unlisted_first:
        spelled = spelled[1:]
        two_given = False
    return (
        (len(spelled) in {2, 3} or two_given)  # "Donald J. Trump": an initial is no word
        and gender(spelled[0].lower()) in SURE
        and given_name(spelled[-1])
        and spelled[0] != spelled[-1]  # "Duran Duran" is a band
    )


def _attributive(toks: list[Token], j: int) -> bool:
    """ "Moose Jaw resident", "Trump adviser": a name before a lower-case title or
    description modifies it, as a place or a side."""
    if j >= len(toks) or not toks[j].text[:1].islower():
        return False
    return toks[j].base in joined("role_heads", "described")


def apposed_after(toks: list[Token], i: int, j: int) -> str | None:
    """What follows a name and its comma: an age ("Jericho Balagtas, 46,"), a relative
    "who", or a speech verb that closes an apposed name ("a motorcyclist, Chukwuemeka
    Nwosu, told"; not "chief constable of Gloucestershire Police, said")."""
    if j + 1 >= len(toks) or toks[j].text != ",":
        return None
    nxt = toks[j + 1]
    if nxt.base in words()["age_adverbs"] and j + 2 < len(toks) and toks[j + 2].text.isdigit():
        j, nxt = j + 1, toks[j + 2]  # "Rao, now 83,", "Rao, then 24,": an age said when
    if nxt.text.isdigit() and int(nxt.text) <= 120:
        closed = j + 2 >= len(toks) or toks[j + 2].text in {",", ")", ".", ";"}
        return "age" if closed else None
    if nxt.base == "who":
        return "who"
    if nxt.base == "whose" and j + 2 < len(toks) and toks[j + 2].base in kin_genders():
        after = toks[j + 3].base if j + 3 < len(toks) else ""
        if after not in words()["company_nouns"] | words()["organisation_heads"]:
            return "who"  # "Yeni Cotrina, whose husband, ...": only a person has one (not
            # "Grupo Modelo, whose sister company")
    apposed = i > 0 and toks[i - 1].text == ","
    return "speech" if apposed and nxt.base in speech_verb_forms() else None
