"""``spaser compare --db results.duckdb -o OUTDIR``: schémas side by side (dashboard and workbook)."""

from __future__ import annotations

from pathlib import Path

import typer

from spaser_nlp.cli.app import app, err_console, run_command, state


@app.command("compare", short_help="Compare the schémas of a batch: French HTML dashboard and workbook.")
def compare_command(
    db: Path = typer.Option(..., "--db", metavar="FILE", help="Results store written by `spaser batch`.", show_default=False),
    output: Path = typer.Option(..., "-o", "--output", metavar="DIR", help="Folder for comparaison.html and comparaison.xlsx.", show_default=False),
) -> None:
    """Compare the schémas of a batch: census, targets per theme, profiles, legal checklist (French HTML + workbook)."""
    from spaser_nlp.comparison import compare, write_comparison

    comparison = run_command(lambda: compare(db))
    written = run_command(lambda: write_comparison(comparison, output))
    if not state.quiet:
        n = len(comparison.schemas)
        err_console.print(
            f"{n} schéma{'s' if n > 1 else ''}, {len(comparison.targets)} cibles par thème; wrote "
            + ", ".join(str(path) for path in written)
        )


@app.command("diff", short_help="What changed between two generations of a schéma (objectives, axes, checklist).")
def diff_command(
    before: str = typer.Argument(..., metavar="A", hidden=True, show_default=False),
    after: str = typer.Argument(..., metavar="B", hidden=True, show_default=False),
    db: Path = typer.Option(None, "--db", metavar="FILE", help="Read both schémas from this results store (by doc_id)."),
    output_format: str = typer.Option("text", "--format", metavar="<text|json|html>", help="text (French), json or html."),
    output: Path = typer.Option(None, "-o", "--output", metavar="FILE", help="Write to this file instead of stdout."),
) -> None:
    """What changed between two generations of a schéma: objectives raised, lowered, added, dropped; axes; checklist.

    A, B: the first and the second generation, each a file (PDF, image or text), or a doc_id with --db.
    """
    if output_format not in ("text", "json", "html"):
        raise typer.BadParameter("--format must be text, json or html")
    import json

    from spaser_nlp.comparison.diff import (
        diff_snapshots,
        snapshot_from_store,
        snapshot_of_document,
    )
    from spaser_nlp.comparison.diff_report import diff_html, diff_text
    from spaser_nlp.errors import InputError
    from spaser_nlp.pipeline import document_status, run_pipeline

    stored: list = []

    def snapshot(name: str):
        if db is not None:
            from spaser_nlp.store import load_results

            if not db.is_file():
                raise InputError("no such results store; write one with `spaser batch FILES --db FILE` first", path=db)
            if not stored:
                stored.append(load_results(db))
            return snapshot_from_store(stored[0], name)
        document = run_pipeline(Path(name))
        if document_status(document) == "failed":
            raise InputError(document.errors[0].message)
        return snapshot_of_document(document)

    diff = run_command(lambda: diff_snapshots(snapshot(before), snapshot(after)))
    if output_format == "json":
        text = json.dumps(diff.as_dict(), ensure_ascii=False, indent=1)
    elif output_format == "html":
        text = diff_html(diff)
    else:
        text = diff_text(diff)
    if output is None:
        typer.echo(text)
        return
    def write() -> None:
        try:
            output.write_text(text + ("\n" if not text.endswith("\n") else ""), encoding="utf-8")
        except OSError as error:
            raise InputError(f"cannot write the output ({error.strerror}); check the folder", path=output) from None

    run_command(write)
    if not state.quiet:
        err_console.print(f"wrote {output}")
