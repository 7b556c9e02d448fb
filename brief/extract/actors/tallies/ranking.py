"""The actors as the brief lists them: most mentioned first, ties by first appearance,
never by whether a role was found (the subject of an article named four times
outranks a passer-by with a title). A company named in full and short, or an
organisation written with and without its spaces, is one actor first.

Apart from the counts because it is their last step, over every kind of actor at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.extract.actors.tallies.tally_record import Tally, joined_by
from brief.extract.lexicon import words
from brief.models import Actor


def ranked(tallies: Sequence[Tally]) -> tuple[Actor, ...]:
    """Most mentioned first; ties by first appearance."""
    order = sorted(_one_company(_one_spelling(tallies)), key=lambda t: (-t.count, t.first))
    return tuple(t.actor() for t in order)


def _one_company(tallies: list[Tally]) -> list[Tally]:
    """A company named in full and short ("Tavora Mining" and "Tavora", "Vesterhavn
    Shipping" and "Vesterhavn": its name less the suffixes it ends with) is one, listed
    under the full name, where each source that writes it short also writes it in full
    (never a guess across articles; a reviewer's table had two rows of each)."""
    suffixes = words()["company_suffixes"]
    full: dict[str, list[Tally]] = {}
    for tally in tallies:
        parts = tally.name.split()
        while len(parts) > 1 and parts[-1].lower().rstrip(".") in suffixes:
            parts.pop()
        if tally.kind == "organisation" and len(parts) < len(tally.name.split()):
            full.setdefault(" ".join(parts), []).append(tally)
    joined: set[int] = set()
    for tally in tallies:
        if tally.kind != "organisation" or tally.name not in full:
            continue
        mains = [t for t in full[tally.name] if tally.sources <= t.sources]
        if len(mains) == 1 and id(mains[0]) not in joined:
            mains[0].join(tally)
            joined.add(id(tally))
    return [t for t in tallies if id(t) not in joined]


def _one_spelling(tallies: Sequence[Tally]) -> list[Tally]:
    """An organisation written with and without its spaces or hyphens ("TimeWarner" and
    "Time Warner", "Air-India" and "Air India") is one: its tallies are joined under the
    form written most (the first on a tie). People are not: "Ann Marie" is not "Annmarie"
    (see person_tallies._one_spelt_two_ways)."""
    return joined_by(tallies, lambda t: _spelling_key(t.name) if t.kind == "organisation" else None)


def _spelling_key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())
