"""Whether a count is of a part of its story: one place within it, not the whole.

"In the village of Bangga alone, four people are missing" counts one village's missing,
not the flood's: a later report's part is no revision of an earlier report's whole ("30
people are missing"), and a brief that took it for one had dropped the 30 for the four
(key_choice.stale_tolls). English marks such a part in the count's clause by a focus
particle that sets it apart from the rest ("in Bangga alone", "the town itself":
words.toml's scope_limiters) or by a settlement's own name given as a part ("in the
village of Bangga", "in the town of X": words.toml's settlement_nouns).

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
