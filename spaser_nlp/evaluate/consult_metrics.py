"""Scores of a clustering against human-coded categories (multi-label).

- **Category F-measure** (Larsen & Aone 1999): for each human category, the F1
  of its best-matching cluster, averaged with weights proportional to category
  size. Unassigned contributions form no cluster.
- **BCubed F** (extended to several categories per item, Amigó et al. 2009):
  per contribution, how many of its cluster-mates share a category with it
  (precision) and how many of those sharing a category are in its cluster
  (recall); an unassigned contribution is a cluster of its own.
- **ARI / NMI**: against each contribution's first informative category.
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

#: Codes that say nothing about the content; ignored when scoring.
UNINFORMATIVE_PREFIXES = ("Z Autres", "Sans réponse / Hors sujet / Inclassable")


def informative(categories: Sequence[str]) -> list[str]:
    """The categories that carry meaning ("A Aucun…", a refusal, is one).

    >>> informative(["Z Autres", "A Aucune", "RSA", "Sans réponse / Hors sujet / Inclassable"])
    ['A Aucune', 'RSA']
    """
    return [c for c in categories if not c.startswith(UNINFORMATIVE_PREFIXES)]


def category_f_measure(categories: Sequence[Sequence[str]], clusters: Sequence[int]) -> float:
    """Larsen–Aone F-measure; ``clusters[i] < 0`` means unassigned."""
    members: dict[str, set[int]] = {}
    for i, cats in enumerate(categories):
        for category in cats:
            members.setdefault(category, set()).add(i)
    by_cluster: dict[int, set[int]] = {}
    for i, cluster in enumerate(clusters):
        if cluster >= 0:
            by_cluster.setdefault(int(cluster), set()).add(i)
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


def bcubed_f(categories: Sequence[Sequence[str]], clusters: Sequence[int]) -> float:
    """Extended BCubed F (one cluster per item, several categories); unassigned items are singletons.

    >>> round(bcubed_f([["a"], ["a"], ["b"]], [0, 0, 1]), 3)
    1.0
    >>> round(bcubed_f([["a"], ["a"], ["b"]], [0, 0, 0]), 3)
    0.714
    """
    n = len(categories)
    if n == 0:
        return 0.0
    cats = [set(c) for c in categories]
    cluster = [int(c) if c >= 0 else -(i + 1) for i, c in enumerate(clusters)]
    precision = recall = 0.0
    for i in range(n):
        mates = [j for j in range(n) if cluster[j] == cluster[i]]
        precision += sum(1.0 for j in mates if cats[i] & cats[j]) / len(mates)
        related = [j for j in range(n) if cats[i] & cats[j]]
        recall += sum(1.0 / len(cats[i] & cats[j]) for j in related if cluster[j] == cluster[i]) / len(related)
    precision, recall = precision / n, recall / n
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def partition_scores(categories: Sequence[Sequence[str]], clusters: Sequence[int]) -> dict[str, float]:
    """ARI and NMI against each contribution's first category (unassigned = one more cluster)."""
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    truth = [cats[0] for cats in categories]
    predicted = [int(c) for c in clusters]
    if len(truth) < 2:
        return {"ari": 0.0, "nmi": 0.0}
    return {
        "ari": float(adjusted_rand_score(truth, predicted)),
        "nmi": float(normalized_mutual_info_score(truth, predicted)),
    }


def score_question(
    all_categories: Sequence[Sequence[str]], clusters: Sequence[int], non_empty: Sequence[bool] | None = None
) -> dict[str, float]:
    """Every score for one question: only contributions with an informative category are scored;
    the unassigned share is over the non-empty contributions (all of them when ``non_empty`` is not given)."""
    kept = [(informative(c), k) for c, k in zip(all_categories, clusters) if informative(c)]
    cats = [c for c, _ in kept]
    labels = [k for _, k in kept]
    usable = [True] * len(clusters) if non_empty is None else list(non_empty)
    result = {
        "n": float(len(all_categories)),
        "n_scored": float(len(kept)),
        "n_clusters": float(len({int(k) for k in clusters if k >= 0})),
        "f_measure": category_f_measure(cats, labels),
        "bcubed_f": bcubed_f(cats, labels),
        "unassigned_share": sum(1 for k, ok in zip(clusters, usable) if ok and k < 0) / max(1, sum(usable)),
    }
    result.update(partition_scores(cats, labels))
    return result
