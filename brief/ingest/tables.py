"""Tables: a Markdown table is no prose, and none of its lines is a sentence.

brief quotes its sources' sentences as written, and a row is none: cut from its table it
means nothing ("| 79.85 | +1.20 |"), and written out with its column names ("Dubai swap
(Feb): Close 79.85; Change +1.20") it would be a line no source holds, cited as if one
did. So a table's header, its delimiter row and its rows are layout: blank lines, which
keep a row from being read as a heading or joined to the prose around it. A desk that
publishes a table usually tells its figures of record in sentences too ("Brent settled at
$81.42 a barrel"), and those are read; the rows left out are counted, so the reader is told
(brief.ingest.layout warns, naming the file), not left to wonder where they went (r56 M7:
three benchmarks' closes had vanished without a word, read as headings).

Only a table Markdown's way: a row of cells between bars, then a delimiter row of dashes
(perhaps with colons), then its rows. The line count stays the same, since the page reader
zips its lines with the raw ones.
"""

from __future__ import annotations

import re

# The delimiter row under a table's header: "|---|---:|", ":--- | ---", "|:-:|"
_DELIMITER = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")


def _a_row(line: str) -> bool:
    return "|" in line and bool(line.strip())


def without_tables(lines: list[str]) -> tuple[list[str], int]:
    """The lines with each Markdown table's header, delimiter and rows blank, and how many
    rows were left out; every other line as it was."""
    if not any(_DELIMITER.fullmatch(line) and "-" in line for line in lines):
        return lines, 0
    out = list(lines)
    rows = 0
    at = 1
    while at < len(out):
        if not (_DELIMITER.fullmatch(out[at]) and "|" in out[at] and _a_row(out[at - 1])):
            at += 1
            continue
        out[at - 1] = out[at] = ""
        at += 1
        while at < len(out) and _a_row(out[at]):
            out[at] = ""
            rows += 1
            at += 1
    return out, rows
