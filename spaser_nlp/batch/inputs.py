"""Expanding a batch's INPUTS (files, folders, globs) into documents with stable, unique ids.

A document's id is its path relative to the input that named it (the folder, the fixed part of a
glob, or the file's own folder), without the extension: ``spaser batch corpora/samples`` names
``corpora/samples/region-exemple/region-exemple.pdf`` ``region-exemple/region-exemple``. Where two
files would get the same id (``report.pdf`` and ``report.txt``) they keep their extension, then the
name of the input folder (``a/report.txt``, ``b/report.txt``), then a short hash of the absolute path. The same input set always gives the same
ids, so a rerun finds the documents it stored before.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for name in ("a/x.pdf", "a/x.txt", "b.txt", "a/.hidden.txt", "notes.docx"):
...     (root / name).parent.mkdir(parents=True, exist_ok=True); _ = (root / name).write_text("t")
>>> [item.doc_id for item in expand_inputs([root])]
['a/x.pdf', 'a/x.txt', 'b']
>>> [item.doc_id for item in expand_inputs([str(root / "a" / "*.pdf")])]
['x']
"""

from __future__ import annotations

import glob
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spaser_nlp.errors import FileMissingError, InputError

# Files a folder contributes; a file named explicitly is always taken (ingestion says if it cannot read it).
DOCUMENT_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".txt", ".text", ".md", ".markdown"})
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class BatchInput:
    """One document of a batch: its path and its id in the results store."""

    path: Path
    doc_id: str


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in DOCUMENT_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def _glob_base(pattern: str) -> Path:
    """The folder part of a glob before its first wildcard (``docs/*/a.pdf`` -> ``docs``)."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if _GLOB_CHARS & set(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _expand_one(item: str | Path) -> list[tuple[Path, Path]]:
    """(file, base folder) pairs named by one input."""
    text = str(item)
    path = Path(text)
    if path.is_dir():
        return [(file, path) for file in _folder_files(path)]
    if path.is_file():
        return [(path, path.parent)]
    if _GLOB_CHARS & set(text):
        base = _glob_base(text)
        pairs: list[tuple[Path, Path]] = []
        for match in sorted(glob.glob(text, recursive=True)):
            found = Path(match)
            if found.is_dir():
                pairs += [(file, base) for file in _folder_files(found)]
            elif found.is_file():
                pairs.append((found, base))
        if not pairs:
            raise InputError(f"the pattern {text!r} matches no file; check it (quote it so the shell leaves it alone)")
        return pairs
    raise FileMissingError("no such file or folder; check the path", path=path)


def _candidate_id(file: Path, base: Path, level: int) -> str:
    """The id of ``file`` at a disambiguation level: 0 relative path without extension, 1 with it,
    2 prefixed with the input folder's name, 3 plus a hash of the absolute path."""
    try:
        relative = file.resolve().relative_to(base.resolve())
    except ValueError:
        relative = Path(file.name)
    if level == 0:
        relative = relative.with_suffix("")
    if level >= 2:
        relative = Path(base.resolve().name) / relative
    doc_id = relative.as_posix()
    if level >= 3:
        doc_id += "~" + hashlib.sha1(str(file.resolve()).encode()).hexdigest()[:8]
    return doc_id


def _unique_ids(pairs: Sequence[tuple[Path, Path]]) -> list[str]:
    ids = [_candidate_id(file, base, 0) for file, base in pairs]
    for level in (1, 2, 3):
        groups: dict[str, list[int]] = defaultdict(list)
        for index, doc_id in enumerate(ids):
            groups[doc_id].append(index)
        for indexes in groups.values():
            if len(indexes) > 1:
                for index in indexes:
                    ids[index] = _candidate_id(*pairs[index], level)
    return ids


def expand_inputs(inputs: Iterable[str | Path]) -> list[BatchInput]:
    """The documents named by ``inputs``, each once (in input order, folders sorted), with unique ids."""
    pairs: list[tuple[Path, Path]] = []
    seen: set[Path] = set()
    for item in inputs:
        for file, base in _expand_one(item):
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                pairs.append((file, base))
    return [BatchInput(file, doc_id) for (file, _), doc_id in zip(pairs, _unique_ids(pairs))]


__all__ = ["DOCUMENT_SUFFIXES", "BatchInput", "expand_inputs"]
