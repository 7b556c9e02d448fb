"""`make golden`: regenerate tests/golden/<sample>.md from samples/*.txt with a fixed clock.

Review the diff before committing: a golden change is a change in what users read.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from brief.options import Options
from brief.pipeline import build
from brief.render import render

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
FIXED_NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)


def render_sample(path: Path) -> str:
    return render(build([str(path)], Options(now=FIXED_NOW)), "md", Options()).decode("utf-8")


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        target = GOLDEN / f"{sample.stem}.md"
        target.write_text(render_sample(sample), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
