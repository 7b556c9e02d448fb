"""Events to come that a report of their story says will not happen (r58 #15).

A brief's timeline lists what is scheduled ("Harbour Minister Ines Calder will address
parliament on Thursday") under its day, as it lists what happened. When a report of the
same story, of that day or a later one, says the event was called off ("Her address to
parliament on Thursday has been cancelled"), the row would tell the reader to expect what
the sources say will not come: the forecast is no row and no bullet.

The two are the same event when the report of its calling off names the event by the
forecast's verb (its noun or any form: "will address" and "her address", "will meet"
and "the meeting") and shares with the forecast a name or a day ("Calder", "Thursday").
A calling off that is itself denied ("has not been cancelled") calls nothing off. That a
person has since left an office does not settle that her engagement is off: only the
text's word that it is does.

A calling off is itself overtaken (`undone`) where a report of its story, of its day or
later, says the event is on again ("The summit that was scrapped on Monday will be held
on Wednesday after all": a sentence that tells the calling off as what came before, and
then what will be), or where a report of a later day tells the event as done ("the
premiers met in Lisbon on Wednesday"): the calling off is no longer the news, and a
brief that heads the story with it tells its reader the opposite of what happened (r66
F1). Such a sentence of the event on again is no forecast that the calling off it tells
overtakes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from brief.extract.lexicon import alternation, calendar_word, shared_starts, word_codes, words
from brief.inflection import inflection_key
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.forecasts import FORECAST
from brief.pipeline.superseded.phrases import NOT_DONE, names_between
from brief.pipeline.superseded.reports import not_before, source_days, story_of_sources

_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\w'’]*-[\w'’-]*")


def called_off(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` of forecasts another sentence of their story calls off."""
    story_of = story_of_sources(story_groups)
    # story -> event (an inflection key) -> the sentences calling it off, each with the
    # names and days of its clauses that do: read once a sentence, so that a long file,
    # one story whose forecasts all meet all its offs, is read in one pass
    offs: dict[int, dict[str, list[tuple[int, Sentence, list[_Clause]]]]] = {}
    for k, sentence in enumerate(unique):
        if sentence.source not in story_of or not calls_off(sentence.text):
            continue
        for event, clauses in _events_called_off(sentence.text).items():
            named = [_Clause(frozenset(_marks(c) | _calendar(c)), _moved_to(c)) for c in clauses]
            by_event = offs.setdefault(story_of[sentence.source], {})
            by_event.setdefault(event, []).append((k, sentence, named))
    if not offs:
        return frozenset()
    days = source_days(corpus)
    found = set()
    for k, sentence in enumerate(unique):
        by_event = offs.get(story_of.get(sentence.source, -1), {})
        if not by_event:
            continue
        if _on_again(sentence.text):
            continue  # it tells the calling off as what came before: see undone
        for forecast in _forecasts(sentence.text):
            candidates = [
                candidate
                for event in _forecast_events(sentence.text, forecast)
                for candidate in by_event.get(event, [])
            ]
            marks = _marks(sentence.text[: forecast.start()]) | _calendar(sentence.text)
            if any(
                position != k
                and not_before(days, off.source, sentence.source)
                and any(
                    clause.of_plan(marks, _earlier(days, sentence.source, off.source))
                    for clause in clauses
                )
                for position, off, clauses in candidates
            ):
                found.add(k)
    return frozenset(found)


def undone(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` of sentences calling an event off that another report of
    their story says is on again (of the same day or later: see _on_again), or a later
    entry of the same live page (see _later_entry, _back_on), or, of a later day, took
    place (see _held). The two name the event by one word (its noun, or a form
    of its verb: "the meeting", "met") and share a name or a day of the calling off's
    clause; a report of it held shares its day, where the calling off gives one."""
    story_of = story_of_sources(story_groups)
    # story -> the sentences calling an event off, each with the names and days of its
    # clauses that do, by event: read once a calling off, not again for each sentence
    # of its story that may undo it (at 1,000 articles that had been 0.06 s of CPU)
    offs: dict[int, list[tuple[int, Sentence, dict[str, list[set[str]]]]]] = {}
    for k, sentence in enumerate(unique):
        if sentence.source not in story_of or not calls_off(sentence.text):
            continue
        if _on_again(sentence.text):
            continue
        events = {
            event: [_marks(clause) | _calendar(clause) for clause in clauses]
            for event, clauses in _events_called_off(sentence.text).items()
            if _event_noun(event, sentence.text)
        }
        if events:
            offs.setdefault(story_of[sentence.source], []).append((k, sentence, events))
    if not offs:
        return frozenset()
    days = source_days(corpus)
    found: set[int] = set()
    for sentence in unique:
        theirs = [
            off
            for off in offs.get(story_of.get(sentence.source, -1), ())
            if off[0] not in found
            and (off[1].source != sentence.source or _later_entry(sentence.text, off[1].text))
        ]
        if not theirs:
            continue
        again, held = _on_again(sentence.text), _held(sentence.text)
        if any(off[1].source == sentence.source for off in theirs):
            # a live page's later entry tells the event on again by the words that say it
            # was off before: "... will take place in Vienna on Friday afternoon after all"
            again |= _back_on(sentence.text)
        if not again and not held:
            continue
        marks = _marks(sentence.text) | _calendar(sentence.text)
        for position, off, events in theirs:
            later = _earlier(days, off.source, sentence.source)
            for event, named in events.items():
                if not any(marks & clause for clause in named):
                    continue
                if (event in again and not_before(days, sentence.source, off.source)) or (
                    event in held and later and _same_days(off.text, sentence.text)
                ):
                    found.add(position)
    return frozenset(found)


def _later_entry(text: str, off: str) -> bool:
    """Is the sentence a live page's entry stamped later than the calling off's entry? A
    page's later entry may put the event back on (r66: "19:05 — ... the meeting ... will
    take place in Vienna on Friday afternoon after all" under "07:30 — ... Friday's
    meeting ... has been called off" had left the calling off a bullet, New, once the
    page was a story of its own)."""
    from brief.ingest.furniture import entry_stamp

    later, earlier = entry_stamp(text), entry_stamp(off)
    return later is not None and earlier is not None and later.minute_of_day > earlier.minute_of_day


def _back_on(text: str) -> set[str]:
    """The events a sentence forecasts with the words that say they were off before it:
    a forecast whose clause closes on "after all" ("will take place ... after all").
    Opening a sentence, "After all, ..." gives a reason, and tells nothing back on."""
    closing = _AFTER_ALL.search(text)
    if closing is None or not any(f.start() < closing.start() for f in _forecasts(text)):
        return set()
    return {
        _event_of(word)
        for word in _WORD.findall(text[: closing.start()])
        if _event_noun(_event_of(word), text)
    }


# "after all" closing a clause: the event goes ahead though it was off.
_AFTER_ALL = re.compile(r"\bafter all\s*(?=[.;,!]|$)")


def _same_days(off: str, held: str) -> bool:
    """Does a report of the event held give a day the calling off gives ("Wednesday's
    meeting", "met on Wednesday"), where that gives one?"""
    theirs = _days(off)
    return not theirs or bool(theirs & _days(held))


def _days(text: str) -> set[str]:
    """The calendar words of a text, a possessive's too ("Wednesday's")."""
    plain = (w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text))
    return {w for w in plain if calendar_word(w)}


def _on_again(text: str) -> set[str]:
    """The events a sentence tells as called off and then as to come: its subject, the
    event's noun, called off in a clause of its own, and a forecast after that ("The
    summit that was scrapped on Monday will be held on Wednesday after all")."""
    offs = [found for found in _calling_off().finditer(text) if not _denied(text, found)]
    if not offs or not any(f.start() > offs[0].end() for f in _forecasts(text)):
        return set()
    before = _WORD.findall(text[: offs[0].start()])
    # the calling off is a relative clause of the subject ("that was called off", "which
    # had been cancelled"): "The minister, who cancelled her trip, will speak" tells the
    # trip off still
    if not {w.lower() for w in before[-_RELATIVE_REACH:]} & words()["sign_relatives"]:
        return set()
    subject = before[:_SUBJECT_REACH]
    return {_event_of(word) for word in subject if _event_noun(_event_of(word), text)}


def _held(text: str) -> set[str]:
    """The events a sentence tells as done: a verb's past form ("met", "cancelled" not,
    and none under a forecast or a denial), by the event it names."""
    from brief.inflection import past_form

    if calls_off(text) or _forecasts(text):
        return set()
    written = _WORD.findall(text)
    past = {
        _event_of(word)
        for n, word in enumerate(written)
        if word.islower() and past_form(word) and not (n and written[n - 1].lower() in NOT_DONE)
    }
    return {event for event in past if _event_noun(event, text)}


def _event_noun(event: str, text: str) -> bool:
    """Can this inflection key be an event: no small word (a determiner, possessive,
    preposition or clause word) nor a name or a day of the text."""
    small = (
        words()["determiners"]
        | words()["possessives"]
        | words()["clause_words"]
        | words()["indefinites"]
        | _prepositions()
    )
    if event in small or calendar_word(event) or len(event) < 3:
        return False
    return not any(w[:1].isupper() and _event_of(w) == event for w in _WORD.findall(text)[1:])


@dataclass(frozen=True)
class _Clause:
    """A clause that calls an event off: the names and days it gives, and the days it
    moves the event to, if any ("postponed the strike to Tuesday": "tuesday")."""

    marks: frozenset[str]
    moved_to: frozenset[str]

    def of_plan(self, marks: set[str], earlier: bool) -> bool:
        """Does the clause call off the plan of a forecast with these names and days?
        It shares one with it, other than the new day. A forecast of the new day is the
        new plan, not the one called off; and where the event is moved, a forecast of the
        same day that names no day of the old plan may be the new one already (trust
        first: it stays)."""
        if not marks & (self.marks - self.moved_to) or marks & self.moved_to:
            return False
        return not self.moved_to or earlier or bool(_calendar_of(marks) & self.marks)


def _earlier(days: Mapping[int, date], forecast: int, off: int) -> bool:
    """Is the forecast's report of a day before the calling off's?"""
    return forecast in days and off in days and days[forecast] < days[off]


def _calendar_of(marks: set[str]) -> set[str]:
    return {mark for mark in marks if calendar_word(mark)}


def _moved_to(clause: str) -> frozenset[str]:
    """The days a clause moves its event to: the calendar words right after "to",
    "until" or "till" after its calling off ("postponed to Tuesday", not "the address to
    parliament on Thursday was postponed"), or after a calling off that ends in "for"
    ("now set for Friday")."""
    moved: set[str] = set()
    offs = list(_calling_off().finditer(clause))
    if not offs:
        return frozenset()
    starts = [found.end() for found in _MOVED_TO.finditer(clause, offs[0].end())]
    starts += [found.end() for found in offs if found[0].lower().endswith(" for")]
    for start in starts:
        ahead = _WORD.findall(clause[start:])[:_NEW_DAY_REACH]
        moved |= {w.lower() for w in ahead if calendar_word(w.lower())}
    return frozenset(moved)


_MOVED_TO = re.compile(r"\b(?:to|until|till)\b", re.IGNORECASE)
# How many words after "to" name the new day ("to next Friday", "until 20 March").
_NEW_DAY_REACH = 3


def _forecasts(text: str) -> list[re.Match[str]]:
    """The forecasts of a sentence: FORECAST's, and in reported speech the "would" that is
    the past of "will" after a verb of saying ("the chairman said the strike would go on
    until the fees were withdrawn": r65 F11)."""
    found = list(FORECAST.finditer(text))
    for would in _REPORTED_FORECAST.finditer(text):
        before = _WORD.findall(text[: would.start()])
        if any(_is_saying(word.lower()) for word in before):
            found.append(would)
    return found


# A forecast in reported speech: "would" and its verb, as FORECAST reads "will".
_REPORTED_FORECAST = re.compile(
    r"\bwould (?:(?:also|then|soon|later|now|finally) )?(?:be )?(?P<verb>[a-z]+)\b"
)


def _is_saying(word: str) -> bool:
    speaking = words().speech
    return word in speaking or inflection_key(word) in speaking


def _forecast_events(text: str, forecast: re.Match[str]) -> set[str]:
    """The events (inflection keys) a forecast names: its verb ("will strike"), or the
    word words.toml's same_words gives for the verb with the word after it ("will stop
    work" is a strike, as the report calling it off will name it); where the verb says an
    event under way goes on (words.toml's continuing: "the strike will go on", "would
    continue"), the event is its subject's noun, the word before the forecast."""
    verb = forecast["verb"]
    after = _WORD.findall(text[forecast.end() :])[:1]
    events = {_event_of(verb)}
    if after:
        phrase = _same_words().get(f"{verb} {after[0].lower()}")
        if phrase:
            events.add(inflection_key(phrase))
    going_on = {verb, f"{verb} {after[0].lower()}"} if after else {verb}
    subject = _WORD.findall(text[: forecast.start()])[-1:]
    if going_on & words()["continuing"] and subject:
        events.add(_event_of(subject[0]))
    return events


# Asked of every sentence of a part's stories by `called_off`, then of those of its
# stories of several reports again by `undone`: at 1,000 articles 29,101 times of 17,829
# texts, the repeats 0.06 s of CPU. The text alone settles it: kept by text.
@lru_cache(maxsize=1 << 15)
def calls_off(text: str) -> bool:
    """Whether the sentence says something will not happen: a word of words.toml's
    calling_off, not denied ("has not been cancelled")."""
    return any(not _denied(text, found) for found in _calling_off().finditer(text))


def _events_called_off(text: str) -> dict[str, list[str]]:
    """The events (inflection keys) the text calls off, each with its clauses that do:
    the event's noun heads the clause's subject ("Her address to parliament has been
    cancelled"), or the calling off takes it as object ("scrapped Thursday's meeting") or
    verb ("will no longer address"). A clause of another event ("A rival protest was
    called off, but the address will go ahead") calls nothing of it off, and a sentence
    that says the event still goes ahead calls it off nowhere."""
    if _going_ahead().search(_calling_off().sub(" ", text)):
        return {}
    events: dict[str, list[str]] = {}
    for clause in _CLAUSE_END.split(text):
        governed: set[str] = set()
        for found in _calling_off().finditer(clause):
            if not _denied(clause, found):
                governed |= _governed(clause, found)
        for event in governed:
            events.setdefault(event, []).append(clause)
    return events


def _governed(clause: str, found: re.Match[str]) -> set[str]:
    """The events the calling off (`found`) is of: see _events_called_off. An event's
    first place decides: right after the calling off, or its object after up to two words
    of a determiner, a possessive or a name; else among the clause's first words as its
    subject's noun, with no preposition before it ("Calder's planned address", not "a
    protest against the address")."""
    before = _WORD.findall(clause[: found.start()])
    after = _WORD.findall(clause[found.end() :])
    # a move is of the plan only where the moved thing is that plan ("the strike", "its
    # walkout"): "A second strike is now set for Monday" is one more, not the first moved
    others = words()["indefinites"] if _moved_to(clause) else frozenset()
    decided: dict[str, bool] = {}
    for n, word in enumerate(after[:3]):
        opening = {w.lower() for w in after[:n]}
        decided.setdefault(_event_of(word), _modifies(after[:n]) and not opening & others)
    for n, word in enumerate(before[:_SUBJECT_REACH]):
        opening = {w.lower() for w in before[:n]}
        decided.setdefault(_event_of(word), not opening & (_prepositions() | others))
    return {event for event, governs in decided.items() if governs}


def _event_of(word: str) -> str:
    """The event a word names, by its inflection key: of the plainer word where
    words.toml's same_words gives one ("walkout" is a strike)."""
    lower = word.lower()
    return inflection_key(_same_words().get(lower, lower))


def _modifies(words_before: Sequence[str]) -> bool:
    """Do these words open the noun phrase of the word after them? Determiners,
    possessives, names, days (`_modifier`), and after a determiner or a possessive any
    word but a preposition or a conjunction ("the nationwide strike", "its planned
    address": r65 F11), as an adjective is."""
    if all(_modifier(w) for w in words_before):
        return True
    small = words()["determiners"] | words()["possessives"]
    return (
        len(words_before) == 2
        and words_before[0].lower() in small
        and words_before[1].lower() not in _prepositions() | words()["clause_words"]
    )


def _modifier(word: str) -> bool:
    lower = word.lower()
    return (
        lower in words()["determiners"]
        or lower in words()["possessives"]
        or word[0].isupper()
        or calendar_word(lower)
        or "-" in word  # a compound before its noun: "its 24-hour strike", "the long-planned visit"
    )


# A clause ends at a semicolon, a colon, a dash, or a comma or conjunction that joins another.
_CLAUSE_END = re.compile(r"[;:\u2014]|,? \b(?:but|while|whereas|although|though)\b", re.I)
# How many words open a clause up to its subject's noun ("The minister's planned address").
_SUBJECT_REACH = 5
# How many words before a calling off its relative word stands ("that had been called off").
_RELATIVE_REACH = 3
_DENIAL_REACH = 12
_DENIED = re.compile(r"\b(?:not|never|n't)\b(?:\s+\w+)?\s*\Z", re.IGNORECASE)


def _denied(text: str, found: re.Match[str]) -> bool:
    return _DENIED.search(text, max(0, found.start() - _DENIAL_REACH), found.start()) is not None


def _marks(text: str) -> set[str]:
    """The words of the names in the text (who or where the event is)."""
    return {word for name in names_between(text, 0, len(text)) for word in name}


def _calendar(text: str) -> set[str]:
    """The calendar words of the text (when the event is): "thursday", "december"."""
    return {w.lower() for w in _WORD.findall(text) if calendar_word(w.lower())}


@cache
def _calling_off() -> re.Pattern[str]:
    # (as a tree of the words' shared starts: asked of every sentence, 40% faster)
    return re.compile(rf"\b(?:{shared_starts(words()['calling_off'])})\b", re.IGNORECASE)


@cache
def _same_words() -> dict[str, str]:
    return word_codes("same_words")


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(words()["object_prepositions"] | words()["name_prepositions"])


@cache
def _going_ahead() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['going_ahead'])})\b", re.IGNORECASE)
