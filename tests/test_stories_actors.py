"""Two firms' news of one morning (invented texts of an airline desk): a regional airline
grounds its fleet and loses its chief executive, told from five angles, while a rival
reports its results, told by its own report, a preview and a wire, each naming the
grounding. Every report of each story opens its headline or first sentence on its own
airline: two actors' events (apart.own_actors). A trial told as the jury's verdict on a
man of one town and as the guilt of the killer of a man of another opens on neither town:
one event. pile33's two Danish banks, in another setting."""

from __future__ import annotations

from brief.stories import find_stories
from brief.stories.apart import own_actors, rare_openings
from tests.test_stories_leads import corpus_of, texts_of

GROUNDING = (
    "Corvale Airways grounds its turboprops and its chief executive steps down\n"
    "Corvale Airways said on Tuesday it had grounded its turboprop fleet after an audit "
    "found gaps in its maintenance records, and that chief executive Tomas Ferrand would "
    "step down.\n"
    "\n"
    "Ferrand said he took responsibility for the failings.\n"
    "\n"
    "Chairman Ilse Marrow will lead the company until a successor is found.\n"
    "\n"
    "The grounding will cut revenue by about 40 million euros this quarter, and the "
    "airline withdrew its outlook for the year.\n"
)

ORDER = (
    "Aviation authority orders Corvale Airways to keep fleet on the ground\n"
    "The Aviation Safety Authority on Tuesday ordered Corvale Airways to keep its "
    "aircraft on the ground until every maintenance record had been checked.\n"
    "\n"
    "Its inspectors found 37 checks signed off without the required inspection.\n"
    "\n"
    "The airline must submit a recovery plan by the end of the month.\n"
    "\n"
    "The authority said there was no sign that any aircraft had been unsafe in flight.\n"
)

SHARES = (
    "Corvale shares dive as grounding forces chief executive out\n"
    "Shares in Corvale Airways fell 31 percent on Tuesday after the regional airline "
    "grounded its turboprops and said its chief executive would leave.\n"
    "\n"
    "Analysts said the grounding would wipe out the airline's profit for the year.\n"
    "\n"
    "Tomas Ferrand had run Corvale since 2024 and doubled its fleet.\n"
    "\n"
    "Rival Brisa Air said it would add seats on two of Corvale's busiest routes.\n"
)

QUEUES = (
    "Corvale passengers queue at Marnholt airport\n"
    "Corvale Airways passengers queued at the Marnholt airport ticket desks on Tuesday "
    "morning, hours after the airline stopped flying.\n"
    "\n"
    "Many had been booked on the early flights to the islands.\n"
    "\n"
    "Staff handed out vouchers for hotels and meals.\n"
    "\n"
    "A pensioner said she had been told to wait for a ferry instead.\n"
)

PILOTS = (
    "Corvale pilots blame cost cuts for the grounding\n"
    "The pilots' union at Corvale Airways said on Tuesday that years of cost cuts had "
    "left too few engineers to keep the maintenance records in order.\n"
    "\n"
    "Union leader Arne Holt said the pilots had warned the board in March.\n"
    "\n"
    "The union wants a seat at the talks on the recovery plan.\n"
    "\n"
    "Corvale declined to comment on the union's statement.\n"
)

RESULTS = (
    "Brisa Air interim report for the first half of 2030\n"
    "Brisa Air reported a net profit of 62 million euros for the second quarter, up from "
    "51 million a year earlier, on higher passenger numbers and lower fuel costs.\n"
    "\n"
    "Brisa Air raised its outlook for the year and now expects a profit of 190 million to"
    " 210 million euros.\n"
    "\n"
    "Chief executive Lena Vossberg said the airline had filled 86 percent of its seats.\n"
    "\n"
    "The company will hold a call for analysts at 10:00 today.\n"
)

PREVIEW = (
    "Brisa Air results preview: what analysts expect\n"
    "Brisa Air publishes its second-quarter results on Wednesday, and analysts expect a "
    "net profit of 55 million euros.\n"
    "\n"
    "Analysts will ask about fuel costs, summer bookings and the maintenance of its "
    "turboprops.\n"
    "\n"
    "After the grounding at Corvale Airways, they will also ask whether Brisa Air can win"
    " passengers on the regional routes.\n"
    "\n"
    "The shares have risen 12 percent this year.\n"
)

WIRE = (
    "Brisa Air beats forecasts and raises its outlook\n"
    "Brisa Air reported a bigger than expected rise in second-quarter profit on Wednesday"
    " and raised its outlook, and its chief executive said the troubles at smaller rival "
    "Corvale did not point to a wider problem.\n"
    "\n"
    "Net profit rose to 62 million euros, beating the 55 million analysts had expected.\n"
    "\n"
    '"Our fleet is young and our maintenance is done in-house," Lena Vossberg told '
    "reporters.\n"
    "\n"
    "Brisa Air shares rose 4 percent.\n"
)
VERDICT = (
    "Jury convicts Quarrick man of killing his neighbour\n"
    "A jury in Tamsford convicted a Quarrick man on Thursday of murdering his neighbour "
    "after a dispute over a boundary fence.\n\n"
    "The jury took four hours to reach its verdict.\n\n"
    "Judge Miriam Oakes will pass sentence next month.\n"
)
VERDICT_2 = (
    "Quarrick man guilty of neighbour's murder\n"
    "A Quarrick man was convicted on Thursday of murdering his neighbour in a row over a "
    "boundary fence, after a week-long trial in Tamsford.\n\n"
    "Judge Miriam Oakes thanked the jury.\n\n"
    "The victim's family said they were relieved.\n"
)
GUILTY = (
    "Man found guilty of killing Ostley grandfather over fence\n"
    "A man was found guilty on Thursday of murdering an Ostley grandfather in a row over "
    "a boundary fence, a court in Tamsford heard.\n\n"
    "The jury took four hours.\n\n"
    "Judge Miriam Oakes will sentence him next month.\n"
)
GUILTY_2 = (
    "Fence row killer of Ostley grandfather convicted\n"
    "A jury convicted a man on Thursday of murdering an Ostley grandfather after a row "
    "over a boundary fence, prosecutors in Tamsford said.\n\n"
    "The victim's family thanked the police.\n\n"
    "Sentencing is set for next month, Judge Miriam Oakes said.\n"
)

CORVALE = [GROUNDING, ORDER, SHARES, QUEUES, PILOTS]
BRISA = [RESULTS, PREVIEW, WIRE]
TRIAL = [VERDICT, VERDICT_2, GUILTY, GUILTY_2]


def test_a_rivals_results_that_name_the_grounding_are_a_story_of_their_own() -> None:
    """Every report of the results names the grounding (a wire's lead, late: "the troubles
    at smaller rival Corvale"); the groups met at a mean over 15 pairs, whose bar is low,
    and were one story."""
    groups = [set(group.sources) for group in find_stories(corpus_of(CORVALE + BRISA))]
    assert {1, 2, 3, 4, 5} in groups
    assert {6, 7, 8} in groups


def test_each_group_opens_on_its_own_airline() -> None:
    texts = texts_of(CORVALE + BRISA)
    assert own_actors(texts, rare_openings(texts), [0, 1, 2, 3, 4], [5, 6, 7])


def test_two_groups_of_one_trial_differ_by_towns_they_do_not_open_on() -> None:
    texts = texts_of(TRIAL)
    opened = rare_openings(texts)
    # each pair's leads give a town of its own, which the other's never give ...
    assert "quarrick" in opened[0] & opened[1] and "quarrick" not in opened[2] | opened[3]
    assert "ostley" in opened[2] & opened[3] and "ostley" not in opened[0] | opened[1]
    # ... and at most half of them open on it: a man of the town, no actor
    assert not own_actors(texts, opened, [0, 1], [2, 3])
    assert [group.sources for group in find_stories(corpus_of(TRIAL))] == [(1, 2, 3, 4)]
