"""The words that date a role: "former", "ex-Tory", "then-", "acting", and a year after
an article or a possessive ("the 2002 Olympic gold medallist"). A role keeps them: a
former minister is not a minister, and a role that lost its "former" would read as a
post held now.

Apart because the title scan (title_scan), the choice of whose title it is
(title_before) and the name rules (names.name_role, by `dated_start`) all ask where a
role's date opens it and whether it puts the role in the past.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.extract.actors.roles.role_words import TITLE_HEADS
from brief.extract.figures.notation import YEAR_RE
from brief.extract.lexicon import gazetteer, joined, words

if TYPE_CHECKING:
    from brief.extract.actors.names import Token


def dating_word(base: str) -> bool:
    """ "former", "acting", "ex-Tory", "Ex-No", "then-Arkansas": a word that dates the
    role ("then-" puts it in the past as "former" does)."""
    return base in joined("role_past", "role_standin") or base.startswith(("ex-", "then-"))


def apposed_as_past(phrase: list[Token]) -> bool:
    """Whether an apposition opens with words that say its role was held then and no
    longer ("then deputy chairman of the committee", "previously his first deputy", "until
    recently the bank's governor"; words.toml's apposed_past_openers): no title for today,
    whatever the article's day."""
    opening = " ".join(t.text.lower() for t in phrase[:3])
    return len(phrase) > 1 and any(
        opening == o or opening.startswith(f"{o} ") for o in words()["apposed_past_openers"]
    )


def as_former(title: str) -> str:
    """A title a sentence says was left, dated as such: "former energy minister"; after
    an owner's possessive, where English puts it ("the state's former security
    minister", not "former state's ...")."""
    owner, _, rest = title.partition(" ")
    if rest and owner.endswith(("'s", "’s", "s'", "s’")):
        return f"{owner} former {rest}"
    return f"former {title}"


def without_demonym(title: str) -> str:
    """The title without a people's adjective opening it ("Energy Minister" of "Ukrainian
    Energy Minister"): "former Ukrainian ..." would read as a former office of Ukraine's,
    which a sacked foreign coach never held. "" where the title is that adjective alone."""
    first, _, rest = title.partition(" ")
    entry = gazetteer().get(first)
    return rest.lstrip() if entry is not None and entry.form == "demonym" else title


def ending_may_be_stale(sentence: str) -> bool:
    """Does the sentence that ends an office date the ending by a year, or tell that the
    office was held again ("fired her in 2019 before reappointing her in 2021")? Then a
    "former" title could be stale or wrong, and none is given."""
    lowered = sentence.lower()
    return bool(YEAR_RE.search(sentence)) or any(
        word in lowered for word in words()["office_returning_words"]
    )


# Of those, the words of a role held now ("acting", "outgoing"): the others put it past,
# and so does a participle of an office taken away that the role opens ("dismissed").
def past_word(base: str) -> bool:
    return base in joined("role_past", "role_lost") or base.startswith(("ex-", "then-"))


def lost_opening(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is a participle of an office taken away ("dismissed", "sacked";
    words.toml's role_lost) that opens a noun phrase: the sentence's first word or after
    an article, a determiner or a possessive ("Dismissed central bank governor X", "the
    sacked coach X"). It dates the title as "former" does: the title was lost. After a
    subject the same word is the verb whose object holds the title ("the minister
    dismissed union leader X's claims", "parliament dismissed Energy Minister X", which
    the ending verbs read), so it is left there."""
    if toks[k].base not in words()["role_lost"]:
        return False
    if k == 0:
        return True
    before = toks[k - 1]
    return before.possessive or before.base in joined("articles", "determiners", "possessives")


# Words that may stand between a dating word and a role's head ("former Everton and
# Manchester City striker", "former local government minister"); more is a clause.
DATED_REACH = 5


def dated_start(toks: list[Token], head: int) -> int | None:
    """Where a word that dates a role opens it, reading back from the head at `head`
    over the words that modify it: plain nouns, proper adjectives and a body's name
    ("Former British TV presenter", "ex-Yukos boss", "former Tory lord chancellor").
    "Former" dates the whole phrase whatever stands between, so a role that loses it
    reads as a current post. None when no dating word opens the phrase. A name's run of
    capitalised words counts as one word ("Former Nelson Mandela Bay supply chain
    manager": three between)."""
    reach = 0
    for j in range(head - 1, -1, -1):
        tok = toks[j]
        if tok.text == "," and _listed_field(toks, j):
            continue  # "former trade, industry and competition minister": one title
        named_on = tok.text[:1].isupper() and j + 1 < head and toks[j + 1].text[:1].isupper()
        reach += not named_on  # (the words of one name: one step)
        if reach > DATED_REACH:
            return None
        if dating_word(tok.base) or lost_opening(toks, j):
            return j
        if dating_year(toks, j):
            # "the 2002 Olympic gold medallist"; not "the 2011 shooting of Rep. X", a
            # dated event whose object holds the title
            between = {t.base for t in toks[j + 1 : head]}
            return None if between & words()["name_prepositions"] else j
        if tok.possessive or not tok.text.replace("-", "").isalpha():
            return None  # "the ex-Tory leader's wife": the date is the owner's
        if tok.base in joined("role_relatives", "object_of") or TITLE_HEADS[tok.base]:
            return None  # "Former striker Ian Wright and manager X": another's role
        if tok.base != "and" and tok.base in words()["open_ended"]:
            return None  # "acting against Hearts winger X": a verb and its object
    return None


def _listed_field(toks: list[Token], comma: int) -> bool:
    """Whether the comma at toks[comma] parts the fields of a list that the head shares
    ("former trade, industry and competition minister"): a lower-case word before it
    right after the dating word or another such comma, and lower-case words after it up
    to an "and" or "or". A comma elsewhere ends a clause ("After the former leader left, trade
    minister X said")."""
    if comma < 2 or not toks[comma - 1].text.isalpha() or not toks[comma - 1].text.islower():
        return False
    before = toks[comma - 2]
    if not (before.text == "," or dating_word(before.base)):
        return False
    for tok in toks[comma + 1 : comma + 2 + DATED_REACH]:
        if tok.base in {"and", "or"}:
            return True
        if tok.text != "," and not (tok.text.isalpha() and tok.text.islower()):
            return False
    return False


def dating_year(toks: list[Token], k: int) -> bool:
    """ "the 2002 champion", "Wimbledon's 2008 finalist": a year after an article or a
    possessive dates the role as "former" does; without it the role would read as held
    now."""
    if not YEAR_RE.fullmatch(toks[k].text):
        return False
    if k == 0:
        return True
    before = toks[k - 1]
    return before.possessive or before.base in joined("articles", "determiners", "possessives")
