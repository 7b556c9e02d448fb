"""Which of a sentence's dates is its news's: a date in a relative clause, in a
participle that describes the subject, an aside or a noun after the main verb, in a
cause ("after ..."), in a later clause of another tense, in what a verb of denial denies,
or in the tag of a report (the day of the saying) dates another event than the main
clause's, or only the saying. The timeline's rows read these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from brief.extract.figures.dated_events.event_dates import (
    PAGE_DAY,
    PARTICIPLE_BEFORE,
    RELATIVES,
    coordinated_with,
    ends_event,
    prepositions,
    scheduled_in,
    since_governs_another,
    told_as_past,
)
from brief.extract.figures.notation import (
    DATE_PATTERN,
    MONTH,
    MONTHS,
    WEEKDAY,
    WORD_RE,
    number_values,
)
from brief.extract.lexicon import alternation, joined, verb_forms, weekday_names, words
from brief.inflection import past_form

# What makes the word after it a verb: "to leave", "will start".
BEFORE_A_VERB = frozenset({"to", "will", "shall", "would"})


def later_clause_of_other_tense(sentence: str, at: int) -> bool:
    """Whether the date at `at` is in a later clause coordinated after a comma and "and"
    or "but", or a semicolon, that looks ahead ("will meet on Thursday") where the
    clause before it is told in the past: "Poland formally requested consultations, and
    the council will meet on Thursday" is no Thursday's news, and the row, read as the
    sentence's, would put the request on the day of the meeting. Its date dates the
    second clause only, so it makes no row; the first clause's own date does."""
    joints = list(_CLAUSE_END.finditer(sentence, 0, at))
    if not joints:
        return False
    joint = joints[-1]
    if joint.group().startswith((":", ".")):
        return False
    later = sentence[joint.end() : at + 1]
    earlier = sentence[: joint.start()]
    if _WILL_OR_DUE.search(later) is None or _WILL_OR_DUE.search(earlier) is not None:
        return False
    return any(past_form(word.lower()) for word in WORD_RE.findall(earlier))


# What makes a clause look ahead: "will meet", "is due to", "are to".
_WILL_OR_DUE = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:due |set |scheduled )?to)\b|[’']ll\b", re.IGNORECASE
)


def overtaken_by_now(sentence: str, end: int) -> bool:
    """Whether a clause joined after the date (a few words after it at most) tells what
    holds now: "Inspectors finished their first survey on Tuesday and have now condemned
    30 houses" dates the survey, and the count is the report's day's. A row under
    Tuesday shows Wednesday's count as Tuesday's (r70 F22); the news is now's, which the
    timeline reads no date of, so the sentence has no row (as `participle_beside_today`)."""
    return _AND_NOW_CLAUSE.match(sentence, end) is not None


# "and have now ...", "and are now ...", "and now say ...", after a date's clause
_AND_NOW_CLAUSE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?,?\s+and\s+(?:(?i:has|have|is|are|had)\s+)?now\b"
)


def in_subordinate_clause(sentence: str, at: int) -> bool:
    """Whether the date at `at` dates a thing the sentence's news names, not the news: it
    is in a relative clause ("revising up the estimate of 30,000 that NATO officials gave
    on Tuesday", "the law, which the council passed on Monday") or in a participle that
    modifies the subject, whose own verb comes after the date ("A farmer injured when a
    drone crashed on Tuesday has died"). Beside another date, that one is the row's: the
    day of the saying, where the sentence has no other ("said on Wednesday")."""
    return _in_relative_clause(sentence, at) or in_subject_participle(sentence, at)


def in_past_relative_clause(sentence: str, at: int) -> bool:
    """A year or a month in a relative clause told in the past ("ECOWAS, which Niger left
    in January 2025, had no immediate comment") is its thing's history, never the
    sentence's row, whatever else it dates (r49 L1); a day there may be the news ("The
    ferry, which sank on Monday, was carrying 300 people") and only ranks lower."""
    found = _relative_word(sentence, at)
    return (
        found is not None
        and _in_relative_clause(sentence, at)
        and told_as_past(sentence[found.end() : at])
    )


def in_aside_relative(sentence: str, at: int, end: int) -> bool:
    """Whether the date is in a relative clause set off by commas inside the sentence
    ("Ndege, who was arrested on Monday night, denied the charge", "Voting at the
    station, where ballots were burnt on 21 April, will not be repeated") whose main verb,
    after the closing comma, tells an event of its own: the day is the clause's, and the
    row would date the denial by the arrest. A main verb of state keeps it, the news
    being the clause's ("The ferry, which sank on Monday, was carrying 300 people")."""
    found = _last(_ASIDE_RELATIVE.finditer(sentence, max(0, at - _RELATIVE_REACH), at))
    if found is None or _RELATIVE_END.search(sentence, found.end(), at) is not None:
        return False
    return _event_after_aside(sentence, end)


def _event_after_aside(sentence: str, end: int) -> bool:
    """Whether the aside the date at `end` closes is followed, after its comma, by the
    sentence's main verb telling an event ("..., denied the charge", "..., was freed"),
    not a state ("..., was carrying 300 people") nor a clause of its own; where no comma
    closes it, it closes the sentence, which in_subordinate_clause and is_event_date
    read."""
    close = sentence.find(", ", end)
    if close < 0 or _RELATIVE_END.search(sentence, end, close) is not None:
        return False
    main = WORD_RE.findall(sentence[close + 2 : close + 62])
    while main and (main[0].lower() in _BEFORE_THE_VERB or main[0].endswith("ly")):
        main = main[1:]
    if not main:
        return False
    verb = main[0].lower()
    if verb in joined("copulas", "have_forms"):
        following = main[1].lower() if len(main) > 1 else ""
        return following == "been" or (past_form(following) and not following.endswith("ing"))
    return verb in BEFORE_A_VERB or verb in _EVENT_AUXILIARIES or past_form(verb)


def in_participle_aside(sentence: str, at: int, end: int) -> bool:
    """Whether the date is in a participle phrase set off by commas between the subject and
    its verb, as `in_aside_relative` reads a relative clause: an appositive whose noun a
    participle follows ("The family of Peter Mwangi, the engineer abducted near the camp
    on Wednesday, appealed on Friday for his release") or a participle alone ("Mwangi,
    abducted on Wednesday, was freed"). The day is the abduction's, the noun's history,
    and would date the appeal (r63 F5). A participle of a passive takes no object, so a
    verb with one after it is a clause's own ("..., the gunmen seized two engineers on
    Wednesday, ..."); nor is an inverted attribution after it the sentence's verb
    ("..., said a spokesman")."""
    opening = sentence.rfind(", ", max(0, at - _RELATIVE_REACH), at)
    if opening < 0 or _RELATIVE_END.search(sentence, opening + 2, at) is not None:
        return False
    found = WORD_RE.findall(sentence, opening + 2, at)
    at_participle = _aside_participle(found)
    if at_participle < 0:
        return False
    if not _subject_alone(sentence[:opening]):
        return False  # "Canada's envoy, Lubaki, met with ...": a verb after its subject's aside
    after = found[at_participle + 1 : at_participle + 2]
    if after and not _opens_an_adjunct(after[0]):
        return False  # "the gunmen seized two engineers on": an object, a clause's verb
    return _aside_closes_before_verb(sentence, end)


def _aside_closes_before_verb(sentence: str, end: int) -> bool:
    """Whether the aside that holds a date ending at `end` closes with a comma a few words
    after it, and the sentence's own verb follows: an aside is read so (`in_participle_aside`,
    `in_noun_aside`) only between its subject and that verb, not before a purpose ("..., to
    inform") or an inverted attribution ("..., said a spokesman")."""
    close = sentence.find(", ", end)
    after = WORD_RE.findall(sentence, end, close) if close >= 0 else []
    if after and after[0].lower() in words()["time_nouns"]:
        after = after[1:]  # "on Wednesday evening": the date's own part of the day
    if close < 0 or len(after) > _AFTER_DATE_WORDS:
        return False  # "repelled on Monday a complex attack carried out by ...": its object
    if not _event_after_aside(sentence, end):
        return False
    main = WORD_RE.findall(sentence, close + 2, min(len(sentence), close + 62))
    inverted = (
        len(main) > 1
        and main[0].lower() in words().speech
        and (main[1][:1].isupper() or main[1].lower() in _DETERMINERS)
    )
    return not inverted and main[0].lower() != "to"  # "..., to inform": a purpose, no verb


def in_noun_aside(sentence: str, at: int, end: int) -> bool:
    """Whether the date is in an appositive noun phrase set off by commas between the
    subject and its verb, as `in_participle_aside` reads one a participle follows: a
    phrase its determiner or number opens, with no verb of its own before a relative
    pronoun ("Mira Hoxha, the organiser of a sit-in on 2 May, was detained overnight",
    "Mira Hoxha, a nurse who was arrested in Korca on 2 May, died in hospital"). An
    appositive describes its noun, so a day inside it, in a prepositional phrase of its
    noun's or in its relative clause, is that description's, not the main verb's; the
    row takes the main verb's own day, or none. A phrase with a verb of its own before
    any relative pronoun ("..., the gunmen seized two engineers on Wednesday, ...") is
    a clause, no appositive."""
    opening = sentence.rfind(", ", max(0, at - _RELATIVE_REACH), at)
    if opening < 0 or _RELATIVE_END.search(sentence, opening + 2, at) is not None:
        return False
    found = WORD_RE.findall(sentence, opening + 2, at)
    if not found or not _subject_alone(sentence[:opening]):
        return False
    opener = found[0]
    if not opener.islower() or not (
        opener in _DETERMINERS or opener[:1].isdigit() or opener in number_values().numbers
    ):
        return False
    w = words()
    for word in found[1:]:
        low = word.lower()
        if low in RELATIVES or low == "whom":
            break  # "a nurse who was arrested ...": the relative clause's verbs are its own
        if (
            (word.islower() and past_form(low) and "-" not in word)
            or low in w["auxiliaries"]
            or low in w["passive"]
            or low in joined("copulas", "have_forms")
            or low in w["subject_pronouns"]
            or low in w.speech
        ):
            return False  # a verb of its own: a clause (or a participle aside's, read apart)
    return _aside_closes_before_verb(sentence, end)


def in_charged_act(sentence: str, at: int) -> bool:
    """Whether the date is in the act a charge names, after what the charge is brought
    under (words.toml's charge_phrases) in the same clause: a verb's -ing form ("held
    on a charge of obstructing officers during a sit-in on 2 May") or words in quotation
    marks ("charged with “inciting unrest” at a rally on 2 May"). That act has a verb
    of its own, and the adjuncts after it are its: the day is the alleged act's, not
    the arrest's or the charging's, whose own day stands before the preposition
    ("charged on Tuesday with ..."). A charge a bare noun names ("charged with fraud on
    Monday") has no verb of its own, and its day stays the charging's."""
    head = sentence[max(0, at - _CHARGE_REACH) : at]
    found = _last(_charge_phrase().finditer(head))
    if found is None:
        return False
    act = head[found.end() :]
    quoted = _QUOTE_OPEN.match(act)
    if quoted is not None:
        close = act.find(_QUOTE_CLOSE[quoted.group()[-1]], quoted.end())
        if close < 0:
            return True  # the date is inside the charge's wording: the act's
        act = act[close + 1 :]
    else:
        first = WORD_RE.match(act.lstrip())
        if first is None or not first.group().endswith("ing") or len(first.group()) < 5:
            return False
    return _RELATIVE_END.search(act) is None


_CHARGE_REACH = 120
_QUOTE_OPEN = re.compile(r"\s*[\"\u201c\u2018']")
_QUOTE_CLOSE = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "'": "'"}


@cache
def _charge_phrase() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(words()['charge_phrases'])})\b")


# The words an aside may give after its date before its closing comma ("on Wednesday
# evening near the camp,").
_AFTER_DATE_WORDS = 6


def _subject_alone(head: str) -> bool:
    """Whether the words before an aside run from the sentence's start with no clause
    break and are no opening phrase of place or time ("Mwangi", "The family of Peter
    Mwangi", "Kim said the ship", "Mwangi, 41": an age's commas are the name's own): a
    subject its verb follows. Not after another aside
    ("Canada's envoy, Lubaki, met with ...": "met" is the verb), nor after "In the
    central market," (its clause's subject and verb come after the comma)."""
    first = WORD_RE.match(head.lstrip())
    opening = first is not None and first.group().lower() in words()["fronted_prepositions"]
    # a person's age set off by commas after the name is of the subject's own words
    # ("Ana Berisha, 52, a teacher arrested at a rally on 3 June, died ...": r76 F4 had
    # dated the death by the arrest's day)
    head = _AGE_AFTER_NAME.sub("", head)
    return not opening and _RELATIVE_END.search(head) is None


# ", 52" after a name: an age, the name's own appositive.
_AGE_AFTER_NAME = re.compile(r"(?<=[A-Za-z]),\s*\d{1,3}\s*\Z")


def _aside_participle(found: Sequence[str]) -> int:
    """Where the participle stands in an aside's words before its date: the first word
    ("abducted near the camp on"), or after a noun phrase its determiner or number opens
    ("the Kenyan water engineer abducted near the camp on"), with no verb of its own
    before it; -1 where none does."""
    w = words()
    for k, word in enumerate(found[: _APPOSITIVE_WORDS + 1]):
        low = word.lower()
        if "-" in word:
            continue  # "so-called", "well-known": an adjective before its noun
        if word.islower() and (past_form(low) or low in w["short_participles"]):
            if k == 0:
                return 0
            opener = found[0].lower()
            numbered = opener[:1].isdigit() or opener in number_values().numbers
            return k if opener in _DETERMINERS or numbered else -1
        if low in w["auxiliaries"] or low in w["passive"] or low in joined("copulas", "have_forms"):
            return -1
        if low in w["subject_pronouns"] or low in RELATIVES:
            return -1
    return -1


_APPOSITIVE_WORDS = 6  # "the Kenyan water engineer": a noun phrase's words before a participle


def _opens_an_adjunct(word: str) -> bool:
    """A preposition or an adverb after a participle ("abducted near", "taken by",
    "seized overnight"): what a passive's participle takes, where an active verb takes
    its object."""
    low = word.lower()
    return (
        low in prepositions()
        or (word.islower() and low in words()["time_phrase_words"])  # "late", "overnight"
        or (low.endswith("ly") and word.islower())
        or low in weekday_names()  # the date itself: "abducted Wednesday"
        or low in MONTHS
    )


# Adverbs that may stand before a verb, besides those in -ly: "was not", "also denied".
_BEFORE_THE_VERB = frozenset({"not", "also", "later", "then"})


# A relative clause set off by a comma: "Ndege, who ...", "the station, where ...".
_ASIDE_RELATIVE = re.compile(r", (?:which|who|whom|whose|where)\b", re.IGNORECASE)


_EVENT_AUXILIARIES = frozenset({"will", "shall", "would", "could", "can", "may", "might"})


def participle_beside_today(sentence: str, at: int) -> bool:
    """Whether the sentence dates its news by the page's day ("today declared the
    results") and the date is in a participle after a noun ("of the election held on 21
    April"): the date is that noun's, and the row the news's, which "today" dates (the
    timeline reads no "today" as a date, so the sentence has no row)."""
    today = PAGE_DAY.search(sentence, 0, at)
    if today is None:
        return False
    found = PARTICIPLE_BEFORE.search(sentence, max(today.end(), at - 80), at)
    if found is None:
        return False
    noun, participle = found.group("noun"), found.group("participle")
    w = words()
    opening = WORD_RE.findall(sentence, today.end(), found.start())
    # the noun a preposition's object ("of the election held"), so no subject of its own
    # verb ("was told the minister resigned on 3 March")
    # its determiner, perhaps a modifier or two before the noun ("of the presidential")
    lowered = [word.lower() for word in opening[-4:]]
    at_determiner = max((k for k, word in enumerate(lowered) if word in _DETERMINERS), default=-1)
    if at_determiner < 1 or lowered[at_determiner - 1] not in prepositions():
        return False
    return (
        (past_form(participle) or participle in w["short_participles"])
        and noun not in w["auxiliaries"]
        and noun not in w["passive"]
        and noun not in w["subject_pronouns"]
        and not noun.endswith("ly")
        and not past_form(noun)
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


def _relative_word(sentence: str, at: int) -> re.Match[str] | None:
    """The last relative pronoun before the date with no clause break between, nor a
    day that closes its clause (_closes_clause)."""
    found = _last(_RELATIVE_WORD.finditer(sentence, max(0, at - _RELATIVE_REACH), at))
    if found is None or _RELATIVE_END.search(sentence, found.end(), at) is not None:
        return None
    if _closes_clause(sentence, found.end(), at):
        return None
    return found


def _closes_clause(sentence: str, start: int, at: int) -> bool:
    """Whether a day between `start` and `at` is followed by a finite verb, which is the
    sentence's own, the clause it ends being over: "Most of the 1,200 people who crossed
    into Thailand on Sunday returned to Myanmar on Monday" has its relative clause end
    at "Sunday", and Monday is the main clause's (r65 F6). A clause's verb phrase ends
    with its adjuncts of time; a verb right after one opens the predicate of the subject
    the clause described."""
    for day in _DAY_WORDS.finditer(sentence, start, at):
        if _finite_after(sentence, day.end()):
            return True
    return False


def ends_relative_before_verb(sentence: str, at: int) -> bool:
    """Whether the day at `at` ends a relative clause and the sentence's own verb follows
    it in the perfect ("The 60 families who fled on Monday have returned"): the day is
    the clause's, its subject's history, as a subject's participle's is
    (in_subject_participle). A verb in the past may tell what befell that day ("The
    quake which struck on Tuesday killed a child"): the day stays a row's."""
    day = _DAY_WORDS.match(sentence, at)
    return (
        day is not None
        and _PERFECT_AFTER.match(sentence, day.end()) is not None
        and _relative_word(sentence, at) is not None
    )


_PERFECT_AFTER = re.compile(r" (?:has|have|had)(?: (?:since|now|also|not))* (?:been )?[a-z]+ed\b")


# A day a verb phrase ends with: a weekday (and its part of the day), a day and a month.
_DAY_WORDS = re.compile(
    rf"\b{WEEKDAY}(?: (?:night|morning|afternoon|evening))?"
    rf"|\b{MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}} {MONTH}(?! \d)"
)


def _finite_after(sentence: str, end: int) -> bool:
    """Whether a finite verb follows at `end`: an auxiliary and its verb (_FINITE_AFTER:
    "has died", "were released") or a verb in the past ("returned", "went"), not a
    participle ("fleeing", "wounded by") nor a word in -ed that is none ("wounded")."""
    if _FINITE_AFTER.match(sentence, end) is not None:
        return True
    found = _NEXT_WORD.match(sentence, end)
    if found is None:
        return False
    word = found.group(1)
    return past_form(word) and not word.endswith("ing") and word not in words()["not_participles"]


_NEXT_WORD = re.compile(r" ([a-z]+)\b(?! (?:by|of)\b)")


def _in_relative_clause(sentence: str, at: int) -> bool:
    """A relative pronoun before the date with no clause break between: "which", "who",
    "whom", "whose", or "that" after a noun or a number (after a verb or a noun of report
    it opens what was said: "said on Wednesday that", "reports that")."""
    found = _relative_word(sentence, at)
    if found is None:
        return False
    if found.group().lower() != "that":
        return True
    before = sentence[max(0, found.start() - 40) : found.start()].split()
    if not before:
        return False
    word = before[-1]
    if word[:1].isdigit():
        return True  # "the estimate of 30,000 that NATO gave"
    if word[:1].isupper():
        return _place_before(sentence[: found.start()].split())
    low = word.lower()
    w = words()
    return (
        word.isalpha()
        and word.islower()
        and low not in w.speech
        and low not in w["report_verbs"]
        and low not in w["report_nouns"]
        and low not in _NOT_RELATIVE_THAT
        and not past_form(low)
        and not low.endswith("ly")
    )


def _place_before(before: Sequence[str]) -> bool:
    """Whether the capitalised words before a "that" (`before`: the words up to it) are
    places a preposition of place opens, with the names coordinated with them: "the
    areas of Cedar Flats, Millbrook and Sorrel Springs that lost power Monday night" is a
    relative clause, whose day is the places' history (r70 F15: it had dated the
    utility's "said Tuesday it has expanded" a day early). After a verb of telling the
    name is its hearer and "that" opens what was said ("told Reuters that", "warned the
    Kremlin that")."""
    k = len(before) - 1
    while k >= 0 and (before[k][:1].isupper() or before[k].strip(",") in _COORDINATORS):
        k -= 1
    if k >= 0 and before[k].lower() in _DETERMINERS:
        k -= 1
    return k >= 0 and before[k].lower() in _place_prepositions()


_COORDINATORS = frozenset({"and", "or", "&"})


@cache
def _place_prepositions() -> frozenset[str]:
    return frozenset(words()["place_locatives"]) | {"of"}


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in found:  # noqa: B007
        pass
    return last


# (and "where" after a place's comma: "..., where Kaboré won 71 percent in 2023" had
# dated a row of the sentence's present by its history, r67 F21; "where" alone may be a
# conjunction: "They fled where the fighting was")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b|(?<=, )where\b", re.IGNORECASE)


_RELATIVE_END = re.compile(r"[,;:()\u2014\u2013]|\.\s")


_RELATIVE_REACH = 100


# Words before "that" that make it a conjunction or a demonstrative, not a relative.
_NOT_RELATIVE_THAT = frozenset(
    {"so", "now", "such", "than", "given", "except", "provided", "and", "but", "or", "of",
     "in", "on", "at", "by", "for", "with", "from", "to", "is", "was", "are", "were", "be",
     "not", "all", "like", "about", "after", "before", "since", "until"}
)  # fmt: skip


def in_subject_participle(sentence: str, at: int) -> bool:
    """A participle after the subject's noun ("A farmer injured when ...", "Two men
    arrested over the attack on Monday") before the date, in the sentence's first clause,
    and the subject's verb after the date with no comma between ("... on Tuesday has
    died", "... were released"): the date is the subject's history."""
    head = sentence[:at]
    if _RELATIVE_END.search(head) is not None:
        return False
    found = _SUBJECT_OPENER.match(head)
    reported = _reported_subject(head) if found is None else None
    if reported is not None:
        # "Brokers said the state guarantee announced by Georgia on Tuesday had slowed
        # the rise": the reported clause's subject, and its history
        head, found = reported
    if found is None:
        return False
    # the first past form after the subject's noun: "Two foreign engineers kidnapped"
    # (a lazy pattern had stopped at "foreign engineers" and found no participle), or
    # after the noun an "of" phrase gives it: "The kidnappers of two foreign engineers
    # seized near ..." (r65 F6)
    subject = head[found.end() :].split(" ")[: _SUBJECT_WORDS + 2]
    if "of" in subject[1:]:
        subject = head[found.end() :].split(" ")[: 2 * _SUBJECT_WORDS + 3]
    participle = next(
        (
            word
            for k, word in enumerate(subject)
            if k and subject[k - 1].isalpha() and subject[k - 1].islower() and past_form(word)
        ),
        None,
    )
    passive = f" {participle} by " in head
    if participle is None or not participle.islower():
        return False
    day = DATE_PATTERN.match(sentence, at) or WORD_RE.match(sentence, at)  # "3 March", "Tuesday"
    if day is None:
        return False
    if participle in words().speech and not passive:
        # "The agency said on Friday that ...": the clause's own verb; but not where a
        # place stands between it and the day and a present tense follows ("The
        # understanding announced in Astana on Wednesday follows a pattern ...")
        placed = re.search(rf"\b{re.escape(participle)} (?:in|at) [A-Z][\w'’-]+ (?:on )?$", head)
        return placed is not None and _PRESENT_AFTER_SAYING.match(sentence, day.end()) is not None
    return (
        _FINITE_AFTER.match(sentence, day.end()) is not None
        or _PRESENT_AFTER.match(sentence, day.end()) is not None
    )


def _reported_subject(head: str) -> tuple[str, re.Match[str]] | None:
    """The words before a date from the subject of a clause a verb of saying reports
    ("Brokers said the state guarantee announced by ..."), with its opener matched; None
    where no reported clause opens with a subject."""
    for said in reversed(list(WORD_RE.finditer(head))):
        if said.group().lower() in words().speech and said.group().islower():
            rest = head[said.end() :].lstrip()
            rest = rest[5:] if rest.startswith("that ") else rest
            found = _SUBJECT_OPENER.match(rest[:1].upper() + rest[1:])
            if found is not None:
                return rest, found
    return None


# The subject's words up to a participle: "A 64-year-old farmer injured", "Two men
# arrested"; an article or a number opens it.
_SUBJECT_OPENER = re.compile(r"(?:A|An|The|[Tt]wo|[Tt]hree|\d[\d,]*|One)\b ")


_SUBJECT_WORDS = 3  # the subject's words before its noun, at most


# The subject's verb right after the date (and its part of the day): an auxiliary and a
# verb, or a verb of dying.
_FINITE_AFTER = re.compile(
    r"(?: (?:night|morning|afternoon|evening))? (?:(?:has|have|had|was|were|is|are)"
    r"(?: (?:since|now|also|been|not))* [a-z]+|died\b)"
)
# A present tense in -s with its object or complement after it: "The understanding
# announced in Astana on Wednesday follows a pattern ..." (r74 F7: the announcing's day
# had dated a think tank's judgement). After a verb of saying, only before a determiner:
# "announced on Tuesday plans to ..." and "talks with ..." are its object.
_PRESENT_AFTER = re.compile(
    r" [a-z]{2,}[^\Ws]s(?= (?:a|an|the|that|its|his|her|their|no|to|in|with|as)\b)"
)
_PRESENT_AFTER_SAYING = re.compile(r" [a-z]{2,}[^\Ws]s(?= (?:a|an|the|its|his|her|their|no)\b)")


def after_since(sentence: str, at: int) -> bool:
    """Whether the date at `at` is in a "since" clause ("its first counter-attack since the
    rebels seized the town on Sunday"): beside another date, that clause is the news's
    measure, and the sentence's row is the other's (r38 had dated the shelling Sunday)."""
    found = _last(_SINCE_WORD.finditer(sentence, max(0, at - 80), at))
    return (
        found is not None
        and _CLAUSE_END.search(sentence, found.end(), at) is None
        and not since_governs_another(sentence, found.end(), at)
    )


_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)


def in_background(sentence: str, at: int) -> bool:
    """Whether the date at `at` is in a phrase that gives the news's cause or setting
    (words.toml's background_markers: "after", "following", "amid" ...), up to the date
    with no comma between: beside another date, the main clause's is the row's ("raised
    its threat level on Friday, after the attack on the night of 2 December" is
    Friday's news, and the attack's date had dated it)."""
    markers = list(_background_marker().finditer(sentence, max(0, at - _BACKGROUND_REACH), at))
    if not markers or _PHRASE_END.search(sentence, markers[-1].end(), at) is not None:
        return False
    last = markers[-1]
    # "held since January were freed late on Tuesday": the "since" has its own date
    return last.group().lower() != "since" or not since_governs_another(sentence, last.end(), at)


_BACKGROUND_REACH = 120


def cause_only(sentence: str, at: int, coarse: bool) -> bool:
    """Whether the date at `at` dates only a cause the sentence gives its news by, not the
    news: a phrase of a cause or of what came first (words.toml's background_markers that
    are its cause_markers: "after", "following", "in response to" ...) that runs to the date with no
    comma or "and" between (a second verb of the main clause: "after months of talks and
    seized the town on Sunday"). "The government confirms 23 dead after the cyclone made
    landfall late on Sunday" is no Sunday's news: the confirming has no day there, and the
    row, read as the sentence's, would put the toll on the day before it was given. So the
    date makes no row; beside a date of the main clause's own, that one does. Nor when the
    sentence says the news came within the date's own precision of its cause ("hours
    after", "days after" a year or a month: `coarse`). Not the other markers: a time the
    main clause shares ("amid protests on Sunday"), a contrast or a relative clause, which
    the timeline's rank and is_event_date read."""
    joined = coordinated_with(sentence, at)
    if joined is not None:
        at = joined[0]  # "after slumping during 2001 and 2002": what holds one holds both
    markers = list(_background_marker().finditer(sentence, max(0, at - _BACKGROUND_REACH), at))
    if not markers or markers[-1].group().lower() not in words()["cause_markers"]:
        return False
    marker = markers[-1]
    if _TIME_OF_DAY.match(sentence, marker.end()):
        return False  # "will open just after midnight on Tuesday": a time, no cause
    offset = _OFFSET_BEFORE.search(sentence, max(0, marker.start() - 24), marker.start())
    if offset is not None and (offset.group("hours") or coarse):
        # "hours after the vote on Sunday", "less than a week after it opened in May
        # 2003": the news is as near its cause as the date is precise
        return False
    # (searched past the date, so that what follows an "and" is seen: "15 and 16 March")
    end = _cause_end().search(sentence, marker.end())
    return end is None or end.start() >= at


# How long after its cause the news came, right before "after": within the day ("hours
# after", "shortly after") or within a week or two ("a week after", "days after").
_OFFSET_BEFORE = re.compile(
    r"\b(?:(?P<hours>shortly|soon|just|immediately|moments|minutes|hours|an hour)"
    r"|days|a day|a week|weeks|two weeks|a fortnight|\d+ days)\s+\Z",
    re.IGNORECASE,
)


_TIME_OF_DAY = re.compile(r" (?i:midnight|noon|midday|dawn|dusk|dark|nightfall|sunset|sunrise|\d)")


@cache
def _cause_end() -> re.Pattern[str]:
    """What ends a phrase of a cause before its date: a stop, or an "and" that may open a
    second verb of the main clause ("after months of talks and seized the town on
    Sunday"); not an "and" before a preposition or a number, which joins two of the
    phrase's own parts ("following consultations held in Minsk on 15 and 16 March and in
    Warsaw on 17 March, the parties reached ...", r74 F9)."""
    joined = alternation(words()["fronted_prepositions"])
    return re.compile(rf"[,;:()\u2014\u2013]|\.\s|\band\b(?!\s+(?:\d|(?i:{joined})\b))")


_PHRASE_END = re.compile(r"[,;:]|\.\s")


@cache
def _background_marker() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['background_markers'])})\b", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[;:]|\.\s|,\s(?:and|but)\b")


def day_of_saying(sentence: str, at: int) -> bool:
    """Whether the date at `at` is when something was said ("said on Monday", "told
    reporters on Tuesday", "said in a statement on Monday"): beside another date, the one
    of what was said is the event's ("late on Sunday, the military's media wing said on
    Monday"; "said on Tuesday it had test-fired a missile on Monday")."""
    before = sentence[max(0, at - 40) : at].split()
    saying = words()["report_verbs"]  # (so "announced on 9 March that the election held
    # on 1 March was void" dates the election)
    return any(word.lower().strip(",") in saying for word in before[-5:])


def tag_of_a_past_report(sentence: str, at: int, end: int) -> bool:
    """Whether the date at `at` is the day of an attribution after what it reports ("...,
    the organisation said in a statement on Thursday") and what it reports is an event
    told in the past with no time of its own ("Mwangi was taken from a clearly marked
    vehicle at about 17:30", "At least 14 soldiers were killed in the clashes"): the day
    is the saying's, the event of any day before it, and the row would show it on the
    saying's day (r63 F5: the fighting of Tuesday night had Wednesday's row). A state the
    report gives as of that day ("have been killed", "remains closed", "were advancing"),
    a time it sets by the saying's day (words.toml's saying_day_words: "overnight"), what
    is to come, or a quotation (the words are the saying's, and the saying the event)
    keep the day; so does an attribution before what it reports ("The army said on
    Wednesday that ..."), whose saying is the sentence's event."""
    if not day_of_saying(sentence, at):
        return False
    comma = sentence.rfind(", ", 0, at)
    if comma < 0:
        return False
    if not _attribution_tag(WORD_RE.findall(sentence, comma + 2, at)):
        return False
    rest = sentence[end:]
    rest = rest[: rest.find(", ")] if ", " in rest else rest
    if any(
        w == "that" or w in joined("copulas", "have_forms") or past_form(w)
        for w in WORD_RE.findall(rest)
    ):
        return False  # "said on Wednesday it had ...": what was said comes after
    report = sentence[:comma]
    if _QUOTE_MARKS.search(report) or _saying_day_words().search(report):
        return False
    return _told_as_past_event(report)


_QUOTE_MARKS = re.compile(r"[\"“”]")


def _attribution_tag(found: Sequence[str]) -> bool:
    """Whether the words between a comma and a date are an attribution: a subject and a
    verb of report ("the organisation said in a statement on", "security sources told
    AFP on") or the verb before its subject ("said the army on"), with no verb of
    another clause among them ("offered remorse before his sentence was announced")."""
    if not found or len(found) > _TAG_WORDS or "that" in (word.lower() for word in found):
        return False
    verbs = words()["report_verbs"]
    at_verb = next((k for k, word in enumerate(found) if word.lower() in verbs), -1)
    if at_verb < 0:
        return False
    w = words()
    return not any(
        word.islower()
        and (past_form(word) or word in w["auxiliaries"] or word in joined("copulas", "have_forms"))
        for word in found[:at_verb]
    )


_TAG_WORDS = 16  # "a spokesman for the army's eastern command said in a statement on"


@cache
def _saying_day_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(words()['saying_day_words'])})\b")


def _told_as_past_event(clause: str) -> bool:
    """Whether a clause's main verb tells an event in the past: a passive ("was taken",
    "were killed"), a past perfect ("had been killed", "had left") or a past form with its
    object ("Gunmen attacked the convoy"); not a state ("was calm", "were advancing"), a
    present, a perfect or a modal. Read up to the first subordinate clause ("insists
    that ..."), past a relative clause's verb ("Gunmen who abducted three fishermen ...
    have contacted", "Khalvashi, who had chaired the government, ...") and an -ed
    adjective ("at troubled Philippine Airlines", "two renowned climbers"). A past form
    with no object after it may be a participle after its noun ("A driver injured when
    ... has died"), an adjective ("remains closed") or an intransitive verb ("Two men
    died"): the words after it decide, and where none does, the clause is not read as
    past: a wrong reading would leave a row out, not date one wrongly."""
    whole = clause
    stop = _SUBORDINATE.search(clause)
    clause = clause[: stop.start()] if stop else clause
    tokens = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(clause)]
    w = words()
    skip_to = -1  # the end of a relative clause set off by commas
    in_relative = False  # a restrictive relative clause: its first verb is its own
    seen_past = False  # a past form read already ("remained closed": "closed" is no verb)
    for k, (word, start, word_end) in enumerate(tokens):
        if start < skip_to:
            continue
        low = word.lower()
        if low in RELATIVES and low != "that":
            if clause[:start].rstrip().endswith(","):
                close = clause.find(",", word_end)
                skip_to = close if close >= 0 else len(clause)
            else:
                in_relative = True
            continue
        if k and not word.islower():
            continue
        following = _words_after(clause, tokens, k)
        after = following[0].lower() if following else ""
        finite = (
            low in w["auxiliaries"] or low in w["passive"] or low in joined("copulas", "have_forms")
        )
        if in_relative and (finite or past_form(low)):
            in_relative = low in joined("copulas", "have_forms")
            continue  # "who had chaired": the relative's verb, its participle next
        if low in {"was", "were"}:
            return _participle(after) and after != "being"
        if low == "had":
            if after == "been":
                return len(following) > 1 and _participle(following[1].lower())
            return _participle(after)
        if finite:
            return False  # "is", "has", "will", "could": a state, a perfect or a modal
        before = tokens[k - 1][0].lower() if k else ""
        attributive = (
            before in prepositions()
            or before in w["object_determiners"]
            or before in w["possessives"]
            or before[:1].isdigit()
            or before in number_values().numbers
        )
        if (
            k
            and past_form(low)
            and not attributive
            and following
            and _opens_an_object(following[0])
        ):
            return True
        if k and past_form(low) and not attributive:
            if not seen_past and before not in _linking() and _last_verb(whole, word_end):
                return True  # "The first night of the curfew passed without incident"
            seen_past = True  # "remained closed": no verb of its own after the first
    return False


@cache
def _linking() -> frozenset[str]:
    """The forms of the verbs after which a past form is an adjective's ("remains closed",
    "seemed calm"): words.toml's staying_verbs, and "seem", "appear", "become", "look"."""
    lemmas = [*words()["staying_verbs"], "seem", "appear", "become", "look", "get"]
    return frozenset().union(*(verb_forms(lemma) for lemma in lemmas)) | {"became", "got"}


def _last_verb(clause: str, end: int) -> bool:
    """Whether no verb follows a past form in the words the clause's own reading was cut
    from (`clause`, and the report it was cut from at a subordinate), so that it is the
    main verb, an intransitive's ("Two men died in the crash", "The first night of the
    curfew passed without incident", r71 F11), not a participle after its noun that the
    clause's verb follows ("A driver injured when a bus crashed has died")."""
    w = words()
    for found in WORD_RE.finditer(clause, end):
        low = found.group().lower()
        if not found.group().islower():
            continue
        if low in w["auxiliaries"] or low in w["passive"] or low in joined("copulas", "have_forms"):
            return False
        if past_form(low) or low in w.irregular:
            return False
    return True


# What opens a subordinate clause, past which a clause's main verb is not read.
_SUBORDINATE = re.compile(
    r"[;:]|\b(?i:that|because|when|whether|if|after|before|while|although|though|unless"
    r"|since|until|as)\b"
)


def _words_after(clause: str, tokens: Sequence[tuple[str, int, int]], k: int) -> list[str]:
    """The words after the k-th, up to three, in its stretch (no comma between), less an
    adverb before a verb ("was not", "also")."""
    found: list[str] = []
    end = tokens[k][2]
    for word, start, word_end in tokens[k + 1 : k + 4]:
        if "," in clause[end:start]:
            break
        end = word_end
        low = word.lower()
        if low in _BEFORE_THE_VERB or (low.endswith("ly") and word.islower()):
            continue
        found.append(word)
    return found


def _opens_an_object(word: str) -> bool:
    """A word that opens a verb's object ("attacked the convoy", "seized two engineers",
    "freed him", "shelled Amdal"): the verb before it is active, and finite."""
    low = word.lower()
    w = words()
    return bool(word) and (
        low in w["object_determiners"]
        or low in w["possessives"]
        or low in w["object_pronouns"]
        or low[:1].isdigit()
        or low in number_values().numbers
        or (word[:1].isupper() and low not in weekday_names() and low not in MONTHS)
    )


def _participle(word: str) -> bool:
    """A past participle after "was" or "had" ("taken", "killed"), not an -ing form."""
    return (
        bool(word)
        and not word.endswith("ing")
        and (past_form(word) or word in words()["short_participles"])
    )


def said_to_come(sentence: str, at: int) -> bool:
    """Whether the date at `at` is of what a report says is to come ("announced on Friday
    that power cuts will be imposed from Monday, 7 December"): beside the day of saying,
    the saying is the event the sentence reports, for what is to come has not happened
    (r56 L11 had dated the announcement to the Monday after it). A past one reported is
    the event ("said on Tuesday it had test-fired a missile on Monday"), and a schedule
    told with no day of saying keeps its date ("The committee will meet on 18 December")."""
    said = list(_saying().finditer(sentence, 0, at))
    if said:
        return scheduled_in(sentence[said[-1].end() : at])
    # a tag after it ("Dock workers will walk out on Wednesday, their union said on
    # Monday") says so as well as a saying before it
    return _saying().search(sentence, at) is not None and scheduled_in(sentence[:at])


def in_later_complement(sentence: str, at: int) -> bool:
    """Whether the date at `at` is in a second clause a verb of report gives ("said on
    Tuesday that nine people had died in the town and that 27 had been treated for
    injuries on Sunday night"): it dates that clause only, and the day of saying, which
    dates them all, is the row's (r46 M6 had dated the toll to Sunday). One reported
    clause's own date is still its event's ("said on Tuesday it had test-fired a missile
    on Monday")."""
    said = list(_saying().finditer(sentence, 0, at))
    return bool(said) and _AND_THAT.search(sentence, said[-1].end(), at) is not None


_AND_THAT = re.compile(r"\band (?:also )?that\b", re.IGNORECASE)


@cache
def _saying() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['report_verbs'])})\b", re.IGNORECASE)


def in_object_participle(sentence: str, at: int, end: int) -> bool:
    """Whether the date is in a participle phrase set off by a comma after a noun of the
    main clause, past that clause's verb: "The board today agreed to lift the export ban
    on rice, imposed on 2 March, to ease prices" dates the ban, the noun's history, as a
    participle aside of the subject does (in_participle_aside) and a relative clause
    does. The row would put the lifting on the day of the ban (r72 F5). The phrase is a
    passive's participle (a preposition or an adverb after it, no object: "..., seized
    two engineers on" is a verb's), after a noun, not a verb ("The bill was passed,
    signed into law on Monday": "signed" is a second verb of the subject), and no main
    verb follows it, which would make it the subject's aside; nor is it an inverted
    attribution ("..., said the army on Monday")."""
    opening = sentence.rfind(", ", max(0, at - _RELATIVE_REACH), at)
    if opening < 0 or _RELATIVE_END.search(sentence, opening + 2, at) is not None:
        return False
    found = WORD_RE.findall(sentence, opening + 2, at)
    if not found or len(found) > _PARTICIPLE_WORDS:
        return False
    participle, low = found[0], found[0].lower()
    w = words()
    if not participle.islower() or low.endswith("ing"):
        return False
    if not (past_form(low) or low in w["short_participles"]):
        return False
    if low in w["report_verbs"]:
        return False  # "..., said the army on Monday": an attribution, the saying's day
    if len(found) > 1 and not _opens_an_adjunct(found[1]):
        return False  # "..., seized two engineers on": a verb with its object
    if not _main_clause_before(sentence, opening):
        return False
    if _medium_of_a_saying(sentence, opening):
        return False  # "said in the complaint, filed on 13 December, that": the saying's
    return not _main_verb_after(sentence, end)


_PARTICIPLE_WORDS = 8  # "imposed by the council of ministers in Brussels on"


_HEAD_REACH = 200


# What opens a clause a participle's noun may be in: a mark, or a dash set off by spaces.
_HEAD_BREAK = re.compile(r"[;:()\u2014\u2013]|\.\s| - ")


def in_object_participle_phrase(sentence: str, at: int) -> bool:
    """Whether the date is in a past participle's phrase right after a noun that a verb
    takes as its object ("police have put back the post removed on 7 March", "visited
    the village attacked on Monday"): the participle describes the noun, and its day is
    the noun's history, as a participle set off by commas is (in_object_participle), not
    the day of the verb that takes the noun (a visit had been dated by a removal, r78)."""
    found = PARTICIPLE_BEFORE.search(sentence, max(0, at - 80), at)
    if found is None:
        return False
    noun, participle = found.group("noun"), found.group("participle")
    w = words()
    if not (past_form(participle) or participle in w["short_participles"]):
        return False
    if participle in w["report_verbs"] or participle in w.speech:
        return False  # "the police said on Friday": a subject and its verb of report
    if (
        noun in w["auxiliaries"]
        or noun in w["passive"]
        or noun in joined("copulas", "have_forms")
        or noun in w["subject_pronouns"]
        or noun.endswith("ly")
        or past_form(noun)
    ):
        return False  # "was removed on", "had removed on": the clause's own verb
    # the words of the noun's clause before it ("has died, the police": not "died")
    begin = max(0, found.start() - 60)
    mark = _last(_RELATIVE_END.finditer(sentence, begin, found.start()))
    before = [
        word.lower()
        for word in WORD_RE.findall(sentence, mark.end() if mark else begin, found.start())
    ]
    determiners = [
        k for k in range(max(0, len(before) - 3), len(before)) if before[k] in _DETERMINERS
    ]
    if not determiners:
        return False
    # the verb that takes the noun, within three words before its determiner ("visited
    # the", "have put back the"): a past form or a perfect's have, not a verb of report
    # ("said the troops withdrew on Monday": the troops' own verb)
    taking = before[max(0, determiners[-1] - 3) : determiners[-1]]
    if any(word in w["report_verbs"] or word in w.speech for word in taking):
        return False
    return any(past_form(word) or word in joined("have_forms") for word in taking)


def in_provided_start(sentence: str, at: int) -> bool:
    """Whether the date is the start ("from") of what a present participle after a noun
    of the main clause says that noun provides: "the parties signed a protocol providing
    for the resumption of the work of the checkpoint from 17 March", "passed a law banning
    smoking in bars from 1 January". The participle's phrase is that noun's, and its day
    is when what it provides for begins, not the day of the main clause's act: the row
    had dated a signing by the reopening it agreed (r78 F12). The participle follows a
    noun (after a determiner an -ing word is a noun itself: "the reopening", "upheld the
    ruling from"), and no verb of its own stands between it and the date; the words
    before it hold the main clause's verb."""
    if _FROM_BEFORE.search(sentence, max(0, at - 12), at) is None:
        return False
    begin = max(0, at - _RELATIVE_REACH)
    mark = _last(_RELATIVE_END.finditer(sentence, begin, at))
    start = mark.end() if mark else begin
    found = WORD_RE.findall(sentence, start, at)
    attributive = _DETERMINERS | words()["possessives"] | prepositions()
    for k in range(len(found) - 1, 0, -1):
        word, low = found[k], found[k].lower()
        if not (word.islower() and low.endswith("ing") and len(low) > 5):
            continue
        if low in words()["preposition_participles"]:
            return False  # "including", "following": a preposition's phrase
        before = found[k - 1]
        if before.lower() in attributive:
            continue  # "the reopening", "the ruling": a noun
        if not _ends_a_noun(before):
            return False  # "been shelling": a verb's own -ing
        return not _has_a_verb(found[k + 1 :]) and _has_a_verb(found[: k - 1])
    return False


# "from" right before a date, perhaps with its article: "from 17 March", "from the 17th".
_FROM_BEFORE = re.compile(r"\bfrom (?:the )?\Z", re.IGNORECASE)


def _main_clause_before(sentence: str, opening: int) -> bool:
    """Whether the words before a participle's comma are a main clause with its verb,
    ending with the noun the participle follows ("The board today agreed to lift the
    export ban on rice"), all in one stretch with no comma, or after an opening phrase
    of place or time ("On Tuesday, the board agreed"). After a subject and its aside,
    what follows is the subject's own verb, no participle ("Okello, then a ranger,
    resigned on Monday"; "Hendrix, widely considered ..., died in 1970"; "The candidate
    defeated in the run-off, Ana Pop, refused on Monday"). Of a verb of saying, the
    clause it reports needs a verb of its own ("says it took the latest album")."""
    begin = max(0, opening - _HEAD_REACH)
    mark = _last(_HEAD_BREAK.finditer(sentence, begin, opening))
    stretches = sentence[mark.end() if mark else begin : opening].split(", ")
    last = WORD_RE.findall(stretches[-1])
    if not last or not _ends_a_noun(last[-1]) or last[0].lower() in _RELATIVE_OPENERS:
        return False
    w = words()
    if len(stretches) > 2:
        return False
    if len(stretches) == 2:
        first = WORD_RE.findall(stretches[0])
        if not first or first[0].lower() not in w["fronted_prepositions"]:
            return False
        opener = last[0].lower()
        if not (last[0][:1].isupper() or opener in _DETERMINERS or opener in w["subject_pronouns"]):
            return False  # "In 2019, widely seen as ...": no subject, an aside
    said = [k for k, word in enumerate(last) if word.lower() in w["report_verbs"]]
    return _has_a_verb(last[said[-1] + 1 :] if said else last)


_RELATIVE_OPENERS = frozenset({"who", "which", "whom", "whose", "where", "that"})


def _medium_of_a_saying(sentence: str, opening: int) -> bool:
    """Whether the noun a participle follows is where a saying was made, a verb of report
    and "in" before it ("said in a statement, issued on Monday, that ...",
    "told the court in a filing, lodged on Monday"): the day is then the saying's."""
    found = [word.lower() for word in WORD_RE.findall(sentence, max(0, opening - 60), opening)]
    if "in" not in found:
        return False
    before = found[: len(found) - found[::-1].index("in") - 1]
    w = words()
    return any(word in w.speech or word in w["report_verbs"] for word in before[-4:])


def _has_a_verb(found: Sequence[str]) -> bool:
    """Whether words hold a verb of their own: a finite word, or a past form after a noun
    or a pronoun ("The board today agreed", "its cutter rammed"), not an adjective after
    its determiner ("the jailed activist") nor a first word ("proposed changes")."""
    w = words()
    attributive = _DETERMINERS | w["possessives"] | w["object_determiners"] | prepositions()
    for k, word in enumerate(found):
        low = word.lower()
        if not word.islower():
            continue
        previous = found[k - 1].lower() if k else ""
        if previous in _RELATIVE_OPENERS:
            continue  # "the master who warned him": the relative clause's verb
        if (
            low in joined("copulas", "have_forms")
            or low in _EVENT_AUXILIARIES
            or low in w["auxiliaries"]
        ):
            return True
        # a number before it counts what the past form describes ("the 40 jailed men"),
        # unless it ends a name ("a Mirage 2000 locked")
        numbered = previous[:1].isdigit() and not (k > 1 and found[k - 2][:1].isupper())
        if k and past_form(low) and previous not in attributive and not numbered:
            return True
    return False


def _ends_a_noun(word: str) -> bool:
    """Whether the word before a participle's comma may end a noun phrase ("the ban on
    rice", "its two executives", "Piraeus"): no verb ("was passed"), adverb, date or
    number, after which a participle is the subject's, or the date's."""
    low = word.lower()
    w = words()
    if low in weekday_names() or low in MONTHS or word[:1].isdigit():
        return False
    if low in w["auxiliaries"] or low in w["passive"] or low in joined("copulas", "have_forms"):
        return False
    if word.islower() and (past_form(low) or low.endswith("ly") or low in prepositions()):
        return False
    return word.replace("-", "").isalpha()  # "the by-election"


def _main_verb_after(sentence: str, end: int) -> bool:
    """Whether a finite verb follows the comma that closes the phrase the date at `end`
    ends (", was freed", ", will resume", ", denied"): the phrase is then an aside of the
    subject, which in_participle_aside reads; not a purpose ("..., to support") nor a
    phrase of its own. Where no comma closes it, the phrase closes the sentence."""
    close = sentence.find(", ", end)
    if close < 0:
        return False
    main = WORD_RE.findall(sentence[close + 2 : close + 62])
    while main and (main[0].lower() in _BEFORE_THE_VERB or main[0].endswith("ly")):
        main = main[1:]
    if not main or not main[0].islower():
        return False
    return _finite(main[0].lower())


def in_denied_complement(sentence: str, at: int, end: int) -> bool:
    """Whether the date is in what a verb of denial denies (words.toml's denial_verbs):
    "The coast guard denies that its cutter rammed a fishing boat on Sunday" dates the
    ramming the coast guard says did not happen, not the denial, and a row would show
    the denial on the day of the act it denies (r72 F6). The denial's own date stays
    ("denied on Monday that ..."): what is denied is a clause, a subject and its verb
    or a gerund ("denied ramming"), after the verb of denial and before the date, with
    no mark between, and a noun alone is no clause ("rejected the appeal on Monday",
    "were denied entry on Monday" date the rejection). Not a denial negated or conceded
    (denial_cancellers: "did not deny that", "no longer denies"), an adjective ("the
    disputed vote held on Sunday"), a noun ("the early contests will"), one in a
    relative clause, whose sentence's verb may follow ("The man who denied the charges
    was sentenced on Monday"), nor one a coordinated verb follows ("had denied wrongdoing
    and told a committee on Friday": the telling's day); and a date after "until" is the
    denial's bound ("denied wanting the post until October 2004, when he ...")."""
    if ends_event(sentence, at, end) is not None:
        return False
    begin = max(0, at - _DENIAL_REACH)
    # (the whole sentence searched: a comma's lookahead sees the year after the date's)
    stop = _last(m for m in _DENIAL_BREAK.finditer(sentence, begin) if m.end() <= at)
    begin = stop.end() if stop else begin
    w = words()
    verbs = [
        m
        for m in WORD_RE.finditer(sentence, begin, at)
        if m.group().islower() and m.group() in w["denial_verbs"]
    ]
    if not verbs:
        return False
    verb = verbs[-1]
    before = [
        word.lower() for word in WORD_RE.findall(sentence, max(0, verb.start() - 40), verb.start())
    ]
    previous = before[-1] if before else ""
    if previous in _DETERMINERS or previous in w["possessives"] or previous in prepositions():
        return False  # "the disputed vote": an adjective
    if previous in RELATIVES or previous == "whom":
        return False  # "who denied the charges": a relative clause's verb
    near = before[-3:]
    conceded = " ".join(near)
    if set(near) & w["negators"] or any(word.endswith(("n't", "n’t")) for word in near):
        return False  # "did not deny that", "never denied"
    if any(re.search(rf"\b{re.escape(c)}\Z", conceded) for c in w["denial_cancellers"]):
        return False  # "Nobody denies that", "no longer denies"
    between = WORD_RE.findall(sentence, verb.end(), at)
    if between and between[0].islower() and _finite(between[0].lower()):
        return False  # "the early contests will ...": a noun, its verb after it
    return _a_clause(between)


_DENIAL_REACH = 300  # a clause is rarely longer (event_dates._CLAUSE_REACH)


# What ends the stretch a verb of denial governs before a date: a mark (not the comma of
# a date, "August 9, 2024"), or a conjunction that may join another verb of the subject.
_DENIAL_BREAK = re.compile(r"[;:()\u2014\u2013]|\.\s|(?<!\d),|,(?!\s\d{4}\b)|\b(?:and|but|or)\b")


def _finite(word: str) -> bool:
    """A finite verb or a past form: "will", "was", "ended"."""
    w = words()
    return (
        word in joined("copulas", "have_forms")
        or word in _EVENT_AUXILIARIES
        or word in w["auxiliaries"]
        or (past_form(word) and not word.endswith("ing"))
    )


def _a_clause(found: Sequence[str]) -> bool:
    """Whether the words after a verb of denial, up to a date, hold a clause: a gerund
    first ("ramming the boat on"), or a verb of a subject's ("that its cutter rammed a
    fishing boat on", "the ship had entered"); not an infinitive ("rejected a request to
    free him on Monday" may date the rejection) nor an adjective ("the jailed activist")."""
    found = [word for word in found if not (word.islower() and word.endswith("ly"))]
    if not found:
        return False
    first = found[0]
    if first.islower() and first.endswith("ing") and len(first) > 4:
        return True  # "denied ramming"
    return _has_a_verb(found)
