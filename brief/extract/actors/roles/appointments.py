"""The office a sentence gives a person as its news: "named assistant general manager
Tony DiLeo interim coach", "Jane Roe, the finance director, was appointed chief
executive", "Efua Mensah-Bonsu, who now serves as ECOWAS special envoy".

The title before the name, or in its apposition, is then the one they held until the
news; the appointment is their role as of the article. It has a module of its own
because it reads the verbs around a name (appointing, serving, leaving), where the
other readers read a title's words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from brief.extract.actors.marks import BREAKS, DASHES
from brief.extract.actors.roles.apposition_bounds import past_an_age
from brief.extract.actors.roles.role_words import (
    TITLE_WORDS,
    function_words,
    is_head,
    style_start,
)
from brief.extract.actors.word_knowledge import common_word, given_name, person_nouns
from brief.extract.lexicon import alternation, calendar_word, joined, word_values, words

if TYPE_CHECKING:
    from brief.extract.actors.names import Token


def appointed(text: str, toks: list[Token], name_start: int, name_end: int) -> str | None:
    """The office a sentence gives the name toks[name_start:name_end] as its news: "named
    assistant general manager Tony DiLeo interim coach", "Jane Roe, the finance director,
    was appointed chief executive", "was sworn in as president". The title before the name, or in
    its apposition, is the one they held until then: the appointment is their role as of
    the article (a stale title misleads more than none). Only a done appointment counts
    ("was named", "named ..."), not a planned one ("will be named", "is expected to")."""
    current = (
        _office_now(text, toks, name_end)
        or _office_it_is(text, toks, name_end)
        or _office_to_hold(text, toks, name_end)
        or _command_taken(text, toks, name_end)
        or _office_become(text, toks, name_end)
    )
    if current is not None:
        return _appointed_past_clause(text, toks, name_end) or current
    if toks[name_end - 1].possessive:
        return None  # "made Gov. Chris Christie's wife grimace": the name owns the object
    verbs = words()["appointment_verbs"]
    start = _after_passive(toks, name_end, verbs)
    if start is None and (verb := _verb_past_title(toks, name_start, name_end)) is not None:
        if any(t.base in words()["not_done"] for t in toks[max(0, verb - 2) : verb]):
            return None
        start = name_end + 1  # "appointed the health director, Jane Roe, as acting governor"
    if start is None:
        verb = _active_verb(toks, style_start(toks, name_start))  # "chose the Ven. X as"
        if verb is None:
            return None
        if toks[verb].base in words()["moving_verbs"]:
            return _moved_to_post(text, toks, verb, name_end)
        if not _voted_to_appoint(toks, verb) and not _appointment_done(toks, verb):
            if toks[verb].base not in verbs:
                return None
            if any(t.base in words()["not_done"] for t in toks[max(0, verb - 2) : verb]):
                return None  # "has not named", "would have named", "had named", "to have named"
        if _title_of_a_name(toks, name_end):
            return None  # "chosen Virginia Sen. Tim Kaine as ...": a place before a title
        start = _past_apposition(toks, name_end)
        if start == name_end and _in_their_place(toks, name_end):
            return _office_vacated(text[: toks[verb].start])
    checked = _without_others_clauses(text, toks, name_start, name_end)
    if start > name_end + 1:
        # the apposition skipped describes the person, not when the appointment was:
        # "named Jane Roe, a retired general, as defence minister"
        checked = checked.replace(text[toks[name_end].start : toks[start - 1].end], " ", 1)
    if _background_re().search(checked):
        return None  # "In 1993 he named Cardoso finance minister", "two decades ago"
    return _complement(text, toks, start, toks[start - 1].base == "promoted")


def _moved_to_post(text: str, toks: list[Token], verb: int, name_end: int) -> str | None:
    """ "moved Jane Roe, the minister who had led the talks, to a newly created post of
    Minister of Water": a verb that moves someone (words.toml's moving_verbs) gives the
    office the post after "to" names, past an apposition set off by commas (what they
    held until then). Only a done move ("had been moved", "will move" are none)."""
    if any(t.base in words()["not_done"] for t in toks[max(0, verb - 2) : verb]):
        return None
    k = _after_apposed(toks, name_end)
    if k is None or k >= len(toks) or toks[k].base != "to":
        return None
    k += 1
    if k < len(toks) and toks[k].base in words()["articles"]:
        k += 1
    for _ in range(3):  # "new", "newly created", "vacant"
        if k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower():
            if toks[k].base in words()["post_nouns"]:
                break
            k += 1
    if not (
        k + 2 < len(toks) and toks[k].base in words()["post_nouns"] and toks[k + 1].base == "of"
    ):
        return None
    return _complement(text, toks, k + 2, False)


def _appointed_past_clause(text: str, toks: list[Token], name_end: int) -> str | None:
    """The office the main clause appoints the person to, past the clause set off after
    the name that says what they held until then: "Irena Kodaly, a judge who has been
    vice-chair of the commission since 2024, was sworn in as interim chair" is the
    interim chair (r67 F6: the table had given the vice-chair). The clause is the
    background of the news, as a title before the name is."""
    if name_end >= len(toks) or toks[name_end].text != ",":
        return None
    verbs = words()["appointment_verbs"]
    for close in range(name_end + 1, min(name_end + _APPOSED, len(toks))):
        if toks[close].text == "," and (start := _after_passive(toks, close, verbs)) is not None:
            return _complement(text, toks, start, toks[start - 1].base == "promoted")
    return None


# "who is now": a relative clause that gives the office held today ("who now serves as":
# words.toml's office_serving_verbs).
_NOW = frozenset({"now", "currently"})
# Adverbs between "has" and "been appointed" that keep the appointment's news.
_SINCE = frozenset({"since", "now", "recently", "just", "already"})


def _office_now(text: str, toks: list[Token], name_end: int) -> str | None:
    """The office a clause says the person holds now: "Ghana's former foreign minister
    Efua Mensah-Bonsu, who now serves as ECOWAS special envoy for the Sahel" (a
    reviewer's table had kept "former foreign minister"), "..., who is now the central
    bank governor", "..., who became acting president on the 14th", "..., who was
    appointed ASEAN special envoy in March", and so on a relative clause after the
    name's apposition ("Farid Hashim, the former foreign minister who was appointed
    ..."), whose "who" is the same person. "Who is" needs its "now": "who is a former
    minister" and "who is the son of" give no office. And the name's own present perfect:
    "Daler Rahimzoda has been acting president since the 14th"."""
    k = name_end
    if k + 2 < len(toks) and toks[k].base == "has" and toks[k + 1].base == "been":
        first = toks[k + 2]
        if first.base in words()["appointment_verbs"] or first.base.endswith("ed"):
            return None  # "has been made an officer of ...", "has been charged": no office
        return _office_phrase(text, toks, k + 2)
    if not (k + 2 < len(toks) and toks[k].text == ","):
        return None
    k += 1
    if toks[k].base in words()["appointed_participles"] and toks[k].text.islower():
        # "Tom Roe, appointed water minister on Monday,": a participle that a comma sets
        # after the name, with the office right after it, says the office as "who was
        # appointed" would (not "X, named on Monday as the bank's new chief economist,
        # starts soon": an office to come, see test_a_clause_after_a_name_is_no_title)
        office = _office_phrase(text, toks, k + 1, appointed=True)
        if office is not None and "as" not in office.split():
            return office
    if toks[k].base != "who":
        who = _past_apposed_noun(toks, k)
        if who is None:
            return None
        k = who
    k += 1
    if k >= len(toks):
        return None
    held = _held_since(text, toks, k)
    if held is not None:
        return held
    now = toks[k].base in _NOW
    k += now
    if (
        k + 1 < len(toks)
        and toks[k].base in words()["office_serving_verbs"]
        and toks[k + 1].base == "as"
    ):
        return _stood_in(toks[k], _office_phrase(text, toks, k + 2))
    if k + 1 < len(toks) and toks[k].base == "became":
        return _office_phrase(text, toks, k + 1)
    if k + 2 < len(toks) and toks[k].base in {"was", "has"}:
        perfect = toks[k].base == "has"
        k += 1
        if perfect and k + 1 < len(toks) and toks[k].base in _SINCE:
            k += 1  # "who has since been appointed", "who has now been named"
        k += perfect and k < len(toks) and toks[k].base == "been"
        if (
            k < len(toks)
            and toks[k].base in words()["appointment_verbs"]
            and toks[k].base != "made"
        ):
            k += 1
            k = _past_time_to_as(toks, k) or k  # "who was named this week as ..."
            return _office_phrase(text, toks, k, appointed=True)
        return None
    if k + 1 < len(toks) and toks[k].base == "is":
        k += 1
        if toks[k].base in _NOW:
            now, k = True, k + 1
        return _office_phrase(text, toks, k) if now else None
    return None


def _office_become(text: str, toks: list[Token], name_end: int) -> str | None:
    """The office the sentence's main verb says the person takes as its news, past an
    apposition of what they held until then: "Ruslan Roe, previously his first deputy,
    becomes chairman of the committee", "Jane Roe has become the bank's governor" (r74
    F17: the table had kept "previously ... first deputy"). Present or perfect only: "X,
    then a clerk, became chairman in 2010" tells a past that may have ended, and "will
    become" a future not yet held."""
    k = _after_apposed(toks, name_end)
    if k is None or k >= len(toks):
        return None
    if toks[k].base == "has":
        k += 1
        if k < len(toks) and toks[k].base in _SINCE:
            k += 1  # "has now become", "has since become"
        if k >= len(toks) or toks[k].base != "become":
            return None
    elif toks[k].base != "becomes":
        return None
    return _office_phrase(text, toks, k + 1, appointed=True)


def _office_to_hold(text: str, toks: list[Token], name_end: int) -> str | None:
    """The office the sentence's main verb says the person holds or will hold, past
    their apposition: "Ernesto Roe, her deputy, will lead it as acting director", "Jane
    Roe serves as interim chair" (words.toml's office_serving_verbs; a past "served as"
    is background). The verb's object may only be a pronoun: "will lead the team as
    captain" is a task, not an office of the name."""
    k = name_end
    serving = words()["office_serving_verbs"]
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].base in serving | {"will"}:
        k += 1  # "Her deputy, Ernesto Roe, will lead it as ...": the name is apposed
    elif k < len(toks) and toks[k].text == ",":
        reach = range(k + 1, min(k + _APPOSED, len(toks)))
        close = next((n for n in reach if toks[n].text == ","), None)
        if close is None or toks[k + 1].base in {"who", "which", "whose"}:
            return None
        if _a_name_apposed(toks[k + 1 : close]):
            return None  # "Her deputy in Abuja, Karim Bensouda, will act as": his office
        k = close + 1
    if k < len(toks) and toks[k].base in {"will", "shall"}:
        k += 1
    if k >= len(toks) or toks[k].base not in serving:
        return None
    verb = toks[k]
    k += 1
    if k < len(toks) and toks[k].base in {"it", "them"}:
        k += 1
    if k >= len(toks) or toks[k].base != "as":
        return None
    return _stood_in(verb, _office_phrase(text, toks, k + 1))


def command_handed_over(text: str, toks: list[Token], title_at: int) -> str | None:
    """ "Jane Roe took command of Task Force 51, replacing Rear Admiral Tom Roe" -> "former
    commander of Task Force 51" for the one replaced: a succession's verb (an "-ing" form
    of words.toml's office_ending_verbs) after the clause's comma, right before his
    title, hands over the command the sentence's subject took (`_command_taken`)."""
    verb = title_at - 1
    ending = words()["office_ending_verbs"]
    if verb < 1 or not toks[verb].base.endswith("ing") or toks[verb].base not in ending:
        return None
    if toks[verb - 1].text != ",":
        return None
    for k in range(verb - 1):
        if toks[k].base in words()["command_taking_verbs"]:
            taken = _command_taken(text, toks, k)
            if taken is not None:
                return f"former {taken}"
    return None


def _command_taken(text: str, toks: list[Token], name_end: int) -> str | None:
    """ "Rear Admiral Jane Roe took command of Task Force 51 on Monday" -> "commander of
    Task Force 51": a verb of taking up (words.toml's command_taking_verbs) and "command
    of" a body's capitalised name make its holder its commander as the news, as "who
    heads the service" makes its head; not "under the command of", no one's verb."""
    k = name_end
    if k + 3 >= len(toks) or toks[k].base not in words()["command_taking_verbs"]:
        return None
    k += 1 + (toks[k + 1].base == "over")  # "took over command of"
    if k + 2 >= len(toks) or toks[k].base != "command" or toks[k + 1].base != "of":
        return None
    first = k + 2 + (toks[k + 2].base == "the")
    end = first
    while end < len(toks) and (
        toks[end].text[:1].isupper()
        or (toks[end].text.isdigit() and end > first)
        or _of_in_a_name(toks, first, end)
        or _joins_a_name(toks, first, end)
    ):
        end += 1
    if end == first or toks[end - 1].possessive:
        return None
    return f"commander of {text[toks[k + 2].start : toks[end - 1].end]}"


def _a_name_apposed(phrase: list[Token]) -> bool:
    """Words set off after a run that are a name themselves, capitalised with no title
    word nor possessive ("in Abuja, Karim Bensouda,"): the verb after them is that
    person's, the run before is where or whose they are."""
    return len(phrase) >= 2 and all(
        t.text[:1].isupper() and not t.possessive and not TITLE_WORDS[t.base] for t in phrase
    )


def _stood_in(verb: Token, office: str | None) -> str | None:
    """ "will act as interior minister": an office held for another is an acting one
    (words.toml's standin_serving_verbs), unless its words say how already ("act as
    interim chair")."""
    if office is None or verb.base not in words()["standin_serving_verbs"]:
        return office
    first = office.split()[0].lower()
    if first in joined("role_standin", "role_past"):
        return office
    return f"acting {office}"


def office_held_then(text: str, toks: list[Token], name_end: int) -> str | None:
    """The office a sentence says the name toks[..name_end] held for a span of time that
    closed, in the simple past: "X was mayor from 1970 to 1994", "X was fisheries minister
    for four turbulent years", "X, who has died, sat on the council for 31 years and was,
    for 19 months in the late 1980s, Minister of State for the Marine", "X, who was
    minister until 2005,". The office is theirs no more (one held to this day is "has been
    X since"): it is no appointment, and what the person is now is said elsewhere, if at
    all (tenure_since). The person is the subject: "was" opens their predicate, past an
    apposition or a relative clause, follows its "and", or opens a relative clause of
    theirs. None for "a judge" (one of many) or a span left open ("was mayor from 2019")."""
    k = name_end
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].base == "who":
        k += 2  # "Minister X, who was minister from 2001 to 2005, said"
    elif (past := _after_apposed(toks, k)) is not None:
        k = past
    else:
        return None
    if k >= len(toks):
        return None
    was = k if toks[k].base == "was" else _and_was(toks, k)
    if was is None or was + 2 >= len(toks):
        return None
    start, closed = was + 1, False
    if toks[start].text == ",":  # "was, for 19 months in the late 1980s, Minister of ..."
        close = next(
            (n for n in range(start + 1, min(start + 12, len(toks))) if toks[n].text == ","), None
        )
        if close is None:
            return None
        closed = any(_closed_span(toks, n) for n in range(start + 1, close))
        start = close + 1
    ends = BREAKS | DASHES  # ("... for the Marine - a post he called ...")
    end = next((n for n in range(start, len(toks)) if toks[n].text in ends), len(toks))
    span = next((n for n in range(start + 1, end) if _closed_span(toks, n)), None)
    if span is not None:
        end, closed = span, True
    return _office_phrase(text, toks[:end], start) if closed else None


def _and_was(toks: list[Token], k: int) -> int | None:
    """The "was" of "and was" in the clause from toks[k] on, the subject's second
    predicate: not past a relative pronoun, "that" or a quote, whose "was" is another's."""
    for n in range(k, min(k + _APPOSED, len(toks) - 1)):
        tok = toks[n]
        if tok.text in {".", ";", ":", '"', "“", "”"} or tok.base in _OTHERS_CLAUSE:
            return None
        if tok.base == "and" and toks[n + 1].base == "was":
            return n + 1
    return None


# Words that open a clause of another subject inside the sentence.
_OTHERS_CLAUSE = frozenset({"that", "who", "which", "whose", "whom", "when", "where", "while"})


def _closed_span(toks: list[Token], n: int) -> bool:
    """A span of time that closed, from toks[n]: "from 1970 to 1994", "between 1990 and
    1994", "until 2001", "for four turbulent years", "for 19 months", "in the late 1980s"."""
    word = toks[n].base
    after = [t.text.lower() for t in toks[n + 1 : n + 6]]
    if not after:
        return False
    if word in {"from", "between"}:
        return (
            _YEAR.fullmatch(after[0]) is not None
            and len(after) > 2
            and after[1] in {"to", "until", "till", "and", "-", "–"}
            and _YEAR.fullmatch(after[2]) is not None
        )
    if word in {"until", "till"}:
        return _YEAR.fullmatch(after[0]) is not None
    if word == "for":
        counted = after[0][:1].isdigit() or after[0] in _number_words()
        return counted and any(w in words()["term_span_nouns"] for w in after[1:4])
    if word == "in" and after[0] == "the":
        return any(_DECADE.fullmatch(w) for w in after[1:3])
    return False


_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_DECADE = re.compile(r"(?:1[5-9]|20)\d0s")


@cache
def _number_words() -> frozenset[str]:
    return frozenset(word_values("number_words"))


def _office_it_is(text: str, toks: list[Token], name_end: int) -> str | None:
    """The office the sentence's main verb says the person holds, past a relative clause
    about them: "Ilze Kalniņa, who was Latvia's defence minister until January, is the
    commissioner-designate for defence industry and space"; and a name apposed with its
    commas ("whose husband, Imre Roe, is Hungary's defence minister"). Only "is the" or
    a name's possessive, and an office's head: "is the son of", "is the first woman to"
    give none."""
    k: int | None = name_end
    after = toks[name_end + 1].base if name_end + 1 < len(toks) else ""
    if after == "who" and toks[name_end].text == ",":
        reach = range(name_end + 2, min(name_end + _APPOSED, len(toks)))
        k = next((n + 1 for n in reach if toks[n].text == ","), None)
    elif after == "is" and toks[name_end].text == ",":
        k = name_end + 1  # "whose husband, Imre Roe, is ...": the apposed name's predicate
    elif (aged := past_an_age(toks, name_end)) > name_end and toks[aged].text == ",":
        k = aged + 1  # "Maria Lopes, 52, is deputy director of ...": past the age
    if k is None or k + 2 >= len(toks) or toks[k].base != "is":
        return None
    owner = toks[k + 1]  # "is the", or a name's possessive: "is Hungary's defence minister"
    # or an office's noun with no article, as a post one person holds is written ("is
    # deputy director of the institute", "is chairman of the board")
    bare = owner.text.islower() and (
        is_head(owner.base) or owner.base in joined("second_in_command", "role_standin")
    )
    if owner.base != "the" and not (owner.possessive and owner.text[:1].isupper()) and not bare:
        return None
    office = _office_phrase(text, toks, k + 1)
    if office is None:
        return None
    words_of = office.lower().split()
    of_an_office = words()["role_prepositions"]
    cut = next((n for n, w in enumerate(words_of) if n and w in of_an_office), len(words_of))
    return office if is_head(words_of[cut - 1]) else None


def _held_since(text: str, toks: list[Token], k: int) -> str | None:
    """The office a relative clause from toks[k] says the person holds to this day, in
    the present perfect or with "now", itself or in a conjunct after "and": "who has led
    Africa CDC as acting director-general since January", "who until Wednesday chaired
    the commission and is now caretaker interior minister", "who was promoted to major
    in June and has served as acting chief of police since May". The office said last is
    the one held now; what came before it is the background."""
    end = next((n for n in range(k, len(toks)) if toks[n].text in BREAKS), len(toks))
    starts = [k] + [n + 1 for n in range(k, end - 1) if toks[n].base == "and"]
    for at in reversed(starts):
        office = _held_from(text, toks, at, end)
        if office is not None:
            return office
    return None


def _held_from(text: str, toks: list[Token], k: int, end: int) -> str | None:
    """ "is now X", "now serves as X", "has been X since", "has served as X since", "has
    led the agency as X since" from toks[k] (see `_held_since`): the perfect with "since"
    only, which runs to now ("has served as mayor" alone may be long past)."""
    if k + 2 >= end:
        return None
    if toks[k].base == "is" and toks[k + 1].base in _NOW:
        return _office_phrase(text, toks, k + 2)
    if toks[k].base in _NOW and toks[k + 1].base in words()["office_serving_verbs"]:
        return (
            _stood_in(toks[k + 1], _office_phrase(text, toks, k + 3))
            if toks[k + 2].base == "as"
            else None
        )
    if toks[k].base != "has" or not any(t.base == "since" for t in toks[k + 2 : end]):
        return None  # "who has served as mayor (twice)": what they did, not what they are
    verb = toks[k + 1]
    if verb.base == "been":
        if toks[k + 2].base in words()["appointment_verbs"] or toks[k + 2].base.endswith("ed"):
            return None  # "has been named": the appointment reader's; "has been charged"
        return _office_phrase(text, toks, k + 2)
    if verb.base not in words()["perfect_serving_verbs"]:
        return None
    as_at = next((n for n in range(k + 2, min(k + 7, end)) if toks[n].base == "as"), None)
    return None if as_at is None else _office_phrase(text, toks, as_at + 1)


def _past_time_to_as(toks: list[Token], k: int) -> int | None:
    """Where the office starts after "as" at toks[k], or after a time adjunct and "as"
    ("named this week as", "appointed on Monday as"): the adjunct says when, the office
    comes after it. None where no "as" comes."""
    if k < len(toks) and toks[k].base == "as":
        return k + 1
    if k >= len(toks) or not (_opens_a_time(toks, k) or toks[k].base in _TIME_ADVERBS):
        return None
    for n in range(k + 1, min(k + 5, len(toks))):
        if toks[n].base == "as":
            return n + 1
        if not _a_time_word(toks[n]):
            return None  # "promoted on Tuesday after serving as ...": another clause's
    return None


def _a_time_word(tok: Token) -> bool:
    """A word of a time adjunct: "this week", "on 3 March", "last month"."""
    return (
        tok.base in _DATE_PREPOSITIONS | _TIME_NOUNS | _TIME_ADVERBS | {"the", "of"}
        or calendar_word(tok.text)
        or tok.text[:1].isdigit()
    )


def _past_apposed_noun(toks: list[Token], k: int) -> int | None:
    """Where "who" stands after an apposition that a determiner opens, within eight
    words and no comma ("the former foreign minister who ..."): the clause is the
    person's, as the noun is."""
    if toks[k].base not in words()["articles"] and not toks[k].possessive:
        return None
    for n in range(k + 1, min(k + 9, len(toks))):
        if toks[n].base == "who":
            return n
        if toks[n].text in {",", ".", ";", ":", "(", ")"}:
            return None
    return None


def _office_phrase(text: str, toks: list[Token], k: int, *, appointed: bool = False) -> str | None:
    """The noun phrase from toks[k] to the clause's end that an office noun heads
    ("ECOWAS special envoy for the Sahel", "the central bank governor"), without its
    article: the head is the word before its first preposition, or its last word. None
    past eight words, or headed by no office ("married to the president"), or opening
    with a preposition ("in the custody of ..."), or one of many ("a lawyer"). An
    appointment (`appointed`) to one of many offices names the body it is of ("was
    appointed a judge of the High Court"), and that is the office."""
    if k < len(toks) and toks[k].base in {"a", "an"}:
        if not (appointed and any(t.base == "of" for t in toks[k + 2 : k + 5])):
            return None
        k += 1
    if k < len(toks) and toks[k].base == "the":
        k += 1
    end = k
    while end < len(toks) and toks[end].text not in {",", ".", ";", ":", "(", ")"}:
        if end > k and _opens_a_time(toks, end):
            break  # "acting president on the 14th", "special envoy in March"
        end += 1
    phrase = toks[k:end]
    prepositions = words()["object_prepositions"] | {"of", "for"}
    if not phrase or len(phrase) > 8 or phrase[0].base in prepositions:
        return None
    head = next(
        (n - 1 for n, tok in enumerate(phrase) if tok.base in prepositions), len(phrase) - 1
    )
    if head < 0 or not (phrase[head].base in _office_nouns() or is_head(phrase[head].base)):
        return None  # ("commissioner-designate": a head and its affix)
    return text[phrase[0].start : phrase[-1].end]


# What opens a time adjunct or a clause after an office's noun phrase, which ends there:
# "since", "after", "when", "until"; "on", "in", "from" before a date ("on the 14th",
# "in March", "in 2024"); "last", "this", "only" before a time ("last week").
_CLAUSE_OPENERS = frozenset({"since", "after", "before", "when", "until", "following", "amid"})
_DATE_PREPOSITIONS = frozenset({"on", "in", "from", "last", "this", "only", "earlier"})
_TIME_NOUNS = frozenset({"week", "month", "year", "weekend", "morning", "night", "last"})
# Adverbs of the day news tells, a time adjunct of one word ("was named today as ...").
_TIME_ADVERBS = frozenset({"today", "yesterday", "tonight", "recently"})


def _opens_a_time(toks: list[Token], k: int) -> bool:
    if toks[k].base in _CLAUSE_OPENERS:
        return True
    if toks[k].base not in _DATE_PREPOSITIONS or k + 1 >= len(toks):
        return False
    n = k + 1 + (k + 2 < len(toks) and toks[k + 1].base == "the")
    word = toks[n].text
    return (
        calendar_word(word) or word[:1].isdigit() or toks[n].base in _TIME_NOUNS | {"the"}
    ) and not (toks[k].base == "in" and toks[n].base == "the")


def _title_of_a_name(toks: list[Token], at: int) -> bool:
    """A capitalised title at toks[at] (its dot too) before a given name: "Sen. Tim
    Kaine", where the name before it ("Virginia") only says whose senator he is."""
    if at >= len(toks) or not toks[at].text[:1].isupper() or not is_head(toks[at].base):
        return False
    after = at + 1 + (at + 1 < len(toks) and toks[at + 1].text == ".")
    return after < len(toks) and given_name(toks[after].text)


# A relative clause: ", who resigned last month", ", which she held until 2015".
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*")
# A time clause whose subject is a name: "after Hon. Samson Rukale resigned".
_NAMED_TIME_CLAUSE = re.compile(
    r"\b(?:after|before|when|since)\s+((?:(?:[A-Z][\w’'-]*\.?)\s+){1,4})[a-z][^,;]*"
)


def _without_others_clauses(text: str, toks: list[Token], name_start: int, name_end: int) -> str:
    """The sentence less the clauses about someone else: the relative clauses of a name
    just before them ("named Sofia Brandão as chief executive, replacing Rui Calado, who
    resigned last month" dates Calado's leaving, not her appointment; "named Jane Roe as
    its leader, which she held until 2015" and "Jane Roe, who served until 2015," date
    hers), and a time clause whose subject another name is ("elected Jonathan Tagini as
    Prime Minister, four days after Hon. Samson Rukale resigned")."""
    own = {tok.text for tok in toks[name_start:name_end]}
    cuts = []
    for found in _RELATIVE_CLAUSE.finditer(text):
        before = text[: found.start()].split()
        if before and before[-1][:1].isupper() and before[-1] not in own:
            cuts.append(found.span())
    for found in _NAMED_TIME_CLAUSE.finditer(text):
        if own.isdisjoint(found.group(1).replace(".", " ").split()):
            cuts.append(found.span())
    kept, at = [], 0
    for start, end in sorted(cuts):
        if start >= at:
            kept.append(text[at:start])
            at = end
    return "".join(kept) + text[at:]


@cache
def _background_re() -> re.Pattern[str]:
    """A sentence that dates its appointment in the past or tells what came of it (lost
    it, or left it: words.toml's office_leaving_verbs) tells the background, not the
    person's office as of the article. An "until" closes the span only when its clause
    is past: one told in the present or to come ("appointed acting defence minister
    until a successor is confirmed by parliament", "until one can be found") is the
    office's term, still running, so the news (r66: read as background, the stand-in
    was shown by her old "deputy")."""
    left = alternation(words()["office_leaving_verbs"])
    return re.compile(
        r"\b(?:1[89]|20)\d\d\b|\b(?:ago|earlier|previously|formerly|once|then|later"
        rf"|until(?! now)(?![^,;.]*\b(?:{_still_to_come()})\b)|lost|{left})\b"
    )


# The forms of "be" that are no finite verb: they tell no time by themselves.
_NON_FINITE_BE = frozenset({"be", "been", "being"})


def _still_to_come() -> str:
    """The finite auxiliaries of the present or to come ("is", "are", "has", "will",
    "can"): an "until" clause that holds one ends the term later than the news."""
    w = words()
    finite = (w["auxiliaries"] | w["modal_verbs"] | w["passive"]) - _NON_FINITE_BE
    return alternation(finite - w["past_auxiliaries"])


# The words between an appointing verb and its object's name: a title, no clause.
_NOT_IN_TITLE = frozenset({",", ".", ";", ":", "(", ")", "and", "or", "to", "that", "who"})


def _appointment_done(toks: list[Token], of: int) -> bool:
    """ "The council approved the appointment of X as governor", "after the election of X
    as president": the noun of an appointment (words.toml's appointment_nouns) whose "of"
    is at toks[of], after "the" and a word that makes it done (appointment_done), not
    undone before it ("has not approved")."""
    if of < 3 or toks[of].base != "of" or toks[of - 1].base not in words()["appointment_nouns"]:
        return False
    if toks[of - 2].base != "the" or toks[of - 3].base not in words()["appointment_done"]:
        return False
    return not any(t.base in words()["not_done"] for t in toks[max(0, of - 5) : of - 3])


def _voted_to_appoint(toks: list[Token], verb: int) -> bool:
    """ "The Senate voted to confirm X as ...", "voted to elect": the infinitive of an
    appointing verb after a vote (words.toml appointing_votes) is the appointment done.
    The verb is known by its past, which the appointing verbs list: "confirm(ed)"."""
    if verb < 2 or toks[verb - 1].base != "to":
        return False
    k = verb - 2
    while k > 0 and verb - 2 - k < 3 and _when_or_how(toks[k].base):
        k -= 1  # "voted on Wednesday to confirm", "voted unanimously to elect"
    if toks[k].base not in words()["appointing_votes"]:
        return False
    base, verbs = toks[verb].base, words()["appointment_verbs"]
    return f"{base}ed" in verbs or f"{base}d" in verbs


def _when_or_how(base: str) -> bool:
    """A word between a verb and its infinitive that says when or how: "on Wednesday",
    "unanimously", "52-48"."""
    return (
        base in {"on", "late", "early", "last"}
        or calendar_word(base)
        or base.endswith("ly")
        or base[:1].isdigit()
    )


def _active_verb(toks: list[Token], i: int) -> int | None:
    """The position of the verb whose object the name is, past the name's title ("named
    assistant general manager Tony DiLeo"): the first word back that is lower case and no
    title word, within six."""
    for k in range(i - 1, max(i - 9, -1), -1):
        tok = toks[k]
        if _inside_a_title(toks, k):
            continue  # "elected Leader of the Opposition Hon. Jonathan Tagini"
        if tok.text in _NOT_IN_TITLE:
            return None
        if tok.text.islower() and not TITLE_WORDS[tok.base] and not tok.possessive:
            if tok.base in {"the", "its", "his", "her", "their"}:
                return None
            return _verb_before_a_field(toks, k, i) or k
    return None


def _verb_before_a_field(toks: list[Token], k: int, i: int) -> int | None:
    """ "appointed chief financial officer Mia Dorn": a word of the title's field that
    is no title word ("financial", "operations") stands between the appointing verb and
    the name, whose title ends with an office's head. The appointing verb (words.toml's
    appointment_verbs) just before the title's lower-case words, within the window of
    `_active_verb`, is the one whose object the name is."""
    if i < 1 or not (is_head(toks[i - 1].base) or toks[i - 1].base in _office_nouns()):
        return None
    for n in range(k - 1, max(i - 9, -1), -1):
        tok = toks[n]
        if tok.base in words()["appointment_verbs"]:
            return n
        if tok.text in _NOT_IN_TITLE or not tok.text.islower() or tok.possessive:
            return None
        if tok.base in joined("determiners", "possessives", "auxiliaries"):
            return None
    return None


def _verb_past_title(toks: list[Token], name_start: int, name_end: int) -> int | None:
    """The appointing verb before the title a name is apposed to, when ", as" follows the
    name: "appointed the provincial health director, Jane Roe, as acting governor" (the
    title is the one she held until then, and the verb's object is the whole apposition).
    The title opens with a determiner or a possessive and an office heads it."""
    if name_start < 3 or toks[name_start - 1].text != ",":
        return None
    if not (name_end + 1 < len(toks) and toks[name_end].text == ","):
        return None
    if toks[name_end + 1].base != "as":
        return None
    for k in range(name_start - 2, max(name_start - 11, -1), -1):
        tok = toks[k]
        if tok.text in _NOT_IN_TITLE:
            return None
        if tok.base in words()["appointment_verbs"]:
            title = toks[k + 1 : name_start - 1]
            if len(title) < 2 or title[0].base not in {"the", "its", "his", "her", "their"}:
                return None
            cut = next((n for n, t in enumerate(title) if n and t.base in {"of", "for"}), None)
            head = title[cut - 1] if cut is not None else title[-1]
            return k if head.base in _office_nouns() or is_head(head.base) else None
    return None


def _inside_a_title(toks: list[Token], k: int) -> bool:
    """toks[k] is the stop of an honorific or a title written short ("Hon.", "Gen."), or
    a "the" or "of" between capitalised words of a title ("Leader of the Opposition")."""
    if k < 1:
        return False
    before = toks[k - 1]
    if toks[k].text == ".":
        return before.base in joined("honorifics", "title_abbreviations")
    if toks[k].base not in {"of", "the"} or k + 1 >= len(toks):
        return False
    after = toks[k + 1]
    opens = after.text[:1].isupper() or after.base == "the"
    return opens and (before.text[:1].isupper() or before.base == "of")


def _past_apposition(toks: list[Token], j: int) -> int:
    """Where the office may start after an appointed name: past an apposition set off by
    commas when "as" follows it ("appointed Brigadier General Amadou Danjuma, until now
    the junta's spokesman, as foreign minister")."""
    if j < len(toks) and toks[j].text == ",":
        close = _closing_comma(toks, j)
        if close is not None and close + 1 < len(toks):
            if toks[close + 1].base == "as":
                return close + 1
            if (taking := _taking_over(toks, close + 1)) is not None:
                return taking
    return _taking_over(toks, j) or j


def _taking_over(toks: list[Token], k: int) -> int | None:
    """Where "as" stands in "to replace her as", "to succeed him as" after an appointed
    name: the office after it is the one they are named to (an infinitive of
    words.toml's office_ending_verbs, its object a pronoun)."""
    if not (k + 3 < len(toks) and toks[k].base == "to" and toks[k + 3].base == "as"):
        return None
    ending = f"{toks[k + 1].base}s" in words()["office_ending_verbs"]
    pronoun = toks[k + 2].base in {"him", "her", "them"}
    return k + 3 if ending and pronoun else None


_APPOSED = 25  # tokens an apposition between a name and its verb or its "as" may run


def _closing_comma(toks: list[Token], k: int) -> int | None:
    """The comma that closes an apposition the comma at `k` opens, within _APPOSED tokens."""
    return next(
        (n for n in range(k + 1, min(k + _APPOSED, len(toks))) if toks[n].text == ","), None
    )


def _after_apposed(toks: list[Token], k: int) -> int | None:
    """Where a name's clause goes on at `k`, past an apposition set off by commas if one
    opens there ("Jane Roe, the finance director, was ..."); None if it never closes."""
    if k < len(toks) and toks[k].text == ",":
        close = _closing_comma(toks, k)
        return None if close is None else close + 1
    return k


def _in_their_place(toks: list[Token], j: int) -> bool:
    """ "appointed Jane Roe[, until now deputy minister,] in his place": the one appointed
    takes the office of someone the sentence spoke of before."""
    k = _after_apposed(toks, j)
    return (
        k is not None
        and k + 2 < len(toks)
        and toks[k].base == "in"
        and toks[k + 1].base in {"his", "her", "their"}
        and toks[k + 2].base == "place"
    )


def _office_vacated(before: str) -> str | None:
    """The office the words before an appointment say someone was removed from or left:
    "dismissed Alberto Roe as governor of Kuna Province and appointed ... in his place"
    gives the one appointed "governor of Kuna Province"."""
    offices = [found.group("office").strip() for found in _vacated_re().finditer(before)]
    return offices[-1] if offices else None


@cache
def _vacated_re() -> re.Pattern[str]:
    w = words()
    verbs = alternation([*w["office_ending_verbs"], *w["office_leaving_verbs"]])
    return re.compile(
        rf"\b(?:{verbs})\b[^,;]{{0,60}}? as (?:the )?"
        r"(?P<office>[A-Za-z' -]{2,60}?)(?=[,.;:)]| (?:on|in|at|after|for|over|and|but) |$)"
    )


def _after_passive(toks: list[Token], j: int, verbs: frozenset[str]) -> int | None:
    """Where the office starts in "<name>[, apposition,] was|were|has been|had been
    <appointed> ..." (and in "<title>, <name>, was <appointed> ..."), or None."""
    k = j
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].base in {"was", "were", "has"}:
        k += 1  # "The deputy minister, Jane Roe, was sworn in as ...": the name is apposed
    elif (past := _after_apposed(toks, k)) is not None:  # "Jane Roe, the finance director, was"
        k = past
    else:
        return None
    if k < len(toks) and toks[k].base == "has":  # not "had been named": background
        k += 1
        if k >= len(toks) or toks[k].base != "been":
            return None
    elif k >= len(toks) or toks[k].base not in {"was", "were"}:
        return None
    k += 1
    if k < len(toks) and toks[k].base in verbs:
        return k + 1
    return None


# The most capitalised words of the name an office is "of" ("Governor of the Central Bank
# of Sri Lanka": six, a name's "of" counted), so that one is not cut short.
_OF_CAPS = 6


def _complement(text: str, toks: list[Token], k: int, promoted: bool) -> str | None:
    """The office after an appointing verb and its object: "(in) as (the|its) interim
    coach", "promoted to captain", "president of Ghana". Its last word before "of" names
    a person's office or trade; every word before it is lower case or a title's. "To" is
    "promoted"'s alone: "was named to head the inquiry" gives no office."""
    if k < len(toks) and toks[k].base == "in":  # "sworn in as"
        k += 1
    said_as = k < len(toks) and toks[k].base == "as"
    if k < len(toks) and (said_as or (promoted and toks[k].base == "to")):
        k += 1
    if k < len(toks) and toks[k].base in {"a", "an"}:
        if not _one_of_a_bench(toks, k):
            return None  # "made an officer in the Order of ...": one of many, or an honour
        k += 1
    if k < len(toks) and toks[k].base in {"the", "its", "his", "her", "their"}:
        k += 1
    if k < len(toks) and toks[k].base == "new":  # "as its new leader": the office is "leader"
        k += 1
    first, head = k, None
    if k < len(toks) and toks[k].text.islower() and toks[k].possessive:
        k += 1  # "as the country's next Prime Minister": its owner stays in the role
    nouns = _office_nouns()
    while k < len(toks) and k - first < 6:
        tok = toks[k]
        field = said_as and head is None and _field_noun(tok)
        if not (tok.text.islower() or TITLE_WORDS[tok.base] or field) or tok.possessive:
            break
        if tok.base in nouns:
            head = k
        elif not (
            TITLE_WORDS[tok.base]
            or tok.base in {"interim", "caretaker"}
            or (head is None and tok.base in words()["offices_to_come"])
            or field
        ):
            break
        k += 1
    after = toks[k] if k < len(toks) else None
    if head is None or (after is not None and (after.text[:1].isupper() or after.possessive)):
        return None  # "named Senator John McCain's running mate": another's title
    if after is not None and after.base in joined("determiners", "possessives"):
        return None  # "promoted to head the unit": a verb and its object
    end = head
    if _an_award(toks, head + 1):
        return None  # "named player of the year": an award, no office
    if head + 2 < len(toks) and toks[head + 1].base == "of":  # "president of Ghana"
        n = head + 2 + (toks[head + 2].base == "the")
        caps = n
        while caps < len(toks) and caps - n < _OF_CAPS + _inner_ands(toks, n, caps):
            if toks[caps].text[:1].isupper():
                caps += 1
            elif _joins_a_name(toks, n, caps) or _of_in_a_name(toks, n, caps):
                caps += 1  # "of the National Electoral and Boundaries Commission"
            else:
                break
        if caps > n:
            end = caps - 1
        if n > head + 2 or caps == n:
            # "of the Gao", "of the army", "of staff": the noun phrase needs its head
            end = _phrase_head(toks, caps, end)
    if toks[head].text[:1].isupper():
        end = _title_for(toks, end)
    return text[toks[first].start : toks[end].end]


def _title_for(toks: list[Token], end: int) -> int:
    """Where a title written in capitals ends past its "for" and the capitalised words
    of its charge: "Minister of State for Maritime Affairs", "Minister for Europe", a
    title's own words as much as its "of" ("as Minister of State" had cut the charge off)."""
    n = end + 1
    if not (n + 1 < len(toks) and toks[n].base == "for"):
        return end
    n += 1 + (toks[n + 1].base == "the")
    caps = n
    while caps < len(toks) and caps - n < _OF_CAPS and toks[caps].text[:1].isupper():
        if toks[caps].possessive:
            return end  # "as Minister for Roe's ...": another's, not the title's
        caps += 1
    return caps - 1 if caps > n else end


def _field_noun(tok: Token) -> bool:
    """A common noun before the office's head that says its field: "confirmed X as water
    minister", "as Tourism Minister" (a title's words may be capitalised). Only after
    "as", which says the words after it are the office: without it, the words after the
    appointing verb may be no person's ("Newly installed Maguindanao del Sur provincial
    police director Col. ..." had made the province a person). Only before a head: the
    loop needs one after it, or the phrase gives no office ("as the source of the
    leak"). A word English makes adverbs, participles or verbs of by its ending is no
    field ("as acting minister" is TITLE_WORDS' own)."""
    text = tok.text
    return (
        text.isalpha()
        and text[1:].islower()
        and common_word(text.lower())
        and not tok.base.endswith(("ly", "ing", "ed"))
        and tok.base not in function_words()
    )


def _of_in_a_name(toks: list[Token], n: int, k: int) -> bool:
    """toks[k] is an "of" inside a body's name, between its capitalised words ("Court
    of Appeal", "Bank of Ghana")."""
    return (
        k > n
        and toks[k].text == "of"
        and toks[k - 1].text[:1].isupper()
        and k + 1 < len(toks)
        and toks[k + 1].text[:1].isupper()
    )


def _one_of_a_bench(toks: list[Token], k: int) -> bool:
    """ "was appointed a judge of the Supreme Court": one seat of a named body's several,
    an office all the same (its head a role's, then "of" and the body's capitalised
    name); "made" gives honours ("made an officer of the Order of ..."), never this."""
    verb = toks[k - 1].base if k else ""
    return (
        verb in words()["appointment_verbs"]
        and verb != "made"
        and k + 4 < len(toks)
        and is_head(toks[k + 1].base)
        and toks[k + 2].base == "of"
        and toks[k + 3 + (toks[k + 3].base == "the")].text[:1].isupper()
    )


def _joins_a_name(toks: list[Token], n: int, k: int) -> bool:
    """toks[k] is an "and" or "&" inside a body's name, between its capitalised words
    ("Elections and Boundaries Commission"), not at its start."""
    return (
        k > n
        and toks[k].base in {"and", "&"}
        and k + 1 < len(toks)
        and toks[k + 1].text[:1].isupper()
    )


def _inner_ands(toks: list[Token], n: int, k: int) -> int:
    return sum(toks[m].base in {"and", "&"} for m in range(n, k))


_HEAD_REACH = 3  # lower-case words a place's name may stand before, up to their head


def _phrase_head(toks: list[Token], k: int, end: int) -> int:
    """Where "the" and capitalised words after an office's "of" end: past the lower-case
    words they modify ("commander of the Gao operational zone", "head of the Lagos
    regional office", "chief of staff"), up to a word that no noun phrase's modifier or
    head is (a verb, a preposition, a time word: "of the Gao zone on Tuesday"); at the
    capitals, or the office's head, when none follows ("of the Sahel.")."""
    stops = joined(
        "not_modifiers",
        "time_nouns",
        "time_words",
        "role_prepositions",
        "determiners",
        "possessives",
        "subject_pronouns",
        "adverbs",
        "adjunct_openers",
    )
    n = k
    while n < len(toks) and n - k < _HEAD_REACH:
        tok = toks[n]
        if not (tok.text.isalpha() and tok.text.islower()) or tok.base in stops:
            break
        if tok.base.endswith("ly") and tok.base not in words()["ly_not_adverbs"]:
            break
        n += 1
    while n > k and toks[n - 1].base.endswith(("ing", "ed")):
        n -= 1  # "the commission investigating ...": a participle opens a clause
    return n - 1 if n > k else end


def _an_award(toks: list[Token], k: int) -> bool:
    """ "of the year", "of the match": what follows an award's noun."""
    return (
        k + 2 < len(toks)
        and toks[k].base == "of"
        and toks[k + 1].base == "the"
        and toks[k + 2].base in joined("time_nouns", "award_occasions")
    )


@cache
def _office_nouns() -> frozenset[str]:
    """What an appointment makes someone: an office, or a person's trade ("coach")."""
    return person_nouns() | words()["role_heads"]
