"""The theme model's decision rule: where thresholds are tuned, the "at least one theme" rule, round-2 sources."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import load_corpus, load_real_passages, split_passages
from spaser_nlp.classify.model import _THRESHOLD_GRID, best_threshold
from spaser_nlp.classify.scorer import decide_themes
from spaser_nlp.classify.train import fit_theme_model, new_estimator

REPOSITORY = Path(__file__).resolve().parents[2]


def test_at_least_one_theme_only_fills_empty_rows_above_the_floor():
    probabilities = np.array([[0.10, 0.45], [0.70, 0.60], [0.01, 0.02], [0.30, 0.10]])
    thresholds = np.array([0.5, 0.5])
    plain = decide_themes(probabilities, thresholds)
    assert plain.tolist() == [[0, 0], [1, 1], [0, 0], [0, 0]]
    ruled = decide_themes(probabilities, thresholds, 0.5)
    # row 0: best ratio 0.9 -> theme 1; row 1 untouched (already two themes); row 2: 0.04 < 0.5 -> none;
    # row 3: best ratio 0.6 -> theme 0
    assert ruled.tolist() == [[0, 1], [1, 1], [0, 0], [1, 0]]
    assert decide_themes(np.zeros((0, 2)), thresholds, 0.5).shape == (0, 2)


def test_weighted_threshold_follows_the_heavier_passages():
    # synthetic-like passages want a high threshold, real-like ones a low one
    probabilities = np.array([0.9, 0.7, 0.6, 0.35, 0.3, 0.25])
    truth = np.array([1, 1, 0, 1, 1, 0])
    synthetic = np.array([1.0, 1.0, 1.0, 0.0, 0.0, 0.0])
    assert 0.6 < best_threshold(probabilities[:3], truth[:3]) <= 0.7  # ties: nearest 0.5 (0.625)
    assert best_threshold(probabilities, truth, synthetic) == best_threshold(probabilities[:3], truth[:3])
    assert best_threshold(probabilities, truth, synthetic + 3.0 * (1 - synthetic)) == pytest.approx(0.3)
    assert best_threshold(probabilities, truth, np.ones(6)) == best_threshold(probabilities, truth)


@pytest.mark.slow
def test_thresholds_tuned_on_real_out_of_fold_probabilities(tiny_corpus):
    taxonomy = load_taxonomy()
    corpus = load_corpus(tiny_corpus)
    train, dev = split_passages(corpus, "train"), split_passages(corpus, "dev")
    real = load_real_passages()[:60]
    estimator = new_estimator("lexical", taxonomy, {"min_one_ratio": 0.5})
    messages: list[str] = []
    model = fit_theme_model(estimator, train, dev, real, threshold_pool="real", threshold_folds=2, progress=messages.append)
    assert any("real fold 1" in m for m in messages) and not any(m.startswith("fitting on train") for m in messages)
    # the shipped rule (half-f1): half each theme's best F1 on the pooled out-of-fold probabilities, so in [0.05, 0.5]
    assert np.all((model.thresholds_ >= 0.05) & (model.thresholds_ <= 0.5))
    per_theme = fit_theme_model(estimator, train, dev, real, threshold_pool="real", threshold_folds=2,
                                threshold_rule="per-theme")
    assert set(np.round(per_theme.thresholds_, 3)) <= set(_THRESHOLD_GRID) | {0.5}
    assert model.min_one_ratio == 0.5
    predicted = model.predict([p.text for p in real[:10]])
    probabilities = model.predict_proba([p.text for p in real[:10]])
    np.testing.assert_array_equal(predicted, decide_themes(probabilities, model.thresholds_, 0.5))
    with pytest.raises(ValueError, match="threshold_pool"):
        fit_theme_model(estimator, train, dev, real, threshold_pool="test")


def test_second_and_third_round_real_passages_come_from_no_dev_set_domain():
    dev = REPOSITORY.parent / "shared" / "data" / "spaser-real-dev" / "passages.jsonl"
    if not dev.is_file():
        pytest.skip("shared real dev set not beside the repository")
    source = "".join((REPOSITORY / "corpora" / "real" / name).read_text(encoding="utf-8")
                     for name in ("passages_src2.py", "passages_src3.py"))
    urls = re.findall(r'S\("([^"]+)"', source)
    assert len(urls) >= 100

    def domain(url: str) -> str:
        return re.sub(r"^www\.", "", url.split("://", 1)[-1].split("/", 1)[0].lower())

    dev_domains = {domain(json.loads(line)["source_url"]) for line in dev.read_text(encoding="utf-8").splitlines()}
    assert not {domain(url) for url in urls} & dev_domains
