"""``spaser extract`` (quantified objectives of files) and ``spaser eval objectives`` (scores on the gold file)."""

from __future__ import annotations

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

_FORMATS = ("jsonl", "csv", "parquet")


def check_output_file(output: Path) -> None:
    """Refuse, before any work, an output path that cannot be written (missing folder, a folder)."""
    from spaser_nlp.errors import InputError

    if output.is_dir():
        raise InputError("is a folder; give a file name with -o", path=output)
    if not output.parent.is_dir():
        raise InputError("the folder of this output does not exist; create it or choose another -o", path=output)


def _document(path: Path):
    from spaser_nlp.cli.inputs import cleaned_input, is_document_json

    if is_document_json(path):  # from `spaser ingest`: clean it unless done, then segment it, as prepare() does
        from spaser_nlp.segment import segment

        document = cleaned_input(path)
        return run_command(lambda: segment(document))
    from spaser_nlp.extract import prepare

    return run_command(lambda: prepare(path))


@app.command("extract", short_help="Print the quantified objectives of each file (one JSON record per line by default).")
def extract_command(
    files: list[Path] = typer.Argument(..., metavar="FILE", hidden=True, show_default=False),
    output_format: str = typer.Option("jsonl", "--format", metavar="<jsonl|csv|parquet>", help="One JSON record per line, CSV or Parquet."),
    output: Path = typer.Option(None, "-o", "--output", metavar="FILE", help="Write here instead of stdout (required for parquet)."),
    all_quantities: bool = typer.Option(False, "--all-quantities", help="Also list rejected numbers with the reason."),
) -> None:
    """Print every quantified objective of FILE... (one JSON record per line by default).

    FILE: a PDF, an image or a text file, or a Document JSON from `spaser ingest`.
    """
    if output_format not in _FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(_FORMATS)}")
    if output_format == "parquet" and output is None:
        raise typer.BadParameter("--format parquet needs -o FILE")
    if output is not None:
        run_command(lambda: check_output_file(output))
    from spaser_nlp.extract import all_quantities as quantities_of
    from spaser_nlp.extract import extract
    from spaser_nlp.extract.collect import working_text

    rows: list[dict] = []
    objectives = []
    for path in files:
        document = _document(path)
        if all_quantities:
            text = working_text(document)
            for record in quantities_of(document):
                finding = record.finding
                rows.append({"doc_id": document.doc_id, "text": record.text, "char_start": record.start,
                             "char_end": record.end, "quantity": text[record.start:record.end][
                                 finding.start:finding.end] if record.source == "sentence" else None,
                             "value": finding.value, "unit": finding.unit, "objective": finding.reason is None,
                             "reason": finding.reason})
        else:
            objectives.extend(extract(document).objectives)
        if not state.quiet:
            err_console.print(f"{document.doc_id}: {len(document.objectives)} objectives")
    if not all_quantities:
        rows = [o.model_dump(mode="json") for o in objectives]
    _write(rows, output_format, output, frame_of=None if all_quantities else objectives)


def _write(rows: list[dict], output_format: str, output: Path | None, frame_of=None) -> None:
    import pandas as pd

    from spaser_nlp.extract import objectives_frame

    frame = objectives_frame(frame_of) if frame_of is not None else pd.DataFrame(rows)
    if output_format == "parquet":
        assert output is not None
        frame.to_parquet(output, index=False)
        return
    if output_format == "csv":
        from spaser_nlp.sheets import safe_frame

        text = safe_frame(frame).to_csv(index=False)
    else:
        text = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in rows)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@eval_app.command("objectives")
def eval_objectives_command(
    gold: Path = typer.Option(None, metavar="FILE", help="Gold JSONL file: real passages (shared dev-set format) or the "
                              "project's corpora/objectives/gold.jsonl. Default: the real dev set "
                              "../shared/data/spaser-real-dev/passages.jsonl.", show_default=False),
    split: str = typer.Option("test", metavar="<test|dev|all>", help="Which split of the project's own gold (real passages are all scored)."),
    output_format: str = typer.Option("table", "--format", metavar="<table|json>", help="A table to read or JSON."),
    errors: bool = typer.Option(False, "--errors", help="List the items with a wrong or missing record."),
    leave_source_out: int = typer.Option(0, "--leave-source-out", metavar="K",
                                         help="Cross-fit by source in K folds: each passage is scored by a detector "
                                              "also trained on the gold file's other folds (never its own source)."),
    detector: Path = typer.Option(None, "--detector", metavar="FILE",
                                  help="Score with this detector (a JSON file written by "
                                       "`python -m spaser_nlp.extract.detector_train -o FILE`) instead of the shipped one.",
                                  show_default=False),
) -> None:
    """Detection, value and exact-record P/R/F1, per-field accuracy and speed on gold objectives (real text first)."""
    from spaser_nlp.evaluate.objectives import (
        default_gold,
        evaluate_objectives,
        file_predictor,
        headline,
        leave_source_out_predictor,
        load_gold,
        source_safe_predictor,
    )

    if split not in ("test", "dev", "all"):
        raise typer.BadParameter("--split must be test, dev or all")
    gold_path = gold if gold is not None else default_gold()
    items = run_command(lambda: load_gold(gold_path, split=None if split == "all" else split))
    real = bool(items) and all(item.get("real") for item in items)
    label = f"real passages ({gold_path.name})" if real else f"{gold_path.name} ({split} split)"
    note: str | None
    if detector is not None:
        if leave_source_out:
            raise typer.BadParameter("--detector and --leave-source-out do not go together (leave-source-out refits)")
        predictor, note = run_command(lambda: file_predictor(detector, items))
        label += f", detector {detector.name}"
    elif leave_source_out:
        predictor, note = run_command(lambda: leave_source_out_predictor(items, leave_source_out))
        label += f", leave-source-out ({leave_source_out} folds)"
    else:
        predictor, note = run_command(lambda: source_safe_predictor(items))
    scores = evaluate_objectives(items, predictor)
    if note and not state.quiet:
        err_console.print(note)
    if output_format == "json":
        payload = {"gold": str(gold_path), "split": "real" if real else split, "note": note, **scores.as_dict()}
        if errors:
            payload["errors"] = scores.errors
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    table = Table(title=f"Quantified objectives: {label}, {scores.items} items")
    for column in ("metric", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for name, values in (("detection", scores.detection), ("value", scores.value), ("exact record", scores.exact)):
        table.add_row(name, f"{values['precision']:.3f}", f"{values['recall']:.3f}", f"{values['f1']:.3f}")
    table_console().print(table)
    fields = Table(title="Per-field accuracy (value-matched records)")
    fields.add_column("field")
    fields.add_column("accuracy", justify="right")
    for name, value in scores.fields.items():
        fields.add_row(name, f"{value:.3f}")
    table_console().print(fields)
    if errors:
        for error in scores.errors:
            typer.echo(json.dumps(error, ensure_ascii=False))
    if not state.quiet:
        err_console.print(f"speed: {scores.sentences_per_second:.0f} items/s (one core)")
    # the headline figures, last on stdout (a CI log or a hook shows the tail)
    for line in headline(scores, label):
        typer.echo(line)
