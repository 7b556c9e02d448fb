"""Key figures as a security desk for Africa and Latin America reads them: rates with
what they are per, tolls whose verb follows a coordinated subject, regional currencies,
exchange rates, and a bare "$" in an article that writes another dollar. Every sentence
here is invented."""

from __future__ import annotations

import pycountry
import pytest

from brief.extract.figures import find_figures, key_figures
from brief.extract.figures.notation import number_values
from brief.models import Figure, Sentence
from tests.extract_helpers import sentences


def found(text: str) -> list[tuple[str, str, str | None, float | None]]:
    return [(f.text, f.kind, f.unit, f.value) for f in find_figures(sentences(text))]


def one(text: str) -> Figure:
    (figure,) = find_figures(sentences(text))
    return figure


# -- 1. rates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # "per" makes a rate whatever follows it ("per day from the field")
        (
            "The Varnian field pumps about 40,000 barrels per day from its wells.",
            "about 40,000 barrels per day",
            "barrels per day",
        ),
        (
            "The new plant will make 150,000 trucks a year.",
            "150,000 trucks a year",
            "trucks per year",
        ),
        ("The clinic treats 1,200 patients a week.", "1,200 patients a week", "patients per week"),
        (
            "Each family gets 15 litres per person per day.",
            "15 litres per person per day",
            "litres per person per day",
        ),
        (
            "Oil use is 0.4 tonnes per capita in Varnia.",
            "0.4 tonnes per capita",
            "tonnes per capita",
        ),
        ("The mine's guards work 12 hours a day.", "12 hours a day", "hours per day"),
    ],
)
def test_a_measure_or_count_per_a_unit_of_time_is_a_rate(
    text: str, figure: str, unit: str | None
) -> None:
    """ "900,000 barrels per day" had been "900,000 barrels", a stock where the text gives a
    flow, while "$2.6 billion a year" kept its "a year": what a measure or a count is per
    is part of its text and of its unit (a sum's unit stays its currency)."""
    (f,) = find_figures(sentences(text))
    assert f.text == figure
    if unit is not None:
        assert f.unit == unit
    assert one("Its income is $2,000 per capita.").text == "$2,000 per capita"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "a day", "a year" may open a time, not a rate
        ("Police detained 300 protesters a year ago.", "detained 300 protesters"),
        ("The firm gave 300 workers a day off.", "300 workers"),
        ("The convoy reached 40 villages a week early.", "40 villages"),
        ("They moved 80 families a month after the floods.", "80 families"),
    ],
)
def test_a_time_after_a_count_is_no_rate(text: str, figure: str) -> None:
    assert [f.text for f in find_figures(sentences(text))] == [figure]


def test_a_duration_per_day_still_ranks_as_a_duration() -> None:
    """ "12 hours a day" is a duration with its rate: after the counts, as "12 hours" was."""
    figures = find_figures(sentences("Guards work 12 hours a day.", "The port moved 400 trucks."))
    assert [f.text for f in key_figures(figures, lambda f: 1.0)] == [
        "400 trucks",
        "12 hours a day",
    ]


# -- 2. casualties -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        # the verb is every conjunct's: the toll is the whole subject, its value the sum
        (
            "At least 12 police officers and four villagers were killed in the raid.",
            "At least 12 police officers and four villagers were killed",
            16.0,
            "killed",
        ),
        (
            "Officials said 9 soldiers, two guards and a driver were wounded on Monday.",
            "9 soldiers, two guards and a driver were wounded",
            12.0,
            "wounded",
        ),
        # an aside counts some of the toll, which is the first count
        (
            "More than 30 people, including eight children, were killed in Kalemba.",
            "More than 30 people, including eight children, were killed",
            30.0,
            "killed",
        ),
        (
            "Some 25 miners (including three women) were injured.",
            "Some 25 miners (including three women) were injured",
            25.0,
            "injured",
        ),
        (
            "About 60 migrants, 11 of them children, are missing.",
            "About 60 migrants, 11 of them children, are missing",
            60.0,
            "missing",
        ),
        # "the lives of" after a verb that takes them, and "lost their lives", count the dead
        (
            "The mission cost $1.1 billion and the lives of 23 Varnian peacekeepers.",
            "the lives of 23 Varnian peacekeepers",
            23.0,
            "dead",
        ),
        (
            "The floods have claimed the lives of more than 40 villagers.",
            "the lives of more than 40 villagers",
            40.0,
            "dead",
        ),
        (
            "Seven fishermen lost their lives off the coast.",
            "Seven fishermen lost their lives",
            7.0,
            "dead",
        ),
    ],
)
def test_a_toll_verb_reaches_every_count_of_its_subject(
    text: str, figure: str, value: float, unit: str
) -> None:
    """ "At least 14 soldiers and three civilians were killed" had given "At least 14
    soldiers", read as a force's strength, beside "three civilians were killed"; "At least
    43 people, including 19 civilians, were killed" had lost its verb to the aside."""
    tolls = [f for f in find_figures(sentences(text)) if f.unit == unit]
    assert [(f.text, f.value) for f in tolls] == [(figure, value)]


def test_a_bound_reads_past_the_lives_of() -> None:
    assert one("The war has claimed the lives of more than 900 civilians.").bound == "min"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a verb's object before another clause is no conjunct of its subject
        (
            "The army deployed 400 soldiers and three civilians were killed in clashes.",
            ["400 soldiers", "three civilians were killed"],
        ),
        # lives saved are no toll
        ("Surgeons saved the lives of 20 children.", ["20 children"]),
        # missing from a register is no casualty (review)
        (
            "About 2,000 members were missing from the electoral register.",
            ["About 2,000 members"],
        ),
        # no verb after the coordination: each count stands
        (
            "The town hosts 500 soldiers and 300 police officers.",
            ["500 soldiers", "300 police officers"],
        ),
    ],
)
def test_no_toll_without_its_verb(text: str, figures: list[str]) -> None:
    assert [f.text for f in find_figures(sentences(text))] == figures


@pytest.mark.parametrize(
    ("text", "figure", "unit", "bound"),
    [
        # a demonym's plural counts people (r35: "14 Palestinians" alone as a key figure)
        (
            "Officials said 14 Palestinians had been killed.",
            "14 Palestinians had been killed",
            "killed",
            None,
        ),
        # a demonym's plural in "-is" too: both sides' dead (review)
        ("Officials said 12 Israelis were killed.", "12 Israelis were killed", "killed", None),
        # killed by a fire: a toll all the same ("hurt by the tariffs" is none)
        ("14 people were killed by Israeli fire.", "14 people were killed", "killed", None),
        # the word of Pakistan's and Iran's press for soldiers killed
        (
            "Six soldiers were martyred in the attack.",
            "Six soldiers were martyred",
            "martyred",
            None,
        ),
        (
            "The missile hit the bridge, killing two crew members.",
            "killing two crew members",
            "dead",
            None,
        ),
        # the qualifier after the verb bounds the toll
        (
            "The strike hit the ship, killing at least nine sailors.",
            "killing at least nine sailors",
            "dead",
            "min",
        ),
        (
            "Three peacekeepers were among those killed.",
            "Three peacekeepers were among those killed",
            "killed",
            None,
        ),
    ],
)
def test_a_toll_keeps_its_verb_and_its_bound(
    text: str, figure: str, unit: str, bound: str | None
) -> None:
    found_figure = find_figures(sentences(text))[0]
    assert (found_figure.text, found_figure.unit, found_figure.bound) == (figure, unit, bound)


def test_a_coordinated_toll_ranks_first() -> None:
    figures = find_figures(
        sentences(
            "The convoy carried 2,000 tonnes of food.",
            "At least 14 guards and three drivers were killed in the ambush.",
        )
    )
    ranked = key_figures(figures, lambda f: 1.0)
    assert ranked[0].text == "At least 14 guards and three drivers were killed"


# -- 3. currencies -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The assembly approved 4.1 billion bolívares for roads.", "4.1 billion bolívares", "VES"),
        ("The assembly approved 4.1 billion bolivares for roads.", "4.1 billion bolivares", "VES"),
        ("Kidnappers asked for 3 million gourdes.", "3 million gourdes", "HTG"),
        ("The budget set aside 90 billion colones.", "90 billion colones", "CRC"),
        ("Costa Rica's surplus was ₡310,000 million.", "₡310,000 million", "CRC"),
        ("Bogotá pledged 2.2 trillion Colombian pesos.", "2.2 trillion Colombian pesos", "COP"),
        ("A sack of rice costs 70,000 Congolese francs.", "70,000 Congolese francs", "CDF"),
        # the CFA franc is two currencies: money, no unit, unless a country settles which
        ("The bank froze 300 billion CFA francs.", "300 billion CFA francs", None),
        ("The bank froze FCFA 300 billion in assets.", "FCFA 300 billion", None),
        ("The bank froze 300 billion FCFA in assets.", "300 billion FCFA", None),
        ("Dakar paid 20 billion Senegalese CFA francs.", "20 billion Senegalese CFA francs", "XOF"),
        (
            "Yaoundé paid 8 billion Cameroonian CFA francs.",
            "8 billion Cameroonian CFA francs",
            "XAF",
        ),
        # a word several countries use stays ambiguous without its country
        ("The ministry pledged 1.6 trillion pesos.", "1.6 trillion pesos", None),
        # Israel's, Myanmar's and Afghanistan's (r35: no figure, or counts)
        ("The cabinet approved NIS 450 million for the north.", "NIS 450 million", "ILS"),
        ("The fund holds 2.3 billion shekels.", "2.3 billion shekels", "ILS"),
        ("The junta printed 500 billion kyats.", "500 billion kyats", "MMK"),
        ("Kabul pledged 12 billion afghanis in relief.", "12 billion afghanis", "AFN"),
    ],
)
def test_regional_currencies_are_money(text: str, figure: str, unit: str | None) -> None:
    """ "3.2 billion bolívares" and "150 million gourdes" had been counts, "FCFA 500
    billion" and "₡250,000 million" no figure at all."""
    assert found(text)[0][:3] == (figure, "money", unit)


def test_a_shared_currency_word_takes_the_country_its_sentence_gave_it() -> None:
    """ "95,000 Congolese francs, up from 60,000 francs": English leaves the country out
    the second time, so the bare word is the one named before it in the sentence; not a
    word with its own modifier ("CFA francs"), nor one in another sentence."""
    assert [
        f.unit
        for f in find_figures(
            sentences(
                "A sack of maize costs 80,000 Congolese francs, up from 55,000 francs in May.",
                "The bank froze 2 billion Congolese francs and 90 billion CFA francs.",
                "Traders paid 7,000 francs.",
            )
        )
    ] == ["CDF", "CDF", "CDF", None, None]


def test_every_currency_code_is_iso() -> None:
    """The codes words.toml gives signs, letters, words and unions are pycountry's."""
    values = number_values()
    currencies = {c.alpha_3 for c in pycountry.currencies}
    countries = {c.alpha_2 for c in pycountry.countries}
    for table in (values.signs, values.currency_letters, values.currency_words):
        assert {c for c in table.values() if c is not None} <= currencies
    for codes in values.currency_choices.values():
        assert set(codes) <= currencies
    assert set(values.currency_unions) <= currencies
    assert set().union(*values.currency_unions.values()) <= countries


# -- 4. exchange rates ---------------------------------------------------------------


def test_an_exchange_rate_is_money_of_the_currency_its_number_names() -> None:
    """An exchange rate is extracted as money, so many of a currency for one dollar,
    "per dollar" in its text, as "$47 a barrel" keeps its "a barrel": "about ₡495 per
    dollar" is CRC, "2,650 pounds to the dollar" money in pounds (of no one country).

    A bare number ("3,100 to the U.S. dollar") is a rate of the currency its clause's
    subject names, but English writes a rate both ways ("the Sudanese pound at 3,100 to
    the dollar" is pounds per dollar, "the pound at 1.25 to the dollar" dollars per
    pound): it is money with no currency, never one guessed. Only a level ("at", "to",
    "of" before it) is a rate; "fell 2 against the dollar" is a change, and no figure."""
    assert found("The rate fell to about ₡480 per dollar.") == [
        ("about ₡480 per dollar", "money", "CRC", 480.0)
    ]
    assert found("The rate stood at 1,950 pounds to the dollar, traders said.") == [
        ("1,950 pounds to the dollar", "money", None, 1950.0)
    ]
    assert found("The Varnian pound fell to a record low of 2,400 to the U.S. dollar.") == [
        ("2,400 to the U.S. dollar", "money", None, 2400.0)
    ]
    assert found("The shilling fell 2 against the dollar.") == []
    # a phrase that goes on is no rate's
    assert found("The firm paid $5 billion to the dollar holders.") == [
        ("$5 billion", "money", None, 5e9)
    ]


# -- 5. a bare "$" -------------------------------------------------------------------


def test_a_bare_dollar_is_the_one_other_dollar_its_article_writes() -> None:
    """A bare "$" is an outlet's own dollar as often as the US one, so it has no currency
    unless its article settles it: an article that writes one other dollar explicitly
    ("G$", "Jamaican dollars") means that one by "$"; a "US$" or "US $" settles nothing
    of its bare sums; another article's bare "$" has none; one that writes two other
    dollars leaves its bare "$" open."""
    figures = find_figures(
        [
            Sentence("Diesel had risen to $9,000 a drum in Lethem.", 1, 1, 0),
            Sentence("The council's budget was G$2.4 billion.", 1, 2, 1),
            Sentence("Its debt is US $40 million.", 1, 3, 2),
            Sentence("Exports reached $1.8 billion a year.", 2, 1, 0),
            Sentence("The fund holds $300 million.", 3, 1, 0),
            Sentence("It also holds 2 billion Jamaican dollars.", 3, 2, 1),
            Sentence("The board lent $70 million.", 4, 1, 0),
            Sentence("It took A$5 million and NZ$3 million.", 4, 2, 1),
        ]
    )
    assert {f.text: f.unit for f in figures} == {
        "$9,000 a drum": "GYD",
        "G$2.4 billion": "GYD",
        "$40 million": "USD",
        "$1.8 billion a year": None,
        "$300 million": "JMD",
        "2 billion Jamaican dollars": "JMD",
        "$70 million": None,
        "A$5 million": "AUD",
        "NZ$3 million": "NZD",
    }


def test_an_outlets_country_settles_its_bare_dollar() -> None:
    """An outlet whose web address or name tells its country means that country's dollar
    by "$", whatever other dollar it writes ("A$" of a neighbour's pledge); an outlet of
    a country without a dollar, or whose name names none, settles nothing."""
    from brief.extract.figures.currencies import outlet_dollar

    assert outlet_dollar("Harbour Radio", "https://www.harbourradio.co.nz/news/1") == "NZD"
    assert outlet_dollar("The Canberra Review", "https://canberrareview.com.au/a") == "AUD"
    assert outlet_dollar("Radio New Zealand", None) == "NZD"
    assert outlet_dollar("The Australian Financial Review", None) == "AUD"
    assert outlet_dollar("The Japan Courier", None) is None  # a country with no dollar
    assert outlet_dollar("ABC News", None) is None
    assert outlet_dollar("Global Wire", "https://globalwire.com/a") is None
    figures = find_figures(
        [
            Sentence("Wellington gave $4 million.", 1, 1, 0),
            Sentence("Canberra gave A$2 million.", 1, 2, 1),
            Sentence("The charity raised $3 million.", 2, 1, 0),
        ],
        outlet_dollars={1: "NZD"},
    )
    assert {f.text: f.unit for f in figures} == {
        "$4 million": "NZD",
        "A$2 million": "AUD",
        "$3 million": None,
    }


def test_two_articles_bare_dollar_sums_are_each_their_own() -> None:
    """The same "$2 million" in two articles is each article's: one's "NZ$" does not
    settle the other's."""
    figures = find_figures(
        [
            Sentence("Wellington gave $2 million.", 1, 1, 0),
            Sentence("It had pledged NZ$1 million in May.", 1, 2, 1),
            Sentence("The charity raised $2 million.", 2, 1, 0),
        ]
    )
    assert [(f.text, f.unit, f.sentence.source) for f in figures if f.value == 2e6] == [
        ("$2 million", "NZD", 1),
        ("$2 million", None, 2),
    ]


def test_lives_threatened_or_at_risk_are_no_toll() -> None:
    """ "threatened to take the lives of 30 hostages", "could cost the lives of 500
    soldiers": nobody died (a reviewer's counter-examples); "has claimed the lives of 40
    civilians" is a toll."""
    found = {
        f.text: f.unit
        for f in find_figures(
            [
                Sentence("Rebels threatened to take the lives of 30 hostages.", 1, 1, 0),
                Sentence("The offensive could cost the lives of 500 soldiers.", 1, 2, 0),
                Sentence(
                    "Envoys took part in the talks and the lives of 20 hostages hang on it.",
                    1,
                    3,
                    0,
                ),
                Sentence("The war has claimed the lives of 40 civilians.", 1, 4, 0),
            ]
        )
    }
    assert found["30 hostages"] == "hostages" and found["500 soldiers"] == "soldiers"
    assert found["20 hostages"] == "hostages"
    assert found["the lives of 40 civilians"] == "dead"


def test_a_shared_currency_word_past_another_place_keeps_no_currency() -> None:
    """ "95,000 Congolese francs in Goma and 40,000 francs in Rwanda": the second sum may
    be Rwanda's, so it takes no currency from the first (a reviewer's counter-example);
    "up from 60,000 francs in January" is the same country's."""
    found = {
        f.text: f.unit
        for f in find_figures(
            [
                Sentence(
                    "Fuel cost 95,000 Congolese francs in Goma and 40,000 francs in Rwanda.",
                    1,
                    1,
                    0,
                ),
                Sentence(
                    "Canberra lent 5 billion Australian dollars and Washington added"
                    " 2 billion dollars.",
                    1,
                    2,
                    0,
                ),
                Sentence(
                    "A sack costs 95,000 Congolese francs, up from 60,000 francs in January.",
                    1,
                    3,
                    0,
                ),
            ]
        )
    }
    assert found["40,000 francs"] is None and found["2 billion dollars"] is None
    assert found["60,000 francs"] == "CDF"


def test_a_count_a_killing_verb_takes_is_a_toll() -> None:
    """ "The attack killed 14 soldiers", "killing at least 12 people": the object of a verb
    that kills or wounds is a toll (a reviewer's M23 copy had shown "At least 43 people"
    as if a force); not a threat, a risk or a denial ("threatened to kill 30 hostages",
    "could kill 500", "did not kill 5")."""
    found = {
        f.text: f.unit
        for f in find_figures(
            [
                Sentence("The attack killed 14 soldiers near Goma.", 1, 1, 0),
                Sentence("A car bomb exploded, killing at least 12 people.", 1, 2, 0),
                Sentence("Shelling wounded 20 civilians on Monday.", 1, 3, 0),
                Sentence("Rebels threatened to kill 30 hostages.", 1, 4, 0),
                Sentence("The strike could kill 500 soldiers.", 1, 5, 0),
                Sentence("The raid did not kill 5 people.", 1, 6, 0),
            ]
        )
    }
    assert found["killed 14 soldiers"] == "dead"
    assert found["killing at least 12 people"] == "dead"
    assert found["wounded 20 civilians"] == "injured"
    assert found["30 hostages"] == "hostages" and found["500 soldiers"] == "soldiers"
    assert found["5 people"] == "people"


def test_a_wires_copy_on_a_sites_page_keeps_no_dollar_of_the_site() -> None:
    """A review: a New Zealand site's copy of a wire story (its outlet the agency) had
    taken NZD for the wire's bare "$"."""
    from dataclasses import replace

    from brief.ingest.files import make_source
    from brief.ingest.layout import parse_text
    from brief.pipeline import _outlet_dollars

    text = "Port fees rise\n\nThe port raised its fees to $40 a tonne on Monday.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    site = replace(doc.source, outlet="Harbour Radio", url="https://harbourradio.co.nz/a")
    assert _outlet_dollars([replace(doc, source=site)]) == {1: "NZD"}
    wire = replace(site, outlet="Reuters")
    assert _outlet_dollars([replace(doc, source=wire)]) == {}
