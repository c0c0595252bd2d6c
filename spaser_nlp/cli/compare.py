"""``spaser compare --db results.duckdb -o OUTDIR``: schémas side by side (dashboard and workbook)."""

from __future__ import annotations

from pathlib import Path

import typer

from spaser_nlp.cli.app import app, err_console, run_command, state


@app.command("compare")
def compare_command(
    db: Path = typer.Option(..., "--db", help="Results store written by `spaser batch`.", show_default=False),
    output: Path = typer.Option(..., "-o", "--output", help="Folder for comparaison.html and comparaison.xlsx.", show_default=False),
) -> None:
    """Compare the schémas of a batch: census, targets per theme, profiles, legal checklist (French HTML + workbook)."""
    from spaser_nlp.compare import compare, write_comparison

    comparison = run_command(lambda: compare(db))
    written = run_command(lambda: write_comparison(comparison, output))
    if not state.quiet:
        n = len(comparison.schemas)
        err_console.print(
            f"{n} schéma{'s' if n > 1 else ''}, {len(comparison.targets)} cibles par thème; wrote "
            + ", ".join(str(path) for path in written)
        )
