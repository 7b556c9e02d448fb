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
- a verdict on a rumour's noun ("The caption is false.", "This quote is fabricated"), in
  the story's voice or reported ("The federation said the quote was fabricated."), which
  denies the quote of the sentence that brought that noun in before the speaker's name,
  not the correct words quoted between.

Words a sentence hands to someone as hearsay ("A post attributed to the mayor called
them “...”", "A line widely credited to him, “...”, appears in none of his books") are
no one's the story vouches for, denied or not: whoever the sentence's speech verb or
tag names, the quote stays unattributed.

A quoted claim whose own sentence says in the same breath that someone denies it ("He
said the man had “acknowledged his guilt”, which the ministry has denied", "“...,” the
agency said, a claim the army rejected") is shown with that denial, as a bullet shows
the sentence whole (r74 F15): `denied_by` holds the denier as written. Where the tag
names no one a reader could be told ("which he denied"), the quote is no row: a claim
must not travel without the denial its sentence gives it.

A correction may give the words to someone else right after them ("... told passengers,
“...” The remark was made by the first officer, his son, Y."): a remark's noun that
refers back, then a passive of making or saying and "by" with its maker. The quote is
the one person's whom that phrase names in full (`reattributed`); when it names no one
the actors table knows, or several, the quote keeps no speaker: the story says it is not
the one its sentence named.
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
    kept = _without_hearsay(story, quotes)
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


def reattributed(
    story: Sequence[Sentence], quotes: Sequence[Quote], people: Sequence[str]
) -> list[Quote]:
    """The story's quotes, each that a correction gives to someone else (see the module's
    docstring) with that one as its speaker, or with none. `people`: the full names of the
    story's people."""
    if not any(_REMADE_HINT.search(s.text) for s in story):
        return list(quotes)  # most stories correct nothing: one search each
    kept = list(quotes)
    paragraphs = {(s.source, s.index): s.paragraph for s in story}
    texts = {(s.source, s.index): s.text for s in story}
    for sentence in story:
        found = _remade_re().match(sentence.text.strip())
        if found is None:
            continue
        before = [
            k
            for k, quote in enumerate(kept)
            if quote.sentences
            and quote.sentences[-1].source == sentence.source
            and 0 < sentence.index - quote.sentences[-1].index <= REACH
            and paragraphs.get((sentence.source, quote.sentences[-1].index)) == sentence.paragraph
        ]
        if not before:
            continue
        last = max(before, key=lambda k: kept[k].sentences[-1].index)
        said = texts.get((sentence.source, kept[last].sentences[-1].index), "")
        if found.group("it") and not _remark_opening().search(said.strip()):
            continue  # "It was made by X": only after "The remark “...” was ..."
        maker = found.group("maker")
        named = [name for name in people if re.search(rf"\b{re.escape(name)}\b", maker)]
        one = named[0] if len(named) == 1 else None
        kept[last] = replace(kept[last], speaker=one, actor=one)
    return kept


# The passives of making or saying that give a remark to its maker ("was made by").
_REMAKING = r"(?:made|said|spoken|uttered|written)"
# A cheap test of a story before `_remade_re` is read on each sentence.
_REMADE_HINT = re.compile(rf"\b{_REMAKING}\s+by\b")


@cache
def _remade_re() -> re.Pattern[str]:
    """ "The remark was made by the first officer, Y.": a remark's noun that refers back
    (or "It", after a sentence that opens on one: `_remark_opening`), a passive of making
    or saying, its maker."""
    nouns = alternation(words()["remark_nouns"])
    return re.compile(
        rf"(?:(?:The|That|This|Those|These|Her|His|Their)\s+(?:{nouns})|(?P<it>It))\s+"
        rf"(?:was|were)\s+"
        rf"(?:in\s+fact\s+|actually\s+|really\s+)?{_REMAKING}\s+"
        rf"by\s+(?P<maker>[^.;]+)"
    )


@cache
def _remark_opening() -> re.Pattern[str]:
    """A sentence that opens on a remark's noun and the words quoted ("The remark “...”
    was attributed to the commanding officer.", past a correction's head: "Parade (July
    3): The remark “...”"): an "It" after it is that remark."""
    nouns = alternation(words()["remark_nouns"])
    return re.compile(rf"(?:^|:\s)(?:The|That|This|Her|His|Their)\s+(?:{nouns})\s+[“\"]")


def with_denials(story: Sequence[Sentence], quotes: Sequence[Quote]) -> list[Quote]:
    """The story's quotes, each whose own sentence denies it after it (`denied_in`) with
    its `denied_by`; one whose denier is only a pronoun left out."""
    if not any(_denial_verb_re().search(s.text) for s in story):
        return list(quotes)  # most stories deny nothing: one search each
    texts = {(s.source, s.index): s.text for s in story}
    kept = []
    for quote in quotes:
        if not quote.sentences:
            kept.append(quote)
            continue
        last = quote.sentences[-1]
        denier = denied_in(texts.get((last.source, last.index), ""), quote.text)
        if denier is None:
            kept.append(quote)
        elif denier.lower() not in _PRONOUNS:
            kept.append(replace(quote, denied_by=denier))
    return kept


def denied_in(text: str, quoted: str) -> str | None:
    """Who a tag after the quoted words in their sentence says denies them, as written:
    ", which Poland's Foreign Ministry has denied", ", a claim the army rejected", ", an
    accusation denied by Minsk". Not a negated verb ("which Warsaw has not denied"), nor
    a tag before the quote's end. None where there is no such tag."""
    at = _quote_end(text, quoted)
    if at < 0:
        return None
    tag = _denial_tag_re().match(text, at)
    if tag is None:
        return None
    who = next(g for g in tag.group("by1", "who1", "by2", "who2") if g)
    parts = who.split()
    skipped = joined("auxiliaries", "adverbs", "verb_negators")
    while parts and (parts[-1].lower() in skipped or parts[-1].lower().endswith("ly")):
        parts.pop()
    if not parts or parts[-1].lower() in joined("verb_negators"):
        return None
    return " ".join(parts).strip(",;: ")


def _quote_end(text: str, quoted: str) -> int:
    """Where the quoted words end in their sentence (the last of them, as a quote that
    runs over sentences ends in its last), or -1."""
    tail = " ".join(quoted.split()[-4:]).rstrip(".,;:!?")
    if not tail:
        return -1
    at = text.rfind(tail)
    return at + len(tail) if at >= 0 else -1


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that"})


@cache
def _denial_verb_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['denial_verbs'])})\b", re.I)


@cache
def _denial_tag_re() -> re.Pattern[str]:
    """A tag that refers back to a quoted claim and denies it: a claim's noun, then its
    denier and a verb of denial ("a charge X rejected"), or a passive ("a claim denied by
    X"); or "which" and a verb whose object is only ever a claim ("which X has denied":
    "the bridge, which the council rejected" rejects a plan). Right after the quote, its
    speech tag or the rest of its clause, with no other clause's end between."""
    w = words()
    nouns = alternation(w["claim_nouns"] | w["report_nouns"])
    verbs = alternation(w["denial_verbs"])
    claims = alternation(w["claim_denial_verbs"])
    aux = r"(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?(?:\w+ly\s+)?"
    by = r"\s+by\s+(?P<by{n}>[^,.;:!?“”\"()]+?)\s*(?=[,.;:!?(]|$)"
    who = r"(?P<who{n}>(?:[\w'’.-]+\s+){{1,7}}?)(?<!not )(?<!n't )(?<!never )"
    noun = rf"(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:{nouns})(?:\s+that)?\s+"
    return re.compile(
        rf"[,.!?]?[”\"’']?(?:,?[^.;:!?“”\"]{{0,80}}?,)?\s*"
        rf"(?:{noun}(?:{aux}(?:{verbs}){by.format(n=1)}|{who.format(n=1)}(?:{verbs})\b)"
        rf"|which\s+(?:{aux}(?:{claims}){by.format(n=2)}|{who.format(n=2)}(?:{claims})\b))",
        re.I,
    )


def _without_hearsay(story: Sequence[Sentence], quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes, those a sentence brings in as hearsay (see _hearsay) with no speaker."""
    kept = list(quotes)
    if not any(_hearsay_re().search(s.text) for s in story):
        return kept  # most stories attribute nothing so: one search each
    texts = {(s.source, s.index): s.text for s in story}
    for k, quote in enumerate(kept):
        if quote.speaker is None or not quote.sentences:
            continue
        first = quote.sentences[0]
        if _hearsay(texts.get((first.source, first.index), ""), quote):
            kept[k] = replace(quote, speaker=None, actor=None)
    return kept


def _hearsay(text: str, quote: Quote) -> bool:
    """Whether the quote's sentence hands it on as hearsay: the quote opens in the clause
    of "attributed to" and a name, right after its phrase ("a line attributed to X
    online, “...”") or as the object of the verb that phrase is the subject of ("a
    statement attributed to X called the board “...”": the speaker named after "to").
    A clause's comma or a relative pronoun between lets the quote be another's ("a
    post attributed to X, which the mayor called “...”")."""
    at = text.find(quote.text)
    if at < 0:
        return False
    found = list(_hearsay_re().finditer(text, 0, at))
    if not found:
        return False
    between = text[found[-1].end() : at]
    if re.search(r"[.;:!?]|\b(?:who|which|that|whom|whose)\b", between):
        return False
    if _new_clause(text[: found[-1].start()], between):
        return False
    phrase = between.rstrip(" “\"'‘,")
    if between.rstrip(" “\"'‘").endswith(",") and "," not in phrase:
        return True  # "attributed to X online, “...”": the quote names the words
    speaker_words = set((quote.speaker or "").split()) | set((quote.actor or "").split())
    return "," not in between and not speaker_words.isdisjoint(re.findall(r"[\w-]+", between))


def _new_clause(before: str, between: str) -> bool:
    """Whether a conjunction between "attributed to X" and the quote opens a clause of
    its own, which the hearsay does not govern ("The ambush was attributed to his
    fighters but Njoroge called it “...”"): the participle is its clause's verb (a
    passive: "was attributed"), so what a conjunction joins to it is a clause; or a
    subject pronoun follows the conjunction ("... and she called it"). In "a post
    attributed to X and Y called it “...”" the participle only describes the post, and
    "and" joins the names."""
    joins = list(_clause_word_re().finditer(between))
    if not joins:
        return False
    if re.search(rf"\b(?:{alternation(words()['passive'])})(?:\s+\w+ly)?\s*$", before, re.I):
        return True
    pronouns = words()["subject_pronouns"]
    return any(next(iter(between[join.end() :].lower().split()), "") in pronouns for join in joins)


@cache
def _clause_word_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['clause_words'])})\b", re.I)


@cache
def _hearsay_re() -> re.Pattern[str]:
    participles = alternation(words()["hearsay_participles"])
    return re.compile(rf"\b(?:{participles})\s+to\b", re.I)


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
    nouns = alternation([*w["rumour_nouns"], *w["remark_nouns"]])
    false = alternation(w["falsity_phrases"])
    reported = alternation(w.speech)
    # a verdict reported ("The federation said the quote was fabricated") as well as in
    # the story's own voice, on a rumour's or a remark's noun
    return re.compile(
        rf"(?:[^.;:“”\"]{{1,80}}?\s(?:{reported})\s+(?:that\s+)?)?"
        rf"(?i:the|this|that)\s+(?P<noun>{nouns})\s+(?:is|was)\s+(?:also\s+)?(?:{false})\b"
    )
