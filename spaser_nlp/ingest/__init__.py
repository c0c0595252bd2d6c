"""Ingestion: a PDF, an image or a text file in, a :class:`~spaser_nlp.document.Document` out.

PDF pages keep their text layer when it is usable and are OCR'd otherwise
(``ocr="auto"``), so mixed documents work; images are OCR'd; ``.txt`` and
``.md`` files are taken as already extracted text. OCR runs Tesseract in
parallel worker processes, one page per task.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
>>> _ = path.write_text("Axe 1\\n\\nRéduire de 40 %\\fFin", encoding="utf-8")
>>> doc = ingest(path)
>>> doc.doc_id, doc.media_type, doc.page_count, doc.text
('note', 'text/plain', 2, 'Axe 1\\n\\nRéduire de 40 %\\x0cFin')
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import get_args

from spaser_nlp._version import __version__
from spaser_nlp.document import Document, Page, assemble_text
from spaser_nlp.errors import EmptyDocumentError, FileMissingError, InputError, TesseractMissingError
from spaser_nlp.ingest.formats import detect_media_type
from spaser_nlp.ingest.furniture import remove_running_furniture
from spaser_nlp.ingest.layout_pages import rejoin_words_across_pages
from spaser_nlp.ingest.ocr import OcrSettings
from spaser_nlp.ingest.parallel import OcrJob, ProgressCallback, default_workers, ocr_pages
from spaser_nlp.ingest.pdf import OcrMode, open_pdf, pdf_metadata, route_pages
from spaser_nlp.ingest.tesseract import check_tesseract
from spaser_nlp.limits import DEFAULT_LIMITS, Limits, check_page_count, check_pdf_streams

__all__ = ["Limits", "OcrMode", "ingest"]


def _check_options(path: Path, ocr: str, workers: int | None, dpi: int) -> None:
    if ocr not in get_args(OcrMode):
        raise InputError(f"unknown OCR mode {ocr!r}; use auto, always or never", path=path, options="ocr")
    if workers is not None and workers < 1:
        raise InputError(f"the number of workers must be at least 1 (got {workers})", path=path, options="workers")
    if not 72 <= dpi <= 1200:
        raise InputError(f"the resolution must be between 72 and 1200 dpi (got {dpi})", path=path, options="dpi")


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise FileMissingError("no such file; check the path", path=path)
    if not path.is_file():
        raise FileMissingError("not a file (a directory?); give the path of a PDF, image or text file", path=path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise FileMissingError(f"cannot be read ({error.strerror}); check its permissions", path=path) from None


def ingest(
    path: str | Path,
    *,
    password: str | None = None,
    ocr: OcrMode = "auto",
    workers: int | None = None,
    dpi: int = 300,
    lang: str = "fra",
    progress: ProgressCallback | None = None,
    limits: Limits | None = None,
    reading: ProgressCallback | None = None,
) -> Document:
    """Read the PDF, image or text file at ``path`` into a Document.

    ``ocr``: ``"auto"`` OCRs the PDF pages without a usable text layer,
    ``"always"`` every page, ``"never"`` none. ``workers``: OCR processes
    (default: the number of CPU cores). ``dpi``: rendering resolution of PDF
    pages for OCR (a scan embedded at 200 dpi or more is read at its own
    resolution). ``progress(done, total)`` is called after each OCR'd page,
    ``reading(done, total)`` after each PDF page's text layer is read.
    ``limits``: pages, pixels per page, stream sizes and operators beyond
    which the file is refused (see :mod:`spaser_nlp.limits`).
    """
    path = Path(path)
    _check_options(path, ocr, workers, dpi)
    data = _read_bytes(path)
    media_type = detect_media_type(path, data)
    settings = OcrSettings(lang=lang)
    limits = limits or DEFAULT_LIMITS
    metadata: dict[str, str] = {}
    routed: list[Page | OcrJob]
    if media_type == "application/pdf":
        # Before pdfium or pdfminer parse any page: a decompression bomb or an endless content stream stops here.
        check_pdf_streams(data, path, limits, password)
        pdf = open_pdf(path, password)
        try:
            metadata = pdf_metadata(pdf)
            routed = route_pages(
                path, pdf, ocr=ocr, settings=settings, dpi=dpi, password=password, limits=limits, progress=reading
            )
        finally:
            pdf.close()
    elif media_type.startswith("image/"):
        from spaser_nlp.ingest.images import frame_count

        if ocr == "never":
            raise InputError("an image can only be read by OCR; do not turn OCR off", path=path, options="ocr=auto")
        frames = frame_count(path, limits)
        check_page_count(frames, path, limits)
        routed = [OcrJob(str(path), "image", index, settings, dpi=dpi, max_pixels=limits.max_pixels) for index in range(frames)]
    else:
        from spaser_nlp.ingest.plaintext import decode_text, text_pages

        routed = list(text_pages(decode_text(data, path)))
    pages = _run_ocr(path, routed, lang=lang, workers=workers, progress=progress)
    remove_running_furniture(pages)
    rejoin_words_across_pages(pages)
    text = assemble_text(pages)
    if not text.strip():
        options: tuple[str, ...] = ()
        if ocr == "never":
            hint, options = "the file has no text layer; do not turn OCR off, so that its pages are OCR'd", ("ocr=auto",)
        elif any(page.source == "ocr" for page in pages):
            hint = "the scan may be blank or unreadable"
        else:
            hint, options = "try OCR on every page", ("ocr=always",)
        raise EmptyDocumentError(f"no text found on any page; {hint}", path=path, options=options)
    pipeline = {"spaser_nlp": __version__, "ocr": ocr, "dpi": str(dpi), "lang": lang}
    if any(page.source == "ocr" for page in pages):
        pipeline["tesseract"] = check_tesseract(lang)
        pipeline["psm"] = str(settings.psm)
    return Document(
        doc_id=path.stem,
        source_path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        page_count=len(pages),
        metadata=metadata,
        pages=pages,
        text=text,
        pipeline=pipeline,
    )


def _run_ocr(
    path: Path, routed: list[Page | OcrJob], *, lang: str, workers: int | None, progress: ProgressCallback | None
) -> list[Page]:
    jobs = [item for item in routed if isinstance(item, OcrJob)]
    if jobs:
        try:
            check_tesseract(lang)
        except TesseractMissingError as error:
            pages = f"{len(jobs)} page(s) need" if len(jobs) > 1 else "1 page needs"
            raise TesseractMissingError(f"{pages} OCR but {error.message}", path=path) from None
    ocr_results = iter(ocr_pages(jobs, workers=workers or default_workers(), progress=progress))
    return [next(ocr_results) if isinstance(item, OcrJob) else item for item in routed]


# `spaser_nlp.ingest(path)` works even after `import spaser_nlp.ingest` bound this module to that name.
from spaser_nlp._callable import make_module_callable  # noqa: E402

make_module_callable(__name__, ingest)
