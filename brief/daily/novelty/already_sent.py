"""What the reader was sent, so that nothing a brief prints says it again.

What was sent is every sentence of the articles an earlier brief was made from, printed
or not: the reader was told that story, and the same article tomorrow (or another outlet's
copy of it) is not news. A sentence is identified by `text_key` (case, punctuation and
spacing folded), and a re-typed copy by the dedupe stage's test (word 3-shingles, Jaccard
>= 0.7), so an outlet re-typing a sentence, or dropping two words of it, does not make it
new. Nothing a brief prints repeats what was sent: not its bullets, and not the rows of
its quotes, timeline and key figures either.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from functools import cache

from brief.compose.digest import is_digest, reported
from brief.dedupe import group_duplicates
from brief.extract import lexicon
from brief.extract.figures.notation import YEAR_RE
from brief.extract.lexicon import number_words, word_values
from brief.inflection import inflection_key
from brief.models import (
    Briefing,
    Bullet,
    Figure,
    Mention,
    Section,
    Sentence,
    SentenceRecord,
    bullet_key,
    text_key,
)
from brief.rank.coverage import content_stems
from brief.rank.text import stop_words


def all_bullets(briefing: Briefing) -> Iterator[Bullet]:
    if briefing.bottom_line:
        yield briefing.bottom_line
    yield from briefing.summary
    for section in briefing.sections:
        yield from section.bullets
    for story in briefing.stories:
        yield from story.bullets


def bullet_keys(briefing: Briefing) -> frozenset[str]:
    return frozenset(bullet_key(b) for b in all_bullets(briefing))


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
    return frozenset(bullet_key(b) for b in shown_bullets(briefing))


def mark_new(
    briefing: Briefing,
    previous: frozenset[str] | None,
    read_before: frozenset[str] = frozenset(),
    stale: frozenset[int] = frozenset(),
    restated: frozenset[str] = frozenset(),
) -> Briefing:
    """Flag bullets not in the previous brief, whose sentence was in none of the articles
    it was built from (`read_before`: their sentences, folded), and that some report not
    older than that brief gives (`stale`: the sources that are, dating.stale_sources), and
    that no wire's corrected version restates (`restated`: text_key of the sentences an
    earlier day showed with the words it corrects, wire_versions.restated; the notice
    says what changed, and "New" would tell a new fact). A
    late article rebuilds the day's brief, and its ranking may pick another of the
    morning's sentences: that is no news, and the late article's own points are the new
    ones (r38 had seen the subject count three "new" points from the morning's articles).
    With no previous brief there is nothing to compare with, so nothing is marked."""
    if previous is None:
        return briefing

    def mark(bullet: Bullet) -> Bullet:
        key = bullet_key(bullet)
        fresh = key not in previous and key not in restated and fold(bullet.said) not in read_before
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
        if token in lexicon.weekday_names():
            yield k, k + 1, token
        elif token in lexicon.month_names():
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
