"""A table region's lines to rows of cells.

The XY-cut (:mod:`spaser_nlp.ingest.layout_order`) finds where a table is;
this module finds its grid from the whole table at once, never from the gaps
of one row:

* **columns** come from the table's vertical rules when it has them, else
  from *gutters*: vertical bands that (nearly) no row's text covers. A header
  cell running into the next column's gutter ("Valeur de référence (2022)")
  does not close it, because one band in five may cross a gutter;
* **lines are cut into cells** where they cross a column border, at the word
  gap nearest to the border, so "Valeur de référence (2022) Cible 2028" gives
  two cells whatever the width of the space between them;
* **rows** are separated by horizontal rules and by gaps wider than the
  line spacing; a band with an empty first cell, or a second bold band under
  a bold header, continues the row above (a cell wrapped onto two lines).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from spaser_nlp.ingest.layout_lines import Box, HRule, LayoutWord, Line, Unit, VRule, rows_of_lines, split_gap

# A gutter may be crossed by this share of a table's bands (a wide header cell, a long number).
GUTTER_CROSSINGS = 0.2
# Points of slack when comparing a word's edge with a column border.
_SLACK = 1.5


@dataclass(frozen=True)
class Border:
    """A column border: any cut between ``left`` and ``right`` (equal for a ruled border)."""

    left: float
    right: float

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2


@dataclass
class _Band:
    lines: list[Line]
    top: float
    bottom: float


def table_rows(
    units: Sequence[Unit], rules: Sequence[HRule] = (), vrules: Sequence[VRule] = ()
) -> list[list[list[Line]]]:
    """Rows of a table's cells, each cell its lines in reading order.

    Every row has one cell per column; a column empty in every row is dropped.

    >>> from spaser_nlp.ingest.layout_lines import LayoutWord
    >>> def line(text, x, y):
    ...     words, cursor = [], x
    ...     for token in text.split():
    ...         words.append(LayoutWord(token, cursor, cursor + 5 * len(token), y, y + 9, 9.0))
    ...         cursor += 5 * len(token) + 5  # a 5-point space: narrower than a gutter
    ...     return Line(words)
    >>> table = [line("Indicateur", 50, 100), line("Valeur 2022 Cible", 200, 100),
    ...          line("Achats", 50, 115), line("22 %", 200, 115), line("35 %", 260, 115),
    ...          line("Heures", 50, 130), line("431", 200, 130), line("500", 260, 130)]
    >>> [[" ".join(l.text for l in cell) for cell in row] for row in table_rows(table)]
    [['Indicateur', 'Valeur 2022', 'Cible'], ['Achats', '22 %', '35 %'], ['Heures', '431', '500']]
    """
    lines = [line for unit in rows_of_lines(units) for line in _lines_of(unit)]
    if not lines:
        return []
    size = statistics.median(line.size for line in lines)
    bands = _bands(lines)
    borders = _ruled_borders(lines, vrules) or _gutter_borders(bands, size)
    grid: list[list[list[Line]]] = []
    for group in _row_groups(bands, borders, rules, size):
        cells: list[list[Line]] = [[] for _ in range(len(borders) + 1)]
        for band in group:
            for line in band.lines:
                for piece in _cut(line, borders, size):
                    cells[_column(piece, borders)].append(piece)
        grid.append([list(rows_of_lines(cell)) for cell in cells])  # type: ignore[arg-type]
    used = [index for index in range(len(borders) + 1) if any(row[index] for row in grid)]
    return [[row[index] for index in used] for row in grid]


def _lines_of(unit: Unit) -> list[Line]:
    return list(unit.lines) if isinstance(unit, Box) else [unit]


def _bands(lines: Sequence[Line]) -> list[_Band]:
    """Horizontal bands of lines that overlap vertically (one text line of the table)."""
    bands: list[_Band] = []
    for line in sorted(lines, key=lambda l: (l.top, l.x0)):
        if bands and line.top < bands[-1].bottom - 0.5 * (line.bottom - line.top):
            bands[-1].lines.append(line)
            bands[-1].bottom = max(bands[-1].bottom, line.bottom)
        else:
            bands.append(_Band([line], line.top, line.bottom))
    return bands


def _ruled_borders(lines: Sequence[Line], vrules: Sequence[VRule]) -> list[Border]:
    """Column borders drawn as vertical rules across most of the table's height."""
    x0, x1 = min(l.x0 for l in lines), max(l.x1 for l in lines)
    top, bottom = min(l.top for l in lines), max(l.bottom for l in lines)
    xs: list[float] = []
    for rule in vrules:
        covered = min(rule.bottom, bottom) - max(rule.top, top)
        if x0 + _SLACK < rule.x < x1 - _SLACK and covered >= 0.6 * (bottom - top):
            if not xs or rule.x - xs[-1] > 2 * _SLACK:
                xs.append(rule.x)
    xs.sort()
    return [Border(x, x) for x in xs]


def _gutter_borders(bands: Sequence[_Band], size: float) -> list[Border]:
    """Column borders where (nearly) no band has text: the table's gutters."""
    allowed = int(GUTTER_CROSSINGS * len(bands)) if len(bands) >= 5 else 0
    events: list[tuple[float, int]] = []
    for band in bands:
        # Words, not lines: a header cell running into a gutter still leaves a space before the next cell.
        for x0, x1 in _merged_spans([word for line in band.lines for word in line.words]):
            events += [(x0, 1), (x1, -1)]
    events.sort()
    starts = [line.x0 for band in bands for line in band.lines]
    borders: list[Border] = []
    depth = 0
    opened: float | None = None
    for x, step in events:
        if step < 0:
            depth -= 1
            if depth == allowed and opened is None:
                opened = x
        else:
            if depth == allowed and opened is not None:
                if _wide_enough(opened, x, starts, size):
                    borders.append(Border(opened, x))
                opened = None
            depth += 1
    return borders


def _merged_spans(words: Sequence[LayoutWord]) -> list[tuple[float, float]]:
    spans: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: w.x0):
        if spans and word.x0 <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], word.x1))
        else:
            spans.append((word.x0, word.x1))
    return spans


def _wide_enough(left: float, right: float, starts: Sequence[float], size: float) -> bool:
    """A gutter as wide as a column gap, or narrower but with cells starting on its edge in two bands."""
    width = right - left
    if width >= split_gap(size):
        return True
    aligned = sum(1 for start in starts if abs(start - right) <= 1.0)
    return width >= 0.5 * size and aligned >= 2


def _cut(line: Line, borders: Sequence[Border], size: float) -> list[Line]:
    """``line`` cut at each border it crosses, at the word gap nearest the border."""
    words = line.words
    cuts: set[int] = set()
    for border in borders:
        if not (line.x0 < border.left - _SLACK and line.x1 > border.right + _SLACK):
            continue
        candidates = [
            index
            for index in range(1, len(words))
            if words[index - 1].x1 <= border.right + _SLACK and words[index].x0 >= border.left - _SLACK
        ]
        if candidates:
            cuts.add(min(candidates, key=lambda index: abs(words[index].x0 - border.right)))
    if not cuts:
        return [line]
    bounds = [0, *sorted(cuts), len(words)]
    return [Line(words[a:b]) for a, b in zip(bounds, bounds[1:])]


def _column(piece: Line, borders: Sequence[Border]) -> int:
    return sum(1 for border in borders if piece.x0 >= border.middle - _SLACK)


def _row_groups(
    bands: Sequence[_Band], borders: Sequence[Border], rules: Sequence[HRule], size: float
) -> list[list[_Band]]:
    """Bands grouped into table rows (see the module docstring)."""
    if not bands:
        return []
    x0 = min(line.x0 for band in bands for line in band.lines)
    x1 = max(line.x1 for band in bands for line in band.lines)
    gaps = [b.top - a.bottom for a, b in zip(bands, bands[1:])]
    smallest = min(gaps) if gaps else 0.0
    spread = bool(gaps) and max(gaps) > smallest + 0.25 * size
    groups: list[list[_Band]] = [[bands[0]]]
    for index, band in enumerate(bands[1:], start=1):
        previous = bands[index - 1]
        ruled = any(
            previous.bottom - 1 <= rule.y <= band.top + 1 and min(rule.x1, x1) - max(rule.x0, x0) >= 0.5 * (x1 - x0)
            for rule in rules
        )
        if ruled:
            groups.append([band])
        elif _continues(groups[-1], band, borders) or (spread and gaps[index - 1] <= smallest + 0.25 * size):
            groups[-1].append(band)
        else:
            groups.append([band])
    return groups


def _continues(group: Sequence[_Band], band: _Band, borders: Sequence[Border]) -> bool:
    """A wrapped cell's next line: an empty first cell under a filled one, or a bold header's second line."""
    first = group[0]
    if len(first.lines) > 1 and all(line.bold for line in first.lines) and all(line.bold for line in band.lines):
        return len(group) < 3
    starts_first_column = any(_column(line, borders) == 0 for line in band.lines)
    return bool(borders) and not starts_first_column and any(_column(l, borders) == 0 for l in first.lines)
