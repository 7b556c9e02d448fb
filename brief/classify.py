"""Assign each sentence to one profile section (or "other") by weighted cue phrases.

Why rules and not a model: the sections are the user's (a TOML file), so the only
knowledge available is the cues they wrote. A cue matches its word's inflected forms
(brief.inflection), so "attacked", "attacks" and "attack" are one cue, while "mobile" is
not "mobilize". Three adjustments make event semantics work with plain cue lists:

* each distinct cue counts once per sentence, so a repeated word cannot dominate;
* a negation just before a cue ("did not attack") halves its weight;
* cues in a background clause ("after ...", "despite ...", "where ...") count half, and
  its negative cues not at all; an opening one ("Despite the truce, ...") ends at its comma;
* a *frame* (a predicate a section declares, like "threaten", "call for" or "ambush")
  damps the other sections' cues that follow it: "threatened to attack" is a threat
  (diplomacy), "called for the withdrawal of troops" a demand, not a troop movement,
  and "ambushed a convoy carrying negotiators" an attack. The first frame governs: a
  frame inside another section's frame is part of its object, not a new event;
* the attribution ("..., military officials said", "The army said that ...") is set
  aside: who reported an event is not the event;
* a section may name the kinds of actor its events take place between (`participants`:
  PLOVER codes events between political actors, so "agreed a deal", "signed" and "met"
  are diplomacy when states, governments, officials or international bodies do them, and
  not when a carmaker or a football club does). In a sentence that names none of them,
  the section's cues count 0.15. A sentence that refers back to its actor takes that
  actor's kind from its article, when the caller says which article each sentence is
  from: by a pronoun subject ("He agreed to ..."), from the sentences just before it; by
  a name ("Ms Adebayo said ..."), from the title or apposition where it was first named.
  Without the articles, a sentence with a pronoun subject is not judged on this at all.
* a section may declare its events to be between states (`foreign_sides`): in an article
  about one country's own affairs (the country it names most, and fewer than two
  sentences naming another state or body), a sentence needs another state, an
  international body or an envoy among its sides, or the section's cues count 0.15. A
  minister's domestic policy or a party's election spat is not diplomacy; the same
  criticism of another state is. Sentences judged without their articles are not judged
  on this;
* a result in numbers ("beat Wales 11-9") gives the sentence the word "scoreline", so a
  profile can count a game against force like any other cue;
* a cue may count only when the sentence names a kind of actor (`actor_cues`): "on
  standby" reports readiness of force when troops are on it, "killed" a disaster's toll
  when a cyclone does it, "crossed into" flight when people do it.

A sentence is judged by what its main predicate reports, so the cue lists are the
predicates of each kind of event (PLOVER's categories and their dictionary synonyms),
not words seen in particular sentences.

Equal totals go to the section whose strongest single cue is higher, not to the first
section. The per-section scores are returned with the choice so the JSON can explain it.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, count, islice
from typing import TypeVar

from brief.extract.actors.places import gazetteer_hits
from brief.extract.lexicon import Entry, PhraseMatcher, WordMemo, alternation, words
from brief.inflection import inflection_key
from brief.models import Classification
from brief.prefilter import may_hold
from brief.profiles import GAZETTEER_KINDS, NATIONALITY, OTHER_KEY, Profile
from brief.rank.text import stop_words

OTHER = OTHER_KEY
NEGATION_WINDOW = 3  # tokens before a cue in which a negation counts
NEGATION_FACTOR = 0.5
FRAME_WINDOW = 20  # tokens after a frame that it governs
FRAME_FACTOR = 0.25
FRAME_CUE_WEIGHT = 2.0  # a frame that is not also listed as a cue counts as one
BACKGROUND_FACTOR = 0.5
PARTICIPANT_FACTOR = 0.15  # a section's cues in a sentence that names none of its actors
SUBJECT_REACH = 3  # tokens at the start (and the end, before "said") that hold a subject
ANTECEDENT_REACH = 3  # sentences back a chain of pronouns may reach for its actor
OF_REACH = (
    4  # words after a negative cue's "of" that say what it is ("of terror that includes massacres")
)


@dataclass(frozen=True)
class _Grammar:
    """The patterns made from words.toml's [classify] lists, once."""

    # Who reported the event is not the event: in "..., military officials said" and "The
    # army said (that) ...", the source's words are set aside before the cues are counted.
    attribution_tail: re.Pattern[str]
    attribution_head: re.Pattern[str]
    # Words one of which each attribution needs: a sentence without any is not matched
    # against the patterns at all.
    tail_words: tuple[str, ...]
    head_words: tuple[str, ...]
    # Clauses that give a cause or a setting, not the sentence's own event: in "aid was
    # suspended after vehicles were hit by gunfire" the event is the suspension.
    leading_background: re.Pattern[str]
    subordinator: re.Pattern[str]


@cache
def _grammar() -> _Grammar:
    lists = words()
    say = alternation(lists["attribution_verbs"])
    head_say = alternation(lists["attribution_head_verbs"])
    # After the verb of saying, only when and where it was said ("in a statement on Monday").
    said_when = rf"(?:\s+(?:{alternation(lists['attribution_setting'])}|\w+day|\d+))*"
    tail = rf",\s*(?:according to\b[^,;]*|[^,;]{{0,80}}?\b(?:{say})\b{said_when})[\s.!?\"”’']*\Z"
    head = (
        r"\A\W*(?:according to\b[^,;]{0,80},"
        rf"|[^,;]{{0,80}}?\b(?:{head_say})\b(?:\s+on\s+\w+)?(?:\s+that)?\s)"
    )
    background = alternation(lists["background_markers"])
    return _Grammar(
        attribution_tail=re.compile(tail, re.IGNORECASE),
        attribution_head=re.compile(head, re.IGNORECASE),
        tail_words=("according", *sorted(lists["attribution_verbs"])),
        head_words=("according", *sorted(lists["attribution_head_verbs"])),
        leading_background=re.compile(rf"\A\W*(?:{background})\b[^,;]{{0,200}}[,;]", re.IGNORECASE),
        subordinator=re.compile(rf"\b(?:{alternation(lists['subordinators'])})\b", re.IGNORECASE),
    )


_TOKEN_RE = re.compile(r"[a-z0-9]+")
# A result written as numbers ("beat Wales 11-9", "won 6-3 6-0") is a scoreline: the
# sentence gets the word, so a profile can weigh it like any cue (a game is no battle).
# Not a year span ("2003-04") nor a decimal. (What stands before the first digit is
# tested after it, so `re` skips to the digits: four times as fast as testing first.)
SCORELINE = "scoreline"
_SCORELINE = re.compile(r"\d(?<![\d.,:/-]\d)\d{0,2} ?[-–] ?\d{1,3}(?![\d-]|[.,]\d)")
# Words next to such numbers that make them a span of days or a range of amounts ("7-11
# April", "March 10-24", "3-4 days", "10-15%"), not a result.
_MONTHS = "|".join(m for m in calendar.month_name if m)
_RANGE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s*\Z")


@cache
def _range_after() -> re.Pattern[str]:
    """A month or one of words.toml's [classify] range_units right after the numbers."""
    units = alternation(words()["range_units"])
    # A capitalised modifier may stand between ("100-120 UK troops").
    modifier = r"(?:[A-Z][\w.-]*\s+){0,2}"
    return re.compile(rf"\s*(?:%|(?:{_MONTHS})\b|{modifier}(?i:{units})\b)")


def _scoreline(text: str) -> int:
    """Where a result in numbers ("11-9") starts in `text`, or -1."""
    if "-" not in text and "–" not in text:
        return -1
    for found in _SCORELINE.finditer(text):
        before = text[max(0, found.start() - 12) : found.start()]
        if not _RANGE_BEFORE.search(before) and not _range_after().match(text, found.end()):
            return found.start()
    return -1


# word -> its inflection key: a cue matches the inflected forms of its word, not every
# word a stemmer would fold into it ("mobile" is no "mobilize"); see brief.inflection.
_STEMS = WordMemo(inflection_key)


def stem_all(words: Sequence[str]) -> list[str]:
    """The stems of a sentence's words: one dictionary look-up a known word."""
    return list(map(_STEMS.__getitem__, words))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; "n't" becomes "not" so negation is one rule."""
    low = text.lower().replace("\u2019", "'").replace("n't", " not")
    return _TOKEN_RE.findall(low)


# The `tokens` of the texts read last, not to be changed by their readers. A sentence is
# read for its cues (`_scores`), then often again for its actors (`_Actors.kinds`) and its
# subject (`pronoun_subject`), and the next few sentences read it once more for what they
# refer back to: at 25,000 sentences, 38,472 tokenisations were of 28,300 distinct texts.
# Those readings come close together, so a few hundred texts are enough to keep. (With
# _TITLE's lookbehind below: classify 3.5% fewer instructions on c25000's first 5,000
# sentences, 3.2% on the inbox's.)
_RECENT_TOKENS = WordMemo(tokens, kept=512)


_CASED_TOKEN = re.compile(r"[A-Za-z0-9]+")
_NAME_GAP = re.compile(r"[ \u00a0]+|[ \u00a0]*[&-][ \u00a0]*")
# Two _CASED_TOKENs in a row that both start with a capital: the whole of the first, what
# stands between them, and the first letter of the second. (The capital first, and what
# stands before it tested after it, so `re` skips to the capitals.)
_CAPITALISED_PAIR = re.compile(r"[A-Z](?<![A-Za-z0-9].)[A-Za-z0-9]*[^A-Za-z0-9]+[A-Z]")


def inside_names(text: str, size: int | None = None) -> frozenset[int]:
    """The positions (as `tokens` counts them) of capitalised words that continue a
    capitalised word before them: a name's later words ("Bank" in "South Bank Show",
    "Food" in "Big Food", "Storm" in "Operation Desert Storm") name it, they report no
    event. None in a title-case or upper-case text ("Army Moves Tanks To Border").
    `size`: how many `tokens` the text has, when known."""
    low = _cased(text)
    if not _may_pair(text, low):
        return frozenset()
    found = list(_CASED_TOKEN.finditer(low))
    # a character whose lower case is another length, or a scoreline among the tokens
    if len(found) != (len(tokens(text)) if size is None else size):
        return frozenset()
    written = [m.group() for m in found]
    capitalised = [w[0].isupper() for w in written]
    # capitalised words after capitalised words; most sentences have none or few
    pairs = [k for k in range(1, len(found)) if capitalised[k] and capitalised[k - 1]]
    if not pairs:
        return frozenset()
    function_words = _function_words()
    if any(w.istitle() and w.lower() in function_words for w in written[1:]) or 2 * sum(
        len(w) > 1 and w.isupper() for w in written
    ) > len(written):
        return frozenset()  # a title-case or upper-case headline: every word is capitalised
    return frozenset(
        k
        for k in pairs
        if written[k - 1].lower() not in function_words  # "The", "In": a sentence's first word
        and _NAME_GAP.fullmatch(low, found[k - 1].end(), found[k].start())
    )


def _cased(text: str) -> str:
    """The text with "n't" written out as `tokens` does, in its own case."""
    return text.replace("\u2019", "'").replace("n't", " not").replace("N'T", " NOT")


def _may_pair(text: str, cased: str) -> bool:
    """Whether the text may hold a capitalised word right after another (`cased` is
    `_cased(text)`): not when no capital follows its first letter (islower says so in C),
    nor when one search, in C, finds no pair."""
    return not text[1:].islower() and _CAPITALISED_PAIR.search(cased) is not None


class _NameWords:
    """`inside_names` of a sentence, worked out only when a word asked about is a
    capitalised word after a capitalised one: a cue's word rarely is, and the words as
    written, one search in C, say so."""

    def __init__(self, text: str, size: int) -> None:
        self.text = text
        self.size = size  # how many `tokens` the text has
        cased = _cased(text)
        self.written = _CASED_TOKEN.findall(cased) if _may_pair(text, cased) else None
        self.inside: frozenset[int] | None = None

    def __contains__(self, pos: int) -> bool:
        written = self.written
        if (
            written is None
            or len(written) != self.size  # inside_names finds none then
            or pos < 1
            or not (written[pos][0].isupper() and written[pos - 1][0].isupper())
        ):
            return False
        if self.inside is None:
            self.inside = inside_names(self.text, self.size)
        return pos in self.inside


def reported(text: str) -> str:
    """The sentence less its attribution ("..., officials said Thursday.")."""
    grammar = _grammar()
    comma = text.rfind(",")  # an attribution tail holds no comma: try the last one only
    tail = comma >= 0 and may_hold(text[comma:], grammar.tail_words)
    body = text[:comma] if tail and grammar.attribution_tail.match(text, comma) else text
    if not may_hold(body, grammar.head_words):
        return body
    head = grammar.attribution_head.match(body)
    # A head is the attribution only when something is left to report after it, and
    # only when its verb of saying is the main one: in "Pakistan put its forces on alert
    # after India announced that ..." the saying is inside a subordinate clause.
    if head and len(body) - head.end() > 12 and not grammar.subordinator.search(head.group()):
        return body[head.end() :]
    return body


@dataclass(frozen=True)
class _Cue:
    section: int
    weight: float
    stems: tuple[str, ...]  # empty for a prefix cue
    prefix: str = ""  # "negotiat*" matches any token starting with "negotiat"
    needs: str = ""  # a kind of actor the sentence must name for the cue to count
    # What _hits asks of every cue it finds, worked out once: the key of its hit, the stems
    # after its first, and whether it is one word that counts for a section (in a name,
    # such a word is no cue).
    ident: tuple[int, tuple[str, ...], str, str] = field(init=False, compare=False, repr=False)
    rest: tuple[str, ...] = field(init=False, compare=False, repr=False)
    one_word_event: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ident", (self.section, self.stems, self.prefix, self.needs))
        object.__setattr__(self, "rest", self.stems[1:])
        object.__setattr__(self, "one_word_event", len(self.stems) <= 1 and self.weight > 0)


@dataclass(frozen=True)
class _Mark:
    """What _hits has to do at a word: a negation, or the cues and frames that may start
    at it. One for each distinct word (`_Matcher.marks`).

    The cues are those of its stem, in the profile's order, then the prefix cues it
    starts with: `cues` when the next word's stem goes on none of its phrases, `after`
    when it does (by that stem). Most phrases start with a common word ("in", "on",
    "by"), and the next word rules out all of them at once."""

    stem: str
    negation: bool
    frame: bool  # a frame's first stem
    cues: tuple[_Cue, ...]
    after: dict[str, tuple[_Cue, ...]]


# Each distinct cue found, keyed by (section, stems, prefix, needs): (position, weight).
_Hits = dict[tuple[int, tuple[str, ...], str, str], tuple[int, float]]
# The cues that wait for a kind of actor: (section, kind, weight after frames and clauses,
# position).
_Pending = list[tuple[int, str, float, int]]


class _Matcher:
    """A profile compiled to lookup tables, so a sentence costs one pass over its tokens."""

    def __init__(self, profile: Profile) -> None:
        self.keys = tuple(s.key for s in profile.sections)
        self.min_score = profile.min_score
        self.first: dict[str, list[_Cue]] = {}
        self.prefixes: list[_Cue] = []
        self.frames_first: dict[str, list[_Cue]] = {}
        self.background: dict[str, list[tuple[str, ...]]] = {}
        self.negators = words()["negators"]
        for marker in words()["background_markers"]:
            marker_words = tuple(tokens(marker))
            self.background.setdefault(marker_words[0], []).append(marker_words)
        # the markers of one word ("after", "despite"): no words after them to compare
        self.opening = frozenset(
            m[0] for found in self.background.values() for m in found if len(m) == 1
        )
        for i, spec in enumerate(profile.sections):
            for phrase, weight in spec.cues:
                self._add(self.first, _compile(phrase, i, weight))
            for kind, kind_cues in spec.actor_cues:
                for phrase, weight in kind_cues:
                    self._add(self.first, _compile(phrase, i, weight, kind))
            cued = {_compile(phrase, i, 1.0) for phrase, _ in spec.cues}
            # A frame that is a cue for a kind of actor only ("kill" with an armed side)
            # stays one: it is not a cue for any sentence.
            cued |= {
                _compile(phrase, i, 1.0)
                for _, kind_cues in spec.actor_cues
                for phrase, _ in kind_cues
            }
            for phrase in spec.frames:
                frame = _compile(phrase, i, 1.0)
                self._add(self.frames_first, frame)
                if frame not in cued:  # a predicate that claims its complement is an event here
                    self._add(self.first, _compile(phrase, i, FRAME_CUE_WEIGHT))

        # Every prefix at once, for str.startswith, and every stem a cue or a frame starts
        # with: most words are neither, and cost one set look-up.
        self.any_prefix = tuple(dict.fromkeys(c.prefix for c in self.prefixes))
        self.cue_stems = frozenset(self.first) | frozenset(self.frames_first)
        self.marks = WordMemo(self._marks)
        self.participants = tuple(frozenset(s.participants) for s in profile.sections)
        # the sections judged by their actors, and by their sides being foreign
        self.gated = tuple(i for i, kinds in enumerate(self.participants) if kinds)
        self.between = tuple(i for i, s in enumerate(profile.sections) if s.foreign_sides)
        self.foreign_kinds = frozenset(kind for s in profile.sections for kind in s.foreign_sides)
        self.actors = _Actors(profile)

    def _add(self, table: dict[str, list[_Cue]], cue: _Cue | None) -> None:
        if cue is None:
            return
        if cue.prefix:
            self.prefixes.append(cue)
        else:
            table.setdefault(cue.stems[0], []).append(cue)

    def _scores(self, text: str) -> tuple[list[float], list[float], _Pending, list[str] | None]:
        """Per-section totals, each section's strongest single cue (for ties), the cues
        that count only when the sentence names their kind of actor, and the text's
        `tokens` when it has no attribution (so the actors are read from the same words)."""
        body = reported(text)
        words = _RECENT_TOKENS[body]
        own = words if body is text else None
        scoreline = _scoreline(body)
        if scoreline >= 0:  # in its place, so a background clause holds it as it holds a cue
            words = [*words]
            words.insert(len(tokens(body[:scoreline])), SCORELINE)
        lead_end = leading_background(body)
        hits, frames, background_from = self._hits(words, lead_end, body)
        if "of" in words:
            hits = _without_kinds_of_events(words, hits)
        return (*self._weigh(hits, frames, lead_end, background_from), own)

    def _hits(
        self, words: list[str], lead_end: int, body: str
    ) -> tuple[_Hits, list[tuple[int, int]], int]:
        """Each distinct cue's strongest occurrence (position, weight after negation), the
        frames found (where each ends, its section), and where a background clause starts.
        A one-word cue inside a name of `body` (the text of `words`) is no cue.

        Only the marked words are read (`marks`), and a word's stem is looked up only
        where a phrase goes on past its first word: most words are no cue."""
        hits: _Hits = {}
        named: _NameWords | None = None  # read when a cue is found: most sentences hold none
        frames: list[tuple[int, int]] = []  # (position, section)
        last_negation = -100
        last_hit = 0  # where the last hit was found or made stronger
        marked = list(map(self.marks.__getitem__, words))
        # (the marked words' positions beside their marks: filter keeps the same ones)
        for pos, mark in zip(compress(count(), marked), filter(None, marked), strict=True):
            if mark.negation:
                last_negation = pos
                continue
            if mark.frame and pos >= lead_end:  # a frame: rarely
                self._frames_at(words, mark.stem, pos, frames)
            negated = pos - last_negation <= NEGATION_WINDOW
            cues = mark.cues
            if mark.after and pos + 1 < len(words):
                cues = mark.after.get(_STEMS[words[pos + 1]], cues)
            for cue in cues:
                if len(cue.rest) > 1 and not _goes_on(words, pos, cue.rest):
                    continue
                if cue.one_word_event:
                    if named is None:
                        named = _NameWords(body, len(words))
                    if pos in named:
                        continue  # a name's word reports no event (a negative one still
                        # says what the sentence is about: the "Davis Cup")
                weight = cue.weight * (NEGATION_FACTOR if negated and cue.weight > 0 else 1.0)
                ident = cue.ident
                if ident not in hits or abs(weight) > abs(hits[ident][1]):
                    hits[ident] = (pos, weight)
                    last_hit = pos
        return hits, frames, self._background_from(words, lead_end, last_hit)

    def _background_from(self, words: list[str], lead_end: int, last_hit: int) -> int:
        """Where the first background clause after the opening one starts (after the
        words when there is none). Only whether a hit comes after it counts (_weigh): a
        clause that starts at the last hit (`last_hit`) or later changes nothing, so
        the words from there on are not read, and the answer is then as if there were
        none."""
        ahead = words[lead_end:last_hit]
        if not self.background.keys().isdisjoint(ahead):
            for pos in compress(count(lead_end), map(self.background.__contains__, ahead)):
                if self._opens(words, pos):
                    return pos
        return len(words)

    def _opens(self, words: list[str], pos: int) -> bool:
        """Whether a background clause ("after", "in the wake of") starts at words[pos]."""
        word = words[pos]
        return word in self.opening or any(
            _matches(words, pos, m) for m in self.background.get(word, ())
        )

    def _frames_at(
        self, words: list[str], stem: str, pos: int, frames: list[tuple[int, int]]
    ) -> None:
        """Add the frames that start at words[pos] (its stem is `stem`), unless another
        section's frame already governs it (the first frame governs)."""
        for cue in self.frames_first[stem]:
            governed = frames and any(
                fs != cue.section and 0 <= pos - fp < FRAME_WINDOW for fp, fs in frames
            )
            if not governed and (not cue.rest or _goes_on(words, pos, cue.rest)):
                frames.append((pos + len(cue.stems), cue.section))

    def _marks(self, word: str) -> _Mark | None:
        """What _hits does at the word (see _Mark); None, for most words, when nothing:
        no cue's or frame's stem, no prefix cue, no negation. Asked once a distinct word
        (`marks`), so a sentence's marked positions come from a look-up in C."""
        stem = _STEMS[word]
        negation = word in self.negators
        starts = bool(self.any_prefix and word.startswith(self.any_prefix))
        if not (negation or starts or stem in self.cue_stems):
            return None
        cues = tuple(self.first.get(stem, ()))
        if starts:
            cues += tuple(cue for cue in self.prefixes if word.startswith(cue.prefix))
        after = {
            then: tuple(cue for cue in cues if not cue.rest or cue.rest[0] == then)
            for then in {cue.rest[0] for cue in cues if cue.rest}
        }
        alone = tuple(cue for cue in cues if not cue.rest)
        return _Mark(stem, negation, stem in self.frames_first, alone, after)

    def _weigh(
        self,
        hits: _Hits,
        frames: Sequence[tuple[int, int]],
        lead_end: int,
        background_from: int,
    ) -> tuple[list[float], list[float], _Pending]:
        """Per-section totals and strongest cues, with frames and background applied."""
        totals = [0.0] * len(self.keys)
        strongest = [0.0] * len(self.keys)
        pending: _Pending = []
        for (section, _, _, needs), (pos, weight) in hits.items():
            if (
                weight > 0
                and frames  # most sentences have none
                and any(fs != section and 0 <= pos - fp < FRAME_WINDOW for fp, fs in frames)
            ):
                weight *= FRAME_FACTOR
            if pos > background_from or pos < lead_end:
                # A negative cue corrects its own clause; the setting cannot speak
                # against the main event ("struck ... after ceasefire talks collapsed").
                weight *= BACKGROUND_FACTOR if weight > 0 else 0.0
            if needs:
                pending.append((section, needs, weight, pos))
                continue
            totals[section] += weight
            strongest[section] = max(strongest[section], weight)
        return totals, strongest, pending

    def classify(
        self,
        text: str,
        antecedent: Callable[[], frozenset[str]] | None = None,
        foreign: Callable[[], bool] | None = None,
    ) -> Classification:
        """`antecedent`: the kinds of actor the article gave the people this sentence
        refers back to; without it, a sentence with a pronoun subject is not judged by
        its participants. `foreign`: whether the sentence has a side other than the one
        country its article is about (always, in an article about several); without it,
        a sentence is not judged on this at all."""
        totals, strongest, pending, words_of = self._scores(text)
        if pending:
            wanted = {kind for _, kind, _, _ in pending}
            kinds = self.named(text, antecedent, wanted.issubset, words_of) or frozenset()
            counted: set[tuple[int, int]] = set()
            for section, kind, weight, pos in pending:
                # a word waiting for several kinds ("kill" with soldiers or an official)
                # counts once, however many of them the sentence names
                if kind in kinds and (section, pos) not in counted:
                    counted.add((section, pos))
                    totals[section] += weight
                    strongest[section] = max(strongest[section], weight)
        if not any(totals):  # no cue at all: most sentences
            return Classification(OTHER, dict(zip(self.keys, totals, strict=True)))
        between = [i for i in self.between if totals[i] > 0]
        if between and foreign is not None and not foreign():
            for i in between:
                totals[i] *= PARTICIPANT_FACTOR
                strongest[i] *= PARTICIPANT_FACTOR
        gated = [i for i in self.gated if totals[i] > 0]
        if gated:
            needs = [self.participants[i] for i in gated]
            named = self.named(
                text, antecedent, lambda found: not any(map(found.isdisjoint, needs)), words_of
            )
            for i in gated:
                if named is not None and self.participants[i].isdisjoint(named):
                    totals[i] *= PARTICIPANT_FACTOR
                    strongest[i] *= PARTICIPANT_FACTOR
        # (most sections have no cue in the sentence: 0.0 needs no rounding)
        scores = {k: round(v, 3) if v else v for k, v in zip(self.keys, totals, strict=True)}
        top = max(totals)
        if top < self.min_score or top <= 0:  # no section is chosen: most sentences with cues
            return Classification(OTHER, scores)
        # Equal totals go to the section with the stronger single cue: one decisive word
        # ("famine") says more than several weak ones; the order of sections decides
        # only when those are equal too.
        best = max(
            range(len(totals)),
            key=lambda i: (round(totals[i], 6), strongest[i], -i),
            default=-1,
        )
        if best < 0 or totals[best] < self.min_score or totals[best] <= 0:
            return Classification(OTHER, scores)
        return Classification(self.keys[best], scores)

    def named(
        self,
        text: str,
        earlier: Callable[[], frozenset[str]] | None = None,
        enough: Callable[[set[str]], bool] | None = None,
        words_of: Sequence[str] | None = None,
    ) -> frozenset[str] | None:
        """The kinds of actor the sentence names, with those its article gave the people
        it refers back to (`earlier`); None when it refers by a pronoun and nothing tells
        what the pronoun stands for. Looking stops once the kinds found are `enough`.
        `words_of`: the text's `tokens`, when known."""
        kinds = self.actors.kinds(text, enough, words_of)
        if enough and enough(set(kinds)):
            return kinds
        if earlier is not None:
            return kinds | earlier()
        return None if pronoun_subject(text) else kinds


# A text's gazetteer hits, found once: an article's sentences are read for their sides
# (`sides`, for the country it is about) and for their kinds of actor (`_Actors.kinds`),
# and the story's lead sentences again by story_profile (in a 1,000-article digest, 4,800
# sentences were scanned twice).
_PLACES = WordMemo(lambda text: tuple(gazetteer_hits(text)), kept=1 << 15)


def sides(text: str) -> frozenset[tuple[str, str]]:
    """The states and bodies a sentence names, as (name, kind): a country by its name, its
    seat or its demonym; a national body as its country, of kind "body" (the Senate is the
    United States at home, but not a state facing another); an organisation by its name;
    not a news outlet, which reports."""
    outlets = words()["news_outlets"]
    return frozenset(
        (entry.state, "body") if entry.state else (entry.name, entry.kind)
        for entry, _, _ in _PLACES[text]
        if entry is not None and entry.name.lower() not in outlets
    )


# What names a country in `sides`: the country itself, or one of its national bodies.
STATE_KINDS = ("country", "body")
# An article names other states or bodies in this many sentences before it is about
# relations beside its own country: one passing mention ("since the Iraq war") is not.
FOREIGN_MENTIONS = 2


def one_country(named: Iterable[frozenset[tuple[str, str]]]) -> str | None:
    """The country an article is about, when it is about one country's own affairs: the
    one it names most (or "" when it names none), when fewer than FOREIGN_MENTIONS of its
    sentences name another state or body. None for an article about relations between
    states (a chancellor's tour of Kenya, Tanzania and Mozambique names each once).

    `named` is read lazily, and no further once no country could be the one: a long
    text about many countries is settled by its first few sentences, and the gazetteer
    scan of the rest (the cost of `sides`) is never made."""
    named = list(_until_several_countries(named))
    mentions = Counter(side for found in named for side in found)
    countries = [name for (name, kind), _ in mentions.most_common() if kind in STATE_KINDS]
    home = countries[0] if countries else ""
    abroad = sum(any(name != home for name, _ in found) for found in named)
    return None if abroad >= FOREIGN_MENTIONS else home


def _until_several_countries(
    named: Iterable[frozenset[tuple[str, str]]],
) -> Iterator[frozenset[tuple[str, str]]]:
    """`named` up to the sentence after which every possible home country has at least
    FOREIGN_MENTIONS sentences naming something else (`one_country` is None then, and
    each further sentence can only add to those): the sentences that name anything,
    less those that name only that country. A country not named yet is the home of no
    sentence, and "" (none named) neither."""
    naming = 0
    only: Counter[str] = Counter()  # name -> sentences naming it and nothing else
    for found in named:
        yield found
        if not found:
            continue
        naming += 1
        first = next(iter(found))[0]
        if all(name == first for name, _ in found):
            only[first] += 1
        if naming - max(only.values(), default=0) >= FOREIGN_MENTIONS:
            return


def pronoun_subject(text: str) -> bool:
    """Whether a pronoun opens the sentence or speaks in its attribution ("..., he said")."""
    found = _RECENT_TOKENS[text]
    reach = found[:SUBJECT_REACH] + found[-SUBJECT_REACH - 1 :]
    return not words()["subject_pronouns"].isdisjoint(reach)


# The capital first and the word boundary after it (`re` skips to the capitals; a pattern
# that opens with \b is tried at every position, twice as slow).
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)[a-z]+(?:['’-][A-Za-z]+)*")
# A name's title is the few words right before it ("UN envoy Nkechi Adebayo"), its
# apposition the phrase set off by a comma right after it ("Nkechi Adebayo, the UN special
# envoy for the Sahel,"). Nothing else around it says who it is: in "Rosneft bought the
# unit in a sale forced by Russia" Russia is another actor, not what Rosneft is.
TITLE_WORDS = 3
APPOSITION_CHARS = 60
# (It starts where no word character stands before it: the leftmost match of the pattern
# without that test starts there too, or is the empty match at the end, a title of ""
# as no match is; `re` then rejects the positions inside a word at once, where it tried
# each word after them: 2.7 times as fast on c25000's names, the same titles on them and
# on 300,000 random strings.)
_TITLE = re.compile(rf"(?<![\w'’.-])(?:[\w'’.-]+[ \u00a0]+){{0,{TITLE_WORDS}}}\Z")
_APPOSITION = re.compile(rf"\s*[,(]([^,;:.()]{{1,{APPOSITION_CHARS}}})[,;:.)]")


def title_and_apposition(text: str, start: int, end: int) -> str:
    """What the text says a name is where it names it: its title and its apposition."""
    title = _TITLE.search(text[max(0, start - 80) : start])  # nothing before it to test
    apposition = _APPOSITION.match(text, end)
    return " ".join((title.group() if title else "", apposition.group(1) if apposition else ""))


@cache
def _not_names() -> frozenset[str]:
    return words()["not_names"] | words()["honorifics"]


_NAME_MEMO = WordMemo(lambda word: word.lower() not in _not_names())


def names_in(text: str) -> set[str]:
    """The capitalised words that may name someone ("Adebayo", not "The" or "However")."""
    return set(compress(found := _CAPITALISED.findall(text), map(_NAME_MEMO.__getitem__, found)))


@dataclass(frozen=True)
class _ActorMark:
    """What a word gives `_Actors.kinds`: the kinds it names alone, and the longer
    phrases (kind, stems after the first) that may start at it."""

    kinds: frozenset[str]
    longer: tuple[tuple[str, tuple[str, ...]], ...]


class _Actors:
    """Which kinds of actor a sentence names: the gazetteer's countries and organisations,
    and the profile's words for its own kinds ("minister"; "Labour" only capitalised)."""

    def __init__(self, profile: Profile) -> None:
        self.by_stem: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        # "forces*": a word as written (the noun "forces", not the verb "forced")
        self.by_prefix: dict[str, list[str]] = {}
        self.phrases = dict(profile.actors)
        self._naming: dict[frozenset[str], re.Pattern[str]] = {}
        names: dict[str, list[str]] = {}
        for kind, phrases in profile.actors:
            for phrase in phrases:
                if phrase[:1].isupper():  # a name: its own spelling, or its plural
                    names.setdefault(kind, []).append(phrase)
                    continue
                if phrase.endswith("*"):
                    prefix = "".join(tokens(phrase[:-1]))
                    if prefix:
                        self.by_prefix.setdefault(kind, []).append(prefix)
                    continue
                stems = tuple(stem_all(tokens(phrase)))
                if stems:
                    self.by_stem.setdefault(stems[0], []).append((kind, stems))
        # Each name as written, with no word character or hyphen before it: tested after
        # its capital, so `re` skips to the names' first letters (twice as fast as a
        # pattern that opens with the test, which is tried at every position).
        self.names = {
            kind: re.compile(
                "(?:"
                + "|".join(
                    re.escape(phrase[0]) + r"(?<![\w-].)" + re.escape(phrase[1:])
                    for phrase in found
                )
                + r")(?:s|es)?(?![\w-])"
            )
            for kind, found in names.items()
        }
        # All of them at once, anywhere: most sentences hold none, and one pass over the
        # text in C says so (the patterns are searched only when one does).
        self.any_name = PhraseMatcher(
            {phrase: kind for kind, found in names.items() for phrase in found}
        )
        self.prefixes = {kind: tuple(found) for kind, found in self.by_prefix.items()}
        self.any_prefix = tuple(p for found in self.prefixes.values() for p in found)
        # What a word starts (`_ActorMark`), or None for most words: each distinct word is
        # asked once, and a sentence's actor words are found by look-ups in C.
        self.starts = WordMemo(self._starts)
        wanted = {kind for s in profile.sections for kind in s.participants}
        self.gazetteer = frozenset(wanted & set(GAZETTEER_KINDS))

    def _starts(self, word: str) -> _ActorMark | None:
        """The kinds a word names by itself (a one-word phrase of its stem, or a prefix it
        starts with), and the longer phrases its stem starts; None when neither."""
        phrases = self.by_stem.get(_STEMS[word], ())
        if not (phrases or word.startswith(self.any_prefix)):
            return None
        alone = {kind for kind, phrase in phrases if len(phrase) == 1}
        alone |= {kind for kind, prefixes in self.prefixes.items() if word.startswith(prefixes)}
        longer = tuple((kind, phrase[1:]) for kind, phrase in phrases if len(phrase) > 1)
        return _ActorMark(frozenset(alone), longer)

    def naming(self, kinds: frozenset[str]) -> re.Pattern[str]:
        """One pattern for the words of `kinds` and their plurals ("embassies"): a quick
        test of whether a sentence names one, without reading it word by word."""
        if kinds not in self._naming:
            forms = []
            for kind in sorted(kinds):
                for phrase in self.phrases.get(kind, ()):
                    body = re.escape(phrase.rstrip("*").lower()).replace(r"\ ", r"\s+")
                    if body.endswith("y"):  # "embassy", "embassies"; "envoy", "envoys"
                        forms.append(body[:-1] + "(?:y|ys|ies)")
                    else:
                        forms.append(body + "(?:s|es)?")
            pattern = "|".join(forms) or r"(?!)"
            self._naming[kinds] = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)
        return self._naming[kinds]

    def kinds(
        self,
        text: str,
        enough: Callable[[set[str]], bool] | None = None,
        words_of: Sequence[str] | None = None,
    ) -> frozenset[str]:
        """The kinds named; the words first, and the gazetteer only when they are not
        `enough` (its scan costs most). `words_of`: the text's `tokens`, when known."""
        found: set[str] = set()
        if words_of is None:
            words_of = _RECENT_TOKENS[text]
        marked = list(map(self.starts.__getitem__, words_of))
        for pos, mark in zip(compress(count(), marked), filter(None, marked), strict=True):
            found |= mark.kinds
            for kind, rest in mark.longer:
                if kind not in found and _goes_on(words_of, pos, rest):
                    found.add(kind)
        if self.any_name.occurs_in(text):
            for kind, name in self.names.items():
                if kind not in found and name.search(text):
                    found.add(kind)
        if self.gazetteer and not (enough and enough(found)):
            for entry, _, end in _PLACES[text]:
                if entry is not None:
                    kind = NATIONALITY if _modifies(entry, text, end) else entry.kind
                    if kind in self.gazetteer:
                        found.add(kind)
        return frozenset(found)


_MODIFIER_AFTER = ("'s", "\u2019s", "-")


def _modifies(entry: Entry, text: str, end: int) -> bool:
    """A demonym, or a country in the possessive, a compound or before a noun ("Japan's
    largest bank", "London-based", "a US defence company"), says whose an actor is, not
    that the country acts: a nationality."""
    return entry.form == "demonym" or (
        entry.kind == "country"
        and (
            text.startswith(_MODIFIER_AFTER, end)
            or (entry.form != "seat" and _noun_after(text, end))
        )
    )


_NEXT_WORDS = re.compile(r" ([a-z]+)\b(?: ([a-z]+)\b)?")


def _noun_after(text: str, end: int) -> bool:
    """A lower-case word right after a name that is no function word, no verb form and
    no adverb before one ("US defence", not "US said", "Russia invaded", "Iran warns",
    "China will", "China firmly supports")."""
    found = _NEXT_WORDS.match(text, end)
    if found is None:
        return False
    word, then = found.groups()
    if word.endswith("ly") and then is not None and _verb_form(then):
        return False  # an -ly adverb before its verb: "Turkey strongly condemned"
    return not (_verb_form(word) or word in _function_words())


def _verb_form(word: str) -> bool:
    lists = words()
    return word.endswith(("s", "ed")) or word in lists.speech or word in lists.irregular


@cache
def _function_words() -> frozenset[str]:
    return stop_words("english") | words()["count_ends"]


def leading_background(text: str) -> int:
    """How many tokens open the sentence as a background clause ("Despite the truce, ...").

    Such a clause ends at its comma and the main event follows it, so it is set apart as
    a span, not from the marker to the end of the sentence; its frames govern nothing.
    """
    lead = _grammar().leading_background.match(text)
    return len(tokens(lead.group())) if lead else 0


def _without_kinds_of_events(words: Sequence[str], hits: _Hits) -> _Hits:
    """The hits less each negative cue that heads an "of" phrase naming an event of its
    own section: a "policy of terror that includes massacres" is terror, a "campaign of
    killings" killing, so the word that argues against a section when it is the object
    of a debate ("the government's policy", "policy on asylum") does not argue here.
    The phrase is bare ("of terror", not "the quarter-finals of the Dubai Open") and the
    section's own cue is in it or in what it includes, within OF_REACH words ("a policy
    of tax cuts that critics attacked" is still a debate)."""
    positive = [(ident[0], pos) for ident, (pos, weight) in hits.items() if weight > 0]
    if not positive:
        return hits
    function_words = _function_words()
    kept = {}
    for ident, (pos, weight) in hits.items():
        after = pos + (len(ident[1]) or 1)  # the word after the cue's phrase
        if (
            weight < 0
            and after + 1 < len(words)
            and words[after] == "of"
            and words[after + 1] not in function_words
            and any(
                section == ident[0] and after < at <= after + OF_REACH for section, at in positive
            )
        ):
            continue
        kept[ident] = (pos, weight)
    return kept


def _compile(phrase: str, section: int, weight: float, needs: str = "") -> _Cue | None:
    if phrase.endswith("*"):
        prefix = "".join(tokens(phrase[:-1]))
        return _Cue(section, weight, (), prefix, needs) if prefix else None
    stems = tuple(stem_all(tokens(phrase)))
    return _Cue(section, weight, stems, "", needs) if stems else None


def _matches(stems: Sequence[str], pos: int, phrase: tuple[str, ...]) -> bool:
    return tuple(stems[pos : pos + len(phrase)]) == phrase


def _goes_on(words: Sequence[str], pos: int, rest: tuple[str, ...]) -> bool:
    """Whether the stems of the words after words[pos] are `rest` (a phrase's stems after
    its first)."""
    return tuple(map(_STEMS.__getitem__, words[pos + 1 : pos + 1 + len(rest)])) == rest


_compiled: dict[int, tuple[Profile, _Matcher]] = {}


def _matcher(profile: Profile) -> _Matcher:
    # Keyed by identity (a Profile is loaded once per run); the stored profile keeps the id
    # from being reused by another object.
    entry = _compiled.get(id(profile))
    if entry is None or entry[0] is not profile:
        if len(_compiled) > 32:
            _compiled.clear()
        entry = (profile, _Matcher(profile))
        _compiled[id(profile)] = entry
    return entry[1]


def load_matcher(profile: Profile) -> None:
    """What classifying with `profile` builds before its first sentence: its cues' tables
    and the attribution's patterns (0.01 s of CPU with the geopolitics profile). A brief
    builds them while it waits for the extraction child's duplicate groups."""
    matcher = _matcher(profile)
    matcher.actors.naming(matcher.foreign_kinds)
    _grammar()
    _range_after()


def classify(text: str, profile: Profile) -> Classification:
    return _matcher(profile).classify(text)


def actor_kinds(text: str, profile: Profile) -> frozenset[str]:
    """The kinds of actor a text names, as the profile's participants know them (its
    [actors] words, and the gazetteer's kinds its sections ask for)."""
    return _matcher(profile).actors.kinds(text)


def classify_all(
    texts: Iterable[str], profile: Profile, articles: Sequence[Hashable] | None = None
) -> tuple[Classification, ...]:
    """`articles`: which article each text is from, the texts of one in reading order.
    A sentence then takes the kinds of actor of the people it refers back to: by a
    pronoun subject, those of the sentences just before it; by a name, those of the
    sentence that first named it ("Ms Adebayo said ..." after "Nkechi Adebayo, the UN
    envoy, ..."). Never across articles."""
    matcher = _matcher(profile)
    if articles is None:
        return tuple(matcher.classify(t) for t in texts)
    listed = list(texts)
    names: list[set[str]] = []  # each sentence's, as far as read
    own: dict[int, frozenset[str]] = {}
    chained: dict[int, frozenset[str]] = {}
    introduced: dict[Hashable, dict[str, int]] = {}  # article -> name -> first sentence
    titled: dict[tuple[int, int], frozenset[str]] = {}

    def title_kinds(j: int, start: int, end: int) -> frozenset[str]:
        """The kinds of actor a name's title or apposition gives it, where first named."""
        if (j, start) not in titled:
            titled[j, start] = matcher.actors.kinds(title_and_apposition(listed[j], start, end))
        return titled[j, start]

    def own_kinds(j: int) -> frozenset[str]:
        if j not in own:
            own[j] = matcher.actors.kinds(listed[j])
        return own[j]

    def earlier(k: int, reach: int) -> frozenset[str]:
        found: set[str] = set()
        j = k - 1
        if reach and j >= 0 and articles[j] == articles[k] and pronoun_subject(listed[k]):
            if j not in chained:
                chained[j] = own_kinds(j) | earlier(j, reach - 1)
            found |= chained[j]
        first = introduced.get(articles[k], {})
        for name in names[k]:
            i = first.get(name, k)
            if i < k:
                start = listed[i].find(name)
                found |= title_kinds(i, start, start + len(name))
        return frozenset(found)

    reached: dict[int, frozenset[str]] = {}

    def antecedent(k: int) -> frozenset[str]:
        """What sentence k refers back to (asked for its cues that wait for an actor, its
        participants and its sides: worked out once)."""
        if k not in reached:
            reached[k] = earlier(k, ANTECEDENT_REACH)
        return reached[k]

    members: dict[Hashable, list[int]] = {}
    for k, article in enumerate(articles):
        members.setdefault(article, []).append(k)
    named: dict[int, frozenset[tuple[str, str]]] = {}
    homes: dict[Hashable, str | None] = {}

    def sides_of(j: int) -> frozenset[tuple[str, str]]:
        if j not in named:
            named[j] = sides(listed[j])
        return named[j]

    envoy = matcher.actors.naming(matcher.foreign_kinds)
    # The first letters of those words: a substring test rules out most sentences first.
    envoy_starts = tuple(
        {p.lower()[:5] for k in matcher.foreign_kinds for p in matcher.actors.phrases[k]}
    )

    envoys_in: dict[int, bool] = {}

    def envoy_named(j: int) -> bool:
        """Whether sentence j names a foreign side by its words (an envoy, a summit):
        asked of an article's sentences for its home, then of each sentence again."""
        if j not in envoys_in:
            text = listed[j]
            envoys_in[j] = may_hold(text, envoy_starts) and envoy.search(text) is not None
        return envoys_in[j]

    def foreign(k: int) -> bool:
        """Whether sentence k has a side other than its article's one country."""
        article = articles[k]
        if article not in homes:
            home = one_country(sides_of(j) for j in members[article])
            # An article with envoys in FOREIGN_MENTIONS sentences is about relations too.
            envoys = (j for j in members[article] if envoy_named(j))
            if home is not None and next(islice(envoys, FOREIGN_MENTIONS - 1, None), None):
                home = None
            homes[article] = home
        home = homes[article]
        if home is None or any(name != home for name, _ in sides_of(k)):
            return True
        return envoy_named(k) or not matcher.foreign_kinds.isdisjoint(antecedent(k))

    out = []
    for k, text in enumerate(listed):
        first = introduced.setdefault(articles[k], {})
        names.append(names_in(text))
        for name in names[k]:
            first.setdefault(name, k)
        out.append(
            matcher.classify(
                text,
                lambda k=k: antecedent(k),  # type: ignore[misc]
                lambda k=k: foreign(k),  # type: ignore[misc]
            )
        )
    return tuple(out)


Article = TypeVar("Article", bound=Hashable)


def classify_with_headlines(
    texts: Sequence[str],
    profile: Profile,
    articles: Sequence[Article],
    headlines: Mapping[Article, str],
) -> tuple[tuple[Classification, ...], dict[Article, Classification]]:
    """The sentences' classes, and each article's headline judged as a sentence of its
    article (after its last one, so it introduces no name): "Blair rejects Tory terror
    offer" alone reads as talk between sides; with its article, which is about one
    country's own affairs, it is a domestic spat, as its sentences are."""
    keys = list(headlines)
    judged = classify_all([*texts, *(headlines[k] for k in keys)], profile, [*articles, *keys])
    return judged[: len(texts)], dict(zip(keys, judged[len(texts) :], strict=True))
