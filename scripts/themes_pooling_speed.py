"""Inference cost of sentence pooling: passages per second of the shipped theme model, pooling off and on.

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 taskset -c 0 \\
        .venv/bin/python scripts/themes_pooling_speed.py --variant default --passages 400

Times ``ThemeScorer.predict_proba`` (features, the embedder for passages and pooled sentences, probabilities; no
cache) on the first ``--passages`` real training passages of ``corpora/real`` (never the shared dev set), after a
warm-up call, with ``sentence_pooling`` None (the shipped setting) and ``"max"`` (``noisy-or`` costs the same). The
pooled model is the shipped one with the switch on (thresholds are irrelevant to the cost). Best of ``--repeats``.
"""

from __future__ import annotations

import argparse
import copy
import time

from spaser_nlp.classify import load_theme_scorer
from spaser_nlp.classify.corpus import load_real_passages
from spaser_nlp.classify.pooling import passage_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--variant", choices=["default", "lexical"], default="default")
    parser.add_argument("--passages", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    texts = [p.text for p in load_real_passages()][: args.passages]
    sentences, owners = passage_sentences(texts)
    print(f"{len(texts)} passages, {len(set(owners.tolist()))} with >= 2 sentences ({len(sentences)} sentences)")
    shipped = load_theme_scorer(args.variant)
    shipped.predict_proba(texts[:20])  # loads the embedder and the lemmatiser
    for mode in (None, "max"):
        model = copy.copy(shipped)
        model.sentence_pooling = mode
        best = float("inf")
        for _ in range(args.repeats):
            started = time.perf_counter()
            model.predict_proba(texts)
            best = min(best, time.perf_counter() - started)
        print(f"{args.variant} sentence_pooling={mode}: {len(texts) / best:.0f} passages/s ({best:.2f} s)", flush=True)


if __name__ == "__main__":
    main()
