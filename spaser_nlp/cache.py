"""A per-user cache of files derived from installed models, so that a new process starts fast.

Some models are shipped in forms that take a new process a large part of a second to read: spaCy's lemma
table (a 9.6 MB msgpack), the USE embedder's tokenizer (a protobuf parsed in Python) and weights (a
compressed npz), the cleaner's word list (a gzipped text of 300,000 words). A batch pays that in every
worker. This module keeps what they are turned into as uncompressed ``.npz`` files in
``$SPASER_NLP_CACHE``, else ``$XDG_CACHE_HOME/spaser_nlp``, else ``~/.cache/spaser_nlp``.

- A file's name carries a :func:`fingerprint` of its sources (path, size, modification time), so a new
  model or package version gets a new file, and a stale one is never read.
- Files are written atomically (temporary file, then rename): a concurrent reader sees all or nothing.
- Every failure is silent and harmless: a missing, damaged or unreadable file is rebuilt from the
  sources; a read-only folder just means every process builds the data itself, as without the cache.
- ``SPASER_NLP_CACHE=off`` turns the cache off. Deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import io
import mmap
import os
import struct
import tempfile
import zipfile
from pathlib import Path

import numpy as np

#: Changes when what a cached file holds changes; part of every name.
FORMAT = 2


def cache_dir() -> Path | None:
    """Where derived files are cached (``None`` when ``SPASER_NLP_CACHE=off``)."""
    explicit = os.environ.get("SPASER_NLP_CACHE")
    if explicit:
        return None if explicit.lower() in {"off", "0", "none", "false"} else Path(explicit)
    base: str | Path | None = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = Path.home() / ".cache"
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
    folder = cache_dir()
    return None if folder is None else folder / name


def read_arrays(name: str, *, mmap: bool = False) -> dict[str, np.ndarray] | None:
    """The arrays of cached file ``name``, or ``None`` if it is absent, damaged or the cache is off.

    ``mmap``: map the arrays read-only instead of reading them (the file is an uncompressed zip of ``.npy``
    files, so each array lies whole in it): nothing is read until used, and processes mapping the same file
    share its pages (a batch's workers hold one copy of a model's weights, not one each).
    """
    path = cache_path(name)
    return None if path is None else read_npz(path, mmap=mmap)


def read_npz(path: Path, *, mmap: bool = False) -> dict[str, np.ndarray] | None:
    """:func:`read_arrays` of any file written by :func:`write_npz`."""
    try:
        if mmap:
            try:
                return _mapped_arrays(path)
            except _NotMappable:
                pass  # a layout this does not map: read it
        with np.load(path, allow_pickle=False) as data:
            return {key: data[key] for key in data.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        return None


class _NotMappable(Exception):
    """A valid file whose arrays cannot be mapped (read them instead)."""


def _mapped_arrays(path: Path) -> dict[str, np.ndarray]:
    layout: list[tuple[str, int, tuple[int, ...], np.dtype, str]] = []
    with zipfile.ZipFile(path) as archive, open(path, "rb") as stream:
        for info in archive.infolist():
            if info.compress_type != zipfile.ZIP_STORED or not info.filename.endswith(".npy"):
                raise ValueError(f"{info.filename}: not a stored .npy member")
            stream.seek(info.header_offset)
            local = stream.read(30)  # the local file header: its name and extra field lengths end it
            if local[:4] != b"PK\x03\x04":
                raise ValueError("bad local header")
            start = info.header_offset + 30 + int.from_bytes(local[26:28], "little") + int.from_bytes(local[28:30], "little")
            stream.seek(start)
            version = np.lib.format.read_magic(stream)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
            elif version == (2, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
            else:
                raise _NotMappable(f"npy format {version}")
            if dtype.hasobject:
                raise _NotMappable("object array")
            offset = stream.tell()
            if offset - start + dtype.itemsize * int(np.prod(shape)) > info.file_size:
                raise ValueError("truncated member")
            order = "F" if fortran else "C"
            layout.append((info.filename[:-4], offset, shape, dtype, order))
        # One read-only map of the whole file, every array a view into it (one file descriptor, not one per array).
        mapped = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) if layout else None
    return {
        name: np.ndarray(shape, dtype=dtype, buffer=mapped, offset=offset, order=order)
        if np.prod(shape) else np.empty(shape, dtype=dtype, order=order)
        for name, offset, shape, dtype, order in layout
    }


def write_arrays(name: str, arrays: dict[str, np.ndarray]) -> bool:
    """Store ``arrays`` as cached file ``name`` (uncompressed npz, atomic); False if it could not be written."""
    path = cache_path(name)
    return False if path is None else write_npz(path, arrays)


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> bool:
    """:func:`write_arrays` to any path: a reader sees the whole file or none; False if it could not be written."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream, zipfile.ZipFile(stream, "w", zipfile.ZIP_STORED) as archive:
            for key, array in arrays.items():
                _write_aligned(archive, key, np.asarray(array))
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide a shared cache folder's files from other users
        os.replace(temporary, path)
        temporary = None
        return True
    except OSError:
        return False  # a read-only or full disk: go on uncached
    finally:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)


#: Where each array's data starts in a written file (a multiple of this), so mapped arrays are aligned.
_ALIGN = 64


def _write_aligned(archive: zipfile.ZipFile, name: str, array: np.ndarray) -> None:
    """One ``.npy`` member, as ``numpy.savez`` writes it, but with its data at a multiple of :data:`_ALIGN`
    in the file (padding in the local header's extra field, as ``zipalign`` does): a mapped array is then
    aligned, as numpy's kernels and BLAS expect. ``numpy.load`` reads the file as any npz."""
    if array.dtype.hasobject:
        raise ValueError(f"{name}: object arrays are not cached")
    array = array if array.flags.c_contiguous else array.copy(order="C")  # (ascontiguousarray makes 0-d arrays 1-d)
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, np.lib.format.header_data_from_array_1_0(array))
    info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    info.file_size = header.tell() + array.nbytes
    info.CRC = info.compress_size = 0  # as zipfile sets them before writing the header (same length)
    zip64 = info.file_size * 1.05 > zipfile.ZIP64_LIMIT  # zipfile's own rule for a member of known size
    # The npy header's length is a multiple of 64, so the data is aligned when the member's start is.
    pad = -(archive.start_dir + len(info.FileHeader(zip64))) % _ALIGN
    if pad:
        pad += _ALIGN if pad < 4 else 0  # an extra field record needs 4 bytes (id, size)
        info.extra = struct.pack("<HH", 0xD935, pad - 4) + bytes(pad - 4)
    with archive.open(info, "w", force_zip64=zip64) as member:
        member.write(header.getvalue())
        if array.size:
            member.write(array.reshape(-1).view(np.uint8).data)


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


__all__ = ["cache_dir", "fingerprint", "read_arrays", "read_npz", "strings_of", "text_array", "write_arrays", "write_npz"]
