"""Whose news a report tells (invented texts of an airline desk's morning): a newsletter
that heads each numbered item with the company it tells of, beside an analyst's points of
one airline's results under headings of common words; and a company's name with its head
written short ("Tolliver Corp." for "Tolliver Corporation"). pile33's morning newsletter
and its American company's resignation, in other settings."""

from __future__ import annotations

from brief.stories import find_stories
from brief.stories.apart import own_bodies
from brief.stories.roundups import roundup_items
from brief.stories.texts import Text, names_body, readable_sentences
from tests.story_corpus import corpus_of, texts_of

GROUNDING = (
    "Velmora Air grounds fleet as cash runs out; chief executive quits\n\n"
    "Velmora Air, Portugal's second-largest carrier, grounded all 34 of its aircraft on"
    " Tuesday after its lenders refused a new credit line, and its chief executive Joana"
    " Pimentel resigned with immediate effect.\n\n"
    "The Lisbon-based airline said about 41,000 passengers booked for the coming week would"
    " be offered refunds, and asked the aviation authority for time to find new money.\n\n"
    "Velmora Air owes about 380 million euros to banks and aircraft lessors, according to"
    " its last accounts, and its 2,100 staff were told to stay at home.\n\n"
    "Pimentel, who ran Velmora Air for six years, said the board had run out of options.\n\n"
    "Rival Estrela Airways reported its results on the same morning.\n"
)
LICENCE = (
    "Aviation authority suspends Velmora Air licence\n\n"
    "The National Civil Aviation Authority suspended the operating licence of Velmora Air on"
    " Tuesday, hours after the carrier grounded its fleet and its chief executive Joana"
    " Pimentel quit.\n\n"
    "The authority said Velmora Air must show it can fund three months of operations and"
    " repay its lenders before the licence is restored.\n\n"
    "Velmora Air's 34 aircraft are parked at Lisbon, Porto and Faro, and its 2,100 staff"
    " have been sent home.\n\n"
    "The authority said the 41,000 passengers booked for the coming week were owed"
    " refunds.\n"
)
STRANDED = (
    "Stranded Velmora Air passengers queue at Faro airport\n\n"
    "Hundreds of Velmora Air passengers queued at Faro airport on Tuesday morning after the"
    " carrier grounded its 34 aircraft overnight and its chief executive quit.\n\n"
    "Marta Reis, a teacher from Loulé, said she had paid 240 euros for two tickets to"
    " Madeira and wanted a refund.\n\n"
    "Staff at the Velmora Air desk handed out leaflets about refunds and said the aviation"
    " authority had suspended the airline's licence.\n\n"
    "Pimentel's resignation was announced on the departure screens' news ticker.\n"
)
NEWSLETTER = (
    "The Early Gate: an airline grounded, a rival's results and a pump maker's chief\n\n"
    "Skyward Brief | The Early Gate | Tuesday 9 September 2031, 06:30\n\n"
    "Good morning. Six things to know before markets open.\n\n"
    "1. Velmora Air. The Lisbon carrier grounded its 34 aircraft overnight and lost its"
    " chief executive.\n\n"
    "2. Estrela Airways. First-half profit of 212 million euros beat forecasts, and its"
    " chief executive is asked whether it wants Velmora's slots in Lisbon.\n\n"
    "3. Tolliver Corp. The Ohio pump maker said its chairman had retired after 22 years.\n\n"
    "4. Kirrawee Freight. The Sydney cargo airline agreed to buy two used freighters.\n\n"
    "5. Osaka Skyline. Cabin crew at the Japanese carrier voted to accept a pay offer.\n\n"
    "6. Calloway Foods. The Leeds caterer lost its contract for in-flight meals.\n\n"
    "Forwarded this? Sign up at the bottom of the page.\n"
)


def test_a_newsletter_heading_each_numbered_item_with_its_company_is_a_roundup() -> None:
    """Each numbered item opens on its company's name, a short heading without a verb
    ("1. Velmora Air.", "3. Tolliver Corp."): a heading whose words after its first are
    capitalised is a name, the item's subject, where an analyst's note heads its points
    of one event in small letters ("1. The arithmetic."). So the newsletter is a numbered
    roundup of six companies' news, and a story of its own, though two of its items name
    one city (read unnumbered, a name in two paragraphs is one report's cast)."""
    corpus = corpus_of([NEWSLETTER])
    assert corpus.documents[0].items == 6
    assert roundup_items(readable_sentences(corpus)[1], numbered=True)
    groups = find_stories(corpus_of([GROUNDING, LICENCE, STRANDED, NEWSLETTER]))
    assert sorted(g.sources for g in groups) == [(1, 2, 3), (4,)]


def test_an_analysts_points_under_common_headings_stay_one_report() -> None:
    """An analyst's numbered points of one airline's results under headings of common
    words ("1. The arithmetic.", "3. Fuel.") are no numbered roundup, though most points
    name something of their own; read as unnumbered paragraphs, two name the airline."""
    note = (
        "Five things to watch in Estrela's results\n\n"
        "1. The arithmetic. Consensus sees Estrela's profit at 196 million euros, with"
        " Lisbon's hub carrying most of the growth.\n\n"
        "2. Fares. Estrela's average fares to Brazil rose 8% in the spring, said Kestrel"
        " Research.\n\n"
        "3. Fuel. Hedging covers 70% of the year's needs, the Porto broker Barbosa says.\n\n"
        "4. Capacity. New Airbus deliveries add seats to Madeira and the Azores.\n\n"
        "5. Outlook. A small upgrade would surprise nobody at Millbank Partners.\n"
    )
    corpus = corpus_of([note])
    assert corpus.documents[0].items == 5
    assert roundup_items(readable_sentences(corpus)[1], numbered=True) is None


RELEASE = (
    "Tolliver Corporation Announces Leadership Transition\n\n"
    "DAYTON, September 8, 2031 -- Tolliver Corporation (NYSE: TLVR) today announced that"
    " Gregory Haines has resigned as Chairman and Chief Executive Officer, effective"
    " immediately.\n\n"
    "The Board has appointed Linda Osei, Chief Operating Officer, as interim Chief"
    " Executive Officer.\n\n"
    "Tolliver reaffirmed its full-year outlook.\n"
)
PAPER = (
    "Tolliver CEO Haines resigns after board review\n\n"
    "Shares of Tolliver Corp. fell 4% on Tuesday, a day after the Dayton pump maker said"
    " chief executive Gregory Haines had resigned following a board review.\n\n"
    "Chief operating officer Linda Osei takes over as interim CEO.\n\n"
    "Haines had led the company since 2024.\n"
)


def test_a_company_with_its_head_written_short_is_the_same_body() -> None:
    """The paper writes "Tolliver Corp." where the release writes "Tolliver Corporation":
    one body, so the two do not each open on a body of their own."""
    texts = texts_of([RELEASE, PAPER])
    assert names_body(texts[1], ("tolliver", "corporation"))
    assert not own_bodies(texts, [0], [1])
    assert [g.sources for g in find_stories(corpus_of([RELEASE, PAPER]))] == [(1, 2)]
    # two letters are no short form of a head ("Tolliver Co." may be another company)
    other = Text("Tolliver Co. buys a rival", ["Tolliver Co. bought a rival on Monday."])
    assert not names_body(other, ("tolliver", "corporation"))
