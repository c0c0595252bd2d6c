"""OCR of many pages in parallel worker processes, results in page order.

One page per task: Tesseract is fastest with one single-threaded engine per
process (tesserocr's is built without OpenMP; a program run gets
``OMP_THREAD_LIMIT=1`` in its own environment). A job names its source file and page rather
than carrying the picture, so each worker renders or extracts its own page
and nothing large crosses process boundaries.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from spaser_nlp.document import Page
from spaser_nlp.errors import SpaserError
from spaser_nlp.ingest.ocr import OcrSettings, ocr_image
from spaser_nlp.ingest.tesseract import OcrError

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class OcrJob:
    """One page to OCR: page ``index`` (0-based) of the PDF or image at ``path``."""

    path: str
    kind: Literal["pdf", "image"]
    index: int
    settings: OcrSettings
    dpi: int = 300
    password: str | None = None
    warnings: tuple[str, ...] = ()
    max_pixels: int | None = None

    @property
    def page_number(self) -> int:
        return self.index + 1


def default_workers() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def run_job(job: OcrJob) -> Page:
    """OCR one page (runs in a worker process, or inline)."""
    if job.kind == "pdf":
        page = _ocr_pdf_page(job)
    else:
        from spaser_nlp.ingest.images import load_frame

        image, dpi = load_frame(Path(job.path), job.index, max_pixels=job.max_pixels)
        page = ocr_image(image, page_number=job.page_number, dpi=dpi, settings=job.settings)
    page.warnings[:0] = list(job.warnings)
    return page


def _ocr_pdf_page(job: OcrJob) -> Page:
    import pypdfium2 as pdfium

    from spaser_nlp.ingest.pdf_render import page_image

    pdf = pdfium.PdfDocument(job.path, password=job.password)
    try:
        pdf_page = pdf[job.index]
        width, height = pdf_page.get_size()
        picture = page_image(pdf_page, dpi=job.dpi, max_pixels=job.max_pixels)
        page = ocr_image(
            picture.image, page_number=job.page_number, dpi=picture.dpi, settings=job.settings, to_points=picture.to_points
        )
    finally:
        pdf.close()
    if page.rotation in (0, 180):
        # Keep the PDF's own page size; the boxes are in its frame.
        page.width, page.height = round(width, 2), round(height, 2)
    return page


def _start_method() -> str:
    """``fork`` where the platform has it, else ``spawn``.

    ``spawn`` and ``forkserver`` re-import the caller's ``__main__`` in every
    worker, which fails for code piped to ``python -`` and re-runs scripts that
    lack an ``if __name__ == "__main__"`` guard; a forked worker needs neither.
    """
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _init_worker() -> None:
    from spaser_nlp._lifeline import exit_with

    # A page worker whose parent is killed (a batch worker over its time budget, kill -9) ends too.
    exit_with(os.getppid())


def _page_error(job: OcrJob, error: SpaserError) -> SpaserError:
    if isinstance(error, OcrError):
        return OcrError(f"page {job.page_number}: {error.message}; check the page or try 300 dpi", path=job.path, options="dpi=300")
    return error


def ocr_pages(jobs: list[OcrJob], *, workers: int | None = None, progress: ProgressCallback | None = None) -> list[Page]:
    """OCR ``jobs`` with up to ``workers`` processes; pages come back in the order of ``jobs``."""
    if not jobs:
        return []
    workers = max(1, min(workers or default_workers(), len(jobs)))
    total = len(jobs)
    if progress:
        progress(0, total)
    if workers == 1:
        pages = []
        for done, job in enumerate(jobs, start=1):
            try:
                pages.append(run_job(job))
            except SpaserError as error:
                raise _page_error(job, error) from None
            if progress:
                progress(done, total)
        return pages
    try:
        return _run_pool(jobs, workers, progress)
    except BrokenProcessPool:
        raise OcrError(
            "an OCR worker process died (out of memory?); retry with fewer workers or a lower resolution",
            path=jobs[0].path, options=("workers", "dpi"),
        ) from None


def _run_pool(jobs: list[OcrJob], workers: int, progress: ProgressCallback | None) -> list[Page]:
    total = len(jobs)
    context = multiprocessing.get_context(_start_method())
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker) as pool:
        futures: dict[Future[Page], OcrJob] = {pool.submit(run_job, job): job for job in jobs}
        pending = set(futures)
        done_count = 0
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                error = future.exception()
                if error is not None:
                    for other in pending:
                        other.cancel()
                    if isinstance(error, SpaserError):
                        raise _page_error(futures[future], error) from None
                    raise error
                done_count += 1
                if progress:
                    progress(done_count, total)
        return [future.result() for future in futures]
