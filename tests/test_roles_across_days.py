"""A person's role across the sources of one brief: the one current on the latest day a
dated source states a change of their office (tallies.current_roles), and the endings
the tenure rules read."""

from __future__ import annotations

from collections.abc import Mapping

from brief.extract.actors import find_actors
from brief.models import Sentence
from tests.extract_helpers import people_roles as people


def _roles(
    articles: list[list[str]], published: Mapping[int, str] | None = None
) -> dict[str, tuple[str | None, int | None]]:
    """Each person's role and the source that gives it, the articles numbered from 1."""
    texts = [
        Sentence(text, number, index, 0)
        for number, article in enumerate(articles, 1)
        for index, text in enumerate(article, 1)
    ]
    return {
        a.name: (a.role, a.role_cited.source if a.role_cited else None)
        for a in find_actors(texts, published=published)
        if a.kind == "person"
    }


_MONDAY = [
    "Interim Health Minister Rosa Feldt said clinics would stay open.",
    "Feldt told reporters the plan was ready.",
]
_TUESDAY = [
    "Parliament voted on Tuesday to confirm Rosa Feldt as health minister.",
    "Feldt thanked lawmakers after the vote.",
]
# a copy of Monday's report, put out again on Wednesday
_WEDNESDAY_COPY = [
    "Interim Health Minister Rosa Feldt said clinics would stay open.",
]


def test_a_dated_appointment_makes_an_earlier_days_title_stale() -> None:
    dates = {1: "2031-03-03", 2: "2031-03-04"}
    assert _roles([_MONDAY, _TUESDAY], dates)["Rosa Feldt"] == ("health minister", 2)
    # read in the other order, the appointment's day still decides
    dates = {1: "2031-03-04", 2: "2031-03-03"}
    assert _roles([_TUESDAY, _MONDAY], dates)["Rosa Feldt"] == ("health minister", 1)


def test_an_appointment_ends_a_stand_in_title_a_later_copy_repeats() -> None:
    dates = {1: "2031-03-05", 2: "2031-03-04"}
    assert _roles([_WEDNESDAY_COPY, _TUESDAY], dates)["Rosa Feldt"] == ("health minister", 2)
    # and without dates
    assert _roles([_WEDNESDAY_COPY, _TUESDAY])["Rosa Feldt"] == ("health minister", 2)


def test_an_undated_or_earlier_title_yields_to_a_later_dated_appointment() -> None:
    first = ["Club director Anton Vries praised the squad."]
    later = ["On Friday Anton Vries was appointed head coach of the club."]
    # the title from the undated source, read last, is not shown
    assert _roles([later, first], {1: "2031-05-09"})["Anton Vries"] == ("head coach", 1)
    # the older appointment, read last, does not replace the newer one
    older = ["In March Anton Vries was named assistant coach."]
    dates = {1: "2031-05-09", 2: "2031-03-02"}
    assert _roles([later, older], dates)["Anton Vries"] == ("head coach", 1)


def test_no_role_is_carried_to_a_namesake_nor_changed_without_a_stated_change() -> None:
    found = _roles(
        [
            ["Senator Lena Brandt said the bill would pass."],
            ["Judge Oskar Brandt was appointed to the appeals court on Monday."],
            ["Mayor Ines Otte opened the bridge.", "Otte said it cost less than planned."],
        ],
        {1: "2031-01-01", 2: "2031-01-05", 3: "2031-01-02"},
    )
    assert found["Lena Brandt"] == ("Senator", 1)
    assert found["Ines Otte"] == ("Mayor", 3)


def test_a_title_written_also_with_its_complement_is_shown_whole() -> None:
    found = people(
        "Secretary Lorna Pike would travel to Oslo on Monday.",
        "Secretary of State Lorna Pike will meet her Norwegian counterpart.",
    )
    assert found["Lorna Pike"] == "Secretary of State"
    # a form with a word that dates it is no fuller current title
    assert (
        people(
            "Director Lorna Pike left early.",
            "Pike, the former director of the museum, spoke to staff.",
        )["Lorna Pike"]
        == "Director"
    )


def test_a_successor_who_replaces_a_titled_person_ends_their_title() -> None:
    assert people(
        "Brigadier Olek Marr, the army's spokesman, spoke in Rivne.",
        "Colonel Ida Sorn has been appointed the army's spokeswoman.",
        "She replaces Brigadier Olek Marr, who has been transferred to other duties.",
    ) == {"Olek Marr": None, "Ida Sorn": "army's spokeswoman"}
    # a transfer elsewhere is no ending of an office
    assert people(
        "Governor Paul Ekwe was transferred to a hospital in the capital.",
    ) == {"Paul Ekwe": "Governor"}
