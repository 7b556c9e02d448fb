"""A role another mention gives with its state ("Lithuanian Foreign Ministry
spokeswoman") is shown so, not bare beside another state's like office (r74 F23).
Invented texts of other settings only."""

from __future__ import annotations

from tests.extract_helpers import people_roles


def test_a_role_another_mention_gives_with_its_state_is_shown_so() -> None:
    found = people_roles(
        "Interior Ministry spokesman Pavel Hrubý said the border would stay open.",
        "Czech Interior Ministry spokesman Pavel Hrubý said on Monday that the lorries had"
        " been let through.",
    )
    assert found["Pavel Hrubý"] == "Czech Interior Ministry spokesman"


def test_a_role_no_mention_gives_a_state_stays_as_written() -> None:
    found = people_roles(
        "Interior Ministry spokesman Pavel Hrubý said the border would stay open.",
        "Hrubý said on Monday that the lorries had been let through.",
    )
    assert found["Pavel Hrubý"] == "Interior Ministry spokesman"
