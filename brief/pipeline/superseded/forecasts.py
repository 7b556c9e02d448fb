"""Forecasts a story's other reports settle: one another report says came to pass
(`overtaken_forecasts`: "the storm is expected to reach the coast" beside "the storm
reached the coast") and one whose day a later report has passed (`passed_forecasts`).
What is to come, once it has come, is no news."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache

from brief.extract.lexicon import WordMemo, alternation, words
from brief.inflection import inflection_key
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.phrases import (
    HISTORY,
    NOT_DONE,
    TOKEN,
    WORD,
    head_word,
    name_in_common,
    names_between,
    small_words,
    subject_phrase,
)
from brief.pipeline.superseded.reports import STALE_DAYS, not_before, source_days, story_of_sources

# A forecast: a verb under "will", "is expected (due, set, forecast, (un)likely ...) to" or
# "plans to", or the past of a plan told as reported speech ("the service said the storm
# was expected to reach the coast", "the ministers were unlikely to meet before December"):
# a report that tells the outcome overtakes either. Its "verb" group is the event to come;
# called_off reads forecasts by it too.
FORECAST = re.compile(
    r"\b(?:will|(?:is|are|was|were) (?:\w+ly )?"
    r"(?:expected|due|set|scheduled|slated|poised|going|forecast|predicted|likely|unlikely) to"
    r"|plans? to|intends? to) (?:(?:also|then|soon|later|now|finally) )?(?:be )?"
    r"(?P<verb>[a-z]+)\b"
)


# How far around a verb its subject and object are read, in characters.
_BEFORE, _AFTER = 100, 70


def overtaken_forecasts(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that forecast what another report of their story, of the same day or
    later, says happened: "The salvage tug Poseidon Titan ... is expected to reach the
    Asterion Bay early on Saturday" beside a late report's "The salvage tug Poseidon Titan
    reached the drifting container ship Asterion Bay ... on Friday evening" (r43). Both
    tell the verb of a name before it and of a name after it (who did it, and to what or
    whom: "AMD will acquire SeaMicro", "AMD has acquired SeaMicro"); a past form that
    is no such verb ("chips made by AMD") rarely has both. An outcome dated to the past
    ("met in 2019", "the last time the two teams played") is history, not the
    forecast's.

    Only another report can overtake a forecast: the stories of one report (most of an
    inbox's) are not read (at 1,000 articles, 40% of the sentences and of this check's
    CPU)."""
    story_of = story_of_sources(story_groups, several=True)
    days = source_days(corpus)
    speaking = words().speech
    forecasts: dict[str, list[tuple[int, _Roles]]] = {}
    for k, sentence in enumerate(unique):
        if sentence.source not in story_of:
            continue
        for found in FORECAST.finditer(sentence.text):
            if found["verb"] in speaking:
                continue  # "who reads this will say" is no event to come
            key = inflection_key(found["verb"])
            if any(told == key for told, _, _ in _past_forms(sentence.text, {key: None})):
                continue  # "was expected to land on Friday but landed on Thursday": told
            roles = _forecast_roles(sentence.text, found.start(), found.end())
            if all(roles):
                forecasts.setdefault(key, []).append((k, roles))
    if not forecasts:
        return frozenset()
    # the sources that forecast something in each story: only another source's report
    # can overtake a forecast, so a sentence of a story with none is not read
    forecasting: dict[int | None, set[int]] = {}
    for told in forecasts.values():
        for k, _ in told:
            forecasting.setdefault(story_of.get(unique[k].source), set()).add(unique[k].source)
    overtaken = set()
    for sentence in unique:
        story = story_of.get(sentence.source)
        if story is None or not forecasting.get(story, set()) - {sentence.source}:
            continue
        if HISTORY.search(sentence.text):
            continue
        for key, start, end in _past_forms(sentence.text, forecasts):
            before, after = _roles(sentence.text, start, end)
            before = [*before, *_subject_head(sentence.text[:start])]
            after = [*after, *_object_head(sentence.text[end:])]
            for k, (who, what) in forecasts[key]:
                forecast = unique[k]
                if (
                    forecast.source != sentence.source
                    and story_of.get(forecast.source) == story_of[sentence.source]
                    and not_before(days, sentence.source, forecast.source)
                    and name_in_common(who, before)
                    and name_in_common(what, after)
                ):
                    overtaken.add(k)
    return frozenset(overtaken)


def passed_forecasts(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences of an earlier day's report that forecast or schedule something for a
    day its story's latest day has reached ("Talks were due to resume at 20:00 on
    Monday" in Monday's report, "the storm is forecast to make landfall on Tuesday" in
    Sunday's, beside Tuesday's reports): what was to come by then has come or not, and
    the latest day's reports tell which. Read beside them, the forecast reads as what is
    still to come (r60 F9: talks "due to resume" beside the strike their collapse
    brought). A forecast's weekday is the first such day on or after its report's day
    (a forecast is of what is to come); one bounding a span ("until Friday", "by
    Monday") dates no event, and a report more than STALE_DAYS before the latest day
    tells history."""
    story_of = story_of_sources(story_groups)
    days = source_days(corpus)
    latest: dict[int, date] = {}
    for number, n in story_of.items():
        if number in days:
            latest[n] = max(latest.get(n, days[number]), days[number])
    speaking = words().speech
    passed = set()
    for k, sentence in enumerate(unique):
        source = sentence.source
        story = story_of.get(source)
        if story is None or source not in days or "day" not in sentence.text:
            continue
        day, last = days[source], latest[story]
        if not 0 < (last - day).days <= STALE_DAYS:
            continue
        for found in FORECAST.finditer(sentence.text):
            if found["verb"] in speaking:
                continue
            when = _forecast_day(sentence.text, found.end(), day)
            if when is not None and when <= last:
                passed.add(k)
                break
    return frozenset(passed)


def _forecast_day(text: str, end: int, day: date) -> date | None:
    """The day a forecast ending at `end` is for: the first weekday its clause names
    after it as an event's day ("on Tuesday", "early on Tuesday", "at 20:00 on Monday"),
    read from the report's `day` as the timeline reads it (`weekdays.weekday_dates`: not
    a span's bound, "until Friday"); None where it names none, or where the text
    qualifies the weekday ("next Friday", "on Monday, 22 March", "a week on Monday"): a
    plan read as due too soon is dropped while still to come, and a gap is better."""
    from brief.extract.figures.weekdays import weekday_dates

    clause = _CLAUSE_END.search(text, end)
    stop = clause.start() if clause else len(text)
    for found in weekday_dates(text, day.isoformat(), ahead_from=end):
        if not end <= found.start < stop or not found.date:
            continue
        if _qualified(text, found.start, found.end, found.text):
            return None
        return date.fromisoformat(found.date)
    return None


# What ends a forecast's clause: its punctuation, or a conjunction that opens another.
_CLAUSE_END = re.compile(
    r"[;(\u2014]|:(?!\d)|,\s+(?:but|and|while|after|before|because|as)\b|\.\s|\.$"
)


def _qualified(text: str, start: int, end: int, written: str) -> bool:
    """A weekday with a word or a date of its own: "next Friday", "on Monday, 22 March",
    "a week on Monday" (words.toml's durations)."""
    return (
        written.split()[0].lower() in words()["time_adverbs"]
        or _dated_after().match(text, end) is not None
        or _counted_from().search(text, max(0, start - 30), start) is not None
    )


@cache
def _dated_after() -> re.Pattern[str]:
    """A date right after a weekday: "Monday, 22 March", "Monday March 22"."""
    from brief.extract.figures.notation import MONTH

    return re.compile(
        rf",?\s*(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}|{MONTH}\s+\d)"
    )


@cache
def _counted_from() -> re.Pattern[str]:
    """A duration counted from a weekday, just before it: "a week on", "two days after"."""
    return re.compile(rf"\b(?:{alternation(words()['durations'])})\s+(?:on|from|after)\s+\Z")


# The names before a verb and the names after it (each name a set of its words).
_Roles = tuple[list[frozenset[str]], list[frozenset[str]]]


def _forecast_roles(text: str, start: int, end: int) -> _Roles:
    """Who a forecast is of and what it is to: the names before and after it, or where it
    names none, its subject's head noun ("the storm is expected to ...") and its object's
    ("... to make landfall", "to reach the coast"). An outcome of the same verb with the
    same subject and object tells it came to pass ("the storm made landfall")."""
    who, what = _roles(text, start, end)
    return who or _subject_head(text[:start]), what or _object_head(text[end:])


def _subject_head(before: str) -> list[frozenset[str]]:
    """The head noun of the noun phrase right before a verb, as a one-word name; none for a
    pronoun ("it", "they") or a name (those are read as names)."""
    phrase = subject_phrase(before)
    if not phrase:
        return []
    head = head_word(phrase)
    lists = words()
    if not head.isalpha() or not head.islower() or len(head) < 3:
        return []
    if head in lists["subject_pronouns"] | lists["body_pronouns"] | lists["articles"]:
        return []
    return [frozenset({head})]


def _object_head(after: str) -> list[frozenset[str]]:
    """The head noun of the object right after a verb ("make landfall near Kiro" ->
    "landfall", "reach the east coast" -> "coast"): the last lower-case word of its noun
    phrase, after any determiner and before a preposition, a calendar word or punctuation."""
    from brief.extract.lexicon import calendar_word

    lists = words()
    skip = small_words()
    stops = lists["object_prepositions"] | lists["name_prepositions"]
    phrase: list[str] = []
    for token in TOKEN.findall(after)[:_OBJECT_REACH]:
        lower = token.lower()
        if not phrase and lower in skip:
            continue
        if (
            not token.isalpha()
            or not token.islower()
            or lower in stops
            or calendar_word(lower)
            or lower.endswith("ly")  # "cross the coast early on Tuesday"
        ):
            break
        phrase.append(lower)
    return [frozenset({phrase[-1]})] if phrase else []


# How many words after a verb its object's noun phrase is read through.
_OBJECT_REACH = 4


def _past_forms(text: str, forecasts: Mapping[str, object]) -> list[tuple[str, int, int]]:
    """The forecast verbs the text tells in the past ("reached"), with where they are.
    (Most sentences tell none: their words' keys are looked up in C first, and only a
    sentence with one is read word by word; at 1,000 articles this had read 8,700.)"""
    keys = map(_PAST_KEYS.__getitem__, map(str.lower, WORD.findall(text)))
    if forecasts.keys().isdisjoint(keys):
        return []
    found = []
    words = list(WORD.finditer(text))
    for n, word in enumerate(words):
        key = _PAST_KEYS[word[0].lower()]
        if key in forecasts and not (n and words[n - 1][0].lower() in NOT_DONE):
            found.append((key, word.start(), word.end()))
    return found


def _past_key(form: str) -> str:
    """A past form's inflection key ("reached" -> "reach"), "" for any other word."""
    from brief.inflection import past_form

    return inflection_key(form) if past_form(form) else ""


# asked of every word of every sentence of a brief: worked out once a distinct word
_PAST_KEYS = WordMemo(_past_key)


def _roles(text: str, start: int, end: int) -> _Roles:
    """The names before the verb's words (`start`) and after them (`end`), near them."""
    return names_between(text, max(0, start - _BEFORE), start), names_between(
        text, end, end + _AFTER
    )
