"""Two acts of one employer's week, or of one company's: a union's strike that has begun
beside another union's strike vote, each report of one calling the other's a separate
dispute; and a maker's quarterly results beside the recall of its car the day before,
which the results name in a paragraph. Different bodies, different acts: the reports say
so in how they tell the other one (pile37: a nurses' strike and allied health workers'
vote; a drug maker's half-year results beside its drug's recall)."""

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


RECALL = [
    "Regulator orders recall of 12,000 Sella cars over brake fault\n\n"
    "OSLAND, Tuesday (Nordwire) - Osland's road safety regulator on Tuesday ordered the"
    " recall of 12,000 Sella hatchbacks after tests showed their rear brakes could lock in"
    " the wet.\n\n"
    "The Road Safety Directorate said the Sella, made by Corvan Motors, should be taken to"
    " a dealer for a free repair.\n\n"
    "Owners need not stop driving the cars, the Directorate said, but should brake gently"
    " on wet roads.\n\n"
    "The fault was found in Directorate tests on cars built between March and June.\n",
    "Sella recall: what owners should do\n\n"
    "Owners of Sella hatchbacks built between March and June should book a free brake"
    " repair after the Road Safety Directorate's recall on Tuesday, the motoring club"
    " said.\n\n"
    "The Directorate said the rear brakes of about 12,000 Sella cars could lock on wet"
    " roads.\n\n"
    "Dealers said the repair took an hour and parts were in stock.\n\n"
    "The Sella is Osland's third best-selling car, and the Directorate has recalled it"
    " once before.\n",
    "Sella brake recall: dealers brace for queues\n\n"
    "Car dealers across Osland braced for queues on Wednesday after the Road Safety"
    " Directorate's recall of 12,000 Sella hatchbacks over locking rear brakes.\n\n"
    "One Corvan dealer in the capital said it had taken 400 calls from Sella owners.\n\n"
    "The Directorate said owners should brake gently on wet roads until the repair.\n\n"
    "Sella owners can check their car's build date online.\n",
]
RESULTS = (
    "Corvan Motors: third-quarter results and share buyback\n\n"
    "Corvan Motors ASA | Stock exchange release | 12 September 2029, 07:00 CET\n\n"
    "Corvan Motors, the carmaker, on Wednesday announced its unaudited results for the"
    " third quarter and a new share buyback of 400 million krone.\n\n"
    "Revenue rose 6% to 9.1 billion krone, and operating profit fell 3% to 640 million"
    " krone.\n\n"
    "Electric models made up a quarter of sales, up from a fifth a year earlier.\n\n"
    "Chief executive Mona Vik said the quarter had been harder than hoped in export"
    " markets, and that the outlook for the year was unchanged.\n\n"
    "On Tuesday the Road Safety Directorate ordered, with the company, a recall of 12,000"
    " Sella hatchbacks; Corvan does not expect a material cost.\n\n"
    "The buyback will run until March. Corvan's shares rose 2% in early trading.\n"
)


def test_a_makers_results_that_recall_its_cars_recall_in_a_line_are_its_own_event() -> None:
    """The results' lead gives its results and its buyback once each; the recall's
    reports name neither, and the results name the recall's directorate and car in one
    line past their lead: the maker's own act of the next morning, not a report of the
    regulator's."""
    pile = [
        ("2029-09-11", RECALL[0]),
        ("2029-09-12", RECALL[1]),
        ("2029-09-12", RECALL[2]),
        ("2029-09-12", RESULTS),
    ]
    stories = sorted(g.sources for g in find_stories(dated_corpus_of(pile)))
    assert stories == [(1, 2, 3), (4,)]


def test_a_report_of_the_recall_that_names_the_maker_in_its_lead_joins() -> None:
    """A report of the recall from the maker's side, whose lead gives the car and the
    directorate, tells the recall: it joins, though it names the maker throughout."""
    maker = (
        "Corvan apologises to Sella owners over brake recall\n\n"
        "Corvan Motors apologised on Wednesday to owners of the 12,000 Sella hatchbacks"
        " recalled by the Road Safety Directorate over locking rear brakes.\n\n"
        "Corvan said dealers would repair the Sella's brakes free of charge within an"
        " hour.\n\n"
        "The Directorate said owners should brake gently on wet roads.\n\n"
        "Corvan's chief executive Mona Vik said the Sella remained a safe car.\n"
    )
    pile = [
        ("2029-09-11", RECALL[0]),
        ("2029-09-12", RECALL[1]),
        ("2029-09-12", RECALL[2]),
        ("2029-09-12", maker),
    ]
    stories = sorted(g.sources for g in find_stories(dated_corpus_of(pile)))
    assert stories == [(1, 2, 3, 4)]
