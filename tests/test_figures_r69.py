"""How news writes figures a list cannot show bare (r69, a war-risk desk's trial), tried on
texts of other settings: a story's toll when its last report counts none, a count revised
by a verb before it, positions and courses, distances by the compass, a worked example, a
comparison's earlier base, a level of last week, a cargo a pronoun owns, a rate with the
subject it is quoted to, and who gives a count when a ship or a modifier stands there."""

from __future__ import annotations

import pytest

from brief.extract.figures import (
    as_of,
    find_figures,
    key_figures,
    latest_tolls,
    of_the_day,
    retold,
    stale_tolls,
)
from brief.models import Figure, Sentence


def _found(*texts: str, published: str | None = None) -> list[Figure]:
    told = [Sentence(t, n, 1, 0) for n, t in enumerate(texts, 1)]
    dates = {n: published for n in range(1, len(texts) + 1)} if published else None
    return [f for f in find_figures(told, dates) if f.kind != "date"]


def _texts(text: str) -> list[str]:
    return [f.text for f in _found(text)]


def _pasts(text: str) -> dict[str, bool]:
    return {f.text: f.past for f in _found(text)}


def test_a_storys_toll_is_its_latest_days_where_the_last_day_counts_none() -> None:
    """A mine collapse told over three days: Monday's "killing three miners", Tuesday's
    "raising the death toll to five", Wednesday's report of the memorial, which counts no
    one. Tuesday's toll is the story's, and Monday's is the count it replaced."""
    found = _found(
        "A tunnel collapsed at the Kolwe copper mine on Monday, killing three miners.",
        "Two more miners died in hospital on Tuesday, raising the death toll to five.",
        "Hundreds of people attended a memorial at the mine gate on Wednesday.",
    )
    day = {1: "2031-03-03", 2: "2031-03-04", 3: "2031-03-05"}

    def of_last_day(figure: Figure) -> bool:
        return figure.sentence.source == 3

    current = latest_tolls(found, of_last_day, lambda f: 0, lambda f: day[f.sentence.source])
    assert [f.text for f in current] == ["death toll to five"]

    def latest(figure: Figure) -> bool:
        return of_last_day(figure) or figure in current

    stale = stale_tolls(found, latest, lambda f: 0, lambda mention: "")
    assert [f.text for f in stale] == ["killing three miners"]
    kept = key_figures([f for f in found if f not in stale], lambda f: 0.0, latest)
    assert kept[0].text == "death toll to five"
    # where the last day counts its dead, that count stands and no earlier one is lifted
    assert not latest_tolls(found, lambda f: f.sentence.source == 2, lambda f: 0, str)
    # a report of no known day settles nothing
    assert not latest_tolls(found, of_last_day, lambda f: 0, lambda f: "")


def test_a_count_revised_by_a_verb_before_it_is_the_current_count() -> None:
    """ "revised the number of ... to", the verb first: the revised count of the hurt, and
    the count the sentence says it was ("not nine") an earlier report's."""
    found = _found(
        "The fire service has revised the number of firefighters injured in the warehouse"
        " blaze to 11, not nine as it said on Friday."
    )
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("number of firefighters injured in the warehouse blaze to 11", 11.0, "injured")
    ]
    assert _texts("Health officials raised the number of people killed in the storm to 23.") == [
        "number of people killed in the storm to 23"
    ]


def test_one_toll_of_one_in_two_wordings_is_one_fact_of_a_story() -> None:
    """ "killing one firefighter" and "1 firefighter killed" in two reports of one fire;
    "a man was killed" and "one person drowned" stay two, which may be two deaths."""
    found = _found(
        "The blaze spread overnight, killing one firefighter, the fire service said.",
        "Casualties: 1 firefighter killed, 4 injured.",
    )
    ranked = key_figures(found, lambda f: float(f.sentence.source == 1))
    again = retold(ranked, lambda f: 0)
    assert [f.text for k, f in enumerate(ranked) if k not in again] == [
        "killing one firefighter",
        "4 injured",
    ]
    found = _found("A man was killed in the flood.", "One person drowned in the river.")
    assert not retold(key_figures(found, lambda f: 0.0), lambda f: 0)


@pytest.mark.parametrize(
    "text",
    [
        "The exclusion zone lies north of latitude 35 degrees South.",
        "The cable runs along longitude 12 degrees East for most of its length.",
        "The reef sits at 17 degrees 45 minutes South and is closed to divers.",
        "The aircraft turned onto a heading of 310 degrees before it vanished from radar.",
        "A fishing boat was seized 12nm NE of Cabo Verde island, the coastguard said.",
        "The yacht capsized 30 nautical miles SSW of the lighthouse.",
        "Escorts must stay within three miles of her until she docks.",
    ],
)
def test_positions_courses_and_bearings_are_no_counts(text: str) -> None:
    assert _texts(text) == []


def test_a_temperature_a_turn_and_a_run_keep_their_figures() -> None:
    assert _texts("Temperatures reached 44 degrees Celsius in Multan.") == ["44 degrees"]
    assert _texts("The rescue boats covered 200 nautical miles in a day.") == ["200 nautical miles"]


def test_a_worked_example_gives_no_figure() -> None:
    """ "For a family of four, ..." works a sum through a supposed case: neither its size
    nor the sum is news. An opening of no size, or a case the text names, is no example."""
    assert _texts("For a household earning $40,000, the new levy means about $600 a year.") == []
    assert _texts("For a family of four, the fare rise adds 120 rupees a week.") == []
    assert _texts("For a third night, 200 families slept in the school hall.") == ["200 families"]


def test_a_comparisons_base_of_an_earlier_time_is_history() -> None:
    pasts = _pasts("Freight agents are now asking $4,200 per container, against $3,100 last month.")
    assert pasts == {"$4,200 per container": False, "$3,100": True}
    assert _pasts("Exports reached 80,000 tonnes, compared with 65,000 tonnes a year earlier.") == {
        "80,000 tonnes": False,
        "65,000 tonnes": True,
    }
    # a rival's share, a control group's and a target are no earlier values
    assert not any(
        _pasts("Ms Okafor had 48.2 percent of the vote against 44.9 percent for Mr Bello.").values()
    )
    assert not any(_pasts("The drug cut relapses by 31%, compared with 9% for placebo.").values())
    assert not any(_pasts("The appeal raised $1.1 billion against a $2 billion target.").values())


def test_a_level_of_last_week_is_history_a_toll_of_last_week_is_not() -> None:
    assert _pasts(
        "Spot charter rates, quoted at 3.5 percent last week, are expected to climb."
    ) == {"3.5 percent": True}
    assert _pasts("Gunmen killed 14 villagers last week, the governor said.") == {
        "killed 14 villagers": False
    }


def test_a_cargo_only_a_pronoun_owns_is_no_key_figure_but_its_crew_killed_is() -> None:
    assert _texts("The Nordvik will unload her 38,000 tonnes of soya at Santos next week.") == []
    assert _texts("The ferry capsized and its 14 crew were killed.") == ["14 crew were killed"]


def test_a_measure_keeps_what_it_measures() -> None:
    assert _texts("Customs officers seized 1.3 tonnes of cocaine hidden in bananas.") == [
        "1.3 tonnes of cocaine hidden"
    ]
    assert _texts("The barge was carrying 2,400 tonnes of coal worth $300,000.")[:1] == [
        "2,400 tonnes of coal"
    ]


def test_a_rate_keeps_whom_it_is_quoted_to() -> None:
    assert _texts("Tankers calling at Ras Tanura are being charged 0.4 percent.") == [
        "Tankers calling at Ras Tanura are being charged 0.4 percent"
    ]


def test_a_ship_is_no_sayer_a_modified_body_is() -> None:
    found = _found(
        "0940 UTC: MV SEA LANTERN reports 3 crew injured by shrapnel.",
        "Eleven migrants were rescued off the coast, a maritime coordination centre said.",
    )
    assert {f.text: f.sayer for f in found} == {
        "3 crew injured": None,
        "Eleven migrants were rescued": "a maritime coordination centre",
    }
    found = _found("Forty crew were evacuated, a regional monitoring centre said.")
    assert [f.sayer for f in found] == ["a regional monitoring centre"]
    found = _found("Twelve boats were counted, a regional reporting office said.")
    assert [f.sayer for f in found] == ["a regional reporting office"]


def test_a_base_keeps_its_earlier_time_in_the_list() -> None:
    text = "Grain is now fetching $232 a tonne, against $214 a tonne last month."
    worded = {as_of(f, text).text: f.past for f in _found(text)}
    assert worded == {"$232 a tonne": False, "$214 a tonne": True}  # money keeps no time
    text = "The jobless rate is 6.1 percent, against 5.8 percent a month earlier."
    worded = {as_of(f, text).text: f.past for f in _found(text)}
    assert worded == {"jobless rate is 6.1 percent": False, "5.8 percent a month earlier": True}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Charterers are now paying 2.1 percent of cargo value.", "2031-05-06"),
        ("Brent stands at $84.20 a barrel.", "2031-05-06"),
        ("Premiums were 2.1 percent of cargo value.", None),  # the past: no day said
        ("Premiums will rise to 2.1 percent next week.", None),  # to come
        ("About 45 ships pass through the channel on an average day.", None),  # a count
    ],
)
def test_a_level_told_in_the_present_is_of_its_reports_day(text: str, day: str | None) -> None:
    found = _found(text)
    assert found
    assert of_the_day(found[0], text, "2031-05-06T09:30:00+00:00") == day
