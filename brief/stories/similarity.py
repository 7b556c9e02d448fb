"""How alike two texts are: TF-IDF rows (idf blended from the pile and general English)
and the sparse graph of each text's nearest neighbours, less its background.

The linkage merges on this graph; a dense N x N matrix would make a few thousand
articles slow and large. numpy, scipy and wordfreq are imported when first used.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from functools import cache
from typing import TYPE_CHECKING

from brief.extract import lexicon
from brief.stories.texts import DIGIT, Text, news_stop_words, plain_term

if TYPE_CHECKING:
    import numpy as np
    from scipy import sparse


# Edges kept per text. A pair outside the graph counts as 0 in a group's mean, so a story
# told by many more articles than this would come out in pieces; EDGE_FLOOR, not this
# bound, keeps the graph sparse in practice.
NEIGHBOURS = 200
# In a pile of more than NEIGHBOURS texts, similarities below EDGE_FLOOR are left out of
# the graph to keep it sparse. A smaller pile keeps every pair: there a story told over
# weeks (a bombing, its suspects, its trial, its anniversary) is a large share of the
# pile, and its far-apart reports, each weakly alike (0.02 to 0.05), counted as 0 kept
# one report of the day apart from its story at a mean 0.001 under the bar (small piles
# of half A: DUC F1 .919 -> .942, Multilingual .879 -> .888).
EDGE_FLOOR = 0.05
# A desk's season (an election campaign, a tennis tour) makes its reports alike at a
# level of its own: in a pile of 50 politics pieces, any two share Blair, Howard, Tory
# and the election, and reach the bar pair by pair, so a mean over many pairs does not
# stop them either. What marks one event is a pair that stands out above that level. A
# text's background is its similarity to its BACKGROUND_RANK-th nearest text (beyond any
# story of the labelled sets, whose largest topics hold about 25 reports). Where it is
# above the pile's median background, the text sits in a dense field, and its pairs lose
# BACKGROUND_SHARE times that excess (the mean of the two texts'). A pile of at most
# BACKGROUND_RANK texts has no background. Chosen on half A of the BBC piles of 100 and
# 250 articles and of the big labelled piles (tools/eval_stories.py): subtracting the
# whole background, not its excess, split Multilingual's topics (stories with
# sub-events) and DUC's; a share of 3 splits DUC half A.
BACKGROUND_RANK = 30
BACKGROUND_SHARE = 2.0
BLOCK = 256  # rows per block of the sparse similarity product (bounds memory)


# The pile's document frequencies are blended with this many texts of general English
# (see _idf), each of ARTICLE_WORDS words. 60 scored best on half A (30: small piles
# split more; 100: a pile of two earthquakes weighs "magnitude" as if rare).
GENERAL_TEXTS = 60.0
ARTICLE_WORDS = 400
# English if at least this share of the pile's term occurrences are words that the
# general list finds in at least KNOWN_SHARE of its texts (a word of zipf 3). English
# piles of tools/eval_stories.py: 0.68 and more (BBC 0.83); French and German texts:
# 0.37 and 0.27, as the list knows only their loanwords and names.
ENGLISH_KNOWN = 0.55
KNOWN_SHARE = 0.0004

NAME_WEIGHT = 4.0  # a capitalised word that does not open a sentence: a name
# Numbers and years are terms like any word (idf already makes a rare figure count); more
# weight let stories that merely share a year or a round figure join (half A: worse).
NUMBER_WEIGHT = 1.0


_JOINER = re.compile(r"[.,'’-]")


def _term(word: str) -> tuple[str, float] | None:
    """The term a counted word stands for, and its weight; None for a stop word."""
    if DIGIT.search(word):
        number = word.replace(",", "")
        return ("#" + number, NUMBER_WEIGHT) if len(number) >= 2 else None
    # accents aside: one outlet writes Quảng Ngãi or Grünberg, another Quang Ngai or Grunberg
    term = lexicon.unaccented(plain_term(word))
    term = _same_words().get(term, term)
    return (term, 1.0) if len(term) >= 2 and term not in news_stop_words() else None


@cache
def _same_words() -> dict[str, str]:
    """words.toml's [values.same_words] (a clipping, or the plainer word for the same
    thing: "quake", "earthquake"), and their plurals: one outlet's "blast" is another's
    "explosion", one term."""
    same = lexicon.word_codes("same_words")
    return same | {word + "s": full + "s" for word, full in same.items()}


def tfidf_matrix(texts: Sequence[Text]) -> tuple[sparse.csr_matrix, float, list[str]]:
    """Unit-length TF-IDF rows (sublinear tf, idf from the pile and general English),
    general English's share in the idf, and each column's term."""
    import numpy as np
    from scipy import sparse

    vocabulary: dict[str, int] = {}  # term -> column
    weights: list[float] = []  # column -> weight of its kind
    column_of: dict[str, int] = {}  # counted word -> column, -1 for a stop word

    def columns(words: Counter[str]) -> np.ndarray:
        for word in [w for w in words if w not in column_of]:
            found = _term(word)
            if found is None:
                column_of[word] = -1
                continue
            if found[0] not in vocabulary:
                vocabulary[found[0]] = len(weights)
                weights.append(found[1])
            column_of[word] = vocabulary[found[0]]
        return np.fromiter(map(column_of.__getitem__, words), np.int64, len(words))

    rows, cols, values, is_name = [], [], [], []
    for number, text in enumerate(texts):
        for words, as_name in ((text.counts, False), (text.names, True)):
            cols.append(columns(words))
            values.append(np.fromiter(words.values(), float, len(words)))
            rows.append(np.full(len(words), number))
            is_name.append(np.full(len(words), as_name))
    col = np.concatenate(cols)
    kind = np.array([*weights, 0.0])[col]  # a stop word's -1 picks the 0.0
    names = np.concatenate(is_name)
    # A name adds NAME_WEIGHT - 1 to the plain count of the same word; numbers are not names.
    value = np.concatenate(values) * np.where(names, (NAME_WEIGHT - 1.0) * (kind == 1.0), kind)
    keep = (col >= 0) & (value > 0)
    shape = (len(texts), max(1, len(weights)))
    matrix = sparse.csr_matrix(
        (value[keep], (np.concatenate(rows)[keep], col[keep])), shape=shape
    )  # duplicates (a word and its possessive) are summed
    tf = matrix.data
    matrix.data = np.where(tf > 1.0, 1.0 + np.log(np.maximum(tf, 1.0)), tf)  # sublinear
    df = np.bincount(matrix.indices, minlength=shape[1])
    idf, prior = _idf(df, list(vocabulary), shape[0])
    matrix = sparse.csr_matrix(matrix @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix), prior, list(vocabulary)


def _idf(df: np.ndarray, terms: Sequence[str], texts: int) -> tuple[np.ndarray, float]:
    """Inverse document frequency from the pile and from the language at large, and the
    share of general English in it.

    The pile alone cannot say what is distinctive when it is small: in an inbox of two
    storms, "typhoon" is in half the texts and would weigh like a common word. So the
    pile's counts are blended with GENERAL_TEXTS pseudo-texts of general English, in
    which a word occurs as often as its frequency in a large corpus (wordfreq) says. A
    big pile outweighs the pseudo-texts (its own boilerplate still weighs little); a
    small one leans on them. A pile whose words the English list mostly does not know
    (another language) gets its own counts alone."""
    import numpy as np

    general = general_shares(terms)
    known = float(df[general >= KNOWN_SHARE].sum()) / max(1, int(df.sum()))
    pseudo = GENERAL_TEXTS if known >= ENGLISH_KNOWN else 0.0
    share = (df + pseudo * general) / (texts + 1 + pseudo)
    return np.log(1.0 / np.maximum(share, 1e-12)), pseudo / (texts + pseudo)


def general_shares(terms: Sequence[str]) -> np.ndarray:
    """For each term, the share of general English texts of ARTICLE_WORDS words that hold
    it; 0 for a word the frequency list does not know (a rare name)."""
    import numpy as np

    asked: set[str] = set()
    for term in terms:
        if term.startswith("#"):
            asked.add(DIGIT.sub("0", term[1:]))
        else:
            asked.add(term)
            asked.update(_JOINER.split(term))
    known = _english_frequencies(asked)
    frequencies = np.zeros(len(terms))
    for column, term in enumerate(terms):
        if term.startswith("#"):  # the list has "0000" for all 4-digit numbers: one of them
            digits = term[1:]
            found = known.get(DIGIT.sub("0", digits), 0.0) / 10 ** (len(digits) - 1)
        else:  # "u.s." is as common as "u" and "s", "o'neill" as rare as "neill"
            found = known.get(term)
            if found is None:
                found = min(
                    (known.get(part, 0.0) for part in _JOINER.split(term) if part), default=0.0
                )
        frequencies[column] = found
    return -np.expm1(-frequencies * ARTICLE_WORDS)


def _english_frequencies(words: set[str]) -> dict[str, float]:
    """wordfreq's English frequency of each of `words` that its list holds, as its
    get_frequency_dict gives it, without making that dict of all 321,000 words (0.2 s of
    CPU): 1,000 articles ask about 30,000. The list is one band of words per frequency,
    and each band is intersected with the words not asked about before (see _FREQUENCIES)."""
    from wordfreq import cB_to_freq

    if len(_FREQUENCIES) + len(words) > FREQUENCIES_KEPT:
        _FREQUENCIES.clear()
    missing = words.difference(_FREQUENCIES)
    if missing:
        _FREQUENCIES.update(dict.fromkeys(missing))
        for index, band in enumerate(_english_bands()):
            hits = missing.intersection(band)
            if hits:
                frequency = cB_to_freq(-index)
                for word in hits:
                    _FREQUENCIES[word] = frequency  # a later band wins, as in get_frequency_dict
    return {word: found for word in words if (found := _FREQUENCIES[word]) is not None}


# The frequencies looked up so far (None: not in the list). A pile's stages ask about
# its words four times (the idf, then its rare subjects, names and openings: 21,000
# words, then 1,600, 5,200 and 7,500 of them again, for 76 new ones), and each pass
# over the list reads all its 321,000 words. Cleared past FREQUENCIES_KEPT words, so a
# long-running process stays bounded.
_FREQUENCIES: dict[str, float | None] = {}
FREQUENCIES_KEPT = 1 << 17


@cache
def _english_bands() -> list[list[str]]:
    """wordfreq's English list, band k holding the words of frequency -k centibels (its
    get_frequency_list("en")), read once per process."""
    from wordfreq import get_frequency_list

    return get_frequency_list("en")


def without_terms(
    matrix: sparse.csr_matrix, left_out: Collection[str], terms: Sequence[str]
) -> sparse.csr_matrix:
    """The rows with the columns of `left_out` terms set to 0 (not normalised again): what
    two texts share besides those terms is the dot product of these rows."""
    import numpy as np
    from scipy import sparse

    keep = np.array([term not in left_out for term in terms] or [True], dtype=float)
    return sparse.csr_matrix(matrix @ sparse.diags(keep[: matrix.shape[1]]))


def neighbour_graph(matrix: sparse.csr_matrix) -> dict[int, dict[int, float]]:
    """Each text's nearest neighbours by cosine (symmetric), computed in row blocks, each
    similarity less its two texts' background (see BACKGROUND_RANK)."""
    import numpy as np

    count = matrix.shape[0]
    edges: dict[int, dict[int, float]] = defaultdict(dict)
    background = np.zeros(count)
    transposed = matrix.T.tocsc()
    floor = EDGE_FLOOR if count > NEIGHBOURS else 0.0  # see EDGE_FLOOR
    for start in range(0, count, BLOCK):
        block = (matrix[start : start + BLOCK] @ transposed).toarray()
        for offset, row in enumerate(block):
            i = start + offset
            row[i] = 0.0
            if count > BACKGROUND_RANK:
                background[i] = -np.partition(-row, BACKGROUND_RANK - 1)[BACKGROUND_RANK - 1]
            k = min(NEIGHBOURS, count - 1)
            best = np.argpartition(-row, k - 1)[:k] if k < count else np.arange(count)
            sims = row[best]
            near = (sims >= floor) & (sims > 0) & (best != i)
            for j, sim in zip(best[near].tolist(), sims[near].tolist(), strict=True):
                edges[i][j] = sim
                edges[j][i] = sim
    # Only the excess over the pile's typical background: a pile of unrelated stories
    # has a low, even background, and there the bar alone decides.
    shift = BACKGROUND_SHARE * np.maximum(0.0, background - np.median(background))
    adjusted: dict[int, dict[int, float]] = defaultdict(dict)
    for i, row in edges.items():
        for j, sim in row.items():
            value = sim - (shift[i] + shift[j]) / 2
            if value > 0:
                adjusted[i][j] = value
    return adjusted
