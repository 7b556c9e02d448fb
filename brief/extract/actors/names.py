"""Runs of capitalised words that may be a person's name, and the evidence that they are.

A name is what the text shows: a title or role before it, an apposition after it, an
honorific, a speech verb beside a name that starts with a given name, or "X
administration". A party, place or chamber in front of a name ("Labour MP", "Liberal
Democrat Sarah Teather", "Commons Oliver Heald") modifies it and is not part of it; a
possessive ("ABC's George Stephanopoulos") ends a name.

A given name is one the international first-name dictionary of gender-guesser knows, or
a word the Punkt model never saw in lower case ("Darian" is a name, "Time" of "Time
Warner" is a word). Either alone works for names from any country.
"""

from __future__ import annotations

import calendar
import contextlib
import importlib.metadata
import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from brief.extract.actors.roles import (
    apposition,
    described_apposition,
    described_before,
    role_before,
)
from brief.extract.lexicon import words

TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d[\d,.]*|[^\w\s]")
Spans = Sequence[tuple[int, int]]


class Token(NamedTuple):
    """A word or mark of a sentence (a tuple: one is made for every word of every sentence)."""

    text: str
    start: int
    end: int

    @property
    def base(self) -> str:
        """Lower-case, without a possessive."""
        low = self.text.lower().replace("’", "'")
        return low[:-2] if low.endswith("'s") else low

    @property
    def possessive(self) -> bool:
        return self.text.endswith(_POSSESSIVE_ENDS)


_POSSESSIVE_ENDS = ("'s", "'S", "’s", "’S")


def tokens(text: str) -> list[Token]:
    # tuple.__new__ skips NamedTuple's Python-level __new__: half the cost of a token.
    new = tuple.__new__
    return [new(Token, (m.group(), m.start(), m.end())) for m in TOKEN_RE.finditer(text)]


@dataclass(frozen=True)
class Name:
    """A run of capitalised tokens that may be a person's name."""

    text: str
    tokens: tuple[str, ...]
    role: str | None
    person: bool  # evidence that it is a person
    company: bool = False  # may be a business, if the text says so (see tallies)
    speaks: bool = False  # a speech verb beside it: a person once a full name confirms it
    headline: bool = False  # from a Title Case line, where capitals prove nothing


_SMALL_WORDS = frozenset("a an the of in on to for and at by as or".split())


def title_case(text: str) -> bool:
    """ "Pence Endorses Paul Ryan As Speaker": a headline, every long word capitalised."""
    content = 0
    for word in text.split():
        if word[:1].isalpha() and word not in _SMALL_WORDS:
            if not word[0].isupper():
                return False  # most sentences stop at their second or third word
            content += 1
    return content >= 4


def in_spans(start: int, spans: Spans) -> bool:
    return any(s <= start < e for s, e in spans)


@cache
def _never_names() -> frozenset[str]:
    """Lower-case words that never start or continue a name: one set, looked up once a word."""
    w = words()
    return w["not_names"] | role_words() | w["honorifics"] | w["name_modifiers"]


@cache
def role_words() -> frozenset[str]:
    """Title words and their modifiers ("minister", "deputy")."""
    return words()["role_heads"] | words()["role_modifiers"]


def is_name_token(tok: Token, spans: Spans) -> bool:
    text = tok.text
    if not text[0].isupper() or len(text) < 2 or text.isupper():
        return False
    base = tok.base
    if base in _never_names() or base.startswith("ex-"):
        return False
    return not in_spans(tok.start, spans)


def _is_surname_title(toks: list[Token], j: int) -> bool:
    """ "Tom King has": a title word can end a name when no name follows it."""
    tok = toks[j]
    if not tok.text[0].isupper() or tok.base not in role_words():
        return False
    if tok.text.isupper():
        return False  # "Mid-Bedfordshire MP": an acronym title is no surname
    if j + 1 < len(toks) and toks[j + 1].text == "." and len(tok.text) <= 4:
        return False  # "Pennsylvania Gov. Tom Wolf": an abbreviated title, no surname
    return j + 1 >= len(toks) or not toks[j + 1].text[0].isupper()


def candidates(text: str, spans: Spans) -> list[Name]:
    """Every run of up to four name tokens in a sentence, with its evidence."""
    toks = tokens(text)
    return [_name(text, toks, i, j, spans) for i, j in _runs(toks, spans)]


class NameRun(NamedTuple):
    """A run of name tokens as written, without the evidence of what it names."""

    text: str
    tokens: tuple[str, ...]


def name_runs(text: str, spans: Spans) -> list[NameRun]:
    """The runs `candidates` finds, without weighing the evidence that each is a person
    (roles, appositions, speech verbs): for a reader that needs only the names, at a
    fraction of the cost."""
    toks = tokens(text)
    return [NameRun(*_written(text, toks, i, j)) for i, j in _runs(toks, spans)]


def _runs(toks: list[Token], spans: Spans) -> Iterator[tuple[int, int]]:
    """(first, end) token positions of every run of up to four name tokens."""
    particles = words()["particles"]
    i = 0
    while i < len(toks):
        if not toks[i].text[:1].isupper() or not (
            is_name_token(toks[i], spans) or _listed_given_name(toks, i, spans)
        ):
            i += 1  # the first test alone turns away most words, without a call
            continue
        j = i + 1
        while (
            j < len(toks)
            and not toks[j - 1].possessive
            and (
                is_name_token(toks[j], spans)
                or _is_surname_title(toks, j)
                or _month_surname(toks, j)
                or (
                    toks[j].text in particles
                    and j + 1 < len(toks)
                    and is_name_token(toks[j + 1], spans)
                )
            )
        ):
            j += 1
        while _initial(toks, j, spans) and not toks[j - 1].possessive:  # "Loretta E. Lynch"
            j += 3
            while j < len(toks) and is_name_token(toks[j], spans):
                j += 1
        start = _name_start(toks, i, j)
        if j - start <= 4:
            yield start, j
        i = j


def _written(text: str, toks: list[Token], i: int, j: int) -> tuple[str, tuple[str, ...]]:
    """A run's text as written and its words, less a possessive ("Trump's" -> "Trump")."""
    last = toks[j - 1]
    names = (*(t.text for t in toks[i : j - 1]), last.text[: len(last.base)])
    return text[toks[i].start : last.start] + names[-1], names


def _listed_given_name(toks: list[Token], i: int, spans: Spans) -> bool:
    """ "Bill Skelly", "April Ryan": a word the lists keep out of names ("the Bill", a
    month) that is a sure given name and comes before a name."""
    tok = toks[i]
    return (
        tok.text[:1].isupper()
        and tok.text.lower() in words()["not_names"]
        and gender(tok.base) in _SURE
        and i + 1 < len(toks)
        and is_name_token(toks[i + 1], spans)
        and not in_spans(tok.start, spans)
    )


def _name_start(toks: list[Token], i: int, j: int) -> int:
    """Where the name in the run toks[i:j] starts. Words before a given name that are no
    given names are not part of it: "Crooked Hillary Clinton", "Pence Endorses Paul
    Ryan", "(Minister of) Crown-Indigenous Relations Carolyn Bennett"; nor is a
    capitalised common word that opens the sentence ("Following Sanders", "Rebuking
    Trump", "Like Corker")."""
    start = i
    while (
        j - start >= 3 and not given_name(toks[start].text) and gender(toks[start + 1].text.lower())
    ):
        start += 1
    sure = next((k for k in range(start, j - 1) if gender(toks[k].text.lower()) in _SURE), None)
    if (
        sure is not None
        and j - start >= 3
        and all(gender(t.text.lower()) is None for t in toks[start:sure])
    ):
        start = sure
    opens = start == 0 or toks[start - 1].text in {"“", '"', "‘", "(", "—"}
    if opens and j - start >= 2 and _common_word(toks[start].text):
        start += 1
    return start


def _common_word(word: str) -> bool:
    """ "Following", "Rebuking": an -ing form opening a sentence (a participle), which
    Punkt has seen in lower case or not at all, and no given name. ("Time" of "Time
    Warner" is a common word too, but a noun may start a company's name.)"""
    low = word.lower()
    if gender(low) is not None or not low.endswith("ing") or len(low) <= 5:
        return False
    return not _ortho().get(low, 0) or bool(_ortho()[low] & _LOWER_CASE_SEEN)


def _month_surname(toks: list[Token], j: int) -> bool:
    """ "Theresa May": a month after a given name is a surname."""
    return (
        toks[j].text[:1].isupper()
        and toks[j].base in _MONTHS
        and gender(toks[j - 1].text.lower()) is not None
    )


_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)


def _initial(toks: list[Token], j: int, spans: Spans) -> bool:
    return (
        j + 2 < len(toks)
        and len(toks[j].text) == 1
        and toks[j].text.isupper()
        and toks[j + 1].text == "."
        and is_name_token(toks[j + 2], spans)
    )


def _name(text: str, toks: list[Token], i: int, j: int, spans: Spans) -> Name:
    w = words()
    last = toks[j - 1]
    display, names = _written(text, toks, i, j)
    role = (
        role_before(text, toks, i, spans)
        or apposition(text, toks, j)
        or described_before(text, toks, i, j)
    )
    if role is None and len(names) >= 2 and given_name(names[0]):
        role = described_apposition(text, toks, j)
    before = toks[i - 1].base if i else ""
    if before == "." and i >= 2 and len(toks[i - 2].text) <= 4:
        before = toks[i - 2].base  # "Mr. Trump", "Rev. Kyev Tatum"
    after = toks[j].base if j < len(toks) else ""
    company = names[-1].lower() in w["company_suffixes"]
    beside_verb = after in w_speech() or before in w_speech()
    speaks = len(names) >= 2 and beside_verb
    modified = i > 0 and (before in w["name_modifiers"] or before.startswith("ex-"))
    full = len(names) >= 2 and given_name(names[0])
    person = (
        role is not None
        or before in w["honorifics"]
        or (speaks and not company and given_name(names[0]))
        or (modified and full)
        or (after in w["leader_nouns"] and len(names) == 1)
        or (
            len(names) in {2, 3}
            and not company
            and gender(names[0].lower()) in _SURE
            and given_name(names[-1])  # a surname, not "Vienna Document", "Jackson Park"
        )
    )
    if last.possessive and role is None and before not in w["honorifics"]:
        person = False  # "Trump's campaign" names a thing that belongs to him
    return Name(display, names, role, person, company=company or speaks, speaks=beside_verb)


def w_speech() -> frozenset[str]:
    return words().speech


def given_name(word: str) -> bool:
    """A first name from any country: known to gender-guesser's dictionary, or never seen
    in lower case by Punkt (so not a common word)."""
    low = word.lower()
    if gender(low) is not None:
        return True
    return not _ortho().get(low, 0) & _LOWER_CASE_SEEN


_SURE = frozenset({"male", "female"})  # a given name that is nothing else, as a rule
_LOWER_CASE_SEEN = 16 | 32 | 64  # Punkt's BEG_LC | MID_LC | UNK_LC


@cache
def _ortho() -> dict[str, int]:
    import punkt

    return dict(punkt.load_model("english").ortho_context)


@cache
def _given_names() -> dict[str, str]:
    """gender-guesser's answer for every name it knows.

    Its dictionary is a 4 MB text file that takes a third of a second to parse, more than
    the rest of a one-article brief; so its answers are kept in the user's cache folder
    as JSON (never code), keyed by the library's version, and rebuilt when missing.
    """
    import gender_guesser.detector

    version = importlib.metadata.version("gender-guesser")
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(home) / "brief" / f"given-names-{version}.json"
    with contextlib.suppress(OSError, ValueError):
        cached = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(cached, dict):
            return cached
    detector = gender_guesser.detector.Detector(case_sensitive=False)
    answers = {name: str(detector.get_gender(name)) for name in detector.names}
    with contextlib.suppress(OSError):  # a read-only home only costs the next run the parse
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False) as tmp:
            json.dump(answers, tmp)
        os.replace(tmp.name, path)
    return answers


@cache
def gender(first_name: str) -> str | None:
    """ "male", "female", "either" (a name of no sure gender) or None (not a name)."""
    found = _given_names().get(first_name.lower(), "unknown")
    if found in {"male", "female"}:
        return str(found)
    if found in {"mostly_male", "mostly_female", "andy"}:
        return "either"  # "Bernie", "Kim": a name, but not a sure gender
    return None
