"""Scores of a clustering against human-coded categories (multi-label).

- **Category F-measure** (Larsen & Aone 1999): for each human category, the F1
  of its best-matching cluster, averaged with weights proportional to category
  size. Unassigned contributions form no cluster.
- **ARI / NMI**: against each contribution's first informative category.
- **Unassigned share**: contributions with no cluster, over all contributions.

>>> categories = [["a"], ["a"], ["b"], ["b", "a"]]
>>> round(category_f_measure(categories, [0, 0, 1, 1]), 3)
0.88
"""

from __future__ import annotations

from collections.abc import Sequence

#: Codes that say nothing about the content; ignored when scoring.
UNINFORMATIVE_PREFIXES = ("Z Autres", "A Aucun", "Sans réponse / Hors sujet / Inclassable")


def informative(categories: Sequence[str]) -> list[str]:
    """The categories that carry meaning.

    >>> informative(["Z Autres", "A Aucune", "RSA", "Sans réponse / Hors sujet / Inclassable"])
    ['RSA']
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


def score_question(all_categories: Sequence[Sequence[str]], clusters: Sequence[int]) -> dict[str, float]:
    """Every score for one question: only contributions with an informative category are scored,
    the unassigned share is over all of them."""
    kept = [(informative(c), k) for c, k in zip(all_categories, clusters) if informative(c)]
    cats = [c for c, _ in kept]
    labels = [k for _, k in kept]
    result = {
        "n": float(len(all_categories)),
        "n_scored": float(len(kept)),
        "n_clusters": float(len({int(k) for k in clusters if k >= 0})),
        "f_measure": category_f_measure(cats, labels),
        "unassigned_share": sum(1 for k in clusters if k < 0) / max(1, len(clusters)),
    }
    result.update(partition_scores(cats, labels))
    return result
