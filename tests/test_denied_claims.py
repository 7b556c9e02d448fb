"""A denial is read beside the claim it answers, or not at all (r73 F7). Every text here
is invented."""

from __future__ import annotations

from brief.models import Sentence
from brief.selection.denied_claims import (
    answers_unstated_claim,
    with_denials_after_claims,
    with_denied_claims,
)


def test_a_denial_that_refers_back_to_its_claim_is_told_apart_from_one_that_states_it() -> None:
    # the claim is elsewhere: a determined claim's noun, a pronoun, a label of falsity
    assert answers_unstated_claim("The navy rejected the accusations on Tuesday.")
    assert answers_unstated_claim("The port authority denied it.")
    assert answers_unstated_claim("The rebels dismissed the reports as lies.")
    assert answers_unstated_claim(
        "Veldan's interior ministry said it had no boats in the bay and called the report"
        ' "a fabrication."'
    )
    assert answers_unstated_claim("The ministry denied the claims, calling them baseless.")
    # the denial states what it denies, and often who claims it
    assert not answers_unstated_claim(
        "The navy rejects the claim of the Ostrian coast guard that its cutter rammed a"
        " fishing boat."
    )
    assert not answers_unstated_claim("Veldan denied that its cutter had rammed the boat.")
    assert not answers_unstated_claim("Ostria has denied firing on the harbour.")
    assert not answers_unstated_claim("The mayor denied the reports about a second blast.")
    # no claim: an offer, a figure, a denial conceded
    assert not answers_unstated_claim("She rejected the offer of talks.")
    assert not answers_unstated_claim("Nobody denied that the port was closed.")
    assert not answers_unstated_claim("He denied that at no time had he met the envoy.")
    assert answers_unstated_claim("The navy denied it on Tuesday.")
    # a denial negated is none
    assert not answers_unstated_claim(
        'Under the settlement the yard "neither admits nor denies the allegations".'
    )
    assert not answers_unstated_claim("The navy did not deny the reports.")


def _unique() -> list[Sentence]:
    texts = [
        (1, 1, "Storms closed the Veldan ferry route for a second day on Monday."),
        (1, 2, "About 2,000 passengers were stranded in Port Ostra."),
        (
            2,
            1,
            "A patrol boat rammed a fishing trawler off the island of Serka on Sunday, the"
            " Ostrian fishermen's union said.",
        ),
        (2, 2, "Two fishermen were hurt, the union said."),
        (2, 3, 'Veldan\'s navy said it had no boats in the area and called the report "a lie."'),
        (3, 1, "Ferries resumed on Tuesday, the operator said."),
    ]
    return [Sentence(text, source, index, 0) for source, index, text in texts]


def always(_sentence: Sentence) -> bool:
    return True


def test_a_denial_without_its_claim_brings_its_reports_lede_or_goes() -> None:
    unique = _unique()
    fresh = list(range(len(unique)))
    # the claim, its report's lede, takes a place right before the denial
    assert with_denied_claims(unique, (0, 4, 1), fresh, frozenset(), 3, always) == (0, 2, 4)
    # with room, nothing makes way
    assert with_denied_claims(unique, (0, 4), fresh, frozenset(), 4, always) == (0, 2, 4)
    # an earlier bullet of its report tells the claim already
    assert with_denied_claims(unique, (0, 3, 4), fresh, frozenset(), 3, always) == (0, 3, 4)
    # a lede sent before, unfit or no bullet: the denial goes
    assert with_denied_claims(unique, (0, 4, 1), [0, 1, 3, 4], frozenset(), 3, always) == (0, 1)
    assert with_denied_claims(unique, (0, 4, 1), fresh, frozenset({2}), 3, always) == (0, 1)
    assert with_denied_claims(unique, (0, 4, 1), fresh, frozenset(), 3, lambda s: False) == (0, 1)
    # a story's first bullet keeps its place
    assert with_denied_claims(unique, (4, 0), fresh, frozenset(), 2, always) == (4, 0)


def test_a_claim_brings_the_denial_its_report_gives_right_after_it() -> None:
    """r74 F15: an accusation was a bullet and the next sentence of its report, "Warsaw
    rejected the accusation.", none."""
    texts = [
        (1, 1, "Ostria recalled its envoy from Veldan on Monday.", 0),
        (
            1,
            2,
            "Veldan's police said on Sunday that an Ostrian trawler captain had smuggled"
            " radios to the rebels.",
            1,
        ),
        (1, 3, "Ostria rejected the accusation.", 2),
        (1, 4, "The trawler's crew were released on Sunday night.", 3),
        (2, 1, "Ferries resumed on Tuesday, the operator said.", 0),
    ]
    unique = [Sentence(text, source, index, para) for source, index, text, para in texts]
    fresh = list(range(len(unique)))
    # the denial follows its claim; the last other pick makes room
    assert with_denials_after_claims(unique, (0, 1, 3), fresh, frozenset(), 3, always) == (
        0,
        1,
        2,
    )
    assert with_denials_after_claims(unique, (0, 1), fresh, frozenset(), 4, always) == (0, 1, 2)
    # not where it is unfit, already told or not fresh; a sentence that states what it
    # denies needs no claim before it and is left to rank as it does
    assert with_denials_after_claims(unique, (0, 1), fresh, frozenset({2}), 3, always) == (0, 1)
    assert with_denials_after_claims(unique, (0, 2, 1), fresh, frozenset(), 3, always) == (
        0,
        2,
        1,
    )
    assert with_denials_after_claims(unique, (0, 1), [0, 1, 3], frozenset(), 3, always) == (0, 1)
    # the next sentence answers nothing: the picks as they were
    assert with_denials_after_claims(unique, (2, 3), fresh, frozenset(), 3, always) == (2, 3)
