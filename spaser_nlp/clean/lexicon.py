"""The French lexicon the cleaner consults, loaded once per process.

Files live in ``models/lexicon/`` (override with ``SPASER_NLP_MODELS``):
``fr_words.tsv.gz`` (word list with Zipf frequencies, built from ``wordfreq``
by ``build_lexicon.py``), ``domain_words.txt`` (procurement vocabulary),
``acronyms.txt`` and ``places.txt`` (protected, never changed).
"""

from __future__ import annotations

import gzip
import os
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from spaser_nlp.errors import ModelError

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


def models_dir() -> Path:
    """Folder holding ``lexicon/`` (repository ``models/`` unless ``SPASER_NLP_MODELS`` is set)."""
    env = os.environ.get("SPASER_NLP_MODELS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "models"


@dataclass
class Lexicon:
    """Word frequencies, accent-variant index and the protected word lists."""

    zipf: dict[str, float]
    acronyms: frozenset[str]
    proper_nouns: frozenset[str]
    domain: frozenset[str]
    _by_key: dict[str, tuple[str, ...]] | None = field(default=None, repr=False)

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
            self._by_key = _index_by_key(self.zipf)
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
            "French word list missing; build it with `python models/lexicon/build_lexicon.py` "
            "or set SPASER_NLP_MODELS to the folder holding lexicon/",
            path=words_file,
        )
    with gzip.open(words_file, "rt", encoding="utf-8") as handle:
        data = handle.read()
    parts = data.split()
    zipf = dict(zip(parts[0::2], (int(value) / 100 for value in parts[1::2])))
    acronyms = frozenset(_lines(folder / "acronyms.txt"))
    proper: set[str] = set()
    for line in _lines(folder / "places.txt"):
        proper.update(piece for piece in re.split(r"[\s\-'’]+", line) if len(piece) > 1 and piece[0].isupper())
        proper.update(piece for piece in re.split(r"[\s\-'’.]+", line) if len(piece) > 1 and piece[0].isupper())
    domain = frozenset(w.lower() for line in _lines(folder / "domain_words.txt") for w in line.split())
    return Lexicon(zipf=zipf, acronyms=acronyms, proper_nouns=frozenset(proper), domain=domain)


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
