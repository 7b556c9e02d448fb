"""Every ranker runs on brief's own sentences; the vectorised LexRank ranks as sumy's."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from brief.cli import app
from brief.ingest import make_source, parse_text
from brief.models import Sentence
from brief.rank import RANKERS, RankContext, rank
from brief.rank.text import stop_words, terms, words

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "articles" / "russia-belarus-geneva.txt"
CNNDM = SHARED / "eval" / "cnndm" / "articles"
KEYS = {"default", "lead", "lexrank", "textrank", "lsa", "luhn"}
KEYS |= {"edmundson", "sumbasic", "kl", "reduction"}


def sentences_of(path: Path) -> tuple[tuple[Sentence, ...], RankContext]:
    from brief.segment import segment

    data = path.read_bytes()
    document = parse_text(data.decode("utf-8"), make_source(str(path), 1, data))
    titles = (document.title,) if document.title else ()
    return segment([document]).sentences, RankContext(titles=titles)


@pytest.fixture(scope="module")
def seed() -> tuple[tuple[Sentence, ...], RankContext]:
    if not SEED.exists():
        pytest.skip("../shared is not available")
    return sentences_of(SEED)


def test_registry_has_the_cli_names() -> None:
    assert set(RANKERS) >= KEYS


@pytest.mark.parametrize("name", sorted(RANKERS))
def test_every_ranker_scores_and_orders_every_sentence(name: str, seed) -> None:
    sentences, context = seed
    ranking = rank(sentences, name, context)
    assert len(ranking.scores) == len(sentences)
    assert sorted(ranking.order) == list(range(len(sentences)))
    assert ranking.algorithm == name  # labelled with the key the user chose


@pytest.mark.parametrize("name", sorted(RANKERS))
def test_every_ranker_copes_with_nothing_and_with_wordless_sentences(name: str) -> None:
    assert RANKERS[name]((), RankContext()).order == ()
    odd = (Sentence("42.", 1, 1, 0), Sentence("Troops moved north.", 1, 2, 0))
    assert sorted(RANKERS[name](odd, RankContext()).order) == [0, 1]


def cnndm_samples() -> list[Path]:
    return sorted(CNNDM.glob("*.txt"))[:4] if CNNDM.is_dir() else []


@pytest.mark.parametrize("path", [SEED, *cnndm_samples()], ids=lambda p: p.stem[:20])
def test_lexrank_ranks_exactly_as_sumy(path: Path) -> None:
    if not path.exists():
        pytest.skip("../shared is not available")
    sentences, context = sentences_of(path)
    ours = RANKERS["lexrank"](sentences, context)
    theirs = RANKERS["sumy-lexrank"](sentences, context)
    assert ours.order == theirs.order
    assert ours.scores == pytest.approx(theirs.scores)


def test_lexrank_sparse_path_agrees_with_dense(seed, monkeypatch) -> None:
    import brief.rank.lexrank as lexrank
    from brief.rank.vectors import row_normalised, term_counts

    sentences, context = seed
    texts = [s.text for s in sentences]
    sparse_graph = lexrank.adjacency(row_normalised(lexrank.tfidf(term_counts(texts))))
    dense_graph = lexrank.dense_adjacency([terms(text) for text in texts])
    assert np.array_equal(sparse_graph.toarray(), dense_graph)  # the same edges, bit for bit
    dense = lexrank.lexrank_scores(sentences)
    monkeypatch.setattr(lexrank, "DENSE_LIMIT", 0)
    assert lexrank.lexrank_scores(sentences) == pytest.approx(dense)


@pytest.mark.parametrize(
    "texts",
    [
        ["42.", "7"],  # no words at all
        ["War.", "War!", "War talks.", "12"],  # a word in most sentences weighs nothing
        ["Troops troops north.", "Troops north.", "Gas."],  # repeats; idf of 0
        ["Troops moved north.", "Gas prices rose.", "Troops moved south.", "Gas talks."],
    ],
)
def test_lexrank_dense_graph_matches_sparse_on_edge_cases(texts: list[str]) -> None:
    from brief.rank.lexrank import adjacency, dense_adjacency, tfidf
    from brief.rank.vectors import row_normalised, term_counts

    sparse_graph = adjacency(row_normalised(tfidf(term_counts(texts)))).toarray()
    assert np.array_equal(dense_adjacency([terms(text) for text in texts]), sparse_graph)


def test_default_is_deterministic_and_position_aware(seed) -> None:
    sentences, context = seed
    first = RANKERS["default"](sentences, context)
    assert first == RANKERS["default"](sentences, context)
    assert first.order[0] == 0  # the lede of this article


def test_default_ranks_per_source_not_globally(seed) -> None:
    """Two copies of one article: each copy's lede scores alike, whatever its place."""
    sentences, context = seed
    second = tuple(Sentence(s.text, 2, s.index, s.paragraph) for s in sentences)
    scores = RANKERS["default"]((*sentences, *second), RankContext()).scores
    n = len(sentences)
    assert scores[0] == pytest.approx(scores[n])


def test_mmr_passes_over_a_near_duplicate_of_an_earlier_pick() -> None:
    from brief.rank.directed import mmr_order
    from brief.rank.vectors import row_normalised, term_counts

    texts = [
        "Russia moved troops and tanks to the border with Ukraine on Monday.",
        "Russia moved troops and tanks to the border with Ukraine on Monday night.",
        "Ukraine asked its allies for air defence systems and more ammunition.",
    ]
    unit = row_normalised(term_counts(texts))
    scores = np.array([1.0, 0.9, 0.6])
    assert mmr_order(scores, unit, redundancy=1.0, depth=3) == (0, 2, 1)
    assert mmr_order(scores, unit, redundancy=0.0, depth=3) == (0, 1, 2)
    assert mmr_order(scores, unit, 0.0, 0, rest_score=np.array([0.0, 0.0, 1.0]))[0] == 2


def test_words_and_terms() -> None:
    assert words("He said: don't go, 3.5% rise in U.S. self-defence.") == (
        "He",
        "said",
        "don't",
        "go",
        "rise",
        "in",
        "U",
        "S",
        "self-defence",
    )
    assert terms("The troops were moving") == ["troop", "move"]


def test_a_module_named_sumy_on_the_path_hides_no_stop_words(tmp_path, monkeypatch) -> None:
    """`python -m brief` puts its working folder first on the path; a sumy.py there had
    left every ranking without stop words."""
    (tmp_path / "sumy.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    stop_words.cache_clear()
    try:
        assert {"the", "and", "of"} <= stop_words("english")
    finally:
        stop_words.cache_clear()


@given(st.text(alphabet="ab'’-_1 .é\u0416\u00ad\u0301", max_size=40) | st.text(max_size=40))
def test_words_are_sumys_words(text: str) -> None:
    """words() runs sumy's pattern written as runs; the one-character form finds the same."""
    sumy_words = re.findall(r"[^\W\d_](?:[^\W\d_]|['’-])*", text)
    assert words(text) == tuple(word.rstrip("'’-") for word in sumy_words)


def test_numpy_matrices_sum_as_scipy_did(seed) -> None:
    """The default ranker left scipy.sparse (its import cost more than the ranking); its
    link sums must still be scipy's to the last bit, or ties could order differently."""
    from scipy import sparse

    from brief.rank.overlap import overlap_degree
    from brief.rank.vectors import row_normalised, term_counts

    sentences, _ = seed
    counts = term_counts([s.text for s in sentences])
    indptr = np.r_[0, np.cumsum(np.bincount(counts.rows, minlength=counts.shape[0]))]
    matrix = sparse.csr_matrix((counts.values, counts.columns, indptr), shape=counts.shape)
    groups = np.zeros(counts.shape[0], dtype=np.int64)
    logs = np.log(np.maximum(np.asarray(matrix.sum(axis=1)).ravel(), 1.0))
    shared = sparse.triu(matrix @ matrix.T, k=1).tocoo()
    link = shared.data / (logs[shared.row] + logs[shared.col])
    expected = np.bincount(shared.row, weights=link, minlength=counts.shape[0])
    expected += np.bincount(shared.col, weights=link, minlength=counts.shape[0])
    assert np.array_equal(overlap_degree(counts, groups), expected)
    unit = sparse.csr_matrix(
        sparse.diags(1.0 / np.sqrt(matrix.multiply(matrix).sum(1).A1)) @ matrix
    )
    ours = row_normalised(counts)
    assert np.array_equal(ours.columns, unit.indices) and np.array_equal(ours.values, unit.data)


def test_sumy_rankings_do_not_change_with_the_hash_seed() -> None:
    """sumy's LSA builds its term matrix from a set: the last bits of its ratings follow
    Python's string hash seed, and near-ties used to flip between runs."""
    import os
    import subprocess
    import sys

    from tests.conftest import SAMPLES

    program = (
        "import sys; from brief.pipeline import build; from brief.options import Options; "
        "from tests.conftest import FIXED_NOW; "
        "b = build([sys.argv[1]], Options(algorithm='lsa', sentences=10, now=FIXED_NOW)); "
        "print([(x.source, x.index) for x in b.summary], [f.text for f in b.figures])"
    )
    article = str(SAMPLES / "strait-standoff.txt")
    outputs = {
        subprocess.run(
            [sys.executable, "-c", program, article],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "3")
    }
    assert len(outputs) == 1


def test_a_size_an_algorithm_gives_up_at_is_a_setting_error() -> None:
    """The library names the setting (`algorithm`), which a config file and the command
    line each say in their own terms; no flag."""
    from brief.errors import SettingError
    from brief.rank.sumy_rankers import SENTENCE_LIMITS, check_size

    check_size("kl", SENTENCE_LIMITS["kl"])
    check_size("default", 100_000)
    with pytest.raises(SettingError) as err:
        check_size("kl", SENTENCE_LIMITS["kl"] + 1)
    assert err.value.setting == "algorithm" and err.value.exit_code == 64
    assert str(err.value).startswith("algorithm 'kl' gives up above 150 sentences")
    assert "-a " not in str(err.value) and "--" not in str(err.value)


def test_a_live_pages_entries_are_each_a_report_written_top_down() -> None:
    """r44: a live page runs newest first, so its first entry is its latest, not its lede;
    each entry's opening ranks as a lede, and the headline and centrality choose among
    them (the page's bottom line had been a side item, its latest entry)."""
    from brief.rank.directed import report_positions

    texts = [
        (1, "19:00 — A former minister tells the radio he was made a scapegoat."),
        (2, "Elsewhere in the city, schools reopened."),
        (3, "14:15 — The government and the UN have signed the access deal in Maputo."),
        (4, "12:00 — The death toll rises to 71, the disaster institute says."),
    ]
    page = [Sentence(text, 1, index, 0) for index, text in texts]
    assert report_positions(page) == [1, 2, 1, 1]
    article = [Sentence(text, 2, index, 0) for index, text in texts[1:2]]
    assert report_positions([*article, *page]) == [2, 1, 2, 1, 1]  # an article is read whole
    one_stamp = [Sentence("19:00 — Polls closed.", 1, 1, 0), Sentence("Counting began.", 1, 2, 0)]
    assert report_positions(one_stamp) == [1, 2]  # one stamped line makes no live page
    # entries headed by their stamps, each heading's first sentence opening its entry
    headed = [
        Sentence(text, 3, index, index, heading)
        for index, text, heading in (
            (1, "The storm hit on Sunday.", None),
            (2, "The toll rose to 71.", "16:00 — Toll rises"),
            (3, "Rescuers reached the coast.", "16:00 — Toll rises"),
            (4, "The deal was signed.", "12:00 — Access deal"),
        )
    ]
    assert report_positions(headed) == [1, 1, 2, 1]
    deal = [
        *page,
        Sentence("The access deal replaces written authorisation with notice.", 1, 5, 0),
        Sentence("Aid agencies welcomed the access deal signed by the government.", 1, 6, 0),
    ]
    ranking = rank(deal, "default", RankContext(titles=("UN and government sign access deal",)))
    assert ranking.order[0] == 2


def test_a_notices_fields_are_no_lede() -> None:
    """A notice's labelled fields above its report ("VESSEL: ...", "DATE/TIME: ...") are
    its text, not its lede: positions count from its first sentence that is none, the
    fields after it, and a field is no bullet of a digest's cover (r62 F10: "VESSEL:
    ..." had become the bottom line once the fields were kept)."""
    from brief.rank.coverage import can_be_bullet
    from brief.rank.directed import report_positions

    notice = [
        Sentence(text, 1, index, index - 1)
        for index, text in enumerate(
            (
                "VESSEL: GULL ISLAND (ro-ro ferry, 40 crew)",
                "DATE/TIME: 04 JUN 2026, 0615 UTC",
                "The ferry Gull Island ran aground in the outer channel early on Thursday.",
                "Tugs refloated her on the rising tide and no one was hurt.",
            ),
            start=1,
        )
    ]
    other = [Sentence("Port officials said the channel stayed open.", 2, 1, 0)]
    assert report_positions([*other, *notice]) == [1, 3, 4, 1, 2]
    assert not can_be_bullet(notice[0].text) and can_be_bullet(notice[2].text)


def test_a_notices_fields_are_no_bullet_of_an_article_or_a_story(tmp_path: Path) -> None:
    """r63 F7: a sitrep's "DATE: 5 February 2027", "LOCATION: ..." and "AFFECTED: ..."
    had been bullets. A field's value ends on no stop: read for its figures, dates and
    names, no sentence. A labelled line that ends as a sentence is still one."""
    from brief.pipeline.choosing import no_bullet

    assert no_bullet("DATE: 5 February 2027")
    assert no_bullet("AFFECTED: 512 suspected cholera cases, 14 deaths; 19,000 people displaced")
    assert not no_bullet("Recommendation: no road movements south of Sirba until 7 February.")
    sitrep = tmp_path / "sitrep.txt"
    sitrep.write_text(
        "Kessara: Flash Update No. 3\n\n"
        "DATE: 5 February 2027\n"
        "LOCATION: Amdal, Sirba and Gerida camp, eastern Kessara\n"
        "AFFECTED: 512 suspected cholera cases, 14 deaths; 19,000 people displaced\n\n"
        "The number of people displaced from Amdal has risen to 19,000.\n"
        "Two cholera treatment units closed after the aid group's licence was suspended.\n",
        encoding="utf-8",
    )
    out = tmp_path / "brief.md"
    result = CliRunner().invoke(app, ["make", str(sitrep), "-o", str(out)])
    assert result.exit_code == 0, result.output
    bullets = [line for line in out.read_text(encoding="utf-8").splitlines() if "[1:" in line]
    assert not any(field in line for line in bullets for field in ("DATE:", "LOCATION:"))
    assert any("risen to 19,000" in line for line in bullets)


@given(st.lists(st.integers(min_value=-(2**62), max_value=2**62), max_size=60))
def test_distinct_is_numpys_unique(values: list[int]) -> None:
    """`distinct` (by sorting) gives np.unique's values, sorted, of the same dtype."""
    from brief.rank.vectors import distinct

    array = np.array(values, dtype=np.int64)
    found, expected = distinct(array), np.unique(array)
    assert found.dtype == expected.dtype
    assert found.tolist() == expected.tolist()
