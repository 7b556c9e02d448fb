"""tools.train_concepts: what a concept's features say, and a fit that finds a real signal."""

from __future__ import annotations

import math

import numpy as np
import pytest

from brief.models import Sentence
from tests.conftest import story_sentences
from tools.train_concepts import FEATURES, Examples, concept_features, fit, main, top_precision

ARTICLES = (
    (
        "Heavy rain flooded the town of Linden on Tuesday.",
        "Volunteers filled sandbags along the banks.",
        "The regional water authority opened the dam spillway.",
    ),
    (
        "The regional water authority opened the dam spillway on Tuesday.",
        "Heavy rain flooded the streets of Linden.",
    ),
)


def story() -> list[Sentence]:
    return story_sentences(ARTICLES)


def test_features_read_how_the_articles_use_a_concept() -> None:
    features, weights = concept_features(story())
    row = dict(zip(FEATURES, features[("heavi", "rain")], strict=True))
    assert row["df_share"] == 1.0 and row["lead_share"] == 1.0
    assert row["earliest"] == 0.0 and row["capitalised"] == 0.0
    assert math.isclose(row["log_articles"], math.log(2))
    assert weights[("heavi", "rain")] == 4  # two articles, both in their opening sentences
    volunteers = dict(zip(FEATURES, features[("volunt", "fill")], strict=True))
    assert volunteers["df_share"] == 0.5 and volunteers["first_position"] > 0
    assert dict(zip(FEATURES, features[("of", "linden")], strict=True))["stop_word"] == 1.0
    assert dict(zip(FEATURES, features[("linden", "on")], strict=True))["capitalised"] == 0.0


def test_one_article_counts_its_sentences_as_articles() -> None:
    features, _ = concept_features(story()[:3])
    assert dict(zip(FEATURES, features[("heavi", "rain")], strict=True))["df_share"] == 1 / 3


def synthetic(seed: int) -> Examples:
    """The label's chance rises with the first feature only."""
    generator = np.random.default_rng(seed)
    features = generator.normal(size=(2_000, len(FEATURES)))
    chance = 1 / (1 + np.exp(-(2.0 * features[:, 0] - 1.0)))
    labels = (generator.random(2_000) < chance).astype(float)
    clusters = np.repeat(np.arange(20), 100)
    return Examples(features, labels, clusters, features[:, 1])


def test_fit_finds_the_signal_and_ranks_by_it() -> None:
    model = fit(synthetic(1), ridge=0.01)  # little shrinkage: 20 clusters weigh 20 in all
    assert 1.5 < model.coefficients[0] < 2.5
    assert np.abs(model.coefficients[1:]).max() < 0.3
    held_out = synthetic(2)
    learnt = top_precision(held_out, model.predict(held_out.features), 20)
    assert learnt > top_precision(held_out, held_out.weights, 20) + 0.3


def test_the_test_set_is_never_trained_on(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--sets", "duc2003", "--test", "duc2003"])
    assert stopped.value.code == 2
    assert "must not be a training set" in capsys.readouterr().err
