"""States a later report of the story gives anew: a state an earlier day's report gives
as current that a later day's report gives to another value (`restated_states`: "the
curfew now runs from 8pm" beside "the curfew now runs from 10pm"), and a thing closed
that a later report says is open again, or the other way round (`reversed_states`: a
road, a border, a curfew, flights), and a plan or a state a report moves by restating
it, then giving it anew (`moved_states`: "In our statement of 14 June we said the crew
would be relieved on Saturday. The crew change will now take place on Sunday")."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from brief.extract.figures.right_figure import right_figure_name
from brief.extract.lexicon import alternation, calendar_word, verb_forms, words
from brief.inflection import inflection_key
from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.counts import earlier_event
from brief.pipeline.superseded.phrases import (
    NOT_DONE,
    PHRASE_END,
    SUBJECT_SPAN,
    TOKEN,
    WORD,
    capitalised_words,
    head_word,
    small_words,
    subject_phrase,
    told_as_history,
)
from brief.pipeline.superseded.reports import (
    STALE_DAYS,
    dated_readings,
    not_before,
    source_days,
    story_of_sources,
)
from brief.prefilter import may_hold

# A state given as the current one: "now" and the verb that tells it ("which now runs
# from", "will now run from", "is now at"), not "until now", "by now" (words.toml's
# not_current_before_now). Its "verb" is the attribute's verb, or the "be" before "now"
# where a value follows it ("the level is now 4").
_NOW_STATE = re.compile(
    r"\b(?P<aux>is|are|was|were|has|have|will|would)?\s?\bnow "
    r"(?P<verb>[a-z]+|\d[\d.,:]*)\b(?P<rest>[^;]*)"
)


# What ends the value a state gives: a clause's punctuation before another clause.
_VALUE_END = re.compile(r"[,;(\u2014\u2013]|:(?!\d)|\.\s|\.$|\bafter\b|\bbecause\b|\binstead\b")


@dataclass(frozen=True)
class _State:
    """A state a sentence gives as current."""

    key: str  # the verb's key ("run", or the "be" before "now")
    head: str  # the stem of its subject's head noun ("curfew", "toll")
    names: frozenset[str]  # the capitalised names of its subject and value
    value_head: str  # the value's first word ("from", "at")
    value: str  # the value as written
    object: str  # the value's noun phrase after a determiner ("the airport"), lower case


def _states(text: str) -> list[_State]:
    """The states a sentence gives as current, each with its subject: the noun phrase
    right before "now", after any verb of saying ("Officials said the death toll now
    stands at 40" -> "the death toll")."""
    from brief.rank.text import terms

    lists = words()
    found = []
    for state in _NOW_STATE.finditer(text):
        verb, aux = state["verb"], state["aux"]
        if verb in lists.speech or inflection_key(verb) in lists.speech:
            continue  # "officials now say": who says it, not a state
        before = text[max(0, state.start() - SUBJECT_SPAN) : state.start()].split()
        if not aux and before and before[-1].lower() in lists["not_current_before_now"]:
            continue  # "until now", "for now"
        told_by_aux = not verb.isalpha() or verb in _not_state_verbs()
        if told_by_aux and not aux:
            continue
        rest = f"{verb}{state['rest']}" if told_by_aux else state["rest"]
        end = _VALUE_END.search(rest)
        value = " ".join(rest[: end.start() if end else len(rest)].split())
        phrase = subject_phrase(text[: state.start()])
        heads = terms(head_word(phrase)) if phrase else []
        if not value or not heads:
            continue
        key = inflection_key(aux or "") if told_by_aux else inflection_key(verb)
        value_head = next((word.lower() for word in value.split() if word.isalpha()), "")
        found.append(
            _State(
                key,
                heads[0],
                capitalised_words(phrase[1:]) | capitalised_words(value.split()),
                value_head,
                value,
                _object(value),
            )
        )
    return found


def _restates(earlier: _State, later: _State) -> bool:
    """Does `later` give `earlier`'s state anew, to another value? The same verb, the
    same head of the subject ("toll" is not "number") and the value's first word alike;
    a name or an object one has and the other has not, or another, is another state
    ("the curfew in Avel" is not "the curfew in Bera", "control the airport" not "the
    port"): when unsure, the earlier one stays."""
    return (
        earlier.key == later.key
        and earlier.head == later.head
        and earlier.value_head == later.value_head
        and earlier.names == later.names
        and earlier.object == later.object
        and earlier.value.lower() != later.value.lower()
    )


def _object(value: str) -> str:
    """The noun phrase a state's value names after a determiner ("control the airport" ->
    "the airport"): another object is another state, not this one's new value."""
    lists = words()
    stops = lists["articles"] | lists["object_determiners"] | lists["possessives"]
    tokens = value.lower().split()
    at = next((i for i, word in enumerate(tokens) if word in stops), None)
    return " ".join(tokens[at:]) if at is not None else ""


@cache
def _not_state_verbs() -> frozenset[str]:
    """Words after "now" that are no verb of a state ("now in its third day", "now a")."""
    return words()["now_not_verbs"] | words()["articles"]


def restated_states(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give a state as current ("the night curfew, which now runs from
    21:00 to 05:00", "the alert level is now 3") where a report of their story of a later
    day gives the same subject's same state anew, to another value ("the curfew now runs
    from midnight"): the later report says what holds now, as a later day's count says
    the toll, and the earlier one read beside it gives nothing to say which is current
    (r60 F1: an embassy's first alert's curfew hours had been the only ones shown).
    The same state is the same verb after "now" (or the "be" before it), the same head
    of its subject (the noun phrase before "now", after any verb of saying), the same
    names and object, and the value's first word alike ("from", "at"); a value given
    again is no change (`_restates`). Reports more than STALE_DAYS apart tell history.
    The later report may give it in the present without "now" (`_plain_states`: "the
    curfew runs from midnight", "the level is 2"): what a later day's report says holds
    is what holds, however it words it; the earlier one's "now" is what dates it."""
    story_of = story_of_sources(story_groups)
    days = source_days(corpus)
    states = dated_readings(
        unique, story_of, days, lambda s: _states(s.text) if "now " in s.text else []
    )
    # the states by story and day: a sentence is read only against its story's later days
    # (one long file is one story of one day, whose states are never read in pairs)
    by_day: dict[tuple[int, date], list[int]] = {}
    for k in states:
        source = unique[k].source
        by_day.setdefault((story_of[source], days[source]), []).append(k)
    # a later report may give the state anew without "now" ("the curfew runs from 23:00"):
    # those are read as later states only, of the verbs the story's "now" states use
    keys: dict[int, set[str]] = {}
    for k, found in states.items():
        keys.setdefault(story_of[unique[k].source], set()).update(state.key for state in found)
    later_states = dict(states)
    for k, sentence in enumerate(unique):
        story = story_of.get(sentence.source)
        if (
            story in keys
            and sentence.source in days
            and (plain := _plain_states(sentence.text, keys[story]))
        ):
            later_states[k] = states.get(k, []) + plain
            if k not in states:
                by_day.setdefault((story, days[sentence.source]), []).append(k)
    named = _named_by_story(corpus, unique, story_of, later_states)
    states = {k: [named(k, state) for state in found] for k, found in states.items()}
    later_states = {k: [named(k, state) for state in found] for k, found in later_states.items()}
    stale = set()
    for k, mine in states.items():
        source = unique[k].source
        later = [
            others
            for (story, day), others in by_day.items()
            if story == story_of[source] and 0 < (day - days[source]).days <= STALE_DAYS
        ]
        if any(
            _restates(state, theirs)
            for others in later
            for other in others
            for state in mine
            for theirs in later_states[other]
        ):
            stale.add(k)
    return frozenset(stale)


def _named_by_story(
    corpus: Corpus,
    unique: Sequence[Sentence],
    story_of: Mapping[int, int],
    states: Mapping[int, list[_State]],
) -> Callable[[int, _State], _State]:
    """How a state whose subject names nothing ("The curfew will now run from 20:00") is
    read: with the names its story gives that state (the same verb and head noun) where
    the story gives it of one place only and the state's own article names that place
    ("extended the curfew in the capital Tarsk"). A story that gives it of two places, or
    an article that names neither, leaves it unnamed, and so another state (trust first)."""
    places: dict[tuple[int, str, str], set[frozenset[str]]] = {}
    for k, found in states.items():
        for state in found:
            if state.names:
                key = (story_of[unique[k].source], state.key, state.head)
                places.setdefault(key, set()).add(state.names)
    if not places:
        return lambda k, state: state
    article: dict[int, set[str]] = {}
    for sentence in corpus.sentences:
        article.setdefault(sentence.source, set()).update(WORD.findall(sentence.text))

    def named(k: int, state: _State) -> _State:
        source = unique[k].source
        found = places.get((story_of[source], state.key, state.head), set())
        if state.names or len(found) != 1:
            return state
        only = next(iter(found))
        return replace(state, names=only) if only <= article.get(source, set()) else state

    return named


def _plain_states(text: str, keys: AbstractSet[str]) -> list[_State]:
    """The states a sentence gives in the present without "now", of the verbs `keys` ("the
    curfew runs from 23:00", "the warning level is 2"): read as if "now" stood at the verb
    ("runs", or after "is"). A past form ("ran"), an -ing form or one under "to", "will",
    "not" ... (`NOT_DONE`: "is due to run", "will run") gives no state that holds, nor
    one in a clause of a condition or a denial (`_unasserted`: "If the curfew runs from
    20:00, ...", "denied that the level is 2")."""
    from brief.inflection import past_form

    found: list[_State] = []
    tokens = list(WORD.finditer(text))
    for n, word in enumerate(tokens):
        lower = word[0].lower()
        if lower in _PRESENT_BE:
            read = f"{text[: word.end()]} now{text[word.end() :]}"
        elif lower.endswith("ing") or past_form(lower):
            continue
        else:
            read = f"{text[: word.start()]}now {text[word.start() :]}"
        if inflection_key(lower) not in keys or (n and tokens[n - 1][0].lower() in NOT_DONE):
            continue
        if _unasserted().search(text, 0, word.start()):
            continue
        found.extend(state for state in _states(read) if state.key in keys)
    return found


@cache
def _unasserted() -> re.Pattern[str]:
    """A word of condition (words.toml's condition_openers, subject_conditions,
    hypothetical_openers) or a verb of denial (denial_verbs) before the end of a text,
    in its clause: no clause mark nor a word that opens another clause between."""
    lists = words()
    opens = alternation(
        lists["condition_openers"]
        | lists["subject_conditions"]
        | lists["hypothetical_openers"]
        | lists["denial_verbs"]
    )
    return re.compile(
        rf"(?<!\bas )(?<!\beven )\b(?i:{opens})\b"
        rf"(?:(?![,;:()\u2014\u2013\"“”]|\b(?:and|but|then|while|whereas)\b).)*\Z"
    )


# The present of "be" that gives a state by its value ("the level is 2").
_PRESENT_BE = frozenset({"is", "are"})


@dataclass(frozen=True)
class _Passage:
    """A state a sentence says a thing was put in: closed or open (words.toml's
    closing_state_verbs, opening_state_verbs), and the thing by the head of its noun
    phrase and the names in it ("the RN1 highway between Niamey and Tera": "highway",
    {"RN1", "Niamey", "Tera"})."""

    open: bool
    head: str
    names: frozenset[str]


def _passages(text: str, day: date | None = None) -> list[_Passage]:
    """The states this sentence says its things were put in or are in ("Authorities
    closed the border with Benin", "the bridge at Kora reopened on Tuesday", "the road
    remained shut", "the port authority has suspended all cargo operations at Sand"): the
    verb's object, or its subject where none follows it (intransitive or passive: "be",
    "remain" or "stay" before it; "has" alone keeps it active). Not one told as may be or
    not ("will reopen", "is due to reopen", "not reopened", "if the road is closed"), nor
    one recalled before the news (after "after", "since", "following" in its clause:
    "reopened on Tuesday after being closed for two days"), nor an -ing form, nor a
    sentence of history (a year, "last week"; not a full date near the report's `day`:
    `told_as_history`)."""
    lists = words()
    if told_as_history(text, day):
        return []
    small = small_words()
    tokens = list(WORD.finditer(text))
    found: list[_Passage] = []
    for n, token in enumerate(tokens):
        word = token[0]
        lower = word.lower()
        # a verb that puts a restriction in place or ends it ("declared a curfew", "ended
        # the ban", "was cut to a warning") tells a state of a restriction only
        restricting = lower not in _state_forms() and (
            lower in _restriction_forms() or _lessened(lower, text[token.end() :])
        )
        if not restricting and lower not in _state_forms():
            continue  # not a verb of state
        if lower.endswith("ing") or (n and word[0].isupper()):
            continue  # an -ing form; a name ("Open University")
        if n and tokens[n - 1][0].lower() in small:
            continue  # an adjective or a noun ("an open border", "the closed road", "a halt")
        opening = inflection_key(lower) in _state_keys(True) or (
            restricting and lower not in _restriction_closing_forms()
        )
        # the words before the verb back to its subject: auxiliaries, and what makes it
        # no state that holds
        back = n - 1
        while back >= 0 and tokens[back][0].lower() in lists["state_auxiliaries"]:
            back -= 1
        between = [tokens[k][0].lower() for k in range(back + 1, n)]
        if back >= 0 and tokens[back][0].lower() in NOT_DONE:
            continue
        if any(word in NOT_DONE for word in between):
            continue
        if _unasserted().search(text, 0, token.start()) or _recalled(text, token.start()):
            continue
        after = text[token.end() :]
        # "has suspended the ...": a perfect, active; "was", "remained", "has been": the
        # subject is the thing
        passive = any(word in _passive_marks() for word in between)
        things = _things_after(after) if not passive else []
        if things:
            passages = _listed(opening, things)
        elif restricting and not passive:
            continue  # "The office issued on Tuesday ...": its subject is no restriction
        else:
            start = tokens[back + 1].start() if back + 1 < n else token.start()
            subject = _subject_of(text, tokens, back + 1, start)
            passages = [_passage(opening, subject, _place_after(after))]
        placed = [_placed(passage, after) for passage in passages if passage is not None]
        if restricting:
            placed = [p for p in placed if p.head in _restriction_keys()]
        found.extend(placed)
    found.extend(_held(text))
    return found


def _placed(passage: _Passage, after: str) -> _Passage:
    """A restriction that names no place takes the one its clause gives after the verb
    ("declared a curfew from 22:00 to 05:00 in the city of Tarsk", "issued evacuation
    orders for zones KOR-1, KOR-2 and KOR-3": `_restriction_place`)."""
    if passage.names or passage.head not in _restriction_keys():
        return passage
    return replace(passage, names=_restriction_place(after))


def _restriction_place(after: str) -> frozenset[str]:
    """The names of the place a restriction's clause gives: "in", "for", "across" or
    "throughout", a kind of place and "of" if any ("in the city of Tarsk", "for zones
    A and B"), then names joined by commas or "and", up to the clause's end (a time
    given between is stepped over: "from 22:00 to 05:00 in ...")."""
    clause = _RESTRICTION_CLAUSE_END.split(after, maxsplit=1)[0]
    found = _restriction_place_pattern().search(clause)
    if not found:
        return frozenset()
    lists = words()
    return frozenset(
        name
        for name in WORD.findall(found["names"])
        if name[:1].isupper() and not calendar_word(name) and name.lower() not in lists["articles"]
    )


_RESTRICTION_CLAUSE_END = re.compile(
    r"[;()\u2014\u2013]|:(?!\d)|,(?!\s+[A-Z][\w-]*(?:,|\s+and\b))|\.\s|\.$"
    r"|\b(?:after|because|as|until|following)\b"
)


@cache
def _restriction_place_pattern() -> re.Pattern[str]:
    kinds = alternation(words()["place_kind_nouns"])
    name = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    return re.compile(
        rf"\b(?:in|for|across|throughout|over)\s+(?:the\s+)?(?:(?i:{kinds})\s+(?:of\s+)?)?"
        rf"(?P<names>{name}(?:\s*,\s*{name})*(?:,?\s+and\s+{name})?)"
    )


def _held(text: str) -> list[_Passage]:
    """The restrictions a sentence says hold ("The curfew from 22:00 to 05:00 remains in
    force", "the ban is still in place") and the places it says are under one ("Zones
    KOR-1 and KOR-2 are now under evacuation orders": an order of those zones), closed
    states both; and a thing whose closing's noun holds ("Blockades on the highway between
    Kora and the mine remain in place": the highway). Not one told as may be or not
    ("will remain in force", "is no longer in place")."""
    found: list[_Passage] = []
    lists = words()
    for held in _held_pattern().finditer(text):
        before = text[: held.start()]
        tail = [w.lower() for w in before.split()[-2:]]
        if tail[-1:] and (tail[-1] in NOT_DONE or tail == ["no", "longer"]):
            continue
        if _unasserted().search(text, 0, held.start()) or _recalled(text, held.start()):
            continue
        # the clause's start: not a comma of a list of names ("Zones A, B and C are ...")
        clause = max((m.end() for m in _LIST_CLAUSE_MARK.finditer(before)), default=0)
        for word in WORD.finditer(before, clause):
            lower = word[0].lower()
            if lower == "that" or lower in lists.speech or inflection_key(lower) in lists.speech:
                clause = word.end()
        chunk = before[clause:]
        if held["under"]:
            names = frozenset(
                w
                for w in WORD.findall(chunk)
                if w[:1].isupper()
                and w.lower() not in lists["place_kind_nouns"]
                and w.lower() not in lists["articles"] | lists["determiners"]
                and not calendar_word(w)
            )
            if names:
                found.append(_Passage(False, inflection_key(held["under"].lower()), names))
            continue
        closing = _closing_of().match(chunk)
        if closing:
            passage = _passage(False, _thing_after(closing["thing"], between_and=True))
        else:
            subject = subject_phrase(chunk)
            passage = _passage(False, subject) if subject else None
            if passage is not None and passage.head not in _restriction_keys():
                passage = None
        if passage is not None:
            found.append(_placed(passage, text[held.end() :]))
    return found


_LIST_CLAUSE_MARK = re.compile(r"[;()\u2014\u2013]|:(?!\d)|,(?!\s+(?:and\s+)?[A-Z0-9])")


@cache
def _held_pattern() -> re.Pattern[str]:
    """A restriction in force, or a place under one."""
    nouns = alternation(words()["restriction_nouns"])
    return re.compile(
        r"\b(?:is|are|remains?|remained|stays?|stayed)\s+(?:now\s+|still\s+|also\s+)?"
        rf"(?:in\s+(?:force|place|effect)\b|under\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<under>{nouns})\b)"
    )


@cache
def _closing_of() -> re.Pattern[str]:
    """A closing's noun and what it closes: "Road blockades on the highway ..."."""
    nouns = alternation(words()["closing_nouns"] | words()["closing_barriers"])
    return re.compile(
        rf"\W*(?:[\w'’-]+\s+){{0,2}}?(?i:{nouns})\s+(?:on|of|along|across)\s+(?P<thing>.+)$"
    )


@cache
def _restriction_keys() -> frozenset[str]:
    return frozenset(inflection_key(noun) for noun in words()["restriction_nouns"])


@cache
def _restriction_forms() -> frozenset[str]:
    """Every form of the verbs that put a restriction in place or end one."""
    lists = words()
    return frozenset(
        form
        for name in ("restriction_closing_verbs", "restriction_opening_verbs")
        for lemma in lists[name]
        for form in verb_forms(lemma)
    )


@cache
def _restriction_closing_forms() -> frozenset[str]:
    return frozenset(
        form for lemma in words()["restriction_closing_verbs"] for form in verb_forms(lemma)
    )


def _lessened(lower: str, after: str) -> bool:
    """Is the verb one that makes a restriction a lesser one, a warning's noun after "to"
    ("was cut to a warning", "lowered to an evacuation warning")?"""
    if lower not in words()["lessening_verbs"]:
        return False
    return bool(_lessened_to().match(after))


@cache
def _lessened_to() -> re.Pattern[str]:
    nouns = alternation(words()["warning_nouns"])
    return re.compile(rf"\s+to\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b")


@cache
def _passive_marks() -> frozenset[str]:
    """The auxiliaries after which a verb's subject is its thing, not its doer ("the road
    was closed", "remained shut", "has been reopened"): words.toml's forms of "be"
    (`passive`) and of the staying verbs. "has" alone is a perfect's ("has suspended all
    cargo operations": its object is the thing)."""
    lists = words()
    staying = {form for verb in lists["staying_verbs"] for form in (verb, f"{verb}s", f"{verb}ed")}
    return frozenset(lists["passive"]) | staying


@cache
def _verb_marks() -> frozenset[str]:
    """The passive's marks and the perfect's auxiliaries: where an earlier verb's
    auxiliaries open."""
    return _passive_marks() | {"has", "have", "had"}


def _listed(opening: bool, things: list[list[str]]) -> list[_Passage | None]:
    """The states of a verb's objects: where the last of a list of things ends on a place
    ("all berthing, cargo and pilotage operations at Sand Port"), the place is each one's
    that names none of its own, as a list's closing phrase reads: the berthing at Sand
    Port. A thing that names a place of its own keeps it."""
    last = things[-1]
    at = next((i for i, w in enumerate(last) if i and w.lower() in words()["thing_links"]), None)
    place = last[at:] if at is not None and len(things) > 1 else []
    return [
        _passage(opening, thing, place if thing is not last and not _names_any(thing) else ())
        for thing in things
    ]


def _names_any(phrase: Sequence[str]) -> bool:
    """Does the phrase name something: a capitalised word not its first one's article?"""
    small = small_words()
    return any(w[:1].isupper() and w.lower() not in small for w in phrase)


def _subject_of(text: str, tokens: Sequence[re.Match[str]], at: int, start: int) -> list[str]:
    """The subject of the verb whose auxiliaries (or itself) open at token `at`, text
    offset `start`. Where "and" ("or", "but") joins it to an earlier verb ("has been
    cleared of debris and is open to traffic"), that verb's subject is its own: the words
    back to that verb's auxiliaries. The subject's noun phrase is read forward from its
    clause's start where it runs whole up to the verb ("The highway between Kora and the
    mine", where "between" takes two things), else back from the verb (`subject_phrase`)."""
    lists = words()
    if at and tokens[at - 1][0].lower() in _JOINING:
        earlier = next(
            (
                k
                for k in range(at - 2, 0, -1)
                if (tokens[k][0].lower() in _verb_marks() or tokens[k][0].lower() in _state_forms())
                and tokens[k - 1][0].lower() not in lists["state_auxiliaries"]
            ),
            None,
        )
        if earlier is not None and not _CLAUSE_MARK.search(text, tokens[earlier].start(), start):
            start = tokens[earlier].start()
    before = text[:start]
    backward = subject_phrase(before)
    # the clause's start: after its punctuation, a verb of saying or "that"
    clause = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    for word in WORD.finditer(before, clause):
        lower = word[0].lower()
        if lower == "that" or lower in lists.speech or inflection_key(lower) in lists.speech:
            clause = word.end()
    chunk = before[clause:]
    forward = _thing_after(chunk, between_and=True)
    if backward and forward and len(forward) == len(TOKEN.findall(chunk)):
        return forward
    return backward


_CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]")


# The words that join a verb to an earlier one of the same subject.
_JOINING = frozenset({"and", "or", "but"})


def _things_after(after: str) -> list[list[str]]:
    """The noun phrases of a verb's objects (`_thing_after`), each of those joined by "and"
    or a comma ("closed the road near Orvik and the airport at Sand": two things)."""
    things = []
    tokens = TOKEN.findall(after[:SUBJECT_SPAN])
    while tokens:
        thing = _thing_after(" ".join(tokens))
        if not thing:
            break
        things.append(thing)
        tokens = tokens[len(thing) :]
        if not tokens or tokens[0].lower() not in (",", "and"):
            break
        tokens = tokens[1:]
        if tokens and tokens[0].lower() == "and":
            tokens = tokens[1:]
    return things


def _place_after(after: str) -> list[str]:
    """The names of the place right after a verb whose subject is the thing ("was imposed
    in Bissau", "reopened at Kora on Tuesday"): "in" or "at" and the names after it."""
    tokens = TOKEN.findall(after[:SUBJECT_SPAN])
    if len(tokens) < 2 or tokens[0].lower() not in ("in", "at"):
        return []
    names = []
    for word in tokens[1:]:
        if not word[:1].isupper() or calendar_word(word):
            break
        names.append(word)
    return names


def _recalled(text: str, at: int) -> bool:
    """Is the verb at `at` in a clause that recalls what came before the news ("after
    being closed for two days", "since authorities shut it")?"""
    markers = list(earlier_event().finditer(text, 0, at))
    return bool(markers) and PHRASE_END.search(text, markers[-1].end(), at) is None


def _thing_after(after: str, between_and: bool = False) -> list[str]:
    """The noun phrase a verb's object opens right after it ("the RN1 highway between
    Niamey and Tera", "flights to Niamey", "its border with Benin"): on through a link
    (words.toml's thing_links) only where a name follows it; [] where none follows
    ("reopened on Tuesday", "closed to traffic")."""
    lists = words()
    tokens = TOKEN.findall(after[:SUBJECT_SPAN])
    links = lists["thing_links"]
    small = small_words()
    phrase: list[str] = []
    k = 0
    while k < len(tokens):
        word = tokens[k]
        lower = word.lower()
        if not word[0].isalnum():
            if word in "-–" and phrase and k + 1 < len(tokens):
                phrase.append(word)
                k += 1
                continue
            break
        if between_and and lower == "and" and _between_open(phrase):
            phrase.append(word)  # "between Kora and the mine": "between" takes two
            k += 1
            continue
        if (
            lower == "of"
            and phrase
            and phrase[-1].lower() == "state"
            and k + 1 < len(tokens)
            and tokens[k + 1].lower() in lists["restriction_nouns"]
        ):
            phrase.extend(tokens[k : k + 2])  # "a state of emergency": the emergency's
            k += 2
            continue
        if lower in links and phrase:
            follows = tokens[k + 1 : k + 3]
            named = [w for w in follows if w.lower() not in small][:1]
            if named and named[0][:1].isupper() and not calendar_word(named[0]):
                phrase.append(word)
                k += 1
                continue
            break
        if lower in links or lower in NOT_DONE or lower in _PHRASE_STOPS:
            break
        if calendar_word(word) or (lower in lists["time_words"] and not phrase):
            break
        phrase.append(word)
        k += 1
    return phrase if any(w[:1].isalpha() and w.lower() not in small for w in phrase) else []


def _between_open(phrase: Sequence[str]) -> bool:
    """Does the phrase end in "between" and one thing, waiting for its "and"?"""
    lowered = [w.lower() for w in phrase]
    return "between" in lowered and "and" not in lowered[lowered.index("between") :]


def _passage(opening: bool, phrase: Sequence[str], where: Sequence[str] = ()) -> _Passage | None:
    """The state of the thing `phrase` names: its head (the last word before a link, lower
    case, by its stem, never one of its names: "Flights to Vell", "Kora Bridge") and its
    names, with those of `where` (the place a passive gives after its verb: "a curfew was
    imposed in Bissau"); None for a pronoun or a phrase that names nothing."""
    lists = words()
    small = small_words()
    words_of = [w for w in phrase if w[:1].isalnum()]
    while words_of and words_of[0].lower() in small:
        words_of.pop(0)
    at = next(
        (
            i
            for i, w in enumerate(words_of)
            if i and w.lower() in lists["thing_links"] | {"on", "for"}
        ),
        None,
    )
    core = words_of[:at] if at is not None else words_of
    if not core or core[-1].lower() in lists["object_pronouns"]:
        return None
    head = core[-1]
    if (
        at is not None
        and head.lower() == "state"
        and words_of[at].lower() == "of"
        and at + 1 < len(words_of)
        and words_of[at + 1].lower() in lists["restriction_nouns"]
    ):
        head = words_of[at + 1]  # "a state of emergency" is an emergency declared
    # a name of two places joined by a hyphen names each ("the Kora-Lem road" runs
    # between Kora and Lem)
    names = frozenset(
        part
        for w in [*words_of, *where]
        if w[:1].isupper()
        and w != head
        and not calendar_word(w)
        and w.lower() not in small
        and w.lower() not in lists["place_kind_nouns"]
        for part in (w.split("-") if _two_places(w) else [w])
        if part[:1].isupper()
    )
    return _Passage(opening, inflection_key(head.lower()), names)


def _two_places(word: str) -> bool:
    """Does a hyphened name join two places' names ("Kora-Lem"), not a code ("KOR-2")?"""
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p[1:].islower() for p in parts)


# Words that end an object's phrase: clause words after which what follows is no longer
# the thing ("closed the road while the army searched", "after", "because").
_PHRASE_STOPS = frozenset(
    {
        "while",
        "after",
        "because",
        "as",
        "but",
        "until",
        "when",
        "amid",
        "for",
        "on",
        "by",
        "over",
        "following",
        "since",
        "so",
    }
)


@cache
def _state_keys(opening: bool) -> frozenset[str]:
    """The stems of the verbs that put a thing in a state (`opening` or closing)."""
    name = "opening_state_verbs" if opening else "closing_state_verbs"
    return frozenset(inflection_key(lemma) for lemma in words()[name])


@cache
def _state_forms() -> frozenset[str]:
    """Every form of those verbs (the lemma itself: "shut", "open" as an adjective)."""
    return frozenset(
        form
        for name in ("opening_state_verbs", "closing_state_verbs")
        for lemma in words()[name]
        for form in verb_forms(lemma)
    )


def _same_thing(one: _Passage, other: _Passage) -> bool:
    """Are these the same thing? The same head ("bridge") and names, one's all the other's
    ("the bridge at Kora" and "the Kora-Lem bridge between Kora and Lem"); a thing that
    names nothing is no thing to match: when unsure, both stay."""
    return (
        one.head == other.head
        and bool(one.names)
        and bool(other.names)
        and (one.names <= other.names or other.names <= one.names)
    )


def reversed_states(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that say a thing was closed (a road, a bridge, a border, an airport, a
    curfew imposed, flights suspended) where a report of their story of a later day says
    the same thing is open again (reopened, resumed, lifted), or the other way round: the
    later report says what holds now, as a later day's count says the toll, and a desk
    given "closed the RN1 highway" beside nothing of its reopening is told the road is
    closed (r65 F3). The same thing is the same head noun and names, one's all the
    other's (`_same_thing`); a thing that names nothing, another story's, or a report
    more than STALE_DAYS later, is not read. A sentence is stale only where each state it
    gives is overtaken: "closed the border and the airport" stays while only the border
    has reopened."""
    story_of = story_of_sources(story_groups, several=True)
    days = source_days(corpus)
    passages = dated_readings(
        unique,
        story_of,
        days,
        lambda s: _passages(s.text, days[s.source]) if _may_pass().search(s.text) else [],
    )
    if len(passages) < 2:
        return frozenset()
    passages = _restrictions_named(corpus, unique, story_of, passages)
    stale = set()
    for k, mine in passages.items():
        source = unique[k].source
        later = [
            theirs
            for other, found in passages.items()
            if story_of[unique[other].source] == story_of[source]
            and 0 < (days[unique[other].source] - days[source]).days <= STALE_DAYS
            for theirs in found
        ]
        if _all_overtaken(mine, later):
            stale.add(k)
    return frozenset(stale | _told_of_the_closing(unique, passages, stale))


def _all_overtaken(mine: Sequence[_Passage], later: Sequence[_Passage]) -> bool:
    """Is each state a sentence gives overtaken by one of `later`? A state of a thing that
    names nothing is none to match, and stands in the way only where it is put as the
    overtaken ones are ("closed the border with Benin and the airport": the airport may
    be closed still); one put the other way tells no thing still closed ("Zones A and B
    are under evacuation orders, and shelters have opened": once zone B's order is cut,
    the line's first half is false, and a false half is worse than a lost one)."""
    named = [state for state in mine if state.names]
    if not named or not all(
        any(_same_thing(state, theirs) and theirs.open != state.open for theirs in later)
        for state in named
    ):
        return False
    put = {state.open for state in named}
    return not any(state.open in put for state in mine if not state.names)


def _restrictions_named(
    corpus: Corpus,
    unique: Sequence[Sentence],
    story_of: Mapping[int, int],
    passages: Mapping[int, list[_Passage]],
) -> dict[int, list[_Passage]]:
    """A restriction that names no place ("The curfew from 22:00 to 05:00 remains in
    force") read with the names its story gives that restriction, where the story gives
    it of one place only and the sentence's own article names that place (as
    `_named_by_story` reads a state): a story of curfews in two towns, or an article that
    names neither, leaves it unnamed, and so no thing to match."""
    places: dict[tuple[int, str], set[frozenset[str]]] = {}
    for k, found in passages.items():
        for passage in found:
            if passage.names and passage.head in _restriction_keys():
                places.setdefault((story_of[unique[k].source], passage.head), set()).add(
                    passage.names
                )
    if not places:
        return dict(passages)
    article: dict[int, set[str]] = {}
    for sentence in corpus.sentences:
        article.setdefault(sentence.source, set()).update(WORD.findall(sentence.text))

    def named(k: int, passage: _Passage) -> _Passage:
        source = unique[k].source
        found = places.get((story_of[source], passage.head), set())
        if passage.names or len(found) != 1:
            return passage
        only = next(iter(found))
        return replace(passage, names=only) if only <= article.get(source, set()) else passage

    return {k: [named(k, passage) for passage in found] for k, found in passages.items()}


def _told_of_the_closing(
    unique: Sequence[Sentence], passages: Mapping[int, list[_Passage]], stale: AbstractSet[int]
) -> set[int]:
    """The sentences of a report whose closings are all overtaken that open on a closing's
    noun ("The closure covers about nine miles of the highway, ..."): they tell of that
    closing, as stale as its own line once the thing is open again (r70 F11). Only where
    every closing the report gives is overtaken, so that "the closure" can mean no
    other. So is its advice on the thing it closed (`_advises_on`: "Passengers should
    not travel to the airport"), which a reader takes as holding still."""
    closing = {unique[k].source for k in stale if not any(p.open for p in passages[k])}
    closing -= {
        unique[k].source
        for k, found in passages.items()
        if k not in stale and not all(p.open for p in found)
    }
    if not closing:
        return set()
    told = _closing_noun()
    # the things each report closed, by their heads: its advice on "the airport" is the
    # closing's ("Passengers should not travel to the airport", r71 F1)
    heads: dict[int, set[str]] = {}
    for k in stale:
        if unique[k].source in closing:
            heads.setdefault(unique[k].source, set()).update(p.head for p in passages[k])
    return {
        k
        for k, sentence in enumerate(unique)
        if sentence.source in closing
        and k not in stale
        and (
            told.match(sentence.text)
            or _advises_on(sentence.text, heads.get(sentence.source, set()))
        )
    }


def _advises_on(text: str, heads: AbstractSet[str]) -> bool:
    """Does the sentence tell its reader what to do (words.toml's closing_advice_words:
    "should", "must", "advised") about a thing it names by "the" and one of `heads`
    ("Drivers should avoid the bridge")? Advice given for a closing is as stale as it
    once the thing is open again; advice on something else ("should carry water") is
    not."""
    if not heads:
        return False
    tokens = [w.lower() for w in WORD.findall(text)]
    if not set(tokens) & words()["closing_advice_words"]:
        return False
    return any(
        a == "the" and inflection_key(b) in heads for a, b in zip(tokens, tokens[1:], strict=False)
    )


@cache
def _closing_noun() -> re.Pattern[str]:
    nouns = alternation(words()["closing_nouns"])
    return re.compile(rf"\W*(?i:the|this|that)\s+(?i:{nouns})\b")


@cache
def _may_pass() -> re.Pattern[str]:
    """A cheap test before a sentence's words are read for a state: a form of one of the
    verbs."""
    forms = _state_forms() | _restriction_forms() | set(words()["lessening_verbs"])
    return re.compile(rf"\b(?i:{alternation(forms)}|in force|in place|in effect|under)\b")


@cache
def _said_before() -> re.Pattern[str]:
    """A past verb of saying (words.toml's restating_verbs) after whose subject a sentence
    gives what was said: "we said", "an earlier version of this story stated", "our
    statement of Monday had announced"."""
    verbs = alternation(words()["restating_verbs"])
    return re.compile(
        rf"\b(?P<subject>[\w'’-]+(?:\s+[\w'’-]+){{0,5}})\s+(?:had\s+)?"
        rf"(?P<verb>{verbs})\s+(?:that\s+)?(?P<said>[^;]+)"
    )


# A day, a month or a number: the value a plan or a state is given (its day, its count).
_VALUE = re.compile(r"\b(?:\d[\d.,:]*|[A-Z][a-z]+\.?)")


@dataclass(frozen=True)
class _Moved:
    """A report's restating of what it or an earlier report said (`said`: "the crew ...
    would be relieved on Saturday"), the values the next sentence no longer gives
    (`old`: "Saturday") and those it gives instead (`new`: "Sunday", "17", "June")."""

    said: str
    old: frozenset[str]
    new: frozenset[str]


def _restated(text: str) -> str | None:
    """What a sentence restates of an earlier word: the clause after a past verb of saying
    whose subject is its writer ("In our statement of 14 June we said ...") or an earlier
    report ("An earlier version of this story said ..."). A third party's word ("The
    ministry said ...") is a report of it, not a restating."""
    lists = words()
    own = lists["first_person_plural"] | lists["first_person_singular"]
    ours = lists["possessives"] & own
    copy = lists["own_copy_nouns"]
    # "we said", "our statement of 14 June said", "an earlier version ... said"; not "our
    # correspondent reported": a person of the writer's reports news, not a restating
    for found in _said_before().finditer(text):
        subject = [w.lower() for w in found["subject"].split()]
        if subject[-1] in own or set(subject) & lists["earlier_report_adjectives"]:
            return found["said"].rstrip(" .")
        if any(a in ours and b in copy for a, b in zip(subject, subject[1:], strict=False)):
            return found["said"].rstrip(" .")
    return None


def _values(text: str) -> frozenset[str]:
    """The days, months and numbers a text gives, as written."""
    return frozenset(
        value.rstrip(".")
        for value in _VALUE.findall(text)
        if value[:1].isdigit() or calendar_word(value)
    )


def _moved(restating: str, replacing: str) -> _Moved | None:
    """A restating (`_restated`) that the sentence after it (`replacing`) replaces: one
    that gives a state as current ("The crew change will now take place on Sunday",
    `_states`) with values of its own where the restated clause gives others. A
    restating that nothing replaces (an update that says again what it said) is none."""
    # the sentence after first: one in a hundred gives a state, while the restating's
    # pattern tries every word of its sentence (0.25 s of CPU at 1,000 articles)
    if not _states(replacing):
        return None
    said = _restated(restating)
    if said is None:
        return None
    before, after = _values(said), _values(replacing)
    old, new = before - after, after - before
    if not old or not new or not _slots(said, old) & _slots(replacing, new):
        return None  # another value in another slot ("now stands at 3"): no move
    return _Moved(said, old, new)


def _corrected(restating: str, replacing: str) -> _Moved | None:
    """A restating of a count its writer gave before (`_restated`: "In Notice 12 we said
    40 boats were in the harbour on 3 June"; or in the passive, `_restated_passive`: "The
    number was previously given as 40", "40 boats, as first published") that the sentence
    after it corrects by naming the right figure ("The correct figure was 34"): the
    writer's own correction, which says what it replaces before the news. The restated
    count is no longer so, and a bullet, a row or a figure of it would print it as the
    news (r77 F3). Only where the values differ: a correction that names no value of its
    own, or the same one, replaces nothing."""
    if right_figure_name().search(replacing) is None:
        return None
    said = _restated(restating) or _restated_passive(restating)
    if said is None:
        return None
    before, after = _counted_values(said), _counted_values(replacing)
    old, new = before - after, after - before
    if not old or not new:
        return None
    return _Moved(said, old, new)


@cache
def _passive_restating() -> re.Pattern[str]:
    """A count given as one said before, in the passive: "was previously given as",
    "had earlier been put at", "as first published", "as originally reported"."""
    adverbs = alternation(words()["earlier_report_adverbs"])
    verbs = alternation(words()["restating_participles"])
    return re.compile(
        rf"\b(?:was|were|had\s+been)\s+(?:{adverbs})\s+(?:{verbs})\s+(?:as|at)\b"
        rf"|\bas\s+(?:{adverbs})\s+(?:{verbs})\b",
        re.IGNORECASE,
    )


def _restated_passive(text: str) -> str | None:
    """The sentence, where it gives a count as one said before in the passive
    (`_passive_restating`); the writer is the one who said it, as no one else is named."""
    if _passive_restating().search(text) is None:
        return None
    return text.rstrip(" .")


# The words a correction of a count names its right figure by (`right_figure_name`), for a
# cheap test of which sources may hold one.
_CORRECTION_HINTS = ("correct", "right figure", "right number", "actual", "accurate", "true ")


def _counted_values(text: str) -> frozenset[str]:
    """The numbers a text gives, as written, not a day's or a month's: what a correction
    of a count replaces ("27" of "27 vessels were at anchor on 10 May")."""
    found = set()
    for number in _NUMBER.finditer(text):
        after = text[number.end() : number.end() + 12].split()
        before = text[: number.start()].split()
        if after and calendar_word(after[0].rstrip(".,;")):
            continue  # "10 May": a day
        if before and calendar_word(before[-1].rstrip(".,;")):
            continue  # "May 10", "May 2033": a day, a year
        found.add(number.group().rstrip(".,"))
    return frozenset(found)


_NUMBER = re.compile(r"(?<![\w.,-])\d[\d.,]*(?![\w-])")


def _slots(text: str, values: AbstractSet[str]) -> frozenset[tuple[str, bool]]:
    """Where each of the values stands: the word before it and whether it is a day or a
    month. A plan moved gives its new value where the old one stood ("on Saturday" ->
    "on Sunday"); a number in another slot tells something else."""
    slots = set()
    for found in _VALUE.finditer(text):
        value = found.group().rstrip(".")
        if value in values:
            before = text[: found.start()].split()
            slots.add((before[-1].lower() if before else "", calendar_word(value)))
    return frozenset(slots)


def _content(text: str) -> frozenset[str]:
    """The keys of a text's words in small letters but function words: what it tells of,
    not its names and values."""
    stops = words()["title_function_words"] | NOT_DONE
    return frozenset(
        inflection_key(w) for w in WORD.findall(text) if w.islower() and w not in stops
    )


# How many of a restated clause's words in small letters a sentence gives to tell the same
# plan: "the surviving crew ... would be relieved" and "The 21 crew ... will be relieved".
_TOLD_SHARE = 2 / 3


def _tells(text: str, moved: _Moved) -> bool:
    """Does a sentence give what a restating says was said: every value the replacing
    sentence no longer gives, none it gives instead, the restated clause's names, and
    most of its words in small letters?"""
    values = _values(text)
    if not moved.old <= values or values & moved.new:
        return False
    names = capitalised_words(WORD.findall(moved.said)) - moved.old
    if not names <= capitalised_words(WORD.findall(text)):
        return False
    wanted = _content(moved.said)
    return bool(wanted) and len(wanted & _content(text)) >= _TOLD_SHARE * len(wanted)


def moved_states(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences that give a plan or a state a report of their story moves by restating
    it ("In our statement of 14 June we said the surviving crew ... would be relieved on
    Saturday. The crew change will now take place on Sunday, 17 June."), and the
    restating itself. A release's correction says what it replaces before the news:
    the restating is no lead, and the day it moves no bullet, row or figure (r69 F3: it
    had led and headed an eight-report story, beside the Saturday plan it moved). The
    sentences read are the story's of the restating's day and before it, its own
    report's before the restating too; never another story's. When unsure (no value
    replaced, a name or a word not told alike), the line stays.

    The sentence after each is looked up among the sentences of the stories' reports
    only (found by bisection, compose.digest.source_sentences): a dictionary of the whole
    corpus's sentences, made again for each part of a digest, had been a third of this."""
    from brief.compose.digest import source_sentences

    story_of = story_of_sources(story_groups, several=True)
    days = source_days(corpus)
    # a writer's correction of its own count needs no other report: any source's
    correcting = {s.source for s in unique if may_hold(s.text, _CORRECTION_HINTS)}
    following = {
        (s.source, s.index): s.text
        for number in sorted({s.source for s in unique if s.source in story_of} | correcting)
        for s in source_sentences(corpus, number)
    }
    moves: list[tuple[int, int, _Moved]] = []  # (position, story, what it moves)
    for k, sentence in enumerate(unique):
        after = following.get((sentence.source, sentence.index + 1))
        if after is None:
            continue
        if sentence.source in story_of and (moved := _moved(sentence.text, after)) is not None:
            moves.append((k, story_of[sentence.source], moved))
        elif sentence.source in correcting and (moved := _corrected(sentence.text, after)):
            moves.append((k, story_of.get(sentence.source, -1), moved))
    found = set()
    for at, story, moved in moves:
        by = unique[at]
        found.add(at)
        if story < 0:
            continue  # a story of one report: the restating alone
        for k, sentence in enumerate(unique):
            source = sentence.source
            if (
                k != at
                and story_of.get(source) == story
                and not_before(days, by.source, source)
                and (source != by.source or sentence.index < by.index)
                and _tells(sentence.text, moved)
            ):
                found.add(k)
    return frozenset(found)


def lifted_warnings(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Sentences in which a body warns ("The Vell Weather Office has warned of gales on
    the coast on 4 and 5 June", "issued a flood warning for ...") where a report of their
    story of a later day says the same body withdrew, lifted or cancelled its warning
    (words.toml's warning_nouns, undoing_verbs and opening_state_verbs): the warning no
    longer holds, and read beside the news of the port reopened it tells a reader the
    gales are still to come (r71: a weather office's warning had been the second bullet
    of a port's reopening, its withdrawal left out). The body is the subject's names,
    the same or one's all the other's; a subject that names nothing ("Forecasters"), a
    warning under a modal or a negation, or another story's, is not read."""
    story_of = story_of_sources(story_groups, several=True)
    days = source_days(corpus)
    warned: dict[int, frozenset[str]] = {}
    lifted: dict[int, frozenset[str]] = {}
    for k, sentence in enumerate(unique):
        if sentence.source not in story_of or sentence.source not in days:
            continue
        if (found := _warning().search(sentence.text)) and (names := _issuer(found["subject"])):
            warned[k] = names
        if (found := _lifting().search(sentence.text)) and (names := _issuer(found["subject"])):
            lifted[k] = names
    stale = set()
    for k, names in warned.items():
        source = unique[k].source
        for other, theirs in lifted.items():
            later = unique[other].source
            if (
                story_of[later] == story_of[source]
                and 0 < (days[later] - days[source]).days <= STALE_DAYS
                and (names <= theirs or theirs <= names)
            ):
                stale.add(k)
                break
    return frozenset(stale)


def _issuer(subject: str) -> frozenset[str]:
    """The names of a warning's subject ("The Pakistan Meteorological Department"): two
    capitalised words at least, since one may be capitalised only by opening its sentence
    ("Forecasters"); else none."""
    small = small_words()
    names = frozenset(
        w for w in WORD.findall(subject) if w[:1].isupper() and w.lower() not in small
    )
    return names if len(names) >= 2 else frozenset()


@cache
def _warning() -> re.Pattern[str]:
    """A subject of up to six words opening its sentence, then its warning told as done:
    "has warned of", "warned that", "issued a ... warning"."""
    nouns = alternation(words()["warning_nouns"])
    return re.compile(
        r"^\W*(?P<subject>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:has\s+|have\s+)?"
        rf"(?:warned\b|issued\s+(?:an?|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b)"
    )


@cache
def _lifting() -> re.Pattern[str]:
    """A subject of up to six words, then a verb that ends a warning and the warning:
    "withdrew its weather warning", "has lifted the flood alert"."""
    lists = words()
    verbs = alternation(
        set(lists["undoing_verbs"])
        | {f for v in lists["opening_state_verbs"] for f in verb_forms(v)}
    )
    nouns = alternation(lists["warning_nouns"])
    return re.compile(
        r"^\W*(?P<subject>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:has\s+|have\s+)?"
        rf"(?:{verbs})\s+(?:the|its|their|all)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b"
    )
