"""Score the stories stage: BCubed precision, recall and F1 on labelled piles.

Each set of `stories/<set>/` is fed as one folder, as a day's inbox would be: every
article goes through brief's own ingest and segmentation (what `brief make FOLDER` does),
then `find_stories`. A file ingest rejects is its own cluster in the score; a file whose
bytes repeat an earlier one (the pipeline keeps one source for both) goes with it.

The halves split each set by story (a hash of the story id), so a story's articles stay
together: the thresholds were tuned on half A; half B is the check. A half is scored on
its own articles within the clustering of the whole set, so a merge across halves (in
ecbplus-odd, a topic's two look-alike events often fall in different halves) shows only
in the "all" row.

    python -m tools.eval_stories --data ../shared/eval
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import scipy.sparse  # noqa: F401  (imported here so find_stories' time leaves out this one-off)

from brief.errors import InputError, NoInputError
from brief.ingest import expand, ingest
from brief.models import Corpus, Document
from brief.options import Options
from brief.segment import segment
from brief.stories import find_stories
from tools import report_main


@dataclass(frozen=True)
class Pile:
    """One labelled set, ingested: the corpus and, for each file, its source or None."""

    name: str
    gold: dict[str, str]  # file name -> story id
    corpus: Corpus
    source_of: dict[str, int | None]  # file name -> source number (None: rejected)


def half(story: str) -> str:
    """'A' or 'B', stable across runs and machines."""
    return "A" if zlib.crc32(story.encode("utf-8")) % 2 == 0 else "B"


def load(folder: Path, options: Options | None = None) -> Pile:
    options = options or Options()
    gold: dict[str, str] = {}
    for line in (folder / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, story = line.split("\t")[:2]
            gold[name] = story.strip()
    documents: list[Document] = []
    by_digest: dict[str, int] = {}
    source_of: dict[str, int | None] = {}
    for item in expand([str(folder / "articles")]):
        name = Path(item.path).name
        try:
            doc = ingest(item.path, len(documents) + 1, options)
        except (InputError, NoInputError):
            source_of[name] = None
            continue
        if doc.source.sha256 in by_digest:
            source_of[name] = by_digest[doc.source.sha256]
            continue
        by_digest[doc.source.sha256] = doc.source.number
        documents.append(doc)
        source_of[name] = doc.source.number
    corpus = segment(documents, options.language, options.max_sentences)
    return Pile(folder.name, gold, corpus, source_of)


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 over the items of `gold`."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[str, set[str]] = {}
    for item in items:
        by_gold.setdefault(gold[item], set()).add(item)
        by_pred.setdefault(predicted[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        same_pred = by_pred[predicted[item]]
        same_gold = by_gold[gold[item]]
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def predicted_labels(pile: Pile) -> tuple[dict[str, str], float]:
    """File name -> predicted cluster id, and the seconds find_stories took."""
    start = time.perf_counter()
    groups = find_stories(pile.corpus)
    seconds = time.perf_counter() - start
    story_of = {s: f"s{g.sources[0]}" for g in groups for s in g.sources}
    labels = {
        name: story_of[number] if number is not None else f"rejected:{name}"
        for name, number in pile.source_of.items()
    }
    return labels, seconds


def score_pile(
    pile: Pile, labels: Mapping[str, str]
) -> list[tuple[str, int, int, int, float, float, float]]:
    """(part, articles, stories, found, P, R, F1) for the whole set and each half."""
    rows = []
    for part in ("all", "A", "B"):
        gold = {f: s for f, s in pile.gold.items() if part == "all" or half(s) == part}
        predicted = {f: labels[f] for f in gold}
        counts = (len(gold), len(set(gold.values())), len(set(predicted.values())))
        rows.append((part, *counts, *bcubed(gold, predicted)))
    return rows


def report(data: Path) -> str:
    """Markdown: BCubed P/R/F1 per set and half, and find_stories' time on each set."""
    root = Path(data) / "stories"
    lines = [
        "## Stories: BCubed on labelled piles",
        "",
        "Each set is one folder through ingest, segment and `find_stories`. Halves split "
        "by story id (crc32 parity); the thresholds were tuned on half A.",
        "",
        "| set | part | articles | stories | found | precision | recall | F1 | seconds |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for folder in sorted(p for p in root.iterdir() if (p / "labels.tsv").is_file()):
        pile = load(folder)
        labels, seconds = predicted_labels(pile)
        for part, articles, stories, found, precision, recall, f1 in score_pile(pile, labels):
            timing = f"{seconds:.2f}" if part == "all" else ""
            lines.append(
                f"| {pile.name} | {part} | {articles} | {stories} | {found} | "
                f"{precision:.3f} | {recall:.3f} | {f1:.3f} | {timing} |"
            )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    return report_main(__doc__, report, argv)


if __name__ == "__main__":
    raise SystemExit(main())
