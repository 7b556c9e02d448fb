"""Time of each stage of one brief, in one process, to show which stage grows with its input.

    python -m tools.stages FILE [FILE ...]   # prints one JSON object of seconds per stage

`make bench` runs it on its 1,600, 6,400 and 25,000-sentence files and prints the times side
by side with how much each grew. A whole `brief make` runs the extractors in a second process
beside ranking and classifying, so its wall time hides which stage costs what: here every
stage runs in turn, on the same sentences, in the order the pipeline calls them. CPU time,
this process's and its children's (segmentation splits a long input across two processes),
so a busy machine changes the figures less.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def profile(paths: list[str]) -> dict[str, float]:
    """Seconds of CPU per stage, imports excluded (they are timed as a stage of their own)."""
    seconds: dict[str, float] = {}

    def cpu() -> float:
        spent = os.times()
        return spent.user + spent.system + spent.children_user + spent.children_system

    def timed(stage: str, work: Callable[[], T]) -> T:
        start = cpu()
        result = work()
        seconds[stage] = seconds.get(stage, 0.0) + cpu() - start
        return result

    def imports() -> None:
        from brief import classify, dedupe, ingest, rank, segment, stories  # noqa: F401
        from brief.extract import actors, figures, lexicon, quotes  # noqa: F401

    timed("imports", imports)
    from brief.classify import classify_all
    from brief.dedupe import group_duplicates
    from brief.extract.actors import find_actors
    from brief.extract.figures import find_figures, timeline
    from brief.extract.quotes import find_quotes
    from brief.ingest import ingest
    from brief.options import Options
    from brief.profiles import load_profile
    from brief.rank import RankContext, rank
    from brief.segment import segment
    from brief.stories import find_stories

    options = Options()
    profile_ = timed("load profile", lambda: load_profile(options.profile))
    documents = timed(
        "ingest", lambda: [ingest(path, n, options) for n, path in enumerate(paths, 1)]
    )
    corpus = timed("segment", lambda: segment(documents, options.language, options.max_sentences))
    timed("stories", lambda: find_stories(corpus))
    # numpy is imported by the first stage that needs it (dedupe); timed apart, so that
    # dedupe's line is its own work (the import is most of it at 1,600 sentences).
    timed("numpy import", lambda: importlib.import_module("numpy"))
    groups = timed("dedupe", lambda: group_duplicates(corpus.sentences))
    unique = [corpus.sentences[g[0]] for g in groups]
    context = RankContext(tuple(d.title or "" for d in documents), options.language)
    timed("rank (default)", lambda: rank(unique, "default", context))
    timed("rank (lexrank)", lambda: rank(unique, "lexrank", context))
    timed(
        "classify",
        lambda: classify_all((s.text for s in unique), profile_, [s.source for s in unique]),
    )
    actors = timed("actors", lambda: find_actors(unique))
    timed("quotes", lambda: find_quotes(unique, actors))
    figures = timed("figures", lambda: find_figures(unique, {}))
    timed("timeline", lambda: timeline(figures, unique))
    seconds["sentences"] = float(len(corpus.sentences))
    return seconds


def main(argv: list[str] | None = None) -> int:
    """The stages run as `brief make` runs them, with the cyclic garbage collector off
    (brief.cli): left on, its passes over every object made so far grow with the heap,
    and made actors look like 2.0 -> 9.1 s from 6,405 to 25,000 sentences (x4.6 for x3.9
    the input) where brief spends 2.0 -> 7.1 s (x3.6)."""
    paths = sys.argv[1:] if argv is None else argv
    gc.disable()
    print(json.dumps(profile(paths)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
