"""What an earlier brief showed that today's reports take back (a quote its speaker
denies) or correct (a count "not three as first reported"): told to the reader as a
notice, since a note under Sources alone does not say that what he read no longer stands.
When in doubt, no notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from brief.daily.novelty.already_sent import fold
from brief.daily.novelty.recognition import recognise
from brief.daily.state import DayRecord, State
from brief.extract.lexicon import (
    CONTRAST_NOT,
    alternation,
    as_earlier_reported,
    month_names,
    number_words,
    weekday_names,
    words,
)
from brief.models import (
    Briefing,
    Sentence,
    Story,
    Withdrawn,
    text_key,
)
from brief.rank.coverage import content_stems

if TYPE_CHECKING:
    from brief.extract.figures.earlier_counts import SetAside

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
    the corrected one. Another remembered story that today's brief continues counts too
    where its sentence names the correcting report's outlet as the count's giver (`_names`:
    an agency's own release correcting the count a wire's story gave in its name, the two
    told as two stories, r68 F8); not another outlet's words of the same count, which
    may be of another event. The day's own earlier brief counts too, for a late
    article's correction. So does an outlet's note that its earlier copy described
    someone by wrong words (`_described_as`: "described X as Algeria's foreign
    minister"), beside that person's name in a sentence shown (`_describes`). When in
    doubt, no notice."""
    by_source: dict[int, list[tuple[str, float, float, frozenset[str]]]] = {}
    days: dict[int, list[tuple[str, str, str]]] = {}
    text_at = {(record.source, record.index): record.text for record in briefing.sentences}
    for record in briefing.sentences:
        for found in _corrections(record.text, language):
            by_source.setdefault(record.source, []).append(found)
        before = text_at.get((record.source, record.index - 1))
        if (right := _right_after_restating(record.text, before, language)) is not None:
            by_source.setdefault(record.source, []).append(right)
        if " not " in record.text and (denied := _day_denied(record.text)) is not None:
            days.setdefault(record.source, []).append((record.text, *denied))
    asides = [
        (record, aside)
        for record in briefing.sentences
        if " not " in record.text
        for aside in _amounts_set_aside(record.text, record.source, record.index)
    ]
    described = [
        (source.number, note, *found)
        for source in briefing.sources
        for note in source.notes
        for found in _described_as(note)
    ]
    if not by_source and not days and not asides and not described:
        return ()
    recognised, _ = recognise(briefing, state, today, language)
    earlier_days = [rec for day, rec in state.briefs.items() if day < today]
    earlier = _shown(earlier_days, state.seen_before(today))
    # The day's own earlier brief counts for what came since it (r78 F2: the 06:00 mail
    # gave a radio's "four of the five aid workers"; its 18:00 report said three, "not
    # four as ... reported earlier", and the update said nothing of it): a late article's
    # correction is of that brief too. The morning's own articles were read when it was
    # built.
    own = state.day(today)
    late: frozenset[int] = frozenset()
    with_today = earlier
    if own is not None and own.built:
        late = frozenset(s.number for s in briefing.sources if s.sha256 not in own.inputs)
        known = set(earlier)
        with_today = [*earlier, *(t for t in _shown([own], own.seen) if t not in known)]
    # the earlier sentences shown of each remembered story that today's brief continues
    live = _of_stories(recognised.stories, state, earlier)
    live_late = _of_stories(recognised.stories, state, with_today) if late else live
    outlets = {source.number: fold(source.outlet or "") for source in briefing.sources}
    capitals = _capitalised(record.text for record in briefing.sentences)
    notices: dict[str, Withdrawn] = {}
    corrected: set[tuple[int, str, float]] = set()  # each correction once
    for story in recognised.stories:
        for number in story.sources:
            shown = live_late if number in late else live
            others = [text for sid, texts in shown.items() if sid != story.id for text in texts]
            for text, day, written in days.get(number, ()):
                # a day the report says the event did not fall on, in a sentence of its
                # story shown before (the row dated by it): that row no longer stands
                padded = f" {day} "
                for sent in shown.get(story.id, ()):
                    if (
                        padded in f" {sent} "
                        and f" not {day} " not in f" {sent} "
                        and day not in notices
                    ):
                        notices[day] = Withdrawn(written, number, text, kind="day")
            for text, value, was, nouns in by_source.get(number, ()):
                # its own story's count, or another's that today's brief continues where
                # the count's giver corrects it (an agency's bulletin correcting the count
                # a wire's story gave in its name): no guess across events
                told = [
                    *shown.get(story.id, ()),
                    *(sent for sent in others if _names(sent, outlets.get(number, ""))),
                ]
                for sent in told:
                    words_shown = _count_of(sent, was, nouns, language)
                    if (number, text, was) in corrected or words_shown in notices:
                        continue
                    if words_shown and not _count_of(sent, value, nouns, language):
                        said = _as_written(words_shown, sent, capitals, language)
                        notices[words_shown] = Withdrawn(said, number, text)
                        corrected.add((number, text, was))
    for record, aside in asides:
        # an amount set aside in the same words of the same thing, in any story an
        # earlier brief showed (key_choice._set_aside reads the brief's own so)
        written, measured = fold(aside.written), fold(aside.measured)
        for sent in with_today if record.source in late else earlier:
            padded = f" {sent} "
            at = padded.find(f" {written} ")
            if written not in notices and at >= 0 and f" {measured} " in padded[: at + 1]:
                notices[written] = Withdrawn(aside.written, record.source, record.text)
    for number, note, name, wrong in described:
        # the words an outlet's note says its earlier copy described someone by, beside
        # that person's name in a sentence an earlier brief showed (r78 F13: "described
        # Mourad Benhaddou as Algeria's foreign minister"); the note tells it
        folded = fold(wrong)
        if folded in notices:
            continue
        if any(
            _describes(sent, fold(name), folded)
            for sent in (with_today if number in late else earlier)
        ):
            notices[folded] = Withdrawn(wrong, number, note.strip(), kind="note")
    return tuple(notices.values())


@cache
def _described() -> re.Pattern[str]:
    """A note's verb of what its earlier copy did (furniture.toml's correction_as_verbs),
    an adverb perhaps, a name in capitals and "as" the words it gave, to the sentence's
    end ("... described Mourad Benhaddou as Algeria's foreign minister.")."""
    from brief.ingest.furniture import lists

    verbs = alternation(lists().correction_as_verbs)
    name = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-|bin|de|van|von))*"
    return re.compile(
        rf"\b(?i:(?:\w+ly\s+)?(?:{verbs}))\s+(?P<name>{name})\s+as\s+"
        r"(?P<wrong>[^.;:()]+?)\s*(?:[.;:()]|\Z)"
    )


def _described_as(note: str) -> list[tuple[str, str]]:
    """The names (two words and more) and the words a note says its earlier copy
    described them by, the words of a description only (_DESCRIPTION_WORDS at most, no
    clause: ", who ..." ends them)."""
    found = []
    for m in _described().finditer(note):
        wrong = re.split(r",|\s+(?:who|which|in|on|and)\s", m["wrong"])[0].strip()
        if len(m["name"].split()) >= 2 and 1 <= len(wrong.split()) <= _DESCRIPTION_WORDS:
            found.append((m["name"], wrong))
    return found


_DESCRIPTION_WORDS = 6  # "Algeria's foreign minister", "the deputy head of the agency"


def _describes(sentence: str, name: str, wrong: str) -> bool:
    """Whether a folded sentence gives the person by the wrong words, right beside their
    name (or its last word) either way, a word at most between ("mourad benhaddou algeria
    s foreign minister", "algeria s foreign minister mourad benhaddou", "the foreign
    minister benhaddou"): another sentence's same words may be of someone else."""
    padded = f" {sentence} "
    for named in {name, name.split()[-1]}:
        for between in (" ", " the ", " a "):
            if f" {named}{between}{wrong} " in padded or f" {wrong}{between}{named} " in padded:
                return True
    return False


def _shown(records: Sequence[DayRecord], seen: Iterable[str]) -> list[str]:
    """The folded sentences of `seen` that these briefs showed a bullet or a row of, a
    bullet's first: a correction is told once, in the words the reader most likely read
    ("injuring two" of the lede, not "2 injured" of an advisory's row)."""
    bullets = {k for rec in records for k in rec.sentences}
    shown = bullets | {k for rec in records for k in rec.rows}
    return sorted(
        (text for text in seen if text_key(text) in shown),
        key=lambda text: text_key(text) not in bullets,
    )


def _of_stories(
    stories: Iterable[Story], state: State, shown: Sequence[str]
) -> dict[str, list[str]]:
    """Of each remembered story that these stories continue (by id), the sentences of
    `shown` that are its."""
    return {
        story.id: [text for text in shown if text_key(text) in set(known.keys)]
        for story in stories
        if (known := state.stories.get(story.id)) is not None
    }


def _amounts_set_aside(text: str, source: int, index: int) -> list[SetAside]:
    """The amounts a sentence of today's sets aside as an earlier report's that was wrong,
    of a clause that opens with what it measures in two words or more (earlier_counts.
    set_aside_amounts: "Foreign exchange reserves stood at 59.8 billion euros at the end
    of May, not 61.2 billion euros as stated on Monday"). The correction may be a story of
    its own (the bank's statement, where the amount was given at a press conference that
    went on into another story: r75 F1 had no notice), so an earlier brief's sentence of
    any story that tells that amount in the same words after the same words of what it
    measures is the one it corrects."""
    from brief.extract.figures.earlier_counts import set_aside_amounts

    found = set_aside_amounts(Sentence(text, source, index, 0))
    return [aside for aside in found if len(aside.measured.split()) >= 2]


@cache
def _correction_of_a_day() -> re.Pattern[str]:
    """A day set against the one an earlier report gave an event, after it: ", and not
    early on Monday as first reported" (the words that dated it: "early on Monday")."""
    days = alternation(weekday_names())
    return re.compile(
        rf"{CONTRAST_NOT}"
        rf"((?:(?:early|late)\s+)?(?:on\s+)?(?:{days})(?:\s+(?:morning|afternoon|evening|night))?)"
        rf",?\s+{as_earlier_reported()}",
        re.IGNORECASE,
    )


def _day_denied(text: str) -> tuple[str, str] | None:
    """The words that dated an event by the day the sentence says it did not fall on,
    folded to match an earlier brief's ("early on monday") and as written to quote them
    ("early on Monday": the notice's quotation marks promise the words a reader saw), or
    None."""
    m = _correction_of_a_day().search(text)
    return (fold(m.group(1)), m.group(1)) if m else None


# The most words of an outlet's name that an earlier sentence must give in a row to name
# it ("National Civil Protection Agency" of "National Civil Protection Agency of Calderra").
NAME_WORDS = 4


def _names(folded: str, outlet: str) -> bool:
    """Whether a folded sentence gives its count in the outlet's (folded) name: the words
    that open the name (its first NAME_WORDS in a row, or all of a shorter name of two
    words or more) as an attribution's giver ("..., the civil protection agency said",
    "said the agency", "according to the agency"), not anywhere ("a reporter of the
    agency was hurt": another event's words may name it too)."""
    name = outlet.split()[:NAME_WORDS]
    if len(name) < 2:
        return False
    return _giver(" ".join(name)).search(folded) is not None


@cache
def _giver(named: str) -> re.Pattern[str]:
    """The pattern of `_names` for the opening words of one outlet's name, built once: it
    is asked for each sentence of every story a daily brief continues."""
    verbs = alternation(words()["attribution_verbs"])
    name = re.escape(named)
    return re.compile(
        rf"\b(?:(?:{verbs}|according to) (?:the )?{name}\b"
        rf"|{name}(?: \w+){{0,{NAME_WORDS}}} (?:{verbs})\b)"
    )


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
        if value is None or _whole_of_a_share(text, number.start()):
            continue  # (the whole of a share: "three of the five aid workers" counts three)
        end = text.find(",", number.end())
        figure = text[number.start() : end if end > 0 else len(text)]
        was = revised_from(text, figure, value)
        tokens = fold(figure).split()
        whole = _past_whole(tokens, 1)
        after = tokens[whole:][:COUNTED_REACH]
        if whole > 1:  # the noun phrase after a share's whole: "aid workers" (not "held")
            after = _noun_after_whole(figure) or after
        nouns = content_stems(" ".join(after), language) or _counted_before(
            text[: number.start()], language
        )
        if was is not None and was != value and nouns:
            found.append((text, value, was, frozenset(nouns)))
    return found


def _right_after_restating(
    text: str, before: str | None, language: str
) -> tuple[str, float, float, frozenset[str]] | None:
    """A writer's correction of its own count in two sentences: "In Notice 12 we said 40
    boats were in the harbour. The correct figure was 34." (extract.figures.right_figure):
    the correcting sentence, the right count, the count restated before it and the stems
    of that count's nouns ("boat"), as `_corrections` gives a one-sentence correction's.
    An earlier brief's "40 boats" of its story, or one that names the writer as its giver,
    is then said corrected; one of other words ("forty vessels") is not: no guess."""
    from brief.extract.figures import find_figures
    from brief.extract.figures.right_figure import names_a_right_figure

    if before is None or not names_a_right_figure(text):
        return None
    figures = find_figures([Sentence(before, 1, 1, 0), Sentence(text, 1, 2, 0)])
    restated = next(
        (f for f in figures if f.sentence.index == 1 and f.kind == "count" and f.unit), None
    )
    if restated is None or restated.value is None:
        return None
    right = next(
        (
            f
            for f in figures
            if f.sentence.index == 2 and f.kind == "count" and f.unit == restated.unit
        ),
        None,
    )
    if right is None or right.value is None or right.value == restated.value:
        return None
    nouns = frozenset(
        content_stems(" ".join(fold(restated.text).split()[1 : 1 + COUNTED_REACH]), language)
    )
    return (text, right.value, restated.value, nouns) if nouns else None


def _counted_before(text: str, language: str) -> frozenset[str]:
    """What a count set "to" it counts, where its clause says so before it: the stems of
    the COUNTED_REACH words after the clause's last "of" ("revised the number of crew
    injured in the attack to three, not two as it said": {"crew", "injur"}), a casualty
    word's with all of its kind (see _corrected_to); none where the count is not set
    "to" (r69 F7: the count's noun came before it, and no notice was given)."""
    if not re.search(r"\bto\s*\Z", text):
        return frozenset()
    clause = re.split(r"[;:,.!?]", text)[-1]
    counted = fold(clause).split(" of ")
    if len(counted) < 2:
        return frozenset()
    nouns = frozenset(content_stems(" ".join(counted[-1].split()[:COUNTED_REACH]), language))
    return _with_kind(nouns, language)


def _with_kind(nouns: frozenset[str], language: str) -> frozenset[str]:
    """The stems with all of a casualty kind's, where they hold one of it: "five dead" is
    a count of the people any word of its kind counts ("five people were killed")."""
    for kind in _casualty_kinds(language):
        if nouns & kind:
            nouns |= kind
    return nouns


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
        nouns = _with_kind(
            frozenset(
                content_stems(
                    " ".join(fold(text[number.end() :]).split()[:COUNTED_REACH]), language
                )
            ),
            language,
        )
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
    workers"), or "". Of casualties (`nouns` holding a kind's words), only a count its
    kind's word tells, after it or as the verb before it: "killed two workers" is no count
    of the injured."""
    from brief.extract.figures.number_reading import value_of

    tokens = folded.split()
    # a count of casualties is one its kind's word tells ("two workers" may be the dead)
    casualty = nouns & _casualty_stems(language)
    for n, token in enumerate(tokens):
        if not _number().fullmatch(token) or (n and _grouped(tokens, n - 1) >= n):
            continue  # (the "500" of "14 500" is no count of its own)
        last = _grouped(tokens, n)  # "14 500": folding took the comma out of "14,500"
        read = value_of(token) if last == n else float("".join(tokens[n : last + 1]))
        if read != value:
            continue
        # a share's count reads its nouns past its whole ("four of the five aid workers")
        first = _past_whole(tokens, last + 1)
        reach = min(len(tokens), first + COUNTED_REACH)
        hits = [
            end
            for end in range(first + 1, reach + 1)
            if content_stems(tokens[end - 1], language) & (casualty or nouns)
        ]
        if hits:
            # to the last of the nouns in a row ("three oil workers", not "three oil")
            end = hits[0]
            while end + 1 in hits:
                end += 1
            return " ".join([",".join(tokens[n : last + 1]), *tokens[last + 1 : end]])
        # a casualty verb before it counts its object ("killing one crew member and
        # injuring two"): a count of its kind
        if n and content_stems(tokens[n - 1], language) & casualty:
            return " ".join([tokens[n - 1], ",".join(tokens[n : last + 1])])
    return ""


def _past_whole(tokens: Sequence[str], at: int) -> int:
    """Where a count's nouns start after its number, whose words end before `at`: past
    the whole of a share ("four of the five aid workers": "of the five"), the nouns of
    the count of its part, else `at`."""
    k = at
    if k < len(tokens) and tokens[k] == "of":
        k += 1
        if k < len(tokens) and tokens[k] in _whole_openers():
            k += 1
        if k < len(tokens) and _number().fullmatch(tokens[k]):
            return k + 1
    return at


def _noun_after_whole(figure: str) -> list[str]:
    """The words of the noun phrase after a share's whole in a count's words as written
    ("aid workers" of "Three of the five aid workers held in ..."), folded; [] if none."""
    from brief.extract.figures.number_phrases import noun_phrase_end

    openers = alternation(_whole_openers())
    found = re.match(rf"\S+\s+of\s+(?:(?i:{openers})\s+)?\S+", figure)
    if found is None:
        return []
    return fold(" ".join(noun_phrase_end(figure, found.end(), COUNTED_REACH)[1])).split()


@cache
def _whole_openers() -> frozenset[str]:
    """What may stand between a share's "of" and its whole's number ("of the five")."""
    return frozenset(words()["possessives"] | {"the", "these", "those"})


def _whole_of_a_share(text: str, at: int) -> bool:
    """Whether the number at `at` is the whole of a share, a number and "of" right before
    it ("Three of the five"): the whole is no count a correction gives, its part is."""
    tokens = fold(text[:at]).split()[-3:]
    while tokens and tokens[-1] in _whole_openers():
        tokens.pop()
    return len(tokens) >= 2 and tokens[-1] == "of" and bool(_number().fullmatch(tokens[-2]))


def _capitalised(texts: Iterable[str]) -> dict[str, str]:
    """Each word the texts write with a capital inside a sentence ("Polish", "UN"),
    keyed by its small letters: how a name or a proper adjective is written. Not a
    function word with its capital ("The" after a dateline's dash opens its sentence:
    “four of The five aid workers” had quoted it so, r78 F2)."""
    from brief.language import ENGLISH
    from brief.rank.text import stop_words

    function_words = stop_words(ENGLISH)
    found: dict[str, str] = {}
    for text in texts:
        for word in re.findall(r"\w[\w'-]*", text)[1:]:
            if word.islower() or word.isdigit():
                continue
            if word[1:].islower() and word.casefold() in function_words:
                continue
            found.setdefault(word.casefold(), word)
    return found


def _as_written(shown: str, sentence: str, written: Mapping[str, str], language: str) -> str:
    """The words of a count an earlier brief showed, as its reader saw them (r74 F20: "An
    earlier brief gave “five polish”"). The state keeps what was sent folded, so a word
    today's reports write with a capital takes that form ("Polish"); and a count whose
    last word is such a word, a proper adjective or a name before its noun, takes the
    noun after it too ("five Polish nationals"): the quotation marks promise words a
    reader read, and a modifier alone is no phrase of his."""
    tokens = sentence.split()
    words = shown.split()
    size = len(words)
    start = next((k for k in range(len(tokens) - size + 1) if tokens[k : k + size] == words), None)
    if start is not None and words[-1] in written and start + size < len(tokens):
        after = tokens[start + size]
        if after not in written and content_stems(after, language):
            words = [*words, after]
    return " ".join(written.get(word, word) for word in words)


def _casualty_stems(language: str) -> frozenset[str]:
    dead, hurt = _casualty_kinds(language)
    return dead | hurt


def _grouped(tokens: Sequence[str], start: int) -> int:
    """The last token of a number in thousands that folding split ("14 500" of "14,500"):
    after a token of one to three digits, each of three digits; `start` where none. A
    month's day is no group's head: "by may 12 150 people" was "By May 12, 150 people"."""
    last = start
    if start and tokens[start - 1] in month_names():
        return last
    if tokens[start].isdigit() and len(tokens[start]) <= 3:
        while last + 1 < len(tokens) and re.fullmatch(r"\d{3}", tokens[last + 1]):
            last += 1
    return last


@cache
def _number() -> re.Pattern[str]:
    """A count as written: digits, or a number's word ("three", "dozen")."""
    spelled = "|".join(sorted(number_words(), key=len, reverse=True))
    return re.compile(rf"\b(?:\d[\d,.]*\d|\d|(?i:{spelled}))\b")
