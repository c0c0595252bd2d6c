"""spaCy's French ``lemma_lookup`` table, loaded in milliseconds from a local cache.

The theme classifier falls back on spaCy's context-free lemma table for words its own table lacks. Reading
that table the usual way costs every new process about 1.2 s (importing spaCy, then decoding the model's
9.6 MB ``lookups.bin``), which a batch pays once per worker. The table is a mapping from spaCy's 64-bit hash
of a word (MurmurHash64A, seed 1, of its UTF-8 bytes) to its lemmas; this module keeps the same mapping as a
sorted array of hashes and their first lemmas in an ``.npz`` file of the user's cache folder
(:mod:`spaser_nlp.cache`), named after the model's version and the table file. The first process writes it;
later ones load it in about 30 ms. Lookups give exactly what spaCy's ``Table.get`` gives (first lemma), which
``tests/classify/test_lemma_lookup.py`` checks on every entry.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np

from spaser_nlp.cache import (
    fingerprint,
    read_arrays,
    strings_of,
    text_array,
    write_arrays,
)

_M = 0xC6A4A7935BD1E995
_MASK = (1 << 64) - 1


def murmurhash64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A of ``data``: spaCy's ``hash_string`` is ``murmurhash64a(text.encode("utf8"))``.

    >>> murmurhash64a("manger".encode()) == murmurhash64a(b"manger", 1) != murmurhash64a(b"manger", 0)
    True
    """
    length = len(data)
    h = (seed ^ (length * _M)) & _MASK
    end = length - length % 8
    for start in range(0, end, 8):
        k = (int.from_bytes(data[start : start + 8], "little") * _M) & _MASK
        k ^= k >> 47
        h = ((h ^ ((k * _M) & _MASK)) * _M) & _MASK
    if end < length:
        h = ((h ^ int.from_bytes(data[end:], "little")) * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    return h ^ (h >> 47)


class LemmaLookup:
    """Word -> its first lemma in spaCy's table (``None`` if absent), from sorted hashes."""

    def __init__(self, keys: np.ndarray, lemmas: list[str]) -> None:
        self.keys = keys
        self.lemmas = lemmas

    def __len__(self) -> int:
        return len(self.lemmas)

    def get(self, word: str) -> str | None:
        key = np.uint64(murmurhash64a(word.encode("utf-8")))
        index = int(np.searchsorted(self.keys, key))
        if index < len(self.keys) and self.keys[index] == key:
            return self.lemmas[index]
        return None


def model_table_file(model: str) -> tuple[Path, str] | None:
    """The model package's ``lemmatizer/lookups/lookups.bin`` and the model's version, found without importing."""
    spec = importlib.util.find_spec(model)
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    try:
        version = json.loads((package / "meta.json").read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        return None
    path = package / f"{model}-{version}" / "lemmatizer" / "lookups" / "lookups.bin"
    return (path, version) if path.is_file() else None


def _from_spacy_table(table) -> LemmaLookup:
    pairs = sorted((int(key), value[0] if isinstance(value, list) else value) for key, value in table.items()
                   if (isinstance(value, list) and value) or isinstance(value, str))
    return LemmaLookup(np.array([key for key, _ in pairs], dtype=np.uint64), [str(lemma) for _, lemma in pairs])


def load_lemma_lookup(model: str, spacy_table) -> LemmaLookup | None:
    """The cached table of ``model``; built from ``spacy_table()`` (called only then) and cached if missing.

    None when the model's table file cannot be located (the caller then uses spaCy's table directly).
    """
    located = model_table_file(model)
    if located is None:
        return None
    source, version = located
    name = f"lemma_lookup-{model}-{version}-{fingerprint(source)}.npz"
    cached = read_arrays(name)
    if cached is not None:
        try:
            return LemmaLookup(cached["keys"], strings_of(cached["lemmas"], len(cached["keys"])))
        except (KeyError, ValueError, UnicodeDecodeError):
            pass  # damaged: rebuilt below
    lookup = _from_spacy_table(spacy_table())
    text = text_array(lookup.lemmas)
    if text is not None:
        write_arrays(name, {"keys": lookup.keys, "lemmas": text})
    return lookup


__all__ = ["LemmaLookup", "load_lemma_lookup", "model_table_file", "murmurhash64a"]
