"""Hard forms of the sample documents: pages as they come, not as a scanner's defaults make them.

- ``photocopy``: an ordinary bad photocopy of an annex: 150 dpi, tilted 2 to 3
  degrees (either way), lighting falling off by 35 % towards one side and a
  grey band along the binding, heavy grain (sigma 11) and toner specks, JPEG quality 30.
- ``photocopy-b``: a second, differently made bad photocopy of three other
  pages, to check that what reads the first one is not tuned to it: 150 dpi,
  tilted 2 to 3 degrees, faded toner (ink at 40 % grey), light falling off by
  30 to 40 % towards a *corner*, the binding shadow along the top or bottom
  edge, coarser grain (sigma 9, two pixels wide) and more specks, JPEG 30.
- ``photo``: a page photographed with a phone held a little off-axis: a
  perspective (the far edge narrower), a vignette, grain, JPEG quality 50,
  at about 200 dpi across the page.
- ``rotated``: the born-digital PDF with each page given ``/Rotate`` 0, 90,
  180, 270 in turn (its text reads sideways or upside down on screen).
- ``rotated-scan``: the same turns on pages of a 200-dpi scan, one page of
  each kind: upright content displayed sideways by ``/Rotate``.

Every random choice comes from ``numpy.random.default_rng([seed, form, page])``.
Each form keeps only some pages (to keep the repository small); its ground
truth is ``<id>-<form>.txt``, the matching pages of ``<id>.txt``.
"""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from .scan import ScannedPage, image_only_pdf, rasterise

_PAPER, _INK = 236.0, 28.0
_FORM_KEYS = {"photocopy": 1, "photo": 2, "photocopy-b": 3}


def _rng(seed: int, form: str, number: int) -> np.random.Generator:
    return np.random.default_rng([seed, _FORM_KEYS[form], number])


def _jpeg(image: Image.Image, quality: int, dpi: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality, optimize=True, progressive=True, dpi=(dpi, dpi))
    return buffer.getvalue()


def _paper(image: Image.Image) -> np.ndarray:
    pixels = np.asarray(image, dtype=np.float32)
    return _INK + pixels * ((_PAPER - _INK) / 255.0)


def _grain(pixels: np.ndarray, rng: np.random.Generator, sigma: float, specks: float) -> np.ndarray:
    """Gaussian grain a pixel or two wide, and dark toner specks."""
    noise = rng.normal(0.0, sigma, size=pixels.shape).astype(np.float32)
    noisy = pixels + noise
    speck = rng.random(pixels.shape, dtype=np.float32) < specks
    noisy[speck] = rng.uniform(30, 120, size=int(speck.sum())).astype(np.float32)
    return noisy


def photocopy_page(image: Image.Image, number: int, seed: int) -> ScannedPage:
    """A bad photocopy of one page (``image`` rendered at 150 dpi)."""
    rng = _rng(seed, "photocopy", number)
    angle = round(float(rng.uniform(2.0, 3.0)) * (1 if rng.random() < 0.5 else -1), 2)
    page = Image.fromarray(np.clip(_paper(image), 0, 255).astype(np.uint8), mode="L")
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=int(_PAPER))
    pixels = np.asarray(page, dtype=np.float32)
    height, width = pixels.shape
    x = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :]
    y = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    side = rng.random() < 0.5
    across = x if side else 1.0 - x
    # Light falls off by up to 35 % across the page, with a grey band (the binding) along one edge.
    light = 1.0 - 0.35 * across**1.5 - 0.15 * np.exp(-((1.0 - across) / 0.04) ** 2) * (0.8 + 0.2 * y)
    light = light - 0.06 * np.sin(np.pi * y) * (1 - across)  # a slower fall-off down the page
    pixels = pixels * light
    pixels = _grain(pixels, rng, sigma=11.0, specks=0.0006)
    page = Image.fromarray(np.clip(np.rint(pixels), 0, 255).astype(np.uint8), mode="L")
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    return ScannedPage(number=number, jpeg=_jpeg(page, 30, 150), rotation=angle)


def photocopy_b_page(image: Image.Image, number: int, seed: int) -> ScannedPage:
    """The second kind of bad photocopy (see the module docstring) of one page rendered at 150 dpi."""
    rng = _rng(seed, "photocopy-b", number)
    angle = round(float(rng.uniform(2.0, 3.0)) * (1 if rng.random() < 0.5 else -1), 2)
    faded = 100.0 + np.asarray(image, dtype=np.float32) * ((_PAPER - 100.0) / 255.0)  # grey toner, not black
    page = Image.fromarray(np.clip(faded, 0, 255).astype(np.uint8), mode="L")
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=int(_PAPER))
    pixels = np.asarray(page, dtype=np.float32)
    height, width = pixels.shape
    x = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :]
    y = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    corner_x = x if rng.random() < 0.5 else 1.0 - x
    corner_y = y if rng.random() < 0.5 else 1.0 - y
    fall = float(rng.uniform(0.30, 0.40))
    light = 1.0 - fall * np.clip((corner_x + corner_y) / 2.0, 0.0, 1.0) ** 1.3
    edge = y if rng.random() < 0.5 else 1.0 - y  # the binding along the top or the bottom
    light = light - 0.12 * np.exp(-(edge / 0.035) ** 2)
    pixels = pixels * light
    coarse = rng.normal(0.0, 9.0, size=(height // 2 + 1, width // 2 + 1)).astype(np.float32)
    pixels = pixels + np.repeat(np.repeat(coarse, 2, axis=0), 2, axis=1)[:height, :width]
    pixels = _grain(pixels, rng, sigma=4.0, specks=0.0012)
    page = Image.fromarray(np.clip(np.rint(pixels), 0, 255).astype(np.uint8), mode="L")
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    return ScannedPage(number=number, jpeg=_jpeg(page, 30, 150), rotation=angle)


def photo_page(image: Image.Image, number: int, seed: int) -> ScannedPage:
    """A phone photograph of one page (``image`` rendered at 200 dpi): perspective, vignette, grain."""
    rng = _rng(seed, "photo", number)
    width, height = image.size
    margin = int(0.06 * width)
    canvas = Image.new("L", (width + 2 * margin, height + 2 * margin), 90)  # the desk around the page
    canvas.paste(Image.fromarray(np.clip(_paper(image), 0, 255).astype(np.uint8), mode="L"), (margin, margin))
    # The camera a little below and to one side: the top edge shorter than the bottom one.
    squeeze = float(rng.uniform(0.05, 0.08)) * width
    lean = float(rng.uniform(-0.02, 0.02)) * width
    cw, ch = canvas.size
    # Output corners read the input outside the page's top corners: the top edge comes out shorter.
    corners = [(-squeeze + lean, 0.0), (cw + squeeze + lean, 0.0), (cw, ch), (0.0, ch)]
    coefficients = _perspective(corners, [(0, 0), (cw, 0), (cw, ch), (0, ch)])
    photo = canvas.transform((cw, ch), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC,
                             fillcolor=90)
    pixels = np.asarray(photo, dtype=np.float32)
    y, x = np.mgrid[0:ch, 0:cw].astype(np.float32)
    radius = np.hypot((x - cw / 2) / cw, (y - ch / 2) / ch)
    pixels = pixels * (1.0 - 0.5 * radius**2)
    pixels = _grain(pixels, rng, sigma=7.0, specks=0.0)
    photo = Image.fromarray(np.clip(np.rint(pixels), 0, 255).astype(np.uint8), mode="L")
    photo = photo.filter(ImageFilter.GaussianBlur(0.7))
    angle = round(float(rng.uniform(-1.5, 1.5)), 2)
    photo = photo.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=90)
    return ScannedPage(number=number, jpeg=_jpeg(photo, 50, 200), rotation=angle)


def _perspective(target: list[tuple[float, float]], source: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping output corners ``source`` to input points ``target``."""
    rows = []
    for (x, y), (u, v) in zip(source, target):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    matrix = np.array(rows, dtype=np.float64)
    vector = np.array([c for point in target for c in point], dtype=np.float64)
    return [float(c) for c in np.linalg.solve(matrix, vector)]


def rotated_pdf(pdf_bytes: bytes, turns: tuple[int, ...] = (0, 90, 180, 270)) -> bytes:
    """The PDF with page ``i`` given ``/Rotate turns[i % len(turns)]``."""
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        for index in range(len(document)):
            document[index].set_rotation(turns[index % len(turns)])
        buffer = io.BytesIO()
        document.save(buffer, version=17)
        return buffer.getvalue()
    finally:
        document.close()


def rotated_scan(pdf_bytes: bytes, numbers: tuple[int, ...], turns: tuple[int, ...], title: str) -> bytes:
    """Pages ``numbers`` scanned at 200 dpi (slightly blurred, JPEG 50), given ``/Rotate`` ``turns`` in turn."""
    images = rasterise(pdf_bytes, 200)
    pages = []
    for number in numbers:
        page = Image.fromarray(np.clip(_paper(images[number - 1]), 0, 255).astype(np.uint8))
        page = page.filter(ImageFilter.GaussianBlur(0.6))
        pages.append(ScannedPage(number=number, jpeg=_jpeg(page, 50, 200), rotation=0.0))
    return rotated_pdf(image_only_pdf(pages, f"{title} (scan, turned pages)"), turns)


# Pages (1-based) each document's image forms keep: two-column pages first. Photocopies keep the first three,
# photographs the first, turned scans the first two with the turns given.
HARD_PAGES = {
    "departement-exemple": ((7, 11, 2, 4), (90, 270)),
    "metropole-exemple": ((3, 8, 10, 5), (270, 180)),
    "region-exemple": ((2, 4, 6, 9), (90, 180)),
}
# Pages the second photocopy form keeps: none of the first photocopy's.
COPY_B_PAGES = {
    "departement-exemple": (4, 5, 10),
    "metropole-exemple": (5, 6, 12),
    "region-exemple": (9, 3, 8),
}
FORMS = ("photocopy", "photocopy-b", "photo", "rotated", "rotated-scan")


def hard_forms(
    pdf_bytes: bytes, pages: tuple[int, ...], turns: tuple[int, ...], seed: int, title: str,
    copy_b_pages: tuple[int, ...] = (),
) -> dict[str, tuple[bytes, tuple[int, ...]]]:
    """Every hard form of a document, with the pages (1-based, of the born-digital PDF) it holds."""
    at150 = rasterise(pdf_bytes, 150)
    at200 = rasterise(pdf_bytes, 200)
    copies = [photocopy_page(at150[n - 1], n, seed) for n in pages[:3]]
    photos = [photo_page(at200[n - 1], n, seed) for n in pages[:1]]
    forms = {
        "photocopy": (image_only_pdf(copies, f"{title} (photocopy)"), pages[:3]),
        "photo": (image_only_pdf(photos, f"{title} (photograph)"), pages[:1]),
        "rotated": (rotated_pdf(pdf_bytes), tuple(range(1, len(at150) + 1))),
        "rotated-scan": (rotated_scan(pdf_bytes, pages[:2], turns, title), pages[:2]),
    }
    if copy_b_pages:
        copies_b = [photocopy_b_page(at150[n - 1], n, seed) for n in copy_b_pages]
        forms["photocopy-b"] = (image_only_pdf(copies_b, f"{title} (photocopy, second kind)"), copy_b_pages)
    return forms
