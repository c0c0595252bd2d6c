"""Image inputs (PNG, JPEG, TIFF, multi-page TIFF): one page per frame, read by OCR."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from spaser_nlp.errors import CorruptFileError

# Resolution assumed when an image does not state a plausible one (a phone photo
# or a screenshot): 300 dpi is what scanners default to.
DEFAULT_IMAGE_DPI = 300.0
_MIN_PLAUSIBLE_DPI = 70.0


def _open(path: Path) -> Image.Image:
    try:
        image = Image.open(path)
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise CorruptFileError(f"the image cannot be decoded ({error}); re-export or re-scan it", path=path) from None
    return image


def frame_count(path: Path) -> int:
    """How many pages (frames) the image file holds."""
    with _open(path) as image:
        return int(getattr(image, "n_frames", 1))


def image_dpi(image: Image.Image) -> float:
    """The image's stated resolution, or :data:`DEFAULT_IMAGE_DPI` if it states none plausible."""
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if value >= _MIN_PLAUSIBLE_DPI else DEFAULT_IMAGE_DPI


def load_frame(path: Path, index: int) -> tuple[Image.Image, float]:
    """Frame ``index`` (0-based) of the image file, upright per its EXIF tag, and its dpi."""
    with _open(path) as image:
        try:
            image.seek(index)
        except EOFError:
            raise CorruptFileError(f"page {index + 1} of the image cannot be read", path=path) from None
        dpi = image_dpi(image)
        frame = ImageOps.exif_transpose(image.copy()) or image.copy()
    return frame, dpi
