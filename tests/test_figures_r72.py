"""Key figures that dropped a side or a negation (r72, a committee researcher's trial),
tried on texts of other settings: a senate's tally, a reservoir's denied capacity and a
navy's answer to a denial."""

from __future__ import annotations

from brief.extract.figures import find_figures
from brief.models import Figure, Sentence


def _found(*paragraphs: tuple[str, ...]) -> list[Figure]:
    told: list[Sentence] = []
    for paragraph, texts in enumerate(paragraphs):
        told += [Sentence(t, 1, len(told) + 1, paragraph) for t in texts]
    return [f for f in find_figures(told) if f.kind != "date"]


def _texts(*texts: str) -> list[str]:
    return [f.text for f in _found(*((t,) for t in texts))]


def test_a_tally_keeps_the_side_against() -> None:
    """ "by 54 votes to 41" is a result of two sides: "54 votes" alone hides the 41."""
    assert _texts("The senate in Montevideo passed the pension bill by 54 votes to 41.") == [
        "54 votes to 41"
    ]
    assert _texts("The council rejected the plan by 12 votes to 9 votes on Friday.") == [
        "12 votes to 9 votes"
    ]
    assert _texts("Delegates backed the charter, 301 votes against 287, with 5 abstentions.") == [
        "301 votes against 287",
        "5 abstentions",
    ]


def test_a_change_of_a_tally_is_no_second_side() -> None:
    """ "from 1,200 votes to 1,350" is a count that changed, and "to 63 percent" a share."""
    texts = _texts("The recount moved her total from 1,200 votes to 1,350 in one district.")
    assert "1,200 votes to 1,350" not in texts
    assert not any("to 63" in t for t in _texts("Support went from 40 votes to 63 percent."))


def test_a_negated_verbs_object_is_no_figure() -> None:
    """ "cannot hold 4 million cubic metres" says the reservoir does not: shown bare, the
    measure would read as what it holds. A count a verb of ability leaves untouched
    stands ("could not reach 40 villages": there are 40 villages cut off)."""
    assert (
        _texts("The old reservoir near Tarija cannot hold 4 million cubic metres of water.") == []
    )
    assert _texts("The treasury has not paid out more than $5 million so far.") == []
    assert _texts("Rescuers could not reach 40 villages in the valley.") == ["40 villages"]
    # a bound and an additive negation are no denial of the figure
    assert _texts("The spill covered not more than 12 km of coast.") != []
    assert _texts("The mill did not only produce 40,000 tonnes of pulp.") != []


def test_a_claim_restated_against_a_denial_is_no_figure() -> None:
    """A spokesman who answers the other side's denial and restates the claim gives one
    side of a dispute: its duration is no bare key figure. A report that only tells of a
    denial leaves the next sentence's news as it is."""
    found = _found(
        (
            "NAVY SPOKESMAN: The Chilean denial does not change the facts.",
            "Our sensors tracked the drone over the base for 40 minutes.",
        ),
        ("The ministry's denial came late on Tuesday.", "Police said 40 people were arrested."),
        ("Despite the army's rejection, villagers say the shelling lasted 3 hours.",),
    )
    assert [f.text for f in found] == ["40 people were arrested"]
