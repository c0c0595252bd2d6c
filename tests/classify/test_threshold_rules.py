"""Threshold rules (spaser_nlp.classify.thresholds) and their use by the training protocol."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import load_corpus, split_passages
from spaser_nlp.classify.model import best_threshold
from spaser_nlp.classify.thresholds import (
    THRESHOLD_GRID,
    bootstrap_thresholds,
    choose_thresholds,
    f1_curves,
    global_threshold,
    half_f1_thresholds,
    per_theme_thresholds,
)
from spaser_nlp.classify.train import MODEL_VERSION, fit_theme_model, new_estimator, read_real_passages, training_real_passages


def _noisy(seed: int, rows: int = 400, themes: int = 4) -> tuple[np.ndarray, np.ndarray]:
    generator = np.random.default_rng(seed)
    probabilities = generator.random((rows, themes))
    truth = (generator.random((rows, themes)) < probabilities * 0.9).astype(int)
    return probabilities, truth


def test_per_theme_rule_is_the_former_best_threshold_with_weights():
    probabilities, truth = _noisy(1)
    weights = np.random.default_rng(2).random(len(truth)) * 3
    expected = [best_threshold(probabilities[:, j], truth[:, j], weights) for j in range(truth.shape[1])]
    np.testing.assert_allclose(per_theme_thresholds(probabilities, truth, weights), expected)
    np.testing.assert_allclose(choose_thresholds("per-theme", probabilities, truth), per_theme_thresholds(probabilities, truth))


def test_global_threshold_maximises_micro_f1_over_the_pooled_decisions():
    # theme 0 alone wants 0.675-0.75, theme 1 alone 0.275-0.35; pooled, theme 1's four positives dominate
    probabilities = np.array([[0.9, 0.35], [0.75, 0.35], [0.65, 0.35], [0.1, 0.35], [0.1, 0.1], [0.1, 0.25]])
    truth = np.array([[1, 1], [1, 1], [0, 1], [0, 1], [0, 0], [0, 0]])
    assert per_theme_thresholds(probabilities, truth).tolist() == pytest.approx([0.675, 0.35])
    pooled = global_threshold(probabilities, truth)
    predicted = probabilities >= pooled
    tp = int((predicted & (truth == 1)).sum())
    micro = 2 * tp / (predicted.sum() + truth.sum())
    for threshold in THRESHOLD_GRID:  # no grid value does better on the pooled decisions
        other = probabilities >= threshold
        assert 2 * int((other & (truth == 1)).sum()) / (other.sum() + truth.sum()) <= micro + 1e-12
    assert pooled == pytest.approx(0.35)
    assert choose_thresholds("global", probabilities, truth).tolist() == [pooled, pooled]


def test_global_threshold_ignores_themes_without_positives():
    probabilities = np.array([[0.9, 0.45], [0.3, 0.45], [0.1, 0.45]])
    truth = np.array([[1, 0], [0, 0], [0, 0]])
    # theme 1 has no positive: its false positives at any threshold <= 0.45 must not pull the threshold up
    assert global_threshold(probabilities, truth) == pytest.approx(global_threshold(probabilities[:, :1], truth[:, :1]))


def test_shrink_interpolates_between_per_theme_and_global():
    probabilities, truth = _noisy(3)
    per_theme = per_theme_thresholds(probabilities, truth)
    pooled = global_threshold(probabilities, truth)
    np.testing.assert_allclose(choose_thresholds("shrink:0", probabilities, truth), per_theme)
    np.testing.assert_allclose(choose_thresholds("shrink:1", probabilities, truth), np.full(4, pooled))
    np.testing.assert_allclose(choose_thresholds("shrink:0.25", probabilities, truth), 0.75 * per_theme + 0.25 * pooled)
    for bad in ("shrink:1.5", "shrink:x", "median", ""):
        with pytest.raises(ValueError):
            choose_thresholds(bad, probabilities, truth)


def test_bootstrap_thresholds_are_deterministic_medians_on_the_grid():
    probabilities, truth = _noisy(4)
    truth[:, 3] = 0  # a theme without positives keeps 0.5
    first = bootstrap_thresholds(probabilities, truth, rounds=41)
    assert first.tolist() == bootstrap_thresholds(probabilities, truth, rounds=41).tolist()
    assert first[3] == 0.5
    assert set(np.round(first[:3], 3)) <= set(THRESHOLD_GRID)  # odd number of rounds: a grid value


def test_global_threshold_moves_less_than_per_theme_ones_between_resamples():
    # the instability the global rule removes: on 300-passage resamples, per-theme optima of flat F1 curves jump
    probabilities, truth = _noisy(5, rows=3000, themes=8)
    generator = np.random.default_rng(6)
    per_theme, pooled = [], []
    for _ in range(20):
        sample = generator.integers(0, len(truth), 300)
        per_theme.append(per_theme_thresholds(probabilities[sample], truth[sample]))
        pooled.append(global_threshold(probabilities[sample], truth[sample]))
    assert np.std(pooled) < np.mean(np.std(per_theme, axis=0))


def test_half_f1_rule_is_half_the_best_f1_and_steadier_than_per_theme():
    probabilities, truth = _noisy(5, rows=600)
    fine = np.round(np.arange(0.05, 0.951, 0.01), 3)
    best = f1_curves(probabilities, truth, grid=fine).max(axis=0)
    np.testing.assert_allclose(half_f1_thresholds(probabilities, truth), np.round(best / 2, 3))
    np.testing.assert_allclose(choose_thresholds("half-f1", probabilities, truth), np.round(best / 2, 3))
    # calibrated probabilities (truth drawn with probability p): the F1-optimal threshold is F1*/2, so the rule
    # lands near the per-theme optimum of a large sample, and moves far less than it between resamples
    generator = np.random.default_rng(9)
    calibrated = generator.random((20_000, 3))
    outcome = (generator.random((20_000, 3)) < calibrated).astype(int)
    large = per_theme_thresholds(calibrated, outcome)
    assert np.all(np.abs(half_f1_thresholds(calibrated, outcome) - large) <= 0.05)
    spreads = {"half": [], "per": []}
    for seed in range(8):
        rows = np.random.default_rng(100 + seed).integers(0, 20_000, 300)
        spreads["half"].append(half_f1_thresholds(calibrated[rows], outcome[rows]))
        spreads["per"].append(per_theme_thresholds(calibrated[rows], outcome[rows]))
    assert np.std(spreads["half"], axis=0).mean() < 0.5 * np.std(spreads["per"], axis=0).mean()


def test_half_f1_rule_gives_half_for_a_theme_without_positives_or_without_any_f1():
    probabilities, truth = _noisy(6)
    truth[:, 2] = 0
    assert half_f1_thresholds(probabilities, truth)[2] == 0.5
    # positives that every threshold of the fine grid misses (probabilities all below 0.05): F1 is 0 everywhere,
    # which must not become a threshold of 0 (every passage taken)
    probabilities[:, 1] = 0.01
    truth[:5, 1] = 1
    assert half_f1_thresholds(probabilities, truth)[1] == 0.5
    # a tiny best F1 keeps the floor
    probabilities[:, 0] = 0.9
    truth[:, 0] = 0
    truth[0, 0] = 1
    assert half_f1_thresholds(probabilities, truth)[0] == 0.05


def test_f1_curves_match_a_direct_count():
    probabilities, truth = _noisy(7, rows=50, themes=2)
    curves = f1_curves(probabilities, truth)
    row = int(np.flatnonzero(THRESHOLD_GRID == 0.4)[0])
    predicted = probabilities[:, 1] >= 0.4
    expected = 2 * np.sum(predicted & (truth[:, 1] == 1)) / (predicted.sum() + truth[:, 1].sum())
    assert curves[row, 1] == pytest.approx(expected)


@pytest.mark.slow
def test_training_uses_the_threshold_rule(tiny_corpus):
    taxonomy = load_taxonomy()
    corpus = load_corpus(tiny_corpus)
    train, dev = split_passages(corpus, "train"), split_passages(corpus, "dev")
    estimator = new_estimator("lexical", taxonomy, {"calibration_folds": 2})
    messages: list[str] = []
    pooled = fit_theme_model(estimator, train, dev, threshold_rule="global", progress=messages.append)
    per_theme = fit_theme_model(estimator, train, dev, threshold_rule="per-theme")
    np.testing.assert_allclose(pooled.coef_, per_theme.coef_, rtol=1e-6, atol=1e-9)  # only the thresholds differ
    assert any("rule: global" in m for m in messages)
    assert len(set(np.round(pooled.thresholds_, 6))) == 1
    assert len(set(np.round(per_theme.thresholds_, 6))) > 1


def test_read_real_passages_keeps_the_first_rounds_and_hashes_what_it_read(tmp_path):
    rows = [{"id": f"real-{i}", "source_url": f"https://example.org/{i}", "text": f"Passage {i}.", "gold": {"themes": []}}
            for i in range(3)]
    lines = [json.dumps(row) + "\n" for row in rows]
    path = tmp_path / "passages.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    passages, digest = read_real_passages(path, 2)
    assert [p.id for p in passages] == ["real-0", "real-1"]
    assert digest == hashlib.sha256("".join(lines[:2]).encode()).hexdigest()
    whole, whole_digest = read_real_passages(path)
    assert len(whole) == 3 and whole_digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert read_real_passages(path, 10)[1] == whole_digest


def test_shipped_models_were_trained_on_what_the_default_training_reads():
    # `spaser train themes` (no --real) must rebuild the shipped models: same real passages, same threshold rule
    from spaser_nlp.classify import load_theme_scorer

    _, _, digest = training_real_passages()
    for variant in ("default", "lexical"):
        metadata = load_theme_scorer(variant).metadata_
        assert metadata["real_passages_sha256"] == digest, variant
        assert metadata["model_version"] == MODEL_VERSION


@pytest.mark.slow
def test_bagged_thresholds_are_medians_of_the_fold_fits(tiny_corpus):
    taxonomy = load_taxonomy()
    corpus = load_corpus(tiny_corpus)
    train, dev = split_passages(corpus, "train"), split_passages(corpus, "dev")
    estimator = new_estimator("lexical", taxonomy, {"calibration_folds": 2})
    real = training_real_passages()[0]  # a few dozen passages per theme: each half keeps two of every theme
    messages: list[str] = []
    bagged = fit_theme_model(estimator, train, dev, real, threshold_rule="per-theme", threshold_bags=2,
                             progress=messages.append)
    assert sum("bagged thresholds: fitting without fold" in m for m in messages) == 2
    assert set(np.round(bagged.thresholds_, 3)) <= set(THRESHOLD_GRID) | {0.5}  # median of 3 grid values
    with pytest.raises(ValueError, match="threshold_bags"):
        fit_theme_model(estimator, train, dev, threshold_pool="dev+real", threshold_bags=2)


SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def test_threshold_rules_script_scores_every_rule_on_made_up_predictions(tmp_path):
    # the file `themes_oof_thresholds.py fit` writes, made up: 5 folds, 16 themes, probabilities that carry the truth
    generator = np.random.default_rng(8)
    themes = len(load_taxonomy().ids)

    def part(rows: int) -> tuple[np.ndarray, np.ndarray]:
        truth = (generator.random((rows, themes)) < 0.15).astype(int)
        return np.clip(0.35 * truth + 0.65 * generator.random((rows, themes)), 0, 1), truth

    syn, syn_truth = part(200)
    real, real_truth = part(100)
    dev_truth = (generator.random((120, themes)) < 0.15).astype(int)
    dev = np.stack([np.clip(0.35 * dev_truth + 0.65 * generator.random(dev_truth.shape), 0, 1) for _ in range(5)])
    path = tmp_path / "oof.npz"
    np.savez(path, syn_oof=syn, syn_fold=np.arange(200) % 5, syn_truth=syn_truth, real_oof=real,
             real_fold=np.arange(100) % 5, real_truth=real_truth, dev=dev, dev_truth=dev_truth, dev_half=np.arange(120) % 2)
    done = subprocess.run([sys.executable, str(SCRIPTS / "themes_threshold_rules.py"), "--out", str(path), "--per-theme"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    for rule in ("per-theme", "bootstrap", "global", "shrink:0.5", "bagged", "bagged-global"):
        row = next(line for line in lines if line.startswith(rule + " "))
        assert re.search(r"real OOF micro 0\.\d{3} macro\(>=8\) 0\.\d{3}", row), row
    global_row = next(line for line in lines if line.startswith("global "))
    assert "max " in global_row and re.search(r"s\.d\. mean (0\.\d{3}) max \1", global_row)  # one value for every theme
    # two runs are averaged (an ensemble): the run with itself scores as the run alone; other folds are refused
    twice = subprocess.run([sys.executable, str(SCRIPTS / "themes_threshold_rules.py"), "--out", str(path), str(path),
                            "--rules", "per-theme", "global"], capture_output=True, text=True, timeout=300)
    assert twice.returncode == 0 and twice.stdout.splitlines() == [line for line in lines if line.startswith(("per-theme ", "global "))]
    other = tmp_path / "other.npz"
    np.savez(other, **{**dict(np.load(path)), "real_fold": (np.arange(100) + 1) % 5})
    refused = subprocess.run([sys.executable, str(SCRIPTS / "themes_threshold_rules.py"), "--out", str(path), str(other)],
                             capture_output=True, text=True, timeout=300)
    assert refused.returncode != 0 and "real_fold differs" in refused.stderr


@pytest.mark.slow
def test_synthetic_compare_finds_no_drop_of_a_model_against_itself():
    done = subprocess.run([sys.executable, str(SCRIPTS / "themes_synthetic_compare.py"), "--reference", "WORKTREE",
                           "--candidate", "WORKTREE", "--variant", "lexical"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "macro-F1" in done.stdout and "style consultation" in done.stdout
    assert done.stdout.rstrip().endswith("0 figure(s) more than 0.02 below WORKTREE: none")
