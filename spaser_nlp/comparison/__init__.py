"""Compare schémas: census, targets per theme, profiles, legal checklist; a French dashboard and workbook.

``compare("results.duckdb")`` (also ``spaser_nlp.compare``) returns a :class:`Comparison` of DataFrames;
``write_comparison`` writes ``comparaison.html`` and ``comparaison.xlsx``; :mod:`.diff` sets two
generations of a schéma side by side.
"""

from __future__ import annotations

from pathlib import Path

from spaser_nlp.comparison.dashboard import render_dashboard
from spaser_nlp.comparison.frames import COVERED_THEME_SCORE, Comparison, compare
from spaser_nlp.comparison.workbook import safe_cell, write_workbook


def write_comparison(comparison: Comparison, directory: str | Path) -> list[Path]:
    """Write ``comparaison.html`` and ``comparaison.xlsx`` into ``directory`` (created if needed)."""
    from spaser_nlp.errors import InputError

    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise InputError("exists and is not a folder; choose another output folder", path=directory)
    directory.mkdir(parents=True, exist_ok=True)
    html_path = directory / "comparaison.html"
    html_path.write_text(render_dashboard(comparison), encoding="utf-8")
    return [html_path, write_workbook(comparison, directory / "comparaison.xlsx")]


__all__ = ["COVERED_THEME_SCORE", "Comparison", "compare", "render_dashboard", "safe_cell", "write_comparison", "write_workbook"]
