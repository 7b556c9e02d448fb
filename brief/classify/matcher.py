"""The cue matcher: a profile's cues and frames compiled to lookup tables, and a sentence
scored against them in one pass over its tokens (see brief.classify for the rules).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, count

from brief.classify.averted import averted
from brief.classify.clauses import (
    asides,
    clause_grammar,
    dated,
    leading_background,
    on_a_text,
    plural,
    reported_parts,
    subject_relative,
)
from brief.classify.clefts import cleft
from brief.classify.conditions import THREAT, condition
from brief.classify.conversations import CONSULTATION, conversation
from brief.classify.counterfactuals import counterfactual
from brief.classify.denials import contradicted
from brief.classify.described_as import described
from brief.classify.directives import DIRECTIVE, directive
from brief.classify.exclusions import BAN, excluded
from brief.classify.headlinese import as_future, future_to, in_lower_case, label_end
from brief.classify.openers import CHARACTERISATION, opener
from brief.classify.participants import EVENT_WEIGHT, Actors
from brief.classify.phrasal import particles_joined
from brief.classify.reactions import reactions
from brief.classify.references import (
    agentless_passive,
    first_verb,
    pronoun_subject,
    subject_names_someone,
)
from brief.classify.refusals import REFUSAL, withheld
from brief.classify.scoreline import SCORELINE
from brief.classify.subordinate import told_below
from brief.classify.under_fire import CRITICISM, criticised_fire
from brief.classify.wording import (
    RECENT_TOKENS,
    STEMS,
    NameWords,
    compounded,
    function_word_set,
    goes_on,
    matches_at,
    stem_all,
    tokens,
)
from brief.extract.figures.notation import range_after, scoreline_at
from brief.extract.lexicon import WordMemo, words
from brief.models import Classification
from brief.profiles import OTHER_KEY, Profile, Relief

OTHER = OTHER_KEY
NEGATION_WINDOW = 3  # tokens before a cue in which a negation counts
NEGATION_FACTOR = 0.5
FRAME_WINDOW = 20  # tokens after a frame that it governs
FRAME_FACTOR = 0.25
FRAME_CUE_WEIGHT = 2.0  # a frame that is not also listed as a cue counts as one
BACKGROUND_FACTOR = 0.5
PARTICIPANT_FACTOR = 0.15  # a section's cues in a sentence that names none of its actors
OF_REACH = (
    4  # words after a negative cue's "of" that say what it is ("of terror that includes massacres")
)


@dataclass(frozen=True)
class _Cue:
    section: int
    weight: float
    stems: tuple[str, ...]  # empty for a prefix cue
    prefix: str = ""  # "negotiat*" matches any token starting with "negotiat"
    needs: str = ""  # a kind of actor the sentence must name for the cue to count
    # A phrase's words marked with * ("prepared* to", "hack* to death"): (offset, the
    # start the word has as written). Its stem finds it; as written, it must start so.
    written: tuple[tuple[int, str], ...] = ()
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
    "by"), and the next word rules out all of them at once. The frames are split so
    too (`frames_alone`, `frames_after`): "to", "in" and "on" start frames ("to storm
    the", "in no uncertain terms") at a tenth of the inbox's words, and hardly ever one
    that goes on."""

    stem: str
    negation: bool
    frames: tuple[_Cue, ...]  # the frames that may start at it
    cues: tuple[_Cue, ...]
    after: dict[str, tuple[_Cue, ...]]
    frames_alone: tuple[_Cue, ...]
    frames_after: dict[str, tuple[_Cue, ...]]


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
        self.frame_prefixes: list[_Cue] = []  # frames of one word as written ("shelled*")
        self.background: dict[str, list[tuple[str, ...]]] = {}
        self.negators = words()["negators"]
        self.relative = frozenset(words()["relative_pronouns"])
        self.portfolio = frozenset(
            form for head in words()["portfolio_heads"] for form in (head, plural(head))
        )
        self.dating = words()["role_past"] | words()["role_standin"]
        self.auxiliaries = frozenset(words()["auxiliaries"]) | {"have", "are", "were"}
        # what opens a headline verb's object or place (`_headline_verb`)
        self.object_openers = frozenset(words()["object_determiners"]) | frozenset(
            words()["name_prepositions"]
        )
        for marker in words()["background_markers"]:
            marker_words = tuple(tokens(marker))
            self.background.setdefault(marker_words[0], []).append(marker_words)
        # the markers of one word ("after", "despite"): no words after them to compare
        self.opening = frozenset(
            m[0] for found in self.background.values() for m in found if len(m) == 1
        )
        # A negative cue that is a function word ("would", "if", "any") qualifies the cues of
        # its section beside it (`_without_idle_qualifiers`).
        self.qualifiers: set[tuple[int, tuple[str, ...], str, str]] = set()
        function_words = function_word_set()
        for i, spec in enumerate(profile.sections):
            for phrase, weight in spec.cues:
                cue = _compile(phrase, i, weight)
                self._add(self.first, cue)
                if cue is not None and weight < 0 and phrase.lower() in function_words:
                    self.qualifiers.add(cue.ident)
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
                self._add(self.frames_first, frame, self.frame_prefixes)
                if frame not in cued:  # a predicate that claims its complement is an event here
                    self._add(self.first, _compile(phrase, i, FRAME_CUE_WEIGHT))

        # Every prefix at once, for str.startswith, and every stem a cue or a frame starts
        # with: most words are neither, and cost one set look-up.
        self.any_prefix = tuple(
            dict.fromkeys(c.prefix for c in (*self.prefixes, *self.frame_prefixes))
        )
        self.cue_stems = frozenset(self.first) | frozenset(self.frames_first)
        self.marks = WordMemo(self._marks)
        # the first stems and prefixes of the cues of a weight or more, and whether a word
        # a sentence holds without writing it starts one (`_may_reach`), by that weight
        self._heavy: dict[float, tuple[frozenset[str], tuple[str, ...], bool]] = {}
        self.participants = tuple(frozenset(s.participants) for s in profile.sections)
        # the sections judged by their actors, and by their sides being foreign
        self.gated = tuple(i for i, kinds in enumerate(self.participants) if kinds)
        # the gated sections whose events may be told without their agent (`_agentless`)
        self.implicit = frozenset(i for i, s in enumerate(profile.sections) if s.implicit_agents)
        self.between = tuple(i for i, s in enumerate(profile.sections) if s.foreign_sides)
        self.foreign_kinds = frozenset(kind for s in profile.sections for kind in s.foreign_sides)
        self.actors = Actors(profile)
        # the sections whose predicates act on bodies, places and things (`physical`)
        self.figurative = frozenset(i for i, s in enumerate(profile.sections) if s.physical)
        # the section of history (the first `supporting` one): what a closing relative
        # clause dated by a year reports ("cyclones Idai and Kenneth, which struck in 2019
        # and killed more than 600 people") is history, not the sentence's news
        self.history = next((i for i, s in enumerate(profile.sections) if s.supporting), None)
        # forces sent to a hazard's victims: (their section, the relief's section, the rule,
        # its sending words, its words of purpose or destination), compiled
        self.relief = [
            (
                self.keys.index(s.relief.of),
                i,
                s.relief,
                _compiled_all(s.relief.sending, i),
                _compiled_all(s.relief.toward, i),
            )
            for i, s in enumerate(profile.sections)
            if s.relief is not None
        ]

    def _add(
        self, table: dict[str, list[_Cue]], cue: _Cue | None, prefixes: list[_Cue] | None = None
    ) -> None:
        if cue is None:
            return
        if cue.prefix:
            (self.prefixes if prefixes is None else prefixes).append(cue)
        else:
            table.setdefault(cue.stems[0], []).append(cue)

    def _scores(self, text: str) -> tuple[list[float], list[float], _Pending, list[str] | None]:
        """Per-section totals, each section's strongest single cue (for ties), the cues
        that count only when the sentence names their kind of actor, and the text's
        `tokens` when it has no attribution (so the actors are read from the same words)."""
        body, elaboration = reported_parts(text)
        label = label_end(body)  # "Markets: ...": the page's, no part of the event
        if label:
            body, elaboration = body[label:], max(0, elaboration - label)
        own = RECENT_TOKENS[body] if body is text else None
        # (a pronoun object after its particle: "set it alight" as "set alight it")
        words = particles_joined(RECENT_TOKENS[body])
        scoreline = scoreline_at(body)
        if scoreline >= 0:  # in its place, so a background clause holds it as it holds a cue
            words = [*words]
            words.insert(len(tokens(body[:scoreline])), SCORELINE)
        # An opening quotation whose speaker the rest names: its predicates govern to the
        # end (`quoted_until`), and one the rest calls a description is a judgement.
        quoted = opener(body)
        quoted_until = -1 if quoted is None else quoted.quote_tokens + (0 <= scoreline < quoted.end)
        lead_end = leading_background(body)
        aside = asides(body)
        relative = subject_relative(body, lead_end)
        if relative is not None:  # who the subject is: background, as an aside is
            aside = (*aside, relative)
        if elaboration < len(body):  # what the source added: background, as an aside is
            start = len(tokens(body[:elaboration])) + (0 <= scoreline < elaboration)
            aside = (*aside, (start, len(words)))
        # A counterfactual's negated clause tells what happened, with no negation, and its
        # affirmative one what did not: it counts nothing, and starts no frame, as an aside
        # starts none (`counterfactuals`).
        imagined = counterfactual(body) if scoreline < 0 else None
        affirmed: Sequence[tuple[int, int]] = ()
        if imagined is not None:
            aside = (*aside, *imagined.imagined)
            affirmed = imagined.facts
        # A denial that a record in a contrary clause contradicts is the side's word on the
        # act, as an attribution is: an aside, whose verb frames nothing, and the claim's
        # negation is the side's (`denials`).
        denied = contradicted(words)
        if denied is not None:
            aside = (*aside, (denied.verb, denied.verb + 1))
            affirmed = (*affirmed, denied.claim)
        # A cleft's clause is the sentence's predicate: the "that was" opening it ("It was
        # the Chadian contingent that was rushed ...") starts no background clause.
        opening = cleft(body)
        plain_from = lead_end
        if opening is not None:
            plain_from = max(lead_end, opening.clause_token + 1 + (0 <= scoreline < opening.start))
        hits, frames, background_from = self._hits(
            words, lead_end, body, aside, plain_from, quoted_until, affirmed
        )
        # A market's move told as an event's consequence is background, and the clause
        # it answers ("Brent rose 4% after troops ... fought", "After troops fought ...,
        # Brent rose 4%") is the event: when the sentence tells one (`_tells_event`), a
        # move that answers nothing told is the market's own news.
        reacted = reactions(body, lead_end) if scoreline < 0 and hits else ()
        spans = [reaction.span for reaction in reacted]
        if spans and self._tells_event(body, hits, spans):
            if any(reaction.leads for reaction in reacted):
                lead_end = 0
            # (a relative clause a change answers is its cause, no aside: `reactions`)
            aside = (*(a for a in aside if all(a[0] != r.cause for r in reacted)), *spans)
            plain_from = max(plain_from, lead_end, *(reaction.cause + 1 for reaction in reacted))
            hits, frames, background_from = self._hits(
                words, lead_end, body, aside, plain_from, quoted_until, affirmed
            )
        else:
            reacted = ()
        if quoted is not None and quoted.characterises:
            # the word the sentence holds, as the quotation's last (`openers`)
            self._hold(hits, CHARACTERISATION, max(0, quoted_until - 1))
        if scoreline < 0:
            # (the stems once, for the verbs an order, a refusal and a description need:
            # most sentences hold none, and the words need not be read one by one)
            stems = frozenset(map(STEMS.__getitem__, words))
            hits, frames = self._ordered(body, stems, hits, frames, lead_end, aside)
            # a refusal ("will not let the boats land", `refusals.REFUSAL`) and a ban
            # ("bars foreign research ships from its ports", `exclusions.BAN`): the
            # word held at the verb, whose frames govern what is not allowed
            for word, verb in ((REFUSAL, withheld(words, stems)), (BAN, excluded(words, stems))):
                if verb >= 0:
                    hits, frames = self._governing(word, verb, hits, frames, lead_end, aside)
            hits, frames = self._described(body, stems, hits, frames, lead_end, aside)
            talk = conversation(body, stems)
            if talk >= 0:  # a side talking with another state (`conversations`)
                self._hold(hits, CONSULTATION, talk)
        if self.figurative:
            hits, frames = self._without_figures(words, hits, frames)
            hits, frames = self._without_averted(words, hits, frames)
            if "under" in words and "fire" in words:
                hits, frames = self._without_criticised_fire(words, hits, frames, lead_end, aside)
            if "to" in words:
                hits = self._acts_decided(words, hits)
            if words and words[0].endswith("ing"):
                hits, frames = self._acts_judged(words, hits, frames)
        if frames and "that" in words:
            frames = _coordinated_complements(words, frames)
        if "of" in words:
            hits = _without_kinds_of_events(words, hits)
        if self.qualifiers:
            hits = _without_idle_qualifiers(hits, self.qualifiers)
        # A relative clause that closes the sentence and is dated by a year adds an earlier
        # event to the news, as wire copy gives history; one inside the subject ("JNIM
        # fighters, who have besieged Djibo since 2022, stormed a post") says who acts.
        history: Sequence[tuple[int, int]] = ()
        if aside and self.history is not None:
            history = [
                span
                for span in aside
                if span[1] >= len(words)
                and dated(words, *span)
                and all(span != reaction.span for reaction in reacted)
                and (imagined is None or span not in imagined.imagined)
            ]
        if imagined is not None:
            # what did not happen is no news, and the consequence's modal is the
            # counterfactual's form, not a hypothetical act
            hits = {
                ident: (pos, weight)
                for ident, (pos, weight) in hits.items()
                if (pos != imagined.modal or weight > 0) and not _within(pos, imagined.imagined)
            }
        elif self.figurative and scoreline < 0:
            # (a counterfactual promises nothing: "If the army had not withdrawn, ...")
            hits, frames, aside = self._threatened(body, hits, frames, aside)
        if hits and imagined is None:
            # a main clause that tells no event leaves it to the clause below (`subordinate`)
            cued = [
                pos
                for (_, _, _, needs), (pos, weight) in hits.items()
                if weight >= EVENT_WEIGHT and not needs
            ]
            background_from, aside = told_below(words, cued, lead_end, background_from, aside)
        weighed = self._weigh(hits, frames, lead_end, background_from, aside, history, quoted_until)
        return (*weighed, own)

    def _tells_event(self, body: str, hits: _Hits, spans: Sequence[tuple[int, int]]) -> bool:
        """Whether a cue outside a market's reaction (`spans`) tells an event: one of a
        section whose participants the sentence names, or of one that names none. A
        miner that "struck gold, sending its shares up" and a firm "in takeover talks"
        tell no force and no diplomacy: the move is their news."""
        kinds: frozenset[str] | None = None
        for (section, _, _, needs), (pos, weight) in hits.items():
            if weight <= 0 or _within(pos, spans):
                continue
            wanted = self.participants[section] | ({needs} if needs else set())
            if not wanted:
                return True
            if kinds is None:
                # (None when it refers back by a pronoun, which the gate does not judge)
                kinds = self.named(body)
                if kinds is None:
                    return True
            if not wanted.isdisjoint(kinds):
                return True
        return False

    def _hits(
        self,
        words: list[str],
        lead_end: int,
        body: str,
        aside: Sequence[tuple[int, int]] = (),
        plain_from: int = 0,
        quoted_until: int = -1,
        affirmed: Sequence[tuple[int, int]] = (),
    ) -> tuple[_Hits, list[tuple[int, int]], int]:
        """Each distinct cue's strongest occurrence (position, weight after negation), the
        frames found (where each ends, its section), and where a background clause starts
        (at `plain_from` or later). A one-word cue inside a name of `body` (the text of
        `words`) is no cue. A frame that ends by `quoted_until` (an opening quotation's)
        governs to the end. A negation in an `affirmed` span (a counterfactual's clause
        that tells what happened) negates nothing.

        Only the marked words are read (`marks`), and a word's stem is looked up only
        where a phrase goes on past its first word: most words are no cue."""
        hits: _Hits = {}
        named: NameWords | None = None  # read when a cue is found: most sentences hold none
        frames: list[tuple[int, int]] = []  # (position, section)
        last_negation = -100
        last_hit = 0  # where the last hit was found or made stronger
        marked = list(map(self.marks.__getitem__, words))
        # (the marked words' positions beside their marks: filter keeps the same ones)
        for pos, mark in zip(compress(count(), marked), filter(None, marked), strict=True):
            # a negation before this word, not this word itself: a cue a negator opens
            # ("no-confidence", "without food") is a word of its own, not its negation;
            # nor one in the opening clause before a word of the main one ("Has the
            # shelling stopped? No. Russian artillery pounded ...": its scope ends there)
            negated = pos - last_negation <= NEGATION_WINDOW and (
                last_negation >= lead_end or pos < lead_end
            )
            if mark.negation and not (affirmed and _within(pos, affirmed)):
                last_negation = pos
                if not (mark.cues or mark.after):
                    continue
            starting = mark.cues
            framing = mark.frames_alone
            if (mark.after or mark.frames_after) and pos + 1 < len(words):
                then = STEMS[words[pos + 1]]
                starting = mark.after.get(then, starting)
                framing = mark.frames_after.get(then, framing)
            if not (starting or framing):
                continue  # a phrase's first word, where the next rules out all of them
            cues = [
                cue
                for cue in starting
                if (len(cue.rest) <= 1 or goes_on(words, pos, cue.rest))
                and (not cue.written or _as_written(words, pos, cue.written))
            ]
            if (
                framing
                and pos >= lead_end
                and not _within(pos, aside)
                and (pos == 0 or words[pos - 1] not in self.relative)
            ):  # a frame: rarely
                if named is None:
                    named = NameWords(body, len(words))
                # a name's word after its connector is no predicate ("the Committee
                # against Torture accused ..."), and nor is a hyphenated word's later part
                # as a frame of one word ("the Redut-Sever company": "sever" frames nothing)
                if not named.after_connector(pos):
                    if compounded(body, pos, len(words)):
                        framing = tuple(frame for frame in framing if frame.rest)
                    self._frames_at(words, _unsaid(framing, cues), pos, frames, quoted_until)
            for cue in cues:
                # the field of an office ("the economy minister") is the topic the official
                # speaks to, not an event: it counts as a background clause's word does
                field = cue.one_word_event and self._portfolio(words, pos, mark)
                if cue.one_word_event:
                    if named is None:
                        named = NameWords(body, len(words))
                    if pos in named or (mark.frames and named.after_connector(pos)):
                        continue  # a name's word reports no event (a negative one still
                        # says what the sentence is about: the "Davis Cup"); after a
                        # connector, a predicate's ("Victims of Torture"), where a topic's
                        # still tells the name's ("Department of Energy")
                weight = cue.weight * (NEGATION_FACTOR if negated and cue.weight > 0 else 1.0)
                if field:
                    weight *= BACKGROUND_FACTOR
                ident = cue.ident
                if ident not in hits or abs(weight) > abs(hits[ident][1]):
                    hits[ident] = (pos, weight)
                    last_hit = pos
        return hits, frames, self._background_from(words, max(lead_end, plain_from), last_hit)

    def _portfolio(self, words: list[str], pos: int, mark: _Mark) -> bool:
        """Whether words[pos] is the field of the office after it ("Argentina's economy
        minister ruled out ...", "the energy ministry"): the topic its holder speaks to,
        not an event. A noun, not a predicate before its object ("accused ministers of"),
        nor a word that dates the office ("former minister")."""
        return (
            pos + 1 < len(words)
            and words[pos + 1] in self.portfolio
            and not mark.frames
            and not words[pos].endswith(("ed", "ing"))
            and words[pos] not in self.dating
        )

    def _threatened(
        self,
        body: str,
        hits: _Hits,
        frames: list[tuple[int, int]],
        aside: tuple[tuple[int, int], ...],
    ) -> tuple[_Hits, list[tuple[int, int]], tuple[tuple[int, int], ...]]:
        """The hits, frames and asides of a sentence that promises force on a condition
        ("would strike ... should further attacks be launched"): it holds the word of a
        threat (`conditions.THREAT`) at the modal, where the word's frames govern the
        force promised as "threatened to strike" does, and the condition's clause is
        background. Only force (a `physical` section's cue) between the modal and the
        condition makes a threat ("talks would resume if the shelling stopped" promises
        none), an act that answers the condition's ("our forces will respond ... should
        a shell land": `Condition.answers`), or a sanction or coercion ("will cut power
        supplies to the enclave if ...": `Condition.coerces`). In a subject opened by
        "any" the force may be what the threat answers ("Any rocket fire will be
        answered"), and it must be an act: a cue that alone reaches `min_score`, not a
        participant's word ("Any troops sent would serve under UN command" is no
        threat)."""
        promise = condition(body)
        least = self.min_score if promise is not None and promise.force_from >= 0 else 0.0
        if promise is None or not (
            promise.answers
            or promise.coerces
            or any(
                weight > 0
                and weight >= least
                and ident[0] in self.figurative
                and promise.promises_force_at(pos)
                for ident, (pos, weight) in hits.items()
            )
        ):
            return hits, frames, aside
        hits = dict(hits)
        self._hold(hits, THREAT, promise.modal)
        mark = self.marks[THREAT]
        held = [(promise.modal + 1, frame.section) for frame in mark.frames] if mark else []
        # the condition is background, whose frames govern nothing ("Any further rocket
        # fire on the town will be answered ...": "fire on" does not govern the promise)
        frames = [(end, s) for end, s in frames if not _within(end - 1, (promise.clause,))]
        return hits, [*held, *frames], (*aside, promise.clause)

    def _ordered(
        self,
        body: str,
        stems: frozenset[str],
        hits: _Hits,
        frames: list[tuple[int, int]],
        lead_end: int,
        aside: Sequence[tuple[int, int]],
    ) -> tuple[_Hits, list[tuple[int, int]]]:
        """The hits and frames of a sentence that gives a state an order ("Beijing told
        Manila to remove the buoy"): it holds the word of a demand
        (`directives.DIRECTIVE`) at the verb, whose frames govern the act ordered. In an
        opening or an aside the order is background, as a cue there is, and governs
        nothing. `stems`: those of its words."""
        verb = directive(body, stems)
        if verb is None:
            return hits, frames
        return self._governing(DIRECTIVE, verb, hits, frames, lead_end, aside)

    def _described(
        self,
        body: str,
        stems: frozenset[str],
        hits: _Hits,
        frames: list[tuple[int, int]],
        lead_end: int,
        aside: Sequence[tuple[int, int]],
    ) -> tuple[_Hits, list[tuple[int, int]]]:
        """The hits and frames of a sentence that judges an act by describing it ("described
        the decision to demolish the memorial as sacrilege"): it holds the word of a
        judgement (`openers.CHARACTERISATION`) at the verb, whose frames govern the act
        described. In an opening or an aside the judgement is background, as a cue there
        is, and governs nothing; by a subject that names none of the sides of the word's
        sections, it is no judgement of theirs (`described_as`). `stems`: those of its
        words."""
        found = described(body, stems)
        if found is None:
            return hits, frames
        verb, subject = found
        mark = self.marks[CHARACTERISATION]
        sides = (
            frozenset().union(
                *(self.participants[cue.section] for cue in mark.cues if cue.weight > 0)
            )
            if mark is not None
            else frozenset()
        )
        if sides and sides.isdisjoint(self.actors.kinds(subject)):
            return hits, frames
        return self._governing(CHARACTERISATION, verb, hits, frames, lead_end, aside)

    def _governing(
        self,
        word: str,
        verb: int,
        hits: _Hits,
        frames: list[tuple[int, int]],
        lead_end: int,
        aside: Sequence[tuple[int, int]],
    ) -> tuple[_Hits, list[tuple[int, int]]]:
        """The hits with `word` (an order's or a refusal's) held at the verb, and the
        frames with the word's own from there on: what it governs, unless the verb is in
        the sentence's opening or an aside, where it is background."""
        hits = dict(hits)
        self._hold(hits, word, verb)
        mark = self.marks[word]
        if mark is None or verb < lead_end or _within(verb, aside):
            return hits, frames
        return hits, [*frames, *((verb + 1, frame.section) for frame in mark.frames)]

    def _hold(self, hits: _Hits, word: str, pos: int) -> None:
        """Count the cues of one word the sentence holds though it does not write it (a
        judgement: `openers.CHARACTERISATION`) as found at `pos`."""
        mark = self.marks[word]
        for cue in mark.cues if mark is not None else ():
            if cue.ident not in hits or abs(cue.weight) > abs(hits[cue.ident][1]):
                hits[cue.ident] = (pos, cue.weight)

    def _without_figures(
        self, words: list[str], hits: _Hits, frames: list[tuple[int, int]]
    ) -> tuple[_Hits, list[tuple[int, int]]]:
        """The hits and frames less the predicates of a `physical` section whose object is
        a text or a decision ("shot down a proposal", "the bill was killed"): figures of
        speech, not events of the section. Its other cues and the other sections' stay:
        what the sentence reports is then read from them ("proposal", "votes against")."""
        longest: dict[tuple[int, int], int] = {}
        for (section, stems, _, _), (pos, weight) in hits.items():
            if weight > 0 and section in self.figurative:
                key = (section, pos)
                longest[key] = max(longest.get(key, 0), len(stems) or 1)
        spans = [
            (section, pos, pos + size)
            for (section, pos), size in longest.items()
            if on_a_text(words, pos, pos + size)
        ]
        if not spans:
            return hits, frames
        kept = {
            ident: (pos, weight)
            for ident, (pos, weight) in hits.items()
            if weight <= 0 or not any(ident[0] == s and pos == start for s, start, _ in spans)
        }
        kept_frames = [
            (end, section)
            for end, section in frames
            if not any(section == s and start <= end - 1 < stop for s, start, stop in spans)
        ]
        return kept, kept_frames

    def _without_averted(
        self, words: list[str], hits: _Hits, frames: list[tuple[int, int]]
    ) -> tuple[_Hits, list[tuple[int, int]]]:
        """The hits and frames less a `physical` section's predicates in the object of a
        verb of averting ("ways to avoid clashes", "to avert a war": `averted`): force
        that did not happen. The other sections' cues stay, and say what the sentence
        tells."""
        if not any(weight > 0 and s in self.figurative for (s, *_), (_, weight) in hits.items()):
            return hits, frames
        spans = averted(words)
        if not spans:
            return hits, frames
        kept = {
            ident: (pos, weight)
            for ident, (pos, weight) in hits.items()
            if weight <= 0 or ident[0] not in self.figurative or not _within(pos, spans)
        }
        kept_frames = [
            (end, section)
            for end, section in frames
            if section not in self.figurative or not _within(end - 1, spans)
        ]
        return kept, kept_frames

    def _without_criticised_fire(
        self,
        words: list[str],
        hits: _Hits,
        frames: list[tuple[int, int]],
        lead_end: int,
        aside: Sequence[tuple[int, int]],
    ) -> tuple[_Hits, list[tuple[int, int]]]:
        """The hits and frames less a `physical` section's cues of "fire" in "under fire"
        told as criticism (`under_fire`: "came under fire from lawmakers"), with the verb
        of criticism held there, whose frames govern the matter criticised."""
        spots = criticised_fire(words, self._speaker_kinds)
        for spot in spots:
            hits = {
                ident: (pos, weight)
                for ident, (pos, weight) in hits.items()
                if weight <= 0 or ident[0] not in self.figurative or pos != spot
            }
            frames = [
                (end, section)
                for end, section in frames
                if section not in self.figurative or end - 1 != spot
            ]
            hits, frames = self._governing(CRITICISM, spot, hits, frames, lead_end, aside)
        return hits, frames

    def _speaker_kinds(self, word: str) -> frozenset[str]:
        mark = self.actors.starts[word]
        return frozenset() if mark is None else mark.kinds

    def _acts_decided(self, words: list[str], hits: _Hits) -> _Hits:
        """The hits less a text's or a decision's noun against a `physical` section that
        stands in the sentence's subject with an act for its complement ("Kyiv's decision
        to send three brigades to the border is prudent", "A plan to move the garrison
        was approved"): opinion and analysis name the event so, by the decision to act,
        and judge it in the predicate; the noun cannot speak against the act decided. As
        an object ("defended Ethiopia's decision to send troops", "attacked the decision
        to ...") the predicate before it is the sentence's event. A complement that opens
        a noun ("the decision to the court") is a destination, no act."""
        grammar = clause_grammar()
        subject_end = first_verb(words)
        return {
            ident: (pos, weight)
            for ident, (pos, weight) in hits.items()
            if not (
                weight < 0
                and pos < subject_end
                and ident[0] in self.figurative
                and words[pos] in grammar.text_nouns
                and words[pos + 1 : pos + 2] == ["to"]
                and pos + 2 < len(words)
                and words[pos + 2] not in grammar.object_openers
                and not words[pos + 2].isdigit()
            )
        }

    def _acts_judged(
        self, words: list[str], hits: _Hits, frames: list[tuple[int, int]]
    ) -> tuple[_Hits, list[tuple[int, int]]]:
        """The hits less a `physical` section's cues in a subject that is a gerund with
        its object, before a form of "be" ("Raiding a newsroom at dawn to carry off its
        sources is what a government does when it has something to hide", "Shelling
        civilians is a war crime"): the gerund names a kind of act, and the predicate
        judges it, no act told; the sentence holds a judgement there
        (`CHARACTERISATION`). Not a gerund with no object, which is the event's noun
        ("Fighting was heavy", "Shelling of the town was heavy overnight"). The subject's
        frames of force go with its cues: they govern nothing beyond it."""
        verb = first_verb(words)
        if not (
            2 <= verb < len(words)
            and words[verb] in words_of_be()
            # (its object: "Raiding a newsroom", "Shelling their villages"; not "of")
            and (words[1] not in function_word_set() or words[1] in clause_grammar().object_openers)
        ):
            return hits, frames
        acts = [
            ident
            for ident, (pos, weight) in hits.items()
            if weight > 0 and pos < verb and ident[0] in self.figurative
        ]
        if not any(hits[ident][0] == 0 for ident in acts):
            return hits, frames
        kept = {ident: found for ident, found in hits.items() if ident not in acts}
        self._hold(kept, CHARACTERISATION, verb)
        kept_frames = [
            (end, section)
            for end, section in frames
            if section not in self.figurative or end - 1 >= verb
        ]
        return kept, kept_frames

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
            matches_at(words, pos, m) for m in self.background.get(word, ())
        )

    def _frames_at(
        self,
        words: list[str],
        candidates: Sequence[_Cue],
        pos: int,
        frames: list[tuple[int, int]],
        quoted_until: int = -1,
    ) -> None:
        """Add the frames that start at words[pos] (`candidates`, by its stem or as
        written), unless another section's frame already governs it (the first frame
        governs)."""
        for cue in candidates:
            governed = frames and any(
                fs != cue.section and _governs(fp, pos, quoted_until) for fp, fs in frames
            )
            if (
                not governed
                and (not cue.rest or goes_on(words, pos, cue.rest))
                and (not cue.written or _as_written(words, pos, cue.written))
            ):
                frames.append((pos + (len(cue.stems) or 1), cue.section))

    def _marks(self, word: str) -> _Mark | None:
        """What _hits does at the word (see _Mark); None, for most words, when nothing:
        no cue's or frame's stem, no prefix cue, no negation. Asked once a distinct word
        (`marks`), so a sentence's marked positions come from a look-up in C."""
        stem = STEMS[word]
        negation = word in self.negators
        starts = bool(self.any_prefix and word.startswith(self.any_prefix))
        if not (negation or starts or stem in self.cue_stems):
            return None
        cues = tuple(self.first.get(stem, ()))
        frames = tuple(self.frames_first.get(stem, ()))
        if starts:
            cues += tuple(cue for cue in self.prefixes if word.startswith(cue.prefix))
            frames += tuple(f for f in self.frame_prefixes if word.startswith(f.prefix))
        alone, after = _by_next(cues)
        return _Mark(stem, negation, frames, alone, after, *_by_next(frames))

    def _weigh(
        self,
        hits: _Hits,
        frames: Sequence[tuple[int, int]],
        lead_end: int,
        background_from: int,
        aside: Sequence[tuple[int, int]] = (),
        history: Sequence[tuple[int, int]] = (),
        quoted_until: int = -1,
    ) -> tuple[list[float], list[float], _Pending]:
        """Per-section totals and strongest cues, with frames and background applied. The
        cues in a `history` span (a closing relative clause dated by a year) count for the
        history section (`self.history`), at the weight of background.

        Where the main clause tells force (a `physical` section's cue that names its event
        by itself), a background clause in another section's words is its setting, one
        event told in several words: that section counts its strongest background cue, not
        their sum ("Marines fought a breakaway faction on Friday, the military said, a week
        after the faction turned down the government's amnesty offer" is a fight). So does
        force in the background of another section's main event: "Washington froze a
        package of military assistance ..., a week after soldiers fired on protesters" is a
        sanction, whose cause is one act of force however many words tell it ("soldiers",
        "fired", "fired on")."""
        totals = [0.0] * len(self.keys)
        strongest = [0.0] * len(self.keys)
        pending: _Pending = []
        setting: dict[int, list[float]] = {}  # each section's background cues, as they count
        told: set[int] = set()  # the sections whose event the main clause tells
        for (section, _, _, needs), (pos, weight) in hits.items():
            if history and weight > 0 and self.history is not None and _within(pos, history):
                section = self.history
            if frames:  # most sentences have none
                governing = [fs for fp, fs in frames if _governs(fp, pos, quoted_until)]
                if weight > 0 and any(fs != section for fs in governing):
                    weight *= FRAME_FACTOR
                elif weight < 0 and section in governing and section not in self.figurative:
                    # A word against the section in the object of its own speech act names
                    # what the act is about ("tears into the government, calling the relief
                    # effort 'a mixture of neglect and theft'"), not another kind of event.
                    # A physical act's object says whether the act is one (`physical`):
                    # force "fought back to win 6-4" is a game.
                    weight = 0.0
            if pos > background_from or pos < lead_end or _within(pos, aside):
                # A negative cue corrects its own clause; the setting cannot speak
                # against the main event ("struck ... after ceasefire talks collapsed").
                weight *= BACKGROUND_FACTOR if weight > 0 else 0.0
                if weight > 0 and not needs:
                    setting.setdefault(section, []).append(weight)
                    continue
            elif weight >= EVENT_WEIGHT and (section in self.figurative or not needs):
                told.add(section)
            if needs:
                pending.append((section, needs, weight, pos))
                continue
            totals[section] += weight
            strongest[section] = max(strongest[section], weight)
        for section, found in setting.items():
            # (force as the setting of any event told; another section's words as force's)
            told_besides = told - {section}
            if section not in self.figurative:
                told_besides &= self.figurative
            totals[section] += max(found) if told_besides else sum(found)
            strongest[section] = max(strongest[section], *found)
        return totals, strongest, pending

    def classify(
        self,
        text: str,
        antecedent: Callable[[], frozenset[str]] | None = None,
        foreign: Callable[[], bool] | None = None,
        struck: Callable[[str, str], bool] | None = None,
        implicit: Callable[[], frozenset[str]] | None = None,
    ) -> Classification:
        """`antecedent`: the kinds of actor the article gave the people this sentence
        refers back to; without it, a sentence with a pronoun subject is not judged by
        its participants. `implicit`: the kinds of actor its whole article names, among
        whom is the agent an agentless event leaves out (`_agentless`); without it, such
        an event is judged by the sentence's own words. `foreign`: whether the sentence
        has a side other than the one country its article is about (always, in an
        article about several); without it, a sentence is not judged on this at all.
        `struck`: whether the article's lead reports a hazard (names a kind of actor, in
        a sentence of a section: `Relief`); without it, only the sentence's own words
        name one."""
        totals, strongest = self._judged(text, antecedent, foreign, struck, implicit)
        # (most sections have no cue in the sentence: 0.0 needs no rounding)
        scores = {k: round(v, 3) if v else v for k, v in zip(self.keys, totals, strict=True)}
        best = self._best(totals, strongest)
        return Classification(OTHER if best < 0 else self.keys[best], scores)

    def strongest_cue(self, text: str, least: float = 0.0) -> float:
        """The weight of the strongest single cue of the section the sentence goes to, as
        it counts there (after negation, clauses, frames and participants); 0 for none,
        and for a sentence that holds no cue of `least` weight or more (`_may_reach`)."""
        if least > 0 and not self._may_reach(text, least):
            return 0.0
        totals, strongest = self._judged(text)
        best = self._best(totals, strongest)
        return strongest[best] if best >= 0 else 0.0

    def _may_reach(self, text: str, least: float) -> bool:
        """Whether a cue of `least` weight or more may count in the sentence: whether its
        reported part (what `_scores` reads) holds a word such a cue starts with, or one
        of the words a sentence holds without writing them (a scoreline, a threat, an
        order, a refusal, a ban, a judgement, a consultation) starts one. A cue counts at its
        weight or less (negation, frames, background and participants only lower it), so a
        sentence without one is below `least`; most sentences hold none of a profile's
        heaviest cues, and are not scored (in a 1,000-article digest's drafts, 2,385 sentences
        had been scored, 0.3 s of CPU, for the few that name what the user weighs most)."""
        if least not in self._heavy:
            cues = [*(cue for found in self.first.values() for cue in found), *self.prefixes]
            stems = frozenset(cue.stems[0] for cue in cues if cue.weight >= least and cue.stems)
            prefixes = tuple(cue.prefix for cue in cues if cue.weight >= least and cue.prefix)
            held = any(
                STEMS[word] in stems or word.startswith(prefixes)
                for word in (
                    *(SCORELINE, THREAT, DIRECTIVE, REFUSAL, BAN),
                    *(CHARACTERISATION, CONSULTATION),
                )
            )
            self._heavy[least] = (stems, prefixes, held)
        stems, prefixes, held = self._heavy[least]
        if held:
            return True
        found = RECENT_TOKENS[reported_parts(text)[0]]
        return any(STEMS[word] in stems or word.startswith(prefixes) for word in found)

    def _best(self, totals: list[float], strongest: list[float]) -> int:
        """The section a sentence goes to (its position), or -1 for none. Equal totals go
        to the section with the stronger single cue: one decisive word ("famine") says
        more than several weak ones; the order of sections decides only when those are
        equal too."""
        if not any(totals) or max(totals) < self.min_score or max(totals) <= 0:
            return -1  # no section is chosen: most sentences with cues
        best = max(
            range(len(totals)),
            key=lambda i: (round(totals[i], 6), strongest[i], -i),
            default=-1,
        )
        if best < 0 or totals[best] < self.min_score or totals[best] <= 0:
            return -1
        return best

    def _judged(
        self,
        text: str,
        antecedent: Callable[[], frozenset[str]] | None = None,
        foreign: Callable[[], bool] | None = None,
        struck: Callable[[str, str], bool] | None = None,
        implicit: Callable[[], frozenset[str]] | None = None,
    ) -> tuple[list[float], list[float]]:
        """Per-section totals and strongest single cues, each as it counts (`classify`)."""
        # a line in capitals reads as its words, a headline's "to" as "will" (`headlinese`)
        text = in_lower_case(text)
        future = future_to(text)
        if future >= 0:  # (its subject read before "will", where a seat is its government)
            told = as_future(text, future)
            text = told if self.actors.kinds(told[: future + 4]) else text
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
            return totals, strongest
        for force, aid, rule, sending, toward in self.relief:
            if totals[force] > 0 and self._sent_to_relief(
                text, self.keys[aid], rule, sending, toward, struck
            ):
                totals[aid] += totals[force]
                strongest[aid] = max(strongest[aid], strongest[force])
                totals[force] = strongest[force] = 0.0
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
                    if (
                        implicit is not None
                        and i in self.implicit
                        and self._agentless(text, i)
                        and not self.participants[i].isdisjoint(implicit())
                    ):
                        continue
                    totals[i] *= PARTICIPANT_FACTOR
                    strongest[i] *= PARTICIPANT_FACTOR
        return totals, strongest

    def _agentless(self, text: str, section: int) -> bool:
        """Whether the sentence tells its event without an agent: a passive that leaves it
        out ("Mobile data was cut at 18:00"), or a subject that is the section's own event
        or the thing it befell, where no one is named ("Voter turnout was 63.4 percent",
        "Mobile internet returned across most of the country"). The gate reads a sentence
        that names none of a section's actors as an event between others ("signed a deal"
        by two carmakers); such a sentence names no one, and whoever acted is among its
        article's actors (`implicit`), as a pronoun's referent is."""
        body = reported_parts(text)[0]
        found = RECENT_TOKENS[body]
        verb = first_verb(found)
        if verb >= len(found):
            return False
        if agentless_passive(found, verb) < 0 and subject_names_someone(body, verb):
            return False
        return self._cued(found, verb, section)

    def _cued(self, found: Sequence[str], end: int, section: int) -> bool:
        """Whether a cue of the section that names its event by itself (EVENT_WEIGHT)
        starts among the first `end` words."""
        for pos in range(end):
            mark = self.marks[found[pos]]
            if mark is None:
                continue
            starting = mark.cues
            if mark.after and pos + 1 < len(found):
                starting = mark.after.get(STEMS[found[pos + 1]], starting)
            if any(
                cue.section == section
                and cue.weight >= EVENT_WEIGHT
                and not cue.needs
                and (not cue.rest or goes_on(found, pos, cue.rest))
                for cue in starting
            ):
                return True
        return False

    def _sent_to_relief(
        self,
        text: str,
        key: str,
        rule: Relief,
        sending: Sequence[_Cue],
        toward: Sequence[_Cue],
        struck: Callable[[str, str], bool] | None,
    ) -> bool:
        """Whether the sentence reports forces sent to a hazard's victims (PLOVER's AID):
        a word of sending, a purpose or destination of relief ("to isolated communes",
        "to rescue survivors") in what it reports (not its attribution), and a hazard
        named by the sentence, or by its article's lead in a sentence of section `key`
        (`struck`: a lead that reports the hazard's toll)."""
        body, _ = reported_parts(text)
        words = RECENT_TOKENS[body]
        sent = _positions(words, sending)
        if not sent or not any(pos not in sent for pos in _positions(words, toward)):
            return False
        if rule.hazard in self.actors.kinds(text):
            return True
        return struck is not None and struck(rule.hazard, key)

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
        return None if self.refers_back(text, kinds) else kinds

    def refers_back(self, text: str, kinds: frozenset[str] = frozenset()) -> bool:
        """Whether the sentence's subject stands for what its article has told: a pronoun
        ("He agreed to ..."), or, in a sentence that names no actor (`kinds`), the use of
        force itself, named by a bare noun that is an act of force on its own ("Clashes
        resumed at dawn.", "Fighting that began ... had spread"). A report names a fight's
        sides once and goes on with the fight: its sides are the article's, as a
        pronoun's referent is."""
        if pronoun_subject(text):
            return True
        if kinds:
            return False
        found = RECENT_TOKENS[text]
        if len(found) < 2:
            return False
        if self._predicate_starts(found[1]) and self._bare_force(found, 0):
            return True
        return self._headline_force(text, found)

    def _bare_force(self, found: Sequence[str], pos: int) -> bool:
        """Whether found[pos] is an act of force on its own, a subject's noun."""
        mark = self.marks[found[pos]]
        if mark is None:
            return False
        cues = mark.after.get(STEMS[found[pos + 1]], mark.cues)
        return any(
            not cue.rest
            and not cue.needs
            and cue.weight >= self.min_score
            and cue.section in self.figurative
            for cue in cues
        )

    def _headline_force(self, text: str, found: Sequence[str]) -> bool:
        """Whether a clause tells force as headlines do, by its bare noun with a verb in the
        present ("Shelling hits Kharkiv power station", "Drone attack hits Basra
        terminal"), or the clause a market's move answers does ("Oil climbs 3% after drone
        attack hits ..."): the sides are the article's, as "Clashes resumed" leaves them.
        A clause opens the sentence or follows a background marker; its noun may have a
        modifier before it ("drone"), and the verb an object after it (`_headline_verb`)."""
        starts = [0, *(pos + 1 for pos, word in enumerate(found) if word in self.opening)]
        return any(
            self._bare_force(found, head) and self._headline_verb(text, found, head)
            for start in starts
            for head in (start, start + 1)
            if head + 2 < len(found)
        )

    def _headline_verb(self, text: str, found: Sequence[str], noun: int) -> bool:
        """Whether the word after a singular noun is its verb in the present ("Blast kills
        12", "attack hits Basra", "Shelling hits the"), told from a plural noun's compound
        ("Attack helicopters arrive") by what follows it: a number, a determiner, a
        preposition or a name, as a headline's object or place opens."""
        verb, after = found[noun + 1], found[noun + 2]
        if found[noun].endswith("s") or not verb.endswith("s") or verb.endswith("ss"):
            return False
        if after.isdigit() or after in self.object_openers:
            return True
        return re.search(rf"\b(?i:{re.escape(verb)})\s+[A-Z]", text) is not None

    def _predicate_starts(self, word: str) -> bool:
        """Whether the word after a subject's noun starts its predicate or a relative clause
        on it ("Clashes resumed", "Fighting that began", "Shelling has"), where an object
        ("Beating somebody") makes a gerund's clause and a noun a compound ("Attack
        helicopters")."""
        return (
            word.endswith("ed")
            or word == "that"
            or word in self.relative
            or word in self.auxiliaries
        )


def _by_next(cues: tuple[_Cue, ...]) -> tuple[tuple[_Cue, ...], dict[str, tuple[_Cue, ...]]]:
    """The cues of one word (in their order) that are that word alone, and for each stem
    a phrase of them goes on with, those that may start where the next word has it."""
    after = {
        then: tuple(cue for cue in cues if not cue.rest or cue.rest[0] == then)
        for then in {cue.rest[0] for cue in cues if cue.rest}
    }
    return tuple(cue for cue in cues if not cue.rest), after


def _governs(frame_end: int, pos: int, quoted_until: int = -1) -> bool:
    """Whether a frame that ends at `frame_end` governs the word at `pos`: the
    FRAME_WINDOW words after it, or all after it for a frame of a quotation that opens the
    sentence (it ends by `quoted_until`: the rest says who spoke and of what)."""
    after = pos - frame_end
    return after >= 0 and (after < FRAME_WINDOW or frame_end <= quoted_until)


def _coordinated_complements(
    words: Sequence[str], frames: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The frames, and each "that" clause's frame again where a second "that" clause is
    coordinated with its first ("denied that its forces had fired on the crowd, ... and
    that the casualty figures were exaggerated"): the second is the frame's object too,
    however far past FRAME_WINDOW it starts. The first may follow the frame or the noun
    it takes ("rejected claims that ..., and that ...")."""
    more = []
    for end, section in frames:
        first = next((k for k in (end, end + 1) if k < len(words) and words[k] == "that"), -1)
        if first >= 0:
            more += [
                (k + 2, section)
                for k in range(first + 1, len(words) - 1)
                if words[k] == "and" and words[k + 1] == "that"
            ]
    return [*frames, *more] if more else frames


def words_of_be() -> frozenset[str]:
    """The finite forms of "be" (words.toml's copulas)."""
    return frozenset(words()["copulas"])


def _within(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def _unsaid(frames: Sequence[_Cue], cues: Sequence[_Cue]) -> Sequence[_Cue]:
    """The frames less those a longer phrase against their own section says are another
    word at the same place: "signs of" is evidence, not signing ("bodies bearing signs of
    torture"), "prices shot up" no shooting, "fight the election" no battle. Such a word
    is no predicate, so it governs nothing after it, as it is no cue."""
    against = [cue for cue in cues if cue.weight < 0 and cue.rest]
    if not against:
        return frames
    return [
        frame
        for frame in frames
        if not any(
            cue.section == frame.section and len(cue.stems) > max(1, len(frame.stems))
            for cue in against
        )
    ]


def _as_written(words: Sequence[str], pos: int, written: tuple[tuple[int, str], ...]) -> bool:
    """Whether the phrase at words[pos] has its starred words as written: "prepared* to"
    is the adjective in "is prepared to", not the verb in "is preparing to"."""
    return all(pos + k < len(words) and words[pos + k].startswith(start) for k, start in written)


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
    function_words = function_word_set()
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


def _without_idle_qualifiers(
    hits: _Hits, qualifiers: set[tuple[int, tuple[str, ...], str, str]]
) -> _Hits:
    """The hits less each qualifier of a section none of whose positive cues is in the
    sentence. A modal or a condition ("would", "if", "any") says that force has not
    happened ("his forces would crush the rebellion"): it corrects the force its sentence
    reports, and a sentence that reports none ("the curfew would run from 8 pm") says
    nothing for or against it, where a story's negative cues ("decision", "pledge") do."""
    found = [ident for ident in hits if ident in qualifiers]
    if not found:
        return hits
    cued = {ident[0] for ident, (_, weight) in hits.items() if weight > 0}
    return {
        ident: hit for ident, hit in hits.items() if ident not in qualifiers or ident[0] in cued
    }


def _compiled_all(phrases: Sequence[str], section: int) -> tuple[_Cue, ...]:
    return tuple(cue for cue in (_compile(p, section, 1.0) for p in phrases) if cue is not None)


def _positions(words: Sequence[str], cues: Sequence[_Cue]) -> set[int]:
    """Where any of the cues starts among the words (its forms, as `_hits` finds them)."""
    found = set()
    for pos, word in enumerate(words):
        stem = STEMS[word]
        for cue in cues:
            if cue.prefix:
                if word.startswith(cue.prefix):
                    found.add(pos)
            elif (
                cue.stems[0] == stem
                and (not cue.rest or goes_on(words, pos, cue.rest))
                and (not cue.written or _as_written(words, pos, cue.written))
            ):
                found.add(pos)
    return found


def _compile(phrase: str, section: int, weight: float, needs: str = "") -> _Cue | None:
    """A cue of one word with a * is a prefix as written ("negotiat*"); in a phrase, a
    word with a * is that word as written, or any word it starts, in the phrase's place
    ("prepared* to", "chemical weapon*"), found by its stem."""
    parts = [(tokens(word.rstrip("*")), word.endswith("*")) for word in phrase.split()]
    words = [w for found, _ in parts for w in found]
    if len(words) == 1 and parts[-1][1]:
        return _Cue(section, weight, (), words[0], needs)
    written: list[tuple[int, str]] = []
    at = 0
    for found, starred in parts:
        at += len(found)
        if starred and found:  # (of a hyphened word, its last token: "semi-final*")
            written.append((at - 1, found[-1]))
    stems = tuple(stem_all(words))
    return _Cue(section, weight, stems, "", needs, tuple(written)) if stems else None


_compiled: dict[int, tuple[Profile, _Matcher]] = {}


def cached_matcher(profile: Profile) -> _Matcher:
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
    matcher = cached_matcher(profile)
    matcher.actors.naming(matcher.foreign_kinds)
    clause_grammar()
    range_after()


def classify(text: str, profile: Profile) -> Classification:
    return cached_matcher(profile).classify(text)


def strongest_cue(text: str, profile: Profile, least: float = 0.0) -> float:
    """The weight its strongest cue has in the section a sentence goes to (0 for none, and
    where it is below `least`): how decisively the profile's own words name its event."""
    return cached_matcher(profile).strongest_cue(text, least)


# The share of a profile's cues its heaviest may be and still be weighed above the rest.
HEAVIEST_SHARE = 0.05


def heaviest_cue(profile: Profile) -> float | None:
    """The weight of the cues a profile weighs above the rest: its heaviest, where few of
    its cues (HEAVIEST_SHARE) weigh that much ("force majeure" at 3.5 where hundreds
    weigh 3 or less). None where no weight stands out (a profile of a score of cues at 3)."""
    weights = [
        weight
        for spec in profile.sections
        for weight in (
            *(w for _, w in spec.cues),
            *(w for _, cues in spec.actor_cues for _, w in cues),
        )
        if weight > 0
    ]
    if not weights:
        return None
    top = max(weights)
    return top if weights.count(top) <= HEAVIEST_SHARE * len(weights) else None


def actor_kinds(text: str, profile: Profile) -> frozenset[str]:
    """The kinds of actor a text names, as the profile's participants know them (its
    [actors] words, and the gazetteer's kinds its sections ask for)."""
    return cached_matcher(profile).actors.kinds(text)
