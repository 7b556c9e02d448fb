"""Counts that said nothing of what they count (r71, a travel-security desk's trial), tried
on texts of other settings: a port's affected sailings, a strike over arrests, a flood's
cordon, a ban's bar and a terminal's traffic."""

from __future__ import annotations

from brief.extract.figures import find_figures
from brief.models import Figure, Sentence


def _found(*texts: str) -> list[Figure]:
    told = [Sentence(t, 1, n, n - 1) for n, t in enumerate(texts, 1)]
    return [f for f in find_figures(told) if f.kind != "date"]


def _texts(*texts: str) -> list[str]:
    return [f.text for f in _found(*texts)]


def test_an_affected_count_keeps_its_verb() -> None:
    """ "About 60 sailings" alone could be the sailings that ran: the passive says what
    befell them."""
    assert _texts("About 60 sailings are affected by the fog at the port.") == [
        "About 60 sailings are affected"
    ]


def test_a_noun_of_an_act_done_to_people_keeps_the_count() -> None:
    """ "the arrest of 14 drivers" is read as "the cancellation of 40 flights" is; a
    release the strikers only ask for is no act done, and the count stays bare."""
    assert _texts("The miners walked out over the arrest of 12 pickets last week.") == [
        "arrest of 12 pickets"
    ]
    asked = _texts("The union has demanded better pay and the release of 12 pickets.")
    assert asked == ["12 pickets"]


def test_a_distance_after_its_noun_and_of_keeps_the_noun() -> None:
    """ "a cordon of 3 kilometres" sizes the cordon as "a 3 km cordon" does; "a total of"
    says no more than the number."""
    assert _texts("Residents must stay out of the flood cordon of 3 kilometres.") == [
        "flood cordon of 3 kilometres"
    ]
    assert _texts("Crews cleared a total of 8 km of road.") == ["8 km"]


def test_a_bans_bar_is_no_count() -> None:
    """ "banned gatherings of more than ten people": the rule's bar, not ten people that
    anything befell; a toll after a plural noun stays."""
    assert _texts("The county banned gatherings of more than ten people near the mine.") == []
    assert _texts("Meetings of over 30 people are prohibited until Friday.") == []
    assert "deaths of more than 40 people" in _texts(
        "Police banned marches after the deaths of more than 40 people."
    )


def test_a_terminals_traffic_keeps_its_verb() -> None:
    """In a port's disruption story "95 ships" alone reads as ships held up."""
    assert _texts("The container terminal handled 95 ships on Sunday after reopening.")[0] == (
        "handled 95 ships"
    )


def test_a_sum_asked_for_is_not_its_askers_report() -> None:
    """ "The kidnappers have demanded a ransom of ..., police said": the kidnappers ask for
    the sum; the police report it, and the figure is theirs, not "(the kidnappers ...)"."""
    found = _found(
        "The kidnappers of a surveyor seized near the copper mine on Monday have demanded a"
        " ransom of 50 million pesos, police said on Wednesday."
    )
    assert [(f.text, f.sayer) for f in found] == [("a ransom of 50 million pesos", "police")]


def test_an_act_agreed_or_planned_leaves_its_count_bare() -> None:
    """What a deal is "on" is to come, as what a modal puts is: "release of 60 detainees"
    would read as a release done; a distance with its own "of" measures that noun."""
    assert _texts(
        "The two sides signed an agreement on the release of 60 detainees, the mediator said."
    ) == ["60 detainees"]
    assert _texts("The council would fund the repair of 300 kilometres of flooded roads.") == [
        "300 kilometres"
    ]


def test_a_verb_of_saying_after_an_asking_one_still_gives_the_sayer() -> None:
    """ "urged calm, and said it had recorded 17 ...": the count is said, by the commission."""
    found = _found(
        'The commission urged both sides to "stay calm," and said it had recorded 17 kidnappings'
        " of miners since 2029."
    )
    assert [(f.text, f.sayer) for f in found if f.kind == "count"] == [
        ("17 kidnappings of miners", "the commission")
    ]
