"""Roles on the day they change (r76): invented texts of other settings."""

from __future__ import annotations

from brief.extract.actors import find_actors
from tests.extract_helpers import people_roles, sentences, speakers


def test_a_present_becomes_after_a_title_gives_the_new_office() -> None:
    """ "Deputy Harbour Master Ines Dahl becomes acting harbour master": the title before
    the name is the one held until the news; the post "becomes" gives is the role as of
    the article, as it is after an apposition. A future or a past "became" is no
    office of today."""
    found = people_roles(
        "Deputy Harbour Master Ines Dahl becomes acting harbour master until a successor"
        " is named, the council said.",
        "Sven Aalto becomes head of the pilots' guild, the guild said.",
        "Chief Engineer Ruth Kaldor will become port director in May.",
        "Deputy Mayor Anton Berg became mayor in 2011 and served two terms.",
    )
    assert found["Ines Dahl"] == "acting harbour master"
    assert found["Sven Aalto"] == "head of the pilots' guild"
    assert found["Ruth Kaldor"] != "port director"
    assert found["Anton Berg"] != "mayor"


def test_a_dated_participle_after_the_roles_head_is_no_part_of_the_role() -> None:
    """ "the photographer freed on bail on Friday, was detained again on Saturday": a
    participle's clause with a day of its own tells an event the sentence may overtake;
    the role is the noun phrase before it. One with no time describes the person."""
    found = people_roles(
        "Ilse Brandt, the Harbour Times photographer freed on bail on Friday, was detained"
        " again on Saturday near the docks, her editor said.",
        "Omar Sand, a ferry pilot elected to the crew council last year, welcomed the deal.",
        "Lena Moor, a consultant based in Limassol, advised the port.",
    )
    assert found["Ilse Brandt"] == "Harbour Times photographer"
    assert found["Omar Sand"] == "ferry pilot"
    assert found["Lena Moor"] == "consultant based in Limassol"


def test_a_mandates_title_with_a_long_remit_is_the_role() -> None:
    """ "The UN Special Envoy on the rights of seafarers and of fishing crews, X": a
    title whose remit, written out after its preposition, runs long is still the role
    of the name apposed to it, and the quote she gives is hers. A clause that runs on
    past the title to another noun phrase is no remit."""
    texts = (
        "OSLO (3 May 2031) - The UN Special Envoy on the rights of seafarers and of fishing"
        " crews in coastal waters, Tove Marlund, today urged the port authority to release"
        " the detained crews.",
        "“No crew should be held for striking in any port,” the Special Envoy said.",
        "The Prime Minister on Tuesday thanked the volunteers of the rescue teams in the"
        " north of the island, Per Ekholm said.",
    )
    found = people_roles(*texts)
    assert found["Tove Marlund"] == (
        "UN Special Envoy on the rights of seafarers and of fishing crews in coastal waters"
    )
    assert found["Per Ekholm"] is None
    assert speakers(*texts)[0] == (
        "No crew should be held for striking in any port",
        "Tove Marlund",
    )


def test_a_name_whose_apposition_takes_a_speaking_which_is_a_body() -> None:
    """ "according to NetWatch Nordic, a connectivity monitor, which said ...": "which"
    is said of a thing, and a thing that speaks is a body; "who" keeps a person, and a
    "which" that takes in the clause before it ("which surprised no one") says
    nothing of the name."""
    actors = find_actors(
        sentences(
            "Mobile internet was cut overnight, according to NetWatch Nordic, a connectivity"
            " monitor, which said traffic fell by about 80 percent.",
            "Access to messaging apps has been throttled since May, NetWatch Nordic said.",
            "The prize went to Ana Roeland, a teacher, which surprised no one.",
            "Traffic fell, according to Per Lindahl, a network engineer, who said it was unusual.",
        )
    )
    kinds = {actor.name: actor.kind for actor in actors}
    assert kinds["NetWatch Nordic"] == "organisation"
    assert kinds["Ana Roeland"] == "person"
    assert kinds["Per Lindahl"] == "person"
