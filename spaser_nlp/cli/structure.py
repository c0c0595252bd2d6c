"""``spaser structure FILE`` (the plan tree) and ``spaser eval structure`` (scores on the sample gold)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from spaser_nlp.cli.app import (
    app,
    check_forms,
    document_progress,
    err_console,
    eval_app,
    run_command,
    state,
    table_console,
)


def _tree_lines(document) -> list[str]:
    from spaser_nlp.segment.query import short_name

    lines = []
    tables_by_section: dict[str | None, list] = {}
    for table in document.tables:
        tables_by_section.setdefault(table.section_id, []).append(table)
    for section in document.sections:
        indent = "  " * (section.level - 1)
        page = section.provenance.page
        name = short_name(section)
        title = section.title if name == section.title else f"{name} · {section.title}"
        lines.append(f"{indent}[{section.kind}] {title}" + (f"  (p. {page})" if page else ""))
        for table in tables_by_section.get(section.id, []):
            roles = ", ".join(table.roles) if table.roles else ""
            lines.append(f"{indent}  <table {table.id}: {table.kind}, {len(table.rows)} rows{'; ' + roles if roles else ''}>")
    return lines


@app.command("structure")
def structure_command(
    file: Path = typer.Argument(..., metavar="FILE", hidden=True, show_default=False),
    output_format: str = typer.Option("text", "--format", metavar="<text|json>", help="text (indented tree) or json."),
    ocr: str = typer.Option("auto", "--ocr", metavar="<auto|always|never>", help="As in `spaser text`."),
    workers: int = typer.Option(None, "--workers", "-w", min=1, metavar="N", help="OCR worker processes."),
) -> None:
    """Print the plan of FILE: axes, objectifs, actions, indicateurs, and the indicator tables.

    FILE: a PDF, an image or a text file, or a Document JSON from `spaser ingest`.
    """
    if output_format not in ("text", "json"):
        raise typer.BadParameter("--format must be text or json")
    from spaser_nlp.cli.inputs import cleaned_input
    from spaser_nlp.segment import indicator_rows, segment

    document = cleaned_input(file, ocr=ocr, workers=workers)  # ingest checks ocr
    document = run_command(lambda: segment(document))
    if output_format == "json":
        payload = {
            "doc_id": document.doc_id,
            "source_path": document.source_path,
            "pipeline": document.pipeline,
            "sections": [section.model_dump() for section in document.sections],
            "tables": [table.model_dump() for table in document.tables],
            "indicators": [
                {"table_id": table.id, **row.__dict__, "provenance": row.provenance.model_dump()}
                for table in document.tables
                for row in indicator_rows(document, table)
            ],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    for line in _tree_lines(document):
        typer.echo(line)
    if not state.quiet:
        kinds: dict[str, int] = {}
        for section in document.sections:
            kinds[section.kind] = kinds.get(section.kind, 0) + 1
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items())) or "no heading found"
        err_console.print(f"{summary}; {sum(t.kind == 'indicators' for t in document.tables)} indicator table(s)")


@eval_app.command("structure")
def eval_structure_command(
    corpus: Path = typer.Option(Path("corpora/samples"), metavar="DIR", help="Folder of sample documents."),
    gold: Path = typer.Option(Path("corpora/structure/gold.jsonl"), metavar="FILE", help="Gold plan trees."),
    form: list[str] = typer.Option(["born-digital"], "--form", metavar="FORM", help="born-digital and/or scanned (repeat)."),
    output_format: str = typer.Option("table", "--format", metavar="<table|json>", help="A table to read or JSON."),
) -> None:
    """Node precision/recall/F1 (all headings and plan nodes only) and parent accuracy of `spaser structure`."""
    from spaser_nlp.evaluate.structure import FORMS, evaluate_structure, summarise

    check_forms(form, FORMS)

    progress = document_progress("structuring")
    scores = run_command(lambda: evaluate_structure(corpus, gold, forms=form, on_document=progress))
    totals = summarise(scores)
    if output_format == "json":
        payload = {"documents": [s.as_dict() for s in scores], "summary": {k: v.as_dict() for k, v in totals.items()}}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    table = Table(title=f"Plan structure against {gold}")
    for column in ("document", "form", "gold", "pred", "P", "R", "F1", "plan P", "plan R", "plan F1", "parent acc", "s"):
        table.add_column(column, justify="left" if column in ("document", "form") else "right")
    for s in [*scores, *totals.values()]:
        p, r, f = s.prf
        pp, pr, pf = s.plan_prf
        table.add_row(
            s.doc_id, s.form, str(s.gold), str(s.predicted), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}",
            f"{pp:.3f}", f"{pr:.3f}", f"{pf:.3f}", f"{s.parent_accuracy:.3f}", f"{s.seconds:.1f}",
            style="bold" if s.doc_id == "ALL" else None,
        )
    table_console().print(table)
