"""Roles on the day they change (r76): invented texts of other settings."""

from __future__ import annotations

from tests.extract_helpers import people_roles


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
