"""The picture of a PDF page to OCR: its scan at native resolution, or a rendering.

A scanned PDF page is usually one embedded image covering the page. When its
resolution is at least :data:`MIN_NATIVE_DPI`, Tesseract reads the embedded
image itself: it is faster and more accurate than a re-rendering, which
resamples the scan (a noisy 200-dpi page took 3.3 s native against 5.0 s
rendered at 300 dpi). Other pages are rendered at the requested resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from spaser_nlp.ingest.ocr_layout import PixelToPoints

MIN_NATIVE_DPI = 200.0
# Above this a native scan is downscaled to :data:`DOWNSCALE_TO_DPI`: more pixels cost time, not accuracy.
MAX_NATIVE_DPI = 400.0
DOWNSCALE_TO_DPI = 300.0
# The image must cover this share of the page to stand for the whole page.
_MIN_COVERAGE = 0.85
_INVISIBLE_TEXT = 3


@dataclass
class PageImage:
    """A picture of a page, its resolution, and how its pixels map to page points."""

    image: Image.Image
    dpi: float
    to_points: PixelToPoints
    native: bool


def _visible_text(obj: pdfium.PdfObject) -> bool:
    # An invisible text layer (from an earlier OCR run) does not show in the picture.
    return pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) != _INVISIBLE_TEXT


def _sole_image(page: pdfium.PdfPage) -> pdfium.PdfImage | None:
    """The page's only visible object when it is an upright image covering the page."""
    if page.get_rotation() % 360:
        return None
    images = []
    for obj in page.get_objects(max_depth=4):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append(obj)
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_FORM:
            continue
        elif obj.type != pdfium_c.FPDF_PAGEOBJ_TEXT or _visible_text(obj):
            return None
    if len(images) != 1:
        return None
    image = images[0]
    a, b, c, d, _, _ = image.get_matrix().get()
    if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:
        return None
    left, bottom, right, top = image.get_bounds()
    width, height = page.get_size()
    covered = max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
    return image if covered >= _MIN_COVERAGE * width * height else None


def _native_image(page: pdfium.PdfPage, max_pixels: int | None = None) -> PageImage | None:
    image_obj = _sole_image(page)
    if image_obj is None:
        return None
    px_width, px_height = image_obj.get_px_size()
    if max_pixels and px_width * px_height > max_pixels:
        return None  # decoding it whole would cost more memory than the limit allows: render the page instead
    left, _, _, top = image_obj.get_bounds()
    a, _, _, d, _, _ = image_obj.get_matrix().get()
    if px_width <= 0 or px_height <= 0:
        return None
    dpi = min(px_width / (a / 72.0), px_height / (d / 72.0))
    if dpi < MIN_NATIVE_DPI:
        return None
    try:
        picture = image_obj.get_bitmap(render=False).to_pil()
    except (pdfium.PdfiumError, ValueError, OSError):
        return None  # an encoding pdfium cannot hand over raw: render the page instead
    if dpi > MAX_NATIVE_DPI:
        factor = DOWNSCALE_TO_DPI / dpi
        picture = picture.resize((round(px_width * factor), round(px_height * factor)), Image.Resampling.LANCZOS)
        px_width, px_height, dpi = picture.width, picture.height, DOWNSCALE_TO_DPI
    page_height = page.get_height()
    to_points = PixelToPoints(a / px_width, d / px_height, offset_x=left, offset_y=page_height - top)
    return PageImage(picture, dpi, to_points, native=True)


def page_image(
    page: pdfium.PdfPage, *, dpi: float, prefer_native: bool = True, max_pixels: int | None = None
) -> PageImage:
    """The picture of ``page`` to OCR: its sole scan at native resolution if good enough (and within
    ``max_pixels``), else a rendering."""
    if prefer_native:
        native = _native_image(page, max_pixels)
        if native is not None:
            return native
    bitmap = page.render(scale=dpi / 72.0, grayscale=True, may_draw_forms=True)
    return PageImage(bitmap.to_pil(), float(dpi), PixelToPoints.from_dpi(dpi), native=False)
