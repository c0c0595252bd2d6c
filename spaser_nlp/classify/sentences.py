"""The theme stage's rule-based French sentence splitter, and the text unit it yields.

Used by :mod:`spaser_nlp.classify.document` (sentence-level theme scores) and :mod:`spaser_nlp.classify.pooling`
(sentence pooling); a module of its own so that neither imports the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[«\"(\[]?[A-ZÀ-ÖØ-Þ0-9•\-–▪])|\n+|\f")
_BULLET = re.compile(r"\s*(?=[•▪●◦]\s)")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class TextUnit:
    """A span of the document's working text (cleaned if available)."""

    start: int
    end: int
    text: str
    section: str | None = None


def split_sentences(text: str, offset: int = 0) -> list[TextUnit]:
    """Split on sentence ends, line breaks and bullets; drop units without letters.

    >>> [u.text for u in split_sentences("Axe 1\\nRéduire de 40 %. Former les acheteurs ; suivre. 12")]
    ['Axe 1', 'Réduire de 40 %.', 'Former les acheteurs ; suivre.']
    """
    units: list[TextUnit] = []
    cursor = 0
    pieces = []
    for match in _SENTENCE_END.finditer(text):
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, len(text)))
    for start, end in pieces:
        for sub_start, sub_end in _split_bullets(text, start, end):
            chunk = text[sub_start:sub_end]
            stripped_left = len(chunk) - len(chunk.lstrip())
            stripped = chunk.strip()
            if len(_LETTER.findall(stripped)) < 3:
                continue
            begin = sub_start + stripped_left
            units.append(TextUnit(begin + offset, begin + len(stripped) + offset, stripped))
    return units


def _split_bullets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [start + m.start() for m in _BULLET.finditer(text[start:end]) if m.start() > 0] + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


__all__ = ["TextUnit", "split_sentences"]
