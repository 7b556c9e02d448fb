"""An event told below a main clause that tells none: features and investigations open on
a finding or a person, and put the news in the clause that hangs on it.

"The bodies of the four students were found in a ravine on Sunday, a week after armed
men had dragged them off a bus": the main clause is the discovery, and the clause in the
past perfect tells what happened before it, the event the sentence reports. "Reporters
traced the company to an office in Dubai, which the US Treasury placed on its sanctions
list on Thursday": the reporters' tracing is the story's method, and the relative
clause closing the sentence tells the act. Where the main clause holds a cue, the
clause below it stays its setting (brief.classify): "Troops withdrew after talks had
collapsed" is a withdrawal.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from brief.classify.clauses import dated
from brief.classify.references import first_verb
from brief.extract.lexicon import words

# How far after its marker the clause's "had" may stand (its subject before it: "after
# armed men had dragged them"), and the words between "had" and its participle ("had
# already fled", "had been seized").
SUBJECT_WORDS = 4
_BETWEEN = 2


@cache
def _grammar() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    lists = words()
    participles = frozenset(lists.irregular) | lists["pasts"] | lists["short_participles"]
    # what opens a subject of its own after a relative pronoun: a determiner, not a
    # pronoun ("which the US Treasury placed", not "which it previously set")
    return (
        participles,
        lists["relative_pronouns"],
        lists["not_participles"],
        lists["object_determiners"],
    )


def _participle(word: str) -> bool:
    participles, _, not_participles, _ = _grammar()
    return word in participles or (word.endswith(("ed", "en")) and word not in not_participles)


def past_perfect(found: Sequence[str], start: int) -> bool:
    """Whether the clause whose marker is at `start` has its verb in the past perfect
    ("after armed men had dragged them", "after the rebels had already fled"), its
    subject between: not "had" as a verb of its own ("had talks"), of obligation ("had
    to"), or of a clause inside ("after allegations that they had violated", "after the
    company announced it had ...")."""
    relative = _grammar()[1]
    subjects = words()["subject_pronouns"] | {"it"}
    for pos in range(start + 1, min(start + 2 + SUBJECT_WORDS, len(found) - 1)):
        if found[pos] != "had":
            if found[pos] in relative or found[pos] == "that":
                return False
            if _participle(found[pos]) and found[pos + 1] in subjects:
                return False  # a verb with a clause for its object: "announced it had"
            continue
        for after in found[pos + 1 : pos + 2 + _BETWEEN]:
            if after == "to":
                return False
            if after != "been" and _participle(after):
                return True
        return False
    return False


def told_below(
    found: Sequence[str],
    cued: Sequence[int],
    lead_end: int,
    background_from: int,
    aside: Sequence[tuple[int, int]],
) -> tuple[int, tuple[tuple[int, int], ...]]:
    """Where the background clause starts, and the asides, once the clauses that tell the
    sentence's event are counted whole: where no cue (`cued`, the positions of the
    positive ones) stands in the main clause, a background clause after the main verb
    in the past perfect, and a relative clause set off by a comma that closes the
    sentence with an agent of its own ("..., which the US Treasury placed on its
    sanctions list"; not one dated by a year, history)."""
    spans = tuple(aside)
    if any(lead_end <= pos < background_from and not _within(pos, spans) for pos in cued):
        return background_from, spans
    if (
        background_from < len(found)
        and lead_end + first_verb(found[lead_end:]) < background_from
        and past_perfect(found, background_from)
    ):
        background_from = len(found)
    _, relative, _, determiners = _grammar()
    spans = tuple(
        span
        for span in spans
        if span[1] < len(found)
        or found[span[0]] not in relative
        or span[0] + 1 >= len(found)
        or found[span[0] + 1] not in determiners
        or dated(found, *span)
    )
    return background_from, spans


def _within(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)
