"""A per-user cache of files derived from installed models, so that a new process starts fast.

Some models are shipped in forms that take a new process a large part of a second to read: spaCy's lemma
table (a 9.6 MB msgpack), the USE embedder's weights (a compressed npz), the cleaner's word list (a gzipped
text of 300,000 words). A batch pays that in every worker. This module keeps what they are turned into as
folders of ``.npy`` files (one per array, written with ``numpy.save``, read with ``numpy.load``) in
``$SPASER_NLP_CACHE``, else ``$XDG_CACHE_HOME/spaser_nlp``, else ``~/.cache/spaser_nlp``.

- An entry's name carries a :func:`fingerprint` of its sources (path, size, modification time), so a new
  model or package version gets a new entry, and a stale one is never read.
- Entries are written atomically (a temporary folder, then a rename): a concurrent reader sees all or
  nothing.
- Large arrays are memory-mapped read-only (``numpy.load(mmap_mode="r")``): nothing is read until used, and
  processes mapping the same file share its pages (a batch's workers hold one copy of the weights).
- Every failure is silent and harmless: a missing, damaged or unreadable entry is rebuilt from the
  sources; a read-only folder just means every process builds the data itself, as without the cache.
- ``SPASER_NLP_CACHE=off`` turns the cache off. Deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import uuid
from pathlib import Path

import numpy as np

#: Changes when what a cached entry holds changes; part of every name.
FORMAT = 3

#: Files smaller than this are read, not mapped (a map costs a page and a file descriptor's work).
_MAP_FROM = 1 << 16

_KEY = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def cache_dir() -> Path | None:
    """Where derived files are cached (``None`` when ``SPASER_NLP_CACHE=off``)."""
    explicit = os.environ.get("SPASER_NLP_CACHE")
    if explicit:
        return None if explicit.lower() in {"off", "0", "none", "false"} else Path(explicit)
    base: str | Path | None = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory (some containers): no cache
            return None
    return Path(base) / "spaser_nlp"


def fingerprint(*sources: str | Path, extra: str = "") -> str:
    """A short digest of the sources' paths, sizes and modification times (and ``extra``)."""
    digest = hashlib.sha1(f"{FORMAT}|{extra}".encode())
    for source in sources:
        stat = os.stat(source)
        digest.update(f"|{Path(source).resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def cache_path(name: str) -> Path | None:
    """The folder of cached entry ``name`` (a trailing ``.npz`` of older names is dropped)."""
    folder = cache_dir()
    return None if folder is None else folder / name.removesuffix(".npz")


def read_arrays(name: str, *, mmap: bool = False) -> dict[str, np.ndarray] | None:
    """The arrays of cached entry ``name``, or ``None`` if it is absent, damaged or the cache is off.

    ``mmap``: map large arrays read-only instead of reading them (see the module's notes).
    """
    path = cache_path(name)
    return None if path is None else read_folder(path, mmap=mmap)


def read_folder(path: Path, *, mmap: bool = False) -> dict[str, np.ndarray] | None:
    """The arrays of a folder written by :func:`write_folder` (``None`` if absent or damaged)."""
    try:
        files = sorted(path.glob("*.npy"))
        if not files or not (path / ".complete").is_file():
            return None
        arrays = {}
        for file in files:
            big = mmap and file.stat().st_size >= _MAP_FROM
            arrays[file.stem] = np.load(file, mmap_mode="r" if big else None, allow_pickle=False)
        return arrays
    except (OSError, ValueError, EOFError):
        return None


def write_arrays(name: str, arrays: dict[str, np.ndarray]) -> bool:
    """Store ``arrays`` as cached entry ``name`` (atomically); False if it could not be written."""
    path = cache_path(name)
    return False if path is None else write_folder(path, arrays)


_RENAME_TRIES = 20


def write_folder(path: Path, arrays: dict[str, np.ndarray]) -> bool:
    """Write ``arrays`` as the folder ``path`` of ``<key>.npy`` files; a reader sees the whole folder or
    none. An existing folder of that name (a damaged entry, or a concurrent writer's) is replaced.
    False if it could not be written (a read-only or full disk)."""
    for key, array in arrays.items():
        if not _KEY.fullmatch(key):
            raise ValueError(f"{key!r}: not a cache key (letters, digits, '_', '.', '-')")
        if np.asarray(array).dtype.hasobject:
            raise ValueError(f"{key}: object arrays are not cached")
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
        for key, array in arrays.items():
            np.save(temporary / f"{key}.npy", np.asarray(array), allow_pickle=False)
        (temporary / ".complete").write_bytes(b"")
        os.chmod(temporary, 0o755)  # mkdtemp's 0700 would hide a shared cache folder from other users
        # Put ours in place; an entry already there (a damaged one, or a concurrent writer's, which holds the
        # same arrays) is moved aside (atomic) and deleted. Writers may race for the name: try a few times.
        for _ in range(_RENAME_TRIES):
            try:
                os.rename(temporary, path)
            except OSError:
                aside = path.parent / f".{path.name}.{uuid.uuid4().hex[:8]}.old"
                try:
                    os.rename(path, aside)
                except OSError:
                    continue  # gone meanwhile (another writer moved it aside): try again
                shutil.rmtree(aside, ignore_errors=True)
                continue
            temporary = None
            return True
        return path.is_dir()  # after so many races, another writer's whole entry (the same arrays) is in place
    except OSError:
        return False  # a read-only or full disk: go on uncached
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


def text_array(strings: list[str], separator: str = "\n") -> np.ndarray | None:
    """Strings as one UTF-8 byte array (``None`` if one contains ``separator``); see :func:`strings_of`."""
    if any(separator in string for string in strings):
        return None
    return np.frombuffer(separator.join(strings).encode("utf-8"), dtype=np.uint8)


def strings_of(array: np.ndarray, count: int, separator: str = "\n") -> list[str]:
    """The strings of :func:`text_array`; ``ValueError`` unless there are ``count`` of them."""
    strings = array.tobytes().decode("utf-8").split(separator) if count else []
    if len(strings) != count:
        raise ValueError(f"expected {count} strings, found {len(strings)}")
    return strings


__all__ = ["cache_dir", "fingerprint", "read_arrays", "read_folder", "strings_of", "text_array", "write_arrays", "write_folder"]
