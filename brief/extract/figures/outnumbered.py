"""Counts the reports of one story give differently, none saying why (r78 F1).

A radio's "Four of the five aid workers ... have been freed, the Algerian mediator said"
beside a wire's and a paper's "three": on one day, reports of one event give one count of
one thing, and one of them is wrong, but no report says which (a correction would:
earlier_counts.corrections). The brief had headed and led the story by the radio's
four, the one report of three that gave it, and stated the wire's three a line later.

One count of one thing is a count of the same words ("aid workers": the words between
its number and its noun, the noun included) told by the same verb of what befell them
("freed": the verb its figure's words give, "Four aid workers freed", "freed three of the
five", or the verb of its clause after an auxiliary, "... held since January have been
freed"), in reports of one day, in a report's headline or its first LEAD_SENTENCES
sentences, where a report states its news. A report is counted once (a copy with its
original). Where such a count has several values, one that fewer reports give than
another is outnumbered: its headline heads no story and its sentence leads none, and is
told, if its own sentence says whose count it is, right after a sentence of the count
most reports give, so that a reader sees the two and whose they are; one that says no
one's is no bullet, a count stated as a fact that the story's other reports contradict.
It is no key figure and dates no row either.

Not the dead, the hurt or the missing, which rise as they are counted and whose rules
are the tolls' (pipeline.superseded), nor a tie (who is right the reports do not say),
nor counts of days apart (a later day's count is the story's, pipeline.superseded). When
in doubt, nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from brief.models import Document, Sentence


@dataclass(frozen=True)
class Claim:
    """A count a sentence or headline gives of one thing: its value, the words of what
    it counts and the verb of what befell them."""

    value: float
    things: frozenset[str]
    verb: str

    @property
    def key(self) -> tuple[frozenset[str], str]:
        return (self.things, self.verb)


# How many of a report's first sentences tell the count it gives, with its headline: a
# report states its news up front (as its toll: drafts.TOLL_SENTENCES), and its body's
# counts are of parts, of the past, of other things as often.
LEAD_SENTENCES = 3


@lru_cache(maxsize=1 << 14)
def claims(sentence: Sentence) -> tuple[Claim, ...]:
    """The counts a sentence (or a headline read as one) gives, each of a thing and a
    verb; not a casualty count, a count of history or one with no verb read. Kept by
    sentence: a story's drafts, its headline and the brief's tables each ask."""
    from brief.extract.figures.alone import figures_alone
    from brief.extract.figures.earlier_counts import COUNTED_AS, counted_nouns

    if not _number().search(sentence.text):
        return ()  # (most sentences count nothing: spared the figures' reading)
    found = []
    for figure in figures_alone(sentence):
        unit = (figure.unit or "").lower()
        if figure.kind != "count" or figure.value is None or not unit or figure.past:
            continue
        if figure.bound is not None:
            continue  # "at least 40" is no other count than 45
        if unit in COUNTED_AS:
            continue  # a toll's: see the module's docstring
        verb = _verb(sentence.text, figure.text, unit)
        if verb is None:
            continue
        things = frozenset(counted_nouns(figure.text, unit) - {verb} - _not_things())
        if things:
            found.append(Claim(figure.value, things, verb))
    return tuple(found)


@cache
def _not_things() -> frozenset[str]:
    """Words `counted_nouns` may give that are no words of what a count counts: "of",
    "the", the possessives and the plural demonstratives ("the five", "their", "those")."""
    from brief.extract.lexicon import joined

    return joined("possessives") | {"of", "the", "these", "those"}


# The adverbs that may stand between an auxiliary and its verb ("are still held").
_BETWEEN = ("still", "also", "now", "reportedly", "all", "both")
# An auxiliary of a passive or a state, an adverb perhaps, and the verb after it: "have
# been freed", "were freed", "are still held".
_ADVERB = "|".join((*_BETWEEN, "later"))
_PASSIVE = re.compile(rf"\b(?:is|are|was|were|been|be)\s+(?:(?:{_ADVERB})\s+)?(?P<verb>[a-z]+)\b")
# The stretch after a count its clause's verb may be in: up to a clause's break.
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\.\s")
_REACH = 120
_NEGATORS = frozenset({"not", "never", "no"})


def _verb(text: str, figure: str, unit: str) -> str | None:
    """The verb of what befell what a count counts: the word its figure's words give
    before its number ("freed three of ...") or after its noun ("Four aid workers freed",
    "three aid workers are freed"), else the verb after an auxiliary in its clause (",
    ... held by an armed group since January have been freed"); None if none is read."""
    from brief.extract.figures.ranges import qualified_start

    number = _number().search(figure)
    if number is None:
        return None
    before = figure[: qualified_start(figure, number.start())].split()
    if before:  # "freed three of the five", "arrested at least 40"
        verb = before[0].lower()
        return verb if verb.isalpha() and verb not in _NEGATORS else None
    lowered = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*|\d[\d,.]*", figure)]
    if unit in lowered and lowered.index(unit) < len(lowered) - 1:
        after = [w for w in lowered[lowered.index(unit) + 1 :] if w not in _auxiliaries()]
        if any(w in _NEGATORS for w in after):
            return None
        return after[-1] if after else None
    at = text.find(figure)
    if at < 0:
        return None
    rest = text[at + len(figure) : at + len(figure) + _REACH]
    stop = _CLAUSE_END.search(rest)
    found = _PASSIVE.search(rest[: stop.start() if stop else len(rest)])
    if found is None or found["verb"] in _NEGATORS:
        return None
    return found["verb"]


@cache
def _auxiliaries() -> frozenset[str]:
    """The words between a count's noun and its verb that are none: the forms of "be"
    and "have" (words.toml's copulas and have_forms) and the adverbs of `_BETWEEN`."""
    from brief.extract.lexicon import joined

    return joined("copulas", "have_forms") | {"be", "been", *_BETWEEN}


@cache
def _number() -> re.Pattern[str]:
    """A number's start: a digit or a number's word."""
    from brief.extract.lexicon import alternation, number_words

    return re.compile(rf"\d|\b(?i:{alternation(number_words())})\b")


@dataclass(frozen=True)
class Outnumbered:
    """Of one story, the counts fewer of its reports give than another count of the same
    thing, by day (`day`: a source's day, "" undated): what `of_sentence` and `of_title`
    ask of a sentence or a headline."""

    counts: frozenset[tuple[str, frozenset[str], str, float]] = frozenset()
    # each outnumbered count's key, with the value most reports give instead
    rivals: Mapping[tuple[str, frozenset[str], str], float] | None = None

    def of(self, day: str, found: Iterable[Claim]) -> bool:
        """Whether one of these claims, of a report of `day`, is an outnumbered count."""
        return any((day, *c.key, c.value) in self.counts for c in found)

    def rival(self, day: str, found: Iterable[Claim]) -> bool:
        """Whether one of these claims gives the count most reports give where another
        report's count of the same thing is outnumbered."""
        rivals = self.rivals or {}
        return any(rivals.get((day, *c.key)) == c.value for c in found)

    def __bool__(self) -> bool:
        return bool(self.counts)


def outnumbered(
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    original: Callable[[int], int],
    day: Callable[[int], str],
) -> Outnumbered:
    """The counts the story's reports (`documents`, their `sentences`) give that fewer
    reports give than another count of the same thing on the same day (see the module's
    docstring). `original`: the report a source's text is (a copy's original, else the
    source itself); `day`: a source's day."""
    if len({original(d.source.number) for d in documents}) < 3:
        return Outnumbered()  # two reports are a tie at most
    given: dict[tuple[str, frozenset[str], str], dict[int, set[float]]] = {}
    texts = [
        *(Sentence(d.title, d.source.number, 0, 0) for d in documents if d.title),
        *(s for s in sentences if s.index <= LEAD_SENTENCES),
    ]
    for sentence in texts:
        report = original(sentence.source)
        for claim in claims(sentence):
            of_count = given.setdefault((day(sentence.source), *claim.key), {})
            of_count.setdefault(report, set()).add(claim.value)
    counts: set[tuple[str, frozenset[str], str, float]] = set()
    rivals: dict[tuple[str, frozenset[str], str], float] = {}
    for key, by_report in given.items():
        tally: dict[float, int] = {}
        for values in by_report.values():
            if len(values) == 1:  # (a report of two values of one count is no side)
                value = next(iter(values))
                tally[value] = tally.get(value, 0) + 1
        if len(tally) < 2:
            continue
        most = max(tally.values())
        leaders = [value for value, n in tally.items() if n == most]
        if len(leaders) > 1:
            continue  # a tie: no side is the story's
        rivals[key] = leaders[0]
        counts.update((*key, value) for value in tally if value != leaders[0])
    return Outnumbered(frozenset(counts), rivals)


@dataclass(frozen=True)
class StoryCounts:
    """What one story's reports give outnumbered (`outnumbered`), read off its sentences:
    the sources whose headline gives such a count, the sentences that give one (by source
    and index, each with its values) and those that give the count most reports give."""

    titles: frozenset[int] = frozenset()
    minority: Mapping[tuple[int, int], frozenset[float]] | None = None
    majority: frozenset[tuple[int, int]] = frozenset()

    def says_whose(self, sentence: Sentence) -> bool:
        """Whether an outnumbered sentence says whose its count is ("..., the mediator
        said"): its figure of that count has a sayer."""
        from brief.extract.figures.alone import figures_alone

        values = (self.minority or {}).get((sentence.source, sentence.index), frozenset())
        return any(f.sayer for f in figures_alone(sentence) if f.value in values)


def story_counts(
    documents: Sequence[Document], sentences: Sequence[Sentence], copies: Mapping[int, int]
) -> StoryCounts:
    """`outnumbered` of one story (its documents and sentences; its copies, copy ->
    original, counted with their originals; each report of the day its document gives),
    as `StoryCounts`."""
    days = {d.source.number: (d.source.date or d.date or "")[:10] for d in documents}

    def day(number: int) -> str:
        return days.get(number, "")

    found = outnumbered(documents, sentences, lambda n: copies.get(n, n), day)
    if not found:
        return StoryCounts()
    titles = frozenset(
        d.source.number
        for d in documents
        if d.title and found.of(day(d.source.number), claims(Sentence(d.title, 0, 0, 0)))
    )
    minority: dict[tuple[int, int], frozenset[float]] = {}
    majority: set[tuple[int, int]] = set()
    for sentence in sentences:
        told = claims(sentence)
        values = frozenset(
            c.value for c in told if (day(sentence.source), *c.key, c.value) in found.counts
        )
        if values:
            minority[(sentence.source, sentence.index)] = values
        elif found.rival(day(sentence.source), told):
            majority.add((sentence.source, sentence.index))
    return StoryCounts(titles, minority, frozenset(majority))
