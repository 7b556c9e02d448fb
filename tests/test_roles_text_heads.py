"""Local offices: a word no list holds that the article shows to be one (roles.text_heads),
an office ended before a styled name, and a predecessor's officer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from brief.extract.actors import find_actors, read
from brief.extract.actors.roles import is_head, text_heads
from brief.models import Actor, Sentence
from tests.extract_helpers import people_roles as people
from tests.extract_helpers import sentences


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


def _two_articles() -> tuple[list[Sentence], list[Sentence]]:
    """An article that shows "mukhtar" to be an office, and one of a man whose given
    name is Mukhtar."""
    office = sentences(
        "Ilvan Tessaro, a mukhtar of the upper quarter, objected on Friday.",
        "Mukhtar Gerardo Pellucci Santangelo said the fees were collected weekly.",
        '"We kept every receipt," the mukhtar said.',
    )
    baker = [
        replace(sentence, source=2)
        for sentence in sentences(
            "Mukhtar Hamid Qureshi said the bakery would reopen on Monday.",
            "Qureshi has run the bakery since 2009.",
        )
    ]
    return office, baker


def _people(actors: Sequence[Actor]) -> dict[str, str | None]:
    return {actor.name: actor.role for actor in actors if actor.kind == "person"}


def test_an_office_one_article_shows_is_no_title_in_another() -> None:
    office, baker = _two_articles()
    for text in ([*office, *baker], [*baker, *office]):
        found = _people(find_actors(text))
        assert found["Mukhtar Hamid Qureshi"] is None
        assert found["Gerardo Pellucci Santangelo"] == "Mukhtar"


def test_the_sentences_read_apart_use_their_own_articles_offices() -> None:
    """The sentences another process reads (actors.read) learn as find_actors does."""
    office, baker = _two_articles()
    text = [*office, *baker]
    first = len(office) - 1
    reading = read(text, first)
    found = _people(find_actors(text, first, lambda: reading))
    assert found == _people(find_actors(text))
    assert found["Mukhtar Hamid Qureshi"] is None


def test_the_offices_of_one_article_of_several_are_not_read_across_them() -> None:
    """After the sentences, find_actors asks of the whole text at once: a text of one
    article keeps its offices, one of several has none (names.TextOffices)."""
    office, baker = _two_articles()
    find_actors(office)
    assert is_head("mukhtar")
    find_actors([*office, *baker])
    assert not is_head("mukhtar")


def test_a_participle_before_a_noun_is_no_office() -> None:
    """ "an aspiring rapper", "the domineering landlady": a participle describes."""
    learned = text_heads.learn(
        [
            "The film follows an aspiring rapper, Dellon Okafor, through one summer.",
            "Okafor plays opposite the domineering landlady, Ruth Ambery.",
            "The aspiring said nothing.",
        ]
    )
    assert learned == frozenset()


def test_a_noun_before_the_head_of_its_phrase_is_its_modifier() -> None:
    """English puts a noun phrase's head last: "the sisal company, ..." is a company,
    and "sisal" no office of its own, nor "company" an adjective after one (as
    "municipal" is of "síndico municipal")."""
    learned = text_heads.learn(
        [
            "The sisal company, Oriane Vasseur Fibres, denied the claim.",
            "The tannery foreman, Ilse Brandvold, said the vats were drained.",
        ]
    )
    assert learned == frozenset()


def test_a_phrase_apposed_to_a_company_or_a_works_name_shows_no_office() -> None:
    learned = text_heads.learn(
        [
            "The claim was filed by the gravellers, Ostrand Holdings Ltd., in May.",
            "It followed an earlier complaint by the quarrymasters, The Stone Guild.",
            "The gravellers said little; the quarrymasters said less.",
        ]
    )
    assert learned == frozenset()


def test_the_plural_of_an_english_noun_is_none() -> None:
    """ "Greek sprinters Kostas ..." names two people by what they do."""
    learned = text_heads.learn(
        [
            "Local campaigners Tove Lindqvist and Arne Borg met the council.",
            "The campaigners said they would appeal.",
        ]
    )
    assert learned == frozenset()
