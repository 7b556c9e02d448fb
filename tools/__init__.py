"""Developer tools: evaluation and benchmarks (not shipped in the wheel)."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable, Sequence
from pathlib import Path


def quiet_ingest() -> None:
    """For an evaluation's command line: the blind sets are dated in 2027, after the
    machine's clock, and each article would warn that it is dated after the run's day
    (brief.ingest), hundreds of lines around the figures; what the evaluations measure does
    not depend on the run's day. (Not on import: the tests import these modules.)"""
    logging.getLogger("brief.ingest").setLevel(logging.ERROR)


def report_main(doc: str | None, report: Callable[[Path], str], argv: Sequence[str] | None) -> int:
    """The command line of a report that reads only the shared data: `--data`, then the
    Markdown on stdout."""
    quiet_ingest()
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    args = parser.parse_args(argv)
    print(report(args.data))
    return 0
