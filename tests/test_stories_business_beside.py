"""A country's business news beside a crisis of that country (r73 F9): a central bank's
quarterly figure that shares only the country and the weekday with the crisis's reports
is no report of the crisis."""

from __future__ import annotations

from brief.stories import find_stories
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
