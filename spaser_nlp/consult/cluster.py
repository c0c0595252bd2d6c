"""Cluster contribution embeddings into issues, from 20 to 100,000+ contributions.

The algorithm (deterministic for a given seed):

1. *Units*: the distinct arguments (one per duplicate group or campaign). Above
   ``micro_threshold`` units they are first summarised by MiniBatchKMeans
   (fitted on at most 20,000 of them) into about ``2·√n`` micro-clusters, so
   the next step stays small and the cost linear.
2. *Tree*: Ward agglomerative clustering of the units (cosine geometry, since
   vectors are L2-normalised).
3. *Number of issues*: every cut of the tree between ``k_min`` and ``k_max`` is
   scored by the silhouette (cosine) of the units; the best cut wins. No hand
   tuning: the range grows with √n.
4. *Issues*: clusters smaller than ``min_issue_size`` are dissolved; centroids are
   refined by two spherical k-means steps over every contribution.
5. *Assignment*: each contribution goes to its most similar centroid if the
   similarity reaches a threshold (the larger of ``assign_threshold`` and
   ``relative_threshold`` × the median best similarity), but never higher than
   the 8th percentile of best similarities (so at most ~8 % of usable
   contributions are left unassigned, as off-topic); another issue whose
   similarity is within ``secondary_margin`` of the best is a secondary issue.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


#: Rows the micro-clustering is fitted on (above ``micro_threshold`` distinct arguments).
MICRO_SAMPLE = 20_000


@dataclass(frozen=True)
class ClusterSettings:
    """Knobs of :func:`cluster_embeddings`; the defaults need no tuning."""

    seed: int = 0
    max_issues: int = 30
    micro_threshold: int = 3000
    assign_threshold: float = 0.25
    relative_threshold: float = 0.75
    max_unassigned_share: float = 0.08
    secondary_margin: float = 0.04
    min_issue_share: float = 0.01


@dataclass
class Clustering:
    """The issues found: centroids (one row per issue) and, per contribution, its assignment."""

    centroids: np.ndarray  # (k, dim), L2-normalised
    similarities: np.ndarray  # (n, k) cosine similarity of each contribution to each centroid
    primary: np.ndarray  # (n,) issue index or -1
    memberships: list[list[int]]  # per contribution, all its issues (primary first)
    threshold: float
    k_chosen: int
    k_scores: dict[int, float]


def _normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (x / norms).astype(np.float32)


def _units(x: np.ndarray, settings: ClusterSettings) -> tuple[np.ndarray, np.ndarray]:
    """The points the tree is built on, and for each input row its unit index."""
    n = x.shape[0]
    if n <= settings.micro_threshold:
        return x, np.arange(n)
    from sklearn.cluster import MiniBatchKMeans

    n_micro = min(1500, int(2 * math.sqrt(n)))
    # Fit on a fixed-size sample, then place every row: the cost stays linear in n
    # (MiniBatchKMeans' max_iter counts passes over all the data it is given).
    sample = np.sort(np.random.default_rng(settings.seed).choice(n, size=min(n, MICRO_SAMPLE), replace=False))
    model = MiniBatchKMeans(
        n_clusters=n_micro, random_state=settings.seed, batch_size=4096, n_init=1, max_iter=10,
    )
    model.fit(x[sample])
    labels = model.predict(x)
    present = np.unique(labels)
    remap = np.full(n_micro, -1)
    remap[present] = np.arange(present.size)
    return _normalise(model.cluster_centers_[present]), remap[labels]


def _k_range(n_units: int, settings: ClusterSettings) -> range:
    k_max = max(2, min(settings.max_issues, int(round(1.3 * math.sqrt(n_units)))))
    k_min = max(2, min(k_max, int(round(0.7 * math.sqrt(n_units)))))
    return range(k_min, k_max + 1)


def choose_cut(units: np.ndarray, settings: ClusterSettings) -> tuple[np.ndarray, int, dict[int, float]]:
    """Cut the Ward tree of ``units`` at the number of clusters with the best silhouette."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from sklearn.metrics import silhouette_score

    n = units.shape[0]
    if n < 4:
        return np.zeros(n, dtype=int), 1, {}
    tree = linkage(units.astype(np.float64), method="ward")
    distances = np.clip(1.0 - units @ units.T, 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    scores: dict[int, float] = {}
    best_labels, best_k, best_score = np.zeros(n, dtype=int), 1, -np.inf
    for k in _k_range(n, settings):
        if k >= n:
            break
        labels = fcluster(tree, t=k, criterion="maxclust") - 1
        if len(np.unique(labels)) < 2:
            continue
        score = float(silhouette_score(distances, labels, metric="precomputed"))
        scores[k] = round(score, 6)
        if score > best_score + 1e-9:
            best_labels, best_k, best_score = labels, k, score
    return best_labels, best_k, scores


def _centroids(x: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    dim = x.shape[1]
    sums = np.zeros((k, dim), dtype=np.float64)
    np.add.at(sums, labels[labels >= 0], x[labels >= 0])
    return _normalise(sums)


def _refine(x: np.ndarray, labels: np.ndarray, k: int, min_size: int, steps: int = 2) -> np.ndarray:
    """Dissolve tiny clusters and run a few spherical k-means steps; returns centroids."""
    for _ in range(steps + 1):
        sizes = np.bincount(labels[labels >= 0], minlength=k)
        keep = np.flatnonzero(sizes >= min_size)
        if keep.size == 0:
            keep = np.array([int(np.argmax(sizes))])
        centroids = _centroids(x, labels, k)[keep]
        k = keep.size
        labels = np.argmax(x @ centroids.T, axis=1)
    return _centroids(x, labels, k)


def _sort_centroids(centroids: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Order issues by size (then by centroid bytes) so that indices do not depend on tree order."""
    labels = np.argmax(x @ centroids.T, axis=1)
    sizes = np.bincount(labels, minlength=centroids.shape[0])
    order = sorted(range(centroids.shape[0]), key=lambda i: (-sizes[i], centroids[i].tobytes()))
    return centroids[order]


def assign(
    x: np.ndarray,
    centroids: np.ndarray,
    settings: ClusterSettings,
    *,
    clusterable: np.ndarray | None = None,
    joinable: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, list[list[int]], float]:
    """Primary issue (or -1), similarities, memberships and the threshold used.

    ``clusterable`` rows set the threshold; ``joinable`` rows (default: the same)
    may join an issue.
    """
    n = x.shape[0]
    clusterable = np.ones(n, dtype=bool) if clusterable is None else clusterable
    if centroids.shape[0] == 0 or n == 0:
        return np.full(n, -1), np.zeros((n, 0), dtype=np.float32), [[] for _ in range(n)], settings.assign_threshold
    sims = x @ centroids.T
    best = sims.max(axis=1)
    candidates = best[clusterable]
    threshold = settings.assign_threshold
    if candidates.size:
        # Far below the typical similarity means off-topic; never more than the cap, though.
        typical = float(np.median(candidates))
        threshold = max(threshold, settings.relative_threshold * typical)
        threshold = min(threshold, float(np.quantile(candidates, settings.max_unassigned_share)))
    joinable = clusterable if joinable is None else joinable
    primary = np.where(joinable & (best >= threshold), np.argmax(sims, axis=1), -1)
    memberships: list[list[int]] = []
    for i in range(n):
        if primary[i] < 0:
            memberships.append([])
            continue
        order = np.argsort(-sims[i], kind="stable")
        close = [int(j) for j in order[1:] if sims[i, j] >= max(threshold, best[i] - settings.secondary_margin)]
        memberships.append([int(primary[i]), *close[:2]])
    return primary, sims, memberships, threshold


def cluster_embeddings(
    x: np.ndarray,
    *,
    clusterable: np.ndarray,
    unit_of: np.ndarray,
    joinable: np.ndarray | None = None,
    settings: ClusterSettings | None = None,
) -> Clustering:
    """Cluster ``x`` (L2-normalised rows).

    ``clusterable``: rows that may form and join issues (not empty, not foreign).
    ``unit_of``: for each row, the row that represents it (its duplicate group's
    first member, or itself); only representatives build the issues, so a
    campaign counts once.
    ``joinable``: rows that may join an issue without building one (default:
    ``clusterable``; too-short contributions are joinable, not clusterable).
    """
    settings = settings or ClusterSettings()
    x = _normalise(np.asarray(x, dtype=np.float32))
    representatives = np.flatnonzero(clusterable & (unit_of == np.arange(x.shape[0])))
    distinct = x[representatives]
    if distinct.shape[0] == 0:
        primary, sims, memberships, threshold = assign(x, np.zeros((0, x.shape[1])), settings)
        return Clustering(np.zeros((0, x.shape[1]), np.float32), sims, primary, memberships, threshold, 0, {})
    units, unit_index = _units(distinct, settings)
    unit_labels, k, scores = choose_cut(units, settings)
    labels = unit_labels[unit_index]
    min_size = max(2, int(math.ceil(settings.min_issue_share * distinct.shape[0])))
    if distinct.shape[0] < 2 * min_size:
        min_size = 1
    centroids = _refine(distinct, labels, int(labels.max()) + 1, min_size)
    centroids = _sort_centroids(centroids, distinct)
    primary, sims, memberships, threshold = assign(x, centroids, settings, clusterable=clusterable, joinable=joinable)
    return Clustering(centroids, sims, primary, memberships, threshold, k, scores)
