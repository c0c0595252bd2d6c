"""TF-IDF features of a fitted vocabulary with numpy and scipy.sparse only.

Scoring needs the vectorisers' *transform*, not their fitting: count the vocabulary's n-grams, weight
them (``1 + log(count)``, times the idf) and divide each row by its Euclidean norm. Scikit-learn does this
in :class:`~sklearn.feature_extraction.text.TfidfVectorizer`, but importing scikit-learn costs about a
second in every new process (it pulls in ``scipy.stats`` and pandas), which a batch pays once per worker.
The functions here give the vectoriser's matrix float for float (same counts, same operations in the same
order; ``tests/classify/test_features.py`` compares them with scikit-learn's on the theme corpus).

>>> counter = WordNgramCounter({"a": 0, "b": 1, "a b": 2}, (1, 2))
>>> counter.counts(["a b a", "c"]).toarray().tolist()
[[2.0, 1.0, 1.0], [0.0, 0.0, 0.0]]
>>> tfidf(counter.counts(["a b a"]), np.ones(3)).toarray().round(3).tolist()
[[0.767, 0.453, 0.453]]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

#: scikit-learn's ``token_pattern=r"\S+"`` (the theme model's word tokens: lemmas joined by spaces).
_TOKEN = re.compile(r"(?u)\S+")
#: Zero-padded rows summed at once by :func:`l2_normalise_rows` (cells of the scratch array).
_BLOCK_CELLS = 1 << 20


class WordNgramCounter:
    """Counts of a fitted vocabulary's word n-grams: ``CountVectorizer(token_pattern=r"\\S+",
    lowercase=False, ngram_range=...)``'s ``transform``, float64, indices sorted."""

    def __init__(self, vocabulary: dict[str, int], ngram_range: tuple[int, int]) -> None:
        self.vocabulary = vocabulary
        self.ngram_range = (int(ngram_range[0]), int(ngram_range[1]))

    def ngrams(self, text: str) -> list[str]:
        """The n-grams scikit-learn's word analyser yields (unigrams first, then bigrams, ...)."""
        words = _TOKEN.findall(text)
        low, high = self.ngram_range
        grams = list(words) if low == 1 else []
        for n in range(max(low, 2), min(high, len(words)) + 1):
            grams.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
        return grams

    def counts(self, texts: Sequence[str]) -> sparse.csr_matrix:
        get = self.vocabulary.get
        indices: list[int] = []
        indptr = [0]
        for text in texts:
            indices.extend(index for index in map(get, self.ngrams(text)) if index is not None)
            indptr.append(len(indices))
        return count_matrix(indices, indptr, len(self.vocabulary))


def count_matrix(indices: list[int], indptr: list[int], features: int) -> sparse.csr_matrix:
    """Float64 counts from each row's feature indices (repeats allowed), each row's indices sorted."""
    matrix = sparse.csr_matrix(
        (np.ones(len(indices), dtype=np.float64), np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
        shape=(len(indptr) - 1, features),
    )
    matrix.sum_duplicates()  # sums repeated features and sorts each row's indices
    return matrix


def l2_normalise_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Divide each row of a CSR matrix by its Euclidean norm, in place (empty rows stay empty).

    Like scikit-learn's ``normalize(norm="l2")``, a row's squares are added left to right, one after the
    other, so the norms, and the floats, are the same (numpy's own sums add in pairs, which rounds
    differently): rows are laid side by side, zero-padded, and summed with ``cumsum`` along each row.
    """
    data, indptr = matrix.data, matrix.indptr
    lengths = np.diff(indptr)
    if data.size == 0:
        return matrix
    squares = data * data
    norms = np.empty(len(lengths), dtype=np.float64)
    first = 0
    while first < len(lengths):
        last, width = first, 0
        while last < len(lengths) and (last == first or (last - first + 1) * max(width, lengths[last]) <= _BLOCK_CELLS):
            width = max(width, int(lengths[last]))
            last += 1
        if width == 0:
            norms[first:last] = 0.0
        else:
            block = np.zeros((last - first, width), dtype=np.float64)
            block[np.arange(width) < lengths[first:last, None]] = squares[indptr[first] : indptr[last]]
            norms[first:last] = np.cumsum(block, axis=1)[:, -1]
        first = last
    np.sqrt(norms, out=norms)
    norms[norms == 0.0] = 1.0  # an all-zero row is left as it is
    data /= np.repeat(norms, lengths)
    return matrix


def tfidf(counts: sparse.csr_matrix, idf: np.ndarray, *, sublinear_tf: bool = True) -> sparse.csr_matrix:
    """``TfidfTransformer(sublinear_tf=..., norm="l2").transform`` of a count matrix, in its order of steps."""
    if sublinear_tf:
        np.log(counts.data, counts.data)
        counts.data += 1.0
    counts.data *= idf[counts.indices]
    return l2_normalise_rows(counts)


__all__ = ["WordNgramCounter", "count_matrix", "l2_normalise_rows", "tfidf"]
