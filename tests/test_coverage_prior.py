"""tools.train_summary_prior: a word's lift is measured against words used as often, and
the test reads a made-up corpus laid out as ../shared is."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tools.train_summary_prior import Counts, concept_prior, main


def test_a_kept_word_lifts_and_a_dropped_one_sinks() -> None:
    counts = Counts()
    for _ in range(20):
        counts.add(
            "Rebels killed two guards on Monday. Officials said the guards were unarmed.",
            ["Rebels killed two unarmed guards."],
        )
    lifts, _ = counts.lifts(min_articles=10)
    assert counts.pairs == 20
    assert lifts["kill"] > 1 > lifts["monday"]
    # "guards" is used twice, and the article's only such word: it is all its class.
    assert math.isclose(lifts["guard"], 1.0)


def test_references_count_as_shares_and_rare_words_are_pooled() -> None:
    counts = Counts()
    counts.add("The storm closed the port.", ["The port closed.", "A storm hit."])
    assert counts.observed["port"] == 0.5 and counts.observed["storm"] == 0.5
    lifts, rare = counts.lifts(min_articles=2)
    assert lifts == {} and rare > 0
    counts.add("An empty summary is no summary.", ["  "])
    assert counts.pairs == 1


def test_a_pairs_prior_is_its_content_words() -> None:
    lifts = {"kill": 4.0, "guard": 1.0}
    assert concept_prior(("kill", "guard"), lifts, rare=0.5) == pytest.approx(2.0)
    assert concept_prior(("the", "kill"), lifts, rare=0.5) == pytest.approx(4.0)
    assert concept_prior(("kill", "1998"), lifts, rare=0.5) == pytest.approx(4.0)
    assert concept_prior(("linden", "dam"), lifts, rare=0.5) == pytest.approx(0.5)
    assert concept_prior(("of", "2,000"), lifts, rare=0.5) == 1.0


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_report_reads_a_corpus_laid_out_as_shared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for number in range(3):
        _write(
            tmp_path / "bbc" / "articles" / "world" / f"{number}.txt",
            "Flood hits Linden\n\nHeavy rain flooded the town of Linden on Tuesday.",
        )
        _write(
            tmp_path / "bbc" / "summaries" / "world" / f"{number}.txt",
            "Heavy rain flooded the town.",
        )
    for cluster in ("D1", "D2"):
        folder = tmp_path / "mds" / "duc2003" / cluster
        for article in ("a", "b"):
            _write(
                folder / "articles" / f"{article}.txt",
                "Heavy rain flooded the river valley town of Linden on Tuesday morning. "
                "The regional water authority opened the dam spillway to relieve pressure.",
            )
        _write(folder / "references" / "A.txt", "Heavy rain flooded Linden.")
    assert main(["--data", str(tmp_path), "--corpora", "bbc", "--min-articles", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 pairs (bbc)")
    for level in ("pairs", "words"):
        assert f"duc2003 {level}, even: top 10: articles" in out
        assert f"duc2003 {level}, odd:" in out
