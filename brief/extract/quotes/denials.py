"""Words a story says were never said: the speaker it gave them is taken off.

News reports a misquote by quoting it first ("Portals quoted the envoy as calling the
flood “a catastrophe”.") and denying it after ("She said no such thing.", "“I have never
said that,” the governor said", "The caption is false."). The first sentence, read alone,
gives the words to the one it names; the story then says they are not theirs. A speaker
shown beside words the text itself disowns is the worst error a brief can make, so the
quote stays, unattributed (the pipeline may drop it whole: pipeline.retracted).

A denial speaks of the last words quoted before it, within `REACH` sentences and in the
same paragraph or the next, as a retraction does: a story denies words right after it
reports them. Two forms:
- a verb of unsaying with an object that refers back and nothing after it in its clause
  ("never said that,", "did not say so."), or a saying of nothing ("said no such thing"),
  whose subject is a pronoun (an "I" in the quoted speaker's own words), the quote's
  speaker by name or a description ("the ambassador"): "Jones did not say that" denies
  nothing of Smith's words;
- a verdict in the story's voice on a rumour's noun ("The caption is false.", "This
  quote is fabricated"), which denies the quote of the sentence that brought that noun
  in, not the correct words quoted between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from brief.extract.lexicon import alternation, joined, words
from brief.models import Quote, Sentence

REACH = 3  # sentences after a quote that may deny it


def without_denied(story: Sequence[Sentence], quotes: Sequence[Quote]) -> list[Quote]:
    """The story's quotes, those it denies with no speaker."""
    kept = list(quotes)
    if not any(_DENIAL_HINT.search(s.text) for s in story):
        return kept  # most stories deny nothing: one search each
    # (each quote by where it ends and by the sentences it holds, read once: a long file
    # has thousands of sentences with "said", each looking only REACH sentences back)
    ending: dict[tuple[int, int], list[int]] = {}
    holding: dict[tuple[int, int], list[int]] = {}
    for k, quote in enumerate(kept):
        if quote.sentences:
            last_one = quote.sentences[-1]
            ending.setdefault((last_one.source, last_one.index), []).append(k)
        for member in quote.sentences:
            holding.setdefault((member.source, member.index), []).append(k)
    paragraphs = {(s.source, s.index): s.paragraph for s in story}
    for sentence in story:
        text = _plain(sentence.text)
        if not _DENIAL_HINT.search(text):
            continue
        within = sorted(
            k
            for back in range(1, REACH + 1)
            for k in ending.get((sentence.source, sentence.index - back), ())
        )
        if not within:
            continue
        last = max(within, key=lambda k: (kept[k].sentences[-1].index, k))
        ended = (sentence.source, kept[last].sentences[-1].index)
        near = paragraphs.get(ended, -2) >= sentence.paragraph - 1
        voice = [kept[k].actor for k in holding.get((sentence.source, sentence.index), ())]
        if near and _unsays(text, kept[last], voice):  # the last words quoted, whoever's
            kept[last] = replace(kept[last], speaker=None, actor=None)
            continue
        for k in within:
            if kept[k].speaker is not None and _verdict_on(text, kept[k], story):
                kept[k] = replace(kept[k], speaker=None, actor=None)
    return kept


def _plain(text: str) -> str:
    """The text without quote marks, curly apostrophes straight: the campaign's denial
    may itself be quoted ("he had “said no such thing”")."""
    return re.sub(r"[“”\"]", "", text).replace("’", "'")


_DENIAL_HINT = re.compile(r"\b(?:said|say|says|false|fabricated|fake|untrue)\b", re.I)


def _unsays(text: str, quote: Quote, voice: Sequence[str | None]) -> bool:
    """Whether the sentence unsays words with an object that refers back, its subject one
    who may be the quote's speaker. `voice`: the speakers of the sentence's own quotes,
    whose "I" or "we" it is."""
    for found in _unsaying_re().finditer(text):
        before = text[: found.start()].split()[-3:]
        if quote.speaker is not None and _may_be_speaker(before, quote, voice):
            return True
    return False


def _may_be_speaker(before: list[str], quote: Quote, voice: Sequence[str | None]) -> bool:
    """Whether the words before a denial's verb end on a subject that may be the quote's
    speaker (past auxiliaries and adverbs): "he" or "she", "I" or "we" of their own quote
    ("“I never said that,” Trump said" unsays no voter's words quoted before), a word of
    their name, or a description ("the ambassador")."""
    skipped = joined("auxiliaries", "adverbs", "verb_negators")
    while before and before[-1].lower() in skipped:
        before = before[:-1]
    if not before:
        return False
    word = before[-1].strip(",;:")
    if word.lower() in {"i", "we"}:
        return quote.actor is not None and quote.actor in voice
    if word.lower() in joined("subject_pronouns"):
        return True
    if word in (quote.speaker or "").split() or word in (quote.actor or "").split():
        return True
    return word.islower() and len(before) >= 2 and before[-2].lower() == "the"


@cache
def _unsaying_re() -> re.Pattern[str]:
    w = words()
    unsaying = alternation(w["unsaying_verbs"])
    objects = alternation(w["unsaid_objects"])
    nothing = alternation(w["nothing_said"])
    return re.compile(
        rf"\b(?:(?:{unsaying})\s+(?:{objects})|(?:{nothing}))(?=\s*(?:[,.;:!?]|$|and\b|but\b))",
        re.I,
    )


def _verdict_on(text: str, quote: Quote, story: Sequence[Sentence]) -> bool:
    """Whether the sentence is a verdict of falsity on a rumour's noun ("The caption is
    false.") that the quote's own sentence brought in before its speaker's name ("a clip
    carries the caption: X says “...”"): what is false is that they said it. Named first
    ("X repeated the claim that ... “...”. The claim is false."), they did say it."""
    found = _verdict_re().match(text.strip())
    if found is None or not quote.speaker:
        return False
    noun = re.compile(rf"\b{re.escape(found.group('noun'))}\b", re.I)
    name = re.compile(rf"\b{re.escape(quote.speaker.split()[-1])}\b")
    own = {m.index for m in quote.sentences}
    for sentence in story:
        if sentence.index not in own:
            continue
        said, told = noun.search(sentence.text), name.search(sentence.text)
        if said is not None and told is not None and said.start() < told.start():
            return True
    return False


@cache
def _verdict_re() -> re.Pattern[str]:
    w = words()
    nouns = alternation(w["rumour_nouns"])
    false = alternation(w["falsity_phrases"])
    return re.compile(
        rf"(?i:the|this|that)\s+(?P<noun>{nouns})\s+(?:is|was)\s+(?:also\s+)?(?:{false})\b"
    )
