"""Key figures that count what an option would add (r74, a fact-check desk's trial),
tried on texts of other settings: a port's threatened closures, a regulator's options and
an airline's cuts."""

from __future__ import annotations

from brief.extract.figures import find_figures
from brief.models import Sentence


def _texts(text: str) -> list[str]:
    return [f.text for f in find_figures([Sentence(text, 1, 1, 0)]) if f.kind != "date"]


def test_an_increment_an_option_would_add_is_no_figure() -> None:
    """ "could close two more terminals" counts what a closure not yet made would add:
    shown bare, "two more terminals" reads as closed. So with a threat and with an
    option's adjective, whatever stands between in the clause's list."""
    assert _texts("The port authority in Callao could close two more terminals.") == []
    assert _texts("Dockers threatened to shut another 12 berths at the harbour.") == []
    assert (
        _texts(
            "Officials said the possible steps included fines for the operator and a ban on "
            "night sailings at three more quays."
        )
        == []
    )


def test_what_is_there_or_done_stands_beside_an_option() -> None:
    """An increment done stands ("cancelled 40 more flights"), and so does one whose
    clause a mark parts from the option; a count of what is there ("threatened to fine
    30 operators") and an estimate of the act's own size stay, as before."""
    assert _texts("The airline in Recife cancelled 40 more flights on Monday.") != []
    assert _texts("Talks could resume soon, but two more ferries were held in port.") != []
    assert _texts("The regulator threatened to fine 30 operators.") == ["30 operators"]
    assert _texts("The repair of the dry dock could take two to three weeks.") == [
        "two to three weeks"
    ]
