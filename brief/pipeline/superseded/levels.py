"""Levels a later report of the story gives anew (`replaced_levels`): a price of a
benchmark, a target, a rate. A market and a plan move through a story's days as its
toll does, and the later value is the current one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from brief.extract.lexicon import words
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.phrases import (
    WORD,
    capitalised_words,
    head_word,
    small_words,
    subject_phrase,
)
from brief.pipeline.superseded.reports import STALE_DAYS, source_days, story_of_sources


@dataclass(frozen=True)
class _Level:
    """A level a sentence gives a quantity ("Brent crude rose 3% to $84.20 a barrel", "the
    output target is now 40.0 million bpd"): what it is of, and its value."""

    key: tuple[object, ...]  # kind, unit, per, the object's head and names
    head: str  # the subject's head, lower case ("crude", "target", or a name: "brent")
    names: frozenset[str]  # the subject's capitalised words ("Benchmark", "Brent")
    # the word before the subject's head and the object's ("output" target, "inflation"
    # forecast), "" for none
    modifiers: tuple[str, str]
    value: float

    def same(self, other: _Level) -> bool:
        """Of the same quantity: the same key, and names in common or none on either side
        ("Brent crude", "Benchmark Brent crude"; not "WTI crude")."""
        return (
            self.key == other.key
            and (
                self.head == other.head  # "Brent" heads "Brent settled", a name of "Brent crude"
                or (self.head in self.names and self.head in other.names)
                or (other.head in other.names and other.head in self.names)
            )
            and (bool(self.names & other.names) or not (self.names or other.names))
            and all(
                not one or not two or one == two
                for one, two in zip(self.modifiers, other.modifiers, strict=True)
            )
        )


def _levels(sentence: Sentence) -> list[_Level]:
    """The levels the sentence gives: a price, a rate or a measure (not a count, a change
    or an earlier value: "rose 3%", "from $82") right after "to", "at", "of" or a "be"
    ("rose 3% to $84.20", "kept at $90", "is now 40.0 million"), each keyed by the noun
    phrase before its clause's verb (its subject's head and names: "Brent crude", "the
    group's combined output target") and the object between verb and value ("raised their
    Brent forecast to $90"). A level whose subject is no noun phrase ("it", "we") is read
    as of nothing: another report's "we" is another sayer's forecast."""
    from brief.extract.figures.alone import figures_alone
    from brief.inflection import past_form

    text = sentence.text
    if not _MAY_LEVEL.search(text):  # no value after a "to", "at", "of" or "be"
        return []
    lists = words()
    found = []
    for figure in figures_alone(sentence):
        if figure.kind not in _LEVEL_KINDS or figure.value is None or figure.past:
            continue
        if figure.bound is not None or figure.to is not None:
            continue  # "at least", a range: no level as written
        at = text.find(figure.text)
        number = _NUMBER_START.search(figure.text)
        if at < 0 or number is None:
            continue
        start = at + number.start()
        if not _LEVEL_BEFORE.search(text, max(0, start - 30), start):
            continue
        opens = list(_LEVEL_CLAUSE.finditer(text, 0, start))
        clause = opens[-1].end() if opens else 0
        tokens = list(WORD.finditer(text, clause, start))
        # its verb: a "be", "will", a verb of change or of setting a figure; else the first
        # past form after the subject ("kept"), not one inside it ("combined output")
        lowered = [token[0].lower() for token in tokens]
        strong = lists["change_verbs"] | lists["count_putting_verbs"] | _LEVEL_VERBS
        verb = next((n for n, lower in enumerate(lowered) if n and lower in strong), None)
        if verb is None:
            verb = next((n for n, lower in enumerate(lowered) if n and past_form(lower)), None)
        if verb is None:
            continue
        subject_end = tokens[verb].start()
        after = lowered[verb + 1] if verb + 1 < len(lowered) else ""
        if lowered[verb] in _LEVEL_VERBS and after and after not in _LEVEL_SKIP:
            verb += 1  # "will fall to", "has risen to": the verb after the auxiliary
        phrase = subject_phrase(text[clause:subject_end])
        if not phrase:
            continue
        head = head_word(phrase).lower()
        if head in lists["subject_pronouns"] | lists["body_pronouns"] or not head.isalpha():
            continue
        subject = capitalised_words(phrase)
        between = [t[0].lower() for t in tokens[verb + 1 :] if t[0].lower() not in _LEVEL_SKIP]
        what = frozenset(
            name.lower() for name in capitalised_words(text[tokens[verb].end() : start].split())
        )
        key = (figure.kind, figure.unit, figure.per, tuple(between[-1:]), what)
        modifiers = (_modifier([word.lower() for word in phrase]), _modifier(between))
        names = frozenset(name.lower() for name in subject)
        found.append(_Level(key, head, names, modifiers, figure.value))
    return found


def _modifier(phrase: Sequence[str]) -> str:
    """The word right before a noun phrase's head ("petrol" of "petrol prices", "brent"
    of "Benchmark Brent crude"), "" where it is a determiner or there is none: "diesel
    prices" are not "petrol prices", where "the bank" may be "the central bank"."""
    small = small_words()
    if len(phrase) < 2 or phrase[-2] in small or not phrase[-2].isalpha():
        return ""
    return phrase[-2]


_LEVEL_KINDS = frozenset({"money", "percent", "measure"})


_NUMBER_START = re.compile(r"[\d$€£¥]")


# What a level's value follows: "to", "at", "of", or a "be" (and "now")
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|of|is|are|was|were|be|now|stands|stood)\s+(?:about|around|nearly|some\s+)?\Z"
)


# A cheap test before a sentence's figures are read: a value's first digit or currency
# sign right after what _LEVEL_BEFORE reads (whose window ends there)
_MAY_LEVEL = re.compile(
    r"\b(?:to|at|of|is|are|was|were|be|now|stands|stood)\s+(?:about|around|nearly|some\s+)?"
    r"[\d$€£¥]"
)


# What opens another clause before a level: its punctuation, or a contrast's word
_LEVEL_CLAUSE = re.compile(r"[,;:()\u2014\u2013]|\b(?:while|whereas|but)\b")


_LEVEL_VERBS = frozenset(
    {"is", "are", "was", "were", "will", "would", "has", "have", "had", "now", "stands", "stood"}
)


# Words between a level's verb and its value that tell nothing of what it is of
_LEVEL_SKIP = frozenset({"to", "at", "of", "now", "be", "up", "down", "about", "around", "by"})


# Words by which a sentence gives its value as a revision of one given before
_REVISING = re.compile(r"\b(?:now|revised|revises|revision|updated|amended|corrected)\b", re.I)


def replaced_levels(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give a level (`_levels`: a price of a benchmark, a target, a rate)
    that a later report of their story gives anew, to another value: "The group's combined
    output target will fall to 39.8 million bpd" beside an update's "The group's combined
    output target is now 40.0 million bpd", "Brent crude rose 3% to $84.20" beside its
    "Brent crude fell 1.8% to $82.69" (r64 F3: the update's headline had led the story,
    the first report's price and target its bullets, the update's shown nowhere). A
    market and a plan move through a story's days as its toll does, and the later value
    is the current one. Later is a later day (within STALE_DAYS), or of the same day (a
    wire's update keeps its first date) by the report's own words: it gives the other's
    value as the base of its change ("down from the 1.2 million bpd agreed on Tuesday",
    Figure.past), or the sentence gives its value as a revision ("is now", "revised")
    where the other does not. A sentence that dates its value to a day before its report
    ("settled at $84.20 on Tuesday" in Wednesday's note) gives that day's. Never across
    stories; when unsure which is later, both stay."""
    from brief.extract.figures.alone import figures_alone
    from brief.extract.figures.weekdays import weekday_dates

    # a story of one report has no later one: its sentences are not read (an inbox's
    # thousand stories are mostly of one report); nor is a story where only one report
    # may give a level (`_MAY_LEVEL`), which no other report gives anew (a quarter of
    # the sentences whose figures were read at 1,000 articles)
    story_of = story_of_sources(story_groups, several=True)
    giving: dict[int, set[int]] = {}
    for sentence in unique:
        if sentence.source in story_of and _MAY_LEVEL.search(sentence.text):
            giving.setdefault(story_of[sentence.source], set()).add(sentence.source)
    levels = {
        k: found
        for k, sentence in enumerate(unique)
        if sentence.source in story_of
        and len(giving.get(story_of[sentence.source], ())) > 1
        and (found := _levels(sentence))
    }
    if len(levels) < 2 or len({unique[k].source for k in levels}) < 2:
        return frozenset()
    days = source_days(corpus)
    # each source's current and earlier values, for which report recalls another's: read
    # only for the reports of a story whose days do not settle which is later
    sentences_of: dict[int, list[Sentence]] = {}
    for sentence in unique:
        sentences_of.setdefault(sentence.source, []).append(sentence)
    values: dict[tuple[int, bool], set[tuple[object, ...]]] = {}
    read: set[int] = set()

    def values_of(source: int, past: bool) -> set[tuple[object, ...]]:
        if source not in read:
            read.add(source)
            for sentence in sentences_of.get(source, []):
                for f in figures_alone(sentence):
                    if f.kind in _LEVEL_KINDS and f.value is not None:
                        entry = (f.kind, f.unit, f.value)
                        values.setdefault((source, f.past), set()).add(entry)
        return values.get((source, past), set())

    def recalls(one: int, other: int) -> bool:
        """Does report `one` give a value of report `other`'s as the base of its change?"""
        return bool(values_of(one, True) & values_of(other, False))

    def day_of(k: int) -> date | None:
        source = unique[k].source
        if source not in days:
            return None
        day = days[source]
        told = [
            date.fromisoformat(found.date)
            for found in weekday_dates(unique[k].text, day.isoformat())
            if found.date and len(found.date) == 10
        ]
        return min([day, *told])

    def later(one: int, other: int) -> bool:
        a, b = unique[one].source, unique[other].source
        if a == b or story_of[a] != story_of[b]:
            return False
        da, db = day_of(one), day_of(other)
        if da is not None and db is not None and da != db:
            return 0 < (da - db).days <= STALE_DAYS
        if recalls(b, a):
            return False
        return recalls(a, b) or (
            bool(_REVISING.search(unique[one].text)) and not _REVISING.search(unique[other].text)
        )

    stale = set()
    for k, mine in levels.items():
        for level in mine:
            anew = [
                theirs.value
                for j, others in levels.items()
                if later(j, k)
                for theirs in others
                if theirs.same(level)
            ]
            if anew and level.value not in anew:
                stale.add(k)
                break
    return frozenset(stale)
