"""ROUGE and dangling rates of every ranker on the shared eval sets, through brief's own
ingest and segmentation (so the figures are what `brief batch` produces).

    python -m tools.eval --data ../shared/eval [--limit N] [--out docs/quality.md]

cnndm: 3 sentences, F1 against the best of 11 human references (`score_multi`).
bbc: as many sentences as the reference summary has (a silver, extractive reference).
Baselines keep the top sentences of their ranking in reading order, as sumy prints them;
ours goes through `brief.selection` (dangling repair) in the order the brief shows it.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shlex
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from brief.errors import UsageError
from brief.ingest import make_source, parse_text
from brief.models import Document, Sentence
from brief.options import Options
from brief.rank import RANKERS, RankContext
from brief.rank.directed import WEIGHTS
from brief.segment import segment
from brief.selection.chains import select, unresolved
from tools import quiet_ingest

BASELINES = (
    "lead",
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "sumbasic",
    "kl",
    "reduction",
)
OURS = "default"
PIPELINE = "brief batch"  # ours through the whole pipeline: what `brief batch` prints
METHODS = (*BASELINES, OURS, PIPELINE)
METRICS = ("rouge1", "rouge2", "rougeL")
# BBC summaries run their sentences together: "...$10.9bn.For the full-year, ..."
_REFERENCE_SPLIT = re.compile(r"(?<=[.!?\"])(?=[A-Z\"])")

Task = tuple[str, str, str, tuple[str, ...], int]  # set, name, article, references, count


def bbc_reference(text: str) -> list[str]:
    return [s.strip() for s in _REFERENCE_SPLIT.split(text.strip()) if s.strip()]


def tasks(data: Path, limit: int | None) -> Iterator[Task]:
    cnndm = sorted((data / "cnndm" / "articles").glob("*.txt"))[:limit]
    for path in cnndm:
        refs = (data / "cnndm" / "references" / path.name).read_text(encoding="utf-8")
        lines = tuple(line for line in refs.splitlines() if line.strip())
        yield "cnndm", path.stem, path.read_text(encoding="utf-8"), lines, 3
    bbc = sorted((data / "bbc" / "articles").glob("*/*.txt"))[:limit]
    for path in bbc:
        summary = data / "bbc" / "summaries" / path.parent.name / path.name
        reference = bbc_reference(summary.read_text(encoding="utf-8", errors="replace"))
        name = f"{path.parent.name}/{path.stem}"
        article = path.read_text(encoding="utf-8", errors="replace")
        yield "bbc", name, article, (" ".join(reference),), len(reference)


_scorer: Any = None


Scores = dict[str, tuple[float, float, float, int, int]]
Table = dict[str, dict[str, list[float]]]
# The baseline each set's goal names: ours must beat it (issue 3).
TARGETS = {"cnndm": "lead", "bbc": "textrank"}


def _score(task: Task) -> tuple[str, Scores]:
    """Per method: R1, R2, RL F1, sentences kept, sentences left dangling."""
    global _scorer
    if _scorer is None:
        from rouge_score import rouge_scorer

        _scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    kind, name, article, references, count = task
    data = article.encode("utf-8")
    document = parse_text(article, make_source(name, 1, data))
    sentences: tuple[Sentence, ...] = segment([document]).sentences
    context = RankContext(titles=(document.title,) if document.title else ())
    results = {}
    for method in METHODS:
        if method == PIPELINE:
            kept = _pipeline_summary(document, sentences, count)
        elif method == OURS:
            kept = list(select(sentences, RANKERS[method](sentences, context), count))
        else:
            try:
                kept = sorted(RANKERS[method](sentences, context).order[:count])
            except UsageError:  # longer than this algorithm accepts: not scored for it
                continue
        summary = " ".join(sentences[i].text for i in kept)
        if len(references) > 1:
            scores = _scorer.score_multi(list(references), summary)
        else:
            scores = _scorer.score(references[0], summary)
        f1 = tuple(100 * scores[m].fmeasure for m in METRICS)
        results[method] = (*f1, len(kept), len(unresolved(sentences, kept)))
    return kind, results


def _pipeline_summary(document: Document, sentences: Sequence[Sentence], count: int) -> list[int]:
    """Positions of the brief's summary bullets (de-duplication and section budgets included)."""
    from brief.pipeline import brief_documents

    options = Options(sentences=count, now=datetime(2000, 1, 1, tzinfo=UTC))
    where = {(s.source, s.index): i for i, s in enumerate(sentences)}
    briefing = brief_documents([document], options)
    return [where[(b.source, b.index)] for b in briefing.summary]


def evaluate(data: Path, limit: int | None, workers: int = 2) -> list[tuple[str, Scores]]:
    """Per article, in file order: its set and every method's scores."""
    # Not multiprocessing.Pool: its workers are daemons, and sumy's rankers run in a child
    # process of their own (a time limit), which a daemon may not start.
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(_score, tasks(data, limit), chunksize=8))


def summarise(results: list[tuple[str, Scores]]) -> Table:
    """Mean R1, R2, RL, the dangling rate (%) and the article count per set and method."""
    table: Table = {}
    for kind in dict.fromkeys(k for k, _ in results):
        rows = [r for k, r in results if k == kind]
        table[kind] = {}
        for method in METHODS:
            scored = [r[method] for r in rows if method in r]
            if not scored:
                continue
            r1, r2, rl, kept, dangling = (sum(col) for col in zip(*scored, strict=True))
            n = len(scored)
            table[kind][method] = [r1 / n, r2 / n, rl / n, 100 * dangling / max(kept, 1), n]
    return table


def margins(results: list[tuple[str, Scores]]) -> str:
    """Ours minus each set's target baseline, overall and on the even and odd halves of the
    articles: a guard against reading noise (or fitting) as a gain."""
    lines = [
        "| set | ours - | metric | all | even half | odd half | wins / losses |",
        "|---|---|---|---:|---:|---:|---:|",
    ]
    for kind, target in TARGETS.items():
        rows = [r for k, r in results if k == kind]
        for i, metric in enumerate(("ROUGE-1", "ROUGE-2")):
            diff = [r[OURS][i] - r[target][i] for r in rows]
            if not diff:
                continue
            halves = [sum(d) / max(len(d), 1) for d in (diff[0::2], diff[1::2])]
            wins, losses = sum(d > 0 for d in diff), sum(d < 0 for d in diff)
            lines.append(
                f"| {kind} | {target} | {metric} | {sum(diff) / len(diff):+.2f} | "
                f"{halves[0]:+.2f} | {halves[1]:+.2f} | {wins} / {losses} |"
            )
    return "\n".join(lines)


def markdown(table: Table) -> str:
    lines = [
        "| set | method | ROUGE-1 | ROUGE-2 | ROUGE-L | dangling | articles |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for kind in ("cnndm", "bbc"):
        for method in METHODS:
            if method not in table.get(kind, {}):
                continue
            r1, r2, rl, dangling, n = table[kind][method]
            label = f"**{method} (ours)**" if method in (OURS, PIPELINE) else method
            lines.append(
                f"| {kind} | {label} | {r1:.2f} | {r2:.2f} | {rl:.2f} | {dangling:.1f}% | {n:.0f} |"
            )
    return "\n".join(lines)


EXPLANATION = """\
## The default ranker

News is written top-down: the opening sentences carry the news, which is why Lead-3
beats every classic unsupervised summarizer on CNN/DailyMail. Position alone is blind,
though: it cannot tell a lede from a photo caption, and it misses the sentence further
down that the rest of the article keeps returning to. Centrality alone (TextRank,
LexRank) finds those, but ignores the journalist's own ordering. The default ranker
(`brief.rank.directed`) adds the two, per source, with a few hand-set weights:

- **Position prior** `2 / index**2` within each source: steep, so it settles the lede
  (sentence 1 is in three quarters of the BBC references) and barely touches the rest.
  A live page (two or more entries opening with a clock time) runs newest first, each
  entry a short report written top-down: there the index counts from each entry's
  opening, so every entry's first sentence ranks as a lede and the headline and
  centrality choose among them.
- **Centrality** in PacSum's form (Zheng and Lapata 2019): the sum of a sentence's
  cosines to the later and to the earlier sentences of its source, scaled to [0, 1]
  within the source so that long articles do not dominate a multi-article brief. PacSum
  weighs later sentences above earlier ones; here the position prior already rewards
  being early, so both directions weigh 1. Vectors are log term frequencies of stemmed
  content words without idf: within one article the words that recur across its
  sentences are what it is about, and idf would discount exactly those. Without PacSum's
  threshold the sums are prefix sums over (source, term): linear in the number of
  words, whatever the number of sources, and no sentence-by-sentence matrix.
- **Title similarity** (weight 0.5): cosine to the source's title, where ingest found one.
- **Cross-source centrality** (weight 0.5): cosines to the sentences of the *other*
  sources, so that in a daily brief a story many outlets carry rises; zero for one article.

The sum is multiplied by a **length prior**: fewer than 4 content words scales down
linearly (fragments, "WANTED!!!"), more than 15 by `sqrt(15 / words)`: every word of a
long sentence costs space (ROUGE F1 and readers agree), and over-long "sentences" are
often a caption run into the text. Then **MMR** orders the opening three picks: each loses
its highest cosine to a sentence already picked, so the first bullets state different
facts. Later picks follow the score plus **coverage** (weight 1): a sentence's
shared-word links to the rest of its source, summed and scaled to [0, 1] per source
(TextRank's similarity, `shared words / (log len_i + log len_j)`, as sumy's Reduction
sums it). The lede is settled by position; a longer summary goes on to what the article
keeps returning to, and related sentences there are elaboration rather than repetition.
With three sentences (cnndm) coverage never acts; with the BBC's longer summaries it
lifts ROUGE-1/2 by about 0.8/1.2 on both halves of the set. Adding coverage to the
opening picks as well helped BBC more but cost cnndm its lead over Lead-3, so it stays
out of them.

The *brief batch* row is below the ranker alone on bbc (about half a point of ROUGE-1
and one of ROUGE-2, see the table) because the profile's section budgets act on the
choice: once a section is full, its further sentences wait behind those of other
sections, so a brief on troop moves also covers the talks instead of eight movement
sentences in a row; and because `select` never keeps half a quote (a sentence that opens
a quote another sentence closes comes with it or not at all). We keep both trades, since
they are what the reader is promised. With three sentences (cnndm) budgets never bind.

`brief.selection` then repairs dangling sentences: a pick that opens with a pronoun, a
connective ("He said...", "However, ...", "These demands...") or a time measured from
one the text told before ("A year later, ...", "The next day, ...") brings the previous
sentence of its source along, placed just before it and counted in the budget (up to two
antecedents), or is skipped when the budget cannot take them. Opening "It" always
counts, even the expletive "It is thought that": telling it from a referring "it" needs
a parser, a false alarm costs little, and a miss leaves the reader lost.

Why these weights: position and centrality share the scale (the lede's prior, 2, equals
the best centrality plus the two half-weight extras), title and cross-source centrality
are tie-breakers, MMR's penalty and coverage are on the centrality scale. They are the same for
both sets and for `brief` itself; they were checked on both dev sets (a handful of
settings, not a search per example), and their effect is reported here.
"""


def report(results: list[tuple[str, Scores]], command: str, seconds: float) -> str:
    weights = ", ".join(f"`{k}={v}`" for k, v in asdict(WEIGHTS).items())
    return "\n".join(
        [
            "# Summary quality",
            "",
            "Reproduce with:",
            "",
            f"    {command}",
            "",
            "F1 x 100 (`rouge-score`, Porter stemming). cnndm: 3 sentences, best of 11 human",
            "references per metric (`score_multi`). bbc: as many sentences as the reference",
            "summary has (silver, extractive references). Every method ranks brief's own",
            "sentences (ingest + segment as `brief batch`); sumy algorithms run through",
            "`brief.rank.sumy_rankers` (`lexrank` is the vectorised one, ranking exactly as",
            "sumy's LexRank). Baselines keep their top sentences in reading order; ours goes",
            "through `brief.selection` in the order the brief shows it, and *brief batch* is the",
            "whole pipeline (`brief_documents`: de-duplication, section budgets, selection), its",
            "summary as `brief batch --format json` prints it. *dangling*: share of kept",
            "sentences opening with a back-reference whose antecedent sentence is not kept",
            "before them (`brief.selection.pointing_back.is_dangling`).",
            "",
            markdown(summarise(results)),
            "",
            "Margins of ours (ranker + select) over the baseline each goal names, per article:",
            "",
            margins(results),
            "",
            "47 cnndm articles are few: where a half shows a negative margin, the gain over",
            "Lead-3 is within noise at this sample size. `lsa` varies by a few hundredths",
            "between runs (sumy builds its term matrix from a set, so string hashing reorders",
            "it).",
            "",
            f"Hand-set weights of the default ranker: {weights}.",
            "",
            f"Evaluation took {seconds:.0f} s.",
            "",
            EXPLANATION,
        ]
    )


# The other measurements, each a module with `report(data) -> str` (Markdown).
# Each report module and whether it reads ../shared (the fresh set ships with the tools).
REPORTS = {
    "tools.eval_sections": True,
    "tools.eval_stories": True,
    "tools.eval_crossday": True,
    "tools.eval_mds": True,
    "tools.eval_quotes": True,
    "tools.eval_people": True,
    "tools.eval_fresh": False,
}


def extra_reports(data: Path) -> str:
    """Each report is Markdown under its own `##` heading."""
    parts = []
    for name, shared in REPORTS.items():
        module = importlib.import_module(name)
        text = module.report(data) if shared else module.report()
        parts.append("\n" + str(text).strip() + "\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    quiet_ingest()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--limit", type=int, default=None, help="articles per set")
    parser.add_argument("--out", type=Path, default=Path("docs/quality.md"))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    command = "make eval  # python -m tools.eval --data ../shared/eval"
    if args.limit is not None or args.data != Path("../shared/eval"):
        command = "python -m tools.eval " + shlex.join(sys.argv[1:] if argv is None else argv)
    start = time.perf_counter()
    results = evaluate(args.data, args.limit, args.workers)
    text = report(results, command, time.perf_counter() - start)
    text += extra_reports(args.data)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
