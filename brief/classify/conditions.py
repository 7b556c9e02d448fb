"""Force promised on a condition: "Islamabad would strike militant hideouts inside
Afghanistan should further attacks be launched", "the army will respond with force if
the convoy is stopped", "Unless the rebels withdraw, the troops will advance".

A modal of promise or of possibility ("will", "would", "shall", "may", "might", "could",
and "can expect", a consequence foretold: "can expect to come under attack if ...")
with a condition ("if", "unless", "provided", "as long as", or "should" before its
subject) is how English words a threat: the force has not happened, and happens only if
the other side acts ("may cut its aid unless the government acts" leaves the other side
the choice, as "will cut" does). PLOVER codes it THREATEN. The condition's own
event ("should further attacks be launched") is what the threat answers, not news: it is
background. The sentence holds the word THREAT, so a profile can weigh the threat as it
weighs any cue (the matcher holds it only when force is what is promised).

A subject opened by the free-choice "any" is a condition too: "Any attack on our
facilities will be met with a crushing response" is "if anyone attacks ..., we will
respond". What the subject names is the act the threat answers (background), and the
force may stand in it ("Any further rocket fire will be answered in Beirut") as well as
in the promise. So is the free-choice object of an answer: "would respond at a time of
our choosing to any incursion", "will retaliate against any attack" is "if anyone
crosses, we will answer", and there too the answered act must be force ("will respond to
any questions" threatens no one). So is the free-choice object of any act promised, right
after its verb: "will target any vessel heading to the ports" is "if a vessel heads
there, we will strike it", a threat when the act is force ("will welcome any proposal"
promises none). "any" elsewhere ("will deploy troops to any district that asks") is a
plan's reach, not a condition.

"for every" or "for each" an act of the other side is a condition too, answered one for
one: "would strike two fuel depots for every power station we lose" is "each time we lose
one, we will strike two". Its restrictor must name an event, by a clause or a past
participle ("for each rocket fired"); one that names none is a rate or a plan's reach
("one officer for every 200 voters", "a company for each of its districts").

A promise whose act is one of answering ("Our forces will respond with every means
should a shell land on our territory", "would retaliate if attacked") is a threat in
whatever words it promises: what it answers is the condition's act. So is one whose act
is a harm done without force, a sanction or coercion ("Vilnius will cut power supplies to
the enclave if lorries keep being held", "would expel the mission's chief if the report
is published"): PLOVER codes a promised sanction THREATEN, as it codes promised force.

A right reserved to answer or to coerce ("reserves the right to respond to any
misadventure at a time and place of its choosing", "reserved the right to expel") is a
promise whose condition the side keeps to itself: a threat, with no condition written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from brief.classify.wording import tokens
from brief.extract.lexicon import alternation, words
from brief.prefilter import may_hold

THREAT = "ultimatum"
# How far the promised act may run before its condition (one clause: no comma between
# but one right before the condition, "would respond with force, if necessary").
MAIN_CHARS = 120
# The condition that comes before its subject ("should Israel strike").
INVERTED = "should"


@dataclass(frozen=True)
class Condition:
    """A promise on a condition, in tokens: where the modal stands, where the promised
    act ends (the condition's first word, or the sentence's end when the condition opens
    it) and the condition's clause (its words after the conditional word)."""

    modal: int
    act_end: int
    clause: tuple[int, int]
    # where force counts as promised: after the modal, or from a free-choice subject on
    force_from: int = -1
    # the promised act is an answer ("will respond ...", "would retaliate"): what it
    # answers is the condition's act, and the promise a threat whatever its words
    answers: bool = False
    # the promised act is a sanction or coercion ("will cut supplies", "would expel"): a
    # harm to the other side, so the promise is a threat whatever else it says
    coerces: bool = False

    def promises_force_at(self, pos: int) -> bool:
        """Whether force at token `pos` is what the sentence promises or answers."""
        if self.force_from >= 0:
            return self.force_from <= pos < self.act_end and pos != self.modal
        return self.modal < pos < self.act_end


@cache
def _patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    lists = words()
    subject = alternation(
        (
            *lists["object_determiners"],
            *lists["possessives"],
            *lists["subject_pronouns"],
            *lists["subject_quantifiers"],
        )
    )
    # "if", "unless", or "should" before a subject: a determiner, a quantifier, a pronoun
    # or a capitalised name ("should Israel strike"); "should be" is no condition
    takes_subject = alternation((INVERTED, *lists["subject_conditions"]))
    # "for every" or "for each" whose restrictor names an event before the phrase ends: a
    # clause (a subject or relative pronoun, or a subject's determiner right after the
    # noun: "for every village the army burns") or a past participle ("for each rocket
    # fired", "every drone shot down"); not a rate or a reach ("for every 100 voters on
    # polling day", "for each of its brigades")
    clause = alternation((*lists["subject_pronouns"], *lists["relative_pronouns"], "that"))
    past = alternation((*lists.irregular, *lists["pasts"]))
    determiner = alternation((*lists["object_determiners"], *lists["possessives"]))
    preposition = alternation((*lists["span_prepositions"], *lists["name_prepositions"]))
    distributive = (
        rf"(?:{alternation(lists['distributive_conditions'])})\s+"
        rf"(?=[^,;:.!?\"“”]{{0,60}}?\b(?:{clause}|{past}|[a-z]{{2,}}ed)\b"
        rf"|(?:(?!(?:{preposition})\b)[a-z-]+\s+){{1,2}}(?:{determiner})\b)"
    )
    condition = (
        rf"(?:{alternation(lists['condition_openers'])})\b"
        rf"|(?:{takes_subject})\s+(?=(?:{subject})\b|(?-i:[A-Z]))"
        rf"|{distributive}"
    )
    # "may" only in lower case: the month is "May"
    promise = "|".join(
        rf"(?-i:{word})" if word == "may" else word for word in sorted(lists["promising_modals"])
    )
    trailing = re.compile(
        rf"\b(?P<modal>{promise})\b[^,;]{{1,{MAIN_CHARS}}}?(?:,\s*)?"
        rf"\b(?P<condition>{condition})(?P<clause>[^;]*)",
        re.IGNORECASE,
    )
    # (a modal in a comparison's clause promises nothing: "we've done more damage than any
    # terrorist could with bombs")
    leading = re.compile(
        rf"\A\W*(?P<condition>{condition})(?P<clause>[^,;]{{1,200}}),"
        rf"(?:(?!\bthan\b)[^,;]){{0,{MAIN_CHARS}}}?\b(?P<modal>{promise})\b",
        re.IGNORECASE,
    )
    # a subject opened by the free-choice "any", at the start of the clause (of the
    # sentence, or after "that"), and its modal: "any attack ... would trigger ..."
    free_choice = re.compile(
        rf"(?:\A\W*|\bthat\s+)(?P<any>{alternation(lists['free_choice'])})\b[^;]{{1,{MAIN_CHARS}}}?\b(?P<modal>{promise})\b",
        re.IGNORECASE,
    )
    # an answer whose object is opened by the free-choice "any", in the answer's clause:
    # "would respond at a time of our choosing to any incursion across the line"
    answered = re.compile(
        rf"\b(?P<modal>{promise})\s+(?:\w+ly\s+)?(?:{alternation(lists['response_verbs'])})\b"
        rf"[^,;]{{0,{MAIN_CHARS}}}?\b(?:{alternation(lists['answered_prepositions'])})\s+"
        rf"(?P<any>{alternation(lists['free_choice'])})\b(?P<clause>[^,;]*)",
        re.IGNORECASE,
    )
    # a promised act whose object is opened by the free-choice "any": "will target any
    # vessel heading to the ports", "would shoot down anyone crossing the line"; the verb
    # right after the modal (or its -ly adverb), with its particle
    aimed = re.compile(
        rf"\b(?P<modal>{promise})\s+(?:\w+ly\s+)?(?!not\b|never\b)[a-z]+"
        rf"(?:\s+(?:{alternation(lists['object_particles'])}))?\s+"
        rf"(?P<any>{alternation(lists['free_choice'])})\b(?P<clause>[^,;]*)",
        re.IGNORECASE,
    )
    return trailing, leading, free_choice, answered, aimed


def condition(text: str) -> Condition | None:
    """The promise on a condition `text` makes, if any (the first)."""
    lowered = text.lower()
    # most sentences promise nothing (the test in C, with no generator to resume)
    if not any(map(lowered.__contains__, words()["promising_modals"])):
        return _reserved(text, lowered)
    trailing, leading, free_choice, answered, aimed = _patterns()

    def at(char: int) -> int:
        return len(tokens(text[:char]))

    def promised(modal: int, act_end: int, clause: tuple[int, int]) -> Condition:
        """The promise on a conditional clause, and whether its act answers or coerces."""
        return Condition(
            modal,
            act_end,
            clause,
            answers=_promises(text, modal, _response_verbs()),
            coerces=_promises(text, modal, _coercion_verbs()),
        )

    # A condition's clause opens with one of its words, and a free-choice subject or
    # object with its own: of the inbox's 19,000 sentences 3,800 hold a modal, 600 of
    # them a condition's word and 270 a free-choice one, and a test in C spares the
    # patterns the rest (they had cost 0.07 s of CPU).
    conditional = may_hold(text, _condition_words())
    free = may_hold(text, words()["free_choice"])
    found = leading.match(text) if conditional else None
    if found:
        clause = (at(found.start("clause")), at(found.end("clause")))
        return promised(at(found.start("modal")), len(tokens(text)), clause)
    found = trailing.search(text) if conditional else None
    if found:
        start = at(found.start("condition"))
        clause = (at(found.start("clause")), at(found.end()))
        return promised(at(found.start("modal")), start, clause)
    found = free_choice.search(text) if free else None
    if found:
        subject = at(found.start("any"))
        modal = at(found.start("modal"))
        return Condition(modal, len(tokens(text)), (subject, modal), force_from=subject)
    found = answered.search(text) if free else None
    if found:
        # the answered act, to the clause's end, is the condition; force must stand in
        # the answer or in what it answers
        modal = at(found.start("modal"))
        end = at(found.end("clause"))
        return Condition(modal, end, (at(found.start("any")), end), force_from=modal + 1)
    found = aimed.search(text) if free else None
    if found:
        # whatever the object names doing is the condition ("any vessel heading to the
        # ports": if one heads there); force must stand in the act promised
        modal = at(found.start("modal"))
        end = at(found.end("clause"))
        return Condition(modal, end, (at(found.start("any")) + 1, end), force_from=modal + 1)
    return _reserved(text, lowered)


def _reserved(text: str, lowered: str) -> Condition | None:
    """A right reserved to answer or to coerce ("reserves the right to respond to any
    misadventure"): the promise held at the phrase's last word, and no condition's clause
    (the side keeps its condition to itself)."""
    phrases = words()["reserving_phrases"]
    if not any(map(lowered.__contains__, phrases)):
        return None
    found = tokens(text)
    for phrase in map(tokens, phrases):
        for start in range(len(found) - len(phrase) + 1):
            if found[start : start + len(phrase)] == phrase:
                modal = start + len(phrase) - 1
                answers = _promises(text, modal, _response_verbs())
                coerces = _promises(text, modal, _coercion_verbs())
                if answers or coerces:
                    end = len(found)
                    return Condition(modal, end, (end, end), answers=answers, coerces=coerces)
    return None


def _promises(text: str, modal: int, verbs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the verb the modal at token `modal` governs is one of `verbs` (of answering:
    "will respond", "would certainly retaliate"; of coercion: "will cut", "would expel");
    an adverb in -ly may stand between, and a verb in -ly is no adverb ("would reply in
    kind")."""
    after = tokens(text)[modal + 1 :]
    starts = (0, 1) if after[:1] and after[0].endswith("ly") else (0,)
    return any(after[start : start + len(verb)] == list(verb) for start in starts for verb in verbs)


@cache
def _condition_words() -> tuple[str, ...]:
    """The words one of which opens a condition's clause (`_patterns`' `condition`)."""
    lists = words()
    return (
        INVERTED,
        *lists["condition_openers"],
        *lists["subject_conditions"],
        *lists["distributive_conditions"],
    )


@cache
def _response_verbs() -> tuple[tuple[str, ...], ...]:
    """words.toml's response_verbs as token runs, read once ("hit back", "respond")."""
    return tuple(tuple(tokens(phrase)) for phrase in words()["response_verbs"])


@cache
def _coercion_verbs() -> tuple[tuple[str, ...], ...]:
    """words.toml's coercion_verbs as token runs, read once ("cut off", "expel")."""
    return tuple(tuple(tokens(phrase)) for phrase in words()["coercion_verbs"])
