"""What had not happened by an earlier report and a later one says has: "no ransom
demand has been made" beside a later day's "the kidnappers have demanded a ransom of
200 million naira", "No group has claimed responsibility" beside "The Vell Front claimed
responsibility". The earlier line told the state of its day; read beside the later one
it says the opposite of what holds (r71 F3: the kidnap story's lead was the ransom
demand, and its bullet still said none had been made).

The earlier sentence says so by "no", "nobody" or "no one" and a perfect ("has been
made", "have claimed"): what had not happened is its words in small letters (but the
light verbs, words.toml's light_verbs: "made", "given"), at least NOT_YET_WORDS of them,
so that "no arrests" alone, which a later "arrests are expected" would match, is none.
A later day's report of the story (within STALE_DAYS) gives every one of them in a
sentence that negates nothing ("not", "no", "denied": words.toml's negators and
denial_verbs) and says no plan ("will", "to"). Unlike a closing, a line of two such
states goes when either is overtaken: its "no ransom demand has been made" is false
beside the demand, and a false line is worse than the loss of its other half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.lexicon import words
from brief.inflection import inflection_key
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.phrases import NOT_DONE, WORD
from brief.pipeline.superseded.reports import STALE_DAYS, source_days, story_of_sources

# How many words in small letters what had not happened must give to be matched.
NOT_YET_WORDS = 2

# "no ransom demand has been made", "No group has claimed responsibility", "nobody has
# been arrested": the subject after "no" (up to three words), the perfect, its
# participle and up to two words of its object.
_NOT_YET = re.compile(
    r"\b(?:[Nn]o|[Nn]obody|[Nn]o one)\b(?P<subject>(?:\s+[a-z][\w-]*){0,3}?)\s+"
    r"(?:has|have|had)\s+(?:yet\s+)?(?:been\s+)?(?P<verb>[a-z]+)\b"
    r"(?P<object>(?:\s+(?!by\b|in\b|at\b|on\b|for\b|since\b|so\b|yet\b)[a-z][\w-]*){0,2})"
)


def overtaken_not_yet(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that say something had not happened where a later day's report of their
    story says it has (see the module's docstring)."""
    story_of = story_of_sources(story_groups, several=True)
    days = source_days(corpus)
    wanted: dict[int, list[frozenset[str]]] = {}
    for k, sentence in enumerate(unique):
        if sentence.source not in story_of or sentence.source not in days:
            continue
        found = [
            told
            for match in _NOT_YET.finditer(sentence.text)
            if len(told := _told(match)) >= NOT_YET_WORDS
        ]
        if found:
            wanted[k] = found
    if not wanted:
        return frozenset()
    stale = set()
    for k, found in wanted.items():
        source = unique[k].source
        for sentence in unique:
            later = sentence.source
            if (
                story_of.get(later) != story_of[source]
                or later not in days
                or not 0 < (days[later] - days[source]).days <= STALE_DAYS
                or _negates(sentence.text)
            ):
                continue
            keys = {inflection_key(w.lower()) for w in WORD.findall(sentence.text)}
            if any(told <= keys for told in found):
                stale.add(k)
                break
    return frozenset(stale)


def _told(match: re.Match[str]) -> frozenset[str]:
    """The keys of what had not happened: the subject's, the participle's and the
    object's words, less the light verbs and function words."""
    lists = words()
    stops = lists["title_function_words"] | lists["light_verbs"] | NOT_DONE
    said = f"{match['subject']} {match['verb']} {match['object']}".split()
    return frozenset(inflection_key(w) for w in said if w not in stops)


def _negates(text: str) -> bool:
    """Does the sentence negate, deny or plan anything (so gives nothing as done)?"""
    tokens = {w.lower() for w in WORD.findall(text)}
    return bool(tokens & _negating()) or "n't" in text or "n’t" in text


@cache
def _negating() -> frozenset[str]:
    lists = words()
    return (
        lists["negators"]
        | lists["denial_verbs"]
        | {"not", "never", "nobody", "will", "would", "could", "may", "might"}
    )
