"""Words to lines: the geometric units (words, lines, rules, boxes) and the row grouping.

:func:`group_lines` cuts each row of words into *fragments* wherever the
horizontal gap is large for the font size, or where the next word starts on a
column edge that the neighbouring rows share (a table column), so the two
halves of a row that crosses a column gutter or table cells become separate
lines.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Union

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


def words_text(words: Sequence[LayoutWord]) -> str:
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


@dataclass(frozen=True)
class VRule:
    """A vertical rule (a table's column border) at ``x`` from ``top`` to ``bottom``."""

    x: float
    top: float
    bottom: float


@dataclass
class Line:
    """A run of words on one row, not crossing a column gutter or a table cell border.

    Its words are set once, when the row is cut; the reading-order search asks for a line's extent and size
    many times, so they are computed once (``cached_property``).
    """

    words: list[LayoutWord]

    @cached_property
    def x0(self) -> float:
        return min(word.x0 for word in self.words)

    @cached_property
    def x1(self) -> float:
        return max(word.x1 for word in self.words)

    @cached_property
    def top(self) -> float:
        return min(word.top for word in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(word.bottom for word in self.words)

    @cached_property
    def text(self) -> str:
        return words_text(self.words)

    @cached_property
    def size(self) -> float:
        # The size most of the characters have, so a small superscript does not count.
        weights: dict[float, int] = {}
        for word in self.words:
            weights[round(word.size, 1)] = weights.get(round(word.size, 1), 0) + len(word.text)
        return max(weights, key=lambda size: (weights[size], size))

    @cached_property
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
        return " ".join(line.text for line in rows_of_lines(self.lines))

Unit = Union[Line, Box]


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


def split_gap(size: float) -> float:
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
    if lone and (is_bullet(previous.text) or _is_enumerator(previous.text)) and gap < 4 * previous.size:
        return False
    if gap < MIN_CELL_GAP * size:
        return False
    # After a list glyph (or OCR's misreading of one: "+", "°", "o") the item's text lines up
    # with its own hanging-indented continuation lines, which is no table column edge.
    if not (lone and _glyph_like(previous.text)) and _starts_column(previous, word, neighbours):
        # A table's header cells may sit closer than a gutter, under a caption that covers
        # the gap: the next word starting on a column edge of the rows around opens a cell.
        return True
    if gap <= split_gap(size):
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
        if _largest_free(other, a, b) >= split_gap(size):
            free += 1
        else:
            covered += 1
    return free >= covered


# Below this (in em) a gap is a word space, even between table cells on a column edge.
MIN_CELL_GAP = 0.5


def _glyph_like(token: str) -> bool:
    """A lone mark that may open a list item: a bullet, or a sign or letter OCR reads one as.

    >>> [_glyph_like(t) for t in ("•", "+", "°", "o", "a", "Le")]
    [True, True, True, True, False, False]
    """
    return is_bullet(token) or (len(token) == 1 and (not token.isalnum() or token in "oe"))


def _starts_column(previous: LayoutWord, word: LayoutWord, neighbours: list[list[LayoutWord]]) -> bool:
    """Whether two rows around start a word where ``word`` does, after a gap as wide as a gutter.

    Those words open a table cell (or a column), so ``word`` does too. Words
    of justified prose almost never line up to the point after such gaps.
    """
    size = min(previous.size, word.size)
    aligned = 0
    for other in neighbours:
        if abs((other[0].top + other[0].bottom) / 2 - (word.top + word.bottom) / 2) > 6 * size:
            continue
        for index, candidate in enumerate(other):
            if abs(candidate.x0 - word.x0) > 1.0:
                continue
            before = other[index - 1].x1 if index else float("-inf")
            # A gap as wide as a gutter before it there: a justified space is not enough.
            if candidate.x0 - before > split_gap(size):
                aligned += 1
            break
    return aligned >= 2


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



def rows_of_lines(lines: Sequence[Unit]) -> list[Unit]:
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

