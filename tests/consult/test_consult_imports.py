"""What a ``spaser consult`` run does not import (start-up time and memory, issue 13).

A fresh process runs the command on the sample consultation and lists the modules it ended with. The
guarantee is about this command's own path: another command or a notebook may import these modules.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "consultation" / "sample-contributions.csv"

#: Never needed by `spaser consult ... --no-xlsx`: the PDF/OCR ingest package (brought in by the cleaner's
#: package before its exports were lazy), the Document model (by the ingest and themes commands' modules
#: when the CLI registers them), openpyxl (only to write assignments.xlsx) and scikit-learn (only for
#: large inputs, KMeans units and the TF-IDF embedder).
NOT_ON_THE_CONSULT_PATH = ("spaser_nlp.ingest", "spaser_nlp.clean.cleaner", "spaser_nlp.document", "pypdfium2",
                           "openpyxl", "sklearn")


def _modules_after(args: list[str]) -> set[str]:
    code = textwrap.dedent(
        f"""
        import json, runpy, sys
        sys.argv = ["spaser", *{args!r}]
        try:
            runpy.run_module("spaser_nlp", run_name="__main__")
        except SystemExit as stop:
            assert not stop.code, stop.code
        print(json.dumps(sorted(sys.modules)))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.slow
def test_consult_without_xlsx_imports_neither_ingest_nor_openpyxl_nor_the_document_model(tmp_path: Path) -> None:
    modules = _modules_after(["-q", "consult", str(SAMPLE), "-o", str(tmp_path / "out"), "--no-xlsx"])
    assert "spaser_nlp.consult.pipeline" in modules and "spacy" in modules  # it did run the analysis
    assert (tmp_path / "out" / "issues.json").is_file() and not (tmp_path / "out" / "assignments.xlsx").exists()
    imported = sorted(name for name in modules for unwanted in NOT_ON_THE_CONSULT_PATH
                      if name == unwanted or name.startswith(unwanted + "."))
    assert imported == []


def test_the_cleaners_package_exports_stay_reachable() -> None:
    import spaser_nlp.clean as clean

    assert clean.Lexicon.__name__ == "Lexicon" and clean.CleanConfig.__name__ == "CleanConfig"
    assert clean.clean_text("Le progrés").text == "Le progrès"
    with pytest.raises(AttributeError):
        clean.not_an_export  # noqa: B018
