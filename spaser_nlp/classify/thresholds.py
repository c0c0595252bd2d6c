"""Threshold rules: how per-theme decision thresholds are chosen from tuning probabilities.

Each rule takes an ``(n, k)`` matrix of calibrated probabilities and the ``(n, k)`` 0/1 truth of the tuning
passages (optionally weighted) and returns ``k`` thresholds, searched on the grid ``THRESHOLD_GRID``
([0.2, 0.8], step 0.025):

* ``"per-theme"``: each theme's F1-optimal threshold (the rule of models 1.2.0 to 1.5.0). On 532 synthetic dev
  passages the F1 curves are flat near their top, so near-identical models get thresholds about 0.1 apart;
* ``"global"``: one threshold for every theme, the one that maximises micro-F1 over the pooled decisions (the
  probabilities are calibrated, so one cut-off has the same meaning for every theme);
* ``"shrink:S"``: ``(1 - S) * per-theme + S * global`` (S in [0, 1]);
* ``"half-f1"``: half each theme's best F1 (read on a fine grid): for calibrated probabilities the F1-optimal
  threshold is half the optimal F1, and the height of a flat curve is a far steadier estimate than its arg-max
  (the rule of 1.6.0);
* ``"bootstrap"``: each theme's F1-optimal threshold on :data:`BOOTSTRAP_ROUNDS` bootstrap resamples of the
  tuning passages (fixed seed), their median: the arg-max of a flat, noisy curve averaged out (no extra fit).

A theme without a positive tuning passage gets 0.5 under the per-theme rules. Ties go to the threshold nearest
0.5, then to the lower one, as :func:`~spaser_nlp.classify.model.best_threshold`. Measured by cross-validation on
the training data: ``scripts/themes_threshold_rules.py``, model card.
"""

from __future__ import annotations

import numpy as np

THRESHOLD_GRID = np.round(np.arange(0.2, 0.801, 0.025), 3)
BOOTSTRAP_ROUNDS = 200
BOOTSTRAP_SEED = 0
RULES = ("per-theme", "global", "shrink:S", "bootstrap", "half-f1")
#: The fine grid on which ``half-f1`` reads each theme's best F1.
_FINE_GRID = np.round(np.arange(0.05, 0.951, 0.01), 3)


def _weights(truth: np.ndarray, weights: np.ndarray | None) -> np.ndarray:
    return np.ones(truth.shape[0]) if weights is None else np.asarray(weights, dtype=np.float64)


def f1_curves(probabilities: np.ndarray, truth: np.ndarray, weights: np.ndarray | None = None,
              grid: np.ndarray = THRESHOLD_GRID) -> np.ndarray:
    """``(len(grid), k)``: each theme's (weighted) F1 at each grid threshold (0 where nothing is predicted or true)."""
    probabilities, truth = np.asarray(probabilities, dtype=np.float64), np.asarray(truth) > 0
    w = _weights(truth, weights)[:, None]
    curves = np.zeros((len(grid), truth.shape[1]))
    positives = (w * truth).sum(axis=0)
    for row, threshold in enumerate(grid):
        predicted = probabilities >= threshold
        true_positive = (w * (predicted & truth)).sum(axis=0)
        denominator = (w * predicted).sum(axis=0) + positives
        curves[row] = np.divide(2 * true_positive, denominator, out=np.zeros_like(true_positive), where=denominator > 0)
    return curves


def _arg_best(curve: np.ndarray, grid: np.ndarray) -> float:
    """The grid value of the highest score; ties: nearest 0.5, then the lower value."""
    rounded = np.round(curve, 12)
    candidates = np.flatnonzero(rounded == rounded.max())
    return float(grid[min(candidates, key=lambda index: (abs(float(grid[index]) - 0.5), index))])


def per_theme_thresholds(probabilities: np.ndarray, truth: np.ndarray, weights: np.ndarray | None = None,
                         grid: np.ndarray = THRESHOLD_GRID) -> np.ndarray:
    """Each theme's F1-optimal grid threshold (0.5 for a theme without a positive tuning passage)."""
    truth = np.asarray(truth) > 0
    curves = f1_curves(probabilities, truth, weights, grid)
    return np.array([_arg_best(curves[:, j], grid) if truth[:, j].any() else 0.5 for j in range(truth.shape[1])])


def global_threshold(probabilities: np.ndarray, truth: np.ndarray, weights: np.ndarray | None = None,
                     grid: np.ndarray = THRESHOLD_GRID) -> float:
    """The grid threshold maximising micro-F1 over every (passage, theme) decision of the themes with a positive."""
    probabilities, truth = np.asarray(probabilities, dtype=np.float64), np.asarray(truth) > 0
    keep = truth.any(axis=0)
    w = _weights(truth, weights)[:, None]
    scores = np.zeros(len(grid))
    positives = float((w * truth[:, keep]).sum())
    for row, threshold in enumerate(grid):
        predicted = probabilities[:, keep] >= threshold
        true_positive = float((w * (predicted & truth[:, keep])).sum())
        denominator = float((w * predicted).sum()) + positives
        scores[row] = 2 * true_positive / denominator if denominator else 0.0
    return _arg_best(scores, grid)


def bootstrap_thresholds(probabilities: np.ndarray, truth: np.ndarray, weights: np.ndarray | None = None, *,
                         rounds: int = BOOTSTRAP_ROUNDS, seed: int = BOOTSTRAP_SEED,
                         grid: np.ndarray = THRESHOLD_GRID) -> np.ndarray:
    """Per theme, the median of the F1-optimal thresholds of ``rounds`` bootstrap resamples of the tuning passages."""
    probabilities, truth = np.asarray(probabilities, dtype=np.float64), np.asarray(truth) > 0
    w = _weights(truth, weights)
    generator = np.random.default_rng(seed)
    chosen = np.zeros((rounds, truth.shape[1]))
    for r in range(rounds):
        sample = generator.integers(0, len(truth), len(truth))
        chosen[r] = per_theme_thresholds(probabilities[sample], truth[sample], w[sample], grid)
    thresholds = np.median(chosen, axis=0)
    thresholds[~truth.any(axis=0)] = 0.5
    return thresholds


def half_f1_thresholds(probabilities: np.ndarray, truth: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Per theme, half its best attainable F1 on the tuning passages, at least 0.05 (0.5 for a theme without a
    positive, or whose F1 is zero at every threshold).

    For calibrated probabilities the F1-optimal threshold is half the optimal F1 (Lipton, Elkan and Naryanaswamy,
    "Optimal thresholding of classifiers to maximize F1 measure", ECML 2014). The *height* of a flat F1 curve is
    a far steadier estimate than the place of its maximum, which is what the per-theme rule reads.
    """
    truth = np.asarray(truth) > 0
    best = f1_curves(probabilities, truth, weights, _FINE_GRID).max(axis=0)
    # no F1 above zero anywhere (no positive found at any threshold): no evidence, 0.5 as for a theme without positives;
    # otherwise never below the fine grid's floor (half of a tiny F1 would take nearly every passage)
    halves = np.maximum(np.round(best / 2, 3), float(_FINE_GRID[0]))
    return np.where(truth.any(axis=0) & (best > 0), halves, 0.5)


def choose_thresholds(rule: str, probabilities: np.ndarray, truth: np.ndarray,
                      weights: np.ndarray | None = None) -> np.ndarray:
    """The thresholds of ``rule`` (``"per-theme"``, ``"global"``, ``"shrink:S"``, ``"bootstrap"``)."""
    truth = np.asarray(truth) > 0
    if rule == "per-theme":
        return per_theme_thresholds(probabilities, truth, weights)
    if rule == "global":
        return np.full(truth.shape[1], global_threshold(probabilities, truth, weights))
    if rule == "bootstrap":
        return bootstrap_thresholds(probabilities, truth, weights)
    if rule == "half-f1":
        return half_f1_thresholds(probabilities, truth, weights)
    if rule.startswith("shrink:"):
        try:
            shrink = float(rule.split(":", 1)[1])
        except ValueError:
            shrink = -1.0
        if not 0.0 <= shrink <= 1.0:
            raise ValueError(f"shrink rule needs a factor in [0, 1], got {rule!r}")
        per_theme = per_theme_thresholds(probabilities, truth, weights)
        pooled = global_threshold(probabilities, truth, weights)
        return np.where(truth.any(axis=0), (1.0 - shrink) * per_theme + shrink * pooled, 0.5)
    raise ValueError(f"threshold rule must be one of {RULES}, got {rule!r}")


__all__ = ["BOOTSTRAP_ROUNDS", "RULES", "THRESHOLD_GRID", "bootstrap_thresholds", "choose_thresholds", "f1_curves",
           "global_threshold", "half_f1_thresholds", "per_theme_thresholds"]
