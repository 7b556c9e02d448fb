"""The parts of a sentence that are not its own event: the attribution ("..., officials
said"), an opening background clause ("Despite the truce, ..."), a relative clause
set off by commas ("The envoy, who has been fighting a cold, met ...") and one that
closes the subject ("Rebels who agreed to the ceasefire shelled ...").

Who reported an event is not the event, and a clause giving a cause or a setting is not
the sentence's event either: the cue matcher counts them apart (see brief.classify).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from brief.classify.clefts import cleft
from brief.classify.questions import answered
from brief.classify.wording import RECENT_TOKENS, clause_breaks, tokens
from brief.extract.lexicon import alternation, month_names, number_words, verb_forms, words
from brief.prefilter import may_hold


@dataclass(frozen=True)
class _Grammar:
    """The patterns made from words.toml's [classify] lists, once."""

    # Who reported the event is not the event: in "..., military officials said" and "The
    # army said (that) ...", the source's words are set aside before the cues are counted.
    attribution_tail: re.Pattern[str]
    attribution_head: re.Pattern[str]
    # An attribution followed by a participle clause to the sentence's end ("..., the
    # border service said, blaming the other side"): when its verb is one of saying
    # (`saying`), the clause hangs on the saying and elaborates it; the main clause
    # before the attribution reports the event. So does an adjunct of time or cause
    # (`setting`: "..., the deputy commissioner said, a week after two people were
    # killed"): it tells the setting of the news, not the news.
    elaborated_tail: re.Pattern[str]
    saying: frozenset[str]  # the -ing forms of the verbs of saying
    # Words one of which each attribution needs: a sentence without any is not matched
    # against the patterns at all.
    tail_words: tuple[str, ...]
    head_words: tuple[str, ...]
    # A record that shows the event opens the sentence as its source does ("Footage shared
    # on Facebook shows officers beating ...", "Satellite images show that ..."): what it
    # shows is the event, and the words that carry it (the post, its sharing) are not.
    shown_head: re.Pattern[str]
    shown_words: tuple[str, ...]
    # Clauses that give a cause or a setting, not the sentence's own event: in "aid was
    # suspended after vehicles were hit by gunfire" the event is the suspension.
    leading_background: re.Pattern[str]
    subordinator: re.Pattern[str]
    # Finite verbs: one right after a verb of saying makes the saying a relative clause
    # ("froze the assets of settlers it said had incited violence"), no attribution.
    finite_verbs: frozenset[str]
    # A predicate's object that is a text or a decision ("shot down a proposal"): the
    # nouns in their forms, the words that open the object after the predicate (a
    # determiner or a possessive), the particles and prepositions that may stand between.
    text_nouns: frozenset[str]
    object_openers: frozenset[str]
    object_particles: frozenset[str]
    object_links: frozenset[str]
    object_ends: frozenset[str]
    passive: frozenset[str]
    auxiliaries: frozenset[str]  # the passive's and the perfect's ("had been")
    # what may stand between "and" or "but" and a subject's second verb ("and later said")
    coordinated_adverbs: frozenset[str]
    # A relative clause between commas (or from a comma to the end) adds to what it
    # follows, as an apposition does: "the deployment, which Kinshasa requested under a
    # defence accord, began" reports the deployment, not the request.
    aside: re.Pattern[str]
    # A participle clause to its comma, and the word after the participle (its object's
    # first, if it has one): "wounding two peacekeepers,"
    participle_clause: re.Pattern[str]


@cache
def clause_grammar() -> _Grammar:
    lists = words()
    say = alternation(lists["attribution_verbs"])
    head_say = alternation(lists["attribution_head_verbs"])
    # After the verb of saying, only when and where it was said ("in a statement on Monday").
    said_when = rf"(?:\s+(?:{alternation(lists['attribution_setting'])}|\w+day|\d+))*"
    attribution = rf",\s*(?:according to\b[^,;]*|[^,;]{{0,80}}?\b(?:{say})\b{said_when})"
    tail = rf"{attribution}[\s.!?\"”’']*\Z"
    participle = r"(?-i:[a-z]+ing)\b"  # a lower-case word in -ing (a verb of saying's: _elaborated)
    # ... and before it, where and how it was said may open the sentence ("In a post on X,
    # Poland's foreign ministry said it ...", "On Monday, the army said ..."): the same
    # words, and the names of places and platforms.
    said_where = (
        rf"(?:(?:in|on|at)(?:\s+(?:{alternation(lists['attribution_setting'])}|\w+day|\d+"
        r"|(?-i:[A-Z][\w-]*)))+,\s*)?"
    )
    head = (
        r"\A\W*(?:according to\b[^,;]{0,80},"
        rf"|{said_where}(?P<subject>[^,;]{{0,80}}?)\b(?:{head_say})\b(?:\s+on\s+\w+)?"
        r"(?:\s+that)?\s)"
    )
    background = alternation(lists["background_markers"])
    # A measure of time may stand before the marker: "Two days before the vote, ...",
    # "Shortly after dawn, ...", "Just hours ahead of the talks, ...", "Less than a week
    # after the truce, ..." (up to three words of quantity before its unit).
    measure = alternation(lists["durations"])
    lead_in = (
        rf"(?:(?:\w+\s+){{0,3}}(?:{measure})\s+|(?:{alternation(lists['time_lead_ins'])})\s+)?"
    )
    finite = lists["auxiliaries"] | lists["passive"] | lists["modal_verbs"] | {"have"}
    records = alternation(
        {form for noun in lists["showing_nouns"] for form in (noun, plural(noun))}
    )
    return _Grammar(
        attribution_tail=re.compile(tail, re.IGNORECASE),
        attribution_head=re.compile(head, re.IGNORECASE),
        elaborated_tail=re.compile(
            rf"{attribution},\s+(?:(?P<clause>{participle})|(?P<setting>{lead_in}(?:{background})\b))",
            re.IGNORECASE,
        ),
        saying=frozenset(
            form
            for forms in (lists.speech, *map(verb_forms, lists["saying_verbs"]))
            for form in forms
            if form.endswith("ing")
        ),
        tail_words=("according", *sorted(lists["attribution_verbs"])),
        head_words=("according", *sorted(lists["attribution_head_verbs"])),
        shown_head=re.compile(
            rf"\A\W*(?P<subject>[^,;]{{0,40}}?\b(?:{records})\b[^,;]{{0,80}}?)"
            r"\s(?:appears?\s+to\s+|appeared\s+to\s+)?(?:show|shows|showed)\b(?:\s+that)?\s",
            re.IGNORECASE,
        ),
        shown_words=("show",),
        leading_background=re.compile(
            rf"\A\W*{lead_in}(?:{background})\b[^,;]{{0,200}}[,;]", re.IGNORECASE
        ),
        subordinator=re.compile(rf"\b(?:{alternation(lists['subordinators'])})\b", re.IGNORECASE),
        finite_verbs=frozenset(finite - {"be", "been", "being"}),
        # (to the next comma that is no digit group's: "killed more than 2,000 people")
        aside=re.compile(
            rf",\s+(?:{alternation(lists['relative_pronouns'])})\b(?:[^,;]|(?<=\d),(?=\d))*"
        ),
        participle_clause=re.compile(
            rf"\s*{participle}\s+(?P<object>[\w]+)\b[^,;]{{0,200}}[,;]", re.IGNORECASE
        ),
        text_nouns=frozenset(form for noun in lists["text_nouns"] for form in (noun, plural(noun))),
        object_openers=frozenset(lists["object_determiners"]) | lists["possessives"],
        object_particles=frozenset(lists["object_particles"]),
        object_links=frozenset(lists["object_links"]),
        object_ends=frozenset(lists["object_prepositions"]) | {"of", "for"},
        passive=frozenset(lists["passive"]),
        auxiliaries=frozenset(lists["passive"]) | {"has", "have", "had"},
        coordinated_adverbs=frozenset(lists["coordinated_adverbs"]),
    )


def plural(noun: str) -> str:
    """A regular noun's plural: "proposal" -> "proposals", "policy" -> "policies"."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


# How far into a predicate's object its head noun may stand ("a new government proposal").
OBJECT_REACH = 4


def on_a_text(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the predicate `words[start:end]` has a text or a decision for its object:
    after it, with a particle or a preposition between ("shot down a government
    proposal", "killed off the bill", "an attack on Labour's plans"), or before it in the
    passive ("the deal was struck", "the motion was swiftly shot down"). A verb of force
    with such an object is a figure of speech: a rejection, a criticism, an agreement."""
    grammar = clause_grammar()
    texts = grammar.text_nouns
    at = end
    if at < len(words) and words[at] in grammar.object_particles:
        at += 1
    if at < len(words) and words[at] in grammar.object_links:
        at += 1
    obj = words[at : at + OBJECT_REACH + 1]  # (and the word after, for a possessive)
    # a bare plural or compound ("torpedoed plans to"), or a noun after a determiner or a
    # possessive ("the government's proposal"), and not itself a possessive ("killed the
    # plan's author")
    opened = len(obj) > 1 and (obj[0] in grammar.object_openers or obj[1] == "s")
    for k, word in enumerate(obj[:OBJECT_REACH]):
        if word in texts and (k == 0 or opened):
            return obj[k + 1 : k + 2] != ["s"]
        if not opened or word in grammar.object_ends:
            break
    # the passive: the text is its subject, its auxiliaries (and an adverb) between ("the
    # deal was struck", "agreements had been struck", "was swiftly shot down")
    before = start - 1
    if before >= 0 and words[before].endswith("ly"):
        before -= 1
    passive = False
    while before >= 0 and words[before] in grammar.auxiliaries:
        passive = passive or words[before] in grammar.passive
        before -= 1
    return passive and before >= 0 and words[before] in texts


def reported(text: str) -> str:
    """The sentence less its attribution ("..., officials said Thursday.")."""
    return reported_parts(text)[0]


def reported_parts(text: str) -> tuple[str, int]:
    """The sentence less its attribution, and where in what is left a participle clause
    that elaborates the saying starts ("..., the ministry said, blaming the rebels":
    "blaming the rebels"), or its length when there is none. Such a clause says what the
    source added, blamed or cited, not the event it reports: it is background. A
    sentence with no attribution is given back as it is, the very string (the classifier
    reads its words once then: matcher._scores)."""
    body, elaboration = _reported_parts(text)
    return (text if body == text else body), elaboration


# Asked of a sentence by the classifier's scores, then again by its tests of a heavy
# cue's reach and of relief sent (matcher): at 1,000 articles 22,091 times of 18,827
# texts, the repeats 0.04 s of CPU. The text alone settles it: kept by text.
@lru_cache(maxsize=1 << 14)
def _reported_parts(text: str) -> tuple[str, int]:
    grammar = clause_grammar()
    comma = text.rfind(",")  # an attribution tail holds no comma: try the last one only
    tail = comma >= 0 and may_hold(text[comma:], grammar.tail_words)
    if tail and grammar.attribution_tail.match(text, comma):
        body, elaboration = text[:comma], comma
    else:
        body, elaboration = _elaborated(text, grammar)
    head = None
    if may_hold(body, grammar.head_words):
        head = grammar.attribution_head.match(body)
    if head is None and may_hold(body, grammar.shown_words):
        head = grammar.shown_head.match(body)
    # A head is the attribution only when something is left to report after it, and
    # only when its verb of saying is the main one: in "Pakistan put its forces on alert
    # after India announced that ..." the saying is inside a subordinate clause, and in
    # "Forty prisoners were released under an amnesty announced by the council" the main
    # verb comes before it ("were released") and the saying is a participle ("by").
    if (
        head
        and len(body) - head.end() > 12
        and not grammar.subordinator.search(head.group())
        and body[head.end() :].split(None, 1)[0] not in grammar.finite_verbs  # not "May"
        and not _before_the_saying(head.group("subject"), body[head.end() :], grammar)
        and not _participle_of_saying(body[head.end() :], grammar)
        and not _ANSWER.match(body, head.end())
    ):
        return body[head.end() :], max(0, elaboration - head.end())
    return body, elaboration


def _elaborated(text: str, grammar: _Grammar) -> tuple[str, int]:
    """The text less an attribution that a participle clause of saying follows to the end
    ("..., the Tajik border service said, blaming the other side for shooting first"),
    or an adjunct of time or cause ("..., the deputy commissioner said, a week after two
    people were hacked to death"), and where that clause starts in what is left; the
    text and its length when it has none. A participle of another verb goes on with the
    event ("..., police said, killing 11", "residents said, forcing families to flee"):
    it is left as it is."""
    if not may_hold(text, grammar.tail_words):
        return text, len(text)
    found = grammar.elaborated_tail.search(text)
    if not found or not (found.group("setting") or found.group("clause") in grammar.saying):
        return text, len(text)  # none, or one that goes on with the event ("killing 11")
    clause = found.start("setting") if found.group("setting") else found.start("clause")
    body = text[: found.start()] + ", " + text[clause:]
    return body, found.start() + 2


# The conjunctions of two predicates of one subject ("The government declared a red
# alert and said ...", "The army denied the report but said ...").
COORDINATORS = frozenset({"and", "but"})


# An answer after a verb of saying is its object, not what it reports: "Tonga says no to
# the wharf", "voters said yes to the treaty" refuse and accept ("said no one was hurt"
# reports).
_ANSWER = re.compile(r"(?:no|yes)\s+to\b", re.IGNORECASE)


def _before_the_saying(subject: str | None, rest: str, grammar: _Grammar) -> bool:
    """Whether the sentence's main verb stands before its verb of saying: a finite verb
    in what would be the subject ("prisoners were released under an amnesty announced
    ...", "Police arrested three men and said ..."), or "by" after the verb of saying,
    which makes it a passive participle."""
    if rest.startswith("by "):
        return True
    if subject is None:
        return False
    words = tokens(subject)
    return not grammar.finite_verbs.isdisjoint(words) or _second_predicate(words, grammar)


# The prepositions of a setting ("announced in Minsk on Independence Day"), and the words
# of a setting that may stand before a finite verb as its subject ("said there were").
_SETTING_OPENERS = frozenset({"in", "on", "at"})
_EXISTENTIAL = frozenset({"here", "there"})


def _participle_of_saying(rest: str, grammar: _Grammar) -> bool:
    """Whether the verb of saying before `rest` is a participle on its subject, whose main
    verb comes after the setting of the saying: "The amnesty announced in Minsk on
    Independence Day is a transaction", "The ceasefire announced in Doha on Monday was
    broken". A verb of saying that reports goes on with what was said ("announced in
    Minsk on Monday that ...", "said in Kabul there were ..."), never with a finite verb
    right after where and when it was said."""
    found = rest.split()
    if not found or found[0].lower() not in _SETTING_OPENERS:
        return False
    setting = words()["attribution_setting"] - _EXISTENTIAL
    pronouns = words()["subject_pronouns"]
    for word in found:
        bare = word.strip(",.;:'\"")
        low = bare.lower()
        if low in grammar.finite_verbs:
            return True
        # what was said may follow its setting after a colon or a quotation mark ("said in
        # a statement: 'I was ...'"), and a pronoun is its subject
        if word != bare or low in pronouns:
            return False
        if not (low in setting or low.endswith("day") or low.isdigit() or bare[:1].isupper()):
            return False
    return False


def _second_predicate(words: Sequence[str], grammar: _Grammar) -> bool:
    """Whether the verb of saying after `words` is the second of two predicates of one
    subject: `words` end in "and" or "but" (and an adverb), after a predicate of their
    own. "The government declared a red alert for two provinces and said ..." reports
    the alert, which the saying does not set aside; "Officials and aid workers said ..."
    has no predicate before the saying (its "and" joins the subject's nouns, and is not
    its last word)."""
    end = len(words)
    if end and (words[end - 1] in grammar.coordinated_adverbs or words[end - 1].endswith("ly")):
        end -= 1
    return end > 2 and words[end - 1] in COORDINATORS


def leading_background(text: str) -> int:
    """How many tokens open the sentence as a background clause ("Despite the truce, ...").

    Such a clause ends at its comma and the main event follows it, so it is set apart as
    a span, not from the marker to the end of the sentence; its frames govern nothing.
    So does a cleft's focus that is a time or a cause ("It was the first time since the
    Pulwama attack that ..."): its clause tells what happened then (brief.classify.clefts).
    And so does a question the line answers ("Has Mali expelled the ambassador? Yes: ..."):
    the answer tells what happened (brief.classify.questions).
    """
    grammar = clause_grammar()
    lead = grammar.leading_background.match(text)
    if lead:
        end = lead.end()
        while (clause := _participle_clause(text, end, grammar)) > end:
            end = clause
        return len(tokens(text[:end]))
    opening = cleft(text)
    if opening and opening.focus_is_setting:
        return opening.clause_token
    # a question answered after it: the answer's setting (brief.classify.questions)
    question = answered(text)
    return len(tokens(text[:question])) if question else 0


def _participle_clause(text: str, start: int, grammar: _Grammar) -> int:
    """Where a participle clause with its object that goes on an opening background clause
    ends, at its comma ("Hours after a shell hit the post, wounding two peacekeepers, the
    ministry condemned ..."): `start` when none starts there. Having no finite verb, it
    cannot be the main clause; it tells more of the setting (or how the subject acted,
    "Citing ...", itself background). A gerund that is the main clause's subject ("Despite
    the truce, fighting resumed, officials said") takes no object after it."""
    found = grammar.participle_clause.match(text, start)
    if not found:
        return start
    after = found.group("object")
    if after.lower() not in grammar.object_openers and not (
        after[0].isdigit() or after.lower() in number_words()
    ):
        return start
    return found.end()


# A year written as the time of an event ("in 2019", "since 2014", "in March 2001").
_YEAR = re.compile(r"(?:1[89]|20)\d\d\Z")
_YEAR_BEFORE = frozenset({"in", "since", "during"}) | month_names()


def dated(words: Sequence[str], start: int, end: int) -> bool:
    """Whether `words[start:end]` give a year as the time of what they say ("which struck
    within six weeks of each other in 2019"): a clause so dated reports what happened
    before the sentence's news, its history."""
    return any(
        _YEAR.match(words[k]) and words[k - 1] in _YEAR_BEFORE
        for k in range(max(start, 1), min(end, len(words)))
        if len(words[k]) == 4
    )


def asides(text: str) -> tuple[tuple[int, int], ...]:
    """The token spans of the relative clauses set off by a comma ("..., who has been
    fighting a cold, ..."): what they say is background to the sentence's own event."""
    if ", wh" not in text:  # most sentences have none
        return ()
    # a cleft's clause holds the event, a comma before it or not ("It was the spokesman,
    # not the bureau, who warned ...")
    opening = cleft(text)
    clause = opening.start if opening else -1
    return tuple(
        (len(tokens(text[: m.start()])), len(tokens(text[: m.end()])))
        for m in clause_grammar().aside.finditer(text)
        if text.find("wh", m.start()) != clause
    )


# How many words the subject before a restrictive relative clause may take ("Two militias
# that ...", "The rebel commanders from Kivu who ..."), how many words of an opening
# adverbial may stand before it ("On Wednesday, two militias that ..."), and how far after
# its pronoun the relative clause's verb may stand (after its own subject: "that the
# army armed").
SUBJECT_REACH = 6
OPENING_REACH = 5
RELATIVE_VERB_REACH = 4
_CASED = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class _Relatives:
    """The word classes `subject_relative` reads, from words.toml, once."""

    pronouns: frozenset[str]  # the relative pronouns and "that"
    finite: frozenset[str]  # verbs wherever they stand: auxiliaries, modals, "be", "have"
    pasts: frozenset[str]  # irregular pasts and participles ("fought", "held")
    not_participles: frozenset[str]  # words in -ed that are no verb ("need", "wounded")
    adverbs: frozenset[str]  # what may stand inside a verb group ("had never been")
    openers: frozenset[str]  # determiners and possessives: an -ed word after one is an adjective
    noun_openers: frozenset[str]  # what opens a relative clause's own subject ("that the army")
    prepositions: frozenset[str]  # what opens no subject, and may come before "which"
    gap: frozenset[str]  # what may follow a verb whose object the relative pronoun is
    breaks: frozenset[str]  # the words of another clause: the sentence is left as it is
    passive: frozenset[str]  # the forms of "be"
    coordinators: frozenset[str]  # what makes a verb the second of a group ("signed and ratified")


@cache
def _relatives() -> _Relatives:
    lists = words()
    openers = clause_grammar().object_openers
    prepositions = lists["object_prepositions"] | lists["name_prepositions"]
    particles = lists["object_particles"]
    return _Relatives(
        pronouns=lists["relative_pronouns"] | {"that"},
        finite=lists["auxiliaries"] | lists["passive"] | lists["modal_verbs"] | {"have"},
        pasts=frozenset(lists.irregular) | lists["pasts"] | lists["short_participles"],
        not_participles=frozenset(lists["not_participles"]),
        adverbs=lists["verb_negators"] | lists["verb_inner_adverbs"] | lists["verb_time_adverbs"],
        openers=frozenset(openers),
        noun_openers=frozenset(openers | lists["subject_pronouns"] | {"it"}),
        prepositions=frozenset(prepositions),
        gap=frozenset(prepositions | particles | lists["time_words"]),
        breaks=frozenset(
            (lists["subordinators"] | lists["clause_words"] | lists["relative_pronouns"])
            - {"and", "or"}
        ),
        passive=frozenset(lists["passive"]),
        coordinators=frozenset(lists["verb_coordinators"]),
    )


def _verb(found: Sequence[str], pos: int, grammar: _Relatives) -> bool:
    """Whether found[pos] reads as a verb: an auxiliary, a modal, a form of "be" or
    "have", or a past form not after a determiner or a possessive, which makes it an
    adjective ("the disputed border"; "that" before it is a relative pronoun: "militias
    that signed")."""
    word = found[pos]
    if word in grammar.finite:
        return True
    if word in grammar.not_participles or not (
        word in grammar.pasts or (word.endswith("ed") and len(word) > 3)
    ):
        return False
    return pos == 0 or found[pos - 1] == "that" or found[pos - 1] not in grammar.openers


def _adverb(word: str, grammar: _Relatives) -> bool:
    return word in grammar.adverbs or (word.endswith("ly") and len(word) > 4)


def subject_relative(text: str, start: int = 0) -> tuple[int, int] | None:
    """The token span of a restrictive relative clause that closes the sentence's subject,
    from its pronoun (and a preposition before it: "under which") to the main verb, or
    None: "Two militias that signed the 2024 accord fought each other ..." has "that
    signed the 2024 accord". Such a clause says who the subject is, background to the
    event the main verb tells, as a relative clause set off by commas does (`asides`).

    `start` is where the main clause starts (after an opening background clause); an
    opening adverbial set off by a comma may stand before the subject ("On Wednesday,
    ..."). The subject holds no verb, and no preposition or clause word opens it. The
    relative clause's verb stands right after its pronoun (the pronoun its subject), or
    after a subject of its own with a gap for its object: a preposition, a particle or a
    time after the verb ("that Chile and Bolivia signed on Tuesday"), where "the claim
    that Canada lifted its sanctions" is a noun's content, no relative clause. The main
    verb is the next verb after the relative clause's verb group ("who had been
    tortured"), not the second of a coordination ("who seized the town and killed") nor
    a participle with its agent ("the accord brokered by Qatar"). Between the subject and
    the main verb no punctuation and no other clause's word stand ("if", "after",
    "which"): such a sentence is left as it is."""
    found = RECENT_TOKENS[text]
    grammar = _relatives()
    if grammar.pronouns.isdisjoint(found):  # most sentences have none
        return None
    pronoun = next((k for k in range(start, len(found)) if found[k] in grammar.pronouns), -1)
    opens = pronoun - 1 if pronoun > 0 and found[pronoun - 1] in grammar.prepositions else pronoun
    if not 0 < opens - start <= OPENING_REACH + SUBJECT_REACH or any(
        _verb(found, k, grammar) for k in range(start, opens)
    ):
        return None
    cased = _CASED.findall(text.replace("\u2019", "'").replace("n't", " not"))
    if cased[pronoun : pronoun + 1] != [found[pronoun]]:
        return None  # in capitals: "WHO" is the health body
    breaks = clause_breaks(text)
    subject = max((b for b in breaks if b <= opens), default=start)
    if subject > start + OPENING_REACH:
        return None
    subject = max(subject, start)
    if (
        not 0 < opens - subject <= SUBJECT_REACH
        or found[subject] in grammar.prepositions
        or found[subject] in grammar.breaks
    ):
        return None
    verb = _relative_verb(cased, found, pronoun, grammar)
    if verb < 0:
        return None
    for main in range(verb + 1, len(found)):
        if main in breaks or found[main] in grammar.breaks:
            return None
        if not _verb(found, main, grammar) or found[main - 1] in grammar.coordinators:
            continue
        if found[main] not in grammar.finite and found[main + 1 : main + 2] == ["by"]:
            continue  # a participle with its agent: "the accord brokered by Qatar"
        return opens, main
    return None


def _relative_verb(
    cased: Sequence[str], found: Sequence[str], pronoun: int, grammar: _Relatives
) -> int:
    """Where the verb group of the relative clause whose pronoun is at `pronoun` ends, or
    -1: right after the pronoun (an adverb may stand between: "who later fled"), or after
    a subject of its own that a determiner, a pronoun, a number or a capital opens ("that
    the army", "that Kyiv attributed to"), with a gap for its object after it."""
    first = pronoun + 1
    if first < len(found) and _adverb(found[first], grammar):
        first += 1
    if first >= len(found):
        return -1
    own_subject = not _verb(found, first, grammar)
    if own_subject:
        opener = found[first]
        if not (
            opener in grammar.noun_openers
            or opener.isdigit()
            or (first < len(cased) and cased[first][:1].isupper())
        ):
            return -1
        first = next(
            (
                k
                for k in range(first + 1, min(pronoun + 1 + RELATIVE_VERB_REACH, len(found)))
                if _verb(found, k, grammar)
            ),
            -1,
        )
        if first < 0:
            return -1
    verb = first
    # the verb group: "who had been tortured", "that had repeatedly broken"
    while verb + 1 < len(found) and (
        (found[verb] in grammar.finite or _adverb(found[verb], grammar))
        and (_verb(found, verb + 1, grammar) or _adverb(found[verb + 1], grammar))
    ):
        verb += 1
    if own_subject and (
        # a passive has no object to leave a gap for ("the claim that contractors were
        # killed"), and an object after the verb fills it ("the claim that Canada lifted
        # its sanctions"): a noun's content, no relative clause
        not grammar.passive.isdisjoint(found[first : verb + 1])
        or verb + 1 >= len(found)
        or not (found[verb + 1] in grammar.gap or _verb(found, verb + 1, grammar))
    ):
        return -1
    return verb
