"""Events: group-average linkage on the neighbour graph, merging two groups while their
mean similarity stays at the bar (`_needed`) and no test of apart keeps them apart.

Average linkage, unlike single linkage, does not chain two earthquakes together
through one article that mentions both.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence

from brief.extract import lexicon
from brief.stories.apart import (
    CORE_SHARE,
    PARTICULAR_GROUP,
    PARTICULAR_SHARE,
    SUBJECT_PENALTY,
    Named,
    apart_events,
    before_the_event,
    called_separate,
    caused_decision,
    chained_groups,
    commentary_beside,
    core_in_passing,
    country_words,
    digest_beside,
    event_in_passing,
    follows_the_story,
    harm_in_passing,
    harm_untold,
    lead_bodies,
    lead_places,
    lead_regions,
    leads_with_its_own,
    leads_with_two,
    market_beside,
    measured_otherwise,
    misses_its_who,
    named_in_passing,
    no_common_subject,
    of_an_earlier_year,
    on_other_days,
    one_scene,
    openers,
    other_bodies,
    own_actors,
    own_agents,
    own_bodies,
    own_craft,
    own_event_names,
    own_measures,
    own_moments,
    own_names,
    own_result,
    own_whos,
    particular,
    placed_elsewhere,
    placed_on_other_days,
    places_only,
    rare_names,
    rare_openings,
    rare_subjects,
    recalled_each_other,
    recalled_elsewhere,
    recalled_report,
    roundup_beside,
    shared_subject,
    spoken_of,
    stamped_apart,
    strangers,
    subject_counts,
    subject_in_passing,
    tells_its_own,
    tighter,
    told_places,
)
from brief.stories.apart.rare_words import SUBJECT_GENERAL_SHARE, SUBJECT_MIN_LENGTH
from brief.stories.similarity import (
    general_shares,
    neighbour_graph,
    tfidf_matrix,
    without_terms,
)
from brief.stories.texts import Text

# Two groups of texts are one story while the mean cosine between their members stays at
# or above a bar (see _needed). Same-event reports written independently share the
# event's names, place, date and figures; look-alike events share mostly the vocabulary
# of the event type. The bar depends on two things:
# - how much the idf rests on the pile itself. In a big pile (hundreds of texts) it
#   does, and a group has many candidate partners, so the bar is MERGE_THRESHOLD (0.08:
#   below it, the best of many noisy means joins different events). In a small pile the
#   idf leans on general English (see _idf), and a story is a large share of the pile:
#   its reports, told over days, meet at a lower mean, SMALL_MERGE_THRESHOLD.
# - how many pairs of texts the mean is over. Two single reports of one desk's news
#   (two athletics meets, two firms' results) share a name and a field; one pair's
#   similarity is one noisy sample, a mean over many is not. In a small pile two single
#   texts need PAIR_THRESHOLD; the extra falls with the number of pairs (1/pairs).
# Tuned on half A of the small and big piles of tools/eval_stories.py; half B checks.
MERGE_THRESHOLD = 0.08
SMALL_MERGE_THRESHOLD = 0.04
PAIR_THRESHOLD = 0.25


# Two checks hold in a pile of BIG_PILE or more texts only. In smaller ones (DUC's 89,
# Multilingual's 100, the piles of 2 to 4 stories) they split stories told over weeks
# (small-pile F1 of Multilingual half A .879 -> .765 for the subject check, -> .858 for
# the particulars check with no stray) and kept no BBC pile cleaner.
BIG_PILE = 150


def _place_and_counts(text: Text, named: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """A text's opening subjects, less days and months ("Wednesday", "June": any two
    reports of a day share them), and its opening counts (see Text.lead_counts): two texts sharing
    one of each are one event, however they word it ("Shirak earthquake death toll rises
    to 17" and "Gyumri residents sleep in tents ...; toll at 17"). Two look-alike events
    do not share both their place and their numbers. `named`: its names that open its
    headline or first sentence (see opening_names)."""
    calendar_words = lexicon.weekday_names() | lexicon.month_names()
    return (text.subjects | named) - calendar_words, set(text.lead_counts)


def opening_names(texts: Sequence[Text]) -> list[frozenset[str]]:
    """Each text's words that open its headline or first sentence (Text.openers) and that
    another text of the pile writes as a name, within a sentence, where general English
    rarely uses them (as rare_subjects reads a name). A first word's capital says nothing
    of it, but the other reports' do: an agency's bulletin titles its event by its name
    ("Tarsa dam failure: situation at 18:00", over "The NCPA confirms 27 deaths"), which a
    wire report of that day's toll gives within its lead ("... two days after the
    collapse of the Tarsa dam, as the death toll rose to 27"): one place and one count
    (r68 F8: the bulletin had been a story of its own, and a daily brief's new story)."""
    by_name = Counter(name for text in texts for name in set(text.names))
    candidates = sorted(
        {word for text in texts for word in text.openers if len(word) >= SUBJECT_MIN_LENGTH}
    )
    rare = {
        word
        for word, share in zip(candidates, general_shares(candidates).tolist(), strict=True)
        if share < SUBJECT_GENERAL_SHARE
    }
    return [
        frozenset(
            word for word in text.openers & rare if by_name[word] > (1 if word in text.names else 0)
        )
        for text in texts
    ]


def link_events(texts: Sequence[Text]) -> list[list[int]]:
    """Group-average linkage on the neighbour graph, stopped at the bar of _needed; two
    groups with names of their own (see own_names) never merge, and two single texts
    with subjects of their own (see apart_events) start a story only on stronger evidence."""
    if len(texts) == 1:
        return [[0]]
    matrix, prior, terms = tfidf_matrix(texts)
    edges = neighbour_graph(matrix)
    # Per group: the sum of its rows without the country words' columns (see places_only).
    placeless = without_terms(matrix, country_words(), terms)
    unplaced = {i: placeless[i] for i in range(len(texts))}
    # ... and without the weekdays' too, for a single report beside a story: any two
    # reports of one day share its name, as two of one country share the country's, and a
    # lone report alike to a story by those alone tells another event of that country's
    # day (r73 F9: a central bank's quarterly remittances, "said on Tuesday", had joined a
    # border crisis by Tajikistan and Tuesday). A story's reports met many of each other's
    # words besides, and one of them may name its day where the others do not.
    day_terms = country_words() | lexicon.weekday_names()
    dayless = without_terms(matrix, day_terms, terms)  # a single report's row: dayless[i]
    # Two reports of one place and one count are one event, however they word it (see
    # _place_and_counts): their link is raised to the bar, past the subject penalty.
    first_names = opening_names(texts)
    opened = [
        _place_and_counts(text, named) for text, named in zip(texts, first_names, strict=True)
    ]
    sure = {
        (i, j)
        for i, row in edges.items()
        for j in row
        if i < j and opened[i][0] & opened[j][0] and opened[i][1] & opened[j][1]
    }
    subjects = rare_subjects(texts)
    rare_opened = rare_openings(texts) if prior > 0 else []  # English: see rare_subjects
    places = lead_places(texts)
    regions = lead_regions(texts) if prior > 0 else []  # (English: a compass word)
    bodies = lead_bodies(texts)
    if rare_opened:
        sure |= {
            (i, j)
            for i, row in edges.items()
            for j in row
            if i < j and one_scene(texts, subjects, rare_opened, places, i, j)
        }
    for i, j in sure:
        edges[i][j] = edges[j][i] = max(edges[i][j], _needed(1, prior))
    members: dict[int, list[int]] = {i: [i] for i in range(len(texts))}
    # Per group: in how many of its texts each name occurs.
    named: dict[int, Counter[str]] = {i: Counter(t.names.keys()) for i, t in enumerate(texts)}
    # Per group: in how many of its headlines and first sentences each name is given
    # (who or where its event is).
    heads: dict[int, Counter[str]] = {i: Counter(t.subjects) for i, t in enumerate(texts)}
    # Per group: in how many of its texts each year is a date of its own (see _own_years),
    # and in how many each year is mentioned at all.
    dated: dict[int, Counter[int]] = {i: Counter(t.dated) for i, t in enumerate(texts)}
    years: dict[int, Counter[int]] = {i: Counter(t.years) for i, t in enumerate(texts)}
    # Per group: in how many of its leads each decimal measure is given (see own_measures).
    measured: dict[int, Counter[str]] = {i: Counter(t.measures) for i, t in enumerate(texts)}
    # links[a][b]: the sum of similarities between the members of clusters a and b.
    links: dict[int, dict[int, float]] = {i: dict(edges.get(i, {})) for i in members}
    inner: dict[int, float] = {i: 0.0 for i in members}  # sum of similarities within
    told_cache: dict[int, frozenset[str]] = {}
    names_cache: list[list[frozenset[str]]] = []

    def kept(i: int) -> frozenset[str]:  # see rare_names: read when first asked
        if not names_cache:
            names_cache.append(rare_names(texts))
        return names_cache[0][i]

    def told(i: int) -> frozenset[str]:  # see told_places: read when first asked
        if i not in told_cache:
            told_cache[i] = told_places(texts[i])
        return told_cache[i]

    spoken_cache: dict[int, frozenset[str]] = {}

    def spoken(i: int) -> frozenset[str]:  # see spoken_of: read when first asked
        if i not in spoken_cache:
            spoken_cache[i] = spoken_of(texts[i])
        return spoken_cache[i]

    english = prior > 0  # prior 0: not English (see _idf)
    penalty = SUBJECT_PENALTY if english else 1.0
    big = english and len(texts) >= BIG_PILE  # English only: see rare_subjects
    near = CORE_SHARE * _needed(1, prior)
    columns = matrix.T.tocsr()  # term -> the texts that use it
    openings = rare_opened if big else None  # (a big pile is English: read above)
    led_by = openers(rare_opened)  # the texts whose leads give each rare word
    counted = subject_counts(subjects)  # in how many texts' subjects each name is
    # A pair under the bar stays under it at the penalty (at most 1): only the pairs at
    # or above it are asked whether they are apart (2,300 of the 12,000 pairs of an
    # inbox of 1,000 articles).
    bar = _needed(1, prior)
    heap = [
        (
            -sim
            * (
                penalty
                if (a, b) not in sure and apart_events(texts, subjects, a, b, openings, places)
                else 1.0
            ),
            a,
            b,
        )
        for a, row in links.items()
        for b, sim in row.items()
        if a < b and sim >= bar
    ]
    heap = [item for item in heap if -item[0] >= bar]
    heapq.heapify(heap)
    next_id = len(texts)
    # Pairs of groups told apart as two actors' events (see own_actors). The bar falls
    # with the pairs a mean is over, so a group that has since taken in a third report
    # (an analysis naming both) may meet the other at a lower bar, its leads no longer
    # all giving its name: the pair stays apart however it meets again.
    actors_apart: list[frozenset[int]] = []
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # stale: one side has merged since
        if own_names(
            Named(named[a], heads[a], len(members[a]), dated[a], years[a]),
            Named(named[b], heads[b], len(members[b]), dated[b], years[b]),
        ):
            continue  # two events of one kind: each keeps naming what the other does not
        if actors_apart and any(pair <= {*members[a], *members[b]} for pair in actors_apart):
            continue  # two actors' events, met again through a third group
        if rare_opened and own_actors(texts, rare_opened, members[a], members[b]):
            actors_apart.append(frozenset(members[a] + members[b]))
            continue  # two actors' events: each group's leads open on a name of its own
        if rare_opened and caused_decision(
            texts,
            rare_opened,
            (members[a], Named(named[a], heads[a], len(members[a]))),
            (members[b], Named(named[b], heads[b], len(members[b]))),
        ):
            continue  # a new decision of its own actors, caused by the story's event
        if english and own_event_names(texts, members[a], members[b]):
            continue  # two events of two proper names: the Cedar Fire, the Cedar Creek Fire
        if own_measures(measured[a], len(members[a]), measured[b], len(members[b])):
            continue  # two quakes of one week: each measured what the other's leads never give
        if measured_otherwise(measured[a], len(members[a]), measured[b], len(members[b])):
            continue  # a price rise beside a rate decision: each lead gives its own measure
        if all(
            placed_elsewhere(places, x, y)
            or other_bodies(bodies, spoken, x, y)
            or (regions and placed_elsewhere(regions, x, y))
            for x in members[a]
            for y in members[b]
        ):
            continue  # two events in two countries (two earthquakes in one wire template),
            # or in two regions (a fire in northern Nevada, a fire in southern Oregon)
        if english and own_bodies(texts, members[a], members[b]):
            continue  # two bodies' decisions: each group opens on a body the other never names
        if english and own_agents(texts, members[a], members[b]):
            continue  # one kind of act by two agents: each group's leads name their own as its doer
        if own_craft(texts, members[a], members[b]):
            continue  # two ships' incidents: each group leads with a hull the other never names
        if of_an_earlier_year(texts, members[a], members[b]):
            continue  # an earlier year's event, retold on its anniversary, beside today's
        if stamped_apart(texts, members[a], members[b]):
            continue  # two incidents, each stamped with a day and hour the other never gives
        if own_moments(
            texts,
            members[a],
            members[b],
            Named(named[a], heads[a], len(members[a])),
            Named(named[b], heads[b], len(members[b])),
        ):
            continue  # two incidents of one day, hours apart, each with a name of its own
        if recalled_elsewhere(texts, subjects, places, told, members[a], members[b]):
            continue  # another country's event, which the other side only recalls
        if big and not shared_subject(texts, subjects, members[a] + members[b]):
            continue  # a desk's run of news (a tennis tour, an awards season), not one event
        if named_in_passing(texts, members[a], members[b], rare_opened):
            continue  # one report recalls the other event in one line ("came days after ...")
        if english and recalled_report(texts, subjects, kept, rare_opened, members[a], members[b]):
            continue  # a report of another event, which the story's reports recall in a line
        if rare_opened and recalled_each_other(
            texts, subjects, rare_opened, first_names, members[a], members[b]
        ):
            continue  # two happenings of one place, each recalling the other's in a line
        if english and subject_in_passing(
            texts, subjects, kept, members[a], members[b], rare_opened
        ):
            continue  # every report of one names the other's subject in a line or two
        if rare_opened and event_in_passing(
            texts, rare_opened, members[a], members[b], (subjects, kept) if english else None
        ):
            continue  # a new event of the story's place, which recalls the story in a line
        if rare_opened and harm_in_passing(texts, rare_opened, members[a], members[b]):
            continue  # a decision of the day of an attack, which recalls its dead in a line
        if rare_opened and harm_untold(texts, rare_opened, members[a], members[b]):
            continue  # an event of the day that never tells the dead of a march beside it
        if english and digest_beside(
            texts, subjects, kept, rare_opened, counted, members[a], members[b]
        ):
            continue  # a digest of the day's events, which tells the story in a line or two
        if english and roundup_beside(
            texts, subjects, kept, rare_opened, counted, members[a], members[b]
        ):
            continue  # a census of a period's events, which names the story in a line or two
        if rare_opened and leads_with_two(
            texts, subjects, rare_opened, led_by, members[a], members[b]
        ):
            continue  # a market report that leads with two events of the pile, a report of neither
        if rare_opened and market_beside(texts, kept, rare_opened, members[a], members[b]):
            continue  # a market's day, which names the story's event as its move's cause alone
        if english and commentary_beside(
            texts, subjects, kept, rare_opened, members[a], members[b]
        ):
            continue  # commentary that leads with none of the day's story's subjects
        if english and own_whos(texts, subjects, first_names, members[a], members[b]):
            continue  # two stories of one setting, one never naming the other's who
        if english and no_common_subject(
            texts,
            subjects,
            members[a],
            members[b],
            (_within(inner, members, a), _within(inner, members, b)),
            -negative,
        ):
            continue  # a story of its own subject beside a chain of its setting's events
        if called_separate(texts, subjects, members[a], members[b], rare_opened):
            continue  # a report of one calls the other's event a separate one
        if on_other_days(texts, subjects, members[a], members[b], rare_opened):
            continue  # one kind of event on two days, each with a subject of its own
        if placed_on_other_days(texts, members[a], members[b]):
            continue  # one kind of event on two days, each in a district of its own
        if rare_opened and before_the_event(texts, rare_opened, members[a], members[b]):
            continue  # a saga's earlier event, reported weeks before the story's
        if rare_opened and tells_its_own(texts, subjects, rare_opened, members[a], members[b]):
            continue  # a fire on its own ship, which no report of the story tells: its own event
        its_own = leads_with_its_own(texts, subjects, kept, members[a], members[b], rare_opened)
        if (its_own or english) and own_result(
            texts, members[a], members[b], None if its_own else subjects
        ):
            continue  # a match (or a vote) of its own, which the story's leads never score
        if its_own and misses_its_who(texts, subjects, first_names, members[a], members[b]):
            continue  # another event of the story's setting, which never names the story's who
        if its_own and follows_the_story(texts, subjects, members[a], members[b]):
            continue  # a new event of its own, whose lead recalls the story's as what came before
        if (
            its_own
            or strangers(texts, subjects, members[a], members[b])
            or (
                english
                and core_in_passing(texts, subjects, kept, members[a], members[b], rare_opened)
            )
        ) and -negative * penalty < _needed(len(members[a]) * len(members[b]), prior):
            continue  # a report of another event of the story's country and field
        sizes = sorted((len(members[a]), len(members[b])))
        lone = sizes[0] == 1 < sizes[1]  # a single report beside a story (see dayless)
        if places_only(
            dayless[a] if lone and len(members[a]) == 1 else unplaced[a],
            len(members[a]),
            dayless[b] if lone and len(members[b]) == 1 else unplaced[b],
            len(members[b]),
            _needed(len(members[a]) * len(members[b]), prior),
        ):
            continue  # two events of one country: alike by its name, capital and people alone
        if tighter(inner, members, a, b, -negative):
            continue  # two groups, each far more alike within than with the other
        if chained_groups(edges, members[a], members[b], near):
            continue  # a story's first three texts are each near the other two
        if big and sizes[0] == 1 and sizes[1] <= PARTICULAR_GROUP:
            pairs = sizes[1]
            own = sum(
                particular(matrix, columns, edges, one, other, near)
                for one in members[a]
                for other in members[b]
            )
            if own / pairs < PARTICULAR_SHARE * _needed(pairs, prior):
                continue  # alike by the pile's common stock (a desk's names), not their own
        inner[next_id] = inner.pop(a) + inner.pop(b) + links[a].get(b, 0.0)
        merged = members.pop(a) + members.pop(b)
        named[next_id] = named.pop(a) + named.pop(b)
        heads[next_id] = heads.pop(a) + heads.pop(b)
        dated[next_id] = dated.pop(a) + dated.pop(b)
        years[next_id] = years.pop(a) + years.pop(b)
        measured[next_id] = measured.pop(a) + measured.pop(b)
        unplaced[next_id] = unplaced.pop(a) + unplaced.pop(b)
        row_a, row_b = links.pop(a), links.pop(b)
        row: dict[int, float] = {}
        for other in set(row_a) | set(row_b):
            if other in (a, b):
                continue
            total = row_a.get(other, 0.0) + row_b.get(other, 0.0)
            row[other] = total
            peer = links[other]
            peer.pop(a, None)
            peer.pop(b, None)
            peer[next_id] = total
            mean = total / (len(merged) * len(members[other]))
            if mean >= _needed(len(merged) * len(members[other]), prior):
                heapq.heappush(heap, (-mean, min(next_id, other), max(next_id, other)))
        members[next_id] = merged
        links[next_id] = row
        next_id += 1
    return [sorted(m) for m in members.values()]


def _within(inner: dict[int, float], members: dict[int, list[int]], group: int) -> float:
    """A group's mean similarity between its own texts (0 for a single text)."""
    size = len(members[group])
    return inner[group] / (size * (size - 1) / 2) if size > 1 else 0.0


def _needed(pairs: int, prior: float) -> float:
    """The mean similarity two groups need to merge: lower in a small pile (`prior`
    near 1), but there higher for a mean over few pairs of texts: one pair's similarity
    is one noisy sample (two reports of one desk's news share a minister, a club, a
    season), a mean over many is not."""
    base = MERGE_THRESHOLD + prior * (SMALL_MERGE_THRESHOLD - MERGE_THRESHOLD)
    return base + prior * (PAIR_THRESHOLD - base) / pairs
