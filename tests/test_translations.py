"""A sentence in another language with its translation beside it is no bullet (r67 F11)."""

from brief.models import Sentence
from brief.selection.translations import translated

ARTICLE = [
    "Opposition candidate Fatou Kaboré said on Monday that the shutdown was meant to hide fraud.",
    "«Ils ont coupé internet parce qu'ils ont peur des procès-verbaux», a déclaré Mme Kaboré.",
    '("They cut the internet because they are afraid of the tally sheets," Ms Kaboré said.)',
    "NetWatch Africa estimated that the shutdown was costing the economy 2.4 billion a day.",
]


def _sentences(texts: list[str]) -> list[Sentence]:
    return [Sentence(text, 0, k + 1, k) for k, text in enumerate(texts)]


def test_the_original_beside_its_translation_is_set_aside() -> None:
    assert translated(_sentences(ARTICLE)) == frozenset({1})


def test_a_foreign_sentence_without_its_translation_stays() -> None:
    assert translated(_sentences([ARTICLE[0], ARTICLE[1], ARTICLE[3]])) == frozenset()


def test_a_quotation_in_guillemets_is_no_bullet() -> None:
    """Someone's words in «» are a quotation, as in "" (r67 F11)."""
    from brief.rank.coverage import can_be_bullet

    assert not can_be_bullet(ARTICLE[1])
    assert can_be_bullet("The minister called the claim «pure fiction» on Tuesday in Sorbo.")
