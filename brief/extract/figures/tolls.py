"""A toll: how many people a sentence says were killed or hurt.

A count of people is a toll when the words around it say so: a casualty word after it
("18 injured", "Five people were killed", "lost their lives"), a verb that kills or
wounds before it ("The attack killed 14 soldiers", but not "could kill 500" or
"threatened to kill 30"), or its noun ("the killing of nine demonstrators"), "the lives
of" after a verb that takes them ("cost ... the lives of 17 soldiers"), or a toll noun
before it ("the death toll rose to 74"). A participle of hurt after the count's noun is
their history where the clause's own verb says they died ("Two people wounded in
Friday's clashes died overnight" is a toll of the dead). The verb is
every conjunct's: "At least 14 soldiers and three civilians were killed" is one toll of
17, while an aside counts some of its subject ("At least 43 people, including 19
civilians, were killed" is one of 43), and a count that is the whole a part was hurt from
is none ("Eight of the 12 miners"). A toll may be of one ("killing one dock worker"),
its noun left out ("and injuring seven", "seven were injured"), and a phrase of place
may stand between its subject and its verb ("One worker at the terminal was killed"),
and a verb of dying in a perfect makes one ("at least 40 people had died").
A count of people is also what else befell them ("212,000 people are affected", "were
left homeless": `afflicted_count`) or the size of the aid that is for them ("water tanks
for 20,000 people", "targeting 150,000 people": `aided_count`): with those words, read
alone in a list, it says what it counts.
Apart from the counts because a toll reads the
clause around its count (its subject's conjuncts, its verb, its asides), not the noun
the count ends on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import WORD_REACH, number_values
from brief.extract.figures.number_phrases import MAX_NOUN_WORDS, noun_phrase_end
from brief.extract.figures.number_reading import NUMBER, scale_words, value_of
from brief.extract.figures.ranges import qualifier_readings
from brief.extract.lexicon import (
    alternation,
    joined,
    number_words,
    shared_starts,
    verb_forms,
    words,
)
from brief.inflection import past_form

# A casualty word right after a number ("18 injured", checked against words.toml's
# casualties), not a verb with its object ("3 missing the target") nor a noun's modifier
# ("two dead ends", "missing persons reports")
CASUALTY_AFTER = re.compile(
    r" ([A-Za-z]+)\b(?! (?:the|a|an|his|her|their|its|ends?|heat|weight|link|persons|part(?:y|ies)"
    r"|reports?|set|wrong)\b)"
)


@cache
def _hurt_after() -> re.Pattern[str]:
    """What a counted noun's people are, right after it ("were killed", "injured"):
    words.toml's casualties, not a verb with its object ("missing the deadline"). A verb
    that links them to a state says it as "are" does ("Nine people remain missing", "12
    people still missing"): the count alone would read as a toll of the dead. A verb of
    dying in a perfect is one too ("at least 40 people had died"): alone, "at least 40
    people" would not say they are dead."""
    hurt = alternation(words()["casualties"])
    # an adverb inside the verb group ("have now been killed", "were later killed"):
    # a toll the hospital updates ("At least 31 people have now been killed") had been
    # a count of "people", and the day before's 23 dead stood beside it (r63 F8)
    adverb = r"(?:(?:now|since|already|reportedly|also|later|so far) )?"
    return re.compile(
        rf" (?:(?:were {adverb}|have {adverb}been |had {adverb}been |are |was {adverb}"
        r"|remain(?:s|ed)? "
        # a verb of dying in a perfect ("at least 40 people had died", "have drowned"):
        # the count is of the dead, not of "people"
        r"|(?:have |has |had )(?:since |now |already )?(?=(?:died|drowned|perished)\b))?"
        r"(?:(?:still|now) )?"
        # "71 people were confirmed dead", "are feared dead", "were reported missing"
        r"(?:(?:confirmed|feared|reported|presumed|believed|declared|officially) )?"
        # an adverb of how badly: "two officers slightly injured", "were seriously wounded"
        r"(?:[a-z]{2,}ly )?"
        rf"(?:among (?:those |the )?)?({hurt})\b"
        r"(?! (?:the|a|an|his|her|their|its|out|off|set|wrong|serious|certain)\b)"
        # "hurt by the decision", "missing by a mile"; but "killed by Israeli fire" is a toll
        r"(?!(?:(?<=hurt)|(?<=missing)|(?<=dead)) by\b)"
        r"(?!(?<=missing) from\b)"  # "members missing from the register": no casualties
        r"|(?:have |had )?lost their lives\b)"  # the dead ("dead"): see casualty_toll
    )


# A count that is the whole a part of it was hurt from: "Eight of the 12 miners", "None of
# the 174 passengers", "all but two of the 15"
PARTITIVE_BEFORE = re.compile(
    r"\b(?:of|among) (?:the |its |his |her |their |our |my |your |all )?\Z", re.I
)


@cache
def _part_of_before() -> re.Pattern[str]:
    """The same after a part word or a number only (words.toml's partitive_heads): where a
    count's verb is read, "A total of 300 people were arrested" counts those arrested."""
    return re.compile(
        rf"\b(?:{alternation(words()['partitive_heads'] | number_words())}|{NUMBER}) (?:of|among)"
        r" (?:the |its |his |her |their |our |my |your |all )?\Z",
        re.I,
    )


# A singular verb after a plural count after "of": the verb of the noun before it ("The
# poll of 2,000 people was conducted"), not of those counted.
_SINGULAR_AFTER = re.compile(r" (?:was|is|has)\b")


def casualty_toll(
    text: str, start: int, end: int, value: float, placed: bool = True
) -> FoundFigure | None:
    """A count of people (text[start:end]) that the words around it make casualties, or
    None. "Five people were killed", as "18 injured" are (not "None of the 174 passengers
    were hurt", "Eight of the 12 miners"). The verb is every conjunct's: in "At least 14
    soldiers and three civilians were killed" the soldiers were killed too, and the figure
    is the toll of the whole subject, its value the sum of its counts; in "At least 43
    people, including 19 civilians, were killed" the aside counts some of the 43, who are
    the toll. "Cost ... the lives of 17 soldiers" counts the dead. `placed`: whether a phrase
    of place may stand between the count and its verb ("One worker at the terminal was
    killed")."""
    lives = _LIVES_BEFORE.search(text, max(0, start - 2 * WORD_REACH), start)
    if lives is not None and not _lives_not_lost().search(
        text, max(0, lives.start() - 30), lives.start()
    ):
        begin = lives.start("lives")
        return FoundFigure(begin, end, text[begin:end], "count", value, "dead", None)
    hurting = _HURTING_BEFORE.search(text, max(0, start - 20), start)
    if hurting is not None and not _lives_not_lost().search(
        text, max(0, hurting.start() - 30), hurting.start()
    ):
        # "The attack killed 14 soldiers", "killing at least 12 people": the verb's object
        # is the toll (not "could kill 500", "threatened to kill 30", "did not kill")
        verb = hurting.group(1).lower()
        unit = "dead" if verb.startswith(("kill", "death", "murder")) else "injured"
        return FoundFigure(
            hurting.start(), end, text[hurting.start() : end], "count", value, unit, None
        )
    if PARTITIVE_BEFORE.search(text, max(0, start - 40), start):
        return None
    reach, total = end, value
    aside = _aside_before_hurt().match(text, end)
    if aside is not None:
        reach = aside.end()
    elif _opens_clause(text, start):
        while (more := _conjunct(text, reach)) is not None:
            reach, counted = more
            total += counted
    hurt = _hurt_after().match(text, reach)
    if hurt is None and reach != end:
        reach, total = end, value
        hurt = _hurt_after().match(text, end)
    if hurt is None:
        hurt = _relative_hurt().match(text, end)  # "the 40 people who died"
    if hurt is None and placed:
        # "One worker at the terminal was killed", "Five people in the market were
        # hurt": a phrase of place or of belonging between the subject and its verb
        hurt = _placed_then_hurt().match(text, end)
    if hurt is None:
        return _died_so(text, start, ((reach, total), (end, value)))
    unit = hurt.group(1) or "dead"  # "lost their lives"
    if hurt.group() == f" {unit}" and unit.lower() in words()["hurt_words"]:
        died = _died_after_hurt().match(text, hurt.end())
        if died is not None:
            # "Two people wounded in Friday's clashes died overnight": the participle is
            # the people's history, the clause's own verb what befell them now
            end = died.end()
            return FoundFigure(start, end, text[start:end], "count", total, "died", None)
    return FoundFigure(start, hurt.end(), text[start : hurt.end()], "count", total, unit, None)


@cache
def _died_after_hurt() -> re.Pattern[str]:
    """After a participle of hurt right after a count's noun ("two people wounded"), the
    rest of its reduced relative clause (a phrase of up to 80 characters, no mark or word
    that opens another clause) and a verb of dying that is the clause's own ("died",
    "have since died", "later succumbed to their wounds"): the people counted are dead."""
    opener = alternation(_NOT_IN_A_PLACE)
    return re.compile(
        rf"(?:(?! (?:{opener})\b)[^,;:.!?()\u2014\u2013]){{0,80}}?"
        r" (?:(?:have|has|had) )?(?:(?:since|later|subsequently|now) )?"
        r"(?:died|perished|succumbed)\b"
    )


def one_dead(text: str) -> FoundFigure | None:
    """A death of one person the sentence describes but does not count: a subject opened
    by "a" or "an" whose head is a person ("A 64-year-old farmer", "A Polish citizen"; the
    singular of words.toml's casualty_nouns) and whose verb is one of dying ("has died",
    "died", "was killed", "has been killed"), right after its noun or after a participle
    that tells the person's history ("A farmer injured when a drone crashed onto his farm
    on Tuesday has died"). One dead, the first a story of one death gives: without a
    numeral it had been no key figure, and the earlier report's "injuring one person"
    stood for the event. The text is the subject, its history and the verb as written (a
    figure quotes its sentence, never elides it). Not "the farmer" (a person told of
    before, maybe counted) nor a subject in a clause a verb of report or a hypothetical
    governs further on."""
    for article in _INDEFINITE.finditer(text):
        if not _opens_clause(text, article.start()):
            continue
        # the head: the first of up to four words that names a person ("An elderly
        # fisherman"), with nothing but words before it
        words_after = _NP_WORD.finditer(text, article.end(), article.end() + 60)
        heads = [w for _, w in zip(range(4), words_after, strict=False)]
        head = next((w for w in heads if singular_of_people(w.group())), None)
        if head is None or _NP_GAP.search(text, article.end(), head.start()):
            continue
        dying = _dying().match(text, head.end())
        if dying is None:
            history = _HISTORY.match(text, head.end())
            if history is None or not past_form(history.group("participle").lower()):
                continue
            dying = _dying_later().match(text, history.end())
            if dying is None:
                continue
        start = article.start()
        written = text[start : dying.end()]  # as written, its history too
        return FoundFigure(start, dying.end(), written, "count", 1.0, "died", None)
    return None


# "A 64-year-old farmer", "An elderly woman", "A Polish citizen": an indefinite article,
# up to three modifiers and the head.
_INDEFINITE = re.compile(r"\b(?:A|An|a|an) ")
_NP_WORD = re.compile(r"[\w'’-]+")
_NP_GAP = re.compile(r"[^\w'’ -]")  # a mark between the article and the head: no one phrase


# A participle after the subject's noun, opening its history ("injured when ...").
_HISTORY = re.compile(r" (?P<participle>[a-z]+)\b")


@cache
def _verb_of_dying() -> str:
    """A verb of dying: "has since died", "drowned" (words.toml's dying_verbs), "was
    killed", "had been shot dead"."""
    dying = alternation(words()["dying_verbs"])
    return (
        rf"(?: (?:has |had )?(?:since |now |later )?(?:{dying})"
        r"| (?:was|has been|had been) (?:shot |stabbed |beaten )?(?:killed|dead))\b"
    )


@cache
def _dying() -> re.Pattern[str]:
    """The verb of dying right after the subject."""
    return re.compile(_verb_of_dying())


@cache
def _dying_later() -> re.Pattern[str]:
    """The subject's verb of dying after its history: no mark that ends the clause
    between."""
    return re.compile(r"[^,;:.!?()\u2014\u2013\"“”]{0,100}?" + _verb_of_dying())


def afflicted_count(text: str, start: int, end: int, value: float) -> FoundFigure | None:
    """A count of people (text[start:end]) that its clause says the event struck without
    killing or hurting them (words.toml's afflicted: "212,000 people are affected",
    "38,500 people were displaced", "12,000 residents left homeless"), with those words:
    alone, "212,000 people" says nothing of what befell them. Its unit is the state."""
    found = _after_interposed(text, end, _afflicted_after())
    if found is not None:
        state = found.group(1).lower()
        return FoundFigure(
            start, found.end(), text[start : found.end()], "count", value, state, None
        )
    # "About 1,200 people have fled the valley": they left, displaced
    fled = _FLED_AFTER.match(text, end)
    if fled is not None and fled.group("verb").lower() in _fleeing_forms():
        return FoundFigure(
            start, fled.end(), text[start : fled.end()], "count", value, "displaced", None
        )
    # "forced about 1,200 people from their homes": driven from them, displaced
    left = _homes_left().match(text, end)
    verb = _VERB_BEFORE.search(text, max(0, start - _VERB_BEFORE_REACH), start)
    if left is not None and verb is not None and _drives_out(verb.group("verb")):
        begin = verb.start("verb")
        return FoundFigure(
            begin, left.end(), text[begin : left.end()], "count", value, "displaced", None
        )
    # "leaving about 18,000 people without the clinics it ran": what they are left
    # without, as "40,000 people remain without power" is their state (state_after)
    lacking = _lacking_end(text, end) if verb is not None else None
    if lacking is not None and verb is not None and verb.group("verb") in _depriving():
        begin, head = verb.start("verb"), text[start:end].rsplit(" ", 1)[-1].lower()
        return FoundFigure(begin, lacking, text[begin:lacking], "count", value, head, None)
    # "displacing about 1,200 people": the verb of the state, of which they are the object
    state = _afflicting_verbs().get(verb.group("verb")) if verb is not None else None
    if verb is None or state is None:
        return None
    begin = verb.start("verb")
    return FoundFigure(begin, end, text[begin:end], "count", value, state, None)


@cache
def _depriving() -> frozenset[str]:
    return words()["depriving_verbs"]


# "without", then perhaps a determiner, right after a count: what its people are left lacking.
_WITHOUT = re.compile(r" without (?:(?:the|their|its|any|a|an) )?")


def _lacking_end(text: str, end: int) -> int | None:
    """Where what the people counted before `end` are without ends: "without" and the
    noun phrase after it ("without power", "without the mobile clinics"), or None where
    no noun follows."""
    found = _WITHOUT.match(text, end)
    if found is None:
        return None
    after, noun = noun_phrase_end(text, found.end() - 1, MAX_NOUN_WORDS)
    return after if noun else None


def _drives_out(verb: str) -> bool:
    """Whether the verb before a count drives those counted from their homes: words.toml's
    driving_out_verbs, or a verb of an afflicted state ("displacing")."""
    return verb in words()["driving_out_verbs"] or verb in _afflicting_verbs()


@cache
def _afflicting_verbs() -> dict[str, str]:
    """Every form of the verbs whose participles are words.toml's afflicted states
    ("displacing", "uprooting" -> "displaced", "uprooted"), each with its state. Of a
    participle's two possible lemmas ("displace", "uproot"), the one that is no word
    gives forms that never occur."""
    found: dict[str, str] = {}
    for state in words()["afflicted"]:
        if state.endswith("ed"):
            for lemma in (state[:-1], state[:-2]):
                found.update(dict.fromkeys(verb_forms(lemma), state))
    # a verb of what is done to people keeps its count as `acted_on` reads it
    # ("evacuated 60 employees by air": the employees, not an agent's "by air")
    return {form: state for form, state in found.items() if form not in befalling_verb_forms()}


# A verb right after a count, after an auxiliary: " have fled", " fled", " had already fled".
_FLED_AFTER = re.compile(r" (?:(?:have|has|had|were) )?(?:(?:already|now) )?(?P<verb>[a-z]+)\b")


@cache
def _fleeing_forms() -> frozenset[str]:
    return verb_forms_of("fleeing_verbs")


@cache
def _homes_left() -> re.Pattern[str]:
    """What people were driven from, right after their count (words.toml's homes_left:
    " from their homes")."""
    return re.compile(rf" (?:{alternation(words()['homes_left'])})\b")


@cache
def _afflicted_after() -> re.Pattern[str]:
    """What a counted noun's people are, right after it ("are affected", "were left
    homeless", "displaced"), as _hurt_after reads their casualty words."""
    afflicted = alternation(words()["afflicted"])
    return re.compile(
        r" (?:(?:were|have been|had been|has been|are|is|was|remain(?:s|ed)?) )?"
        r"(?:(?:still|now) )?(?:(?:left|made|rendered) )?"
        rf"({afflicted})\b(?! (?:the|a|an|his|her|their|its)\b)"
    )


def aided_count(text: str, start: int, end: int, value: float, head: str) -> FoundFigure | None:
    """A count of people (text[start:end], words.toml's aid_recipients) that aid is for,
    with the words that say so: after "for", with the noun of the aid before it ("water
    tanks for 20,000 people"), as a verb of aid's object ("targeting 150,000 people"), or
    after "to" and a verb of giving a few words before ("distributed tablets to 18,000
    people"). Alone, "20,000 people" reads as people the event struck."""
    if head not in words()["aid_recipients"]:
        return None
    found = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if found is None:
        return None
    word = found.group(1).lower()
    if word in aid_verb_forms() and word not in giving_verb_forms():
        begin = found.start(1)
    elif word == "for" and (noun := _aid_noun_start(text, found.start(1))) is not None:
        begin = noun  # not a verb's "for": "searching for 12 people", "voted for"
    elif word == "to" and (giving := _giving_before(text, found.start(1))) is not None:
        begin = giving
    else:
        return None
    return FoundFigure(begin, end, text[begin:end], "count", value, head, None)


_WORD_BEFORE = re.compile(r"\b([A-Za-z]+) \Z")
_AID_NOUN_WORDS = 4  # "water purification tablets for ..."
_GIVING_REACH = 6  # words from a verb of giving to the "to" of whom it is for


def _aid_noun_start(text: str, at: int) -> int | None:
    """Where the noun of the aid before "for" at `at` starts: the words before it up to a
    verb, a function word or a mark ("shipped water tanks for" -> "water tanks for"), at
    most _AID_NOUN_WORDS of them, lower case but for the sentence's first ("Food for");
    None when there is none ("searching for", "accounted for": a verb's)."""
    begin = None
    w = words()
    for found in reversed(list(_AID_WORD.finditer(text, max(0, at - 60), at))):
        end = at if begin is None else begin
        if text[found.end() : end] != " " or len(text[found.start() : at].split()) > (
            _AID_NOUN_WORDS
        ):
            break
        word = found.group().lower()
        if not (found.group().islower() or found.start() == 0):
            break
        if word in w["count_ends"] or word in w["auxiliaries"] or past_form(word):
            break
        if word.endswith("ing") and not _ing_modifier(text, found.start()):
            break
        if word in aid_verb_forms() and not _noun_of_aid(text, found):
            break
        begin = found.start()
    return begin


def _ing_modifier(text: str, at: int) -> bool:
    """Whether the -ing word at `at`, before the aid's noun, is a modifier of it ("cooking
    oil", "drinking water", "sleeping mats"), not a verb whose object the aid is
    ("carrying oil for"): a determiner, "and"/"or" or a preposition right before it opens
    a noun phrase, which a verb's -ing form does not."""
    before = _AID_WORD_BEFORE.search(text, max(0, at - 20), at)
    if before is None:
        return False
    w = words()
    return before.group(1).lower() in w["object_determiners"] | _NOUN_PHRASE_OPENERS


# Words before an -ing word that make it a noun's modifier: "and cooking oil", "of
# drinking water", "with sleeping mats".
_NOUN_PHRASE_OPENERS = frozenset({"and", "or", "of", "with"})


def _noun_of_aid(text: str, found: re.Match[str]) -> bool:
    """Whether a verb of aid's -s form right before "for" is the aid's noun ("water
    purification supplies for"): a verb of giving takes its object before "for", so one
    right before it, after a lower-case noun of its phrase, is a plural noun."""
    if not text.startswith(" for ", found.end()) or not found.group().endswith("s"):
        return False
    before = _AID_WORD_BEFORE.search(text, max(0, found.start() - 30), found.start())
    if before is None:
        return False
    word = before.group(1)
    w = words()
    return (
        word.islower()
        and word not in w["auxiliaries"]
        and word not in w["count_ends"]
        and word not in w["subject_pronouns"]
        and not past_form(word)
        and not word.endswith("ing")
        and word not in aid_verb_forms()
    )


_AID_WORD_BEFORE = re.compile(r"\b([A-Za-z]+) \Z")


_AID_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def _giving_before(text: str, at: int) -> int | None:
    """Where a verb of giving starts a few words (_GIVING_REACH) before the "to" at `at`,
    in its clause ("distributed tablets to"), or None."""
    begin = max(0, at - 80)
    marks = list(_GIVING_BREAK.finditer(text, begin, at))
    begin = marks[-1].end() if marks else begin
    found = list(_LOWER_WORD.finditer(text, begin, at))[-_GIVING_REACH:]
    return next((m.start() for m in found if m.group() in giving_verb_forms()), None)


_GIVING_BREAK = re.compile(r"[,;:()\u2014\u2013]|\b(?:and|but|which|who|that)\b")


@cache
def aid_verb_forms() -> frozenset[str]:
    """Every form of the verbs of aid and of giving (words.toml's aid_verbs and
    giving_verbs): what opens a count of the people aid is for."""
    return verb_forms_of("aid_verbs") | giving_verb_forms()


@cache
def giving_verb_forms() -> frozenset[str]:
    return verb_forms_of("giving_verbs")


def verb_forms_of(name: str) -> frozenset[str]:
    """Every form of the verbs (lemmas) of words.toml's list `name`, irregular ones from
    its [irregular] table ("gave", "sent")."""
    w = words()
    irregular: dict[str, list[str]] = {}
    for form, lemma in w.irregular.items():
        irregular.setdefault(lemma, []).append(form)
    return frozenset(
        form for lemma in w[name] for form in verb_forms(lemma, tuple(irregular.get(lemma, ())))
    )


# Prepositions of a phrase that may stand between a toll's subject and its verb: of place
# ("at the terminal") or of belonging ("of the Sea Ports Corporation", "with the convoy").
_PLACES = ("at", "in", "on", "aboard", "near", "inside", "outside", "from", "of", "with", "for")
# Words that end such a phrase: another clause or conjunct, a verb of its own.
_NOT_IN_A_PLACE = (
    "and", "or", "but", "who", "which", "that", "when", "where", "while", "as",
    "was", "were", "is", "are", "had", "have", "has", "said",
)  # fmt: skip


@cache
def _placed_then_hurt() -> re.Pattern[str]:
    """A phrase of place or of belonging of up to four words, then the casualty words of
    _hurt_after: " at the terminal was killed", " of the Sea Ports Corporation was
    killed"."""
    word = rf"(?!(?:{'|'.join(_NOT_IN_A_PLACE)})\b)[A-Za-z][\w'’.-]*"
    places = "|".join(_PLACES)
    # the casualty word after a determiner is a noun: "One of the injured" is one of them
    noun = "".join(
        rf"(?<!\b{word})"
        for word in ("the", "those", "these", "a", "an", "their", "its", "his", "her", "our")
    )
    return re.compile(rf" (?:{places}) {word}(?: {word}){{0,3}}?{noun}{_hurt_after().pattern}")


# A verb that kills or wounds, right before the count it takes as its object, or its
# noun with "of" ("the killing of nine demonstrators", "the deaths of 12 miners").
_HURTING_BEFORE = re.compile(
    r"(?<!not )(?<!never )\b(kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)"
    r"|(?<=the )(?:killings?|deaths|murders?|wounding) of)\s+\Z",
    re.IGNORECASE,
)


# A verb that takes lives, before "the lives of" (or before a sum and "and": "a deployment
# that cost R2.4-billion and the lives of 17 soldiers"); not "saved the lives of 20".
_LIVES_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|claim|claims|claimed|claiming|take|takes|took|taken|taking)"
    r"(?:\s+(?:[$€£¥₦]|R|US\$)?[\d.,]+[^\s;:!?]*(?:\s+[a-z]+illion)?\s+and)?"
    r"\s+(?P<lives>(?:the\s+)?lives\s+of\s+)\Z",
    re.IGNORECASE,
)


@cache
def _lives_not_lost() -> re.Pattern[str]:
    """What makes "the lives of" no toll: a modal (words.toml's modal_verbs, and "can"),
    an infinitive, a threat, a warning or a risk ("threatened to take the lives of 30
    hostages", "could cost the lives of 500 soldiers")."""
    modals = alternation([*words()["modal_verbs"], "can", "to"])
    return re.compile(rf"\b(?:{modals}|threat\w*|warn\w*|risk\w*)\s+(?:\w+\s+)?\Z", re.I)


# Where a clause starts: what comes before its subject, so a count before "and" opens a
# coordinated subject ("Officials said 14 soldiers and three civilians were killed"), not
# a verb's object before another clause ("The army deployed 400 soldiers and three
# civilians were killed").
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:(\u2014\u2013\"“‘]\s*|\b(?:that|which|when|where|while|after|as|because"
    r"|although|though|since|and|but|said|says|say|told|reported|added|confirmed)\s+)\Z",
    re.IGNORECASE,
)


def _opens_clause(text: str, start: int) -> bool:
    return _CLAUSE_OPENING.search(text, max(0, start - 16), start) is not None


@cache
def _conjunct_start() -> re.Pattern[str]:
    """ "and three civilians", ", 12 police officers", "and at least two children": a
    count joined to the one before it, up to its number."""
    values = number_values()
    qualifiers = shared_starts(qualifier_readings())
    spelled = shared_starts(values.numbers)
    return re.compile(
        rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?i:{qualifiers})\s+)?"
        rf"(?P<number>{NUMBER}|(?i:{spelled}|an?)\b){scale_words()}(?=\s)"
    )


def _conjunct(text: str, at: int) -> tuple[int, float] | None:
    """Where a count of people joined at `at` ends, and its value ("a civilian" is one)."""
    m = _conjunct_start().match(text, at)
    if m is None:
        return None
    number = m.group("number").lower()
    one = number in {"a", "an", "one"}
    end, noun = noun_phrase_end(text, m.end(), MAX_NOUN_WORDS)
    if not noun or not _of_people(noun[-1].lower(), one):
        return None
    value = 1.0 if one else value_of(m.group()[m.start("number") - m.start() :])
    return (end, value) if value is not None else None


_SINGULAR_ENDS = (("man", "men"), ("child", "children"), ("person", "people"), ("", "s"))


def singular_of_people(head: str) -> bool:
    """Whether a noun is the singular of one of words.toml's casualty_nouns ("worker",
    "seafarer", "policeman", "child"): after "one" it may be a toll's."""
    return _of_people(head.lower(), True)


def _of_people(head: str, singular: bool) -> bool:
    """Whether a noun is one of words.toml's casualty_nouns, or after "a" or "one" the
    singular of one ("a civilian", "one policeman", "a child")."""
    nouns = words()["casualty_nouns"]
    if not singular:
        return head in nouns
    return any(
        head.endswith(one) and head.removesuffix(one) + many in nouns
        for one, many in _SINGULAR_ENDS
    )


@cache
def _aside_before_hurt() -> re.Pattern[str]:
    """An aside that counts some of the people before it, between them and their verb:
    ", including 19 civilians,", " (including 19 civilians)", ", among them two children,",
    ", 19 of them civilians,"."""
    hurt = _hurt_after().pattern
    return re.compile(
        rf"(?:{_correction().pattern}"
        rf"|,\s+(?:including|among them|[\w-]+ of them)\s[^.;:()\"“”]{{1,80}}?,"
        rf"|\s*\((?:including\s)?[^()]{{1,80}}\)"
        rf"|\s*[\u2014\u2013]\s*(?:including|among them)\s[^.;:()\u2014\u2013]{{1,80}}?"
        rf"\s*[\u2014\u2013])"
        rf"(?={hurt})"
    )


# What completes a verb as a death or a sentence to one: "froze to death", "were
# sentenced to death".
_TO_DEATH_WORDS = " to death"
# A verb and "to death" right after a count's noun ("froze to death", "were trampled to
# death", "have been beaten to death"), or a passive's "dead" ("had been shot dead", "were
# found dead"): English's resultatives of dying, whatever the verb.
_TO_DEATH = re.compile(
    r" (?:(?:were|was|are|is|have been|had been|has been) )?(?:[a-z]+ly )?"
    rf"(?P<verb>[a-z]+)(?:{_TO_DEATH_WORDS}|(?<=[a-z]) dead(?= |[,.;:]|$))\b"
)


def _died_so(text: str, start: int, counts: Sequence[tuple[int, float]]) -> FoundFigure | None:
    """The people counted (ending at each place of `counts`, with its value) as dead where
    their verb is followed by "to death": no list of verbs of dying holds "froze", and
    "Nine pilgrims were trampled" alone says nothing of a death; nor does "dead" but after
    a passive ("had been shot dead", "were found dead"), where it is what the verb left
    them. Not a court's penalty (words.toml's penalty_verbs: "were sentenced to death")."""
    for at, counted in counts:
        died = _TO_DEATH.match(text, at)
        if died is None:
            continue
        passive = died.group().endswith(_TO_DEATH_WORDS) or died.group().split()[0] in joined(
            "copulas", "have_forms"
        )
        if passive and died.group("verb") not in words()["penalty_verbs"]:
            return FoundFigure(
                start, died.end(), text[start : died.end()], "count", counted, "dead", None
            )
    return None


@cache
def _relative_hurt() -> re.Pattern[str]:
    """A relative clause that says what befell the people before it (" who died", " who
    were killed"): their casualty words, as _hurt_after reads them."""
    relatives = alternation(words()["relative_pronouns"] - {"whose", "whom", "which"})
    return re.compile(rf" (?:{relatives}){_hurt_after().pattern}")


@cache
def _correction() -> re.Pattern[str]:
    """An aside that corrects a count, between its people and their verb: ", not five,"
    ("four people, not five, had died"): the count is the one the sentence gives, its
    verb still theirs (r65 F13 had shown a bare "four people")."""
    negators = alternation(words()["verb_negators"])
    return re.compile(rf",\s+(?:{negators})\s+[\w.-]+,")


@cache
def _interposed() -> re.Pattern[str]:
    """What may stand between a count's people and their verb: a correcting aside (",
    not five,"), the relative pronoun of a clause that says what befell them ("the 40
    people who died"), or a phrase of place or origin of up to four words (" from
    Myanmar", " in the north"), as _placed_then_hurt reads one."""
    word = rf"(?!(?:{'|'.join(_NOT_IN_A_PLACE)})\b)[A-Za-z][\w'’.-]*"
    places = "|".join(_PLACES)
    relatives = alternation(words()["relative_pronouns"] - {"whose", "whom", "which"})
    return re.compile(
        rf"{_correction().pattern}| (?:{relatives})(?= )| (?:{places}) {word}(?: {word}){{0,3}}?"
    )


def _gap_ends(text: str, end: int) -> list[int]:
    """Where each reading of what may stand between a count's people and their verb
    ends (`_interposed`), shortest first: the aside's, or the place phrase's after each
    of its words."""
    gap = _interposed().match(text, end)
    if gap is None:
        return []
    if not gap.group().startswith(tuple(f" {place} " for place in _PLACES)):
        return [gap.end()]  # an aside, a relative pronoun
    ends = [gap.end()]
    while len(ends) < _GAP_WORDS and (more := _NEXT_WORD.match(text, ends[-1])) is not None:
        if more.group(1).lower() in _NOT_IN_A_PLACE:
            break
        ends.append(more.end())
    # (a list of places' names: "residents of Cedar Flats, Upper Sorrel and Millbrook")
    if (named := _NAMED_PLACES.match(text, end)) is not None and named.end() > ends[-1]:
        ends.append(named.end())
    return ends


_GAP_WORDS = 4
_NEXT_WORD = re.compile(r" ([A-Za-z][\w'’.-]*)")
# A phrase of place that lists names, each of capitalised words, joined by commas and a
# last "and": " of Cedar Flats, Upper Sorrel and Millbrook", " in Kano and Kaduna".
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_NAMED_PLACES = re.compile(rf" (?:of|in|from|near|around) {_NAME}(?:, {_NAME}){{0,3}} and {_NAME}")


def opens_a_told_clause(text: str, start: int, end: int) -> bool:
    """Whether a count of people (text[start:end]) opens its clause and a finite verb
    follows it, right after or past what may stand between them (`_interposed`): "About
    1,200 people returned home", "two million people lost their jobs" tell what befell
    them in a verb no reading here keeps (the ones that do have kept it before this is
    asked)."""
    if not _opens_clause(text, start):
        return False
    w = words()
    finite = w["auxiliaries"] | w["modal_verbs"] | w["passive"] | {"have", "are", "were"}
    for at in (end, *_gap_ends(text, end)):
        verb = _NEXT_WORD.match(text, at)
        if verb is not None and verb.group(1).islower():
            word = verb.group(1)
            if word in finite or (past_form(word) and word not in w.speech):
                return True
    return False


def _after_interposed(text: str, end: int, reading: re.Pattern[str]) -> re.Match[str] | None:
    """`reading` matched right after a count's people at `end`, or after what may stand
    between them and their verb (`_interposed`); its groups are the reading's."""
    return reading.match(text, end) or _interposed_then(reading.pattern).match(text, end)


@cache
def _interposed_then(reading: str) -> re.Pattern[str]:
    """`reading` after what may stand between a count's people and their verb, where an
    auxiliary opens that verb: past a phrase of place, a bare participle may be the
    place's own ("patients in Switzerland use the affected valve")."""
    auxiliaries = alternation(words()["passive"] | {"have", "has", "had", "are"})
    return re.compile(
        rf"(?:{_interposed().pattern})(?= (?:{auxiliaries}|remain\w*)\b)(?:{reading})"
    )


TOLL_REACH = 64  # characters between a toll noun and its number ("from flash floods in
# north-western Pakistan rose to", "in Poland to at least")
# ... and between a toll noun and the verb that brings it to its number: that verb ends the
# toll's words, so what lies before it is the subject's own modifiers, as long as a reporter
# writes them ("from Wednesday's car bombing at a checkpoint near Somalia's parliament",
# 72 characters; a trial's Mogadishu toll had been lost at TOLL_REACH)
SUBJECT_REACH = 2 * TOLL_REACH


@cache
def _toll_re() -> re.Pattern[str]:
    tolls = alternation(words()["tolls"])
    return re.compile(rf"\b(?:{tolls})\b(?P<gap>[^.;:!?\d]{{0,{TOLL_REACH}}})\s$", re.I)


@cache
def _subset_after_a_count() -> re.Pattern[str]:
    """A count and the comma after it, ending the words between a toll noun and a number:
    digits, or a number word or scale of words.toml ("dozens", "thousands")."""
    values = number_values()
    spelled = [w for w in (*values.numbers, *values.scales, *values.plural) if len(w) > 2]
    return re.compile(rf"(?:\d|\b(?:{alternation(spelled)})\b)[^,;]*,\s*$", re.IGNORECASE)


def toll_before(text: str, start: int) -> int | None:
    """Where a toll noun that the number completes starts ("the death toll in Poland to
    at least 74"), when one ends the clause before it; the figure then runs from it. A
    number after a count and its comma is a part of that count, not the toll: in "the
    death toll rose to six people, three of them homeless", three counts some of the six
    (numbers in the toll's own modifiers stand: "the death toll in the two provinces
    rose to 40")."""
    window = max(0, start - SUBJECT_REACH - 32)
    found = _toll_re().search(text[window:start]) or _risen_toll_re().search(text[window:start])
    if found is None:
        return None
    gap = found.group("gap") or ""
    if _count_in_gap().search(gap):
        return None  # "rose to 40 and the number of injured climbed to": 40 was the toll
    if _subset_after_a_count().search(gap) or _OTHER_CLAUSE.search(_ASIDE.sub(" ", gap)):
        return None  # "The death toll was not given, and officials said only that ... 300"
    return window + found.start()


# A toll, "death" or not, that a verb of rising brings to the number: "the toll from the
# Kulachi attack rose to eight", "The death toll from Monday's magnitude 6.8 earthquake
# ... has risen to 87" (numbers in its modifiers too, but see _count_in_gap), "taking
# the toll to three".
# The verbs that bring a count up to its number, those that set it anew, up or down
# ("has been revised down to 33 from 37"), and what may stand between them and it.
RISEN = r"(?:rose|risen|rises|climbed|jumped|increased|reached|stands|stood|hit|went up|gone up)"
REVISED = r"(?:revised|updated|corrected|lowered|raised)(?:\s+(?:up|down)(?:wards?)?)?"
ABOUT = r"(?:\s+(?:at least|more than|over|nearly|about|almost))?"


@cache
def _risen_toll_re() -> re.Pattern[str]:
    """A toll, any of words.toml's toll nouns ("the number of deaths due to the continuing
    heavy rains in the Eastern Province had risen to nine") or "toll" alone, that a verb
    of rising brings to the number, however long the subject between them."""
    tolls = alternation(words()["tolls"])
    return re.compile(
        rf"\b(?:{tolls}|toll)\b(?P<gap>[^;:!?]{{0,{SUBJECT_REACH}}}?"
        rf"\b(?:{RISEN}|{REVISED})(?:\s+(?:to|at))?{ABOUT})\s$"
        r"|\b(?:taking|bringing|pushing|raising|took|brought|pushed|raised)\s+the\s+(?:death\s+)?toll"
        rf"(?:\s+to{ABOUT})\s$",
        re.I,
    )


# A number a verb of rising or "to" brings, inside a toll's words: that number is the
# toll, and a later one another count ("the death toll rose to 40 and the number of
# injured climbed to 120"). Numbers of other kinds stand ("from the March 9 attack",
# "COVID-19", "the 2023 earthquake", "magnitude 6.8").
# A number spelled out is one too, after a verb of rising: in "the death toll rose to
# nine after two people wounded on Sunday died", nine is the toll and two the count of
# its "after" clause ("hit" is as often an event's: "the quake that hit three provinces").
@cache
def _count_in_gap() -> re.Pattern[str]:
    values = number_values()
    spelled = alternation([w for w in (*values.numbers, *values.scales) if len(w) > 2])
    return re.compile(
        r"\b(?:to|at|reached|hit)\s+(?:at least\s+|more than\s+)?\d"
        rf"|\b(?!hit\b)(?:{RISEN}|{REVISED})(?:\s+(?:to|at))?{ABOUT}\s+(?:{spelled})\b",
        re.IGNORECASE,
    )


# Between a toll noun and a number: another clause, or a negated one, is no toll's words.
_ASIDE = re.compile(r",\s+(?:which|who)\b[^,]*,")  # ", which officials did not update,"
_OTHER_CLAUSE = re.compile(r",\s+(?:and|but|though|while)\b|\b(?:not|never|n['’]t)\b")


def scoped(text: str, figure: FoundFigure, bare: bool) -> FoundFigure | None:
    """A count of people (its clause's casualties, afflicted or people) with the words
    that bound what it says, or None where its clause bounds it and the figure cannot
    keep the bound. Read alone in a list, a count says what it says of the whole event:
    - a phrase of place its clause limits it to ("at least 19 people had died in his
      district alone", "nine people were confirmed dead in the town itself": words.toml's
      scope_limiters) is kept; where the limited phrase is not after the count ("his
      district alone now counted 21 dead") there is no figure, since "21 dead" alone would
      read as the toll of all;
    - the agent of the people's state ("620,000 people displaced by the conflict"): a
      disaster's report may count those another event struck;
    - a bare count's verb, when the count is its clause's subject: what befell them
      ("11 people had been arrested"), or where they live, a population and not an
      event's count ("About 15,000 people live in and around Mekaxa": dwelling_verbs),
      or where they are kept ("11 people remained in hospital": staying_verbs), but
      not when the count is the whole a part is told of ("None of the 12 crew members
      were injured", "Eight of the 40 miners were rescued"); an aside that corrects it
      or a phrase of place may stand between them when the count opens its clause ("Four
      men, not five, were arrested", "Two men from the village were arrested": see
      `_interposed`), a singular's verb after it being no verb of theirs; and the verb
      after a coordinated subject is each count's ("Eleven police officers and six
      protesters were treated in hospital");
    `bare`: whether the count is of its noun alone (no casualty, state or aid words)."""
    end = figure.end
    start = figure.start
    value, unit = figure.value, figure.unit
    if bare:
        # the whole a part is told of is not the verb's subject: "None of the 12 crew
        # members were injured" is no "12 crew members were injured"
        reach = max(0, start - 40)
        whole = _part_of_before().search(text, reach, start) is not None or (
            PARTITIVE_BEFORE.search(text, reach, start) is not None
            and _SINGULAR_AFTER.match(text, end) is not None
        )
        acted = None if whole else _verb_after(text, start, end, _after_a_passive(text, start))
        gapped = not whole and acted is None and _opens_clause(text, start)
        if gapped:
            # "Eleven police officers and six protesters were treated in hospital": a count
            # that opens a coordinated subject shares the verb after the last conjunct
            # (r75 F16: the first had read "Eleven police officers", the second "six
            # protesters were treated"); one figure of them all, as a toll's coordinated
            # subject is ("14 soldiers and three civilians were killed"), and of people
            reach, total = end, figure.value
            while (more := _conjunct(text, reach)) is not None and total is not None:
                reach, total = more[0], total + more[1]
            if reach != end and _SINGULAR_AFTER.match(text, reach) is None:
                acted = _verb_after(text, start, reach)
                if acted is not None:
                    value, unit = total, "people"
        for gap in _gap_ends(text, end) if gapped and acted is None else []:
            # "Four men, not five, were arrested", "Two men from the village were arrested";
            # not a singular's verb ("a dhow with 14 sailors on board has been hijacked")
            if _SINGULAR_AFTER.match(text, gap) is None:
                acted = _verb_after(text, start, gap)
            if acted is not None:
                break
        if acted is not None:
            end = acted
        else:
            start = _verb_before(text, start)
    else:
        limited = _limited_place().match(text, end)
        if limited is not None:
            end = limited.end()
        elif figure.unit in words()["afflicted"] and (agent := _agent_end(text, end)):
            end = agent
    if end == figure.end and (limited := _limited_place().match(text, end)) is not None:
        end = limited.end()
    if _limiter_left_out(text, figure.start, end):
        return None
    if end == figure.end and start == figure.start:
        return figure
    return figure._replace(start=start, end=end, text=text[start:end], value=value, unit=unit)


def acted_on(text: str, figure: FoundFigure) -> FoundFigure:
    """A bare count of people with the verb of which it is the object, where one of what
    is done to people stands right before it ("kidnapped two engineers"; _verb_before)."""
    start = _verb_before(text, figure.start)
    if start == figure.start:
        return figure
    return figure._replace(start=start, text=text[start : figure.end])


def _verb_before(text: str, start: int) -> int:
    """Where the verb starts of which a bare count of people is the object ("Gunmen
    kidnapped two engineers", "the company had evacuated 35 employees"): read alone, "two
    engineers" says nothing of what befell them, as "killed 12 villagers" does (r49 M5).
    A verb of what is done to people (words.toml's befalling_verbs) right before the
    count, not a deployment or a hiring ("sent 5,000 troops", "hired 40 weavers": forces
    and staff); `start` where there is none."""
    from brief.extract.figures.befell import crowd_before

    crowd = crowd_before(text, start)
    if crowd is not None:
        return crowd  # "a rally of about 1,500 people": what the crowd did
    reach = max(0, start - _VERB_BEFORE_REACH)
    for pattern in (_VERB_BEFORE, _verb_determiner_before()):
        found = pattern.search(text, reach, start)
        if found is not None and found.group("verb") in befalling_verb_forms():
            return found.start("verb")
    return start


@cache
def _verb_determiner_before() -> re.Pattern[str]:
    """A verb and a word that opens its object's noun phrase before the count ("freed all
    four oil workers", "released both"): the verb's object is still the count (r65 F13
    had shown "four oil workers" with no word of their freeing)."""
    openers = alternation(joined("determiners", "possessives", "partitive_heads"))
    return re.compile(rf"\b(?P<verb>[a-z]+) (?:{openers}) \Z")


@cache
def befalling_verb_forms() -> frozenset[str]:
    """Every form of the verbs of what is done to people (words.toml's befalling_verbs)."""
    return verb_forms_of("befalling_verbs")


_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+) \Z")
_VERB_BEFORE_REACH = 24


_PLACE_PREPOSITIONS = ("in", "at", "on", "across", "within", "inside", "from", "around", "near")


@cache
def _limited_place() -> re.Pattern[str]:
    """A phrase of place of up to five words closed by a word that limits a count to it
    (words.toml's scope_limiters): " in his district alone", " in the town itself"."""
    word = rf"(?!(?:{'|'.join(_NOT_IN_A_PLACE)})\b)[A-Za-z][\w'’.-]*"
    limiters = alternation(words()["scope_limiters"])
    places = "|".join(_PLACE_PREPOSITIONS)
    return re.compile(rf" (?:{places}) {word}(?: {word}){{0,4}}? (?:{limiters})\b")


@cache
def _limiter() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['scope_limiters'])})\b", re.I)


# What bounds the clause a count's limiter is read in: a mark, or a word that opens a
# clause of its own.
_CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]|\b(?:and|but|which|who|that|while|whereas)\b")


def _limiter_left_out(text: str, start: int, end: int) -> bool:
    """Whether the count's clause limits it by a word the figure (text[start:end]) does
    not hold ("his district alone now counted 21 dead")."""
    marks = list(_CLAUSE_MARK.finditer(text, 0, start))
    begin = marks[-1].end() if marks else 0
    after = _CLAUSE_MARK.search(text, end)
    stop = after.start() if after else len(text)
    return bool(_limiter().search(text, begin, start) or _limiter().search(text, end, stop))


# An agent after a state's participle: " by the conflict", " by Tropical Storm Ilona".
_BY = re.compile(r" by (?=\S)")
_AGENT_WORDS = 4


def _agent_end(text: str, end: int) -> int | None:
    """Where the agent after a count's state ends (" by the conflict"): "by", its
    determiner and a noun phrase of up to _AGENT_WORDS words, which stops before a
    preposition or a mark; None where no agent follows or its end is unclear."""
    by = _BY.match(text, end)
    if by is None:
        return None
    found = list(_AGENT_WORD.finditer(text, by.end(), by.end() + 80))
    stop = None
    for n, word in enumerate(found):
        low = word.group().lower()
        between = text[stop if stop is not None else by.end() : word.start()]
        if n and between != " ":
            break
        if n and (low in _AGENT_STOPS or low in words()["auxiliaries"] or past_form(low)):
            break
        if n > _AGENT_WORDS:
            return None
        stop = word.end()
    return stop


_AGENT_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_AGENT_STOPS = frozenset(
    {*_PLACE_PREPOSITIONS, "of", "to", "for", "with", "by", "and", "or", "but", "who", "which"}
    | {"that", "as", "since", "after", "before", "during", "will", "were", "are", "was", "is"}
)


# What may stand between a count's noun and its verb when the count is the clause's
# subject: auxiliaries and an adverb ("had been", "were now", "are still").
_VERB_GROUP = re.compile(
    r" (?:(?P<be>(?:(?:had|have|has|will|would|could|may|might|must) )*"
    r"(?:were|was|are|is|be|been|being)(?: being)?) )?"
    r"(?:(?:now|still|also|already|reportedly|since|later) )?(?P<verb>[a-z]+)\b"
)
# The word after a verb group: "without" of "remain without power".
_WORD = re.compile(r" ([a-z]+)\b")


def state_after(text: str, start: int, end: int) -> int | None:
    """Where the state ends that the count (text[start:end]) is in, as its clause's
    subject: "be" or a verb of staying, then one of words.toml's state_prepositions and its
    phrase up to a mark (" are under evacuation orders", " remain without power in the
    valley"); None for none, a phrase with no clear end, or a count that is a
    preposition's object ("The pensions of millions of workers are under threat": the
    pensions are)."""
    group = _VERB_GROUP.match(text, end)
    if group is None:
        return None
    before = text[max(0, start - 12) : start].split()[-1:]
    if before and before[0].lower() in _PLACES:
        return None
    verb = group.group("verb")
    states = words()["state_prepositions"]
    if group.group("be"):
        if verb not in states:
            return None
        opened = group.end()
    elif verb in _forms_of_staying() and (after := _WORD.match(text, group.end())) is not None:
        if after.group(1) not in states:
            return None
        opened = after.end()
    else:
        return None
    mark = _STATE_END.search(text, opened)
    stop = len(text[: mark.start() if mark else len(text)].rstrip())
    return stop if 0 < len(text[opened:stop].split()) <= _DWELLING_WORDS else None


# The place phrase after a verb of dwelling, up to a mark: " in and around Mekaxa".
_DWELLING_PLACE = re.compile(r"(?: (?:and )?(?:in|at|on|near|around|across|along|inside)\b)+")
_DWELLING_WORDS = 8


def _verb_after(text: str, start: int, end: int, gapped: bool = False) -> int | None:
    """Where the verb group of a count (starting at `start`; its words, or what stands
    between them and the verb, end at `end`) that is its clause's subject ends: through a
    passive's participle ("had been arrested", "were rescued": what was done to them; an
    active verb wants its object, "Several hundred fishermen blocked"), through a verb
    of dwelling or of staying and its place phrase up to a mark ("live in and around
    Mekaxa", "remained in hospital"), or through a state they are in, up to a mark ("are
    under evacuation orders", "remain without power": `state_after`); None for no such
    verb, a staying verb with no place, or a place with no clear end. `gapped`: whether
    the count opens a conjunct after a passive, which lends it its auxiliary (see
    _after_a_passive)."""
    group = _VERB_GROUP.match(text, end)
    if group is None:
        return None
    if (state := state_after(text, start, end)) is not None:
        return state  # "are under evacuation orders", "remain without power"
    verb = group.group("verb")
    staying = not group.group("be") and verb in _forms_of_staying()
    if verb in dwelling_verb_forms() or staying:
        place = _DWELLING_PLACE.match(text, group.end())
        if place is None:
            return None if staying else group.end()
        mark = _PLACE_END.search(text, place.end())
        stop = mark.start() if mark else len(text)
        if len(text[place.end() : stop].split()) > _DWELLING_WORDS:
            return None
        return stop
    if group.group("be") and (past_form(verb) or verb in words()["short_participles"]):
        # a passive: what was done to them ("had been arrested"), with the "to death" that
        # completes it ("were sentenced" alone may be to a prison term)
        stop = group.end()
        return stop + len(_TO_DEATH_WORDS) if text.startswith(_TO_DEATH_WORDS, stop) else stop
    # a passive whose auxiliary the conjunct before it gives ("64 officers had been
    # injured and 85 people arrested"): a participle with no object after it
    if (
        gapped
        and not group.group("be")
        and past_form(verb)
        and verb not in words().speech
        and _no_object().match(text, group.end())
    ):
        return group.end()
    return None


# A passive and the "and" of the conjunct after it, right before a count: "64 officers
# had been injured and " (of "... and 85 people arrested").
_PASSIVE_AND = re.compile(
    r"\b(?:were|was|are|is|been)\s+(?:[a-z]+ly\s+)?(?P<participle>[a-z]+)\b"
    r"[^,;:.()]{0,60}?\sand\s+\Z"
)


def _after_a_passive(text: str, start: int) -> bool:
    """Whether the count at `start` opens a conjunct after a passive's clause."""
    found = _PASSIVE_AND.search(text, max(0, start - 90), start)
    if found is None:
        return False
    participle = found.group("participle")
    w = words()
    return past_form(participle) or participle in w["short_participles"] | w["casualties"]


@cache
def _no_object() -> re.Pattern[str]:
    """What after a verb says it has no object: a mark, the end, or a preposition."""
    return re.compile(rf"\s*(?:[,.;:!?()\u2014\u2013]|\Z)|\s(?:{alternation(_prepositions())})\b")


def _prepositions() -> frozenset[str]:
    w = words()
    return w["object_prepositions"] | w["locatives"]


_PLACE_END = re.compile(r"[,;:.!?()\u2014\u2013]|\b(?:which|who|where|when|but|while)\b")
# Where a state's phrase ends (state_after): those marks, or a spaced hyphen standing for
# a dash ("are under threat - apart from MPs and judges").
_STATE_END = re.compile(rf"{_PLACE_END.pattern}|\s-\s")


@cache
def _forms_of_staying() -> frozenset[str]:
    """Every form of the verbs of where people stay (words.toml's staying_verbs)."""
    return verb_forms_of("staying_verbs")


@cache
def dwelling_verb_forms() -> frozenset[str]:
    """Every form of the verbs of where people live (words.toml's dwelling_verbs)."""
    return verb_forms_of("dwelling_verbs")


def toll_places(text: str) -> frozenset[str]:
    """The countries a sentence names, by a country's name, alias, demonym or capital
    ("Conakry" is Guinea's): two tolls are of one tally only where they name the same
    ("In France, the death toll rose to six" is a part of "at least 65 people throughout
    Europe", no earlier count of it), and a toll that names none ("In Puerto Rico, where
    three people were killed", "in Posoltega") is of a place the gazetteer cannot tell."""
    from brief.extract.actors.names.capital_runs import name_pattern
    from brief.extract.lexicon import gazetteer

    table = gazetteer()
    found = set()
    for name in name_pattern().finditer(text):
        words = name[0].split(" ")
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                form = " ".join(words[start:end])
                entry = table.get(form) or table.get(re.sub(r"['’]s$", "", form))
                if entry is not None and entry.kind == "country":
                    found.add(entry.name)
                    break
    return frozenset(found)
