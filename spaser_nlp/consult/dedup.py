"""Exact duplicates, near-duplicates and copy-paste campaigns (MinHash + LSH).

Texts are normalised (case, accents, punctuation, spacing) and compared as
sets of word 3-shingles. Candidate pairs come from LSH banding of 64 MinHash
values and are kept when their true Jaccard similarity reaches the threshold,
so the result does not depend on hash collisions. Groups are connected
components of kept pairs. A group of ``campaign_min_size`` or more members is a
campaign. Everything is deterministic (hashes are CRC32/BLAKE2, never
Python's salted ``hash``).

>>> groups = find_duplicate_groups(["Plus de bio à la cantine !", "plus de bio a la cantine", "Autre chose"])
>>> groups
[0, 0, -1]
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Sequence

import numpy as np

_PRIME = np.uint64((1 << 61) - 1)
_N_HASHES = 64
_BANDS = 16  # 16 bands x 4 rows: pairs with Jaccard >= 0.6 collide with probability > 0.9


def normalise_for_duplicates(text: str) -> str:
    """Lower case, no accents, only letters and digits separated by single spaces.

    >>> normalise_for_duplicates("  Économie   CIRCULAIRE, réemploi!! ")
    'economie circulaire reemploi'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _shingles(normalised: str, size: int = 3) -> np.ndarray:
    tokens = normalised.split()
    if len(tokens) < size:
        grams = [normalised] if normalised else []
    else:
        grams = [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]
    return np.unique(np.array([zlib.crc32(g.encode()) for g in grams], dtype=np.uint64))


def _permutations(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, (1 << 61) - 1, size=_N_HASHES, dtype=np.uint64)
    b = rng.integers(0, (1 << 61) - 1, size=_N_HASHES, dtype=np.uint64)
    return a, b


def _minhash(shingles: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if shingles.size == 0:
        return np.full(_N_HASHES, np.iinfo(np.uint64).max, dtype=np.uint64)
    # (a*x + b) mod p on 32-bit shingles; uint64 wrap-around is fine for a hash family.
    values = (np.outer(shingles, a) + b) % _PRIME
    return values.min(axis=0)


def _jaccard(x: np.ndarray, y: np.ndarray) -> float:
    if x.size == 0 or y.size == 0:
        return 0.0
    inter = np.intersect1d(x, y, assume_unique=True).size
    return inter / (x.size + y.size - inter)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def find_duplicate_groups(
    texts: Sequence[str], *, threshold: float = 0.6, seed: int = 0, skip: Sequence[bool] | None = None
) -> list[int]:
    """For each text, the index of its duplicate group (numbered by first member), or -1 if unique.

    ``skip[i]`` true keeps text ``i`` out of every group (empty texts, for instance).
    """
    n = len(texts)
    normalised = [normalise_for_duplicates(t) for t in texts]
    union = _UnionFind(n)
    # Exact duplicates after normalisation.
    first_seen: dict[str, int] = {}
    for i, norm in enumerate(normalised):
        if (skip is not None and skip[i]) or not norm:
            continue
        key = hashlib.blake2b(norm.encode(), digest_size=16).hexdigest()
        if key in first_seen:
            union.union(first_seen[key], i)
        else:
            first_seen[key] = i
    # Near duplicates among the distinct normalised texts.
    representatives = sorted(first_seen.values())
    a, b = _permutations(seed)
    shingles = {i: _shingles(normalised[i]) for i in representatives}
    rows = _N_HASHES // _BANDS
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for i in representatives:
        signature = _minhash(shingles[i], a, b)
        for band in range(_BANDS):
            key = (band, signature[band * rows : (band + 1) * rows].tobytes())
            buckets.setdefault(key, []).append(i)
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for x_pos, i in enumerate(members):
            # Big buckets (campaigns) are compared to their first member only, so
            # the work stays linear; the other bands catch the pairs this misses.
            partners = members[x_pos + 1 :] if len(members) <= 50 else (members[1:] if x_pos == 0 else [])
            for j in partners:
                if (i, j) in checked or union.find(i) == union.find(j):
                    continue
                checked.add((i, j))
                if _jaccard(shingles[i], shingles[j]) >= threshold:
                    union.union(i, j)
    roots = [union.find(i) for i in range(n)]
    sizes: dict[int, int] = {}
    for root in roots:
        sizes[root] = sizes.get(root, 0) + 1
    numbering: dict[int, int] = {}
    result = []
    for root in roots:
        if sizes[root] < 2:
            result.append(-1)
            continue
        if root not in numbering:
            numbering[root] = len(numbering)
        result.append(numbering[root])
    return result
