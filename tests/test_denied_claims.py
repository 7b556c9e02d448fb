"""A denial is read beside the claim it answers, or not at all (r73 F7). Every text here
is invented."""

from __future__ import annotations

from brief.models import Sentence
from brief.selection.denied_claims import (
    answers_unstated_claim,
    closes_attributed_quote,
    denied_predicate,
    with_contested_claims,
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


def test_a_denial_that_states_its_claim_gives_the_claims_verb() -> None:
    assert (
        denied_predicate(
            '"Reports that the warehouse was flooded on purpose are entirely false," the port'
            " authority said."
        )
        == "flooded"
    )
    assert denied_predicate(
        "The mill denied that its managers had dumped solvent in the river."
    ) == ("dumped")
    assert denied_predicate(
        "Carvel Mining rejected allegations that guards fired at strikers."
    ) == ("fired")
    # no denial, or a denial negated: nothing denied
    assert (
        denied_predicate("The claims that the dam was cracked were examined by engineers.") is None
    )
    assert denied_predicate("The mill did not deny that solvent had leaked.") is None
    assert denied_predicate("The mill denied the reports.") is None  # states no claim


def test_a_quote_closed_with_its_speaker_is_told_from_one_given_to_a_pronoun() -> None:
    assert closes_attributed_quote('"The pumps were switched off," the union\'s lawyer said.')
    assert closes_attributed_quote(
        'It was switched off," her brother, Tomas Reyl, told reporters on Friday.'
    )
    assert not closes_attributed_quote('"The pumps were switched off," he said.')
    assert not closes_attributed_quote('"The pumps were switched off."')
    assert not closes_attributed_quote("The pumps were switched off, the union said.")


def _contest() -> list[Sentence]:
    texts = [
        (
            1,
            1,
            1,
            "Carvel Mining said on Friday that a miner found dead at its Brennock shaft had"
            " suffered a stroke and that its own inquiry had found no fault.",
        ),
        (
            1,
            2,
            2,
            '"Allegations that the ventilation was switched off are false," the company said.',
        ),
        (1, 3, 3, "The company said the shaft had passed an inspection in May."),
        (1, 4, 4, "Regional inspectors will visit the mine next week, the company added."),
        (
            2,
            1,
            1,
            "Aron Vale, 41, died at the Brennock shaft on Thursday night, the miners' union said.",
        ),
        (2, 2, 2, '"They switched off the ventilation to save money.'),
        (2, 3, 2, 'He could not breathe down there," his brother, Tomas Vale, told reporters.'),
        (2, 4, 3, "The union is calling for a strike on Monday."),
    ]
    return [Sentence(text, source, index, paragraph) for source, index, paragraph, text in texts]


def test_a_denial_that_states_a_claim_comes_with_the_claim_and_its_claimant() -> None:
    unique = _contest()
    fresh = list(range(len(unique)))
    # the company's side is told by three bullets: its denial and the brother's words come
    # in, and the company's side gives way, not the union's report
    picks = with_contested_claims(unique, (0, 2, 3, 4), fresh, frozenset(), 4, always)
    assert picks == (0, 1, 5, 6, 4)
    # the claim's quote was sent before (or is unfit): nothing is added
    assert with_contested_claims(unique, (0, 2, 4), [0, 1, 2, 3, 4, 7], frozenset(), 3, always) == (
        0,
        2,
        4,
    )
    assert with_contested_claims(unique, (0, 2, 4), fresh, frozenset({5}), 3, always) == (0, 2, 4)
    # the denier's report is not among the picks: nothing is added
    assert with_contested_claims(unique, (4, 7), fresh, frozenset(), 2, always) == (4, 7)


def test_a_claim_given_to_a_pronoun_or_negated_is_not_the_claim() -> None:
    unique = _contest()
    unique[6] = Sentence('He could not breathe down there," he told reporters.', 2, 3, 2)
    fresh = list(range(len(unique)))
    assert with_contested_claims(unique, (0, 2, 4), fresh, frozenset(), 3, always) == (0, 2, 4)
    # a reporter's sentence saying who claims it will do
    unique.append(
        Sentence(
            "Workers at the shaft said managers had switched off the ventilation overnight.",
            3,
            1,
            1,
        )
    )
    fresh = list(range(len(unique)))
    assert with_contested_claims(unique, (0, 2, 4), fresh, frozenset(), 3, always) == (0, 1, 8)


def test_a_picked_denial_brings_the_claim_right_after_it() -> None:
    unique = _contest()
    fresh = list(range(len(unique)))
    assert with_contested_claims(unique, (1, 0, 7), fresh, frozenset(), 3, always) == (1, 5, 6, 7)


def test_a_denied_clause_without_a_verb_of_its_own_gives_none() -> None:
    # "are about to ...": the verb after the auxiliary is a common word, no claim's verb
    assert denied_predicate("The two carriers denied that they are about to merge.") is None
