"""A rate's level: the percent a sentence sets a rate it names at ("cut its benchmark
interest rate by 50 basis points to 4.25%", "kept its repo rate unchanged at 7.00%"), or
gives a measured rate as ("voter turnout was 63.4 percent", "turnout stood at 38
percent", "a turnout of 61 percent").

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
_REACH = 90


@cache
def _rate_before() -> re.Pattern[str]:
    """A named rate, then at most its change by a step and one word ("unchanged",
    "steady"), then "to" or "at" before the level: nothing else may stand between, or
    the percent may be another thing's ("the interest rate on loans to farmers ...")."""
    rates = alternation(named_rates())
    steps = alternation(words()["rate_steps"])
    return re.compile(
        rf"\b(?P<rate>{rates})(?: by (?:{NUMBER})[ -](?:{steps}))?"
        r"(?:(?: [a-z]+)? (?:to|at)"
        # "voter turnout in the parliamentary election was": a place or an event may
        # qualify the rate before its verb, though not before "to" or "at" (the rate of a
        # loan "to farmers ... at")
        r"|(?: (?:in|for|across|among) (?:[\w'’-]+ ){0,4}?[\w'’-]+)?"
        r" (?:is|was|were|(?:has |had )?(?:reached|hit|stood at|stands at))| of)"
        r"(?: about| around| nearly| almost)? \Z",
        re.IGNORECASE,
    )


@cache
def named_rates() -> frozenset[str]:
    """The rates a percent may be the level of: a policy's, set by a body, and a measure's,
    counted ("turnout", "the unemployment rate": words.toml's measured_rates)."""
    return frozenset(words()["policy_rates"] | words()["measured_rates"])


def rate_start(text: str, start: int) -> int:
    """Where a percent's figure starts when the rate it is the level of is named just
    before it: at that rate's name; else `start`."""
    found = _rate_before().search(text, max(0, start - _REACH), start)
    return found.start("rate") if found is not None else start


def names_rate(text: str) -> bool:
    """Whether a percent's figure opens with the rate it is the level of (rate_start)."""
    return text.lower().startswith(tuple(f"{rate} " for rate in named_rates()))


def rate_step(noun: str) -> bool:
    """Whether a counted noun ("basis points") is what a rate moves by."""
    return noun.lower() in words()["rate_steps"]
