"""Ruled tables on scanned pages.

Tesseract's page segmentation reads a table column by column, which tears
every row apart. Ruled tables (grids, or horizontal rules only) are found from
their rules, cut out of the page, cleared of their rules and read on their own
as one uniform block; each word then goes to the row between two rules and to
the column that its position falls in, and the table becomes one ``table_row``
block with a line per row and tab-separated cells, as the text layer gives.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image

from spaser_nlp.document import Block, Word
from spaser_nlp.ingest.deskew import otsu_threshold
from spaser_nlp.ingest.layout import HRule
from spaser_nlp.ingest.ocr_layout import PixelToPoints
from spaser_nlp.ingest.textnorm import join_lines, normalize_unicode

# A rule is a run of ink at least this share of the page width...
_MIN_RULE_WIDTH = 0.12
# ...and at most this thick (share of page height): thicker runs are filled areas.
_MAX_RULE_THICKNESS = 0.006
# Rules of one table overlap horizontally this much and are no further apart than _MAX_ROW_GAP (share of height).
_MIN_RULE_OVERLAP = 0.8
_MAX_ROW_GAP = 0.1
# An end gap this many times the table's median row gap joins a rule that is not the table's (a header rule).
_OUTLIER_GAP = 2.5
_OUTLIER_MIN_GAP = 0.05
_MIN_RULES = 3
# What OCR makes of a vertical rule.
_RULE_GLYPHS = "|¦"
# Words below this confidence do not count when the gaps between a table's columns are looked for.
_EDGE_MIN_CONFIDENCE = 30.0
# A column gap may be crossed by this share of the table's lines (rounded down: none in a table of under ten).
_STRADDLING_LINES = 0.1
# Rule pixels are at least this many spreads of the paper's grain darker than the paper.
_GRAIN_SIGMAS = 3.0
# A vertical rule spans this many of its table's rows, and has at least this share of ink along its run.
_VERTICAL_ROWS = 2.0
_VERTICAL_SHARE = 0.85


@dataclass
class Rule:
    """A horizontal rule: pixel rows ``top..bottom`` and columns ``left..right``."""

    top: int
    bottom: int
    left: int
    right: int


@dataclass
class TableRegion:
    """A ruled table: its pixel box and the rules inside it (top to bottom)."""

    left: int
    top: int
    right: int
    bottom: int
    rules: list[Rule] = field(default_factory=list)


def _full_windows(mask: np.ndarray, length: int, share: float = 1.0) -> np.ndarray:
    """``out[y, x]``: of the ``length`` pixels from ``(y, x)`` rightwards, at least ``share`` are ink (all by default)."""
    height, width = mask.shape
    if length > width:
        return np.zeros((height, 1), dtype=bool)
    cumulative = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(mask, axis=1, out=cumulative[:, 1:])
    return (cumulative[:, length:] - cumulative[:, :-length]) >= int(np.ceil(share * length))


def _runs_at_least(mask: np.ndarray, length: int, share: float = 1.0) -> np.ndarray:
    """Pixels lying in a horizontal run of ``length`` pixels of which at least ``share`` are ink (all by default);
    with ``share`` < 1 the run's few lighter pixels (grain breaking a faint rule) are in it too."""
    height, width = mask.shape
    if length > width:
        return np.zeros_like(mask)
    full = _full_windows(mask, length, share)
    # Spread each full window over the pixels it covers (a difference array, then a running sum).
    spread = np.zeros((height, width + 1), dtype=np.int32)
    spread[:, : width - length + 1] += full
    spread[:, length:] -= full
    return np.cumsum(spread, axis=1)[:, :width] > 0


def _horizontal_rules(mask: np.ndarray) -> list[Rule]:
    height, width = mask.shape
    # Rows are OR-ed with their neighbours so that a rule left slightly tilted stays one run.
    thick = mask.copy()
    thick[1:] |= mask[:-1]
    thick[:-1] |= mask[1:]
    length = max(20, int(_MIN_RULE_WIDTH * width))
    full = _full_windows(thick, length)
    rows = np.flatnonzero(full.any(axis=1))
    rules: list[Rule] = []
    for band in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1) if rows.size else []:
        top, bottom = int(band[0]), int(band[-1])
        if bottom - top + 1 > max(3, _MAX_RULE_THICKNESS * height):
            continue  # a filled area (shaded band, picture), not a rule
        starts = np.flatnonzero(full[top : bottom + 1].any(axis=0))
        rules.append(Rule(top, bottom, int(starts[0]), int(starts[-1]) + length - 1))
    return rules


def _overlap(a: Rule, b: Rule) -> float:
    # Relative to the wider rule: a box's edges inside a wider table's span do not join it.
    shared = min(a.right, b.right) - max(a.left, b.left)
    return shared / max(1, max(a.right - a.left, b.right - b.left))


def _rule_threshold(gray: Image.Image) -> int:
    """Grey level under which a pixel may belong to a rule: halfway between the ink threshold and the paper,
    and clearly darker than the paper's grain.

    Table rules are often thin and grey; after scanning they are lighter than text. On a grainy page with
    faded toner Otsu's threshold splits the paper's own grain (ink is too rare and too light to pull it
    down), and halfway to the paper is then inside the grain: rows of grain and shading became "rules",
    and running text "tables". The grain's spread is measured on the light side of the paper's peak,
    where no ink reaches, and the threshold kept :data:`_GRAIN_SIGMAS` spreads below the peak.
    """
    pixels = np.asarray(gray, dtype=np.uint8)
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    threshold = otsu_threshold(histogram)
    # Pure white is the fill of a straightened page's corners or clipped paper, not the paper's grain.
    light = histogram[threshold + 1 : 255]
    paper = threshold + 1 + int(np.argmax(light)) if light.sum() else 255
    above = histogram[paper + 1 : 255]
    if above.sum():
        spread = float(np.sqrt((above * np.arange(1, len(above) + 1) ** 2).sum() / above.sum()))
        return min((threshold + paper) // 2, int(paper - _GRAIN_SIGMAS * spread))
    return (threshold + paper) // 2


def _half(gray: Image.Image) -> Image.Image:
    # Half resolution is plenty to see rules and four times cheaper.
    return gray.reduce(2) if gray.width >= 1600 else gray


@dataclass
class RuleScan:
    """The horizontal rules of a page, found once for both :func:`find_tables` and :func:`page_rules`."""

    rules: list[Rule]  # in the pixels of the scanned copy
    factor: float  # page pixels per scanned-copy pixel
    height: int  # of the scanned copy


def scan_rules(gray: Image.Image) -> RuleScan:
    """Find the horizontal rules of ``gray`` (on a half-resolution copy when the page is large)."""
    small = _half(gray)
    mask = np.asarray(small, dtype=np.uint8) <= _rule_threshold(small)
    return RuleScan(_horizontal_rules(mask), gray.width / small.width, mask.shape[0])


def page_rules(page: Image.Image | RuleScan, to_points: PixelToPoints) -> list[HRule]:
    """The horizontal rules of a page (box edges, separators), in points, for the layout engine."""
    scan = page if isinstance(page, RuleScan) else scan_rules(page)
    factor = scan.factor
    rules = []
    for rule in scan.rules:
        box = to_points.box(
            rule.left * factor, rule.top * factor, (rule.right - rule.left + 1) * factor, (rule.bottom - rule.top + 1) * factor
        )
        rules.append(HRule(box.x0, box.x1, round((box.y0 + box.y1) / 2, 2)))
    return rules


def find_tables(page: Image.Image | RuleScan) -> list[TableRegion]:
    """Ruled tables of a page: chains of at least three aligned, close horizontal rules (pixel boxes of the page)."""
    scan = page if isinstance(page, RuleScan) else scan_rules(page)
    factor, height = scan.factor, scan.height
    chains: list[list[Rule]] = []
    for rule in sorted(scan.rules, key=lambda r: r.top):
        # A rule continues the table above it that it lines up with (side-by-side tables and boxes stay apart).
        for chain in chains:
            if _overlap(chain[-1], rule) >= _MIN_RULE_OVERLAP and rule.top - chain[-1].bottom <= _MAX_ROW_GAP * height:
                chain.append(rule)
                break
        else:
            chains.append([rule])
    tables = [_region(chain, height) for chain in chains if len(chain) >= _MIN_RULES]
    tables = [table for table in tables if len(table.rules) >= _MIN_RULES]
    return [_scaled(table, factor) for table in tables]


def row_pitch(table: TableRegion) -> float | None:
    """Median distance between the table's consecutive horizontal rules (pixels), None with fewer than two."""
    tops = sorted(rule.top for rule in table.rules)
    return float(statistics.median(b - a for a, b in zip(tops, tops[1:]))) if len(tops) >= 2 else None


def _trim(rules: list[Rule], page_height: int) -> list[Rule]:
    """Drop rules at either end that sit much further from the table than its rows are tall."""
    rules = list(rules)
    while len(rules) > _MIN_RULES:
        gaps = [b.top - a.bottom for a, b in zip(rules, rules[1:])]
        far = _OUTLIER_MIN_GAP * page_height
        if gaps[0] > far and gaps[0] > _OUTLIER_GAP * statistics.median(gaps[1:]):
            rules.pop(0)
        elif gaps[-1] > far and gaps[-1] > _OUTLIER_GAP * statistics.median(gaps[:-1]):
            rules.pop()
        else:
            break
    return rules


def _region(rules: list[Rule], page_height: int) -> TableRegion:
    rules = _trim(rules, page_height)
    return TableRegion(
        left=min(r.left for r in rules),
        top=rules[0].top,
        right=max(r.right for r in rules),
        bottom=rules[-1].bottom,
        rules=list(rules),
    )


def _scaled(table: TableRegion, factor: float) -> TableRegion:
    def s(value: int) -> int:
        return round(value * factor)

    return TableRegion(
        s(table.left), s(table.top), s(table.right + 1) - 1, s(table.bottom + 1) - 1,
        [Rule(s(r.top), s(r.bottom + 1) - 1, s(r.left), s(r.right + 1) - 1) for r in table.rules],
    )


def clear_rules(crop: Image.Image, row_pitch: float | None = None) -> Image.Image:
    """``crop`` with its long horizontal and vertical lines painted white.

    A vertical line is a column run at least half the crop tall or, given the table's ``row_pitch`` (median
    distance between its horizontal rules, in pixels), :data:`_VERTICAL_ROWS` rows tall: no glyph crosses a
    row's rules, and a crop holding two tables one above the other has no vertical rule half its height. The
    run may have :data:`_VERTICAL_SHARE` of ink only: on a grainy, faded copy a faint rule is broken every few
    pixels, and a rule left in the crop covers the gap between two columns.
    """
    mask = np.asarray(crop, dtype=np.uint8) <= _rule_threshold(crop)
    height, width = mask.shape
    tall = height // 2 if row_pitch is None else min(height // 2, round(_VERTICAL_ROWS * row_pitch))
    lines = _runs_at_least(mask, max(20, width // 4)) | _runs_at_least(mask.T, max(20, tall), _VERTICAL_SHARE).T
    # Widen by a pixel: anti-aliased rule edges would otherwise stay as grey streaks.
    lines[1:] |= lines[:-1]
    lines[:-1] |= lines[1:]
    lines[:, 1:] |= lines[:, :-1]
    lines[:, :-1] |= lines[:, 1:]
    pixels = np.asarray(crop, dtype=np.uint8).copy()
    pixels[lines] = 255
    return Image.fromarray(pixels)


@dataclass
class _TableWord:
    word: Word
    left: float
    right: float
    middle_y: float
    line: tuple[int, int, int]


def _table_words(data: dict[str, list[Any]], to_points: PixelToPoints, origin: tuple[int, int]) -> list[_TableWord]:
    words = []
    for i, text in enumerate(data["text"]):
        if int(data["level"][i]) != 5 or not str(text).strip() or float(data["conf"][i]) < 0:
            continue
        left, top, width, height = (float(data[k][i]) for k in ("left", "top", "width", "height"))
        left, top = left + origin[0], top + origin[1]
        text = normalize_unicode(str(text).strip())
        # A vertical rule left on a faint copy is read as "|", alone or stuck to a word: it is no text, and
        # as a word it would cover the gap between two columns.
        kept = text.strip(_RULE_GLYPHS)
        if not kept:
            continue
        if kept != text:
            share = width / len(text)
            start = text.index(kept)
            left, width = left + start * share, len(kept) * share
            text = kept
        word = Word(
            text=text,
            bbox=to_points.box(left, top, width, height),
            confidence=round(float(data["conf"][i]), 2),
        )
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        words.append(_TableWord(word, left, left + width, top + height / 2, line))
    return words


def _column_edges(words: list[_TableWord], left: int, right: int, min_gap: float, straddling: float = 0.0) -> list[
        float]:
    """x positions splitting the table into columns: vertical strips at least ``min_gap`` wide that no word
    crosses, or only the words of a few lines (at most ``straddling``, a share of the lines, rounded down)."""
    lines: dict[tuple[int, int, int], np.ndarray] = {}
    for w in words:
        covered = lines.setdefault(w.line, np.zeros(max(1, right - left + 1), dtype=bool))
        covered[max(0, int(w.left) - left) : max(0, int(w.right) - left) + 1] = True
    crossing = np.sum(list(lines.values()), axis=0) if lines else np.zeros(max(1, right - left + 1), dtype=int)
    covered = crossing > int(straddling * len(lines))
    edges: list[float] = []
    gap_start = None
    for x, is_covered in enumerate(covered):
        if not is_covered and gap_start is None:
            gap_start = x
        elif is_covered and gap_start is not None:
            if gap_start > 0 and x - gap_start >= min_gap:
                edges.append(left + (gap_start + x) / 2)
            gap_start = None
    return edges


def table_block(
    data: dict[str, list[Any]], region: TableRegion, *, page_number: int, to_points: PixelToPoints, origin: tuple[int, int]
) -> Block | None:
    """The table as one block (rows on lines, cells tab-separated), or None if it reads as a single column."""
    words = _table_words(data, to_points, origin)
    if not words:
        return None
    line_height = statistics.median(w.word.bbox.height for w in words) / to_points.scale_y
    # Column gaps are found among the words Tesseract is fairly sure of: remnants of a faint vertical rule are
    # read as short words of low confidence ("Se", "sé") that would cover the gap.
    sure = [w for w in words if (w.word.confidence or 0.0) >= _EDGE_MIN_CONFIDENCE] or words
    edges = _column_edges(sure, region.left, region.right, min_gap=0.9 * line_height)
    if not edges:
        # A crop can hold lines that are not the table's: a heading between two tables chained by their rules,
        # a word glued to a speck in the gap. Each hides every column gap; a few such lines are let cross.
        edges = _column_edges(sure, region.left, region.right, min_gap=0.9 * line_height, straddling=_STRADDLING_LINES)
    if not edges:
        return None  # a framed box of running text, not a table
    bands = [rule.bottom for rule in region.rules]
    # With rules between rows, a row is the space between two rules (cells may wrap over
    # several lines); with only top, header and bottom rules, each text line of the body is a row.
    line_rows = len(region.rules) <= _MIN_RULES
    line_order = {line: index for index, line in enumerate(sorted({w.line for w in words}))}
    cells: dict[tuple[int, int, int], list[_TableWord]] = {}
    for w in words:
        band = sum(1 for y in bands if y < w.middle_y)
        column = sum(1 for x in edges if x < (w.left + w.right) / 2)
        cells.setdefault((band, line_order[w.line] if line_rows and band >= 2 else 0, column), []).append(w)
    rows: list[str] = []
    for band, sub_row in sorted({(band, sub_row) for band, sub_row, _ in cells}):
        row = []
        for column in range(len(edges) + 1):
            cell_words = cells.get((band, sub_row, column), [])
            # Tesseract's lines run across the table, in reading order: a cell's lines are its share of them.
            lines: dict[tuple[int, int, int], list[_TableWord]] = {}
            for w in cell_words:
                lines.setdefault(w.line, []).append(w)
            texts = [" ".join(w.word.text for w in sorted(line, key=lambda w: w.left)) for _, line in sorted(lines.items())]
            row.append(join_lines(texts))
        rows.append("\t".join(row).rstrip("\t"))
    all_words = [w.word for w in sorted(words, key=lambda w: (w.line, w.left))]
    box = all_words[0].bbox
    for word in all_words[1:]:
        box = box.union(word.bbox)
    return Block(
        id="",
        kind="table_row",
        page=page_number,
        bbox=box,
        text="\n".join(rows),
        orig="\n".join(rows),
        confidence=round(statistics.fmean(w.confidence for w in all_words), 2),
        words=all_words,
    )
