"""The researcher notebooks run top to bottom against the public API."""

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, monkeypatch):
    monkeypatch.chdir(path.parent)
    notebook = json.loads(path.read_text(encoding="utf-8"))
    namespace: dict = {}
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), f"{path.name}:{cell['id']}", "exec"), namespace)
    # What each section of the notebook shows, so a cell that runs but shows nothing fails.
    expected = EXPECTED[path.stem]
    assert expected(namespace), f"{path.name}: {expected.__doc__}"


def _quickstart(ns: dict) -> bool:
    """pages, OCR edits, plan sections, objectives, section themes and consultation issues are all non-empty"""
    return (
        len(ns["pages"]) == len(ns["doc"].pages) > 1
        and len(ns["edits"]) > 0
        and "axe" in set(ns["sections"]["kind"])
        and len(ns["objectives"]) >= 10
        and {"section", "value", "unit"} <= set(ns["objectives"].columns)
        and len(ns["result"].issues_frame) > 0
    )


def _analyst(ns: dict) -> bool:
    """every schéma has an authority type and a period, targets trace to a page, the checklist covers every schéma,
    both output files are written and the diff finds raised, added and dropped objectives"""
    comparison = ns["comparison"]
    schemas = comparison.schemas
    return (
        len(schemas) >= 10
        and schemas["authority_type"].notna().all()
        and schemas["period"].notna().all()
        and comparison.targets["page"].notna().all()
        and set(comparison.checklist["doc_id"]) == set(schemas["doc_id"])
        and [path.name for path in ns["written"]] == ["comparaison.html", "comparaison.xlsx"]
        and {"raised", "added", "dropped"} <= set(ns["diff"].counts())
    )


EXPECTED = {"quickstart": _quickstart, "analyst": _analyst}
