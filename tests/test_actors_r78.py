"""The actors table of a foreign desk's digest (r78 F10): invented texts of other settings."""

from __future__ import annotations

from brief.models import Actor, Mention, Story
from tests.extract_helpers import people_roles, roles_by_source


def test_an_office_held_is_the_role_over_a_past_one_another_sentence_gives() -> None:
    """ "Solvik, a former consul in Tromsø who has handled two such cases" is what he was;
    the same day's "the Arctic Council's special envoy for fisheries" is his post. A past
    title of the office another sentence gives as held may be that very office, left,
    and stays for the dates to settle; so does one whose other sentence tells of an end
    ("retired from ...": that title may be the one left), and one beside an office from a
    source of unknown day."""
    day = {1: "2031-05-06", 2: "2031-05-06"}
    feature = [
        "For three days, Anders Solvik shuttled between the two delegations in Bodø,"
        " according to two people briefed on the talks.",
        "Solvik, a former consul in Tromsø who has handled two such cases, proposed"
        " a staged release, one of the people said.",
    ]
    wire = [
        "Anders Solvik, the Arctic Council's special envoy for fisheries, said the"
        " agreement was reached after four days of talks.",
    ]
    found = roles_by_source([feature, wire], day)
    assert found["Anders Solvik"] == ("Arctic Council's special envoy for fisheries", 2)
    undated = roles_by_source([feature, wire], {1: "2031-05-06"})
    assert undated["Anders Solvik"] == ("former consul in Tromsø", 1)
    found = roles_by_source(
        [
            ["Former Harbour Master Ada Lind, who left in March, said the quay was unsafe."],
            ["Harbour Master Ada Lind inspected the quay on Tuesday."],
        ],
        {1: "2031-05-07", 2: "2031-05-06"},
    )
    assert found["Ada Lind"] == ("Former Harbour Master", 1)
    found = roles_by_source(
        [
            ["At 88, former appeal judge Piet Roos still reads every ruling of his old court."],
            ["Justice Piet Roos retired from the Court of Appeal in 2003."],
        ],
        day,
    )
    assert found["Piet Roos"] == ("former appeal judge", 1)


def test_a_title_after_a_clauses_verb_and_a_names_possessive_is_that_object_alone() -> None:
    """ "The ministry summoned Ostland's ambassador, X,": a name's possessive is a
    determiner, as "his" is, so the verb before it ends the subject's words; the role is
    the object's noun phrase, never the clause. An adjective before the owner stays
    ("the ruling Unity Party's whip")."""
    found = people_roles(
        "Westmark's foreign ministry summoned Ostland's ambassador, Piet Varga, on Monday"
        " and handed him a note of protest.",
        "The ministry told Ostland's consul, Mara Holm, that the border would stay shut.",
        "Ivo Rand, the ruling Unity Party's whip, said the vote would go ahead.",
    )
    assert found["Piet Varga"] == "Ostland's ambassador"
    assert found["Mara Holm"] == "Ostland's consul"
    assert found["Ivo Rand"] == "ruling Unity Party's whip"


def test_kin_before_a_name_gives_way_to_the_trade_apposed_to_it() -> None:
    """ "said Ana Roe, whose brother Jon Roe, a ferry pilot, was seized": kin is what he is
    to her; the trade apposed to him is his own. Kin stays where nothing else is given."""
    found = people_roles(
        "“Nobody has called us,” said Ana Roe, whose brother Jon Roe, a ferry pilot, was"
        " seized with four colleagues.",
        "His widow Lise Berg said she would sue.",
    )
    assert found["Jon Roe"] == "ferry pilot"
    assert found["Lise Berg"] == "widow"


def test_a_digests_table_gives_each_storys_principal_officials_first() -> None:
    """The acting head of a border service, the main source of the day's top story, had
    stood 13th of a table of 12, after the guard he mourned, a wounded sergeant and other
    stories' relatives (r78 F10). An official named once is a passing source, and goes by
    mentions with the story's dead and freed."""
    from brief.compose.briefing import _actors_about

    def person(name: str, role: str | None, *at: int) -> Actor:
        return Actor(name, "person", role, len(at), tuple(Mention(n, k) for k, n in enumerate(at)))

    stories = [Story("a", "A", (1, 2), 2, "other", ()), Story("b", "B", (3,), 1, "other", ())]
    table = _actors_about(
        [
            person("Tomas Ek", "guard", 1, 2, 2),
            person("Ruth Alm", "Junior Sergeant", 1, 2),
            person("Lars Dahl", "acting head of the Coast Guard", 1, 2),
            person("Sara Lund", "deputy from Vik", 2),
            person("Jon Moe", "brother", 3),
            person("Eva Holm", "mayor", 3),
        ],
        {1, 2, 3},
        stories,
    )
    assert [a.name for a in table] == [
        "Lars Dahl",
        "Jon Moe",
        "Tomas Ek",
        "Eva Holm",
        "Ruth Alm",
        "Sara Lund",
    ]
