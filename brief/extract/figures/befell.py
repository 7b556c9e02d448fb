"""What befell what a count counts: the verb a bare count is the object or subject of.

Read alone in a list, "40 Monday flights" or "two buses" says what was counted and not
what happened to it, and the news is what happened: the airline "cancelled 40 Monday
flights", protesters "set fire to two buses", "180 flights were cancelled", "Several
thousand people marched". tolls.scoped reads what is done to people (words.toml's
befalling_verbs, a passive after the count); this reads, for a count of anything:
- the object of a verb of what is done to things or people (words.toml's undergone_verbs
  and befalling_verbs) right before it, in a form that is no noun ("cancelled",
  "cancelling"; not "close", "ground"), with its particle ("shut down");
- the object of a verb and its bare noun ("set fire to", "cut power to"), or of a noun of
  an act told of ("the cancellation of 310 flights");
- the subject of such a verb's passive or participle after its noun ("180 flights were
  cancelled", "2,300 houses destroyed"), or of a verb of what a crowd does (crowd_verbs:
  "Several thousand people marched"); not after a preposition ("strikes at 40 plants
  closed": the plants are no subject).
So is a count of the traffic a place or a service carried on with (words.toml's
carried_verbs: "handled 310 flights", "operated 120 flights"): in a disruption's story a
bare "310 flights" reads as the flights cut, the opposite (r71 F9); and a noun of an act
in a verb's bare form ("the arrest of 14 drivers", befalling_verbs) is one as "the
cancellation of" is. Other verbs are left: "sent 14 frigates", "built 40 homes" count a
force or an output, and "Two hundred nurses joined the strike" says its news in its noun. A
count with none of these stays as it was: its noun still says what it counts.

Such a verb negated or denied says the act did not happen: "had not cancelled 40 Monday
flights", "40 shops were not looted", "denied cancelling 40 flights". The verb would state
the opposite, and the count alone ("40 Monday flights") counts nothing that happened, so
the count is no figure, as a count another side denies is none (hearsay). A negation
governs the verb from its phrase (words.toml's negators, "n't"; up to two words between,
"had not yet cancelled", "had not even cancelled", "did not force the cancellation of";
not the additive "not only"), a verb of
denial from right before its object (denial_verbs: "denied cancelling", "denies it had
cancelled"; not one negated or conceded, denial_cancellers: "did not deny cancelling").
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.figures.conditional import unrealised
from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.tolls import befalling_verb_forms, state_after, verb_forms_of
from brief.extract.lexicon import joined, words
from brief.inflection import past_form

# The word right before a count (its qualifier included), and a particle after it:
# "cancelled ", "shut down ".
_WORD_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)(?: (?P<particle>[a-z]+))? \Z")
# A verb, its bare noun and the preposition that takes the count: "set fire to ", "cut
# power to ", "opened fire on ".
_VERB_NOUN_TO = re.compile(r"\b(?P<verb>[a-z]+) (?P<noun>[a-z]+) (?:to|on) \Z")
# A noun of an act and its "of": "the cancellation of ", "the closure of "; the act is
# one told of, so definite ("a detachment of 150 marines" is a group, no act).
_ACT_OF = re.compile(r"(?:\bthe |\A)(?P<act>[a-z]{4,}(?:tion|sion|ment|ure)) of \Z")
# The same noun in the bare form of a verb of what is done to people (befalling_verbs):
# "the arrest of 14 drivers", "the release of 40 hostages", "the rescue of 12 miners".
_BARE_ACT_OF = re.compile(r"(?:\bthe |\A)(?P<act>[a-z]+) of \Z")
_REACH = 40  # characters before a count its verb's words may take

# The words after a count's noun phrase: a passive's auxiliaries, and a verb and particle.
_VERB_AFTER = re.compile(
    r" (?P<be>(?:(?:had|have|has) )?(?:were|was|are|is|been)(?: being)? )?"
    r"(?P<perfect>(?:had|have) )?"  # "25 trucks had crossed": a crowd's verb in a perfect
    r"(?:(?:also|later|reportedly|already|all) )?(?P<verb>[a-z]+)\b(?: (?P<particle>[a-z]+)\b)?"
)


def with_what_befell(text: str, figure: FoundFigure) -> FoundFigure | None:
    """The count with the verb that says what befell what it counts, where its words
    give one (see the module's docstring); `figure` unchanged otherwise; None where that
    verb is negated or denied: what it counts did not undergo it."""
    if _negated_after(text, figure.end):
        return None  # "40 shops were not looted"
    # (or the state they are in: "11,400 customers are without power")
    end = _verb_after(text, figure.start, figure.end)
    if end is None and not _after_a_preposition(text, figure.start):
        end = state_after(text, figure.start, figure.end)
    if end is not None:
        if _negated_count(text, figure.start):
            return None  # "Not all 40 flights were cancelled"
        return figure._replace(end=end, text=text[figure.start : end])
    start = _verb_before(text, figure.start, negated=True)
    if start is not None and negated_before(text, start):
        return None  # "had not cancelled 40 flights", "denied cancelling 40 flights"
    start = _verb_before(text, figure.start)
    if start is not None:
        return figure._replace(start=start, text=text[start : figure.end])
    return figure


def verb_opening(text: str) -> int:
    """How much of a figure's text is the verb this module put before its count ("set
    fire to " of "set fire to two buses"), so that what reads its number and qualifier
    ("about 40 people", "two buses": a small count) reads them; 0 for none. Not a verb
    of what is done to people (befalling_verbs), which tolls put there and which, as a
    toll's verb does, makes its count news ("arrested three suspects")."""
    space = text.rfind(" ", 0, _REACH)
    while space > 0:
        if _verb_before(text, space + 1, people=False) == 0:
            return space + 1
        space = text.rfind(" ", 0, space)
    return 0


def crowd_before(text: str, start: int) -> int | None:
    """Where the noun phrase starts of a crowd's act whose count of people the count at
    `start` is: a noun in the bare form of a verb of what a crowd does (crowd_verbs) and
    its "of" ("a rally of about 1,500 people", "the march of 3,000 farmers"), which says
    what they did as "3,000 farmers marched" does (r76 F24: a rally's "about 1,500 people"
    had been a bare key figure); None where there is none."""
    found = _CROWD_OF.search(text, max(0, start - _REACH), start)
    if found is None or found.group("act") not in words()["crowd_verbs"]:
        return None
    return found.start()


# A crowd's act and its "of", after an article and one word or none: "a rally of ", "a
# peaceful march of ".
_CROWD_OF = re.compile(r"\b(?:a|an|the) (?:[a-z]+ )?(?P<act>[a-z]+) of \Z")


def _verb_before(text: str, start: int, people: bool = True, negated: bool = False) -> int | None:
    """Where the verb starts whose object the count at `start` is, or None. After a
    negation (`negated`) the bare form is a verb too ("did not cancel 40 flights")."""
    begin = max(0, start - _REACH)
    crowd = crowd_before(text, start)
    if crowd is not None:
        return crowd
    act = _ACT_OF.search(text, begin, start)
    if act is None:
        act = _BARE_ACT_OF.search(text, begin, start)
        if act is not None and act.group("act") not in words()["befalling_verbs"]:
            act = None
    if act is not None:
        if _asked_for(text, act.start()):
            return None  # "demanded the release of 63 detainees": not done
        return act.start("act")
    found = _WORD_BEFORE.search(text, begin, start)
    if found is not None:
        particle = found.group("particle")
        verbs = _acting_forms() if people else _undergone_forms()
        if negated:
            verbs = verbs | _bare_forms()
        if particle is None or particle in words()["object_particles"]:
            if found.group("verb") in verbs:
                return found.start()
        elif particle in verbs:
            return found.start("particle")  # "had cancelled 40": the word before is "had"
    phrase = _VERB_NOUN_TO.search(text, begin, start)
    if phrase is not None and _light_verb(phrase.group("verb"), phrase.group("noun")):
        return phrase.start()
    return None


def _asked_for(text: str, start: int) -> bool:
    """Whether the clause before a noun of an act at `start` asks for it or puts it to
    come (a verb of asking or a modal: "have demanded the release of 63 detainees",
    "could lead to the closure of 40 schools"; what a deal or a call is "on" or "for":
    "an agreement on the release of 240 detainees"): the noun tells no act done, so the
    count is not shown with it."""
    clause = _CLAUSE_MARK.split(text[max(0, start - 80) : start])[-1]
    if _DEALT_ON.search(clause):
        return True  # "signed an agreement on the release of 240 detainees": to come
    return unrealised().search(clause) is not None


# A preposition of what a deal, a call or talks are about, right before the act's noun:
# "an agreement on the release of", "calls for the evacuation of".
_DEALT_ON = re.compile(r"\b(?:on|for)\s+(?:the\s+)?\Z", re.IGNORECASE)


# (not "and": "demanded the withdrawal of X and the release of 63 detainees" asks both)
_CLAUSE_MARK = re.compile(r"[;:()\u2014\u2013\"“”]|\b(?:but|while|whereas)\b|, (?!and )")


def _verb_after(text: str, start: int, end: int) -> int | None:
    """Where the verb group ends whose subject the count (text[start:end]) is, or None."""
    if _after_a_preposition(text, start):
        return None
    found = _VERB_AFTER.match(text, end)
    if found is None:
        return None
    verb = found.group("verb")
    if found.group("perfect") and (found.group("be") or verb not in _crowd_forms()):
        return None  # "have been", "had cancelled": no passive's nor crowd's verb read so
    crowd = verb in _crowd_forms() and not found.group("be")  # "3,000 people (have) marched"
    if not crowd and (verb not in _acting_forms() or not past_form(verb)):
        return None  # "were cancelled", "2,300 houses destroyed"; not "flights cancel"
    stop = found.end("verb")
    if found.group("particle") in words()["object_particles"]:
        stop = found.end("particle")  # "were shut down"
    if not crowd and not found.group("be"):
        if _OBJECT_AFTER.match(text, stop):
            return None  # active, its object after it: "fishermen blocked the port"
        clause_end = _MARK.search(text, stop)
        if _FINITE.search(text, stop, clause_end.start() if clause_end else len(text)):
            # a participle that only describes them, the clause's verb after it: "Four
            # engineers kidnapped from the site were freed" were freed, no longer held
            return None
    return stop


# A negated passive after a count: "were not looted", "weren't cancelled", "have not been
# cancelled", "were never seized", "had not even been cancelled".
_NEGATED_PASSIVE = re.compile(
    r" (?:had|have|has|were|was|are|is)(?: (?P<negator>[a-z]+)|n['’]t)"
    r"(?: (?P<focus>(?!been\b|being\b)[a-z]+)(?= (?:been |being )?[a-z]+(?:ed|en|t)\b))?"
    r"(?: been)?(?: being)?(?: [a-z]+ly)? (?P<verb>[a-z]+)\b"
)


def _negated_after(text: str, end: int) -> bool:
    """Whether a negated passive of a verb of what is done follows the count at `end`
    (not one a negation makes additive: "were not only cancelled but ...")."""
    found = _NEGATED_PASSIVE.match(text, end)
    if found is None or found.group("negator") not in (None, *words()["verb_negators"]):
        return False
    if found.group("focus") in words()["additive_focus"]:
        return False
    return found.group("verb") in _acting_forms() and bool(past_form(found.group("verb")))


# The words of a clause before a verb: a mark of punctuation ends them.
_WORDS_BEFORE = re.compile(r"(?:[a-z'’]+ )*\Z")
_NEGATION_REACH = 2  # words between a negation or a denial and the verb it governs


def _negated_count(text: str, start: int) -> bool:
    """Whether a negation stands right before the count, its determiner between ("Not
    all 40 flights were cancelled"): what befell is denied of the count."""
    found = _WORDS_BEFORE.search(text[max(0, start - _REACH) : start].lower())
    said = found.group().split() if found else []
    if said and said[-1] in _determiners():
        said.pop()
    return bool(said) and said[-1] in words()["verb_negators"]


def negated_before(text: str, start: int) -> bool:
    """Whether a negation or a verb of denial governs the verb at `start` (see the
    module's docstring)."""
    w = words()
    found = _WORDS_BEFORE.search(text[max(0, start - _REACH) : start].lower())
    said = found.group().split() if found else []
    for n in range(1, min(len(said), _NEGATION_REACH + 2) + 1):
        word, between = said[-n], said[len(said) - n + 1 :]
        if word in w["negators"] or word.endswith(("n't", "n’t")):
            # "not only cancelled" adds ("not even cancelled" denies it all the more);
            # "did not say it cancelled" leaves it untold
            return len(between) <= _NEGATION_REACH and not (
                between and between[0] in w["additive_focus"]
            )
        if word in w["denial_verbs"]:
            if between[:1] == ["that"]:
                between = between[1:]  # "denies that it had cancelled"
            if len(between) > _NEGATION_REACH or set(between) & w["object_prepositions"]:
                return False  # "rejected it by cancelling": its object is another
            cancelling = said[max(0, len(said) - n - 2) : len(said) - n]
            return not set(cancelling) & (w["negators"] | w["denial_cancellers"]) and not any(
                word.endswith(("n't", "n’t")) for word in cancelling
            )
        if word in w["clause_words"] and word != "that":
            return False  # "rejected the talks and destroyed", "not say when it cancelled"
    return False


@cache
def _bare_forms() -> frozenset[str]:
    """The bare forms of the verbs of what is done, verbs after a negation."""
    return words()["undergone_verbs"] | words()["befalling_verbs"] | words()["carried_verbs"]


_MARK = re.compile(r"[,;:.!?()\u2014\u2013]")
_FINITE = re.compile(r"\b(?:were|was|are|is|has|have|had|will|would)\b")


# What after a verb opens its object: a determiner, a possessive, a number or a noun.
_OBJECT_AFTER = re.compile(
    r" (?!(?:and|or|but|as|by|in|on|at|to|from|for|with|after|before)\b)[A-Za-z0-9]"
)


@cache
def _acting_forms() -> frozenset[str]:
    """The forms of the verbs of what is done to things or people (see _verb_forms)."""
    return _undergone_forms() | _verb_forms(befalling_verb_forms(), "befalling_verbs")


@cache
def _undergone_forms() -> frozenset[str]:
    return _verb_forms(verb_forms_of("undergone_verbs"), "undergone_verbs") | _verb_forms(
        verb_forms_of("carried_verbs"), "carried_verbs"
    )


def _verb_forms(forms: frozenset[str], name: str) -> frozenset[str]:
    """The forms but the bare one, which may be a noun ("close", "ground", "damage"),
    and a present's "-s", a plural's as often ("floods", "blocks") or a routine's ("the
    clinic treats 1,200 patients a week")."""
    return frozenset(form for form in forms - words()[name] if not form.endswith("s"))


@cache
def _crowd_forms() -> frozenset[str]:
    """The past forms of the verbs of what a crowd does ("marched", "rallied")."""
    return frozenset(form for form in verb_forms_of("crowd_verbs") if past_form(form))


def _light_verb(verb: str, noun: str) -> bool:
    """Whether "VERB NOUN to" is a verb and its bare noun ("set fire to", "cut power to"),
    not a noun's phrase ("the east coast to") nor an adverb's ("rose sharply to")."""
    w = words()
    function_words = w["object_determiners"] | w["object_prepositions"] | w["auxiliaries"]
    return (
        (past_form(verb) or verb in w["shared_pasts"])
        and verb not in function_words
        and verb not in w.speech
        and noun not in function_words
        and not noun.endswith(("ly", "s"))
        and not past_form(noun)
    )


@cache
def _prepositions() -> frozenset[str]:
    w = words()
    return w["object_prepositions"] | w["locatives"] | frozenset({"of", "for"})


def _after_a_preposition(text: str, start: int) -> bool:
    """Whether a preposition's or a verb's object is the count ("at 40 plants", "Most of
    the 90 tenants were arrested": the whole a part is told of; "repaired two bridges
    damaged by floods": repaired, the participle only describes them): no verb's
    subject. A verb of speech's clause opens with its subject ("said 31 people were")."""
    before = [word.lower() for word in text[max(0, start - 24) : start].split()]
    if before and before[-1] in _determiners():
        before.pop()
    if not before:
        return False
    word = before[-1]
    verb = (past_form(word) or word.endswith("ing")) and word not in words().speech
    return word in _prepositions() or verb


@cache
def _determiners() -> frozenset[str]:
    """The words that open a noun phrase before its count ("the 90 tenants", "its 40
    plants"): a determiner, a possessive, or a part's word that takes the whole without
    "of the" ("all 40 bridges", "both")."""
    return joined("determiners", "possessives", "partitive_heads")
