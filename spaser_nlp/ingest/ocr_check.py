"""A per-page sanity check of the layout reading against Tesseract's own reading.

The layout reading (deskew, ruled tables cut out, words ordered by the text
layer's XY-cut) beats Tesseract's page segmentation on clean pages, which
merges justified columns. On a poor page it can fail in ways Tesseract's own
reading does not: a skew left uncorrected interleaves two columns, grain read
as rules makes running text a "table" read across both columns, and a table
read as one block loses words. So a page with a warning sign (see
:func:`suspicious`) is read a second time by Tesseract alone, on the same
evened-out picture, and the two readings are compared:

- *confident letters* (each word's letters weighted by its confidence): the
  layout reading must keep at least :data:`MIN_LETTERS_KEPT` of the plain
  reading's;
- *the same words in the same order* (a word-sequence similarity): below
  :data:`MIN_SAME_ORDER`, the two readings order the text differently; the
  plain one is then kept only where the layout reading has a red flag: lines
  that still slope after the deskew, or a "table" whose cells read like
  running text (columns of prose taken for a table); on a clean page it is
  Tesseract that merges columns, and a true table is read across where
  Tesseract reads it column by column.

Lines still sloping after the deskew first get a second deskew by their own
slope (Tesseract's baselines are a second skew estimate), before any check.

When the layout reading is far worse, the page is Tesseract's reading, one
block per Tesseract paragraph, with a warning saying why.
"""

from __future__ import annotations

import difflib
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spaser_nlp.document import BBox, Block, Word
from spaser_nlp.ingest.ocr_layout import PixelToPoints, is_noise, tesseract_lines
from spaser_nlp.ingest.textnorm import join_lines, normalize_unicode

MIN_LETTERS_KEPT = 0.9
MIN_SAME_ORDER = 0.95
# Warning signs that call for the check.
TABLE_SHARE = 0.4
# Table cells averaging this many words are running text.
PROSE_CELL_WORDS = 5.0
LOW_CONFIDENCE = 80.0
# Lines still sloping by this much (degrees) after the deskew: the skew estimate was wrong.
RESIDUAL_SLOPE = 0.5

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Verdict:
    """The outcome of the check: keep the layout reading or not, and why."""

    keep_layout: bool
    reason: str
    letters_kept: float
    same_order: float


def table_share(blocks: Sequence[Block]) -> float:
    """Share of the page's words that sit in ``table_row`` blocks."""
    counts = [(len(block.text.split()), block.kind == "table_row") for block in blocks]
    total = sum(count for count, _ in counts)
    return sum(count for count, in_table in counts if in_table) / total if total else 0.0


def prose_table_share(blocks: Sequence[Block]) -> float:
    """Share of the page's words in ``table_row`` blocks whose cells read like running text.

    Table cells are short (a label, a figure); a "table" whose every column has cells averaging five words
    or more is columns of prose taken for a table (grain or a shaded box read as rules), and reads
    interleaved. A table whose first column holds short labels beside long cells (an action sheet:
    "Constat", "Pilote"...) is a true table, however long its other cells.
    """
    total = sum(len(block.text.split()) for block in blocks)
    prose = 0
    for block in blocks:
        if block.kind != "table_row":
            continue
        columns: dict[int, list[int]] = {}
        for row in block.text.split("\n"):
            for index, cell in enumerate(row.split("\t")):
                if cell.strip():
                    columns.setdefault(index, []).append(len(cell.split()))
        if columns and min(sum(words) / len(words) for words in columns.values()) >= PROSE_CELL_WORDS:
            prose += len(block.text.split())
    return prose / total if total else 0.0


def residual_slope(data: dict[str, list[Any]]) -> float:
    """Median counter-clockwise slope, in degrees, of Tesseract's lines of at least four words (0.0 if none)."""
    slopes = []
    for line in tesseract_lines(data):
        if len(line) < 4:
            continue
        xs = [data["left"][i] + data["width"][i] / 2 for i in line]
        ys = [data["top"][i] + data["height"][i] for i in line]
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
        variance = sum((x - mean_x) ** 2 for x in xs)
        if variance <= 0:
            continue
        slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / variance
        slopes.append(-math.degrees(math.atan(slope)))  # image rows grow downwards
    return round(statistics.median(slopes), 2) if slopes else 0.0


def suspicious(blocks: Sequence[Block], *, confidence: float | None, slope: float) -> str:
    """Why the layout reading of a page should be checked ("" when nothing calls for it)."""
    if table_share(blocks) >= TABLE_SHARE:
        return "tables"
    if abs(slope) >= RESIDUAL_SLOPE:
        return "sloping lines"
    if confidence is not None and confidence < LOW_CONFIDENCE:
        return "low confidence"
    return ""


def _letters(words: Sequence[tuple[str, float]]) -> float:
    return sum(confidence * sum(ch.isalnum() for ch in text) for text, confidence in words) / 100.0


def compare(
    layout_blocks: Sequence[Block], plain: dict[str, list[Any]], *, red_flag: bool
) -> Verdict:
    """Whether to keep the layout reading of a page against Tesseract's ``plain`` word table."""
    ours = [(word.text, word.confidence or 0.0) for block in layout_blocks for word in block.words or []]
    plain_words = [(str(t), float(c)) for t, c in zip(plain["text"], plain["conf"]) if str(t).strip() and float(c) >= 0]
    kept = _letters(ours) / max(_letters(plain_words), 1e-9) if plain_words else 1.0
    ours_tokens = [token.lower() for block in layout_blocks for token in _WORD.findall(block.text)]
    plain_tokens = [token.lower() for text, _ in plain_words for token in _WORD.findall(text)]
    same = difflib.SequenceMatcher(None, ours_tokens, plain_tokens, autojunk=False).ratio() if plain_tokens else 1.0
    if kept < MIN_LETTERS_KEPT:
        return Verdict(False, f"it kept {kept:.0%} of Tesseract's confident letters", kept, same)
    if same < MIN_SAME_ORDER and red_flag:
        return Verdict(False, f"its words agree with Tesseract's order at {same:.0%}", kept, same)
    return Verdict(True, "", kept, same)


def plain_blocks(data: dict[str, list[Any]], *, page_number: int, to_points: PixelToPoints) -> list[Block]:
    """Tesseract's reading as blocks: one paragraph block per Tesseract paragraph, in its order (noise dropped)."""
    paragraphs: dict[tuple[int, int], list[list[int]]] = {}
    for line in tesseract_lines(data):
        key = (int(data["block_num"][line[0]]), int(data["par_num"][line[0]]))
        paragraphs.setdefault(key, []).append(line)
    blocks: list[Block] = []
    for lines in paragraphs.values():
        indices = [i for line in lines for i in line]
        words = [
            Word(
                text=normalize_unicode(str(data["text"][i]).strip()),
                bbox=to_points.box(data["left"][i], data["top"][i], data["width"][i], data["height"][i]),
                confidence=round(float(data["conf"][i]), 2),
            )
            for i in indices
        ]
        text = join_lines([" ".join(normalize_unicode(str(data["text"][i]).strip()) for i in line) for line in lines])
        if not text.strip() or is_noise(words):
            continue  # picture and grain debris, dropped as in the layout reading
        x0 = min(word.bbox.x0 for word in words)
        y0 = min(word.bbox.y0 for word in words)
        x1 = max(word.bbox.x1 for word in words)
        y1 = max(word.bbox.y1 for word in words)
        blocks.append(
            Block(
                id=f"p{page_number}-b{len(blocks)}",
                kind="paragraph",
                page=page_number,
                bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1),
                text=text,
                orig="\n".join(" ".join(str(data["text"][i]).strip() for i in line) for line in lines),
                confidence=round(statistics.fmean(word.confidence or 0.0 for word in words), 2),
                words=words,
            )
        )
    return blocks
