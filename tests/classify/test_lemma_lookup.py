"""The cached lemma table gives exactly spaCy's lemmas, and survives a damaged or missing cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from spaser_nlp.classify import lemma_lookup
from spaser_nlp.classify.text import SPACY_MODEL, _spacy_lemma_table

spacy_strings = pytest.importorskip("spacy.strings")


@pytest.fixture(scope="module")
def spacy_table():
    return _spacy_lemma_table()


def test_hash_is_spacys(spacy_table) -> None:
    words = ["", "a", "marchés", "émissions", "œuvre", "ça", "x" * 23, "日本語", "clauses sociales", "l'achat"]
    words += [value[0] for _, value in zip(range(5000), spacy_table.values(), strict=False)]
    assert all(lemma_lookup.murmurhash64a(w.encode("utf-8")) == spacy_strings.hash_string(w) for w in words)


def test_cached_table_is_spacys_table_entry_for_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spacy_table) -> None:
    monkeypatch.setenv("SPASER_NLP_CACHE", str(tmp_path))
    built = lemma_lookup.load_lemma_lookup(SPACY_MODEL, lambda: spacy_table)
    assert built is not None and len(list(tmp_path.glob("lemma_lookup-*"))) == 1
    cached = lemma_lookup.load_lemma_lookup(SPACY_MODEL, lambda: pytest.fail("the cache was not used"))
    assert cached is not None and len(cached) == len(spacy_table)
    lemmas = dict(zip(cached.keys.tolist(), cached.lemmas, strict=True))
    assert all(lemmas[key] == (value[0] if isinstance(value, list) else value) for key, value in spacy_table.items())
    for word in ("mangeaient", "marchés", "réservées", "zzzinconnu"):
        expected = spacy_table.get(word)
        assert cached.get(word) == (expected[0] if isinstance(expected, list) else expected)


def test_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spacy_table) -> None:
    monkeypatch.setenv("SPASER_NLP_CACHE", str(tmp_path))
    lemma_lookup.load_lemma_lookup(SPACY_MODEL, lambda: spacy_table)
    (cache,) = tmp_path.glob("lemma_lookup-*")
    (cache / "keys.npy").write_bytes(b"not an npy")
    again = lemma_lookup.load_lemma_lookup(SPACY_MODEL, lambda: spacy_table)
    assert again is not None and again.get("mangeaient") == "manger"
    cached = lemma_lookup.load_lemma_lookup(SPACY_MODEL, lambda: pytest.fail("the cache was not rewritten"))
    assert cached is not None and cached.get("mangeaient") == "manger"  # rewritten whole


def test_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spacy_table) -> None:
    monkeypatch.setenv("SPASER_NLP_CACHE", "off")
    monkeypatch.chdir(tmp_path)
    calls = []
    for _ in range(2):
        lookup = lemma_lookup.load_lemma_lookup(SPACY_MODEL, lambda: calls.append(1) or spacy_table)
        assert lookup is not None and lookup.get("mangeaient") == "manger"
    assert len(calls) == 2 and not list(tmp_path.iterdir())
