"""``spaser consult`` import → report in a fresh process, at 76 and 726 contributions (issue 13's speed targets).

    .venv/bin/python benchmarks/bench_consult_start.py [--data ../shared/data/grand-debat-dev/contributions.jsonl]
        [--sizes 76 726] [--repeat 2] [--python .venv/bin/python]

The inputs are built in a temporary folder from the real Grand Débat dev rows (never copied into the repository):

- **76**: the 76 shortest answers (short answers, as in the issue's 76-answer question);
- **726**: the 490 answers and the 236 distinct titles as short answers of their own (726 rows).

Each run is ``spaser -q consult FILE -o OUT --no-xlsx`` in a new interpreter, after one untimed run that fills
the model caches (so: cold process, model files cached). Reported: wall time, CPU time (user + system), peak
RSS (``/usr/bin/time``). On a shared machine, CPU time is the steadier figure; say how loaded the machine was.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_RELATIVE = Path("shared") / "data" / "grand-debat-dev" / "contributions.jsonl"
# ../shared beside a clone; two levels up from a worktree kept under a folder of worktrees
DATA = next((base / _RELATIVE for base in (ROOT.parent, ROOT.parent.parent) if (base / _RELATIVE).exists()),
            ROOT.parent / _RELATIVE)


def build_inputs(data: Path, folder: Path, sizes: list[int]) -> dict[int, Path]:
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda r: (r["question_id"], r["reference"]))
    titles = sorted({r["title"].strip() for r in rows if r.get("title", "").strip()})
    pool = [(r["reference"], r["text"]) for r in rows] + [(f"T{i:04d}", t) for i, t in enumerate(titles)]
    files = {}
    for size in sizes:
        if size <= len(rows):
            chosen = sorted(((ref, text) for ref, text in pool[: len(rows)]), key=lambda p: (len(p[1]), p[0]))[:size]
        else:
            chosen = pool[:size]
        path = folder / f"consult-{size}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "text"])
            writer.writerows(chosen)
        files[size] = path
    return files


def timed_run(python: str, path: Path, out: Path) -> dict[str, float]:
    spaser = [python, "-m", "spaser_nlp", "-q", "consult", str(path), "-o", str(out), "--no-xlsx"]
    result = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *spaser], capture_output=True, text=True,
                            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if result.returncode != 0:
        raise SystemExit(f"spaser consult failed on {path}:\n{result.stderr[-2000:]}")
    wall, user, system, rss = result.stderr.strip().splitlines()[-1].split()
    return {"wall_s": float(wall), "cpu_s": round(float(user) + float(system), 2), "peak_mb": int(rss) // 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sizes", type=int, nargs="+", default=[76, 726])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = build_inputs(args.data, folder, args.sizes)
        for size, path in files.items():
            timed_run(args.python, path, folder / f"warm-{size}")  # fills the caches, untimed
            for attempt in range(args.repeat):
                figures = timed_run(args.python, path, folder / f"out-{size}-{attempt}")
                load = os.getloadavg()[0]
                print(json.dumps({"contributions": size, **figures, "load_1min": round(load, 1)}), flush=True)


if __name__ == "__main__":
    main()
