"""Theme classifier throughput on ONE core, once loaded (not a test).

    .venv/bin/python benchmarks/bench_themes.py [--passages 1000]

Pins BLAS/OpenMP pools to one thread (threadpoolctl) and reports passages per
second for each shipped variant, on corpus passages (not the generated training copies) repeated to the requested
count: the whole ``predict_proba`` and, for the default variant, the embeddings
alone. Each figure is the best of ``--repeat`` runs, both by wall clock and by
the process's CPU time (``time.process_time``; on a machine shared with other
jobs wall-clock throughput drops while CPU-time throughput does not).
The lemma and tokenizer memos are warmed first (steady state of a long document).
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def _timed(run, repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``repeat`` runs (CPU time: the process's own,
    so it stays meaningful on a machine shared with other jobs)."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best is reported")
    args = parser.parse_args()

    from threadpoolctl import threadpool_limits

    from spaser_nlp.classify import load_theme_model
    from spaser_nlp.classify.corpus import AUGMENTED_ORIGIN, load_corpus

    texts = [p.text for p in load_corpus() if p.origin != AUGMENTED_ORIGIN]
    texts = (texts * (args.passages // len(texts) + 1))[: args.passages]
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{len(texts)} passages, {words:.1f} words on average, one core")
    with threadpool_limits(limits=1):
        for variant in ("lexical", "default"):
            model = load_theme_model(variant)
            model.predict_proba(texts[:50])  # load spaCy lookups and the embedder, warm the lemma memo
            model.transform_features(texts, embeddings=None if model.features == "lexical" else model._embed(texts))
            wall, cpu = _timed(lambda model=model: model.predict_proba(texts), args.repeat)
            line = f"{variant:8s} ({model.features}): {len(texts) / wall:7.0f} passages/s wall, {len(texts) / cpu:7.0f} CPU"
            if model.features == "lexical+embedding":
                wall, cpu = _timed(lambda model=model: model._embed(texts), args.repeat)
                line += f"  (embeddings alone: {len(texts) / wall:.0f}/s wall, {len(texts) / cpu:.0f} CPU)"
            print(line)


if __name__ == "__main__":
    main()
