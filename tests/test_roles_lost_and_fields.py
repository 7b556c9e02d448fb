"""A title the text marks as lost ("Dismissed ...", "the sacked ...") and the words of a
title that say of what it is ("Dock union leader", "the central bank governor"): r75 F2
and F15, in invented texts of other settings."""

from __future__ import annotations

from tests.extract_helpers import people_roles as people
from tests.extract_helpers import roles_by_source


def test_a_participle_of_a_lost_office_opening_the_title_dates_it() -> None:
    assert people("Sacked hospital director Ida Holm said she would appeal.") == {
        "Ida Holm": "Sacked hospital director"
    }
    assert people("His dismissed press secretary Ivo Marsh spoke later.") == {
        "Ivo Marsh": "dismissed press secretary"
    }


def test_the_same_word_after_a_subject_is_a_verb_and_dates_nothing() -> None:
    found = people("The mayor dismissed union leader Lena Roos's demands.")
    assert found["Lena Roos"] != "dismissed union leader"


def test_a_later_days_lost_title_replaces_the_bare_one_of_an_earlier_day() -> None:
    found = roles_by_source(
        [
            ["Chairman Ivo Marsh opened the port's new terminal."],
            ["Dismissed port authority chairman Ivo Marsh appealed against the decision."],
        ],
        {1: "2031-04-01", 2: "2031-04-02"},
    )
    assert found["Ivo Marsh"] == ("Dismissed port authority chairman", 2)


def test_a_later_past_title_of_a_deputy_is_another_office() -> None:
    found = roles_by_source(
        [["Director Ivo Marsh opened the ward."], ["Former deputy director Ivo Marsh spoke."]],
        {1: "2031-04-01", 2: "2031-04-02"},
    )
    assert found["Ivo Marsh"] == ("Director", 1)


def test_the_words_that_say_of_what_a_title_is_belong_to_it() -> None:
    assert people("Dock union leader Pia Lund said the strike would go on.") == {
        "Pia Lund": "Dock union leader"
    }
    assert people("The ferry union leader Pia Lund said the strike would go on.") == {
        "Pia Lund": "ferry union leader"
    }
    assert people("Traders met the central bank governor Oskar Dahl on Friday.") == {
        "Oskar Dahl": "central bank governor"
    }


def test_no_words_are_taken_after_a_verb_or_before_a_subjects_verb() -> None:
    # "met" may be a verb: what follows is its object, not a noun phrase's opening
    assert people("Traders met central bank governor Oskar Dahl on Friday.") == {
        "Oskar Dahl": "governor"
    }
    assert people("Police fined union leader Lena Roos.") == {"Lena Roos": "leader"}


_DAY_ONE = ["Museum Director Ivo Marsh said the gallery would stay open through the storm."]


def _given_away(appointed_as: str) -> str:
    return (
        "The board signed an order on Tuesday removing Museum Director Ivo Marsh and "
        f"named Lena Roos as {appointed_as}."
    )


def test_an_office_a_later_day_ends_and_gives_to_another_is_no_earlier_title() -> None:
    dates = {1: "2031-09-01", 2: "2031-09-02"}
    found = roles_by_source([_DAY_ONE, [_given_away("acting director")]], dates)
    assert found["Ivo Marsh"] == (None, None)
    assert found["Lena Roos"][0] == "acting director"


def test_a_deputy_named_or_no_date_to_compare_leaves_the_title() -> None:
    dates = {1: "2031-09-01", 2: "2031-09-02"}
    found = roles_by_source([_DAY_ONE, [_given_away("deputy director")]], dates)
    assert found["Ivo Marsh"][0] is not None
    found = roles_by_source([_DAY_ONE, [_given_away("acting director")]])
    assert found["Ivo Marsh"][0] is not None


def test_the_title_apposed_to_the_subject_of_a_leaving_verb_is_the_one_left() -> None:
    found = people(
        "Larkspur Ferries said its chief executive, Tomas Wen, has resigned for family reasons."
    )
    assert found["Tomas Wen"] == "former chief executive"
    assert people("Chief executive Tomas Wen has resigned.") == {
        "Tomas Wen": "former chief executive"
    }


def test_a_title_left_in_a_past_year_is_no_current_one() -> None:
    found = people("Chief executive Tomas Wen, who resigned in 2019, spoke at the launch.")
    assert found["Tomas Wen"] is None


def test_an_appointment_past_a_field_word_of_the_old_title_gives_the_new_office() -> None:
    found = people(
        "The board has appointed chief financial officer Mia Dorn as interim chief executive"
        " while it searches for a successor."
    )
    assert found == {"Mia Dorn": "interim chief executive"}
    found = people("Police arrested chief financial officer Mia Dorn as she left the office.")
    assert found == {"Mia Dorn": "chief financial officer"}


def test_a_body_that_voted_to_dismiss_someone_dismissed_them() -> None:
    found = people("The assembly on Monday voted to dismiss Auditor General Rafe Tolland.")
    assert found == {"Rafe Tolland": "former Auditor General"}
    for undone in (
        "The assembly will vote to dismiss Auditor General Rafe Tolland.",
        "The assembly has not voted to dismiss Auditor General Rafe Tolland.",
        "The assembly voted to impeach President Rafe Tolland.",
        "The board moved to oust chairman Rafe Tolland.",
    ):
        assert people(undone) == {"Rafe Tolland": None}, undone


def test_a_leaving_put_off_or_told_in_a_relative_clause_dates_no_title() -> None:
    for text in (
        "The firm's chief executive, Tomas Wen, has resigned and will stay on until June.",
        "Chief executive Tomas Wen has resigned, effective 1 June.",
        "The line was run by founder Tomas Wen, who stepped down and remains chairman.",
    ):
        assert people(text) == {"Tomas Wen": None}, text
