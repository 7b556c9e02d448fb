"""Organisations the text shows by how English speaks of a body, not from a list.

A business or an institution the gazetteer does not know ("Nissan", "Yukos", "Lycos
Europe") is told from a person by the words around it, the way a reader tells them:

* a trade noun before it or in its apposition: "carmaker Nissan", "Russian oil giant
  Yukos", "Boeing, the world's biggest planemaker";
* what only a body owns or undergoes: "Nissan's chief executive", "shares in Google",
  "Google shares", "a stake in Yukos", "the takeover of MCI";
* "its" as the pronoun that goes on from it: "Nissan has named ... to run its
  operations" (a person is "his" or "her", never "its").

One cue may mislead ("Eminem's album sales"), so a name needs two in one source (three
when its words are common words too: "Shell", "Sound"), and never one a person of the
same text bears. Precision comes first: a name the text also
shows as a person's is left to the people tallies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from brief.extract.actors.marks import OPENERS
from brief.extract.actors.names import Name, Token, in_spans, role_words, tokens
from brief.extract.actors.names.thing_evidence import speaks_after_apposition
from brief.extract.actors.roles.apposition_bounds import apposes_a_body
from brief.extract.actors.word_knowledge import common_word, demonym, gender
from brief.extract.lexicon import PhraseMatcher, gazetteer, ship_prefix, words
from brief.models import Sentence

Found = tuple[int, Sentence, Name]

_NEEDED = 2  # cues a name needs in one source to be an organisation
_CONTRACTED_RE = re.compile(r"['’](?:re|ll|ve|d|m)$|n['’]t$", re.I)  # "We’re", "Don't"
_LOCATIVES = frozenset({"in", "near", "across", "outside", "around", "throughout"})
_CLAUSE_OPENERS = frozenset({",", "and", "but", "that", "while", "as", "“", '"', "-", "–"})
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "they", "their", "them"})


@cache
def _trades() -> frozenset[str]:
    """Nouns that name a body by its trade ("carmaker", "giant") or its kind ("firm")."""
    return words()["trade_nouns"] | words()["company_nouns"] - {"shares", "shareholders"}


@cache
def _company_cue() -> re.Pattern[str]:
    nouns = "|".join(sorted(words()["company_nouns"]))
    return re.compile(rf"\b(?:the|its) (?:{nouns})\b")


@cache
def _company_noun() -> re.Pattern[str]:
    """What every match of _company_cue holds: a space and the noun. A pattern that opens
    with a plain character is searched for by it, where _company_cue's \\b makes it try
    each position in turn: at 25,000 sentences 1,182 of 24,058 hold it, and the two
    searches cost a third of the one (0.25 s against 0.71 s, under load)."""
    nouns = "|".join(sorted(words()["company_nouns"]))
    return re.compile(rf" (?:{nouns})\b")


@cache
def _cue_words() -> frozenset[str]:
    """Any word a cue needs (a trade, a holding, "its", a possessive before a trade, a
    body's kind): a sentence without one gives no cue, and is not tokenised."""
    w = words()
    holdings = w["body_holdings"] | w["share_nouns"] | w["bid_nouns"]
    return _trades() | holdings | w["body_kinds"] | w["news_media_nouns"] | {"its"}


@cache
def _cue_word() -> re.Pattern[str]:
    """The same words and any "-maker" as a pattern, for the sentences that hold "maker"
    (an alternation tried at every word costs four times a look-up of the words)."""
    listed = "|".join(map(re.escape, sorted(_cue_words())))
    return re.compile(rf"\b(?:{listed}|\w+maker)\b")


_WORD_RUN_RE = re.compile(r"\w+")


@cache
def _cue_letters() -> PhraseMatcher[str]:
    """The same words and "maker" as an automaton, to ask first whether the sentence
    holds one of them at all, in or out of a word ("its" of "units"): at 25,000 sentences
    a quarter of the sentences asked do, and only those have their words split."""
    return PhraseMatcher({word: word for word in _cue_words() | {"maker"}})


def _has_cue_word(lower: str) -> bool:
    """Whether the lower-cased sentence holds a word a cue needs: one of its words (a run
    of \\w, as the pattern's \\b bounds them) is listed, or it says "maker"."""
    if not _cue_letters().occurs_in(lower):
        return False
    if not _cue_words().isdisjoint(_WORD_RUN_RE.findall(lower)):
        return True
    return "maker" in lower and _cue_word().search(lower) is not None


def load_patterns() -> None:
    """Built before the first sentence (see actors.load_tables)."""
    _cue_word()
    _cue_letters()
    _company_cue()
    _company_noun()


def company_paragraphs(
    sentences: Sequence[Sentence], paragraphs: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Which of `paragraphs` (source, paragraph) say "the company" or "the firm": only the
    paragraphs that hold a name are searched, once for both readers (tallies.companies
    and evidenced)."""
    cue, noun = _company_cue(), _company_noun()
    found: set[tuple[int, int]] = set()
    for s in sentences:
        key = (s.source, s.paragraph)
        if key in paragraphs and key not in found:
            lower = s.text.lower()
            if noun.search(lower) and cue.search(lower):
                found.add(key)
    return found


def evidenced(
    found: Sequence[Found], paragraphs: set[tuple[int, int]], people: Iterable[str]
) -> set[tuple[str, int]]:
    """(name, source) of the names that speak as organisations in that source. A
    paragraph that says "the company" (`paragraphs`, see company_paragraphs) is one cue,
    once a name: it may mean another.

    The mentions are gathered by (name, source) first, and each name is weighed on its
    own mentions: a name one mention bars is not read again, and whether a sentence puts
    a name somewhere ("in Crimea") is asked only of the few names with enough cues."""
    person_words = {word for person in people for word in person.split()}
    mentions: dict[tuple[str, int], list[tuple[Sentence, Name]]] = {}
    for _, sentence, name in found:
        key = (name.text, sentence.source)
        same = mentions.get(key)
        if same is None:
            mentions[key] = [(sentence, name)]
        else:
            same.append((sentence, name))
    like: dict[tuple[str, tuple[str, ...]], bool] = {}  # _person_like, once a distinct name
    read: dict[tuple[int, int], _Read | None] = {}  # each sentence tokenised once
    scores: dict[tuple[str, int], int] = {}
    counted: dict[tuple[str, int], list[tuple[Sentence, Name]]] = {}
    for key, same in mentions.items():
        # a name that one mention shows to be a person's is none in that source
        if _barred(same, like, person_words):
            continue
        score = int(any((s.source, s.paragraph) in paragraphs for s, _ in same))
        kept = counted[key] = []
        seen: set[int] = set()  # a name counted once a sentence
        for sentence, name in same:
            if name.headline or sentence.index in seen:
                continue
            seen.add(sentence.index)
            kept.append((sentence, name))
            place = (sentence.source, sentence.index)
            if place not in read:
                # most sentences have no word any cue needs: they are not tokenised
                lower = sentence.text.lower()
                # (", which" for a clause of a thing's that the name then speaks past)
                cued = _has_cue_word(lower) or ", which " in lower
                read[place] = _Read.of(sentence.text) if cued else None
            sentence_read = read[place]
            if sentence_read is not None:
                score += _cues(sentence_read, name)
        scores[key] = score
    for key, kept in counted.items():  # a cue that it is a place: read for likely bodies
        for sentence, name in kept:
            if scores[key] < _NEEDED:
                break
            if _PLACE_BEFORE_RE.search(sentence.text):
                sentence_read = read[(sentence.source, sentence.index)]
                scores[key] -= _placed(sentence_read or _Read.of(sentence.text), name)
    return {  # the words are looked up only for a name with the cues of a plain one
        key
        for key, score in scores.items()
        if score >= _NEEDED and score >= _NEEDED + all(map(common_word, key[0].split()))
    }


def shaped_bodies(found: Sequence[Found]) -> tuple[list[Found], frozenset[tuple[str, int]]]:
    """Names of two words or more that nothing but their shape makes a person's (a given
    name and a word: "Ambre Hydro", "Marcel Freight"), which the text speaks of as only a
    body is spoken of: "the chief executive of X", "X's headquarters", "shares in X",
    "utility X". Such a name owns no office a person holds, so one such cue in the text
    is enough to take it from the people (better no actor than a company made a person),
    and `_NEEDED` in one source make it a body there (the second of the pair returned:
    (name, source)). A name any mention shows to be a person's by more than its shape (a
    role, a courtesy title, an apposition) is left to the people. The cues are those of
    the words around the name only: not "its" nor "the company" in the paragraph, which
    may go on from anyone ("Maria Lopez said the firm would expand its plant")."""
    mentions: dict[str, list[tuple[Sentence, Name]]] = {}
    vouched: set[str] = set()
    for _, sentence, name in found:
        if len(name.tokens) < 2:
            continue
        if name.person and name.shaped and name.honorific is None and name.role is None:
            mentions.setdefault(name.text, []).append((sentence, name))
        elif name.person or name.honorific:
            vouched.add(name.text)
    if not mentions:
        return list(found), frozenset()
    scores: dict[tuple[str, int], int] = {}
    cued: set[tuple[str, int, int]] = set()  # (name, source, sentence) of each cue's phrase
    for text, same in mentions.items():
        if text in vouched:
            continue
        seen: set[tuple[int, int]] = set()
        for sentence, name in same:
            place = (sentence.source, sentence.index)
            if name.headline or place in seen or not _has_cue_word(sentence.text.lower()):
                continue
            seen.add(place)
            read = _Read.of(sentence.text)
            cues = sum(
                _before(read.toks, first, shaped=True) + _after(read.toks, end)
                for first, end in _mentions(read, name.tokens)
            )
            if cues:
                key = (text, sentence.source)
                scores[key] = scores.get(key, 0) + cues
                cued.add((text, sentence.source, sentence.index))
    for _, sentence, name in found:  # "Hanne Dov, chief engineer of X": X employs her
        employer = _employer_of(name.role) if name.role else None
        if employer in mentions and employer not in vouched:
            if (employer, sentence.source, sentence.index) in cued:
                continue  # "the chief executive of X, Jo Roe": one phrase, one cue
            key = (employer, sentence.source)
            scores[key] = scores.get(key, 0) + 1
    if not scores:
        return list(found), frozenset()
    demoted = {text for text, _ in scores}
    kept = [
        (order, sentence, replace(name, person=False, shaped=False, thing=True))
        if name.text in demoted and name.person and name.shaped
        else (order, sentence, name)
        for order, sentence, name in found
    ]
    return kept, frozenset(key for key, score in scores.items() if score >= _NEEDED)


_EMPLOYER_RE = re.compile(
    r"((?:\b[a-z][\w-]* ){1,3})(?:of|at) ((?:[A-Z][\w'’-]*\s)*[A-Z][\w'’-]*)$"
)


def _employer_of(role: str) -> str | None:
    """The body a role names as its holder's employer after its title: "chief engineer
    of X", "an analyst at X" (a title word before "of" or "at"; not "son of X")."""
    found = _EMPLOYER_RE.search(role)
    if found is None or role_words().isdisjoint(found.group(1).split()):
        return None
    return found.group(2)


def _barred(
    mentions: list[tuple[Sentence, Name]],
    like: dict[tuple[str, tuple[str, ...]], bool],
    person_words: set[str],
) -> bool:
    """Whether a mention of the name shows it to be a person's (or a contraction's: "We're").
    Speaking beside a name of two words shows a person only where no mention shows the
    name to be a thing's ("Coral Pacific said" beside "Coral Pacific, which has cut its
    flights,"): a body speaks too; a role, a courtesy title or a given name still bar."""
    thing = any(name.thing for _, name in mentions)
    for _, name in mentions:
        spoke_only = name.speaks and name.role is None and gender(name.tokens[0]) is None
        if name.honorific or (name.person and not (thing and spoke_only)):
            return True
        shape = (name.text, name.tokens)
        if shape not in like:
            like[shape] = bool(_person_like(name, person_words) or _CONTRACTED_RE.search(name.text))
        if like[shape]:
            return True
    return False


@cache
def not_bodies() -> frozenset[str]:
    """Acronyms that are titles ("MP") or clock zones ("GMT", "PST"), never a body; nor is
    a ship's prefix (lexicon.ship_prefix), which an advisory writes alone for the ship
    ("0315 UTC: MV reports approach by two skiffs")."""
    return role_words() | words()["clock_zones"]


_ACRONYM_RE = re.compile(r"\b[A-Z]{2,5}\b(?!['’.&-]?\w)")
# A name's last word right before a title written in capitals after it ("Jane Roe, SC,").
_POST_NOMINAL_RE = re.compile(r"[A-Z][\w'’-]*[a-z],? \Z")


def acronyms(text: str, spans: Sequence[tuple[int, int]]) -> list[Name]:
    """ "BMW", "MCI": capitals that are no name candidate (names.candidates takes no
    acronym) and that no list knows (not "UN", "MP" nor "GMT"); the cues decide."""
    if text.isupper():
        return []  # a headline in capitals
    found = []
    for match in _ACRONYM_RE.finditer(text):
        word = match.group()
        if (
            in_spans(match.start(), spans)
            or word in gazetteer()
            or word.lower() in not_bodies()
            or ship_prefix(word)
        ):
            continue
        if word.lower() in words()["title_acronyms"] and _POST_NOMINAL_RE.search(
            text, 0, match.start()
        ):
            continue  # "Tunde Bakare, SAN, said", "Guy Mansfield QC": the rank of the bar
        found.append(Name(word, (word,), None, person=False))
    return found


def _person_like(name: Name, person_words: set[str]) -> bool:
    """A word of a person's name or its plural, or a name that opens with a given name:
    the text may mean the person, or the family."""
    if any(token in person_words or token[:-1] in person_words for token in name.tokens):
        return True  # "Ford" or "the Kochs" beside "Charles Koch"
    if name.text in gazetteer() or any(demonym(token) for token in name.tokens):
        return True  # "London", "European operations": a place or its people
    return len(name.tokens) >= 2 and gender(name.tokens[0]) is not None


class _Read(NamedTuple):
    """A sentence's tokens, and where each word stands (less a possessive)."""

    toks: list[Token]
    at: dict[str, list[int]]

    @classmethod
    def of(cls, text: str) -> _Read:
        toks = tokens(text)
        at: dict[str, list[int]] = {}
        for n, tok in enumerate(toks):
            if tok.text[:1].isupper():
                at.setdefault(tok.text[: len(tok.base)], []).append(n)
        return cls(toks, at)


def _cues(read: _Read, name: Name) -> int:
    """How many cues the sentence gives that `name` is a body, over its mentions there."""
    toks = read.toks
    total = 0
    for first, end in _mentions(read, name.tokens):
        opens = first == 0 or toks[first - 1].text in OPENERS
        if _inside_longer_name(toks, first, end) or (opens and common_word(toks[first].text)):
            continue  # "Growth slowed ... its": the sentence's capital on a common word
        subject = opens or toks[first - 1].base in _CLAUSE_OPENERS
        total += _before(toks, first) + _after(toks, end) + (subject and _its_after(toks, end))
        total += subject and _speaks_past_which(toks, end)
        # "according to X, a traffic monitor, which said": a body, said of it alone
        total += _NEEDED * speaks_after_apposition(toks, end)
    return total


_PLACE_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(_LOCATIVES))}) [A-Z]")


def _placed(read: _Read, name: Name) -> bool:
    """ "in Crimea", "near Sao Paulo": a name the text puts somewhere reads as a place's
    there (not "shares in Google", "trade in Gazprom shares" nor "in Nissan's plans"); a
    cue against a body."""
    toks = read.toks
    for first, end in _mentions(read, name.tokens):
        if first < 1 or toks[end - 1].possessive or toks[first - 1].base not in _LOCATIVES:
            continue
        if end < len(toks) and toks[end].base in words()["body_holdings"]:
            continue  # "trade in Gazprom shares"
        if first >= 2 and toks[first - 2].base in words()["share_nouns"] | words()["dealt_in"]:
            continue  # "a stake in Yukos", "trading in Gazprom"
        return True
    return False


def _inside_longer_name(toks: list[Token], first: int, end: int) -> bool:
    """ "LG Card", "Johnson & Johnson": an acronym or an ampersand joins the run to a
    longer name, which is what the cues speak of."""
    before = toks[first - 1].text if first else ""
    after = toks[end].text if end < len(toks) else ""
    return "&" in {before, after} or (len(before) >= 2 and before.isupper())


def _mentions(read: _Read, words_of: tuple[str, ...]) -> list[tuple[int, int]]:
    """Token spans of the name (its last word may carry a possessive)."""
    toks, size = read.toks, len(words_of)
    spans = []
    for i in read.at.get(words_of[0], ()):
        end = i + size
        if end <= len(toks) and all(
            toks[i + k].text[: len(toks[i + k].base)] == words_of[k] for k in range(size)
        ):
            spans.append((i, end))
    return spans


def _before(toks: list[Token], first: int, shaped: bool = False) -> int:
    """ "carmaker Nissan", "oil giant Yukos", "the takeover of MCI", "stake in Yukos".
    `shaped`: the name has a person's shape, and only a trade no one of that trade is
    called by says it is a body ("utility Ambre Hydro", not "producer Amanda Rose")."""
    if first == 0:
        return 0
    word = toks[first - 1]
    trade = word.base in words()["body_trade_nouns"] if shaped else _trade(word.base)
    if word.text.islower() and not word.possessive and trade:
        return 1  # not "the website's Sound of 2005"
    if (
        first >= 2
        and word.text.islower()
        and word.base in words()["news_media_nouns"]
        and toks[first - 2].base == "news"
    ):
        return 1  # "her news site Tunduk": a medium, as "website" is
    held = toks[first - 2] if first >= 2 else None
    if held is not None and not (held.text.islower() or first == 2):
        return 0  # "Chief of Staff": a title, not a holding
    if held is not None and word.base == "of":
        return int(held.base in words()["body_holdings"])  # "the takeover of MCI"
    if held is not None and word.base == "for":  # "a bid for MCI", not "a brand for Europe"
        return int(held.base in words()["bid_nouns"])
    if held is not None and word.base == "in":  # "Shares in Google", not "plants in Rotterdam"
        return int(held.base in words()["share_nouns"])
    return 0


def _after(toks: list[Token], end: int) -> int:
    """ "Nissan's chief executive", "Novartis' shares", "Google shares", "Boeing, the
    world's biggest planemaker", "Wipro, India's third-biggest software firm" (a trade
    noun closes the apposition). Not "Novartis, which": places and works take it too. An
    apposition headed by a body's kind ("an armed group that ...") is enough alone."""
    possessive = toks[end - 1].possessive
    if end + 1 < len(toks) and toks[end].text in {"'", "’"} and toks[end - 1].text.endswith("s"):
        end, possessive = end + 1, True  # "Novartis' shares": the mark is a token of its own
    if end >= len(toks):
        return 0
    nxt = toks[end]
    if nxt.base == "chief" and end + 1 < len(toks) and toks[end + 1].base == "of":
        return 0  # "Joe Biden's chief of staff": a person's aide
    if nxt.text.islower() and nxt.base in words()["body_holdings"]:
        return 1 if possessive or nxt.base in words()["share_nouns"] else 0
    if nxt.text == "," and apposes_a_body(toks, end):
        return _NEEDED  # "the Sea Wolves, an armed group that ...": said of a body alone
    if nxt.text == "," and end + 1 < len(toks):
        opener = toks[end + 1]
        if opener.base in words()["articles"] or (opener.possessive and opener.text[0].isupper()):
            return int(_trade(_apposition_head(toks, end + 2)))
    return 0


def _trade(base: str) -> bool:
    """A body's trade noun: listed, or a maker of something ("drugmaker", "chipmaker"),
    not a person's ("filmmaker")."""
    if base in _trades():
        return True
    return base.endswith("maker") and base not in words()["person_nouns"]


def _apposition_head(toks: list[Token], start: int) -> str:
    """The noun that ends an apposition: the word before its comma, "of" or the end."""
    head = ""
    for tok in toks[start : start + 8]:
        if tok.text in {",", ".", ";", ":", "(", ")"} or tok.base in {"of", "in", "which", "that"}:
            break
        head = tok.base
    return head


def _its_after(toks: list[Token], end: int) -> int:
    """ "Nissan has named a successor to run its operations": the name opens its clause
    (the caller sees to that), and the first personal pronoun after it is "its". Not
    "it", which may stand for anything ("Trump's night wouldn't be complete without a
    disruption, and it arrived")."""
    end = _past_which_clause(toks, end)
    if end >= len(toks) or not toks[end].text.islower() or toks[end].base in {"and", "or"}:
        return 0  # not the subject of the verb after it
    for k in range(end, min(len(toks), end + 14)):
        base = toks[k].base
        if base == "its":
            return 1
        if base == "it" or base in _PERSON_PRONOUNS or toks[k].text in {".", ";", "“", '"'}:
            return 0
        if toks[k].text[:1].isupper() and toks[k - 1].base not in _PLACE_PREPOSITIONS:
            return 0  # another name may own the pronoun (not "on Telegram", "in Osh")
    return 0


# Prepositions whose object is where or through what something is said ("in a post on
# Telegram", "in Osh"): a name there is no subject of a clause, and owns no "its".
_PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "via"})
# How far a relative clause after a name may run to its closing comma.
_WHICH_REACH = 16


def _speaks_past_which(toks: list[Token], end: int) -> int:
    """ "Coral Pacific, which has cut its flights to Suva, said in a statement ...": a
    name that opens its clause, takes a relative "which" (a thing's, never a person's)
    and then speaks (what only a person or a body does) is a body: enough alone, as an
    apposition headed by a body's kind is. A place or a work takes "which" but does not
    speak."""
    verb = _past_which_clause(toks, end)
    if verb == end or verb >= len(toks) or not toks[verb].text.islower():
        return 0
    if toks[verb].base in words()["adverbs"] and verb + 1 < len(toks):
        verb += 1  # "..., which ..., also said"
    return _NEEDED if toks[verb].base in words().speech else 0


def _past_which_clause(toks: list[Token], end: int) -> int:
    """Where the verb of a name's own clause starts past a relative clause of "which"
    set off by commas ("Tunduk, which publishes from abroad, said ..."): "which" is said
    of a thing, never of a person (who is "who"); else `end` itself."""
    if end + 1 >= len(toks) or toks[end].text != "," or toks[end + 1].base != "which":
        return end
    for k in range(end + 2, min(len(toks), end + 2 + _WHICH_REACH)):
        if toks[k].text in {".", ";", "“", '"', "(", ")"}:
            return end
        if toks[k].text == ",":
            return k + 1
    return end
