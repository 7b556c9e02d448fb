"""Businesses: the non-person names that speak, counted only where the text shows them
to be a business (a suffix, "the company" in the paragraph, or how it speaks of them);
and the person's tally that was a business written short ("Cathay Pacific" of
"Cathay Pacific Airways"), given back to it.

Apart from the people because a business is counted by its own evidence, never merged
by surname.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.extract.actors import organisations
from brief.extract.actors.tallies.name_forms import given_of
from brief.extract.actors.tallies.tally_record import Found, Tally
from brief.extract.lexicon import words
from brief.models import Sentence


def without_short_names(people: list[Tally], bodies: Sequence[Tally]) -> list[Tally]:
    """People whose name of two words or more is the opening of a business's name the text
    shows by its suffix ("Cathay Pacific" of "Cathay Pacific Airways", which "Cathay
    Pacific has said it wants ..." made a person) are that business, written short, when
    nothing shows a person: no role, no given name a dictionary knows ("Tadesse Worku" the
    champion beside "Tadesse Worku Ltd" is a founder and his firm). Their mentions go to
    the business."""
    suffixes = words()["company_suffixes"]
    firms = [
        t for t in bodies if t.kind == "organisation" and t.name.split()[-1].lower() in suffixes
    ]
    kept = []
    for person in people:
        firm = None
        if person.role is None and " " in person.name and given_of(person.name) is None:
            firm = next((t for t in firms if t.name.startswith(f"{person.name} ")), None)
        if firm is None:
            kept.append(person)
        else:
            firm.join(person)
    return kept


def companies(found: list[Found], sentences: Sequence[Sentence], people: set[str]) -> list[Tally]:
    """Non-person names that speak ("Time Warner said") are businesses only when the
    text says so: a suffix (Inc, Group, Bank), "the company"/"the firm" in the paragraph,
    or how the text speaks of the name (see organisations)."""
    suffixes = words()["company_suffixes"]
    cues = organisations.company_paragraphs(
        sentences, {(s.source, s.paragraph) for _, s, _ in found}
    )
    spoken_of = organisations.evidenced(found, cues, people)
    maybe = [
        (order, sentence, name, name.tokens[-1].lower() in suffixes or shown)
        for order, sentence, name in found
        for shown in [(name.text, sentence.source) in spoken_of]
        if (name.company or shown)
        and not name.person
        and name.text not in people
        # a suffix alone names no business: "Holdings" of "LNM Holdings", "Corp" of "News Corp"
        and not all(token.lower() in suffixes for token in name.tokens)
    ]
    tallies: dict[str, Tally] = {}
    for order, sentence, name, suffix in maybe:
        if suffix or (sentence.source, sentence.paragraph) in cues:
            tallies.setdefault(name.text, Tally(name.text, "organisation", first=(order, 0)))
    for _, sentence, name in found:
        if name.text in tallies:
            tallies[name.text].add(sentence)
    return list(tallies.values())
