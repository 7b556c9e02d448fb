"""Quotes taken back: words an editor's note or the story itself says were never said,
withdrawn or misquoted, so no quote, bullet or bottom line shows them (r58 #1).

A reader forwards a brief without its sources: a quote shown beside the note that
withdraws it, or a day after the story said the speaker denied it, is a false quote
passed on. Two ways the text takes words back:
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
  reach, nothing is taken back.
Matching is by the quoted words, case and punctuation aside, so that a copy of the
sentence in another article is taken back too. A wrong match loses a quote; a missed one
shows a false quote: the first is the lesser harm.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache

from brief.extract.lexicon import alternation, words
from brief.models import Corpus, Mention, Quote, Sentence
from brief.pipeline.extracting import Extracts

DISTINCT = 3  # words of a note's quoted run that make it a quote's, not a phrase's
REACH = 3  # sentences back from a retraction that it may speak of

_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class Retracted:
    """The quoted words taken back, each as its words in lower case joined by spaces."""

    runs: frozenset[str]

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
    is a count nobody now stands by."""
    if not taken_back.runs:
        return found
    return replace(
        found,
        quotes=taken_back.quotes(found.quotes),
        figures=tuple(f for f in found.figures if f.sentence not in withdrawn),
        timeline=tuple(e for e in found.timeline if e.sentence not in withdrawn),
    )


def retracted(corpus: Corpus) -> Retracted:
    """The words the corpus's notes and stories take back."""
    runs: set[str] = set()
    for document in corpus.documents:
        for note in document.source.notes:
            if _retraction().search(note):
                runs.update(r for r in map(_words, _quoted(note)) if len(r.split()) >= DISTINCT)
    story: list[Sentence] = []
    for sentence in corpus.sentences:
        if story and story[-1].source != sentence.source:
            story = []
        story.append(sentence)
        denied = _denied_quoting().search(sentence.text)
        if denied is not None:
            runs.update(map(_words, _quoted(sentence.text[denied.start() :])))
        elif _retraction().search(sentence.text):
            runs.update(_spoken_of(story[-1 - REACH : -1]))
    return Retracted(frozenset(r for r in runs if r))


def _spoken_of(before: Sequence[Sentence]) -> list[str]:
    """The last quoted words before the retraction: its own quote is its own words ("the
    ministry withdrew the remark, calling it “an error”")."""
    for sentence in reversed(before):
        quoted = [_words(q) for q in _quoted(sentence.text)]
        quoted = [q for q in quoted if len(q.split()) > 1]
        if quoted:
            return quoted
    return []


def _quoted(text: str) -> list[str]:
    return [m[1] or m[2] for m in _QUOTED.finditer(text)]


def _words(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in _WORD.findall(text))


@cache
def _denied_quoting() -> re.Pattern[str]:
    """A verb of withdrawing right before the words it takes back: "Lee denied saying
    “...”", "Lee never said that “...”"."""
    verbs = alternation(words()["retraction_verbs"])
    return re.compile(rf"\b(?:{verbs})\s*(?:that\s+)?[:,]?\s*[“\"]", re.IGNORECASE)


@cache
def _retraction() -> re.Pattern[str]:
    """words.toml's retraction lists: a verb of withdrawing with the words' noun within two
    words after it, the noun with a passive of removal, or a word that says it alone."""
    found = words()
    verbs = alternation(found["retraction_verbs"])
    nouns = alternation(found["remark_nouns"])
    passives = alternation(found["retraction_passives"])
    alone = alternation(found["retraction_words"])
    return re.compile(
        rf"\b(?:(?:{verbs})\s+(?:[\w’']+\s+){{0,2}}?(?:{nouns})"
        rf"|(?:{nouns})\s+(?:{passives})|(?:{alone}))\b",
        re.IGNORECASE,
    )
