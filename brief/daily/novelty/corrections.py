"""What an earlier brief showed that today's reports take back (a quote its speaker
denies) or correct (a count "not three as first reported"): told to the reader as a
notice, since a note under Sources alone does not say that what he read no longer stands.
When in doubt, no notice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.daily.novelty.already_sent import fold
from brief.daily.novelty.recognition import recognise
from brief.daily.state import State
from brief.extract.lexicon import number_words, words
from brief.models import (
    Briefing,
    Mention,
    Withdrawn,
    text_key,
)
from brief.rank.coverage import content_stems

# Content words a run of words taken back needs to be that quote sent, not a phrase
# anyone may say ("the election was rigged" is a claim many repeat).
WITHDRAWN_WORDS = 3


def withdrawn_since(
    briefing: Briefing,
    earlier: Sequence[str],
    shown: frozenset[str],
    language: str = "english",
) -> tuple[Withdrawn, ...]:
    """The words an earlier brief showed (`earlier`: folded, as `seen` keeps them; `shown`:
    text_key of the sentences its quote, timeline and key-figure rows came from,
    `State.rows_before`) that a source of today's takes back (`pipeline.retracted`: an
    editor's note, a denial): the reader was sent them, and a note under Sources alone
    does not tell him that what he read yesterday no longer stands (r58 #3). Only words of
    WITHDRAWN_WORDS content words and more, from a sentence shown that names their
    speaker as today's text does: "Ruiz denied saying “the vote was rigged”" takes back
    Ruiz's words, not those of an opposition leader who said the vote was rigged. When in
    doubt, no notice: the sources' own retraction stays in the pipeline's hands."""
    from brief.pipeline.retracted import taken_back

    quoted = [f" {text} " for text in earlier if text_key(text) in shown]
    if not quoted:
        return ()
    taken = taken_back(briefing.sources, briefing.sentences)
    found = []
    for run, (written, source) in taken.told.items():
        folded = fold(written)
        speakers = taken.by.get(run, frozenset())
        if not speakers or len(content_stems(folded, language)) < WITHDRAWN_WORDS:
            continue
        padded = f" {folded} "
        if any(
            padded in text and not speakers.isdisjoint(text.replace(padded, " ").split())
            for text in quoted
        ):
            found.append(Withdrawn(written, source))
    return tuple(found)


def corrected_since(
    briefing: Briefing, state: State, today: str, language: str = "english"
) -> tuple[Withdrawn, ...]:
    """The counts an earlier day's brief showed (a bullet or a row) that a report of
    today's, in the same story, says were wrong: "four of its workers, not three as first
    reported" beside yesterday's "abducted three oil workers". Today's bullet of four had
    read as a fourth worker taken in a new attack, and the sentence that said it was a
    correction was no bullet (r65 F5). The notice quotes the words shown and the
    sentence that corrects them, as a retraction's does (`withdrawn_since`). The same
    story is the remembered one today's story takes the id of, and the words one of its
    sentences, shown before, that give the earlier count of a noun the correction
    counts (a noun's stem in common within COUNTED_REACH words after the number), and not
    the corrected one. When in doubt, no notice."""
    by_source: dict[int, list[tuple[str, float, float, frozenset[str]]]] = {}
    for record in briefing.sentences:
        for found in _corrections(record.text, language):
            by_source.setdefault(record.source, []).append(found)
    if not by_source:
        return ()
    recognised, _ = recognise(briefing, state, today, language)
    earlier_days = [rec for day, rec in state.briefs.items() if day < today]
    shown = {k for rec in earlier_days for k in rec.sentences} | state.rows_before(today)
    earlier = [text for text in state.seen_before(today) if text_key(text) in shown]
    notices: dict[str, Withdrawn] = {}
    for story in recognised.stories:
        known = state.stories.get(story.id)
        if known is None:
            continue
        keys = set(known.keys)
        told = [text for text in earlier if text_key(text) in keys]
        for number in story.sources:
            for text, value, was, nouns in by_source.get(number, ()):
                for sent in told:
                    words_shown = _count_of(sent, was, nouns, language)
                    if words_shown and not _count_of(sent, value, nouns, language):
                        notices.setdefault(words_shown, Withdrawn(words_shown, number, text))
    return tuple(notices.values())


# How many words after a number its noun may come ("three oil workers", "four of its workers").
COUNTED_REACH = 3


def _corrections(text: str, language: str) -> list[tuple[str, float, float, frozenset[str]]]:
    """The corrections of a count the sentence gives (earlier_counts.revised_from: ", not
    three as first reported"): the sentence, the count, the earlier count and the stems
    of the nouns after the number ("four of its workers": {"worker"})."""
    from brief.extract.figures.earlier_counts import revised_from
    from brief.extract.figures.number_reading import value_of

    found = _corrected_to(text, language)
    if ", not " not in text and "more than" not in text and "fewer than" not in text:
        return found
    for number in _number().finditer(text):
        value = value_of(number[0])
        if value is None:
            continue
        end = text.find(",", number.end())
        figure = text[number.start() : end if end > 0 else len(text)]
        was = revised_from(text, figure, value)
        after = fold(figure).split()[1 : 1 + COUNTED_REACH]
        nouns = content_stems(" ".join(after), language)
        if was is not None and was != value and nouns:
            found.append((text, value, was, frozenset(nouns)))
    return found


def _corrected_to(text: str, language: str) -> list[tuple[str, float, float, frozenset[str]]]:
    """A count the sentence says was corrected to another (words.toml's correcting_verbs,
    then "to" and the count: "Initial reports had spoken of five dead, a figure officials
    later corrected to three"): the sentence, the new count, the count before it with
    the stems of its nouns. A count of casualties ("five dead") is of the people the
    earlier brief may have counted in any casualty word ("five people were killed"), so
    its nouns are all of them (see _casualty_stems)."""
    from brief.extract.figures.number_reading import value_of

    verb = _correcting().search(text)
    if verb is None:
        return []
    after = _number().match(text, verb.end())
    new = value_of(after[0]) if after else None
    if new is None:
        return []
    found = []
    for number in _number().finditer(text, 0, verb.start()):
        was = value_of(number[0])
        if was is None or was == new:
            continue
        nouns = frozenset(
            content_stems(" ".join(fold(text[number.end() :]).split()[:COUNTED_REACH]), language)
        )
        for kind in _casualty_kinds(language):
            if nouns & kind:
                nouns |= kind
        if nouns:
            found.append((text, new, was, nouns))
    return found


@cache
def _correcting() -> re.Pattern[str]:
    """A correcting verb and the "to" after it ("corrected to ")."""
    verbs = "|".join(sorted(words()["correcting_verbs"], key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs}) to ", re.IGNORECASE)


@cache
def _casualty_kinds(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of words.toml's casualties of the dead ("dead", "killed") and of the hurt
    (hurt_words): a count of one kind is of the people any word of its kind counts, never
    of the other kind ("five dead" is not "five injured")."""
    hurt = set(words()["hurt_words"])
    dead = set(words()["casualties"]) - hurt
    return (
        frozenset(content_stems(" ".join(sorted(dead)), language)),
        frozenset(content_stems(" ".join(sorted(hurt)), language)),
    )


def _count_of(folded: str, value: float, nouns: frozenset[str], language: str) -> str:
    """The words of a count of `value` of one of `nouns` in a folded sentence ("three oil
    workers"), or ""."""
    from brief.extract.figures.number_reading import value_of

    tokens = folded.split()
    for n, token in enumerate(tokens):
        if not _number().fullmatch(token) or value_of(token) != value:
            continue
        for end in range(n + 2, min(len(tokens), n + 1 + COUNTED_REACH) + 1):
            if content_stems(tokens[end - 1], language) & nouns:
                return " ".join(tokens[n:end])
    return ""


@cache
def _number() -> re.Pattern[str]:
    """A count as written: digits, or a number's word ("three", "dozen")."""
    spelled = "|".join(sorted(number_words(), key=len, reverse=True))
    return re.compile(rf"\b(?:\d[\d,.]*\d|\d|(?i:{spelled}))\b")


def shown_headlines(briefing: Briefing) -> frozenset[str]:
    """The headlines (folded) of the articles a bullet or a row of the brief came from:
    what a wire's kill notice of one of them withdraws from its reader's picture."""
    from brief.daily.novelty.already_sent import shown_bullets
    from brief.ingest.notices import fold_headline

    cited = {
        m.source
        for bullet in shown_bullets(briefing)
        for m in bullet.cited or (Mention(bullet.source, bullet.index),)
    }
    cited |= {m.source for quote in briefing.quotes for m in quote.sentences}
    cited |= {event.sentence.source for event in briefing.timeline}
    cited |= {figure.sentence.source for figure in briefing.figures}
    found = {fold_headline(s.title or "") for s in briefing.sources if s.number in cited}
    return frozenset(found - {""})


def taken_back_whole(briefing: Briefing, state: State, today: str) -> tuple[Withdrawn, ...]:
    """What an earlier brief told that a wire takes back whole (pipeline.versions): a
    story its kill notice withdraws, when an earlier brief told a story under the headline
    the notice names ("An earlier brief told the story “...”; source 9, the wire's kill
    notice, withdraws it"; or one an earlier brief showed a bullet or row of, `shown_headlines`),
    and the words a corrected version of a wire's story says were
    wrong, when an earlier brief showed them in the sentence the version now gives
    corrected (`_corrected_words`). The day's own earlier brief counts: the 05:00 mail
    gave the vote count that the wire corrected at 05:20 (r68 F3). Only a headline the
    notice names, and only words its note gives: when in doubt, no notice."""
    from brief.ingest.notices import fold_headline, kills_of

    own = state.day(today)
    records = [rec for day, rec in state.briefs.items() if day < today]
    if own is not None and own.built:
        records.append(own)
    titles = {fold_headline(t.title) for rec in records for t in rec.told}
    titles |= {headline for rec in records for headline in rec.headlines}
    titles |= {fold_headline(s.title) for s in state.stories.values() if s.first_seen <= today}
    titles.discard("")
    shown = {k for rec in records for k in (*rec.sentences, *rec.rows)}
    earlier = [t for rec in records for t in rec.seen if text_key(t) in shown]
    notices: dict[tuple[str, str], Withdrawn] = {}
    for source in briefing.sources:
        for kill in kills_of(source.notes):
            for headline in kill.headlines:
                if fold_headline(headline) in titles:
                    notices.setdefault(
                        ("story", fold_headline(headline)),
                        Withdrawn(headline, source.number, kill.sentence, kind="story"),
                    )
        own_text = [s.text for s in briefing.sentences if s.source == source.number]
        for note in source.notes:
            found = _corrected_words(note)
            if found is None or not own_text:
                continue
            right, wrong = found
            corrected = next(
                (
                    new
                    for new in own_text
                    if any(_corrects(old, fold(new), right, wrong) for old in earlier)
                ),
                None,
            )
            if corrected is not None:
                # the note, and the sentence as the version now gives it: a one-source
                # story whose lede was sent may show it as no bullet
                notices.setdefault(
                    ("version", fold(wrong)),
                    Withdrawn(
                        wrong,
                        source.number,
                        f"{note.strip(' ()').rstrip('.')}: {corrected}",
                        kind="version",
                    ),
                )
    return tuple(notices.values())


# How a wire's correction note gives the right words and the wrong ones: "(Corrects name of
# minister in paragraph 4 to Lena Marosh, not Anton Keller)", "(Corrects figure to 50
# million from 500 million in paragraph 3)", "... to 97-61 instead of 79-61".
_RIGHT_NOT_WRONG = re.compile(
    r"\bto\s+(?P<right>[^,;()]+?),?\s+(?:not|from|instead\s+of|rather\s+than)\s+"
    r"(?P<wrong>[^,;()]+?)(?=\s+in\s+(?:the\s+)?(?:paragraph|para|graf|headline|lead|lede)\b"
    r"|\s*[,;)]|\s*\.?\s*\Z)",
    re.IGNORECASE,
)


def _corrected_words(note: str) -> tuple[str, str] | None:
    """The right words and the wrong ones a wire's correction note gives, if it is one
    (words.toml's correcting_verbs opening it: "Corrects ..."), else None."""
    opening = re.match(r"[\s(\[*_]*(\w+)", note)
    if opening is None or opening[1].casefold() not in words()["correcting_verbs"]:
        return None
    found = _RIGHT_NOT_WRONG.search(note)
    if found is None:
        return None
    right, wrong = found["right"].strip(), found["wrong"].strip(" .")
    if not fold(right) or not fold(wrong) or fold(right) == fold(wrong):
        return None
    return right, wrong


# The share of their other words two sentences must have in common for one to be the
# other with the corrected words changed.
SAME_OTHERWISE = 0.8


def _corrects(old: str, new: str, right: str, wrong: str) -> bool:
    """Whether `new` (folded) is `old` (folded, a sentence shown) with the wrong words
    changed to the right ones: `old` holds the wrong words, `new` the right ones, and
    their other words are much the same (SAME_OTHERWISE)."""
    before, after = _holding(old, fold(wrong)), _holding(new, fold(right))
    if before is None or after is None:
        return False
    rest_old = set(old.split()) - set(before)
    rest_new = set(new.split()) - set(after)
    union = rest_old | rest_new
    return bool(union) and len(rest_old & rest_new) >= SAME_OTHERWISE * len(union)


def _holding(text: str, words_: str) -> list[str] | None:
    """The tokens of `text` that give `words_` (both folded): the same words in a row, or,
    for figures alone ("79 61" of "79-61"), the same figures in order with at most a word
    between each ("79 to 61"); None where it does not give them."""
    tokens, wanted = text.split(), words_.split()
    if not all(w.isdigit() for w in wanted):
        padded = f" {text} "
        return wanted if f" {words_} " in padded else None
    for start, token in enumerate(tokens):
        if token != wanted[0]:
            continue
        at, found = start, [token]
        for figure in wanted[1:]:
            ahead = tokens[at + 1 : at + 3]
            if figure not in ahead:
                break
            at += 1 + ahead.index(figure)
            found.append(figure)
        if len(found) == len(wanted):
            return found
    return None
