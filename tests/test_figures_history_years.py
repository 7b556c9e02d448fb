"""A toll its sentence dates in an earlier year by its opening is history, shown with that
year (r73 F11: "more than 50 people were killed" of 2021 had topped a 2031 brief's key
figures). Every text here is invented."""

from __future__ import annotations

from brief.extract.figures import as_of, find_figures
from brief.models import Figure, Sentence


def _scanned(text: str, published: str = "2033-05-02") -> dict[str, Figure]:
    found = find_figures([Sentence(text, 1, 1, 0)], {1: published})
    return {f.text: as_of(f, text) for f in found}


def test_a_toll_in_a_relative_clause_under_an_opening_year_is_history() -> None:
    text = (
        "In March 2022, a row over grazing rights near Hollin turned into three days of"
        " clashes in which more than 30 people were killed."
    )
    toll = _scanned(text)["more than 30 people were killed"]
    assert toll.past
    assert toll.text == "more than 30 people were killed, in March 2022"
    # where a year opens the sentence, a count of its main clause keeps it too
    mine = _scanned("In 2030, the Hollin mine produced 190,000 ounces.")
    assert mine["190,000 ounces"].text == "190,000 ounces, in 2030"


def test_a_relative_clause_of_now_under_an_opening_year_is_not_history() -> None:
    plant = _scanned("In 2030, the company opened a plant which employs 600 people.")
    assert not plant["600 people"].past
    since = _scanned("In 2030, rebels attacked a convoy in which 12 soldiers have died since.")
    assert not next(f for t, f in since.items() if "12 soldiers" in t).past


def _retold(texts: list[str], published: str = "2033-05-02") -> dict[str, Figure]:
    sentences = [Sentence(text, 1, k + 1, k) for k, text in enumerate(texts)]
    return {f.text: f for f in find_figures(sentences, {1: published})}


def test_a_retrospective_s_counts_told_in_the_past_are_its_years() -> None:
    """A report whose lead opens in an earlier year tells that year's event in its later
    sentences in the past: their counts are history, with the year (r74 F5)."""
    found = _retold(
        [
            "Six years ago, on a wet evening in October 2027, the ferry Marit Holm ran"
            " aground off Skellan.",
            "The crew had spent 14 hours on the rocks before the lifeboat came.",
            '"I thought we would not see morning," the skipper, now 61, said this week.',
            "The rescue, led by the Skellan lifeboat, saved 38 passengers.",
            "The company now runs three ferries on the route.",
        ]
    )
    assert found["38 passengers, in October 2027"].past
    assert found["14 hours, in October 2027"].past
    assert not any(f.past for t, f in found.items() if "three ferries" in t)


def test_a_report_of_today_after_a_recalled_year_keeps_its_counts() -> None:
    # the lead tells the news: no earlier year opens it
    found = _retold(
        [
            "The ferry Marit Holm ran aground off Skellan on Tuesday.",
            "The rescue saved 38 passengers.",
        ]
    )
    assert not any(f.past for f in found.values())
    # the narrative of the earlier year ends where a sentence dates the news
    found = _retold(
        [
            "In October 2027, the ferry Marit Holm ran aground off Skellan.",
            "On Tuesday, her sister ship struck the same reef.",
            "The lifeboat rescued 41 passengers.",
        ]
    )
    assert not any(f.past for t, f in found.items() if "41" in t)
