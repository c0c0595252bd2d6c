"""Remove isolated specks (toner dust, grain) from a poor page before it is read.

On a bad photocopy Tesseract reads a speck in a column gutter as a ``:`` or a
``.``, or glues it to the nearest word; either way a "word" then bridges the
gutter, the layout engine finds no free channel between the columns, and the
two columns are read line by line interleaved. A median filter removes specks
but also thins the strokes of small text (it made other pages worse), so only
*isolated* specks go: small connected pieces of ink with no larger piece of
ink nearby. The dots of ``i``, accents, full stops and colons sit within a
word space of their letters and stay.

Only pages with a sign of a poor copy are touched (lighting evened out, or
grain on the paper, see :func:`paper_grain`); ordinary scans read as before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from spaser_nlp.ingest.deskew import otsu_threshold

# A speck is at most this wide and high (millimetres) ...
_SPECK_MM = 0.6
# ... and no larger piece of ink lies within this distance of it (millimetres; a word space is about 1 mm).
_ISOLATION_MM = 1.5
# Paper grain (spread of the paper's grey levels on its light side) from which a page counts as poor.
GRAINY = 6.0


def paper_grain(gray: Image.Image) -> float:
    """The spread of the paper's grey levels, measured on the light side of the paper's peak (no ink there).

    Pure white (a straightened page's corners, clipped paper) is left out. Clean scans measure 2 to 5, bad
    photocopies 6 to 8.
    """
    # Every other pixel of every other row: the same distribution of grey levels, four times cheaper.
    sample = np.asarray(gray, dtype=np.uint8)[::2, ::2]
    histogram = np.bincount(sample.ravel(), minlength=256).astype(np.float64)
    threshold = otsu_threshold(histogram)
    light = histogram[threshold + 1 : 255]
    if not light.sum():
        return 0.0
    paper = threshold + 1 + int(np.argmax(light))
    above = histogram[paper + 1 : 255]
    if not above.sum():
        return 0.0
    return float(np.sqrt((above * np.arange(1, len(above) + 1) ** 2).sum() / above.sum()))


def _box_any(mask: np.ndarray, radius: int) -> np.ndarray:
    """``out[y, x]``: some pixel of ``mask`` lies within ``radius`` (Chebyshev distance) of (y, x)."""
    size = 2 * radius + 1
    padded = np.pad(mask.astype(np.int32), radius)
    cumulative = np.zeros((padded.shape[0] + 1, padded.shape[1] + 1), dtype=np.int32)
    cumulative[1:, 1:] = padded.cumsum(axis=0).cumsum(axis=1)
    sums = cumulative[size:, size:] - cumulative[:-size, size:] - cumulative[size:, :-size] + cumulative[:-size, :-size]
    return sums > 0


def despeckle(gray: Image.Image, dpi: float) -> tuple[Image.Image, int]:
    """``gray`` with its isolated specks painted over with the paper around them, and how many there were."""
    from scipy import ndimage

    pixels = np.asarray(gray, dtype=np.uint8)
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    ink = pixels <= otsu_threshold(histogram)
    labels, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    if not count:
        return gray, 0
    per_mm = dpi / 25.4
    speck_px = max(2, round(_SPECK_MM * per_mm))
    slices = ndimage.find_objects(labels)
    small = np.zeros(count + 1, dtype=bool)
    for index, piece in enumerate(slices, start=1):
        if piece is not None and piece[0].stop - piece[0].start <= speck_px and piece[1].stop - piece[1].start <= speck_px:
            small[index] = True
    if not small.any():
        return gray, 0
    speck_mask = small[labels]
    # Larger ink near each pixel, found on a quarter-size copy (any ink in each 4x4 cell): cheap, and the
    # distance only needs to be right to a cell.
    large = ink & ~speck_mask
    cell = 4
    height, width = large.shape
    rows, cols = -(-height // cell), -(-width // cell)
    padded = np.zeros((rows * cell, cols * cell), dtype=bool)
    padded[:height, :width] = large
    coarse = np.asarray(padded.reshape(rows, cell, cols, cell).any(axis=(1, 3)))
    near = _box_any(coarse, max(1, round(_ISOLATION_MM * per_mm / cell)))
    near_full = np.repeat(np.repeat(near, cell, axis=0), cell, axis=1)[:height, :width]
    isolated = np.zeros(count + 1, dtype=bool)
    isolated[labels[speck_mask & ~near_full]] = True
    isolated[0] = False
    candidates = np.flatnonzero(isolated)
    if not candidates.size:
        return gray, 0
    centres = np.array([[(slices[i - 1][0].start + slices[i - 1][0].stop) / 2,
                         (slices[i - 1][1].start + slices[i - 1][1].stop) / 2] for i in candidates])
    # Dots stacked one above the other are a colon or a semicolon (French sets them a space away from the word).
    stack_dx, stack_dy = 0.4 * per_mm, 2.5 * per_mm
    cleaned = pixels.copy()
    removed = 0
    ring = max(2, speck_px // 2)
    for position, index in enumerate(candidates.tolist()):
        dy = np.abs(centres[:, 0] - centres[position, 0])
        dx = np.abs(centres[:, 1] - centres[position, 1])
        if ((dx <= stack_dx) & (dy > 0) & (dy <= stack_dy)).any():
            continue
        rows, cols = slices[index - 1]
        top, left = max(0, rows.start - ring), max(0, cols.start - ring)
        window = pixels[top : rows.stop + ring, left : cols.stop + ring]
        around = window[labels[top : rows.stop + ring, left : cols.stop + ring] == 0]
        # Painted with the paper (or shading) around it, its blurred rim included.
        fill = int(np.median(around)) if around.size else int(np.median(pixels))
        cleaned[top : rows.stop + ring, left : cols.stop + ring] = np.maximum(window, min(fill, 255))
        removed += 1
    if not removed:
        return gray, 0
    return Image.fromarray(cleaned, mode="L"), removed
