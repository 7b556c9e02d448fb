"""Letterheads: the issuer's names a release or a filing sets above its headline.

What a release sets above its headline ("REPUBLIC OF NIGER", "U.S. DEPARTMENT OF THE
TREASURY", "Republic of the Philippines") is no title and no line of the story: it names
who issued it, the source's outlet where nothing else names one (`letterhead_issuer`).
A headline in capitals names a body too, and goes on to say what it did ("ARMY KILLS 40
REBELS").
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import gazetteer, words
from brief.ingest.furniture import finite_verb
from brief.ingest.furniture import lists as furniture_lists
from brief.ingest.layout.bylines import INITIALS_IN_BRACKETS
from brief.ingest.layout.shapes import LETTERS, TERMINAL, name_particles

# A letterhead's names are set apart by dashes or bars: "REPUBLIC OF NIGER - MINISTRY OF
# THE INTERIOR, PUBLIC SECURITY AND TERRITORIAL ADMINISTRATION".
_LETTERHEAD_SEPARATOR = re.compile(r"\s+[|/–—-]\s+")
_LETTERHEAD_WORDS = 16
_LETTERHEAD_MODIFIERS = 3  # "U.S. DEPARTMENT", "PHILIPPINE COAST GUARD"


# The adjective English sets after an office's head, as in "Attorney General": a body's
# "Directorate General of ...", "Secretariat-General of ...".
_POSTPOSITIVE = "general"


def is_letterhead(line: str) -> bool:
    """An issuer's letterhead: the names of a state or a government body and nothing else,
    in capitals or in title case, each opening with its head (furniture's
    letterhead_heads) and "of" or "for" ("REPUBLIC OF NIGER", "U.S. DEPARTMENT OF THE
    TREASURY", "Republic of the Philippines", "MINISTRY OF THE INTERIOR, PUBLIC SECURITY
    AND TERRITORIAL ADMINISTRATION") or closing with it ("PHILIPPINE COAST GUARD"),
    perhaps with its initials in brackets ("DEMOCRATIC RENEWAL ALLIANCE (DRA)"). No
    number, no closing stop. A headline says what happened: "ARMY KILLS 40 REBELS" and
    "POLICE ARREST MAYOR" name a body and go on."""
    line = INITIALS_IN_BRACKETS.sub("", line).strip()
    if company_letterhead(line):
        return True
    tokens = line.split()
    if (
        not tokens
        or len(tokens) > _LETTERHEAD_WORDS
        or any(ch.isdigit() for ch in line)
        or line[-1] in TERMINAL
    ):
        return False
    particles = name_particles()
    if not line.isupper() and not all(
        w[:1].isupper() or w.lower() in particles for w in LETTERS.findall(line)
    ):
        return False
    heads = furniture_lists().letterhead_heads
    for name in _LETTERHEAD_SEPARATOR.split(line):
        said = [w for w in re.split(r"[\s-]+", name.lower().strip(",; ")) if w]
        # (past a body of states' name that opens it: the "UNION" of "EUROPEAN UNION
        # ELECTION OBSERVATION MISSION" is no head of it)
        opening = _opening_name(said)
        at = next((n for n, w in enumerate(said) if n >= opening and w.strip(",;") in heads), None)
        if at is None or _modifiers(name, said[at]) > _LETTERHEAD_MODIFIERS:
            return False
        if at + 1 < len(said) and said[at + 1] == _POSTPOSITIVE:
            at += 1  # "DIRECTORATE GENERAL OF COASTAL SAFETY", "Directorate-General for Trade"
        if at + 1 < len(said) and said[at + 1] not in ("of", "for"):
            return False
    return True


_COMPANY_WORDS = 8  # the name's words, its legal form among them


def company_letterhead(line: str) -> bool:
    """A company's letterhead: its registered name in capitals and nothing else, closing
    on its legal form (furniture's legal_forms, read without stops: "VANTREL AUTOMOTIVE
    COMPONENTS N.V.", "HARWICK HOLDINGS PLC", "ORMEL & SONS, LTD."). The legal form's stop
    is an abbreviation's, never a sentence's: such a line at the head of a notice had been
    briefed as its sentence (r77 F8). A name says nothing happened: no number, no verb of
    its own ("HARWICK PLC WAS FINED"), no word but its name's ("FINE FOR HARWICK PLC")."""
    tokens = line.replace("&", " ").split()
    if (
        not line.isupper()
        or not 2 <= len(tokens) <= _COMPANY_WORDS
        or any(ch.isdigit() for ch in line)
        or line.endswith(("!", "?", ":", ";"))
    ):
        return False
    form = re.sub(r"[.,]", "", tokens[-1]).lower()
    if form not in furniture_lists().legal_forms:
        return False
    name = [t.strip(",.").lower() for t in tokens[:-1]]
    return bool(name) and not any(
        not LETTERS.fullmatch(w.replace("-", "").replace("'", "").replace("’", ""))
        or finite_verb(w)
        or w in _clause_words()
        for w in name
    )


@cache
def _clause_words() -> frozenset[str]:
    """The words that make a line a clause or a phrase about a name, not the name: a
    preposition (words.toml's name_prepositions, but "of", the name's own: "BANK OF
    ELSEY PLC")."""
    return words()["name_prepositions"] - {"of"}


def _modifiers(name: str, head: str) -> int:
    """The words before a name's head, a hyphened word one and "and" none: "NATIONAL
    ELECTORAL AND BOUNDARIES COMMISSION" and "PAN-AFRICAN ELECTION OBSERVATION MISSION"
    have three."""
    before = []
    for token in name.lower().split():
        if head in token.strip(",;").split("-"):
            break
        before.append(token)
    counted = sum(1 for token in before if token not in ("and", "&"))
    # (a state's name of several words opening it is one word, as "U.S." is: "UNITED
    # STATES SECURITIES AND EXCHANGE COMMISSION"; so is a body of states' whose body it
    # is: "EUROPEAN UNION ELECTION OBSERVATION MISSION", r67 F5)
    for size in range(len(before), 1, -1):
        if _an_issuers_name(" ".join(before[:size])):
            return counted - size + 1
    return counted


def _opening_name(said: list[str]) -> int:
    """How many words of a country's or an organisation's name open a letterhead's name
    that goes on past it (0 when none does)."""
    for size in range(len(said) - 1, 1, -1):
        if _an_issuers_name(" ".join(said[:size])):
            return size
    return 0


@cache
def _issuers_names() -> frozenset[str]:
    """The gazetteer's names of countries and of organisations, in lower case ("united
    states", "european union")."""
    return frozenset(
        form.lower()
        for form, entry in gazetteer().items()
        if entry.kind in ("country", "organisation") and entry.form in ("name", "alias")
    )


def _an_issuers_name(words_before: str) -> bool:
    """Whether the words are a country's or an organisation's name ("united states")."""
    return words_before.strip(",;") in _issuers_names()


def letterhead_issuer(letterheads: list[str]) -> str | None:
    """Of a release's letterhead lines, the body that issued it: the first that names no
    state ("REPUBLIC OF ELSEY" / "MINISTRY OF HEALTH" is the ministry's; a party's name
    over "OFFICE OF THE PARTY LEADER" is the party's), else the state's."""
    states = furniture_lists().letterhead_states
    bodies = (line for line in letterheads if LETTERS.findall(line)[0].lower() not in states)
    return next(bodies, letterheads[0] if letterheads else None)
