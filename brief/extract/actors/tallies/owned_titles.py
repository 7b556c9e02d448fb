"""A title owned by "its", given its owner: "The Riverside Tenants Union sued the city.
Its president, Ana Roe, said ..." makes Ana Roe the union's president.

Read on its own, "Its president" names a post of no one's: the role reads "president",
which a reader of the brief takes for a country's or a company's they cannot tell. News
English writes "its" for the body the clause before made its subject, so the text
settles the owner where that subject is a body, named as the actors table knows it or
as a name an organisation's noun heads ("... Union", "... Forum"): the one that opens
the same sentence ("The union said its president, Ana Roe, had resigned", with nothing
between that "its" could stand for), or, for an "Its" that opens the sentence, the one
that opens the sentence before (the paragraph before's last, in a wire's one-sentence
paragraphs). Anything else (a body named only inside the clause, after a preposition,
or a thing: "The plant's output fell. Its manager, ...") settles nothing, and the role
stays as the text wrote it. Read over the article's sentences, as no one sentence
shows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from brief.extract.actors.tallies.tally_record import Tally
from brief.extract.lexicon import alternation, joined, month_names, weekday_names, words
from brief.models import Sentence


def give_owners(
    people: Sequence[Tally], sentences: Sequence[Sentence], bodies: Iterable[str]
) -> None:
    """Give each person whose role the text writes after "its" the body "its" stands
    for, in place (their Tally.role), where the sentence's subject (or, for an opening
    "Its", the sentence before's) is a body named in `bodies` (see the module's
    docstring)."""
    names = frozenset(bodies)
    by_place = {(s.source, s.index): s for s in sentences}
    for person in people:
        role, at = person.role, person.role_at
        if not role or at is None:
            continue
        sentence = by_place.get((at.source, at.index))
        if sentence is None or f"ts {role}" not in sentence.text:
            continue  # (most roles: no pattern of its own compiled for each person)
        owned = re.search(rf"\b([Ii])ts {re.escape(role)}\s*,", sentence.text)
        if owned is None:
            continue
        if owned.start() == 0:
            before = by_place.get((at.source, at.index - 1))
            if before is None:
                continue
            opening = before.text
        else:
            opening = sentence.text[: owned.start()]
        owner = _opening_body(opening, names)
        if owner is not None and owned.start() and _other_noun_between(opening, owner):
            continue  # "The union asked the council to name its ...": the council's, maybe
        if owner is not None and not owned.start() and _another_antecedent(opening, owner):
            continue  # "The Forum criticised Vantex Pharma. Its chief executive": whose?
        if owner is not None:
            person.role = _owned_role(role, owner)


def _opening_body(text: str, names: frozenset[str]) -> str | None:
    """The body whose name opens `text` as its subject ("The Forum urged", "Acme, the
    maker, said"), "the" kept as written; None when none does. A body the table lacks
    counts when its name shows it, as a run of capitals an organisation's noun opens or
    ends ("The Riverside Tenants Union sued", "The Union of Sex Workers said")."""
    article = re.match(r"(?:[Tt]he )?", text)
    start = article.end() if article else 0
    run = _name_run().match(text, start)
    if run is None:
        return None
    name = run.group()
    heads = words()["organisation_heads"]
    shown = name.split()[0].lower() in heads or name.split()[-1].lower() in heads
    if not shown and name not in names:
        return None
    # the subject ends at its verb or its apposition: not a possessive ("The Forum's
    # chief")
    if re.match(r"(?:,|\s+[a-z])", text[start + len(name) :]):
        return ("the " if start else "") + name
    return None


@cache
def _name_run() -> re.Pattern[str]:
    """A name's run of capitalised words, with the small words of words.toml's
    name_run_links ("of", "for", "and", "the") inside it ("Union of Concerned
    Scientists")."""
    links = alternation(words()["name_run_links"])
    return re.compile(rf"[A-Z][\w'’&-]*(?:\s+(?:(?:{links})\s+)*[A-Z][\w'’&-]*)*")


def _other_noun_between(opening: str, owner: str) -> bool:
    """Whether the words between the subject that opens the sentence and its "its" may
    hold another noun "its" could stand for: anything but lower-case words without an
    article ("said", "has named", "recalled")."""
    between = opening[len(owner) :].split()
    return any(not word.isalpha() or not word.islower() for word in between) or any(
        word in joined("articles", "demonstratives") for word in between
    )


def _another_antecedent(before: str, owner: str) -> bool:
    """Whether the sentence before, after the subject that opens it, names anything else
    an opening "Its" could stand for: a noun a determiner opens ("the port", "a
    statement") or a capitalised name other than a day's or a month's ("Vantex Pharma").
    A reader may know a port has no secretary; the brief cannot, so it gives no owner."""
    determiners = words()["determiners"] | words()["possessives"]
    dates = month_names() | weekday_names()
    for word in re.findall(r"[\w'’-]+", before[len(owner) :]):
        if word.lower() in determiners or (word[:1].isupper() and word.lower() not in dates):
            return True
    return False


def _owned_role(role: str, owner: str) -> str:
    """ "president of the National Pharmacists Forum"; a role with a preposition of its
    own takes the owner's possessive before it ("the Coalition's observer in the room")."""
    if _preposition().search(role):
        mark = "'" if owner.endswith("s") else "'s"
        return f"{owner}{mark} {role}"
    return f"{role} of {owner}"


@cache
def _preposition() -> re.Pattern[str]:
    """The words a role's "of" would be wrong after (words.toml's role_prepositions): it
    holds a preposition of its own ("observer in the room"), so the owner goes before it
    as a possessive."""
    return re.compile(rf"\b(?:{alternation(words()['role_prepositions'])})\b")
