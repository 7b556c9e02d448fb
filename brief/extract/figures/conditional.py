"""Figures a condition sets: a threshold, not what happened.

"The airport would close if winds exceeded 90 km/h" gives no wind that blew: 90 km/h is
the bar a plan is set against (r60 F12 had shown it as a storm's key figure). A figure in
a clause opened by a word of condition (words.toml's condition_openers: "if", "unless")
is such a bar, whatever the clause's tense, and is no key figure; a gap is better than a
threshold shown as a fact. Not "as if", a likeness, nor "even if", which as often grants
what happened; and the clause ends at a mark or at a word that opens another clause, so
"if the rain stops, 40 people will be moved" keeps its 40 to the main clause.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.figures.found_figure import FoundFigure
from brief.extract.lexicon import alternation, words

# What ends a condition's clause before the figure: a mark, or a clause's own opener.
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013\"“”]|\b(?:and|but|then|while|whereas)\b")
_REACH = 120  # characters before the figure a condition may open its clause


@cache
def _condition() -> re.Pattern[str]:
    openers = alternation(words()["condition_openers"])
    return re.compile(rf"(?<!\bas )(?<!\beven )\b(?:{openers})\b", re.IGNORECASE)


def in_condition(text: str, figure: FoundFigure) -> bool:
    """Whether the figure stands in a clause a word of condition opens, with no break
    between them ("would close if winds exceeded 90 km/h")."""
    begin = max(0, figure.start - _REACH)
    found = list(_condition().finditer(text, begin, figure.start))
    if not found:
        return False
    return _CLAUSE_END.search(text, found[-1].end(), figure.start) is None
