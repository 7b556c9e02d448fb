"""Businesses: the non-person names that speak, counted only where the text shows them
to be a business (a suffix, "the company" in the paragraph, or how it speaks of them);
and the person's tally that was a business written short ("Cathay Pacific" of
"Cathay Pacific Airways"), given back to it.

Apart from the people because a business is counted by its own evidence, never merged
by surname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.extract.actors import organisations
from brief.extract.actors.names import Name, named_for_place_and_trade
from brief.extract.actors.tallies.name_forms import given_of
from brief.extract.actors.tallies.tally_record import Found, Tally
from brief.extract.actors.word_knowledge import common_word, demonym
from brief.extract.lexicon import joined, words
from brief.models import Sentence


def without_short_names(people: list[Tally], bodies: Sequence[Tally]) -> list[Tally]:
    """People whose name of two words or more is the opening of a business's name the text
    shows by its suffix ("Cathay Pacific" of "Cathay Pacific Airways", which "Cathay
    Pacific has said it wants ..." made a person) are that business, written short, when
    nothing shows a person: no role, no given name a dictionary knows ("Tadesse Worku" the
    champion beside "Tadesse Worku Ltd" is a founder and his firm). Their mentions go to
    the business. A particle that is also a given name ("Al" of "Al Gore") opens the
    firm's name as its article ("Al Noor" of "Al Noor Logistics"): no given name there."""
    suffixes = words()["company_suffixes"]
    particles = words()["given_particles"]
    firms = [
        t for t in bodies if t.kind == "organisation" and t.name.split()[-1].lower() in suffixes
    ]
    kept = []
    for person in people:
        firm = None
        given = given_of(person.name)
        if person.role is None and " " in person.name and (given or "").lower() in {"", *particles}:
            firm = next((t for t in firms if t.name.startswith(f"{person.name} ")), None)
        if firm is None:
            kept.append(person)
        else:
            firm.join(person)
    return kept


def employers_apart(people: list[Tally]) -> tuple[list[Tally], list[Tally]]:
    """(people, businesses): a "person" the text names with no role and no given name a
    dictionary knows, whose whole name another person's role writes as its employer
    before the title ("Rafael Ibarra, Mineras Alto chief executive"; "Mineras Alto's
    chief executive"), is that business: no one holds a title in a person ("owner
    Mineras Alto said" had made it one)."""
    roles = [t.role for t in people if t.role]
    kept: list[Tally] = []
    firms: list[Tally] = []
    for person in people:
        employs = (
            person.role is None
            and " " in person.name
            and given_of(person.name) is None
            and any(_employer_in(person.name, role) for role in roles)
        )
        if employs:
            person.kind = "organisation"
            firms.append(person)
        else:
            kept.append(person)
    return kept, firms


def _employer_in(name: str, role: str) -> bool:
    """Whether `role` opens with `name` as its employer, before a lower-case title."""
    rest = role.removeprefix(name).removeprefix("'s").removeprefix("’s")
    return len(rest) < len(role) and rest.startswith(" ") and rest[1:2].islower()


def without_things_written_short(people: list[Tally], found: Sequence[Found]) -> list[Tally]:
    """People whose name of two words or more is the opening of a longer name the same
    source shows to be a thing's by its last word ("Al Noor" of "Al Noor Marine
    Services"), when nothing shows a person: no role, no given name a dictionary knows,
    or a particle that is also one ("Al"). The thing is no actor of its own, so the name
    leaves the people. (A leader's government is no thing: "the Obama Administration".)"""
    particles = words()["given_particles"]
    leaders = words()["leader_nouns"]  # "the Obama Administration" is his government's
    things: dict[int, set[str]] = {}
    for _, sentence, name in found:
        if name.thing and len(name.tokens) >= 2 and name.tokens[-1].lower() not in leaders:
            things.setdefault(sentence.source, set()).add(name.text)
    if not things:
        return people
    kept = []
    for person in people:
        given = (given_of(person.name) or "").lower()
        short = person.role is None and " " in person.name and given in {"", *particles}
        if short and any(
            thing.startswith(f"{person.name} ")
            for source in person.sources
            for thing in things.get(source, ())
        ):
            continue
        kept.append(person)
    return kept


def companies(
    found: list[Found],
    sentences: Sequence[Sentence],
    people: set[str],
    shaped: frozenset[tuple[str, int]] = frozenset(),
) -> list[Tally]:
    """Non-person names that speak ("Time Warner said") are businesses only when the
    text says so: a suffix (Inc, Group, Bank), a place's name and its trade ("Kano Flour
    Mills said"), "the company"/"the firm" in the paragraph, or how the text speaks of the
    name (see organisations; `shaped`: the (name, source) of names with a person's shape
    that organisations.shaped_bodies shows to be bodies)."""
    suffixes = words()["company_suffixes"]
    cues = organisations.company_paragraphs(
        sentences, {(s.source, s.paragraph) for _, s, _ in found}
    )
    spoken_of = organisations.evidenced(found, cues, people) | shaped
    maybe = [
        (
            order,
            sentence,
            name,
            name.tokens[-1].lower() in suffixes or shown or _place_and_trade(sentence.text, name),
        )
        for order, sentence, name in found
        for shown in [(name.text, sentence.source) in spoken_of]
        if (name.company or shown)
        and not name.person
        and name.text not in people
        and not _portfolio(sentence.text, name)
        # a suffix alone names no business: "Holdings" of "LNM Holdings", "Corp" of "News
        # Corp"; but "Gas Corporation" of "Oil and Gas Corporation" is the end of one
        and (
            not all(token.lower() in suffixes for token in name.tokens)
            or _whole_name(sentence.text, name) != name.text
        )
    ]
    tallies: dict[str, Tally] = {}
    whole: dict[str, str] = {}  # a name as found -> the body's whole name
    for order, sentence, name, suffix in maybe:
        if suffix or (sentence.source, sentence.paragraph) in cues:
            called = whole.setdefault(name.text, _whole_name(sentence.text, name))
            tallies.setdefault(called, Tally(called, "organisation", first=(order, 0)))
    for _, sentence, name in found:
        if whole.get(name.text, name.text) in tallies:
            tallies[whole.get(name.text, name.text)].add(sentence)
    return list(tallies.values())


_OFFICE_BEFORE_RE = re.compile(r"\b([A-Za-z]+) (?:of|for) (?:the )?\Z")


def _portfolio(text: str, name: Name) -> bool:
    """ "the Minister of Water Resources", "Secretary for Energy": the field of an office
    after its title, no business, though it ends as one may ("Resources", "Energy"). A
    ministry of that name is the gazetteer's or places.MINISTRY_RE's."""
    at = text.find(name.text)
    found = _OFFICE_BEFORE_RE.search(text, max(0, at - 40), at) if at > 0 else None
    return found is not None and found.group(1).lower() in words()["portfolio_heads"]


def _place_and_trade(text: str, name: Name) -> bool:
    """ "Kano Flour Mills said": a place's name and its trade, speaking, and the whole of
    a name (not "Afar Regional" of "the Afar Regional State")."""
    if not name.speaks or not named_for_place_and_trade(tuple(name.tokens)):
        return False
    at = text.find(name.text)
    after = text[at + len(name.text) :].lstrip() if at >= 0 else ""
    return not after[:1].isupper()


# Capitalised words and an "and" right before a name: "Georgian Oil and " of "the Georgian
# Oil and Gas Corporation".
_JOINED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+(?:and|&)\s+\Z")


def _whole_name(text: str, name: Name) -> str:
    """A business's name with the words an "and" joins on before it, when those words are
    common words or a people's ("Oil and Gas Corporation" of "the Georgian Oil and Gas
    Corporation", "Industrial and Commercial Bank": the run had started after the "and"),
    or any words an ampersand joins ("Halvard & Crane Shipbrokers Ltd"); not two names
    ("Deutsche Bank and Credit Suisse Group", a body's head before the "and"), nor the
    last two of a list ("Paramount, Universal and Warner Bros")."""
    at = text.find(name.text)
    found = _JOINED_BEFORE.search(text, max(0, at - 60), at) if at > 0 else None
    if found is None:
        return name.text
    before = found.group(1).split()
    while before and before[0].lower() in words()["determiners"]:
        before = before[1:]  # "The National Oil and ...": the sentence's article
    if len(before) == 1 and text[: found.start(1)].rstrip().endswith(","):
        return name.text  # "Paramount, Universal and Warner Bros": a list's last two
    # "Halvard & Crane Shipbrokers Ltd", "Procter & Gamble": the ampersand joins the
    # partners' names of one firm, where "and" may join two bodies' names
    ampersand = text[found.end(1) : at].strip() == "&"
    if not before or not (ampersand or all(common_word(word) or demonym(word) for word in before)):
        return name.text
    if before[-1].lower() in joined("organisation_heads", "company_suffixes"):
        return name.text  # "Deutsche Bank and ...": a body's name of its own
    return " ".join([*before, text[found.end(1) : at].strip(), name.text])
