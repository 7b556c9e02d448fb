"""What a number counts, which makes it a figure of one kind or of none.

A number is kept only with what it counts ("100,000 Russian soldiers"), because a bare
number is not a key figure; the count pattern finds any number, and the noun phrase after
it says what it is: a measure if its head is a unit or a duration ("7,491 square
kilometers", "14 minutes 32.93 seconds"), a sum if a currency ("millions of dollars",
"Swedish crowns"), a toll if its people were hurt, a share if the number is a share's
whole ("Three in ten U.S. citizens", "one in every 500 users" and "29 of 34 passes" are
30%, 0.2% and 85%), else a count of its plural head. Or none: a rank ("World No 1"), a
name ("Six Nations"), an age, a coordinate, a list's title, a spelled-out count that
refers back to what the text named ("the two countries"), a single thing ("one
soldier"), unless the single thing is a person hurt ("killing one dock worker"). A
number with no noun is a toll where a casualty verb takes it ("injuring seven", "seven
were injured"), and one written again in brackets ("two (2) seafarers") is read once.
A percentage keeps what it is a share of ("51 percent of the vote") when that phrase is
whole, or the subject of the verb that changed by it ("Shares in Kestrel Gold fell 23%").
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from brief.extract.actors.word_knowledge import agent_noun, common_word, plural_demonym
from brief.extract.figures.befell import negated_before, with_what_befell
from brief.extract.figures.currencies import currency_word, hundredth_words, national_currency
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.notation import WORD_REACH, YEAR_RE, number_values
from brief.extract.figures.number_phrases import (
    COMPARATIVE,
    MAX_NOUN_WORDS,
    after_a_name,
    names_number,
    noun_phrase_end,
    plural,
)
from brief.extract.figures.number_reading import NUMBER, value_of
from brief.extract.figures.policy_rates import rate_step
from brief.extract.figures.ranges import qualified_start
from brief.extract.figures.rates import LEVEL_BEFORE, exchange_rate, exchanged_for, with_rate
from brief.extract.figures.scene import sets_the_scene
from brief.extract.figures.tolls import (
    ABOUT,
    CASUALTY_AFTER,
    PARTITIVE_BEFORE,
    REVISED,
    RISEN,
    SUBJECT_REACH,
    TOLL_REACH,
    acted_on,
    afflicted_count,
    aided_count,
    casualty_toll,
    opens_a_told_clause,
    scoped,
    singular_of_people,
    toll_before,
)
from brief.extract.lexicon import alternation, joined, weekday_names, words
from brief.inflection import past_form

# "Thousands of troops": a plural scale's count is of what follows its "of".
_OF = re.compile(r" of\b")


def _counted(what: str) -> str:
    """What "the number of ..." counts: its last plural ("civil servants", "Americans
    filing initial"), else its last word."""
    found = what.lower().split()
    return next((w for w in reversed(found) if w.endswith("s")), found[-1])


# "the number of flood evacuees in the east coast climbed to 9,248": a count of what
# "the number of" names (its words up to a preposition), which a verb of rising, falling or
# revising brings to the bare number, as the death toll's verbs do (a trial's flood total was read
# as no figure, and a district's share stood for it).
_NUMBER_OF = (
    r"\bnumber\s+of\s+(?P<what>(?:(?!(?:in|on|at|from|of|across|since|to|for|after|by|"
    r"who|that|has|have|had|was|were|is)\b)[a-z][\w'-]*\s+){1,3})"
)
_TO_THE_NUMBER = (
    rf"(?:has\s+|have\s+|had\s+)?(?:{RISEN}|{REVISED}|fell|fallen|dropped|declined)"
    rf"(?:\s+to)?{ABOUT}\s$"
)


@cache
def _risen_number_res() -> tuple[re.Pattern[str], ...]:
    """ "the number of ..." and the verb that brings it to the number, tried in order.
    First what people a casualty word says befell ("the number of soldiers killed in
    Monday's attack on the army post has risen to 19", words.toml's casualties): the
    count is then a toll, and the participle's modifiers may run as long as a toll's
    subject does (a trial's headline toll had been no figure, r55); then what a few words
    name, qualified by a few more; then a plural subject that names people or the sick
    counted (words.toml's casualty_nouns, sick_counts, death_nouns) with a place or a time
    after it ("Suspected cholera cases in Gerida camp have risen to 512": an outbreak's
    latest count had been no figure, and the day before's 389 stood for it, r63 F3)."""
    casualties = alternation(words()["casualties"])
    w = words()
    # the verbs that set a count anew, before it: "revised the number of ... to", "raised"
    setting = rf"(?:{REVISED}|{alternation(w['count_setting_verbs'])})"
    counted = alternation(w["casualty_nouns"] | w["sick_counts"] | w["death_nouns"])
    of_casualties = rf"{_NUMBER_OF.replace('{1,3}', '{0,3}')}(?P<casualty>{casualties})\b"
    return (
        re.compile(
            rf"{of_casualties}(?:[^;:!?\d]{{0,{SUBJECT_REACH}}}?\s|\s){_TO_THE_NUMBER}",
            re.I,
        ),
        # the verb before: "has revised the number of crew injured in the attack to
        # three" (r69 F4: a manager's revised count of the hurt had been no figure, and
        # the count it revised stood for it)
        re.compile(
            rf"\b{setting}\s+the\s+(?P<set>{of_casualties}"
            rf"(?:[^;:!?\d]{{0,{TOLL_REACH}}}?\s|\s)to{ABOUT}\s)$",
            re.I,
        ),
        re.compile(rf"{_NUMBER_OF}(?:[^;:!?\d]{{0,40}}?\s)?{_TO_THE_NUMBER}", re.I),
        re.compile(
            rf"\b(?P<what>(?i:{counted}))\s+(?:(?:in|at|on|from|across|among|since)\s"
            rf"[^;:!?\d,]{{0,40}}?\s)?{_TO_THE_NUMBER}"
        ),
    )


def _risen_number(text: str, start: int) -> re.Match[str] | None:
    """ "the number of ... has risen to" right before the number at `start`."""
    begin = max(0, start - SUBJECT_REACH - 60)
    for pattern in _risen_number_res():
        found = pattern.search(text, begin, start)
        if found is not None:
            return found
    return None


# The number again in digits, in brackets after its words, as government releases write
# it: "two (2) Filipino seafarers", "eleven (11) terrorists".
_RESTATED = re.compile(r" ?\((\d{1,3})\)")
# A clock's time of day: "6 a.m.", "10 pm", "5 o'clock" count nothing, whatever follows
# ("from 7 p.m. to 6 a.m. British nationals must stay indoors" is no count of nationals).
_CLOCK_AFTER = re.compile(r" ?(?:[ap]\.?m\b|[AP]\.?M\b|o['’]clock\b)")


def _material_end(text: str, end: int) -> int:
    """Where a measure ends with what it measures, after "of": "95,000 tonnes of fuel oil",
    "40 kilograms of cocaine" (a few plain words, up to a function word, a time word or
    a verb's; not a participle after them, "of crude loaded", nor a word that takes the
    number after it, "of chrome ore worth $12m"). A list without its sentence had shown a
    cargo's bare "95,000 tonnes" (r69 F4): of what, it could not say."""
    found = _OF_MATERIAL.match(text, end)
    if found is None:
        return end
    stops = joined(
        "count_ends",
        "object_prepositions",
        "locatives",
        "possessives",
        "auxiliaries",
        "passive",
        "time_words",
    )
    kept: list[re.Match[str]] = []
    for word in _PLAIN_WORD.finditer(text, found.end()):
        at = kept[-1].end() + 1 if kept else found.end()
        if len(kept) >= _MATERIAL_WORDS or word.start() != at:
            break
        if word.group().lower() in stops or not word.group().islower():
            break
        kept.append(word)
    while kept and (
        kept[-1].group().endswith(("ed", "ing"))
        or _NUMBER_NEXT.match(text, kept[-1].end()) is not None
    ):
        kept.pop()  # "of crude loaded at", "of chrome ore worth $12m": no material's word
    return kept[-1].end() if kept else end


_OF_MATERIAL = re.compile(r" of ")
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z-]*")
_NUMBER_NEXT = re.compile(r"\s+(?:[$£€¥]|\d)")
_MATERIAL_WORDS = 3


def counted_figure(text: str, match: re.Match[str], start: int) -> FoundFigure | None:
    """A number and what it counts: "up to 10 Su-35 fighter jets", "eight years"; a count
    of people with the words that bound it (tolls.scoped: "in his district alone", "had
    been arrested"), or none where they cannot be kept; and the wider kind its noun is
    joined to ("at least 31 homes and other buildings": `_with_others`)."""
    found = _count_alone(text, match, start)
    return _with_others(text, found) if found is not None and found.kind == "count" else found


# "... and other buildings", "or other public facilities": the wider kind a count's noun
# is one of, up to three words, ending on a plural, with no comma before "and" (which
# would open a clause of its own: "..., and other residents were evacuated").
_AND_OTHERS = re.compile(r"\s+(?:and|or)\s+other\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s\b")


def _with_others(text: str, found: FoundFigure) -> FoundFigure:
    """The count with the wider kind its noun is joined to by "and other": "31 homes and
    other buildings" counts homes and buildings together, whether it is the verb's object
    or its subject ("about 135 homes and other buildings were badly damaged"); cut at
    "homes", it was a count of homes lost too high (r70 F6), as "40 trucks and other
    vehicles" would count trucks."""
    joined = _AND_OTHERS.match(text, found.end)
    if joined is None:
        return found
    return found._replace(end=joined.end(), text=text[found.start : joined.end()])


def _count_alone(text: str, match: re.Match[str], start: int) -> FoundFigure | None:
    """counted_figure's count, before `_with_others`."""
    found = _counted_figure(text, match, start)
    if found is None or found.kind != "count":
        return found
    if not _happened(text, found, start):
        return None
    if found.unit in _states() and COMPARATIVE.match(text, match.end()):
        return None  # "Three more protesters died": what a toll grew by, no toll
    if found.unit not in _states() and names_the_speakers(text, found.start, found.end, found.unit):
        return None  # "two sources close to the ministry said": who speaks, no fact
    bare = found.start == start and found.unit not in _states()
    if not _of_people(found.unit):
        if found.start == start and _agent_plural(found.unit):
            found = acted_on(text, found)  # "kidnapped two engineers", not "two engineers"
            if not _happened(text, found, start):
                return None
    else:
        scoped_count = scoped(text, found, bare=bare)
        if scoped_count is None or scoped_count != found:
            return scoped_count if _happened(text, scoped_count, start) else None
    if bare and found.start == start and found.text.lower().endswith(f" {found.unit}"):
        # "cancelled 40 Monday flights", "180 flights were cancelled": what befell them
        befallen = with_what_befell(text, found)
        if befallen != found:
            return befallen
    if (
        bare
        and found.start == start
        and _anyone(found.unit)
        and opens_a_told_clause(text, found.start, found.end)
        and with_rate(text, found).per is None
    ):
        return None  # "About 1,200 people returned home": bare, it says nothing of that
    return found


def _anyone(unit: str | None) -> bool:
    """Whether a count's noun names people and nothing more (words.toml's anyone_nouns
    that are casualty_nouns: "people", "persons"). Read alone, "About 1,200 people" says
    neither who they are nor what befell them (r65 F13): the README promises a count
    says what befell the people it counts. Where the count is its clause's subject and
    its verb tells what befell them in words no reading keeps (tolls' casualties and
    states, verbs of what is done or a crowd does), the bare count would stand for that
    news, and may read as a toll beside the tolls: it is no key figure, and the bullet
    that carries its sentence says it. A group's noun says who ("20 separatist
    fighters", "300 nurses"), and a count that is a verb's or a preposition's object is
    bounded by its clause's words as a noun phrase is ("searching for 12 people", "1,000
    people a day"): both stay."""
    w = words()
    return unit is not None and unit in w["anyone_nouns"] and unit in w["casualty_nouns"]


def _happened(text: str, figure: FoundFigure | None, start: int) -> bool:
    """Whether the verb a count's figure opens with (before the number at `start`) is
    not one the sentence negates or denies ("Police did not arrest 40 protesters",
    "denied killing 12 civilians"): the act did not happen, and the figure would say it
    did, as befell's counts of things would (befell.negated_before). A figure that opens
    with a count of a whole's part ("209 of the 212 complaints") opens with no verb, and
    is read as the count alone is."""
    if figure is None or figure.start >= start:
        return True
    first = figure.text.split(" ", 1)[0]
    if first[:1].isdigit() or first.lower() in number_values().numbers:
        return True
    return not negated_before(text, figure.start)


def names_the_speakers(text: str, start: int, end: int, unit: str | None = None) -> bool:
    """Whether a count (text[start:end], of `unit`) names those its sentence is attributed
    to: the subject of a verb of speech that closes the report ("..., two sources close to
    the ministry said on Thursday", "three diplomats told reporters"), or the object of
    "according to" or of an inverted "said" ("said two officials"). A count of those who
    speak for others (words.toml's role_heads and described: sources, officials,
    witnesses) before such a verb names them wherever the attribution stands ("Two
    sources in the ministry said 30 people were wounded"). How many speak is no fact of
    the news; "40 countries said they would boycott" is, and keeps its count (its verb
    takes a clause)."""
    if _speakers_before().search(text, max(0, start - 24), start):
        return True
    found = _speech_after().match(text, end)
    if found is None:
        return False
    return _speakers(unit) or _attribution_end().match(text, found.end()) is not None


@cache
def _speakers_before() -> re.Pattern[str]:
    """ "according to two officials", ", said three diplomats": the count follows its verb
    (words.toml's attribution_verbs)."""
    verbs = alternation(words()["attribution_verbs"])
    return re.compile(rf"(?:\b(?i:according to)|, (?:{verbs}))\s\Z")


def _speakers(unit: str | None) -> bool:
    """Whether a count's plural names people who speak for others: the plural of a role's
    or an unnamed source's noun ("officials", "sources", "witnesses", "spokesmen")."""
    if unit is None or not unit.endswith(("s", "men")):
        return False
    nouns = joined("role_heads", "described")
    singulars = (unit[:-1], unit[:-2], unit[:-3] + "y", unit[:-3] + "man")
    return any(singular in nouns for singular in singulars)


_SPEAKER_WORDS = 6  # "close to the defence ministry", "familiar with the talks"


@cache
def _speech_after() -> re.Pattern[str]:
    """A verb that attributes what precedes it (words.toml's attribution_verbs, but a
    participle's: "40 cases reported in the town" counts cases) after a count's noun
    phrase and a few words that qualify it, with no mark between: its subject is the
    count."""
    verbs = {verb for verb in words()["attribution_verbs"] if not verb.endswith("ed")}
    verbs -= words()["noun_attribution_verbs"]  # nouns as well: "27 member states"
    return re.compile(
        rf"(?:\s[^\s,;:.()\u2014\u2013]+){{0,{_SPEAKER_WORDS}}}?\s(?:{alternation(verbs)})\b"
    )


@cache
def _attribution_end() -> re.Pattern[str]:
    """What may close an attribution after its verb: the sentence's or a clause's end, a
    time, place or listener (words.toml's attribution_setting: "said on Thursday", "told
    reporters"), or a name ("told Reuters")."""
    setting = alternation(words()["attribution_setting"])
    return re.compile(rf"\s*(?:[,.;:!?\"”)\u2014]|\Z)|\s(?:(?i:{setting})|[A-Z][\w-]*)\b")


def _agent_plural(unit: str | None) -> bool:
    """A plural noun made with an ending of people ("engineers", "contractors";
    words.toml's agent_endings), which no list of people names."""
    return unit is not None and unit.endswith("s") and agent_noun(unit.removesuffix("s"))


def _of_people(unit: str | None) -> bool:
    """Whether a count's unit makes it a count of people: a casualty or a state word
    ("dead", "displaced") or a noun of people ("residents")."""
    w = words()
    return unit is not None and (unit in _states() or unit in w["casualty_nouns"])


@cache
def _states() -> frozenset[str]:
    """The casualty and state words of people ("dead", "displaced", "deaths")."""
    return joined("casualties", "afflicted", "death_nouns")


def _counted_figure(text: str, match: re.Match[str], start: int) -> FoundFigure | None:
    after = match.end()
    if _CLOCK_AFTER.match(text, after) is not None:
        return None
    values = number_values()
    restated = _RESTATED.match(text, after)
    if restated is not None and value_of(restated.group(1)) == value_of(match.group()):
        after = restated.end()  # "two (2) Filipino seafarers": one number, written twice
    if values.plural_phrase.fullmatch(match.group()) and (of := _OF.match(text, after)) is not None:
        after = of.end()  # "thousands of troops": the count is of what follows "of"
    if text.endswith(_RANK_ENDS, 0, match.start()) and _RANK_BEFORE.search(
        text, max(0, match.start() - 8), match.start()
    ):
        return None  # "World No 1 Williams", "No 10 officials": a rank or a name
    year = YEAR_RE.fullmatch(match.group()) is not None
    if year and toll_before(text, start) is None:
        return None  # "in 2004": a year counts nothing, unless it ends a toll (see below)
    hurt = CASUALTY_AFTER.match(text, after)
    end, noun = noun_phrase_end(text, after, MAX_NOUN_WORDS)
    # "two injured workers": before a plural the casualty word is its adjective, and the
    # noun's clause may say more of them ("two injured workers died"): see the count below
    word = hurt.group(1).lower() if hurt else None
    head_plural = bool(noun) and (plural(noun[-1].lower()) or plural_demonym(noun[-1]))
    attributive = len(noun) > 1 and noun[0].lower() == word and head_plural
    state = word if attributive and word in words()["casualties"] else None
    if (
        hurt
        and state is None
        and (word in words()["casualties"] or (word in words()["afflicted"] and not attributive))
        and not year
        and not PARTITIVE_BEFORE.search(text, max(0, start - 40), start)
    ):
        # "18 injured", "three dead", "12,400 displaced": people so
        value = value_of(text[start : match.end()])
        if value is not None:
            return FoundFigure(
                start, hurt.end(), text[start : hurt.end()], "count", value, word, None
            )
    if noun and _not_a_count(text, match.start(), end, noun):
        return None
    if not noun:
        rate = exchange_rate(text, match.end()) if LEVEL_BEFORE.search(text, 0, start) else None
        if rate is not None and not year and (value := value_of(text[start : match.end()])):
            # "at 3,100 to the U.S. dollar": a rate, of the currency the clause's subject
            # names, but English writes one both ways ("the Sudanese pound at 3,100 to the
            # dollar", "the pound at 1.25 to the dollar"): money, with no currency claimed
            per = exchanged_for(text[match.end() : rate])
            return FoundFigure(start, rate, text[start:rate], "money", value, None, None, per)
        value = value_of(text[start : match.end()])
        if (
            value is not None
            and not year
            and not _refers_back(text, match, start)
            and not after_a_name(text, match.start())
            and not _NOBODY_BEFORE.search(text, max(0, start - 8), start)
            and _of_people_if_partitive(text, after)
        ):
            # "killing one dock worker and injuring seven", "seven were injured": a number
            # a casualty verb takes, or its subject, with its noun left out, counts people
            # (not a name's, "the supply boat ML Bayanihan 3 were injured", nor nobody,
            # "no one was hurt", nor some of what is no people, "one of King's dogs")
            # a phrase between it and its verb only as its "of" ("Two of the miners were
            # killed"; not "called 911 on the morning Kinkade died")
            placed = _PARTITIVE_OF.match(text, after) is not None
            elided = casualty_toll(text, start, after, value, placed=placed)
            if elided is None and not placed:
                # "98,500 people had been affected and 21,300 were displaced": the people
                # of a state, as of a casualty word
                elided = afflicted_count(text, start, after, value)
            if elided is not None:
                return elided
        toll = toll_before(text, start)
        # "the death toll of one of the worst storms": "one of" counts one of what
        # follows, not the dead ("rose to 150 of the 239 on board" is the toll)
        partitive = match.group().lower() == "one" and _OF.match(text, match.end()) is not None
        if (
            toll is not None
            and not partitive
            and (value := value_of(text[start : match.end()])) is not None
        ):
            return FoundFigure(
                toll, match.end(), text[toll : match.end()], "count", value, "dead", None
            )
        risen = _risen_number(text, start)
        if risen is not None and not year and (value := value_of(text[start : match.end()])):
            casualty = risen.groupdict().get("casualty")
            begin = risen.start("set") if risen.groupdict().get("set") else risen.start()
            return FoundFigure(
                begin,
                match.end(),
                text[begin : match.end()],
                "count",
                value,
                casualty.lower() if casualty else _counted(risen.group("what")),
                None,
            )
        return None  # "six unpaid."; but "1.2 million displaced people" counts
    head = noun[-1].lower()
    value = value_of(text[start : match.end()])
    if value is None or year:
        return None  # "the 2012 rebellion": a year, left to the year pattern
    if head in words()["casualty_nouns"] and (toll := toll_before(text, start)) is not None:
        # "the death toll has risen to 21 people": the people the toll counts are the dead
        # (a president's visit "where the death toll has risen to 21 people" had been read
        # as 21 people, no toll, and an earlier report's 19 dead led the story)
        return FoundFigure(toll, end, text[toll:end], "count", value, "dead", None)
    if match.group().endswith("m") and noun[0].lower() in words()["distance_events"]:
        return None  # "60m hurdles": an event's name, not 60 million hurdles
    units = words()["units"]
    if head in words()["minute_units"] and (seconds := _SECONDS_AFTER.match(text, end)) is not None:
        # "14 minutes 32.93 seconds": one time, not a count of minutes and one of seconds
        total = value * 60 + float(seconds.group(1))
        return FoundFigure(
            start, seconds.end(), text[start : seconds.end()], "measure", total, "seconds", None
        )
    if head in words()["durations"] and head == noun[-1] and not head.endswith("s") and value != 1:
        # "a nine week break", "a 25 year lease": a singular unit modifies the noun after
        # it, which belongs to the figure ("nine week" alone says nothing)
        end = noun_phrase_end(text, end, 1)[0]
    figure_text = text[start:end]
    if value == 1 and not _refers_back(text, match, start):
        # "killing one dock worker", "One (1) Filipino seafarer remains missing": a toll
        # of one is a casualty count like any other (r43 M2), though "one soldier" alone
        # is no figure. Its noun is singular: the phrase ends on it ("seafarer remains"
        # is no plural head)
        one = _one_person(text, after, noun)
        of_one = casualty_toll(text, start, one, value) if one is not None else None
        if of_one is not None:
            return of_one
    if value < 2 and match.group().lower().strip() in values.numbers:
        return None  # "one soldier", "One day you will...": not a key figure
    if _refers_back(text, match, start) and _share_before(text, match.start(), value, head) is None:
        # "the two countries", "their three children": ones already known; but the whole
        # of a share is the count of its part ("three of the five aid workers were freed")
        return None
    if _AGE_AFTER.match(text, end) or figure_text.lower().endswith(" old"):
        return None  # "the 18 year old", "35 years old": an age, no count
    if rate_step(" ".join(noun[-2:])) or rate_step(head):
        # "by 50 basis points": a change of a rate, a percent's measure, not a count
        return FoundFigure(start, end, figure_text, "percent", value, "basis points", None)
    if (codes := hundredth_words().get(head)) is not None:
        # "48 Australian cents", "65.40 U.S. cents": a sum, of the currency named before
        # (the words as written: the noun drops an abbreviation's stop, "U.S")
        money = national_currency(codes, text[match.end() : end].split()[:-1])
        return FoundFigure(start, end, figure_text, "money", value / 100, money, None)
    currency = currency_word(noun)
    if currency is not None:  # "millions of dollars", "Swedish crowns", "CFA francs"
        size = currency.count(" ") + 1
        money = values.currency_words.get(currency) or national_currency(
            values.currency_choices[currency], noun[:-size]
        )
        if money is not None or currency in values.currency_words:
            return FoundFigure(start, end, figure_text, "money", value, money, None)
    if (head in words()["durations"] or head in units) and noun[-1][:1].isupper():
        return None  # "the US TV show 60 Minutes": a unit written as a name is a title
    if head in words()["durations"] or head in units or any(n.lower() in units for n in noun):
        modifier = noun[-2].lower() if len(noun) > 1 else None
        if modifier in words()["unit_modifiers"]:
            head = f"{modifier} {head}"  # "nautical miles" are no miles
        unit = unit_name(head)
        if head in units and _A_BEFORE.search(text, 0, start):
            # "a 4 km exclusion zone": one thing the distance sizes, its noun after it
            sized, more = noun_phrase_end(text, end, 2)
            stops = joined("object_prepositions", "locatives")
            kept = list(itertools.takewhile(lambda word: word.lower() not in stops, more))
            if kept:
                found_noun = re.compile(r"\W+".join(map(re.escape, kept))).search(text, end)
                if found_noun is not None:
                    end, figure_text = found_noun.end(), text[start : found_noun.end()]
        if sets_the_scene(text, start, end, unit):
            return None  # "two days after the attack", "about 40 km to the north"
        if unit in words()["distances"]:
            start = _sized_before(text, start, end)  # "the exclusion zone of 13 kilometres"
            figure_text = text[start:end]
        if unit not in words()["distances"] and head not in words()["durations"]:
            end = _material_end(text, end)  # "95,000 tonnes of fuel oil"
            figure_text = text[start:end]
        return FoundFigure(start, end, figure_text, "measure", value, unit, None)
    if names_number(text, start, match.group(), noun):
        return None  # "Six Nations", "Fortune 500 list", "Section 404 obliges": names
    if len(noun) == 1 and head in words()["generic_nouns"]:
        # "two sides", "three times": no fact in it; but "injuring 12 others" counts
        # casualties, whom the toll's verb names
        people = head in words()["casualty_nouns"]
        return casualty_toll(text, start, end, value) if people else None
    if head.isascii() and not plural(head) and not plural_demonym(noun[-1]):
        toll = toll_before(text, start)
        if toll is not None and len(noun) == 1 and noun[0].islower():
            # "the death toll rose to seven late on Monday": the toll's number, an adverb
            # after it (r60 F5's risen toll had been no figure, so the lower stood)
            return FoundFigure(
                toll, match.end(), text[toll : match.end()], "count", value, "dead", None
            )
        return None  # "20 women work", "seven leading": the count ends on its plural noun
        # (a demonym's plural in "-is" is one: "12 Israelis", "eight Pakistanis")
    # "three in ten U.S. citizens": a share, not a count of ten; "thousands" is no whole
    # a share's whole is a number standing alone ("thousands of" is none)
    alone = text.endswith(" ", 0, match.start()) and after == match.end()
    share = _share_before(text, match.start(), value, head) if alone else None
    if share is not None:
        begin, percent = share
        # "cancelled 40 of its 120 flights", "40 of the 120 flights were cancelled": what
        # befell the part is the news, and its count the number the text gives
        part = round(percent * value / 100, 6)
        counted = FoundFigure(begin, end, text[begin:end], "count", part, head, None)
        acted = with_what_befell(text, counted)
        if acted != counted:
            return acted
        if not _OF_A_KNOWN_WHOLE.search(text, 0, match.start()):
            return FoundFigure(begin, end, text[begin:end], "percent", percent, "%", None)
        # "Two of the 21 crew were missing", "won 33 of the 81 seats": a count of members
        # of a whole the text already knows, never a share it did not give (r62 F7's JSON
        # had read a percent 9.52); what befell them is what the count counts
        start, value, figure_text = begin, part, text[begin:end]
    people = (
        head in words()["casualty_nouns"]
        or plural_demonym(noun[-1])
        or (head.endswith("s") and agent_noun(head.removesuffix("s")))
    )
    casualties = casualty_toll(text, start, end, value) if people else None
    if casualties is None:
        # "212,000 people are affected": what befell them is what the count counts; "water
        # tanks for 20,000 people", "tents for 4,000 families": the aid is for them
        afflicted = afflicted_count(text, start, end, value) if people else None
        casualties = afflicted or aided_count(text, start, end, value, head)
    # "three wounded soldiers": people in the state their adjective says, unless their
    # clause says what became of them ("two injured workers died": dead, not injured)
    unit = state or head
    return casualties or FoundFigure(start, end, figure_text, "count", value, unit, None)


_A_BEFORE = re.compile(r"\b[Aa]n? \Z")
# A determiner, a noun phrase of up to three words and "of" right before a distance: "the
# exclusion zone of 13 kilometres", "a radius of 5 km".
_SIZED_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?P<noun>(?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*) of \Z"
)


# "of" and a noun after a distance: what the distance measures ("40 km of road").
_MEASURES_AFTER = re.compile(r"\s+of\s+[a-z]")


def _sized_before(text: str, start: int, end: int) -> int:
    """Where a distance's figure starts: at the noun it sizes where a noun phrase and "of"
    stand right before it ("the exclusion zone of 13 kilometres", as "a 13 km exclusion
    zone" keeps its noun after it), or at `start`. Alone, "13 kilometres" says nothing of
    what it measures (r71 F9). Not a phrase of function words ("a total of" is one: its
    noun says no more than the number), nor one whose words are numbers' or adverbs', nor
    where the distance has its own "of" ("the repair of 1,300 kilometres of rural roads")."""
    found = _SIZED_BEFORE.search(text, max(0, start - 48), start)
    if found is None or _MEASURES_AFTER.match(text, end):
        return start  # "the repair of 1,300 kilometres of rural roads": of the roads
    noun = found.group("noun").split()
    closed = joined("object_prepositions", "locatives", "determiners", "possessives")
    if any(w in closed or w.endswith("ly") or w in number_values().numbers for w in noun):
        return start
    if noun[-1] in words()["sized_wholes"]:
        return start
    return found.start("noun")


_SECONDS_AFTER = re.compile(r",? (?:and )?(\d+(?:\.\d+)?) ?(?:seconds|secs?)\b")


# A bare number after these counts nobody, or anyone: "no one was hurt", "not one".
_NOBODY_BEFORE = re.compile(r"\b(?i:no|not|any|every|each)[ -]\Z")
# The determiners and possessives of a partitive's "of" phrase: "two of the gunmen",
# "one of King's dogs", "nine of them".
_PARTITIVE_OF = re.compile(
    r" of (?:(?:the|these|those|its|their|his|her|our|my|your|[A-Z][\w-]*['’]s?) )?"
)
_PRONOUNS_OF_PEOPLE = frozenset({"them", "us", "whom", "those"})


def _of_people_if_partitive(text: str, after: int) -> bool:
    """Whether a bare number's "of" phrase, when it has one, is of people ("two of the
    gunmen", "nine of them"; not "one of King's dogs"): the count is of what it names."""
    part = _PARTITIVE_OF.match(text, after)
    if part is None:
        return True
    noun = noun_phrase_end(text, part.end(), MAX_NOUN_WORDS)[1]
    if not noun:
        word = _WORD_AFTER.match(text, part.end())
        return word is not None and word.group().lower() in _PRONOUNS_OF_PEOPLE
    head = noun[-1].lower()
    return (
        head in words()["casualty_nouns"]
        or head.endswith("men")  # "gunmen", "militiamen", "tribesmen"
        or plural_demonym(noun[-1])
        or (head.endswith("s") and agent_noun(head.removesuffix("s")))
    )


_WORD_AFTER = re.compile(r"[A-Za-z]+")


def _one_person(text: str, after: int, noun: list[str]) -> int | None:
    """Where the noun phrase after "one" ends on the person it counts, or None: its last
    singular noun of people, as a compound's head is its last noun ("one dock worker",
    "One (1) Filipino seafarer" before "remains", "one border guard", whose "border" ends
    as a trade's name would: r78 F11), also past a plural that modifies it ("one crew
    member": "crew" ends a count's noun phrase, as a plural head does)."""
    if noun and noun[-1].lower() in words()["invariant_plurals"]:
        end, more = noun_phrase_end(text, noun_phrase_end(text, after, len(noun))[0], 1)
        if more and _a_person(more[0]):
            return end
    person = next((k for k in reversed(range(len(noun))) if _a_person(noun[k])), None)
    if person is not None:
        return noun_phrase_end(text, after, person + 1)[0]
    return None


def _a_person(word: str) -> bool:
    """A singular noun of one person: of words.toml's casualty_nouns ("worker"), or made
    with an ending of people ("seller", "operator"; words.toml's agent_endings)."""
    low = word.lower()
    if low in words()["units"] or low in words()["glued_units"]:
        return False  # "1 kilometer": a measure, whatever its ending
    return singular_of_people(low) or (word.islower() and agent_noun(low))


def _refers_back(text: str, match: re.Match[str], start: int) -> bool:
    """A spelled-out count after "the", a demonstrative or a possessive ("the two
    countries", "the two were injured"): ones the text has already named."""
    return match.group().lower() in number_values().numbers and (
        _definite_before().search(text, 0, start) is not None
    )


@cache
def _definite_before() -> re.Pattern[str]:
    """A spelled-out count after "the", a demonstrative or a possessive (words.toml's
    possessives) refers back to what the text already named ("the two countries", "their
    three children"); it reports no quantity."""
    definite = alternation({"the", "these", "those", *words()["possessives"]})
    return re.compile(rf"(?<![\w-])(?i:{definite}) \Z")


# "No 1", "No. 10", "number 10": what follows is a rank or a name ("World No 1 Williams").
_RANK_BEFORE = re.compile(r"(?<![\w.])(?:No\.?|no\.|Nos\.?|[Nn]umber|#) ?\Z")
_RANK_ENDS = ("No ", "No", "No. ", "no. ", "Nos ", "Nos. ", "number ", "Number ", "#", "# ")
_AGE_AFTER = re.compile(r"[ -](?:years?[ -])?old\b")
# A coordinate: "29 degrees, 50.36 minutes north"; "48, 43.08 minutes east".
_MINUTES_AFTER = re.compile(r",? (?:and )?\d+(?:\.\d+)? minutes?\b")
_DEGREES_BEFORE = re.compile(r"\bdegrees?,? (?:and )?\Z")
_COMPASS_AFTER = re.compile(r" (?i:north|south|east|west)\b")
# A list's title: "the 10 Healthiest Cities", "20 Greatest Hits".
_SUPERLATIVE = re.compile(r"[A-Z][a-z]{2,}est")


def _not_a_count(text: str, start: int, end: int, noun: list[str]) -> bool:
    """A number with a noun that counts nothing: a coordinate's degrees or minutes, or a
    number in a title ("10 Healthiest Cities")."""
    head = noun[-1].lower()
    if not head.startswith(("degree", "min")) and not (len(noun) > 1 and noun[0][:1].isupper()):
        return False  # cheap: "three major breeding areas" names no coordinate nor title
    if head in {"degree", "degrees"} and _MINUTES_AFTER.match(text, end):
        return True
    if head in words()["minute_units"] and (
        _DEGREES_BEFORE.search(text, max(0, start - 12), start) or _COMPASS_AFTER.match(text, end)
    ):
        return True
    return (
        len(noun) > 1
        and _SUPERLATIVE.fullmatch(noun[0]) is not None
        and all(w[:1].isupper() and w[1:].islower() for w in noun)
    )


def unit_name(written: str) -> str:
    """A measure's unit by its one name ("kilometres" -> "km", "square kilometers" ->
    "square km", "megawatt hours" -> "MWh"): words.toml's [values.unit_names]."""
    names = number_values().unit_names
    if (whole := names.get(written)) is not None:
        return whole
    *modifiers, last = written.split(" ")
    return " ".join([*modifiers, names.get(last, last)])


def unit_reading(written: str) -> tuple[float, str]:
    """The scale a trade's unit carries and the unit it scales ("mb/d" -> a million,
    "barrels per day"; "bpd" -> 1, "barrels per day"): so "1.1 mb/d" and "1.1 million
    bpd" are one quantity in one unit."""
    name = unit_name(written)
    scale, _, unit = name.partition(" ")
    factor = number_values().scales.get(scale)
    return (factor, unit) if factor is not None and unit else (1.0, name)


# The determiners of a share's whole: "33 of the 81 seats", "1,340 of his 2,000 signatures"
_SHARE_DETERMINERS = "the|its|his|her|their|our|my|your"
# ... or a possessive: "46 of the port's 58 cranes", "12 of Kenya's 47 counties"
_POSSESSIVE = r"(?:the )?[\w’'-]+['’]s?"
# A whole its determiner makes one the text knows: "two of the 21 crew" counts two of them
_OF_A_KNOWN_WHOLE = re.compile(rf" of (?:{_SHARE_DETERMINERS}) \Z")


@cache
def _share_pattern() -> re.Pattern[str]:
    spelled = "|".join(sorted(number_values().numbers, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,])(?P<part>{NUMBER}|(?i:{spelled})) (?P<link>in(?: every)?|out of|of)"
        rf"(?: (?:{_SHARE_DETERMINERS}|{_POSSESSIVE}))? \Z"
    )


def _share_before(text: str, start: int, whole: float, counted: str) -> tuple[int, float] | None:
    """Where "three in ten", "one in every 500" or "29 of 34" starts and its share in
    percent, when the number at `start` is the whole of a share. "One of 10 children" is
    one member of the ten, not a tenth of them: "of" makes a share from two on."""
    if not text.endswith(
        (" in ", " of ", " every ", *(f" of {word} " for word in _SHARE_DETERMINERS.split("|"))),
        0,
        start,
    ) and not _OF_A_POSSESSIVE.search(text, max(0, start - 40), start):
        return None  # ("33 of the 81 seats", "1,340 of his 2,000 signatures": the share)
    found = _share_pattern().search(text, max(0, start - 30), start)
    part = value_of(found.group("part")) if found else None
    if found is None or part is None or not 0 < part < whole:
        return None
    if found.group("link") == "of" and part < 2:
        return None
    if (
        found.group("part")[:1].isupper() or _labelled(text, found.start(), found.group("link"))
    ) and after_a_name(text, found.start()):
        # "control of Uranium One in three transactions": a name's word; "Week 3 of 17",
        # "Caption 27 of 43": a labelled place in a series
        return None
    if _RANK_BEFORE.search(text, max(0, found.start() - 8), found.start()) or _in_a_series(
        text, found.start(), counted
    ):
        return None  # "number 7 of 20 candidates", "Game 4 of 7 games": a place in a series
    return qualified_start(text, found.start()), 100 * part / whole


# A whole a possessive opens, right before its number: "of the port's ", "of Kenya's ".
_OF_A_POSSESSIVE = re.compile(rf" of {_POSSESSIVE} \Z")


def share_part(text: str) -> tuple[float, str] | None:
    """The count a share's figure gives of its whole's noun, where it is "N of M X"
    ("52 of 58 quay cranes" counts 52 cranes; "46 of the port's 58 cranes" too): what a
    report that words the same count "52 idle cranes" counts. None for a share of another
    form ("three in ten voters", "40%")."""
    found = _SHARE_TEXT.search(text)
    if found is None:
        return None
    part = value_of(found.group("part"))
    return (part, found.group("noun").lower()) if part is not None else None


_SHARE_TEXT = re.compile(
    r"(?P<part>\d[\d,]*|[A-Za-z]+) (?:out )?of (?:(?:the|its|his|her|their|our)\s+)?"
    rf"(?:{_POSSESSIVE} )?\d[\d,]*(?: [\w’'-]+)*? (?P<noun>[\w’'-]+)\Z"
)


def _labelled(text: str, start: int, link: str) -> bool:
    """Whether the number at `start`, before "of", follows a capitalised word that labels
    a place in a series ("Week 3 of 17", "Hide Caption 27 of 43"); not a place's name
    after its preposition ("In Texas 29 of 34 counties", "Across Europe 9 of 10 farms")
    nor a qualifier ("Almost 29 of 34 states"): those give shares."""
    if link != "of" or qualified_start(text, start) != start:
        return False
    before = text[max(0, start - 2 * WORD_REACH) : start].split()
    # after a preposition or an article a capitalised word that is no common noun is a
    # place ("In Texas", "in the UK"): the number opens the clause's subject ("In Week 3
    # of 17 games" is still a label)
    if len(before) < 2 or before[-2].lower() not in _place_openers():
        return True
    return common_word(before[-1])


@cache
def _place_openers() -> frozenset[str]:
    return joined("object_prepositions", "fronted_prepositions", "articles", "determiners")


def _in_a_series(text: str, start: int, counted: str) -> bool:
    """Whether the number at `start` is a place in the series the whole counts: the word
    before it is the counted noun ("Game 4 of 7 games", "Chapter 3 of 12 chapters",
    "Photo 27 of 43 photos"), not another ("In the first round 6 in 10 voters")."""
    before = text[max(0, start - WORD_REACH) : start].split()
    if not before:
        return False
    word = before[-1].lower()
    return counted in (word, f"{word}s", f"{word}es") or counted == word.removesuffix("s")


# What a share is of: " of the vote", " of the company's capital", " of GDP".
_OF_WHAT = re.compile(r" of (?:(?:the|a|an|its|their|his|her|our) )?(?:[\w’'-]+['’]s )?")


# "Be" before a percent (perhaps with an adverb or a qualifier): "was ", "is now about ";
# or a predicate's second conjunct after it, in one clause: "is 1,150 acres and ".
_BE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being)(?: (?:now|still|only|just|already))?"
    r"(?: (?:about|around|roughly|nearly|almost|some|over|more than|at least))? \Z"
    r"|\b(?:is|was|are|were)\b(?:[^,;:.!?]|(?<=\d)[,.](?=\d)){1,30} and \Z"
)
_WORD_AFTER_PERCENT = re.compile(r" ([a-z]+)\b(?! (?:by|with|to|against)\b)")


def degree_of(text: str, start: int, end: int) -> int:
    """Where a percent's figure (text[start:end]) ends when, after "be", it is the degree
    of the participle or adjective after it ("The fire was 35% contained", "the dam is 80
    percent complete", "the village was 90 percent destroyed"): past that word; else
    `end`. Not a participle that opens a phrase of its own ("was 5% owned by", "is 3%
    compared with")."""
    if _BE_BEFORE.search(text, max(0, start - 40), start) is None:
        return end
    word = _WORD_AFTER_PERCENT.match(text, end)
    if word is None:
        return end
    state = word.group(1)
    return word.end() if past_form(state) or state in words()["degree_adjectives"] else end


def share_of(text: str, end: int) -> int:
    """Where a percentage's figure ends: past what it is a share of ("51 percent of the
    vote"), or a reader of the key figures sees a share of nothing ("51 percent").

    The phrase is kept only when it is whole: its noun phrase ends where the sentence's
    words show it does (a stop, a comma, a verb or preposition that goes on), or a share
    of a part would read as a share of the whole ("36% of UK camera phone [users]", "19
    percent of voters [of color]", "40% of Sanders[' voters]"). A pronoun or a number is
    what it is a share of in another phrase ("40 percent of whom", "of the hundreds")."""
    found = _OF_WHAT.match(text, end)
    if found is None:
        return end
    noun_end, noun = noun_phrase_end(text, found.end(), MAX_NOUN_WORDS + 1)
    if not 0 < len(noun) <= MAX_NOUN_WORDS or noun[0].lower() in words()["not_share_heads"]:
        return end
    if noun[0][:1].isdigit() or noun[0].lower() in number_values().plural:
        return end  # "of the 22.8 million", "of the hundreds of jobs"
    after = _PHRASE_ENDS.match(text, noun_end)
    if after is None or (
        after.group(1) and after.group(1).lower() not in words()["share_phrase_followers"]
    ):
        return end
    if after.group().startswith(".") and (
        len(noun[-1]) <= 3
        or noun[-1].isupper()
        or "." in noun[-1]
        or noun[-1].lower() in joined("honorifics", "title_abbreviations")
    ):
        return end  # "of Mrs. Clinton's voters", "of all U.S. adults": an abbreviation's dot
    return noun_end


def changed_subject(text: str, start: int) -> int:
    """Where a share's figure starts when a verb of change (words.toml's change_verbs)
    or of holding (share_holding_verbs) comes right before it: at that verb's subject
    ("Shares in Kestrel Gold fell 23%", "Spot gold rose 1.8%", "Kasimu has 49.6
    percent"), which says what or whose the share is, as "of the vote" does (r61 F4: a
    count's candidates' shares had been bare "49.6 percent", "47.3 percent").
    Only a subject of a few words, with no number of its own (another figure's), that
    names something (not "It fell 23%") and opens its clause; else `start`."""
    verb = _change_before().search(text, max(0, start - 24), start)
    if verb is None:
        # "Anna Roos won the election outright with 50.8 percent": the winner's share,
        # after the verb's object and "with"
        verb = _held_with().search(text, max(0, start - _SUBJECT_REACH), start)
    if verb is None:
        given = _given_to().search(text, max(0, start - _SUBJECT_REACH), start)
        if given is not None and not common_word(given["name"].split()[0]):
            return given.start("name")  # "A poll gave Rind 40 percent": Rind's
        return _gapped_subject(text, start)
    head = text[max(0, verb.start() - _SUBJECT_REACH) : verb.start()]
    # a short aside in brackets is the subject's ("Mr Amadou Sanou (PRT) obtained"), no break
    head = _ASIDE.sub(lambda aside: "x" * len(aside.group()), head)
    breaks = list(_SUBJECT_BREAK.finditer(head))
    if not breaks and verb.start() > _SUBJECT_REACH:
        return start  # a subject longer than the reach: where it starts is unknown
    subject = head[breaks[-1].end() if breaks else 0 :]
    joined_by = _JOINED.match(subject)
    if joined_by is not None:
        subject = subject[joined_by.end() :]  # ", and transit traffic ... fell by 18%"
    found = subject.split()
    verb_group = joined("auxiliaries", "passive", "verb_group_words")
    while found and found[-1].lower() in verb_group:
        found.pop()  # "Bulk carriers ... are being quoted 1.2 percent": the verb's own words
    if not 0 < len(found) <= _SUBJECT_WORDS or any(c.isdigit() for c in subject):
        return start  # a number there is another figure's
    if any(word.lower().removesuffix("'s") in weekday_names() for word in found):
        return start  # "Monday's trading fell 23%": the day is the timeline's
    if len(found) == 1 and found[0].lower() in _PRONOUNS:
        return start  # "It fell 23%": says no more than "23%"
    lower = [word.lower() for word in found]
    if lower[0] in words()["auxiliaries"] or all(w in words()["count_ends"] for w in lower):
        return start  # "which had lost 7%": the subject is the relative's antecedent
    if not found[0][:1].isupper() and not breaks:
        return start
    return verb.start() - len(subject) + (len(subject) - len(subject.lstrip()))


def restated_subject(text: str, start: int) -> int:
    """Where a share's figure starts when it restates the count before it ("Mr Amadou Sanou
    (PRT) obtained 2,315,569 votes, or 50.3 percent of the valid votes"): at that count's
    holder (changed_subject), whose share it is, as "Kasimu has 49.6 percent" is Kasimu's
    (r67 F9: the share had been a bare "50.3 percent of the valid votes"); else `start`."""
    restated = _RESTATED_COUNT.search(text, max(0, start - _SUBJECT_REACH), start)
    if restated is None:
        return start
    subject = changed_subject(text, restated.start("count"))
    return subject if subject != restated.start("count") else start


# A count right before a share that restates it: "2,315,569 votes, or 50.3 percent".
_RESTATED_COUNT = re.compile(
    r"(?<![\w.,])(?P<count>\d{1,3}(?:,\d{3})+|\d+)(?: (?:million|billion))?"
    r" [a-z]+(?: [a-z]+)?,? (?:or|i\.e\.|that is) \Z"
)
# A short aside in brackets, no number in it: a party, an initialism, a constituency.
_ASIDE = re.compile(r"\([^()\d]{1,40}\)")


def _gapped_subject(text: str, start: int) -> int:
    """Where a share's figure starts when its verb is left out after "and" or a comma,
    as a second subject's is in a row of shares ("Kasimu has 49.6 percent and Amina
    Lutalo 47.3 percent"): at the name right before it, where an earlier share of the
    sentence follows its verb; else `start`."""
    gap = _GAPPED_NAME.search(text, max(0, start - _SUBJECT_REACH), start)
    if gap is None or _shared_before().search(text, 0, gap.start()) is None:
        return start
    return gap.start("name")


def _first_digit(text: str) -> int:
    found = re.search(r"\d", text)
    return found.start() if found else 0


# A name of one to four capitalised words after "and" or a comma, right before a share.
_GAPPED_NAME = re.compile(r"(?:,\s*|\s+and\s+)(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4})\Z")


@cache
def _shared_before() -> re.Pattern[str]:
    """A share right after a verb of holding or change ("has 49.6 percent"), or of a tally
    that gives it to its holder ("the tally gave her 48.9 percent and Sanou 47.6 percent":
    words.toml's share_giving_verbs), which the gapped shares after it share."""
    verbs = alternation(_share_verbs() | words()["share_giving_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:\w+\s+)?\d[\d.,]*\s*(?:%|per\s?cent\b)", re.I)


@cache
def _given_to() -> re.Pattern[str]:
    """A verb that gives a share and the name it gives it to, right before the share."""
    verbs = alternation(words()["share_giving_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){{1,4}})\Z")


_JOINED = re.compile(r"\s*(?:and|or|but|yet|so|as|however|meanwhile),?\s+", re.IGNORECASE)
_PRONOUNS = frozenset({"it", "they", "this", "that", "these", "those", "he", "she", "we"})
_SUBJECT_REACH = 60
_SUBJECT_WORDS = 7
# What opens the clause of a verb of change: a mark, or a word that opens a clause.
# Not "and" nor "as", which join nouns ("food and catering services") and open
# phrases ("as an inpatient") as often as clauses.
_SUBJECT_BREAK = re.compile(
    r"[,;:()\u2014\u2013\"“”]\s*| - |\b(?:that|which|who|where|after|while|when|but"
    r"|because|although|though|since|if|said|says|say)\s+",
    re.IGNORECASE,
)


def names_what_changed(text: str) -> bool:
    """Whether a share's figure holds a verb of change and a subject that names what
    changed (changed_subject): a capitalised word past its first, or one never written in
    lower case ("Shares in Kestrel Gold fell 23%", "Brent crude rose 1.8%"); not "Shares
    rose 14 per cent" or "Revenue rose 6%", whose it is the sentence says elsewhere."""
    verb = _change_verb().search(text)
    if verb is None:
        # a name alone before its share, a row's gapped subject ("Amina Lutalo 47.3 percent")
        named = _GAPPED_NAME.search(" and " + text[: _first_digit(text)])
        return named is not None and not common_word(named["name"].split()[0])
    found = text[: verb.start()].split()
    return any(
        word[:1].isupper() and (k > 0 or not common_word(word)) for k, word in enumerate(found)
    )


@cache
def _held_with() -> re.Pattern[str]:
    """A verb of holding, its object and "with" right before a share ("won the
    presidency outright with", "took the seat with"), in one clause: whose share it is is
    that verb's subject, as with "Kasimu has 49.6 percent"."""
    verbs = alternation(words()["share_holding_verbs"] - {"has", "had"})
    return re.compile(
        rf"\b(?:{verbs})\b[^,;:()\d]{{1,50}}?\bwith"
        r"(?: about| some| nearly| almost| more than| just)? \Z"
    )


@cache
def _change_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_share_verbs())})\b")


@cache
def _share_verbs() -> frozenset[str]:
    """The verbs whose subject a share is of: of change ("Brent rose 1.8%") and of holding
    ("Kasimu has 49.6 percent", "the Greens won 12 percent"; words.toml's
    share_holding_verbs), whose subject is whose share it is, as a candidate's in a count."""
    w = words()
    return frozenset(w["change_verbs"] | w["share_holding_verbs"] | w["rate_setting_verbs"])


@cache
def _change_before() -> re.Pattern[str]:
    verbs = alternation(_share_verbs())
    return re.compile(rf"\b(?:{verbs})(?: by| to)?(?: about| some| nearly| almost| more than)? \Z")


# What may follow a whole noun phrase: the sentence's end or a mark, or a word that goes
# on with the clause (captured; words.toml's share_phrase_followers).
_PHRASE_ENDS = re.compile(r"[.,;:!?)\]\"”](?:[\s\"”’']|$)|$|\s+([a-z]+)\b")
