"""Make scanned-like page images from the born-digital PDF.

Each page is rasterised with pdfium, turned grey, tilted by a small seeded angle
(or 180° plus that angle for pages listed as upside down), blurred a little,
given mild Gaussian sensor noise and JPEG-compressed. Everything random comes
from ``numpy.random.default_rng([seed, page_number])`` so the bytes are the same
on every run with the same library versions.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from .layout import draw_full_page_image
from .source import ScanSettings

# Scanned paper is never pure white nor ink pure black.
_PAPER, _INK = 238.0, 22.0


@dataclass(frozen=True)
class ScannedPage:
    """One degraded page: JPEG bytes and the rotation applied (degrees, counter-clockwise)."""

    number: int
    jpeg: bytes
    rotation: float


def rasterise(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    """Every page of a PDF as a greyscale PIL image at ``dpi``."""
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, grayscale=True)
            images.append(bitmap.to_pil().convert("L"))
        return images
    finally:
        document.close()


def degrade(image: Image.Image, number: int, settings: ScanSettings) -> ScannedPage:
    """Scan-like version of one page image (``number`` is 1-based)."""
    rng = np.random.default_rng([settings.seed, number])
    angle = round(float(rng.uniform(-settings.max_rotation, settings.max_rotation)), 2)
    if number in settings.upside_down_pages:
        angle = round(angle + 180.0, 2)
    pixels = np.asarray(image, dtype=np.float32)
    pixels = _INK + pixels * ((_PAPER - _INK) / 255.0)
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=int(_PAPER))
    # Noise before blur: grain a few pixels wide, like paper texture seen through
    # the scanner optics; it also keeps the JPEG files small.
    noisy = np.asarray(page, dtype=np.float32)
    noisy = noisy + rng.normal(0.0, settings.noise, size=noisy.shape).astype(np.float32)
    page = Image.fromarray(np.clip(np.rint(noisy), 0, 255).astype(np.uint8), mode="L")
    radius = settings.blur * settings.dpi / 300
    if radius > 0:
        page = page.filter(ImageFilter.GaussianBlur(radius))
    buffer = io.BytesIO()
    # Progressive + optimised Huffman tables: about 7 % smaller, same pixels.
    page.save(buffer, format="JPEG", quality=settings.jpeg_quality, optimize=True,
              progressive=True, dpi=(settings.dpi, settings.dpi))
    return ScannedPage(number=number, jpeg=buffer.getvalue(), rotation=angle)


def scan_pages(pdf_bytes: bytes, settings: ScanSettings) -> list[ScannedPage]:
    """Degraded JPEG of every page of the born-digital PDF."""
    return [degrade(image, index + 1, settings)
            for index, image in enumerate(rasterise(pdf_bytes, settings.dpi))]


def image_only_pdf(pages: list[ScannedPage], title: str) -> bytes:
    """An image-only PDF: one A4 page per JPEG, no text layer, reproducible bytes."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("spaser_nlp corpora/generate.py (simulated scan)")
    for page in pages:
        draw_full_page_image(canvas, page.jpeg)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def decoded(page: ScannedPage) -> Image.Image:
    """The JPEG of a scanned page decoded back to a greyscale image."""
    with Image.open(io.BytesIO(page.jpeg)) as image:
        return image.convert("L")


def multipage_tiff(pages: list[ScannedPage], dpi: int) -> bytes:
    """Bilevel CCITT group 4 multi-page TIFF, as office scanners and fax servers write."""
    frames = [decoded(p).point(lambda v: 255 if v > 128 else 0).convert("1") for p in pages]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:],
                   compression="group4", dpi=(dpi, dpi))
    return buffer.getvalue()


def page_png(page: ScannedPage, dpi: int) -> bytes:
    """One scanned page as a greyscale PNG."""
    buffer = io.BytesIO()
    decoded(page).save(buffer, format="PNG", dpi=(dpi, dpi), optimize=True)
    return buffer.getvalue()
