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
from array import array
from collections.abc import Sequence

import numpy as np

_PRIME = np.uint64((1 << 61) - 1)
_N_HASHES = 64
_BANDS = 16  # 16 bands x 4 rows: pairs with Jaccard >= 0.6 collide with probability > 0.9
#: Buckets up to this size compare every pair; bigger ones (campaigns) compare with their first member.
_SMALL_BUCKET = 50
#: Shingles hashed at once (x 64 hashes x 8 bytes: about 50 MB).
_BLOCK = 100_000


def normalise_for_duplicates(text: str) -> str:
    """Lower case, no accents, only letters and digits separated by single spaces.

    >>> normalise_for_duplicates("  Économie   CIRCULAIRE, réemploi!! ")
    'economie circulaire reemploi'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _gram_hashes(normalised: str, size: int = 3) -> list[int]:
    tokens = normalised.split()
    if len(tokens) < size:
        grams = [normalised] if normalised else []
    else:
        grams = [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]
    return [zlib.crc32(g.encode()) for g in grams]


def _shingle_table(normalised: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every text's :func:`_shingles`, concatenated, and the offsets of each text's run.

    One flat array instead of one small array per text: a million texts cost
    a few hundred MB, not gigabytes of Python objects.
    """
    hashes = array("I")
    counts = np.empty(len(normalised), dtype=np.int64)
    for row, text in enumerate(normalised):
        grams = _gram_hashes(text)
        hashes.extend(grams)
        counts[row] = len(grams)
    owner = np.repeat(np.arange(len(normalised), dtype=np.uint64), counts)
    # One sort of (text, hash) keys puts each text's hashes in order, in place (hashes are 32-bit).
    keys = (owner << np.uint64(32)) | np.frombuffer(hashes, dtype=np.uint32) if len(hashes) else owner
    keys.sort()
    del owner
    # Drop repeats within a text, as np.unique does per text.
    keep = np.ones(keys.size, dtype=bool)
    keep[1:] = keys[1:] != keys[:-1]
    keys = keys[keep]
    values = keys & np.uint64(0xFFFFFFFF)
    offsets = np.zeros(len(normalised) + 1, dtype=np.int64)
    np.cumsum(np.bincount((keys >> np.uint64(32)).astype(np.int64), minlength=len(normalised)), out=offsets[1:])
    return values, offsets


def _permutations(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, (1 << 61) - 1, size=_N_HASHES, dtype=np.uint64)
    b = rng.integers(0, (1 << 61) - 1, size=_N_HASHES, dtype=np.uint64)
    return a, b


def _mod_prime(x: np.ndarray) -> np.ndarray:
    """``x % (2**61 - 1)`` with shifts and masks (a Mersenne prime), several times faster than division.

    >>> int(_mod_prime(np.array([2**64 - 1, 2**61 - 1, 5], dtype=np.uint64))[0]) == (2**64 - 1) % (2**61 - 1)
    True
    """
    reduced = (x & _PRIME) + (x >> np.uint64(61))
    reduced[reduced >= _PRIME] -= _PRIME
    return reduced


def _signatures(values: np.ndarray, offsets: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The 64 MinHash values ``min((a*x + b) mod p)`` of every text of a shingle table, as one ``(n, 64)`` array, in bounded memory."""
    n = offsets.size - 1
    signatures = np.full((n, _N_HASHES), np.iinfo(np.uint64).max, dtype=np.uint64)
    counts = np.diff(offsets)
    start = 0
    while start < n:
        # Whole texts per block, about _BLOCK shingles (x 64 hashes) at a time.
        stop = int(np.searchsorted(offsets, offsets[start] + _BLOCK, side="right")) - 1
        stop = min(n, max(stop, start + 1))
        rows = np.arange(start, stop)[counts[start:stop] > 0]
        if rows.size:
            block = values[offsets[start] : offsets[stop]]
            hashed = block[:, None] * a
            hashed += b
            signatures[rows] = np.minimum.reduceat(_mod_prime(hashed), offsets[rows] - offsets[start], axis=0)
        start = stop
    return signatures


def _candidate_pairs(signatures: np.ndarray) -> np.ndarray:
    """Pairs ``(i, j)``, ``i < j``, of rows sharing an LSH band, as sorted codes ``i * n + j``.

    In a bucket of at most 50 rows every pair is a candidate; a bigger bucket (a
    campaign) pairs its first row with each other one, so the work stays linear;
    the other bands catch the pairs this misses.
    """
    n = signatures.shape[0]
    rows_per_band = _N_HASHES // _BANDS
    codes = [np.zeros(0, dtype=np.int64)]
    for band in range(_BANDS):
        columns = signatures[:, band * rows_per_band : (band + 1) * rows_per_band]
        # Stable sort: equal bands end up together, in row order.
        order = np.lexsort(columns.T[::-1])
        ranked = columns[order]
        new_bucket = np.ones(n, dtype=bool)
        new_bucket[1:] = (ranked[1:] != ranked[:-1]).any(axis=1)
        bucket = np.cumsum(new_bucket) - 1
        starts = np.flatnonzero(new_bucket)
        sizes = np.diff(np.append(starts, n))[bucket]
        big = sizes > _SMALL_BUCKET
        for distance in range(1, _SMALL_BUCKET):
            same = (bucket[distance:] == bucket[:-distance]) & ~big[distance:]
            if not same.any():
                break
            first = order[:-distance][same]
            codes.append(first.astype(np.int64) * n + order[distance:][same])
        members = np.flatnonzero(big & ~new_bucket)
        codes.append(order[starts[bucket[members]]].astype(np.int64) * n + order[members])
    merged = np.sort(np.concatenate(codes))
    keep = np.ones(merged.size, dtype=bool)
    keep[1:] = merged[1:] != merged[:-1]
    return merged[keep]


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
    union = _UnionFind(n)
    # Exact duplicates after normalisation.
    first_seen: dict[bytes, int] = {}
    distinct: list[str] = []
    for i, text in enumerate(texts):
        norm = normalise_for_duplicates(text)
        if (skip is not None and skip[i]) or not norm:
            continue
        key = hashlib.blake2b(norm.encode(), digest_size=16).digest()
        if key in first_seen:
            union.union(first_seen[key], i)
        else:
            first_seen[key] = i
            distinct.append(norm)
    # Near duplicates among the distinct normalised texts (in row order).
    representatives = np.fromiter(first_seen.values(), dtype=np.int64, count=len(first_seen))
    values, offsets = _shingle_table(distinct)
    del distinct, first_seen
    a, b = _permutations(seed)
    pairs = _candidate_pairs(_signatures(values, offsets, a, b))
    m = representatives.size
    for code in pairs.tolist():
        x, y = divmod(code, m)
        i, j = int(representatives[x]), int(representatives[y])
        if union.find(i) == union.find(j):
            continue
        if _jaccard(values[offsets[x] : offsets[x + 1]], values[offsets[y] : offsets[y + 1]]) >= threshold:
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
