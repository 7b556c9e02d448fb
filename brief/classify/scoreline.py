"""A result written in numbers ("beat Wales 11-9"): a game, not a battle.

The sentence is given the word "scoreline", so a profile can weigh a result like any other
cue; a span of days or a range of amounts ("7-11 April", "10-15%") is no result. Where a
result stands (`scoreline_at`) is how the text writes numbers, extract.figures.notation's:
the stories ask it too, whether a text gives a score.
"""

from __future__ import annotations

# A result written as numbers ("beat Wales 11-9", "won 6-3 6-0") is a scoreline: the
# sentence gets the word, so a profile can weigh it like any cue (a game is no battle).
SCORELINE = "scoreline"
