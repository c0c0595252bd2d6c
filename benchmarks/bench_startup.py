"""What a new process (each batch worker is one) spends before it runs at full speed (not a test).

    .venv/bin/python benchmarks/bench_startup.py [--document corpora/samples/metropole-exemple/metropole-exemple.pdf]

Each configuration runs in fresh interpreters: import the pipeline, then the same document through every
stage twice, timing each stage's import and each run. The first document's extra time over the second is the
start-up a worker pays once (imports, models, per-word memos); the second is the steady state.

- ``cache off``: ``SPASER_NLP_CACHE=off``, every model read from its original form (spaCy's lemma table
  through spaCy, the USE embedder's compressed npz and protobuf tokenizer, the gzipped word list);
- ``cache cold``: an empty cache folder (this process builds it);
- ``cache warm``: the same folder afterwards: what every later process, each batch worker, gets.

It also times the local worker pool: from creating it to a first task running in a worker (interpreter,
forkserver, imports), and whether the scoring path imports scikit-learn (it should not).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_STAGES = r"""
import json, sys, time
clock = time.process_time if sys.argv[2:] == ["cpu"] else time.perf_counter
started = clock()
from spaser_nlp.pipeline import resolve_stages
stages = resolve_stages(None)
imported = clock() - started
result = {"import": imported, "load": {}, "runs": [{}, {}]}
functions = []
for stage in stages:
    began = clock()
    functions.append(stage.load())
    result["load"][stage.name] = clock() - began
for run in range(2):
    document = sys.argv[1]
    for stage, function in zip(stages, functions):
        began = clock()
        document = function(document)
        result["runs"][run][stage.name] = clock() - began
result["scikit-learn imported"] = "sklearn" in sys.modules
print(json.dumps(result))
"""

_POOL = r"""
import json, time
from spaser_nlp.batch.executors import new_process_pool

def first_task():
    import time as clock
    import spaser_nlp.batch.worker  # what a worker imports to run a document task
    return clock.time()

if __name__ == "__main__":
    began = time.time()
    pool = new_process_pool(1)
    ready = pool.submit(first_task).result()
    pool.shutdown()
    print(json.dumps({"pool start": ready - began}))
"""


def run_stages(document: Path, cache: str, clock: str = "wall") -> dict:
    env = dict(os.environ, OMP_THREAD_LIMIT="1", OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", SPASER_NLP_CACHE=cache)
    result = subprocess.run([sys.executable, "-c", _STAGES, str(document), clock], capture_output=True, text=True, env=env,
                            cwd=ROOT, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def pool_start() -> float:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "pool.py"  # a file: forkserver workers re-import the main module by path
        script.write_text(_POOL, encoding="utf-8")
        result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT, check=True,
                                env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    return json.loads(result.stdout.strip().splitlines()[-1])["pool start"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--document", type=Path, default=ROOT / "corpora/samples/metropole-exemple/metropole-exemple.pdf")
    parser.add_argument("--repeat", type=int, default=2, help="fresh processes per configuration (best kept)")
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall",
                        help="wall: elapsed seconds (a quiet machine); cpu: the process's CPU seconds (steadier under load)")
    args = parser.parse_args()
    print(f"document: {args.document.relative_to(ROOT) if args.document.is_relative_to(ROOT) else args.document}; "
          f"load average at start: {os.getloadavg()[0]:.1f}; clock: {args.clock}")
    with tempfile.TemporaryDirectory() as cache_folder:
        configurations = [("cache off", "off", args.repeat), ("cache cold", cache_folder, 1),
                          ("cache warm", cache_folder, args.repeat)]
        rows = []
        for label, cache, repeat in configurations:
            runs = [run_stages(args.document, cache, args.clock) for _ in range(repeat)]
            best = min(runs, key=lambda r: sum(r["runs"][0].values()) + sum(r["load"].values()) + r["import"])
            rows.append((label, best))
    stages = list(rows[0][1]["runs"][0])
    print(f"\n{'':<12}{'import':>8}" + "".join(f"{name:>18}" for name in stages) + f"{'first doc':>11}{'second':>8}{'extra':>7}")
    print(f"{'':<12}{'':>8}" + "".join(f"{'load+1st / 2nd':>18}" for _ in stages))
    for label, result in rows:
        first = result["import"] + sum(result["load"].values()) + sum(result["runs"][0].values())
        second = sum(result["runs"][1].values())
        cells = "".join(
            f"{result['load'][name] + result['runs'][0][name]:>10.2f} / {result['runs'][1][name]:<5.2f}" for name in stages
        )
        print(f"{label:<12}{result['import']:>8.2f}{cells}{first:>11.2f}{second:>8.2f}{first - second:>7.2f}")
    print(f"\nscikit-learn imported by the pipeline: {rows[-1][1]['scikit-learn imported']}")
    print(f"local worker pool, creation to a first task running in the worker: {min(pool_start() for _ in range(args.repeat)):.2f} s")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
