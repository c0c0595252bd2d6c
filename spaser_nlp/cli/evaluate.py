"""``spaser eval ocr``: reading order and OCR quality on the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from spaser_nlp.cli.app import (
    check_forms,
    document_progress,
    eval_app,
    run_command,
    table_console,
)


@eval_app.command("ocr")
def eval_ocr(
    corpus: Path = typer.Option(Path("corpora/samples"), metavar="DIR", help="Folder of sample documents with ground truth."),
    form: list[str] = typer.Option(
        ["born-digital", "scanned", "mixed"], "--form", metavar="FORM",
        help="Forms to score (repeat): born-digital, scanned, mixed, photocopy, photocopy-b, photo, rotated, rotated-scan.",
    ),
    workers: int = typer.Option(None, metavar="N", help="OCR worker processes (default: number of cores)."),
    output_format: str = typer.Option("table", "--format", metavar="<table|json>", help="A table to read or JSON."),
) -> None:
    """CER and WER of `spaser text` against the ground truth, per document and form."""
    from spaser_nlp.evaluate.ocr import FORMS, evaluate_ocr, summarise

    check_forms(form, FORMS)

    progress = document_progress("scoring")
    scores = run_command(lambda: evaluate_ocr(corpus, forms=form, workers=workers, on_document=progress))
    summary = summarise(scores)
    if output_format == "json":
        typer.echo(json.dumps({"documents": [s.as_dict() for s in scores], "summary": summary}, indent=1))
        return
    table = Table(title="Ingestion quality (whitespace-normalised)")
    for column in ("document", "form", "pages", "OCR pages", "CER %", "WER %", "worst page (CER %)", "s"):
        table.add_column(column, justify="right" if column not in ("document", "form") else "left")
    for s in scores:
        table.add_row(
            s.doc_id, s.form, str(s.pages), str(s.ocr_pages), f"{100 * s.cer:.2f}", f"{100 * s.wer:.2f}",
            f"{s.worst_page} ({100 * s.worst_page_cer:.2f})" if s.worst_page else "-", f"{s.seconds:.1f}",
        )
    for name, row in summary.items():
        table.add_row(
            "ALL", name, str(row["pages"]), "", f"{100 * row['cer']:.2f}", f"{100 * row['wer']:.2f}", "",
            f"{row['seconds_per_page']:.2f}/page", style="bold",
        )
    table_console().print(table)
