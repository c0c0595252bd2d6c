"""Image inputs (PNG, JPEG, TIFF, multi-page TIFF): one page per frame, read by OCR."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from spaser_nlp.errors import CorruptFileError, LimitExceededError
from spaser_nlp.limits import DEFAULT_LIMITS, Limits, check_image_pixels

# Resolution assumed when an image does not state a plausible one (a phone photo
# or a screenshot): 300 dpi is what scanners default to.
DEFAULT_IMAGE_DPI = 300.0
_MIN_PLAUSIBLE_DPI = 70.0


def _open(path: Path, max_pixels: int | None) -> Image.Image:
    """The image at ``path``, its size checked against ``max_pixels`` before its pixels are decoded."""
    limits = Limits(max_pixels=max_pixels)
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb warning (over 89 Mpx) would reach stderr; the size is checked here instead.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
        check_image_pixels(image.width, image.height, path, limits)
        image.load()
    except Image.DecompressionBombError as error:
        # Pillow refuses more than 179 Mpx whatever --max-megapixels says; its message states the size.
        found = re.search(r"\((\d+) pixels\)", str(error))
        pixels = f"{int(found.group(1)) / 1e6:,.0f} Mpx" if found else "too many pixels"
        raise LimitExceededError(
            f"the image is {pixels}, more than the image reader accepts (179 Mpx); downscale it to 300 dpi", path=path
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise CorruptFileError(f"the image cannot be decoded ({error}); re-export or re-scan it", path=path) from None
    return image


def frame_count(path: Path, limits: Limits = DEFAULT_LIMITS) -> int:
    """How many pages (frames) the image file holds (its first frame within ``limits.max_pixels``)."""
    with _open(path, limits.max_pixels) as image:
        return int(getattr(image, "n_frames", 1))


def image_dpi(image: Image.Image) -> float:
    """The image's stated resolution, or :data:`DEFAULT_IMAGE_DPI` if it states none plausible."""
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if value >= _MIN_PLAUSIBLE_DPI else DEFAULT_IMAGE_DPI


def load_frame(path: Path, index: int, *, max_pixels: int | None = DEFAULT_LIMITS.max_pixels) -> tuple[Image.Image, float]:
    """Frame ``index`` (0-based) of the image file, upright per its EXIF tag, and its dpi."""
    with _open(path, max_pixels) as image:
        try:
            image.seek(index)
        except EOFError:
            raise CorruptFileError(f"page {index + 1} of the image cannot be read", path=path) from None
        check_image_pixels(image.width, image.height, path, Limits(max_pixels=max_pixels), page=index + 1)
        dpi = image_dpi(image)
        frame = ImageOps.exif_transpose(image.copy()) or image.copy()
    return frame, dpi
