import numpy as np
import pytest

from spaser_nlp.embed import CachedEmbedder, get_embedder
from spaser_nlp.errors import ModelError

FRENCH = [
    "Développer les clauses sociales d'insertion dans les marchés de travaux",
    "Favoriser l'insertion professionnelle par les marchés publics",
    "Réduire les émissions de gaz à effet de serre des achats",
]


@pytest.mark.slow
def test_use_embeds_french_semantically():
    vectors = get_embedder("use").encode(FRENCH)
    assert vectors.shape == (3, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 2]


@pytest.mark.slow
def test_use_is_deterministic_and_cached():
    cached = CachedEmbedder(get_embedder("use"))
    first = cached.encode(FRENCH)
    again = get_embedder("use").encode(FRENCH)
    assert np.array_equal(first, cached.encode(FRENCH))
    assert np.allclose(first, again, atol=1e-6)


@pytest.mark.slow
def test_packaged_minilm_loads_offline():
    vectors = get_embedder("minilm").encode(FRENCH[:2])
    assert vectors.shape == (2, 384)


def test_cache_on_disk_roundtrip(tmp_path):
    class Counting:
        name = "counting"
        calls = 0

        def encode(self, texts, *, batch_size=0):
            Counting.calls += len(texts)
            return np.ones((len(texts), 4), dtype=np.float32) / 2

    cached = CachedEmbedder(Counting(), cache_dir=tmp_path)
    cached.encode(["a", "b", "a"])
    assert Counting.calls == 2
    cached.save()
    reloaded = CachedEmbedder(Counting(), cache_dir=tmp_path)
    reloaded.encode(["a", "b"])
    assert Counting.calls == 2


def test_unknown_embedder_and_missing_model_path():
    with pytest.raises(ModelError):
        get_embedder("bert-from-the-hub")
    with pytest.raises(ModelError):
        get_embedder("sentence-transformers:/no/such/model").encode(["x"])
