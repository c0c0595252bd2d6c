"""Time the consultation team's outputs: assignments.xlsx (report.workbook) and synthese.docx (report.summary).

The sample consultation is analysed once, then its contributions are repeated (new ids) up to
each size and only the two writers are timed::

    python benchmarks/bench_consult_outputs.py [--sizes 122 100000]
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path

import pandas as pd

from spaser_nlp.consult import analyse_file
from spaser_nlp.report.summary import write_summary
from spaser_nlp.report.workbook import write_workbook

SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "consultation" / "sample-contributions.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[122, 100_000])
    args = parser.parse_args()
    result = analyse_file(SAMPLE)
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            frame = result.contributions
            big = pd.concat([frame] * -(-n // len(frame)), ignore_index=True).head(n)
            big["id"] = [f"C{i:07d}" for i in range(n)]
            sized = dataclasses.replace(result, contributions=big)
            workbook, summary = Path(folder) / f"a{n}.xlsx", Path(folder) / f"s{n}.docx"
            start = time.perf_counter()
            write_workbook(sized, workbook)
            middle = time.perf_counter()
            write_summary(sized, summary)
            end = time.perf_counter()
            print(f"{n:>9,} contributions: assignments.xlsx {middle - start:6.1f} s ({workbook.stat().st_size / 1e6:.1f} MB), "
                  f"synthese.docx {end - middle:5.2f} s")


if __name__ == "__main__":
    main()
