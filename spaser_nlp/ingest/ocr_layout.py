"""Turn Tesseract's words into the document model's blocks, with the text layer's layout engine.

Tesseract's own page segmentation merges the lines of two justified columns
and splits ragged paragraphs at random, so only its *words* are kept: each
gets the extent of its Tesseract line from the baseline and size estimate (so
that all words of a line share a top, a bottom and a font size, as text-layer
words do) and goes to
:func:`spaser_nlp.ingest.layout.layout_page`, the same XY-cut that orders
born-digital pages. Blocks keep their words with boxes in PDF points and
Tesseract confidences; blocks made of picture noise are dropped.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spaser_nlp.document import BBox, Block, Word
from spaser_nlp.ingest.layout import HRule, LayoutWord, layout_page
from spaser_nlp.ingest.textnorm import normalize_unicode

# What OCR makes of a bullet glyph; taken as a bullet only first on a line, small, before a capital.
_MISREAD_BULLETS = frozenset({"e", "o", "«", "°", "»", "+", ">", "=", "¢", "©", "@", "*", "®", "«»"})
# Tesseract's line size (ascender to descender) as a share of the font size.
_LINE_HEIGHT_TO_SIZE = 0.94
_NOISE_MAX_CONFIDENCE = 45.0
# Lines within this share of the page's typical line height are body text.
_SAME_SIZE = 0.12
# A noise "line" more than this many typical lines tall spans several rows of text and would upset their order.
_OUTSIZE_LINE = 2.0


@dataclass(frozen=True)
class PixelToPoints:
    """Affine map from OCR image pixels to page points (no rotation)."""

    scale_x: float
    scale_y: float
    offset_x: float = 0.0
    offset_y: float = 0.0

    @classmethod
    def from_dpi(cls, dpi: float) -> PixelToPoints:
        return cls(72.0 / dpi, 72.0 / dpi)

    def box(self, left: float, top: float, width: float, height: float) -> BBox:
        return BBox(
            x0=round(self.offset_x + left * self.scale_x, 2),
            y0=round(self.offset_y + top * self.scale_y, 2),
            x1=round(self.offset_x + (left + width) * self.scale_x, 2),
            y1=round(self.offset_y + (top + height) * self.scale_y, 2),
        )


def tesseract_lines(data: dict[str, list[Any]]) -> list[list[int]]:
    """Row indices of Tesseract's words grouped by text line, in Tesseract's order."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if int(data["level"][i]) != 5 or not str(text).strip() or float(data["conf"][i]) < 0:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        lines.setdefault(key, []).append(i)
    return list(lines.values())


def _word_text(data: dict[str, list[Any]], line: list[int], position: int) -> str:
    text = normalize_unicode(str(data["text"][line[position]]).strip())
    if position == 0 and len(line) > 1 and text in _MISREAD_BULLETS:
        first, second = line[0], line[1]
        following = str(data["text"][second]).strip()
        line_height = max(data["top"][i] + data["height"][i] for i in line) - min(data["top"][i] for i in line)
        if following[:1].isupper() and data["height"][first] <= 0.6 * line_height:
            return "•"
    return text


def layout_words(
    data: dict[str, list[Any]], to_points: PixelToPoints
) -> tuple[list[LayoutWord], dict[LayoutWord, Word]]:
    """Tesseract's words as layout words, and the model's Word for each layout word."""
    layout: list[LayoutWord] = []
    words: dict[LayoutWord, Word] = {}
    lines = tesseract_lines(data)
    extents = [
        to_points.box(0, data["line_top"][line[0]], 0, data["line_bottom"][line[0]] - data["line_top"][line[0]])
        for line in lines
    ]
    body = statistics.median(extent.height for extent in extents) if extents else 0.0
    for line, extent in zip(lines, extents):
        if _outsize_noise(data, line, extent.height, body):
            continue
        size = font_size(extent.height, body)
        for position, i in enumerate(line):
            text = _word_text(data, line, position)
            box = to_points.box(data["left"][i], data["top"][i], data["width"][i], data["height"][i])
            layout_word = LayoutWord(text, box.x0, box.x1, extent.y0, extent.y1, size)
            layout.append(layout_word)
            words[layout_word] = Word(text=text, bbox=box, confidence=round(float(data["conf"][i]), 2))
    return layout, words


def font_size(line_height: float, body_height: float) -> float:
    """Font size (points) of a line ``line_height`` points high on a page whose typical line is ``body_height``.

    Tesseract's size estimate wobbles by a few percent from line to line; a
    wobble would read as a change of style and split paragraphs, so lines
    close to the page's typical line get the body size.

    >>> font_size(9.4, 9.8) == font_size(10.2, 9.8) == 10.5
    True
    >>> font_size(13.0, 9.8)
    14.0
    """
    if body_height and abs(line_height - body_height) <= _SAME_SIZE * body_height:
        line_height = body_height
    return max(1.0, round(line_height / _LINE_HEIGHT_TO_SIZE * 2) / 2)


def is_noise(words: Sequence[Word]) -> bool:
    """Picture and logo debris: mostly non-letters, or only low-confidence words."""
    text = "".join(word.text for word in words)
    if not text or sum(ch.isalnum() for ch in text) < 0.5 * len(text):
        return True
    confident = [w for w in words if w.confidence >= 60 and sum(ch.isalpha() for ch in w.text) >= 2]
    return statistics.fmean(w.confidence for w in words) < _NOISE_MAX_CONFIDENCE and not confident


def _outsize_noise(data: dict[str, list[Any]], line: list[int], height: float, body: float) -> bool:
    """A noise line (see :func:`is_noise`) several text lines tall: the grain of a binding shadow or a
    page edge that Tesseract strings into one tall "line". Its extent would straddle the rows of text beside
    it and reorder them, so it is dropped before the layout engine sees it (smaller noise is dropped later,
    block by block)."""
    if not body or height <= _OUTSIZE_LINE * body:
        return False
    return is_noise([Word(text=str(data["text"][i]).strip(), bbox=BBox(x0=0, y0=0, x1=0, y1=0),
                           confidence=float(data["conf"][i])) for i in line])


def _placeholder(index: int) -> str:
    return f"[[spaser-table-{index}]]"


def _table_placeholders(tables: Sequence[Block], size: float) -> list[LayoutWord]:
    """One stand-in word per table, filling the table's box, so the layout engine orders tables with the text."""
    return [
        LayoutWord(_placeholder(index), t.bbox.x0, t.bbox.x1, t.bbox.y0, t.bbox.y1, size) for index, t in enumerate(tables)
    ]


def _to_block(layout_block: Any, text: str, block_words: list[Word], page_number: int) -> Block:
    # The bullet glyph is layout: it stays in ``orig`` but not among the words of the text.
    if layout_block.kind == "list_item" and block_words and block_words[0].text == "•":
        block_words = block_words[1:]
    x0, y0, x1, y1 = layout_block.bbox
    return Block(
        id="",
        kind=layout_block.kind,
        page=page_number,
        bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1),
        text=text,
        orig=layout_block.orig,
        column=layout_block.column,
        font_size=layout_block.font_size,
        confidence=round(statistics.fmean(w.confidence for w in block_words), 2) if block_words else None,
        words=block_words,
    )


def blocks_from_tesseract(
    data: dict[str, list[Any]],
    *,
    page_number: int,
    to_points: PixelToPoints,
    rules: Sequence[HRule] = (),
    tables: Sequence[Block] = (),
) -> tuple[list[Block], int]:
    """The page's blocks in reading order, and how many noise blocks were dropped.

    ``tables`` (read separately) take their place in the reading order as the
    layout engine orders them with the text around.
    """
    layout, words = layout_words(data, to_points)
    body = statistics.median(w.size for w in layout) if layout else 10.0
    layout += _table_placeholders(tables, body)
    blocks: list[Block] = []
    dropped = 0
    for layout_block in layout_page(layout, rules) if layout else []:
        block_words = [words[w] for line in layout_block.lines for w in line.words if w in words]
        pieces = [layout_block.text]
        placed = [i for i in range(len(tables)) if _placeholder(i) in layout_block.text]
        for index in placed:
            *before, after = pieces
            head, _, tail = after.partition(_placeholder(index))
            pieces = [*before, head, index, tail]  # type: ignore[list-item]
        for piece in pieces:
            if isinstance(piece, int):
                blocks.append(tables[piece])
            elif piece.strip():
                if is_noise(block_words):
                    dropped += 1
                    continue
                blocks.append(_to_block(layout_block, piece.strip(), block_words, page_number))
    for index, block in enumerate(blocks):
        block.id = f"p{page_number}-b{index}"
    return blocks, dropped
