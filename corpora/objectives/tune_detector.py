"""Choose the detector's thresholds by leave-source-out cross-fitting on the project's *training* passages.

Run: ``python corpora/objectives/tune_detector.py [--folds 5] [--c 0.3]``. The real training passages
(``real-train.jsonl`` and ``real-collected.jsonl``) are split into folds by source; each fold is scored by a
detector trained on the synthetic gold (dev split) and the other folds. The shared real dev set is not used
here, so settings chosen from this table are not tuned on it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from spaser_nlp.evaluate.objectives import _fold_of, evaluate_objectives, load_gold, predict_item  # noqa: E402
from spaser_nlp.extract import detector_train as dt  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=dt.C)
    parser.add_argument("--real-weight", type=float, default=dt.REAL_WEIGHT)
    parser.add_argument("--shipped", action="store_true", help="only the shipped thresholds (one line, with fields)")
    args = parser.parse_args()
    dt.C = args.c
    dt.REAL_WEIGHT = args.real_weight
    files = dt.training_files()
    synthetic = [i for i in load_gold(files[0], split="dev")]
    real = [i for path in files[1:] for i in load_gold(path, split=None)]
    key = lambda item: str(item.get("source_url") or item.get("id"))  # noqa: E731
    models = {fold: dt.fit(synthetic + [i for i in real if _fold_of(key(i), args.folds) != fold])
              for fold in range(args.folds)}
    print(f"C={args.c} real_weight={args.real_weight}: {len(real)} real passages, {args.folds} folds")
    print("threshold rule_threshold | det P R F1 | value F1 | exact F1")
    if args.shipped:
        grid: list[tuple[float, float]] = [(dt.THRESHOLD, dt.RULE_THRESHOLD)]
    else:
        grid = [(t, r) for t in (0.2, 0.25, 0.3, 0.35, 0.4) for r in (0.35, 0.4, 0.5, 0.6)]
    for threshold, rule_threshold in grid:
        tuned = {f: replace(m, threshold=threshold, rule_threshold=rule_threshold) for f, m in models.items()}
        scores = evaluate_objectives(real, lambda item: predict_item(item, detector=tuned[_fold_of(key(item), args.folds)]))
        d = scores.detection
        print(f"{threshold:.2f} {rule_threshold:.2f} | {d['precision']:.3f} {d['recall']:.3f} {d['f1']:.3f} | "
              f"{scores.value['f1']:.3f} | {scores.exact['f1']:.3f}", flush=True)
        if args.shipped:
            print("fields: " + ", ".join(f"{k} {v:.3f}" for k, v in scores.fields.items()))


if __name__ == "__main__":
    main()
