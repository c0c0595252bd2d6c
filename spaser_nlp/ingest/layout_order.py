"""Lines to reading-order segments: a recursive XY-cut.

A region is cut into horizontal *strips* (separated by a horizontal band with
no text). A vertical gutter found in one strip is followed up and down through
the neighbouring strips that leave it free, so a two-column region whose
paragraph gaps fall at the same height is still read column by column;
full-width bands (title, box, table, a heading across the page) stop the gutter
and are read in their place between column regions. A column region whose
columns are unequal or sparsely filled, or that is crossed by horizontal
rules, is a table: :mod:`spaser_nlp.ingest.layout_tables` cuts it into rows
and cells.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from spaser_nlp.ingest.layout_lines import (
    Box,
    BoxRect,
    HRule,
    Line,
    Unit,
    VRule,
    rows_of_lines,
    split_gap,
)
from spaser_nlp.ingest.layout_tables import table_rows


@dataclass
class Segment:
    """Lines read together: a column's flow of text, or a table (``rows`` of cells of lines)."""

    kind: str  # "flow" or "table"
    lines: list[Line]
    column: int = 0
    rows: list[list[list[Line]]] = field(default_factory=list)
    in_box: bool = False



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



def _flow_segments(units: Sequence[Unit], column: int, depth: int, in_box: bool) -> list[Segment]:
    """Segments of units read top to bottom; a box becomes its own ordered segments."""
    segments: list[Segment] = []
    pending: list[Line] = []
    for unit in rows_of_lines(units):
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
    units: Sequence[Unit],
    rules: Sequence[HRule],
    column: int,
    depth: int,
    *,
    in_box: bool = False,
    vrules: Sequence[VRule] = (),
) -> list[Segment]:
    if not units:
        return []
    size = statistics.median(unit.size for unit in units)
    min_gap = split_gap(size)
    strips = _strips(units)
    run = _best_run(strips, min_gap, rules) if depth < 12 else None
    if run is None:
        return _flow_segments(units, column, depth, in_box)
    start, end = _peel_prose(strips, run.start, run.end, min_gap)
    before = [unit for strip in strips[:start] for unit in strip.lines]
    inside = strips[start:end]
    after = [unit for strip in strips[end:] for unit in strip.lines]
    run_units = [unit for strip in inside for unit in strip.lines]
    segments = _order(before, rules, column, depth + 1, in_box=in_box, vrules=vrules)
    columns = _split_columns(run_units, min_gap)
    top, bottom = inside[0].top, inside[-1].bottom
    if _looks_like_table(columns, rules, top, bottom):
        rows = table_rows(run_units, rules, vrules)
        table_lines = [line for unit in run_units for line in _lines_of(unit)]
        segments.append(Segment("table", table_lines, column, rows, in_box=in_box))
    else:
        for index, column_units in enumerate(columns):
            segments.extend(_order(column_units, rules, index, depth + 1, in_box=in_box, vrules=vrules))
    segments.extend(_order(after, rules, column, depth + 1, in_box=in_box, vrules=vrules))
    return segments


def _peel_prose(strips: list[_Strip], start: int, end: int, min_gap: float) -> tuple[int, int]:
    """Leave out of a run the lone lines at its ends that cross two gutters of its multi-cell rows.

    Short lines of ragged paragraphs just above and below a table may leave
    its last gutter free, and each other's lines then hide that they cross
    the other gutters; the table's own rows, those with several cells, show it.
    """
    rows = [unit for strip in strips[start:end] if len(strip.lines) > 1 for unit in strip.lines]
    if not rows:
        return start, end
    gutters = _free_intervals(rows, min_gap)

    def prose(strip: _Strip) -> bool:
        if len(strip.lines) != 1:
            return False
        unit = strip.lines[0]
        return sum(1 for a, b in gutters if unit.x0 < a and unit.x1 > b) >= 2

    while end - start > 2 and prose(strips[start]):
        start += 1
    while end - start > 2 and prose(strips[end - 1]):
        end -= 1
    return start, end


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
    lines: Sequence[Line],
    rules: Sequence[HRule] = (),
    boxes: Sequence[BoxRect] = (),
    vrules: Sequence[VRule] = (),
) -> list[Segment]:
    """Order ``lines`` into reading-order segments (recursive XY-cut, see module docstring)."""
    return _order(assign_boxes(lines, boxes), rules, 0, 0, vrules=vrules)

