"""The French lexicon the cleaner consults, loaded once per process.

Files live in ``lexicon/`` of the models folder (:func:`spaser_nlp.resources.models_dir`;
``SPASER_NLP_MODELS`` overrides it):
``fr_words.tsv.gz`` (word list with Zipf frequencies, built from ``wordfreq``
by ``build_lexicon.py``), ``domain_words.txt`` (procurement vocabulary),
``acronyms.txt`` and ``places.txt`` (protected, never changed).
"""

from __future__ import annotations

import gzip
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from spaser_nlp.errors import ModelError
from spaser_nlp.resources import models_dir

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


@dataclass
class Lexicon:
    """Word frequencies, accent-variant index and the protected word lists."""

    zipf: dict[str, float]
    acronyms: frozenset[str]
    proper_nouns: frozenset[str]
    domain: frozenset[str]
    _by_key: AccentIndex | None = field(default=None, repr=False)

    def frequency(self, word: str) -> float:
        """Zipf frequency of ``word`` (lower-cased), 0 when unknown.

        >>> Lexicon.load().frequency("Marchés") > 4
        True
        """
        return self.zipf.get(word.lower(), 0.0)

    def variants(self, word: str) -> tuple[str, ...]:
        """Known words sharing ``word``'s accent key, most frequent first.

        >>> Lexicon.load().variants("premiére")[0]
        'première'
        """
        if self._by_key is None:
            self._by_key = AccentIndex.from_index(_index_by_key(self.zipf))
        key = accent_key(word)
        accented = self._by_key.get(key, ())
        if key in self.zipf:
            return tuple(sorted((*accented, key), key=lambda w: (-self.zipf[w], w)))
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
    zipf, by_key = _word_tables(words_file)
    acronyms = frozenset(_lines(folder / "acronyms.txt"))
    proper: set[str] = set()
    for line in _lines(folder / "places.txt"):
        proper.update(piece for piece in re.split(r"[\s\-'’]+", line) if len(piece) > 1 and piece[0].isupper())
        proper.update(piece for piece in re.split(r"[\s\-'’.]+", line) if len(piece) > 1 and piece[0].isupper())
    domain = frozenset(w.lower() for line in _lines(folder / "domain_words.txt") for w in line.split())
    return Lexicon(zipf=zipf, acronyms=acronyms, proper_nouns=frozenset(proper), domain=domain, _by_key=by_key)


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


def _word_tables(words_file: Path) -> tuple[dict[str, float], AccentIndex]:
    """Zipf frequencies and the accent index of ``fr_words.tsv.gz``, from the user's cache when built before.

    Parsing 300,000 words and grouping them by accent key takes a new process about 0.35 s; the cache
    (:mod:`spaser_nlp.cache`) holds the words, frequencies and groups as arrays, read in about 60 ms.
    """
    import numpy as np

    from spaser_nlp.cache import (
        fingerprint,
        read_arrays,
        strings_of,
        text_array,
        write_arrays,
    )

    name = f"lexicon-{fingerprint(words_file)}.npz"
    cached = read_arrays(name)
    if cached is not None:
        try:
            stored = cached["zipf"]
            zipf = dict(zip(strings_of(cached["words"], len(stored)), (stored / 100).tolist()))
            offsets = cached["offsets"].tolist()
            index = AccentIndex(strings_of(cached["keys"], len(offsets) - 1), offsets,
                                strings_of(cached["grouped"], offsets[-1]))
            return zipf, index
        except (KeyError, ValueError):
            pass  # damaged: read the word list again
    with gzip.open(words_file, "rt", encoding="utf-8") as handle:
        parts = handle.read().split()
    hundredths: dict[str, int] = dict(zip(parts[0::2], map(int, parts[1::2])))  # a repeated word keeps its last value
    zipf = {word: value / 100 for word, value in hundredths.items()}
    index = AccentIndex.from_index(_index_by_key(zipf))
    keys, offsets, grouped = index.parts()
    arrays = {
        "words": text_array(list(hundredths)), "zipf": np.array(list(hundredths.values())),
        "keys": text_array(keys), "offsets": np.array(offsets, dtype=np.int64), "grouped": text_array(grouped),
    }
    complete = {key: value for key, value in arrays.items() if value is not None}
    if len(complete) == len(arrays):
        write_arrays(name, complete)
    return zipf, index


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
