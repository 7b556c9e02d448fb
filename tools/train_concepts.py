"""Can a model of which concepts human summaries keep beat the document-frequency weight of
brief.rank.coverage? Hong and Nenkova's RegSum (2014) learnt word importance from
features that do not name the words; this tool tries the idea on the ICSI word pairs.

    python -m tools.train_concepts --data ../shared/eval [--sets multinews-val multiling]
        [--test duc2003] [--top 20 50]

Every concept (stemmed word pair, as `sentence_concepts` reads them) of every cluster is
one example: its FEATURES below (how many articles use it, how early, how often,
capitalised, ..., never the words themselves) and, as its label, the share of the
cluster's human summaries that hold it. A logistic regression (numpy, Newton's method
with a small ridge on standardised features, each cluster weighing the same whatever its
number of concepts) is fitted on the training sets, never on the test set, and scored on
each half of the test set against coverage's own weight (articles using the concept,
plus one per article using it in its opening sentences): the mean label of each
cluster's top concepts. The same is done cross-fitted on the test set (fit on one half,
score the other), as a bound on what in-domain data would give.

Result (DUC 2003): the model's top concepts are barely better than coverage's weight
(top 20: 0.259 against 0.249 on the even half, 0.266 against 0.267 on the odd one; top
50: 0.162 against 0.154, 0.168 against 0.162), and, put in place of that weight in
coverage's program (the chance as the weight of every pair, or of the recurring ones,
or as a factor of the df weight), it did not gain ROUGE on both halves (see
brief.rank.coverage's docstring), so no model ships. The texts are read from ../shared
at run time and nothing is stored.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing import Pool
from pathlib import Path

import numpy as np

from brief.models import Sentence
from brief.rank.coverage import LEAD_SENTENCES, sentence_concepts
from brief.rank.text import stemmer, stop_words
from tools.eval_mds import load

Concept = tuple[str, str]
RIDGE = 1.0  # on standardised features; each cluster's examples weigh 1 in all
TOP = (20, 50)
# As brief.rank.coverage reads a sentence: words and figures.
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# What a concept's use across the story says about whether a summary keeps it.
FEATURES = (
    "df_share",  # share of the story's articles that use it
    "log_df",  # how many articles, on a log scale
    "lead_share",  # share of articles using it in their opening sentences
    "log_tf",  # how often it is used in all
    "first_position",  # where each article first uses it (0 opening, 1 end), on average
    "earliest",  # the earliest such place
    "capitalised",  # share of uses with both words capitalised: a name
    "number",  # holds a figure
    "stop_word",  # one of its words is a stop word ("the river")
    "word_length",  # letters per word, over 10: long words are specific ones
    "word_df_low",  # share of articles using the rarer of its two words
    "word_df_high",  # ... and the commoner
    "log_articles",  # how many articles the story has, on a log scale
)


@dataclass(frozen=True)
class Examples:
    features: np.ndarray  # one row per concept, one column per FEATURES
    labels: np.ndarray  # share of the cluster's human summaries holding it
    clusters: np.ndarray  # the cluster each row comes from (0, 1, ... in name order)
    weights: np.ndarray  # coverage's own weight of the concept


@dataclass(frozen=True)
class Model:
    coefficients: np.ndarray  # on the raw features
    intercept: float

    def predict(self, features: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(features @ self.coefficients + self.intercept)))


@lru_cache(maxsize=65_536)
def _uses(text: str, language: str) -> tuple[tuple[Concept, bool, bool, int], ...]:
    """Each concept of a sentence as used: capitalised, holding a stop word, its letters."""
    stop, stem = stop_words(language), stemmer(language)
    tokens = _TOKEN.findall(text)
    found = []
    for first, second in zip(tokens, tokens[1:], strict=False):
        low_first, low_second = first.lower(), second.lower()
        if low_first in stop and low_second in stop:
            continue
        found.append(
            (
                (stem(low_first), stem(low_second)),
                first[0].isupper() and second[0].isupper(),
                low_first in stop or low_second in stop,
                len(first) + len(second),
            )
        )
    return tuple(found)


def concept_features(
    sentences: Sequence[Sentence], language: str = "english"
) -> tuple[dict[Concept, tuple[float, ...]], dict[Concept, float]]:
    """Every concept of the story with its FEATURES, and with coverage's weight for it.
    As in coverage, the sentences of one article stand in for articles."""
    single = len({s.source for s in sentences}) < 2
    unit = [k if single else s.source for k, s in enumerate(sentences)]
    length: dict[int, int] = {}
    for position, sentence in enumerate(sentences):
        length[unit[position]] = max(length.get(unit[position], 0), sentence.index)
    units: dict[Concept, set[int]] = {}
    lead: dict[Concept, set[int]] = {}
    first: dict[Concept, dict[int, float]] = {}
    count: dict[Concept, int] = {}
    capitals: dict[Concept, int] = {}
    letters: dict[Concept, int] = {}
    stopped: set[Concept] = set()
    word_units: dict[str, set[int]] = {}
    for position, sentence in enumerate(sentences):
        article = unit[position]
        place = (sentence.index - 1) / max(length[article], 1)
        for concept, capitalised, has_stop, size in _uses(sentence.text, language):
            units.setdefault(concept, set()).add(article)
            if sentence.index <= LEAD_SENTENCES:
                lead.setdefault(concept, set()).add(article)
            seen = first.setdefault(concept, {})
            seen[article] = min(seen.get(article, place), place)
            count[concept] = count.get(concept, 0) + 1
            capitals[concept] = capitals.get(concept, 0) + capitalised
            letters[concept] = size
            if has_stop:
                stopped.add(concept)
            for word in concept:
                word_units.setdefault(word, set()).add(article)
    articles = len(length)
    features: dict[Concept, tuple[float, ...]] = {}
    weights: dict[Concept, float] = {}
    for concept, users in units.items():
        places = first[concept].values()
        shares = sorted(len(word_units[word]) / articles for word in concept)
        features[concept] = (
            len(users) / articles,
            math.log1p(len(users)),
            len(lead.get(concept, ())) / articles,
            math.log1p(count[concept]),
            sum(places) / len(places),
            min(places),
            capitals[concept] / count[concept],
            float(any(ch.isdigit() for word in concept for ch in word)),
            float(concept in stopped),
            letters[concept] / 20,
            shares[0],
            shares[-1],
            math.log(articles),
        )
        weights[concept] = len(users) + len(lead.get(concept, ()))
    return features, weights


def cluster_examples(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One cluster's concepts: features, labels and coverage's weights."""
    _, sentences, references, context, _, _ = load(path)
    found, weights = concept_features(sentences, context.language)
    kept = [sentence_concepts(r, context.language) for r in references]
    concepts = sorted(found)
    return (
        np.array([found[c] for c in concepts], dtype=float).reshape(-1, len(FEATURES)),
        np.array([sum(c in k for k in kept) / max(len(kept), 1) for c in concepts]),
        np.array([weights[c] for c in concepts], dtype=float),
    )


def examples(folders: Sequence[Path], workers: int = 2) -> Examples:
    paths = [p for folder in folders for p in sorted(folder.iterdir()) if (p / "articles").is_dir()]
    with Pool(workers) as pool:
        parts = pool.map(cluster_examples, paths)
    return Examples(
        np.vstack([f for f, _, _ in parts]),
        np.concatenate([y for _, y, _ in parts]),
        np.concatenate([np.full(len(y), k) for k, (_, y, _) in enumerate(parts)]),
        np.concatenate([w for _, _, w in parts]),
    )


def half(data: Examples, parity: int) -> Examples:
    """The clusters at even (0) or odd (1) positions, as tools.eval_mds halves them."""
    rows = data.clusters % 2 == parity
    return Examples(data.features[rows], data.labels[rows], data.clusters[rows], data.weights[rows])


def fit(data: Examples, ridge: float = RIDGE) -> Model:
    """Logistic regression on soft labels, by Newton's method."""
    mean = data.features.mean(axis=0)
    scale = data.features.std(axis=0)
    scale[scale == 0] = 1.0
    design = np.hstack([np.ones((len(data.labels), 1)), (data.features - mean) / scale])
    sizes = np.bincount(data.clusters)
    weight = 1.0 / sizes[data.clusters]
    penalty = np.full(design.shape[1], ridge)
    penalty[0] = 0.0
    beta = np.zeros(design.shape[1])
    for _ in range(100):
        chance = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (weight * (chance - data.labels)) + penalty * beta
        curvature = design.T @ (design * (weight * chance * (1 - chance))[:, None])
        step = np.linalg.solve(curvature + np.diag(penalty), gradient)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    coefficients = beta[1:] / scale
    return Model(coefficients, float(beta[0] - (coefficients * mean).sum()))


def top_precision(data: Examples, scores: np.ndarray, top: int) -> float:
    """The mean label of each cluster's `top` concepts by `scores`, over the clusters."""
    means = []
    for cluster in np.unique(data.clusters):
        rows = data.clusters == cluster
        order = np.argsort(-scores[rows], kind="stable")[:top]
        means.append(float(data.labels[rows][order].mean()))
    return sum(means) / max(len(means), 1)


def comparison(data: Examples, model: Model, tops: Sequence[int] = TOP) -> str:
    cells = []
    for top in tops:
        learnt = top_precision(data, model.predict(data.features), top)
        own = top_precision(data, data.weights, top)
        cells.append(f"top {top}: model {learnt:.3f}, coverage {own:.3f}")
    return "; ".join(cells)


def report(data_folder: Path, sets: Sequence[str], test: str, tops: Sequence[int]) -> str:
    training = examples([data_folder / "mds" / name for name in sets])
    model = fit(training)
    lines = [f"{len(training.labels)} concepts from {len(np.unique(training.clusters))} clusters"]
    lines += [f"  {n:16} {v:+.4f}" for n, v in zip(FEATURES, model.coefficients, strict=True)]
    lines.append(f"  {'intercept':16} {model.intercept:+.4f}")
    tested = examples([data_folder / "mds" / test])
    halves = {"even": half(tested, 0), "odd": half(tested, 1)}
    for name, part in halves.items():
        lines.append(f"{test} {name}, trained on {'+'.join(sets)}: {comparison(part, model, tops)}")
    for name, other in (("even", "odd"), ("odd", "even")):
        crossed = comparison(halves[name], fit(halves[other]), tops)
        lines.append(f"{test} {name}, trained on its {other} half: {crossed}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--sets", nargs="+", default=["multinews-val", "multiling"])
    parser.add_argument("--test", default="duc2003")
    parser.add_argument("--top", nargs="+", type=int, default=list(TOP))
    args = parser.parse_args(argv)
    if args.test in args.sets:
        parser.error("the test set must not be a training set")
    print(report(args.data, args.sets, args.test, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
