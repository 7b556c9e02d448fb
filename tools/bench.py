"""Ranking time and peak memory at growing sizes, ours against sumy's LexRank, and the
start-up time of `brief --help`.

    python -m tools.bench [--data ../shared/eval] [--sizes 100,1600,6400] [--out docs/bench.md]

Inputs are CNN/DailyMail articles from the eval set, segmented by brief, each copy of an
article a new source with one word dropped per sentence (so copies are near-duplicates,
as in a daily brief where many outlets carry one story). Without the data, synthetic
sentences are used. Peak memory is what tracemalloc sees during ranking (numpy included),
measured in a second, traced run so that tracing does not slow the timed one.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from brief.models import Sentence
from brief.rank import RANKERS, RankContext

SIZES = (100, 1_600, 6_400, 25_600)
SUMY_LIMIT_SECONDS = 60.0
METHODS = (("default", "ours: default"), ("lexrank", "ours: lexrank"))
SUMY = ("sumy-lexrank", "sumy LexRank")


def _articles(data: Path) -> list[list[str]]:
    from brief.ingest import make_source, parse_text
    from brief.segment import segment

    articles = []
    for path in sorted((data / "cnndm" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        document = parse_text(text, make_source(path.name, 1, text.encode()))
        articles.append([s.text for s in segment([document]).sentences])
    return articles


def _synthetic() -> list[list[str]]:
    rng = random.Random(7)
    vocabulary = [f"{a}{b}" for a in "bcdfghklmnprst" for b in ("ar", "en", "ol", "ux", "ide")]
    return [
        [" ".join(rng.choices(vocabulary, k=rng.randint(8, 30))) + "." for _ in range(30)]
        for _ in range(50)
    ]


def corpus(articles: list[list[str]], size: int) -> list[Sentence]:
    """`size` sentences: whole articles, copy after copy, each copy a new source."""
    sentences: list[Sentence] = []
    copy = source = 0
    while len(sentences) < size:
        for article in articles:
            source += 1
            for index, text in enumerate(article, start=1):
                words = text.split()
                if copy and len(words) > 3:
                    del words[copy % len(words)]
                sentences.append(Sentence(" ".join(words), source, index, 0))
                if len(sentences) == size:
                    return sentences
        copy += 1
    return sentences


def measure(rank: Callable[..., object], sentences: Sequence[Sentence]) -> tuple[float, float]:
    """Seconds for one ranking, and peak traced MiB in a second run."""
    context = RankContext()
    start = time.perf_counter()
    rank(sentences, context)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    rank(sentences, context)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak


def startup() -> str:
    """Best of 5 wall-clock runs of `brief --help`."""
    exe = shutil.which("brief", path=str(Path(sys.executable).parent)) or "brief"
    times = []
    for _ in range(5):
        start = time.perf_counter()
        done = subprocess.run([exe, "--help"], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            return f"`brief --help` failed (exit {done.returncode})"
    heavy = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import brief.cli"],
        capture_output=True,
        text=True,
        check=False,
    ).stderr
    weasy = "imports WeasyPrint" if "weasyprint" in heavy else "does not import WeasyPrint"
    return f"`brief --help`: {min(times) * 1000:.0f} ms (best of 5); `import brief.cli` {weasy}."


WHOLE_ARTICLES = (80, 320, 1059)  # BBC articles in one file: ~1,200 / 5,000 / 20,000 sentences
# sumy's own pipeline (parse, stem, LexRank, pick 10) on the same file; sumy's CLI itself
# needs NLTK's punkt data, which cannot be fetched here, so its tokenizer is swapped for
# brief's offline one and everything else is sumy's.
SUMY_SCRIPT = """
import sys
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words
from brief.rank.sumy_rankers import _Tokenizer
from brief.segment import split_sentences
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [
    Paragraph([Sentence(s, _Tokenizer()) for s in split_sentences(p)])
    for p in text.split("\\n") if p.strip()
]
summarizer = LexRankSummarizer(Stemmer("english"))
summarizer.stop_words = get_stop_words("english")
for sentence in summarizer(ObjectDocumentModel(paragraphs), 10):
    print(sentence)
"""


def _timed(command: list[str]) -> tuple[float, str]:
    """Wall seconds and peak resident MiB of one child process (GNU time, where present)."""
    gnu_time = shutil.which("time", path="/usr/bin:/bin")
    full = [gnu_time, "-f", "%M", *command] if gnu_time else command
    start = time.perf_counter()
    done = subprocess.run(full, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace")[-500:])
    last = done.stderr.decode(errors="replace").strip().splitlines()[-1:] if gnu_time else []
    rss = f"{int(last[0]) / 1024:.0f}" if last and last[0].isdigit() else "n/a"
    return seconds, rss


def whole_process(data: Path) -> list[str]:
    """`brief make FILE -f json` end to end, against sumy's pipeline where it finishes."""
    paths = sorted((data / "bbc" / "articles").glob("*/*.txt"))
    if not paths:
        return ["(no BBC articles found: whole-process timing skipped)"]
    exe = shutil.which("brief", path=str(Path(sys.executable).parent)) or "brief"
    rows = [
        "| sentences | process | time (s) | peak RSS (MiB) |",
        "|---:|---|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for count in WHOLE_ARTICLES:
            big = Path(tmp) / f"bbc-{count}.txt"
            big.write_text(
                "\n\n".join(p.read_text(encoding="utf-8") for p in paths[:count]),
                encoding="utf-8",
            )
            out = Path(tmp) / "out.json"
            seconds, rss = _timed([exe, "make", str(big), "-f", "json", "-o", str(out)])
            sentences = len(json.loads(out.read_text(encoding="utf-8"))["sentences"])
            rows.append(f"| {sentences:,} | brief make -f json | {seconds:.1f} | {rss} |")
            if count == WHOLE_ARTICLES[0]:
                seconds, rss = _timed([sys.executable, "-c", SUMY_SCRIPT, str(big)])
                rows.append(f"| {sentences:,} | sumy LexRank pipeline | {seconds:.1f} | {rss} |")
    return rows


def run(data: Path, sizes: Sequence[int]) -> str:
    articles = _articles(data) if (data / "cnndm" / "articles").is_dir() else _synthetic()
    warm = corpus(articles, 20)  # imports (nltk, scipy) and caches are not ranking time
    for key in (SUMY[0], *(key for key, _ in METHODS)):
        RANKERS[key](warm, RankContext())
    rows = [
        "| sentences | ranker | time (s) | peak memory (MiB) | x faster than sumy |",
        "|---:|---|---:|---:|---:|",
    ]
    notes = []
    sumy_seconds: float | None = None
    previous: tuple[int, float] | None = None
    for size in sizes:
        sentences = corpus(articles, size)
        results = []
        estimate = previous[1] * (size / previous[0]) ** 2 if previous else 0.0
        if previous is None or estimate < SUMY_LIMIT_SECONDS:
            seconds, peak = measure(RANKERS[SUMY[0]], sentences)
            sumy_seconds, previous = seconds, (size, seconds)
            results.append((SUMY[1], seconds, peak))
        else:
            sumy_seconds = None
            notes.append(
                f"sumy LexRank skipped at {size:,} sentences: quadratic growth from "
                f"{previous[0]:,} predicts about {estimate:,.0f} s."
            )
        for key, label in METHODS:
            results.append((label, *measure(RANKERS[key], sentences)))
        for label, seconds, peak in results:
            ratio = f"{sumy_seconds / seconds:,.0f}" if sumy_seconds and "ours" in label else ""
            rows.append(f"| {size:,} | {label} | {seconds:.3f} | {peak:.1f} | {ratio} |")
    source = "CNN/DailyMail eval articles" if articles and data.is_dir() else "synthetic text"
    lines = [
        "# Ranking speed",
        "",
        "Reproduce with `make bench` (`python -m tools.bench`).",
        "",
        f"Input: {source}, each copy of an article a new source. Time: one ranking, wall",
        "clock; memory: tracemalloc peak during a second ranking. sumy LexRank runs sumy's own",
        "summarizer on the same sentences (`brief.rank.sumy_rankers`).",
        "",
        *rows,
        "",
        *(f"- {n}" for n in notes),
        f"- {startup()}",
        "",
        "## Whole process",
        "",
        "One file of BBC eval articles (distinct text, one source), end to end: read, segment,",
        "rank, classify, extract, render JSON. sumy's CLI needs NLTK data that cannot be",
        "fetched here, so its pipeline runs with brief's offline tokenizer, at the smallest",
        "size only (it is quadratic). Peak RSS from GNU time.",
        "",
        *whole_process(data),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--out", type=Path, default=Path("docs/bench.md"))
    args = parser.parse_args(argv)
    text = run(args.data, [int(s) for s in args.sizes.split(",")])
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
