"""cluster.silhouette_precomputed gives scikit-learn's silhouette_score on precomputed distances."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import silhouette_score

from spaser_nlp.consult.cluster import silhouette_precomputed


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_silhouette_equals_scikit_learn_s(dtype) -> None:
    rng = np.random.default_rng(3)
    for _ in range(40):
        n, d = int(rng.integers(5, 120)), int(rng.integers(2, 20))
        units = rng.normal(size=(n, d)).astype(dtype)
        units /= np.linalg.norm(units, axis=1, keepdims=True)
        distances = np.clip(1.0 - units @ units.T, 0.0, 2.0)
        np.fill_diagonal(distances, 0.0)
        labels = rng.integers(1, int(rng.integers(2, min(n - 1, 12) + 1)) + 1, size=n)  # singletons too
        if len(np.unique(labels)) < 2:
            continue
        expected = float(silhouette_score(distances, labels, metric="precomputed"))
        assert silhouette_precomputed(distances, labels) == pytest.approx(expected, abs=1e-12)


def test_silhouette_refuses_one_label() -> None:
    with pytest.raises(ValueError):
        silhouette_precomputed(np.zeros((4, 4)), np.zeros(4, dtype=int))
