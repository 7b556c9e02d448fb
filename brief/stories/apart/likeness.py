"""The likeness a story must have beyond its mean similarity: terms of its own, tighter
within than with another group, a core all near, one subject most of it names, and more in
common than the places named.

Look-alike events meet the mean's bar by their field's words alone; without these bars
they chain into one story. linkage applies them with the bar.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.stories.texts import Text

if TYPE_CHECKING:
    from scipy import sparse


# Two single texts each with a subject (a name of its headline or first sentence, rare in
# general English: fewer than SUBJECT_GENERAL_SHARE of its texts hold it) that the other
# never mentions start a story only if their similarity times SUBJECT_PENALTY still meets
# the bar. Chosen on half A of the small piles and the BBC one-desk piles, checked on
# small piles of three other seeds and on BBC articles 64-127 of each desk: 0.5 keeps
# apart a few more one-desk pairs of the tuning piles (none more of the check piles)
# but costs Multi-News recall, whose scraped pages open on a photo agency or a site's
# name. A name of fewer than SUBJECT_MIN_LENGTH letters is an abbreviation ("Mo." for
# Missouri), which another report spells out.
SUBJECT_PENALTY = 0.7
# Two groups are one event only if what they share besides the places they name (the
# gazetteer's countries, their seats of government and demonyms: country_words) makes them
# alike at PLACE_SHARE of the bar on its own (see places_only): an airline's suspended
# routes to Riyadh and an insurer's debut on Riyadh's exchange share Saudi Arabia and
# Riyadh, nothing that happened. Two single reports must reach it without the one term
# they share most as well: one name alone is no event either. At 0.5, a border war
# and a government's fall lost their currency reports (pile10, pile8), alike to them
# mostly by the country.
PLACE_SHARE = 0.2

# A story of up to CORE_GROUP texts needs each pair of them at CORE_SHARE of the bar for
# a pair (see chained_groups). Tuned on half A of all the piles: 0.7 splits Multilingual's small
# piles (half A .879 -> .873), a core of 4 texts splits its whole set (.913 -> .899).
CORE_GROUP = 3
CORE_SHARE = 0.6

# A story of SHARED_SUBJECT_GROUP or more keeps one subject (a rare name of one of its
# headlines or first sentences) that at least SHARED_SUBJECT_SHARE of its texts mention
# (see shared_subject). Tuned on half A of the BBC piles of 250 articles and of the
# labelled sets: a share of 0.6 lets a tennis tour's reports stay one blob, 0.8 splits
# Multilingual's stories (sub-events told by a few of their reports each).
SHARED_SUBJECT_GROUP = 3
SHARED_SUBJECT_SHARE = 0.7

# A single text starts a story with another, or joins one of up to PARTICULAR_GROUP
# texts, only if the terms it shares with them that are their own (see particular) give
# the pairs, on average, PARTICULAR_SHARE of their bar by themselves. A term is a pair's
# own while at most PARTICULAR_STRAYS texts near neither use it. Tuned on half A of the
# BBC piles of 250 and of the labelled sets: no stray let a few Multi-News pairs apart
# (F1 half A .920 -> .903; a scraped page names what others far away name too); a share
# of 0.8, in piles of every size, split ECB+'s and Multilingual's small piles; judging
# joins to stories of up to 10 texts cost ECB+ F1 .923 -> .913.
PARTICULAR_SHARE = 0.5
PARTICULAR_STRAYS = 1
PARTICULAR_GROUP = 3

# Two groups of two or more texts merge only if their mean similarity to each other is
# at least COHESION_SHARE of the lower of their own means within (see tighter). Tuned on
# half A of all the piles: 0.5 kept apart look-alike events (ECB+ A precision .938 ->
# .950, Multi-News .955 -> .965, BBC 250 .732 -> .736) and split no story; 0.55 splits a
# DUC story (half A F1 .834 -> .780), 0.4 keeps fewer look-alikes apart.
COHESION_SHARE = 0.5

# A story of its own subject stays apart from a group of no common subject while their
# mean similarity is under CHAIN_SHARE of the story's own within (see no_common_subject).
# Chosen on r76's whole-corpus brief (its chained events met at 0.11 to 0.39 of their own
# likeness) and the labelled sets: at 0.5 Multilingual's B half lost a sub-event of one of
# its stories (F1 .846 -> .810); at 0.4 no set moved.
CHAIN_SHARE = 0.4


def particular(
    matrix: sparse.csr_matrix,
    columns: sparse.csr_matrix,
    edges: dict[int, dict[int, float]],
    one: int,
    other: int,
    near: float,
) -> float:
    """The similarity of two texts from the terms that are theirs: terms that the rest of
    the pile uses only in texts near one of the two (at most PARTICULAR_STRAYS elsewhere).

    What makes two reports one event is what they share and the pile does not: its
    people, place and figures, which only the other reports of that event repeat. Two
    reports of one desk are alike by the desk's stock (a party, its leader, the election),
    which the desk's other reports, near neither of them, use as well."""
    import numpy as np

    first = slice(matrix.indptr[one], matrix.indptr[one + 1])
    second = slice(matrix.indptr[other], matrix.indptr[other + 1])
    shared, at_first, at_second = np.intersect1d(
        matrix.indices[first], matrix.indices[second], assume_unique=True, return_indices=True
    )
    close = {one, other}
    for neighbour in (one, other):
        close.update(j for j, sim in edges.get(neighbour, {}).items() if sim >= near)
    own = 0.0
    for column, part in zip(
        shared.tolist(),
        (matrix.data[first][at_first] * matrix.data[second][at_second]).tolist(),
        strict=True,
    ):
        strays = 0
        for holder in columns.indices[columns.indptr[column] : columns.indptr[column + 1]]:
            if int(holder) not in close:
                strays += 1
                if strays > PARTICULAR_STRAYS:
                    break
        else:
            own += part
    return own


def tighter(
    inner: dict[int, float], members: dict[int, list[int]], one: int, other: int, between: float
) -> bool:
    """Whether two groups of two or more texts are each more alike within than
    1 / COHESION_SHARE times their mean similarity to each other.

    Reports of one event, told by a few outlets each, are about as alike across groups
    as within them. Two look-alike events (two Australian climbers' falls on Mount Cook,
    four years apart) form two tight groups whose likeness to each other is the field's
    (the mountain, the rescue, the climbing): high enough to pass the bar of a mean over
    many pairs, low beside the groups' own."""
    if min(len(members[one]), len(members[other])) < 2:
        return False
    within = min(
        inner[group] / (len(members[group]) * (len(members[group]) - 1) / 2)
        for group in (one, other)
    )
    return between < COHESION_SHARE * within


def chained_groups(
    edges: dict[int, dict[int, float]], one: list[int], other: list[int], floor: float
) -> bool:
    """Whether a story of at most CORE_GROUP texts would hold two that are not near.

    A story's core is its first few texts: each near each other, not chained through one.
    Two reports of one desk (a party's housing plan, the Budget) are a pair; a third
    report of that desk (the party's slogan) is near one of them by the desk's names and
    not the other. Larger groups are judged by their mean alone: a story told over weeks
    has sub-events that only some of its reports tell."""
    if len(one) + len(other) > CORE_GROUP:
        return False
    return any(edges.get(x, {}).get(y, 0.0) < floor for x in one for y in other)


def shared_subject(texts: Sequence[Text], subjects: Sequence[set[str]], group: list[int]) -> bool:
    """Whether most texts of a would-be story name one subject of its texts.

    Reports of one event keep naming who or where it is, whichever report is read. A
    desk's run of news (a tennis tour, an awards season, a party's week) is told by
    reports of its own subjects (Roddick in San Jose, Henman in Doha), each named by a few
    of the others only: words of the field and the names it shares (a party, its leader)
    make them alike, but no subject is common to most. Groups of fewer than
    SHARED_SUBJECT_GROUP texts are left to the pair tests (see apart_events), and a group whose
    texts name no rare subject at all cannot be judged so.
    """
    if len(group) < SHARED_SUBJECT_GROUP:
        return True
    candidates = set().union(*(subjects[member] for member in group))
    if not candidates:
        return True
    needed = SHARED_SUBJECT_SHARE * len(group)
    return any(
        sum(name in texts[member].terms for member in group) >= needed for name in candidates
    )


def places_only(
    one: sparse.csr_matrix, one_size: int, other: sparse.csr_matrix, other_size: int, needed: float
) -> bool:
    """Whether two groups are alike by the places they name alone: their mean similarity,
    less what the country words give, is under PLACE_SHARE of the bar `needed`. `one`,
    `other`: the sums of each group's TF-IDF rows without those columns (see
    similarity.without_terms). Reports of one event share what happened (its verbs and
    nouns), who did it beyond the country (a firm, a minister) or its figures; two events
    of one country, only its name, capital and people.

    Two single reports must be alike so without the one term they share most as well: a
    pair alike by one name (an airport, a player: a player's transfer talk and his club's
    cup hopes) is two events of that name; one event's reports share more than one of its
    particulars. A group's mean over many pairs already rests on more than one."""
    shared = one.multiply(other)
    single = shared.max() if one_size == other_size == 1 else 0.0
    mean = float(shared.sum() - single) / (one_size * other_size)
    return mean < PLACE_SHARE * needed


def _lead_subjects(texts: Sequence[Text], subjects: Sequence[set[str]], i: int) -> set[str]:
    """A text's rare subjects less the words of its teller (its outlet's name: a group's
    release opens on the group, "The Rights Network condemns ...", which tells who says
    it, not who or where its event is)."""
    return subjects[i] - texts[i].teller


def no_common_subject(
    texts: Sequence[Text],
    subjects: Sequence[set[str]],
    one: list[int],
    other: list[int],
    within: tuple[float, float],
    between: float,
) -> bool:
    """Whether a story of two or more reports, with a subject of its own, would join a
    group of two or more already chained from several events of one setting. The story's
    leads give its subject (a rare name most of them give and no lead of the group
    does), its reports are far more alike within than with the group (`between` under
    CHAIN_SHARE of its mean within, `within`: each side's), and the group's reports name
    that subject in a line or two past their leads at most; the group's leads share no
    subject at all (no rare name most of them give). One country's crisis (an arrest, a
    count of detentions, a reaction to an amnesty: alike by its people and its monitoring
    group) is such a group, and each of its events would join it in turn at a mean that
    falls as it grows (r76 F1: fourteen reports of three days in one story). One event's
    reports keep naming who or where it is: a story told over weeks keeps its who in most
    of its leads, and its reports tell a sub-event's subject beyond a line."""
    from brief.stories.apart.mentions import at_most_in_passing

    if len(one) < 2 or len(other) < 2:
        return False
    for (mine, theirs), tight in zip(((one, other), (other, one)), within, strict=True):
        if between >= CHAIN_SHARE * tight:
            continue
        led = Counter(name for i in mine for name in _lead_subjects(texts, subjects, i))
        own = {name for name, n in led.items() if n > len(mine) / 2}
        own -= {name for i in theirs for name in _lead_subjects(texts, subjects, i)}
        if not own or not all(at_most_in_passing(texts[i], name) for i in theirs for name in own):
            continue
        given = Counter(name for i in theirs for name in _lead_subjects(texts, subjects, i))
        if not any(n > len(theirs) / 2 for n in given.values()):
            return True
    return False
