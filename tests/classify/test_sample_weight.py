"""Weighted fits: ``ThemeClassifier.fit(sample_weight=...)``, ``fit_theme_model(real_sample_weight=...)`` and the
cross-validation scripts' options for them (session 9 candidates; defaults keep model 1.8.0 unchanged)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import load_corpus, load_real_passages, split_passages
from spaser_nlp.classify.model import ThemeClassifier, binarize_labels
from spaser_nlp.classify.train import REAL_SAMPLE_WEIGHT, SYNTHETIC_SAMPLE_WEIGHT, fit_theme_model, new_estimator
from spaser_nlp.errors import ModelError

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _truth_probability(model, passages) -> float:
    """Mean probability the model gives to the (passage, theme) pairs that are true."""
    probabilities = model.predict_proba([p.text for p in passages])
    truth = binarize_labels([p.labels for p in passages], list(model.classes_)).astype(bool)
    return float(probabilities[truth].mean())


@pytest.fixture(scope="module")
def small_data(tiny_corpus):
    corpus = load_corpus(tiny_corpus)
    real = [p for p in load_real_passages() if p.labels][:40]
    return split_passages(corpus, "train"), split_passages(corpus, "dev"), real


@pytest.mark.slow
def test_unit_weights_fit_the_unweighted_model_and_heavier_passages_are_fitted_closer(small_data):
    train, _, real = small_data
    estimator = new_estimator("lexical", load_taxonomy(), {"calibration_folds": 2})
    passages = [*train, *real]
    texts, labels = [p.text for p in passages], [p.labels for p in passages]
    plain = estimator.fit(texts, labels).predict_proba(texts)
    ones = new_estimator("lexical", load_taxonomy(), {"calibration_folds": 2}).fit(texts, labels, sample_weight=np.ones(len(texts)))
    np.testing.assert_allclose(ones.predict_proba(texts), plain, atol=1e-6)
    weights = np.array([1.0] * len(train) + [5.0] * len(real))
    heavy = new_estimator("lexical", load_taxonomy(), {"calibration_folds": 2}).fit(texts, labels, sample_weight=weights)
    assert not np.allclose(heavy.coef_, ones.coef_, atol=1e-3)
    # the weighted (real) passages are fitted more closely
    assert _truth_probability(heavy, real) > _truth_probability(ones, real) + 0.01


def test_sample_weight_must_be_one_non_negative_number_per_passage():
    estimator = new_estimator("lexical", load_taxonomy(), {"calibration_folds": 2})
    texts, labels = ["achats de produits bio", "clauses d'insertion"], [["alimentation_durable_bio_circuits_courts"], []]
    for bad in (np.ones(3), np.array([1.0, -1.0]), np.array([1.0, np.nan])):
        with pytest.raises(ModelError, match="sample_weight"):
            estimator.fit(texts, labels, sample_weight=bad)


class _RecordingClassifier(ThemeClassifier):
    """Records the texts and weights of every fit (class-level: ``fit_theme_model`` clones its estimator)."""

    fits: list[tuple[list[str], np.ndarray | None]] = []

    def fit(self, X, y, *, embeddings=None, sample_weight=None):
        type(self).fits.append((list(X), None if sample_weight is None else np.asarray(sample_weight)))
        return super().fit(X, y, embeddings=embeddings, sample_weight=sample_weight)


@pytest.mark.slow
def test_real_sample_weight_weights_only_the_real_passages_and_defaults_to_none(small_data):
    train, dev, real = small_data
    assert REAL_SAMPLE_WEIGHT == 1.0  # the shipped protocol (1.9.0): no weights
    estimator = _RecordingClassifier(**new_estimator("lexical", load_taxonomy(), {"calibration_folds": 2}).get_params())
    _RecordingClassifier.fits = []
    plain = fit_theme_model(estimator, train, dev, real)
    assert len(_RecordingClassifier.fits) == 2 and all(w is None for _, w in _RecordingClassifier.fits)
    _RecordingClassifier.fits = []
    heavy = fit_theme_model(estimator, train, dev, real, real_sample_weight=4.0)
    real_texts = {p.text for p in real}
    for texts, weights in _RecordingClassifier.fits:  # the threshold fit (train + real) and the refit (+ dev)
        assert weights is not None and len(weights) == len(texts) in (len(train) + len(real), len(train) + len(dev) + len(real))
        assert all(w == (4.0 if text in real_texts else 1.0) for text, w in zip(texts, weights))
    assert not np.allclose(heavy.coef_, plain.coef_, atol=1e-3)
    for bad in (0.0, -2.0, float("nan")):
        with pytest.raises(ValueError, match="real_sample_weight"):
            fit_theme_model(estimator, train, dev, real, real_sample_weight=bad)


@pytest.mark.slow
def test_synthetic_sample_weight_weights_only_the_synthetic_passages(small_data):
    train, dev, real = small_data
    assert SYNTHETIC_SAMPLE_WEIGHT == 2.0  # the shipped protocol (1.18.0): each synthetic passage counted twice
    estimator = _RecordingClassifier(**new_estimator("lexical", load_taxonomy(), {"calibration_folds": 2}).get_params())
    _RecordingClassifier.fits = []
    fit_theme_model(estimator, train, dev, real, synthetic_sample_weight=2.0)
    real_texts = {p.text for p in real}
    assert len(_RecordingClassifier.fits) == 2
    for texts, weights in _RecordingClassifier.fits:  # the threshold fit (train + real) and the refit (+ dev)
        assert weights is not None and len(weights) == len(texts)
        assert all(w == (1.0 if text in real_texts else 2.0) for text, w in zip(texts, weights))
    for bad in (0.0, -2.0, float("nan")):
        with pytest.raises(ValueError, match="synthetic_sample_weight"):
            fit_theme_model(estimator, train, dev, real, synthetic_sample_weight=bad)


def test_oof_fit_refuses_a_non_numeric_param():
    done = subprocess.run([sys.executable, str(SCRIPTS / "themes_oof_thresholds.py"), "fit", "--param", "C=lots",
                           "--out", "/nonexistent/never-written.npz"], capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 and "--param needs KEY=NUMBER" in done.stderr


def _made_up_run(path: Path, seed: int) -> None:
    generator = np.random.default_rng(seed)
    themes = len(load_taxonomy().ids)

    def part(rows: int) -> tuple[np.ndarray, np.ndarray]:
        truth = (np.random.default_rng(rows).random((rows, themes)) < 0.15).astype(int)  # the same truth in every run
        return np.clip(0.35 * truth + 0.65 * generator.random((rows, themes)), 0, 1), truth

    syn, syn_truth = part(200)
    real, real_truth = part(100)
    dev_truth = (np.random.default_rng(120).random((120, themes)) < 0.15).astype(int)
    dev = np.stack([np.clip(0.35 * dev_truth + 0.65 * generator.random(dev_truth.shape), 0, 1) for _ in range(5)])
    np.savez(path, syn_oof=syn, syn_fold=np.arange(200) % 5, syn_truth=syn_truth, real_oof=real,
             real_fold=np.arange(100) % 5, real_truth=real_truth, dev=dev, dev_truth=dev_truth, dev_half=np.arange(120) % 2)


def test_candidates_script_compares_runs_with_the_shipped_rule(tmp_path):
    base, other = tmp_path / "base.npz", tmp_path / "other.npz"
    _made_up_run(base, 1)
    _made_up_run(other, 2)
    done = subprocess.run([sys.executable, str(SCRIPTS / "themes_cv_candidates.py"), "--baseline", str(base),
                           "--candidate", f"itself={base}", "--candidate", f"other={other}", "--pool-real", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert [row.split(" | ")[0] for row in rows] == ["| baseline"] * 2 + ["| itself"] * 2 + ["| other"] * 2
    figures = [re.findall(r"\d\.\d{3}", row)[:4] for row in rows]
    assert all(len(f) == 4 for f in figures)
    assert figures[2] == figures[0] and rows[2].endswith("| - |")  # the baseline against itself: no change
    assert "real OOF x1" in rows[1] and "real OOF" not in rows[0]
    assert rows[4] != rows[0] and "->" in rows[4]  # other probabilities: other figures, per-theme moves listed


def test_page_bootstrap_interval_of_a_micro_f1_difference():
    # run in a child interpreter: the scripts directory is not a package
    code = """
import numpy as np
from themes_cv_candidates import paired_interval
truth = np.array([[1, 0], [0, 1], [1, 1], [1, 0], [0, 1], [1, 0]])
pages = np.array(["a", "a", "b", "c", "c", "d"])
missing = truth.copy(); missing[[0, 2, 4]] = 0
print(paired_interval(truth, truth, truth, pages, 200), paired_interval(truth, missing, truth, pages, 200))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=SCRIPTS)
    assert done.returncode == 0, done.stderr[-2000:]
    same, better = re.findall(r"\(([^)]*)\)", done.stdout)
    assert [float(x) for x in same.split(",")] == [0.0, 0.0]
    low, high = (float(x) for x in better.split(","))
    assert 0.0 < low <= high < 1.0  # the candidate finds what the baseline misses, on every resample
