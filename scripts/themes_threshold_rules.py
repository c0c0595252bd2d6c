"""Threshold rules compared by cross-validation on the training data (never the shared dev set).

    .venv/bin/python scripts/themes_oof_thresholds.py fit --variant default --embedding-cache DIR --out F.npz  # 5 fits
    .venv/bin/python scripts/themes_threshold_rules.py --out F.npz [--per-theme]
    .venv/bin/python scripts/themes_threshold_rules.py --out DEFAULT.npz LEXICAL.npz    # the two variants averaged

Reads the out-of-fold predictions written by ``themes_oof_thresholds.py fit``: 5 folds over the synthetic train
split (by passage group) and the real passages of ``corpora/real`` (by source page); fold *k*'s model is fitted on
the other folds and predicts fold *k* and the whole synthetic dev split.

Every rule tunes thresholds on **synthetic dev probabilities of fold k's model** (where the shipped protocol tunes
them), with :func:`spaser_nlp.classify.thresholds.choose_thresholds` (``per-theme`` is the shipped rule), plus:

* ``bagged``: the median of the other 4 fold models' per-theme thresholds (needs extra fits at training time);
  its s.d. is the jackknife estimate from those 5 leave-one-model-out medians;
* ``bagged-global``: the same for the global threshold.

Scored, fold *k*'s passages with fold *k*'s thresholds: the real out-of-fold passages (micro / macro-F1 over themes
with >= 8 passages; the real passages were not used to tune anything), the synthetic train out-of-fold passages; and
the synthetic dev split, each half (by passage group) with thresholds tuned on the other half, votes of the 5 fold
models. "threshold s.d.": spread over the 5 fold models of each theme's threshold (mean / max over themes): how much
a threshold moves between near-identical models, the instability the rules are meant to remove.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.thresholds import choose_thresholds
from spaser_nlp.evaluate.themes_real import gold_scores

FOLDS = 5
RULES = ("per-theme", "bootstrap", "half-f1", "global", "shrink:0.25", "shrink:0.5", "shrink:0.75", "bagged", "bagged-global")


PROBABILITIES = ("syn_oof", "real_oof", "dev")


def average_runs(paths: list[Path]) -> dict[str, np.ndarray]:
    """One run's arrays, or several runs' probabilities averaged (their folds, truths and halves must be equal)."""
    runs = [dict(np.load(path)) for path in paths]
    data = runs[0]
    for other in runs[1:]:
        for key, value in data.items():
            if key not in PROBABILITIES and not np.array_equal(value, other[key]):
                raise SystemExit(f"{key} differs between the runs: not the same folds or passages")
    return {key: np.mean([run[key] for run in runs], axis=0) if key in PROBABILITIES else value for key, value in data.items()}


def decide(probabilities: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    return (probabilities >= thresholds).astype(np.int64)


def fold_thresholds(rule: str, dev: np.ndarray, truth: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """``(FOLDS, k)``: each fold model's thresholds under ``rule``, tuned on the synthetic dev rows in ``mask``."""
    rows = np.ones(len(truth), dtype=bool) if mask is None else mask
    base = {"bagged": "per-theme", "bagged-global": "global"}.get(rule, rule)
    each = np.stack([choose_thresholds(base, dev[k][rows], truth[rows]) for k in range(FOLDS)])
    if rule.startswith("bagged"):
        # fold k's model is scored with the median of the *other* fold models' thresholds
        each = np.stack([np.median(np.delete(each, k, axis=0), axis=0) for k in range(FOLDS)])
    return each


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, nargs="+", required=True,
                        help="the .npz of themes_oof_thresholds.py fit; several (same folds, e.g. the two variants): "
                        "their probabilities are averaged (an ensemble)")
    parser.add_argument("--rules", nargs="*", default=list(RULES))
    parser.add_argument("--per-theme", action="store_true", help="also print per-theme real OOF F1 and thresholds")
    args = parser.parse_args()
    themes = load_taxonomy().ids
    data = average_runs(args.out)
    real_truth, syn_truth, dev_truth, half = data["real_truth"], data["syn_truth"], data["dev_truth"], data["dev_half"]
    rows = []
    for rule in args.rules:
        thresholds = fold_thresholds(rule, data["dev"], dev_truth)
        real_pred, syn_pred = np.zeros_like(real_truth), np.zeros_like(syn_truth)
        for k in range(FOLDS):
            real_pred[data["real_fold"] == k] = decide(data["real_oof"][data["real_fold"] == k], thresholds[k])
            syn_pred[data["syn_fold"] == k] = decide(data["syn_oof"][data["syn_fold"] == k], thresholds[k])
        votes = np.zeros(dev_truth.shape)
        for h in (0, 1):
            other = fold_thresholds(rule, data["dev"], dev_truth, half != h)
            for k in range(FOLDS):
                votes[half == h] += decide(data["dev"][k][half == h], other[k])
        dev_pred = (votes >= FOLDS / 2).astype(np.int64)
        r, s, d = (gold_scores(p, t, themes) for p, t in ((real_pred, real_truth), (syn_pred, syn_truth), (dev_pred, dev_truth)))
        # bagged: jackknife s.d. of the median (its 5 leave-one-model-out values, scaled by sqrt(FOLDS - 1))
        spread = thresholds.std(axis=0) * (np.sqrt(FOLDS - 1) if rule.startswith("bagged") else 1.0)
        note = " (jackknife)" if rule.startswith("bagged") else ""
        print(f"{rule:13s} real OOF micro {r['micro_f1']:.3f} macro(>=8) {r['macro_f1_supported']:.3f}"
              f" | syn train OOF micro {s['micro_f1']:.3f} macro {s['macro_f1']:.3f}"
              f" | syn dev micro {d['micro_f1']:.3f} macro {d['macro_f1']:.3f}"
              f" | threshold s.d. mean {spread.mean():.3f} max {spread.max():.3f}{note}", flush=True)
        rows.append((rule, r, s, thresholds.mean(axis=0)))
    if args.per_theme:
        print("\nper theme: real OOF F1 / synthetic train OOF F1 / mean threshold; support real")
        print("theme".ljust(34) + "sup " + "".join(rule.rjust(18) for rule, *_ in rows))
        for j, theme in enumerate(themes):
            cells = "".join(f"{r['per_theme'][theme]['f1']:.2f}/{s['per_theme'][theme]['f1']:.2f}/{t[j]:.3f}".rjust(18)
                            for _, r, s, t in rows)
            print(theme[:33].ljust(34) + f"{rows[0][1]['per_theme'][theme]['support']:3d} " + cells)


if __name__ == "__main__":
    main()
