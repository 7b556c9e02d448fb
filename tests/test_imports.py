"""Markdown and JSON briefs must not pay for what only other jobs need (issue 11).

Each brief runs in a child interpreter with `-X importtime`, which names every module the
process imported, so nothing in the program has to cooperate with the test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXED_EPOCH, sample_paths

# Only sumy algorithms need sumy and nltk; only PDF needs WeasyPrint; only HTML input
# needs trafilatura (and requests comes with sumy.utils); only fetching and mail need TLS
# (xml.sax.saxutils, for the SVG timeline, would bring it in through urllib.request).
HEAVY = ("nltk", "scipy.stats", "sumy", "requests", "weasyprint", "trafilatura", "ssl")


def imported_modules(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "brief", *args],
        capture_output=True,
        text=True,
        check=True,
        env={"SOURCE_DATE_EPOCH": FIXED_EPOCH, "PATH": "/usr/bin:/bin"},
    )
    return {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def heavy_among(modules: set[str]) -> set[str]:
    return {m for m in modules for heavy in HEAVY if m == heavy or m.startswith(heavy + ".")}


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_markdown_and_json_skip_heavy_imports(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"brief.{fmt}"
    modules = imported_modules("make", str(sample_paths()[0]), "-f", fmt, "-o", str(out))
    assert out.stat().st_size > 0
    assert "brief.pipeline" in modules  # the listing is real: the brief was built
    assert heavy_among(modules) == set()


def test_sumy_algorithm_still_loads_sumy(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    modules = imported_modules("make", str(sample_paths()[0]), "-a", "luhn", "-o", str(out))
    assert "sumy" in modules


def test_lexrank_of_an_article_needs_no_scipy(tmp_path: Path) -> None:
    """Up to a few thousand sentences LexRank is numpy alone: scipy costs more than it."""
    out = tmp_path / "brief.md"
    modules = imported_modules("make", str(sample_paths()[0]), "-a", "lexrank", "-o", str(out))
    assert out.stat().st_size > 0 and "brief.pipeline" in modules
    assert {m for m in modules if m == "scipy" or m.startswith("scipy.")} == set()
