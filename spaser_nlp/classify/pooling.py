"""Sentence pooling of theme probabilities: a passage also gets the themes one of its sentences carries.

A real passage often names two or three themes in different sentences; the passage's own features (TF-IDF over
the whole passage, one sentence embedding of it) dilute a theme that only one sentence names. With pooling, each
sentence of a passage that has at least two (:func:`~spaser_nlp.classify.document.split_sentences`: sentence ends,
``;`` and ``:`` before a capital, line breaks, bullets; units with fewer than three letters dropped) is scored by
the same model, and the passage's probability of a theme becomes

* ``"max"``: ``max(p_passage, weight * max_sentence p)``;
* ``"noisy-or"``: ``1 - (1 - p_passage) * (1 - weight * max_sentence p)``.

A passage of one sentence keeps its own probabilities. Thresholds must be tuned on probabilities pooled the same
way (:meth:`~spaser_nlp.classify.model.ThemeClassifier.tune_thresholds` does, since it calls ``predict_proba``).

>>> passage_sentences(["Un seul énoncé.", "Former les acheteurs. Réduire les déchets."])
(['Former les acheteurs.', 'Réduire les déchets.'], array([1, 1]))
>>> pool_probabilities(np.array([[0.2, 0.6]]), np.array([[0.9, 0.1]]), "max", 0.8).round(2).tolist()
[[0.72, 0.6]]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from spaser_nlp.classify.sentences import split_sentences
from spaser_nlp.errors import ModelError

POOLING_MODES = ("max", "noisy-or")


def passage_sentences(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The sentences of every text that has at least two, in order, and the index of the text each comes from."""
    sentences: list[str] = []
    owners: list[int] = []
    for index, text in enumerate(texts):
        units = split_sentences(str(text))
        if len(units) >= 2:
            sentences.extend(unit.text for unit in units)
            owners.extend([index] * len(units))
    return sentences, np.asarray(owners, dtype=np.int64)


def max_by_owner(sentence_probabilities: np.ndarray, owners: np.ndarray, count: int) -> np.ndarray:
    """``(count, k)``: per text, the highest probability of each theme over its sentences (0 for a text without)."""
    maxima = np.zeros((count, sentence_probabilities.shape[1]), dtype=np.float64)
    if len(owners):
        np.maximum.at(maxima, owners, sentence_probabilities)
    return maxima


def check_pooling(mode: str | None, weight: float) -> None:
    """Raise :class:`~spaser_nlp.errors.ModelError` for an unknown mode or a weight outside (0, 1]."""
    if mode is not None and mode not in POOLING_MODES:
        raise ModelError(f"sentence_pooling must be None or one of {POOLING_MODES}, got {mode!r}")
    if not (np.isfinite(weight) and 0.0 < weight <= 1.0):
        raise ModelError(f"sentence_weight must be in (0, 1], got {weight!r}")


def pool_probabilities(passage: np.ndarray, sentence_max: np.ndarray, mode: str, weight: float) -> np.ndarray:
    """Combine passage probabilities with the (per theme) highest sentence probabilities, by ``mode``."""
    check_pooling(mode, weight)
    scaled = weight * np.asarray(sentence_max, dtype=np.float64)
    if mode == "max":
        return np.maximum(passage, scaled)
    return 1.0 - (1.0 - passage) * (1.0 - scaled)


__all__ = ["POOLING_MODES", "check_pooling", "max_by_owner", "passage_sentences", "pool_probabilities"]
