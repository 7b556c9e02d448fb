"""The record every step of the scan passes on: a figure as found in its sentence, with
its offsets there, before `find_figures` weighs it against the figures of earlier
sentences and makes it a Figure.

Apart from the scanner so that the modules it calls (ranges, rates, currencies, tolls,
counts) can take and return one without importing the scanner. A named tuple, not a
frozen dataclass: a dataclass costs its module 0.5-0.8 ms at import, the generated
methods executed; a NamedTuple a sixth of that, and is made faster.
"""

from __future__ import annotations

from typing import NamedTuple

from brief.models import FigureKind


class FoundFigure(NamedTuple):
    """A figure in its sentence, before it is a Figure: offsets in the sentence."""

    start: int
    end: int
    text: str
    kind: FigureKind
    value: float | None
    unit: str | None
    date: str | None
    per: str | None = None  # what a rate is per ("day", "barrel"): see rates
