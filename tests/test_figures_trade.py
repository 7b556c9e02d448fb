"""Key figures as an energy desk reads them: volumes in the trades' units ("bpd", "b/d",
"mb/d", "mtpa", "bcm", "MW"), which are measures scaled by the unit, and what a price or
a flow is per (`Figure.per`). Every sentence here is invented."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures
from tests.extract_helpers import sentences


def read(text: str) -> list[tuple[str, str, float | None, str | None, str | None]]:
    return [(f.text, f.kind, f.value, f.unit, f.per) for f in find_figures(sentences(text))]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Varnia pumped 2.35 million bpd last month.",
            ("2.35 million bpd", "measure", 2.35e6, "barrels per day", "day"),
        ),
        (
            "Shipments from the terminal held at 640,000 b/d.",
            ("640,000 b/d", "measure", 640000.0, "barrels per day", "day"),
        ),
        # the unit's scale is the value's: 2.4 million barrels per day
        (
            "Global demand growth slowed to 2.4 mb/d, the agency said.",
            ("2.4 mb/d", "measure", 2.4e6, "barrels per day", "day"),
        ),
        (
            "The field adds 85 kb/d of condensate.",
            ("85 kb/d", "measure", 85000.0, "barrels per day", "day"),
        ),
        (
            "The export plant can make 12.5 MTPA of liquefied gas.",
            ("12.5 MTPA", "measure", 12.5e6, "tonnes per year", "year"),
        ),
        (
            "The pipeline carried 27 bcm to the south.",
            ("27 bcm", "measure", 2.7e10, "cubic m", None),
        ),
        # a plant's size is a measure, not a count of megawatts nor of the plant
        (
            "A 620 MW gas plant tripped offline.",
            ("620 MW", "measure", 620.0, "MW", None),
        ),
        (
            "The wind farm's 2.2 gigawatts will come online next year.",
            ("2.2 gigawatts", "measure", 2.2, "GW", None),
        ),
        (
            "The grid lost 9,300 megawatt hours in the outage.",
            ("9,300 megawatt hours", "measure", 9300.0, "MWh", None),
        ),
        # hyphenated before its noun, the unit ends the figure: no count of "processes"
        (
            "The 95,000 barrels-per-day unit processes heavy crude.",
            ("95,000 barrels-per-day", "measure", 95000.0, "barrels per day", "day"),
        ),
    ],
)
def test_a_volume_in_a_trade_unit_is_a_measure(
    text: str, figure: tuple[str, str, float, str, str | None]
) -> None:
    """r56 M4: of "1.62 million bpd", "700,000 b/d", "1.1 mb/d" and "180,000
    barrels-per-day" only "barrels a day" was read, and the last was a count of the verb
    after its plant."""
    assert read(text) == [figure]


def test_one_volume_in_two_notations_is_one_quantity() -> None:
    (short,) = find_figures(sentences("Exports reached 1.3 mb/d."))
    (long,) = find_figures(sentences("Exports reached 1.3 million bpd."))
    assert (short.value, short.unit) == (long.value, long.unit) == (1.3e6, "barrels per day")


def test_a_capital_m_that_may_be_a_thousand_is_no_figure() -> None:
    """US oil notation writes a thousand barrels as "Mb"; "mb/d" is a million only in
    lower case: a capital one is left out, never read a thousand times too large."""
    assert read("Domestic output reached 310 Mb/d in the quarter.") == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Brent settled at $77.15 a barrel.", ("$77.15 a barrel", "money", 77.15, None, "barrel")),
        (
            "Day-ahead power cost 96.20 euros per megawatt hour.",
            ("96.20 euros per megawatt hour", "money", 96.2, "EUR", "MWh"),
        ),
        (
            "Spot gas sold for €38.10/MWh on the hub.",
            ("€38.10/MWh", "money", 38.1, "EUR", "MWh"),
        ),
        (
            "Asian LNG fetched $11.85 per million British thermal units.",
            ("$11.85 per million British thermal units", "money", 11.85, None, "MMBtu"),
        ),
        (
            "Coal traded at £102 a tonne.",
            ("£102 a tonne", "money", 102.0, "GBP", "tonne"),
        ),
        # an exchange rate is per the currency it is told against
        (
            "The lira was quoted at 41.9 to the dollar.",
            ("41.9 to the dollar", "money", 41.9, None, "dollar"),
        ),
        # a rate of a measure keeps its per in its unit as well
        (
            "The refinery runs 210,000 barrels a day.",
            ("210,000 barrels a day", "measure", 210000.0, "barrels per day", "day"),
        ),
        # a sum told once has no per
        ("The grid operator raised £400m.", ("£400m", "money", 4e8, "GBP", None)),
    ],
)
def test_a_price_keeps_its_currency_as_its_unit_and_tells_what_it_is_per(
    text: str, figure: tuple[str, str, float, str | None, str | None]
) -> None:
    """r56 M5: "$81.42 a barrel" and "43.60 euros per megawatt hour" had lost their "per"
    in the JSON, whose unit of a sum is its currency (a bare "$" of no outlet's has none)."""
    assert read(text) == [figure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "per" makes a rate of any unit noun, with the words that size it (r77 F9)
        (
            "The airline adds a fuel levy of 90 dollars per long-haul passenger from June.",
            ("90 dollars per long-haul passenger", "money", 90.0, None, "long-haul passenger"),
        ),
        (
            "Barge rates reached $1,150 per TEU on the upper river.",
            ("$1,150 per TEU", "money", 1150.0, None, "TEU"),
        ),
        (
            "The mill pays 41 euros per bale of raw cotton.",
            ("41 euros per bale", "money", 41.0, "EUR", "bale"),
        ),
        (
            "The ferry carries 60 lorries per crossing in summer.",
            ("60 lorries per crossing", "count", 60.0, "lorries per crossing", "crossing"),
        ),
    ],
)
def test_a_rate_keeps_its_per_whatever_its_unit_noun(
    text: str, expected: tuple[str, str, float, str, str]
) -> None:
    assert expected in read(text)


def test_per_cent_and_as_per_make_no_rate() -> None:
    assert all(f[4] is None for f in read("Fares rose 7 per cent, as per the 2029 contract."))
    assert ("$500", "money", 500.0, None, None) in read("They paid $500 per the contract.")
    # an exchange rate keeps its dollar
    (rate,) = read("The peso closed at 47.5 pesos per US dollar on Friday.")
    assert rate[0] == "47.5 pesos per US dollar" and rate[4] == "dollar"
