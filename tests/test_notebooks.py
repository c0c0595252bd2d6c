"""The notebooks run top to bottom, as notebooks: nbclient starts a Jupyter kernel and executes every cell.

The kernel is this test run's Python (its ipykernel), described by a kernel spec written in the test's
temporary folder: nothing is registered in the user's or the system's Jupyter paths, and the kernel's
connection file, IPython profile and runtime files stay in that folder too. Each check reads what the
notebook *shows* (its outputs), or asks the kernel for values with one extra cell, so a cell that runs
but shows nothing fails.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
KERNEL = "spaser-tests"


def _execute(path: Path, tmp_path: Path, extra_cell: str | None = None):
    """Execute the notebook at ``path`` in a fresh kernel of this venv; returns the executed notebook."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    spec_dir = tmp_path / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    path_entries = [str(ROOT), *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]]
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "spaser_nlp tests", "language": "python",
        # The checkout under test first on the kernel's path, whatever is installed in the venv.
        "env": {"PYTHONPATH": os.pathsep.join(path_entries), "IPYTHONDIR": str(tmp_path / "ipython"),
                "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "MPLBACKEND": "agg"},
    }), encoding="utf-8")
    notebook = nbformat.read(path, as_version=4)
    if extra_cell is not None:
        notebook.cells.append(nbformat.v4.new_code_cell(extra_cell, id="test-checks"))
    manager = KernelManager(
        kernel_name=KERNEL, kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(tmp_path / "kernels")]),
        connection_file=str(tmp_path / "kernel-connection.json"),
        # Local sockets in the test's folder rather than TCP ports on the machine.
        transport="ipc", ip=str(tmp_path / "kernel-ipc"),
    )
    client = nbclient.NotebookClient(
        notebook, km=manager, timeout=900, startup_timeout=180, kernel_name=KERNEL,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return notebook


def _cell(notebook, cell_id: str):
    return next(cell for cell in notebook.cells if cell.get("id") == cell_id)


def _data(notebook, cell_id: str, mime: str) -> str:
    """What the cell displayed as ``mime`` (its last such output)."""
    found = [o["data"][mime] for o in _cell(notebook, cell_id).outputs if mime in o.get("data", {})]
    assert found, f"cell {cell_id} shows no {mime}: {_cell(notebook, cell_id).outputs}"
    return found[-1]


def _stdout(notebook, cell_id: str) -> str:
    return "".join(o.get("text", "") for o in _cell(notebook, cell_id).outputs if o.get("name") == "stdout")


def _checks(notebook) -> dict:
    return json.loads(_stdout(notebook, "test-checks").strip().splitlines()[-1])


# The consultation notebook, executed as a notebook: imported, analysed, issues read, charts drawn,
# codebook edited and rerun, runs compared, outputs written.

_CONSULTATION_CHECKS = """
import json as _json
print(_json.dumps({
    "n": len(result.contributions), "n_issues": len(result.issues), "labels": [i.label for i in result.issues],
    "columns": list(result.contributions.columns),
    "stages": [e.stage for e in events if e.kind == "end"],
    "renamed_id": renamed.id, "renamed_size": [renamed.size, rerun.issue(renamed.id).size],
    "rerun_label": rerun.issue(renamed.id).label, "merged_id": merged.id, "kept_id": kept.id,
    "kept_size": [kept.size, merged.size, rerun.issue(kept.id).size],
    "rerun_ids": [i.id for i in rerun.issues], "written": [p.name for p in written],
}))
"""


@pytest.mark.slow
def test_consultation_notebook(tmp_path):
    notebook = _execute(NOTEBOOKS / "consultation.ipynb", tmp_path, _CONSULTATION_CHECKS)
    checks = _checks(notebook)
    # Imported with its extra column, analysed through every stage.
    assert checks["n"] == 122 and "question" in checks["columns"]
    assert checks["columns"].index("issue_label") == checks["columns"].index("issue_id") + 1
    assert checks["stages"] == ["reading", "duplicates", "embedding", "clustering", "labelling"]
    # The result's summary shows the counts and the ranked labels.
    summary = _data(notebook, "analyse", "text/html")
    assert "122 contributions" in summary and f"{checks['n_issues']} enjeux" in summary
    for label in checks["labels"][:10]:
        assert label.replace("'", "&#x27;") in summary
    # One row per issue; the issue found from its upper-cased label shows its quotes.
    issues_table = _data(notebook, "issues", "text/html")
    assert issues_table.split("<tbody>")[1].count("<tr>") == checks["n_issues"]
    issue = _data(notebook, "issue", "text/html")
    assert checks["labels"][0].replace("'", "&#x27;") in issue and "<li>" in issue
    members = _data(notebook, "members", "text/html")
    assert "Quelles priorités" in members and checks["labels"][0].replace("'", "&#x27;") in members
    # Every chart is rendered as SVG.
    for cell_id in ("plot-issues", "plot-map", "plot-timeline", "plot-timeline-issue"):
        svg = _data(notebook, cell_id, "image/svg+xml")
        assert svg.lstrip().startswith("<svg") and svg.rstrip().endswith("</svg>") and len(svg) > 500, cell_id
    assert checks["labels"][1][:20].replace("'", "&#x27;") in _data(notebook, "plot-issues", "image/svg+xml")
    assert _data(notebook, "plot-timeline", "image/svg+xml") != _data(notebook, "plot-timeline-issue", "image/svg+xml")
    # Rename moved nothing; the merged issue is gone and its contributions joined the one kept.
    assert checks["rerun_label"] == "Achats auprès des entreprises locales"
    assert checks["renamed_size"][0] == checks["renamed_size"][1]
    assert checks["merged_id"] not in checks["rerun_ids"] and len(checks["rerun_ids"]) == checks["n_issues"] - 1
    before, merged_size, after = checks["kept_size"]
    assert before < after <= before + merged_size + 5
    assert "Achats auprès des entreprises locales" in _data(notebook, "codebook", "text/html")
    diff = _stdout(notebook, "compare")
    assert f"issues: {checks['n_issues']} -> {checks['n_issues'] - 1}" in diff
    assert f"- {checks['merged_id']}" in diff and f"~ {checks['renamed_id']} renamed" in diff
    assert checks["written"] == ["assignments.csv", "assignments.xlsx", "issues.json", "codebook.yaml", "report.html",
                                 "synthese.docx"]


# The researcher notebooks: what each section shows, asked from the kernel after the last cell.

_QUICKSTART = """
import json as _json
print(_json.dumps(bool(
    len(pages) == len(doc.pages) > 1
    and len(edits) > 0
    and "axe" in set(sections["kind"])
    and len(objectives) >= 10
    and {"section", "value", "unit"} <= set(objectives.columns)
    and len(result.issues_frame) > 0
)))
"""

_ANALYST = """
import json as _json
_schemas = comparison.schemas
print(_json.dumps(bool(
    len(_schemas) >= 10
    and _schemas["authority_type"].notna().all()
    and _schemas["period"].notna().all()
    and comparison.targets["page"].notna().all()
    and set(comparison.checklist["doc_id"]) == set(_schemas["doc_id"])
    and [path.name for path in written] == ["comparaison.html", "comparaison.xlsx"]
    and {"raised", "added", "dropped"} <= set(diff.counts())
)))
"""

EXPECTED = {
    "quickstart": (_QUICKSTART, "pages, OCR edits, plan sections, objectives, section themes and consultation issues "
                                "are all non-empty"),
    "analyst": (_ANALYST, "every schéma has an authority type and a period, targets trace to a page, the checklist "
                          "covers every schéma, both output files are written and the diff finds raised, added and "
                          "dropped objectives"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_researcher_notebook(name, tmp_path):
    check, says = EXPECTED[name]
    notebook = _execute(NOTEBOOKS / f"{name}.ipynb", tmp_path, check)
    assert _checks(notebook) is True, f"{name}.ipynb: {says}"


def test_every_notebook_is_tested():
    assert {p.stem for p in NOTEBOOKS.glob("*.ipynb")} == {*EXPECTED, "consultation"}
