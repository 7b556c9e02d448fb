"""A statement a sentence says was read out for another and that the text gives next is
that other's words (r75 F13), in invented texts of other settings."""

from __future__ import annotations

from tests.extract_helpers import one_paragraph_each, quotes_of

_WORDS = "\u201cWe lost to a better side today and we will learn from it.\u201d"


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.actor for q in quotes_of(one_paragraph_each(*paragraphs))]


def test_the_following_statement_read_for_another_is_theirs() -> None:
    passive = (
        "The following statement was read out by club secretary Jonas Berg on behalf of "
        "coach Ana Lind after the match."
    )
    assert _speakers(passive, _WORDS) == ["Ana Lind"]
    active = "Club secretary Jonas Berg read the following statement on behalf of coach Ana Lind."
    assert _speakers(active, _WORDS) == ["Ana Lind"]


def test_no_name_for_the_owner_leaves_it_no_ones_never_the_readers() -> None:
    unnamed = (
        "The following statement was read by club secretary Jonas Berg on behalf of the board."
    )
    assert _speakers(unnamed, _WORDS) == [None]


def test_a_reading_told_with_no_following_writing_leads_into_nothing() -> None:
    told = (
        "A statement was read by club secretary Jonas Berg on behalf of coach Ana Lind at "
        "the funeral."
    )
    assert _speakers(told, _WORDS) == [None]
