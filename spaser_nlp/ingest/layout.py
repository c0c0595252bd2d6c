"""Reading order and blocks from positioned words: pure geometry, no PDF library.

The input is the words of one page with their boxes (points, origin top-left)
and font size and weight, plus the page's rules and box rectangles; the output
is the page's blocks in reading order. This module is the import surface; the
stages live in:

1. :mod:`~spaser_nlp.ingest.layout_lines`: words -> lines (:func:`group_lines`
   cuts each row of words at gutters and at table cell edges);
2. :mod:`~spaser_nlp.ingest.layout_order`: lines -> reading-order segments
   (:func:`order_lines`, a recursive XY-cut that reads columns, bands, boxes
   and tables in their place), with :mod:`~spaser_nlp.ingest.layout_tables`
   cutting a table region into rows and cells from the alignment of all its
   rows and its vertical rules;
3. :mod:`~spaser_nlp.ingest.layout_blocks`: segments -> paragraphs, headings,
   list items, boxes and tables (:func:`build_blocks`), rejoining paragraphs
   and hyphen-broken words across column breaks;
   :mod:`~spaser_nlp.ingest.layout_pages` does the same across page breaks.
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
