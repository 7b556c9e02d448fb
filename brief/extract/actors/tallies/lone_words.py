"""Whose a lone word is when it is no surname of its own: a given name the source uses
for someone it names in full ("Sir Andrew" of Sir Andrew Green, "Ms Siriporn" of
Siriporn Thanasombat), or an inner surname ("Ruiz" of María Fernanda Ruiz Cárdenas,
"Chan" of Ivan Chan Ho-yin).

Apart from the count because these are the naming customs of other countries and
papers, each settled per source before any mention is counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.actors.names import Name, hyphened_given_name
from brief.extract.actors.tallies.tally_record import Found, Tally
from brief.extract.actors.word_knowledge import SURE, common_word, gender
from brief.extract.lexicon import words


def known_by_given_name(
    found: list[Found], evidenced: list[bool], surnames: set[tuple[str, int]]
) -> set[tuple[tuple[str, ...], int]]:
    """(tokens, source) of the lone given names that are someone's the source names
    in full: "Sir Andrew" or "Bernard" is the one Andrew or Bernard the article names
    ("Sir Andrew Green"), and gets no tally of its own; count_mentions gives them to that
    person. "Mr Thomas" is a surname, whoever "Thomas Smith" is, unless the article never
    calls Thomas Smith by his surname and the word is no sure given name: papers that
    name people by their first name after an honorific ("Ms Siriporn" of Siriporn
    Thanasombat, Thai style) or write the surname first ("Mr Lou" of Lou Jiwei) do so
    for everyone they call so, while "Mr Howard" beside "Mr Flight" of Howard Flight is
    the Tory leader, and "Mr Graham" beside Judge Graham Morris the barrister.
    `evidenced` says of each mention whether it is a person's (see evidence_test);
    `surnames` holds the (last word, source) of the names of two words or more."""
    firsts: dict[tuple[str, int], set[str]] = {}
    no_mister: set[tuple[str, int]] = set()  # (first word, source) of a judge, a lord ...
    alone: set[tuple[str, int]] = set()  # (word, source) of one-word names
    full_roles: dict[tuple[str, int], list[str]] = {}  # (first word, source): full names' roles
    lone_roles: dict[tuple[str, int], list[str]] = {}  # (word, source): lone mentions' roles
    unmistered = words()["unmistered"]
    past = words()["role_past"]
    for (_, sentence, name), shown in zip(found, evidenced, strict=True):
        key = (name.tokens[0], sentence.source)
        if len(name.tokens) >= 2 and shown:
            firsts.setdefault(key, set()).add(name.tokens[-1])
            full_roles.setdefault(key, []).append((name.role or "").lower())
            if name.role and name.role.split()[-1].lower().rstrip(".") in unmistered:
                no_mister.add(key)
        elif len(name.tokens) == 1:
            alone.add(key)
            if name.role:
                lone_roles.setdefault(key, []).append(name.role.lower())

    def another_office(key: tuple[str, int]) -> bool:
        """A lone mention with an office the full name's never holds ("Lawmaker Nguyen"
        beside Nguyen Van Thang, the finance minister; "Former President Park" beside Park
        Ji-hoon, a fisherman): the word is another person's too, and no one's alone."""
        held = full_roles.get(key, [])
        if not any(held):
            # a full name given no role is not contradicted by a past title of the lone
            # word's ("Former prime minister Somchai" after "Somchai Wongsawat
            # resigned"): that says what they were, not another office held now
            lone = [role for role in lone_roles.get(key, []) if past.isdisjoint(role.split())]
        else:
            lone = lone_roles.get(key, [])
        return any(not any(role in full for full in held) for role in lone)

    by_surname = words()["surname_honorifics"]

    def given(name: Name, source: int) -> bool:
        last = firsts.get((name.tokens[0], source), set())
        if not last or (name.tokens[0], source) in surnames:  # "Howard" of Michael Howard
            return False
        if len(last) > 1:
            # "Sheikh Mohammed" beside Mohammed bin Abdulrahman Al Thani and Mohammed bin
            # Salman: one of theirs, which the quotes settle near it, never a third person
            return name.honorific not in by_surname and (
                gender(name.tokens[0]) is not None or not common_word(name.tokens[0])
            )
        if name.honorific in by_surname:  # "Ms Siriporn", "Mr Lou"; a sure given name
            # after an honorific is a surname in most English news ("Mr Graham" beside
            # Prosecutor Graham Lewis), so "Mr Anwar" stays apart from Anwar Ibrahim: a
            # second actor, never a wrong speaker
            surname_alone = (next(iter(last)), source) in alone
            return (
                gender(name.tokens[0]) not in SURE
                and (name.tokens[0], source) not in no_mister
                and not surname_alone
            )
        if gender(name.tokens[0]) is not None:
            return True
        # A word no list knows as a given name is one still when the source calls that
        # person by it and never by the surname ("Hirut" of Hirut Zemene, Ethiopian style;
        # "Sunee" of Sunee Kaewmanee): a surname alone would say the source names them so.
        # A family name written first is how its person is called, word or not ("Park"
        # of Park Ji-hoon).
        # (A lone word that opens another full name is that person's given name: "Ato
        # Tola" of Tola Mamo says nothing of how "Mekdes Tola" is called.)
        surname = next(iter(last))
        by_surname_alone = (surname, source) in alone and (surname, source) not in firsts
        if by_surname_alone or another_office((name.tokens[0], source)):
            return False
        return not common_word(name.tokens[0]) or hyphened_given_name(surname)

    return {
        (name.tokens, sentence.source)
        for _, sentence, name in found
        if len(name.tokens) == 1 and given(name, sentence.source)
    }


@cache
def inner_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words between the first and the last of a name of three words or more,
    particles and "Jr" aside, that may be a surname: no given name a list knows, no
    common word. Spanish names end in two surnames and news calls a person by the first
    ("Ruiz" of María Fernanda Ruiz Cárdenas, "Guzmán" of Octavio Guzmán Pérez Gómez);
    Hong Kong's put the surname before the Chinese given name ("Chan" of Ivan Chan
    Ho-yin); Portuguese ones the name a person is known by ("Lula" of Luiz Inácio Lula da
    Silva)."""
    w = words()
    parts = [t for t in tokens if t.lower() not in w["particles"]]
    while parts and parts[-1].rstrip(".").lower() in w["generations"]:
        parts.pop()
    return tuple(
        word
        for word in parts[1:-1]
        if word[:1].isupper()
        and not _INITIAL_RE.fullmatch(word)  # "Robert J. Shapiro": no one is "J."
        and gender(word.lower()) is None
        and not common_word(word)
    )


_INITIAL_RE = re.compile(r"(?:\w\.)+|\w")


def inner_surnames(found: list[Found], evidenced: Sequence[bool]) -> set[tuple[str, int]]:
    """(word, source) of the lone words that are an inner surname (see inner_words) of
    the one person the source names in full with it: "Ruiz said" after "María Fernanda
    Ruiz Cárdenas". Not a word that opens another full name there: "Maxamed said" beside
    Maxamed Ibraahim Barre is him, not the minister Cabdullaahi Maxamed Nuur, whose
    father's name it is. A word that ends another full name there is that person's
    ("Ruiz" of Jorge Olvera Ruiz), unless the source calls each so named by another word
    of their name ("Olvera said", "Governor Guzmán" of Octavio Guzmán Pérez Gómez): a
    person has one short form in an article, so then "Ruiz" or "Gómez" is the one whose
    inner surname it is."""
    inner: dict[tuple[str, int], set[tuple[str, str]]] = {}  # -> (given name, last word)
    last: dict[tuple[str, int], set[tuple[str, ...]]] = {}
    first: dict[tuple[str, int], set[tuple[str, str]]] = {}
    alone: set[tuple[str, int]] = set()
    for (_, sentence, name), shown in zip(found, evidenced, strict=True):
        if len(name.tokens) == 1:
            alone.add((name.tokens[0], sentence.source))
        elif shown:
            ends = (name.tokens[0], name.tokens[-1])  # siblings share both surnames
            last.setdefault((name.tokens[-1], sentence.source), set()).add(name.tokens)
            first.setdefault((name.tokens[0], sentence.source), set()).add(ends)
            for word in inner_words(name.tokens):
                inner.setdefault((word, sentence.source), set()).add(ends)
    out = set()
    for (word, source), people in inner.items():
        if len(people) != 1 or (word, source) not in alone:
            continue
        if first.get((word, source), people) - people:
            continue  # another's given name
        others = last.get((word, source), set())
        if all(_called_by_inner_word(t, source, alone, last) for t in others):
            out.add((word, source))
    return out


def _called_by_inner_word(
    tokens: tuple[str, ...],
    source: int,
    alone: set[tuple[str, int]],
    last: dict[tuple[str, int], set[tuple[str, ...]]],
    depth: int = 1,
) -> bool:
    """Whether the source calls the person named `tokens` by an inner word of the name
    alone ("Governor Guzmán" of Octavio Guzmán Pérez Gómez). A word that ends another's
    full name there is that other's ("Bautista said" is Danilo Bautista, not Rowena
    Bautista Navarro), unless the source calls that other by an inner word of theirs in
    turn ("Gómez said" is General Gómez Restrepo when the mayor Diana Marcela Ospina
    Gómez is "Ospina")."""
    for word in inner_words(tokens):
        if (word, source) not in alone:
            continue
        enders = last.get((word, source), set()) - {tokens}
        if not enders or (
            depth > 0
            and all(_called_by_inner_word(other, source, alone, last, 0) for other in enders)
        ):
            return True
    return False


# How many letters a given name cut short keeps at least ("Bev" of Beverly).
_CLIPPED_LETTERS = 3


def with_clipped_given_names(people: list[Tally], found: Sequence[Found]) -> list[Tally]:
    """People, each given the lone word the text calls them by when it is their given
    name cut short ("Bev" of Beverly Sundquist): English writes a friend's short name so
    ("Bev says she has taken the train twice since"). The word is a source's lone
    capitalised word that is no one's name nor any word of one, cut from the given name
    of one person the source names in full (no other given name there opens with it),
    after that full name, and with no gender a name list gives against the full given
    name's ("Al" is not Alison). The person's tally takes the word as a spelling and its
    mentions; people are returned as they were given."""
    named_words = {word for person in people for word in person.name.split()}
    named_words |= {word for person in people for form in person.spellings for word in form.split()}
    # each person named in full, under each of their sources and each cut of their given
    # name: asked once per lone word, a scan of everyone was quadratic in a long source
    cut_from: dict[tuple[int, str], list[Tally]] = {}
    for person in people:
        parts = person.name.split()
        if len(parts) < 2:
            continue
        for end in range(_CLIPPED_LETTERS, len(parts[0])):
            for source in person.sources:
                cut_from.setdefault((source, parts[0][:end]), []).append(person)
    for order, sentence, name in found:
        if len(name.tokens) != 1 or name.headline:
            continue
        word = name.tokens[0]
        if len(word) < _CLIPPED_LETTERS or not word.isalpha() or not word.istitle():
            continue
        if word in named_words or common_word(word):
            continue
        opened = cut_from.get((sentence.source, word), [])
        if len(opened) != 1:
            continue
        person = opened[0]
        given = person.name.split()[0]
        said, full = gender(word), gender(given)
        if said in SURE and full in SURE and said != full:
            continue
        if person.first[0] >= order:
            continue  # the full name comes first
        person.spellings.setdefault(word, None)
        person.add(sentence)
    return people
