"""List the theme model's false negatives and false positives on a gold file, theme by theme (error analysis).

    .venv/bin/python scripts/themes_dev_errors.py [--model default|lexical] [--model-dir DIR] [--gold FILE]

Prints, per theme, the threshold, the counts and every missed (FN) or wrongly added (FP) passage with its
probability, gold themes and predicted themes. The causes in ``models/themes/MODEL_CARD.md`` ("Error
analysis on the real dev set") were assigned by reading this listing; reading it does not train anything.
"""

from __future__ import annotations

import argparse

import numpy as np

from spaser_nlp.classify import load_theme_scorer
from spaser_nlp.classify.corpus import load_real_passages
from spaser_nlp.classify.scorer import binarize_labels
from spaser_nlp.evaluate.themes_real import REAL_DEV


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--model-dir", default=None)
    parser.add_argument("--gold", default=str(REAL_DEV))
    args = parser.parse_args()
    passages = load_real_passages(args.gold, split="test")
    model = load_theme_scorer(args.model, path=args.model_dir)
    themes = np.array(model.classes_)
    probabilities = model.predict_proba([p.text for p in passages])
    predicted = model.predict([p.text for p in passages]).astype(bool)
    truth = binarize_labels([p.labels for p in passages], list(themes)).astype(bool)
    for j, theme in enumerate(themes):
        missed = np.flatnonzero(~predicted[:, j] & truth[:, j])
        added = np.flatnonzero(predicted[:, j] & ~truth[:, j])
        print(f"\n===== {theme}  threshold {model.thresholds_[j]:.3f}  support {int(truth[:, j].sum())}  FN {len(missed)}  FP {len(added)}")
        for kind, rows in (("FN", missed), ("FP", added)):
            for i in rows:
                text = " ".join(passages[i].text.split())
                print(f"  {kind} p={probabilities[i, j]:.2f} [{passages[i].id}] gold={','.join(passages[i].labels)} "
                      f"predicted={','.join(themes[predicted[i]])}\n      {text[:300]}")


if __name__ == "__main__":
    main()
