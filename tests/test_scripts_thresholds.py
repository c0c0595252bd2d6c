"""The two threshold experiments of ``scripts/``: ``themes_decision_cv.py`` and ``themes_oof_thresholds.py``.

Their pure rules (grid search of F1-optimal thresholds, weighted and smoothed; the "at least one theme" floor;
which out-of-fold parts tune fold *k*'s thresholds) are checked on small hand-made arrays, and their ``score``,
``weights``, ``thresholds`` and ``colabel`` commands run end to end on small made-up probability files (the
``fit`` commands, which train 5 models, are not run here). Fast: no model is trained.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.model import best_threshold

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
THEMES = load_taxonomy().ids


@pytest.fixture(scope="module")
def scripts() -> Iterator[tuple[ModuleType, ModuleType]]:
    """(themes_decision_cv, themes_oof_thresholds): the second imports the first by name, from scripts/."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(SCRIPTS))
        yield importlib.import_module("themes_decision_cv"), importlib.import_module("themes_oof_thresholds")


def _run(script: str, *args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, str(SCRIPTS / script), *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


# --- themes_decision_cv: the rules ---------------------------------------------------------------------


def test_best_threshold_maximises_f1_and_breaks_ties_towards_one_half(scripts) -> None:
    cv, _ = scripts
    probabilities = np.array([0.1, 0.3, 0.6, 0.9])
    # every threshold in (0.3, 0.6] separates the classes: the one nearest 0.5 wins
    assert cv._best(probabilities, np.array([0, 0, 1, 1]), cv.NARROW) == 0.5
    # (0.1, 0.3] separates them: 0.3 is the grid value nearest 0.5 there
    assert cv._best(probabilities, np.array([0, 1, 1, 1]), cv.NARROW) == 0.3
    # a positive at 0.1 is out of the narrow grid's reach, not of the wide one's
    low = np.array([0.05, 0.1, 0.6, 0.9])
    assert cv._best(low, np.array([0, 1, 1, 1]), cv.NARROW) == 0.5  # F1 0.8 on all of [0.2, 0.6]
    assert cv._best(low, np.array([0, 1, 1, 1]), cv.WIDE) == 0.1


def test_the_sdev_rule_is_the_shipped_threshold_rule(scripts) -> None:
    """The scripts call ``sdev`` "the shipped rule": same grid and tie-break as spaser_nlp.classify.model."""
    cv, _ = scripts
    rng = np.random.default_rng(7)
    for _ in range(20):
        probabilities = rng.random(40)
        truth = (rng.random(40) < probabilities).astype(int)
        assert cv._best(probabilities, truth, cv.NARROW) == best_threshold(probabilities, truth)
        assert cv._weighted_best([(probabilities, truth, 1.0)], cv.NARROW) == best_threshold(probabilities, truth)


def test_thresholds_of_a_theme_without_positives_stay_at_one_half(scripts) -> None:
    cv, _ = scripts
    probabilities = np.array([[0.9, 0.9], [0.1, 0.1], [0.7, 0.3]])
    truth = np.array([[1, 0], [0, 0], [1, 0]])
    assert cv._thresholds(probabilities, truth, cv.NARROW).tolist() == [0.5, 0.5]
    truth[2, 0] = 0  # now (0.7, 0.9] separates theme 0: 0.725 is the grid value nearest 0.5 there
    assert cv._thresholds(probabilities, truth, cv.NARROW).tolist() == [0.725, 0.5]
    # weighted: a theme whose only positives are in a part of weight 0 is not tuned either
    parts = [(probabilities, np.zeros_like(truth), 1.0), (probabilities, truth, 0.0)]
    assert cv._weighted_thresholds(parts, cv.NARROW).tolist() == [0.5, 0.5]


def test_weighted_thresholds_count_each_part_by_its_weight(scripts) -> None:
    cv, _ = scripts
    rng = np.random.default_rng(3)
    synthetic = (rng.random((60, 3)), (rng.random((60, 3)) < 0.3).astype(int))
    real = (rng.random((25, 3)), (rng.random((25, 3)) < 0.3).astype(int))
    alone = cv._weighted_thresholds([(*synthetic, 1.0)], cv.NARROW)
    assert alone.tolist() == cv._thresholds(*synthetic, cv.NARROW).tolist()
    assert cv._weighted_thresholds([(*synthetic, 1.0), (*real, 0.0)], cv.NARROW).tolist() == alone.tolist()
    # scaling every weight changes nothing; weight 2 is the part counted twice
    assert (cv._weighted_thresholds([(*synthetic, 3.0), (*real, 6.0)], cv.NARROW).tolist()
            == cv._weighted_thresholds([(*synthetic, 1.0), (*real, 2.0)], cv.NARROW).tolist())
    twice = (np.vstack([real[0], real[0]]), np.vstack([real[1], real[1]]))
    assert (cv._weighted_thresholds([(*synthetic, 1.0), (*real, 2.0)], cv.NARROW).tolist()
            == cv._weighted_thresholds([(*synthetic, 1.0), (*twice, 1.0)], cv.NARROW).tolist())


def test_smoothing_prefers_a_broad_optimum_to_a_single_peak(scripts) -> None:
    cv, _ = scripts
    grid = np.array([0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    probabilities = np.array([0.25, 0.55, 0.55, 0.55, 0.55, 0.45, 0.45, 0.45, 0.75, 0.75, 0.75])
    truth = np.array([1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0])
    # F1 by threshold: 0.71 0.63 0.63 0.77 0.22 0.22 0.0: a peak at 0.5 between much lower values
    assert cv._weighted_best([(probabilities, truth, 1.0)], grid) == 0.5
    assert cv._weighted_best([(probabilities, truth, 1.0)], grid, smooth=1) == 0.2


def test_the_floor_gives_an_empty_passage_its_best_theme_relative_to_its_threshold(scripts) -> None:
    cv, _ = scripts
    thresholds = np.array([0.5, 0.2, 0.8])
    probabilities = np.array([
        [0.6, 0.1, 0.1],  # has a theme: unchanged
        [0.3, 0.15, 0.1],  # no theme; ratios 0.6, 0.75, 0.125: the second theme, though less probable
        [0.1, 0.05, 0.3],  # no theme; best ratio 0.375 < floor 0.5: stays empty
    ])
    assert cv.decide(probabilities, thresholds, None).tolist() == [[1, 0, 0], [0, 0, 0], [0, 0, 0]]
    assert cv.decide(probabilities, thresholds, 0.5).tolist() == [[1, 0, 0], [0, 1, 0], [0, 0, 0]]
    assert cv.decide(probabilities, thresholds, 0.3).tolist() == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]


def test_a_lexical_estimator_needs_no_embedding(scripts) -> None:
    cv, _ = scripts
    from spaser_nlp.classify.corpus import LabelledPassage
    from spaser_nlp.classify.train import new_estimator

    emb = cv.embedding_lookup(new_estimator("lexical", load_taxonomy()), [
        LabelledPassage(id="a", text="Un texte.", labels=(), split="train", style="sentence", origin="written")], None)
    assert emb([]) is None


# --- themes_oof_thresholds: which parts tune fold k ----------------------------------------------------


def _part_data() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(0)
    return {
        "syn_oof": rng.random((6, 2)), "syn_truth": np.eye(2, dtype=int)[[0, 1, 0, 1, 0, 1]],
        "syn_fold": np.array([0, 1, 2, 3, 4, 1]),
        "real_oof": rng.random((4, 2)), "real_truth": np.eye(2, dtype=int)[[1, 0, 1, 0]],
        "real_fold": np.array([1, 1, 0, 2]),
        "dev": rng.random((5, 3, 2)), "dev_truth": np.eye(2, dtype=int)[[0, 1, 1]],
    }


def test_parts_leave_the_outer_fold_out_and_weight_the_real_passages(scripts) -> None:
    _, oof = scripts
    data = _part_data()
    (dev, dev_truth, weight), = oof._parts("sdev", data, 2)
    assert np.array_equal(dev, data["dev"][2]) and np.array_equal(dev_truth, data["dev_truth"]) and weight == 1.0

    syn, real = oof._parts("oof", data, 1)
    assert np.array_equal(syn[0], data["syn_oof"][[0, 2, 3, 4]]) and np.array_equal(syn[1], data["syn_truth"][[0, 2, 3, 4]])
    assert np.array_equal(real[0], data["real_oof"][[2, 3]]) and real[2] == 1.0
    assert oof._parts("oof,r4", data, 1)[1][2] == 4.0
    assert len(oof._parts("oof,syn-only", data, 1)) == 1
    pooled = oof._parts("oof+dev", data, 1)
    assert len(pooled) == 3 and np.array_equal(pooled[2][0], data["dev"][1])

    # no fold held out (the final thresholds): every passage, and the mean of the fold models on dev
    syn, real, dev_part = oof._parts("oof+dev", data, None)
    assert len(syn[0]) == 6 and len(real[0]) == 4
    assert np.allclose(dev_part[0], data["dev"].mean(axis=0))
    # a dev mask keeps the chosen dev rows only (the half-split scoring of sdev)
    (dev, dev_truth, _), = oof._parts("sdev", data, 0, dev_mask=np.array([True, False, True]))
    assert np.array_equal(dev, data["dev"][0][[0, 2]]) and np.array_equal(dev_truth, data["dev_truth"][[0, 2]])


# --- end to end on made-up probability files ------------------------------------------------------------


def _probabilities(truth: np.ndarray, positive: dict[int, float], negative: dict[int, float]) -> np.ndarray:
    """Column j: ``positive[j]`` where truth is 1, ``negative[j]`` elsewhere (0.01 for columns not named)."""
    out = np.full(truth.shape, 0.01)
    for j, value in positive.items():
        out[:, j] = np.where(truth[:, j] == 1, value, negative[j])
    return out


def _truth(n: int) -> np.ndarray:
    truth = np.zeros((n, len(THEMES)), dtype=int)
    truth[::2, 0] = 1
    truth[::3, 1] = 1
    return truth


def _scores(lines: list[str], prefix: str) -> float:
    (line,) = [line for line in lines if line.startswith(prefix)]
    return float(re.search(r"real micro (\d\.\d{3})", line).group(1))  # type: ignore[union-attr]


def test_decision_cv_score_compares_the_rules_on_saved_probabilities(tmp_path: Path) -> None:
    """Theme 0's positives sit at 0.15, below the narrow grid: only the wide grid's rules can find them."""
    real_truth, dev_truth = _truth(40), _truth(20)
    shape = {0: 0.15, 1: 0.9}, {0: 0.02, 1: 0.1}
    np.savez(tmp_path / "p.npz", real_oof=_probabilities(real_truth, *shape), fold=np.arange(40) % 5,
             dev=np.stack([_probabilities(dev_truth, *shape)] * 5), real_truth=real_truth, dev_truth=dev_truth)
    lines = _run("themes_decision_cv.py", "score", "--out", tmp_path / "p.npz", cwd=tmp_path).stdout.splitlines()
    for rule in ("sdev", "real", "pooled"):
        for floor in ("  ", "+1"):
            assert _scores(lines, f"{rule:6s} wide   {floor}") == 1.0
            assert _scores(lines, f"{rule:6s} narrow {floor}") < 0.9
    assert sum(line.split(" ")[0] in THEMES for line in lines) == len(THEMES)  # the per-theme table


def test_decision_cv_weights_runs_on_the_corpus_dev_split(tmp_path: Path) -> None:
    from spaser_nlp.classify.corpus import load_corpus, split_passages

    dev_truth = _truth(len(split_passages(load_corpus(), "dev")))
    real_truth = _truth(30)
    shape = {0: 0.7, 1: 0.9}, {0: 0.3, 1: 0.1}
    np.savez(tmp_path / "p.npz", real_oof=_probabilities(real_truth, *shape), fold=np.arange(30) % 5,
             dev=np.stack([_probabilities(dev_truth, *shape)] * 5), real_truth=real_truth, dev_truth=dev_truth)
    out = _run("themes_decision_cv.py", "weights", "--weights", "0,1", "--out", tmp_path / "p.npz", cwd=tmp_path).stdout
    rows = [line for line in out.splitlines() if line.startswith("w=")]
    assert [row.split()[0] for row in rows] == ["w=0.0", "w=1.0"]
    # the classes are separable in every part: whatever the weight, every passage is right
    assert all("real micro 1.000" in row and "micro 1.000 macro" in row.split("|")[1] for row in rows)


def _oof_file(path: Path) -> Path:
    """Theme 0: out-of-fold positives at 0.35 (negatives 0.1), dev positives at 0.75 (negatives 0.6)."""
    syn_truth, real_truth, dev_truth = _truth(50), _truth(30), _truth(20)
    oof_shape = {0: 0.35, 1: 0.9}, {0: 0.1, 1: 0.1}
    dev_shape = {0: 0.75, 1: 0.9}, {0: 0.6, 1: 0.1}
    np.savez(path, syn_oof=_probabilities(syn_truth, *oof_shape), syn_fold=np.arange(50) % 5, syn_truth=syn_truth,
             syn_style=np.array(["sentence"] * 50), real_oof=_probabilities(real_truth, *oof_shape),
             real_fold=np.arange(30) % 5, real_truth=real_truth, dev=np.stack([_probabilities(dev_truth, *dev_shape)] * 5),
             dev_truth=dev_truth, dev_half=np.arange(20) % 2)
    return path


def test_oof_thresholds_are_tuned_on_what_the_rule_names(tmp_path: Path) -> None:
    data = _oof_file(tmp_path / "p.npz")
    by_rule = {rule: json.loads(_run("themes_oof_thresholds.py", "thresholds", "--rule", rule, "--out", data,
                                     cwd=tmp_path).stdout) for rule in ("oof", "sdev")}
    for thresholds in by_rule.values():
        assert list(thresholds) == THEMES
        assert all(value == 0.5 for theme, value in thresholds.items() if theme not in THEMES[:2])
        assert thresholds[THEMES[1]] == 0.5  # separable between 0.1 and 0.9 everywhere
    assert by_rule["oof"][THEMES[0]] == 0.35  # (0.1, 0.35] separates the out-of-fold passages
    assert by_rule["sdev"][THEMES[0]] == 0.625  # (0.6, 0.75] separates the synthetic dev split


def test_oof_score_and_colabel_run_on_saved_probabilities(tmp_path: Path) -> None:
    data = _oof_file(tmp_path / "p.npz")
    lines = _run("themes_oof_thresholds.py", "score", "--out", data, cwd=tmp_path).stdout.splitlines()
    rules = [line.split()[0] for line in lines if " real micro " in line]
    assert rules == ["sdev", "oof", "oof+dev", "oof,r2", "oof,r4", "oof,syn-only"]
    assert _scores(lines, "oof ") == 1.0
    assert _scores(lines, "sdev ") < 0.9  # its dev-tuned threshold (0.625) misses the positives at 0.35
    assert sum(line[:37].strip() in [t[:37] for t in THEMES] for line in lines) == len(THEMES)

    lines = _run("themes_oof_thresholds.py", "colabel", "--out", data, cwd=tmp_path).stdout.splitlines()
    assert len(lines) == 2 * 2 * 4
    # at factor 1 the co-label rule adds nothing: both families give the plain rule's scores
    for rule in ("sdev", "oof"):
        plain = [line.split("f=1.0")[1] for line in lines if line.startswith(rule + " ") and "f=1.0" in line]
        assert len(plain) == 2 and plain[0] == plain[1]
