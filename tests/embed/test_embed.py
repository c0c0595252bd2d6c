import numpy as np
import pytest

from spaser_nlp.embed import CachedEmbedder, get_embedder
from spaser_nlp.errors import InputError

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
    """Both are the user's input (exit 2), not a broken installation (exit 3)."""
    with pytest.raises(InputError) as unknown:
        get_embedder("bert-from-the-hub")
    assert unknown.value.exit_code == 2
    with pytest.raises(InputError):
        get_embedder("sentence-transformers:/no/such/model").encode(["x"])


class _Numbered:
    """A deterministic embedder: a text's vector is its length and its first character's code."""

    name = "numbered"

    def __init__(self):
        self.calls = 0

    def encode(self, texts, *, batch_size=0):
        self.calls += len(texts)
        return np.array([[len(t), ord(t[0]) if t else 0, 1.0] for t in texts], dtype=np.float32)


def test_disk_cache_shards_merge_and_survive_damage(tmp_path, monkeypatch):
    from spaser_nlp.embed import backends

    monkeypatch.setattr(backends, "MAX_SHARDS", 2)
    texts = [f"contribution {i}" for i in range(10)]
    for run in range(3):  # three runs, each with new texts: three shards, then merged into one
        cache = CachedEmbedder(_Numbered(), cache_dir=tmp_path)
        cache.encode(texts[: 4 + 3 * run])
        cache.save()
    shards = sorted(tmp_path.glob("embeddings-*"))
    assert len(shards) == 1 and shards[0].is_dir()
    again = CachedEmbedder(_Numbered(), cache_dir=tmp_path)
    vectors = again.encode(texts, shared=True)
    assert again.embedder.calls == 0
    np.testing.assert_array_equal(vectors, _Numbered().encode(texts))
    assert not again._unsaved
    again.save()  # nothing new: no file written
    assert sorted(tmp_path.glob("embeddings-*")) == shards
    (shards[0] / "vectors.npy").write_bytes(b"damaged")
    fresh = CachedEmbedder(_Numbered(), cache_dir=tmp_path)
    np.testing.assert_array_equal(fresh.encode(texts[:2]), _Numbered().encode(texts[:2]))
    assert fresh.embedder.calls == 2


def test_disk_cache_reads_the_one_file_format_and_replaces_it(tmp_path):
    legacy = CachedEmbedder(_Numbered())
    first = legacy.encode(["a", "bb"])
    prefix = CachedEmbedder(_Numbered())._prefix()
    np.savez(tmp_path / f"{prefix}.npz", **{CachedEmbedder.key(t): v for t, v in zip(["a", "bb"], first)})
    cache = CachedEmbedder(_Numbered(), cache_dir=tmp_path)
    np.testing.assert_array_equal(cache.encode(["bb", "a"]), first[::-1])
    assert cache.embedder.calls == 0
    cache.save()
    assert not (tmp_path / f"{prefix}.npz").exists() and len(list(tmp_path.glob(f"{prefix}-*"))) == 1
    reread = CachedEmbedder(_Numbered(), cache_dir=tmp_path, read_only=True)
    np.testing.assert_array_equal(reread.encode(["a", "bb"]), first)
    assert reread.embedder.calls == 0


def test_disk_cache_reads_npz_shards_and_replaces_them(tmp_path):
    first = CachedEmbedder(_Numbered()).encode(["a", "bb"])
    prefix = CachedEmbedder(_Numbered())._prefix()
    keys = "\n".join(CachedEmbedder.key(t) for t in ["a", "bb"]).encode()
    np.savez(tmp_path / f"{prefix}-0123456789ab.npz", keys=np.frombuffer(keys, dtype=np.uint8), vectors=first)
    cache = CachedEmbedder(_Numbered(), cache_dir=tmp_path)
    np.testing.assert_array_equal(cache.encode(["bb", "a"]), first[::-1])
    assert cache.embedder.calls == 0
    cache.save()
    assert [p.is_dir() for p in tmp_path.glob(f"{prefix}-*")] == [True]
    np.testing.assert_array_equal(CachedEmbedder(_Numbered(), cache_dir=tmp_path).encode(["a", "bb"]), first)


def test_a_damaged_one_file_cache_is_embedded_again(tmp_path):
    prefix = CachedEmbedder(_Numbered())._prefix()
    (tmp_path / f"{prefix}.npz").write_bytes(b"PK\x03\x04 not a zip")
    cache = CachedEmbedder(_Numbered(), cache_dir=tmp_path)
    np.testing.assert_array_equal(cache.encode(["a"]), _Numbered().encode(["a"]))
    assert cache.embedder.calls == 1
