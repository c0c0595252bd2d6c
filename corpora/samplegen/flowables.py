"""Turn source blocks into reportlab flowables and into ground-truth text blocks.

Both come from the same :class:`~samplegen.source.Block`, so the PDF and the
ground truth cannot drift apart. Inline ``**bold**`` is the only markup: it is
drawn bold and left out of the ground truth.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .source import Block, Style

_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def plain(text: str) -> str:
    """Text as it reads (ground truth): the ``**`` bold markers removed.

    >>> plain("**Objectif :** porter à 25 % la part")
    'Objectif : porter à 25 % la part'
    """
    return _BOLD_RE.sub(r"\1", text)


def markup(text: str) -> str:
    """Reportlab paragraph markup for a source text (escaped, bold markers as <b>).

    >>> markup("R&D **2,5 M€**")
    'R&amp;D <b>2,5 M€</b>'
    """
    return _BOLD_RE.sub(r"<b>\1</b>", escape(text))


def ground_truth_blocks(block: Block) -> list[str]:
    """The ground-truth blocks (one string each) that a source block yields."""
    if block.type == "column_break":
        return []
    if block.type == "bullets":
        return [plain(item) for item in block.items]
    if block.type == "box":
        return [plain(block.title), *(plain(p) for p in block.paragraphs)]
    if block.type == "table":
        rows = [block.header, *block.rows]
        return ["\n".join("\t".join(plain(c) for c in row) for row in rows)]
    return [plain(block.text)]


class Unsplittable(Table):
    """A table that moves whole to the next column instead of splitting.

    Splitting would repeat or cut rows, which the ground truth cannot express.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


class ColumnBreak(Flowable):
    """Marker: continue in the next column of the band."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass


class StyleSheet:
    """Paragraph styles of one document, derived from its :class:`Style`."""

    def __init__(self, style: Style) -> None:
        self.style = style
        regular, bold, _italic = style.fonts
        size, leading = float(style.font_size), style.line_height
        self.accent = colors.HexColor(style.accent_color)
        self.tint = _mix(self.accent, 0.12)
        hyphen = {"hyphenationLang": "fr", "embeddedHyphenation": 1, "uriWasteReduce": 0,
                  "hyphenationMinWordLength": 6} if style.hyphenate else {}
        align = TA_JUSTIFY if style.justify else TA_LEFT
        self.body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=leading,
                                   alignment=align, spaceAfter=size * 0.6, **hyphen)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=size * 1.3,
                                     bulletIndent=size * 0.2, spaceAfter=size * 0.3,
                                     bulletFontName=regular)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=size * 2.0,
                                    leading=size * 2.4, alignment=TA_LEFT,
                                    textColor=colors.white if style.title_band else self.accent)
        self.headings = {
            1: ParagraphStyle("h1", fontName=bold, fontSize=size * 1.5, leading=size * 1.8,
                              textColor=self.accent, spaceBefore=size * 0.8, spaceAfter=size * 0.5),
            2: ParagraphStyle("h2", fontName=bold, fontSize=size * 1.2, leading=size * 1.45,
                              textColor=self.accent, spaceBefore=size * 0.6, spaceAfter=size * 0.4),
            3: ParagraphStyle("h3", fontName=bold, fontSize=size * 1.05, leading=size * 1.3,
                              spaceBefore=size * 0.5, spaceAfter=size * 0.3),
        }
        self.box_title = ParagraphStyle("box_title", fontName=bold, fontSize=size * 1.1,
                                        leading=size * 1.4, textColor=self.accent,
                                        spaceAfter=size * 0.3)
        self.box_body = ParagraphStyle("box_body", parent=self.body, alignment=TA_LEFT,
                                       spaceAfter=size * 0.3)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=size * 0.9,
                                   leading=size * 1.1, alignment=TA_LEFT, spaceAfter=0)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=bold)


def _mix(color: colors.Color, amount: float) -> colors.Color:
    """``color`` blended with white: ``amount`` of colour, the rest white."""
    return colors.Color(*(1 - amount * (1 - c) for c in (color.red, color.green, color.blue)))


def make_flowables(block: Block, sheet: StyleSheet, width: float) -> list[Flowable]:
    """Fresh flowables for ``block`` laid out in a column ``width`` points wide.

    Fresh ones each call, because reportlab flowables keep wrap/split state.
    Headings carry ``keep_with_next`` so the layout never leaves one at a column foot.
    """
    size = float(sheet.style.font_size)
    if block.type == "column_break":
        return [ColumnBreak()]
    if block.type == "title":
        para = Paragraph(markup(block.text), sheet.title)
        if not sheet.style.title_band:
            para.spaceAfter = size * 0.8
            return [para]
        band = Unsplittable([[para]], colWidths=[width])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), sheet.accent),
                                  ("LEFTPADDING", (0, 0), (-1, -1), size),
                                  ("TOPPADDING", (0, 0), (-1, -1), size * 0.9),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), size * 1.1)]))
        band.spaceAfter = size * 0.8
        return [band]
    if block.type == "heading":
        para = Paragraph(markup(block.text), sheet.headings[block.level])
        para.keep_with_next = True  # type: ignore[attr-defined]
        return [para]
    if block.type == "paragraph":
        return [Paragraph(markup(block.text), sheet.body)]
    if block.type == "bullets":
        return [Paragraph(markup(item), sheet.bullet, bulletText=sheet.style.bullet)
                for item in block.items]
    if block.type == "box":
        return [_box(block, sheet, width)]
    return [_table(block, sheet, width)]


def _box(block: Block, sheet: StyleSheet, width: float) -> Flowable:
    size = float(sheet.style.font_size)
    content = [Paragraph(markup(block.title), sheet.box_title),
               *(Paragraph(markup(p), sheet.box_body) for p in block.paragraphs)]
    box = Unsplittable([[content]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), sheet.tint),
                             ("BOX", (0, 0), (-1, -1), 1.2, sheet.accent),
                             ("LEFTPADDING", (0, 0), (-1, -1), size * 0.8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.8),
                             ("TOPPADDING", (0, 0), (-1, -1), size * 0.6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.4)]))
    box.spaceBefore = size * 0.4
    box.spaceAfter = size * 0.9
    return box


def _table(block: Block, sheet: StyleSheet, width: float) -> Flowable:
    size = float(sheet.style.font_size)
    n_cols = len(block.header)
    fractions = block.widths or (
        (1.0,) if n_cols == 1 else (0.46, *([0.54 / (n_cols - 1)] * (n_cols - 1))))
    data = [[Paragraph(markup(c), sheet.cell_head) for c in block.header]]
    data += [[Paragraph(markup(c), sheet.cell) for c in row] for row in block.rows]
    table = Unsplittable(data, colWidths=[f * width for f in fractions])
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), size * 0.35),
                             ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.35)]
    rules = sheet.style.table_rules
    if rules == "grid":
        commands += [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                     ("BACKGROUND", (0, 0), (-1, 0), sheet.tint)]
    elif rules == "horizontal":
        commands += [("LINEABOVE", (0, 0), (-1, 0), 1.0, sheet.accent),
                     ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]
    table.setStyle(TableStyle(commands))
    table.spaceBefore = size * 0.4
    table.spaceAfter = size * 0.9
    return table
