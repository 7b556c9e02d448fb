"""Score section classification on PLOVER-labelled news sentences.

Each sentence of `plover/events.jsonl` carries a PLOVER event type. Types of force map
to "military", types of talk, demand, refusal, threat, agreement and sanction to
"diplomacy"; the other types are not scored. A prediction of any other section (or
"other") for a scored sentence is a miss. Two splits into halves are reported, even and
odd lines, and a split by a hash of the text (so neighbouring lines of one event type
fall on both sides): a change to the cues is kept only when it helps both halves of
both splits, a guard against fitting the cues to individual sentences.

    python -m tools.eval_sections --data ../shared/eval [--profile geopolitics]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from brief.classify import classify_all
from brief.profiles import load_profile

GOLD: dict[str, str] = {
    **dict.fromkeys(("FIGHT", "ASSAULT", "MOBILIZE"), "military"),
    **dict.fromkeys(
        (
            "AGREE",
            "CONSULT",
            "DEMAND",
            "REJECT",
            "THREATEN",
            "DISAPPROVE",
            "SUPPORT",
            "CONCEDE",
            "SANCTION",
        ),
        "diplomacy",
    ),
}
SCORED = ("military", "diplomacy")


@dataclass(frozen=True)
class Scores:
    n: int
    rows: dict[str, tuple[int, float, float, float]]  # section -> (support, P, R, F1)
    macro_f1: float
    accuracy: float


def load(data_dir: Path) -> list[dict[str, str]]:
    path = data_dir / "plover" / "events.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(gold: Sequence[str], predicted: Sequence[str]) -> Scores:
    rows: dict[str, tuple[int, float, float, float]] = {}
    for section in SCORED:
        tp = sum(g == section and p == section for g, p in zip(gold, predicted, strict=True))
        pred = sum(p == section for p in predicted)
        support = sum(g == section for g in gold)
        precision = tp / pred if pred else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows[section] = (support, precision, recall, f1)
    macro = sum(r[3] for r in rows.values()) / len(rows)
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(1, len(gold))
    return Scores(len(gold), rows, macro, accuracy)


def hash_half(text: str) -> int:
    """0 or 1 from the text alone, so the split does not follow the file's order."""
    return hashlib.sha256(text.strip().encode("utf-8")).digest()[0] % 2


def report(data_dir: Path, profile: str = "geopolitics") -> str:
    """Markdown: per-section P/R/F1 and macro-F1, on all scored sentences and on each half."""
    records = load(Path(data_dir))
    prof = load_profile(profile)
    labelled = [
        (i, GOLD[r["event"]], r["text"]) for i, r in enumerate(records) if r["event"] in GOLD
    ]
    predicted = [c.section for c in classify_all((t for _, _, t in labelled), prof)]
    gold = [g for _, g, _ in labelled]
    parts = [
        ("all", list(range(len(labelled)))),
        ("even lines", [k for k, (i, _, _) in enumerate(labelled) if i % 2 == 0]),
        ("odd lines", [k for k, (i, _, _) in enumerate(labelled) if i % 2 == 1]),
        ("hash half A", [k for k, (_, _, t) in enumerate(labelled) if hash_half(t) == 0]),
        ("hash half B", [k for k, (_, _, t) in enumerate(labelled) if hash_half(t) == 1]),
    ]
    lines = [
        f"## Sections on PLOVER ({profile} profile)",
        "",
        f"{len(labelled)} of {len(records)} sentences scored: "
        "FIGHT, ASSAULT, MOBILIZE -> military; "
        "AGREE, CONSULT, DEMAND, REJECT, THREATEN, DISAPPROVE, SUPPORT, CONCEDE, SANCTION -> "
        "diplomacy. Any other predicted section counts as a miss.",
        "",
        "| sentences | section | support | precision | recall | F1 |",
        "|---|---|---:|---:|---:|---:|",
    ]
    summary = []
    for name, idx in parts:
        s = score([gold[k] for k in idx], [predicted[k] for k in idx])
        for section, (support, p, r, f1) in s.rows.items():
            lines.append(f"| {name} | {section} | {support} | {p:.3f} | {r:.3f} | {f1:.3f} |")
        summary.append(f"| {name} | {s.n} | {s.macro_f1:.3f} | {s.accuracy:.3f} |")
    lines += ["", "| sentences | scored | macro-F1 | accuracy |", "|---|---:|---:|---:|", *summary]
    return "\n".join(lines) + "\n"


def errors(data_dir: Path, profile: str = "geopolitics") -> list[str]:
    """The misclassified sentences, for looking at error types (not for fitting)."""
    prof = load_profile(profile)
    out = []
    for r in load(Path(data_dir)):
        gold = GOLD.get(r["event"])
        if gold is None:
            continue
        c = classify_all([r["text"]], prof)[0]
        if c.section != gold:
            out.append(f"{r['event']} -> {c.section} {dict(c.scores)} | {r['text']}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--profile", default="geopolitics")
    parser.add_argument("--errors", action="store_true", help="list the misclassified sentences")
    args = parser.parse_args(argv)
    print(report(args.data, args.profile))
    if args.errors:
        print("\n".join(errors(args.data, args.profile)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
