"""Tables: a Markdown table's rows -> a line each, read as a sentence of its figures.

A table is no prose, but a desk that publishes one (a close's prices, a producer's
output by country) puts its figures of record there, and often only there: a table's
rows had been read as headings (short lines ending on no stop) and their figures
vanished from the brief without a word (r56 M7: three benchmarks' closes named nowhere
else). A row cut from its table means nothing ("| 79.85 | +1.20 |"), so each row is
written as its first cell, then each other cell after its column's header: "Dubai swap
(Feb): Close 79.85; Change +1.20; Unit $/bbl." One line a row, ending on a stop, so no
row joins another or the prose around it, and each figure stays with its name and its
unit and can be cited. The header and the delimiter row under it are the table's
layout, no line of their own.

Only a table Markdown's way: a row of cells between bars, then a delimiter row of dashes
(perhaps with colons), then its rows. The line count stays the same (the header and
the delimiter become blank lines), since the page reader zips its lines with the raw
ones.
"""

from __future__ import annotations

import re

# The delimiter row under a table's header: "|---|---:|", ":--- | ---", "|:-:|"
_DELIMITER = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")


def _cells(line: str) -> list[str]:
    """A row's cells, its outer bars off; an escaped bar ("\\|") stays in its cell."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def _a_row(line: str) -> bool:
    return "|" in line and bool(line.strip())


def row_sentence(header: list[str], cells: list[str]) -> str:
    """A row as a line: its first cell, then each filled cell after its column's name."""
    name, *rest = cells
    fields = []
    for column, cell in zip(header[1:], rest, strict=False):
        if cell:
            fields.append(f"{column} {cell}" if column else cell)
    fields.extend(cell for cell in rest[len(header) - 1 :] if cell)
    line = f"{name}: {'; '.join(fields)}" if name and fields else name or "; ".join(fields)
    return line if not line or line.endswith(".") else f"{line}."


def table_lines(lines: list[str]) -> list[str]:
    """The lines, each Markdown table's rows written as lines of figures (`row_sentence`)
    and its header and delimiter rows blank; every other line as it was."""
    if not any(_DELIMITER.fullmatch(line) and "-" in line for line in lines):
        return lines
    out = list(lines)
    at = 1
    while at < len(out):
        if not (_DELIMITER.fullmatch(out[at]) and "|" in out[at] and _a_row(out[at - 1])):
            at += 1
            continue
        header = _cells(out[at - 1])
        out[at - 1] = out[at] = ""
        at += 1
        while at < len(out) and _a_row(out[at]):
            out[at] = row_sentence(header, _cells(out[at]))
            at += 1
    return out
