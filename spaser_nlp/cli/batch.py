"""``spaser batch`` and ``spaser export``: many documents into a DuckDB results store, and back out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

import typer

from spaser_nlp.cli.app import app, err_console, run_command, state
from spaser_nlp.cli.options import MAX_MEGAPIXELS, MAX_OPERATORS, MAX_PAGES, MAX_STREAM_MIB, limits_from


class OcrChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class ExportChoice(str, Enum):
    parquet = "parquet"
    csv = "csv"
    xlsx = "xlsx"


_DB = typer.Option(..., "--db", metavar="FILE", help="The DuckDB results store (created if missing).", show_default=False)
# Arguments are described in the command's docstring: typer would print a type label such as `<list[str]>` beside them.
_INPUTS = typer.Argument(..., metavar="INPUT", hidden=True, show_default=False)
_WORKERS = typer.Option(None, "--workers", "-w", min=1, metavar="N", help="Local worker processes (default: number of cores).")
_SCHEDULER = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Run on this Dask cluster, e.g. tcp://10.0.0.5:8786.")
_RETRY = typer.Option(False, "--retry-failed", help="Redo documents stored with status failed.")
_OCR = typer.Option(OcrChoice.auto, "--ocr", help="auto: OCR only the pages without a usable text layer; always: every page; never: no OCR.")
_DPI = typer.Option(300, "--dpi", min=72, max=1200, metavar="DPI", help="Resolution for rendering PDF pages to OCR.")
_LANG = typer.Option("fra", "--lang", metavar="LANG", help="Tesseract language(s).")
_STAGES = typer.Option(None, "--stages", metavar="STAGES", help="Comma-separated stages (default: all installed), e.g. ingest,clean.")
_QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar or summary on stderr.")
_TIMEOUT = typer.Option(
    1800.0, "--timeout", min=0, metavar="SECONDS",
    help="Seconds one document may take; past them it is stopped and recorded as failed (timeout). 0: no limit.",
)
_JSON_LOG = typer.Option(False, "--json-log", help="One JSON line per document and a final summary on stdout.")


@contextmanager
def _progress(show: bool) -> Iterator[object]:
    """A rich progress bar with ETA on stderr; yields the event callback (None when hidden)."""
    if not show:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from spaser_nlp.batch import BatchEvent

    bar = Progress(
        TextColumn("[bold]batch[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )
    task = bar.add_task("documents", total=None, failed=0)

    def update(event: BatchEvent) -> None:
        if event.kind == "start":
            bar.update(task, total=event.total)
        elif event.kind == "document" and event.document is not None:
            failed = bar.tasks[0].fields["failed"] + (event.document.status == "failed")
            bar.update(task, completed=event.done, failed=failed)

    with bar:
        yield update


def _json_log(event: object) -> None:
    from spaser_nlp.batch import BatchEvent

    assert isinstance(event, BatchEvent)
    if event.kind == "document" and event.document is not None:
        document = event.document
        record = {
            "event": "document",
            "done": event.done,
            "total": event.total,
            "doc_id": document.doc_id,
            "path": document.path,
            "status": document.status,
            "pages": document.pages,
            "seconds": round(document.seconds, 3),
            "error": document.error,
        }
    elif event.kind == "start" and event.summary is not None:
        record = {"event": "start", "total": event.total, "skipped": event.summary.skipped, "run_id": event.summary.run_id}
    elif event.summary is not None:
        record = {"event": "summary", **event.summary.as_dict()}
    else:  # pragma: no cover
        return
    typer.echo(json.dumps(record, ensure_ascii=False))


def _print_summary(summary: object) -> None:
    from rich.table import Table

    from spaser_nlp.batch import BatchSummary

    assert isinstance(summary, BatchSummary)
    rate = summary.seconds or 1e-9
    table = Table(title=f"spaser batch → {summary.db}", title_justify="left", show_header=False)
    table.add_column("", style="bold")
    table.add_column("", justify="right")
    rows = [
        ("documents", summary.inputs),
        ("ok", summary.ok),
        ("partial", summary.partial),
        ("failed", f"[red]{summary.failed}[/]" if summary.failed else 0),
        ("skipped (already stored)", summary.skipped),
        ("pages", summary.pages),
        ("seconds", f"{summary.seconds:.1f}"),
        ("documents/s", f"{summary.processed / rate:.2f}"),
        ("pages/s", f"{summary.pages / rate:.2f}"),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    err_console.print(table)
    if summary.skipped_stages:
        err_console.print(f"stages not installed, skipped: {', '.join(summary.skipped_stages)}", highlight=False)
    if summary.failures:
        failures = Table("document", "error", title="failed documents", title_justify="left")
        for doc_id, error in summary.failures[:20]:
            failures.add_row(doc_id, error)
        err_console.print(failures)
        if len(summary.failures) > 20:
            err_console.print(f"… and {len(summary.failures) - 20} more (see the errors table)")
        message = f"{summary.failed} document(s) failed; rerun with --retry-failed after fixing them"
        err_console.print(message, highlight=False)


@app.command("batch", short_help="Run the whole pipeline over many documents into a DuckDB results store (resumable).")
def batch_command(
    inputs: list[str] = _INPUTS,
    db: Path = _DB,
    workers: int = _WORKERS,
    scheduler: str = _SCHEDULER,
    retry_failed: bool = _RETRY,
    ocr: OcrChoice = _OCR,
    dpi: int = _DPI,
    lang: str = _LANG,
    stages: str = _STAGES,
    quiet: bool = _QUIET,
    json_log: bool = _JSON_LOG,
    timeout: float = _TIMEOUT,
    max_pages: int = MAX_PAGES,
    max_megapixels: int = MAX_MEGAPIXELS,
    max_stream_mib: int = MAX_STREAM_MIB,
    max_operators: int = MAX_OPERATORS,
) -> None:
    """Run the whole pipeline over many documents into a DuckDB results store (resumable; exit 1 if any failed).

    INPUT: files, folders or globs (quote the globs).
    """
    from spaser_nlp.batch import run_batch

    quiet = quiet or state.quiet
    stage_names = [name.strip() for name in stages.split(",") if name.strip()] if stages else None
    show_bar = not quiet and not json_log and err_console.is_terminal
    with _progress(show_bar) as on_event:
        callback = _json_log if json_log else on_event
        summary = run_command(
            lambda: run_batch(
                inputs, db, workers=workers, scheduler=scheduler, retry_failed=retry_failed, stages=stage_names,
                ocr=ocr.value, dpi=dpi, lang=lang, on_event=callback,  # type: ignore[arg-type]
                limits=limits_from(max_pages, max_megapixels, max_stream_mib, max_operators), timeout=timeout or None,
            )
        )
    if not quiet:
        _print_summary(summary)
    raise typer.Exit(summary.exit_code)


@app.command("export")
def export_command(
    directory: Path = typer.Argument(..., metavar="DIR", hidden=True, show_default=False),
    db: Path = typer.Option(..., "--db", metavar="FILE", help="The DuckDB results store written by `spaser batch`.", show_default=False),
    to: ExportChoice = typer.Option(ExportChoice.parquet, "--to", help="parquet, csv (one file per table) or xlsx."),
) -> None:
    """Export every table of a results store to Parquet, CSV or one Excel workbook.

    DIR: the folder for the exported tables (created).
    """
    from spaser_nlp.store import export_results

    written = run_command(lambda: export_results(db, directory, to=to.value))
    if not state.quiet:
        err_console.print(f"{len(written)} file(s) written to {directory}", highlight=False)
    for path in written:
        typer.echo(str(path))
