"""Counts a sentence gives on a source it says nobody has checked: hearsay, no key figure.

"Unverified social media posts claimed that as many as 200 people had been killed" is not
a toll of 200: the sentence says the count is a claim no one has confirmed (r46 H5: it
was shown bare, six times the confirmed toll, among the figures a reader pastes into a
donor update). The key figures are a list without the words that qualified such a count,
so, as with a count an earlier report gave and the story has revised
(earlier_counts.superseded), it is left out: a gap is better than hearsay shown as fact.

English hedges a count in four ways, each read here:
- an adjective that denies its source a check, before it in its clause ("unverified
  posts said", "unconfirmed reports of 30 dead"), or a noun of hearsay ("rumours of 200
  dead", words.toml's timeline hearsay);
- a verb of claim that reports the count's clause ("claimed that 50 soldiers had died",
  "claimed to have killed 50", "allege 30 were shot"), not one whose object is the toll
  itself ("the storm claimed 40 lives", "claimed the lives of 12");
- a negated check after the count in its sentence ("..., according to reports that could
  not be independently verified", "a figure that remains unconfirmed");
- a clause coordinated after the count's that refers back to what came before and
  says it is unchecked or not to be passed on ("..., not 40, but this is not confirmed
  and should not be quoted", "; that could not be independently verified"): every count
  before it in its sentence is hearsay, as the claim it refers to is (`_disclaimed_after`,
  r66 F7: the clause after "but" had been past the reach of the tag after the count);
- a next sentence that says the figure is unchecked ("No official has confirmed the
  figure.", "The figures could not be independently verified."): every count of the
  sentence before it is hearsay (`disclaims`).

A count the sentence says another side denies is no more a fact than an unchecked one:
"Peru said ... shelling had killed 12 Peruvian civilians, a claim Ecuador rejected as
false" had been the key figure "killed 12 Peruvian civilians", the claim shown bare
(r58). So a tag after the count that names it a claim or a figure and denies it (",
a figure Ecuador denied", ", which the army disputes"; not ", a figure the army did not
dispute"), or a short next sentence that does so ("Ecuador rejected the claim."), makes
it hearsay too. A bare "which" refers to a claim only of a count a verb of report gives;
after a count told as fact it refers to the act ("arrested 120 protesters, which the
opposition dismissed as intimidation"), whose count stands.

A dispute is of the count, not of one report's words: the same count of the same thing
in a sitrep that does not say it is disputed is in doubt too, and so is the rival count
the disputing sentence sets against it (", a toll the government disputes; the agency
still gives 74": `disputed`, `rival_values`; the scanner drops both sides, r59 S1-2).
A verb of denial before the count that takes the claim giving it is one more such
dispute: "The government denied that 40 people had died", "denied 40 people had died",
"Police rejected reports that 300 were arrested", "dismissed claims of 50 casualties",
"rejected reports it had cancelled 40 flights" (its "that" left out; `_denied_before`;
s52), not a denial of something else ("rejected a plan to build 4,000 homes") nor one a
comma or "and said" closes before a count of its own ("denied the charge, saying 12 were
held"), nor one negated or conceded ("Nobody denies that", "no longer disputes that"),
nor a claim "of" a count of people, which names those who claim ("the accusations of 40
lawmakers"). The list has no mark for "denied", so no figure.
A verb of saying joined by "and" after a count opens another's claim ("reports 74 deaths
and says the UN's figure includes unverified reports"), and what follows it qualifies
that claim, not the count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from brief.extract.actors.word_knowledge import agent_noun
from brief.extract.figures.earlier_counts import report_verb
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import DATE_PATTERN
from brief.extract.figures.number_reading import NUMBER_RE, value_of
from brief.extract.lexicon import alternation, words
from brief.prefilter import may_hold


@cache
def clause_break() -> re.Pattern[str]:
    """What ends a count's clause: another clause's opening, a contrast; a stop, but not
    a number sign's written short before its numeral ("prison No. 8 said", "Nos. 4 and
    5": words.toml's number_signs)."""
    signs = "".join(rf"(?<!\b(?i:{sign}))" for sign in sorted(words()["number_signs"]))
    return re.compile(
        rf"[;:]|{signs}\.\s|(?<=\.)\s(?!\d)|\b(?i:but|while|whereas|although|though|however)\b"
    )


_REACH = 150  # characters between a hedge and its count
_TAG_REACH = 120
# words between a noun of hearsay and the count it tells: "rumours of 200 dead", "rumours
# that 200 died"; not "O'Brien's suggestion that the new bank designate 125
# ATMs", a proposal whose clause is not the count's
_NOUN_REACH = 3  # characters between a count and a negated check after it


@cache
def _markers() -> tuple[str, ...]:
    """The words one of which a hedged sentence holds (a substring test's needles)."""
    w = words()
    stems = ("verif", "confirm", "corroborat")
    return tuple(
        sorted(
            w["unverified_adjectives"]
            | w["claim_verbs"]
            | w["hearsay"]
            | w["denial_verbs"]
            | w["denial_nouns"]
            | {f"not be {verb}" for verb in w["release_verbs"]}
            | set(stems)
        )
    )


def may_hedge(text: str) -> bool:
    """Whether a sentence may hold a hedge of its counts (a substring test, in C): asked
    once a sentence, so that most are spared `hearsay`'s reading."""
    return may_hold(text.lower(), _markers())


@cache
def _hedge_before() -> re.Pattern[str]:
    """An adjective that denies a source its check, or a noun of hearsay."""
    w = words()
    return re.compile(rf"\b(?:{alternation(w['unverified_adjectives'] | w['hearsay'])})\b", re.I)


@cache
def _claim() -> re.Pattern[str]:
    """A verb of claim."""
    return re.compile(rf"\b(?:{alternation(words()['claim_verbs'])})\b", re.I)


@cache
def _unchecked() -> re.Pattern[str]:
    """A negated check ("could not be independently verified", "has not been confirmed",
    "No official has confirmed", "which the BBC could not verify"), or an adjective that
    denies one ("remains unconfirmed")."""
    w = words()
    checks = alternation(w["verification_verbs"])
    negated = (
        rf"\b(?:could|can|has|have|had|was|were|is|are)(?:\s*n[o']t|not)(?: yet)?"
        rf"(?: (?:be|been))?(?: independently)? (?:{checks})\b"
        rf"|\b(?:no|none|nobody|no one)\b(?: \w+){{0,3}} (?:has|have|had|could) (?:yet )?"
        rf"(?:independently )?(?:{checks})\b"
        # "I was unable to verify", "has been unable to independently confirm"
        rf"|\b(?:unable|failed) to (?:independently )?(?:{checks})\b"
    )
    return re.compile(rf"{negated}|\b(?:{alternation(w['unverified_adjectives'])})\b", re.I)


@cache
def _denial_verb() -> re.Pattern[str]:
    """A verb of denial not negated ("rejected", not "did not dispute")."""
    denials = alternation(words()["denial_verbs"])
    return re.compile(rf"(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:{denials})\b", re.I)


@cache
def _denied_tag() -> re.Pattern[str]:
    """A tag after a count that names it a claim or a figure, or refers to it by "which"
    (the group `which`), and denies it: ", a claim Ecuador rejected as false", ", a figure
    the army denied", ", which officials dispute"."""
    w = words()
    nouns = alternation(w["claim_nouns"] | w["report_nouns"])
    return re.compile(
        rf",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:{nouns})|(?P<which>which))\b"
        rf"(?:\s+[\w'’.-]+){{0,6}}?\s+{_denial_verb().pattern}",
        re.I,
    )


def _denied(text: str, figure: FoundFigure, end: int) -> bool:
    """Whether a tag after the count, before `end`, denies it (`_denied_tag`). A bare
    "which" refers to the count's claim only where the count is one: in a clause a verb
    of report governs ("Residents said 40 homes burned, which the governor disputes").
    Of a count told as fact, "which" refers to what was done, and a denial of it judges
    the act, not the count ("Police detained 80 marchers, which the union denounced and
    dismissed as a show of force" counts 80 marchers all the same)."""
    tag = _denied_tag().search(text, figure.end, end)
    if tag is None or not tag.group("which"):
        return tag is not None
    begin = clause_start(text, figure)
    return (
        report_verb().search(text, begin, figure.start) is not None
        or _claim().search(text, begin, figure.start) is not None
    )


def clause_start(text: str, figure: FoundFigure, reach: int = _REACH) -> int:
    """Where the clause of a count starts: after the last clause break before it, within
    `reach` characters (those a verb of report before the count may stand in)."""
    start = max(0, figure.start - reach)
    breaks = list(clause_break().finditer(text, start, figure.start))
    return breaks[-1].end() if breaks else start


# What a verb of claim reports as a clause before its count: "that", "to have".
_CLAIM_LEAD = re.compile(r"\s*(?:that|to have)\b", re.I)
# A verb in a count's own words, after its number: "200 people had been killed", "30 were
# shot" (a clause the claim reports), which "40 lives" has not (the claim's object).
_OWN_VERB = re.compile(r"\b(?:had|has|have|were|was|are|is|would|will|\w{3,}ed)\b", re.I)


def _reports_clause(between: str, figure_text: str) -> bool:
    """Whether a verb of claim, `between` the words before a count, reports the count's
    clause: "claimed that ...", "claimed to have killed 50", or the count right after it
    with a verb of its own ("claimed 200 people had died", not "claimed 40 lives")."""
    if _CLAIM_LEAD.match(between):
        return True
    return not between.strip() and _OWN_VERB.search(figure_text) is not None


def hearsay(text: str, figure: FoundFigure) -> bool:
    """Whether the sentence gives the count on a source it says nobody has checked (see
    the module's docstring)."""
    if figure.kind == "date":
        return False
    start = max(0, figure.start - _REACH)
    for hedge in _hedge_before().finditer(text, start, figure.start):
        between = text[hedge.end() : figure.start]
        if clause_break().search(between) is None and (
            hedge.group().lower() in words()["unverified_adjectives"]
            or len(between.split()) <= _NOUN_REACH
        ):
            return True
    for claim in _claim().finditer(text, start, figure.start):
        between = text[claim.end() : figure.start]
        if clause_break().search(between) is None and _reports_clause(between, figure.text):
            return True
    if _denied_before(text, figure):
        return True
    end = tag_end(text, figure)
    return (
        _unchecked().search(text, figure.end, end) is not None
        or _denied(text, figure, end)
        or _disclaimed_after(text, figure)
    )


# A clause coordinated after a count's that refers back to what came before it, by its
# subject: ", but this", "; that", "and it", "though the figure", "but these numbers".
# Not "which", which the tag after the count reads (`_denied`, `_unchecked`) and which
# may refer to the nearest noun alone.
_BACK_CLAUSE = re.compile(
    r"(?:[,;:\u2014\u2013]\s*(?:(?:but|and|though|although|however|yet)\s+)?"
    r"|\s(?:but|and|though|although|however|yet)\s+)"
    r"(?:(?:so far|as yet|as of now),?\s+)?"
    r"(?:this|that|it|these|those|(?:the|this|that|these|those)\s+(?:\w+\s+)?(?:figures?|"
    r"numbers?|tolls?|counts?|claims?|reports?|estimates?|tall(?:y|ies)|accounts?))\s",
    re.I,
)
_DISCLAIMER_WORDS = 10  # words of the coordinated clause a negated check may stand in


@cache
def _withheld() -> re.Pattern[str]:
    """A negated modal of passing a count on ("should not be quoted", "must not be
    published", "cannot be cited")."""
    verbs = alternation(words()["release_verbs"])
    return re.compile(
        rf"\b(?:should|must|may|can|could|is|are)(?:\s*n[o']t|not)\s+be\s+(?:{verbs})\b",
        re.I,
    )


def _disclaimed_after(text: str, figure: FoundFigure) -> bool:
    """Whether a clause after the count's refers back to the claim before it and says it
    is unchecked or withheld ("Intelligence had counted closer to 60 vehicles, not 40, but
    this is not confirmed and should not be quoted"): "this" is the claim, every count
    of it. A negated check of a clause of its own is none ("but it is not confirmed
    whether the two were related", "but that was not confirmed until Friday")."""
    for back in _BACK_CLAUSE.finditer(text, figure.end):
        rest = text[back.end() :]
        words_after = rest.split()[:_DISCLAIMER_WORDS]
        clause = " ".join(words_after)
        stop = clause_break().search(clause)
        clause = clause[: stop.start()] if stop else clause
        if not _COPULA_OR_MODAL.match(clause):
            continue  # "and that 20 of them could not be identified": an object's clause
        if _withheld().search(clause) is not None:
            return True
        check = _unchecked().search(clause)
        if check is not None and _CLAUSE_OBJECT.search(clause, check.end()) is None:
            return True  # not "... is not confirmed whether ...": an unchecked clause's own
    return False


# What must stand between a coordinated clause's subject that refers back and its negated
# check: an auxiliary, a modal or a copula at once ("this is not confirmed", "that could
# not be verified", "the figure has not been independently corroborated"), so that the
# subject is the clause's and not an object ("and that 20 of them could not be verified").
_COPULA_OR_MODAL = re.compile(
    r"(?:(?:still|also|yet)\s+)?(?:is|are|was|were|has|have|had|could|can|cannot|can't|"
    r"should|must|may|remains?|remained)\b",
    re.I,
)


@cache
def _denied_object() -> re.Pattern[str]:
    """What a verb of denial takes as a claim, right after it: a clause ("that ...") or a
    noun of a claim or a report with its "that" or "of" ("reports that", "claims of", "the
    ministry's figure of"), after an "as" phrase or not ("dismissed as propaganda reports
    that")."""
    w = words()
    nouns = alternation(w["claim_nouns"] | w["report_nouns"])
    # a claim's clause with its "that" left out ("rejected reports it had cancelled",
    # "dismissed claims the police had arrested"): a subject opens it, a pronoun or a
    # determined noun, and a finite verb follows within a few words
    subjects = alternation(
        w["subject_pronouns"] | w["body_pronouns"] | w["determiners"] | w["possessives"]
    )
    finite = alternation(w["auxiliaries"] | (w["passive"] - {"be", "been", "being"}) | {"have"})
    bare = rf"(?=(?:{subjects})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{finite})\b)"
    return re.compile(
        rf"\s+(?:as\s+[\w'’-]+\s+)?(?:that\b|(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\s+"
        rf"(?:that\b|of\b|{bare}))",
        re.I,
    )


def _denied_before(text: str, figure: FoundFigure) -> bool:
    """Whether a verb of denial before the count, in its clause, takes the claim that
    gives it ("The government denied that 40 people had died", "denied 40 people had
    died", "rejected reports that 300 were arrested", "dismissed claims of 50
    casualties"): a claim the speaker denies, no fact. Not a denial of something else
    with a count of its own after a comma ("denied the charge, saying 12 were held"), nor
    a count in a subordinate clause of the claim (`_subordinate`)."""
    start = clause_start(text, figure)
    for denial in _denial_verb().finditer(text, start, figure.start):
        between = text[denial.end() : figure.start]
        if "," in between or clause_break().search(between) is not None:
            continue
        if _cancelled().search(text, start, denial.start()) is not None:
            continue  # "Nobody denies that", "no longer disputes that": a fact conceded
        claim = _denied_object().match(between)
        if claim is None and not _reports_clause(between, figure.text):
            continue
        if claim is not None and claim.group().lower().endswith("of") and _claimants(text, figure):
            continue  # "the accusations of 40 lawmakers": theirs, not a claim of the count
        if _subordinate().search(between, claim.end() if claim else 0) is None:
            return True
    return False


@cache
def _cancelled() -> re.Pattern[str]:
    """Words right before a verb of denial (up to two between) that make it none: a
    negation or a subject that concedes ("did not deny", "Nobody denies", "Few now
    dispute", "no longer denies"; not "A few officials deny")."""
    w = words()
    cancellers = alternation(w["denial_cancellers"] | w["negators"])
    return re.compile(
        rf"(?<!\ba )(?:\b(?:{cancellers})\b|n[’']t\b)(?:\s+[\w'’-]+){{0,2}}\s*\Z", re.I
    )


def _claimants(text: str, figure: FoundFigure) -> bool:
    """Whether a count after a claim noun's "of" counts people and nothing that befell
    them ("the accusations of 40 lawmakers", "complaints of 300 residents"): those who
    claim, not what is claimed ("claims of 50 casualties", "reports of 12 soldiers
    killed", "of 300 arrests")."""
    w = words()
    unit = (figure.unit or "").lower()
    befell = re.match(r"\s+([a-z]+)", text[figure.end :])
    if befell is not None and befell.group(1) in w["casualties"] | w["afflicted"]:
        return False
    if unit in w["casualty_nouns"]:
        return True
    return unit.endswith("s") and agent_noun(unit.removesuffix("s"))


@cache
def _subordinate() -> re.Pattern[str]:
    """A subordinator: a count after one in a denied claim is in a clause of its own, the
    claim's circumstances ("contest allegations that Gray pointed a gun when he was shot
    during a confrontation with two officers")."""
    return re.compile(rf"\b(?:{alternation(words()['subordinators'])})\b", re.I)


def disputed(text: str, figure: FoundFigure) -> bool:
    """Whether a tag after the count says another side disputes it (", a toll the
    government disputes"), or a verb of denial before it takes its claim ("The government
    denied that 40 people had died"): not only this report's count is then in doubt, but the same
    count wherever the brief gives it (scanner)."""
    return figure.kind != "date" and (
        _denied(text, figure, tag_end(text, figure)) or _denied_before(text, figure)
    )


def rival_values(text: str, figure: FoundFigure) -> frozenset[float]:
    """The numbers a disputed count's sentence gives after the tag that disputes it, the
    other side's count of the same ("..., a toll the government disputes; the agency still
    gives 74"): a rival count, in doubt as much as the one it answers. Not a date's day or
    year ("since 28 January")."""
    tag = _denied_tag().search(text, figure.end, tag_end(text, figure))
    if tag is None:
        return frozenset()
    rest = DATE_PATTERN.sub(" ", text[tag.end() :])
    values = (value_of(found.group()) for found in NUMBER_RE.finditer(rest))
    return frozenset(value for value in values if value is not None)


def tag_end(text: str, figure: FoundFigure, reach: int = _TAG_REACH) -> int:
    """Where the words after a count that may qualify it end: at a clause break, or at a
    verb of saying joined by "and", which opens another's claim ("The agency reports 74
    deaths and says the UN's figure includes unverified reports": the reports qualify the
    UN's figure, not the 74)."""
    rest_end = min(len(text), figure.end + reach)
    stop = clause_break().search(text, figure.end, rest_end)
    end = stop.start() if stop else rest_end
    said = _and_saying().search(text, figure.end, end)
    return said.start() if said is not None else end


@cache
def _and_saying() -> re.Pattern[str]:
    """A verb of saying joined to the count's clause by "and" ("and says", "and also said")."""
    return re.compile(rf"\band\s+(?:\w+ly\s+|also\s+)?(?:{report_verb().pattern})")


# A sentence that refers back to a figure or a claim: its subject or its object.
_BACK = re.compile(
    r"\b(?:the|these|those|this|that|such)\s+(?:\w+\s+)?(?:figures?|numbers?|tolls?|claims?|"
    r"reports?|counts?|tall(?:y|ies)|estimates?|accounts?|allegations?)\b|\b(?:it|this|they)\b",
    re.I,
)
_SHORT = 20  # words: a disclaimer is a short sentence of its own


def disclaims(text: str) -> bool:
    """Whether a sentence says the figure before it is unchecked ("No official has
    confirmed the figure.", "The BBC could not independently verify the claims."): short,
    with a negated check and a word that refers back."""
    if len(text.split()) > _SHORT or not may_hedge(text):
        return False
    denial = _denial_verb().search(text)
    if denial is not None and _DENIED_BACK.match(text, denial.end()):
        return True  # "Ecuador rejected the claim.", "The army disputed those figures."
    check = _unchecked().search(text)
    if check is None:
        return False
    lowered = check.group().lower()
    if lowered.startswith("un") and not lowered.startswith("unable"):
        return False  # an adjective ("unverified reports") tells of its own noun
    # what is not confirmed is the figure before, not a clause of its own ("It was not
    # confirmed until Friday that he had resigned", "could not confirm whether ...")
    return _CLAUSE_OBJECT.search(text, check.end()) is None and bool(_BACK.search(text))


# What a disclaimer refers back to, with the word that says which count it is: "the
# morgue count", "the hospital's figures", "those casualty numbers".
_NAMED_BACK = re.compile(
    r"\b(?:the|these|those|this|that|such)\s+([a-z][\w-]+?)(?:['’]s)?\s+(?:figures?|numbers?|"
    r"tolls?|claims?|counts?|tall(?:y|ies)|estimates?)\b"
)
_BACK_REACH = 3  # sentences back a disclaimer's named count may stand


def disclaimed_word(text: str) -> str | None:
    """The word by which a disclaimer (see `disclaims`) names the count it says is
    unchecked ("morgue" of "I could not independently confirm the morgue count."): the
    sentence that gives that count may stand a sentence or two before it, past another
    of the same report ("Saal said nine of the injured ..."); None for "the figure",
    which is the sentence before's."""
    named = _NAMED_BACK.search(text)
    return named.group(1) if named is not None else None


def disclaimed_sentences(text: str, index: int, source_texts: Mapping[int, str]) -> list[int]:
    """The indices of the sentences before the disclaimer `text` (at `index` of a source
    whose sentences `source_texts` holds by index) that it says are unchecked: the one
    just before, and the latest within `_BACK_REACH` that holds the word naming the
    count ("the morgue count": the sentence that says "the morgue had received 14
    bodies")."""
    found = [index - 1]
    word = disclaimed_word(text)
    if word is None:
        return found
    named = re.compile(rf"\b{re.escape(word)}\b", re.I)
    for back in range(index - 1, index - 1 - _BACK_REACH, -1):
        if named.search(source_texts.get(back, "")):
            return sorted({*found, back})
    return found


# The object of a denial that refers back to a count: "the claim", "those figures".
_DENIED_BACK = re.compile(
    r"\s+(?:the|these|those|this|that|such)\s+(?:\w+\s+)?(?:figures?|numbers?|tolls?|"
    r"claims?|counts?|tall(?:y|ies)|estimates?|allegations?)\b",
    re.I,
)
_CLAUSE_OBJECT = re.compile(r"\b(?:that|whether|if|when|until|how|who|what)\b", re.I)


@cache
def _answered_denial() -> re.Pattern[str]:
    """A denial named as a noun with its owner or determiner ("The Greek denial", "Athens'
    rejection", "their denials"), and what comes after it in the sentence (group `rest`)."""
    nouns = alternation(words()["denial_nouns"])
    return re.compile(
        rf"(?P<despite>\bdespite\s+)?\b(?:the|their|its|his|her|this|that|these|those|"
        rf"[A-Z][\w.-]*(?:['’]s?)?)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b(?P<rest>.*)",
        re.IGNORECASE,
    )


def answers_denial(text: str) -> bool:
    """Whether a short sentence answers another side's denial of what its speaker holds:
    it names the denial ("The Greek denial", `denial_nouns`) and says it changes nothing or
    is false, a negation or a falsity phrase after it ("The Greek denial does not change
    the facts.", "Their denial is baseless."), or sets the claim against it ("Despite the
    army's denial, ..."). What the speaker says next is the claim the other side denies,
    its counts one side of a dispute, no bare key figure (r72 F12: a lock-on's "22 seconds"
    after "The Greek denial does not change the facts."). Not a report of the denial
    alone ("The ministry's denial came late on Tuesday."), whose next sentence may be
    any news."""
    if len(text.split()) > _SHORT:
        return False
    found = _answered_denial().search(text)
    if found is None:
        return False
    if found.group("despite"):
        return True
    rest = found.group("rest").lower()
    w = words()
    return bool(
        re.search(rf"\b(?:{alternation(w['verb_negators'])})\b|n['’]t\b|\bnothing\b", rest)
        or any(phrase in rest for phrase in w["falsity_phrases"])
    )
