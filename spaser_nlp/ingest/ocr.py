"""OCR of one page image into a :class:`~spaser_nlp.document.Page`.

Uneven lighting (photocopies, photographs) is evened out first
(:mod:`spaser_nlp.ingest.illumination`), isolated specks are removed from poor
pages (:mod:`spaser_nlp.ingest.despeckle`), then the page is deskewed
(projection-profile estimate, see :mod:`spaser_nlp.ingest.deskew`). Ruled tables are cut out and read on their
own, row by row (:mod:`spaser_nlp.ingest.ocr_tables`); the rest of the page is
read by Tesseract with automatic page segmentation, and its words are ordered
into blocks by the layout engine the text layer uses
(:mod:`spaser_nlp.ingest.ocr_layout`), tables taking their place among them.
Poor pages are checked against Tesseract's own reading, which replaces the
layout reading when that one is far worse (:mod:`spaser_nlp.ingest.ocr_check`).

A page whose text runs up or down (a scan turned a quarter, or given
``/Rotate 90`` in its PDF) is recognised before any reading by its ink
profiles (:func:`~spaser_nlp.ingest.deskew.looks_sideways`, 15 ms): it is
turned as orientation detection (OSD) says, or read both ways when OSD cannot
tell. Tesseract reads an upside-down page as confident-looking garbage of low
confidence, so when the first reading is poor, OSD runs and, if it finds the
page turned with enough confidence, the rotated page is read again and the
better of the two readings kept. Upright pages, the vast majority, pay no OSD
cost.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw

from spaser_nlp.document import Block, Page
from spaser_nlp.ingest.deskew import MAX_SKEW_DEGREES, deskew, estimate_skew, looks_sideways
from spaser_nlp.ingest.despeckle import GRAINY, despeckle, paper_grain
from spaser_nlp.ingest.illumination import UNEVEN, even_out
from spaser_nlp.ingest.ocr_check import (
    RESIDUAL_SLOPE,
    TABLE_SHARE,
    compare,
    plain_blocks,
    prose_table_share,
    residual_slope,
    suspicious,
)
from spaser_nlp.ingest.ocr_layout import PixelToPoints, blocks_from_tesseract
from spaser_nlp.ingest.ocr_tables import (
    RuleScan,
    clear_rules,
    find_tables,
    page_rules,
    row_pitch,
    scan_rules,
    table_block,
)
from spaser_nlp.ingest.tesseract import detect_orientation, image_to_data

# A first reading below this mean confidence triggers orientation detection.
ORIENTATION_CHECK_BELOW = 70.0
# Tesseract's OSD confidence below which its answer is not trusted.
MIN_OSD_CONFIDENCE = 1.5
# OSD reads a half-resolution copy when that keeps at least this resolution: as sure, 40 % cheaper.
_OSD_MIN_DPI = 125.0
# Room kept around a table's outer rules when it is cut out.
_TABLE_MARGIN_PX = 6


@dataclass(frozen=True)
class OcrSettings:
    """How pages are read; the same settings give the same output."""

    lang: str = "fra"
    psm: int = 3
    deskew: bool = True
    detect_orientation: bool = True
    tables: bool = True
    #: Check poor pages' layout reading against Tesseract's own (see :mod:`spaser_nlp.ingest.ocr_check`).
    check: bool = True
    #: Remove isolated specks from poor pages (see :mod:`spaser_nlp.ingest.despeckle`).
    despeckle: bool = True


@dataclass
class _Reading:
    page: Page
    score: float


def to_grayscale(image: Image.Image) -> Image.Image:
    """An 8-bit grey copy of ``image``, transparent areas on white paper."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    return image.convert("L")


def _read_tables(
    straight: Image.Image, scan: RuleScan, *, page_number: int, settings: OcrSettings, to_points: PixelToPoints
) -> tuple[Image.Image, list[Block]]:
    """Read the ruled tables of the page on their own; return the page with them blanked out, and their blocks."""
    blocks: list[Block] = []
    rest = straight
    for region in find_tables(scan):
        box = (
            max(0, region.left - _TABLE_MARGIN_PX),
            max(0, region.top - _TABLE_MARGIN_PX),
            min(straight.width, region.right + _TABLE_MARGIN_PX + 1),
            min(straight.height, region.bottom + _TABLE_MARGIN_PX + 1),
        )
        crop = clear_rules(straight.crop(box), row_pitch(region))
        # One uniform block: Tesseract then reads each row across instead of column by column.
        data = image_to_data(crop, lang=settings.lang, psm=6)
        block = table_block(data, region, page_number=page_number, to_points=to_points, origin=(box[0], box[1]))
        if block is None:
            continue
        if rest is straight:
            rest = straight.copy()
        ImageDraw.Draw(rest).rectangle(box, fill=255)
        blocks.append(block)
    return rest, blocks


def _layout_reading(
    gray: Image.Image, skew: float, *, page_number: int, settings: OcrSettings, to_points: PixelToPoints
) -> tuple[Image.Image, dict[str, list[Any]], list[Block], int]:
    """The straightened page (tables not blanked out), Tesseract's words on it, and the layout engine's blocks
    (and how many noise blocks were dropped)."""
    straight = rest = deskew(gray, skew)
    tables: list[Block] = []
    scan = scan_rules(straight)
    if settings.tables:
        rest, tables = _read_tables(straight, scan, page_number=page_number, settings=settings, to_points=to_points)
        if rest is not straight:
            scan = scan_rules(rest)  # the tables' own rules are theirs, not the page's
    data = image_to_data(rest, lang=settings.lang, psm=settings.psm)
    rules = page_rules(scan, to_points)
    blocks, dropped = blocks_from_tesseract(
        data, page_number=page_number, to_points=to_points, rules=rules, tables=tables
    )
    return straight, data, blocks, dropped


def _read(
    gray: Image.Image, *, page_number: int, dpi: float, settings: OcrSettings, to_points: PixelToPoints, rotation: int
) -> _Reading:
    gray, uneven = even_out(gray)
    specks = 0
    if settings.despeckle and (uneven >= UNEVEN or paper_grain(gray) >= GRAINY):
        gray, specks = despeckle(gray, dpi)
    skew = estimate_skew(gray) if settings.deskew else 0.0
    straight, data, blocks, dropped = _layout_reading(
        gray, skew, page_number=page_number, settings=settings, to_points=to_points
    )
    warnings = []
    frame = straight
    if settings.check:
        slope = residual_slope(data)
        if settings.deskew and abs(slope) >= RESIDUAL_SLOPE and abs(skew + slope) <= MAX_SKEW_DEGREES:
            # The lines Tesseract found still slope: its baselines are a second estimate of the skew.
            warnings.append(f"skew estimate corrected from {skew:.2f} to {skew + slope:.2f} degrees by the text lines")
            skew = round(skew + slope, 2)
            straight, data, blocks, dropped = _layout_reading(
                gray, skew, page_number=page_number, settings=settings, to_points=to_points
            )
            frame, slope = straight, residual_slope(data)
        confidences = [word.confidence for block in blocks for word in block.words or []]
        why = suspicious(blocks, confidence=statistics.fmean(confidences) if confidences else None, slope=slope)
        if why:
            # Tesseract alone, with its own segmentation, on the evened-out page straightened by our skew estimate
            # when the text lines confirm it (Tesseract reads tilted lines worse: lower-case letters taken for
            # capitals), else on the page as it is, with Tesseract's own skew handling.
            checked = straight if abs(slope) < RESIDUAL_SLOPE else gray
            plain = image_to_data(checked, lang=settings.lang, psm=3)
            # A true table reads differently from Tesseract's column-by-column order: only sloping lines and
            # tables of prose make a difference of order count against the layout reading.
            red_flag = abs(slope) >= RESIDUAL_SLOPE or prose_table_share(blocks) >= TABLE_SHARE
            verdict = compare(blocks, plain, red_flag=red_flag)
            if not verdict.keep_layout:
                blocks, dropped, frame = plain_blocks(plain, page_number=page_number, to_points=to_points), 0, checked
                warnings.append(
                    f"layout reading far worse than Tesseract's own ({verdict.reason}; checked for {why}); "
                    "Tesseract's reading kept"
                )
    confidences = [word.confidence for block in blocks for word in block.words or []]
    mean = round(statistics.fmean(confidences), 2) if confidences else None
    page = Page(
        number=page_number,
        width=round(frame.width * to_points.scale_x, 2),
        height=round(frame.height * to_points.scale_y, 2),
        source="ocr",
        ocr_confidence=mean,
        rotation=rotation,
        skew_degrees=skew,
        dpi=round(dpi),
        columns=max((block.column or 0 for block in blocks), default=0) + 1 if blocks else None,
        blocks=blocks,
    )
    page.warnings.extend(warnings)
    if uneven >= UNEVEN:
        page.warnings.append(f"uneven lighting ({uneven:.0%} across the page) evened out before reading")
    if dropped:
        page.warnings.append(f"dropped {dropped} OCR noise paragraph(s) (pictures, logos)")
    # Confident letters read: a fair way to compare an upright and a turned reading.
    score = sum(word.confidence * len(word.text) for word in (w for b in blocks for w in b.words or []))
    return _Reading(page, score / 100.0)


def _read_sideways(
    gray: Image.Image, *, page_number: int, dpi: float, settings: OcrSettings, to_points: PixelToPoints
) -> Page:
    """Read a page whose lines run up or down: turned a quarter as OSD says, or both ways and the better kept."""
    orientation = detect_orientation(gray.reduce(2) if dpi / 2 >= _OSD_MIN_DPI else gray)
    if orientation and orientation[0] in (90, 270) and orientation[1] >= MIN_OSD_CONFIDENCE:
        turns = [orientation[0]]
    else:
        turns = [90, 270]
    readings = [
        _read(gray.rotate(turn, expand=True), page_number=page_number, dpi=dpi, settings=settings,
              to_points=to_points, rotation=(360 - turn) % 360)
        for turn in turns
    ]
    page = max(readings, key=lambda reading: reading.score).page
    page.warnings.insert(0, f"text runs sideways on the page; read turned by {page.rotation} degrees clockwise")
    return page


def ocr_image(
    image: Image.Image,
    *,
    page_number: int,
    dpi: float,
    settings: OcrSettings = OcrSettings(),
    to_points: PixelToPoints | None = None,
) -> Page:
    """Read ``image`` (a page scanned or rendered at ``dpi``) into a Page.

    Boxes are in points in the frame of the upright, deskewed page; pass
    ``to_points`` when the image does not start at the page's top-left corner.
    """
    to_points = to_points or PixelToPoints.from_dpi(dpi)
    gray = to_grayscale(image)
    if settings.detect_orientation and looks_sideways(gray):
        return _read_sideways(gray, page_number=page_number, dpi=dpi, settings=settings, to_points=to_points)
    reading = _read(gray, page_number=page_number, dpi=dpi, settings=settings, to_points=to_points, rotation=0)
    confidence = reading.page.ocr_confidence
    if settings.detect_orientation and (confidence is None or confidence < ORIENTATION_CHECK_BELOW):
        orientation = detect_orientation(gray.reduce(2) if dpi / 2 >= _OSD_MIN_DPI else gray)
        if orientation and orientation[0] and orientation[1] >= MIN_OSD_CONFIDENCE:
            turned = gray.rotate(orientation[0], expand=True)
            second = _read(
                turned, page_number=page_number, dpi=dpi, settings=settings, to_points=to_points,
                rotation=(360 - orientation[0]) % 360,
            )
            if second.score > reading.score:
                reading = second
    return reading.page
