"""Lay out explicit pages (bands of 1–3 columns) and draw them with reportlab.

No platypus document template is used: each page is placed by hand, so a page of
the source is exactly a page of the PDF, and content that does not fit raises a
:class:`~samplegen.source.SourceError` naming the page, band and block, with the
number of points that are missing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .flowables import ColumnBreak, StyleSheet, make_flowables
from .source import Band, PageSpec, SourceDoc, SourceError

PAGE_WIDTH, PAGE_HEIGHT = A4
_EPSILON = 1e-6


@dataclass(frozen=True)
class Rect:
    """A frame on the page: lower-left corner, width and height in points."""

    x: float
    y: float
    width: float
    height: float


@dataclass
class Placement:
    """A flowable, wrapped, and the lower-left corner where it is drawn."""

    flowable: Flowable
    x: float
    y: float


def _band_flowables(band: Band, sheet: StyleSheet, width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    for block in band.blocks:
        for flowable in make_flowables(block, sheet, width):
            flowable.source_where = block.where  # type: ignore[attr-defined]
            flowable.source_text = block.text or block.title or (  # type: ignore[attr-defined]
                block.items[0] if block.items else " ".join(block.header))
            flowables.append(flowable)
    return flowables


def _fits_start(flowable: Flowable, width: float, space: float) -> bool:
    """Whether at least the first part of ``flowable`` can go in ``space`` points."""
    if space <= 0:
        return False
    if flowable.wrap(width, space)[1] <= space + _EPSILON:
        return True
    return len(flowable.split(width, space)) >= 2


def fill_frames(flowables: list[Flowable], frames: list[Rect]) -> tuple[list[Placement],
                                                                       list[Flowable]]:
    """Flow ``flowables`` into ``frames`` in order; return placements and what is left.

    Paragraphs split across frames; tables and boxes move whole; a heading is
    never left as the last thing of a frame (keep with next).
    """
    queue = list(flowables)
    placed: list[Placement] = []
    for frame in frames:
        top = frame.y + frame.height
        cursor = top
        while queue:
            item = queue[0]
            if isinstance(item, ColumnBreak):
                queue.pop(0)
                break
            space_before = 0.0 if cursor == top else item.getSpaceBefore()
            avail = cursor - frame.y - space_before
            height = item.wrap(frame.width, max(avail, 0))[1] if avail > 0 else float("inf")
            if height <= avail + _EPSILON:
                after = cursor - space_before - height - item.getSpaceAfter()
                if getattr(item, "keep_with_next", False) and len(queue) > 1 \
                        and not isinstance(queue[1], ColumnBreak) and cursor != top:
                    follower = queue[1]
                    room = after - frame.y - follower.getSpaceBefore()
                    if not _fits_start(follower, frame.width, room):
                        break
                placed.append(Placement(item, frame.x, cursor - space_before - height))
                cursor = after
                queue.pop(0)
                continue
            parts = item.split(frame.width, avail) if avail > 0 else []
            if len(parts) >= 2:
                first = parts[0]
                first_height = first.wrap(frame.width, avail)[1]
                if first_height <= avail + _EPSILON:
                    for part in parts:
                        part.source_where = getattr(item, "source_where", "?")
                        part.source_text = getattr(item, "source_text", "")
                    placed.append(Placement(first, frame.x, cursor - space_before - first_height))
                    queue[0:1] = parts[1:]
            break
    return placed, queue


def _column_width(band: Band, doc: SourceDoc) -> float:
    usable = PAGE_WIDTH - 2 * doc.style.margin
    return (usable - doc.style.gutter * (band.columns - 1)) / band.columns


def _column_frames(band: Band, doc: SourceDoc, top: float, height: float) -> list[Rect]:
    width = _column_width(band, doc)
    return [Rect(doc.style.margin + i * (width + doc.style.gutter), top - height, width, height)
            for i in range(band.columns)]


def _try_band(band: Band, doc: SourceDoc, sheet: StyleSheet, top: float,
              height: float) -> tuple[list[Placement], list[Flowable]]:
    frames = _column_frames(band, doc, top, height)
    return fill_frames(_band_flowables(band, sheet, _column_width(band, doc)), frames)


def _smallest_height(band: Band, doc: SourceDoc, sheet: StyleSheet, top: float,
                     limit: float) -> float | None:
    """Smallest band height (to 0.5 pt) at which all content fits, or None above ``limit``."""
    if _try_band(band, doc, sheet, top, limit)[1]:
        return None
    low, high = 0.0, limit
    while high - low > 0.5:
        middle = (low + high) / 2
        if _try_band(band, doc, sheet, top, middle)[1]:
            low = middle
        else:
            high = middle
    return high


def _overflow_error(doc: SourceDoc, page: PageSpec, band: Band, sheet: StyleSheet,
                    top: float, avail: float, left: list[Flowable]) -> SourceError:
    needed = _smallest_height(band, doc, sheet, top, PAGE_HEIGHT * 20)
    where = getattr(left[0], "source_where", "?") if left else "?"
    snippet = getattr(left[0], "source_text", "") if left else ""
    if snippet:
        where += f" (“{' '.join(snippet.split()[:8])}…”)"
    missing = f"{needed - avail:.0f} pt" if needed is not None else "an unknown amount"
    lines = (needed - avail) * band.columns / sheet.style.line_height if needed else 0
    return SourceError(
        f"{doc.path}: page {page.number}, {band.where.split(', ')[-1]} "
        f"({band.columns} column(s)): content overflows by {missing} of band height "
        f"(about {lines:.0f} body lines in all); the first block that does not fit is "
        f"{where}. Shorten the text, move blocks to another page, or reduce style.font_size.")


def layout_page(doc: SourceDoc, page: PageSpec, sheet: StyleSheet) -> list[Placement]:
    """Place every band of ``page``; raise SourceError if something does not fit."""
    style = doc.style
    top = PAGE_HEIGHT - style.margin
    bottom = style.margin
    placements: list[Placement] = []
    for index, band in enumerate(page.bands):
        avail = top - bottom
        is_last = index == len(page.bands) - 1
        balance = band.balance if band.balance is not None else not is_last
        if band.height is not None:
            height = min(band.height, avail)
        elif balance:
            height = _smallest_height(band, doc, sheet, top, avail) or avail
        else:
            height = avail
        placed, left = _try_band(band, doc, sheet, top, height)
        if left:
            raise _overflow_error(doc, page, band, sheet, top, height, left)
        placements.extend(placed)
        top -= height + style.band_gap
    return placements


def _draw_running(canvas: Canvas, doc: SourceDoc, page: PageSpec, total: int) -> None:
    style = doc.style
    regular = style.fonts[0]
    size = max(style.font_size * 0.8, 6.5)
    left, right = style.margin, PAGE_WIDTH - style.margin
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setStrokeColor(colors.HexColor(style.accent_color))
    canvas.setLineWidth(0.6)
    canvas.setFont(regular, size)
    header_y = PAGE_HEIGHT - style.margin * 0.55
    canvas.drawString(left, header_y, doc.header)
    canvas.line(left, header_y - 4, right, header_y - 4)
    footer_y = style.margin * 0.45
    canvas.line(left, footer_y + size + 2, right, footer_y + size + 2)
    canvas.drawString(left, footer_y, doc.footer)
    number = style.page_number.format(n=page.number, total=total)
    canvas.drawRightString(right, footer_y, number)
    canvas.restoreState()


def render_pdf(doc: SourceDoc, scanned_pages: dict[int, bytes] | None = None) -> bytes:
    """The born-digital PDF of ``doc`` as bytes (reproducible: invariant mode).

    ``scanned_pages`` maps a 1-based page number to JPEG bytes drawn full-page
    instead of the text layer: that is how the mixed PDF is made.
    """
    sheet = StyleSheet(doc.style)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(doc.title)
    canvas.setAuthor(doc.authority)
    canvas.setSubject(f"spaser_nlp sample document {doc.id}")
    canvas.setCreator("spaser_nlp corpora/generate.py")
    for page in doc.pages:
        placements = layout_page(doc, page, sheet)
        if scanned_pages and page.number in scanned_pages:
            draw_full_page_image(canvas, scanned_pages[page.number])
        else:
            if page.running:
                _draw_running(canvas, doc, page, len(doc.pages))
            for placement in placements:
                placement.flowable.drawOn(canvas, placement.x, placement.y)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_full_page_image(canvas: Canvas, jpeg: bytes) -> None:
    """Draw JPEG bytes over the whole page (embedded as-is, DCT, no re-encoding)."""
    canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
