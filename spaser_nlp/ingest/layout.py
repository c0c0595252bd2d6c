"""Reading order and blocks from positioned words: pure geometry, no PDF library.

The input is the words of one page with their boxes (points, origin top-left)
and font size and weight; the output is the page's blocks in reading order.

1. :func:`group_lines` cuts each row of words into *fragments* wherever the
   horizontal gap is large for the font size, so the two halves of a row that
   crosses a column gutter or table cells become separate lines.
2. :func:`order_lines` is a recursive XY-cut. A region is cut into horizontal
   *strips* (separated by a horizontal band with no text). A vertical gutter
   found in one strip is followed up and down through the neighbouring strips
   that leave it free, so a two-column region whose paragraph gaps fall at the
   same height is still read column by column; full-width bands (title, box,
   table, a heading across the page) stop the gutter and are read in their
   place between column regions. A column region whose columns are unequal or
   sparsely filled, or that is crossed by horizontal rules, is a table and is
   read row by row.
3. :func:`build_blocks` groups the ordered lines into paragraphs, headings,
   list items and tables.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Union

from spaser_nlp.ingest.textnorm import join_lines, normalize_unicode

# Glyphs that open a list item wherever they appear at the start of a line.
STRONG_BULLETS = frozenset("•●◦○▪■□▫◆◇►▶▸‣⁃✓✔➢➤→∙·")
# Dashes open a list item only at the start of a block (else they may be prose).
DASH_BULLETS = frozenset("-–—")
_CID_TOKEN = re.compile(r"^\(cid:\d+\)$")


@dataclass(frozen=True)
class LayoutWord:
    """A word on the page: text, box in points (origin top-left), font size, bold flag."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False


def _words_text(words: Sequence[LayoutWord]) -> str:
    """Words joined by spaces, except words that touch (a font change inside a word: "Caradec" + ",")."""
    parts: list[str] = []
    for index, word in enumerate(words):
        if index and word.x0 - words[index - 1].x1 > 0.1 * min(word.size, words[index - 1].size):
            parts.append(" ")
        parts.append(word.text)
    return "".join(parts)


@dataclass(frozen=True)
class HRule:
    """A horizontal rule (table line or box edge) from ``x0`` to ``x1`` at height ``y``."""

    x0: float
    x1: float
    y: float


@dataclass
class Line:
    """A run of words on one row, not crossing a column gutter or a table cell border."""

    words: list[LayoutWord]

    @property
    def x0(self) -> float:
        return min(word.x0 for word in self.words)

    @property
    def x1(self) -> float:
        return max(word.x1 for word in self.words)

    @property
    def top(self) -> float:
        return min(word.top for word in self.words)

    @property
    def bottom(self) -> float:
        return max(word.bottom for word in self.words)

    @property
    def text(self) -> str:
        return _words_text(self.words)

    @property
    def size(self) -> float:
        # The size most of the characters have, so a small superscript does not count.
        weights: dict[float, int] = {}
        for word in self.words:
            weights[round(word.size, 1)] = weights.get(round(word.size, 1), 0) + len(word.text)
        return max(weights, key=lambda size: (weights[size], size))

    @property
    def bold(self) -> bool:
        bold_chars = sum(len(word.text) for word in self.words if word.bold)
        return bold_chars * 2 > sum(len(word.text) for word in self.words)


@dataclass(frozen=True)
class BoxRect:
    """A framed or tinted rectangle (``x0, top, x1, bottom``) that may hold a box of text."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Box:
    """The lines inside a framed or tinted box, ordered as one unit by the XY-cut."""

    rect: BoxRect
    lines: list[Line]

    @property
    def x0(self) -> float:
        return self.rect.x0

    @property
    def x1(self) -> float:
        return self.rect.x1

    @property
    def top(self) -> float:
        return self.rect.top

    @property
    def bottom(self) -> float:
        return self.rect.bottom

    @property
    def size(self) -> float:
        return statistics.median(line.size for line in self.lines)

    @property
    def text(self) -> str:
        return " ".join(line.text for line in _rows_of_lines(self.lines))


Unit = Union[Line, Box]


@dataclass
class Segment:
    """Lines read together: a column's flow of text, or a table (``rows`` of cells of lines)."""

    kind: str  # "flow" or "table"
    lines: list[Line]
    column: int = 0
    rows: list[list[list[Unit]]] = field(default_factory=list)
    in_box: bool = False


@dataclass
class LayoutBlock:
    """A block in reading order, ready to become a :class:`spaser_nlp.document.Block`."""

    kind: str
    text: str
    orig: str
    bbox: tuple[float, float, float, float]
    column: int
    font_size: float
    bold: bool
    lines: list[Line]


# ---------------------------------------------------------------------------
# 1. words -> lines
# ---------------------------------------------------------------------------


def is_bullet(token: str) -> bool:
    """Whether ``token`` is a list glyph (a private-use glyph of a symbol font counts).

    >>> is_bullet("•"), is_bullet("–"), is_bullet("\\uf0b7"), is_bullet("(cid:127)"), is_bullet("a")
    (True, True, True, True, False)
    """
    if _CID_TOKEN.match(token):
        return True  # a glyph without Unicode mapping alone at the start of a line: a symbol-font bullet
    if len(token) != 1:
        return False
    return token in STRONG_BULLETS or token in DASH_BULLETS or 0xE000 <= ord(token) <= 0xF8FF


def _is_enumerator(token: str) -> bool:
    """"1.", "2)", "a)", "iv." : list numbers drawn apart from their item's text."""
    return 1 < len(token) <= 4 and token[-1] in ".)" and token[:-1].isalnum()


def _split_gap(size: float) -> float:
    # Word spaces stay under ~0.6 em even in loose justified lines; gutters and cell paddings are wider.
    return 0.9 * size


def group_lines(words: Sequence[LayoutWord]) -> list[Line]:
    """Group ``words`` into lines: rows of words, cut where the horizontal gap is wide.

    >>> w = [LayoutWord("Achats", 50, 80, 100, 110, 10), LayoutWord("durables", 83, 120, 100, 110, 10),
    ...      LayoutWord("Cible", 300, 325, 101, 111, 10), LayoutWord("2026", 328, 348, 101, 111, 10)]
    >>> [line.text for line in group_lines(w)]
    ['Achats durables', 'Cible 2026']
    """
    rows: list[list[LayoutWord]] = []
    centres: list[float] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        centre = (word.top + word.bottom) / 2
        height = max(word.bottom - word.top, 1.0)
        # Compare with the row's first word only, so rows never drift down a column.
        for index in range(len(rows) - 1, max(-1, len(rows) - 8), -1):
            first = rows[index][0]
            tolerance = 0.4 * min(height, max(first.bottom - first.top, 1.0))
            if abs(centres[index] - centre) <= tolerance:
                rows[index].append(word)
                break
        else:
            rows.append([word])
            centres.append(centre)
    for row in rows:
        row.sort(key=lambda w: w.x0)
    order = sorted(range(len(rows)), key=lambda i: centres[i])
    lines: list[Line] = []
    for position, index in enumerate(order):
        row = rows[index]
        neighbours = [rows[j] for j in order[max(0, position - 8) : position + 9] if j != index]
        current = [row[0]]
        for position_in_row, word in enumerate(row[1:], start=1):
            previous = current[-1]
            beside = [
                row[i + 1].x0 - row[i].x1
                for i in (position_in_row - 2, position_in_row)
                if 0 <= i < len(row) - 1
            ]
            if _is_cut(previous, word, len(current) == 1, neighbours, beside):
                lines.append(Line(current))
                current = [word]
            else:
                current.append(word)
        lines.append(Line(current))
    return lines


def _is_cut(
    previous: LayoutWord,
    word: LayoutWord,
    lone: bool,
    neighbours: list[list[LayoutWord]],
    beside: list[float],
) -> bool:
    """Whether the gap between two words of a row separates two lines (gutter, table cell).

    A gap wider than a word space is a cut unless it looks like the stretched
    space of a justified line: as wide as the spaces ``beside`` it, and rows
    just above and below cover it with words, where a gutter or a cell border
    leaves a channel through them.
    """
    size = min(previous.size, word.size)
    gap = word.x0 - previous.x1
    if gap <= _split_gap(size):
        return False
    if lone and (is_bullet(previous.text) or _is_enumerator(previous.text)) and gap < 4 * previous.size:
        return False
    if gap >= 8 * size:
        return True
    if beside and gap > 2 * max(max(beside), 0.25 * size):
        return True  # much wider than the spaces on either side: not a stretched justified space
    a, b = previous.x1, word.x0
    free = covered = 0
    centre = (word.top + word.bottom) / 2
    for other in neighbours:
        if abs((other[0].top + other[0].bottom) / 2 - centre) > 3 * size:
            continue
        near = [w for w in other if w.x1 > a - 2 * size and w.x0 < b + 2 * size]
        if not near or near[0].x0 >= b or near[-1].x1 <= a:
            continue  # no text of that row around the gap (another column's baseline): says nothing
        other = near
        # A channel as wide as the cut threshold: stray word spaces of a justified neighbour are narrower.
        if _largest_free(other, a, b) >= _split_gap(size):
            free += 1
        else:
            covered += 1
    return free >= covered


def _largest_free(row: list[LayoutWord], a: float, b: float) -> float:
    """The widest piece of ``(a, b)`` that no word of ``row`` (sorted by x) covers."""
    largest = 0.0
    cursor = a
    for word in row:
        if word.x1 <= cursor:
            continue
        if word.x0 >= b:
            break
        largest = max(largest, word.x0 - cursor)
        cursor = max(cursor, word.x1)
    return max(largest, b - cursor)


# ---------------------------------------------------------------------------
# 2. lines -> ordered segments (recursive XY-cut)
# ---------------------------------------------------------------------------


@dataclass
class _Strip:
    lines: list[Unit]
    top: float
    bottom: float


def _strips(lines: Sequence[Unit]) -> list[_Strip]:
    """Cut ``lines`` into horizontal strips separated by a band with no text."""
    strips: list[_Strip] = []
    for line in sorted(lines, key=lambda l: (l.top, l.x0)):
        if strips and line.top < strips[-1].bottom - 0.5:
            strips[-1].lines.append(line)
            strips[-1].bottom = max(strips[-1].bottom, line.bottom)
        else:
            strips.append(_Strip([line], line.top, line.bottom))
    return strips


def _free_intervals(lines: Sequence[Unit], min_width: float) -> list[tuple[float, float]]:
    """Horizontal intervals inside the lines' extent that no line covers, at least ``min_width`` wide."""
    spans = sorted((line.x0, line.x1) for line in lines)
    gaps: list[tuple[float, float]] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= min_width:
            gaps.append((reach, x0))
        reach = max(reach, x1)
    return gaps


def _blocks_interval(strip: _Strip, gap: tuple[float, float]) -> tuple[float, float] | None:
    """The part of ``gap`` that ``strip`` leaves free (None if a line crosses it)."""
    a, b = gap
    for line in strip.lines:
        if line.x1 <= a or line.x0 >= b:
            continue
        # A line entering the gap from one side narrows it (ragged line ends).
        if line.x0 <= a and line.x1 < b:
            a = line.x1
        elif line.x1 >= b and line.x0 > a:
            b = line.x0
        else:
            return None
    return (a, b)


def _sides(strip: _Strip, gap: tuple[float, float]) -> tuple[int, int]:
    """How many lines of ``strip`` lie left and right of ``gap`` (a box counts its lines)."""
    middle = (gap[0] + gap[1]) / 2
    left = right = 0
    for unit in strip.lines:
        weight = len(unit.lines) if isinstance(unit, Box) else 1
        if unit.x1 <= middle:
            left += weight
        else:
            right += weight
    return left, right


@dataclass
class _Run:
    start: int
    end: int
    gap: tuple[float, float]
    size: int


def _ruled_between(upper: _Strip, lower: _Strip, gap: tuple[float, float], rules: Sequence[HRule]) -> bool:
    return any(
        upper.bottom - 1 <= rule.y <= lower.top + 1 and rule.x0 <= gap[0] and rule.x1 >= gap[1] for rule in rules
    )


def _grow_run(
    strips: list[_Strip], index: int, gap: tuple[float, float], min_gap: float, rules: Sequence[HRule]
) -> _Run:
    start = end = index
    current = gap
    for step, limit in ((-1, -1), (1, len(strips))):
        position = index + step
        while position != limit:
            narrowed = _blocks_interval(strips[position], current)
            if narrowed is None or narrowed[1] - narrowed[0] < min_gap:
                break
            edge = strips[position - step]
            upper, lower = (strips[position], edge) if step < 0 else (edge, strips[position])
            if _ruled_between(upper, lower, current, rules) and not all(_sides(strips[position], current)):
                break  # a rule across the gutter closes the columns, unless more table cells follow
            current = narrowed
            if step < 0:
                start = position
            else:
                end = position
            position += step
    start, end = _trim_run(strips, start, end + 1, current, min_gap)
    size = sum(len(strip.lines) for strip in strips[start:end])
    return _Run(start, end, current, size)


def _far(strips: list[_Strip], others: range) -> float:
    """A vertical distance that no two strips of one region are apart."""
    gaps = [strips[i + 1].top - strips[i].bottom for i in others if i + 1 in others]
    size = statistics.median(unit.size for i in others for unit in strips[i].lines)
    return max(2.0 * size, 3 * statistics.median(gaps)) if gaps else 2.0 * size


def _trim_run(strips: list[_Strip], start: int, end: int, gap: tuple[float, float], min_gap: float) -> tuple[int, int]:
    """Drop strips at the run's ends that cross a gutter of the rest of the run.

    The last, short line of a paragraph above a table leaves the table's last
    gutter free but crosses the others: it belongs above the table, not in it;
    so does a footer row below a table.
    """

    def crosses(edge: int, others: range) -> bool:
        rest = [unit for i in others for unit in strips[i].lines]
        if not rest:
            return False
        inner = strips[edge + 1] if edge < others.start else strips[edge - 1]
        distance = max(inner.top - strips[edge].bottom, strips[edge].top - inner.bottom)
        if distance > _far(strips, others):
            return True  # a footer far below a table, a header far above columns
        for a, b in _free_intervals(rest, min_gap):
            # 2 points of slack: a box frame may stick out of its column's text a little.
            narrowed = _blocks_interval(strips[edge], (a + 2, b - 2))
            if narrowed is None or narrowed[1] - narrowed[0] < min_gap / 2:
                return True
        return False

    while end - start > 1 and crosses(start, range(start + 1, end)):
        start += 1
    while end - start > 1 and crosses(end - 1, range(start, end - 1)):
        end -= 1
    return start, end


def _best_run(strips: list[_Strip], min_gap: float, rules: Sequence[HRule]) -> _Run | None:
    """The longest stretch of strips sharing a vertical gutter, if it holds columns."""
    best: _Run | None = None
    for index, strip in enumerate(strips):
        for gap in _free_intervals(strip.lines, min_gap):
            run = _grow_run(strips, index, gap, min_gap, rules)
            sides = [_sides(s, run.gap) for s in strips[run.start : run.end]]
            left = sum(s[0] for s in sides)
            right = sum(s[1] for s in sides)
            two_sided = sum(1 for s in sides if s[0] and s[1])
            if not ((left >= 2 and right >= 2) or two_sided >= 2):
                continue
            if best is None or (run.size, -run.gap[0]) > (best.size, -best.gap[0]):
                best = run
    return best


def _rows_of_lines(lines: Sequence[Unit]) -> list[Unit]:
    """Order lines without columns: top to bottom, left to right within a row."""
    ordered: list[Unit] = []
    rows: list[list[Unit]] = []
    for line in sorted(lines, key=lambda l: (l.top, l.x0)):
        centre = (line.top + line.bottom) / 2
        if rows:
            last = rows[-1][0]
            if abs((last.top + last.bottom) / 2 - centre) <= 0.4 * (last.bottom - last.top):
                rows[-1].append(line)
                continue
        rows.append([line])
    for row in rows:
        ordered.extend(sorted(row, key=lambda l: l.x0))
    return ordered


def _split_columns(lines: Sequence[Unit], min_gap: float) -> list[list[Unit]]:
    gaps = _free_intervals(lines, min_gap)
    columns: list[list[Unit]] = [[] for _ in range(len(gaps) + 1)]
    for line in lines:
        index = sum(1 for a, _ in gaps if line.x0 >= a)
        columns[index].append(line)
    return [column for column in columns if column]


def _looks_like_table(columns: list[list[Unit]], rules: Sequence[HRule], top: float, bottom: float) -> bool:
    """Whether side-by-side ``columns`` are table columns rather than columns of text."""
    if len(columns) > 4:
        return True
    extents = [(min(l.x0 for l in col), max(l.x1 for l in col)) for col in columns]
    units = [unit for col in columns for unit in col]
    size = statistics.median(unit.size for unit in units)

    def hugged(rule: HRule) -> bool:
        # Table rules sit within a cell padding of text on both sides; a footer rule does not.
        above = any(0 <= rule.y - unit.bottom <= 1.5 * size for unit in units)
        below = any(0 <= unit.top - rule.y <= 1.5 * size for unit in units)
        return above and below

    # A rule crossing a gutter inside the region: tables have them, text columns never.
    for (_, left_end), (right_start, _) in zip(extents, extents[1:]):
        for rule in rules:
            if top + 1 < rule.y < bottom - 1 and rule.x0 <= left_end and rule.x1 >= right_start and hugged(rule):
                return True
    widths = [x1 - x0 for x0, x1 in extents]
    if min(widths) <= 0 or max(widths) / min(widths) > 1.35:
        return True
    for column, width in zip(columns, widths):
        if len(column) >= 3 and statistics.median(l.x1 - l.x0 for l in column) < 0.6 * width:
            return True
    return max(len(column) for column in columns) < 3


def _table_rows(
    strips: list[_Strip], columns: list[list[Unit]], rules: Sequence[HRule]
) -> list[list[list[Unit]]]:
    """Group a table's strips into rows and each row's lines into cells."""
    bounds = [(min(l.x0 for l in col), max(l.x1 for l in col)) for col in columns]
    gaps = [next_s.top - strip.bottom for strip, next_s in zip(strips, strips[1:])]
    smallest = min(gaps) if gaps else 0.0
    size = statistics.median(line.size for strip in strips for line in strip.lines)
    row_strips: list[list[_Strip]] = []
    for index, strip in enumerate(strips):
        if index == 0:
            row_strips.append([strip])
            continue
        previous = strips[index - 1]
        ruled = any(previous.bottom - 1 <= rule.y <= strip.top + 1 for rule in rules)
        if ruled or gaps[index - 1] > smallest + 0.25 * size:
            row_strips.append([strip])
        else:
            row_strips[-1].append(strip)
    if len(row_strips) == 1 and len(strips) > 1:
        row_strips = [[strip] for strip in strips]  # equal gaps everywhere: one strip per row
    rows: list[list[list[Unit]]] = []
    for group in row_strips:
        cells: list[list[Unit]] = [[] for _ in bounds]
        for strip in group:
            for line in strip.lines:
                centre = (line.x0 + line.x1) / 2
                index = min(range(len(bounds)), key=lambda i: _distance(centre, bounds[i]))
                cells[index].append(line)
        rows.append([_rows_of_lines(cell) for cell in cells])
    return rows


def _distance(x: float, bound: tuple[float, float]) -> float:
    return 0.0 if bound[0] <= x <= bound[1] else min(abs(x - bound[0]), abs(x - bound[1]))


def _flow_segments(units: Sequence[Unit], column: int, depth: int, in_box: bool) -> list[Segment]:
    """Segments of units read top to bottom; a box becomes its own ordered segments."""
    segments: list[Segment] = []
    pending: list[Line] = []
    for unit in _rows_of_lines(units):
        if isinstance(unit, Box):
            if pending:
                segments.append(Segment("flow", pending, column, in_box=in_box))
                pending = []
            segments.extend(_order(unit.lines, (), column, depth + 1, in_box=True))
        else:
            pending.append(unit)
    if pending:
        segments.append(Segment("flow", pending, column, in_box=in_box))
    return segments


def _order(
    units: Sequence[Unit], rules: Sequence[HRule], column: int, depth: int, *, in_box: bool = False
) -> list[Segment]:
    if not units:
        return []
    size = statistics.median(unit.size for unit in units)
    min_gap = _split_gap(size)
    strips = _strips(units)
    run = _best_run(strips, min_gap, rules) if depth < 12 else None
    if run is None:
        return _flow_segments(units, column, depth, in_box)
    before = [unit for strip in strips[: run.start] for unit in strip.lines]
    inside = strips[run.start : run.end]
    after = [unit for strip in strips[run.end :] for unit in strip.lines]
    run_units = [unit for strip in inside for unit in strip.lines]
    segments = _order(before, rules, column, depth + 1, in_box=in_box)
    columns = _split_columns(run_units, min_gap)
    top, bottom = inside[0].top, inside[-1].bottom
    if _looks_like_table(columns, rules, top, bottom):
        rows = _table_rows(inside, columns, rules)
        table_lines = [line for unit in run_units for line in _lines_of(unit)]
        segments.append(Segment("table", table_lines, column, rows, in_box=in_box))
    else:
        for index, column_units in enumerate(columns):
            segments.extend(_order(column_units, rules, index, depth + 1, in_box=in_box))
    segments.extend(_order(after, rules, column, depth + 1, in_box=in_box))
    return segments


def _lines_of(unit: Unit) -> list[Line]:
    return list(unit.lines) if isinstance(unit, Box) else [unit]


def assign_boxes(lines: Sequence[Line], rects: Sequence[BoxRect]) -> list[Unit]:
    """Gather the lines lying inside each box rectangle into a :class:`Box`.

    A rectangle holding no line, or lines side by side (a table row with a
    tinted background), is not a box; the outermost of nested boxes wins.
    """
    units: list[Unit] = []
    taken: set[int] = set()
    for rect in sorted(rects, key=lambda r: -(r.x1 - r.x0) * (r.bottom - r.top)):
        inside = [
            index
            for index, line in enumerate(lines)
            if index not in taken
            and line.x0 >= rect.x0 - 1
            and line.x1 <= rect.x1 + 1
            and line.top >= rect.top - 1
            and line.bottom <= rect.bottom + 1
        ]
        if not inside:
            continue
        members = [lines[index] for index in inside]
        if any(len(strip.lines) > 1 and _free_intervals(strip.lines, 0.0) for strip in _strips(members)):
            continue
        units.append(Box(rect, members))
        taken.update(inside)
    units.extend(line for index, line in enumerate(lines) if index not in taken)
    return units


def order_lines(
    lines: Sequence[Line], rules: Sequence[HRule] = (), boxes: Sequence[BoxRect] = ()
) -> list[Segment]:
    """Order ``lines`` into reading-order segments (recursive XY-cut, see module docstring)."""
    return _order(assign_boxes(lines, boxes), rules, 0, 0)


# ---------------------------------------------------------------------------
# 3. ordered lines -> blocks
# ---------------------------------------------------------------------------


def _bbox(lines: Sequence[Line]) -> tuple[float, float, float, float]:
    return (
        min(l.x0 for l in lines),
        min(l.top for l in lines),
        max(l.x1 for l in lines),
        max(l.bottom for l in lines),
    )


def body_font_size(lines: Sequence[Line]) -> float:
    """The font size carrying most characters: the size of body text."""
    weights: dict[float, int] = {}
    for line in lines:
        for word in line.words:
            weights[round(word.size, 1)] = weights.get(round(word.size, 1), 0) + len(word.text)
    return max(weights, key=lambda size: (weights[size], -size)) if weights else 10.0


def _typical_gap(segments: Sequence[Segment]) -> float:
    gaps = [
        b.top - a.bottom
        for segment in segments
        if segment.kind == "flow"
        for a, b in zip(segment.lines, segment.lines[1:])
        if 0 <= b.top - a.bottom and abs(a.size - b.size) < 0.5
    ]
    return statistics.median(gaps) if gaps else 2.0


@dataclass
class _Draft:
    lines: list[Line]
    column: int
    bullet: str | None = None


def _opens_item(line: Line, new_block: bool, current: _Draft | None) -> str | None:
    first = line.words[0].text
    if len(line.words) < 2 or not is_bullet(first):
        return None
    if first in DASH_BULLETS and not new_block and not (current and current.bullet == first):
        return None
    return first


def _flow_drafts(segment: Segment, gap_limit: float, drafts: list[_Draft]) -> None:
    for line in segment.lines:
        current = drafts[-1] if drafts else None
        previous = current.lines[-1] if current else None
        new_block = True
        if previous is not None and current is not None:
            gap = line.top - previous.bottom
            overlap = min(line.x1, previous.x1) - max(line.x0, previous.x0)
            new_block = (
                gap > gap_limit
                or gap < -0.5 * line.size
                or overlap <= 0
                or abs(line.size - previous.size) > 0.6
                or line.bold != previous.bold
            )
            if not new_block and current.bullet and line.x0 < current.lines[0].words[1].x0 - 2:
                new_block = True  # back at the bullet's margin: the list item ended
        bullet = _opens_item(line, new_block, current)
        if bullet or new_block:
            drafts.append(_Draft([line], segment.column, bullet))
        else:
            current.lines.append(line)  # type: ignore[union-attr]


def _line_text(line: Line, drop_bullet: bool) -> str:
    return _words_text(line.words[1:] if drop_bullet else line.words)


def build_blocks(segments: Sequence[Segment], body_size: float | None = None) -> list[LayoutBlock]:
    """Group ordered segments into blocks: paragraphs, headings, list items and tables."""
    all_lines = [line for segment in segments for line in segment.lines]
    if not all_lines:
        return []
    body = body_size or body_font_size(all_lines)
    gap_limit = _typical_gap(segments) + max(0.35 * body, 1.5)
    blocks: list[LayoutBlock] = []
    for segment in segments:
        if segment.kind == "table":
            blocks.append(_table_block(segment))
            continue
        drafts: list[_Draft] = []
        _flow_drafts(segment, gap_limit, drafts)
        blocks.extend(_draft_block(draft, body, segment.in_box) for draft in drafts)
    return _merge_continuations(_merge_split_paragraphs(blocks, gap_limit))


def _draft_block(draft: _Draft, body: float, in_box: bool) -> LayoutBlock:
    lines = draft.lines
    texts = [_line_text(line, index == 0 and draft.bullet is not None) for index, line in enumerate(lines)]
    size = lines[0].size
    bold = all(line.bold for line in lines)
    if draft.bullet:
        kind = "list_item"
    elif (bold or size >= 1.15 * body) and len(lines) <= 4:
        kind = "heading"
    else:
        kind = "box" if in_box else "paragraph"
    return LayoutBlock(
        kind=kind,
        text=normalize_unicode(join_lines(texts)),
        orig="\n".join(line.text for line in lines),
        bbox=_bbox(lines),
        column=draft.column,
        font_size=size,
        bold=bold,
        lines=list(lines),
    )


def _table_block(segment: Segment) -> LayoutBlock:
    row_texts = []
    row_origs = []
    for row in segment.rows:
        cells = [normalize_unicode(join_lines([line.text for line in cell])) for cell in row]
        row_texts.append("\t".join(cells))
        row_origs.append("\t".join("\n".join(line.text for line in cell) for cell in row))
    lines = segment.lines
    return LayoutBlock(
        kind="table_row",
        text="\n".join(row_texts),
        orig="\n".join(row_origs),
        bbox=_bbox(lines),
        column=segment.column,
        font_size=statistics.median(line.size for line in lines),
        bold=False,
        lines=list(lines),
    )


def _merge_split_paragraphs(blocks: list[LayoutBlock], gap_limit: float) -> list[LayoutBlock]:
    """Rejoin a paragraph that the XY-cut put in two regions (e.g. its last short line)."""
    merged: list[LayoutBlock] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and block.kind == "paragraph"
            and previous.kind == "paragraph"
            and 0 <= block.bbox[1] - previous.lines[-1].bottom <= gap_limit
            and abs(block.font_size - previous.font_size) <= 0.6
            and abs(block.bbox[0] - previous.bbox[0]) <= 2
            and previous.lines[-1].x1 >= previous.bbox[2] - 0.15 * (previous.bbox[2] - previous.bbox[0])
        ):
            lines = previous.lines + block.lines
            merged[-1] = LayoutBlock(
                kind="paragraph",
                text=normalize_unicode(join_lines([line.text for line in lines])),
                orig=previous.orig + "\n" + block.orig,
                bbox=_bbox(lines),
                column=previous.column,
                font_size=previous.font_size,
                bold=previous.bold and block.bold,
                lines=lines,
            )
        else:
            merged.append(block)
    return merged


_SENTENCE_END = tuple(".!?…:;»)\"”")


def _merge_continuations(blocks: list[LayoutBlock]) -> list[LayoutBlock]:
    """Rejoin a paragraph that runs on from the foot of a column to the head of the next.

    The second part starts higher on the page than the first ended, in
    lower case, at the same size, and the first part has no final punctuation.
    """
    merged: list[LayoutBlock] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind in {"paragraph", "list_item", "box"}
            and block.kind in {"paragraph", "box"}
            and block.bbox[1] < previous.bbox[3]
            and block.bbox[0] > previous.bbox[0]
            and abs(block.font_size - previous.font_size) <= 0.6
            and not previous.text.endswith(_SENTENCE_END)
            and block.text[:1].islower()
        ):
            merged[-1] = LayoutBlock(
                kind=previous.kind,
                text=normalize_unicode(join_lines([previous.text, block.text])),
                orig=previous.orig + "\n" + block.orig,
                bbox=_bbox(previous.lines + block.lines),
                column=previous.column,
                font_size=previous.font_size,
                bold=previous.bold and block.bold,
                lines=previous.lines + block.lines,
            )
        else:
            merged.append(block)
    return merged


def layout_page(
    words: Sequence[LayoutWord], rules: Sequence[HRule] = (), boxes: Sequence[BoxRect] = ()
) -> list[LayoutBlock]:
    """Blocks of a page in reading order, from its words, horizontal rules and box rectangles.

    >>> def row(text, x, y, size=10.0, bold=False):
    ...     words = []
    ...     for token in text.split():
    ...         words.append(LayoutWord(token, x, x + 5 * len(token), y, y + size, size, bold))
    ...         x += 5 * len(token) + 3
    ...     return words
    >>> words = (row("Titre", 50, 40, 16, True)
    ...          + row("Gauche un", 50, 80) + row("Droite un", 300, 80)
    ...          + row("gauche deux.", 50, 92) + row("droite deux.", 300, 92)
    ...          + row("Gauche trois", 50, 104) + row("Droite trois", 300, 104))
    >>> [block.text for block in layout_page(words)]
    ['Titre', 'Gauche un gauche deux. Gauche trois', 'Droite un droite deux. Droite trois']
    """
    lines = group_lines(words)
    segments = order_lines(lines, rules, boxes)
    return build_blocks(segments)
