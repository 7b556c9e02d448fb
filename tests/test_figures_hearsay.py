"""A count given on a source the sentence says nobody checked is no key figure (r46 H5)."""

from brief.extract.figures import find_figures
from brief.extract.figures.hearsay import disclaims
from brief.models import Sentence


def _texts(*sentences: str) -> list[str]:
    found = find_figures([Sentence(t, 1, i + 1, 0) for i, t in enumerate(sentences)])
    return [f.text for f in found if f.kind != "date"]


def test_unverified_source_claiming_a_toll_is_no_figure() -> None:
    assert _texts("Unverified posts claimed that as many as 300 villagers had been killed.") == []


def test_unconfirmed_reports_and_rumours_are_no_figures() -> None:
    assert _texts("Unconfirmed reports said 40 people died in Karvo.") == []
    assert _texts("Rumours of 90 dead spread through the camp.") == []


def test_a_claim_of_a_clause_is_hearsay_but_a_claimed_toll_is_not() -> None:
    assert _texts("The rebels claimed 70 soldiers had died.") == []
    assert _texts("The rebels claimed to have killed 70 soldiers.") == []
    assert _texts("The flood claimed 40 lives.") == ["40 lives"]


def test_a_negated_check_after_the_count_makes_it_hearsay() -> None:
    assert _texts("At least 30 people were killed, a figure that could not be verified.") == []


def test_a_next_sentence_that_disclaims_the_figure() -> None:
    texts = _texts("Activists said 25 people were shot.", "No official has confirmed the figure.")
    assert texts == []
    assert _texts("Police said 25 people were shot.", "The road reopened.") != []


def test_a_disclaimer_that_names_its_count_reaches_past_a_sentence_between() -> None:
    """r68 F7: "... the morgue count." after another sentence of the report: the count
    the morgue gave is unchecked, the other sentence's count still is the before's."""
    texts = _texts(
        "A nurse told me the clinic's morgue held 31 bodies by dusk.",
        "She said the generator had failed at noon.",
        "I was unable to verify the morgue count.",
    )
    assert not any("31" in text for text in texts)
    texts = _texts(
        "A nurse told me the clinic's morgue held 31 bodies by dusk.",
        "The mayor said 400 homes had been flooded.",
        "Nobody has confirmed the morgue count.",
    )
    assert not any("31" in text for text in texts)
    # a count a disclaimer does not name stays, two sentences back
    texts = _texts(
        "Officials said 31 bodies had been recovered.",
        "She said the generator had failed at noon.",
        "Nobody has confirmed the morgue count.",
    )
    assert any("31" in text for text in texts)


def test_a_disclaimer_is_short_and_refers_back() -> None:
    assert disclaims("The agency could not independently verify the claims.")
    assert not disclaims("It was not confirmed until May that she had left the board.")
    assert not disclaims("Police confirmed the figure on Monday.")


def test_a_suggestion_of_a_plan_is_no_hearsay_of_its_count() -> None:
    assert _texts("He rejected the mayor's suggestion that the city build 125 shelters.") == [
        "125 shelters"
    ]


def test_a_count_the_sentence_says_another_side_denies_is_no_figure() -> None:
    """r58: "..., a claim X rejected as false" had left the claim a bare key figure."""
    assert (
        _texts("Rebels said air strikes had killed 30 villagers, a claim the army rejected.") == []
    )
    assert _texts("Activists said 18 protesters were shot, a figure police denied.") == []
    assert _texts("Residents said 40 homes burned, which the governor disputes.") == []
    # a denial negated is none, and a denial of something else leaves the count
    assert _texts("Medics said 9 miners died, a figure the company did not dispute.") != []
    assert _texts("Nine miners died, officials said, and they rejected calls to resign.") != []


def test_a_next_sentence_that_denies_the_figure() -> None:
    texts = _texts("The rebels said 50 soldiers were killed.", "The army rejected the claim.")
    assert texts == []
    assert not disclaims("The army denied that its troops had crossed the river.")


def test_which_denies_a_reported_count_but_judges_an_act_told_as_fact() -> None:
    """ ", which X dismissed" refers to a claim only of a count a verb of report gives; of
    a count told as fact it judges the act, whose count stands."""
    assert _texts("The guild said 60 stalls were torn down, which the council denied.") == []
    assert _texts(
        "Guards detained 45 dockers at the gate on Friday, which the union dismissed as bullying."
    ) == ["detained 45 dockers"]
    assert _texts("Guards detained 45 dockers, a figure the port authority disputed.") == []


def test_a_count_disputed_in_one_report_is_disputed_wherever_the_brief_gives_it() -> None:
    """r59 S1-2: a wire's "a toll the government disputes" had dropped its own count while
    the relief agency's bulletin kept the same count bare, and the government's rival
    count was lost with it: one side of the dispute was shown as fact. Both sides are
    in doubt, and a bare list cannot say so: neither is a key figure."""
    assert _texts(
        "The relief agency said at least 212 people had drowned, a toll the ministry"
        " rejects; the ministry's count stands at 95.",
        "The relief agency's bulletin lists at least 212 deaths since 3 March.",
        "The ministry reports 95 deaths in the valley.",
        "At least 95 schools were damaged.",
        "A further 40 people are missing.",
    ) == ["At least 95 schools were damaged", "40 people are missing"]


def test_a_count_disputed_in_one_report_leaves_the_same_number_in_another() -> None:
    """A disputed count puts in doubt its own report's rival counts, not the same number
    another report gives of another event ("killed 40 people" elsewhere)."""
    found = find_figures(
        [
            Sentence("Raiders killed 40 people in Darvo province on Sunday.", 1, 1, 0),
            Sentence("The army said 40 rebels were killed, a toll the rebels dispute.", 2, 1, 0),
            Sentence("The rebels' spokesman said 40 fighters were killed.", 2, 2, 0),
        ]
    )
    assert [f.text for f in found if f.kind != "date"] == ["killed 40 people"]


def test_a_check_denied_to_another_sides_figure_leaves_this_count() -> None:
    """A verb of saying joined by "and" opens another claim: "... reports 95 deaths and
    says the agency's figure includes unverified reports" denies the agency's count a
    check, not the ministry's 95."""
    assert _texts(
        "The ministry reports 95 deaths and says the agency's figure includes unverified reports."
    ) == ["95 deaths"]


def test_a_count_a_verb_of_denial_governs_is_no_figure() -> None:
    """A count in what a side denies, rejects or dismisses is its claim, not a fact (s52):
    "The government denied that 40 people had died" had shown "40 people had died"."""
    assert _texts("The interior ministry denied that 65 protesters had been shot.") == []
    assert _texts("The port authority denied 18 sailors had drowned.") == []
    assert _texts("Police rejected reports that 420 students were detained.") == []
    assert _texts("The army dismissed claims of 75 civilian casualties.") == []
    assert _texts("The junta dismissed as propaganda reports that 90 officers had fled.") == []
    assert _texts("The mine owner denied that it had laid off 1,100 workers.") == []


def test_a_denied_count_is_no_figure_wherever_its_report_gives_it() -> None:
    """A count one side denies is in doubt in its report's other sentences too."""
    assert (
        _texts(
            "Residents said 65 protesters had been shot.",
            "The interior ministry denied that 65 protesters had been shot.",
        )
        == []
    )


def test_a_count_a_denial_does_not_govern_stands() -> None:
    assert _texts("The ministry did not deny that 65 protesters had been shot.") == [
        "65 protesters had been shot"
    ]
    assert _texts("Voters rejected a plan to build 4,000 homes.") == ["4,000 homes"]
    assert _texts("The ministry denied the charge, saying 12 protesters were arrested.") == [
        "12 protesters were arrested"
    ]
    assert _texts("The army denied the strike and said 30 fighters were killed.") == [
        "30 fighters were killed"
    ]


def test_a_count_in_a_subordinate_clause_of_a_denied_claim_stands() -> None:
    said = (
        "Residents rejected police allegations that the crowd was armed when officers"
        " dispersed 600 marchers."
    )
    assert _texts(said) == ["600 marchers"]


def test_a_denial_negated_or_conceded_is_none() -> None:
    """s52 review: a denial nobody makes, or one given up, leaves the count a fact."""
    assert _texts("No one disputes that 35 villagers drowned in the flood.") != []
    assert _texts("The utility no longer denies that 35 villagers drowned.") != []
    assert _texts("Few now dispute that 35 villagers drowned.") != []
    assert _texts("A few officials disputed that 35 villagers drowned.") == []


def test_a_conceded_count_stays_where_another_sentence_gives_it() -> None:
    texts = _texts(
        "Divers said 35 villagers drowned in the flood.",
        "Even the utility no longer disputes that 35 villagers drowned.",
    )
    assert "35 villagers drowned" in texts


def test_a_claim_of_people_is_theirs_not_a_claim_of_the_count() -> None:
    assert _texts("The governor rejected the accusations of 25 opposition senators.") != []
    assert _texts("Police dismissed claims of 25 casualties.") == []
    assert _texts("Police dismissed reports of 25 protesters killed.") == []
