"""Counting mentions: one tally per actor, people merged by surname, companies by evidence.

Actors are ranked by how central they are to the text (mentions, then how early they
come), never by whether a role was found: the subject of an article named four times
outranks a passer-by with a title.

One module a job:

tally_record      one actor's tally, and tallies joined as one actor
person_tallies    people: a tally a person, opened, named in full and joined (`people`)
mention_evidence  which mentions are a person's
lone_words        whose a lone given name or inner surname is, per source
same_person       which tally a name belongs to (`Owners` keeps the answers)
name_forms        how two written forms of a person's name compare
mention_counts    each mention counted for its person
placed_names      names the text puts somewhere: places, not people
company_tallies   businesses, by their evidence (`companies`, `without_short_names`,
                  `employers_apart`)
current_roles     of a person's roles, the one current on the brief's day
employer_openings a title whose employer's name opens its sentence, given whole
owned_titles      "Its president, X": the body "its" stands for, given with the title
offices_to_come   "the governor-elect" as the role of the one a story elects governor
speaker_tallies   speakers no other rule admitted (`speakers_of`)
stool_names       a chief named again by his title and stool name's last word
ranking           the actors, most mentioned first (`ranked`)

Callers import from here: these are the names other modules use.
"""

from __future__ import annotations

from brief.extract.actors.tallies.company_tallies import (
    companies,
    employers_apart,
    without_short_names,
    without_things_written_short,
)
from brief.extract.actors.tallies.current_roles import (
    choose_current_roles,
    given_roles,
    holds_office,
    without_news_word,
    without_offices_given_away,
    without_successors_offices,
)
from brief.extract.actors.tallies.employer_openings import with_whole_employers
from brief.extract.actors.tallies.kin_owners import give_kin_owners
from brief.extract.actors.tallies.lone_words import with_clipped_given_names
from brief.extract.actors.tallies.owned_titles import give_owners
from brief.extract.actors.tallies.person_tallies import people
from brief.extract.actors.tallies.ranking import ranked
from brief.extract.actors.tallies.speaker_tallies import speakers_of
from brief.extract.actors.tallies.stool_names import with_chiefs_titled, with_styled_given_names
from brief.extract.actors.tallies.tally_record import Found, Tally

__all__ = [
    "Found",
    "Tally",
    "choose_current_roles",
    "without_news_word",
    "companies",
    "employers_apart",
    "give_kin_owners",
    "give_owners",
    "given_roles",
    "holds_office",
    "without_offices_given_away",
    "without_successors_offices",
    "people",
    "ranked",
    "speakers_of",
    "with_chiefs_titled",
    "with_clipped_given_names",
    "with_styled_given_names",
    "with_whole_employers",
    "without_short_names",
    "without_things_written_short",
]
