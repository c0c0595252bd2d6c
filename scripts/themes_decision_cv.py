"""Choose the theme model's decision rule by cross-validation on the training data (never the shared dev set).

    .venv/bin/python scripts/themes_decision_cv.py fit --variant default --copies 1   # 5 fits, saves probabilities
    .venv/bin/python scripts/themes_decision_cv.py score --variant default --copies 1 # compares decision rules

``fit``: the collected real passages (``corpora/real``) are split into 5 folds grouped by source page; fold *k*'s
model is fitted on the synthetic train split plus the real passages of the other folds (``--copies`` times) and
predicts fold *k* and the synthetic dev split. Out-of-fold real probabilities and the per-fold dev probabilities
are saved under ``--out``.

``weights``: per-theme thresholds tuned on synthetic dev pooled with the other folds' out-of-fold real
probabilities, the real counts weighted by *w* (``--weights``; *w* = 0 is the shipped rule). To read the synthetic
cost honestly, the synthetic dev split is halved by passage group: each half is scored with thresholds tuned on
the other half (plus the weighted real passages of the other folds), votes of the 5 fold models.

``score``: decision rules compared on the out-of-fold real probabilities, each fold's thresholds chosen without
that fold's passages:

* ``sdev``: per-theme F1-optimal thresholds on the synthetic dev split (the 1.3.0 protocol);
* ``real``: on the out-of-fold real probabilities of the other folds;
* ``pooled``: both pooled;
* ``+1``: additionally, a passage with no theme above its threshold gets its most probable theme (relative to
  the threshold) when that ratio is at least ``--floor`` (the "at least one theme" rule);
* ``wide``: thresholds searched in [0.05, 0.8] instead of [0.2, 0.8].

The synthetic dev split is scored too (its own thresholds are tuned on it under ``sdev``, so read the column as
"how much the synthetic passages lose" for the other rules). Figures: ``models/themes/MODEL_CARD.md``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
from sklearn.base import clone

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import fold_of, load_corpus, load_real_passages, split_passages
from spaser_nlp.classify.model import binarize_labels
from spaser_nlp.classify.train import VARIANTS, new_estimator
from spaser_nlp.evaluate.themes_real import gold_scores

FOLDS = 5
NARROW = np.round(np.arange(0.2, 0.801, 0.025), 3)
WIDE = np.round(np.arange(0.05, 0.801, 0.025), 3)


def _best(probabilities: np.ndarray, truth: np.ndarray, grid: np.ndarray) -> float:
    best, key = 0.5, (-1.0, 0.0)
    for threshold in grid:
        predicted = probabilities >= threshold
        tp = float(np.sum(predicted & (truth == 1)))
        denominator = float(np.sum(predicted) + np.sum(truth == 1))
        f1 = 2 * tp / denominator if denominator else 0.0
        candidate = (round(f1, 12), -abs(float(threshold) - 0.5))
        if candidate > key:
            best, key = float(threshold), candidate
    return best


def _thresholds(probabilities: np.ndarray, truth: np.ndarray, grid: np.ndarray) -> np.ndarray:
    return np.array([_best(probabilities[:, j], truth[:, j], grid) if truth[:, j].any() else 0.5
                     for j in range(truth.shape[1])])


def decide(probabilities: np.ndarray, thresholds: np.ndarray, floor: float | None) -> np.ndarray:
    """0/1 decisions; with ``floor``, a passage without theme gets its best theme if p/threshold >= floor."""
    predicted = (probabilities >= thresholds).astype(int)
    if floor is not None:
        ratio = probabilities / thresholds
        empty = predicted.sum(axis=1) == 0
        best = ratio.argmax(axis=1)
        chosen = empty & (ratio[np.arange(len(ratio)), best] >= floor)
        predicted[np.flatnonzero(chosen), best[chosen]] = 1
    return predicted


def embedding_lookup(estimator, passages, cache: Path | None):
    """``emb(passages)``: the USE vectors of passages (computed once for ``passages``), or ``None`` when the
    estimator has no embedding block."""
    vectors: dict[str, np.ndarray] = {}
    if estimator.features == "lexical+embedding":
        from spaser_nlp.embed import CachedEmbedder, get_embedder

        embedder = CachedEmbedder(get_embedder("use"), cache_dir=cache)
        texts = sorted({p.text for p in passages})
        vectors = dict(zip(texts, np.asarray(embedder.encode(texts), dtype=np.float64)))
        if cache is not None:
            embedder.save()

    def emb(chosen):
        return np.vstack([vectors[p.text] for p in chosen]) if vectors else None

    return emb


def fit(variant: str, copies: int, out: Path, cache: Path | None) -> None:
    taxonomy = load_taxonomy()
    corpus = load_corpus()
    train, dev = split_passages(corpus, "train"), split_passages(corpus, "dev")
    real = load_real_passages()
    fold = np.array([fold_of(p.group, FOLDS) for p in real])
    estimator = new_estimator(VARIANTS[variant], taxonomy)
    emb = embedding_lookup(estimator, [*train, *dev, *real], cache)

    real_oof = np.zeros((len(real), len(taxonomy.ids)))
    dev_probabilities = []
    for k in range(FOLDS):
        started = time.time()
        training = train + [p for p, f in zip(real, fold) if f != k] * copies
        model = clone(estimator).fit([p.text for p in training], [p.labels for p in training], embeddings=emb(training))
        held = [real[i] for i in np.flatnonzero(fold == k)]
        real_oof[fold == k] = model.predict_proba([p.text for p in held], embeddings=emb(held))
        dev_probabilities.append(model.predict_proba([p.text for p in dev], embeddings=emb(dev)))
        print(f"fold {k}: {len(training)} training passages, {len(held)} held out ({time.time() - started:.0f} s)", flush=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, real_oof=real_oof, fold=fold, dev=np.stack(dev_probabilities),
             real_truth=binarize_labels([p.labels for p in real], taxonomy.ids),
             dev_truth=binarize_labels([p.labels for p in dev], taxonomy.ids))


def score(path: Path, floor: float) -> None:
    themes = load_taxonomy().ids
    data = np.load(path)
    real_oof, fold, dev, real_truth, dev_truth = (data[k] for k in ("real_oof", "fold", "dev", "real_truth", "dev_truth"))
    rows = []
    for rule in ("sdev", "real", "pooled"):
        for grid_name, grid in (("narrow", NARROW), ("wide", WIDE)):
            for one in (None, floor):
                predicted = np.zeros_like(real_truth)
                dev_predicted = np.zeros_like(dev_truth)
                dev_votes = np.zeros(dev_truth.shape)
                for k in range(FOLDS):
                    others = fold != k
                    if rule == "sdev":
                        thresholds = _thresholds(dev[k], dev_truth, grid)
                    elif rule == "real":
                        thresholds = _thresholds(real_oof[others], real_truth[others], grid)
                    else:
                        thresholds = _thresholds(np.vstack([dev[k], real_oof[others]]), np.vstack([dev_truth, real_truth[others]]), grid)
                    predicted[fold == k] = decide(real_oof[fold == k], thresholds, one)
                    dev_votes += decide(dev[k], thresholds, one)
                dev_predicted = (dev_votes >= FOLDS / 2).astype(int)
                real_scores = gold_scores(predicted, real_truth, themes)
                dev_scores = gold_scores(dev_predicted, dev_truth, themes)
                name = f"{rule:6s} {grid_name:6s} {'+1' if one else '  '}"
                rows.append((name, real_scores, dev_scores))
                print(f"{name}  real micro {real_scores['micro_f1']:.3f} macro(>=8) {real_scores['macro_f1_supported']:.3f}"
                      f"  | synthetic dev micro {dev_scores['micro_f1']:.3f} macro {dev_scores['macro_f1']:.3f}", flush=True)
    print("\nper theme F1 (real out-of-fold), support:")
    header = "theme".ljust(42) + "sup " + " ".join(name.replace(" ", "")[:12].rjust(12) for name, _, _ in rows)
    print(header)
    for theme in themes:
        cells = " ".join(f"{r['per_theme'][theme]['f1']:12.2f}" for _, r, _ in rows)
        print(theme.ljust(42) + f"{rows[0][1]['per_theme'][theme]['support']:3d} " + cells)


def _weighted_best(parts: list[tuple[np.ndarray, np.ndarray, float]], grid: np.ndarray, smooth: int = 0) -> float:
    """The grid threshold maximising F1 of weighted counts over (probabilities, truth, weight) parts.

    ``smooth`` > 0: maximise the F1 curve averaged over ``smooth`` grid steps on each side (a flatter optimum,
    less sensitive to the few positives of one split)."""
    f1s = []
    for threshold in grid:
        tp = denominator = 0.0
        for probabilities, truth, weight in parts:
            predicted = probabilities >= threshold
            tp += weight * float(np.sum(predicted & (truth == 1)))
            denominator += weight * float(np.sum(predicted) + np.sum(truth == 1))
        f1s.append(2 * tp / denominator if denominator else 0.0)
    curve = np.array(f1s)
    if smooth:
        padded = np.pad(curve, smooth, mode="edge")
        curve = np.convolve(padded, np.ones(2 * smooth + 1) / (2 * smooth + 1), mode="valid")
    best, key = 0.5, (-1.0, 0.0)
    for threshold, f1 in zip(grid, curve):
        candidate = (round(float(f1), 12), -abs(float(threshold) - 0.5))
        if candidate > key:
            best, key = float(threshold), candidate
    return best


def _weighted_thresholds(parts: list[tuple[np.ndarray, np.ndarray, float]], grid: np.ndarray, smooth: int = 0) -> np.ndarray:
    width = parts[0][1].shape[1]
    return np.array([
        _weighted_best([(p[:, j], t[:, j], w) for p, t, w in parts], grid, smooth)
        if any(t[:, j].any() and w > 0 for _, t, w in parts) else 0.5
        for j in range(width)
    ])


def weights(path: Path, values: list[float], grid: np.ndarray, smooth: int = 0) -> None:
    themes = load_taxonomy().ids
    data = np.load(path)
    real_oof, fold, dev, real_truth, dev_truth = (data[k] for k in ("real_oof", "fold", "dev", "real_truth", "dev_truth"))
    dev_passages = split_passages(load_corpus(), "dev")
    half = np.array([fold_of(p.group, 2) for p in dev_passages])
    assert len(half) == len(dev_truth)
    styles = sorted({p.style for p in dev_passages})
    style_of = np.array([p.style for p in dev_passages])
    for w in values:
        predicted = np.zeros_like(real_truth)
        votes = np.zeros(dev_truth.shape)
        for k in range(FOLDS):
            others = fold != k
            real_part = (real_oof[others], real_truth[others], w)
            thresholds = _weighted_thresholds([(dev[k], dev_truth, 1.0), real_part], grid, smooth)
            predicted[fold == k] = decide(real_oof[fold == k], thresholds, None)
            for h in (0, 1):
                tune, scored = half != h, half == h
                t_half = _weighted_thresholds([(dev[k][tune], dev_truth[tune], 1.0), real_part], grid, smooth)
                votes[scored] += decide(dev[k][scored], t_half, None)
        dev_predicted = (votes >= FOLDS / 2).astype(int)
        r = gold_scores(predicted, real_truth, themes)
        d = gold_scores(dev_predicted, dev_truth, themes)
        by_style = " ".join(
            f"{s}={gold_scores(dev_predicted[style_of == s], dev_truth[style_of == s], themes)['micro_f1']:.3f}"
            for s in styles)
        print(f"w={w:<5} smooth={smooth} real micro {r['micro_f1']:.3f} macro(>=8) {r['macro_f1_supported']:.3f}"
              f" gov {r['per_theme']['gouvernance_suivi']['f1']:.2f} | synthetic dev (half-CV) micro {d['micro_f1']:.3f}"
              f" macro {d['macro_f1']:.3f} | {by_style}", flush=True)
        print("    per theme synthetic dev F1: " + " ".join(
            f"{t[:8]}={d['per_theme'][t]['f1']:.2f}" for t in themes), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["fit", "score", "weights"])
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="default")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--floor", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--weights", default="0,0.1,0.25,0.5,1", help="weights of the real passages (weights)")
    parser.add_argument("--wide", action="store_true", help="threshold grid [0.05, 0.8] (weights)")
    parser.add_argument("--smooth", type=int, default=0, help="F1 curve averaged over this many grid steps each side (weights)")
    parser.add_argument("--embedding-cache", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(f"/tmp/themes_decision_cv_{args.variant}_x{args.copies}.npz")
    if args.what == "fit":
        fit(args.variant, args.copies, out, args.embedding_cache)
    elif args.what == "weights":
        weights(out, [float(v) for v in args.weights.split(",")], WIDE if args.wide else NARROW, args.smooth)
    else:
        score(out, args.floor)


if __name__ == "__main__":
    main()
