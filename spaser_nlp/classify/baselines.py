"""Two reference systems the trained classifier is compared with.

- :class:`KeywordBaseline`: a theme is predicted when one of its taxonomy
  keywords occurs (accent-folded, whole words; ``*`` matches any ending).
- :class:`ZeroShotBaseline`: cosine similarity between the passage embedding
  and each theme's description (label, definition, inclusion notes); one global
  similarity threshold, tuned on the dev split.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from spaser_nlp.classify.keywords import keyword_pattern
from spaser_nlp.classify.scorer import binarize_labels
from spaser_nlp.classify.taxonomy import Taxonomy
from spaser_nlp.classify.text import normalise


class KeywordBaseline:
    """Predict a theme when any of its keywords occurs."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.classes_ = np.array(taxonomy.ids)
        self.patterns = [keyword_pattern(theme.keywords) for theme in taxonomy.themes]

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        normalised = [normalise(text) for text in texts]
        return np.array(
            [[1 if pattern.search(text) else 0 for pattern in self.patterns] for text in normalised], dtype=np.int64
        ).reshape(len(texts), len(self.patterns))


class ZeroShotBaseline:
    """Similarity of the passage to each theme description, above one tuned threshold."""

    def __init__(self, taxonomy: Taxonomy, *, embedder: str = "use") -> None:
        self.taxonomy = taxonomy
        self.embedder = embedder
        self.classes_ = np.array(taxonomy.ids)
        self.threshold_ = 0.3

    def _descriptions(self) -> np.ndarray:
        from spaser_nlp.embed import get_embedder

        texts = [" ".join([t.label + ".", t.definition, *t.include]) for t in self.taxonomy.themes]
        return np.asarray(get_embedder(self.embedder).encode(texts), dtype=np.float64)

    def similarities(self, texts: Sequence[str], *, embeddings: np.ndarray | None = None) -> np.ndarray:
        from spaser_nlp.embed import get_embedder

        if embeddings is None:
            embeddings = get_embedder(self.embedder).encode(list(texts))
        return np.asarray(embeddings, dtype=np.float64) @ self._descriptions().T

    def fit(self, texts: Sequence[str], labels, *, embeddings: np.ndarray | None = None):
        """Tune the single similarity threshold for micro-F1 on a dev split."""
        similarities = self.similarities(texts, embeddings=embeddings)
        truth = binarize_labels(labels, list(self.classes_))
        grid_best, best_f1 = 0.3, -1.0
        for threshold in np.round(np.arange(0.05, 0.8, 0.01), 3):
            predicted = similarities >= threshold
            tp = float(np.sum(predicted & (truth == 1)))
            denominator = float(predicted.sum() + truth.sum())
            f1 = 2 * tp / denominator if denominator else 0.0
            if f1 > best_f1 + 1e-12:
                grid_best, best_f1 = float(threshold), f1
        self.threshold_ = grid_best
        return self

    def predict(self, texts: Sequence[str], *, embeddings: np.ndarray | None = None) -> np.ndarray:
        return (self.similarities(texts, embeddings=embeddings) >= self.threshold_).astype(np.int64)


__all__ = ["KeywordBaseline", "ZeroShotBaseline", "keyword_pattern"]
