"""Does a word's own habit of reaching human summaries tell brief.rank.coverage which
facts of a story to keep? The global word prior of Hong and Nenkova's RegSum (2014),
counted over pairs of articles and summaries that are not DUC 2003, then tested on
DUC 2003's concepts.

    python -m tools.train_summary_prior --data ../shared/eval
        [--corpora bbc cnndm multinews-val multiling] [--min-articles 10] [--top 10 20 50]

Pairs: BBC articles and their summaries, CNN/DailyMail articles and their highlights
(each of an article's references counting as a share), every Multi-News article with its
story's summary, and every MultiLing article with its story's summaries. A word the
article repeats is likelier kept whatever it is, and summaries differ in length from one
corpus and one article to the next, so a word is not credited with its raw rate: each
article that uses it expects the rate at which the article's words used as often (once,
twice, three times, more) reach its summary. A stem's lift is the summaries that kept it
over the summaries expected to, smoothed towards 1; stems used in fewer than
`--min-articles` articles share the lift of all such rare stems. "said" comes out near
0.9, "killed" 1.4, "percent" 0.3 (Multi-News writes "%").

The test: every concept (stemmed word pair) of every DUC 2003 cluster, labelled with the
share of the cluster's human summaries holding it (as tools.train_concepts labels them),
and on each half the mean label of each cluster's top concepts by coverage's weight, and
by that weight times the pair's prior (the geometric mean of its content words' lifts);
the same for single content words, weighed by the articles using them.

Result: the prior does not find the kept pairs better (top 20, even/odd half: coverage
0.249/0.267, times the prior 0.245/0.263; top 50: 0.154/0.162, 0.156/0.162; from BBC's
pairs alone 0.243/0.258 and 0.154/0.156), nor does it add to tools.train_concepts'
logistic model as a feature (BBC's prior: coefficients near zero and of mixed sign; top
20 0.260/0.270 with it, 0.259/0.266 without), and it finds the kept words worse (top 10:
0.637/0.588 by articles, 0.573/0.529 times the prior). It lifts the plain words of news
("time", "report", "year", "million", which the DUC summaries seldom hold) over a
story's own ("internet", "lake", "penalty"), which in other stories were passing
mentions. In coverage's program it gained no ROUGE on both halves beyond the noise
(brief.rank.coverage's docstring), so no table ships. The texts are read from ../shared
at run time and nothing is stored.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from brief.rank.coverage import sentence_concepts
from brief.rank.text import stemmer, stop_words
from tools.eval_mds import load
from tools.train_concepts import Examples, concept_features, top_precision

CORPORA = ("bbc", "cnndm", "multinews-val", "multiling")
TEST = "duc2003"
SMOOTHING = 5.0  # summaries, observed and expected alike: a stem of few articles stays near 1
MOST_USES = 4  # articles' words are compared with those used as often, up to this many times
TOP = (10, 20, 50)
# As brief.rank.coverage reads a sentence, but letters only: a figure's prior is not a word's.
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
Concept = tuple[str, str]


def occurrences(text: str) -> dict[str, int]:
    """How often the text uses each stem."""
    stem = stemmer("english")
    found: dict[str, int] = {}
    for token in _TOKEN.findall(text):
        word = stem(token.lower())
        found[word] = found.get(word, 0) + 1
    return found


@dataclass
class Counts:
    """Per stem: the articles using it, the summaries keeping it, and the summaries
    expected to keep it."""

    articles: dict[str, int] = field(default_factory=dict)
    observed: dict[str, float] = field(default_factory=dict)
    expected: dict[str, float] = field(default_factory=dict)
    pairs: int = 0

    def add(self, article: str, summaries: Sequence[str]) -> None:
        """One article and its summaries (a stem kept by half of them counts one half)."""
        uses = occurrences(article)
        kept = [set(occurrences(summary)) for summary in summaries if summary.strip()]
        if not uses or not kept:
            return
        self.pairs += 1
        hits = {word: sum(word in summary for summary in kept) / len(kept) for word in uses}
        alike: dict[int, list[float]] = {}
        for word, times in uses.items():
            alike.setdefault(min(times, MOST_USES), []).append(hits[word])
        rate = {times: sum(found) / len(found) for times, found in alike.items()}
        for word, times in uses.items():
            self.articles[word] = self.articles.get(word, 0) + 1
            self.observed[word] = self.observed.get(word, 0.0) + hits[word]
            self.expected[word] = self.expected.get(word, 0.0) + rate[min(times, MOST_USES)]

    def lifts(self, min_articles: int) -> tuple[dict[str, float], float]:
        """The smoothed lift of each stem used in `min_articles` articles or more, and the
        pooled lift of the rarer ones."""
        common = {w for w, n in self.articles.items() if n >= min_articles}
        rare_observed = math.fsum(v for w, v in self.observed.items() if w not in common)
        rare_expected = math.fsum(v for w, v in self.expected.items() if w not in common)
        return (
            {w: _lift(self.observed[w], self.expected[w]) for w in common},
            _lift(rare_observed, rare_expected),
        )


def _lift(observed: float, expected: float) -> float:
    return (observed + SMOOTHING) / (expected + SMOOTHING)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def pairs(data: Path, corpora: Sequence[str] = CORPORA) -> Iterator[tuple[str, list[str]]]:
    """(article, its summaries) from the chosen corpora of ../shared/eval."""
    if "bbc" in corpora:
        for article in sorted((data / "bbc" / "articles").glob("*/*.txt")):
            summary = data / "bbc" / "summaries" / article.parent.name / article.name
            if summary.is_file():
                yield _read(article), [_read(summary)]
    if "cnndm" in corpora:
        for article in sorted((data / "cnndm" / "articles").glob("*.txt")):
            reference = data / "cnndm" / "references" / article.name
            if reference.is_file():
                yield _read(article), _read(reference).splitlines()
    for corpus in ("multinews-val", "multiling"):
        if corpus not in corpora:
            continue
        for cluster in sorted((data / "mds" / corpus).glob("*/")):
            references = [_read(r) for r in sorted((cluster / "references").glob("*.txt"))]
            for article in sorted((cluster / "articles").glob("*.txt")):
                yield _read(article), references


def count(data: Path, corpora: Sequence[str] = CORPORA) -> Counts:
    counts = Counts()
    for article, summaries in pairs(data, corpora):
        counts.add(article, summaries)
    return counts


def concept_prior(concept: Concept, lifts: Mapping[str, float], rare: float) -> float:
    """The geometric mean of the lifts of the pair's content words (1 for a figure)."""
    stop = stop_words("english")
    found = [
        math.log(lifts.get(word, rare))
        for word in concept
        if word not in stop and any(ch.isalpha() for ch in word)
    ]
    return math.exp(sum(found) / len(found)) if found else 1.0


Row = tuple[int, float, float, float]  # cluster, label, weight, prior


def test_examples(
    folder: Path, lifts: Mapping[str, float], rare: float
) -> dict[str, list[Examples]]:
    """Each half of the test set's pairs (labelled, weighed as coverage weighs them) and
    content words (weighed by the articles using them), each with its prior as the only
    feature."""
    stop = stop_words("english")
    paths = sorted(p for p in folder.iterdir() if (p / "articles").is_dir())
    rows: dict[str, list[list[Row]]] = {"pairs": [[], []], "words": [[], []]}
    for number, path in enumerate(paths):
        _, sentences, references, context, _, _ = load(path)
        _, weights = concept_features(sentences, context.language)
        kept = [sentence_concepts(r, context.language) for r in references]
        for concept in sorted(weights):
            label = sum(concept in k for k in kept) / max(len(kept), 1)
            prior = concept_prior(concept, lifts, rare)
            rows["pairs"][number % 2].append((number, label, weights[concept], prior))
        users: dict[str, set[int]] = {}
        for sentence in sentences:
            for word in occurrences(sentence.text):
                if word not in stop:
                    users.setdefault(word, set()).add(sentence.source)
        kept_words = [set(occurrences(r)) for r in references]
        for word in sorted(users):
            label = sum(word in k for k in kept_words) / max(len(kept_words), 1)
            prior = lifts.get(word, rare)
            rows["words"][number % 2].append((number, label, len(users[word]), prior))
    return {
        level: [
            Examples(
                np.array([row[3] for row in half]).reshape(-1, 1),
                np.array([row[1] for row in half]),
                np.array([row[0] for row in half]),
                np.array([row[2] for row in half]),
            )
            for half in halves
        ]
        for level, halves in rows.items()
    }


def report(data: Path, corpora: Sequence[str], min_articles: int, tops: Sequence[int]) -> str:
    counts = count(data, corpora)
    lifts, rare = counts.lifts(min_articles)
    ordered = sorted(lifts, key=lambda w: (lifts[w], w))
    lines = [
        f"{counts.pairs} pairs ({'+'.join(corpora)}), {len(counts.articles)} stems, "
        f"{len(lifts)} in {min_articles}+ articles; rare stems {rare:.2f}",
        "lowest: " + ", ".join(f"{w} {lifts[w]:.2f}" for w in ordered[:15]),
        "highest: " + ", ".join(f"{w} {lifts[w]:.2f}" for w in ordered[-15:]),
    ]
    for level, halves in test_examples(data / "mds" / TEST, lifts, rare).items():
        for name, part in zip(("even", "odd"), halves, strict=True):
            cells = []
            for top in tops:
                own = top_precision(part, part.weights, top)
                mixed = top_precision(part, part.weights * part.features[:, 0], top)
                cells.append(f"top {top}: articles {own:.3f}, times the prior {mixed:.3f}")
            lines.append(f"{TEST} {level}, {name}: " + "; ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=CORPORA)
    parser.add_argument("--min-articles", type=int, default=10)
    parser.add_argument("--top", nargs="+", type=int, default=list(TOP))
    args = parser.parse_args(argv)
    print(report(args.data, args.corpora, args.min_articles, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
