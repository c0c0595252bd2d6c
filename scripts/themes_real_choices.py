"""Compare theme-model settings on the collected real passages (corpora/real), out of source page.

    .venv/bin/python scripts/themes_real_choices.py settings   # hyperparameter variants (lexical)
    .venv/bin/python scripts/themes_real_choices.py pooling    # whole passage vs max over its sentences

Each of 3 folds (real passages grouped by source page): fit on the synthetic train split + the real
passages of the other folds, thresholds on the synthetic dev split, predict the held-out fold. Scores
are pooled over the folds. The shared real dev set is never read. Figures: models/themes/MODEL_CARD.md,
"Choices on real text". About 3 fits per setting (a few CPU minutes each).
"""

from __future__ import annotations

import argparse
import re
import time

import numpy as np
from sklearn.base import clone

from spaser_nlp.classify import load_taxonomy
from spaser_nlp.classify.corpus import fold_of, load_corpus, load_real_passages, split_passages
from spaser_nlp.classify.model import best_threshold, binarize_labels
from spaser_nlp.classify.train import new_estimator
from spaser_nlp.evaluate.themes_real import gold_scores

FOLDS = 3
SETTINGS = {"shipped": ({}, 1), "keyword block x1.0": ({"keyword_weight": 1.0}, 1), "real passages x3": ({}, 3)}
_SENTENCES = re.compile(r"(?<=[.!?;:])\s+|\n+|\s[•·–-]\s")


def _sentences(text: str) -> list[str]:
    parts = [part.strip() for part in _SENTENCES.split(text) if len(part.split()) >= 4]
    return parts if len(parts) > 1 else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["settings", "pooling"])
    what = parser.parse_args().what
    taxonomy = load_taxonomy()
    themes = taxonomy.ids
    corpus = load_corpus()
    train, dev = split_passages(corpus, "train"), split_passages(corpus, "dev")
    real = load_real_passages()
    fold = [fold_of(p.group, FOLDS) for p in real]
    truth = binarize_labels([p.labels for p in real], themes)
    dev_truth = binarize_labels([p.labels for p in dev], themes)
    settings = SETTINGS if what == "settings" else {"shipped": SETTINGS["shipped"]}
    for name, (params, copies) in settings.items():
        estimator = new_estimator("lexical", taxonomy, params)
        whole = np.zeros(truth.shape)
        pooled = np.zeros(truth.shape)
        started = time.time()
        for k in range(FOLDS):
            training = train + [p for p, f in zip(real, fold) if f != k] * copies
            model = clone(estimator).fit([p.text for p in training], [p.labels for p in training])
            dev_probabilities = model.predict_proba([p.text for p in dev])
            thresholds = np.array([best_threshold(dev_probabilities[:, j], dev_truth[:, j]) for j in range(len(themes))])
            for i, passage in enumerate(real):
                if fold[i] != k:
                    continue
                ratio = model.predict_proba([passage.text])[0] / thresholds  # >= 1: predicted
                whole[i] = pooled[i] = ratio
                sentences = _sentences(passage.text)
                if what == "pooling" and sentences:
                    pooled[i] = np.maximum(ratio, (model.predict_proba(sentences) / thresholds).max(axis=0))
        rows = [(name, whole)] + ([("max(whole, sentences)", pooled)] if what == "pooling" else [])
        for label, matrix in rows:
            scores = gold_scores((matrix >= 1).astype(int), truth, themes)
            print(f"{label:24s} micro-F1 {scores['micro_f1']:.3f}  macro-F1 (>= 8) {scores['macro_f1_supported']:.3f}  "
                  f"macro-F1 {scores['macro_f1']:.3f}  ({time.time() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
