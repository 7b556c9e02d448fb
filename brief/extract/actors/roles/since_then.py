"""What the text says became of a person since the title it gives them: death and
retirement, which date a trade or an office as "late" or "retired".

An obituary, an anniversary piece or an archive story names the dead and the retired by
the trade or office they had ("the company's director, X, died in 2002"; "Lieutenant X,
now retired, ran the informer"). Shown as it stands, that title reads as one held now: a
stale title. News dates it with one word, "the late sculptor", "a retired colonel", and
so does brief where the text says so of the person: a death the article looks back on (a
year or a span ago after it: "who died in 2019", "has been dead since 2012", "the late
X"; or by its noun with a span back before it: "twenty years after the death of X"),
or a retirement ("now retired", "who retired in 2001"). A death the news itself
tells ("was killed on Tuesday") leaves the title the victim is known by. A title already
dated ("former", "then-", "at the time", "of the day") says when it was held, and a
relation ("widow", "son") outlives the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from brief.extract.actors.roles.dated_roles import dating_word
from brief.extract.actors.roles.role_words import is_head, ranks
from brief.extract.lexicon import alternation, kin_genders, words

# What stands between the name and the verb: an apposition or a relative clause set off
# by commas ("X, the harbour master, died"), "who", a comma ("X, dead since 2012,"), or
# a first predicate of the same subject before "and" ("X was mayor until 1994 and died in
# 2008").
_BETWEEN = r"(?:, [^,.;:\"“”]{1,80},|,? who| was [^,.;:\"“”]{1,60}? and| and|,)?"
# A year or a span of time back: "in 2019", "since 2012", "ten years ago".
_LOOKED_BACK = (
    r"[^,.;:\"“”]{0,40}?\b(?:(?:in|since) (?:1[5-9]|20)\d\d\b"
    r"|[\w-]+ (?:years|decades) ago\b|a (?:year|decade) ago\b)"
)


def may_tell_since(text: str) -> bool:
    """Whether the sentence holds a word of death or retirement at all (most do not)."""
    return _since_words().search(text) is not None


@cache
def _since_words() -> re.Pattern[str]:
    said = {phrase.split()[-1] for phrase in words()["death_verbs"] | words()["retiring_words"]}
    marks = alternation(words()["retirement_marks"])
    return re.compile(rf"\b(?:late|death|{alternation(said)}|(?i:{marks}))\b")


def died_long_ago(text: str, forms: Sequence[str]) -> bool:
    """Does the sentence say the person named by one of `forms` (the ways it writes them)
    died, with a year or a span ago after it ("X, who died in 2019,", "X was mayor until
    1994 and died in 2008"), or call them "the late X"?"""
    return _death_told().search(text) is not None and any(
        _death_around(text, start, end) for start, end in _written_at(text, forms)
    )


def _written_at(text: str, forms: Sequence[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each place the text writes one of `forms`, overlapping or not."""
    for form in forms:
        start = text.find(form)
        while start >= 0:
            yield start, start + len(form)
            start = text.find(form, start + 1)


# The words around a person's name that tell of their death (`_death_around`), as
# patterns made once, asked at each place the sentence writes the name: what comes after
# it is matched there, what comes before it is searched for up to it (`\Z` at the name).
# Each person's own pattern with the name inside had been made anew (a large alternation
# of verbs, 7 ms of CPU each): on the 1,000-article inbox the 78 people named in a
# sentence with a word of death had made 78 of them, 0.16 s of CPU, though few sentences
# tell of one.
_LATE = r"\b[Tt]he late "


@cache
def _death_verb() -> str:
    return rf" (?:{alternation(words()['death_verbs'])})\b{_LOOKED_BACK}"


@cache
def _death_told() -> re.Pattern[str]:
    """A sentence that may tell of a death: what each of `_death_around`'s readings needs
    past the name, or before it."""
    return re.compile(rf"{_death_verb()}|{_LATE}|\bdeath\b")


def _death_around(text: str, start: int, end: int) -> bool:
    """Whether the words around the name written at text[start:end] tell of a death the
    article looks back on: "X, who died in 2019" (the name not the end of a longer one);
    or what comes before it and after it does: "the late X"; "twenty years after the
    death of X", "a decade since X's death"; "the death of X in 2009"."""
    if _NOT_INSIDE.match(text, start) is not None and _death_after().match(text, end) is not None:
        return True
    return any(
        after.match(text, end) is not None and before.search(text, 0, start) is not None
        for before, after in _death_framed()
    )


_NOT_INSIDE = re.compile(r"(?<![\w-])")  # not the end of a longer word or hyphened name


@cache
def _death_after() -> re.Pattern[str]:
    """ ", who died in 2019", " was mayor until 1994 and died in 2008": after the name."""
    return re.compile(rf"\b{_BETWEEN}{_death_verb()}")


@cache
def _death_framed() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(before, after) the name: "the late " and a word's end; "twenty years after the
    death of the gnawa master " and no possessive ("the death of X's widow" is not X's);
    "a decade since " and "'s death"; "the death of " and " in 2009"."""
    span_since = rf"{_SPAN_BACK} (?:after|since) "
    return (
        (re.compile(rf"{_LATE}(?:[A-Z][\w.'’-]* ){{0,3}}?\Z"), re.compile(r"\b")),
        (re.compile(rf"{span_since}{_DEATH_OF}\Z"), re.compile(r"\b(?!['’])")),
        (re.compile(rf"{span_since}{_TITLE_WORDS}\Z"), re.compile(r"['’]s? death\b")),
        (re.compile(rf"\b{_DEATH_OF}\Z"), re.compile(r" in (?:1[5-9]|20)\d\d\b")),
    )


# A death by its noun, which a span of time back or a year after it dates as one the
# article looks back on: "twenty years after the death of the gnawa master X", "a decade
# since X's death", "the death of X in 2009". A bare "after the death of X" is as often
# the news itself ("protests followed the death of X in custody"), which keeps the title
# the victim is known by. The words between "the death of" and the name are its title's,
# with no comma: "after the death of her husband, Jane Roe moved" is Jane Roe's news; and
# a name in the possessive is the owner's ("the death of X's widow": not X's death).
_SPAN_BACK = r"\b(?:[\w-]+ (?:years|decades)|[Aa] (?:year|decade))"
_TITLE_WORDS = r"(?:(?:the|a|an|his|her|their) )?(?:[\w.'’-]+ ){0,4}?"
_DEATH_OF = rf"[Tt]he death of {_TITLE_WORDS}"


def alive(text: str, forms: Sequence[str]) -> bool:
    """Does the sentence say the person named by one of `forms` lives ("X is alive and
    serving", "X, 24, is still alive": words.toml's alive_words)?"""
    return any(
        _NOT_INSIDE.match(text, start) is not None and _alive_after().match(text, end) is not None
        for start, end in _written_at(text, forms)
    )


def may_tell_alive(text: str) -> bool:
    """Whether the sentence holds a word of `alive` at all (most do not)."""
    return any(phrase in text for phrase in words()["alive_words"])


def without_late(role: str) -> str:
    """The role less the "late" that opens it ("late Corporal" -> "Corporal"), past an
    owner's possessive ("company's late director")."""
    said = role.split()
    at = 1 if len(said) > 2 and said[0].endswith(("'s", "’s", "s'", "s’")) else 0
    if len(said) > at + 1 and said[at].lower() == "late":
        return " ".join([*said[:at], *said[at + 1 :]])
    return role


@cache
def _alive_after() -> re.Pattern[str]:
    return re.compile(rf"(?:, [^,.;:\"“”]{{1,80}},)? (?:{alternation(words()['alive_words'])})\b")


def retired(text: str, forms: Sequence[str]) -> bool:
    """Does the sentence say the person named by one of `forms` has retired ("X, now
    retired,", "X, who retired in 2001,", "X retired from the court in 2001", "has since
    retired", "X (retd)")? Not "a retired umpire" (that role says so itself) nor "retired
    hurt"."""
    return _retirement_told().search(text) is not None and any(
        _NOT_INSIDE.match(text, start) is not None and _retired_after().match(text, end) is not None
        for start, end in _written_at(text, forms)
    )


@cache
def _retiring() -> str:
    """A retirement told after the name: in words, or a rank's mark in brackets
    (`retirement_mark`)."""
    said = alternation(words()["retiring_words"])
    return (
        rf"(?: (?:{said})"
        rf"(?=[,.;]| in (?:1[5-9]|20)\d\d\b| from\b| (?:last|this) year\b| (?:in|at) the end\b)"
        rf"|{retirement_mark()})"
    )


@cache
def retirement_mark() -> str:
    """ " (retd)", "(Ret.)": a retired rank's mark in brackets (words.toml's
    retirement_marks), with the space before it."""
    return rf"\s*\((?i:{alternation(words()['retirement_marks'])})\.?\)"


@cache
def _retirement_told() -> re.Pattern[str]:
    return re.compile(_retiring())


@cache
def _retired_after() -> re.Pattern[str]:
    """What follows the name of someone who retired (see `_death_around`)."""
    return re.compile(rf"\b(?:, [^,.;:\"“”]{{1,80}},|,? who|,)?{_retiring()}")


def as_late(role: str) -> str | None:
    """ "late sculptor" of "sculptor", "late former mining minister" of "Former mining
    minister", "company's late director" (after an owner's possessive, where English puts
    it); None where the role needs no date: it has one ("late", "then-", "at the time",
    "retired"), or names a relation ("widow", "father")."""
    return _dated(role, "late")


def as_retired(role: str) -> str | None:
    """ "retired Lieutenant" of "Lieutenant": an office or a rank (not a trade, which a
    retired person is still known by, nor a relation); None where the role is dated."""
    words_of = [w.strip(".,") for w in role.lower().split()]
    if not words_of or any(dating_word(w) for w in words_of):
        return None  # ("retired former judge": "former" says it already)
    if not is_head(_head(words_of)) and tuple(words_of) not in ranks():
        return None  # (a rank whose last word heads nothing: "Warrant Officer Class One")
    return _dated(role, "retired")


def _dated(role: str, date: str) -> str | None:
    said = role.split()
    lowered = [w.lower().strip(".,") for w in said]
    if not said or _already_dated(role, lowered, date) or _head(lowered) in kin_genders():
        return None
    owner = said[0] if said[0].endswith(("'s", "’s", "s'", "s’")) and len(said) > 1 else ""
    rest = said[1:] if owner else said
    if dating_word(rest[0].lower()):
        rest = [rest[0].lower(), *rest[1:]]  # "late former ...", not "late Former ..."
    return " ".join([*([owner] if owner else []), date, *rest])


def _already_dated(role: str, lowered: list[str], date: str) -> bool:
    """A role that says it already ("late"), or says when it was held: "then-", "at the
    time", "of the day" (words.toml's then_phrases)."""
    return (
        date in lowered
        or any(w.startswith("then-") for w in lowered)
        or _then_pattern().search(role.lower()) is not None
    )


@cache
def _then_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words()['then_phrases'])})\b")


def _head(lowered: list[str]) -> str:
    """The word before the role's first preposition, else its last ("director" of
    "director of the mine", "wife" of "judge's late wife")."""
    opening = words()["role_prepositions"]
    cut = next((k for k, w in enumerate(lowered) if k and w in opening), len(lowered))
    return lowered[cut - 1].removesuffix("'s").removesuffix("’s")
