"""PDF inputs: open (with clear errors), read metadata, and route each page to its text layer or to OCR.

A PDF whose structure pdfminer cannot read (a broken cross-reference table:
pdfium repairs it, pdfminer sees no page) is read from the copy pdfium saves.
A page keeps its text layer when it has a usable one (enough text, few
garbage characters, mapped fonts: see :mod:`spaser_nlp.ingest.pdf_text`);
otherwise it becomes an :class:`~spaser_nlp.ingest.parallel.OcrJob`. Pages
without a single character skip the text-layer reading altogether, so a
scanned PDF goes straight to OCR.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, NoReturn

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from spaser_nlp.document import Page
from spaser_nlp.errors import CorruptFileError, EmptyDocumentError, EncryptedPDFError, LimitExceededError
from spaser_nlp.ingest.ocr import OcrSettings
from spaser_nlp.ingest.parallel import OcrJob, ProgressCallback
from spaser_nlp.ingest.pdf_fast import PdfiumPage, read_simple_page
from spaser_nlp.ingest.pdf_text import read_text_layer
from spaser_nlp.ingest.textnorm import WORDFREQ_LANGUAGES
from spaser_nlp.limits import DEFAULT_LIMITS, Limits, check_page_count, render_dpi

OcrMode = Literal["auto", "always", "never"]

# A page object (a path, a text run, an image) costs pdfminer at least this many operators.
_OPERATORS_PER_OBJECT = 4
# pdfium's FPDF_GetLastError codes.
_ERR_FILE, _ERR_FORMAT, _ERR_PASSWORD, _ERR_SECURITY = 2, 3, 4, 5
# Said by every command, most of which take no password: how to get past it from any of them.
_NEEDS_PASSWORD = (
    "the PDF is encrypted; decrypt it first (qpdf --password=PASSWORD --decrypt in.pdf out.pdf), "
    "or read it with `spaser ingest --password PASSWORD`"
)
_METADATA_KEYS = {"Title": "title", "Author": "author", "Subject": "subject", "Creator": "creator", "Producer": "producer"}


def open_pdf(path: Path, password: str | None = None) -> pdfium.PdfDocument:
    """Open ``path`` with pdfium, turning its failures into the package's input errors."""
    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as error:
        _raise_load_error(path, password, getattr(error, "err_code", None))
    if len(pdf) == 0:
        pdf.close()
        raise EmptyDocumentError("the PDF has no pages", path=path)
    return pdf


def _raise_load_error(path: Path, password: str | None, code: int | None) -> NoReturn:
    """Say why pdfium could not open ``path``.

    pdfium's error code is unreliable (a page-less PDF is reported as a
    password error, sometimes as no error at all), so pdfminer settles it.
    """
    import pdfplumber

    if code == _ERR_SECURITY:
        raise EncryptedPDFError(
            "the PDF uses an encryption this reader does not support; decrypt it first (qpdf --decrypt)", path=path
        )
    try:
        with pdfplumber.open(str(path), password=password or "") as plumber:
            page_count = len(plumber.pages)
    except Exception as error:  # noqa: BLE001 - pdfminer raises many types; the cause's name tells them apart
        cause = error.args[0] if error.args else error
        if "password" in type(cause).__name__.lower():
            if password:
                raise EncryptedPDFError("the password given for this encrypted PDF is wrong; check it", path=path, options="password") from None
            raise EncryptedPDFError(_NEEDS_PASSWORD, path=path) from None
        page_count = -1
    if page_count == 0:
        raise EmptyDocumentError("the PDF has no pages", path=path)
    if code == _ERR_PASSWORD:
        raise EncryptedPDFError(_NEEDS_PASSWORD, path=path)
    raise CorruptFileError(
        "the PDF is damaged and cannot be read; re-download it or repair it (qpdf, or print it to a new PDF)", path=path
    )


def pdf_metadata(pdf: pdfium.PdfDocument) -> dict[str, str]:
    """Title, author, subject, creator and producer when the PDF states them."""
    found = pdf.get_metadata_dict(skip_empty=True)
    return {name: str(found[key]).strip() for key, name in _METADATA_KEYS.items() if str(found.get(key, "")).strip()}


REPAIRED_WARNING = "the PDF's cross-reference table is damaged; read from pdfium's repaired copy"


def _open_plumber(path: Path, pdf: pdfium.PdfDocument, password: str | None) -> tuple[Any, bool]:
    """pdfplumber on ``path``; on pdfium's repaired copy when pdfminer cannot read the file's structure.

    A PDF with a broken cross-reference table is repaired by pdfium (it opens every page) but not always by
    pdfminer, which then fails or sees no page. The copy pdfium saves has a sound table. Returns the
    pdfplumber document (None if the copy fails too) and whether it is the repaired copy.
    """
    import io

    import pdfplumber

    try:
        plumber = pdfplumber.open(str(path), password=password or "")
    except Exception:  # noqa: BLE001 - pdfminer raises many types on a damaged structure
        plumber = None
    if plumber is not None:
        if len(plumber.pages) == len(pdf):
            return plumber, False
        plumber.close()
    buffer = io.BytesIO()
    try:
        pdf.save(buffer)
        buffer.seek(0)
        copy = pdfplumber.open(buffer, password=password or "")
    except Exception:  # noqa: BLE001 - same as above, on the copy
        return None, False
    if len(copy.pages) != len(pdf):
        copy.close()
        return None, False
    return copy, True


def _page_facts(pdf: pdfium.PdfDocument, index: int, limits: Limits) -> tuple[bool, int, PdfiumPage | None]:
    """Whether pdfium finds characters on the page, how many objects the page draws (cheap: pdfium
    parses a page in a fraction of the time pdfminer takes), and the page read through pdfium when it is
    simple enough (see :mod:`spaser_nlp.ingest.pdf_fast`; None otherwise, and for pages without text or too
    complex to read)."""
    page = pdf[index]
    objects = int(pdfium_c.FPDFPage_CountObjects(page.raw))
    textpage = page.get_textpage()
    try:
        has_chars = textpage.count_chars() > 0
        simple = None
        if has_chars and not _too_complex(objects, limits):
            try:
                simple = read_simple_page(pdf, index, textpage)
            except Exception:  # noqa: BLE001 - any surprise in the fast reading: pdfplumber reads the page
                simple = None
        return has_chars, objects, simple
    finally:
        textpage.close()


def _too_complex(objects: int, limits: Limits) -> bool:
    """More objects than pdfminer reads in reasonable time: each costs it at least a few operators."""
    return bool(limits.max_operators) and objects > (limits.max_operators or 0) // _OPERATORS_PER_OBJECT


def route_pages(
    path: Path,
    pdf: pdfium.PdfDocument,
    *,
    ocr: OcrMode,
    settings: OcrSettings,
    dpi: int,
    password: str | None,
    limits: Limits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
) -> list[Page | OcrJob]:
    """For each page, its text-layer Page or the OCR job that will read it.

    A page too large to render at ``dpi`` within ``limits.max_pixels`` is rendered at a lower resolution
    (with a warning) or refused; ``progress(done, total)`` follows the pages read.
    """
    total = len(pdf)
    check_page_count(total, path, limits)

    def job(index: int, *warnings: str) -> OcrJob:
        width, height = pdf.get_page_size(index)
        page_dpi = render_dpi(width, height, dpi, limits, path=path, page=index + 1)
        if page_dpi < dpi:
            warnings += (f"page too large to render at {dpi} dpi within the pixel limit; rendered at {page_dpi} dpi",)
        return OcrJob(str(path), "pdf", index, settings, dpi=page_dpi, password=password, warnings=tuple(warnings),
                      max_pixels=limits.max_pixels)

    if ocr == "always":
        return [job(index) for index in range(total)]
    routed: list[Page | OcrJob] = []
    languages = tuple(WORDFREQ_LANGUAGES[code] for code in settings.lang.split("+") if code in WORDFREQ_LANGUAGES)
    plumber, repaired = _open_plumber(path, pdf, password)
    if plumber is None:  # even pdfium's repaired copy is beyond pdfminer: every page is OCR'd
        return [job(index, "text layer unreadable (damaged PDF structure); page OCR'd") for index in range(len(pdf))]
    with plumber:
        for index, plumber_page in enumerate(plumber.pages):
            number = index + 1
            if progress and index:
                progress(index, total)
            has_chars, objects, simple = _page_facts(pdf, index, limits)
            if ocr == "auto" and not has_chars:
                routed.append(job(index))
                continue
            if _too_complex(objects, limits):
                plumber_page.close()
                if ocr == "never":
                    raise LimitExceededError(
                        f"page {number} draws {objects:,} objects, too many to read its text layer in reasonable time; "
                        "let it be OCR'd (drop --ocr never), or raise --max-operators", path=path,
                    )
                routed.append(job(index, f"page draws {objects:,} objects, too many to read its text layer; page OCR'd"))
                continue
            try:
                layer = read_text_layer(simple or plumber_page, number, languages)
            except Exception as error:  # noqa: BLE001 - pdfminer fails in many ways on odd pages; OCR is the fallback
                if ocr == "never":
                    raise CorruptFileError(
                        f"page {number}: the text layer cannot be read ({error}); let such pages be OCR'd",
                        path=path, options="ocr=auto",
                    ) from None
                routed.append(job(index, f"text layer unreadable ({type(error).__name__}); page OCR'd"))
                continue
            finally:
                plumber_page.close()
            if repaired and index == 0:
                layer.page.warnings.append(REPAIRED_WARNING)
            if layer.usable or ocr == "never":
                if not layer.usable:
                    layer.page.warnings.append(f"text layer unusable ({layer.reason}) but OCR was turned off")
                routed.append(layer.page)
            else:
                routed.append(job(index, f"text layer unusable ({layer.reason}); page OCR'd"))
    if progress:
        progress(total, total)
    return routed
