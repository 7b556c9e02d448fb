"""What is new since the previous brief: bullets, and stories across days.

What was sent is every sentence of the articles an earlier brief was made from, printed
or not: the reader was told that story, and the same article tomorrow (or another outlet's
copy of it) is not news. A sentence is identified by `text_key` (case, punctuation and
spacing folded), and a re-typed copy by the dedupe stage's test (word 3-shingles, Jaccard
>= 0.7), so an outlet re-typing a sentence, or dropping two words of it, does not make it
new. Nothing a brief prints repeats what was sent: not its bullets, and not the rows of
its quotes, timeline and key figures either. A story is recognised tomorrow by
what it is made of, not by its headline: it shares sentences with a remembered story
(an article republished again is the same story), or its most distinctive terms
(names, places, rare words) overlap strongly with a remembered story's. Both survive
a story's headline changing as it develops, and neither needs the pipeline's ids,
which are derived from the day's content and so change when the story does.

A developing story keeps the section its reader met it in: a cold wave's third day that
no longer says "homeless" is still the humanitarian story of days one and two, and a
visit that mentions a war once is not military news. It moves only when today's reports
are decisively another section's: no lead of them (headline, opening sentences) states
the kept section's event any more, and today's sentences (its day's news: no line sent
before, none counted twice) weigh clearly more (SECTION_SWITCH times) for another section
than for the kept one. A strike's second day is told with force words (killed, fired,
torched) and weighs for Military, but its headline still names the strike: the reader
follows it under Protests (r65 F14); a protest that turned into an armed clash no longer
leads with protesters. A story that continues
stories shown in several sections keeps the one of them its day weighs most for.
"""

from __future__ import annotations

import calendar
import dataclasses
import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, lru_cache

from brief.classify import OTHER, classify
from brief.classify.articles import LEAD_SENTENCES
from brief.compose.digest import is_digest, order_stories, reported
from brief.compose.leads import can_lead
from brief.compose.titles import labelled_as_copy, names_a_document
from brief.daily.state import MAX_STORY_KEYS, State, StoryRecord
from brief.dedupe import group_duplicates
from brief.extract import lexicon
from brief.extract.figures.notation import YEAR_RE
from brief.extract.lexicon import gazetteer, number_words, unaccented, word_codes, word_values
from brief.inflection import inflection_key
from brief.models import (
    Briefing,
    Bullet,
    Classification,
    Figure,
    Mention,
    Section,
    Sentence,
    SentenceRecord,
    Story,
    StoryStatus,
    Withdrawn,
    text_key,
)
from brief.profiles import Profile
from brief.rank.coverage import content_stems
from brief.rank.text import lowered_words, stemmer, stop_words, terms, words
from brief.stories.similarity import general_shares
from brief.stories.texts import news_stop_words

SIGNATURE_SIZE = 12  # terms kept per story
RARE_SHARE = 1e-3  # a word general English uses in fewer texts is as rare as a name
NAME_WEIGHT = 3  # a name or headline word counts as this many sentences
# Measured by tools/eval_crossday.py (each labelled pile of ../shared/eval/stories briefed
# as two days, half A for tuning): weighing terms by rarity, and asking more of a shared
# sentence, took half A from 47 of 71 continued stories linked with 10 false links to 53
# with 5, half B from 55 of 80 with 19 to 50 with 7, and the blind two-day set
# (tools/data/crossday) from 5 of 11 to 8, with none false either way.
SIGNATURE_MATCH = 1 / 3  # share of the smaller signature's rarity both must hold
MIN_SHARED_TERMS = 4  # and never fewer terms than this
# A story's event terms: its EVENT_TERMS most telling words that it never writes as a
# name (what happened: "quake", "tanker", "ambush"), by how many of its sentences use
# them and their rarity. A story known again by its signature must share one of them
# with the remembered story (see _same_event). Measured by tools/eval_crossday.py: 12
# left two Multi-News follow-ups new (a documentary on a murder case, a conspiracy
# theorist's death) and one false link fewer; 18 left one new; 24 none, and no false link
# more than without the test.
EVENT_TERMS = 24
PROOF_TERMS = 2  # terms two signatures share for a shared sentence to prove one story
# A report of a story of several, read alone, that holds less of a remembered story's
# signature than this (rarity, as SIGNATURE_MATCH) has nothing of it; when such reports
# outnumber the rest, the story is another event (see _another_event). Measured on r51's
# trial and tools/eval_crossday.py: the strike reports held 0, 0 and 0.08 of the drills'
# signature (a "Black Sea" both name), multiling's Olympic-torch follow-ups 0.07-0.42 of
# the torch story's and its Abu Ghraib reports 0.20-0.36 of theirs. (Those shares were
# measured with event terms counted; `_stranger` now leaves them out, which can only
# lower a share, and eval_crossday did not move.)
STRANGER_SHARE = 0.1
# A developing story moves from the section it was shown in only when today's sentences
# weigh this many times more for another one (negative cues and all).
SECTION_SWITCH = 2.0


def all_bullets(briefing: Briefing) -> Iterator[Bullet]:
    if briefing.bottom_line:
        yield briefing.bottom_line
    yield from briefing.summary
    for section in briefing.sections:
        yield from section.bullets
    for story in briefing.stories:
        yield from story.bullets


def bullet_keys(briefing: Briefing) -> frozenset[str]:
    return frozenset(text_key(b.text) for b in all_bullets(briefing))


def shown_bullets(briefing: Briefing) -> list[Bullet]:
    """The bullets a reader of the brief sees: a digest's stories told in full, else the
    bottom line and the sections. What "new" is judged against: the JSON's top-level
    summary of a digest is printed nowhere, and a late rebuild had marked a story's
    bullet old for being there in the morning (while marking new the summary's own)."""
    if is_digest(briefing.stories):
        return [b for story in reported(briefing.stories) for b in story.bullets]
    bottom = [briefing.bottom_line] if briefing.bottom_line else []
    return [*bottom, *(b for section in briefing.sections for b in section.bullets)]


def shown_keys(briefing: Briefing) -> frozenset[str]:
    return frozenset(text_key(b.text) for b in shown_bullets(briefing))


def mark_new(
    briefing: Briefing,
    previous: frozenset[str] | None,
    read_before: frozenset[str] = frozenset(),
    stale: frozenset[int] = frozenset(),
) -> Briefing:
    """Flag bullets not in the previous brief, whose sentence was in none of the articles
    it was built from (`read_before`: their sentences, folded), and that some report not
    older than that brief gives (`stale`: the sources that are, dating.stale_sources). A
    late article rebuilds the day's brief, and its ranking may pick another of the
    morning's sentences: that is no news, and the late article's own points are the new
    ones (r38 had seen the subject count three "new" points from the morning's articles).
    With no previous brief there is nothing to compare with, so nothing is marked."""
    if previous is None:
        return briefing

    def mark(bullet: Bullet) -> Bullet:
        fresh = text_key(bullet.text) not in previous and fold(bullet.text) not in read_before
        given = {m.source for m in bullet.cited or (Mention(bullet.source, bullet.index),)}
        return dataclasses.replace(bullet, new=fresh and not given <= stale)

    return dataclasses.replace(
        briefing,
        bottom_line=mark(briefing.bottom_line) if briefing.bottom_line else None,
        summary=tuple(mark(x) for x in briefing.summary),
        sections=tuple(
            Section(s.key, s.title, tuple(mark(x) for x in s.bullets)) for s in briefing.sections
        ),
        stories=tuple(
            dataclasses.replace(s, bullets=tuple(mark(x) for x in s.bullets))
            for s in briefing.stories
        ),
    )


# -- what was sent --------------------------------------------------------------------------


def fold(text: str) -> str:
    """A sentence as `text_key` reads it (its words, case folded), kept as text so that
    tomorrow's re-typed copy can be matched by its shingles; text_key(fold(t)) == text_key(t)."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def seen(briefing: Briefing) -> tuple[str, ...]:
    """Every sentence of the articles a brief was made from, folded: what it sent."""
    return tuple(dict.fromkeys(fold(s.text) for s in briefing.sentences))


def near_sent(
    briefing: Briefing, earlier: Sequence[str], language: str = "english"
) -> frozenset[str]:
    """Keys of the brief's sentences that repeat one sent earlier (`earlier`: folded
    sentences) by the dedupe stage's test, so a re-typed copy is not news either; or that
    one sent earlier holds word for word (`_held_in`): a part of it ("“It's almost done.”"
    of yesterday's longer quote, which another outlet split) tells nothing new; or that
    state a fact sent earlier in other words (`_told_before`). A copy giving a figure the
    one sent did not is news."""
    if not earlier or not briefing.sentences:
        return frozenset()
    told = {text_key(s.text) for s in _told_before(earlier, briefing.sentences, language)}
    # Only an earlier sentence sharing a shingle with today's can be a copy: weeks of
    # sentences shrink to the few worth grouping.
    ours = {g for s in briefing.sentences for g in _shingles(fold(s.text))}
    likely = [t for t in earlier if not ours.isdisjoint(_shingles(t))]
    known = [Sentence(text, 0, n, 0) for n, text in enumerate(likely, 1)]
    # folded as what was sent is: "1,200" kept as "1 200" is one figure on both sides
    today = [Sentence(fold(s.text), s.source, s.index, 0) for s in briefing.sentences]
    found: set[str] = set()
    for group in group_duplicates([*known, *today]):
        if group[0] < len(known):  # the kept one of the group was sent
            copies = (today[i - len(known)] for i in group if i >= len(known))
            given = _numbers(likely[group[0]])
            found.update(text_key(s.text) for s in copies if _numbers(s.text) <= given)
    found.update(text_key(s.text) for s in _held_in(likely, today))
    return frozenset(found | told)


# Content words, beside the same figures, that make another outlet's sentence one fact
# already sent: one shared word is no proof across days ("34 people were killed in Gaza"
# is not "34 aid trucks entered Gaza").
SAME_FACT_STEMS = 3
# And the share of its content words the sent sentence must hold: a sentence that says
# mostly what was not sent tells a new event that recalls the old fact ("an appeals
# court on Friday upheld the 60-day detention ..., rejecting her lawyers' argument"
# after "a court ordered her held for 60 days", r54: 6 of its 19 words), where another
# outlet's wording of the fact adds a word or two (the Taiwan report below: 6 of 7).
SAME_FACT_SHARE = 0.5


def _told_before(
    earlier: Sequence[str], today: Sequence[SentenceRecord], language: str
) -> Iterator[SentenceRecord]:
    """Today's sentences whose figures (years aside; a count spelled out, "three", is the
    figure "3": `_folded_figures`) a sentence sent earlier gave, all of
    them, with SAME_FACT_STEMS content words beside them and most of its own
    (SAME_FACT_SHARE): another outlet's wording of a fact told ("Taiwan said Monday it had
    detected 34 Chinese military aircraft and nine warships ... in 24 hours" after "... 34
    Chinese military aircraft and nine navy vessels around Taiwan over the preceding 24
    hours"), not news; one that gives a figure the sent one did not is, and so is one that
    tells a new event beside the figure (an appeal's ruling on a detention sent). Both
    sides folded alike (`earlier` is kept folded). News writes small counts in words, and
    a release's "three of its drivers were killed" after a wire's "raising the number of
    drivers killed to three" had gone out as New the next day (r59 S2-9)."""
    giving: dict[str, list[int]] = {}  # a figure -> the earlier sentences that give it
    figures_of = [_folded_figures(text) for text in earlier]
    for n, figures in enumerate(figures_of):
        for figure in figures:
            giving.setdefault(figure, []).append(n)
    for sentence in today:
        folded = fold(sentence.text)
        figures = _folded_figures(folded)
        if not figures:
            continue
        stems = {
            w
            for w in content_stems(folded, language)
            if not w[:1].isdigit() and w not in number_words()
        }
        for n in giving.get(min(figures), ()):
            # "twelve of the 34" after "34": news
            told = (
                figures <= figures_of[n]
                and not _other_occasion(folded, earlier[n])
                and _events_held(folded, earlier[n], language)
            )
            held = len(stems & content_stems(earlier[n], language)) if told else 0
            if held >= max(SAME_FACT_STEMS, SAME_FACT_SHARE * len(stems)):
                yield sentence
                break


def _events_held(today: str, sent: str, language: str) -> bool:
    """Whether a folded sentence sent before holds what today's says happened: each of
    its events (`_events`: a verb and its object, "have demanded a ransom"), the verb in
    any of its forms ("the kidnapping of seven crew" holds "were kidnapped"). Words a
    story stands on (the ship, the crew, the owner who speaks) are any of its reports';
    "the kidnappers of seven crew members from the tanker X have demanded a ransom, the
    owner said" shares them all with "seven crew members were kidnapped from the tanker
    X, its owner said", and tells the day's news."""
    held = {inflection_key(word) for word in sent.split()}
    return all(
        verb in held and (thing is None or thing in held)
        for verb, thing in _events(today, language)
    )


def _events(folded: str, language: str) -> Iterator[tuple[str, str | None]]:
    """The events a folded sentence tells, each as the key of its verb (the first
    content word after the words that open a verb phrase, "have", "were", "will", and
    the adverbs between: "were again kidnapped") and of its object's first word past a
    determiner or count ("demanded a ransom", "detected 34 chinese aircraft"), None when
    none stands there. A verb of saying with no object tells what was said, no event
    ("had said that", "would not say how"); with one it is one ("demanded a ransom").
    A finite verb with no opener ("kidnapped six crew") is not read: brief has no parser,
    and a sentence with none is judged by its words as before."""
    lists = lexicon.words()
    openers, determiners = lists["subjectless_openers"], lists["determiners"]
    stop, spelled = stop_words(language), number_words()
    tokens = folded.split()
    k = 0
    while k < len(tokens):
        if tokens[k] not in openers:
            k += 1
            continue
        j = k + 1
        while (
            j < len(tokens)
            and tokens[j] not in lists.speech  # "say" is a stop word of the summariser's
            and (tokens[j] in stop or tokens[j] in openers or tokens[j].endswith("ly"))
        ):
            j += 1
        k = j + 1
        if j >= len(tokens) or tokens[j].isdigit() or tokens[j] in spelled:
            continue
        m = j + 1
        while m < len(tokens) and (
            tokens[m] in determiners or tokens[m].isdigit() or tokens[m] in spelled
        ):
            m += 1
        thing = tokens[m] if m < len(tokens) and tokens[m] not in stop else None
        if thing is None and tokens[j] in lists.speech:
            continue
        yield inflection_key(tokens[j]), inflection_key(thing) if thing else None


# Words either side of a count that an adverb of repeat ("were again kidnapped") may
# stand within; a marker of repeat stands next to it ("three more", "another three").
REPEAT_REACH = 3
# Words between a verb of saying and its day ("said on Tuesday", "told reporters on
# Tuesday"), or, the day opening the sentence, between the day and the verb ("On Tuesday
# the army said ...").
SAYING_REACH = 3


def _other_occasion(today: str, sent: str) -> bool:
    """Whether a folded sentence of today's tells another event than a folded sentence
    sent before with its counts: it names a day or date that one does not, where that
    one names its own ("killed near Gao on Wednesday" after "... on Monday"), or a word of
    repeat stands by one of its counts where none stands by the sent one's ("two more
    soldiers were killed"). The same count is then a new event's: news, not a fact
    retold. The day of a saying ("the army said on Tuesday that ...") is no event's."""
    ours, theirs = _days_named(today), _days_named(sent)
    if theirs and not ours <= theirs:
        return True
    return _repeated_count(today) and not _repeated_count(sent)


def _days_named(folded: str) -> frozenset[str]:
    """The weekdays and dates (a month with its day: "march 3", "3 march") a folded
    sentence names as the day of what it tells, not of its saying."""
    tokens = folded.split()
    days = set()
    for start, end, day in _day_spans(tokens):
        if not _of_saying(tokens, start, end):
            days.add(day)
    return frozenset(days)


def _day_spans(tokens: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """Each weekday or date of the tokens: where it starts, ends, and the day it names."""
    for k, token in enumerate(tokens):
        if token in _weekdays():
            yield k, k + 1, token
        elif token in _months():
            if k + 1 < len(tokens) and _DAY.fullmatch(tokens[k + 1]):
                yield k, k + 2, f"{token} {int(tokens[k + 1])}"
            elif k > 0 and _DAY.fullmatch(tokens[k - 1]):
                yield k - 1, k + 1, f"{token} {int(tokens[k - 1])}"


def _of_saying(tokens: Sequence[str], start: int, end: int) -> bool:
    """Whether the day at tokens[start:end] is the day a verb of saying was done: the
    verb just before it ("said on tuesday"), or the day opening the sentence with the
    verb just after it ("on tuesday the army said"). A day that ends the telling ("killed
    12 on monday the army said") is the event's."""
    speech = lexicon.words().speech
    if not speech.isdisjoint(tokens[max(0, start - SAYING_REACH) : start]):
        return True
    opening = start == 0 or (start == 1 and tokens[0] == "on")
    return opening and not speech.isdisjoint(tokens[end : end + SAYING_REACH + 1])


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(d.lower() for d in calendar.day_name)


@cache
def _months() -> frozenset[str]:
    return frozenset(m.lower() for m in calendar.month_name if m)


_DAY = re.compile(r"\d{1,2}")


def _repeated_count(folded: str) -> bool:
    """Whether a word of repeat stands next to a count ("three more", "another three",
    not "more than three"), or an adverb of repeat within REPEAT_REACH words of it."""
    tokens = folded.split()
    markers = lexicon.words()["repeat_markers"]
    adverbs = lexicon.words()["repeat_adverbs"]
    spelled = number_words()
    for k, token in enumerate(tokens):
        if not (token.isdigit() or token in spelled):
            continue
        before, after = tokens[max(0, k - 1) : k], tokens[k + 1 : k + 2]
        if not markers.isdisjoint(before):
            return True  # "another three", "a further 12"
        if not markers.isdisjoint(after) and tokens[k + 2 : k + 3] != ["than"]:
            return True  # "three more", not "40 more than last year"
        if not adverbs.isdisjoint(tokens[max(0, k - REPEAT_REACH) : k + REPEAT_REACH + 1]):
            return True  # "three engineers were again kidnapped"
    return False


# A figure as folding leaves it: the digit groups of "7,500" and "34.8" become "7 500"
# and "34 8", so a run of them is one figure ("7 500" is not "4 500", nor "34 8" "34 2").
_FOLDED_FIGURE = re.compile(r"\b\d+(?: \d+)*\b")


def _folded_figures(folded: str) -> frozenset[str]:
    """The figures of a folded sentence, each whole, years aside, and each count it
    spells out as the figure it stands for ("three" is "3"): one count, however an
    outlet writes it."""
    digits = {f for f in _FOLDED_FIGURE.findall(folded) if not YEAR_RE.fullmatch(f)}
    values = _spelled_counts()
    return frozenset(digits.union(values[w] for w in folded.split() if w in values))


@cache
def _spelled_counts() -> Mapping[str, str]:
    """Each number word ([values.number_words]) with its figure as folding writes it."""
    return {word: f"{value:g}" for word, value in word_values("number_words").items()}


def _held_in(earlier: Sequence[str], today: Sequence[Sentence]) -> Iterator[Sentence]:
    """Today's sentences that one earlier sentence holds word for word, in order ("“It's
    almost completely in order.”" of yesterday's "“Now the house is almost done. It's
    almost completely in order,” she said"). Only so: a sentence one word apart ("found
    alive", "found dead"; "would not raise taxes", "would raise taxes") is news."""
    index: dict[str, list[int]] = {}
    for n, text in enumerate(earlier):
        for shingle in set(_shingles(text)):
            index.setdefault(shingle, []).append(n)
    for sentence in today:
        folded = fold(sentence.text)
        first = _shingles(folded)[0] if folded else ""
        if any(f" {folded} " in f" {earlier[n]} " for n in index.get(first, ())):
            yield sentence


def _numbers(text: str) -> set[str]:
    """The figures a sentence gives: a copy that changes one ("rose to 229", not 200)
    is news, however many of its words it shares."""
    return set(_NUMBER.findall(text))


_NUMBER = re.compile(r"\d+")


def _shingles(folded: str) -> list[str]:
    """Word 3-shingles of a folded sentence (the whole of a shorter one), as dedupe reads it."""
    found = folded.split()
    return [" ".join(found[i : i + 3]) for i in range(max(1, len(found) - 2))]


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

    if ", not " not in text and "more than" not in text and "fewer than" not in text:
        return []
    found = []
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


def without_sent(
    briefing: Briefing,
    sent: frozenset[str],
    earlier: Sequence[str] = (),
    language: str = "english",
) -> Briefing:
    """The brief's quotes, timeline and key figures without the rows that come from a
    sentence already sent: the pipeline keeps sent sentences out of the bullets, and
    extraction reads every sentence. Nor a key figure whose count an earlier day's
    sentence gave (`earlier`: folded, as `seen` keeps them; see `sent_figures`), nor a
    quote an earlier day's sentence holds word for word (`_held_in`: "On Tuesday, X had
    said: “...”" recalls Tuesday's quote, which was sent then, r58 #3)."""
    if not sent and not earlier:
        return briefing
    old = {(s.source, s.index) for s in briefing.sentences if text_key(s.text) in sent}
    told = sent_figures(briefing, earlier, language)
    quoted = [Sentence(fold(q.text), 0, n, 0) for n, q in enumerate(briefing.quotes)]
    quoted = [q for q in quoted if len(q.text.split()) >= HELD_QUOTE_WORDS]
    recalled = {q.index for q in _held_in(earlier, quoted)}

    def fresh(mentions: Sequence[Mention]) -> bool:
        return not any((m.source, m.index) in old for m in mentions)

    return dataclasses.replace(
        briefing,
        quotes=tuple(
            q for n, q in enumerate(briefing.quotes) if fresh(q.sentences) and n not in recalled
        ),
        timeline=tuple(e for e in briefing.timeline if fresh((e.sentence,))),
        figures=tuple(
            f for k, f in enumerate(briefing.figures) if fresh((f.sentence,)) and k not in told
        ),
    )


# Words a quote needs for an earlier sentence holding it to be that quote sent, not a
# phrase any report may use ("we will", "not now").
HELD_QUOTE_WORDS = 4


def sent_figures(
    briefing: Briefing, earlier: Sequence[str], language: str = "english"
) -> frozenset[int]:
    """The positions of the key figures whose count an earlier day's sentence gave, with
    SAME_FACT_STEMS content words of the figure's sentence besides the figure's own
    (what, where, when: "ambush", "Kaya-Dori", "Monday"): a count sent
    yesterday and recalled today ("The evacuation follows Monday's ambush ..., in which
    at least nine people were killed" after Monday's "killing at least nine people")
    is no key figure of today's, whichever story today's sentence is filed under (r49 M4:
    it had been shown again under another story's title). Its sentence stays (its news
    is the evacuation); a count that differs ("the toll has risen to 12") is news."""
    from brief.extract.figures import find_figures, same_count

    if not earlier or not briefing.figures:
        return frozenset()
    texts = {(s.source, s.index): s.text for s in briefing.sentences}
    counting = [t for t in earlier if _may_count(t)]
    stems_of: dict[str, frozenset[str]] = {}
    figures_of: dict[str, tuple[Figure, ...]] = {}  # each earlier sentence's, read once
    found = set()
    for k, figure in enumerate(briefing.figures):
        text = texts.get((figure.sentence.source, figure.sentence.index))
        if text is None or figure.kind == "date" or figure.value is None:
            continue
        # the words around the count: its own ("kidnapped two engineers") are any
        # kidnapping's, and another pair kidnapped tomorrow is news
        ours = content_stems(fold(text), language) - content_stems(fold(figure.text), language)
        for told in counting:
            if _other_occasion(fold(text), told):  # "two more" on another day: news
                continue
            if told not in stems_of:
                stems_of[told] = content_stems(told, language)
            if len(ours & stems_of[told]) < SAME_FACT_STEMS:
                continue
            if told not in figures_of:
                figures_of[told] = find_figures([Sentence(told, 0, 1, 0)])
            given = figures_of[told]
            if any(same_count(figure, other) and not other.past for other in given):
                found.add(k)
                break
    return frozenset(found)


def _may_count(folded: str) -> bool:
    """Whether a folded sentence writes a number, in digits or in words."""
    return any(c.isdigit() for c in folded) or not number_words().isdisjoint(folded.split())


# -- stories across days ---------------------------------------------------------------------


def story_keys(briefing: Briefing, story: Story) -> frozenset[str]:
    """Every sentence of the story's sources, chosen or not: tomorrow's article may repeat
    any of them, and the bullets alone would miss a story whose sentences were all sent."""
    sources = set(story.sources)
    keys = {text_key(s.text) for s in briefing.sentences if s.source in sources}
    return frozenset(keys | {text_key(b.text) for b in story.bullets})


def signatures(
    briefing: Briefing,
    stories: Sequence[Story],
    language: str = "english",
    shared_by_many: frozenset[str] = frozenset(),
) -> list[dict[str, float]]:
    """Each story's SIGNATURE_SIZE most telling terms (stemmed, stop words dropped), each
    with its rarity: how many of its sources' sentences use a term, names (capitalised
    inside a sentence) and headline words counted NAME_WEIGHT times, times the term's
    rarity in general English (`rarity`). Look-alike events (two earthquakes, two
    celebrities in rehab) share their common nouns, and any two stories of one capital
    share "minister", "state" and "house"; their names and rare words tell them apart.
    A sentence several stories share (`shared_by_many`, by text_key: an outlet's credit
    line) is left out: its names belong to the outlet, not to any story."""
    return [sig for sig, _ in _signatures_and_events(briefing, stories, language, shared_by_many)]


def _signatures_and_events(
    briefing: Briefing,
    stories: Sequence[Story],
    language: str = "english",
    shared_by_many: frozenset[str] = frozenset(),
) -> list[tuple[dict[str, float], frozenset[str]]]:
    """Each story's signature (see signatures) and its event terms (see event_terms)."""
    counted = [_term_counts(briefing, story, language, shared_by_many) for story in stories]
    spellings = sorted({w for _, spelt, _ in counted for found in spelt.values() for w in found})
    shares = dict(zip(spellings, general_shares(spellings).tolist(), strict=True))
    found = []
    for counts, spelt, plain in counted:
        # a term is as rare as its commonest spelling: "minister's" is rare in the list,
        # "minister" is not (a review's Kenyan strike linked to a Kenyan budget)
        rarities = {
            t: rarity(max(shares.get(w, 0.0) for w in spelt.get(t, ()) or [""])) for t in counts
        }
        ranked = sorted(counts, key=lambda t: (-counts[t] * rarities[t], t))[:SIGNATURE_SIZE]
        # the words of any news report ("told", "according") tell no event
        told = [t for t in plain if not spelt.get(t, set()) & news_stop_words()]
        events = sorted(told, key=lambda t: (-plain[t] * rarities[t], t))[:EVENT_TERMS]
        found.append(({t: rarities[t] for t in sorted(ranked)}, frozenset(events)))
    return found


def signature(briefing: Briefing, story: Story, language: str = "english") -> tuple[str, ...]:
    """One story's signature terms, as `signatures` reads them among its story alone."""
    return tuple(signatures(briefing, [story], language)[0])


def rarity(share: float) -> float:
    """How much a term tells, from the share of general English texts that use it
    (`general_shares`, the stories stage's measure): log(1 / share), a word the list
    does not know (a name) as rare as one in a thousand texts."""
    return math.log(1.0 / max(share, RARE_SHARE))


def _term_counts(
    briefing: Briefing, story: Story, language: str, left_out: frozenset[str]
) -> tuple[Counter[str], dict[str, set[str]], Counter[str]]:
    """A story's term counts (see signatures), the words each term stands for, and the
    sentences that use each term only in small letters, never as a name (see
    event_terms)."""
    sources = set(story.sources)
    counts: Counter[str] = Counter()
    spelt: dict[str, set[str]] = {}
    plain: Counter[str] = Counter()
    named: set[str] = set()

    def stems(text: str) -> set[str]:
        found = _spelt_terms(text, language)
        for term, word in found.items():
            spelt.setdefault(term, set()).update(word)
        return set(found)

    texts = [
        s.text
        for s in briefing.sentences
        if s.source in sources and (not left_out or text_key(s.text) not in left_out)
    ]
    for text in texts or [b.text for b in story.bullets]:
        found = stems(text)
        counts.update(found)
        written = words(text)
        capitalised = set()
        for name in {w for w in written[1:] if w[:1].isupper()}:
            for term in stems(name):
                counts[term] += NAME_WEIGHT - 1
                capitalised.add(term)
        named |= capitalised
        # the first word is capitalised by its place, and tells nothing either way
        plain.update(found - capitalised - (stems(written[0]) if written else set()))
    for text in (story.title, *story.actors):
        for term in stems(text):
            counts[term] += NAME_WEIGHT
    return counts, spelt, Counter({t: n for t, n in plain.items() if t not in named})


@lru_cache(maxsize=65_536)  # read for a story's signature, then for its telling keys
def _spelt_terms(text: str, language: str) -> Mapping[str, frozenset[str]]:
    """A text's signature terms (stemmed, no stop words, days or months), each with the
    words that spell it, read without accents (Cuyuní in one outlet, Cuyuni in another)."""
    stop, stem = stop_words(language), stemmer(language)
    calendar_terms = _calendar_terms(language)
    same, seats = _same_terms(language), _seat_terms(language)
    found: dict[str, set[str]] = {}
    for word in lowered_words(unaccented(text)):
        if word not in stop:
            term = stem(word)
            term = seats.get(term, same.get(term, term))
            if term not in calendar_terms:
                found.setdefault(term, set()).add(word)
    return {term: frozenset(spellings) for term, spellings in found.items()}


def telling_keys(
    briefing: Briefing, story: Story, sig: Mapping[str, float], language: str = "english"
) -> frozenset[str]:
    """The keys of the story's sentences that hold a term of its signature: only a
    sentence about the story proves it continued ("To our community," or an archive's
    crawl notice, once yesterday and once today, proves nothing)."""
    sources = set(story.sources)
    return frozenset(
        text_key(s.text)
        for s in briefing.sentences
        if s.source in sources and not sig.keys().isdisjoint(_spelt_terms(s.text, language))
    )


@cache
def _same_terms(language: str) -> Mapping[str, str]:
    """Each stemmed word of words.toml's [values.same_words] (a clipping, or the plainer
    word for the same thing) to the stem of the word it stands for: one day's "quake" is
    the next day's "earthquake", and a "walkout" the strike it continues. Read by stem, so
    a plural or a verb's form is the same word too. Only English has the list."""
    if language != "english":
        return {}
    stem = stemmer(language)
    return {stem(word): stem(full) for word, full in word_codes("same_words").items()}


@cache
def _seat_terms(language: str) -> Mapping[str, str]:
    """Each country's seat of government (the gazetteer's government_seats) to the
    country's term: naming the capital is naming the country, and a story told on one
    day as "Guinea-Bissau says it foiled a coup" is told on the next from "Bissau" (r55
    M4). One term, not a proof: two stories of one country still need the other terms a
    link asks for. Only where seat and country are each one word ("New Delhi" and
    "India", "Seoul" and "South Korea" are not), so that no word of a longer name ("new",
    "south") stands for a country."""
    stem = stemmer(language)

    def term(name: str) -> str | None:
        found = lowered_words(unaccented(name))
        return stem(found[0]) if len(found) == 1 else None

    found = {}
    for form, entry in gazetteer().items():
        if entry.kind == "country" and entry.form == "seat":
            seat, country = term(form), term(entry.name)
            if seat and country and seat != country:
                found[seat] = country
    return found


@cache
def _calendar_terms(language: str) -> frozenset[str]:
    """Days and months are capitalised by convention, not as names, and any two stories
    of a week share them: in a signature they took the places of the event's own terms
    ("monday" for the second day of an Interpol assembly, s9 review D3)."""
    names = [*calendar.day_name, *calendar.day_abbr, *calendar.month_name[1:]]
    return frozenset(t for name in names for t in terms(name, language))


def _strength(
    keys: frozenset[str],
    sig: Mapping[str, float],
    known: StoryRecord,
    known_keys: frozenset[str],
    shared_by_many: frozenset[str],
) -> tuple[int, float]:
    """(shared sentences, signature overlap): shared sentences are proof, terms a hint.
    A sentence that several stories share (`shared_by_many`: a site's "To our community,"
    or an archive's crawl notice) proves nothing, nor does one shared by two stories
    whose signatures have fewer than PROOF_TERMS terms in common (an outlet's credit line
    under yesterday's border story and today's grain ships). The overlap is the rarity
    the two signatures share over the smaller signature's, with MIN_SHARED_TERMS terms at
    least."""
    theirs = _weights(known, sig)
    common = sig.keys() & theirs.keys()
    shared = len((keys & known_keys) - shared_by_many) if len(common) >= PROOF_TERMS else 0
    if len(common) < MIN_SHARED_TERMS:
        return shared, 0.0
    return shared, _held_share(sig, theirs)


def _held_share(sig: Mapping[str, float], theirs: Mapping[str, float]) -> float:
    """The rarity of the terms two signatures both hold, over the smaller signature's."""
    held = sum(min(sig[t], theirs[t]) for t in sig.keys() & theirs.keys())
    return held / (min(sum(sig.values()), sum(theirs.values())) or 1.0)


def only_commentary(briefing: Briefing, story: Story) -> bool:
    """Is every report of the story a copy its desk labels as another kind than a report
    of the event ("Opinion | ...", "Analysis: ...", "Editorial: ...", "Statement by ...":
    compose.titles.labelled_as_copy, names_a_document)? Such a story joins a remembered
    one only by a sentence they share, never by the names it discusses: an op-ed on
    yesterday's standoff at a shoal, alone in today's mail, comments on the standoff and
    tells no development of it (r48's op-ed had taken the standoff's id). Where the day's
    grouping puts it with reports of the event, the story is theirs and continues. Not
    every comment by its grammar (a question, a lede that judges: report_stance): Multi-
    News's scraped pages open so, and two of its follow-ups were left new."""
    titles = {s.number: s.title or "" for s in briefing.sources}
    return all(
        labelled_as_copy(title) or names_a_document(title)
        for title in (titles.get(n, "") for n in story.sources)
    )


def _same_event(events: frozenset[str], sig: Mapping[str, float], known: StoryRecord) -> bool:
    """Does today's story tell what the remembered one told, by a word of what happened
    that both use (an event term of one, in the other's event terms or signature)? Names
    alone tell where and who: a cyber attack on a country's banks names its prime
    minister and its neighbour's president as the troop build-up on its border did, and
    is another story. Nor do words of what happened alone: the two signatures must share
    a term that is neither's event term (a name, or a rare word of the story's own). A
    record saved before event terms were kept is judged by its signature alone."""
    if not known.events:
        return True
    # and by a name both give: two earthquakes told in one template share every word
    # of what happened, and only their places tell them apart
    named = sig.keys() & set(known.signature) - events - set(known.events)
    theirs = {*known.events, *known.signature}
    return bool(named) and (
        not events.isdisjoint(theirs) or not sig.keys().isdisjoint(known.events)
    )


@dataclasses.dataclass(frozen=True)
class _Report:
    """One report of a story of several, read as a story of its own (`_reports_alone`)."""

    source: int
    signature: Mapping[str, float]
    events: frozenset[str]
    keys: frozenset[str]  # its sentences that hold a term of its signature (telling_keys)
    # its signature with, of the story's actors, only those it names (`_stranger`)
    own: Mapping[str, float]


def _reports_alone(
    briefing: Briefing, stories: Sequence[Story], language: str, shared_by_many: frozenset[str]
) -> dict[int, list[_Report]]:
    """For each story of several reports, each report's signature, event terms and
    telling keys, read as a story of its own under its own headline. Today's grouping may
    join the report that tells yesterday's event again to reports of its new angles,
    whose words dilute the story's signature: r49's day-2 coup (the bloc's condemnation,
    with the curfew and the emptied streets) came out "new", at 0.332 of the bar's 1/3,
    where the condemnation alone had been "developing". It may also join one report of
    yesterday's story to the reports of another event it mentions (`_another_event`),
    which is asked of each report's `own` signature: the story's actors it names, not
    all of them (the drills' admiral had been a name of each report of the strike the
    day's grouping joined the drills to). The signature that lifts a story keeps the
    story's actors, as measured (reading only those named linked a Multi-News page of
    crawl notices to another's)."""
    titles = {source.number: source.title for source in briefing.sources}
    texts: dict[int, list[str]] = {}
    for record in briefing.sentences:
        texts.setdefault(record.source, []).append(record.text)
    reports = [
        (i, dataclasses.replace(story, sources=(n,), title=titles.get(n) or story.title))
        for i, story in enumerate(stories)
        if len(story.sources) > 1
        for n in story.sources
    ]
    if not reports:
        return {}
    found = _signatures_and_events(briefing, [r for _, r in reports], language, shared_by_many)
    named = [
        dataclasses.replace(r, actors=_named_in(r.actors, " ".join(texts.get(r.sources[0], ()))))
        for _, r in reports
    ]
    differ = [k for k, (r, n) in enumerate(zip(reports, named, strict=True)) if r[1] != n]
    owns = dict(
        zip(
            differ,
            _signatures_and_events(briefing, [named[k] for k in differ], language, shared_by_many)
            if differ
            else [],
            strict=True,
        )
    )
    alone: dict[int, list[_Report]] = {}
    for k, ((i, report), (sig, kinds)) in enumerate(zip(reports, found, strict=True)):
        keys = telling_keys(briefing, report, sig, language)
        own = owns[k][0] if k in owns else sig
        alone.setdefault(i, []).append(_Report(report.sources[0], sig, kinds, keys, own))
    return alone


def _named_in(actors: Sequence[str], text: str) -> tuple[str, ...]:
    """The actors a text names, by their last word (a surname, an organisation's last)."""
    found = set(words(unaccented(text)))
    return tuple(a for a in actors if (words(unaccented(a)) or [""])[-1] in found)


def _stranger(report: _Report, known: StoryRecord) -> bool:
    """Has a report, read alone, nothing of the remembered story: less than
    STRANGER_SHARE of the rarity of the smaller signature in terms both hold, however
    few, other than words of what happened (either's event terms)? A "Black Sea" both
    name is not the story; nor are "drone", "strike" and "port" both write, which any
    report of the same kind of event would (`_same_event`: only names tell two template
    events apart): r51's Constanța strike, read alone, shared them with the Poti strike
    of three days before and had taken its id. Its sentences shared are asked apart
    (`_strength`)."""
    theirs = _weights(known, report.own)
    named = report.own.keys() & theirs.keys() - report.events - set(known.events)
    held = sum(min(report.own[t], theirs[t]) for t in named)
    whole = min(sum(report.own.values()), sum(theirs.values())) or 1.0
    return held / whole < STRANGER_SHARE


def _another_event(strangers: Sequence[int], reports: Sequence[_Report]) -> bool:
    """Is a story of several reports another event than the remembered one it meets,
    though some of its reports continue that one? So when the reports that have nothing
    of the remembered story (`strangers`: read alone, no sentence of it and `_stranger`)
    outnumber the rest. r51's Thursday: the
    day's grouping joined the report of Turkish drills ending early ("after the drone
    strike in Constanța") to two reports of the strike and a market item on it, and the
    strike, first reported that day, took the drills' id and "developing since" the day
    they began. The story is new; the remembered one is not continued by it. Not when
    they are as many: a quake's second day, its toll and a feature on the villages
    burying their dead, is one story though the feature shares few terms with the quake's
    first report."""
    return len(strangers) > len(reports) - len(strangers)


def _kept_signature(
    today: Mapping[str, float], events: frozenset[str], known: StoryRecord | None
) -> tuple[dict[str, float], tuple[str, ...]]:
    """The signature and event terms to remember for a story: today's, and where it
    continues a remembered one, the remembered terms today's lack after them (up to twice
    a signature's size). A story's record had kept only today's words, so the day after
    a follow-up of new angles (a curfew, a morgue) its next report (arrests over the coup)
    met the angles' words, not the event's (r49 day 3)."""
    if known is None:
        return dict(today), tuple(sorted(events))
    theirs = _weights(known, today)
    terms = [*sorted(today, key=lambda t: (-today[t], t))]
    terms += sorted((t for t in theirs if t not in today), key=lambda t: (-theirs[t], t))
    kept = {t: today.get(t, theirs.get(t, 0.0)) for t in terms[: 2 * SIGNATURE_SIZE]}
    told = [*sorted(events), *sorted(set(known.events) - events)][: 2 * EVENT_TERMS]
    return {t: kept[t] for t in sorted(kept)}, tuple(sorted(told))


def _weights(known: StoryRecord, today: Mapping[str, float]) -> dict[str, float]:
    """A remembered signature with its rarities; one saved before they were kept takes
    today's rarity of a shared term, and the median of today's for the others."""
    if len(known.weights) == len(known.signature):
        return dict(zip(known.signature, known.weights, strict=True))
    middle = statistics.median(today.values()) if today else 1.0
    return {t: today.get(t, middle) for t in known.signature}


def recognise(
    briefing: Briefing,
    state: State,
    today: str,
    language: str = "english",
    profile: Profile | None = None,
) -> tuple[Briefing, dict[str, StoryRecord]]:
    """Give each of today's stories its remembered id, status and since; return the
    briefing and the story records to remember (today's stories, updated). `profile`
    reads today's headlines, where a developing story's section is kept (keep_section);
    without it (a caller after the ids only) no headline is read.

    Each remembered story is matched once at most, strongest pairs first. With no previous
    brief at all, statuses stay None: there is nothing to be new or developing against.
    """
    stories = briefing.stories
    if not stories:
        return briefing, {}
    keys = [story_keys(briefing, s) for s in stories]
    ours = Counter(k for found in keys for k in found)
    theirs = Counter(k for known in state.stories.values() for k in ours.keys() & set(known.keys))
    shared_by_many = frozenset(
        k for k, n in (ours | theirs).items() if ours[k] > 1 or theirs[k] > 1
    )
    found = _signatures_and_events(briefing, stories, language, shared_by_many)
    sigs = [sig for sig, _ in found]
    events = [kinds for _, kinds in found]
    proofs = [
        telling_keys(briefing, s, sig, language) for s, sig in zip(stories, sigs, strict=True)
    ]
    remembered = [(known, frozenset(known.keys)) for known in state.stories.values()]
    commentary = [only_commentary(briefing, story) for story in stories]
    # (read only where there is a remembered story to meet: a first run has none)
    alone = _reports_alone(briefing, stories, language, shared_by_many) if remembered else {}
    pairs = []
    for i in range(len(stories)):
        for known, known_keys in remembered:
            shared, overlap = _strength(proofs[i], sigs[i], known, known_keys, shared_by_many)
            # or as near as one of its reports, read alone, that tells the remembered event
            strangers = []
            for report in alone.get(i, ()):
                by_report = _strength(
                    report.keys, report.signature, known, known_keys, shared_by_many
                )
                if not by_report[0] and _stranger(report, known):
                    strangers.append(report.source)
                near = by_report[1]
                if near > overlap and _same_event(report.events, report.signature, known):
                    overlap = near
            if (
                shared
                or (
                    overlap >= SIGNATURE_MATCH
                    and not commentary[i]
                    and _same_event(events[i], sigs[i], known)
                )
            ) and not _another_event(strangers, alone.get(i, ())):
                pairs.append(((shared, overlap), i, known))
    pairs.sort(key=lambda p: (-p[0][0], -p[0][1], p[1], p[2].id))
    matched: dict[int, StoryRecord] = {}
    taken: set[str] = set()
    linked: dict[int, list[StoryRecord]] = {}  # every remembered story each one continues
    for _, i, known in pairs:
        linked.setdefault(i, []).append(known)
        if i not in matched and known.id not in taken:
            matched[i] = known
            taken.add(known.id)
    judged = state.previous(today) is not None
    sent = state.sent_before(today)
    out: list[Story] = []
    records: dict[str, StoryRecord] = {}
    sections = {s.key for s in briefing.sections} - {OTHER}
    for i, story in enumerate(stories):
        known_story = matched.get(i)
        # A story that continues several remembered ones (the threads of two days joined
        # in one report of the third) is as old as the oldest, and keeps the one of their
        # sections that today's sentences weigh most for (see `_heaviest`).
        # A remembered story another of today's took is that one's past, not this one's:
        # a minister's swearing-in, first told on 10 Dec, had been "developing since 9
        # Dec" for sharing his name with the troop story of 9 Dec (r47 M3).
        others = {k.id for j, k in matched.items() if j != i}
        own = [k for k in linked.get(i, ()) if k.id not in others]
        met_in, first_seen = _continued(known_story, own, today)
        kept = _heaviest(briefing, story, met_in & sections, sent)
        if kept in sections:
            stated = lead_sections(briefing, story, profile) if profile else frozenset()
            story = keep_section(briefing, story, kept, sent, stated)
        story_id = known_story.id if known_story else story.id
        old_keys = known_story.keys if known_story else ()
        if judged:
            # Developing once a brief of an earlier day told it. A story first told today
            # is new in every brief of the day: the update of the day's brief had called
            # the morning's new story "developing since" that same day (r61 F20); what
            # the update adds is marked on its points.
            status: StoryStatus = "developing" if first_seen < today else "new"
            story = dataclasses.replace(
                story,
                id=story_id,
                status=status,
                since=first_seen if status == "developing" else None,
            )
        else:
            story = dataclasses.replace(story, id=story_id)
        out.append(story)
        merged = tuple(dict.fromkeys([*sorted(keys[i]), *old_keys]))[:MAX_STORY_KEYS]
        kept_sig, kept_events = _kept_signature(sigs[i], events[i], known_story)
        records[story_id] = StoryRecord(
            id=story_id,
            title=story.title,
            first_seen=first_seen,
            last_seen=today,
            keys=merged,
            signature=tuple(kept_sig),
            weights=tuple(kept_sig.values()),
            events=kept_events,
            section=story.section if story.relevant else OTHER,
            reported=max(
                known_story.reported if known_story else "", _latest_report(briefing, story)
            ),
        )
    if all(
        a is b or a.section == b.section and a.relevant == b.relevant
        for a, b in zip(stories, out, strict=True)
    ):
        return dataclasses.replace(briefing, stories=tuple(out)), records
    return regrouped(briefing, stories, out), records


def _latest_report(briefing: Briefing, story: Story) -> str:
    """The day of the story's latest dated report ("" where none is dated)."""
    days = {s.number: (s.date or "")[:10] for s in briefing.sources}
    return max(
        (days.get(n, "") for n in story.sources if _ISO_DAY.match(days.get(n, ""))), default=""
    )


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


def overtaken(
    briefing: Briefing,
    state: State,
    today: str,
    older: frozenset[int],
    language: str = "english",
) -> frozenset[str]:
    """The sentences (text_key) of the stories whose every report is a straggler (`older`:
    daily.dating) that continue a story their reader was told from a report of a later
    day: a Sunday wire "Thailand shuts the border bridge" that reaches Wednesday's inbox,
    after Tuesday's brief told the bridge reopened, had been Wednesday's story with its
    headline, a section and "Nobody should travel to Mae Sot" as bullets (r65 F1). What it
    says held before what its reader already has, so it tells nothing: with its sentences
    held as sent, the story is one line under "Also in the inbox" ("developing since ...,
    nothing new"), and its rows leave the tables. A straggler of a story the reader never
    got, or of one last told from reports no later than it, still tells its part (after
    the day's reports: pipeline.choosing.behind_the_rest); so does a story that holds
    one report of today. Only the remembered story it takes the id of counts."""
    if not older or not any(s.sources and set(s.sources) <= older for s in briefing.stories):
        return frozenset()
    recognised, _ = recognise(briefing, state, today, language)
    days = {s.number: (s.date or "")[:10] for s in briefing.sources}
    found: set[str] = set()
    kept: set[str] = set()
    for story in recognised.stories:
        known = state.stories.get(story.id)
        latest = _latest_report(briefing, story)
        stale = (
            bool(story.sources)
            and set(story.sources) <= older
            and known is not None
            and bool(latest)
            and all(days.get(n) for n in story.sources)
            and known.reported > latest
        )
        keys = {text_key(r.text) for r in briefing.sentences if r.source in story.sources}
        (found if stale else kept).update(keys)
    # a sentence another story gives too (a credit line, a copy) stays that story's
    return frozenset(found - kept)


def _continued(
    known: StoryRecord | None, linked: Sequence[StoryRecord], today: str
) -> tuple[frozenset[str], str]:
    """The sections a story of today was met in and the day it was first seen, from the
    remembered story it takes the id of (`known`, None for a new one) and every
    remembered story it continues (`linked`: the signature or a sentence ties them). A
    cyclone's third day, the access deal signed and the toll at 71, had taken the id of
    the second day's health-minister story, been called "developing since 1 Dec" though
    its reader met the cyclone on 30 Nov, and been moved to Health, where that story had
    been shown; the first day's cyclone, the access row of the second, was the same
    story (r44)."""
    if known is None:
        return frozenset(), today
    every = [known, *(k for k in linked if k.id != known.id)]
    return frozenset(k.section for k in every), min(k.first_seen for k in every)


def _heaviest(
    briefing: Briefing, story: Story, met_in: frozenset[str], sent: frozenset[str]
) -> str | None:
    """Of the sections the story's reader met it in, the one it keeps: where the stories
    it continues were shown in several (one day's strike wire under Military, its live
    blog under Humanitarian), the one today's sentences weigh most for, so that the
    switch rule (keep_section) still holds against every other section (r54: the next
    day's toll, heaviest for Military, had gone to Economy for want of one section).
    When today's sentences weigh for none of them, none is the one: the story goes where
    today's reports place it."""
    if len(met_in) < 2:
        return next(iter(met_in), None)
    weights = section_weights(briefing, story, sent)
    heaviest = max(sorted(met_in), key=lambda section: weights.get(section, 0.0))
    return heaviest if weights.get(heaviest, 0.0) > 0 else None


def kept_sections(
    briefing: Briefing,
    state: State,
    today: str,
    language: str = "english",
    profile: Profile | None = None,
) -> dict[tuple[int, ...], str]:
    """The section that each story the profile leaves out today keeps as a story briefed
    before (see recognise, keep_section), by its sorted sources: what the pipeline is
    told when it builds the brief again, so that its tables cover the story too."""
    left_out = {s.sources for s in briefing.stories if not s.relevant}
    if not left_out:
        return {}
    recognised, _ = recognise(briefing, state, today, language, profile)
    return {
        tuple(sorted(story.sources)): story.section
        for story in recognised.stories
        if story.sources in left_out and story.relevant
    }


def section_weights(
    briefing: Briefing, story: Story, sent: frozenset[str] = frozenset()
) -> dict[str, float]:
    """The story's cue weight for each section, over its sources' sentences: each
    sentence once (two reports repeating one background line are one line), and none sent
    on an earlier day (`sent`, by text_key). What a story's day weighs is its day's news:
    the Poti port's background line ("Georgia's largest port, handles most of the grain"),
    repeated by both of a day's reports of the toll rising, had weighed the drone strike
    over to Economy (r51 M1)."""
    sources = set(story.sources)
    totals: Counter[str] = Counter()
    counted = set(sent)
    for record in briefing.sentences:
        key = text_key(record.text)
        if record.source in sources and key not in counted:
            counted.add(key)
            totals.update(record.section_scores)
    return dict(totals)


def lead_sections(briefing: Briefing, story: Story, profile: Profile) -> frozenset[str]:
    """The sections today's reports of the story state in a lead: a cue at the profile's
    min_score in an article's headline or one of its first LEAD_SENTENCES sentences, where
    a news report states the event it is about (as story_profile reads leads). A mail's
    Subject is a sender's label, no headline."""
    leads: list[Classification] = [
        classify(source.title, profile)
        for source in briefing.sources
        if source.number in story.sources and source.title and not source.title_is_subject
    ]
    opening: dict[int, list[SentenceRecord]] = {}
    for record in sorted(briefing.sentences, key=lambda r: (r.source, r.index)):
        if record.source in story.sources:
            opening.setdefault(record.source, []).append(record)
    stated = {
        key
        for c in leads
        for key, score in c.scores.items()
        if score >= profile.min_score and key != OTHER
    }
    stated.update(
        key
        for records in opening.values()
        for record in records[:LEAD_SENTENCES]
        for key, score in record.section_scores.items()
        if score >= profile.min_score and key != OTHER
    )
    return frozenset(stated)


def keep_section(
    briefing: Briefing,
    story: Story,
    section: str,
    sent: frozenset[str] = frozenset(),
    stated: frozenset[str] = frozenset(),
) -> Story:
    """The story in the section it was shown in before (`section`), unless today's
    reports are decisively the section it is in now: no lead of them states the kept
    section (`stated`: lead_sections), and their sentences (`section_weights`, without
    those in `sent`) weigh SECTION_SWITCH times more for the new one. A story nothing
    placed today stays in the profile, as the same story.

    The lead is read beside the weights because a day's cue totals follow what its
    sentences detail, not what the story is: a strike's second day, told with its dead
    and its torched buses, weighed eight times more for Military than for Protests while
    its headline still named the strike, and the story had gone to Military and back to
    Protests the day after (r65 F14)."""
    if story.section == section and story.relevant:
        return story
    if story.section != OTHER and story.relevant and section not in stated:
        weights = section_weights(briefing, story, sent)
        if weights.get(story.section, 0.0) > SECTION_SWITCH * max(0.0, weights.get(section, 0.0)):
            return story
    bullets = tuple(dataclasses.replace(b, section=section) for b in story.bullets)
    return dataclasses.replace(story, section=section, relevant=True, bullets=bullets)


def regrouped(briefing: Briefing, before: Sequence[Story], stories: Sequence[Story]) -> Briefing:
    """The digest again after stories changed section (`before`: as the pipeline placed
    them): in order of importance, its sections holding the stories it reports, its
    bottom line the top story's lead, as compose.briefing makes them. One story keeps its
    single layout, its sentences in their own sections; when the profile left it out
    today (every sentence in the catch-all), they go to the section it keeps, as a
    digest would put them."""
    dates = {s.number: s.date or "" for s in briefing.sources}
    ordered = order_stories(stories, dates, [section.key for section in briefing.sections])
    if len(ordered) < 2:
        briefing = dataclasses.replace(briefing, stories=ordered)
        if ordered and before and not before[0].relevant and ordered[0].relevant:
            return _into_section(briefing, ordered[0].section)
        return briefing
    shown = reported(ordered)
    lead = shown[0].bullets[0] if shown and shown[0].bullets else None
    return dataclasses.replace(
        briefing,
        stories=ordered,
        bottom_line=lead if lead and can_lead(lead.text) else None,
        sections=tuple(
            Section(
                s.key, s.title, tuple(b for t in shown if t.section == s.key for b in t.bullets)
            )
            for s in briefing.sections
        ),
    )


def story_ids(briefing: Briefing) -> tuple[str, ...]:
    return tuple(s.id for s in briefing.stories)


def _into_section(briefing: Briefing, section: str) -> Briefing:
    """A single-story brief whose sentences the profile left in the catch-all, with them
    in `section` instead (in reading order, as the single layout keeps them)."""

    def moved(bullet: Bullet) -> Bullet:
        return dataclasses.replace(bullet, section=section) if bullet.section == OTHER else bullet

    others = [b for s in briefing.sections if s.key == OTHER for b in s.bullets]
    sections = []
    for s in briefing.sections:
        if s.key == OTHER:
            sections.append(Section(s.key, s.title, ()))
        elif s.key == section:
            joined = sorted([*s.bullets, *map(moved, others)], key=lambda b: (b.source, b.index))
            sections.append(Section(s.key, s.title, tuple(joined)))
        else:
            sections.append(s)
    return dataclasses.replace(
        briefing,
        sections=tuple(sections),
        summary=tuple(map(moved, briefing.summary)),
        bottom_line=moved(briefing.bottom_line) if briefing.bottom_line else None,
    )
