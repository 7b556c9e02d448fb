"""What the text says became of a person since the office or trade it names them by: an
office held for a span that closed, a death years ago, a retirement.

An obituary, an anniversary piece or an archive story tells of people by what they were
("Friedrich Lorenz was mayor from 1970 to 1994 and died in 2008"; "the plant's manager
at the time, X, died in 2003"; "Lieutenant X, now retired, ran the informer"). A title
that stands as written reads as held now, a stale title; a blank is a gap. So, after the
offices the text says were left (tenure): an office the text says the person held for a
span that closed is theirs as a former one, where no other role is given them or where
it is the office their role names ("former mayor"; not over "Jogorku Kenesh deputy X,
who was akim until 2021": what they are now stands); then a death the article looks
back on makes the trade or office "late", and a retirement an office or a rank "retired"
(roles.since_then). Apart from tenure, which reads the endings of offices as news.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from brief.extract.actors.names import Token, surname_of, tokens
from brief.extract.actors.roles import as_former, office_held_then, without_demonym
from brief.extract.actors.roles.dated_roles import dating_word
from brief.extract.actors.roles.since_then import (
    alive,
    as_late,
    as_retired,
    died_long_ago,
    may_tell_alive,
    may_tell_since,
    retired,
    without_late,
)
from brief.extract.actors.tallies import Tally
from brief.extract.lexicon import PhraseMatcher
from brief.models import Mention, Sentence


def date_since_then(people: Sequence[Tally], sentences: Sequence[Sentence]) -> None:
    """Date each person's role by what became of them since (see the module's
    docstring). A bare surname counts where no one else in the brief bears it."""
    held = [s for s in sentences if " was" in s.text]
    told = [s for s in sentences if may_tell_since(s.text)]
    if not held and not told:
        return
    living = [s for s in sentences if may_tell_alive(s.text)]
    # each surname's bearers, counted once (asked of every pair, it was 28 s of CPU at
    # 25,000 sentences, 3,263 people)
    bearers = Counter(surname_of(tally.name) for tally in people)
    held_by, told_by = _holding(held, bearers), _holding(told, bearers)
    living_by = _holding(living, bearers) if living else {}
    for tally in people:
        last = surname_of(tally.name)
        shared = bearers[last] > 1
        forms = [tally.name] if shared or last == tally.name else [tally.name, last]
        if held and not _dated(tally.role or ""):
            _held_then(tally, forms, held_by[last])
        if not tally.role:
            continue
        said = [s.text for s in told_by[last]]
        if any(alive(s.text, forms) for s in living_by.get(last, ())):
            # "the late Corporal Peter Otieno", the wording of a report the text corrects,
            # is no death where it says "Corporal Peter Otieno is alive and serving"
            tally.role = without_late(tally.role)
        elif any(died_long_ago(text, forms) for text in said):
            tally.role = as_late(tally.role) or tally.role
        elif any(retired(text, forms) for text in said):
            tally.role = as_retired(tally.role) or tally.role


def _holding(sentences: Sequence[Sentence], surnames: Iterable[str]) -> dict[str, list[Sentence]]:
    """Each surname's sentences, those whose text holds it (`surname in text`, inside a
    longer word too: the readers after ask for the name's own words), in their order.
    One pass of each sentence for all surnames (lexicon.PhraseMatcher), not one of every
    sentence for each surname: at 25,000 sentences, 3,263 people, that scan was quadratic,
    5.6 s of CPU under cProfile."""
    found: dict[str, list[Sentence]] = {surname: [] for surname in surnames}
    matcher = PhraseMatcher(dict.fromkeys(surname for surname in found if surname))
    for sentence in sentences:
        for surname in matcher.phrases_in(sentence.text):
            found[surname].append(sentence)
    if "" in found:
        found[""] = list(sentences)  # (every text holds the empty string)
    return found


def _held_then(tally: Tally, forms: list[str], sentences: Sequence[Sentence]) -> None:
    """A former office of the person, from the first sentence that says they held one
    for a span that closed: where they have no role, or their role is that office."""
    for sentence in sentences:
        toks = tokens(sentence.text)
        for end in _name_ends(toks, forms):
            office = office_held_then(sentence.text, toks, end)
            if office is None or (tally.role and not _same_office(tally.role, office)):
                continue
            tally.role = as_former(without_demonym(office) or office)
            tally.role_at = Mention(sentence.source, sentence.index)
            return


def _name_ends(toks: Sequence[Token], forms: list[str]) -> list[int]:
    """Where each writing of the person's name in the tokens ends (one past its last).
    Only where the name's first word stands is the rest compared: a slice at every
    position had been made for each form (5,540 calls on the 1,000-article inbox: 0.04
    -> 0.03 s of CPU)."""
    texts = [tok.text for tok in toks]
    ends: list[int] = []
    for form in forms:
        said = form.split()
        if not said:  # (every position ends the empty name)
            ends += range(len(texts) + 1)
            continue
        first, size = said[0], len(said)
        ends += [
            k + size
            for k, text in enumerate(texts)
            if text == first and texts[k : k + size] == said
        ]
    return sorted(set(ends))


def _dated(role: str) -> bool:
    return any(dating_word(word.lower()) for word in role.split())


def _same_office(role: str, office: str) -> bool:
    """One office: the role's head and the word before it are the other's words ("Mayor"
    and "mayor of the town"; not "Minister" and "ambassador")."""
    said = _words(role)
    return bool(said) and set(said[-2:]) <= set(_words(office))


def _words(text: str) -> list[str]:
    return [w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z']+", text)]
