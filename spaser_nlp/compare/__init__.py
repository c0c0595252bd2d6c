"""Compare schémas: census, targets per theme, profiles, legal checklist; a French dashboard and workbook.

>>> from spaser_nlp.compare import compare  # doctest: +SKIP
>>> comparison = compare("results.duckdb")   # doctest: +SKIP
>>> comparison.themes[["theme_label", "schemas_with_target", "median_share_target"]]  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from spaser_nlp.compare.dashboard import render_dashboard
from spaser_nlp.compare.frames import COVERED_THEME_SCORE, Comparison, compare
from spaser_nlp.compare.workbook import safe_cell, write_workbook


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
