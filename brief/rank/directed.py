"""Our default ranker: where a sentence stands, what it covers, and what is already said.

News is written top-down, so position is the strongest single signal (Lead-3 beats every
sumy algorithm on CNN/DailyMail). Position alone misses the central sentence further down
and cannot tell a lede from a caption, so a steep position prior (it settles the lede) is
added, per source, to:

- centrality in the PacSum form (Zheng & Lapata 2019): the sum of a sentence's cosines to
  the later and to the earlier sentences of its source, each with its own weight. Without
  PacSum's threshold the sums are prefix sums over (source, term), so the cost is linear
  in the number of words whatever the number of sources: no sentence-by-sentence matrix;
- similarity to the source's title, where there is one;
- cross-source centrality: cosines to the sentences of the other sources, so that in a
  daily brief a story many sources carry rises (zero for a single article);

times a length prior: fragments rarely carry the news, and every word of a long sentence
costs space. MMR (maximal marginal relevance) then orders the opening picks so that they
state different facts; the picks after them also weigh coverage, the words a sentence
shares with the rest of its source (TextRank's links), since a longer summary goes on
from the lede to what the article keeps returning to. Weights are hand-set on principle,
not fitted (docs/quality.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from brief.ingest.furniture import entry_stamps, is_furniture
from brief.ingest.layout import is_labelled_field
from brief.models import Ranking, Sentence
from brief.rank.context import RankContext
from brief.rank.overlap import overlap_degree
from brief.rank.vectors import Rows, reversed_rows, row_normalised, term_counts
from brief.selection.exchanges import small_talk


@dataclass(frozen=True)
class Weights:
    """Hand-set on principle, the same for every input (reported in docs/quality.md)."""

    position: float = 2.0  # weight of the position prior 1 / index**decay ...
    decay: float = 2.0  # ... steep: it settles the lede, centrality settles the rest
    forward: float = 1.0  # PacSum: cosines to later sentences of the same source ...
    backward: float = 1.0  # ... and to earlier ones (equal: see docs/quality.md)
    title: float = 0.5  # cosine to the source's title
    corpus: float = 0.5  # cosines to the sentences of other sources (daily briefs)
    short: int = 4  # fewer content words than this: scaled down linearly (fragments)
    long: int = 15  # more content words than this: scaled by (long / words)**stretch
    stretch: float = 0.5
    redundancy: float = 1.0  # MMR: penalty per unit of cosine to a sentence picked before
    mmr_depth: int = 3  # MMR orders the opening picks; the rest follow by score ...
    coverage: float = 1.0  # ... plus this weight of shared-word degree (TextRank's links)


WEIGHTS = Weights()


def _unit_vectors(counts: Rows) -> Rows:
    """Unit log-tf rows. No idf: within an article the words that recur across its
    sentences are what it is about, and idf would discount exactly those."""
    return row_normalised(counts.with_values(1.0 + np.log(counts.values)))


def _directed_sums(unit: Rows, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each row i: sum of cosines to earlier and to later rows of the same group.

    sum_{j<i} x_i . x_j = x_i . (prefix sum of x_j): prefix sums are taken per
    (group, term) over the non-zeros, so the whole thing is O(nnz log nnz).
    """
    rows, cols, vals = unit.rows, unit.columns, unit.values
    order = np.lexsort((rows, cols, groups[rows]))
    rows, cols, vals = rows[order], cols[order], vals[order]
    keys = groups[rows].astype(np.int64) * unit.shape[1] + cols
    position = np.arange(len(keys))
    starts = np.r_[True, keys[1:] != keys[:-1]]
    ends = np.r_[keys[1:] != keys[:-1], True]
    first = np.maximum.accumulate(np.where(starts, position, 0))
    last = np.minimum.accumulate(np.where(ends, position, len(keys))[::-1])[::-1]
    running = np.cumsum(vals)
    base = np.where(first > 0, running[np.maximum(first - 1, 0)], 0.0)
    upto = running - base  # this row and the earlier rows of its (group, term)
    before, after = upto - vals, running[last] - base - upto
    n = unit.shape[0]
    backward = np.bincount(rows, weights=vals * before, minlength=n)
    forward = np.bincount(rows, weights=vals * after, minlength=n)
    return backward, forward


def _per_group_max(values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    peak = np.zeros(groups.max() + 1)
    np.maximum.at(peak, groups, values)
    peak[peak == 0] = 1.0
    return values / peak[groups]


def _title_similarity(unit_titles: Rows, unit: Rows, groups: np.ndarray) -> np.ndarray:
    """Each sentence's cosine to its own source's title. Row by row through sorted
    (source, term) keys: copying each title out once per sentence cost seconds at a
    thousand articles."""
    if unit_titles.shape[0] == 0:
        return np.zeros(unit.shape[0])
    if unit_titles.shape[0] == groups.max() + 1:
        owner = groups
    else:  # titles not one per source: compare with all of them at once
        sums = unit_titles.column_sums()
        present = np.flatnonzero(sums)
        together = Rows(np.zeros_like(present), present, sums[present], (1, len(sums)))
        unit_titles = row_normalised(together)
        owner = np.zeros_like(groups)
    width = max(unit.shape[1], unit_titles.shape[1])
    title_keys = unit_titles.rows * width + unit_titles.columns
    order = np.argsort(title_keys)
    title_keys, title_values = title_keys[order], unit_titles.values[order]
    if title_keys.size == 0:
        return np.zeros(unit.shape[0])
    keys = owner[unit.rows].astype(np.int64) * width + unit.columns
    at = np.minimum(np.searchsorted(title_keys, keys), title_keys.size - 1)
    products = np.where(title_keys[at] == keys, unit.values * title_values[at], 0.0)
    return np.bincount(unit.rows, weights=products, minlength=unit.shape[0])


def scores(
    sentences: Sequence[Sentence], context: RankContext, weights: Weights = WEIGHTS
) -> tuple[np.ndarray, Rows, np.ndarray]:
    """A score per sentence, the unit vectors MMR compares, and each sentence's coverage
    (shared-word degree within its source, scaled to [0, 1] per source)."""
    titles = list(context.titles)  # one per source ("" where none) or just those known
    counts = term_counts([*titles, *(s.text for s in sentences)], context.language)
    vectors = _unit_vectors(counts)
    unit_titles = vectors.select(np.arange(len(titles)))
    unit = vectors.select(np.arange(len(titles), vectors.shape[0]))
    _, groups = np.unique([s.source for s in sentences], return_inverse=True)
    index = np.array(report_positions(sentences), dtype=np.float64)

    backward, forward = _directed_sums(unit, groups)
    centrality = _per_group_max(
        np.maximum(weights.forward * forward + weights.backward * backward, 0.0), groups
    )
    # Cosines to the sentences of OTHER sources: the centroid minus the own source's share
    # (which is backward + forward + the sentence itself), zero for a single source.
    ascending = reversed_rows(unit)  # scipy's elementwise product restores the order
    own = backward + forward + ascending.row_sums(ascending.values * ascending.values)
    corpus = np.zeros(len(sentences))
    if groups.max() > 0:
        corpus = np.maximum(unit.dot(unit.column_sums()) - own, 0.0)
        corpus = corpus / (corpus.max() or 1.0)
    title = _title_similarity(unit_titles, unit, groups)
    position = 1.0 / index**weights.decay

    content_words = np.bincount(counts.rows, minlength=counts.shape[0])[len(titles) :]
    length = np.minimum(1.0, content_words / weights.short)
    length *= np.minimum(1.0, weights.long / np.maximum(content_words, 1)) ** weights.stretch
    total = (
        weights.position * position + centrality + weights.title * title + weights.corpus * corpus
    ) * length
    sentence_counts = counts.select(np.arange(len(titles), counts.shape[0]))
    coverage = _per_group_max(overlap_degree(sentence_counts, groups), groups)
    return total, unit, coverage


def mmr_order(
    score: np.ndarray,
    unit: Rows,
    redundancy: float,
    depth: int,
    rest_score: np.ndarray | None = None,
) -> tuple[int, ...]:
    """Greedy MMR for the first `depth` picks, then the rest by `rest_score` (default: the
    same score; ties: reading order)."""
    by_score = np.argsort(-(score if rest_score is None else rest_score), kind="stable")
    if redundancy <= 0 or depth <= 0:
        return tuple(int(i) for i in by_score)
    nearest = np.zeros(len(score))
    available = np.ones(len(score), dtype=bool)
    picked: list[int] = []
    for _ in range(min(depth, len(score))):
        gain = np.where(available, score - redundancy * nearest, -np.inf)
        best = int(np.argmax(gain))
        picked.append(best)
        available[best] = False
        nearest = np.maximum(nearest, unit.dot(unit.row(best)))
    rest = [int(i) for i in by_score if available[i]]
    return tuple(picked + rest)


# A source with this many sentences stamped with a clock time is a live page.
LIVE_ENTRIES = 2


def report_positions(sentences: Sequence[Sentence]) -> list[int]:
    """Each sentence's place in the report it opens or continues: its place in its
    article, or, on a live page, in its entry. A live page is a column of short reports,
    newest first, each written top-down ("16:30 — Health Minister ... says 87 suspected
    cholera cases ..."): its first entry is its latest, not its most important, and each
    entry's first sentence is a lede. The position prior is the journalist's ordering,
    so on such a page it ranks each entry's opening alike, and centrality and the
    headline tell which entries matter (r44: a live blog's bottom line was its latest
    entry, a side item, under the headline of the access deal and the toll)."""
    stamped = [False] * len(sentences)
    reading = sorted(range(len(sentences)), key=lambda k: (sentences[k].source, sentences[k].index))
    for k, stamp in zip(reading, entry_stamps([sentences[k] for k in reading]), strict=True):
        stamped[k] = stamp is not None
    entries = Counter(s.source for s, entry in zip(sentences, stamped, strict=True) if entry)
    live = {source for source, n in entries.items() if n >= LIVE_ENTRIES}
    positions = _past_fields(sentences, reading, live)
    if not live:
        return positions
    opened: dict[int, int] = {}  # each live page's entry so far: the index it opens at
    for k in reading:
        source, index = sentences[k].source, sentences[k].index
        if source in live:
            if stamped[k]:
                opened[source] = index
            positions[k] = index - opened.get(source, 1) + 1
    return positions


def _past_fields(
    sentences: Sequence[Sentence], reading: Sequence[int], live: Collection[int]
) -> list[int]:
    """Each sentence's index, but in an article (no `live` page) that holds a notice's
    labelled fields ("VESSEL: ...", "DATE/TIME: ...", `is_labelled_field`): counted from
    its first sentence that is none, its fields after its sentences. They stand above its
    report as a dateline does, and its lede is that report's first sentence (r62 F10: the
    field above it had become the bottom line). So do the lines that tell no news
    (`_no_news`): a printed exchange's small talk, and the page's notes above its first
    sentence of news ("Transcript of the press conference held by ..."): a press
    conference's lede is its principal's first words, not its chair's "The Governor will
    make a statement" (r75 F6)."""
    quiet = _no_news(sentences, reading)
    fields = [
        s.source not in live and (k in quiet or is_labelled_field(s.text))
        for k, s in enumerate(sentences)
    ]
    if not any(fields):
        return [s.index for s in sentences]
    told: Counter[int] = Counter(
        s.source for s, field in zip(sentences, fields, strict=True) if not field
    )
    positions = [s.index for s in sentences]
    above: Counter[int] = Counter()
    for k in reading:
        source = sentences[k].source
        if fields[k]:
            above[source] += 1
            positions[k] = told[source] + above[source]
        else:
            positions[k] -= above[source]
    return positions


def _no_news(sentences: Sequence[Sentence], reading: Sequence[int]) -> frozenset[int]:
    """Positions of the sentences that tell no news, whatever their place: a printed
    exchange's small talk (`selection.exchanges.small_talk`: a host's or a chair's turns,
    a guest's greeting), and, above each article's first sentence of news, page
    furniture (a note of what the copy is, a greeting: `is_furniture`), which is looked
    for only there (a check of every sentence of a long input would cost more)."""
    quiet = set(small_talk([sentences[k] for k in reading]))
    found = {reading[k] for k in quiet}
    opened: set[int] = set()
    for k in reading:
        source = sentences[k].source
        if source in opened or k in found:
            continue
        if is_furniture(sentences[k].text):
            found.add(k)
        else:
            opened.add(source)
    return frozenset(found)


def rank_default(sentences: Sequence[Sentence], context: RankContext) -> Ranking:
    """Our default: position prior + directed centrality + title + length, MMR-ordered."""
    if not sentences:
        return Ranking("default", (), ())
    total, unit, coverage = scores(sentences, context, WEIGHTS)
    # The opening picks are the lede's: position and centrality, kept distinct by MMR.
    # A longer summary goes on to what the article keeps returning to: the sentences
    # sharing most words with the rest of their source (coverage), as sumy's Reduction
    # and TextRank rank them.
    full = total + WEIGHTS.coverage * coverage
    order = mmr_order(total, unit, WEIGHTS.redundancy, WEIGHTS.mmr_depth, rest_score=full)
    return Ranking("default", tuple(float(x) for x in full), order)
