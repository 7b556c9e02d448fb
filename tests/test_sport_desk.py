"""Sport as news: who speaks where a page goes on about someone by title or description
("he" after "the President" who spoke, "he" after a man the text never names, "the elder
Tanui" of a father and son), whose words a statement read out for someone is, who is a
person (a civil name in brackets is no one else; "Wagner" before a surname is a given
name), and the roles a possessive gives ("The sprinter's coach, X,")."""

from __future__ import annotations

from tests.extract_helpers import one_paragraph_each, people_roles, quotes_of, speakers


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
    said = speakers(
        "Club chief executive Bongani Mthethwa-Zulu said in a statement that the club "
        "“will pay for every funeral”.",
        "A man whose brother was hurt in the crush, and who asked not to be named, sat in "
        "the public gallery.",
        "“Nobody has told us anything,” he told the paper outside.",
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


def test_the_elder_namesake_is_the_one_whose_son_the_other_is() -> None:
    said = _said(
        "Camp questioned over supplements",
        "The sprinter's trainer, Joseph Kiplagat Tanui, said he had checked every product.",
        "His son and physio, Brian Tanui, who runs the camp's gym, gave evidence on Friday.",
        "“Brian has nothing to hide,” the elder Tanui said.",
    )
    assert said[-1] == ("Brian has nothing to hide", "Joseph Kiplagat Tanui")


def test_the_younger_namesake_is_the_one_brought_in_as_the_younger_brother() -> None:
    said = _said(
        "Federation row deepens",
        "Federation president Luis Quispe said the audit was unlawful.",
        "The committee is led by Quispe's younger brother, Marco Quispe.",
        "“We will respect the ruling,” the younger Quispe said.",
    )
    assert said[-1] == ("We will respect the ruling", "Marco Quispe")


def test_a_statement_read_out_on_her_behalf_is_hers() -> None:
    said = speakers(
        "Sprinter Faith Chebet Langat did not attend the ruling in Nairobi.",
        "Her lawyer, Otieno Mbugua, read a short statement on her behalf outside the court.",
        "“I have never doped and I never will,” the statement said.",
    )
    assert said[-1] == ("I have never doped and I never will", "Faith Chebet Langat")


def test_an_owner_and_a_persons_noun_before_a_name_is_a_role() -> None:
    roles = people_roles(
        "The sprinter's coach, Joseph Kiplagat Tanui, said he had checked every product.",
        "The club's goalkeeper, Brian Otieno Were, said the team would appeal.",
        "The teenager, Mercy Akinyi Odhiambo, said nothing.",
    )
    assert roles["Joseph Kiplagat Tanui"] == "sprinter's coach"
    assert roles["Brian Otieno Were"] == "club's goalkeeper"
    assert roles.get("Mercy Akinyi Odhiambo") is None
