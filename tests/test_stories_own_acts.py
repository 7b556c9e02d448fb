"""Two acts of one employer's week: a union's strike that has begun beside another union's
strike vote, each report of one calling the other's a separate dispute. Different bodies,
different acts: the reports say so in how they tell the other one (pile37: a nurses'
strike and allied health workers' vote)."""

from __future__ import annotations

from brief.stories import find_stories
from brief.stories.apart import called_separate, rare_openings, rare_subjects
from tests.story_corpus import dated_corpus_of, texts_of

# The dockers' strike, begun on Tuesday: three reports, each closing on the crane drivers'
# vote of Monday.
STRIKE = [
    "Dockers walk off the job in 24-hour strike at Halvik port\n\n"
    "HALVIK, Tuesday (Nordwire) - About 2,400 dockers at the port of Halvik began a 24-hour"
    " strike at 6am today, halting container loading at the country's busiest harbour.\n\n"
    "Members of the Coastal Dockworkers' Federation gathered at the port gates holding"
    " signs reading 'Safe shifts save lives'.\n\n"
    "The Halvik Port Authority said 31 ships were waiting at anchor and that it remained"
    " ready to talk about its pay offer of 5% over two years.\n\n"
    "The strike comes a day after the port's crane drivers, who belong to a different"
    " union, voted to authorise their own strikes from next month.\n",
    "Halvik dockers strike after rejecting pay offer; ships queue offshore\n\n"
    "Dockers at the port of Halvik walked off the job at 6am on Tuesday for 24 hours,"
    " after rejecting a pay offer from the Halvik Port Authority.\n\n"
    "The Coastal Dockworkers' Federation wants a 12% rise over two years and fixed"
    " crew sizes on the quays.\n\n"
    "Shipping lines said cargo would be diverted to Brenna if the dispute went on.\n\n"
    "The dispute is one of two facing the Halvik Port Authority: crane drivers,"
    " represented by a separate union, voted on Monday to approve stoppages next month.\n",
    "Dockers' picket fills Halvik quay as strike starts\n\n"
    "Hundreds of dockers lined the quay road at Halvik before dawn on Tuesday, with"
    " flasks, banners and a brass band, as their strike began.\n\n"
    "'I have worked these quays for 20 years and never stopped work,' said one docker.\n\n"
    "A Coastal Dockworkers' Federation organiser said the strike was about crew sizes as"
    " much as pay, and that the Halvik Port Authority knew the dockers' terms.\n\n"
    "The picket will go on until 6am on Wednesday.\n",
]
# The crane drivers' vote, announced on Monday: the union's release and a news site.
VOTE = [
    "Crane drivers vote 88% for strike action\n\n"
    "Members of the Crane and Plant Operators Union have voted overwhelmingly to take"
    " strike action at the Halvik Port Authority, after eleven months of negotiations.\n\n"
    "In a ballot that closed at noon today, 88% of members who voted backed stoppages,"
    " on a turnout of 74%.\n\n"
    "The first stoppages will be rolling 12-hour walkouts from 4 October.\n\n"
    "'The door is open,' said the union's secretary Ines Rauland. 'A strike in October is"
    " not inevitable, but it is in the Halvik Port Authority's hands.'\n",
    "Container delays feared as crane drivers back stoppages\n\n"
    "Shipping lines could face container delays from October after crane drivers at"
    " Halvik port voted to strike.\n\n"
    "The Crane and Plant Operators Union announced that 88% of members who voted had"
    " backed the stoppages.\n\n"
    "Port Authority director of people Lars Engvik said the result was disappointing and"
    " that the pay offer of 5% over two years was fair.\n\n"
    "The vote adds to pressure on the Halvik Port Authority, whose dockers, represented by"
    " the Coastal Dockworkers' Federation, begin a separate 24-hour strike at 6am today.\n",
]


def test_a_strike_begun_and_another_unions_strike_vote_are_two_events() -> None:
    """Each side's reports call the other's act separate, naming its doer and act in the
    words the other's leads give ("whose dockers ... begin a separate 24-hour strike";
    "crane drivers, represented by a separate union, voted"): two unions' acts, though
    they share the employer, its pay offer and its director."""
    pile = [("2029-09-14", text) for text in STRIKE] + [
        ("2029-09-13", VOTE[0]),
        ("2029-09-14", VOTE[1]),
    ]
    stories = sorted(g.sources for g in find_stories(dated_corpus_of(pile)))
    assert stories == [(1, 2, 3), (4, 5)]


def test_a_sentence_that_calls_another_event_separate_gives_its_doer() -> None:
    """The vote's news report tells the dockers in that one sentence, which calls their
    strike separate: a word most of the strike's leads give and the vote's never do."""
    texts = texts_of([*STRIKE, *VOTE])
    assert {"dockers", "begin", "strike"} <= texts[4].called_words
    subjects, openings = rare_subjects(texts), rare_openings(texts)
    assert called_separate(texts, subjects, [3, 4], [0, 1, 2], openings)
    assert not called_separate(texts, subjects, [3, 4], [0, 1, 2])  # by its names: nothing


def test_a_report_of_one_strike_that_calls_a_part_of_it_separate_joins() -> None:
    """A report of the strike whose separate line is its own ("dockers at a separate gate
    ...") uses words its own leads give: nothing of the other group's."""
    own = STRIKE[2].replace(
        "The picket will go on",
        "Dockers at a separate gate on the north quay joined them at noon.\n\n"
        "The picket will go on",
    )
    texts = texts_of([STRIKE[0], STRIKE[1], own])
    subjects, openings = rare_subjects(texts), rare_openings(texts)
    assert texts[2].called_words
    assert not called_separate(texts, subjects, [2], [0, 1], openings)
