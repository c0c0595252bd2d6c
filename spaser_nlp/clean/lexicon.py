"""The French lexicon the cleaner consults, loaded once per process.

Files live in ``lexicon/`` of the models folder (:func:`spaser_nlp.resources.models_dir`;
``SPASER_NLP_MODELS`` overrides it):
``fr_words.tsv.gz`` (word list with Zipf frequencies, built from ``wordfreq``
by ``build_lexicon.py``), ``domain_words.txt`` (procurement vocabulary),
``acronyms.txt`` and ``places.txt`` (protected, never changed).
"""

from __future__ import annotations

import gzip
import hashlib
import re
import threading
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spaser_nlp.errors import ModelError
from spaser_nlp.resources import models_dir

if TYPE_CHECKING:
    import numpy as np

_STRIP = {}
for _char in "àâäáãåéèêëíìîïóòôöõúùûüçÿñœæ":
    _base = unicodedata.normalize("NFD", _char)[0]
    _STRIP[ord(_char)] = _base
_STRIP[ord("œ")] = "oe"
_STRIP[ord("æ")] = "ae"
ACCENT_STRIP = str.maketrans(_STRIP)


def accent_key(word: str) -> str:
    """Lower-case ``word`` without diacritics (the key of accent variants).

    >>> accent_key("Première"), accent_key("œuvre")
    ('premiere', 'oeuvre')
    """
    return word.lower().translate(ACCENT_STRIP)


class Lexicon:
    """Word frequencies, accent-variant index and the protected word lists.

    Read from the user's cache, the 300,000 words stay in their arrays: :meth:`frequency` and
    :meth:`variants` find a word through a sorted table of 64-bit hashes (a few microseconds, about 10 MB
    instead of 50 MB of Python strings and dicts: what the consultation's label check needs). The cleaner
    reads :attr:`zipf`, the whole word -> frequency dict, decoded on first use.
    """

    def __init__(
        self,
        zipf: dict[str, float] | None,
        acronyms: frozenset[str],
        proper_nouns: frozenset[str],
        domain: frozenset[str],
        _by_key: AccentIndex | HashedAccentIndex | None = None,
        *,
        table: HashedWords | None = None,
    ) -> None:
        if zipf is None and table is None:
            raise ValueError("a Lexicon needs its word frequencies (zipf) or their hashed table")
        self._zipf = zipf
        self._table = table
        self.acronyms = acronyms
        self.proper_nouns = proper_nouns
        self.domain = domain
        self._by_key = _by_key

    def __repr__(self) -> str:
        return f"Lexicon({self._size()} words, {len(self.acronyms)} acronyms, {len(self.domain)} domain words)"

    def _size(self) -> int:
        return len(self._zipf) if self._zipf is not None else len(self._table or ())

    @property
    def zipf(self) -> dict[str, float]:
        """Every word (lower case) -> its Zipf frequency, in the word list's order."""
        if self._zipf is None:
            assert self._table is not None
            self._zipf = self._table.as_dict()
            if isinstance(self._by_key, HashedAccentIndex):
                # A user of the whole dict (the cleaner) looks words up by the million: plain dicts for both.
                self._by_key = self._by_key.decoded()
        return self._zipf

    def _lookup(self, word: str) -> float | None:
        if self._zipf is not None:
            return self._zipf.get(word)
        assert self._table is not None
        return self._table.get(word)

    def frequency(self, word: str) -> float:
        """Zipf frequency of ``word`` (lower-cased), 0 when unknown.

        >>> Lexicon.load().frequency("Marchés") > 4
        True
        """
        found = self._lookup(word.lower())
        return 0.0 if found is None else found

    def variants(self, word: str) -> tuple[str, ...]:
        """Known words sharing ``word``'s accent key, most frequent first.

        >>> Lexicon.load().variants("premiére")[0]
        'première'
        """
        if self._by_key is None:
            self._by_key = AccentIndex.from_index(_index_by_key(self.zipf))
        key = accent_key(word)
        accented = self._by_key.get(key, ())
        own = self._lookup(key)
        if own is not None:
            frequencies = {w: self._lookup(w) or 0.0 for w in accented}
            frequencies[key] = own
            return tuple(sorted((*accented, key), key=lambda w: (-frequencies[w], w)))
        return accented

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        """The process-wide lexicon (loaded on first use, then shared)."""
        key = str(folder or models_dir())
        with _LOCK:
            if key not in _CACHE:
                _CACHE[key] = _read(Path(key) / "lexicon")
            return _CACHE[key]


_CACHE: dict[str, Lexicon] = {}
_LOCK = threading.Lock()


def _read(folder: Path) -> Lexicon:
    words_file = folder / "fr_words.tsv.gz"
    if not words_file.is_file():
        raise ModelError(
            "French word list missing; reinstall spaser-nlp, build it in a checkout with "
            "`python models/lexicon/build_lexicon.py`, or set SPASER_NLP_MODELS to a folder holding lexicon/",
            path=words_file,
        )
    zipf, by_key, table = _word_tables(words_file)
    acronyms = frozenset(_lines(folder / "acronyms.txt"))
    proper: set[str] = set()
    for line in _lines(folder / "places.txt"):
        proper.update(piece for piece in re.split(r"[\s\-'’]+", line) if len(piece) > 1 and piece[0].isupper())
        proper.update(piece for piece in re.split(r"[\s\-'’.]+", line) if len(piece) > 1 and piece[0].isupper())
    domain = frozenset(w.lower() for line in _lines(folder / "domain_words.txt") for w in line.split())
    return Lexicon(zipf, acronyms, frozenset(proper), domain, by_key, table=table)


class AccentIndex:
    """Accent key -> its accented words, most frequent first (the tuples of :func:`_index_by_key`).

    Held as one list of words grouped by key and each key's slice of it; tuples are made on lookup.
    """

    def __init__(self, keys: list[str], offsets: list[int], words: list[str]) -> None:
        self._slots = dict(zip(keys, range(len(keys))))
        self._offsets = offsets
        self._words = words

    @classmethod
    def from_index(cls, index: dict[str, tuple[str, ...]]) -> AccentIndex:
        offsets = [0]
        words: list[str] = []
        for group in index.values():
            words.extend(group)
            offsets.append(len(words))
        return cls(list(index), offsets, words)

    def get(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        slot = self._slots.get(key)
        if slot is None:
            return default
        return tuple(self._words[self._offsets[slot] : self._offsets[slot + 1]])

    def __len__(self) -> int:
        return len(self._slots)

    def parts(self) -> tuple[list[str], list[int], list[str]]:
        """The keys, each key's slice bounds and the grouped words: what :meth:`__init__` takes."""
        return list(self._slots), self._offsets, self._words


def _hash64(text: str) -> int:
    """A stable 64-bit hash of ``text`` (BLAKE2b of its UTF-8 bytes), the key of the cached hash tables."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def _hash_table(strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """``(sorted hashes, position of each hash's string)`` of ``strings``: what :class:`HashedStrings` searches."""
    import numpy as np

    hashes = np.fromiter((_hash64(text) for text in strings), dtype=np.uint64, count=len(strings))
    order = np.argsort(hashes, kind="stable")
    return hashes[order], order.astype(np.int64)


class HashedStrings:
    """The strings of a cached text array (:func:`spaser_nlp.cache.text_array`), decoded one at a time and
    found through a sorted table of their hashes (equal hashes are told apart by the bytes)."""

    def __init__(self, blob: np.ndarray, count: int, hashes: np.ndarray, order: np.ndarray) -> None:
        import numpy as np

        breaks = np.flatnonzero(blob == ord("\n"))
        if count == 0 or len(breaks) != count - 1 or len(hashes) != count or len(order) != count:
            raise ValueError(f"expected {count} strings and hashes")
        self._blob = blob
        self._starts = np.concatenate([[0], breaks + 1])
        self._ends = np.concatenate([breaks, [len(blob)]])
        self._hashes = hashes
        self._order = order

    def __len__(self) -> int:
        return len(self._starts)

    @property
    def blob(self) -> np.ndarray:
        return self._blob

    def string(self, position: int) -> str:
        return bytes(self._blob[self._starts[position] : self._ends[position]]).decode("utf-8")

    def position(self, text: str) -> int:
        """The position of ``text`` among the strings, ``-1`` if absent."""
        import numpy as np

        key = np.uint64(_hash64(text))
        index = int(np.searchsorted(self._hashes, key))
        data = text.encode("utf-8")
        while index < len(self._hashes) and self._hashes[index] == key:
            position = int(self._order[index])
            if bytes(self._blob[self._starts[position] : self._ends[position]]) == data:
                return position
            index += 1
        return -1


class HashedWords:
    """Word -> Zipf frequency over the cached arrays (the words and their frequencies in hundredths)."""

    def __init__(self, words: HashedStrings, hundredths: np.ndarray, blob: np.ndarray) -> None:
        if len(hundredths) != len(words):
            raise ValueError("one frequency per word expected")
        self._words = words
        self._hundredths = hundredths
        self._blob = blob

    def __len__(self) -> int:
        return len(self._words)

    def get(self, word: str) -> float | None:
        position = self._words.position(word)
        return None if position < 0 else int(self._hundredths[position]) / 100

    def as_dict(self) -> dict[str, float]:
        """Every word -> its frequency, in the list's order (the cleaner's dict)."""
        from spaser_nlp.cache import strings_of

        return dict(zip(strings_of(self._blob, len(self._hundredths)), (self._hundredths / 100).tolist()))


class HashedAccentIndex:
    """:class:`AccentIndex` over the cached arrays: a key found by its hash, its words decoded on lookup."""

    def __init__(self, keys: HashedStrings, offsets: np.ndarray, grouped: np.ndarray) -> None:
        import numpy as np

        breaks = np.flatnonzero(grouped == ord("\n"))
        if len(offsets) != len(keys) + 1 or (int(offsets[-1]) and len(breaks) != int(offsets[-1]) - 1):
            raise ValueError("offsets and grouped words do not match the keys")
        self._keys = keys
        self._offsets = offsets
        self._grouped = grouped
        self._starts = np.concatenate([[0], breaks + 1])
        self._ends = np.concatenate([breaks, [len(grouped)]])

    def __len__(self) -> int:
        return len(self._keys)

    def decoded(self) -> AccentIndex:
        """The same index as an :class:`AccentIndex` (every key and word decoded)."""
        from spaser_nlp.cache import strings_of

        offsets = self._offsets.tolist()
        return AccentIndex(strings_of(self._keys.blob, len(self._keys)), offsets, strings_of(self._grouped, offsets[-1]))

    def get(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        slot = self._keys.position(key)
        if slot < 0:
            return default
        first, end = int(self._offsets[slot]), int(self._offsets[slot + 1])
        return tuple(bytes(self._grouped[self._starts[i] : self._ends[i]]).decode("utf-8") for i in range(first, end))


#: Part of the cached entry's name: changes with what the entry holds (the hash tables were added).
_CACHE_LAYOUT = "hashed-1"


def _word_tables(
    words_file: Path,
) -> tuple[dict[str, float] | None, AccentIndex | HashedAccentIndex, HashedWords | None]:
    """``(frequencies, accent index, hashed words)`` of ``fr_words.tsv.gz``: from the user's cache when built
    before (no dict, ``HashedWords`` and ``HashedAccentIndex`` over the mapped arrays), else parsed (the dict
    and an :class:`AccentIndex`, and the cache entry written).

    Parsing 300,000 words and grouping them by accent key takes a new process about 0.35 s; the cache
    (:mod:`spaser_nlp.cache`) holds the words, frequencies, groups and hash tables as arrays, mapped in a few
    milliseconds.
    """
    import numpy as np

    from spaser_nlp.cache import fingerprint, read_arrays, text_array, write_arrays

    name = f"lexicon-{fingerprint(words_file, extra=_CACHE_LAYOUT)}"
    cached = read_arrays(name, mmap=True)
    if cached is not None:
        try:
            stored = cached["zipf"]
            words = HashedStrings(cached["words"], len(stored), cached["word_hashes"], cached["word_order"])
            offsets = cached["offsets"]
            keys = HashedStrings(cached["keys"], len(offsets) - 1, cached["key_hashes"], cached["key_order"])
            return None, HashedAccentIndex(keys, offsets, cached["grouped"]), HashedWords(words, stored, cached["words"])
        except (KeyError, ValueError):
            pass  # damaged: read the word list again
    with gzip.open(words_file, "rt", encoding="utf-8") as handle:
        parts = handle.read().split()
    hundredths: dict[str, int] = dict(zip(parts[0::2], map(int, parts[1::2])))  # a repeated word keeps its last value
    zipf = {word: value / 100 for word, value in hundredths.items()}
    index = AccentIndex.from_index(_index_by_key(zipf))
    keys_list, offsets_list, grouped = index.parts()
    word_hashes, word_order = _hash_table(list(hundredths))
    key_hashes, key_order = _hash_table(keys_list)
    arrays: dict[str, Any] = {
        "words": text_array(list(hundredths)), "zipf": np.array(list(hundredths.values())),
        "keys": text_array(keys_list), "offsets": np.array(offsets_list, dtype=np.int64),
        "grouped": text_array(grouped), "word_hashes": word_hashes, "word_order": word_order,
        "key_hashes": key_hashes, "key_order": key_order,
    }
    complete = {key: value for key, value in arrays.items() if value is not None}
    if len(complete) == len(arrays) and keys_list:
        write_arrays(name, complete)
    return zipf, index, None


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        raise ModelError("lexicon file missing (see models/lexicon/)", path=path)
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _index_by_key(zipf: dict[str, float]) -> dict[str, tuple[str, ...]]:
    """Accented words grouped by accent key (plain ASCII words are found by direct lookup)."""
    index: dict[str, list[str]] = {}
    for word in zipf:
        if not word.isascii():
            index.setdefault(word.translate(ACCENT_STRIP), []).append(word)
    for words in index.values():
        if len(words) > 1:
            words.sort(key=lambda w: (-zipf[w], w))
    return {key: tuple(words) for key, words in index.items()}
