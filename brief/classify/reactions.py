"""A market's move told as the consequence of an event: "Brent rose 4% after troops and a
militia fought through the night for the terminal", "Tehran rejected the proposal, and
shares in the refiner jumped 9%", "..., sending the stock down 4%", "a move investors
read as a sign of stability", "Analysts cut their forecast, citing the fighting".

The business, financial and shipping press tell political and security events through
what they did to a price or to those who trade it. The event is the news; the market's
reaction wraps it, and says nothing of what kind of event it was: a price moves after a
battle, a truce or a rate cut alike. So the reaction is background, as a clause of
setting is, and where it comes first ("Brent rose 4% after ..."), the clause it answers
is the sentence's own event, not a clause of its setting (the cue matcher counts the
one half and the other whole). Where what the move answers is itself the economy's
("rose after the central bank cut rates", "fell after the miner's profits missed
forecasts"), that clause's cues still place the sentence there.

A move is a verb of change (words.toml's change_verbs, market_moves) whose subject's head
is what a market prices (market_nouns, or a currency): "Greek bond spreads widened",
"Shares in the miner slid", not "Oil output fell" (output's fall is the economy's own
news). A push is a verb by which an event moves a market (market_pushes: "sending",
"lifting", "knocking") with a market's noun or its traders for its object. A judgement is
an apposition in which a market's traders or analysts (market_actors) read the event
("a move investors read as ...", "in what brokers called a climbdown"). A market's actor
may open the sentence and answer a cause too ("Analysts cut ..., citing ...").

The non-news pages (sport, culture and festival diaries, travel and airport updates,
campus and faith pages) tell events the same way, through what they did to the page's own
matters: "Organisers called off the festival days after the army and rebels battled for
the airstrip", "The tie will be played behind closed doors after the military raised its
alert level", "After the two sides agreed a truce, flights resumed". A page's schedule is
no event of any section (a festival is called off for rain as for a battle), and its words
of change are others' cues ("called off" talks, "suspended" aid): the change is background
and the clause it answers the event. A change (words.toml's calling_off, page_changes) is
one where a page's matter (page_matters) is the head of its subject or in its object, in a
main clause; with a state or a body of states for its subject ("India suspended the bus
service to Lahore after ..."), it is that actor's act, a sanction or a concession, and
the sentence's own event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from brief.classify.clauses import asides
from brief.classify.wording import RECENT_TOKENS, STEMS, clause_breaks, tokens
from brief.extract.actors.places import gazetteer_hits
from brief.extract.lexicon import WordMemo, word_codes, words

# Prepositions after a subject's head and before the name or the route it is of ("Shares
# in Toronto-listed Kalembe Resources", "premiums for Red Sea transits", "Freight rates
# on the Black Sea grain route"), and how far such a phrase may reach.
_OF = frozenset({"in", "of", "for", "on"})
# ... and a page's matter's, which also runs to, from, at and between places and sides
# ("Flights to Aden", "the qualifier between Armenia and Azerbaijan").
_MATTER_OF = _OF | {"to", "from", "at", "between"}
OF_REACH = 8
# How far before its head a subject may start ("the country's defaulted dollar bonds"),
# how far after a push its object is sought ("sending shares in Hong Kong-listed
# suppliers"), and after a market's actor the verb of its judgement ("analysts at Orcan
# Securities called").
SUBJECT_REACH = 6
OBJECT_REACH = 5
JUDGEMENT_REACH = 5
# Words that open a clause of its own before a move's subject ("..., and shares in the
# stevedore jumped 9%", "as Philippine shares edged higher"): the move is not the main
# clause there.
_CLAUSE_OPENERS = frozenset({"and", "as", "while", "but", "though", "with", "so"})
# Words before a push that make it a relative clause's verb on the apposition before
# ("a reprieve that sent shares higher", "news that lifted shares").
_RELATIVE = frozenset({"that", "which"})
# The causes that open a clause only after a move ("jumped as the armies battled").
_CLAUSE_CAUSES = frozenset({("as",), ("when",)})
# An apposition's opening words ("a move investors read as", "in what brokers called").
_APPOSITION = frozenset({"a", "an", "the", "in", "what", "this", "that"})
# A word as written, cased, as `tokens` splits them.
_CASED_WORD = re.compile(r"[A-Za-z0-9]+")
# How far into the sentence an opening clause's cause may open ("Two days after ...").
OPENING_REACH = 4


@dataclass(frozen=True)
class Reaction:
    """A market's reaction, or a page's change, among a sentence's tokens: `start` to
    `end` (background), and where the clause of the event it answers opens after it
    (`cause`; or before it, a relative clause that closes a change's subject, which is
    then no aside), or -1 when the event was told before it."""

    start: int
    end: int
    cause: int = -1
    # whether the cause is the sentence's opening clause ("After troops fought for the
    # terminal, Brent rose 4%"), which is then no background
    leads: bool = False
    # whether it is a page's change ("Organisers called off the festival after ..."), not
    # a market's reaction
    page: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class _Lexicon:
    nouns: frozenset[str]  # stems
    moves: frozenset[str]  # as written
    actors: frozenset[str]  # stems
    pushes: frozenset[str]  # stems
    causes: tuple[tuple[str, ...], ...]
    page_causes: tuple[tuple[str, ...], ...]  # causes, and those of a page's change
    not_as: frozenset[str]
    subordinators: frozenset[str]
    judging: frozenset[str]  # stems
    rate: str  # the stem of "rate", which levies and statistics are too
    levies: frozenset[str]
    between: frozenset[str]
    matters: frozenset[str]  # stems
    changes: dict[str, tuple[tuple[str, ...], ...]]  # by first word, longest first


@cache
def _lexicon() -> _Lexicon:
    lists = words()
    currencies = set(word_codes("currency_words")) | set(word_codes("national_currency_words"))
    nouns = frozenset(STEMS[w] for w in (*lists["market_nouns"], *currencies))
    moves = frozenset(lists["change_verbs"] | lists["market_moves"])
    actors = frozenset(STEMS[w] for w in lists["market_actors"])
    pushes = frozenset(STEMS[w] for w in lists["market_pushes"])
    return _Lexicon(
        nouns=nouns,
        moves=moves,
        actors=actors,
        pushes=pushes,
        causes=_longest_first(lists["reaction_causes"]),
        page_causes=_longest_first(lists["reaction_causes"] | lists["page_causes"]),
        not_as=frozenset(lists["not_as_clauses"]),
        subordinators=frozenset(lists["subordinators"]),
        judging=frozenset(STEMS[w] for w in lists["market_judging_verbs"]),
        rate=STEMS["rate"],
        levies=frozenset(lists["not_market_rates"]),
        # words between a move's subject head and its verb: auxiliaries and adverbs ("were
        # little changed", "have eased", "barely moved", "rose sharply")
        between=lists["move_adverbs"] | lists["auxiliaries"] | lists["passive"] | {"have", "had"},
        matters=frozenset(STEMS[w] for w in lists["page_matters"]),
        changes=_by_first_word((*lists["calling_off"], *lists["page_changes"])),
    )


def _longest_first(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(c.split()) for c in sorted(phrases, key=len)[::-1])


def _by_first_word(phrases: Sequence[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases as tokens, by their first, longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        split = tuple(tokens(phrase))
        found.setdefault(split[0], []).append(split)
    return {first: tuple(sorted(all_, key=len, reverse=True)) for first, all_ in found.items()}


# What a word may be in a reaction, as bits: a move's verb, a push's, a market's actor, a
# market's noun (or none, 0), worked out once a distinct word.
_MOVE, _PUSH, _ACTOR, _NOUN, _CHANGE, _MATTER = 1, 2, 4, 8, 16, 32


def _role(word: str) -> int:
    lexicon = _lexicon()
    stem = STEMS[word]
    return (
        _MOVE * (word in lexicon.moves)
        | _PUSH * (stem in lexicon.pushes)
        | _ACTOR * (stem in lexicon.actors)
        | _NOUN * (stem in lexicon.nouns)
        | _CHANGE * (word in lexicon.changes)
        | _MATTER * (stem in lexicon.matters)
    )


_ROLES = WordMemo(_role)


def reactions(text: str, lead_end: int = 0) -> tuple[Reaction, ...]:
    """The market's reactions in a sentence (its `tokens`' spans), first to last; none in
    most. `lead_end`: how many tokens an opening background clause takes."""
    found = RECENT_TOKENS[text]
    roles = 0
    for role in set(map(_ROLES.__getitem__, found)):
        roles |= role
    # a move or a push needs a market's noun, a reading its actor, a change a page's
    # matter: most sentences have none
    if not (
        roles & _ACTOR
        or (roles & _NOUN and roles & (_MOVE | _PUSH))
        or (roles & _MATTER and roles & _CHANGE)
    ):
        return ()
    lexicon = _lexicon()
    stems = [STEMS[w] for w in found]
    breaks = clause_breaks(text)
    told: list[Reaction] = []
    for pos, word in enumerate(found):
        if told and pos < told[-1].end:
            continue
        reaction = None
        if word in lexicon.moves:
            reaction = _move(found, stems, breaks, pos, lead_end, lexicon)
        elif stems[pos] in lexicon.pushes:
            reaction = _push(found, stems, breaks, pos, lexicon)
        elif stems[pos] in lexicon.actors:
            reaction = _judgement(found, stems, breaks, pos, lead_end, lexicon)
        if reaction is None and word in lexicon.changes:
            reaction = _changed(text, found, stems, breaks, pos, lead_end, lexicon)
        if reaction is not None:
            told.append(reaction)
    return tuple(told)


def _move(
    found: Sequence[str],
    stems: Sequence[str],
    breaks: dict[int, str],
    verb: int,
    lead_end: int,
    lexicon: _Lexicon,
) -> Reaction | None:
    """The reaction a verb of change at `verb` makes, when its subject's head is what a
    market prices: from the subject to the cause it answers, where the move opens the
    sentence ("Brent rose 4% after ..."), or to its clause's end after the event ("...,
    and shares in the stevedore jumped 9%"); None for a move that opens the sentence
    and answers nothing told (a market's own story)."""
    head = _subject_head(found, stems, breaks, verb, lexicon)
    if head < 0:
        return None
    start = head
    while (
        start > 0
        and start not in breaks
        and head - start < SUBJECT_REACH
        and not _opens_clause(found, breaks, start - 1)
        and found[start - 1] not in lexicon.subordinators
        and stems[start - 1] not in lexicon.pushes
    ):
        start -= 1
    if start > 0 and found[start - 1] in lexicon.subordinators - _CLAUSE_OPENERS:
        return None  # the clause a cause's: "after the currency fell"
    if start > 0 and _opens_clause(found, breaks, start - 1):
        end = _clause_end(found, breaks, verb)
        cause = _cause(found, breaks, verb + 1, lexicon, end - verb - 1)
        return Reaction(start - 1, end if cause < 0 else cause)
    if start > lead_end and start not in breaks:
        return None  # inside another clause: an object's or a relative's
    opened = _cause(found, {}, 0, lexicon, OPENING_REACH) if 0 < start == lead_end else -1
    if opened >= 0:
        # the event opens the sentence ("After troops fought for the terminal, Brent rose
        # 4%"): the opening clause is the news, and the move its reaction
        return Reaction(start, _clause_end(found, breaks, verb), opened, leads=True)
    cause = _cause(found, breaks, verb + 1, lexicon)
    return None if cause < 0 else Reaction(start, cause, cause)


def _changed(
    text: str,
    found: Sequence[str],
    stems: Sequence[str],
    breaks: dict[int, str],
    verb: int,
    lead_end: int,
    lexicon: _Lexicon,
) -> Reaction | None:
    """The reaction a change of a page's matter makes ("Organisers called off the festival
    days after ...", "The tie will be played behind closed doors after ...", "After ...,
    flights were suspended"): a change (calling_off, page_changes) in a main clause, with
    a page's matter for the head of its subject or in its object, that answers a cause;
    from the clause's start to the cause. None for a change that answers nothing told
    (the page's own news) or that is itself in a clause of cause or setting ("after the
    match was moved")."""
    size = next(
        (len(p) for p in lexicon.changes[found[verb]] if tuple(found[verb : verb + len(p)]) == p),
        0,
    )
    if not size or (verb > 0 and found[verb - 1] == "to"):
        return None  # (an infinitive's change is planned: "the decision to suspend flights")
    start = max((b for b in breaks if b <= verb), default=0)
    if any(found[k] in lexicon.subordinators for k in range(start, verb)):
        return None
    end = _clause_end(found, breaks, verb)
    head = _subject_head(found, stems, breaks, verb, lexicon, lexicon.matters, _MATTER_OF)
    if head < 0 and verb > 0 and _participle(found[verb - 1]):
        # a change told by how the matter is held ("will be played behind closed doors"):
        # the subject is the participle's
        head = _subject_head(found, stems, breaks, verb - 1, lexicon, lexicon.matters, _MATTER_OF)
    told = _relative_cause(text, stems, breaks, start, lexicon) if head < start else -1
    if (
        head < start
        and told < 0
        and (
            not any(
                stems[k] in lexicon.matters
                for k in range(verb + size, min(end, verb + size + OF_REACH))
            )
            or _names_an_agent(text, start, verb)
        )
    ):
        return None
    cause = _cause(found, breaks, verb + size, lexicon, causes=lexicon.page_causes)
    if cause >= 0:
        return Reaction(start, cause, cause, page=True)
    if told >= 0:
        return Reaction(start, end, told, page=True)
    opened = (
        _cause(found, {}, 0, lexicon, OPENING_REACH, causes=lexicon.page_causes)
        if 0 < start == lead_end
        else -1
    )
    return None if opened < 0 else Reaction(start, end, opened, leads=True, page=True)


def _relative_cause(
    text: str, stems: Sequence[str], breaks: dict[int, str], start: int, lexicon: _Lexicon
) -> int:
    """Where a relative clause set off by commas opens that closes the subject of a
    change starting at `start`, on a page's matter ("Lectures at the university, which
    soldiers stormed on Tuesday, are suspended"): the event the change answers, told
    where a report puts its setting; -1 for none."""
    if start == 0 or ", wh" not in text:
        return -1
    for opens, closes in asides(text):
        if closes == start:
            subject = max((b for b in breaks if b < opens), default=0)
            if any(stems[k] in lexicon.matters for k in range(subject, opens)):
                return opens
    return -1


def _participle(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 3) or word in words().irregular


def _names_an_agent(text: str, start: int, verb: int) -> bool:
    """Whether the words from `start` to `verb` (as `tokens` counts them), the subject of
    a change of a page's matter, name a state or a body the gazetteer knows: "India
    suspended the bus service to Lahore after ...", "Moscow suspended flights", "The United
    States suspended training programmes" are the acts of a state (its sanction or its
    concession), where "Organisers called off the festival" and "Kenya Airways suspended
    its flights" are the page's own news. The verb is read with them, so that a seat
    before it acts ("Moscow suspended")."""
    cased = _CASED_WORD.findall(text.replace("\u2019", "'").replace("n't", " not"))
    subject = " ".join(cased[start:verb])
    if not subject:
        return False
    read = " ".join(cased[start : verb + 2])
    return any(entry is not None and at < len(subject) for entry, at, _ in gazetteer_hits(read))


def _opens_clause(found: Sequence[str], breaks: dict[int, str], pos: int) -> bool:
    """Whether the word at `pos` opens a clause of its own: "as", "while", "but", or "and"
    after a comma ("..., and shares in the stevedore jumped"); a bare "and" joins a
    subject's nouns ("Wheat and corn futures climbed")."""
    return found[pos] in _CLAUSE_OPENERS and (found[pos] != "and" or pos in breaks)


def _subject_head(
    found: Sequence[str],
    stems: Sequence[str],
    breaks: dict[int, str],
    verb: int,
    lexicon: _Lexicon,
    nouns: frozenset[str] | None = None,
    prepositions: frozenset[str] = _OF,
) -> int:
    """Where the head of the verb's subject is, when it is what a market prices (or one
    of `nouns`, by their stems): right before the verb, its auxiliaries and adverbs
    between ("were little changed", "were suspended"), or before a preposition (one of
    `prepositions`) and what it is of ("Shares in Toronto-listed Kalembe Resources
    slid"); -1 otherwise."""
    at = verb - 1
    while (
        at >= 0
        and at + 1 not in breaks
        and (found[at] in lexicon.between or stems[at] in lexicon.between)
    ):
        at -= 1
    if at < 0 or at + 1 in breaks:
        return -1
    heads = lexicon.nouns if nouns is None else nouns
    if stems[at] in heads:
        return (
            -1 if at > 0 and stems[at] == lexicon.rate and found[at - 1] in lexicon.levies else at
        )
    for k in range(at - 1, max(-1, at - OF_REACH), -1):
        if k + 1 in breaks:
            break
        if stems[k + 1] in prepositions and stems[k] in heads:
            return k
    return -1


def _cause(
    found: Sequence[str],
    breaks: dict[int, str],
    start: int,
    lexicon: _Lexicon,
    reach: int = 0,
    clauses: bool = True,
    causes: tuple[tuple[str, ...], ...] | None = None,
) -> int:
    """Where the clause a move answers opens after `start` ("after ...", "as the two
    armies battled", "on reports that ..."), no more than one comma on (and within
    `reach` words, when given); -1 for none. `clauses`: whether "as" and "when" may open
    it, as they do after a move ("jumped as the armies battled"), where after another
    verb they are as often its complement ("dismissed the case as meaningless").
    `causes`: the words that open it, when not `reaction_causes`."""
    crossed = 0
    for pos in range(start, min(len(found), start + reach) if reach else len(found)):
        if pos in breaks:
            crossed += 1
            if crossed > 1:
                return -1
        for cause in lexicon.causes if causes is None else causes:
            if tuple(found[pos : pos + len(cause)]) != cause:
                continue
            if cause in _CLAUSE_CAUSES and not clauses:
                continue
            if cause == ("as",) and (
                pos + 1 >= len(found)
                or found[pos + 1] in lexicon.not_as
                or (pos > 0 and found[pos - 1] in lexicon.not_as)
            ):
                continue
            return pos
    return -1


def _clause_end(found: Sequence[str], breaks: dict[int, str], after: int) -> int:
    return next((k for k in range(after + 1, len(found)) if k in breaks), len(found))


def _push(
    found: Sequence[str],
    stems: Sequence[str],
    breaks: dict[int, str],
    verb: int,
    lexicon: _Lexicon,
) -> Reaction | None:
    """The reaction a verb that moves a market makes after the event ("..., sending the
    stock down 4%", "news that lifted shares in exporters", "and sending Eurobonds
    higher"): a participle or a relative's verb with a market's noun or its traders
    among the words after it; to its clause's end."""
    if verb == 0 or not (
        found[verb].endswith(("ing", "ed", "t")) or found[verb] in words().irregular
    ):
        return None
    if not any(
        stems[k] in lexicon.nouns or stems[k] in lexicon.actors
        for k in range(verb + 1, min(len(found), verb + 1 + OBJECT_REACH))
        if not any(b in breaks for b in range(verb + 1, k + 1))
    ):
        return None
    start = verb
    if verb in breaks or found[verb - 1] == "and":
        start = verb - (verb not in breaks)
    elif found[verb - 1] in _RELATIVE:
        opened = [k for k in range(max(1, verb - SUBJECT_REACH), verb) if k in breaks]
        if not opened:
            return None
        start = opened[-1]
    else:
        return None
    return Reaction(start, _clause_end(found, breaks, verb))


def _judgement(
    found: Sequence[str],
    stems: Sequence[str],
    breaks: dict[int, str],
    actor: int,
    lead_end: int,
    lexicon: _Lexicon,
) -> Reaction | None:
    """The reaction a market's actor makes: its reading of the event in an apposition
    ("a move investors read as a sign of stability", "In what brokers called a
    climbdown, ..."), or its own act answering a cause where it opens the sentence
    ("Analysts at Halvorsen cut their forecast, citing ...")."""
    opening = max((b for b in breaks if b <= actor), default=0)
    apposition = found[opening] in _APPOSITION and (opening > 0 or found[:2] == ["in", "what"])
    if (
        actor - opening <= 3
        and apposition
        and any(
            stems[k] in lexicon.judging
            for k in range(actor + 1, min(len(found), actor + JUDGEMENT_REACH))
        )
    ):
        return Reaction(opening, _clause_end(found, breaks, actor))
    if actor <= 2:
        cause = _cause(found, breaks, actor + 1, lexicon, clauses=False)
        if cause >= 0:
            return Reaction(0, cause, cause)
    return None
