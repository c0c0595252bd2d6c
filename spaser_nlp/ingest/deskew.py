"""Estimate and correct the small skew of a scanned page.

The skew is found by a projection-profile search: on a downscaled, binarised
copy of the page, the angle that makes the row sums of ink sharpest (text
lines aligned with pixel rows) is the page's skew. It is cheap (a few tens of
milliseconds) and needs no OCR pass.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

# Beyond this, a tilt is not a scanner skew but a rotated page (handled by OSD).
MAX_SKEW_DEGREES = 6.0
# Below this, Tesseract's own line finding copes and resampling would only blur.
MIN_CORRECTION_DEGREES = 0.15
# Width of the working copy: text lines stay several pixels high at this size.
_WORK_WIDTH = 1000


def _ink_mask(gray: Image.Image) -> Image.Image:
    """A downscaled mask where ink is 255 and paper is 0 (Otsu threshold)."""
    scale = min(1.0, _WORK_WIDTH / max(1, gray.width))
    if scale < 1.0:
        gray = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))), Image.BILINEAR)
    pixels = np.asarray(gray, dtype=np.uint8)
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    threshold = otsu_threshold(histogram)
    return Image.fromarray(np.where(pixels <= threshold, 255, 0).astype(np.uint8))


def otsu_threshold(histogram: np.ndarray) -> int:
    """The grey level that best separates ink from paper, from a 256-bin histogram.

    >>> h = np.zeros(256); h[20] = 100; h[230] = 900
    >>> 20 <= otsu_threshold(h) < 230
    True
    """
    total = histogram.sum()
    if total == 0:
        return 127
    levels = np.arange(256)
    weight_dark = np.cumsum(histogram)
    weight_light = total - weight_dark
    cumulative_mean = np.cumsum(histogram * levels)
    mean_dark = cumulative_mean / np.maximum(weight_dark, 1)
    mean_light = (cumulative_mean[-1] - cumulative_mean) / np.maximum(weight_light, 1)
    between = weight_dark * weight_light * (mean_dark - mean_light) ** 2
    return int(np.argmax(between))


def ink_threshold(gray: Image.Image) -> int:
    """Otsu's threshold of an 8-bit grey image."""
    return otsu_threshold(np.bincount(np.asarray(gray, dtype=np.uint8).ravel(), minlength=256).astype(np.float64))


def _sharpness(mask: Image.Image, angle: float) -> float:
    rotated = mask.rotate(angle, resample=Image.NEAREST, expand=False, fillcolor=0)
    rows = np.asarray(rotated, dtype=np.float64).sum(axis=1)
    return float(np.sum(np.diff(rows) ** 2))


def estimate_skew(gray: Image.Image, *, max_degrees: float = MAX_SKEW_DEGREES) -> float:
    """The counter-clockwise tilt of the text lines, in degrees (0.0 on a blank page).

    Rotating the page by ``-estimate_skew(page)`` (PIL's ``rotate`` turns
    counter-clockwise) makes its lines horizontal.
    """
    mask = _ink_mask(gray.convert("L"))
    if not np.asarray(mask).any():
        return 0.0
    coarse = np.arange(-max_degrees, max_degrees + 1e-9, 0.5)
    best = max(coarse, key=lambda a: _sharpness(mask, float(a)))
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)
    best = max(fine, key=lambda a: _sharpness(mask, float(a)))
    # The search rotates the *mask* to straighten it, so the page's own tilt is the opposite.
    return round(-float(best), 2)


def deskew(gray: Image.Image, skew_degrees: float) -> Image.Image:
    """Rotate ``gray`` so that lines tilted by ``skew_degrees`` become horizontal."""
    if abs(skew_degrees) < MIN_CORRECTION_DEGREES:
        return gray
    return gray.rotate(-skew_degrees, resample=Image.BICUBIC, expand=True, fillcolor=255)
