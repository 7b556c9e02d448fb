"""What a report of the story takes back: an act it withdraws (`withdrawn_acts`: "The
provisional declaration of Mr X as President-elect, made at 18:10 today, is accordingly
withdrawn") and the shares it gives as corrected (`corrected_shares`: "After correction,
Mr X obtains 49.7 percent of the valid votes"). What was taken back was never so: unlike
a count that has risen since, it is no bullet, no key figure and no row of the timeline
(pipeline.retracted.without_retracted), and a reader who forwards the brief must not
find the declaration beside its withdrawal with nothing to say which stands (r67 F1).

How a correction is worded decides what it reaches:
- an act's noun (words.toml's [values.act_verbs]: "declaration", "appointment") as the
  subject of a verb of undoing in the passive ("is withdrawn", "was annulled") or its
  object in the active ("the board revoked its appointment of ..."), not under a modal,
  "to" or a negation ("should be withdrawn", "refused to revoke"). The names of its
  phrase are whom the act was of ("of Mr X as President-elect"), and "as" gives the
  title it gave (President-elect). Another report's sentence that tells the act by its
  verb with one of those people as its object ("declared X the winner", "X is declared
  elected") tells what was withdrawn, and one that gives that person that title
  ("President-elect X is due to be sworn in") rests on it;
- a share (a percent) given by a sentence that says it is corrected (words.toml's
  correction_markers: "after correction", "corrected", "revised"), or by a report whose
  title says so (a corrigendum), of a holder named right before it: another report's
  share of the same holder to another value is the error corrected. Not one told as
  someone's own count ("the party's tally gave her 48.9 percent": report_nouns before
  it), of a part ("62 percent in the north") or under a modal or "if" (a projection).
- a plan or a state a report moves by restating it ("In our statement of 14 June we said
  ... on Saturday. The crew change will now take place on Sunday": states.moved_states),
  and the restating, which says what is replaced before the news.
Only the reports of the story, of the taking back's day or before it, are read, and the
taking back's own report is not (but for a move's, before its restating): never across
stories. When unsure, the line stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from brief.extract.lexicon import alternation, calendar_word, shared_starts, word_codes, words
from brief.inflection import inflection_key
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.reports import (
    not_before,
    source_days,
    story_of_sources,
    story_reports,
)
from brief.pipeline.superseded.states import moved_states

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def withdrawn_or_corrected(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` of what a report of their story withdraws or corrects, read
    in the story's reports alone (`story_reports`: not a roundup's items of other
    events), and what a report of theirs calls false (`refuted.refuted_by_report`)."""
    from brief.pipeline.superseded.refuted import refuted_by_report

    own, told = story_reports(unique, story_groups)
    found = (
        withdrawn_acts(corpus, told, story_groups)
        | corrected_shares(corpus, told, story_groups)
        | moved_states(corpus, told, story_groups)
        | refuted_by_report(corpus, told, story_groups)
    )
    return frozenset(own[i] for i in found)


@dataclass(frozen=True)
class _Act:
    """An act a sentence withdraws: its verb's inflection key ("declar"), the names of
    whom it was of (each as its words, lower case) and the title it gave, if any."""

    source: int
    verb: str
    names: tuple[frozenset[str], ...]
    title: str


def withdrawn_acts(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` of sentences that tell an act another report of their story
    withdraws, or give the title it gave (see the module's docstring)."""
    story_of = story_of_sources(story_groups, several=True)
    acts: dict[int, list[_Act]] = {}
    for sentence in unique:
        if sentence.source in story_of and _may_undo(sentence.text):
            for act in _acts_undone(sentence):
                acts.setdefault(story_of[sentence.source], []).append(act)
    if not acts:
        return frozenset()
    days = source_days(corpus)
    found = set()
    for k, sentence in enumerate(unique):
        for act in acts.get(story_of.get(sentence.source, -1), ()):
            if (
                act.source != sentence.source
                and not_before(days, act.source, sentence.source)
                and (_tells(sentence.text, act) or _titled(sentence.text, act))
            ):
                found.add(k)
                break
    return frozenset(found)


def _acts_undone(sentence: Sentence) -> list[_Act]:
    """The acts the sentence says are undone: an act's noun before a passive verb of
    undoing, as its subject ("The declaration of X ..., made at 18:10, is withdrawn"), or
    within three words after an active one ("revoked its appointment of X")."""
    text = sentence.text
    nouns = _act_verbs()
    found = []
    for verb in _undoing().finditer(text):
        if _not_done(text, verb.start()):
            continue
        clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, verb.start())), default=0)
        passive = _PASSIVE.search(text, max(0, verb.start() - 30), verb.start())
        if passive is not None:
            # the subject: the first act noun of the clause, its phrase up to the verb
            span = (clause_start, verb.start())
            words_in = list(_WORD.finditer(text, *span))
        else:
            end = _CLAUSE.search(text, verb.end())
            span = (verb.end(), end.start() if end else len(text))
            words_in = list(_WORD.finditer(text, *span))[:_OBJECT_REACH]
        noun = next((w for w in words_in if w[0].lower() in nouns), None)
        if noun is None:
            continue
        phrase_end = span[1] if passive is not None else _phrase_end(text, noun.end(), span[1])
        phrase = text[noun.end() : phrase_end]
        title = _title(phrase)
        names = tuple(n for n in _names(_BY.split(phrase)[0]) if not title or n != _words_of(title))
        if names:
            verb_key = inflection_key(nouns[noun[0].lower()])
            found.append(_Act(sentence.source, verb_key, names, title))
    return found


# How many words after an active verb of undoing its object's noun may come ("revoked
# its earlier appointment").
_OBJECT_REACH = 4

_CLAUSE = re.compile(r"[;\u2014]|:(?!\d)|,\s+(?:but|while|and)\b|\.\s")
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?\Z|\b(?:has|have|had)\s+\Z", re.I
)
# "the declaration of X by the commission": the agent is not whom the act was of
_BY = re.compile(r"\bby\b")


def _phrase_end(text: str, start: int, end: int) -> int:
    """Where an object's phrase ends: its clause's end, a comma, or a verb's "and"."""
    stop = re.compile(r",|\band\b").search(text, start, end)
    return stop.start() if stop else end


def _title(phrase: str) -> str:
    """The title an act gave, lower case: the capitalised words after "as" in its
    phrase ("of Mr X as President-elect" -> "president-elect"), "" for none."""
    found = re.search(r"\bas\s+((?:[A-Z][\w'’-]*\s*)+)", phrase)
    return found[1].strip().lower() if found else ""


def _words_of(name: str) -> frozenset[str]:
    return frozenset(name.split())


def _names(text: str) -> list[frozenset[str]]:
    """The names of a text, each as its words in lower case, less honorifics, calendar
    words and the small words a sentence may open with ("The", "After")."""
    from brief.extract.actors.names.capital_runs import name_pattern

    lists = words()
    small = (
        lists["articles"]
        | lists["determiners"]
        | lists["possessives"]
        | lists["honorifics"]
        | lists["clause_words"]
        | lists["object_prepositions"]
    )
    found = []
    for run in name_pattern().finditer(text):
        tokens = frozenset(
            word.lower().removesuffix("'s").removesuffix("’s")
            for word in run[0].split(" ")
            if word[:1].isupper() and word.lower().rstrip(".") not in small
        )
        tokens = frozenset(t for t in tokens if not calendar_word(t))
        if tokens:
            found.append(tokens)
    return found


def _same_person(one: frozenset[str], other: frozenset[str]) -> bool:
    """Do two names name one person as written more or less fully ("Sanou", "Amadou
    Sanou", "Prime Minister Amadou Sanou"; not "Didier Sanou")?"""
    return one <= other or other <= one


def _tells(text: str, act: _Act) -> bool:
    """Does the sentence tell the act: a form of its verb with one of its people as the
    object, after it in the active ("declared X the winner") or before it in the passive
    ("X ... is declared elected")?"""
    for word in _WORD.finditer(text):
        if inflection_key(word[0].lower()) != act.verb or not word[0].islower():
            continue
        if _not_done(text, word.start()):
            continue
        passive = _PASSIVE.search(text, max(0, word.start() - 30), word.start())
        if passive is not None:
            named = _names(re.sub(r"\([^)]*\)", " ", text[: word.start()]))
        else:
            end = _CLAUSE.search(text, word.end())
            named = _names(text[word.end() : end.start() if end else len(text)])[:1]
        if any(_same_person(name, mine) for name in named for mine in act.names):
            return True
    return False


def _titled(text: str, act: _Act) -> bool:
    """Does the sentence give one of the act's people the title it gave
    ("President-elect Sanou", "Sanou, the president-elect,")?"""
    if not act.title:
        return False
    title = re.escape(act.title)
    for found in re.finditer(rf"\b{title}\s+", text, re.I):
        after = _names(text[found.end() : found.end() + _NAME_REACH])[:1]
        if any(_same_person(name, mine) for name in after for mine in act.names):
            return True
    for found in re.finditer(rf",\s+the\s+{title}\b", text, re.I):
        before = _names(text[max(0, found.start() - _NAME_REACH) : found.start()])[-1:]
        if any(_same_person(name, mine) for name in before for mine in act.names):
            return True
    return False


_NAME_REACH = 40


def _not_done(text: str, at: int) -> bool:
    """Is the verb at `at` under a modal, "to", a negation, "be" or "if": not told as
    done ("should be withdrawn", "refused to revoke", "if the result is annulled")?"""
    # back through its auxiliaries and adverbs ("has not been withdrawn", "is
    # accordingly withdrawn")
    for word in reversed([w.lower() for w in _WORD.findall(text[max(0, at - 60) : at])]):
        if word in _NOT_DONE:
            return True
        if word not in _AUXILIARIES and not word.endswith("ly"):
            break
    clause = max((m.end() for m in re.finditer(r"[,;]|:(?!\d)", text[:at])), default=0)
    return bool({w.lower() for w in _WORD.findall(text[clause:at])} & _CONDITIONS)


_CONDITIONS = frozenset({"if", "unless", "whether"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "being", "has", "have", "had"})


# Words right before a verb that keep it from telling what was done (phrases.NOT_DONE,
# and "be" of a demand: "demanded that the declaration be withdrawn").
_NOT_DONE = frozenset(
    {"to", "be", "not", "never", "will", "would", "could", "might", "may", "must", "should",
     "can", "cannot", "n't"}
)  # fmt: skip


@cache
def _act_verbs() -> dict[str, str]:
    return word_codes("act_verbs")


@cache
def _undoing() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{shared_starts(words()['undoing_verbs'])})\b", re.IGNORECASE)


def _may_undo(text: str) -> bool:
    """A cheap test before the sentence is read: a verb of undoing."""
    return _undoing().search(text) is not None


@dataclass(frozen=True)
class _Share:
    """A share a report gives as corrected: its holder's name and its value."""

    source: int
    holder: frozenset[str]
    value: float


def corrected_shares(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` of sentences that give a share another report of their
    story gives as corrected, to another value (see the module's docstring)."""
    story_of = story_of_sources(story_groups, several=True)
    titles = {d.source.number: d.source.title or "" for d in corpus.documents}
    corrected: dict[int, list[_Share]] = {}
    for sentence in unique:
        if sentence.source not in story_of:
            continue
        if not (
            _correcting().search(sentence.text)
            or _correcting().search(titles.get(sentence.source, ""))
        ):
            continue
        for holder, value in _shares(sentence):
            corrected.setdefault(story_of[sentence.source], []).append(
                _Share(sentence.source, holder, value)
            )
    if not corrected:
        return frozenset()
    days = source_days(corpus)
    found = set()
    for k, sentence in enumerate(unique):
        theirs = [
            share
            for share in corrected.get(story_of.get(sentence.source, -1), ())
            if share.source != sentence.source and not_before(days, share.source, sentence.source)
        ]
        if not theirs:
            continue
        mine = _shares(sentence)
        for holder, value in mine:
            for share in theirs:
                if not _same_person(holder, share.holder) or value == share.value:
                    continue
                if any(_same_person(h, share.holder) and v == share.value for h, v in mine):
                    continue  # it gives the corrected share too: it tells the correction
                found.add(k)
    return frozenset(found)


def _shares(sentence: Sentence) -> list[tuple[frozenset[str], float]]:
    """The shares the sentence gives, each with its holder: the last name between the
    share before it (or the sentence's start) and it, less what is in brackets ("Mr X
    (PRT) obtained 2,315,569 votes, or 50.3 percent")."""
    from brief.extract.figures.alone import figures_alone

    text = sentence.text
    found: list[tuple[frozenset[str], float]] = []
    start = 0
    for figure in figures_alone(sentence):
        if figure.kind != "percent" or figure.value is None or figure.past:
            continue
        at = text.find(figure.text, start)
        if at < 0 or figure.bound is not None or figure.to is not None:
            continue
        number = re.search(r"\d", figure.text)
        begin = at + (number.start() if number else 0)
        segment = re.sub(r"\([^)]*\)", " ", text[start:begin])
        start = at + len(figure.text)
        if _of_another_count(text[:begin]) or _PART.match(text, start):
            continue
        holders = _names(segment)[-1:]
        if holders:
            found.append((holders[0], figure.value))
    return found


# A share of a part, right after it: "62 percent in the north", "among women".
_PART = re.compile(r"\s+(?:in|among|across|outside|from)\b", re.I)


def _of_another_count(before: str) -> bool:
    """Is a share told as someone's own count or estimate ("the UFD's tally ... gave
    her"), or under a modal or "if" (a projection)?"""
    lowered = {w.lower() for w in _WORD.findall(before)}
    return bool(lowered & (words()["report_nouns"] | words()["modal_verbs"] | {"if"}))


@cache
def _correcting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['correction_markers'])})\b", re.IGNORECASE)
