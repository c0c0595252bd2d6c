"""``spaser text`` and ``spaser ingest``: read a PDF, image or text file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from spaser_nlp.cli.app import app, err_console, run_command, state
from spaser_nlp.cli.options import MAX_MEGAPIXELS, MAX_OPERATORS, MAX_PAGES, MAX_STREAM_MIB, limits_from
from spaser_nlp.errors import InputError
from spaser_nlp.limits import Limits

if TYPE_CHECKING:  # the Document model (pydantic) is imported by the commands that read or write one
    from spaser_nlp.document import Document


class OcrChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


# Arguments are described in the command's docstring: typer would print a type label such as `<path>` beside them.
_FILE = typer.Argument(..., metavar="FILE", hidden=True, show_default=False)
_PASSWORD = typer.Option(None, "--password", metavar="PASSWORD", help="Password of an encrypted PDF.")
_OCR = typer.Option(OcrChoice.auto, "--ocr", help="auto: OCR only the pages without a usable text layer; always: every page; never: no OCR.")
_WORKERS = typer.Option(None, "--workers", "-w", min=1, metavar="N", help="OCR worker processes (default: number of cores).")
_DPI = typer.Option(300, "--dpi", min=72, max=1200, metavar="DPI", help="Resolution for rendering PDF pages to OCR.")
_LANG = typer.Option("fra", "--lang", metavar="LANG", help="Tesseract language(s), e.g. fra or fra+eng.")


# Text-layer reading shows a bar only for documents at least this long (a few seconds' reading).
_READING_BAR_PAGES = 20


@contextmanager
def _ocr_progress(label: str, kind: str = "OCR", min_total: int = 1) -> Iterator[Callable[[int, int], None] | None]:
    """A per-page progress bar on stderr, shown once OCR starts (none with --quiet or when stderr is not a terminal).

    ``kind`` names the phase (``OCR`` or ``reading``); documents of fewer than ``min_total`` pages show no bar.
    """
    if state.quiet or not err_console.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
    )

    bar = Progress(
        TextColumn(f"[bold]{kind}[/] {{task.description}}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    task_ids: list[TaskID] = []

    def update(done: int, total: int) -> None:
        # Started on the first OCR'd page only: text-layer documents show no OCR bar at all.
        if total < min_total:
            return
        if not task_ids:
            bar.start()
            task_ids.append(bar.add_task(label, total=total))
        bar.update(task_ids[0], completed=done, total=total)

    try:
        yield update
    finally:
        if task_ids:
            bar.stop()


def _ingest(
    file: Path, password: str | None, ocr: OcrChoice, workers: int | None, dpi: int, lang: str, limits: Limits
) -> Document:
    from spaser_nlp.ingest import ingest

    with _ocr_progress(file.name) as progress, _ocr_progress(file.name, "reading", _READING_BAR_PAGES) as reading:
        return run_command(
            lambda: ingest(file, password=password, ocr=ocr.value, workers=workers, dpi=dpi, lang=lang,
                           progress=progress, reading=reading, limits=limits)
        )


@app.command("text")
def text_command(
    file: Path = _FILE,
    password: str = _PASSWORD,
    ocr: OcrChoice = _OCR,
    workers: int = _WORKERS,
    dpi: int = _DPI,
    lang: str = _LANG,
    max_pages: int = MAX_PAGES,
    max_megapixels: int = MAX_MEGAPIXELS,
    max_stream_mib: int = MAX_STREAM_MIB,
    max_operators: int = MAX_OPERATORS,
) -> None:
    """Print the document's text in reading order (pages separated by a form feed).

    FILE: a PDF, an image (PNG, JPEG, TIFF) or a text file (.txt, .md).
    """
    limits = limits_from(max_pages, max_megapixels, max_stream_mib, max_operators)
    document = _ingest(file, password, ocr, workers, dpi, lang, limits)
    run_command(lambda: typer.echo(document.text))


@app.command("ingest")
def ingest_command(
    file: Path = _FILE,
    output: Path = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the Document JSON here (default: stdout)."),
    password: str = _PASSWORD,
    ocr: OcrChoice = _OCR,
    workers: int = _WORKERS,
    dpi: int = _DPI,
    lang: str = _LANG,
    max_pages: int = MAX_PAGES,
    max_megapixels: int = MAX_MEGAPIXELS,
    max_stream_mib: int = MAX_STREAM_MIB,
    max_operators: int = MAX_OPERATORS,
) -> None:
    """Read a PDF, image or text file into the Document JSON that later stages take.

    FILE: a PDF, an image (PNG, JPEG, TIFF) or a text file (.txt, .md).
    """
    limits = limits_from(max_pages, max_megapixels, max_stream_mib, max_operators)
    document = _ingest(file, password, ocr, workers, dpi, lang, limits)
    if output is None:
        run_command(lambda: typer.echo(document.to_json(indent=1)))
        return
    def save() -> None:
        try:
            document.save(output)
        except OSError as error:
            raise InputError(f"cannot write ({error.strerror}); check the folder exists (-o)", path=output) from None

    run_command(save)
    if not state.quiet:
        ocr_pages = sum(page.source == "ocr" for page in document.pages)
        err_console.print(f"{file.name}: {document.page_count} page(s), {ocr_pages} OCR'd → {output}", highlight=False)
