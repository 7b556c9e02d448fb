"""The tally a name belongs to: the one with its given name, or for a bare surname or
"Ms Adebayo" the only one with that surname, unless another office ("Democratic
candidate Hillary Clinton" after "President Clinton"), other initials ("George H.W.
Bush") or middle names ("Manpreet Kaur Grewal", "Manpreet Singh Grewal"), another
generation ("Donald Trump Jr.") or another given name says it is someone else of the
family.

`Owners` keeps the answers, worked out once a distinct name and forgotten only when
the tallies of its surname change: three steps of the count ask it of every mention.
"""

from __future__ import annotations

from functools import cache

from brief.extract.actors import places
from brief.extract.actors.names import Name
from brief.extract.actors.roles import role_word_set
from brief.extract.actors.tallies.name_forms import (
    given_in,
    given_of,
    longer_name_of,
    middle_initials,
    name_tail,
    opens_with_its_particle,
    other_generation,
    other_given_names,
    other_initials,
    other_middle_names,
    particle_led,
    particle_left_out,
    undotted,
)
from brief.extract.actors.tallies.tally_record import Tally
from brief.extract.actors.word_knowledge import gender
from brief.extract.lexicon import honorific_gender, words


def _same_person(groups: dict[str, list[Tally]], name: Name) -> Tally | None:
    """The tally a name belongs to: the one with its given name, or, for a bare surname
    or "Ms Adebayo", the only one with that surname (past its generation: "Biden" of
    "Joseph R. Biden Jr."). A given name is one gender-guesser
    knows: "Wasserman Schultz" is a surname, not a second Schultz."""
    same = groups.get(name.tokens[-1])
    sex = honorific_gender(name.honorific)
    if same and sex is not None:
        # "Mr. Takeshi Sato" is not the "Ms. Sato" named before: the text's own forms of
        # address say two people, as no name list's guess at a given name may
        same = [t for t in same if t.addressed in {None, sex}]
    if same and name.another and not particle_led(name.tokens):
        # "Another Tomas Reyes": not the Tomas (Luis) Reyes, nor a Tomas Reyes, named
        # before; only the one opened for this name after "another" ("Another Al Amiri,
        # Salma Al Amiri": a particled surname, whoever it is)
        same = [t for t in same if t.another and t.name == name.text]
    if same and len(name.tokens) >= 2:
        # not a relative: another office, other initials, another generation ("Donald
        # Trump" beside "Donald Trump Jr."); what the name gives is worked out once, not
        # once per tally (a common surname has a hundred tallies in a long digest)
        initials = middle_initials(name.tokens)
        same = [
            t
            for t in same
            if not (_known_by_title(t) and _other_role(t, name))
            and not (initials and other_initials(t.name, initials))
            and not other_middle_names(t.name, name.tokens)
            and not particle_left_out(t.name, name.tokens)
            and not other_generation(t.name, name.text, name.generation)
        ]
    elif same and name.generation:  # "Trump Jr." is not Donald Trump
        same = [t for t in same if not other_generation(t.name, name.text, name.generation)]
    if not same:
        return None
    if len(name.tokens) >= 2 and len(same) > 1:
        exact = [t for t in same if t.name == name.text]
        if len(exact) == 1:
            return exact[0]  # "Tomas Luis Reyes" beside another Tomas Reyes: his own name
    if sex is not None and len(name.tokens) == 1 and len(same) > 1:
        addressed = [t for t in same if t.addressed == sex]
        others = [t for t in same if t.addressed is None and " " in t.name]
        if len(addressed) == 1 and not others:
            # "Ms. Sato" beside Mr. Takeshi Sato: the one she was; not beside a Kehinde
            # Sato of no form of address, who may be her as well
            return addressed[0]
    if len(name.tokens) == 1 and name.role and len(same) > 1:
        titled = [t for t in same if _same_role(t, name)]
        if len(titled) == 1:
            return titled[0]  # "President Dalton" beside "First lady Marisa Dalton"
        headed = [t for t in same if _holds_title(t, name.role)]
        if len(headed) == 1:
            return headed[0]  # "Captain Okoye" of "Ike Okoye, the captain of the trawler"
    if len(name.tokens) >= 2:  # (a bare surname is the end of every name of its group)
        if particle_led(name.tokens):
            particled = [t for t in same if opens_with_its_particle(name.tokens, t.name)]
            if len(particled) == 1:
                return particled[0]  # "De Blasio said" after "Bill de Blasio"
        tail = name_tail(name.tokens)
        longer = [
            t
            for t in same
            if undotted(t.name).endswith(tail) and longer_name_of(t.name, name.tokens)
        ]
        if len(longer) == 1:
            return longer[0]  # "Christian Andersen" of "Hans Christian Andersen"
    if len(name.tokens) >= 2 and len(same) > 1:
        given = name.tokens[0].rstrip(".")
        own = [t for t in same if t.name.split(maxsplit=1)[0].rstrip(".") == given]
        if len(own) == 1:
            return own[0]  # "Moazzam Begg" beside "Azmat Begg": the given name settles it
    first = given_in(name.tokens)
    if len(same) == 1:
        if other_given_names(same[0].name, name.tokens):
            return None  # "Anders Lindegaard" and "Misse Beqiri Lindegaard": two people
        if len(name.tokens) >= 3 and longer_name_of(name.text, tuple(same[0].name.split())):
            # "Armando Cruz Gálvez" after "Mayor Cruz Gálvez": his double surname was
            # read first, as "Christian Andersen" after "Hans Christian Andersen" is his
            return same[0]
        return _only_namesake(same[0], first)
    if first is None:
        return _by_honorific(same, name.honorific)
    return next((t for t in same if given_of(t.name) == first), None)


# What _same_person reads of a name: its words, honorific, role and generation.
NameKey = tuple[tuple[str, ...], str | None, str | None, str, bool]


_UNKNOWN = Tally("", "person")  # no answer worked out yet (None is one: no one's)


class Owners:
    """_same_person, worked out once a distinct name: a few thousand names come back in
    tens of thousands of mentions. What it answers for a name depends on the names and
    roles of the tallies of its surname (`groups[surname]`, the only ones it reads), so
    those answers are forgotten whenever one of those tallies changes or a new one
    joins them; the answers for other surnames hold. One memo serves person_tallies
    (opening tallies, completing names) and mention_counts (at 25,000 sentences 38,000
    calls of _same_person became 17,600)."""

    def __init__(self, groups: dict[str, list[Tally]]) -> None:
        self.groups = groups
        self.known: dict[str, dict[NameKey, Tally | None]]
        self.known = {}

    def __call__(self, name: Name) -> Tally | None:
        known = self.known.get(name.tokens[-1])
        if known is None:
            known = self.known[name.tokens[-1]] = {}
        key = (name.tokens, name.honorific, name.role, name.generation, name.another)
        owner = known.get(key, _UNKNOWN)
        if owner is _UNKNOWN:
            owner = known[key] = _same_person(self.groups, name)
        return owner

    def forget(self, surname: str) -> None:
        """The tallies of a surname changed: what was worked out for its names goes."""
        self.known.pop(surname, None)


def _known_by_title(tally: Tally) -> bool:
    """A person the text has so far named by a title and surname alone ("President
    Dalton"): one the writer takes the reader to know."""
    return tally.role is not None and " " not in tally.name


def _other_role(tally: Tally, name: Name) -> bool:
    """A full name given another office than the titled surname seen ("Democratic
    candidate Hillary Clinton" after "President Clinton") is someone else of the family,
    not that person's first name: joining them would give her his office. "Vermont Sen.
    Bernie Sanders" after "Sen. Sanders", or a full name with no role, is the same person."""
    if name.role is None or tally.role is None:
        return False
    return not _role_words(name.role) & _role_words(tally.role)


def _holds_title(tally: Tally, title: str) -> bool:
    """Whether a tally's role holds the title as its word ("captain" of "captain of the
    bulk carrier Sea Lark"): a one-word title that heads offices, not one that only
    modifies them ("Deputy" of "Deputy Trade Minister")."""
    head = title.casefold().rstrip(".")
    if " " in head or head in words()["role_modifiers"] or head not in words()["role_heads"]:
        return False
    return tally.role is not None and head in role_word_set(tally.role.casefold())


def _role_words(role: str) -> set[str]:
    return set(role_word_set(role.casefold())) - set(words()["connectors"])


def _same_role(tally: Tally, name: Name) -> bool:
    """The same office, or its initials ("MLA Clifton" of the Member of the Legislative
    Assembly Lisa Clifton)."""
    if name.role is None:
        return False
    if office(tally.role or "") == office(name.role):
        return True
    return name.role.isupper() and len(name.role) >= 2 and _role_initials(tally.role) == name.role


def _role_initials(role: str | None) -> str:
    """ "MLA" of "Member of the Legislative Assembly": its capitalised words' initials."""
    return "".join(word[0] for word in (role or "").split() if word[:1].isupper())


@cache
def office(role: str) -> str:
    """The role less the countries it names: "US President" is the office "President"
    holds, as a text's "President Bush" is its "US President Bush". Any other word tells
    another office ("Vice President", "former President")."""
    kept, at = [], 0
    for entry, start, end in places.gazetteer_hits(role):
        if entry is not None and entry.kind == "country":
            kept.append(role[at:start])
            at = end
    return " ".join("".join([*kept, role[at:]]).split()).casefold()


def _only_namesake(tally: Tally, first: str | None) -> Tally | None:
    """The one person with a surname, unless the name gives another given name ("Doug
    Ford" is not the "Rob Ford" seen). An honorific does not rule them out: a name list's
    sure gender is wrong for many names of other countries ("Ms Lepp" is Kadri Lepp)."""
    own = given_of(tally.name)
    return tally if first is None or own in {None, first} else None


def _by_honorific(same: list[Tally], honorific: str | None) -> Tally | None:
    """ "Mrs. Okafor" with Jane and John Okafor: the honorific settles which, when
    exactly one of them has a given name of its gender."""
    sex = honorific_gender(honorific)
    matching = [t for t in same if sex and gender(given_of(t.name) or "") == sex]
    return matching[0] if len(matching) == 1 else None
