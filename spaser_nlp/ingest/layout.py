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

from collections.abc import Sequence

from spaser_nlp.ingest.layout_blocks import LayoutBlock, body_font_size, build_blocks
from spaser_nlp.ingest.layout_lines import (
    DASH_BULLETS,
    STRONG_BULLETS,
    Box,
    BoxRect,
    HRule,
    LayoutWord,
    Line,
    Unit,
    VRule,
    group_lines,
    is_bullet,
)
from spaser_nlp.ingest.layout_order import Segment, assign_boxes, order_lines

__all__ = [
    "DASH_BULLETS",
    "STRONG_BULLETS",
    "Box",
    "BoxRect",
    "HRule",
    "LayoutBlock",
    "LayoutWord",
    "Line",
    "Segment",
    "Unit",
    "VRule",
    "assign_boxes",
    "body_font_size",
    "build_blocks",
    "group_lines",
    "is_bullet",
    "layout_page",
    "order_lines",
]


def layout_page(
    words: Sequence[LayoutWord],
    rules: Sequence[HRule] = (),
    boxes: Sequence[BoxRect] = (),
    vrules: Sequence[VRule] = (),
) -> list[LayoutBlock]:
    """Blocks of a page in reading order, from its words, rules (horizontal and vertical) and box rectangles.

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
    segments = order_lines(lines, rules, boxes, vrules)
    return build_blocks(segments)
