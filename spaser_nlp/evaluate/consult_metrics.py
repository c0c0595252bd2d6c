"""Scores of a clustering against human-coded categories (multi-label).

A contribution may be in several clusters (the analysis gives each answer all
its issues, ``issue_ids``): ``clusters[i]`` is then a list, primary first; an
int is one cluster, ``-1`` or ``[]`` none.

- **Category F-measure** (Larsen & Aone 1999): for each human category, the F1
  of its best-matching cluster, averaged with weights proportional to category
  size. Unassigned contributions form no cluster; a contribution in several
  clusters counts in each (the cluster's precision pays for it).
- **Extended BCubed F** (several categories and several clusters per item,
  Amigó et al. 2009, multiplicity precision and recall): per contribution, how
  many of its cluster-mates share as many categories as clusters with it
  (precision) and how many of those sharing a category share as many clusters
  (recall); an unassigned contribution is a cluster of its own.
- **ARI / NMI**: each contribution's first informative category against its
  primary cluster.
- **Unassigned share**: contributions with no cluster, over the non-empty ones.

The "A Aucun…" codes (no / none: "A Aucun élu", "A Aucune") are scored like any
other category: refusing is a message. "Z Autres" and "Sans réponse / Hors
sujet / Inclassable" say nothing about the content and are not scored.

>>> categories = [["a"], ["a"], ["b"], ["b", "a"]]
>>> round(category_f_measure(categories, [0, 0, 1, 1]), 3)
0.88
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Union

#: Per contribution: a cluster index (``-1``: none) or a list of them (primary first, ``[]``: none).
Assignment = Union[int, Sequence[int]]

#: Codes that say nothing about the content; ignored when scoring.
UNINFORMATIVE_PREFIXES = ("Z Autres", "Sans réponse / Hors sujet / Inclassable")


def informative(categories: Sequence[str]) -> list[str]:
    """The categories that carry meaning ("A Aucun…", a refusal, is one).

    >>> informative(["Z Autres", "A Aucune", "RSA", "Sans réponse / Hors sujet / Inclassable"])
    ['A Aucune', 'RSA']
    """
    return [c for c in categories if not c.startswith(UNINFORMATIVE_PREFIXES)]


def cluster_sets(clusters: Sequence[Assignment]) -> list[set[int]]:
    """Each contribution's clusters as a set (``-1`` / ``[]``: empty).

    >>> cluster_sets([0, -1, [2, 1], []])
    [{0}, set(), {1, 2}, set()]
    """
    sets = []
    for cluster in clusters:
        if isinstance(cluster, Sequence):
            sets.append({int(c) for c in cluster if int(c) >= 0})
        else:  # an int (or a NumPy integer)
            sets.append({int(cluster)} if int(cluster) >= 0 else set())
    return sets


def primary_clusters(clusters: Sequence[Assignment]) -> list[int]:
    """Each contribution's first cluster (``-1``: none).

    >>> primary_clusters([0, -1, [2, 1], []])
    [0, -1, 2, -1]
    """
    out = []
    for cluster in clusters:
        if isinstance(cluster, Sequence):
            out.append(int(cluster[0]) if len(cluster) and int(cluster[0]) >= 0 else -1)
        else:  # an int (or a NumPy integer)
            out.append(int(cluster) if int(cluster) >= 0 else -1)
    return out


def category_f_measure(categories: Sequence[Sequence[str]], clusters: Sequence[Assignment]) -> float:
    """Larsen–Aone F-measure; ``clusters[i]``: a cluster (``< 0``: unassigned) or a list of them.

    >>> round(category_f_measure([["a"], ["a", "b"], ["b"]], [[0], [0, 1], [1]]), 3)
    1.0
    """
    members: dict[str, set[int]] = {}
    for i, cats in enumerate(categories):
        for category in cats:
            members.setdefault(category, set()).add(i)
    by_cluster: dict[int, set[int]] = {}
    for i, owned in enumerate(cluster_sets(clusters)):
        for cluster in owned:
            by_cluster.setdefault(cluster, set()).add(i)
    total = sum(len(m) for m in members.values())
    if not total:
        return 0.0
    score = 0.0
    for category, docs in members.items():
        best = 0.0
        for cluster_docs in by_cluster.values():
            overlap = len(docs & cluster_docs)
            if overlap:
                precision, recall = overlap / len(cluster_docs), overlap / len(docs)
                best = max(best, 2 * precision * recall / (precision + recall))
        score += len(docs) / total * best
    return score


def bcubed_f(categories: Sequence[Sequence[str]], clusters: Sequence[Assignment]) -> float:
    """Extended BCubed F (Amigó et al. 2009: several categories and several clusters per item);
    unassigned items are singletons.

    >>> round(bcubed_f([["a"], ["a"], ["b"]], [0, 0, 1]), 3)
    1.0
    >>> round(bcubed_f([["a"], ["a"], ["b"]], [0, 0, 0]), 3)
    0.714
    >>> round(bcubed_f([["a"], ["a", "b"], ["b"]], [[0], [0, 1], [1]]), 3)
    1.0
    """
    n = len(categories)
    if n == 0:
        return 0.0
    cats = [set(c) for c in categories]
    # An unassigned item is a cluster of its own (negative ids never shared).
    owned = [s if s else {-(i + 1)} for i, s in enumerate(cluster_sets(clusters))]
    precision = recall = 0.0
    for i in range(n):
        shared_clusters = [len(owned[i] & owned[j]) for j in range(n)]
        shared_cats = [len(cats[i] & cats[j]) for j in range(n)]
        mates = [j for j in range(n) if shared_clusters[j]]
        precision += sum(min(shared_clusters[j], shared_cats[j]) / shared_clusters[j] for j in mates) / len(mates)
        related = [j for j in range(n) if shared_cats[j]]
        recall += sum(min(shared_clusters[j], shared_cats[j]) / shared_cats[j] for j in related) / len(related)
    precision, recall = precision / n, recall / n
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def partition_scores(categories: Sequence[Sequence[str]], clusters: Sequence[Assignment]) -> dict[str, float]:
    """ARI and NMI of the primary clusters against each contribution's first category (unassigned =
    one more cluster)."""
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    truth = [cats[0] for cats in categories]
    predicted = primary_clusters(clusters)
    if len(truth) < 2:
        return {"ari": 0.0, "nmi": 0.0}
    return {
        "ari": float(adjusted_rand_score(truth, predicted)),
        "nmi": float(normalized_mutual_info_score(truth, predicted)),
    }


def score_question(
    all_categories: Sequence[Sequence[str]], clusters: Sequence[Assignment], non_empty: Sequence[bool] | None = None
) -> dict[str, float]:
    """Every score for one question: only contributions with an informative category are scored;
    the unassigned share is over the non-empty contributions (all of them when ``non_empty`` is not given).

    ``f_measure`` and ``bcubed_f`` count every cluster of a contribution; ``f_measure_primary`` and
    ``bcubed_f_primary`` its first one only (the same when each has one).
    """
    kept = [(informative(c), k) for c, k in zip(all_categories, clusters) if informative(c)]
    cats = [c for c, _ in kept]
    labels = [k for _, k in kept]
    primary = primary_clusters(labels)
    owned = cluster_sets(clusters)
    usable = [True] * len(clusters) if non_empty is None else list(non_empty)
    result = {
        "n": float(len(all_categories)),
        "n_scored": float(len(kept)),
        "n_clusters": float(len({c for s in owned for c in s})),
        "f_measure": category_f_measure(cats, labels),
        "bcubed_f": bcubed_f(cats, labels),
        "f_measure_primary": category_f_measure(cats, primary),
        "bcubed_f_primary": bcubed_f(cats, primary),
        "clusters_per_answer": sum(len(s) for s in owned) / max(1, sum(1 for s in owned if s)),
        "unassigned_share": sum(1 for s, ok in zip(owned, usable) if ok and not s) / max(1, sum(usable)),
    }
    result.update(partition_scores(cats, labels))
    return result
