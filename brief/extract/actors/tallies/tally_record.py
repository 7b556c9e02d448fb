"""One actor's tally: the name it is listed under, its kind, the role the text gives it
(cited), its mentions, and the other ways it is written; and the joining of tallies
that turn out to be one actor.

Every step of the count (people, companies, speakers, the ranking) reads and writes
tallies, so the record stands below them all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from brief.extract.actors.names import Name
from brief.models import Actor, ActorKind, Mention, Sentence

Found = tuple[int, Sentence, Name]  # (sentence order, sentence, name)


@dataclass
class Tally:
    name: str
    kind: ActorKind
    role: str | None = None
    role_at: Mention | None = None  # the sentence that gives the role
    count: int = 0
    first: tuple[int, int] = (0, 0)
    where: dict[tuple[int, int], None] = field(default_factory=dict)
    sources: set[int] = field(default_factory=set)
    spellings: dict[str, None] = field(default_factory=dict)  # other ways it is written
    # opened for "Another Tomas Reyes": someone else than a Tomas Reyes named before him
    another: bool = False
    # the gender the honorifics the text gives them say ("female" of "Ms. Sato"): a
    # mention with the other one's honorific ("Mr. Takeshi Sato") is someone else
    addressed: str | None = None

    def add(self, sentence: Sentence) -> None:
        self.count += 1
        self.where.setdefault((sentence.source, sentence.index), None)
        self.sources.add(sentence.source)

    def actor(self) -> Actor:
        mentions = tuple(Mention(s, i) for s, i in sorted(self.where))
        spellings = tuple(form for form in self.spellings if form != self.name)
        # a blank role ("" marks a person a noun shows, with no office: "Soe, 52, a
        # teenager") is no role: null, with no sentence cited for it (r48 L2)
        role = self.role or None
        role_at = self.role_at if role else None
        return Actor(self.name, self.kind, role, self.count, mentions, role_at, spellings)

    def join(self, other: Tally) -> None:
        """Take in another tally's mentions: one actor written two ways."""
        self.count += other.count
        self.where.update(other.where)
        self.sources.update(other.sources)
        self.first = min(self.first, other.first)
        self.spellings.update(dict.fromkeys((other.name, *other.spellings)))
        if not self.role and other.role:
            self.role, self.role_at = other.role, other.role_at

    def give_role(self, role: str | None, sentence: Sentence, appointed: bool = False) -> None:
        """The role, cited, unless the tally has one; an office the sentence appoints them
        to replaces the one read before (the mentions come in reading order)."""
        if (self.role is None or appointed) and role:
            self.role, self.role_at = role, Mention(sentence.source, sentence.index)


def joined_by(tallies: Sequence[Tally], key: Callable[[Tally], str | None]) -> list[Tally]:
    """The tallies, those of one `key` joined as one actor under the form written most
    (the first on a tie); a tally whose key is None stays as it is."""
    by_key: dict[str, list[Tally]] = {}
    for tally in tallies:
        found = key(tally)
        if found is not None:
            by_key.setdefault(found, []).append(tally)
    joined: set[int] = set()
    for forms in by_key.values():
        main = min(forms, key=lambda t: (-t.count, t.first))
        for other in forms:
            if other is not main:
                main.join(other)
                joined.add(id(other))
    return [t for t in tallies if id(t) not in joined]
