"""The title before a name, as the person's own role: "Nigerian junior foreign minister
Dubem Oniya" -> "Nigerian junior foreign minister".

title_scan reads how far back a title runs; this module decides how much of it is the
name's own: not another person's title ("economic adviser to President Vladimir
Putin"), not a type ("a President Trump would ..."), not the office an event ended
("the funeral of Prime Minister Ariel Sharon"), and not a title whose preposition's
object the name is ("campaign manager for Republican Bob Dole").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from brief.extract.actors.roles.dated_roles import (
    as_former,
    dating_word,
    ending_may_be_stale,
    past_word,
    without_demonym,
)
from brief.extract.actors.roles.role_words import (
    TITLE_HEADS,
    TITLE_WORDS,
    abbreviated_head,
    address_start,
    first_lady,
    is_head,
    opens_a_style,
    rank_start,
)
from brief.extract.actors.roles.since_then import as_retired
from brief.extract.actors.roles.title_scan import (
    TitleScan,
    modifier_by_ending,
    object_adjective,
    span_at,
)
from brief.extract.actors.word_knowledge import never_a_name
from brief.extract.figures.notation import YEAR_RE
from brief.extract.lexicon import gazetteer, joined, kin_genders, words

if TYPE_CHECKING:
    from brief.extract.actors.names import Token
    from brief.extract.actors.names.sentence_tokens import Spans


def role_before(text: str, toks: list[Token], name_start: int, spans: Spans) -> str | None:
    """ "Nigerian junior foreign minister Dubem Oniya" -> "Nigerian junior foreign minister".
    A common noun's possessive before the title ("the army's Colonel X", "the navy's
    spokesman X") names the body the title is of, not a word of the title: the role is
    the title ("Colonel"), as "the ministry's spokeswoman X" is "spokeswoman"; a name's
    possessive ("Kenya's Treasury Secretary") stays, the title's own qualifier, and so
    does an office-holder's ("the senator's aide X": whose aide)."""
    if _initials_before(toks, name_start):
        return None
    marked = _retirement_mark_before(toks, name_start)
    if marked is not None:
        # "Colonel (retd) Jane Roe": the rank before the mark, held no longer
        role = role_before(text, toks, marked, spans)
        return None if role is None else as_retired(role) or role
    role = _ranked_role(text, toks, name_start, spans)
    if role is None:
        return None
    parts = [_without_body_owner(part) for part in role.split(", ")]
    return ", ".join(part for part in parts if part) or None


def _retirement_mark_before(toks: list[Token], name_start: int) -> int | None:
    """Where a retired rank's mark in brackets right before the name opens ("(retd)" of
    "Colonel (retd) Jane Roe": words.toml's retirement_marks), after a rank; else None."""
    styles = joined("honorifics", "given_name_styles", "forms_of_address")
    while (
        name_start > 3
        and toks[name_start - 1].text.istitle()
        and toks[name_start - 1].base.rstrip(".") in styles
    ):
        name_start -= 1  # "Lieutenant Colonel (retd) Ratu Sakiusa Tuivanua": a style between
    at = name_start - 1
    if at < 3 or toks[at].text != ")":
        return None
    at -= 1 + (toks[at - 1].text == ".")  # "(Ret.)"
    if toks[at].base.rstrip(".") not in words()["retirement_marks"] or toks[at - 1].text != "(":
        return None
    return at - 1 if rank_start(toks, at - 1) is not None else None


def _initials_before(toks: list[Token], name_start: int) -> bool:
    """ "MK Rajan": two capitals without stops right before a name of one word may be a
    title written short ("MK" of a member of the Knesset, "MP", "TD") or the name's own
    initials (South India writes "MK Stalin"); only before a given name and a surname
    ("MK Yael Cohen") is it surely a title."""
    if name_start == 0:
        return False
    word = toks[name_start - 1].text
    one_word = name_start + 1 >= len(toks) or not toks[name_start + 1].text[:1].isupper()
    return len(word) == 2 and word.isalpha() and word.isupper() and one_word


def _without_body_owner(title: str) -> str:
    """The title less a body's possessive that opens it ("army's Colonel" -> "Colonel");
    a holder's ("senator's aide") says whose the post is, and stays."""
    owner = _COMMON_OWNER_RE.match(title)
    if owner is None or is_head(owner.group(1)):
        return title
    return title[owner.end() :]


# A lower-case singular noun's possessive opening a title ("army's ", "ministry’s "); a
# plural's ("dockers' union leader") is the title's field and stays.
_COMMON_OWNER_RE = re.compile(r"([a-z][a-z-]*)['’]s\s+(?=\S)")


def _ranked_role(text: str, toks: list[Token], name_start: int, spans: Spans) -> str | None:
    """ "Nigerian junior foreign minister Dubem Oniya" -> "Nigerian junior foreign minister".
    A rank after an office is the holder's rank, said first as with an office in
    apposition ("Army chief Brigadier General X" -> "Brigadier General, Army chief"):
    run together, "Ministry spokeswoman Lieutenant General" reads as one garbled title.
    The words before a rank that make no office are kept only when they qualify it
    ("retired", "Indian Army"): not "West Philippine Sea Commodore" of "spokesperson for
    the West Philippine Sea Commodore"."""
    whole = _role_before(text, toks, name_start, spans)
    ranked = rank_start(toks, name_start) if whole else None
    if whole is None:
        return whole
    if ranked is None:
        return _title_after_office(text, toks, name_start, spans, whole)
    rank = text[toks[ranked].start : toks[name_start].start].strip(" ,")
    if rank.endswith(whole) and len(rank) > len(whole):
        return rank  # "Private First Class X" opening a sentence: the rank whole
    if not whole.endswith(rank):
        return whole  # (an honorific between: "Gen. Dr. X")
    office = _role_before(text, toks, ranked, spans)
    if office is not None:
        if whole != f"{office} {rank}":
            # "the head of the junta Captain X": a whole cut from the office's "of" phrase
            # ("junta Captain") is no title; the office read whole before the rank is
            cut = len(whole) < len(f"{office} {rank}") and f"{office} {rank}".endswith(whole)
            return f"{rank}, {office}" if cut else whole
        # the words after the office's head are the rank's service ("Pentagon spokesman
        # Navy Capt.": "Navy Capt., Pentagon spokesman")
        at = text.rfind(office, 0, toks[ranked].start)
        heads = [
            k
            for k in range(ranked)
            if toks[k].start >= at and TITLE_HEADS[toks[k].base.rstrip(".")]
        ]
        # (capitalised words only: a lower-case one opens the head's postmodifier, "head
        # of state General X" is "General, head of state")
        between = toks[heads[-1] + 1 : ranked] if heads else []
        if between and all(t.text[:1].isupper() for t in between):
            service = heads[-1] + 1
            rank = text[toks[service].start : toks[name_start].start].strip(" ,")
            office = text[at : toks[heads[-1]].end]
        return f"{rank}, {office}"
    at = text.rfind(whole, 0, toks[name_start].start)
    opened = next((k for k, tok in enumerate(toks) if tok.start >= at), 0)
    if opened > 1 and toks[opened - 1].base == "the":
        opened -= 1
    return rank if opened > 0 and toks[opened - 1].base in _OBJECT_OPENERS else whole


def _title_after_office(
    text: str, toks: list[Token], name_start: int, spans: Spans, whole: str
) -> str:
    """A capitalised title right before the name, after a whole office of the person's
    own, is said first as a rank is ("NMC spokesperson Undersecretary Celia Reyes" ->
    "Undersecretary, NMC spokesperson"; "State Minister of Foreign Affairs Ambassador X"
    -> "Ambassador, State Minister of Foreign Affairs"), and once when the office has
    the same head ("Ethiopian Ambassador to Italy Ambassador X": no "Italy Ambassador",
    read as the "adviser to President X" of another's title)."""
    _, k = _title_end(toks, name_start)
    t = k - 1 if k >= 1 and toks[k].text == "." and abbreviated_head(toks[k - 1]) else k
    if t < 2 or not toks[t].text[:1].isupper() or not is_head(toks[t].base):
        return whole  # most titles: no second title before the name
    if toks[t].base in words()["postpositive_heads"]:
        return whole  # "Director General": one title
    title = text[toks[t].start : toks[k].end]
    if not f"{text[: toks[t].start].rstrip()} {title}".endswith(whole):
        return whole
    office = _role_before(text, toks, t, spans)
    if office is None or not _whole_office(text, toks, t, office):
        return whole
    at = text.rfind(office, 0, toks[t].start)
    heads = [tok.base for tok in toks[:t] if tok.start >= at and is_head(tok.base.rstrip("."))]
    if toks[t].base in heads:
        return office
    return f"{title}, {office}"


def _whole_office(text: str, toks: list[Token], end: int, office: str) -> bool:
    """Whether the title before toks[end] is a whole office: words that end in a head of
    their own ("NMC spokesperson", "spokesperson"; not "Deputy" of "Deputy Minister",
    nor "Chief" of "Chief Justice"), or a head with its object after "of" (a portfolio:
    "State Minister of Foreign Affairs"; "spokesman for Regional Health" is another's)
    or after "to", "in" or "at" a country or a body ("Ambassador to Italy"; not
    "adviser to Russian")."""
    at = text.rfind(office, 0, toks[end].start)
    own = [tok for tok in toks[:end] if tok.start >= at]
    last = own[-1]
    w = words()
    if len(own) < 2 and not (last.text.islower() and last.base not in w["role_modifiers"]):
        return False  # "Deputy", "Chief": a capitalised head alone modifies the next
    if is_head(last.base) and last.base not in w["role_modifiers"]:
        # a capitalised head before another, written in full, makes one title with it
        # ("Magistrate Judge", "Minister Counsellor"); not an abbreviated one ("Committee
        # Chairman Rep.") nor after a lower-case head ("spokesperson Undersecretary")
        return (
            last.text.islower()
            or toks[end + 1].text == "."
            or toks[end].base in w["standing_titles"]  # "Prime Minister Sheikh X"
        )
    if not last.text[:1].isupper() or is_head(last.base):
        return False
    for n in range(len(own) - 2, 0, -1):
        if own[n].base == "of" and is_head(own[n - 1].base):
            return _proper_object(own[n + 1 :], portfolio=True)
        if own[n].base in {"to", "in", "at"} and is_head(own[n - 1].base):
            return _proper_object(own[n + 1 :], portfolio=False)
    return False


def _proper_object(words_of: list[Token], *, portfolio: bool) -> bool:
    """The object of an office's preposition: capitalised words (and their "and", "the"),
    no people's adjective; a place's object must be a country or a body."""
    kept = [t for t in words_of if t.base not in {"the", "and", "&"}]
    if not kept or not all(t.text[:1].isupper() for t in kept):
        return False
    entry = gazetteer().get(kept[-1].text)
    if entry is not None and entry.form == "demonym":
        return False  # "adviser to Russian President X"
    if portfolio:
        return True
    whole = " ".join(t.text for t in kept)
    place = gazetteer().get(whole) or entry
    return (place is not None and place.form in {"name", "alias"}) or kept[-1].base in words()[
        "organisation_heads"
    ]


# Words before which capitalised words are a preposition's object, not a rank's modifier:
# "spokesperson for the West Philippine Sea Commodore Ramon Villanueva" is no "West
# Philippine Sea Commodore" (while "Anaheim police Sgt." and "the former Green Beret
# Sgt." stay as written).
_OBJECT_OPENERS = frozenset({"for", "of", "to", "in", "at", "on"})


def _role_before(text: str, toks: list[Token], name_start: int, spans: Spans) -> str | None:
    end, k = _title_end(toks, name_start)
    if k < 0 or not (_may_end_a_title(toks[k], spans) or first_lady(toks, k)):
        return None  # most names: "said Jane Doe", "and Jane Doe"
    scan = TitleScan(toks, spans)
    scan.read(k)
    if scan.start is None or not scan.has_head:
        return None
    # (a body's name as the object only where a form of address sets the name apart
    # from it, or the body's head noun ends it: "of the Ethiopian Investment Commission
    # Ato Tessema Worku", "of the State Council Qiao Wenlong"; not "a spokesman for the
    # United Mine Workers", "director of the Institute of Central Asian Studies": the
    # body's name runs on into the capitals after it)
    last = toks[end - 1].base
    apart = end < name_start or (
        last in words()["organisation_heads"] and last not in words()["adjective_heads"]
    )
    opening = _object_opening(toks, scan.object_first)
    if scan.object_caps and not (
        _after_of(toks, opening, end, body=apart) or _placed_title(toks, scan.object_first, end)
    ):
        return None  # capitalised words kept only after a title's "of" or "for"
    connectors = words()["connectors"]
    role_tokens = [t for t in toks if scan.start <= t.start < toks[end].start]
    ends = _past_party_words(role_tokens)
    if (
        ends
        and (ends[-1].text in words()["object_of"] or role_tokens[-1].base in words()["articles"])
    ) or _object_left_open(role_tokens):
        # "He became shadow chancellor under John Smith", "campaign manager for Republican
        # Bob Dole's campaign", "editor of The Onion Style", "the nominee of the ruling
        # X": the object of the title's preposition, not its holder
        return None
    role_tokens = _own_title(role_tokens)
    if _a_type(toks, role_tokens):
        return None
    while role_tokens and role_tokens[0].base in connectors:
        role_tokens.pop(0)
    if _opens_on_a_possessive_style(text, role_tokens):
        role_tokens.pop(0)
    if not role_tokens or _held_until_ended(toks, role_tokens):
        return None
    return text[role_tokens[0].start : toks[end].start].strip(" ,")


def _opens_on_a_possessive_style(text: str, role_tokens: list[Token]) -> bool:
    """ "His Beatitude Patriarch Elias III", "Her Eminence ...": the capitalised noun after a
    capitalised possessive is the style the holder is addressed by, not the office (see
    names.name_start); the office is the title after it ("Patriarch")."""
    if len(role_tokens) < 2 or not role_tokens[0].text[:1].isupper():
        return False
    before = text[: role_tokens[0].start].rstrip().rpartition(" ")[2]
    return opens_a_style(before)


def _object_left_open(role_tokens: list[Token]) -> bool:
    """ "the nominee of the ruling X", "an envoy to the governing X": after a title's
    preposition, an article and lower-case words that only modify (a participle's or an
    adjective's ending, no head) leave a noun phrase that lacks its noun, which only the
    name after them can be: the name is the preposition's object, not the title's holder.
    A phrase with its noun ("head of the ruling party X", "leader of the opposition X")
    is whole, and the name after it is in apposition to the title."""
    k = len(role_tokens)
    while k > 0 and _modifies_only(role_tokens[k - 1]):
        k -= 1
    if k == len(role_tokens) or k < 3:
        return False
    opener = role_tokens[k - 1].base in joined("articles", "possessives")
    return opener and role_tokens[k - 2].base in {"of", *words()["object_of"]}


def _modifies_only(tok: Token) -> bool:
    """A lower-case word that by its ending modifies a noun and is none ("ruling",
    "exiled", "national"), and is no title's head ("president") nor a body's."""
    base = tok.base
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and len(base) > 4
        and modifier_by_ending(base)
        and not TITLE_HEADS[base]
        and base not in words()["organisation_heads"]
    )


def _past_party_words(role_tokens: list[Token]) -> list[Token]:
    """The role's words less a party's or a side's words at its end: they modify the name
    that follows ("for Republican Bob Dole"), so the word before them ends the title."""
    end = len(role_tokens)
    while (
        end > 0
        and role_tokens[end - 1].base in words()["name_modifiers"]
        and not is_head(role_tokens[end - 1].base)  # "for GOP presidential candidate"
        and role_tokens[end - 1].base not in words()["role_modifiers"]
    ):
        end -= 1
    return role_tokens[:end]


def _a_type(toks: list[Token], role_tokens: list[Token]) -> bool:
    """ "a Senator Colbert isn't impossible", "a President Trump would ...": a capitalised
    title before a name is part of what the person is called, so after "a" or "an" the
    whole names a kind of person or a hypothetical one, not an office the person holds
    ("a local resident John Lee" is a description and keeps its lower-case role)."""
    if not role_tokens:
        return False
    at = toks.index(role_tokens[0])
    if at == 0 or toks[at - 1].base not in {"a", "an"}:
        return False
    capitalised = all(t.text[:1].isupper() or t.text == "." for t in role_tokens)
    return capitalised and any(is_head(t.base) for t in role_tokens)


def _held_until_ended(toks: list[Token], role_tokens: list[Token]) -> bool:
    """ "since the ouster of (the) Ukrainian President Viktor Yanukovych", "the funeral of
    Prime Minister Ariel Sharon": the title of a person whose office or life an event
    ended is the one they held until then; stated without a word that dates it
    ("former"), it would read as their office now, so it is no role."""
    if any(dating_word(t.base) for t in role_tokens):
        return False
    at = toks.index(role_tokens[0])
    if at >= 1 and toks[at - 1].base in words()["articles"]:
        at -= 1
    return at >= 2 and toks[at - 1].base == "of" and toks[at - 2].base in words()["office_endings"]


def after_an_ending(toks: list[Token], at: int) -> bool:
    """Whether a verb that ends the office of its object (words.toml's
    office_ending_verbs) stands before toks[at], past the capitalised words and "the"
    that modify the title: "have sacked Brazilian coach Ze Maria"; or "then" right before
    it, which leaves the office unsettled: "then president X" held it then, "and then
    President X spoke" may hold it now."""
    if at >= 1 and toks[at - 1].base == "then":
        return True
    k = at - 1
    while k >= 0 and at - k <= 3 and (toks[k].text[:1].isupper() or toks[k].base == "the"):
        k -= 1
    return k >= 0 and toks[k].base in words()["office_ending_verbs"]


def ended_title(toks: list[Token], at: int, title: str) -> str | None:
    """The title at toks[at] as a former one when a verb in the past that ended its
    holder's office stands right before it, past "the" ("parliament dismissed Energy
    Minister X" -> "former Energy Minister"): the sentence says it was theirs and is no
    more. A people's adjective opening it is left out ("sacked Brazilian coach X" is no
    former coach of Brazil). None for an ending to come ("moves to dismiss"), one that
    may leave the office held ("impeached"), "then", or a title the text dates; "voted
    to dismiss", a body's done vote, is the ending done (`_voted_to`)."""
    k = at - 1
    while k >= 0 and toks[k].base == "the":
        k -= 1
    w = words()
    verb = toks[k].base if k >= 0 else ""
    done = verb.endswith(("ed", "ew", "wn")) and verb not in w["office_ending_undone"]
    if not done and _voted_to(toks, k, verb):
        done = True  # "parliament voted to dismiss Energy Minister X": the vote dismissed him
    if not (done and verb in w["office_ending_verbs"]) or dating_word(toks[at].base):
        return None
    if ending_may_be_stale(" ".join(tok.text for tok in toks)):
        return None
    if title.startswith(toks[at].text):
        title = without_demonym(title)
    return as_former(title) if title else None


def _voted_to(toks: list[Token], k: int, verb: str) -> bool:
    """ "voted to dismiss": the infinitive of an ending (office_ending_verbs' bare form,
    not one whose past may leave the office held, "impeach") after "to" and a body's
    past decision (words.toml's office_ending_votes) that no word before undoes or puts
    off ("has not voted", "would have voted", "had voted": not_done)."""
    if k < 2 or toks[k - 1].base != "to" or toks[k - 2].base not in words()["office_ending_votes"]:
        return False
    if f"{verb}ed" in words()["office_ending_undone"]:
        return False
    return not any(t.base in words()["not_done"] for t in toks[max(0, k - 4) : k - 2])


# Of the words that make a name the object of a title, the ones that also join a body's
# name ("Council on ...", "Centers for ...").
_WEAK_OBJECT_OF = frozenset({"for", "on"})


def _own_title(role_tokens: list[Token]) -> list[Token]:
    """ "economic adviser to President Vladimir Putin": the title of the name is the one
    after the last "to" or "under" that has a head of its own ("President"); the words
    before it are someone else's. So are lower-case words with no head before an "of"
    that a title follows: "his zealous defense of Judge Clarence Thomas" ("Judge"), not
    "Bank of England Governor" (a body's name)."""
    for n in range(len(role_tokens) - 1, -1, -1):
        if _coordinated(role_tokens, n):
            return role_tokens[n + 1 :]
        if (  # (an article may open the sentence: "The campaign of President X")
            role_tokens[n].text == "of"
            and n > 0
            and all(
                (t.text.islower() or YEAR_RE.fullmatch(t.text) or t.base in words()["articles"])
                and not is_head(t.base)
                for t in role_tokens[:n]
            )
            and any(is_head(t.base) for t in role_tokens[n + 1 :])
        ):
            return role_tokens[n + 1 :]
        if _opens_another_phrase(role_tokens, n):
            rest = role_tokens[n + 1 :]
            if any(is_head(t.base) or t.base in words()["described"] for t in rest):
                return _then(role_tokens[:n], rest)
            if role_tokens[n - 1].base in kin_genders():
                return []  # "the wife of Canadian X": the kin's role, none of the name's
        if (
            role_tokens[n].text in words()["object_of"]
        ):  # lower case: not "Treasury Under Secretary"
            rest, before = role_tokens[n + 1 :], role_tokens[:n]
            # "spokesman for governor X": a head on both sides of "for" or "on"; not
            # "Council on American-Islamic Relations Director" (a body's name before "on")
            weak = role_tokens[n].text in _WEAK_OBJECT_OF
            other = not weak or any(TITLE_HEADS[t.base] for t in before)
            if _portfolio(before, role_tokens[n], rest):
                # "Minister for Justice Declan Furlong": one title, whose holder a "for"
                # before it may still make someone else ("a spokesman for the Minister
                # for Health X" is the minister)
                continue
            if other and any(is_head(t.base) for t in rest):
                return _then(before, rest)
            return role_tokens
    return role_tokens


def _portfolio(before: list[Token], preposition: Token, rest: list[Token]) -> bool:
    """ "Minister for Justice": one capitalised word of a field ("Justice", "Health")
    after a capitalised head's "for" is the office's portfolio, though the field may head
    a title of its own ("Justice Sotomayor" after a lower-case "clerk for")."""
    return (
        preposition.text == "for"
        and len(rest) == 1
        and bool(before)
        and before[-1].text[:1].isupper()
        and is_head(before[-1].base)
        and rest[0].text[:1].isupper()
        and rest[0].base in words()["role_modifiers"]
    )


def _coordinated(role_tokens: list[Token], n: int) -> bool:
    """ "Christie and Ohio Gov. John Kasich", "between Trump and Texas Sen. Ted Cruz": an
    "and" or "or" after words that hold no title, before an abbreviated title, joins
    another person to the name, so the title is the one after it. Two titles joined are
    one person's ("chairman and chief executive Richard Parsons", "former presidential
    candidate and South Carolina Sen. Lindsey Graham"), and a field joined to another
    shares its head ("Trade and Industry Secretary")."""
    if role_tokens[n].text not in {"and", "or"} or n < 1:
        return False
    before = role_tokens[:n]
    if any(is_head(t.base) or t.base in words()["described"] for t in before):
        return False
    # a name: capitalised words that may be a name, not a place's ("Trinidad and Tobago
    # Sen.", "Bosnia and Herzegovina Pres.") nor a description ("Retired and decorated")
    if not all(t.text[:1].isupper() and not never_a_name(t.text) for t in before):
        return False
    rest = role_tokens[n + 1 :]
    if rest and f"{before[-1].text} {role_tokens[n].text} {rest[0].text}" in gazetteer():
        return False
    return any(
        abbreviated_head(t) and k + 1 < len(rest) and rest[k + 1].text == "."
        for k, t in enumerate(rest)
    )


def _then(relation: list[Token], title: list[Token]) -> list[Token]:
    """The title after another's relation to the name, unless the relation is past ("a
    former special assistant to president George W. Bush"): the title was the name's
    then, and would read as now."""
    return [] if any(past_word(t.base) for t in relation) else title


def _opens_another_phrase(role_tokens: list[Token], n: int) -> bool:
    """ "the husband of the Democratic nominee's aide Huma Abedin": an "of" followed by an
    article or a possessive opens a noun phrase of its own; when that phrase has a head,
    the name stands in apposition to it, and the lower-case noun before "of" is another
    person's relation to it; so does a role's noun right after "of" ("The son of actress
    Doris Day"). "Secretary of State", "Leader of the House" have no head after it;
    "Passion of the Christ director" is a work's name before a title."""
    if role_tokens[n].text != "of" or n < 1 or n + 1 >= len(role_tokens):
        return False
    relation = role_tokens[n - 1]
    if not (relation.text.islower() and TITLE_HEADS[relation.base]):
        return False
    after = role_tokens[n + 1].base
    # or a role's noun at once: "The son of actress Doris Day", "daughter of President Kennedy"
    # or, after a kin noun, anywhere after "of": kin is always a relation to another
    # person ("the wife of Canadian engineer X": his role is "Canadian engineer", hers the
    # wife's)
    return (
        after in joined("determiners", "possessives")
        or is_head(after)
        or (after in words()["described"])
        or relation.base in kin_genders()
    )


def _object_opening(toks: list[Token], first: int) -> int:
    """The word before a title's object, back from its first capitalised word taken as
    the object past the portfolio's words and an "and" ("of Energy and Mineral
    Resources")."""
    k = first - 1
    while (
        k >= 0
        and (
            (toks[k].text[:1].isupper() and not TITLE_HEADS[toks[k].base])
            or toks[k].base in {"and", "&"}
            or object_adjective(toks, k)  # "of the provincial People's Committee"
            or (toks[k].base in words()["postpositive_heads"] and toks[k + 1].text[:1].isupper())
        )
    ):
        k -= 1  # ("the General Establishment for ...": an adjective of the body's name)
    return k


def _after_of(toks: list[Token], k: int, end: int, *, body: bool = False) -> bool:
    """ "MP for Parramatta", "leader of the Commons": toks[k] is a title's "of" or "for",
    or "the" after one before a house ("the Commons", "the Senate") or a body's name
    that holds its head, when `body` says the name stands apart from it ("of the
    Ethiopian Investment Commission Ato ...", "of the Public Establishment for ..."; not
    "director of the UCLA Anderson Forecast"); the object runs to toks[end]."""
    if k >= 1 and toks[k].base == "the":
        house = all(t.base in words()["name_modifiers"] for t in toks[k + 1 : end])
        body = body and any(t.base in words()["organisation_heads"] for t in toks[k + 1 : end])
        if not (house or body):  # "of the Ethiopian Investment Commission": a body whole
            return False
        k -= 1
    return k >= 0 and toks[k].base in {"of", "for"}


def _placed_title(toks: list[Token], k: int, end: int) -> bool:
    """ "Advocate General Islamabad", "Inspector General Pakistan": a country or its seat
    of government (toks[k:end]) right after a title's head, with no "of", is the place
    the office serves (as South Asian papers write titles), a word of the title and none of the
    name after it."""
    if k < 1 or not is_head(toks[k - 1].base) or end - k > 3:
        return False
    entry = gazetteer().get(" ".join(tok.text for tok in toks[k:end]))
    return entry is not None and entry.kind == "country" and entry.form in {"name", "seat"}


def _may_end_a_title(tok: Token, spans: Spans) -> bool:
    """Whether TitleScan can take the word before a name (see its _step): a known actor, a
    capitalised word, an abbreviated title's dot, a head word or a modifier. A word that
    dates the role ("former") opens it, so alone it makes no title either."""
    if tok.text[:1].isupper() or tok.text == "." or span_at(tok.start, spans) is not None:
        return True
    return TITLE_WORDS[tok.base]


def _title_end(toks: list[Token], i: int) -> tuple[int, int]:
    """(where the title ends, the word to read it back from). "Lords Leader Baroness
    Amos", "Mr. Smith": a title stands before the honorific and its dot, not after it,
    and before the brackets after it (its initials, its zone: "(Jammu Zone)"), in that
    order ("Deputy Commissioner of the ... Commission (EDRMC) Ato Birhanu Asfaw")."""
    i = address_start(toks, i)  # "Mr.", "Dato' Seri", "His Highness Sheikh"
    k = i - 1
    if k >= 3 and toks[k].text == ")":  # "District Police Officer (DPO) Sajjad Ahmad"
        opened = next((n for n in range(k - 1, max(k - 5, 0), -1) if toks[n].text == "("), None)
        inside = toks[opened + 1 : k] if opened is not None else []
        if inside and all(t.text[:1].isupper() for t in inside) and opened is not None:
            return opened, opened - 1  # its initials, or its zone: "(Jammu Zone)"
    return i, k
