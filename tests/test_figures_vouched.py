"""Counts a source vouches for against counts it only passes on (r66): a count its own
sentence withholds ("but this is not confirmed"), a count only the press relays beside a
body's own, one toll told twice in one sentence, the groups a toll's people are told by,
and a disputed claimant's count given again in another report."""

from __future__ import annotations

from brief.extract.figures import find_figures, key_figures, retold, stale_tolls
from brief.models import Figure, Sentence


def _texts(*sentences: str) -> list[str]:
    found = find_figures([Sentence(t, 1, i + 1, 0) for i, t in enumerate(sentences)])
    return [f.text for f in found if f.kind != "date"]


def _sayers(sentence: str) -> dict[str, str | None]:
    return {f.text: f.sayer for f in find_figures([Sentence(sentence, 1, 1, 0)])}


def _reports(*texts: str) -> list[Sentence]:
    """One story's reports, one sentence each, all of the latest day."""
    return [Sentence(t, n, 1, 0) for n, t in enumerate(texts, 1)]


def _key(told: list[Sentence]) -> list[str]:
    """The key figures of one story's reports, as the briefing chooses them."""
    found = find_figures(told)
    text_of = {(s.source, s.index): s.text for s in told}

    def story(figure: Figure) -> int:
        return 0

    stale = stale_tolls(found, lambda f: True, story, lambda m: text_of[(m.source, m.index)])
    ranked = key_figures([f for f in found if f not in stale], lambda f: 1.0)
    copies = retold(ranked, story)
    return [f.text for k, f in enumerate(ranked) if k not in copies and f.kind != "date"]


def test_a_coordinated_clause_that_withholds_the_claim_before_it() -> None:
    """F7: the hedge after "but" had been past the tag's reach, and "60 vehicles" became a
    key figure; every count of the claim goes, the rival "not 40" too."""
    said = (
        "A source in the navy said radar had tracked nearly 30 landing craft off the cape,"
        " not 20, but this is not confirmed and should not be published."
    )
    assert _texts(said) == []
    assert (
        _texts("Medics said 11 patients died overnight, though the figure remains unverified.")
        == []
    )
    assert (
        _texts("Farmers said about 200 sheep drowned; that could not be independently verified.")
        == []
    )
    assert _texts("The union said 900 workers walked out, and this should not be quoted yet.") == []


def test_a_later_clause_of_its_own_withholds_nothing() -> None:
    """A negated check of a clause of its own ("whether", "who"), or one whose subject
    is an object's clause ("and that ..."), leaves the count."""
    said = (
        "Police said 12 people were arrested, but it is not confirmed whether the marches"
        " were linked."
    )
    assert _texts(said) == ["12 people were arrested"]
    said = "Police said 12 people were arrested, and that 20 of them could not be identified."
    assert "12 people were arrested" in _texts(said)
    said = "Officials said 45 houses burned down but the cause has not been confirmed."
    assert _texts(said) == ["45 houses"]


def test_a_count_only_the_press_relays_gives_way_to_a_body_s_own() -> None:
    """F3: the press's count (a later report) had made the ministry's stale and stood
    alone; the count a source vouches for stays, the relayed one goes."""
    told = _reports(
        "Four people were killed and nine wounded when a bridge collapsed in Varn, the"
        " transport ministry said.",
        "Seven people were killed when a bridge collapsed in Varn, local media reported.",
    )
    assert _key(told) == ["Four people were killed", "nine wounded"]
    told = _reports(
        "Four people were killed when a bridge collapsed in Varn, police said.",
        "Seven people died in the collapse, according to local press reports.",
    )
    assert _key(told) == ["Four people were killed"]


def test_a_relayed_count_stands_where_no_one_else_counts() -> None:
    told = _reports(
        "Seven people were killed when a bridge collapsed in Varn, local media reported."
    )
    assert _key(told) == ["Seven people were killed"]
    # of another group, it is no rival count
    told = _reports(
        "Two firefighters were killed in the blaze, the fire service said.",
        "Six residents were killed in the blaze, regional media reported.",
    )
    assert set(_key(told)) == {"Two firefighters were killed", "Six residents were killed"}


def test_one_toll_written_twice_in_one_sentence_is_one_figure() -> None:
    """F3: a headline run into its lede (an ingest fault) gave "Six killed" and "Six people
    were killed" of one sentence; the fuller stays. Two groups that count alike stay two."""
    glued = (
        "Six killed in mine blast TARNOW - Six people were killed in a blast at a coal mine,"
        " officials said."
    )
    assert _key(_reports(glued)) == ["Six people were killed"]
    two = "Five soldiers were killed and five civilians were killed in the raids."
    assert set(_key(_reports(two))) == {"Five soldiers were killed", "five civilians were killed"}


def test_the_groups_a_toll_s_people_are_told_by_are_no_figures() -> None:
    """F3: "The dead were two police officers and a civilian" had given "two police
    officers" alone, a part without its whole."""
    assert _texts("The victims were three border guards and a truck driver, the army said.") == []
    assert _texts("The dead included a nurse and two teenagers, hospital staff said.") == []
    assert _texts("The five dead were four miners and an engineer.") == ["five dead"]
    # a clause of its own after the list is a count of its own
    assert _texts("The dead were all villagers, and 30 people were injured.") == [
        "30 people were injured"
    ]


def test_a_disputed_claimant_s_count_given_again_is_no_figure() -> None:
    """F8: the claim a report says another side disputes, given again by the same
    claimant in another report, is one side of the dispute there too."""
    found = find_figures(
        [
            Sentence(
                "The rebel council in Ostrava said only two fighters had died, a toll the"
                " army disputes.",
                1,
                2,
                0,
            ),
            Sentence("The rebel council in Ostrava still says only two fighters died.", 2, 3, 0),
            Sentence("Two fighters were killed in a clash, the Ostrava police said.", 3, 1, 0),
        ]
    )
    assert [(f.text, f.sayer) for f in found] == [
        ("Two fighters were killed", "the Ostrava police")
    ]


def test_a_sayer_is_a_name_not_the_words_a_reading_ran_into() -> None:
    """F8: "(the Tiraspol administration still)", "(Organisers of the)"."""
    assert _sayers("The provincial government still says only one person was killed.") == {
        "one person was killed": "the provincial government"
    }
    said = (
        "VILNIUS — Organisers of the protests against the pension law called for a strike,"
        " saying the detention of 14 people was unlawful."
    )
    assert _sayers(said) == {"detention of 14 people": "organisers"}


def test_a_vague_count_in_a_speaker_s_quoted_phrase_is_no_figure() -> None:
    """F16: a speaker's phrase for those they blame ('"a few dozen provocateurs"') gives no
    number; the same words outside quotation marks are the text's own count."""
    said = 'The mayor said the vigil was calm until "a few dozen hooligans" turned up.'
    assert _texts(said) == []
    said = "The mayor said the vigil was calm until \u201chundreds of hooligans\u201d turned up."
    assert _texts(said) == []
    assert _texts("Hundreds of hooligans turned up at the vigil, the mayor said.") != []
