"""A title whose employer's name opens its sentence, given whole.

"Carver Holt managing partner Elena Duarte said": the title scan cannot tell the first
word's capital from the sentence's when the word is also a common one ("carver"), so it
stops after it and the role reads "Holt managing partner", a name cut in half. The
text settles it elsewhere: a sentence that writes the same two words inside it ("analysts
at Carver Holt") capitalises the first as a name's, so the role takes it back. Read over
the article's sentences, as no one sentence shows it (never another article's: the
same two words there may be another firm's).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from brief.extract.actors.tallies.tally_record import Tally
from brief.models import Sentence

# One capitalised word opening the sentence, then a space.
_FIRST_WORD_RE = re.compile(r"([A-Z][a-z]+) ")


def with_whole_employers(people: Sequence[Tally], sentences: Sequence[Sentence]) -> list[Tally]:
    """The people, each whose role opens with a capitalised word right after the
    sentence's first word given the first word too, where another sentence writes the two
    inside it: both are one name's. A new list: a person whose role it gives whole is a
    new tally (a shallow copy, whose mentions are the given one's), the others are the
    ones given."""
    by_place = {(s.source, s.index): s for s in sentences}
    by_source: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    return [
        replace(person, role=whole) if (whole := _whole(person, by_place, by_source)) else person
        for person in people
    ]


def _whole(
    person: Tally,
    by_place: Mapping[tuple[int, int], Sentence],
    by_source: Mapping[int, Sequence[Sentence]],
) -> str | None:
    """The person's role with its sentence's first word before it, where another sentence
    of the article writes the two inside it; else None."""
    role, at = person.role, person.role_at
    if not role or at is None or not role[:1].isupper():
        return None
    sentence = by_place.get((at.source, at.index))
    if sentence is None:
        return None
    first = _FIRST_WORD_RE.match(sentence.text)
    if first is None or not sentence.text.startswith(role, first.end()):
        return None
    pair = f"{first.group(1)} {role.split()[0]}"
    # whole, after a lower-case word: not where a capital may be the sentence's or a
    # heading's (the words first, in C: most sentences hold neither; and only the
    # article's sentences, each person's pattern made only where one holds the
    # words: on the 1,000-article inbox 31 people had each read all 17,800)
    holding = [
        other
        for other in by_source[sentence.source]
        if pair in other.text and other is not sentence
    ]
    if not holding:
        return None
    inside = re.compile(rf"\b[a-z][\w'’-]* {re.escape(pair)}\b")
    if any(inside.search(other.text) for other in holding):
        return f"{first.group(1)} {role}"
    return None
