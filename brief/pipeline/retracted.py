"""Quotes taken back: words an editor's note or the story itself says were never said,
withdrawn or misquoted, so no quote, bullet or bottom line shows them (r58 #1).

A reader forwards a brief without its sources: a quote shown beside the note that
withdraws it, or a day after the story said the speaker denied it, is a false quote
passed on. Three ways the text takes words back:
- an editor's note of any source (Source.notes) that says so (words.toml's retraction
  lists: "Colonel X did not make that remark", "the quote has been removed") and quotes
  the words, or a distinctive run of them (`DISTINCT` words and more): the quote of any
  source of the brief that holds that run is taken back, the same words from another
  outlet as much as from the note's own earlier version;
- a sentence of a story that takes back the words it quotes right after its verb ("Lee
  denied saying “...”");
- a sentence of a story that says so without quoting: "Hours later, the army withdrew the
  remark", "Lee later denied making the statement", "Lee had been misquoted". It speaks of
  the last words the story quoted (`REACH` sentences back at most, its own first): a
  story reports a retraction right after what it retracts. Where nothing is quoted within
  reach, nothing is taken back. Its subject must be the speaker or their side (a word of
  the quote's attribution, or of a sentence that names the speaker: "the army" for "the
  army chief, General X"), or a pronoun: "Lee said he had been misquoted" takes back
  Lee's words, not the last quote's of someone else, and "The army did not make that
  statement" nothing of a rebel spokesman's. An editor's note needs no subject: it
  quotes the words it takes back.
Matching is by the quoted words, case and punctuation aside, so that a copy of the
sentence in another article is taken back too. A wrong match loses a quote; a missed one
shows a false quote: the first is the lesser harm.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Protocol

from brief.extract.lexicon import alternation, month_names, shared_starts, weekday_forms, words
from brief.models import Corpus, Mention, Quote, Sentence, Source
from brief.pipeline.extracting import Extracts
from brief.prefilter import may_hold

DISTINCT = 3  # words of a note's quoted run that make it a quote's, not a phrase's
REACH = 3  # sentences back from a retraction that it may speak of

_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class Retracted:
    """The quoted words taken back, each as its words in lower case joined by spaces;
    `told`: each run as the text that takes it back quotes it, and that text's source."""

    runs: frozenset[str]
    told: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    # each run's speaker as the text that takes it back names them: the last word of each
    # name it gives ("reyes"), none for a pronoun; a daily run says words sent before
    # are withdrawn only when the sentence sent names that speaker (`daily.novelty`)
    by: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def holds(self, text: str) -> bool:
        """Whether the text quotes words taken back."""
        padded = f" {_words(text)} "
        return any(f" {run} " in padded for run in self.runs)

    def sentences(self, unique: Sequence[Sentence]) -> frozenset[int]:
        """Positions of the sentences that quote words taken back: no bullet of a brief."""
        if not self.runs:
            return frozenset()
        return frozenset(
            k for k, s in enumerate(unique) if any(self.holds(q) for q in _quoted(s.text))
        )

    def quotes(self, quotes: Iterable[Quote]) -> tuple[Quote, ...]:
        """The quotes with none of the words taken back."""
        return tuple(q for q in quotes if not self.runs or not self.holds(q.text))


def without_retracted(
    found: Extracts, taken_back: Retracted, withdrawn: AbstractSet[Mention]
) -> Extracts:
    """What was found, less the quotes taken back and the figures and timeline rows of
    the sentences that quote them (`Retracted.sentences`): "“We lost 40 men,” Lee said"
    is a count nobody now stands by; so are those of the sentences `withdrawn` holds
    besides (pipeline.superseded.withdrawn: a declaration withdrawn, a share corrected)."""
    if not taken_back.runs and not withdrawn:
        return found
    return replace(
        found,
        quotes=taken_back.quotes(found.quotes),
        figures=tuple(f for f in found.figures if f.sentence not in withdrawn),
        timeline=tuple(e for e in found.timeline if e.sentence not in withdrawn),
    )


class _Said(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def source(self) -> int: ...


def retracted(corpus: Corpus) -> Retracted:
    """The words the corpus's notes and stories take back."""
    return taken_back([d.source for d in corpus.documents], corpus.sentences)


def taken_back(sources: Sequence[Source], sentences: Sequence[_Said]) -> Retracted:
    """The words the sources' notes and the sentences (in reading order) take back: a
    brief's own, or what a daily run tells its reader it sent before (`daily.novelty`)."""
    told: dict[str, tuple[str, int]] = {}
    by: dict[str, frozenset[str]] = {}

    def add(quoted: Iterable[str], source: int, speaker: frozenset[str], least: int = 1) -> None:
        for text in quoted:
            run = _words(text)
            if run and len(run.split()) >= least and run not in told:
                told[run] = (text, source)
                by[run] = speaker

    for source in sources:
        for note in source.notes:
            if _retraction().search(note):
                add(_quoted(note), source.number, _names(_QUOTED.sub(" ", note)), DISTINCT)
    story: list[_Said] = []
    for sentence in sentences:
        if story and story[-1].source != sentence.source:
            story = []
        story.append(sentence)
        # (most sentences quote nothing, and most name no remark: `_may_quote` and
        # `_may_retract` spare them the patterns, 0.1 s of CPU at 1,000 articles)
        denied = _denied_quoting().search(sentence.text) if _may_quote(sentence.text) else None
        if denied is not None:
            # the denier's own words: "Ruiz denied saying “...”" names Ruiz's
            text = sentence.text
            denier = _NAME.findall(_QUOTED.sub(" ", text[: denied.start()]))[-1:]
            add(_quoted(text[denied.start() :]), sentence.source, _names(", ".join(denier)))
        else:
            quoted, quoting = _taken_back(sentence.text, story[-1 - REACH : -1])
            if quoted:
                speakers = _name_by_verb().findall(_QUOTED.sub(" ", quoting))
                add(quoted, sentence.source, _names(", ".join(b or a for b, _, a in speakers)))
    return Retracted(frozenset(told), told, by)


def _taken_back(text: str, before: Sequence[_Said]) -> tuple[list[str], str]:
    """The last quoted words before a retraction whose speaker's side is its subject, and
    the sentence that quotes them: its own quote is its own words ("the ministry withdrew
    the remark, calling it “an error”")."""
    if not _may_retract(text):
        return [], ""
    subjects = [_subject(text[: m.start()]) for m in _retraction().finditer(text)]
    if not subjects:
        return [], ""
    for k in range(len(before) - 1, -1, -1):
        quoted = [q for q in _quoted(before[k].text) if len(_words(q).split()) > 1]
        if quoted:
            side = _side(before[k].text, before[:k])
            if any(not subject or subject & side for subject in subjects):
                return quoted, before[k].text
    return [], ""


def _names(text: str) -> frozenset[str]:
    """The last word of each name a text gives, lower case ("Interior Minister Ana Ruiz"
    -> "ruiz"): not a pronoun or other function word opening a sentence ("She"), nor a
    day or month ("On Monday")."""
    found = set()
    for name in _NAME.findall(text):
        last = _stem(_words(name).split()[-1]) if _words(name) else ""
        if last and last not in _function_words() and last not in _calendar_words():
            found.add(last)
    return frozenset(found)


_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


@cache
def _calendar_words() -> frozenset[str]:
    return weekday_forms() | month_names()


def _side(quoting: str, earlier: Sequence[_Said]) -> set[str]:
    """The words that name a quote's speaker and their side: its attribution's (the
    sentence less its quotes), and those of the story's sentences that name the speaker
    (the name right before or after the speech verb); a speaker named by a pronoun ("he
    said") is the one the sentence before names."""
    said = _QUOTED.sub(" ", quoting)
    side = set(_words(said).split())
    names = _name_by_verb().findall(said)
    surnames = {(before or after).split()[-1] for before, _, after in names if before or after}
    if not surnames and earlier:
        side |= set(_words(_QUOTED.sub(" ", earlier[-1].text)).split())
    for sentence in earlier:
        if surnames & set(_WORD.findall(sentence.text)):
            side |= set(_words(sentence.text).split())
    return {_stem(w) for w in side}


def _subject(before: str) -> set[str]:
    """The content words of a retraction's subject, empty for a pronoun: the words after
    the last speech verb ("A spokesman said Lee had ..."), or before it when only a
    pronoun follows ("Lee said he had been misquoted")."""
    found = words()
    tokens = _words(before).split()
    said = [k for k, t in enumerate(tokens) if t in found.speech]
    parts = [tokens[said[-1] + 1 :], tokens[: said[-1]]] if said else [tokens]
    for part in parts:
        content = {_stem(t) for t in part if t not in _function_words()}
        if content:
            return content
    return set()


def _stem(word: str) -> str:
    return word.removesuffix("'s")


@cache
def _function_words() -> frozenset[str]:
    found = words()
    return frozenset(
        found["adverbs"]
        | found["auxiliaries"]
        | found["modal_verbs"]
        | found["clause_words"]
        | found["time_words"]
        | found["person_pronouns"]
        | found["other_subject_pronouns"]
        | found["referring_determiners"]
        | {"a", "an", "it", "i", "his", "her", "its", "their", "our", "been", "have", "not"}
    )


@cache
def _name_by_verb() -> re.Pattern[str]:
    """A capitalised name right before a speech verb ("Lee told") or right after it
    ("said Tom Reed")."""
    name = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
    verbs = alternation(words().speech)
    return re.compile(rf"({name})?\s+({verbs})\b\s*({name})?")


def _quoted(text: str) -> list[str]:
    return [m[1] or m[2] for m in _QUOTED.finditer(text)]


def _words(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in _WORD.findall(text))


@cache
def _denied_quoting() -> re.Pattern[str]:
    """A verb of withdrawing right before the words it takes back: "Lee denied saying
    “...”", "Lee never said that “...”"."""
    verbs = shared_starts(words()["retraction_verbs"] | words()["unsaying_verbs"])
    return re.compile(rf"\b(?:{verbs})\s*(?:that\s+)?[:,]?\s*[“\"]", re.IGNORECASE)


def _may_quote(text: str) -> bool:
    """Whether the text holds a quotation mark, which `_denied_quoting` needs."""
    return "“" in text or '"' in text


def _may_retract(text: str) -> bool:
    """Whether the text holds a remark's noun or a word that says it alone, one of which
    each of `_retraction`'s forms needs (ignoring case, as it does)."""
    return may_hold(text, _retraction_needs())


@cache
def _retraction_needs() -> tuple[str, ...]:
    found = words()
    return tuple(sorted(found["remark_nouns"] | found["retraction_words"]))


@cache
def _retraction() -> re.Pattern[str]:
    """words.toml's retraction lists: a verb of withdrawing with the words' noun within two
    words after it, a verb of unsaying with a determiner that refers back right before the
    noun ("made no such statement", not "did not say when the statement"), the noun with
    a passive of removal, or a word that says it alone."""
    found = words()
    verbs = shared_starts(found["retraction_verbs"])
    unsaying = shared_starts(found["unsaying_verbs"])
    back = shared_starts(found["referring_determiners"])
    # an adjective may stand between the determiner and the noun, no other determiner
    # nor a wh-word ("did not say that the statement ...", "... say when the statement")
    other = shared_starts(
        found["referring_determiners"] | found["question_openers"] | {"a", "an", "any"}
    )
    nouns = shared_starts(found["remark_nouns"])
    passives = shared_starts(found["retraction_passives"])
    alone = shared_starts(found["retraction_words"])
    return re.compile(
        rf"\b(?:(?:{verbs})\s+(?:[\w’']+\s+){{0,2}}?(?:{nouns})"
        rf"|(?:{unsaying})\s+(?:{back})\s+(?:(?!(?:{other})\b)[\w-]+\s+)?(?:{nouns})"
        rf"|(?:{nouns})\s+(?:{passives})|(?:{alone}))\b",
        re.IGNORECASE,
    )
