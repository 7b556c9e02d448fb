"""A dismissal from a post is no demotion: "dismissed Colonel X as commander of ..." keeps
the rank and gives the post as the former one (r73 F13: "former Colonel")."""

from __future__ import annotations

import pytest

from brief.extract.actors import find_actors
from tests.extract_helpers import sentences


def roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in find_actors(sentences(text)) if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The emir on Friday dismissed General Omar Haddad as chief of the northern"
            " command and appointed General Sami Nour in his place, the palace said.",
            "Omar Haddad",
            "General, former chief of the northern command",
        ),
        (
            "The junta sacked Colonel Ivo Ren as head of the air force on Monday.",
            "Ivo Ren",
            "Colonel, former head of the air force",
        ),
        (
            "The emir on Friday dismissed General Omar Haddad, the palace said.",
            "Omar Haddad",
            "General",
        ),
        (
            "General Omar Haddad was dismissed as chief of the northern command on Friday.",
            "Omar Haddad",
            "General",
        ),
    ],
)
def test_a_rank_outlasts_the_post_it_was_dismissed_from(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == role


def test_an_office_before_the_name_is_still_ended() -> None:
    assert roles("Parliament dismissed Energy Minister Lara Voss on Friday.") == {
        "Lara Voss": "former Energy Minister"
    }
