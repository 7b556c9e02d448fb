"""A country's business news beside a crisis of that country (r73 F9): a market report
whose lead tells the day's trading and whose headline alone gives the crisis as its mood,
and a central bank's quarterly figure that shares only the country and the weekday with
the crisis's reports, are no reports of the crisis."""

from __future__ import annotations

from brief.stories import find_stories
from brief.stories.texts import Text
from tests.story_corpus import corpus_of

FLOOD = [
    "Floods kill nine in Bolivian river town of Rurrenabaque\n\n"
    "Floodwater from the Beni river swept through Rurrenabaque on Thursday, killing nine"
    " people in Bolivia's north, the Bolivian civil defence office said.\n\n"
    "Rescuers in boats took about 300 residents from the San Buenaventura side.\n\n"
    "Bolivia's president said the Bolivian army would send helicopters.\n",
    "Bolivia counts its dead as the Beni river falls\n\n"
    "Bolivian rescuers searched Rurrenabaque on Thursday for two people missing after"
    " the Beni river burst its banks and killed nine, Bolivia's government said.\n\n"
    "Bolivia's civil defence said the water had fallen by a metre.\n",
    "Beni floods: Bolivian army flies food to villages near Rurrenabaque\n\n"
    "Bolivian army helicopters flew food and water on Thursday to villages cut off by the"
    " Beni river floods upstream of Rurrenabaque, Bolivia's defence ministry said.\n\n"
    "Nine people died when the river burst its banks in the Bolivian town.\n",
]


def test_a_central_banks_quarterly_figure_shares_only_the_country_and_the_day() -> None:
    """A central bank's quarterly remittances, "said on Thursday", beside the floods'
    reports of that Thursday: alike by Bolivia and Thursday alone, another event of the
    country's day (r73 F9: a record for Tajikistan's remittances had joined a border
    crisis, its figures the crisis's key figures)."""
    remittances = (
        "Remittances to Bolivia hit record in third quarter\n\n"
        "Money sent home by Bolivian workers abroad reached a record $410 million in the"
        " third quarter, the Central Bank of Bolivia said on Thursday.\n\n"
        "Most of the transfers came from Spain and Argentina, the bank said.\n\n"
        "Remittances are equal to about 3 percent of Bolivia's economy.\n"
    )
    stories = [g.sources for g in find_stories(corpus_of([*FLOOD, remittances]))]
    assert stories == [(1, 2, 3), (4,)]


MOOD = (
    "Bolivian boliviano slips as flood fears hit sentiment\n\n"
    "The Bolivian boliviano fell 0.9 percent against the US dollar in early trading on"
    " Thursday, its biggest one-day fall since June.\n\n"
    "The Central Bank of Bolivia said it had sold $25 million in foreign currency to"
    " steady the market.\n\n"
    "Shares of Andes Tin were little changed, and the miner said its mines, far from the"
    " flooded river, were working.\n\n"
    "Dealers said the currency would recover if the floods receded within days.\n"
)


def test_a_market_report_that_gives_the_crisis_only_as_its_mood_is_the_markets() -> None:
    """A currency report whose headline gives its move's cause ("as flood fears hit
    sentiment") and whose first sentence tells the move alone is a market's report, read
    by its headline. Of the flooded country's own currency, it is the floods' where it
    names them by a name of their reports (the river), as a report of their effect on the
    market does; where it names only the mood, over the day's trading, a central bank's
    sales and a miner's shares "far from the flooded river", it is the market's day:
    filed under the floods, its $25 million became the floods' key figure."""
    from brief.stories.apart import market_beside, rare_names, rare_openings
    from brief.stories.texts import story_texts

    named = MOOD.replace("if the floods receded", "if the Beni floods receded")
    for report, apart in ((MOOD, True), (named, False)):
        corpus = corpus_of([*FLOOD, report])
        texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
        assert texts[3].market_led == ("bolivian", "boliviano", "slips")
        assert texts[3].market_cause[:3] == ("as", "flood", "fears")
        assert texts[3].market_headlined
        names = rare_names(texts)
        openings = rare_openings(texts)
        assert market_beside(texts, names.__getitem__, openings, [3], [0, 1, 2]) is apart
        stories = [g.sources for g in find_stories(corpus)]
        assert stories == ([(1, 2, 3), (4,)] if apart else [(1, 2, 3, 4)])


def test_a_market_report_whose_lead_gives_the_cause_joins_its_countrys_event() -> None:
    """The same report whose first sentence gives the cause ("... on Thursday as floods
    hit the north") reports the floods' effect on their country's market, however short:
    it joins them."""
    from brief.stories.apart import market_beside, rare_names, rare_openings
    from brief.stories.texts import story_texts

    led = MOOD.replace(
        "its biggest one-day fall since June.", "as floods along the Beni hit the north."
    )
    corpus = corpus_of([*FLOOD, led])
    texts = list(story_texts(corpus, [1, 2, 3, 4]).values())
    assert texts[3].market_led and not texts[3].market_headlined
    names = rare_names(texts)
    assert not market_beside(texts, names.__getitem__, rare_openings(texts), [3], [0, 1, 2])


def test_a_headlines_move_over_a_lead_that_tells_the_event_is_no_market_report() -> None:
    """A headline's move ("Tin jumps as floods shut mines") over a lead that opens on the
    event itself is a report of the event: its first sentence is no market's move."""
    read = Text(
        "Tin jumps as floods shut Bolivian mines",
        ["Floodwater shut three tin mines near Rurrenabaque on Thursday, their owner said."],
    )
    assert read.market_led == () and read.market_cause == ()
    assert not read.market_headlined
