"""``spaser profile`` (who wrote the schéma and when), ``spaser checklist`` (does it meet the law) and their evaluations."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import typer

from spaser_nlp.cli.app import (
    app,
    err_console,
    eval_app,
    run_command,
    state,
    table_console,
)

_PROFILE_FIELDS = ("authority_name", "authority_type", "period", "adoption_date", "generation")


def _documents(files: list[Path], ocr: str):
    """Run the whole pipeline on each file; yield the documents that could be read, report the others."""
    from spaser_nlp.pipeline import document_status, run_pipeline

    failed = 0
    for path in files:
        document = run_pipeline(path, ingest_options={"ocr": ocr})
        if document_status(document) == "failed":
            failed += 1
            err_console.print(f"[bold red]error:[/] {document.errors[0].message}", highlight=False, soft_wrap=True)
            continue
        for error in document.errors:
            err_console.print(f"warning: {path}: stage {error.stage} failed: {error.message}", highlight=False, soft_wrap=True)
        yield document
    if failed:
        raise typer.Exit(2)


def profile_record(document) -> dict:
    """One flat record per document: each profile field with its confidence, page and quoted evidence."""
    record: dict = {"doc_id": document.doc_id, "source_path": document.source_path}
    profile = document.profile
    for name in _PROFILE_FIELDS:
        fact = getattr(profile, name) if profile else None
        record[name] = fact.value if fact else None
        record[f"{name}_confidence"] = fact.confidence if fact else None
        record[f"{name}_page"] = fact.evidence.provenance.page if fact and fact.evidence else None
        record[f"{name}_evidence"] = fact.evidence.quote if fact and fact.evidence else None
    record["generation_number"] = profile.generation_number if profile else None
    return record


@app.command("profile", short_help="Who wrote each schéma and when: authority, period, adoption date, generation.")
def profile_command(
    files: list[Path] = typer.Argument(..., metavar="FILE", hidden=True, show_default=False),
    output_format: str = typer.Option("jsonl", "--format", metavar="<jsonl|csv>", help="One JSON record per line, or CSV."),
    ocr: str = typer.Option("auto", "--ocr", metavar="<auto|always|never>", help="As in `spaser text`."),
) -> None:
    """Who wrote each schéma and when: authority name and type, period, adoption date, first schéma or renewal.

    FILE: a schéma as a PDF, an image or a text file.
    """
    if output_format not in ("jsonl", "csv"):
        raise typer.BadParameter("--format must be jsonl or csv")
    records = [profile_record(document) for document in run_command(lambda: list(_documents(files, ocr)))]
    if output_format == "jsonl":
        for record in records:
            typer.echo(json.dumps(record, ensure_ascii=False))
        return
    if records:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]))
        writer.writeheader()
        writer.writerows(records)


@app.command("checklist", short_help="Does each schéma contain what art. L. 2111-3 requires? Verdict and evidence per rule.")
def checklist_command(
    files: list[Path] = typer.Argument(..., metavar="FILE", hidden=True, show_default=False),
    output_format: str = typer.Option("text", "--format", metavar="<text|json>", help="text (French, for reading) or json."),
    ocr: str = typer.Option("auto", "--ocr", metavar="<auto|always|never>", help="As in `spaser text`."),
) -> None:
    """Does each schéma contain what article L. 2111-3 requires? Verdict, reason and evidence per rule, and national targets.

    FILE: a schéma as a PDF, an image or a text file.
    """
    if output_format not in ("text", "json"):
        raise typer.BadParameter("--format must be text or json")
    from spaser_nlp.checklist import STATUS_LABELS

    documents = run_command(lambda: list(_documents(files, ocr)))
    for document in documents:
        if output_format == "json":
            payload = {
                "doc_id": document.doc_id,
                "source_path": document.source_path,
                "profile": profile_record(document),
                "checklist": [item.model_dump() for item in document.checklist],
                "national_targets": [comparison.model_dump() for comparison in document.target_comparisons],
            }
            typer.echo(json.dumps(payload, ensure_ascii=False))
            continue
        typer.echo(f"# {document.doc_id} ({document.source_path})")
        for item in document.checklist:
            typer.echo(f"[{STATUS_LABELS[item.status]}] {item.title} — {item.legal_source}")
            typer.echo(f"    {item.reason}")
            for quote in item.evidence[:2]:
                page = f"p. {quote.provenance.page}" if quote.provenance.page else "p. ?"
                typer.echo(f"    « {quote.quote[:160]} » ({page})")
        positions = {"below": "en dessous de", "at": "au niveau de", "above": "au-dessus de"}
        for comparison in document.target_comparisons:
            typer.echo(
                f"[cible nationale] {comparison.objective_value:g} % {positions[comparison.position]} "
                f"{comparison.national_value:g} % — {comparison.target_label} ({comparison.legal_source})"
            )
        typer.echo("")


def _accuracy_rows(scores, part: str):
    from spaser_nlp.evaluate.analyst import accuracy_table

    return accuracy_table(scores, part)


@eval_app.command("checklist")
def eval_checklist_command(
    gold: Path = typer.Option(Path("corpora/analyst/gold.jsonl"), metavar="FILE", help="Gold profiles and checklists."),
    output_format: str = typer.Option("table", "--format", metavar="<table|json>", help="A table to read or JSON."),
) -> None:
    """Accuracy of `spaser profile` per field and of `spaser checklist` per rule (samples and hand-made variants)."""
    from spaser_nlp.evaluate.analyst import evaluate_analyst

    def progress(path: str) -> None:
        if not state.quiet:
            err_console.print(f"checking {path}…")

    scores = run_command(lambda: evaluate_analyst(gold, on_document=progress))
    tables = {part: _accuracy_rows(scores, part) for part in ("profile", "checklist")}
    if output_format == "json":
        payload = {"documents": [s.as_dict() for s in scores], "accuracy": tables}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    for part, rows in tables.items():
        table = Table(title=f"{part} accuracy against {gold}")
        for column in ("field" if part == "profile" else "rule", "all", "n", "samples", "hand-made"):
            table.add_column(column, justify="left" if column in ("field", "rule") else "right")
        for key, row in rows.items():
            table.add_row(
                key, f"{row.get('all', 0):.2f}", str(int(row.get("n_all", 0))),
                f"{row['sample']:.2f}" if "sample" in row else "-", f"{row['hand-made']:.2f}" if "hand-made" in row else "-",
            )
        table_console().print(table)


@eval_app.command("diff")
def eval_diff_command(
    gold: Path = typer.Option(Path("corpora/analyst/diff-gold.jsonl"), metavar="FILE", help="Schéma pairs with their gold matches."),
    output_format: str = typer.Option("table", "--format", metavar="<table|json>", help="A table to read or JSON."),
) -> None:
    """Precision and recall of `spaser diff`'s objective matches and renamed axes on hand-made schéma pairs."""
    from spaser_nlp.evaluate.analyst import evaluate_diff

    scores = run_command(lambda: evaluate_diff(gold))
    predicted = sum(s.predicted_matches for s in scores)
    correct = sum(s.correct_matches for s in scores)
    gold_total = sum(s.gold_matches for s in scores)
    summary = {
        "precision": correct / predicted if predicted else 0.0,
        "recall": correct / gold_total if gold_total else 0.0,
        "axes_recall": sum(s.found_renamed for s in scores) / max(1, sum(s.gold_renamed for s in scores)),
    }
    if output_format == "json":
        typer.echo(json.dumps({"pairs": [s.as_dict() for s in scores], "summary": summary}, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    table = Table(title=f"spaser diff against {gold}")
    for column in ("pair", "gold", "predicted", "correct", "renamed axes found"):
        table.add_column(column, justify="left" if column == "pair" else "right")
    for s in scores:
        table.add_row(f"{Path(s.before).stem} → {Path(s.after).stem}", str(s.gold_matches), str(s.predicted_matches),
                      str(s.correct_matches), f"{s.found_renamed}/{s.gold_renamed}")
    table_console().print(table)
    typer.echo(f"match precision {summary['precision']:.3f}, recall {summary['recall']:.3f}; renamed axes recall {summary['axes_recall']:.3f}")
