"""The tests that keep two would-be stories apart however alike their words: names,
years, subjects, countries or days of their own, a looser bond between than within, a
core not all near, and likeness only by the pile's common stock.

Two look-alike events (two earthquakes in one wire template, one desk's run of news)
share a field's words; these tests read what tells one event from another.

Each job is a module of its own: mentions (where a text names something: its lead or a
line in passing, and its day), countries (the countries a text names or places its event
in), rare_words (the names and opening words general English seldom uses), likeness (the
bars of likeness beyond the mean), placing (where each report places its event), bodies (a
country's body or a ship a lead gives), lone_reports (a single report beside a story),
beside (a digest, a market report or commentary beside a story), in_passing (another event
recalled in a line or two), harm (people harmed beside a happening of their day), own_days
(days of their own), own_subjects (subjects of their own) and group_names (what a group
names, measures and dates). Of each other, they import only mentions, countries,
rare_words, likeness and lone_reports. This module gathers what other modules import
(linkage, live, the daily's recognition); none of the job modules imports it.
"""

from __future__ import annotations

from brief.stories.apart.beside import (
    commentary_beside,
    digest_beside,
    leads_with_two,
    market_beside,
    roundup_beside,
)
from brief.stories.apart.bodies import (
    Act,
    lead_bodies,
    one_agents_acts,
    other_agents_act,
    other_bodies,
    own_agents,
    own_bodies,
    own_craft,
)
from brief.stories.apart.countries import (
    country_words,
    lead_places,
    lead_regions,
    placed_elsewhere,
    spoken_of,
    told_places,
)
from brief.stories.apart.group_names import (
    Named,
    caused_decision,
    measured_otherwise,
    own_actors,
    own_event_names,
    own_measures,
    own_moments,
    own_names,
)
from brief.stories.apart.harm import harm_in_passing, harm_untold
from brief.stories.apart.in_passing import (
    core_in_passing,
    event_in_passing,
    named_in_passing,
    subject_in_passing,
)
from brief.stories.apart.likeness import (
    CORE_SHARE,
    PARTICULAR_GROUP,
    PARTICULAR_SHARE,
    SUBJECT_PENALTY,
    chained_groups,
    no_common_subject,
    particular,
    places_only,
    shared_subject,
    tighter,
)
from brief.stories.apart.lone_reports import (
    follows_the_story,
    leads_with_its_own,
    misses_its_who,
    own_result,
    own_whos,
    recalled_each_other,
    recalled_report,
    strangers,
    tells_its_own,
)
from brief.stories.apart.own_days import (
    before_the_event,
    of_an_earlier_year,
    on_other_days,
    stamped_apart,
)
from brief.stories.apart.own_subjects import apart_events, called_separate, one_occasion
from brief.stories.apart.placing import one_scene, placed_on_other_days, recalled_elsewhere
from brief.stories.apart.rare_words import (
    SUBJECT_GENERAL_SHARE,
    SUBJECT_MIN_LENGTH,
    openers,
    rare_names,
    rare_openings,
    rare_subjects,
    subject_counts,
)

__all__ = [
    "Act",
    "CORE_SHARE",
    "Named",
    "PARTICULAR_GROUP",
    "PARTICULAR_SHARE",
    "SUBJECT_GENERAL_SHARE",
    "SUBJECT_MIN_LENGTH",
    "SUBJECT_PENALTY",
    "apart_events",
    "before_the_event",
    "called_separate",
    "caused_decision",
    "chained_groups",
    "no_common_subject",
    "commentary_beside",
    "core_in_passing",
    "country_words",
    "digest_beside",
    "event_in_passing",
    "follows_the_story",
    "harm_in_passing",
    "harm_untold",
    "lead_bodies",
    "lead_places",
    "lead_regions",
    "leads_with_its_own",
    "tells_its_own",
    "leads_with_two",
    "market_beside",
    "misses_its_who",
    "measured_otherwise",
    "named_in_passing",
    "of_an_earlier_year",
    "on_other_days",
    "one_agents_acts",
    "one_occasion",
    "one_scene",
    "openers",
    "other_agents_act",
    "other_bodies",
    "own_agents",
    "own_bodies",
    "own_craft",
    "own_measures",
    "own_actors",
    "own_event_names",
    "own_moments",
    "own_names",
    "own_result",
    "own_whos",
    "particular",
    "placed_elsewhere",
    "placed_on_other_days",
    "stamped_apart",
    "places_only",
    "rare_names",
    "rare_openings",
    "rare_subjects",
    "recalled_each_other",
    "recalled_elsewhere",
    "recalled_report",
    "roundup_beside",
    "shared_subject",
    "spoken_of",
    "strangers",
    "subject_counts",
    "subject_in_passing",
    "tighter",
    "told_places",
]
