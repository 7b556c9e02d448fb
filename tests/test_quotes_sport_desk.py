"""Who speaks where a sports page goes on about someone by title or description: "he"
after "the President" who spoke, "he" after a man the text never names, and the person
a description brings in by the name they gave."""

from __future__ import annotations

from tests.extract_helpers import one_paragraph_each, people_roles, quotes_of


def _said(*texts: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.actor) for q in quotes_of(one_paragraph_each(*texts))]


def test_he_after_the_president_who_spoke_is_the_president() -> None:
    said = _said(
        "Club statement on the audit",
        "President Armando Vieira Leal spoke to members in a recorded video on Friday.",
        "“Every payment is in the books,” the President said. “Nothing is hidden.”",
        "The President also urged fans to stay away from the offices. "
        "“Fill the stands on Saturday instead,” he said.",
    )
    assert said[-1] == ("Fill the stands on Saturday instead", "Armando Vieira Leal")


def test_he_after_a_man_the_text_does_not_name_is_nobody_named() -> None:
    said = _said(
        "Inquiry hears of gate chaos",
        "Club director Bongani Mthethwa-Zulu said the club would pay for the funerals.",
        "A man whose brother was hurt in the crush, and who asked not to be named, "
        "waited outside all day. “Nobody has told us anything,” he told reporters.",
    )
    assert said[-1] == ("Nobody has told us anything", None)


def test_a_woman_who_gave_her_name_is_the_one_so_named() -> None:
    said = _said(
        "Families wait outside the prison",
        "A woman from Bannu, who gave her name as Gul Naz Bibi, said her brother had "
        "not been seen since the attack.",
        "“We only want to know if he is alive,” she said.",
    )
    assert said[-1] == ("We only want to know if he is alive", "Gul Naz Bibi")


def test_a_bracketed_civil_name_after_a_mononym_is_no_one_else() -> None:
    people = people_roles(
        "Visitors led through a header by centre-back Dodô (Rodrigo Fernandes Alves) in "
        "the 23rd minute.",
        "Dodô said the team had deserved the win.",
    )
    assert "Rodrigo Fernandes Alves" not in people
    assert "Dodô" in people


def test_a_bodys_one_word_alias_before_a_surname_is_a_given_name() -> None:
    people = people_roles(
        "Referee Wagner Lopes Trindade sent off two players and gave no interviews.",
        "Wagner Lopes Trindade was praised by the league.",
    )
    assert "Wagner Lopes Trindade" in people
