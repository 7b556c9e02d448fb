"""Whether a count is of a part of its story: one place within it, not the whole.

"In the village of Bangga alone, four people are missing" counts one village's missing,
not the flood's: a later report's part is no revision of an earlier report's whole ("30
people are missing"), and a brief that took it for one had dropped the 30 for the four
(key_choice.stale_tolls). English marks such a part in the count's clause by a focus
particle that sets it apart from the rest ("in Bangga alone", "the town itself":
words.toml's scope_limiters) or by a settlement's own name given as a part ("in the
village of Bangga", "in the town of X": words.toml's settlement_nouns).

A toll's people told by group are its parts too: "The dead were two police officers and
a civilian tractor driver" says who the dead were, and its "two police officers" shown
alone as a key figure had read as a count of their own, a part without its whole (r66
F3). A count in the list a copula or "included" gives its casualties' subject ("The dead
were", "The four victims included", "Among the dead were"), one of two or more groups, is
no figure (`names_the_dead`): the toll is the whole, given as one.

Apart from key_choice, which orders figures already found, because this reads the
sentence around a count.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.lexicon import alternation, words
from brief.models import Figure

# What bounds the clause of a count: another clause's opening after a comma, a new
# sentence's or a clause's punctuation. A fronted place ("In Bangga alone, four ...") is
# before a comma, in the count's clause; the one after a comma and a conjunction is not.
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s|,\s+(?i:and|but|while|whereas|as)\b")
# The count's own phrase ends at a comma: "four are missing in Bangga alone, officials
# said".
_PHRASE_END = re.compile(r"[,;:]|\.\s")


@cache
def _part() -> re.Pattern[str]:
    """A focus particle that sets a part apart ("alone": words.toml's scope_limiters, which
    tolls read for a toll's own place too), or a settlement named as one ("in the village
    of")."""
    limiters = alternation(words()["scope_limiters"])
    settlements = alternation(words()["settlement_nouns"])
    return re.compile(rf"\b(?:{limiters})\b|\b(?:in|at) the (?:{settlements}) of\b", re.I)


def of_a_part(figure: Figure, text: str) -> bool:
    """Whether the count's clause in its sentence (`text`) gives it as one place's, a part
    of its story's (see the module's docstring)."""
    at = text.find(figure.text)
    if at < 0:
        return False
    breaks = list(_CLAUSE_BREAK.finditer(text, 0, at))
    begin = breaks[-1].end() if breaks else 0
    end_at = at + len(figure.text)
    stop = _PHRASE_END.search(text, end_at)
    end = stop.start() if stop else len(text)
    return _part().search(text, begin, end) is not None


@cache
def _casualty_subject() -> re.Pattern[str]:
    """A subject of casualties and the verb that lists them by group: "The dead were",
    "the four victims included", "Those injured are", "Among the casualties were"; not
    "numbered" or "rose to", which give the whole."""
    w = words()
    nouns = alternation(w["casualties"] | w["death_nouns"] | w["victim_nouns"])
    return re.compile(
        rf"\b(?:(?:the|those|all)\s+|among\s+the\s+)(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\s+"
        r"(?:were|was|are|is|included|include|includes|comprised|comprise)\s+",
        re.I,
    )


# A list's joint between its groups: before the count, a comma or "and" ("a civilian and
# two police officers"); after it, "and" or a comma before the next group's opening
# ("two police officers and a civilian", "two officers, a driver and ..."), not the
# comma before a tag (", the ministry said").
_JOINT_BEFORE = re.compile(r",|\band\b|\bas well as\b", re.I)
_JOINT_AFTER = re.compile(r"\s+(?:and|as well as)\b|,\s+(?:an?|one|\d)\b", re.I)
# A verb in the count's own words: a clause of its own ("and 40 people were injured"),
# no group of a list.
_OWN_CLAUSE = re.compile(r"\b(?:were|was|are|is|had|has|have|died)\b", re.I)
_LIST_WORDS = 8  # words of a list before a group's count in it


def names_the_dead(text: str, start: int, end: int) -> bool:
    """Whether the count at `start`..`end` of `text` is one group of a list that names its
    toll's people ("The dead were two police officers and a civilian", "The victims
    included a child and three soldiers"): a part, no figure (see the module's
    docstring)."""
    begin = max(0, start - 160)
    breaks = list(re.finditer(r"[;:]|\.\s", text[begin:start]))
    if breaks:
        begin += breaks[-1].end()
    subject = max(
        _casualty_subject().finditer(text, begin, start), key=lambda m: m.end(), default=None
    )
    if subject is None:
        return False
    listed = text[subject.end() : start]
    if len(listed.split()) > _LIST_WORDS or _OWN_CLAUSE.search(text, start, end):
        return False
    return _JOINT_BEFORE.search(listed) is not None or _JOINT_AFTER.match(text, end) is not None
