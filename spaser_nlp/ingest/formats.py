"""Which kind of input a file is, from its first bytes (its extension only for text)."""

from __future__ import annotations

from pathlib import Path

from spaser_nlp.errors import EmptyDocumentError, UnsupportedFormatError

SUPPORTED = "PDF, PNG, JPEG, TIFF, .txt or .md"
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
_TEXT_SUFFIXES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def detect_media_type(path: Path, data: bytes) -> str:
    """The media type of ``data`` read from ``path``.

    >>> detect_media_type(Path("a.bin"), b"%PDF-1.7 ...")
    'application/pdf'
    >>> detect_media_type(Path("notes.md"), "# Axe 1".encode())
    'text/markdown'
    """
    suffix = path.suffix.lower()
    if not data:
        raise EmptyDocumentError("the file is empty (0 bytes); re-download or re-export it", path=path)
    # Some PDF writers put a few junk bytes before the header; readers accept up to 1 KiB.
    if b"%PDF-" in data[:1024]:
        return "application/pdf"
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    if suffix in _TEXT_SUFFIXES:
        return _TEXT_SUFFIXES[suffix]
    if suffix == ".pdf":
        raise UnsupportedFormatError(
            "is not a PDF (no %PDF header): it may be an HTML error page or a renamed file; re-download it", path=path
        )
    if suffix in _IMAGE_SUFFIXES:
        raise UnsupportedFormatError(f"is not a valid {suffix[1:].upper()} image; re-export it", path=path)
    raise UnsupportedFormatError(f"unsupported file type; give a {SUPPORTED} file", path=path)
