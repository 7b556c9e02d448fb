"""Runs of capitalised words that may be a person's name, and the evidence that they are.

A name is what the text shows: a title or role before it, an apposition after it, an
honorific, a speech verb beside a name that starts with a given name, or "X
administration". A party, place or chamber in front of a name ("Labour MP", "Liberal
Democrat Sarah Teather", "Commons Oliver Heald") modifies it and is not part of it; a
possessive ("ABC's George Stephanopoulos") ends a name.

A given name is one the international first-name dictionary of gender-guesser knows, or
a word the Punkt model never saw in lower case ("Darian" is a name, "Time" of "Time
Warner" is a word). Either alone works for names from any country.

Every sentence is read, so what is done per word is done in C where it can be: the tokens
are zipped from the pattern's matches (`_tokenised`), and `_runs` visits only the
positions that a per-word test (`_MAY_OPEN`) picks out with `compress`, not every word.
Making the tokens is still about 30% of reading the actors (callgrind, 1,601 sentences):
most of it is making the objects themselves, one string and one tuple a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import compress, count, repeat
from operator import itemgetter
from re import Match
from typing import NamedTuple

from brief.extract.actors.roles import (
    after_an_ending,
    appointed,
    apposition,
    country_possessive,
    dated_start,
    described_apposition,
    described_before,
    is_head,
    role_before,
    shared_title,
)
from brief.extract.actors.word_knowledge import (
    SURE,
    common_word,
    gender,
    given_name,
    never_a_name,
    person_nouns,
    unknown_or_common,
)
from brief.extract.lexicon import (
    WordMemo,
    agent_verb_forms,
    gazetteer,
    hearer_verb_forms,
    joined,
    month_names,
    weekday_names,
    word_values,
    words,
)
from brief.selection import quoted_at

# (Initials written against the name, as Mongolian and Russian copy does, "D.Ganbold" and
# "D.B.Ganbold", are tokens of their own, as in "D. B. Ganbold": initials and a surname.)
TOKEN_RE = re.compile(
    r"[^\W\d_](?=\.(?:[^\W\d_]\.)*[^\W\d_][^\W\d_]*[a-z])"
    r"|[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d[\d,.]*|[^\w\s]"
)
INITIALS_RE = re.compile(r"(?:[A-Z]\.)*[A-Z]\.?")  # "E", "E.", "T.V", "T.V.": use fullmatch
_GLUED_INITIALS_RE = re.compile(r"^((?:[A-Z]\.)+)(?=[A-Z][a-z])")


def initials_apart(name: str) -> str:
    """A name as it reads with its glued initials set apart: "D.B.Ganbold" is "D.B.
    Ganbold", so that its last word is the surname, as in "D. B. Ganbold"."""
    return _GLUED_INITIALS_RE.sub(r"\1 ", name)


Spans = Sequence[tuple[int, int]]


class Token(NamedTuple):
    """A word or mark of a sentence (a tuple: one is made for every word of every sentence)."""

    text: str
    start: int
    end: int
    base: str  # lower case, without a possessive: what the word lists are searched for

    @property
    def possessive(self) -> bool:
        return self.text.endswith(_POSSESSIVE_ENDS)


_POSSESSIVE_ENDS = ("'s", "'S", "’s", "’S")


def _base_of(word: str) -> str:
    low = word.lower().replace("’", "'")
    return low[:-2] if low.endswith("'s") else low


# The rules ask for the base of the words around every capitalised word, again and again.
_BASES = WordMemo(_base_of)


def tokens(text: str) -> list[Token]:
    """The sentence's tokens. The list is shared by every reader of the sentence (see
    _Tokenised): read it, never change it."""
    return _TOKENISED[text]


def forget_tokens() -> None:
    """A new text is read: the tokens kept of the last one's sentences go."""
    _TOKENISED.clear()


def _tokenised(text: str) -> list[Token]:
    """Each word, its span and its base are read from the matches by `map` over method
    descriptors, and zipped into Tokens by `tuple.__new__` (which skips NamedTuple's
    Python-level __new__), so no Python code runs per word: 6.4% fewer instructions than
    a loop per word over findall (with `find` for each word's start), 264.9 M -> 247.9 M
    for the 1,601-sentence text (callgrind)."""
    found = list(TOKEN_RE.finditer(text))
    texts = list(map(Match.group, found))
    fields = zip(
        texts,
        map(Match.start, found),
        map(Match.end, found),
        map(_BASES.__getitem__, texts),
        strict=True,
    )
    toks = list(map(tuple.__new__, repeat(Token), fields))
    if "(" in text and not text.isascii():
        toks = _without_glosses(toks)
    return _without_nicknames(toks) if _NICKNAME.search(text) else toks


# A nickname quoted between a given name and a surname: Armand “Bong” Dizon.
_NICKNAME = re.compile(r"[A-Z][\w.'’-]* [“\"‘][A-Z][\w.'-]*[”\"’] [A-Z]")
_OPENING_MARKS = frozenset('“"‘')
_CLOSING_MARKS = frozenset('”"’')


def _without_nicknames(toks: list[Token]) -> list[Token]:
    """The tokens less a quoted nickname inside a name ("Rolando “Boyet” Mercado",
    Rappler's and American style): the name is the given name and the surname, and the
    quotes' marks had cut it in two ("Armand" alone, and "Mercado")."""
    out: list[Token] = []
    n = 0
    while n < len(toks):
        if (
            out
            and n + 3 < len(toks)
            and toks[n].text in _OPENING_MARKS
            and toks[n + 2].text in _CLOSING_MARKS
            and out[-1].text[:1].isupper()
            and toks[n + 1].text[:1].isupper()
            and toks[n + 3].text[:1].isupper()
        ):
            n += 3
            continue
        out.append(toks[n])
        n += 1
    return out


_LATIN = re.compile(r"[A-Za-z0-9]")


def _without_glosses(toks: list[Token]) -> list[Token]:
    """The tokens less brackets that hold no Latin letter or digit: "Councilor Kao
    Ming-hsun (高明勳) said" gives a name in its own script, as the Taipei Times and the
    Korea Herald do, and the name is beside its verb all the same."""
    out: list[Token] = []
    n = 0
    while n < len(toks):
        if toks[n].text == "(":
            close = next((k for k in range(n + 1, min(n + 8, len(toks))) if toks[k].text == ")"), 0)
            inside = toks[n + 1 : close]
            if close and inside and not any(_LATIN.search(t.text) for t in inside):
                n = close + 1
                continue
        out.append(toks[n])
        n += 1
    return out


class _Tokenised(dict[str, list[Token]]):
    """The tokens of the sentences read so far, each made once. A sentence with a name is
    tokenised to find it (actors._said), then again by the rules that weigh its names
    (mononyms, organisations) and by the quotes' search for people: 2,477 tokenisations
    of 1,597 distinct sentences, 1,517 once kept: 0.03 s of the actors' and quotes' 0.4.
    The first `kept` sentences are kept, later ones are made anew: the readers go back
    over the text from its start, so a memo cleared when full would have dropped the
    sentences they read next. `kept` holds every sentence of a text cut at the default
    --max-sentences (30,000): with the first 4,096 kept, the extraction child re-made
    2,984 of its 18,757 tokenisations at 25,000 sentences (0.18 s); keeping them all
    costs 26 MiB of peak memory there (179 -> 205 MiB, GNU time)."""

    def __init__(self, kept: int) -> None:
        super().__init__()
        self.kept = kept

    def __missing__(self, text: str) -> list[Token]:
        made = _tokenised(text)
        if len(self) < self.kept:
            self[text] = made
        return made


_TOKENISED = _Tokenised(kept=32_768)


@dataclass(slots=True)
class Name:
    """A run of capitalised tokens that may be a person's name. Never changed once made
    (`replace` makes another): not frozen only because a frozen dataclass sets each of its
    18 fields through object.__setattr__, 7 µs a Name against 1 µs here; 31,000 are made
    at 25,000 sentences, and with slots their fields read as fast (find_actors: -2.7% of
    its instructions at 1,601 sentences, callgrind)."""

    text: str
    tokens: tuple[str, ...]
    role: str | None
    person: bool  # evidence that it is a person
    company: bool = False  # may be a business, if the text says so (see tallies)
    speaks: bool = False  # a speech verb beside it: a person once a full name confirms it
    headline: bool = False  # from a Title Case line, where capitals prove nothing
    honorific: str | None = None  # "mrs" of "Mrs. Clinton": which namesake is meant
    article: bool = False  # after "the" or "a": "the Marlies" names no one
    thing: bool = False  # the text shows it names a business, a work or a place, always
    shaped: bool = False  # a person by its shape alone (a sure given name and a surname)
    unlike: bool = False  # where a person's name seldom stands (see _unlike_a_person)
    led: bool = False  # a person by a leader noun alone: "the Bush administration"
    modifies: bool = False  # of a work or a type: "the next Bond film", "the next Bond"
    common: bool = False  # a noun phrase's head after an article: "with the Ustashe."
    located: bool = False  # after "at", "in", "to": "at Anfield Henderson" may be a place
    placed: bool = False  # after a preposition that puts it somewhere: "in Devon", "across Ohio"
    appointed: bool = False  # the role is an office the sentence gives them (roles.appointed)


def title_case(text: str) -> bool:
    """ "Pence Endorses Paul Ryan As Speaker": a headline, every long word capitalised."""
    content = 0
    for word in text.split():
        if word[:1].isalpha() and word not in words()["small_words"]:
            if not word[0].isupper():
                return False  # most sentences stop at their second or third word
            content += 1
    return content >= 4


def in_spans(start: int, spans: Spans) -> bool:
    return bool(spans) and any(first <= start < end for first, end in spans)


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
    return _NAME_WORDS[tok.text] and not in_spans(tok.start, spans)


def _name_word(text: str) -> bool:
    """Capitalised, not an acronym, and no title, honorific or listed common word."""
    if not text[0].isupper() or len(text) < 2 or text.isupper():
        return False
    base = _BASES[text]
    if _adjective_compound(text):
        return False  # "the new Western-backed government": a compound adjective
    if base.endswith(_ADVERB_ENDINGS) and gender(base) is None:
        return False  # "Ironically, the president ...": an adverb opens the sentence
    return not (base in _never_names() or is_head(base) or base.startswith("ex-"))


# An adjective made an adverb ("Ironically", "Reportedly", "Importantly") is never a name,
# though Punkt may never have seen a rare one in lower case; names that end in "-ly"
# ("Kelly", "Beverly", "Connolly") end otherwise, or gender-guesser knows them.
_ADVERB_ENDINGS = ("ically", "ingly", "edly", "ously", "ively", "fully", "lessly", "ately")


# Most capitalised words ("The", "But", a surname) come back often: each is tested once.
_NAME_WORDS = WordMemo(_name_word)


def _is_surname_title(toks: list[Token], j: int) -> bool:
    """ "Tom King has": a title word can end a name when no name follows it."""
    tok = toks[j]
    if not tok.text[0].isupper() or tok.base not in role_words():
        return False
    if tok.text.isupper():
        return False  # "Mid-Bedfordshire MP": an acronym title is no surname
    if j + 1 < len(toks) and toks[j + 1].text == "." and len(tok.text) <= 4:
        return False  # "Pennsylvania Gov. Tom Wolf": an abbreviated title, no surname
    if gender(toks[j - 1].base) is None:
        return False  # "Peabody Energy said": a surname follows a given name
    if j + 1 < len(toks) and toks[j + 1].base in words()["generations"]:
        return True  # "Martin Luther King Jnr"
    return j + 1 >= len(toks) or not toks[j + 1].text[0].isupper()


def candidates(text: str, toks: list[Token], spans: Spans) -> list[Name]:
    """Every run of up to four name tokens in a sentence that `may_name_someone` (its
    tokens: the caller's, who reads them for speakers too), with its evidence. In a Title
    Case headline they only count mentions of people the text shows elsewhere."""
    placed = list(_runs(toks, spans))
    if not placed:
        return []
    if not title_case(text):
        return _coordinated(toks, [_name(text, toks, i, j, spans) for i, j in placed], placed)
    placed = [(i, _headline_name_end(toks, i, j)) for i, j in placed]
    found = _coordinated(toks, [_name(text, toks, i, j, spans) for i, j in placed], placed)
    return [replace(n, role=None, person=False, company=False, headline=True) for n in found]


def _headline_name_end(toks: list[Token], i: int, j: int) -> int:
    """ "Hillary Clinton Goes After Trump": a Title Case headline capitalises its verbs
    too, so a run that opens with a given name ends at its last word that is no common
    word ("Hillary Clinton", not "Hillary Clinton Goes")."""
    if gender(toks[i].base) is None:
        return j
    while j - i > 2 and common_word(toks[j - 1].text) and not common_word(toks[j - 2].text):
        j -= 1
    return j


class NameRun(NamedTuple):
    """A run of name tokens as written, without the evidence of what it names."""

    text: str
    tokens: tuple[str, ...]


def name_runs(text: str, spans: Spans) -> list[NameRun]:
    """The runs `candidates` finds, without weighing the evidence that each is a person
    (roles, appositions, speech verbs): for a reader that needs only the names, at a
    fraction of the cost."""
    if not may_name_someone(text):
        return []
    toks = tokens(text)
    return [NameRun(*_written(text, toks, i, j)) for i, j in _runs(toks, spans)]


def may_name_someone(text: str) -> bool:
    """A cheap test before tokens and _runs: no run opens without a name word. A quarter
    of news sentences have no capital after their first word ("The talks ended early.");
    for those only the words before the first space can be name words, and "The", "But"
    or "In" are none. (No token spans a space, so those words are tokenised as in the
    whole sentence.)"""
    first_space = text.find(" ")
    if first_space < 0 or not text[first_space:].islower():
        return True  # a capital after the first word (islower: no upper or title case)
    opening = TOKEN_RE.findall(text, 0, first_space)
    return any(_NAME_WORDS[word] for word in opening if word[:1].isupper())


def _runs(toks: list[Token], spans: Spans) -> Iterator[tuple[int, int]]:
    """(first, end) token positions of every run of up to four name tokens. Only a
    capitalised or hyphened word may open one (`_MAY_OPEN`, asked once per distinct word);
    their positions are picked out in C, so the other words (84% of a news text's tokens)
    are never visited here."""
    reached = 0
    for i in compress(count(), map(_MAY_OPEN.__getitem__, map(_TEXT, toks))):
        if i < reached:
            continue  # inside the last run
        if not toks[i].text[:1].isupper() and not _particle_surname(toks, i):
            continue  # "Mr el-Adli": a hyphened word opens only after a title
        opening = _opening(toks, i, spans) or int(_listed_given_name(toks, i, spans))
        if not opening:
            continue
        j = _run_end(toks, i, i + opening, spans)
        start = _after_title_object(toks, _name_start(toks, i, j), j)
        if start > i and (_ends_a_body(toks, j) or _particle_opens(toks, start)):
            start = _whole_name_start(toks, i, start)
        if start > reached and _compass_opens_body(toks, start, j):
            start -= 1  # "South African Reserve Bank", not "African Reserve Bank"
        short = j - start <= 4 or (j - start <= 6 and _spaced_initials(toks, start))
        if short and not _names_a_body(toks, start, j) and not _after_new(toks, i):
            yield start, j
        reached = j


def _spaced_initials(toks: list[Token], start: int) -> bool:
    """ "P. J. Hill", "B. J. Habibie": a run that opens with two initials, each with its
    own dot, is a name of three words in five tokens (not "Malcolm X. Attallah Shabazz",
    two names that a missed sentence end joins)."""
    return (
        start + 3 < len(toks)
        and toks[start + 1].text == toks[start + 3].text == "."
        and len(toks[start].text) == len(toks[start + 2].text) == 1
        and toks[start].text.isupper()
        and toks[start + 2].text.isupper()
    )


_TEXT = itemgetter(0)  # a Token's text
_MAY_OPEN = WordMemo(lambda word: word[:1].isupper() or "-" in word)


def _compass_opens_body(toks: list[Token], start: int, j: int) -> bool:
    """A capitalised compass word right before a body's name is its first word ("South
    African Reserve Bank", "North Korean Central News Agency"): no run opens on it, since
    before a person's name it is no part of it."""
    before = toks[start - 1] if start > 0 else None
    return (
        j - start >= 2  # not "West Bank", "South Bank": a place named by a compass word
        and before is not None
        and before.text[:1].isupper()
        and before.base in words()["region_words"]
        and _ends_a_body(toks, j)
    )


def _ends_a_body(toks: list[Token], j: int) -> bool:
    """ "Holland America Line", "Air France Flight 447", "US Geological Survey": the last
    word of a capitalised run heads what the whole run names; a body's or a service's
    head makes it a thing, whatever word opens it (a place, a nationality, a title)."""
    last = toks[j - 1]
    return last.text[:1].isupper() and last.base in joined(
        "organisation_heads", "company_suffixes", "body_name_ends"
    )


def _whole_name_start(toks: list[Token], i: int, start: int) -> int:
    """ "Holland America Line", "Playa del Mar": the words cut off before the name are
    the name's own, back to one that only describes it ("Debt-hit", "Five")."""
    while start > i and "-" not in toks[start - 1].text and not _number_word(toks[start - 1]):
        start -= 1
    return start


def _particle_opens(toks: list[Token], start: int) -> bool:
    """ "Playa del Mar": a lower-case particle binds to the capitalised word before it,
    so the word cut off before the particle belongs to the name."""
    return toks[start].text.islower() and toks[start].base in _ROMANCE_PARTICLES


def _after_new(toks: list[Token], i: int) -> bool:
    """ "the New York Marathon", "New Hampshire": a run after a capitalised "New" is the
    rest of a place's name."""
    return i > 0 and toks[i - 1].text == "New"


def _run_end(toks: list[Token], i: int, j: int, spans: Spans) -> int:
    """Where a run opened at toks[i:j] ends: past the name words that continue it, any
    middle initials ("Loretta E. Lynch") and trailing initials ("Shameer P.K., a
    driver"); a possessive ends it."""
    particles = words()["particles"]
    while (
        j < len(toks) and not toks[j - 1].possessive and _continues_name(toks, j, spans, particles)
    ):
        j += 1
    while (_initial(toks, j, spans) or _saint(toks, j, spans)) and not toks[j - 1].possessive:
        j += 3 if _initial(toks, j, spans) else 2
        while j < len(toks) and is_name_token(toks[j], spans):
            j += 1
    if _trailing_initials(toks, i, j):
        j += 1
    return j


def _saint(toks: list[Token], j: int, spans: Spans) -> bool:
    """ "St." of "Lorraine St. John", "Ste." of "Marie Ste. Croix": the run has taken the
    abbreviation; its dot does not end the name when a name word follows."""
    return saint_dot(toks, j) and is_name_token(toks[j + 1], spans)


def saint_dot(toks: list[Token], dot: int) -> bool:
    """The dot at toks[dot] is a "St." or "Ste." before a capitalised word (see _saint)."""
    return (
        0 < dot < len(toks) - 1
        and toks[dot].text == "."
        and toks[dot - 1].text in _SAINTS
        and toks[dot + 1].text[:1].isupper()
    )


_SAINTS = frozenset({"St", "Ste"})


def _continues_name(toks: list[Token], j: int, spans: Spans, particles: frozenset[str]) -> bool:
    """A name word, a title that ends a name as a surname ("Tom King has"), a month or a
    party's word after a given name ("Theresa May", "Sir Andrew Green"), or a particle
    before a name word ("Ursula von der")."""
    text = toks[j].text
    if not text[:1].isupper() and "-" not in text and toks[j].base not in particles:
        return False  # a lower-case word or a mark, where most runs end: no rule takes it
    if _opens_a_category(toks, j):
        return False
    return (
        is_name_token(toks[j], spans)
        or _before_a_company_suffix(toks, j)
        or (_given_syllables(text) and is_name_token(toks[j - 1], spans))
        or _is_surname_title(toks, j)
        or _month_surname(toks, j)
        or _modifier_surname(toks, j, spans)
        or _bare_initial(toks, j, spans)
        or _particles_before_name(toks, j, spans, particles)
        or _hyphened_particle(toks[j], particles)
    )


_SUFFIX_REACH = 3  # capitalised words a company's suffix may stand after, in its name


def _before_a_company_suffix(toks: list[Token], j: int) -> bool:
    """ "Energy" of "Huaxin Energy Technology Co.": capitalised words, common ones too, up
    to a company's suffix (words.toml's company_suffixes) are the company's name (it had
    been "Technology Co"). Only a suffix says so: a body's head word is also a word of
    its own ("Energy Ministry" names whose ministry)."""
    suffixes = words()["company_suffixes"]
    for k in range(j, min(j + _SUFFIX_REACH + 1, len(toks))):
        tok = toks[k]
        if not tok.text[:1].isupper() or tok.possessive:
            return False
        if tok.base in suffixes:  # and it ends the name ("Impeach AG Lynch" is no firm)
            after = toks[k + 1] if k + 1 < len(toks) else None
            return after is None or not after.text[:1].isupper() or after.base in suffixes
    return False


# A given name of two romanised syllables after a family name ("Kim Seung-woo", "Park
# Young-soo"): its second syllable may be an English word ("woo", "soo"), which makes the
# word alone look like a describing compound ("Western-backed"; see _adjective_compound).
_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def _given_syllables(text: str) -> bool:
    """Two short syllables, the second no English word of four letters or more ("Warren-
    style", "Texas-area", "China-born" describe)."""
    if _SYLLABLES.fullmatch(text) is None:
        return False
    last = text.rpartition("-")[2]
    return len(last) <= 3 or not common_word(last)


def _opens_a_category(toks: list[Token], j: int) -> bool:
    """ "at the Prince Edward Best director - ...": a capitalised superlative before a
    lower-case noun of a person or before "new" opens a phrase ("Best actor", "Best new
    play", a list's next line), so it ends the name before it; "George Best said" goes
    on."""
    if j + 1 >= len(toks) or not toks[j].text[:1].isupper() or not _superlative(toks[j].base):
        return False
    after = toks[j + 1]
    nouns = joined("role_heads", "described") | person_nouns() | words()["type_markers"]
    return after.text.islower() and after.base in nouns


def _particle_surname(toks: list[Token], i: int) -> bool:
    """ "Mr el-Adli", "President al-Assad": a hyphened particle's surname after an
    honorific or a title opens a name, though written in lower case."""
    tok = toks[i]
    if i == 0 or tok.text[:1].isupper() or "-" not in tok.text:
        return False
    before = toks[i - 1].base
    titled = before in words()["honorifics"] or is_head(before)
    return titled and _hyphened_particle(tok, words()["particles"])


def _hyphened_particle(tok: Token, particles: frozenset[str]) -> bool:
    """ "Habib el-Adli", "Bashar al-Assad": a particle joined to a name word by a hyphen
    is the surname, written in lower case by convention (and possessive or not: "al-Assad's
    government")."""
    particle, _, rest = tok.text.partition("-")
    if tok.possessive:
        rest = rest[:-2]
    return particle in particles and rest[:1].isupper() and rest.replace("-", "").isalpha()


def _particles_before_name(
    toks: list[Token], j: int, spans: Spans, particles: frozenset[str]
) -> bool:
    """ "Rodrigo de la Serna", "Ursula von der Leyen": particles, one or two, then a
    name word; the name goes on through them."""
    k = j
    while k < len(toks) and k - j < 2 and toks[k].base in particles:
        k += 1
    return k > j and k < len(toks) and is_name_token(toks[k], spans)


def _written(text: str, toks: list[Token], i: int, j: int) -> tuple[str, tuple[str, ...]]:
    """A run's text as written and its words, less a possessive ("Trump's" -> "Trump")."""
    last = toks[j - 1]
    names = (*(t.text for t in toks[i : j - 1]), last.text[: len(last.base)])
    written = text[toks[i].start : last.start] + names[-1]
    return _NICKNAME_INSIDE.sub(" ", written), names


_NICKNAME_INSIDE = re.compile(r" [“\"‘][A-Z][\w.'-]*[”\"’] ")


def _listed_given_name(toks: list[Token], i: int, spans: Spans) -> bool:
    """ "Bill Skelly", "April Ryan": a word the lists keep out of names ("the Bill", a
    month) that is a sure given name and comes before a name."""
    tok = toks[i]
    return (
        tok.text[:1].isupper()
        and tok.text.lower() in words()["not_names"]
        # "Even Lindsey Graham": the sentence's capital; a month is a noun ("April Ryan")
        and (tok.base in _MONTHS or not _opens_sentence(toks, i))
        and gender(tok.base) in SURE
        and i + 1 < len(toks)
        and is_name_token(toks[i + 1], spans)
        and not in_spans(tok.start, spans)
    )


def _name_start(toks: list[Token], i: int, j: int) -> int:
    """Where the name in the run toks[i:j] starts. Words before a given name that are no
    given names are not part of it: "Crooked Hillary Clinton", "Pence Endorses Paul
    Ryan", "(Minister of) Crown-Indigenous Relations Carolyn Bennett"; nor is a
    participle ("Conservatives Rebuking Trump", "Following Sanders"), nor a capitalised
    common word that opens the sentence ("Neither Johnson")."""
    start = _past_words_before_given(toks, i, j)
    start = _at_sure_given_name(toks, start, j)
    start = _after_a_title_noun(toks, start, j)
    if j - start >= 2 and (_number_word(toks[start]) or _hyphened_modifier(toks[start])):
        start += 1  # "Five Virgin megastores", "One Missouri mom", "Trouble-hit Mitsubishi"
    if _person_noun_opens(toks, start, j):
        start += 1  # "Teenager Sania Mirza": the sentence's capital on a person's noun
    if j - start >= 2 and toks[start].base in words()["place_nouns"]:
        start += 1  # "at London's Olympic Velodrome Wiggins (left)": a place's name ends
    if j - start >= 2 and _place_after_locative(toks, start):
        start += 1  # "returning home to London Ozil impressed": a clause ends at the place
    word, run = toks[start].text, j - start
    opens = _opens_sentence(toks, start)
    if run >= 2 and (
        _participle(word)
        or (opens and (_sentence_word(word, run) or _inverted_auxiliary(toks, start, j)))
    ):
        start += 1
    return start


def _inverted_auxiliary(toks: list[Token], start: int, end: int) -> bool:
    """ "Had Sanders won ...", "Did Clinton know ...", "Will Sanders come down ...?": an
    auxiliary that opens a question or a conditional before its subject, no given name.
    "Will" and "May" are given names too: auxiliaries only in a question whose verb after
    the name, past any aside between commas ("Will Biden, at 81, run again?"), is in its
    bare form ("Will Trump concede?", "Will Sanders press on?"): not a past or a form in
    -s ("Will Smith, 53, shouted “...” -- was it scripted?", "Will Smith hits ...?")."""
    low = toks[start].base
    if low not in words()["auxiliaries"]:
        return False
    if gender(low) is None:
        return True
    k = end
    if k < len(toks) and toks[k].text == ",":  # an aside: the verb comes after its comma
        closing = (n for n in range(k + 1, len(toks)) if toks[n].text.endswith(","))  # "81,"
        k = next(closing, len(toks) - 1) + 1
    after = toks[k].text if k < len(toks) else ""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    # a form in -s is a verb ("Will Smith hits Chris Rock ..."), unless a bare verb comes
    # next, which makes it a plural noun of the subject ("May Sanders supporters stay")
    plural = nxt.isalpha() and nxt.islower() and not nxt.endswith(("s", "ed"))
    finite = (
        after.endswith("ed")
        or after.lower() in words().irregular
        or (after.endswith("s") and not after.endswith("ss") and not plural)
    )
    # nothing that tells a name ("Will Trump, Pence or Haley lead ...?"): asked, so no
    # "Will Trump" is made up; at worst the person is named by the surname alone
    return toks[-1].text == "?" and not finite


def _place_after_locative(toks: list[Token], start: int) -> bool:
    """A place the gazetteer knows, after "to", "in" or "from", that is no sure given
    name: the place ends a clause and the name after it opens the next one."""
    if start == 0 or toks[start - 1].base not in words()["locatives"] | {"to"}:
        return False
    entry = gazetteer().get(toks[start].text)
    return entry is not None and entry.form != "demonym" and gender(toks[start].base) not in SURE


def _number_word(tok: Token) -> bool:
    """ "Five", "One": a count before capitalised words is no given name; it counts what
    they name ("Five Virgin megastores")."""
    return tok.base in _number_words()


@cache
def _number_words() -> frozenset[str]:
    return frozenset(word_values("number_words"))


def _hyphened_modifier(tok: Token) -> bool:
    """ "Trouble-hit", "Paris-based", "Cash-strapped": a compound whose last part is a
    lower-case word describes the name after it; a name's parts are capitalised
    ("Jean-Pierre", "Vella-Fenech") or short ("Jay-ar")."""
    return _modifier_compound(tok.text)


def _adjective_compound(text: str) -> bool:
    """ "Western-backed", "Los Angeles-area": a compound that only describes, never a name
    word: a participle after the hyphen, or a common word after a long word; not "Ban
    Ki-moon" nor "Ross-van Dorp", whose short first part is a syllable or a name."""
    if not _modifier_compound(text):
        return False
    first, _, last = text.rpartition("-")
    return last.endswith("ed") or len(first.rpartition("-")[2]) >= 5


def _modifier_compound(text: str) -> bool:
    first, _, last = text.rpartition("-")
    if not first or not last[:1].islower() or text.lower().startswith("ex-"):
        return False
    return len(last) >= 3 and common_word(last)


def _person_noun_opens(toks: list[Token], start: int, j: int) -> bool:
    """ "Teenager Sania Mirza", "Rapper Eminem": a person's noun that opens the sentence
    before a name; not "Star Wars" (a common word after it)."""
    if j - start < 2 or not _opens_sentence(toks, start):
        return False
    if toks[start].base not in person_nouns():
        return False
    return j - start >= 3 or not common_word(toks[start + 1].text)


_OPENERS = frozenset({"“", '"', "‘", "(", "—"})


def _opens_sentence(toks: list[Token], i: int) -> bool:
    """The word opens the sentence or a quotation: its capital may be theirs alone."""
    return i == 0 or toks[i - 1].text in _OPENERS


def _past_words_before_given(toks: list[Token], i: int, j: int) -> int:
    """ "Pence Endorses Paul Ryan": in a run of three words or more, a word that is no
    given name before one that is ("Endorses Paul") is left out."""
    start = i
    while (
        j - start >= 3 and not given_name(toks[start].text) and gender(toks[start + 1].text.lower())
    ):
        start += 1
    return start


def _after_a_title_noun(toks: list[Token], start: int, j: int) -> int:
    """ "Nevada Rancher Cliven Bundy", "Oil Trader Lee Dunn": a person's noun of trade or
    standing inside a run, with two words of the run after it, is a description set in
    capitals, when a given name follows it; the name starts there. (A trade's word that
    is a surname ends its name: "Jo Baker", "Tim Cook"; "Gold Star Mom Corners Obama" is
    a headline's words.)"""
    nouns = person_nouns()
    for k in range(j - 3, start - 1, -1):
        if toks[k].base in nouns and gender(toks[k].base) is None and given_name(toks[k + 1].text):
            return k + 1
    return start


def _at_sure_given_name(toks: list[Token], start: int, j: int) -> int:
    """ "Crooked Hillary Clinton", "Crown-Indigenous Relations Carolyn Bennett": in a run
    of three words or more, words no dictionary knows as names before a sure given name
    are left out; the name starts at the given name."""
    if j - start < 3:
        return start
    sure = next((k for k in range(start, j - 1) if gender(toks[k].text.lower()) in SURE), None)
    if sure is not None and all(gender(t.text.lower()) is None for t in toks[start:sure]):
        return sure
    return start


def _sentence_word(word: str, run: int) -> bool:
    """ "Neither Johnson": a word only ever capitalised by its sentence (Punkt saw it in
    lower case, never capitalised inside a sentence) and no given name, before one name;
    in a longer run it may describe a full name ("Counsel Shaunda Pike"). ("Time" of
    "Time Warner" is seen capitalised inside sentences: a noun may start a company's
    name.)"""
    low = word.lower()
    return run == 2 and never_a_name(low) and gender(low) is None


def _participle(word: str) -> bool:
    """ "Rebuking", "Following": an -ing form (a participle), which Punkt has seen in
    lower case or not at all, and no given name, wherever it stands ("Irving" is one)."""
    low = word.lower()
    if gender(low) is not None or not low.endswith("ing") or len(low) <= 5:
        return False
    return unknown_or_common(low)


def _coordinated(toks: list[Token], found: list[Name], placed: list[tuple[int, int]]) -> list[Name]:
    """ "Darian Lonechild and Evan Sanderson were charged": a full name joined by "and" or
    "or" to a person's name is a person's too."""
    out = list(found)
    for k in range(len(out) - 1):
        (_, end), (start, _) = placed[k], placed[k + 1]
        if start != end + 1 or toks[end].base not in {"and", "or"}:
            continue
        for a, b in ((k, k + 1), (k + 1, k)):
            other = out[b]
            if out[a].person and not other.person and _full_name(other):
                out[b] = replace(other, person=True)
    return out


def _full_name(name: Name) -> bool:
    """A known given name and more: not "Goldman Sachs", "Ohio Gov"."""
    known = gender(name.tokens[0]) is not None
    return known and len(name.tokens) >= 2 and not name.company and not _is_title(name.tokens[-1])


def _is_title(word: str) -> bool:
    return is_head(word.lower()) or word.lower() in words()["role_modifiers"]


def _after_title_object(toks: list[Token], i: int, j: int) -> int:
    """ "MP for Parramatta Dolores Vella-Fenech", "Minister of Crown-Indigenous Relations
    Gurdeep Anantharaman-Pratt", "Mayor of London Sadiq Khan": after a title's "for" or
    "of", the capitalised words before a known given name, or up to a common word or a
    place, end the title."""
    if gender(toks[i].base) in SURE:
        return i
    k = i - 1  # "for" of "Minister for Human Development Pratiwi Susanto", whose run
    while k > 0 and toks[k].text[:1].isupper() and not given_name(toks[k].text):
        k -= 1  # starts at "Development" ("Human" opens no name)
    if k < 0 or toks[k].base not in {"of", "for"}:
        return i
    start = i
    for p in range(i + 1, j - 1):
        if gender(toks[p].base) in SURE:
            return p
        if toks[p].text == "." or toks[p - 1].text == ".":
            continue  # inside initials: "D.Ganbold", "T. V. Rao"
        if not given_name(toks[p - 1].text) or toks[p - 1].text in gazetteer():
            start = p  # "Relations" is a word, "London" a place: the name starts after it
    return start


def _opening(toks: list[Token], i: int, spans: Spans) -> int:
    """How many tokens open a name at i: a name word (1), initials and their dot ("T.V.
    Raghavendra-Rao", 2), a particle before a name word ("Mr Ó Maoilíosa", 1), or 0."""
    if not toks[i].text[0].isupper():
        return int(_particle_surname(toks, i))  # "Mr el-Adli" (it takes no capital)
    if is_name_token(toks[i], spans):
        return 1
    if _initial(toks, i, spans):
        return 2
    if toks[i].base in _WEEKDAYS and i > 0 and is_head(toks[i - 1].base):
        # "Senator Sunday Ishaya Tanko-Gyang": after a title, a weekday is a given name
        return int(i + 1 < len(toks) and is_name_token(toks[i + 1], spans))
    nxt = i + 1 < len(toks) and is_name_token(toks[i + 1], spans)
    return 1 if nxt and toks[i].text[:1].isupper() and toks[i].base in words()["particles"] else 0


def _trailing_initials(toks: list[Token], i: int, j: int) -> bool:
    """ "Shameer P.K.": initials end a name that opens with a given name, when no name
    word follows them ("U.S." is a country, not initials)."""
    if j + 1 >= len(toks) or toks[j + 1].text != "." or gender(toks[i].base) is None:
        return False
    if not INITIALS_RE.fullmatch(toks[j].text) or f"{toks[j].text}." in gazetteer():
        return False
    return j + 2 >= len(toks) or not toks[j + 2].text[:1].isupper()


def _names_a_body(toks: list[Token], i: int, j: int) -> bool:
    """ "James Cook University", "Nova Halifax bank", "Université Laval", "Bank of Nova
    Halifax", "Typhoon Karding": a run that an organisation's head noun ends or opens, or
    that a place's head noun opens, names that body or place, not a person."""
    bodies = joined("organisation_heads", "company_suffixes")
    if j < len(toks) and toks[j].base in bodies:
        return True
    if _body_follows(toks, j, bodies):
        return True
    first = toks[i].base
    if first in words()["place_heads"]:
        return True
    k = i - 1
    if k >= 1 and toks[k].base in {"of", "de"} and toks[k - 1].text[:1].isupper():
        k -= 1  # "Bank of", "Université de"
    elif j - i > 1 or gender(first) in SURE:
        return False  # "Senate John Smith", "Housing Corporation Lucassie Aupilaarjuk"
    if k < 0 or not toks[k].text[:1].isupper():
        return False
    return toks[k].base in joined("organisation_heads", "company_suffixes", "place_heads")


def _body_follows(toks: list[Token], j: int, bodies: frozenset[str]) -> bool:
    """ "the official Disasters Emergency Committee webpage": capitalised words that are
    no name words ("Emergency") go on from the run to a body's head noun, so the run
    opens that body's name."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].text[:1].isupper() and not toks[k].possessive:
        if toks[k].base in bodies:
            return k > j
        k += 1
    return False


def _month_surname(toks: list[Token], j: int) -> bool:
    """ "Theresa May": a month after a given name is a surname."""
    return (
        toks[j].text[:1].isupper()
        and toks[j].base in _MONTHS
        and gender(toks[j - 1].text.lower()) is not None
    )


def _bare_initial(toks: list[Token], j: int, spans: Spans) -> bool:
    """ "George W Bush", "Bruce L Castor Jr": a middle initial written without its stop,
    between a given name and a name word."""
    tok = toks[j]
    if len(tok.text) != 1 or not tok.text.isupper() or tok.text in {"I", "A"}:
        return False
    if j + 1 >= len(toks) or not is_name_token(toks[j + 1], spans):
        return False
    return gender(toks[j - 1].base) is not None


def _modifier_surname(toks: list[Token], j: int, spans: Spans) -> bool:
    """ "Sir Andrew Green, chairman", "Damian Green said": a party's or a side's word
    ("Green", "Rival") after a sure given name, with no name word after it, is a surname;
    before a name it modifies that name ("Labour Tony Smith" is not read here)."""
    tok = toks[j]
    if (
        not tok.text[:1].isupper()
        or tok.text.isupper()
        or tok.base not in words()["name_modifiers"]
    ):
        return False
    if tok.base.endswith("s") or gender(toks[j - 1].base) not in SURE:
        return False  # "Latino Republicans"
    if common_word(toks[j - 1].text) or (j >= 2 and _before_a_place(toks[j - 2])):
        return False
    return j + 1 >= len(toks) or not is_name_token(toks[j + 1], spans)


def _before_a_place(tok: Token) -> bool:
    """ "South Carolina Republican", "the Carolina Republican primary": a capitalised
    word or an article before the given name makes it a place's word; an honorific or a
    title does not ("Sir Andrew Green")."""
    opens = tok.text[:1].isupper() or tok.base in words()["articles"]
    return opens and tok.base not in joined("honorifics", "role_heads")


_MONTHS = month_names()
_WEEKDAYS = weekday_names()


def _initial(toks: list[Token], j: int, spans: Spans) -> bool:
    """An initial and its dot before a name word, or before another initial: "E. Lynch",
    and the "A." of "A. J. Smith" as spaced copy writes "A.J. Smith"."""
    return (
        j + 2 < len(toks)
        and toks[j + 1].text == "."  # before the pattern: most words are followed by none
        and INITIALS_RE.fullmatch(toks[j].text) is not None
        and (is_name_token(toks[j + 2], spans) or _initial(toks, j + 2, spans))
    )


# What may follow a possessive that owns no noun: punctuation or a conjunction.
_NO_NOUN = frozenset({",", ".", ";", ":", "and", "or", ")", "!", "?"})
# ... unless what stands before makes it a person's all the same: "a friend of Karl
# Dunmore's", "the idea was Karl Dunmore's".
_OWNING_BEFORE = frozenset({"of", "was", "is", "were", "are", "be", "been", "being"})


class _Around(NamedTuple):
    """The words that stand around a run and decide what it names."""

    before: str  # the word before it, past an abbreviated title's dot ("Mr. Trump")
    after: str  # the word after it
    apposed: str | None  # what follows its comma: "age", "who" or "speech" (see _apposed)
    # the last four are asked of a name of two words or more only (False for one word)
    after_title: bool = False  # a capitalised title and a name follow it
    country_owner: bool = False  # a country's possessive before it: "Ethiopia's"
    counted: bool = False  # a number before it: "150 Game shops", "the 1995 Dayton Accords"
    office_after: bool = False  # a capitalised title after it: "Nova Scotia's Minister"
    owns_nothing: bool = False  # a possessive with no noun after it: "Tom Fairley's, ..."


def _name(text: str, toks: list[Token], i: int, j: int, spans: Spans) -> Name:
    """A run with the evidence that it names a person, a business, or neither."""
    display, names = _written(text, toks, i, j)
    # What only a name of two words or more is asked (the shape of a full name, see
    # _is_person and _shown_by_context) is not looked for around a one-word run, 72% of
    # runs: it would be False for it all the same.
    several = j - i >= 2
    around = _Around(
        _word_before(toks, i),
        toks[j].base if j < len(toks) else "",
        _apposed(toks, i, j),
        several and _before_a_title(toks, j, spans),
        several and i > 0 and country_possessive(toks[i - 1]),
        _counted(toks, i),
        several and j < len(toks) and toks[j].text[:1].isupper() and is_head(toks[j].base),
        several and toks[j - 1].possessive and (j >= len(toks) or toks[j].base in _NO_NOUN),
    )
    honorifics = words()["honorifics"]
    office = _new_office(text, toks, i, j)
    role = office or _role(text, toks, i, j, spans, names, around.before)
    if role is not None and not _FIRST_PERSON.isdisjoint(role.split()):
        role = None  # "Jennifer Lewis, a democrat running for my father's seat": a speaker's
    company = _company_named(toks, i, names)
    beside_verb = _beside_speech_verb(toks, j, around)
    speaks = len(names) >= 2 and beside_verb
    words_only = _only_words(toks, i, names, around.before)
    # "Helvet Re", "Halden Capital", "Samuel Goldwyn Films": a last word that ends a
    # body's name names a body, not a person (inside a longer name it is that name's word);
    # so does a leader's noun a government's ("the Trump Presidency")
    thing = (
        _names_a_thing(toks, i, j, names)
        or (
            j - i >= 2
            and (
                toks[j - 1].base in joined("body_name_ends", "leader_nouns") or _designator(toks, j)
            )
        )
        or (around.before in honorifics and _attributive_name(toks, j))
        or _names_a_street(toks, j)
    )
    its = (
        role is None
        and around.before not in honorifics
        and (_goes_on_as_its(toks, j) or _plural_subject(toks, i, j))
    )
    person = not (words_only or thing or its) and _is_person(
        toks[j - 1], names, role, around, company=company, speaks=speaks
    )
    shaped = (
        person
        and role is None
        and around.before not in honorifics
        and not _shown_by_context(names, around, company=company, speaks=speaks)
    )
    # What a quotation says of someone after their name (“we spoke with Antony Blinken,
    # the chief negotiator of the old guard”) is the speaker's description, not the
    # reporter's: it still shows a person, but it is not the role the brief reports. A
    # title before a name is how anyone names them (“Secretary Mattis”), and kept.
    head = text[: toks[i].start].rstrip(" ,") if role is not None else ""
    said = (
        role is not None
        and (not head.endswith(role) or _speakers_own(head[: len(head) - len(role)], role))
        and quoted_at(text, toks[i].start)
    )
    # Nor is a title the sentence ends or dates ("sacked coach X", "then president X"):
    # it shows a person, but not their office now.
    ended = role is not None and _title_ended(head, toks, i, role)
    # Nor is a plural title ("Sens. Ann Lee, Joe Roe"), shared by the names it lists, or a
    # title quoted with the name as a coined one or a chant ("the firm's 'Chief Yahoo'").
    coined = role is not None and (shared_title(role) or _alone_in_quotes(text, toks, i, j))
    withheld = said or ended or coined
    return Name(
        display,
        names,
        None if words_only or thing or withheld else role,
        person,
        appointed=office is not None and not (words_only or thing or withheld),
        company=company or speaks,
        speaks=beside_verb,
        honorific=around.before if around.before in honorifics else None,
        article=around.before in {"the", "a", "an"} or around.counted,
        thing=thing,
        shaped=shaped,
        unlike=its or (shaped and _unlike_a_person(text, toks, i, j)),
        led=person
        and role is None
        and len(names) == 1
        and around.before not in honorifics
        and around.after in words()["leader_nouns"],
        common=around.before in words()["articles"] and _heads_its_phrase(toks, j),
        located=around.before in words()["locatives"] or around.before == "to",
        placed=around.before in words()["place_locatives"],
        modifies=_a_type(toks, i)
        or (
            j < len(toks)
            and not toks[j - 1].possessive  # "Mr Peston's book" is his
            and toks[j].text.islower()
            and _thing_noun(toks[j].base)
        ),
    )


# The speaker's possessive and up to two adjectives, before a title: "my dear sister", "my
# old friend" (not "our": "our former President Gerald Ford" is his office).
_SPEAKERS_OWN = re.compile(r"\b(?i:my)(?:\s+[a-z]+){0,2}\s*\Z")


def _speakers_own(before: str, role: str) -> bool:
    """ "I love my dear sister Hillary Clinton": inside a quote, a relation after the
    speaker's own possessive is theirs to the person, not the person's role, and so is
    one the relation opens ("my friend Prime Minister Tony Blair", "my husband and
    President Obama"). An office stays the holder's ("my Attorney General Jeff Sessions",
    "my colleague Senator Elizabeth Warren", whose title is "Senator" alone)."""
    words_of = role.split()
    if words_of and is_head(words_of[0].lower().rstrip(".,")):
        return False
    return _SPEAKERS_OWN.search(before[-40:]) is not None


def _title_ended(head: str, toks: list[Token], i: int, role: str) -> bool:
    """Whether the title right before the run (`role`, at the end of `head`, the text
    before the run) follows a verb that ended its holder's office, or "then" (see
    roles.after_an_ending)."""
    if not head.endswith(role):
        return False
    start = len(head) - len(role)
    at = next((k for k in range(i - 1, -1, -1) if toks[k].start == start), None)
    return at is not None and after_an_ending(toks, at)


_QUOTE_OPENS = frozenset("\"'“‘«")
_QUOTE_CLOSES = frozenset("\"'”’»")


def _alone_in_quotes(text: str, toks: list[Token], i: int, j: int) -> bool:
    """ "the firm's 'Chief Yahoo'", "aka 'King James'", "chanted “President Trump”": a
    title and a run that fill a quotation alone are a coined title, a nickname or words
    said, not the title a reporter gives the person. (A plain name may fill one as a
    string: "search for "Frank Lloyd Wright"", "an envelope that read "Emma Stone"".)"""
    k = i
    while k > 0 and toks[k - 1].text[:1].isupper() and is_head(toks[k - 1].base):
        k -= 1  # "Chief", "President": a title inside the marks
    before = text[: toks[k].start].rstrip()
    after = text[toks[j - 1].end :].lstrip()
    return k < i and before[-1:] in _QUOTE_OPENS and after[:1] in _QUOTE_CLOSES


def _names_a_street(toks: list[Token], j: int) -> bool:
    """ "on Omar El Mokhtar Street", "Martin Luther King Avenue": a capitalised street's
    noun right after the run makes it a street's name, after whoever it honours."""
    return j < len(toks) and toks[j].text[:1].isupper() and toks[j].base in words()["street_nouns"]


def _attributive_name(toks: list[Token], j: int) -> bool:
    """ "Lady Magnolia singer Anna Berg": a name with an honorific before a lower-case
    noun of a trade (not an office: "Lady Ashton spokesman" is her spokesman) modifies it
    as a band's or a brand's name does."""
    if j >= len(toks) or toks[j - 1].possessive or not toks[j].text.islower():
        return False
    return toks[j].base in person_nouns() and not is_head(toks[j].base)


def _designator(toks: list[Token], j: int) -> bool:
    """ "Air France Flight 447", "Route 66": a word seen only in lower case inside
    sentences, capitalised before a number, names a numbered thing; "Howard Flight" with
    no number is an MP (and "Brown 12" in a list of scorers a player: Punkt has seen
    "Brown" capitalised inside sentences)."""
    if j >= len(toks) or not toks[j].text[:1].isdigit():
        return False
    return never_a_name(toks[j - 1].base)


def _goes_on_as_its(toks: list[Token], j: int) -> bool:
    """ "Royal Caribbean said its ships would return": the run speaks, and what it says
    goes on with "its", the pronoun of a body speaking of itself; a person says "his" or
    "her" ("Paul Rhys was its best performer" is the award's: a speech verb only)."""
    k = j + 1 if j < len(toks) and toks[j].base in words()["adverbs"] else j
    return (
        k + 1 < len(toks)
        and toks[k].text.islower()
        and toks[k].base in w_speech()
        and toks[k + 1].base == "its"
    )


def _plural_subject(toks: list[Token], i: int, j: int) -> bool:
    """ "Paris St Germain have also watched him": a name that opens its sentence and
    takes a plural verb names a team or a body, as British English writes them; one
    person takes "has" ("Smith and Jones have" is two: the run opens no sentence)."""
    opens = i == 0 or (i == 1 and toks[0].text in _OPENING_MARKS)
    return opens and j < len(toks) and toks[j].text in {"have", "are", "were"}


_OPENING_MARKS = _QUOTE_OPENS | {"("}  # what may stand before a sentence's first word


def _a_type(toks: list[Token], i: int) -> bool:
    """ "who will be the next James Bond", "the first black James Bond": a name after an
    article and a word of sequence is a part to play or a type, not its bearer (no one's
    name takes an article); one adjective may come between ("black")."""
    for k in (i - 1, i - 2):
        if k < 1 or not toks[k].text.islower():
            return False
        if toks[k].base in words()["type_markers"]:
            return toks[k - 1].base in words()["articles"]
    return False


def _heads_its_phrase(toks: list[Token], j: int) -> bool:
    """Nothing after the run but a break or a function word ("the Ustashe, a regime",
    "the Ustashe as patriots"): the run heads its noun phrase, not "the Obama campaign"."""
    if j >= len(toks):
        return True
    nxt = toks[j]
    return not nxt.text[:1].isalnum() or nxt.base in words()["after_a_head"] | {"as", "and"}


def _counted(toks: list[Token], i: int) -> bool:
    """ "the 1995 Dayton Accords", "the two Roman Catholics": an article and a number
    before a plural count or date what the run names, and no one's name is counted. A
    number alone may rank a person ("1 Roger Federer", "Six Chris Paterson penalties",
    "at 15, Rhys Williams") or date a clause ("In 2003 Tony Blair ...")."""
    if i < 2 or toks[i - 2].base not in words()["articles"]:
        return False
    before = toks[i - 1]
    number = before.text.isdigit() or before.base in _number_words()
    return number and _plural_run_end(toks, i)


def _plural_run_end(toks: list[Token], i: int) -> bool:
    k = i
    while k + 1 < len(toks) and _capital(toks[k + 1]):
        k += 1
    last = toks[k].base
    return last.endswith("s") and not last.endswith("ss")


def _a_group(toks: list[Token], i: int, j: int) -> bool:
    """ "thousands of Roman Catholics", "many Roman Catholics": a plural after a quantifier
    names a group or things; one person is never counted so."""
    last = toks[j - 1].base
    if not last.endswith("s") or last.endswith("ss") or i == 0:
        return False
    quantifiers = words()["group_quantifiers"]
    before = toks[i - 1].base
    if before == "of" and i >= 2:
        return toks[i - 2].base in quantifiers
    return before in quantifiers


def _unlike_a_person(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Where a name with nothing but a person's shape names a firm, a medium or a work:
    "favourite at Gideon Marlowe" (a place of business), "the 21-year-old told Maria
    Velsco." (the outlet a quote was given to), "histories, including Tudor Wessex" (a
    member of things), "Open Water, Peter Varnham, Garden State" (listed with names that
    are no one's)."""
    if _a_group(toks, i, j):
        return True
    before = toks[i - 1].base if i else ""
    if before == "at" and not (i >= 2 and toks[i - 2].base.endswith(("ed", "ing"))):
        return True  # not "criticism has been aimed at Pascal Cygan"
    ends = j >= len(toks) or toks[j].text in {".", ",", ":", ";"}
    if before == "told" and ends and any(mark in text for mark in '"“'):
        return True
    if before in {"including", "as"} and i >= 3 and toks[i - 2].text == ",":
        noun = toks[i - 3]
        if noun.text.islower() and noun.base.endswith("s") and noun.base[:-1] not in person_nouns():
            return True
    return _listed_with_things(toks, i, j)


def _listed_with_things(toks: list[Token], i: int, j: int) -> bool:
    """A list member ("A, B and C") whose neighbours in the list are capitalised runs of
    common words or with a number, which no one's name is ("Open Water", "Bet 365");
    not "for The Aviator, Michael Mann" (no list) nor "Bono, The Edge, Adam Clayton and
    Larry Mullen" (a person's name beside it)."""
    neighbours = [run for run in (_run_before(toks, i), _run_after(toks, j)) if run is not None]
    if _after_a_firm(toks, i):
        return True  # "Goldman Sachs & Co, Harris Interactive and Neilsen/Net Ratings"
    return bool(neighbours) and all(map(_no_ones_name, neighbours))


def _after_a_firm(toks: list[Token], i: int) -> bool:
    """The list member before the run ends in a firm's suffix ("Goldman Sachs & Co,"):
    the list is of firms."""
    if i < 3 or toks[i - 1].base not in _JOINS:
        return False
    suffix, before = toks[i - 2], toks[i - 3]
    named = before.text[:1].isupper() or before.text == "&"
    return suffix.text[:1].isupper() and named and suffix.base in words()["company_suffixes"]


_JOINS = frozenset({",", "and", "or"})


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def _run_before(toks: list[Token], i: int) -> list[str] | None:
    """The list member before a run: capitalised words after a join or the sentence's
    start, then a join; None without a join, [] when the member is not whole."""
    if i < 2 or toks[i - 1].base not in _JOINS:
        return None
    k = i - 2
    while k >= 0 and _capital(toks[k]):
        k -= 1
    member = [t.text for t in toks[k + 1 : i - 1]]
    return member if k < 0 or toks[k].base in _JOINS else []


def _run_after(toks: list[Token], j: int) -> list[str] | None:
    """The list member after a run: a join, capitalised words, then a join or a break."""
    if j >= len(toks) or toks[j].base not in _JOINS:
        return None
    k = j + 1
    while k < len(toks) and _capital(toks[k]):
        k += 1
    member = [t.text for t in toks[j + 1 : k]]
    ends = k >= len(toks) or toks[k].base in _JOINS or toks[k].text in {".", ";", ":"}
    return member if ends else []


def _no_ones_name(run: list[str]) -> bool:
    """Two or more capitalised words, all common ones, or with a number."""
    if len(run) < 2:
        return False
    return any(word[:1].isdigit() for word in run) or all(map(common_word, run))


def _names_a_thing(toks: list[Token], i: int, j: int, names: tuple[str, ...]) -> bool:
    """What the words around a run show it to name, in every mention: a business, a
    band or a work after its common noun ("accountancy firm Grant Thornton", "Mike
    Leigh's film Vera Drake", "companies such as Adam Opel", "Bookmakers Ladbrokes"), a
    work before its author ("Mr Norrell by Susanna Clarke"), or a place before its noun
    ("King Cross station", "the Sheffield Hallam seat"), or that noun ends it ("Imam
    Khomeini International Airport"). A suffix ("Motors", "Wells Fargo Bank") ends a
    business's name, or comes before the region of its branch ("Media Labs Europe")."""
    w = words()
    if names[-1].lower() in w["company_suffixes"]:
        return True
    if any(len(name) > 3 and name.lower() in w["company_suffixes"] for name in names[:-1]):
        return True  # "Motors Europe" of "General Motors Europe": a business's branch
    if (
        len(names) >= 2
        and names[-1].lower() in w["place_nouns"]
        and gender(_base_of(names[0])) not in SURE
    ):
        return True  # "Khomeini International Airport", "Wembley Stadium"; not "Emma Ward"
    if len(names) >= 2 and _plural_demonym(names[-1]) and gender(names[0]) is None:
        return True  # "Orthodox Serbs", "Bosnian Croats": a people; not "Claire Danes"
    if i > 0 and toks[i - 1].base in w["vessel_prefixes"] and not toks[i - 1].text.istitle():
        return True  # "the ms Ryndam", "MV Seaspray": a ship, not "Ms Ryndam"
    if len(names) >= 2 and _thing_noun(toks[i].base):
        return True  # "Bookmakers Ladbrokes": the sentence's capital on the noun
    if i > 0 and toks[i - 1].base in {"its", "their"}:
        return True  # "its Solo Chassis gaming chair": what a body owns is a thing
    if _quoted_whole(toks, i, j) and gender(_base_of(names[0])) is None:
        return True  # a shirt that read “Fascist Trump”: a slogan, a title, a nickname
    k = i - 1
    if k >= 2 and toks[k].base == "as" and toks[k - 1].base == "such":
        k -= 2  # "companies such as Adam Opel"
    if k >= 1 and toks[k].text == "," and _apposed_to_a_thing(toks, k, j):
        k -= 1  # "the West End musical, Bombay Dreams."
    if k >= 0 and (toks[k].text[:1].islower() or k == 0) and _thing_noun(toks[k].base):
        return True  # "Bookmaker William Hill has": the noun may open the sentence
    if j < len(toks) and toks[j].text[:1].islower() and toks[j].base in w["place_nouns"]:
        return True
    return _before_author(toks, j) or _apposed_thing(toks, j)


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})


def _quoted_whole(toks: list[Token], i: int, j: int) -> bool:
    """Whether the run is all a quotation holds (“Fascist Trump”, ''The Rock,''): words
    quoted as words, a slogan or a title, not a mention of someone (the caller keeps a
    run a known given name opens: MTV's "Carson Daly" is still him)."""
    if i == 0 or toks[i - 1].text not in _OPENING_QUOTES:
        return False
    comma = j < len(toks) and toks[j].text == ","
    k = j + 1 if comma else j
    if k >= len(toks) or toks[k].text not in _CLOSING_QUOTES:
        return False
    # “Tony Blair,” he said, “is wrong.”: a quotation the speech tag interrupts
    after = toks[k + 1].base if k + 1 < len(toks) else ""
    return not (comma and (after in words().speech or after in words()["person_pronouns"]))


def _apposed_thing(toks: list[Token], j: int) -> bool:
    """ "Jonathan Strange and Mr Norrell, a novel about the magic arts", "Freddie Mac,
    the country's other largest mortgage firm,": an apposition headed by a work's or a
    business's noun (not "a film director")."""
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].base not in words()["articles"]:
        return False
    people = joined("role_heads", "described")
    for k in range(j + 2, min(j + 8, len(toks) - 1)):
        base = toks[k].base
        if toks[k].possessive and toks[k].text.islower():
            continue  # "Marriott Springhill Suites, the agent's hotel,": a determiner
        if _thing_noun(base):
            return toks[k + 1].base in words()["after_a_head"]
        if (
            not toks[k].text.islower()
            or base in people
            or base in words()["after_a_head"] | {"and"}
        ):
            return False  # "Dan Conston, a senior adviser to the group": a person's noun
    return False


def _apposed_to_a_thing(toks: list[Token], comma: int, j: int) -> bool:
    """ "the popular West End musical, Bombay Dreams.": a run between commas after a noun
    phrase whose head may be a thing's; not "best musical, Victoria Hamilton was" (no
    closing comma) nor "the director of the film, Vinod Pande," (a person's head)."""
    closed = j >= len(toks) or toks[j].text in {",", ".", ";", ")"}
    if not closed or not toks[comma - 1].text[:1].islower():
        return False
    people = joined("role_heads", "described")
    k = comma - 1
    while k >= 0 and comma - k <= 10 and toks[k].text != ",":
        if toks[k].base in people:
            # "AR Rahman, the director of the musical, Bombay Dreams": the description is
            # the name's before it, so the run is what "of" names
            return k >= 2 and toks[k - 1].base in words()["articles"] and _after_a_name(toks, k - 2)
        k -= 1
    return True


def _after_a_name(toks: list[Token], k: int) -> bool:
    return toks[k].text == "," and k >= 1 and toks[k - 1].text[:1].isupper()


def _thing_noun(base: str) -> bool:
    """A noun that names what a business, a band or a work is, singular or plural."""
    nouns = words()["thing_nouns"]
    if base in nouns:
        return True
    if base.endswith("ies") and base[:-3] + "y" in nouns:
        return True  # "companies"; "movies" is a movie's plural
    return base.endswith("s") and base[:-1] in nouns


def _before_author(toks: list[Token], j: int) -> bool:
    """ "Jonathan Strange and Mr Norrell by Susanna Clarke": a work's title before "by"
    and its author's full name."""
    if j + 2 >= len(toks) or toks[j].base != "by":
        return False
    author = toks[j + 1]
    return (
        gender(author.base) in SURE and toks[j + 2].text[:1].isupper() and author.text[:1].isupper()
    )


def _before_a_title(toks: list[Token], j: int, spans: Spans) -> bool:
    """ "Jefferson Parish Sheriff Harry Lee", "Manchester Central MP Tony Lloyd": a
    capitalised title and a name right after the run."""
    if j + 1 >= len(toks) or not toks[j].text[:1].isupper() or not is_head(toks[j].base):
        return False
    return is_name_token(toks[j + 1], spans)


def _only_words(toks: list[Token], i: int, names: tuple[str, ...], before: str) -> bool:
    """ "Development Planning", "Six government units", "the General Election": words
    that Punkt has seen in lower case and no dictionary knows as given names name no one,
    when they are two or more, or one whose capital is the sentence's or a title's after
    an article. "Mr Brown" and "Chancellor Brown" are people."""
    if before in words()["honorifics"]:
        return False
    if any(map(given_name, names)):
        return False
    if len(names) >= 2 or _opens_sentence(toks, i):
        return True
    return i >= 2 and toks[i - 1].text[:1].isupper() and toks[i - 2].base in {"the", "a", "an"}


def _word_before(toks: list[Token], i: int) -> str:
    """The word before a run, read past an abbreviated title's dot: "Mr. Trump", "Rev.
    Kyev Tatum" are after "mr" and "rev", not after a full stop."""
    if not i:
        return ""
    before = toks[i - 1].base
    if before == "." and i >= 2 and len(toks[i - 2].text) <= 4:
        return toks[i - 2].base
    if before in words()["honorifics"] and toks[i - 1].text.islower():
        return ""  # "might miss England's trip": a verb, not the honorific "Miss"
    return before


def _role(
    text: str, toks: list[Token], i: int, j: int, spans: Spans, names: tuple[str, ...], before: str
) -> str | None:
    """The role the text gives a run: a title before it, an apposition, a description.
    A one-word run keeps it only after an honorific or a title word ("Reacting, the
    minister, said", "National Orientation": words, not names): that is asked first, of
    the words around it alone, so most one-word runs (19,000 of 31,000 runs at 25,000
    sentences) are never searched for a role they could not keep."""
    if len(names) == 1 and before not in words()["honorifics"] and not _titled(toks, i):
        return None
    role = (
        _title_before(text, toks, i, j, spans)
        or apposition(text, toks, j)
        or described_before(text, toks, i, j)
    )
    # not after a place's preposition: "showed up at Pearson Park, a witness said"
    placed = before in words()["place_locatives"]
    if role is None and len(names) >= 2 and given_name(names[0]) and not placed:
        role = described_apposition(text, toks, j)
    if role is None and len(names) in {2, 3}:
        role = _person_noun_before(text, toks, i)
    return role


# A role is the reporter's description; one in the first person is someone speaking (a
# quoted post run into the text), who the text does not say. In lower case: "US", "World
# War I", "Our Lady of Mercy" and "My Chemical Romance" are no speaker's.
_FIRST_PERSON = frozenset({"me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"})


def _new_office(text: str, toks: list[Token], i: int, j: int) -> str | None:
    """The office the sentence appoints the run to (see roles.appointed), asked only
    where an appointing verb can reach it: after "was", "has", a comma, or an appointing
    verb at most six words before it (31,000 runs at 25,000 sentences)."""
    after = toks[j].base if j < len(toks) else ""
    verbs = words()["appointment_verbs"]
    if after in {"was", "were", "has", "had", ","} or any(
        t.base in verbs for t in toks[max(0, i - 6) : i]
    ):
        return appointed(text, toks, i, j)
    return None


def _person_noun_before(text: str, toks: list[Token], i: int) -> str | None:
    """ "champion Derartu Tulu", "Teenager LaShawn Merritt": a noun that names a person
    by trade right before a full name, lower case or opening the sentence. One that
    names no office or job ("teenager", "compatriot") shows a person but is no role: ""."""
    if i == 0:
        return None
    noun = toks[i - 1]
    if noun.base not in person_nouns() or noun.possessive:
        return None
    if not (noun.text.islower() or _opens_sentence(toks, i - 1)):
        return None
    if i >= 2 and toks[i - 2].base in words()["not_before_a_role"]:
        return None
    if superlative_before(toks, i - 1):
        return None  # "a best new artist Grammy": a category, not a title
    if noun.base in words()["not_offices"]:
        return ""
    dated = dated_start(toks, i - 1)
    if dated is not None:  # "Former Worldcom boss": never the bare, current "boss"
        return text[toks[dated].start : noun.end]
    return noun.text


def superlative_before(toks: list[Token], noun: int) -> bool:
    """ "best new artist", "the biggest star": a superlative among the two words before a
    person's noun makes a category or a judgement of it, not an office."""
    return any(_superlative(tok.base) for tok in toks[max(noun - 2, 0) : noun])


def _superlative(base: str) -> bool:
    if base in {"best", "worst", "most", "least"}:
        return True
    if not base.endswith("est") or len(base) < 6:
        return False
    stem = base[:-3]  # "greatest", "largest", "biggest"
    doubled = stem[-1] == stem[-2] and common_word(stem[:-1])
    return doubled or (len(stem) >= 4 and (common_word(stem) or common_word(stem + "e")))


def _company_named(toks: list[Token], i: int, names: tuple[str, ...]) -> bool:
    """A suffix ("Inc", "Group") or a company noun and its comma before the run ("The
    mining company, Hamersley Range Resources, said") say it may be a business."""
    w = words()
    if names[-1].lower() in w["company_suffixes"]:
        return True
    return i >= 2 and toks[i - 1].text == "," and toks[i - 2].base in w["company_nouns"]


def _beside_speech_verb(toks: list[Token], j: int, around: _Around) -> bool:
    """A speech verb that makes the run its speaker: after it, unless a preposition
    makes the run no subject ("Chief Settee of Manitoba Keewatinowi Okimakanak said",
    "RCMP in Thunder Bay said"); before it, unless the run describes the one named
    ("said Moose Jaw resident Brandon Lee"); or after its apposition's comma."""
    speech = w_speech()
    if around.after in speech and around.before not in words()["name_prepositions"]:
        return True
    if around.before in speech and not _attributive(toks, j) and not toks[j - 1].possessive:
        # not "said Ladbrokes' Warren Lush", nor "told Maria Velsco" (the hearer)
        return around.before not in hearer_verb_forms()
    return around.apposed == "speech"


def _is_person(
    last: Token,
    names: tuple[str, ...],
    role: str | None,
    around: _Around,
    *,
    company: bool,
    speaks: bool,
) -> bool:
    """Whether the text shows the run is a person's name. A possessive without a role
    names a thing of theirs ("Trump's campaign"); a demonym opens no one's name
    ("Canadian Tire", "British Airways")."""
    honoured = around.before in words()["honorifics"]
    # a full name keeps its shape ("Hillary Clinton's campaign" is hers), but a
    # government holds a capitalised office: "Nova Scotia's Minister of Fisheries"
    # a possessive that owns no noun is a shop's or a brand's name ("brands include Tom
    # Fairley's, Strongbow and Carling"), as "Sainsbury's" is
    brand = around.owns_nothing and around.before not in _OWNING_BEFORE
    owner = len(names) >= 2 and not (around.office_after or brand)
    if last.possessive and role is None and not honoured and not owner:
        return False
    if _opens_with_demonym(names):
        return False
    if role is not None or honoured:
        return True
    if _spanish_article_opens(names) or _romance_place(names, around.before):
        return False
    # English names take no article: "the Royal Ballet", "a Royal Marine", "the Mac Mini"
    # have the shape of a given name and a surname but name a thing.
    shaped = (
        not company
        and around.before not in words()["articles"]
        and not around.counted
        and _given_then_surname(names)
    )
    if shaped and around.after_title:
        shaped = False  # "Jefferson Parish Sheriff Harry Lee": the run places the title
    return _shown_by_context(names, around, company=company, speaks=speaks) or shaped


_ROMANCE_PARTICLES = frozenset({"de", "del", "da", "dos", "das", "do"})
_SPANISH_ARTICLES = frozenset({"El", "Los", "Las"})


def _spanish_article_opens(names: tuple[str, ...]) -> bool:
    """ "El Informador", "Los Angeles": a Spanish article before a word that is no given
    name opens a paper's, a place's or a team's name; a person so called needs a title
    or an honorific ("IAEA chief El Baradei")."""
    return len(names) >= 2 and names[0] in _SPANISH_ARTICLES and gender(names[1]) is None


def _romance_place(names: tuple[str, ...], before: str) -> bool:
    """ "from Rio de Janeiro", "Playa del Mar": a run through a Spanish or Portuguese
    particle names a place after a locative, or when no sure given name opens it; a
    person's ("Rodrigo de la Serna") opens with a given name and stands elsewhere."""
    if len(names) < 3 or not any(word in _ROMANCE_PARTICLES for word in names[1:-1]):
        return False
    return before in words()["locatives"] or gender(names[0]) not in SURE


def _opens_with_demonym(names: tuple[str, ...]) -> bool:
    """ "Canadian Tire", "British Airways": a name of two words or more that opens with a
    demonym is a body's; no one's name opens with one."""
    if len(names) < 2:
        return False
    demonym = gazetteer().get(names[0])
    return demonym is not None and demonym.form == "demonym"


def _shown_by_context(
    names: tuple[str, ...], around: _Around, *, company: bool, speaks: bool
) -> bool:
    """What surrounds a run without a role that shows a person: an age or "who" after
    it, a speech verb beside a given name, a party or place modifier ("Labour's", "ex-")
    before a full name, or a leader noun after a surname ("Putin government")."""
    if around.after in words()["leader_nouns"] and len(names) == 1:
        return True  # "the Bush administration"
    if around.before in words()["articles"] or company:
        return False  # "the Tamil Tigers, who", "The Da Vinci Code claims"
    if around.apposed in {"age", "who"} and len(names) >= 2:
        return True  # not "the drinks company, Red Bull, who"
    if speaks and given_name(names[0]):
        return True
    if around.after in agent_verb_forms() and len(names) >= 2 and all(map(_plain_name, names)):
        return True  # "Tendai Mukwashi met the delegations": a person in body
    if around.country_owner and len(names) == 2 and all(map(given_name, names)):
        # "Ethiopia's Tirunesh Dibaba", not "Britain's Royal Mail" nor "Dominica's Carib
        # Indians" (a people: no surname is a demonym's plural)
        return not _plural_demonym(names[-1])
    return _modified(around.before) and len(names) >= 2 and given_name(names[0])


def _plain_name(word: str) -> bool:
    """A word that may be a given name or a surname: letters only (no initials, which
    another spelling of the name may space), never seen in lower case."""
    return word.replace("-", "").replace("'", "").isalpha() and given_name(word)


def _plural_demonym(word: str) -> bool:
    entry = gazetteer().get(word[:-1]) if word.endswith("s") else None
    return entry is not None and entry.form == "demonym"


def _modified(before: str) -> bool:
    """A party, place or chamber word ("Labour", "Commons") or an "ex-" before a name
    modifies it: the name after it is a person's when it is a full one."""
    if before == "new":
        return False  # "Sony's new PlayStation Portable": what is new is a thing
    return bool(before) and (before in words()["name_modifiers"] or before.startswith("ex-"))


def _given_then_surname(names: tuple[str, ...]) -> bool:
    """Two or three words, a sure given name first and a surname last, not a word
    ("Vienna Document", "Jackson Park"); or four, two given names and two surnames, as
    Spanish names are written ("María José Chacón Vargas")."""
    if len(names) < 2:
        return False
    middle = [word for word in names[1:-1] if word != "." and not INITIALS_RE.fullmatch(word)]
    spelled = [names[0], *middle, names[-1]]
    two_given = len(spelled) == 4 and gender(spelled[1].lower()) is not None
    return (
        (len(spelled) in {2, 3} or two_given)  # "Donald J. Trump": an initial is no word
        and gender(spelled[0].lower()) in SURE
        and given_name(spelled[-1])
        and spelled[0] != spelled[-1]  # "Duran Duran" is a band
    )


def _attributive(toks: list[Token], j: int) -> bool:
    """ "Moose Jaw resident", "Trump adviser": a name before a lower-case title or
    description modifies it, as a place or a side."""
    if j >= len(toks) or not toks[j].text[:1].islower():
        return False
    return toks[j].base in joined("role_heads", "described")


def _title_before(text: str, toks: list[Token], i: int, j: int, spans: Spans) -> str | None:
    """The title before a name; one that ends in a place or a body ("MP for Parramatta",
    "mayor of New") only before a name that starts with a given name."""
    role = role_before(text, toks, i, spans)
    if role is None or i == 0 or in_spans(toks[i - 1].start, spans):
        return role
    if j - i == 1 and superlative_before(toks, i - 1):
        return None  # "her second best actress Oscar": an award's category, not a title
    last = toks[i - 1]
    titled = last.base in joined("role_heads", "role_modifiers", "described", "honorifics")
    if last.text[:1].isupper() and not titled and (j - i < 2 or not given_name(toks[i].text)):
        return None
    return role


def _titled(toks: list[Token], i: int) -> bool:
    """A one-word name is a person's by its role only when a title word stands right
    before it ("President Bush") or it is a given name ("his daughter Ivanka"), and never
    after "in", "at" or "of", where it is a place."""
    if i == 0:
        return False
    w = words()
    before = toks[i - 1].base
    if before not in w["role_heads"] and before != "." and gender(toks[i].base) is None:
        return False  # what only ever says yes below: most one-word runs stop here
    if before in {"in", "at", "near", "outside", "of", "from"}:
        return False  # "in Abuja, NLC President, ...", "of New Jersey, a former prosecutor,"
    if i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].text[:1].isupper():
        return False  # "the Minister of National Orientation, Musa Danlami,": a title's end
    if (
        i >= 3
        and toks[i - 2].base in words()["articles"]
        and toks[i - 3].base in words()["locatives"]
    ):
        return False  # "in the Queen Vic": a place's name, not "the Ayatollah Khomeini"
    if i + 1 < len(toks) and is_head(toks[i + 1].base) and not toks[i].possessive:
        return False  # "Chief Operating Officer", not "President Obama's nominee"
    if toks[i - 1].text[:1].isupper() and never_a_name(toks[i].text):
        return False  # "President Forever" (a game), not "his son Beau"
    if before in w["role_heads"] and toks[i - 1].text[:1].islower():
        # "at analyst Gartner", "will captain Wales": a bare lower-case title before one
        # word that is no given name is a firm's trade or a verb, not a person's title
        return gender(toks[i].base) is not None
    if before in w["role_heads"] or before == ".":
        return True
    return not toks[i - 1].text[:1].isupper() and gender(toks[i].base) is not None


def _apposed(toks: list[Token], i: int, j: int) -> str | None:
    """What follows a name and its comma: an age ("Jericho Balagtas, 46,"), a relative
    "who", or a speech verb that closes an apposed name ("a motorcyclist, Chukwuemeka
    Nwosu, told"; not "chief constable of Gloucestershire Police, said")."""
    if j + 1 >= len(toks) or toks[j].text != ",":
        return None
    nxt = toks[j + 1]
    number = nxt.text.rstrip(",.")  # the number token takes its comma: "46,"
    if number.isdigit() and int(number) <= 120:
        closed = nxt.text != number or j + 2 >= len(toks) or toks[j + 2].text in {",", ")"}
        return "age" if closed else None
    if nxt.base == "who":
        return "who"
    apposed = i > 0 and toks[i - 1].text == ","
    return "speech" if apposed and nxt.base in w_speech() else None


def w_speech() -> frozenset[str]:
    return words().speech
