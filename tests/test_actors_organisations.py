"""Organisations shown by how the text speaks of them, never a person made a body."""

from __future__ import annotations

from brief.extract.actors import find_actors
from brief.extract.quotes import find_quotes
from brief.models import Sentence
from tests.extract_helpers import sentences


def kinds(sents: list[Sentence]) -> dict[str, str]:
    return {a.name: a.kind for a in find_actors(sents)}


def test_a_trade_noun_and_shares_make_a_business() -> None:
    found = kinds(
        sentences(
            "Shares in Korvalo have fallen 6% after the carmaker cut its forecast.",
            "Dutch carmaker Korvalo said sales in Asia had slowed.",
        )
    )
    assert found.get("Korvalo") == "organisation"


def test_its_after_a_subject_and_a_possessive_post_make_a_business() -> None:
    found = kinds(
        sentences(
            "Brenmark has named a new chairman to run its operations.",
            "Brenmark's chief executive will stay on until March.",
        )
    )
    assert found.get("Brenmark") == "organisation"


def test_an_apposition_ending_in_a_trade_noun() -> None:
    found = kinds(
        sentences(
            "Tellaro, Italy's third-biggest software firm, reported a 60% rise in profit.",
            "Analysts expect Tellaro shares to rise further.",
        )
    )
    assert found.get("Tellaro") == "organisation"


def test_one_cue_is_not_enough() -> None:
    found = kinds(sentences("Brenmark has named a new chairman to run its operations."))
    assert "Brenmark" not in found


def test_a_person_is_never_made_a_business() -> None:
    found = kinds(
        sentences(
            "Oliver Quarrie sold his shares on Monday.",
            "Quarrie's shares were worth $4m, and Quarrie's stake in the club is gone.",
            "Quarrie said he would stay.",
        )
    )
    assert found.get("Oliver Quarrie") == "person"
    assert "Quarrie" not in found


def test_places_and_sentence_capitals_are_no_businesses() -> None:
    found = kinds(
        sentences(
            "Growth has slowed and its pace may fall further, the company said.",
            "The firm has plants in Rotterdam, and its Rotterdam plant is its biggest.",
            "Shares in the firm's unit in Rotterdam fell.",
        )
    )
    assert "Growth" not in found
    assert "Rotterdam" not in found


def test_the_end_of_a_longer_name_is_not_the_business() -> None:
    found = kinds(
        sentences(
            "KT Lenvo's creditors met on Monday, and shares in KT Lenvo fell.",
            "The card firm said KT Lenvo's board would meet.",
        )
    )
    assert "Lenvo" not in found


def test_the_business_speaks_its_quotes() -> None:
    sents = sentences(
        "Shares in Korvalo have fallen 6% after the carmaker cut its forecast.",
        "Dutch carmaker Korvalo said sales in Asia had slowed.",
        "“Demand will recover in the second half,” Korvalo said in a statement.",
    )
    quotes = find_quotes(sents, find_actors(sents))
    assert [q.speaker for q in quotes] == ["Korvalo"]
