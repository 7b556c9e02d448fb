"""The marks among a sentence's tokens at which the actors' and the quotes' rules stop or
start over, each set written once (tokens as brief.extract.actors.names tokenises)."""

from __future__ import annotations

# What ends an apposition, a role's phrase or a clause.
BREAKS = frozenset({",", ".", ";", ":", "(", ")"})
# ... and the double quotation marks, where a quotation opens or closes: a name's
# phrase ends there too.
QUOTED_BREAKS = BREAKS | {"“", "”", '"'}
# A dash as a token: spaced, it sets off an aside as commas do ("Lord Bingham - a senior
# law lord - said").
DASHES = frozenset({"-", "–", "—"})
# What a sentence opens again after: a capitalised word after it is a first word.
OPENERS = frozenset({"“", '"', "‘", "(", "—"})
