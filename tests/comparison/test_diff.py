"""`spaser diff`: two generations of a schéma, matched objectives, axes and checklist changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from spaser_nlp.comparison.diff import (
    ObjectiveView,
    Snapshot,
    diff_snapshots,
    similarity,
)

ROOT = Path(__file__).resolve().parents[2]


def _view(index: int, value: float, subject: str, unit: str = "%", themes: tuple[str, ...] = ()) -> ObjectiveView:
    return ObjectiveView(index, value, unit, "rate", "reach", None, subject, themes, subject)


def test_units_that_cannot_be_compared_never_match() -> None:
    assert similarity(_view(0, 20, "heures d'insertion", unit="heures"), _view(0, 20, "heures d'insertion")) == 0.0


def test_each_objective_is_matched_at_most_once_and_the_rest_is_added_or_dropped() -> None:
    before = Snapshot("a", [_view(0, 15, "part des marchés avec clause sociale"), _view(1, 20, "consommation d'énergie des bâtiments")], ["Axe 1 – Emploi"], {"suivi_annuel": "partial"})
    after = Snapshot("b", [_view(0, 30, "part des marchés comportant une clause sociale"), _view(1, 12, "part des marchés clause sociale femmes"), _view(2, 40, "émissions de gaz à effet de serre")], ["Axe 1 – Emploi et inclusion", "Axe 2 – Climat"], {"suivi_annuel": "met"})
    diff = diff_snapshots(before, after)
    statuses = sorted(c.status for c in diff.objectives)
    assert statuses == ["added", "added", "dropped", "raised"]
    raised = next(c for c in diff.objectives if c.status == "raised")
    assert (raised.before.value, raised.after.value) == (15, 30)
    assert [(a.status, a.after) for a in diff.axes] == [("renamed", "Axe 1 – Emploi et inclusion"), ("new", "Axe 2 – Climat")]
    assert diff.checklist == [("suivi_annuel", "partial", "met")]


def test_diff_cli_json_and_eval_on_the_pairs(tmp_path: Path) -> None:
    pairs = ROOT / "corpora" / "analyst" / "pairs"
    completed = subprocess.run(
        [sys.executable, "-m", "spaser_nlp", "diff", str(pairs / "dept-2019.txt"), str(pairs / "dept-2025.txt"), "--format", "json"],
        capture_output=True, text=True, timeout=120, check=True,
    )
    payload = json.loads(completed.stdout)
    assert payload["counts"]["raised"] >= 3 and payload["counts"]["added"] >= 1 and payload["counts"]["dropped"] >= 1
    page = tmp_path / "diff.html"
    subprocess.run(
        [sys.executable, "-m", "spaser_nlp", "--quiet", "diff", str(pairs / "ville-2023.txt"), str(pairs / "ville-2027.txt"), "--format", "html", "-o", str(page)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    html = page.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and "relevé" in html and "ajouté" in html
    completed = subprocess.run(
        [sys.executable, "-m", "spaser_nlp", "eval", "diff", "--format", "json"], cwd=ROOT, capture_output=True, text=True, timeout=180, check=True,
    )
    summary = json.loads(completed.stdout)["summary"]
    assert summary["precision"] >= 0.9 and summary["recall"] >= 0.9


def test_snapshot_from_store_reads_missing_values() -> None:
    # A results store gives nulls back as NaN in string columns (pandas' str dtype), not None:
    # `spaser diff --db results.duckdb A B` failed with "'float' object has no attribute 'lower'".
    from types import SimpleNamespace

    import numpy as np
    import pandas as pd

    from spaser_nlp.comparison.diff import diff_snapshots, snapshot_from_store

    def objectives(doc_id: str, subjects: list[str | None]) -> pd.DataFrame:
        n = len(subjects)
        return pd.DataFrame({
            "doc_id": [doc_id] * n, "objective_index": range(n), "value": [30.0] * n,
            "unit": pd.Series(["%"] * n, dtype="str"), "kind": pd.Series(["share"] * n, dtype="str"),
            "direction": pd.Series([None] * n, dtype="str"), "horizon_year": pd.array([2028] * n, dtype="Int64"),
            "subject": pd.Series(subjects, dtype="str"), "themes": [np.array(["bio"])] * n,
            "text": pd.Series(["30 % de produits bio"] * n, dtype="str"), "page": [1] * n,
        })

    results = SimpleNamespace(
        documents=pd.DataFrame({"doc_id": ["a", "b"]}),
        objectives=pd.concat([objectives("a", [None, "produits bio"]), objectives("b", [None])], ignore_index=True),
        sections=pd.DataFrame({"doc_id": ["a"], "kind": ["axe"], "title": pd.Series([None], dtype="str")}),
        checklist=pd.DataFrame({"doc_id": [], "rule_id": [], "status": []}),
        profile=pd.DataFrame({"doc_id": ["a"], "field": ["authority_name"], "value": pd.Series([None], dtype="str")}),
    )
    before, after = snapshot_from_store(results, "a"), snapshot_from_store(results, "b")
    assert [o.subject for o in before.objectives] == ["", "produits bio"] and before.objectives[0].direction == ""
    assert before.objectives[0].themes == ("bio",) and before.label == "a" and before.axes == [""]
    assert diff_snapshots(before, after) is not None
