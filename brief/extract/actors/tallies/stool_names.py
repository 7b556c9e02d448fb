"""A chief named again by his title and the last word of his stool name, and a person
named again by a style and the given name.

"The chief of the area, Nana Kofi Asamoah III, ..." then "Nana Asamoah said": the run
reader leaves the title out of the stool name (its regnal number shows it), but the
short form has no number, so "Nana Asamoah" would be a second person. The article shows
who it is: the chief whose stool name, before its number, ends in that word. Read over
one source's tallies, as no one sentence shows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.extract.actors.names.name_words import generational
from brief.extract.actors.tallies.tally_record import Tally
from brief.extract.lexicon import words
from brief.models import Sentence


def with_chiefs_titled(people: list[Tally]) -> list[Tally]:
    """People, each "<stool title> <word>" joined to the one chief of its sources whose
    stool name ends in that word before its regnal number."""
    titles = words()["stool_titles"]
    chiefs: dict[tuple[int, str], list[Tally]] = {}
    for person in people:
        parts = person.name.split()
        if len(parts) >= 3 and generational(parts[-1]) and parts[-1].isupper():
            for source in person.sources:
                chiefs.setdefault((source, parts[-2]), []).append(person)
    if not chiefs:
        return people
    kept = []
    for person in people:
        parts = person.name.split()
        chief = None
        if len(parts) == 2 and parts[0].lower() in titles:
            found = {id(t): t for s in person.sources for t in chiefs.get((s, parts[1]), ())}
            chief = next(iter(found.values())) if len(found) == 1 else None
        if chief is None:
            kept.append(person)
        else:
            chief.join(person)
    return kept


def with_styled_given_names(people: list[Tally], sentences: Sequence[Sentence]) -> list[Tally]:
    """People, each "<style> <given name>" (words.toml's given_name_styles: "Thao Bounmy")
    joined to the one person of its sources the text names in full after that style
    ("Thao Bounmy Keomanivong", listed as Bounmy Keomanivong): Lao and Thai copy names a
    man by his style and given name after the first mention, as English does by the
    surname. Before one word the style is a given name ("Thao Nguyen"), so the short form
    is a person of its own unless that full name is written with the style."""
    styles = words()["given_name_styles"]
    texts: dict[int, list[str]] = {}
    for sentence in sentences:
        texts.setdefault(sentence.source, []).append(sentence.text)
    kept = []
    for person in people:
        parts = person.name.split()
        named = None
        if len(parts) == 2 and parts[0].lower() in styles:
            found = {
                id(t): t
                for t in people
                if t is not person
                and len(t.name.split()) >= 2
                and t.name.split()[0] == parts[1]
                and t.sources & person.sources
                and any(
                    f"{parts[0]} {t.name}" in text
                    for s in t.sources & person.sources
                    for text in texts.get(s, ())
                )
            }
            named = next(iter(found.values())) if len(found) == 1 else None
        if named is None:
            kept.append(person)
        else:
            named.join(person)
    return kept
