"""A notice's labelled field ("Structures destroyed: 52 (44 homes, 8 outbuildings)",
"Containment: 35%", "Injuries: 3 firefighters (minor)"): its label says what its value
counts, so the field is read as one figure, shown whole.

An agency's update, a bulletin or a fact sheet boxes its figures a field a line above its
prose (brief.ingest.layout.shapes.is_labelled_field). Read as prose, the value's number
lost its label: "35%" and "3 firefighters" said neither contained nor injured, a bare
"52" counted nothing, and the bracket's "44 homes" read as a count of its own, not as the
homes among the structures destroyed (r70 F4, F19). So a field whose value opens with a
number is one figure: its number, the kind and unit it has in the value ("5,410 acres",
"35%") or, for a bare number, as prose writes the label after it ("52 structures
destroyed"); shown as the field is written, label, value and bracket. Where a sentence
of its report gives the same count in the same words ("5,410 acres"), the field's comes
first and stands; where in other words ("containment rose to 22%", "destroyed three
outbuildings" under "Structures destroyed: 3 (outbuildings)"), the sentence's fuller words
are kept (the scanner): one fact, listed once. A field whose value opens with words
("VESSEL: NORTH STAR (tanker, 18 crew)"), a date ("DATE/TIME: 04 JUN 2026") or several
figures ("213 suspected cases, 9 deaths") is read as any sentence is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from brief.extract.figures.found_figure import FoundFigure
from brief.extract.figures.number_reading import value_of

# The label, its colon, and a number opening the value ("Personnel: 1,020", "Size: 5,410
# acres"): the number in digits, perhaps with decimals.
_LABELLED_NUMBER = re.compile(r"(?P<label>[^:]{2,60}?)\s*:\s+(?P<number>\d[\d,]*(?:\.\d+)?)")
# A field's figure runs on no further than a bracket or the line's end ("52 (44 homes,
# ...)", "1,020", "3 firefighters (minor)"): anything else after it makes the value prose,
# or a list of figures ("213 suspected cases, 9 deaths; 8,400 people displaced").
_BARE_END = re.compile(r"\s*(?:\(.*\))?\s*\Z")


class FieldFigure(NamedTuple):
    """The field's figure (offsets in the field) and its text as shown: the field whole."""

    figure: FoundFigure
    shown: str


def field_figure(
    text: str,
    scanned: Sequence[FoundFigure],
    scan: Callable[[str], Sequence[FoundFigure]],
) -> FieldFigure | None:
    """The one figure of a labelled field (`text`, which the caller knows is one) whose
    value opens with a number, from its `scanned` figures; `scan` reads a phrase's figures
    (for a bare number, the phrase prose would write: "52 structures destroyed"). None
    where the value opens with words or a date: the field is read as a sentence is."""
    found = _LABELLED_NUMBER.match(text)
    if found is None:
        return None
    start = found.start("number")
    opening = next((f for f in scanned if f.start <= start < f.end), None)
    shown = text.rstrip()
    if opening is not None:
        if opening.kind == "date" or _BARE_END.match(text, opening.end) is None:
            # (a date, or a value of several figures: "213 suspected cases, 9 deaths")
            return None
        return FieldFigure(opening, shown)
    if _BARE_END.match(text, found.end("number")) is None:
        return None  # "Personnel: 1,020 on the fire line today": the value is prose
    number = found.group("number")
    value = value_of(number)
    label = found.group("label").strip().lower()
    phrase = f"{number} {label}"
    read = next((f for f in scan(phrase) if f.start == 0 and f.kind != "date"), None)
    figure = FoundFigure(
        start,
        found.end("number"),
        read.text if read is not None else phrase,
        read.kind if read is not None else "count",
        read.value if read is not None else value,
        read.unit if read is not None else label,
        None,
    )
    return FieldFigure(figure, shown)
