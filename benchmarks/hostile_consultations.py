"""The README's table of hostile consultation cases: input, command, outcome, time, peak memory.

    python benchmarks/hostile_consultations.py            # prints a Markdown table

Each case runs the real CLI in a fresh process (``spaser consult … --embedder tfidf``); peak memory is the
largest process's RSS (``getrusage`` of a wrapper). Inputs come from tests/hostile/consultation_inputs.py.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

import consultation_inputs as inputs  # noqa: E402
from test_consultations import spaser  # noqa: E402

CASES = [
    ("D11 XLSX, one 1 GiB shared string (4.5 MB file)", inputs.xlsx_shared_string_bomb, ".xlsx", ()),
    ("D11 XLSX, 10,000,000 empty rows (25 MB file)", inputs.xlsx_empty_rows, ".xlsx", ()),
    ("D18 .xlsx that is not a zip", inputs.xlsx_not_zip, ".xlsx", ()),
    ("D3 JSON list of strings", inputs.json_strings, ".json", ()),
    ("D3 JSON list of rows (lists)", inputs.json_rows, ".json", ()),
    ("D3 JSONL line that is a list", inputs.jsonl_list_line, ".jsonl", ()),
    ("D3 JSON nested 200,000 deep", inputs.json_deep, ".json", ()),
    ("D13 UTF-16 CSV with BOM, tabs", inputs.csv_utf16, ".csv", ()),
    ("D14 CSV cell of 200,000 characters", inputs.csv_big_cell, ".csv", ()),
    ("D18 contribution of 1,000,000 characters", inputs.csv_huge_contribution, ".csv", ()),
    ("CSV of 50 rows with --max-rows 10", None, ".csv", ("--max-rows", "10")),
    ("D4 consult -o onto an existing file", inputs.csv_utf16, ".csv", ("-o-file",)),
]


def _rows(path: Path) -> Path:
    path.write_text("id,texte\n" + "".join(f"{i},Plus de bio à la cantine {i}\n" for i in range(50)), encoding="utf-8")
    return path


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="spaser-hostile-"))
    print("| input | outcome | exit | time (s) | peak RSS (MB) |")
    print("|---|---|---|---|---|")
    for index, (name, make, suffix, extra) in enumerate(CASES):
        path = (make or _rows)(work / f"case{index}{suffix}")
        out = work / f"out{index}"
        options = [e for e in extra if e != "-o-file"]
        if "-o-file" in extra:
            out.write_text("x")
        run = spaser("consult", path, "-o", out, "--embedder", "tfidf", *options)
        errors = [line for line in run.lines if line.startswith("error:")]
        outcome = errors[0].split(": ", 2)[-1] if errors else "read; outputs written"
        if "Traceback" in run.stderr:
            outcome = "TRACEBACK"
        print(f"| {name} | {outcome} | {run.code} | {run.seconds:.1f} | {run.peak_mb:.0f} |", flush=True)


if __name__ == "__main__":
    main()
