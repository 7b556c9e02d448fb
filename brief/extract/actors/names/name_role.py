"""The title or role the text gives a run, and when the brief must not report it.

brief.extract.actors.roles reads the phrases (a title before a name, an apposition after
it, a description); here is which of them a run may keep. Most runs are one word, which
keep a role only after an honorific or a title word, so that is asked first, of the words
around it alone (`_titled`). A person's noun before a full name ("champion Derartu
Tulu") and an office the sentence appoints the run to are roles too. A role is withheld
when it is a speaker's own relation ("my dear sister Hillary Clinton"), a title the
sentence ends ("sacked coach X", "then president X"), or a coined one in quotes ("the
firm's 'Chief Yahoo'"): it shows a person, but not the office the brief reports. A
title a verb in the past ended is given as the former one the sentence says it is
("parliament dismissed Energy Minister X": "former Energy Minister").
"""

from __future__ import annotations

import re
from functools import cache
from operator import attrgetter

from brief.extract.actors.names.name_start import posted_rank
from brief.extract.actors.names.name_words import is_superlative, opens_sentence
from brief.extract.actors.names.sentence_tokens import (
    QUOTE_CLOSES,
    QUOTE_OPENS,
    Spans,
    Token,
    in_spans,
)
from brief.extract.actors.roles import (
    after_an_ending,
    appointed,
    apposed_now,
    apposition,
    dated_start,
    described_apposition,
    described_before,
    ended_title,
    held_where,
    is_head,
    rank_only,
    role_before,
)
from brief.extract.actors.roles.role_words import opens_a_style
from brief.extract.actors.word_knowledge import (
    SURE,
    common_word,
    gender,
    given_name,
    never_a_name,
    person_nouns,
)
from brief.extract.lexicon import joined, kin_genders, words

# The speaker's possessive and up to two adjectives, before a title: "my dear sister", "my
# old friend" (not "our": "our former President Gerald Ford" is his office).
_SPEAKERS_OWN = re.compile(r"\b(?i:my)(?:\s+[a-z]+){0,2}\s*\Z")


def speakers_own(before: str, role: str) -> bool:
    """ "I love my dear sister Hillary Clinton": inside a quote, a relation after the
    speaker's own possessive is theirs to the person, not the person's role, and so is
    one the relation opens ("my friend Prime Minister Tony Blair", "my husband and
    President Obama"). An office stays the holder's ("my Attorney General Jeff Sessions",
    "my colleague Senator Elizabeth Warren", whose title is "Senator" alone)."""
    words_of = role.split()
    if words_of and is_head(words_of[0].lower().rstrip(".,")):
        return False
    return _SPEAKERS_OWN.search(before[-40:]) is not None


def past_style(head: str, role: str) -> str:
    """ "removed the town's director of public security, Commander X": the text before
    the run up to the office apposed to it, past the rank or style the name bears (one
    or two capitalised words after the comma), where the office ends there; else
    `head` as it is."""
    cut = head.rfind(", ")
    style = head[cut + 2 :].split()
    if cut < 0 or head.endswith(role) or not 0 < len(style) <= 2:
        return head
    styled = all(word[:1].isupper() for word in style) and head[:cut].endswith(role)
    return head[:cut] if styled else head


def title_ended(head: str, toks: list[Token], i: int, role: str) -> bool:
    """Whether the title right before the run (`role`, at the end of `head`, the text
    before the run) follows a verb that ended its holder's office, or "then" (see
    roles.after_an_ending), or is a predecessor's ("his predecessor's deputy X")."""
    head = past_style(head, role)
    if not head.endswith(role):
        return False
    last = role.split()[-1].lower().rstrip(".") if role.split() else ""
    if last in words()["described"] and not is_head(last):
        return False  # "replaces actor Dallas Roberts": a trade, not an office ("sacked
        # manager X"), stays theirs
    at = _title_at(head, toks, i, role)
    return at is not None and (after_an_ending(toks, at) or _predecessors_own(toks, at))


def _predecessors_own(toks: list[Token], at: int) -> bool:
    """ "his predecessor's deputy Jacques Roe": an office under one who left it, held
    then; the sentence does not say it is held now."""
    before = toks[at - 1] if at >= 1 else None
    return before is not None and before.possessive and before.base in words()["predecessor_nouns"]


def predecessors_title(head: str, toks: list[Token], i: int, role: str) -> bool:
    """ "Your predecessor, Mayor X,": the title right before the run is apposed to the
    one who held an office before. It may be that office, held no more, or one they keep
    ("Her predecessor, Ambassador X, whose term ends next month"): the tallies settle it
    by whether one other person holds it now (tallies.without_successors_offices). A
    rank stays with its holder ("his predecessor, Col. X")."""
    at = _title_at(head, toks, i, role) if head.endswith(role) else None
    if at is None or rank_only(role):
        return False
    k = at - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    return k >= 0 and toks[k].base in words()["predecessor_nouns"]


def former_title(head: str, toks: list[Token], i: int, role: str) -> str | None:
    """The ended title right before the run as the former one the sentence says it is
    ("parliament dismissed Energy Minister X": "former Energy Minister"; see
    roles.ended_title), else None."""
    head = past_style(head, role)
    at = _title_at(head, toks, i, role) if head.endswith(role) else None
    return None if at is None else ended_title(toks, at, role)


def _kin(word: str) -> bool:
    return word.lower().rstrip(".,") in kin_genders()


def _title_at(head: str, toks: list[Token], i: int, role: str) -> int | None:
    start = len(head) - len(role)
    return next((k for k in range(i - 1, -1, -1) if toks[k].start == start), None)


def alone_in_quotes(text: str, toks: list[Token], i: int, j: int) -> bool:
    """ "the firm's 'Chief Yahoo'", "aka 'King James'", "chanted “President Trump”": a
    title and a run that fill a quotation alone are a coined title, a nickname or words
    said, not the title a reporter gives the person. (A plain name may fill one as a
    string: "search for "Frank Lloyd Wright"", "an envelope that read "Emma Stone"".)"""
    k = i
    while k > 0 and toks[k - 1].text[:1].isupper() and is_head(toks[k - 1].base):
        k -= 1  # "Chief", "President": a title inside the marks
    before = text[: toks[k].start].rstrip()
    after = text[toks[j - 1].end :].lstrip()
    return k < i and before[-1:] in QUOTE_OPENS and after[:1] in QUOTE_CLOSES


def role_of_run(
    text: str, toks: list[Token], i: int, j: int, spans: Spans, names: tuple[str, ...], before: str
) -> str | None:
    """The role the text gives a run: a title before it, an apposition, a description.
    A one-word run keeps it only after an honorific or a title word ("Reacting, the
    minister, said", "National Orientation": words, not names): that is asked first, of
    the words around it alone, so most one-word runs (19,000 of 31,000 runs at 25,000
    sentences) are never searched for a role they could not keep."""
    if len(names) == 1 and before not in words()["honorifics"] and not _titled(toks, i):
        # "Kepa, now an MP for ...": an office today, after a surname alone
        return apposition(text, toks, j) if apposed_now(toks, j) else None
    titled = _title_before(text, toks, i, j, spans)
    role: str | None
    office_before = _office_before_style(text, toks, i, j, spans, titled)
    if office_before is not None:
        role = office_before
    elif titled and rank_only(titled):
        # "Maj Gen Soe Min Htike, the commander of ...", "A defence spokesperson in
        # Srinagar, Lt. Col. X,": the office the text gives says more than the rank, and
        # the rank is kept before it ("the general said" is still the one they name)
        office = apposition(text, toks, j) or described_before(text, toks, i, j, spans)
        # not "Captain, son", nor "Lance Corporal, father of one of the dead soldiers" (the
        # father's apposition, before his son's name: "Sipho Dlamini, the father of ...,")
        kin = office is not None and any(w.lower() in kin_genders() for w in office.split())
        role = f"{titled}, {office}" if office and not kin else titled
    else:
        # "Former water negotiator X, now Minister of Mining", "Governor X, now a senator":
        # the apposition that opens with "now" gives the office held today, over the title
        # before the name
        now = apposition(text, toks, j) if titled and apposed_now(toks, j) else None
        role = now or titled or apposition(text, toks, j)
        if role is titled and titled and _kin(titled.split()[-1]):
            # "whose brother Moussa Traoré, a driver,": kin is what he is to her; the
            # trade or office apposed to him is his own (tallies.current_roles: across
            # mentions, too)
            own = apposition(text, toks, j) or described_apposition(text, toks, j)
            role = own if own and not any(_kin(w) for w in own.split()) else role
        if role is None or (titled is None and _past_role(role)):
            # "the AU's special envoy for Kessara, Joseph Okello, a former Ugandan foreign
            # minister": the post the aside before the name gives is held now, the one
            # after it no longer
            role = described_before(text, toks, i, j, spans) or role
    # not after a place's preposition: "showed up at Pearson Park, a witness said"
    placed = before in words()["place_locatives"]
    # a given name, or an honorific, shows the person the description is of ("Mr Tolan,
    # an apprentice plumber,")
    shown = (len(names) >= 2 and given_name(names[0])) or before in words()["honorifics"]
    if role is None and shown and not placed:
        role = described_apposition(text, toks, j) or held_where(text, toks, i, j)
    if role is None and (len(names) in {2, 3} or (len(names) == 4 and given_name(names[0]))):
        role = _person_noun_before(text, toks, i)
    if role is None and i >= 2 and posted_rank(toks[i - 2], toks[i - 1]):
        role = text[toks[i - 2].start : toks[i - 1].end]  # "SSP Muzaffarabad": the posting's
    if role is None and i >= 3:
        role = _office_after_a_style(toks, i)
    return _without_anaphoric_owner(text, role)


def _office_after_a_style(toks: list[Token], i: int) -> str | None:
    """ "His Eminence Metropolitan Ignatius Haddad", "His Holiness Catholicos Karekin":
    English writes a dignitary's style (a capitalised possessive and noun), then the
    office, then the name; the one capitalised word between the style and the name is
    the office, whatever church or court it is of."""
    if not opens_a_style(toks[i - 3].text):
        return None
    style, office = toks[i - 2], toks[i - 1]
    if not (style.text.istitle() and office.text.istitle() and office.text.isalpha()):
        return None
    if gender(office.base) is not None or gender(style.base) is not None:
        return None  # "Her Majesty Queen Elizabeth" aside, a given name is the name's
    return office.text


def _without_anaphoric_owner(text: str, role: str | None) -> str | None:
    """ "Tomas Ferreira, the group's country director": "the group" points back to a body
    another sentence names, which the role cannot show; the title stands without it
    ("country director"), never as "group's country director"."""
    if role is None:
        return None
    owner, mark, title = role.partition("'s ")
    if not mark or " " in owner or not owner.islower() or f"the {role}" not in text.lower():
        return role
    bodies = joined("company_nouns", "trade_nouns", "thing_nouns")
    return title if owner in bodies and title[:1].islower() else role


def _past_role(role: str) -> bool:
    """A role that says it is no longer held ("a former Ugandan foreign minister")."""
    first = role.split(" ", 2)[:2]
    return any(
        word.lower().removesuffix("-") in words()["role_past"] or word.lower().startswith("ex-")
        for word in first
    )


def surname_apposition(text: str, toks: list[Token], i: int, j: int) -> str | None:
    """ "Chaudhry, an economist, has never held elected office": news names a person again
    by the surname alone, and what it apposes to it is theirs as it is after the full
    name. Asked after `role_of_run` gave a one-word run none, and no evidence of a person:
    the role goes to whoever the tallies find the surname names. Not a word English
    writes in lower case ("Reacting, the minister said"), nor a given name (a one-word
    name of its own: see mononyms), nor a list's member ("Roe and Poe, the mayor and the
    governor": whose is which)."""
    if common_word(toks[i].base) or gender(toks[i].base) is not None:
        return None
    if i > 0 and toks[i - 1].base in {"and", "or", ",", "&"}:
        return None
    role = apposition(text, toks, j) or described_apposition(text, toks, j)
    if role is not None and _AGED.search(role):
        return None  # "Wirawan, a 47-year-old bus driver": a mononym's (mononym_roles)
    return role


# An age in a description ("a 47-year-old bus driver"), which is no part of a role.
_AGED = re.compile(r"\byears?-old\b")


def _office_before_style(
    text: str, toks: list[Token], i: int, j: int, spans: Spans, titled: str | None
) -> str | None:
    """ "The council's secretary-general, Ambassador Joseph Roe, said": the office the
    text apposes to a styled name is what the person is; the one title word before the
    name may be a style kept from a former post (an ambassador's, a senator's, a
    general's for life), so the office stands alone. Only an office ("the minister's
    wife, Ambassador X", "Her predecessor, Ambassador X": the title stays), and only
    where a comma or the sentence's end closes the apposition ("joined by one other
    judge, Justice X wrote": an adjunct, then its clause's subject)."""
    if not titled or " " in titled or i < 3 or toks[i - 1].text != titled:
        return None
    if not (titled[:1].isupper() and is_head(toks[i - 1].base)) or rank_only(titled):
        return None
    if j < len(toks) - 1 and toks[j].text != ",":
        return None
    office = described_before(text, toks, i - 1, j, spans)
    if office is None or not any(is_head(w.lower().strip(",")) for w in office.split()):
        return None
    return office


# A role is the reporter's description; one in the first person is someone speaking (a
# quoted post run into the text), who the text does not say. In lower case: "US", "World
# War I", "Our Lady of Mercy" and "My Chemical Romance" are no speaker's.
FIRST_PERSON = frozenset({"me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"})
# The first person plural's determiner, the outlet's own voice ("Our friend X"; a
# speaker's "my son X" is their kin, which the text gives).
FIRST_PERSON_CASED = frozenset({"our", "Our"})


def in_first_person(role: str) -> bool:
    """The role holds a first person's word: the speaker's relation, not the role ("my
    father's"). "mine" and "ours" stand alone or after "of" ("a friend of mine"); before a
    noun "mine" is the pit's ("mine lessee X")."""
    said = role.split()
    return any(
        word in FIRST_PERSON and (word not in {"mine", "ours"} or (k > 0 and said[k - 1] == "of"))
        for k, word in enumerate(said)
    )


def new_office(text: str, toks: list[Token], i: int, j: int) -> str | None:
    """The office the sentence appoints the run to (see roles.appointed), asked only
    where an appointing verb can reach it: after "was", "has", a comma, or an appointing
    verb (or a vote: "voted to confirm") at most eight words before it (31,000 runs at
    25,000 sentences). The words are looked up in unions made once (`joined`): the two
    sets that had been made anew at each run, with a generator over the eight words
    before, made the test 0.06 s of CPU on the 1,000-article inbox's 23,500 runs; 0.03
    now."""
    after = toks[j].base if j < len(toks) else ""
    # (and "the appointment of X as", an appointment's noun)
    verbs = joined("appointment_verbs", "appointing_votes", "appointment_nouns", "moving_verbs")
    if after in _reached_after() or not verbs.isdisjoint(map(_BASE, toks[max(0, i - 8) : i])):
        return appointed(text, toks, i, j)
    return None


_BASE = attrgetter("base")


@cache
def _reached_after() -> frozenset[str]:
    """The words after a name that an appointing verb reaches it across ("X was named",
    "X, who", "X will serve as", "X is"), a present "becomes" ("Deputy Director X becomes
    acting director": the post it gives is the role, the title before the name the one
    held until then; r76 F5), and the verbs of serving or taking command."""
    return frozenset({"was", "were", "has", "had", ",", "will", "is", "becomes"}) | joined(
        "office_serving_verbs", "command_taking_verbs"
    )


def _person_noun_before(text: str, toks: list[Token], i: int) -> str | None:
    """ "champion Derartu Tulu", "Teenager LaShawn Merritt": a noun that names a person
    by trade right before a full name, lower case or opening the sentence. One that
    names no office or job ("teenager", "compatriot") shows a person but is no role: ""."""
    if i == 0:
        return None
    noun = toks[i - 1]
    if noun.base not in person_nouns() or noun.possessive:
        return None
    if not (noun.text.islower() or opens_sentence(toks, i - 1)):
        return None
    if i >= 2 and toks[i - 2].base in words()["not_before_a_role"]:
        return None
    if superlative_before(toks, i - 1):
        return None  # "a best new artist Grammy": a category, not a title
    if noun.base in words()["not_offices"]:
        return ""
    if i >= 2 and toks[i - 2].text in FIRST_PERSON_CASED:
        return ""  # "Our friend X": the writer's relation, no role
    dated = dated_start(toks, i - 1)
    if dated is not None:  # "Former Worldcom boss": never the bare, current "boss"
        return text[toks[dated].start : noun.end]
    return noun.text


def superlative_before(toks: list[Token], noun: int) -> bool:
    """ "best new artist", "the biggest star": a superlative among the two words before a
    person's noun makes a category or a judgement of it, not an office."""
    return any(is_superlative(tok.base) for tok in toks[max(noun - 2, 0) : noun])


def _title_before(text: str, toks: list[Token], i: int, j: int, spans: Spans) -> str | None:
    """The title before a name; one that ends in a place or a body ("MP for Parramatta",
    "mayor of New") only before a name that starts with a given name."""
    role = role_before(text, toks, i, spans)
    if role is not None and j > 0 and toks[j - 1].possessive:
        first, _, rest = role.partition(" ")
        if first.lower() in words()["role_standin"] and rest:
            role = rest  # "Twitter suspended Senator Rand Paul's account": a verb's, there
    if role is None or i == 0 or in_spans(toks[i - 1].start, spans):
        return role
    if j - i >= 2 and _writers_relation(text, toks[i].start, role):
        return None  # "Our friend X": the writer's relation, no role ("our minister X" is)
    if j - i == 1 and superlative_before(toks, i - 1):
        return None  # "her second best actress Oscar": an award's category, not a title
    last = toks[i - 1]
    titled = last.base in joined("role_heads", "role_modifiers", "described", "honorifics")
    if last.text[:1].isupper() and not titled and (j - i < 2 or not given_name(toks[i].text)):
        return None
    return role


def _writers_relation(text: str, name_start: int, role: str) -> bool:
    """`role`, right before the name at `name_start`, is one noun of no office after a
    first person plural's determiner, the outlet's: "Our friend X"."""
    opened = text.rfind(role, 0, name_start)
    if opened <= 0 or " " in role or is_head(role.lower()):
        return False
    return text[:opened].split()[-1:] in ([word] for word in FIRST_PERSON_CASED)


def _titled(toks: list[Token], i: int) -> bool:
    """A one-word name is a person's by its role only when a title word stands right
    before it ("President Bush") or it is a given name ("his daughter Ivanka"), and never
    after "in", "at" or "of", where it is a place."""
    if i == 0:
        return False
    w = words()
    before = toks[i - 1].base
    if before not in w["role_heads"] and before != "." and gender(toks[i].base) is None:
        return False  # what only ever says yes below: most one-word runs stop here
    if before in {"in", "at", "near", "outside", "of", "from"}:
        return False  # "in Abuja, NLC President, ...", "of New Jersey, a former prosecutor,"
    if i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].text[:1].isupper():
        return False  # "the Minister of National Orientation, Musa Danlami,": a title's end
    if (
        i >= 3
        and toks[i - 2].base in words()["articles"]
        and toks[i - 3].base in words()["locatives"]
    ):
        return False  # "in the Queen Vic": a place's name, not "the Ayatollah Khomeini"
    if i + 1 < len(toks) and is_head(toks[i + 1].base) and not toks[i].possessive:
        return False  # "Chief Operating Officer", not "President Obama's nominee"
    if toks[i - 1].text[:1].isupper() and never_a_name(toks[i].text):
        return False  # "President Forever" (a game), not "his son Beau"
    if toks[i - 1].text[:1].isupper() and toks[i].base in w["place_nouns"]:
        return False  # "Henry Street Garda Station": the title's word names the place
    if before in w["role_heads"] and toks[i - 1].text[:1].islower():
        # "at analyst Gartner", "will captain Wales": a bare lower-case title before one
        # word that is no given name is a firm's trade or a verb, not a person's title;
        # a head its modifier makes an office's is a title ("former prime minister X")
        return gender(toks[i].base) is not None or (
            i >= 2 and toks[i - 2].base in w["role_modifiers"]
        )
    if before in w["role_heads"] or before == ".":
        return True
    if gender(toks[i].base) in SURE and is_head(before):
        return True  # "Patriarch Elias III": an office the text itself shows (text_heads)
    return not toks[i - 1].text[:1].isupper() and gender(toks[i].base) is not None
