"""The corpus builders and checks of ``corpora/`` that no other test runs.

* every one that parses its arguments answers ``--help`` without writing anything;
* the gold builders without options (sample consultation, plan-structure gold, objective gold) rebuild their
  committed files byte for byte from a scratch copy of their inputs;
* the two OCR checks run on one document form or one page (slow; real Tesseract for the scan check).

Builders tested elsewhere: ``generate.py`` (tests/corpora/test_generate.py), ``real/build.py``,
``objectives/build_collected.py`` and ``build_train.py`` (tests/corpora/test_passage_checks.py),
``themes/build_corpus.py`` (tests/classify/test_taxonomy_and_corpus.py), ``ocr-noise/build_pairs.py``
(tests/clean/test_pairs.py), ``hostile/generate_documents.py`` (tests/hostile).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
WITH_OPTIONS = sorted(str(p.relative_to(CORPORA)) for p in CORPORA.rglob("*.py")
                      if "argparse.ArgumentParser(" in p.read_text(encoding="utf-8"))


def _run(script: Path, *args: str | Path, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(script), *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


def _stamps(folder: Path) -> dict[str, int]:
    """Modification times of the files under ``folder`` (bytecode caches aside: imports write them)."""
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_the_builders_with_options_are_found() -> None:
    assert {"check_scan_ocr.py", "check_hard_forms.py", "objectives/tune_detector.py", "ocr-noise/degraded_scans.py"} <= set(
        WITH_OPTIONS)


@pytest.mark.parametrize("script", WITH_OPTIONS)
def test_every_builder_with_options_answers_help_and_writes_nothing(script: str, tmp_path: Path) -> None:
    before = _stamps(CORPORA)
    done = _run(CORPORA / script, "--help", cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: {Path(script).name}")
    assert _stamps(CORPORA) == before and not list(tmp_path.iterdir())


@pytest.mark.parametrize(("builder", "inputs", "outputs"), [
    ("consultation/generate_sample.py", (), "sample-contributions.csv"),
    ("structure/build_gold.py", ("sources",), "**/gold.jsonl"),
    ("objectives/build_gold.py", (), "gold.jsonl"),
])
def test_gold_builders_rebuild_the_committed_files(builder: str, inputs: tuple[str, ...], outputs: str, tmp_path: Path) -> None:
    """The builder's folder (and ``inputs`` beside it) copied, its committed ``outputs`` deleted, then rebuilt."""
    scratch = tmp_path / "corpora"
    folder = Path(builder).parent
    shutil.copytree(CORPORA / folder, scratch / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in inputs:
        shutil.copytree(CORPORA / name, scratch / name)
    committed = sorted(p.relative_to(CORPORA / folder) for p in (CORPORA / folder).glob(outputs))
    assert committed
    for name in committed:
        (scratch / folder / name).unlink()
    before = _stamps(CORPORA)
    done = _run(scratch / builder, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert sorted(p.relative_to(scratch / folder) for p in (scratch / folder).glob(outputs)) == committed
    for name in committed:
        assert (scratch / folder / name).read_bytes() == (CORPORA / folder / name).read_bytes(), f"{name} is not what {builder} writes"
    assert _stamps(CORPORA) == before  # only the scratch copy was written


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract program")
def test_scan_check_reports_a_page_and_fails_above_max_cer(tmp_path: Path) -> None:
    args = ("--only", "departement-exemple", "--pages", "1")
    done = _run(CORPORA / "check_scan_ocr.py", *args, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr  # the documented target: CER <= 2 % on every page
    line = re.search(r"^departement-exemple page  1: CER +(\d+\.\d\d)%", done.stdout, re.M)
    assert line is not None, done.stdout
    cer = float(line.group(1))
    assert f"departement-exemple: mean CER {cer:.2f}% (max {cer:.2f}%)" in done.stdout
    if cer > 0:
        assert _run(CORPORA / "check_scan_ocr.py", *args, "--max-cer", "0", cwd=tmp_path).returncode == 1


@pytest.mark.slow
def test_hard_forms_check_scores_a_turned_text_layer(tmp_path: Path) -> None:
    done = _run(CORPORA / "check_hard_forms.py", "--only", "departement-exemple", "--form", "rotated", "--systems", "ours",
                "--json", "rows.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (row,) = json.loads((tmp_path / "rows.json").read_text(encoding="utf-8"))
    truth = (CORPORA / "samples" / "departement-exemple" / "departement-exemple-rotated.txt").read_text(encoding="utf-8")
    assert (row["doc"], row["form"], row["pages"]) == ("departement-exemple", "rotated", truth.count("\f") + 1)
    assert len(row["ours_pages"]) == row["pages"] and "bare" not in row
    assert 0.0 <= row["ours"] <= 0.02  # a text layer turned by /Rotate reads as written (README: 0.00 %)
    assert any("turned" in warning for warning in row["warnings"])
    assert re.search(rf"^ALL rotated +ours {100 * row['ours']:.2f} %", done.stdout, re.M)
