"""Theme classifier throughput on ONE core, once loaded (not a test).

    .venv/bin/python benchmarks/bench_themes.py [--passages 1000]

Pins BLAS/OpenMP pools to one thread (threadpoolctl) and reports passages per
second for each shipped variant, on corpus passages repeated to the requested
count, split into: lexical features, embeddings, and the whole ``predict_proba``.
The lemma memo is warmed first (steady state of a long document).
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passages", type=int, default=1000)
    args = parser.parse_args()

    from threadpoolctl import threadpool_limits

    from spaser_nlp.classify import load_theme_model
    from spaser_nlp.classify.corpus import load_corpus

    texts = [p.text for p in load_corpus()]
    texts = (texts * (args.passages // len(texts) + 1))[: args.passages]
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{len(texts)} passages, {words:.1f} words on average, one core")
    with threadpool_limits(limits=1):
        for variant in ("lexical", "default"):
            model = load_theme_model(variant)
            model.predict_proba(texts[:50])  # load spaCy lookups and the embedder, warm the lemma memo
            model.transform_features(texts, embeddings=None if model.features == "lexical" else model._embed(texts))
            start = time.perf_counter()
            model.predict_proba(texts)
            total = time.perf_counter() - start
            line = f"{variant:8s} ({model.features}): {len(texts) / total:7.0f} passages/s"
            if model.features == "lexical+embedding":
                start = time.perf_counter()
                model._embed(texts)
                embed = time.perf_counter() - start
                line += f"  (embeddings alone: {len(texts) / embed:.0f}/s)"
            print(line)


if __name__ == "__main__":
    main()
