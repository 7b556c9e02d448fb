"""Each run of a sentence as a Name, with the evidence of what it names.

`candidates` finds the runs (capital_runs), reads the words around each, and asks the
role, person and thing rules (name_role, person_evidence, thing_evidence) for one Name
record, which the tallies weigh over the whole text. This is the one module that brings
the rules together: none of the others imports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from brief.extract.actors.marks import DASHES
from brief.extract.actors.names.capital_runs import (
    capital_run_spans,
    headline_name_end,
    written_form,
)
from brief.extract.actors.names.name_role import (
    alone_in_quotes,
    former_title,
    in_first_person,
    new_office,
    predecessors_title,
    role_of_run,
    speakers_own,
    surname_apposition,
    title_ended,
)
from brief.extract.actors.names.name_words import generational
from brief.extract.actors.names.person_evidence import (
    NO_NOUN,
    Around,
    apposed_after,
    before_a_title,
    beside_speech_verb,
    company_named,
    is_person,
    only_words,
    outlet_staff,
    shown_by_context,
    word_before,
)
from brief.extract.actors.names.sentence_tokens import Spans, Token
from brief.extract.actors.names.thing_evidence import (
    a_type,
    attributive_name,
    counted_before,
    designator,
    ends_in_a_bodys_word,
    fills_a_quotation,
    goes_on_as_its,
    heads_its_phrase,
    named_for_place_and_trade,
    names_a_street,
    names_a_thing,
    opened_by_compass,
    opens_a_street,
    placed_in_a_region,
    plural_subject,
    reports_as_it,
    speaks_after_apposition,
    thing_noun,
    unlike_a_person,
    which_relative,
)
from brief.extract.actors.roles import (
    apposed_now,
    command_handed_over,
    country_possessive,
    is_head,
    rank_only,
    shared_title,
)
from brief.extract.actors.roles.apposition_bounds import apposes_a_body
from brief.extract.actors.word_knowledge import SURE, gender
from brief.extract.lexicon import joined, kin_genders, words
from brief.selection.quote_marks import quoted_at


@dataclass(slots=True)
class Name:
    """A run of capitalised tokens that may be a person's name. Never changed once made
    (`replace` makes another): not frozen only because a frozen dataclass sets each of its
    18 fields through object.__setattr__, 7 µs a Name against 1 µs here; 31,000 are made
    at 25,000 sentences, and with slots their fields read as fast (find_actors: -2.7% of
    its instructions at 1,601 sentences, callgrind)."""

    text: str
    tokens: tuple[str, ...]
    role: str | None
    person: bool  # evidence that it is a person
    company: bool = False  # may be a business, if the text says so (see tallies)
    speaks: bool = False  # a speech verb beside it: a person once a full name confirms it
    headline: bool = False  # from a Title Case line, where capitals prove nothing
    honorific: str | None = None  # "mrs" of "Mrs. Clinton": which namesake is meant
    article: bool = False  # after "the" or "a": "the Marlies" names no one
    thing: bool = False  # the text shows it names a business, a work or a place, always
    shaped: bool = False  # a person by its shape alone (a sure given name and a surname)
    unlike: bool = False  # where a person's name seldom stands (see unlike_a_person)
    led: bool = False  # a person by a leader noun alone: "the Bush administration"
    # ... that a region's name takes as well (words.toml's polity_nouns): "the Punjab
    # government" as "the Modi government"
    governed: bool = False
    modifies: bool = False  # of a work or a type: "the next Bond film", "the next Bond"
    common: bool = False  # a noun phrase's head after an article: "with the Ustashe."
    located: bool = False  # after "at", "in", "to": "at Anfield Henderson" may be a place
    placed: bool = False  # after a preposition that puts it somewhere: "in Devon", "across Ohio"
    appointed: bool = False  # the role is an office the sentence gives them (roles.appointed)
    # the role is a title apposed to a predecessor ("Your predecessor, Mayor X"): an
    # office they may have left (see tallies.without_successors_offices)
    succeeded: bool = False
    # a given name written before another's full name, with whom it shares the surname
    # ("Declan and Mairéad Hartigan": "Declan Hartigan"); see tallies.people
    joint: bool = False
    # after "another" ("Another Tomas Reyes, a farmer, said"): the writer's word that this
    # is someone else than the one of that name the text spoke of before
    another: bool = False

    @property
    def generation(self) -> str:
        """The generational suffix the name is written with ("jr" of "Joseph R. Biden Jr."),
        or "": not one of its `tokens`, but it tells a father from a son."""
        rest, _, last = self.text.rpartition(" ")
        return last.rstrip(".").lower() if rest and generational(last) else ""


def title_case(text: str) -> bool:
    """ "Pence Endorses Paul Ryan As Speaker": a headline, every long word capitalised.
    Not a signature that gives the signer's age ("- Darren Goh Jia Le, 29, Sengkang", a
    reader's), which only a person has (a credit's "— White House Correspondent Jane
    Roe." stays no one's)."""
    if _AGED_SIGNATURE.match(text):
        return False
    content = 0
    small = words()["small_words"]
    for word in text.split():
        if word[:1].isalpha() and word not in small:
            if not word[0].isupper():
                return False  # most sentences stop at their second or third word
            content += 1
    return content >= 4


_AGED_SIGNATURE = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(DASHES)))})\s+[^,]{{3,60}},\s*\d{{1,3}}\s*,"
)


def candidates(text: str, toks: list[Token], spans: Spans) -> list[Name]:
    """Every run of up to four name tokens in a sentence that `may_name_someone` (its
    tokens: the caller's, who reads them for speakers too), with its evidence. In a Title
    Case headline they only count mentions of people the text shows elsewhere."""
    placed = list(capital_run_spans(toks, spans))
    if not placed:
        return []
    if "(" in text:  # (a name in brackets after another: most sentences have no bracket)
        placed = [span for k, span in enumerate(placed) if not _other_name_of(toks, placed, k)]
    if not title_case(text):
        return _coordinated(toks, [_name(text, toks, i, j, spans) for i, j in placed], placed)
    placed = [(i, headline_name_end(toks, i, j)) for i, j in placed]
    found = _coordinated(toks, [_name(text, toks, i, j, spans) for i, j in placed], placed)
    return [replace(n, role=None, person=False, company=False, headline=True) for n in found]


def _other_name_of(toks: list[Token], placed: list[tuple[int, int]], k: int) -> bool:
    """ "Marcão (Marcos Aurélio Pinto)", "Lula (Luiz Inácio Lula da Silva)": a full name
    alone in brackets right after a name is the same person's other name (a civil name
    after a mononym or nickname), no one else; an affiliation in brackets ("Smith
    (Labour)") is one word."""
    i, j = placed[k]
    if k == 0 or j - i < 2 or i < 2 or j >= len(toks):
        return False
    if toks[i - 1].text != "(" or toks[j].text != ")":
        return False
    return placed[k - 1][1] == i - 1 and gender(toks[i].base) is not None


def _whose_relation(toks: list[Token], i: int, j: int) -> bool:
    """ "CV Karya Lestari, whose director, Rangga Pratama, is ...", "a miner whose younger
    brother, X,": the name a comma closes after "whose" and a person's noun (a title or
    a relation) is that person's, though the description is the owner's, not a role."""
    if i < 4 or j >= len(toks) or toks[j].text != "," or toks[i - 1].text != ",":
        return False
    noun = toks[i - 2]
    if not noun.text.islower() or noun.base not in joined("role_heads", "described"):
        return False
    for k in range(i - 3, max(i - 6, -1), -1):
        if toks[k].base == "whose":
            return all(tok.text.islower() for tok in toks[k + 1 : i - 1])
    return False


def _speakers_kin(toks: list[Token], i: int, j: int) -> bool:
    """ "My father, Tran Van Bay, repaired boat engines", "our eldest son, X,": the name a
    comma closes after a speaker's kin noun is a person's, though the kin is no role the
    reporter gives (see name_role.in_first_person) and the name's words are in no list."""
    if i < 3 or j >= len(toks) or toks[j].text != "," or toks[i - 1].text != ",":
        return False
    if toks[i - 2].base not in kin_genders() or not toks[i - 2].text.islower():
        return False
    owner = 3 if toks[i - 3].base in {"my", "our"} else 4
    if owner == 4 and (i < 4 or not toks[i - 3].text.islower()):
        return False
    return toks[i - owner].base in {"my", "our"}


def _relative_description(toks: list[Token], i: int, j: int) -> bool:
    """ "The lawyer who argued their case, V. Thanabalasingham, now 83,", "The harbour
    master who warned him, Okada Shigeru, died": a person's noun with a relative "who"
    clause, closed by a comma, then the name a comma closes: the name is that person's
    (only a person is a "who"), though the description is no role it holds."""
    if i < 4 or j >= len(toks) or toks[j].text != "," or toks[i - 1].text != ",":
        return False
    for k in range(i - 2, max(i - 10, 0), -1):
        if toks[k].base == "who":
            noun = toks[k - 1]
            person_noun = (
                noun.base in joined("role_heads", "described") or noun.base in kin_genders()
            )
            return (
                noun.text.islower()
                and person_noun
                and all(tok.text.isalpha() and tok.text.islower() for tok in toks[k + 1 : i - 1])
            )
        if not toks[k].text.isalpha() or not toks[k].text.islower():
            return False
    return False


def _body_title(text: str, toks: list[Token], i: int, role: str, names: tuple[str, ...]) -> bool:
    """A bare title right before the run that a business holds too (words.toml's
    also_bodies: "owner Mineras Alto", "partner Glencore"), before a run no given name
    opens: it shows no person ("owner Jane Roe" still does)."""
    before = text[: toks[i].start].rstrip()
    return (
        role.lower() in words()["also_bodies"]
        and before.endswith(role)
        and gender(names[0]) is None
    )


def _coordinated(toks: list[Token], found: list[Name], placed: list[tuple[int, int]]) -> list[Name]:
    """ "Darian Lonechild and Evan Sanderson were charged": a full name joined by "and" or
    "or" to a person's name is a person's too."""
    out = list(found)
    for k in range(len(out) - 1):
        (_, end), (start, _) = placed[k], placed[k + 1]
        if start != end + 1 or toks[end].base not in {"and", "or"}:
            continue
        first_at = placed[k][0]
        listed = first_at >= 2 and toks[first_at - 1].text == "," and _capital(toks[first_at - 2])
        joint = toks[end].base == "and" and not listed and _shares_surname(out[k], out[k + 1])
        if joint:
            given, surname = out[k].tokens[0], out[k + 1].tokens[-1]
            out[k] = replace(out[k], text=f"{given} {surname}", tokens=(given, surname))
            out[k] = replace(out[k], person=True, joint=True, shaped=False)
        for a, b in ((k, k + 1), (k + 1, k)):
            other = out[b]
            if out[a].person and not other.person and _full_name(other):
                out[b] = replace(other, person=True)
    return out


def _shares_surname(first: Name, second: Name) -> bool:
    """ "Declan and Mairéad Hartigan", "Bill and Melinda Gates": a lone sure given name
    joined by "and" to a person's full name is a given name the surname after it serves
    too (a couple, siblings). Not a surname that is a given name too ("Warren and Bernie
    Sanders"): tallies.people drops the joint name where the text names the first word
    as another's surname. Nor a list's members ("Ain Zara, Salahuddin and Abu Salim")
    nor places ("in Bato and San Andres")."""
    if len(first.tokens) != 1 or first.honorific or first.role or first.thing:
        return False
    if first.located or first.placed:
        return False  # "in Bato and San Andres": places
    if gender(first.tokens[0].lower()) not in SURE or gender(second.tokens[0].lower()) not in SURE:
        return False  # "Orlando and San Bernardino": two given names, sure ones
    last = second.tokens[-1].lower()
    if last in words()["street_nouns"] or last.removesuffix("s") in words()["street_nouns"]:
        return False  # "at the corner of Allen and Stanton Streets"
    return _full_name(second)


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _full_name(name: Name) -> bool:
    """A known given name and more: not "Goldman Sachs", "Ohio Gov"."""
    known = gender(name.tokens[0]) is not None
    return known and len(name.tokens) >= 2 and not name.company and not _is_title(name.tokens[-1])


def _is_title(word: str) -> bool:
    return is_head(word.lower()) or word.lower() in words()["role_modifiers"]


def _name(text: str, toks: list[Token], i: int, j: int, spans: Spans) -> Name:
    """A run with the evidence that it names a person, a business, or neither."""
    display, names = written_form(text, toks, i, j)
    # What only a name of two words or more is asked (the shape of a full name, see
    # is_person and shown_by_context) is not looked for around a one-word run, 72% of
    # runs: it would be False for it all the same.
    several = j - i >= 2
    around = Around(
        word_before(toks, i),
        toks[j].base if j < len(toks) else "",
        apposed_after(toks, i, j),
        several and before_a_title(toks, j, spans),
        several and i > 0 and country_possessive(toks[i - 1]),
        counted_before(toks, i),
        several and j < len(toks) and toks[j].text[:1].isupper() and is_head(toks[j].base),
        several and toks[j - 1].possessive and (j >= len(toks) or toks[j].base in NO_NOUN),
    )
    honorifics = words()["honorifics"]
    office = new_office(text, toks, i, j)
    role = office or role_of_run(text, toks, i, j, spans, names, around.before)
    if office is None and role is not None and apposed_now(toks, j):
        office = role  # "Kepa, now an MP for ...": today's office, over the one before
    if office is not None:
        # "The head of the city administration, Viktor Lysenko, who was appointed acting
        # head last month": one office written twice, and the fuller title stands (not
        # "deputy leader X ... as its new leader", another office); a bare head is the
        # less full ("X, the minister who led the talks, ... to the post of Minister of
        # Water": the post names the office)
        titled = role_of_run(text, toks, i, j, spans, names, around.before)
        if titled is not None and _same_office(titled, office):
            role = titled if len(titled.split()) >= len(office.split()) else office
        elif titled is not None and not rank_only(office):
            # "Brigadier General X ... was named commander of the Gao zone": a rank is no
            # office the appointment ends; it is said first, as beside any office (the
            # office said after the rank before is the one the appointment ends)
            rank = titled.partition(", ")[0]
            if rank_only(rank):
                role = f"{rank}, {office}"
            elif _held_beside(text, titled, office):
                # "X, the defence minister, will act as interior minister": an acting
                # office is held beside one's own, which stays; a deputy's is the one
                # they stand in for ("Deputy Commissioner X will act as commissioner")
                role = office if _deputys(titled) else f"{titled}, {office}"
    if role is not None and in_first_person(role):
        role = None  # "Jennifer Lewis, a democrat running for my father's seat": a speaker's
    if role is not None and _body_title(text, toks, i, role, names):
        role = None  # "owner Mineras Alto said": a firm may own, host or partner too
    company = company_named(toks, i, names)
    beside_verb = beside_speech_verb(toks, j, around)
    speaks = len(names) >= 2 and beside_verb
    # (the outlet's own reporter, "our correspondent Jane Roe", is no one of the news)
    words_only = only_words(toks, i, names, around.before) or outlet_staff(text, toks, i, j)
    # "Helvet Re", "Halden Capital", "Samuel Goldwyn Films": a last word that ends a
    # body's name names a body, not a person (inside a longer name it is that name's word);
    # so does a leader's noun a government's ("the Trump Presidency")
    thing = (
        names_a_thing(toks, i, j, names)
        or (
            j - i >= 2
            and (
                toks[j - 1].base in joined("body_name_ends", "leader_nouns") or designator(toks, j)
            )
        )
        or (around.before in honorifics and attributive_name(toks, j))
        or names_a_street(toks, j)
        or ends_in_a_bodys_word(toks, j)
        or apposes_a_body(toks, j)  # "Ansar al-Wadi, a militia loyal to ...,"
        or (around.before not in honorifics and fills_a_quotation(text, toks, i, j))
        or opens_a_street(toks, i, j)
        or placed_in_a_region(toks, i, j)
        or opened_by_compass(toks, i)
        # "Every Hari Raya, fresh paint", "every Eid": what recurs is a day or an event
        or around.before in words()["recurrence_determiners"]
        # not under a title ("Governor Kano Abiola"): the title shows a person
        or (role is None and around.before not in honorifics and named_for_place_and_trade(names))
        or (role is None and around.before not in honorifics and which_relative(toks, i, j))
        or (around.before not in honorifics and speaks_after_apposition(toks, j))
    )
    its = (
        role is None
        and around.before not in honorifics
        and (
            goes_on_as_its(toks, j)
            or plural_subject(toks, i, j)
            or (gender(names[0]) is None and reports_as_it(toks, j))
        )
    )
    # "Producers' Guild": a plural's possessive inside the run (sentence_tokens joins it
    # to its noun) makes it a body's name, never a person's
    owned = any(name.endswith(("'", "’")) for name in names[:-1])
    person = not (words_only or thing or its or owned) and (
        is_person(toks[j - 1], names, role, around, company=company, speaks=speaks)
        or (
            len(names) >= 2
            and (
                _whose_relation(toks, i, j)
                or _relative_description(toks, i, j)
                or _speakers_kin(toks, i, j)
            )
        )
    )
    shaped = (
        person
        and role is None
        and around.before not in honorifics
        and not shown_by_context(names, around, company=company, speaks=speaks)
    )
    # What a quotation says of someone after their name (“we spoke with Antony Blinken,
    # the chief negotiator of the old guard”) is the speaker's description, not the
    # reporter's: it still shows a person, but it is not the role the brief reports. A
    # title before a name is how anyone names them (“Secretary Mattis”), and kept.
    head = text[: toks[i].start].rstrip(" ,") if role is not None else ""
    said = (
        role is not None
        and (not head.endswith(role) or speakers_own(head[: len(head) - len(role)], role))
        and quoted_at(text, toks[i].start)
    )
    # Nor is a title the sentence ends or dates ("sacked coach X", "then president X"):
    # it shows a person, but not their office now.
    ended = role is not None and title_ended(head, toks, i, role)
    # Nor is a plural title ("Sens. Ann Lee, Joe Roe"), shared by the names it lists, or a
    # title quoted with the name as a coined one or a chant ("the firm's 'Chief Yahoo'").
    coined = role is not None and (shared_title(role) or alone_in_quotes(text, toks, i, j))
    withheld = said or ended or coined
    if ended and not (said or coined) and role is not None:
        if kept := _rank_kept(text, toks, i, j, role):
            # "dismissed Colonel X as commander of ...": the post ended, not the rank
            role, withheld = kept, False
        else:
            # "dismissed Energy Minister X"; "took command of X, replacing Rear Admiral Y"
            role = former_title(head, toks, i, role) or _command_left(text, toks, i, role)
            withheld = role is None
    succeeded = role is not None and not withheld and predecessors_title(head, toks, i, role)
    if role is None and not withheld and len(names) == 1 and not (words_only or thing or its):
        # "Chaudhry, an economist, has never held office": a role, but no evidence of a
        # person (the tallies give it to the one the surname names, if anyone)
        role = surname_apposition(text, toks, i, j)
    return Name(
        display,
        names,
        None if words_only or thing or withheld else role,
        person,
        appointed=office is not None and not (words_only or thing or withheld),
        succeeded=succeeded,
        company=company or speaks,
        speaks=beside_verb,
        honorific=around.before if around.before in honorifics else None,
        article=around.before in words()["articles"] or around.counted,
        another=several and around.before == "another",
        thing=thing,
        shaped=shaped,
        unlike=its or (shaped and unlike_a_person(text, toks, i, j)),
        led=person
        and role is None
        and len(names) == 1
        and around.before not in honorifics
        and around.after in words()["leader_nouns"],
        governed=around.after in words()["polity_nouns"],
        common=around.before in words()["articles"] and heads_its_phrase(toks, j),
        located=around.before in words()["locatives"] or around.before == "to",
        placed=around.before in words()["place_locatives"],
        modifies=a_type(toks, i)
        or (
            j < len(toks)
            and not toks[j - 1].possessive  # "Mr Peston's book" is his
            and toks[j].text.islower()
            and thing_noun(toks[j].base)
        ),
    )


def _same_office(title: str, office: str) -> bool:
    """Whether a title and an appointment name one office: the same head noun, with no
    word before it but a stand-in's ("acting head" and "head of the city administration";
    not "deputy leader" and "leader")."""
    standin = words()["role_standin"] | {"the", "a", "an", "new"}
    heads = []
    for role in (title, office):
        parts = role.lower().split()
        at = next((k - 1 for k, w in enumerate(parts) if k and w in {"of", "for", "to"}), None)
        at = len(parts) - 1 if at is None else at
        if at < 0 or not set(parts[:at]) <= standin:
            return False
        heads.append(parts[at])
    return heads[0] == heads[1]


def _command_left(text: str, toks: list[Token], i: int, rank: str) -> str | None:
    """The command a rank's holder handed over to the sentence's subject, as a former one
    (roles.command_handed_over): the rank before the name is no office the handover
    ended, the command is."""
    if not rank_only(rank):
        return None
    at = i - len(rank.split())
    return command_handed_over(text, toks, at) if at > 0 else None


# The post a verb that ended an office names after its holder: "dismissed Colonel X as
# commander of the Batken border detachment and appointed ...", to the next mark or
# clause.
_AS_POST = re.compile(
    r"\s+as\s+((?:the\s+)?[a-z][\w'’-]*(?:\s+(?!and\b|after\b|on\b|in\s+his\b|in\s+her\b)"
    r"[\w'’-]+){0,8}?)(?=\s*[,;.:(]|\s+(?:and|after|on|in\s+(?:his|her)|for|over)\b|\s*$)"
)


def _rank_kept(text: str, toks: list[Token], i: int, j: int, rank: str) -> str | None:
    """A rank before a name that a verb ending an office stands before (`ended`): the
    rank stays its holder's, as a dismissal from a post is no demotion ("former Colonel"
    had read as one, r73 F13); the post "as" names after the name is the former one
    ("dismissed Colonel X as commander of ..." -> "Colonel, former commander of ...").
    Not the command a handover ends (_command_left), nor a title that is no rank."""
    if not rank_only(rank) or j > len(toks) or _command_left(text, toks, i, rank):
        return None
    post = _AS_POST.match(text, toks[j - 1].end)
    if post is None:
        return rank
    office = post.group(1)
    first = office.split()[1 if office.startswith("the ") else 0]
    return f"{rank}, former {office}" if is_head(first.lower()) else rank


def _deputys(title: str) -> bool:
    """A second in command's title ("Deputy Commissioner", "her deputy in Abuja"): the
    office they stand in for is the one they act in, shown alone."""
    first = next((w for w in title.lower().split() if w not in words()["articles"]), "")
    return first.removesuffix("'s") in words()["second_in_command"]


def _held_beside(text: str, titled: str, office: str) -> bool:
    """`office` is one the text says is held for another ("will act as interior
    minister": words.toml's standin_serving_verbs) and `titled` an office of one's own
    held now (not former, not itself a stand-in's). An appointment to an acting office
    ("named deputy X acting coach") ends the one before, as any appointment does."""
    acting, _, held = office.partition(" ")
    if acting != "acting" or not held:
        return False
    verbs = "|".join(map(re.escape, words()["standin_serving_verbs"]))
    if re.search(rf"\b(?:{verbs}) as (?:the )?{re.escape(held)}", text) is None:
        return False
    return titled.split()[0].lower() not in joined("role_standin", "role_past")
