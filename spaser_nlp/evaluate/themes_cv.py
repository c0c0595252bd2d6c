"""Grouped k-fold cross-validation of the theme classifier over the corpus's train and dev splits.

Used to choose hyperparameters without a test split: the test split (a held-out
writing round, see ``corpora/themes/README.md``) is never read here.

Protocol, for each of ``folds`` folds:

- a passage's fold is a hash of its ``group`` (the id of its written original),
  so a noisy variant is always scored in the fold of its original and never
  trained on while its original is scored;
- the other folds are the training part; within it the shipped protocol runs
  unchanged: fit on its ``train`` passages, tune the thresholds on its ``dev`` passages
  by the shipped rule (``train.THRESHOLD_RULE``), refit on both keeping those thresholds
  (:func:`spaser_nlp.classify.train.train_theme_model`);
- the held-out fold is predicted once.

Scores are computed on the pooled out-of-fold predictions (every passage
predicted exactly once), with per-fold macro-F1 to show the spread. Thresholds
never see the scored fold.

>>> fold_of("3f2a9c", 5) == fold_of("3f2a9c", 5)
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from sklearn.base import clone

from spaser_nlp.classify.corpus import AUGMENTED_ORIGIN, LabelledPassage, fold_of
from spaser_nlp.classify.model import ThemeClassifier, binarize_labels
from spaser_nlp.classify.train import THRESHOLD_RULE
from spaser_nlp.evaluate.themes import multilabel_scores


def _fit_like_shipped(
    estimator: ThemeClassifier,
    training: Sequence[LabelledPassage],
    vectors: dict[str, np.ndarray] | None,
) -> ThemeClassifier:
    """Fit on ``train`` passages, thresholds on ``dev`` ones, refit on both (the shipped protocol)."""

    def embeddings(passages: Sequence[LabelledPassage]) -> np.ndarray | None:
        return None if vectors is None else np.vstack([vectors[p.text] for p in passages])

    inner_train = [p for p in training if p.split == "train"]
    inner_dev = [p for p in training if p.split == "dev"]
    tuned = clone(estimator).fit(
        [p.text for p in inner_train], [p.labels for p in inner_train], embeddings=embeddings(inner_train)
    )
    tuned.tune_thresholds([p.text for p in inner_dev], [p.labels for p in inner_dev], embeddings=embeddings(inner_dev),
                          rule=THRESHOLD_RULE)
    model = clone(estimator).fit([p.text for p in training], [p.labels for p in training], embeddings=embeddings(training))
    model.thresholds_ = tuned.thresholds_.copy()
    return model


def cross_validate_themes(
    estimator: ThemeClassifier,
    passages: Sequence[LabelledPassage],
    *,
    folds: int = 5,
    extra_training: Sequence[LabelledPassage] = (),
    embed: Callable[[list[str]], np.ndarray] | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """Out-of-fold scores of ``estimator`` (unfitted) on the ``train``/``dev`` passages of ``passages``.

    Passages of origin ``ocr_augmented`` (generated training copies) and ``extra_training``
    are added to the training part of the folds other than their group's, never scored. ``embed`` (texts -> vectors) gives the
    embeddings once for all texts; by default the estimator's own embedder.
    """
    say = progress or (lambda message: None)
    # The corpus's generated training copies are trained on in the folds of other groups, never scored.
    extra_training = [p for p in passages if p.origin == AUGMENTED_ORIGIN] + list(extra_training)
    pool = [p for p in passages if p.split in ("train", "dev") and p.origin != AUGMENTED_ORIGIN]
    if estimator.themes is None:
        raise ValueError("cross-validation needs an estimator with its theme list (themes=taxonomy.ids)")
    themes = list(estimator.themes)
    truth = binarize_labels([p.labels for p in pool], themes)
    vectors = None
    if estimator.features == "lexical+embedding":
        texts = sorted({p.text for p in list(pool) + list(extra_training)})
        encoded = embed(texts) if embed is not None else estimator._embed(texts)
        vectors = dict(zip(texts, np.asarray(encoded, dtype=np.float64)))
    fold = np.array([fold_of(p.group or p.id, folds) for p in pool])
    extra_fold = [fold_of(p.group or p.id, folds) for p in extra_training]
    predicted = np.zeros_like(truth)
    fold_macro = []
    for index in range(folds):
        training = [p for p, f in zip(pool, fold) if f != index]
        training += [p for p, f in zip(extra_training, extra_fold) if f != index]
        scored = [p for p, f in zip(pool, fold) if f == index]
        say(f"fold {index + 1}/{folds}: training on {len(training)}, scoring {len(scored)}")
        model = _fit_like_shipped(estimator, training, vectors)
        embeddings = None if vectors is None else np.vstack([vectors[p.text] for p in scored])
        predicted[fold == index] = model.predict([p.text for p in scored], embeddings=embeddings)
        fold_macro.append(multilabel_scores(predicted[fold == index], truth[fold == index], themes)["macro_f1"])
    scores = multilabel_scores(predicted, truth, themes)
    rounds = np.array([p.round for p in pool])
    by_round = {}
    for value in sorted(set(rounds.tolist())):
        rows = rounds == value
        round_scores = multilabel_scores(predicted[rows], truth[rows], themes)
        by_round[str(value)] = {
            "passages": int(rows.sum()), "macro_f1": round_scores["macro_f1"], "micro_f1": round_scores["micro_f1"]
        }
    return {
        "folds": folds,
        "passages": len(pool),
        "macro_f1": scores["macro_f1"],
        "micro_f1": scores["micro_f1"],
        "fold_macro_f1": fold_macro,
        "fold_macro_f1_std": round(float(np.std(fold_macro)), 4),
        "per_theme_f1": {theme: row["f1"] for theme, row in scores["per_theme"].items()},
        "by_round": by_round,
        "predicted": predicted,
    }


def keyword_baseline_scores(passages: Sequence[LabelledPassage], taxonomy) -> dict:
    """The keyword baseline on the same pool (it has nothing to fit), for comparison."""
    from spaser_nlp.classify.baselines import KeywordBaseline

    pool = [p for p in passages if p.split in ("train", "dev") and p.origin != AUGMENTED_ORIGIN]
    themes = list(taxonomy.ids)
    truth = binarize_labels([p.labels for p in pool], themes)
    predicted = KeywordBaseline(taxonomy).predict([p.text for p in pool])
    scores = multilabel_scores(predicted, truth, themes)
    rounds = np.array([p.round for p in pool])
    by_round = {
        str(value): multilabel_scores(predicted[rounds == value], truth[rounds == value], themes)["macro_f1"]
        for value in sorted(set(rounds.tolist()))
    }
    return {"macro_f1": scores["macro_f1"], "micro_f1": scores["micro_f1"], "by_round": by_round}
