"""The role the text gives a person, in its own words: nothing is looked up or invented.

Four shapes: a title before the name ("Russian Foreign Minister Sergey Lavrov"), an
apposition after it ("Jack Straw, UK Foreign Secretary,"), a described source before
an apposed name ("a spokesman for the UN, Stephane Dujarric,"), and a described
apposition ("Bruce Mate, the lead author of the study,"). "Ex-", "former" and "acting"
stay in the role: a former minister is not a minister. An office the sentence appoints
the person to ("was named chief executive") is their role as of the article.

One module a job:

role_words         the tests of one word that every reader below asks
dated_roles        the words that date a role ("former", "ex-", "the 2002 champion")
noun_phrases       a noun phrase or a clause, and where a noun phrase's head stands
title_scan         a title read back from the word before a name (`TitleScan`)
title_before       how much of that title is the name's own (`role_before`)
apposition_bounds  where a phrase set off by a comma after a name opens and ends
appositions        a title in apposition after a name (`apposition`)
descriptions       a person described rather than titled, before or after the name
appointments       the office a sentence appoints a person to (`appointed`), or says
                   they held for a span that closed (`office_held_then`)
since_then         a death or a retirement that dates a title ("late", "retired")
text_heads         the offices a text shows in words no list holds ("the kagawad said")

Callers import from here: these are the names other modules use.
"""

from __future__ import annotations

from brief.extract.actors.roles import text_heads
from brief.extract.actors.roles.appointments import (
    appointed,
    command_handed_over,
    office_held_then,
)
from brief.extract.actors.roles.appositions import apposed_now, apposition, held_where
from brief.extract.actors.roles.dated_roles import (
    as_former,
    dated_start,
    ending_may_be_stale,
    past_word,
    without_demonym,
)
from brief.extract.actors.roles.descriptions import described_apposition, described_before
from brief.extract.actors.roles.role_words import (
    adjective_not_rank,
    country_possessive,
    is_head,
    rank_only,
    role_word_set,
    shared_title,
    use_text_heads,
)
from brief.extract.actors.roles.title_before import after_an_ending, ended_title, role_before

__all__ = [
    "as_former",
    "ending_may_be_stale",
    "past_word",
    "without_demonym",
    "adjective_not_rank",
    "apposed_now",
    "after_an_ending",
    "appointed",
    "office_held_then",
    "command_handed_over",
    "apposition",
    "held_where",
    "country_possessive",
    "dated_start",
    "ended_title",
    "described_apposition",
    "described_before",
    "is_head",
    "rank_only",
    "role_before",
    "role_word_set",
    "shared_title",
    "text_heads",
    "use_text_heads",
]
