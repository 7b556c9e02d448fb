"""Developer tools: evaluation and benchmarks (not shipped in the wheel)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path


def report_main(doc: str | None, report: Callable[[Path], str], argv: Sequence[str] | None) -> int:
    """The command line of a report that reads only the shared data: `--data`, then the
    Markdown on stdout."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    args = parser.parse_args(argv)
    print(report(args.data))
    return 0
