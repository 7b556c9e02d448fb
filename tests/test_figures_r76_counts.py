"""r76's key figures: a count says what befell those it counts, and a part shows with its
whole or not at all (F14). Every text here is invented, of other settings."""

from __future__ import annotations

import pytest

from brief.extract.figures import find_figures
from tests.extract_helpers import sentences


def counts(text: str) -> list[str]:
    return [f.text for f in find_figures(sentences(text)) if f.kind == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of how badly between a conjunct's count and its participle
        (
            "Wardens said 30 poachers had been arrested and four rangers slightly injured.",
            ["30 poachers had been arrested", "four rangers slightly injured"],
        ),
        (
            "Three climbers were critically injured in the fall.",
            ["Three climbers were critically injured"],
        ),
        ("Two guards were badly hurt.", ["Two guards were badly hurt"]),
    ],
)
def test_how_badly_they_were_hurt_stays_with_the_count(text: str, expected: list[str]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of parts after "including": each a part, shown with the whole
        (
            "The agency has counted 480 arrests since 3 June, including 60 students, 12"
            " teachers and nine lawyers, and 40 complaints.",
            [
                "480 arrests since 3 June, including 60 students, 12 teachers and nine lawyers",
                "40 complaints",
            ],
        ),
        # a date between the whole and its part stays a date
        (
            "Rangers made 40 arrests on 3 June, including 12 minors.",
            ["40 arrests on 3 June, including 12 minors"],
        ),
        # a list of parts with no whole before them: none of them
        ("Officials named new suspects, including 12 reporters and four judges.", []),
    ],
)
def test_a_list_of_parts_shows_with_its_whole(text: str, expected: list[str]) -> None:
    assert counts(text) == expected


def test_a_date_a_whole_spans_is_still_a_date() -> None:
    found = find_figures(sentences("Rangers made 40 arrests on 3 June, including 12 minors."))
    assert [f.text for f in found if f.kind == "date"] == ["3 June"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "of" complement names what the count's noun is of
        ("The charity has logged 95 complaints of harassment.", ["95 complaints of harassment"]),
        ("Five reports of abuse surfaced on Monday.", ["Five reports of abuse"]),
        ("Investigators counted 12 cases of fraud in May.", ["12 cases of fraud"]),
        ("They filed 14 counts of criminal damage.", ["14 counts of criminal damage"]),
        (
            "The brewery fills about 1.2 billion bottles of beer every year.",
            ["about 1.2 billion bottles of beer"],
        ),
        # a partitive, a whole or a name is no kind
        ("Only 40 of the 90 tenants stayed.", ["40 of the 90 tenants"]),
        ("The council has 120 members of Parliament.", ["120 members"]),
    ],
)
def test_a_count_keeps_what_its_noun_is_of(text: str, expected: list[str]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle right after the count's noun says what state they are in
        (
            "The pardon would leave out three reporters, among at least 45 people facing"
            " fraud charges.",
            ["three reporters", "at least 45 people facing fraud charges"],
        ),
        ("The convoy had 40 trucks carrying flour.", ["40 trucks carrying flour"]),
        # a preposition in -ing is no participle; the clause's verb after it makes the count
        # its subject
        ("There were 40 walkers including 12 children.", ["40 walkers including 12 children"]),
        (
            "Police arrested 40 people attending a vigil in the square on Sunday night.",
            ["arrested 40 people"],
        ),
    ],
)
def test_a_participle_after_the_count_says_their_state(text: str, expected: list[str]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a live entry's stamp is the time its level is of (r75's live page)
        (
            "14:05 — The two-year yield rose to 6.4 percent after the auction.",
            ["The two-year yield rose to 6.4 percent at 14:05"],
        ),
        ("9.15am ET - The peso opened at 17.2 per dollar.", ["17.2 per dollar at 9.15am ET"]),
        # its own time, a count's, and a sentence that opens no entry keep their words
        ("14:05 — Exports grew 3 percent in 2019, the agency said.", ["Exports grew 3 percent"]),
        ("14:05 — Police said 30 people had been arrested.", ["30 people had been arrested"]),
        (
            "The two-year yield rose to 6.4 percent after the auction.",
            ["The two-year yield rose to 6.4 percent"],
        ),
    ],
)
def test_a_live_entrys_level_is_of_its_stamp(text: str, expected: list[str]) -> None:
    from brief.extract.figures.as_of import as_of

    found = [f for f in find_figures(sentences(text)) if f.kind != "date"]
    assert [as_of(f, text).text for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count of others beside someone named says neither whom nor what befell
        ('"I shared a tent with nine other climbers and nobody slept," she said.', []),
        ("The ship carried 40 other passengers.", []),
        # one a verb says what befell stays
        ("Three other journalists were arrested.", ["Three other journalists were arrested"]),
        ("Police detained three other journalists.", ["detained three other journalists"]),
        (
            "At least 12 other reporters remain missing.",
            ["At least 12 other reporters remain missing"],
        ),
    ],
)
def test_a_bare_count_of_others_is_no_figure(text: str, expected: list[str]) -> None:
    assert counts(text) == expected
