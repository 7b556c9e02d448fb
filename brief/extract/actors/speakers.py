"""Speakers the text names that no other rule admitted: "the IAAF said", "said Swiss Re",
"Mike Friday said".

A quote's speaker must be an actor of the table (issue 10), so a name the text makes
the subject of a speech verb, and that the person and organisation rules left out, is
read once more here. Speaking makes it someone; what kind of someone is then told the
way a reader tells it, by the name itself:

* an organisation: an acronym ("NIESR", "GM"), a run that ends in a body's head or
  suffix ("Darlington Council", "Swiss Re", "Revolution Studios"), or "its" going on from
  it in the speaking clause ("Dell said its profits ...");
* a person: a known given name before a surname ("Mike Friday", "Blake Irving").

A bare one-word name with none of these cues ("Daiwa said", "Mido said") is left to
the one-word rules (mononyms), which want a trade noun, an age, an apposition or a
"He"/"She" after it: in news a lone capital that speaks is a club, a firm or a band
about as often as a person, and a wrong kind in the table is worse than a blank
speaker. Never admitted: a sentence's common opening word, a place or country, a
demonym, a month or weekday, a title, a party, or a run after "of"/"in" (which name
where, not who).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from operator import attrgetter

from brief.extract.actors.names import Token, role_words, saint_dot
from brief.extract.actors.names.name_words import adjective_compound, coined_then_words
from brief.extract.actors.names.thing_evidence import DIGIT_INSIDE_RE
from brief.extract.actors.organisations import not_bodies
from brief.extract.actors.word_knowledge import capitalised_inside, common_word, gender
from brief.extract.lexicon import (
    PhraseMatcher,
    gazetteer,
    month_names,
    ship_prefix,
    weekday_names,
    words,
)
from brief.models import ActorKind, Sentence

# What may stand right before a speaking subject: the sentence's or a clause's start.
_CLAUSE_STARTS = frozenset({",", ";", ":", "“", '"', "‘", "(", "—", "-", "–", "and", "but", "the"})
# What may follow an inverted speaker ("..., said Swiss Re."): its clause ends.
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "”", '"', ")", "—", "–"})
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
_APPOSITION_MAX = 10  # tokens of "X, the Liverpool chief executive, said"


Spoken = tuple[str, ActorKind, Sentence]  # a speaker's name, its kind, where it speaks
Speaking = tuple[str, str, ActorKind]  # a name a sentence makes speak, its last word, its kind


_BASE = attrgetter("base")


def may_speak(text: str) -> bool:
    """A cheap test before tokens: most sentences have no speech verb (every form of one
    is lower-case letters, so it is a whole word of `[a-z]+` in the lower-cased text)."""
    return not words().speech.isdisjoint(_WORD_RE.findall(text.lower()))


def speaking(toks: list[Token]) -> list[Speaking]:
    """The names a sentence (its tokens; none when not `may_speak`) makes speak whose
    kind the name itself shows, in order: a sentence's own part of `spoken`, which is
    read with the rest of each sentence."""
    speech = words().speech
    if speech.isdisjoint(map(_BASE, toks)):
        return []  # no speech verb (most sentences): not read word by word
    found: list[Speaking] = []
    for whole, verb_at, spokesperson in _speaking_runs(toks, speech):
        run = _without_post_nominals(whole)
        kind = _kind(run, toks, verb_at)
        if kind is None and spokesperson and _spoken_for(run):
            kind = "organisation"
        if kind is not None:
            found.append((" ".join(tok.text for tok in run), run[-1].text, kind))
    return found


def spoken(
    sentences: Sequence[Sentence], speaking_in: Sequence[list[Speaking]], known: Iterable[str]
) -> list[Spoken]:
    """(name, kind, sentence) for each admitted speaker mention, in text order, from what
    each sentence makes speak (`speaking`); names the table already holds (`known`, or
    any of their words) are left out."""
    taken = _words_of(known)
    found: list[Spoken] = [
        (name, kind, sentence)
        for sentence, names in zip(sentences, speaking_in, strict=True)
        for name, last, kind in names
        if name not in taken and last not in taken
    ]
    return _not_placed(found, sentences)


def _not_placed(found: list[Spoken], sentences: Sequence[Sentence]) -> list[Spoken]:
    """Drops the names that the same story puts something in or near ("In Nova Scotia,
    officials said ..."): a place the text names, whatever speaks for it. A name that
    shows itself a body keeps its place ("a spokesman at the IAAF")."""
    asked: list[tuple[str, int, str]] = []  # (name, source, its first word)
    for name, _, sentence in found:
        words_of = name.split()
        if words_of[-1].lower() in _body_ends() or any(map(_acronym, words_of)):
            continue  # "at the IAAF", "in Swiss Re": a body's name says what it is
        first = _FIRST_WORD_RE.match(name)
        asked.append((name, sentence.source, first.group() if first else name))
    if not asked:
        return found
    # What follows each locative, by its first word and source: one pass over the text,
    # then a look-up per name (a story's text searched once per name grew as its square).
    # Only a sentence that holds a name's first word can place it: the others (most) are
    # told apart by one automaton, and their locatives are not searched.
    firsts = PhraseMatcher({first: first for _, _, first in asked})
    sources = {source for _, source, _ in asked}
    after: dict[tuple[int, str], list[str]] = {}
    for sentence in sentences:
        if sentence.source not in sources or not firsts.occurs_in(sentence.text):
            continue
        for m in _locative_re().finditer(sentence.text):
            rest = sentence.text[m.end() : m.end() + _PLACE_REACH]
            first = _FIRST_WORD_RE.match(rest)
            if first is not None:
                after.setdefault((sentence.source, first.group()), []).append(rest)
    placed = {
        (name, source)
        for name, source, first in asked
        if any(_starts_with_name(rest, name) for rest in after.get((source, first), ()))
    }
    return [item for item in found if (item[0], item[2].source) not in placed]


_PLACE_REACH = 80  # characters after a locative that a place's name may take
_FIRST_WORD_RE = re.compile(r"\w+")


@cache
def _locative_re() -> re.Pattern[str]:
    locatives = "|".join(sorted(words()["place_locatives"]))
    # (?<!\w), not \b: the same before a word, and the search skips to its first letters
    return re.compile(rf"(?<!\w)(?i:{locatives})\s+(?:the\s+)?")


def load_patterns() -> None:
    """Built before the first sentence (see actors.load_tables)."""
    _locative_re()


def _starts_with_name(rest: str, name: str) -> bool:
    """Whether `rest` opens with the whole name ("Nova Scotia, officials" with "Nova")."""
    return rest.startswith(name) and not rest[len(name) : len(name) + 1].isalnum()


def _without_post_nominals(run: list[Token]) -> list[Token]:
    """ "Philippe Sands QC" -> "Philippe Sands": letters of a rank after a name are no
    part of it, nor is a form of address written after it ("Yılmaz Hanım": words.toml's
    postposed_honorifics), which leaves the name it follows."""
    end = len(run)
    while end > 1 and run[end - 1].text.isupper() and _no_body(run[end - 1].base):
        end -= 1
    if end > 1 and run[end - 1].base in words()["postposed_honorifics"]:
        end -= 1
    return run[:end]


_WORD_RE = re.compile(r"[a-z]+")


def _words_of(known: Iterable[str]) -> set[str]:
    """The known names, their words, and their initials ("GM" of "General Motors"): an
    acronym of a known name is that actor, not another row. Not a company's suffix: the
    "Group" of "Guardian Media Group" does not make "Telegraph Group said" that one."""
    taken: set[str] = set()
    suffixes = words()["company_suffixes"]
    for name in known:
        parts = name.split()
        taken.add(name)
        taken.update(part for part in parts if part.lower() not in suffixes)
        if parts and parts[-1].endswith("."):
            taken.add(parts[-1].rstrip("."))  # "Thomas K." and its initial written bare
        if len(parts) >= 2:
            taken.add("".join(part[0] for part in parts if part[:1].isupper()))
    return taken


Run = tuple[list[Token], int, bool]  # the name's tokens, the verb's index, a spokesperson's


def _speaking_runs(toks: list[Token], speech: frozenset[str]) -> list[Run]:
    """Runs of capitalised words that are the subject of a speech verb, with the verb's
    index: "X said", "X, the ..., said" and the inverted "said X." at a clause's end; or
    whose spokesperson is ("a spokesman for X said", "said a X spokeswoman")."""
    runs: list[Run] = []
    inverting = words()["inverting"]
    for at, tok in enumerate(toks):
        if tok.base not in speech or not tok.text.islower():
            continue
        end = at
        if at >= 2 and toks[at - 1].text == ",":
            end = _apposition_start(toks, at - 1)
        start = _run_start(toks, end)
        if start < end and not toks[end - 1].possessive:
            if start == 0 or toks[start - 1].base in _CLAUSE_STARTS or _modifier(toks[start - 1]):
                runs.append((toks[start:end], at, False))
            elif _spokesperson_for(toks, start):
                runs.append((toks[start:end], at, True))
        spokes = _spokesperson_of(toks, 0, at)
        if spokes is not None:
            runs.append((spokes, at, True))
        if tok.base in inverting:
            stop = _run_end(toks, at + 1)
            if stop > at + 1 and _clause_ends(toks, stop):
                runs.append((toks[at + 1 : stop], at, False))
            elif (titled := _after_long_title(toks, at + 1)) is not None:
                runs.append((titled, at, False))
            elif at + 3 < len(toks) and toks[at + 1].base in words()["determiners"]:
                spoken_for = _inverted_spokesperson(toks, at + 1)
                if spoken_for is not None:
                    runs.append((spoken_for, at, True))
    return runs


def _after_long_title(toks: list[Token], start: int) -> list[Token] | None:
    """ "..., said Under Secretary of the Treasury for Terrorism and Financial Intelligence
    Karen Whitfield.": the name that ends an inverted speaker's clause after an office
    too long for one run of capitals (its words joined by "of", "for", "and", "the"):
    the last run of capitals, from a given name a name list knows to its end (two or
    three words), after words of the office in the same run. None when the words before
    the name hold no title's word, or no known given name starts the name."""
    connectors = words()["connectors"]
    stop = start
    while stop < len(toks) and not _clause_ends(toks, stop):
        if stop - start >= _TITLE_MAX or not (
            _capital(toks[stop]) or toks[stop].base in connectors
        ):
            return None
        stop += 1
    last = stop  # where the last run of capitals starts
    while last > start and _capital(toks[last - 1]):
        last -= 1
    for first in range(last + 1, stop - 1):
        if stop - first <= 3 and gender(toks[first].text) is not None:
            office = {tok.base for tok in toks[start:first]}
            return toks[first:stop] if office & role_words() else None
    return None


# How many words an office and a name after an inverted speech verb may run to.
_TITLE_MAX = 16


def _clause_ends(toks: list[Token], stop: int) -> bool:
    return stop == len(toks) or toks[stop].text in _CLAUSE_ENDS


def _spokesperson_for(toks: list[Token], start: int) -> bool:
    """ "a spokesman for (the) X" right before the run at `start`."""
    k = start - 1
    if k >= 0 and toks[k].base == "the":
        k -= 1
    return k >= 1 and toks[k].base in {"for", "at"} and toks[k - 1].base in _spokespeople()


def _spokesperson_of(toks: list[Token], floor: int, verb_at: int) -> list[Token] | None:
    """ "a Dell spokesman said": the run between a determiner and the spokesperson noun."""
    noun = verb_at - 1
    if noun < 2 or toks[noun].base not in _spokespeople():
        return None
    start = _run_start(toks, noun)
    if start == noun or start <= floor or toks[start - 1].base not in words()["determiners"]:
        return None
    return toks[start:noun]


def _inverted_spokesperson(toks: list[Token], det: int) -> list[Token] | None:
    """ "said a spokesman for Dell." or "said a Dell spokesman."."""
    if toks[det + 1].base in _spokespeople() and toks[det + 2].base in {"for", "at"}:
        start = det + 3 + (toks[det + 3].base == "the" if det + 3 < len(toks) else 0)
        stop = _run_end(toks, start)
        return toks[start:stop] if stop > start and _clause_ends(toks, stop) else None
    stop = _run_end(toks, det + 1)
    if det + 1 < stop < len(toks) and toks[stop].base in _spokespeople():
        return toks[det + 1 : stop] if _clause_ends(toks, stop + 1) else None
    return None


@cache
def _spokespeople() -> frozenset[str]:
    return words()["spokespeople"]


def _apposition_start(toks: list[Token], comma: int) -> int:
    """ "X, the club's chairman, said": where the name before the apposition ends (its
    comma), or `comma + 1` (no name) when the words between are no apposition."""
    for k in range(comma - 1, max(comma - _APPOSITION_MAX, 0) - 1, -1):
        if toks[k].text == ",":
            opener = toks[k + 1].base if k + 1 < comma else ""
            return k if opener in words()["articles"] else comma + 1
        if toks[k].text in _CLAUSE_ENDS or toks[k].text in {"“", '"'}:
            break
    return comma + 1


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text[:1].isalpha()


def _modifier(tok: Token) -> bool:
    """ "Dubai-listed", "Paris-based", "State-run": a compound with a lower-case
    participle or word after a long first part describes the name after it and is no
    part of it, as the names rules read it (not "Ban Ki-moon", a romanised syllable)."""
    return adjective_compound(tok.text)


def _run_start(toks: list[Token], end: int) -> int:
    start = end
    while start > 0 and _capital(toks[start - 1]) and not toks[start - 1].possessive:
        if toks[start - 1].base in words()["determiners"] or _modifier(toks[start - 1]):
            break  # "The IAAF said", "A Honda spokesman", "Dubai-listed Al Noor Logistics"
        start -= 1
        if end - start > 4:
            return end  # a title or a list, not one name
    return start


def _run_end(toks: list[Token], start: int) -> int:
    end = start
    while end < len(toks) and (_capital(toks[end]) or saint_dot(toks, end)):
        end += 1
        if toks[end - 1].possessive or end - start > 4:
            return start  # "said MSN's Blake Irving": the owner is read on its own
    return end


def _kind(run: list[Token], toks: list[Token], verb_at: int) -> ActorKind | None:
    """An organisation or a person, when the name itself shows which; None otherwise."""
    names = [tok.text for tok in run]
    if any(_barred(word) for word in names) or names[0].lower() in _dates():
        return None  # "Mike Friday" may end in a weekday, but no name opens with one
    if any(len(word) == 1 for word in names):
        return None  # "Paul H" of "Paul H. Ryan": an initial, and the name goes on
    first = run[0]
    at = next(k for k, tok in enumerate(toks) if tok.start == first.start)
    before = toks[at - 1] if at else None
    if before is not None and before.base in {"and", "&"} and at >= 2 and _capital(toks[at - 2]):
        return None  # "Citizenship and Immigration Services": the end of a longer name
    opener = before is None or before.text in {"“", '"'}
    lettered = any(map(_acronym, names)) and not _acronym(first.text)  # "Exane BNP Paribas"
    if common_word(first.text) and (lettered or (opener and not _acronym(first.text))):
        return None  # "Five said": the sentence's capital on a common word
    if opener and lettered and not capitalised_inside(first.text):
        return None  # "Alongside BLM calls for": a capital only the sentence gives
    if len(run) == 1:
        if _acronym(first.text):
            return "organisation"
        its = _its_goes_on(toks, verb_at) and not common_word(first.text)
        return "organisation" if its else None
    if run[-1].base in _body_ends() or coined_then_words(names):
        return "organisation"  # "Swiss Re", "Balt Gas Link"
    if any(DIGIT_INSIDE_RE.search(word) for word in names):
        return "organisation"  # "Charity Care4Calais said": no one's name holds a digit
    given = gender(names[0])
    if any(_acronym(word) for word in names):
        # "Exane BNP Paribas"; not "Guy Mansfield QC", a person and the letters of a rank
        return None if given is not None else "organisation"
    if gazetteer().get(names[0]) is not None:
        return None  # "England captain", "Swiss banker": a place or its people before a name
    surname = len(run) == 2 or not common_word(names[-1])
    described = before is not None and before.base in words()["determiners"]
    if given is not None and not common_word(names[0]) and len(run) <= 3 and surname:
        return None if described else "person"  # "the Orlando Sentinel" is no one
    return None


def _spoken_for(run: list[Token]) -> bool:
    """A spokesperson speaks for one word that no rule showed to be a person's ("a
    spokesman for Dell"): a body, as a person's spokesman follows the person's full name
    (whose surname the table then holds)."""
    word = run[0].text
    return len(run) == 1 and not common_word(word) and not _barred(word) and not word.isupper()


def _acronym(word: str) -> bool:
    """ "NIESR", "GM": capitals no list knows as a title ("MP", "PM") or a clock zone
    (a country's, "US", "UK", is the gazetteer's and barred before)."""
    if not _ACRONYM_RE.fullmatch(word) or _no_body(word.lower()):
        return False
    return not common_word(word)  # "LORD", "OK": a word written in capitals


@cache
def _not_bodies() -> frozenset[str]:
    """The acronyms no body is (organisations.not_bodies), and the bar's ranks ("SAN")."""
    return not_bodies() | words()["title_acronyms"]


def _no_body(lowered: str) -> bool:
    """Whether capitals, given in lower case, are an acronym no body is: one of
    _not_bodies, or a ship's prefix in capitals (lexicon.ship_prefix)."""
    return lowered in _not_bodies() or ship_prefix(lowered.upper())


def _barred(word: str) -> bool:
    """A word no speaking name of ours may hold: a title, a party, a month or a weekday,
    a place or a country (the gazetteer's names, demonyms and seats)."""
    low = word.lower().rstrip("'’s") if word.endswith(("'s", "’s")) else word.lower()
    if low in _never() or low in role_words():
        return True
    entry = gazetteer().get(word)
    return entry is not None and entry.form != "demonym"


@cache
def _never() -> frozenset[str]:
    w = words()
    return w["name_modifiers"] | w["articles"] | w["person_pronouns"] | w["honorifics"]


@cache
def _dates() -> frozenset[str]:
    return month_names() | weekday_names()


@cache
def _body_ends() -> frozenset[str]:
    """The last words that make a run a body's name."""
    w = words()
    return w["organisation_heads"] | w["company_suffixes"] | w["body_name_ends"]


def _its_goes_on(toks: list[Token], verb_at: int) -> bool:
    """ "Dell said its profits ...", "Dell said that its": a body's pronoun right after."""
    after = [tok.base for tok in toks[verb_at + 1 : verb_at + 3]]
    return after[:1] == ["its"] or after == ["that", "its"]
