"""Hostile and messy consultation files through the real CLI (issue 18: D1, D3, D4, D11, D13, D14, D18).

Each case runs ``spaser consult`` (or ``extract``) in a fresh process and checks the exit code, a one-line
``error: <file>: …`` message (no traceback), the wall time and the peak RSS of the process tree (the largest
process, from ``getrusage`` of a small wrapper). Inputs come from ``consultation_inputs.py``.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import consultation_inputs as inputs  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:])\n"
    "sys.stderr.write(f'\\n@@peak_kb={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n')\n"
    "sys.exit(code)\n"
)


@dataclass
class Run:
    code: int
    stderr: str
    seconds: float
    peak_mb: float

    @property
    def lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip() and "warn" not in line.lower()]


def spaser(*args: str | Path, timeout: float = 300) -> Run:
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "spaser_nlp", *map(str, args)],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    stderr, _, peak = completed.stderr.rpartition("@@peak_kb=")
    return Run(completed.returncode, stderr, seconds, int(peak.strip() or 0) / 1024)


def assert_one_line_error(run: Run, path: Path, *words: str, code: int = 2) -> None:
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.code == code, run.stderr[-2000:]
    errors = [line for line in run.lines if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {path}"), run.stderr[-2000:]
    for word in words:
        assert word in errors[0], errors[0]


def consult(path: Path, out: Path, *extra: str) -> Run:
    return spaser("consult", path, "-o", out, "--embedder", "tfidf", *extra)


# ---------------------------------------------------------------- refused with one line (exit 2)


@pytest.mark.slow
def test_xlsx_shared_string_bomb(tmp_path):
    path = inputs.xlsx_shared_string_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 8 * 1024**2
    run = consult(path, tmp_path / "out")
    assert_one_line_error(run, path, "zip bomb")
    assert run.seconds < 60 and run.peak_mb < 1500


@pytest.mark.slow
def test_xlsx_ten_million_empty_rows(tmp_path):
    path = inputs.xlsx_empty_rows(tmp_path / "rows.xlsx")
    run = consult(path, tmp_path / "out")
    assert_one_line_error(run, path, "1,048,576 rows")
    assert run.seconds < 60 and run.peak_mb < 1500


@pytest.mark.parametrize(
    "make, words",
    [
        (inputs.xlsx_not_zip, ("not a valid XLSX",)),
        (inputs.jsonl_list_line, ("line 2 is a list",)),
        (inputs.json_deep, ("nested too deeply",)),
        (inputs.json_deep_objects, ("nested too deeply",)),
    ],
    ids=["xlsx-not-zip", "jsonl-list-line", "json-deep-lists", "json-deep-objects"],
)
def test_bad_files_are_one_line_errors(tmp_path, make, words):
    suffix = {"xlsx_not_zip": ".xlsx", "jsonl_list_line": ".jsonl"}.get(make.__name__, ".json")
    path = make(tmp_path / f"input{suffix}")
    run = consult(path, tmp_path / "out")
    assert_one_line_error(run, path, *words)
    assert run.seconds < 120 and run.peak_mb < 1500


def test_empty_and_binary_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert_one_line_error(consult(empty, tmp_path / "o1"), empty, "empty")
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 64)
    run = consult(junk, tmp_path / "o2")
    assert_one_line_error(run, junk)


def test_limits_are_options(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("id,texte\n" + "".join(f"{i},Plus de produits bio à la cantine numéro {i}\n" for i in range(50)),
                    encoding="utf-8")
    assert_one_line_error(consult(path, tmp_path / "o1", "--max-rows", "10"), path, "--max-rows")
    assert_one_line_error(consult(path, tmp_path / "o2", "--max-input-mb", "1", "--max-rows", "10"), path)
    big = tmp_path / "big.csv"
    big.write_text("id,texte\n1," + "mot " * 400_000 + "\n", encoding="utf-8")
    assert_one_line_error(consult(big, tmp_path / "o3", "--max-input-mb", "1"), big, "--max-input-mb")


def test_outputs_checked_before_the_analysis(tmp_path):
    source = inputs.csv_utf16(tmp_path / "c.csv")
    existing = tmp_path / "file"
    existing.write_text("x")
    run = consult(source, existing)
    assert_one_line_error(run, existing, "not a folder")
    text = tmp_path / "t.txt"
    text.write_text("Porter à 30 % la part du bio d'ici 2027.", encoding="utf-8")
    missing = tmp_path / "missing" / "out.csv"
    run = spaser("extract", text, "--format", "csv", "-o", missing)
    assert_one_line_error(run, missing, "does not exist")
    assert not missing.parent.exists()


# ---------------------------------------------------------------- read correctly (exit 0)


def _assignments(out: Path) -> list[dict[str, str]]:
    with (out / "assignments.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    "make, suffix, n",
    [(inputs.csv_utf16, ".csv", 2), (inputs.json_strings, ".json", 2), (inputs.json_rows, ".json", 2)],
    ids=["utf16-csv", "json-list-of-strings", "json-list-of-rows"],
)
def test_messy_but_valid_files_are_read(tmp_path, make, suffix, n):
    path = make(tmp_path / f"input{suffix}")
    run = consult(path, tmp_path / "out")
    assert run.code == 0 and "Traceback" not in run.stderr, run.stderr[-2000:]
    rows = _assignments(tmp_path / "out")
    assert len(rows) == n and all(row["text"] for row in rows)
    # No PIL/openpyxl noise (a urllib3 DependencyWarning may come from a thread importing spaCy: not a reader's).
    assert not any(word in run.stderr for word in ("openpyxl", "PIL", "UserWarning"))


def test_long_cells_are_cut_with_a_note_and_not_too_short(tmp_path):
    big = inputs.csv_big_cell(tmp_path / "big.csv")
    run = consult(big, tmp_path / "o1")
    assert run.code == 0, run.stderr[-2000:]
    rows = _assignments(tmp_path / "o1")
    assert "[texte coupé : 200" in rows[0]["text"] and len(rows[0]["text"]) < 100_200
    huge = inputs.csv_huge_contribution(tmp_path / "huge.csv")
    run = consult(huge, tmp_path / "o2")
    assert run.code == 0, run.stderr[-2000:]
    assert _assignments(tmp_path / "o2")[0]["flag"] == "illisible"
    assert run.seconds < 120 and run.peak_mb < 1500


def test_formula_injection_is_neutralised_in_every_sheet(tmp_path):
    import openpyxl

    path = tmp_path / "evil.json"
    texts = ['=HYPERLINK("http://evil.example/","x") plus de bio à la cantine scolaire',
             "=cmd|' /C calc'!A0 des clauses sociales dans les marchés publics",
             "@SUM(1) moins de plastique dans les fournitures des lycées"] * 3
    path.write_text(json.dumps([{"id": f"=1+{i}", "texte": f"{t} {i}"} for i, t in enumerate(texts)]), encoding="utf-8")
    run = consult(path, tmp_path / "out")
    assert run.code == 0, run.stderr[-2000:]
    book = openpyxl.load_workbook(tmp_path / "out" / "assignments.xlsx")
    assert not [c.coordinate for s in book.worksheets for r in s.iter_rows() for c in r if c.data_type == "f"]
    assert all(row["id"].startswith("'=") and row["text"].startswith("'") for row in _assignments(tmp_path / "out"))
