"""Even out the lighting of a photocopied or photographed page before it is binarised.

A photocopy is often darker towards the binding and a photograph darker in its
corners: a single grey threshold (Otsu's, which the skew estimate, the rule
finder and Tesseract all use) then turns the dark side into a field of ink, so
the skew is not found, grain becomes "rules" and tables, and words are lost.

The paper's brightness is estimated on a coarse grid (a high percentile of each
cell, which is paper wherever the cell holds some background) and modelled by
a smooth surface: a cubic polynomial in x and y fitted by least squares, cells
darker than the surface (text-heavy cells, shaded boxes, pictures) being
dropped in a few rounds. Only smooth lighting is removed; a shaded box or a
title band is not flattened into the paper. Pages whose surface varies by less
than :data:`UNEVEN` are left exactly as they are, so ordinary scans read as
before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

# Lighting varying by less than this share of the paper's brightness is left alone.
UNEVEN = 0.12
# Cells of the coarse grid, across the page's width.
_CELLS_ACROSS = 48
# The page is first reduced (pixel averages) to about this width.
_WORK_WIDTH = 600
# The percentile of a cell's pixels taken as its paper brightness.
_PAPER_PERCENTILE = 90
_ROUNDS = 4
# Cells this much darker than the fitted surface are not paper (share of the surface's brightness).
_DARKER_THAN_PAPER = 0.06
# Brightness the paper is brought to.
_PAPER_LEVEL = 235.0


def _design(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Cubic polynomial terms of (x, y) in [-1, 1]."""
    return np.stack([x**i * y**j for i in range(4) for j in range(4 - i)], axis=-1)


def _least_squares(terms: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Least-squares coefficients by the normal equations, with elementwise sums.

    A few thousand rows and ten terms: BLAS's threaded kernels (``lstsq``) cost 100 times more here on a busy
    machine, and give the same surface within rounding.
    """
    gram = (terms[:, :, None] * terms[:, None, :]).sum(axis=0)
    moments = (terms * values[:, None]).sum(axis=0)
    return np.asarray(np.linalg.solve(gram + 1e-9 * np.eye(len(gram)), moments))


def paper_surface(gray: Image.Image) -> tuple[np.ndarray, tuple[int, int]]:
    """The paper's brightness on the coarse grid (rows x cells), and the cell size in pixels (width, height)."""
    gray = gray if gray.mode == "L" else gray.convert("L")
    factor = max(1, gray.width // _WORK_WIDTH)
    pixels = np.asarray(gray.reduce(factor) if factor > 1 else gray, dtype=np.uint8)
    height, width = pixels.shape
    cell = max(4, width // _CELLS_ACROSS)
    rows, cols = height // cell, width // cell
    if rows < 4 or cols < 4:
        return np.full((max(rows, 1), max(cols, 1)), float(np.percentile(pixels, _PAPER_PERCENTILE))), (cell, cell)
    blocks = pixels[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).transpose(0, 2, 1, 3)
    rank = int(cell * cell * _PAPER_PERCENTILE / 100)
    paper = np.partition(blocks.reshape(rows, cols, cell * cell), rank, axis=2)[:, :, rank]
    y, x = np.mgrid[0:rows, 0:cols].astype(np.float64)
    x, y = 2 * (x + 0.5) / cols - 1, 2 * (y + 0.5) / rows - 1
    terms = _design(x.ravel(), y.ravel())
    values = paper.ravel().astype(np.float64)
    keep = values > np.percentile(values, 10)  # the darkest cells are pictures or bands, not paper
    coefficients = np.zeros(terms.shape[1])
    for _ in range(_ROUNDS):
        coefficients = _least_squares(terms[keep], values[keep])
        fitted = (terms * coefficients).sum(axis=1)
        keep = values >= fitted * (1 - _DARKER_THAN_PAPER)
        if keep.sum() < terms.shape[1] * 3:
            break
    surface = (terms * coefficients).sum(axis=1).reshape(rows, cols)
    return np.clip(surface, 1.0, 255.0), (cell * factor, cell * factor)


def unevenness(surface: np.ndarray) -> float:
    """How much the paper's brightness varies across the page (share of its brightest)."""
    top = float(np.percentile(surface, 98))
    return (top - float(np.percentile(surface, 2))) / max(top, 1.0)


def even_out(gray: Image.Image) -> tuple[Image.Image, float]:
    """``gray`` with its lighting evened out when it is uneven (else ``gray`` itself), and its unevenness."""
    gray = gray if gray.mode == "L" else gray.convert("L")
    surface, _ = paper_surface(gray)
    uneven = round(unevenness(surface), 3)
    if uneven < UNEVEN:
        return gray, uneven
    # The surface, smooth by construction, is scaled up to the page with a bilinear filter.
    scale = Image.fromarray(surface.astype(np.float32), mode="F").resize(gray.size, Image.Resampling.BILINEAR)
    pixels = np.asarray(gray, dtype=np.float32) * (_PAPER_LEVEL / np.asarray(scale, dtype=np.float32))
    return Image.fromarray(np.clip(np.rint(pixels), 0, 255).astype(np.uint8), mode="L"), uneven
