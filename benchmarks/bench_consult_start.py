"""``spaser consult`` import → report in a fresh process, at 76 and 726 contributions (issue 13's speed targets).

    .venv/bin/python benchmarks/bench_consult_start.py [--data ../shared/data/grand-debat-dev/contributions.jsonl]
        [--sizes 76 726] [--repeat 2] [--python PYTHON [PYTHON ...]] [--tree DIR [DIR ...]]

``--python`` names one or more interpreters (e.g. this venv, with PyTorch from the ``[st]`` extra, and a
default install's, ``pip install -e .`` without extras: thinc imports PyTorch whenever it is installed);
``--tree`` one or more source trees put first on ``PYTHONPATH`` (e.g. a checkout of the previous commit
beside this one, for before/after pairs). Every (python, tree) pair runs once per round, the pairs one
after the other, so that each pair meets the same machine load; a summary gives each pair's median.

The inputs are built in a temporary folder from the real Grand Débat dev rows (never copied into the repository):

- **76**: the 76 shortest answers (short answers, as in the issue's 76-answer question);
- **726**: the 490 answers and the 236 distinct titles as short answers of their own (726 rows).

Each run is ``spaser -q consult FILE -o OUT --no-xlsx`` in a new interpreter, after one untimed run that fills
the model caches (so: cold process, model files cached). Reported: wall time, CPU time (user + system), peak
RSS (``/usr/bin/time``, which counts the mapped model files' pages a run touches). On a shared machine, CPU
time is the steadier figure; say how loaded the machine was. With several pairs, the outputs of each run
(``issues.json``, ``assignments.csv``, ``codebook.yaml``) are compared with the first pair's: ``same_outputs``.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import json
import os
import statistics
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


COMPARED = ("issues.json", "assignments.csv", "codebook.yaml")


def timed_run(python: str, path: Path, out: Path, tree: Path = ROOT) -> dict[str, float]:
    spaser = [python, "-m", "spaser_nlp", "-q", "consult", str(path), "-o", str(out), "--no-xlsx"]
    result = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *spaser], capture_output=True, text=True,
                            cwd=tree, env=dict(os.environ, PYTHONPATH=str(tree)))
    if result.returncode != 0:
        raise SystemExit(f"spaser consult failed on {path}:\n{result.stderr[-2000:]}")
    wall, user, system, rss = result.stderr.strip().splitlines()[-1].split()
    return {"wall_s": float(wall), "cpu_s": round(float(user) + float(system), 2), "peak_mb": int(rss) // 1024}


def same_outputs(first: Path, other: Path) -> bool:
    return all(filecmp.cmp(first / name, other / name, shallow=False) for name in COMPARED)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sizes", type=int, nargs="+", default=[76, 726])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--python", nargs="+", default=[sys.executable])
    parser.add_argument("--tree", type=Path, nargs="+", default=[ROOT])
    args = parser.parse_args()
    pairs = [(python, tree.resolve()) for python in args.python for tree in args.tree]
    figures: dict[tuple[int, str, Path], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = build_inputs(args.data, folder, args.sizes)
        for size, path in files.items():
            for number, (python, tree) in enumerate(pairs):
                timed_run(python, path, folder / f"warm-{size}-{number}", tree)  # fills the caches, untimed
            for attempt in range(args.repeat):
                for number, (python, tree) in enumerate(pairs):
                    out = folder / f"out-{size}-{number}-{attempt}"
                    run = timed_run(python, path, out, tree)
                    line: dict[str, object] = {"contributions": size, **run, "load_1min": round(os.getloadavg()[0], 1)}
                    if len(pairs) > 1:
                        line = {"python": python, "tree": str(tree), **line,
                                "same_outputs": same_outputs(folder / f"out-{size}-0-{attempt}", out)}
                    figures.setdefault((size, python, tree), []).append(run)
                    print(json.dumps(line), flush=True)
    print("median per size" + (" and (python, tree)" if len(pairs) > 1 else "") + ":")
    for (size, python, tree), runs in figures.items():
        medians = {key: round(statistics.median(run[key] for run in runs), 2) for key in ("wall_s", "cpu_s", "peak_mb")}
        who = f"  {python}  {tree}" if len(pairs) > 1 else ""
        print(f"  {size:>6} contributions: wall {medians['wall_s']:.2f} s, CPU {medians['cpu_s']:.2f} s, "
              f"peak {medians['peak_mb']:.0f} MB ({len(runs)} runs){who}", flush=True)


if __name__ == "__main__":
    main()
