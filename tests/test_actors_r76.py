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
