"""The names superseded.py reads around a forecast's verb and in a toll's sentence: runs of
capitalised words, with the particles that stand inside a name (words.toml's particles)
and "of" between two of them."""

from __future__ import annotations

from brief.extract.figures.tolls import toll_places
from brief.pipeline.superseded.phrases import names_between


def test_a_particle_or_of_between_capitalised_words_is_inside_one_name() -> None:
    text = "Troops reached Maguindanao del Sur and the Bank of Kenya."
    assert names_between(text, 0, len(text)) == [
        frozenset({"maguindanao", "sur"}),
        frozenset({"bank", "kenya"}),
    ]


def test_a_particle_or_of_after_the_last_capitalised_word_is_not() -> None:
    text = "Rescuers found the Minister of state and Ali al in the rubble."
    assert names_between(text, 0, len(text)) == [frozenset({"minister"}), frozenset({"ali"})]


def test_a_tolls_places_are_the_countries_its_names_hold() -> None:
    assert toll_places("In Guinea's capital Conakry, the toll rose to nine.") == {"Guinea"}
    assert toll_places("The Bank of Kenya said nine people died.") == {"Kenya"}
