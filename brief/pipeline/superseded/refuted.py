"""Claims a later report of the story calls false: "Reports on social media and in one
newspaper that the airport would close because of a fuel shortage are false." A report
that says so in its own voice (no attribution in its sentence: the operator's statement,
not "..., his lawyer said", which is one side's reply and leaves the claim standing)
takes back what the earlier reports it names said: the sentences of the story's other
reports, of its day or before, that tell the claim (most of its words in small letters)
were never so, and are no bullet, no lead, no key figure and no row of the timeline. A
report whose opening sentence tells the claim told nothing else worth a bullet: all its
sentences go, so that its headline ("Airport to shut down over fuel shortage, sources
say") no longer heads the story its own refutation is in (r71 F2: the rumour had headed
and led the three days' story over the authority's statement of the next day).

Not a claim rebutted within its own sentence, nor one that names too little to match
(fewer than CLAIM_WORDS words): when unsure, the line stays. A report's own check of what
it tells just before ("A post claims ... There is no evidence for this claim.") is
`pipeline.refuted`'s.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache

from brief.extract.lexicon import alternation, words
from brief.inflection import inflection_key
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.phrases import NOT_DONE, WORD
from brief.pipeline.superseded.reports import STALE_DAYS, source_days, story_of_sources

# How many of a claim's words in small letters (not function words) it must give to be
# matched, and the share of them a sentence must give to tell it.
CLAIM_WORDS = 3
_TOLD_SHARE = 2 / 3


def refuted_by_report(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` of sentences that tell a claim another report of their story,
    of their day or later, calls false in its own voice (see the module's docstring)."""
    story_of = story_of_sources(story_groups, several=True)
    if not story_of:
        return frozenset()
    # (read in every sentence of the story's reports: a short statement's verdict may be
    # read as a roundup's item of another event, and is then no report of the story)
    verdicts = _verdicts(corpus.sentences, story_of)
    if not verdicts:
        return frozenset()
    return _telling(unique, verdicts, story_of, source_days(corpus))


def refuted_openings(
    corpus: Corpus, group: StoryGroup, sentences: Sequence[Sentence]
) -> frozenset[int]:
    """The story's reports whose opening sentence tells a claim another of its reports
    calls false (`refuted_by_report`): their headline tells it too, and heads no story.
    `sentences`: all of the story's reports' (compose.digest.source_sentences), so that
    no story reads the whole corpus."""
    story_of = story_of_sources([group], several=True)
    verdicts = _verdicts(sentences, story_of) if story_of else []
    if not verdicts:
        return frozenset()
    openings = [s for s in sentences if s.index == 1]
    found = _telling(openings, verdicts, story_of, source_days(corpus))
    return frozenset(openings[k].source for k in found)


# A report's verdict: its source, its story and the claim's words (see _content).
_Verdict = tuple[int, int, frozenset[str]]


def _verdicts(sentences: Sequence[Sentence], story_of: Mapping[int, int]) -> list[_Verdict]:
    """The claims the sentences of the stories' reports call false in their own voice."""
    false = tuple(words()["falsity_phrases"])
    verdicts = []
    for sentence in sentences:
        if sentence.source not in story_of or not any(f in sentence.text for f in false):
            continue
        found = _verdict().search(sentence.text)
        if found is None or _attributed(sentence.text[found.end() :]):
            continue
        claim = _content(found["claim"])
        if len(claim) >= CLAIM_WORDS:
            verdicts.append((sentence.source, story_of[sentence.source], claim))
    return verdicts


def _telling(
    unique: Sequence[Sentence],
    verdicts: Sequence[_Verdict],
    story_of: Mapping[int, int],
    days: Mapping[int, date],
) -> frozenset[int]:
    """Positions in `unique` of sentences that tell a claim of a verdict of their story,
    of their day or later, and of the whole of a report whose opening tells one."""
    told: set[int] = set()
    for k, sentence in enumerate(unique):
        source = sentence.source
        for by, story, claim in verdicts:
            if source == by or story_of.get(source) != story:
                continue
            if source in days and by in days:
                apart = (days[by] - days[source]).days
                if not 0 <= apart <= STALE_DAYS:
                    continue
            if _false().search(sentence.text):
                continue  # a sentence that calls it false itself
            if len(claim & _content(sentence.text)) >= _TOLD_SHARE * len(claim):
                told.add(k)
    # a report whose opening tells the claim: all of it
    opened = {unique[k].source for k in told if unique[k].index == 1}
    return frozenset(told) | frozenset(k for k, s in enumerate(unique) if s.source in opened)


def _content(text: str) -> frozenset[str]:
    """The keys of a text's words in small letters but function words."""
    stops = words()["title_function_words"] | NOT_DONE
    return frozenset(
        inflection_key(w) for w in WORD.findall(text) if w.islower() and w not in stops
    )


def _attributed(rest: str) -> bool:
    """Does the rest of the sentence after its verdict say who says so ("..., his lawyer
    said", "according to police")?"""
    lists = words()
    tokens = [t.lower() for t in WORD.findall(rest)]
    return "according" in tokens or any(
        t in lists.speech or inflection_key(t) in lists.speech for t in tokens
    )


@cache
def _false() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(words()['falsity_phrases'])})\b")


@cache
def _verdict() -> re.Pattern[str]:
    """A sentence that opens on claims or reports and what they say, after "that", and
    calls them false: "Reports on social media that the bridge had collapsed are false",
    "Claims that the mine will close are untrue"."""
    lists = words()
    nouns = alternation(lists["claim_nouns"] | lists["rumour_nouns"])
    false = alternation(lists["falsity_phrases"])
    return re.compile(
        rf"^\W*(?:(?i:the|these|those|all|any)\s+)?(?i:{nouns})\b[^.;:]{{0,80}}?\bthat\s+"
        rf"(?P<claim>[^;:]+?)\s+(?:is|are|was|were|have\s+been|has\s+been)\s+"
        rf"(?:(?:\w+ly|simply|completely|entirely)\s+)?(?:{false})\b"
    )
