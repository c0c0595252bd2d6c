"""The French lemmatizer's lookup tables as compact arrays, read in milliseconds from the local cache.

The model's ``lemmatizer/lookups/lookups.bin`` (9.6 MB of msgpack: ``lemma_lookup``, ``lemma_index``,
``lemma_exc``, ``lemma_rules``) costs every new process about 0.7 s of CPU and 140-170 MB to decode into
Python dicts and lists, of which a run uses a few thousand entries. The first process turns it into sorted
arrays of the 64-bit keys spaCy's ``Table`` files words under (``spacy.strings.get_string_id``) and a byte
blob of the values, kept in :mod:`spaser_nlp.cache` under a name carrying the file's fingerprint; later
processes map those arrays and decode only the entries they look up. Answers are the tables' answers:
``tests/test_french_lemma_tables.py`` compares every entry and the pipeline's lemmas on the repo corpora.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from spaser_nlp.cache import fingerprint, read_arrays, write_arrays

#: The parts of speech whose index, exceptions and rules the French lemmatizer reads.
POS = ("noun", "verb", "adj", "adp", "adv", "aux", "cconj", "det", "pron", "punct", "sconj")
_FORMAT = "spacy-string-id-2"  # part of the cached entry's name: changes with what it holds
_SEP = "\x1f"  # between the lemmas of one entry (never in a word)


def _hash(word: str) -> int:
    """The key spaCy's ``Table`` files ``word`` under (its hash, or a symbol's id for spaCy's symbols)."""
    from spacy.strings import get_string_id

    return int(get_string_id(word))


class HashedTable:
    """Word -> list of lemmas (``None`` if absent), from sorted hashes, offsets and a UTF-8 blob."""

    def __init__(self, keys: np.ndarray, offsets: np.ndarray | None = None, blob: np.ndarray | None = None) -> None:
        self.keys = keys
        self.offsets = offsets
        self.blob = blob

    def _find(self, word: str) -> int:
        key = np.uint64(_hash(word))
        index = int(np.searchsorted(self.keys, key))
        return index if index < len(self.keys) and self.keys[index] == key else -1

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) >= 0

    def get(self, word: str, default: Any = None) -> Any:
        index = self._find(word)
        if index < 0 or self.offsets is None or self.blob is None:
            return default
        start, end = int(self.offsets[index]), int(self.offsets[index + 1])
        return bytes(self.blob[start:end]).decode("utf-8").split(_SEP)


    def values(self) -> Iterator[list[str]]:
        """Every entry's lemmas, in key order."""
        if self.offsets is None or self.blob is None:
            return
        blob, offsets = bytes(self.blob), self.offsets.tolist()
        for start, end in zip(offsets[:-1], offsets[1:]):
            yield blob[start:end].decode("utf-8").split(_SEP)


class CompactLookups:
    """What :class:`~spaser_nlp.french._spacy_fr.FrenchLemmatizer` reads of its four tables."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.lookup = HashedTable(arrays["lookup_keys"], arrays["lookup_offsets"], arrays["lookup_blob"])
        self.lookup_lemmas = HashedTable(arrays["lookup_lemmas"])
        self.index: dict[str, HashedTable] = {}
        self.exc: dict[str, HashedTable] = {}
        for pos in POS:
            if f"index_{pos}" in arrays:
                self.index[pos] = HashedTable(arrays[f"index_{pos}"])
            if f"exc_{pos}_keys" in arrays:
                self.exc[pos] = HashedTable(arrays[f"exc_{pos}_keys"], arrays[f"exc_{pos}_offsets"],
                                            arrays[f"exc_{pos}_blob"])
        rules = json.loads(bytes(arrays["rules"]).decode("utf-8"))
        self.rules: dict[str, list[tuple[str, str]]] = {pos: [(old, new) for old, new in pairs]
                                                         for pos, pairs in rules.items()}
        self.has_rules = bool(arrays["has_rules"][0])


def _hashed(entries: list[tuple[int, list[str]]], name: str) -> dict[str, np.ndarray] | None:
    entries.sort(key=lambda entry: entry[0])
    keys = np.array([key for key, _ in entries], dtype=np.uint64)
    if len(keys) > 1 and bool((keys[1:] == keys[:-1]).any()):
        return None  # two words with one hash: keep spaCy's tables
    chunks = []
    for _, values in entries:
        if any(_SEP in value for value in values) or not values:
            return None
        chunks.append(_SEP.join(values).encode("utf-8"))
    offsets = np.zeros(len(chunks) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(chunk) for chunk in chunks])
    return {f"{name}_keys": keys, f"{name}_offsets": offsets,
            f"{name}_blob": np.frombuffer(b"".join(chunks), dtype=np.uint8)}


def build_arrays(lookups: Any) -> dict[str, np.ndarray] | None:
    """The arrays of a spaCy ``Lookups`` holding the four tables (``None`` if they cannot be kept exactly)."""
    arrays: dict[str, np.ndarray] = {}
    table = lookups.get_table("lemma_lookup")
    entries = []
    for key, value in table.items():
        values = [value] if isinstance(value, str) else list(value)
        entries.append((int(key), [str(item) for item in values]))
    part = _hashed(entries, "lookup")
    if part is None:
        return None
    arrays.update(part)
    arrays["lookup_lemmas"] = np.unique(np.array([_hash(value.lower()) for _, values in entries for value in values],
                                                 dtype=np.uint64))
    index_table = lookups.get_table("lemma_index")
    exc_table = lookups.get_table("lemma_exc")
    rules_table = lookups.get_table("lemma_rules")
    rules = {}
    for pos in POS:
        words = index_table.get(pos)
        if words is not None:
            if not isinstance(words, list):
                return None
            hashes = np.unique(np.array([_hash(word) for word in words], dtype=np.uint64))
            arrays[f"index_{pos}"] = hashes
        exceptions = exc_table.get(pos)
        if exceptions is not None:
            part = _hashed([(_hash(word), [str(item) for item in values]) for word, values in exceptions.items()],
                           f"exc_{pos}")
            if part is None:
                return None
            arrays.update(part)
        pairs = rules_table.get(pos)
        if pairs is not None:
            rules[pos] = [[old, new] for old, new in pairs]
    arrays["rules"] = np.frombuffer(json.dumps(rules, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    arrays["has_rules"] = np.array([1], dtype=np.uint8)
    return arrays


def load_compact(folder: Path) -> CompactLookups | None:
    """The compact tables of a lemmatizer's ``lookups`` folder, cached; ``None`` to read spaCy's as usual."""
    source = Path(folder) / "lookups.bin"
    if not source.is_file():
        return None
    try:
        name = f"french_lemmatizer-{fingerprint(source, extra=_FORMAT)}"
    except OSError:
        return None
    arrays = read_arrays(name, mmap=True)
    if arrays is None:
        from spacy.lookups import Lookups

        lookups = Lookups().from_disk(folder)
        if not all(lookups.has_table(table) for table in ("lemma_lookup", "lemma_index", "lemma_exc",
                                                          "lemma_rules")):
            return None
        arrays = build_arrays(lookups)
        if arrays is None:
            return None
        write_arrays(name, arrays)
    try:
        return CompactLookups(arrays)
    except (KeyError, ValueError, UnicodeDecodeError):
        return None


def lemma_table(nlp: Any, name: str) -> Any:
    """The ``lemma_lookup`` table (``get(word)`` -> lemmas or ``None``, ``word in``, ``values()``) or the
    ``lemma_index`` (part of speech -> a set-like of its words) of ``nlp``'s lemmatizer: its compact tables
    when it has them, else spaCy's (without decoding the model's whole file for a few words)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    compact = getattr(lemmatizer, "compact_tables", None)
    if name not in ("lemma_lookup", "lemma_index"):
        raise ValueError(f"{name}: not a table lemma_table gives")
    if compact is not None:
        return compact.lookup if name == "lemma_lookup" else compact.index
    table = lemmatizer.lookups.get_table(name)
    if name == "lemma_lookup":
        return table
    return {pos: frozenset(words) for pos in POS if (words := table.get(pos)) is not None}


def lookup_lemmas(nlp: Any) -> Any:
    """The lower-cased lemmas (values) of ``nlp``'s ``lemma_lookup`` table, as a set-like (``word in``)."""
    compact = getattr(nlp.get_pipe("lemmatizer"), "compact_tables", None)
    if compact is not None:
        return compact.lookup_lemmas
    table = lemma_table(nlp, "lemma_lookup")
    return {str(lemma).lower() for value in table.values()
            for lemma in (value if isinstance(value, (list, tuple)) else [value])}
