"""Modelling candidates against a baseline, by cross-validation on the training data only (never the shared dev set).

    .venv/bin/python scripts/themes_oof_thresholds.py fit --variant default --embedding-cache DIR --out BASE.npz
    .venv/bin/python scripts/themes_oof_thresholds.py fit --variant default --embedding-cache DIR --real-weight 2 --out W2.npz
    .venv/bin/python scripts/themes_cv_candidates.py --baseline BASE.npz --candidate "real x2=W2.npz" [--pool-real 1]

Each ``.npz`` holds the out-of-fold predictions of ``themes_oof_thresholds.py fit`` (5 folds over the synthetic train
split by passage group and over ``corpora/real`` by source page; fold *k*'s model predicts fold *k* and the whole
synthetic dev split). Thresholds follow the shipped rule (``half-f1``, :data:`spaser_nlp.classify.train.THRESHOLD_RULE`)
tuned, for fold *k*, on fold *k*'s model's synthetic dev probabilities (as the shipped protocol tunes them). Scored
with fold *k*'s thresholds: the real out-of-fold passages (micro-F1, macro-F1 over themes with >= 8 real passages),
the synthetic train out-of-fold passages (micro-F1), and the synthetic dev split (micro-F1; each half, by passage
group, with thresholds tuned on the other half; votes of the 5 fold models). Per theme, every real out-of-fold F1
that moves by more than ``--delta`` against the baseline is listed.

``--pool-real W`` (candidate d) adds, for every run, a row whose thresholds are tuned on synthetic dev pooled with
the real out-of-fold probabilities of the *other* folds, each real passage counted W times: what
``fit_theme_model(threshold_pool="dev+real", real_weight=W)`` does at training time with an inner cross-validation
on ``corpora/real``. Approximation: the other folds' real probabilities come from the outer fold models, which saw
fold *k*'s passages in training (no nested refit: 25 fits). The real passages that tune these thresholds are labelled
by the same person, collected the same way, as the scored ones: read a gain of this row as optimistic (the model card
records two earlier real-pool threshold rules that gained here and did not transfer to the dev set).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from themes_threshold_rules import average_runs, decide

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import load_real_passages
from spaser_nlp.classify.thresholds import choose_thresholds
from spaser_nlp.classify.train import THRESHOLD_RULE
from spaser_nlp.evaluate.themes_real import gold_scores

FOLDS = 5


def fold_thresholds(data: dict, rule: str, pool_real: float, dev_mask: np.ndarray | None = None) -> list[np.ndarray]:
    """Per outer fold *k*: thresholds of ``rule`` tuned on fold *k*'s synthetic dev probabilities (rows in
    ``dev_mask``), pooled with the other folds' real out-of-fold probabilities weighted ``pool_real`` when > 0."""
    rows = np.ones(len(data["dev_truth"]), dtype=bool) if dev_mask is None else dev_mask
    chosen = []
    for k in range(FOLDS):
        probabilities, truth = [data["dev"][k][rows]], [data["dev_truth"][rows]]
        weights = [np.ones(int(rows.sum()))]
        if pool_real > 0:
            other = data["real_fold"] != k
            probabilities.append(data["real_oof"][other])
            truth.append(data["real_truth"][other])
            weights.append(np.full(int(other.sum()), pool_real))
        chosen.append(choose_thresholds(rule, np.vstack(probabilities), np.vstack(truth), np.concatenate(weights)))
    return chosen


def evaluate(data: dict, themes: list[str], rule: str, pool_real: float = 0.0) -> dict:
    """Real OOF, synthetic train OOF and synthetic dev (half-split) scores of one run under one threshold rule."""
    thresholds = fold_thresholds(data, rule, pool_real)
    real_pred, syn_pred = np.zeros_like(data["real_truth"]), np.zeros_like(data["syn_truth"])
    for k in range(FOLDS):
        real_pred[data["real_fold"] == k] = decide(data["real_oof"][data["real_fold"] == k], thresholds[k])
        syn_pred[data["syn_fold"] == k] = decide(data["syn_oof"][data["syn_fold"] == k], thresholds[k])
    half = data["dev_half"]
    votes = np.zeros(data["dev_truth"].shape)
    for h in (0, 1):
        other = fold_thresholds(data, rule, pool_real, half != h)
        for k in range(FOLDS):
            votes[half == h] += decide(data["dev"][k][half == h], other[k])
    dev_pred = (votes >= FOLDS / 2).astype(np.int64)
    return {
        "real_pred": real_pred,
        "real": gold_scores(real_pred, data["real_truth"], themes),
        "syn": gold_scores(syn_pred, data["syn_truth"], themes),
        "dev": gold_scores(dev_pred, data["dev_truth"], themes),
        "thresholds": np.mean(thresholds, axis=0),
    }


def _micro_counts(predicted: np.ndarray, truth: np.ndarray) -> np.ndarray:
    """Per passage: true positives, predicted and true theme counts (micro-F1 = 2 sum tp / (sum pred + sum true))."""
    return np.stack([(predicted & truth).sum(axis=1), predicted.sum(axis=1), truth.sum(axis=1)], axis=1).astype(np.float64)


def paired_interval(candidate: np.ndarray, baseline: np.ndarray, truth: np.ndarray, pages: np.ndarray,
                    rounds: int, seed: int = 0) -> tuple[float, float]:
    """5 % and 95 % quantiles of the real OOF micro-F1 difference (candidate - baseline) over ``rounds`` bootstrap
    resamples of the source pages (a page's passages go together, as in the folds)."""
    page_ids, page_of = np.unique(pages, return_inverse=True)
    per_page_c = np.zeros((len(page_ids), 3))
    per_page_b = np.zeros((len(page_ids), 3))
    np.add.at(per_page_c, page_of, _micro_counts(candidate, truth))
    np.add.at(per_page_b, page_of, _micro_counts(baseline, truth))
    generator = np.random.default_rng(seed)
    differences = np.zeros(rounds)
    for r in range(rounds):
        weights = np.bincount(generator.integers(0, len(page_ids), len(page_ids)), minlength=len(page_ids))
        c, b = weights @ per_page_c, weights @ per_page_b
        differences[r] = 2 * c[0] / (c[1] + c[2]) - 2 * b[0] / (b[1] + b[2])
    low, high = np.quantile(differences, [0.05, 0.95])
    return float(low), float(high)


def _changes(row: dict, base: dict, themes: list[str], delta: float) -> str:
    moved = []
    for theme in themes:
        before, after = base["real"]["per_theme"][theme], row["real"]["per_theme"][theme]
        if abs(after["f1"] - before["f1"]) > delta:
            moved.append(f"{theme} ({after['support']}) {before['f1']:.2f} -> {after['f1']:.2f}")
    return "; ".join(moved) or "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the .npz of the shipped setting")
    parser.add_argument("--candidate", action="append", default=[], metavar="NAME=FILE.npz")
    parser.add_argument("--rule", default=THRESHOLD_RULE, help=f"threshold rule (default: the shipped {THRESHOLD_RULE!r})")
    parser.add_argument("--pool-real", type=float, action="append", default=[], metavar="W",
                        help="also score each run with thresholds tuned on synthetic dev + real OOF (weight W)")
    parser.add_argument("--delta", type=float, default=0.03, help="list per-theme real OOF F1 changes larger than this")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N",
                        help="also give the 90 %% interval of the real OOF micro-F1 difference to the baseline over N "
                        "bootstrap resamples of the source pages (reads corpora/real for the pages)")
    args = parser.parse_args()
    themes = load_taxonomy().ids
    runs = [("baseline", args.baseline)]
    for item in args.candidate:
        name, _, path = item.rpartition("=")
        runs.append((name or Path(path).stem, Path(path)))
    base = evaluate(average_runs([args.baseline]), themes, args.rule)
    pages = None
    if args.bootstrap:
        pages = np.array([p.group for p in load_real_passages()])
        if len(pages) != len(base["real_pred"]):
            raise SystemExit(f"corpora/real has {len(pages)} passages, the runs {len(base['real_pred'])}: not the same data")
    print("| run | thresholds | real OOF micro / macro (>= 8) | synthetic train OOF micro | synthetic dev micro (half-split) |"
          " real OOF per-theme F1 changes > %.2f against the baseline |" % args.delta
          + (" real OOF micro difference, 90 %% page bootstrap (%d) |" % args.bootstrap if pages is not None else ""))
    print("| --- | --- | --- | ---: | ---: | --- |" + (" --- |" if pages is not None else ""))
    for name, path in runs:
        data = average_runs([path])
        for pool in [0.0, *args.pool_real]:
            row = base if (name == "baseline" and pool == 0.0) else evaluate(data, themes, args.rule, pool)
            label = f"{args.rule} on synthetic dev" + (f" + real OOF x{pool:g}" if pool else "")
            print(f"| {name} | {label} | {row['real']['micro_f1']:.3f} / {row['real']['macro_f1_supported']:.3f} |"
                  f" {row['syn']['micro_f1']:.3f} | {row['dev']['micro_f1']:.3f} | {_changes(row, base, themes, args.delta)} |"
                  + (" {:+.3f} .. {:+.3f} |".format(*paired_interval(row["real_pred"], base["real_pred"], data["real_truth"],
                                                                    pages, args.bootstrap)) if pages is not None else ""),
                  flush=True)


if __name__ == "__main__":
    main()
