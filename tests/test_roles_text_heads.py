"""Local offices: a word no list holds that the article shows to be one (roles.text_heads),
an office ended before a styled name, and a predecessor's officer."""

from __future__ import annotations

from brief.extract.actors.roles import is_head, text_heads
from tests.extract_helpers import people_roles as people


def test_a_foreign_word_the_text_makes_speak_and_sets_before_a_name_is_a_title() -> None:
    found = people(
        "The motion was tabled by Mukhtar Rosalind Okonkwo-Vale, the village's mukhtar.",
        "Ilvan Tessaro, a mukhtar of the upper quarter, objected on Friday.",
        "Mukhtar Gerardo Pellucci Santangelo said the fees were collected weekly.",
        '"We kept every receipt," the mukhtar said.',
    )
    assert "Gerardo Pellucci Santangelo" in found
    assert found["Gerardo Pellucci Santangelo"] == "Mukhtar"


def test_an_office_apposed_to_a_name_after_of_and_a_place_is_learned() -> None:
    learned = text_heads.learn(
        [
            "The delay angered the alcaldesa of Tornavento, Beatriz Solano Ruiz, on Monday.",
            "The decision, the alcaldesa said, was taken without her.",
        ]
    )
    assert learned == {"alcaldesa"}


def test_a_closed_compound_of_a_known_office_is_one() -> None:
    assert text_heads.learn(["Undersheriff Corin Lasky stood beside him."]) == {"undersheriff"}


def test_a_place_or_a_nouns_modifier_is_no_office() -> None:
    learned = text_heads.learn(
        [
            "Residents met at the barangay hall, and the barangay would meet again.",
            "Barangay Captain Lorna Quimpo said the vote was fair.",
            "Delegate of the governorate, Sana Belhadj, was charged on Tuesday.",
            "The governorate said the roads were closed.",
        ]
    )
    assert learned == frozenset()


def test_the_offices_learned_are_the_last_texts_only() -> None:
    people('"We kept every receipt," the mukhtar said.', "Mukhtar Gerardo Pellucci said so.")
    people("Gerardo Pellucci said the fees were collected weekly.")
    assert not is_head("mukhtar")


def test_an_adjective_after_a_learned_office_is_the_offices() -> None:
    found = people(
        "The alcalde municipal, Rodrigo Arévalo Pons, said the road would reopen.",
        "Former alcalde municipal Tomás Benítez Soler was not at the session.",
    )
    assert found["Rodrigo Arévalo Pons"] == "alcalde municipal"
    assert found["Tomás Benítez Soler"] == "Former alcalde municipal"


def test_a_text_read_again_learns_its_offices_again() -> None:
    """The offices are learned as if no text came before: the last text's, still role
    heads while the next is learned, made its shapes read as a known head's, so that a
    text read twice in one process ("brief batch", a test run) lost its offices."""
    texts = (
        "The alcalde municipal, Rodrigo Arévalo Pons, said the road would reopen.",
        "Former alcalde municipal Tomás Benítez Soler was not at the session.",
    )
    first = people(*texts)
    assert people(*texts) == first
    assert first["Rodrigo Arévalo Pons"] == "alcalde municipal"


def test_an_office_removed_before_a_styled_name_is_a_former_one() -> None:
    found = people(
        "The board on Monday removed the director of finance, Dr. Ilse Varga Moreno,"
        " two days after the audit."
    )
    assert found["Ilse Varga Moreno"] == "former director of finance"


def test_a_predecessors_officer_holds_no_office_the_text_gives_now() -> None:
    found = people(
        "Roe is not to be confused with his predecessor's deputy Marta Quillon Ferreira,"
        " who spoke later."
    )
    assert found["Marta Quillon Ferreira"] is None
