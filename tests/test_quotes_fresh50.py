"""Speech and people as news English marks them, from the energy, mining, land and water
desk's kinds of copy (fresh50's odd half): styles that are given names too and a chief's
title before a name, a call's labels with the firm in brackets, a name with an
apposition and a relative clause before its verb, an apposition that names the object
of the one before, and an honorific in brackets after a professional style. Invented
sentences of other settings only."""

from __future__ import annotations

from pathlib import Path

from brief.extract.actors import find_actors
from brief.models import Actor
from tests.extract_helpers import people_roles, quotes_of, sentences_of, speakers

people_of = people_roles


def article(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    """The quotes of an article read through the product's own ingest and segmenter."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(q.text, q.actor) for q in quotes_of(sentences_of(path))]


def actors_of(tmp_path: Path, text: str) -> list[Actor]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return find_actors(sentences_of(path))


def test_a_name_its_apposition_and_a_relative_clause_before_the_verb_speak_as_the_name() -> None:
    said = speakers(
        "Ms. Ana Lobo, Secretary of the Riverside Tenants Union, who met the landlord on"
        ' Monday, said: "We will count the repairs, not the promises."',
    )
    assert said == [("We will count the repairs, not the promises.", "Ana Lobo")]
    said = speakers(
        "In Leeds, union spokesperson Dr. Amy Cole, who is no relation of the mayor, said:"
        ' "The buses run tomorrow."',
    )
    assert said == [("The buses run tomorrow.", "Amy Cole")]


def test_an_apposition_naming_the_object_of_the_one_before_leaves_the_subject() -> None:
    said = speakers(
        "In a letter to staff, Sir Tom Varley, chairman of the holding company, Varley"
        ' Freight plc, said: "The depot stays open."',
    )
    assert said == [("The depot stays open.", "Tom Varley")]


def test_an_honorific_in_brackets_after_a_style_leaves_the_title_before_it() -> None:
    people = people_roles(
        '"The pumps held," Water Board Chairman Eng. (Mrs.) Nirmala Jayasekara told the council.',
    )
    assert people["Nirmala Jayasekara"] == "Water Board Chairman"


def test_a_style_that_is_a_given_name_too_is_the_style_before_a_given_name_and_surname() -> None:
    people = people_of(
        "The village head, Thao Somphone Inthavong, 58, keeps the land titles in a tin box.",
        "Thao Somphone said the district had promised a school by the rains.",
        "Mae Vanh Phommachanh, 66, dries fish on the roof of the new house.",
        "Thao Nguyen, a singer from Hanoi, and Mae Jemison, an astronaut, visited the valley.",
    )
    assert people["Somphone Inthavong"] == "village head"
    assert "Vanh Phommachanh" in people
    assert {"Thao Nguyen", "Mae Jemison"} <= set(people)
    assert "Thao Somphone" not in people
    said = speakers(
        "The village head, Thao Somphone Inthavong, 58, keeps the land titles in a tin box.",
        '"Write that we waited," Thao Somphone said.',
    )
    assert said == [("Write that we waited", "Somphone Inthavong")]


def test_a_chiefs_title_written_before_his_name_is_no_word_of_it() -> None:
    said = speakers(
        "The petition was led by the tribe's chieftain, Datu Mangulayon Dalisay.",
        'The datu said outside the hall: "The river was ours before the permit."',
    )
    assert said == [("The river was ours before the permit.", "Mangulayon Dalisay")]


FUND_CALL = """Harbourline Ports plc - half-year results call

Corporate participants: Ines Varga, Chief Executive Officer; Pavel Danek, Chief Financial Officer.

Operator: The first question comes from Oskari Lindqvist of Fjord Equity. Please go ahead.

Oskari Lindqvist (Fjord Equity): Thanks, Ines. Volumes fell 6 per cent. Season or customer?

Ines Varga (CEO): Mostly the season, Oskari. We lost no customer this half.

Operator: The next question is from Maren Holt of Skagen Research.

Maren Holt (Skagen Research): On the dredging, will the cost sit in this year's capital budget?

Pavel Danek (CFO): It will. We set it aside in March.
"""


def test_a_call_s_askers_labelled_with_their_firm_in_brackets_speak_their_turns(
    tmp_path: Path,
) -> None:
    said = dict(article(tmp_path, FUND_CALL))
    assert said["Thanks, Ines. Volumes fell 6 per cent. Season or customer?"] == "Oskari Lindqvist"
    assert said["On the dredging, will the cost sit in this year's capital budget?"] == "Maren Holt"
    assert said["It will. We set it aside in March."] == "Pavel Danek"
    roles = {actor.name: actor.role for actor in actors_of(tmp_path, FUND_CALL)}
    assert roles["Maren Holt"] is None  # a firm in brackets is no role


def test_a_surname_led_by_its_particle_after_a_middle_initial_is_the_name_s() -> None:
    people = people_roles(
        "Presiding Judge Ma. Luisa T. dela Rosa-Bautista of the district court ordered the"
        " quarry closed.",
        "Ana M. de la Torre, a councillor, said the order was overdue.",
    )
    assert people["Ma. Luisa T. dela Rosa-Bautista"] == "Presiding Judge"
    assert "Ana M. de la Torre" in people


def test_one_of_a_counted_group_a_relative_clause_restricts_is_what_its_noun_says() -> None:
    people = people_roles(
        "Grace Tane, one of two women elders who signed the claim, sat beside the chief.",
        "Peter Roa, one of three drivers whose trucks were seized, waited outside.",
        "Anna Pene, one of the guards on duty, said nothing.",
    )
    assert people["Grace Tane"] == "woman elder"
    assert people["Peter Roa"] == "driver"
    assert people["Anna Pene"] is None  # the noun has more after it: left to say nothing


def test_a_rangers_noun_before_a_name_is_the_role() -> None:
    people = people_roles("Kruger park ranger Themba Ndlovu said the fence was cut at night.")
    assert people["Themba Ndlovu"] == "park ranger"


def test_the_chiefs_title_after_his_name_with_a_nickname_and_an_interpreter_named() -> None:
    said = speakers(
        "The claim was filed in 2021 and was led by the tribe's chieftain, Datu Mangulayon"
        ' "Bagani" Dalisay.',
        "Speaking in Manobo, with his grandson Carlo Dalisay interpreting, the datu said: "
        '"The river was ours before the permit."',
    )
    assert said == [("The river was ours before the permit.", "Mangulayon Dalisay")]
