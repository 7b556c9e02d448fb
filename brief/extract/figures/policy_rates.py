"""A rate's level: the percent a sentence sets a rate it names at ("cut its benchmark
interest rate by 50 basis points to 4.25%", "kept its repo rate unchanged at 7.00%").

Alone, "4.25%" says nothing of what it is a share of, and the key figures put such a
bare share last: a trial's rate decisions had shown the peso's exchange rate instead of
the rate decided. The figure starts at the rate's name, as a share's starts at the
subject that changed by it (counted.changed_subject). The rates are words.toml's
policy_rates, and what a rate moves by its rate_steps ("basis points"), a change of a
percent rather than a count.
"""

from __future__ import annotations

import re
from functools import cache

from brief.extract.figures.number_reading import NUMBER
from brief.extract.lexicon import alternation, words

# How far before its percent a rate's name may stand: "monetary policy rate by 100 basis
# points to " is 40 characters.
_REACH = 80


@cache
def _rate_before() -> re.Pattern[str]:
    """A named rate, then at most its change by a step and one word ("unchanged",
    "steady"), then "to" or "at" before the level: nothing else may stand between, or
    the percent may be another thing's ("the interest rate on loans to farmers ...")."""
    rates = alternation(words()["policy_rates"])
    steps = alternation(words()["rate_steps"])
    return re.compile(
        rf"\b(?P<rate>{rates})(?: by (?:{NUMBER})[ -](?:{steps}))?(?: [a-z]+)?"
        r" (?:to|at)(?: about| around| nearly)? \Z",
        re.IGNORECASE,
    )


def rate_start(text: str, start: int) -> int:
    """Where a percent's figure starts when the rate it is the level of is named just
    before it: at that rate's name; else `start`."""
    found = _rate_before().search(text, max(0, start - _REACH), start)
    return found.start("rate") if found is not None else start


def names_rate(text: str) -> bool:
    """Whether a percent's figure opens with the rate it is the level of (rate_start)."""
    rates = words()["policy_rates"]
    return text.lower().startswith(tuple(f"{rate} " for rate in rates))


def rate_step(noun: str) -> bool:
    """Whether a counted noun ("basis points") is what a rate moves by."""
    return noun.lower() in words()["rate_steps"]
