"""Cluster contribution embeddings into issues, from 20 to 1,000,000 contributions.

The algorithm (deterministic for a given seed):

1. *Units*: the distinct arguments (one per duplicate group or campaign), and
   the idea units (sentences, list items) of those that hold several, when the
   caller gives them and they fit under ``micro_threshold`` points. Above
   ``micro_threshold`` units they are first summarised by MiniBatchKMeans
   (fitted on at most 20,000 of them) into about ``2·√n`` micro-clusters, so
   the next step stays small and the cost linear.
2. *Tree*: Ward agglomerative clustering of the units (cosine geometry, since
   vectors are L2-normalised).
3. *Number of issues*: ``k_scale × √(units)`` (the default of the analysis,
   chosen by leave-one-question-out), or with ``k_scale = 0`` every cut of the
   tree between ``k_min`` and ``k_max`` scored by the silhouette (cosine) of the
   units, the best cut winning.
4. *Issues*: clusters smaller than ``min_issue_size`` are dissolved; centroids are
   refined by two spherical k-means steps over every contribution.
5. *Assignment*: each contribution goes to its most similar centroid if the
   similarity reaches a threshold (the larger of ``assign_threshold`` and
   ``relative_threshold`` × the median best similarity), but never higher than
   the 8th percentile of best similarities (so at most ~8 % of usable
   contributions are left unassigned, as off-topic); another issue whose
   similarity is within ``secondary_margin`` of the best is a secondary issue.

Memory stays linear: the embeddings are read ``CHUNK_ROWS`` rows at a time
(normalised on the fly, never copied whole), and nothing is ever ``n × n`` or
``n × micro-clusters``; only ``n × issues`` similarities are kept.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: Rows the micro-clustering is fitted on (above ``micro_threshold`` distinct arguments).
MICRO_SAMPLE = 20_000
#: Rows read at once when every contribution is compared with the centroids (a multiple of 256,
#: scikit-learn's own chunk); up to this many rows the computation is exactly the unchunked one.
CHUNK_ROWS = 65_536


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
    #: Number of issues as ``k_scale × √n`` (of distinct arguments); 0: the cut with the best silhouette.
    k_scale: float = 0.0
    #: Spherical k-means steps after the tree cut.
    refine_steps: int = 2
    #: With ``k_scale``: partition the units with k-means (10 seeded starts) instead of cutting the tree.
    kmeans_units: bool = False


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
    return (x / norms).astype(np.float32, copy=False)


def _chunks(n: int) -> list[slice]:
    return [slice(start, min(n, start + CHUNK_ROWS)) for start in range(0, n, CHUNK_ROWS)]


def _rows(x: np.ndarray, rows: np.ndarray, part: slice) -> np.ndarray:
    """``x[rows[part]]``, L2-normalised (a copy of ``CHUNK_ROWS`` rows at most)."""
    return _normalise(x[rows[part]])


def _argmax_centroid(x: np.ndarray, rows: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """For each of ``x[rows]`` (normalised), the most similar centroid."""
    return np.concatenate(
        [np.argmax(_rows(x, rows, part) @ centroids.T, axis=1) for part in _chunks(rows.size)]
    ) if rows.size else np.zeros(0, dtype=np.int64)


def _units(x: np.ndarray, rows: np.ndarray, settings: ClusterSettings) -> tuple[np.ndarray, np.ndarray]:
    """The points the tree is built on, and for each of ``x[rows]`` its unit index."""
    n = rows.size
    if n <= settings.micro_threshold:
        return _normalise(x[rows]), np.arange(n)
    from spaser_nlp.consult.labels import wait_for_preload

    wait_for_preload()  # no import of scikit-learn beside the spaCy thread's
    from sklearn.cluster import MiniBatchKMeans

    n_micro = min(1500, int(2 * math.sqrt(n)))
    # Fit on a fixed-size sample, then place every row: the cost stays linear in n
    # (MiniBatchKMeans' max_iter counts passes over all the data it is given).
    sample = np.sort(np.random.default_rng(settings.seed).choice(n, size=min(n, MICRO_SAMPLE), replace=False))
    model = MiniBatchKMeans(
        n_clusters=n_micro, random_state=settings.seed, batch_size=4096, n_init=1, max_iter=10,
    )
    model.fit(_normalise(x[rows[sample]]))
    labels = np.concatenate([model.predict(_rows(x, rows, part)) for part in _chunks(n)])
    present = np.unique(labels)
    remap = np.full(n_micro, -1)
    remap[present] = np.arange(present.size)
    return _normalise(model.cluster_centers_[present]), remap[labels]


def _k_range(n_units: int, settings: ClusterSettings) -> range:
    k_max = max(2, min(settings.max_issues, int(round(1.3 * math.sqrt(n_units)))))
    k_min = max(2, min(k_max, int(round(0.7 * math.sqrt(n_units)))))
    return range(k_min, k_max + 1)


def silhouette_precomputed(distances: np.ndarray, labels: np.ndarray) -> float:
    """``sklearn.metrics.silhouette_score(distances, labels, metric="precomputed")``, step for step (the same
    numpy operations on the same dtypes, so the same value) without importing scikit-learn and SciPy's
    statistics (about 1 s of CPU in a new process). ``distances``: square, zero diagonal."""
    labels = np.unique(np.asarray(labels), return_inverse=True)[1].reshape(-1)
    label_freqs = np.bincount(labels)
    n_samples = labels.shape[0]
    if not 1 < len(label_freqs) < n_samples:
        raise ValueError(f"Number of labels is {len(label_freqs)}. Valid values are 2 to n_samples - 1 (inclusive)")
    cluster_distances = np.zeros((n_samples, len(label_freqs)), dtype=distances.dtype)
    for i in range(n_samples):
        cluster_distances[i] += np.bincount(labels, weights=distances[i], minlength=len(label_freqs))
    intra_index = (np.arange(n_samples), labels)
    intra_clust_dists = cluster_distances[intra_index]
    cluster_distances[intra_index] = np.inf
    cluster_distances /= label_freqs
    inter_clust_dists = cluster_distances.min(axis=1)
    denom = (label_freqs - 1).take(labels, mode="clip")
    with np.errstate(divide="ignore", invalid="ignore"):
        intra_clust_dists /= denom
    sil_samples = inter_clust_dists - intra_clust_dists
    with np.errstate(divide="ignore", invalid="ignore"):
        sil_samples /= np.maximum(intra_clust_dists, inter_clust_dists)
    return float(np.mean(np.nan_to_num(sil_samples)))


def choose_cut(units: np.ndarray, settings: ClusterSettings) -> tuple[np.ndarray, int, dict[int, float]]:
    """Cut the Ward tree of ``units`` at the number of clusters with the best silhouette."""
    from scipy.cluster.hierarchy import fcluster, linkage

    n = units.shape[0]
    if n < 4:
        return np.zeros(n, dtype=int), 1, {}
    tree = linkage(units.astype(np.float64), method="ward")
    distances = np.clip(1.0 - units @ units.T, 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    scores: dict[int, float] = {}
    best_labels, best_k, best_score = np.zeros(n, dtype=int), 1, -np.inf
    if settings.k_scale > 0:
        k = max(2, min(n - 1, settings.max_issues, int(round(settings.k_scale * math.sqrt(n)))))
        if settings.kmeans_units:
            from spaser_nlp.consult.labels import wait_for_preload

            wait_for_preload()  # no import of scikit-learn beside the spaCy thread's
            from sklearn.cluster import KMeans

            labels = KMeans(n_clusters=k, random_state=settings.seed, n_init=10).fit_predict(units)
            return np.asarray(labels, dtype=int), k, {}
        return fcluster(tree, t=k, criterion="maxclust") - 1, k, {}
    for k in _k_range(n, settings):
        if k >= n:
            break
        labels = fcluster(tree, t=k, criterion="maxclust") - 1
        if len(np.unique(labels)) < 2:
            continue
        score = silhouette_precomputed(distances, labels)
        scores[k] = round(score, 6)
        if score > best_score + 1e-9:
            best_labels, best_k, best_score = labels, k, score
    return best_labels, best_k, scores


def _centroids(x: np.ndarray, rows: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Normalised mean of ``x[rows]`` (normalised) per label (rows labelled -1 left out)."""
    sums = np.zeros((k, x.shape[1]), dtype=np.float64)
    for part in _chunks(rows.size):
        chunk_labels = labels[part]
        chunk = _rows(x, rows, part)
        order = np.argsort(chunk_labels, kind="stable")
        bounds = np.searchsorted(chunk_labels[order], np.arange(k + 1))
        for label in range(k):
            members = order[bounds[label] : bounds[label + 1]]
            if members.size:
                # Row after row, onto the running sum: the additions of np.add.at (bit for bit),
                # several times faster.
                stacked = np.vstack([sums[label][None, :], chunk[members].astype(np.float64)])
                sums[label] = np.add.reduce(stacked, axis=0)
    return _normalise(sums)


def _refine(x: np.ndarray, rows: np.ndarray, labels: np.ndarray, k: int, min_size: int, steps: int = 2) -> np.ndarray:
    """Dissolve tiny clusters and run a few spherical k-means steps over ``x[rows]``; returns centroids."""
    for _ in range(steps + 1):
        sizes = np.bincount(labels[labels >= 0], minlength=k)
        keep = np.flatnonzero(sizes >= min_size)
        if keep.size == 0:
            keep = np.array([int(np.argmax(sizes))])
        centroids = _centroids(x, rows, labels, k)[keep]
        k = keep.size
        labels = _argmax_centroid(x, rows, centroids)
    return _centroids(x, rows, labels, k)


def _sort_centroids(centroids: np.ndarray, x: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Order issues by size (then by centroid bytes) so that indices do not depend on tree order."""
    labels = _argmax_centroid(x, rows, centroids)
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
    return assign_similarities(
        similarities(x, centroids), settings, clusterable=clusterable, joinable=joinable
    )


def similarities(x: np.ndarray, centroids: np.ndarray, *, normalise: bool = False) -> np.ndarray:
    """``x @ centroids.T`` (``n × k``, float32), computed ``CHUNK_ROWS`` rows at a time.

    ``normalise``: L2-normalise each row of ``x`` first (on a chunk-sized copy).
    """
    n = x.shape[0]
    if centroids.shape[0] == 0 or n == 0:
        return np.zeros((n, 0), dtype=np.float32)
    parts = []
    everything = np.arange(n)
    for part in _chunks(n):
        rows = _rows(x, everything, part) if normalise else x[part]
        parts.append(rows @ centroids.T)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def assign_similarities(
    sims: np.ndarray,
    settings: ClusterSettings,
    *,
    clusterable: np.ndarray | None = None,
    joinable: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, list[list[int]], float]:
    """:func:`assign` from the similarities ``sims`` (``n × k``) already computed."""
    n = sims.shape[0]
    clusterable = np.ones(n, dtype=bool) if clusterable is None else clusterable
    if sims.shape[1] == 0 or n == 0:
        return np.full(n, -1), np.zeros((n, 0), dtype=np.float32), [[] for _ in range(n)], settings.assign_threshold
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
    return primary, sims, _memberships(sims, best, primary, threshold, settings.secondary_margin), threshold


def _memberships(
    sims: np.ndarray, best: np.ndarray, primary: np.ndarray, threshold: float, margin: float
) -> list[list[int]]:
    """Per row: its primary issue, then up to two others within ``margin`` of the best (and above ``threshold``).

    Vectorised per chunk, with the comparisons of the per-row rule
    ``sims[i, j] >= max(threshold, best[i] - margin)`` made in the same types.
    """
    memberships: list[list[int]] = [[] for _ in range(sims.shape[0])]
    k = sims.shape[1]
    for part in _chunks(sims.shape[0]):
        assigned = np.flatnonzero(primary[part] >= 0)
        if assigned.size == 0:
            continue
        rows = part.start + assigned
        chunk = sims[rows]
        # The two next most similar issues, ties by index (a stable sort; position 0 is the argmax).
        following = np.argsort(-chunk, axis=1, kind="stable")[:, 1:3] if k > 1 else np.zeros((rows.size, 0), int)
        # In the similarities' own type, as the per-row rule compares (NumPy casts the Python float).
        lowered = best[rows] - margin
        cutoff = np.maximum(lowered, lowered.dtype.type(threshold))
        keep = np.take_along_axis(chunk, following, axis=1) >= cutoff[:, None]
        for row, first, others, kept in zip(rows.tolist(), primary[rows].tolist(), following.tolist(), keep.tolist()):
            memberships[row] = [first, *(j for j, ok in zip(others, kept) if ok)]
    return memberships


def cluster_embeddings(
    x: np.ndarray,
    *,
    clusterable: np.ndarray,
    unit_of: np.ndarray,
    joinable: np.ndarray | None = None,
    settings: ClusterSettings | None = None,
    idea_units: np.ndarray | None = None,
) -> Clustering:
    """Cluster ``x`` (L2-normalised rows).

    ``clusterable``: rows that may form and join issues (not empty, not foreign).
    ``unit_of``: for each row, the row that represents it (its duplicate group's
    first member, or itself); only representatives build the issues, so a
    campaign counts once.
    ``joinable``: rows that may join an issue without building one (default:
    ``clusterable``; too-short contributions are joinable, not clusterable).
    ``idea_units``: vectors of the idea units (sentences, list items) of answers
    that hold several; they build the issues beside the whole answers, so that a
    topic mentioned inside longer answers forms an issue of its own (up to
    ``micro_threshold`` points in all; above, whole answers only).
    """
    settings = settings or ClusterSettings()
    # Never copied whole: every pass reads (and normalises) CHUNK_ROWS rows at a time.
    x = np.asarray(x, dtype=np.float32)
    representatives = np.flatnonzero(clusterable & (unit_of == np.arange(x.shape[0])))
    if representatives.size == 0:
        primary, sims, memberships, threshold = assign(x, np.zeros((0, x.shape[1])), settings)
        return Clustering(np.zeros((0, x.shape[1]), np.float32), sims, primary, memberships, threshold, 0, {})
    pool, pool_rows = x, representatives
    if idea_units is not None and idea_units.shape[0] and representatives.size + idea_units.shape[0] <= settings.micro_threshold:
        pool = np.vstack([_normalise(x[representatives]), _normalise(np.asarray(idea_units, dtype=np.float32))])
        pool_rows = np.arange(pool.shape[0])
    units, unit_index = _units(pool, pool_rows, settings)
    unit_labels, k, scores = choose_cut(units, settings)
    labels = unit_labels[unit_index]
    min_size = max(2, int(math.ceil(settings.min_issue_share * pool_rows.size)))
    if pool_rows.size < 2 * min_size:
        min_size = 1
    centroids = _refine(pool, pool_rows, labels, int(labels.max()) + 1, min_size, settings.refine_steps)
    centroids = _sort_centroids(centroids, x, representatives)
    sims = similarities(x, centroids, normalise=True)
    primary, sims, memberships, threshold = assign_similarities(
        sims, settings, clusterable=clusterable, joinable=joinable
    )
    return Clustering(centroids, sims, primary, memberships, threshold, k, scores)
