"""Key figures (numbers with what they count) and dates, and the timeline of dated events.

Patterns run in priority order over each sentence (money, percentages, dates, "-strong"
forces, counts and measures, durations, bare years) and a character span taken by one
is not reused by the next, so "February 10-20" is one date, not a date and a count.
A number is kept only with what it counts ("100,000 Russian soldiers"), because a bare
number is not a key figure. Years inside names ("Allied Determination 2022") are names,
and a measure that sizes a container ("a 50-kilogram bag of rice") a kind of bag.
A figure says what the text says: a qualifier is kept whole ("no less than £168bn"), a
range is one figure ("100-120 UK troops", "between 200 and 300 troops", "two to three
years", "from £199 to £9,500") and a vague quantity keeps its word ("several hundred UK
citizens"); the value of either is the least the text says (the lower bound; "several"
is 3), so it never sorts above it. "Three in ten U.S. citizens", "one in every 500
users" and "29 of 34 passes" are shares (30%, 0.2%, 85%), "two of the 21 crew were missing"
a count of two of a whole the text knows (two missing), and what a number counts is
the noun after a place or an abbreviation ("U.S. dollars").
A rate keeps what it is per, in its text, its `per` and, for a measure or a count, its
unit ("900,000 barrels per day", unit "barrels per day"; "$10 a share" stays USD, per
"share"), and so does an exchange rate ("about ₡495 per dollar"; a bare "3,100 to the
dollar" is money of no currency claimed). A volume in a trade's unit is a measure, scaled
by the unit ("1.1 mb/d" is 1,100,000 barrels per day, as "1.1 million bpd" is; "450 MW").
A toll's verb is every conjunct's: "At least 14 soldiers and three civilians were
killed" is one toll of 17, "At least 43 people, including 19 civilians, were killed"
one of 43, and "cost ... the lives of 17 soldiers" counts the dead; a toll
may be of one ("killing one dock worker", or a person described and not counted: "A
farmer injured when ... has died" is one dead) or leave its noun out ("and injuring
seven", "seven were injured"), and "two (2) seafarers" is one number written twice. A count of
people keeps what befell them ("at least 40 people had died", "212,000 people are
affected", "3,000 residents homeless", past an aside, a place or a relative pronoun:
"four people, not five, had died", "the 40 people who died") or the aid whose size it
gives ("water tanks for 20,000 people"); a count of "people" whose verb says what
befell them in words no reading keeps is none ("About 1,500 people returned home"), nor
is the price a demand names ("would be freed only in exchange for 20 jailed fighters"),
and a part its "including" ("including three deaths"), as a count of
the sick keeps the deaths joined to it ("214 suspected cases and six deaths"). A bare
"$" is the one other dollar its article writes ("NZ$", "Guyanese dollars", "A$"), and of
no currency otherwise: outlets write their own dollar so, wires the US one.

The timeline is of events: one row per sentence (its most precise date, its main
clause's before a cause's: "on Friday, after the attack on 2 December"; before a
relative clause's or a subject's participle's, "the estimate that NATO gave on Tuesday",
"A farmer injured ... on Tuesday has died, officials said on Wednesday"; a cause's date
alone makes none, "confirms 23 dead after the cyclone made landfall late on Sunday", nor
does a later clause to come after a past one, "requested talks, and the council will
meet on Thursday"),
one event one row however many reports tell it (`same_event`), and never a
date that only bounds a span ("since 2022", "from 1985 to 1992", "2007-2013", "between
November 2023 and early 2025", a "since" clause's "since the army took power in 2023"
and a date joined to a bound, "since coups in 2020 and 2021"), is a
comparison's base ("down from 20% in May 2002"), names a thing ("the 1957 film"),
describes a thing as it is now ("was built in 2014 and is carrying 54,000 tonnes"), or
is a thing's history told in a relative clause that closes the sentence ("said ...
pending the review of the code, which the junta suspended on Wednesday"), or
sits in a hypothetical, a forecast, an intention, a proviso or a question ("would be
more appropriate on 1 April", "expected in 2006", "..., providing it is ratified"), nor
a caption's, an age's ("who is 35 on April 28") or a line's without a verb ("December
19.").
A scheduled event ("will meet on 4 May") keeps its date, unless a report says it is to
come on a day the sentence gives the saying ("announced on Friday that power cuts will
be imposed from Monday, 7 December" is Friday's: the announcement), and a weekday is a date beside
the article's ("struck a tanker late on Sunday" in a Monday's report is the day before;
what a report says is planned or prepared is to come: "said it was preparing to airlift
... on Tuesday" is the next day, and so is what a thing is called or set "for": "has
called a general strike for Monday").
Key figures are what an analyst counts: the dead (a story's toll told as a running
total, "the number of soldiers killed ... has risen to 19", first; where the story's last
report counts none, the latest that does: `latest_tolls`), then the hurt and
the people a disaster struck, then counts, money, shares and measures, small spelled-out
counts ("two firms") and the people aid is for next, durations last, and never dates,
which the timeline shows, nor a time between two events or a place's distance from
another ("two days after the attack", "about 40 km to the north", "14nm W of Gull
Island") or its position or a course ("latitude 14 degrees North": `scene`), nor a
worked example's figures ("For a bulk carrier worth $30 million, that adds ...":
`conditional`), nor a cargo only a pronoun owns ("her 64,000 tonnes": `standing`), nor a
spelled-out count that refers back to what the text named ("the
two countries"), nor a count another report of its story says it revises ("..., one
more than the navy had reported"). Nor is a count its sentence gives as an earlier report's, revised
since ("Initial reports on Thursday had spoken of ... two soldiers killed", "the union
had reported", "an earlier toll of 12", "police initially said"): it is left out, not
put last, since it is no longer true and the list cannot say "earlier"; nor, for the same
reason, a count its sentence gives as hearsay ("Unverified social media posts claimed that
as many as 200 people had been killed", "rumours of 200 dead", "..., which could not be
verified", or a next sentence's "No official has confirmed the figure."), nor one a
report of the brief says another side disputes (", a toll the government disputes",
"The government denied that 40 people had died"),
wherever the brief gives the same count, nor the rival count set against it there, nor
the same claimant's same count in another report; nor one a clause after it withholds
(", not 40, but this is not confirmed and should not be quoted"), nor a count only the
press relays ("..., local media reported") where its story has a count of the same
casualties that a body gives as its own, nor one group of a list that names a toll's
people ("The dead were two police officers and a civilian"), nor a vague count in a
speaker's quoted phrase ('until "a few dozen provocateurs" arrived').
What is true of
its own time goes after today's figures (Figure.past): a count an earlier year dates
("in 2024", "last year", "down from $2.1bn a year earlier", or where a change started
however dated, "rose to 1.2% ..., from 1.0% on Tuesday"; not the change compared with
it, "up 12% from a year earlier", nor a count since then), a comparison's base its
words date earlier ("against 0.7 percent yesterday"; not a rival's "against 38.5 percent
for X"), a rate or share of last week or month ("quoted at 0.25 percent last week"), one
of what came before the event the sentence names ("had been killed before this week's
attack"), one in a clause on an earlier time ("the deadliest since August, when 17
soldiers were killed", "a raid on 3 August, in which ..."), and an earlier day's
report ("Yesterday, the manager said two crew were killed") that its article tells
again since ("the death toll rose to three").

One job a module, each using only those listed before it:
- `notation`: what the other modules read by: how months, years and dates are written,
  what a word is, and words.toml's [values] tables (the words that stand for a value);
- `dated_events`: which dates date an event (`event_dates`), which of a sentence's
  dates is its news's (`clauses`), and the timeline's rows (`rows`: `timeline`,
  `date_order`, `yearless`, `same_event`: whether two sources' rows tell one event;
  `planned_in_a_noun`: a row dating a noun's event another row tells with a verb);
- `found_figure`: the record of a figure in its sentence that the scan's steps pass on;
- `number_reading`: a number as written ("100,000", "2.5bn", "several hundred") and its
  value;
- `ranges`: the words before a number that its figure keeps, qualifiers ("up to"),
  ranges' lower bounds and signs ("minus"), and how its value reads against its text;
- `tense`: what a date's clause says of it (to come or past, and from when a verb of
  plan looks ahead: `prospect`) and whether an earlier year, or an event the sentence
  names after "before", dates a figure's clause;
- `earlier_counts`: the counts a sentence gives as an earlier report's, revised since
  (`superseded`, no figure) or told as an earlier day's (`told_earlier`);
- `hearsay`: the counts a sentence gives on a source it says nobody checked
  ("Unverified posts claimed that as many as 200 ...", "No official has confirmed the
  figure."): no figure, as with a count revised since;
- `conditional`: the figures a condition sets ("would close if winds exceed 90 km/h"):
  a threshold, no figure;
- `sayers`: who gives a count, where its own clause says so ("OCHA said", "according to
  the INGD", "..., the administrator said", "said the ministry", "OCHA estimates that"),
  read by the quotes' speech-verb subject;
- `scene`: the numbers that only set a scene, when ("two days after the attack", "five
  years ago") and where ("about 40 km to the north"): no figure, as a date is none;
- `rates`: what a figure is per ("barrels per day", "$10 a share", "₡495 per dollar");
- `currencies`: which currency a sum is in (a sign, letters, the words after it, a bare
  "$", its article's other dollar or none);
- `number_phrases`: the noun phrase after a number, or the name the number is part of;
- `tolls`: a count of people the words around it make the killed or hurt, summed over
  a subject's conjuncts, or the affected or displaced, or the people aid is for;
- `befell`: the verb that says what befell what a bare count counts ("cancelled 40
  flights", "180 flights were cancelled", "Several thousand people marched");
- `counted`: what a number counts, which makes it a count, a measure, a sum, a toll or
  a share ("three in ten"), or no figure;
- `weekdays`: a day of the week as a date beside the page's own ("late on Sunday" in a
  Monday's report), back for the past, on for what is to come;
- `fields`: a notice's labelled field whose value is one figure, read as that figure and
  shown whole with its label ("Structures destroyed: 52 (44 homes, 8 outbuildings)");
- `scanner`: the figures of each sentence, by the patterns in priority order
  (`find_figures`, `read_ahead`, a lede's `lede_toll`), each date asked of
  `dated_events` whether it dates an event;
- `as_of`: a key figure as a list words it, read without its sentence: a running
  measure with the time it is of ("turnout stood at 31 percent at noon", "with 96 of 212
  constituencies counted"), a comparison's base with its year or earlier time ("0.7
  percent yesterday"), and the report's day a level told in the present is of
  (`of_the_day`);
- `key_choice`: the order of the key figures (`key_figures`, `figure_rank`, and
  `profile_rank` for a profile's kinds of figure), the ones that describe rather than
  report (`details`), the tolls a later report of their story counts again
  (`stale_tolls`) and the copies of a story's fact (`retold`).

The names re-exported here are the package's API; its modules' other public names serve
one another (and notation's, other packages' readers of dates); a name with a leading
underscore is its own module's.
"""

from __future__ import annotations

from brief.extract.figures.as_of import as_of, of_the_day
from brief.extract.figures.dated_events.event_dates import date_precision
from brief.extract.figures.dated_events.rows import (
    date_order,
    dates_quote,
    planned_in_a_noun,
    same_event,
    timeline,
    yearless,
)
from brief.extract.figures.key_choice import (
    DEAD,
    DETAIL,
    casualty_count,
    casualty_kind,
    details,
    figure_rank,
    key_figures,
    latest_tolls,
    profile_rank,
    repeated,
    retold,
    same_count,
    stale_tolls,
)
from brief.extract.figures.scanner import (
    counted_kind,
    disputable_count,
    disputed_claims,
    disputed_counts,
    find_figures,
    lede_toll,
    named_unit,
    read_ahead,
)

__all__ = [
    "DEAD",
    "DETAIL",
    "as_of",
    "casualty_count",
    "casualty_kind",
    "date_order",
    "date_precision",
    "dates_quote",
    "details",
    "lede_toll",
    "figure_rank",
    "profile_rank",
    "planned_in_a_noun",
    "counted_kind",
    "disputable_count",
    "disputed_claims",
    "disputed_counts",
    "find_figures",
    "key_figures",
    "latest_tolls",
    "read_ahead",
    "repeated",
    "retold",
    "same_count",
    "same_event",
    "stale_tolls",
    "timeline",
    "yearless",
    "named_unit",
    "of_the_day",
]
