"""A report that opens with a person leaving an office gives its story a bullet."""

from __future__ import annotations

from brief.models import Sentence
from brief.pipeline.departures import tells_departure, with_departure


def test_a_departure_is_told_by_its_own_clause_only() -> None:
    assert tells_departure("Harbour Minister Ines Calder resigned on Monday over the strike.")
    assert tells_departure("The mayor was sacked after a row over the budget, the council said.")
    assert tells_departure("The agency said its director had stepped down.")
    assert tells_departure("Olaf Brenn resigned as mayor of Tarn on Friday.")
    # "one's" of a phrase is the holder's possessive
    assert tells_departure("The governor was removed from his post on Friday.")
    # a relative clause adds to a name, and "after" names what came before the news
    assert not tells_departure("Olaf Brenn, who resigned as mayor in 2019, will run again.")
    assert not tells_departure("Talks resumed on Monday, a week after the envoy resigned.")
    assert not tells_departure("The port reopened on Monday after a two-day strike.")


def test_only_a_person_or_an_office_holder_leaves_an_office() -> None:
    # the same verbs of a common noun's subject tell no one leaving an office
    assert not tells_departure("Riot police said tear gas was fired at protesters in Tarn.")
    assert not tells_departure("Shots had been fired near the border post overnight.")
    assert not tells_departure("Troops stood down on Sunday as the floodwater fell.")
    assert not tells_departure("A rocket was fired from the hills, the army said.")


def test_a_weapons_or_a_bodys_name_holds_no_office() -> None:
    # an acronym, or a name after "a"/"an", is a thing's: no person leaves an office
    assert not tells_departure("An HIMARS was fired at the depot near Tarn overnight.")
    assert not tells_departure("The ATACMS was fired from across the river, officials said.")
    assert not tells_departure("A Zircon was fired at the harbour on Monday.")
    assert not tells_departure("NATO stood down its patrol aircraft on Sunday.")
    # a person's name, or an indefinite title, still leaves one
    assert tells_departure("McAllister was fired on Monday after the audit, the club said.")
    assert tells_departure("A deputy minister resigned on Friday over the contract.")
    assert tells_departure("Gen. Bako was sacked by the president on Tuesday.")


def _unique() -> list[Sentence]:
    texts = [
        (1, 1, "Dock workers in Calder ended their strike on Monday after a pay deal."),
        (1, 2, "Ships queued outside the harbour for a third day."),
        (2, 1, "Harbour Minister Ines Calder resigned on Monday over the strike."),
        (2, 2, "Calder had refused to meet the union in March."),
        (3, 1, "The union said the deal would raise pay by 6%."),
    ]
    return [Sentence(text, source, index, 0) for source, index, text in texts]


def test_a_resignation_no_bullet_tells_takes_a_place_after_the_first() -> None:
    unique = _unique()
    fresh = [0, 4, 3, 1, 2]
    assert with_departure(unique, (0, 4, 3), fresh, frozenset(), 3) == (0, 2, 4)
    # with room, nothing makes way; a pick that tells it already is enough
    assert with_departure(unique, (0, 4), fresh, frozenset(), 3) == (0, 2, 4)
    assert with_departure(unique, (2, 0), fresh, frozenset(), 3) == (2, 0)
    # a sentence sent before, or unfit, is no bullet; nor a departure not in a lede
    assert with_departure(unique, (0, 4), [0, 4, 3, 1], frozenset(), 3) == (0, 4)
    assert with_departure(unique, (0, 4), fresh, frozenset({2}), 3) == (0, 4)
