"""Split cleaned text into sentences with offsets (French abbreviations and numbers respected).

>>> text = "Selon l'art. L. 2111-3, le taux est de 37,4 %. Porter à 25 % d'ici 2027.\\n\\nTitre"
>>> [text[a:b] for a, b in sentence_spans(text)]
["Selon l'art. L. 2111-3, le taux est de 37,4 %.", "Porter à 25 % d'ici 2027.", 'Titre']
"""

from __future__ import annotations

import re

_BLOCKS = re.compile(r"\n\s*\n|\f")
_END = re.compile(r"[.!?…](?=\s+[«\"(\[•\-–A-ZÀÂÉÈÊÎÔÛÇ0-9])|[.!?…]$")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:art|arts|n|no|p|pp|cf|etc|env|M|MM|Mme|Dr|av|ex|éq|eq|réf|vol|min|max|hab|nb|approx|St|Ste|"
    r"[A-Z]|[LRD]))\.$",
    re.IGNORECASE,
)
_LINE_BREAK = re.compile(r"\n")
#: Longest "sentence" kept whole: text without full stops (a run-on page, a table flattened to one
#: line) is cut at line breaks, then semicolons, then spaces, so records stay small and the work linear.
MAX_SENTENCE_CHARS = 1000
_BULLET_LINE = re.compile(r"^\s*(?:[•\-–*▪►]|\d+[.)]\s|[a-z][.)]\s)")


def _lines(block: str, offset: int) -> list[tuple[int, int]]:
    """Lines of a block that stand alone: table rows, bullets, or lines ending a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    lines = block.split("\n")
    position = 0
    for index, line in enumerate(lines):
        line_end = position + len(line)
        next_line = lines[index + 1] if index + 1 < len(lines) else None
        stands_alone = (
            next_line is None
            or "\t" in line
            or "\t" in next_line
            or _BULLET_LINE.match(next_line)
            or re.search(r"[.;:!?]\s*$", line)
        )
        if stands_alone:
            spans.append((offset + start, offset + line_end))
            start = line_end + 1
        position = line_end + 1
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of ``text``, in order, stripped of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    block_start = 0
    for match in [*_BLOCKS.finditer(text), None]:
        block_end = match.start() if match else len(text)
        for line_start, line_end in _lines(text[block_start:block_end], block_start):
            cursor = line_start
            for stop in _END.finditer(text, line_start, line_end):
                if _ABBREVIATIONS.search(text[max(line_start, stop.start() - 6) : stop.start() + 1]):
                    continue
                spans.append((cursor, stop.end()))
                cursor = stop.end()
            spans.append((cursor, line_end))
        block_start = match.end() if match else len(text)
    result = []
    for start, end in spans:
        for start, end in _bounded(text, start, end):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                result.append((start, end))
    return result


def _bounded(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` cut into pieces of at most ``limit`` characters, at the best break in each.

    >>> text = "a; " * 500
    >>> [b - a for a, b in _bounded(text, 0, len(text), 100)][:3]
    [98, 99, 99]
    """
    pieces = []
    while end - start > limit:
        window = text[start + limit // 2 : start + limit]
        for mark in ("\n", ";", " "):
            cut = window.rfind(mark)
            if cut >= 0:
                cut = start + limit // 2 + cut + 1
                break
        else:
            cut = start + limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
