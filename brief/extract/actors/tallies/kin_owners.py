"""A relation of kin owned by "his" or "her", given its owner: "The family of Jan Roe
said ... His sister, Ann Roe, told ..." makes Ann Roe "Jan Roe's sister".

Read on its own, "His sister" names a relation to no one the role can show, and the role
reads "sister" (r74 F23). News English opens such a sentence with the pronoun for the
one the sentence before is about, so the text settles the owner where that sentence
names one person only, whose given name says the pronoun's sex, and describes no one
else by a noun ("a man", "his son"), and the one the role is given to is not them.
Anything else (two people before, none, a given name of either sex, a pronoun inside the
sentence: "She said her sister, Ann Roe, ...") settles nothing, and the role stays as
the text wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.extract.actors.tallies.tally_record import Tally
from brief.extract.actors.word_knowledge import gender, person_nouns
from brief.extract.lexicon import kin_genders, words
from brief.models import Sentence

_PRONOUN_SEX = {"his": "male", "her": "female"}


def give_kin_owners(people: Sequence[Tally], sentences: Sequence[Sentence]) -> None:
    """Give each person whose role is a kin noun that an opening "His" or "Her" owns the
    one person the sentence before names, in place (their Tally.role); see the module's
    docstring."""
    by_place = {(s.source, s.index): s for s in sentences}
    persons = [t for t in people if t.kind == "person"]
    for person in persons:
        role, at = person.role, person.role_at
        if not role or at is None or role.lower() not in kin_genders():
            continue
        sentence = by_place.get((at.source, at.index))
        if sentence is None:
            continue
        opened = re.match(rf"(His|Her) {re.escape(role)}\s*,", sentence.text)
        if opened is None:
            continue
        before = (at.source, at.index - 1)
        if before not in by_place:
            continue
        named = [t for t in persons if before in t.where]
        if len(named) != 1 or named[0] is person:
            continue
        owner = named[0]
        given = gender(owner.name.split()[0]) if " " in owner.name else None
        if given != _PRONOUN_SEX[opened.group(1).lower()]:
            continue  # "Anna Roe said ... His sister": not hers; "Efua ...": his or hers?
        if _someone_unnamed(by_place[before].text, owner.name):
            continue  # "A man attacked Tomas Roe. His brother": the man's, maybe
        # the full name: a surname may be a father's name ("Ravindran a/l Subramaniam")
        person.role = f"{_possessive(owner.name)} {role}"


def _someone_unnamed(text: str, name: str) -> bool:
    """Whether the sentence names a person by a noun ("a man", "the girl", "an engineer",
    "her son") outside the apposition set after `name` ("Jan Roe, the engineer held in
    Brest,": Roe himself), whom "his" or "her" may stand for as well."""
    at = text.find(name)
    if at >= 0:
        end = at + len(name)
        if text[end : end + 1] == ",":
            close = text.find(",", end + 1)
            end = close if close > 0 else len(text)
        text = text[:at] + text[end:]
    nouns = person_nouns() | words()["human_nouns"] | frozenset(kin_genders())
    return any(word.lower() in nouns for word in re.findall(r"[A-Za-z-]+", text))


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"
