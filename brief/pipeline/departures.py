"""A person's leaving an office is a bullet of the story that reports it (r58 #8).

A story's bullets are what its reports share (`drafts._story_cover`); a resignation
one or two of a dozen reports lead with shares few words with the rest, and a brief of
a border clash's three days had shown "Mora had ordered reinforcements ..." and, in the
Actors table, "Former defence minister", but not that the minister resigned. A change
of office is a change in who acts for a side, which every later line of the story is
read by: a reader must not learn it from a role column. So where a report opens with a
person or an office holder leaving an office (as tenure.holders_leaving reads one:
"Calder resigned", "the mayor was sacked", "the president dismissed Colonel Roe as
commander of ..."; not "Troops stood down") and no bullet says
one did, that lede is a bullet, right after the story's first. Its own clause only: "who
resigned in 2019" and "after the minister resigned" recall what came before the news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.lexicon import alternation, words
from brief.models import Sentence
from brief.pipeline.superseded.counts import in_earlier_event


def with_departure(
    unique: Sequence[Sentence],
    picked: Sequence[int],
    fresh: Sequence[int],
    unfit: frozenset[int],
    count: int,
) -> tuple[int, ...]:
    """The picks (positions in `unique`), with the first of the `fresh` ledes (unsent,
    best first) that tells a person leaving an office where no pick tells one, after
    the first pick; the picks stay `count` at most, the last one making room. `unfit`
    (positions in `unique`) is no bullet."""
    from brief.compose.leads import opens_report, points_back
    from brief.rank.coverage import may_be_bullet

    if not picked or any(tells_departure(unique[k].text) for k in picked):
        return tuple(picked)
    found = next(
        (
            k
            for k in fresh
            if k not in unfit
            and unique[k].index == 1
            and tells_departure(unique[k].text)
            and opens_report(unique[k].text, unique[k].index, unique[k].heading)
            and may_be_bullet(unique[k])
            and not points_back(unique[k].text)
        ),
        None,
    )
    if found is None:
        return tuple(picked)
    out = [picked[0], found, *picked[1:]]
    return tuple(out[: max(count, 2)])


def tells_departure(text: str) -> bool:
    """Whether the sentence's own clause says a person or an office holder left an office
    (tenure.holders_leaving): not a relative clause's ("X, who resigned as minister in
    2019, said") nor a phrase of what came before ("a week after the minister
    resigned")."""
    from brief.extract.actors.tenure import holders_leaving

    return any(
        not _relative().search(text[: found.start("verb")])
        and not in_earlier_event(text, found["verb"])
        for found in holders_leaving(text)
    )


@cache
def _relative() -> re.Pattern[str]:
    """A relative pronoun in the clause before the verb ("Lind, who has resigned"): the
    verb is its clause's, which adds to a name, not the sentence's news."""
    pronouns = alternation(words()["relative_pronouns"])
    return re.compile(rf"\b(?:{pronouns})\b[^,;:()]*\Z", re.IGNORECASE)
