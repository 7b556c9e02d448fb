"""Long runs: text with no full stop for longer than any sentence runs.

A run of MAX_RUN characters without a full stop is a pasted list, a table or data run
together, and a piece of it cut anywhere is no sentence to quote (such pieces had become
bullets that open and end mid-phrase). It is left out with a warning, or kept as its
clauses where semicolons cut it short enough, so every later stage works on bounded,
whole sentences, each one the source wrote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.ingest.layout.shapes import CLOSERS

# No real sentence runs this long without a full stop. Longer runs (a pasted list, a
# page of text without punctuation, a wall of brackets) are left out with a warning
# (`without_long_runs`), so every later stage works on bounded, whole sentences.
MAX_RUN = 1500
# Every run without a full stop, of which only the long ones are cut: a pattern asking for
# MAX_RUN + 1 such characters scanned each run again from every position in it (0.3 s of
# CPU for the paragraphs of 25,000 sentences), this one reads the text once.
_RUN = re.compile("[^.!?…。！？؟۔।॥։።။]+")


def without_long_runs(text: str) -> tuple[list[str], list[str]]:
    """A paragraph's text less each run of more than MAX_RUN characters without a full
    stop, and those runs (with the stop that ends them); a run that semicolons cut into
    clauses short enough is kept as those clauses (`_clauses`). No sentence is that long: such a
    run is a pasted list, a table or data run together, and its pieces, cut anywhere,
    had become bullets that open and end mid-phrase (r57 #2). What comes before a run
    and after it stays, each a paragraph of its own, so no kept sentence is glued to it
    and every sentence cited is one the source wrote whole."""
    if len(text) <= MAX_RUN:
        return [text], []
    pieces: list[str] = []
    runs: list[str] = []
    start = 0
    for m in _RUN.finditer(text):
        if m.end() - m.start() <= MAX_RUN:
            continue
        end = min(m.end() + 1, len(text))  # its stop: no sentence of what follows
        while end < len(text) and text[end] in CLOSERS:
            end += 1
        clauses = _clauses(text[m.start() : end])
        pieces.append(text[start : m.start()])
        if clauses:
            pieces.extend(clauses)
        else:
            runs.append(text[m.start() : end].strip())
        start = end
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()], runs


_CLAUSE_END = re.compile(r"(?<=;)\s+")


def _clauses(run: str) -> list[str]:
    """A long run's clauses, where semicolons cut it into pieces of at most MAX_RUN each
    (a chronology's "1957 -- ...; 1970 -- ...;"): each a statement whole, as a sentence
    is; none (an empty list) where any piece is still too long."""
    clauses = _CLAUSE_END.split(run.strip())
    if len(clauses) < 2 or max(map(len, clauses)) > MAX_RUN:
        return []
    return clauses


def describe_runs(runs: Sequence[str]) -> str:
    """ "1 run of 30,412 characters", "2 runs of 4,100 characters"."""
    plural = "" if len(runs) == 1 else "s"
    return f"{len(runs)} run{plural} of {sum(map(len, runs)):,} characters"
