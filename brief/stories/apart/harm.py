"""People harmed beside a happening of their place and day: one group's leads tell the
dead and wounded, the other's a happening of its own, each recalling the other in a line or
two at most.

A convoy attacked on the afternoon its mission's mandate was renewed shares its place, its
day and its actors with the renewal; only the kinds of verb of their leads differ.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from brief.extract import lexicon
from brief.stories.apart.mentions import NEAR_DAYS, PASSING_LINES, lines_with, small_letters
from brief.stories.texts import LEAD_SENTENCES, Text

# Two groups of two kinds of verb (see harm_in_passing): this many reports of the one
# whose leads tell no harm lead with a word of its own happening. A single report's own
# lead words are as often its angle (an op-ed on a factory fire leads with its audits).
CALM_LEADS = 2


def harm_in_passing(
    texts: Sequence[Text], openings: Sequence[set[str]], one: list[int], other: list[int]
) -> bool:
    """Whether one group's leads tell people harmed and the other's a happening of their
    own, each recalling the other's in a line or two at most: two events of one place and
    day, of two kinds of verb. Most of the harmed group's headlines and first sentences
    give a casualty word (words.toml's casualties: "killed", "wounded"); none of the
    other's gives one, nor a rare word of what happened (see rare_openings; in small
    letters) that most of the harmed leads give; its reports give the casualties in a
    line or two past their leads at most, one of them at least, and most of its leads,
    CALM_LEADS at least, give a rare word of their own that no harmed lead gives and
    the harmed reports give in a line or two past their leads, one of them at least:
    each recalls the other.

    A mission's mandate renewed by a council on the afternoon its peacekeepers were
    ambushed shares the mission, the country and the day, and its reports recall the
    dead ("a minute's silence for two peacekeepers killed earlier in the day"); the
    attack's reports recall the vote's mandate in a line. A reaction to an attack, its
    market move or its funerals name the attack in their leads ("oil jumps after drone
    strike on terminal"), in the words its own reports lead with; a victim's portrait
    leads with what the attack's reports never tell (a miner who wanted to teach)."""
    for calm, harmed in ((one, other), (other, one)):
        if _harm_recalled(texts, openings, calm, harmed):
            return True
    return False


def _harm_recalled(
    texts: Sequence[Text], openings: Sequence[set[str]], calm: list[int], harmed: list[int]
) -> bool:
    """harm_in_passing, one way round: `harmed` the group whose leads tell the harm."""
    hurt = _casualty_words()
    if 2 * sum(bool(hurt.intersection(texts[i].lead)) for i in harmed) <= len(harmed):
        return False
    if any(hurt.intersection(texts[i].lead) for i in calm):
        return False
    happened = Counter(w for i in harmed for w in small_letters(texts[i], openings[i]))
    told = {w for w, n in happened.items() if 2 * n > len(harmed)}
    if any(told & openings[i] for i in calm):
        return False  # it leads with the harmed event, as its reports tell it
    recalled = False
    for i in calm:
        lines = sorted({k for word in hurt for k in lines_with(texts[i], word)})
        if len(lines) > PASSING_LINES or (lines and lines[0] < LEAD_SENTENCES):
            return False
        recalled = recalled or bool(lines)
    if not recalled:
        return False
    led = Counter(w for i in calm for w in small_letters(texts[i], openings[i]))
    harmed_led = set().union(*(openings[i] for i in harmed))
    for word, n in led.items():
        if n < CALM_LEADS or 2 * n <= len(calm) or word in harmed_led:
            continue  # (one report's own lead words are its angle: an op-ed's "audit")
        recalling = [lines_with(texts[i], word) for i in harmed]
        if any(recalling) and all(
            len(lines) <= PASSING_LINES and (not lines or lines[0] >= LEAD_SENTENCES)
            for lines in recalling
        ):
            return True  # each recalls the other's happening, as another event
    return False


def harm_untold(
    texts: Sequence[Text], openings: Sequence[set[str]], one: list[int], other: list[int]
) -> bool:
    """Whether one group's leads tell people harmed and the other group, of CALM_LEADS
    reports or more, never tells anyone harmed at all, and leads with a happening of its
    own: most of its leads give a rare word in small letters (see rare_openings) that no
    harmed lead gives, and fewer than half of them give a rare word of what happened that
    most of the harmed leads give.

    A report of a deadly event says who died, whatever its angle: a reaction, an inquiry,
    a market move recall the dead ("the march in which three people were killed"). Reports
    of one election's count, a party's claim and the commission's reply, which never tell
    a death, are another event than a march broken up that evening with three killed,
    though all name the country, the candidates and the capital: its background, not its
    event. A single report may tell its angle and never the dead (an op-ed on a fire's
    audits): two or more are asked for, as harm_in_passing asks. Only among reports all
    dated within NEAR_DAYS of each other: a story told over weeks (a bombing, then its
    suspects' trial) has later reports that need not recount its dead."""
    days = [day for i in one + other if (day := texts[i].day) is not None]
    if len(days) < len(one + other) or (max(days) - min(days)).days > NEAR_DAYS:
        return False  # a story told over weeks: its later reports (a trial) may not recount
    hurt = _casualty_words()
    for calm, harmed in ((one, other), (other, one)):
        if len(calm) < CALM_LEADS:
            continue
        if 2 * sum(bool(hurt.intersection(texts[i].lead)) for i in harmed) <= len(harmed):
            continue
        if any(hurt.intersection(texts[i].words) for i in calm):
            continue  # it tells the harm somewhere: harm_in_passing reads how
        happened = Counter(w for i in harmed for w in small_letters(texts[i], openings[i]))
        told = {w for w, n in happened.items() if 2 * n > len(harmed)}
        if 2 * sum(bool(told & openings[i]) for i in calm) >= len(calm):
            continue  # it leads with the harmed event, as its reports tell it
        led = Counter(w for i in calm for w in small_letters(texts[i], openings[i]))
        harmed_led = set().union(*(openings[i] for i in harmed))
        if any(2 * n > len(calm) and word not in harmed_led for word, n in led.items()):
            return True
    return False


@cache
def _casualty_words() -> frozenset[str]:
    """words.toml's casualties: the words that tell people killed or hurt."""
    return frozenset(lexicon.words()["casualties"])
