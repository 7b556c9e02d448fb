"""How an agency's update writes its figures (r70, a county emergency desk's trial), tried
on texts of other settings: a box of labelled fields above the prose, a count joined to
the wider kind it is one of ("homes and other buildings"), and a count of people or
customers told by the state they are in ("under curfew", "without water")."""

from __future__ import annotations

from brief.extract.figures import find_figures, key_figures
from brief.models import Figure, Sentence


def _found(*texts: str) -> list[Figure]:
    told = [Sentence(t, 1, n, n - 1) for n, t in enumerate(texts, 1)]
    return [f for f in find_figures(told) if f.kind != "date"]


def test_a_fields_figure_is_the_field_whole() -> None:
    """A flood bulletin's box: each field's label says what its value counts, so the field
    is one figure shown whole. Read as prose, "140" counted nothing, "23 people" said
    neither rescued nor hurt, and the bracket's "12 schools" read as a count of its own."""
    found = _found(
        "River level: 5.2 metres",
        "Homes flooded: 140 (12 schools, 9 clinics)",
        "Rescued: 23 people (no injuries)",
        "Roads closed: 14",
        "Staff on duty: 1,020 in three shifts",
    )
    assert [(f.text, f.kind, f.value, f.unit) for f in found] == [
        ("River level: 5.2 metres", "measure", 5.2, "m"),
        ("Homes flooded: 140 (12 schools, 9 clinics)", "count", 140.0, "homes"),
        ("Rescued: 23 people (no injuries)", "count", 23.0, "people"),
        ("Roads closed: 14", "count", 14.0, "roads"),
        # (a bare number with prose after it is read as a sentence is)
        ("three shifts", "count", 3.0, "shifts"),
    ]


def test_a_fields_casualty_label_is_a_toll() -> None:
    """ "Killed: 14" is read as "14 killed" would be: a toll, which leads the figures."""
    found = _found("Displaced: 3,000 families", "Killed: 14")
    assert [(f.text, f.unit) for f in found] == [
        ("Displaced: 3,000 families", "families"),
        ("Killed: 14", "killed"),
    ]
    ordered = key_figures(found, importance=lambda figure: 0.0)
    assert ordered[0].text == "Killed: 14"


def test_the_prose_under_a_box_does_not_tell_its_figures_twice() -> None:
    """A strike update gives "Turnout: 68%" in its box and "turnout reached 68%" in its
    lede: one fact, listed once, in the sentence's fuller words (as a sitrep's field and
    its sentence are, r63 F11). A figure of the box the prose does not tell stays; another
    report's "68%" is the same fact, cited once, as any figure told in the same words."""
    told = [
        Sentence("Turnout: 68%", 1, 1, 0),
        Sentence("Picket lines: 40", 1, 2, 1),
        Sentence("Ballot turnout reached 68% by noon, the union said.", 1, 3, 2),
        Sentence("Turnout: 68%", 2, 1, 0),
    ]
    found = [(f.text, f.sentence.source) for f in find_figures(told) if f.kind != "date"]
    assert found == [("Picket lines: 40", 1), ("turnout reached 68%", 1)]


def test_a_field_that_opens_with_words_or_a_date_is_read_as_a_sentence() -> None:
    """A vessel's field keeps its crew count; a date's field is no count."""
    found = _found("VESSEL: NORTH STAR (tanker, 18 crew)", "Date of report: 4 June 2027")
    assert [f.text for f in found] == ["18 crew"]


def test_a_count_keeps_the_wider_kind_its_noun_is_one_of() -> None:
    """ "31 homes and other buildings" counts both: cut at "homes" it was a count of homes
    lost too high (r70 F6). Object or subject, "and other" joins the kind; after a
    comma it opens a clause of its own."""
    assert [
        f.text for f in _found("Shelling destroyed 40 schools and other public buildings.")
    ] == ["destroyed 40 schools and other public buildings"]
    assert [
        f.text for f in _found("About 90 trucks and other vehicles were stuck at the border.")
    ] == ["About 90 trucks and other vehicles"]
    assert [f.text for f in _found("Strikers blocked 12 depots, and other sites closed.")] == [
        "blocked 12 depots"
    ]


def test_a_count_keeps_the_state_it_is_in() -> None:
    """A count of people or of customers that is its clause's subject keeps the state
    its "be" or "remain" puts it in ("are under curfew", "remain without water"): alone,
    "About 2,400 households" says nothing of what befell them (r70 F19)."""
    assert [
        f.text for f in _found("About 2,400 households remain without water in the delta.")
    ] == ["About 2,400 households remain without water in the delta"]
    assert [f.text for f in _found("Around 500 people are under curfew, the army said.")] == [
        "Around 500 people are under curfew"
    ]
    assert [f.text for f in _found("About 9,000 subscribers are without internet service.")] == [
        "About 9,000 subscribers are without internet service"
    ]


def test_a_state_is_its_subjects_not_a_prepositions_objects() -> None:
    """ "The pensions of millions of workers are under threat": the pensions are, not the
    workers, so the count keeps no state; a spaced hyphen ends a state's phrase as a
    dash does."""
    assert [f.text for f in _found("The pensions of 40,000 nurses are under threat.")] == [
        "40,000 nurses"
    ]
    assert [
        f.text for f in _found("About 300 families are without shelter - and rain is due.")
    ] == ["About 300 families are without shelter"]


def test_a_list_of_places_may_stand_between_a_count_and_its_state() -> None:
    """ "About 1,900 residents of Cedar Flats, Upper Sorrel and Millbrook are under
    evacuation orders" had shown "About 1,900 residents" (r70 F19): a phrase of place that
    lists names, joined by commas and "and", stands between people and their verb as one
    name does."""
    found = _found("About 400 people in Kano, Zaria and Kaduna remain under curfew, police said.")
    assert [f.text for f in found] == [
        "About 400 people in Kano, Zaria and Kaduna remain under curfew"
    ]


def test_a_percent_after_be_keeps_the_state_it_is_the_degree_of() -> None:
    """ "The fire was 35% contained" had shown a bare "35%" (r70 F19): after "be", a
    percent is the degree of the participle or adjective after it. Not of a participle
    that opens a phrase of its own ("30% owned by the state")."""
    assert [f.text for f in _found("The new bridge is now 80 percent complete.")] == [
        "80 percent complete"
    ]
    assert [f.text for f in _found("Half the villages were 90 percent flooded.")] == [
        "90 percent flooded"
    ]
    assert [f.text for f in _found("The dike was 60% repaired on Friday, engineers said.")] == [
        "60% repaired"
    ]
    assert [f.text for f in _found("The spill is 40 km long and 15% contained.")] == [
        "40 km",
        "15% contained",
    ]
    assert [f.text for f in _found("The port is 30% owned by the state.")] == ["30%"]


def test_a_field_the_prose_counts_by_the_noun_it_names_is_one_fact() -> None:
    """ "Vehicles lost: 3 (tankers)" and "destroyed three tankers" in one report: the same
    count of the noun the field names, listed once in the sentence's words. "Crews: 3"
    beside "three tankers" counts another thing, and stays."""
    told = [
        Sentence("Vehicles lost: 3 (tankers)", 1, 1, 0),
        Sentence("Crews: 3", 1, 2, 1),
        Sentence("Shelling destroyed three tankers near the depot.", 1, 3, 2),
    ]
    found = [f.text for f in find_figures(told) if f.kind != "date"]
    assert found == ["Crews: 3", "destroyed three tankers"]
