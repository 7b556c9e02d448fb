"""The bodies and craft of a report's lead: a country's body (its central bank, its
ministry) and a ship by its name.

Two central banks deciding on one day, or two ships attacked by one militia, share every
word of their field; what tells them apart is whose the body or the ship is.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import cache

from brief.extract import lexicon
from brief.stories.apart.countries import country_spans, country_words
from brief.stories.apart.mentions import lines_naming_all
from brief.stories.texts import SUBJECT_SENTENCES, Text, names_body, plain_term


def lead_bodies(texts: Sequence[Text]) -> list[dict[str, frozenset[str]]]:
    """Per text: the bodies its headline and first sentence give with their country, by
    head word ("Paraguay's central bank", "Peru central bank", "the Central Bank of
    Paraguay", "the Guatemalan Constitutional Court": bank -> Paraguay; see other_bodies)."""
    found = []
    for text in texts:
        tokens = text.written_lead
        spans = country_spans(tokens, text.regions)
        heads = _body_heads()
        bodies: dict[str, set[str]] = defaultdict(set)
        for start, end, country in spans:
            # the country, at most one word between, then the head: "Peru's central bank"
            for at in (end, end + 1):
                if at < len(tokens) and (head := plain_term(tokens[at].casefold())) in heads:
                    bodies[head].add(country)
                    break
            # the head, "of", the country: "the Central Bank of Paraguay"
            if (
                start >= 2
                and tokens[start - 1] == "of"
                and (head := plain_term(tokens[start - 2].casefold())) in heads
            ):
                bodies[head].add(country)
        found.append({head: frozenset(c) for head, c in bodies.items()})
    return found


@cache
def _body_heads() -> frozenset[str]:
    """The head words of a country's bodies (words.toml's organisation_heads and
    company_nouns: "court", "ministry", "bank")."""
    return lexicon.joined("organisation_heads", "company_nouns")


def other_bodies(
    bodies: Sequence[dict[str, frozenset[str]]],
    spoken: Callable[[int], frozenset[str]],
    one: int,
    other: int,
) -> bool:
    """Whether two texts' leads tell what one kind of body of two countries did: both give
    a body of one head word ("central bank"), each of a country the other never tells (its
    lead never names it, and at most PASSING_LINES of its sentences do). Reports of one
    decision name its body and its country alike; two central banks deciding on one day
    are two events, though each report may recall the other's in a line ("on the same day
    that Peru's central bank trimmed its own rate"), where placed_elsewhere asks that
    neither names the other's country at all. A neighbour's reaction leads with another
    kind of body (its foreign ministry), or names the event's country in its lead; each
    side's army in a border clash names the other side's again and again.

    `spoken`: a text's spoken_of, by its index (read only when asked)."""
    mine, theirs = bodies[one], bodies[other]
    return any(
        not mine[head] & spoken(other) and not theirs[head] & spoken(one)
        for head in mine.keys() & theirs.keys()
    )


def own_bodies(texts: Sequence[Text], one: list[int], other: list[int]) -> bool:
    """Whether two groups each open on a body of their own: a body by its full name that
    the first sentences of at least half of a group's reports open on (Text.bodies: "The
    International Monetary Fund ...", "The Bank of Canada ..."), which no report of the
    other group names. Reports of a decision name the body that took it, whatever their
    angle (the currency's fall, a mortgage holder's questions); an outlook of one body
    and a rate cut of another on one day share their whole vocabulary (growth,
    inflation, forecasts), and neither is the other's story."""

    def own(group: list[int], others: list[int]) -> bool:
        opened = Counter(body for i in group for body in texts[i].bodies)
        return any(
            2 * n >= len(group) and not any(names_body(texts[k], body) for k in others)
            for body, n in opened.items()
        )

    return own(one, other) and own(other, one)


def own_agents(texts: Sequence[Text], one: list[int], other: list[int]) -> bool:
    """Whether two groups tell one kind of act by two agents: at least half the reports
    of each open on an agent as the subject of their act (Text.agent_act: "Halvard
    Ratings cut Romania's long-term rating", "Sterling & Coe downgraded Romania's
    sovereign rating"), each group on one agent only, the two agents two organisations
    (no word of one's name in the other's, nor one's initials as a word of the other's:
    not "Halvard Ratings" and "Halvard", nor a ticker), and the acts one kind: one verb
    done to one party, or what of one party is acted on ("Romania's ... rating"). Two
    agencies' downgrades of one country on two days, or two regulators' fines of one
    platform, share their whole vocabulary, and a report of the second recalls the
    first; but each names its own agent as the one who acted. One agent's act retold
    names that agent in every report."""

    mine = one_agents_acts([texts[i].agent_act for i in one])
    theirs = one_agents_acts([texts[i].agent_act for i in other])
    return other_agents_act(mine, theirs)


Act = tuple[frozenset[str], str, str, str]  # see brief.stories.texts.agent_act


def one_agents_acts(acts: Sequence[Act | None]) -> list[Act]:
    """The acts of a group's reports (Text.agent_act, none where a lead gives none) where
    at least half give one and all those name one agent; else none."""
    found = [act for act in acts if act is not None]
    if not found or 2 * len(found) < len(acts) or len({act[0] for act in found}) != 1:
        return []
    return found


def other_agents_act(mine: Sequence[Act], theirs: Sequence[Act]) -> bool:
    """Whether two groups' acts (see one_agents_acts) are one kind of act by two
    organisations (see own_agents)."""
    if not mine or not theirs:
        return False
    agent, others = mine[0][0], theirs[0][0]
    if agent & others or _initials_of(agent, others) or _initials_of(others, agent):
        return False
    return any(
        a[2] == b[2] and (a[1] == b[1] or (a[3] and a[3] == b[3])) for a in mine for b in theirs
    )


def _initials_of(name: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a name writes another by its initials: a word of it of the other's first
    letters, or its words those letters one by one ("HR", or "S&C" read as "s" and "c")."""
    letters = sorted(word[0] for word in other)
    return any(sorted(word) == letters for word in name) or (
        all(len(word) == 1 for word in name) and sorted(name) == letters
    )


def own_craft(texts: Sequence[Text], one: list[int], other: list[int]) -> bool:
    """Whether two groups tell what befell two ships: the leads of each name a ship by its
    kind or prefix (Text.craft: "the bulk carrier Amina Rahal", "MV Sea Falcon") that no
    lead of the other names so, nor any report of the other in its opening or in more
    than one line. A ship is the object of a sea incident as a person is of an arrest:
    two attacks of one day, claimed by one militia in one spokesman's words and told by
    one wire in one template, are two events, each report naming its own hull; a report
    of one may recall the other's ship in a line (a change of command "two days after
    its frigate escorted the Amina Rahal"). A ship both leads name (the task group's
    frigate that escorts either) tells neither apart.

    A group's ship is one at least half its reports that lead with a ship lead with (an
    advisory centre's notice names none: "a merchant vessel was struck"): a claim of several attacks
    ("struck the ANNA PETROVA and two other ships ... the tanker CAPTAIN HADLEY had been
    set on fire") leads with every ship it claims, and once it joins the story of one of
    them, the other's ship is no ship of that story (r69 F1: a tanker approached by skiffs
    the next day had joined the bulk carrier's story through the claim)."""
    countries = country_words()  # a flag or a state is no ship's name ("the vessel Iran seized")

    def led(group: list[int]) -> set[tuple[str, ...]]:
        crafts = [{c for c in texts[i].craft if not set(c) <= countries} for i in group]
        counted = Counter(craft for named in crafts for craft in named)
        leading = sum(1 for named in crafts if named)  # a notice may name no ship
        return {craft for craft, n in counted.items() if 2 * n >= leading}

    mine, theirs = led(one), led(other)

    def own(crafts: set[tuple[str, ...]], others: list[int]) -> bool:
        return any(not any(_gives_craft(texts[k], craft) for k in others) for craft in crafts)

    if not mine or not theirs:
        return False
    return own(mine - theirs, other) and own(theirs - mine, one)


def _gives_craft(text: Text, craft: tuple[str, ...]) -> bool:
    """Whether a text names a ship in its opening or in more than one sentence: all its
    name's words in one sentence."""
    lines = lines_naming_all(text, craft)
    return len(lines) > 1 or any(k < SUBJECT_SENTENCES for k in lines)
