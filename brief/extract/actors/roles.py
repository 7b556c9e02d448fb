"""The role the text gives a person, in its own words: nothing is looked up or invented.

Four shapes: a title before the name ("Russian Foreign Minister Sergey Lavrov"), an
apposition after it ("Jack Straw, UK Foreign Secretary,"), a described source before
an apposed name ("a spokesman for the UN, Stephane Dujarric,"), and a described
apposition ("Bruce Mate, the lead author of the study,"). "Ex-", "former" and "acting"
stay in the role: a former minister is not a minister.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from brief.extract.actors.word_knowledge import (
    SURE,
    common_word,
    gender,
    given_name,
    never_a_name,
    person_nouns,
)
from brief.extract.figures.notation import YEAR_RE
from brief.extract.lexicon import (
    WordMemo,
    alternation,
    clause_openers,
    gazetteer,
    joined,
    unaccented,
    weekday_names,
    words,
)

if TYPE_CHECKING:
    from brief.extract.actors.names import Token

Spans = Sequence[tuple[int, int]]
_BREAKS = frozenset({",", ".", ";", ":", "(", ")"})


def is_head(base: str) -> bool:
    """A role head, an abbreviated title ("Supt", "Insp"), or a compound of one
    ("vice-chief", "co-founder", "Lt.-Col.")."""
    heads = words()["role_heads"]
    if base in heads or base in words()["title_abbreviations"]:
        return True
    first, _, last = base.rpartition("-")
    prefix = first.replace(".", "")
    return bool(first) and last.rstrip(".") in heads and prefix in words()["head_prefixes"]


def adjective_not_rank(toks: Sequence[Token], at: int) -> bool:
    """toks[at] is a head word in lower case that English writes so as an adjective and
    capitalises as a rank (words.toml's capital_heads): "other major African currencies",
    "a major Emanuel foe" name no one. It is the rank after a force's word or a
    nationality ("army major Ahmed Khan", "Pakistani major") and before another head
    ("retired major general")."""
    tok = toks[at]
    if not (tok.text.islower() and tok.base in words()["capital_heads"]):
        return False
    after = toks[at + 1].base if at + 1 < len(toks) else ""
    before = toks[at - 1] if at > 0 else None
    ranked = before is not None and (
        before.base in words()["role_modifiers"] or gazetteer().get(before.text) is not None
    )
    return not (ranked or is_head(after))


def _abbreviated_head(tok: Token) -> bool:
    return is_head(tok.base) and (len(tok.text) <= 4 or "." in tok.text)


def _tense(base: str) -> bool:
    """ "former", "acting", "ex-Tory", "Ex-No", "then-Arkansas": a word that dates the
    role ("then-" puts it in the past as "former" does)."""
    return base in joined("role_past", "role_standin") or base.startswith(("ex-", "then-"))


# Of those, the words of a role held now ("acting", "outgoing"): the others put it past.
def _past(base: str) -> bool:
    return base in words()["role_past"] or base.startswith(("ex-", "then-"))


def role_before(text: str, toks: list[Token], name_start: int, spans: Spans) -> str | None:
    """ "Nigerian junior foreign minister Dubem Oniya" -> "Nigerian junior foreign minister"."""
    end, k = _title_end(toks, name_start)
    if k < 0 or not (_may_end_a_title(toks[k], spans) or _first_lady(toks, k)):
        return None  # most names: "said Jane Doe", "and Jane Doe"
    scan = _TitleScan(toks, spans)
    scan.read(k)
    if scan.start is None or not scan.has_head:
        return None
    if scan.object_caps and not _after_of(toks, end - scan.object_caps - 1, scan.object_caps):
        return None  # capitalised words kept only after a title's "of" or "for"
    connectors = words()["connectors"]
    role_tokens = [t for t in toks if scan.start <= t.start < toks[end].start]
    ends = _past_party_words(role_tokens)
    if ends and (
        ends[-1].text in words()["object_of"] or role_tokens[-1].base in words()["articles"]
    ):
        # "He became shadow chancellor under John Smith", "campaign manager for Republican
        # Bob Dole's campaign", "editor of The Onion Style": the object of the title's
        # preposition, not its holder
        return None
    role_tokens = _own_title(role_tokens)
    if _a_type(toks, role_tokens):
        return None
    while role_tokens and role_tokens[0].base in connectors:
        role_tokens.pop(0)
    if not role_tokens or _held_until_ended(toks, role_tokens):
        return None
    return text[role_tokens[0].start : toks[end].start].strip(" ,")


def _past_party_words(role_tokens: list[Token]) -> list[Token]:
    """The role's words less a party's or a side's words at its end: they modify the name
    that follows ("for Republican Bob Dole"), so the word before them ends the title."""
    end = len(role_tokens)
    while (
        end > 0
        and role_tokens[end - 1].base in words()["name_modifiers"]
        and not is_head(role_tokens[end - 1].base)  # "for GOP presidential candidate"
        and role_tokens[end - 1].base not in words()["role_modifiers"]
    ):
        end -= 1
    return role_tokens[:end]


def shared_title(role: str) -> bool:
    """ "Sens. Robert Menendez (D-N.J.), Joe Manchin III ...": a plural title ("Sens.",
    "Reps.") is shared by the names it lists. It shows a person, but it is no one's
    title as it stands."""
    abbreviations = words()["title_abbreviations"]
    bases = [w.strip(".,").lower() for w in role.split()]
    heads = [b for b in bases if is_head(b)]
    return bool(heads) and all(
        h.endswith("s") and h in abbreviations and h[:-1] in abbreviations for h in heads
    )


def _a_type(toks: list[Token], role_tokens: list[Token]) -> bool:
    """ "a Senator Colbert isn't impossible", "a President Trump would ...": a capitalised
    title before a name is part of what the person is called, so after "a" or "an" the
    whole names a kind of person or a hypothetical one, not an office the person holds
    ("a local resident John Lee" is a description and keeps its lower-case role)."""
    if not role_tokens:
        return False
    at = toks.index(role_tokens[0])
    if at == 0 or toks[at - 1].base not in {"a", "an"}:
        return False
    capitalised = all(t.text[:1].isupper() or t.text == "." for t in role_tokens)
    return capitalised and any(is_head(t.base) for t in role_tokens)


def _held_until_ended(toks: list[Token], role_tokens: list[Token]) -> bool:
    """ "since the ouster of (the) Ukrainian President Viktor Yanukovych", "the funeral of
    Prime Minister Ariel Sharon": the title of a person whose office or life an event
    ended is the one they held until then; stated without a word that dates it
    ("former"), it would read as their office now, so it is no role."""
    if any(_tense(t.base) for t in role_tokens):
        return False
    at = toks.index(role_tokens[0])
    if at >= 1 and toks[at - 1].base in words()["articles"]:
        at -= 1
    return at >= 2 and toks[at - 1].base == "of" and toks[at - 2].base in words()["office_endings"]


def after_an_ending(toks: list[Token], at: int) -> bool:
    """Whether a verb that ends the office of its object (words.toml's
    office_ending_verbs) stands before toks[at], past the capitalised words and "the"
    that modify the title: "have sacked Brazilian coach Ze Maria"; or "then" right before
    it, which leaves the office unsettled: "then president X" held it then, "and then
    President X spoke" may hold it now."""
    if at >= 1 and toks[at - 1].base == "then":
        return True
    k = at - 1
    while k >= 0 and at - k <= 3 and (toks[k].text[:1].isupper() or toks[k].base == "the"):
        k -= 1
    return k >= 0 and toks[k].base in words()["office_ending_verbs"]


# Of the words that make a name the object of a title, the ones that also join a body's
# name ("Council on ...", "Centers for ...").
_WEAK_OBJECT_OF = frozenset({"for", "on"})


def _own_title(role_tokens: list[Token]) -> list[Token]:
    """ "economic adviser to President Vladimir Putin": the title of the name is the one
    after the last "to" or "under" that has a head of its own ("President"); the words
    before it are someone else's. So are lower-case words with no head before an "of"
    that a title follows: "his zealous defense of Judge Clarence Thomas" ("Judge"), not
    "Bank of England Governor" (a body's name)."""
    for n in range(len(role_tokens) - 1, -1, -1):
        if _coordinated(role_tokens, n):
            return role_tokens[n + 1 :]
        if (  # (an article may open the sentence: "The campaign of President X")
            role_tokens[n].text == "of"
            and n > 0
            and all(
                (t.text.islower() or YEAR_RE.fullmatch(t.text) or t.base in words()["articles"])
                and not is_head(t.base)
                for t in role_tokens[:n]
            )
            and any(is_head(t.base) for t in role_tokens[n + 1 :])
        ):
            return role_tokens[n + 1 :]
        if _opens_another_phrase(role_tokens, n):
            rest = role_tokens[n + 1 :]
            if any(is_head(t.base) or t.base in words()["described"] for t in rest):
                return _then(role_tokens[:n], rest)
        if (
            role_tokens[n].text in words()["object_of"]
        ):  # lower case: not "Treasury Under Secretary"
            rest, before = role_tokens[n + 1 :], role_tokens[:n]
            # "spokesman for governor X": a head on both sides of "for" or "on"; not
            # "Council on American-Islamic Relations Director" (a body's name before "on")
            weak = role_tokens[n].text in _WEAK_OBJECT_OF
            other = not weak or any(_TITLE_HEADS[t.base] for t in before)
            if other and any(is_head(t.base) for t in rest):
                return _then(before, rest)
            return role_tokens
    return role_tokens


def _coordinated(role_tokens: list[Token], n: int) -> bool:
    """ "Christie and Ohio Gov. John Kasich", "between Trump and Texas Sen. Ted Cruz": an
    "and" or "or" after words that hold no title, before an abbreviated title, joins
    another person to the name, so the title is the one after it. Two titles joined are
    one person's ("chairman and chief executive Richard Parsons", "former presidential
    candidate and South Carolina Sen. Lindsey Graham"), and a field joined to another
    shares its head ("Trade and Industry Secretary")."""
    if role_tokens[n].text not in {"and", "or"} or n < 1:
        return False
    before = role_tokens[:n]
    if any(is_head(t.base) or t.base in words()["described"] for t in before):
        return False
    # a name: capitalised words that may be a name, not a place's ("Trinidad and Tobago
    # Sen.", "Bosnia and Herzegovina Pres.") nor a description ("Retired and decorated")
    if not all(t.text[:1].isupper() and not never_a_name(t.text) for t in before):
        return False
    rest = role_tokens[n + 1 :]
    if rest and f"{before[-1].text} {role_tokens[n].text} {rest[0].text}" in gazetteer():
        return False
    return any(
        _abbreviated_head(t) and k + 1 < len(rest) and rest[k + 1].text == "."
        for k, t in enumerate(rest)
    )


def _then(relation: list[Token], title: list[Token]) -> list[Token]:
    """The title after another's relation to the name, unless the relation is past ("a
    former special assistant to president George W. Bush"): the title was the name's
    then, and would read as now."""
    return [] if any(_past(t.base) for t in relation) else title


def _opens_another_phrase(role_tokens: list[Token], n: int) -> bool:
    """ "the husband of the Democratic nominee's aide Huma Abedin": an "of" followed by an
    article or a possessive opens a noun phrase of its own; when that phrase has a head,
    the name stands in apposition to it, and the lower-case noun before "of" is another
    person's relation to it; so does a role's noun right after "of" ("The son of actress
    Doris Day"). "Secretary of State", "Leader of the House" have no head after it;
    "Passion of the Christ director" is a work's name before a title."""
    if role_tokens[n].text != "of" or n < 1 or n + 1 >= len(role_tokens):
        return False
    relation = role_tokens[n - 1]
    if not (relation.text.islower() and _TITLE_HEADS[relation.base]):
        return False
    after = role_tokens[n + 1].base
    # or a role's noun at once: "The son of actress Doris Day", "daughter of President Kennedy"
    return (
        after in joined("determiners", "possessives")
        or is_head(after)
        or (after in words()["described"])
    )


def _after_of(toks: list[Token], k: int, caps: int) -> bool:
    """ "MP for Parramatta", "leader of the Commons": toks[k] is a title's "of" or "for",
    or "the" after one before a house ("the Commons", "the Senate"; not "director of the
    UCLA Anderson Forecast")."""
    if k >= 1 and toks[k].base == "the":
        if not all(t.base in words()["name_modifiers"] for t in toks[k + 1 : k + 1 + caps]):
            return False
        k -= 1
    return k >= 0 and toks[k].base in {"of", "for"}


def _may_end_a_title(tok: Token, spans: Spans) -> bool:
    """Whether _TitleScan can take the word before a name (see _step): a known actor, a
    capitalised word, an abbreviated title's dot, a head word or a modifier. A word that
    dates the role ("former") opens it, so alone it makes no title either."""
    if tok.text[:1].isupper() or tok.text == "." or _span_at(tok.start, spans) is not None:
        return True
    return _TITLE_WORDS[tok.base]


def _title_word(base: str) -> bool:
    return base in joined("role_heads", "described", "role_modifiers") or is_head(base)


_TITLE_WORDS = WordMemo(_title_word)


def _title_end(toks: list[Token], i: int) -> tuple[int, int]:
    """(where the title ends, the word to read it back from). "Lords Leader Baroness
    Amos", "Mr. Smith": a title stands before the honorific and its dot, not after it."""
    k = i - 1
    dotted = k >= 1 and toks[k].text == "."  # "Mr."
    honorific = k - dotted >= 0 and toks[k - dotted].base in words()["honorifics"]
    if honorific and not _first_lady(toks, k - dotted):
        return k - dotted, k - 1 - dotted
    return i, k


def _first_lady(toks: list[Token], k: int) -> bool:
    """ "First lady Michelle Obama": "lady" after "first" heads an office (the one the
    president's wife holds), not an honorific."""
    return toks[k].base == "lady" and k >= 1 and toks[k - 1].base == "first"


# Words that may stand between a dating word and a role's head ("former Everton and
# Manchester City striker", "former local government minister"); more is a clause.
DATED_REACH = 5


def dated_start(toks: list[Token], head: int) -> int | None:
    """Where a word that dates a role opens it, reading back from the head at `head`
    over the words that modify it: plain nouns, proper adjectives and a body's name
    ("Former British TV presenter", "ex-Yukos boss", "former Tory lord chancellor").
    "Former" dates the whole phrase whatever stands between, so a role that loses it
    reads as a current post. None when no dating word opens the phrase."""
    for j in range(head - 1, max(head - 1 - DATED_REACH, -1), -1):
        tok = toks[j]
        if _tense(tok.base):
            return j
        if _dating_year(toks, j):
            # "the 2002 Olympic gold medallist"; not "the 2011 shooting of Rep. X", a
            # dated event whose object holds the title
            between = {t.base for t in toks[j + 1 : head]}
            return None if between & words()["name_prepositions"] else j
        if tok.possessive or not tok.text.replace("-", "").isalpha():
            return None  # "the ex-Tory leader's wife": the date is the owner's
        if tok.base in joined("role_relatives", "object_of") or _TITLE_HEADS[tok.base]:
            return None  # "Former striker Ian Wright and manager X": another's role
        if tok.base != "and" and tok.base in words()["open_ended"]:
            return None  # "acting against Hearts winger X": a verb and its object
    return None


def _dating_year(toks: list[Token], k: int) -> bool:
    """ "the 2002 champion", "Wimbledon's 2008 finalist": a year after an article or a
    possessive dates the role as "former" does; without it the role would read as held
    now."""
    if not YEAR_RE.fullmatch(toks[k].text):
        return False
    if k == 0:
        return True
    before = toks[k - 1]
    return before.possessive or before.base in joined("articles", "determiners", "possessives")


_WH_WORDS = frozenset({"where", "when", "what", "why", "how", "who", "whom", "whose", "which"})


@cache
def _phrase_openers() -> frozenset[str]:
    """Words that open a clause or a phrase of their own: none is a title's field."""
    return (
        clause_openers()
        | joined("not_before_a_role", "role_prepositions", "object_prepositions", "connectors")
        | _function_words()
    )


def _function_words() -> frozenset[str]:
    return joined("open_ended", "determiners", "possessives")


def _title_head(base: str) -> bool:
    return is_head(base) or base in joined("described", "person_nouns")


_TITLE_HEADS = WordMemo(_title_head)


@dataclass
class _TitleScan:
    """A title read backwards from the word before a name: where it starts, whether it
    has a head word ("minister"), and the capitalised words it took before the head
    ("Foreign") and as the object of its "of" or "for" ("MP for Parramatta", "Minister
    of Crown-Indigenous Relations")."""

    toks: list[Token]
    spans: Spans
    start: int | None = None
    has_head: bool = False
    extra_caps: int = 0
    object_caps: int = 0

    def read(self, k: int) -> None:
        """Take words from toks[k] back until one cannot be part of the title. A known
        actor's name is taken whole ("Russian" of "Russian Foreign Minister")."""
        toks = self.toks
        while k >= 0:
            tok = toks[k]
            span = _span_at(tok.start, self.spans)
            if span is not None:
                self.start = span[0]
                while k >= 0 and toks[k].start >= span[0]:
                    k -= 1
                continue
            step = self._step(k)
            if step == "stop":
                dated = self._dated_from(k)
                if dated is None:
                    dated = self._owned_from(k)
                if dated is not None:  # "former immigration minister": keep "former"
                    self.start = toks[dated].start
                break
            self.start = tok.start
            if step == "first":
                break  # the role starts with it: nothing before it belongs
            k -= 1

    def _step(self, k: int) -> str:
        """What toks[k] is to the title: a word of it ("take"), the word that dates it
        and so opens it ("first": "former", "ex-Tory"), or no part of it ("stop")."""
        tok = self.toks[k]
        base = tok.base
        if base in _clause_words():
            return "stop"  # "Did President Donald Trump know": a verb, capitalised
        if tok.text == "." and k > 0 and _abbreviated_head(self.toks[k - 1]):
            return "take"  # the dot of "Sen.", "Gov.", "Rep.", "Lt.-Col."
        if self._head(k) or _first_lady(self.toks, k):
            self.has_head = True
            return "take"
        if _tense(base) or (self.has_head and _dating_year(self.toks, k)):
            return "first"
        if self._filler(k) or self._adjective(k) or self._field(k):
            return "take"
        if self._before_head(k):
            self.extra_caps += 1
            return "take"
        if self._title_object(k):
            self.object_caps += 1  # kept only if "of" or "for" and a title come before it
            return "take"
        return "stop"

    def _dated_from(self, k: int) -> int | None:
        """Where the title starts when words the scan could not take stand between a
        word that dates it and its head ("former immigration minister", "former Tory
        lord chancellor"): they modify the head, so they and the dating word belong to
        the title, which would otherwise lose "former" and read as a current post."""
        return dated_start(self.toks, k + 1) if self.has_head else None

    def _owned_from(self, k: int) -> int | None:
        """ "the party's elections chief", "its operations director": after a possessive
        or an article only a noun phrase can follow, so a plural noun between it and a
        lower-case title modifies the head and belongs to the title ("the impact
        manager X has had" is a clause: a singular may be the object, so it is left)."""
        toks = self.toks
        if not self.has_head or self.extra_caps or self.object_caps or k < 1:
            return None
        tok, before, after = toks[k], toks[k - 1], toks[k + 1]
        if after.base in words()["connectors"] or not after.text.islower():
            return None
        plural = tok.base.endswith("s") and not tok.base.endswith(("ss", "us", "is"))
        if not (tok.text.isalpha() and tok.text.islower() and plural and len(tok.base) > 4):
            return None
        owned = before.possessive or before.base in joined("determiners", "possessives")
        return k if owned and tok.base not in _function_words() else None

    def _filler(self, k: int) -> bool:
        """A modifier ("junior"), a connector inside the title ("of", "and", "&"), or a number
        between capitals after the head ("No 10 media chief")."""
        tok = self.toks[k]
        w = words()
        if tok.base in w["role_modifiers"]:
            return True
        if tok.base in w["connectors"] and self.start is not None:
            return not (tok.base == "and" and (self._after_a_name(k) or self._joins_two(k)))
        upper_before = k > 0 and self.toks[k - 1].text[0].isupper()
        if tok.text[0].isdigit() and tok.text[-1].isdigit() and self.has_head and upper_before:
            return True
        # the "No" of "No 10 media chief": a number sign, before the number it took
        after = self.toks[k + 1].text if k + 1 < len(self.toks) else ""
        return tok.text == "No" and after[:1].isdigit() and self.has_head

    def _joins_two(self, k: int) -> bool:
        """ "as Mason and Sen. Bernard Kalt": an "and" right before a capitalised head,
        after a capitalised word that is no title word, joins two people; "President and
        CEO", "Trade and Industry Secretary" join the words of one title."""
        toks = self.toks
        if k < 1 or k + 1 >= len(toks) or not toks[k - 1].text[:1].isupper():
            return False
        after = toks[k + 1]
        before_title = _TITLE_WORDS[toks[k - 1].base]
        return after.text[:1].isupper() and is_head(after.base) and not before_title

    def _after_a_name(self, k: int) -> bool:
        """ "Minister Lord Falconer and Downing Street adviser Baroness Morgan": the "and"
        follows another person's name (an honorific or a given name before a capitalised
        word), so the title before it is theirs."""
        if k < 1 or not self.toks[k - 1].text[:1].isupper():
            return False
        if k < 2:
            return self._one_name_before(k)
        before = self.toks[k - 2]
        if before.base in words()["honorifics"] or _sure_given(before.text):
            return True
        # "former President Hashemi Rafsanjani and Parliament member Majid Ansari": two
        # name words, no title's, before the "and" ("Trade and Industry Secretary" has one)
        if _name_words(before, self.toks[k - 1]):
            return True
        return self._one_name_before(k)

    def _one_name_before(self, k: int) -> bool:
        """ "Trump, Ryan and RNC Chairman Reince Priebus", "supporters of Sanders and
        presumptive nominee Hillary Clinton": one name word before the "and" (no title
        word, place or people's adjective) is the first person of the pair, and the
        title after the "and" is only the second's. Not "Procter and Gamble chief
        executive": a name word after the "and" too makes one name of the two."""
        left, right = self.toks[k - 1], self.toks[k + 1]
        if not _name_words(left) or _proper(left.text) or gazetteer().get(left.text):
            return False
        return not (right.text[:1].isupper() and _name_words(right) and not _proper(right.text))

    def _head(self, at: int) -> bool:
        """A head word ("minister", "lawyer"): "Criminal lawyer Adaeze Okonjo-Black". A
        possessive is one only after the head ("Cherie Blair's" is no head)."""
        tok = self.toks[at]
        base = tok.base
        heads = joined("role_heads", "described")
        if adjective_not_rank(self.toks, at):
            return False
        return (base in heads or is_head(base)) and not (tok.possessive and not self.has_head)

    def _adjective(self, k: int) -> bool:
        """ "Junior constitutional affairs minister", "regional security director": a
        lower-case adjective (by its ending) before the head or its modifiers."""
        tok = self.toks[k]
        after = self.toks[k + 1].base if k + 1 < len(self.toks) else ""
        return (
            self.has_head
            and tok.text.islower()
            and tok.base.endswith(_ADJECTIVE_ENDINGS)
            and len(tok.base) > 5
            and after not in words()["connectors"]  # "arrival of husband Vic Reeves"
            and (k == 0 or self.toks[k - 1].text[-1:] not in {",", "."})
        )

    def _field(self, k: int) -> bool:
        """The lower-case noun right before a lower-case head that says its field, after a
        people's adjective ("Israeli industry minister", "DZ bank economist") or opening
        a sentence ("Film director"): the title is the field's. Only there: without a
        word's part of speech, a verb looks the same ("Police arrest actor", "Trump fires
        director"), and so does an adjective that judges the holder ("Famous actor")."""
        toks = self.toks
        tok = toks[k]
        if not (self.has_head and k + 1 < len(toks) and toks[k + 1].start == self.start):
            return False
        head = toks[k + 1]
        if not (_TITLE_HEADS[head.base] and head.text.islower() and tok.text.isalpha()):
            return False
        if not _field_word(tok):
            return False
        if k == 0:
            return True
        # past the field's lower-case modifiers ("EU foreign policy chief", "China's
        # foreign ministry spokesman"); not at the sentence's start, where a capital
        # hides a verb ("Police arrest actor")
        n = k - 1
        modifiers = words()["role_modifiers"]
        while n > 0 and toks[n].text.islower() and toks[n].base in modifiers:
            n -= 1
        before = toks[n]
        return tok.text.islower() and (_proper(before.text) or country_possessive(before))

    def _before_head(self, k: int) -> bool:
        """Up to three capitalised words before a head ("UK Foreign Secretary"), not a
        word the lists keep out of names unless it heads a body; at the sentence's start
        only a party or place ("Liberal Democrat spokesman", "Miami Beach police")."""
        tok = self.toks[k]
        base = tok.base
        w = words()
        if not (tok.text[0].isupper() and self.has_head and self.extra_caps < 4):
            return False
        if base in w["honorifics"] and self.extra_caps > 0:
            return True  # "Lady Antebellum singer": an honorific opens the name taken
        if base in w["not_names"] and base not in w["organisation_heads"]:
            # "South Carolina Gov.": a compass word before a place's word is part of it
            return base in w["region_words"] and self.extra_caps > 0
        if k > 0 or base in w["name_modifiers"] or _proper(tok.text):
            return True
        if self.toks[k + 1].base in w["organisation_heads"]:
            return True  # "Football Association chairman": the body's name is whole
        if self.toks[k + 1].base in w["postpositive_heads"]:
            return True  # "Auditor General": the noun "General" follows is the title's
        if base.endswith(_ADJECTIVE_ENDINGS) and len(base) > 5 and _names_a_field(self.toks[k + 1]):
            return True  # "Monetary Affairs Commissioner": an adjective opens the title
        if _field_word(tok) and base not in w["time_nouns"] and self._office_name_after(k):
            return True  # "Food Minister", "Water Resources Minister": a portfolio's noun
        # "Miami Beach police spokesman": a place's first word opens the sentence
        return self.extra_caps > 0 and not common_word(tok.text)

    def _office_name_after(self, k: int) -> bool:
        """Whether capitalised words up to a capitalised head follow toks[k]: an office's
        name in title case ("Disaster Management Minister"), whose first word a
        sentence's capital does not hide."""
        for tok in self.toks[k + 1 :]:
            if not tok.text[:1].isupper():
                return False
            if is_head(tok.base):
                return tok.base not in words()["unfielded_heads"]
        return False

    def _title_object(self, k: int) -> bool:
        """Up to three capitalised words next to each other right before the name, with
        no head yet: the object of a title's "of" or "for", if one comes (not a
        possessive: "a member of Cherie Blair's Matrix Chambers")."""
        tok = self.toks[k]
        if not tok.text[0].isupper() or self.has_head or tok.possessive:
            return False
        adjoining = None if self.object_caps == 0 else self.toks[k + 1].start
        return self.start == adjoining and self.object_caps < 3 and k > 0


_ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ive")
# Endings that make a noun of a verb or an adjective: "Unification", "Resettlement".
_NOUN_ENDINGS = ("ation", "ition", "ment", "ity", "ness", "ship", "ism")


def _field_word(tok: Token) -> bool:
    """A common noun that may name a title's field ("Film", "industry", "Food", "Café"),
    or a rarer one its ending makes a noun ("Unification", "Resettlement"): no verb's or
    adjective's ending, no speech verb, no word that opens a phrase."""
    base = tok.base
    return not (
        not (common_word(unaccented(tok.text)) or base.endswith(_NOUN_ENDINGS))
        or not tok.text[1:].islower()
        or base.endswith(("ed", "ly", "ing", *_ADJECTIVE_ENDINGS, "ous", "ful", "ent", "ant"))
        or base in words().speech
        or base in _phrase_openers()
        or base in _WH_WORDS
    )


def country_possessive(tok: Token) -> bool:
    """ "Ethiopia's", "China's": a country that owns the name or the office after it."""
    if not tok.possessive:
        return False
    entry = gazetteer().get(tok.text[: len(tok.base)])
    return entry is not None and entry.kind == "country" and entry.form in {"name", "alias"}


def _names_a_field(tok: Token) -> bool:
    """ "Affairs" of "Monetary Affairs Commissioner", "Reserve" of "Federal Reserve
    chairman": a capitalised common noun that is no head and no party, which the
    sentence's first word (an adjective) modifies as part of the office's name; not
    "Controversial President", "Influential Labour MP", "Legendary Manchester United
    manager", where the adjective judges the person."""
    w = words()
    return (
        tok.text[:1].isupper()
        and not is_head(tok.base)
        and tok.base not in w["name_modifiers"]
        and common_word(tok.text)
    )


def _proper(word: str) -> bool:
    """ "Scottish", "Russian", "FSIN": a demonym, an adjective of a people by its ending,
    or an acronym, not a person's name ("Trump and Ohio Gov.")."""
    entry = gazetteer().get(word)
    if entry is not None and entry.form == "demonym":
        return True
    people = word.endswith(("ish", "ian", "ese")) and not common_word(word)
    return people or (word.isupper() and len(word) >= 2)


def _name_words(*toks: Token) -> bool:
    """Capitalised words that are no title's or party's and that Punkt never saw in lower
    case: a name's ("Hashemi Rafsanjani"), not "Human Rights"."""
    titles = joined("role_heads", "role_modifiers", "name_modifiers", "not_names")
    return all(
        t.text[:1].isupper() and t.base not in titles and not common_word(t.text) for t in toks
    )


def _sure_given(word: str) -> bool:
    return gender(word.lower()) in SURE


def _span_at(start: int, spans: Spans) -> tuple[int, int] | None:
    """The known actor's span that holds a position, if any (most sentences have none)."""
    for span in spans:
        if span[0] <= start < span[1]:
            return span
    return None


def appointed(text: str, toks: list[Token], name_start: int, name_end: int) -> str | None:
    """The office a sentence gives the name toks[name_start:name_end] as its news: "named
    assistant general manager Tony DiLeo interim coach", "Jane Roe, the finance director,
    was appointed chief executive", "was sworn in as president". The title before the name, or in
    its apposition, is the one they held until then: the appointment is their role as of
    the article (a stale title misleads more than none). Only a done appointment counts
    ("was named", "named ..."), not a planned one ("will be named", "is expected to")."""
    current = _office_now(text, toks, name_end)
    if current is not None:
        return current
    verbs = words()["appointment_verbs"]
    start = _after_passive(toks, name_end, verbs)
    if start is None:
        verb = _active_verb(toks, name_start)
        if verb is None or toks[verb].base not in verbs:
            return None
        if any(t.base in words()["not_done"] for t in toks[max(0, verb - 2) : verb]):
            return None  # "has not named", "would have named", "had named", "to have named"
        if _title_of_a_name(toks, name_end):
            return None  # "chosen Virginia Sen. Tim Kaine as ...": a place before a title
        start = name_end
    if _background_re().search(_without_others_clauses(text, toks, name_start, name_end)):
        return None  # "In 1993 he named Cardoso finance minister", "two decades ago"
    return _complement(text, toks, start, toks[start - 1].base == "promoted")


# "who now serves as", "who is now": a relative clause that gives the office held today.
_SERVING_VERBS = frozenset({"serves", "acts", "works"})
_NOW = frozenset({"now", "currently"})


def _office_now(text: str, toks: list[Token], name_end: int) -> str | None:
    """The office a relative clause says the person holds now: "Ghana's former foreign
    minister Efua Mensah-Bonsu, who now serves as ECOWAS special envoy for the Sahel"
    (a reviewer's table had kept "former foreign minister"), "..., who is now the
    central bank governor". "Who is" needs its "now": "who is a former minister" and
    "who is the son of" give no office."""
    k = name_end
    if not (k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].base == "who"):
        return None
    k += 2
    now = toks[k].base in _NOW
    k += now
    if k + 1 < len(toks) and toks[k].base in _SERVING_VERBS and toks[k + 1].base == "as":
        return _office_phrase(text, toks, k + 2)
    if k + 1 < len(toks) and toks[k].base == "is":
        k += 1
        if toks[k].base in _NOW:
            now, k = True, k + 1
        return _office_phrase(text, toks, k) if now else None
    return None


def _office_phrase(text: str, toks: list[Token], k: int) -> str | None:
    """The noun phrase from toks[k] to the clause's end that an office noun heads
    ("ECOWAS special envoy for the Sahel", "the central bank governor"), without its
    article: the head is the word before its first preposition, or its last word. None
    past eight words, or headed by no office ("married to the president"), or opening
    with a preposition ("in the custody of ..."), or one of many ("a lawyer")."""
    if k < len(toks) and toks[k].base in {"a", "an"}:
        return None
    if k < len(toks) and toks[k].base == "the":
        k += 1
    end = k
    while end < len(toks) and toks[end].text not in {",", ".", ";", ":", "(", ")"}:
        end += 1
    phrase = toks[k:end]
    prepositions = words()["object_prepositions"] | {"of", "for"}
    if not phrase or len(phrase) > 8 or phrase[0].base in prepositions:
        return None
    head = next(
        (n - 1 for n, tok in enumerate(phrase) if tok.base in prepositions), len(phrase) - 1
    )
    if head < 0 or phrase[head].base not in _office_nouns():
        return None
    return text[phrase[0].start : phrase[-1].end]


def _title_of_a_name(toks: list[Token], at: int) -> bool:
    """A capitalised title at toks[at] (its dot too) before a given name: "Sen. Tim
    Kaine", where the name before it ("Virginia") only says whose senator he is."""
    if at >= len(toks) or not toks[at].text[:1].isupper() or not is_head(toks[at].base):
        return False
    after = at + 1 + (at + 1 < len(toks) and toks[at + 1].text == ".")
    return after < len(toks) and given_name(toks[after].text)


# A relative clause: ", who resigned last month", ", which she held until 2015".
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*")


def _without_others_clauses(text: str, toks: list[Token], name_start: int, name_end: int) -> str:
    """The sentence less the relative clauses about someone else, named just before them:
    "named Sofia Brandão as chief executive, replacing Rui Calado, who resigned last
    month" dates Calado's leaving, not her appointment; "named Jane Roe as its leader,
    which she held until 2015" and "Jane Roe, who served until 2015," date hers."""
    own = {tok.text for tok in toks[name_start:name_end]}
    kept, at = [], 0
    for found in _RELATIVE_CLAUSE.finditer(text):
        before = text[: found.start()].split()
        other = bool(before) and before[-1][:1].isupper() and before[-1] not in own
        if other:
            kept.append(text[at : found.start()])
            at = found.end()
    return "".join(kept) + text[at:]


@cache
def _background_re() -> re.Pattern[str]:
    """A sentence that dates its appointment in the past or tells what came of it (lost
    it, or left it: words.toml's office_leaving_verbs) tells the background, not the
    person's office as of the article."""
    left = alternation(words()["office_leaving_verbs"])
    return re.compile(
        r"\b(?:1[89]|20)\d\d\b|\b(?:ago|earlier|previously|formerly|once|then|later"
        rf"|until|lost|{left})\b"
    )


# The words between an appointing verb and its object's name: a title, no clause.
_NOT_IN_TITLE = frozenset({",", ".", ";", ":", "(", ")", "and", "or", "to", "that", "who"})


def _active_verb(toks: list[Token], i: int) -> int | None:
    """The position of the verb whose object the name is, past the name's title ("named
    assistant general manager Tony DiLeo"): the first word back that is lower case and no
    title word, within six."""
    for k in range(i - 1, max(i - 7, -1), -1):
        tok = toks[k]
        if tok.text in _NOT_IN_TITLE:
            return None
        if tok.text.islower() and not _TITLE_WORDS[tok.base] and not tok.possessive:
            return k if tok.base not in {"the", "its", "his", "her", "their"} else None
    return None


def _after_passive(toks: list[Token], j: int, verbs: frozenset[str]) -> int | None:
    """Where the office starts in "<name>[, apposition,] was|were|has been|had been
    <appointed> ...", or None."""
    k = j
    if k < len(toks) and toks[k].text == ",":  # "Jane Roe, the finance director, was ..."
        close = next((n for n in range(k + 1, min(k + 12, len(toks))) if toks[n].text == ","), None)
        if close is None:
            return None
        k = close + 1
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


def _complement(text: str, toks: list[Token], k: int, promoted: bool) -> str | None:
    """The office after an appointing verb and its object: "(in) as (the|its) interim
    coach", "promoted to captain", "president of Ghana". Its last word before "of" names
    a person's office or trade; every word before it is lower case or a title's. "To" is
    "promoted"'s alone: "was named to head the inquiry" gives no office."""
    if k < len(toks) and toks[k].base == "in":  # "sworn in as"
        k += 1
    if k < len(toks) and (toks[k].base == "as" or (promoted and toks[k].base == "to")):
        k += 1
    if k < len(toks) and toks[k].base in {"a", "an"}:
        return None  # "made an officer in the Order of ...": one of many, or an honour
    if k < len(toks) and toks[k].base in {"the", "its", "his", "her", "their"}:
        k += 1
    if k < len(toks) and toks[k].base == "new":  # "as its new leader": the office is "leader"
        k += 1
    first, head = k, None
    nouns = _office_nouns()
    while k < len(toks) and k - first < 5:
        tok = toks[k]
        if not (tok.text.islower() or _TITLE_WORDS[tok.base]) or tok.possessive:
            break
        if tok.base in nouns:
            head = k
        elif not (_TITLE_WORDS[tok.base] or tok.base in {"interim", "caretaker"}):
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
        while caps < len(toks) and caps - n < 4 and toks[caps].text[:1].isupper():
            caps += 1
        if caps > n:
            end = caps - 1
    return text[toks[first].start : toks[end].end]


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


def apposition(text: str, toks: list[Token], name_end: int) -> str | None:
    """ "Jack Straw, UK Foreign Secretary, said" -> "UK Foreign Secretary"."""
    phrase = _apposed_phrase(toks, name_end)
    if phrase is None or not _titles(phrase):
        return None
    return text[phrase[0].start : phrase[-1].end]


def _apposed_phrase(toks: list[Token], j: int) -> list[Token] | None:
    """The words between a name's comma and the next comma, full stop or semicolon (at
    most nine), less an article; None when there is no such phrase or it is a relative
    clause ("Smith, who ...")."""
    j = _past_an_age(toks, j)
    if j >= len(toks) or not _opens_apposition(toks[j]):
        return None
    copula = _copula(toks, j + 1)  # "Edward Leigh, who is chairman of ...,"
    if copula and toks[j + 2].base == "was":
        return None  # "Dominic Cummings, who was an aide to ...,": held then, maybe not now
    opening = j + 1 + copula
    k = opening
    articled = opening < len(toks) and toks[opening].base in {"the", "a", "an"}
    reach = _reach(toks, opening + articled, 9)
    while (
        k < len(toks)
        and k - opening < reach
        and (toks[k].text not in _BREAKS or _initialism_dot(toks, k))
    ):
        if k > opening + 1 and _relative_after_a_noun(toks, k):
            return _closed_by_relative(toks, opening, k)
        k += 1
    if k >= len(toks) or toks[k].text not in {",", ".", ";"} or k == opening:
        return None
    if _before_a_name(toks, k) or _cut_at_abbreviation(toks, k):
        return None  # "In Halifax, Nova Scotia, a spokesman for the board, Jim Harris,"
    phrase = toks[opening:k]
    if phrase[0].base in {"the", "a", "an"}:
        phrase = phrase[1:]
    if not phrase or phrase[0].base in words()["role_relatives"] | {"as"}:
        return None  # "Hilda Crane, as secretary of state in 2012 put it,": no apposition
    if (
        phrase[0].text.islower()
        and phrase[0].base
        in joined("adjunct_openers", "object_prepositions", "outside_prepositions")
        and not (phrase[0].base == "under" and len(phrase) > 1 and is_head(phrase[1].base))
    ):
        return None  # "Blinken, according to a Russian diplomat,": an adjunct, no noun phrase
    return phrase


def _relative_after_a_noun(toks: list[Token], k: int) -> bool:
    """ "the independent Vermont senator who is challenging ...": "who" after a
    lower-case noun, or after the name a preposition of the phrase took ("the former
    governor of Pennsylvania who is close to ..."), opens a relative clause on it, so the
    noun phrase ends there."""
    if toks[k].base not in {"who", "whose"}:
        return False
    prepositions = words()["role_prepositions"]
    return toks[k - 1].text.islower() or any(t.base in prepositions for t in toks[k - 4 : k - 1])


def _closed_by_relative(toks: list[Token], opening: int, k: int) -> list[Token] | None:
    """The apposed noun phrase before a relative clause, less its article."""
    phrase = toks[opening:k]
    if phrase[0].base in {"the", "a", "an"}:
        phrase = phrase[1:]
    return phrase or None


def _before_a_name(toks: list[Token], k: int) -> bool:
    """The comma that closes a phrase opens a full name: the phrase describes that name
    ("a spokesman for the board, Jim Harris, said"), not the one before it."""
    if toks[k].text != "," or k + 1 >= len(toks):
        return False
    if k + 2 >= len(toks) or not toks[k + 2].text[:1].isupper():
        return False  # not "a broker in Tampa, Fla., said"
    return toks[k + 1].text[:1].isupper() and _sure_given(toks[k + 1].text)


def _initialism_dot(toks: list[Token], k: int) -> bool:
    """The full stop of a country's or a body's initials inside a phrase ("head of relief
    for the U.S. Agency for International Development"): no end, when a capitalised word
    goes on after it; nor a firm's "Co." before the comma that closes the phrase. A
    title's abbreviation before a name ("Mrs. Clinton") is another matter
    (_cut_at_abbreviation)."""
    if toks[k].text != "." or k + 1 >= len(toks):
        return False
    last, after = toks[k - 1], toks[k + 1].text
    if last.base in words()["company_suffixes"]:
        return after in {",", ")"}  # "executive director of the Puerto Rico Tourism Co.,"
    return after[:1].isupper() and "." in last.text and last.text.replace(".", "").isupper()


def _cut_at_abbreviation(toks: list[Token], k: int) -> bool:
    """The full stop that ends a phrase is an abbreviation's ("a top adviser to Mrs.
    Clinton", "chief of staff to Leon E. Panetta"): the phrase is cut short."""
    if toks[k].text != ".":
        return False
    last = toks[k - 1]
    short = joined("honorifics", "title_abbreviations")
    return last.base in short or (last.text[:1].isupper() and len(last.text.replace(".", "")) <= 2)


def _copula(toks: list[Token], k: int) -> int:
    """How many words of "who is" or "who was" open an apposition: 2 before a noun
    phrase ("who is chairman of", "who was the bill's floor manager": a role of the past,
    which the caller leaves out), else 0 ("who is battling Rep. Joe Heck" is a clause)."""
    if k + 2 >= len(toks) or toks[k].base != "who" or toks[k + 1].base not in {"is", "was"}:
        return 0
    nxt = toks[k + 2]
    noun_phrase = (
        nxt.base in joined("determiners", "possessives") or _title_word(nxt.base) or nxt.possessive
    )
    return 2 if noun_phrase else 0


@cache
def _clause_words() -> frozenset[str]:
    """Words that mark a clause and never stand in a noun phrase: an auxiliary or a form of
    "be" (a finite verb goes with them: "is suing President", "Did President"), a modal,
    and a personal pronoun ("they appear to like him")."""
    w = words()
    modals = w["not_before_a_role"] - w["role_prepositions"]
    pronouns = joined("subject_pronouns", "male_pronouns", "female_pronouns", "body_pronouns")
    return joined("auxiliaries", "passive") | modals | (pronouns - w["role_relatives"])


def _not_a_noun_phrase(phrase: Sequence[Token]) -> bool:
    """ "have thrown their support behind the presumptive nominee", "the more they appear
    to like him", "is suing President": a phrase with an auxiliary, a modal or a personal
    pronoun is a clause, whatever noun ends it. A possessive determiner may open the
    phrase, the object of its preposition or a coordinated phrase ("his campaign
    chairman", "chairman of her party", "a founder and its chief executive"), nowhere
    else but in an infinitive that postmodifies the head ("the first woman to divorce her
    husband"); so may an object pronoun ("a friend of hers")."""
    clause = _clause_words()
    owners = joined("possessives", "male_pronouns", "female_pronouns", "body_pronouns")
    openers = words()["role_prepositions"] | {"and", "or"}
    for n, tok in enumerate(phrase):
        if tok.base not in clause or not tok.text.islower():
            continue  # "nominee for the farce Being Julia": a name's word
        if tok.base == "be" and n > 0 and phrase[n - 1].base == "to":
            continue  # "the first woman to be elected": an infinitive, no finite verb
        if tok.base in words()["subject_pronouns"] or tok.base not in owners:
            return True  # "they", "is", "would": a clause's
        infinitive = any(t.base == "to" for t in phrase[:n])  # "the first to divorce her"
        if n > 0 and phrase[n - 1].base not in openers and not infinitive:
            return True  # "thrown their support", "like him": a verb's object
    return False


def _titles(phrase: list[Token]) -> bool:
    """An apposed phrase is a title when a head word is in it and it ends with a title
    word ("UK Foreign Secretary") or goes on after the head with a preposition or another
    title ("the envoy for the Sahel", "chairman and chief architect"); a clause with a
    verb or pronoun ("Colleen Lafond, said she wanted justice.") is none."""
    pronouns = joined("male_pronouns", "female_pronouns")
    if any(_verb(phrase, n) or t.base in pronouns for n, t in enumerate(phrase)):
        return False
    if _not_a_noun_phrase(phrase):
        return False
    found = [n for n, t in enumerate(phrase) if is_head(t.base) and not t.possessive]
    if not found:
        return False
    if phrase[-1].base in joined("role_heads", "role_modifiers") or is_head(phrase[-1].base):
        return True  # "Tory co-chairman"
    tail = phrase[found[0] + 1 :]
    # "the envoy for the Sahel", "Microsoft chairman and chief software architect"
    return bool(tail) and tail[0].base in {"of", "for", "to", "in", "at", "and"}


def _verb(phrase: list[Token], n: int) -> bool:
    """A speech verb in an apposed phrase makes it a clause, unless it is capitalised (a
    name's word: "State Department spokesman") or a title's word that modifies the head
    after it or ends its "of" ("state minister for ...", "secretary of state"; not '"
    said Rep.')."""
    if phrase[n].base not in words().speech or not phrase[n].text.islower():
        return False
    if phrase[n].base not in words()["role_modifiers"]:
        return True
    after = n + 1 < len(phrase) and _title_word(phrase[n + 1].base)
    return not (after or (n > 0 and phrase[n - 1].base == "of"))


def described_before(text: str, toks: list[Token], name_start: int, name_end: int) -> str | None:
    """ "A spokesman for the UN, Stephane Dujarric, said" -> "spokesman for the UN"; and
    past an honorific, between commas ("The party's leader, Dr John Smith, said")."""
    w = words()
    titled = _before_honorific(toks, name_start)
    if titled < name_start and (name_end >= len(toks) or toks[name_end].text != ","):
        return None  # "punching a protester, Mr. Trump said": a clause, then its subject
    name_start = titled
    if name_start < 3 or toks[name_start - 1].text != ",":
        return None
    if name_end < len(toks) and toks[name_end].text not in {",", ".", ";", ")"} | w.speech:
        return None
    described = joined("role_heads", "described")
    for k in reversed(_description_starts(toks, name_start)):  # the longest with a described head
        phrase = toks[k : name_start - 1]
        if phrase and _headed(phrase, described):
            return text[phrase[0].start : phrase[-1].end]
    return None  # "the Kremlin's position, Peskov" is no role


def _before_honorific(toks: list[Token], i: int) -> int:
    """Where a name starts with the honorific before it ("Dr", "Mr.") counted in."""
    dotted = i >= 2 and toks[i - 1].text == "."
    at = i - 1 - dotted
    return at if at >= 0 and toks[at].base in words()["honorifics"] else i


def _description_starts(toks: list[Token], i: int) -> list[int]:
    """Where a description before a name's comma may start, nearest first: after a
    determiner or possessive ("Its president, X", "his wife, X"), or at an owner's name
    ("Leung's wife, Ho Mei-Ling": the owner stays in the role); at most ten words back,
    and never before a preposition no role holds ("between", "against")."""
    openers = joined("determiners", "possessives")
    outside = words()["outside_prepositions"]
    starts = []
    k = i - 2
    while k >= 0 and i - k <= 10 and toks[k].text[0].isalnum():
        if toks[k].base in outside:
            if toks[k + 1].base not in openers:  # else its start after the article is in
                starts.append(k + 1)  # "an agreement between PAL's owner, Lucio Tan"
            break
        if toks[k].base in openers:
            starts.append(k + 1)
        elif toks[k].possessive and toks[k].text[0].isupper():
            owner = k  # the owner's whole name: "Dhaka North City Corporation's mayor"
            while owner > 0 and i - owner < 10 and _owner_word(toks[owner - 1]):
                owner -= 1  # (not "Yesterday", "But": a sentence's opening word)
            starts.append(owner)
        k -= 1
    return starts


def _owner_word(tok: Token) -> bool:
    """A word of an owner's name before its possessive: capitalised, and no word that
    opens a clause or tells a time ("Yesterday Argentina's economy minister")."""
    base = tok.base
    return (
        tok.text[:1].isupper()
        and base not in _phrase_openers()
        and base not in words()["time_nouns"]
        and base not in weekday_names()
    )


def _headed(phrase: list[Token], described: frozenset[str]) -> bool:
    """ "the family's lawyer", "a spokesman for the UN": a noun phrase whose head is a
    described noun, last or before its preposition (not "her husband carried out ...")."""
    if _not_a_noun_phrase(phrase):
        return False
    inner = joined("determiners", "possessives") | words()["role_prepositions"]
    simple = (
        not any(t.base in inner for t in phrase[1:])
        and phrase[0].base not in words()["role_prepositions"]
    )
    if simple and phrase[-1].base in described and _head_index(phrase) == len(phrase) - 1:
        # not "A charity run by Lowe's widow, Jenni Lowe-Anker": its head is "charity"
        return True  # not "the seat after the previous candidate"
    return any(
        t.base in described and phrase[m + 1].base in words()["role_prepositions"]
        for m, t in enumerate(phrase[:3])
        if m + 1 < len(phrase)
    )


def described_apposition(text: str, toks: list[Token], name_end: int) -> str | None:
    """ "Bruce Mate, the lead author of the study, said", "Craig Morris, an environmental
    blogger,": an appositive noun phrase with no title word, so only for a name that
    starts with a given name."""
    phrase = _described_phrase(toks, name_end)
    if phrase is not None and any(t.base in words().speech for t in phrase):
        # "Peter Dobrow, a T-Mobile spokesperson said": no closing comma; the phrase
        # before the verb is a role when a title or description ends it
        phrase = list(itertools.takewhile(lambda t: t.base not in words().speech, phrase))
        if not phrase or not _described_head(phrase[-1].base):
            return None
    if not phrase or _names_others(phrase) or _clause(phrase) or _not_a_noun_phrase(phrase):
        return None
    if phrase[_head_index(phrase)].base in _non_person_heads():
        return None  # "the Whig party faced a dilemma", "a conservative action committee"
    return text[phrase[0].start : phrase[-1].end]


def _head_index(phrase: Sequence[Token]) -> int:
    """Where a noun phrase's head stands: before its first postmodifier, a preposition
    ("lead author of the study"), a participle with its own complement ("the Whig party
    faced a dilemma", "a taxi company owned by ...", "a charity run by ...": "by" takes
    the participle before it too) or an adverb opening an adjective phrase ("a school
    unusually diverse for ..."); else the last word. Only the words that postmodifiers
    open are asked, so "a retired teacher" and "the managing director" keep their head."""
    prepositions = words()["role_prepositions"]
    for n in range(1, len(phrase)):
        tok = phrase[n]
        if tok.base == "by":
            return max(n - 2, 0)  # "run by", "owned by": the participle's noun
        if tok.base in prepositions and not _inside_a_name(phrase, n):
            return n - 1
        if n + 1 < len(phrase) and _participle_with_object(tok, phrase[n + 1]):
            return n - 1
        if _adverb_after_its_noun(phrase, n):
            return n - 1
    return len(phrase) - 1


def _inside_a_name(phrase: Sequence[Token], n: int) -> bool:
    """ "University of Washington professor", "Club for Growth donor": a lower-case
    preposition between capitalised words joins a name's words, opening no postmodifier."""
    after = phrase[n + 1] if n + 1 < len(phrase) else None
    return phrase[n - 1].text[:1].isupper() and after is not None and after.text[:1].isupper()


def _adverb_after_its_noun(phrase: Sequence[Token], n: int) -> bool:
    """ "a school unusually diverse for the region": an -ly adverb and its adjective after
    the noun, closing the phrase or before a preposition; before a noun they modify it
    ("Mercer's ardently conservative daughter", "recently elected president")."""
    tok = phrase[n]
    if not (tok.text.islower() and tok.base.endswith("ly") and len(tok.base) > 4):
        return False
    after = phrase[n + 2] if n + 2 < len(phrase) else None
    return after is None or after.base in words()["role_prepositions"]


def _participle_with_object(tok: Token, after: Token) -> bool:
    """ "faced a dilemma", "owned by", "convicted of": a lower-case -ed or -ing word whose
    next word opens its object (an article, a possessive, a preposition) is a verb."""
    if not (tok.text.islower() and tok.base.endswith(("ed", "ing")) and len(tok.base) > 4):
        return False
    opens = joined("determiners", "possessives", "role_prepositions") | {"by"}
    return after.base in opens


@cache
def _non_person_heads() -> frozenset[str]:
    """Heads that name a body, a place, a work or a thing ("party", "committee",
    "school", "magazine"): a phrase they head describes no person."""
    return joined(
        "organisation_heads",
        "thing_nouns",
        "company_nouns",
        "place_nouns",
        "settlement_nouns",
        "leader_nouns",
        "not_bodies",
        "writings",
    ) - joined("role_heads", "described", "person_nouns")


def _has_head(phrase: list[Token], heads: frozenset[str]) -> bool:
    return any(t.base in heads or is_head(t.base) for t in phrase)


def _clause(phrase: list[Token]) -> bool:
    """ "a rampant Martyn Williams leading the way up front": a role is a noun phrase;
    one that holds another person's full name before any preposition and no head after
    it, or an -ing verb with its object, is a clause or a list's next member ("the widow
    of Kurt Cobain", "an Orlando TV reporter" are roles)."""
    prepositions = words()["role_prepositions"]
    heads = joined("role_heads", "described")
    owned = False  # a preposition came: a name after it is the role's object
    for n, tok in enumerate(phrase[:-1]):
        owned = owned or tok.base in prepositions
        named = not owned and tok.text[:1].isupper() and _sure_given(tok.text)
        rest = phrase[n + 2 :]
        if named and phrase[n + 1].text[:1].isupper() and not _has_head(rest, heads):
            return True
        after = phrase[n + 1].base
        verb = n > 0 and tok.text.islower() and tok.base.endswith("ing")
        if verb and after in joined("determiners", "possessives"):
            return True
    return False


def _described_head(base: str) -> bool:
    return is_head(base) or base in words()["described"]


def _described_phrase(toks: list[Token], j: int) -> list[Token] | None:
    """The words after a name's comma and an article, up to a comma, full stop or
    bracket (at most nine); None when there are none or they make a relative clause.
    A job's noun and its preposition need no article ("Ann Vole, associate professor of
    history at Hale University,")."""
    j = _past_an_age(toks, j)
    if j + 2 >= len(toks) or not _opens_apposition(toks[j]):
        return None
    first = j + 2 if toks[j + 1].base in {"the", "a", "an"} else j + 1
    if first == j + 1 and not _noun_of_a_post(toks, first):
        return None
    k = first
    reach = _reach(toks, first, 10)
    while (
        k < len(toks)
        and k - j <= reach
        and (toks[k].text not in _BREAKS or _initialism_dot(toks, k))
    ):
        if k > first and _relative_after_a_noun(toks, k):
            return toks[first:k]  # "Marty Vane, an education professor at Hale who ..."
        k += 1
    phrase = toks[first:k]
    if k >= len(toks) or toks[k].text not in {",", ".", ")"} or not phrase:
        return None
    if _before_a_name(toks, k) or _cut_at_abbreviation(toks, k):
        return None  # "spokesman for Mrs. Clinton": the full stop is no phrase's end
    if any(t.base in words()["role_relatives"] | {"that"} for t in phrase):
        return None
    return phrase


_AGE = re.compile(r"\d{1,3},")  # an age and its comma, one token: "Jane Doe, 67, a ..."


def _past_an_age(toks: list[Token], j: int) -> int:
    """ "Jane Doe, 67, a retired nurse,": the apposition opens after the age (whose token
    holds its comma), not at the comma before it."""
    if j + 1 < len(toks) and toks[j].text == "," and _AGE.fullmatch(toks[j + 1].text):
        return j + 1
    return j


def _opens_apposition(tok: Token) -> bool:
    return tok.text == "," or _AGE.fullmatch(tok.text) is not None


def _reach(toks: list[Token], first: int, usual: int) -> int:
    """How many words an apposition may run: longer when it opens with a job's noun and
    its preposition ("a senior vice president in the Boca Raton office of John Burns Real
    Estate,"), where what follows the preposition only places the job."""
    return usual + 6 if first < len(toks) and _noun_of_a_post(toks, first) else usual


def _noun_of_a_post(toks: list[Token], first: int) -> bool:
    """ "associate professor of history", "political science professor at": lower-case
    words and, among the first four, a job's noun before "of", "at" or "for"."""
    described = joined("role_heads", "described")
    openers = joined("determiners", "possessives")
    for k in range(first, min(first + 4, len(toks) - 1)):
        if not toks[k].text.islower() or toks[k].base in openers:
            return False  # "then became a supporter of": a clause, not a bare noun phrase
        if toks[k].base in described and toks[k + 1].base in {"of", "at", "for", "in"}:
            return True
    return False


def _names_others(phrase: list[Token]) -> bool:
    """ "the oldest players", "the Republican National Committee": a plural, or a name
    with no preposition in the phrase, describes others or a body, not the person."""
    last = phrase[-1].base
    plural = last.endswith("s") and not last.endswith("ss") and phrase[-1].text.islower()
    if plural and len(phrase) > 1:
        return True  # not "professor of history at the University of Nevada-Las Vegas"
    prepositions = {"of", "at", "for", "in", "with", "from"}  # "a farmer from Karangazi"
    return phrase[-1].text[:1].isupper() and not any(t.base in prepositions for t in phrase)
