"""Key figures of r76 (a rights monitor's trial), tried on texts of other settings."""

from __future__ import annotations

from brief.extract.figures import find_figures
from brief.models import Figure, Sentence


def _found(*texts: str) -> list[Figure]:
    told = [Sentence(t, 1, n + 1, n) for n, t in enumerate(texts)]
    return [f for f in find_figures(told) if f.kind != "date"]


def _sayers(text: str) -> dict[str, str | None]:
    return {f.text: f.sayer for f in _found(text)}


def test_a_number_sign_ends_no_clause_of_a_sayer() -> None:
    """The stop of "No. 4" or "Nos. 2 and 3" is an abbreviation's: the clause, and the
    saying that opens it, goes on past it."""
    got = _sayers(
        "The port authority said on Friday that crews at berth No. 4 had unloaded"
        " 1,200 containers of grain."
    )
    assert got == {"1,200 containers of grain": "the port authority"}
    got = _sayers(
        "The port authority said on Friday that cranes at berths Nos. 2 and 3 had unloaded"
        " 1,200 containers of grain."
    )
    assert got == {"1,200 containers of grain": "the port authority"}
    got = _sayers(
        "The port authority said on Friday that cranes at berth no. 2 had unloaded"
        " 1,200 containers of grain."
    )
    assert got == {"1,200 containers of grain": "the port authority"}


def test_a_negator_still_negates() -> None:
    """ "no" that is no number sign still says the sayer gives no such count."""
    got = _sayers("The port authority said there was no sign that 1,200 containers had gone.")
    assert all(s is None for s in got.values()), got
